"""Place rules: which places a text names, and when two of them are two answers to one question.

A sea and a province, or a port of departure and a port of arrival, can both be right; a clash
needs the same kind of place in the same role. Split out of ``compare`` to keep that module to its orchestration.
"""
from __future__ import annotations

import re

from claims.lexicon.calendar import MONTHS
from claims.lexicon.roles import COUNTRIES
from claims.names import fold, same_spelling
from claims.types import Slots

from .conflict import Conflict
from .retrieve import COUNTRY_FORMS

#: "the community centre of Grindhólar": a building or a settlement of a named place.
_PLACE_OF = re.compile(r"\b(?:centre|center|hall|school|hospital|shelter|stadium|church|camp|port|harbour|harbor|"
                       r"town|village|city|district|region|province|hamlet|airport|station)\s+(?:of|in|at)\s+"
                       r"([A-ZÀ-Þ][\w'’-]+(?:\s+[A-ZÀ-Þ][\w'’-]+)?)")


#: "off Tabugon island", "in Romblon province": a name and the kind of place it is.
_PLACE_KIND_AFTER = re.compile(r"\b([A-ZÀ-Þ][\w'’-]+)\s+(?:island|province|district|region|county|department)\b")


#: Buildings and sites known by a name that ends in what they are: "Addington Hospital", "Maputo Central Prison".
FACILITIES = ("hospital", "clinic", "airport", "stadium", "prison", "university", "cathedral", "mosque", "bridge",
              "dam", "mine", "refinery")
_FACILITY = re.compile(r"\b((?:[A-ZÀ-Þ][\w'’-]+\s+){1,4}(?:" + "|".join(f.title() for f in FACILITIES) + r"))\b")
#: Capitalised words that open a sentence or a phrase, not a name: "At Addington Hospital".
_LEADING = frozenset("the at in to from a an on by near outside inside and of".split()) | frozenset(MONTHS)


def _facilities(text: str) -> list[str]:
    """Named buildings and sites: a run of capitalised words ending in a facility's kind."""
    out = []
    for m in _FACILITY.finditer(text):
        words = m.group(1).split()
        while len(words) > 1 and words[0].lower() in _LEADING:
            words.pop(0)
        if len(words) >= 2:
            out.append(" ".join(words))
    return out


def _places(slots_places: tuple[str, ...], text: str) -> list[str]:
    """The places a text names: those ``claims`` knows, the named place of a building or settlement,
    a name followed by its kind ("Tabugon island") and a named building ("Addington Hospital")."""
    found = [p for p in slots_places if p not in COUNTRIES and p.lower() not in MONTHS]  # "in May 1998" is a date
    names = [m.group(1) for m in list(_PLACE_OF.finditer(text)) + list(_PLACE_KIND_AFTER.finditer(text))]
    for name in names + _facilities(text):
        if name.lower() in _LEADING:
            continue  # "The district declared ...": a sentence's first word, not a district's name
        if fold(name) not in {fold(p) for p in found} and name not in COUNTRIES and name.lower() not in COUNTRY_FORMS:
            found.append(name)
    return found


def _names(place: str, folded_text: str) -> bool:
    """Whether a text names a place as a word of its own: "Gilgit-Baltistan" (a province) does not name Gilgit (a
    town)."""
    return re.search(rf"(?<![\w-]){re.escape(place)}(?![\w-])", folded_text) is not None


def _place_conflicts(claim: Slots, ref: Slots, claim_text: str, ref_text: str) -> list[Conflict]:
    """One place where the other text has another, and neither text names the other's place."""
    claim_local = _places(claim.places, claim_text)
    ref_local = _places(ref.places, ref_text)
    if not claim_local or not ref_local:
        return []
    folded_ref, folded_claim = fold(ref_text), fold(claim_text)
    only_claim = [p for p in claim_local if not _names(fold(p), folded_ref)]
    only_ref = [p for p in ref_local if not _names(fold(p), folded_claim)]
    # a place both name, spelt two ways ("Lingaeni" / "Lângăeni"), is named by both: the other's other places are
    # where it lies ("Lângăeni ... in the Codru hills"), not a clash
    spelt = [(c, r) for c in only_claim for r in only_ref if same_spelling(c, r)]
    if spelt:
        only_claim = [c for c in only_claim if not any(c == a for a, _ in spelt)]
        only_ref = [r for r in only_ref if not any(r == b for _, b in spelt)]
        if not only_claim:
            return []
    for c in only_claim:
        for r in only_ref:
            if same_spelling(c, r) or same_spelling(c, r.split()[-1]) or same_spelling(r, c.split()[-1]):
                continue  # "Thakek" / "Thakhek": one town, spelt two ways; "Aurel" / "Port Aurel", the short form
            a, b = _place_role(claim_text, c), _place_role(ref_text, r)
            if (a is None or b is None or a == b) and _place_type(claim_text, c) == _place_type(ref_text, r):
                return [Conflict("place", c, r)]
    return []


