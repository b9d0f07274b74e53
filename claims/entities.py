"""The checkable values in a stretch of text: people in roles, places, dates, numbers, quotes.

Used on the article's claims and on every reference sentence alike, so that a clash
between the two is a clash between values extracted by the same rules.

Each kind of value has its own module (``claims.people``, ``claims.places``, ``claims.dates``,
``claims.clocktimes``, ``claims.numbers``); this one holds ``slots``, which reads them all at
once, sharing the lower-cased text and the clock times in words between the scans, and
the small scans no other value needs: quotes, negation, and a story's proper nouns.
"""
from __future__ import annotations

import re
from functools import lru_cache

from .alternation import alternation
from .clocktimes import _WORD_CLOCK_HINT, _WORD_CLOCK_HINT_LOW, _clock_times, _may_tell_time, _word_clocks
from .dates import _MONTH_ALT, _WEEKDAY_ALT, _find_dates, dateline_end
from .lexicon.calendar import MONTHS, NEGATIONS, NUMBER_WORDS, SCALES, WEEKDAYS
from .numbers import SHARE_ALT, _DURATION_HINT, _SHARE_WORDS, _WORD_NUM, _find_numbers
from .people import _ROLE_WORDS, _bare, _find_people
from .places import _find_places
from .textscan import UPPER, _COUNTRY_OF, _DIGIT, _alt, lowered
from .types import Quote, Slots


def proper_nouns(text: str) -> set[str]:
    """Folded capitalised words that are not sentence openers, months or title words: what a story is about.

    Two reports share a story when they share such names (people, places, organisations);
    a reference from another story is never evidence, however alike its sentences sound.
    """
    out = set()
    for m in re.finditer(rf"\b([{UPPER}][\w'’-]{{2,}})", text):
        word = _bare(m.group(1)).strip("_")
        if word in _FUNCTION_WORDS or word in _ROLE_WORDS or word in _COMMON_CAPS or word in MONTHS or word in WEEKDAYS:
            continue
        out.add(_COUNTRY_OF.get(word, word).lower())
    return out


_FUNCTION_WORDS = frozenset("""the a an this that these those it its his her their he she they we i in on at of for to
    from by with after before during since despite although while when but and or so yet if as also however
    meanwhile earlier later today yesterday tomorrow there here what which who whom whose how why where
    according asked some many most more other another such all both each every no not our your my""".split())


#: Capitalised words common to every story: not evidence that two reports share one.
_COMMON_CAPS = frozenset("""sample reference headline report reports news press agency daily times post herald
    online today world breaking update live minister ministry government president police court national
    international city town village state council party office department company group""".split())


# --- quotes and negation --------------------------------------------------------------

_QUOTE_RE = re.compile(r"“([^”]{2,}?)”|\"([^\"]{2,}?)\"|«([^»]{2,}?)»")


def find_quotes(text: str, offset: int = 0) -> list[Quote]:
    """Direct quotations (double or guillemet quotes), without the quote marks or a trailing comma."""
    quotes = []
    for m in _QUOTE_RE.finditer(text):
        group = next(i for i in (1, 2, 3) if m.group(i) is not None)
        inner = m.group(group)
        s = m.start(group)
        stripped = inner.rstrip(" ,.;")
        quotes.append(Quote(stripped, s + offset, s + len(stripped) + offset))
    return quotes


_NEG_RE = re.compile(r"\b" + alternation([n for n in sorted(NEGATIONS, key=len, reverse=True) if "'" not in n]) + r"\b|n't\b", re.I)
_NEG_LOW = re.compile(_NEG_RE.pattern)  # for lower-cased text (see ``lowered``)


#: Phrases with a negation word that deny nothing: approximations and reporters' hedges.
_NOT_NEGATIONS = re.compile(
    r"\b(?:no|not) (?:less|more|fewer|later|earlier|sooner) than\b|"
    r"\b(?:could|can|did|was|were|has|have|had) not (?:be |been |yet )?(?:immediately |independently )?"
    r"(?:confirm|confirmed|verify|verified|respond|responded|reply|replied|comment)\w*\b|"
    r"\bnot (?:immediately )?(?:be |been )(?:immediately )?reached\b|"  # "could not be reached", but "did not reach the river" denies
    r"\b(?:did|could|has|have|had) not (?:yet |immediately )?(?:return|answer)\w* (?:calls|messages|emails|requests|"
    r"a request|an email|a call|questions)\b|"
    r"\bnot (?:be |been )?(?:independently )?(?:confirmed|verified)\b|\bdeclined to comment\b|\bno comment\b|"
    r"\bnot only\b|\bno one knows\b|\bwhether or not\b",
    re.I,
)


