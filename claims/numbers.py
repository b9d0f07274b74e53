"""Quantities: figures, number words, fractions ("two in three"), durations ("four hours and 50 minutes"), their units.

Not the digits of dates, clock times or ordinals: callers pass the date spans to skip, and
clock times are asked of ``claims.clocktimes``.
"""
from __future__ import annotations

import re

from .clocktimes import _OCLOCK, find_times, word_clock_times
from .lexicon.calendar import APPROX, NUMBER_WORDS, SCALES
from .lexicon.words import CURRENCY_ADJECTIVES, CURRENCY_CODES, CURRENCY_NOUNS
from .textscan import _DIGIT, _alt, _matches_near, case_key, lowered
from .types import NumberMention


_APPROX_ALT = _alt(APPROX)
_WORD_NUM = _alt(k for k in NUMBER_WORDS if k not in ("one",))
_NUMBER_RE = re.compile(
    rf"(?:(?P<approx>{_APPROX_ALT})\s+)?(?P<cur>(?:\b(?:us|tt|hk|nz|a|c|s))?[$€£])?(?P<num>(?<!\w)\d{{1,3}}(?:,\d{{3}})+|(?<!\w)\d+(?:\.\d+)?|"
    rf"(?<![A-Za-z])(?:half\s+an?|an?)(?=\s+(?:{_alt(SCALES)})\b)|"  # "half a million", "a billion"
    rf"(?<![A-Za-z])(?:half\s+a\s+(?=dozen)|an?\s+)?(?:{_WORD_NUM})(?:[- ](?:{_WORD_NUM}|one))?(?:\s+hundred)?(?:\s+and\s+a\s+half)?)\b"
    rf"(?:\s*(?P<scale>{_alt(SCALES)})\b)?(?:(?:\s+|-)(?P<unit>[a-z]+))?",  # "a 1,240-kg satellite"
    re.IGNORECASE,
)
#: "minus 34 degrees", "below minus 30": a figure under zero, with the approximation before "minus".
_MINUS = re.compile(rf"(?:\b({_APPROX_ALT})\s+)?\bminus\s+$", re.I)
_NUMBER_RE_LOW = re.compile(_NUMBER_RE.pattern)  # the same, for lower-cased text (see ``lowered``)
#: Where the number of a quantity can start (lower-cased text), and how far before it the
#: quantity can (``_matches_near``): no approximation holds a number word. (The word boundary before
#: "half" and "a" is tested after the letter, as a look-behind: the pattern then tries its words only
#: where their first letter stands, not its boundaries at every position; ``\bhalf\b|\ban?\s+...``.)
_NUMBER_START = re.compile(rf"\d|(?:{_WORD_NUM})|half(?<!\whalf)\b|a(?<!\wa)n?\s+(?:{_alt(SCALES)})\b")
_NUMBER_LEAD = max(map(len, APPROX))
_NUMBERS_ANCHORED = not any(_NUMBER_START.search(a) for a in APPROX)  # else every position is scanned
_NUMBER_SPLIT = re.compile(r"[- ]+")
#: What "N of those ... were" counts: the plural noun after the verb ("Nineteen of those aboard were minors").
_PART_OF_WERE = re.compile(r"\s+(?:those|them|these)\b[^,.;]{0,30}?\s+(?:were|are)\s+(?:[a-z]+\s+)?([a-z]+s|children|people|men|women)\b", re.I)
#: The noun after a hyphenated modifier that follows a figure: "12 water*-bombing aircraft*".
_HYPHENATED_HEAD = re.compile(r"-[a-z]+\s+([a-z]+)\b")


def _word_number(raw: str) -> float:
    """ "forty-two" -> 42, "five" -> 5, "two hundred" -> 200, "a dozen" -> 12, "two dozen" -> 24, "six and a half" -> 6.5,
    "half a" (million) -> 0.5, "a" (billion) -> 1 (0 when not a number)."""
    total = 0.0
    parts = _NUMBER_SPLIT.split(raw)
    if parts[0] in ("a", "an"):
        parts = parts[1:] or ["one"]
    if parts[:3] == ["half", "a", "dozen"]:
        return 6.0  # "half a dozen aircraft"
    if parts[:1] == ["half"]:
        return 0.5
    if parts[-3:] == ["and", "a", "half"]:
        return _word_number(" ".join(parts[:-3])) + 0.5
    for part in parts:
        if part == "hundred":
            total = (total or 1) * 100
        elif part == "dozen" and total:
            total *= 12  # "two dozen" -> 24
        elif part == "one":
            total += 1
        elif part in NUMBER_WORDS:
            total += NUMBER_WORDS[part]
        else:
            return 0.0
    return total
