"""People in roles: names, the titles around them ("Transport Minister X", "X, the mayor of Y"), and whose they are.

The longest of the scans, and the only one that reads titles, offices and bodies; kept
apart from places, dates and numbers so that its many patterns sit with the one function
(``find_people``) that uses them.
"""
from __future__ import annotations

import re

from .dates import DATELINE, dateline_end
from .lexicon.calendar import MONTHS, WEEKDAYS
from .lexicon.given_names import FAMILY_NAMES_FIRST, FEMALE as GIVEN_FEMALE, MALE as GIVEN_MALE, PLACE_NAMES_GIVEN
from .lexicon.heads import ORG_ENDINGS, TITLE_ABBREVIATIONS
from .lexicon.roles import NOT_TITLE_WORDS, PAST_QUALIFIERS, PLACES, ROLE_QUALIFIERS, ROLES
from .names import fold
from .textscan import UPPER, _COUNTRY_ALT, _COUNTRY_OF, _alt, _matches_near, lowered
from .types import Person


_ROLE_ALT = _alt(ROLES)
_QUAL_ALT = _alt(ROLE_QUALIFIERS)

#: Particles that open a name, joined to it or by a hyphen: "al-Shaibani", "deLaurentis".
_CAP_PARTICLES = "al|el|bin|ibn|de|van|von|da|di|du|le|la|dela|del|dos|das"
#: Click letters that open Khoekhoe names, and the "!" typed for the first: "Elias ǃHoaeb", "Elias !Hoaeb".
_CLICKS = "!ǃǀǁǂ"
_CAP = rf"(?:[{_CLICKS}]?[{UPPER}][\w'’\-]*|(?:{_CAP_PARTICLES})-?[{UPPER}][\w'’\-]*)"
_NAME_RE = re.compile(rf"(?:\b|(?<![\w{_CLICKS}])(?=[{_CLICKS}]))(?<![{_CLICKS}]){_CAP}(?:\s+(?:(?:al|el|bin|ibn|de|van|von|der|da|di|du|le|la|abu|dela|del|dos|das|de la)\s+)?"
                      rf"(?:[{UPPER}]\.\s+)?{_CAP}){{0,6}}")  # (a middle initial inside: "Teodoro C. Macaraeg", "John F. Kerry")
#: Every match of ``_NAME_RE`` holds a capital, and at most a particle and a hyphen ("dela-")
#: stand before its first one: the scan skips from capital to capital (see ``_matches_near``),
#: where the pattern, which opens with a word boundary and lower-case particles, tries every position.
_UPPER_CHAR = re.compile(f"[{UPPER}]")
_NAME_LEAD = 1 + max(len(p) for p in _CAP_PARTICLES.split("|"))

#: The kind of place that ends a place's name ("Kalembe Stream", "Shiroyama Stadium"): never a person's
#: name (words that are surnames as well, "Hill", "Park", "Banks", are left out).
_FEATURE_WORDS = frozenset("""stream river lake bay square avenue road street bridge stadium airport station valley
    island islands forest dam harbour harbor creek canal beach sea ocean gulf strait falls desert peninsula coast
    mountains highway motorway hospital market mosque cathedral church reservoir glacier volcano
    party committee council association federation agency ministry company corporation institute university
    commission authority court tribunal county prison""".split())

#: Capitalised words that are never part of a person's name.
_NOT_NAME = frozenset(
    w.lower()
    for w in (
        [m for m in MONTHS if len(m) > 4] + [d for d in WEEKDAYS if len(d) > 5] + list(_COUNTRY_OF) + list(PLACES)
        + [r for r in ROLES] + """the a an this that these those it its his her their he she they we i
        in on at of for to from by with after before during since despite although while when
        but and or so yet if as also however meanwhile earlier later today yesterday tomorrow
        un eu nato afp reuters ap state tv television agency news ministry government presidency
        army police office council foreign special envoy prime minister president syrian israeli
        american russian iranian azerbaijani lebanese turkish french british chinese new
        disengagement agreement sample reference socar golan heights north south east west
        republic kingdom islamic democratic federal national international united nations
        monday tuesday wednesday thursday friday saturday sunday according mr mrs ms dr hon jr sr
        commodore admiral colonel lieutenant sergeant major captain brigadier corporal
        red crescent referring dialogue damascus baku washington israel syria lebanon turkey""".split()
        + list(_FEATURE_WORDS)
        + list(TITLE_ABBREVIATIONS)  # "Sgt." is nobody's name: "The union's president, Sgt. Ray Kowalczyk"
    )
)


