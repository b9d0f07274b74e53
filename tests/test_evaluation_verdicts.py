"""The verdict scorer's matching and arithmetic, on hand-made reports (no checker run)."""
from __future__ import annotations

import importlib.util
import json
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
_spec = importlib.util.spec_from_file_location("evaluation_verdicts", ROOT / "evaluation" / "verdicts.py")
verdicts = importlib.util.module_from_spec(_spec)
sys.modules[_spec.name] = verdicts
_spec.loader.exec_module(verdicts)

ARTICLE = (
    "Harbour closes\n\n"
    "Finance Minister Petra Lund said on Monday that the budget would rise by 4 percent. "
    "The harbour in Kystrup stayed closed."
)


def claim(start, end, verdict="confirmed", conflicts=(), flags=(), text=None):
    return {
        "id": f"c{start}-{end}",
        "sentence": 0,
        "text": text or ARTICLE[start:end],
        "span": [start, end],
        "attribution": {"kind": "unattributed", "label": None, "via": [], "cue": None, "reliability": 0.6},
        "verdict": verdict,
        "confidence": 0.8,
        "evidence": [],
        "conflicts": list(conflicts),
        "flags": list(flags),
    }


def expect(quote, verdict, field=None, flag=None):
    start = ARTICLE.index(quote)
    return verdicts.Expectation(quote, start, start + len(quote), verdict, field, flag)


def span_of(words):
    start = ARTICLE.index(words)
    return start, start + len(words)


def test_quote_maps_to_the_claim_it_overlaps_most():
    sentence = span_of("Finance Minister Petra Lund said on Monday that the budget would rise by 4 percent.")
    budget = span_of("the budget would rise by 4 percent")
    claims = [claim(*sentence, verdict="unverified"), claim(budget[0] - 5, budget[1], verdict="confirmed")]
    e = expect("budget would rise by 4 percent", "confirmed")
    # the sentence claim and the narrow claim both cover every quoted character: a tie
    # on overlap, so the shorter, narrower claim wins
    assert verdicts.match_claim(claims, e.start, e.end)["verdict"] == "confirmed"


def test_larger_overlap_beats_a_shorter_claim():
    quote = span_of("the budget would rise by 4 percent")
    small = claim(quote[0], quote[0] + 10, verdict="contradicted")
    wide = claim(quote[0] - 20, quote[1] + 1, verdict="confirmed")
    assert verdicts.match_claim([small, wide], *quote)["verdict"] == "confirmed"


def test_role_apposition_tie_goes_to_the_shortest_claim():
    role = span_of("Finance Minister Petra Lund")
    sentence = span_of("Finance Minister Petra Lund said on Monday that the budget would rise by 4 percent.")
    claims = [
        claim(*sentence, verdict="confirmed"),
        claim(*role, verdict="contradicted", conflicts=[{"field": "person", "claim_value": "Petra Lund",
              "reference_value": "Karl Brandt", "source": "Wire", "document": "r.txt"}]),
    ]
    outcome = verdicts.judge("s", expect("Finance Minister Petra Lund", "contradicted", "person"),
                             {"claims": claims})
    assert outcome.predicted == "contradicted"
    assert outcome.field_found


def test_claims_that_only_touch_the_quote_do_not_match():
    quote = span_of("The harbour in Kystrup stayed closed.")
    before = claim(0, quote[0], verdict="contradicted")
    assert verdicts.match_claim([before], *quote) is None


def test_expectation_without_a_claim_is_predicted_unverified_with_a_note():
    outcome = verdicts.judge("s", expect("The harbour in Kystrup stayed closed.", "confirmed"), {"claims": []})
    assert outcome.predicted == "unverified"
    assert outcome.note == "no claim"
    assert outcome.claim_text is None


def outcome(expected, predicted, field=None, flag=None, conflicts=(), flags=()):
    e = verdicts.Expectation("q", 0, 1, expected, field, flag)
    return verdicts.Outcome("s", e, predicted, "q", (0, 1), tuple(conflicts), tuple(flags))


