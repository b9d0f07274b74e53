"""Who says what: attribution relations (source, cue, content) with coreference and via-chains.

The rules follow the PARC 3.0 / PolNeAR reading of news attribution:

* a reporting verb with its subject before it ("A diplomatic source ... revealed ...")
  or after the content ("..., the minister said." / '"...," said Mariam Osei');
* a content before and after an interrupting cue ('"A," he said, "B."') is two relations;
* a source after the content ("..., according to a statement by X", "as reported by X
  citing Y": Y says it, via X), or before it ("According to X, ..."); a document is
  labelled by its author ("a statement issued by the presidency" -> "presidency");
* relays ("was quoted by the French news agency as saying", "told Reuters", "X, citing
  Y, reported", "Quoting Y, X said", "a statement carried by X", "in statements to the
  agency VNA", "..., according to the agency" after a speaker's own cue) add to the
  source's via-chain, which then holds for every attribution of that source;
* participial and coordinated cues (", adding that ...", "... and called on ...") keep
  the sentence's source; a second source in the sentence (", while others said") ends
  the first content;
* the source's span takes a description in apposition ("Marta Zel, 54, a schoolteacher")
  but not a relative clause ("The source, who asked not to be named");
* pronouns (by gender where the given name tells it), relatives and definite
  descriptions ("he", "which", "the ministry", "the minister", "one of them", "the
  company") resolve to the latest compatible source or mention;
* a direct quote that runs over several sentences (or paragraphs) is one content, and a
  quote that follows its attributed sentence keeps that sentence's source;
* "NAME:" opens an interview answer; "Speaker: words" in a headline is a relation;
* not attributions: framing ("It is worth mentioning that"), refusals ("declined to
  comment"), future or modal cues ("will announce"), nouns that look like cues ("a
  preliminary report"), passives ("was found guilty") and one-word objects.

The kind comes from the source phrase's head noun and name (``lexicon/heads.py``):
named individuals are ``named_person``, unnamed ones ``anonymous_source``, bodies and
spokespeople ``official_statement``, outlets by their kind.

Every word list lives in ``claims/lexicon``; this module only walks them. The work per
sentence is a handful of regular-expression scans (cheap substring tests first), so
the module stays fast enough for archives of reference text.
"""
from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass, field, replace
from functools import lru_cache

from .lexicon import given_names as GN
from .lexicon import heads as H
from .lexicon.cues import (
    ADDRESSEE_VERBS,
    FRAMING,
    IMPERSONAL_ADVERBS,
    IMPERSONAL_IT,
    IMPERSONAL_TO,
    NEEDS_COMPLEMENT,
    NOT_CUE_BEFORE,
    OBJECT_CONTENT,
    PARTICLE_CUES,
    SOURCE_AFTER,
    TO_VERBS,
    VERBS,
)
from .lexicon.roles import COUNTRIES, PLACES
from .lexicon.sources import ANONYMITY_MARKERS, KIND_RELIABILITY, OFFICIAL_SOURCE_WORDS, OUTLETS, STATE_MARKERS
from .names import fold
from .types import Attribution, Relation, Sentence

#: Upper-case letters of the Latin alphabets ("Þórsdóttir", "ASUNCIÓN"), for names and datelines.
_UP = "A-Z" + "".join(ch for ch in map(chr, range(0xC0, 0x250)) if ch.isupper())
_WORD = re.compile(r"[\w'’\-]+(?:\.(?=\s+[A-Z]))?")
_COUNTRY_WORDS = frozenset(form for forms in COUNTRIES.values() for form in forms) | frozenset(PLACES)
_QUOTE_OPEN = "\"“«"
_QUOTE_CLOSE = "\"”»"
_FRAMING_RE = re.compile("|".join(re.escape(f) for f in FRAMING), re.I)
_OUTLET_RE = re.compile(
    r"(?<![\w-])(?:" + "|".join(re.escape(a) for a in sorted(OUTLETS, key=len, reverse=True)) + r")(?![\w-])", re.I
)
_SOURCE_AFTER_RE = re.compile(
    r"(?<![\w-])(?P<cue>" + "|".join(re.escape(k) for k in sorted(SOURCE_AFTER, key=len, reverse=True)) + r")\s+", re.I
)
_IMPERSONAL_RE = re.compile(
    r"\b(?:it\s+(?:was|is|has\s+been|had\s+been)\s+(?P<it>" + "|".join(IMPERSONAL_IT) + r")\b"
    r"|(?P<pass>(?:is|are|was|were)\s+(?:also\s+)?(?:" + "|".join(IMPERSONAL_TO) + r")\s+to)\b"
    r"|(?P<adv>" + "|".join(IMPERSONAL_ADVERBS) + r"))",
    re.I,
)
#: Substrings that must occur for the "according to" and impersonal patterns to match (a cheap test first).
_AFTER_KEYS = tuple(k for k in SOURCE_AFTER if k.startswith(("according", "as ")))
_IMPERSONAL_KEYS = ("it was ", "it is ", "it has been ", "it had been ") + tuple(f"{v} to" for v in IMPERSONAL_TO) + IMPERSONAL_ADVERBS
_QUOTED_AS = re.compile(
    r"\b(?:was|were|is|are|been|being)\s+(?:also\s+)?(?:quoted|cited)(?:\s+by\s+(?P<relay>[^,;:\"“”]+?))?"
    r"\s+as\s+(?P<say>saying|stating|telling\s+\w+|warning|adding)\b\s*(?:that\b)?",
    re.I,
)
_QUOTED_SRC_AS = re.compile(
    r"\b(?:quoted|cited)\s+(?P<src>(?:an?|the|one|two|three|several|some)\s[^;:\"“”]{1,90}?),?\s+as\s+"
    r"(?P<say>saying|stating|warning)\b\s*(?:that\b)?",
    re.I,
)
_CARRIED_BY = re.compile(r"\s+(?:carried|broadcast|aired|read|relayed)\s+(?:out\s+)?by\s+(?P<relay>.+)$", re.I)
#: A document's author is its source: "a statement issued by the presidency" -> "presidency".
_DOCUMENT_BY = re.compile(
    r"^(?:an?\s+|the\s+)?(?:[\w\-]+\s+){0,2}?(?:statement|communiqu[eé]|report|study|survey|transcript|poll|analysis|"
    r"post|letter|notice|document|filing|release|press\s+release|figures|data|statistics|records)\s+(?:(?:issued|released|published|posted|sent|made|written|prepared|carried\s+out|conducted)\s+)?"
    r"(?:(?:last|this|on)\s+\w+\s+)?(?:by|from)\s+(?:the\s+)?(?P<author>.+)$",
    re.I,
)
_RELAY_PARENTHETICAL = re.compile(r"^\s*(?P<how>citing|quoting|quoted\s+by|cited\s+by)\s+(?P<np>.+?)\s*$", re.I)
_DATELINE = re.compile(
    r"(?:\d{1,2}[:.]\d{2}\s*[-–—]\s*|[^a-z\n]{2,60}?\([^)]{1,40}\)\s*[-–—]\s*|[" + _UP + r"][" + _UP + r" .'’\-]{2,30},[^\n]{0,30}?[-–—]\s+)"
)
_CLAUSE_BREAK = re.compile(r"[;:]|\s[-–—]\s|,\s+(?:and|or)\s|,\s*(?:which|who)\s|(?<![\w])(?:that|but|while|whereas|because|as|when|if|after|before|although|though|since|where|so|whether|than)\s", re.I)
_AUX = frozenset(
    """has have had was were is are will would also later then again previously repeatedly publicly already now
    first long since once further separately earlier reportedly just recently only never not still privately
    openly initially subsequently quickly immediately itself himself herself themselves had been has been
    last week yesterday today tonight on friday monday tuesday wednesday thursday saturday sunday meanwhile
    however too even""".split()
)
_ADVERBIAL_START = frozenset(
    """on in at during to last this earlier later late early outside after before by from via again also
    separately privately publicly repeatedly yesterday today tonight recently previously over through for
    within inside near into with without while when shortly just now then once already still""".split()
)
_INTRO_START = frozenset(
    """in on at after before during asked speaking citing quoting according despite since later earlier
    meanwhile however separately also still now writing referring responding addressing following for as
    with without under like unlike instead yesterday today tonight separately elsewhere there here when
    while once""".split()
)
_CLAUSE_OPENERS = frozenset(
    """it he she they we i you there the a an its his her their this these those no some many all most
    each every one two three four five several any our my your""".split()
)
_PARENTHETICAL_START = re.compile(
    r"^\s*(?:(?:and|but)\s+(?=who|which|whose))?(?:who|which|whose|whom|where|asked|quoted|cited|citing|quoting|speaking|a|an|the|now|then|aged|\d{1,3}\s*$|"
    r"himself|herself|also|like|in\s+a\s+statement|according)\b",
    re.I,
)
_APPOSITION_START = re.compile(r"\s*(?:(?:a|an|the)\s|\d{1,3}\s*$)", re.I)
_POSSESSIVE = re.compile(r"(\w)['’]s(?=\s+[a-z])")  # before a common noun only: "Fishermen's Association" keeps it
_RELAY_ADVERBIAL = re.compile(
    r"\b(?:in\s+)?(?:an?\s+)?(?:statements?|remarks|comments|interview|an\s+interview|speaking)\s+(?:to|with)\s+"
    r"(?P<outlet>(?:the\s+)?[^,;:\"“]+?)(?=\s+(?:that|on|in|at|last|this)\b|\s*[,:\"“]|\s*$)",
    re.I,
)
_PARTICIPIAL_CUE = re.compile(r",[\"”»]?\s+(?:and\s+)?(?P<verb>[a-z]+ing)(?:\s+(?:out|on|for))?\b")
#: Where a content stops before the sentence ends: a participial cue (", adding that"),
#: a semicolon, a relay, a second source (", while others said"), a postposed "according
#: to", a relative with its own cue, an interrupting cue ('," he said'), a coordinated cue.
_CONTENT_STOPS = (
    _PARTICIPIAL_CUE,
    re.compile(r";\s"),
    re.compile(r",\s+(?:citing|quoting)\s", re.I),
    re.compile(r",\s+(?:while|whereas|but)\s+(?=[^,;]{1,60}?\s(?:said|say|says|told|added|argued|insisted|warned|believe|believes|think|thinks)\b)"),
    re.compile(r",[\"”»]?\s*(?:according\s+to|as\s+(?:reported|stated|announced|quoted|cited|confirmed)\s+by)\b", re.I),
    re.compile(r",\s*which\s+(?:it|he|she|they)\s+\w+", re.I),
    re.compile(r"[,\"”»]\s*(?:(?:he|she|they|it|the\s+\w+(?:\s+\w+)?|[A-Z][\w'’\-]+(?:\s+[A-Z][\w'’\-]+)?)\s+(?:said|says|added|told|wrote|explained|stressed|insisted|argued|noted)|(?:said|says|added)\s+(?:the|a|an|[A-Z]))\b"),
    # "... and called on X": a second verb of saying; ", but worries about": any cue after a contrast
    re.compile(r"\s(?:and|but)\s+(?:(?:also|later|then)\s+)?(?:" + "|".join(
        sorted((w for w, c in VERBS.items() if c == "say" and (w.endswith(("s", "ed")) or w in ("said", "told", "wrote"))),
               key=len, reverse=True)) + r")\b"),
    re.compile(r",\s+but\s+(?:(?:also|later|then)\s+)?(?:" + "|".join(
        sorted((w for w in VERBS if w.endswith(("s", "ed")) or w in ("said", "told", "wrote", "thought", "felt")), key=len, reverse=True)
    ) + r")\b"),
    re.compile(r",\s+(?:and|but)\s+(?=(?:its|his|her|their|the|a|an|[A-Z][\w'’\-]+)\s+(?:[\w'’\-]+\s+){0,2}"
               r"(?:[a-z]+ed|fell|rose|grew|went|came|were|was|had|has|have|is|are|will|would)\b)"),
)
_NAME_RUN = re.compile(
    r"(?<![\w'’\-])(?:[" + _UP + r"][\w'’\-]*\.?|(?:al|el)-[" + _UP + r"][\w'’\-]*)"
    r"(?:[ \t]+(?:(?:al|el|bin|ibn|de|van|von|der|da|di|du|le|la|abu|dos|das|del)[ \t]+)?(?:[" + _UP + r"][\w'’\-]*\.?|(?:al|el)-[" + _UP + r"][\w'’\-]*))*"
)
#: Cue forms that are also nouns: after "the <adjective>" they are the noun ("a preliminary report that").
_NOUN_FORMS = frozenset("report claim call estimate warning promise pledge post forecast finding statement comment".split())
_BASE_NOUNS = _NOUN_FORMS | frozenset("state note point report".split())
#: Words that open a headline before a colon without naming a speaker ("Live: ...").
_HEADLINE_LABELS = frozenset("live update updates watch analysis explainer exclusive opinion comment breaking video photos review interview factbox timeline".split())
_APPOSITION_HEADS = H.PERSON_NOUNS | H.SPOKES_NOUNS | H.INSTITUTION_NOUNS | H.OUTLET_NOUNS
_IRREGULAR_PAST = frozenset(
    """said told wrote cut met held put set made took gave found thought felt sought saw won lost left began came
    went ran rose fell hit kept brought bought built sent spent struck led read spoke broke chose shut""".split()
)
_LAST_WORD = re.compile(r"([\w'’\-]+)\s*$")
_PARTICLES = frozenset("al el bin ibn de van von der da di du le la abu dos das del".split())
_PREPOSITIONS = frozenset(
    "of in at from for with on by who whom which that close familiar near about to published based working "
    "whose over under between among after before during".split()
)
_DETERMINER = re.compile(r"^(?:the|a|an|this|that|these|those|one|another|its|his|her|their|our|some|many|several|other)\s+", re.I)


