"""Dates and datelines: calendar dates, weekdays, months, years and relative days, resolved against the publication date.

A dateline's date is the filing date, not an event's, so the dateline pattern lives with the
dates (``slots`` and the people scan both ask where a dateline ends).
"""
from __future__ import annotations

import datetime as dt
import re

from .lexicon.calendar import MONTHS, NUMBER_WORDS, RELATIVE_DAYS, WEEKDAY_NAMES, WEEKDAYS
from .textscan import _DIGIT, _alt, case_key, lowered
from .types import DateMention


_MONTH_ALT = _alt(MONTHS)
_WEEKDAY_ALT = _alt(WEEKDAYS)

#: A dateline opening a story: "SEOUL, September 11, 2025 - ", "COPENHAGEN, Oct 19 (NPA) - ",
#: "Baltic Daily, 20 October 2025 - ", "KYSTRUP (TV Midt) - ". Its date is the filing date, not an event's.
DATELINE = re.compile(
    r"^[ \t]*[A-Z][\w .'’&-]{1,40}?(?:,\s*[A-Z][\w .'’-]{1,30}?)?(?:\s*\([^)\n]{1,80}\))?"  # "HƯNG YÊN (Hanoi Daily Post), 9 March"
    r"(?:,?\s+(?:(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]*,?\s+)?(?:[A-Z][a-z]{2,8}\.?\s+\d{1,2}|\d{1,2}\s+[A-Z][a-z]{2,8})(?:,?\s+\d{4})?)?"
    r"\s*(?:\([^)\n]{1,80}\))?\s*[-–—]+(?:\s+|$)",
    re.M,
)


def dateline_end(text: str) -> int:
    """Where the body starts after a dateline at the start of ``text`` (0 when there is none)."""
    if "-" not in text and "–" not in text and "—" not in text:
        return 0  # a dateline ends in a dash: most texts have none, and the pattern is costly
    m = DATELINE.match(text)
    if not m:
        return 0
    head = m.group()
    if not (_DIGIT.search(head) or "(" in head):
        return 0  # "Police - ..." is not a dateline: it needs a date or a credit
    return m.end()


_DAY = r"(?P<day>[0-3]?\d)(?:st|nd|rd|th)?"
_YEAR = r"(?P<year>(?:19|20)\d\d)"
_DATE_PATTERNS = [
    re.compile(rf"\b(?:(?P<wd>{_WEEKDAY_ALT}),?\s+)?(?P<month>{_MONTH_ALT})\.?\s+{_DAY}\b(?:,?\s+{_YEAR})?", re.I),
    re.compile(rf"\b(?:(?P<wd>{_WEEKDAY_ALT}),?\s+)?(?:the\s+)?{_DAY}\s+(?:of\s+)?(?P<month>{_MONTH_ALT})\b\.?(?:,?\s+{_YEAR})?", re.I),
    re.compile(rf"\b{_YEAR}-(?P<mnum>[01]\d)-(?P<day>[0-3]\d)\b"),
    re.compile(rf"\b(?P<last>last|next|this|early|late|mid-?)?\s*(?P<month>{_MONTH_ALT})\b(?:\s+(?:of\s+)?{_YEAR})?", re.I),
    re.compile(rf"\b(?P<last>last|next|this|on|since|by|until|from)?\s*(?P<wd>{_WEEKDAY_ALT})\b"
               # "on Monday of last week": that week's Monday, not the last Monday
               rf"(?:\s+(?:of\s+)?(?P<week>last|next|this)\s+week\b)?", re.I),
    re.compile(rf"\b(?P<prep>in|since|from|until|by|of|early|late|mid-?)\s+{_YEAR}\b", re.I),
    re.compile(r"\b(?P<approx>more than |over |about |nearly |almost |some |less than |under |around |just over |just under )?(?P<n>\w+|\d+)\s+(?P<unit>days?|weeks?|months?|years?|decades?)\s+ago\b", re.I),
    re.compile(r"\b(?P<rel>today|yesterday|tomorrow|tonight)\b", re.I),
    re.compile(r"\b(?P<rel2>last|this|next)\s+(?P<runit>week|month|year)\b", re.I),  # "its last shutdown was last month"
]

