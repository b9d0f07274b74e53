"""Value rules: numbers and their units, dates, weekdays and clock times.

When two figures, dates or times clash, when they can be one ("about 30" / "31", "in 2031" /
"June 2031", "three decades" / "30 years"), and how many of a claim's values a reference states.
Split out of ``compare`` to keep that module to its orchestration.
"""
from __future__ import annotations

import re

from claims.lexicon.calendar import MONTHS, NUMBER_WORDS, WEEKDAY_NAMES
from claims.lexicon.roles import COUNTRIES
from claims.lexicon.heads import AGENT_ENDINGS, PERSON_NOUNS
from claims.lexicon.words import UNIT_SYNONYMS
from claims.names import fold
from claims.types import Slots

from .conflict import Conflict
from .places import _other_place
from .quotations import _norm_quote
from .retrieve import MEASURES, content_words, stem, topic_words

#: Verbs that only state a level: "it stood at 5.8 percent", "the toll remains at 12".
_LEVEL_VERBS = frozenset(stem(w) for w in "stand stood stands remain remained remains total totalled totaled "
                         # where or how big a thing is, in other verbs: "sits 3,800 metres" / "stands 2,800 metres"
                         "sit sits sat lie lies rise rises rose measure measures measured weigh weighs weighed "
                         "stretch stretches stretched "
                         # how big a batch, a bill or a list is: "the batch runs to 4.2 million notes", "amounts to"
                         "run runs ran amount amounts amounted number numbers numbered".split())


#: Words of a schedule: "due to reach the break by March 29" names the day it is due, as "on March 19" does.
_SCHEDULE = re.compile(r"\b(?:due|expected|scheduled|set to|planned|will)\b", re.I)


#: Words that date a text by the day it was written: two texts that both say "today" both mean now.
_NOW_WORDS = frozenset({"today", "now", "currently"})


#: A day right after a verb of saying is the day of the report: "said on Friday it had recovered", "told reporters
#: on Monday"; after "reported" only where the report follows ("reported on Tuesday, citing ...", "... that"), since
#: "the theft that the exchange reported on Sunday" dates the theft.
_SAID_ON = re.compile(r"\b(?:said|says|announced|confirmed|stated|disclosed|added|declared|told\s+[\w-]+)"
                      r"\s+(?:(?:late|early)\s+)?(?:on\s+)?$", re.I)
_REPORTED_ON = re.compile(r"\breported\s+(?:on\s+)?$", re.I)
_REPORT_DAY = re.compile(r"\s*(?:,\s*citing\b|that\b)", re.I)
_REPORTING = re.compile(r"\b(?:said|says|say|reported|reports|announced|announces|announcement|told|confirmed|added|wrote|"
                        r"stated|statement|posted|tweeted|declared|declaration|report|disclosed)\b", re.I)
#: An event dated by its distance from the claim's day: "closed the road on Sunday, a day after a tanker broke through".
_DAYS_APART = re.compile(r"\b(?P<n>a|one|two|three|four|five|six|\d)\s+days?\s+(?P<way>after|before|later|earlier)\b", re.I)


def _days_apart(weekdays: set[str], text: str) -> set[str]:
    """The weekdays of the other event a claim dates from its own: Sunday, "a day after" the crash, makes the crash a
    Saturday's, so a report of "late on Saturday" tells the same story."""
    if not weekdays or "day" not in text:
        return set()
    out = set()
    for m in _DAYS_APART.finditer(text):
        word = m.group("n").lower()
        n = 1 if word == "a" else int(NUMBER_WORDS.get(word) or word)
        # ("on Sunday, a day after X": X a day earlier; "on Saturday ..., a day later": a day after it)
        sign = -1 if m.group("way").lower() in ("after", "earlier") else 1
        out |= {WEEKDAY_NAMES[(WEEKDAY_NAMES.index(w) + sign * n) % 7] for w in weekdays if w in WEEKDAY_NAMES}
    return out


#: A year written out in a date's words ("January 2027"); without one, the year is only read from the tense.
_YEAR_WRITTEN = re.compile(r"\d{4}")


