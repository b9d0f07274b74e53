"""All SQL lives here: one SQLite file, through sqlite-utils (and raw SQL on its connection where speed counts).

What the store keeps:

* ``documents``: every reference document (URL or path) with its source, title,
  publication date, fetch time, content hash and text. A changed document gets a new
  row and the old one stays, marked ``current = 0``: history is never overwritten.
* ``sentences`` with their offsets, indexed by the FTS5 table ``sentences_fts``.
* ``role_holders``: who the references say holds which role, learned at ingest, with
  ``role_reports`` (the few newest reports per person, role, country, source and month:
  what a look-up returns) and ``role_people`` (every person named in a role) kept beside it.
* ``runs``, ``run_claims``, ``run_evidence``: each check's article, claims, verdicts
  and evidence, never dropped by a later run.
* ``fetch_log``: the last outcome per document location, so a check can say which
  sources could not be fetched.

Writes happen in short transactions in WAL mode with a busy timeout, so several
editors' checks can share one store. Migrations are named and ordered; a store
written by a newer version is refused rather than damaged.
"""
from __future__ import annotations

import datetime as dt
import json
import re
import sqlite3
from dataclasses import dataclass
from pathlib import Path
from typing import Iterable, Sequence


import sqlite_utils

from .errors import StoreError

SCHEMA_VERSION = 1
BUSY_TIMEOUT_MS = 30_000
#: Reports kept per person, role, country, source and month by ``role_holders`` and ``roles_named``
#: (and so in ``role_reports``: a store filled with another number is refilled when opened).
ROLE_ROWS = 2


def run_script(db: sqlite_utils.Database, sql: str) -> None:
    """Run a migration script statement by statement, inside the migration's transaction.

    ``sqlite3``'s own ``executescript`` commits any open transaction first, which would
    let a failed migration leave half a schema behind.
    """
    if not db.conn.in_transaction:
        db.conn.executescript(sql)
        return
    statement = ""
    for part in sql.split(";"):
        statement += part + ";"
        if sqlite3.complete_statement(statement):
            if statement.strip(" \t\r\n;"):
                db.conn.execute(statement)
            statement = ""


def _m001_initial(db: sqlite_utils.Database) -> None:
    run_script(db, 
        """
        CREATE TABLE IF NOT EXISTS documents (
            id INTEGER PRIMARY KEY,
            source TEXT NOT NULL,
            location TEXT NOT NULL,
            kind TEXT NOT NULL,            -- path | url | feed_item
            title TEXT,
            published TEXT,
            fetched_at TEXT NOT NULL,
            content_hash TEXT NOT NULL,
            text TEXT NOT NULL,
            etag TEXT,
            last_modified TEXT,
            mtime REAL,
            current INTEGER NOT NULL DEFAULT 1,
            origin TEXT
        );
        CREATE INDEX IF NOT EXISTS documents_location ON documents(location, current);
        CREATE INDEX IF NOT EXISTS documents_source ON documents(source);
        CREATE TABLE IF NOT EXISTS sentences (
            id INTEGER PRIMARY KEY,
            document_id INTEGER NOT NULL REFERENCES documents(id),
            idx INTEGER NOT NULL,
            start INTEGER NOT NULL,
            "end" INTEGER NOT NULL,
            text TEXT NOT NULL
        );
        CREATE INDEX IF NOT EXISTS sentences_document ON sentences(document_id, idx);
        CREATE VIRTUAL TABLE IF NOT EXISTS sentences_fts USING fts5(
            text, content='sentences', content_rowid='id', tokenize='unicode61 remove_diacritics 2'
        );
        CREATE VIRTUAL TABLE IF NOT EXISTS sentences_vocab USING fts5vocab('sentences_fts', 'row');
        CREATE TABLE IF NOT EXISTS role_holders (
            id INTEGER PRIMARY KEY,
            document_id INTEGER NOT NULL REFERENCES documents(id),
            sentence_id INTEGER NOT NULL REFERENCES sentences(id),
            name TEXT NOT NULL,
            role TEXT NOT NULL,
            country TEXT NOT NULL
        );
        CREATE INDEX IF NOT EXISTS role_holders_role ON role_holders(role, country);
        CREATE TABLE IF NOT EXISTS runs (
            id INTEGER PRIMARY KEY,
            input TEXT NOT NULL,
            title TEXT,
            published TEXT,
            sha256 TEXT NOT NULL,
            checked_at TEXT NOT NULL,
            report_path TEXT,
            summary TEXT NOT NULL,
            report TEXT NOT NULL
        );
        CREATE TABLE IF NOT EXISTS run_claims (
            id INTEGER PRIMARY KEY,
            run_id INTEGER NOT NULL REFERENCES runs(id),
            claim_id TEXT NOT NULL,
            text TEXT NOT NULL,
            attribution_kind TEXT NOT NULL,
            attribution_label TEXT,
            verdict TEXT NOT NULL,
            confidence REAL NOT NULL
        );
        CREATE TABLE IF NOT EXISTS run_evidence (
            id INTEGER PRIMARY KEY,
            run_id INTEGER NOT NULL REFERENCES runs(id),
            claim_id TEXT NOT NULL,
            source TEXT NOT NULL,
            document TEXT NOT NULL,
            stance TEXT NOT NULL,
            score REAL NOT NULL,
            agrees_with_verdict INTEGER
        );
        CREATE INDEX IF NOT EXISTS run_evidence_source ON run_evidence(source);
        CREATE TABLE IF NOT EXISTS fetch_log (
            location TEXT PRIMARY KEY,
            source TEXT NOT NULL,
            at TEXT NOT NULL,
            ok INTEGER NOT NULL,
            error TEXT
        );
        """
    )


