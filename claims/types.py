"""The values that cross stage boundaries in ``claims``.

Every value is a frozen dataclass that points into the article text by character
offsets (``start``, ``end``) rather than copying it, so a report can highlight exactly
what was checked. Identity (row ids) is the store's business, not these values'.
"""
from __future__ import annotations

from dataclasses import dataclass, field

#: Attribution kinds fixed by the public interface.
KINDS = (
    "anonymous_source",
    "named_person",
    "official_statement",
    "state_media",
    "news_agency",
    "media_outlet",
    "unattributed",
)


@dataclass(frozen=True)
class Sentence:
    """One sentence of the article: ``text == article[start:end]``."""

    index: int
    start: int
    end: int
    text: str


@dataclass(frozen=True)
class Attribution:
    """Who says a piece of content, and who relayed it.

    ``via`` lists relays outermost last ("quoted by the French news agency" -> the
    agency). ``source_span``/``cue_span`` point at the source's and the cue's words in
    the article (``None`` for the article's own voice). ``reliability`` is the prior of
    the kind; ``checker`` may refine it with ``sources.yaml``.
    """

    kind: str
    label: str | None = None
    via: tuple[str, ...] = ()
    cue: str | None = None
    reliability: float = 0.5
    source_span: tuple[int, int] | None = None
    cue_span: tuple[int, int] | None = None
    #: Stable key of the source entity (coreference: "the source" == "a diplomatic source").
    entity: str | None = None


UNATTRIBUTED = Attribution(kind="unattributed", reliability=0.6)


@dataclass(frozen=True)
class Relation:
    """An attribution relation as PARC/PolNeAR annotate it: source, cue, content."""

    attribution: Attribution
    content: tuple[int, int]


@dataclass(frozen=True)
class Person:
    """A person mention, with the role and country the text gives them, if any."""

    name: str
    start: int
    end: int
    role: str | None = None
    country: str | None = None
    #: Where the role words start ("its Foreign Minister Gabi Ashkenazi"), when a role is given.
    role_start: int | None = None
    #: Where they end, when they follow the name ("João Magalhães, a spokesman for the Judicial Police").
    role_end: int | None = None


@dataclass(frozen=True)
class DateMention:
    """A date or weekday in the text, resolved where possible."""

    text: str
    start: int
    end: int
    iso: str | None = None  # YYYY-MM-DD, YYYY-MM or YYYY when resolved
    weekday: str | None = None  # "Saturday"
    precision: str = "day"  # day | month | year | weekday
    #: How the text relates the event to the date: "on" (the default), "since", "until", "by", "from".
    relation: str = "on"


@dataclass(frozen=True)
class NumberMention:
    text: str
    start: int
    end: int
    value: float
    unit: str | None = None
    approx: str | None = None  # "at least", "more than", "about", ...


@dataclass(frozen=True)
class Quote:
    text: str
    start: int
    end: int


@dataclass(frozen=True)
class Slots:
    """The checkable values of a stretch of text (a claim or a reference sentence)."""

    people: tuple[Person, ...] = ()
    places: tuple[str, ...] = ()
    dates: tuple[DateMention, ...] = ()
    numbers: tuple[NumberMention, ...] = ()
    quotes: tuple[Quote, ...] = ()
    negated: bool = False
    #: Clock times as (text, minutes after midnight, zone or None, approximation or None).
    times: tuple[tuple[str, int, str | None, str | None], ...] = ()


@dataclass(frozen=True)
class Claim:
    """One checkable statement.

    ``text`` is the claim in plain words; ``start``/``end`` point at its words in the
    article. ``kind`` is ``statement`` or ``role`` (an apposition naming someone in a
    role: "Gabi Ashkenazi is Israel's Foreign Minister"), for which ``role_holder`` holds
    the person, role and country, or a part of a statement (``claims.modifiers``): a
    ``date`` or ``place`` modifier that can be wrong on its own, or the statement's
    ``core`` without the modifiers that close it; ``part_of`` is then the statement's id.
    A ``date`` claim without ``part_of`` is the day a source spoke, from the frame of what
    it said ("Prosecutors said on Wednesday that they would appeal"): the article's own claim.
    """

    id: str
    sentence: int
    start: int
    end: int
    text: str
    attribution: Attribution
    kind: str = "statement"
    slots: Slots = field(default_factory=Slots)
    role_holder: Person | None = None
    part_of: str | None = None

    @property
    def day_spoken(self) -> bool:
        """Whether this is the day a source spoke ("said on Wednesday that ..."), not a part of a statement."""
        return self.kind == "date" and self.part_of is None


@dataclass(frozen=True)
class Analysis:
    """What ``claims.analyse`` returns for one article."""

    text: str
    sentences: tuple[Sentence, ...]
    relations: tuple[Relation, ...]
    claims: tuple[Claim, ...]
    published: str | None = None
