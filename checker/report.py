"""The HTML report editors read, its index page, and the ClaimReview export.

This module is the one owner of templates (house rule 5). It turns the report dict
(the JSON report plus its extension fields) into one self-contained page per check:
inline CSS, one inline script of ours, no remote asset, so it opens offline, prints on
A4 and can be mailed around as a single file.

Safety rests on three things, each in one place:

* Jinja2 autoescape escapes every string that comes from an article or a fetched page;
  the few ``Markup`` values we build ourselves are JSON with ``<`` escaped, base64 or
  our own static script.
* :func:`safe_href` is the only way a link target reaches the page: http(s) only, so a
  ``javascript:`` document URL stays text.
* A Content-Security-Policy meta forbids every remote load and every script but ours,
  pinned by the sha256 of its text, computed at render time.

Everything the templates show is prepared here as plain values (view models), so the
templates hold layout only and the rules (worst verdict, innermost claim, what needs
attention) are testable without a browser.
"""
from __future__ import annotations

import base64
import difflib
import hashlib
import json
import os
import re
import stat
import tempfile
import unicodedata
from dataclasses import dataclass
from datetime import date, datetime, timezone
from pathlib import Path
from urllib.parse import urlsplit

from jinja2 import Environment, PackageLoader, StrictUndefined
from markupsafe import Markup

from checker.errors import CheckerError

# --------------------------------------------------------------------------- tables

#: Verdicts, worst first: the order decides a highlight's style where claims overlap,
#: the order of the "needs attention" list and of the counts.
VERDICTS: dict[str, dict[str, str]] = {
    "contradicted": {"label": "Contradicted", "icon": "\u2717", "rating": "1"},
    "unverified": {"label": "Unverified", "icon": "?", "rating": "3"},
    "confirmed": {"label": "Confirmed", "icon": "\u2713", "rating": "5"},
}
VERDICT_RANK = {name: rank for rank, name in enumerate(VERDICTS)}

#: Attribution kinds: the badge text, and the schema.org type of the claim's author.
ATTRIBUTION_KINDS: dict[str, dict[str, str | None]] = {
    "anonymous_source": {"label": "Anonymous source", "schema_type": "Person"},
    "named_person": {"label": "Named person", "schema_type": "Person"},
    "official_statement": {"label": "Official statement", "schema_type": "Organization"},
    "state_media": {"label": "State media", "schema_type": "Organization"},
    "news_agency": {"label": "News agency", "schema_type": "Organization"},
    "media_outlet": {"label": "Media outlet", "schema_type": "Organization"},
    "unattributed": {"label": "Article's own voice", "schema_type": None},
}

#: Evidence stances, in the order a card lists them.
STANCES: dict[str, dict[str, str]] = {
    "contradicts": {"label": "Contradicts", "icon": "\u2717"},
    "supports": {"label": "Supports", "icon": "\u2713"},
    "related": {"label": "Related", "icon": "\u2022"},
}

#: Words for a reliability score: (lowest score, word), highest first.
RELIABILITY_WORDS = ((0.7, "high"), (0.4, "medium"), (0.0, "low"))

#: Attribution kinds whose lone origin makes an unverified claim need attention.
FRAGILE_ORIGINS = {"anonymous_source": "a single anonymous origin",
                   "state_media": "a single state-media origin"}

#: The palette, one table: the CSS custom properties are rendered from it and
#: tests/test_report.py checks each pair of CONTRAST_PAIRS against WCAG AA (4.5:1).
PALETTE: dict[str, str] = {
    "ink": "#1f2328",
    "ink-soft": "#525a66",
    "paper": "#fbfaf7",
    "card": "#ffffff",
    "rule": "#d9d5cc",
    "link": "#1d5b94",
    "focus": "#1d5b94",
    "confirmed-fg": "#1e6a3b",
    "confirmed-bg": "#e4f1e8",
    "confirmed-hl": "#d3eadb",
    "contradicted-fg": "#a12a1f",
    "contradicted-bg": "#fbe7e4",
    "contradicted-hl": "#f6d5d0",
    "unverified-fg": "#80530a",
    "unverified-bg": "#fbf1d9",
    "unverified-hl": "#f5e6bd",
    "note-bg": "#fdf3e1",
    "chip-bg": "#eef0f3",
}

