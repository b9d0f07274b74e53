"""Score ``claims.analyse`` against the hand-annotated attribution set.

Run from the repository root::

    python evaluation/attribution.py            # the figures
    python evaluation/attribution.py --verbose  # and one line per article
    python evaluation/attribution.py --errors   # and every missed, false or wrong relation
    python evaluation/attribution.py --check    # exit 1 when a figure falls below its floor

Why it measures what it measures: the outside acceptance checks read the JSON report
and ask, for every claim, whether it names the source that annotators found (inside a
content span) or is the article's own voice (outside every content span). Those are the
*claim-level* figures. The *relation-level* figures (content, source, kind, via) say
where a failure comes from: a content span not found, found but pinned on the wrong
source, or on the right source of the wrong kind.

The annotations (``evaluation/attribution/<nn>-<slug>.json``) give spans as exact
substrings of the article; :func:`load_article` turns them into offsets and fails
loudly, naming the file and the relation, when a substring cannot be found.
"""
from __future__ import annotations

import argparse
import json
import re
import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterable, Sequence

ROOT = Path(__file__).resolve().parent.parent
DATA_DIR = Path(__file__).resolve().parent / "attribution"
FLOORS_FILE = Path(__file__).resolve().parent / "attribution_floors.json"

#: The kinds a gold relation may have ("unattributed" is what a relation is *not*).
RELATION_KINDS = (
    "anonymous_source",
    "named_person",
    "official_statement",
    "state_media",
    "news_agency",
    "media_outlet",
)

#: Content spans must overlap by at least this token-level F1 to match.
MATCH_THRESHOLD = 0.5

#: The figures ``--check`` compares with the floors file, in the order it reports them.
FLOOR_KEYS = ("content_f1", "source_f1", "kind_f1", "claims_inside", "claims_outside")

_TOKEN = re.compile(r"\w+(?:[-'’.]\w+)*")

#: Words that never carry the identity of a source: dropped before a label's head words
#: are taken, and a predicted label made only of them names nobody.
_FILLER = frozenset(
    """a an the some several many two three four five six seven eight nine ten
    his her its their our this that these those one other another""".split()
)

#: A label's head ends at the first of these words: "diplomatic source | in Damascus",
#: "officials familiar | with the matter", "spokesman | for the ministry".
_HEAD_STOP = frozenset(
    """in of at from with who whom which that for on to by close near about
    according""".split()
)

_QUOTES = "\"'“”‘’«»"


class AnnotationError(Exception):
    """An annotation file does not fit its article; the message names file and relation."""


# --------------------------------------------------------------------------- gold data


@dataclass(frozen=True)
class GoldRelation:
    """One hand-annotated attribution relation, located in its article by offsets.

    ``source`` is ``None`` for impersonal forms with no source in the text
    ("it was reported that"); any attribution then names it rightly.
    """

    index: int
    content: tuple[int, int]
    cue: tuple[int, int]
    source: tuple[int, int] | None
    kind: str
    label: str | None
    via: tuple[str, ...] = ()
    head: tuple[str, ...] = ()


@dataclass(frozen=True)
class GoldArticle:
    name: str
    path: Path
    text: str
    style: str
    relations: tuple[GoldRelation, ...]
    published: str | None = None


def _is_word_char(ch: str) -> bool:
    return ch.isalnum() or ch == "_"


def find_all(text: str, needle: str) -> list[tuple[int, int]]:
    """Every occurrence of ``needle`` in ``text`` that does not cut a word in two.

    A needle "he" must not be found inside "the"; a needle that starts or ends with
    punctuation has no boundary to respect on that side.
    """
    spans = []
    if not needle:
        return spans
    start = text.find(needle)
    while start != -1:
        end = start + len(needle)
        left_ok = not (_is_word_char(needle[0]) and start > 0 and _is_word_char(text[start - 1]))
        right_ok = not (_is_word_char(needle[-1]) and end < len(text) and _is_word_char(text[end]))
        if left_ok and right_ok:
            spans.append((start, end))
        start = text.find(needle, start + 1)
    return spans


def _gap(a: tuple[int, int], b: tuple[int, int]) -> int:
    """Characters between two spans (0 when they touch or overlap)."""
    return max(0, max(a[0], b[0]) - min(a[1], b[1]))


def _overlaps(a: tuple[int, int], b: tuple[int, int]) -> bool:
    return a[0] < b[1] and b[0] < a[1]


