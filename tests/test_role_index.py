"""Role look-ups read the reports kept at ingest (``role_reports``), never every report of a person.

Each test compares with ``full_scan``: the look-up as it was before ``role_reports``,
reading every role row of every current document, which is what the look-ups must
still return, in the same order.
"""
import random
import sqlite3

import sqlite_utils

from checker import store_schema as store_module
from checker.store import ROLE_ROWS, Store, surname_pattern

SOURCES = ["Wire", "Herald", "Ledger"]
DATES = [None, "2024-01-05", "2024-01-20", "2024-02-10", "2023-12-31T08:00:00Z"]
PEOPLE = ["Tomas Ek", "Anna Ek", "Lars Ekberg", "Andrei Kolar", "Mira Kolarova", "Sven Ek-Lund", "Jon Doe"]
ROLES = [("Finance Minister", "Sweden"), ("Finance Minister", ""), ("Finance Minister", "Norway"),
         ("Foreign Minister", "Sweden"), ("Prime Minister", ""), ("Central Bank Governor", "Sweden")]


# --------------------------------------------------------------------------- the look-up as it was


def full_scan(conn: sqlite3.Connection, where: str, params: tuple, people_order: str) -> list[tuple]:
    """(name, role, country, Candidate fields) from every role report, as ``Store._role_reports`` did before
    ``role_reports``: per person, newest first, at most ``ROLE_ROWS`` per role, country, source and month."""
    names = [n for (n,) in conn.execute(f"SELECT r.name FROM role_holders r WHERE {where} ORDER BY {people_order}",
                                        params)]
    kept = []
    for person in dict.fromkeys(names):
        seen: dict[tuple, int] = {}
        for role, country, source, published, sentence_id in conn.execute(
                "SELECT r.role, r.country, d.source, d.published, r.sentence_id FROM role_holders r "
                f"JOIN documents d ON d.id = r.document_id WHERE r.name = ? AND {where} AND d.current = 1 "
                "ORDER BY r.role DESC, r.country DESC, r.document_id DESC, r.id DESC", (person, *params)):
            bucket = (role, country, source, (published or "")[:7])
            if seen.get(bucket, 0) < ROLE_ROWS:
                seen[bucket] = seen.get(bucket, 0) + 1
                kept.append((person, role, country, sentence_id))
    rows = []
    for name, role, country, sentence_id in kept:
        rows.append((name, role, country, *conn.execute(
            "SELECT s.id, s.document_id, s.text, d.source, d.location, d.title, d.published, d.origin "
            "FROM sentences s JOIN documents d ON d.id = s.document_id WHERE s.id = ?", (sentence_id,)).fetchone()))
    rows.sort(key=lambda r: (r[9] is not None, r[9] or "", r[4]))
    return rows


def scan_holders(conn, role, country, sources=None):
    if country is None:
        rows = full_scan(conn, "r.role = ?", (role,), "r.country, r.name")
    else:
        rows = full_scan(conn, "r.role = ? AND r.country = ?", (role, country), "r.name")
    return [(r[0], *r[3:]) for r in rows if sources is None or r[6] in sources]


def scan_named(conn, surname, sources=None):
    return [r for r in full_scan(conn, "r.name LIKE ?", (surname_pattern(surname),), "r.name")
            if sources is None or r[6] in sources]


def scan_countries(conn, role):
    return [c for (c,) in conn.execute(
        "SELECT DISTINCT r.country FROM role_holders r JOIN documents d ON d.id = r.document_id "
        "WHERE r.role = ? AND d.current = 1 ORDER BY r.country", (role,))]


def holders(store, role, country, sources=None):
    return [(name, *astuple(c)) for name, c in store.role_holders(role, country, sources)]


def named(store, surname, sources=None):
    return [(name, role, country, *astuple(c)) for name, role, country, c in store.roles_named(surname, sources)]


def astuple(c):
    return (c.sentence_id, c.document_id, c.text, c.source, c.location, c.title, c.published, c.origin)


