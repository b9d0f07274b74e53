"""A run killed at any moment loses nothing: SIGKILL during ``sources fetch``, ``check`` and
``sources add``, then look at what is left.

After every kill the store passes ``PRAGMA integrity_check`` and still holds every
earlier run, every earlier report is byte-identical, a report being written is either
the old file or the new one (never half), and ``sources.yaml`` is either the old or the
new file. A later run succeeds and sweeps the temporary files the killed run left.

The second half is about keeping what the store holds across versions: re-running a
check adds a run and never replaces one, an older store migrates forward, and a store
from a newer checker is refused in one sentence without being touched.
"""
from __future__ import annotations

import json
import os
import random
import shutil
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from checker import store as store_module
from checker.store import Store
from conftest import ROOT, run_checker

PEOPLE = ["Ines Kallas", "Tomas Reyne", "Odile Marchetti", "Kwame Asante", "Leila Haddad", "Piet Vos"]
ROLES = ["port director", "mayor", "council spokesman", "harbour engineer", "police chief", "finance officer"]
PLACES = ["Velmar", "Ardent", "Soren Bay", "Kessel", "the north pier", "the old bridge"]
VERBS = ["said", "told reporters", "announced", "confirmed", "denied", "wrote in a statement"]
EVENTS = ["the works would take {n} weeks", "{n} ferries would be cancelled", "the budget would rise by {n} million euros",
          "{n} families had been moved", "the road would reopen on day {n}", "{n} inspectors had been hired"]
#: Kill rounds (half ``sources fetch``, half ``check``); CHECKER_CRASH_ROUNDS=60 for a longer run.
ROUNDS = int(os.environ.get("CHECKER_CRASH_ROUNDS", "8"))
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]


def sentence(rng: random.Random) -> str:
    """One made-up local-news sentence (our own words, generated)."""
    who = rng.choice(PEOPLE)
    return (f"{who}, the {rng.choice(ROLES)} of {rng.choice(PLACES)}, {rng.choice(VERBS)} on "
            f"{rng.choice(WEEKDAYS)} that {rng.choice(EVENTS).format(n=rng.randint(2, 90))}.")


def reference_set(folder: Path, count: int, rng: random.Random) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    for n in range(count):
        paragraphs = ["\n".join(sentence(rng) for _ in range(3)) for _ in range(4)]
        (folder / f"doc-{n:04d}.txt").write_text(f"Report {n}\n\n" + "\n\n".join(paragraphs) + "\n")


def start(*args, cwd: Path) -> subprocess.Popen:
    exe = shutil.which("checker", path=str(Path(sys.executable).parent))
    cmd = [exe] if exe else [sys.executable, "-m", "checker"]
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    return subprocess.Popen(cmd + [str(a) for a in args], cwd=cwd, env=env, stdout=subprocess.DEVNULL,
                            stderr=subprocess.DEVNULL)


def kill_after(process: subprocess.Popen, seconds: float) -> bool:
    """SIGKILL ``process`` after ``seconds`` unless it is done; True when it was killed."""
    try:
        process.wait(timeout=seconds)
        assert process.returncode == 0, f"{process.args} ended with {process.returncode} before the kill"
        return False
    except subprocess.TimeoutExpired:
        process.send_signal(signal.SIGKILL)
        process.wait()
        return True


def integrity(db: Path) -> str:
    conn = sqlite3.connect(db, timeout=30)
    try:
        return conn.execute("PRAGMA integrity_check").fetchone()[0]
    finally:
        conn.close()


def runs(db: Path) -> list[tuple]:
    conn = sqlite3.connect(db, timeout=30)
    try:
        return conn.execute("SELECT id, input, sha256, checked_at, report FROM runs ORDER BY id").fetchall()
    finally:
        conn.close()


def complete_html(path: Path) -> bool:
    return path.read_text().rstrip().endswith("</html>")


def make_newsroom(tmp_path: Path, documents: int):
    rng = random.Random(7)
    reference_set(tmp_path / "references", documents, rng)
    (tmp_path / "sources.yaml").write_text(
        "# the newsroom's sources\nsources:\n"
        "  - name: Velmar Gazette   # our local paper\n    kind: newspaper\n    reliability: 0.8\n"
        "    documents:\n      - path: references\n")
    (tmp_path / "first.txt").write_text("Pier works\n\n" + " ".join(sentence(rng) for _ in range(6)) + "\n")
    (tmp_path / "second.txt").write_text("Council week\n\n" + "\n\n".join(sentence(rng) for _ in range(40)) + "\n")
    return tmp_path, rng