def _date_conflicts(claim: Slots, ref: Slots, claim_text: str = "", ref_text: str = "") -> list[Conflict]:
    """Weekdays, then dates of the same precision; "since Saturday" never clashes with "on Monday"."""
    out = []
    schedule = bool(_SCHEDULE.search(claim_text) and _SCHEDULE.search(ref_text))

    def relation_of(d) -> str:
        return "on" if schedule and d.relation == "by" else d.relation

    # the day a report was made dates the report, not what it reports: "a local television station reported on Tuesday,
    # citing people familiar with the plans, that ..." (unless the claim is of a report too)
    ref_dates = ref.dates if not ref_text or _REPORTING.search(claim_text) else \
        [d for d in ref.dates if not _SAID_ON.search(ref_text, max(0, d.start - 30), d.start) and
         not (_REPORT_DAY.match(ref_text, d.end) and _REPORTED_ON.search(ref_text, max(0, d.start - 16), d.start))]
    for relation in {relation_of(d) for d in claim.dates}:
        cd = [d for d in claim.dates if relation_of(d) == relation]
        rd = [d for d in ref_dates if relation_of(d) == relation]
        if cd and rd and all(d.text.lower() in _NOW_WORDS for d in cd + rd):
            continue  # "places that have no signal today" in both: each text's "today" is now, not a day to compare
        claim_weekdays = {d.weekday for d in cd if d.weekday}
        claim_weekdays |= _days_apart(claim_weekdays, claim_text)
        ref_weekdays = {d.weekday for d in rd if d.weekday}
        if claim_weekdays and ref_weekdays:
            if not claim_weekdays & ref_weekdays:
                out.append(Conflict("weekday", ", ".join(sorted(claim_weekdays)), ", ".join(sorted(ref_weekdays))))
            continue
        for precision, width in (("day", 10), ("month", 7), ("year", 4)):
            c_iso = {d.iso[:width] for d in cd if d.iso and d.precision == precision and len(d.iso) >= width}
            finer = {"day": ("day",), "month": ("day", "month"), "year": ("day", "month", "year")}[precision]
            r_iso = {d.iso[:width] for d in rd if d.iso and len(d.iso) >= width and d.precision in finer}
            if len(c_iso) == 1 and r_iso and not c_iso & r_iso and len(r_iso) == 1:
                c = next(d for d in cd if d.iso and d.iso[:width] in c_iso)
                r = next(d for d in rd if d.iso and d.iso[:width] in r_iso)
                if precision == "year" and ref_text and re.search(rf"(?<!\d){c.iso[:4]}(?!\d)", ref_text):
                    break  # "painted in 1943" and "'Afternoon on West Lake' (1943) ... sold on Sunday": the year is there
                if precision != "year" and c.iso[4:width] == r.iso[4:width] and not _YEAR_WRITTEN.search(c.text) and \
                        not _YEAR_WRITTEN.search(r.text):
                    break  # "in October" and "in October": the same month, each text's year only a reading of its tense
                out.append(Conflict("date", c.text, r.text))
                break
            if c_iso & r_iso:
                break
    return out


#: Minutes two clock times may differ by and still be one time ("shortly before 10 p.m." / "9:40 p.m.").
TIME_SLACK = 30


def _time_conflicts(claim: Slots, ref: Slots) -> list[Conflict]:
    """Clock times of the same event that cannot be the same time (zones must agree to compare)."""
    out = []
    for text, minutes, zone, kind in claim.times:
        others = [t for t in ref.times if (t[2] == zone or None in (t[2], zone)) and _bound(t[3]) == _bound(kind)]
        if not others:
            continue
        if not any(_time_fits(minutes, kind, o[1], o[3]) for o in others):
            out.append(Conflict("time", text, others[0][0]))
    return out


def _bound(kind: str | None) -> str | None:
    """Whether a clock time starts or ends a span ("from 7 a.m.", "until noon"), or neither."""
    return kind if kind in ("start", "end") else None


def _time_fits(minutes: int, kind: str | None, other: int, other_kind: str | None = None) -> bool:
    """Whether a reference's clock time can be the claim's ("shortly before midnight" / "11:40 p.m.")."""
    delta = other - minutes
    if kind == "before":
        return -90 <= delta <= 0
    if kind == "after":
        return 0 <= delta <= 90
    return abs(delta) <= TIME_SLACK + (30 if "about" in (kind, other_kind) else 0)


#: Percentage points a share told as "N in M" may differ from a percentage: the whole number it rounds to.
SHARE_SLACK = 1.0


