"""Places named as locations: gazetteer places by their canonical names, other capitalised names after "in", "near" ...

Apart from people because a place is read from a preposition before it, not from titles
around it; of the people scan it borrows only the words that are never names (``_NOT_NAME``).
"""
from __future__ import annotations

import re

from .alternation import alternation
from .lexicon.calendar import MONTHS
from .lexicon.roles import COUNTRIES, PLACES
from .people import _NOT_NAME
from .textscan import UPPER, _COUNTRY_OF, _alt, lowered


_PLACE_ALT = _alt(list(PLACES) + [c.lower() for c in COUNTRIES])
_PLACE_RE = re.compile(rf"\b(?:in|at|to|from|near|into|left|leaving|departed|departing)\s+(?:the\s+)?(?:\w+\s+capital,?\s+)?({_PLACE_ALT})\b", re.IGNORECASE)
_PLACE_LOW = re.compile(_PLACE_RE.pattern)  # for lower-cased text (see ``lowered``)


_LOCAL_RE = re.compile(
    r"\b" + alternation(("inside", "into", "in", "at", "towards", "toward", "to", "from", "near", "off", "outside", "between",
                         "linking", "connecting", "left", "leaving", "departed", "departing", "around", "through",
                         "bound for", "headed for")) + r"\s+(?:the\s+)?(?:(?:\w+\s+){0,2}(?:city|town|village|capital|port|region|province|"
    r"district|area|hamlet|department|county|municipality|island|islands|atoll|peninsula|state|valley|suburb|"
    r"neighbourhood|neighborhood|borough|governorate|prefecture|oblast|commune|parish)\s+of\s+)?"
    rf"((?:[{UPPER}][\w'’-]+)(?:\s+(?:[{UPPER}][\w'’-]+|al-[{UPPER}][\w'’-]+)){{0,2}})(?:\s+(?:area|region|district))?")


_BETWEEN_RE = re.compile(rf"\b(?:between|link|links|linked|linking|connect|connects|connected|connecting)\s+[{UPPER}][\w'’-]+(?:\s+(?:al-)?[{UPPER}][\w'’-]+)?\s+"
                         rf"(?:and|with)\s+(?:the\s+(?:city|town|village|hamlet|port)\s+of\s+)?"
                         rf"([{UPPER}][\w'’-]+(?:\s+(?:al-)?[{UPPER}][\w'’-]+)?)")


#: "on the western outskirts of Guayaquil", "a suburb of Lima": a place by its edge.
_OUTSKIRTS_RE = re.compile(rf"\b(?:outskirts|edge|fringes?|suburbs?)\s+of\s+(?:the\s+)?"
                           rf"((?:[{UPPER}][\w'’-]+)(?:\s+[{UPPER}][\w'’-]+){{0,2}})")


def find_places(text: str) -> tuple[str, ...]:
    """Places named as locations ("in Baku", "to Lebanon", "in the city of Arequipa"), canonical names, in order.

    Gazetteer places keep their canonical spelling (Nay Pyi Taw -> Naypyidaw); other
    capitalised names after a locative preposition count as places too, unless they are
    words that are never places (months, weekdays, titles, people's titles).
    """
    return _find_places(text, lowered(text))


def _find_places(text: str, low: str | None) -> tuple[str, ...]:
    """``find_places`` with ``low = lowered(text)`` at hand."""
    found: list[str] = []
    for m in _PLACE_LOW.finditer(low) if low is not None else _PLACE_RE.finditer(text):
        word = m.group(1).lower()
        place = PLACES.get(word) or next((c for c in COUNTRIES if c.lower() == word), None)
        if place and place not in found:
            found.append(place)
    spans = [(m.group(1), m) for m in _LOCAL_RE.finditer(text)]
    if "between" in text or "link" in text or "connect" in text:  # one of them starts every match
        spans += [(m.group(1), m) for m in _BETWEEN_RE.finditer(text)]
    if "skirts" in text or "edge of" in text or "suburb" in text:
        spans += [(m.group(1), m) for m in _OUTSKIRTS_RE.finditer(text)]
    for name, m in spans:
        if name.endswith(("'s", "’s")):
            continue  # "flown to JAXA's campus": an owner, not a place
        low = name.lower()
        if low in _COUNTRY_OF and m.group().startswith("off"):
            continue  # "in deep water off Suriname": somewhere at sea, not a place in the country
        if low in PLACES or low in _COUNTRY_OF:
            place = PLACES.get(low) or _COUNTRY_OF.get(low)
            if place == "United States" and name == "us":
                continue
        else:
            words = [w for w in low.split() if w not in _NOT_NAME and w not in _COUNTRY_OF and w not in MONTHS]
            if len(words) != len(low.split()) or not words:
                continue  # "in May 1998" is a date, though "May" may be a name
            place = name
        if place not in found:
            found.append(place)
    return tuple(found)
