"""When two spellings name one person: the rule that keeps name variants from clashing.

Two names are the same person when, after folding accents, apostrophes and
transliteration particles (al-, el-, bin), their surnames agree (exactly, through the
variants table, or fuzzily above a high threshold) and their given names, where both
have one, agree as well (exactly, as hypocorisms, or as an initial). Different
given names with one surname ("Gabi Ashkenazi" / "Gideon Ashkenazi") are two people.
"""
from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from rapidfuzz import fuzz

from .lexicon.names import GIVEN_NAME_VARIANTS, PARTICLES, SURNAME_VARIANTS

#: Every group a given name belongs to: a name may be in several ("joseph" with "joe" and with "yusuf"; "pat" with
#: "patrick" and with "patricia"), and two names are one when they share a group.
_GIVEN: dict[str, set[int]] = {}
for _i, _group in enumerate(GIVEN_NAME_VARIANTS):
    for _name in _group:
        _GIVEN.setdefault(_name, set()).add(_i)
_SURNAME = {name: i for i, group in enumerate(SURNAME_VARIANTS) for name in group}
_SPLIT = re.compile(r"[\s\-]+")
_APOSTROPHES = re.compile(r"['’‘`ʼʻ]")
_DOUBLED = re.compile(r"(.)\1")


#: Letters that are not a base letter with an accent, so Unicode does not decompose them.
_LETTERS = str.maketrans({"ø": "o", "Ø": "O", "æ": "ae", "Æ": "Ae", "ß": "ss", "ł": "l", "Ł": "L", "đ": "d",
                          "Đ": "D", "ı": "i", "œ": "oe", "Œ": "Oe", "þ": "th", "Þ": "Th", "ð": "d", "Ð": "D",
                          "ħ": "h", "Ħ": "H", "ǃ": "", "!": "", "ǀ": "", "ǁ": "", "ǂ": ""})


def fold(text: str) -> str:
    """Lower case, accents and apostrophes removed: "Sa'ar" -> "saar", "Jørgensen" -> "jorgensen"."""
    text = text.translate(_LETTERS)
    if not text.isascii():  # (an ASCII text has no accent to take off: most names, most of the time)
        text = unicodedata.normalize("NFKD", text)
        text = "".join(ch for ch in text if not unicodedata.combining(ch))
    text = _APOSTROPHES.sub("", text)
    return text.lower().strip()


@lru_cache(maxsize=65536)
def name_parts(name: str) -> tuple[str, ...]:
    """The meaningful parts of a name: particles dropped, folded ("Ahmed Al-Sharaa" -> ("ahmed", "sharaa"))."""
    parts = []
    for raw in _SPLIT.split(fold(name)):
        token = raw.strip(".,")
        if not token or token in PARTICLES or token + "-" in PARTICLES:
            continue
        parts.append(token)
    return tuple(parts)


#: Letters that transliterations of one sound swap: al-Qadiri / al-Kadiri / al-Qaderi.
_PHONETIC = [("q", "k"), ("ph", "f"), ("ou", "u"), ("oo", "u"), ("ee", "i"), ("y", "i"), ("e", "i"), ("dh", "d"),
             ("th", "t"), ("kh", "k"), ("w", "v")]


def _phonetic(word: str) -> str:
    for old, new in _PHONETIC:
        word = word.replace(old, new)
    return _DOUBLED.sub(r"\1", word)  # doubled letters: Saar/Sar, Jabbarov/Jabarov


def same_spelling(a: str, b: str) -> bool:
    """Two spellings of one name of a place or a thing, by the transliteration rules of surnames ("Thakek" /
    "Thakhek", "Oldenbüttel" / "Oldenbuettel"): the same letters once folded and sounded out, word by word."""
    wa, wb = fold(a).replace("ue", "u").split(), fold(b).replace("ue", "u").split()
    return len(wa) == len(wb) and all(x == y or (len(x) >= 4 and len(y) >= 4 and _phonetic(x) == _phonetic(y))
                                      or _one_vowel_apart(x, y) for x, y in zip(wa, wb))


def _one_vowel_apart(a: str, b: str) -> bool:
    """ "Lingaeni" / "Langaeni" (Lângăeni, whose "â" is also written "i"): a long word with one vowel written two
    ways."""
    if len(a) != len(b) or len(a) < 6:
        return False
    diff = [(x, y) for x, y in zip(a, b) if x != y]
    return len(diff) == 1 and diff[0][0] in "aeiouy" and diff[0][1] in "aeiouy"


