"""All HTTP of the project: one polite, bounded GET that never raises for network trouble.

Every way a fetch can go wrong (a dead host, a 404, a loop of redirects, a PDF, a
page of 50 MB, a server that drips one byte a second, a peer that does not speak
HTTP) comes back as a ``FetchResult`` with ``status="error"`` and one plain sentence
that names the URL, so a run over a hundred sources reports the three bad ones and
carries on. Redirects are followed by hand so that loops and their length are ours
to report; retries are ours so that ``Retry-After`` and the per-fetch deadline are
honoured together.
"""
from __future__ import annotations

import email.utils
import math
import os
import socket
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from datetime import datetime, timezone
from functools import cache
from http import HTTPStatus
from typing import TYPE_CHECKING, Callable
from urllib.parse import urljoin, urlsplit

from checker.errors import FetchError
from checker.extract import looks_binary

if TYPE_CHECKING:  # requests (with urllib3, ssl and http.client) is imported on the first fetch:
    import requests  # a check of local files never pays its 0.04 s and 15 MB

#: Pages the checker reads as articles.
PAGE_TYPES = ("text/html", "application/xhtml+xml", "text/plain", "text/markdown")
#: Feeds (and plain XML, which feeds are often served as).
FEED_TYPES = (
    "application/rss+xml", "application/atom+xml", "application/rdf+xml",
    "application/xml", "text/xml",
)
#: Everything ``fetch`` accepts by default.
TEXT_TYPES = PAGE_TYPES + FEED_TYPES

#: Statuses worth asking again for: the server is busy or briefly broken.
RETRY_STATUSES = frozenset({429, 500, 502, 503, 504})
#: Statuses whose Retry-After header says how long to wait.
RETRY_AFTER_STATUSES = frozenset({429, 503})
REDIRECT_STATUSES = frozenset({301, 302, 303, 307, 308})
#: The longest Retry-After we honour; a server asking for an hour gets 10 seconds.
MAX_RETRY_AFTER = 10.0

#: Content types that are certainly not text, best described to an editor in words.
_BINARY_KINDS = (
    ("image/", "an image"),
    ("audio/", "an audio file"),
    ("video/", "a video"),
    ("font/", "a font"),
    ("application/pdf", "a PDF document"),
    ("application/zip", "a zip archive"),
    ("application/gzip", "a compressed archive"),
    ("application/x-gzip", "a compressed archive"),
    ("application/x-tar", "an archive"),
    ("application/x-7z", "an archive"),
    ("application/x-rar", "an archive"),
    ("application/msword", "a Word document"),
    ("application/vnd.openxmlformats-officedocument.wordprocessingml", "a Word document"),
    ("application/vnd.ms-excel", "a spreadsheet"),
    ("application/vnd.openxmlformats-officedocument.spreadsheetml", "a spreadsheet"),
    ("application/vnd.oasis.opendocument", "an office document"),
    ("application/octet-stream", "a binary file"),
    ("application/x-executable", "a program"),
    ("application/wasm", "a program"),
)

_CHUNK = 65_536

#: Limits an operator (or a test) can set for every fetch of a run through the
#: environment: (variable, default, unit). An argument given to ``Fetcher`` wins.
ENV_SETTINGS = {
    "connect_timeout": ("CHECKER_CONNECT_TIMEOUT", 5.0, "seconds"),
    "read_timeout": ("CHECKER_READ_TIMEOUT", 20.0, "seconds"),
    "deadline": ("CHECKER_FETCH_DEADLINE", 60.0, "seconds"),
    "retries": ("CHECKER_FETCH_RETRIES", 2, "retries"),
    "max_bytes": ("CHECKER_MAX_PAGE_BYTES", 5_000_000, "bytes"),
}


def env_setting(name: str):
    """The setting from its environment variable, else its default; a bad value is a FetchError."""
    variable, default, unit = ENV_SETTINGS[name]
    raw = os.environ.get(variable, "").strip()
    if not raw:
        return default
    try:
        value = float(raw)
    except ValueError:
        value = math.nan
    least = 0 if isinstance(default, int) else 0.001
    if not math.isfinite(value) or value < least:
        raise FetchError(f"{variable}={raw!r} is not a number of {unit}; unset it or give a number such as {default}.")
    return int(value) if isinstance(default, int) else value


