"""Sentence splitting (claims/segment.py): the hard cases of news text, as a regression table."""
from __future__ import annotations

import pytest

from claims.segment import split_sentences

CASES = [
    # (name, text, expected sentences)
    ("plain_full_stops", "The dam held. Water fell.", ["The dam held.", "Water fell."]),
    ("time_before_a_weekday", "The talks start at 9 a.m. Tuesday in Geneva.", ["The talks start at 9 a.m. Tuesday in Geneva."]),
    ("time_ending_a_sentence", "The talks started at 9 a.m. The envoys left at noon.",
     ["The talks started at 9 a.m.", "The envoys left at noon."]),
    ("time_before_any_capitalised_opener", "The fire broke out shortly after 6 a.m. Capital residents stayed inside.",
     ["The fire broke out shortly after 6 a.m.", "Capital residents stayed inside."]),
    ("time_before_a_time_zone", "It ended at 9 p.m. GMT on Sunday.", ["It ended at 9 p.m. GMT on Sunday."]),
    ("us_before_a_noun", "The U.S. envoy arrived on Monday.", ["The U.S. envoy arrived on Monday."]),
    ("initials", "J. R. Holt wrote the report.", ["J. R. Holt wrote the report."]),
    ("titles", "Dr. Lina Vos and Mr. Ahn met Gen. Park.", ["Dr. Lina Vos and Mr. Ahn met Gen. Park."]),
    ("month_abbreviation", "It opened on Jan. 5, 2024, in Oslo.", ["It opened on Jan. 5, 2024, in Oslo."]),
    ("quote_closing_after_the_stop", '"We are ready." The minister left.', ['"We are ready."', "The minister left."]),
    ("question_inside_quote_then_cue", '"Why now?" she asked.', ['"Why now?" she asked.']),
    ("paragraph_break_ends_a_sentence", "A headline without a stop\n\nThe body starts here.",
     ["A headline without a stop", "The body starts here."]),
    ("number_after_no", "It was listed as No. 4 in the ranking.", ["It was listed as No. 4 in the ranking."]),
    ("a_vote_no_ends_its_sentence", "Greer voted no. A nurse said the cuts were fair.",
     ["Greer voted no.", "A nurse said the cuts were fair."]),
    ("number_code_after_no", "The board approved Wage Order No. NCR-27 on Monday.",
     ["The board approved Wage Order No. NCR-27 on Monday."]),
]


@pytest.mark.parametrize("name,text,expected", CASES, ids=[c[0] for c in CASES])
def test_hard_cases_split_where_a_reader_would(name, text, expected):
    assert [s.text for s in split_sentences(text)] == expected


def test_offsets_point_at_the_sentence_text():
    text = "  First one here.  Second one there.\n\nThird."
    for s in split_sentences(text):
        assert text[s.start:s.end] == s.text


def test_splitting_a_long_article_stays_linear():
    """The token before each full stop is found locally, not by searching from the start."""
    import time

    text = "The river rose. " * 4000
    start = time.process_time()
    sentences = split_sentences(text)
    assert len(sentences) == 4000
    assert time.process_time() - start < 1.0


@pytest.mark.parametrize("stamp", ["15:45 - ", "16.10 – ", "09:30 GMT - "])
def test_a_live_blogs_time_stamp_is_not_part_of_its_sentence(stamp):
    text = f"Storm Kaja live\n\n{stamp}Ferries to the islands have been cancelled.\n\nThe coast road is closed."
    sentences = split_sentences(text)
    assert [s.text for s in sentences] == ["Storm Kaja live", "Ferries to the islands have been cancelled.",
                                           "The coast road is closed."]
    for s in sentences:
        assert text[s.start:s.end] == s.text


def test_a_clock_time_opening_a_sentence_without_a_dash_is_kept():
    text = "Storm Kaja live\n\n15:45 was when the last ferry left."
    assert [s.text for s in split_sentences(text)][-1] == "15:45 was when the last ferry left."


def test_a_company_abbreviation_ends_a_sentence_only_before_a_sentence_opener():
    text = ("The bonds were to pay for the buyout of Tallmadge Stores Inc. The firm has found buyers for less than half. "
            "Crandall Paper Co. said it would fight the bid.")
    assert [s.text for s in split_sentences(text)] == [
        "The bonds were to pay for the buyout of Tallmadge Stores Inc.", "The firm has found buyers for less than half.",
        "Crandall Paper Co. said it would fight the bid."]
