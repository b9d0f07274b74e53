"""What an article gets wrong without any reference: its calendar and its own names and titles."""
from __future__ import annotations

import datetime as dt

from claims.people import find_people
from claims.lexicon.roles import VAGUE_ROLES
from claims.names import name_parts, same_person

from .offices import same_office


def calendar_conflicts(claim_slots) -> list[dict]:
    """A weekday that does not fall on the date given with it ("Tuesday, July 24" in 2025): wrong without any reference."""
    out = []
    for d in claim_slots.dates:
        if d.weekday and d.iso and len(d.iso) == 10 and d.precision == "day":
            actual = dt.date.fromisoformat(d.iso).strftime("%A")
            if actual != d.weekday:
                out.append({"field": "weekday", "claim_value": d.weekday, "reference_value": actual,
                            "source": "calendar", "document": f"{d.iso} is a {actual}", "published": None})
    return out


def article_inconsistencies(text: str, sentences) -> dict[int, list[dict]]:
    """The same person written two ways, or given two offices, within the article itself.

    Returns conflicts per sentence index, for the claims of the later mention: no
    reference is needed to see that an article disagrees with itself.
    """
    seen: list[tuple[int, object]] = []
    found: dict[int, list[dict]] = {}
    for sentence in sentences:
        for person in find_people(sentence.text, sentence.start):
            for index, earlier in seen:
                if not same_person(earlier.name, person.name) or index == sentence.index:
                    continue
                full = len(name_parts(earlier.name)) > 1 and len(name_parts(person.name)) > 1
                if full and name_parts(earlier.name) != name_parts(person.name):
                    found.setdefault(sentence.index, []).append(
                        {"field": "name", "claim_value": person.name, "reference_value": earlier.name,
                         "source": "this article", "document": f"sentence {index}", "published": None})
                if person.role and earlier.role and not same_office(person.role, earlier.role) \
                        and person.role not in VAGUE_ROLES and earlier.role not in VAGUE_ROLES:
                    found.setdefault(sentence.index, []).append(
                        {"field": "role", "claim_value": person.role, "reference_value": earlier.role,
                         "source": "this article", "document": f"sentence {index}", "published": None})
            seen.append((sentence.index, person))
    return found