def _compatible(claim_value: float, approx: str | None, ref_value: float, ref_approx: str | None) -> bool:
    if claim_value == ref_value:
        return True
    if approx == "cap" and ref_approx == "cap":
        return False  # "up to eight million" and "up to 6 million" name two ceilings of one sum
    approx = "max" if approx == "cap" else approx  # else "up to 10" is "at most 10"
    ref_approx = "max" if ref_approx == "cap" else ref_approx
    if approx == "min" and ref_value >= claim_value:
        return True
    if approx == "max" and ref_value <= claim_value:
        return True
    if ref_approx == "min" and claim_value >= ref_value:
        return True
    if ref_approx == "max" and claim_value <= ref_value:
        return True
    if "about" in (approx, ref_approx) and abs(claim_value - ref_value) <= 0.1 * max(abs(claim_value), abs(ref_value)):
        return True  # (by size: "almost minus six and a half degrees" holds minus 6.4)
    if "share" in (approx, ref_approx) and abs(claim_value - ref_value) < SHARE_SLACK:
        return True  # "two in three" (66.7) is "67 percent"
    return False


def _unit(unit: str | None) -> str | None:
    if not unit:
        return None
    unit = unit.lower()
    return UNIT_SYNONYMS.get(unit, UNIT_SYNONYMS.get(unit.rstrip("s"), unit.rstrip("s")))


def _anchor(text: str, start: int) -> str | None:
    """The content word a number measures, just before it: "majority" in "her majority was more than 2,000". A verb
    there names no sum ("the plane brought 900 vials" / "a plane carrying 600 vials": one load told two ways)."""
    before = re.sub(r"\b(?:was|were|is|are|of|at|by|to|some|about|around|more|than|less|least|nearly|almost)\b",
                    " ", text[max(0, start - 40):start])
    words = content_words(before)
    if words and (last := re.findall(r"[A-Za-z]+", before)[-1:]) and _CARRYING_VERB.fullmatch(last[0]):
        return None
    return words[-1] if words else None


#: Verbs of bringing and carrying before a figure: what is carried, not a sum's name.
_CARRYING_VERB = re.compile(r"(?:brought|bringing|carried|carrying|delivered|delivering|shipped|shipping|flew|flying|flown|"
                            r"transported|transporting|loaded|loading)", re.I)  # (not "carries": what a ship holds)


_LEVEL_BEFORE = re.compile(r"(?:\b(?:leav\w*|left)\b[^,.;]{0,30}\bwith|\b(?:bringing|taking)\b[^,.;]{0,30}\bto|"
                           r"\btotal of|\bstands? at|\bstood at)\s*(?:about|around|some|nearly|almost|just|only)?\s*$",
                           re.I)
_CHANGE_BEFORE = re.compile(r"(?:\bby|\b(?:deduct|dock|add|gain|lose|lost|cut|rais|lower|increas|decreas)\w*)\s*"
                            r"(?:about|around|some|nearly|almost|just|only)?\s*$", re.I)
#: A figure that is what a place holds or a body has: "the prison farm holds about 1,900 inmates", "employs 300".
_STOCK_BEFORE = re.compile(r"\b(?:holds?|hous(?:es|ed)|is home to|was home to|employs?|employed|accommodates?|carries|carrying|carried|can carry|"
                           r"has room for|can hold|capacity of|population of)\s*"
                           r"(?:about|around|some|nearly|almost|just|only|more than|over|up to)?\s*$", re.I)
#: A figure of what still is so, after it: "19 patients *remained* in a critical condition", "14 are *still* missing".
_STILL_AFTER = re.compile(r"[\w,.]+(?:\s+[a-z]+){0,2}?\s+(?:remain(?:ed|s)?|(?:are|were|was|is)\s+still|still)\b")
#: A running total, after its figure: "31,400 people have reached the Canaries so far this year", "since January".
_TOTAL_AFTER = re.compile(r"[^.;!?]{0,70}?\b(?:so far (?:this|in) (?:year|\d{4})|so far this season|since the (?:start|beginning) of "
                          r"the year|since (?:early |late )?January|year[- ]to[- ]date|in the year to date)\b", re.I)
