"""The HTML report without a browser: escaping, segments, names, atomic writes, palette."""
from __future__ import annotations

import base64
import copy
import hashlib
import json
import re
import sys
from html.parser import HTMLParser
from pathlib import Path

import jsonschema
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

# Until the project is pip-installed (or pytest gets pythonpath = ["."]), find it here.
ROOT = str(Path(__file__).resolve().parents[1])
if ROOT not in sys.path:
    sys.path.insert(0, ROOT)

from checker import report as rp
from checker.errors import CheckerError

FIXTURES = Path(__file__).parent / "fixtures" / "report"
SCHEMA = Path(__file__).parents[1] / "checker" / "schema" / "report.schema.json"


def load(name: str) -> dict:
    return json.loads((FIXTURES / name).read_text(encoding="utf-8"))


@pytest.fixture
def baku() -> dict:
    return load("baku-meeting.json")


@pytest.fixture
def hostile() -> dict:
    return load("hostile.json")


class Page(HTMLParser):
    """Collects tags, attributes and script bodies of a rendered page."""

    def __init__(self, html: str):
        super().__init__(convert_charrefs=True)
        self.tags: list[tuple[str, dict]] = []
        self.scripts: list[tuple[dict, str]] = []
        self._in_script: dict | None = None
        self.text: list[str] = []
        self.feed(html)

    def handle_starttag(self, tag, attrs):
        attributes = dict(attrs)
        self.tags.append((tag, attributes))
        if tag == "script":
            self._in_script = attributes
            self.scripts.append((attributes, ""))

    def handle_endtag(self, tag):
        if tag == "script":
            self._in_script = None

    def handle_data(self, data):
        if self._in_script is not None:
            attrs, body = self.scripts[-1]
            self.scripts[-1] = (attrs, body + data)
        else:
            self.text.append(data)

    def find(self, tag: str) -> list[dict]:
        return [attrs for name, attrs in self.tags if name == tag]


def claim(cid, start, end, verdict="confirmed"):
    return {"id": cid, "span": [start, end], "verdict": verdict}


# ----------------------------------------------------------------- fixtures are valid

@pytest.mark.parametrize("name", ["baku-meeting.json", "hostile.json"])
def test_fixture_reports_validate_against_the_report_schema(name):
    jsonschema.validate(load(name), json.loads(SCHEMA.read_text()))


def test_baku_fixture_spans_point_at_the_article_text(baku):
    text = baku["article"]["text"]
    assert hashlib.sha256(text.encode()).hexdigest() == baku["article"]["sha256"]
    for c in baku["claims"]:
        start, end = c["span"]
        sentence = baku["sentences"][c["sentence"]]
        assert sentence["start"] <= start < end <= sentence["end"], c["id"]
    verdicts = {c["verdict"] for c in baku["claims"]}
    assert verdicts == {"confirmed", "contradicted", "unverified"}
    fields = {k["field"] for c in baku["claims"] for k in c["conflicts"]}
    assert {"person", "weekday", "quote", "negation"} <= fields


# ----------------------------------------------------------------- segments

def test_segments_cover_the_text_exactly_in_order():
    text = "abcdefghij"
    segments = rp.build_segments(text, [claim("a", 2, 8), claim("b", 4, 6)])
    assert "".join(s.text for s in segments) == text
    assert [(s.start, s.end) for s in segments] == [(0, 2), (2, 4), (4, 6), (6, 8), (8, 10)]


def test_nested_claim_segment_links_to_the_innermost_claim_and_keeps_both():
    segments = rp.build_segments("abcdefghij", [claim("outer", 2, 8), claim("inner", 4, 6)])
    inside = segments[2]
    assert inside.claims == ("outer", "inner")
    assert inside.target == "inner"
    assert segments[1].target == "outer" and segments[3].target == "outer"