def _same_surname(a: str, b: str) -> bool:
    if a == b:
        return True
    if a in _SURNAME and _SURNAME.get(a) == _SURNAME.get(b):
        return True
    if len(a) >= 4 and len(b) >= 4 and _phonetic(a) == _phonetic(b):
        return True
    return len(a) >= 4 and len(b) >= 4 and fuzz.ratio(a, b) >= 85


def _same_given(a: str, b: str) -> bool:
    if a == b:
        return True
    if len(a) == 1 or len(b) == 1:
        return a[0] == b[0]  # an initial
    if a in _GIVEN and _GIVEN[a] & _GIVEN.get(b, set()):
        return True
    short, full = sorted((a, b), key=len)
    if len(short) >= 3 and len(full) - len(short) >= 2 and full.startswith(short[:3]) and short[-1] == full[-1]:
        return True  # a short form of the name: "Nikos" / "Nikolaos", "Alex" / "Alexis"
    return fuzz.ratio(a, b) >= 85 and a[0] == b[0]


def _joined_surname(name: str, parts: tuple[str, ...]) -> tuple[str, ...]:
    """A hyphenated surname as one word: "Getachew Wolde-Mariam" and "Getachew Woldemariam" are one man."""
    last = name.split()[-1] if name.split() else ""
    if "-" in last and len(parts) >= 2:
        pieces = [p for p in _SPLIT.split(fold(last)) if p]
        if len(pieces) >= 2 and tuple(parts[-len(pieces):]) == tuple(pieces):
            return parts[:-len(pieces)] + ("".join(pieces),)
    return parts


def _glued_particle(name: str, parts: tuple[str, ...]) -> tuple[str, ...]:
    """A surname with the particle before it written as one word: "Hédi Ben Ammar" and "Hedi Benammar" are one man,
    as "Van Dijk" and "Vandijk" are."""
    words = [w.strip(".,") for w in _SPLIT.split(fold(name)) if w.strip(".,")]
    if len(words) >= 2 and words[-2] in _GLUED_PARTICLES and parts and parts[-1] == words[-1]:
        return parts[:-1] + (words[-2] + words[-1],)
    return parts


#: Particles that are also written joined to the surname after them.
_GLUED_PARTICLES = frozenset("ben bin ibn abu van von de da di du la le el al".split())


def same_person(a: str, b: str) -> bool:
    """True when the two names are spellings of one person ("Tom Barrack" / "Thomas Barrack")."""
    pa, pb = name_parts(a), name_parts(b)
    if not pa or not pb:
        return False
    if _same_parts(pa, pb):
        return True
    ja, jb = _joined_surname(a, pa), _joined_surname(b, pb)
    if (ja, jb) != (pa, pb) and _same_parts(ja, jb):
        return True
    ga, gb = _glued_particle(a, pa), _glued_particle(b, pb)
    if (ga, gb) != (pa, pb) and _same_parts(ga, gb):
        return True
    # "Chan Mei-ling" / "Mei-ling Chan": a family name written first and last, the same two words
    wa, wb = fold(a).split(), fold(b).split()
    return len(wa) == len(wb) == 2 and wa[0] != wa[1] and wa == wb[::-1]


def _same_parts(pa: tuple[str, ...], pb: tuple[str, ...]) -> bool:
    """``same_person`` on the names' parts."""
    if not _same_surname(pa[-1], pb[-1]):
        # "Patricio Yanez" / "Patricio Yánez Mora": a Spanish or Portuguese second surname written or dropped
        short, full = (pa, pb) if len(pa) < len(pb) else (pb, pa)
        return len(short) >= 2 and len(full) > len(short) and _same_given(short[0], full[0]) and \
            _same_surname(short[-1], full[len(short) - 1])
    if len(pa) == len(pb) >= 3 and not all(_same_given(x, y) for x, y in zip(pa[1:-1], pb[1:-1])):
        return False  # "Chan Mei-ling" / "Chan Wai-ling", "Maria Jose Garcia" / "Maria Luisa Garcia": two people
    if len(pa) > 1 and len(pb) > 1:
        short, full = (pa, pb) if len(pa) < len(pb) else (pb, pa)
        if len(short) >= 2 and _same_given(short[0], full[len(full) - len(short)]):
            return True  # "Azizur Rahman" / "Md. Azizur Rahman": a first given name written or dropped
        # (or a family name written first in two romanisations: "Lee Seo-yeon" / "Yi Seo-yeon")
        return _same_given(pa[0], pb[0]) or (pa[0] in _SURNAME and _SURNAME.get(pa[0]) == _SURNAME.get(pb[0]))
    return True  # a bare surname agrees with any full name that ends in it