#: A figure that is the gap between two others: "her lead over Villarroel was fewer than 700 votes" is no
#: candidate's total ("Quispe received 12,406 votes").
_GAP_BEFORE = re.compile(r"\b(?:lead|margin|gap|difference|majority|ahead|behind)\b[^,.;:()]{0,40}$", re.I)


def _same_measure(claim: Slots, ref: Slots) -> bool:
    """The reference states the claim's measured quantity, in its unit ("less than ten minutes" / "about seven
    minutes"): a value shared counts as a word shared."""
    return any(n.unit and r.unit and _unit(n.unit) == _unit(r.unit) and _same_quantity(n, r)
               for n in claim.numbers for r in ref.numbers)


def _number_role(text: str, start: int) -> str | None:
    """Whether a figure is a level ("leaves the club with eight points"), a change ("docked nine points"), a gap
    ("a margin of 654 votes") or a stock ("the prison farm holds about 1,900 inmates")."""
    before = text[max(0, start - 50):start]
    if _LEVEL_BEFORE.search(before):
        return "level"
    if _STOCK_BEFORE.search(before) or _STILL_AFTER.match(text, start):
        return "stock"  # ("19 patients remained in a critical condition": what is still so, no count of an event)
    if _TOTAL_AFTER.match(text, start):
        return "total"  # ("31,400 people have reached the islands so far this year": a running total, no one event's)
    if _CHANGE_BEFORE.search(before):
        return "change"
    if _GAP_BEFORE.search(before):
        return "gap"
    return None


def _dated_like(figures: list, claim: Slots, ref: Slots):
    """Of a reference's figures, the one nearest a date the claim has ("from 4.8 percent in April" for a claim
    about April, not "4.1 percent in May"); the first where none is dated so."""
    dates = [r for r in ref.dates if any(_same_date(d, r) for d in claim.dates)]
    if not dates:
        return figures[0]
    return min(figures, key=lambda f: min(abs(f.start - d.start) for d in dates))


#: Currencies, for sums (see ``_number_conflicts``).
_MONEY = frozenset("""$ € £ euro dollar pound yen yuan dong rupee rupiah taka dinar franc krona krone kroner zloty lira
    rand shilling naira peso real rouble ruble won kwacha cedi lari hryvnia forint leu lei baht ringgit""".split())


_AFTER_SUM = re.compile(r"\s+(?:(?:of|towards?|in)\s+(?:the\s+|its\s+|his\s+|her\s+|their\s+)?(?:state\s+|public\s+)?)?([a-z]+)")


def _sum_name(text: str, number, anchor: str | None) -> str | None:
    """What a sum is called: the word after it ("a 5 million yen bonus", "214 million euros of aid", "2,000 francs
    towards the costs"), else the
    word before it ("Investment: some 1.2 billion euros")."""
    m = _AFTER_SUM.match(text, number.end) if text else None
    after = content_words(m.group(1)) if m else []
    return after[0] if after else anchor


def _is_money(unit: str) -> bool:
    return unit[:1] in "$€£" or any(w in _MONEY for w in (_unit(unit) or "").split())


