"""Compare a claim with one reference sentence, slot by slot.

Each rule is one function over the values ``claims.entities`` extracts from both
texts: people in roles, dates and weekdays, numbers, places, negation and the words
of a quote. A rule reports a clash only when the reference is about the same thing
(enough of the claim's content words are there); the values that clash are named,
so the report can show both.

The rules live in their own modules (``values``, ``places``, ``polarity``, ``quotations``);
this one decides when a reference is about the claim at all, which rules apply, and whether
what is left is support.
"""
from __future__ import annotations

import math
import re
from dataclasses import dataclass, replace

from claims.entities import dateline_end, proper_nouns, slots
from claims.lexicon.roles import VAGUE_ROLES
from claims.lexicon.words import IMPLIED
from claims.names import fold, same_person, same_spelling
from claims.textscan import case_key
from claims.types import Slots

from .conflict import Conflict
from .places import _place_conflicts
from .polarity import (DEBUNK_ABOUT, _DEBUNK_WORDS, _FALSE, _MONTH_WORDS, _antonym_conflict, _claimed_then_doubted,
                       _claimed_then_refuted, _clip, _debunked, _denies_itself, _lower_words, _negation_conflict,
                       _same_denial)
from .quotations import _closing_quotation, _open_quotation, _quote_conflicts, _same_speaker
from .retrieve import coverage, match_score, stem, topic_words
from .values import (_LEVEL_VERBS, _compatible, _counts_things, _date_conflicts, _number_conflicts, _other_time,
                     _same_measure, _same_number_context, _shares_values, _time_conflicts, _unit, _value_counts,
                     _values_disagree)

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
#: Clauses for dates: a participle (", beating ...") is not a clause of its own.
_DATE_CUTS = re.compile(r",\s+(?:and|but|while|whereas)\s+|;\s+|,\s+(?=(?:police|officials?|the \w+) said\b)")
#: Clauses of a reference sentence, a participle (", killing three") one of its own.
_CLAUSES = re.compile(_DATE_CUTS.pattern + r"|,\s+(?=\w+ing\b)")
#: Clauses for polarity: a relative clause denies only its own words ("a company based in Islamabad, which denied
#: reports that it had ignored a warning" does not deny where the company is based).
_POLARITY_CLAUSES = re.compile(_CLAUSES.pattern + r"|,\s+(?=(?:which|who)\s)")
_FUTURE = re.compile(r"\b(?:will|shall|is to|are to|is due to|are due to)\b", re.I)
#: Clauses of events, for dates: also "arrived on Sunday evening and went on board on Monday morning".
_EVENT_CLAUSES = re.compile(_CLAUSES.pattern + r"|\s+and\s+(?=(?:then\s+)?(?:[a-z]+ed|went|took|came|began|left|made|"
                            r"held|met|sent|flew|gave|got)\s)")
#: "the collapsed mine": a participle used as an adjective names a thing, not the event the date belongs to.
_ATTRIBUTIVE = re.compile(r"\b(?:the|a|an|its|their)\s+\w+(?:ed|en)\b", re.I)


def _clause_about(claim_words: list[str], ref_text: str, cuts: re.Pattern = _CLAUSES) -> str:
    """The clause of a reference sentence that speaks to the claim: a date in another clause is another event's."""
    clauses = [c for c in cuts.split(ref_text) if c.strip()]
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
                      r"(?:posts?|users?|messages?|videos?|some \w+) (?:[\w'’-]+ ){0,6}?(?:say|says|said|saying|claim|claims|claimed|claiming|suggest|suggests|suggested|suggesting)|"
                      r"(?:aware of|there (?:are|were|have been)) (?:\w+ ){0,3}(?:claims?|reports?|allegations?) (?:\w+ ){0,4}?that)\b", re.I)
#: A reference that repeats a claim without standing behind it: no evidence either way, or a party's denial.
_NO_EVIDENCE = re.compile(r"\b(?:no evidence (?:that|of|for|to support)|(?:received|had|has|have) no reports? (?:of|that)|"
                          r"(?:could|can) not (?:be )?(?:confirm|verif)\w*|unsubstantiated|"
                          r"denied (?:that|reports?|claims?|allegations?)|den(?:y|ies) (?:that|reports?|claims?|allegations?)|"
                          r"rejected (?:claims?|reports?|allegations?)|dismissed (?:claims?|reports?))\b", re.I)
