"""Score the checker's verdicts against the hand-labelled stories in ``evaluation/verdicts/``.

Each story folder holds an article with planted errors, the reference reports it is
checked against, a ``sources.yaml`` and an ``expected.json`` listing what an editor
should be told about single claims of the article. This script runs the public
``checker check`` command on every story, exactly as an outside acceptance check would,
and uses nothing but the JSON report: it maps every expectation to the claim whose
``span`` covers the expected words best and compares verdicts.

Why these figures: a false contradiction sends an editor chasing an error that is not
there, and a false confirmation lets a planted error through. Both are counted on their
own, beside per-verdict precision and recall, and ``--check`` fails the run when any
figure drops below the floors pinned in ``evaluation/verdict_floors.json``.

Usage::

    .venv/bin/python evaluation/verdicts.py [--story NAME] [--verbose] [--check]

Exit codes: 0 done (and, with ``--check``, every floor held); 1 a floor was broken;
2 a story's data is broken or the checker could not be run (one sentence on stderr).
"""
from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
STORIES = Path(__file__).resolve().parent / "verdicts"
FLOORS = Path(__file__).resolve().parent / "verdict_floors.json"

VERDICTS = ("confirmed", "contradicted", "unverified")
FIELDS = ("person", "role", "date", "weekday", "number", "place", "negation", "quote")


class DataError(Exception):
    """A story's data is broken: the message is one sentence naming the file."""


class RunError(Exception):
    """The checker could not be run on a story or gave no usable JSON report."""


@dataclass(frozen=True)
class Expectation:
    """One labelled claim: the article's words ``article[start:end]`` and its verdict."""

    quote: str
    start: int
    end: int
    verdict: str
    field: str | None = None
    flag: str | None = None
    note: str = ""


@dataclass(frozen=True)
class Story:
    name: str
    folder: Path
    article: Path
    sources: Path
    published: str
    title: str
    text: str
    expectations: tuple[Expectation, ...]


@dataclass(frozen=True)
class Outcome:
    """What the checker said about one expectation."""

    story: str
    expectation: Expectation
    predicted: str
    claim_text: str | None
    claim_span: tuple[int, int] | None
    conflicts: tuple[dict, ...] = ()
    flags: tuple[str, ...] = ()
    note: str = ""

    @property
    def field_found(self) -> bool:
        """True when a conflict of the expected field was reported."""
        exp = self.expectation
        return exp.field is not None and any(c.get("field") == exp.field for c in self.conflicts)

    @property
    def flag_found(self) -> bool:
        exp = self.expectation
        return exp.flag is not None and exp.flag in self.flags


# --------------------------------------------------------------------------- data


def read_article(path: Path) -> str:
    """The article text exactly as the checker reads a ``.txt`` file (UTF-8, newlines kept)."""
    with open(path, encoding="utf-8", newline="") as handle:
        return handle.read()


def locate(text: str, quote: str, where: str) -> tuple[int, int]:
    """Offsets of ``quote`` in ``text``; it must occur exactly once, or the label is ambiguous."""
    start = text.find(quote)
    if not quote or start < 0:
        raise DataError(f"{where}: the quote {quote!r} is not in article.txt; copy the article's words exactly.")
    if text.find(quote, start + 1) >= 0:
        raise DataError(f"{where}: the quote {quote!r} occurs more than once in article.txt; quote more words so it is unique.")
    return start, start + len(quote)


def _document_paths(sources_file: Path) -> list[str]:
    """Every ``path:`` of every document in a sources.yaml, read with ruamel.yaml."""
    from ruamel.yaml import YAML
    from ruamel.yaml.error import YAMLError

    try:
        data = YAML(typ="safe").load(sources_file.read_text(encoding="utf-8"))
    except YAMLError as exc:
        raise DataError(f"{sources_file}: is not valid YAML ({str(exc).splitlines()[0]}).") from None
    if not isinstance(data, dict) or not isinstance(data.get("sources"), list):
        raise DataError(f"{sources_file}: has no 'sources:' list.")
    paths = []
    for source in data["sources"]:
        for document in (source or {}).get("documents") or []:
            if isinstance(document, dict) and document.get("path"):
                paths.append(str(document["path"]))
    return paths


