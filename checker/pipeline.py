"""Run the stages: ingest -> segment -> attribute -> atomise -> retrieve -> compare -> decide -> report.

``check_article`` is what ``checker check`` calls; it returns the report dict (the JSON
report of the public interface plus a few extra fields the HTML report uses) and
writes nothing itself but through ``report`` and ``store``.
"""
from __future__ import annotations

import datetime as dt
import hashlib
import re
import sys
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Callable

import claims
from claims.entities import dateline_end, find_people, is_negated, proper_nouns, slots
from claims.lexicon.roles import VAGUE_ROLES
from claims.names import name_parts, same_person
from claims.types import Attribution, Claim

from . import extract
from .compare import Conflict, compare
from .decide import Piece, decide
from .errors import InputError
from .fetch import Fetcher
from .ingest import IngestOutcome, ingest_sources
from .retrieve import anchors, retrieve
from .sources import SourcesConfig
from .store import Candidate, Store, now

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
#: Role holders count for an article when their report is within this many days of it.
ROLE_WINDOW_DAYS = 400
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


# --- evidence -------------------------------------------------------------------------

def _piece(cand: Candidate, stance: str, score: float, reliability: dict[str, dict], conflicts=(), flags=(),
           weak=False, specific=True) -> Piece:
    rel = reliability.get(cand.source, {}).get("reliability", 0.5)
    url = cand.location if re.match(r"(?i)https?://", cand.location) else None
    return Piece(source=cand.source, document=cand.location, text=cand.text, score=min(100.0, max(0.0, score)),
                 stance=stance, reliability=rel, origin=cand.origin or cand.source, published=cand.published,
                 title=cand.title, url=url, conflicts=tuple(conflicts), flags=tuple(flags), weak=weak, specific=specific)


def _within(published: str | None, article_date: str | None) -> bool:
    if not published or not article_date:
        return True
    try:
        a = dt.date.fromisoformat(article_date[:10])
        b = dt.date.fromisoformat(published[:10])
    except ValueError:
        return True
    return abs((a - b).days) <= ROLE_WINDOW_DAYS


def role_evidence(store: Store, claim: Claim, names: list[str], reliability: dict, article_date: str | None,
                  same_story=None) -> list[Piece]:
    """Who the references say holds the claimed role.

    The same person in the role supports the claim; another person in the same role
    (for the same country) is a ``person`` clash; the same person named in another
    office, with no report giving them the claimed one, is a ``role`` clash. A role
    given without a country ("Mayor X") only counts against references about the same
    story, so that another town's mayor is never a clash.
    """
    holder = claim.role_holder
    if holder is None or not holder.role:
        return []
    country = holder.country or ""
    pieces = []
    # the same role for the same country; a role given without a country on either side matches any country,
    # but then another holder is a clash only in a report about the same story
    holders = [(n, c, True, True) for n, c in store.role_holders(holder.role, country, names)]
    if country:
        holders += [(n, c, False, True) for n, c in store.role_holders(holder.role, "", names)]
    else:
        # a role without a country is only contradicted by a holder given without one either: "Defence
        # Minister X" in a story about two countries is no clash with the other country's minister
        holders = [(n, c, False, not held_for) for held_for in store.role_countries(holder.role)
                   for n, c in store.role_holders(holder.role, held_for, names)]
    loose: list[Piece] = []
    for name, cand, same_country, may_clash in holders:
        if not _within(cand.published, article_date):
            continue
        if not same_country and same_story and not same_story(cand.document_id):
            continue  # a chief executive of another company is no clash
        if same_person(holder.name, name):
            pieces.append(_piece(cand, "supports", 90.0, reliability))
        elif may_clash and (same_country or same_story is None or same_story(cand.document_id)):
            piece = _piece(cand, "contradicts", 85.0, reliability, [Conflict("person", holder.name, name)])
            pieces.append(piece)
            if not same_country:
                loose.append(piece)
    if any(p.stance == "supports" for p in pieces):
        # the references give this person the office: a holder named without a country is another country's
        return [p for p in pieces if p not in loose]
    raw_surname = holder.name.split()[-1]
    seen = set()
    for surname in {raw_surname, name_parts(holder.name)[-1] if name_parts(holder.name) else raw_surname}:
        for name, role, rcountry, cand in store.roles_named(surname, names):
            if cand.sentence_id in seen or not same_person(holder.name, name):
                continue
            if _same_office(role, holder.role):
                if (not country or not rcountry or rcountry == country) and _within(cand.published, article_date):
                    seen.add(cand.sentence_id)
                    pieces.append(_piece(cand, "supports", 85.0, reliability))  # the office in full or in short
                continue
            if country and rcountry and rcountry != country:
                continue
            if not _within(cand.published, article_date) or (same_story and not same_story(cand.document_id)):
                continue
            seen.add(cand.sentence_id)
            pieces.append(_piece(cand, "contradicts", 80.0, reliability, [Conflict("role", holder.role, role)]))
    if any(p.stance == "supports" for p in pieces):
        pieces = [p for p in pieces if not any(c.field == "role" for c in p.conflicts)]
    return pieces


