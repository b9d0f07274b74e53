"""Which entity a source phrase stands for: people, pronouns, descriptions and relays.

An article names a source once and then refers back to it: "Mariam Osei ... she said",
"the Interior Ministry ... the ministry added", "one of them", "Norvik" for "Norvik
Water", a relative "which" after a newspaper's name. Every attribution of the same
source must point at one entity, so that its via-chain ("carried by MNA") and its
identity (``Attribution.entity``) hold throughout the article.

* ``Coreference`` first indexes every person the article names, in order, with the
  fullest label given and the gender that the title or given name tells, and the
  spokespeople ("Jordi Puig, spokesman for ...") who speak for a body;
* pronouns (by gender where it is known), relatives and definite descriptions ("the
  ministry", "the minister", "the company") resolve to the latest compatible source
  or mention (a body named as a sentence subject shortly before);
* anything else is classified (``classify.py``) and registered as a new entity.

It is apart from the relation finder (``attribute.py``) because it answers a different
question, over the whole article rather than one sentence. It never imports that
module: the one thing it needs from it, the subject of an earlier sentence, is passed
in as a callback.
"""
from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import lru_cache

from .alternation import alternation
from .classify import (
    aliases_in_order,
    _COUNTRY_WORDS,
    _DETERMINER_WORDS,
    _NAME_RUN,
    _PARTICLES,
    _POSSESSOR_SUFFIXES,
    _WORD,
    _bare,
    _by_trade,
    _head,
    _name_in,
    _norm,
    _plural,
    _strip_det,
    classify,
)
from .lexicon import given_names as GN
from .lexicon import heads as H
from .lexicon.roles import PLACES, ROLES
from .lexicon.sources import OUTLETS
from .textscan import _COUNTRY_OF
from .entities import lowered
from .names import fold
from .types import Sentence

#: The titles of those paid to speak for a body: what they say is the body's word (an official statement).
_SPOKES_WORD = (r"(?:[Ss]pokes(?:man|woman|person)|[Pp]ress\s+[Ss]ecretary|[Pp]ress\s+[Oo]fficer|"
                r"[Cc]ommunications\s+[Dd]irector|[Dd]irector\s+of\s+[Cc]ommunications)")
#: What every such title holds, to test for before scanning 300 characters.
_SPOKES_HINTS = ("pokes", "ress secretary", "ress Secretary", "ress officer", "ress Officer", "ommunications")
#: (the body after "for" runs to a comma, or is a name: "a spokesman for Harwick declined to comment on Mr. Quintero's
#: remarks" makes no spokesman of Quintero)
_SPOKES_BEFORE = re.compile(rf"((?:[\w'’\-]+\s+){{0,3}}{_SPOKES_WORD}(?:\s+for\s+[^,.;]+(?=\s*,)|"
                            rf"\s+for(?:\s+(?:the|of|and|&|[A-Z][\w'’.&-]*))+)?)\s*,?\s*(?:[A-Z][\w.]*\s+)*$")
#: A spokesperson's title in the capitalised run before the name ("Foreign Ministry Spokesperson").
_SPOKES_TITLE = re.compile(rf"{_SPOKES_WORD}$")
_SPOKES_AFTER = re.compile(rf"\s*,\s*((?:a|an|the)\s+)?((?:[\w'’\-]+\s+){{0,4}}{_SPOKES_WORD}(?:\s+for\s+[^,.;]+)?)")
#: How a source's own document is named in the sentence where it speaks: "in a statement", "posted a letter" (not
#: "said 31 members had signed a letter", whose letter is theirs).
_ISSUED = (r"\b(?:in|issued|released|posted|sent|wrote|published|put\s+out)\s+(?:a|an|its|his|her|their|the)\s+"
           r"(?:[\w-]+\s+){0,2}")
#: A person's surname and "of" right before a name: "Korver of" in "Representative Dale Korver of Alta Mesa".
_PERSON_OF = re.compile(r"\b([A-Z][\w'’-]+),?\s+of\s+$")
_CARRIED_BY = re.compile(r"\s+(?:carried|broadcast|aired|read|relayed)\s+(?:out\s+)?by\s+(?P<relay>.+)$", re.I)
# Small patterns used on every source phrase, compiled once rather than looked up per call.
_LABEL_WORD = re.compile(r"[\w\-]+\.?")
#: Lower-case words inside a proper name: "Bank *of* Valdoria", "Marks *and* Spencer".
_NAME_JOINERS = frozenset("of for and & de du la le van von".split())
_SPACES = re.compile(r"[\s]+")
#: The word before a relative's noun phrase: "... reported by *the newspaper Halvik Tidning*, which".
_BEFORE_NOUN_PHRASE = re.compile(r"\b(?:by|of|from|with|in|at|on|to|that|and|but|said|says|reported)\s+(?=(?:the|a|an|[A-Z]))")
_NAME_AFTER = re.compile(r"[ \t]+[A-Z][\w'’\-]*(?:[ \t]+[A-Z][\w'’\-]*)*")
_CAPITALISED_RUN = re.compile(r"[A-Z][\w'’\-]*(?:\s+[A-Z][\w'’\-]*)+")
_ARTICLE_PARTICLE = re.compile(r"(?:al|el)-", re.I)
_CAPITAL = re.compile(r"[A-Z]")
_LEADING_CUE = re.compile(r"^(?:[\w'’\-]+\s+)*?(?:said|says|told|added|according\s+to)\s+")
_BARE_DESCRIPTION = re.compile(r"(?:the|this|that)\s+\w+$")
_PERSONAL_POSSESSIVE = re.compile(r"(?:his|her|their)\b", re.I)
_PART_OF_GROUP = re.compile(r"(?:one|two|three|some|several|many|most|each|both|all|another)\s+of\s+(them|those|these|the)"
                            r"(?:\s+(?P<noun>[a-z]+))?$")
#: An outlet named after its description: "The broadcaster, DTV-1".
_DESCRIBED_OUTLET = re.compile(r"[Tt]he\s+([a-z]+),\s+([A-Z][\w.&-]*(?:\s+[A-Z0-9][\w.&-]*){0,3})$")
#: A body's name after the noun for what it is: "the construction company Veltrano Strade", "the airline Skyvane".
_BODY_NAMED = re.compile(r"\b(?P<noun>" + alternation(sorted(H.INSTITUTION_BEFORE_NAME | H.OUTLET_BEFORE_NAME, key=len, reverse=True)) +
                         r")\s+(?P<name>(?:[A-Z][\w'’&-]+)(?:\s+[A-Z][\w'’&-]+){0,3})")
#: The two lower-case words before a body's noun ("state agency" in "the Selmiran state agency SELTA").
#: The verbs a title-case headline capitalises that can only be reports: "Deposits Are Safe, Agency Says".
_HEADLINE_SAYS = frozenset(("Says", "Say", "Said"))
#: A spokesperson's noun and the pronoun it takes ("she" is no spokesman).
_SPOKES_BY_GENDER = {"spokeswoman": "f", "spokesman": "m", "spokesperson": None}
_WORDS_BEFORE = re.compile(r"(?:[a-z][\w-]*\s+){0,2}$")
#: A firm's full name, by its ampersand or its "Co.": "Castell Voss & Co.", "Harlow Tobacco Co.".
_FIRM = re.compile(r"([A-Z][\w'’\-]+(?:\s+[A-Z][\w'’\-]+){0,3})(?:\s+&\s+(?:Co|Company|Sons|Partners)\b\.?|,?\s+Co\.)")
#: Letters in brackets, and the name before them they stand for: "the Continental Press Agency (CPA)".
_LETTERS = re.compile(r"\(([A-Z]{2,6})\)")
_NAME_BEFORE_LETTERS = re.compile(r"([A-Z][\w'’&-]+(?:\s+(?:of|for|and|the|[A-Z][\w'’&-]+)){1,6})\s+$")
#: A single name and what only a person has: "Whitacre's running mate", "Castellane's campaign manager".
_KIN = (r"running\s+mate|wife|husband|doctor|physician|mother|father|son|daughter|brother|sister|children")
_CAMPAIGN_ROLES = r"manager|chairman|chairwoman|chair"
_KIN_OF = re.compile(rf"\b([A-Z][a-z][\w-]+)(?:['’]s\s+(?:{_KIN})|(?:['’]s)?\s+campaign\s+(?:{_CAMPAIGN_ROLES}))\b")
#: What every match of ``_KIN_OF`` holds, to look for before scanning the article for it: these open with a rare
#: character or a literal word, which ``re`` skips to, where ``_KIN_OF`` tries every capital.
_KIN_HINTS = (re.compile(rf"['’]s\s+(?:{_KIN})"), re.compile(rf"campaign\s+(?:{_CAMPAIGN_ROLES})"))
# (not "rival", "lawyer", "supporters": "Apple's rival", "Hamas's supporters", a body's too)
#: Capitalised words that are no one's surname though a person-like noun may follow them.
_NOT_PERSON_WORDS = frozenset(w.lower() for w in H.ORG_NAME_WORDS) | frozenset(GN.PLACE_NAMES_GIVEN) | \
    frozenset(_COUNTRY_OF) | frozenset(PLACES)  # ("Russia's supporters", "Kyiv's mayor")
#: What someone tells in their own name: "according to his account (version, testimony)" is his word.
_TELLINGS = frozenset("account version recollection testimony words view telling".split())
#: The plural of a head noun that does not just add "s": "people" -> "person" (see ``_singular``).
_IRREGULAR_PLURALS = {"people": "person", "men": "man", "women": "woman", "children": "child", "staff": "staff member"}
#: Words that count a group and are no part of what one of it is: "Two senior party officials".
_COUNT_WORDS = frozenset("two three four five six seven eight nine ten several some many a few both dozens of".split())
_ANAPHOR = re.compile(r"(?:[Tt]he|[Tt]his|[Tt]hat)\s+(?:same\s+)?([a-z][\w\-]*(?:\s+[a-z][\w\-]*)?)$")
#: A body described by its home town: "the Hartford-based insurer", "the Marlborough, Mass., maker of office
#: computer systems" (business copy's second mention of the company it named).
_HOMED_BODY = re.compile(r"[Tt]he\s+(?:[a-z]+\s+)?(?:[A-Z][\w'’.]*(?:[\s-][A-Z][\w'’.]*)?-based|"
                         r"[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*)?,\s+[A-Z][\w.]*(?:\s+[A-Z][\w.]*)?,)"
                         r"\s+(?:[a-z][\w-]*\s+){0,2}?(?P<noun>[a-z]+)(?:\s+(?:of|for)\s+[a-z][\w'’\s-]*)?")
