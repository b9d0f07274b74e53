"""A statement's date and place modifiers, and its core, are claims of their own (``claims.modifiers``)."""
import pytest

import claims


def parts_of(text, published="2026-09-16", words=None):
    analysis = claims.analyse(text, published)
    statements = [c for c in analysis.claims if c.kind == "statement" and (words is None or words in c.text)]
    assert statements, f"no statement with {words!r}"
    whole = statements[0]
    return whole, {c.kind + ":" + text[c.start:c.end]: c for c in analysis.claims if c.part_of == whole.id}


def test_a_place_and_a_length_of_time_are_parts_and_what_comes_before_them_is_the_core():
    text = "The campaign aims to vaccinate 40,000 dogs in four municipalities over six weeks.\n"
    whole, parts = parts_of(text)
    # ("The campaign aims to" is who intends it: the claims point at the words after it)
    assert set(parts) == {"place:in four municipalities", "date:over six weeks", "core:vaccinate 40,000 dogs"}
    assert parts["place:in four municipalities"].text == "The campaign aims to vaccinate 40,000 dogs in four municipalities"
    assert parts["date:over six weeks"].text == "The campaign aims to vaccinate 40,000 dogs over six weeks"
    assert parts["core:vaccinate 40,000 dogs"].text == "The campaign aims to vaccinate 40,000 dogs"
    assert all(p.part_of == whole.id and p.id.startswith(whole.id + "-") for p in parts.values())


def test_each_modifier_claim_leaves_the_other_modifiers_out():
    text = "The boy died on Friday at Guido Valadares National Hospital in Dili.\n"
    _, parts = parts_of(text)
    assert parts["date:on Friday"].text == "The boy died on Friday"
    assert parts["place:at Guido Valadares National Hospital in Dili"].text == \
        "The boy died at Guido Valadares National Hospital in Dili"
    assert not any(k.startswith("core:") for k in parts)  # "The boy died" holds nothing a report could dispute


def test_a_modifier_keeps_the_statements_source():
    text = "Twelve people died in Kymi on Tuesday, the regional fire service said.\n"
    whole, parts = parts_of(text, words="Kymi")
    assert whole.attribution.kind != "unattributed"
    assert parts and all(p.attribution == whole.attribution for p in parts.values())
    assert {"place:in Kymi", "date:on Tuesday"} <= set(parts)


@pytest.mark.parametrize("text,absent", [
    # a quotation is checked word for word as a whole
    ('"We met the delegation in Baku on Saturday and agreed on a plan," the minister said.\n', "in Baku"),
    # a date that opens the statement or owns a noun is its subject
    ("Monday's meeting between the two delegations in Baku lasted four hours.\n", "Monday"),
    # the dateline's date is the filing date
    ("MALIANA, Timor-Leste, September 16, 2026 - Timor-Leste began vaccinating dogs against rabies on Monday.\n",
     "September 16, 2026"),
])
def test_no_part_where_the_words_are_no_modifier(text, absent):
    analysis = claims.analyse(text, "2026-09-16")
    assert not any(c.part_of and absent in text[c.start:c.end] for c in analysis.claims)


def test_a_dateline_with_a_hyphenated_country_is_not_part_of_the_first_claim():
    text = "MALIANA, Timor-Leste, September 16, 2026 - Timor-Leste began vaccinating dogs against rabies on Monday.\n"
    analysis = claims.analyse(text, "2026-09-16")
    first = analysis.claims[0]
    assert text[first.start:].startswith("Timor-Leste began")
    assert any(c.kind == "date" and text[c.start:c.end] == "on Monday" for c in analysis.claims)


def test_a_short_statement_or_a_setting_without_a_verb_has_no_parts():
    analysis = claims.analyse("Talks resumed in Baku.\n\nIn the market in Maliana on Tuesday, traders were calm.\n")
    assert not any(c.part_of for c in analysis.claims)


def test_a_place_in_apposition_belongs_to_its_modifier_and_no_comma_is_left_where_a_part_was_cut():
    text = "Two senior officials met on Saturday, July 12, in the Azerbaijani capital, Baku.\n"
    _, parts = parts_of(text, published="2025-07-12")
    assert parts["place:in the Azerbaijani capital, Baku"].text == \
        "Two senior officials met in the Azerbaijani capital, Baku"
    assert parts["date:on Saturday, July 12"].text == "Two senior officials met on Saturday, July 12"


def test_a_place_runs_over_the_nouns_after_its_name_and_a_clause_keeps_its_comma():
    text = "Dockworkers at the Caliche port terminal in Antofagasta went back to work on Wednesday evening, ending a strike.\n"
    _, parts = parts_of(text)
    assert set(parts) == {"place:at the Caliche port terminal in Antofagasta", "date:on Wednesday evening"}
    assert parts["place:at the Caliche port terminal in Antofagasta"].text == \
        "Dockworkers at the Caliche port terminal in Antofagasta went back to work, ending a strike"


def test_one_length_of_time_in_two_units_and_a_persons_home_state_is_no_place():
    text = ("Senator Roland Keever held the Senate floor for 19 hours and 12 minutes and into Tuesday morning, "
            "the newspaper in Keever's state reported.\n")
    analysis = claims.analyse(text, "2026-03-03")
    spans = {c.kind + ":" + text[c.start:c.end] for c in analysis.claims if c.part_of}
    assert {"date:for 19 hours and 12 minutes", "date:into Tuesday morning"} <= spans
    assert not any("Keever's" in s for s in spans)
