"""Gather the evidence for one claim: reference sentences that may speak to it, and who holds its role.

Retrieval (``retrieve``) finds candidates, ``compare`` judges each; this module decides
which candidates count at all (the same story, the claim's anchors, the role's country
and date) and turns them into the ``Piece`` values ``decide`` weighs.
"""
from __future__ import annotations

import datetime as dt
import re
from dataclasses import replace

from claims.dates import dateline_end
from claims.lexicon.calendar import APPROX, NUMBER_WORDS, SCALES
from claims.lexicon import heads as H
from claims.entities import is_negated, proper_nouns, slots
from claims.names import fold, name_parts, same_person
from claims.people import find_people
from claims.quotes import inside_quotation
from claims.types import Claim, Quote

from .compare import compare
from .conflict import Conflict
from .decide import Piece
from .offices import ONE_HOLDER_TITLES, bare_office, former, generic_top, same_field, same_office
from .retrieve import COUNTRY_FORMS, anchors, other_anchors, retrieve, topic_words
from .store import Candidate, Store

#: Role holders count for an article when their report is within this many days of it.
ROLE_WINDOW_DAYS = 400


def _piece(cand: Candidate, stance: str, score: float, reliability: dict[str, dict], conflicts=(), flags=(),
           weak=False, specific=True) -> Piece:
    rel = reliability.get(cand.source, {}).get("reliability", 0.5)
    url = cand.location if re.match(r"(?i)https?://", cand.location) else None
    return Piece(source=cand.source, document=cand.location, text=cand.text, score=min(100.0, max(0.0, score)),
                 stance=stance, reliability=rel, origin=cand.origin or cand.source, published=cand.published,
                 title=cand.title, url=url, conflicts=tuple(conflicts), flags=tuple(flags), weak=weak, specific=specific)


def _shortened(a: str, b: str) -> bool:
    """One name is the other written short: the same first word, each word of the shorter a start of the other's."""
    x, y = fold(a).replace(".", "").split(), fold(b).replace(".", "").split()
    short, long_ = (x, y) if len(" ".join(x)) <= len(" ".join(y)) else (y, x)
    return len(short) >= 2 and len(short) <= len(long_) and short[0] == long_[0] and \
        all(l.startswith(s) for s, l in zip(short, long_))


def _within(published: str | None, article_date: str | None) -> bool:
    if not published or not article_date:
        return True
    try:
        a = dt.date.fromisoformat(article_date[:10])
        b = dt.date.fromisoformat(published[:10])
    except ValueError:
        return True
    return abs((a - b).days) <= ROLE_WINDOW_DAYS