#: The head word of a title: whatever precedes it in a capitalised run is the office, not the name.
_TITLE_HEADS = frozenset("minister president premier envoy ambassador secretary chancellor governor mayor director "
                         "commissioner spokesman spokeswoman spokesperson officer economist manager general attorney "
                         "prosecutor judge".split())

#: Bare titles that take the name of an office before them: "Civil Protection Minister".
_OPEN_ROLES = frozenset({"Minister", "Director", "Commissioner", "Coordinator", "Secretary"})

#: Every word of a title ("transport", "minister", "chief", "economist"): never the first word of a name.
_ROLE_WORDS = frozenset(w for key in ROLES for w in key.replace("-", " ").split())


_POSSESSIVE_END = re.compile(r"['’]s$")


def _clean_name(text: str) -> str:
    # ``_POSSESSIVE_END.sub`` without the regular expression where it cannot differ (see ``_bare``)
    if text.endswith(("'s", "’s")):
        text = text[:-2]
    elif "\n" in text:
        text = _POSSESSIVE_END.sub("", text)
    return text.strip(" ,.'’")


def _bare(token: str) -> str:
    # ``_POSSESSIVE_END.sub`` without the regular expression where it cannot differ: the
    # pattern's "$" also matches before a final line break, so only such tokens need it
    if token.endswith(("'s", "’s")):
        token = token[:-2]
    elif "\n" in token:
        token = _POSSESSIVE_END.sub("", token)
    return token.strip("'’,.").lower()


_PARTICLE_WORDS = frozenset("al el bin ibn de van von der da di du le la abu dela del dos das".split())


def _name_tokens_ok(bares: list[str]) -> bool:
    """A name has at least one real name word and no word that is never a name (``bares``: its words' ``_bare``)."""
    content = [bare for bare in bares if bare not in _PARTICLE_WORDS]
    if not content:
        return False
    for bare in content:
        parts = [p for p in bare.split("-") if p and p not in _PARTICLE_WORDS]
        if bare in _NOT_NAME or any(p in _NOT_NAME for p in parts):
            return False
    return True


_ROLE_LEFT = re.compile(
    rf"(?:(?P<poss>\bits|\bhis|\bher|\btheir)\s+|(?P<country>\b(?:{_COUNTRY_ALT}))(?:'s)?\s+)?"
    rf"(?P<qual>(?:(?:{_QUAL_ALT})\s+)*)(?P<role>\b(?:{_ROLE_ALT}))"
    rf"(?:\s+(?:to|of|for|in)\s+(?:the\s+)?(?P<target>{_COUNTRY_ALT})|\s+(?:for|on)\s+(?P<portfolio>[a-z]+))?"
    rf"(?:\s*,?\s+(?:(?:Vice|Rear|Lieutenant|Major|Brigadier)\s+)?(?:Dr|Mr|Mrs|Ms|Prof|Gen|Col|Sir|Dame|Commodore|Admiral|Colonel|"
    rf"Lieutenant|Major|Captain|Brigadier|General|Marshal)\.?)?"  # ("the navy's commander, Vice Admiral Rafael Objío")
    rf"\s*,?\s*$",
    re.IGNORECASE,
)
#: Any role word, for lower-cased text: ``_ROLE_LEFT`` can only match a window holding one,
#: and few windows do, so this cheap test goes first.
_ROLE_WORD = re.compile(rf"\b(?:{_ROLE_ALT})")
#: ``_ROLE_LEFT`` ends (before ``\s*,?\s*$``) with a role, a country or a title: the last
#: one to three letters of every such word, so that a window ending otherwise is passed over
#: with a set lookup instead of a scan.
_TITLES = ("dr", "mr", "mrs", "ms", "prof", "gen", "col", "sir", "dame", "commodore", "admiral", "colonel",
           "lieutenant", "major", "captain", "brigadier")
_ROLE_LEFT_WORDS = [w.lower() for w in list(ROLES) + list(_COUNTRY_OF) + list(_TITLES) + [t + "." for t in _TITLES]]
_ROLE_LEFT_TAILS = {n: frozenset(w[-n:] for w in _ROLE_LEFT_WORDS if len(w) >= n and (n == 3 or len(w) == n))
                    for n in (1, 2, 3)}


