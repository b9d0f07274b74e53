"""Statement -> its parts: the date and place modifiers that can be wrong on their own, and its core.

"The campaign aims to vaccinate 40,000 dogs in four municipalities over six weeks" is
one statement, and an editor needs to know which of its parts a report disputes: the
dogs, the municipalities or the weeks. So besides the statement (which is wrong if any
part is), each modifier becomes a claim of its own, pointing at just its words
("in four municipalities": kind ``place``; "over six weeks", "on Friday", "since June":
kind ``date``), and when modifiers close the statement, what is left before them is its
core ("The campaign aims to vaccinate 40,000 dogs"), if the core holds a value to check.

Parts are found on the article's words, never inside a quotation (a quotation is
checked word for word as a whole). ``checker`` judges each part on its statement's
evidence: a part is contradicted by the clashes that fall in its words, and confirmed
by the reports that state it.
"""
from __future__ import annotations

import re
from dataclasses import replace


from .dates import dateline_end, find_dates
from .lexicon.calendar import MONTHS, NUMBER_WORDS, WEEKDAYS
from .quotes import inside_quotation
from .textscan import UPPER, _alt
from .types import Claim, Slots

#: Words that may open a date modifier before the date itself ("on Friday", "late on Thursday", "until August 31").
DATE_LEADS = ("on", "since", "until", "till", "by", "before", "after", "from", "in", "into", "as of", "through", "during",
              "late on", "early on", "late", "early", "earlier on", "later on")
#: Parts of a day that go with the date before them ("on Wednesday evening").
PARTS_OF_DAY = ("morning", "afternoon", "evening", "night", "overnight")
#: Lengths of time: "over six weeks", "for three days", "within 48 hours".
DURATION_LEADS = ("over", "for", "within", "in the next", "in the coming", "over the next", "over the past",
                  "for the past", "for the next", "in the past")
TIME_UNITS = ("minutes", "hours", "days", "weeks", "months", "years", "decades", "minute", "hour", "day", "week",
              "month", "year", "decade")
#: Prepositions of a place modifier ("in Dili", "at Guido Valadares National Hospital", "near the village of ...").
PLACE_LEADS = ("in", "at", "near", "outside", "inside", "across", "throughout", "off")
#: Words between the preposition and a place's name ("in central Evia", "near the village of Stefanorrema").
PLACE_DESCRIPTIONS = ("central", "northern", "southern", "eastern", "western", "north", "south", "east", "west",
                      "northeastern", "northwestern", "southeastern", "southwestern", "north-eastern", "north-western",
                      "south-eastern", "south-western", "coastal", "rural", "downtown", "neighbouring", "neighboring",
                      "nearby", "remote")
PLACE_NOUNS = ("city", "town", "village", "capital", "port", "region", "province", "district", "area", "hamlet",
               "department", "county", "municipality", "island", "state", "valley", "suburb", "settlement",
               "neighbourhood", "neighborhood", "borough", "governorate", "prefecture", "commune", "parish")
#: (A place noun may follow the name as well: "off Tabugon island"; and a name in apposition: "in the
#: Azerbaijani capital, Baku", "in Baku, Azerbaijan".)
#: Lower-case nouns that may follow a place's name ("the Caliche port terminal", "the Atacama desert").
PLACE_NOUNS_AFTER = PLACE_NOUNS + ("terminal", "airport", "airstrip", "hospital", "bridge", "crossing", "camp",
                                   "station", "border", "desert", "mine", "plant", "refinery", "base", "dam", "river",
                                   "lake", "coast", "mountains", "hills", "highway", "road", "square", "stadium")
#: Nouns counted in a place modifier: "in four municipalities", "across 12 provinces".
COUNTED_PLACES = ("municipalities", "provinces", "districts", "regions", "villages", "towns", "cities", "countries",
                  "states", "counties", "islands", "communities", "locations", "sites", "departments", "prefectures",
                  "hospitals", "schools", "camps", "ports", "airports")
#: Capitalised words that are not a place even after "in" or "at".
NOT_PLACES = frozenset(list(MONTHS) + list(WEEKDAYS) + """the a an parliament court congress
    government cabinet statement interview january february march april may june july august september october
    november december""".split())

_NAME = rf"[{UPPER}][\w'’.-]*"
_NAME_RUN = rf"{_NAME}(?:\s+(?:(?:of|de|del|da|do|al|el|la|le|and)\s+)?{_NAME})*"
_PLACE_RE = re.compile(
    r"\b" + _alt(PLACE_LEADS) + r"\s+(?:the\s+)?"
    + r"(?:" + _alt(PLACE_DESCRIPTIONS) + r"\s+)?"
    + r"(?:(?:" + _alt(PLACE_NOUNS) + r")\s+of\s+)?"
    + rf"(?P<name>{_NAME_RUN})(?:\s+(?:" + _alt(PLACE_NOUNS_AFTER) + rf")\b){{0,2}}(?:,\s+{_NAME_RUN}(?=\s*(?:[,.;]|$)))?(?P<more>(?:,?\s+(?:in|near|outside)\s+(?:the\s+)?{_NAME_RUN})*)"
    + r"|\b" + _alt(PLACE_LEADS) + r"\s+(?P<count>\d[\d,]*|" + _alt(NUMBER_WORDS) + r")\s+"
    + r"(?:[a-z]+\s+)?(?:" + _alt(COUNTED_PLACES) + r")\b")