#: (foreground, background) pairs of the palette that carry text somewhere in the CSS.
CONTRAST_PAIRS: tuple[tuple[str, str], ...] = (
    ("ink", "paper"), ("ink", "card"), ("ink-soft", "paper"), ("ink-soft", "card"),
    ("link", "paper"), ("link", "card"),
    ("confirmed-fg", "confirmed-bg"), ("confirmed-fg", "card"), ("confirmed-fg", "paper"),
    ("contradicted-fg", "contradicted-bg"), ("contradicted-fg", "card"),
    ("contradicted-fg", "paper"),
    ("unverified-fg", "unverified-bg"), ("unverified-fg", "card"), ("unverified-fg", "paper"),
    ("ink", "confirmed-hl"), ("ink", "contradicted-hl"), ("ink", "unverified-hl"),
    ("confirmed-fg", "confirmed-hl"), ("contradicted-fg", "contradicted-hl"),
    ("unverified-fg", "unverified-hl"),
    ("ink", "note-bg"), ("contradicted-fg", "note-bg"), ("ink", "chip-bg"),
    ("ink-soft", "chip-bg"),
)

SAFE_SCHEMES = ("http", "https")

_env = Environment(
    loader=PackageLoader("checker", "templates"),
    autoescape=True,
    undefined=StrictUndefined,
    trim_blocks=True,
    lstrip_blocks=True,
    keep_trailing_newline=True,
)


# --------------------------------------------------------------------------- small rules

def safe_href(url: object, *, allow_relative: bool = False) -> str | None:
    """The URL if it may become a link target, else ``None``.

    Only http(s) URLs pass (and, for the index, plain relative file names), so a
    document URL like ``javascript:alert(1)`` or ``data:...`` is shown as text only.
    Control characters and spaces a browser would strip before the scheme are
    refused too, rather than trusted to parse the same way here and there.
    """
    if not isinstance(url, str) or not url or url != url.strip():
        return None
    if any(ord(ch) < 0x21 or ch == "\x7f" for ch in url):
        return None
    try:
        parts = urlsplit(url)
    except ValueError:
        return None
    if parts.scheme:
        if parts.scheme.lower() in SAFE_SCHEMES and parts.netloc:
            return url
        return None
    if allow_relative and not url.startswith(("/", "\\")) and ":" not in url.split("/")[0]:
        return url
    return None


def reliability_word(score: float) -> str:
    """"high", "medium" or "low" for a 0..1 reliability (see RELIABILITY_WORDS)."""
    for floor, word in RELIABILITY_WORDS:
        if score >= floor:
            return word
    return RELIABILITY_WORDS[-1][1]


def kind_label(kind: str) -> str:
    """Badge text of an attribution kind; unknown kinds are spelled out, not dropped."""
    info = ATTRIBUTION_KINDS.get(kind)
    if info:
        return str(info["label"])
    return str(kind).replace("_", " ").capitalize() or "Unknown"


def worst_verdict(verdicts) -> str:
    """The worst of some verdicts (contradicted > unverified > confirmed)."""
    known = [v for v in verdicts if v in VERDICT_RANK]
    return min(known, key=VERDICT_RANK.__getitem__) if known else "unverified"


def plural(n: int, word: str, words: str | None = None) -> str:
    return f"{n} {word if n == 1 else (words or word + 's')}"


def independence_text(reports: int, origins: int) -> str:
    """"3 reports, 1 independent origin"."""
    return f"{plural(reports, 'report')}, {plural(origins, 'independent origin')}"


def fmt_date(value: object) -> str:
    """"12 July 2025" for an ISO date; the value itself when it is not one."""
    if not isinstance(value, str) or not value:
        return ""
    try:
        day = date.fromisoformat(value[:10])
    except ValueError:
        return value
    return f"{day.day} {day.strftime('%B %Y')}"


def fmt_datetime(value: object) -> str:
    """"28 November 2026, 05:10 UTC" for an ISO timestamp."""
    if not isinstance(value, str) or not value:
        return ""
    try:
        moment = datetime.fromisoformat(value)
    except ValueError:
        return value
    if moment.tzinfo is not None:
        moment = moment.astimezone(timezone.utc)
        return f"{fmt_date(moment.date().isoformat())}, {moment:%H:%M} UTC"
    return f"{fmt_date(moment.date().isoformat())}, {moment:%H:%M}"


# --------------------------------------------------------------------------- contrast

