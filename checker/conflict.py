"""A clash between a claim and a reference: the field and the two values, named so the report can show both.

Every rule module (values, places, polarity, quotations) makes these and ``compare`` gathers them;
the class has a module of its own so that the rules need not import ``compare``, which imports them.
"""
from __future__ import annotations

from dataclasses import dataclass

@dataclass(frozen=True)
class Conflict:
    field: str
    claim_value: str
    reference_value: str
