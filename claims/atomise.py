"""Sentence -> atomic claims: one checkable statement each, with the words it rests on.

A sentence is first cut into the stretches each source vouches for (the relations'
contents; the rest is the article's own voice, minus cues, sources and framing).
Each stretch is then split at clause joints (";", ", and <clause>", ", where",
", which", participial ", aiming to ...", a leading "Despite ...," clause), and every
person named in a role yields a role claim ("Gabi Ashkenazi is Israel's Foreign
Minister"). A claim keeps the attribution of the stretch it came from, and its date and
place modifiers become claims of their own (``claims.modifiers``).
"""
from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Callable

from .alternation import alternation
from .dates import dateline_end, find_dates
from .lexicon.calendar import MONTHS, WEEKDAY_NAMES
from .entities import lowered
from .lexicon.cues import FRAMING, OBJECT_CONTENT, TO_VERBS, VERBS
from .lexicon.roles import NOT_TITLE_WORDS, ROLES, VAGUE_ROLES
from .modifiers import parts
from .people import find_people
from .types import UNATTRIBUTED, Attribution, Claim, Relation, Sentence, Slots

#: Clause joints: "; ", ", and <clause>", ", where", " and killing", ", aiming", ", on the sidelines of".
#: Every joint starts with ";", "," or white space, and the pattern starts with exactly that
#: class (each branch then checks the character it began with), so that a scan skips to them.
_JOINT_BRANCHES = (
    r"(?<=;)\s+",
    r"(?<=,)[\"”]?\s+(?:and|but|while|whereas|as well as)\s+(?=(?:the|a|an|he|she|it|they|his|her|its|their|each|every|"
    r"most|some|all|both|[A-Z]|(?:(?:roughly|about|around|nearly|almost|some|over|more\s+than|at\s+least|fewer\s+than|"
    r"less\s+than)\s+)?\d[\d,.]*\s+[a-z]+\s+(?:now\s+|have\s+|had\s+|were\s+|are\s+|will\s+)?[a-z]+)\b)",
    r"(?<=,)[\"”]?\s+(?:where|which|who|whose|when)\s+",
    r"(?<=\s)\s*and\s+(?=(?:killing|injuring|trapping|leaving|forcing|prompting|wounding|displacing|destroying|damaging)\b)",
    r"(?<=,)[\"”]?\s+(?=(?:aiming|calling|referring|stressing|adding|urging|saying|demanding|vowing|"
    r"prompting|leaving|killing|injuring|bringing|making|sending|forcing|causing|triggering|sparking|stranding|"
    r"disrupting|halting|cutting|raising|pushing)\b)",
    r"(?<=,)\s+(?=on the (?:sidelines|margins) of\b)",
)
_JOINTS = re.compile(r"[;,\s](?:" + "|".join(_JOINT_BRANCHES) + ")")
#: The same without the one joint that starts at white space (" and killing"): where a stretch
#: has no "and" it finds the same joints, skipping from comma to comma.
_JOINTS_NO_AND = re.compile(r"[;,](?:" + "|".join(b for b in _JOINT_BRANCHES if not b.startswith(r"(?<=\s)")) + ")")
_LEADING = re.compile(r"^(?:despite|although|though|while|whereas)\b[^,]{8,}?,\s+", re.I)
_CONNECTIVE = re.compile(r"(?:and|but|while|whereas|as well as|where|which|who|whose|when|so|then|also)\s+", re.I)
_FINITE = frozenset("is are was were has have had will would can could may might should must does did do am".split())
_MIN_WORDS = 3
_MIN_OWN_WORDS = 5  # a short stretch in the article's own voice is a connective, not a claim
_FILLER = re.compile(r"(?:this comes|referring to the (?:developments|situation|issue|matter|file)|since assuming|in other developments|meanwhile)\b", re.I)
_FRAMING_RE = re.compile(alternation(FRAMING), re.I)
_EMPHASIS = re.compile(r"[_*]+")
_DATELINE = re.compile(r"[A-Z][A-Z .'’\-]{1,30},[^\n]{0,40}?\([^)]{1,40}\)\s*[-–—]?|\d{1,2}[:.]\d{2}\s*[-–—]?")
_ROLE_HINT = re.compile(r"\b" + alternation(sorted(ROLES, key=len, reverse=True)) + r"\b|"
                        r"\bwho (?:heads|leads|runs|chairs|directs|manages)\b", re.I)  # see ``people._HEADS_RIGHT``
