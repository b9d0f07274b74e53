"""A statement's parts judged on the statement's own evidence.

``claims.modifiers`` makes a date or place modifier ("in four municipalities", "on
Friday") and a statement's core ("The campaign aims to vaccinate 40,000 dogs") claims of
their own. They are about the same event as the statement, so they are not looked up
again: each reference sentence that bears on the statement is judged anew for the part.

* A modifier is contradicted by the clashes whose values lie in its words ("four
  municipalities" against "two municipalities"), and confirmed by a matching report that
  states it ("six weeks", "Friday", "Dili" in the report's words) without a clash on it.
* The core is contradicted by the clashes that lie in none of the modifiers that close
  the statement, and confirmed by every matching report that has no such clash: a report
  that disputes only the municipalities still confirms the 40,000 dogs.

A report that neither states nor disputes a part is only related to it.
"""
from __future__ import annotations

import re
from dataclasses import replace

from claims.lexicon.calendar import MONTHS, NUMBER_WORDS, WEEKDAYS
from claims.lexicon.cues import VERBS
from claims.names import fold
from claims.types import Claim

from .decide import Piece

#: Capitalised words of a place's name that say what it is, not which it is ("National Hospital").
GENERIC_NAME_WORDS = frozenset("""the of national general central regional district referral university hospital
    hospitals clinic airport airports port station street road avenue square market bridge park school college
    city town village river lake mount mountain island islands province region district county state""".split())
#: The kinds of part that modify a statement (the core is what is left without them).
MODIFIER_KINDS = ("date", "place")

_TOKEN = re.compile(r"[^\W_]+(?:[,.]\d+)*", re.UNICODE)
#: Capitalised words in a row: one name ("Guido Valadares National Hospital").
_NAME_RUN = re.compile(r"[^\W\d_a-z][\w'’-]*(?:\s+[^\W\d_a-z][\w'’-]*)*")


def _tokens(text: str) -> set[str]:
    """Words as keys: weekdays and months by their number, figures without separators, number words as figures."""
    out = set()
    for word in _TOKEN.findall(fold(text)):
        if word in WEEKDAYS:
            out.add(f"weekday:{WEEKDAYS[word]}")
        elif word in MONTHS:
            out.add(f"month:{MONTHS[word]}")
        elif word.replace(",", "").replace(".", "").isdigit():
            out.add(word.replace(",", ""))
        elif word in NUMBER_WORDS:
            out.add(str(NUMBER_WORDS[word]))
        else:
            out.add(word)
    return out


def _keys(words: str) -> tuple[set[str], list[set[str]]]:
    """What a report must say to state a modifier: its dates and figures, and the names of its places.

    Each run of capitalised words is a name ("Guido Valadares National Hospital", "Dili",
    "Azerbaijani capital", "Baku"), kept without the words that only say what a place is.
    """
    exact = {t for t in _tokens(words) if t[:1].isdigit() or t.startswith(("weekday:", "month:"))}
    runs = []
    for run in _NAME_RUN.findall(words):
        keys = {t for t in _TOKEN.findall(fold(run))} - GENERIC_NAME_WORDS
        keys = {t for t in keys if t not in WEEKDAYS and t not in MONTHS}
        if keys:
            runs.append(keys)
    return exact, runs


def states(reference: str, words: str) -> bool:
    """Whether a report's sentence states a modifier: all its dates and figures, and one of its places by name."""
    exact, runs = _keys(words)
    if not exact and not runs:
        return False
    found = _tokens(reference)
    if not exact <= found:
        return False
    return not runs or any(run <= found for run in runs)


#: Which kind of modifier a clash of each field belongs to, when its value is not in the article's words
#: (a weekday worked out from a date, a place by its canonical name).
FIELD_PART = {"date": "date", "weekday": "date", "time": "date", "place": "place"}


def _owner(conflict, statement: str, modifiers: list[tuple[Claim, str]]) -> Claim | None:
    """The modifier a clash is about, or ``None`` for the rest of the statement.

    A clash is about the words that hold its value ("four municipalities" lies in "in four
    municipalities"); a value the article's words do not hold goes to the one modifier of
    its field's kind, if there is exactly one.
    """
    value = fold(str(getattr(conflict, "claim_value", "") or ""))
    if value:
        for modifier, words in modifiers:
            if value in words:
                return modifier
        if value in statement:
            return None
    kind = FIELD_PART.get(getattr(conflict, "field", ""))
    of_kind = [m for m, _ in modifiers if m.kind == kind]
    return of_kind[0] if len(of_kind) == 1 else None


def part_pieces(article_text: str, part: Claim, statement: Claim, modifiers: list[Claim],
                pieces: list[Piece]) -> list[Piece]:
    """The ``statement``'s ``pieces`` judged for one of its parts; ``modifiers`` are all the statement's modifiers."""
    words = [(m, fold(article_text[m.start:m.end])) for m in modifiers]
    whole = fold(article_text[statement.start:statement.end])
    out = []
    for p in pieces:
        owners = [_owner(c, whole, words) for c in p.conflicts]
        if part.kind == "core":
            # the core's own words hold the modifiers before its end: their clashes are the core's too
            kept = tuple(c for c, o in zip(p.conflicts, owners) if o is None or part.start <= o.start < part.end)
            if p.stance == "contradicts" and (kept or not p.conflicts):
                out.append(replace(p, conflicts=kept or p.conflicts))
            elif p.stance in ("supports", "contradicts"):
                out.append(replace(p, stance="supports", conflicts=()))
            else:
                out.append(p)
            continue
        kept = tuple(c for c, o in zip(p.conflicts, owners) if o is part)
        if p.stance == "contradicts" and kept:
            out.append(replace(p, conflicts=kept))
        elif p.stance in ("supports", "contradicts") and states(p.text, article_text[part.start:part.end]):
            out.append(replace(p, stance="supports", conflicts=()))
        else:
            out.append(replace(p, stance="related", conflicts=()))
    return out


#: Verbs of saying ("said", "told", "announced"): a report dates a statement when its day stands next to one.
_SAYING = re.compile(r"\b(?:" + "|".join(sorted((re.escape(v) for v, k in VERBS.items() if k == "say" and " " not in v),
                                                key=len, reverse=True)) + r")\b", re.I)


def dates_a_saying(reference: str, value: str) -> bool:
    """Whether a report's sentence gives ``value`` as the day someone spoke ("SPAK said on Tuesday they would appeal",
    "the ministry on Tuesday announced"), not the day of another act in the story ("the federal office on Monday
    approved the request", "the pack killed 38 sheep on Monday, the canton said")."""
    day = re.escape(value)
    verb = _SAYING.pattern
    return bool(re.search(verb + r"(?:\s+[\w'’-]+){0,4}?\s+(?:(?:late|early)\s+)?(?:on\s+)?" + day + r"\b"
                          r"|\b" + day + r"(?:\s+[\w'’-]+)?\s+" + verb, reference, re.I))


def day_spoken_pieces(article_text: str, claim: Claim, pieces: list[Piece]) -> list[Piece]:
    """The day a source spoke ("Prosecutors said on Wednesday that ..."), judged on its day alone.

    It is matched on what was said, so the reports found are about the same statement;
    a clash counts only where the report dates a saying, and a report that states the
    day confirms it.
    """
    judged = part_pieces(article_text, claim, claim, [claim], pieces)
    out = []
    for p in judged:
        if p.stance == "contradicts" and not all(dates_a_saying(p.text, str(c.reference_value)) for c in p.conflicts):
            p = replace(p, stance="related", conflicts=())
        out.append(p)
    return out
