"""Every way the web can fail, against real servers on 127.0.0.1: each source's failure is
reported on its own, and the run goes on and exits 0.

One ``sources.yaml`` lists a good page and one URL per fault (each under its own source):
404, 410, 429 with Retry-After, 500, a redirect loop, an oversized body, a PDF, a slow
drip, a read timeout, a feed item that is gone (pytest-httpserver), and a connect timeout,
a connection reset, an answer that is not HTTP and a refused connection (raw sockets). ``checker sources fetch``
and ``checker check`` run as real subprocesses; short limits come from the environment
(``CHECKER_CONNECT_TIMEOUT`` and friends, see ``checker.fetch.ENV_SETTINGS``).
"""
from __future__ import annotations

import json
import socket
import sqlite3
import time

import pytest
from pytest_httpserver import HTTPServer
from werkzeug import Response

from conftest import run_checker
from rawserver import RawServer
from rawserver import reset as reset_connection

GOOD = """<html><head><title>Pier to close</title></head><body><article>
<p>The harbour authority of Velmar said on Monday that the north pier would close for repairs.</p>
<p>Port director Ines Kallas said the work would take three weeks.</p></article></body></html>"""

LIMITS = {
    "CHECKER_CONNECT_TIMEOUT": "1",
    "CHECKER_READ_TIMEOUT": "1",
    "CHECKER_FETCH_DEADLINE": "4",
    "CHECKER_FETCH_RETRIES": "1",
    "CHECKER_MAX_PAGE_BYTES": "100000",
}




def _not_http(conn):
    conn.sendall(b"SSH-2.0-OpenSSH_9.6\r\nProtocol mismatch.\r\n")


class Unanswering:
    """A port whose accept queue is full: new connections are never accepted (connect timeout)."""

    def __init__(self):
        self.sock = socket.socket()
        self.sock.bind(("127.0.0.1", 0))
        self.sock.listen(0)
        self.port = self.sock.getsockname()[1]
        self.filler = socket.create_connection(("127.0.0.1", self.port))

    def url(self, path="/"):
        return f"http://127.0.0.1:{self.port}{path}"

    def close(self):
        self.filler.close()
        self.sock.close()


def _closed_port() -> int:
    sock = socket.socket()
    sock.bind(("127.0.0.1", 0))
    port = sock.getsockname()[1]
    sock.close()
    return port


def _drip(request):
    def body():
        yield b"<html><body><p>The pier "
        for _ in range(40):
            time.sleep(0.25)
            yield b"."
    return Response(body(), content_type="text/html")


def _too_big(request):
    def body():
        for _ in range(30):
            yield b"<p>" + b"The pier will close. " * 500 + b"</p>"
    return Response(body(), content_type="text/html")  # streamed: no Content-Length to refuse early


def _slow(request):
    time.sleep(3)
    return Response(GOOD, content_type="text/html")