@dataclass(frozen=True)
class FetchResult:
    """What came back for one URL; ``status`` is "ok", "not_modified" or "error".

    ``content_type`` is the bare media type ("text/html"); its charset parameter,
    if any, is in ``charset`` for ``extract.decode(..., charset=result.charset)``.
    ``etag``/``last_modified`` are the validators to send next time (on
    "not_modified", the ones the server repeated or else the ones that were sent).
    """

    url: str
    final_url: str
    status: str
    http_status: int | None
    content_type: str | None
    body: bytes | None
    etag: str | None
    last_modified: str | None
    error: str | None
    charset: str | None = None

    @property
    def ok(self) -> bool:
        return self.status == "ok"


class _Failed(Exception):
    """Internal: ends a fetch with one sentence (the URL is prefixed when reporting)."""

    def __init__(self, reason: str, *, final_url: str | None = None, http_status: int | None = None):
        super().__init__(reason)
        self.reason = reason
        self.final_url = final_url
        self.http_status = http_status


@cache
def _network_errors() -> tuple[type[BaseException], ...]:
    """Exceptions a network call can raise besides our own: what ``fetch`` turns into errors."""
    import http.client

    import requests
    import urllib3.exceptions

    return (
        requests.RequestException,
        urllib3.exceptions.HTTPError,
        http.client.HTTPException,
        OSError,
        ValueError,  # urllib3's LocationValueError, IDNA errors for odd host names
    )


def _causes(exc: BaseException):
    """The exception and everything it wraps (requests -> urllib3 -> socket)."""
    seen: set[int] = set()
    stack = [exc]
    while stack:
        current = stack.pop(0)
        if current is None or id(current) in seen:
            continue
        seen.add(id(current))
        yield current
        stack.extend([current.__cause__, current.__context__, getattr(current, "reason", None)])
        stack.extend(a for a in current.args if isinstance(a, BaseException))


@cache
def _explanations() -> tuple[tuple[tuple[type[BaseException], ...], str, bool], ...]:
    """How to say what went wrong, and whether asking again may help. First match wins,
    so the more specific come first: RemoteDisconnected is also a ConnectionResetError
    and a BadStatusLine, and urllib3's NewConnectionError (refused, unknown host) is
    also a ConnectTimeoutError."""
    import http.client
    import ssl

    import requests
    import urllib3.exceptions

    return (
        ((urllib3.exceptions.NameResolutionError, socket.gaierror),
         "the host name {host} could not be found", False),
        ((http.client.RemoteDisconnected,),
         "the server closed the connection without answering", True),
        ((ConnectionRefusedError,), "the server refused the connection", True),
        ((ConnectionResetError,), "the server reset the connection", True),
        ((requests.exceptions.ConnectTimeout, urllib3.exceptions.ConnectTimeoutError),
         "could not connect within {connect:g} seconds", True),
        ((requests.exceptions.ReadTimeout, urllib3.exceptions.ReadTimeoutError, socket.timeout),
         "the server did not answer within {read:g} seconds", False),
        ((http.client.IncompleteRead,), "the server broke off in the middle of the page", True),
        ((http.client.BadStatusLine, http.client.LineTooLong, http.client.HTTPException),
         "the answer is not HTTP (the server sent something else)", False),
        ((requests.exceptions.SSLError, ssl.SSLError), "the secure (TLS) connection failed", False),
        ((requests.exceptions.InvalidURL, requests.exceptions.InvalidSchema,
          requests.exceptions.MissingSchema, urllib3.exceptions.LocationValueError, ValueError),
         "this is not a valid web address", False),
    )


def _size(n: int) -> str:
    if n >= 1_000_000:
        return f"{n / 1_000_000:g} MB"
    if n >= 1_000:
        return f"{n / 1_000:g} kB"
    return f"{n} bytes"


def _reason(code: int, given: str | None) -> str:
    try:
        return f"{code} {HTTPStatus(code).phrase}"
    except ValueError:
        return f"{code} {given}".strip()