def _inside_quotation(text: str, pos: int) -> bool:
    """Whether ``pos`` lies inside a double-quoted passage of its paragraph."""
    start = text.rfind("\n", 0, pos) + 1
    chunk = text[start:pos]
    return chunk.count('"') % 2 == 1 or chunk.count("“") > chunk.count("”")


def match_text(article_text: str, claim: Claim) -> str:
    """The words to look for in references: the claim's own words, without the source and cue.

    "A diplomatic source in Damascus revealed a meeting ..." is matched as "a meeting
    ...": the references describe the meeting, not the article's sourcing of it.
    """
    if claim.kind == "role":
        return claim.text
    words = re.sub(r"[_*]+", "", article_text[claim.start:claim.end])
    words = words[dateline_end(words):]  # "KYSTRUP, Denmark, October 20, 2025 - " is the filing line, not the claim
    prefix = claim.text[: max(0, len(claim.text) - len(words))] if claim.text.endswith(words[-20:]) else ""
    if prefix and is_negated(prefix):
        return claim.text  # "Varga ruled out further cuts": the cue carries the polarity
    cue = (claim.attribution.cue or "").lower()
    if prefix.strip() and (not cue or cue not in prefix.lower()):
        return claim.text  # "in 2024, the club paid ...", "the 1974 agreement stipulates ...": the antecedent belongs to it
    before = article_text[max(0, claim.start - 2):claim.start]
    after = article_text[claim.end:claim.end + 3]
    if _inside_quotation(article_text, claim.start) and '"' not in words and "“" not in words:
        close = re.search(r"[\"”»]", article_text[claim.end:claim.end + 3])
        words = f'"{words.rstrip(" ,.")}"'  # part of a longer quotation: still the speaker's words
    elif re.search(r"[\"“«]\s*$", before):
        close = re.search(r"[\"”»]", words)
        if close:  # a quotation followed by its cue: 'We will respond ...," he said'
            words = f'"{words[:close.start()].rstrip(" ,.")}"{words[close.end():]}'
        elif re.match(r"[,.!?;]?\s*[\"”»]", after):
            words = f'"{words}"'  # the claim is a quotation: its words are checked as a quote
    if words.count('"') % 2:
        words += '"'
    if words.count("“") > words.count("”"):
        words += "”"
    return words


#: Names a reference document must share with the article to count as a report of the same story.
SAME_STORY_NAMES = 2


class StoryFilter:
    """Keeps evidence to references about the article's story (cached per document)."""

    def __init__(self, store: Store, article_text: str):
        self.store = store
        self.names = proper_nouns(article_text)
        self.cache: dict[int, bool] = {}

    def __call__(self, document_id: int) -> bool:
        if document_id not in self.cache:
            shared = self.names & proper_nouns(self.store.document_text(document_id))
            # an article naming fewer names than that needs only those it names
            self.cache[document_id] = len(shared) >= min(SAME_STORY_NAMES, len(self.names))
        return self.cache[document_id]


