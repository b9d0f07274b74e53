"""What kind of source a source phrase names, and the label to show for it.

``classify("a senior official at the ministry")`` -> ``("anonymous_source", ...)``: the
kind comes from the phrase's head noun and name (``lexicon/heads.py``). Named
individuals are ``named_person``, unnamed ones ``anonymous_source``, bodies and
spokespeople ``official_statement``, outlets by their kind (the caller's own
sources.yaml outlets first, then the built-in table). A document is labelled by its
author ("a statement issued by the presidency" -> "presidency").

This is a module of its own because it looks at one phrase and nothing else: no
article, no position, no earlier mentions (apart from the optional registry of people
the article has named, which turns a lone "Holub" into that person). The relation
finder (``attribute.py``) and the coreference resolver (``coref.py``) both ask it; it
imports neither. Finding a person's name in a phrase (``_name_in``) lives here too,
since it is what tells a named person from a body.

The answers are pure functions of the phrase, so they are cached.
"""
from __future__ import annotations

import re
from functools import lru_cache
from typing import TYPE_CHECKING

from .alternation import alternation
from .entities import lowered
from .textscan import case_key
from .lexicon import given_names as GN
from .lexicon import heads as H
from .lexicon.roles import COUNTRIES, PLACES
from .lexicon.sources import ANONYMITY_MARKERS, OUTLETS, STATE_MARKERS

if TYPE_CHECKING:
    from .coref import _Registry

#: Upper-case letters of the Latin alphabets ("Þórsdóttir", "ASUNCIÓN"), for names and datelines.
_UP = "A-Z" + "".join(ch for ch in map(chr, range(0xC0, 0x250)) if ch.isupper())
_WORD = re.compile(r"[\w'’\-]+(?:\.(?=\s+[A-Z]))?")
_COUNTRY_WORDS = frozenset(form for forms in COUNTRIES.values() for form in forms) | frozenset(PLACES)
_OUTLET_RE = re.compile(
    r"(?<![\w-])" + alternation(sorted(OUTLETS, key=len, reverse=True)) + r"(?![\w-])", re.I
)
#: A document's author is its source: "a statement issued by the presidency" -> "presidency".
_DOCUMENT_BY = re.compile(
    r"^(?:in\s+)?(?:an?\s+|the\s+)?(?:[\w\-]+\s+){0,2}?(?:statement|communiqu[eé]|report|study|survey|transcript|poll|analysis|"
    r"post|letter|notice|document|filing|release|press\s+release|figures|data|statistics|records|calculations?|"
    r"estimates?|tally|count|tallies|analyses|announcement|bulletin|results|polls)\s+"
    r"(?:(?:issued|released|published|posted|sent|made|written|prepared|carried\s+out|conducted|compiled|commissioned)\s+)?"
    r"(?:(?:last|this|on)\s+\w+\s+)?(?:by|from|(?<=announcement\s)of|(?<=bulletin\s)of|(?<=communiqu[eé]\s)of|"
    r"(?<=conducted\s)for|(?<=carried\sout\s)for)\s+(?:the\s+)?"
    r"(?P<author>.+?)(?:\s+(?:and\s+)?(?:released|published|issued|conducted|made\s+public)\b.*)?$",
    re.I,
)
#: Bodies counted, not named: "three manufacturers", "several local banks".
_COUNTED_BODIES = re.compile(r"(?:two|three|four|five|six|seven|eight|nine|ten|several|a few|a number of|dozens of|"
                             r"\d+)\s+(?:[a-z-]+\s+){0,2}[a-z-]+s$")
#: What a newspaper does under its own name: "a Ledger-Standard poll", "a Kolvik Post investigation".
_PAPER_WORK = frozenset("poll polls survey analysis investigation inquiry review editorial".split())
_POSSESSIVE = re.compile(r"(\w)['’]s(?=\s+[a-z])")  # before a common noun only: "Fishermen's Association" keeps it
#: Runs of capitalised words ("Foreign Minister Asaad al-Shaibani"). The first word is
#: ``(?<![\w'’\-])(?:[UP][\w'’\-]*\.?|(?:al|el)-[UP][\w'’\-]*)``, written to start with its
#: first letter so that a scan skips straight to the capitals (and "a", "e"). Initials joined by full stops
#: are one word ("U.S.", "D.C."), not a sentence's end.
_NAME_RUN = re.compile(
    r"[" + _UP + r"ae](?<![\w'’\-].)(?:(?<=[" + _UP + r"])(?:[\w'’\-]|\.(?=[" + _UP + r"]\.))*\.?|(?<=[ae])l-[" + _UP + r"][\w'’\-]*)"
    r"(?:[ \t]+(?:(?:al|el|bin|ibn|de|van|von|der|da|di|du|le|la|abu|dos|das|del)[ \t]+)?(?:[" + _UP + r"](?:[\w'’\-]|\.(?=[" + _UP + r"]\.))*\.?|(?:al|el)-[" + _UP + r"][\w'’\-]*))*"
)
_PARTICLES = frozenset("al el bin ibn de van von der da di du le la abu dos das del".split())
_PREPOSITIONS = frozenset(
    "of in at from for with on by who whom which that close familiar near about to published based working "
    "whose over under between among after before during inside within outside across against".split()
)
_DETERMINER = re.compile(r"^(?:the|a|an|this|that|these|those|one|another|its|his|her|their|our|some|many|several|other)\s+", re.I)
_DETERMINER_WORDS = frozenset("a an the this that these those its his her their our my your some many several one two three".split())
_QUANTIFIERS = frozenset("number some many most one two three several dozens hundreds thousands majority handful few all none each both group"
                         " percent cent quarter third fifth half minority four five six seven eight nine ten eleven twelve"
                         " dozen scores any".split())
#: Shares that end in an agent's ending but name no one: "a quarter said" is a share of people, not a quarterer.
_SHARE_WORDS = frozenset("percent cent quarter quarters third thirds half majority minority".split())
#: A time adverbial a subject phrase may end with: "... on Tuesday", "... last week", "... yesterday".
_TRAILING_TIME = re.compile(r"\s+(?:on\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)|last\s+(?:week|month|year|night)|"
                            r"in\s+(?:January|February|March|April|May|June|July|August|September|October|November|December)|"
                            r"yesterday|today)$")
#: A share of people, as polls count them: "nearly a quarter", "61 percent of voters", "half of those polled".
_SHARE_OF_PEOPLE = re.compile(r"(?:(?:nearly|almost|about|roughly|some|just|only|more\s+than|fewer\s+than|less\s+than|over|under)\s+)?"
                              r"(?P<share>(?:a|one|two|three)[\s-](?:quarter|third|fifth|tenth)s?|half|a\s+majority|a\s+minority|"
                              r"\d+(?:\.\d+)?\s*(?:percent|per\s+cent|%)|[a-z]+(?:-[a-z]+)?\s+(?:percent|per\s+cent))"
                              r"(?:\s+of\s+(?P<of>(?:them|those|the|these|all|likely|registered|[a-z-]+\s+)*[a-z-]+))?")
