"""Run the stages: ingest -> segment -> attribute -> atomise -> retrieve -> compare -> decide -> report.

``check_article`` is what ``checker check`` calls; it returns the report dict (the JSON
report of the public interface plus a few extra fields the HTML report uses) and
writes nothing itself but through ``report`` and ``store``.
"""
from __future__ import annotations

import hashlib
import re
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Callable

import claims
from claims.types import Attribution

from . import extract
from .consistency import article_inconsistencies, calendar_conflicts
from .decide import Piece, decide, supersede
from .evidence import StoryFilter, article_aliases, claim_evidence, enclosing_quotation, event_antecedent, match_text
from .errors import InputError
from .fetch import Fetcher
from .ingest import IngestOutcome, ingest_sources
from .parts import MODIFIER_KINDS, day_spoken_pieces, part_pieces
from .sources import SourcesConfig
from .store import Store, now

SCHEMA = "checker.report/1"
#: sources.yaml kinds -> the attribution kind an article's mention of that source gets.
SOURCE_TO_ATTRIBUTION = {
    "news_agency": "news_agency",
    "state_media": "state_media",
    "newspaper": "media_outlet",
    "broadcaster": "media_outlet",
    "official": "official_statement",
    "ngo": "official_statement",
    "reference": "media_outlet",
    "other": "media_outlet",
}
#: How much an editor's prior counts against the track record (in pseudo-observations).
PRIOR_WEIGHT = 10
MAX_EVIDENCE = 8


@dataclass(frozen=True)
class Article:
    input: str
    title: str | None
    published: str | None
    text: str


# --- reading the article ----------------------------------------------------------------

def read_article(source: str, *, stdin=None, fetcher: Fetcher | None = None) -> Article:
    """The article to check, from a file, a URL or standard input; refuses what is not text."""
    if re.match(r"(?i)https?://", source):
        fetcher = fetcher or Fetcher()
        result = fetcher.fetch(source, accept=("text/html", "application/xhtml+xml", "text/plain", "text/markdown"))
        if not result.ok:
            raise InputError(f"{result.error}; check the address or save the article to a file and check that.")
        text = extract.decode(result.body or b"", content_type=result.content_type, charset=result.charset, name=source)
        page = extract.extract_html(text, url=result.final_url) if extract.looks_like_html(text) else extract.extract_text(text)
        return _article(source, page)
    if source == "-":
        data = (stdin or sys.stdin.buffer).read(extract.MAX_ARTICLE_BYTES + 1)
        name = "standard input"
    else:
        path = Path(source)
        if not path.exists():
            raise InputError(f"{source}: no such file; give the path of a .txt, .md or .html article, a URL, or - for standard input.")
        if path.is_dir():
            raise InputError(f"{source}: this is a folder; give the path of one article file.")
        try:
            with path.open("rb") as fh:
                data = fh.read(extract.MAX_ARTICLE_BYTES + 1)
        except OSError as exc:
            raise InputError(f"{source}: cannot be read ({exc.strerror or exc}); check its permissions.") from exc
        name = source
    if len(data) > extract.MAX_ARTICLE_BYTES:
        raise InputError(f"{name}: the article is larger than {extract.MAX_ARTICLE_BYTES // 1_000_000} MB; check a shorter text.")
    text = extract.decode(data, name=name)
    if source.lower().endswith((".html", ".htm")) or extract.looks_like_html(text):
        page = extract.extract_html(text)
    else:
        page = extract.extract_text(text.replace("\r\n", "\n").replace("\r", "\n"))
    return _article(source, page)


def _article(source: str, page: extract.Page) -> Article:
    if not page.text.strip() or not re.search(r"\w", page.text):
        name = "standard input" if source == "-" else source
        raise InputError(f"{name}: the article is empty; give a file with the article's text.")
    if len(page.text) > extract.MAX_ARTICLE_CHARS:
        name = "standard input" if source == "-" else source
        raise InputError(f"{name}: the article's text is longer than {extract.MAX_ARTICLE_CHARS:,} characters; "
                         "check it in parts.")
    return Article(source, page.title, page.published, page.text)


# --- sources and their reliability --------------------------------------------------------

def source_reliability(config: SourcesConfig, store: Store) -> dict[str, dict]:
    """Each source's prior blended with its track record in the store."""
    record = store.track_record()
    counts = store.document_counts()
    table = {}
    for source in config.sources:
        agreed, disagreed = record.get(source.name, (0, 0))
        blended = (source.reliability * PRIOR_WEIGHT + agreed) / (PRIOR_WEIGHT + agreed + disagreed)
        table[source.name] = {"name": source.name, "kind": source.kind, "reliability": round(blended, 3),
                              "prior": source.reliability, "confirmed": agreed, "contradicted": disagreed,
                              "documents": counts.get(source.name, 0)}
    return table


def known_sources(config: SourcesConfig) -> dict[str, tuple[str, str]]:
    """Aliases an article may use -> (source name, attribution kind), for ``claims.analyse``."""
    table = {}
    for source in config.sources:
        kind = SOURCE_TO_ATTRIBUTION.get(source.kind, "media_outlet")
        for label in source.names():
            if len(label) >= 2:
                table[label.lower()] = (source.name, kind)
    return table


# --- the run ----------------------------------------------------------------------------

def _attribution_dict(a: Attribution, config: SourcesConfig, reliability: dict) -> dict:
    rel = a.reliability
    known = config.find(a.label) if a.label else None
    if known and a.kind != "anonymous_source":
        rel = reliability[known.name]["reliability"]
    via = []
    for name in a.via:
        found = config.find(name)
        via.append(found.name if found else name)
    return {"kind": a.kind, "label": a.label, "via": via, "cue": a.cue, "reliability": round(float(rel), 3)}