#: ... of which these forms hedge only what follows them ("denied reports that ...", "no evidence that ...").
_HEDGE_AHEAD = re.compile(r"^(?:no evidence|den|rejected|dismissed|received no|had no|has no|have no)", re.I)


def _hedge_on_claim(claim_words: list[str], ref_text: str) -> re.Match | None:
    """The reference's hedge or party denial when it bears on the claim. "organised by Karakoram Summits Treks,
    which denied reports that it had ignored a warning" denies the warning, not who organised the expedition:
    a denial or a "no evidence that" hedges only the words after it, so those must hold the claim."""
    hedge = _NO_EVIDENCE.search(ref_text)
    if hedge and _HEDGE_AHEAD.match(hedge.group()) and \
            coverage(claim_words, topic_words(ref_text[hedge.end():])) < SENTENCE_ABOUT:
        return None
    return hedge


#: A reference that says something may happen only weakly supports a claim that it will.
_MODAL = re.compile(r"\b(?:[Cc]ould|may|[Mm]ight|[Pp]ossibly|[Pp]erhaps|[Cc]onsidering|expected to|likely to)\b")  # "May" is a month


#: A claim of something planned (a plan's content, "open a data centre in Gulu next year", may lose its "plans to").
_PLANNED = re.compile(r"\b(?:plans?|planned|planning|intends?|aims?|wants?|hopes?)\s+to\b|\bnext\s+(?:year|month|week)\b", re.I)
#: A party's own lawyer or spokesperson rejecting what is said of it: a denial, never a debunk.
_PARTY_DENIAL = re.compile(r"\b(?:lawyers?|attorneys?|spokes(?:man|woman|person)|representatives?)\s+(?:has\s+|have\s+)?"
                           r"(?:rejected|denied|dismissed)\b", re.I)


_REF_PRONOUN = re.compile(r"(?:(?:in|on|by|at|since|from) [\w ,]{1,30}?\s)?(?:it|he|she|they)\b", re.I)
_FIRST_PERSON = re.compile(r"\b(?:we|our|us)\b", re.I)


@dataclass(frozen=True)
class Comparison:
    stance: str  # supports | contradicts | related
    score: float
    coverage: float
    conflicts: tuple[Conflict, ...] = ()
    flags: tuple[str, ...] = ()
    weak: bool = False  # a relay or hearsay: weak support
    specific: bool = True  # support that states the claim's own values (date, number, place, quote)


#: A claim that opens with a possessive pronoun: what it has is the antecedent's.
_POSSESSIVE = re.compile(r"(?:his|her|its|their)\s", re.I)


#: Units that count people by what befell them ("14 people were killed" counts the dead): all count people.
_PEOPLE_COUNTS = frozenset("people killed injured missing drowned".split())


def _counted(unit: str) -> str | None:
    """What a unit counts, people whatever befell them: "six people were killed" and "11 people alive" count people."""
    u = _unit(unit)
    return "people" if u in _PEOPLE_COUNTS else u


def _other_count(claim: Slots, ref: Slots) -> bool:
    """Both texts count the same things, and no count agrees: they speak of two groups."""
    same = [(n, r) for n in claim.numbers for r in ref.numbers if n.unit and r.unit and _counted(n.unit) == _counted(r.unit)]
    # (a bound is no count of its own: "at least six" and "11" may be one group or two, so only "about" is allowed)
    return bool(same) and not any(_compatible(n.value, n.approx if n.approx in ("about", "share") else None,
                                              r.value, r.approx if r.approx in ("about", "share") else None) for n, r in same)


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


#: "led by the French archaeologist Claire Devaux-Martel": the person a group has at its head.
_LED_BY = re.compile(r"\b(?:led|headed|chaired|commanded|coached|captained|run)\s+by\s+(?:[\w'’-]+\s+){0,4}$", re.I)