def _is_web_address(url: str) -> bool:
    """http(s) with a host and a sane port; urlsplit raises on "[::1" or port 99999."""
    try:
        parts = urlsplit(url)
        parts.port  # noqa: B018 - raises ValueError for a bad port
    except ValueError:
        return False
    return parts.scheme.lower() in ("http", "https") and bool(parts.hostname)


def _host_key(url: str) -> str:
    """Politeness is per server: host and port."""
    if not _is_web_address(url):
        return ""
    parts = urlsplit(url)
    return (parts.hostname or "") + (f":{parts.port}" if parts.port else "")


def _retry_after(value: str | None) -> float | None:
    """Retry-After in seconds (delta-seconds or an HTTP date), capped; None if absent/bad."""
    if not value:
        return None
    value = value.strip()
    if value.isdigit():
        seconds = float(value)
    else:
        try:
            when = email.utils.parsedate_to_datetime(value)
        except (TypeError, ValueError, IndexError):
            return None
        if when.tzinfo is None:
            when = when.replace(tzinfo=timezone.utc)
        seconds = (when - datetime.now(timezone.utc)).total_seconds()
    return min(max(seconds, 0.0), MAX_RETRY_AFTER)


def _binary_kind(media: str) -> str | None:
    for prefix, words in _BINARY_KINDS:
        if media.startswith(prefix):
            return words
    return None


