"""Who says what: attribution relations (source, cue, content) and via-chains.

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
* a direct quote that runs over several sentences (or paragraphs) is one content, and a
  quote that follows its attributed sentence keeps that sentence's source;
* "NAME:" opens an interview answer; "Speaker: words" in a headline is a relation;
* not attributions: framing ("It is worth mentioning that"), refusals ("declined to
  comment"), future or modal cues ("will announce"), nouns that look like cues ("a
  preliminary report"), passives ("was found guilty") and one-word objects.

This module finds the relations: the cues, the source and content spans, and what
only that needs. Its neighbours do the rest, so that each can be read (and changed)
on its own:

* ``claims/classify.py`` turns a source phrase into its kind and label (named person,
  anonymous source, official statement, outlet); ``classify`` is re-exported here,
  where callers have always imported it;
* ``claims/coref.py`` says which entity a source phrase stands for: pronouns,
  relatives, definite descriptions and bare surnames resolve to the latest compatible
  source or mention, and the entity carries the via-chain;
* ``claims/quotes.py`` holds the article's quotation spans (and stretches a content to
  the close of its quote).

Every word list lives in ``claims/lexicon``; these modules only walk them. The work per
sentence is a handful of regular-expression scans (cheap substring tests first), so
the module stays fast enough for archives of reference text.
"""
from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass, field
from itertools import islice
from weakref import WeakMethod

from .alternation import alternation
from .classify import _NAME_STOP, _NAMED_TALLY, _OUTLET_LOW, _OUTLET_RE, _SHARE_OF_PEOPLE, _UP, _WORD, _bare, _by_trade, _head, _name_in, _norm, _outlet_name, _strip_det, classify, people_by_trade
from .coref import _BODY_NOUNS, _FILED_BY, _HEADLINE_SAYS, Coreference, _Entity
from .entities import lowered
from .textscan import case_key
from .lexicon import heads as H
from .lexicon.cues import (
    ACCORDANCE_NOUNS,
    ADDRESSEE_VERBS,
    ASK_FORMS,
    FINDING_HEADS,
    FINDING_VERBS,
    FRAMING,
    IMPERSONAL_ADVERBS,
    IMPERSONAL_IT,
    IMPERSONAL_TO,
    MEDIA_OF_SAYING,
    NEEDS_COMPLEMENT,
    NEEDS_THAT,
    NOT_CUE_BEFORE,
    NOT_CUE_OBJECTS,
    NOUN_MODIFIERS,
    OBJECT_CONTENT,
    PARTICLE_CUES,
    PARTICLE_VERBS,
    PLURAL_NOUN_CUES,
    SOURCE_AFTER,
    TO_VERBS,
    VERBS,
)
from .lexicon.sources import KIND_RELIABILITY
from .lexicon.calendar import WEEKDAYS
from .lexicon.world import US_STATES
from .quotes import Quotes, extend_quotes
from .types import Attribution, Relation, Sentence

__all__ = ["attribute", "classify"]

_QUOTE_OPEN = "\"“«"
_QUOTE_CLOSE = "\"”»"
_FRAMING_RE = re.compile(alternation(FRAMING), re.I)
_FRAMING_LOW = re.compile(_FRAMING_RE.pattern)  # for lower-cased text (see ``entities.lowered``)
_SOURCE_AFTER_RE = re.compile(
    r"(?<![\w-])(?P<cue>" + alternation(sorted(SOURCE_AFTER, key=len, reverse=True)) + r")\s+", re.I
)
_IMPERSONAL_RE = re.compile(
    r"\b(?:it\s+(?:was|is|has\s+been|had\s+been)\s+(?:widely\s+|generally\s+|also\s+|now\s+)?(?P<it>"
    + "|".join(IMPERSONAL_IT) + r")\b"
    r"|(?P<pass>(?:is|are|was|were)\s+(?:also\s+)?(?:" + "|".join(IMPERSONAL_TO) + r")\s+to)\b"
    r"|(?P<adv>" + "|".join(IMPERSONAL_ADVERBS) + r"))",
    re.I,
)
#: Substrings that must occur for the "according to" and impersonal patterns to match (a cheap test first).
#: The forms that open a source before or after its content ("according to X, ...", "in the opinion of experts, ...").
_OPENERS = ("according", "as ", "in the opinion", "in the view", "in the words")
_AFTER_KEYS = tuple(k for k in SOURCE_AFTER if k.startswith(_OPENERS))
#: The document an impersonal report was made in, and its author: "(it was stated) in the announcement of the Service,".
_IN_DOCUMENT_OF = re.compile(r"\s+in\s+(?:an?|the|its)\s+(?:[\w-]+\s+)?(?:announcement|statement|bulletin|communiqu[eé]|report|"
                             r"press\s+release|release)\s+(?:of|by|from)\s+(?P<who>[^,;:]+?)\s*,\s*(?:that\s+)?")
_IMPERSONAL_KEYS = ("it was ", "it is ", "it has been ", "it had been ") + tuple(f"{v} to" for v in IMPERSONAL_TO) + IMPERSONAL_ADVERBS
#: The same substring tests as one scan each: ``_AFTER_KEYS_RE.search(low)`` is ``any(k in low for k in _AFTER_KEYS)``.
#: Endings of nouns for people by what they do ("cashier", "shopkeeper", "pharmacist", "attendant"), for sources
#: the noun tables do not list.
_AGENT_ENDINGS = ("ier", "er", "or", "ist", "ian", "ant", "ent", "eer")
_AGENTS_ENDINGS = tuple(e + "s" for e in _AGENT_ENDINGS)
#: "Dismiss" reports only when what is dismissed is something said ("dismissed the allegations") or it is dismissed
#: as something ("dismissed the report as a fairy tale"); "dismissed the supervisor" is a deed.
_DISMISS_FORMS = frozenset("dismiss dismisses dismissed dismissing".split())
_DISMISSED_REPORT = re.compile(r"\s+(?:(?:the|these|those|such|any|all|his|her|their|its|our|my|your|a|an)\s+)?"
                               r"(?:[\w'’-]+\s+){0,3}?(?:claims?|reports?|allegations?|accusations?|charges?|criticism|"
                               r"concerns?|suggestions?|idea|notion|speculation|rumou?rs?|fears?|warnings?|complaints?|"
                               r"calls?|talk|questions?|threats?|demands?|findings?|assertions?|account|accounts|story|"
                               r"stories|comments?|remarks?|statements?|theory|theories|possibility|prospect|worries)\b", re.I)
#: "Show" reports only what a record shows: people and bodies show by doing.
_SHOW_FORMS = frozenset("show shows showed shown showing".split())
_SHOWING_HEADS = FINDING_HEADS | frozenset("""data figure figures record records document documents report reports result
    results statistic statistics number numbers test tests image images footage video videos photo photos photograph
    photographs picture pictures evidence filing filings map maps chart charts log logs file files email emails letter
    letters memo memos minutes transcript transcripts audit audits review reviews investigation inquiry research paper
    papers estimate estimates calculation calculations model models forecast forecasts projection projections scan scans
    reading readings sample samples trial trials experiment experiments measurement measurements account accounts
    statement statements return returns list lists table tables graph graphs assessment assessments finding findings
    record-keeping ledger ledgers book books receipt receipts invoice invoices""".split())
_DETERMINER_START = re.compile(r"(?:a|an|the|one|another)\s")
_PLURAL_DETERMINER_START = re.compile(r"(?:the|several|some|many|few|a\s+few|two|three|four|five|six|seven|eight|nine|ten|"
                                      r"a\s+dozen|dozens\s+of)\s")
#: A transcript's speaker tag at a line's start, perhaps with a note: "KOVAC: ...", "GUARD (words spoken by an actor): ...",
#: and a paper's interview with its honorific: "Mr. Whitford: No. ...".
_SPEAKER_LINE = re.compile(r"(?m)^((?:(?:Mr|Mrs|Ms|Dr|Prof|Sen|Rep|Gov|Gen|Col|Capt)\.\s+)?"
                           r"[^\W\d_][\w'’\-]+(?:\s+[^\W\d_][\w'’\-]+){0,2})(?:\s*\([^)\n]{1,60}\))?:\s+(.+)$")
#: "As the minister underlined, ...", "As TNA informs, ...": a source and its cue before the content, after "As".
_SAY_FORMS = alternation(sorted((w for w, c in VERBS.items() if c == "say"), key=len, reverse=True))
_AS_SOURCE_SAID = re.compile(r"(?:[\d:.]+\s*[-–—]\s*)?As\s+(?:(?P<src>(?:[\w'’.\-]+\s+){0,12}?[\w'’.\-]+)\s+(?P<cue>"
                             + _SAY_FORMS + r")|(?P<cue2>" + _SAY_FORMS + r")\s+(?P<src2>(?:[\w'’.\-]+\s+){0,5}?[\w'’.\-]+))"
                             r"(?:\s+(?:earlier|previously|later|(?:at|in|on|during|after)\s+[^,;:\"“]{1,40}))?\s*,\s*")  # "As informs X, ..."
_AFTER_KEYS_RE = re.compile(alternation(sorted(set(_AFTER_KEYS), key=len, reverse=True)))
_IMPERSONAL_KEYS_RE = re.compile(alternation(sorted(set(_IMPERSONAL_KEYS), key=len, reverse=True)))
#: Every cue form as a whole token (``_WORD``'s characters around it) of lower-cased text: the
#: sentence's cue words in one scan, instead of a dictionary lookup for each of its words.
_CUE_WORD_LOW = re.compile(r"(?<![\w'’\-])" + alternation(sorted(VERBS, key=len, reverse=True)) + r"(?![\w'’\-])")
#: At least two words (``len(re.findall(r"\w+", s)) >= 2`` without building the list).
_TWO_WORDS = re.compile(r"\w\W+\w")
_QUOTED_AS = re.compile(
    r"\b(?:was|were|is|are|been|being)\s+(?:also\s+)?(?:quoted|cited)(?:\s+by\s+(?P<relay>[^,;:\"“”]+?))?"
    r"\s+as\s+(?P<say>saying|stating|telling\s+\w+|warning|adding)\b"
    # (the relay may come last, after a content before: '"...," the minister was quoted as saying by Galpres.')
    r"(?:\s+by\s+(?P<relay_last>(?:(?-i:[A-Z])|the\s)[^,;:\"“”(]{0,60}?)(?:\s*\((?-i:[A-Z][\w.-]{1,8})\))?"
    r"(?=[.!?]?\s*$|\s+that\s))?\s*(?:that\b)?",
    re.I,
)
_QUOTED_SRC_AS = re.compile(
    r"\b(?:quoted|cited)\s+(?P<src>(?:(?:an?|the|one|two|three|several|some)\s|(?-i:[A-Z]))[^;:\"“”]{1,90}?),?\s+as\s+"
    r"(?P<say>saying|stating|warning)\b\s*(?:that\b)?",
    re.I,
)
_RELAY_PARENTHETICAL = re.compile(r"^\s*(?P<how>citing|quoting|referring\s+to|quoted\s+by|cited\s+by|"
                                  r"(?:seen|obtained|reviewed)\s+by)\s+(?P<np>.+?)\s*$", re.I)
_DATELINE = re.compile(
    r"(?:\d{1,2}[:.]\d{2}(?:\s*[-–—]\s*|\s+(?=[A-Z]))|[^a-z\n]{2,60}?\([^)]{1,40}\)\s*[-–—]\s*|"
    # "KESTON, Nov 26 (Continental Press Agency) - ": a place in capitals, a date, an agency's name of several words
    r"[" + _UP + r"][" + _UP + r" .'’\-]{2,30},[^\n()]{0,40}?\([^)\n]{1,40}\)\s*[-–—]\s*|"
    r"[" + _UP + r"][" + _UP + r" .'’\-]{2,30},[^\n]{0,30}?[-–—]\s+|"
    # "LENWICK - The three candidates", "SAN DIEGO -- Federal regulators": a place in capitals and a dash, no date
    r"[" + _UP + r"]{2}[" + _UP + r" .'’]{1,28}[" + _UP + r"]\s+(?:--|[-–—])\s+(?=[" + _UP + r"]))"
)
_CLAUSE_BREAK = re.compile(r"[;:]|\s[-–—]\s|,\s+(?:and|or)\s|,\s*(?:which|who)\s|(?<![\w])" + alternation(
    "that but while whereas because as when if after before although though since where so whether than".split()) + r"\s", re.I)
_CLAUSE_BREAK_LOW = re.compile(_CLAUSE_BREAK.pattern)  # for lower-cased text
_AUX = frozenset(
    """has have had was were is are will would also later then again previously repeatedly publicly already now
    first long since once further separately earlier reportedly just recently only never not still privately
    openly initially subsequently quickly immediately itself himself herself themselves had been has been
    last week yesterday today tonight on friday monday tuesday wednesday thursday saturday sunday meanwhile
    however too even""".split()
)
_WEEKDAYS_LOW = frozenset(d.lower() for d in WEEKDAYS)
_ADVERBIAL_START = frozenset(
    """on in at during to last this earlier later late early outside after before by from via again also
    separately privately publicly repeatedly yesterday today tonight recently previously over through for
    within inside near into with without while when shortly just now then once already still under amid behind""".split()
) | _WEEKDAYS_LOW  # American copy's bare day: "said Wednesday that", "said Wednesday."
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
#: A role with no article, as an apposition opens: "head of the plant branch", "deputy director for research".
_APPOSITION_ROLE = (r"^\s*(?:deputy\s+|acting\s+|former\s+|interim\s+)?(?:" + alternation(sorted(H.APPOSITION_ROLES, key=len, reverse=True)) +
                    r")\s+(?:of|for|at)\b")
#: The rest of a content after a source set off inside it: "..., according to the poll, and _weakest in ..._".
_ELLIPTICAL_GOES_ON = re.compile(r"\s*,\s*(?:and|but)\s+([a-z][\w'’-]*)")
#: Words that go on with a predicate whose subject came before ("and _weakest_ in", "but _not_ in"), unlike a
#: clause of its own ("but trade deals explain only part of it").
_PREDICATE_OPENERS = frozenset("not also then still more less higher lower up down in at on by from to with would will "
                               "could should may might was were is are had has have fell rose grew".split())