# --------------------------------------------------------------------------- writing stores


def add(store, location, source, published, people):
    """A document whose sentence i names people[i] = (name, role, country) (None: no one)."""
    sentences, roles, pos = [], [], 0
    for i, person in enumerate(people):
        text = f"{person[1]} {person[0]} spoke on item {i} of {location}." if person else f"Nothing on item {i}."
        sentences.append((pos, pos + len(text), text))
        pos += len(text) + 1
        if person:
            roles.append((i, person[0], person[1], person[2]))
    return store.add_document(source=source, location=location, kind="path", title=f"Title of {location}",
                              published=published, content_hash=f"{location}{people}{published}",
                              text=" ".join(s[2] for s in sentences), sentences=sentences, roles=roles,
                              origin=source)


def random_people(rng, n):
    return [None if rng.random() < 0.2 else (rng.choice(PEOPLE), *rng.choice(ROLES)) for _ in range(n)]


def fill_randomly(store, rng, documents=120):
    """Documents naming people in roles, a third of them later replaced by a new version."""
    for i in range(documents):
        add(store, f"doc{rng.randrange(documents * 2 // 3)}.txt", rng.choice(SOURCES), rng.choice(DATES),
            random_people(rng, rng.randint(0, 6)))


def assert_lookups_match_a_full_scan(store):
    conn = store.db.conn
    for role in {r for r, _ in ROLES} | {"Mayor"}:
        assert store.role_countries(role) == scan_countries(conn, role)
        for country in ["Sweden", "", "Norway", "Denmark", None]:
            for sources in (None, ["Wire"], ["Herald", "Ledger"], []):
                assert holders(store, role, country, sources) == scan_holders(conn, role, country, sources)
    for surname in ["Ek", "Kolar", "Kolarova", "ek", "Nobody", "Ek-Lund"]:
        for sources in (None, ["Ledger"]):
            assert named(store, surname, sources) == scan_named(conn, surname, sources)


def test_lookups_return_what_reading_every_report_returns(tmp_path):
    for seed in range(4):
        with Store.open(tmp_path / f"s{seed}.db") as store:
            fill_randomly(store, random.Random(seed))
            assert store.db.conn.execute("SELECT COUNT(*) FROM documents WHERE current = 0").fetchone()[0] > 10
            assert_lookups_match_a_full_scan(store)


def test_role_reports_keep_the_newest_reports_of_each_bucket_and_no_more(tmp_path):
    with Store.open(tmp_path / "s.db") as store:
        fill_randomly(store, random.Random(7))
        conn = store.db.conn
        kept = set(conn.execute("SELECT holder_id FROM role_reports"))
        assert kept
        newest = set(conn.execute(
            "SELECT id FROM (SELECT r.id, row_number() OVER (PARTITION BY r.name, r.role, r.country, d.source, "
            "substr(coalesce(d.published, ''), 1, 7) ORDER BY r.document_id DESC, r.id DESC) AS n "
            "FROM role_holders r JOIN documents d ON d.id = r.document_id WHERE d.current = 1) WHERE n <= ?",
            (ROLE_ROWS,)))
        assert kept == newest


def test_replacing_a_document_brings_back_the_older_reports_it_had_pushed_out(tmp_path):
    minister = ("Tomas Ek", "Finance Minister", "Sweden")
    with Store.open(tmp_path / "s.db") as store:
        first = add(store, "a.txt", "Wire", "2024-01-02", [minister])
        second = add(store, "b.txt", "Wire", "2024-01-03", [minister])
        third = add(store, "c.txt", "Wire", "2024-01-04", [minister, minister])
        assert [c.document_id for _n, c in store.role_holders("Finance Minister", "Sweden")] == [third, third]
        newer = add(store, "c.txt", "Wire", "2024-01-04", [None])  # the minister is no longer named there
        assert newer > third
        assert [c.document_id for _n, c in store.role_holders("Finance Minister", "Sweden")] == [first, second]
        assert store.role_countries("Finance Minister") == ["Sweden"]
        add(store, "a.txt", "Wire", "2024-01-02", [None])
        add(store, "b.txt", "Wire", "2024-01-03", [("Tomas Ek", "Prime Minister", "Sweden")])
        assert store.role_holders("Finance Minister", "Sweden") == []
        assert store.role_countries("Finance Minister") == []
        assert [role for _n, role, _c, _cand in store.roles_named("Ek")] == ["Prime Minister"]
        assert_lookups_match_a_full_scan(store)


