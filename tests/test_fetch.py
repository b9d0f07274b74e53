"""checker.fetch against real servers on 127.0.0.1: pytest-httpserver and raw sockets.

Timeouts, backoffs and deadlines are kept small so the whole file runs in seconds.
"""
from __future__ import annotations

import socket
import threading
import time

import pytest
from pytest_httpserver import HTTPServer
from werkzeug import Request, Response

from checker.fetch import FEED_TYPES, Fetcher
from rawserver import RawServer
from rawserver import reset as reset_connection

UA = "checker/0.1 (+newsroom claim checker)"
PAGE = "<html><head><title>T</title></head><body><p>Hello.</p></body></html>"


@pytest.fixture(scope="module")
def _server():
    """A threaded server on 127.0.0.1, so a sleeping handler does not block the rest."""
    server = HTTPServer(host="127.0.0.1", port=0, threaded=True)
    server.start()
    yield server
    server.clear()
    server.stop()


@pytest.fixture
def httpserver(_server):
    """Overrides the plugin's fixture: same API, but bound to 127.0.0.1 and threaded."""
    _server.clear()
    yield _server
    _server.clear()


def fetcher(**options) -> Fetcher:
    settings = dict(timeout=(1.0, 1.0), retries=2, backoff=0.01, per_host_delay=0.0, deadline=5.0)
    settings.update(options)
    return Fetcher(**settings)


def requests_to(server: HTTPServer, path: str) -> list[Request]:
    return [request for request, _ in server.log if request.path == path]


# ------------------------------------------------------------------------------ ok


def test_ok_page_comes_back_with_type_charset_and_validators(httpserver):
    httpserver.expect_request("/page").respond_with_data(
        PAGE,
        content_type="text/html; charset=ISO-8859-1",
        headers={"ETag": '"v1"', "Last-Modified": "Wed, 13 Mar 2024 10:00:00 GMT"},
    )
    url = httpserver.url_for("/page")
    result = fetcher().fetch(url)
    assert result.status == "ok"
    assert result.ok
    assert result.url == url and result.final_url == url
    assert result.http_status == 200
    assert result.content_type == "text/html"
    assert result.charset == "ISO-8859-1"
    assert result.body == PAGE.encode()
    assert result.etag == '"v1"'
    assert result.last_modified == "Wed, 13 Mar 2024 10:00:00 GMT"
    assert result.error is None


def test_user_agent_and_accept_headers_are_sent(httpserver):
    httpserver.expect_request("/ua", headers={"User-Agent": UA}).respond_with_data("hi", content_type="text/plain")
    result = Fetcher().fetch(httpserver.url_for("/ua"))
    assert result.status == "ok", result.error
    (request,) = requests_to(httpserver, "/ua")
    assert request.headers["User-Agent"] == UA
    assert "text/html" in request.headers["Accept"]


def test_gzip_body_is_decompressed(httpserver):
    import gzip

    httpserver.expect_request("/gz").respond_with_data(
        gzip.compress(PAGE.encode()), content_type="text/html", headers={"Content-Encoding": "gzip"}
    )
    assert fetcher().fetch(httpserver.url_for("/gz")).body == PAGE.encode()


# ----------------------------------------------------------------------- redirects


def test_redirect_chain_is_followed_to_the_final_url(httpserver):
    httpserver.expect_request("/a").respond_with_data("", status=301, headers={"Location": "/b"})
    httpserver.expect_request("/b").respond_with_data("", status=302, headers={"Location": "c"})
    httpserver.expect_request("/c").respond_with_data(PAGE, content_type="text/html")
    result = fetcher().fetch(httpserver.url_for("/a"))
    assert result.status == "ok", result.error
    assert result.url == httpserver.url_for("/a")
    assert result.final_url == httpserver.url_for("/c")
    assert result.body == PAGE.encode()


def test_redirect_loop_is_reported_not_followed_forever(httpserver):
    httpserver.expect_request("/x").respond_with_data("", status=302, headers={"Location": "/y"})
    httpserver.expect_request("/y").respond_with_data("", status=302, headers={"Location": "/x"})
    x, y = httpserver.url_for("/x"), httpserver.url_for("/y")
    result = fetcher().fetch(x)
    assert result.status == "error"
    assert result.error == f"{x}: the redirects go round in a loop ({x} -> {y} -> {x})"
    assert len(httpserver.log) == 2