# ----------------------------------------------------------------------------- article state


class _Quotes:
    """The double-quoted passages of an article, paragraph by paragraph.

    A quote left open at the end of its paragraph runs to the paragraph's end.
    """

    _MARKS = re.compile(r"[\"“”«»\n]")

    def __init__(self, text: str):
        spans: list[tuple[int, int]] = []
        curly = straight = None
        for m in self._MARKS.finditer(text):
            ch, i = m.group(), m.start()
            if ch == "\n":
                for opened in (curly, straight):
                    if opened is not None:
                        spans.append((opened, i))
                curly = straight = None
            elif ch in "“«":
                if curly is None:
                    curly = i
            elif ch in "”»":
                if curly is not None:
                    spans.append((curly, i + 1))
                    curly = None
            elif straight is None:
                straight = i
            else:
                spans.append((straight, i + 1))
                straight = None
        for opened in (curly, straight):
            if opened is not None:
                spans.append((opened, len(text)))
        spans.sort()
        self.spans = spans
        self._starts = [s for s, _ in spans]

    def at(self, pos: int) -> tuple[int, int] | None:
        """The quote span strictly around ``pos`` (between its marks), if any."""
        i = bisect_right(self._starts, pos) - 1
        while i >= 0:
            s, e = self.spans[i]
            if s < pos < e - 1:
                return s, e
            if e <= pos:
                return None
            i -= 1
        return None

    def inside(self, pos: int) -> bool:
        return self.at(pos) is not None


@dataclass
class _Entity:
    """A source mentioned in the article, for coreference and via-chains."""

    key: str
    label: str
    kind: str
    group: str  # person | anonymous | official | outlet
    head: str = ""
    via: list[str] = field(default_factory=list)
    pos: int = 0
    #: Words of every phrase that named it, for definite descriptions ("the minister").
    words: set[str] = field(default_factory=set)


@dataclass
class _Mention:
    pos: int
    label: str
    group: str
    kind: str
    head: str
    key: str
    phrase: str = ""


@dataclass
class _Found:
    source: tuple[int, int] | None  # article offsets
    cue: tuple[int, int]
    content: tuple[int, int]
    phrase: str | None
    via: list[str] = field(default_factory=list)
    cue_label: str | None = None


_DETERMINER_WORDS = frozenset("a an the this that these those its his her their our my your some many several one two three".split())
_FINITE_WORDS = frozenset("is are was were has have had will would can could may might should must does did do am".split())
_QUANTIFIERS = frozenset("number some many most one two three several dozens hundreds thousands majority handful few all none each both group".split())
_PARTICIPLES = frozenset("given written taken made shown known seen held based".split())
#: Definite descriptions of a body that may stand for the story's company or club by name.
_BODY_NOUNS = frozenset("company firm group carmaker maker developer operator bank airline insurer club team league party charity organisation organization".split())
_PREFIX_STOP = frozenset(
    """in of on at by to and or that with from for as is was has had be been were are when while if after before
    because where than since said says told but so which who""".split()
)


@lru_cache(maxsize=256)
def _heads_re(heads: tuple[str, ...]) -> re.Pattern:
    return re.compile(r"\b(?:" + "|".join(re.escape(h) for h in sorted(heads, key=len, reverse=True)) + r")\b", re.I)


def _finite(text: str) -> bool:
    """Whether a stretch holds a verb that makes it a clause ("half the windows are dark")."""
    for w in re.findall(r"[A-Za-z']+", text):
        lw = w.lower()
        if lw in _FINITE_WORDS or lw in _IRREGULAR_PAST or (lw.endswith("ed") and w.islower() and len(lw) > 3):
            return True
    return False


def _plural(noun: str) -> bool:
    """ "officers", "people", "staff" are plural; "witness", "press" are not."""
    return noun in ("people", "men", "women", "children", "staff", "crew", "police", "others") or (
        noun.endswith("s") and not noun.endswith(("ss", "us", "is")))


def _norm(text: str) -> str:
    return re.sub(r"\s+", " ", text.strip(" ,:;\"“”'’.")).strip()


def _strip_det(label: str) -> str:
    return _DETERMINER.sub("", label, count=1)


def _bare(token: str) -> str:
    if token.endswith(("'s", "’s")):
        token = token[:-2]
    return token.strip("'’.,").lower()


# ----------------------------------------------------------------------------- names


_NAME_STOP = frozenset(
    """the a an this that these those he she it they we i in on at of for to from by with and or but as if
    his her its their our my your some many several one two three no not our asked after before during
    when while since although though despite according meanwhile however""".split()
)


def _name_runs(phrase: str):
    """Runs of capitalised words, cut at sentence ends, without leading function words."""
    for m in _NAME_RUN.finditer(phrase):
        run: list[tuple[int, str]] = []
        for t in re.finditer(r"\S+", m.group()):
            token = t.group()
            run.append((m.start() + t.start(), token))
            bare = token.rstrip(".")
            if token.endswith(".") and not (bare.lower() in H.TITLE_WORDS or len(bare) == 1):
                run[-1] = (run[-1][0], bare)
                yield run
                run = []
        if run:
            yield run


@lru_cache(maxsize=8192)
def _name_in(phrase: str, possessive: bool = False) -> tuple[str, str, int] | None:
    """A person's name in a source phrase: (name, label with title, start), or None.

    A run of capitalised words is a person's name when, after the titles before it
    ("Foreign Minister", "Dr."), it keeps at least two name words (or one after a title
    or role noun: "coach Moretti"), none of them a word that ends organisation or place
    names, and no outlet or institution noun stands right before it ("newspaper Orvana
    Daily", "group NetWatch"). A possessor ("Korhonen's team") counts only when
    ``possessive`` is asked for.
    """
    for run in _name_runs(phrase):
        while run and run[0][1].lower().rstrip(".") in _NAME_STOP:
            run = run[1:]
        for i, (off, t) in enumerate(run):
            if re.search(r"['’]s?$", t):
                if not possessive:
                    run = []
                else:
                    run = run[:i] + [(off, re.sub(r"['’]s?$", "", t))]
                break
        if not run:
            continue
        tokens = [t for _, t in run]
        offsets = [o for o, _ in run]
        low = [_bare(t) for t in tokens]
        last_title = max((i for i, t in enumerate(low) if t in H.TITLE_WORDS or t.rstrip(".") in H.TITLE_WORDS), default=-1)
        titled = last_title >= 0
        first = last_title + 1
        # demonyms before a name without a title: "Syrian Ahmed Al-Sharaa"
        while len(tokens) - first > 2 and (low[first] in _COUNTRY_WORDS or re.search(r"(?:ian|ean|ese|ish|ani)$", low[first])):
            first += 1
        name_tokens = tokens[first:]
        content = [t for t in low[first:] if t not in _PARTICLES]
        if not content:
            continue
        if any(t in H.ORG_NAME_WORDS or t in _COUNTRY_WORDS for t in content) or " ".join(content) in _COUNTRY_WORDS:
            continue  # "Halden Motors", "North Korea"
        if any(t.isalpha() and t.upper() == t and len(t) > 1 for t in name_tokens):
            continue  # an acronym: "ARMO", "MNA"
        before = phrase[: offsets[0]].rstrip().lower()
        prev_word = before.rsplit(None, 1)[-1] if before else ""
        prev_content = re.sub(r"(?:[\s,]|\bthe\b)+$", "", before).rsplit(None, 1)[-1:] or [""]
        if prev_content[0] in H.OUTLET_BEFORE_NAME or prev_content[0] in H.INSTITUTION_BEFORE_NAME:
            continue  # "the local newspaper, the Western Echo"
        if re.search(r"\b(?:in|at|near|inside|outside)(?:\s+the)?$", before):
            continue  # a place: "at the evacuation centre in the Palacio de Deportes"
        if prev_word in H.OUTLET_BEFORE_NAME or prev_word in H.INSTITUTION_BEFORE_NAME or prev_word.rstrip("s") in H.OUTLET_BEFORE_NAME:
            continue
        role_before = prev_word in H.PERSON_NOUNS or prev_word in H.TITLE_WORDS
        given = len(content) == 1 and (content[0] in GN.FEMALE or content[0] in GN.MALE)
        if len(content) < 2 and not (titled or role_before or given):
            continue
        if prev_word in ("of", "for") and re.search(r"[A-Z][\w'’\-]*\s+(?:of|for)\s*$", phrase[: offsets[0]]):
            continue  # "Institute for Border Studies", "Ministry of Water Resources"
        name = " ".join(name_tokens).rstrip(".,")
        label_start = offsets[0] if titled else offsets[first]
        end = offsets[-1] + len(tokens[-1])
        label = phrase[label_start:end].rstrip(".,")
        label = re.sub(r"['’]s?$", "", label)
        return name, label, offsets[first]
    return None


def _gender(label: str) -> str | None:
    words = [w.lower() for w in re.findall(r"[\w\-]+\.?", label)]
    for w in words:
        if w in GN.FEMALE_TITLES:
            return "f"
        if w in GN.MALE_TITLES:
            return "m"
    for w in words:
        w = w.rstrip(".")
        if w in GN.FEMALE:
            return "f"
        if w in GN.MALE:
            return "m"
    return None


def _surname(name: str) -> str:
    parts = [p for p in re.split(r"[\s]+", name) if _bare(p) not in _PARTICLES]
    return fold(parts[-1]).strip(".") if parts else fold(name)


# ----------------------------------------------------------------------------- classification