def _locate(
    text: str,
    needle: str,
    nth: int | None,
    near: tuple[int, int] | None,
    avoid: Sequence[tuple[int, int]],
    where: str,
) -> tuple[int, int]:
    spans = find_all(text, needle)
    if not spans:
        raise AnnotationError(f"{where}: {needle!r} is not in the article; copy it exactly.")
    if nth is not None:
        # An explicit occurrence wins over every guess.
        if not 0 <= nth < len(spans):
            raise AnnotationError(
                f"{where}: {needle!r} occurs {len(spans)} time(s), so nth={nth} does not exist."
            )
        return spans[nth]
    if near is None:
        if len(spans) > 1:
            raise AnnotationError(
                f"{where}: {needle!r} occurs {len(spans)} times; add the 0-based occurrence."
            )
        return spans[0]
    free = [s for s in spans if not any(_overlaps(s, a) for a in avoid)] or spans

    def other_paragraph(s: tuple[int, int]) -> bool:
        lo, hi = min(s[0], near[0]), max(s[1], near[1])
        return "\n" in text[lo:hi]

    return min(free, key=lambda s: (other_paragraph(s), _gap(s, near), s[0]))


def _check_content_edges(text: str, span: tuple[int, int], where: str) -> None:
    piece = text[span[0] : span[1]]
    if piece != piece.strip():
        raise AnnotationError(f"{where}: the content starts or ends with white space.")
    if piece[0] in _QUOTES or piece[-1] in _QUOTES:
        raise AnnotationError(f"{where}: the content includes a quote mark; leave quote marks out.")
    if piece[-1] in ".,;:":
        raise AnnotationError(f"{where}: the content ends with punctuation; leave it out.")


def load_article(txt_path: Path) -> GoldArticle:
    """Read ``<nn>-<slug>.txt`` and its ``.json`` and resolve every span to offsets."""
    txt_path = Path(txt_path)
    json_path = txt_path.with_suffix(".json")
    text = txt_path.read_text(encoding="utf-8")
    if not json_path.exists():
        raise AnnotationError(f"{json_path}: missing; every article needs its annotation file.")
    try:
        data = json.loads(json_path.read_text(encoding="utf-8"))
    except json.JSONDecodeError as exc:
        raise AnnotationError(f"{json_path}:{exc.lineno}: not valid JSON ({exc.msg}).") from None
    relations = []
    for index, item in enumerate(data.get("relations", [])):
        where = f"{json_path.name} relation {index}"
        for key in ("cue", "content", "kind"):
            if not item.get(key):
                raise AnnotationError(f"{where}: the {key!r} field is missing or empty.")
        if "source" not in item:
            raise AnnotationError(f"{where}: the 'source' field is missing (use null for none).")
        kind = item["kind"]
        if kind not in RELATION_KINDS:
            raise AnnotationError(f"{where}: kind {kind!r} is not one of {', '.join(RELATION_KINDS)}.")
        nth = item.get("content_nth", item.get("nth"))
        content = _locate(text, item["content"], nth, None, (), f"{where} content")
        _check_content_edges(text, content, where)
        cue = _locate(text, item["cue"], item.get("cue_nth"), content, [content], f"{where} cue")
        source = None
        if item["source"] is not None:
            source = _locate(
                text, item["source"], item.get("source_nth"), cue, [content, cue], f"{where} source"
            )
        label = item.get("label")
        if item["source"] is not None and not label:
            raise AnnotationError(f"{where}: a relation with a source needs a 'label'.")
        via = item.get("via", [])
        if not isinstance(via, list) or not all(isinstance(v, str) and v for v in via):
            raise AnnotationError(f"{where}: 'via' must be a list of names.")
        head = item.get("head")
        relations.append(
            GoldRelation(
                index=index,
                content=content,
                cue=cue,
                source=source,
                kind=kind,
                label=label,
                via=tuple(via),
                head=tuple(_words(head)) if head else head_words(label, kind) if label else (),
            )
        )
    if not data.get("style"):
        raise AnnotationError(f"{json_path}: the 'style' field is missing.")
    return GoldArticle(
        name=txt_path.stem,
        path=txt_path,
        text=text,
        style=data["style"],
        relations=tuple(relations),
        published=data.get("published"),
    )


def load_set(folder: Path = DATA_DIR) -> list[GoldArticle]:
    """Every annotated article in ``folder``, in file-name order."""
    paths = sorted(Path(folder).glob("*.txt"))
    if not paths:
        raise AnnotationError(f"{folder}: no articles (*.txt) found.")
    return [load_article(p) for p in paths]


# --------------------------------------------------------------------------- matching


