"""Bring reference documents into the store: local files, web pages and feed items.

Unchanged documents are skipped (for a local file the same modification time, or
the same content hash; for URLs a 304 to a conditional GET), changed ones get a new
version and keep their history. A file stored less than ``RACY_SECONDS`` after it was
modified is read once more by the next sweep, so an edit in the same tick of the
file system's clock is not missed. A document that cannot be read or fetched is logged per
location and the rest go on: the check then says its coverage is degraded.
"""
from __future__ import annotations

import hashlib
import multiprocessing
import os
import re
import signal
import time
from collections import deque
from concurrent.futures import ProcessPoolExecutor
from contextlib import ExitStack
from dataclasses import dataclass
from functools import partial
from itertools import islice
from pathlib import Path
from stat import S_ISLNK
from typing import Callable, Iterable, Iterator, NamedTuple

from claims.dates import dateline_end
from claims.lexicon.roles import ROLES
from claims.lexicon.sources import OUTLETS
from claims.people import find_people
from claims.segment import split_sentences

from . import extract
from .errors import CheckerError
from .fetch import FetchResult, Fetcher
from .sources import DocumentRef, Source, SourcesConfig, iter_local_files
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


def roles_of(sentences: list[tuple[int, int, str]], source_name: str | None = None) -> list[tuple[int, str, str, str]]:
    """(sentence index, name, role, country) for every person named in a role.

    A ministry's own statement calls its minister "Minister": with ``source_name`` (the document's source) that is
    the minister of its portfolio ("Ministry of Environment, ..." -> "Environment Minister").
    """
    own_minister = _ministers_title(source_name)
    out = []
    for i, (_s, _e, sentence) in enumerate(sentences):
        if not has_role_hint(sentence):
            continue
        for person in find_people(sentence):
            if person.role:
                role = own_minister if own_minister and person.role == "Minister" else person.role
                out.append((i, person.name, role, person.country or ""))
    return out


_MINISTRY_OF = re.compile(r"Ministry\s+of\s+(?:the\s+)?([A-Z][a-z]+(?:\s+[A-Z][a-z]+)?)")


def _ministers_title(source_name: str | None) -> str | None:
    """The title of a ministry's minister, where the title table knows it: "Ministry of Health" -> "Health Minister"."""
    m = _MINISTRY_OF.match(source_name or "")
    if not m:
        return None
    words = m.group(1).lower().split()
    for n in (len(words), 1):
        title = ROLES.get(" ".join(words[:n]) + " minister")
        if title:
            return title
    return None


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
    return Prepared(text, _hash(text), page.title, page.published, tuple(sentences),
                    tuple(roles_of(sentences, source_name)), _origin(source_name, sentences, known))


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
    """One local document; skipped when its modification time is unchanged (see ``RACY_SECONDS``)."""
    try:
        looked_at = time.time()
        stat = path.stat()
        current = store.current_document(location)
        if current and current.mtime == stat.st_mtime:
            return IngestOutcome(source.name, location, "unchanged", document_id=current.id)
        page = read_local(path, location)
    except (OSError, CheckerError) as exc:
        reason = _failure_reason(exc, location)
        store.log_fetch(location, source.name, False, reason)
        return IngestOutcome(source.name, location, "failed", reason)
    return _store_text(store, source, location, "path", page, known, published=published, title=title,
                       mtime=_recordable(stat.st_mtime, looked_at))


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
#: Files looked at per slice of a folder sweep: an ``lstat`` each, and their stored
#: modification times in one indexed look-up. All a sweep holds at a time, whatever
#: the size of the folder.
SWEEP = 1_000
#: Files handed to a worker at a time.
CHUNK = 16
#: A file modified less than this many seconds before it was looked at may be modified
#: again within the same tick of the file system's clock (Linux stamps files from a
#: clock that moves every few milliseconds, FAT and some network file systems every one
#: or two seconds), and that second edit would leave the modification time the store
#: has. Such a file's time is not recorded, so the next sweep reads it once more and
#: compares its content (git calls these files "racily clean").
RACY_SECONDS = 2.0


