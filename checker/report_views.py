"""View models: the report dict turned into plain values the templates only lay out.

The rules of what a page shows (a claim card's fields, the marker after a claim's last
words, which claims need attention, the sources table) live here as plain Python, so
they are testable without a template or a browser.
"""
from __future__ import annotations

import re

from .report_rules import (FRAGILE_ORIGINS, STANCES, VERDICTS, fmt_date, independence_text, kind_label,
                           reliability_word, safe_href)
from .report_segments import Segment, paragraphs
from .word_diff import word_diff

# --------------------------------------------------------------------------- view models

def anchor_id(claim_id: object, number: int) -> str:
    """The claim's fragment id: ``claim-<id>`` when the id is fragment-safe."""
    text = str(claim_id)
    if re.fullmatch(r"[A-Za-z0-9_-]{1,64}", text):
        return text
    return f"n{number}"


def _evidence_view(item: dict) -> dict:
    stance = item.get("stance") if item.get("stance") in STANCES else "related"
    document = str(item.get("document") or "")
    href = safe_href(item.get("url")) or safe_href(document)
    score = item.get("score")
    return {
        "stance": stance,
        "stance_label": STANCES[stance]["label"],
        "stance_icon": STANCES[stance]["icon"],
        "source": str(item.get("source") or "unknown source"),
        "title": item.get("title") or "",
        "published": item.get("published") or "",
        "published_text": fmt_date(item.get("published")),
        "text": str(item.get("text") or ""),
        "document": document,
        "href": href,
        "score": f"{score:.0f}" if isinstance(score, (int, float)) else "",
        "origin": item.get("origin") or "",
    }


def _independence(claim: dict) -> tuple[int, int]:
    """Reports and independent origins, from the EXT field or else the evidence."""
    given = claim.get("independence")
    if isinstance(given, dict) and isinstance(given.get("reports"), int):
        return given["reports"], int(given.get("origins") or 0)
    counted = [e for e in claim.get("evidence") or [] if e.get("stance") in ("supports", "contradicts")]
    origins = {e.get("origin") or e.get("source") for e in counted}
    return len(counted), len(origins)


def _claim_view(claim: dict, number: int, id_map: dict) -> dict:
    verdict = claim.get("verdict") if claim.get("verdict") in VERDICTS else "unverified"
    attribution = claim.get("attribution") or {}
    kind = str(attribution.get("kind") or "unattributed")
    reliability = attribution.get("reliability")
    reports, origins = _independence(claim)
    evidence = sorted((_evidence_view(e) for e in claim.get("evidence") or []),
                      key=lambda e: list(STANCES).index(e["stance"]))
    conflicts = []
    for conflict in claim.get("conflicts") or []:
        old, new = word_diff(str(conflict.get("claim_value") or ""),
                             str(conflict.get("reference_value") or ""))
        conflicts.append({
            "field": str(conflict.get("field") or "value"),
            "claim": old, "reference": new,
            "source": str(conflict.get("source") or ""),
            "published_text": fmt_date(conflict.get("published")),
            "published": conflict.get("published") or "",
        })
    cid = str(claim.get("id"))
    confidence = claim.get("confidence")
    return {
        "id": cid,
        "anchor": id_map[cid] if cid in id_map else anchor_id(cid, number),
        "number": number,
        "text": str(claim.get("text") or ""),
        "claim_kind": str(claim.get("kind") or "statement"),
        "part_of": str(claim.get("part_of") or ""),
        "verdict": verdict,
        "verdict_label": VERDICTS[verdict]["label"],
        "icon": VERDICTS[verdict]["icon"],
        "confidence": f"{confidence * 100:.0f}%" if isinstance(confidence, (int, float)) else "",
        "reason": str(claim.get("reason") or ""),
        "kind": kind,
        "kind_label": kind_label(kind),
        "label": attribution.get("label") or "",
        "via": [str(v) for v in attribution.get("via") or []],
        "cue": attribution.get("cue") or "",
        "reliability": f"{reliability:.2f}" if isinstance(reliability, (int, float)) else "",
        "reliability_word": reliability_word(reliability) if isinstance(reliability, (int, float)) else "",
        "independence": independence_text(reports, origins) if reports else "",
        "origins": origins,
        "evidence": evidence,
        "conflicts": conflicts,
        "flags": [str(f) for f in claim.get("flags") or []],
    }


