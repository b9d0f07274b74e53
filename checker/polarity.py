"""Polarity rules: negation, antonyms, denials and debunks.

One text may deny what the other affirms ("did not attend" / "attended"), say its opposite in a
word ("open" / "closed"), repeat it only to call it false, or give a party's own denial, which
settles nothing. Split out of ``compare`` to keep that module to its orchestration.
"""
from __future__ import annotations

import re

from claims.entities import is_negated, proper_nouns
from claims.lexicon.antonyms import ANTONYMS
from claims.lexicon.calendar import MONTHS
from claims.types import Slots

from .conflict import Conflict
from .retrieve import content_words, coverage, normalise, stem, topic_words

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
    if not m or not context:
        return False
    if not _FALSE.search(_after(ref_text, context)):
        return False
    proposition = m.group("p")
    own = [w for w in claim_words if w not in _DEBUNK_WORDS]
    return coverage(own, topic_words(proposition)) >= DEBUNK_ABOUT and \
        coverage(_lower_words(proposition), own) >= DEBUNK_ABOUT


def _claimed_then_doubted(ref_text: str, context: str | None, doubt: re.Pattern) -> bool:
    """ "Claim 2: The outbreak was brought by travellers from the Comoros." then "We found no evidence for this.":
    the claim is repeated to say it is unproven, which neither supports nor refutes it."""
    return bool(context and _CLAIM_REPORT.search(ref_text) and doubt.search(_after(ref_text, context)))


def _after(ref_text: str, context: str) -> str:
    """What the window says after the sentence: a fact check's verdict follows the claim it rates (a "This is
    false." before it is about the item before)."""
    at = context.find(ref_text)
    return context[at + len(ref_text):] if at >= 0 else context.replace(ref_text, " ")


#: Words of a debunk itself, left out when checking that it debunks this very claim.
_DEBUNK_WORDS = frozenset(stem(w) for w in "claim false untrue fabricated fake wrong incorrect debunk hoax rating fact check show video "
                          "post posts social media share shared footage clip image images photo photos picture online widely".split())
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
_FIRST_PERSON_QUOTE = re.compile(r"\b(?:I|me|my|we|our|us)\b")


def _denies_itself(claim_text: str, ref: Slots, context: str, ref_text: str = "") -> bool:
    """Someone the claim names, denying it in their own words: "I have not offered my resignation," he said
    (after "Kivisild denied claims that ..."): an interested party, whose denial settles nothing."""
    if _COUNSEL.search(ref_text) and _REPORTED.search(ref_text) and ref.negated:
        # "The company's lawyer said the firm had never been fined": a party's advocate denying, which settles nothing
        return True
    if _DENIED_THAT.search(ref_text) and ref.negated:
        # "The producer, Haris Mehmedovic, denied on Saturday that world rights had been sold": a report of a party's
        # denial, which the report does not make its own
        return True
    if _PARTY_DENIED.search(ref_text) and _REPORTED.search(ref_text):
        # 'Devaux-Martel said the foundation had not paid the ministry any fee and called posts claiming otherwise
        # "nonsense"': the party rejects what is said of it
        return True
    denials = [q for q in ref.quotes if is_negated(q.text)]
    if not denials:
        return False
    if not any(_FIRST_PERSON_QUOTE.search(q.text) for q in denials):
        # '"No warning of a storm of this size was issued," the company said' of a claim about what the
        # company did, which "denied reports that" it had: the party speaks, in the third person
        speaker = _QUOTE_SPEAKER.search(context)
        return bool(speaker and _PARTY_DENIED.search(context) and
                    re.search(rf"\b{re.escape(speaker.group(1))}\b", claim_text, re.I))
    names = proper_nouns(claim_text) - _MONTH_WORDS
    return any(re.search(rf"\b{re.escape(n)}\b", context, re.I) for n in names)


#: Who speaks a quotation, as "the company" / "the ministry" after it: '..., " the company said'.
_QUOTE_SPEAKER = re.compile(r"[,.!?][\"”]\s+the\s+([a-z]+)\s+(?:said|says|added|insisted|stated)\b")
#: A party that rejects what is said of it.
_PARTY_DENIED = re.compile(r"\b(?:(?:denied|denies|rejected|rejects|dismissed|dismisses)\s+(?:[\w'’]+\s+){0,2}"
                           r"(?:reports?|claims?|allegations?|suggestions?|accusations?)|"
                           r"called\s+(?:the\s+)?(?:posts?|claims?|reports?|allegations?|rumou?rs?)\s+(?:[\w'’-]+\s+){0,3}"
                           r"[\"“]?(?:nonsense|false|baseless|untrue|lies|fabricated|absurd))\b", re.I)
#: Someone denying a proposition: "denied on Saturday that", "denies that".
_DENIED_THAT = re.compile(r"\b(?:denied|denies|denying|rejected|rejects|dismissed|dismisses)\s+(?:[\w,'’]+\s+){0,3}?that\b",
                          re.I)  # (and "rejected a blog's claim that she owns shares": a party rejecting what is said of it)