def test_false_contradictions_and_false_confirmations_are_counted_apart():
    scores = verdicts.score([
        outcome("confirmed", "contradicted"),
        outcome("unverified", "contradicted"),
        outcome("contradicted", "confirmed"),
        outcome("unverified", "confirmed"),
        outcome("unverified", "confirmed"),
        outcome("confirmed", "confirmed"),
    ])
    assert scores.false_contradictions == 2
    assert scores.false_confirmations == 3
    assert scores.accuracy == pytest.approx(1 / 6)


def test_precision_and_recall_per_verdict():
    scores = verdicts.score([
        outcome("contradicted", "contradicted"),
        outcome("contradicted", "unverified"),
        outcome("confirmed", "confirmed"),
        outcome("unverified", "confirmed"),
    ])
    assert scores.recall["contradicted"] == 0.5
    assert scores.precision["contradicted"] == 1.0
    assert scores.precision["confirmed"] == 0.5
    assert scores.recall["unverified"] == 0.0
    assert scores.precision["unverified"] == 0.0
    assert scores.f1["contradicted"] == pytest.approx(2 / 3)
    assert scores.confusion[("unverified", "confirmed")] == 1


def test_precision_of_a_verdict_never_predicted_is_none():
    scores = verdicts.score([outcome("contradicted", "unverified")])
    assert scores.precision["contradicted"] is None
    assert scores.recall["contradicted"] == 0.0


def test_field_accuracy_counts_only_true_contradictions():
    person = {"field": "person", "claim_value": "a", "reference_value": "b", "source": "x", "document": "d"}
    date = dict(person, field="date")
    scores = verdicts.score([
        outcome("contradicted", "contradicted", field="person", conflicts=[date, person]),
        outcome("contradicted", "contradicted", field="weekday", conflicts=[date]),
        outcome("contradicted", "unverified", field="number"),
    ])
    assert (scores.field_hits, scores.field_total) == (1, 2)


def test_flag_recall_looks_at_every_flagged_expectation():
    scores = verdicts.score([
        outcome("contradicted", "contradicted", field="quote", flag="misquote", flags=["misquote"]),
        outcome("contradicted", "unverified", field="quote", flag="misquote"),
        outcome("confirmed", "confirmed", flags=["misquote"]),
    ])
    assert (scores.flag_hits, scores.flag_total) == (1, 2)


def test_a_figure_below_its_floor_is_named():
    scores = verdicts.score([outcome("contradicted", "unverified"), outcome("confirmed", "contradicted")])
    broken = verdicts.broken_floors(scores, {"contradicted_recall": 0.95, "max_false_contradictions": 0,
                                             "accuracy": 0})
    assert any(b.startswith("contradicted_recall 0.000") for b in broken)
    assert any(b.startswith("max_false_contradictions 1") for b in broken)
    assert len(broken) == 2


def test_zero_floors_hold_when_nothing_is_predicted():
    scores = verdicts.score([outcome("contradicted", "unverified")])
    floors = {"accuracy": 0, "contradicted_recall": 0, "contradicted_precision": 0, "confirmed_precision": 0,
              "max_false_contradictions": 0}
    assert verdicts.broken_floors(scores, floors) == []


def test_pinned_floors_name_every_metric_the_scorer_checks():
    floors = json.loads((ROOT / "evaluation" / "verdict_floors.json").read_text())
    assert set(floors) >= {"accuracy", "contradicted_recall", "contradicted_precision", "max_false_contradictions"}
    assert floors["max_false_contradictions"] == 0