#: A relative clause set off after its noun: ", who had called ...".
_RELATIVE_START = re.compile(r"\s*(?:who|which)\s")
#: What a source spoke in (``MEDIA_OF_SAYING``), as a pattern: "statement", "op-ed".
_MEDIUM = "(?:" + "|".join(re.escape(w) for w in sorted(MEDIA_OF_SAYING, key=len, reverse=True)) + ")"
#: How a source spoke, which is never who: "in a statement", "in an analysis of state budget records".
_IN_MEDIUM = re.compile(r"in\s+(?:a|an|its|his|her|their|the)\s+(?:[\w-]+\s+)?" + _MEDIUM + r"\b")
_PARENTHETICAL_START = re.compile(
    r"^\s*(?:(?:and|but)\s+(?=who|which|whose))?(?:of\s+(?!which\b|whom\b)|(?-i:[A-Z][\w'’\-]*['’]s\s+[a-z]+)|(?:including|excluding|among\s+them|such\s+as)\s|(?:campaigning|standing|visiting|touring|appearing|travell?ing|arriving|returning|sitting|walking|testifying|addressing|stumping|leaving|entering|reviewing|examining|analy[sz]ing|studying)\s|who|which|whose|whom|where|asked|quoted|cited|citing|quoting|referring|speaking|defending|prosecuting|representing|a|an|the|now|then|aged|one\s+of|\d{1,3}\s*$|"
    r"himself|herself|also|like|according|in\s+(?:a|an|its|his|her|their|the)\s+(?:[\w-]+\s+)?" + _MEDIUM + "|"
    r"presented|published|released|obtained|seen|leaked|dated|issued|signed|later|printed|written|sent|made|"
    r"(?:led|backed|headed|joined|supported|accompanied|chaired|funded|owned|run|advised)\s+by|"  # "the countries, led by the U.S.,"
    # where a person works: "Quillon's outside lawyers, at the firm Harrow Pell, said"
    + H.WORKPLACE + "|"
    r"filed|submitted|drafted|prepared|commissioned|conducted|delivered|based|headquartered|located|taken|brought|lodged|"
    r"reached|contacted|interviewed|"  # "Navarro, reached by phone later, said"
    # a sentence adverb set off between subject and verb: "Some investors, however, fear that ..."
    r"(?:however|meanwhile|though|too|moreover|nonetheless|nevertheless|instead|therefore|indeed|in\s+fact|in\s+turn|"
    r"in\s+contrast|by\s+contrast|for\s+(?:its|his|her|their)\s+part|on\s+the\s+other\s+hand|of\s+course|for\s+now|"
    r"in\s+particular)(?=\s*$))\b|"
    + _APPOSITION_ROLE,
    re.I,
)
_APPOSITION_START = re.compile(r"\s*(?:(?:a|an|the)\s(?![^,]*\bof\s+(?:which|whom)\b)|\d{1,3}\s*$|"
                               r"of\s+(?!which\b|whom\b)|(?-i:[A-Z][\w'’\-]*['’]s\s+[a-z]+)|" + H.WORKPLACE + ")|"
                               + _APPOSITION_ROLE,  # ("Mikael Doranth, of the Farmers' Union,", "Kasumi Steel, Ashworth's partner,")
                               re.I)  # not "a copy of which"
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
    re.compile(r",[\"”»]?\s+(?:citing|quoting)\s", re.I),
    re.compile(r",\s+(?:while|whereas|but)\s+(?=[^,;]{1,60}?\s(?:said|say|says|told|added|argued|insisted|warned|believe|believes|think|thinks)\b)"),
    re.compile(r",[\"”»]?\s*(?:according\s+to|as\s+(?:reported|stated|announced|quoted|cited|confirmed)\s+by)\b", re.I),
    # (a relative with a cue of its own: ", which he described as"; ", which it accumulated" goes on with the content)
    re.compile(r",\s*which\s+(?:it|he|she|they)\s+(?:(?:had|has|have)\s+)?" + alternation(sorted(VERBS, key=len, reverse=True)) + r"\b", re.I),
    re.compile(r"[,\"”»]\s*(?:(?:he|she|they|it|the\s+\w+(?:\s+\w+)?|[A-Z][\w'’\-]+(?:\s+[A-Z][\w'’\-]+)?)\s+(?:said|says|added|told|wrote|explained|stressed|insisted|argued|noted)|(?:said|says|added)\s+(?:the|a|an|[A-Z]))\b"),
    # "... and called on X": a second verb of saying; ", but worries about": any cue after a contrast
    re.compile(r"\s(?:and|but)\s+(?:(?:also|later|then)\s+)?" + alternation(
        sorted((w for w, c in VERBS.items() if c == "say" and (w.endswith(("s", "ed")) or w in ("said", "told", "wrote"))),
               key=len, reverse=True)) + r"\b"),
    re.compile(r",\s+but\s+(?:(?:also|later|then)\s+)?" + alternation(
        sorted((w for w in VERBS if w.endswith(("s", "ed")) or w in ("said", "told", "wrote", "thought", "felt")), key=len, reverse=True)
    ) + r"\b"),
    re.compile(r",\s+(?:and|but)\s+(?=(?:its|his|her|their|the|a|an|[A-Z][\w'’\-]+)\s+(?:[\w'’\-]+\s+){0,2}"
               r"(?:[a-z]+ed|fell|rose|grew|went|came|were|was|had|has|have|is|are|will|would)\b)"),
    # ", but it gave no details": the narrator on what the source left unsaid
    re.compile(r",\s+but\s+(?:it|he|she|they)\s+(?:gave|offered|provided|released)\s+no\b|"
               r",\s+but\s+(?:it|he|she|they)\s+(?:did not|didn't|declined|refused|would not|wouldn't)\s+"
               r"(?:to\s+)?(?:give|say|elaborate|comment|specify|provide|offer|name|explain)\b"),
    # ", a day after a jury ordered ...": when the report came, in the reporter's words
    re.compile(r",\s+(?:a|one|two|three|four|five|several|just|only)?\s*(?:day|days|hours?|weeks?|months?)\s+(?:after|before)\s",
               re.I),
    # ", and I understand why ...": outside quotation marks, "I" is the one who answers or writes, not the source
    re.compile(r",\s+(?:and|but)\s+I\s+(?=[a-z])"),
)
#: A text each of ``_CONTENT_STOPS`` needs (one of) in the content to match at all: most
#: contents lack most of them, and then that pattern is not run.
_STOP_NEEDS = ((",",), (";",), (",",), (",",), (",",), (",",), (",", '"', "”", "»"), ("and", "but"), (",",), (",",),
               ("but",), (" after ", " before "), (" I ",))
_ALL_STOP_NEEDS = frozenset(n for needs in _STOP_NEEDS for n in needs)
#: Cue forms that are also nouns: after "the <adjective>" they are the noun ("a preliminary report that").
_NOUN_FORMS = frozenset("report claim call estimate warning promise pledge post forecast finding statement comment".split())
_BASE_NOUNS = _NOUN_FORMS | frozenset("state note point report recall".split())
#: A determiner and capitalised words before a noun: "a Class II recall", "the Lakeland Post report".
_AFTER_DETERMINER_NAME = re.compile(r"\b(?:a|an|the|its|their|his|her)\s+(?:[A-Z][\w'’-]*\s+){1,3}$")
#: A denial of a thing, not of a proposition: "denied the charges", "has denied the report".
_DENIED_THING = re.compile(r"(?:the|these|those|such|all|any|its|their)\s+(?:[\w-]+\s+)?(?:charges?|reports?|allegations?|"
                           r"claims?|accusations?|stor(?:y|ies)|rumou?rs?|wrongdoing)\s*$", re.I)
#: Those whose questions and remarks in a transcript are the programme's own: "presenter Ana Varo".
_INTERVIEWER_WORDS = frozenset("host presenter anchor interviewer correspondent reporter editor moderator journalist".split())
#: A content that opens with its subject and a perfect: "President Teodor Vasilak had cast his ballot".
_PERFECT_OPENING = re.compile(r"(?:that\s+)?((?:the\s+)?[\w.'’\-]+(?:\s+[\w.'’\-]+){0,4}?)\s+(?:had|has|have)\s+(?:[a-z]+ed|"
                              r"cast|told|said|made|met|spent|won|lost|taken|given|done|put|set|held|sent|left)\b")
#: Verbs right after "that": a relative clause with its subject gap ("a hearing that ran for five hours").
_VERB_AFTER_RELATIVE = frozenset("was were is are has had have ran runs began begins lasted lasts took takes drew draws "
                                 "will would could can may might".split())
#: Present tenses of believing and saying that are never nouns: a clause boundary inside a subject ("Western
#: diplomats believe the government intends to ...": the government intends).
_PRESENT_BELIEF = frozenset("believe believes think thinks say says hope hopes fear fears expect expects insist insists "
                            "argue argues suggest suggests know knows assume assumes suspect suspects doubt doubts "
                            "contend contends maintain maintains".split())
#: A name set off by commas right after a subject: ", Grant Meyers,".
_NAME_IN_APPOSITION = re.compile(r",\s+((?:[A-Z][\w'’.\-]*\s+){0,3}[A-Z][\w'’\-]*),")
#: The main clause's verb after a relative clause: ", reported on Thursday that ...".
_MAIN_VERB_AFTER_RELATIVE = re.compile(r",\s+(?:reported|said|told|added|announced|wrote|confirmed|found|insisted)\b")
_POSSESSIVE_ENDS = ("'s", "’s", "s'", "s’")
#: A quotation soon after a verb's object: 'rated Renfrew's claim "false"'.
_QUOTE_SOON = re.compile(r"[^,;\"“«]{0,60}?[\"“«]")
#: Words whose "'s" is "is" or "has": "it's claimed", "he's said".
_CONTRACTED_IS = frozenset(f"{w}{q}s" for w in "it he she that there what who where here everyone nobody".split() for q in "'’")
#: Words that open a headline before a colon without naming a speaker ("Live: ...").
_HEADLINE_LABELS = frozenset("live update updates watch analysis explainer exclusive opinion comment breaking video photos review interview factbox timeline".split())
_APPOSITION_HEADS = H.SOURCE_HEADS
#: A description that opens with its home town and state: "The Marlborough, Mass.," (maker of office computers).
_CITY_STATE_BEFORE = re.compile(r"\s*[Tt]he\s+[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*)?,\s+(?P<state>[A-Z][\w.]*(?:\s+[A-Z][\w.]*)?),$")
#: Every head noun of a source, for one lookup instead of four.
_HEAD_NOUNS = _APPOSITION_HEADS
_PERSON_HEADS = H.PERSON_NOUNS | H.SPOKES_NOUNS
#: Words after a noun-like cue that make it a verb after all ("state that", "report on Friday").
_CLAUSE_AFTER_CUE = _CLAUSE_OPENERS | _ADVERBIAL_START | {"that"}
_IRREGULAR_PAST = frozenset(
    """said told wrote cut met held put set made took gave found thought felt sought saw won lost left began came
    went ran rose fell hit kept brought bought built sent spent struck led read spoke broke chose shut""".split()
)
#: Verbs that, inside the words before a cue, end a clause before its subject ("Diabetes UK *said* the study
#: found"): one set for what was four tests per word.
_VERB_IN_SUBJECT = _IRREGULAR_PAST | frozenset(("is", "was", "were", "are", "has", "have", "had")) | \
    frozenset(w for w in VERBS if w.endswith("ed")) | _PRESENT_BELIEF
#: The words that end a clause's subject where its verb begins ("Anti-graft campaigners *welcomed*"), for
#: ``_main_subject``: auxiliaries, irregular pasts and the cue forms that look finite.
_VERB_AFTER_SUBJECT = _AUX | _IRREGULAR_PAST | frozenset(w for w in VERBS if w.endswith(("ed", "s", "id", "ld", "ote")))
_LAST_WORD = re.compile(r"([\w'’\-]+)\s*$")
#: A leading adverbial before a clause's subject: "In a statement, the ministry said ...".
#: An outlet a statement was made for or to, before its content: "stated for the daily newspaper Nova Rec that".
_FOR_OUTLET = re.compile(r"\s+(?:for|to)\s+((?:the\s+)?[^,;:\"“\n]{2,60}?)(?=\s+that\b)")
#: A sentence that opens with a noun phrase and its relative clause: "A cyclist who was on the bridge ...".
_OPENS_WITH_RELATIVE = re.compile(r"\s*(?:A|An|The|One|Two|Three|Several)\s+(?:[\w'’\-]+\s+){1,3}?(?:who|whose)\s")
#: A noun phrase run straight into another one with no word between: the second opens a relative clause that has
#: lost its "that" ("the number the university has acknowledged"), so what follows is no source's report.
_OBJECT_RELATIVE = re.compile(r"\b(?:the|a|an)\s+(?:only\s+|same\s+|first\s+|last\s+)?[a-z]+\s+(?:the|a|an|his|her|its|their)\s")
_OBJECT_RELATIVE_NAMED = re.compile(r"\b(?:[Tt]he|[Aa]n?)\s+[a-z]+\s+[A-Z][\w\-]*['’]s\s")
_RELATIVE_WORD = re.compile(r"\s(?:who|which|whose)\s")
_SUBJECT_PRONOUNS = frozenset("he she they we i".split())
#: What follows "asked" when a question is reported: a quote, a colon, "whether", "why", or an addressee then one of them.
_QUESTION_AFTER = re.compile(r"\s*(?:,\s*)?(?:[\"“«:]|(?:[\w'’\-]+\s+){0,4}?(?:whether|if|why|how|what|when|where|who|which|to)\b)")
#: The name a relative "who" stands for: the capitalised words (perhaps after a title) right before ", who".
_ANTECEDENT_NAME = re.compile(r"((?:[A-Z][\w'’\-\.]*\s+){0,4}[A-Z][\w'’\-]*)\s*,\s*$")
#: A name and its description before a relative: "Lena Vaszary, the governor's former deputy chief of staff, (who)".
_ANTECEDENT_NAME_DESCRIBED = re.compile(r"((?:[A-Z][\w'’\-\.]*\s+){1,4}[A-Z][\w'’\-]*)\s*,\s*(?:the|a|an|his|her|[A-Z][\w'’]*['’]s)\s"
                                        r"[^,\"“”]{1,80},\s*$")
#: A line that is a speaker's name, a colon and a quotation, perhaps after a live blog's time stamp.
_QUOTED_TITLE_LINE = re.compile(
    r"(?m)^(?:\d{1,2}[:.]\d{2}\s*[-–—]\s*)?([A-Z][\w'’\-]+(?:[ \t]+[A-Z][\w'’\-]+){0,2}):[ \t]+([\"“][^\n]+)$")
#: A headline's second part that gives its speaker before a colon, after a semicolon.
_HEADLINE_SECOND = re.compile(r"[^\n;:]*;[ \t]+([A-Za-z][\w'’\-\.]*(?:[ \t]+[\w'’\-\.]+){0,3}):[ \t]+(\S[^\n]*)")
#: What "consider" judges: "considers the reopening of the consulates a priority", "considered it to be unfair", "that".
_SMALL_CLAUSE = re.compile(r"(?:that\b|[\w'’\-]+(?:\s+[\w'’\-]+){0,9}?\s+(?:a|an|to\s+be|as|too|very|more|most|"
                           r"important|essential|necessary|unacceptable|possible|likely|unlikely|premature|unfair|"
                           r"illegal|legitimate|[a-z]+ble)\b)")
_SAME_TIME = re.compile(r"\s*the\s+(?:same|following|next|previous)\s+(?:day|evening|morning|afternoon|night|week)\b", re.I)
#: ", which include A, B and C," right before the verb: a relative clause whose own commas are a list's.
_LISTING_RELATIVE = re.compile(r",\s*(?:which|who)\s+(?:(?:include|includes|included|contain|contains|contained|cover|covers)\b"
                                r"[^;:.\"“]*|[a-z]+\b[^;:.\"“]*,[^,;:.\"“]*\band\s[^,;:.\"“]*),\s*$")
# (also a relative with a list in it: "The newspaper, which reviewed 3,000 pages of invoices, emails and court filings,")
#: A passive report with its source: "had been told by Corvex that", "were assured by the ministry that".
_TOLD_BY = re.compile(r"\b(?:was|were|been|being)\s+(?P<cue>told|informed|assured|warned)\s+by\s+"
                      r"(?P<src>(?:the\s+)?[^,;:.\"“]{2,60}?)\s+that\s+")
#: An abbreviation in brackets after a name, right before its verb: "(EADA) said".
_ABBREVIATION_BEFORE = re.compile(r"\s*\([A-Z][A-Za-z0-9\-]{1,9}\)\s*$")
#: An object that weighs something rather than reports it: "stressed the importance of cooperation".
#: A cue's object noun and the word after it: "argued the case in January" (see ``NOT_CUE_OBJECTS``).
_DEED_OBJECT = re.compile(r"\s+(?:the|a|an|this|that|his|her|their|its)\s+([a-z]+)\b\s*([\w'’]*)")
_WEIGHT_OBJECT = re.compile(r"\s+the\s+(?:importance|need|role|necessity|significance|value)\b")
#: Sentence adverbs that may open a clause before its subject: "*Now* she wants to ...".
_SENTENCE_ADVERB = re.compile(r"(?:(?:Now|Then|Still|Meanwhile|Instead|Later|Today|Yet|And|But|So|Also|Separately)|"
                              r"(?:(?:Late|Early|Later|Earlier)\s+)?(?:[Oo]n\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|"
                              r"Saturday|Sunday)(?:\s+(?:morning|afternoon|evening|night))?|"
                              r"(?:Last|This|Earlier\s+this|Later\s+that)\s+(?:week|month|year|night|morning|evening))"
                              r"\s+(?=[a-zA-Z])")  # ("On Wednesday the newspaper said": the day is no source)
#: Words after a participle that describes the noun before it: "a memo *sent to* managers", "the report *published in* May".
_PARTICIPLE_NEXT = frozenset("to by in on at from last this earlier".split())
_LEAD_ADVERBIAL = re.compile(r"(?:(?:In|On|At|After|During|Despite|Asked|Speaking)\b[^,]{0,80},\s*)"
                             r"|(?:Q|A|Question|Answer|Interviewer|QUESTION|ANSWER):\s+")  # a transcript's tag is no subject
_WORD_OR_COMMA = re.compile(r"[\w'’\-]+|,")
#: What ``['’]s?$`` finds at the end of a word (which holds no line end): "minister's", "ministers'".
_POSSESSOR_ENDS = ("'", "’", "'s", "’s")
_FINITE_WORDS = frozenset("is are was were has have had will would can could may might should must does did do am".split())
# The small patterns of the extractor, compiled once: ``re.search("...", s)`` looks its pattern up in ``re``'s
# cache on every call, and that cache holds only 512 patterns and drops the oldest first, whether used or not (the
# patterns built from an article's names pushed these out, and each was compiled again every few articles).
_LETTER_WORD = re.compile(r"[A-Za-z']+")
_ENDS_AND_BUT = re.compile(r"\b(?:and|but)$", re.I)
_ENDS_RELATIVE = re.compile(r",\s*(which|who)$", re.I)
_ENDS_EMPHASIS = re.compile(r"\s*_[^_\n]{1,80}_\s*$")
_CAPITALISED_NP = re.compile(r"(?:the\s+)?[A-Z][\w'’\-]*(?:\s+[A-Z][\w'’\-]*){0,3}")
#: A clause, not a noun phrase: a noun, a past tense and its object ("importers cancelled orders"), where a
#: participle that describes a noun is followed by a preposition ("a firm based in Oslo") or follows a
#: determiner or an adverb ("a newly elected mayor").
_CLAUSE_NOT_NOUN_PHRASE = re.compile(
    r"(?:^|\s)(?!(?:the|a|an|its|his|her|their|our|this|that|newly|recently|long|well|once|twice)\s)[a-z][\w'’\-]*\s+"
    r"[a-z]+ed\s+(?!(?:by|in|at|on|for|from|to|with|of|as|under|near|after|since|during|and|or|but|over|into)\b)[a-z]")