def test_worst_verdict_styles_a_segment_where_claims_overlap():
    segments = rp.build_segments("abcdefghij", [
        claim("a", 0, 6, "confirmed"), claim("b", 3, 9, "contradicted"), claim("c", 4, 5, "unverified")])
    by_range = {(s.start, s.end): s for s in segments}
    assert by_range[(0, 3)].verdict == "confirmed"
    assert by_range[(3, 4)].verdict == "contradicted"
    assert by_range[(4, 5)].verdict == "contradicted"
    assert by_range[(4, 5)].target == "c"
    assert by_range[(9, 10)].claims == ()


def test_claims_with_the_same_span_link_to_the_first_in_report_order():
    segments = rp.build_segments("abcdef", [claim("first", 1, 4), claim("second", 1, 4)])
    assert segments[1].claims == ("first", "second")
    assert segments[1].target == "first"


@pytest.mark.parametrize("span", [[5, 2], [3, 3], [-4, -1], [40, 50], ["1", "2"], [1], None])
def test_a_span_pointing_nowhere_highlights_nothing(span):
    segments = rp.build_segments("abcdef", [{"id": "x", "span": span, "verdict": "confirmed"}])
    assert all(not s.claims for s in segments)
    assert "".join(s.text for s in segments) == "abcdef"


def test_a_span_running_past_the_end_is_clamped():
    segments = rp.build_segments("abcdef", [claim("x", 3, 99)])
    assert segments[-1].text == "def" and segments[-1].claims == ("x",)


def test_paragraphs_split_at_line_breaks_and_keep_a_claim_that_crosses_one():
    text = "one two\n\nthree four"
    paras = rp.paragraphs(rp.build_segments(text, [claim("x", 4, 14)]))
    assert ["".join(s.text for s in p) for p in paras] == ["one two", "three four"]
    assert [s.text for p in paras for s in p if s.claims] == ["two", "three"]


@settings(max_examples=150, deadline=None)
@given(st.integers(0, 40).flatmap(lambda n: st.tuples(
    st.just(n), st.lists(st.tuples(st.integers(0, n), st.integers(0, n),
                                   st.sampled_from(list(rp.VERDICTS))), max_size=6))))
def test_segments_record_exactly_the_claims_covering_them(case):
    length, raw = case
    text = "x" * length
    claims = [claim(f"c{i}", s, e, v) for i, (s, e, v) in enumerate(raw)]
    segments = rp.build_segments(text, claims)
    assert "".join(s.text for s in segments) == text
    for seg in segments:
        covering = tuple(c["id"] for c in claims
                         if c["span"][0] <= seg.start and seg.end <= c["span"][1]
                         and c["span"][0] < c["span"][1])
        assert seg.claims == covering
        if covering:
            spans = {c["id"]: c["span"][1] - c["span"][0] for c in claims}
            assert spans[seg.target] == min(spans[cid] for cid in covering)


# ----------------------------------------------------------------- word diff

@pytest.mark.parametrize("old, new, marked_old, marked_new", [
    ("Gabi Ashkenazi", "Gideon Saar", ["Gabi Ashkenazi"], ["Gideon Saar"]),
    ("Saturday", "Sunday", ["Saturday"], ["Sunday"]),
    ("the newly established Israeli military presence in Syria",
     "the recent Israeli military presence in Syria", ["newly established"], ["recent"]),
    ("did not participate", "took part", ["did not participate"], ["took part"]),
    ("Gideon Saar", "Gideon Sa'ar", ["Saar"], ["Sa'ar"]),
    ("same words", "same words", [], []),
])
def test_word_diff_marks_only_the_differing_words(old, new, marked_old, marked_new):
    old_chunks, new_chunks = rp.word_diff(old, new)
    assert "".join(t for t, _ in old_chunks) == old
    assert "".join(t for t, _ in new_chunks) == new
    assert [t for t, changed in old_chunks if changed] == marked_old
    assert [t for t, changed in new_chunks if changed] == marked_new


def test_conflict_values_render_side_by_side_with_del_and_ins(baku):
    html = rp.render_html(baku)
    assert "<del>Gabi Ashkenazi</del>" in html
    assert "<ins>Gideon Saar</ins>" in html
    assert "<del>newly established</del>" in html and "<ins>recent</ins>" in html


# ----------------------------------------------------------------- the page

