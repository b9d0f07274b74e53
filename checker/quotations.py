"""Quotation rules: whether a claim's quotation is the reference's, a misquote of it, or someone else's words.

A quotation often spans sentences, so the reference's quotation is recovered from its neighbours
when the sentence only opens or closes it. Split out of ``compare`` to keep that module to its orchestration.
"""
from __future__ import annotations

import re
from dataclasses import replace

from rapidfuzz import fuzz

from claims.entities import find_quotes
from claims.names import fold, name_parts, same_person
from claims.types import Quote, Slots

from .conflict import Conflict

def _norm_quote(text: str) -> str:
    return re.sub(r"[^a-z0-9 ]", "", fold(text)).split() and " ".join(re.sub(r"[^a-z0-9 ]", " ", fold(text)).split())


_OPENING = re.compile(r'^\s*(?:\([^)]*\)\s*)?["“«]([^"”»]{8,})$')


def _open_quotation(ref_text: str, ref: Slots) -> Slots:
    """A quotation the reference opens in this sentence and closes in a later one ('"Every family ... winter.
    The state will not leave anyone alone," said ...'): the sentence's words are quoted words too."""
    m = _OPENING.match(ref_text.rstrip())
    if not m:
        return ref
    inner = m.group(1).rstrip(" .,")
    return replace(ref, quotes=(Quote(inner, m.start(1), m.start(1) + len(inner)),))


_CLOSING = re.compile(r'^([^"“”«»]{8,}?)[,.!?]?["”»]')


def _closing_quotation(ref_text: str, ref: Slots, context: str) -> Slots:
    """A quotation the reference opened in an earlier sentence and closes in this one ('It was a technical
    failure, and ...," the minister said.'): the whole quotation, as its neighbours hold it."""
    m = _CLOSING.match(ref_text.strip())
    if not m:
        return ref
    part = m.group(1).strip(" ,.")
    whole = next((q for q in find_quotes(context) if part in q.text), None)
    return replace(ref, quotes=(whole,)) if whole else ref


def _same_speaker(speaker: str, name: str) -> bool:
    """The speaker a claim's quotation is given to, in a reference: the same person, or someone of the same
    surname (a quotation given to "Irakli Abashidze" and to "Giorgi Abashidze" is one man's words, whichever
    given name is wrong)."""
    if same_person(speaker, name):
        return True
    a, b = name_parts(speaker), name_parts(name)
    return bool(a and b) and a[-1] == b[-1] and len(a[-1]) >= 4


def _quote_conflicts(claim: Slots, ref: Slots, speaker: str | None = None) -> list[Conflict]:
    """A quotation whose words differ from the same speaker's quotation in the reference.

    When the reference names who speaks and it is someone else, two similar quotes
    are two people's words, not a misquote.
    """
    if speaker and ref.people and not any(_same_speaker(speaker, p.name) for p in ref.people):
        return []
    out = []
    for q in claim.quotes:
        if len(q.text.split()) < 3:
            continue
        nq = _norm_quote(q.text)
        for r in ref.quotes:
            nr = _norm_quote(r.text)
            if nq == nr or nq in nr:
                return []  # the same words: no misquote
            if len(nr.split()) >= 3 and fuzz.ratio(nq, nr) >= 60:
                out.append(Conflict("quote", q.text, r.text))
    return out
