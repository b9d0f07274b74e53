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

The store is one class, ``Store``, built from small modules by job: the schema, its
migrations and the migrating of an opened store (``store_schema``), writing documents
in transactions (``store_writes``), queries and search (``store_queries``) and the run
history (``store_runs``). This module opens the file, and re-exports what callers and
tests import from ``checker.store``.
"""
from __future__ import annotations

import sqlite3
from pathlib import Path

import sqlite_utils

from .errors import StoreError
from .store_queries import Candidate, StoredDocument, StoreQueries, surname_pattern  # noqa: F401
from .store_runs import RunRecords, _agrees  # noqa: F401
from .store_schema import (  # noqa: F401  (re-exported: callers and tests import them from here)
    MIGRATIONS, ROLE_ROWS, SCHEMA_VERSION, SchemaMigrator, fill_role_reports, now, run_script)
from .store_writes import DocumentWriter, _Batch, _Transaction  # noqa: F401

BUSY_TIMEOUT_MS = 30_000


class Store(SchemaMigrator, DocumentWriter, StoreQueries, RunRecords):
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

    def integrity_ok(self) -> bool:
        return self.db.conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