#: People counted by whoever asked them: "analysts surveyed by Streetline Data", "economists polled by Reuters".
_ASKED_BY = re.compile(r"(.+?)\s+(?:surveyed|polled|questioned|interviewed|canvassed)\s+by\s+\S")
#: What follows "those" in a share of people asked: "half of those polled".
_POLLED = frozenset("them those polled surveyed asked questioned interviewed respondents".split())
#: A capitalised name of a few words: "Clearwater Accountability Project", "Bank of Valdoria".
_CAPITALISED_NAME = re.compile(r"[A-Z][\w'’&.-]*(?:\s+(?:of|for|and|the|de|&)?\s*[A-Z][\w'’&.-]*){0,6}")
#: An outlet's own people or work: "The Harrow Post's fact-check team", "the paper's reporters".
#: An apposition that opens with a possessor: "Kasumi Steel, *Ashworth's partner* in a venture".
_POSSESSED_APPOSITION = re.compile(r"[A-Z][\w'’\-]*['’]s\s+[a-z]")
_OUTLETS_OWN = re.compile(r"(?:[Tt]he\s+)?(.+?)['’]s\s+(?:[\w-]+\s+)?(?:team|desk|staff|reporters?|editors?|newsroom|board|"
                          r"fact-checkers?|correspondents?|poll|analysis|review|investigation)$")
#: Campaign groups by their names' first words: "Friends of the Earth", "Save Our Libraries", "Stop the Pylons".
_CAMPAIGN_NAME = re.compile(r"(?:[Tt]he\s+)?(?:Friends\s+of|Save|Stop|Keep|Protect)\s+(?:[Tt]he\s+|Our\s+)?[A-Z][\w'’-]+")
#: Outlets joined in a body: "a consortium of television networks", "a group of newspapers".
_OUTLETS_POOLED = re.compile(r"(?:an?\s+|the\s+)?(?:[\w-]+\s+)?(?:consortium|group|pool|alliance|coalition)\s+of\s+(.+)$", re.I)
#: A poll's or a report's release after its head: "a poll published (on Sunday)", "a filing made public".
_DOCUMENT_OUT = re.compile(r"\b(poll|polls|survey|surveys|report|study|filing|analysis|statement|census)\s+"
                           r"(?:released|published|issued|conducted|made\s+public|out)$")
#: The words ``_DOCUMENT_OUT`` ends with (a phrase of ``_norm`` holds no line break for "$" to stop before):
#: most phrases end otherwise, and are not scanned.
_DOCUMENT_OUT_ENDS = ("released", "published", "issued", "conducted", "public", "out")
#: "A representative of the regional prosecutor's office": the office speaks.
#: Where people set off before it work: ", at the firm Harrow Pell" (the name in group 1).
_WORKS_AT = re.compile(r"\s*" + H.WORKPLACE + r"([A-Z].*)$")
_REPRESENTATIVE_OF = re.compile(r"(?:an?\s+|the\s+)?(?:representatives?\s+of|(?:lawyers?|attorneys?)\s+for)\s+(.+)$", re.I)
#: Documents an outlet has seen: they speak, the outlet relays. "internal documents seen by the Ledger".
_SEEN_BY = re.compile(r"(?P<doc>.+?)\s+(?:seen|obtained|reviewed)\s+by\s+.+$")
#: A count or survey named for its maker: "a Trans-Sahara Press tally", "the Kessel Post survey".
_NAMED_TALLY = re.compile(r"(?:[Aa]n?\s+|[Tt]he\s+)?((?:[A-Z][\w'’-]*\s+){1,4})(?:(?:instant|snap|new|latest|exit|own|online)\s+)?"
                          r"(?:tally|count|survey|poll|analysis|calculations?|estimates?|"
                          r"review|investigation|examination)\b")
#: Documents that speak for their authors, wherever they were published.
#: A participle after a source's noun, with a name for its object: "the committee _investigating Gov. Dale Prentiss_".
_DOING_SOMEONE = re.compile(r"\s+(?!(?:including|during|according|regarding|concerning|following|excluding)\s)"
                            r"[a-z]+ing\s+(?:the\s+)?[A-Z]")
#: A station's channel number: "WGRL Channel 6".
_CHANNEL_NUMBER = re.compile(r"\bChannel\s+\d+$")
#: A broadcaster's call letters: "KHLV-TV", "WDNR-FM".
_CALL_SIGN = re.compile(r"[A-Z]{2,5}-(?:TV|FM|AM|DT)")
_DOCUMENT_HEADS = frozenset("study studies report paper survey analysis research article review".split())
_HONORIFICS = frozenset("mr mrs ms dr prof sir dame".split())
_PARTICIPLES = frozenset("given written taken made shown known seen held based sent sold drawn kept paid built led".split())
# Patterns used on every phrase, compiled once rather than looked up in ``re``'s cache per call.
_POSSESSOR_END = re.compile(r"['’]s?$")  # "minister's", "ministers'"
_TOKEN = re.compile(r"\S+")
_DEMONYM_END = re.compile(r"(?:ian|ean|ese|ish|ani)$")
_PLACE_BEFORE = re.compile(r"\b(?:in|at|near|inside|outside)(?:\s+the)?$")
#: The words a text must end with for ``_PLACE_BEFORE`` to find anything (a cheap test first).
_PLACE_BEFORE_ENDS = ("in", "at", "near", "inside", "outside", "the")
_BODY_OF_BEFORE = re.compile(r"[A-Z][\w'’\-]*\s+(?:of|for)\s*$")
_HEAD_CUT = re.compile(r",|\s[-–—]\s")
#: A phrase that ends in what a possessor has: "the secretary of state's office".
_OWNED_LAST = re.compile(r"(?:the\s+)?([A-Za-z]+)\s(?:of|for)\s[^,]*['’]s\s+([a-z]+)\s*$", re.I)
_RELATIVE_CUT = re.compile(r",\s*(?:who|which|whose|where)\b|\s+(?:who|whose)\s")
_PERSONAL_POSSESSIVE = re.compile(r"(?:his|her|their)\b", re.I)
_STATE_OUTLET = re.compile(
    r"\b(?:state|official|state-run|state-owned|government)\s+(?:(?:[A-Z][\w\-]*\s+)*(?:news|press|information|telegraph)\s+agency|"
    r"agency|(?:[A-Z][\w\-]*\s+)*(?:television|tv|radio|broadcaster|media|channel|newspaper))\b",
    # (an agency is a news agency only with "news", "press" ... before it: "the State Forestry Agency" is a body)
    re.I,
)
_ONE_UNNAMED = re.compile(r"(?:a|an|one|another)\s+[a-z]")
#: ``_OUTLET_RE`` for lower-cased text (see ``entities.lowered``), and ``any(a in low for a in ANONYMITY_MARKERS)``.
_OUTLET_LOW = re.compile(_OUTLET_RE.pattern)
_ANONYMITY_MARKER = re.compile(alternation(sorted(set(ANONYMITY_MARKERS), key=len, reverse=True)))
#: ``any(s in low for s in STATE_MARKERS)`` as one scan.
_STATE_MARKER = re.compile(alternation(sorted(set(STATE_MARKERS), key=len, reverse=True)))