#: A party's legal advocate, who speaks for it: "the company's lawyer", "his attorney", "the defence".
_COUNSEL = re.compile(r"\b(?:(?:its|his|her|their|[\w-]+['’]s?)\s+(?:lawyers?|attorneys?|counsel|solicitors?|barristers?)|"
                      r"the\s+defen[cs]e)\b", re.I)
#: A sentence that reports what someone said.
_REPORTED = re.compile(r"\b(?:said|says|told|stated|insisted)\b", re.I)


_NEG_HEAD = re.compile(r"\b(?:not|never|no longer|failed to|fails to|failing to|did not|does not|didn't|doesn't|has not|have not|hasn't|haven't|"
                       r"was not|were not|wasn't|weren't|is not|isn't|will not|won't)\s+(?:\w+ly\s+)?(\w+(?:\s+part)?)", re.I)


_NEG_ANY = re.compile(r"\b(?:not|never|no|without|ruled out|rules out|rule out|denied|denies|refused|rejected|"
                      r"did not|does not|didn't|doesn't)\b((?:\s+[\w'-]+){1,4})", re.I)


def _negated_predicates(text: str) -> list[set[str]]:
    """What a negation denies, as alternatives: "did not participate" -> [{"participate"}];
    "no clinical records" -> [{"clinical", "record"}] (a noun phrase must match whole).
    Paraphrases are joined first: "did not take the stand" denies testifying."""
    names = {stem(w.lower()) for w in re.findall(r"(?<=[a-z,;]\s)[A-Z][\w'’-]*", text)}
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
        # a name is what is talked about, not what is denied: "the video is not from the Lorenza Star"
        found = content_words(m.group(1))
        # (a "no" phrase is matched whole, names and all: "no salary since June")
        words = found[:2] if m.group().lower().startswith("no ") else [w for w in found if w not in names][:2]
        if found and not words:
            continue
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
    # "no Tabua Air aircraft was seized": what is denied of the subject, its verb
    out += [set(content_words(p.group(1))) for p in _NO_SUBJECT_DONE.finditer(text) if content_words(p.group(1))]
    return out


#: A subject denied and what was done to it: "no Tabua Air aircraft was seized", "no one was hurt".
_NO_SUBJECT_DONE = re.compile(r"\bno\s+(?:[\w'’-]+\s+){1,4}?(?:was|were|has\s+been|have\s+been|had\s+been)\s+([a-z]+)")


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
    if _ABSENCE.search(other) and not _ABSENCE.search(negated_text):
        return []  # "the antivenom ran out" says what "had no antivenom" says: an absence in other words
    if _SCOPED.search(negated_text) and not _SCOPED.search(other):
        return []  # "did not change hands again for three hours" is not denied by "shares changed hands" that day
    modified = _MODIFIED_SUBJECT.match(negated_text) if claim.negated else None
    if modified and not set(content_words(modified.group(1))) & set(content_words(other)):
        return []  # "Trading in bonds was not affected": a report of disrupted trading that names no bonds
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


#: A state held up to a time: its opposite word then names how it ends, no clash.
_UNTIL = re.compile(r"\b(?:until|till|through\s+(?:the\s+)?end)\b", re.I)


#: A state that held until a while ago: "had been shut for almost two years", "had been closed since August".
_PRIOR_STATE = re.compile(r"\bhad\s+been\s+\w+(?:\s+\w+)?\s+(?:for|since)\b", re.I)


def _antonym_conflict(claim_text: str, ref_text: str) -> list[Conflict]:
    """ "The road stayed open" / "the road was closed": the opposite is in the word, not in a "not"."""
    if _UNTIL.search(claim_text) or _UNTIL.search(ref_text):
        return []  # "stays open until late March" / "closes around 25 March": the state and its end, told two ways
    if _PRIOR_STATE.search(claim_text):
        return []  # "had been shut for almost two years" / "reopened on Tuesday": the state before, and its end
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


#: A denial held to a span of time: "did not change hands again for more than three hours", "for two days".
_SCOPED = re.compile(r"\bagain\b|\bfor\s+(?:more\s+than\s+|over\s+|nearly\s+|about\s+|almost\s+)?[\w-]+\s+"
                     r"(?:minutes|hours|days|weeks|months|years)\b", re.I)
#: A subject narrowed by what follows its noun, before a denial: "Trading *in bonds* was not affected".
_MODIFIED_SUBJECT = re.compile(r"^\w+\s+(?:in|of|to|from|at|on|for)\s+([^,]{2,40}?)\s+(?:was|were|is|are|has|have|had|did|does|do)"
                               r"\s+(?:not|never)\b", re.I)
#: An absence said without a "not": "ran out of", "lacked", "a shortage of", "used up".
_ABSENCE = re.compile(r"\b(?:ran|run|runs|running)\s+(?:out|dry)\b|\bout\s+of\s+stock\b|\black(?:s|ed|ing)?\b|"
                      r"\b(?:exhausted|depleted|used\s+up)\b|\bshortages?\s+of\b|\bnone\s+(?:was\s+|were\s+)?left\b", re.I)
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