def _may_end_in_role(window: str) -> bool:
    """Whether lower-cased ``window`` can end as ``_ROLE_LEFT`` requires (see ``_ROLE_LEFT_TAILS``)."""
    tail = window.rstrip()
    if tail.endswith(","):
        tail = tail[:-1].rstrip()
    n = len(tail)
    return (n >= 3 and tail[-3:] in _ROLE_LEFT_TAILS[3]) or (n >= 2 and tail[-2:] in _ROLE_LEFT_TAILS[2]) or \
        (n >= 1 and tail[-1:] in _ROLE_LEFT_TAILS[1])


#: Bodies and places a title can belong to in a possessive: "the agency's director general", "the commune's
#: party secretary", "the hospital's director".
_POSSESSOR_NOUNS = ("agency", "ministry", "department", "hospital", "company", "firm", "party", "union", "club",
                    "commune", "town", "city", "village", "district", "province", "region", "council", "committee",
                    "airport", "airline", "operator", "bank", "court", "school", "university", "museum", "library",
                    "federation", "league", "team", "board", "authority", "service", "police", "army", "group",
                    "society", "cooperative", "co-operative", "association", "foundation", "orchestra", "institute",
                    "exchange", "trust", "charity", "park", "zoo")
_ROLE_RIGHT = re.compile(
    rf"^\s*,\s*(?:the\s+|a\s+|an\s+|its\s+|their\s+)?(?:(?P<country>(?:{_COUNTRY_ALT}))(?:'s)?\s+|"
    rf"(?P<orgposs>(?-i:[{UPPER}][\w-]*(?:\s+[{UPPER}][\w-]*){{0,3}})|{_alt(_POSSESSOR_NOUNS)})['’]s\s+)?"
    rf"(?P<qual>(?:(?:{_QUAL_ALT})\s+)*)(?P<role>(?:{_ROLE_ALT}))\b"
    rf"(?:\s+(?:to|of|for|in)\s+(?:the\s+)?(?P<target>{_COUNTRY_ALT})\b)?",
    re.IGNORECASE,
)


_COMMA_NEXT = re.compile(r"\s*,")  # how every match of ``_ROLE_RIGHT`` starts
#: A name right after a title: the title is that name's ("..., Governor Lydia Marquand's campaign manager").
_NAME_AFTER_TITLE = re.compile(rf"\s+(?-i:[{UPPER}][a-z][\w'’-]*)(?:\s+(?-i:[{UPPER}][\w'’-]+))*\b(?!\s+(?:of|for)\b)")


_ROLE_MORE = re.compile(
    rf"\s+(?:and|as well as)\s+(?:the\s+|a\s+|an\s+)?(?:(?P<country>(?:{_COUNTRY_ALT}))(?:'s)?\s+)?"
    rf"(?P<qual>(?:(?:{_QUAL_ALT})\s+)*)(?P<role>(?:{_ROLE_ALT}))\b"
    rf"(?:\s+(?:to|of|for|in)\s+(?:the\s+)?(?P<target>{_COUNTRY_ALT})\b)?",
    re.IGNORECASE,
)


#: Nouns that name a body a title belongs to: "fire service spokesman", "port authority president".
ORG_NOUNS = ("service", "services", "authority", "union", "police", "federation", "board", "club", "party", "mission",
             "project", "campaign", "operations",
             "court", "council", "commission", "committee", "bank", "company", "airline", "ministry", "department",
             "agency", "league", "association", "museum", "hospital", "university", "team", "institute", "office",
             "senate", "parliament", "assembly", "congress", "army", "navy", "group", "coalition", "tribunal",
             "administration", "centre", "center", "unit", "programme", "program", "network")
_ORG_NOUN_ALT = _alt(ORG_NOUNS)
#: Capitalised words before a title that qualify it rather than name a body: "Federal Transport Minister".
_TITLE_ADJECTIVES = frozenset("""federal national state regional provincial municipal local interim acting new
    former chief senior top deputy assistant joint general principal lead first second""".split())