# --------------------------------------------------------------------------- an older store


def old_store(path, rng):
    """A store as a checker before migration 005 wrote it: its migrations, and rows written with plain SQL."""
    conn = sqlite3.connect(path, isolation_level=None)
    db = sqlite_utils.Database(conn, execute_plugins=False)
    conn.execute("CREATE TABLE _migrations (name TEXT PRIMARY KEY, applied_at TEXT NOT NULL)")
    conn.execute("CREATE TABLE _meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)")
    for name, migration in store_module.MIGRATIONS[:4]:
        migration(db)
        conn.execute("INSERT INTO _migrations VALUES (?, '2026-11-01T00:00:00Z')", (name,))
    conn.execute("INSERT INTO _meta VALUES ('schema_version', '1')")
    sentence = 0
    for doc in range(1, 150):
        location = f"doc{rng.randrange(100)}.txt"
        conn.execute("UPDATE documents SET current = 0 WHERE location = ?", (location,))
        conn.execute("INSERT INTO documents (id, source, location, kind, published, fetched_at, content_hash, text, "
                     "current) VALUES (?, ?, ?, 'path', ?, 'now', 'x', 'text', 1)",
                     (doc, rng.choice(SOURCES), location, rng.choice(DATES)))
        for person in random_people(rng, rng.randint(1, 5)):
            sentence += 1
            conn.execute("INSERT INTO sentences (id, document_id, idx, start, \"end\", text) VALUES (?, ?, 0, 0, 1, ?)",
                         (sentence, doc, f"sentence {sentence}"))
            if person:
                conn.execute("INSERT INTO role_holders (document_id, sentence_id, name, role, country) "
                             "VALUES (?, ?, ?, ?, ?)", (doc, sentence, *person))
    conn.close()


def test_an_older_store_is_upgraded_in_place_with_its_role_reports(tmp_path):
    path = tmp_path / "old.db"
    old_store(path, random.Random(3))
    with Store.open(path) as store:
        conn = store.db.conn
        assert "005_role_reports" in {n for (n,) in conn.execute("SELECT name FROM _migrations")}
        indexes = {n for (n,) in conn.execute("SELECT name FROM sqlite_master WHERE tbl_name = 'role_holders'")}
        assert "role_holders_role_name" not in indexes and "role_holders_name" in indexes
        assert conn.execute("SELECT COUNT(*) FROM role_reports").fetchone()[0] > 50
        assert conn.execute("SELECT COUNT(*) FROM role_people").fetchone()[0] == conn.execute(
            "SELECT COUNT(*) FROM (SELECT DISTINCT role, country, name FROM role_holders)").fetchone()[0]
        assert_lookups_match_a_full_scan(store)
        # and ingest goes on keeping them
        fill_randomly(store, random.Random(4), documents=60)
        assert_lookups_match_a_full_scan(store)
        assert store.integrity_ok()


def test_a_store_kept_with_another_number_of_reports_per_bucket_is_refilled(tmp_path, monkeypatch):
    with Store.open(tmp_path / "s.db") as store:
        fill_randomly(store, random.Random(5))
    monkeypatch.setattr(store_module, "ROLE_ROWS", ROLE_ROWS + 1)
    with Store.open(tmp_path / "s.db") as store:
        conn = store.db.conn
        most = conn.execute("SELECT MAX(n) FROM (SELECT COUNT(*) AS n FROM role_reports "
                            "GROUP BY name, role, country, source, month)").fetchone()[0]
        assert most == ROLE_ROWS + 1
        assert conn.execute("SELECT value FROM _meta WHERE key = 'role_rows'").fetchone()[0] == str(ROLE_ROWS + 1)