class _Listed(NamedTuple):
    """A new or changed file that a sweep found, to be read."""

    path: str
    location: str
    mtime: float | None  # what to record: None when it is too recent to vouch for (``RACY_SECONDS``)


def _recordable(mtime: float, looked_at: float) -> float | None:
    return mtime if mtime <= looked_at - RACY_SECONDS else None


def _prefix(folder: str, base: Path) -> str | None:
    """What ``display_path`` puts before a file name in ``folder``: resolved once per folder, not per file.

    ``Path.resolve`` walks every component of the path, and pathlib arithmetic is slow:
    for a folder of 30,000 files the two took a check more than half a second. None: the
    folder is outside ``base`` and its files are shown by their absolute path.
    """
    try:
        relative = str(Path(folder).resolve().relative_to(base.resolve()))
    except ValueError:
        return None
    return "" if relative == "." else relative + os.sep


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


def _failed(store: Store, source: str, location: str, reason: str) -> IngestOutcome:
    store.log_fetch(location, source, False, reason)
    return IngestOutcome(source, location, "failed", reason)


def _sweep(store: Store, source: Source, doc: DocumentRef, base: Path, sources_file: str,
           report: Callable[[IngestOutcome], None], unchanged: Callable[[IngestOutcome], None] | None) -> list[_Listed]:
    """Look at every file of one ``path:`` document; return the new and changed ones, sorted by path.

    A file is unchanged when the store's current document at its location has its
    modification time: an edit in place changes the file's own time (not its folder's),
    so every file is stat'ed, once. The folder is listed and compared with the store
    ``SWEEP`` files at a time, and only the files to read are kept: a check over 300,000
    unchanged files holds one slice. Failures go to ``report``; unchanged files to
    ``unchanged``, when given (making their outcomes is most of a sweep's cost).
    """
    prefixes: dict[str, str | None] = {}
    changed: list[_Listed] = []
    files = iter_local_files(doc)
    listed_any = False
    while chunk := list(islice(files, SWEEP)):
        listed_any = True
        looked_at = time.time()
        paths: list[str] = []
        stats: list[tuple[str, float]] = []  # (location, mtime), as the store compares them
        for path in chunk:
            head, _sep, name = path.rpartition(os.sep)
            prefix = prefixes[head] if head in prefixes else prefixes.setdefault(head, _prefix(head, base))
            location = name if prefix == "" else prefix + name if prefix is not None else display_path(Path(path), base)
            try:
                stat = os.lstat(path)
                if S_ISLNK(stat.st_mode):  # stored under the file it points to
                    location = display_path(Path(path), base)
                    stat = os.stat(path)
            except OSError as exc:
                report(_failed(store, source.name, location, _failure_reason(exc, location)))
                continue
            paths.append(path)
            stats.append((location, stat.st_mtime))
        for i, document_id in store.match_mtimes(stats, misses_only=unchanged is None):
            location, mtime = stats[i]
            if document_id is None:
                changed.append(_Listed(paths[i], location, _recordable(mtime, looked_at)))
            else:
                unchanged(IngestOutcome(source.name, location, "unchanged", document_id=document_id))
    if not listed_any:
        location = display_path(doc.path, base)
        report(_failed(store, source.name, location,
                       f"{location}: no such file or folder (listed in {sources_file} line {doc.line})"))
    changed.sort()
    return changed


class _Writer:
    """What storing files needs, made on first use: the batch (and so the write lock) and the reading workers.

    A check whose files are all unchanged makes neither: it writes nothing and takes no lock.
    """

    def __init__(self, store: Store, known: dict[str, str], stack: ExitStack):
        self.store, self.known, self.stack = store, known, stack
        self._batch = self._readers = None

    def batch(self):
        if self._batch is None:
            self._batch = self.stack.enter_context(self.store.batch(BATCH_SENTENCES))
        return self._batch

    def prepare(self, jobs: list[tuple[str, str, str]]) -> Iterator[Prepared | str]:
        if self._readers is None and len(jobs) >= PARALLEL_MIN_FILES and (os.cpu_count() or 1) > 1:
            self._readers = self.stack.enter_context(_Readers(self.known))
        return self._readers.map(jobs) if self._readers else map(partial(_prepare_file, known=self.known), jobs)


