"""Compare a claim with one reference sentence, slot by slot.

Each rule is one function over the values ``claims.entities`` extracts from both
texts: people in roles, dates and weekdays, numbers, places, negation and the words
of a quote. A rule reports a clash only when the reference is about the same thing
(enough of the claim's content words are there); the values that clash are named,
so the report can show both.
"""
from __future__ import annotations

import math
import re
from dataclasses import dataclass, replace

from rapidfuzz import fuzz

from claims.entities import find_quotes, is_negated, proper_nouns, slots
from claims.lexicon.antonyms import ANTONYMS
from claims.lexicon.calendar import MONTHS
from claims.lexicon.roles import COUNTRIES, VAGUE_ROLES
from claims.lexicon.words import UNIT_SYNONYMS
from claims.names import fold, name_parts, same_person
from claims.types import Quote, Slots

from .retrieve import COUNTRY_FORMS, MEASURES, content_words, coverage, match_score, normalise, stem, topic_words

#: Share of the claim's topic words a reference sentence must hold to be considered at all,
SENTENCE_ABOUT = 0.4
#: ... that the sentence with its neighbours must hold for a clash of a single value,
CLASH_ABOUT = 0.5
#: ... and for support: from the sentence alone, or from its window.
SUPPORT = 0.55
#: A date names when something happened: the sentence itself must be about that happening.
DATE_ABOUT = 0.5
#: ... or the claim's dated clause and the reference's clause must share most of their words.
DATE_CLAUSE_ABOUT = 0.75
_CLAIM_CLAUSES = re.compile(r",\s+(?:when|where|while|as|after|before|and|but|which)\s+|;\s+")


def _dated_clause(claim_text: str, claim_slots: Slots) -> str | None:
    """The clause of a claim that holds its date, when the claim has several clauses."""
    if not claim_slots.dates and not claim_slots.times:
        return None
    parts = _CLAIM_CLAUSES.split(claim_text)
    if len(parts) < 2:
        return None
    marks = [d.text for d in claim_slots.dates] + [t[0] for t in claim_slots.times]
    for part in parts:
        if any(mark in part for mark in marks):
            return part
    return None
#: Topic words a reference sentence must share with the claim (all of them, for shorter claims).
MIN_SHARED = 3
_CLAUSES = re.compile(r",\s+(?:and|but|while|whereas)\s+|;\s+|,\s+(?=(?:police|officials?|the \w+) said\b)|,\s+(?=\w+ing\b)")
#: "the collapsed mine": a participle used as an adjective names a thing, not the event the date belongs to.
_ATTRIBUTIVE = re.compile(r"\b(?:the|a|an|its|their)\s+\w+(?:ed|en)\b", re.I)


def _clause_about(claim_words: list[str], ref_text: str) -> str:
    """The clause of a reference sentence that speaks to the claim: a date in another clause is another event's."""
    clauses = [c for c in _CLAUSES.split(ref_text) if c.strip()]
    if len(clauses) < 2:
        return ref_text
    return max(clauses, key=lambda c: coverage(claim_words, topic_words(c)))
WINDOW_SUPPORT = 0.7
#: Words around a claim that make a reference only a relay of someone else's report.
_RELAYED = re.compile(r"\b(?:had said|had reported|was quoted|were quoted|reportedly|claimed that|allegedly|"
                      r"according to (?:a |the |unconfirmed )?(?:report|reports|media)|as reported by|quoted by|"
                      r"(?:media|reports?|newspapers?|paper|outlets?|channels?|television|tv|radio|radio station|broadcaster|station|"
                      r"news agency|website|blog|tabloid) (?:reported|said|say|says|will report|claimed)|preview|"
                      r"citing (?:unnamed|anonymous)|could not (?:be )?(?:independently )?(?:confirm|verif)|"
                      r"unconfirmed|is said to|are said to|was said to|rumou?rs?|social media|purport\w*|claims? to|"
                      r"(?:posts?|users?|messages?|videos?|some \w+) (?:[\w'’-]+ ){0,4}?(?:say|says|said|saying|claim|claims|claimed|claiming|suggest|suggests|suggested|suggesting)|"
                      r"(?:aware of|there (?:are|were|have been)) (?:\w+ ){0,3}(?:claims?|reports?|allegations?) (?:\w+ ){0,4}?that)\b", re.I)
#: A reference that repeats a claim in order to deny or debunk it.
_FALSE = re.compile(r"\b(?:(?:is|was|are|were) (?:false|untrue|fabricated|fake|wrong|incorrect)|fabricated|debunked|hoax|"
                    r"falsely|(?:issued|made|gave) no such|never said|rating: false)\b", re.I)
#: A sentence that only reports what someone claims ("a video claims to show ..."): followed by "The claim is
#: false", it is the first half of a debunk.
_CLAIM_REPORT = re.compile(r"\b(?:claims?|claimed|claiming|purports?|purported|purportedly|alleges?|alleged|allegedly)"
                           r"(?:\s+(?:that|to\s+(?:show|be)))?\s+(?P<p>.+)", re.I)