def _leader(text: str, found: Slots):
    """The person the text says leads something ("The mission is led by ... Sophie Lambert"), if any."""
    return next((p for p in found.people if len(p.name.split()) >= 2 and
                 _LED_BY.search(text, max(0, p.start - 60), p.start)), None)


def _leader_conflicts(claim_text: str, claim: Slots, ref_text: str, ref: Slots) -> list[Conflict]:
    """Another person at the head of the same group: "led by Ali Hassan" / "led by Muhammad Karim"."""
    mine, theirs = _leader(claim_text, claim), _leader(ref_text, ref)
    if not mine or not theirs or same_person(mine.name, theirs.name) or \
            any(same_person(mine.name, r.name) for r in ref.people):
        return []
    return [Conflict("person", mine.name, theirs.name)]


#: A restrictive relative clause (no comma before it), up to the next comma: "the men *who escaped from the prison
#: farm at a house in Masagua on Sunday*" ("The museum, which reopened in 2018," says when the museum reopened).
_RESTRICTIVE_RELATIVE = re.compile(r"(?<![,\s])\s+who\s+(?:had\s+|have\s+|has\s+|were\s+|was\s+)?[a-z]+\b[^,.;]*")


def _event_in_relative(claim_text: str, ref_text: str) -> bool:
    """The claim's event is told in the reference only to say who someone is: "captured three of the men who
    escaped from the prison farm at a house in Masagua on Sunday". The day and the place are the capture's."""
    relatives = list(_RESTRICTIVE_RELATIVE.finditer(ref_text))
    if not relatives:
        return False
    claim_words = set(_lower_words(claim_text))
    inside = claim_words & {w for m in relatives for w in _lower_words(m.group())}
    outside = claim_words & set(_lower_words(_RESTRICTIVE_RELATIVE.sub(" ", ref_text)))
    return bool(inside) and len(outside) < len(inside)


def _event_words_agree(claim_text: str, ref_text: str) -> bool:
    """The same happening, not just the same people: the claim's lower-case words (what was done) are there too.

    "Barrack flew to Ankara" and "Barrack met Aoun in Beirut" share a man, not an event,
    so their places do not clash.
    """
    lower = _lower_words(claim_text)
    if not lower:
        return False
    return coverage(lower, _with_implied(topic_words(ref_text))) >= 0.5


def _happening_told(claim_text: str, clause: str, context: str | None) -> bool:
    """Whether the clause that dates a claim may tell its happening. "Mount Rovuli erupted late on Thursday" and "the
    department today, Friday 6 March, raised the alert level for Mount Rovuli" share the mountain, not the day: the
    report tells the eruption in a sentence of its own ("The eruption began ... on Thursday"), whose words for what
    was done the dated clause lacks. Where no sentence around has them, the clause may tell it in other words ("took
    over the society" / "placed the society under statutory management"), and its day counts."""
    lower = set(_lower_words(claim_text))
    if not lower or lower & set(_with_implied(topic_words(clause))):
        return True
    return not (context and lower & set(topic_words(context)))


#: A body called by the last word of its name: "The Commission", "the Ministry".
_SHORT_NAME = re.compile(r"\b[Tt]he ([A-Z][a-z]{3,})\b")


def _short_name_words(ref_text: str, context: str, claim_words: list[str], ref_words: list[str]) -> list[str]:
    """The claim's words that a report's short name stands for: "The Commission" after "Chilean Nuclear Energy
    Commission" in the sentences around it (a capitalised last word, said with "the" alone, is that name)."""
    found: list[str] = []
    for m in _SHORT_NAME.finditer(ref_text):
        full = re.search(rf"(?:[A-Z][\w'’-]+\s+){{1,4}}{m.group(1)}\b", context)
        if full:
            found += [w for w in topic_words(full.group()) if w in claim_words and w not in ref_words and w not in found]
    return found


def _with_implied(words: list[str]) -> list[str]:
    """A reference's words and what they say without saying it (``IMPLIED``: hospital -> treatment, injured)."""
    return words + [w for r in dict.fromkeys(words) for w in IMPLIED.get(r, ()) if w not in words]


