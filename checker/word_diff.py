"""Word-level diff of a claim's value and a reference's value, for side-by-side display.

A conflict card shows what differs ("Gabi Ashkenazi" vs "Gideon Saar"); marking whole
words rather than characters keeps the marks readable. Pure text, no report knowledge.
"""
from __future__ import annotations

import difflib
import re

# --------------------------------------------------------------------------- word diff

_TOKEN = re.compile(r"\s+|\w+(?:['\u2019]\w+)*|[^\w\s]")


def word_diff(old: str, new: str) -> tuple[list[tuple[str, bool]], list[tuple[str, bool]]]:
    """Mark the words that differ between two values, for side-by-side display.

    Returns ``(old_chunks, new_chunks)``; each chunk is ``(text, changed)``. Whitespace
    never counts as a change on its own, so "Gabi Ashkenazi" vs "Gideon Saar" marks
    both words and "the recent" vs "the newly established" marks only the middle.
    """
    old_tokens, new_tokens = _TOKEN.findall(old or ""), _TOKEN.findall(new or "")
    key = lambda tokens: [t if not t.isspace() else " " for t in tokens]  # noqa: E731
    matcher = difflib.SequenceMatcher(None, key(old_tokens), key(new_tokens), autojunk=False)
    old_chunks: list[tuple[str, bool]] = []
    new_chunks: list[tuple[str, bool]] = []
    for op, a1, a2, b1, b2 in matcher.get_opcodes():
        _append(old_chunks, old_tokens[a1:a2], op != "equal")
        _append(new_chunks, new_tokens[b1:b2], op != "equal")
    return _close_gaps(old_chunks), _close_gaps(new_chunks)


def _close_gaps(chunks: list[tuple[str, bool]]) -> list[tuple[str, bool]]:
    """Join changed runs parted only by a space: one mark for "not participate"."""
    result: list[tuple[str, bool]] = []
    for i, (text, changed) in enumerate(chunks):
        between = (not changed and text.isspace() and 0 < i < len(chunks) - 1
                   and chunks[i - 1][1] and chunks[i + 1][1])
        if (changed or between) and result and result[-1][1]:
            result[-1] = (result[-1][0] + text, True)
        else:
            result.append((text, changed or between))
    return result


def _append(chunks: list[tuple[str, bool]], tokens: list[str], changed: bool) -> None:
    """Add tokens as chunks, merging neighbours and leaving edge spaces unmarked."""
    text = "".join(tokens)
    if not text:
        return
    if changed:
        stripped = text.strip()
        lead, trail = text[:len(text) - len(text.lstrip())], text[len(text.rstrip()):]
        parts = [(lead, False), (stripped, True), (trail, False)] if stripped else [(text, False)]
    else:
        parts = [(text, False)]
    for part, flag in parts:
        if not part:
            continue
        if chunks and chunks[-1][1] == flag:
            chunks[-1] = (chunks[-1][0] + part, flag)
        else:
            chunks.append((part, flag))
