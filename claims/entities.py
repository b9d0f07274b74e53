"""The checkable values in a stretch of text: people in roles, places, dates, numbers, quotes.

Used on the article's claims and on every reference sentence alike, so that a clash
between the two is a clash between values extracted by the same rules.
"""
from __future__ import annotations

import datetime as dt
import re
from functools import lru_cache

from .alternation import alternation
from .lexicon.calendar import APPROX, MONTHS, NEGATIONS, NUMBER_WORDS, RELATIVE_DAYS, SCALES, WEEKDAY_NAMES, WEEKDAYS
from .names import fold
from .lexicon.given_names import FAMILY_NAMES_FIRST, FEMALE as GIVEN_FEMALE, MALE as GIVEN_MALE
from .lexicon.roles import COUNTRIES, PAST_QUALIFIERS, PLACES, ROLE_QUALIFIERS, ROLES
from .types import DateMention, NumberMention, Person, Quote, Slots


def _alt(words) -> str:
    """The words as one alternation, longest first (a prefix tree: see ``claims.alternation``)."""
    return alternation(sorted(words, key=len, reverse=True))


def lowered(text: str) -> str | None:
    """``text`` in lower case when that keeps every offset and every case-insensitive match.

    A case-sensitive pattern of lower-case words scans lower-cased text several times
    faster than the same pattern with ``re.IGNORECASE`` scans the text, and finds the
    same spans, unless lower-casing changes a length ("İ" -> "i̇") or IGNORECASE folds a
    letter that ``str.lower`` keeps ("ı" ~ "i", "ſ" ~ "s"): then ``None``, and callers
    use the case-insensitive pattern.
    """
    low = text.lower()
    if len(low) != len(text) or "ı" in text or "ſ" in text:
        return None
    return low


_COUNTRY_OF = {form: name for name, forms in COUNTRIES.items() for form in forms}
_COUNTRY_ALT = _alt(_COUNTRY_OF)
_ROLE_ALT = _alt(ROLES)
_QUAL_ALT = _alt(ROLE_QUALIFIERS)
_MONTH_ALT = _alt(MONTHS)
_WEEKDAY_ALT = _alt(WEEKDAYS)

# --- people -----------------------------------------------------------------------

#: Capital letters, accented ones too: "Ólafur", "Łukasz", "Şükrü" open names like "Henrik".
UPPER = "A-ZÀ-ÖØ-ÞĀĂĄĆĈĊČĎĐĒĔĖĘĚĜĞĠĢĤĦĨĪĬĮİĴĶĹĻĽĿŁŃŅŇŊŌŎŐŒŔŖŘŚŜŞŠŢŤŦŨŪŬŮŰŲŴŶŸŹŻŽȘȚ"
#: Particles that open a name, joined to it or by a hyphen: "al-Shaibani", "deLaurentis".
_CAP_PARTICLES = "al|el|bin|ibn|de|van|von|da|di|du|le|la|dela|del|dos|das"
_CAP = rf"(?:[{UPPER}][\w'’\-]*|(?:{_CAP_PARTICLES})-?[{UPPER}][\w'’\-]*)"
_NAME_RE = re.compile(rf"\b{_CAP}(?:\s+(?:(?:al|el|bin|ibn|de|van|von|der|da|di|du|le|la|abu|dela|del|dos|das|de la)\s+)?{_CAP}){{0,6}}")
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
    commission authority""".split())

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
        monday tuesday wednesday thursday friday saturday sunday according mr mrs ms dr hon
        commodore admiral colonel lieutenant sergeant major captain brigadier corporal
        referring dialogue damascus baku washington israel syria lebanon turkey""".split()
        + list(_FEATURE_WORDS)
    )
)


#: The head word of a title: whatever precedes it in a capitalised run is the office, not the name.
_TITLE_HEADS = frozenset("minister president envoy ambassador secretary chancellor governor mayor director "
                         "commissioner spokesman spokeswoman spokesperson officer economist manager general".split())

#: Bare titles that take the name of an office before them: "Civil Protection Minister".
_OPEN_ROLES = frozenset({"Minister", "Director", "Commissioner"})

#: Every word of a title ("transport", "minister", "chief", "economist"): never the first word of a name.
_ROLE_WORDS = frozenset(w for key in ROLES for w in key.replace("-", " ").split())


_POSSESSIVE_END = re.compile(r"['’]s$")


def _clean_name(text: str) -> str:
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


def _name_tokens_ok(tokens: list[str]) -> bool:
    """A name has at least one real name word and no word that is never a name."""
    content = [bare for bare in map(_bare, tokens) if bare not in _PARTICLE_WORDS]
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
    rf"(?:\s*,?\s+(?:Dr|Mr|Mrs|Ms|Prof|Gen|Col|Sir|Dame|Commodore|Admiral|Colonel|Lieutenant|Major|Captain|Brigadier)\.?)?"
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
    return any(tail[-n:] in _ROLE_LEFT_TAILS[n] for n in (3, 2, 1) if len(tail) >= n)


#: Bodies and places a title can belong to in a possessive: "the agency's director general", "the commune's
#: party secretary", "the hospital's director".
_POSSESSOR_NOUNS = ("agency", "ministry", "department", "hospital", "company", "firm", "party", "union", "club",
                    "commune", "town", "city", "village", "district", "province", "region", "council", "committee",
                    "airport", "airline", "operator", "bank", "court", "school", "university", "museum", "library",
                    "federation", "league", "team", "board", "authority", "service", "police", "army", "group")
_ROLE_RIGHT = re.compile(
    rf"^\s*,\s*(?:the\s+|a\s+|an\s+|its\s+|their\s+)?(?:(?P<country>(?:{_COUNTRY_ALT}))(?:'s)?\s+|"
    rf"(?P<orgposs>(?-i:[{UPPER}][\w-]*)|{_alt(_POSSESSOR_NOUNS)})['’]s\s+)?"
    rf"(?P<qual>(?:(?:{_QUAL_ALT})\s+)*)(?P<role>(?:{_ROLE_ALT}))\b"
    rf"(?:\s+(?:to|of|for|in)\s+(?:the\s+)?(?P<target>{_COUNTRY_ALT})\b)?",
    re.IGNORECASE,
)


_COMMA_NEXT = re.compile(r"\s*,")  # how every match of ``_ROLE_RIGHT`` starts


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
                        rf"(?:(?:{_alt(_TITLE_ADJECTIVES | set(_POSSESSOR_NOUNS))})\s+)?"  # "of the commune People's Committee"
                        rf"(?P<org>(?-i:[{UPPER}][\w'’-]*)(?:\s+(?:of\s+|for\s+|and\s+)?(?:(?:al|el)-)?(?-i:[{UPPER}][\w'’-]*)){{0,4}}|"
                        rf"(?-i:{_alt(_POSSESSOR_NOUNS)})\b)",  # "director of the department"
                        re.IGNORECASE)
#: "Patricio Yanez, who heads the grid operator CENACE": a relative clause that gives the office ("Head of ...").
_HEADS_RIGHT = re.compile(r"\s*,\s*who\s+(?:heads|leads|runs|chairs|directs|manages)\s+(?:the\s+|an?\s+)?"
                          r"(?P<org>[^,.;:()\"“”]{3,60}?)(?=\s*(?:[,.;:()\"“”]|$)|\s+(?:and|said|says|told|since|for)\b)")