def _to_come_vs_past(claim_text: str, clause: str, clause_slots: Slots, ref_published: str | None,
                     claim_slots: Slots | None = None) -> bool:
    """A claim of something to come has no date in a reference's past: "work on a fourth bridge will begin next year"
    and "the bridge opened in May 2022", "the winning film will be shown again on Saturday" and "won on Friday". A
    claim is of something to come when it says so ("will") or when every date it gives is ahead by its own words and
    after the report was published ("restart a third reactor next year", the content of "plans to")."""
    if not ref_published or not clause_slots.dates or _FUTURE.search(clause) or \
            not all(d.iso and d.iso <= ref_published[:len(d.iso)] for d in clause_slots.dates):
        return False
    if _FUTURE.search(claim_text):
        return True
    dates = claim_slots.dates if claim_slots is not None else ()
    return bool(dates) and all(d.iso and d.iso > ref_published[:len(d.iso)] and _AHEAD.match(d.text) for d in dates)


#: A claim about one more of a kind: "A second stone ...", "Another ship ...": the reports' values are of the first.
_ANOTHER = re.compile(r"(?:\b[Aa]\s+(?:second|third|fourth|further|separate)|\b[Aa]nother)\s+[a-z]", re.I)
_VALUE_FIELDS = frozenset({"number", "place", "date", "weekday", "time"})
#: What is left of a group: "the remaining homes", "the rest of the passengers".
_REMAINDER = re.compile(r"\b(?:the\s+remaining|the\s+rest\s+of)\b", re.I)


def _the_rest(claim_text: str, clause: str) -> bool:
    """ "Electricity had been restored to most homes by Tuesday morning" and "the remaining homes should be
    reconnected by Thursday": the rest of a group is another group than the claim's, with a day of its own."""
    return bool(_REMAINDER.search(clause)) and not _REMAINDER.search(claim_text)


#: Dates ahead by their own words: "next year", "tomorrow", "the coming week".
_AHEAD = re.compile(r"(?:next|the\s+next|the\s+coming|coming|tomorrow)\b", re.I)


def _denial_claimed(ref_text: str) -> bool:
    """Whether a report's negation is inside what others claimed: "posts claimed ... that Latvia had never before
    cancelled a draw" (not "said it had not paid and called posts claiming otherwise nonsense", its own denial)."""
    claimed = _CLAIMED_THAT.search(ref_text)
    if not claimed:
        return False
    negation = _NEGATION_WORD.search(ref_text)
    return negation is not None and negation.start() > claimed.start()


#: Others' words reported ("posts claimed that", "alleging"), not a debunk's noun ("The claim is false: no ...").
_CLAIMED_THAT = re.compile(r"\b(?:claimed|claiming|alleged|alleging|purported)\b|\bclaims?\s+that\b", re.I)
_NEGATION_WORD = re.compile(r"\b(?:not|never|no|none|nobody|n't)\b", re.I)


