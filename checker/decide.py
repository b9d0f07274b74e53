"""From evidence to a verdict an editor can act on.

* Copies of one story count once: evidence is grouped by independent origin (the
  agency a report credits, or near-identical wording), and each origin weighs what
  its most reliable report weighs.
* Contradicted needs an explicit clash of a checkable value, and more weight against
  the claim than for it. When reports disagree both sides are kept and the claim is
  flagged ``disputed``; the reason says which way the weight falls.
* Confirmed needs support of real weight; hearsay ("X had said ...") weighs little.
* Unverified says why: no reference covers it, or only weak support.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field, replace

from rapidfuzz import fuzz

#: What a report relaying someone else's claim weighs, relative to a report of its own.
WEAK = 0.35
#: Support below this weight leaves a claim unverified, and a reference below it confirms nothing alone, even
#: the very report the claim cites: "state TV reported X" and state TV (0.45) saying X show X was reported.
CONFIRM_WEIGHT = 0.6
#: ... the report the claim cites, if reliable, confirms it at this weight ("Barrack said ..." and AP's "Barrack
#: said ...": AP reports what Barrack said, which is the claim).
CITED_WEIGHT = 0.45
#: How closely a "no evidence that ..." sentence must repeat a claim to hold its confirmation back.
DOUBT_SCORE = 85
#: Sentences this similar, from different sources, are one story copied.
DUPLICATE = 90


@dataclass(frozen=True)
class Piece:
    """One reference sentence's bearing on a claim."""

    source: str
    document: str
    text: str
    score: float
    stance: str
    reliability: float
    origin: str
    published: str | None = None
    title: str | None = None
    url: str | None = None
    conflicts: tuple = ()
    flags: tuple = ()
    weak: bool = False
    specific: bool = True
    #: The report the claim itself cites: the outlet it names, or the speaker's own words.
    cited: bool = False


@dataclass(frozen=True)
class Decision:
    verdict: str
    confidence: float
    reason: str
    support: float
    against: float
    reports: int
    origins: int
    flags: tuple[str, ...] = ()
    origin_of: dict = field(default_factory=dict)


def group_origins(pieces: list[Piece]) -> dict[int, str]:
    """Origin label per piece: the declared origin, merged further by near-identical wording."""
    labels: dict[int, str] = {}
    for i, piece in enumerate(pieces):
        label = piece.origin or piece.source
        for j in range(i):
            if pieces[j].source != piece.source and fuzz.ratio(pieces[j].text, piece.text) >= DUPLICATE:
                label = labels[j]
                break
        labels[i] = label
    return labels


def _weight(pieces: list[Piece], labels: dict[int, str], stance: str, cited: bool = False) -> tuple[float, set[str]]:
    """Weight of one side: each independent origin counts once, at its strongest report.

    A document that clashes with the claim on a value, or says there is no evidence for
    it, does not also support it with another, vaguer sentence; and when some report clashes on a stated value, support
    that does not state that value counts as weak.
    """
    clashing_docs = {p.document for p in pieces if p.stance == "contradicts"}
    # a report that says "there is no evidence that X" does not also support X with a vaguer sentence
    clashing_docs |= {p.document for p in pieces if "unconfirmed_elsewhere" in p.flags}
    relaying_docs = {p.document for p in pieces if p.stance == "supports" and p.weak and "headline" not in p.flags
                     and "modal" not in p.flags}
    best: dict[str, float] = {}
    for i, piece in enumerate(pieces):
        if piece.stance != stance or (cited and not piece.cited):
            continue
        if stance == "supports" and piece.document in clashing_docs:
            continue
        weak = piece.weak or (stance == "supports" and (piece.document in relaying_docs or not piece.specific))
        w = piece.reliability * (WEAK if weak else 1.0)
        best[labels[i]] = max(best.get(labels[i], 0.0), w)
    return sum(best.values()), set(best)


def _names(pieces: list[Piece], stance: str, limit: int = 3) -> str:
    names = list(dict.fromkeys(p.source for p in pieces if p.stance == stance))
    text = " and ".join(names[:limit]) if len(names) <= 2 else ", ".join(names[:limit - 1]) + f" and {names[limit - 1]}"
    return text + (f" (+{len(names) - limit} more)" if len(names) > limit else "")


#: A figure given as a floor ("at least six"): later, higher counts bear it out.
_LOWER_BOUND = re.compile(r"(?:at least|more than|over|upwards of|no fewer than)\s", re.I)


def supersede(pieces: list[Piece]) -> list[Piece]:
    """A count a later report overtook: "five people" on Saturday, "eight" on Sunday, for a claim of "at least six".

    A report that clashes only on a figure, where a report of another document published later supports the claim,
    gave an earlier count (a toll rises, a tally grows); it is kept as related evidence, not held against the claim.
    """
    later = [p.published for p in pieces if p.stance == "supports" and not p.weak and p.specific and p.published
             and p.reliability >= CONFIRM_WEIGHT]
    if not later:
        return pieces
    # a copy's date is its story's: the origin's first report
    first: dict[str, str] = {}
    for p in pieces:
        if p.published:
            key = p.origin or p.source
            first[key] = min(first.get(key, p.published), p.published)
    out = []
    for p in pieces:
        told = first.get(p.origin or p.source)
        if p.stance == "contradicts" and p.conflicts and told and any(d > told for d in later) and \
                all(c.field == "number" and _LOWER_BOUND.match(str(c.claim_value)) for c in p.conflicts):
            p = replace(p, stance="related", flags=p.flags + ("superseded",))
        out.append(p)
    return out