def test_too_many_redirects_gives_up(httpserver):
    for n in range(4):
        httpserver.expect_request(f"/r{n}").respond_with_data("", status=307, headers={"Location": f"/r{n + 1}"})
    httpserver.expect_request("/r4").respond_with_data(PAGE, content_type="text/html")
    url = httpserver.url_for("/r0")
    result = fetcher(max_redirects=2).fetch(url)
    assert result.error == f"{url}: there are more than 2 redirects; use the address the page ends up at"
    assert fetcher(max_redirects=4).fetch(url).status == "ok"


# ------------------------------------------------------------------ conditional GET


def test_etag_is_sent_and_304_means_not_modified(httpserver):
    httpserver.expect_request("/e", headers={"If-None-Match": '"v1"'}).respond_with_data(
        "", status=304, headers={"ETag": '"v1"'}
    )
    result = fetcher().fetch(httpserver.url_for("/e"), etag='"v1"')
    assert result.status == "not_modified", result.error
    assert result.http_status == 304
    assert result.body is None
    assert result.etag == '"v1"'
    (request,) = requests_to(httpserver, "/e")
    assert request.headers["If-None-Match"] == '"v1"'
    assert "If-Modified-Since" not in request.headers


def test_last_modified_is_sent_and_304_keeps_the_validator(httpserver):
    stamp = "Wed, 13 Mar 2024 10:00:00 GMT"
    httpserver.expect_request("/lm", headers={"If-Modified-Since": stamp}).respond_with_data("", status=304)
    result = fetcher().fetch(httpserver.url_for("/lm"), last_modified=stamp)
    assert result.status == "not_modified", result.error
    assert result.last_modified == stamp
    (request,) = requests_to(httpserver, "/lm")
    assert "If-None-Match" not in request.headers


def test_without_validators_no_conditional_headers_are_sent(httpserver):
    httpserver.expect_request("/plain").respond_with_data(PAGE, content_type="text/html")
    assert fetcher().fetch(httpserver.url_for("/plain")).status == "ok"
    (request,) = requests_to(httpserver, "/plain")
    assert "If-None-Match" not in request.headers and "If-Modified-Since" not in request.headers


# -------------------------------------------------------------- errors and retries


@pytest.mark.parametrize("code, words", [(404, "404 Not Found"), (410, "410 Gone")])
def test_missing_page_is_reported_once_without_retrying(httpserver, code, words):
    httpserver.expect_request("/gone").respond_with_data("no", status=code)
    url = httpserver.url_for("/gone")
    result = fetcher().fetch(url)
    assert result.status == "error"
    assert result.http_status == code
    assert result.error == f"{url}: the server answered {words}"
    assert len(requests_to(httpserver, "/gone")) == 1


def test_server_error_then_success_is_retried(httpserver):
    httpserver.expect_oneshot_request("/flaky").respond_with_data("boom", status=500)
    httpserver.expect_request("/flaky").respond_with_data(PAGE, content_type="text/html")
    result = fetcher().fetch(httpserver.url_for("/flaky"))
    assert result.status == "ok", result.error
    assert len(requests_to(httpserver, "/flaky")) == 2


def test_429_waits_as_long_as_retry_after_says(httpserver):
    httpserver.expect_oneshot_request("/busy").respond_with_data("slow down", status=429, headers={"Retry-After": "1"})
    httpserver.expect_request("/busy").respond_with_data(PAGE, content_type="text/html")
    started = time.monotonic()
    result = fetcher(backoff=0.01).fetch(httpserver.url_for("/busy"))
    elapsed = time.monotonic() - started
    assert result.status == "ok", result.error
    assert 1.0 <= elapsed < 3.0
    assert len(requests_to(httpserver, "/busy")) == 2


def test_server_that_always_fails_is_given_up_on_and_reported(httpserver):
    httpserver.expect_request("/down").respond_with_data("boom", status=500)
    url = httpserver.url_for("/down")
    result = fetcher(retries=2).fetch(url)
    assert result.status == "error"
    assert result.http_status == 500
    assert result.error == f"{url}: the server answered 500 Internal Server Error (gave up after 3 tries)"
    assert len(requests_to(httpserver, "/down")) == 3


def test_slow_answer_beyond_read_timeout_is_an_error_and_not_retried(httpserver):
    def slow(request):
        time.sleep(1.2)
        return Response(PAGE, content_type="text/html")

    httpserver.expect_request("/slow").respond_with_handler(slow)
    url = httpserver.url_for("/slow")
    started = time.monotonic()
    result = fetcher(timeout=(1.0, 0.3)).fetch(url)
    assert time.monotonic() - started < 1.0
    assert result.status == "error"
    assert result.error == f"{url}: the server did not answer within 0.3 seconds"


