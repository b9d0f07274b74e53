"""Compare a claim with one reference sentence, slot by slot.

Each rule is one function over the values ``claims.entities`` extracts from both
texts: people in roles, dates and weekdays, numbers, places, negation and the words
of a quote. A rule reports a clash only when the reference is about the same thing
(enough of the claim's content words are there); the values that clash are named,
so the report can show both.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from rapidfuzz import fuzz

from claims.entities import slots
from claims.lexicon.roles import PLACES
from claims.names import fold, same_person
from claims.types import Slots

from .retrieve import content_words, coverage, stem, topic_words

#: Share of the claim's topic words a reference sentence must hold to be considered at all,
SENTENCE_ABOUT = 0.4
#: ... that the sentence with its neighbours must hold for a clash of a single value,
CLASH_ABOUT = 0.6
#: ... and for support: from the sentence alone, or from its window.
SUPPORT = 0.6
WINDOW_SUPPORT = 0.7
#: Words around a claim that make a reference only a relay of someone else's report.
_RELAYED = re.compile(r"\b(?:had said|had reported|was quoted|were quoted|reportedly|claimed that|"
                      r"according to (?:a |the )?(?:report|reports)|as reported by|quoted by)\b", re.I)
#: A reference that repeats a claim in order to deny or debunk it.
_DEBUNK = re.compile(r"\b(?:no evidence (?:that|of)|(?:is|was|are|were) (?:false|untrue|fabricated|baseless|misleading)|"
                     r"denied (?:that|reports?)|den(?:y|ies) (?:that|reports?)|fact[- ]checkers? (?:found|say|said)|"
                     r"fabricated|debunked|hoax|rumou?rs? that|falsely)\b", re.I)
_CITIES = set(PLACES.values())


@dataclass(frozen=True)
class Conflict:
    field: str
    claim_value: str
    reference_value: str


@dataclass(frozen=True)
class Comparison:
    stance: str  # supports | contradicts | related
    score: float
    coverage: float
    conflicts: tuple[Conflict, ...] = ()
    flags: tuple[str, ...] = ()
    weak: bool = False  # a relay or hearsay: weak support


def _norm_quote(text: str) -> str:
    return re.sub(r"[^a-z0-9 ]", "", fold(text)).split() and " ".join(re.sub(r"[^a-z0-9 ]", " ", fold(text)).split())


def _quote_conflicts(claim: Slots, ref: Slots) -> list[Conflict]:
    out = []
    for q in claim.quotes:
        if len(q.text.split()) < 3:
            continue
        nq = _norm_quote(q.text)
        for r in ref.quotes:
            nr = _norm_quote(r.text)
            if nq == nr or nq in nr:
                return []  # the same words: no misquote
            if len(nr.split()) >= 3 and fuzz.ratio(nq, nr) >= 60:
                out.append(Conflict("quote", q.text, r.text))
    return out


_NEG_HEAD = re.compile(r"\b(?:not|never|no longer|did not|does not|didn't|doesn't|has not|have not|hasn't|haven't|"
                       r"was not|were not|wasn't|weren't|is not|isn't|will not|won't)\s+(?:\w+ly\s+)?(\w+(?:\s+part)?)", re.I)


def _negated_predicate(text: str) -> str | None:
    """The word a negation denies ("did not participate" -> "participate"), normalised."""
    m = _NEG_HEAD.search(text)
    if not m:
        return None
    words = content_words(m.group(1))
    return words[0] if words else None


def _negation_conflict(claim_text: str, ref_text: str, claim: Slots, ref: Slots) -> list[Conflict]:
    """One text denies what the other affirms, about the same predicate."""
    if claim.negated == ref.negated:
        return []
    negated_text = claim_text if claim.negated else ref_text
    other = ref_text if claim.negated else claim_text
    predicate = _negated_predicate(negated_text)
    if predicate is None or predicate not in set(content_words(other)):
        return []
    return [Conflict("negation", _negation_window(claim_text) if claim.negated else _clip(claim_text),
                     _negation_window(ref_text) if ref.negated else _clip(ref_text))]


def _negation_window(text: str) -> str:
    m = re.search(r"\b(?:not|never|no|did not|does not|didn't|doesn't|denied|refused|rejected)\b(?:\s+\S+){0,3}", text, re.I)
    if not m:
        return _clip(text)
    start = max(0, text.rfind(" ", 0, max(0, m.start() - 1)))
    return text[start:m.end()].strip(" ,.")


def _clip(text: str, words: int = 14) -> str:
    parts = text.split()
    return " ".join(parts[:words]) + (" …" if len(parts) > words else "")


def _date_conflicts(claim: Slots, ref: Slots) -> list[Conflict]:
    out = []
    claim_weekdays = {d.weekday for d in claim.dates if d.weekday}
    ref_weekdays = {d.weekday for d in ref.dates if d.weekday}
    if claim_weekdays and ref_weekdays and not claim_weekdays & ref_weekdays:
        out.append(Conflict("weekday", ", ".join(sorted(claim_weekdays)), ", ".join(sorted(ref_weekdays))))
        return out
    claim_days = {d.iso for d in claim.dates if d.iso and d.precision == "day"}
    ref_days = {d.iso for d in ref.dates if d.iso and d.precision == "day"}
    if claim_days and ref_days and not claim_days & ref_days and len(claim_days) == 1 and len(ref_days) == 1:
        c = next(d for d in claim.dates if d.iso in claim_days)
        r = next(d for d in ref.dates if d.iso in ref_days)
        out.append(Conflict("date", c.text, r.text))
    return out


def _compatible(claim_value: float, approx: str | None, ref_value: float, ref_approx: str | None) -> bool:
    if claim_value == ref_value:
        return True
    if approx == "min" and ref_value >= claim_value:
        return True
    if approx == "max" and ref_value <= claim_value:
        return True
    if ref_approx == "min" and claim_value >= ref_value:
        return True
    if ref_approx == "max" and claim_value <= ref_value:
        return True
    if "about" in (approx, ref_approx) and abs(claim_value - ref_value) <= 0.1 * max(claim_value, ref_value):
        return True
    return False


def _number_conflicts(claim: Slots, ref: Slots) -> list[Conflict]:
    out = []
    for n in claim.numbers:
        if not n.unit:
            continue
        same_unit = [r for r in ref.numbers if r.unit and (r.unit == n.unit or r.unit.rstrip("s") == n.unit.rstrip("s"))]
        if same_unit and not any(_compatible(n.value, n.approx, r.value, r.approx) for r in same_unit):
            out.append(Conflict("number", n.text, same_unit[0].text))
    return out


def _people_conflicts(claim: Slots, ref: Slots) -> list[Conflict]:
    out = []
    for p in claim.people:
        if not (p.role and p.country):
            continue
        for r in ref.people:
            if r.role == p.role and r.country == p.country and not same_person(p.name, r.name):
                if not any(same_person(p.name, other.name) for other in ref.people):
                    out.append(Conflict("person", p.name, r.name))
    return out


def _place_conflicts(claim: Slots, ref: Slots) -> list[Conflict]:
    claim_cities = [p for p in claim.places if p in _CITIES]
    ref_cities = [p for p in ref.places if p in _CITIES]
    if claim_cities and ref_cities and not set(claim_cities) & set(ref_cities):
        return [Conflict("place", claim_cities[0], ref_cities[0])]
    return []


def compare(claim_text: str, claim_slots: Slots, ref_text: str, ref_published: str | None,
            context: str | None = None) -> Comparison:
    """How one reference sentence bears on one claim.

    ``context`` is the reference sentence with its neighbours: a report often spreads
    one event over two sentences, so "about the same thing" is judged on the window,
    while clashing values are taken from the sentence itself.
    """
    cw, rw = topic_words(claim_text), topic_words(ref_text)
    cov = coverage(cw, rw)
    wcov = max(cov, coverage(cw, topic_words(context))) if context else cov
    score = round(0.6 * cov * 100 + 0.4 * fuzz.token_set_ratio(" ".join(cw), " ".join(rw)), 1)
    if wcov < SENTENCE_ABOUT and not claim_slots.quotes:
        return Comparison("related", score, cov)
    ref = slots(ref_text, ref_published)
    conflicts: list[Conflict] = []
    quote = _quote_conflicts(claim_slots, ref) if wcov >= SENTENCE_ABOUT else []
    conflicts += quote
    if cov >= SENTENCE_ABOUT and wcov >= CLASH_ABOUT:
        conflicts += _negation_conflict(claim_text, ref_text, claim_slots, ref)
        conflicts += _date_conflicts(claim_slots, ref)
        conflicts += _number_conflicts(claim_slots, ref)
        conflicts += _people_conflicts(claim_slots, ref)
    if cov >= CLASH_ABOUT and wcov >= 0.75:
        conflicts += _place_conflicts(claim_slots, ref)
    flags = ("misquote",) if quote else ()
    if conflicts:
        return Comparison("contradicts", score, cov, tuple(conflicts), flags)
    supported = cov >= SUPPORT or (cov >= SENTENCE_ABOUT + 0.05 and wcov >= WINDOW_SUPPORT)
    if not supported or claim_slots.negated != ref.negated:
        return Comparison("related", score, cov)
    if _DEBUNK.search(ref_text) and not claim_slots.negated:
        return Comparison("related", score, cov, flags=("debunk",))
    weak = bool(_RELAYED.search(ref_text))
    return Comparison("supports", score, cov, weak=weak)