class Fetcher:
    """A polite HTTP client: one User-Agent, timeouts, size cap, retries, a deadline.

    Safe to share between threads: each thread gets its own ``requests.Session``
    (sessions are not thread-safe). ``deadline`` bounds one whole ``fetch``
    (redirects, retries and the body), so a slow-drip server cannot hang a run.
    Limits not given come from ``ENV_SETTINGS`` (environment variables, else defaults).
    """

    def __init__(
        self,
        *,
        timeout: tuple[float, float] | None = None,
        max_bytes: int | None = None,
        max_redirects: int = 5,
        retries: int | None = None,
        backoff: float = 0.5,
        user_agent: str = "checker/0.1 (+newsroom claim checker)",
        per_host_delay: float = 0.2,
        workers: int = 4,
        deadline: float | None = None,
    ) -> None:
        if timeout is None:
            timeout = (env_setting("connect_timeout"), env_setting("read_timeout"))
        self.connect_timeout, self.read_timeout = timeout
        self.max_bytes = env_setting("max_bytes") if max_bytes is None else max_bytes
        self.max_redirects = max_redirects
        self.retries = env_setting("retries") if retries is None else retries
        self.backoff = backoff
        self.user_agent = user_agent
        self.per_host_delay = per_host_delay
        self.workers = max(1, workers)
        self.deadline = env_setting("deadline") if deadline is None else deadline
        self._local = threading.local()
        self._sessions: list[requests.Session] = []
        self._sessions_lock = threading.Lock()

    # ------------------------------------------------------------------ sessions

    def _session(self) -> requests.Session:
        session = getattr(self._local, "session", None)
        if session is None:
            import requests

            session = requests.Session()
            session.headers["User-Agent"] = self.user_agent
            self._local.session = session
            with self._sessions_lock:
                self._sessions.append(session)
        return session

    def close(self) -> None:
        with self._sessions_lock:
            for session in self._sessions:
                session.close()
            self._sessions.clear()
        self._local = threading.local()

    def __enter__(self) -> Fetcher:
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    # --------------------------------------------------------------------- fetch

    def fetch(
        self,
        url: str,
        *,
        etag: str | None = None,
        last_modified: str | None = None,
        accept: tuple[str, ...] = TEXT_TYPES,
    ) -> FetchResult:
        """GET one URL. Never raises for network problems: see ``FetchResult.error``."""
        try:
            return self._fetch(url, etag, last_modified, accept, time.monotonic() + self.deadline)
        except _Failed as failed:
            return FetchResult(
                url=url,
                final_url=failed.final_url or url,
                status="error",
                http_status=failed.http_status,
                content_type=None,
                body=None,
                etag=None,
                last_modified=None,
                error=f"{url}: {failed.reason}",
            )

    def _fetch(self, url, etag, last_modified, accept, deadline) -> FetchResult:
        if not _is_web_address(url):
            raise _Failed("this is not an http:// or https:// address")
        headers = {"Accept": ", ".join(accept) + ", */*;q=0.1"}
        if etag:
            headers["If-None-Match"] = etag
        if last_modified:
            headers["If-Modified-Since"] = last_modified

        current, visited = url, [url]
        for hop in range(self.max_redirects + 1):
            response, tries = self._get(current, headers, deadline)
            code = response.status_code
            if code not in REDIRECT_STATUSES:
                break
            location = response.headers.get("Location")
            response.close()
            if not location:
                raise _Failed(f"the server answered {_reason(code, response.reason)} without saying where to go",
                              final_url=current, http_status=code)
            try:
                target = urljoin(current, location.strip())
            except ValueError:
                target = location.strip()
            if target in visited:
                loop = " -> ".join(visited[visited.index(target):] + [target])
                raise _Failed(f"the redirects go round in a loop ({loop})", final_url=current, http_status=code)
            if not _is_web_address(target):
                raise _Failed(f"a redirect leads to {target}, which is not a web address",
                              final_url=current, http_status=code)
            if hop == self.max_redirects:
                raise _Failed(f"there are more than {self.max_redirects} redirects; use the address the page ends up at",
                              final_url=current, http_status=code)
            visited.append(target)
            current = target

        with response:
            return self._finish(url, current, response, tries, etag, last_modified, accept, deadline)

    def _finish(self, url, final_url, response, tries, etag, last_modified, accept, deadline) -> FetchResult:
        """Turn the last response of the redirect chain into a result."""
        code = response.status_code
        new_etag = response.headers.get("ETag")
        new_modified = response.headers.get("Last-Modified")
        if code == 304:
            return FetchResult(url, final_url, "not_modified", code, None, None,
                               new_etag or etag, new_modified or last_modified, None)
        if not 200 <= code < 300:
            after = f" (gave up after {tries} tries)" if tries > 1 else ""
            raise _Failed(f"the server answered {_reason(code, response.reason)}{after}",
                          final_url=final_url, http_status=code)

        header = response.headers.get("Content-Type") or ""
        media = header.split(";")[0].strip().lower() or None
        if "charset" in header.lower():
            from requests.utils import get_encoding_from_headers

            charset = get_encoding_from_headers({"content-type": header})
        else:
            charset = None
        if media is not None and media not in accept:
            kind = _binary_kind(media)
            if kind:
                raise _Failed(f"the server sent {kind} ({media}), not a text page; give the address of an article or feed",
                              final_url=final_url, http_status=code)
            raise _Failed(f"the server sent {media}, which is not a web page, text or feed the checker can read",
                          final_url=final_url, http_status=code)

        too_big = f"the page is larger than {_size(self.max_bytes)}; save the article's text to a file and check that instead"
        declared = response.headers.get("Content-Length", "").strip()
        if declared.isdigit() and int(declared) > self.max_bytes:
            raise _Failed(too_big, final_url=final_url, http_status=code)
        body = self._read_body(response, deadline, too_big, final_url)
        if media is None and looks_binary(body):
            raise _Failed("the server sent no content type and the body looks binary, not text",
                          final_url=final_url, http_status=code)
        return FetchResult(url, final_url, "ok", code, media, body, new_etag, new_modified, None, charset)

    def _read_body(self, response, deadline: float, too_big: str, final_url: str) -> bytes:
        """Read at most ``max_bytes`` (decompressed) before the deadline.

        ``read1`` returns as soon as some bytes arrive, so the deadline is checked
        after every packet, however slowly the server drips them.
        """
        chunks: list[bytes] = []
        total = 0
        while True:
            if time.monotonic() > deadline:
                raise _Failed(self._too_slow(), final_url=final_url, http_status=response.status_code)
            try:
                chunk = response.raw.read1(_CHUNK, decode_content=True)
            except _network_errors() as exc:
                raise _Failed(self._explain(exc, final_url, deadline)[0],
                              final_url=final_url, http_status=response.status_code) from None
            if not chunk:
                return b"".join(chunks)
            total += len(chunk)
            if total > self.max_bytes:
                raise _Failed(too_big, final_url=final_url, http_status=response.status_code)
            chunks.append(chunk)

    def _get(self, url: str, headers: dict[str, str], deadline: float) -> tuple[requests.Response, int]:
        """One GET (headers only, body still streaming) with retries: (response, tries).

        Connection failures and 429/5xx are asked again after an exponential backoff
        (or the server's Retry-After for 429/503), never past the deadline. A read
        timeout is not retried: a server that was that slow will be slow again.
        """
        attempts = self.retries + 1
        for attempt in range(1, attempts + 1):
            remaining = deadline - time.monotonic()
            if remaining <= 0:
                raise _Failed(self._too_slow(), final_url=url)
            timeout = (min(self.connect_timeout, remaining), min(self.read_timeout, remaining))
            try:
                response = self._session().get(
                    url, headers=headers, stream=True, allow_redirects=False, timeout=timeout
                )
            except _network_errors() as exc:
                reason, retryable = self._explain(exc, url, deadline)
                if retryable and attempt < attempts and self._pause(self.backoff * 2 ** (attempt - 1), deadline):
                    continue
                after = f" (gave up after {attempt} tries)" if attempt > 1 else ""
                raise _Failed(reason + after, final_url=url) from None
            if response.status_code in RETRY_STATUSES and attempt < attempts:
                wait = None
                if response.status_code in RETRY_AFTER_STATUSES:
                    wait = _retry_after(response.headers.get("Retry-After"))
                if wait is None:
                    wait = self.backoff * 2 ** (attempt - 1)
                if time.monotonic() + wait < deadline:
                    response.close()
                    time.sleep(wait)
                    continue
            return response, attempt
        raise AssertionError("unreachable")  # pragma: no cover

    @staticmethod
    def _pause(seconds: float, deadline: float) -> bool:
        """Sleep before a retry, unless that would pass the deadline."""
        if time.monotonic() + seconds >= deadline:
            return False
        time.sleep(seconds)
        return True

    def _too_slow(self) -> str:
        return f"no complete answer within {self.deadline:g} seconds; the server is too slow"

    def _explain(self, exc: BaseException, url: str, deadline: float) -> tuple[str, bool]:
        """(one clause saying what went wrong, whether a retry may help)."""
        import requests
        import urllib3.exceptions

        causes = list(_causes(exc))
        timed_out = any(isinstance(c, (requests.exceptions.Timeout, urllib3.exceptions.TimeoutError, socket.timeout))
                        for c in causes)
        if timed_out and time.monotonic() >= deadline - 0.01:
            return self._too_slow(), False
        words = {"connect": self.connect_timeout, "read": self.read_timeout, "host": urlsplit(url).hostname}
        for types, reason, retryable in _explanations():
            if any(isinstance(c, types) for c in causes):
                return reason.format(**words), retryable
        return "the connection to the server failed", True

    # ---------------------------------------------------------------- fetch_many

    def fetch_many(
        self,
        jobs: list[tuple[str, str | None, str | None]],
        *,
        progress: Callable[[FetchResult], None] | None = None,
        accept: tuple[str, ...] = TEXT_TYPES,
    ) -> list[FetchResult]:
        """Fetch ``(url, etag, last_modified)`` jobs in parallel; results in job order.

        Jobs are grouped by server (host and port): each server's jobs run one after
        the other with ``per_host_delay`` between them, while up to ``workers``
        servers are fetched at once. ``progress(result)`` is called after each fetch,
        from one thread at a time.
        """
        results: list[FetchResult | None] = [None] * len(jobs)
        by_host: dict[str, list[int]] = {}
        for index, (url, _etag, _modified) in enumerate(jobs):
            by_host.setdefault(_host_key(url), []).append(index)
        progress_lock = threading.Lock()

        def run(indexes: list[int]) -> None:
            for n, index in enumerate(indexes):
                if n and self.per_host_delay > 0:
                    time.sleep(self.per_host_delay)
                url, etag, modified = jobs[index]
                result = self.fetch(url, etag=etag, last_modified=modified, accept=accept)
                results[index] = result
                if progress is not None:
                    with progress_lock:
                        progress(result)

        if not jobs:
            return []
        with ThreadPoolExecutor(max_workers=min(self.workers, len(by_host))) as pool:
            for future in [pool.submit(run, indexes) for indexes in by_host.values()]:
                future.result()
        return results  # type: ignore[return-value]
