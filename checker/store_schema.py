"""The store's schema: named, ordered migrations, the role-report tables they fill, and
the migrating of a store as it is opened.

A store outlives the checker that made it, so its schema only ever moves forward by
migrations applied in order, each in the opening transaction; keeping them apart from
the queries keeps "what the tables are" in one place and the SQL that reads them in another.
``now()`` is here too: the one format of every time column the schema has, and the lowest
module every writer imports. ``Store`` mixes in ``SchemaMigrator``.
"""
from __future__ import annotations

import datetime as dt
import sqlite3

import sqlite_utils

from .errors import StoreError

SCHEMA_VERSION = 1
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


def now() -> str:
    return dt.datetime.now(dt.timezone.utc).replace(microsecond=0).isoformat().replace("+00:00", "Z")


class SchemaMigrator:
    """The ``Store`` method that brings an opened store's schema up to this version."""

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
