"""The attribution scorer (evaluation/attribution.py) and the hand-annotated set it reads.

The scorer is tested against fake analyses built from the gold data itself, so that
these tests do not depend on the extractor: gold scored against itself is perfect, and
each kind of damage lowers the figure that should measure it and no other.
"""
from __future__ import annotations

import dataclasses
import importlib.util
import json
import re
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from claims.types import Analysis, Attribution, Claim, Relation  # noqa: E402


def _load_scorer():
    spec = importlib.util.spec_from_file_location(
        "evaluation_attribution", ROOT / "evaluation" / "attribution.py"
    )
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up here
    spec.loader.exec_module(module)
    return module


ev = _load_scorer()
ARTICLES = ev.load_set()

_SENTENCE = re.compile(r"[^.!?\n]+(?:[.!?]+[\"”’]?|$)")


def sentences(text: str) -> list[tuple[int, int]]:
    """A crude sentence split: enough to find stretches in the article's own voice."""
    spans = []
    for m in _SENTENCE.finditer(text):
        start, end = m.start(), m.end()
        while start < end and text[start].isspace():
            start += 1
        if end - start > 1:
            spans.append((start, end))
    return spans


def oracle(article, change_relation=None, change_claim=None) -> Analysis:
    """The analysis a perfect extractor would return, optionally damaged.

    One relation and one claim per gold relation, plus one unattributed claim per
    sentence that touches no gold content span.
    """
    relations, claims = [], []
    for g in article.relations:
        attribution = Attribution(
            kind=g.kind,
            label=g.label,
            via=g.via,
            cue=article.text[g.cue[0] : g.cue[1]],
            source_span=g.source,
            cue_span=g.cue,
        )
        relation = Relation(attribution=attribution, content=g.content)
        if change_relation:
            relation = change_relation(g, relation)
        if relation is not None:
            relations.append(relation)
        claim = Claim(
            id=f"g{g.index}",
            sentence=0,
            start=g.content[0],
            end=g.content[1],
            text=article.text[g.content[0] : g.content[1]],
            attribution=attribution,
        )
        if change_claim:
            claim = change_claim(g, claim)
        claims.append(claim)
    for i, (start, end) in enumerate(sentences(article.text)):
        if any(start < g.content[1] and g.content[0] < end for g in article.relations):
            continue
        claims.append(
            Claim(
                id=f"s{i}",
                sentence=i,
                start=start,
                end=end,
                text=article.text[start:end],
                attribution=Attribution(kind="unattributed"),
            )
        )
    return Analysis(text=article.text, sentences=(), relations=tuple(relations), claims=tuple(claims))


def total_figures(change_relation=None, change_claim=None, articles=ARTICLES):
    counts = sum(
        (ev.score_article(a, oracle(a, change_relation, change_claim)).counts for a in articles),
        ev.Counts(),
    )
    return ev.figures(counts)


def replace_attribution(relation, **changes):
    return dataclasses.replace(relation, attribution=dataclasses.replace(relation.attribution, **changes))


# --------------------------------------------------------------------------- the data set


def test_the_set_has_at_least_twelve_articles_and_250_relations():
    assert len(ARTICLES) >= 12
    assert sum(len(a.relations) for a in ARTICLES) >= 250


def test_the_set_covers_the_styles_the_issue_asks_for():
    styles = [a.style for a in ARTICLES]
    assert styles.count("wire") >= 3
    for style in ("feature", "live_blog", "press_release", "translated", "interview",
                  "court", "business", "science_health", "sports", "local_politics"):
        assert style in styles, style


def test_every_article_is_300_to_900_words_with_a_title_line():
    for a in ARTICLES:
        title, blank, body = a.text.split("\n", 2)
        assert title.strip() and blank == "", a.name
        assert 300 <= len(body.split()) <= 900, a.name


def test_every_article_has_sentences_in_its_own_voice():
    for a in ARTICLES:
        free = [
            s for s in sentences(a.text)
            if not any(s[0] < g.content[1] and g.content[0] < s[1] for g in a.relations)
        ]
        assert len(free) >= 3, a.name


def test_every_kind_of_attributed_source_occurs_in_the_set():
    kinds = {g.kind for a in ARTICLES for g in a.relations}
    assert kinds == set(ev.RELATION_KINDS)