def _claimed_then_refuted(claim_words: list[str], ref_text: str, context: str | None) -> bool:
    """ "A video ... claims to show a cargo ship washed onto the beach at Kuakata." then "The claim is false.":
    what is claimed is this claim (both ways, the debunk's own words aside), and the report says it is false."""
    m = _CLAIM_REPORT.search(ref_text)
    if not m or not context or not _FALSE.search(context.replace(ref_text, " ")):
        return False
    proposition = m.group("p")
    own = [w for w in claim_words if w not in _DEBUNK_WORDS]
    return coverage(own, topic_words(proposition)) >= DEBUNK_ABOUT and \
        coverage(_lower_words(proposition), own) >= DEBUNK_ABOUT
#: A reference that repeats a claim without standing behind it: no evidence either way, or a party's denial.
_NO_EVIDENCE = re.compile(r"\b(?:no evidence (?:that|of)|(?:could|can) not (?:be )?(?:confirm|verif)\w*|unsubstantiated|"
                          r"denied (?:that|reports?|claims?|allegations?)|den(?:y|ies) (?:that|reports?|claims?|allegations?)|"
                          r"rejected (?:claims?|reports?|allegations?)|dismissed (?:claims?|reports?))\b", re.I)
#: A reference that says something may happen only weakly supports a claim that it will.
_MODAL = re.compile(r"\b(?:[Cc]ould|may|[Mm]ight|[Pp]ossibly|[Pp]erhaps|[Cc]onsidering|expected to|likely to)\b")  # "May" is a month
#: Verbs that only state a level: "it stood at 5.8 percent", "the toll remains at 12".
_LEVEL_VERBS = frozenset(stem(w) for w in "stand stood stands remain remained remains total totalled totaled".split())
#: Words of a debunk itself, left out when checking that it debunks this very claim.
_DEBUNK_WORDS = frozenset(stem(w) for w in "claim false untrue fabricated fake wrong incorrect debunk hoax rating fact check show video "
                          "post posts social media share shared".split())
#: "The claim that X is false", "It is not true that X": X is what the reference refutes.
_DEBUNKED = (
    re.compile(r"\b(?:claims?|reports?|posts?|suggestions?|allegations?|rumou?rs?|stor(?:y|ies)|videos?)\s+"
               r"(?:\w+\s+){0,4}?that\s+(?P<p>.+?),?\s+(?:is|are|was|were|has been|have been)\s+(?:also\s+)?"
               r"(?:false|untrue|fabricated|fake|wrong|incorrect|baseless|unfounded|misleading|not true)\b", re.I),
    re.compile(r"\b(?:it is|it's|it was)\s+(?:false|untrue|not true|wrong)\s+that\s+(?P<p>.+)", re.I),
)
#: Share of the claim's words the refuted proposition must hold, and of the proposition's (names aside)
#: the claim must hold, for the refutation to be about this claim.
DEBUNK_ABOUT = 0.6


def _lower_words(text: str) -> list[str]:
    """Topic words of the lower-case tokens: what is said, without who it is said of."""
    return topic_words(" ".join(t for t in re.findall(r"[\w'’-]+", text) if not t[:1].isupper()))


def _debunked(ref_text: str) -> str | None:
    """The proposition a reference calls false, when it says so in one of the usual ways."""
    for pattern in _DEBUNKED:
        m = pattern.search(ref_text)
        if m:
            return m.group("p")
    return None


_MONTH_WORDS = frozenset(MONTHS)
_REF_PRONOUN = re.compile(r"(?:(?:in|on|by|at|since|from) [\w ,]{1,30}?\s)?(?:it|he|she|they)\b", re.I)
_FIRST_PERSON = re.compile(r"\b(?:we|our|us)\b", re.I)
_FIRST_PERSON_QUOTE = re.compile(r"\b(?:I|me|my|we|our|us)\b")


def _denies_itself(claim_text: str, ref: Slots, context: str) -> bool:
    """Someone the claim names, denying it in their own words: "I have not offered my resignation," he said
    (after "Kivisild denied claims that ..."): an interested party, whose denial settles nothing."""
    if not any(_FIRST_PERSON_QUOTE.search(q.text) and is_negated(q.text) for q in ref.quotes):
        return False
    names = proper_nouns(claim_text) - _MONTH_WORDS
    return any(re.search(rf"\b{re.escape(n)}\b", context, re.I) for n in names)


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
    specific: bool = True  # support that states the claim's own values (date, number, place, quote)


def _norm_quote(text: str) -> str:
    return re.sub(r"[^a-z0-9 ]", "", fold(text)).split() and " ".join(re.sub(r"[^a-z0-9 ]", " ", fold(text)).split())


_OPENING = re.compile(r'^\s*(?:\([^)]*\)\s*)?["“«]([^"”»]{8,})$')


def _open_quotation(ref_text: str, ref: Slots) -> Slots:
    """A quotation the reference opens in this sentence and closes in a later one ('"Every family ... winter.
    The state will not leave anyone alone," said ...'): the sentence's words are quoted words too."""
    m = _OPENING.match(ref_text.rstrip())
    if not m:
        return ref
    inner = m.group(1).rstrip(" .,")
    return replace(ref, quotes=(Quote(inner, m.start(1), m.start(1) + len(inner)),))