def _read_json(path: Path):
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except json.JSONDecodeError as exc:
        raise DataError(f"{path}: is not valid JSON at line {exc.lineno}, column {exc.colno}.") from None


def load_story(folder: Path) -> Story:
    """Read and validate one story folder; raise DataError on anything broken."""
    folder = Path(folder)
    article = folder / "article.txt"
    sources = folder / "sources.yaml"
    meta_file = folder / "meta.json"
    expected_file = folder / "expected.json"
    for required in (article, sources, meta_file, expected_file):
        if not required.is_file():
            raise DataError(f"{required}: is missing; every story needs article.txt, sources.yaml, meta.json and expected.json.")
    meta = _read_json(meta_file)
    checks = _read_json(expected_file)
    published = meta.get("published") if isinstance(meta, dict) else None
    try:
        date.fromisoformat(str(published))
    except ValueError:
        raise DataError(f"{meta_file}: needs \"published\": \"YYYY-MM-DD\".") from None
    for path in _document_paths(sources):
        if not (folder / path).exists():
            raise DataError(f"{sources}: names the document path {path!r}, which does not exist; fix the path.")
    if not isinstance(checks, list) or not checks:
        raise DataError(f"{expected_file}: must be a non-empty list of checks.")
    text = read_article(article)
    expectations = []
    for number, check in enumerate(checks, 1):
        where = f"{expected_file} check {number}"
        if not isinstance(check, dict) or "quote" not in check or "verdict" not in check:
            raise DataError(f"{where}: needs a \"quote\" and a \"verdict\".")
        if check["verdict"] not in VERDICTS:
            raise DataError(f"{where}: verdict {check['verdict']!r} is not one of {', '.join(VERDICTS)}.")
        if check.get("field") and check["verdict"] != "contradicted":
            raise DataError(f"{where}: a \"field\" belongs to contradicted checks only.")
        start, end = locate(text, check["quote"], where)
        expectations.append(
            Expectation(
                quote=check["quote"],
                start=start,
                end=end,
                verdict=check["verdict"],
                field=check.get("field") or None,
                flag=check.get("flag") or None,
                note=check.get("note", ""),
            )
        )
    return Story(
        name=folder.name,
        folder=folder,
        article=article,
        sources=sources,
        published=published,
        title=str(meta.get("title", "")),
        text=text,
        expectations=tuple(expectations),
    )


def find_stories(root: Path = STORIES, only: str | None = None) -> list[Path]:
    if not Path(root).is_dir():
        raise DataError(f"{root}: is not a folder of stories.")
    folders = sorted(p for p in Path(root).iterdir() if p.is_dir() and (p / "article.txt").exists())
    if only:
        folders = [p for p in folders if p.name == only or p.name.split("-", 1)[-1] == only]
        if not folders:
            raise DataError(f"{root}: has no story named {only!r}.")
    return folders


# --------------------------------------------------------------------------- matching


def overlap(a: tuple[int, int], b: tuple[int, int]) -> int:
    return max(0, min(a[1], b[1]) - max(a[0], b[0]))


def match_claim(claims: list[dict], start: int, end: int) -> dict | None:
    """The claim whose span overlaps ``[start, end)`` most; ties go to the shortest claim.

    Shortest wins a tie because an apposition's role claim ("its Finance Minister Karl
    Brandt") and the sentence's statement claim cover the same quoted words, and the
    label is about the narrower one. Later ties keep the report's order.
    """
    best, best_key = None, None
    for claim in claims:
        span = claim.get("span") or (0, 0)
        shared = overlap((int(span[0]), int(span[1])), (start, end))
        if shared <= 0:
            continue
        key = (-shared, int(span[1]) - int(span[0]))
        if best_key is None or key < best_key:
            best, best_key = claim, key
    return best


def offset_shift(report: dict, text: str) -> int:
    """How far the report's offsets sit from ``text``'s (0 when they agree).

    The interface says spans point into the article text; if a checker counted from
    somewhere else (say, after the title line), the sentences it reports tell us where,
    and the labels are shifted to meet it rather than scored as misses.
    """
    for sentence in report.get("sentences") or []:
        words, start = sentence.get("text") or "", int(sentence.get("start", 0))
        if not words.strip():
            continue
        if text[start:start + len(words)] == words:
            return 0
        found = text.find(words)
        return found - start if found >= 0 else 0
    return 0