def claim_evidence(store: Store, claim: Claim, names: list[str], reliability: dict, article_date: str | None,
                   text: str | None = None, same_story: StoryFilter | None = None) -> list[Piece]:
    pieces = role_evidence(store, claim, names, reliability, article_date, same_story)
    seen = {(p.document, p.text) for p in pieces}
    if claim.kind == "role":
        return pieces
    text = text or claim.text
    claim_slots = slots(text, article_date) if text != claim.text else claim.slots
    # "North Korea said it would ...": the source's country is the subject of "it"
    claim_anchors = anchors(claim.text) | anchors(text) | anchors(claim.attribution.label or "")
    # the person a quotation is attributed to: a reference quoting someone else is no misquote
    speaker = None
    if claim.attribution.kind == "named_person" and claim.attribution.label:
        people = find_people(claim.attribution.label)
        speaker = people[-1].name if people else claim.attribution.label.split()[-1]
    for hit in retrieve(store, text, sources=names):
        cand = hit.candidate
        if claim_anchors and not claim_anchors <= anchors(cand.text) and anchors(cand.text):
            continue  # "South Korea" evidence for a "North Korea" claim, even where the claim's words say "it"
        if (cand.location, cand.text) in seen or (same_story and not same_story(cand.document_id)):
            continue
        context = " ".join(store.neighbours(cand.sentence_id))
        result = compare(text, claim_slots, cand.text, cand.published, context, speaker=speaker)
        if result.stance == "supports" and ((cand.title and cand.text.strip() == cand.title.strip())
                                            or store.sentence_index(cand.sentence_id) == 0):
            result = replace(result, weak=True, flags=result.flags + ("headline",))  # a headline sums up; the body must say it
        if result.stance == "related" and result.coverage < 0.34:
            continue
        seen.add((cand.location, cand.text))
        pieces.append(_piece(cand, result.stance, result.score, reliability, result.conflicts, result.flags, result.weak,
                             result.specific))
    return pieces


# --- internal consistency -------------------------------------------------------------------

def calendar_conflicts(claim_slots) -> list[dict]:
    """A weekday that does not fall on the date given with it ("Tuesday, July 24" in 2025): wrong without any reference."""
    out = []
    for d in claim_slots.dates:
        if d.weekday and d.iso and len(d.iso) == 10 and d.precision == "day":
            actual = dt.date.fromisoformat(d.iso).strftime("%A")
            if actual != d.weekday:
                out.append({"field": "weekday", "claim_value": d.weekday, "reference_value": actual,
                            "source": "calendar", "document": f"{d.iso} is a {actual}", "published": None})
    return out


def _same_office(a: str, b: str) -> bool:
    """ "Special Envoy" / "Special Envoy to Syria", "Transport Minister" / "Transport and Communications
    Minister": one office named in full and in short."""
    if a == b or a.startswith(b) or b.startswith(a):
        return True
    words_a = {w for w in a.lower().split() if w not in ("and", "of", "the", "for", "to")}
    words_b = {w for w in b.lower().split() if w not in ("and", "of", "the", "for", "to")}
    return len(words_a) > 1 and len(words_b) > 1 and (words_a <= words_b or words_b <= words_a)


def article_inconsistencies(text: str, sentences) -> dict[int, list[dict]]:
    """The same person written two ways, or given two offices, within the article itself.

    Returns conflicts per sentence index, for the claims of the later mention: no
    reference is needed to see that an article disagrees with itself.
    """
    seen: list[tuple[int, object]] = []
    found: dict[int, list[dict]] = {}
    for sentence in sentences:
        for person in find_people(sentence.text, sentence.start):
            for index, earlier in seen:
                if not same_person(earlier.name, person.name) or index == sentence.index:
                    continue
                full = len(name_parts(earlier.name)) > 1 and len(name_parts(person.name)) > 1
                if full and name_parts(earlier.name) != name_parts(person.name):
                    found.setdefault(sentence.index, []).append(
                        {"field": "name", "claim_value": person.name, "reference_value": earlier.name,
                         "source": "this article", "document": f"sentence {index}", "published": None})
                if person.role and earlier.role and not _same_office(person.role, earlier.role) \
                        and person.role not in VAGUE_ROLES and earlier.role not in VAGUE_ROLES:
                    found.setdefault(sentence.index, []).append(
                        {"field": "role", "claim_value": person.role, "reference_value": earlier.role,
                         "source": "this article", "document": f"sentence {index}", "published": None})
            seen.append((sentence.index, person))
    return found


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
    self_conflicts = article_inconsistencies(article.text, analysis.sentences)
    out_claims = []
    used: set[str] = set()
    for claim in analysis.claims:
        pieces = claim_evidence(store, claim, names, reliability, published, match_text(article.text, claim),
                                same_story)
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