@lru_cache(maxsize=8192)
def _norm(text: str) -> str:
    # ``re.sub(r"\s+", " ", t).strip()``: ``str.split`` and ``\s`` know the same white space
    # (cached: the relation finder, the resolver and the classifier each normalise the same source phrases)
    return " ".join(text.strip(" ,:;\"“”'’.").split())


def _strip_det(label: str) -> str:
    # ``_DETERMINER.sub("", label, count=1)``: the pattern is anchored at the start, so a match there is all it can find
    m = _DETERMINER.match(label)
    return label[m.end():] if m else label


def _without_trailing_the(text: str) -> str:
    r"""``re.sub(r"(?:[\s,]|\bthe\b)+$", "", text)``: the text without its tail of white space, commas and
    whole words "the", taken off from the end instead of searched for from the start."""
    while True:
        cut = text.rstrip().rstrip(",")
        if cut.endswith("the") and (len(cut) == 3 or not (cut[-4].isalnum() or cut[-4] == "_")):
            cut = cut[:-3]
        if cut == text:
            return text
        text = cut


def _bare(token: str) -> str:
    if token.endswith(("'s", "’s")):
        token = token[:-2]
    return token.strip("'’.,").lower()



# ----------------------------------------------------------------------------- names


_NAME_STOP = frozenset(
    """the a an this that these those he she it they we i in on at of for to from by with and or but as if
    his her its their our my your some many several one two three no not our asked after before during
    when while since although though despite according meanwhile however red
    is are was were do does did will would can could has have had should may might must
    under over about through across against among between within without toward towards into onto upon near
    beside behind beyond along amid around inside outside""".split()  # ("Red Cross" is no one;
    # "Q: Is Bellamy for sale?" opens with a verb)
)


def _name_runs(phrase: str):
    """Runs of capitalised words, cut at sentence ends, without leading function words."""
    for m in _NAME_RUN.finditer(phrase):
        group = m.group()
        pos = m.start()
        if "." not in group:  # no sentence end inside: the run is its words (split at spaces and tabs)
            run = []
            at = 0
            for token in group.split():
                at = group.index(token, at)
                run.append((pos + at, token))
                at += len(token)
            yield run
            continue
        run: list[tuple[int, str]] = []
        for t in _TOKEN.finditer(group):
            token = t.group()
            run.append((pos + t.start(), token))
            bare = token.rstrip(".")
            if token.endswith(".") and not (bare.lower() in H.TITLE_WORDS or len(bare) == 1 or "." in bare):
                run[-1] = (run[-1][0], bare)
                yield run
                run = []
        if run:
            yield run


#: What ``_POSSESSOR_END`` (``['’]s?$``) finds at the end of a word without white space.
_POSSESSOR_SUFFIXES = ("'", "’", "'s", "’s")


def _unpossessed(word: str) -> str:
    """``_POSSESSOR_END.sub("", word)`` for a word without white space."""
    if word.endswith(("'s", "’s")):
        return word[:-2]
    return word[:-1] if word.endswith(("'", "’")) else word


#: A title of a portfolio, right before it: "Minister of" in "Minister of Water Resources Farhod Nazarov".
_TITLE_OF = (r"\b(?:[Mm]inister|[Ss]ecretary|[Dd]irector|[Hh]ead|[Cc]hief|[Gg]overnor|[Aa]mbassador|"
             r"[Cc]ommissioner|[Pp]resident|[Cc]hair(?:man|woman|person)?)(?:\s+[Gg]eneral)?\s+(?:of|for)\s+")
_TITLE_OF_BEFORE = re.compile(_TITLE_OF + r"(?:the\s+)?$")