#: "The Mayor of Asunción, Héctor Villalba": a title of a place or body, then the name after a comma.
_ROLE_OF_BEFORE = re.compile(rf"(?P<qual>(?:(?:vice|deputy|assistant|junior|former|ex)[\s-]+)*)(?P<country>)(?P<target>)\b(?P<role>{_ROLE_ALT})\s+(?:of|for)\s+(?:the\s+)?"
                             rf"(?P<org>(?-i:[{UPPER}][\w'’-]*)(?:\s+(?:and\s+)?(?:(?:al|el)-)?(?-i:[{UPPER}][\w'’-]*)){{0,4}})\s*,\s*"
                             rf"(?:(?:Hon|Dr|Mr|Mrs|Ms|Prof|Eng)\.?\s+)?$",
                             re.IGNORECASE)
#: Titles whose "of" names a field, not a place: "the Minister of Disaster Management and Relief" is the
#: "Disaster Management and Relief Minister", where "the Mayor of Asunción" stays "Mayor of Asunción".
_FIELD_TITLES = frozenset({"Minister", "Secretary", "Deputy Minister", "Minister of State"})


def _org_role(role: str, org: str) -> str:
    """ "Chief Executive" of "Harcastle" -> "Harcastle Chief Executive": a title of a body is that body's."""
    words = [w for w in re.split(r"\s+", org.strip().removesuffix("'s").removesuffix("’s")) if w]
    if words and words[0].lower() == "the":
        words = words[1:]  # "The Freedom Party's leader"
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
_TITLE_BEFORE_NAME = re.compile(r",\s*(?:(?:Hon|Dr|Mr|Mrs|Ms|Prof|Eng)\.?\s+)?$")
_OFFICE_WORDS = re.compile(r"((?:[A-Z][a-z]+\s+(?:and\s+)?){1,3})$")
_ARTICLE_PARTICLE = re.compile(r"(?:al|el)-", re.IGNORECASE)
_TITLE_ROLE_WORDS = _ROLE_WORDS & _TITLE_HEADS
_NOT_NAME_OR_ROLE = _NOT_NAME | _ROLE_WORDS


def find_people(text: str, offset: int = 0) -> list[Person]:
    """Person mentions with the role and country the text gives them."""
    people: list[Person] = []
    low: str | None = None
    for match in _matches_near(_NAME_RE, text, _UPPER_CHAR, _NAME_LEAD):  # ``_NAME_RE.finditer(text)``
        raw = match.group()
        tokens = raw.split()
        if len(tokens) == 1 and _bare(raw) in _NOT_NAME_OR_ROLE:
            continue  # "The", "He", "Minister": what the loops below drop, without them
        # drop leading words that are not names ("Syrian President Ahmed" -> "Ahmed")
        titled = [i for i, t in enumerate(tokens[:-1]) if _bare(t) in _TITLE_ROLE_WORDS]
        if titled:
            tokens = tokens[titled[-1] + 1:]  # "Tourism Minister Olga Kefalogianni" -> "Olga Kefalogianni"
        while tokens and _bare(tokens[0]) in _NOT_NAME_OR_ROLE:
            tokens.pop(0)  # "Transport Minister Henrik Dahl" -> "Henrik Dahl"
        while tokens and _bare(tokens[-1]) in _NOT_NAME:
            tokens.pop()
        if not tokens or not _name_tokens_ok(tokens) or any(_POSSESSIVE_END.search(t) for t in tokens[:-1]):
            continue  # (nor is "People's Committee" anyone's name)
        name = _clean_name(" ".join(tokens))
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
                if office and not any(w.lower() in _NOT_NAME or w.lower() in _COUNTRY_OF for w in office.group(1).split()
                                      if w != "and"):
                    role = f"{office.group(1).strip()} {role}"
                    role_start -= len(office.group(1))
            if possessive and country is None:
                country = _subject_country(text[:start])
            if role and country is None and role_start is not None and not left.group("poss"):
                org = _ORG_BEFORE.search(text[max(0, role_start - 50):role_start])
                if org and not _starts_sentence(text, role_start - len(org.group()), org) and \
                        not (org.group("caps") and org.group("caps").split()[-1].lower() in _TITLE_ADJECTIVES):
                    role = _org_role(role, org.group("caps") or org.group("noun") or org.group("poss"))
                    role_start -= len(org.group())
                    if text[max(0, role_start - 4):role_start].lower() == "the ":
                        role_start -= 4  # "The federation's general secretary, Nihat Esen"
        else:
            # ``_ROLE_RIGHT`` opens with "^\s*,": a name not followed by a comma is passed over unsliced
            right = _ROLE_RIGHT.match(text[end:end + 80]) if _COMMA_NEXT.match(text, end, end + 80) else None
            # ``_ROLE_OF_BEFORE`` ends in ",\s*$": a window not ending in a comma cannot match
            before = None if right or not _TITLE_BEFORE_NAME.search(text, window_start, start) else \
                _ROLE_OF_BEFORE.search(text[window_start:start])
            if before:
                role, country, _ = _role_from(before, text, start)
                if role and country is None and before.group("org").lower() not in _COUNTRY_OF:
                    role = _field_role(role, before.group("org")) if role in _FIELD_TITLES else \
                        f"{role} of {before.group('org')}"
                role_start = window_start + before.start() if role else None
                if role_start is not None and text[max(0, role_start - 4):role_start].lower() == "the ":
                    role_start -= 4  # "The former mayor of Wadi al-Rihan, Ziyad Tarawneh"
            if right:
                role, country, _ = _role_from(right, text, start)
                role_end: int | None = end + right.end() if role else None
                org = _ORG_AFTER.match(text, end + right.end()) if role and country is None else None
                if role and country is None and right.group("orgposs"):
                    role = _org_role(role, right.group("orgposs"))  # "Ewa Sobczak, Baltmar's chief executive"
                elif org:
                    role = _org_role(role, org.group("org"))
                    role_end = org.end()
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


def _subject_country(text: str) -> str | None:
    """The country "its" refers back to: the first country named in the sentence, usually its subject."""
    sentence = re.split(r"[.!?]\s+(?=[A-Z])", text)[-1]
    for m in re.finditer(rf"\b({_COUNTRY_ALT})\b", sentence, re.IGNORECASE):
        if m.group(1) == "us":
            continue  # the pronoun, not the country
        return _COUNTRY_OF.get(m.group(1).lower())
    return None


def proper_nouns(text: str) -> set[str]:
    """Folded capitalised words that are not sentence openers, months or title words: what a story is about.

    Two reports share a story when they share such names (people, places, organisations);
    a reference from another story is never evidence, however alike its sentences sound.
    """
    out = set()
    for m in re.finditer(rf"\b([{UPPER}][\w'’-]{{2,}})", text):
        word = _bare(m.group(1)).strip("_")
        if word in _FUNCTION_WORDS or word in _ROLE_WORDS or word in _COMMON_CAPS or word in MONTHS or word in WEEKDAYS:
            continue
        out.add(_COUNTRY_OF.get(word, word).lower())
    return out


_FUNCTION_WORDS = frozenset("""the a an this that these those it its his her their he she they we i in on at of for to
    from by with after before during since despite although while when but and or so yet if as also however
    meanwhile earlier later today yesterday tomorrow there here what which who whom whose how why where
    according asked some many most more other another such all both each every no not our your my""".split())


#: Capitalised words common to every story: not evidence that two reports share one.
_COMMON_CAPS = frozenset("""sample reference headline report reports news press agency daily times post herald
    online today world breaking update live minister ministry government president police court national
    international city town village state council party office department company group""".split())