_ROLE_HINT_LOW = re.compile(_ROLE_HINT.pattern)  # the same, for lower-cased text (see ``entities.lowered``)
# Small patterns used on every stretch, compiled once rather than looked up per call.
_WHEN_NEXT = re.compile(r"[,\"”\s]*when\b")
_RELATIVE_NEXT = re.compile(r"[,\"”\s]*(?:which|who)\b")
_PREPOSITION_BEFORE_THE = re.compile(r"\b(?:of|to|with|for|on|in)\s+(?=the\b)")
_SPACES = re.compile(r"\s+")
_ALNUM_WORD = re.compile(r"[A-Za-z0-9]+")
_DIGIT = re.compile(r"\d")
_SENTENCE_PUNCTUATION = re.compile(r"[.;!?]")
_CLAUSE_MARK = re.compile(r"\bthat\b|:|[\"“«]")
_LETTER_WORD = re.compile(r"[A-Za-z']+")
_SOURCE_RELATIVE = re.compile(r"\s*,?\s*(?:who|which)\s+(?:preferred|asked|declined|requested|spoke|was|were|is)\b")
_QUOTED_PASSIVE = re.compile(r"\s*,?\s*(?:was|were)\s+(?:quoted|cited)\b")
_ONLY_CONNECTIVE = re.compile(r"[\s,.;:\"“”'’]*(?:as|and|but|that)?[\s,.;:\"“”'’]*")
_ENDS_FRAME = re.compile(r"(?:\bthat,?|:)\s*[\"“«]?\s*$")
#: The place of a frame ("told a news conference in Kessel that"), up to the end of the place's name (a month or
#: weekday is when, not where: "in January").
_SETTING = re.compile(r"^.*?\b(?:in|at)\s+(?:the\s+)?(?!(?:" + "|".join(m.capitalize() for m in MONTHS) + "|"
                      + "|".join(WEEKDAY_NAMES) + r")\b)[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)*")


