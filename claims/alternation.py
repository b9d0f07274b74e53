"""Word lists as regular-expression alternations that Python's ``re`` scans quickly.

``re`` tries the branches of ``a|b|c`` one after another at every position, so a list of
a hundred roles or outlets costs a hundred tests per character of text. The same words
as a prefix tree ("minister|ministry|mayor" -> ``m(?:inistr?(?:y)...|ayor)``) cost a
handful: one branch per distinct next letter.

The tree matches exactly what the flat list matches, in the same order of preference,
as long as the flat list puts a word before every other word it is a prefix of (the
longest-first order of every table here): at one position the words that match form a
chain of prefixes, and both forms try them longest first. ``alternation`` checks that
order and refuses a list that breaks it.
"""
from __future__ import annotations

import re
from collections.abc import Iterable

_END = ""  # the key that marks "a word ends here" in the tree


def alternation(words: Iterable[str]) -> str:
    """``"|".join(map(re.escape, words))`` as a prefix tree, for use inside ``(?:...)``.

    The result is a single group, so that it can stand wherever the flat list stood,
    also as one branch of a larger alternation.
    """
    words = list(dict.fromkeys(words))  # first occurrence wins, as in the flat list
    if not words or "" in words:
        raise ValueError("alternation of an empty word")
    position = {w: i for i, w in enumerate(words)}
    for w in words:
        for n in range(1, len(w)):
            shorter = position.get(w[:n])
            if shorter is not None and shorter < position[w]:
                raise ValueError(f"{w[:n]!r} comes before {w!r}: the flat list would prefer the shorter word")
    tree: dict = {}
    for w in words:
        node = tree
        for ch in w:
            node = node.setdefault(ch, {})
        node[_END] = {}
    return "(?:" + _branches(tree) + ")"


def _branches(node: dict) -> str:
    """The alternatives below ``node``, longer words first (the optional end comes last)."""
    alts = [re.escape(ch) + _tail(child) for ch, child in node.items() if ch != _END]
    return "|".join(alts)


def _tail(node: dict) -> str:
    # A run of single letters (one word's unshared tail) is spelled out in a loop rather
    # than one call per letter, so that a very long name does not exhaust the stack.
    run = []
    while len(node) == 1 and _END not in node:
        (ch, node), = node.items()
        run.append(re.escape(ch))
    if run:
        return "".join(run) + _tail(node)
    if list(node) == [_END]:
        return ""
    inner = _branches(node)
    if _END in node:
        return f"(?:{inner})?"  # greedy: the longer word is tried first, as in the flat list
    if sum(1 for ch in node if ch != _END) == 1:
        return inner
    return f"(?:{inner})"
