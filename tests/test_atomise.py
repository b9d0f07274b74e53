"""Atomic claims (claims/atomise.py): one checkable statement each, with its attribution."""
from __future__ import annotations

import pytest

from claims.atomise import atomise
from claims.attribute import attribute
from claims.entities import slots
from claims.segment import split_sentences


def claims(text: str):
    """The statements and role claims (a statement's date, place and core parts are tested in test_modifiers)."""
    sentences = split_sentences(text)
    return [c for c in atomise(text, sentences, attribute(text, sentences)) if c.part_of is None]


def by_text(text: str):
    return {c.text: c for c in claims(text)}


def test_every_claim_points_at_its_words():
    text = ("The harbour authority said on Monday that the pier would reopen in May. "
            "Ferries will run twice a day, according to the operator.")
    for c in claims(text):
        words = text[c.start:c.end].replace('"', "").lower()
        assert words in c.text.replace('"', "").lower() or c.kind == "role"


ATTRIBUTED = [
    ("content_after_the_cue", "The harbour authority said on Monday that the pier would reopen in May.",
     "The pier would reopen in May", "harbour authority"),
    ("content_before_the_source", "Two cranes collapsed overnight, according to the port operator.",
     "Two cranes collapsed overnight", "port operator"),
    ("quote_with_a_postposed_cue", '"We lost the bridge on the river," the mayor said.',
     "We lost the bridge on the river", "mayor"),
]


@pytest.mark.parametrize("name,text,claim,label", ATTRIBUTED, ids=[a[0] for a in ATTRIBUTED])
def test_a_claim_inside_a_content_carries_its_source(name, text, claim, label):
    found = by_text(text)
    assert claim in found, list(found)
    assert found[claim].attribution.label == label


def test_a_sentence_in_the_articles_own_voice_is_unattributed():
    found = claims("The bridge was built in 1904 and carries the main road.")
    assert found and all(c.attribution.kind == "unattributed" for c in found)


def test_framing_words_are_not_part_of_the_claim():
    found = claims("It is worth mentioning that the two towns have shared a border since 1921.")
    assert [c.text for c in found] == ["The two towns have shared a border since 1921"]
    assert found[0].attribution.kind == "unattributed"


def test_source_and_cue_words_make_no_claim_of_their_own():
    found = claims("A diplomatic source in Veska said that talks had begun in Geneva on Friday.")
    assert [c.text for c in found] == ["Talks had begun in Geneva on Friday"]


def test_clause_joints_split_a_sentence_into_atomic_claims():
    found = [c.text for c in claims(
        "The minister visited the port on Friday, where the two countries signed an agreement to export gas.")]
    assert len(found) == 2
    assert found[1].startswith("The two countries signed")


def test_a_person_named_in_a_role_yields_a_role_claim():
    found = [c for c in claims("Syrian President Ahmed Al-Sharaa visited Baku on Saturday.") if c.kind == "role"]
    assert [c.text for c in found] == ["Ahmed Al-Sharaa is Syria's President"]
    assert found[0].attribution.kind == "unattributed"


def test_a_claim_inside_a_quote_over_two_sentences_keeps_the_speaker():
    found = claims('"The dam is safe. Nobody needs to leave," the engineer said.')
    assert {c.attribution.label for c in found} == {"engineer"}


def test_the_place_of_a_frame_is_a_claim_of_its_own():
    text = "Governor Ilse Varga told a news conference in Kessel that the reservoir was full."
    found = claims(text)
    (setting,) = [c for c in found if "Kessel" in c.text]
    assert setting.attribution.kind == "unattributed"
    assert text[setting.start:setting.end] == "a news conference in Kessel"
    assert "The reservoir was full" in [c.text for c in found]
    # what the rule must not do: a frame with no place makes no claim of its own
    bare = [c.text for c in claims("Governor Ilse Varga told a news conference that the reservoir was full.")
            if c.kind != "role"]
    assert bare == ["The reservoir was full"]


