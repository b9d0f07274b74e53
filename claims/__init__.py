"""Turn article text into attributed atomic claims. Pure text processing: no I/O.

    >>> from claims import analyse
    >>> analysis = analyse(open("examples/baku-meeting.txt").read(), published="2025-07-12")
    >>> analysis.claims[0].attribution.kind
    'unattributed'
"""
from __future__ import annotations

from .atomise import atomise
from .attribute import attribute
from .entities import slots
from .segment import split_sentences
from .types import KINDS, Analysis, Attribution, Claim, Relation, Sentence

__all__ = ["analyse", "split_sentences", "slots", "Analysis", "Attribution", "Claim", "Relation", "Sentence", "KINDS"]


def analyse(text: str, published: str | None = None, known_sources: dict[str, tuple[str, str]] | None = None) -> Analysis:
    """Sentences, attribution relations and atomic claims (with their checkable slots) of ``text``.

    ``known_sources`` maps lower-case names and aliases to ``(name, kind)`` so that an
    article's "the French news agency" resolves to the editor's "Agence France-Presse".
    """
    sentences = split_sentences(text)
    relations = attribute(text, sentences, known_sources)
    claims = atomise(text, sentences, relations, published, slots_of=lambda claim_text: slots(claim_text, published))
    return Analysis(text=text, sentences=tuple(sentences), relations=tuple(relations), claims=tuple(claims), published=published)