def test_every_claim_has_a_card_a_highlight_and_a_way_back(baku):
    page = Page(rp.render_html(baku))
    hrefs = [a.get("href") for a in page.find("a")]
    ids = {attrs.get("id") for _, attrs in page.tags}
    for c in baku["claims"]:
        assert f"claim-{c['id']}" in ids
        assert f"#claim-{c['id']}" in hrefs
        assert f"mark-{c['id']}" in ids and f"#mark-{c['id']}" in hrefs


def test_highlight_links_to_the_innermost_claim_and_lists_all_covering(baku):
    page = Page(rp.render_html(baku))
    nested = [a for a in page.find("a") if "hl" in a.get("class", "").split()
              and a.get("data-claims") == "c7 c8"]
    assert nested and nested[0]["href"] == "#claim-c8"
    assert "v-contradicted" in nested[0]["class"]


def test_top_of_the_page_lists_counts_attention_and_degraded_coverage(baku):
    html = rp.render_html(baku)
    text = re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", html))
    assert "1 ✗ Contradicted" in text and "3 ? Unverified" in text and "9 ✓ Confirmed" in text
    assert "Coverage degraded." in text
    assert "www.i24news.tv" in text and "timed out" in text
    attention = html[html.index('id="attention-title"'):html.index('id="article"')]
    order = re.findall(r'href="#claim-(\w+)"', attention)
    assert order == ["c8", "c1", "c9"]  # contradicted first, then single fragile origins
    assert "c4" not in order  # disputed, but it rests on two origins


def test_parts_that_share_their_statements_verdict_are_named_under_it_in_the_attention_list(baku):
    # one sentence resting on one anonymous origin is one entry, not one per date, place and core
    c1 = next(c for c in baku["claims"] if c["id"] == "c1")
    baku["claims"] += [dict(c1, id="c1p", kind="place", part_of="c1", text="A direct meeting was held in Baku."),
                       dict(c1, id="c1d", kind="date", part_of="c1", text="A meeting was held on Saturday."),
                       dict(c1, id="c1x", kind="date", part_of="c1", verdict="contradicted", reason="Wrong day.")]
    html = rp.render_html(baku)
    attention = html[html.index('id="attention-title"'):html.index('id="article"')]
    entries = re.findall(r'<li class="v-\w+">\s*<a href="#claim-(\w+)"', attention)
    assert entries == ["c8", "c1x", "c1", "c9"]  # a part with a verdict of its own keeps its entry
    under_c1 = attention[attention.index('href="#claim-c1"'):attention.index('href="#claim-c9"')]
    assert re.findall(r'href="#claim-(\w+)"', under_c1) == ["c1", "c1p", "c1d"]
    assert "(place)" in under_c1 and "(date)" in under_c1


def test_card_shows_attribution_via_chain_independence_and_flags(baku):
    html = rp.render_html(baku)
    card = html[html.index('id="claim-c1"'):html.index('id="claim-c2"')]
    assert "Anonymous source" in card and "diplomatic source in Damascus" in card
    assert "via Agence France-Presse" in card and "revealed" in card
    assert "3 reports, 1 independent origin" in card
    assert '<span class="flag">single_origin</span>' in card
    assert "55% confidence" in card


@pytest.mark.parametrize("reports, origins, text", [
    (3, 1, "3 reports, 1 independent origin"),
    (1, 1, "1 report, 1 independent origin"),
    (2, 2, "2 reports, 2 independent origins"),
])
def test_independence_reads_as_plain_words(reports, origins, text):
    assert rp.independence_text(reports, origins) == text


def test_hostile_strings_are_escaped_and_no_handler_or_script_comes_from_content(hostile):
    html = rp.render_html(hostile)
    page = Page(html)
    assert "window.pwned" not in "".join(body for _, body in page.scripts if _.get("type") != "application/ld+json")
    for tag, attrs in page.tags:
        assert not [name for name in attrs if name.startswith("on")], (tag, attrs)
        assert tag not in ("img", "svg", "iframe", "b")
    assert [attrs.get("type") for attrs, _ in page.scripts] == ["application/ld+json", None]
    visible = "".join(page.text)
    assert "<script>window.pwned=1</script>" in visible
    assert '<img src=x onerror="window.pwned=1">' in visible
    assert '"><svg onload=window.pwned=1>' in visible