_PLAIN_WORD = re.compile(r"[\w'’\-]+")
_PART_OF_GROUP = re.compile(r"(?:one|two|some|several|many|most|each|both|all|another)\s+of\s+(?:them|those|these)$")
_THE_SAME = re.compile(r"(?:the|a|an|its|his|her|their)\s+same\s+")
_ASIDE = re.compile(r"\s*,\s*(?:however|though|moreover|meanwhile|too|also|again|instead|nonetheless|nevertheless|in\s+turn|for\s+example)\s*,", re.I)
_OPT_THAT = re.compile(r"\s*(?:that\s+)?")
_COMMA = re.compile(r",")
_CITING_IN_SOURCE = re.compile(r",?\s+\b(?:citing|quoting)\s+", re.I)
_ONLY_CONJUNCTION = re.compile(r"\s*(?:but|and|yet|so)?\s*", re.I)
_COLON_SPACE = re.compile(r"\s*:?\s*")
_SPACE = re.compile(r"\s*")
_HAVE_VERB = re.compile(r"\s+have\s+([a-z]+)\b")
_DEFINITE_NOUN = re.compile(r"(?:the|this|that)\s+[a-z]+$")
_JOINT_AT_END = re.compile(r"(?:,\s*(?:and|but)?|;)\s*$")
_COMMA_QUOTE = re.compile(r"\s*,\s*[\"“«]")
_CITING_LEAD = re.compile(r"(?:Citing|Quoting)\s+([^,]+(?:,\s*[^,]+)?)\s*,?\s*$")
_DESCRIBED_AS = re.compile(r"[^,;.]{1,80}?\bas\b")
#: What a post or a sign says, after what it shows: "posted a photograph with the words: ...".
_WITH_THE_WORDS = re.compile(r"[^.;:\"“”]{0,80}?\b(?:with|under)\s+the\s+(?:words|caption|message|headline|line)s?\s*:\s*")
_CLAUSE_JOINT = re.compile(r";\s+|,\s+but\s+|"
                           # a source set in after a first content, then a second: "A, the desk found, and B, according to C"
                           # ("A, the company disclosed in a filing last month, and B, according to two bankers")
                           r",\s+(?:the|a|an)\s+[\w-]+(?:\s+[\w-]+)?\s+(?:said|says|found|finds|reported|reports|added|"
                           r"disclosed|announced|wrote|noted)(?:\s+(?:in|on|at|last|this|to)\b[^,;\"“”]{0,40})?,\s+and\s+")
_UNQUOTED_TO_COMMA = re.compile(r"[^\"“”«»]*,\s*")
_QUESTION_LINE = re.compile(r"(?m)^(?:Q|Question|Interviewer|INTERVIEWER|QUESTION):\s")
_HEADLINE_SPEAKER = re.compile(r"([A-Z][\w'’\-\.]*(?:[ \t]+[\w'’\-\.]+){0,3}):[ \t]+(\S[^\n]*)")
_NEWLINE = re.compile(r"\n")
#: The day a cue may carry before what follows it: "said on Tuesday", "said late on Monday", and American copy's bare
#: "said Wednesday", "said late Wednesday", "said Wednesday night".
_DAY_AFTER_CUE = (r"(?:\s+(?:(?:on|late\s+on|early\s+on|last|this|in)\s+[A-Za-z]+|(?:late\s+|early\s+|earlier\s+|later\s+)?"
                  r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday))(?:\s+(?:morning|afternoon|evening|night))?)?")
#: A time set between a subject and its cue: "Quillon at the time called", "Smith earlier this year said".
_TIME_BEFORE_CUE = re.compile(r"\s+(?:at\s+the\s+time|at\s+that\s+time|earlier\s+(?:this|that|in\s+the)\s+(?:week|month|year|day)|"
                              r"(?:last|this|that)\s+(?:week|month|year|spring|summer|autumn|fall|winter)|"
                              r"in\s+(?:January|February|March|April|May|June|July|August|September|October|November|December|"
                              r"\d{4}|the\s+past)|on\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday))$")
#: The words ``_TIME_BEFORE_CUE`` can end in (or a year's digit): a cheap test before it.
_TIME_ENDS = ("time", "week", "month", "year", "day", "spring", "summer", "autumn", "fall", "winter", "January", "February",
              "March", "April", "May", "June", "July", "August", "September", "October", "November", "December", "past")
#: A conjunction that opens the story's own clause right after a cue (and its day): "said on Tuesday as it cut".
_CONJUNCTION_AFTER_CUE = re.compile(_DAY_AFTER_CUE + r"\s*,?\s+(?:as|while|when|because|since)\s+"
                                    r"(?:it|he|she|they|the|a|an|its|his|her|their|[A-Z])|"
                                    # '..." she said, and she hoped to ...': a clause with a subject of its own
                                    r"\s*,\s+(?:and|but)\s+(?:he|she|they|it|we|i)\s+[a-z]+")
_COLON = re.compile(r"\s*:\s*")
#: What an intention needs after its verb: an infinitive ("wants to", "wants the council to") or a clause.
_INTENT_CLAUSE = re.compile(r"\s*(?:that\b|:|[\"“«]|(?:[\w'’-]+\s+){0,6}?to\s+[a-z]|"
                            # or an object and what should happen to it: "wants the increase held below 3%"
                            r"(?:the|a|an|its|his|her|their|all|every)\s+(?:[\w'’-]+\s+){0,3}?"
                            r"(?:[a-z]+ed|held|cut|kept|made|done|shut|set|put|built|sold|paid|frozen|withdrawn|torn)\b)")
#: "that" as the thing said, not a complementizer: "say that because ...", "said that about him".
_THAT_AS_OBJECT = re.compile(r"\s+that\s+(?:because\s+(?!of\b)|about\s+(?:him|her|them|it|me|us)\b)")
#: A content that opens with its subject pronoun, with no "that": "told the court he had heard ...".
_PRONOUN_CLAUSE_START = r"(?:he|she|they|it|we|i)\s+(?:had|has|have|was|were|would|will|is|are|did|could|should|might|must|[a-z]+ed)\b"
_ADDRESSEE = re.compile(r"\s+((?:the\s+|a\s+)?[\w'’\-]+(?:\s+[\w'’\-]+){0,7}?)\b\s*(?:,\s*)?(?=\bthat\b|:|[\"“«]|\b(?:on|in|at|by|from|last|late|this|outside|separately)\b|"
                       + _PRONOUN_CLAUSE_START + ")")
_PRONOUN_CLAUSE = re.compile(r"\s*(?=" + _PRONOUN_CLAUSE_START + ")")
#: An outlet told, then a clause with no "that": "told Reuters the trains had stopped" (a verb within eight words).
_OUTLET_THEN_CLAUSE = re.compile(r"\s+((?:the\s+)?[A-Z][\w'’\-]*(?:\s+[A-Z][\w'’\-]*){0,3})\s+(?=(?:the|a|an|his|her|its|their|"
                                 r"some|several|many|most|all|no|[A-Z][\w'’\-]*|\d[\d,.]*)\s+(?:[\w'’\-]+\s+){0,6}?"
                                 r"(?:had|has|have|was|were|is|are|would|will|could|did|[a-z]+ed)\b)")
#: A hearer told, then a clause with no "that": "told the court the case rested on a misreading", "told reporters
#: the plant was safe" (a verb within eight words, as for an outlet).
_HEARER_THEN_CLAUSE = re.compile(r"\s+((?:the\s+)?(?:court|jury|jurors|judge|committee|panel|hearing|inquiry|tribunal|parliament|"
                                 r"senate|assembly|council|reporters|journalists|lawmakers|legislators|delegates|residents|"
                                 r"investors|analysts|shareholders|supporters|crowd|audience|conference|meeting|us|me|him|them))\s+"
                                 r"(?=(?:the|a|an|his|her|its|their|some|several|many|most|all|no|[A-Z][\w'’\-]*|\d[\d,.]*)\s+"
                                 r"(?:[\w'’\-]+\s+){0,6}?(?:had|has|have|was|were|is|are|would|will|could|did|[a-z]+ed)\b)")
#: An outlet told, ending the sentence: '"...," Rune Dahl told the state broadcaster NRT.' (the content came before).
_ADDRESSEE_LAST = re.compile(r"\s+((?:the\s+|a\s+)?[\w'’\-]+(?:\s+[\w'’\-]+){0,4})\s*[.!?]?\s*$")
#: The colon after an addressee, and the opening quotation mark, if any, before the content.
_ADDRESSEE_COLON = re.compile(r"(?:\s+from\s+[A-Z][\w'’\-]*(?:\s+[A-Z][\w'’\-]*)?)?\s*:\s*(?=\S)")
_COLON_OR_QUOTE = re.compile(r"\s*:|\s*[\"“«]")
_TO = re.compile(r"(?:\s+(?:on|last|this|late|early)\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|week|"
                 r"month|year|night|morning|evening))?\s+to\s+")  # "pledged on Tuesday to restore"
_SPACES = re.compile(r"\s+")
_WORD_OR_QUOTE = re.compile(r"[\w'’\-]+|[\"“«]")
_QUANTITY_START = re.compile(r"(?:at\s+(?:least|most)|up\s+to|more\s+than|fewer\s+than|less\s+than|about|around|nearly|almost|over)\s", re.I)
_THAT_OR_QUOTE = re.compile(r"\s*(?:that,?\s+|[\"“«])")  # ("said that, if no budget is signed, ...")
_FIRST_WORD = re.compile(r"\s*([\w'’\-]+)")
_THAT_OR_COLON = re.compile(r"\s+that\b|\s*:")
#: A noun and an infinitive where a clause was looked for: "agreed in that *contract to keep* ...".
_NOUN_THEN_TO = re.compile(r"[a-z]+\s+to\s+[a-z]")
_COMPLEMENT_MARK = re.compile(r"\bthat,?\s+|:\s*|[\"“«]")
#: A "that" that opens a relative clause on the document, not the content: "said in a letter that was reviewed by the
#: Financial Courier that ...", "in a report that has been seen by ...".
_RELATIVE_THAT_PASSIVE = re.compile(r"(?:was|were|is|are|has\s+been|have\s+been|had\s+been)\s+[a-z]+(?:ed|en|seen|made|sent)\s+"
                                    r"(?:by|to)\b[^\"“«:]*?(?=\bthat\b)")
_ENDS_COMMA = re.compile(r",\s*$")
_WORD_CHAR = re.compile(r"[\w'’\-]")
_NEXT_LOWER_WORD = re.compile(r"\s+([a-z]+)")
_LOWER_WORD_AT = re.compile(r"\s*([a-z]+)\b")
#: An object that is a stance, not an event: "announced (in July) its readiness to cooperate", "its intention to".
_STANCE_OBJECT = re.compile(r"\s+(?:in\s+\w+\s+|on\s+\w+\s+)?(?:its|his|her|their|the\s+\w+['’]s)\s+"
                            r"(?:readiness|intention|willingness|plan|plans|decision|commitment|refusal|support|opposition|"
                            r"determination|desire|wish)\b")
_EXPRESSED_BEFORE = re.compile(r"\b(?:expressed|voiced)\s+$")
#: The "back" that makes a verb of ``PARTICLE_VERBS`` report: at the end of the sentence or before what was said
#: ("shot back.", "fired back that").
_BACK_REPORT = re.compile(r"\s+back\s*(?:[.,:;!?\"”]|that\b|$)", re.I)
_PARTICLE_CUE_LOW = re.compile(r"(?<![\w'’\-])(?:" + "|".join(sorted(PARTICLE_VERBS)) + r")(?=\s+back\b)")
_PARTICLE_AFTER = re.compile(r"\s+(for|on|out|back|confidence|hope|concern|(?:the\s+)?(?:conviction|belief|view|opinion|hope|confidence))\b")
_AFTER_TO_NOT = re.compile(r"\b(?:to|not)\s+$")
_AFTER_REFUSAL = re.compile(r"\b(?:declined|refused|could not|would not|did not)\s+(?:to\s+)?$", re.I)
#: What the last word before a cue ends with (as ``case_key`` reads it) wherever ``_AFTER_REFUSAL`` matches.
_REFUSAL_ENDS = ("declined", "refused", "not", "to")
#: The reason an unnamed source gives for staying unnamed, just before a word that may be a cue: "who asked not to be
#: named because he feared retaliation", "because they were not authorized to discuss".
#: Words before a cue form that make it a noun: "on record", "a report", "the claims".
_NOUN_AFTER_WORDS = frozenset("on a an the of for in to by from with his her its their our my".split())
#: Verbs that make a clause finite on their own.
_CLAUSE_VERBS = frozenset("is are was were has have had will would can could did does do may might must shall should".split())
#: Heads of an apposition that names a place, not a source: "..., the capital, said".
_PLACE_HEADS = frozenset("capital city town village region province district state country area port island".split())
#: A clause after an inverted source: '..., said Tobias Renn, an analyst, but the letter could ...'.
_BUT_CLAUSE = re.compile(r"\s*(?:but|while|although|though)\s+(?=\S)")
_COMMA_BUT = re.compile(r"\s*,\s*(?:but|while|although|though)\s+(?=\S)")
_WHY_UNNAMED = re.compile(r"\b(?:named|identified|anonymity|quoted|publicly)\s+because\s+(?:he|she|they|the\s+\w+)\s+"
                          r"(?:was\s+|were\s+)?(?:not\s+)?$")
#: Determiners a cue form may follow as a noun ("the claims"); the last word before the cue is tested against them
#: before ``_AFTER_DETERMINER`` runs (as ``case_key`` reads it).
_DETERMINER_ENDS = ("the", "a", "an", "this", "that", "its", "his", "her", "their")
_AFTER_DETERMINER = re.compile(r"\b(?:" + "|".join(_DETERMINER_ENDS) + r")\s+$", re.I)
_AFTER_CAPITALISED = re.compile(r"[A-Z][\w'’\-]*\s+$")
_NEXT_LOWER = re.compile(r"\s+[a-z]")
_AFTER_ADVERB = re.compile(r"\b[a-z]+ly\s+$")
_AFTER_DETERMINER_ADJECTIVE = re.compile(r"\b(?:the|a|an|this|its|his|her|their)\s+[a-z\-]+\s+$")
_AFTER_TIME_ADVERB = re.compile(r"\s(?:also|then|later|now|still|often)\s+$")
#: Modals a cue form may follow (the last or the last but one word before it is tested against them first).
_MODAL_ENDS = ("would", "will", "could", "can", "may", "might", "should", "must", "shall")
_AFTER_MODAL = re.compile(r"\b(?:" + "|".join(_MODAL_ENDS) + r")\s+(?:\w+\s+)?$", re.I)
_AFTER_HAVE = re.compile(r"\b(?:has|have|had)\s+$")
_AFTER_COMMA_AND = re.compile(r",[\"”»]?\s*(?:and\s+)?$")
_AFTER_BE = re.compile(r"\b(?:is|are|was|were|been|be|am)\s+$")
_AFTER_HAVE_WORD = re.compile(r"\b(?:has|have|had)\s+(?:\w+\s+)?$")
_AFTER_BE_ADVERB = re.compile(r"\b(?:was|were|is|are|been|be|being)\s+(?:\w+ly\s+|also\s+)?$")
#: What the last word before a cue ends with wherever ``_AFTER_BE_ADVERB`` matches (a cheap test first).
_BE_ADVERB_ENDS = ("was", "were", "is", "are", "been", "be", "being", "ly", "also")
_AFTER_WAS = re.compile(r"\b(?:was|were|is|are)\s+$")
#: Adverbials between an inverted cue and its source: "..., informed *today at a press conference* the Minister".
_INVERTED_ADVERBIALS = (r"(?:\s+(?:today|yesterday|tonight|again|also|later|earlier|on\s+[A-Z]\w+|"
                        r"at\s+(?:a|the)\s+(?:[\w\-]+\s+){0,3}(?:conference|briefing|meeting|session|rally|event|ceremony)|"
                        r"in\s+(?:a|an|the|his|her|its)\s+(?:[\w\-]+\s+){0,2}(?:statement|interview|speech|address)))*")
_INVERTED_SOURCE = re.compile(_INVERTED_ADVERBIALS + r"\s+((?:the\s+|a\s+|an\s+)?[\w'’\-\.]+(?:\s+[\w'’\-\.]+){0,11}?(?:,\s*(?:(?:a|an|the)\s+[^,.;]{1,80}|(?:(?:Mr|Mrs|Ms|Dr|Prof)\.?\s+)?[A-Z][\w'’\-]*(?:\s+[A-Z][\w'’\-]*){0,3}))?"
                              r"(?:\s+who\s+(?:asked|spoke|declined|requested|was|is|were|did)\b[^,.;]{1,60})?)\s*(?:[.,;]|$)")  # ("... who asked not to be identified")
