"""Clock times, in digits ("9:40 p.m.", "07:20 GMT") and in words ("shortly before midnight", "three o'clock").

A time of day is checked as a time, never as a quantity: the number scan asks this module
which spans are clock times and leaves them out.
"""
from __future__ import annotations

import re

from .lexicon.calendar import NUMBER_WORDS
from .textscan import _DIGIT, _alt, _matches_near, case_key


_TIME_RE = re.compile(r"\b\d{1,2}(?:[:.]\d{2})?\s*(?:a\.?m\b\.?|p\.?m\b\.?|h\b|hrs\b|GMT|UTC|CET|local time)|"
                      r"\b\d{1,2}:\d{2}\b(?!:\d)", re.I)  # "2:05:12" is a race time (see ``_DURATION_RE``)


#: What every clock time holds, of ``_TIME_RE`` and of the times ``clock_times`` keeps: a digit
#: before minutes, "a.m."/"p.m.", "h" or a zone. A scan for it skips from digit to digit, where
#: the full patterns (which start with a word boundary) try every position.
_CLOCK_HINT = re.compile(r"\d(?:[:.]\d|\s*(?:[ap]\.?m|h|gmt|utc|cet|cest|est|edt|pst|local time))", re.I)


def find_times(text: str) -> list[tuple[int, int]]:
    """Clock times ("9:40 p.m.", "10 p.m.", "07:20 GMT"): not quantities."""
    if not _CLOCK_HINT.search(text):
        return []
    return [(m.start(), m.end()) for m in _TIME_RE.finditer(text)]


_CLOCK = re.compile(r"(?P<approx>shortly before|shortly after|just before|just after|about|around|approximately|"
                    r"roughly|some|nearly|at|from|since|until|till)?\s*\b(?P<h>\d{1,2})(?:[:.](?P<m>\d{2}))?\s*"
                    r"(?P<ampm>a\.?m\b\.?|p\.?m\b\.?)?\s*(?P<zone>GMT|UTC|CET|CEST|EST|EDT|PST|local time)?", re.I)
#: A time that starts or ends a span ("evacuated from 7 a.m.", "closed until 6 p.m."): only another start, or
#: another end, can be the same time ("ended at 11:40 a.m." is no start).
_BOUNDS = {"from": "start", "since": "start", "until": "end", "till": "end"}
#: The longest approximation before a clock time ("shortly before"): how far before its
#: hour (and the white space there) a clock time can start.
_CLOCK_LEAD = max(len(a) for a in re.search(r"\(\?P<approx>([^)]*)\)", _CLOCK.pattern).group(1).split("|"))




_HOUR_WORDS = {w: n for w, n in NUMBER_WORDS.items() if isinstance(n, int) and 1 <= n <= 12}
_HOUR_WORDS.update({"one": 1})
_HOUR_ALT = _alt(list(_HOUR_WORDS) + [str(n) for n in range(1, 13)])
_APPROX_CLOCK = r"(?P<approx>shortly before|shortly after|just before|just after|soon after|before|after|about|around|at|from|since|until|till)?\s*"
#: Clock times in words: "shortly before midnight", "about twenty past seven in the morning", "three o'clock".
_WORD_CLOCK = re.compile(
    _APPROX_CLOCK + r"\b(?:(?P<noon>midnight|noon|midday)|"
    rf"(?P<part>a quarter|quarter|half|five|ten|twenty|twenty-five)\s+(?P<dir>past|to)\s+(?P<h1>{_HOUR_ALT})|"
    rf"(?P<h2>{_HOUR_ALT})\s+o['’]clock|"
    rf"(?P<h3>{_HOUR_ALT})(?=\s+in\s+the\s+(?:morning|afternoon|evening)\b|\s+at\s+night\b))"  # "four in the afternoon"
    r"\b(?:\s+in\s+the\s+(?P<day>morning|afternoon|evening)|(?P<pm>\s+at\s+night))?",
    re.I)
_WORD_CLOCK_HINT = re.compile(r"midnight|noon|midday|o['’]clock|\b(?:quarter|half|five|ten|twenty)\s+(?:past|to)\b|"
                              r"\bin the (?:morning|afternoon|evening)\b|\bat night\b", re.I)
_OCLOCK = re.compile(r"\b[\w-]+\s+o['’]clock\b", re.I)
_DAY_PART = re.compile(r"\b(morning|afternoon|evening|night)\b", re.I)
_PARTS = {"a quarter": 15, "quarter": 15, "half": 30, "five": 5, "ten": 10, "twenty": 20, "twenty-five": 25}