#: Kinds of place: a sea and a province, or an island and a town, can both be right.
_PLACE_TYPES = ("sea", "ocean", "gulf", "bay", "strait", "lake", "river", "province", "region", "district", "state",
                "county", "department", "island", "islands", "peninsula", "coast", "valley", "mountains",
                "desert") + FACILITIES


def _place_type(text: str, place: str) -> str | None:
    """The kind a text gives a place: in its name ("Sibuyan Sea"), after it ("Romblon province") or before it
    ("the department of Central")."""
    words = place.lower().split()
    if words and words[-1] in _PLACE_TYPES:
        return words[-1].rstrip("s")
    m = re.search(re.escape(place) + r"\s+(\w+)", text)
    if m and m.group(1).lower() in _PLACE_TYPES:
        return m.group(1).lower().rstrip("s")
    m = re.search(r"\b(\w+)\s+of\s+(?:the\s+)?" + re.escape(place), text)
    if m and m.group(1).lower() in _PLACE_TYPES:
        return m.group(1).lower().rstrip("s")
    return None


#: What a preposition makes of a place: workers brought in "from Lithuania" and a port "in Gdynia" are two places
#: of one story, not two answers to one question.
_PLACE_ROLES = {"from": "origin", "left": "origin", "leaving": "origin", "departed": "origin", "departing": "origin",
                "to": "destination", "into": "destination", "toward": "destination", "towards": "destination", "in": "location", "at": "location", "near": "location",
                "outside": "location", "inside": "location", "on": "location", "off": "location"}


#: A facility one is taken to, then its town: "to the 1,000-bed general hospital in".
_TO_FACILITY_IN = (r"\bto\s+(?:an?\s+|the\s+)?(?:[\w,'’-]+\s+){0,4}(?:hospital|clinic|camp|shelter|centre|center)\s+in\s+"
                   r"(?:the\s+(?:city|town|village|capital)\s+of\s+)?")
#: A verb of being taken somewhere, shortly before a place's preposition: "at" then names where they were taken.
_MOVED_BEFORE = re.compile(r"\b(?:brought|taken|moved|transferred|flown|airlifted|escorted|towed|carried|came\s+ashore|"
                           r"landed|disembarked)\b[^.;,]{0,30}$", re.I)
#: Where a body is based: an attribute of the body, not where the event took place.
_BASED_IN = r"\b(?:based|headquartered|registered)\s+in\s+(?:the\s+)?"


def _place_role(text: str, place: str) -> str | None:
    if re.search(_BASED_IN + re.escape(place), text, re.I):
        return "base"  # "a turbine maker based in Chengdu" says nothing of where the project is
    if re.search(_TO_FACILITY_IN + re.escape(place), text, re.I):
        return "destination"  # "taken to the general hospital in Nay Pyi Taw": where they were taken
    m = re.search(r"\b(\w+)\s+(?:the\s+)?(?:(?:city|town|village|port|capital|region|province|district|"
                  r"department|county|area)\s+of\s+)?" + re.escape(place), text, re.I)
    role = _PLACE_ROLES.get(m.group(1).lower()) if m else None
    if m and m.group(1).lower() == "at" and _MOVED_BEFORE.search(text, max(0, m.start() - 50), m.start()):
        return "destination"  # "the survivors were brought ashore at the port of X": where they were taken
    return role


def _other_place(claim: Slots, ref: Slots, claim_text: str, ref_text: str) -> bool:
    """The claim names a place the reference does not, and the reference names another of the same kind and
    role (a town where the claim has a town, a location where it has a location)."""
    folded_ref = fold(ref_text)
    missing = [c for c in _places(claim.places, claim_text) if fold(c) not in folded_ref]
    if not missing:
        return False
    folded_claim = fold(claim_text)
    others = [r for r in _places(ref.places, ref_text) if fold(r) not in folded_claim]
    return any(_place_role(claim_text, c) == _place_role(ref_text, r) and
               _place_type(claim_text, c) == _place_type(ref_text, r) for c in missing for r in others)
