"""A pronoun looks back at the subjects of the sentences before it for one person named by role only.

``Coreference._mentions(pos, by_trade=True)`` reads an earlier sentence's subject and classifies it
only when its head is one person by what they do ("the mayor", "a local engineer"); these tests pin
what that look-back finds, so that skipping the other subjects cannot change an answer.
"""
from __future__ import annotations

import pytest

from claims import analyse

HEADLINE = "Bridge reopens\n\n"
SAYS = "She said the bridge would reopen on Friday."


@pytest.mark.parametrize(
    ("between", "label"),
    [
        # a body in between is no person: the mayor is still the latest one named by role
        ("The mayor of Kessel spoke to reporters on Monday about the flood. The city council met later that day.",
         "mayor of Kessel"),
        # a plural subject in between is not "she": the mayor, not the engineers
        ("The mayor of Kessel spoke to reporters on Monday about the flood. Two engineers inspected the bridge "
         "later that day.", "mayor of Kessel"),
        # one person by trade, two sentences back, with a sentence without anyone in between
        ("A local engineer inspected the bridge on Monday. The river rose by two metres overnight.",
         "local engineer"),
    ],
)
def test_pronoun_finds_the_latest_person_named_by_role_only(between, label):
    text = f"{HEADLINE}{between} {SAYS}"
    (relation,) = analyse(text, "2025-07-12").relations
    assert text[relation.content[0]:relation.content[1]] == "the bridge would reopen on Friday"
    assert relation.attribution.label == label
    assert relation.attribution.kind == "anonymous_source"


def test_pronoun_prefers_a_named_person_named_after_the_role():
    text = (f"{HEADLINE}The mayor of Kessel spoke to reporters on Monday. Engineer Ilse Marek inspected the bridge "
            f"later that day. {SAYS}")
    relation = analyse(text, "2025-07-12").relations[-1]
    assert relation.attribution.kind == "named_person"
    assert "Marek" in relation.attribution.label