_LENGTH = r"(?:\d[\d,.]*|" + _alt(NUMBER_WORDS) + r"|a|an)\s+(?:" + _alt(TIME_UNITS) + r")\b"
#: ("for 19 hours and 12 minutes": one length of time)
_DURATION_RE = re.compile(
    r"\b" + _alt(DURATION_LEADS) + r"\s+(?:(?:about|around|nearly|almost|more\s+than|at\s+least)\s+)?"
    + _LENGTH + r"(?:,?\s+and\s+" + _LENGTH + ")?")


#: What every match of the two (case-sensitive) patterns above holds, found by plain searches for the words: a length
#: of time holds a lead and a unit; a place a capital after white space (its name) or a counted noun. Most statements
#: hold neither, and these searches skip through the text, where the patterns try their leads at every position.
_DURATION_LEAD_WORD = re.compile(_alt(DURATION_LEADS))
_TIME_UNIT_WORD = re.compile(_alt(TIME_UNITS))
_NAME_AFTER_SPACE = re.compile(rf"\s[{UPPER}]")
_COUNTED_PLACE_WORD = re.compile(_alt(COUNTED_PLACES))


def _may_hold_duration(chunk: str) -> bool:
    """Whether ``chunk`` can hold a match of ``_DURATION_RE``."""
    return bool(_TIME_UNIT_WORD.search(chunk) and _DURATION_LEAD_WORD.search(chunk))


def _may_hold_place(chunk: str) -> bool:
    """Whether ``chunk`` can hold a match of ``_PLACE_RE``."""
    return bool(_NAME_AFTER_SPACE.search(chunk) or _COUNTED_PLACE_WORD.search(chunk))


_DATE_LEAD_BEFORE = re.compile(r"\b(?:" + _alt(DATE_LEADS) + r")\s+$", re.I)
_PART_OF_DAY_AFTER = re.compile(r"\s+(?:" + _alt(PARTS_OF_DAY) + r")\b", re.I)
_POSSESSIVE_AFTER = re.compile(r"['’]s?\b")
_POSSESSIVE = re.compile(r"['’]s\b")
_JOINER = re.compile(r"[\s,]*(?:and\s+)?")
_WORD = re.compile(r"[A-Za-z0-9][\w'’-]*")
_CHECKABLE = re.compile(rf"\d|\b(?:{_alt(NUMBER_WORDS)})\b|[\"“]|\s[{UPPER}]")
_TRAILING = " ,;:.\"“”'’"
#: A comma after a cut part that opens a clause stays ("went back to work on Wednesday, ending a strike").
_CLAUSE_AFTER_COMMA = re.compile(r",\s+(?:[a-z]+ing|and|but|which|who|where|while|as|after|before|when)\b")
_SPACE_BEFORE_PUNCTUATION = re.compile(r"\s+([,.;:])")
#: A stretch opening with a preposition is a setting without a verb ("In the market in Maliana on Tuesday").
_OPENS_WITH_PREPOSITION = re.compile(r"[\"“'‘]?(?:" + _alt(set(PLACE_LEADS) | set(DATE_LEADS)) + r")\s", re.I)
_NO_SLOTS = Slots()
#: A statement with fewer words than this has no parts worth a claim of their own.
MIN_STATEMENT_WORDS = 6
#: A core keeps at least this many words.
MIN_CORE_WORDS = 4


def _words(text: str) -> int:
    return len(_WORD.findall(text))


def _located(chunk: str, dates) -> list[tuple[int, int, str]]:
    """The statement's dates (read from its plain text) found again in its words, in order."""
    out, cursor = [], 0
    for d in dates:
        at = chunk.find(d.text, cursor)
        if at >= 0:
            out.append((at, at + len(d.text), d.text))
            cursor = at + len(d.text)
    return out


