"""Article text cut into segments at every claim boundary, and grouped into paragraphs.

Claims overlap and nest; the page needs runs of text each covered by one set of
claims, so it can style a run by the worst verdict and link it to the innermost claim.
This is the geometry of the highlights, apart from how they are shown.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from .report_rules import worst_verdict

# --------------------------------------------------------------------------- segments

@dataclass(frozen=True)
class Segment:
    """A run of article text covered by the same claims.

    ``claims`` lists the covering claim ids in report order (empty: plain text);
    ``verdict`` is the worst of their verdicts; ``target`` is the innermost (shortest)
    covering claim, the first in report order on a tie: the card a click opens.
    """

    start: int
    end: int
    text: str
    claims: tuple[str, ...] = ()
    verdict: str | None = None
    target: str | None = None


def claim_span(claim: dict, length: int) -> tuple[int, int] | None:
    """The claim's span clamped to the text, or None when it points nowhere."""
    span = claim.get("span")
    if not isinstance(span, (list, tuple)) or len(span) != 2:
        return None
    start, end = span
    if not isinstance(start, int) or not isinstance(end, int):
        return None
    start, end = max(0, start), min(length, end)
    return (start, end) if start < end else None


def build_segments(text: str, claims: list[dict]) -> list[Segment]:
    """Cut the text into non-overlapping segments at every claim boundary.

    Claims may overlap or nest (a role claim inside its statement claim); each segment
    records every claim covering it, so the page can style it by the worst verdict and
    link it to the innermost claim. The segments cover the text exactly, in order.
    """
    spans: list[tuple[int, int, int, dict]] = []
    for order, claim in enumerate(claims):
        span = claim_span(claim, len(text))
        if span:
            spans.append((span[0], span[1], order, claim))
    cuts = sorted({0, len(text), *(s for s, _, _, _ in spans), *(e for _, e, _, _ in spans)})
    segments = []
    for start, end in zip(cuts, cuts[1:]):
        covering = [(s, e, order, c) for s, e, order, c in spans if s <= start and end <= e]
        if not covering:
            segments.append(Segment(start, end, text[start:end]))
            continue
        inner = min(covering, key=lambda item: (item[1] - item[0], item[2]))
        segments.append(Segment(
            start, end, text[start:end],
            claims=tuple(str(c.get("id")) for _, _, _, c in covering),
            verdict=worst_verdict(c.get("verdict") for _, _, _, c in covering),
            target=str(inner[3].get("id")),
        ))
    return segments


def paragraphs(segments: list[Segment]) -> list[list[Segment]]:
    """Group segments into paragraphs at line breaks, splitting segments that span one.

    Blank lines are dropped; a segment that crosses a break (a claim running over two
    lines) becomes one piece per paragraph, each keeping its claims.
    """
    result: list[list[Segment]] = [[]]
    for seg in segments:
        pieces = re.split(r"(\n+)", seg.text)
        offset = seg.start
        for piece in pieces:
            if not piece:
                continue
            if piece.startswith("\n"):
                if result[-1]:
                    result.append([])
            else:
                result[-1].append(Segment(offset, offset + len(piece), piece, seg.claims,
                                          seg.verdict, seg.target))
            offset += len(piece)
    return [para for para in result if any(s.text.strip() for s in para)]