_NOT_NEGATIONS_LOW = re.compile(_NOT_NEGATIONS.pattern)  # for lower-cased text (see ``lowered``)


def is_negated(text: str) -> bool:
    """Odd number of negation cues: "ruled out" is negative, "could not be ruled out" is not.

    Approximations ("no less than 300") and hedges ("could not be independently
    confirmed") carry a negation word but deny nothing, so they are taken out first.
    Taking them out never makes a cue (they start and end at word boundaries), so a text
    with no cue at all is settled by one scan.
    """
    return _is_negated(text, lowered(text))


def _is_negated(text: str, low: str | None, cue: bool | None = None) -> bool:
    """``is_negated`` with ``low = lowered(text)`` already at hand (and perhaps ``cue``: whether ``_NEG_LOW`` finds
    a cue in it, as ``slots`` learns from its one scan for the words of every hint)."""
    if low is None:
        if not _NEG_RE.search(text):
            return False
        return _negated_clauses(_NOT_NEGATIONS.sub(" ", text), _NEG_RE)
    if not (_NEG_LOW.search(low) if cue is None else cue):
        return False
    # every phrase of ``_NOT_NEGATIONS`` holds "no" ("not") or "declined": without them there is none to take out
    cleaned = _NOT_NEGATIONS_LOW.sub(" ", low) if "no" in low or "declined" in low else low
    return _negated_clauses(cleaned, _NEG_LOW)


def _negated_clauses(text: str, cues: re.Pattern) -> bool:
    """Whether ``text`` denies, a denial repeated in coordinated clauses counting once: "do not need a ticket and do
    not need any permit" denies twice over, which is no double negative (as "could not rule out" is)."""
    found = cues.findall(text)
    if len(found) >= 2:
        repeated = _REPEATED_DENIAL.search(text)
        if repeated:
            found = cues.findall(text[:repeated.start(2)] + text[repeated.end(2):])
    return _odd(found)


#: A denial said again in a coordinated clause, with the same verb: "do not need a ticket and do not need any permit".
_REPEATED_DENIAL = re.compile(r"\b((?:do|does|did|will|would|can|could|must|should|is|are|was|were)\s+not\s+\w+)\b"
                              r"[^.;]*?\s(?:and|or)\s+(\1)\b", re.I)


def _odd(cues: list[str]) -> bool:
    """An odd number of negation cues. "None" and "nobody" count only where no other cue does: they deny on their own
    ("None of the funds has been recovered"), but beside a "not" they are a second clause's, not a double negative
    ("I have not offered my resignation and nobody has asked for it")."""
    plain = [c for c in cues if c.lower() not in ("none", "nobody")]
    return len(plain or cues) % 2 == 1


#: Cheap tests that tell whether a text can hold a value at all: most claims hold few, and
#: the full patterns are the costly part of reading a sentence.
_DATE_HINT = re.compile(rf"\d|\b(?:{_MONTH_ALT}|{_WEEKDAY_ALT}|today|yesterday|tomorrow|tonight|ago|week|month|year)\b", re.I)
_NUMBER_HINT = re.compile(rf"\d|\b(?:{_WORD_NUM}|{SHARE_ALT}|an?\s+(?:{_alt(SCALES)}))\b", re.I)
#: The words of the two hints above, for lower-cased text (see ``_HINT_KINDS``).
_DATE_WORDS = frozenset(MONTHS) | frozenset(WEEKDAYS) | {"today", "yesterday", "tomorrow", "tonight", "ago"}
#: "last month", "this year", "next week": dates too, hinted apart (a bare "year" is in too many sentences).
_PERIOD_HINT_LOW = re.compile(r"\b(?:last|this|next) (?:week|month|year)\b")


