"""Reading the store: documents, full-text candidates and who holds which role.

The retrieval queries are the hot path of a check (thousands of candidate sentences,
read without the documents' text); their SQL and the indexes they lean on are tuned
together and kept here. ``Store`` mixes in ``StoreQueries``.
"""
from __future__ import annotations

import re
import sqlite3
from dataclasses import dataclass
from typing import Iterable, Sequence

from .store_schema import ROLE_ROWS


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


class StoreQueries:
    """The ``Store`` methods that read documents, search sentences and look up role holders."""

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
            "SELECT DISTINCT role FROM role_people WHERE role = ?1 OR role LIKE '% ' || ?1 OR role LIKE ?1 || ' of %' "
            "ORDER BY role", (title,))]  # (and "Director of Institute of Astronomy" for a "... Director")

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