_DETERMINED_NOUN = re.compile(r"(?:the|a|an|one|another|two|three|several|some)\s+[a-z]")
_COMMA_NEXT = re.compile(r"\s*,")
_CITING_BEFORE_CONTENT = re.compile(r"(?:\s+[^,;:\"“]{0,40}?)?\s*,\s*(?:citing|quoting)\s+([^,;:\"“]+?)\s*,\s*(?:that\s+)?(?=\S)")
_CITING_AFTER_CUE = re.compile(_DAY_AFTER_CUE + r"\s*,\s*(?:citing|quoting)\s+([^,.;]+)")  # ("reported on Wednesday, quoting X")
_SECOND_CONTENT = re.compile(r"\s*,\s*(?:(?:and|but)\s+)?(?=[\"“«]|(?:the|a|an|it|he|she|they|we|i)\b)|"
                             r"\s*,\s*but\s+(?=[a-z]+ing\s)", re.I)  # (", but keeping it open would have cost more")
#: The verb of a subject that stood before a cue: "Selling the unit, he estimates, _would_ raise ...".
_PREDICATE_NEXT = re.compile(r"\s*,\s*(?=(?:would|will|could|can|should|may|might|must|is|was|are|were|has|have|had|"
                             r"remains?|remained)\s)")
_PRONOUN_AND_VERB = re.compile(r"(?:he|she|they|it|we|i)\s+([a-z]+)\b", re.I)
_NOT_SECOND_CONTENT = re.compile(r"\s*,\s*(?:[a-z]+ing|according|citing|quoting|who|which)\b")
#: A word right after a cue: the object a poll "found" ("found Oyelaran with 34 percent").
_WORD_START = re.compile(r" [\w$€£]")
#: A conjunction that opens a clause after a closing quote mark: '..." and a memo to donors described'.
_LEADING_JOINT = re.compile(r"(?:and|but|or|while)\s+(?=\S)")
#: A document filed or sent, then what it says: "filed a complaint with the commission on Monday accusing".
_DOCUMENT_BEFORE_PARTICIPLE = re.compile(r"\b(?:filed|lodged|issued|sent|submitted|published|released)\s+(?:a|an|the|its|his|her|their)\s+"
                                         r"(?:[\w-]+\s+){0,2}(?:complaint|lawsuit|suit|counterclaim|countersuit|statement|letter|petition|motion|report|"
                                         r"appeal|filing)\b[^,.;:\"“”]{0,80}$")
#: A verb and "by" before a participle: "opened by saying", "responded by insisting".
_AFTER_VERB_BY = re.compile(r"\b[a-z]+ed\s+by\s+$")
#: Time spent doing it: "spent much of Monday arguing that" (searched in the whole stretch before the cue).
_AFTER_SPENT = re.compile(r"\b(?:spent|spends|spend|spending)\s+(?:[\w'’-]+\s+){1,5}$")
_RELATIVE_AFTER = re.compile(r"\s*(?:who|whose|which|where)\b")
#: The source after "according to": up to a stop, a title's abbreviation ("Dr.", "Sen.") no stop.
_ABBREVIATED = r"(?:\b(?:Dr|Mr|Mrs|Ms|Prof|Sen|Rep|Gov|Gen|Col|Lt|Capt|St|Sgt|Rev)\.\s*|[^,;:.!?\"“”])"
_AFTER_SOURCE = re.compile(rf"{_ABBREVIATED}+(?:,\s*(?:citing|quoting)\s+{_ABBREVIATED}+)?")
#: The subject of a participle after "with": "..., with the front-runner, State Treasurer Margaret Oyelaran, insisting".
_WITH_SUBJECT = re.compile(r",\s+with\s+(?P<src>(?:(?!\bwith\b)[^;:\"“”()]){2,90}?),?\s*$")


# ----------------------------------------------------------------------------- article state


@dataclass
class _Found:
    source: tuple[int, int] | None  # article offsets
    cue: tuple[int, int]
    content: tuple[int, int]
    phrase: str | None
    via: list[str] = field(default_factory=list)
    cue_label: str | None = None


#: The comma inside a firm's name: "Kidder, Peabody & Co.", "Dunham, Rowe & Co." (the words after it, then "&").
_FIRM_NAME_COMMA = re.compile(rf"\s[{_UP}][\w'’-]*(?:\s+[{_UP}][\w'’-]*)?\s+&\s+[{_UP}]")


#: Words that make "to <verb>" a question, not a clause: "over how to divide the quotas".
_WH_TO = frozenset("how whether what where when which who whom".split())


def _rfind_comma(text: str, lo: int, hi: int) -> int:
    """The last comma in ``text[lo:hi]`` that separates words, not the thousands of a number ("9,000") nor the comma
    of a firm's name ("an analyst with Dunham, Rowe & Co.")."""
    i = text.rfind(",", lo, hi)
    while i > lo and ((text[i - 1].isdigit() and text[i + 1:i + 2].isdigit()) or
                      (text[i - 1:i].isalpha() and text[i - 1:i].islower() and _FIRM_NAME_COMMA.match(text, i + 1, hi))):
        i = text.rfind(",", lo, i)
    return i


def _finite(text: str) -> bool:
    """Whether a stretch holds a verb that makes it a clause ("half the windows are dark")."""
    for w in _LETTER_WORD.findall(text):
        lw = w.lower()
        if lw in _FINITE_WORDS or lw in _IRREGULAR_PAST or (lw.endswith("ed") and w.islower() and len(lw) > 3):
            return True
    return False


#: Words after which a word in -s is a noun, not a verb: "her parents", "of the talks".
_NOUN_BEFORE = frozenset("the a an her his its their our my your of and or to for with only some many".split())


#: A short phrase that is only a preposition and its object, no clause: "under a cooperation agreement".
_PREPOSITIONAL_ONLY = re.compile(r"(?:under|before|at|in|on|for|against|with|during|after|from)\s+[^\s,;:\"“”]+"
                                 r"(?:\s+[^\s,;:\"“”]+){0,4}\.?")
#: A pronoun and its verb: the phrase is a clause, not someone who reports ("they would show jurors bank records").
_CLAUSE_OPENING = re.compile(r"(?:he|she|they|we|i|it)\s+(?:would|will|could|should|had|has|have|was|were|is|are|did|"
                             r"do|does|can|may|might|must)\b")


def _present_verb(text: str) -> bool:
    """Whether a stretch may hold a verb in the present ("the length of the outage suggests"): a word in -s that
    no determiner or preposition stands before."""
    words = _LETTER_WORD.findall(text)
    return any(w.endswith("s") and w.islower() and len(w) > 3 and not w.endswith("ss") and i and
               words[i - 1].lower() not in _NOUN_BEFORE for i, w in enumerate(words))


# ----------------------------------------------------------------------------- the extractor