@pytest.fixture(scope="module")
def faults():
    """Servers and the URL of each fault -> the words its failure must be reported with."""
    web = HTTPServer(host="127.0.0.1", port=0, threaded=True)
    slow = HTTPServer(host="127.0.0.1", port=0, threaded=True)
    web.start()
    slow.start()
    asked_429: list[float] = []

    def too_many(request):
        asked_429.append(time.monotonic())
        return Response("slow down", status=429, headers={"Retry-After": "1"})

    web.expect_request("/good.html").respond_with_data(GOOD, content_type="text/html; charset=utf-8")
    feed = ('<?xml version="1.0"?><rss version="2.0"><channel><title>Wire</title>'
            f'<item><title>Gone</title><link>{web.url_for("/item-missing.html")}</link></item>'
            f'<item><title>Pier</title><link>{web.url_for("/good.html")}?from=feed</link></item></channel></rss>')
    web.expect_request("/feed.xml").respond_with_data(feed, content_type="application/rss+xml")
    web.expect_request("/item-missing.html").respond_with_data("no such item", status=404)
    web.expect_request("/missing.html").respond_with_data("no such page", status=404)
    web.expect_request("/gone.html").respond_with_data("gone", status=410)
    web.expect_request("/busy.html").respond_with_handler(too_many)
    web.expect_request("/broken.html").respond_with_data("oops", status=500)
    web.expect_request("/loop-a").respond_with_data("", status=302, headers={"Location": "/loop-b"})
    web.expect_request("/loop-b").respond_with_data("", status=302, headers={"Location": "/loop-a"})
    web.expect_request("/huge.html").respond_with_handler(_too_big)
    web.expect_request("/report.pdf").respond_with_data(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n", content_type="application/pdf")
    slow.expect_request("/drip.html").respond_with_handler(_drip)
    slow.expect_request("/late.html").respond_with_handler(_slow)
    reset, not_http, unanswering = RawServer(reset_connection), RawServer(_not_http), Unanswering()
    refused = f"http://127.0.0.1:{_closed_port()}/closed.html"
    expected = {
        web.url_for("/missing.html"): "404 Not Found",
        web.url_for("/gone.html"): "410 Gone",
        web.url_for("/busy.html"): "429 Too Many Requests (gave up after 2 tries)",
        web.url_for("/broken.html"): "500 Internal Server Error (gave up after 2 tries)",
        web.url_for("/loop-a"): "the redirects go round in a loop",
        web.url_for("/huge.html"): "the page is larger than 100 kB",
        web.url_for("/report.pdf"): "a PDF document",
        slow.url_for("/drip.html"): "the server is too slow",
        slow.url_for("/late.html"): "did not answer within 1 seconds",
        unanswering.url("/never.html"): "could not connect within 1 seconds",
        reset.url("/reset.html"): "the server reset the connection",
        not_http.url("/ssh"): "the answer is not HTTP",
        refused: "the server refused the connection",
    }
    feed_failures = {web.url_for("/item-missing.html"): "404 Not Found"}  # an item of a working feed
    yield {"good": web.url_for("/good.html"), "expected": expected, "asked_429": asked_429,
           "feed": web.url_for("/feed.xml"), "feed_failures": feed_failures}
    for server in (reset, not_http, unanswering):
        server.close()
    for server in (web, slow):
        server.clear()
        server.stop()


def write_sources(folder, faults) -> None:
    lines = ["# one source per fault, and one good page", "sources:",
             "  - name: Good Wire", "    kind: news_agency", "    reliability: 0.9", "    documents:",
             f"      - url: {faults['good']}"]
    for n, url in enumerate(faults["expected"]):
        lines += [f"  - name: Faulty {n}", "    documents:", f"      - url: {url}"]
    lines += ["  - name: Feed Wire", f"    feeds: [{faults['feed']}]"]
    (folder / "sources.yaml").write_text("\n".join(lines) + "\n")


@pytest.fixture
def limited(monkeypatch):
    for name, value in LIMITS.items():
        monkeypatch.setenv(name, value)


def failures_in_store(db) -> dict[str, str]:
    conn = sqlite3.connect(db)
    try:
        return dict(conn.execute("SELECT location, error FROM fetch_log WHERE ok = 0"))
    finally:
        conn.close()


def test_sources_fetch_reports_every_fault_per_source_and_goes_on(tmp_path, faults, limited):
    write_sources(tmp_path, faults)
    db = tmp_path / "store.db"
    started = time.monotonic()
    result = run_checker("sources", "fetch", "--sources", tmp_path / "sources.yaml", "--db", db, cwd=tmp_path)
    elapsed = time.monotonic() - started
    stderr = result.stderr.decode()
    assert result.returncode == 0, stderr
    assert "Traceback" not in stderr
    assert elapsed < 40
    every = {**faults["expected"], **faults["feed_failures"]}
    for url in every:
        assert url in stderr, url
    failed = failures_in_store(db)
    assert set(failed) == set(every)
    for url, words in every.items():
        assert failed[url].startswith(f"{url}: "), failed[url]
        assert words in failed[url], (url, failed[url])
    conn = sqlite3.connect(db)
    assert conn.execute("SELECT COUNT(*) FROM documents WHERE location = ?", (faults["good"],)).fetchone()[0] == 1
    assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    conn.close()


def test_retry_after_is_waited_for_before_asking_again(tmp_path, faults, limited):
    asked = faults["asked_429"]
    if not asked:  # run alone (pytest -k): fetch once here; otherwise the fetch test above has asked
        write_sources(tmp_path, faults)
        result = run_checker("sources", "fetch", "--sources", tmp_path / "sources.yaml", "--db",
                             tmp_path / "store.db", cwd=tmp_path)
        assert result.returncode == 0, result.stderr
    assert len(asked) >= 2  # each fetch asks twice: once, then again after Retry-After
    assert asked[1] - asked[0] >= 0.9


def test_check_names_every_failed_document_in_its_coverage_and_exits_0(tmp_path, faults, limited):
    write_sources(tmp_path, faults)
    article = tmp_path / "draft.txt"
    article.write_text("Pier closure\n\nThe harbour authority of Velmar said on Monday that the north pier "
                       "would close for repairs.\n")
    result = run_checker("check", article, "--sources", tmp_path / "sources.yaml", "--db", tmp_path / "store.db",
                         "--out", tmp_path / "out", "--json", "-", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    report = json.loads(result.stdout)
    coverage = report["coverage"]
    assert coverage["degraded"] is True
    documents = {f["document"]: f for f in coverage["failures"]}
    every = {**faults["expected"], **faults["feed_failures"]}
    assert set(documents) == set(every)
    for url, words in every.items():
        assert words in documents[url]["reason"]
        assert documents[url]["source"].startswith("Faulty ") or url in faults["feed_failures"]
    assert documents[next(iter(faults["feed_failures"]))]["source"] == "Feed Wire"
    assert f"Coverage degraded: {len(every)} document(s)".encode() in result.stderr
    assert any("north pier" in c["text"] for c in report["claims"])
    conn = sqlite3.connect(tmp_path / "store.db")  # the good page was fetched despite the rest
    assert conn.execute("SELECT COUNT(*) FROM documents WHERE location = ?", (faults["good"],)).fetchone()[0] == 1
    conn.close()


def test_article_url_that_fails_is_one_sentence_and_exit_2(tmp_path, faults, limited):
    (tmp_path / "sources.yaml").write_text("sources: []\n")
    for url in list(faults["expected"])[:3]:
        result = run_checker("check", url, "--db", tmp_path / "s.db", "--out", tmp_path / "out", cwd=tmp_path)
        assert result.returncode == 2
        message = result.stderr.decode().strip()
        assert len(message.splitlines()) == 1 and message.startswith(url), message


def test_bad_limit_in_the_environment_is_one_sentence(tmp_path, faults, monkeypatch):
    write_sources(tmp_path, faults)
    monkeypatch.setenv("CHECKER_READ_TIMEOUT", "soon")
    result = run_checker("sources", "fetch", "--sources", tmp_path / "sources.yaml", "--db", tmp_path / "s.db",
                         cwd=tmp_path)
    assert result.returncode == 2
    assert result.stderr.decode().strip() == (
        "CHECKER_READ_TIMEOUT='soon' is not a number of seconds; unset it or give a number such as 20.0.")