def _spelt_alike(missing: list[str], ref_words: list[str], claim_text: str) -> list[str]:
    """The claim's names (of ``missing``) that the reference spells another way, as transliterations of one name
    are spelt ("Nikolay" / "Nikolai", "Stoianov" / "Stoyanov"): ``same_spelling``, the rule for names of places."""
    names = {stem(n) for n in proper_nouns(claim_text)}
    return [w for w in dict.fromkeys(missing) if w in names and len(w) >= 4
            and any(len(r) >= 4 and r[0] == w[0] and same_spelling(w, r) for r in ref_words)]


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
    rw = _with_implied(topic_words(ref_text))
    thin = False  # a claim that is only a pronoun and a figure: its figure can clash, nothing else of it
    if antecedent and _another_subject(claim_text, antecedent, ref_text):
        return Comparison("related", 0.0, 0.0)
    if antecedent:
        # "it" in "by Monday it had burned 4,800 hectares" is one more word to find: a word of the sentence
        # before that the reference has stands for it. The claim's own words (less the units of its
        # numbers) must still be there: the pronoun adds to a match, it cannot make one.
        units = {stem(w) for n in claim_slots.numbers if n.unit for w in n.unit.lower().split()}
        own = [w for w in cw if w not in units]
        found = [w for w in topic_words(antecedent) if w in set(rw) and w not in cw]
        if len(set(own)) >= 2 and coverage(own, rw) >= 0.5 and found:
            cw = cw + found[:1]
        elif found and _POSSESSIVE.match(claim_text) and len(set(own)) == 1 and set(own) <= set(rw) and \
                set(found) & {stem(n.lower()) for n in proper_nouns(antecedent)}:
            # "Her majority was more than 2,000 votes" after "Mills took ...": "Mills's majority was 1,262"
            cw = cw + found[:1]
        elif found and claim_slots.numbers and not set(own) - _LEVEL_VERBS:
            # "In April it had stood at 5.8 percent": a level, with what "it" is the figure of
            cw, thin = cw + found[:1], True
        elif found and claim_slots.dates and own and set(own) <= set(rw):
            # "It will take effect on January 1 next year" after "The levy adds 60 cents ...": a day, with what "it"
            # is the day of ("The levy ... will apply from April 1, 2027")
            cw, thin = cw + found[:1], True
        else:
            cw = cw + ["\x00it"]
    if aliases and not (proper_nouns(claim_text) - _MONTH_WORDS):
        # "the volcano" of the draft is "Hrafnsfell" of a report when the draft calls it "the Hrafnsfell volcano"
        # (not in a claim naming a thing of its own: "Munich was the hardest-hit airport")
        folded = fold(ref_text)
        rw = rw + [stem(head) for head, name in aliases.items()
                   if stem(head) in cw and stem(head) not in rw and fold(name) in folded]
    missing = [w for w in cw if w not in rw]
    if missing:
        # a name spelt another way is the same word: "Nikolay Stoianov" of the draft is "Nikolai Stoyanov" of the report
        rw = rw + _spelt_alike(missing, rw, claim_text)
    # "The Commission issued a public alert": the report's own short name for the "Chilean Nuclear Energy Commission"
    # it named in full a sentence before
    short = _short_name_words(ref_text, context, cw, rw) if context and "The " in ref_text and \
        not set(cw) <= set(rw) else []  # (only for words the reference lacks)
    rw = rw + short
    if context and _REF_PRONOUN.match(ref_text):
        # "By Sunday evening it had burned 4,830 hectares": the sentence before says what "it" is
        found = [w for w in cw if w not in rw and w in topic_words(context)]
        rw = rw + found[:1]
    cov = coverage(cw, rw)
    wcov = max(cov, coverage(cw, topic_words(context))) if context else cov
    n_words = len(set(cw))
    shared = len(set(cw) & set(rw))
    matched = 0
    if shared and (claim_slots.numbers or claim_slots.dates or claim_slots.places):
        # a value stated in both is a word shared: "eleven of the country's fourteen regions" / "11 of the 14 regions",
        # "close to nine in ten" / "87.3 percent". A figure counts with its unit, and as a figure, not as a bound
        # ("over two years" is not "hundreds of travellers"); with one word shared, only a figure or a date will do.
        ref_early = slots(ref_text, ref_published)
        figures = tuple(n for n in claim_slots.numbers if n.unit and n.approx not in ("min", "max", "cap")
                        and any(r.unit for r in ref_early.numbers))
        valued_slots = replace(claim_slots, numbers=figures,
                               places=claim_slots.places if shared >= min(2, n_words) else ())
        wanted, matched = _value_counts(valued_slots, ref_early, stated=False)
        if matched:
            valued = (shared + matched) / (n_words + wanted)
            cov, wcov = max(cov, valued), max(wcov, valued)
    if shared + matched < min(MIN_SHARED, n_words, max(2, math.ceil(0.5 * n_words))) and not (shared and thin) and \
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
    hedged = _hedge_on_claim(cw, ref_text)
    if cov >= SENTENCE_ABOUT and wcov >= CLASH_ABOUT:
        # polarity and dates are a clause's: "We did not want to sell, but we could not refuse"
        # denies wanting to sell; a date in another clause is another event's
        clause = _clause_about(cw, ref_text)
        clause_slots = ref if clause == ref_text else slots(clause, ref_published)
        # (what "posts claimed" in a report, in any of its clauses, is others' word, not the report's: no denial)
        if not hedged and len(set(cw)) >= 2 and not thin and not _denial_claimed(ref_text):
            conflicts += _negation_conflict(claim_text, clause, claim_slots, clause_slots)
            if not any(c.field == "negation" for c in conflicts) and not claim_slots.negated and ";" in ref_text:
                # "the stage had started over its full distance; they had decided not to shorten it": the denial is
                # in another clause of the sentence than the one most like the claim
                for part in _CLAUSES.split(ref_text):
                    if part.strip() and part != clause and (part_slots := slots(part, ref_published)).negated:
                        conflicts += _negation_conflict(claim_text, part, claim_slots, part_slots)
                        if conflicts:
                            break
            if not any(c.field == "negation" for c in conflicts) and claim_slots.negated == clause_slots.negated and \
                    not _other_count(claim_slots, clause_slots):
                # ("six people were killed" / "rescuers pulled 11 people alive": two groups, not one told two ways)
                conflicts += _antonym_conflict(claim_text, clause)
        # a participle shares its clause's day: "won the cup on Saturday, beating Tiznit 3-2" beat them on Saturday
        dated = _clause_about(cw, ref_text, _DATE_CUTS) if not _FUTURE.search(claim_text) else clause
        if dated != clause:  # ("will take her seat on Monday" is not "won on Thursday, taking a seat")
            clause, clause_slots = dated, (ref if dated == ref_text else slots(dated, ref_published))
        # (a claim of something to come has no date in a reference's past: "work on a fourth bridge will begin next
        # year" and "the bridge opened in May 2022")
        if coverage(cw, topic_words(_ATTRIBUTIVE.sub(" ", clause)) + short) >= DATE_ABOUT and not _event_in_relative(claim_text, clause) \
                and _happening_told(claim_text, clause, context) \
                and not _to_come_vs_past(claim_text, clause, clause_slots, ref_published, claim_slots) \
                and not _the_rest(claim_text, clause):
            conflicts += _date_conflicts(claim_slots, clause_slots, claim_text, clause)
            conflicts += _time_conflicts(claim_slots, clause_slots)
    if date_about >= DATE_CLAUSE_ABOUT and not any(c.field in ("date", "weekday", "time") for c in conflicts):
        clause_slots = ref if ref_clause == ref_text else slots(ref_clause, ref_published)
        if not _to_come_vs_past(claim_text, ref_clause, clause_slots, ref_published, claim_slots) and \
                not _the_rest(claim_text, ref_clause):
            conflicts += _date_conflicts(claim_slots, clause_slots, claim_text, ref_clause)
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
        if not any(c.field == "person" for c in conflicts):
            conflicts += _leader_conflicts(claim_text, claim_slots, ref_text, ref)
    if cov >= 0.5 and wcov >= CLASH_ABOUT and _event_words_agree(claim_text, ref_text) and not _event_in_relative(claim_text, ref_text) \
            and not (_PLANNED.search(claim_text) and not _PLANNED.search(ref_text)):
        # (a plan's place is not an existing thing's: "plans to open a backup data centre in Gulu next year" and "its
        # data centre in Mukono")
        conflicts += _place_conflicts(claim_slots, ref, claim_text, context or ref_text)
    if conflicts and _ANOTHER.match(claim_text) and not _ANOTHER.search(ref_text) and \
            not any(fold(p) in fold(ref_text) for p in claim_slots.places):
        # "A second stone of about 400 carats was found" is not the record stone a report weighs and dates (where
        # "Another Kilele Express bus overturned at Mombo" is the Mombo crash a report dates)
        conflicts = [c for c in conflicts if c.field not in _VALUE_FIELDS]
    flags = ("misquote",) if quote else ()
    if conflicts and all(c.field == "negation" for c in conflicts) and (
            (_FIRST_PERSON.search(ref_text) and not ref.quotes and ref.negated) or _denies_itself(claim_text, ref, context or ref_text, ref_text)):
        # "we have not paid any ransom": a party denying what is said of it disputes the claim, it does not settle it
        return Comparison("related", score, cov, flags=("denied",))
    if conflicts:
        return Comparison("contradicts", score, cov, tuple(conflicts), flags)
    # support counts the claim's values (numbers, dates, places) that the reference states too
    wanted, matched = _value_counts(claim_slots, ref)
    n_topic = len(set(cw))
    full = (cov * n_topic + matched) / (n_topic + wanted) if n_topic + wanted else cov
    wfull = (wcov * n_topic + matched) / (n_topic + wanted) if n_topic + wanted else wcov
    supported = (full >= SUPPORT or (full >= SENTENCE_ABOUT + 0.05 and wfull >= WINDOW_SUPPORT
                                      and not _denied_nearby(cw, rw, ref_text, context))) and \
        (cov >= SENTENCE_ABOUT or matched >= 2) and \
        (matched or cov >= 0.75 or _head_found(claim_text, rw, context)) and \
        not _superlative_missing(claim_text, ref_text + " " + (context or ""))
    debunked = _debunked(ref_text)
    if _PARTY_DENIAL.search(ref_text) and not claim_slots.negated and not _DENIAL.search(claim_text):
        # "His lawyer rejected claims posted online that board members had bought land": a party's denial
        return Comparison("related", score, cov, flags=("denied",))
    if not claim_slots.negated and (
            (debunked is not None and coverage([w for w in cw if w not in _DEBUNK_WORDS], topic_words(debunked)) >= DEBUNK_ABOUT
             and coverage(_lower_words(debunked), cw) >= DEBUNK_ABOUT) or
            (supported and _FALSE.search(ref_text) and coverage([w for w in rw if w not in _DEBUNK_WORDS], cw) >= 0.6) or
            _claimed_then_refuted(cw, ref_text, context)):
        # the reference repeats the claim (and only the claim) in order to call it false
        return Comparison("contradicts", score, cov, (Conflict("negation", _clip(claim_text), _clip(ref_text)),),
                          ("debunked",))
    if (hedged and cov >= SENTENCE_ABOUT) or _claimed_then_doubted(ref_text, context, _NO_EVIDENCE):
        # "there is no evidence that ...", "the company denied that ...": not support, not a refutation
        return Comparison("related", score, cov, flags=("unconfirmed_elsewhere",))
    # polarity is the clause's: "names and dates of birth were taken, but no payment details" affirms the names
    about = _clause_about(cw, ref_text, _POLARITY_CLAUSES)
    ref_negated = ref.negated if about == ref_text else slots(about, ref_published).negated
    event = _clause_about(cw, ref_text, _EVENT_CLAUSES) if claim_slots.dates else ref_text
    event_slots = slots(event, ref_published) if event != ref_text else ref
    if event != ref_text and event_slots.dates and \
            _values_disagree(claim_slots, replace(event_slots, numbers=(), places=())):
        # "arrived in Leknes on Sunday evening and went on board on Monday morning" does not say Monday for arriving
        return Comparison("related", score, cov)
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


