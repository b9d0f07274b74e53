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

The parts live in small modules of their own: the tables and small rules
(``report_rules``), the highlight segments (``report_segments``), the word diff
(``word_diff``), the view models (``report_views``), the JSON exports
(``report_json``), the file name (``report_names``) and the atomic file writer
(``atomic_file``). This module renders and writes, and re-exports what callers and tests
import from ``checker.report``.
"""
from __future__ import annotations

import base64
import hashlib
from pathlib import Path

from jinja2 import Environment, PackageLoader, StrictUndefined
from markupsafe import Markup

from .atomic_file import write_atomic
from .report_json import claimreview_jsonld, data_url, json_for_script
from .report_names import report_filename, slugify  # noqa: F401  (slugify: re-exported)
from .report_rules import (  # noqa: F401  (re-exported: callers and tests import them from here)
    ATTRIBUTION_KINDS, CONTRAST_PAIRS, FRAGILE_ORIGINS, PALETTE, RELIABILITY_WORDS, SAFE_SCHEMES, STANCES,
    VERDICT_RANK, VERDICTS, contrast_ratio, fmt_date, fmt_datetime, independence_text, kind_label, plural,
    reliability_word, safe_href, worst_verdict)
from .report_segments import Segment, build_segments, claim_span, paragraphs  # noqa: F401
from .report_views import (  # noqa: F401
    _article_text, _attention, _claim_view, _sources_view, anchor_id, article_view)
from .word_diff import word_diff  # noqa: F401

_env = Environment(
    loader=PackageLoader("checker", "templates"),
    autoescape=True,
    undefined=StrictUndefined,
    trim_blocks=True,
    lstrip_blocks=True,
    keep_trailing_newline=True,
)


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
    numbers = {c["id"]: c["number"] for c in reversed(claims)}
    for claim in claims:
        # a statement's date, place or core part links back to the statement it is part of
        whole = claim["part_of"]
        claim["part_of_number"] = numbers.get(whole, "") if whole else ""
        claim["part_of_anchor"] = id_map.get(whole, "") if whole else ""
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