#: Words before a body's noun that are not part of its name: "said union chairman X", "the union chairman".
_NOT_MODIFIER = r"(?:said|says|say|told|tells|added|adds|according|the|a|an|its|their|his|her|and|or|of|by|for|to)\b"
#: The body before a title, at the end of the text before it: capitalised words ("Harcastle chief
#: executive", "Senate President") or a noun phrase ending in a body ("fire service spokesman"),
#: or a possessive ("the federation's general secretary", "Évora's police commander").
_ORG_BEFORE = re.compile(
    rf"(?:(?P<caps>(?:(?<![\w'’-])(?-i:[{UPPER}][\w'’-]*)\s+){{1,3}})|"
    rf"(?P<noun>(?:(?<![\w'’-])(?!{_NOT_MODIFIER})[a-z][\w'’-]*\s+)?(?<![\w'’-])(?:{_ORG_NOUN_ALT})\s+)"
    rf"|(?P<poss>(?:(?-i:[{UPPER}][\w'’-]*)|(?:{_alt(set(ORG_NOUNS) | set(_POSSESSOR_NOUNS))}))['’]s\s+))$", re.IGNORECASE)
#: The body after a title: "a spokesman for the Judicial Police", "the Mayor of Asunción".
_ORG_AFTER = re.compile(rf"\s+(?:for|of|at)\s+(?:the\s+)?(?:{_COUNTRY_ALT}['’]s\s+)?"
                        rf"(?:(?-i:{_alt(_TITLE_ADJECTIVES | set(_POSSESSOR_NOUNS))})\s+)?"  # "of the commune People's Committee"
                        rf"(?P<org>(?-i:[{UPPER}][\w'’-]*)(?:\s+(?:of\s+|for\s+|and\s+)?(?:(?:al|el)-)?(?-i:[{UPPER}][\w'’-]*)){{0,4}}|"
                        rf"(?-i:{_alt(_POSSESSOR_NOUNS)})\b)",  # "director of the department"
                        re.IGNORECASE)
#: A body's unit after its possessive: "IMARPE's *pelagic resources research unit*", "the Red Cross's *Oslo office*".
_UNIT_OF_BODY = re.compile(r"\s+((?:[\w-]+\s+){0,4}(?:unit|division|department|office|section|team|"
                           r"branch|centre|center|laboratory|lab|programme|program|desk|bureau|wing))\b")
#: What a title covers, in lower case after it: "director of emergency response", "head of communications".
_PORTFOLIO = re.compile(r"\s+(?:of|for)\s+(?!(?:the|a|an|its|their|his|her)\b)([a-z]+(?:\s+(?!(?:and|or|said|says|told|at|in|on|"
                        r"for|of|to|from|with|who|which|since|until)\b)[a-z]+)?)\b")
#: "Patricio Yanez, who heads the grid operator CENACE": a relative clause that gives the office ("Head of ...").
_HEADS_RIGHT = re.compile(r"\s*,\s*who\s+(?:heads|leads|runs|chairs|directs|manages)\s+(?:the\s+|an?\s+)?"
                          r"(?P<org>[^,.;:()\"“”]{3,60}?)(?=\s*(?:[,.;:()\"“”]|$)|\s+(?:and|said|says|told|since)\b|"
                          r"\s+for\b(?!\s+(?:the\s+)?[A-Z]))")  # (a name goes on: "the National Center for Public Health")
#: An honorific between a comma and a name: "the Minister of X, Hon. Bwalya Mukuka".
_HONORIFIC = r"(?:(?:Hon|Dr|Mr|Mrs|Ms|Prof|Eng)\.?\s+)?"
#: "The Mayor of Asunción, Héctor Villalba": a title of a place or body, then the name after a comma.
_ROLE_OF_BEFORE = re.compile(rf"(?P<qual>(?:(?:vice|deputy|assistant|junior|former|ex)[\s-]+)*)(?P<country>)(?P<target>)\b(?P<role>{_ROLE_ALT})\s+(?:of|for)\s+(?:the\s+)?"
                             # (a body's name may hold "of": "The director of the Institute of Astronomy, Dr. Héctor Aguilar Salas")
                             rf"(?P<org>(?-i:[{UPPER}][\w'’-]*)(?:\s+(?:and\s+|of\s+|for\s+)?(?:(?:al|el)-)?(?-i:[{UPPER}][\w'’-]*)){{0,4}})\s*,\s*"
                             rf"{_HONORIFIC}$",
                             re.IGNORECASE)
#: Titles whose "of" names a field, not a place: "the Minister of Disaster Management and Relief" is the
#: "Disaster Management and Relief Minister", where "the Mayor of Asunción" stays "Mayor of Asunción".
_FIELD_TITLES = frozenset({"Minister", "Secretary", "Deputy Minister", "Minister of State"})


_ARTICLES = frozenset({"a", "an", "the"})