def _m002_lookup_indexes(db: sqlite_utils.Database) -> None:
    """Indexes that answer a check's per-file questions without reading documents' text.

    ``text`` sits in the middle of a ``documents`` row, so reading ``mtime`` or ``current``
    from the row walks the text's overflow pages: for 30,000 files that was a third of a
    check. These covering indexes hold what the unchanged-file sweep and the per-source
    counts need.
    """
    run_script(db, 
        """
        CREATE INDEX IF NOT EXISTS documents_location_mtime ON documents(location, current, mtime);
        CREATE INDEX IF NOT EXISTS documents_current_source ON documents(current, source);
        """
    )


def _m003_live_documents(db: sqlite_utils.Database) -> None:
    """What a candidate sentence needs from its document, without the document's text.

    Retrieval and role lookups join thousands of sentences to their documents; through
    the rowid each join reads past ``text`` to ``current`` and ``origin``. The queries
    name this index with ``INDEXED BY``, because the planner prefers the rowid.
    """
    run_script(db, 
        "CREATE INDEX IF NOT EXISTS documents_live ON documents(id, current, source, published, location, title, origin);"
    )


#: Named, ordered migrations. Append only: never edit one that has shipped.
def _m004_role_indexes(db: sqlite_utils.Database) -> None:
    """Each person's role reports newest first, and the people named in a role, from indexes alone."""
    run_script(db, 
        """
        CREATE INDEX IF NOT EXISTS role_holders_name ON role_holders(name, role, country, document_id);
        CREATE INDEX IF NOT EXISTS role_holders_role_name ON role_holders(role, country, name);
        """
    )


def _m005_role_reports(db: sqlite_utils.Database) -> None:
    """The role reports a look-up returns, kept at ingest, so that no look-up reads every report of a person.

    A look-up returns at most ``ROLE_ROWS`` reports per person, role, country, source and
    month; it used to find them by reading all of a person's reports (27,000 index
    entries, each joined to its document, for one minister of a million sentences).
    ``role_reports`` holds just those, per bucket the newest in current documents, and is
    kept in the same transaction as the document (``Store._keep_role_reports``). Its key
    is the bucket, newest last, so a look-up reads only rows it returns.
    ``role_people`` is every (role, country, name) that ``role_holders`` has: the people
    named in a role, and the names a surname is matched against, without reading a
    report. The two indexes that served the old look-ups by role go: ingest no longer
    pays for them. ``role_holders_name`` stays: it refills a bucket when a document is
    replaced. Existing stores are filled from their ``role_holders`` here.
    """
    run_script(db, 
        """
        CREATE TABLE IF NOT EXISTS role_reports (
            name TEXT NOT NULL,
            role TEXT NOT NULL,
            country TEXT NOT NULL,
            source TEXT NOT NULL,          -- the document's
            month TEXT NOT NULL,           -- the document's publication month, YYYY-MM ('' for none)
            document_id INTEGER NOT NULL,
            holder_id INTEGER NOT NULL,    -- role_holders.id
            sentence_id INTEGER NOT NULL,
            PRIMARY KEY (name, role, country, source, month, document_id, holder_id)
        ) WITHOUT ROWID;
        CREATE INDEX IF NOT EXISTS role_reports_document ON role_reports(document_id);
        CREATE TABLE IF NOT EXISTS role_people (
            role TEXT NOT NULL,
            country TEXT NOT NULL,
            name TEXT NOT NULL,
            PRIMARY KEY (role, country, name)
        ) WITHOUT ROWID;
        DROP INDEX IF EXISTS role_holders_role;
        DROP INDEX IF EXISTS role_holders_role_name;
        """
    )
    fill_role_reports(db.conn)


MIGRATIONS = [("001_initial", _m001_initial), ("002_lookup_indexes", _m002_lookup_indexes),
              ("003_live_documents", _m003_live_documents), ("004_role_indexes", _m004_role_indexes),
              ("005_role_reports", _m005_role_reports)]