def _evidence_dict(p: Piece, origin: str) -> dict:
    return {"source": p.source, "document": p.document, "text": p.text, "score": round(p.score, 1),
            "stance": p.stance, "published": p.published, "title": p.title, "url": p.url, "origin": origin}


_STANCE_ORDER = {"contradicts": 0, "supports": 1, "related": 2}


def check_article(article: Article, config: SourcesConfig, store: Store, *, date: str | None = None,
                  offline: bool = False, fetcher: Fetcher | None = None,
                  progress: Callable[[IngestOutcome], None] | None = None) -> dict:
    """Check one article against the sources in ``config``; returns the report dict."""
    ingest_sources(store, config, offline=offline, only_missing_urls=True, fetcher=fetcher, progress=progress,
                   base=config.path.parent)
    published = date or article.published
    reliability = source_reliability(config, store)
    names = [s.name for s in config.sources]
    analysis = claims.analyse(article.text, published=published, known_sources=known_sources(config))
    same_story = StoryFilter(store, article.text)
    aliases = article_aliases(article.text)
    self_conflicts = article_inconsistencies(article.text, analysis.sentences)
    out_claims = []
    used: set[str] = set()
    judged: dict[str, list[Piece]] = {}  # each statement's evidence, which its parts are judged on
    statements = {claim.id: claim for claim in analysis.claims}
    modifiers: dict[str, list] = {}
    for claim in analysis.claims:
        if claim.kind in MODIFIER_KINDS and claim.part_of:
            modifiers.setdefault(claim.part_of, []).append(claim)
    for claim in analysis.claims:
        if claim.part_of and claim.part_of in judged:
            pieces = part_pieces(article.text, claim, statements[claim.part_of], modifiers.get(claim.part_of, []),
                                 judged[claim.part_of])
        else:
            antecedent = event_antecedent(analysis.sentences, claim.sentence)
            pieces = claim_evidence(store, claim, names, reliability, published, match_text(article.text, claim),
                                    same_story, antecedent, enclosing_quotation(article.text, claim), aliases)
            pieces = supersede(pieces)  # an earlier count a later report overtook is no clash
            judged[claim.id] = pieces
            if claim.day_spoken:
                # the day a source spoke ("said on Wednesday that ..."): matched on what was said, judged on the day
                pieces = day_spoken_pieces(article.text, claim, pieces)
        decision = decide(pieces)
        order = sorted(range(len(pieces)), key=lambda i: (_STANCE_ORDER[pieces[i].stance], -pieces[i].score))
        shown = [i for i in order if pieces[i].stance != "related"][:MAX_EVIDENCE]
        if len(shown) < 2:
            shown += [i for i in order if pieces[i].stance == "related"][: 2 - len(shown)]
        evidence = [_evidence_dict(pieces[i], decision.origin_of.get(i, pieces[i].origin)) for i in shown]
        used.update(pieces[i].source for i in shown if pieces[i].stance != "related")
        conflicts = [
            {"field": c.field, "claim_value": c.claim_value, "reference_value": c.reference_value,
             "source": p.source, "document": p.document, "published": p.published}
            for p in pieces if p.stance == "contradicts" for c in p.conflicts
        ]
        verdict, confidence, reason, flags = decision.verdict, decision.confidence, decision.reason, list(decision.flags)
        inconsistent = calendar_conflicts(claim.slots)
        for own in self_conflicts.get(claim.sentence, []):
            if (own["claim_value"] in article.text[claim.start:claim.end] or claim.kind == "role") and own not in conflicts:
                conflicts.append(own)
                if f"{own['field']}_inconsistent" not in flags:
                    flags.append(f"{own['field']}_inconsistent")
        if inconsistent:
            conflicts = inconsistent + conflicts
            flags.append("date_inconsistent")
            if verdict != "contradicted":
                verdict, confidence = "contradicted", 0.9
                reason = f"{inconsistent[0]['document']}, not a {inconsistent[0]['claim_value']}: the article's date and weekday disagree."
        out_claims.append({
            "id": claim.id,
            "sentence": claim.sentence,
            "text": claim.text,
            "span": [claim.start, claim.end],
            "kind": claim.kind,
            "part_of": claim.part_of,
            "attribution": _attribution_dict(claim.attribution, config, reliability),
            "verdict": verdict,
            "confidence": confidence,
            "reason": reason,
            "weight": {"supports": round(decision.support, 3), "contradicts": round(decision.against, 3)},
            "independence": {"reports": decision.reports, "origins": decision.origins},
            "evidence": evidence,
            "conflicts": conflicts,
            "flags": flags,
        })
    failures = store.fetch_failures(names)
    summary = {"claims": len(out_claims)}
    for verdict in ("confirmed", "contradicted", "unverified"):
        summary[verdict] = sum(1 for c in out_claims if c["verdict"] == verdict)
    return {
        "schema": SCHEMA,
        "article": {
            "input": article.input,
            "title": article.title,
            "published": published,
            "sha256": hashlib.sha256(article.text.encode("utf-8")).hexdigest(),
            "text": article.text,
            "checked_at": now(),
        },
        "sentences": [{"index": s.index, "text": s.text, "start": s.start, "end": s.end} for s in analysis.sentences],
        "claims": out_claims,
        "sources": [dict(row, used=row["name"] in used) for row in reliability.values()],
        "summary": summary,
        "coverage": {"degraded": bool(failures), "failures": failures},
    }