_CLOSING = re.compile(r'^([^"“”«»]{8,}?)[,.!?]?["”»]')


def _closing_quotation(ref_text: str, ref: Slots, context: str) -> Slots:
    """A quotation the reference opened in an earlier sentence and closes in this one ('It was a technical
    failure, and ...," the minister said.'): the whole quotation, as its neighbours hold it."""
    m = _CLOSING.match(ref_text.strip())
    if not m:
        return ref
    part = m.group(1).strip(" ,.")
    whole = next((q for q in find_quotes(context) if part in q.text), None)
    return replace(ref, quotes=(whole,)) if whole else ref


def _same_speaker(speaker: str, name: str) -> bool:
    """The speaker a claim's quotation is given to, in a reference: the same person, or someone of the same
    surname (a quotation given to "Irakli Abashidze" and to "Giorgi Abashidze" is one man's words, whichever
    given name is wrong)."""
    if same_person(speaker, name):
        return True
    a, b = name_parts(speaker), name_parts(name)
    return bool(a and b) and a[-1] == b[-1] and len(a[-1]) >= 4


def _quote_conflicts(claim: Slots, ref: Slots, speaker: str | None = None) -> list[Conflict]:
    """A quotation whose words differ from the same speaker's quotation in the reference.

    When the reference names who speaks and it is someone else, two similar quotes
    are two people's words, not a misquote.
    """
    if speaker and ref.people and not any(_same_speaker(speaker, p.name) for p in ref.people):
        return []
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


_NEG_HEAD = re.compile(r"\b(?:not|never|no longer|failed to|fails to|failing to|did not|does not|didn't|doesn't|has not|have not|hasn't|haven't|"
                       r"was not|were not|wasn't|weren't|is not|isn't|will not|won't)\s+(?:\w+ly\s+)?(\w+(?:\s+part)?)", re.I)


_NEG_ANY = re.compile(r"\b(?:not|never|no|without|ruled out|rules out|rule out|denied|denies|refused|rejected|"
                      r"did not|does not|didn't|doesn't)\b((?:\s+[\w'-]+){1,4})", re.I)


def _negated_predicates(text: str) -> list[set[str]]:
    """What a negation denies, as alternatives: "did not participate" -> [{"participate"}];
    "no clinical records" -> [{"clinical", "record"}] (a noun phrase must match whole).
    Paraphrases are joined first: "did not take the stand" denies testifying."""
    text = normalise(text)
    m = _NEG_HEAD.search(text)
    if m:
        # "failed to go off": a verb too short for a content word is a predicate too
        words = content_words(m.group(1)) or [stem(w) for w in re.findall(r"[a-z]+", m.group(1).lower())
                                              if len(w) <= 2 and w not in ("a", "an", "be", "to", "of")]
        if words:
            return [{words[0]}]
    out: list[set[str]] = []
    for m in _NEG_ANY.finditer(text):
        words = content_words(m.group(1))[:2]
        if not words:  # "is not over": the predicate is a small word, compared as it is
            raw = [stem(w) for w in re.findall(r"[a-z]+", m.group(1).lower()) if w not in ("the", "a", "an", "be", "been")]
            if raw:
                out.append({raw[0]})
            continue
        if words[0] in _INTENT_WORDS and len(words) > 1:
            out.append({words[1]})  # "no plans to vaccinate" denies vaccinating
        elif m.group().lower().startswith("no "):
            out.append(set(words))
        else:
            out.append({words[0]})  # "asked not to return to evacuated areas" denies returning, not evacuating
    return out


#: Nouns of intent between a negation and what it denies: "no plans to vaccinate", "no intention of leaving".
_INTENT_WORDS = frozenset(stem(w) for w in "plan plans intention intentions intent decision proposal move".split())
#: A subject denied outright: "No lawmaker from the coalition supported the motion".
_NO_SUBJECT = re.compile(r"^\s*(?:no|not a single|not one|none of the)\s+([a-z]+)", re.I)


def _counted_against_none(negated_text: str, other_text: str, other: Slots) -> bool:
    """ "No lawmaker ... supported the motion" and "Two lawmakers ... backed the motion": the other text counts
    what the claim says there were none of."""
    m = _NO_SUBJECT.match(negated_text)
    if not m or _antonym_conflict(negated_text, other_text):
        return False  # ("Two lawmakers opposed the motion" says nothing of whether any supported it)
    noun = stem(m.group(1))
    return any(n.unit and n.value >= 1 and noun in {stem(w) for w in n.unit.lower().split()} for n in other.numbers)


def _same_denial(claim_text: str, ref_text: str) -> bool:
    """Two negative sentences deny the same thing: "did not try to stop the strike" is not supported by
    "the court rejected an application by Rheinflug", which denies something else."""
    claim_denies = _negated_predicates(claim_text)
    ref_denies = _negated_predicates(ref_text)
    if not claim_denies or not ref_denies:
        return True  # nothing to compare: leave it to the words
    return any(a & b for a in claim_denies for b in ref_denies)


