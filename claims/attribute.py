"""Who says what: attribution relations (source, cue, content) with coreference and via-chains.

The rules follow the PARC 3.0 / PolNeAR reading of news attribution:

* a reporting verb with its subject before it ("A diplomatic source ... revealed ...")
  or after it ("..., the minister said.");
* a source after the content ("..., according to a statement by X", "as reported by X
  citing Y": Y says it, via X);
* passive relays ("was quoted by the French news agency as saying") add to the source's
  via-chain, which then holds for every attribution of that source in the article;
* participial cues ("..., confirming that ...") keep the sentence's source;
* definite references and pronouns ("The source", "he", "the ministry") resolve to the
  latest compatible source;
* a direct quote that runs over several sentences is one content.

Every word list lives in ``claims/lexicon``; this module only walks them.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field, replace

from .entities import find_people
from .lexicon.cues import COMPLEMENTIZERS, FRAMING, IMPERSONAL, NEEDS_COMPLEMENT, SOURCE_AFTER, VERBS
from .lexicon.roles import COUNTRIES, PLACES
from .lexicon.sources import (
    ANAPHORS,
    ANONYMITY_MARKERS,
    ANONYMOUS_HEADS,
    KIND_RELIABILITY,
    OFFICIAL_HEADS,
    OFFICIAL_SOURCE_WORDS,
    OUTLET_HEADS,
    OUTLETS,
    PRONOUNS,
    STATE_MARKERS,
)
from .names import name_parts, same_person
from .types import Attribution, Relation, Sentence

_WORD = re.compile(r"[\w'’\-]+")
_DETERMINERS = re.compile(r"^(?:the|a|an|this|that|these|those|one|two|three|several|some|other|another)\s+", re.I)
_AUX = frozenset("has have had was were is are be been will would also later then had further on".split())
_COUNTRY_WORDS = {form: name for name, forms in COUNTRIES.items() for form in forms}
_CAPITALS = {"damascus": "Syria", "jerusalem": "Israel", "washington": "United States", "moscow": "Russia",
             "tehran": "Iran", "beijing": "China", "ankara": "Turkey", "baku": "Azerbaijan",
             "beirut": "Lebanon", "cairo": "Egypt", "kyiv": "Ukraine", "london": "United Kingdom",
             "paris": "France", "berlin": "Germany", "riyadh": "Saudi Arabia", "pyongyang": "North Korea",
             "seoul": "South Korea", "tokyo": "Japan"}

_SOURCE_AFTER_RE = re.compile(
    r"(?:,\s*|\s+|^)(?P<cue>" + "|".join(re.escape(k) for k in sorted(SOURCE_AFTER, key=len, reverse=True)) + r")\s+(?P<src>[^,;:.!?\"“”]+(?:,\s*(?:citing|quoting)\s+[^,;:.!?\"“”]+)?)",
    re.I,
)
_QUOTED_AS = re.compile(r"\b(?:was|were|is|are|been)\s+(?:quoted|cited)\s+by\s+(?P<relay>[^,;:.\"“”]+?)\s+as\s+(?:saying|stating|telling\s+\w+)\s*:?\s*", re.I)
_TOLD = re.compile(r"\btold\s+(?P<relay>AFP|Reuters|AP|the\s+[A-Z][\w\s\-]+?|[A-Z][\w\-]+)\b", re.I)
_FRAMING_RE = re.compile("|".join(re.escape(f) for f in FRAMING), re.I)
_QUOTE_OPEN = "\"“«"
_QUOTE_CLOSE = "\"”»"


@dataclass
class _Entity:
    """A source mentioned in the article, for coreference and via-chains."""

    key: str
    label: str
    kind: str
    group: str  # person | anonymous | official | outlet
    via: list[str] = field(default_factory=list)


@dataclass
class _Registry:
    entities: list[_Entity] = field(default_factory=list)
    people: list[tuple[str, str]] = field(default_factory=list)  # (name, label with title)

    def add(self, entity: _Entity) -> _Entity:
        for known in self.entities:
            if known.key == entity.key:
                return known
        self.entities.append(entity)
        return entity

    def latest(self, group: str) -> _Entity | None:
        for entity in reversed(self.entities):
            if group == "any" or entity.group == group:
                return entity
        return None

    def person(self, name: str) -> str | None:
        """The fullest label seen for a person named ``name`` ("Al-Sharaa" -> "Syrian President Ahmed Al-Sharaa")."""
        best = None
        for full, label in self.people:
            if same_person(full, name) and (best is None or len(label) > len(best)):
                best = label
        return best


def _norm(text: str) -> str:
    return re.sub(r"\s+", " ", text.strip(" ,:;\"“”'’")).strip()


def classify(phrase: str) -> tuple[str, str, str]:
    """Kind, label and coreference group of a source phrase, from the lexicon tables."""
    low = phrase.lower()
    label = _DETERMINERS.sub("", _norm(phrase))
    label = re.sub(r"^(?:its|his|her|their)\s+", "", label, flags=re.I)
    label = re.sub(r"^(?:a\s+)?statement\s+(?:issued\s+|released\s+|published\s+)?(?:by|from)\s+(?:the\s+)?", "", label, flags=re.I)
    label = re.split(r"\s+(?:since|after|before|during|last|as|was|were)\s+|\s*[_*]", label)[0].strip(" ,")
    for alias in sorted(OUTLETS, key=len, reverse=True):
        if re.search(rf"(?<![\w-]){re.escape(alias)}(?![\w-])", low):
            name, kind = OUTLETS[alias]
            if any(m in low for m in STATE_MARKERS):
                kind = "state_media"
                name = label if alias.startswith("state") else name
            return kind, name, "outlet"
    if any(m in low for m in STATE_MARKERS):
        return "state_media", label, "outlet"
    if any(w in low for w in OFFICIAL_SOURCE_WORDS):
        return "official_statement", label, "official"
    words = [w.lower() for w in _WORD.findall(low)]
    head = words[-1] if words else ""
    in_words = re.split(r"\s+(?:in|from|at|of|with|close|familiar|who)\s+", low)[0].split()
    head = in_words[-1] if in_words else head
    people = find_people(_norm(phrase))
    if any(m in low for m in ANONYMITY_MARKERS) and not people:
        return "anonymous_source", label, "anonymous"
    if people:
        return "named_person", label, "person"
    if head in ANONYMOUS_HEADS or head.rstrip("s") in ANONYMOUS_HEADS:
        return "anonymous_source", label, "anonymous"
    if head in OUTLET_HEADS:
        return "media_outlet", label, "outlet"
    if head in OFFICIAL_HEADS or any(w in OFFICIAL_HEADS for w in words) or head in ("authorities", "officials"):
        return "official_statement", label, "official"
    if low.strip() in _CAPITALS or low.strip() in _COUNTRY_WORDS or head in _COUNTRY_WORDS:
        return "official_statement", label, "official"
    if phrase[:1].isupper() and len(words) <= 6:
        return "official_statement" if len(words) > 1 else "named_person", label, "official" if len(words) > 1 else "person"
    return "anonymous_source", label, "anonymous"


def _inside_quote(text: str, pos: int) -> bool:
    """Whether ``pos`` sits inside a double-quoted passage of ``text``."""
    depth = 0
    straight = 0
    for ch in text[:pos]:
        if ch == "“" or ch == "«":
            depth += 1
        elif ch in "”»":
            depth = max(0, depth - 1)
        elif ch == '"':
            straight ^= 1
    return depth > 0 or straight == 1


_SUBJECT_CUT = re.compile(r"(?:^|[;]|,\s+(?:and|but|while|whereas)\s+|\b(?:that|after|before|because|when|while|as|since|although|though)\s+)", re.I)
_RELATIVE = re.compile(r",\s*(?:who|which|whose|whom)\b[^,]*,", re.I)


def _subject_before(sentence: str, verb_start: int) -> tuple[int, int] | None:
    """The noun phrase just before a reporting verb, as offsets into ``sentence``."""
    left = sentence[:verb_start]
    cut = 0
    for m in _SUBJECT_CUT.finditer(left):
        if not _inside_quote(sentence, m.start()):
            cut = m.end()
    # a leading adverbial clause ends at its comma: "Despite ..., the new authorities"
    segment = left[cut:]
    stripped = _RELATIVE.sub(lambda m: " " * len(m.group()), segment)
    if "," in stripped:
        pieces = stripped.rsplit(",", 1)
        if len(pieces[1].split()) >= 1 and not pieces[1].strip().lower().startswith(("who", "which")):
            cut += len(pieces[0]) + 1
            segment = left[cut:]
    words = list(_WORD.finditer(segment))
    while words and words[-1].group().lower() in _AUX:
        words.pop()
    if not words:
        return None
    start = cut + words[0].start()
    end = cut + words[-1].end()
    # drop a non-restrictive relative clause at the end: "The source, who preferred ..."
    inner = sentence[start:end]
    rel = re.search(r",\s*(?:who|which)\b", inner)
    if rel:
        end = start + rel.start()
    if end - start > 120 or len(sentence[start:end].split()) > 14:
        return None
    return start, end


def _source_after(sentence: str, verb_end: int) -> tuple[int, int] | None:
    """An inverted or postposed source: '"...," said Foreign Minister X.' / '..., the minister said.'"""
    right = sentence[verb_end:]
    m = re.match(r"\s+((?:[A-Za-z][\w'’\-\.]*\s*){1,8}?)\s*(?:[.,;:]|$)", right)
    if not m:
        return None
    phrase = m.group(1).strip()
    if not phrase or not (phrase[0].isupper() or phrase.lower().startswith(("the ", "a ", "an "))):
        return None
    if phrase.lower().split()[0] in COMPLEMENTIZERS:
        return None
    start = verb_end + m.start(1)
    return start, start + len(phrase)


@dataclass
class _Found:
    source: tuple[int, int] | None
    cue: tuple[int, int]
    content: tuple[int, int]
    phrase: str | None
    via: list[str] = field(default_factory=list)
    participial: bool = False
    cue_label: str | None = None


def _content_after(sentence: str, pos: int) -> tuple[int, int]:
    """The content that follows a cue; an adverbial before ': "..."' is left to the article's voice."""
    colon = re.match(r"[^\"“«:]{0,80}?:\s*[\"“«]", sentence[pos:])
    if colon:
        pos += colon.end() - 1
    m = re.match(r"[\s,:]*(?:that\s+|as\s+saying\s*:?\s*)?[\s\"“«]*", sentence[pos:], re.I)
    start = pos + (m.end() if m else 0)
    end = len(sentence)
    stop = re.search(r",[\"”»]?\s*(?:confirming|adding|noting|saying|stressing|explaining|insisting|warning|denying|acknowledging|stating)\b", sentence[start:], re.I)
    if stop and not _inside_quote(sentence, start + stop.end()):
        end = start + stop.start()
    return start, _trim_end(sentence, start, end)