def _number_conflicts(claim: Slots, ref: Slots, claim_text: str = "", ref_text: str = "") -> list[Conflict]:
    out = []
    ref_words = set(content_words(ref_text)) if ref_text else set()
    place_words = {w for p in claim.places for w in content_words(p)}
    for n in claim.numbers:
        if not n.unit and any(r.value == n.value and r.approx == n.approx for r in ref.numbers):
            continue  # "by 71 votes to 12" and "12 voted against and 5 abstained": a bare figure the report states
        anchor = _anchor(claim_text, n.start) if claim_text else None
        same_unit = [r for r in ref.numbers if (r.unit and n.unit and (_unit(r.unit) == _unit(n.unit) or _same_base(n.unit, r.unit)))
                     or (anchor and (not r.unit or not n.unit) and _anchor(ref_text, r.start) == anchor)
                     or (anchor in _GROUPS and _anchor(ref_text, r.start) == anchor and _counts_people(n.unit) and
                         _counts_people(r.unit))]  # "a team of 36 doctors and nurses" / "a team of 26 specialists"
        if anchor in place_words or anchor in _LEVEL_VERBS:
            anchor = None  # "arriving from Warsaw with 178 passengers", "had stood at 5.8 percent": no sum's name
        if anchor and anchor not in ref_words:
            # "a commission of ten million euros" and "a fee of 42 million euros": two sums, not one
            same_unit = [r for r in same_unit if not _anchor(ref_text, r.start)]
        elif n.unit and _is_money(n.unit) and (name := _sum_name(claim_text, n, anchor)):
            # "Investment: some 1.2 billion euros" and "214 million euros of aid": a sum is what it is called
            same_unit = [r for r in same_unit if _sum_name(ref_text, r, _anchor(ref_text, r.start)) in (None, name)]
        # "helped the three down to Camp 1, at 5,900 metres": the figure of a named thing the claim does not name
        same_unit = [r for r in same_unit if not _owned_elsewhere(ref_text, r.start, claim_text)]
        whole = _share_of(claim_text, n.end) if claim_text and n.unit == "percent" else None
        if whole:
            # "one in five of the growers" is no share of "100 percent of their grapes": a share is of something
            same_unit = [r for r in same_unit if _share_of(ref_text, r.end) in (None, whole)]
        siblings = [m for m in claim.numbers if m is not n and m.unit and n.unit and _unit(m.unit) == _unit(n.unit)]
        parts = _parts_of_the_same_whole(claim_text, n, siblings, ref_text, ref.numbers)
        if parts:
            # "about 60 of the novel's 312 pages" and "about 40 of the 312 pages": two shares of one whole
            if not any(_compatible(n.value, n.approx, r.value, r.approx) for r in parts):
                out.append(Conflict("number", n.text, parts[0].text))
            continue
        if any(_compatible(m.value, m.approx, r.value, r.approx) for m in siblings for r in same_unit):
            continue  # "of the roughly 9,600 tonnes on board, more than 300 have escaped": the reference speaks to the 300
        # a figure of the reference that another figure of the claim states is that one's: "of the 9,600 tonnes on
        # board, more than 300 have escaped" and "about 310 tonnes escaped"
        same_unit = [r for r in same_unit if not any(_compatible(m.value, m.approx, r.value, r.approx)
                                                     for m in claim.numbers if m is not n)]
        role = _number_role(claim_text, n.start) if claim_text else None
        if role == "gap":
            # a lead is a gap, or what was won by: never a total
            same_unit = [r for r in same_unit if _number_role(ref_text, r.start) in ("gap", "change")]
        elif role in ("stock", "total"):
            # what a place holds is no count of what happened there: "holds about 1,900 inmates" / "14 inmates broke out";
            # nor is a year's running total the count of one event ("31,400 so far this year" / "187 people aboard")
            same_unit = [r for r in same_unit if _number_role(ref_text, r.start) == role]
        elif role:
            # "leaves the club with eight points" is a level; "deducted nine points" a change
            same_unit = [r for r in same_unit if _number_role(ref_text, r.start) in (None, role)]
        else:
            same_unit = [r for r in same_unit if _number_role(ref_text, r.start) != "gap"]
        if same_unit and claim_text and ref_text and _counts_people(n.unit):
            # "Eight riders had to quit the race" / "brought down 23 riders", "four riders were taken to hospital":
            # people counted by what befell them, and another fate is another group
            here = _number_context(claim_text, n.start, n.end)
            same_unit = [r for r in same_unit if not here or here & _number_context(ref_text, r.start, r.end)]
        if same_unit and not any(_same_quantity(n, r) for r in same_unit) and \
                not any(_compatible(n.value, n.approx, r.value, r.approx) for r in ref.numbers if not r.unit):
            # ("Nine people died and 14 are missing" states the claim's 14: no clash with "nine people")
            out.append(Conflict("number", n.text, _dated_like(same_unit, claim, ref).text))
    return out


#: A figure, then "of" the whole it is part of: "60 of the novel's 312 pages", "40 of its 312".
_OF_WHOLE = re.compile(r"\s*(?:(?:[a-z]+\s+)?of\s+)?(?:(?:the|its|their|his|her)\s+)?(?:[\w'’-]+['’]s\s+)?(?:[a-z]+\s+)?")


def _parts_of_the_same_whole(claim_text: str, n, siblings, ref_text: str, ref_numbers) -> list:
    """The reference's figures that are, like the claim's ``n``, a part "of" the same whole the claim gives beside it."""
    if not claim_text or not ref_text:
        return []
    wholes = [m for m in siblings if _part_then_whole(claim_text, n, m)]
    if not wholes:
        return []
    return [r for r in ref_numbers for w in ref_numbers if w is not r and _part_then_whole(ref_text, r, w)
            and any(_compatible(m.value, m.approx, w.value, w.approx) for m in wholes)]