#: A neighbour that denies: "the company said it had received no complaints", "it denied ignoring the warnings".
_DENIAL = re.compile(r"\b(?:denied|denies|rejected|rejects|(?:received|had|found|recorded)\s+no|no\s+record\s+of)\b", re.I)


def _denied_nearby(claim_words: list[str], ref_words: list[str], ref_text: str, context: str | None) -> bool:
    """The claim's words the sentence lacks come from a neighbour that denies them: "Gas explosion kills five" beside
    "the company said it had received no complaints about a smell of gas" does not say residents complained."""
    if not context:
        return False
    missing = set(claim_words) - set(ref_words)
    for other in re.split(r"(?<=[.!?])\s+", context.replace(ref_text, " ")):
        if missing & set(topic_words(other)) and (_DENIAL.search(other) or _NO_EVIDENCE.search(other)):
            return True
    return False


#: Superlatives news copy rests a claim on, with the words that say the same: a report that does not say "the
#: strongest storm since May 2024" has not confirmed it, however much else of the sentence it shares.
_SUPERLATIVES = {w: {w} for w in """strongest weakest largest smallest highest lowest worst deadliest longest shortest
    oldest youngest fastest slowest heaviest hottest coldest driest wettest busiest richest poorest tallest deepest
    widest earliest costliest warmest brightest steepest""".split()}