def _trim_end(sentence: str, start: int, end: int) -> int:
    while end > start and sentence[end - 1] in " .,;:!?\"”»'’\n":
        end -= 1
    return end


def _trim_start(sentence: str, start: int, end: int) -> int:
    while start < end and sentence[start] in " ,;:\"“«'‘\n":
        start += 1
    return start


def _find_in_sentence(sentence: str) -> list[_Found]:
    """Attribution relations inside one sentence (offsets relative to it)."""
    found: list[_Found] = []
    taken_end = 0
    low = sentence.lower()

    # 1. "..., according to X" / "as reported by X citing Y": the source follows the content.
    passive = [(q.start(), q.end()) for q in _QUOTED_AS.finditer(sentence)]
    framing = [(f.start(), f.end()) for f in _FRAMING_RE.finditer(sentence)]
    for m in _SOURCE_AFTER_RE.finditer(sentence):
        if _inside_quote(sentence, m.start()) or any(ps <= m.start("cue") < pe for ps, pe in passive):
            continue
        src_text = m.group("src")
        src_start = m.start("src")
        via: list[str] = []
        relay = re.search(r"\s*,?\s+\b(citing|quoting)\s+", src_text, re.I)
        if relay:
            outer = src_text[: relay.start()]
            via.append(classify(outer)[1])
            src_start = src_start + relay.end()
            src_text = src_text[relay.end():]
        src_end = _trim_end(sentence, src_start, src_start + len(src_text))
        content_end = _trim_end(sentence, 0, m.start())
        content_start = 0
        # the content is the clause before the cue: back to the previous source-after cue or clause break
        previous = [f for f in found if f.cue[1] <= m.start()]
        if previous:
            content_start = previous[-1].source[1] if previous[-1].source else previous[-1].cue[1]
        clause = re.search(r"(?:^|,\s+but\s+|;\s+|,\s+and\s+(?=[A-Z]))(?!.*(?:,\s+but\s+|;\s+))", sentence[content_start:content_end])
        if clause and clause.end() > 0:
            content_start += clause.end()
        content_start = _trim_start(sentence, content_start, content_end)
        cue_label = SOURCE_AFTER[m.group("cue").lower()]
        found.append(_Found((src_start, src_end), (m.start("cue"), m.end("cue")), (content_start, content_end),
                            sentence[src_start:src_end], via))
        taken_end = max(taken_end, src_end)
        found[-1].cue_label = cue_label

    # 2. verbs of saying, believing, intending.
    for m in _WORD.finditer(sentence):
        word = m.group().lower()
        category = VERBS.get(word)
        if not category or _inside_quote(sentence, m.start()):
            continue
        if any(fs <= m.start() < fe for fs, fe in framing):
            continue  # "It is worth mentioning that": framing, not a source
        if re.search(r"\bto\s+$", sentence[: m.start()]) and category == "say":
            continue  # an infinitive: "preferred not to disclose", "refused to comment"
        if word.endswith("ing") and not re.search(r"(?:,[\"”»]?|\b(?:is|are|was|were|been|be|as))\s+$", sentence[: m.start()]):
            if not any(q[0] <= m.start() < q[1] for q in passive):
                continue  # a gerund ("not officially announcing any talks") is not a cue
        if any(f.source and f.source[0] <= m.start() < f.source[1] for f in found):
            continue
        after = sentence[m.end():m.end() + 30].lstrip().lower()
        next_word = after.split(" ", 1)[0].strip(",") if after else ""
        if word in NEEDS_COMPLEMENT and not (after.startswith((":", '"', "“")) or next_word in COMPLEMENTIZERS):
            if not re.match(r"\s*[,.]?\s*$", sentence[m.end():m.end() + 2]):
                continue
        quoted_as = None
        relay_m = None
        before = sentence[: m.start()]
        # passive relay: "The source ... was quoted by the French news agency as saying"
        for q in _QUOTED_AS.finditer(sentence):
            if q.start() <= m.start() < q.end():
                quoted_as = q
        if quoted_as:
            subject = _subject_before(sentence, quoted_as.start())
            relay_name = classify(quoted_as.group("relay"))[1]
            if any(f.cue == (quoted_as.start(), quoted_as.end()) for f in found):
                continue
            content = _content_after(sentence, quoted_as.end())
            found.append(_Found(subject, (m.start(), m.end()), content,
                                sentence[subject[0]:subject[1]] if subject else None, [relay_name]))
            found[-1].cue_label = "quoted"
            continue
        if re.search(r"\bquoted\s+by\b|\bcited\s+by\b", sentence[m.start():m.end() + 4], re.I):
            continue
        # participial cue continuing the sentence's source: ", confirming that ..."
        if word.endswith("ing") and re.search(r",[\"”»]?\s*$", before):
            if category != "say":
                continue
            prior = [f for f in found if f.cue[0] < m.start()]
            content = _content_after(sentence, m.end())
            if prior:
                found.append(_Found(prior[-1].source, (m.start(), m.end()), content, prior[-1].phrase,
                                    list(prior[-1].via), participial=True, cue_label=word))
            continue
        subject = _subject_before(sentence, m.start())
        postposed = False
        if subject is None or re.search(r"[\"”»]\s*,?\s*$", before) or re.search(r",\s*$", before) and word in ("said", "says", "added", "told", "explained", "noted", "stressed", "wrote", "stated", "insisted", "warned", "argued", "claimed", "announced", "confirmed", "reported"):
            after_src = _source_after(sentence, m.end())
            pre = re.search(r"[,\"”»]\s*((?:the|a|an)\s+[\w\s\-']{1,60}?|[A-Z][\w'’\-]*(?:\s+[A-Z][\w'’\-]*){0,5}|he|she|they|it)\s*$", before)
            if pre and not _inside_quote(sentence, pre.start(1)) and re.search(r"[\"”»,]\s*" + re.escape(pre.group(1)) + r"\s*$", before):
                subject = (pre.start(1), pre.end(1))
                postposed = True
            elif after_src and re.search(r"[\"”»,]\s*$", before):
                subject = after_src
                postposed = True
        if subject is None:
            continue
        phrase = sentence[subject[0]:subject[1]]
        if not _plausible_source(phrase):
            continue
        if postposed:
            content_end = _trim_end(sentence, 0, min(m.start(), subject[0]))
            content_start = 0
            prior = [f for f in found if f.content[1] <= content_end]
            if prior:
                content_start = max(f.cue[1] for f in prior)
            content = (_trim_start(sentence, content_start, content_end), content_end)
        else:
            content = _content_after(sentence, m.end())
            tell = re.match(r"\s+(?:AFP|Reuters|AP|reporters|journalists|the\s+\w+(?:\s+\w+)?|[A-Z]\w+)\s+(?=that\b|:|\")", sentence[m.end():])
            if word in ("told", "tells", "tell") and tell:
                relay = tell.group().strip()
                content = _content_after(sentence, m.end() + tell.end())
                if relay.lower() not in ("reporters", "journalists"):
                    kind, name, _ = classify(relay)
                    if kind in ("news_agency", "media_outlet", "state_media"):
                        relay_m = name
        if content[1] - content[0] < 3:
            continue
        f = _Found(subject, (m.start(), m.end()), content, phrase, [relay_m] if relay_m else [])
        f.cue_label = word
        found.append(f)

    # 3. impersonal and passive cues with no named source.
    for phrase in IMPERSONAL:
        idx = low.find(phrase)
        if idx < 0 or _inside_quote(sentence, idx) or any(f.cue[0] <= idx < f.cue[1] for f in found):
            continue
        if phrase.startswith("it "):
            content = _content_after(sentence, idx + len(phrase))
        else:
            content = (_trim_start(sentence, 0, len(sentence)), _trim_end(sentence, 0, len(sentence)))
        f = _Found(None, (idx, idx + len(phrase)), content, None)
        f.cue_label = phrase.split()[-2] if phrase.endswith("that") else phrase
        found.append(f)
    return found