def decide(pieces: list[Piece]) -> Decision:
    """The verdict on the evidence (after ``supersede``, which the pipeline applies so that the report's evidence
    and conflicts show the same stances)."""
    labels = group_origins(pieces)
    support, support_origins = _weight(pieces, labels, "supports")
    # "Barrack said dialogue has begun" and a reliable agency writing "Barrack said dialogue has begun": the report
    # the claim cites confirms it, if that report is itself reliable ("state TV reported X" and state TV saying X
    # show only that X was reported)
    cited, _ = _weight(pieces, labels, "supports", cited=True)
    # the reliable reports of the claim's own source saying it
    own_word = [p for p in pieces if p.cited and p.stance == "supports" and p.reliability >= CONFIRM_WEIGHT]
    if not own_word:
        cited = 0.0
    against, against_origins = _weight(pieces, labels, "contradicts")
    reports = len({p.document for p in pieces if p.stance in ("supports", "contradicts")})
    origins = len(support_origins | against_origins)
    flags: list[str] = []
    for p in pieces:
        if p.stance == "contradicts":
            flags.extend(f for f in p.flags if f not in flags)
    if against and own_word and not any(p.cited or any(c.field == "quote" for c in p.conflicts)
                                        for p in pieces if p.stance == "contradicts"):
        # (a quotation's words are its speaker's own: other words for it are a misquote, whoever reports them)
        # "Unions say 85 percent of teachers have stopped work": a reliable report has the unions saying so, and the
        # ministry's 58 percent is another party's figure; the claim reports what its source says, which is so
        reason = (f"{_names(own_word, 'supports')} report its source saying it; {_names(pieces, 'contradicts')} give "
                  f"another party's account")
        return Decision("confirmed", 0.6, reason + ".", support, against, reports, origins, tuple(flags) + ("disputed",),
                        labels)
    if against and against >= support:
        conflict = next((c for p in pieces if p.stance == "contradicts" for c in p.conflicts), None)
        what = f"{conflict.field}: {conflict.reference_value!s}" if conflict else "an explicit clash"
        reason = f"{_names(pieces, 'contradicts')} disagree ({what})"
        if support:
            reason += f"; {_names(pieces, 'supports')} support it, but the weight falls against it"
            flags.append("disputed")
        confidence = against / (against + support + 0.3)
        return Decision("contradicted", round(min(0.99, 0.3 + confidence), 2), reason + ".", support, against,
                        reports, origins, tuple(flags), labels)
    doubted = [p for p in pieces if "unconfirmed_elsewhere" in p.flags and p.score >= DOUBT_SCORE
               and p.reliability >= CONFIRM_WEIGHT]
    if doubted and not against:
        # "There is no evidence that desert locusts spread disease among camels": a reliable report that repeats
        # the claim to say it is unproven outweighs reports that only come near it
        names = " and ".join(dict.fromkeys(p.source for p in doubted))
        reason = f"{names} found no evidence for it"
        if support:
            reason += f"; the reports that come close to it ({_names(pieces, 'supports')}) do not settle it"
        return Decision("unverified", 0.4, reason + ".", support, against, reports, origins,
                        tuple(flags) + ("unconfirmed_elsewhere",), labels)
    if support >= CONFIRM_WEIGHT or (cited >= CITED_WEIGHT and not against):
        n = len(support_origins)
        reason = f"Supported by {_names(pieces, 'supports')} ({n} independent origin{'s' if n != 1 else ''})"
        overtaken = [p for p in pieces if "superseded" in p.flags]
        if overtaken:
            first = overtaken[0]
            reason += (f"; an earlier count ({first.conflicts[0].reference_value}, {first.source}) was overtaken by "
                       f"later reports")
            flags.append("count_updated")
        if against:
            flags.append("disputed")
            reason += f"; {_names(pieces, 'contradicts')} disagree, but the weight falls with the claim"
        elif n == 1:
            flags.append("single_origin")
        confidence = (support / (support + against + 0.3)) * min(1.0, 0.55 + 0.2 * n)
        return Decision("confirmed", round(min(0.99, confidence + 0.15), 2), reason + ".", support, against,
                        reports, origins, tuple(flags), labels)
    citing = [p for p in pieces if p.stance == "supports" and p.cited]
    if support and citing:
        reason = (f"Only {_names(citing, 'supports')}, the report the claim cites, says so: it was reported, but no "
                  f"more reliable reference confirms it.")
        flags.append("weak_support")
    elif support:
        reason = f"Only weak support ({_names(pieces, 'supports')}: hearsay or a low-reliability source)."
        flags.append("weak_support")
    elif any(p.stance == "related" for p in pieces):
        reason = "References mention the subject but none states or denies this."
    else:
        reason = "No reference covers this claim."
    return Decision("unverified", 0.5 if support else 0.3, reason, support, against, reports, origins,
                    tuple(flags), labels)