def fill_role_reports(conn: sqlite3.Connection) -> None:
    """(Re)build ``role_reports`` and ``role_people`` from ``role_holders``, inside the caller's transaction.

    Run by migration 005, and when a store was filled with another ``ROLE_ROWS`` (the
    number is kept in ``_meta``). A million sentences' role rows take a few seconds.
    """
    conn.execute("DELETE FROM role_reports")
    conn.execute("DELETE FROM role_people")
    conn.execute("INSERT INTO role_people (role, country, name) SELECT DISTINCT role, country, name FROM role_holders")
    conn.execute(
        "INSERT INTO role_reports (name, role, country, source, month, document_id, holder_id, sentence_id) "
        "SELECT name, role, country, source, month, document_id, id, sentence_id FROM ("
        " SELECT r.name, r.role, r.country, d.source, substr(coalesce(d.published, ''), 1, 7) AS month,"
        " r.document_id, r.id, r.sentence_id, row_number() OVER (PARTITION BY r.name, r.role, r.country, d.source,"
        " substr(coalesce(d.published, ''), 1, 7) ORDER BY r.document_id DESC, r.id DESC) AS n"
        " FROM role_holders r JOIN documents d INDEXED BY documents_live ON d.id = r.document_id WHERE d.current = 1"
        ") WHERE n <= ?", (ROLE_ROWS,))
    conn.execute("INSERT OR REPLACE INTO _meta (key, value) VALUES ('role_rows', ?)", (str(ROLE_ROWS),))


def surname_pattern(surname: str) -> str:
    """A LIKE pattern for names holding ``surname``, in which a letter that may carry an accent stands for any
    one character: "Yanez" finds "Yánez" (the caller then compares the names themselves)."""
    return "%" + re.sub(r"[aeiouycnszdAEIOUYCNSZD]", "_", surname.replace("%", "").replace("_", "")) + "%"


@dataclass(frozen=True)
class StoredDocument:
    id: int
    source: str
    location: str
    title: str | None
    published: str | None
    content_hash: str
    etag: str | None
    last_modified: str | None
    mtime: float | None


@dataclass(frozen=True)
class Candidate:
    """A reference sentence that may speak to a claim."""

    sentence_id: int
    document_id: int
    text: str
    source: str
    location: str
    title: str | None
    published: str | None
    origin: str | None
    rank: float


def now() -> str:
    return dt.datetime.now(dt.timezone.utc).replace(microsecond=0).isoformat().replace("+00:00", "Z")