#: What each of ``_DATE_PATTERNS`` needs somewhere in the text to match at all: most
#: claims name no month or weekday, and then the patterns built on them are skipped.
_DATE_NEEDS = (("month", "digit"), ("month", "digit"), ("digit", "year"), ("month",), ("weekday",), ("digit", "year"),
               ("ago",), ("relative",), ("period",))
_DATE_NEED_SETS = tuple(map(frozenset, _DATE_NEEDS))
#: The words behind each need, as case-sensitive patterns for lower-cased text (see ``lowered``). Every pattern
#: ends its month or weekday at a word's end (``\b`` or ``\.?\s+`` after it), so a need is a name that ends a word:
#: "market", "decided" and "money" meet none, and the costly patterns that try a month at every position are skipped.
_NEED_PATTERNS = {
    "month": re.compile(_MONTH_ALT + r"\b"),
    "weekday": re.compile(_WEEKDAY_ALT + r"\b"),
    "ago": re.compile("ago"),
    "relative": re.compile("today|yesterday|tomorrow|tonight"),
    "period": re.compile(r"(?:last|this|next) (?:week|month|year)"),
}
_YEAR_DIGITS = re.compile(r"(?:19|20)\d\d")  # what ``_YEAR`` matches
_MAY_CONTEXT = re.compile(r"\b(?:in|since|until|by|last|next|early|late|mid|of|from|through|this)\s*-?$", re.I)
#: (The leftmost match starts a word, never inside one: the look-behind says so, and saves trying the rest of the
#: pattern at every letter; ``(\w+)\s+(?:the\s+)?$``.)
_WORD_BEFORE = re.compile(r"(?<!\w)(\w+)\s+(?:the\s+)?$")


#: The same patterns for lower-cased text (see ``lowered``): case-sensitive scans are faster.
_DATE_PATTERNS_LOW = [re.compile(p.pattern, p.flags & ~re.I) for p in _DATE_PATTERNS]


def _date_needs(text: str, low: str | None) -> set[str]:
    """Which of the needs in ``_DATE_NEEDS`` ``text`` meets (all of them when it cannot tell)."""
    met = set()
    if _DIGIT.search(text):
        met.add("digit")
        if _YEAR_DIGITS.search(text):
            met.add("year")
    if low is None:
        return met | _NEED_PATTERNS.keys()
    if _NEED_PATTERNS["month"].search(low):
        met.add("month")
    if _NEED_PATTERNS["weekday"].search(low):
        met.add("weekday")
    # the other two patterns are plain words: a substring test finds the same
    if "ago" in low:
        met.add("ago")
    if "today" in low or "yesterday" in low or "tomorrow" in low or "tonight" in low:
        met.add("relative")
    if ("week" in low or "month" in low or "year" in low) and _NEED_PATTERNS["period"].search(low):
        met.add("period")  # (the units first: substring tests are several times faster than the pattern)
    return met


#: A weekday after these words is the coming one, not the last: "should be reconnected by Thursday", "will be held
#: on Saturday" (in the same clause: no full stop between).
_TO_COME_BEFORE = re.compile(r"\b(?:will|shall|should|is to|are to|(?:is|are) due to|(?:is|are) expected to|"
                             r"(?:is|are) scheduled to|(?:is|are) set to|plans? to|intends? to)\b[^.;!?]*$", re.I)
#: ... and a month after them, in the same clause (no comma between: "will retire, having joined in March").
_TO_COME_IN_CLAUSE = re.compile(_TO_COME_BEFORE.pattern.replace("[^.;!?]", "[^.;!?,]"), re.I)
#: The year a day of a month is in, after it: "January 1 next year".
_YEAR_AFTER = re.compile(r"\s*(next|last|this)\s+year\b(?!['’]s)", re.I)
_FULL_WEEKDAYS = frozenset(w.lower() for w in WEEKDAY_NAMES)
#: A weekday written short, on its own: capitalised, with its full stop or comma ("Sun., May 10", "Sat, 14:00").
_ABBREVIATED_DAY = re.compile(r"(?<!the )(?<!The )[A-Z][a-z]{2,4}[.,]")
_SHORT_MONTH_WORDS = {"may", "mar", "jun", "jan", "sept", "sep", "dec", "aug", "oct", "nov", "feb", "apr", "jul"}