def role_evidence(store: Store, claim: Claim, names: list[str], reliability: dict, article_date: str | None,
                  same_story=None) -> list[Piece]:
    """Who the references say holds the claimed role.

    The same person in the role supports the claim; another person in the same role
    (for the same country) is a ``person`` clash; the same person named in another
    office, with no report giving them the claimed one, is a ``role`` clash. A role
    given without a country ("Mayor X") only counts against references about the same
    story, so that another town's mayor is never a clash.
    """
    holder = claim.role_holder
    if holder is None or not holder.role:
        return []
    country = holder.country or ""
    pieces = []
    # the same role for the same country; a role given without a country on either side matches any country,
    # but then another holder is a clash only in a report about the same story
    holders = [(n, c, True, True) for n, c in store.role_holders(holder.role, country, names)]
    if country:
        holders += [(n, c, False, True) for n, c in store.role_holders(holder.role, "", names)]
    else:
        # a role without a country is only contradicted by a holder given without one either: "Defence
        # Minister X" in a story about two countries is no clash with the other country's minister
        holders = [(n, c, False, not held_for) for held_for in store.role_countries(holder.role)
                   for n, c in store.role_holders(holder.role, held_for, names)]
    bare = bare_office(holder.role)
    if bare != holder.role and bare in ONE_HOLDER_TITLES and not country and not holders:
        # "Los Maitenes Mayor Valentina Rojas" where the story's reports say "Mayor Javiera Contreras": the
        # bare title in a report about the same story is the same office
        holders = [(n, c, False, True) for n, c in store.role_holders(bare, "", names)]
    if not holders and not country:
        # "Water Development Minister X" where the reports name "the Minister of Water Development and Sanitation,
        # Y": one office named in short and in full, its holder named in the same story
        holders = [(n, c, False, True) for office in store.offices_titled(bare)
                   if office != holder.role and same_field(office, holder.role)
                   for n, c in store.role_holders(office, "", names)]
    loose: list[Piece] = []
    for name, cand, same_country, may_clash in holders:
        if not _within(cand.published, article_date):
            continue
        if not same_country and same_story and not same_story(cand.document_id):
            continue  # a chief executive of another company is no clash
        if same_person(holder.name, name):
            pieces.append(_piece(cand, "supports", 90.0, reliability))
        elif _shortened(holder.name, name):
            continue  # "Jose Ma." and "Jose Maria": one name, one of them cut short
        elif may_clash and (same_country or same_story is None or same_story(cand.document_id)):
            piece = _piece(cand, "contradicts", 85.0, reliability, [Conflict("person", holder.name, name)])
            pieces.append(piece)
            if not same_country:
                loose.append(piece)
    if any(p.stance == "supports" for p in pieces):
        # the references give this person the office: a holder named without a country is another country's
        return [p for p in pieces if p not in loose]
    raw_surname = holder.name.split()[-1]
    seen = set()
    for surname in {raw_surname, name_parts(holder.name)[-1] if name_parts(holder.name) else raw_surname}:
        for name, role, rcountry, cand in store.roles_named(surname, names):
            if cand.sentence_id in seen or not same_person(holder.name, name):
                continue
            if same_office(role, holder.role):
                if (not country or not rcountry or rcountry == country) and _within(cand.published, article_date):
                    seen.add(cand.sentence_id)
                    pieces.append(_piece(cand, "supports", 85.0, reliability))  # the office in full or in short
                continue
            if (country and rcountry and rcountry != country) or (generic_top(holder.role) and not _below_the_top(role)):
                continue  # (an office described, "who heads the agency", is too loose to clash with another top title;
                # but a spokeswoman or a deputy is no chief)
            if not _within(cand.published, article_date) or (same_story and not same_story(cand.document_id)):
                continue
            seen.add(cand.sentence_id)
            pieces.append(_piece(cand, "contradicts", 80.0, reliability, [Conflict("role", holder.role, role)]))
    if any(p.stance == "supports" for p in pieces):
        pieces = [p for p in pieces if not any(c.field == "role" for c in p.conflicts)]
    if former(holder.role):
        # many have held an office before: another former mayor is no clash, and a report giving the same man
        # another office says nothing of this one
        pieces = [p for p in pieces if p.stance == "supports"]
    return pieces


#: Words of an office that never lead the body: whoever holds it is not its chief or head.
_BELOW_THE_TOP = frozenset("spokesperson spokesman spokeswoman deputy adviser advisor aide assistant vice".split())


def _below_the_top(role: str) -> bool:
    """ "Police Spokesperson", "Deputy Director": an office under the one that leads the body."""
    return bool(_BELOW_THE_TOP & set(role.lower().replace("-", " ").split()))


#: What follows "claimed" or "took" when it is a deed, not a cue: "claimed responsibility", "claimed victory".
_ACT_NOT_SAYING = re.compile(r"(?:responsibility|credit|victory|the title|the lives|the life)\b", re.I)
_QUOTED = re.compile(r'"([^"\n]{3,}?)"|“([^”\n]{3,}?)”')


def enclosing_quotation(article_text: str, claim: Claim) -> str | None:
    """The whole quotation a claim is part of, when the atomiser split one ("A; B," she said).

    A quotation is quoted right or wrong as a whole: one changed word anywhere in it is a misquote.
    """
    line_start = article_text.rfind("\n", 0, claim.start) + 1
    line_end = article_text.find("\n", claim.end)
    line_end = len(article_text) if line_end < 0 else line_end
    for m in _QUOTED.finditer(article_text, line_start, line_end):
        if m.start() <= claim.start + 1 and claim.end <= m.end() + 1 and (m.end() - m.start()) > (claim.end - claim.start) + 3:
            return (m.group(1) or m.group(2)).strip()
    return None


