"""The double-quoted passages of an article, and the relations they stretch.

Attribution asks of many positions whether they lie inside a quotation ("inside a quote
a name is not a mention", "a cue inside a quote is the speaker's, not the article's"), so
the article's quote spans are found once, in one scan, and looked up by bisection.
"""
from __future__ import annotations

import re
from bisect import bisect_right

from .types import Relation


class Quotes:
    """The double-quoted passages of an article, paragraph by paragraph.

    A quote left open at the end of its paragraph runs to the paragraph's end.
    """

    _MARKS = re.compile(r"[\"“”«»\n]")

    def __init__(self, text: str):
        spans: list[tuple[int, int]] = []
        curly = straight = None
        for m in self._MARKS.finditer(text):
            ch, i = m.group(), m.start()
            if ch == "\n":
                for opened in (curly, straight):
                    if opened is not None:
                        spans.append((opened, i))
                curly = straight = None
            elif ch in "“«":
                if curly is None:
                    curly = i
            elif ch in "”»":
                if curly is not None:
                    spans.append((curly, i + 1))
                    curly = None
            elif straight is None:
                straight = i
            else:
                spans.append((straight, i + 1))
                straight = None
        for opened in (curly, straight):
            if opened is not None:
                spans.append((opened, len(text)))
        spans = [sp for sp in spans if not _quoted_name(text, *sp)]
        spans.sort()
        self.spans = spans
        self._starts = [s for s, _ in spans]

    def at(self, pos: int) -> tuple[int, int] | None:
        """The quote span strictly around ``pos`` (between its marks), if any."""
        i = bisect_right(self._starts, pos) - 1
        while i >= 0:
            s, e = self.spans[i]
            if s < pos < e - 1:
                return s, e
            if e <= pos:
                return None
            i -= 1
        return None

    def inside(self, pos: int) -> bool:
        return self.at(pos) is not None


def inside_quotation(text: str, pos: int) -> bool:
    """Whether ``pos`` lies inside quotation marks opened earlier on its line.

    A cheap test for one position, with no article-wide scan (``Quotes`` is that scan):
    the atomiser asks it of a modifier ("on Monday" inside someone's words is theirs to
    date, not the article's), the checker of a claim it words for lookup.
    """
    chunk = text[text.rfind("\n", 0, pos) + 1:pos]
    return chunk.count('"') % 2 == 1 or chunk.count("“") > chunk.count("”") or chunk.count("«") > chunk.count("»")


#: A name in quotation marks after what it names: the newspaper "Tarvia Business", the party «Renewal».
_NAMED_BEFORE = re.compile(r"\b(?:newspaper|daily|weekly|agency|channel|magazine|website|portal|company|party|movement|"
                           r"programme|program|station|radio|television|TV|journal|vessel|ship|operation)\s*$", re.I)
_TITLE_CASE = re.compile(r"[A-Z0-9][\w'’.\-]*(?:\s+[A-Z0-9][\w'’.\-]*){0,3}")


def _quoted_name(text: str, start: int, end: int) -> bool:
    """Whether a quoted span is only a name, marked as such in translated copy, not anyone's words."""
    return bool(_TITLE_CASE.fullmatch(text, start + 1, end - 1) and _NAMED_BEFORE.search(text, max(0, start - 20), start))


def extend_quotes(text: str, quotes: Quotes, relations: list[Relation]) -> list[Relation]:
    """A quote running over several sentences is one content: stretch the relation to its close."""
    out = []
    for rel in relations:
        start, end = rel.content
        span = quotes.at(start)
        if span and span[0] < start <= span[0] + 2 and end < span[1] - 1 and span[1] - end < 1500:
            end = span[1] - 1
            while end > start and text[end - 1] in " ,.\n":
                end -= 1
        # the same relation where nothing changed; else ``replace`` without its field inspection
        out.append(rel if end == rel.content[1] else Relation(attribution=rel.attribution, content=(start, end)))
    return out