def _luminance(hex_colour: str) -> float:
    """WCAG 2.x relative luminance of a #rrggbb colour."""
    value = hex_colour.lstrip("#")
    channels = [int(value[i:i + 2], 16) / 255 for i in (0, 2, 4)]
    linear = [c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4 for c in channels]
    return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]


def contrast_ratio(foreground: str, background: str) -> float:
    """WCAG contrast ratio of two #rrggbb colours (1 to 21)."""
    lighter, darker = sorted((_luminance(foreground), _luminance(background)), reverse=True)
    return (lighter + 0.05) / (darker + 0.05)


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


# --------------------------------------------------------------------------- JSON out

def json_for_script(value: object) -> Markup:
    """JSON safe inside a <script> element: no "<", ">", "&" or line separators raw."""
    text = json.dumps(value, ensure_ascii=False, indent=2)
    for raw, escaped in (("<", "\\u003c"), (">", "\\u003e"), ("&", "\\u0026"),
                         ("\u2028", "\\u2028"), ("\u2029", "\\u2029")):
        text = text.replace(raw, escaped)
    return Markup(text)


def data_url(value: object, media_type: str) -> str:
    """A base64 data: URL of a JSON value, for offline download links."""
    payload = json.dumps(value, ensure_ascii=False, indent=2).encode("utf-8")
    return f"data:{media_type};base64,{base64.b64encode(payload).decode('ascii')}"


def _checked_date(report: dict) -> str:
    checked = (report.get("article") or {}).get("checked_at")
    if isinstance(checked, str) and re.match(r"\d{4}-\d{2}-\d{2}", checked):
        return checked[:10]
    return datetime.now(timezone.utc).date().isoformat()


def claimreview_jsonld(report: dict) -> list[dict]:
    """schema.org ClaimReview items for the confirmed and contradicted claims.

    Unverified claims get none: a ClaimReview is a published rating, and "we could
    not tell" is not one. Ratings run from 1 (contradicted) to 5 (confirmed).
    """
    article = report.get("article") or {}
    appearance: dict = {"@type": "CreativeWork"}
    if article.get("title"):
        appearance["headline"] = article["title"]
    if article.get("published"):
        appearance["datePublished"] = article["published"]
    if safe_href(article.get("input")):
        appearance["url"] = article["input"]
    reviews = []
    for claim in report.get("claims") or []:
        verdict = claim.get("verdict")
        if verdict not in ("confirmed", "contradicted"):
            continue
        attribution = claim.get("attribution") or {}
        item: dict = {"@type": "Claim", "appearance": appearance}
        label = attribution.get("label")
        schema_type = (ATTRIBUTION_KINDS.get(attribution.get("kind")) or {}).get("schema_type")
        if label:
            item["author"] = {"@type": schema_type or "Organization", "name": label}
        if article.get("published"):
            item["datePublished"] = article["published"]
        review = {
            "@context": "https://schema.org",
            "@type": "ClaimReview",
            "claimReviewed": claim.get("text", ""),
            "itemReviewed": item,
            "reviewRating": {
                "@type": "Rating",
                "ratingValue": int(VERDICTS[verdict]["rating"]),
                "bestRating": 5,
                "worstRating": 1,
                "alternateName": VERDICTS[verdict]["label"],
            },
            "author": {"@type": "Organization", "name": "checker"},
            "datePublished": _checked_date(report),
        }
        if claim.get("reason"):
            review["reviewBody"] = claim["reason"]
        reviews.append(review)
    return reviews


# --------------------------------------------------------------------------- file names

def slugify(text: str, limit: int = 80) -> str:
    """Lower-case ASCII words joined by hyphens, cut at a hyphen near ``limit``."""
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    slug = re.sub(r"[^a-z0-9]+", "-", ascii_text.lower()).strip("-")
    if len(slug) > limit:
        slug = slug[:limit].rsplit("-", 1)[0] or slug[:limit]
    return slug