def _negation_conflict(claim_text: str, ref_text: str, claim: Slots, ref: Slots) -> list[Conflict]:
    """One text denies what the other affirms, about the same predicate."""
    if claim.negated == ref.negated:
        return []
    negated_text = claim_text if claim.negated else ref_text
    other = ref_text if claim.negated else claim_text
    if _NOT_SINCE.search(negated_text) and _LAST.search(other):
        return []  # "had not burned since 2007" says what "last burned in 2007" says
    other_words = set(content_words(other)) | {stem(w) for w in re.findall(r"[a-z]+", other.lower())}
    if not any(alternative <= other_words for alternative in _negated_predicates(negated_text)) and \
            not _counted_against_none(negated_text, other, ref if claim.negated else claim):
        return []
    return [Conflict("negation", _negation_window(claim_text) if claim.negated else _clip(claim_text),
                     _negation_window(ref_text) if ref.negated else _clip(ref_text))]


_OPPOSITES = {}
for _a, _b in ANTONYMS:
    _OPPOSITES.setdefault(stem(_a), set()).add(stem(_b))
    _OPPOSITES.setdefault(stem(_b), set()).add(stem(_a))


def _antonym_conflict(claim_text: str, ref_text: str) -> list[Conflict]:
    """ "The road stayed open" / "the road was closed": the opposite is in the word, not in a "not"."""
    claim_words = set(content_words(claim_text))
    ref_words = set(content_words(ref_text))
    for word in claim_words - ref_words:
        opposite = (_OPPOSITES.get(word, set()) & ref_words) - claim_words
        if opposite:
            return [Conflict("negation", _word_window(claim_text, word), _word_window(ref_text, next(iter(opposite))))]
    return []


def _word_window(text: str, word_stem: str) -> str:
    """A few words around the first word of ``text`` with this stem."""
    tokens = text.split()
    for i, token in enumerate(tokens):
        if content_words(token)[:1] == [word_stem]:
            return " ".join(tokens[max(0, i - 3):i + 3]).strip(" ,.")
    return _clip(text)


_NOT_SINCE = re.compile(r"\b(?:not|never|no)\b[^.;]*\bsince\b", re.I)
_LAST = re.compile(r"\blast\s+\w+", re.I)


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
    """Weekdays, then dates of the same precision; "since Saturday" never clashes with "on Monday"."""
    out = []
    for relation in {d.relation for d in claim.dates}:
        cd = [d for d in claim.dates if d.relation == relation]
        rd = [d for d in ref.dates if d.relation == relation]
        claim_weekdays = {d.weekday for d in cd if d.weekday}
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
        others = [t for t in ref.times if t[2] == zone or None in (t[2], zone)]
        if not others:
            continue
        if not any(_time_fits(minutes, kind, o[1], o[3]) for o in others):
            out.append(Conflict("time", text, others[0][0]))
    return out


def _time_fits(minutes: int, kind: str | None, other: int, other_kind: str | None = None) -> bool:
    """Whether a reference's clock time can be the claim's ("shortly before midnight" / "11:40 p.m.")."""
    delta = other - minutes
    if kind == "before":
        return -90 <= delta <= 0
    if kind == "after":
        return 0 <= delta <= 90
    return abs(delta) <= TIME_SLACK + (30 if "about" in (kind, other_kind) else 0)


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
    if "about" in (approx, ref_approx) and abs(claim_value - ref_value) <= 0.1 * max(claim_value, ref_value):
        return True
    return False


def _unit(unit: str | None) -> str | None:
    if not unit:
        return None
    unit = unit.lower()
    return UNIT_SYNONYMS.get(unit, UNIT_SYNONYMS.get(unit.rstrip("s"), unit.rstrip("s")))


def _anchor(text: str, start: int) -> str | None:
    """The content word a number measures, just before it: "majority" in "her majority was more than 2,000"."""
    words = content_words(re.sub(r"\b(?:was|were|is|are|of|at|by|to|some|about|around|more|than|less|least|nearly|almost)\b",
                                 " ", text[max(0, start - 40):start]))
    return words[-1] if words else None


_LEVEL_BEFORE = re.compile(r"(?:\b(?:leav\w*|left)\b[^,.;]{0,30}\bwith|\b(?:bringing|taking)\b[^,.;]{0,30}\bto|"
                           r"\btotal of|\bstands? at|\bstood at)\s*(?:about|around|some|nearly|almost|just|only)?\s*$",
                           re.I)
_CHANGE_BEFORE = re.compile(r"(?:\bby|\b(?:deduct|dock|add|gain|lose|lost|cut|rais|lower|increas|decreas)\w*)\s*"
                            r"(?:about|around|some|nearly|almost|just|only)?\s*$", re.I)


def _same_measure(claim: Slots, ref: Slots) -> bool:
    """The reference states the claim's measured quantity, in its unit ("less than ten minutes" / "about seven
    minutes"): a value shared counts as a word shared."""
    return any(n.unit and r.unit and _unit(n.unit) == _unit(r.unit) and _same_quantity(n, r)
               for n in claim.numbers for r in ref.numbers)