# --- places -------------------------------------------------------------------------

_PLACE_ALT = _alt(list(PLACES) + [c.lower() for c in COUNTRIES])
_PLACE_RE = re.compile(rf"\b(?:in|at|to|from|near|into)\s+(?:the\s+)?(?:\w+\s+capital,?\s+)?({_PLACE_ALT})\b", re.IGNORECASE)
_PLACE_LOW = re.compile(_PLACE_RE.pattern)  # for lower-cased text (see ``lowered``)


_LOCAL_RE = re.compile(
    r"\b" + alternation(("in", "at", "to", "from", "near", "outside", "between", "linking", "connecting")) + r"\s+(?:the\s+)?(?:(?:\w+\s+){0,2}(?:city|town|village|capital|port|region|province|"
    r"district|area|hamlet|department|county|municipality)\s+of\s+)?"
    rf"((?:[{UPPER}][\w'’-]+)(?:\s+(?:[{UPPER}][\w'’-]+|al-[{UPPER}][\w'’-]+)){{0,2}})(?:\s+(?:area|region|district))?")


_BETWEEN_RE = re.compile(rf"\b(?:between|link|links|linked|linking|connect|connects|connected|connecting)\s+[{UPPER}][\w'’-]+(?:\s+(?:al-)?[{UPPER}][\w'’-]+)?\s+"
                         rf"(?:and|with)\s+(?:the\s+(?:city|town|village|hamlet|port)\s+of\s+)?"
                         rf"([{UPPER}][\w'’-]+(?:\s+(?:al-)?[{UPPER}][\w'’-]+)?)")


#: "on the western outskirts of Guayaquil", "a suburb of Lima": a place by its edge.
_OUTSKIRTS_RE = re.compile(rf"\b(?:outskirts|edge|fringes?|suburbs?)\s+of\s+(?:the\s+)?"
                           rf"((?:[{UPPER}][\w'’-]+)(?:\s+[{UPPER}][\w'’-]+){{0,2}})")


def find_places(text: str) -> tuple[str, ...]:
    """Places named as locations ("in Baku", "to Lebanon", "in the city of Arequipa"), canonical names, in order.

    Gazetteer places keep their canonical spelling (Nay Pyi Taw -> Naypyidaw); other
    capitalised names after a locative preposition count as places too, unless they are
    words that are never places (months, weekdays, titles, people's titles).
    """
    return _find_places(text, lowered(text))


def _find_places(text: str, low: str | None) -> tuple[str, ...]:
    """``find_places`` with ``low = lowered(text)`` at hand."""
    found: list[str] = []
    for m in _PLACE_LOW.finditer(low) if low is not None else _PLACE_RE.finditer(text):
        word = m.group(1).lower()
        place = PLACES.get(word) or next((c for c in COUNTRIES if c.lower() == word), None)
        if place and place not in found:
            found.append(place)
    spans = [(m.group(1), m) for m in _LOCAL_RE.finditer(text)]
    if "between" in text or "link" in text or "connect" in text:  # one of them starts every match
        spans += [(m.group(1), m) for m in _BETWEEN_RE.finditer(text)]
    if "skirts" in text or "edge of" in text or "suburb" in text:
        spans += [(m.group(1), m) for m in _OUTSKIRTS_RE.finditer(text)]
    for name, m in spans:
        low = name.lower()
        if low in PLACES or low in _COUNTRY_OF:
            place = PLACES.get(low) or _COUNTRY_OF.get(low)
            if place == "United States" and name == "us":
                continue
        else:
            words = [w for w in low.split() if w not in _NOT_NAME and w not in _COUNTRY_OF and w not in MONTHS]
            if len(words) != len(low.split()) or not words:
                continue  # "in May 1998" is a date, though "May" may be a name
            place = name
        if place not in found:
            found.append(place)
    return tuple(found)


# --- dates --------------------------------------------------------------------------

#: A dateline opening a story: "SEOUL, September 11, 2025 - ", "COPENHAGEN, Oct 19 (NPA) - ",
#: "Baltic Daily, 20 October 2025 - ", "KYSTRUP (TV Midt) - ". Its date is the filing date, not an event's.
DATELINE = re.compile(
    r"^[ \t]*[A-Z][\w .'’&-]{1,40}?(?:,\s*[A-Z][\w .]{1,30}?)?(?:\s*\([^)\n]{1,80}\))?"  # "HƯNG YÊN (Hanoi Daily Post), 9 March"
    r"(?:,?\s+(?:(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]*,?\s+)?(?:[A-Z][a-z]{2,8}\.?\s+\d{1,2}|\d{1,2}\s+[A-Z][a-z]{2,8})(?:,?\s+\d{4})?)?"
    r"\s*(?:\([^)\n]{1,80}\))?\s*[-–—]+(?:\s+|$)",
    re.M,
)


_DIGIT = re.compile(r"\d")


def dateline_end(text: str) -> int:
    """Where the body starts after a dateline at the start of ``text`` (0 when there is none)."""
    if "-" not in text and "–" not in text and "—" not in text:
        return 0  # a dateline ends in a dash: most texts have none, and the pattern is costly
    m = DATELINE.match(text)
    if not m:
        return 0
    head = m.group()
    if not (_DIGIT.search(head) or "(" in head):
        return 0  # "Police - ..." is not a dateline: it needs a date or a credit
    return m.end()


_DAY = r"(?P<day>[0-3]?\d)(?:st|nd|rd|th)?"
_YEAR = r"(?P<year>(?:19|20)\d\d)"
_DATE_PATTERNS = [
    re.compile(rf"\b(?:(?P<wd>{_WEEKDAY_ALT}),?\s+)?(?P<month>{_MONTH_ALT})\.?\s+{_DAY}\b(?:,?\s+{_YEAR})?", re.I),
    re.compile(rf"\b(?:(?P<wd>{_WEEKDAY_ALT}),?\s+)?(?:the\s+)?{_DAY}\s+(?:of\s+)?(?P<month>{_MONTH_ALT})\b\.?(?:,?\s+{_YEAR})?", re.I),
    re.compile(rf"\b{_YEAR}-(?P<mnum>[01]\d)-(?P<day>[0-3]\d)\b"),
    re.compile(rf"\b(?P<last>last|next|this|early|late|mid-?)?\s*(?P<month>{_MONTH_ALT})\b(?:\s+(?:of\s+)?{_YEAR})?", re.I),
    re.compile(rf"\b(?P<last>last|next|this|on|since|by|until|from)?\s*(?P<wd>{_WEEKDAY_ALT})\b", re.I),
    re.compile(rf"\b(?P<prep>in|since|from|until|by|of|early|late|mid-?)\s+{_YEAR}\b", re.I),
    re.compile(r"\b(?P<approx>more than |over |about |nearly |almost |some )?(?P<n>\w+|\d+)\s+(?P<unit>days?|weeks?|months?|years?)\s+ago\b", re.I),
    re.compile(r"\b(?P<rel>today|yesterday|tomorrow|tonight)\b", re.I),
]

#: What each of ``_DATE_PATTERNS`` needs somewhere in the text to match at all: most
#: claims name no month or weekday, and then the patterns built on them are skipped.
_DATE_NEEDS = (("month", "digit"), ("month", "digit"), ("digit", "year"), ("month",), ("weekday",), ("digit", "year"),
               ("ago",), ("relative",))