#: A title of a body anywhere before a name: "Prime Minister of the Republic of Tarvia Leyla Hasanli".
_TITLE_OF_ANYWHERE = re.compile(_TITLE_OF)
#: Words of a title before its head: "Prime" Minister, "deputy" chairman, "first deputy" minister.
_TITLE_LEAD = re.compile(r"(?:\b(?:[Pp]rime|[Dd]eputy|[Vv]ice|[Ff]irst|[Aa]cting|[Ff]oreign|[Ff]inance)\s+)+$")


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
            if t.endswith(_POSSESSOR_SUFFIXES):
                if len(run) - i - 1 >= 2 and all(w[:1].isupper() for _, w in run[i + 1:]):
                    run = run[i + 1:]  # "the Forward Party's Irene Castellane": the name after its possessor
                elif not possessive or (t.endswith(("s'", "s’")) and _unpossessed(t).lower() in H.PERSON_NOUNS):
                    run = []  # (and "the Chemical Workers' Union" belongs to workers, no one named)
                else:
                    run = run[:i] + [(off, _unpossessed(t))]
                break
        if not run:
            continue
        tokens = [t for _, t in run]
        offsets = [o for o, _ in run]
        low = [_bare(t) for t in tokens]
        last_title = -1
        for i in range(len(low) - 1, -1, -1):
            if low[i] in H.TITLE_WORDS or low[i].rstrip(".") in H.TITLE_WORDS:
                last_title = i
                break
        titled = last_title >= 0
        first = last_title + 1
        # demonyms before a name without a title: "Syrian Ahmed Al-Sharaa"
        while len(tokens) - first > 2 and (low[first] in _COUNTRY_WORDS or _DEMONYM_END.search(low[first])):
            first += 1
        name_tokens = tokens[first:]
        content = [t for t in low[first:] if t not in _PARTICLES]
        if not content:
            continue
        label_from = None
        placed = content[1:] if len(content) >= 2 and content[0] in GN.PLACE_NAMES_GIVEN else content  # ("Milan Petek")
        # (a hyphenated last word of a paper's name: "the Cincinnati Courier-Press")
        hyphened = "-" in placed[-1] and all(part in H.ORG_NAME_WORDS for part in placed[-1].split("-"))
        if any(t in H.ORG_NAME_WORDS or t in _COUNTRY_WORDS for t in placed) or " ".join(content) in _COUNTRY_WORDS or hyphened:
            # "Minister of Water Resources Farhod Nazarov": the portfolio, then the name
            cut = 1 + max((i for i, t in enumerate(low) if t in H.ORG_NAME_WORDS or t in _COUNTRY_WORDS), default=len(low))
            title_of = _TITLE_OF_BEFORE.search(phrase, 0, offsets[0]) if len(tokens) - cut >= 2 else None
            if not title_of or cut <= first:
                continue  # "Halden Motors", "North Korea"
            first, titled, label_from = cut, True, title_of.start()
            name_tokens = tokens[first:]
            content = [t for t in low[first:] if t not in _PARTICLES]
        if any(t.isalpha() and t.upper() == t and len(t) > 1 for t in name_tokens):
            continue  # an acronym: "ARMO", "MNA"
        run_end = offsets[-1] + len(tokens[-1])
        if phrase[run_end:run_end + 3].lstrip().startswith("&") or phrase[max(0, offsets[0] - 3):offsets[0]].rstrip().endswith("&"):
            continue  # a firm: "Ashby Rourke & Co.", "Lakeland Power & Light Co."
        before = phrase[: offsets[0]].rstrip().lower()
        prev_word = before.rsplit(None, 1)[-1] if before else ""
        prev_content = _without_trailing_the(before).rsplit(None, 1)[-1:] or [""]
        honorific = low[0].rstrip(".") in _HONORIFICS  # "the party, Mrs. Irena Malek": a person whatever stands before
        if (prev_content[0] in H.OUTLET_BEFORE_NAME or prev_content[0] in H.INSTITUTION_BEFORE_NAME) and not honorific:
            continue  # "the local newspaper, the Western Echo"
        if before.endswith(_PLACE_BEFORE_ENDS) and _PLACE_BEFORE.search(before) and not (titled and len(content) >= 2):
            continue  # a place: "at the evacuation centre in the Palacio de Deportes" (not "a jab at President Carl Whitmore")
        if prev_word in H.OUTLET_BEFORE_NAME or prev_word in H.INSTITUTION_BEFORE_NAME or prev_word.rstrip("s") in H.OUTLET_BEFORE_NAME:
            continue
        role_before = prev_word in H.PERSON_NOUNS or prev_word in H.TITLE_WORDS
        given = len(content) == 1 and (content[0] in GN.FEMALE or content[0] in GN.MALE)
        if len(content) < 2 and not (titled or role_before or given):
            continue
        if prev_word in ("of", "for") and _BODY_OF_BEFORE.search(phrase[: offsets[0]]) and label_from is None:
            title_of = _TITLE_OF_BEFORE.search(phrase, 0, offsets[0]) if titled and len(content) >= 2 else None
            if not title_of and len(name_tokens) >= 3:
                # "Prime Minister of the Republic of Tarvia Leyla Hasanli", "deputy chairman of the Union of Grain
                # Producers Rasim Aliyarov": a title of a body, the body's name, then the holder's (its last two words,
                # or from a known given name on)
                title_of = _TITLE_OF_ANYWHERE.search(phrase, 0, offsets[0])
                if title_of:
                    given = [i for i, t in enumerate(low) if i >= first and (t in GN.FEMALE or t in GN.MALE)]
                    first = given[0] if given and len(tokens) - given[0] >= 2 else len(tokens) - 2
                    name_tokens = tokens[first:]
                    content = [t for t in low[first:] if t not in _PARTICLES]
            honoured = [i for i in range(first) if low[i].rstrip(".") in _HONORIFICS]
            if not title_of and honoured:
                label_from = offsets[honoured[-1]]  # "Minister of Transport of Velmora Mr. Goran Vilk": "Mr." starts a person
            elif not title_of:
                continue  # "Institute for Border Studies", "Ministry of Water Resources"
            else:
                lead = _TITLE_LEAD.search(phrase, 0, title_of.start())
                label_from = lead.start() if lead else title_of.start()  # "Minister of Water Resources Farhod Nazarov"
        name = " ".join(name_tokens).rstrip(".,")
        label_start = label_from if label_from is not None else offsets[0] if titled else offsets[first]
        end = offsets[-1] + len(tokens[-1])
        label = phrase[label_start:end].rstrip(".,")
        label = _POSSESSOR_END.sub("", label)
        return name, label, offsets[first]
    return None



# ----------------------------------------------------------------------------- classification


def _by_trade(head: str) -> bool:
    """Whether a singular head names someone by role or trade: "a monitor", "an official"."""
    return head in H.PERSON_NOUNS or (head.endswith(H.AGENT_ENDINGS) and head not in H.INSTITUTION_NOUNS and
                                      head not in H.OUTLET_NOUNS and head not in _SHARE_WORDS and len(head) > 4)


def people_by_trade(head: str) -> bool:
    """Whether a plural head noun names people by what they do ("volcanologists", "evacuees", "curators"),
    even capitalised at a sentence's start ("Volcanologists warned")."""
    return len(head) > 5 and head.endswith("s") and (
        head in H.PERSON_NOUNS or head[:-1] in H.PERSON_NOUNS or head.endswith(H.PEOPLE_ENDINGS)) and \
        head not in H.INSTITUTION_NOUNS and head not in H.OUTLET_NOUNS


@lru_cache(maxsize=8192)
def _head(phrase: str) -> str:
    """The head noun of a source phrase: the last word before a preposition, relative or comma."""
    cut = "," in phrase or "-" in phrase or "–" in phrase or "—" in phrase  # else ``_HEAD_CUT`` finds nothing
    core = _HEAD_CUT.split(phrase, maxsplit=1)[0] if cut else phrase
    if " last " in core or " on " in core or " in " in core or " yesterday" in core or " today" in core:
        core = _TRAILING_TIME.sub("", core)  # "a poll last month": the poll
    owned = _OWNED_LAST.match(core) if "'" in core or "’" in core else None
    if owned and owned.group(1).lower() in H.TITLE_WORDS:
        return owned.group(2).lower()  # "the secretary of state's office": what a title's holder has is the head
    words = []
    for w in _WORD.findall(core):
        lw = w.lower().rstrip(".")
        if lw == "of" and words and (words[-1] in _QUANTIFIERS or words[-1].isdigit()):
            words = []  # "a number of the deputies": the head comes after "of"
            continue
        if lw in _PREPOSITIONS and words and w[:1].islower():
            break
        if words and words[-1] not in _DETERMINER_WORDS and w[:1].islower() and (
                lw in _PARTICIPLES or (lw.endswith("ed") and lw not in H.PERSON_NOUNS)):
            break  # "legal advice given to councillors", "a study published last year"
        if words and w[:1].islower() and lw.endswith("ing") and (
                (len(words[-1]) > 3 and words[-1].endswith("s")) or words[-1] in H.PERSON_NOUNS):
            break  # "evacuees arriving in Port Elva", "a man sheltering at the fairgrounds": people and what they do
        if lw.endswith(_POSSESSOR_SUFFIXES) and not lw.endswith("s'") and lw not in ("others",):
            words = []  # "the chamber's president": the possessor is no head
            continue
        if lw.endswith(("'", "’")):  # a word of _WORD: no line end for "$" to stop before
            words = []
            continue
        if words and lw in H.HEAD_TRAILERS and w[:1].islower():
            continue  # "volcanologists abroad": the head is the noun before
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
    if group != "person" and ("'s" in label or "’s" in label):  # only then can ``_POSSESSIVE`` match
        label = _POSSESSIVE.sub(r"\1", label)  # "European Union's crisis centre" -> "European Union crisis centre"
    return kind, label, group