def _number_role(text: str, start: int) -> str | None:
    """Whether a figure is a level ("leaves the club with eight points") or a change ("docked nine points")."""
    before = text[max(0, start - 50):start]
    if _LEVEL_BEFORE.search(before):
        return "level"
    if _CHANGE_BEFORE.search(before):
        return "change"
    return None


def _dated_like(figures: list, claim: Slots, ref: Slots):
    """Of a reference's figures, the one nearest a date the claim has ("from 4.8 percent in April" for a claim
    about April, not "4.1 percent in May"); the first where none is dated so."""
    dates = [r for r in ref.dates if any(_same_date(d, r) for d in claim.dates)]
    if not dates:
        return figures[0]
    return min(figures, key=lambda f: min(abs(f.start - d.start) for d in dates))


def _number_conflicts(claim: Slots, ref: Slots, claim_text: str = "", ref_text: str = "") -> list[Conflict]:
    out = []
    ref_words = set(content_words(ref_text)) if ref_text else set()
    place_words = {w for p in claim.places for w in content_words(p)}
    for n in claim.numbers:
        anchor = _anchor(claim_text, n.start) if claim_text else None
        same_unit = [r for r in ref.numbers if (r.unit and n.unit and _unit(r.unit) == _unit(n.unit)) or
                     (anchor and (not r.unit or not n.unit) and _anchor(ref_text, r.start) == anchor)]
        if anchor in place_words or anchor in _LEVEL_VERBS:
            anchor = None  # "arriving from Warsaw with 178 passengers", "had stood at 5.8 percent": no sum's name
        if anchor and anchor not in ref_words:
            # "a commission of ten million euros" and "a fee of 42 million euros": two sums, not one
            same_unit = [r for r in same_unit if not _anchor(ref_text, r.start)]
        role = _number_role(claim_text, n.start) if claim_text else None
        if role:
            # "leaves the club with eight points" is a level; "deducted nine points" a change
            same_unit = [r for r in same_unit if _number_role(ref_text, r.start) in (None, role)]
        if same_unit and not any(_compatible(n.value, n.approx, r.value, r.approx) for r in same_unit) and \
                not any(_compatible(n.value, n.approx, r.value, r.approx) for r in ref.numbers if not r.unit):
            # ("Nine people died and 14 are missing" states the claim's 14: no clash with "nine people")
            out.append(Conflict("number", n.text, _dated_like(same_unit, claim, ref).text))
    return out


def _people_conflicts(claim: Slots, ref: Slots) -> list[Conflict]:
    """Someone else in the claim's role: "Deputy Prime Minister Aibek Toktogulov" / "... Gulnara Sydykova"."""
    out = []
    for p in claim.people:
        if not p.role or p.role in VAGUE_ROLES or p.role.startswith("Former "):
            continue  # (many have held an office before)
        for r in ref.people:
            if r.role == p.role and r.country == p.country and not same_person(p.name, r.name):
                if not any(same_person(p.name, other.name) for other in ref.people):
                    out.append(Conflict("person", p.name, r.name))
    return out


def _event_words_agree(claim_text: str, ref_text: str) -> bool:
    """The same happening, not just the same people: the claim's lower-case words (what was done) are there too.

    "Barrack flew to Ankara" and "Barrack met Aoun in Beirut" share a man, not an event,
    so their places do not clash.
    """
    lower = _lower_words(claim_text)
    if not lower:
        return False
    return coverage(lower, topic_words(ref_text)) >= 0.5


#: "the community centre of Grindhólar": a building or a settlement of a named place.
_PLACE_OF = re.compile(r"\b(?:centre|center|hall|school|hospital|shelter|stadium|church|camp|port|harbour|harbor|"
                       r"town|village|city|district|region|province|hamlet|airport|station)\s+(?:of|in|at)\s+"
                       r"([A-ZÀ-Þ][\w'’-]+(?:\s+[A-ZÀ-Þ][\w'’-]+)?)")


#: "off Tabugon island", "in Romblon province": a name and the kind of place it is.
_PLACE_KIND_AFTER = re.compile(r"\b([A-ZÀ-Þ][\w'’-]+)\s+(?:island|province|district|region|county|department)\b")


def _places(slots_places: tuple[str, ...], text: str) -> list[str]:
    """The places a text names: those ``claims`` knows, the named place of a building or settlement,
    and a name followed by its kind ("Tabugon island")."""
    found = [p for p in slots_places if p not in COUNTRIES and p.lower() not in MONTHS]  # "in May 1998" is a date
    for m in list(_PLACE_OF.finditer(text)) + list(_PLACE_KIND_AFTER.finditer(text)):
        name = m.group(1)
        if fold(name) not in {fold(p) for p in found} and name not in COUNTRIES and name.lower() not in COUNTRY_FORMS:
            found.append(name)
    return found