def test_only_http_fragment_and_our_data_urls_become_links(hostile):
    page = Page(rp.render_html(hostile))
    for attrs in page.find("a"):
        href = attrs["href"]
        assert href.startswith(("#", "http://", "https://", "data:application/json;base64,",
                                "data:application/ld+json;base64,")), href
    assert "javascript:alert(1)" in "".join(page.text)


@pytest.mark.parametrize("url, expected", [
    ("https://example.org/a", "https://example.org/a"),
    ("http://example.org", "http://example.org"),
    ("HTTPS://EXAMPLE.ORG/x", "HTTPS://EXAMPLE.ORG/x"),
    ("javascript:alert(1)", None),
    (" javascript:alert(1)", None),
    ("JaVaScRiPt:alert(1)", None),
    ("java\tscript:alert(1)", None),
    ("data:text/html,<script>alert(1)</script>", None),
    ("vbscript:msgbox", None),
    ("file:///etc/passwd", None),
    ("//evil.example/x", None),
    ("https:evil", None),
    ("examples/references/a.txt", None),
    (None, None),
    (42, None),
])
def test_safe_href_lets_only_http_urls_through(url, expected):
    assert rp.safe_href(url) == expected


@pytest.mark.parametrize("url, expected", [
    ("baku-meeting.html", "baku-meeting.html"),
    ("javascript:alert(1)", None),
    ("/etc/passwd", None),
    ("https://example.org/r.html", "https://example.org/r.html"),
])
def test_index_links_accept_relative_report_names(url, expected):
    assert rp.safe_href(url, allow_relative=True) == expected


def test_csp_allows_exactly_our_inline_script_and_no_remote_load(baku):
    html = rp.render_html(baku)
    page = Page(html)
    csp = [m for m in page.find("meta") if m.get("http-equiv") == "Content-Security-Policy"][0]["content"]
    script = [body for attrs, body in page.scripts if "type" not in attrs][0]
    digest = base64.b64encode(hashlib.sha256(script.encode()).digest()).decode()
    assert f"script-src 'sha256-{digest}'" in csp
    assert "default-src 'none'" in csp and "img-src data:" in csp and "style-src 'unsafe-inline'" in csp
    for attrs in page.find("link") + page.find("img") + page.find("iframe"):
        pytest.fail(f"remote-capable element {attrs}")
    assert not [a for a in page.find("script") if "src" in a]


def test_the_inline_script_has_no_way_to_run_content():
    script = rp._script()
    for banned in ("innerHTML", "outerHTML", "eval(", "document.write", "Function(", "insertAdjacentHTML"):
        assert banned not in script


def test_a_minimal_report_without_extension_fields_renders():
    minimal = {
        "schema": "checker.report/1",
        "article": {"input": "-", "title": None, "published": None, "sha256": "0" * 64},
        "sentences": [{"index": 0, "text": "Rain fell on Monday.", "start": 0, "end": 20}],
        "claims": [{"id": "a", "sentence": 0, "text": "Rain fell on Monday.", "span": [0, 20],
                    "attribution": {"kind": "unattributed", "label": None, "via": [], "cue": None,
                                    "reliability": 0.6},
                    "verdict": "unverified", "confidence": 0.2, "evidence": [], "conflicts": [],
                    "flags": []}],
        "sources": [],
        "summary": {"claims": 1, "confirmed": 0, "contradicted": 0, "unverified": 1},
    }
    html = rp.render_html(minimal)
    assert 'href="#claim-a"' in html and ">Rain fell on Monday.</a>" in html
    assert "Untitled article" in html and "date unknown" in html


# ----------------------------------------------------------------- exports