#: People counted by what befell them: "37 people were hurt" counts the injured, "14 people died" the dead.
_PEOPLE_UNITS = frozenset("people persons others".split())
_FATE_AFTER = re.compile(r"(?:\s*,[^,.;]{1,40},)?\s+(?:(?:were|was|have\s+been|had\s+been|are|have)\s+(?:reported\s+|confirmed\s+)?)?"
                         r"(killed|dead|died|injured|hurt|wounded|missing|drowned)\b", re.I)
#: A currency written around a figure: the code before it ("CHF 2,000"), the noun after a country's word ("Swiss francs").
_CURRENCY_CODE_BEFORE = re.compile(r"\b([A-Z][A-Za-z]{1,2})\s?$")
_CURRENCY_NOUN_AFTER = re.compile(r"\s+(" + "|".join(sorted(CURRENCY_NOUNS, key=len, reverse=True)) + r")\b", re.I)
_UNIT_STOP = frozenset("""and or of the a to in on at for from by with that which who is was were are would will could
    should may might must can has had have be been being did do does including excluding plus""".split())
#: A figure after a label, as official tallies give them: "Deaths: 14.", "Houses fully destroyed: 13,200."
_LABEL = re.compile(r"(?:^|[.;]\s+)([A-Z][a-z]+s)(?:\s+[a-z]+){0,3}:\s*$")
#: What "N of" counts: "three of the country's 24 provinces", "two of its ships".
_PART_OF = re.compile(r"\s+(?:the|its|their|his|her|our|these|those)\s+(?:[\w-]+['’]s\s+)?"
                      r"(?:(?P<total>\d[\d,]*)\s+)?(?P<noun>[a-z]+s)\b", re.I)
#: Words that make a unit of the next ("60 cubic metres"): the unit is theirs, as before (see ``UNIT_FACTORS``).
#: Words between a figure and what it counts that say nothing of what is counted: "six *different* birds".
_PASSING_ADJECTIVES = frozenset("different individual separate distinct".split())  # (not "new", "more": an increment)
#: What makes "per" a percentage: "9.8 per cent".
_CENT_AFTER = re.compile(r"\s+cent\b", re.I)
_UNIT_ADJECTIVES = frozenset("cubic square metric nautical light".split())
#: The head of a compound after a number's first word: "farm workers", "police officers", "rare books" (a plural
#: noun, not a verb in -s). The unit is then both words: "4,300 rare books" are not all of "62,000 books".
_COMPOUND_HEAD = re.compile(r"\s+(?!(?:was|has|is|does|says|remains|rises|falls|stands|comes|goes|means|makes|gets|"
                            r"needs|takes|shows|seems|plus|minus|bonus|status|census|campus|virus|gas|us|as|this|its|his|"
                            r"hers|yes|less|across|always|perhaps|whereas|thus|besides|afterwards|towards)\b)"
                            r"([a-z]+[^s\W]s)\b")


_ORDINAL_RE = re.compile(r"\b\d+(?:st|nd|rd|th)\b|\b\d+-(?:year|month|week|day|hour|minute)s?-old\b", re.I)
#: What every match of ``_ORDINAL_RE`` holds: a digit, then a hyphen or the first letter of "st", "nd", "rd" or "th"
#: (folded alike). Few texts hold one, and this scan skips from digit to digit, where the pattern tries its word
#: boundary at every position.
_ORDINAL_HINT = re.compile(r"\d[-stnr]", re.I)


def _ordinals(text: str) -> list[tuple[int, int]]:
    """The spans of ordinals and ages ("21st", "a 15-year-old"): digits that count nothing."""
    if not _ORDINAL_HINT.search(text):
        return []
    return [(m.start(), m.end()) for m in _ORDINAL_RE.finditer(text)]


def find_numbers(text: str, skip: list[tuple[int, int]] = (), offset: int = 0) -> list[NumberMention]:
    """Quantities ("at least 12 people", "$5 million"), not the digits of dates or clock times."""
    return _find_numbers(text, lowered(text), skip, offset)