def _plausible_source(phrase: str) -> bool:
    low = phrase.lower().strip()
    if not low or low in ("it", "this", "that", "which", "there"):
        return False
    if low in PRONOUNS or low in ANAPHORS:
        return True
    words = low.split()
    if words[0] in ("the", "a", "an") or phrase[:1].isupper() or any(w in ANONYMOUS_HEADS for w in words):
        return True
    return low in _CAPITALS or any(w in OFFICIAL_HEADS for w in words)


def attribute(text: str, sentences: list[Sentence], known: dict[str, tuple[str, str]] | None = None) -> list[Relation]:
    """All attribution relations of the article, content spans in article offsets.

    ``known`` maps lower-case aliases to (name, kind) for outlets the caller knows
    (the editor's sources.yaml); they win over the built-in outlet table.
    """
    registry = _Registry()
    pending: list[tuple[_Entity | None, Attribution, tuple[int, int]]] = []
    for sentence in sentences:
        for person in find_people(sentence.text, sentence.start):
            label = text[person.role_start:person.end] if person.role_start is not None else person.name
            label = re.sub(r"^(?:its|his|her|their|the)\s+", "", label, flags=re.I)
            registry.people.append((person.name, label))
        for f in _find_in_sentence(sentence.text):
            base = sentence.start
            entity = None
            if f.phrase is None:
                attribution = Attribution(kind="anonymous_source", label="unnamed reports", cue=f.cue_label,
                                          reliability=KIND_RELIABILITY["anonymous_source"],
                                          cue_span=(base + f.cue[0], base + f.cue[1]))
            else:
                entity = _resolve(f.phrase, registry, known)
                for relay in f.via:
                    if relay and relay not in entity.via:
                        entity.via.append(relay)
                attribution = Attribution(kind=entity.kind, label=entity.label, cue=f.cue_label,
                                          reliability=KIND_RELIABILITY[entity.kind],
                                          source_span=(base + f.source[0], base + f.source[1]) if f.source else None,
                                          cue_span=(base + f.cue[0], base + f.cue[1]), entity=entity.key)
            pending.append((entity, attribution, (base + f.content[0], base + f.content[1])))
    relations = []
    for entity, attribution, content in pending:
        if entity is not None and entity.via:
            attribution = replace(attribution, via=tuple(entity.via))
        relations.append(Relation(attribution=attribution, content=content))
    return _extend_quotes(text, relations)