def _part_then_whole(text: str, part, whole) -> bool:
    """ "60 of the novel's 312 pages": ``part`` is a figure "of" the figure ``whole`` just after it (the "of" may be
    read as part of the figure's own words)."""
    if whole.start <= part.end or whole.start - part.end > 30:
        return False
    between = text[part.end:whole.start]
    return (part.text.rstrip().endswith(" of") or " of " in f" {between} ") and bool(_OF_WHOLE.fullmatch(between))


#: What a share is of: "18 percent *of the growers*", "one in five *of the growers*".
_SHARE_OF = re.compile(r"\s+of\s+(?:the|their|its|his|her|all|these|those)?\s*(?:[\w'’-]+\s+){0,2}?([a-z]+s)\b")


def _share_of(text: str, end: int) -> str | None:
    """The plural noun a share right before ``end`` is a share of, stemmed, or None."""
    m = _SHARE_OF.match(text, end)
    return stem(m.group(1)) if m else None


#: A figure put after a name as its attribute: "Camp 1, at 5,900 metres", "Lake Kivu, at 1,460 metres".
_NAMED_BEFORE = re.compile(r"\b([A-Z][\w'’-]*(?:\s+(?:[A-Z][\w'’-]*|\d+))*),\s+(?:at|of)\s+$")


def _owned_elsewhere(ref_text: str, start: int, claim_text: str) -> bool:
    """The reference's figure belongs to a name the claim does not mention."""
    m = _NAMED_BEFORE.search(ref_text, max(0, start - 60), start) if ref_text else None
    return bool(m and fold(m.group(1)) not in fold(claim_text))


#: Bodies of people counted by their members, however the members are called.
_GROUPS = frozenset("team crew delegation panel squad staff".split())


def _counts_people(unit: str | None) -> bool:
    """Whether a unit counts people ("riders", "people", "passengers")."""
    u = (unit or "").lower().split()[-1:]
    return bool(u) and (u[0] in ("people", "persons") or (u[0].endswith("s") and (
        u[0][:-1] in PERSON_NOUNS or u[0][:-1].endswith(AGENT_ENDINGS))))


def _number_context(text: str, start: int, end: int) -> set[str]:
    """Content words right around a quantity: what it counts ("40 people were injured" -> injure)."""
    return set(topic_words(text[max(0, start - 30):start]) + topic_words(text[end:end + 30])[:3])


def _other_time(claim: Slots, ref: Slots) -> bool:
    """The reference dates its figure to another time than the claim ("a fire in March 2025 burned 900 hectares")."""
    return bool(claim.dates and ref.dates) and not any(_same_date(d, r) for d in claim.dates for r in ref.dates)


def _counts_things(claim: Slots) -> bool:
    """Whether the claim's numbers count things ("nine villages"), not measures ("9 kilometres")."""
    return bool(claim.numbers) and all(n.unit and n.unit.lower().split()[-1] not in MEASURES for n in claim.numbers)


def _same_number_context(claim: Slots, claim_text: str, ref: Slots, ref_text: str) -> bool:
    return any(_number_context(claim_text, n.start, n.end) & _number_context(ref_text, r.start, r.end)
               for n in claim.numbers for r in ref.numbers if _unit(n.unit) == _unit(r.unit))