@lru_cache(maxsize=8192)
def _head(phrase: str) -> str:
    """The head noun of a source phrase: the last word before a preposition, relative or comma."""
    core = re.split(r",|\s[-–—]\s", phrase, maxsplit=1)[0]
    words = []
    for w in _WORD.findall(core):
        lw = w.lower().rstrip(".")
        if lw == "of" and words and words[-1] in _QUANTIFIERS:
            words = []  # "a number of the deputies": the head comes after "of"
            continue
        if lw in _PREPOSITIONS and words and w[:1].islower():
            break
        if words and words[-1] not in _DETERMINER_WORDS and w[:1].islower() and (
                lw in _PARTICIPLES or (lw.endswith("ed") and lw not in H.PERSON_NOUNS)):
            break  # "legal advice given to councillors", "a study published last year"
        if re.search(r"['’]s?$", lw) and not lw.endswith("s'") and lw not in ("others",):
            words = []  # "the chamber's president": the possessor is no head
            continue
        if re.search(r"['’]$", lw):
            words = []
            continue
        words.append(lw)
    return words[-1] if words else ""


def classify(phrase: str, registry: "_Registry | None" = None, known: dict | None = None) -> tuple[str, str, str]:
    """Kind, label and coreference group of a source phrase, from the lexicon tables.

    A lone capitalised word ("Norvik", "Holub") is a person when the article has named
    a person with that surname (``registry``), else a body speaking as one.
    """
    kind, label, group, single = _classify(phrase, _known_key(known))
    if single and registry is not None:
        fuller = registry.person_label(single)
        if fuller:
            return "named_person", fuller, "person"
    if group != "person":
        label = _POSSESSIVE.sub(r"\1", label)  # "European Union's crisis centre" -> "European Union crisis centre"
    return kind, label, group


_KNOWN_KEY: list = [None, ()]


def _known_key(known: dict | None) -> tuple:
    """A hashable form of the caller's outlet table, computed once per table."""
    if not known:
        return ()
    if _KNOWN_KEY[0] is not known:
        _KNOWN_KEY[0], _KNOWN_KEY[1] = known, tuple(sorted(known.items()))
    return _KNOWN_KEY[1]


@lru_cache(maxsize=8192)
def _classify(phrase: str, known_items: tuple = ()) -> tuple[str, str, str, str | None]:
    known = dict(known_items)
    kind, label, group = _classify_phrase(phrase, known)
    single = None
    core = _norm(phrase).split(",")[0].split()
    if group == "official" and core and core[-1][:1].isupper() and len([w for w in core if w[:1].isupper()]) == 1:
        single = _bare(core[-1])
    return kind, label, group, single


def _classify_phrase(phrase: str, known: dict) -> tuple[str, str, str]:
    """The kind, label and group a phrase has on its own words (``classify`` adds the article's people)."""
    norm = _norm(phrase)
    norm = re.split(r",\s*(?:who|which|whose|where)\b|\s+(?:who|whose)\s", norm)[0].strip(" ,")
    doc = _DOCUMENT_BY.match(norm)
    if doc and not re.match(r"(?:his|her|their)\b", doc.group("author"), re.I):
        author_kind, author_label, author_group = _classify_phrase(doc.group("author"), known)
        if author_group != "person":
            return author_kind, author_label, author_group
    low = norm.lower()
    label = _strip_det(norm)
    words = [w.lower().rstrip(".") for w in _WORD.findall(low)]
    own = {w for w in words if not re.search(r"['’]s?$", w)}  # possessors ("the newspaper's editor") do not count
    if known:
        for alias, (name, kind) in known.items():
            if re.search(rf"(?<![\w-]){re.escape(alias)}(?![\w-])", low):
                if _name_in(norm) and any(w in H.PERSON_NOUNS for w in own) and "correspondent" not in own:
                    break
                return kind, name, "outlet"
    m = _OUTLET_RE.search(norm)
    if m and not (own & H.SPOKES_NOUNS):
        name, kind = OUTLETS[m.group().lower()]
        person = _name_in(norm)
        if not (person and not ({"correspondent", "reporter"} & own) and any(w in H.PERSON_NOUNS for w in own)):
            if any(s in low for s in STATE_MARKERS):
                kind = "state_media"
                if m.group().lower().startswith("state"):
                    name = _outlet_name(norm) or label  # "the state news agency DNA" -> "DNA"
            return kind, name, "outlet"
    if own & H.SPOKES_NOUNS:
        return "official_statement", label, "official"
    outlet_name = _outlet_name(norm)
    state = any(s in low for s in STATE_MARKERS) or bool(
        re.search(r"\b(?:state|official|state-run|state-owned|government)\s+(?:[A-Z][\w\-]*\s+)*(?:news\s+)?(?:agency|television|tv|radio|broadcaster|media|channel|newspaper)\b", norm, re.I)
    )
    head = _head(norm)
    outlet_word = head in H.OUTLET_NOUNS or any(w in H.OUTLET_BEFORE_NAME for w in own if w in words and outlet_name) or (
        head == "agency" and ("news" in own or state)
    ) or ("poll" in own and any(w in H.OUTLET_NOUNS for w in own))
    if state and (outlet_word or head in ("agency", "media", "television", "tv", "radio") or "agency" in own):
        return "state_media", outlet_name or label, "outlet"
    if outlet_word or (outlet_name and head not in H.INSTITUTION_NOUNS and head not in H.PERSON_NOUNS):
        kind = "news_agency" if head == "agency" or ("agency" in own and "news" in own) else "media_outlet"
        return kind, outlet_name or label, "outlet"
    if any(w in low for w in OFFICIAL_SOURCE_WORDS):
        return "official_statement", label, "official"
    if (own & H.ANONYMOUS_NOUNS and head in H.ANONYMOUS_NOUNS) or any(a in low for a in ANONYMITY_MARKERS) or head in H.ANONYMOUS_NOUNS:
        return "anonymous_source", label, "anonymous"
    if head in H.INSTITUTION_NOUNS or (head.endswith("s") and head[:-1] in H.INSTITUTION_NOUNS):
        return "official_statement", label, "official"
    person = _name_in(norm)
    if person:
        # "Fjord Research, an independent consultancy": an institution named in apposition
        appos = norm.split(",", 1)[1] if "," in norm else ""
        if appos and _head(appos) in H.INSTITUTION_NOUNS and _head(norm) not in H.PERSON_NOUNS:
            return "official_statement", label, "official"
        return "named_person", person[1], "person"
    if head in H.INSTITUTION_NOUNS:
        return "official_statement", label, "official"
    if head in H.PERSON_NOUNS:
        return "anonymous_source", label, "anonymous"
    appos = norm.split(",", 1)[1] if "," in norm else ""
    if appos:
        ahead = _head(appos)
        if ahead in H.INSTITUTION_NOUNS:
            return "official_statement", _strip_det(norm.split(",")[0]), "official"
        if ahead in H.PERSON_NOUNS:
            return "named_person", _strip_det(norm.split(",")[0]), "person"
    core = norm.split(",")[0]
    caps = [w for w in _WORD.findall(core) if w[:1].isupper()]
    if caps and head and core.split()[-1][:1].isupper():
        return "official_statement", label, "official"  # "Norvik", "Qaradan", "Castlegate Homes": a body
    if head.endswith("s") or head in ("people", "others", "staff", "crew"):
        return "anonymous_source", label, "anonymous"
    if re.match(r"(?:a|an|one|another)\s+[a-z]", low):
        return "anonymous_source", label, "anonymous"  # "one exporter": an unnamed individual
    return "official_statement" if head else "anonymous_source", label, "official" if head else "anonymous"


def _outlet_name(phrase: str) -> str | None:
    """The proper name of an outlet in a phrase: "newspaper Orvana Daily" / "Al-Sharq newspaper"."""
    m = re.search(
        r"\b(?:" + "|".join(sorted(H.OUTLET_BEFORE_NAME | {"agency"}, key=len, reverse=True)) + r")\s*,?\s+(?:the\s+)?"
        r"((?:[A-Z][\w'’\-]*)(?:\s+[A-Z][\w'’\-]*){0,3})",
        phrase,
    )
    if m:
        return m.group(1)
    m = re.search(r"((?:[A-Z][\w'’\-]*)(?:\s+[A-Z][\w'’\-]*){0,3})\s+(?:newspaper|daily|weekly|website|channel|radio|television|tv|broadcaster|magazine)\b", phrase)
    if m and not _DETERMINER.match(m.group(1) + " "):
        name = m.group(1)
        return None if _bare(name.split()[-1]) in H.STATE_ADJECTIVES else name
    return None


# ----------------------------------------------------------------------------- registry


@dataclass
class _Registry:
    entities: list[_Entity] = field(default_factory=list)
    people: dict[str, str] = field(default_factory=dict)  # surname -> label as first given (fullest)
    person_mentions: list[tuple[int, str, str]] = field(default_factory=list)  # (pos, surname, label)
    genders: dict[str, str] = field(default_factory=dict)  # surname -> "f" | "m"
    spokes: dict[str, str] = field(default_factory=dict)  # surname -> "Jordi Puig, spokesman for ..."

    def person_entity(self, surname: str, label: str, pos: int) -> _Entity:
        """The entity of a named person; a spokesperson speaks for a body (official statement)."""
        key = "person:" + surname
        for entity in self.entities:
            if entity.key == key:
                entity.pos = pos
                return entity
        if surname in self.spokes:
            return self.add(_Entity(key=key, label=self.spokes[surname], kind="official_statement", group="person", head="spokesperson", pos=pos))
        return self.add(_Entity(key=key, label=label, kind="named_person", group="person", pos=pos))

    def add(self, entity: _Entity) -> _Entity:
        for known in self.entities:
            if known.key == entity.key:
                known.pos = entity.pos
                return known
        self.entities.append(entity)
        return entity

    def person_label(self, surname: str) -> str | None:
        return self.people.get(fold(surname).strip("."))

    def latest_person(self, pos: int, gender: str | None = None) -> tuple[int, str, str] | None:
        """The person named last before ``pos`` whose gender (when known) fits the pronoun."""
        best = None
        for p, surname, label in self.person_mentions:
            if p >= pos:
                break
            known = self.genders.get(surname)
            if gender and known and known != gender:
                continue
            best = (p, surname, label)
        return best


# ----------------------------------------------------------------------------- the extractor