def modifiers(text: str, start: int, end: int, published: str | None = None,
              dates=None) -> list[tuple[str, int, int]]:
    """The date and place modifiers in ``text[start:end]``: ``(kind, start, end)`` in article offsets, in order.

    ``dates`` are the statement's dates when its slots are at hand (they are not read
    twice). A date that opens the stretch or owns a noun ("Monday's meeting") is the
    statement's subject, not a modifier of it; a place name followed by "'s" likewise.
    """
    chunk = text[start:end]
    opening = dateline_end(chunk)  # "MALIANA, Timor-Leste, September 16, 2026 - ": the filing line
    found: list[tuple[str, int, int]] = []
    if dates is None:
        dates = find_dates(chunk, published)
    for s, e, date_text in _located(chunk, dates):
        lead = _DATE_LEAD_BEFORE.search(chunk, max(0, s - 12), s)
        if lead:
            s = lead.start()
        elif not date_text[:1].islower() and not date_text.lower().startswith(("last", "next", "this")):
            continue  # a bare "September" ("in the twelve months to September") belongs to the words before it
        tail = _PART_OF_DAY_AFTER.match(chunk, e)
        if tail:
            e = tail.end()
        if s == 0 or _POSSESSIVE_AFTER.match(chunk, e):
            continue
        found.append(("date", start + s, start + e))
    for m in _DURATION_RE.finditer(chunk) if _may_hold_duration(chunk) else ():
        found.append(("date", start + m.start(), start + m.end()))
    for m in _PLACE_RE.finditer(chunk) if _may_hold_place(chunk) else ():
        name = m.group("name")
        if name is not None:
            first = name.split()[0].lower().strip(".")
            if first in NOT_PLACES or _POSSESSIVE_AFTER.match(chunk, m.end()) or _POSSESSIVE.search(name):
                continue  # "in Keever's state" is where a person is from, not a place named
        found.append(("place", start + m.start(), start + m.end()))
    found.sort(key=lambda f: (f[1], -f[2]))
    out: list[tuple[str, int, int]] = []
    for kind, s, e in found:
        if s < start + opening:
            continue
        if out and s < out[-1][2]:
            continue  # "on Friday" found as a date and inside a longer place phrase: the first, longest, stays
        if inside_quotation(text, s):
            continue
        out.append((kind, s, e))
    return out


def _without(text: str, cuts: list[tuple[int, int]], start: int, end: int) -> str:
    """``text[start:end]`` with the ``cuts`` left out, in plain words."""
    pieces, cursor = [], start
    for s, e in sorted(cuts):
        pieces.append(text[cursor:s].rstrip(" ,"))
        cursor = e
        if not _CLAUSE_AFTER_COMMA.match(text, cursor):
            while cursor < end and text[cursor] in " ,":
                cursor += 1  # "on Saturday, July 12, in Baku" without the date: "in Baku", not ", in Baku"
    pieces.append(text[cursor:end])
    return _SPACE_BEFORE_PUNCTUATION.sub(r"\1", " ".join(" ".join(pieces).split()))


def _slots_within(slots: Slots, words: str) -> Slots:
    """The statement's values that a part's words still hold."""
    # (made whole rather than with ``dataclasses.replace``, which reads the fields of the class on every call)
    return Slots(people=tuple(p for p in slots.people if p.name in words),
                 places=tuple(p for p in slots.places if p in words),
                 dates=tuple(d for d in slots.dates if d.text in words),
                 numbers=tuple(n for n in slots.numbers if n.text in words),
                 quotes=tuple(q for q in slots.quotes if q.text in words),
                 negated=slots.negated,
                 times=tuple(t for t in slots.times if t[0] in words))


def parts(text: str, claim: Claim, published: str | None = None) -> list[Claim]:
    """The part claims of a statement: its modifiers, then its core when modifiers close it."""
    if claim.kind != "statement":
        return []
    words = text[claim.start:claim.end]
    size = _words(words)
    if size < MIN_STATEMENT_WORDS:
        return []
    if _OPENS_WITH_PREPOSITION.match(text, claim.start):
        return []
    found = modifiers(text, claim.start, claim.end, published, None if claim.slots == _NO_SLOTS else claim.slots.dates)
    if not found:
        return []
    # the claim's text may open with words that are not in its span ("Quint plans to", "in 2024,"): kept for every part
    plain_words = " ".join(words.split())
    lead = claim.text[:len(claim.text) - len(plain_words)] if claim.text.endswith(plain_words[1:]) else ""
    out: list[Claim] = []
    counts: dict[str, int] = {}
    for kind, s, e in found:
        if size - _words(text[s:e]) < MIN_CORE_WORDS - 1:
            continue  # the modifier is most of the statement
        counts[kind] = counts.get(kind, 0) + 1
        others = [(os_, oe) for _, os_, oe in found if (os_, oe) != (s, e)]
        body = _without(text, others, claim.start, claim.end)
        part_text = _capital(lead + body if lead else body)
        out.append(replace(claim, id=f"{claim.id}-{kind}{counts[kind]}", start=s, end=e, text=part_text, kind=kind,
                           slots=_slots_within(claim.slots, part_text), part_of=claim.id, role_holder=None))
    core_end = claim.end
    for _, s, e in reversed(found):
        if _JOINER.fullmatch(text, e, core_end) or text[e:core_end].strip(_TRAILING) == "":
            core_end = s
        else:
            break
    while core_end > claim.start and text[core_end - 1] in _TRAILING + " ":
        core_end -= 1
    if core_end < claim.end and out:
        core = text[claim.start:core_end]
        body = " ".join(core.split())
        if _words(core) >= MIN_CORE_WORDS and _checkable(body):
            core_text = _capital(lead + body if lead else body)
            out.append(replace(claim, id=f"{claim.id}-core", end=core_end, text=core_text, kind="core",
                               slots=_slots_within(claim.slots, core_text), part_of=claim.id, role_holder=None))
    return out


def _checkable(words: str) -> bool:
    """Whether a core holds a value a report can confirm or dispute: a number, a name, a quotation."""
    return bool(_CHECKABLE.search(words[:1].lower() + words[1:]))


def _capital(words: str) -> str:
    return words[:1].upper() + words[1:]