def report_filename(report: dict) -> str:
    """"<slug>.html": of the input file's stem, a URL's host and path, else the title.

    ``examples/baku-meeting.txt`` -> ``baku-meeting.html``;
    ``https://www.example.org/news/baku.html`` -> ``example-org-news-baku.html``.
    """
    article = report.get("article") or {}
    source = article.get("input") or ""
    slug = ""
    if re.match(r"(?i)https?://", source):
        parts = urlsplit(source)
        host = (parts.hostname or "").removeprefix("www.")
        path = re.sub(r"\.(html?|php|aspx?)$", "", parts.path.rstrip("/"), flags=re.I)
        slug = slugify(f"{host}{path}")
    elif source and source != "-":
        slug = slugify(Path(source).stem)
    if not slug:
        slug = slugify(article.get("title") or "")
    if not slug:
        digest = article.get("sha256") or ""
        slug = f"article-{digest[:12]}" if digest else "article"
    return f"{slug}.html"


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
    """Contradicted claims, then unverified ones resting on one fragile origin."""
    first = [c for c in claims if c["verdict"] == "contradicted"]
    second = []
    for c in claims:
        if c["verdict"] == "unverified" and c["kind"] in FRAGILE_ORIGINS and c["origins"] <= 1:
            why = f"Rests on {FRAGILE_ORIGINS[c['kind']]}."
            second.append(dict(c, why=f"{why} {c['reason']}" if c["reason"] else why))
    return [dict(c, why=c["reason"]) for c in first] + second


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


def _script() -> str:
    return _env.loader.get_source(_env, "report.js")[0]


def script_hash(script: str) -> str:
    """The CSP source expression that allows exactly this inline script."""
    digest = hashlib.sha256(script.encode("utf-8")).digest()
    return f"'sha256-{base64.b64encode(digest).decode('ascii')}'"


def _css() -> str:
    return _env.loader.get_source(_env, "report.css")[0]


def render_html(report: dict) -> str:
    """One self-contained HTML page for a checked article."""
    article = report.get("article") or {}
    text = _article_text(report)
    raw_claims = report.get("claims") or []
    segments = build_segments(text, raw_claims)
    id_map: dict[str, str] = {}
    for number, claim in enumerate(raw_claims, 1):
        cid = str(claim.get("id"))
        if cid not in id_map:
            id_map[cid] = anchor_id(cid, number)
    claims = [_claim_view(c, n, id_map) for n, c in enumerate(raw_claims, 1)]
    article_paragraphs = article_view(segments, claims, id_map)
    located = {m["id"] for para in article_paragraphs for piece in para for m in piece["markers"]}
    for claim in claims:
        claim["located"] = claim["id"] in located
    summary = report.get("summary") or {}
    counts = [{"verdict": v, "label": VERDICTS[v]["label"], "icon": VERDICTS[v]["icon"],
               "count": summary.get(v, sum(c["verdict"] == v for c in claims))}
              for v in ("contradicted", "unverified", "confirmed")]
    kinds = {}
    for c in claims:
        kinds.setdefault(c["kind"], {"kind": c["kind"], "label": c["kind_label"], "count": 0})
        kinds[c["kind"]]["count"] += 1
    coverage = report.get("coverage") or {}
    failures = [{"source": str(f.get("source") or ""), "document": str(f.get("document") or ""),
                 "href": safe_href(f.get("document")), "reason": str(f.get("reason") or "")}
                for f in coverage.get("failures") or []]
    reviews = claimreview_jsonld(report)
    stem = report_filename(report)[: -len(".html")]
    script = _script()
    csp = ("default-src 'none'; style-src 'unsafe-inline'; img-src data:; "
           f"script-src {script_hash(script)}; base-uri 'none'; form-action 'none'")
    template = _env.get_template("report.html")
    return template.render(
        article={
            "title": article.get("title") or "Untitled article",
            "input": str(article.get("input") or ""),
            "input_href": safe_href(article.get("input")),
            "published": article.get("published") or "",
            "published_text": fmt_date(article.get("published")),
            "checked_at": article.get("checked_at") or "",
            "checked_text": fmt_datetime(article.get("checked_at")),
            "sha256": article.get("sha256") or "",
        },
        paragraphs=article_paragraphs,
        claims=claims,
        total=summary.get("claims", len(claims)),
        counts=counts,
        verdicts=VERDICTS,
        kinds=list(kinds.values()),
        attention=_attention(claims),
        sources=_sources_view(report),
        failures=failures,
        degraded=bool(coverage.get("degraded")) or bool(failures),
        jsonld=json_for_script(reviews),
        exports={
            "report_url": data_url(report, "application/json"),
            "report_name": f"{stem}.json",
            "reviews_url": data_url(reviews, "application/ld+json"),
            "reviews_name": f"{stem}.claimreview.jsonld",
            "reviews_count": len(reviews),
        },
        csp=csp,
        css=Markup(_css()),
        palette=PALETTE,
        script=Markup(script),
    )