def _place_conflicts(claim: Slots, ref: Slots, claim_text: str, ref_text: str) -> list[Conflict]:
    """One place where the other text has another, and neither text names the other's place."""
    claim_local = _places(claim.places, claim_text)
    ref_local = _places(ref.places, ref_text)
    if not claim_local or not ref_local:
        return []
    folded_ref, folded_claim = fold(ref_text), fold(claim_text)
    only_claim = [p for p in claim_local if fold(p) not in folded_ref]
    only_ref = [p for p in ref_local if fold(p) not in folded_claim]
    for c in only_claim:
        for r in only_ref:
            a, b = _place_role(claim_text, c), _place_role(ref_text, r)
            if (a is None or b is None or a == b) and _place_type(claim_text, c) == _place_type(ref_text, r):
                return [Conflict("place", c, r)]
    return []


#: Kinds of place: a sea and a province, or an island and a town, can both be right.
_PLACE_TYPES = ("sea", "ocean", "gulf", "bay", "strait", "lake", "river", "province", "region", "district", "state",
                "county", "department", "island", "islands", "peninsula", "coast", "valley", "mountains", "desert")


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
_PLACE_ROLES = {"from": "origin", "to": "destination", "into": "destination", "toward": "destination",
                "towards": "destination", "in": "location", "at": "location", "near": "location",
                "outside": "location", "inside": "location", "on": "location", "off": "location"}


def _place_role(text: str, place: str) -> str | None:
    m = re.search(r"\b(\w+)\s+(?:the\s+)?(?:(?:city|town|village|port|capital|region|province|district|"
                  r"department|county|area)\s+of\s+)?" + re.escape(place), text, re.I)
    return _PLACE_ROLES.get(m.group(1).lower()) if m else None


