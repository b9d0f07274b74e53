"""Several editors on one store: 8 ``checker check`` processes and a ``sources fetch`` at once.

The store is SQLite in WAL mode with a busy timeout and short write transactions, so
every process must finish with exit 0, every run must be recorded, and the file must
pass ``PRAGMA integrity_check`` afterwards.
"""
from __future__ import annotations

import json
import os
import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path

from conftest import ROOT

TOPICS = [
    ("pier", "The harbour authority of Velmar said on Monday that the north pier would close for repairs."),
    ("ferry", "Ferries will use the south pier until March 3, according to a statement from the city council."),
    ("cost", "Port director Ines Kallas told reporters the work would cost 4 million euros."),
    ("weeks", "Ines Kallas said the repairs would take three weeks, not five."),
    ("storm", "A storm closed two roads in the hills near Ardent on Sunday, the police said."),
    ("school", "The city council met on Tuesday and agreed a budget of 12 million euros for schools."),
    ("bridge", "Engineers found cracks in the old bridge, a council spokesman said on Friday."),
    ("market", "The Saturday market will move to the harbour square in April, the mayor announced."),
]
REFERENCES = {
    "port.txt": "The harbour authority of Velmar said on Monday that the north pier would close for repairs.\n\n"
                "Port director Ines Kallas told reporters the work would take three weeks and cost 4 million euros.\n",
    "council.txt": "The city council met on Tuesday and agreed a budget of 12 million euros for schools.\n\n"
                   "Ferries will use the south pier until March 3, the council said in a statement.\n",
    "police.txt": "A storm closed two roads in the hills near Ardent on Sunday, police said.\n",
}
PAGE = ("<html><head><title>Bridge</title></head><body><article><p>Engineers found cracks in the old bridge, "
        "a council spokesman said on Friday.</p><p>The bridge will stay open to walkers.</p></article></body></html>")


def start(*args, cwd: Path) -> subprocess.Popen:
    exe = shutil.which("checker", path=str(Path(sys.executable).parent))
    cmd = [exe] if exe else [sys.executable, "-m", "checker"]
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    return subprocess.Popen(cmd + [str(a) for a in args], cwd=cwd, env=env, stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE)


def world(folder: Path, url: str) -> Path:
    refs = folder / "references"
    refs.mkdir()
    for name, text in REFERENCES.items():
        (refs / name).write_text(text)
    for name, text in TOPICS:
        (folder / f"{name}.txt").write_text(f"{name.title()} story\n\n{text}\n")
    sources = folder / "sources.yaml"
    sources.write_text(
        "sources:\n"
        "  - name: Velmar Gazette\n    kind: newspaper\n    reliability: 0.8\n    documents:\n"
        "      - path: references\n"
        "  - name: Council Wire\n    kind: official\n    documents:\n"
        f"      - url: {url}\n"
    )
    return sources


def test_eight_checks_and_a_fetch_on_one_store_all_succeed(tmp_path, httpserver):
    httpserver.expect_request("/bridge.html").respond_with_data(PAGE, content_type="text/html")
    sources = world(tmp_path, httpserver.url_for("/bridge.html"))
    db = tmp_path / "shared.db"
    out = tmp_path / "reports"
    checks = [start("check", f"{name}.txt", "--sources", sources, "--db", db, "--out", out,
                    "--json", f"{name}.json", "--date", "2025-02-12", cwd=tmp_path) for name, _ in TOPICS]
    fetch = start("sources", "fetch", "--sources", sources, "--db", db, cwd=tmp_path)
    results = [(p, *p.communicate(timeout=240)) for p in checks + [fetch]]
    for process, stdout, stderr in results:
        assert process.returncode == 0, (process.args, stderr.decode())
        assert b"Traceback" not in stderr
    conn = sqlite3.connect(db)
    assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    inputs = sorted(r[0] for r in conn.execute("SELECT input FROM runs"))
    assert inputs == sorted(f"{name}.txt" for name, _ in TOPICS)
    assert conn.execute("SELECT COUNT(DISTINCT run_id) FROM run_claims").fetchone()[0] == len(TOPICS)
    assert conn.execute("SELECT COUNT(*) FROM documents WHERE location = ? AND current = 1",
                        (httpserver.url_for("/bridge.html"),)).fetchone()[0] == 1
    conn.close()
    for name, _ in TOPICS:
        report = json.loads((tmp_path / f"{name}.json").read_text())
        assert report["article"]["input"] == f"{name}.txt"
        assert (out / f"{name}.html").exists()
    assert not list(out.glob(".*.tmp")) and not list(tmp_path.glob(".*.tmp"))

    # one more check afterwards: its index lists every run, whichever process wrote last before
    last = start("check", "pier.txt", "--sources", sources, "--db", db, "--out", out, cwd=tmp_path)
    _stdout, stderr = last.communicate(timeout=120)
    assert last.returncode == 0, stderr.decode()
    index = (out / "index.html").read_text()
    for name, _ in TOPICS:
        assert f"{name}.html" in index


def test_eight_checks_of_the_same_article_write_one_whole_report_and_eight_runs(tmp_path, httpserver):
    httpserver.expect_request("/bridge.html").respond_with_data(PAGE, content_type="text/html")
    sources = world(tmp_path, httpserver.url_for("/bridge.html"))
    db, out = tmp_path / "shared.db", tmp_path / "reports"
    checks = [start("check", "pier.txt", "--sources", sources, "--db", db, "--out", out, "--offline",
                    "--json", "pier.json", cwd=tmp_path) for _ in range(8)]
    for process in checks:
        _stdout, stderr = process.communicate(timeout=240)
        assert process.returncode == 0, stderr.decode()
    conn = sqlite3.connect(db)
    assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    assert conn.execute("SELECT COUNT(*) FROM runs WHERE input = 'pier.txt'").fetchone()[0] == 8
    conn.close()
    assert (out / "pier.html").read_text().rstrip().endswith("</html>")
    assert json.loads((tmp_path / "pier.json").read_text())["article"]["input"] == "pier.txt"
    assert not list(out.glob(".*.tmp")) and not list(tmp_path.glob(".*.tmp"))