def _parse_date(published: dt.date | None, m: re.Match) -> tuple[str | None, str | None, str] | None:
    g = m.groupdict()
    weekday = WEEKDAY_NAMES[WEEKDAYS[case_key(g["wd"])]] if g.get("wd") else None
    if g.get("rel"):
        if not published:
            return None, None, "day"
        day = published + dt.timedelta(days=RELATIVE_DAYS[case_key(g["rel"])])
        return day.isoformat(), WEEKDAY_NAMES[day.weekday()], "day"
    if g.get("rel2"):
        if not published:
            return None
        step = {"last": -1, "this": 0, "next": 1}[case_key(g["rel2"])]
        unit = g["runit"].lower()
        if unit == "week":
            return (published + dt.timedelta(weeks=step)).isoformat(), None, "week"
        if unit == "month":
            y, mo = divmod(published.year * 12 + published.month - 1 + step, 12)
            return f"{y:04d}-{mo + 1:02d}", None, "month"
        return f"{published.year + step:04d}", None, "year"
    if g.get("unit"):
        n_text = g["n"].lower()
        n = int(n_text) if n_text.isdigit() else 1 if n_text in ("a", "an") else NUMBER_WORDS.get(n_text)
        if n is None or not published:
            return None
        unit = g["unit"].lower().rstrip("s")
        if unit == "day":
            return (published - dt.timedelta(days=n)).isoformat(), None, "day"
        if unit == "week":
            return (published - dt.timedelta(weeks=n)).isoformat(), None, "week"
        if unit == "month":
            y, mo = divmod(published.year * 12 + published.month - 1 - n, 12)
            return f"{y:04d}-{mo + 1:02d}", None, "month"
        if unit == "decade":
            if (g.get("approx") or "").strip().lower() not in ("more than", "over", "just over"):
                return None  # "almost a decade ago", "a decade ago": too loose a span to date anything by
            n *= 10  # "more than a decade ago": ten years back, and before
        return f"{published.year - n:04d}", None, "year"
    month = g.get("month")
    mnum = MONTHS.get(month.lower().rstrip(".")) if month else (int(g["mnum"]) if g.get("mnum") else None)
    year = int(g["year"]) if g.get("year") else None
    if g.get("day") and mnum:
        day_n = int(g["day"])
        if year is None and published:
            year = published.year
            if mnum > published.month + 1:
                year -= 1
        if year is None:
            return None, weekday, "day" if weekday else "day"
        try:
            day = dt.date(year, mnum, day_n)
        except ValueError:
            return None
        return day.isoformat(), weekday, "day"
    if mnum:
        last = (g.get("last") or "").lower()
        if year is None and published:
            year = published.year
            # a month just after the report's is the coming one ("his contract ends in June", written on 31 May), as
            # a day of it is; a later one is last year's
            if last == "last" or mnum > published.month + 1:
                year -= 1 if (last == "last" and mnum >= published.month) or mnum > published.month + 1 else 0
            if last == "next" and mnum <= published.month:
                year += 1
        return (f"{year:04d}-{mnum:02d}" if year else None), None, "month"
    if weekday:
        if published and g.get("week"):
            step = {"last": -7, "this": 0, "next": 7}[case_key(g["week"])]
            day = published + dt.timedelta(days=WEEKDAYS[case_key(g["wd"])] - published.weekday() + step)
            return day.isoformat(), weekday, "weekday"
        if published:
            delta = (published.weekday() - WEEKDAYS[case_key(g["wd"])]) % 7
            if (g.get("last") or "").lower() == "next":
                delta = -((WEEKDAYS[case_key(g["wd"])] - published.weekday()) % 7 or 7)
            day = published - dt.timedelta(days=delta)
            return day.isoformat(), weekday, "weekday"
        return None, weekday, "weekday"
    if year:
        return f"{year:04d}", None, "year"
    return None


_RELATIONS = {"since": "since", "until": "until", "till": "until", "by": "by", "from": "from", "between": "from", "before": "before",
              "after": "after", "ago": "on"}