def _org_role(role: str, org: str) -> str:
    """ "Chief Executive" of "Harcastle" -> "Harcastle Chief Executive": a title of a body is that body's."""
    words = org.strip().removesuffix("'s").removesuffix("’s").split()  # (``\s`` and ``str.split`` know one white space)
    if words and words[0].lower() in _ARTICLES:
        words = words[1:]  # "The Freedom Party's leader", "A Corrigan spokeswoman"
    if not words or any(w.lower() in _COUNTRY_OF for w in words):
        return role
    return " ".join(w if w[:1].isupper() or _ARTICLE_PARTICLE.match(w) else w.capitalize() for w in words) + " " + role


def _role_from(match: re.Match, text: str, name_start: int) -> tuple[str | None, str | None, bool]:
    role = ROLES.get(match.group("role").lower())
    if role is None or role == "counterpart":
        return None, None, False
    qualifiers = (match.group("qual") or "").lower().split()
    if ("deputy" in qualifiers or "vice" in qualifiers) and not role.startswith(("Deputy", "Vice")):
        role = f"Deputy {role}"
    country = match.group("country")
    country = _COUNTRY_OF.get(country.lower()) if country else None
    target = match.group("target")
    if target:
        target_name = _COUNTRY_OF.get(target.lower())
        if role in ("Special Envoy", "Ambassador", "Security Envoy"):
            role = f"{role} to {target_name}"
        elif country is None:
            country = target_name
    portfolio = match.groupdict().get("portfolio")
    if portfolio and role in _PORTFOLIO_ROLES:
        role = f"{role} for {portfolio.capitalize()}"  # "UN special envoy for water Maria Lindqvist"
    possessive = bool(match.groupdict().get("poss"))
    return role, country, possessive


#: Titles given with a subject they cover: "special envoy for water", "commissioner for energy".
_PORTFOLIO_ROLES = frozenset({"Special Envoy", "Commissioner", "Rapporteur", "Special Rapporteur", "Coordinator"})


#: Words that make a title one held before: "former Foreign Minister X", "X, the ex-mayor".
_PAST = re.compile(rf"\b(?:{_alt(PAST_QUALIFIERS)})\b", re.I)


#: What a window before a name holds when ``_FIELD_OF`` can match in it (a cheap test first).
_FIELD_HINT = re.compile(r"inist|epartment|ayor|overnor|ecretary")
#: A title or body "of" a field: the capitalised words after it name no person.
_FIELD_OF = re.compile(r"(?:\b(?P<qual>[Vv]ice|[Dd]eputy|[Aa]ssistant)[\s-]+)?\b(?:(?P<role>[Mm]inister|[Ss]ecretary|"
                       r"[Mm]ayor|[Gg]overnor)|[Mm]inistry|[Dd]epartment)\s+(?:of|for)\s+(?:the\s+)?"
                       r"(?P<field>(?:(?:[A-Z][\w'’-]*\s+){1,3}and\s+)?"  # "the Minister of Electricity and Renewable Energy"
                       r"(?:[A-Z][\w'’-]*\s+){0,3})$")  # "Minister of Mines Lucía Baquerizo": role words the name scan left out
#: How the text before a name ends when ``_ROLE_OF_BEFORE`` can match: a comma, perhaps an honorific.
_TITLE_BEFORE_NAME = re.compile(rf",\s*{_HONORIFIC}$")
_OFFICE_WORDS = re.compile(r"((?:[A-Z][a-z]+\s+(?:and\s+)?){1,3})$")
_ARTICLE_PARTICLE = re.compile(r"(?:al|el)-", re.IGNORECASE)
_TITLE_ROLE_WORDS = _ROLE_WORDS & _TITLE_HEADS
_NOT_NAME_OR_ROLE = _NOT_NAME | _ROLE_WORDS


def find_people(text: str, offset: int = 0) -> list[Person]:
    """Person mentions with the role and country the text gives them."""
    return _find_people(text, offset, None)