def index_entry(report: dict, href: str | None = None) -> dict:
    """The index's entry for a report: what :func:`render_index` lists."""
    article = report.get("article") or {}
    return {
        "title": article.get("title"),
        "input": article.get("input"),
        "published": article.get("published"),
        "checked_at": article.get("checked_at"),
        "summary": dict(report.get("summary") or {}),
        "href": href or report_filename(report),
    }


def render_index(entries: list[dict]) -> str:
    """The page listing every checked article (entries come newest first)."""
    rows = []
    for entry in entries:
        summary = entry.get("summary") or {}
        rows.append({
            "title": entry.get("title") or entry.get("input") or "Untitled article",
            "input": str(entry.get("input") or ""),
            "href": safe_href(entry.get("href"), allow_relative=True),
            "published": entry.get("published") or "",
            "published_text": fmt_date(entry.get("published")),
            "checked_at": entry.get("checked_at") or "",
            "checked_text": fmt_datetime(entry.get("checked_at")),
            "total": summary.get("claims", 0),
            "counts": [{"verdict": v, "label": VERDICTS[v]["label"], "icon": VERDICTS[v]["icon"],
                        "count": summary.get(v, 0)} for v in ("contradicted", "unverified", "confirmed")],
        })
    csp = "default-src 'none'; style-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'"
    return _env.get_template("index.html").render(
        rows=rows, csp=csp, css=Markup(_css()), palette=PALETTE)


# --------------------------------------------------------------------------- writing

def write_atomic(path: Path, text: str) -> None:
    """Write ``text`` to ``path`` so that readers see the old file or the new, never half.

    The text goes to a temporary file in the same folder (same file system, so the
    rename is atomic), is flushed to disk, then replaces the target. On any failure the
    temporary file is removed and the old file is left as it was.
    """
    path = Path(path)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise CheckerError(
            f"Could not create the folder {path.parent}: {exc.strerror}; "
            "choose another output folder.") from exc
    data = text.encode("utf-8")
    try:
        mode = stat.S_IMODE(path.stat().st_mode)
    except OSError:
        mode = 0o644  # mkstemp's 0600 would hide the report from the rest of the newsroom
    tmp = None
    _remove_stale_temporaries(path)
    try:
        fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.{os.getpid()}.", suffix=".tmp")
        with os.fdopen(fd, "wb") as handle:
            os.fchmod(handle.fileno(), mode)
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp, path)
    except OSError as exc:
        _remove_quietly(tmp)
        raise CheckerError(
            f"Could not write {path}: {exc.strerror}; check that the folder is writable "
            "or choose another output folder.") from exc
    except BaseException:
        _remove_quietly(tmp)
        raise
    _fsync_folder(path.parent)


def _remove_stale_temporaries(path: Path) -> None:
    """Remove ``.NAME.PID.*.tmp`` files of ``path`` whose writer is gone.

    A writer killed (SIGKILL, power cut) between writing and renaming leaves its
    temporary file behind; the next write of the same file sweeps it. The temporary
    file of a writer still running (another check writing the same index now) is kept.
    """
    prefix = f".{path.name}."
    try:
        names = [n for n in os.listdir(path.parent) if n.startswith(prefix) and n.endswith(".tmp")]
    except OSError:
        return
    for name in names:
        pid = name[len(prefix):].split(".", 1)[0]
        if pid.isdigit() and not _process_alive(int(pid)):
            try:
                os.unlink(path.parent / name)
            except OSError:
                pass


def _process_alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except (OverflowError, ValueError):
        return False
    except OSError:
        return True  # someone else's process: alive
    return True


def _remove_quietly(tmp: str | None) -> None:
    if tmp is None:
        return
    try:
        os.unlink(tmp)
    except FileNotFoundError:
        pass


def _fsync_folder(folder: Path) -> None:
    """Make the rename itself durable where the platform allows it."""
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


def write_report(report: dict, out_dir: Path) -> Path:
    """Write the report's page into ``out_dir`` and return its path."""
    path = Path(out_dir) / report_filename(report)
    write_atomic(path, render_html(report))
    return path


def write_index(entries: list[dict], out_dir: Path) -> Path:
    """Write ``index.html`` listing the checked articles into ``out_dir``."""
    path = Path(out_dir) / "index.html"
    write_atomic(path, render_index(entries))
    return path