class Store:
    """The SQLite store. Open it with ``Store.open(path)``; use as a context manager."""

    def __init__(self, db: sqlite_utils.Database, path: Path):
        self.db = db
        self.path = path
        self._df_cache: dict[str, int] = {}

    @classmethod
    def open(cls, path: Path) -> "Store":
        path = Path(path)
        if path.exists() and path.is_dir():
            raise StoreError(f"{path}: this is a folder, not a store file; pass --db with a file name.")
        if not path.parent.exists():
            raise StoreError(f"{path}: the folder {path.parent} does not exist; create it or pass another --db.")
        try:
            conn = sqlite3.connect(str(path), timeout=BUSY_TIMEOUT_MS / 1000, isolation_level=None,
                                   check_same_thread=False)
            conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
            conn.execute("PRAGMA journal_mode = WAL")
            conn.execute("PRAGMA synchronous = NORMAL")
            conn.execute("PRAGMA foreign_keys = ON")
            # no sqlite-utils plugins: finding them scans every installed package's metadata (0.03 s a check),
            # and a plugin has no business with this store's connection
            db = sqlite_utils.Database(conn, execute_plugins=False)
            store = cls(db, path)
            store._migrate()
        except sqlite3.DatabaseError as exc:
            raise StoreError(f"{path}: not a usable checker store ({exc}); pass another --db or move this file away.") from exc
        return store

    def close(self) -> None:
        self.db.conn.close()

    def __enter__(self) -> "Store":
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    # --- schema ---------------------------------------------------------------------

    def _migrate(self) -> None:
        conn = self.db.conn
        conn.execute("BEGIN IMMEDIATE")
        try:
            conn.execute("CREATE TABLE IF NOT EXISTS _migrations (name TEXT PRIMARY KEY, applied_at TEXT NOT NULL)")
            conn.execute("CREATE TABLE IF NOT EXISTS _meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)")
            row = conn.execute("SELECT value FROM _meta WHERE key = 'schema_version'").fetchone()
            if row and int(row[0]) > SCHEMA_VERSION:
                raise StoreError(
                    f"{self.path}: this store was written by a newer checker (schema {row[0]}, this one knows "
                    f"{SCHEMA_VERSION}); upgrade checker or pass another --db."
                )
            done = {r[0] for r in conn.execute("SELECT name FROM _migrations")}
            unknown = sorted(done - {name for name, _ in MIGRATIONS})
            if unknown:  # a newer checker's migration, whatever schema_version says
                raise StoreError(
                    f"{self.path}: this store was written by a newer checker (migration {unknown[-1]} is unknown "
                    "to this one); upgrade checker or pass another --db."
                )
            for name, migration in MIGRATIONS:
                if name not in done:
                    migration(self.db)
                    conn.execute("INSERT INTO _migrations (name, applied_at) VALUES (?, ?)", (name, now()))
            kept = conn.execute("SELECT value FROM _meta WHERE key = 'role_rows'").fetchone()
            if kept is None or kept[0] != str(ROLE_ROWS):  # filled keeping another number of reports per bucket
                fill_role_reports(conn)
            conn.execute("INSERT OR REPLACE INTO _meta (key, value) VALUES ('schema_version', ?)", (str(SCHEMA_VERSION),))
            conn.execute("COMMIT")
        except BaseException:
            if conn.in_transaction:  # a failed ROLLBACK would hide the real error
                conn.execute("ROLLBACK")
            raise

    def transaction(self):
        return _Transaction(self.db.conn)

    def batch(self, limit: int) -> "_Batch":
        """Group many documents' writes into transactions of about ``limit`` sentences each."""
        return _Batch(self.db.conn, limit)

    # --- documents ------------------------------------------------------------------

    def current_document(self, location: str) -> StoredDocument | None:
        row = self.db.conn.execute(
            "SELECT id, source, location, title, published, content_hash, etag, last_modified, mtime "
            "FROM documents WHERE location = ? AND current = 1 ORDER BY id DESC LIMIT 1",
            (location,),
        ).fetchone()
        return StoredDocument(*row) if row else None

    #: The sweep's comparison, per row of ``VALUES``: the current documents at the location
    #: with the file's modification time, from the covering index alone.
    _SAME_MTIME = ("FROM documents d INDEXED BY documents_location_mtime "
                   "WHERE d.location = f.location AND d.current = 1 AND d.mtime = f.mtime")

    def match_mtimes(self, files: Sequence[tuple[str, float]], *, misses_only: bool = False) -> list[tuple[int, int | None]]:
        """For the sweep of local files: ``(index, document id)`` for each ``(location, mtime)`` in ``files``,
        the id of the current document at that location with that modification time, None when there is none
        (the file is new or changed). With ``misses_only`` only the Nones come back.

        SQLite compares, so a check over 30,000 unchanged files gets back no row at all
        (reading the stored times into a dict and comparing them in Python took twice as long).
        """
        conn = self.db.conn
        per_query = max(1, min(500, conn.getlimit(sqlite3.SQLITE_LIMIT_VARIABLE_NUMBER) // 3))
        out: list[tuple[int, int | None]] = []
        for first in range(0, len(files), per_query):
            part = files[first:first + per_query]
            sql = f"WITH f(i, location, mtime) AS (VALUES {','.join('(?, ?, ?)' for _ in part)}) " + (
                f"SELECT f.i, NULL FROM f WHERE NOT EXISTS (SELECT 1 {self._SAME_MTIME})" if misses_only
                else f"SELECT f.i, (SELECT max(d.id) {self._SAME_MTIME}) FROM f")
            out.extend(conn.execute(sql, [v for i, (location, mtime) in enumerate(part, first)
                                          for v in (i, location, mtime)]))
        return out

    def add_document(self, *, source: str, location: str, kind: str, title: str | None, published: str | None,
                     content_hash: str, text: str, sentences: list[tuple[int, int, str]],
                     roles: list[tuple[int, str, str, str]] = (), etag: str | None = None,
                     last_modified: str | None = None, mtime: float | None = None,
                     origin: str | None = None) -> int:
        """Insert a document (retiring the previous version at the same location) in one transaction.

        ``sentences``: (start, end, text); ``roles``: (sentence index, name, role, country).
        """
        conn = self.db.conn
        self._df_cache.clear()
        with self.transaction():
            retired = [r[0] for r in conn.execute(
                "UPDATE documents SET current = 0 WHERE location = ? AND current = 1 RETURNING id", (location,))]
            if retired:
                self._retire_role_reports(retired)
            cur = conn.execute(
                "INSERT INTO documents (source, location, kind, title, published, fetched_at, content_hash, text, "
                "etag, last_modified, mtime, current, origin) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1, ?)",
                (source, location, kind, title, published, now(), content_hash, text, etag, last_modified, mtime, origin),
            )
            doc_id = cur.lastrowid
            first = conn.execute("SELECT COALESCE(MAX(id), 0) + 1 FROM sentences").fetchone()[0]
            conn.executemany('INSERT INTO sentences (id, document_id, idx, start, "end", text) VALUES (?, ?, ?, ?, ?, ?)',
                             [(first + i, doc_id, i, s, e, t) for i, (s, e, t) in enumerate(sentences)])
            # the index reads the rows just written: no second list of tuples built in Python
            conn.execute("INSERT INTO sentences_fts (rowid, text) SELECT id, text FROM sentences WHERE id >= ?", (first,))
            if roles:
                holder = conn.execute("SELECT COALESCE(MAX(id), 0) + 1 FROM role_holders").fetchone()[0]
                rows = [(holder + i, doc_id, first + idx, name, role, country)
                        for i, (idx, name, role, country) in enumerate(roles)]
                conn.executemany("INSERT INTO role_holders (id, document_id, sentence_id, name, role, country) "
                                 "VALUES (?, ?, ?, ?, ?, ?)", rows)
                self._keep_role_reports(rows, source, (published or "")[:7])
        return doc_id

    # --- role reports, kept at ingest (see ``_m005_role_reports``) ----------------------

    def _keep_role_reports(self, rows: list[tuple[int, int, int, str, str, str]], source: str, month: str) -> None:
        """A new document's role rows ``(id, document id, sentence id, name, role, country)`` into
        ``role_reports``: each bucket keeps its ``ROLE_ROWS`` newest.

        A new document has the highest id, so its rows are the newest of their buckets: at
        most ``ROLE_ROWS`` of them per bucket go in (the last ones), and each bucket they
        enter drops what falls beyond ``ROLE_ROWS``. Work per row is a few index probes,
        however often the archive names the person.
        """
        conn = self.db.conn
        newest: dict[tuple[str, str, str], list] = {}
        for holder, doc_id, sentence_id, name, role, country in rows:
            newest.setdefault((name, role, country), []).append(
                (name, role, country, source, month, doc_id, holder, sentence_id))
        conn.executemany("INSERT OR IGNORE INTO role_people (role, country, name) VALUES (?, ?, ?)",
                         [(role, country, name) for name, role, country in newest])
        conn.executemany(
            "INSERT INTO role_reports (name, role, country, source, month, document_id, holder_id, sentence_id) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?)", [r for kept in newest.values() for r in kept[-ROLE_ROWS:]])
        conn.executemany(self._TRIM, [(name, role, country, source, month, ROLE_ROWS - 1)
                                      for name, role, country in newest])

    #: Drop a bucket's reports beyond the ``ROLE_ROWS`` newest (the parameter is ``ROLE_ROWS - 1``):
    #: those older than its ``ROLE_ROWS``-th newest, found by the key.
    _TRIM = ("DELETE FROM role_reports WHERE name = ?1 AND role = ?2 AND country = ?3 AND source = ?4 AND month = ?5 "
             "AND (document_id, holder_id) < (SELECT document_id, holder_id FROM role_reports WHERE name = ?1 "
             "AND role = ?2 AND country = ?3 AND source = ?4 AND month = ?5 "
             "ORDER BY document_id DESC, holder_id DESC LIMIT 1 OFFSET ?6)")

    def _retire_role_reports(self, documents: list[int]) -> None:
        """Take retired documents' reports out of ``role_reports`` and refill their buckets.

        A bucket that loses a report gets back the newest report of a current document
        that it had dropped. Finding it reads the person's reports in that role newest
        first (``role_holders_name``) until the bucket is full: this grows with how often
        the archive names the person, but only a changed document pays it, never a look-up.
        """
        conn = self.db.conn
        buckets = set()
        for doc_id in documents:
            buckets.update(conn.execute("DELETE FROM role_reports WHERE document_id = ? "
                                        "RETURNING name, role, country, source, month", (doc_id,)))
        conn.executemany(
            "INSERT OR IGNORE INTO role_reports (name, role, country, source, month, document_id, holder_id, sentence_id) "
            "SELECT r.name, r.role, r.country, d.source, ?5, r.document_id, r.id, r.sentence_id "
            "FROM role_holders r INDEXED BY role_holders_name JOIN documents d INDEXED BY documents_live "
            "ON d.id = r.document_id WHERE r.name = ?1 AND r.role = ?2 AND r.country = ?3 AND d.current = 1 "
            "AND d.source = ?4 AND substr(coalesce(d.published, ''), 1, 7) = ?5 "
            "ORDER BY r.document_id DESC, r.id DESC LIMIT ?6",  # the index's order: no sort
            [(*bucket, ROLE_ROWS) for bucket in sorted(buckets)])

    def touch_document(self, doc_id: int, *, etag: str | None = None, last_modified: str | None = None,
                       mtime: float | None = None) -> None:
        with self.transaction():
            self.db.conn.execute(
                "UPDATE documents SET fetched_at = ?, etag = COALESCE(?, etag), last_modified = COALESCE(?, last_modified), "
                "mtime = COALESCE(?, mtime) WHERE id = ?",
                (now(), etag, last_modified, mtime, doc_id),
            )

    def log_fetch(self, location: str, source: str, ok: bool, error: str | None = None) -> None:
        with self.transaction():
            self.db["fetch_log"].upsert({"location": location, "source": source, "at": now(), "ok": int(ok),
                                         "error": error}, pk="location")

    def fetch_failures(self, sources: Iterable[str]) -> list[dict]:
        names = list(sources)
        if not names:
            return []
        marks = ",".join("?" for _ in names)
        rows = self.db.conn.execute(
            f"SELECT source, location, error FROM fetch_log WHERE ok = 0 AND source IN ({marks}) ORDER BY source, location",
            names,
        ).fetchall()
        return [{"source": s, "document": loc, "reason": err or "could not be fetched"} for s, loc, err in rows]

    def document_counts(self) -> dict[str, int]:
        return dict(self.db.conn.execute("SELECT source, COUNT(*) FROM documents WHERE current = 1 GROUP BY source"))

    def document_text(self, doc_id: int) -> str:
        row = self.db.conn.execute("SELECT text FROM documents WHERE id = ?", (doc_id,)).fetchone()
        return row[0] if row else ""

    def neighbours(self, sentence_id: int, window: int = 1) -> list[str]:
        """The sentences around one reference sentence, in order, for context."""
        row = self.db.conn.execute("SELECT document_id, idx FROM sentences WHERE id = ?", (sentence_id,)).fetchone()
        if not row:
            return []
        doc_id, idx = row
        return [r[0] for r in self.db.conn.execute(
            "SELECT text FROM sentences WHERE document_id = ? AND idx BETWEEN ? AND ? ORDER BY idx",
            (doc_id, idx - window, idx + window))]

    # --- retrieval --------------------------------------------------------------------

    def document_frequencies(self, terms: Iterable[str]) -> dict[str, int]:
        """Sentences holding each term (absent terms are left out), remembered until the next write.

        fts5vocab counts by reading a term's whole doclist (8 ms for "minister" in a
        million sentences), and an article's claims share most of their names.
        """
        cache = self._df_cache
        missing = [t for t in set(terms) if t not in cache]
        if missing:
            found = dict(self.db.conn.execute(
                f"SELECT term, doc FROM sentences_vocab WHERE term IN ({','.join('?' for _ in missing)})", missing))
            cache.update((t, found.get(t, 0)) for t in missing)
        return {t: cache[t] for t in set(terms) if cache.get(t)}

    def search(self, query: str, limit: int = 60, sources: Iterable[str] | None = None) -> list[Candidate]:
        """FTS5 candidates for an already-built MATCH query, best bm25 first, current documents only.

        ``bm25(sentences_fts)`` rather than the ``rank`` column: the same score (``rank`` is
        ``bm25()`` unless configured otherwise), without looking up the rank function for every
        row it scores: a fifth of a query over a few thousand rows.
        """
        if not query:
            return []
        params: list = [query]
        where = ""
        names = list(sources) if sources is not None else None
        if names is not None:
            if not names:
                return []
            where = f" AND d.source IN ({','.join('?' for _ in names)})"
            params.extend(names)
        params.append(limit)
        try:
            rows = self.db.conn.execute(
                "SELECT s.id, s.document_id, s.text, d.source, d.location, d.title, d.published, d.origin, f.rank "
                "FROM (SELECT rowid, bm25(sentences_fts) AS rank FROM sentences_fts WHERE sentences_fts MATCH ? "
                "ORDER BY rank LIMIT 400) f "
                "JOIN sentences s ON s.id = f.rowid JOIN documents d INDEXED BY documents_live ON d.id = s.document_id "
                f"WHERE d.current = 1{where} ORDER BY f.rank LIMIT ?",
                params,
            ).fetchall()
        except sqlite3.OperationalError:
            return []
        return [Candidate(*row) for row in rows]

    def role_holders(self, role: str, country: str | None, sources: Iterable[str] | None = None) -> list[Candidate | tuple]:
        """Who the current references name in ``role`` for ``country`` (None: any country): (name, Candidate).

        Bounded (see ``_role_reports``): a minister named in 27,000 sentences of a large
        archive would otherwise bring 27,000 pieces of evidence to every claim about them.
        """
        conn = self.db.conn
        if country is None:  # the people in the order they come by country, then name
            people = list(dict.fromkeys(n for (n,) in conn.execute(
                "SELECT name FROM role_people WHERE role = ? ORDER BY country, name", (role,))))
            where, params = "p.role = ?", (role,)
        else:
            people = [n for (n,) in conn.execute(
                "SELECT name FROM role_people WHERE role = ? AND country = ? ORDER BY name", (role, country))]
            where, params = "p.role = ? AND p.country = ?", (role, country)
        reports = self._role_reports(people, where, params, sources)
        return [(name, Candidate(*rest, rank=0.0)) for name, _role, _country, *rest in reports]

    #: The kept reports of the people ``p`` that a condition picks, with what a ``Candidate`` needs: the
    #: sentence and its document (without the text). ``CROSS JOIN`` makes SQLite start from the people:
    #: for a surname (``LIKE``) it would rather read all of ``role_reports``.
    _REPORTS = ("SELECT x.name, x.role, x.country, x.source, x.month, x.document_id, x.holder_id, "
                "s.id, s.document_id, s.text, d.source, d.location, d.title, d.published, d.origin "
                "FROM role_people p CROSS JOIN role_reports x ON x.name = p.name AND x.role = p.role AND x.country = p.country "
                "JOIN sentences s ON s.id = x.sentence_id JOIN documents d INDEXED BY documents_live ON d.id = x.document_id "
                "WHERE ")

    def _role_reports(self, people: list[str], where: str, params: tuple, sources: Iterable[str] | None) -> list[tuple]:
        """The kept reports of the people ``p`` (``role_people``) that ``where`` picks: (name, role, country,
        Candidate fields).

        At most ``ROLE_ROWS`` per person, role, country, source and month of publication
        (the newest stored): one source's reports of a month weigh as one origin, and the
        origin grouping compares every pair of pieces. ``role_reports`` holds just those,
        kept at ingest, so a look-up reads the rows it returns and no others, however
        often the archive names a person (22,600 reports of one minister in the benchmark's
        million undated sentences: 8 rows, two per source; a dated archive keeps two per
        source and month).

        The order is that of reading every report (before ``role_reports``, and as a test
        still does): per person in ``people``'s order, newest first, then by publication
        date (undated first) and document, which Python's stable sort keeps.
        """
        names = list(sources) if sources is not None else None
        if names is not None:
            if not names:
                return []
            where += f" AND x.source IN ({','.join('?' for _ in names)})"
            params = (*params, *names)
        mine: dict[str, list[tuple]] = {name: [] for name in people}
        for row in self.db.conn.execute(self._REPORTS + where, params):
            mine.setdefault(row[0], []).append(row)
        rows = []
        for person_rows in mine.values():
            person_rows.sort(key=lambda r: (r[1], r[2], r[5], r[6]), reverse=True)  # role, country, document, holder
            seen: dict[tuple, int] = {}
            for name, role, country, source, month, _doc, _holder, *fields in person_rows:
                bucket = (role, country, source, month)
                n = seen.get(bucket, 0)
                if n < ROLE_ROWS:  # role_reports keeps no more than that; this makes sure
                    seen[bucket] = n + 1
                    rows.append((name, role, country, *fields))
        rows.sort(key=lambda r: (r[9] is not None, r[9] or "", r[4]))  # ORDER BY d.published (NULLs first), d.id
        return rows

    def role_countries(self, role: str) -> list[str]:
        """The countries ("" for none given) the current references name a holder of ``role`` for."""
        return [r[0] for r in self.db.conn.execute(
            "SELECT DISTINCT p.country FROM role_people p WHERE p.role = ? AND EXISTS (SELECT 1 FROM role_reports x "
            "WHERE x.name = p.name AND x.role = p.role AND x.country = p.country) ORDER BY p.country", (role,))]

    def offices_titled(self, title: str) -> list[str]:
        """The offices the current references name holders of that end in ``title`` ("Minister": "Water
        Development and Sanitation Minister", ...), for a claimed office put in other words."""
        return [r[0] for r in self.db.conn.execute(
            "SELECT DISTINCT role FROM role_people WHERE role = ?1 OR role LIKE '% ' || ?1 ORDER BY role", (title,))]

    def sentence_index(self, sentence_id: int) -> int | None:
        """Position of a sentence in its document (0: the headline of a plain-text report)."""
        row = self.db.conn.execute("SELECT idx FROM sentences WHERE id = ?", (sentence_id,)).fetchone()
        return row[0] if row else None

    def roles_named(self, surname: str, sources: Iterable[str] | None = None) -> list[tuple[str, str, str, Candidate]]:
        """Every role the current references give a person with this surname: (name, role, country, Candidate).

        Bounded like ``role_holders`` (see ``_role_reports``): the surname is matched
        against the few thousand distinct names of ``role_people``, not against every report."""
        like = (surname_pattern(surname),)
        people = sorted({n for (n,) in self.db.conn.execute("SELECT name FROM role_people WHERE name LIKE ?", like)})
        return [(name, role, country, Candidate(*rest, rank=0.0))
                for name, role, country, *rest in self._role_reports(people, "p.name LIKE ?", like, sources)]

    # --- runs -------------------------------------------------------------------------

    def record_run(self, report: dict, report_path: str | None) -> int:
        """Keep a check's report, claims and evidence. Earlier runs are never touched."""
        article = report["article"]
        with self.transaction():
            run_id = self.db["runs"].insert({
                "input": article["input"], "title": article.get("title"), "published": article.get("published"),
                "sha256": article["sha256"], "checked_at": article.get("checked_at") or now(),
                "report_path": report_path, "summary": json.dumps(report["summary"]),
                "report": json.dumps(report, ensure_ascii=False),
            }).last_pk
            self.db["run_claims"].insert_all(
                {"run_id": run_id, "claim_id": c["id"], "text": c["text"], "attribution_kind": c["attribution"]["kind"],
                 "attribution_label": c["attribution"]["label"], "verdict": c["verdict"], "confidence": c["confidence"]}
                for c in report["claims"])
            self.db["run_evidence"].insert_all(
                {"run_id": run_id, "claim_id": c["id"], "source": e["source"], "document": e["document"],
                 "stance": e["stance"], "score": e["score"], "agrees_with_verdict": _agrees(c["verdict"], e["stance"])}
                for c in report["claims"] for e in c["evidence"])
        return run_id

    def track_record(self) -> dict[str, tuple[int, int]]:
        """Per source: how often its reports sided with, and against, the verdict of others."""
        rows = self.db.conn.execute(
            "SELECT source, SUM(agrees_with_verdict = 1), SUM(agrees_with_verdict = 0) FROM run_evidence "
            "WHERE agrees_with_verdict IS NOT NULL GROUP BY source"
        ).fetchall()
        return {s: (int(a or 0), int(b or 0)) for s, a, b in rows}

    def runs(self) -> list[dict]:
        """Every checked article, newest first, for the index page."""
        rows = self.db.conn.execute(
            "SELECT id, input, title, published, checked_at, report_path, summary FROM runs ORDER BY checked_at DESC, id DESC"
        ).fetchall()
        return [{"id": r[0], "input": r[1], "title": r[2], "published": r[3], "checked_at": r[4],
                 "report_path": r[5], "summary": json.loads(r[6])} for r in rows]

    def integrity_ok(self) -> bool:
        return self.db.conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"


def _agrees(verdict: str, stance: str) -> int | None:
    """1 when a report sided with the verdict the others reached, 0 when against it, else None."""
    if verdict == "confirmed":
        return {"supports": 1, "contradicts": 0}.get(stance)
    if verdict == "contradicted":
        return {"supports": 0, "contradicts": 1}.get(stance)
    return None


class _Transaction:
    """BEGIN IMMEDIATE ... COMMIT, rolled back on any error: no half-written document or run.

    Inside an open transaction it is a SAVEPOINT instead, so that a batch of documents
    shares one commit (one FTS flush, one WAL sync) while each document stays all or nothing.
    """

    def __init__(self, conn: sqlite3.Connection):
        self.conn = conn
        self.nested = False

    def __enter__(self):
        self.nested = self.conn.in_transaction
        self.conn.execute("SAVEPOINT document" if self.nested else "BEGIN IMMEDIATE")
        return self.conn

    def __exit__(self, exc_type, exc, tb):
        if self.nested:
            if exc_type is not None:
                self.conn.execute("ROLLBACK TO document")
            self.conn.execute("RELEASE document")
        elif exc_type is None:
            self.conn.execute("COMMIT")
        else:
            self.conn.execute("ROLLBACK")
        return False


class _Batch:
    """Many small writes in few transactions: a commit every ``limit`` units of work and at the end.

    Per-document commits cost an FTS flush and a WAL frame each (about 650 rows/s for
    per-row autocommit on this machine); one transaction per batch runs at hundreds of
    thousands of rows a second. Batches stay bounded so that another editor's check,
    which also writes, waits at most about a second for the lock. On an error the batch
    keeps the documents it completed (each is a savepoint of its own) unless the
    database itself failed.
    """

    #: Page cache while a batch writes (KiB, negative as SQLite wants it): the index B-trees of
    #: role_holders and documents take keys in no particular order, and with the default 2 MB
    #: cache every such insert was a page read.
    CACHE_KIB = 65_536

    def __init__(self, conn: sqlite3.Connection, limit: int):
        self.conn = conn
        self.limit = limit
        self.weight = 0
        self.cache_size = None

    def __enter__(self) -> "_Batch":
        self.cache_size = self.conn.execute("PRAGMA cache_size").fetchone()[0]
        self.conn.execute(f"PRAGMA cache_size = -{self.CACHE_KIB}")
        self._begin()
        return self

    def _begin(self) -> None:
        if not self.conn.in_transaction:
            self.conn.execute("BEGIN IMMEDIATE")

    def add(self, weight: int = 1) -> None:
        """Count work done; commit and start a new transaction when the batch is full."""
        self.weight += weight
        if self.weight >= self.limit:
            self.conn.execute("COMMIT")
            self.weight = 0
            self._begin()

    def __exit__(self, exc_type, exc, tb):
        try:
            if self.conn.in_transaction:
                if exc_type is not None and issubclass(exc_type, sqlite3.Error):
                    self.conn.execute("ROLLBACK")
                else:
                    self.conn.execute("COMMIT")
        finally:
            self.conn.execute(f"PRAGMA cache_size = {int(self.cache_size)}")
        return False