_SUPERLATIVES.update({"biggest": {"biggest", "largest", "greatest"}, "largest": {"largest", "biggest"},
                      "greatest": {"greatest", "biggest", "largest"}, "worst": {"worst", "deadliest"},
                      "deadliest": {"deadliest", "worst"}})
#: (not in a compound: "the worst-hit villages", "Ghana's second-largest city" describe, they do not rank)
_SUPERLATIVE_WORD = re.compile(r"(?<![\w-])(" + "|".join(sorted(_SUPERLATIVES, key=len, reverse=True)) + r")(?![\w-])", re.I)
_RECORD = re.compile(r"\brecord\b", re.I)
#: A claim that is a ranking: "It was the strongest geomagnetic storm since May 2024", "The fee is the biggest ...".
_RANKING_CLAIM = re.compile(r"\s*(?:it|this|that|he|she|they|the\s+[\w-]+(?:\s+[\w-]+)?)\s+(?:was|is|were|are|has\s+been|"
                            r"had\s+been|became|becomes)\s+(?:also\s+)?(?:the|its|their|his|her)\s+"
                            r"(?:[\w-]+\s+)?" + _SUPERLATIVE_WORD.pattern, re.I)


def _superlative_missing(claim_text: str, ref_text: str) -> bool:
    """The claim ranks something ("the strongest storm since May 2024") and the reference, with its neighbours, does
    not rank it so, nor call it a record ("the biggest fee in the club's history" is "a club-record fee")."""
    ranking = _RANKING_CLAIM.match(claim_text)
    if not ranking or _RECORD.search(ref_text):
        return False  # (a superlative beside the claim's fact, "..., the largest increase this year", rides on it)
    held = {case_key(m.group(1)) for m in _SUPERLATIVE_WORD.finditer(ref_text)}
    return not (_SUPERLATIVES[case_key(ranking.group(1))] & held)


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


