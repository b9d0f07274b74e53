"""Bring reference documents into the store: local files, web pages and feed items.

Unchanged documents are skipped (same modification time and size, or the same
content hash; for URLs a 304 to a conditional GET), changed ones get a new version
and keep their history. A document that cannot be read or fetched is logged per
location and the rest go on: the check then says its coverage is degraded.
"""
from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Callable, Iterable

from claims.entities import find_people
from claims.lexicon.sources import OUTLETS
from claims.segment import split_sentences

from . import extract
from .errors import CheckerError
from .fetch import FetchResult, Fetcher
from .sources import Source, SourcesConfig, local_files
from .store import Store

#: Sample data says what it is on its first line; that line is not a report of anything.
_SAMPLE_MARK = re.compile(r"\A\s*SAMPLE REFERENCE:[^\n]*\n")
#: A dateline such as "DAMASCUS, July 12, 2025 (Sample) - " is metadata, not a statement.
_DATELINE = re.compile(r"^([A-Z][A-Z .'-]{2,40}),\s+[A-Z][a-z]+\.? \d{1,2},?\s+\d{4}\s*(?:\([^)]*\))?\s*[-–—]\s*", re.M)
#: Words that credit an outlet as the origin of a report: "(AFP)", "AFP reported", "according to AFP".
_CREDIT = re.compile(
    r"\((?P<a>[A-Z][\w .\-]{1,30})\)|(?P<b>\b[\w .\-]{2,30}?)\s+reported\b|according to (?P<c>[\w .\-]{2,30}?)[,.]"
)
_ROLE_HINT = re.compile(r"\b(?:[Mm]inister|[Pp]resident|[Ee]nvoy|[Aa]mbassador|[Ss]ecretary|[Cc]hancellor|[Kk]ing|"
                        r"[Ss]pokes|[Gg]overnor|[Mm]ayor|[Cc]hief|[Dd]irector|[Cc]hair|[Pp]rime|[Ee]mir|[Cc]ommander|"
                        r"[Cc]oach|[Jj]udge|[Pp]rosecutor|[Ss]peaker|[Ss]enator|CEO)")


@dataclass(frozen=True)
class IngestOutcome:
    source: str
    location: str
    status: str  # added | updated | unchanged | failed
    error: str | None = None
    document_id: int | None = None


def reference_text(text: str) -> str:
    """The text whose sentences count as reports: the sample marker line removed."""
    return _SAMPLE_MARK.sub(lambda m: " " * (len(m.group()) - 1) + "\n", text, count=1)


def split_reference(text: str) -> list[tuple[int, int, str]]:
    """Sentences of a reference document with offsets; datelines blanked, never copied.

    A line break always ends a sentence, so each line is split on its own: the same
    sentences as splitting the whole text, but the splitter's look-back for the word
    before a full stop then never scans more than one paragraph (on a long document
    it was most of the ingest time).
    """
    body = _DATELINE.sub(lambda m: " " * len(m.group()), text)
    out = []
    pos = 0
    for line in body.split("\n"):
        if line and not line.isspace():
            out.extend((s.start, s.end, s.text) for s in split_sentences(line, pos))
        pos += len(line) + 1
    return out


def roles_of(sentences: list[tuple[int, int, str]]) -> list[tuple[int, str, str, str]]:
    """(sentence index, name, role, country) for every person named in a role."""
    out = []
    for i, (_s, _e, sentence) in enumerate(sentences):
        if not _ROLE_HINT.search(sentence):
            continue
        for person in find_people(sentence):
            if person.role and person.country:
                out.append((i, person.name, person.role, person.country))
    return out


def origin_of(source: Source, sentences: list[tuple[int, int, str]], known: dict[str, str]) -> str:
    """The independent origin of a document: the outlet it credits near its top, else its own source."""
    for _s, _e, sentence in sentences[:4]:
        for m in _CREDIT.finditer(sentence):
            phrase = (m.group("a") or m.group("b") or m.group("c") or "").strip().lower()
            words = phrase.split()
            for n in range(len(words)):
                name = known.get(" ".join(words[n:]))
                if name:
                    return name
    return source.name