def test_the_set_holds_the_hard_cases():
    relations = [(a, g) for a in ARTICLES for g in a.relations]
    text = lambda a, span: a.text[span[0] : span[1]]  # noqa: E731
    assert sum(1 for _, g in relations if g.via) >= 20
    assert any(g.source is None for _, g in relations), "an impersonal form"
    assert sum(1 for a, g in relations if g.source and text(a, g.source).lower() in {"he", "she", "they", "it"}) >= 15
    assert sum(1 for a, g in relations if "." in text(a, g.content)[:-1]) >= 10, "multi-sentence contents"
    assert sum(1 for _, g in relations if g.content[1] <= g.cue[0]) >= 40, "content before its cue"
    assert any(text(a, g.cue).lower() == "according to" for a, g in relations)
    assert any(text(a, g.cue) == ":" for a, g in relations), "a colon after a speaker"


# --------------------------------------------------------------------------- loading


def write_pair(folder: Path, text: str, relations: list[dict], name: str = "01-test") -> Path:
    txt = folder / f"{name}.txt"
    txt.write_text(text, encoding="utf-8")
    (folder / f"{name}.json").write_text(json.dumps({"style": "wire", "relations": relations}), encoding="utf-8")
    return txt


ARTICLE = 'Title\n\nThe minister said the bridge will open in May. "It is ready," the minister said.\n'


def test_a_substring_missing_from_the_article_fails_naming_file_and_relation(tmp_path):
    path = write_pair(tmp_path, ARTICLE, [
        {"source": "The minister", "cue": "said", "content": "the bridge will open in June",
         "kind": "named_person", "label": "minister"},
    ])
    with pytest.raises(ev.AnnotationError, match=r"01-test.json relation 0 content: 'the bridge will open in June' is not in the article"):
        ev.load_article(path)


def test_a_content_found_twice_needs_its_occurrence(tmp_path):
    text = "Title\n\nHe said it rained. She said it rained.\n"
    relation = {"source": "She", "cue": "said", "content": "it rained", "kind": "named_person", "label": "Ann Lee"}
    with pytest.raises(ev.AnnotationError, match="occurs 2 times"):
        ev.load_article(write_pair(tmp_path, text, [relation]))
    article = ev.load_article(write_pair(tmp_path, text, [dict(relation, content_nth=1)]))
    g = article.relations[0]
    assert text[g.content[0] : g.content[1]] == "it rained" and g.content[0] > text.index("She")


def test_the_cue_and_source_nearest_the_content_are_chosen(tmp_path):
    article = ev.load_article(write_pair(tmp_path, ARTICLE, [
        {"source": "the minister", "cue": "said", "content": "It is ready", "kind": "named_person", "label": "minister"},
    ]))
    g = article.relations[0]
    assert g.cue[0] == ARTICLE.rindex("said")
    assert g.source[0] == ARTICLE.rindex("the minister")


def test_a_pronoun_source_is_not_found_inside_another_word(tmp_path):
    text = "Title\n\nThe weather was fine, the pilot said. Then he said the engine failed.\n"
    article = ev.load_article(write_pair(tmp_path, text, [
        {"source": "he", "cue": "said", "content": "the engine failed", "kind": "named_person", "label": "pilot"},
    ]))
    g = article.relations[0]
    assert text[g.source[0] - 1 : g.source[1] + 1] == " he "


def test_a_content_with_its_quote_marks_is_refused(tmp_path):
    path = write_pair(tmp_path, ARTICLE, [
        {"source": "the minister", "cue": "said", "content": '"It is ready', "kind": "named_person", "label": "minister"},
    ])
    with pytest.raises(ev.AnnotationError, match="quote mark"):
        ev.load_article(path)


def test_an_unknown_kind_is_refused(tmp_path):
    path = write_pair(tmp_path, ARTICLE, [
        {"source": "The minister", "cue": "said", "content": "the bridge will open in May", "kind": "minister", "label": "minister"},
    ])
    with pytest.raises(ev.AnnotationError, match="kind 'minister' is not one of"):
        ev.load_article(path)


# --------------------------------------------------------------------------- source naming