class _Extractor:
    def __init__(self, text: str, sentences: list[Sentence], known):
        self.text = text
        self.sentences = sentences
        self.known = known
        self.quotes = Quotes(text)
        #: Whether a position lies inside a quotation: asked thousands of times per article, so bound once, no wrapper.
        self._in_quote = self.quotes.inside
        # Case-insensitive scans run case-sensitive on this lower-cased copy, several
        # times faster (``None`` when lower-casing would move offsets: then they do not).
        self.low = lowered(text)
        self._datelines: dict[int, re.Match | None] = {}
        # A window around a position can only hold a framing phrase that the whole text holds.
        self._framing = bool(_FRAMING_LOW.search(self.low) if self.low is not None else _FRAMING_RE.search(text))
        # Pronouns and descriptions ("the ministry") need the subjects of earlier
        # sentences, which only the relation finder can find: hence the callback. It
        # holds the extractor weakly so that the two form no reference cycle and the
        # article's state is freed when ``attribute`` returns, not at the next garbage
        # collection (which made the claims benchmark slower).
        main_subject = WeakMethod(self._main_subject)
        self.coref = Coreference(text, sentences, known, self.quotes.inside,
                                 lambda s0, limit: main_subject()(s0, limit))
        self.registry = self.coref.registry
        self._outlet_names: dict[str, bool] = {}  # ``_is_outlet`` of each capitalised name asked about
        self._plausibles: dict[str, bool] = {}  # ``_plausible`` of each phrase asked about (see there)

    # -- helpers ----------------------------------------------------------------------

    def _framed(self, pos: int) -> bool:
        """Whether ``pos`` lies in framing ("It is worth mentioning that"): looked up around it only."""
        if not self._framing:
            return False  # no framing phrase anywhere in the article, so none around ``pos``
        lo = max(0, pos - 40)
        window = self.low[lo:pos + 40] if self.low is not None else self.text[lo:pos + 40]
        framing = _FRAMING_LOW if self.low is not None else _FRAMING_RE
        return any(m.start() + lo <= pos < m.end() + lo for m in framing.finditer(window))

    def _cue_words(self, s0: int, s1: int, low: str):
        """The tokens of ``text[s0:s1]`` (``_WORD.finditer(text, s0, s1)``) that may be cue words.

        ``low`` is the sentence lower-cased. Where that keeps every offset, one scan of it
        for the cue forms finds the candidates, and each is re-read as ``_WORD`` reads it
        (a form followed by ". X" is the token "said.", no cue); a token is only a token
        where no token character stands before it. Elsewhere every token, as before.
        """
        if len(low) != s1 - s0:
            yield from _WORD.finditer(self.text, s0, s1)
            return
        text = self.text
        found = _CUE_WORD_LOW.finditer(low)
        if " back" in low:  # "she shot back": a verb that reports only with its particle
            found = sorted([*found, *_PARTICLE_CUE_LOW.finditer(low)], key=lambda c: c.start())
        for c in found:
            vs = s0 + c.start()
            if vs > s0 and _WORD_CHAR.match(text, vs - 1):
                continue
            m = _WORD.match(text, vs, s1)
            if m:
                yield m

    def _cue_opens_quote(self, vs: int) -> bool:
        """Whether the cue at ``vs`` is the first word of a quotation that follows its subject: 'the senator "expects
        the jury to see a paid witness"' (the senator expects; the quote gives his words from the verb on). Asked of
        beliefs and intentions only: a verb of saying there is the quoted words' own ('"told no both times"')."""
        span = self.quotes.at(vs)
        return bool(span) and span[0] == vs - 1 and vs >= 3 and self.text[vs - 2] == " " and \
            (self.text[vs - 3].isalnum() or self.text[vs - 3] == ".")

    def _trim(self, start: int, end: int) -> tuple[int, int]:
        text = self.text
        while start < end and text[start] in " ,;:\"“”«»'‘\n-–—":
            start += 1
        while end > start and text[end - 1] in " .,;:!?\"”»'’\n":
            end -= 1
        return start, end

    def _dateline(self, s0: int, limit: int) -> re.Match | None:
        """``_DATELINE.match(self.text, s0, limit)``, matched once per ``s0``.

        The pattern asserts nothing about where the text ends, so a match that the whole
        text gives within ``limit`` is the match up to ``limit``, and no match in the whole
        text means none in a part of it; only a longer match is looked for again.
        """
        if s0 not in self._datelines:
            self._datelines[s0] = _DATELINE.match(self.text, s0)
        d = self._datelines[s0]
        if d is None or d.end() <= limit:
            return d
        return _DATELINE.match(self.text, s0, limit)

    def _clause_start(self, s0: int, pos: int) -> int:
        """Where the clause around ``pos`` starts: after the last break outside quotes."""
        text = self.text
        start = s0
        d = self._dateline(s0, pos)
        if d:
            start = d.end()
        breaks = _CLAUSE_BREAK_LOW.finditer(self.low, start, pos) if self.low is not None else \
            _CLAUSE_BREAK.finditer(text, start, pos)
        for m in breaks:
            if not self._in_quote(m.start()):
                start = m.end()
        # a closing quote mark ends the quote's clause: the marks are found from the end
        # with rfind, not by walking back over every character
        i = pos
        while True:
            i = max(text.rfind("”", start, i), text.rfind("»", start, i), text.rfind('"', start, i))
            if i < 0:
                return start
            if text[i] != '"' or (not self._in_quote(i + 1) and self._in_quote(i - 1 if i else 0)):
                return i + 1

    def _subject_after_content(self, s0: int, start: int, end: int) -> bool:
        """Whether the leftmost "apposition" before a cue is its subject, after the content: "Sales fell, the
        spokeswoman, who asked not to be named, said" (not the age or role after a name: "Marta Zelenka, 54, a
        schoolteacher, told Reuters")."""
        text = self.text
        piece = text[start:end].strip()
        before = text[s0:start].rstrip()
        if not before.endswith(",") or not piece.lower().startswith(("the ", "a ", "an ")):
            return False
        before = before.rstrip(" ,")
        if not before or before[-1] in _QUOTE_CLOSE:
            return False
        clause = before.rsplit(",", 1)[-1]  # the words right before the apposition: a clause, not a name
        words = set(clause.lower().split())
        # a clause of its own ("Sales fell", "No one was hurt"), not a noun phrase with a participle ("A poll released
        # on Monday by Juno Research, a nonpartisan firm, found")
        own_verb = bool(words & _CLAUSE_VERBS or words & _IRREGULAR_PAST or _CLAUSE_NOT_NOUN_PHRASE.search(clause))
        return own_verb and not _name_in(clause.strip()) and (
            _head(piece) in _PERSON_HEADS or (self._plausible(piece) and _head(piece) not in _PLACE_HEADS))

    def _subject(self, s0: int, vs: int) -> tuple[tuple[int, int] | None, str, list[str], bool]:
        """The subject before a cue: (span, how, relays, coordinated).

        ``how`` is ``plain``, ``after_comma`` (the subject follows a comma: a content or an
        adverbial before it) or ``none``. Parentheticals between subject and verb are skipped
        (", who asked not to be named,"); "citing X" / "quoted by X" among them are relays.
        """
        text = self.text
        end = vs
        # (it ends in a closing bracket: a stretch with none is not searched)
        abbreviation = _ABBREVIATION_BEFORE.search(text, max(s0, vs - 16), vs) if text.find(")", max(s0, vs - 16), vs) >= 0 else None
        if abbreviation:
            end = abbreviation.start()  # "the Estravian Anti-Doping Agency (EADA) said"
        # skip auxiliaries and adverbs before the verb
        while True:
            lo = max(s0, end - 40)
            # the last word starts after the last white space before it: search from there
            tail = text[lo:end].rstrip()
            m = _LAST_WORD.search(text, lo + max(tail.rfind(" "), tail.rfind("\n"), tail.rfind("\t")) + 1, end)
            if not m:
                break
            w = m.group(1).lower()
            if (w in _AUX or w in ("neither", "either") or (w.endswith("ly") and len(w) > 4 and w not in ("family", "assembly", "ally", "rally", "italy"))) and m.group(1)[:1].islower() and not self._in_quote(m.start(1)):
                end = m.start(1)
                continue
            break
        left = text[s0:end].rstrip()
        # (both patterns end in a word: a stretch that ends in another letter is not searched)
        if left[-1:] in "dDtT" and _ENDS_AND_BUT.search(left) and not self._in_quote(s0 + len(left) - 1):
            return None, "none", [], True
        rel = _ENDS_RELATIVE.search(left) if left[-1:] in "hHoO" else None
        if rel and not self._in_quote(s0 + rel.start(1)):
            return (s0 + rel.start(1), s0 + rel.end(1)), "relative", [], False
        relays: list[str] = []
        stop = s0 + len(left)
        # a relative clause that holds a list: "The documents, which include test reports, minutes and emails, show"
        listed = _LISTING_RELATIVE.search(text, s0, stop)
        if listed and not self._in_quote(listed.start()):
            stop = listed.start() + 1
        # parentheticals: ", who asked not to be named," / ", citing an official source,"
        source_override = None
        skipped: list[tuple[int, int, bool]] = []  # parentheticals passed over: (start, end, apposition?)
        quoted = self.quotes.at(stop - 2) if stop - s0 > 2 and text[stop - 1] in _QUOTE_CLOSE and text[stop - 2] == "," else None
        if quoted:
            # ', who had called the text "a giveaway to cheesemakers," said': a relative clause that ends in a quotation
            prev = _rfind_comma(text, s0, quoted[0])
            if prev >= 0 and not self._in_quote(prev) and _RELATIVE_START.match(text, prev + 1, quoted[0]):
                skipped.append((prev + 1, stop, False))
                stop = prev + 1
        while stop > s0 and text[stop - 1] == ",":
            prev = _rfind_comma(text, s0, stop - 1)
            piece_start = prev + 1 if prev >= 0 else s0
            piece = text[piece_start:stop - 1]
            # (a state after a city is the city's: "The company, based in Morristown, N.J., said")
            if self._in_quote(stop - 1) or not (_PARENTHETICAL_START.match(piece) or piece.strip().lower() in US_STATES) or \
                    prev < 0 or self._in_quote(prev):
                stop -= 1
                break
            lead = text[s0:prev].split(None, 1)
            if lead and lead[0].lower() in _INTRO_START and lead[0][:1].isupper() and _APPOSITION_START.match(piece) and \
                    _rfind_comma(text, s0, prev) < 0:
                stop -= 1  # "In Washington, a Commerce Department official, who ..., told": the subject after an adverbial
                break
            skipped.append((piece_start, stop - 1, bool(_APPOSITION_START.match(piece))))
            rel = _RELAY_PARENTHETICAL.match(piece)
            if rel:
                if rel.group("how").lower().split()[0] in ("citing", "quoting", "referring"):
                    off = piece_start + rel.start("np")
                    source_override = (off, piece_start + rel.end("np"))
                else:
                    relays.append(rel.group("np"))
            stop = prev + 1
        if skipped and self._subject_after_content(s0, *skipped[-1][:2]):
            stop = skipped.pop()[1] + 1
        # an emphasised aside between subject and verb: "the new authorities _since taking office_"
        emph = _ENDS_EMPHASIS.search(text[s0:stop]) if text.count("_", s0, stop) >= 2 else None
        if emph:
            stop = s0 + emph.start()
        start = self._clause_start(s0, stop)
        if start > s0 and _OPENS_WITH_RELATIVE.match(text, s0, start) and text[s0:start].rstrip()[-1:] not in _QUOTE_CLOSE:
            # (not where a quotation ends: '"... The only person who has not shown up is the president," Vickery told')
            start = s0  # "A cyclist who was on the bridge when it fell": the relative is the subject's, not a clause
        seg_end = stop
        while seg_end > start and text[seg_end - 1] in " ,":
            seg_end -= 1
        if seg_end <= start:
            return None, "none", relays, False
        inner = _rfind_comma(text, start, seg_end)
        placed = _CITY_STATE_BEFORE.match(text, start, inner + 1) if inner >= 0 else None
        if placed and placed.group("state").lower() not in US_STATES:
            placed = None
        if inner >= 0 and not self._in_quote(inner) and not placed:
            start = inner + 1  # (but "The Marlborough, Mass., maker of office computer systems" is one phrase)
        # an apposition before a name: "Riverside's chief executive, Helen Marsh"
        how = "plain"
        before = text[s0:start].rstrip()
        if before.endswith(",") and not self._in_quote(start - 1):
            prev = _rfind_comma(text, s0, len(before) + s0 - 1)
            clause_start = self._clause_start(s0, s0 + len(before) - 1)
            inner_comma = _rfind_comma(text, clause_start, s0 + len(before) - 1)
            if inner_comma >= 0 and not self._in_quote(inner_comma):
                clause_start = inner_comma + 1
            piece = text[clause_start: s0 + len(before) - 1]
            np = text[start:seg_end].strip()
            is_name = bool(_name_in(np)) or _CAPITALISED_NP.fullmatch(np)
            lead_word = piece.strip().split(None, 1)[0].lower() if piece.strip() else ""
            role_np = not is_name and _head(np) in _PERSON_HEADS and bool(_name_in(piece)) and len(piece.split()) <= 6
            if (
                is_name
                and len(piece.split()) <= 6
                and lead_word not in _INTRO_START
                and not lead_word.endswith("ing")
                and _head(piece) in _APPOSITION_HEADS
                and not _CLAUSE_NOT_NOUN_PHRASE.search(piece)
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
        plain = list(_PLAIN_WORD.finditer(text[start:seg_end]))
        base = start  # (the words' offsets are from here; ``start`` moves past each verb)
        for i, w in enumerate(plain[:-1]):
            lw = w.group().lower()
            if lw in _VERB_IN_SUBJECT and not w.group()[:1].isupper() and not self._in_quote(base + w.start()):
                if 1 <= i <= 3 and plain[0].group().lower() in ("a", "an", "the") and plain[i + 1].group().lower() in _PARTICIPLE_NEXT:
                    break  # "A memo sent to senior managers ...": a participle describing the noun, no clause
                if i and plain[i - 1].group().lower() in ("the", "this", "that"):
                    continue  # "the said party": an adjective of translated copy, no verb
                if any(p.group().lower() in ("who", "whose") for p in plain[1:i]):
                    continue  # "An official who did not want his name to be published informed": the relative's verb
                start = base + w.end()
        # the description joined to the source ("Marta Zelenka, 54, a schoolteacher"), not a
        # relative clause ("The source, who asked not to be named")
        for piece_start, piece_end, apposition in reversed(skipped):
            if not apposition:
                break
            seg_end = piece_end
        span = self._trim(start, seg_end)
        joint = _LEADING_JOINT.match(text, span[0], span[1])
        if joint:
            span = (joint.end(), span[1])  # '... Wessendale," and a memo to donors described': the clause after a quote
        when = _TIME_BEFORE_CUE.search(text, span[0], span[1]) if text.endswith(_TIME_ENDS, span[0], span[1]) or \
            text[span[1] - 1:span[1]].isdigit() else None  # (only a phrase that ends in a time word or a year can)
        if when and when.start() > span[0] and text[span[0]:span[0] + 1].isupper() and not text[span[1]:vs].strip():
            # (right before the cue only: "A letter sent to all tenants in May, a copy of which ..., says" keeps it)
            span = (span[0], when.start())  # "Quillon at the time called the report ...": when, not who
        lead = _SENTENCE_ADVERB.match(text, span[0], span[1])
        if lead and lead.end() < span[1]:
            span = (lead.end(), span[1])  # "Now she wants to ...": the adverb is not the source
        last = text.rfind(" ", span[0], span[1]) + 1
        if last > span[0] and text[last:span[1]].lower() in _SUBJECT_PRONOUNS and \
                text[span[0]:last].split()[-1].lower() not in ("and", "or", "nor"):
            span = (last, span[1])  # "At the end of the press conference she underlined": an adverbial, then the subject
        if span[1] <= span[0]:
            return None, "none", relays, False
        if text[last:span[1]].lower() in ("who", "that", "which") and last > span[0]:
            return None, "none", relays, False  # "overruled engineers who wanted to delay": a description of them, no report
        if (text[span[0]:span[1]].split(None, 1) or [""])[0].lower() in ("how", "why", "whether", "what", "when", "where"):
            return None, "none", relays, False  # "would watch closely how the new court ruled": a question, no source
        if text[max(s0, span[0] - 5):span[0]].lower() == "what " and text[span[0]:span[1]].lower() in _SUBJECT_PRONOUNS:
            return None, "none", relays, False  # "the memo proved what they had argued": a free relative, no report
        if text[span[0]:span[0] + 6].lower() in ("whose ", "whom "):
            return None, "none", relays, False  # "Korvania, whose government Whitcombe has promised to confront": a relative
        return span, how, relays, False

    def _plausible(self, phrase: str) -> bool:
        """Whether a phrase can name someone who reports: a person, a body, an outlet, a group of people.

        Its words decide, with the caller's outlets and the people the article names (which
        ``Coreference`` indexes before any phrase is asked about), so one article asks each
        phrase once: the same subject is met again by every cue word that looks back at it.
        """
        known = self._plausibles.get(phrase)
        if known is None:
            known = self._plausibles[phrase] = self._plausible_words(phrase)
        return known

    def _plausible_words(self, phrase: str) -> bool:
        """``_plausible``, asked for the first time."""
        norm = _norm(phrase)
        low = norm.lower()
        if not low or low in ("this", "that", "there", "what", "all", "none", "nobody", "everyone", "one") or \
                low.startswith(("no ", "none ", "neither ", "nobody ")):
            return False  # "No group claimed responsibility": no one says anything
        first = low.split(",")[0]
        words = (_RELATIVE_WORD.split(first, maxsplit=1)[0] if "wh" in first else first).split()
        if len(words) > 14:
            return False  # (a relative clause does not count: "an official ... who did not want his name to be published")
        if low.startswith("in ") and _IN_MEDIUM.match(low):
            return False  # "The Ministry, in a statement posted on its website, said": no one posted the Ministry
        if _OBJECT_RELATIVE.search(low) or (("'s " in norm or "’s " in norm) and _OBJECT_RELATIVE_NAMED.search(norm)):
            # "nearly three times the number the university has acknowledged", "an idea Pellworth's board rejected":
            # what it owns to or turned down, no report
            return False
        if _CLAUSE_OPENING.match(low):
            return False  # "they would show jurors bank (records)": a clause of its own, not a name
        # What follows is one "or" of tests without side effects, cheapest first.
        if low in H.PRONOUN_GROUPS or _PART_OF_GROUP.match(low.split(",", 1)[0]):
            return True  # ("One of them, a nursing student who asked that her name not be used": a member of the group)
        if _THE_SAME.match(low) or low.removeprefix("the ") in H.OFFICE_PHRASES:
            return True  # ("the head of state")
        core = norm.split(",")[0].split()
        if core and core[-1][:1].isupper() and len(core) <= 8:
            return True  # "Norvik", "Castlegate Homes", "The European-Mediterranean Seismological Centre"
        head = _head(norm)
        if head in H.PERSON_NOUNS or head in H.INSTITUTION_NOUNS or head in H.OUTLET_NOUNS or head in H.SPOKES_NOUNS:
            return True
        if head in H.LEADER_OF_NOUNS and " of " in low:
            return True  # "The head of the regional administration said"
        if people_by_trade(head) and len(words) <= 8:
            return True  # "volcanologists abroad", "evacuees arriving in Port Elva by bus"
        if len(words) == 1 and head.endswith(("ist", "ian", "eer")):
            return True  # a headline's "... split, publicist says"
        if head.endswith("s") and (head[:-1] in H.INSTITUTION_NOUNS or head[:-1] in H.OUTLET_NOUNS):
            return True  # "conservation groups", "local newspapers"
        folded = lowered(phrase)
        if (_OUTLET_LOW.search(folded) if folded is not None else _OUTLET_RE.search(phrase)) or (
                self.known and self.coref.aliases.any_in(low)):
            return True
        if _name_in(norm):
            return True
        if _outlet_name(norm):
            return True  # "the independent news site Yelsk Today"
        if ((_DETERMINER_START.match(low) and head.endswith(_AGENT_ENDINGS)) or
                (_PLURAL_DETERMINER_START.match(low) and head.endswith(_AGENTS_ENDINGS))) and len(words) <= 6:
            return True  # "a cashier", "one shopkeeper", "the ferry operator", "several depositors": by what they do
        if head in ("account", "accounts") and low.startswith(("its ", "their ")) and len(words) <= 4:
            return True  # "Its rapid-response account posted that": the owner's own feed
        if _NAMED_TALLY.match(norm) and classify(phrase, None, self.known)[2] == "outlet":
            return True  # "A Meridian Press review of federal records": an outlet's own review
        if _SHARE_OF_PEOPLE.fullmatch(low):
            return classify(phrase, None, self.known)[0] == "anonymous_source"  # "Nearly a quarter said"
        return False

    def _complement(self, ve: int, s1: int, verb: str) -> tuple[int, list[str]] | None:
        """Where the content after a cue starts, and any relay it names ("told AFP that")."""
        text = self.text
        rest = text[ve:s1]
        relays: list[str] = []
        if not rest.strip(" .,;:\"”"):
            return None
        aside = _ASIDE.match(rest)
        if aside:
            ve += aside.end()
            rest = text[ve:s1]
        if _CONJUNCTION_AFTER_CUE.match(rest) and ":" not in rest:
            return None  # "..., the bank said on Tuesday as it cut its rate": the clause after "as" is the story's own
        if _THAT_AS_OBJECT.match(rest):
            return None  # "My colleagues say that because I am usually right": "that" is what they say, no clause
        if text[ve - 4:ve].lower().endswith((" for", " on", " out")):
            m = _OPT_THAT.match(rest)
            return ve + m.end(), relays  # "called for restraint", "pointing out that"
        m = _COLON.match(rest)
        if m:
            return ve + m.end(), relays
        m = _WITH_THE_WORDS.match(rest) if ":" in rest else None
        if m:
            return ve + m.end(), relays  # 'posted a photograph of the mill with the words: "She's welcome."'
        outlet = _FOR_OUTLET.match(rest)
        if outlet and self._is_outlet(outlet.group(1)):
            # "stated for the daily newspaper Nova Rec that": translated copy's "told the newspaper"
            relays.append(outlet.group(1))
            ve += outlet.end()
            rest = text[ve:s1]
        # an addressee before the content: "told the French news agency that"
        if verb in ADDRESSEE_VERBS:
            heard = _HEARER_THEN_CLAUSE.match(rest)
            if heard:
                return ve + heard.end(), relays  # "told the court the case rested on a misreading"
            a = _ADDRESSEE.match(rest)
            told = _OUTLET_THEN_CLAUSE.match(rest) if not a else None
            if told and self._is_outlet(told.group(1)):
                return ve + told.end(), relays + [told.group(1)]  # "told Reuters the trains had stopped"

            last = _ADDRESSEE_LAST.match(rest) if not a else None
            if last and classify(last.group(1), None, self.known)[0] in ("news_agency", "media_outlet", "state_media"):
                return None  # (the relay is read with the source: see ``_relay_after``)
            if a:
                addressee = a.group(1)
                if addressee.lower().split()[0] not in ("that",):
                    if self._is_outlet(addressee):  # "told the French news agency", "informed KIRTAG"
                        relays.append(addressee)
                    rest_pos = ve + a.end()
                    t = self._skip_to_complement(rest_pos, s1)
                    if t is not None:
                        return t, relays
                    colon = _ADDRESSEE_COLON.match(text, rest_pos, s1)
                    if colon:
                        return colon.end(), relays  # 'told us: "Our own systems are working normally."'
                    clause = _PRONOUN_CLAUSE.match(text, rest_pos, s1)
                    if clause:
                        return clause.end(), relays  # "told the court he had heard ..."
                    if not _COLON_OR_QUOTE.match(text[rest_pos:s1]):
                        return None  # "told the court on Tuesday.": the content came before
        if verb in TO_VERBS:
            m = _TO.match(rest)
            if m:
                return ve + m.end(), relays  # before a "that" further on: "plans to offer ... hospitals that treat"
        if VERBS.get(verb) == "intent" and not _INTENT_CLAUSE.match(rest):
            return None  # "wanted a superintendent who would take the blame": a thing wanted, no proposition
        if verb in _DISMISS_FORMS and not _DISMISSED_REPORT.match(rest) and " as " not in rest.split(",")[0][:80]:
            return None  # "had dismissed Mr. Kessler's former supervisor": fired him; "dismissed the claims as" reports
        t = self._skip_to_complement(ve, s1)
        if t is not None:
            return t, relays + self._relay_in(ve, t)
        if verb in NEEDS_COMPLEMENT and verb not in OBJECT_CONTENT and not _STANCE_OBJECT.match(rest):
            return None  # ("announced the closure of its last shaft" reports an event; "announced its readiness to" a stance)
        if verb in ADDRESSEE_VERBS and not _finite(text[ve:s1]) and not _present_verb(text[ve:s1]):
            return None  # "told only her family and her chief of staff": whom she told, with no clause of what
        # zero complementizer: the content starts at the next clause-like word, after adverbials
        pos = ve
        m = _SPACES.match(rest)
        pos += m.end() if m else 0
        limit = s1
        for c in _COMMA.finditer(text[pos:s1]):
            if not self._in_quote(pos + c.start()):
                limit = pos + c.start()
                break
        words = list(islice(_WORD_OR_QUOTE.finditer(text[pos:limit]), 8))  # (no more than the first 8 are read)
        if not words:
            return None
        first = words[0].group().lower()
        if _QUANTITY_START.match(text[pos:limit]):
            return pos, relays  # "recommends at least 150 minutes": a quantity, not an adverbial
        if first in _ADVERBIAL_START and first not in _CLAUSE_OPENERS:
            # "said on Friday it had ...": skip the adverbial to the next clause opener
            for i, w in enumerate(words[1:8], start=1):
                lw = w.group().lower()
                prev = words[i - 1].group().lower()
                # (a bare day is the whole adverbial: "said Wednesday the company would ...")
                if lw in ("it", "he", "she", "they", "we", "there", "i") or (
                        lw in _CLAUSE_OPENERS and i > 1 and prev not in _CLAUSE_OPENERS and prev not in _ADVERBIAL_START
                        and not (i > 2 and words[i - 2].group().lower() == "to" and words[i - 3].group().lower() in _WH_TO)) or (
                        # ("argued for weeks over how to divide the quotas": the question's object, no clause)
                        lw in _CLAUSE_OPENERS and i == 1 and first in _WEEKDAYS_LOW):
                    return pos + w.start(), relays
            return None
        if first in ("to",) and verb not in OBJECT_CONTENT:
            return None
        return pos, relays

    def own_subject(self, f: _Found):
        """ "Hallam Rovers have rejected a second offer from the Spanish club ..., the club said": a body that
        reports after the content is the named body the content opens with, not the last one named."""
        if not f.source or not f.phrase or f.source[0] < f.content[1]:
            return None
        words = _norm(f.phrase).lower().split()
        if len(words) != 2 or words[0] != "the" or words[1] not in _BODY_NOUNS:
            return None
        span = self._main_subject(f.content[0], f.content[1])
        if not span:
            return None
        phrase = self.text[span[0]:span[1]]
        kind, _label, group = classify(phrase, self.registry, self.known)
        if group != "official" or not phrase[:1].isupper() or len(phrase.split()) < 2 or \
                not all(w[:1].isupper() for w in phrase.split()):
            return None  # only a proper name: "Hallam Rovers", "Castlegate Homes"
        entity = self.coref.resolve_source(phrase, span, f.cue[0])
        self.coref.remember(f.source, entity)  # the same words go on speaking: ", insisting that ..."
        return entity

    def _is_outlet(self, phrase: str) -> bool:
        """Whether a phrase names a news outlet, on its words or as one the article has named ("DARPRES")."""
        if classify(phrase, None, self.known)[0] in ("news_agency", "media_outlet", "state_media"):
            return True
        name = _strip_det(_norm(phrase))
        if not name[:1].isupper():
            return False  # "reporters", "the court": no name to look for
        if any(e.group == "outlet" and e.label.lower() == name.lower() for e in self.registry.entities):
            return True
        if name not in self._outlet_names:  # what the text says of a name does not change: asked once
            self._outlet_names[name] = self._named_as_outlet(name)
        return self._outlet_names[name]

    def _named_as_outlet(self, name: str) -> bool:
        """Whether the text names ``name`` as an outlet: in its dateline, or with an outlet noun before it."""
        # the agency that filed the story, named in its dateline: "VELGRAD, 26 November /KIRTAG/."
        if any(m.group(1) == name for m in _FILED_BY.finditer(self.text, 0, 300)):
            return True
        # named with an outlet noun earlier in the story: "the state news agency TARP reported ..."
        for m in re.finditer(rf"(?<![\w-]){re.escape(name)}(?![\w-])", self.text):
            before = " ".join(self.text[max(0, m.start() - 60):m.start()].split()[-5:])
            if classify(f"{before} {name}", None, self.known)[0] in ("news_agency", "media_outlet", "state_media"):
                return True
        return False

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
        m = _THAT_OR_QUOTE.match(text[pos:s1])
        if m:
            return pos + m.end() - (1 if text[pos + m.end() - 1] in _QUOTE_OPEN else 0)
        first = _FIRST_WORD.match(text[pos:s1])
        if not first or (first.group(1).lower() not in _ADVERBIAL_START and not _SAME_TIME.match(text, pos, s1)):
            return None  # ("replied the same evening that": a time, then the content)
        window = text[pos:min(s1, pos + 160)]
        relative_words = 0  # words of a relative clause passed over: "in a letter *that was reviewed by the Courier*"
        for m in _COMPLEMENT_MARK.finditer(window):
            between = window[: m.start()]
            if self._in_quote(pos + m.start()) or "," in between and not _ENDS_COMMA.search(between):
                break
            if len(between.split()) - relative_words > 10:
                break
            passive = _RELATIVE_THAT_PASSIVE.match(window, m.end()) if m.group().startswith("that") else None
            if passive:
                relative_words = len(window[:passive.end()].split()) - len(between.split())
                continue
            if m.group().startswith(("\"", "“", "«")):
                return pos + m.start()
            return pos + m.end()
        return None

    def _content_end(self, start: int, s1: int) -> int:
        """Where a content that starts at ``start`` ends: the sentence end, or an earlier stop."""
        text = self.text
        end = s1
        content = text[start:s1]
        present = {n for n in _ALL_STOP_NEEDS if n in content}  # each looked for once, not once per pattern
        for rx, needs in zip(_CONTENT_STOPS, _STOP_NEEDS):
            if present.isdisjoint(needs):
                continue  # it cannot match
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
            if f.content[1] - f.content[0] < 3 or not _TWO_WORDS.search(text, f.content[0], f.content[1]):
                return  # one word ("recommended approval") is no proposition
            if _PREPOSITIONAL_ONLY.fullmatch(text, f.content[0], f.content[1]) and not _finite(text[f.content[0]:f.content[1]]):
                return  # "is testifying under a cooperation agreement": a circumstance, no proposition (but "said at
                # least two buildings should close" is one)
            found.append(f)

        # 1. "according to X" / "as reported by X (citing Y)"
        low = text[s0:s1].lower()
        # cheap substring tests first: most sentences hold none of these forms
        for m in (_SOURCE_AFTER_RE.finditer(text, s0, s1) if _AFTER_KEYS_RE.search(low) else ()):
            if self._in_quote(m.start()) or self._framed(m.start()):
                continue
            if not m.group("cue").lower().startswith(_OPENERS):
                continue  # "reported by", "citing": relays, handled with their verb
            cue_label = SOURCE_AFTER[_SPACES.sub(" ", case_key(m.group("cue")))]
            if cue_label in ("said", "statement", "citing", "quoted", "cited") and m.group("cue").lower() not in ("according to",):
                if m.group("cue").lower() in ("citing", "quoted by", "cited by"):
                    continue  # relays inside a source phrase: handled with the verb
            src_m = _AFTER_SOURCE.match(text, m.end(), s1)
            if not src_m:
                continue
            src = (m.end(), m.end() + len(src_m.group().rstrip()))
            if cue_label == "according to" and _head(text[src[0]:src[1]]) in ACCORDANCE_NOUNS and \
                    text[s0:m.start()].strip() and not text[s0:m.start()].rstrip().endswith(","):
                continue  # "register the children according to the new program": in accordance with it, no source
            via: list[str] = []
            r = _CITING_IN_SOURCE.search(text[src[0]:src[1]])
            if r:
                via.append(text[src[0]:src[0] + r.start()])
                src = (src[0] + r.end(), src[1])
            # "a statement by X" / "a survey by X" keep the document's words in the label
            lead = text[s0:m.start()]
            if not lead.strip(" ,\"“") or _DATELINE.fullmatch(lead) or _ONLY_CONJUNCTION.fullmatch(lead):
                comma = text.find(",", src[1], s1)
                if comma >= 0 and _RELATIVE_AFTER.match(text, comma + 1, s1):
                    comma = text.find(",", comma + 1, s1)  # "According to Dr. X, who teaches ethics, doctors ..."
                if comma < 0:
                    continue
                content = (comma + 1, s1)
            else:
                content = (self._content_start_before(found, s0, m.start()), m.start())
                more = _ELLIPTICAL_GOES_ON.match(text, src[1], s1)
                if more and (more.group(1).lower() in _PREDICATE_OPENERS or more.group(1).endswith(("est", "ly", "ed"))):
                    # "Support was strongest among the young, according to the poll, and weakest in the north":
                    # the content goes on after its source
                    add(_Found(src, (m.start(), m.start() + len(m.group("cue"))), (more.start(1), self._content_end(more.start(1), s1)),
                               text[src[0]:src[1]], list(via), cue_label))
            add(_Found(src, (m.start(), m.start() + len(m.group("cue"))), content, text[src[0]:src[1]], via, cue_label))
            covered.append((m.start(), src[1]))

        # 1b. "As the minister underlined, ...": the source and cue open the sentence, the content follows
        m = _AS_SOURCE_SAID.match(text, s0) if "as " in low[:12] else None
        if m and not self._in_quote(m.start()):
            src, cue = ("src", "cue") if m.group("src") else ("src2", "cue2")
            add(_Found((m.start(src), m.end(src)), (m.start(cue), m.end(cue)), (m.end(), s1),
                       m.group(src), [], m.group(cue).lower()))
            covered.append((m.start(), m.end()))

        # 2. passives with a relay: "was quoted by the French news agency as saying"
        quoted = "quoted" in low or "cited" in low
        for m in (_QUOTED_AS.finditer(text, s0, s1) if quoted else ()):
            if self._in_quote(m.start()):
                continue
            subj, how, relays, _ = self._subject(s0, m.start())
            if m.group("relay") or m.group("relay_last"):
                relays = relays + [m.group("relay") or m.group("relay_last")]
            if subj is None:
                continue
            cue = (m.start(), m.end())
            content_start = m.end()
            c = _COLON_SPACE.match(text[content_start:s1])
            content_start += c.end() if c else 0
            end = self._content_end(content_start, s1)
            if how == "after_comma" and content_start >= s1 - 1:
                content = (self._content_start_before(found, s0, subj[0]), subj[0])
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

        # 2b. "she had been told by Corvex that ...": a passive report, its source after "by"
        for m in (_TOLD_BY.finditer(text, s0, s1) if " by " in low and "that" in low else ()):
            if self._in_quote(m.start()):
                continue
            src = (m.start("src"), m.end("src"))
            add(_Found(src, (m.start("cue"), m.end("cue")), (m.end(), self._content_end(m.end(), s1)), m.group("src"), [],
                       m.group("cue").lower()))
            covered.append((m.start(), m.end()))

        # 3. verbs of saying, believing, intending.
        for m in self._cue_words(s0, s1, low):
            word = m.group().lower()
            category = VERBS.get(word) or (PARTICLE_VERBS.get(word) if _BACK_REPORT.match(self.text, m.end(), s1) else None)
            if not category:
                continue
            vs, ve = m.span()
            if (self._in_quote(vs) and not (category != "say" and self._cue_opens_quote(vs))) or self._framed(vs) or \
                    any(a <= vs < b for a, b in covered):
                continue
            if m.group()[:1].isupper() and vs != s0 and not (vs < self.coref._headline_end and m.group() in _HEADLINE_SAYS):
                continue  # a name, not a verb: "Kolvik Post", "Fox News Reports" (but a headline's "..., Agency Says")
            if any(f.source and f.source[0] <= vs < f.source[1] for f in found):
                continue
            before = text[max(s0, vs - 60):vs]  # the checks below look at the last few words only
            # Each check ends at the end of ``before`` and spans at most its last three words
            # (white-space separated): searched from there on, not from 60 characters back.
            parts = before.rsplit(None, 3)
            tail = len(parts[0]) if len(parts) == 4 else 0
            last = parts[-1] if parts else ""  # (a pattern that ends in given words is tried only after one of them)
            key = case_key(last)  # (the last word as the case-insensitive patterns read it: "ſ" is "s")
            nxt = _NEXT_LOWER_WORD.match(text[ve:ve + 12])
            if nxt and nxt.group(1) in NOT_CUE_BEFORE.get(word, ()):
                continue  # "added to evidence": no report
            if word in NOT_CUE_OBJECTS:
                obj = _DEED_OBJECT.match(text, ve, s1)
                if obj and obj.group(1).lower() in NOT_CUE_OBJECTS[word] and not _finite(obj.group(2)):
                    continue  # "who argued the case in January": pleaded it, no report
            if word in PLURAL_NOUN_CUES and parts and parts[-1] in NOUN_MODIFIERS:
                continue  # "weighing sites in neighboring states": a plural noun after what qualifies it (not a name's
                # word: "The news agency Baltica Press reports that")
            if word in NEEDS_THAT and not _THAT_OR_COLON.match(text, ve, s1):
                continue  # "state parks would close": the state's parks, no one stating
            if nxt and nxt.group(1) in ("nothing", "little") and category == "say":
                continue  # "He has said nothing in public about the bids": no content
            if "because" in before and _WHY_UNNAMED.search(before, tail):
                continue  # "who asked not to be named because he feared retaliation": why the source is unnamed
            if _WEIGHT_OBJECT.match(text, ve, s1) or before.rstrip().lower().endswith(
                    ("neither", "either", "confirm or", "confirms or", "confirmed or")):
                continue  # "stressed the importance of ...", "neither confirmed nor denied", "does not confirm or deny":
                # no proposition
            if nxt and word.endswith("s") and (nxt.group(1) in ("were", "are") or (
                    nxt.group(1) in VERBS and (nxt.group(1).endswith("ed") or nxt.group(1) in _IRREGULAR_PAST))):
                continue  # "the Dunari claims were ...", "a review of agency contingency plans found": a plural noun,
                # the subject of its own verb
            if ("expressed" in before or "voiced" in before) and _EXPRESSED_BEFORE.search(before):
                continue  # "expressed hope that": the cue is "expressed hope", read at "expressed"
            cue_end, cue_label = ve, word
            pm = _PARTICLE_AFTER.match(text[ve:ve + 20])
            if pm and f"{word} {_SPACES.sub(' ', pm.group(1))}" in PARTICLE_CUES:
                cue_end, cue_label = ve + pm.end(), PARTICLE_CUES[f"{word} {_SPACES.sub(' ', pm.group(1))}"]
            if (last.endswith(("to", "not")) and _AFTER_TO_NOT.search(before, tail)) or (
                    key.endswith(_REFUSAL_ENDS) and _AFTER_REFUSAL.search(before, tail)):
                continue  # "declined to confirm", "refused to comment"
            if key.endswith(_DETERMINER_ENDS) and _AFTER_DETERMINER.search(before, tail):
                continue  # a noun: "the report", "a call"
            if word in _BASE_NOUNS and _AFTER_DETERMINER_NAME.search(before):
                continue  # a noun after a name: "the action is a Class II recall"
            if parts and (word in _BASE_NOUNS or word[:-1] in _BASE_NOUNS) and parts[-1].endswith(_POSSESSIVE_ENDS) and \
                    parts[-1].lower() not in _CONTRACTED_IS:
                continue  # a noun after its possessor: "called Renfrew's claim ...", "the ministry's reports show"
            if word in _BASE_NOUNS and _AFTER_CAPITALISED.search(before, tail) and _NEXT_LOWER.match(text[ve:ve + 2]) and (
                    _NEXT_LOWER_WORD.match(text[ve:ve + 20]).group(1) not in _CLAUSE_AFTER_CUE):
                continue  # "Valdorian state television": a noun after a name
            if (word.endswith("ed") or word in _IRREGULAR_PAST) and last.endswith("ly") and _AFTER_ADVERB.search(before, tail) and _NEXT_LOWER_WORD.match(text[ve:ve + 20]) and (
                    _NEXT_LOWER_WORD.match(text[ve:ve + 20]).group(1) not in _CLAUSE_AFTER_CUE):
                continue  # "poorly maintained lines": an adjective, not a cue
            if word in _NOUN_FORMS and _AFTER_DETERMINER_ADJECTIVE.search(before, tail) and not _AFTER_TIME_ADVERB.search(before, tail):
                continue  # "a preliminary report", "the latest estimates"
            if (key.endswith(_MODAL_ENDS) or len(parts) > 1 and case_key(parts[-2]).endswith(_MODAL_ENDS)) and \
                    _AFTER_MODAL.search(before, tail) and not _AFTER_HAVE.search(before, tail):
                continue  # "would consider", "will announce": no report yet
            if word.endswith("ing"):
                if _AFTER_COMMA_AND.search(before, tail) or ("with" in before and _WITH_SUBJECT.search(text, max(s0, vs - 100), vs)) \
                        or _AFTER_VERB_BY.search(before, tail) or ("spen" in before and _AFTER_SPENT.search(before)) \
                        or _DOCUMENT_BEFORE_PARTICIPLE.search(before):  # "opened by saying that", "filed a complaint accusing"
                    self._participial(found, sent, m, cue_end, cue_label, category, add)
                    continue
                if not _AFTER_BE.search(before, tail):
                    continue
            if word in ("written", "shown", "found") and not _AFTER_HAVE_WORD.search(before, tail) and word != "found":
                continue
            if (word.endswith("ed") or word in _IRREGULAR_PAST or word in ("shown", "written", "known", "seen", "given")) and \
                    word not in ("reported",) and last.endswith(_BE_ADVERB_ENDS) and _AFTER_BE_ADVERB.search(before, tail):
                continue  # a passive: "was confirmed", "were told to leave", "was found guilty"
            if word == "reported" and _AFTER_WAS.search(before, tail):
                continue
            self._verb(found, sent, m, cue_end, cue_label, category, add)

        # 4. impersonal and passive cues with no named source.
        impersonal = _IMPERSONAL_KEYS_RE.search(low)
        for m in (_IMPERSONAL_RE.finditer(text, s0, s1) if impersonal else ()):
            if self._in_quote(m.start()) or any(f.cue[0] <= m.start() < f.cue[1] for f in found):
                continue
            if m.group("it"):
                issued = _IN_DOCUMENT_OF.match(text, m.end(), s1)
                if issued and self._plausible(issued.group("who")):
                    # "As it was stated in the announcement of the Hydrometeorological Service, the peak ...": its author
                    start = issued.end()
                    add(_Found((issued.start("who"), issued.end("who")), (m.start(), m.end()),
                               (start, self._content_end(start, s1)), issued.group("who"), [], m.group("it").lower()))
                    continue
                start = self._skip_to_complement(m.end(), s1)
                if start is None:
                    c = _SPACE.match(text[m.end():s1])
                    start = m.end() + c.end()
                content = (start, self._content_end(start, s1))
                label = m.group("it").lower()
            elif m.group("pass"):
                # "Marsh is understood to have told the board that ...": Marsh told it
                inner = _HAVE_VERB.match(text[m.end():s1])
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
                label = _SPACES.sub(" ", m.group("pass").lower())
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
            if f.source and self.text[f.cue[0]:f.cue[1]].lower().startswith(_OPENERS):
                if _DEFINITE_NOUN.match(_norm(f.phrase)):
                    group = self.coref.resolve(f.phrase, f.source[0]).group  # "the agency": the outlet named before
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
                    cut = _JOINT_AT_END.search(self.text[f.content[0]:first])
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
        if any(f.content[0] == content[0] for f in found):
            return  # "The bank responded by insisting that ...": one report, read at "responded"
        absolute = _WITH_SUBJECT.search(text, max(s0, m.start() - 100), m.start())
        if absolute and self._plausible(absolute.group("src")) and not self._in_quote(absolute.start("src")):
            # "..., with the front-runner, State Treasurer Margaret Oyelaran, insisting that ...": who insists is named
            # after "with", not the subject of the clause before
            src = (absolute.start("src"), absolute.end("src"))
            add(_Found(src, (m.start(), cue_end), content, text[src[0]:src[1]], [], cue_label))
            return
        if prior:
            p = prior[-1]
            add(_Found(p.source, (m.start(), cue_end), content, p.phrase, list(p.via), cue_label))
            return
        # no relation yet: the subject of the clause before the comma ("The ministry rejected X, saying")
        subj = self._main_subject(s0, m.start())
        named = _NAME_IN_APPOSITION.match(text, subj[1], m.start()) if subj else None
        if named and _name_in(named.group(1)):
            subj = (subj[0], named.end(1))  # "A spokesman for Solberg, Grant Meyers, denied the report, saying ..."
        if subj:
            add(_Found(subj, (m.start(), cue_end), content, text[subj[0]:subj[1]], [], cue_label))

    def _main_subject(self, s0: int, limit: int) -> tuple[int, int] | None:
        """The subject at the start of the clause: words before its first verb."""
        text = self.text
        start = s0
        d = self._dateline(s0, limit)
        if d:
            start = d.end()
        lead = _LEAD_ADVERBIAL.match(text, start, limit)
        if lead:
            start = lead.end()
        lead = _SENTENCE_ADVERB.match(text, start, limit)
        if lead:
            start = lead.end()
        # the noun phrase: words up to its head noun (or name), skipping ", apposition,"
        # (the loop below looks at no more than the first 13 words: the rest of a long
        # sentence is not split into words at all)
        words = list(islice(_WORD_OR_COMMA.finditer(text, start, limit), 13))
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
            is_head = _bare(lw) in _HEAD_NOUNS
            capital = w.group()[:1].isupper()
            if i > 0 and not capital and (lw in _VERB_AFTER_SUBJECT or (lw.endswith("ed") and len(lw) > 4)):
                if last is not None and last < i - 1 and i <= 5:
                    last = i - 1  # "Anti-graft campaigners welcomed": the words before the verb
                break
            if seen_head and not capital and not is_head and lw not in ("of", "for", "from", "at", "in", "the", "and") and \
                    not lw.endswith(_POSSESSOR_ENDS):
                break  # (a possessor goes on to its noun: "The Lanford attorney general's office")
            if is_head or capital or lw.endswith(_POSSESSOR_ENDS):
                last = i
                # a name at the start counts as the head when an apposition follows ("AquaPure, founded in 2009,")
                first_name = i == 0 and lw not in _NAME_STOP and i + 1 < len(words) and words[i + 1].group() == ","
                seen_head = seen_head or is_head or (capital and i > 0) or first_name
            if i > 10:
                break
        if last is None:
            return None
        span = self._trim(start, words[last].end())
        if span[1] > span[0] and len(text[span[0]:span[1]].split()) <= 12 and self._plausible(text[span[0]:span[1]]):
            return span
        return None

    def _verb(self, found, sent, m, cue_end, cue_label, category, add) -> None:
        text = self.text
        s0, s1 = sent.start, sent.end
        vs, ve = m.span()
        word = m.group().lower()
        if word in ASK_FORMS and not _QUESTION_AFTER.match(text, cue_end, s1):
            return  # "the seller was asking 40,000 dollars": a price, no question
        # (a cue that opens a quotation has its subject before the mark: 'the senator "expects the jury to ...')
        subj, how, relays, coordinated = self._subject(s0, vs - 1 if text[vs - 1] in _QUOTE_OPEN else vs)
        inverted_source = self._inverted_source(ve, s1) if subj is not None and how in ("plain", "after_comma") and \
            category == "say" and text[subj[1]:vs].strip()[:1] == "," and text[subj[1]:vs].rstrip()[-1:] == "," else None
        # (also past a clause the subject finder skipped: "... counties, where Granite sells one in six policies, said X")
        if inverted_source and self._plausible(inverted_source.group(1)) and \
                not self._plausible(text[subj[0]:subj[1]]):
            # "Prices will rise, says Elena Vidal.": what stands before the comma is the content, not the speaker
            subj = None
        if coordinated:
            earlier = [f for f in found if f.cue[0] < vs and f.source]
            latest = max(earlier, key=lambda f: f.cue[0]) if earlier else None
            if category != "say" and latest is not None and latest.source[0] < latest.content[0]:
                return  # "said the club had no intention ... and planned to", "thinks A, but worries": no report of its own
            prior = [f for f in found if f.cue[0] < vs and f.source]
            src_f = prior[-1] if prior else None
            if src_f is not None and src_f.source[0] > src_f.content[0] and src_f.cue_label not in ("according to",):
                src_f = None  # "A, he says, and plans to B": the clause's own subject plans
            inner = self._perfect_subject(src_f.content[0], vs) if src_f is not None and src_f.source[0] < src_f.content[0] < vs and \
                text[src_f.content[1]:vs].strip(" ,").lower() in ("and", "but", "and also", "but also") else None
            if inner is not None:
                # "Galpres reported that President Vasilak had cast his ballot ... and told reporters that ...", "said the
                # congressman had apologized ... but insisted he had done nothing illegal": the content's subject goes on
                src_f = _Found(inner, (vs, ve), (vs, ve), text[inner[0]:inner[1]], [src_f.phrase] + list(src_f.via))
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
                a = _INVERTED_SOURCE.match(rest)
                if a and (self._plausible(a.group(1)) or _DETERMINED_NOUN.match(a.group(1))):
                    inverted = (cue_end + a.start(1), cue_end + a.start(1) + len(a.group(1).rstrip(" .")))
            if not inverted:
                return
            cs = self._content_start_before(found, s0, vs)
            content = (cs, len(lead) + s0)
            add(_Found(inverted, (vs, cue_end), content, text[inverted[0]:inverted[1]], [], cue_label))
            # '"A," said the farmer, "and B."': the quote goes on after the source, and so does a clause after "but"
            tail = _COMMA_QUOTE.match(text[inverted[1]:s1]) or _COMMA_BUT.match(text[inverted[1]:s1])
            if tail:
                start = inverted[1] + tail.end()
                add(_Found(inverted, (vs, cue_end), (start, self._content_end(start, s1)),
                           text[inverted[0]:inverted[1]], [], cue_label))
            return
        phrase = text[subj[0]:subj[1]]
        if how == "relative" and phrase.lower() == "who":
            # "..., Mr. Timur Abas, who expressed hope that": the person before the comma speaks
            antecedent = _ANTECEDENT_NAME.search(text, s0, subj[0]) or _ANTECEDENT_NAME_DESCRIBED.search(text, s0, subj[0])
            if not antecedent or not _name_in(antecedent.group(1)):
                return
        elif not self._plausible(phrase) and how != "relay":
            return
        if word in _SHOW_FORMS and _head(phrase).lower() not in _SHOWING_HEADS and \
                _head(phrase).lower().rstrip("s") not in _SHOWING_HEADS:
            return  # "a handful of banks showed that such debt could be sold": a deed; "records showed that" reports
        if category != "say" and _SHARE_OF_PEOPLE.fullmatch(_norm(phrase).lower()):
            return  # "58 percent of voters want an early election": what a share wants is a poll's finding, not a report
        complement = self._complement(cue_end, s1, word)
        if complement is None and how == "plain" and word in FINDING_VERBS and _head(phrase) in FINDING_HEADS and \
                _WORD_START.match(text, cue_end):
            # "A Courier poll released on Monday found Oyelaran with 34 percent support": what a poll finds needs no "that"
            complement = (cue_end + 1, [])
        postposed = False
        if how == "relative" and complement is None:
            return
        if how == "relative":
            # "The Capital Sentinel, which said it had reviewed a copy, reported ...": the relative ends at the main verb
            main = _MAIN_VERB_AFTER_RELATIVE.search(text, complement[0], s1)
            if main and not self._in_quote(main.start()):
                s1 = main.start()
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
                # ("Closing Cimarron was expensive, Ms. Lindahl said": a gerund that opens a clause is no adverbial)
                and not (first.endswith("ing") and first not in _INTRO_START and _finite(lead))
                and not (complement is None and _PREDICATE_NEXT.match(rest))  # ("Selling the unit, he estimates, would")
            )
            cited = _CITING_LEAD.match(lead)
            if cited and complement is not None:
                src_start = seg_start + raw_lead.find(cited.group(1))
                src = (src_start, src_start + len(cited.group(1)))
                add(_Found(src, (vs, cue_end), (complement[0], self._content_end(complement[0], s1)),
                           text[src[0]:src[1]], relays + complement[1] + [phrase], cue_label))
                return
            if intro and complement is not None:
                relays = relays + self._relay_in(seg_start, subj[0])
            if complement is None and not raw_lead.endswith(",") and lead.split() and lead.split()[-1].lower() in VERBS and \
                    lead.split()[-1][:1].islower() and \
                    lead.split()[-2:-1] not in (["than"], ["as"]) and \
                    not set(lead.lower().split()[-2:-1]) & _NOUN_AFTER_WORDS:
                # ("fallen faster than expected" ends a content; "the hottest day on record" ends with a noun)
                return  # "..., Jonas Pirkola, said the seller had posted a sample": the subject opens another's content
            if not intro and complement is not None and self._relative_that(cue_end, complement[0]):
                # "..., Vossberg told senators at a hearing that ran for five hours": the hearing's, and the content is
                # before; or a later "that" opens it ("said in a letter that was reviewed by the Courier that they had")
                later = text.find(" that ", complement[0], s1)
                complement = (later + 6, complement[1]) if later >= 0 else None
            if not intro and (complement is None or _COMMA_NEXT.match(rest) or text[subj[0] - 1:subj[0]] in _QUOTE_CLOSE
                              or (text[s0:subj[0]].rstrip()[-1:] in _QUOTE_CLOSE) or complement is not None and self._at_end(complement[0])):
                postposed = True
        elif how == "relay":
            if complement is None:
                postposed = True
        relays = relays + (complement[1] if complement else [])
        # "Y reported last week, citing X, that ...": X says it, via Y
        # (the three citing patterns below need the word: most sentences are not searched for them)
        citing = "citing" in rest or "quoting" in rest
        cq = _CITING_BEFORE_CONTENT.match(rest) if citing else None
        if cq and not self._in_quote(cue_end + cq.start(1)):
            src = (cue_end + cq.start(1), cue_end + cq.end(1))
            start = cue_end + cq.end()
            add(_Found(src, (vs, cue_end), (start, self._content_end(start, s1)), text[src[0]:src[1]],
                       relays + [phrase], cue_label))
            return
        # "Y reported, quoting X" after the cue
        q = _CITING_AFTER_CUE.match(rest) if citing else None
        content_end = subj[0]  # a content before its source ends where the source (the relay) begins
        if q:
            relays = relays + [phrase]
            subj = (cue_end + q.start(1), cue_end + q.end(1))
            phrase = q.group(1)
        if postposed:
            cs = self._content_start_before(found, s0, content_end)
            ce = content_end
            if how == "relay":
                ce = self._clause_start(s0, subj[0])
            lead = text[cs:ce]
            if how == "after_comma" and complement is None and "," in lead.rstrip(" ,") and \
                    not any(c in lead for c in _QUOTE_OPEN + _QUOTE_CLOSE) and not _finite(lead) and not _present_verb(lead):
                # "Tallmadge, a Columbus, Ohio, chain of 340 stores, agreed in July to be acquired": a name and its
                # apposition, no clause (a fragment with no comma may still be one: "More cuts, he said.")
                return
            add(_Found(subj, (vs, cue_end), (cs, ce), phrase, relays, cue_label))
            # "A, she says, and B" / '"A," he said, "B."': the second part is its own content
            tail = _SECOND_CONTENT.match(text[cue_end:s1])
            own_cue = _PRONOUN_AND_VERB.match(text, cue_end + tail.end(), s1) if tail else None
            if own_cue and VERBS.get(own_cue.group(1).lower()):
                tail = None  # '..." she said, and she hoped to bring a bill': a report of its own, read at "hoped"
            if not tail and not _finite(text[cs:ce]):
                # "Selling the unit, he estimates, would raise $150 million": the subject before, its verb after
                tail = _PREDICATE_NEXT.match(text[cue_end:s1])
            if tail and not _NOT_SECOND_CONTENT.match(text[cue_end:s1]):
                start = cue_end + tail.end()
                add(_Found(subj, (vs, cue_end), (start, self._content_end(start, s1)), phrase, relays, cue_label))
            return
        if complement is None:
            return
        start = complement[0]
        if word in ("describe", "describes", "described", "describing") and not _DESCRIBED_AS.match(text[start:s1]):
            return  # "describe a frightening afternoon": no "X as Y", no report
        if cue_label in ("call", "calls", "called", "calling") and not re.match(
                r"(?:(?:(?!\band\b)[^,;\"“]){0,60}?[\"“«]|(?:the|a|an|his|her|its|their|this|that)?\s*[\w'’\-]+(?:\s+[\w'’\-]+){0,4}"
                r"\s+(?:a|an|his|her|its|their)\s)", text[start:s1]):
            return  # "called the strike", "called the president to offer condolences": no "X Y" naming
        if cue_label in ("rate", "rates", "rated") and not _QUOTE_SOON.match(text, start, s1):
            return  # "rated the bonds two notches lower": a grade, no verdict in the rater's words ('rated the claim "false"')
        if word in ("agree", "agrees", "agreed", "agreeing") and (not _THAT_OR_COLON.search(text, cue_end, start + 1) or
                                                               _NOUN_THEN_TO.match(text, start, s1)):
            return  # "the company agreed in that contract to keep both furnaces running": a promise made, no report
        if cue_label.startswith("den") and _DENIED_THING.match(text[start:self._content_end(start, s1)].rstrip(" .,;\"”")):
            return  # "has denied the charges": a thing denied, no proposition
        if text[start:start + 12].lower().startswith(("each other", "one another")):
            return  # "both sides accused each other of violations": a quarrel, no report
        if word in ("consider", "considers", "considered") and "that" not in text[cue_end:start].lower().split() and \
                not _SMALL_CLAUSE.match(text, start, s1):
            return  # "before he considers an early election": no "X (to be) Y" judgement
        if self._at_end(start) and start >= s1 - 1:
            return
        content = (start, self._content_end(start, s1))
        cited = _CITING_AFTER_CUE.match(text, content[1], s1) if citing and text.startswith(",", content[1]) else None
        if cited and self._plausible(cited.group(1)) and not self._in_quote(cited.start(1)) and \
                classify(cited.group(1), None, self.known)[2] in ("anonymous", "person"):
            # "The Ledger reported that the banks were in talks, citing people close to the matter": they say it
            # (documents and bodies cited are the reporter's evidence: "citing inspection reports" stays its own)
            relays, subj, phrase = relays + [phrase], (cited.start(1), cited.end(1)), cited.group(1)
        add(_Found(subj, (vs, cue_end), content, phrase, relays, cue_label))

    def _perfect_subject(self, start: int, limit: int) -> tuple[int, int] | None:
        """The subject of a content that opens with a person or body and a perfect ("President Teodor Vasilak had cast
        ...", "the congressman had apologized ..."): a verb coordinated later in it is that subject's, not the reporter's.
        (Not after "had been": "conceded that the candidate had been off his game and said ..." is the adviser's.)"""
        m = _PERFECT_OPENING.match(self.text, start, limit)
        if m is None or not self._plausible(m.group(1)):
            return None
        group = classify(m.group(1), self.registry, self.known)[2]
        if group not in ("person", "official", "outlet") and not (group == "anonymous" and m.group(1).lower().startswith("the ")):
            return None  # (a definite description names one before: "the congressman")
        return m.start(1), m.end(1)

    def _relative_that(self, cue_end: int, start: int) -> bool:
        """Whether the "that" before ``start`` opens a relative clause on a noun after the cue, not the content: "told
        senators on Tuesday at a hearing that ran for five hours" (a verb right after it), where "told reporters at a
        news conference that prices would rise" gives the content (a subject after it)."""
        between = self.text[cue_end:start].split()
        if len(between) < 4 or between[-1].lower() != "that":
            return False
        nxt = _LOWER_WORD_AT.match(self.text, start)
        return bool(nxt) and (nxt.group(1) in _VERB_AFTER_RELATIVE or nxt.group(1).endswith("ed"))

    def _inverted_source(self, ve: int, s1: int):
        """The source after a cue that ends the sentence ('..., said Sabine Wirz, an analyst.') or comes before a
        clause of its own ('..., said Tobias Renn, an analyst, but the letter could ...')."""
        m = _INVERTED_SOURCE.fullmatch(self.text, ve, s1)
        if m is None:
            rest = self.text[ve:s1]
            if "but" not in rest and "while" not in rest and "though" not in rest:
                return None  # no conjunction for ``_BUT_CLAUSE`` to find ("although" holds "though"): not run again
            m = _INVERTED_SOURCE.match(self.text, ve, s1)
            if m is None or not m.group().rstrip().endswith(",") or not _BUT_CLAUSE.match(self.text, m.end(), s1):
                return None
        return m

    def _at_end(self, pos: int) -> bool:
        """Whether nothing but punctuation follows ``pos``: no content there."""
        return not self.text[pos: pos + 3].strip(" .")

    def _content_start_before(self, found, s0: int, limit: int) -> int:
        """Start of a content that ends before its source: the clause start, after earlier relations."""
        text = self.text
        cs = s0
        d = self._dateline(s0, limit)
        if d:
            cs = d.end()
        for f in found:
            if f.cue[1] <= limit and f.content[1] <= limit and text[f.content[1]:limit].strip(" ,\"”»'’"):
                cs = max(cs, f.content[1], f.cue[1], f.source[1] if f.source and f.source[1] <= limit else 0)
        for m in _CLAUSE_JOINT.finditer(text[cs:limit]):
            if not self._in_quote(cs + m.start()):
                cs = cs + m.end()
        # a quote that opened in an earlier sentence (or after an adverbial): the content starts at its mark
        stretch = text[cs:limit].rstrip(" ,")
        if stretch and stretch[-1] in _QUOTE_CLOSE:
            span = self.quotes.at(cs + len(stretch) - 2)
            if span and (span[0] < cs or (span[0] > cs and not text[cs:span[0]].strip(" ,").endswith(("that", ":")) and
                                          _UNQUOTED_TO_COMMA.fullmatch(text[cs:span[0]]))):
                return span[0] + 1
        return cs

    # -- article-level passes ------------------------------------------------------------------

    def _speaking_asker(self, tag: str) -> bool:
        """Whether one who asks in a transcript also speaks for himself: a senator questioning a nominee ("Marchetti:
        That is not the same thing."), a person the story names, not its interviewer or host."""
        label = self.registry.person_label(tag) if " " not in tag else None
        return bool(label) and not (set(label.lower().split()) & _INTERVIEWER_WORDS)

    def _acronym_speaks(self, tag: str, after: int) -> bool:
        """Whether a headline's capitals before a colon name a speaker, not a label ("LIVE:"): the story has the
        body say something under that name ("FEMA: aid teams on the way" ... "FEMA said late Sunday")."""
        return tag.lower() not in _HEADLINE_LABELS and bool(re.search(
            rf"\b{re.escape(tag)}\s+(?:said|says|announced|confirmed|told|reported|warned)\b", self.text[after:]))

    def interview(self) -> list[_Found]:
        """ "KOVAČ: Because we have waited..." : the speaker's answer, up to the paragraph's end."""
        out = []
        speaker_lines = list(_SPEAKER_LINE.finditer(self.text))  # (read by each pass below: the article scanned once)
        # in a transcript with "Q:" lines, answers may carry the name as written: "Vrana: We have eleven pupils"
        questions = _QUESTION_LINE.search(self.text) is not None
        if not questions:
            # "Wave FM: Is it hard ...?" / "Veyne: It is hard ...": one tag that only asks, another that answers
            tags: dict[str, list[bool]] = {}
            for m in speaker_lines:
                tags.setdefault(m.group(1), []).append(m.group(2).rstrip().endswith("?"))
            questions = any(sum(v) >= 1 and 2 * sum(v) >= len(v) for v in tags.values()) and \
                any(len(v) >= 2 and not any(v) for v in tags.values())
            # or untagged questions, each answered by one tag: "Is a strike not going to hurt ...?" / "Barraclough: ..."
            answered: dict[str, int] = {}
            for m in speaker_lines:
                before = self.text[:m.start()].rstrip()
                if before.endswith("?"):
                    answered[m.group(1)] = answered.get(m.group(1), 0) + 1
            questions = questions or any(n >= 2 for n in answered.values())
        lines = []
        for m in speaker_lines:
            name = m.group(1)
            if name in ("Q", "A") or len(name) < 3 or name.lower() in _HEADLINE_LABELS or \
                    name.lower() in ("question", "answer", "interviewer"):
                continue  # (nor is "LIVE: ..." anyone's answer)
            if name.upper() != name and not (questions and all(w[:1].isupper() for w in name.split())) and not (
                    m.start() > self.coref._headline_end and " " not in name and self.registry.person_label(name)):
                # (a live blog's "Oyelaran: Because I'm not asking you ..." is the candidate the story named, answering)
                continue
            lines.append(m)
        # the one who asks is the interviewer: "VARO: Inspector, are the men armed?" is the programme's own voice
        asking = {m.group(1) for m in lines if m.group(2).rstrip().endswith("?")}  # (all its lines are the programme's)
        # an outlet that asks relays the answers: "Wave FM: Does Matteo come with you?"
        relay = [a for a in asking if classify(a, None, self.known)[0] in ("news_agency", "media_outlet", "state_media")]
        for m in lines:
            if m.group(1) not in asking or (self._speaking_asker(m.group(1)) and not m.group(2).rstrip().endswith("?")):
                out.append(_Found((m.start(1), m.end(1)), (m.end(1), m.end(1) + 1), (m.start(2), m.end(2)), m.group(1),
                                  relay[:1], ":"))
        # a live blog's post title that quotes its speaker: '22:15 - Voss: "We lost a vote, not the argument"'
        for m in _QUOTED_TITLE_LINE.finditer(self.text):
            speaker = m.group(1)
            if speaker.isupper() or any(f.source[0] == m.start(1) for f in out):
                continue
            if _name_in(speaker) or re.search(rf"[A-Z][\w'’\-]+\s+{re.escape(speaker)}\b", self.text):
                out.append(_Found((m.start(1), m.end(1)), (m.end(1), m.end(1) + 1), self._trim(m.start(2), m.end(2)), speaker,
                                  [], ":"))
        # a headline that gives its speaker before a colon: "Mayor Holt: the bridge will reopen"
        head = _HEADLINE_SPEAKER.match(self.text) or \
            _HEADLINE_SECOND.match(self.text)  # "Skyvane slides to quarterly loss; chief executive: fares will rise"
        if head and (not head.group(1).isupper() or self._acronym_speaks(head.group(1), head.end())) and \
                not any(f.source[0] == head.start(1) for f in out):
            # (a headline's speaker line that the interview's lines took already is not taken twice)
            speaker = head.group(1)
            words = speaker.lower().split()
            # a single name counts when the story names it again inside a sentence: "Marevia: troops fired first"
            # (or a body of a few words the story opens a sentence with: "Halvern Pharma said on Monday ...")
            named_again = (len(words) == 1 and re.search(rf"[a-z,]\s+{re.escape(speaker)}\b", self.text[head.end():])) or (
                len(words) <= 4 and all(w[:1].isupper() for w in speaker.split()) and
                re.search(rf"(?:^|[.!?]\s+){re.escape(speaker)}\s+(?:said|says|announced|confirmed|told)\b",
                          self.text[head.end():], re.M))
            if words[0] not in _HEADLINE_LABELS and words[-1] not in _HEADLINE_LABELS and (
                    _name_in(speaker) or _head(speaker) in _APPOSITION_HEADS or _OUTLET_RE.search(speaker) or named_again
                    or words[0] in H.TITLE_WORDS):  # "Head of region: heat will be restored"
                out.append(_Found((head.start(1), head.end(1)), (head.end(1), head.end(1) + 1), (head.start(2), head.end(2)),
                                  speaker, [], ":"))
        return out