def _names_period(low: str) -> bool:
    """Whether lower-cased ``low`` names a period (``_PERIOD_HINT_LOW``): its unit is looked for first, with substring
    tests several times faster than the pattern, which tries its word boundary at every position."""
    return ("week" in low or "month" in low or "year" in low) and bool(_PERIOD_HINT_LOW.search(low))


_NUMBER_WORDS = frozenset(k for k in NUMBER_WORDS if k not in ("one",))
#: The words of the hints of dates and numbers above and of ``_NEG_LOW`` (but for "n't"), as one pattern for
#: lower-cased text, and the kind of each: one scan finds them all, where three patterns scanned every text in
#: turn. A date's or number's word is a whole ``\w+`` run (only words of word characters can be one). Every
#: alternative is whole words, so a match is one of the table's words or a run of them ("did not", "a million"),
#: and no match hides another kind's word: what follows the first word of a run ("not", "to", "down", "out", a
#: scale) is no date's or number's word.
_HINT_KINDS = {**{w: "date" for w in _DATE_WORDS if re.fullmatch(r"\w+", w)},
               **{w: "number" for w in _NUMBER_WORDS | set(_SHARE_WORDS) if re.fullmatch(r"\w+", w)},
               **{n: "denial" for n in NEGATIONS if "'" not in n}}
_HINT_WORD_LOW = re.compile(r"\b(?:" + alternation(sorted(_HINT_KINDS, key=len, reverse=True)) +
                            rf"|an?\s+(?:{_alt(SCALES)}))\b")
_NT_LOW = re.compile(r"n't\b")


def _hinted(low: str) -> set[str]:
    """The kinds of value lower-cased ``low`` has a word of (``_HINT_KINDS``; "a million" is a number's)."""
    kinds = set()
    for m in _HINT_WORD_LOW.finditer(low):
        kinds.add(_HINT_KINDS.get(m.group(), "number"))
    return kinds


#: A capital that does not open the text or a sentence, or a text that opens with two
#: capitalised words (``(?<!^)(?<![.!?]\s)\b[A-Z]|^[A-Z]\w*\s+[A-Z]``), in two parts that scan
#: faster: a pattern that starts with a letter class skips to the capitals, where one that
#: starts with look-behinds tries every position.
_CAPITAL_INNER = re.compile(rf"[{UPPER}](?<=\W[{UPPER}])(?<![.!?]\s[{UPPER}])")
_CAPITAL_START = re.compile(rf"[{UPPER}]\w*\s+[{UPPER}]")


@lru_cache(maxsize=4096)
def slots(text: str, published: str | None = None) -> Slots:
    """All checkable values of ``text`` (offsets relative to ``text``); a leading dateline is not a value."""
    body = dateline_end(text)
    low = lowered(text)
    if low is not None:
        digit = _DIGIT.search(text)
        hinted = _hinted(low)
        has_dates = digit or "date" in hinted or _names_period(low)
        has_digits = digit or "number" in hinted or "hour" in low or "minute" in low
        denies = "denial" in hinted or ("n't" in low and _NT_LOW.search(low) is not None)
    else:
        has_dates, has_digits = _DATE_HINT.search(text), _NUMBER_HINT.search(text) or _DURATION_HINT.search(text)
        denies = None
    dates = _find_dates(text, low, published, 0, [(0, body)] if body else ()) if has_dates else []
    capitals = _CAPITAL_INNER.search(text) or _CAPITAL_START.match(text)
    # quantities and clock times both read the clock times in words: found once, for both
    clock_hint = _may_tell_time(low) and _WORD_CLOCK_HINT_LOW.search(low) if low is not None else \
        _WORD_CLOCK_HINT.search(text)
    word_clocks = _word_clocks(text) if clock_hint else []
    return Slots(
        people=tuple(_find_people(text, 0, low or "")) if capitals else (),
        places=_find_places(text, low) if capitals else (),
        dates=tuple(dates),
        numbers=tuple(_find_numbers(text, low, [(d.start, d.end) for d in dates] + ([(0, body)] if body else []), 0,
                                    word_clocks)) if has_digits else (),
        quotes=tuple(find_quotes(text)) if '"' in text or "“" in text or "«" in text else (),
        negated=_is_negated(text, low, denies),
        times=_clock_times(text, word_clocks) if has_digits or clock_hint else (),
    )