#: The words behind each need, as case-sensitive patterns for lower-cased text (see ``lowered``).
_NEED_PATTERNS = {
    "month": re.compile(_MONTH_ALT),
    "weekday": re.compile(_WEEKDAY_ALT),
    "ago": re.compile("ago"),
    "relative": re.compile("today|yesterday|tomorrow|tonight"),
}
_YEAR_DIGITS = re.compile(r"(?:19|20)\d\d")  # what ``_YEAR`` matches
_MAY_CONTEXT = re.compile(r"\b(?:in|since|until|by|last|next|early|late|mid|of|from|through|this)\s*-?$", re.I)
_WORD_BEFORE = re.compile(r"(\w+)\s+(?:the\s+)?$")


#: The same patterns for lower-cased text (see ``lowered``): case-sensitive scans are faster.
_DATE_PATTERNS_LOW = [re.compile(p.pattern, p.flags & ~re.I) for p in _DATE_PATTERNS]


def _date_needs(text: str, low: str | None) -> dict[str, bool]:
    """Which of the needs in ``_DATE_NEEDS`` ``text`` meets (all of them when it cannot tell)."""
    digit = bool(_DIGIT.search(text))
    met = {"digit": digit, "year": digit and bool(_YEAR_DIGITS.search(text))}
    if low is None:
        met.update(dict.fromkeys(_NEED_PATTERNS, True))
        return met
    met["month"] = bool(_NEED_PATTERNS["month"].search(low))
    met["weekday"] = bool(_NEED_PATTERNS["weekday"].search(low))
    # the other two patterns are plain words: a substring test finds the same
    met["ago"] = "ago" in low
    met["relative"] = "today" in low or "yesterday" in low or "tomorrow" in low or "tonight" in low
    return met


_SHORT_MONTH_WORDS = {"may", "mar", "jun", "jan", "sept", "sep", "dec", "aug", "oct", "nov", "feb", "apr", "jul"}


def _parse_date(published: dt.date | None, m: re.Match) -> tuple[str | None, str | None, str] | None:
    g = m.groupdict()
    weekday = WEEKDAY_NAMES[WEEKDAYS[g["wd"].lower()]] if g.get("wd") else None
    if g.get("rel"):
        if not published:
            return None, None, "day"
        day = published + dt.timedelta(days=RELATIVE_DAYS[g["rel"].lower()])
        return day.isoformat(), WEEKDAY_NAMES[day.weekday()], "day"
    if g.get("unit"):
        n_text = g["n"].lower()
        n = int(n_text) if n_text.isdigit() else NUMBER_WORDS.get(n_text)
        if n is None or not published:
            return None
        unit = g["unit"].lower().rstrip("s")
        if unit == "day":
            return (published - dt.timedelta(days=n)).isoformat(), None, "day"
        if unit == "week":
            return (published - dt.timedelta(weeks=n)).isoformat(), None, "week"
        if unit == "month":
            y, mo = divmod(published.year * 12 + published.month - 1 - n, 12)
            return f"{y:04d}-{mo + 1:02d}", None, "month"
        return f"{published.year - n:04d}", None, "year"
    month = g.get("month")
    mnum = MONTHS.get(month.lower().rstrip(".")) if month else (int(g["mnum"]) if g.get("mnum") else None)
    year = int(g["year"]) if g.get("year") else None
    if g.get("day") and mnum:
        day_n = int(g["day"])
        if year is None and published:
            year = published.year
            if mnum > published.month + 1:
                year -= 1
        if year is None:
            return None, weekday, "day" if weekday else "day"
        try:
            day = dt.date(year, mnum, day_n)
        except ValueError:
            return None
        return day.isoformat(), weekday, "day"
    if mnum:
        last = (g.get("last") or "").lower()
        if year is None and published:
            year = published.year
            if last == "last" or mnum > published.month:
                year -= 1 if (last == "last" and mnum >= published.month) or mnum > published.month else 0
            if last == "next" and mnum <= published.month:
                year += 1
        return (f"{year:04d}-{mnum:02d}" if year else None), None, "month"
    if weekday:
        if published:
            delta = (published.weekday() - WEEKDAYS[g["wd"].lower()]) % 7
            if (g.get("last") or "").lower() == "next":
                delta = -((WEEKDAYS[g["wd"].lower()] - published.weekday()) % 7 or 7)
            day = published - dt.timedelta(days=delta)
            return day.isoformat(), weekday, "weekday"
        return None, weekday, "weekday"
    if year:
        return f"{year:04d}", None, "year"
    return None


_RELATIONS = {"since": "since", "until": "until", "till": "until", "by": "by", "from": "from", "before": "before",
              "after": "after", "ago": "on"}


def _relation(text: str, start: int, span_text: str) -> str:
    """ "since Saturday" -> since; "on Saturday" -> on: dates of different relations never clash."""
    first = span_text.split()[0].lower() if span_text.split() else ""
    low = span_text.lower()
    if low.endswith(" ago"):
        if low.startswith(("more than", "over ")):
            return "before"  # "more than seven months ago": any time before then
        if low.startswith(("about", "nearly", "almost", "some ", "around", "less than", "under")):
            return "about"
    if first in _RELATIONS:
        return _RELATIONS[first]
    before = _WORD_BEFORE.search(text[max(0, start - 20):start])
    word = before.group(1).lower() if before else ""
    if word in ("in", "of") and _SINCE_EVENT.search(text[max(0, start - 50):start]):
        return "since"  # "the deadliest since a derailment in June 2023": since then
    if word in ("in", "on") and _LAST_TIME.search(text[max(0, start - 40):start]):
        return "since"  # "the forest last burned in July 2007" = "has not burned since July 2007"
    return _RELATIONS.get(word, "on")


_LAST_TIME = re.compile(r"(?<!\bits )(?<!\bthe )(?<!\bhis )(?<!\bher )(?<!\btheir )(?<!\ba )\blast\s+"
                        r"[\w'’-]+\s+(?:[\w'’-]+\s+)?(?:in|on)\s*$", re.I)
_SINCE_EVENT = re.compile(r"\bsince\s+(?:the|a|an|its|their)\s+[\w'’ -]{2,30}?\s+(?:in|of)\s*$", re.I)


def find_dates(text: str, published: str | None = None, offset: int = 0,
               skip: list[tuple[int, int]] = ()) -> list[DateMention]:
    """Dates and weekdays, resolved against the publication date where they are relative."""
    return _find_dates(text, lowered(text), published, offset, skip)


def _find_dates(text: str, low: str | None, published: str | None, offset: int,
                skip: list[tuple[int, int]]) -> list[DateMention]:
    """``find_dates`` with ``low = lowered(text)`` at hand: the patterns then scan ``low``.

    Every value is read back from ``text`` by its span ("May" keeps its capital), so the
    result is the case-insensitive scan's.
    """
    pub = _as_date(published)
    taken: list[tuple[int, int]] = []
    found: list[DateMention] = []
    met = _date_needs(text, low)
    patterns, scanned = (_DATE_PATTERNS, text) if low is None else (_DATE_PATTERNS_LOW, low)
    for pattern, needs in zip(patterns, _DATE_NEEDS):
        if not all(met[need] for need in needs):
            continue  # it cannot match
        has_month = "month" in pattern.groupindex
        for m in pattern.finditer(scanned):
            s, e = m.start(), m.end()
            whole = text[s:e]
            span_text = whole.strip()
            s += len(whole) - len(whole.lstrip())
            if any(s < te and e > ts for ts, te in taken):
                continue
            month = text[m.start("month"):m.end("month")] if has_month and m.start("month") >= 0 else None
            if month and month.lower() in _SHORT_MONTH_WORDS and month[0].islower():
                continue  # "may" the verb, "mar" ...
            if month and month.lower() == "may" and not (m.groupdict().get("day") or m.groupdict().get("year")) \
                    and not _MAY_CONTEXT.search(text[max(0, s - 8):s]):
                continue  # "may" the verb
            parsed = _parse_date(pub, m)
            if parsed is None:
                continue
            iso, weekday, precision = parsed
            if iso is None and weekday is None:
                continue
            if any(ts <= s < te for ts, te in skip):
                continue
            taken.append((s, e))
            found.append(DateMention(span_text, s + offset, e + offset, iso, weekday, precision,
                                     _relation(text, s, span_text)))
    found.sort(key=lambda d: d.start)
    return found