@pytest.mark.parametrize("text,setting", [
    ("He told employees at a meeting in Hamburg on Tuesday that the plant would close.",
     "employees at a meeting in Hamburg"),
    ("The Environment Agency said in a letter to the council in January that the dam was safe.", None),
    ("The state Budget Office said in a memo to agency heads that, if no budget is signed, parks would close.", None),
])
def test_a_long_frame_is_no_claim_of_its_own_but_keeps_its_place(text, setting):
    # a frame of any length ("said in a letter to the council in January that") is how the source spoke, not a
    # statement; only where it names a place (not a month: "in January") is that place a claim
    own = [c for c in claims(text) if c.attribution.kind == "unattributed" and c.kind == "statement"]
    assert [text[c.start:c.end] for c in own] == ([setting] if setting else [])
    assert not any(c.text.endswith(("that", "that,")) for c in claims(text))


def test_an_office_in_apposition_before_a_title_is_a_role_claim_of_its_own():
    from claims.people import find_people
    text = "The head of the Border Police Department, Deputy Inspector General Ruwan Perera, said the tunnel was found."
    roles = {p.role for p in find_people(text)}
    assert roles == {"Head of Border Police Department", "Deputy Inspector General"}


def test_a_title_before_another_name_in_an_apposition_is_that_persons_role_not_the_first():
    text = '"She owned that stage," said Colin Aberdeen, Governor Lydia Marquand\'s campaign manager.'
    roles = [c.text for c in claims(text) if c.kind == "role"]
    assert "Colin Aberdeen is Governor" not in roles and "Lydia Marquand is Governor" in roles
    text = "The thieves were inside for seven minutes, said Joao Magalhaes, a spokesman for Portugal's Judicial Police."
    assert not any(c.text.startswith("Judicial is") for c in claims(text))  # (the body after a country's is no one)


def test_an_abbreviated_title_is_nobodys_name():
    text = "The union's president, Sgt. Ray Kowalczyk, told the paper that officers were leaving."
    assert not any(c.text.startswith("Sgt is") for c in claims(text))


@pytest.mark.parametrize("text,role", [
    ("Economy Minister Milan Kostić said the state had kept every promise.", "Milan Kostić is Economy Minister"),
    ("Health Secretary Dr. Kila Vagi said the shipment had landed.", "Kila Vagi is Health Secretary"),
    ("Labor Secretary Teodoro C. Macaraeg Jr. said the board had weighed prices.",
     "Teodoro C. Macaraeg is Labor Secretary"),
])
def test_a_titled_name_with_a_city_for_a_given_name_a_bare_secretary_or_a_middle_initial_is_one_role_claim(text, role):
    assert [c.text for c in claims(text) if c.kind == "role"] == [role]


def test_a_city_before_an_airport_is_no_one():
    assert not [c for c in claims("Flights from Milan Linate were cancelled on Monday.") if c.kind == "role"]


@pytest.mark.parametrize("text,role", [
    ("The director of the Institute of Astronomy, Dr. Héctor Aguilar Salas, presented the first image.",
     "Héctor Aguilar Salas is Director of Institute of Astronomy"),
    ("The operation is led by the navy's commander, Vice Admiral Rafael Objío.", "Rafael Objío is Navy Commander"),
])
def test_a_body_named_with_of_and_a_rank_between_title_and_name_still_give_the_role(text, role):
    assert role in [c.text for c in claims(text) if c.kind == "role"]


def test_an_undersecretary_is_a_title():
    from claims.people import find_people
    people = find_people("said Rodrigo Pacheco Lira, Secihti's undersecretary of science.")
    assert people and people[0].role and "Undersecretary" in people[0].role


@pytest.mark.parametrize("text,words,role", [
    ("Provincial police chief Jan Malek led the search.", "Provincial police chief Jan Malek", "Jan Malek is Police Chief"),
    ("On Monday Foreign Minister Lena Varga met the envoy.", "Foreign Minister Lena Varga",
     "Lena Varga is Foreign Minister"),
    ("A Corrigan spokeswoman, Ellen Marsh, declined to comment.", "A Corrigan spokeswoman, Ellen Marsh",
     "Ellen Marsh is Corrigan Spokesperson"),
])
def test_a_role_claim_spans_the_title_as_written_and_names_no_day_or_article(text, words, role):
    (found,) = [c for c in claims(text) if c.kind == "role"]
    assert (text[found.start:found.end], found.text) == (words, role)


def test_a_claim_after_a_speakers_colon_does_not_repeat_the_speaker():
    text = ("Q: Why close the schools?\n\nHalvorsen: We had the draft study in November. Enrollment is down 18 "
            "percent since 2019.\n\nQ: And now?\n\nHalvorsen: We are heating buildings that are half empty.")
    texts = [c.text for c in claims(text) if c.attribution.cue == ":"]
    assert "We had the draft study in November" in texts
    assert "Enrollment is down 18 percent since 2019" in texts
    assert not [t for t in texts if t.startswith("Halvorsen")]