def _values_disagree(claim: Slots, ref: Slots, claim_text: str | None = None, ref_text: str | None = None) -> bool:
    """The reference gives the same kind of quantity, and no value of it agrees with the claim's."""
    for n in claim.numbers:
        same = [r for r in ref.numbers if n.unit and r.unit and _unit(r.unit) == _unit(n.unit)]
        if same and not any(_compatible(n.value, n.approx, r.value, r.approx) for r in same):
            return True
        if n.unit and not same and ref.numbers and all(not r.unit for r in ref.numbers) and \
                not any(_compatible(n.value, n.approx, r.value, r.approx) for r in ref.numbers):
            return True  # "About 30,000 homes were destroyed" is not supported by "... destroyed: 13,200."
    if ref_text is not None and _other_place(claim, ref, claim_text, ref_text):
        return True  # "made ... at the company's factory in Malmö" is not supported by "its plant in Älvhamn"
    if len(claim.dates) == 1:  # a range or two dates are compared by the clash rules alone
        # "last erupted in May 1998" is not supported by "began erupting on Sunday"
        d = claim.dates[0]
        if d.relation in ("about", "before") and d.iso:
            # "less than two years ago" is not supported by this Thursday's declaration of another emergency
            dated = [r for r in ref.dates if r.relation == "on" and r.iso]
            if dated and not any(_same_date(d, r) for r in dated):
                return True
        same = [r for r in ref.dates if r.relation == d.relation]
        if d.relation == "on" and d.iso and not same:
            # "shut down last month" is not supported by "shut down from 8 to 10 June": a span of other days
            span = [r for r in ref.dates if r.relation in ("from", "until") and r.iso]
            if span and not any(r.iso.startswith(d.iso) or d.iso.startswith(r.iso) for r in span):
                return True
        if d.weekday and any(r.weekday for r in same):
            return not any(r.weekday == d.weekday for r in same)
        if d.iso and any(r.iso for r in same):
            # a month without a year ("in August") is compared as a month: its year is a guess
            key = (lambda iso: iso[4:7]) if d.precision == "month" and not _YEAR.search(d.text) else (lambda iso: iso)
            # (a span inside the claim's year or month holds it: "this year" / "between 1 January and 30 September")
            within = d.relation == "on" and d.precision in ("year", "month") and \
                any(r.iso and r.relation in ("from", "until") and r.iso.startswith(d.iso) for r in ref.dates)
            if not within and not any(r.iso and (key(r.iso).startswith(key(d.iso)) or key(d.iso).startswith(key(r.iso)))
                                      for r in same):
                return True
    return False


_YEAR = re.compile(r"\b\d{4}\b")


def _value_counts(claim: Slots, ref: Slots, stated: bool = True) -> tuple[int, int]:
    """How many checkable values the claim states, and how many of them the reference states too (``stated``: told at
    least as finely; else only held, as a date's year holds its day, which is enough to say two texts share a story)."""
    same_date = _states_date if stated else _same_date
    wanted = matched = 0
    for n in claim.numbers:
        wanted += 1
        if any(_states_quantity(n, r) for r in ref.numbers):
            matched += 1
    for d in claim.dates:
        wanted += 1
        if any(same_date(d, r) for r in ref.dates):
            matched += 1
    for _, minutes, _, kind in claim.times:
        wanted += 1
        if any(_time_fits(minutes, kind, other[1]) for other in ref.times):
            matched += 1
    ref_places = {fold(p) for p in ref.places}
    for p in claim.places:
        wanted += 1
        if fold(p) in ref_places:  # "Áno Vrýsi" and "Ano Vrysi"
            matched += 1
    return wanted, matched


_PRECISION_RANK = {"year": 1, "month": 2, "weekday": 3, "day": 3}


def _states_date(claim_date, ref_date) -> bool:
    """Whether a reference's date states the claim's: the same date, told at least as finely. "The season of 2026"
    does not state "closed on January 12" (though it holds it); "Monday, 12 January" states "on Monday"."""
    return _same_date(claim_date, ref_date) and (
        _PRECISION_RANK.get(ref_date.precision, 3) >= _PRECISION_RANK.get(claim_date.precision, 3) or
        bool(claim_date.weekday and ref_date.weekday == claim_date.weekday))


def _same_date(claim_date, ref_date) -> bool:
    """One date said at two precisions: "in 2031" holds "June 2031", a weekday its date."""
    if claim_date.weekday and ref_date.weekday == claim_date.weekday:
        return True
    a, b = claim_date.iso, ref_date.iso
    if a and b and claim_date.relation == "before" and b[:len(a)] <= a:
        return True  # "more than seven months ago" holds June of last year
    return bool(a and b and (a.startswith(b) or b.startswith(a)))


