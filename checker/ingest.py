"""Bring reference documents into the store: local files, web pages and feed items.

Unchanged documents are skipped (same modification time and size, or the same
content hash; for URLs a 304 to a conditional GET), changed ones get a new version
and keep their history. A document that cannot be read or fetched is logged per
location and the rest go on: the check then says its coverage is degraded.
"""
from __future__ import annotations

import hashlib
import multiprocessing
import os
import re
import signal
from collections import deque
from concurrent.futures import ProcessPoolExecutor
from contextlib import ExitStack
from dataclasses import dataclass
from functools import partial
from itertools import islice
from pathlib import Path
from stat import S_ISLNK
from typing import Callable, Iterable, Iterator, NamedTuple

from claims.entities import dateline_end, find_people
from claims.lexicon.roles import ROLES
from claims.lexicon.sources import OUTLETS
from claims.segment import split_sentences

from . import extract
from .errors import CheckerError
from .fetch import FetchResult, Fetcher
from .sources import Source, SourcesConfig, local_files
from .store import Store

#: Sample data says what it is on its first line; that line is not a report of anything.
_SAMPLE_MARK = re.compile(r"\A\s*SAMPLE REFERENCE:[^\n]*\n")
#: Words that credit an outlet as the origin of a report: "(AFP)", "AFP reported", "according to AFP".
_CREDIT = re.compile(
    r"\((?P<a>[A-Z][\w .\-]{1,30})\)|(?P<b>\b[\w .\-]{2,30}?)\s+reported\b|according to (?P<c>[\w .\-]{2,30}?)[,.]"
)
#: A sentence can name someone in a role only if it holds a title word: a cheap filter before find_people.
_ROLE_HINT = re.compile(r"\b(?:" + "|".join(sorted({re.escape(w.split()[-1]) for w in ROLES if len(w) > 2}, key=len,
                                                    reverse=True)) + r")\b", re.I)
#: The same test, faster (see ``has_role_hint``): one-word hints as a set, the others ("vice-president") as a regex.
_HINT_WORDS = frozenset(w.split()[-1].lower() for w in ROLES if len(w) > 2)
_SIMPLE_HINTS = frozenset(w for w in _HINT_WORDS if re.fullmatch(r"\w+", w))
_COMPOUND_HINT = re.compile(r"\b(?:" + "|".join(sorted((re.escape(w) for w in _HINT_WORDS - _SIMPLE_HINTS), key=len,
                                                       reverse=True)) + r")\b", re.I) if _HINT_WORDS - _SIMPLE_HINTS else None
_WORD = re.compile(r"\w+")


def has_role_hint(sentence: str) -> bool:
    """``_ROLE_HINT.search(sentence)``, three times faster: a word-set lookup instead of a 56-way alternation.

    Every reference sentence goes through this at ingest (8 µs a sentence with the regex).
    """
    if not _SIMPLE_HINTS.isdisjoint(_WORD.findall(sentence.lower())):
        return True
    return bool(_COMPOUND_HINT and _COMPOUND_HINT.search(sentence))


@dataclass(frozen=True, slots=True)
class IngestOutcome:
    source: str
    location: str
    status: str  # added | updated | unchanged | failed
    error: str | None = None
    document_id: int | None = None


def reference_text(text: str) -> str:
    """The text whose sentences count as reports: the sample marker line removed."""
    return _SAMPLE_MARK.sub(lambda m: " " * (len(m.group()) - 1) + "\n", text, count=1)


def _blank_datelines(text: str) -> str:
    """Blank each line's dateline ("COPENHAGEN, Oct 19 (NPA) - "), keeping a credit in brackets for the origin."""
    out = []
    for line in text.splitlines(keepends=True):
        cut = dateline_end(line)
        if cut:
            head = line[:cut]
            credit = re.search(r"\([^)]{1,40}\)", head)
            kept = credit.group() if credit and "sample" not in credit.group().lower() else ""
            line = " " * (cut - len(kept) - 1) + kept + " " + line[cut:] if kept else " " * cut + line[cut:]
        out.append(line)
    return "".join(out)


def split_reference(text: str) -> list[tuple[int, int, str]]:
    """Sentences of a reference document with offsets; datelines blanked, never copied.

    A line break always ends a sentence, so each line is split on its own: the same
    sentences as splitting the whole text, but the splitter's look-back for the word
    before a full stop then never scans more than one paragraph (on a long document
    it was most of the ingest time).
    """
    body = _blank_datelines(text)
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
        if not has_role_hint(sentence):
            continue
        for person in find_people(sentence):
            if person.role:
                out.append((i, person.name, person.role, person.country or ""))
    return out