def _relation(text: str, start: int, span_text: str) -> str:
    """ "since Saturday" -> since; "on Saturday" -> on: dates of different relations never clash."""
    first = span_text.split()[0].lower() if span_text.split() else ""
    low = span_text.lower()
    if low.endswith(" ago"):
        if low.startswith(("more than", "over ", "just over")):
            return "before"  # "more than seven months ago": any time before then
        if low.startswith(("about", "nearly", "almost", "some ", "around", "less than", "under", "just under")):
            return "about"
    if first in _RELATIONS and not text.startswith(("'s", "’s"), start + len(span_text)):
        return _RELATIONS[first]  # (but "from Sunday's tornado" is from the tornado, which was on Sunday)
    before = _WORD_BEFORE.search(text[max(0, start - 20):start])
    word = before.group(1).lower() if before else ""
    if _STARTING.search(text[max(0, start - 20):start]):
        return "from"  # "three days of mourning starting on Monday" = "from Monday"
    if _ENDING.search(text[max(0, start - 20):start]):
        return "until"  # "his ineligibility ends on 9 August 2030" = "ineligible until 9 August 2030"
    if word == "to" and _FROM_DATE.search(text[max(0, start - 40):start]):
        return "until"  # "from 12 January to 23 January": the end of a span
    if word == "and" and _BETWEEN_DATE.search(text[max(0, start - 40):start]):
        return "until"  # "between 8 and 10 June": the end of a span
    if word in ("in", "of") and _SINCE_EVENT.search(text[max(0, start - 50):start]):
        return "since"  # "the deadliest since a derailment in June 2023": since then
    if word in ("in", "on") and _LAST_TIME.search(text[max(0, start - 40):start]):
        return "since"  # "the forest last burned in July 2007" = "has not burned since July 2007"
    return _RELATIONS.get(word, "on")


_LAST_TIME = re.compile(r"(?<!\bits )(?<!\bthe )(?<!\bhis )(?<!\bher )(?<!\btheir )(?<!\ba )\blast\s+"
                        r"[\w'’-]+\s+(?:[\w'’-]+\s+)?(?:in|on)\s*$", re.I)
_STARTING = re.compile(r"\b(?:starting|beginning|effective|as of|(?:take|takes|taking|took|taken)\s+effect|"
                       r"(?:come|comes|coming|came|enter|enters|entering|entered)\s+into\s+(?:force|effect))"
                       r"(?:\s+(?:on|from))?\s*$", re.I)
_ENDING = re.compile(r"\b(?:ends?|ended|ending|expires?|expired|expiring|runs?\s+out)(?:\s+(?:on|in))?\s*$", re.I)
_BETWEEN_DATE = re.compile(r"\bbetween\s+[\w ,]{1,25}?\s+and\s*$", re.I)
_FROM_DATE = re.compile(r"\bfrom\s+[\w ,]{1,25}?\s+to\s*$", re.I)
_SINCE_EVENT = re.compile(r"\bsince\s+(?:the|a|an|its|their)\s+[\w'’ -]{2,30}?\s+(?:in|of)\s*$", re.I)


def find_dates(text: str, published: str | None = None, offset: int = 0,
               skip: list[tuple[int, int]] = ()) -> list[DateMention]:
    """Dates and weekdays, resolved against the publication date where they are relative."""
    return _find_dates(text, lowered(text), published, offset, skip)