def _split(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Cut ``text[start:end]`` at clause joints that lie outside quotation marks."""
    pieces = []
    cursor = start
    segment = text[start:end]
    lead = _LEADING.match(segment)
    if lead:
        pieces.append((start, start + lead.end()))
        cursor = start + lead.end()
    joints = _JOINTS if "and" in segment else _JOINTS_NO_AND
    for m in joints.finditer(text, cursor, end):
        if _quoted(text, start, m.end()):
            continue
        pieces.append((cursor, m.start()))
        cursor = m.start()
    pieces.append((cursor, end))
    return pieces


_ANTECEDENT = re.compile(r"\b(?:the|a|an)\s+[^,;]*$", re.I)


def _relative_subject(text: str, piece_start: int, previous: tuple[int, int] | None) -> str | None:
    """ "..., which stipulates" -> the noun phrase the relative pronoun stands for;
    "in 2024, when the club paid" -> "in 2024," (the time a when-clause happens at)."""
    if previous and _WHEN_NEXT.match(text[piece_start:piece_start + 12]):
        dates = find_dates(text[previous[0]:previous[1]])
        return f"{dates[-1].text}," if dates else None
    if not previous or not _RELATIVE_NEXT.match(text[piece_start:piece_start + 12]):
        return None
    m = _ANTECEDENT.search(text[previous[0]:previous[1]])
    if not m:
        return None
    phrase = m.group()
    inner = list(_PREPOSITION_BEFORE_THE.finditer(phrase))
    if inner:
        phrase = phrase[inner[-1].end():]
    return phrase.strip(" ,\"”")


def _quoted(text: str, start: int, pos: int) -> bool:
    chunk = text[start:pos]
    return chunk.count('"') % 2 == 1 or chunk.count("“") > chunk.count("”")


#: A connective left at a stretch's end, where the next clause was cut off: ", and".
_TRAILING_CONNECTIVE = re.compile(r",?\s+(?:and|but|or)$")
_CONNECTIVE_ENDS = ("and", "but", "or")


def _clean(text: str, start: int, end: int) -> tuple[int, int]:
    """Trim connectives, punctuation and framing from a stretch, keeping exact offsets."""
    while True:
        before = (start, end)
        while start < end and text[start] in " ,;:.\"“”«»'‘’\n_*":
            start += 1
        while end > start and text[end - 1] in " ,;:.\"“”«»'’\n_*":
            end -= 1
        m = _CONNECTIVE.match(text, start, end) or _FRAMING_RE.match(text, start, end)
        if m and m.end() == start:
            m = None
        if m:
            start = m.end()
        # (the pattern ends the stretch, which no longer ends in a line break: it can only match before "and", "but", "or")
        tail = _TRAILING_CONNECTIVE.search(text, start, end) if text.endswith(_CONNECTIVE_ENDS, start, end) else None
        if tail:
            end = tail.start()  # "The company disclosed in a filing last month, and": the joint is the next clause's
        cut = dateline_end(text[start:end])
        if cut:
            start += cut  # "SEOUL, September 11, 2025 - ": the filing line is not part of the claim
        if (start, end) == before:
            return start, end


def _plain(text: str) -> str:
    """The claim in plain words: emphasis marks and doubled spaces removed."""
    if "_" in text or "*" in text:
        text = _EMPHASIS.sub("", text)
    text = " ".join(text.split())  # ``_SPACES.sub(" ", text).strip()``: the same white space
    if text.count('"') % 2 == 1:
        text = text + '"' if text.rfind('"') > 0 else text.replace('"', "", 1)
    if text.count("“") > text.count("”"):
        text += "”"
    return text[:1].upper() + text[1:]


def _has_verb(text: str) -> bool:
    """Whether a short stretch holds a finite verb: an auxiliary, or a past form in -ed ("killed")."""
    return any(w in _FINITE or (w.endswith("ed") and len(w) > 4) for w in text.split())


def _words(text: str) -> int:
    return len(_ALNUM_WORD.findall(text))


#: Capitalised words (and "of") right before a title: "Bank of Uganda" Governor, "Provincial" police chief.
_TITLE_LEAD = re.compile(r"(?:[A-Z][\w'’.-]*(?:\s+of)?\s+)+$")


def atomise(text: str, sentences: list[Sentence], relations: list[Relation], published: str | None = None, *,
            slots_of: Callable[[str], Slots] | None = None) -> list[Claim]:
    """All atomic claims of the article, in reading order.

    ``slots_of(claim_text)``, when given, fills each claim's slots as it is made (``analyse``
    does), rather than copying every claim afterwards; without it the slots are empty.
    """
    claims: list[Claim] = []
    no_slots = Slots()
    nearby = _by_sentence(sentences, relations)
    for sentence in sentences:
        stretches = _stretches(text, sentence, nearby[sentence.index] if nearby else relations)
        n = 0
        for attribution, s, e, prefix, said in stretches:
            if said:  # the day a source said something: "Prosecutors said on Wednesday that they would appeal"
                n += 1
                plain = _plain(f"{prefix} {text[s:e]}{said}")
                claims.append(Claim(id=f"s{sentence.index}c{n}", sentence=sentence.index, start=s, end=e, text=plain,
                                    attribution=attribution, kind="date",
                                    slots=slots_of(plain) if slots_of else no_slots))
                continue
            pieces = _split(text, s, e)
            for i, (ps, pe) in enumerate(pieces):
                cs, ce = _clean(text, ps, pe)
                subject = _relative_subject(text, ps, pieces[i - 1] if i else None)
                words = _words(text[cs:ce])
                own = attribution.kind == "unattributed"
                if words < _MIN_WORDS or (own and words < _MIN_OWN_WORDS and not prefix and not _DIGIT.search(text[cs:ce])
                                          and not (len(pieces) > 1 and _has_verb(text[cs:ce]))):
                    continue  # (a clause cut from the rest of its sentence stays one: "The storm killed three, and ...")
                if own and not prefix and _FILLER.match(text, cs) and words < 9:
                    continue
                plain = _plain(text[cs:ce])
                if prefix and i == 0:
                    plain = _plain(f"{prefix} {text[cs:ce]}")
                elif subject:
                    plain = _plain(f"{subject} {text[cs:ce]}")
                n += 1
                claim = Claim(id=f"s{sentence.index}c{n}", sentence=sentence.index, start=cs, end=ce,
                              text=plain, attribution=attribution, slots=slots_of(plain) if slots_of else no_slots)
                claims.append(claim)
                claims.extend(parts(text, claim, published))
        # a role claim needs a role word; most sentences have none, so test that first
        low = lowered(sentence.text)
        hint = _ROLE_HINT_LOW.search(low) if low is not None else _ROLE_HINT.search(sentence.text)
        people = find_people(sentence.text, sentence.start) if hint else ()
        for person in people:
            if not person.role or person.role in VAGUE_ROLES:
                continue  # "Mayor Lars Jørgensen" is a role claim; "the minister" is not
            start = person.role_start if person.role_start is not None else person.start
            if person.role_start is not None:
                # the span holds the whole title as written: "_Bank of Uganda_ Governor Annet Kiconco",
                # "_Provincial_ police chief Jerzy Malec" (the words the role's text may leave out)
                lead = _TITLE_LEAD.search(text, max(sentence.start, start - 60), start)
                if lead and lead.group().split()[0].lower() not in NOT_TITLE_WORDS:
                    start = lead.start()
            attribution = _covering(relations, start, person.end) or UNATTRIBUTED
            n += 1
            plain = role_text(person.name, person.role, person.country)
            end = max(person.end, person.role_end or 0)
            claims.append(Claim(id=f"s{sentence.index}c{n}", sentence=sentence.index, start=start, end=end,
                                text=plain, attribution=attribution, kind="role",
                                slots=slots_of(plain) if slots_of else no_slots, role_holder=person))
    claims.sort(key=lambda c: (c.start, -c.end))
    return claims


def _by_sentence(sentences: list[Sentence], relations: list[Relation]) -> dict[int, list[Relation]] | None:
    """The relations whose content overlaps each sentence, in their order in ``relations``.

    A relation spans a run of neighbouring sentences, found by bisection, so that no
    sentence scans every relation of the article. ``None`` when the sentences are not
    in order without overlaps (then every sentence looks at every relation).
    """
    starts = [s.start for s in sentences]
    ends = [s.end for s in sentences]
    if any(ends[i] > starts[i + 1] for i in range(len(sentences) - 1)) or \
            any(s.end < s.start for s in sentences) or len({s.index for s in sentences}) != len(sentences):
        return None
    nearby: dict[int, list[Relation]] = {s.index: [] for s in sentences}
    for rel in relations:
        first = bisect_right(ends, rel.content[0])  # the first sentence ending after the content starts
        stop = bisect_left(starts, rel.content[1])  # the first sentence starting at or after its end
        for sentence in sentences[first:stop]:
            nearby[sentence.index].append(rel)
    return nearby


def role_text(name: str, role: str, country: str | None) -> str:
    """ "Gabi Ashkenazi is Israel's Foreign Minister" """
    if country:
        owner = f"the {country}'" if country.endswith("s") else f"{country}'s"
        return f"{name} is {owner} {role}"
    return f"{name} is {role}"


def _covering(relations: list[Relation], start: int, end: int) -> Attribution | None:
    best = None
    for rel in relations:
        cs, ce = rel.content
        if cs <= start and end <= ce:
            if best is None or (ce - cs) < (best.content[1] - best.content[0]):
                best = rel
    return best.attribution if best else None


def _source_and_cue(text: str, a: Attribution) -> str | None:
    """ "A diplomatic source in Damascus revealed": what makes an object content a statement."""
    if not (a.source_span and a.cue_span) or a.source_span[0] > a.cue_span[0]:
        return None
    return f"{text[a.source_span[0]:a.source_span[1]]} {text[a.cue_span[0]:a.cue_span[1]]}"


def _lead_in(text: str, rel: Relation) -> str | None:
    """The words from the source to the content ("Quint plans to"), when they are few."""
    a = rel.attribution
    if not (a.source_span and a.cue_span) or a.source_span[0] > a.cue_span[0]:
        return None
    between = text[a.cue_span[1]:rel.content[0]]
    if len(between) > 40 or "\n" in between or _SENTENCE_PUNCTUATION.search(between):
        return _source_and_cue(text, a)
    return _SPACES.sub(" ", f"{text[a.source_span[0]:a.source_span[1]]} {text[a.cue_span[0]:rel.content[0]]}").strip(" ,")


def _clausal(text: str, rel: Relation) -> bool:
    """Whether the content reads as a statement on its own (a that-clause, a quote, content before the cue)."""
    a = rel.attribution
    if not a.cue_span or a.cue_span[0] >= rel.content[0]:
        return True  # the content comes first: "..., the minister said"
    gap = text[a.cue_span[1]:rel.content[0]]
    if _CLAUSE_MARK.search(gap) or a.cue == ":":
        return True  # (a colon after a speaker opens what they say: "Halvorsen: We had the draft study in November")
    # "said prices had risen": a verb of saying or believing takes a whole clause even
    # without "that"; "urged both sides to return" or "called for restraint" does not
    cue = (a.cue or "").lower()
    if cue.split(" ")[0].endswith("ing"):
        return False  # ", calling on X to ...": the source's name makes it a statement
    if VERBS.get(cue) not in ("say", "belief") or cue in OBJECT_CONTENT or cue in TO_VERBS:
        return False
    # "said prices had risen" is a clause; "revealed a direct meeting" is a noun phrase
    words = _LETTER_WORD.findall(text[rel.content[0]:rel.content[1]])[1:10]
    return any(w.lower() in _FINITE or (w.endswith("ed") and w.islower()) for w in words)


Stretch = tuple[Attribution, int, int, str | None, str | None]
"""(attribution, start, end, prefix, said): ``prefix`` opens the claim's text where the stretch alone would not
read as a statement; ``said``, when set, is the words after a frame's date up to the end of the content's first
clause (" that they would also appeal"), and the stretch is that date."""


def _stretches(text: str, sentence: Sentence, relations: list[Relation]) -> list[Stretch]:
    """The sentence cut into contents (with their attribution) and the article's own voice."""
    inside = [r for r in relations if r.content[0] < sentence.end and r.content[1] > sentence.start]
    inside.sort(key=lambda r: (r.content[0], -(r.content[1] - r.content[0])))
    out: list[Stretch] = []
    cursor = sentence.start
    blocked: list[tuple[int, int, str | None]] = []
    for rel in inside:
        a = rel.attribution
        spans = [sp for sp in (a.source_span, a.cue_span) if sp]
        if spans:
            blocked.append((min(sp[0] for sp in spans), max(sp[1] for sp in spans), _source_and_cue(text, a)))
    last_end = sentence.start
    for rel in inside:
        s, e = max(rel.content[0], sentence.start), min(rel.content[1], sentence.end)
        if s < last_end:
            s = last_end
        if e <= s:
            continue
        if s > cursor:
            out.extend(_own_voice(text, cursor, s, blocked, content=(s, e)))
        prefix = None if _clausal(text, rel) else _lead_in(text, rel)
        out.append((rel.attribution, s, e, prefix, None))
        cursor = last_end = e
    if cursor < sentence.end:
        out.extend(_own_voice(text, cursor, sentence.end, blocked))
    return out