def judge(story: str, expectation: Expectation, report: dict, shift: int = 0) -> Outcome:
    claim = match_claim(report.get("claims") or [], expectation.start - shift, expectation.end - shift)
    if claim is None:
        return Outcome(story, expectation, "unverified", None, None, note="no claim")
    return Outcome(
        story=story,
        expectation=expectation,
        predicted=claim.get("verdict", "unverified"),
        claim_text=claim.get("text"),
        claim_span=tuple(claim.get("span") or ()) or None,
        conflicts=tuple(claim.get("conflicts") or ()),
        flags=tuple(claim.get("flags") or ()),
    )


def judge_story(story: Story, report: dict) -> list[Outcome]:
    shift = offset_shift(report, story.text)
    return [judge(story.name, e, report, shift) for e in story.expectations]


# --------------------------------------------------------------------------- figures


def _ratio(part: int, whole: int) -> float | None:
    return part / whole if whole else None


@dataclass(frozen=True)
class Scores:
    total: int
    correct: int
    confusion: dict = field(default_factory=dict)  # (expected, predicted) -> count
    precision: dict = field(default_factory=dict)
    recall: dict = field(default_factory=dict)
    f1: dict = field(default_factory=dict)
    false_contradictions: int = 0
    false_confirmations: int = 0
    field_hits: int = 0
    field_total: int = 0
    flag_hits: int = 0
    flag_total: int = 0

    @property
    def accuracy(self) -> float | None:
        return _ratio(self.correct, self.total)

    @property
    def field_accuracy(self) -> float | None:
        return _ratio(self.field_hits, self.field_total)

    @property
    def flag_recall(self) -> float | None:
        return _ratio(self.flag_hits, self.flag_total)

    def as_dict(self) -> dict:
        return {
            "checks": self.total,
            "accuracy": self.accuracy,
            "precision": self.precision,
            "recall": self.recall,
            "f1": self.f1,
            "confusion": {f"{e}->{p}": n for (e, p), n in sorted(self.confusion.items())},
            "false_contradictions": self.false_contradictions,
            "false_confirmations": self.false_confirmations,
            "field_accuracy": self.field_accuracy,
            "flag_recall": self.flag_recall,
        }


def score(outcomes: list[Outcome]) -> Scores:
    """Per-verdict precision/recall/F1 and the counts an editor cares about.

    Precision of a verdict never predicted is ``None`` (shown as "-"): nothing was
    claimed, so nothing was wrong; recall catches the silence.
    """
    confusion: dict = {}
    for o in outcomes:
        key = (o.expectation.verdict, o.predicted)
        confusion[key] = confusion.get(key, 0) + 1
    precision, recall, f1 = {}, {}, {}
    for v in VERDICTS:
        tp = confusion.get((v, v), 0)
        predicted = sum(n for (e, p), n in confusion.items() if p == v)
        expected = sum(n for (e, p), n in confusion.items() if e == v)
        precision[v] = _ratio(tp, predicted)
        recall[v] = _ratio(tp, expected)
        p, r = precision[v], recall[v]
        f1[v] = (2 * p * r / (p + r) if p and r else 0.0) if p is not None and r is not None else None
    true_contradictions = [
        o for o in outcomes
        if o.expectation.verdict == "contradicted" and o.predicted == "contradicted" and o.expectation.field
    ]
    flagged = [o for o in outcomes if o.expectation.flag]
    return Scores(
        total=len(outcomes),
        correct=sum(1 for o in outcomes if o.predicted == o.expectation.verdict),
        confusion=confusion,
        precision=precision,
        recall=recall,
        f1=f1,
        false_contradictions=sum(
            1 for o in outcomes if o.predicted == "contradicted" and o.expectation.verdict != "contradicted"
        ),
        false_confirmations=sum(
            1 for o in outcomes if o.predicted == "confirmed" and o.expectation.verdict != "confirmed"
        ),
        field_hits=sum(1 for o in true_contradictions if o.field_found),
        field_total=len(true_contradictions),
        flag_hits=sum(1 for o in flagged if o.flag_found),
        flag_total=len(flagged),
    )