def _find_people(text: str, offset: int, low: str | None) -> list[Person]:
    """``find_people`` with ``low = lowered(text) or ""`` at hand (``slots`` has it), or None to lower it when needed."""
    people: list[Person] = []
    for match in _matches_near(_NAME_RE, text, _UPPER_CHAR, _NAME_LEAD):  # ``_NAME_RE.finditer(text)``
        raw = match.group()
        tokens = raw.split()
        if len(tokens) == 1 and _bare(raw) in _NOT_NAME_OR_ROLE:
            continue  # "The", "He", "Minister": what the loops below drop, without them
        bares = [_bare(t) for t in tokens]  # (each word bared once: the tests below read them by position)
        # drop leading words that are not names ("Syrian President Ahmed" -> "Ahmed"): the name is tokens[lo:hi]
        titled = [i for i, b in enumerate(bares[:-1]) if b in _TITLE_ROLE_WORDS]
        lo, hi = (titled[-1] + 1 if titled else 0), len(tokens)  # "Tourism Minister Olga Kefalogianni" -> "Olga ..."
        while lo < hi and bares[lo] in _NOT_NAME_OR_ROLE and not (
                titled and hi - lo > 1 and bares[lo] in PLACE_NAMES_GIVEN):  # ("Minister Milan Kostić": a man)
            lo += 1  # "Transport Minister Henrik Dahl" -> "Henrik Dahl"
        while lo < hi and bares[hi - 1] in _NOT_NAME:
            hi -= 1
        tokens, bares = tokens[lo:hi], bares[lo:hi]
        if tokens and bares[-1].rstrip("'’") in ORG_ENDINGS:
            continue  # "Transnet Port Terminals" is a company
        place_given = bool(titled) and len(tokens) > 1 and bares[0] in PLACE_NAMES_GIVEN
        if not tokens or not _name_tokens_ok(bares[1:] if place_given else bares) or \
                any(t.endswith(("'s", "’s")) for t in tokens[:-1]):  # (``_POSSESSIVE_END``: no line end in a token)
            continue  # (nor is "People's Committee" anyone's name)
        name = _clean_name(" ".join(tokens))
        if len(tokens) > 1 and name.lower() in PLACES:
            continue  # "Ulan Bator" is a city
        start = match.start() + raw.find(tokens[0])
        end = start + len(name)
        if len(name) < 3:
            continue
        window = text[max(0, start - 80):start]
        field = _FIELD_OF.search(text, max(0, start - 80), start) if (" of " in window or " for " in window) and \
            _FIELD_HINT.search(window) else None
        if field:
            # "the Minister of Disaster Management": a field, not a person; "Vice Minister of Mines Lucía
            # Baquerizo": the field, then the name from its first given name on
            person = _field_minister(text, field, tokens, start, offset)
            if person:
                people.append(person)
            continue
        role = country = role_start = right_end = None
        window_start = max(0, start - 80)
        if low is None:
            low = lowered(text) or ""
        # the window is sliced (not searched with pos/endpos) so that "\b" reads it as the pattern does
        maybe = not low or (_may_end_in_role(low[window_start:start]) and _ROLE_WORD.search(low[window_start:start]))
        left = _ROLE_LEFT.search(text[window_start:start]) if maybe else None
        if left:
            role, country, possessive = _role_from(left, text, start)
            role_start = window_start + left.start() if role else None
            if role in _OPEN_ROLES and country is None and role_start is not None:
                # "Civil Protection Minister X": the capitalised words before a bare title name the office
                office = _OFFICE_WORDS.search(text[max(0, role_start - 40):role_start])
                if office and office.group(1).split()[0].lower() in NOT_TITLE_WORDS:
                    office = None  # ("On Monday Foreign Minister X": a day, then the title)
                if office and not any(w.lower() in _NOT_NAME or w.lower() in _COUNTRY_OF for w in office.group(1).split()
                                      if w != "and"):
                    role = f"{office.group(1).strip()} {role}"
                    role_start -= len(office.group(1))
            if possessive and country is None:
                country = _subject_country(text[:start])
            if role and country is None and role_start is not None and not left.group("poss"):
                org = _ORG_BEFORE.search(text[max(0, role_start - 50):role_start])
                if org and not _starts_sentence(text, role_start - len(org.group()), org) and \
                        not (org.group("caps") and org.group("caps").split()[-1].lower() in _TITLE_ADJECTIVES) and \
                        not (org.group("caps") and org.group("caps").split()[0].lower() in NOT_TITLE_WORDS - _ARTICLES):
                    role = _org_role(role, org.group("caps") or org.group("noun") or org.group("poss"))
                    role_start -= len(org.group())
                    if text[max(0, role_start - 4):role_start].lower() == "the ":
                        role_start -= 4  # "The federation's general secretary, Nihat Esen"
            # an office in apposition before the title: "The head of the Criminal Investigation Department,
            # Deputy Inspector General Sunil Rathnayake" holds both; "The director of the agency, Dr. Ana Ruiz"
            anchor = role_start if role_start is not None else window_start + left.start()
            appo_start = max(0, anchor - 80)
            appo = _ROLE_OF_BEFORE.search(text[appo_start:anchor]) if "," in text[max(appo_start, anchor - 3):anchor] and \
                _TITLE_BEFORE_NAME.search(text, appo_start, anchor) else None
            office = _role_from(appo, text, start) if appo else (None, None, None)
            if office[0] and office[1] is None and appo.group("org").lower() not in _COUNTRY_OF:
                office = (_field_role(office[0], appo.group("org")) if office[0] in _FIELD_TITLES else
                          f"{office[0]} of {appo.group('org')}", None, None)
            if office[0] and role is None:
                role, country, role_start = office[0], office[1], appo_start + appo.start()
            elif office[0]:
                people.append(Person(name=name, start=start + offset, end=end + offset, role=office[0], country=office[1],
                                     role_start=appo_start + appo.start() + offset))
        else:
            # ``_ROLE_RIGHT`` opens with "^\s*,": a name not followed by a comma is passed over unsliced
            right = _ROLE_RIGHT.match(text[end:end + 80]) if _COMMA_NEXT.match(text, end, end + 80) else None
            # ``_ROLE_OF_BEFORE`` ends in ",\s*$": a window not ending in a comma cannot match
            before = None if right or "," not in text[max(window_start, start - 12):start] or \
                not _TITLE_BEFORE_NAME.search(text, window_start, start) else \
                _ROLE_OF_BEFORE.search(text[window_start:start])
            if before:
                role, country, _ = _role_from(before, text, start)
                if role and country is None and before.group("org").lower() not in _COUNTRY_OF:
                    role = _field_role(role, before.group("org")) if role in _FIELD_TITLES else \
                        f"{role} of {before.group('org')}"
                role_start = window_start + before.start() if role else None
                if role_start is not None and text[max(0, role_start - 4):role_start].lower() == "the ":
                    role_start -= 4  # "The former mayor of Wadi al-Rihan, Ziyad Tarawneh"
            if right and not right.group("target") and not right.group("orgposs") and _NAME_AFTER_TITLE.match(text, end + right.end()):
                right = None  # "Colin Aberdeen, Governor Lydia Marquand's campaign manager": the title is hers
            if right:
                role, country, _ = _role_from(right, text, start)
                role_end: int | None = end + right.end() if role else None
                org = _ORG_AFTER.match(text, end + right.end()) if role and country is None else None
                if role and country is None and right.group("orgposs"):
                    role = _org_role(role, right.group("orgposs"))  # "Ewa Sobczak, Baltmar's chief executive"
                elif org:
                    unit = _UNIT_OF_BODY.match(text, org.end()) if org.group("org").endswith(("'s", "’s")) else None
                    if unit:  # "head of IMARPE's pelagic resources research unit": the unit's head, not IMARPE's
                        role, role_end = f"{role} of {org.group('org')} {unit.group(1)}", unit.end()
                    else:
                        role = _org_role(role, org.group("org"))
                        role_end = org.end()
                portfolio = _PORTFOLIO.match(text, role_end) if role and not org and role_end else None
                if portfolio and not right.group("target"):
                    # "Ingrid Sæther, director of emergency response": a director of something, not the director
                    role = ROLES.get(f"{role.lower()} of {portfolio.group(1)}") or f"{role} of {portfolio.group(1).title()}"
                    role_end = portfolio.end()
                right_end = role_end
            elif not before and _COMMA_NEXT.match(text, end, end + 80):
                heads = _HEADS_RIGHT.match(text, end)
                if heads:  # "Patricio Yanez, who heads the grid operator CENACE"
                    role, right_end = f"Head of {heads.group('org')}", heads.end()
            if right:
                # "Tom Barrack, the US ambassador to Turkey and US special envoy for Syria": each role counts
                more = _ROLE_MORE.match(text, end + right.end())
                if more and role:
                    extra, extra_country, _ = _role_from(more, text, start)
                    if extra:
                        people.append(Person(name=name, start=start + offset, end=end + offset, role=extra,
                                             country=extra_country or country))
        if role and role.endswith(" Prime Minister") and not role.startswith(("Deputy ", "Former ")) and \
                "Premier" in text[max(0, start - 40):start]:
            role = role.removesuffix("Prime Minister") + "Premier"  # "Ontario Premier X" heads a province, no country
        if role and _PAST.search(text, role_start if role_start is not None else end,
                                 start if role_start is not None else (right_end or end)):
            role = f"Former {role}"  # "the former mayor of Wadi al-Rihan, X": an office once held, checked as such
        if len(name.split()) < 2 and role is None:
            # a lone capitalised word is a name only when it looks like a surname with a particle
            if not _ARTICLE_PARTICLE.match(name):
                continue
        people.append(Person(name=name, start=start + offset, end=end + offset, role=role, country=country,
                             role_start=None if role_start is None else role_start + offset,
                             role_end=None if not (role and right_end) else right_end + offset))
    return people