def _own_voice(text: str, start: int, end: int, blocked, content: tuple[int, int] | None = None) -> list[Stretch]:
    """Stretches in the article's own voice, with sources and cues cut out.

    A stretch right after a cue ("said during a visit to Lebanon on July 7: ...") keeps
    the source and cue as its opening words, so that it reads as a statement. The frame
    of the ``content`` that follows ("said on Wednesday that") holds two facts the article
    vouches for itself: where the source spoke and when.
    """
    pieces = []
    cursor = start
    prefix = None
    for bs, be, words in sorted(blocked, key=lambda b: b[0]):
        if be <= cursor or bs >= end:
            continue
        if bs > cursor:
            pieces.append((cursor, bs, prefix))
        cursor = max(cursor, be)
        prefix = words
    if cursor < end:
        pieces.append((cursor, end, prefix))
    out = []
    for s, e, prefix in pieces:
        chunk = text[s:e]
        # an appositive or relative clause hanging off a source ("who preferred not to ...") is not a claim
        if _SOURCE_RELATIVE.match(chunk) or _QUOTED_PASSIVE.match(chunk):
            continue
        if _ONLY_CONNECTIVE.fullmatch(chunk):
            continue
        if _DATELINE.fullmatch(chunk.strip()):
            continue  # "TALVIK, Sept 2 (Newswire) -": where and when, not a claim
        # the frame of a content: short, or right after a cue with no verb of its own ("said in a letter to the
        # council in January that", however long); "a sign that" in the article's own words stays a claim
        if _ENDS_FRAME.search(chunk) and (_words(chunk) <= 8 or prefix and not _FINITE.intersection(chunk.lower().split())):
            setting = _SETTING.search(chunk) if prefix else None
            if setting:
                # "Governor Ilse Varga told a news conference in Kessel that ...": where she spoke can be wrong
                out.append((UNATTRIBUTED, s, s + len(chunk[:setting.end()].rstrip(" ,")), prefix, None))
            when = _frame_date(text, s, e, content) if prefix else None
            if when:  # (the words between the cue and the day stay in the text: "told AFP on Monday")
                told = " ".join(f"{prefix} {text[s:when[0]]}".split())
                out.append((UNATTRIBUTED, *when, told, _first_clause(text, when[1], content)))
            continue  # "in a statement that", "told the radio station that": the frame of a content
        out.append((UNATTRIBUTED, s, e, prefix if prefix and not text[s:e].lstrip().startswith(",") else None, None))
    return out