@pytest.mark.parametrize(
    "predicted, gold_label, kind, names",
    [
        ("Ms Doe", "Finance Minister Jane Doe", "named_person", True),
        ("Jane Doe", "Finance Minister Jane Doe", "named_person", True),
        ("Finance Minister Jane Roe", "Finance Minister Jane Doe", "named_person", False),
        ("a diplomatic source in Damascus", "diplomatic source in Damascus", "anonymous_source", True),
        ("Diplomatic Source", "diplomatic source in Damascus", "anonymous_source", True),
        ("an official source", "diplomatic source in Damascus", "anonymous_source", False),
        ("the", "diplomatic source in Damascus", "anonymous_source", False),
        (None, "diplomatic source in Damascus", "anonymous_source", False),
        ("the interior ministry", "Interior Ministry", "official_statement", True),
        ("foreign ministry", "Interior Ministry", "official_statement", False),
    ],
)
def test_a_label_names_the_gold_source_by_its_head_words_or_by_being_part_of_it(predicted, gold_label, kind, names):
    gold = ev.GoldRelation(
        index=0, content=(0, 1), cue=(0, 1), source=(0, 1), kind=kind, label=gold_label,
        head=ev.head_words(gold_label, kind),
    )
    assert ev.label_names(predicted, gold) is names


def test_any_label_names_an_impersonal_source():
    gold = ev.GoldRelation(index=0, content=(0, 1), cue=(0, 1), source=None, kind="anonymous_source", label=None)
    assert ev.label_names("reports", gold)


# --------------------------------------------------------------------------- scoring


def test_gold_scored_against_itself_is_perfect_everywhere():
    fig = total_figures()
    for key in ("content", "source", "kind", "via"):
        assert fig[f"{key}_p"] == fig[f"{key}_r"] == fig[f"{key}_f1"] == 1.0, key
    assert fig["claims_inside"] == 1.0
    assert fig["claims_outside"] == 1.0


def test_a_wrong_kind_lowers_kind_and_nothing_else():
    def wrong_kind(g, r):
        if g.index % 2:
            return r
        other = "media_outlet" if g.kind != "media_outlet" else "named_person"
        return replace_attribution(r, kind=other)

    fig = total_figures(change_relation=wrong_kind)
    assert fig["content_f1"] == fig["source_f1"] == fig["via_f1"] == 1.0
    assert 0.3 < fig["kind_f1"] < 0.7


def test_a_wrong_source_lowers_source_and_kind_but_not_content():
    def wrong_source(g, r):
        return replace_attribution(r, label="Nobody Atall", source_span=None)

    fig = total_figures(change_relation=wrong_source)
    assert fig["content_f1"] == 1.0
    impersonal = sum(1 for a in ARTICLES for g in a.relations if g.source is None)
    total = sum(len(a.relations) for a in ARTICLES)
    assert fig["source_f1"] == pytest.approx(impersonal / total)
    assert fig["kind_f1"] == fig["source_f1"]


def test_a_source_span_on_the_gold_source_is_right_whatever_the_label():
    fig = total_figures(change_relation=lambda g, r: replace_attribution(r, label="unresolved pronoun"))
    assert fig["source_f1"] == 1.0


def test_content_pointing_at_other_words_no_longer_matches():
    fig = total_figures(change_relation=lambda g, r: dataclasses.replace(r, content=g.cue))
    assert fig["content_f1"] < 0.05
    assert fig["source_f1"] <= fig["content_f1"]
    assert fig["kind_f1"] <= fig["source_f1"]


def test_content_cut_to_more_than_half_its_words_still_matches():
    def trimmed(g, r):
        start, end = g.content
        return dataclasses.replace(r, content=(start, start + int((end - start) * 0.8)))

    fig = total_figures(change_relation=trimmed)
    assert fig["content_f1"] > 0.95


def test_a_missed_relation_lowers_recall_and_a_doubled_one_lowers_precision():
    fig = total_figures(change_relation=lambda g, r: None if g.index % 3 == 0 else r)
    assert fig["content_p"] == 1.0 and fig["content_r"] < 0.75

    article = ARTICLES[0]
    analysis = oracle(article)
    doubled = dataclasses.replace(analysis, relations=analysis.relations + analysis.relations)
    counts = ev.score_article(article, doubled).counts
    assert counts.content == len(article.relations)
    assert counts.predicted == 2 * len(article.relations)