def _store_changed(store: Store, source: Source, doc: DocumentRef, changed: list[_Listed], writer: _Writer,
                   report: Callable[[IngestOutcome], None]) -> None:
    """Read, split and store the files a sweep found new or changed, in path order, in batched transactions."""
    if not changed:
        return
    reads: list[_Listed] = []
    again: list[_Listed] = []  # a second link to a file already in this listing: stored by then
    seen: set[str] = set()
    for item in changed:
        (again if item.location in seen else reads).append(item)
        seen.add(item.location)
    batch = writer.batch()
    prepared = writer.prepare([(item.path, item.location, source.name) for item in reads])
    for item, result in zip(reads, prepared):
        if isinstance(result, str):
            report(_failed(store, source.name, item.location, result))
            continue
        # looked up again under the batch's write lock: another editor's check may have stored it meanwhile
        report(_store_prepared(store, source, item.location, "path", result, store.current_document(item.location),
                               published=doc.published, title=doc.title, mtime=item.mtime))
        batch.add(len(result.sentences) + 1)
    for item in again:
        report(ingest_file(store, source, Path(item.path), item.location, writer.known, published=doc.published,
                           title=doc.title))


def _ingest_files(store: Store, config: SourcesConfig, wanted: set[str] | None, known: dict[str, str],
                  report: Callable[[IngestOutcome], None], unchanged: Callable[[IngestOutcome], None] | None,
                  base: Path) -> None:
    """Every listed local file, document by document: unchanged ones skipped by modification time.

    A document's new and changed files are stored before the next document is swept, so
    a file that two documents list (a folder and a file in it) is read once: the second
    sweep finds it stored.
    """
    with ExitStack() as stack:
        writer = _Writer(store, known, stack)
        for source in config.sources:
            if wanted is not None and source.name not in wanted:
                continue
            for doc in source.documents:
                if doc.path is None:
                    continue
                changed = _sweep(store, source, doc, base, config.path.name, report, unchanged)
                _store_changed(store, source, doc, changed, writer, report)


def ingest_sources(store: Store, config: SourcesConfig, *, names: Iterable[str] | None = None, offline: bool = False,
                   only_missing_urls: bool = False, fetcher: Fetcher | None = None,
                   progress: Callable[[IngestOutcome], None] | None = None,
                   base: Path | None = None, keep_unchanged: bool | None = None) -> list[IngestOutcome]:
    """Bring every listed document into the store; the outcome of each, in order.

    Local files always (unchanged ones are skipped cheaply). URLs and feeds unless
    ``offline``; with ``only_missing_urls`` (what ``check`` does) only URLs the store
    lacks are fetched. ``progress`` sees every outcome. The list returned leaves out
    the local files found unchanged when ``keep_unchanged`` is false, which is the
    default with ``only_missing_urls``: a check keeps nothing for the thousands of
    files it did not have to read, so its memory does not grow with the archive.
    """
    wanted = set(names) if names else None
    known = known_outlets(config)
    base = base or Path.cwd()
    keep = not only_missing_urls if keep_unchanged is None else keep_unchanged
    outcomes: list[IngestOutcome] = []
    url_jobs: list[tuple[Source, str, str | None, str | None, object]] = []
    feeds: list[tuple[Source, str]] = []

    def report(outcome: IngestOutcome) -> None:
        outcomes.append(outcome)
        if progress:
            progress(outcome)

    unchanged = report if keep else progress
    _ingest_files(store, config, wanted, known, report, unchanged, base)
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