def known_outlets(config: SourcesConfig) -> dict[str, str]:
    """Lower-case names and aliases -> source name, the editor's sources first."""
    table = {alias: name for alias, (name, _kind) in OUTLETS.items()}
    for source in config.sources:
        for label in source.names():
            table[label.lower()] = source.name
    return table


def _hash(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def _store_text(store: Store, source: Source, location: str, kind: str, page: extract.Page, known: dict[str, str],
                *, published: str | None, title: str | None, etag=None, last_modified=None, mtime=None) -> IngestOutcome:
    text = reference_text(page.text)
    digest = _hash(text)
    current = store.current_document(location)
    if current and current.content_hash == digest:
        store.touch_document(current.id, etag=etag, last_modified=last_modified, mtime=mtime)
        store.log_fetch(location, source.name, True)
        return IngestOutcome(source.name, location, "unchanged", document_id=current.id)
    sentences = split_reference(text)
    doc_id = store.add_document(
        source=source.name, location=location, kind=kind, title=title or page.title,
        published=published or page.published, content_hash=digest, text=text, sentences=sentences,
        roles=roles_of(sentences), etag=etag, last_modified=last_modified, mtime=mtime,
        origin=origin_of(source, sentences, known),
    )
    store.log_fetch(location, source.name, True)
    return IngestOutcome(source.name, location, "updated" if current else "added", document_id=doc_id)


def ingest_file(store: Store, source: Source, path: Path, location: str, known: dict[str, str], *,
                published: str | None = None, title: str | None = None) -> IngestOutcome:
    """One local document; skipped when its modification time and size are unchanged."""
    try:
        stat = path.stat()
        current = store.current_document(location)
        if current and current.mtime == stat.st_mtime:
            return IngestOutcome(source.name, location, "unchanged", document_id=current.id)
        data = path.read_bytes()
        if len(data) > extract.MAX_ARTICLE_BYTES:
            raise CheckerError(f"{location}: the file is larger than {extract.MAX_ARTICLE_BYTES // 1_000_000} MB; split it or remove it from sources.yaml.")
        text = extract.decode(data, name=location)
        page = extract.extract_html(text) if path.suffix.lower() in (".html", ".htm") or extract.looks_like_html(text) \
            else extract.extract_text(text)
    except (OSError, CheckerError) as exc:
        reason = str(exc) if isinstance(exc, CheckerError) else f"{location}: cannot be read ({exc.strerror or exc})"
        store.log_fetch(location, source.name, False, reason)
        return IngestOutcome(source.name, location, "failed", reason)
    return _store_text(store, source, location, "path", page, known, published=published, title=title, mtime=stat.st_mtime)


def ingest_fetched(store: Store, source: Source, result: FetchResult, known: dict[str, str], *,
                   published: str | None = None, title: str | None = None, kind: str = "url") -> IngestOutcome:
    location = result.url
    if result.status == "not_modified":
        current = store.current_document(location)
        if current:
            store.touch_document(current.id, etag=result.etag, last_modified=result.last_modified)
        store.log_fetch(location, source.name, True)
        return IngestOutcome(source.name, location, "unchanged", document_id=current.id if current else None)
    if not result.ok:
        store.log_fetch(location, source.name, False, result.error)
        return IngestOutcome(source.name, location, "failed", result.error)
    try:
        text = extract.decode(result.body or b"", content_type=result.content_type, charset=result.charset, name=location)
        page = extract.extract_html(text, url=result.final_url) if extract.looks_like_html(text) else extract.extract_text(text)
    except CheckerError as exc:
        store.log_fetch(location, source.name, False, str(exc))
        return IngestOutcome(source.name, location, "failed", str(exc))
    if not page.text.strip():
        reason = f"{location}: no article text found on the page"
        store.log_fetch(location, source.name, False, reason)
        return IngestOutcome(source.name, location, "failed", reason)
    return _store_text(store, source, location, kind, page, known, published=published, title=title,
                       etag=result.etag, last_modified=result.last_modified)


def display_path(path: Path, base: Path) -> str:
    try:
        return str(path.resolve().relative_to(base.resolve()))
    except ValueError:
        return str(path)


def ingest_sources(store: Store, config: SourcesConfig, *, names: Iterable[str] | None = None, offline: bool = False,
                   only_missing_urls: bool = False, fetcher: Fetcher | None = None,
                   progress: Callable[[IngestOutcome], None] | None = None,
                   base: Path | None = None) -> list[IngestOutcome]:
    """Bring every listed document into the store.

    Local files always (unchanged ones are skipped cheaply). URLs and feeds unless
    ``offline``; with ``only_missing_urls`` (what ``check`` does) only URLs the store
    lacks are fetched.
    """
    wanted = set(names) if names else None
    known = known_outlets(config)
    base = base or Path.cwd()
    outcomes: list[IngestOutcome] = []
    url_jobs: list[tuple[Source, str, str | None, str | None, object]] = []
    feeds: list[tuple[Source, str]] = []

    def report(outcome: IngestOutcome) -> None:
        outcomes.append(outcome)
        if progress:
            progress(outcome)

    for source in config.sources:
        if wanted is not None and source.name not in wanted:
            continue
        for doc in source.documents:
            if doc.path is not None:
                files = local_files(doc)
                if not files:
                    location = display_path(doc.path, base)
                    reason = f"{location}: no such file or folder (listed in {config.path.name} line {doc.line})"
                    store.log_fetch(location, source.name, False, reason)
                    report(IngestOutcome(source.name, location, "failed", reason))
                for path in files:
                    report(ingest_file(store, source, path, display_path(path, base), known,
                                       published=doc.published, title=doc.title))
            elif doc.url and not offline:
                current = store.current_document(doc.url)
                if only_missing_urls and current:
                    continue
                url_jobs.append((source, doc.url, current.etag if current else None,
                                 current.last_modified if current else None, doc))
        if not offline:
            feeds.extend((source, feed) for feed in source.feeds)
    if offline or not (url_jobs or feeds):
        return outcomes
    own = fetcher is None
    fetcher = fetcher or Fetcher()
    try:
        if feeds:
            for (source, feed), result in zip(feeds, fetcher.fetch_many([(f, None, None) for _s, f in feeds])):
                if not result.ok:
                    store.log_fetch(feed, source.name, False, result.error)
                    report(IngestOutcome(source.name, feed, "failed", result.error))
                    continue
                store.log_fetch(feed, source.name, True)
                try:
                    items = extract.parse_feed(result.body or b"", base_url=result.final_url)
                except Exception as exc:  # a broken feed is one failed source, not a crash
                    reason = f"{feed}: not a readable RSS or Atom feed ({exc.__class__.__name__})"
                    store.log_fetch(feed, source.name, False, reason)
                    report(IngestOutcome(source.name, feed, "failed", reason))
                    continue
                for item in items:
                    current = store.current_document(item.link)
                    if only_missing_urls and current:
                        continue
                    url_jobs.append((source, item.link, current.etag if current else None,
                                     current.last_modified if current else None, item))
        jobs = [(url, etag, modified) for _s, url, etag, modified, _d in url_jobs]
        for (source, _url, _e, _m, doc), result in zip(url_jobs, fetcher.fetch_many(jobs)):
            published = getattr(doc, "published", None)
            title = getattr(doc, "title", None)
            report(ingest_fetched(store, source, result, known, published=published, title=title,
                                  kind="feed_item" if isinstance(doc, extract.FeedItem) else "url"))
    finally:
        if own:
            fetcher.close()
    return outcomes