def _field_role(role: str, field: str) -> str:
    """ "Minister" of "Disaster Management and Relief" -> "Disaster Management and Relief Minister";
    "Deputy Minister" of "Mines" -> "Deputy Mines Minister" (as "Deputy Foreign Minister")."""
    if role.startswith("Deputy "):
        return f"Deputy {field} {role.removeprefix('Deputy ')}"
    return f"{field} {role}"


def _field_minister(text: str, field: re.Match, tokens: list[str], start: int, offset: int) -> Person | None:
    """ "Vice Minister of Mines Lucía Baquerizo" -> Lucía Baquerizo, Mines Deputy Minister: with no comma after
    the field, a known given name tells where the name begins."""
    if not field.group("role") or field.group("field").rstrip().endswith("and"):
        return None  # a ministry, or "Electricity and [Renewable Energy]": the field goes on
    before = [w for w in field.group("field").split() if w != "and"]  # field words the name scan left out ("Mines")
    if field.group("field").split()[:1] and " and " in f" {field.group('field')}":
        before = field.group("field").split()  # "Agriculture and Environment"
    # the name begins at its first given name (or family name, where that comes first): "New York Eric Adams"
    split = next((i for i, t in enumerate(tokens) if (i or before) and (_bare(t) in _GIVEN_NAMES or
                                                                       fold(t) in FAMILY_NAMES_FIRST)),
                 0 if before else None)
    if split is None and len(tokens) >= 3:
        split = len(tokens) - 2  # no given name we know: the last two words, the commonest length of a name
    if split is None or len(tokens) - split < 2:
        return None
    name = _clean_name(" ".join(tokens[split:]))
    name_start = text.index(tokens[split], start)
    words = " ".join(before + tokens[:split])
    title = field.group("role").capitalize()
    if title in ("Mayor", "Governor"):
        role = f"{title} of {words}"  # "the Mayor of New York Eric Adams": a place's office
    else:
        role = ROLES.get(f"{title.lower()} of {words.lower()}") or f"{words} {title}"
    if field.group("qual"):
        role = f"Deputy {role}"  # "Deputy Mines Minister", as "Deputy Foreign Minister"
    return Person(name=name, start=name_start + offset, end=name_start + len(name) + offset,
                  role=role, role_start=field.start() + offset)