_KNOWN_KEY: list = [None, ()]


class _Aliases:
    """The caller's outlet aliases (``known``: alias -> (name, kind)), compiled once per table.

    The rules ask "which aliases occur as whole words in this phrase, in table order" for
    every phrase they classify; a table of dozens of aliases was dozens of searches per
    phrase. One scan for all of them answers first (most phrases hold none), and each
    alias keeps its own compiled pattern for the order.
    """

    def __init__(self, items):
        self.items = tuple(items)
        aliases = [alias for alias, _ in self.items]
        self._patterns = tuple(re.compile(rf"(?<![\w-]){re.escape(alias)}(?![\w-])") for alias in aliases)
        ordered = sorted(set(aliases), key=len, reverse=True)
        usable = bool(ordered) and "" not in ordered  # an empty alias matches anywhere: ask each then
        self._any_word = re.compile(r"(?<![\w-])" + alternation(ordered) + r"(?![\w-])") if usable else None
        self._any_part = re.compile(alternation(ordered)) if usable else None

    def found(self, low: str):
        """(alias, (name, kind)) for each alias that occurs as a whole word of ``low``, in table order."""
        if self._any_word is not None and not self._any_word.search(low):
            return
        for item, pattern in zip(self.items, self._patterns):
            if pattern.search(low):
                yield item

    def any_in(self, low: str) -> bool:
        """``any(alias in low for alias in known)``."""
        if self._any_part is None:
            return any(alias in low for alias, _ in self.items)
        return self._any_part.search(low) is not None


_ALIASES: list = [None, None]
_ALIASES_IN_ORDER: list = [((), None)]  # one (items, table) pair, replaced whole (no torn read across threads)


def aliases_in_order(known: dict) -> _Aliases:
    """``_Aliases(known.items())``: the table in the caller's order, compiled once while it is unchanged.

    Every article of a run comes with the same table (``sources.yaml``); compiling its
    patterns cost more per article than all the lookups in it. The cache holds a copy of
    the items, so an edited table is compiled afresh.
    """
    items = tuple(known.items())
    cached_items, table = _ALIASES_IN_ORDER[0]
    if table is None or cached_items != items:
        table = _Aliases(items)
        _ALIASES_IN_ORDER[0] = (items, table)
    return table


def _aliases_of(known_items: tuple) -> _Aliases:
    """The compiled table of ``_known_key``'s sorted items (the same tuple object for one table)."""
    if _ALIASES[0] is not known_items:
        _ALIASES[0], _ALIASES[1] = known_items, _Aliases(known_items)
    return _ALIASES[1]


def _known_key(known: dict | None) -> tuple:
    """A hashable form of the caller's outlet table, computed once per table."""
    if not known:
        return ()
    if _KNOWN_KEY[0] is not known:
        _KNOWN_KEY[0], _KNOWN_KEY[1] = known, tuple(sorted(known.items()))
    return _KNOWN_KEY[1]


@lru_cache(maxsize=8192)
def _classify(phrase: str, known_items: tuple = ()) -> tuple[str, str, str, str | None]:
    known = _aliases_of(known_items) if known_items else None
    kind, label, group = _classify_phrase(phrase, known)
    single = None
    core = _norm(phrase).split(",")[0].split()
    if group == "official" and core and core[-1][:1].isupper() and len([w for w in core if w[:1].isupper()]) == 1:
        single = _bare(core[-1])
    return kind, label, group, single


#: Someone unnamed who works for someone named: "a senior aide to Ms. Morovic", "a lawyer for Tomas Weller".
_SOMEONES_AIDE = re.compile(r"(?i:(?:an?|one)\s+(?:[a-z-]+\s+){0,2}?(?:aide|adviser|advisor|lawyer|attorney|assistant|"
                            r"associate|friend|relative|colleague|bodyguard|official)s?\s+(?:to|for|of|close\s+to)\s+)[A-Z]")
#: A body that goes by a name: "a criminal group calling itself Black Lantern", "a network known as Open Gate",
#: "a group calling itself the Sons of the Western Wells".
_CALLING_ITSELF = re.compile(r"(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,3}?(?P<noun>[\w-]+)\s+(?:(?:that\s+)?calls?\s+itself|calling\s+itself|"
                             r"called|known\s+as|named)\s+[\"“]?(?:the\s+)?"
                             r"(?P<name>[A-Z][\w'’-]*(?:\s+(?:(?:of|the|and|for)\s+)*[A-Z][\w'’-]*){0,4})[\"”]?$")
#: Bands of people that are no institution but speak as one when they name themselves.
_BAND_NOUNS = frozenset("gang collective crew cell faction militia".split())
#: Someone working for an outlet named before their trade: "a Continental Press Agency reporter (there)".
_OUTLET_STAFF = re.compile(r"(?:an?|one|the)\s+([A-Z][\w'’&.-]*(?:\s+[A-Z][\w'’&.-]*){0,4})\s+[a-z]+(?:\s+[a-z]+)?$")
#: Plural people doing something, or somewhere: "Residents leaving Pine Hollow", "Parents at Kelby Primary".
_PEOPLE_DOING = re.compile(r"(?:(?:the|some|many|several|most|other|dozens\s+of|hundreds\s+of|\d+)\s+)?([A-Za-z]+)\s+"
                           r"(?:[a-z]+ing|at|in|from|near|outside|inside|on)\s")


def _plural(noun: str) -> bool:
    """ "officers", "people", "staff" are plural; "witness", "press" are not."""
    return noun in ("people", "men", "women", "children", "staff", "crew", "police", "others") or (
        noun.endswith("s") and not noun.endswith(("ss", "us", "is")))


def _titled_surname(norm: str) -> bool:
    """Whether a phrase ends in a titled person's surname that reads as a plural body noun: "Mayor Aurelio Banks"."""
    if not norm.split()[-1][:1].isupper():
        return False
    person = _name_in(norm)
    return bool(person) and person[1] != person[0]