#: A claim whose subject is a pronoun, its first word ("It paid a little over 400 million reais"); narrower than
#: ``evidence._PRONOUN_SUBJECT``, which passes the antecedent for any pronoun near the start ("In April its ...").
_PRONOUN_OPENING = re.compile(r"(?:It|He|She|They)\s")
#: The capitalised words a sentence opens with: its subject, where that is a name ("Vértice Telecom paid ...").
#: Two words at least, since one capital at a sentence's start may be any word ("Lawmakers had debated ...").
_OPENING_NAME = re.compile(r"(?:The\s+)?((?:[A-Z][\w'’.-]*\s+){1,3}[A-Z][\w'’.-]*)")


def _opening_name(text: str) -> set[str]:
    m = _OPENING_NAME.match(text, dateline_end(text))
    return proper_nouns(m.group(1)) if m else set()


def _another_subject(claim_text: str, antecedent: str, ref_text: str) -> bool:
    """ "Conecta Norte ... won the block. It paid a little over 400 million reais" and "Vértice Telecom paid 3.91
    billion reais": the pronoun stands for the name its sentence before opens with, and a reference that opens with
    another name, and never names that one, tells of someone else."""
    if not _PRONOUN_OPENING.match(claim_text):
        return False
    meant, theirs = _opening_name(antecedent), _opening_name(ref_text)
    return bool(meant) and bool(theirs) and not meant & theirs and not meant & proper_nouns(ref_text)


def _other_people(claim: Slots, ref: Slots, ref_text: str) -> bool:
    """The reference names people, and not the claim's: it tells of someone else ("led by X" / "headed by Y")."""
    named = [p for p in claim.people if len(p.name.split()) >= 2]
    if not named or not ref.people:
        return False
    folded = fold(ref_text)
    return not any(any(same_person(p.name, r.name) for r in ref.people) or fold(p.name.split()[-1]) in folded
                   for p in named)
