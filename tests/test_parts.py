"""A statement's parts are judged on its evidence: each is wrong or right on its own words (``checker.parts``)."""
import json

import pytest

from checker.decide import Piece
from checker.parts import dates_a_saying, part_pieces, states
from conftest import run_checker

ARTICLE = """Rabies campaign begins

MALIANA, Timor-Leste, September 16, 2026 - The government will vaccinate 40,000 dogs in four municipalities over six weeks.

The boy died on Friday at Guido Valadares National Hospital in Dili.

The agriculture ministry said on Wednesday that 1,200 volunteers had signed up for the campaign.

Health officials said on Monday that 60 dogs had tested positive for rabies this year.
"""

REFERENCE = """SAMPLE REFERENCE (written for the tests)
Timor-Leste starts dog vaccination

DILI, Sept 15 - The government will vaccinate 40,000 dogs in two municipalities, Bobonaro and Cova Lima, over six weeks, the agriculture ministry said.

A nine-year-old boy died on Friday at Guido Valadares National Hospital in Dili, the health ministry said.

The agriculture ministry said on Tuesday that 1,200 volunteers had signed up for the campaign.

Health officials said on Monday that 80 dogs had tested positive for rabies this year.
"""


@pytest.fixture(scope="module")
def report(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("parts")
    (tmp / "refs").mkdir()
    (tmp / "refs" / "wire.txt").write_text(REFERENCE)
    (tmp / "refs" / "paper.txt").write_text(REFERENCE.replace("the agriculture ministry said", "officials said"))
    (tmp / "sources.yaml").write_text(
        "sources:\n"
        "  - name: Pacific Wire\n    kind: news_agency\n    reliability: 0.9\n"
        "    documents:\n      - path: refs/wire.txt\n        published: 2026-09-15\n"
        "  - name: Timor Herald\n    kind: newspaper\n    reliability: 0.85\n"
        "    documents:\n      - path: refs/paper.txt\n        published: 2026-09-15\n")
    (tmp / "article.txt").write_text(ARTICLE)
    result = run_checker("check", tmp / "article.txt", "--sources", tmp / "sources.yaml", "--offline",
                         "--date", "2026-09-16", "--db", tmp / "s.db", "--out", tmp / "reports", "--json", tmp / "r.json")
    assert result.returncode in (0, 1), result.stderr.decode()
    data = json.loads((tmp / "r.json").read_text())
    data["_html"] = (tmp / "reports" / "article.html").read_text()
    return data


def by_words(report, words):
    text = report["article"]["text"]
    found = [c for c in report["claims"] if text[c["span"][0]:c["span"][1]] == words]
    assert len(found) == 1, f"no single claim on {words!r}"
    return found[0]


def test_a_wrong_place_contradicts_its_part_and_the_statement_but_not_the_core(report):
    whole = by_words(report, "The government will vaccinate 40,000 dogs in four municipalities over six weeks")
    place = by_words(report, "in four municipalities")
    core = by_words(report, "The government will vaccinate 40,000 dogs")
    weeks = by_words(report, "over six weeks")
    assert whole["verdict"] == "contradicted"
    assert place["verdict"] == "contradicted" and place["kind"] == "place" and place["part_of"] == whole["id"]
    assert {(c["claim_value"], c["reference_value"]) for c in place["conflicts"]} == \
        {("four municipalities", "two municipalities")}
    assert core["verdict"] == "confirmed" and core["kind"] == "core" and not core["conflicts"]
    assert weeks["verdict"] == "confirmed" and weeks["kind"] == "date" and not weeks["conflicts"]


def test_a_modifier_the_reports_state_is_confirmed(report):
    assert by_words(report, "on Friday")["verdict"] == "confirmed"
    assert by_words(report, "at Guido Valadares National Hospital in Dili")["verdict"] == "confirmed"


def test_the_html_card_of_a_part_links_to_its_statement(report):
    html = report["_html"]
    assert "place of <a href=\"#claim-" in html
    assert "core of <a href=\"#claim-" in html


def test_the_day_a_source_spoke_is_judged_on_the_day_alone(report):
    # "said on Wednesday that ...": the reports date the statement Tuesday; what was said is right
    day = by_words(report, "on Wednesday")
    assert day["kind"] == "date" and day["part_of"] is None and day["attribution"]["kind"] == "unattributed"
    assert day["verdict"] == "contradicted"
    assert {(c["field"], c["claim_value"], c["reference_value"]) for c in day["conflicts"]} == \
        {("weekday", "Wednesday", "Tuesday")}
    said = by_words(report, "1,200 volunteers had signed up for the campaign")
    assert said["verdict"] == "confirmed" and said["attribution"]["label"] == "agriculture ministry"
    # the right day, the wrong figure: the figure is what was said, not the day
    right_day = by_words(report, "on Monday")
    assert right_day["verdict"] == "confirmed" and not right_day["conflicts"]
    assert by_words(report, "60 dogs had tested positive for rabies this year")["verdict"] == "contradicted"


@pytest.mark.parametrize("reference,day,dated", [
    ("Prosecutors from the Special Prosecution Office, who had sought 9 years, said on Tuesday they would appeal.",
     "Tuesday", True),
    ("The ministry on Tuesday announced that the border would reopen.", "Tuesday", True),
    # another act in the same story: the federal office approved on Monday what the canton announced on Wednesday
    ("The Federal Office for the Environment on Monday approved the request of the canton to cull the pack.",
     "Monday", False),
    ("The pack killed 38 sheep on Monday, the canton said in a statement issued three days later.", "Monday", False),
])
def test_a_report_contradicts_the_day_of_a_saying_only_by_dating_a_saying(reference, day, dated):
    assert dates_a_saying(reference, day) is dated


def _piece(text, stance, conflicts=()):
    return Piece(source="Wire", document="d", text=text, score=90.0, stance=stance, reliability=0.9, origin="Wire",
                 conflicts=tuple(conflicts))


def test_a_report_that_does_not_state_a_modifier_is_only_related_to_it():
    import claims
    article = "Health workers have recorded almost 1,500 dog bites in Bobonaro since June.\n"
    analysis = claims.analyse(article, "2026-09-16")
    place = next(c for c in analysis.claims if c.kind == "place")
    date = next(c for c in analysis.claims if c.kind == "date")
    pieces = [_piece("Health workers have recorded 1,486 dog bites since June.", "supports")]
    whole = next(c for c in analysis.claims if c.id == place.part_of)
    assert part_pieces(article, place, whole, [place, date], pieces)[0].stance == "related"
    assert part_pieces(article, date, whole, [place, date], pieces)[0].stance == "supports"


def test_a_clash_on_a_weekday_the_article_does_not_write_belongs_to_the_date_modifier():
    import claims
    from checker.conflict import Conflict
    article = "The two officials met in Baku on July 12 and agreed to meet again.\n"
    analysis = claims.analyse(article, "2025-07-12")
    date = next(c for c in analysis.claims if c.kind == "date")
    place = next(c for c in analysis.claims if c.kind == "place")
    whole = next(c for c in analysis.claims if c.id == date.part_of)
    # the weekday a report gives, against the weekday the article's date falls on
    pieces = [_piece("The two officials met in Baku on Sunday.", "contradicts", [Conflict("weekday", "Saturday", "Sunday")])]
    assert part_pieces(article, date, whole, [place, date], pieces)[0].stance == "contradicts"
    assert part_pieces(article, place, whole, [place, date], pieces)[0].stance == "supports"


@pytest.mark.parametrize("reference,words,stated", [
    ("The campaign began on Monday 14 September.", "on Monday", True),
    ("The campaign began on 14 September.", "on Monday", False),
    ("The first human case was confirmed on 13 July.", "on July 13", True),
    ("Teams will work in Bobonaro and Cova Lima.", "in neighbouring Cova Lima", True),
    ("The boy died at the Maliana Referral Hospital.", "at Guido Valadares National Hospital in Dili", False),
    ("The vaccination will take six weeks.", "over six weeks", True),
    ("The vaccination will take 6 weeks.", "over six weeks", True),
    ("Bite victims arrive in Dili every day.", "in four municipalities", False),
])
def test_a_report_states_a_modifier_when_it_has_its_date_figure_or_place(reference, words, stated):
    assert states(reference, words) is stated
