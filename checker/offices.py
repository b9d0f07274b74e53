"""Offices: when two titles name one office, and when a title names the head of a body.

Role claims ("Gabi Ashkenazi is Israel's Foreign Minister") are checked against the offices the
references give people; references name one office many ways ("Transport Minister", "Transport and
Communications Minister", "the Minister of Transport"), and a draft may describe an office rather
than name it ("who heads the grid operator CENACE"). These rules say which names are one office.
"""
from __future__ import annotations

import re

from claims.lexicon.roles import PORTFOLIO_MINISTERS, ROLES

_TITLES = sorted({t for t in ROLES.values()} - PORTFOLIO_MINISTERS, key=len, reverse=True)


def bare_office(role: str) -> str:
    """The title without the body it belongs to: "Pilotenbund Chair" -> "Chair", "Mayor of Évora" -> "Mayor"."""
    role = role.split(" of ")[0] if " of " in role and not role.startswith("Director of") else role
    return next((t for t in _TITLES if role == t or role.endswith(" " + t)), role)


#: Titles a place or body has one holder of at a time: a story's "Mayor Y" is the "Los Maitenes Mayor" (where
#: a story's "General Director Y" need not be its "Civil Aviation Agency Director").
ONE_HOLDER_TITLES = frozenset({"Mayor", "Governor", "Prime Minister", "Premier", "Chancellor", "Speaker"})


_RANKS = frozenset({"deputy", "vice", "assistant", "junior"})


def same_field(a: str, b: str) -> bool:
    """ "Water Development Minister" / "Water Development and Sanitation Minister": one title, and the words of
    one office are all in the other's (the title itself and at least one word more)."""
    a, b = _body_first(a), _body_first(b)  # ("Director of Institute of Astronomy" / "Institute of Astronomy Director")
    words_a = {w for w in a.lower().split() if w not in ("and", "of", "the", "for", "to")}
    words_b = {w for w in b.lower().split() if w not in ("and", "of", "the", "for", "to")}
    if a.split()[-1].lower() != b.split()[-1].lower() or bool(words_a & _RANKS) != bool(words_b & _RANKS) or \
            former(a) != former(b):
        return False  # "Energy Minister" is not the "Electricity and Renewable Energy Deputy Minister"
    return len(words_a) > 1 and len(words_b) > 1 and (words_a <= words_b or words_b <= words_a)


def former(role: str) -> bool:
    """ "Former Mayor of Wadi al-Rihan": an office once held, which many have held."""
    return role.startswith("Former ")


def _body_first(role: str) -> str:
    """ "Director of Institute of Astronomy" -> "Institute of Astronomy Director" ("UNAM's Institute Of Astronomy
    Director" keeps its possessor: "the Rescue Board's Southern Rescue Centre" is a unit, not the board)."""
    role = role.replace(" Of ", " of ")
    m = _TITLE_OF_BODY.fullmatch(role)
    return f"{m.group(2)} {m.group(1)}" if m else role


_TITLE_OF_BODY = re.compile(r"(Director|Head|Chair|President|Commander|Rector|Dean|Chief)\s+of\s+(?:the\s+)?(.+)")


def same_office(a: str, b: str) -> bool:
    """ "Special Envoy" / "Special Envoy to Syria", "Transport Minister" / "Transport and Communications
    Minister": one office named in full and in short. "Union Chair" / "Pilotenbund Chair": one title of a
    body named two ways; "Director of Institute of Astronomy" / "UNAM's Institute Of Astronomy Director" one
    body named in two orders."""
    if former(a) != former(b):
        return False  # a "Former Foreign Minister" is not the Foreign Minister
    if " of " in a.lower() or " of " in b.lower():
        a, b = _body_first(a), _body_first(b)
    return a == b or a.startswith(b) or b.startswith(a) or same_field(a, b) or heads_body(a, b) or heads_body(b, a) or \
        (bare_office(a) == bare_office(b) and not (_job_words(a) or _job_words(b)) and not _other_portfolio(a, b))