def test_slow_drip_is_cut_off_at_the_deadline(httpserver):
    def drip(request):
        def body():
            for _ in range(60):
                yield b"x"
                time.sleep(0.1)

        return Response(body(), content_type="text/plain")

    httpserver.expect_request("/drip").respond_with_handler(drip)
    url = httpserver.url_for("/drip")
    started = time.monotonic()
    result = fetcher(timeout=(1.0, 0.5), deadline=1.0).fetch(url)
    assert time.monotonic() - started < 2.0
    assert result.status == "error"
    assert result.error == f"{url}: no complete answer within 1 seconds; the server is too slow"


# ------------------------------------------------------------------ size and type


def test_body_over_the_cap_with_content_length_is_refused(httpserver):
    httpserver.expect_request("/big").respond_with_data("x" * 5000, content_type="text/plain")
    url = httpserver.url_for("/big")
    result = fetcher(max_bytes=1000).fetch(url)
    assert result.status == "error"
    assert result.body is None
    assert result.error == (
        f"{url}: the page is larger than 1 kB; save the article's text to a file and check that instead"
    )


def test_content_length_over_the_cap_is_refused_before_reading(httpserver):
    # The header promises 6 MB but only a few bytes follow: reading would fail
    # differently, so this message proves the refusal came from the header alone.
    httpserver.expect_request("/huge").respond_with_handler(
        lambda request: Response(iter([b"tiny"]), content_type="text/html", headers={"Content-Length": "6000000"})
    )
    url = httpserver.url_for("/huge")
    result = Fetcher(per_host_delay=0).fetch(url)
    assert result.error.startswith(f"{url}: the page is larger than 5 MB; ")


def test_body_over_the_cap_without_content_length_is_cut_off(httpserver):
    def stream(request):
        def body():
            for _ in range(50):
                yield b"y" * 1000

        return Response(body(), content_type="text/plain")

    httpserver.expect_request("/stream").respond_with_handler(stream)
    url = httpserver.url_for("/stream")
    result = fetcher(max_bytes=10_000).fetch(url)
    assert result.error == (
        f"{url}: the page is larger than 10 kB; save the article's text to a file and check that instead"
    )
    assert fetcher(max_bytes=60_000).fetch(url).body == b"y" * 50_000


@pytest.mark.parametrize(
    "media, words",
    [
        ("image/png", "an image (image/png)"),
        ("application/pdf", "a PDF document (application/pdf)"),
        ("application/octet-stream", "a binary file (application/octet-stream)"),
        ("application/zip", "a zip archive (application/zip)"),
    ],
)
def test_binary_content_types_are_refused_in_words(httpserver, media, words):
    httpserver.expect_request("/file").respond_with_data(b"\x89PNG\r\n\x1a\n\x00\x00", content_type=media)
    url = httpserver.url_for("/file")
    result = fetcher().fetch(url)
    assert result.status == "error"
    assert result.error == f"{url}: the server sent {words}, not a text page; give the address of an article or feed"


def test_unreadable_content_type_is_refused(httpserver):
    httpserver.expect_request("/api").respond_with_data('{"a": 1}', content_type="application/json")
    url = httpserver.url_for("/api")
    assert fetcher().fetch(url).error == (
        f"{url}: the server sent application/json, which is not a web page, text or feed the checker can read"
    )


def test_accept_narrows_what_counts_as_readable(httpserver):
    httpserver.expect_request("/feed").respond_with_data(PAGE, content_type="text/html")
    url = httpserver.url_for("/feed")
    assert fetcher().fetch(url, accept=FEED_TYPES).status == "error"
    assert fetcher().fetch(url).status == "ok"


def _untyped(body: bytes) -> Response:
    response = Response(body)
    del response.headers["Content-Type"]
    return response


def test_missing_content_type_is_fine_when_the_body_is_text(httpserver):
    httpserver.expect_request("/untyped").respond_with_response(_untyped(b"Plain words of an article."))
    result = fetcher().fetch(httpserver.url_for("/untyped"))
    assert result.status == "ok", result.error
    assert result.content_type is None
    assert result.body == b"Plain words of an article."


def test_missing_content_type_with_a_binary_body_is_refused(httpserver):
    httpserver.expect_request("/blob").respond_with_response(_untyped(b"\x00\x01\x02GIF89a\x00\x00"))
    url = httpserver.url_for("/blob")
    assert fetcher().fetch(url).error == (
        f"{url}: the server sent no content type and the body looks binary, not text"
    )