def attribute(text: str, sentences: list[Sentence], known: dict[str, tuple[str, str]] | None = None) -> list[Relation]:
    """All attribution relations of the article, content spans in article offsets.

    ``known`` maps lower-case aliases to (name, kind) for outlets the caller knows
    (the editor's sources.yaml); they win over the built-in outlet table.
    """
    ex = _Extractor(text, sentences, known)
    para_ends = [m.start() for m in _NEWLINE.finditer(text)] + [len(text)]
    interview = ex.interview()
    interview_spans = [(f.source[0], f.content[1]) for f in interview]
    pending: list[tuple[_Found, _Entity | None]] = []
    for f in interview:
        entity = ex.coref.resolve(f.phrase, f.source[0])
        for relay in f.via:  # "Wave FM: Does Matteo come with you?": the programme that asks relays the answers
            relay_ent = ex.coref.resolve(relay, f.cue[0])
            if relay_ent is not entity and relay_ent.label not in entity.via:
                entity.via.append(relay_ent.label)
        pending.append((f, entity))
    previous: list[_Found] = []
    continuations: list[tuple[_Found, _Entity | None]] = []
    last_entity: _Entity | None = None
    for sent in sentences:
        para = bisect_right(para_ends, sent.start)
        para_end = para_ends[para] if para < len(para_ends) else len(text)
        # (most articles are no interview: then no answer is looked for)
        answer = next(((f, e) for (f, e), (a, b) in zip(pending, interview_spans) if a <= sent.start < b), None) \
            if interview_spans else None
        if answer is not None:
            # an answer's own reports are relations too, PARC-style, inside the speaker's: "Halvorsen: ... Celia
            # believes we ignored it", "I plan to finish this term" (the speaker's "I")
            speaker, speaker_entity = answer
            for f in ex.sentence(sent):
                if f.cue_label == ":" or not f.source or f.source[0] < speaker.content[0]:
                    continue
                words = _norm(f.phrase or "").lower()
                if words in ("we", "you", "they", "it"):
                    continue  # whom the speaker's "we" stands for is not said
                entity = speaker_entity if words == "i" else ex.coref.by_first_name(f.phrase, f.source[0]) or \
                    ex.own_subject(f) or ex.coref.resolve_source(f.phrase, f.source, f.cue[0])
                pending.append((f, entity))
            previous = []
            continue
        found = ex.sentence(sent)
        found.sort(key=lambda f: (f.source[0] if f.source else f.cue[0]))
        for f in found:
            entity = ex.own_subject(f) or ex.coref.resolve_source(f.phrase, f.source, f.cue[0])
            for relay in f.via:
                if not relay:
                    continue
                relay_ent = ex.coref.resolve(relay, f.cue[0])
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
    # ("X told Y that he hoped to Z" keeps its inner relation: PARC-style annotators mark the hope as one of its own)
    _trim_at_later_sources(text, pending)
    _identify_later(text, sentences, pending)
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
    return extend_quotes(text, ex.quotes, relations)