#: "The Ambassador", "the Minister": a capitalised title standing for its holder, named before.
_TITLE_ANAPHOR = re.compile(r"(?:[Tt]he)\s+([A-Z][a-z]+)")
#: Small words of a title, not what it names: "Minister *of the* Interior".
_TITLE_GLUE = frozenset("the of for and a an mr mrs ms dr".split())
#: Words that make a title another office than the bare title: "deputy minister", "vice president".
_QUALIFIERS = frozenset("deputy vice assistant former acting junior shadow".split())
_QUALIFIED_TITLE = re.compile(r"\b(?:" + "|".join(sorted(_QUALIFIERS)) + r")\b", re.I)
_SINGLE_NAME = re.compile(r"(?:al-|el-)?[A-Z][\w'’\-]+")
_RELATIVE_CUT = re.compile(r",\s*(?:who|which|whose)\b")
#: The relative after a described member of a group: "a nursing student who asked ...".
_MEMBER_RELATIVE = re.compile(r",|\s+(?:who|whose|which|that)\s")
_BARE_NOUN = re.compile(r"(?:the|this|that)\s+(?:same\s+)?(\w+)$")
#: Definite descriptions of a body that may stand for the story's company or club by name.
_BODY_NOUNS = frozenset("company firm group carmaker maker developer operator bank airline insurer club team league party charity organisation organization"
                         " chain retailer grocer lender utility brewer automaker chipmaker drugmaker refiner thrift railroad".split())
#: An apposition that makes a name a body: "Lindqvist, a closely held Minneapolis investment concern ...".
_BODY_APPOSITION = re.compile(r"(?:a|an|the)\s+(?:[\w-]+\s+){0,5}?(?:" + "|".join(sorted(_BODY_NOUNS | {"concern"})) + r")\b")
#: What a company does, in a description by its home town: "the Tulsa-based driller" (never a person there).
_TRADE_NOUNS = frozenset("""driller producer publisher manufacturer brokerage conglomerate distributor supplier shipper
    builder homebuilder steelmaker miner concern studio reinsurer carrier broadcaster exporter importer processor
    packer marketer wholesaler operator owner investor""".split())
#: A participle right before a name (and its titles): the name is what it acts on ("investigating Mayor Ilse Darrow").
_ACTED_ON = re.compile(r"\b(?!(?:including|during|according|following)\s)[a-z]+ing\s+(?:[A-Z][\w.'’-]*\s+)*$")
#: Last words of a company's name: "Lindqvist Group Inc.", "Ostermann Brewing Co.".
_COMPANY_ENDINGS_LIST = ("inc co corp corporation group ltd plc llc holdings industries brewing brewery breweries "
                         "partners bancorp company").split()
_COMPANY_ENDINGS = frozenset(_COMPANY_ENDINGS_LIST)
# The two patterns below scan whole articles. Each opens with its first letter rather than with ``\b``, so that ``re``
# skips straight to the letters that can start a match (as ``_NAME_RUN`` does); ``(?<!\w.)`` right after that letter
# is the ``\b`` before it.
#: A surname after an honorific: "Mr. Ostermann" (``\b(?:Mr|Mrs|Ms|Dr)\.?\s+...``).
_HONORIFIC_NAME = re.compile(r"(?:M(?<!\w.)(?:r|rs|s)|D(?<!\w.)r)\.?\s+([A-Z][\w'’-]*)")
#: A company's name: capitalised words ending in a company word ("Ostermann Brewing Co.", "Lindqvist Group Inc."),
#: not opening with "The", "A" or "An" (``\b(?!(?:The|A|An)\s)[A-Z]...``).
_COMPANY_NAME = re.compile(r"[A-Z](?<!\w.)(?!(?<=T)he\s|(?<=A)n?\s)[\w'’-]*(?:\s+(?:&\s+)?[A-Z][\w'’.-]*){0,2}\s+(?:&\s+)?(?:" +
                           "|".join(sorted(w.capitalize() for w in _COMPANY_ENDINGS_LIST)) + r")\b\.?")
#: Nouns that stand for any company named before: "the concern", "the company".
_GENERIC_COMPANY_NOUNS = frozenset("company concern firm".split())
#: A company's governing body or its results, named by the company's short name: "Crandall's board", "Tallmadge's
#: operating profit" (what the company itself reports on).
_ORGAN_OF = re.compile(r"([A-Z][\w&-]*)['’]s\s+(?:board|directors|management|(?:[\w-]+\s+){0,2}"
                       r"(?:profit|profits|earnings|revenue|revenues|sales|income|loss|losses))\b")
#: A body's proper name right before an apposition that describes it: "the Citizens Utility Board of Central New
#: York, a (consumer group)".
#: A name set off by commas right after a noun: "Her utility, Wheatland Power & Light, is seeking".
_NAME_SET_OFF_AFTER = re.compile(r",[ \t]+([A-Z][\w'’.-]*(?:[ \t]+(?:&[ \t]+|of[ \t]+)?[A-Z][\w'’.-]*)*),")
_NAME_BEFORE_APPOSITION = re.compile(r"\b([A-Z][\w&'’.-]*(?:\s+(?:(?:of|for|and|&|the|on)\s+)*[A-Z][\w&'’.-]*)*),\s+(?:a|an|the)\s+$")
#: A verb right after a capitalised word: the word is a clause's subject ("the agency Congress created").
_VERB_AFTER_NAME = re.compile(r"[ \t]+(?:[a-z]+ed|set up|made|gave|built|chose|picked|named|hired)\b")
_PREFIX_STOP = frozenset(
    """in of on at by to and or that with from for as is was has had be been were are when while if after before
    because where than since said says told but so which who""".split()
)


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


#: Any person noun, also as part of a longer word: a sentence without a match names no one by role.
_PERSON_NOUN_PART = re.compile(alternation(sorted(H.PERSON_NOUNS, key=len, reverse=True)))

_HEADS_RE: dict[tuple[str, ...], re.Pattern] = {}


def _heads_re(heads: tuple[str, ...]) -> re.Pattern:
    """The head nouns as whole words, for lower-cased text (the words are lower case).

    Compiled once per set of heads and kept, as ``re`` keeps its compiled patterns: it
    depends on the lexicon only, not on any article.
    """
    pattern = _HEADS_RE.get(heads)
    if pattern is None:
        pattern = _HEADS_RE[heads] = re.compile(r"\b" + alternation(sorted(heads, key=len, reverse=True)) + r"\b")
    return pattern


_HEADS_RE_I: dict[tuple[str, ...], re.Pattern] = {}


def _heads_re_i(heads: tuple[str, ...]) -> re.Pattern:
    """``_heads_re`` ignoring case, for text that lower-casing would shift (see ``entities.lowered``)."""
    pattern = _HEADS_RE_I.get(heads)
    if pattern is None:
        pattern = _HEADS_RE_I[heads] = re.compile(_heads_re(heads).pattern, re.I)
    return pattern



@lru_cache(maxsize=4096)
def _member_noun(head: str) -> bool:
    """Whether a head names who speaks for a body, not the body: "spokesman", "staff", "lawyer"."""
    return head in H.SPOKES_NOUNS or head in _MEMBER_NOUNS or head.rstrip("s") in _MEMBER_NOUNS


#: Those who work for a body, apart from its spokespeople: "the board's staff" is not "the board".
_MEMBER_NOUNS = frozenset("staff lawyer attorney counsel adviser advisor aide official executive".split())


@lru_cache(maxsize=4096)
def _label_words(label: str) -> frozenset[str]:
    """The words of an entity's label, lower case and without a plural "s", for definite descriptions (an abbreviated
    title as its full word: "Gov. Lydia Carrow" is "the governor")."""
    words = [w.lower().rstrip("s") for w in _WORD.findall(label)]
    return frozenset(words + [H.TITLE_ABBREVIATIONS[w.rstrip(".")] for w in words if w.rstrip(".") in H.TITLE_ABBREVIATIONS])


def _runs_by_sentence(text: str, starts: list[int]):
    """The (start, end) of each run of capitalised words, cut where a sentence starts inside it: "April. Greer" is the
    month that ends one sentence and the surname that opens the next, "Measure R. Asked" a name and the word that opens
    the next sentence (``starts``: the sentences' starts, sorted; a title's or an initial's full stop is kept, as the
    sentence splitter keeps it: "Sgt. Ray Kowalczyk", "John F. Kerry")."""
    for m in _NAME_RUN.finditer(text):
        start, end = m.start(), m.end()
        i = bisect_right(starts, start)
        while i < len(starts) and starts[i] < end:
            cut = text.rfind(".", start, starts[i])  # the full stop that ends the sentence before
            if cut > start:
                yield start, cut + 1
            start = starts[i]
            i += 1
        yield start, end


def _ends_in_a_body_word(run: str, window: str) -> bool:
    """Whether a run of capitalised words ends in a word of a body's or a place's name ("the Korean firm Daon Energy",
    "the Czech Republic"), so that ``_index_people`` finds no one in it: ``_name_in`` ends no person's name with such a
    word, and a name it finds earlier in the ``window`` (the words before the run, then the run) is not the run's.

    Judged only without a possessive in the window (which ``_name_in`` cuts the run at) and without a full stop inside
    the run (which may end a sentence there, and make a name of the words before it).
    """
    if "'" in window or "’" in window or "." in run[:-1]:
        return False
    last = _bare(run.rsplit(None, 1)[-1])
    return (last in H.ORG_NAME_WORDS or last in _COUNTRY_WORDS) and last not in _PARTICLES


#: The apposition right after a name: "Leonard J. Voigt, *Ashworth's chairman and chief executive*, said".
_APPOSED_AFTER = re.compile(r"[^,;\n]{2,40}?,\s+([^,.;\n]{3,80})")
#: A town set off before a name: what follows is the town's region or country ("in Humacao, Puerto Rico").
_AFTER_A_PLACE = re.compile(r"\b(?:in|at|near|from|outside)\s+[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?,\s+$")


def _title_case(line: str) -> bool:
    """Whether a line capitalises nearly all its longer words, as a title-case headline does."""
    words = [w for w in line.split() if len(w) > 3 and w[:1].isalpha()]
    return len(words) >= 4 and sum(w[:1].isupper() for w in words) >= 0.8 * len(words)