def test_report_offsets_counted_after_the_title_are_shifted_back():
    body_start = ARTICLE.index("Finance")
    sentence = "The harbour in Kystrup stayed closed."
    s = ARTICLE.index(sentence) - body_start
    report = {"sentences": [{"index": 0, "text": sentence, "start": s, "end": s + len(sentence)}],
              "claims": [claim(s, s + len(sentence), verdict="contradicted")]}
    assert verdicts.offset_shift(report, ARTICLE) == body_start
    story = verdicts.Story("s", Path("."), Path("a"), Path("b"), "2025-01-01", "", ARTICLE,
                           (expect(sentence, "contradicted"),))
    assert verdicts.judge_story(story, report)[0].predicted == "contradicted"


def write_story(folder, quote="The harbour in Kystrup stayed closed.", path="references/a.txt"):
    (folder / "references").mkdir(parents=True)
    (folder / "references" / "a.txt").write_text("SAMPLE REFERENCE\nHead\n\nBody.\n")
    (folder / "article.txt").write_text(ARTICLE)
    (folder / "meta.json").write_text(json.dumps({"published": "2025-10-20", "title": "Harbour closes"}))
    (folder / "sources.yaml").write_text(
        f"sources:\n  - name: Wire\n    kind: news_agency\n    reliability: 0.9\n"
        f"    documents:\n      - path: {path}\n        published: 2025-10-19\n"
    )
    (folder / "expected.json").write_text(json.dumps([{"quote": quote, "verdict": "confirmed"}]))


def test_a_good_story_loads_with_offsets(tmp_path):
    write_story(tmp_path / "01-harbour")
    story = verdicts.load_story(tmp_path / "01-harbour")
    e = story.expectations[0]
    assert story.text[e.start:e.end] == e.quote
    assert story.published == "2025-10-20"


@pytest.mark.parametrize(
    "kwargs, message",
    [
        ({"quote": "The harbour in Kystrup reopened."}, "is not in article.txt"),
        ({"quote": "Kystrup"}, ""),  # once only: loads
        ({"quote": "e"}, "occurs more than once"),
        ({"path": "references/missing.txt"}, "which does not exist"),
    ],
)
def test_broken_story_data_is_one_sentence(tmp_path, kwargs, message):
    write_story(tmp_path / "01-harbour", **kwargs)
    if not message:
        verdicts.load_story(tmp_path / "01-harbour")
        return
    with pytest.raises(verdicts.DataError, match=message):
        verdicts.load_story(tmp_path / "01-harbour")


def test_main_exits_2_on_broken_data_before_running_the_checker(tmp_path, capsys):
    write_story(tmp_path / "01-harbour", quote="not in the article")
    assert verdicts.main(["--stories", str(tmp_path)]) == 2
    err = capsys.readouterr().err.strip()
    assert "is not in article.txt" in err
    assert len(err.splitlines()) == 1


def test_every_shipped_story_loads():
    folders = verdicts.find_stories()
    stories = [verdicts.load_story(f) for f in folders]
    assert len(stories) >= 8
    counts = {v: sum(1 for s in stories for e in s.expectations if e.verdict == v) for v in verdicts.VERDICTS}
    assert sum(counts.values()) >= 130
    assert counts["contradicted"] >= 30 and counts["confirmed"] >= 50
    fields = {e.field for s in stories for e in s.expectations if e.verdict == "contradicted"}
    assert set(verdicts.FIELDS) <= fields


def test_a_field_on_a_check_that_is_not_contradicted_is_broken_data(tmp_path):
    write_story(tmp_path / "01-harbour")
    (tmp_path / "01-harbour" / "expected.json").write_text(json.dumps(
        [{"quote": "The harbour in Kystrup stayed closed.", "verdict": "confirmed", "field": "place"}]))
    with pytest.raises(verdicts.DataError, match="contradicted checks only"):
        verdicts.load_story(tmp_path / "01-harbour")


def test_a_publication_date_that_is_not_a_date_is_broken_data(tmp_path):
    write_story(tmp_path / "01-harbour")
    (tmp_path / "01-harbour" / "meta.json").write_text(json.dumps({"published": "2025-13-45"}))
    with pytest.raises(verdicts.DataError, match="YYYY-MM-DD"):
        verdicts.load_story(tmp_path / "01-harbour")