def _as_date(value: str | None) -> dt.date | None:
    if not value:
        return None
    try:
        return dt.date.fromisoformat(value[:10])
    except ValueError:
        return None


# --- numbers ------------------------------------------------------------------------

_APPROX_ALT = _alt(APPROX)
_WORD_NUM = _alt(k for k in NUMBER_WORDS if k not in ("one",))
_NUMBER_RE = re.compile(
    rf"(?:(?P<approx>{_APPROX_ALT})\s+)?(?P<cur>[$€£])?(?P<num>(?<!\w)\d{{1,3}}(?:,\d{{3}})+|(?<!\w)\d+(?:\.\d+)?|"
    rf"(?<![A-Za-z])(?:half\s+an?|an?)(?=\s+(?:{_alt(SCALES)})\b)|"  # "half a million", "a billion"
    rf"(?<![A-Za-z])(?:an?\s+)?(?:{_WORD_NUM})(?:[- ](?:{_WORD_NUM}|one))?(?:\s+hundred)?(?:\s+and\s+a\s+half)?)\b"
    rf"(?:\s*(?P<scale>{_alt(SCALES)})\b)?(?:(?:\s+|-)(?P<unit>[a-z]+))?",  # "a 1,240-kg satellite"
    re.IGNORECASE,
)
_NUMBER_RE_LOW = re.compile(_NUMBER_RE.pattern)  # the same, for lower-cased text (see ``lowered``)
#: Where the number of a quantity can start (lower-cased text), and how far before it the
#: quantity can (``_matches_near``): no approximation holds a number word.
_NUMBER_START = re.compile(rf"\d|(?:{_WORD_NUM})|\bhalf\b|\ban?\s+(?:{_alt(SCALES)})\b")
_NUMBER_LEAD = max(map(len, APPROX))
_NUMBERS_ANCHORED = not any(_NUMBER_START.search(a) for a in APPROX)  # else every position is scanned
_NUMBER_SPLIT = re.compile(r"[- ]+")


def _word_number(raw: str) -> float:
    """ "forty-two" -> 42, "five" -> 5, "two hundred" -> 200, "a dozen" -> 12, "six and a half" -> 6.5,
    "half a" (million) -> 0.5, "a" (billion) -> 1 (0 when not a number)."""
    total = 0.0
    parts = _NUMBER_SPLIT.split(raw)
    if parts[0] in ("a", "an"):
        parts = parts[1:] or ["one"]
    if parts[:1] == ["half"]:
        return 0.5
    if parts[-3:] == ["and", "a", "half"]:
        return _word_number(" ".join(parts[:-3])) + 0.5
    for part in parts:
        if part == "hundred":
            total = (total or 1) * 100
        elif part == "one":
            total += 1
        elif part in NUMBER_WORDS:
            total += NUMBER_WORDS[part]
        else:
            return 0.0
    return total
_UNIT_STOP = frozenset("and or of the a to in on at for from by with that which who is was were are".split())
#: A figure after a label, as official tallies give them: "Deaths: 14.", "Houses fully destroyed: 13,200."
_LABEL = re.compile(r"(?:^|[.;]\s+)([A-Z][a-z]+s)(?:\s+[a-z]+){0,3}:\s*$")
#: What "N of" counts: "three of the country's 24 provinces", "two of its ships".
_PART_OF = re.compile(r"\s+(?:the|its|their|his|her|our|these|those)\s+(?:[\w-]+['’]s\s+)?"
                      r"(?:(?P<total>\d[\d,]*)\s+)?(?P<noun>[a-z]+s)\b", re.I)
#: Words that make a unit of the next ("60 cubic metres"): the unit is theirs, as before (see ``UNIT_FACTORS``).
_UNIT_ADJECTIVES = frozenset("cubic square metric nautical light".split())
#: The head of a compound after a number's first word: "farm workers", "police officers", "rare books" (a plural
#: noun, not a verb in -s). The unit is then both words: "4,300 rare books" are not all of "62,000 books".
_COMPOUND_HEAD = re.compile(r"\s+(?!(?:was|has|is|does|says|remains|rises|falls|stands|comes|goes|means|makes|gets|"
                            r"needs|takes|shows|seems|plus|minus|bonus|status|census|campus|virus|gas|us|as|this|its|his|"
                            r"hers|yes|less|across|always|perhaps|whereas|thus|besides|afterwards|towards)\b)"
                            r"([a-z]+[^s\W]s)\b")


_TIME_RE = re.compile(r"\b\d{1,2}(?:[:.]\d{2})?\s*(?:a\.?m\.?|p\.?m\.?|h\b|hrs\b|GMT|UTC|CET|local time)|"
                      r"\b\d{1,2}:\d{2}\b(?!:\d)", re.I)  # "2:05:12" is a race time (see ``_DURATION_RE``)
_ORDINAL_RE = re.compile(r"\b\d+(?:st|nd|rd|th)\b|\b\d+-(?:year|month|week|day|hour|minute)s?-old\b", re.I)


#: What every clock time holds, of ``_TIME_RE`` and of the times ``clock_times`` keeps: a digit
#: before minutes, "a.m."/"p.m.", "h" or a zone. A scan for it skips from digit to digit, where
#: the full patterns (which start with a word boundary) try every position.
_CLOCK_HINT = re.compile(r"\d(?:[:.]\d|\s*(?:[ap]\.?m|h|gmt|utc|cet|cest|est|edt|pst|local time))", re.I)


def find_times(text: str) -> list[tuple[int, int]]:
    """Clock times ("9:40 p.m.", "10 p.m.", "07:20 GMT"): not quantities."""
    if not _CLOCK_HINT.search(text):
        return []
    return [(m.start(), m.end()) for m in _TIME_RE.finditer(text)]


_CLOCK = re.compile(r"(?P<approx>shortly before|shortly after|just before|just after|about|around|approximately|"
                    r"roughly|some|nearly|at)?\s*\b(?P<h>\d{1,2})(?:[:.](?P<m>\d{2}))?\s*"
                    r"(?P<ampm>a\.?m\.?|p\.?m\.?)?\s*(?P<zone>GMT|UTC|CET|CEST|EST|EDT|PST|local time)?", re.I)
#: The longest approximation before a clock time ("shortly before"): how far before its
#: hour (and the white space there) a clock time can start.
_CLOCK_LEAD = max(len(a) for a in re.search(r"\(\?P<approx>([^)]*)\)", _CLOCK.pattern).group(1).split("|"))