def _gender(label: str) -> str | None:
    words = [w.lower() for w in _LABEL_WORD.findall(label)]
    for w in words:
        if w in GN.FEMALE_TITLES:
            return "f"
        if w in GN.MALE_TITLES:
            return "m"
    # a given name, not a surname that is one elsewhere: "Hanne Rolf" is no man, "Sarah Gordon" a woman
    surnames = set()
    for part in label.split(","):
        names = [w.lower() for w in _LABEL_WORD.findall(part) if w[:1].isupper()]
        if len(names) >= 2:
            surnames.add(names[-1])
    for w in words:
        if w in surnames:
            continue
        w = w.rstrip(".")
        if w in GN.FEMALE:
            return "f"
        if w in GN.MALE:
            return "m"
    return None


@lru_cache(maxsize=4096)
def _surname(name: str) -> str:
    """The last part of a name, folded, that is no particle ("van", "de"): the key people are known by (cached: the
    same names are asked about again and again)."""
    parts = [p for p in _SPACES.split(name) if _bare(p) not in _PARTICLES]
    return fold(parts[-1]).strip(".") if parts else fold(name)

@lru_cache(maxsize=4096)
def _given(name: str) -> str | None:
    """The given name of a full name ("Aarne" of "Aarne Kallio"), or None for a bare or titled surname."""
    parts = [p for p in _SPACES.split(name) if _bare(p) not in _PARTICLES and p.rstrip(".").lower() not in H.TITLE_WORDS]
    return fold(parts[-2]).strip(".") if len(parts) >= 2 else None


def _person_key(reg: "_Registry", name: str, surname: str, known_only: bool = False) -> str:
    """The registry key of a named person: the surname, or "given surname" for a second person of that
    surname ("her son, Aarne Kallio" in Edda Kallio's obituary is not Edda Kallio).

    ``known_only``: give the longer key only when that person was indexed (resolving a source phrase).
    """
    given = _given(name)
    if given is None:
        return surname
    key = f"{given} {surname}"
    if key in reg.people:
        return key
    first = reg.people.get(surname)
    if known_only or first is None:
        return surname
    first_given = _given(_name_in(first)[0]) if _name_in(first) else None
    return key if first_given is not None and first_given != given else surname


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
        best = fitting = None
        for p, surname, label in self.person_mentions:
            if p >= pos:
                break
            known = self.genders.get(surname)
            if gender and known and known != gender:
                continue
            best = (p, surname, label)
            if gender and known == gender:
                fitting = best
        if best is not None and fitting is not None and best is not fitting and best[0] - fitting[0] < 250 and \
                len(best[2].split()) == 1:
            # "Elena Sorrell ... said Whitacre could not name a cut ..., she said": her, not the surname of no known sex
            return fitting
        return best



# ----------------------------------------------------------------------------- the resolver


#: A document of a body named before: "preliminary data of the ministry", "figures from the agency".
_DOCUMENT_OF_BODY = re.compile(r"(?:the\s+|an?\s+)?(?:[\w-]+\s+){0,2}?(?:data|figures|estimates?|count|records|statistics)\s+"
                               r"(?:(?:compiled|collected|gathered|published|released)\s+)?(?:of|from|by)\s+(?P<author>the\s+[a-z][\w-]*(?:\s+[a-z][\w-]*)?)"
                               r"(?:\s+(?:last|this|on|in)\s+[\w-]+)?$")
#: A body's own document named by the body: "the company's filing", "the ministry's statement".
_BODYS_DOCUMENT = re.compile(r"(?P<author>the\s+(?:company|ministry|agency|department|commission|council|utility|board|"
                             r"firm|bank|court|union|district|city|county|office))['’]s?\s+(?:\w+\s+)?"
                             r"(?P<doc>filing|statement|report|letter|submission|application|website|announcement|release)")
#: What the two patterns above need besides "the ": a document's word or a possessive (to test before either is tried).
_DOCUMENT_HINTS = ("data", "figures", "estimate", "count", "records", "statistics", "'", "’")
#: A newspaper's name in running text ("the Halden Courier"), for "the newspaper" or "the paper" later on.
_PAPER_NOUNS = frozenset("newspaper paper daily weekly tabloid".split())
_PAPER_NAME = re.compile(r"((?:[A-Z][\w'’-]*\s+){1,3}(?:" + "|".join(sorted((w.capitalize() for w in H.NEWSPAPER_ENDINGS),
                                                                            key=len, reverse=True)) + r"))\b")
#: The agency a dateline names: "(Transglobe)", "/KIRTAG/" (as ``attribute`` reads it).
_FILED_BY = re.compile(r"[(/]([A-Z][\w\-]+(?:\s+[A-Z][\w\-]+){0,2})[)/]")
#: Someone who speaks for a body the story named before: "spokeswoman for the centre", "a source at the ministry".
_OF_THE_BODY = re.compile(r"(?P<who>.+?\b(?:for|of|at|from|in)\s+)the\s+(?P<noun>[a-z]+)$")
#: Documents that stand for the one who issued them, named in the sentence before: "The statement added ...".
_DOCUMENT_NOUNS = frozenset("statement post letter email".split())
#: Papers a body issues, after its bare name: "a Thornbury filing with the SEC" is Thornbury's, not Thornbury.
_PAPERS_OF = _DOCUMENT_NOUNS | frozenset("""filing filings report reports memo memos document documents records figures
    data study survey release complaint suit lawsuit""".split())
#: Words that tell one ministry or minister from another ("foreign", "defence").
_PORTFOLIO_WORDS = frozenset(
    """foreign interior finance defence defense justice health energy economy trade transport education culture
    environment agriculture labour labor water emergencies""".split())


def _outlet_nouns(e: "_Entity") -> set[str]:
    """The common nouns an outlet entity answers to: a newspaper's name ("... Gazette") makes it "the
    newspaper", a news agency's kind makes it "the agency"."""
    last = e.label.split()[-1].lower() if e.label.split() else ""
    nouns = set()
    if last in H.NEWSPAPER_ENDINGS:
        nouns |= {"newspaper", "paper"}
    if e.kind == "news_agency":
        nouns.add("agency")
    return nouns


def _name_stems(names) -> frozenset[str]:
    """The words of names as a mention's words are compared with a description's nouns: lower case, no plural s."""
    return frozenset(w.lower().rstrip("s") for name in names for w in _WORD.findall(name))


#: Words a mention's label may hold that its sentence need not: an outlet's name from the lexicon ("AFP" is Agence
#: France-Presse), and the "at" of "lawyers at the firm Harrow Pell".
_LEXICON_LABEL_STEMS = _name_stems(name for name, _ in OUTLETS.values()) | {"at"}
#: The caller's outlet table and the words of its names (see ``_LEXICON_LABEL_STEMS``), replaced whole per table.
_KNOWN_LABEL_STEMS: list = [(None, frozenset())]


def _head_stems(heads) -> set[str]:
    """Head nouns without a plural s, as mention words are compared."""
    return {h.rstrip("s") for h in heads}


def _body_named_inside(label: str, heads) -> str | None:
    """A proper name inside a longer label that ends in one of ``heads``: "Scientists at the
    *Sorra Volcano Observatory*" for "the observatory"."""
    for m in _CAPITALISED_RUN.finditer(label):
        if m.start() > 0 and m.group().split()[-1].lower().rstrip("s") in _head_stems(heads) and len(m.group().split()) > 1:
            return m.group()
    return None


def _singular(noun: str) -> str:
    """ "officials" -> "official", "people" -> "person", "witnesses" -> "witness", "deputies" -> "deputy"."""
    if noun in _IRREGULAR_PLURALS:
        return _IRREGULAR_PLURALS[noun]
    if noun.endswith("ies") and len(noun) > 4:
        return noun[:-3] + "y"
    if noun.endswith(("sses", "shes", "ches", "xes")):
        return noun[:-2]
    return noun[:-1] if noun.endswith("s") and not noun.endswith("ss") else noun