_WORD_CLOCK_HINT_LOW = re.compile(_WORD_CLOCK_HINT.pattern)  # for lower-cased text (see ``lowered``)


def _may_tell_time(low: str) -> bool:
    """Whether lower-cased ``low`` holds a word every match of ``_WORD_CLOCK_HINT`` holds: substring
    tests, several times faster than the pattern, which tries its word boundary at every position
    ("in the" is in too many sentences: the part of the day after it is looked for instead)."""
    return "mid" in low or "noon" in low or "clock" in low or "quarter" in low or "half" in low or \
        "five" in low or "ten" in low or "twenty" in low or "morning" in low or "afternoon" in low or \
        "evening" in low or "at night" in low


def word_clock_times(text: str) -> list[tuple[int, int, tuple[str, int, str | None, str | None]]]:
    """Clock times said in words, with their spans: (start, end, (text, minutes, zone, kind))."""
    if not _WORD_CLOCK_HINT.search(text):
        return []
    return _word_clocks(text)


def _word_clocks(text: str) -> list[tuple[int, int, tuple[str, int, str | None, str | None]]]:
    """``word_clock_times`` for a text its hint has been found in (``slots`` tests it once, not three times)."""
    out = []
    for m in _WORD_CLOCK.finditer(text):
        if not (m.group("noon") or m.group("h1") or m.group("h2") or m.group("h3")):
            continue
        approx = (m.group("approx") or "").lower()
        kind = "before" if "before" in approx else "after" if "after" in approx else _BOUNDS.get(approx) or \
            ("about" if approx and approx != "at" else None)
        if m.group("noon"):
            word = m.group("noon").lower()
            past = "past" in text[max(0, m.start("noon") - 6):m.start("noon")]  # "a minute past midnight"
            minutes = 720 if word != "midnight" else (0 if kind == "after" or past else 1440)
        else:
            raw = (m.group("h1") or m.group("h2") or m.group("h3")).lower()
            hour = int(raw) if raw.isdigit() else _HOUR_WORDS[case_key(raw)]
            minutes = hour * 60
            if m.group("part"):
                part = _PARTS[case_key(m.group("part"))]
                minutes += part if m.group("dir").lower() == "past" else -part
            day = (m.group("day") or "").lower() or ("night" if m.group("pm") else "")
            if not day:
                later = _DAY_PART.search(text, m.end(), m.end() + 30)
                day = later.group(1).lower() if later else ""
            if not day:
                continue  # "at three o'clock": morning or afternoon is anyone's guess
            if day in ("afternoon", "evening", "night") and hour < 12:
                minutes += 720
        out.append((m.start(), m.end(), (m.group().strip(), minutes, None, kind)))
    return out


def clock_times(text: str) -> tuple[tuple[str, int, str | None, str | None], ...]:
    """ "shortly before 10 p.m." -> ("10 p.m.", 1320, None, "before"); only times with a.m./p.m., a zone or h:mm,
    and times in words ("shortly before midnight", "twenty past seven in the morning")."""
    return _clock_times(text, word_clock_times(text))


def _clock_times(text: str, word_clocks: list) -> tuple[tuple[str, int, str | None, str | None], ...]:
    """``clock_times`` with ``word_clocks = word_clock_times(text)`` at hand."""
    out = [t for _, _, t in word_clocks]
    if not _CLOCK_HINT.search(text):
        return tuple(out)  # every clock time kept has a digit and minutes, a.m./p.m. or a zone
    for m in _matches_near(_CLOCK, text, _DIGIT, _CLOCK_LEAD):
        if not (m.group("ampm") or m.group("zone") or m.group("m")) or text.startswith(":", m.end("h") + 3):
            continue  # no clock time, or the hours and minutes of a race time ("2:05:12")
        hour, minute = int(m.group("h")), int(m.group("m") or 0)
        if hour > 24 or minute > 59:
            continue
        ampm = (m.group("ampm") or "").lower().replace(".", "")
        if ampm == "pm" and hour < 12:
            hour += 12
        if ampm == "am" and hour == 12:
            hour = 0
        approx = (m.group("approx") or "").lower()
        kind = "before" if "before" in approx else "after" if "after" in approx else _BOUNDS.get(approx) or \
            ("about" if approx and approx != "at" else None)
        zone = (m.group("zone") or "").upper() or None
        out.append((m.group().strip(), hour * 60 + minute, zone, kind))
    return tuple(out)
