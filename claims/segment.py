"""Split an article into sentences with exact character offsets.

A small rule-based splitter rather than pysbd: reference archives hold millions of
sentences and pysbd manages a few thousand a second. The hard cases live in
``tests/test_segment.py`` as a regression table ("9 a.m. Tuesday", "U.S. envoy",
initials, quotes that close after the full stop).
"""
from __future__ import annotations

import re

from .lexicon.abbreviations import NEVER_END, SOFT_END, SENTENCE_STARTERS, TIME_FOLLOWERS
from .types import Sentence

# A candidate boundary: terminal punctuation, optional closing quotes/brackets, then
# whitespace. Paragraph breaks (a newline) always end a sentence.
_BOUNDARY = re.compile(r"""[.!?…]+["'”’»)\]]*(?=\s)|\n""")
_NEXT_WORD = re.compile(r"\s*[\"'“‘«(\[]*(\S+)")
_DOTTED_LETTERS = re.compile(r"(?:[a-z]\.)+[a-z]")
_NUMBER_ABBREVIATION = re.compile(r"(?:no|nos|art|p|pp|vol|ch)")
#: The longest token looked at before a full stop ("U.S.", "Gen."); longer ones are never abbreviations.
_MAX_TOKEN = 64
#: A longer stretch without a sentence end (a paragraph with no full stops, a pasted table)
#: is cut at a space: attribution's work grows with the square of a sentence's length.
MAX_SENTENCE_CHARS = 2_000


def _is_boundary(text: str, match: re.Match) -> bool:
    """Decide whether the punctuation in ``match`` ends a sentence."""
    if match.group() == "\n":
        return True
    end = match.end()
    # the token before the mark, found by walking back to white space (a search from the
    # start of the text would make splitting quadratic in the article's length)
    # only as far back as a token can reach: rfind from 0 rescans a long paragraph per mark
    lo = max(0, end - _MAX_TOKEN)
    start = max(text.rfind(" ", lo, end), text.rfind("\n", lo, end), text.rfind("\t", lo, end), lo - 1) + 1
    token = text[start:end]
    nxt = _NEXT_WORD.match(text, match.end())
    next_word = nxt.group(1) if nxt else ""
    if not next_word:
        return True
    first = next_word[0]
    if first.islower() or first in ",;:)":
        return False  # "e.g. the", "Jan. 5," : lower case goes on
    if not token.endswith("."):
        return True  # "!" "?" or a closing quote after them
    bare = token.rstrip(".\"'”’»)]").lstrip("\"'“‘«([")
    low = bare.lower()
    if low in NEVER_END:
        return False
    if len(bare) == 1 and bare.isalpha() and bare.isupper():
        # an initial: "J. Smith" (but "Measure R. Asked about it, she said" opens a sentence)
        return next_word.strip("\"'“‘«(").strip(".,;:") in SENTENCE_STARTERS and next_word[:1] not in "\"'“‘«("

    if low in ("a.m", "p.m"):
        # "at 9 a.m. Tuesday", "at 9 a.m. GMT" go on; "shortly after 6 a.m. Rescuers ..." starts a sentence
        return next_word.strip("\"'“‘«(").strip(".,;:").lower() not in TIME_FOLLOWERS
    if low in SOFT_END or _DOTTED_LETTERS.fullmatch(low):
        # "U.S." "a.m.": ends a sentence only before a typical sentence opener.
        return next_word.strip("\"'“‘«(").split("'")[0] in SENTENCE_STARTERS
    if _NUMBER_ABBREVIATION.fullmatch(low) and any(ch.isdigit() for ch in next_word[:12]):
        return False  # "No. 4", "Wage Order No. NCR-27" (but "voted no. A nurse said" ends there)
    return True


def split_sentences(text: str, offset: int = 0) -> list[Sentence]:
    """Sentences of ``text``; each ``Sentence.text == text[start:end]`` (shifted by ``offset``)."""
    sentences: list[Sentence] = []
    start = 0
    for match in _BOUNDARY.finditer(text):
        if not _is_boundary(text, match):
            continue
        end = match.end() if match.group() != "\n" else match.start()
        _append(text, start, end, offset, sentences)
        start = match.end()
    _append(text, start, len(text), offset, sentences)
    return sentences


#: A live blog's time stamp before an entry: "15:45 - ", "11.30 – ": when, not part of the sentence.
_TIME_STAMP = re.compile(r"\d{1,2}[:.]\d{2}\s*(?:[ap]\.?m\.?\s*)?(?:GMT|UTC|CET|local time)?\s*[-–—|]\s+")


def _append(text: str, start: int, end: int, offset: int, out: list[Sentence]) -> None:
    while start < end and text[start].isspace():
        start += 1
    stamp = _TIME_STAMP.match(text, start, end) if text[start:start + 1].isdigit() else None
    if stamp and (start == 0 or text[start - 1] == "\n"):
        start = stamp.end()  # the entry's sentence starts after its time stamp
    while end > start and text[end - 1].isspace():
        end -= 1
    while end - start > MAX_SENTENCE_CHARS:  # a run-on "sentence" is cut at a space
        cut = text.rfind(" ", start + 1, start + MAX_SENTENCE_CHARS)
        cut = cut if cut > start else start + MAX_SENTENCE_CHARS
        _append(text, start, cut, offset, out)
        start = cut
        while start < end and text[start].isspace():
            start += 1
    if end > start and any(ch.isalnum() for ch in text[start:end]):
        out.append(Sentence(len(out), start + offset, end + offset, text[start:end]))