def _identify_later(text: str, sentences: list[Sentence], pending: list) -> None:
    """Sources a story names only after they first speak: each rule below relabels the entity of an earlier
    relation in place, so every relation that shares it follows."""
    named = _named_in_next_sentence(text, sentences, pending)
    _named_in_apposition_later(pending)
    _headline_nouns(text, sentences, pending, named)


def _named_in_next_sentence(text: str, sentences: list[Sentence], pending: list) -> dict[str, str]:
    """A lead that names its speaker only in the next sentence: "A structural engineer told a court on Monday that
    ... / Ilse Marek, 47, who inspected the bridge, was the first witness". The unnamed engineer is Ilse Marek.
    Returns head noun -> the label it turned out to be."""
    starts = [s.start for s in sentences]
    named: dict[str, str] = {}
    for f, entity in pending:
        if entity is None or entity.group != "anonymous" or not f.phrase or not f.source:
            continue
        words = _norm(f.phrase).lower().split()
        if len(words) > 4 or words[0] not in ("a", "an") or not _by_trade(_head(f.phrase)):
            continue
        i = bisect_right(starts, f.source[0])  # the sentence after the source's
        if i >= len(sentences) or sentences[i].start <= f.content[0] <= sentences[i].end:
            continue
        opening = text[sentences[i].start:sentences[i].start + 60]
        person = _name_in(opening.split(",", 1)[0]) if "," in opening else None
        if person and person[2] == 0 and len(person[0].split()) >= 2:
            entity.kind, entity.label, entity.group = "named_person", person[1], "person"
            named[_head(f.phrase)] = person[1]
    return named