# --------------------------------------------------------------------------- bounded


def steps(conn, call) -> int:
    """SQLite virtual-machine steps a call takes: the work of its queries, whatever the machine's load."""
    count = 0

    def tick():
        nonlocal count
        count += 1
        return 0

    conn.set_progress_handler(tick, 10)
    try:
        call()
    finally:
        conn.set_progress_handler(None, 10)
    return count * 10


def archive_naming(path, reports):
    """A store where one minister is named ``reports`` times (and a rival a few times), 40 to a document,
    by two sources in one month."""
    minister, rival = ("Tomas Ek", "Finance Minister", "Sweden"), ("Andrei Kolar", "Finance Minister", "Sweden")
    store = Store.open(path)
    with store.batch(50_000):
        for doc in range(reports // 40):
            add(store, f"d{doc}.txt", SOURCES[doc % 2], "2024-03-01", [minister] * 39 + [rival if doc % 10 else None])
    return store


def test_a_role_named_in_thousands_of_reports_is_answered_reading_a_bounded_number_of_rows(tmp_path):
    small, large = archive_naming(tmp_path / "small.db", 400), archive_naming(tmp_path / "large.db", 8_000)
    try:
        work = {}
        for name, store in (("small", small), ("large", large)):
            conn = store.db.conn
            assert len(store.role_holders("Finance Minister", "Sweden")) == 2 * 2 * ROLE_ROWS  # people, sources
            work[name] = (steps(conn, lambda: store.role_holders("Finance Minister", "Sweden")),
                          steps(conn, lambda: store.roles_named("Ek")),
                          steps(conn, lambda: store.role_countries("Finance Minister")),
                          steps(conn, lambda: scan_holders(conn, "Finance Minister", "Sweden")))
        for lookup in range(3):  # twenty times the reports, about the same work (a B-tree a level deeper at most)
            assert work["large"][lookup] < work["small"][lookup] * 1.5, (lookup, work)
        assert work["large"][3] > work["small"][3] * 10, work  # reading every report grows with them
        conn = large.db.conn
        for where in ("p.role = ? AND p.country = ?", "p.name LIKE ?"):
            plan = [r[3] for r in conn.execute("EXPLAIN QUERY PLAN " + Store._REPORTS + where, ("x",) * where.count("?"))]
            assert any(step.startswith("SEARCH x USING PRIMARY KEY (name=? AND role=? AND country=?)") for step in plan), plan
    finally:
        small.close()
        large.close()


def test_people_named_in_one_document_come_in_the_order_of_a_full_scan(tmp_path):
    """Reports of one document tie on date: people by country, then name, for a role in any country."""
    with Store.open(tmp_path / "s.db") as store:
        add(store, "a.txt", "Wire", "2024-01-02", [("Anna Ek", "Finance Minister", "Sweden"),
                                                   ("Tomas Ek", "Finance Minister", ""),
                                                   ("Jon Doe", "Finance Minister", "Sweden")])
        assert [name for name, _c in store.role_holders("Finance Minister", None)] == ["Tomas Ek", "Anna Ek", "Jon Doe"]
        assert [name for name, _c in store.role_holders("Finance Minister", "Sweden")] == ["Anna Ek", "Jon Doe"]
        assert_lookups_match_a_full_scan(store)


def test_a_title_of_a_body_and_the_body_s_title_are_one_office():
    from checker.offices import same_field, same_office
    assert same_office("UNAM's Institute Of Astronomy Director", "Director of Institute of Astronomy")
    assert same_field("Director of the Institute of Astronomy", "Institute of Astronomy Director")
    assert not same_office("Rescue Board Director-General", "Rescue Board's Southern Rescue Centre Head")
    assert not same_office("Director of Institute of Astronomy", "Director of National Museum")
