"""JSON that leaves the report page: safe JSON for an inline script, data: URLs for
offline downloads, and the schema.org ClaimReview export.

Kept apart from the HTML because the ClaimReview items are a published rating with
rules of their own (no item for an unverified claim), and the escaping of JSON inside
``<script>`` is a safety rule that belongs in one place.
"""
from __future__ import annotations

import base64
import json
import re
from datetime import datetime, timezone

from markupsafe import Markup

from .report_rules import ATTRIBUTION_KINDS, VERDICTS, safe_href

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