def _named_in_apposition_later(pending: list) -> None:
    """ "her publicist said ... In a statement, the publicist, Corinne Hale, said": the role is named later in
    apposition, and the earlier bare role is that person."""
    # the bare roles first (few): "her publicist", "the spokesman"
    bare = [(g.source[0], _norm(g.phrase).lower().split()[-1], earlier) for g, earlier in pending
            if earlier is not None and g.phrase and g.source and earlier.group in ("anonymous", "official")
            and len(g.phrase.split()) <= 2 and earlier.label.lower() == _norm(g.phrase).lower().split()[-1]]
    if not bare:
        return
    for f, entity in pending:
        if entity is None or not f.phrase or "," not in f.phrase:
            continue
        role, _, rest = _norm(f.phrase).partition(",")
        if len(role.split()) > 3:
            continue
        person = _name_in(rest)
        role_head = _head(role)
        if not person or not role_head:
            continue
        for start, head, earlier in bare:
            if earlier is not entity and start < f.source[0] and head == role_head:
                earlier.kind, earlier.label, earlier.group = entity.kind, entity.label, entity.group


def _headline_nouns(text: str, sentences: list[Sentence], pending: list, named: dict[str, str]) -> None:
    """A headline's bare noun is what the story makes of it: "company says water is safe" is the body the story's
    "the company" turned out to be, "Engineer tells trial ..." the engineer named in the lead."""
    first_line = text.find("\n")
    bare = [(_norm(f.phrase).lower(), e) for f, e in pending if e is not None and f.source and f.phrase
            and f.source[1] <= first_line and len(_norm(f.phrase).split()) == 1 and e.label.lower() == _norm(f.phrase).lower()]
    for noun, entity in bare:
        later = [e for f, e in pending if e is not None and e is not entity and f.source and f.source[0] > first_line
                 and f.phrase and _norm(f.phrase).lower() == f"the {noun}" and e.label.lower() != noun]
        if later:
            entity.kind, entity.label, entity.group = later[0].kind, later[0].label, later[0].group
    # "Tavarian minister: talks will resume": the one person the story names with that title and lets speak
    titled = [(f, e) for f, e in pending if e is not None and e.group == "anonymous" and f.source and f.phrase and
              f.source[1] <= first_line and _head(f.phrase).lower() in _HEADLINE_TITLES]
    for f, entity in titled:
        title = _head(f.phrase).lower()
        holders = {e.label for g, e in pending if e is not None and e.kind == "named_person" and g.source and
                   g.source[0] > first_line and title in e.label.lower().split()}
        if len(holders) == 1:
            entity.kind, entity.label, entity.group = "named_person", holders.pop(), "person"
    if not named or not sentences:
        return
    for f, entity in pending:
        if entity is not None and entity.group == "anonymous" and f.phrase and f.source and \
                f.source[0] < sentences[0].start + 1 and _norm(f.phrase).lower() in named:
            entity.kind, entity.label, entity.group = "named_person", named[_norm(f.phrase).lower()], "person"




#: Titles a headline gives a speaker the story names later: "Tavarian minister: ...", "Senator: ...".
_HEADLINE_TITLES = frozenset("minister president premier governor senator mayor chancellor secretary ambassador envoy "
                             "candidate lawmaker congressman congresswoman representative speaker".split())


#: What stands before a report that opens a coordinated clause of its own: "..., and the board said that ...".
_COORDINATED_BEFORE = re.compile(r"(?:,[\"”’]?\s+(?:and|but|while|though|although|whereas)|;)\s+$")


def _trim_at_later_sources(text: str, pending: list) -> None:
    """A content ends where the next report's source and cue begin: in "Rosu plans to brief party leaders on
    Thursday, her spokesman said", what Rosu plans stops before "her spokesman said"."""
    # the reports whose content comes before their source and cue, by where that frame starts, and those that open
    # a clause of their own after a comma and "and" or "but" ("X reported that A, and the board said that B")
    frames = sorted((min(g.source[0], g.cue[0]), id(g), g) for g, _ in pending
                    if g.source and g.content[1] <= min(g.source[0], g.cue[0]))
    for g, _ in pending:
        joint = _COORDINATED_BEFORE.search(text, max(0, g.source[0] - 10), g.source[0]) \
            if g.source and g.source[0] < g.cue[0] < g.content[0] else None
        if joint:
            frames.append((joint.start(), id(g), g))
    frames.sort()
    if not frames:
        return
    starts = [fr[0] for fr in frames]
    for f, _ in pending:
        i = bisect_right(starts, f.content[0])
        while i < len(frames) and frames[i][0] < f.content[1]:
            begin, _, g = frames[i]
            if g is not f and f.content[0] < g.content[1]:
                end = begin  # the first such frame cuts the content
                while end > f.content[0] and text[end - 1] in " ,\"”":
                    end -= 1
                f.content = (f.content[0], end)
                break
            i += 1


def _continues(text: str, quotes: Quotes, last: _Found, start: int) -> bool:
    """Whether a quote opening at ``start`` goes on from ``last``: same paragraph, or the
    next one when ``last``'s quote was left open at its paragraph's end (news style for a
    quotation over several paragraphs)."""
    gap = text[last.content[1]:start]
    if "\n" not in gap:
        return True
    span = quotes.at(last.content[0] + 1) or quotes.at(last.content[0])
    return bool(span) and text[span[1]:span[1] + 1] == "\n" and gap.count("\n") <= 2