def test_claimreview_covers_confirmed_and_contradicted_claims_only(baku):
    reviews = rp.claimreview_jsonld(baku)
    rated = [c for c in baku["claims"] if c["verdict"] != "unverified"]
    assert [r["claimReviewed"] for r in reviews] == [c["text"] for c in rated]
    ashkenazi = next(r for r in reviews if r["claimReviewed"].startswith("Gabi Ashkenazi"))
    assert ashkenazi["@context"] == "https://schema.org" and ashkenazi["@type"] == "ClaimReview"
    assert ashkenazi["reviewRating"] == {"@type": "Rating", "ratingValue": 1, "bestRating": 5,
                                         "worstRating": 1, "alternateName": "Contradicted"}
    assert ashkenazi["author"] == {"@type": "Organization", "name": "checker"}
    assert ashkenazi["datePublished"] == "2026-11-28"
    assert ashkenazi["itemReviewed"]["@type"] == "Claim"
    assert "author" not in ashkenazi["itemReviewed"]  # the article's own voice has no label
    barrack = next(r for r in reviews if r["claimReviewed"].startswith("Thomas Barrack said"))
    assert barrack["reviewRating"]["alternateName"] == "Confirmed"
    assert barrack["reviewRating"]["ratingValue"] == 5
    assert barrack["itemReviewed"]["author"] == {"@type": "Person",
                                                 "name": "US Special Envoy to Syria Thomas Barrack"}
    presidency = next(r for r in reviews if "gas" in r["claimReviewed"])
    assert presidency["itemReviewed"]["author"]["@type"] == "Organization"


def test_jsonld_in_the_page_is_the_claimreview_and_cannot_close_its_script(hostile):
    html = rp.render_html(hostile)
    page = Page(html)
    body = [b for attrs, b in page.scripts if attrs.get("type") == "application/ld+json"][0]
    assert "<" not in body
    assert json.loads(body) == rp.claimreview_jsonld(hostile)


def test_download_links_carry_the_json_report_and_the_claimreview(baku):
    page = Page(rp.render_html(baku))
    links = {a["download"]: a["href"] for a in page.find("a") if "download" in a}
    report_url = links["baku-meeting.json"]
    reviews_url = links["baku-meeting.claimreview.jsonld"]
    decode = lambda url: json.loads(base64.b64decode(url.split(",", 1)[1]))  # noqa: E731
    assert decode(report_url) == baku
    assert decode(reviews_url) == rp.claimreview_jsonld(baku)


# ----------------------------------------------------------------- file names and writing

@pytest.mark.parametrize("article, name", [
    ({"input": "examples/baku-meeting.txt"}, "baku-meeting.html"),
    ({"input": "/tmp/Drafts/Baku Meeting (v2).md"}, "baku-meeting-v2.html"),
    ({"input": "https://www.example.org/news/2025/baku-talks.html?id=3"},
     "example-org-news-2025-baku-talks.html"),
    ({"input": "https://example.org/"}, "example-org.html"),
    ({"input": "-", "title": "Syrian-Israeli Meeting in Baku"}, "syrian-israeli-meeting-in-baku.html"),
    ({"input": "-", "title": "Café à Bakou"}, "cafe-a-bakou.html"),
    ({"input": "-", "title": None, "sha256": "ab" * 32}, "article-abababababab.html"),
    ({"input": "../../etc/passwd"}, "passwd.html"),
])
def test_report_filename_is_a_slug_of_the_input(article, name):
    assert rp.report_filename({"article": article}) == name


def test_write_report_writes_the_page_named_after_the_input(baku, tmp_path):
    path = rp.write_report(baku, tmp_path / "reports")
    assert path == tmp_path / "reports" / "baku-meeting.html"
    assert path.read_text(encoding="utf-8") == rp.render_html(baku)


def test_write_atomic_creates_the_folder_and_leaves_no_temp_file(tmp_path):
    target = tmp_path / "deep" / "er" / "page.html"
    rp.write_atomic(target, "new ✓")
    assert target.read_text(encoding="utf-8") == "new ✓"
    assert sorted(p.name for p in target.parent.iterdir()) == ["page.html"]


def test_write_atomic_makes_a_readable_file_and_keeps_an_existing_mode(tmp_path):
    fresh = tmp_path / "fresh.html"
    rp.write_atomic(fresh, "x")
    assert fresh.stat().st_mode & 0o777 == 0o644
    kept = tmp_path / "kept.html"
    kept.write_text("old")
    kept.chmod(0o640)
    rp.write_atomic(kept, "new")
    assert kept.stat().st_mode & 0o777 == 0o640