def compare(claim_text: str, claim_slots: Slots, ref_text: str, ref_published: str | None,
            context: str | None = None, speaker: str | None = None, antecedent: str | None = None,
            aliases: dict[str, str] | None = None) -> Comparison:
    """How one reference sentence bears on one claim.

    ``context`` is the reference sentence with its neighbours: a report often spreads
    one event over two sentences, so "about the same thing" is judged on the window,
    while clashing values are taken from the sentence itself.
    """
    # places are values like dates: "met in Baku" and "met in Ankara" are about one meeting
    place_words = {w for p in claim_slots.places for w in topic_words(p)}
    cw = [w for w in topic_words(claim_text) if w not in place_words]
    rw = topic_words(ref_text)
    thin = False  # a claim that is only a pronoun and a figure: its figure can clash, nothing else of it
    if antecedent:
        # "it" in "by Monday it had burned 4,800 hectares" is one more word to find: a word of the sentence
        # before that the reference has stands for it. The claim's own words (less the units of its
        # numbers) must still be there: the pronoun adds to a match, it cannot make one.
        units = {stem(w) for n in claim_slots.numbers if n.unit for w in n.unit.lower().split()}
        own = [w for w in cw if w not in units]
        found = [w for w in topic_words(antecedent) if w in set(rw) and w not in cw]
        if len(set(own)) >= 2 and coverage(own, rw) >= 0.5 and found:
            cw = cw + found[:1]
        elif found and claim_slots.numbers and not set(own) - _LEVEL_VERBS:
            # "In April it had stood at 5.8 percent": a level, with what "it" is the figure of
            cw, thin = cw + found[:1], True
        else:
            cw = cw + ["\x00it"]
    if aliases and not (proper_nouns(claim_text) - _MONTH_WORDS):
        # "the volcano" of the draft is "Hrafnsfell" of a report when the draft calls it "the Hrafnsfell volcano"
        # (not in a claim naming a thing of its own: "Munich was the hardest-hit airport")
        folded = fold(ref_text)
        rw = rw + [stem(head) for head, name in aliases.items()
                   if stem(head) in cw and stem(head) not in rw and fold(name) in folded]
    if context and _REF_PRONOUN.match(ref_text):
        # "By Sunday evening it had burned 4,830 hectares": the sentence before says what "it" is
        found = [w for w in cw if w not in rw and w in topic_words(context)]
        rw = rw + found[:1]
    cov = coverage(cw, rw)
    wcov = max(cov, coverage(cw, topic_words(context))) if context else cov
    n_words = len(set(cw))
    shared = len(set(cw) & set(rw))
    if shared < min(MIN_SHARED, n_words, max(2, math.ceil(0.5 * n_words))) and not (shared and thin) and \
            not (shared and _same_measure(claim_slots, slots(ref_text, ref_published))):
        cov = min(cov, SENTENCE_ABOUT - 0.01)  # two common words do not make the same subject
    score = match_score(cw, rw, cov)
    # a dated clause of the claim ("the surge peaked late on Friday, when gusts ...") is judged on its own
    date_clause = _dated_clause(claim_text, claim_slots)
    dw = topic_words(date_clause) if date_clause else []
    ref_clause = _clause_about(dw or cw, ref_text)
    date_about = coverage(dw, topic_words(_ATTRIBUTIVE.sub(" ", ref_clause))) if len(set(dw)) >= 2 else 0.0
    if wcov < SENTENCE_ABOUT and not claim_slots.quotes and date_about < DATE_CLAUSE_ABOUT:
        return Comparison("related", score, cov)
    ref = slots(ref_text, ref_published)
    if not ref.quotes and claim_slots.quotes:
        ref = _open_quotation(ref_text, ref)
        if not ref.quotes and context:
            ref = _closing_quotation(ref_text, ref, context)
    conflicts: list[Conflict] = []
    if speaker and claim_slots.quotes and ref.quotes and ref.people \
            and not any(_same_speaker(speaker, p.name) for p in ref.people):
        return Comparison("related", score, cov)  # someone else's words neither support nor misquote
    quote = _quote_conflicts(claim_slots, ref, speaker) if wcov >= SENTENCE_ABOUT else []
    conflicts += quote
    hedged = _NO_EVIDENCE.search(ref_text)
    if cov >= SENTENCE_ABOUT and wcov >= CLASH_ABOUT:
        # polarity and dates are a clause's: "We did not want to sell, but we could not refuse"
        # denies wanting to sell; a date in another clause is another event's
        clause = _clause_about(cw, ref_text)
        clause_slots = ref if clause == ref_text else slots(clause, ref_published)
        if not hedged and len(set(cw)) >= 2 and not thin:  # a one-word subject ("it had burned") cannot be denied elsewhere
            conflicts += _negation_conflict(claim_text, clause, claim_slots, clause_slots)
            if not any(c.field == "negation" for c in conflicts) and claim_slots.negated == clause_slots.negated:
                conflicts += _antonym_conflict(claim_text, clause)
        if coverage(cw, topic_words(_ATTRIBUTIVE.sub(" ", clause))) >= DATE_ABOUT:
            conflicts += _date_conflicts(claim_slots, clause_slots)
            conflicts += _time_conflicts(claim_slots, clause_slots)
    if date_about >= DATE_CLAUSE_ABOUT and not any(c.field in ("date", "weekday", "time") for c in conflicts):
        clause_slots = ref if ref_clause == ref_text else slots(ref_clause, ref_published)
        conflicts += _date_conflicts(claim_slots, clause_slots)
        conflicts += _time_conflicts(claim_slots, clause_slots)
    if cov >= SENTENCE_ABOUT and wcov >= CLASH_ABOUT:
        # a number's clash needs the same subject without the counted things: "two doctors for
        # 300,000 people" is not about "200 people infected" just because both count people
        units = {stem(w) for n in claim_slots.numbers if n.unit for w in n.unit.lower().split()}
        subject = [w for w in cw if w not in units]
        same_context = _same_number_context(claim_slots, claim_text, ref, ref_text)
        if (coverage(subject, rw) >= 0.5 and (len(set(subject)) >= 2 or same_context)) or \
                (cov >= 0.5 and same_context and _counts_things(claim_slots)):
            # ("the evacuation orders covered nine villages" / "evacuated from seven villages": the things
            # counted and what was done to them agree, though the sentence is put another way)
            if not _other_time(claim_slots, ref):
                conflicts += _number_conflicts(claim_slots, ref, claim_text, ref_text)
        conflicts += _people_conflicts(claim_slots, ref)
    if cov >= 0.5 and wcov >= CLASH_ABOUT and _event_words_agree(claim_text, ref_text):
        conflicts += _place_conflicts(claim_slots, ref, claim_text, context or ref_text)
    flags = ("misquote",) if quote else ()
    if conflicts and all(c.field == "negation" for c in conflicts) and (
            (_FIRST_PERSON.search(ref_text) and not ref.quotes) or _denies_itself(claim_text, ref, context or ref_text)):
        # "we have not paid any ransom": a party denying what is said of it disputes the claim, it does not settle it
        return Comparison("related", score, cov, flags=("denied",))
    if conflicts:
        return Comparison("contradicts", score, cov, tuple(conflicts), flags)
    # support counts the claim's values (numbers, dates, places) that the reference states too
    wanted, matched = _value_counts(claim_slots, ref)
    n_topic = len(set(cw))
    full = (cov * n_topic + matched) / (n_topic + wanted) if n_topic + wanted else cov
    wfull = (wcov * n_topic + matched) / (n_topic + wanted) if n_topic + wanted else wcov
    supported = (full >= SUPPORT or (full >= SENTENCE_ABOUT + 0.05 and wfull >= WINDOW_SUPPORT)) and \
        (cov >= SENTENCE_ABOUT or matched >= 2) and \
        (matched or cov >= 0.75 or _head_found(claim_text, rw, context))
    debunked = _debunked(ref_text)
    if not claim_slots.negated and (
            (debunked is not None and coverage(cw, topic_words(debunked)) >= DEBUNK_ABOUT
             and coverage(_lower_words(debunked), cw) >= DEBUNK_ABOUT) or
            (supported and _FALSE.search(ref_text) and coverage([w for w in rw if w not in _DEBUNK_WORDS], cw) >= 0.6) or
            _claimed_then_refuted(cw, ref_text, context)):
        # the reference repeats the claim (and only the claim) in order to call it false
        return Comparison("contradicts", score, cov, (Conflict("negation", _clip(claim_text), _clip(ref_text)),),
                          ("debunked",))
    if hedged and cov >= SENTENCE_ABOUT:
        # "there is no evidence that ...", "the company denied that ...": not support, not a refutation
        return Comparison("related", score, cov, flags=("unconfirmed_elsewhere",))
    # polarity is the clause's: "names and dates of birth were taken, but no payment details" affirms the names
    about = _clause_about(cw, ref_text)
    ref_negated = ref.negated if about == ref_text else slots(about, ref_published).negated
    if not supported or claim_slots.negated != ref_negated or _values_disagree(claim_slots, ref, claim_text, ref_text) or \
            _other_people(claim_slots, ref, context or ref_text) or \
            (claim_slots.negated and not _same_denial(claim_text, ref_text)):
        return Comparison("related", score, cov)
    if ref_text.rstrip().endswith("?"):
        return Comparison("related", score, cov)  # a question asserts nothing
    modal = bool(_MODAL.search(ref_text)) and not _MODAL.search(claim_text)
    relayed = bool(_RELAYED.search(ref_text)) or bool(context and _RELAYED.search(context) and
                                                    re.search(r"could not|unconfirmed|not (?:be )?(?:independently )?(?:confirm|verif)", context, re.I))
    # a relay makes its whole report hearsay; a "could" makes only its own sentence weak
    return Comparison("supports", score, cov, flags=("modal",) if modal and not relayed else (), weak=modal or relayed,
                      specific=_shares_values(claim_slots, ref, context or ref_text))