def origin_of(source: Source, sentences: list[tuple[int, int, str]], known: dict[str, str]) -> str:
    """The independent origin of a document: the outlet it credits near its top, else its own source."""
    return _origin(source.name, sentences, known)


def _origin(source_name: str, sentences, known: dict[str, str]) -> str:
    for _s, _e, sentence in sentences[:4]:
        for m in _CREDIT.finditer(sentence):
            phrase = (m.group("a") or m.group("b") or m.group("c") or "").strip().lower()
            words = phrase.split()
            for n in range(len(words)):
                name = known.get(" ".join(words[n:]))
                if name:
                    return name
    return source_name


def known_outlets(config: SourcesConfig) -> dict[str, str]:
    """Lower-case names and aliases -> source name, the editor's sources first."""
    table = {alias: name for alias, (name, _kind) in OUTLETS.items()}
    for source in config.sources:
        for label in source.names():
            table[label.lower()] = source.name
    return table


def _hash(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


@dataclass(frozen=True)
class Prepared:
    """A document read, hashed and split, ready to store: everything but the SQL.

    Made apart from the store so that, for a folder of thousands of files, reading and
    splitting can run in a worker process while this one writes.
    """

    text: str
    digest: str
    title: str | None
    published: str | None
    sentences: tuple[tuple[int, int, str], ...]
    roles: tuple[tuple[int, str, str, str], ...]
    origin: str


def prepare(page: extract.Page, source_name: str, known: dict[str, str]) -> Prepared:
    text = reference_text(page.text)
    sentences = split_reference(text)
    return Prepared(text, _hash(text), page.title, page.published, tuple(sentences), tuple(roles_of(sentences)),
                    _origin(source_name, sentences, known))


def _store_prepared(store: Store, source: Source, location: str, kind: str, doc: Prepared, current, *,
                    published: str | None, title: str | None, etag=None, last_modified=None,
                    mtime=None) -> IngestOutcome:
    if current and current.content_hash == doc.digest:
        store.touch_document(current.id, etag=etag, last_modified=last_modified, mtime=mtime)
        store.log_fetch(location, source.name, True)
        return IngestOutcome(source.name, location, "unchanged", document_id=current.id)
    doc_id = store.add_document(
        source=source.name, location=location, kind=kind, title=title or doc.title,
        published=published or doc.published, content_hash=doc.digest, text=doc.text, sentences=list(doc.sentences),
        roles=list(doc.roles), etag=etag, last_modified=last_modified, mtime=mtime, origin=doc.origin,
    )
    store.log_fetch(location, source.name, True)
    return IngestOutcome(source.name, location, "updated" if current else "added", document_id=doc_id)


def _store_text(store: Store, source: Source, location: str, kind: str, page: extract.Page, known: dict[str, str],
                *, published: str | None, title: str | None, etag=None, last_modified=None, mtime=None) -> IngestOutcome:
    current = store.current_document(location)
    text = reference_text(page.text)
    if current and current.content_hash == _hash(text):
        store.touch_document(current.id, etag=etag, last_modified=last_modified, mtime=mtime)
        store.log_fetch(location, source.name, True)
        return IngestOutcome(source.name, location, "unchanged", document_id=current.id)
    return _store_prepared(store, source, location, kind, prepare(page, source.name, known), current,
                           published=published, title=title, etag=etag, last_modified=last_modified, mtime=mtime)


def read_local(path: Path, location: str) -> extract.Page:
    """A local file as a page; raises ``OSError`` or ``CheckerError``."""
    data = path.read_bytes()
    if len(data) > extract.MAX_ARTICLE_BYTES:
        raise CheckerError(f"{location}: the file is larger than {extract.MAX_ARTICLE_BYTES // 1_000_000} MB; split it or remove it from sources.yaml.")
    text = extract.decode(data, name=location)
    if path.suffix.lower() in (".html", ".htm") or extract.looks_like_html(text):
        return extract.extract_html(text)
    return extract.extract_text(text)


def _failure_reason(exc: Exception, location: str) -> str:
    return str(exc) if isinstance(exc, CheckerError) else f"{location}: cannot be read ({exc.strerror or exc})"


def ingest_file(store: Store, source: Source, path: Path, location: str, known: dict[str, str], *,
                published: str | None = None, title: str | None = None) -> IngestOutcome:
    """One local document; skipped when its modification time is unchanged."""
    try:
        stat = path.stat()
        current = store.current_document(location)
        if current and current.mtime == stat.st_mtime:
            return IngestOutcome(source.name, location, "unchanged", document_id=current.id)
        page = read_local(path, location)
    except (OSError, CheckerError) as exc:
        reason = _failure_reason(exc, location)
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


#: Sentences per transaction when many local files come in: few commits and FTS flushes,
#: yet a transaction short enough (about a second) that another editor's check is not kept waiting.
BATCH_SENTENCES = 20_000
#: From this many files to read, worker processes read and split while this one writes.
PARALLEL_MIN_FILES = 200
#: Files looked at (stat, stored modification time) per slice of a folder sweep.
SWEEP = 2_000
#: Files handed to a worker at a time.
CHUNK = 16


class _FileJob(NamedTuple):
    """One listed file (a named tuple: a check makes one per file of every folder, 30,000 at a time)."""

    source: Source
    location: str
    path: Path | None          # None: the listed path does not exist
    published: str | None
    title: str | None
    missing: str | None = None  # why, when ``path`` is None


def _locations(files: list[Path], base: Path) -> Iterator[tuple[Path, str]]:
    """(file, location) as ``display_path`` gives it, resolving each folder once rather than each file.

    ``Path.resolve`` walks every component of the path, and pathlib arithmetic is slow:
    for a folder of 30,000 files the two took a check more than half a second. A
    symlinked file is resolved on its own when it is stat'ed (see ``_plan``).
    """
    folders: dict[str, str | None] = {}
    for path in files:
        head, _sep, name = str(path).rpartition(os.sep)
        if head not in folders:
            try:
                folders[head] = str(path.parent.resolve().relative_to(base.resolve()))
            except ValueError:
                folders[head] = None
        prefix = folders[head]
        if prefix is None:
            yield path, display_path(path, base)
        else:
            yield path, name if prefix == "." else f"{prefix}{os.sep}{name}"


_WORKER_KNOWN: dict[str, str] = {}


def _init_worker(known: dict[str, str]) -> None:
    global _WORKER_KNOWN
    _WORKER_KNOWN = known
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C is the writing process's to handle


def _prepare_file(job: tuple[str, str, str], known: dict[str, str] | None = None) -> Prepared | str:
    """Read, hash and split one file (in a worker): a ``Prepared`` document or why it failed."""
    path, location, source_name = job
    try:
        page = read_local(Path(path), location)
    except (OSError, CheckerError) as exc:
        return _failure_reason(exc, location)
    return prepare(page, source_name, _WORKER_KNOWN if known is None else known)


def _prepare_files(jobs: list[tuple[str, str, str]]) -> list[Prepared | str]:
    return [_prepare_file(job) for job in jobs]


class _Readers:
    """Worker processes that read and split files while this one writes to SQLite.

    Reading and splitting (find_people above all) takes about twice the CPU of writing
    to SQLite, so on two cores two workers read and split while this process writes.
    At most ``WINDOW`` slices of ``CHUNK`` files are in flight: the workers never get
    far ahead of the writer, so parsed documents do not pile up in memory. On an error
    or Ctrl-C the pool finishes the slices in flight and stops (``multiprocessing.Pool``
    could hang there, waiting on a worker it had killed mid-message).
    """

    WINDOW = 8

    def __init__(self, known: dict[str, str]):
        # fork, not spawn: spawn re-imports the caller's main module, which a script without an
        # ``if __name__ == "__main__"`` guard does not survive. The forked worker only reads files
        # and splits text; it never touches the inherited SQLite connection.
        self.pool = ProcessPoolExecutor(min(4, os.cpu_count() or 1), mp_context=multiprocessing.get_context("fork"),
                                        initializer=_init_worker, initargs=(known,))

    def map(self, jobs: list[tuple[str, str, str]]) -> Iterator[Prepared | str]:
        """``_prepare_file`` over ``jobs``, in order."""
        slices = (jobs[i:i + CHUNK] for i in range(0, len(jobs), CHUNK))
        pending: deque = deque(self.pool.submit(_prepare_files, part) for part in islice(slices, self.WINDOW))
        while pending:
            done = pending.popleft().result()
            part = next(slices, None)
            if part:
                pending.append(self.pool.submit(_prepare_files, part))
            yield from done

    def __enter__(self) -> "_Readers":
        return self

    def __exit__(self, *exc) -> None:
        self.pool.shutdown(wait=True, cancel_futures=True)


def _file_jobs(config: SourcesConfig, wanted: set[str] | None, base: Path) -> Iterator[_FileJob]:
    """Every listed local file, in order, one folder listing at a time."""
    for source in config.sources:
        if wanted is not None and source.name not in wanted:
            continue
        for doc in source.documents:
            if doc.path is None:
                continue
            files = local_files(doc)
            if not files:
                location = display_path(doc.path, base)
                reason = f"{location}: no such file or folder (listed in {config.path.name} line {doc.line})"
                yield _FileJob(source, location, None, None, None, reason)
            for path, location in _locations(files, base):
                yield _FileJob(source, location, path, doc.published, doc.title)


def _plan(store: Store, jobs: list[_FileJob], seen: set[str], base: Path) -> list[tuple[_FileJob, str, object]]:
    """What to do with each file: (job, step, value), step being ``missing`` (the listed path is
    not there), ``again`` (listed twice), ``error`` (value: the ``OSError``), ``unchanged``
    (value: the stored document's id) or ``read`` (value: the file's modification time)."""
    stored = store.current_mtimes(job.location for job in jobs if job.path is not None)
    plan: list[tuple[_FileJob, str, object]] = []
    for job in jobs:
        if job.path is None:
            plan.append((job, "missing", None))
            continue
        try:
            stat = os.lstat(job.path)
            if S_ISLNK(stat.st_mode):
                job = job._replace(location=display_path(job.path, base))
                stat = os.stat(job.path)
        except OSError as exc:
            plan.append((job, "error", exc))
            continue
        if job.location in seen:
            plan.append((job, "again", None))  # the first copy may have just been stored
            continue
        seen.add(job.location)
        known = stored.get(job.location)
        if known and known[1] == stat.st_mtime:
            plan.append((job, "unchanged", known[0]))
        else:
            plan.append((job, "read", stat.st_mtime))
    return plan


def _ingest_files(store: Store, jobs: Iterable[_FileJob], known: dict[str, str],
                  report: Callable[[IngestOutcome], None], base: Path) -> None:
    """Local files, in order: unchanged ones skipped by modification time, the rest in batched transactions.

    Files go through in slices of ``SWEEP`` so that a check over a folder of 30,000
    unchanged files holds one slice at a time, and takes no write lock at all.
    """
    seen: set[str] = set()
    with ExitStack() as stack:
        batch = readers = None
        jobs = iter(jobs)
        while chunk := list(islice(jobs, SWEEP)):
            plan = _plan(store, chunk, seen, base)
            reads = [(str(job.path), job.location, job.source.name) for job, step, _v in plan if step == "read"]
            if readers is None and len(reads) >= PARALLEL_MIN_FILES and (os.cpu_count() or 1) > 1:
                readers = stack.enter_context(_Readers(known))
            prepared = readers.map(reads) if readers else map(partial(_prepare_file, known=known), reads)
            if batch is None and any(step != "unchanged" for _job, step, _v in plan):
                batch = stack.enter_context(store.batch(BATCH_SENTENCES))
            for job, step, value in plan:
                report(_ingest_step(store, job, step, value, prepared, known, batch))


def _ingest_step(store: Store, job: _FileJob, step: str, value, prepared: Iterator, known: dict[str, str],
                 batch) -> IngestOutcome:
    name = job.source.name
    if step == "unchanged":
        return IngestOutcome(name, job.location, "unchanged", document_id=value)
    if step == "missing":
        store.log_fetch(job.location, name, False, job.missing)
        return IngestOutcome(name, job.location, "failed", job.missing)
    if step == "again":
        return ingest_file(store, job.source, job.path, job.location, known, published=job.published, title=job.title)
    if step == "error":
        reason = _failure_reason(value, job.location)
        store.log_fetch(job.location, name, False, reason)
        return IngestOutcome(name, job.location, "failed", reason)
    doc = next(prepared)
    if isinstance(doc, str):
        store.log_fetch(job.location, name, False, doc)
        return IngestOutcome(name, job.location, "failed", doc)
    # looked up again under the batch's write lock: another editor's check may have stored it meanwhile
    outcome = _store_prepared(store, job.source, job.location, "path", doc, store.current_document(job.location),
                              published=job.published, title=job.title, mtime=value)
    batch.add(len(doc.sentences) + 1)
    return outcome


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

    _ingest_files(store, _file_jobs(config, wanted, base), known, report, base)
    for source in config.sources:
        if wanted is not None and source.name not in wanted:
            continue
        for doc in source.documents:
            if doc.path is None and doc.url and not offline:
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