def _words(label: str) -> list[str]:
    return [w.lower() for w in _TOKEN.findall(label)]


def head_words(label: str, kind: str) -> tuple[str, ...]:
    """The words a predicted label must contain to name this gold source.

    A person is named by the surname (the label's last word): "Ms Doe" names "Finance
    Minister Jane Doe". Anyone else is named by the label's words up to the first
    preposition or relative, fillers dropped: "diplomatic source in Damascus" ->
    ("diplomatic", "source").
    """
    words = _words(label)
    if not words:
        return ()
    if kind == "named_person":
        return (words[-1],)
    head = []
    for word in words:
        if word in _HEAD_STOP and head:
            break
        if word not in _FILLER and word not in _HEAD_STOP:
            head.append(word)
    return tuple(head)


def label_names(predicted: str | None, gold: GoldRelation) -> bool:
    """Whether a predicted label names the gold source (case-insensitive).

    It does when it contains every head word of the gold label, or when the gold label
    contains it whole ("Doe" in "Finance Minister Jane Doe") and it is more than filler.
    An impersonal gold relation (no source in the text) is named by any label.
    """
    if gold.source is None:
        return True
    if not predicted:
        return False
    pred = _words(predicted)
    if not pred or all(w in _FILLER for w in pred):
        return False
    if gold.head and all(w in pred for w in gold.head):
        return True
    gold_words = _words(gold.label or "")
    n = len(pred)
    return any(gold_words[i : i + n] == pred for i in range(len(gold_words) - n + 1))


def source_right(attribution, gold: GoldRelation) -> bool:
    """The predicted source is right when its span overlaps the gold one or its label names it."""
    span = getattr(attribution, "source_span", None)
    if gold.source is not None and span is not None and _overlaps(tuple(span), gold.source):
        return True
    return label_names(getattr(attribution, "label", None), gold)


class _Tokens:
    """Token offsets of one article, to measure span overlap in words, not characters."""

    def __init__(self, text: str):
        self.spans = [(m.start(), m.end()) for m in _TOKEN.finditer(text)]
        self._starts = [s for s, _ in self.spans]

    def of(self, span: tuple[int, int]) -> set[int]:
        import bisect

        start, end = span
        i = max(0, bisect.bisect_right(self._starts, start) - 1)
        found = set()
        while i < len(self.spans) and self.spans[i][0] < end:
            s, e = self.spans[i]
            if s < end and start < e:
                found.add(i)
            i += 1
        return found


def token_f1(a: set[int], b: set[int]) -> float:
    if not a or not b:
        return 0.0
    return 2 * len(a & b) / (len(a) + len(b))


def match(gold: Sequence[GoldRelation], predicted: Sequence, tokens: _Tokens) -> list[tuple[int, int, float]]:
    """One-to-one pairs ``(gold index, predicted index, overlap)``, greedy by best overlap."""
    gold_tokens = [tokens.of(g.content) for g in gold]
    pred_tokens = [tokens.of(tuple(p.content)) for p in predicted]
    candidates = []
    for gi, gt in enumerate(gold_tokens):
        for pi, pt in enumerate(pred_tokens):
            f1 = token_f1(gt, pt)
            if f1 >= MATCH_THRESHOLD:
                candidates.append((-f1, gi, pi))
    candidates.sort()
    used_g, used_p, pairs = set(), set(), []
    for neg, gi, pi in candidates:
        if gi in used_g or pi in used_p:
            continue
        used_g.add(gi)
        used_p.add(pi)
        pairs.append((gi, pi, -neg))
    return sorted(pairs)


# --------------------------------------------------------------------------- scoring


@dataclass
class Counts:
    """True positives per metric plus the gold and predicted totals, summable."""

    gold: int = 0
    predicted: int = 0
    content: int = 0
    source: int = 0
    kind: int = 0
    via: int = 0
    inside: int = 0
    inside_pass: int = 0
    outside: int = 0
    outside_pass: int = 0

    def __add__(self, other: "Counts") -> "Counts":
        return Counts(**{k: getattr(self, k) + getattr(other, k) for k in self.__dataclass_fields__})


@dataclass
class ArticleScore:
    article: GoldArticle
    counts: Counts
    #: Human-readable lines for ``--errors``.
    errors: list[str] = field(default_factory=list)


def _predicted_relations(analysis) -> list:
    """The relations the extractor claims; an 'unattributed' relation claims nothing."""
    return [r for r in analysis.relations if r.attribution.kind != "unattributed"]