#: "two in three Paraguayans", "nine out of ten": a share, compared as a percentage.
_FRACTION_RE = re.compile(rf"(?:\b(?P<approx>{_APPROX_ALT})\s+)?\b(?P<n>\d{{1,2}}|{_WORD_NUM}|one)\s+(?:in|out of)\s+"
                          rf"(?P<d>\d{{1,2}}|{_WORD_NUM})\b(?!\s*(?:{_alt(SCALES)}|percent|per cent|%))", re.I)


#: "a third of the economy", "about two thirds of the target", "more than half of the population": a share, as a
#: percentage (followed by "of", so that "half an hour" and "a quarter past six" are left alone).
_SHARE_WORDS = {"half": 50.0, "third": 100 / 3, "thirds": 100 / 3, "quarter": 25.0, "quarters": 25.0, "fifth": 20.0,
                "fifths": 20.0, "tenth": 10.0, "tenths": 10.0}
#: The words of a share, for the patterns that look for one (here and in ``claims.entities``).
SHARE_ALT = "half|thirds?|quarters?|fifths?|tenths?"
_SHARE_RE = re.compile(rf"(?:\b(?P<approx>{_APPROX_ALT}|barely|just under|just over|roughly)\s+)?\b"
                       rf"(?:(?P<n>a|an|one|two|three|four|nine)[\s-]+)?(?P<d>{SHARE_ALT})\s+of\b",
                       re.I)
#: What every match of ``_FRACTION_RE`` holds ("in"/"out of" between white space, then a
#: number): one quick scan, where the pattern itself tries its optional lead at every position.
_FRACTION_HINT = re.compile(rf"\s(?:in|out\s+of)\s+(?:\d|{_WORD_NUM})", re.I)


#: Lengths of time in seconds, so that a duration told two ways is one quantity (in whole seconds,
#: so that "2:05:12" and "two hours, five minutes and 12 seconds" are the same number).
_DURATION_UNITS = {"hour": 3600, "hours": 3600, "hrs": 3600, "minute": 60, "minutes": 60, "mins": 60,
                   "second": 1, "seconds": 1, "secs": 1}
#: Durations no number pattern reads: a race time ("2:05:12") and a time in words with an
#: approximation or a half ("almost a minute and a half", "less than an hour", "half an hour").
_DURATION_RE = re.compile(
    r"\b(?P<h>\d{1,2}):(?P<m>[0-5]\d):(?P<s>[0-5]\d)\b|"
    rf"(?:\b(?P<approx>{_APPROX_ALT})\s+)?\b(?:(?P<one>an?|one)\s+(?:(?P<half0>and\s+a\s+half)\s+)?(?P<unit>hours?|minutes?|seconds?)"
    r"(?P<half>\s+and\s+a\s+half)?\b|"
    r"(?P<halfan>half\s+an?)\s+(?P<unit2>hour|minute)\b)", re.I)
_DURATION_HINT = re.compile(r"\d:\d\d:|\b(?:hour|minute|second)", re.I)


def _may_tell_duration(text: str, low: str | None) -> bool:
    """Whether ``text`` can hold a duration: substring tests first, the hint pattern only where they pass."""
    if low is not None and "hour" not in low and "minute" not in low and "second" not in low and ":" not in text:
        return False
    return bool(_DURATION_HINT.search(text))
#: What may stand between the parts of one duration: "four hours and 50 minutes", "2 hours, 22 minutes".
_DURATION_JOIN = re.compile(r"\s*(?:,|and|,\s*and)?\s*")


def _durations(text: str, offset: int) -> list[NumberMention]:
    """Race times and times in words (see ``_DURATION_RE``), in seconds."""
    out = []
    for m in _DURATION_RE.finditer(text):
        if m.group("h"):
            value = 3600 * int(m.group("h")) + 60 * int(m.group("m")) + int(m.group("s"))
            approx = None
        else:
            approx = APPROX.get(m.group("approx").lower()) if m.group("approx") else None
            if m.group("halfan"):
                value = 0.5 * _DURATION_UNITS[case_key(m.group("unit2"))]
            elif approx or m.group("half") or m.group("half0"):  # "an hour later" is no measure of anything
                value = (1.5 if m.group("half") or m.group("half0") else 1.0) * _DURATION_UNITS[case_key(m.group("unit"))]
            else:
                continue
        out.append(NumberMention(m.group().strip(), m.start() + offset, m.end() + offset, float(value), "seconds", approx))
    return out