@pytest.fixture
def newsroom(tmp_path):
    return make_newsroom(tmp_path, 5)


@pytest.fixture
def big_newsroom(tmp_path):
    """150 generated reference documents: enough work for a kill to land mid-run."""
    return make_newsroom(tmp_path, 150)


def cli(folder, *args):
    return run_checker(*args, "--sources", folder / "sources.yaml", "--db", folder / "store.db", cwd=folder)


def test_sigkill_at_random_moments_leaves_store_and_earlier_reports_whole(big_newsroom):
    folder, rng = big_newsroom
    db, out = folder / "store.db", folder / "out"
    first = cli(folder, "check", "first.txt", "--out", out, "--json", "first.json")
    assert first.returncode == 0, first.stderr
    kept = {p: p.read_bytes() for p in (out / "first.html", folder / "first.json")}
    earlier = runs(db)

    # how long the two commands take here, to spread the kills over their whole run
    files = sorted((folder / "references").glob("*.txt"))
    started = time.monotonic()
    assert cli(folder, "check", "second.txt", "--out", out, "--json", "second.json").returncode == 0
    check_time = time.monotonic() - started
    earlier = runs(db)
    kept.update({p: p.read_bytes() for p in (out / "second.html", folder / "second.json")})
    for path in files:
        path.write_text(path.read_text() + sentence(rng) + "\n")
    started = time.monotonic()
    assert cli(folder, "sources", "fetch").returncode == 0
    fetch_time = time.monotonic() - started
    earlier = runs(db)

    killed = 0
    for round_ in range(ROUNDS):
        for path in files:  # changed documents: the fetch has real work to do
            path.write_text(path.read_text() + sentence(rng) + "\n")
        started = time.monotonic()
        if round_ % 2 == 0:
            process = start("sources", "fetch", "--sources", folder / "sources.yaml", "--db", db, cwd=folder)
            moment = rng.uniform(0.2, 0.95) * fetch_time
        else:
            process = start("check", "second.txt", "--sources", folder / "sources.yaml", "--db", db,
                            "--out", out, "--json", "second.json", cwd=folder)
            moment = rng.uniform(0.2, 1.0) * check_time
        if kill_after(process, moment):
            killed += 1
        elif round_ % 2 == 0:  # done before the kill: the machine is faster now than when timed, so aim earlier
            fetch_time = min(fetch_time, time.monotonic() - started)
        else:
            check_time = min(check_time, time.monotonic() - started)
        assert integrity(db) == "ok"
        now = runs(db)
        assert now[: len(earlier)] == earlier  # every earlier run, untouched
        earlier = now
        assert (out / "first.html").read_bytes() == kept[out / "first.html"]
        assert (folder / "first.json").read_bytes() == kept[folder / "first.json"]
        assert complete_html(out / "second.html")  # the old page or the new one, never half
        json.loads((folder / "second.json").read_text())
    print(f"SIGKILL mid-run: {killed} of {ROUNDS}")
    assert killed >= ROUNDS // 2  # most kills landed mid-run, not after the command was done

    again = cli(folder, "check", "second.txt", "--out", out, "--json", "second.json")
    assert again.returncode == 0, again.stderr
    assert integrity(db) == "ok"
    assert len(runs(db)) == len(earlier) + 1
    assert not [p.name for p in out.iterdir() if p.name.endswith(".tmp")]
    assert not [p.name for p in folder.iterdir() if p.name.endswith(".tmp")]
    fetched = cli(folder, "sources", "fetch")
    assert fetched.returncode == 0, fetched.stderr


def test_sigkill_during_sources_add_leaves_the_old_file_or_the_new_one(newsroom):
    folder, rng = newsroom
    path = folder / "sources.yaml"
    killed = 0
    for n in range(6):
        before = path.read_bytes()
        process = start("sources", "add", f"Wire {n}", "--url", f"https://example.org/{n}.html", "--kind", "news_agency",
                        "--sources", path, cwd=folder)
        killed += kill_after(process, rng.uniform(0.05, 0.5))
        after = path.read_bytes()
        assert after == before or (after.startswith(before.rstrip(b"\n")) and f"Wire {n}".encode() in after)
        assert b"# our local paper" in after
        listed = cli(folder, "sources", "validate")
        assert listed.returncode == 0, listed.stderr
    print(f"SIGKILL during sources add: {killed} of 6")