def _matches_near(pattern: re.Pattern, text: str, anchor: re.Pattern, lead: int, sign: str = ""):
    """The matches of ``pattern.finditer(text)``, each searched for only from shortly before the next ``anchor``.

    For the patterns of clock times and quantities: every match holds an anchor (a
    digit, a number word), and before the first one stand only an approximation of at
    most ``lead`` characters ("shortly before", "more than"), white space and perhaps a
    currency ``sign``, none of them holding an anchor. So no match starts earlier, and
    the text between anchors, where the pattern tried its approximations at every
    position, is not scanned.
    """
    pos = 0
    while True:
        found = anchor.search(text, pos)
        if not found:
            return
        start = found.start()
        if start > pos and text[start - 1] in sign:
            start -= 1
        while start > pos and text[start - 1].isspace():
            start -= 1
        m = pattern.search(text, max(pos, start - lead))
        if not m:
            return
        yield m
        pos = m.end()


_HOUR_WORDS = {w: n for w, n in NUMBER_WORDS.items() if isinstance(n, int) and 1 <= n <= 12}
_HOUR_WORDS.update({"one": 1})
_HOUR_ALT = _alt(list(_HOUR_WORDS) + [str(n) for n in range(1, 13)])
_APPROX_CLOCK = r"(?P<approx>shortly before|shortly after|just before|just after|soon after|before|after|about|around|at)?\s*"
#: Clock times in words: "shortly before midnight", "about twenty past seven in the morning", "three o'clock".
_WORD_CLOCK = re.compile(
    _APPROX_CLOCK + r"\b(?:(?P<noon>midnight|noon|midday)|"
    rf"(?P<part>a quarter|quarter|half|five|ten|twenty|twenty-five)\s+(?P<dir>past|to)\s+(?P<h1>{_HOUR_ALT})|"
    rf"(?P<h2>{_HOUR_ALT})\s+o['’]clock|"
    rf"(?P<h3>{_HOUR_ALT})(?=\s+in\s+the\s+(?:morning|afternoon|evening)\b|\s+at\s+night\b))"  # "four in the afternoon"
    r"\b(?:\s+in\s+the\s+(?P<day>morning|afternoon|evening)|(?P<pm>\s+at\s+night))?",
    re.I)
_WORD_CLOCK_HINT = re.compile(r"midnight|noon|midday|o['’]clock|\b(?:quarter|half|five|ten|twenty)\s+(?:past|to)\b|"
                              r"\bin the (?:morning|afternoon|evening)\b|\bat night\b", re.I)
_OCLOCK = re.compile(r"\b[\w-]+\s+o['’]clock\b", re.I)
_DAY_PART = re.compile(r"\b(morning|afternoon|evening|night)\b", re.I)
_PARTS = {"a quarter": 15, "quarter": 15, "half": 30, "five": 5, "ten": 10, "twenty": 20, "twenty-five": 25}


_WORD_CLOCK_HINT_LOW = re.compile(_WORD_CLOCK_HINT.pattern)  # for lower-cased text (see ``lowered``)


def _may_tell_time(low: str) -> bool:
    """Whether lower-cased ``low`` holds a word every match of ``_WORD_CLOCK_HINT`` holds: substring
    tests, several times faster than the pattern, which tries its word boundary at every position."""
    return "mid" in low or "noon" in low or "clock" in low or "quarter" in low or "half" in low or \
        "five" in low or "ten" in low or "twenty" in low or "in the " in low or "at night" in low


def word_clock_times(text: str) -> list[tuple[int, int, tuple[str, int, str | None, str | None]]]:
    """Clock times said in words, with their spans: (start, end, (text, minutes, zone, kind))."""
    if not _WORD_CLOCK_HINT.search(text):
        return []
    return _word_clocks(text)


def _word_clocks(text: str) -> list[tuple[int, int, tuple[str, int, str | None, str | None]]]:
    """``word_clock_times`` for a text its hint has been found in (``slots`` tests it once, not three times)."""
    out = []
    for m in _WORD_CLOCK.finditer(text):
        if not (m.group("noon") or m.group("h1") or m.group("h2") or m.group("h3")):
            continue
        approx = (m.group("approx") or "").lower()
        kind = "before" if "before" in approx else "after" if "after" in approx else \
            ("about" if approx and approx != "at" else None)
        if m.group("noon"):
            word = m.group("noon").lower()
            past = "past" in text[max(0, m.start("noon") - 6):m.start("noon")]  # "a minute past midnight"
            minutes = 720 if word != "midnight" else (0 if kind == "after" or past else 1440)
        else:
            raw = (m.group("h1") or m.group("h2") or m.group("h3")).lower()
            hour = int(raw) if raw.isdigit() else _HOUR_WORDS[raw]
            minutes = hour * 60
            if m.group("part"):
                part = _PARTS[m.group("part").lower()]
                minutes += part if m.group("dir").lower() == "past" else -part
            day = (m.group("day") or "").lower() or ("night" if m.group("pm") else "")
            if not day:
                later = _DAY_PART.search(text, m.end(), m.end() + 30)
                day = later.group(1).lower() if later else ""
            if not day:
                continue  # "at three o'clock": morning or afternoon is anyone's guess
            if day in ("afternoon", "evening", "night") and hour < 12:
                minutes += 720
        out.append((m.start(), m.end(), (m.group().strip(), minutes, None, kind)))
    return out


def clock_times(text: str) -> tuple[tuple[str, int, str | None, str | None], ...]:
    """ "shortly before 10 p.m." -> ("10 p.m.", 1320, None, "before"); only times with a.m./p.m., a zone or h:mm,
    and times in words ("shortly before midnight", "twenty past seven in the morning")."""
    return _clock_times(text, word_clock_times(text))


def _clock_times(text: str, word_clocks: list) -> tuple[tuple[str, int, str | None, str | None], ...]:
    """``clock_times`` with ``word_clocks = word_clock_times(text)`` at hand."""
    out = [t for _, _, t in word_clocks]
    if not _CLOCK_HINT.search(text):
        return tuple(out)  # every clock time kept has a digit and minutes, a.m./p.m. or a zone
    for m in _matches_near(_CLOCK, text, _DIGIT, _CLOCK_LEAD):
        if not (m.group("ampm") or m.group("zone") or m.group("m")) or text.startswith(":", m.end("h") + 3):
            continue  # no clock time, or the hours and minutes of a race time ("2:05:12")
        hour, minute = int(m.group("h")), int(m.group("m") or 0)
        if hour > 24 or minute > 59:
            continue
        ampm = (m.group("ampm") or "").lower().replace(".", "")
        if ampm == "pm" and hour < 12:
            hour += 12
        if ampm == "am" and hour == 12:
            hour = 0
        approx = (m.group("approx") or "").lower()
        kind = "before" if "before" in approx else "after" if "after" in approx else \
            ("about" if approx and approx != "at" else None)
        zone = (m.group("zone") or "").upper() or None
        out.append((m.group().strip(), hour * 60 + minute, zone, kind))
    return tuple(out)


def find_numbers(text: str, skip: list[tuple[int, int]] = (), offset: int = 0) -> list[NumberMention]:
    """Quantities ("at least 12 people", "$5 million"), not the digits of dates or clock times."""
    return _find_numbers(text, lowered(text), skip, offset)


#: "two in three Paraguayans", "nine out of ten": a share, compared as a percentage.
_FRACTION_RE = re.compile(rf"(?:\b(?P<approx>{_APPROX_ALT})\s+)?\b(?P<n>\d{{1,2}}|{_WORD_NUM}|one)\s+(?:in|out of)\s+"
                          rf"(?P<d>\d{{1,2}}|{_WORD_NUM})\b(?!\s*(?:{_alt(SCALES)}|percent|per cent|%))", re.I)


