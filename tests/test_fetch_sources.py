"""`checker sources fetch` and `check` against a real web server on 127.0.0.1."""
import json
import sqlite3

from werkzeug import Response

from conftest import run_checker

PAGE = """<html><head><title>Envoy says dialogue has begun</title>
<meta property="article:published_time" content="2025-07-07T10:00:00Z"></head>
<body><nav>Home | World | Sport</nav><article><h1>Envoy says dialogue has begun</h1>
<p>Tom Barrack, the US special envoy for Syria, said on Monday that dialogue between Syria and Israel has begun.</p>
<p>He spoke in Beirut after meeting Lebanese President Joseph Aoun.</p></article>
<div class="share">Share on social media</div></body></html>"""

FEED = """<?xml version="1.0"?><rss version="2.0"><channel><title>Wire</title>
<item><title>Gas deal</title><link>{base}/gas.html</link><pubDate>Sat, 12 Jul 2025 10:00:00 GMT</pubDate></item>
</channel></rss>"""

GAS = """<html><head><title>Gas deal</title></head><body><article>
<p>Azerbaijan and Syria announced an agreement to begin exporting Azerbaijani gas to Syria through Turkey.</p>
</article></body></html>"""


def sources_file(tmp_path, base):
    path = tmp_path / "sources.yaml"
    path.write_text(
        "# test sources\n"
        "sources:\n"
        "  - name: Wire\n"
        "    kind: news_agency\n"
        "    reliability: 0.9\n"
        "    documents:\n"
        f"      - url: {base}/envoy.html\n"
        f"      - url: {base}/missing.html\n"
        f"    feeds: [{base}/feed.xml]\n"
    )
    return path


def serve(httpserver):
    base = httpserver.url_for("").rstrip("/")
    httpserver.expect_request("/envoy.html").respond_with_handler(
        lambda req: Response(status=304) if req.headers.get("If-None-Match") == '"v1"'
        else Response(PAGE, content_type="text/html; charset=utf-8", headers={"ETag": '"v1"'}))
    httpserver.expect_request("/missing.html").respond_with_data("gone", status=404)
    httpserver.expect_request("/feed.xml").respond_with_data(FEED.format(base=base), content_type="application/rss+xml")
    httpserver.expect_request("/gas.html").respond_with_data(GAS, content_type="text/html")
    return base


def test_fetch_stores_pages_and_feed_items_and_reports_failures(tmp_path, httpserver):
    base = serve(httpserver)
    sources = sources_file(tmp_path, base)
    db = tmp_path / "s.db"
    result = run_checker("sources", "fetch", "--sources", sources, "--db", db)
    assert result.returncode == 0, result.stderr
    assert b"404" in result.stderr
    conn = sqlite3.connect(db)
    rows = dict(conn.execute("SELECT location, title FROM documents WHERE current = 1"))
    assert rows[f"{base}/envoy.html"] == "Envoy says dialogue has begun"
    assert f"{base}/gas.html" in rows
    text = conn.execute("SELECT text FROM documents WHERE location = ?", (f"{base}/envoy.html",)).fetchone()[0]
    assert "Share on social media" not in text and "Home | World" not in text

    # a second fetch revalidates with the ETag: the unchanged page is not stored again
    again = run_checker("sources", "fetch", "--sources", sources, "--db", db)
    assert again.returncode == 0
    assert conn.execute("SELECT COUNT(*) FROM documents WHERE location = ?", (f"{base}/envoy.html",)).fetchone()[0] == 1
    envoy_requests = [r for r, _ in httpserver.log if r.path == "/envoy.html"]
    assert envoy_requests[-1].headers.get("If-None-Match") == '"v1"'


def test_check_fetches_what_the_store_lacks_and_says_coverage_is_degraded(tmp_path, httpserver):
    base = serve(httpserver)
    sources = sources_file(tmp_path, base)
    article = tmp_path / "draft.txt"
    article.write_text("Envoy draft\n\nUS Special Envoy to Syria Thomas Barrack said on Monday that dialogue "
                       "between Syria and Israel has begun.\n")
    result = run_checker("check", article, "--sources", sources, "--db", tmp_path / "s.db",
                         "--out", tmp_path / "out", "--json", "-", "--date", "2025-07-08")
    assert result.returncode == 0, result.stderr
    report = json.loads(result.stdout)
    assert report["coverage"]["degraded"] is True
    assert any("missing.html" in f["document"] for f in report["coverage"]["failures"])
    dialogue = [c for c in report["claims"] if "dialogue" in c["text"].lower()][0]
    assert dialogue["verdict"] == "confirmed"
    assert dialogue["evidence"][0]["url"] == f"{base}/envoy.html"


def test_check_of_a_url_extracts_the_article(tmp_path, httpserver):
    base = serve(httpserver)
    empty = tmp_path / "sources.yaml"
    empty.write_text("sources: []\n")
    result = run_checker("check", f"{base}/envoy.html", "--sources", empty, "--db", tmp_path / "s.db",
                         "--out", tmp_path / "out", "--json", "-")
    assert result.returncode == 0, result.stderr
    report = json.loads(result.stdout)
    assert report["article"]["title"] == "Envoy says dialogue has begun"
    assert report["article"]["published"] == "2025-07-07"
    assert any("dialogue" in c["text"].lower() for c in report["claims"])