def _number_context(text: str, start: int, end: int) -> set[str]:
    """Content words right around a quantity: what it counts ("40 people were injured" -> injure)."""
    return set(topic_words(text[max(0, start - 30):start]) + topic_words(text[end:end + 30])[:3])


def _head_found(claim_text: str, ref_words: list[str], context: str | None) -> bool:
    """Whether the reference has the claim's head (its first two lower-case topic words: what did what).

    "The government ordered the bank to cut rates" is not supported by "the bank cut
    rates": the words of the embedded clause are there, the claim's own are not. Names
    are left out: "Damascus considered" is said as "a Syrian government source".
    """
    head = list(dict.fromkeys(_lower_words(claim_text)))[:2]
    if len(head) < 2:
        return True
    found = set(ref_words) | (set(topic_words(context)) if context else set())
    return any(w in found for w in head)


def _other_time(claim: Slots, ref: Slots) -> bool:
    """The reference dates its figure to another time than the claim ("a fire in March 2025 burned 900 hectares")."""
    return bool(claim.dates and ref.dates) and not any(_same_date(d, r) for d in claim.dates for r in ref.dates)


def _other_people(claim: Slots, ref: Slots, ref_text: str) -> bool:
    """The reference names people, and not the claim's: it tells of someone else ("led by X" / "headed by Y")."""
    named = [p for p in claim.people if len(p.name.split()) >= 2]
    if not named or not ref.people:
        return False
    folded = fold(ref_text)
    return not any(any(same_person(p.name, r.name) for r in ref.people) or fold(p.name.split()[-1]) in folded
                   for p in named)


def _counts_things(claim: Slots) -> bool:
    """Whether the claim's numbers count things ("nine villages"), not measures ("9 kilometres")."""
    return bool(claim.numbers) and all(n.unit and n.unit.lower().split()[-1] not in MEASURES for n in claim.numbers)


def _same_number_context(claim: Slots, claim_text: str, ref: Slots, ref_text: str) -> bool:
    return any(_number_context(claim_text, n.start, n.end) & _number_context(ref_text, r.start, r.end)
               for n in claim.numbers for r in ref.numbers if _unit(n.unit) == _unit(r.unit))


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
        same = [r for r in ref.dates if r.relation == d.relation]
        if d.weekday and any(r.weekday for r in same):
            return not any(r.weekday == d.weekday for r in same)
        if d.iso and any(r.iso for r in same):
            # a month without a year ("in August") is compared as a month: its year is a guess
            key = (lambda iso: iso[4:7]) if d.precision == "month" and not _YEAR.search(d.text) else (lambda iso: iso)
            if not any(r.iso and (key(r.iso).startswith(key(d.iso)) or key(d.iso).startswith(key(r.iso))) for r in same):
                return True
    return False


_YEAR = re.compile(r"\b\d{4}\b")


def _value_counts(claim: Slots, ref: Slots) -> tuple[int, int]:
    """How many checkable values the claim states, and how many of them the reference states too."""
    wanted = matched = 0
    for n in claim.numbers:
        wanted += 1
        if any(_same_quantity(n, r) for r in ref.numbers):
            matched += 1
    for d in claim.dates:
        wanted += 1
        if any(_same_date(d, r) for r in ref.dates):
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
                "kilogram": ("kilogram", 1), "kg": ("kilogram", 1)}


def _in_base(value: float, unit: str | None) -> tuple[float, str | None]:
    """ "three decades" -> (30, "year"); "60 cubic metres" -> (60000, "litre"); other units as they are."""
    if unit and unit.lower() in UNIT_FACTORS:
        base, factor = UNIT_FACTORS[unit.lower()]
        return value * factor, base
    return value, _unit(unit)


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
        if any(_same_date(d, r) for d in claim.dates for r in ref.dates):
            shared += 1
    if claim.numbers:
        wanted += 1
        if any(_same_quantity(n, r) for n in claim.numbers for r in ref.numbers):
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