def _classify_phrase(phrase: str, known: _Aliases | None) -> tuple[str, str, str]:
    """The kind, label and group a phrase has on its own words (``classify`` adds the article's people)."""
    norm = _norm(phrase)
    norm = (_RELATIVE_CUT.split(norm)[0] if "wh" in norm else norm).strip(" ,")  # every relative starts "wh"
    doing = _DOING_SOMEONE.search(norm) if "ing " in norm else None
    if doing and _head(norm[:doing.start()]) in H.SOURCE_HEADS and not _head(norm[:doing.start()]).endswith("s") and \
            _name_in(norm[doing.end() - 1:]):
        # "The chairwoman of the committee investigating Gov. Dale Prentiss": the one it investigates does not speak
        norm = norm[:doing.start()]
    low = norm.lower()
    # it needs "by" or "from", or "of" after an announcement, a bulletin or a communiqué
    doc = _DOCUMENT_BY.match(norm) if "by" in low or "from" in low or " for " in low or (
        " of " in low and ("announcement" in low or "bulletin" in low or "communiq" in low)) else None
    if doc and not _PERSONAL_POSSESSIVE.match(doc.group("author")):
        author_kind, author_label, author_group = _classify_phrase(doc.group("author"), known)
        if author_group != "person":
            return author_kind, author_label, author_group
    seen = _SEEN_BY.match(norm) if " by " in norm else None
    if seen and _head(seen.group("doc")) in H.INSTITUTION_NOUNS:
        return "official_statement", _strip_det(seen.group("doc")), "official"  # "internal documents seen by the Ledger"
    tally = _NAMED_TALLY.match(norm)
    if tally:
        author = _classify_phrase(tally.group(1), known)
        if author[2] == "outlet":
            return author  # "a Trans-Sahara Press tally": the agency's own count
    if "published" in norm and _head(norm) in _DOCUMENT_HEADS:
        return "official_statement", _strip_det(norm), "official"  # "a study published in the journal X": the study
    asked = _ASKED_BY.match(norm) if " by " in norm else None
    if asked and people_by_trade(_head(asked.group(1)).lower()):
        return "anonymous_source", _strip_det(norm), "anonymous"  # "Analysts surveyed by Streetline Data": unnamed analysts
    share = _SHARE_OF_PEOPLE.fullmatch(low)
    whom = share.group("of").split()[-1] if share and share.group("of") else None
    if share and (whom is None or whom in H.PERSON_NOUNS or people_by_trade(whom) or whom in _POLLED):
        return "anonymous_source", _strip_det(norm[share.start("share"):]), "anonymous"  # "Nearly a quarter said"
    if low in H.PRONOUN_GROUPS and H.PRONOUN_GROUPS[low] == "plural" and low not in ("we", "they", "their"):
        return "anonymous_source", norm, "anonymous"  # "Several said ...", with no one named before to stand for
    if "court" in low and _head(norm) in ("papers", "documents", "filings", "records", "files"):
        return "official_statement", _strip_det(_TRAILING_TIME.sub("", norm)), "official"  # "court papers filed on Monday"
    calling = _CALLING_ITSELF.match(norm) if " itself " in norm or " called " in norm or " known as " in norm else None
    if calling and (calling.group("noun").lower() in H.INSTITUTION_NOUNS or calling.group("noun").lower() in _BAND_NOUNS):
        return "official_statement", calling.group("name"), "official"  # "a criminal group calling itself Black Lantern"
    people = _PEOPLE_DOING.match(norm) if " " in norm else None
    if people and (people.group(1).lower() in H.PERSON_NOUNS or people_by_trade(people.group(1).lower())) and \
            _plural(people.group(1).lower()):
        return "anonymous_source", _strip_det(norm), "anonymous"  # "Residents leaving Pine Hollow": the name is a place
    if (" in " in norm or " on " in norm or " last " in norm or " yesterday" in norm or " today" in norm) and \
            _TRAILING_TIME.search(norm):
        # "the Harnau Post in October", "campaign group Greenvein on Tuesday": the source, not the day
        norm = _TRAILING_TIME.sub("", norm)
    if " " in norm and norm.endswith(_DOCUMENT_OUT_ENDS) and _DOCUMENT_OUT.search(norm):
        norm = _DOCUMENT_OUT.sub(r"\1", norm)  # "a Courier poll released on Monday": the poll, not its release
    label = _strip_det(norm)
    if "," in norm:
        name, rest = norm.split(",", 1)
        if name.split() and name.split()[-1][:1].isupper() and (_DETERMINER.match(rest.strip()) or _POSSESSED_APPOSITION.match(rest.strip())):
            label = _strip_det(name)  # "The Migraine Alliance, a charity that ...": the name is the label
        elif works_at := _WORKS_AT.match(rest):
            # "Quillon's outside lawyers, at the firm Harrow Pell": the people, and where they work
            label = f"{_strip_det(name)} at {works_at.group(1)}"
        elif len(name.split()) <= 3 and name.split()[-1:] and name.split()[-1].islower() and \
                rest.strip().lower().startswith("the ") and _CAPITALISED_NAME.fullmatch(_strip_det(rest.strip())):
            label = _strip_det(rest.strip())  # "The group, the Clearwater Accountability Project": the name
    # the words of lower-cased text: ``_WORD`` keeps a full stop only before a capital, so none here
    words = _WORD.findall(low)
    own = {w for w in words if not w.endswith(_POSSESSOR_SUFFIXES)}  # possessors ("the newspaper's editor") do not count
    if known:
        for _alias, (name, kind) in known.found(low):
            if _name_in(norm) and any(w in H.PERSON_NOUNS for w in own) and "correspondent" not in own:
                break
            return kind, name, "outlet"
    folded = lowered(norm)
    m = _OUTLET_LOW.search(folded) if folded is not None else _OUTLET_RE.search(norm)
    if m and not (own & H.SPOKES_NOUNS):
        name, kind = OUTLETS[case_key(m.group())]
        person = _name_in(norm)
        if not (person and not ({"correspondent", "reporter"} & own) and any(w in H.PERSON_NOUNS for w in own)):
            if _STATE_MARKER.search(low):
                kind = "state_media"
                if m.group().lower().startswith("state"):
                    name = _outlet_name(norm) or label  # "the state news agency DNA" -> "DNA"
            return kind, name, "outlet"
    owned = _OUTLETS_OWN.match(norm) if "'" in norm or "’" in norm else None
    owner = _classify_phrase(owned.group(1), known) if owned else None
    if owner and owner[2] == "outlet":
        return owner[0], _strip_det(_POSSESSIVE.sub(r"\1", norm)), "outlet"  # "The Harrow Post's fact-check team": the paper's
    if _CAMPAIGN_NAME.match(norm):
        return "official_statement", _strip_det(norm), "official"  # "the Friends of Ashcombe Libraries", "Save Our Libraries"
    pooled = _OUTLETS_POOLED.match(norm)
    if pooled and _head(pooled.group(1)).rstrip("s") in H.OUTLET_NOUNS | {"network", "broadcaster", "newspaper"}:
        return "media_outlet", _strip_det(norm), "outlet"  # "a consortium of television networks": the press together
    represents = _REPRESENTATIVE_OF.match(norm)
    if represents and _head(represents.group(1)) in H.INSTITUTION_NOUNS:
        # a body's representative or lawyers speak for it ("lawyers for the Union Party"; a person's lawyers stay unnamed)
        return "official_statement", _strip_det(represents.group(1)), "official"
    if own & H.SPOKES_NOUNS or ("press" in own and own & {"release", "office", "service", "officer", "secretary"}
                                and not {"news", "agency"} <= own and not {"news", "service"} <= own) or \
            ("communications" in own and own & {"director", "chief", "officer", "head", "manager"}):
        return "official_statement", label, "official"  # (a press release is the body's own word)
    state_agency = _STATE_NEWS_AGENCY.search(low)
    if state_agency:
        # "Algeria's official news agency, the National Press Service": the state's agency, by the name it is given
        named = _strip_det(norm.split(",", 1)[1].strip()) if "," in norm[state_agency.end():] else ""
        if not named[:1].isupper() and "," in norm[:state_agency.start()]:
            named = _strip_det(norm.split(",", 1)[0].strip())  # "Sovpress, the official Soviet news agency": the name first
        return "state_media", named if named[:1].isupper() else _outlet_name(norm) or label, "outlet"
    if (_head(norm) == "agency" and "press" in own) or ("press" not in own and _wire_name(norm) and (
            _head(norm) == "agency" or len(_strip_det(norm).split()) == 1)) or _WIRE_SERVICE.fullmatch(_strip_det(norm)):
        return "news_agency", _strip_det(norm), "outlet"  # "the Tarvo Press agency", "Valpress", "Meridian Wire"
    if _head(norm) == "reports" and not (own & H.INSTITUTION_NOUNS) and not _name_in(norm):
        return "media_outlet", label, "outlet"  # "Reports in Spain suggest", "local media reports say": the press
    staff = _OUTLET_STAFF.match(norm) if _head(norm) in H.OUTLET_STAFF_NOUNS else None
    if staff:
        outlet = _classify_phrase(staff.group(1), known)
        if outlet[2] == "outlet":
            return outlet  # "a Continental Press Agency reporter there": the agency's own report
    if low.startswith(("a ", "an ", "one ")) and _by_trade(_head(norm)) and (
            not _name_in(norm) or ("," not in norm and _SOMEONES_AIDE.match(norm))):
        return "anonymous_source", label, "anonymous"  # "a commander of the Front", "a senior aide to Ms. Morovic": unnamed
    core_words = norm.split(",")[0].split()
    if len(core_words) >= 4 and core_words[-2] == "of" and core_words[-1][:1].isupper() and \
            core_words[-3].lower().split("-")[-1] in H.NEWSPAPER_ENDINGS:
        core_words = core_words[:-2]  # "The Evening Courier of Chicago": the paper's name, and where it is from
    # a paper's own poll or inquiry is the paper's word: "A Ledger-Standard poll released on Monday"
    paper_work = len(core_words) >= 2 and core_words[-1] in _PAPER_WORK  # (lower case: "The Halvern Review" is a paper)
    named = core_words[:-1] if paper_work else core_words
    # (the last word names a paper, hyphenated or not: "the Kelby Evening Post", "the Beacon-Herald")
    # (a paper's name may end in a person noun: "The Carrick Observer", "the Valley Reporter")
    parts = named[-1].lower().split("-") if named else []
    # (or one hyphenated name that ends in one: "A Ledger-Standard poll")
    paper_end = parts[-1:] and parts[-1] in H.NEWSPAPER_ENDINGS or (  # ("Courier-Press": a paper's words throughout)
        len(parts) > 1 and all(p in H.ORG_NAME_WORDS for p in parts) and any(p in H.NEWSPAPER_ENDINGS for p in parts))
    if named and named[-1][:1].isupper() and paper_end and (len(named) >= 2 or len(parts) > 1) and \
            not ((own - {named[-1].lower()}) & H.PERSON_NOUNS):
        name = core_words[len(named):]
        for w in reversed(named):  # the name is the capitalised run at the end: "local daily Kolvik Post"
            if not w[:1].isupper():
                break
            name.insert(0, w)
        return "media_outlet", _strip_det(" ".join(name)), "outlet"  # "The Kelby Evening Post"
    if len(core_words) == 1 and _CALL_SIGN.fullmatch(core_words[0]):
        return "media_outlet", core_words[0], "outlet"  # "KHLV-TV", "WDNR-FM": a station by its call letters
    if len(core_words) >= 2 and all(w[:1].isupper() or w[:1].isdigit() for w in core_words) and (
            core_words[-1].lower() in H.BROADCAST_NAME_ENDS or core_words[0].lower() == "radio") and not (own & H.PERSON_NOUNS):
        return "media_outlet", _strip_det(" ".join(core_words)), "outlet"  # "Wave FM", "Radio Rätia", "Channel 4 News"
    if len(core_words) >= 2 and all(w[:1].isupper() or w.isdigit() for w in core_words) and \
            _CHANNEL_NUMBER.search(" ".join(core_words)):
        return "media_outlet", _strip_det(" ".join(core_words)), "outlet"  # "WGRL Channel 6": a station by its channel
    outlet_name = _outlet_name(norm)
    state = bool(_STATE_MARKER.search(low)) or bool(
        ("state" in low or "official" in low or "government" in low) and _STATE_OUTLET.search(norm)
    )
    head = _head(norm)
    # (``own`` is drawn from ``words``: an outlet noun among them counts only beside an outlet's name)
    outlet_word = head in H.OUTLET_NOUNS or (bool(outlet_name) and not H.OUTLET_BEFORE_NAME.isdisjoint(own)) or (
        head == "agency" and ("news" in own or state)
    ) or ("poll" in own and any(w in H.OUTLET_NOUNS for w in own))
    named_as = _outlet_in_apposition(norm)
    if named_as:
        return named_as  # "Vesta, an independent news agency": the apposition says what the name is
    if state and (outlet_word or head in ("agency", "media", "television", "tv", "radio") or "agency" in own):
        return "state_media", outlet_name or label, "outlet"
    if outlet_word or (outlet_name and head not in H.INSTITUTION_NOUNS and head not in H.PERSON_NOUNS):
        kind = "news_agency" if head == "agency" or ("agency" in own and "news" in own) or _wire_name(norm) else "media_outlet"
        return kind, outlet_name or label, "outlet"
    if (own & H.ANONYMOUS_NOUNS and head in H.ANONYMOUS_NOUNS) or _ANONYMITY_MARKER.search(low) or head in H.ANONYMOUS_NOUNS:
        return "anonymous_source", label, "anonymous"
    if _COUNTED_BODIES.match(low) and head.endswith("s") and head[:-1] in H.INSTITUTION_NOUNS and norm.split()[-1][:1].islower():
        return "anonymous_source", label, "anonymous"  # "three manufacturers had told him": bodies left unnamed
    if head in H.INSTITUTION_NOUNS or (head.endswith("s") and head[:-1] in H.INSTITUTION_NOUNS and not _titled_surname(norm)):
        return "official_statement", label, "official"
    person = _name_in(norm)
    if person:
        # "Fjord Research, an independent consultancy": an institution named in apposition
        appos = norm.split(",", 1)[1] if "," in norm else ""
        # (not a body he belongs to: "Mikael Doranth, of the smaller Farmers' Union")
        if appos and _head(appos) in H.INSTITUTION_NOUNS and _head(norm) not in H.PERSON_NOUNS and \
                not appos.lstrip().startswith("of "):
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
    if people_by_trade(head) and (len(caps) <= 1 and core.split()[0].lower() == head or
                                  any(w == head for w in core.split())):  # "Several pharmacists in Ostrel": lower case
        return "anonymous_source", label, "anonymous"  # "Volcanologists abroad": capitalised only to open the sentence
    if caps and head and core.split()[-1][:1].isupper():
        return "official_statement", label, "official"  # "Norvik", "Qaradan", "Castlegate Homes": a body
    if head.endswith("s") or head in ("people", "others", "staff", "crew"):
        return "anonymous_source", label, "anonymous"
    if _ONE_UNNAMED.match(low):
        return "anonymous_source", label, "anonymous"  # "one exporter": an unnamed individual
    return "official_statement" if head else "anonymous_source", label, "official" if head else "anonymous"