def article_view(segments: list[Segment], claims: list[dict], id_map: dict) -> list[list[dict]]:
    """Paragraphs of pieces ready to render: highlight or plain text, then markers.

    Each claim gets one marker (verdict icon and number) after the last piece it
    covers, so every claim, even one whose words are all inside a shorter claim, has a
    visible link to its card that does not depend on colour.
    """
    by_id = {c["id"]: c for c in claims}
    paras = paragraphs(segments)
    last_piece: dict[str, tuple[int, int]] = {}
    for p_index, para in enumerate(paras):
        for s_index, seg in enumerate(para):
            for cid in seg.claims:
                last_piece[cid] = (p_index, s_index)
    markers: dict[tuple[int, int], list[dict]] = {}
    for cid, where in last_piece.items():
        markers.setdefault(where, []).append(by_id[cid])
    for found in markers.values():
        found.sort(key=lambda c: c["number"])
    view = []
    for p_index, para in enumerate(paras):
        pieces = []
        for s_index, seg in enumerate(para):
            piece = {"text": seg.text, "claims": [], "markers": markers.get((p_index, s_index), [])}
            if seg.claims:
                numbers = [by_id[cid]["number"] for cid in seg.claims]
                target = by_id[seg.target]
                if len(numbers) == 1:
                    title = f"Claim {numbers[0]}: {target['verdict_label']}"
                else:
                    title = (f"Claims {', '.join(map(str, numbers[:-1]))} and {numbers[-1]}; "
                             f"opens claim {target['number']} ({target['verdict_label']})")
                piece.update(claims=[id_map[cid] for cid in seg.claims], verdict=seg.verdict,
                             target=id_map[seg.target], title=title, depth=len(seg.claims))
            pieces.append(piece)
        view.append(pieces)
    return view


def _attention(claims: list[dict]) -> list[dict]:
    """Contradicted claims, then unverified ones resting on one fragile origin.

    A part of a statement (its date, place or core) with the statement's verdict and
    reason is named under the statement's entry, not listed again: one sentence that
    rests on an anonymous source is one thing for the editor to look at, not four.
    """
    first = [dict(c, why=c["reason"], parts=[]) for c in claims if c["verdict"] == "contradicted"]
    second = []
    for c in claims:
        if c["verdict"] == "unverified" and c["kind"] in FRAGILE_ORIGINS and c["origins"] <= 1:
            why = f"Rests on {FRAGILE_ORIGINS[c['kind']]}."
            second.append(dict(c, why=f"{why} {c['reason']}" if c["reason"] else why, parts=[]))
    listed = first + second
    by_id = {c["id"]: c for c in listed}
    out = []
    for c in listed:
        whole = by_id.get(c["part_of"]) if c["part_of"] else None
        if whole is not None and (whole["verdict"], whole["why"]) == (c["verdict"], c["why"]):
            whole["parts"].append(c)
        else:
            out.append(c)
    return out


def _article_text(report: dict) -> str:
    """The article text; rebuilt from the sentences when the report lacks it."""
    text = (report.get("article") or {}).get("text")
    if isinstance(text, str):
        return text
    sentences = report.get("sentences") or []
    length = max((s.get("end", 0) for s in sentences), default=0)
    chars = [" "] * length
    for s in sentences:
        start = s.get("start", 0)
        for i, ch in enumerate(str(s.get("text", ""))[: max(0, length - start)]):
            chars[start + i] = ch
    return "".join(chars)


def _sources_view(report: dict) -> list[dict]:
    rows = []
    for source in report.get("sources") or []:
        reliability = source.get("reliability")
        rows.append({
            "name": str(source.get("name") or ""),
            "kind": str(source.get("kind") or "").replace("_", " "),
            "reliability": f"{reliability:.2f}" if isinstance(reliability, (int, float)) else "",
            "reliability_word": reliability_word(reliability) if isinstance(reliability, (int, float)) else "",
            "documents": source.get("documents", ""),
            "prior": f"{source['prior']:.2f}" if isinstance(source.get("prior"), (int, float)) else "",
            "confirmed": source.get("confirmed", ""),
            "contradicted": source.get("contradicted", ""),
            "used": source.get("used"),
        })
    return sorted(rows, key=lambda r: r["used"] is False)