@pytest.mark.parametrize("text,first,second", [
    ("It raises base pay by 7 percent, and each worker will also receive a one-off bonus of 1.8 million pesos.",
     "It raises base pay by 7 percent", "Each worker will also receive a one-off bonus of 1.8 million pesos"),
    ("More than 2,800 people have been evacuated, and 17 villages in the west of the island now stand empty.",
     "More than 2,800 people have been evacuated", "17 villages in the west of the island now stand empty"),
    ("Mount Rovuli erupted late on Thursday, sending an ash column about nine kilometres high.",
     "Mount Rovuli erupted late on Thursday", "Sending an ash column about nine kilometres high"),
])
def test_a_second_clause_that_can_be_wrong_on_its_own_is_its_own_claim(text, first, second):
    assert [c.text for c in claims(text)] == [first, second]


def test_a_connective_left_at_a_claims_end_is_trimmed():
    text = ("Tallmadge's operating profit fell 18% in the quarter, the company disclosed in a filing last month, and "
            "the chain's lenders have been pressing for tighter covenants, according to two bankers.")
    assert not [c.text for c in claims(text) if c.text.endswith((" and", ","))]


def test_a_clause_after_while_that_opens_with_an_approximate_number_is_a_claim_of_its_own():
    found = [c.text for c in claims("The fire destroyed 46 homes, while roughly 120 others were damaged.")]
    assert found == ["The fire destroyed 46 homes", "Roughly 120 others were damaged"]


def test_a_short_clause_cut_from_its_sentence_is_kept():
    found = [c.text for c in claims("The storm killed three, and about 40 people were hurt.")]
    assert found == ["The storm killed three", "About 40 people were hurt"]


@pytest.mark.parametrize("text,span,claim", [
    ("Prosecutors said on Wednesday that they would also appeal.", "on Wednesday",
     "Prosecutors said on Wednesday that they would also appeal"),
    ("The ministry said Tuesday that 40 people had died in the floods.", "Tuesday",
     "The ministry said Tuesday that 40 people had died in the floods"),
    ("The harbour authority said late on Monday that the pier would reopen in May.", "late on Monday",
     "The harbour authority said late on Monday that the pier would reopen in May"),
    ('The port\'s director told AFP on Friday: "We will rebuild the pier within a year."', "on Friday",
     'The port\'s director told AFP on Friday: "We will rebuild the pier within a year"'),
    # the day closes a longer frame: after the place, the listeners or the medium
    ("The ministry said in a statement on its website on Tuesday that the bridge would reopen.", "on Tuesday",
     "The ministry said in a statement on its website on Tuesday that the bridge would reopen"),
    ("The harbour master told reporters on Monday evening that the pier would reopen.", "on Monday",
     "The harbour master told reporters on Monday evening that the pier would reopen"),
    ("The ministry said on Sunday that, if no deal is reached, the pier would close.", "on Sunday",
     "The ministry said on Sunday that, if no deal is reached, the pier would close"),
])
def test_the_day_a_source_spoke_is_a_claim_in_the_articles_own_voice(text, span, claim):
    # "Prosecutors said on Wednesday": reports may date the statement Tuesday; the content keeps its own claim
    found = claims(text)
    spoke = [c for c in found if text[c.start:c.end] == span]
    assert [(c.text, c.kind, c.part_of) for c in spoke] == [(claim, "date", None)]
    assert spoke[0].attribution.kind == "unattributed"
    assert slots(spoke[0].text, "2026-10-22").dates[0].weekday == span.split()[-1]
    content = [c for c in found if c is not spoke[0]]
    assert content and all(c.attribution.kind != "unattributed" for c in content)


@pytest.mark.parametrize("text", [
    "A diplomatic source in Veska said that talks had begun in Geneva on Friday.",  # the day is the content's
    "The mayor, who spoke on Monday, said the pier would reopen.",  # no frame of a that-clause
])
def test_no_day_of_speaking_is_made_where_the_frame_names_none(text):
    assert all(c.attribution.kind != "unattributed" or "said on" not in c.text for c in claims(text))