_NAME_AFTER_OUTLET_NOUN = re.compile(  # ("ratings agency Stellar Credit" is no outlet: a news agency is)
    r"\b" + alternation(sorted(H.OUTLET_BEFORE_NAME | {"news agency", "press agency", "state agency"}, key=len, reverse=True))
    + r"\s*,?\s+(?:the\s+)?[\"“«]?"
    r"((?:[A-Z][\w'’\-]*)(?:\s+[A-Z][\w'’\-]*){0,3})"
)
_NAME_BEFORE_OUTLET_NOUN = re.compile(
    r"((?:[A-Z][\w'’\-]*)(?:\s+[A-Z][\w'’\-]*){0,3})\s+(?:newspaper|daily|weekly|website|channel|radio|television|tv|broadcaster|magazine)\b"
)


#: A word that both patterns above need: most phrases have none, and then neither is run.
_OUTLET_NOUN_HINT = re.compile(alternation(sorted(
    H.OUTLET_BEFORE_NAME | {"agency", "newspaper", "daily", "weekly", "website", "channel", "radio", "television", "tv",
                            "broadcaster", "magazine"}, key=len, reverse=True)))


#: A wire service by its name: "Meridian Wire", "Baltic Wire", "East Africa Newswire".
#: A state's own news agency named as such: "the official news agency", "Algeria's state press agency".
_STATE_NEWS_AGENCY = re.compile(r"\b(?:state|official|government|state-run|state-owned|government-run)\s+(?:news|press)\s+agency\b")
_WIRE_SERVICE = re.compile(r"(?:[A-Z][\w'’-]*\s+){1,3}(?:Wire|Newswire|News\s+Service|news\s+service|wire\s+service)(?:\s+Service)?")