class _Extractor:
    def __init__(self, text: str, sentences: list[Sentence], known):
        self.text = text
        self.sentences = sentences
        self.known = known
        self.quotes = _Quotes(text)
        self.registry = _Registry()
        self._by_span: dict[tuple[int, int], _Entity] = {}
        self._sentence_starts = [s.start for s in sentences]
        self._subjects: dict[int, _Mention | None] = {}
        self._index_people()

    # -- mentions -------------------------------------------------------------------

    def _index_people(self) -> None:
        """Every person named in the article, in order, for pronouns and bare surnames."""
        text = self.text
        reg = self.registry
        for m in _NAME_RUN.finditer(text):
            token = m.group()
            if " " not in token and "\t" not in token:
                # one capitalised word: a name only after a title or role word, or when it is
                # a given name or a surname already seen (cheap test before the full one)
                bare = _bare(token)
                prev = text[max(0, m.start() - 20):m.start()].split()[-1:]
                prev = prev[0].lower().rstrip(".,") if prev else ""
                if not (bare in reg.people or bare in GN.FEMALE or bare in GN.MALE or prev in H.TITLE_WORDS
                        or prev in H.PERSON_NOUNS or re.match(r"(?:al|el)-", token, re.I)):
                    continue
            if " " not in token and "\t" not in token and _bare(token) in reg.people and not self.quotes.inside(m.start()):
                bare = _bare(token)
                reg.person_mentions.append((m.start(), bare, reg.people[bare]))  # "Quint plans ...": a known surname
                continue
            line_start = text.rfind("\n", 0, m.start()) + 1
            chunk_start = max(line_start, m.start() - 30)
            phrase = text[chunk_start:m.end()]
            found = _name_in(phrase, possessive=True)
            if not found:
                continue
            name, label, start = found
            if chunk_start + start < m.start() - 1 or self.quotes.inside(m.start()):
                continue
            surname = _surname(name)
            if len(surname) < 2:
                continue
            label = _strip_det(label)
            single = len([t for t in name.split() if _bare(t) not in _PARTICLES]) < 2
            if surname not in reg.people:
                if single and not re.search(r"[A-Z]", label[: max(0, len(label) - len(name))]) and not (
                        surname in GN.FEMALE or surname in GN.MALE):
                    # a lone surname with no title: count it only once it is known
                    continue
                reg.people[surname] = label
            elif not single and len(reg.people[surname].split()) < 2:
                reg.people[surname] = label
            gender = _gender(label) or _gender(text[max(line_start, chunk_start - 10):m.start()])
            if gender and surname not in reg.genders:
                reg.genders[surname] = gender
            reg.person_mentions.append((chunk_start + start, surname, reg.people[surname]))
            if surname not in reg.spokes:
                line_end = text.find("\n", m.end())
                before = text[max(line_start, m.start() - 300):m.start()]  # bounded: a long paragraph
                after = text[m.end(): min(m.end() + 300, line_end if line_end >= 0 else len(text))]  # was quadratic
                b = re.search(r"((?:[\w'’\-]+\s+){0,3}spokes(?:man|woman|person)(?:\s+for\s+[^,.;]+)?)\s*,?\s*(?:[A-Z][\w.]*\s+)*$", before)
                a = re.match(r"\s*,\s*((?:a|an|the)\s+)?((?:[\w'’\-]+\s+){0,4}spokes(?:man|woman|person)(?:\s+for\s+[^,.;]+)?)", after)
                if b or a:
                    role = _strip_det((b.group(1) if b else a.group(2)).strip())
                    role = re.sub(r"^(?:[\w'’\-]+\s+)*?(?:said|says|told|added|according\s+to)\s+", "", role)
                    reg.spokes[surname] = f"{name}, {role}"

    # -- helpers ----------------------------------------------------------------------

    def _in_quote(self, pos: int) -> bool:
        return self.quotes.inside(pos)

    def _framed(self, pos: int) -> bool:
        """Whether ``pos`` lies in framing ("It is worth mentioning that"): looked up around it only."""
        lo = max(0, pos - 40)
        return any(m.start() + lo <= pos < m.end() + lo for m in _FRAMING_RE.finditer(self.text[lo:pos + 40]))

    def _trim(self, start: int, end: int) -> tuple[int, int]:
        text = self.text
        while start < end and text[start] in " ,;:\"“”«»'‘\n-–—":
            start += 1
        while end > start and text[end - 1] in " .,;:!?\"”»'’\n":
            end -= 1
        return start, end

    def _clause_start(self, s0: int, pos: int) -> int:
        """Where the clause around ``pos`` starts: after the last break outside quotes."""
        text = self.text
        start = s0
        d = _DATELINE.match(text, s0, pos)
        if d:
            start = d.end()
        for m in _CLAUSE_BREAK.finditer(text, start, pos):
            if not self._in_quote(m.start()):
                start = m.end()
        # a closing quote mark ends the quote's clause
        for i in range(pos - 1, start - 1, -1):
            ch = text[i]
            if ch in "”»" or (ch == '"' and not self._in_quote(i + 1) and self._in_quote(i - 1 if i else 0)):
                return i + 1
        return start

    def _subject(self, s0: int, vs: int) -> tuple[tuple[int, int] | None, str, list[str], bool]:
        """The subject before a cue: (span, how, relays, coordinated).

        ``how`` is ``plain``, ``after_comma`` (the subject follows a comma: a content or an
        adverbial before it) or ``none``. Parentheticals between subject and verb are skipped
        (", who asked not to be named,"); "citing X" / "quoted by X" among them are relays.
        """
        text = self.text
        end = vs
        # skip auxiliaries and adverbs before the verb
        while True:
            lo = max(s0, end - 40)
            m = _LAST_WORD.search(text, lo, end)
            if not m:
                break
            w = m.group(1).lower()
            if (w in _AUX or (w.endswith("ly") and len(w) > 4 and w not in ("family", "assembly", "ally", "rally", "italy"))) and m.group(1)[:1].islower() and not self._in_quote(m.start(1)):
                end = m.start(1)
                continue
            break
        left = text[s0:end].rstrip()
        if re.search(r"\b(?:and|but)$", left, re.I) and not self._in_quote(s0 + len(left) - 1):
            return None, "none", [], True
        rel = re.search(r",\s*(which|who)$", left, re.I)
        if rel and not self._in_quote(s0 + rel.start(1)):
            return (s0 + rel.start(1), s0 + rel.end(1)), "relative", [], False
        relays: list[str] = []
        stop = s0 + len(left)
        # parentheticals: ", who asked not to be named," / ", citing an official source,"
        source_override = None
        skipped: list[tuple[int, int, bool]] = []  # parentheticals passed over: (start, end, apposition?)
        while stop > s0 and text[stop - 1] == ",":
            prev = text.rfind(",", s0, stop - 1)
            piece_start = prev + 1 if prev >= 0 else s0
            piece = text[piece_start:stop - 1]
            if self._in_quote(stop - 1) or not _PARENTHETICAL_START.match(piece) or prev < 0 or self._in_quote(prev):
                stop -= 1
                break
            skipped.append((piece_start, stop - 1, bool(_APPOSITION_START.match(piece))))
            rel = _RELAY_PARENTHETICAL.match(piece)
            if rel:
                if rel.group("how").lower() in ("citing", "quoting"):
                    off = piece_start + rel.start("np")
                    source_override = (off, piece_start + rel.end("np"))
                else:
                    relays.append(rel.group("np"))
            stop = prev + 1
        # an emphasised aside between subject and verb: "the new authorities _since taking office_"
        emph = re.search(r"\s*_[^_\n]{1,80}_\s*$", text[s0:stop])
        if emph:
            stop = s0 + emph.start()
        start = self._clause_start(s0, stop)
        seg_end = stop
        while seg_end > start and text[seg_end - 1] in " ,":
            seg_end -= 1
        if seg_end <= start:
            return None, "none", relays, False
        inner = text.rfind(",", start, seg_end)
        if inner >= 0 and not self._in_quote(inner):
            start = inner + 1
        # an apposition before a name: "Riverside's chief executive, Helen Marsh"
        how = "plain"
        before = text[s0:start].rstrip()
        if before.endswith(",") and not self._in_quote(start - 1):
            prev = text.rfind(",", s0, len(before) + s0 - 1)
            clause_start = self._clause_start(s0, s0 + len(before) - 1)
            inner_comma = text.rfind(",", clause_start, s0 + len(before) - 1)
            if inner_comma >= 0 and not self._in_quote(inner_comma):
                clause_start = inner_comma + 1
            piece = text[clause_start: s0 + len(before) - 1]
            np = text[start:seg_end].strip()
            is_name = bool(_name_in(np)) or re.fullmatch(r"(?:the\s+)?[A-Z][\w'’\-]*(?:\s+[A-Z][\w'’\-]*){0,3}", np)
            lead_word = piece.strip().split(None, 1)[0].lower() if piece.strip() else ""
            role_np = not is_name and _head(np) in (H.PERSON_NOUNS | H.SPOKES_NOUNS) and bool(_name_in(piece)) and len(piece.split()) <= 6
            if (
                is_name
                and len(piece.split()) <= 6
                and lead_word not in _INTRO_START
                and not lead_word.endswith("ing")
                and _head(piece) in _APPOSITION_HEADS
            ) or role_np:
                start = clause_start
                joined = text[s0:start].rstrip()
                if joined and (joined[-1] in _QUOTE_CLOSE or joined.endswith(",")):
                    how = "after_comma"  # '"...," one resident, Maria Sole, told him'
            else:
                how = "after_comma"
        elif before and before[-1] in _QUOTE_CLOSE:
            how = "after_comma"
        if source_override:
            if relays is not None:
                relays.insert(0, text[start:seg_end])
            return source_override, "relay", relays, False
        # a verb inside the phrase ends a clause before the subject: "Diabetes UK said the study"
        for w in list(re.finditer(r"[\w'’\-]+", text[start:seg_end]))[:-1]:
            lw = w.group().lower()
            if not w.group()[:1].isupper() and (lw in _IRREGULAR_PAST or lw in ("is", "was", "were", "are", "has", "have", "had")
                                                or (lw in VERBS and lw.endswith("ed"))) and not self._in_quote(start + w.start()):
                start = start + w.end()
        # the description joined to the source ("Marta Zelenka, 54, a schoolteacher"), not a
        # relative clause ("The source, who asked not to be named")
        for piece_start, piece_end, apposition in reversed(skipped):
            if not apposition:
                break
            seg_end = piece_end
        span = self._trim(start, seg_end)
        if span[1] <= span[0]:
            return None, "none", relays, False
        return span, how, relays, False

    def _plausible(self, phrase: str) -> bool:
        low = _norm(phrase).lower()
        if not low or low in ("this", "that", "there", "what", "all", "none", "nobody", "everyone", "one"):
            return False
        words = low.split(",")[0].split()
        if len(words) > 14:
            return False
        if low in H.PRONOUN_GROUPS or re.match(r"(?:one|two|some|several|many|most|each|both|all|another)\s+of\s+(?:them|those|these)$", low):
            return True
        if re.match(r"(?:the|a|an|its|his|her|their)\s+same\s+", low):
            return True
        head = _head(_norm(phrase))
        if head in H.PERSON_NOUNS or head in H.INSTITUTION_NOUNS or head in H.OUTLET_NOUNS or head in H.SPOKES_NOUNS:
            return True
        if head.endswith("s") and (head[:-1] in H.INSTITUTION_NOUNS or head[:-1] in H.OUTLET_NOUNS):
            return True  # "conservation groups", "local newspapers"
        if _OUTLET_RE.search(phrase) or (self.known and any(a in low for a in self.known)):
            return True
        if _name_in(_norm(phrase)):
            return True
        core = _norm(phrase).split(",")[0].split()
        if core and core[-1][:1].isupper() and not re.match(r"(?:the|a|an)\s", low) and len(core) <= 5:
            return True  # "Norvik", "Qaradan", "Castlegate Homes"
        if core and core[-1][:1].isupper() and len(core) <= 8:
            return True  # "The European-Mediterranean Seismological Centre"
        if _outlet_name(_norm(phrase)):
            return True  # "the independent news site Yelsk Today"
        return False

    def _complement(self, ve: int, s1: int, verb: str) -> tuple[int, list[str]] | None:
        """Where the content after a cue starts, and any relay it names ("told AFP that")."""
        text = self.text
        rest = text[ve:s1]
        relays: list[str] = []
        if not rest.strip(" .,;:\"”"):
            return None
        aside = re.match(r"\s*,\s*(?:however|though|moreover|meanwhile|too|also|again|instead|nonetheless|nevertheless|in\s+turn|for\s+example)\s*,", rest, re.I)
        if aside:
            ve += aside.end()
            rest = text[ve:s1]
        if text[ve - 4:ve].lower().endswith((" for", " on", " out")):
            m = re.match(r"\s*(?:that\s+)?", rest)
            return ve + m.end(), relays  # "called for restraint", "pointing out that"
        m = re.match(r"\s*:\s*", rest)
        if m:
            return ve + m.end(), relays
        # an addressee before the content: "told the French news agency that"
        if verb in ADDRESSEE_VERBS:
            a = re.match(r"\s+((?:the\s+|a\s+)?[\w'’\-]+(?:\s+[\w'’\-]+){0,7}?)\b\s*(?:,\s*)?(?=\bthat\b|:|[\"“«]|\b(?:on|in|at|by|from|last|late|this|outside|separately)\b)", rest)
            if a:
                addressee = a.group(1)
                if addressee.lower().split()[0] not in ("that",):
                    kind, _, _ = classify(addressee, None, self.known)
                    if kind in ("news_agency", "media_outlet", "state_media"):
                        relays.append(addressee)
                    rest_pos = ve + a.end()
                    t = self._skip_to_complement(rest_pos, s1)
                    if t is not None:
                        return t, relays
                    if not re.match(r"\s*:|\s*[\"“«]", text[rest_pos:s1]):
                        return None  # "told the court on Tuesday.": the content came before
        t = self._skip_to_complement(ve, s1)
        if t is not None:
            return t, relays + self._relay_in(ve, t)
        if verb in TO_VERBS:
            m = re.match(r"\s+to\s+", rest)
            if m:
                return ve + m.end(), relays
        if verb in NEEDS_COMPLEMENT and verb not in OBJECT_CONTENT:
            return None
        # zero complementizer: the content starts at the next clause-like word, after adverbials
        pos = ve
        m = re.match(r"\s+", rest)
        pos += m.end() if m else 0
        limit = s1
        for c in re.finditer(r",", text[pos:s1]):
            if not self._in_quote(pos + c.start()):
                limit = pos + c.start()
                break
        words = list(re.finditer(r"[\w'’\-]+|[\"“«]", text[pos:limit]))
        if not words:
            return None
        first = words[0].group().lower()
        if re.match(r"(?:at\s+(?:least|most)|up\s+to|more\s+than|fewer\s+than|less\s+than|about|around|nearly|almost|over)\s", text[pos:limit], re.I):
            return pos, relays  # "recommends at least 150 minutes": a quantity, not an adverbial
        if first in _ADVERBIAL_START and first not in _CLAUSE_OPENERS:
            # "said on Friday it had ...": skip the adverbial to the next clause opener
            for i, w in enumerate(words[1:8], start=1):
                lw = w.group().lower()
                if lw in ("it", "he", "she", "they", "we", "there", "i") or (lw in _CLAUSE_OPENERS and i > 1 and words[i - 1].group().lower() not in _CLAUSE_OPENERS and words[i - 1].group().lower() not in _ADVERBIAL_START):
                    return pos + w.start(), relays
            return None
        if first in ("to",) and verb not in OBJECT_CONTENT:
            return None
        return pos, relays

    def _relay_in(self, start: int, end: int) -> list[str]:
        """An outlet named in an adverbial: "in statements to the official news agency VNA",
        "in an interview with public broadcaster NRK": it relays the words that follow."""
        m = _RELAY_ADVERBIAL.search(self.text, start, end)
        if not m:
            return []
        outlet = m.group("outlet")
        return [outlet] if classify(outlet, self.registry, self.known)[2] == "outlet" else []

    def _skip_to_complement(self, pos: int, s1: int) -> int | None:
        """After adverbials ("said in a preliminary report that"), the start of a that-clause, colon or quote."""
        text = self.text
        m = re.match(r"\s*(?:that\s+|[\"“«])", text[pos:s1])
        if m:
            return pos + m.end() - (1 if text[pos + m.end() - 1] in _QUOTE_OPEN else 0)
        first = re.match(r"\s*([\w'’\-]+)", text[pos:s1])
        if not first or first.group(1).lower() not in _ADVERBIAL_START:
            return None
        window = text[pos:min(s1, pos + 120)]
        for m in re.finditer(r"\bthat\s+|:\s*|[\"“«]", window):
            between = window[: m.start()]
            if self._in_quote(pos + m.start()) or "," in between and not re.search(r",\s*$", between):
                break
            if len(between.split()) > 10:
                break
            if m.group().startswith(("\"", "“", "«")):
                return pos + m.start()
            return pos + m.end()
        return None

    def _content_end(self, start: int, s1: int) -> int:
        """Where a content that starts at ``start`` ends: the sentence end, or an earlier stop."""
        text = self.text
        end = s1
        stops = _CONTENT_STOPS
        for rx in stops:
            for m in rx.finditer(text, start, end):
                if self._in_quote(m.start() + (1 if text[m.start()] in ",\"”»" else 0)) and not text[m.start()] in "\"”»":
                    continue
                if rx is _PARTICIPIAL_CUE:
                    verb = m.group("verb")
                    if VERBS.get(verb) != "say" and verb not in ("considering", "pointing"):
                        continue
                if text[m.start()] in "\"”»" and self._in_quote(m.start() + 1):
                    continue
                end = min(end, m.start() + (1 if text[m.start()] in "\"”»" else 0))
                break
        return end

    # -- relations in one sentence ------------------------------------------------------

    def sentence(self, sent: Sentence) -> list[_Found]:
        text = self.text
        s0, s1 = sent.start, sent.end
        found: list[_Found] = []
        covered: list[tuple[int, int]] = []

        def add(f: _Found) -> None:
            f.content = self._trim(*f.content)
            if f.content[1] - f.content[0] < 3 or len(re.findall(r"\w+", text[f.content[0]:f.content[1]])) < 2:
                return  # one word ("recommended approval") is no proposition
            found.append(f)

        # 1. "according to X" / "as reported by X (citing Y)"
        low = text[s0:s1].lower()
        # cheap substring tests first: most sentences hold none of these forms
        for m in (_SOURCE_AFTER_RE.finditer(text, s0, s1) if any(k in low for k in _AFTER_KEYS) else ()):
            if self._in_quote(m.start()) or self._framed(m.start()):
                continue
            if not m.group("cue").lower().startswith(("according", "as ")):
                continue  # "reported by", "citing": relays, handled with their verb
            cue_label = SOURCE_AFTER[re.sub(r"\s+", " ", m.group("cue").lower())]
            if cue_label in ("said", "statement", "citing", "quoted", "cited") and m.group("cue").lower() not in ("according to",):
                if m.group("cue").lower() in ("citing", "quoted by", "cited by"):
                    continue  # relays inside a source phrase: handled with the verb
            src_m = re.match(r"[^,;:.!?\"“”]+(?:,\s*(?:citing|quoting)\s+[^,;:.!?\"“”]+)?", text[m.end():s1])
            if not src_m:
                continue
            src = (m.end(), m.end() + len(src_m.group().rstrip()))
            via: list[str] = []
            r = re.search(r",?\s+\b(?:citing|quoting)\s+", text[src[0]:src[1]], re.I)
            if r:
                via.append(text[src[0]:src[0] + r.start()])
                src = (src[0] + r.end(), src[1])
            # "a statement by X" / "a survey by X" keep the document's words in the label
            lead = text[s0:m.start()]
            if not lead.strip(" ,\"“") or _DATELINE.fullmatch(lead) or re.fullmatch(r"\s*(?:but|and|yet|so)?\s*", lead, re.I):
                comma = text.find(",", src[1], s1)
                if comma < 0:
                    continue
                content = (comma + 1, s1)
            else:
                content = (self._content_start_before(found, s0, m.start()), m.start())
            add(_Found(src, (m.start(), m.start() + len(m.group("cue"))), content, text[src[0]:src[1]], via, cue_label))
            covered.append((m.start(), src[1]))

        # 2. passives with a relay: "was quoted by the French news agency as saying"
        quoted = "quoted" in low or "cited" in low
        for m in (_QUOTED_AS.finditer(text, s0, s1) if quoted else ()):
            if self._in_quote(m.start()):
                continue
            subj, how, relays, _ = self._subject(s0, m.start())
            if m.group("relay"):
                relays = relays + [m.group("relay")]
            if subj is None:
                continue
            cue = (m.start(), m.end())
            content_start = m.end()
            c = re.match(r"\s*:?\s*", text[content_start:s1])
            content_start += c.end() if c else 0
            end = self._content_end(content_start, s1)
            if how == "after_comma" and content_start >= s1 - 1:
                cs = self._clause_start(s0, subj[0] - 1)
                content = (cs, subj[0])
            else:
                content = (content_start, end)
            add(_Found(subj, cue, content, text[subj[0]:subj[1]], relays, "quoted"))
            covered.append((m.start(), m.end()))
        for m in (_QUOTED_SRC_AS.finditer(text, s0, s1) if quoted else ()):
            if self._in_quote(m.start()):
                continue
            relay, _, _, _ = self._subject(s0, m.start())
            src = (m.start("src"), m.end("src"))
            content = (m.end(), self._content_end(m.end(), s1))
            add(_Found(src, (m.start("say"), m.end("say")), content, text[src[0]:src[1]],
                       [text[relay[0]:relay[1]]] if relay else [], m.group("say").lower()))
            covered.append((m.start(), m.end()))

        # 3. verbs of saying, believing, intending.
        for m in _WORD.finditer(text, s0, s1):
            word = m.group().lower()
            category = VERBS.get(word)
            if not category:
                continue
            vs, ve = m.span()
            if self._in_quote(vs) or self._framed(vs) or any(a <= vs < b for a, b in covered):
                continue
            if m.group()[:1].isupper() and vs != s0:
                continue  # a name, not a verb: "Kolvik Post", "Fox News Reports"
            if any(f.source and f.source[0] <= vs < f.source[1] for f in found):
                continue
            before = text[max(s0, vs - 60):vs]  # the checks below look at the last few words only
            nxt = re.match(r"\s+([a-z]+)", text[ve:ve + 12])
            if nxt and nxt.group(1) in NOT_CUE_BEFORE.get(word, ()):
                continue  # "added to evidence": no report
            cue_end, cue_label = ve, word
            pm = re.match(r"\s+(for|on|out)\b", text[ve:ve + 6])
            if pm and f"{word} {pm.group(1)}" in PARTICLE_CUES:
                cue_end, cue_label = ve + pm.end(), f"{word} {pm.group(1)}"
            if re.search(r"\b(?:to|not)\s+$", before) or re.search(r"\b(?:declined|refused|could not|would not|did not)\s+(?:to\s+)?$", before, re.I):
                continue  # "declined to confirm", "refused to comment"
            if re.search(r"\b(?:the|a|an|this|that|its|his|her|their)\s+$", before, re.I):
                continue  # a noun: "the report", "a call"
            if word in _BASE_NOUNS and re.search(r"[A-Z][\w'’\-]*\s+$", before) and re.match(r"\s+[a-z]", text[ve:ve + 2]) and (
                    re.match(r"\s+([a-z]+)", text[ve:ve + 20]).group(1) not in _CLAUSE_OPENERS | _ADVERBIAL_START | {"that"}):
                continue  # "Valdorian state television": a noun after a name
            if (word.endswith("ed") or word in _IRREGULAR_PAST) and re.search(r"\b[a-z]+ly\s+$", before) and re.match(r"\s+([a-z]+)", text[ve:ve + 20]) and (
                    re.match(r"\s+([a-z]+)", text[ve:ve + 20]).group(1) not in _CLAUSE_OPENERS | _ADVERBIAL_START | {"that"}):
                continue  # "poorly maintained lines": an adjective, not a cue
            if word in _NOUN_FORMS and re.search(
                    r"\b(?:the|a|an|this|its|his|her|their)\s+[a-z\-]+\s+$", before) and not re.search(r"\s(?:also|then|later|now|still|often)\s+$", before):
                continue  # "a preliminary report", "the latest estimates"
            if re.search(r"\b(?:would|will|could|can|may|might|should|must|shall)\s+(?:\w+\s+)?$", before, re.I) and not re.search(r"\b(?:has|have|had)\s+$", before):
                continue  # "would consider", "will announce": no report yet
            if word.endswith("ing"):
                if re.search(r",[\"”»]?\s*(?:and\s+)?$", before):
                    self._participial(found, sent, m, cue_end, cue_label, category, add)
                    continue
                if not re.search(r"\b(?:is|are|was|were|been|be|am)\s+$", before):
                    continue
            if word in ("written", "shown", "found") and not re.search(r"\b(?:has|have|had)\s+(?:\w+\s+)?$", before) and word != "found":
                continue
            if re.search(r"\b(?:was|were|is|are|been|be|being)\s+(?:\w+ly\s+)?$", before) and (
                    word.endswith("ed") or word in _IRREGULAR_PAST or word in ("shown", "written", "known", "seen", "given")) and word not in ("reported",):
                continue  # a passive: "was confirmed", "were told to leave", "was found guilty"
            if re.search(r"\b(?:was|were|is|are)\s+$", before) and word == "reported":
                continue
            self._verb(found, sent, m, cue_end, cue_label, category, add)

        # 4. impersonal and passive cues with no named source.
        impersonal = any(k in low for k in _IMPERSONAL_KEYS)
        for m in (_IMPERSONAL_RE.finditer(text, s0, s1) if impersonal else ()):
            if self._in_quote(m.start()) or any(f.cue[0] <= m.start() < f.cue[1] for f in found):
                continue
            if m.group("it"):
                start = self._skip_to_complement(m.end(), s1)
                if start is None:
                    c = re.match(r"\s*", text[m.end():s1])
                    start = m.end() + c.end()
                content = (start, self._content_end(start, s1))
                label = m.group("it").lower()
            elif m.group("pass"):
                # "Marsh is understood to have told the board that ...": Marsh told it
                inner = re.match(r"\s+have\s+([a-z]+)\b", text[m.end():s1])
                if inner and VERBS.get(inner.group(1)) == "say":
                    subj, how, relays, _ = self._subject(s0, m.start())
                    verb_end = m.end() + inner.end()
                    complement = self._complement(verb_end, s1, inner.group(1))
                    if subj and complement and self._plausible(text[subj[0]:subj[1]]):
                        start = complement[0]
                        add(_Found(subj, (m.end() + inner.start(1), verb_end), (start, self._content_end(start, s1)),
                                   text[subj[0]:subj[1]], relays + complement[1], inner.group(1)))
                        continue
                content = (m.end(), self._content_end(m.end(), s1))
                label = re.sub(r"\s+", " ", m.group("pass").lower())
            else:
                cs = self._clause_start(s0, m.start())
                content = (cs, self._content_end(m.end(), s1))
                label = m.group("adv").lower()
            add(_Found(None, (m.start(), m.end()), content, None, [], label))
        return self._relays_after(found)

    def _relays_after(self, found: list[_Found]) -> list[_Found]:
        """ "X said Y, according to the agency": an outlet or a transcript after a report relays it.

        When the content of an "according to" names its own speaker and cue, the outlet
        (or document) after it is that speaker's relay, not a source of its own.
        """
        out = []
        for f in found:
            if f.source and self.text[f.cue[0]:f.cue[1]].lower().startswith(("according", "as ")):
                if re.match(r"(?:the|this|that)\s+[a-z]+$", _norm(f.phrase)):
                    group = self._resolve(f.phrase, f.source[0]).group  # "the agency": the outlet named before
                else:
                    group = classify(f.phrase, self.registry, self.known)[2]
                document = _head(_norm(f.phrase)) in ("transcript", "recording", "video", "footage")
                inner = [g for g in found if g is not f and g.source and f.content[0] <= g.cue[0] < f.content[1]
                         and f.content[0] <= g.source[0] < f.content[1] and VERBS.get(g.cue_label or "") == "say"]
                if inner and (group == "outlet" or document):
                    for g in inner:
                        g.via.append(f.phrase)
                    first = min(min(g.source[0], g.content[0]) for g in inner)
                    if first - f.content[0] <= 3:
                        continue  # the whole content is the inner report: the outlet only relays it
                    # "A held a session, and the deputies demanded B, as reported by X": X reports A
                    cut = re.search(r"(?:,\s*(?:and|but)?|;)\s*$", self.text[f.content[0]:first])
                    f.content = self._trim(f.content[0], f.content[0] + (cut.start() if cut else first - f.content[0]))
            out.append(f)
        return out

    def _participial(self, found, sent, m, cue_end, cue_label, category, add) -> None:
        """ ", adding that ..." / ", saying that ...": the sentence's source goes on speaking."""
        if category != "say" and m.group().lower() not in ("considering", "believing", "pointing"):
            return
        text = self.text
        s0, s1 = sent.start, sent.end
        prior = [f for f in found if f.cue[0] < m.start()]
        start = self._complement(cue_end, s1, m.group().lower())
        if start is None:
            return
        content = (start[0], self._content_end(start[0], s1))
        if prior:
            p = prior[-1]
            add(_Found(p.source, (m.start(), cue_end), content, p.phrase, list(p.via), cue_label))
            return
        # no relation yet: the subject of the clause before the comma ("The ministry rejected X, saying")
        subj = self._main_subject(s0, m.start())
        if subj:
            add(_Found(subj, (m.start(), cue_end), content, text[subj[0]:subj[1]], [], cue_label))

    def _main_subject(self, s0: int, limit: int) -> tuple[int, int] | None:
        """The subject at the start of the clause: words before its first verb."""
        text = self.text
        start = s0
        d = _DATELINE.match(text, s0, limit)
        if d:
            start = d.end()
        lead = re.match(r"(?:(?:In|On|At|After|During|Despite|Asked|Speaking)\b[^,]{0,80},\s*)", text[start:limit])
        if lead:
            start += lead.end()
        # the noun phrase: words up to its head noun (or name), skipping ", apposition,"
        words = list(re.finditer(r"[\w'’\-]+|,", text[start:limit]))
        depth = 0
        last = None
        seen_head = False
        for i, w in enumerate(words):
            lw = w.group().lower()
            if lw == ",":
                depth ^= 1
                continue
            if depth:
                continue
            bare = _bare(lw)
            is_head = bare in H.INSTITUTION_NOUNS or bare in H.OUTLET_NOUNS or bare in H.PERSON_NOUNS or bare in H.SPOKES_NOUNS
            capital = w.group()[:1].isupper()
            if i > 0 and not capital and (lw in _AUX or lw in _IRREGULAR_PAST or (lw in VERBS and lw.endswith(("ed", "s", "id", "ld", "ote"))) or (
                    lw.endswith("ed") and len(lw) > 4)):
                if last is not None and last < i - 1 and i <= 5:
                    last = i - 1  # "Anti-graft campaigners welcomed": the words before the verb
                break
            if seen_head and not capital and not is_head and lw not in ("of", "for", "from", "at", "in", "the", "and"):
                break
            if is_head or capital or re.search(r"['’]s?$", lw):
                last = i
                # a name at the start counts as the head when an apposition follows ("AquaPure, founded in 2009,")
                first_name = i == 0 and lw not in _NAME_STOP and i + 1 < len(words) and words[i + 1].group() == ","
                seen_head = seen_head or is_head or (capital and i > 0) or first_name
            if i > 10:
                break
        if last is None:
            return None
        span = self._trim(start, start + words[last].end())
        if span[1] > span[0] and len(text[span[0]:span[1]].split()) <= 12 and self._plausible(text[span[0]:span[1]]):
            return span
        return None

    def _verb(self, found, sent, m, cue_end, cue_label, category, add) -> None:
        text = self.text
        s0, s1 = sent.start, sent.end
        vs, ve = m.span()
        word = m.group().lower()
        subj, how, relays, coordinated = self._subject(s0, vs)
        if coordinated:
            earlier = [f for f in found if f.cue[0] < vs and f.source]
            latest = max(earlier, key=lambda f: f.cue[0]) if earlier else None
            if category != "say" and latest is not None and latest.source[0] < latest.content[0]:
                return  # "said the club had no intention ... and planned to", "thinks A, but worries": no report of its own
            prior = [f for f in found if f.cue[0] < vs and f.source]
            src_f = prior[-1] if prior else None
            if src_f is not None and src_f.source[0] > src_f.content[0] and src_f.cue_label not in ("according to",):
                src_f = None  # "A, he says, and plans to B": the clause's own subject plans
            if src_f is None:
                span = self._main_subject(s0, vs)
                if not span:
                    return
                src_f = _Found(span, (vs, ve), (vs, ve), text[span[0]:span[1]])
            start = self._complement(cue_end, s1, word)
            if start is None:
                return
            content = (start[0], self._content_end(start[0], s1))
            add(_Found(src_f.source, (vs, cue_end), content, src_f.phrase, list(src_f.via) + start[1], cue_label))
            return
        rest = text[cue_end:s1]
        inverted = None
        if subj is None:
            # '"...," said Mariam Osei, a researcher' / '..., says Elena Vidal'
            lead = text[s0:vs].rstrip()
            if lead and (lead[-1] in "," + _QUOTE_CLOSE) and word in VERBS and category == "say":
                a = re.match(r"\s+((?:the\s+|a\s+|an\s+)?[\w'’\-\.]+(?:\s+[\w'’\-\.]+){0,7}?(?:,\s*(?:a|an|the)\s+[^,.;]{1,80})?)\s*(?:[.,;]|$)", rest)
                if a and (self._plausible(a.group(1)) or re.match(r"(?:the|a|an|one|another|two|three|several|some)\s+[a-z]", a.group(1))):
                    inverted = (cue_end + a.start(1), cue_end + a.start(1) + len(a.group(1).rstrip(" .")))
            if not inverted:
                return
            cs = self._content_start_before(found, s0, vs)
            content = (cs, len(lead) + s0)
            add(_Found(inverted, (vs, cue_end), content, text[inverted[0]:inverted[1]], [], cue_label))
            # '"A," said the farmer, "and B."': the quote goes on after the source
            tail = re.match(r"\s*,\s*[\"“«]", text[inverted[1]:s1])
            if tail:
                start = inverted[1] + tail.end()
                add(_Found(inverted, (vs, cue_end), (start, self._content_end(start, s1)),
                           text[inverted[0]:inverted[1]], [], cue_label))
            return
        phrase = text[subj[0]:subj[1]]
        if not self._plausible(phrase) and how != "relay":
            return
        complement = self._complement(cue_end, s1, word)
        postposed = False
        if how == "relative" and complement is None:
            return
        if how == "after_comma":
            # a comma before the subject: an adverbial ("In a statement, the ministry said it ...")
            # or the content itself ("..., the service said on Tuesday.")
            seg_start = self._content_start_before(found, s0, subj[0])
            raw_lead = text[seg_start:subj[0]].strip()
            lead = raw_lead.strip(" ,")
            first = lead.split(None, 1)[0].lower() if lead else ""
            intro = (
                (first in _INTRO_START or first.endswith("ing")) and len(lead.split()) < 16
                and not any(c in lead for c in "\"“”«»") and ("," not in lead or not _finite(lead))
            )
            cited = re.match(r"(?:Citing|Quoting)\s+([^,]+(?:,\s*[^,]+)?)\s*,?\s*$", lead)
            if cited and complement is not None:
                src_start = seg_start + raw_lead.find(cited.group(1))
                src = (src_start, src_start + len(cited.group(1)))
                add(_Found(src, (vs, cue_end), (complement[0], self._content_end(complement[0], s1)),
                           text[src[0]:src[1]], relays + complement[1] + [phrase], cue_label))
                return
            if intro and complement is not None:
                relays = relays + self._relay_in(seg_start, subj[0])
            if not intro and (complement is None or re.match(r"\s*,", rest) or text[subj[0] - 1:subj[0]] in _QUOTE_CLOSE
                              or (text[s0:subj[0]].rstrip()[-1:] in _QUOTE_CLOSE) or complement is not None and self._at_end(complement[0])):
                postposed = True
        elif how == "relay":
            if complement is None:
                postposed = True
        relays = relays + (complement[1] if complement else [])
        # "Y reported last week, citing X, that ...": X says it, via Y
        cq = re.match(r"(?:\s+[^,;:\"“]{0,40}?)?\s*,\s*(?:citing|quoting)\s+([^,;:\"“]+?)\s*,\s*(?:that\s+)?(?=\S)", rest)
        if cq and not self._in_quote(cue_end + cq.start(1)):
            src = (cue_end + cq.start(1), cue_end + cq.end(1))
            start = cue_end + cq.end()
            add(_Found(src, (vs, cue_end), (start, self._content_end(start, s1)), text[src[0]:src[1]],
                       relays + [phrase], cue_label))
            return
        # "Y reported, quoting X" after the cue
        q = re.match(r"\s*,\s*(?:citing|quoting)\s+([^,.;]+)", rest)
        if q:
            relays = relays + [phrase]
            subj = (cue_end + q.start(1), cue_end + q.end(1))
            phrase = q.group(1)
        if postposed:
            cs = self._content_start_before(found, s0, subj[0])
            ce = subj[0]
            if how == "relay":
                ce = self._clause_start(s0, subj[0])
            add(_Found(subj, (vs, cue_end), (cs, ce), phrase, relays, cue_label))
            # "A, she says, and B" / '"A," he said, "B."': the second part is its own content
            tail = re.match(r"\s*,\s*(?:(?:and|but)\s+)?(?=[\"“«]|(?:the|a|an|it|he|she|they|we|i)\b)", text[cue_end:s1], re.I)
            if tail and not re.match(r"\s*,\s*(?:[a-z]+ing|according|citing|quoting|who|which)\b", text[cue_end:s1]):
                start = cue_end + tail.end()
                add(_Found(subj, (vs, cue_end), (start, self._content_end(start, s1)), phrase, relays, cue_label))
            return
        if complement is None:
            return
        start = complement[0]
        if word in ("describe", "describes", "described", "describing") and not re.match(r"[^,;.]{1,80}?\bas\b", text[start:s1]):
            return  # "describe a frightening afternoon": no "X as Y", no report
        if cue_label in ("call", "calls", "called", "calling") and not re.match(
                r"(?:[^,;\"“]{0,60}?[\"“«]|(?:the|a|an|his|her|its|their|this|that)?\s*[\w'’\-]+(?:\s+[\w'’\-]+){0,4}\s+(?:a|an)\s)", text[start:s1]):
            return  # "called the strike", "called the president to offer condolences": no "X Y" naming
        if self._at_end(start) and start >= s1 - 1:
            return
        content = (start, self._content_end(start, s1))
        add(_Found(subj, (vs, cue_end), content, phrase, relays, cue_label))

    def _at_end(self, pos: int) -> bool:
        """Whether nothing but punctuation follows ``pos``: no content there."""
        return not self.text[pos: pos + 3].strip(" .")

    def _content_start_before(self, found, s0: int, limit: int) -> int:
        """Start of a content that ends before its source: the clause start, after earlier relations."""
        text = self.text
        cs = s0
        d = _DATELINE.match(text, s0, limit)
        if d:
            cs = d.end()
        for f in found:
            if f.cue[1] <= limit and f.content[1] <= limit and text[f.content[1]:limit].strip(" ,\"”»'’"):
                cs = max(cs, f.content[1], f.cue[1], f.source[1] if f.source and f.source[1] <= limit else 0)
        for m in re.finditer(r";\s+|,\s+but\s+|,\s+while\s+", text[cs:limit]):
            if not self._in_quote(cs + m.start()):
                cs = cs + m.end()
        # a quote that opened in an earlier sentence (or after an adverbial): the content starts at its mark
        stretch = text[cs:limit].rstrip(" ,")
        if stretch and stretch[-1] in _QUOTE_CLOSE:
            span = self.quotes.at(cs + len(stretch) - 2)
            if span and (span[0] < cs or (span[0] > cs and not text[cs:span[0]].strip(" ,").endswith(("that", ":")) and
                                          re.fullmatch(r"[^\"“”«»]*,\s*", text[cs:span[0]]))):
                return span[0] + 1
        return cs

    # -- article-level passes ------------------------------------------------------------------

    def interview(self) -> list[_Found]:
        """ "KOVAČ: Because we have waited..." : the speaker's answer, up to the paragraph's end."""
        out = []
        for m in re.finditer(r"(?m)^([^\W\d_][\w'’\-]+(?:\s+[^\W\d_][\w'’\-]+){0,2}):\s+(.+)$", self.text):
            name = m.group(1)
            if name in ("Q", "A") or len(name) < 3 or name.upper() != name:
                continue
            out.append(_Found((m.start(1), m.end(1)), (m.end(1), m.end(1) + 1), (m.start(2), m.end(2)), name, [], ":"))
        # a headline that gives its speaker before a colon: "Mayor Holt: the bridge will reopen"
        head = re.match(r"([A-Z][\w'’\-\.]*(?:[ \t]+[\w'’\-\.]+){0,3}):[ \t]+(\S[^\n]*)", self.text)
        if head and not head.group(1).isupper():
            speaker = head.group(1)
            words = speaker.lower().split()
            if words[0] not in _HEADLINE_LABELS and (_name_in(speaker) or _head(speaker) in _APPOSITION_HEADS or _OUTLET_RE.search(speaker)):
                out.append(_Found((0, head.end(1)), (head.end(1), head.end(1) + 1), (head.start(2), head.end(2)), speaker, [], ":"))
        return out

    def resolve(self, f: _Found) -> _Entity | None:
        if f.phrase is None:
            return None
        pos = f.source[0] if f.source else f.cue[0]
        if f.source in self._by_span:
            return self._by_span[f.source]
        phrase = f.phrase
        if phrase.lower() in ("which", "who") and f.source:
            # the relative stands for the noun phrase before its comma: "... newspaper Halvik Tidning, which"
            comma = self.text.rfind(",", 0, f.source[0])
            sent_start = max(self.text.rfind("\n", 0, comma), self.text.rfind(". ", 0, comma)) + 1
            head = self.text[sent_start:comma]
            head = re.split(r"\b(?:by|of|from|with|in|at|on|to|that|and|but|said|says|reported)\s+(?=(?:the|a|an|[A-Z]))", head)[-1]
            if head.strip():
                phrase = head
        entity = self._resolve(phrase, pos)
        if f.source:
            self._by_span[f.source] = entity
        return entity

    def _resolve(self, phrase: str, pos: int) -> _Entity:
        entity = self._resolve_phrase(phrase, pos)
        if not (phrase.lower() in H.PRONOUN_GROUPS or re.match(r"(?:the|this|that)\s+\w+$", phrase.lower())):
            entity.words |= {w.lower().rstrip("s") for w in _WORD.findall(phrase) if not re.search(r"['’]s?$", w)}
        return entity

    def _resolve_phrase(self, phrase: str, pos: int) -> _Entity:
        reg = self.registry
        norm = _norm(phrase)
        low = norm.lower()
        # relays and carried statements: "A ministry statement carried by MNA"
        carried = _CARRIED_BY.search(norm)
        if carried and not re.match(r"(?:his|her|their)\b", carried.group("relay"), re.I):
            ent = self._resolve(norm[: carried.start()], pos)
            relay = self._resolve(carried.group("relay"), pos)
            if relay.label not in ent.via and relay is not ent:
                ent.via.append(relay.label)
            return ent
        part = re.match(r"(?:one|two|three|some|several|many|most|each|both|all|another)\s+of\s+(them|those|these)$", low)
        if part:
            low = "they"  # "one of them": a member of the group named before
        group = H.PRONOUN_GROUPS.get(low)
        if group:
            ent = self._pronoun(group, low, pos)
            if ent:
                return ent
            if group == "person":
                # "she" with no one named before: a person, though the text does not say who
                return reg.add(_Entity(key=f"person:?{low}", label=norm, kind="named_person", group="person", pos=pos))
        if low.startswith(("his ", "her ", "its ", "their ")) and len(low.split()) <= 3:
            owner = self._pronoun("person" if low.startswith(("his ", "her ")) else "body", low.split()[0], pos)
            noun = _strip_det(norm)
            if owner:
                if _head(noun) in ("office", "team", "staff", "spokesman", "spokeswoman", "spokesperson", "lawyer", "aide", "aides"):
                    kind = "named_person" if _head(noun) in ("lawyer",) else "official_statement"
                    grp = "official" if kind == "official_statement" else "person"
                    label = f"{noun} of {owner.label}" if kind == "official_statement" else noun
                    return reg.add(_Entity(key=f"{grp}:{label.lower()}", label=label, kind=kind, group=grp, head=_head(noun), pos=pos))
        anaphor = re.match(r"(?:[Tt]he|[Tt]his|[Tt]hat)\s+(?:same\s+)?([a-z][\w\-]*(?:\s+[a-z][\w\-]*)?)$", norm)
        if anaphor and not _name_in(norm):
            ent = self._definite(anaphor.group(1), pos)
            if ent:
                return ent
        if self.known:
            for alias, (name, kind) in self.known.items():
                if re.search(rf"(?<![\w-]){re.escape(alias)}(?![\w-])", low):
                    if not (_name_in(norm) and "correspondent" not in low and any(w in H.PERSON_NOUNS for w in low.split())):
                        return reg.add(_Entity(key=name.lower(), label=name, kind=kind, group="outlet", head=_head(norm), pos=pos))
        kind, label, grp = classify(phrase, reg, self.known)
        if grp == "official" and set(low.replace(",", " ").split()) & H.SPOKES_NOUNS:
            person = _name_in(norm)
            if person:
                surname = _surname(person[0])
                reg.spokes.setdefault(surname, label)
                return reg.person_entity(surname, label, pos)
        if grp == "person":
            person = _name_in(norm)
            surname = _surname(person[0]) if person else _surname(_norm(label))
            fuller = reg.person_label(surname)
            if fuller and (len(fuller) > len(label) or len(label.split()) < 2):
                label = fuller
            return reg.person_entity(surname, label, pos)
        if grp == "official" and re.fullmatch(r"(?:al-|el-)?[A-Z][\w'’\-]+", norm):
            fuller = reg.person_label(_surname(norm))
            if fuller:
                return reg.person_entity(_surname(norm), fuller, pos)
            # a bare name seen before as part of a longer one: "Norvik" -> "Norvik Water"
            for ent in reversed(reg.entities):
                if ent.group in ("official", "outlet") and re.match(rf"{re.escape(norm)}\b", ent.label):
                    ent.pos = pos
                    return ent
        return reg.add(_Entity(key=f"{grp}:{label.lower()}", label=label, kind=kind, group=grp, head=_head(norm), pos=pos))

    def _pronoun(self, group: str, low: str, pos: int) -> _Entity | None:
        reg = self.registry
        if group == "person":
            gender = "f" if low in ("she", "her") else "m" if low in ("he", "his", "him") else None
            latest = reg.latest_person(pos, gender)
            ent_latest = None
            for e in reg.entities:
                if e.group == "person" and e.pos < pos and (ent_latest is None or e.pos > ent_latest.pos):
                    ent_latest = e
            unnamed = None
            for e in reg.entities:
                if e.group == "anonymous" and e.pos < pos and e.head in H.PERSON_NOUNS and not _plural(e.head) and (
                        unnamed is None or e.pos > unnamed.pos):
                    unnamed = e
            for mention in self._mentions(pos):
                # "The mayor spoke to reporters. ... she said": a person named by role only
                if mention.group == "anonymous" and mention.head in H.PERSON_NOUNS and not _plural(mention.head) and (
                        unnamed is None or mention.pos > unnamed.pos):
                    unnamed = reg.add(_Entity(key=mention.key, label=mention.label, kind=mention.kind, group=mention.group,
                                              head=mention.head, pos=mention.pos))
            if latest:
                p, surname, label = latest
                if unnamed is not None and unnamed.pos > p:
                    return unnamed  # "The first witness, a former manager, testified ... She said"
                return reg.person_entity(surname, label, pos)
            return unnamed or ent_latest
        if group == "relative":
            return None
        candidates = [e for e in reg.entities if e.pos < pos and e.group != "person"]
        if group == "plural":
            plural = [e for e in candidates if _plural(e.head) or e.group == "anonymous"]
            candidates = plural or candidates
        else:
            candidates = [e for e in candidates if e.group in ("official", "outlet")] or candidates
        mention = self._mention_before(pos, group)
        best = max(candidates, key=lambda e: e.pos) if candidates else None
        if group == "plural" and best is None and mention is None:
            # "they": the last plural people or bodies named shortly before
            window = self.text[max(0, pos - 400):pos]
            hits = [m for m in _WORD.finditer(window) if _plural(m.group().lower()) and (
                m.group().lower() in H.PERSON_NOUNS or m.group().lower()[:-1] in H.INSTITUTION_NOUNS)]
            if hits:
                hit = hits[-1]
                prefix = []
                for w in reversed(window[: hit.start()].split()[-3:]):
                    if w[-1:] in ",.;:!?\"”“" or w.lower() in _PREFIX_STOP or w.lower() in _DETERMINER_WORDS:
                        break
                    prefix.insert(0, w)
                phrase = " ".join(prefix + [hit.group()])
                kind, label, grp = classify(phrase, reg, self.known)
                return reg.add(_Entity(key=f"{grp}:{label.lower()}", label=_strip_det(label), kind=kind, group=grp, head=hit.group().lower(), pos=pos))
        if mention and (best is None or mention.pos > best.pos):
            return reg.add(_Entity(key=mention.key, label=mention.label, kind=mention.kind, group=mention.group, head=mention.head, pos=pos))
        return best

    def _mention_before(self, pos: int, group: str) -> _Mention | None:
        for mention in reversed(self._mentions(pos)):
            if mention.pos >= pos:
                continue
            if group == "plural" and not (_plural(mention.head) or mention.group == "anonymous"):
                continue
            if group == "body" and mention.group not in ("official", "outlet"):
                continue
            return mention
        return None

    def _definite(self, noun: str, pos: int) -> _Entity | None:
        """ "the ministry", "the source", "the channel": the latest source or mention with that head."""
        reg = self.registry
        head = noun.split()[-1]
        heads = set(H.HEAD_SYNONYMS.get(head, ())) | {head, head.rstrip("s")}
        best = None
        for e in reg.entities:
            if e.pos > pos:
                continue
            if e.group == "person" and _plural(head):
                continue  # "the authors" is not one named person
            words = {w.lower().rstrip("s") for w in _WORD.findall(e.label)} | {e.head.rstrip("s")} | e.words
            if any(h.rstrip("s") in words for h in heads) and (best is None or e.pos > best.pos):
                best = e
        if head in H.PERSON_NOUNS and not _plural(head):
            # "the minister": the latest person named with that title
            for p, surname, label in reversed(reg.person_mentions):
                if p >= pos or (best and p <= best.pos):
                    continue
                if any(h.rstrip("s") in {w.lower().rstrip("s") for w in _WORD.findall(label)} for h in heads):
                    return reg.person_entity(surname, label, pos)
        for mention in reversed(self._mentions(pos)):
            if mention.pos >= pos or (best and mention.pos <= best.pos):
                continue
            words = {w.lower().rstrip("s") for w in _WORD.findall(mention.label + " " + mention.phrase)}
            if any(h.rstrip("s") in words for h in heads):
                return reg.add(_Entity(key=mention.key, label=mention.label, kind=mention.kind, group=mention.group, head=mention.head, pos=pos))
        if best is None:
            # a mention in the text before: "The Sanvel football club has opened ... , the club said"
            window = self.text[max(0, pos - 800):pos]
            for hit in reversed(list(_heads_re(tuple(sorted(heads))).finditer(window))):
                prefix = []
                for w in reversed(window[: hit.start()].split()[-4:]):
                    if w[-1:] in ",.;:!?\"”“" or w.lower() in _PREFIX_STOP or not any(c.isalpha() for c in w):
                        break
                    prefix.insert(0, w)
                    if w.lower() in _DETERMINER_WORDS:
                        break
                while prefix and prefix[0].lower() in ("the", "a", "an", "this", "that", "its", "their"):
                    prefix.pop(0)
                if not prefix:
                    continue
                phrase = " ".join(prefix + [hit.group()])
                kind, label, grp = classify(phrase, reg, self.known)
                return reg.add(_Entity(key=f"{grp}:{label.lower()}", label=_strip_det(label), kind=kind, group=grp, head=head, pos=pos))
            if head in _BODY_NOUNS:
                # "the company": the body the story is about, named before (a proper name)
                named = [e for e in reg.entities if e.pos <= pos and e.group == "official" and e.label[:1].isupper()]
                named += [m for m in self._mentions(pos) if m.group == "official" and m.label[:1].isupper()]
                named = [e for e in named if (e.head not in H.INSTITUTION_NOUNS or e.head in _BODY_NOUNS) and self._proper(e.label)]
                if named:
                    top = max(named, key=lambda e: e.pos)
                    if isinstance(top, _Mention):
                        return reg.add(_Entity(key=top.key, label=top.label, kind=top.kind, group=top.group, head=top.head, pos=pos))
                    top.pos = pos
                    return top
            return None
        best.pos = pos
        return best

    def _proper(self, label: str) -> bool:
        """Whether a label is a proper name, not a capitalised first word ("Flights were cancelled")."""
        words = label.split()
        if not words or not words[0][:1].isupper():
            return False
        if any(w[:1].isupper() for w in words[1:]) or any(ch.isupper() for ch in words[0][1:]):
            return True  # "Castlegate Homes", "AquaPure", "NRK"
        return bool(re.search(r"[a-z,;]\s+" + re.escape(words[0]) + r"\b", self.text))

    def _mentions(self, pos: int, window: int = 3) -> list[_Mention]:
        """Bodies named as sentence subjects in the few sentences before ``pos``, in order.

        Computed on demand and cached: only a pronoun or a definite description needs
        them, and only near itself.
        """
        i = bisect_right(self._sentence_starts, pos) - 1
        out = []
        for j in range(max(0, i - window), i + 1):
            if j not in self._subjects:
                self._subjects[j] = self._subject_mention(self.sentences[j])
            mention = self._subjects[j]
            if mention is not None and mention.pos < pos:
                out.append(mention)
        return out

    def _subject_mention(self, sent: Sentence) -> _Mention | None:
        """The sentence's subject when it names a body: "The national weather agency has issued ..."."""
        text = self.text
        span = self._main_subject(sent.start, sent.end)
        if not span:
            return None
        phrase = re.split(r",\s*(?:who|which|whose)\b", text[span[0]:span[1]])[0]
        low = phrase.lower()
        bare = re.match(r"(?:the|this|that)\s+(?:same\s+)?(\w+)$", low)
        if low in H.PRONOUN_GROUPS or (bare and (bare.group(1) not in H.PERSON_NOUNS or bare.group(1) in H.ANONYMOUS_NOUNS)):
            return None  # "the ministry" refers back; "the mayor" may be the first mention of a person
        kind, label, grp = classify(phrase, self.registry, self.known)
        if grp == "person":
            return None
        return _Mention(span[0], _strip_det(label), grp, kind, _head(_norm(phrase)), f"{grp}:{label.lower()}", phrase)