#: The day that closes a frame: "said (late) on Wednesday that", "said Tuesday that", "told AFP on Monday:", "told
#: reporters in Kessel on Monday evening that", with a date after the weekday ("Tuesday, March 3").
_MONTH_NAMES = "|".join(m.capitalize() for m in MONTHS if len(m) > 4 or m in ("may", "june", "july"))
_FRAME_DATE = re.compile(r"(?<![\w'’-])(?P<when>(?:(?:late|early)\s+)?(?:on\s+)?"
                         r"(?:" + "|".join(WEEKDAY_NAMES) + r")"
                         r"(?:,?\s+(?:" + _MONTH_NAMES + r")\s+\d{1,2}|,?\s+\d{1,2}\s+(?:" + _MONTH_NAMES + r"))?)"
                         r"(?:\s+(?:morning|afternoon|evening|night))?\s*(?:that\b,?|:)\s*[\"“«]?\s*$")


def _frame_date(text: str, start: int, end: int, content: tuple[int, int] | None) -> tuple[int, int] | None:
    """The span of the weekday a source spoke on: the day that closes the frame of the content that follows.

    Only the frame's last words count ("told reporters after the meeting on Monday that"): a day earlier in the
    frame ("said on Sunday night, with 98 percent counted, that") may date something else.
    """
    if not content or content[0] != end:
        return None
    m = _FRAME_DATE.search(text, start, end)
    return (m.start("when"), m.end("when")) if m else None


def _first_clause(text: str, after: int, content: tuple[int, int]) -> str:
    """The words from a frame's date to the end of the content's first clause: " that they would also appeal"."""
    first = _split(text, *content)[0]
    _, end = _clean(text, *first)
    words = " ".join(text[after:end].split())
    return words if words[:1] in (":", ",") else f" {words}"