def _find_dates(text: str, low: str | None, published: str | None, offset: int,
                skip: list[tuple[int, int]]) -> list[DateMention]:
    """``find_dates`` with ``low = lowered(text)`` at hand: the patterns then scan ``low``.

    Every value is read back from ``text`` by its span ("May" keeps its capital), so the
    result is the case-insensitive scan's.
    """
    pub = _as_date(published)
    taken: list[tuple[int, int]] = []
    found: list[DateMention] = []
    met = _date_needs(text, low)
    if not met:
        return found  # no pattern can match: most texts
    patterns, scanned = (_DATE_PATTERNS, text) if low is None else (_DATE_PATTERNS_LOW, low)
    for pattern, needs in zip(patterns, _DATE_NEED_SETS):
        if not needs <= met:
            continue  # it cannot match
        has_month = "month" in pattern.groupindex
        for m in pattern.finditer(scanned):
            s, e = m.start(), m.end()
            whole = text[s:e]
            span_text = whole.strip()
            s += len(whole) - len(whole.lstrip())
            if any(s < te and e > ts for ts, te in taken):
                continue
            month = text[m.start("month"):m.end("month")] if has_month and m.start("month") >= 0 else None
            if month and case_key(month) in _SHORT_MONTH_WORDS and month[0].islower():
                continue  # "may" the verb, "mar" ...
            if month and month.isupper() and len(month) <= 4 and not (m.groupdict().get("day") or m.groupdict().get("year")):
                continue  # "(SEP)", "DEC": an agency's or a body's letters, not a month
            if month and case_key(month) == "may" and not (m.groupdict().get("day") or m.groupdict().get("year")) \
                    and not _MAY_CONTEXT.search(text[max(0, s - 8):s]):
                continue  # "may" the verb
            if month and month == "march" and not (m.groupdict().get("day") or m.groupdict().get("year")):
                continue  # "during the march", "the march ended": a protest march, not the month
            wd = m.groupdict().get("wd")
            if wd and case_key(wd) not in _FULL_WEEKDAYS and not month and not _ABBREVIATED_DAY.match(text, m.start("wd")):
                continue  # "the Sun", "sat the exam", "Wed to": a weekday written short only as "Sun., " or "Sat, "
            parsed = _parse_date(pub, m)
            if parsed is None:
                continue
            iso, weekday, precision = parsed
            if iso is None and weekday is None:
                continue
            if precision == "day" and iso and not m.groupdict().get("year") and \
                    (year_word := _YEAR_AFTER.match(scanned, e)):
                # "January 1 next year": that year's January, and the words are the date's own
                step = {"next": 1, "last": -1, "this": 0}[case_key(year_word.group(1))]
                iso, e = f"{pub.year + step:04d}{iso[4:]}" if pub else iso, year_word.end()
                span_text = text[s:e].strip()
            if precision == "weekday" and iso and pub and iso < published and \
                    case_key(m.groupdict().get("last") or "") != "last" and _TO_COME_BEFORE.search(text, max(0, s - 80), s):
                iso = (dt.date.fromisoformat(iso) + dt.timedelta(days=7)).isoformat()  # the coming one
            if precision == "month" and iso and pub and iso < published[:7] and not m.groupdict().get("year") and \
                    not m.groupdict().get("last") and _TO_COME_IN_CLAUSE.search(text, max(0, s - 80), s):
                iso = f"{int(iso[:4]) + 1:04d}{iso[4:]}"  # "notes should arrive in January", written in October: the coming one
            if any(ts <= s < te for ts, te in skip):
                continue
            taken.append((s, e))
            found.append(DateMention(span_text, s + offset, e + offset, iso, weekday, precision,
                                     _relation(text, s, span_text)))
    if found and ("from" in text or "between" in text):
        found += _range_starts(text, found, offset)
    found.sort(key=lambda d: d.start)
    if len(found) >= 2 and " year" in text:
        found = _month_of_year(found)
    return found


def _month_of_year(found: list[DateMention]) -> list[DateMention]:
    """ "December next year", "March last year": the month of the year named right after it, one date ("this
    year" is the year a bare month is read in already)."""
    out: list[DateMention] = []
    for d in found:
        prev = out[-1] if out else None
        if prev is not None and prev.precision == "month" and prev.iso and d.iso and d.precision == "year" and \
                0 <= d.start - prev.end <= 1 and d.text.lower() in ("next year", "last year"):
            out[-1] = DateMention(f"{prev.text} {d.text}", prev.start, d.end, f"{d.iso}-{prev.iso[5:7]}", None, "month",
                                  prev.relation)
            continue
        out.append(d)
    return out


#: The first day of a range that names its month only once: "from 8 to 10 June", "between 3 and 5 May".
_RANGE_START = re.compile(r"\b(from|between)\s+(\d{1,2})(?:st|nd|rd|th)?\s+(?:to|until|till|and|-|–)\s+$", re.I)


def _range_starts(text: str, found: list[DateMention], offset: int) -> list[DateMention]:
    """The start of each range whose end is a day of a month: "from 8 to 10 June" is from 8 June until 10 June
    (the end reads as "until" already)."""
    out = []
    for d in found:
        if d.precision != "day" or not d.iso:
            continue
        m = _RANGE_START.search(text, max(0, d.start - offset - 24), d.start - offset)
        if not m or not 1 <= int(m.group(2)) <= 31:
            continue
        try:
            day = dt.date(int(d.iso[:4]), int(d.iso[5:7]), int(m.group(2)))
        except ValueError:
            continue
        out.append(DateMention(m.group(2), m.start(2) + offset, m.end(2) + offset, day.isoformat(), None, "day", "from"))
    return out


def _as_date(value: str | None) -> dt.date | None:
    if not value:
        return None
    try:
        return dt.date.fromisoformat(value[:10])
    except ValueError:
        return None