def _snip(text: str, span: tuple[int, int], width: int = 70) -> str:
    piece = " ".join(text[span[0] : span[1]].split())
    return piece if len(piece) <= width else piece[: width - 3] + "..."


def _describe_pred(text: str, rel) -> str:
    a = rel.attribution
    src = f" [{_snip(text, tuple(a.source_span), 40)}]" if a.source_span else ""
    via = f" via {list(a.via)}" if a.via else ""
    return f"{a.kind}: {a.label!r}{src}{via}"


def _describe_gold(article: GoldArticle, g: GoldRelation) -> str:
    via = f" via {list(g.via)}" if g.via else ""
    return f"{g.kind}: {g.label!r}{via}"


def score_article(article: GoldArticle, analysis) -> ArticleScore:
    """Compare one article's gold relations with one ``Analysis`` of the same text."""
    text = article.text
    tokens = _Tokens(text)
    gold = article.relations
    predicted = _predicted_relations(analysis)
    counts = Counts(gold=len(gold), predicted=len(predicted))
    errors: list[str] = []
    pairs = match(gold, predicted, tokens)
    matched_g = {gi for gi, _, _ in pairs}
    matched_p = {pi for _, pi, _ in pairs}
    for gi, pi, _ in pairs:
        g, p = gold[gi], predicted[pi]
        counts.content += 1
        right = source_right(p.attribution, g)
        if right:
            counts.source += 1
            if p.attribution.kind == g.kind:
                counts.kind += 1
        if [v.lower() for v in p.attribution.via] == [v.lower() for v in g.via]:
            counts.via += 1
        if not right or p.attribution.kind != g.kind:
            what = "wrong source" if not right else "wrong kind"
            errors.append(
                f"{what}: {_snip(text, g.content)!r}\n"
                f"      gold {_describe_gold(article, g)}\n"
                f"      got  {_describe_pred(text, p)}"
            )
    for gi, g in enumerate(gold):
        if gi not in matched_g:
            errors.append(f"missed: {_snip(text, g.content)!r}\n      gold {_describe_gold(article, g)}")
    for pi, p in enumerate(predicted):
        if pi not in matched_p:
            errors.append(f"false: {_snip(text, tuple(p.content))!r}\n      got  {_describe_pred(text, p)}")
    for claim in analysis.claims:
        mid = (claim.start + claim.end) / 2
        around = [g for g in gold if g.content[0] <= mid < g.content[1]]
        attribution = claim.attribution
        if around:
            counts.inside += 1
            ok = attribution.kind != "unattributed" and any(
                label_names(attribution.label, g) for g in around
            )
            counts.inside_pass += ok
            if not ok:
                errors.append(
                    f"claim not attributed to {around[0].label or 'an unnamed source'!r}: "
                    f"{_snip(text, (claim.start, claim.end))!r}"
                    f" (got {attribution.kind}: {attribution.label!r})"
                )
        else:
            counts.outside += 1
            ok = attribution.kind == "unattributed"
            counts.outside_pass += ok
            if not ok:
                errors.append(
                    f"claim in the article's own voice attributed: {_snip(text, (claim.start, claim.end))!r}"
                    f" (got {attribution.kind}: {attribution.label!r})"
                )
    return ArticleScore(article=article, counts=counts, errors=errors)


def _ratio(num: int, den: int) -> float | None:
    return num / den if den else None


def _f1(p: float | None, r: float | None) -> float | None:
    if p is None or r is None:
        return None
    return 0.0 if p + r == 0 else 2 * p * r / (p + r)


def figures(counts: Counts) -> dict[str, float | None]:
    """Precision, recall and F1 per relation metric, and the claim-level pass shares.

    A figure with nothing to divide by is ``None`` (shown as n/a; below any floor).
    """
    out: dict[str, float | None] = {}
    for metric in ("content", "source", "kind", "via"):
        tp = getattr(counts, metric)
        p = _ratio(tp, counts.predicted) if counts.predicted else (0.0 if counts.gold else None)
        r = _ratio(tp, counts.gold)
        out[f"{metric}_p"] = p
        out[f"{metric}_r"] = r
        out[f"{metric}_f1"] = _f1(p, r)
    out["claims_inside"] = _ratio(counts.inside_pass, counts.inside)
    out["claims_outside"] = _ratio(counts.outside_pass, counts.outside)
    return out


def _fmt(value: float | None) -> str:
    return "  n/a" if value is None else f"{value:5.3f}"