def _wire_name(norm: str) -> bool:
    """A news agency's name: "Halden Press", "Linwood Press" (not a newspaper's "Free Press" or "Evening Press"),
    or one word that ends in "-press" ("Nordpress", "Agerpres"; not "Express" or "Cypress").

    Both need "pres" in the phrase, in any case: most phrases have none, and are not split into words."""
    if "pres" not in norm.lower():
        return False
    words = norm.split(",")[0].split()
    return (len(words) >= 2 and words[-1] in ("Press", "Presse") and words[-2][:1].isupper() and
            words[-2].lower() not in H.PRESS_PAPER_WORDS) or any(_press_word(w) for w in words)


def _press_word(word: str) -> bool:
    """ "Nordpress", "Valpress", "Agerpres": an agency's name made on "press"."""
    low = word.lower()
    return word[:1].isupper() and len(word) > 6 and low.endswith(("press", "pres")) and low not in _NOT_PRESS_NAMES


#: Words that end in "press" and name no news agency.
_NOT_PRESS_NAMES = frozenset("express cypress impress compress depress oppress suppress repress".split())


#: A participle that describes a noun from behind: "a website *run by* a newspaper", "a fund *based in* Oslo".
_PARTICIPLE_AFTER = re.compile(r"\s+(?:run|owned|published|operated|based|founded|backed|funded|edited)\s+")


def _outlet_in_apposition(norm: str) -> tuple[str, str, str] | None:
    """Kind, label and group of a name followed by an apposition that calls it an outlet:
    "Vesta, an independent news agency", "Kolvik Post, the island's daily newspaper"."""
    if "," not in norm:
        return None
    core, appos = (part.strip() for part in norm.split(",", 2)[:2])
    if not core or not core.split()[-1][:1].isupper() or not _DETERMINER.match(appos):
        return None
    appos = _PARTICIPLE_AFTER.split(appos, maxsplit=1)[0]  # "a fact-checking website run by the Tamworth Courier"
    head, low = _head(appos), appos.lower()
    wire = head in ("agency", "service", "wire") and bool({"news", "wire"} & set(low.split()))  # "a financial news service"
    if head not in H.OUTLET_NOUNS and not wire:
        # or a part of an outlet: "The Ledger Check, the Dunmore Ledger's fact-checking desk"
        owned = _OUTLETS_OWN.match(appos) if "'" in appos or "’" in appos else None
        owner = _classify_phrase(owned.group(1), None) if owned else None
        return (owner[0], _strip_det(core), "outlet") if owner and owner[2] == "outlet" else None
    state = bool(_STATE_MARKER.search(low)) or any(w in H.STATE_ADJECTIVES for w in low.split())
    kind = "state_media" if state else "news_agency" if wire else "media_outlet"
    return kind, _strip_det(core), "outlet"


def _outlet_name(phrase: str) -> str | None:
    """The proper name of an outlet in a phrase: "newspaper Orvana Daily" / "Al-Sharq newspaper"."""
    if not _OUTLET_NOUN_HINT.search(phrase):
        return None
    m = _NAME_AFTER_OUTLET_NOUN.search(phrase)
    if m:
        return m.group(1)
    m = _NAME_BEFORE_OUTLET_NOUN.search(phrase)
    if m and not _DETERMINER.match(m.group(1) + " "):
        name = m.group(1)
        return None if _bare(name.split()[-1]) in H.STATE_ADJECTIVES else name
    return None
