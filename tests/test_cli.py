"""The command line as editors and scripts meet it: exit codes and exact one-sentence messages."""
import json
import sqlite3


from conftest import ROOT, run_checker

EXAMPLE = ROOT / "examples" / "baku-meeting.txt"


def check(tmp_path, *args, stdin=None):
    return run_checker("check", *args, "--db", tmp_path / "s.db", "--out", tmp_path / "out", cwd=ROOT, stdin=stdin)


def one_sentence(stderr: bytes) -> str:
    text = stderr.decode().strip()
    assert "Traceback" not in text
    assert len(text.splitlines()) == 1, text
    return text


def test_missing_article_names_the_file_and_exits_2(tmp_path):
    result = check(tmp_path, "nowhere.txt")
    assert result.returncode == 2
    assert one_sentence(result.stderr).startswith("nowhere.txt: no such file;")


def test_empty_article_is_refused(tmp_path):
    empty = tmp_path / "empty.txt"
    empty.write_text("  \n\n")
    result = check(tmp_path, empty)
    assert result.returncode == 2
    assert "the article is empty" in one_sentence(result.stderr)


def test_binary_article_is_refused(tmp_path):
    blob = tmp_path / "photo.txt"
    blob.write_bytes(bytes(range(256)) * 20)
    result = check(tmp_path, blob)
    assert result.returncode == 2
    assert "not a text file" in one_sentence(result.stderr)


def test_malformed_sources_yaml_names_file_and_line(tmp_path):
    bad = tmp_path / "sources.yaml"
    bad.write_text("sources:\n  - name: X\n    reliability: high\n")
    result = check(tmp_path, EXAMPLE, "--sources", bad)
    assert result.returncode == 2
    message = one_sentence(result.stderr)
    assert f"{bad}:3:" in message and "reliability" in message


def test_missing_reference_path_is_a_configuration_error(tmp_path):
    bad = tmp_path / "sources.yaml"
    bad.write_text("sources:\n  - name: X\n    documents:\n      - path: gone.txt\n")
    result = check(tmp_path, EXAMPLE, "--sources", bad)
    assert result.returncode == 2
    assert "gone.txt" in one_sentence(result.stderr)


def test_bad_date_is_a_usage_error(tmp_path):
    result = check(tmp_path, EXAMPLE, "--date", "12/07/2025")
    assert result.returncode == 2
    assert "YYYY-MM-DD" in one_sentence(result.stderr)


def test_failed_run_leaves_store_and_reports_untouched(tmp_path):
    ok = check(tmp_path, EXAMPLE, "--offline", "--date", "2025-07-12")
    assert ok.returncode == 0
    report = tmp_path / "out" / "baku-meeting.html"
    before = report.read_bytes()
    runs_before = sqlite3.connect(tmp_path / "s.db").execute("SELECT COUNT(*) FROM runs").fetchone()[0]
    bad = check(tmp_path, tmp_path / "missing.txt")
    assert bad.returncode == 2
    assert report.read_bytes() == before
    db = sqlite3.connect(tmp_path / "s.db")
    assert db.execute("SELECT COUNT(*) FROM runs").fetchone()[0] == runs_before
    assert db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"


def test_json_to_stdout_prints_nothing_else(tmp_path):
    result = check(tmp_path, EXAMPLE, "--offline", "--date", "2025-07-12", "--json", "-")
    assert result.returncode == 0
    report = json.loads(result.stdout)
    assert report["schema"] == "checker.report/1"
    assert "baku-meeting.html" in result.stderr.decode()


def test_fail_on_contradicted_exits_1(tmp_path):
    result = check(tmp_path, EXAMPLE, "--offline", "--date", "2025-07-12", "--fail-on", "contradicted")
    assert result.returncode == 1


def test_standard_input_is_checked(tmp_path):
    result = check(tmp_path, "-", "--offline", "--json", "-", stdin=EXAMPLE.read_bytes())
    assert result.returncode == 0
    assert json.loads(result.stdout)["article"]["input"] == "-"


def test_rerun_keeps_earlier_runs_and_lists_them_in_the_index(tmp_path):
    for _ in range(2):
        assert check(tmp_path, EXAMPLE, "--offline", "--date", "2025-07-12").returncode == 0
    db = sqlite3.connect(tmp_path / "s.db")
    assert db.execute("SELECT COUNT(*) FROM runs").fetchone()[0] == 2
    assert (tmp_path / "out" / "index.html").exists()


def test_unchanged_reference_documents_are_not_stored_twice(tmp_path):
    for _ in range(2):
        assert check(tmp_path, EXAMPLE, "--offline").returncode == 0
    db = sqlite3.connect(tmp_path / "s.db")
    assert db.execute("SELECT COUNT(*) FROM documents").fetchone()[0] == 13


def test_sources_validate_and_list(tmp_path):
    ok = run_checker("sources", "validate")
    assert ok.returncode == 0 and b"valid" in ok.stdout
    listed = run_checker("sources", "list", "--json", "--db", tmp_path / "s.db")
    rows = json.loads(listed.stdout)
    assert {"Reuters", "TASS", "Agence France-Presse"} <= {r["name"] for r in rows}


def test_sources_add_keeps_comments(tmp_path):
    path = tmp_path / "sources.yaml"
    original = "# my newsroom's sources\nsources:\n  - name: Reuters  # wire\n    kind: news_agency\n"
    path.write_text(original)
    result = run_checker("sources", "add", "AP", "--kind", "news_agency", "--reliability", "0.9",
                         "--url", "https://example.org/a.html", "--sources", path)
    assert result.returncode == 0, result.stderr
    text = path.read_text()
    assert text.startswith(original)
    assert "name: AP" in text


def test_sources_fetch_brings_local_documents_into_the_store(tmp_path):
    result = run_checker("sources", "fetch", "--db", tmp_path / "s.db")
    assert result.returncode == 0, result.stderr
    db = sqlite3.connect(tmp_path / "s.db")
    assert db.execute("SELECT COUNT(*) FROM documents WHERE current = 1").fetchone()[0] == 13
    assert db.execute("SELECT COUNT(*) FROM sentences_fts WHERE sentences_fts MATCH 'Barrack'").fetchone()[0] > 0


def test_store_from_a_newer_version_is_refused(tmp_path):
    db_path = tmp_path / "s.db"
    assert check(tmp_path, EXAMPLE, "--offline").returncode == 0
    db = sqlite3.connect(db_path)
    db.execute("UPDATE _meta SET value = '99' WHERE key = 'schema_version'")
    db.commit()
    db.close()
    result = check(tmp_path, EXAMPLE, "--offline")
    assert result.returncode == 2
    assert "newer checker" in one_sentence(result.stderr)