#: Titles whose first words name a portfolio, not a body: a "Tourism Minister" is no "Sports Minister", where a
#: "Pilotenbund Chair" may well be the "Union Chair".
_PORTFOLIO_TITLES = frozenset({"Minister", "Secretary", "Cabinet Secretary", "Commissioner", "Deputy Minister",
                               "Minister of State"})
_NOT_PORTFOLIO = frozenset({"the", "and", "of", "for", "state", "cabinet", "deputy", "government", "federal",
                            "national", "regional", "provincial"})


def _portfolio(role: str) -> set[str]:
    title = bare_office(role)
    head = role[:-len(title)] if role.endswith(title) else role.split(" of ", 1)[-1] if " of " in role else ""
    return {w.lower() for w in re.findall(r"[\w'’-]+", head)} - _NOT_PORTFOLIO


def _other_portfolio(a: str, b: str) -> bool:
    """ "Tourism Minister" / "Sports Minister": one title over two portfolios that share no word."""
    if bare_office(a) not in _PORTFOLIO_TITLES:
        return False
    pa, pb = _portfolio(a), _portfolio(b)
    return bool(pa) and bool(pb) and not pa & pb


#: Words before a title that name a job rather than a body: a "mission director" directs a launch, not the
#: space centre whose "Director" she may also be.
_JOBS = frozenset("mission project campaign operations programme program communications medical research sales "
                  "marketing technical finance flight race tournament".split())


def _job_words(role: str) -> set[str]:
    return {w.lower() for w in role.split()} & _JOBS


#: The titles of whoever heads a body: "who heads the grid operator CENACE" is its executive director.
TOP_TITLES = ("Director-General", "Executive Director", "General Director", "Director", "Chief Executive", "Chair",
              "President", "Head", "Chief", "General Manager", "Manager", "Secretary-General", "General Secretary",
              "Leader", "Party Leader", "Governor", "Commissioner", "Rector", "Superintendent", "Commander")
_HEAD_OF = "Head of "
#: Top titles that name an office of their own, not the head of whatever body a description names.
_OFFICES_OF_THEIR_OWN = frozenset({"Governor", "Rector"})


def _body_words(text: str) -> set[str]:
    return {w.rstrip("s").rstrip("'’") for w in re.findall(r"[\w'’-]+", text.lower())
            if w not in ("of", "the", "and", "for", "head")}


#: Words that say only that someone leads a body: "Union Leader" is the union's chair, "ISRO Chief" its chairman.
_GENERIC_TOP = ("Head", "Leader", "Chief")


def generic_top(role: str) -> bool:
    """ "Head of the department", "Union Leader", "ISRO Chief": leading a body, in no title of its own (where
    "Police Chief" and "Fire Chief" are offices of their own, which no one holds both of)."""
    return (role.startswith(_HEAD_OF) or role.split()[-1] in _GENERIC_TOP) and role not in _SERVICE_CHIEFS


#: Top titles that name a service, each an office of its own: a police chief is no fire chief.
_SERVICE_CHIEFS = frozenset({"Police Chief", "Fire Chief", "Army Chief"})


def heads_body(described: str, role: str) -> bool:
    """ "Head of grid operator CENACE" (from "who heads the grid operator CENACE") and "CENACE Executive
    Director", "Union Leader" and "Free Dockers' Union Chair": a top title of a body the description names, or
    a top title with no body at all."""
    if not generic_top(described):
        return False
    title = next((t for t in TOP_TITLES if role == t or role.endswith(" " + t) or role.startswith(t + " of ")), None)
    if title is None:
        return False
    body = _body_words(role.replace(title, " "))
    words = described[len(_HEAD_OF):] if described.startswith(_HEAD_OF) else described.rsplit(" ", 1)[0]
    words = re.split(r"['’]s\s+", words)[-1]  # "Rescue Board's Southern Rescue Centre": the centre is what is headed
    headed = _body_words(words)
    # one body named in full and in short ("Union" / "Free Dockers' Union"), not two sharing a word ("Rescue Board" /
    # "Southern Rescue Centre": the board's director general is not the head of one of its centres)
    if not body:
        return title not in _OFFICES_OF_THEIR_OWN  # (a "Police Chief" is no "Governor", whose office is a province's)
    return bool(headed) and (body <= headed or headed <= body)