def test_a_claim_inside_a_content_span_must_name_its_source():
    def unattributed(g, c):
        return dataclasses.replace(c, attribution=Attribution(kind="unattributed"))

    fig = total_figures(change_claim=unattributed)
    assert fig["claims_inside"] == 0.0
    assert fig["claims_outside"] == 1.0

    def wrong_label(g, c):
        return dataclasses.replace(c, attribution=dataclasses.replace(c.attribution, label="Nobody Atall"))

    fig = total_figures(change_claim=wrong_label)
    assert 0.0 < fig["claims_inside"] < 0.05  # only the impersonal relations still pass


def test_a_claim_in_the_articles_own_voice_must_be_unattributed():
    article = ARTICLES[0]
    analysis = oracle(article)
    attributed = tuple(
        c if c.attribution.kind != "unattributed"
        else dataclasses.replace(c, attribution=Attribution(kind="named_person", label="Someone"))
        for c in analysis.claims
    )
    fig = ev.figures(ev.score_article(article, dataclasses.replace(analysis, claims=attributed)).counts)
    assert fig["claims_outside"] == 0.0
    assert fig["claims_inside"] == 1.0


def test_an_unattributed_relation_predicts_nothing():
    article = ARTICLES[0]
    analysis = oracle(article)
    extra = Relation(attribution=Attribution(kind="unattributed"), content=(0, 10))
    counts = ev.score_article(article, dataclasses.replace(analysis, relations=analysis.relations + (extra,))).counts
    assert counts.predicted == len(article.relations)


def test_an_extractor_that_finds_nothing_scores_zero_not_an_error():
    empty = lambda text, published=None: Analysis(text=text, sentences=(), relations=(), claims=())  # noqa: E731
    fig = ev.figures(sum((s.counts for s in ev.evaluate(ARTICLES, empty)), ev.Counts()))
    assert fig["content_f1"] == 0.0
    assert fig["claims_inside"] is None
    assert ev.check_floors(fig, {"claims_inside": 0.5}) == ["claims_inside is n/a, below its floor 0.500."]


# --------------------------------------------------------------------------- command line and floors


def fake_analyse(text, published=None):
    article = next(a for a in ARTICLES if a.text == text)
    return oracle(article)


def test_the_report_prints_every_figure(capsys):
    assert ev.main(["--verbose"], analyse=fake_analyse) == 0
    out = capsys.readouterr().out
    total = sum(len(a.relations) for a in ARTICLES)
    assert f"{len(ARTICLES)} articles, {total} gold relations" in out
    for line in ("content    1.000      1.000  1.000", "kind       1.000      1.000  1.000"):
        assert line in out
    assert "claims outside every content span, unattributed:     1.000" in out
    assert ARTICLES[0].name[:30] in out


def test_errors_lists_missed_and_false_relations(capsys):
    def shifted(text, published=None):
        article = next(a for a in ARTICLES if a.text == text)
        return oracle(article, change_relation=lambda g, r: dataclasses.replace(r, content=(0, 5)) if g.index == 0 else r)

    ev.main(["--errors"], analyse=shifted)
    out = capsys.readouterr().out
    assert "missed: " in out and "false: " in out


def test_check_passes_at_the_floors_and_names_the_figure_below_one(tmp_path, capsys):
    floors = tmp_path / "floors.json"
    floors.write_text(json.dumps({"content_f1": 1.0, "kind_f1": 0.9}))
    assert ev.main(["--check", "--floors", str(floors)], analyse=fake_analyse) == 0

    def wrong_kind(text, published=None):
        article = next(a for a in ARTICLES if a.text == text)
        return oracle(article, change_relation=lambda g, r: replace_attribution(r, kind="media_outlet" if g.kind != "media_outlet" else "named_person"))

    capsys.readouterr()
    assert ev.main(["--check", "--floors", str(floors)], analyse=wrong_kind) == 1
    err = capsys.readouterr().err
    assert "kind_f1 is 0.000, below its floor 0.900." in err
    assert "content_f1" not in err


def test_a_floors_file_with_an_unknown_figure_is_refused(tmp_path, capsys):
    floors = tmp_path / "floors.json"
    floors.write_text(json.dumps({"kind_f2": 0.5}))
    assert ev.main(["--check", "--floors", str(floors)], analyse=fake_analyse) == 2
    assert "unknown floor(s) kind_f2" in capsys.readouterr().err


def test_the_pinned_floors_file_names_every_figure():
    floors = ev.load_floors()
    assert set(floors) == set(ev.FLOOR_KEYS)
    assert all(0.0 <= v <= 1.0 for v in floors.values())