def _joined_durations(found: list[NumberMention], text: str, offset: int) -> list[NumberMention]:
    """One duration in parts is one quantity: "four hours and 50 minutes" -> 17,400 seconds, "2 hours 22 minutes
    48 seconds" -> 8,568 seconds; a single part keeps its own unit."""
    out: list[NumberMention] = []
    last_part = 0  # the length of the unit of the last part of ``out[-1]``, if it is a duration in words
    for n in sorted(found, key=lambda n: n.start):
        unit = _DURATION_UNITS.get((n.unit or "").lower(), 0) if ":" not in n.text else 0
        if out and unit and unit < last_part and not n.approx \
                and _DURATION_JOIN.fullmatch(text[out[-1].end - offset:n.start - offset]):
            prev = out[-1]
            value = prev.value * _DURATION_UNITS[case_key(prev.unit)] + n.value * unit
            out[-1] = NumberMention(text[prev.start - offset:n.end - offset], prev.start, n.end, float(value),
                                    "seconds", prev.approx)
        else:
            out.append(n)
        last_part = unit
    return out


def _find_numbers(text: str, low: str | None, skip: list[tuple[int, int]], offset: int,
                  word_clocks: list | None = None) -> list[NumberMention]:
    """``find_numbers`` with ``low = lowered(text)`` (and perhaps ``word_clocks = word_clock_times(text)``) at hand."""
    found: list[NumberMention] = []
    if _DIGIT.search(text):  # clock times and ordinals have digits
        skip = list(skip) + find_times(text) + _ordinals(text)
    if word_clocks is None:
        word_clocks = word_clock_times(text)
    skip = list(skip) + [(s, e) for s, e, _ in word_clocks]  # "twenty past seven" is a time
    if "clock" in text:
        skip += [(m.start(), m.end()) for m in _OCLOCK.finditer(text)]
    if low is None:
        matches = _NUMBER_RE.finditer(text)
    elif _NUMBERS_ANCHORED:
        matches = _matches_near(_NUMBER_RE_LOW, low, _NUMBER_START, _NUMBER_LEAD, "$€£")
    else:
        matches = _NUMBER_RE_LOW.finditer(low)
    may_last = _may_tell_duration(text, low)
    durations = _durations(text, offset) if may_last else []
    skip = list(skip) + [(d.start - offset, d.end - offset) for d in durations]
    if " of" in text and any(word in text for word in ("half", "third", "quarter", "fifth", "tenth")):
        for m in _SHARE_RE.finditer(text):
            n_word = (m.group("n") or "a").lower()
            count = 1.0 if n_word in ("a", "an", "one") else float(NUMBER_WORDS.get(n_word, 0))
            if not count or (m.group("d").lower() == "half" and m.group("n")):
                continue  # ("one half of" is rare; "a half of" no share)
            if any(s < m.end() and e > m.start() for s, e in skip):
                continue
            word = (m.group("approx") or "").lower()
            approx = {"barely": "about", "just under": "max", "just over": "min", "roughly": "about"}.get(word) or \
                (APPROX.get(word) if word else None)
            found.append(NumberMention(m.group()[:-3].strip(), m.start() + offset, m.end() - 3 + offset,
                                       round(count * _SHARE_WORDS[case_key(m.group("d"))], 1), "percent", approx))
            skip = list(skip) + [(m.start(), m.end())]
    if (" in " in text or " out of " in text) and _FRACTION_HINT.search(text):
        for m in _FRACTION_RE.finditer(text):
            parts = (_word_number(m.group("n").lower()) if not m.group("n").isdigit() else float(m.group("n")),
                     _word_number(m.group("d").lower()) if not m.group("d").isdigit() else float(m.group("d")))
            if parts[0] and parts[1] and parts[0] < parts[1] <= 20:
                # (a share told as "two in three" is a rounding of itself: "share", near a percentage's whole number)
                approx = APPROX.get(m.group("approx").lower()) if m.group("approx") else "share"
                found.append(NumberMention(m.group().strip(), m.start() + offset, m.end() + offset,
                                           round(100 * parts[0] / parts[1], 1), "percent", approx))
                skip = list(skip) + [(m.start(), m.end())]
    for m in matches:
        s, e = m.start("num"), m.end("num")
        if any(s < te and e > ts for ts, te in skip):
            continue
        raw = m.group("num").lower()
        if raw.replace(",", "").replace(".", "").isdigit():
            value = float(raw.replace(",", ""))
            if 1900 <= value <= 2100 and "." not in raw and "," not in raw and not m.group("cur"):
                continue  # a year
        else:
            value = _word_number(raw)
            if not value:
                continue
        if m.group("scale"):
            value *= SCALES[case_key(m.group("scale"))]
        unit = m.group("unit")
        unit = unit.lower() if unit and unit.lower() not in _UNIT_STOP else None
        if unit == "per" and not _CENT_AFTER.match(text, m.end()):
            unit = None  # "192.70 per litre" is a rate, not "9.8 per cent"
        if unit and text[m.start("unit") - 1].isspace() and (modified := _HYPHENATED_HEAD.match(text, m.end())):
            unit = modified.group(1).lower()  # "a dozen water-bombing aircraft" counts aircraft, not water
        if unit is None and ":" in text[max(0, m.start() - 2):m.start()]:
            label = _LABEL.search(text, 0, m.start())  # "Houses fully destroyed: 13,200." counts houses
            if label:
                unit = label.group(1).lower()
        if unit is None and m.group("unit") and m.group("unit").lower() == "of":
            # "three of the country's 24 provinces" counts provinces; "all but three of them" 21 of them
            part = _PART_OF.match(text, m.end())
            told = _PART_OF_WERE.match(text, m.end()) if not part else None
            if told:
                unit = told.group(1).lower()  # "Nineteen of those aboard were minors" counts minors
            if part:
                unit = part.group("noun").lower()
                if text[max(0, m.start() - 8):m.start()].lower() == "all but " and part.group("total"):
                    value = float(part.group("total").replace(",", "")) - value
        elif unit in _PASSING_ADJECTIVES and (counted := _COMPOUND_HEAD.match(text, m.end())):
            unit = counted.group(1).lower()  # "six different birds" and "five individual birds" both count birds
        elif unit and not unit.endswith("s") and unit not in _UNIT_ADJECTIVES:
            compound = _COMPOUND_HEAD.match(text, m.end())
            if compound:
                unit = f"{unit} {compound.group(1).lower()}"  # "twenty-seven farm workers" counts no farms
        start, end = m.start(), m.end()
        if m.group("unit") and unit is None and m.group("unit").lower() in _UNIT_STOP:
            end = m.start("unit")  # "TT$180 million a year" ends at "million", not at the "a" after it
        if unit in _PEOPLE_UNITS and (fate := _FATE_AFTER.match(text, end)):
            unit = fate.group(1).lower()  # "Fourteen people were killed and 37 injured": the dead, then the injured
        if m.group("cur"):
            unit = m.group("cur") + (f" {unit}" if unit else "")
        elif unit in CURRENCY_ADJECTIVES and (noun := _CURRENCY_NOUN_AFTER.match(text, end)):
            unit, end = noun.group(1).lower(), noun.end()  # "3,000 Swiss francs" are francs
        else:
            code = _CURRENCY_CODE_BEFORE.search(text, max(0, s - 5), s) if s >= 3 else None
            if code and code.group(1) in CURRENCY_CODES:
                # "CHF 2,000": the code is the unit, not the word after
                unit, end = CURRENCY_CODES[code.group(1)], m.end("scale") if m.group("scale") else e
                start = min(start, code.start(1))
        approx = APPROX.get(m.group("approx").lower()) if m.group("approx") else None
        if not m.group("approx") and (low is None or "minus" in low[max(0, start - 20):start]) and \
                (minus := _MINUS.search(text, max(0, start - 20), start)):
            # "below minus 30 degrees": a figure under zero, and "below" it is at most that
            value, start = -value, minus.start()
            approx = APPROX.get(minus.group(1).lower()) if minus.group(1) else None
        found.append(NumberMention(text[start:end].strip(), start + offset, end + offset, value, unit, approx))
    if may_last:
        found = _joined_durations(found + durations, text, offset)
    return found