def match_text(article_text: str, claim: Claim) -> str:
    """The words to look for in references: the claim's own words, without the source and cue.

    "A diplomatic source in Damascus revealed a meeting ..." is matched as "a meeting
    ...": the references describe the meeting, not the article's sourcing of it.
    """
    if claim.kind == "role" or claim.day_spoken:
        return claim.text  # (the day a source spoke: its words are the day; what it said is what to find)
    words = re.sub(r"[_*]+", "", article_text[claim.start:claim.end])
    words = words[dateline_end(words):]  # "KYSTRUP, Denmark, October 20, 2025 - " is the filing line, not the claim
    prefix = claim.text[: max(0, len(claim.text) - len(words))] if claim.text.endswith(words[-20:]) else ""
    if prefix and is_negated(prefix):
        return claim.text  # "Varga ruled out further cuts": the cue carries the polarity
    cue = (claim.attribution.cue or "").lower()
    if prefix.strip() and (not cue or cue not in prefix.lower()):
        return claim.text  # "in 2024, the club paid ...", "the 1974 agreement stipulates ...": the antecedent belongs to it
    if _ACT_NOT_SAYING.match(words.lstrip()):
        return claim.text  # "NightHarrow claimed responsibility for the attack" is a deed, not a report
    if prefix.strip() and len(set(topic_words(words))) < 2:
        return claim.text  # "The ministry announced the closures on Saturday": "the closures" alone is nothing to find
    before = article_text[max(0, claim.start - 2):claim.start]
    after = article_text[claim.end:claim.end + 3]
    if inside_quotation(article_text, claim.start) and '"' not in words and "“" not in words:
        words = f'"{words.rstrip(" ,.")}"'  # part of a longer quotation: still the speaker's words
    elif re.search(r"[\"“«]\s*$", before):
        close = re.search(r"[\"”»]", words)
        if close:  # a quotation followed by its cue: 'We will respond ...," he said'
            words = f'"{words[:close.start()].rstrip(" ,.")}"{words[close.end():]}'
        elif re.match(r"[,.!?;]?\s*[\"”»]", after):
            words = f'"{words}"'  # the claim is a quotation: its words are checked as a quote
    if words.count('"') % 2:
        words += '"'
    if words.count("“") > words.count("”"):
        words += "”"
    if '"' not in words and "“" not in words:
        # "the harbour of Kystrup, a fishing town on Denmark's west coast, over the weekend": what a place is
        # is a fact of its own; the references state the claim without it
        words = _APPOSITION.sub(r"\1", words)
    return words


#: ", a fishing town on Denmark's west coast," after a capitalised name: a description, not the claim.
_APPOSITION = re.compile(r"(\b[A-ZÀ-Þ][\w'’-]{2,}),\s+(?:a|an)\s+[^,;\"“”]{3,60}?(?=,|$)")


#: Names a reference document must share with the article to count as a report of the same story.
SAME_STORY_NAMES = 2
#: A report naming only one of the article's names (a short fact check) counts for claims it covers this well.
ONE_NAME_COVERAGE = 0.75


class StoryFilter:
    """Keeps evidence to references about the article's story (cached per document)."""

    def __init__(self, store: Store, article_text: str):
        self.store = store
        self.names = {fold(n) for n in proper_nouns(article_text)}
        self.cache: dict[int, int] = {}

    def shared(self, document_id: int) -> int:
        """How many of the article's names the document names too (at most ``SAME_STORY_NAMES``)."""
        if document_id not in self.cache:
            # folded: "Keflavík" in the draft and "Keflavik" in a wire report are one name
            shared = self.names & {fold(n) for n in proper_nouns(self.store.document_text(document_id))}
            # an article naming fewer names than that needs only those it names
            self.cache[document_id] = min(len(shared), SAME_STORY_NAMES, len(self.names))
        return self.cache[document_id]

    def __call__(self, document_id: int) -> bool:
        return self.shared(document_id) >= min(SAME_STORY_NAMES, len(self.names))


