"""Helpers shared by the scans of ``claims.entities``: patterns built from word lists, lower-cased text, capitals.

People, places, dates, numbers and clock times are each read by their own module; what
several of them need (and would otherwise copy) lives here, below all of them, so that
none imports another only for a helper.
"""
from __future__ import annotations

import re

from .alternation import alternation
from .lexicon.roles import COUNTRIES


def _alt(words) -> str:
    """The words as one alternation, longest first (a prefix tree: see ``claims.alternation``)."""
    return alternation(sorted(words, key=len, reverse=True))


#: Letters that ``re.IGNORECASE`` matches to an ASCII letter but ``str.lower`` does not turn into it.
_CASE_TWINS = str.maketrans({"ı": "i", "ſ": "s", "\u0307": None})


def case_key(word: str) -> str:
    """A word a case-insensitive pattern matched, as the key of a lower-case table.

    "mıllion" (a dotless i) and "thiſ" (a long s) match the patterns for "million" and
    "this", so their key must be "million" and "this", not a key the table lacks.
    """
    low = word.lower()
    return low.translate(_CASE_TWINS) if not low.isascii() else low


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

#: Capital letters, accented ones too: "Ólafur", "Łukasz", "Şükrü" open names like "Henrik".
UPPER = "A-ZÀ-ÖØ-ÞĀĂĄĆĈĊČĎĐĒĔĖĘĚĜĞĠĢĤĦĨĪĬĮİĴĶĹĻĽĿŁŃŅŇŊŌŎŐŒŔŖŘŚŜŞŠŢŤŦŨŪŬŮŰŲŴŶŸŹŻŽȘȚ"


_DIGIT = re.compile(r"\d")


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