#: floor name -> (how to read it from Scores, True when higher is better)
FLOOR_FIGURES = {
    "accuracy": (lambda s: s.accuracy, True),
    "contradicted_recall": (lambda s: s.recall["contradicted"], True),
    "contradicted_precision": (lambda s: s.precision["contradicted"], True),
    "confirmed_precision": (lambda s: s.precision["confirmed"], True),
    "confirmed_recall": (lambda s: s.recall["confirmed"], True),
    "unverified_recall": (lambda s: s.recall["unverified"], True),
    "field_accuracy": (lambda s: s.field_accuracy, True),
    "flag_recall": (lambda s: s.flag_recall, True),
    "max_false_contradictions": (lambda s: s.false_contradictions, False),
    "max_false_confirmations": (lambda s: s.false_confirmations, False),
}


def broken_floors(scores: Scores, floors: dict) -> list[str]:
    """One line per figure that fell below (or, for ``max_`` counts, rose above) its floor.

    A ratio with nothing to measure (``None``) holds its floor: a precision with no
    predictions made no mistakes, and an empty set has no recall to lose.
    """
    broken = []
    for name, floor in floors.items():
        if name not in FLOOR_FIGURES:
            raise DataError(f"{FLOORS}: names the unknown figure {name!r}; use one of {', '.join(FLOOR_FIGURES)}.")
        read, higher_is_better = FLOOR_FIGURES[name]
        value = read(scores)
        if value is None:
            continue
        if higher_is_better and value + 1e-9 < floor:
            broken.append(f"{name} {value:.3f} is below its floor {floor}")
        if not higher_is_better and value > floor:
            broken.append(f"{name} {value} is above its maximum {floor}")
    return broken


# --------------------------------------------------------------------------- running


def checker_command() -> list[str]:
    """The repo's console script if the venv has it, else ``python -m checker``."""
    script = REPO / ".venv" / "bin" / "checker"
    if script.exists():
        return [str(script)]
    return [sys.executable, "-m", "checker"]


def run_checker(story: Story, workdir: Path, command: list[str] | None = None) -> dict:
    """Run ``checker check`` on a story with a fresh store; return the parsed JSON report."""
    args = (command or checker_command()) + [
        "check", str(story.article.resolve()),
        "--sources", str(story.sources.resolve()),
        "--db", str(workdir / "s.db"),
        "--out", str(workdir / "reports"),
        "--json", "-",
        "--offline",
        "--date", story.published,
    ]
    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(REPO), env.get("PYTHONPATH")]))
    try:
        done = subprocess.run(args, cwd=REPO, env=env, capture_output=True, text=True, timeout=600)
    except (OSError, subprocess.TimeoutExpired) as exc:
        raise RunError(f"{story.name}: the checker could not be run ({exc}).") from None
    if done.returncode not in (0, 1):
        last = (done.stderr.strip().splitlines() or ["no message"])[-1]
        raise RunError(f"{story.name}: checker check exited {done.returncode}: {last}")
    try:
        report = json.loads(done.stdout)
    except json.JSONDecodeError:
        raise RunError(f"{story.name}: checker check printed no JSON report on standard output.") from None
    if not isinstance(report, dict):
        raise RunError(f"{story.name}: checker check printed JSON that is not a report object.")
    return report


# --------------------------------------------------------------------------- printing


def _fmt(value: float | None) -> str:
    return "-" if value is None else f"{value:.3f}"


def render(scores: Scores, stories: int) -> str:
    lines = [f"{scores.total} checks in {stories} stories", ""]
    lines.append(f"{'verdict':<14}{'precision':>10}{'recall':>10}{'f1':>10}{'expected':>10}{'predicted':>10}")
    for v in VERDICTS:
        expected = sum(n for (e, p), n in scores.confusion.items() if e == v)
        predicted = sum(n for (e, p), n in scores.confusion.items() if p == v)
        lines.append(
            f"{v:<14}{_fmt(scores.precision[v]):>10}{_fmt(scores.recall[v]):>10}"
            f"{_fmt(scores.f1[v]):>10}{expected:>10}{predicted:>10}"
        )
    lines += ["", "confusion (rows expected, columns predicted)"]
    lines.append(f"{'':<14}" + "".join(f"{v:>14}" for v in VERDICTS))
    for e in VERDICTS:
        lines.append(f"{e:<14}" + "".join(f"{scores.confusion.get((e, p), 0):>14}" for p in VERDICTS))
    lines += [
        "",
        f"verdict accuracy        {_fmt(scores.accuracy)}",
        f"false contradictions    {scores.false_contradictions}",
        f"false confirmations     {scores.false_confirmations}",
        f"conflict-field accuracy {_fmt(scores.field_accuracy)} ({scores.field_hits}/{scores.field_total} true contradictions)",
        f"flag recall             {_fmt(scores.flag_recall)} ({scores.flag_hits}/{scores.flag_total})",
    ]
    return "\n".join(lines)