def claim_evidence(store: Store, claim: Claim, names: list[str], reliability: dict, article_date: str | None,
                   text: str | None = None, same_story: StoryFilter | None = None,
                   antecedent: str | None = None, whole_quote: str | None = None,
                   aliases: dict[str, str] | None = None) -> list[Piece]:
    """Every reference sentence that bears on ``claim``, judged, plus who holds its role.

    ``antecedent`` is the sentence before a claim that opens with a pronoun ("In April
    it had stood at 5.8 percent"): its words may stand in for "it". ``whole_quote`` is the
    quotation a claim is part of, checked for misquotes as a whole.
    """
    pieces = role_evidence(store, claim, names, reliability, article_date, same_story)
    seen = {(p.document, p.text) for p in pieces}
    if claim.kind == "role":
        return pieces
    text = text or claim.text
    stand_in = _EVENT_STAND_IN.fullmatch(text.strip().rstrip(".")) if antecedent else None
    event_text = event_slots = None
    if stand_in:
        # "... after drones were spotted above its runway. The sightings happened on Saturday evening.": the
        # sightings may be the event of the sentence before, which the references describe in its words
        event_text = f"{_event_of(antecedent, article_date)} {stand_in.group('when')}"
        event_slots = slots(event_text, article_date)
    claim_slots = slots(text, article_date) if text != claim.text else claim.slots
    if whole_quote and len(whole_quote.split()) >= 3:
        claim_slots = replace(claim_slots, quotes=(Quote(whole_quote, 0, len(whole_quote)),))
    if whole_quote or claim_slots.quotes:
        # "The river has its voice back today," she said: a quotation's "today" is the day it was said, which
        # the article's date does not tell
        claim_slots = replace(claim_slots, dates=tuple(d for d in claim_slots.dates
                                                        if not _SPEAKERS_DAY.fullmatch(d.text.strip().lower())))
    # "North Korea said it would ...": the source's country is the subject of "it"
    claim_anchors = anchors(claim.text) | anchors(text) | anchors(claim.attribution.label or "")
    # the person a quotation is attributed to: a reference quoting someone else is no misquote
    speaker = None
    if claim.attribution.kind == "named_person" and claim.attribution.label:
        people = find_people(claim.attribution.label)
        speaker = people[-1].name if people else claim.attribution.label.split()[-1]
    hits = retrieve(store, text, sources=names)
    if event_text:
        known = {h.candidate.sentence_id for h in hits}
        hits += [h for h in retrieve(store, event_text, sources=names) if h.candidate.sentence_id not in known]
    # sentences that say it in other words ("died" / "were killed"): found by the paraphrase table, they may
    # support the claim but never contradict it (the rules of a clash were drawn on what the claim's own words find)
    known = {h.candidate.sentence_id for h in hits}
    others = [h for h in retrieve(store, text, sources=names, paraphrased=True) if h.candidate.sentence_id not in known]
    paraphrased = {h.candidate.sentence_id for h in others}
    hits += others
    for hit in hits:
        cand = hit.candidate
        # (a report's source is where it speaks from: South Korea's Joint Chiefs of Staff write "our military")
        if other_anchors(claim_anchors, anchors(cand.text) | anchors(cand.source or "")):
            continue  # "South Korea" evidence for a "North Korea" claim, even where the claim's words say "it"
        if (cand.location, cand.text) in seen or (same_story and not same_story.shared(cand.document_id)):
            continue
        context = " ".join(store.neighbours(cand.sentence_id))
        result = compare(text, claim_slots, cand.text, cand.published, context, speaker=speaker,
                         antecedent=antecedent if _PRONOUN_SUBJECT.match(text) else None, aliases=aliases)
        if event_text and result.stance == "related":
            # the claim's own words found nothing: try them as the date of the event of the sentence before, where
            # only that date can clash (the sentence before is checked as a claim of its own)
            event = compare(event_text, event_slots, cand.text, cand.published, context, aliases=aliases)
            own = tuple(c for c in event.conflicts if fold(c.claim_value) in fold(stand_in.group("when")))
            if event.stance == "supports" or own:
                result = replace(event, conflicts=own, stance="contradicts" if own else "supports")
        if result.stance == "related" and text != claim.text and result.coverage >= 0.34 and \
                claim.attribution.kind in _SAYS_ITSELF and not claim_slots.quotes:
            # "The finance ministry expects growth of 1.8 percent": a report repeating who says it, and what
            whole = compare(claim.text, claim.slots, cand.text, cand.published, context, aliases=aliases)
            if whole.stance == "supports":
                result = whole
        if same_story and not same_story(cand.document_id) and len(set(topic_words(text))) >= 3 and (
                result.coverage >= ONE_NAME_COVERAGE or ("debunked" in result.flags and result.coverage >= 0.5)):
            pass  # a fact check names few of the story's names but says plainly what it refutes
        elif same_story and not same_story(cand.document_id):
            continue  # a short report sharing one name with the article must say much the same to count
        if result.stance == "supports" and ((cand.title and cand.text.strip() == cand.title.strip())
                                            or store.sentence_index(cand.sentence_id) == 0):
            result = replace(result, weak=True, flags=result.flags + ("headline",))  # a headline sums up; the body must say it
        if result.stance == "supports" and (claim.attribution.cue or "").lower() in _FORECAST_CUES and \
                not _FORECAST.search(context or cand.text):
            # "Analysts expected a profit of about 380 million": the forecast is the claim, not the result
            result = replace(result, stance="related")
        if cand.sentence_id in paraphrased and (result.stance == "contradicts" or result.coverage < PARAPHRASE_SUPPORT
                                                 or not result.specific or store.sentence_index(cand.sentence_id) == 0):
            # (and supports only by saying all of it, values included, in its body: not a headline's gist)
            result = replace(result, stance="related", conflicts=())
        if result.stance == "related" and result.coverage < 0.34:
            continue
        seen.add((cand.location, cand.text))
        piece = _piece(cand, result.stance, result.score, reliability, result.conflicts, result.flags, result.weak,
                       result.specific)
        if result.stance in ("supports", "contradicts") and _cites(claim, speaker, cand):
            piece = replace(piece, cited=True)  # (a clash in the source's own word is the claim's own source disagreeing)
        pieces.append(piece)
    return pieces