def _resolve(phrase: str, registry: _Registry, known: dict[str, tuple[str, str]] | None) -> _Entity:
    """The entity a source phrase names, resolving anaphors, pronouns and bare surnames."""
    low = _norm(phrase).lower()
    low_nodet = re.sub(r"^(?:the)\s+", "the ", low)
    group = ANAPHORS.get(low_nodet) or PRONOUNS.get(low)
    if group:
        entity = registry.latest(group) or registry.latest("any")
        if entity:
            return entity
    if known:
        for alias, (name, kind) in known.items():
            if re.search(rf"(?<![\w-]){re.escape(alias)}(?![\w-])", low):
                return registry.add(_Entity(key=name.lower(), label=name, kind=kind, group="outlet"))
    kind, label, grp = classify(phrase)
    if grp == "person":
        people = find_people(_norm(phrase))
        if people:
            fuller = registry.person(people[0].name)
            if fuller and len(fuller) > len(label):
                label = fuller
            key = "person:" + " ".join(name_parts(people[0].name)[-1:])
            for entity in registry.entities:
                if entity.key == key:
                    return entity
            return registry.add(_Entity(key=key, label=label, kind=kind, group=grp))
    elif re.fullmatch(r"(?:al-|el-)?[A-Z][\w'’\-]+", _norm(phrase)):
        fuller = registry.person(_norm(phrase))
        if fuller:
            key = "person:" + name_parts(_norm(phrase))[-1]
            return registry.add(_Entity(key=key, label=fuller, kind="named_person", group="person"))
    return registry.add(_Entity(key=f"{grp}:{label.lower()}", label=label, kind=kind, group=grp))


def _extend_quotes(text: str, relations: list[Relation]) -> list[Relation]:
    """A quote running over several sentences is one content: stretch the relation to its close."""
    out = []
    for rel in relations:
        start, end = rel.content
        before = text[max(0, start - 2):start]
        if any(q in before for q in _QUOTE_OPEN):
            segment = text[start:end]
            if not any(c in segment for c in _QUOTE_CLOSE):
                close = min((i for i in (text.find(c, end) for c in _QUOTE_CLOSE) if i >= 0), default=-1)
                if 0 <= close - end < 1500:
                    end = close
                    while end > start and text[end - 1] in " ,.":
                        end -= 1
        out.append(replace(rel, content=(start, end)))
    return out