#: Units one quantity is said in: value in the first unit = value x factor in the second.
UNIT_FACTORS = {"decade": ("year", 10), "decades": ("year", 10), "years": ("year", 1), "year": ("year", 1),
                "day": ("hour", 24), "days": ("hour", 24), "hour": ("hour", 1), "hours": ("hour", 1),
                "minute": ("hour", 1 / 60), "minutes": ("hour", 1 / 60), "second": ("hour", 1 / 3600),
                "seconds": ("hour", 1 / 3600),
                "cubic": ("litre", 1000), "litres": ("litre", 1), "liters": ("litre", 1), "litre": ("litre", 1),
                "kilometres": ("metre", 1000), "kilometre": ("metre", 1000), "km": ("metre", 1000),
                "metres": ("metre", 1), "metre": ("metre", 1), "meters": ("metre", 1), "m": ("metre", 1),
                "tonnes": ("kilogram", 1000), "tonne": ("kilogram", 1000), "kilograms": ("kilogram", 1),
                "kilogram": ("kilogram", 1), "kg": ("kilogram", 1),
                "month": ("year", 1 / 12), "months": ("year", 1 / 12), "week": ("hour", 168), "weeks": ("hour", 168)}
#: Metric prefixes before a unit of their own ("0.3 gigabecquerels" is "300 megabecquerels").
_SI_PREFIXES = {"kilo": 1e3, "mega": 1e6, "giga": 1e9, "tera": 1e12, "milli": 1e-3}
_SI_UNITS = ("becquerel", "watt", "byte", "hertz", "joule", "volt")


def _in_base(value: float, unit: str | None) -> tuple[float, str | None]:
    """ "three decades" -> (30, "year"); "60 cubic metres" -> (60000, "litre"); other units as they are."""
    if unit and unit.lower() in UNIT_FACTORS:
        base, factor = UNIT_FACTORS[unit.lower()]
        return value * factor, base
    low = (unit or "").lower().rstrip("s")
    if low.endswith(_SI_UNITS):
        for prefix, factor in _SI_PREFIXES.items():
            if low.startswith(prefix) and low[len(prefix):] in _SI_UNITS:
                return value * factor, low[len(prefix):]
    return value, _unit(unit)


def _same_base(a: str | None, b: str | None) -> bool:
    """Two units of one measure that convert: "years" and "month", "gigabecquerels" and "megabecquerels"."""
    return bool(a and b) and _in_base(1, a)[1] == _in_base(1, b)[1] and (
        a.lower() in UNIT_FACTORS or _in_base(1, a)[1] != _unit(a))


#: Approximations that only bound a figure: "at least seven" does not state "19", though 19 fits it.
_BOUNDS = ("min", "max", "cap")


def _states_quantity(n, r) -> bool:
    """Whether a reference figure states the claim's: an exact claim needs more than a bound it fits."""
    return _same_quantity(n, r) and not (n.approx is None and r.approx in _BOUNDS)


def _same_quantity(n, r) -> bool:
    """Two figures that can be one: the same value (approximations allowed), converted to one unit if they name one."""
    nv, nu = _in_base(n.value, n.unit)
    rv, ru = _in_base(r.value, r.unit)
    if nu and ru and nu != ru and (n.unit or "").lower() in UNIT_FACTORS and (r.unit or "").lower() in UNIT_FACTORS:
        return False
    if nu and ru and nu == ru:
        return _compatible(nv, n.approx, rv, r.approx)
    return _compatible(n.value, n.approx, r.value, r.approx)


def _shares_values(claim: Slots, ref: Slots, ref_text: str | None = None) -> bool:
    """Whether the reference states the claim's own checkable values (or the claim has none)."""
    wanted = 0
    shared = 0
    if claim.dates:
        wanted += 1
        if any(_states_date(d, r) for d in claim.dates for r in ref.dates):
            shared += 1
    if claim.numbers:
        wanted += 1
        if any(_states_quantity(n, r) for n in claim.numbers for r in ref.numbers):
            shared += 1
    if claim.quotes:
        wanted += 1
        if any(_norm_quote(q.text) in _norm_quote(r.text) for q in claim.quotes for r in ref.quotes):
            shared += 1
    # a place the claim names is a value the support must state ("fired from near Hamhung")
    local = [fold(p) for p in claim.places if p not in COUNTRIES and p.lower() not in MONTHS]
    ref_places = fold(" ".join(ref.places) + " " + (ref_text or ""))
    if local and not all(p in ref_places for p in local):
        return False  # (each of them: "at the Chongón Norte substation outside Machala")
    return wanted == 0 or shared > 0