#: How much of a claim a sentence found only by paraphrase must say to support it.
PARAPHRASE_SUPPORT = 0.75


#: Cues that make a claim a forecast, and the words of a report that states one.
_FORECAST_CUES = frozenset("expected expect expects forecast forecasts predicted predict predicts projected anticipated "
                           "estimated estimate estimates".split())
_FORECAST = re.compile(r"\b(?:expect\w*|forecast\w*|predict\w*|project(?:ed|ion|ions)|anticipat\w*|estimat\w*|"
                       r"consensus|outlook)\b", re.I)
#: Days named from the speaker's day, inside a quotation.
_SPEAKERS_DAY = re.compile(r"(?:on\s+)?(?:today|yesterday|tomorrow|tonight|this morning|this evening|this week|last night)")
#: Sources whose own name a reference repeats with what they said ("the ministry expects ...").
_SAYS_ITSELF = frozenset({"official_statement", "named_person", "news_agency", "media_outlet", "state_media"})
#: A claim that only says when the event of the sentence before took place: "The crash happened on Wednesday",
#: "The ruling came last Friday", "The collision came shortly before six in the morning".
_EVENT_STAND_IN = re.compile(r"(?:the|this|that)\s+(?:[a-z-]+\s+){0,2}?[a-z-]+\s+(?:happened|took\s+place|occurred|came|began|"
                             r"started)\s+(?P<when>(?:on|at|in|during|shortly|just|late|early|last|this|about|around|before|"
                             r"after)\b[^,;]*)", re.I)


#: The words of a figure itself, not of what it counts ("more than five hours": "hours" stays).
_FIGURE_WORDS = frozenset(NUMBER_WORDS) | frozenset(SCALES) | frozenset(w for a in APPROX for w in a.split()) | {"half", "a", "an"}


def event_antecedent(sentences, index: int) -> str | None:
    """The sentence before sentence ``index``, for a claim whose subject stands for it ("it", "The crash"). A
    sentence that itself only dates the event is passed over: "... ran into a lorry. The crash happened on
    Wednesday. The collision came shortly before six in the morning."
    """
    k = index - 1
    while k > 0 and _EVENT_STAND_IN.fullmatch(sentences[k].text.strip().rstrip(".")):
        k -= 1
    return sentences[k].text if k >= 0 else None