def attribute(text: str, sentences: list[Sentence], known: dict[str, tuple[str, str]] | None = None) -> list[Relation]:
    """All attribution relations of the article, content spans in article offsets.

    ``known`` maps lower-case aliases to (name, kind) for outlets the caller knows
    (the editor's sources.yaml); they win over the built-in outlet table.
    """
    ex = _Extractor(text, sentences, known)
    para_ends = [m.start() for m in re.finditer(r"\n", text)] + [len(text)]
    interview = ex.interview()
    interview_spans = [(f.source[0], f.content[1]) for f in interview]
    pending: list[tuple[_Found, _Entity | None]] = []
    for f in interview:
        pending.append((f, ex._resolve(f.phrase, f.source[0])))
    previous: list[_Found] = []
    continuations: list[tuple[_Found, _Entity | None]] = []
    last_entity: _Entity | None = None
    for sent in sentences:
        para_end = para_ends[bisect_right(para_ends, sent.start)] if bisect_right(para_ends, sent.start) < len(para_ends) else len(text)
        if any(a <= sent.start < b for a, b in interview_spans):
            previous = []
            continue
        found = ex.sentence(sent)
        found.sort(key=lambda f: (f.source[0] if f.source else f.cue[0]))
        for f in found:
            entity = ex.resolve(f)
            for relay in f.via:
                if not relay:
                    continue
                relay_ent = ex._resolve(relay, f.cue[0])
                if entity is not None and relay_ent is not entity and relay_ent.label not in entity.via:
                    entity.via.append(relay_ent.label)
            pending.append((f, entity))
            last_entity = entity
        # a quotation after an attributed sentence, with no cue of its own, keeps its speaker
        if not found and previous and text[sent.start] in _QUOTE_OPEN and _continues(text, ex.quotes, previous[-1], sent.start):
            last = previous[-1]
            span = ex.quotes.at(sent.start + 1)
            if span and span[0] == sent.start:
                end = min(span[1], para_end)
                cont = ex._trim(sent.start, end)
                if cont[1] > cont[0]:
                    f = _Found(last.source, last.cue, cont, last.phrase, [], last.cue_label)
                    continuations.append((f, last_entity))
                    found = [f]
        previous = found if found else ([] if "\n" in text[sent.start - 2:sent.start] else previous)
    # a continuation counts only where no other relation claims the quote ('"A. B," he said.')
    for f, entity in continuations:
        if not any(g.content[0] < f.content[1] and f.content[0] < g.content[1] for g, _ in pending):
            pending.append((f, entity))
    pending.sort(key=lambda p: p[0].content[0])
    # "X told Y that he felt Z": a belief of the same speaker inside their own report adds nothing
    pending = [
        (f, e) for f, e in pending
        if not (e is not None and f.source and (f.phrase or "").lower() in H.PRONOUN_GROUPS and any(
            g is not f and e2 is e and g.source and g.source[1] <= g.content[0]
            and g.content[0] <= f.source[0] < g.content[1] and f.content[1] <= g.content[1]
            for g, e2 in pending))
    ]
    relations = []
    for f, entity in pending:
        if entity is None:
            attribution = Attribution(kind="anonymous_source", label="unnamed reports", cue=f.cue_label,
                                      reliability=KIND_RELIABILITY["anonymous_source"], cue_span=f.cue)
        else:
            attribution = Attribution(kind=entity.kind, label=entity.label, via=tuple(entity.via), cue=f.cue_label,
                                      reliability=KIND_RELIABILITY[entity.kind], source_span=f.source,
                                      cue_span=f.cue, entity=entity.key)
        relations.append(Relation(attribution=attribution, content=f.content))
    return _extend_quotes(text, ex.quotes, relations)


def _continues(text: str, quotes: _Quotes, last: _Found, start: int) -> bool:
    """Whether a quote opening at ``start`` goes on from ``last``: same paragraph, or the
    next one when ``last``'s quote was left open at its paragraph's end (news style for a
    quotation over several paragraphs)."""
    gap = text[last.content[1]:start]
    if "\n" not in gap:
        return True
    span = quotes.at(last.content[0] + 1) or quotes.at(last.content[0])
    return bool(span) and text[span[1]:span[1] + 1] == "\n" and gap.count("\n") <= 2


def _extend_quotes(text: str, quotes: _Quotes, relations: list[Relation]) -> list[Relation]:
    """A quote running over several sentences is one content: stretch the relation to its close."""
    out = []
    for rel in relations:
        start, end = rel.content
        span = quotes.at(start)
        if span and span[0] < start <= span[0] + 2 and end < span[1] - 1 and span[1] - end < 1500:
            end = span[1] - 1
            while end > start and text[end - 1] in " ,.\n":
                end -= 1
        out.append(replace(rel, content=(start, end)))
    return out