def test_write_atomic_keeps_the_old_file_when_writing_fails(tmp_path):
    target = tmp_path / "page.html"
    target.write_text("old report", encoding="utf-8")
    with pytest.raises(UnicodeEncodeError):
        rp.write_atomic(target, "half \ud800 written")
    assert target.read_text(encoding="utf-8") == "old report"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["page.html"]


def test_write_atomic_onto_a_folder_is_a_plain_error_and_cleans_up(tmp_path):
    target = tmp_path / "page.html"
    target.mkdir()
    (target / "keep.txt").write_text("kept")
    with pytest.raises(CheckerError, match=r"^Could not write .*page\.html: .*output folder\.$"):
        rp.write_atomic(target, "new")
    assert (target / "keep.txt").read_text() == "kept"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["page.html"]


def test_index_lists_entries_in_the_given_order_with_counts_and_links(tmp_path):
    entries = [
        {"title": "Newest <script>window.pwned=1</script>", "input": "b.txt", "published": "2025-07-13",
         "checked_at": "2026-11-28T06:00:00Z", "href": "b.html",
         "summary": {"claims": 4, "confirmed": 2, "contradicted": 1, "unverified": 1}},
        {"title": "Older", "input": "a.txt", "published": None, "checked_at": "2026-11-27T06:00:00Z",
         "href": "javascript:alert(1)", "summary": {"claims": 1, "confirmed": 1, "contradicted": 0,
                                                     "unverified": 0}},
    ]
    path = rp.write_index(entries, tmp_path)
    assert path == tmp_path / "index.html"
    html = path.read_text(encoding="utf-8")
    page = Page(html)
    assert [a["href"] for a in page.find("a")] == ["b.html"]
    assert html.index("Newest") < html.index("Older")
    assert "&lt;script&gt;window.pwned=1&lt;/script&gt;" in html
    assert not page.scripts
    text = re.sub(r"\s+", " ", "".join(page.text))
    assert "1 contradicted" in text and "4 claims" in text


def test_index_entry_is_built_from_a_report(baku):
    entry = rp.index_entry(baku)
    assert entry == {"title": baku["article"]["title"], "input": "examples/baku-meeting.txt",
                     "published": "2025-07-12", "checked_at": "2026-11-28T05:10:00Z",
                     "summary": baku["summary"], "href": "baku-meeting.html"}


def test_empty_index_says_how_to_fill_it():
    assert "No article has been checked yet" in rp.render_index([])


# ----------------------------------------------------------------- palette

def test_contrast_ratio_matches_known_values():
    assert rp.contrast_ratio("#000000", "#ffffff") == pytest.approx(21.0)
    assert rp.contrast_ratio("#777777", "#ffffff") == pytest.approx(4.48, abs=0.01)


@pytest.mark.parametrize("fg, bg", rp.CONTRAST_PAIRS)
def test_palette_text_pairs_meet_wcag_aa(fg, bg):
    assert rp.contrast_ratio(rp.PALETTE[fg], rp.PALETTE[bg]) >= 4.5


def test_css_uses_only_palette_colours():
    css = rp._css()
    used = set(re.findall(r"var\(--([\w-]+)", css))
    assert used - {"fg", "bg", "hl"} <= set(rp.PALETTE)
    # colours are named in the palette, not scattered through the stylesheet
    literal = re.findall(r"#[0-9a-fA-F]{3,6}\b", css)
    assert set(literal) <= {"#fff"}, literal


def test_every_attribution_kind_has_a_badge_and_unknown_kinds_are_spelled_out():
    from claims.types import KINDS
    assert set(KINDS) == set(rp.ATTRIBUTION_KINDS)
    assert rp.kind_label("think_tank") == "Think tank"


def test_a_report_is_not_changed_by_rendering(baku):
    before = copy.deepcopy(baku)
    rp.render_html(baku)
    rp.claimreview_jsonld(baku)
    assert baku == before