class Coreference:
    """The entities of one article, and what each later source phrase refers to.

    ``in_quote(pos)`` tells whether a position lies inside a quotation (a name quoted is
    not a mention); ``main_subject(start, limit)`` gives the span of a clause's subject,
    for the bodies named as sentence subjects that descriptions may refer back to.
    """

    def __init__(self, text: str, sentences: list[Sentence], known,
                 in_quote: Callable[[int], bool], main_subject: Callable[[int, int], tuple[int, int] | None]):
        self.text = text
        self.low = lowered(text)
        self.sentences = sentences
        self.known = known
        self.aliases = aliases_in_order(known) if known else None
        self._in_quote = in_quote
        self._main_subject = main_subject
        self.registry = _Registry()
        self._by_span: dict[tuple[int, int], _Entity] = {}
        self._sentence_starts = [s.start for s in sentences]
        self._subjects: dict[int, _Mention | None] = {}
        self._passed_over: set[int] = set()  # sentences whose subjects a description did not need (see ``_mentions``)
        self._subject_phrases: dict[int, tuple[int, str, str] | None] = {}  # see ``_subject_words``
        self._person_nouns: dict[int, bool] = {}
        self._apposed: tuple[dict[int, str], dict[str, dict[str, int]]] | None = None  # see ``_apposed_titles``
        self._headline_end = text.find("\n") if "\n" in text else len(text)  # the first line: a headline's words
        self._bodies: dict[str, tuple[str, str, str]] | None = None  # see ``_introduced_names``
        self._misters: set[str] | None = None  # see ``_honoured_names``
        self._companies: dict[str, list[tuple[int, str]]] | None = None  # see ``_company_index``
        # the names a dateline gives as its agency ("VELLMAR, Nov 18 (Transglobe) -"): read once, asked of every bare name
        self._dateline_agencies = {m.group(1) for m in _FILED_BY.finditer(text, 0, 300)}
        self._index_people()

    # -- people ------------------------------------------------------------------------

    def _index_people(self) -> None:
        """Every person named in the article, in order, for pronouns and bare surnames."""
        text = self.text
        reg = self.registry
        if ("'s " in text or "’s " in text or " campaign " in text) and any(h.search(text) for h in _KIN_HINTS):
            # a surname the story never gives in full, known by what only a person has: "Whitacre's running mate",
            # "Castellane's campaign manager" (a live blog's candidates, named by surname alone)
            for m in _KIN_OF.finditer(text):
                bare = _bare(m.group(1))
                if bare not in reg.people and bare not in _NOT_PERSON_WORDS and not self._in_quote(m.start()):
                    reg.people[bare] = m.group(1)
        # a headline in title case ("Bellamy Food Stores Gets $2.1 Billion Buyout Offer") capitalises every word: its
        # runs name no one the story does not name again
        skip_to = self._headline_end if _title_case(text[:self._headline_end]) else 0
        for run_start, run_end in _runs_by_sentence(text, self._sentence_starts):
            if run_start < skip_to:
                continue
            token = text[run_start:run_end]
            single = " " not in token and "\t" not in token
            if single:
                # one capitalised word: a name only after a title or role word, or when it is
                # a given name or a surname already seen (cheap tests, before the full one; most runs are one word)
                bare = _bare(token)
                if not (bare in reg.people or bare in GN.FEMALE or bare in GN.MALE or
                        self._after_role_word(run_start) or _ARTICLE_PARTICLE.match(token)):
                    continue
            if _AFTER_A_PLACE.search(text, max(0, run_start - 40), run_start):
                continue  # (nor is a region after a town: "the plant in Humacao, Puerto Rico")
            if single and bare in reg.people and not self._in_quote(run_start):
                reg.person_mentions.append((run_start, bare, reg.people[bare]))  # "Quint plans ...": a known surname
                continue
            of_person = _PERSON_OF.search(text, max(0, run_start - 30), run_start) if text.startswith(
                "of ", run_start - 3) else None
            if of_person and _bare(of_person.group(1)) in reg.people:
                continue  # "Representative Dale Korver of Alta Mesa": where he is from, not a second person
            line_start = text.rfind("\n", 0, run_start) + 1
            chunk_start = max(line_start, run_start - 30)
            phrase = text[chunk_start:run_end]
            if _ends_in_a_body_word(token, phrase):
                continue
            found = _name_in(phrase, possessive=True)
            if found and chunk_start + found[2] < run_start - 1:
                # the window reached back to an earlier name ("Maren Kovalic was leading President
                # Adrian Volk"): read it again from that name's end
                name_end = phrase.find(found[0], found[2])
                gap = text[chunk_start + name_end + len(found[0]):run_start].lower().split() if name_end >= 0 else []
                if name_end >= 0 and not (gap and gap[-1] in ("the", "a", "an")):  # not "the Porthallow Fishermen's Association"
                    chunk_start += name_end + len(found[0])
                    phrase = text[chunk_start:run_end]
                    found = _name_in(phrase, possessive=True)
                elif name_end >= 0:
                    # "leads the Forward Party's Irene Castellane": the run alone, whose name follows its possessor
                    # (not the possessor itself: "the Porthallow Fishermen's Association" names no one)
                    after = _name_in(text[run_start:run_end], possessive=True)
                    if after and after[2] > 0:
                        chunk_start, phrase, found = run_start, text[run_start:run_end], after
            if not found:
                continue
            name, label, start = found
            if chunk_start + start < run_start - 1:
                continue
            if self._in_quote(run_start):
                self._quoted_person(name)
                continue
            surname = _surname(name)
            if len(surname) < 2:
                continue
            label = _strip_det(label)
            single = len([t for t in name.split() if _bare(t) not in _PARTICLES]) < 2
            surname = _person_key(reg, name, surname)
            if surname not in reg.people:
                if single and not _CAPITAL.search(label[: max(0, len(label) - len(name))]) and not (
                        surname in GN.FEMALE or surname in GN.MALE):
                    # a lone surname with no title: count it only once it is known
                    continue
                reg.people[surname] = label
            elif not single and len(reg.people[surname].split()) < 2:
                reg.people[surname] = label
            gender = _gender(label) or _gender(text[max(line_start, chunk_start - 10):run_start])
            if gender and surname not in reg.genders:
                reg.genders[surname] = gender
            reg.person_mentions.append((chunk_start + start, surname, reg.people[surname]))
            if surname not in reg.spokes:
                line_end = text.find("\n", run_end)
                before = text[max(line_start, run_start - 300):run_start]  # bounded: a long paragraph
                after = text[run_end: min(run_end + 300, line_end if line_end >= 0 else len(text))]  # was quadratic
                # both patterns need the word "spokes...": test for it before scanning 300 characters
                b = _SPOKES_BEFORE.search(before) if any(h in before for h in _SPOKES_HINTS) else None
                a = _SPOKES_AFTER.match(after) if any(h in after for h in _SPOKES_HINTS) else None
                # or a title in the name's own run: "Foreign Ministry Spokesperson Teodor Halas"
                titled = text[run_start:chunk_start + start].strip()
                if titled and _SPOKES_TITLE.search(titled):
                    reg.spokes[surname] = f"{name}, {titled.replace('Spokes', 'spokes')}"
                elif b or a:
                    role = _strip_det((b.group(1) if b else a.group(2)).strip())
                    role = _LEADING_CUE.sub("", role)
                    reg.spokes[surname] = f"{name}, {role}"

    def _after_role_word(self, run_start: int) -> bool:
        """Whether the word before ``run_start`` is a title or a role ("Minister", "coach"): a lone capitalised word
        after it may be a surname."""
        prev = self.text[max(0, run_start - 20):run_start].rsplit(None, 1)[-1:]  # ``split()[-1:]``
        prev = prev[0].lower().rstrip(".,") if prev else ""
        return prev in H.TITLE_WORDS or prev in H.PERSON_NOUNS

    def _quoted_person(self, name: str) -> None:
        """A full name said only inside a quote ('"Tobias Renfrew came here to introduce himself"'): no mention of
        him by the story, but what a bare "Renfrew" later stands for. Only two words that name no body or place
        count (a quoted "Terra di Bari" is a place)."""
        words = name.split()
        if len(words) != 2 or not words[1][:1].isupper() or not words[1].isalpha():
            return
        given, surname = words[0].lower(), _bare(words[1])
        if given in _NOT_PERSON_WORDS or surname in _NOT_PERSON_WORDS or len(surname) < 3:
            return
        reg = self.registry
        if surname not in reg.people:
            reg.people[surname] = name
            gender = _gender(name)
            if gender:
                reg.genders.setdefault(surname, gender)

    # -- resolution ---------------------------------------------------------------------

    def resolve_source(self, phrase: str | None, source: tuple[int, int] | None, cue_start: int) -> _Entity | None:
        """The entity of a relation's source phrase (``source`` its span, if it has one);
        the same span always gives the same entity."""
        if phrase is None:
            return None
        pos = source[0] if source else cue_start
        if source in self._by_span:
            return self._by_span[source]
        if phrase.lower() in ("which", "who") and source:
            # the relative stands for the noun phrase before its comma: "... newspaper Halvik Tidning, which"
            comma = self.text.rfind(",", 0, source[0])
            sent_start = max(self.text.rfind("\n", 0, comma), self.text.rfind(". ", 0, comma)) + 1
            head = self.text[sent_start:comma]
            cuts = list(_BEFORE_NOUN_PHRASE.finditer(head))
            if cuts and cuts[-1].group().startswith("of") and _name_in(head[:cuts[-1].start()]):
                head = head[:cuts[-1].start()]  # "Sen. Tobias Lindqvist of North Kessick, who": the senator
            head = _BEFORE_NOUN_PHRASE.split(head)[-1]
            if head.strip():
                phrase = head
        entity = self.resolve(phrase, pos)
        if source:
            self._by_span[source] = entity
        return entity

    def remember(self, source: tuple[int, int], entity: _Entity) -> None:
        """Let a source span stand for an entity the caller resolved (``resolve_source`` then gives it)."""
        self._by_span[source] = entity

    def resolve(self, phrase: str, pos: int) -> _Entity:
        """The entity a source phrase at ``pos`` stands for (a relay, a pronoun, a name...)."""
        entity = self._resolve_phrase(phrase, pos)
        if not (phrase.lower() in H.PRONOUN_GROUPS or _BARE_DESCRIPTION.match(phrase.lower())):
            entity.words |= {w.lower().rstrip("s") for w in _WORD.findall(phrase) if not w.endswith(_POSSESSOR_SUFFIXES)}
        return entity

    def _resolve_phrase(self, phrase: str, pos: int) -> _Entity:
        reg = self.registry
        norm = _norm(phrase)
        low = norm.lower()
        office = H.OFFICE_PHRASES.get(low.removeprefix("the "))
        if office:
            norm, low = f"the {office}", f"the {office}"  # "the head of state" is the president named before
            if len(office.split()) > 2:
                holder = self._definite(office, pos)
                if holder is None and pos < self._headline_end:  # a headline's "CFO says ...": the one named later
                    named = self._titled_holder(office, headline=True)
                    holder = reg.person_entity(named[0], named[1], pos) if named else None
                if holder is not None:
                    return holder  # "the CFO": the chief financial officer named before
        # relays and carried statements: "A ministry statement carried by MNA"
        carried = _CARRIED_BY.search(norm) if "by" in low else None  # "carried by X" needs its "by"
        if carried and not _PERSONAL_POSSESSIVE.match(carried.group("relay")):
            ent = self.resolve(norm[: carried.start()], pos)
            relay = self.resolve(carried.group("relay"), pos)
            if relay.label not in ent.via and relay is not ent:
                ent.via.append(relay.label)
            return ent
        named_outlet = _DESCRIBED_OUTLET.match(norm)
        if named_outlet and named_outlet.group(1).lower() in H.OUTLET_NOUNS:
            described = self._definite(named_outlet.group(1).lower(), pos)
            if described is not None and described.kind == "state_media":
                # "the country's state broadcaster ... The broadcaster, DTV-1, said": the state's outlet, now named
                described.label, described.pos = named_outlet.group(2), pos
                return described
        member, _, described = norm.partition(",")
        if _SINGLE_NAME.fullmatch(norm) or (_SINGLE_NAME.fullmatch(member) and _BODY_APPOSITION.match(described.strip())):
            # business copy names the man "Mr. Lindqvist" and the company "Lindqvist": a bare surname shared by both
            # is the company ("Lindqvist, a closely held investment concern, said"; "Ostermann said its board ...")
            body = self._company_named(member, pos, bool(described))
            if body is not None:
                return body
        if described and _PART_OF_GROUP.match(member.lower()) and described.strip().lower().startswith(("a ", "an ")):
            # "One of them, a 24-year-old nursing student who asked that her name not be used": the one described
            return self._resolve_phrase(_MEMBER_RELATIVE.split(described.strip(), maxsplit=1)[0], pos)
        part = _PART_OF_GROUP.match(low)
        if part and part.group(1) == "the" and not part.group("noun"):
            part = None
        if part:
            group_ent = self._pronoun("plural", "they", pos)
            noun = part.group("noun")
            if noun and noun not in ("people", "men", "women") and (
                    group_ent is None or _singular(group_ent.head or "") != _singular(noun)):
                group_ent = None  # "one of the aides" is one of the aides named before, not of any group
            if group_ent is not None:
                if low.startswith(("one ", "another ", "each ")) and group_ent.group == "anonymous" and _plural(group_ent.head):
                    return self._member(group_ent, pos)  # "one of those people": a person familiar with the talks
                return group_ent  # "one of them": a member of the group named before
            if part.group(1) != "the":
                low = "they"  # (no group named before: "they" finds what it can)
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
                if _head(noun) in ("office", "team", "staff", "spokesman", "spokeswoman", "spokesperson", "lawyer", "aide", "aides",
                                   "family") or (_head(noun) == "account" and low.startswith(("its ", "their "))):
                    # ("its rapid-response account posted": the body's own feed)
                    # (a lawyer speaks as a person; aides, unnamed, are anonymous sources: "her aides")
                    kind = "named_person" if _head(noun) in ("lawyer",) else \
                        "anonymous_source" if _head(noun) in ("aide", "aides") else "official_statement"
                    grp = {"official_statement": "official", "anonymous_source": "anonymous"}.get(kind, "person")
                    label = f"{noun} of {owner.label}" if kind != "named_person" else noun
                    return reg.add(_Entity(key=f"{grp}:{label.lower()}", label=label, kind=kind, group=grp, head=_head(noun), pos=pos))
                if owner.group == "person" and _head(noun) in _TELLINGS:
                    return owner  # "According to his account": the man himself
        document = _DOCUMENT_OF_BODY.match(norm) or _BODYS_DOCUMENT.fullmatch(norm) \
            if "the " in norm and any(h in norm for h in _DOCUMENT_HINTS) else None
        if document:
            # "preliminary data of the ministry", "the company's filing": the ministry's, the company's own word
            author = self.resolve(document.group("author"), pos)
            if document.re is _DOCUMENT_OF_BODY:
                return author
            if author.group == "official" and author.label[:1].isupper():
                # (the document keeps its name: "Lakeland Power & Light filing", as the story would say it)
                label = f"{author.label} {document.group('doc')}"
                return reg.add(_Entity(key=f"official:{label.lower()}", label=label, kind=author.kind, group="official",
                                       head=document.group("doc"), pos=pos))
        homed = _HOMED_BODY.fullmatch(norm)
        if homed and (homed.group("noun") in _BODY_NOUNS or homed.group("noun") in _TRADE_NOUNS):
            # "the Hartford-based insurer", "the Marlborough, Mass., maker of office computer systems": the company
            noun = homed.group("noun")
            ent = self._definite(noun if noun in _BODY_NOUNS else "company", pos)
            if ent is not None and ent.group == "official":
                return ent
        if pos < self._headline_end and (low in _BODY_NOUNS or low in H.INSTITUTION_NOUNS) and \
                not self.text.startswith(":", pos + len(phrase)):  # ("Commission: ..." opens the headline it speaks)
            # "Kittredge Steel to Close Port Addison Works, Company Says": the company the lead goes on to name
            lead = next((s for s in self.sentences if s.start > self._headline_end), None)
            ent = self._definite(low, lead.end) if lead is not None else None
            if ent is not None and ent.group == "official" and ent.label not in self.text[:self._headline_end]:
                ent.pos = pos  # (where it was last named stays the lead's: the headline comes first)
                return ent
        anaphor = _ANAPHOR.match(norm) or _TITLE_ANAPHOR.fullmatch(norm)
        if anaphor and not _name_in(norm) and (anaphor.re is _ANAPHOR or anaphor.group(1).lower() in H.PERSON_NOUNS):
            ent = self._definite(anaphor.group(1).lower(), pos)
            if ent:
                return ent
        if self.known:
            for _alias, (name, kind) in self.aliases.found(low):
                if not (_name_in(norm) and "correspondent" not in low and any(w in H.PERSON_NOUNS for w in low.split())):
                    return reg.add(_Entity(key=name.lower(), label=name, kind=kind, group="outlet", head=_head(norm), pos=pos))
        same_name = [e for e in reg.entities if e.group == "outlet" and e.label == norm]
        if same_name:
            same_name[0].pos = pos
            return same_name[0]  # "Trackside" after "the sports website Trackside": the outlet named before
        kind, label, grp = classify(phrase, reg, self.known)
        if (grp == "anonymous" or (grp == "official" and not _name_in(norm))) and (_head(norm) in H.TITLE_WORDS or (
                pos < self._headline_end and _head(norm) in H.PERSON_NOUNS)) and \
                not low.startswith(("a ", "an ", "one ")):  # ("Comptroller:" in a headline: a bare title; "as agent says")
            holder = self._titled_holder(norm, headline=pos < self._headline_end)
            if holder:
                return reg.person_entity(holder[0], holder[1], pos)
        if grp == "official" and set(low.replace(",", " ").split()) & H.SPOKES_NOUNS:
            person = _name_in(norm)
            if person:
                surname = _surname(person[0])
                reg.spokes.setdefault(surname, label)
                return reg.person_entity(surname, label, pos)
        introduced = self._introduced_names().get(_strip_det(norm)) if grp in ("person", "official") else None
        if introduced and introduced[2] != grp and (grp == "person" or introduced[2] == "outlet"):
            # "the construction company Veltrano Strade ... Veltrano Strade said", "the sports website Trackside ...
            # Trackside said", "Continental Press Agency (CPA) ... CPA reported": what the story named it as
            i_kind, i_label, i_grp = introduced
            return reg.add(_Entity(key=f"{i_grp}:{i_label.lower()}", label=i_label, kind=i_kind, group=i_grp,
                                   head=_head(i_label), pos=pos))
        if grp == "person" and " " in norm and norm == label and reg.person_label(_surname(norm)) in (None, norm):
            body = self._company_opening(norm, pos)
            if body is not None:
                return body  # "Corliss Hanley plans to decide": Corliss Hanley Partners, never a person in the story
        if grp == "person":
            person = _name_in(norm)
            surname = _surname(person[0]) if person else _surname(_norm(label))
            if person:
                surname = _person_key(reg, person[0], surname, known_only=True)
            fuller = reg.person_label(surname)
            if fuller and (len(fuller) > len(label) or len(label.split()) < 2):
                label = fuller
            return reg.person_entity(surname, label, pos)
        if grp == "official" and _SINGLE_NAME.fullmatch(norm):
            fuller = reg.person_label(_surname(norm))
            if fuller:
                return reg.person_entity(_surname(norm), fuller, pos)
            # a bare name seen before as part of a longer one: "Norvik" -> "Norvik Water"
            for ent in reversed(reg.entities):
                # (not a possessor's person: "Renfrew communications director, Priya Lanford" is no "Renfrew")
                # (nor a document of it: "a Thornbury filing with the Securities and Exchange Commission")
                # (a label that does not open with the name is passed over before any pattern is built for it)
                if not (ent.group in ("official", "outlet") and ent.label.startswith(norm)):
                    continue
                modifier = re.match(rf"{re.escape(norm)}\s+([a-z]+)", ent.label)
                if re.match(rf"{re.escape(norm)}\b", ent.label) and not (
                        modifier and (_head(ent.label.split(",")[0]) in H.PERSON_NOUNS or
                                      modifier.group(1) in _PAPERS_OF)):
                    ent.pos = pos
                    return ent
            if norm in self._dateline_agencies:
                # the agency the story's dateline names: "VELLMAR, Nov 18 (Transglobe) - ... Transglobe reported"
                return reg.add(_Entity(key=f"outlet:{norm.lower()}", label=norm, kind="news_agency", group="outlet",
                                       head=_head(norm), pos=pos))
            window = self.text[max(0, pos - 3000):pos]  # (bounded: a long text of names stays linear)
            # (only where the name stands right before a comma: most bare names never do, and the window goes unscanned)
            for m in re.finditer(rf"(?<![\w-]){re.escape(norm)},\s+(?:the|a|an)\s+[^,.;:]{{1,60}}", window) \
                    if norm + "," in window else ():
                # what the story called it before: "WDNR, the local public radio station" ... "WDNR reported"
                kind, _, named_grp = classify(m.group(), None, self.known)
                if named_grp == "outlet":
                    return reg.add(_Entity(key=f"outlet:{norm.lower()}", label=norm, kind=kind, group="outlet",
                                           head=_head(norm), pos=pos))
        of_body = _OF_THE_BODY.match(label) if grp in ("official", "anonymous") and "the " in label else None
        if of_body and of_body.group("noun") in H.INSTITUTION_NOUNS:
            body = self._definite(of_body.group("noun"), pos)
            if body is not None and body.group == "official" and body.label[:1].isupper():
                label = of_body.group("who") + body.label  # "spokeswoman for the centre": the centre named before
        return reg.add(_Entity(key=f"{grp}:{label.lower()}", label=label, kind=kind, group=grp, head=_head(norm), pos=pos))

    def by_first_name(self, phrase: str, pos: int) -> _Entity | None:
        """A first name alone, as colleagues say it in an interview: "Celia believes ..." is Celia Danforth, when
        only one person the story names has it and is surely a person (titled, or a given name we know; not "Corvex"
        of a "Corvex Metering" read as a name). Asked of an answer's words only: the story's own voice uses surnames,
        and in some naming customs the bare name it gives is the one a person goes by."""
        norm = _norm(phrase)
        if not _SINGLE_NAME.fullmatch(norm) or self.registry.person_label(_surname(norm)):
            return None
        first = fold(norm)
        given = [(surname, label) for surname, label in self.registry.people.items()
                 if _name_in(label) and _given(_name_in(label)[0]) == first and (
                     first in GN.FEMALE or first in GN.MALE or
                     any(w.lower().rstrip(".") in H.TITLE_WORDS for w in label.split()[:-2]))]
        return self.registry.person_entity(given[0][0], given[0][1], pos) if len(given) == 1 else None

    def _latest_company(self, lo: int, pos: int) -> tuple[int, str] | None:
        """The last company name ("Sandoval Air Group Inc.") the article gives between ``lo`` and ``pos``."""
        runs = [(start, run) for found in self._company_index().values() for start, run in found if lo <= start < pos]
        return max(runs) if runs else None

    def _company_opening(self, name: str, pos: int) -> _Entity | None:
        """The company named before ``pos`` whose name opens with the whole of ``name``, a name the story never gives a
        person ("Corliss Hanley" of "Corliss Hanley Partners", where no "Mr. Hanley" speaks)."""
        if name.split()[-1] in self._honoured_names():
            return None
        if not re.search(re.escape(name) + r" [\s&A-Z]", self.text):
            return None  # (no company name opens with it: one would go on with a space, then "&" or a capital)
        companies = self._company_index()
        runs = [(start, run) for start, run in companies.get(name.split()[0], ()) if run.startswith(name + " ")]
        for said in re.compile(re.escape(name) + r"\b").finditer(self.text, 0, pos):
            if said.start() not in {start for start, _ in runs} and not self.text.startswith(("'s", "’s"), said.end()):
                return None  # the name alone, as a person's: "Maria Lopez founded Maria Lopez Holdings"
        return next((body for start, run in runs if start < pos and (body := self._company_entity(run, pos))), None)

    def _company_of_organ(self, text: str, start: int, pos: int) -> _Entity | None:
        """The company named before ``pos`` whose board or results open ``text`` at ``start``: "Crandall's board",
        "Tallmadge's operating profit" (the company's short name, said only so)."""
        organ = _ORGAN_OF.match(text, start)
        return self._company_named(organ.group(1), pos, True) if organ else None

    def _honoured_names(self) -> set[str]:
        """The names the article says after "Mr." (read once; asked of every bare name before its companies are)."""
        if self._misters is None:
            self._misters = {m.group(1) for m in _HONORIFIC_NAME.finditer(self.text)}
        return self._misters

    def _company_index(self) -> dict[str, list[tuple[int, str]]]:
        """The article's company names by first word (read once, and only when a company may be meant)."""
        if self._companies is None:
            companies: dict[str, list[tuple[int, str]]] = {}
            for m in _COMPANY_NAME.finditer(self.text):
                companies.setdefault(m.group().split()[0], []).append((m.start(), m.group().rstrip(".")))
            self._companies = companies
        return self._companies

    def _company_named(self, name: str, pos: int, described: bool) -> _Entity | None:
        """The company whose name opens with ``name`` ("Ostermann Brewing Co."), named before ``pos``, when the
        story calls the person of that name "Mr. Ostermann" (or the phrase itself describes a body)."""
        if not described and name not in self._honoured_names():
            return None
        return next((body for start, run in self._company_index().get(name, ()) if start < pos and
                     (body := self._company_entity(run, pos))), None)

    def _company_entity(self, run: str, pos: int) -> _Entity | None:
        """The entity of a company name found in the text ("Crandall Paper Co."), when it classifies as a body."""
        kind, label, grp = classify(run, self.registry, self.known)
        if grp != "official":
            return None
        return self.registry.add(_Entity(key=f"{grp}:{label.lower()}", label=label, kind=kind, group=grp,
                                         head=_head(label), pos=pos))

    def _introduced_names(self) -> dict[str, tuple[str, str, str]]:
        """Names the story says what they are when it first gives them, as (kind, label, group) by name: "the
        construction company Veltrano Strade", "the sports website Trackside", "Continental Press Agency (CPA)".

        Read once, when a name alone would be taken for a person's or a body's: a company named like a person speaks
        as a company, a website as an outlet, letters as the name they stand for.
        """
        if self._bodies is None:
            table: dict[str, tuple[str, str, str]] = {}
            text = self.text
            for m in _BODY_NAMED.finditer(text):
                name = m.group("name")
                if _bare(name.split()[0]) in GN.FEMALE or _bare(name.split()[0]) in GN.MALE:
                    continue  # ("the firm Jane Smith founded")
                # what the words before the name make it: "the Selmiran state agency SELTA" is state media (classified
                # only where an outlet may be meant: the other nouns make a body of it)
                noun = m.group("noun").lower()
                pre = _WORDS_BEFORE.search(text, max(0, m.start() - 40), m.start()).group()
                if noun in H.INSTITUTION_BEFORE_NAME and noun != "agency" and not set(pre.split()) & H.STATE_ADJECTIVES:
                    table.setdefault(name, ("official_statement", name, "official"))
                    continue
                kind, label, group = classify(f"the {pre}{m.group('noun')} {name}", None, self.known)
                if group == "outlet" or (group == "official" and noun in H.INSTITUTION_BEFORE_NAME):
                    table.setdefault(name, (kind, name if group == "official" else label, group))
            for m in _FIRM.finditer(text) if "&" in text or "Co." in text else ():
                # "Castell Voss & Co." is the firm "Castell Voss" of the next sentences, not a person
                table.setdefault(m.group(1), ("official_statement", m.group().rstrip("."), "official"))
            for m in _LETTERS.finditer(text) if "(" in text else ():
                named = _NAME_BEFORE_LETTERS.search(text, max(0, m.start() - 80), m.start())
                if not named:
                    continue
                kind, label, group = classify(named.group(1), None, self.known)
                if group in ("official", "outlet"):
                    table.setdefault(m.group(1), (kind, label, group))
            self._bodies = table
        return self._bodies

    def _member(self, group: _Entity, pos: int) -> _Entity:
        """One member of an unnamed group named before: "Two senior party officials ... One of them" is a senior
        party official, and "people familiar with the talks ... One of those people" a person familiar with them."""
        words = group.label.split()
        while len(words) > 1 and words[0].lower() in _COUNT_WORDS:
            words = words[1:]
        head = group.head
        one = _singular(head)
        for i in range(len(words) - 1, -1, -1):
            if words[i].lower() == head:
                words[i] = one
                break
        label = " ".join(words)
        return self.registry.add(_Entity(key=f"{group.key}:one", label=label, kind=group.kind, group=group.group,
                                         head=one, via=list(group.via), pos=pos))

    def _titled_holder(self, title: str, headline: bool = False) -> tuple[str, str] | None:
        """The one person the article names with this title, before or after: a headline's "Minister of Transport:"
        is "the Minister of Transport and Communications, Mr. Arman Velic" of the story, and a headline's bare
        "Prosecutor:" the story's one prosecutor."""
        words = {w for w in _WORD.findall(title.lower()) if w not in _TITLE_GLUE}
        if len(words) < 2 and not headline:
            return None  # a bare "minister" in the text could be anyone's
        # a title in other words ("Farm minister") is also found in its usual words ("Agriculture Minister")
        usual = ROLES.get(_strip_det(title).lower())
        usual_words = {w for w in _WORD.findall(usual.lower()) if w not in _TITLE_GLUE} if usual else words
        found = {}
        title_word = _WORD.findall(title.lower())[-1] if _WORD.findall(title.lower()) else ""
        reach = 80 if len(words) >= 2 else 25  # a bare title must stand right before the name ("prosecutor Mirela Kantor")
        for p, surname, label in self.registry.person_mentions:
            before = self.text[max(0, p - reach):p]
            if _ACTED_ON.search(before):
                continue  # "the chairman of the panel investigating Mayor Ilse Darrow": she holds no title of it
            near = set(_WORD.findall(before.lower() + " " + label.lower()))
            if headline:
                # and the title set off after the name: "Leonard J. Voigt, Ashworth's chairman and chief executive, said"
                after = _APPOSED_AFTER.match(self.text, p, p + 140)
                if after:
                    near |= {w.removesuffix("'s").removesuffix("’s") for w in _WORD.findall(after.group(1).lower())}
            # (a headline's "Ashworth Steel Chief" is "Ashworth's chairman and chief executive, Leonard J. Voigt": its title
            # word and one more of its words are enough)
            loose = headline and len(words) > 2 and title_word in near and len(words & near) >= 2
            if (words <= near or usual_words <= near or loose) and not _QUALIFIED_TITLE.search(before) and \
                    not ("prime" in near and "prime" not in words):  # a headline's "minister:" is no prime minister
                found[surname] = self.registry.people.get(surname, label)
        return next(iter(found.items())) if len(found) == 1 else None

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
                # (or a body's unnamed spokeswoman: "No one was hurt, the spokeswoman said. She said ...")
                spokes = e.group == "official" and e.head in _SPOKES_BY_GENDER and _SPOKES_BY_GENDER[e.head] in (None, gender)
                if (e.group == "anonymous" and _by_trade(e.head) or spokes) and e.pos < pos and not _plural(e.head) and (
                        unnamed is None or e.pos > unnamed.pos):
                    unnamed = e
            for mention in self._mentions(pos, by_trade=True, own=False):
                # "The mayor spoke to reporters. ... she said": a person named by role only (not the subject of what
                # the pronoun reports: 'The president would sign the bill "the minute it reaches his desk," she said')
                if mention.group == "anonymous" and (unnamed is None or mention.pos > unnamed.pos):
                    unnamed = reg.add(_Entity(key=mention.key, label=mention.label, kind=mention.kind, group=mention.group,
                                              head=mention.head, pos=mention.pos))
            if latest:
                p, surname, label = latest
                if unnamed is not None and unnamed.pos > p and not self._holds_title(p, label, unnamed.head):
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
                for w in reversed(window[: hit.start()].rsplit(None, 3)[-3:]):  # ``split()[-3:]``
                    if w[-1:] in ",.;:!?\"”“" or w.lower() in _PREFIX_STOP or w.lower() in _DETERMINER_WORDS:
                        break
                    prefix.insert(0, w)
                phrase = " ".join(prefix + [hit.group()])
                kind, label, grp = classify(phrase, reg, self.known)
                return reg.add(_Entity(key=f"{grp}:{label.lower()}", label=_strip_det(label), kind=kind, group=grp, head=hit.group().lower(), pos=pos))
        if mention and (best is None or mention.pos > best.pos):
            return reg.add(_Entity(key=mention.key, label=mention.label, kind=mention.kind, group=mention.group, head=mention.head, pos=pos))
        return best

    def _holds_title(self, p: int, label: str, head: str | None) -> bool:
        """Whether the person named at ``p`` bears the title ``head``, in the label or in apposition before one of
        the mentions of the name: "Calvessa's trade minister, Lucia Ferrante, said ... Ferrante said ... The minister
        said she believed" is Ferrante three times."""
        if not head:
            return False
        if head.rstrip("s") in _label_words(label):
            return True
        if self._apposed is None:
            self._apposed = self._apposed_titles()
        first = self._apposed[1].get(self._apposed[0].get(p), {}).get(head.rstrip("s"))
        return first is not None and first <= p

    def _apposed_titles(self) -> tuple[dict[int, str], dict[str, dict[str, int]]]:
        """Each person mention's surname by position, and per surname where each word of a title set in apposition
        before one of its mentions ("trade minister, Lucia Ferrante") first stands: read once, so that each question
        is one look-up (a long text of names stays linear)."""
        by_pos: dict[int, str] = {}
        titles: dict[str, dict[str, int]] = {}
        for q, surname, _ in self.registry.person_mentions:
            by_pos.setdefault(q, surname)
            before = self.text[max(0, q - 40):q]
            if before.endswith(", "):
                words = titles.setdefault(surname, {})
                for w in _label_words(before.rsplit(".", 1)[-1]):
                    words.setdefault(w, q)
        return by_pos, titles

    def _mention_before(self, pos: int, group: str) -> _Mention | None:
        for mention in self._mentions_back(pos):
            if group == "plural" and not (_plural(mention.head) or mention.group == "anonymous"):
                continue
            if group == "body" and mention.group not in ("official", "outlet"):
                continue
            return mention
        return None

    def _latest_named(self, heads: set[str], pos: int, portfolio: set[str], head: str, noun: str, qualified) -> _Entity | None:
        """The latest entity named before ``pos`` that a definite noun with one of ``heads`` may stand for."""
        best = None
        stems = _head_stems(heads)
        for e in self.registry.entities:
            if e.pos > pos or (best is not None and e.pos <= best.pos):
                continue  # (one named before the best so far is not the latest: the tests below are for nothing)
            if portfolio and not portfolio <= (_label_words(e.label) | e.words):
                continue
            if e.label.lower() in (head, noun) and e.group != "person":
                continue  # a bare "company" (a headline's, say) names no one to refer back to
            if e.group == "person" and (_plural(head) or head in H.INSTITUTION_NOUNS):
                continue  # "the authors" is not one named person, nor "the council" its leader
            if e.group == "anonymous" and head in H.INSTITUTION_NOUNS:
                continue  # "the gallery" is not "two curators at the gallery"
            if head in H.INSTITUTION_NOUNS and e.head not in heads and e.label and (
                    _member_noun(e.head) or _member_noun(e.label.split()[-1].lower())):
                continue  # nor "the board" its spokesman or staff ("A board spokesman, Dean Holcomb, ... The board said")
            if e.group == "person" and bool(qualified) != bool(_QUALIFIED_TITLE.search(e.label) or e.words & _QUALIFIERS):
                continue  # "the minister" is not "first deputy minister Rustam Karimov", nor "the deputy minister" the minister
            # a word of its label, its head, a phrase that named it, or an outlet's noun ("the newspaper" is the
            # Castelmar Gazette, "the agency" a news agency), each asked in turn rather than one set built of them all
            if e.head.rstrip("s") in stems or not stems.isdisjoint(_label_words(e.label)) or not stems.isdisjoint(e.words) or (
                    e.group == "outlet" and not stems.isdisjoint(_outlet_nouns(e))):
                best = e
        return best

    def _definite(self, noun: str, pos: int) -> _Entity | None:
        """ "the ministry", "the source", "the channel": the latest source or mention with that head."""
        reg = self.registry
        head = noun.split()[-1]
        heads = set(H.HEAD_SYNONYMS.get(head, ())) | {head, head.rstrip("s")}
        qualified = _QUALIFIED_TITLE.search(noun)
        # "the foreign ministry" is no defence ministry: a portfolio word must be the candidate's too
        portfolio = {w for w in noun.lower().split()[:-1] if w in _PORTFOLIO_WORDS}
        if head in _GENERIC_COMPANY_NOUNS and self.sentences:
            # "Crandall's board responded by adopting a poison pill, the company said": the company of the content's
            # own subject, Crandall Paper Co., whoever spoke before
            here = self.sentences[max(0, bisect_right(self._sentence_starts, pos) - 1)]
            body = self._company_of_organ(self.text, here.start, pos)
            if body is not None:
                return body
        best = self._latest_named(heads, pos, portfolio, head, noun, qualified)
        if best is None and head in _DOCUMENT_NOUNS:
            # "In a statement, the publicist said ... The statement added that ...": the document of the one who issued it
            best = self._author_of(head, pos)
        if best is None and head in ("source", "insider"):
            # "According to the source, ...": the unnamed source the story quoted last
            earlier = [e for e in reg.entities if e.group == "anonymous" and e.pos <= pos and pos - e.pos < 1500
                       and not _plural(e.head or "")]
            if earlier:
                best = max(earlier, key=lambda e: e.pos)
        if head in H.PERSON_NOUNS and not _plural(head):
            # "the minister": the latest person named with that title, and not a deputy's ("first deputy minister
            # Rustam Karimov" is not "the minister") unless no one else holds it
            fallback = None
            for p, surname, label in reversed(reg.person_mentions):
                if p >= pos or (best and p <= best.pos):
                    continue
                if any(self._holds_title(p, label, h) for h in heads):
                    # (the title in the label or in apposition before the name: "Calvessa's trade minister, Lucia Ferrante")
                    if bool(qualified) == bool(_QUALIFIED_TITLE.search(label)):
                        return reg.person_entity(surname, label, pos)
                    fallback = fallback or (surname, label)
            if fallback:
                return reg.person_entity(fallback[0], fallback[1], pos)
        naming = self._naming_stems(heads) if head not in _GENERIC_COMPANY_NOUNS else None
        for mention in self._mentions_back(pos, best.pos if best else None, naming=naming):
            if best and mention.pos <= best.pos:
                continue
            body = self._company_of_organ(mention.phrase, 0, pos) if head in _GENERIC_COMPANY_NOUNS and mention.phrase else None
            if body is not None:
                return body  # "Crandall's board adopted a poison pill. The company said ...": Crandall Paper Co.
            if head in H.INSTITUTION_NOUNS and mention.group in ("person", "anonymous") and mention.head.rstrip("s") not in _head_stems(heads):
                continue  # "the gallery" is not "the gallery's director"
            if head in H.INSTITUTION_NOUNS and mention.head not in heads and _member_noun(mention.head):
                continue  # nor "the board" its spokesman or staff ("A board spokesman, Dean Holcomb, ... The board said")
            words = {w.lower().rstrip("s") for w in _WORD.findall(mention.label + " " + mention.phrase)}
            if portfolio and not {w.rstrip("s") for w in portfolio} <= words:
                continue
            if any(h.rstrip("s") in words for h in heads) or (
                    head in _GENERIC_COMPANY_NOUNS and mention.group == "official" and
                    mention.label.split()[-1].lower().rstrip(".") in _COMPANY_ENDINGS):
                # ("Moberly's Investors Service Inc. lowered its rating ... The rating concern said": the company)
                set_off = _NAME_SET_OFF_AFTER.match(self.text, mention.pos + len(mention.phrase)) \
                    if mention.phrase and not mention.label[:1].isupper() and \
                    self.text.startswith(mention.phrase, mention.pos) else None
                kind, label, grp = classify(set_off.group(1), reg, self.known) if set_off else (None, None, None)
                if grp == "official":
                    # "Her utility, Wheatland Power & Light, is seeking ... The company says": the name set off after it
                    return reg.add(_Entity(key=f"{grp}:{label.lower()}", label=label, kind=kind, group=grp, head=head, pos=pos))
                inner = _body_named_inside(mention.label, heads) if mention.head.rstrip("s") not in _head_stems(heads) else None
                if inner:
                    # "Scientists at the Sorra Volcano Observatory ..., according to the observatory": the body
                    kind, label, grp = classify(inner, reg, self.known)
                    return reg.add(_Entity(key=f"{grp}:{label.lower()}", label=label, kind=kind, group=grp, head=head, pos=pos))
                return reg.add(_Entity(key=mention.key, label=mention.label, kind=mention.kind, group=mention.group, head=mention.head, pos=pos))
        if best is None:
            # a mention in the text before: "The Sanvel football club has opened ... , the club said"
            lo = max(0, pos - 800)
            window = self.text[lo:pos]
            key = tuple(sorted(heads))
            # the scan runs on the lower-cased window where that keeps offsets; the words are read from ``window``
            hits = _heads_re(key).finditer(self.low[lo:pos]) if self.low is not None else _heads_re_i(key).finditer(window)
            full_name = self._latest_company(lo, pos) if head in _GENERIC_COMPANY_NOUNS else None
            for hit in reversed(list(hits)):
                prefix = []
                for w in reversed(window[: hit.start()].rsplit(None, 4)[-4:]):  # ``split()[-4:]``
                    if w[-1:] in ",.;:!?\"”“" or w.lower() in _PREFIX_STOP or not any(c.isalpha() for c in w):
                        break
                    prefix.insert(0, w)
                    if w.lower() in _DETERMINER_WORDS:
                        break
                while prefix and prefix[0].lower() in ("the", "a", "an", "this", "that", "its", "their"):
                    prefix.pop(0)
                named = _NAME_AFTER.match(window, hit.end())
                if named and named.group().split()[0] in _HEADLINE_SAYS:
                    named = None  # a title-case headline's "..., Agency Says": the cue, no name
                if named and _VERB_AFTER_NAME.match(window, named.end()):
                    named = None  # "the agency Congress created": the subject of a clause about the agency, no name
                phrase = " ".join(prefix + [window[hit.start():hit.end()]])
                appositive = _NAME_BEFORE_APPOSITION.search(window, 0, hit.start() - len(" ".join(prefix)) - bool(prefix))
                set_off = _NAME_SET_OFF_AFTER.match(window, hit.end()) if not named else None
                if set_off and classify(set_off.group(1), reg, self.known)[2] == "official":
                    phrase, named = set_off.group(1), None  # "Her utility, Wheatland Power & Light, is seeking": the name
                elif appositive and classify(appositive.group(1), reg, self.known)[2] == "official":
                    # "the Citizens Utility Board of Central New York, a consumer group ... The group": the name
                    # ("the Resolution Trust Corp., the agency Congress created": the name before "the agency")
                    phrase = appositive.group(1)
                elif not prefix and not named:
                    continue
                elif not named and full_name is not None and full_name[0] > lo + hit.start():
                    break  # a bare description ("a big airline buyout"), and a company named in full since
                if portfolio and not portfolio <= set(phrase.lower().split()):
                    continue
                if named:
                    phrase += named.group()  # "the regional monitoring group ARMO"
                kind, label, grp = classify(phrase, reg, self.known)
                return reg.add(_Entity(key=f"{grp}:{label.lower()}", label=_strip_det(label), kind=kind, group=grp, head=head, pos=pos))
            if head in _PAPER_NOUNS:
                # "the newspaper": a paper named before by its name alone ("The Halden Courier first reported ...")
                papers = list(_PAPER_NAME.finditer(window))
                if papers:
                    kind, label, grp = classify(papers[-1].group(1), reg, self.known)
                    if grp == "outlet":
                        return reg.add(_Entity(key=f"{grp}:{label.lower()}", label=label, kind=kind, group=grp, head=head, pos=pos))
            if head in _BODY_NOUNS:
                # "the company": the body the story is about, named before (a proper name)
                named = [e for e in reg.entities if e.pos <= pos and e.group == "official" and e.label[:1].isupper()]
                named += [m for m in self._mentions(pos) if m.group == "official" and m.label[:1].isupper()]
                named = [e for e in named if (e.head not in H.INSTITUTION_NOUNS or e.head in _BODY_NOUNS) and self._proper(e.label)]
                top = max(named, key=lambda e: e.pos) if named else None
                if top is not None and full_name is not None and full_name[0] > top.pos:
                    top = None  # a company named in full since (see below)
                if top is not None:
                    if isinstance(top, _Mention):
                        return reg.add(_Entity(key=top.key, label=top.label, kind=top.kind, group=top.group, head=top.head, pos=pos))
                    top.pos = pos
                    return top
            body = self._company_entity(full_name[1], pos) if full_name is not None else None
            if body is not None:
                # "The trigger was a statement from Sandoval Air Group Inc. ... The company said": that company, named
                # after any other noun or body the company could stand for ("the collapse of a big airline buyout")
                return body
            if head in H.HEAD_FALLBACKS:
                # nothing named with the noun itself: "the Office of Savings Supervision ... The agency said"
                best = self._latest_named(set(H.HEAD_FALLBACKS[head]), pos, portfolio, head, noun, qualified)
            if best is None:
                return None
        best.pos = pos
        return best

    def _naming_stems(self, heads) -> frozenset[str] | None:
        """What a sentence must hold (as part of its lower-cased words) for its subject to be named by one of ``heads``
        ("the ministry" is no subject without "ministry" in it), so that the other sentences' subjects go unread; or
        None, when any sentence may hold a fit: a stem that an outlet's name from a table holds (a label the sentence
        need not spell: "AFP" is Agence France-Presse), or one that is not plain ASCII (lower case letter by letter)."""
        stems = frozenset(_head_stems(heads))
        if not all(stem.isascii() for stem in stems) or not stems.isdisjoint(_LEXICON_LABEL_STEMS) or \
                not stems.isdisjoint(self._known_label_stems()):
            return None
        return stems

    def _known_label_stems(self) -> frozenset[str]:
        """The words of the caller's outlet names (``_name_stems``), read once per table."""
        if self.aliases is None:
            return frozenset()
        table, stems = _KNOWN_LABEL_STEMS[0]
        if table is not self.aliases:
            stems = _name_stems(name for _, (name, _) in self.aliases.items)
            _KNOWN_LABEL_STEMS[0] = (self.aliases, stems)
        return stems

    def _holds_any(self, j: int, stems: frozenset[str]) -> bool:
        """Whether sentence ``j``, lower-cased, holds one of ``stems`` anywhere."""
        sent = self.sentences[j]
        if self.low is not None:  # (the lower-cased article where that keeps offsets: no copy of the sentence to lower)
            return any(self.low.find(stem, sent.start, sent.end) >= 0 for stem in stems)
        low = self.text[sent.start:sent.end].lower()
        return any(stem in low for stem in stems)

    def _author_of(self, noun: str, pos: int) -> _Entity | None:
        """The latest source that spoke in a sentence naming ``noun`` ("in a statement"), shortly before ``pos``."""
        best = None
        issued = re.compile(_ISSUED + rf"{noun}\b", re.I)  # built once, not once per entity
        for e in self.registry.entities:
            if e.pos >= pos or pos - e.pos > 600 or e.label.lower() == noun or e.group == "anonymous":
                continue
            i = bisect_right(self._sentence_starts, e.pos) - 1
            sent = self.sentences[i] if i >= 0 else None
            if sent and issued.search(self.text, sent.start, sent.end) and \
                    (best is None or e.pos >= best.pos):
                best = e
        return best

    def _proper(self, label: str) -> bool:
        """Whether a label is a proper name, not a capitalised first word ("Flights were cancelled")."""
        words = label.split()
        if not words or not words[0][:1].isupper():
            return False
        run = words[1:2] if words[1:2] and words[1] not in _NAME_JOINERS else words[2:3]
        if any(w[:1].isupper() for w in run) or any(ch.isupper() for ch in words[0][1:]):
            return True  # "Castlegate Homes", "Bank of Valdoria", "AquaPure", "NRK"; not "Evacuees arriving in Port Elva"
        return bool(re.search(r"[a-z,;]\s+" + re.escape(words[0]) + r"\b", self.text))

    def _mentions(self, pos: int, window: int = 3, by_trade: bool = False, own: bool = True) -> list[_Mention]:
        """Bodies named as sentence subjects in the few sentences before ``pos``, in order.

        Computed on demand and cached: only a pronoun or a definite description needs
        them, and only near itself. ``by_trade``: only the mentions whose head is one person
        by what they do are wanted ("the mayor"), so a sentence without any person noun in it
        is passed over unread (a mention's head is one of its sentence's words), and a
        subject with another head is not classified (the costly part of a mention).
        ``own``: whether the sentence of ``pos`` itself counts (a pronoun's does not: its
        subject is not read for nothing).

        The person-noun test is made only of a sentence no one has asked about: one that a
        description asked about and passed over (``_mentions_back``'s ``naming``) counts as
        read, as it was when descriptions read every subject, whatever its nouns.
        """
        i = bisect_right(self._sentence_starts, pos) - 1
        out = []
        for j in range(max(0, i - window), i + 1 if own else i):
            if j not in self._subjects:
                if by_trade:
                    if j not in self._passed_over and not self._has_person_noun(j):
                        continue
                    words = self._subject_words(j)
                    if words is None or not _by_trade(words[2]) or _plural(words[2]):
                        continue
                self._subjects[j] = self._subject_mention(j)
            mention = self._subjects[j]
            if mention is not None and mention.pos < pos and (
                    not by_trade or (_by_trade(mention.head) and not _plural(mention.head))):
                out.append(mention)
        return out

    def _has_person_noun(self, j: int) -> bool:
        """Whether sentence ``j`` holds a person noun anywhere, even inside a longer word."""
        has = self._person_nouns.get(j)
        if has is None:
            sent = self.sentences[j]
            # (the lower-cased article where that keeps offsets: no copy of the sentence to lower)
            found = _PERSON_NOUN_PART.search(self.low, sent.start, sent.end) if self.low is not None else \
                _PERSON_NOUN_PART.search(self.text[sent.start:sent.end].lower())
            has = self._person_nouns[j] = found is not None
        return has

    def _mentions_back(self, pos: int, after: int | None = None, window: int = 3, naming: frozenset[str] | None = None):
        """``reversed(self._mentions(pos))``, each sentence's subject found only when it is reached.

        A sentence's subject mention depends on the sentence alone (``_subject_mention``
        reads the text and the people indexed at the start), so the order in which they
        are found changes nothing; a caller that stops at the first fit skips the rest.
        Sentences ending at or before ``after`` are passed over: their subjects start there
        or earlier, and the caller skips such mentions. So are those that hold none of the
        stems ``naming`` (see ``_naming_stems``): their subjects, and the labels of them, do not.
        """
        i = bisect_right(self._sentence_starts, pos) - 1
        for j in range(i, max(0, i - window) - 1, -1):
            if after is not None and self.sentences[j].end <= after:
                continue
            if naming is not None and j not in self._subjects and not self._holds_any(j, naming):
                self._passed_over.add(j)
                continue
            if j not in self._subjects:
                self._subjects[j] = self._subject_mention(j)
            mention = self._subjects[j]
            if mention is not None and mention.pos < pos:
                yield mention

    def _subject_words(self, j: int) -> tuple[int, str, str] | None:
        """Where sentence ``j``'s subject starts, its words and its head, when it may name a body (read once)."""
        if j in self._subject_phrases:
            return self._subject_phrases[j]
        sent = self.sentences[j]
        found = None
        span = self._main_subject(sent.start, sent.end)
        phrase = self.text[span[0]:span[1]] if span else ""
        # ("As the minister underlined, ...": a source's frame, not the clause's subject)
        if span and sent.start < self._headline_end and phrase.rsplit(None, 1)[-1] in _HEADLINE_SAYS:
            phrase = phrase.rsplit(None, 1)[0]  # a title-case headline's cue is no word of its subject: "..., Agency Says"
            span = (span[0], span[0] + len(phrase))
        if span and not phrase.startswith("As "):
            if "wh" in phrase:  # every relative starts "wh"
                phrase = _RELATIVE_CUT.split(phrase)[0]
            low = phrase.lower()
            bare = _BARE_NOUN.match(low)
            # "the ministry" refers back; "the mayor" may be the first mention of a person
            if not (low in H.PRONOUN_GROUPS or (bare and (bare.group(1) not in H.PERSON_NOUNS or
                                                          bare.group(1) in H.ANONYMOUS_NOUNS))):
                found = (span[0], phrase, _head(_norm(phrase)))
        self._subject_phrases[j] = found
        return found

    def _subject_mention(self, j: int) -> _Mention | None:
        """Sentence ``j``'s subject when it names a body: "The national weather agency has issued ..."."""
        words = self._subject_words(j)
        if words is None:
            return None
        start, phrase, head = words
        kind, label, grp = classify(phrase, self.registry, self.known)
        if grp == "person":
            return None
        return _Mention(start, _strip_det(label), grp, kind, head, f"{grp}:{label.lower()}", phrase)