_GIVEN_NAMES = GIVEN_FEMALE | GIVEN_MALE


def _starts_sentence(text: str, pos: int, org: re.Match) -> bool:
    """Whether capitalised org words are only capitalised because they open the sentence ("Chief executive X")."""
    caps = org.group("caps")
    if not caps or len(caps.split()) > 1:
        return False
    before = text[:max(0, pos)].rstrip()
    opens = not before or before[-1] in ".!?\n\"“" or bool(DATELINE.match(text[:pos + 1]) and dateline_end(text) >= pos)
    word = caps.strip().lower()
    # an opening word is a body's name unless it reads as an ordinary word ("Presiding judge", "Acting mayor")
    return opens and word not in ORG_NOUNS and (word in _NOT_NAME_OR_ROLE or word in ROLE_QUALIFIERS or
                                                  word.endswith(("ing", "ed", "ly")))


#: The last sentence's start, and a country's name: compiled once (``re``'s own cache of 512 patterns drops
#: the oldest first, so the patterns built from an article's names pushed the long country pattern out).
_SENTENCE_END = re.compile(r"[.!?]\s+(?=[A-Z])")
_COUNTRY_WORD = re.compile(rf"\b({_COUNTRY_ALT})\b", re.IGNORECASE)


def _subject_country(text: str) -> str | None:
    """The country "its" refers back to: the first country named in the sentence, usually its subject."""
    sentence = _SENTENCE_END.split(text)[-1]
    for m in _COUNTRY_WORD.finditer(sentence):
        if m.group(1) == "us":
            continue  # the pronoun, not the country
        return _COUNTRY_OF.get(m.group(1).lower())
    return None