def format_report(scores: Sequence[ArticleScore], verbose: bool = False, errors: bool = False) -> str:
    total = sum((s.counts for s in scores), Counts())
    fig = figures(total)
    lines = [
        f"attribution evaluation: {len(scores)} articles, {total.gold} gold relations, "
        f"{total.predicted} predicted",
        "",
        "metric     precision  recall     F1",
    ]
    for metric, note in (("content", ""), ("source", ""), ("kind", ""), ("via", "  (informational)")):
        lines.append(
            f"{metric:<10} {_fmt(fig[metric + '_p'])}      {_fmt(fig[metric + '_r'])}  "
            f"{_fmt(fig[metric + '_f1'])}{note}"
        )
    lines += [
        "",
        f"claims inside a gold content span, naming its source: {_fmt(fig['claims_inside'])}"
        f"  ({total.inside_pass}/{total.inside})",
        f"claims outside every content span, unattributed:     {_fmt(fig['claims_outside'])}"
        f"  ({total.outside_pass}/{total.outside})",
    ]
    if verbose:
        lines += ["", "article                              gold pred content source  kind  inside outside"]
        for s in scores:
            f = figures(s.counts)
            lines.append(
                f"{s.article.name[:36]:<36} {s.counts.gold:4d} {s.counts.predicted:4d}   "
                f"{_fmt(f['content_f1'])}  {_fmt(f['source_f1'])} {_fmt(f['kind_f1'])}  "
                f"{_fmt(f['claims_inside'])}  {_fmt(f['claims_outside'])}"
            )
    if errors:
        for s in scores:
            if s.errors:
                lines += ["", f"== {s.article.name}"]
                lines += [f"  {e}" for e in s.errors]
    return "\n".join(lines)


def check_floors(fig: dict[str, float | None], floors: dict[str, float]) -> list[str]:
    """One sentence per figure below its floor (a missing figure counts as 0)."""
    failures = []
    for key in FLOOR_KEYS:
        if key not in floors:
            continue
        value = fig.get(key)
        if (value or 0.0) + 1e-9 < floors[key]:
            failures.append(f"{key} is {_fmt(value).strip()}, below its floor {floors[key]:.3f}.")
    return failures


def load_floors(path: Path = FLOORS_FILE) -> dict[str, float]:
    try:
        data = json.loads(Path(path).read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise AnnotationError(f"{path}: missing; write the floors as a JSON object.") from None
    except json.JSONDecodeError as exc:
        raise AnnotationError(f"{path}:{exc.lineno}: not valid JSON ({exc.msg}).") from None
    unknown = set(data) - set(FLOOR_KEYS)
    if unknown:
        raise AnnotationError(f"{path}: unknown floor(s) {', '.join(sorted(unknown))}.")
    return {k: float(v) for k, v in data.items()}


def evaluate(articles: Iterable[GoldArticle], analyse) -> list[ArticleScore]:
    """Run ``analyse(text, published)`` on every article and score it."""
    return [score_article(a, analyse(a.text, a.published)) for a in articles]


def _import_analyse():
    if str(ROOT) not in sys.path:
        sys.path.insert(0, str(ROOT))
    try:
        from claims import analyse  # noqa: PLC0415
    except ImportError as exc:
        raise AnnotationError(
            f"claims.analyse cannot be imported ({exc}); run from {ROOT} once the extractor exists."
        ) from None
    return analyse


def main(argv: Sequence[str] | None = None, analyse=None) -> int:
    """The command line; ``analyse`` replaces ``claims.analyse`` (tests pass a fake)."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--verbose", action="store_true", help="one line of figures per article")
    parser.add_argument("--errors", action="store_true", help="list missed, false and wrong relations")
    parser.add_argument("--check", action="store_true", help="exit 1 if a figure is below its floor")
    parser.add_argument("--data", type=Path, default=DATA_DIR, help="folder of annotated articles")
    parser.add_argument("--floors", type=Path, default=FLOORS_FILE, help="floors file for --check")
    args = parser.parse_args(argv)
    try:
        articles = load_set(args.data)
        floors = load_floors(args.floors) if args.check else {}
        if analyse is None:
            analyse = _import_analyse()
    except AnnotationError as exc:
        print(str(exc), file=sys.stderr)
        return 2
    scores = evaluate(articles, analyse)
    print(format_report(scores, verbose=args.verbose, errors=args.errors))
    if args.check:
        failures = check_floors(figures(sum((s.counts for s in scores), Counts())), floors)
        for failure in failures:
            print(f"attribution: {failure}", file=sys.stderr)
        if failures:
            return 1
        print("attribution: every figure is at or above its floor.")
    return 0


if __name__ == "__main__":
    sys.exit(main())