def render_miss(o: Outcome) -> str:
    e = o.expectation
    lines = [f"[{o.story}] expected {e.verdict}"
             + (f"/{e.field}" if e.field else "") + (f" flag {e.flag}" if e.flag else "")
             + f", predicted {o.predicted}" + (f" ({o.note})" if o.note else "")]
    lines.append(f"    quote: {e.quote}")
    if o.claim_text is not None:
        lines.append(f"    claim {list(o.claim_span or ())}: {o.claim_text}")
    for c in o.conflicts:
        lines.append(
            f"    conflict {c.get('field')}: {c.get('claim_value')!r} vs {c.get('reference_value')!r}"
            f" ({c.get('source')})"
        )
    if o.flags:
        lines.append(f"    flags: {', '.join(o.flags)}")
    if e.note:
        lines.append(f"    why: {e.note}")
    return "\n".join(lines)


def is_miss(o: Outcome) -> bool:
    e = o.expectation
    if o.predicted != e.verdict:
        return True
    if e.verdict == "contradicted" and e.field and not o.field_found:
        return True
    return bool(e.flag and not o.flag_found)


# --------------------------------------------------------------------------- main


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Score checker verdicts on the evaluation stories.")
    parser.add_argument("--story", help="run only this story (folder name, with or without its number)")
    parser.add_argument("--verbose", action="store_true", help="list every miss with the claim and conflicts")
    parser.add_argument("--check", action="store_true", help="exit 1 if a figure falls below verdict_floors.json")
    parser.add_argument("--floors", type=Path, default=FLOORS, help="floors file (default: %(default)s)")
    parser.add_argument("--stories", type=Path, default=STORIES, help="stories folder (default: %(default)s)")
    parser.add_argument("--json", dest="json_out", type=Path, help="also write the figures as JSON to this file")
    args = parser.parse_args(argv)

    try:
        stories = [load_story(folder) for folder in find_stories(args.stories, args.story)]
        floors = json.loads(args.floors.read_text(encoding="utf-8")) if args.check else {}
        outcomes: list[Outcome] = []
        per_story = {}
        with tempfile.TemporaryDirectory(prefix="verdicts-") as tmp:
            for story in stories:
                workdir = Path(tmp) / story.name
                workdir.mkdir()
                story_outcomes = judge_story(story, run_checker(story, workdir))
                per_story[story.name] = score(story_outcomes)
                outcomes += story_outcomes
        scores = score(outcomes)
        broken = broken_floors(scores, floors) if args.check else []
    except (DataError, RunError) as exc:
        print(str(exc), file=sys.stderr)
        return 2
    except (OSError, json.JSONDecodeError) as exc:
        print(f"Could not read the evaluation data: {exc}.", file=sys.stderr)
        return 2

    for name, s in per_story.items():
        print(f"{name:<34} accuracy {_fmt(s.accuracy)}  false contradictions {s.false_contradictions}"
              f"  false confirmations {s.false_confirmations}")
    print()
    print(render(scores, len(stories)))
    if args.verbose:
        misses = [o for o in outcomes if is_miss(o)]
        print(f"\n{len(misses)} misses")
        for o in misses:
            print(render_miss(o))
    if args.json_out:
        payload = scores.as_dict() | {"stories": {n: s.as_dict() for n, s in per_story.items()}}
        args.json_out.write_text(json.dumps(payload, indent=2) + "\n", encoding="utf-8")
    if broken:
        print("\nbelow floor: " + "; ".join(broken), file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