def test_addresses_that_are_not_web_addresses_are_errors():
    for url in ("ftp://example.org/a.txt", "http://", "not a url", "file:///etc/passwd"):
        result = fetcher().fetch(url)
        assert result.status == "error"
        assert result.error == f"{url}: this is not an http:// or https:// address"


# ----------------------------------------------------------- raw socket misbehaviour


@pytest.fixture
def raw_server():
    servers = []

    def start(behave):
        servers.append(RawServer(behave))
        return servers[-1]

    yield start
    for server in servers:
        server.close()




def test_connection_reset_is_retried_then_reported(raw_server):
    server = raw_server(reset_connection)
    url = server.url("/a")
    result = fetcher().fetch(url)
    assert result.status == "error"
    assert result.error == f"{url}: the server reset the connection (gave up after 3 tries)"
    assert server.connections == 3


def test_server_closing_without_answer_is_reported(raw_server):
    server = raw_server(lambda conn: None)
    url = server.url()
    result = fetcher(retries=0).fetch(url)
    assert result.error == f"{url}: the server closed the connection without answering"


def test_answer_that_is_not_http_is_an_error_not_an_exception(raw_server):
    server = raw_server(lambda conn: conn.sendall(b"SSH-2.0-OpenSSH_9.6\r\nProtocol mismatch.\r\n"))
    url = server.url("/x")
    result = fetcher().fetch(url)
    assert result.status == "error"
    assert result.error == f"{url}: the answer is not HTTP (the server sent something else)"
    assert server.connections == 1


def test_refused_connection_is_reported():
    sock = socket.socket()
    sock.bind(("127.0.0.1", 0))
    port = sock.getsockname()[1]
    sock.close()
    url = f"http://127.0.0.1:{port}/"
    result = fetcher().fetch(url)
    assert result.error == f"{url}: the server refused the connection (gave up after 3 tries)"


# ---------------------------------------------------------------------- fetch_many


@pytest.fixture
def more_servers():
    servers = [HTTPServer(host="127.0.0.1", port=0, threaded=True) for _ in range(3)]
    for server in servers:
        server.start()
    yield servers
    for server in servers:
        server.clear()
        server.stop()


def _sleepy(seconds, text):
    def handler(request):
        time.sleep(seconds)
        return Response(text, content_type="text/plain")

    return handler


def test_fetch_many_runs_hosts_in_parallel_keeps_order_and_reports_failures(httpserver, more_servers):
    servers = [httpserver, *more_servers]
    for n, server in enumerate(servers):
        server.expect_request("/slow").respond_with_handler(_sleepy(0.6, f"page {n}"))
    httpserver.expect_request("/missing").respond_with_data("no", status=404)
    jobs = [(s.url_for("/slow"), None, None) for s in servers]
    jobs.insert(2, (httpserver.url_for("/missing"), None, None))
    jobs.append(("ftp://nowhere.example/x", None, None))
    seen = []

    started = time.monotonic()
    results = fetcher(workers=4).fetch_many(jobs, progress=seen.append)
    elapsed = time.monotonic() - started

    assert elapsed < 1.8  # four 0.6 s pages one after the other would take 2.4 s
    assert [r.url for r in results] == [url for url, _, _ in jobs]
    assert [r.status for r in results] == ["ok", "ok", "error", "ok", "ok", "error"]
    assert [r.body for r in results if r.ok] == [f"page {n}".encode() for n in range(4)]
    assert "404 Not Found" in results[2].error
    assert sorted(map(id, seen)) == sorted(map(id, results))


def test_fetch_many_asks_one_host_one_thing_at_a_time_with_a_pause(httpserver):
    spans = []
    lock = threading.Lock()
    active = [0]
    overlap = []

    def handler(request):
        with lock:
            active[0] += 1
            overlap.append(active[0])
        start = time.monotonic()
        time.sleep(0.1)
        with lock:
            active[0] -= 1
        spans.append((start, time.monotonic()))
        return Response("ok", content_type="text/plain")

    httpserver.expect_request("/p").respond_with_handler(handler)
    jobs = [(httpserver.url_for("/p") + f"?n={n}", None, None) for n in range(3)]
    results = fetcher(workers=4, per_host_delay=0.2).fetch_many(jobs)
    assert all(r.ok for r in results)
    assert max(overlap) == 1
    spans.sort()
    gaps = [later[0] - earlier[1] for earlier, later in zip(spans, spans[1:])]
    assert all(gap >= 0.19 for gap in gaps), gaps


def test_fetch_many_of_nothing_is_nothing():
    assert fetcher().fetch_many([]) == []