#: What every match of ``_FRACTION_RE`` holds ("in"/"out of" between white space, then a
#: number): one quick scan, where the pattern itself tries its optional lead at every position.
_FRACTION_HINT = re.compile(rf"\s(?:in|out\s+of)\s+(?:\d|{_WORD_NUM})", re.I)


#: Lengths of time in seconds, so that a duration told two ways is one quantity (in whole seconds,
#: so that "2:05:12" and "two hours, five minutes and 12 seconds" are the same number).
_DURATION_UNITS = {"hour": 3600, "hours": 3600, "hrs": 3600, "minute": 60, "minutes": 60, "mins": 60,
                   "second": 1, "seconds": 1, "secs": 1}
#: Durations no number pattern reads: a race time ("2:05:12") and a time in words with an
#: approximation or a half ("almost a minute and a half", "less than an hour", "half an hour").
_DURATION_RE = re.compile(
    r"\b(?P<h>\d{1,2}):(?P<m>[0-5]\d):(?P<s>[0-5]\d)\b|"
    rf"(?:\b(?P<approx>{_APPROX_ALT})\s+)?\b(?:(?P<one>an?|one)\s+(?:(?P<half0>and\s+a\s+half)\s+)?(?P<unit>hours?|minutes?|seconds?)"
    r"(?P<half>\s+and\s+a\s+half)?\b|"
    r"(?P<halfan>half\s+an?)\s+(?P<unit2>hour|minute)\b)", re.I)
_DURATION_HINT = re.compile(r"\d:\d\d:|\b(?:hour|minute|second)", re.I)


def _may_tell_duration(text: str, low: str | None) -> bool:
    """Whether ``text`` can hold a duration: substring tests first, the hint pattern only where they pass."""
    if low is not None and "hour" not in low and "minute" not in low and "second" not in low and ":" not in text:
        return False
    return bool(_DURATION_HINT.search(text))
#: What may stand between the parts of one duration: "four hours and 50 minutes", "2 hours, 22 minutes".
_DURATION_JOIN = re.compile(r"\s*(?:,|and|,\s*and)?\s*")


def _durations(text: str, offset: int) -> list[NumberMention]:
    """Race times and times in words (see ``_DURATION_RE``), in seconds."""
    out = []
    for m in _DURATION_RE.finditer(text):
        if m.group("h"):
            value = 3600 * int(m.group("h")) + 60 * int(m.group("m")) + int(m.group("s"))
            approx = None
        else:
            approx = APPROX.get(m.group("approx").lower()) if m.group("approx") else None
            if m.group("halfan"):
                value = 0.5 * _DURATION_UNITS[m.group("unit2").lower()]
            elif approx or m.group("half") or m.group("half0"):  # "an hour later" is no measure of anything
                value = (1.5 if m.group("half") or m.group("half0") else 1.0) * _DURATION_UNITS[m.group("unit").lower()]
            else:
                continue
        out.append(NumberMention(m.group().strip(), m.start() + offset, m.end() + offset, float(value), "seconds", approx))
    return out


def _joined_durations(found: list[NumberMention], text: str, offset: int) -> list[NumberMention]:
    """One duration in parts is one quantity: "four hours and 50 minutes" -> 17,400 seconds, "2 hours 22 minutes
    48 seconds" -> 8,568 seconds; a single part keeps its own unit."""
    out: list[NumberMention] = []
    last_part = 0  # the length of the unit of the last part of ``out[-1]``, if it is a duration in words
    for n in sorted(found, key=lambda n: n.start):
        unit = _DURATION_UNITS.get((n.unit or "").lower(), 0) if ":" not in n.text else 0
        if out and unit and unit < last_part and not n.approx \
                and _DURATION_JOIN.fullmatch(text[out[-1].end - offset:n.start - offset]):
            prev = out[-1]
            value = prev.value * _DURATION_UNITS[prev.unit.lower()] + n.value * unit
            out[-1] = NumberMention(text[prev.start - offset:n.end - offset], prev.start, n.end, float(value),
                                    "seconds", prev.approx)
        else:
            out.append(n)
        last_part = unit
    return out


def _find_numbers(text: str, low: str | None, skip: list[tuple[int, int]], offset: int,
                  word_clocks: list | None = None) -> list[NumberMention]:
    """``find_numbers`` with ``low = lowered(text)`` (and perhaps ``word_clocks = word_clock_times(text)``) at hand."""
    found: list[NumberMention] = []
    if _DIGIT.search(text):  # clock times and ordinals have digits
        skip = list(skip) + find_times(text) + [(m.start(), m.end()) for m in _ORDINAL_RE.finditer(text)]
    if word_clocks is None:
        word_clocks = word_clock_times(text)
    skip = list(skip) + [(s, e) for s, e, _ in word_clocks]  # "twenty past seven" is a time
    if "clock" in text:
        skip += [(m.start(), m.end()) for m in _OCLOCK.finditer(text)]
    if low is None:
        matches = _NUMBER_RE.finditer(text)
    elif _NUMBERS_ANCHORED:
        matches = _matches_near(_NUMBER_RE_LOW, low, _NUMBER_START, _NUMBER_LEAD, "$€£")
    else:
        matches = _NUMBER_RE_LOW.finditer(low)
    may_last = _may_tell_duration(text, low)
    durations = _durations(text, offset) if may_last else []
    skip = list(skip) + [(d.start - offset, d.end - offset) for d in durations]
    if (" in " in text or " out of " in text) and _FRACTION_HINT.search(text):
        for m in _FRACTION_RE.finditer(text):
            parts = (_word_number(m.group("n").lower()) if not m.group("n").isdigit() else float(m.group("n")),
                     _word_number(m.group("d").lower()) if not m.group("d").isdigit() else float(m.group("d")))
            if parts[0] and parts[1] and parts[0] < parts[1] <= 20:
                approx = APPROX.get(m.group("approx").lower()) if m.group("approx") else None
                found.append(NumberMention(m.group().strip(), m.start() + offset, m.end() + offset,
                                           round(100 * parts[0] / parts[1], 1), "percent", approx))
                skip = list(skip) + [(m.start(), m.end())]
    for m in matches:
        s, e = m.start("num"), m.end("num")
        if any(s < te and e > ts for ts, te in skip):
            continue
        raw = m.group("num").lower()
        if raw.replace(",", "").replace(".", "").isdigit():
            value = float(raw.replace(",", ""))
            if 1900 <= value <= 2100 and "." not in raw and "," not in raw and not m.group("cur"):
                continue  # a year
        else:
            value = _word_number(raw)
            if not value:
                continue
        if m.group("scale"):
            value *= SCALES[m.group("scale").lower()]
        unit = m.group("unit")
        unit = unit.lower() if unit and unit.lower() not in _UNIT_STOP else None
        if unit is None and ":" in text[max(0, m.start() - 2):m.start()]:
            label = _LABEL.search(text, 0, m.start())  # "Houses fully destroyed: 13,200." counts houses
            if label:
                unit = label.group(1).lower()
        if unit is None and m.group("unit") and m.group("unit").lower() == "of":
            # "three of the country's 24 provinces" counts provinces; "all but three of them" 21 of them
            part = _PART_OF.match(text, m.end())
            if part:
                unit = part.group("noun").lower()
                if text[max(0, m.start() - 8):m.start()].lower() == "all but " and part.group("total"):
                    value = float(part.group("total").replace(",", "")) - value
        elif unit and not unit.endswith("s") and unit not in _UNIT_ADJECTIVES:
            compound = _COMPOUND_HEAD.match(text, m.end())
            if compound:
                unit = f"{unit} {compound.group(1).lower()}"  # "twenty-seven farm workers" counts no farms
        if m.group("cur"):
            unit = m.group("cur") + (f" {unit}" if unit else "")
        approx = APPROX.get(m.group("approx").lower()) if m.group("approx") else None
        found.append(NumberMention(text[m.start():m.end()].strip(), m.start() + offset, m.end() + offset, value, unit, approx))
    if may_last:
        found = _joined_durations(found + durations, text, offset)
    return found