def _event_of(sentence: str, published: str | None) -> str:
    """A sentence without its filing line and its own values (figures, dates, clock times): the event it tells,
    to which a claim of when it happened adds its own date."""
    sentence = sentence[dateline_end(sentence):]
    found = slots(sentence, published)
    # (a figure's counted things stay: "Fourteen people were killed" tells of people killed)
    spans = sorted([(v.start, v.end, " ".join(w for w in v.text.split() if w.isalpha() and w.lower() not in _FIGURE_WORDS))
                    for v in found.numbers] + [(v.start, v.end, "") for v in (*found.dates, *found.times)])
    out, at = [], 0
    for start, end, kept in spans:
        if start >= at:
            out.append(sentence[at:start] + kept)
            at = end
    out.append(sentence[at:])
    return re.sub(r"\s+", " ", "".join(out)).strip().rstrip(".")


#: A claim whose subject is a pronoun: the sentence before it says what "it" is.
_PRONOUN_SUBJECT = re.compile(r"(?:(?:in|on|by|at|since|from) [\w ,]{1,30}?\s)?(?:it|its|he|his|she|her|they|their)\b", re.I)


#: Things a story names once and then calls by their kind: "the Hrafnsfell volcano" ... "the volcano".
_NAMED_THING = re.compile(r"\b([A-ZÀ-Þ][\w'’-]+)\s+(volcano|mine|museum|river|dam|airport|port|harbour|hospital|prison|"
                          r"bridge|plant|factory|refinery|company|club|party|union|festival|summit|airline|"
                          r"stadium|lake|island|glacier|reactor|terminal|fire|storm|hurricane|cyclone|typhoon)\b")


#: ... or calls by their kind first: "the blood pressure drug Tensolin", "the ferry MV Stella Maris".
_THING_NAMED = re.compile(r"\b(drug|medicine|vaccine|ferry|ship|vessel|satellite|rocket|company|airline|storm|"
                          r"hurricane|cyclone|typhoon|volcano|operation)\s+((?:MV\s+)?[A-ZÀ-Þ][\w'’-]+)")
_NOT_A_NAME = frozenset("the a an this that its their his her our new old main first second last".split())


def article_aliases(article_text: str) -> dict[str, str]:
    """The kind-word a draft uses for a thing it has named: {"volcano": "Hrafnsfell"} (first name wins)."""
    names: dict[str, set[str]] = {}
    found = [(m.group(1), m.group(2)) for m in _NAMED_THING.finditer(article_text)]
    found += [(m.group(2), m.group(1)) for m in _THING_NAMED.finditer(article_text)]
    for name, head in found:
        head = head.lower()
        low = name.lower()
        if low in _NOT_A_NAME or low in COUNTRY_FORMS or low.endswith(("ic", "ian", "ese", "ish", "an")):
            continue  # "the Icelandic volcano" names no volcano
        names.setdefault(head, set()).add(name)
    # a kind the draft uses for two named things ("Munich airport", "Frankfurt airport") stands for neither
    return {head: next(iter(found)) for head, found in names.items() if len(found) == 1}


def _cites(claim: Claim, speaker: str | None, cand: Candidate) -> bool:
    """Whether the reference is the report the claim rests on: the outlet it cites, or the speaker's own words.

    "Barrack said dialogue has begun" is confirmed as Barrack's statement by a report of
    Barrack saying it; "state TV reported ..." by state TV's report.
    """
    if speaker:
        surname = fold(speaker.split()[-1])
        if surname and re.search(rf"\b{re.escape(surname)}\b", fold(cand.text)):
            return True
    source = fold(cand.source)
    if any(fold(name) == source for name in (claim.attribution.label or "", *claim.attribution.via) if name):
        return True
    # a group or body the claim names, saying it in the reference: "Unions say 85 percent ..." and "the unions say
    # 85 percent are on strike"
    head = (claim.attribution.label or "").split()[-1:] if claim.attribution.kind in _GROUP_KINDS else []
    noun = head[0].lower() if head else ""
    if noun and (noun in H.INSTITUTION_NOUNS or noun.rstrip("s") in H.INSTITUTION_NOUNS or noun in H.PERSON_NOUNS):
        return bool(re.search(rf"\b{re.escape(fold(head[0]).rstrip('s'))}s?\b(?:\s+\w+){{0,2}}\s+(?:say|says|said|put|puts|"
                              rf"estimate|estimates|estimated|claim|claims|claimed)\b", fold(cand.text)))
    return False


#: Kinds of source that a reference names by their noun: "the unions say", "the ministry says".
_GROUP_KINDS = frozenset({"official_statement", "anonymous_source"})
