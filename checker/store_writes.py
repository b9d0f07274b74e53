"""Writing to the store: documents with their sentences and role rows, fetch outcomes,
and the transactions and batches that keep every write all or nothing.

Ingest is the only heavy writer; its rules (retire the old version of a document, keep
the bounded role reports in step, commit in bounded batches so other editors' checks
are not locked out) live together here. ``Store`` mixes in ``DocumentWriter``.
"""
from __future__ import annotations

import sqlite3

from .store_schema import ROLE_ROWS, now


class DocumentWriter:
    """The ``Store`` methods that write documents, role reports and fetch outcomes."""

    def transaction(self):
        return _Transaction(self.db.conn)

    def batch(self, limit: int) -> "_Batch":
        """Group many documents' writes into transactions of about ``limit`` sentences each."""
        return _Batch(self.db.conn, limit)

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