# --- quotes and negation --------------------------------------------------------------

_QUOTE_RE = re.compile(r"“([^”]{2,}?)”|\"([^\"]{2,}?)\"|«([^»]{2,}?)»")


def find_quotes(text: str, offset: int = 0) -> list[Quote]:
    """Direct quotations (double or guillemet quotes), without the quote marks or a trailing comma."""
    quotes = []
    for m in _QUOTE_RE.finditer(text):
        group = next(i for i in (1, 2, 3) if m.group(i) is not None)
        inner = m.group(group)
        s = m.start(group)
        stripped = inner.rstrip(" ,.;")
        quotes.append(Quote(stripped, s + offset, s + len(stripped) + offset))
    return quotes


_NEG_RE = re.compile(r"\b" + alternation([n for n in sorted(NEGATIONS, key=len, reverse=True) if "'" not in n]) + r"\b|n't\b", re.I)
_NEG_LOW = re.compile(_NEG_RE.pattern)  # for lower-cased text (see ``lowered``)


#: Phrases with a negation word that deny nothing: approximations and reporters' hedges.
_NOT_NEGATIONS = re.compile(
    r"\b(?:no|not) (?:less|more|fewer|later|earlier|sooner) than\b|"
    r"\b(?:could|can|did|was|were|has|have|had) not (?:be |been |yet )?(?:immediately |independently )?"
    r"(?:confirm|confirmed|verify|verified|respond|responded|reply|replied|comment)\w*\b|"
    r"\bnot (?:immediately )?(?:be |been )(?:immediately )?reached\b|"  # "could not be reached", but "did not reach the river" denies
    r"\b(?:did|could|has|have|had) not (?:yet |immediately )?(?:return|answer)\w* (?:calls|messages|emails|requests|"
    r"a request|an email|a call|questions)\b|"
    r"\bnot (?:be |been )?(?:independently )?(?:confirmed|verified)\b|\bdeclined to comment\b|\bno comment\b|"
    r"\bnot only\b|\bno one knows\b|\bwhether or not\b",
    re.I,
)


_NOT_NEGATIONS_LOW = re.compile(_NOT_NEGATIONS.pattern)  # for lower-cased text (see ``lowered``)


def is_negated(text: str) -> bool:
    """Odd number of negation cues: "ruled out" is negative, "could not be ruled out" is not.

    Approximations ("no less than 300") and hedges ("could not be independently
    confirmed") carry a negation word but deny nothing, so they are taken out first.
    Taking them out never makes a cue (they start and end at word boundaries), so a text
    with no cue at all is settled by one scan.
    """
    return _is_negated(text, lowered(text))


def _is_negated(text: str, low: str | None) -> bool:
    """``is_negated`` with ``low = lowered(text)`` already at hand."""
    if low is None:
        if not _NEG_RE.search(text):
            return False
        return len(_NEG_RE.findall(_NOT_NEGATIONS.sub(" ", text))) % 2 == 1
    if not _NEG_LOW.search(low):
        return False
    # every phrase of ``_NOT_NEGATIONS`` holds "no" ("not") or "declined": without them there is none to take out
    cleaned = _NOT_NEGATIONS_LOW.sub(" ", low) if "no" in low or "declined" in low else low
    return len(_NEG_LOW.findall(cleaned)) % 2 == 1


#: Cheap tests that tell whether a text can hold a value at all: most claims hold few, and
#: the full patterns are the costly part of reading a sentence.
_DATE_HINT = re.compile(rf"\d|\b(?:{_MONTH_ALT}|{_WEEKDAY_ALT}|today|yesterday|tomorrow|tonight|ago)\b", re.I)
_NUMBER_HINT = re.compile(rf"\d|\b(?:{_WORD_NUM}|half|an?\s+(?:{_alt(SCALES)}))\b", re.I)
_QUOTE_HINT = re.compile(r"[\"“«]")
#: The words of the two hints above, for lower-cased text: a whole word (``\w+`` run) of the
#: set, found in one scan (only words of word characters can be such a run).
_DATE_WORDS = frozenset(MONTHS) | frozenset(WEEKDAYS) | {"today", "yesterday", "tomorrow", "tonight", "ago"}
_NUMBER_WORDS = frozenset(k for k in NUMBER_WORDS if k not in ("one",))
_DATE_WORD_LOW = re.compile(r"\b" + _alt(w for w in _DATE_WORDS if re.fullmatch(r"\w+", w)) + r"\b")
_NUMBER_WORD_LOW = re.compile(r"\b(?:" + _alt(w for w in _NUMBER_WORDS if re.fullmatch(r"\w+", w)) +
                              rf"|half|an?\s+(?:{_alt(SCALES)}))\b")
#: A capital that does not open the text or a sentence, or a text that opens with two
#: capitalised words (``(?<!^)(?<![.!?]\s)\b[A-Z]|^[A-Z]\w*\s+[A-Z]``), in two parts that scan
#: faster: a pattern that starts with a letter class skips to the capitals, where one that
#: starts with look-behinds tries every position.
_CAPITAL_INNER = re.compile(rf"[{UPPER}](?<=\W[{UPPER}])(?<![.!?]\s[{UPPER}])")
_CAPITAL_START = re.compile(rf"[{UPPER}]\w*\s+[{UPPER}]")


@lru_cache(maxsize=4096)
def slots(text: str, published: str | None = None) -> Slots:
    """All checkable values of ``text`` (offsets relative to ``text``); a leading dateline is not a value."""
    body = dateline_end(text)
    low = lowered(text)
    if low is not None:
        digit = _DIGIT.search(text)
        has_dates = digit or _DATE_WORD_LOW.search(low)
        has_digits = digit or _NUMBER_WORD_LOW.search(low) or "hour" in low or "minute" in low
    else:
        has_dates, has_digits = _DATE_HINT.search(text), _NUMBER_HINT.search(text) or _DURATION_HINT.search(text)
    dates = _find_dates(text, low, published, 0, [(0, body)] if body else ()) if has_dates else []
    capitals = _CAPITAL_INNER.search(text) or _CAPITAL_START.match(text)
    # quantities and clock times both read the clock times in words: found once, for both
    clock_hint = _may_tell_time(low) and _WORD_CLOCK_HINT_LOW.search(low) if low is not None else \
        _WORD_CLOCK_HINT.search(text)
    word_clocks = _word_clocks(text) if clock_hint else []
    return Slots(
        people=tuple(find_people(text)) if capitals else (),
        places=_find_places(text, low) if capitals else (),
        dates=tuple(dates),
        numbers=tuple(_find_numbers(text, low, [(d.start, d.end) for d in dates] + ([(0, body)] if body else []), 0,
                                    word_clocks)) if has_digits else (),
        quotes=tuple(find_quotes(text)) if _QUOTE_HINT.search(text) else (),
        negated=_is_negated(text, low),
        times=_clock_times(text, word_clocks) if has_digits or clock_hint else (),
    )