def test_temporary_files_of_a_killed_writer_are_swept_and_a_live_writers_kept(newsroom):
    folder, _rng = newsroom
    out = folder / "out"
    out.mkdir()
    gone = subprocess.Popen([sys.executable, "-c", "pass"])
    gone.wait()  # its pid is now free: the writer is dead
    stale = out / f".first.html.{gone.pid}.k1ll3d.tmp"
    stale.write_text("<html><body>half a rep")
    live = out / f".first.html.{os.getpid()}.wr1t1ng.tmp"  # this process is alive
    live.write_text("<html>")
    result = cli(folder, "check", "first.txt", "--out", out, "--offline")
    assert result.returncode == 0, result.stderr
    assert not stale.exists()
    assert live.exists()
    assert complete_html(out / "first.html")


# --------------------------------------------------------------------------- nothing lost across runs and versions


def test_rechecking_an_article_adds_a_run_and_keeps_the_earlier_one(newsroom):
    folder, _rng = newsroom
    for _ in range(3):
        assert cli(folder, "check", "first.txt", "--out", folder / "out", "--offline").returncode == 0
    rows = runs(folder / "store.db")
    assert [r[1] for r in rows] == ["first.txt"] * 3
    assert len({r[0] for r in rows}) == 3


def test_an_older_store_is_migrated_forward_and_keeps_its_runs(newsroom, monkeypatch):
    folder, _rng = newsroom
    db = folder / "store.db"
    assert len(store_module.MIGRATIONS) >= 2, "needs a store made with fewer migrations than this version"
    assert cli(folder, "check", "first.txt", "--out", folder / "out", "--offline").returncode == 0
    conn = sqlite3.connect(db)
    last_name = store_module.MIGRATIONS[-1][0]
    conn.execute("DELETE FROM _migrations WHERE name = ?", (last_name,))  # as if made before the last migration
    conn.commit()
    conn.close()
    before = runs(db)
    result = cli(folder, "check", "first.txt", "--out", folder / "out", "--offline")
    assert result.returncode == 0, result.stderr
    conn = sqlite3.connect(db)
    names = {r[0] for r in conn.execute("SELECT name FROM _migrations")}
    version = conn.execute("SELECT value FROM _meta WHERE key = 'schema_version'").fetchone()[0]
    conn.close()
    assert names == {name for name, _ in store_module.MIGRATIONS}
    assert int(version) == store_module.SCHEMA_VERSION
    assert runs(db)[: len(before)] == before


def test_a_store_from_a_newer_checker_is_refused_in_one_sentence_and_left_alone(newsroom):
    folder, _rng = newsroom
    db = folder / "store.db"
    assert cli(folder, "check", "first.txt", "--out", folder / "out", "--offline").returncode == 0
    newer = store_module.SCHEMA_VERSION + 1
    conn = sqlite3.connect(db)
    conn.execute("UPDATE _meta SET value = ? WHERE key = 'schema_version'", (str(newer),))
    conn.commit()
    conn.close()
    before = runs(db)
    for args in (("check", "first.txt", "--out", folder / "out", "--offline"), ("sources", "fetch")):
        result = cli(folder, *args)
        assert result.returncode == 2
        message = result.stderr.decode().strip()
        assert len(message.splitlines()) == 1 and "newer checker" in message and str(db) in message, message
    assert runs(db) == before
    conn = sqlite3.connect(db)
    assert conn.execute("SELECT value FROM _meta WHERE key = 'schema_version'").fetchone()[0] == str(newer)
    conn.close()


def test_a_store_with_a_migration_this_checker_does_not_know_is_refused(newsroom):
    folder, _rng = newsroom
    db = folder / "store.db"
    assert cli(folder, "check", "first.txt", "--out", folder / "out", "--offline").returncode == 0
    conn = sqlite3.connect(db)
    conn.execute("INSERT INTO _migrations (name, applied_at) VALUES ('999_from_the_future', '2030-01-01T00:00:00Z')")
    conn.commit()
    conn.close()
    before = runs(db)
    result = cli(folder, "check", "first.txt", "--out", folder / "out", "--offline")
    assert result.returncode == 2
    message = result.stderr.decode().strip()
    assert len(message.splitlines()) == 1 and "newer checker" in message and "999_from_the_future" in message
    assert runs(db) == before


def test_a_file_that_is_not_a_store_is_refused_and_kept(newsroom):
    folder, _rng = newsroom
    db = folder / "store.db"
    db.write_bytes(b"my notes, not a database\n" * 100)
    result = cli(folder, "check", "first.txt", "--out", folder / "out", "--offline")
    assert result.returncode == 2
    assert len(result.stderr.decode().strip().splitlines()) == 1
    assert db.read_bytes() == b"my notes, not a database\n" * 100


def test_store_opened_in_process_reports_integrity(tmp_path):
    with Store.open(tmp_path / "s.db") as store:
        assert store.integrity_ok()
