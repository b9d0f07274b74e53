"""checker.extract: decoding, main text of real-looking pages, titles, dates, feeds."""
from __future__ import annotations

import codecs
from pathlib import Path

import pytest

from checker.errors import InputError
from checker.extract import (
    MAX_ARTICLE_BYTES,
    FeedItem,
    Page,
    decode,
    extract_html,
    extract_text,
    is_feed,
    looks_binary,
    looks_like_html,
    parse_feed,
    to_ymd,
)

PAGES = Path(__file__).parent / "fixtures" / "pages"


def page(name: str) -> str:
    return (PAGES / name).read_text(encoding="utf-8")


# -------------------------------------------------------------------------- decode


def test_utf8_bom_is_removed():
    assert decode(codecs.BOM_UTF8 + "Café on the quay".encode()) == "Café on the quay"


@pytest.mark.parametrize("codec", ["utf-16", "utf-16-be", "utf-32"])
def test_utf16_and_utf32_with_bom_are_read_despite_their_nul_bytes(codec):
    text = "Zürich: talks resume on Monday"
    data = text.encode(codec)
    if codec == "utf-16-be":
        data = codecs.BOM_UTF16_BE + data
    assert decode(data) == text


def test_plain_utf8_is_read_as_utf8():
    assert decode("Señor Müller’s “quote”".encode()) == "Señor Müller’s “quote”"


def test_latin1_declared_in_meta_is_honoured():
    html = '<html><head><meta charset="iso-8859-1"><title>x</title></head><body><p>Señor Müller à Genève</p></body></html>'
    assert "Señor Müller à Genève" in decode(html.encode("latin-1"))


def test_charset_in_http_equiv_meta_is_honoured():
    html = (
        '<html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1251"></head>'
        "<body><p>Переговоры продолжатся</p></body></html>"
    )
    assert "Переговоры продолжатся" in decode(html.encode("cp1251"))


def test_latin1_label_is_read_as_windows_1252_like_browsers_do():
    # Pages labelled latin-1 routinely hold curly quotes in the 0x80-0x9F range.
    html = '<meta charset="ISO-8859-1"><p>\u201cWe will rebuild\u201d, she said.</p>'
    assert "\u201cWe will rebuild\u201d" in decode(html.encode("cp1252"))


def test_header_charset_wins_over_meta():
    html = '<meta charset="utf-8"><p>Ελλάδα</p>'
    data = html.encode("iso-8859-7")
    assert "Ελλάδα" in decode(data, content_type="text/html; charset=ISO-8859-7")
    assert "Ελλάδα" in decode(data, content_type="text/html", charset="iso-8859-7")


def test_unknown_declared_charset_is_ignored():
    assert decode("Müller".encode(), content_type="text/plain; charset=no-such-codec") == "Müller"


def test_declared_utf8_with_a_stray_byte_keeps_the_rest_intact():
    data = "Zürich ".encode() + b"\x96" + " Genève".encode()
    assert decode(data, content_type="text/html; charset=utf-8") == "Zürich \ufffd Genève"


@pytest.mark.parametrize(
    "text",
    [
        "The mayor said the \u201cnew bridge\u201d will cost \u20ac4.2 million, and the caf\u00e9 owners on the quay "
        "\u2013 who fear months of noise \u2013 were not consulted before the decision was taken.",
        "Caf\u00e9 \u201cZur Post\u201d \u2013 ge\u00f6ffnet",
    ],
)
def test_undeclared_windows_1252_is_guessed(text):
    assert decode(text.encode("cp1252")) == text


def test_undeclared_cyrillic_is_guessed():
    text = "Президент заявил журналистам, что переговоры продолжатся на следующей неделе в Баку."
    assert decode(text.encode("cp1251")) == text


@pytest.mark.parametrize(
    "data",
    [
        b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x01\x00",
        b"%PDF-1.7\n\x00\x01\x02\x03 binary stream",
        bytes(range(1, 32)) * 20 + b"some words",
    ],
)
def test_binary_is_refused_with_the_file_name(data):
    with pytest.raises(InputError) as raised:
        decode(data, name="photo.png")
    assert str(raised.value) == (
        "photo.png: this is not a text file (it looks binary); give a .txt, .md or .html article"
    )


def test_empty_input_is_empty_text():
    assert decode(b"") == ""


def test_looks_binary_allows_tabs_newlines_and_boms():
    assert not looks_binary(b"col1\tcol2\r\nline two\fpage")
    assert not looks_binary("text".encode("utf-16"))
    assert looks_binary(b"GIF89a\x00\x01")


def test_max_article_bytes_is_three_megabytes():
    assert MAX_ARTICLE_BYTES == 3_000_000


# -------------------------------------------------------------------- looks_like_html


@pytest.mark.parametrize(
    "text, expected",
    [
        ("<!DOCTYPE html><html><body><p>x</p></body></html>", True),
        ("\ufeff\n  <html lang='en'><p>x</p></html>", True),
        ('<?xml version="1.0"?>\n<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Strict//EN" "x">\n<html>', True),
        ("<p>A fragment of a page</p><p>and another</p>", True),
        ("<div class='story'>words</div>", True),
        ("# A Markdown title\n\nSome text with a <br> in it.", False),
        ("Plain text that mentions <html> later on.", False),
        ("<rss version='2.0'><channel></channel></rss>", False),
        ("", False),
    ],
)
def test_looks_like_html(text, expected):
    assert looks_like_html(text) is expected


# ------------------------------------------------------------------- extract_html

STORY = (
    "The water board of the upper valley will begin draining the Kessel reservoir",
    "Inspectors found a crack about forty metres long",
    "According to the engineer, Pavel Doubek, the basin will stay empty for six weeks",
    "The board said tap water supply would not be interrupted",
    "Councillor Jana Weiss, who chairs the environment committee",
    "Anglers who use the reservoir have been told",
    "A second public meeting on the timetable of the works is planned for April",
)

BOILERPLATE = (
    # navigation and header
    "Local news", "Politics", "Subscribe for one euro a week",
    # ads
    "Advertisement", "Zephyr hatchback", "Nimbus Net", "Sponsored",
    # share bars
    "Share on Facebook", "Share on X", "Email this article", "Copy link", "Share this story",
    # related stories, newsletter, cookie banner, footer
    "Footbridge over the Lusa", "morning briefing", "cookies", "All rights reserved", "Privacy policy",
    # reader comments
    "comments", "riverwatcher77", "knew about that crack for years", "Six weeks is optimistic",
    "footpath around the northern basin", "Join the discussion", "Post comment",
    # scripts and styles
    "dataLayer", "min-height",
)


@pytest.fixture(scope="module")
def news_article() -> Page:
    return extract_html(page("news_article.html"), url="https://valley.example/local/reservoir-repairs")


def test_article_body_is_kept_in_order(news_article):
    positions = [news_article.text.find(sentence) for sentence in STORY]
    assert -1 not in positions, news_article.text
    assert positions == sorted(positions)


@pytest.mark.parametrize("words", BOILERPLATE)
def test_navigation_ads_share_bars_and_comments_are_dropped(news_article, words):
    assert words not in news_article.text


def test_paragraphs_are_separated_by_a_blank_line(news_article):
    paragraphs = news_article.text.split("\n\n")
    assert any(p.startswith("Inspectors found a crack") and p.endswith("December rains.") for p in paragraphs)
    assert all(p.strip() == p and p and "\n" not in p for p in paragraphs)


def test_og_title_and_article_published_time(news_article):
    assert news_article.title == "Reservoir repairs to start in May after winter leak"
    assert news_article.published == "2024-03-14"
    assert news_article.url == "https://valley.example/local/reservoir-repairs"


def test_date_from_time_tag_skips_the_sidebar_and_title_loses_the_site_name():
    result = extract_html(page("time_tag.html"))
    assert result.published == "2023-11-02"
    assert result.title == "Ferry timetable changes for the winter"
    assert "four times a day instead of six" in result.text
    assert "Lighthouse open day" not in result.text


def test_date_from_json_ld_prefers_the_article_over_the_website():
    result = extract_html(page("json_ld.html"))
    assert result.published == "2023-09-30"  # its local date, not shifted to UTC
    assert result.title == "Library extends opening hours"


def test_date_from_itemprop_meta():
    assert extract_html(page("itemprop_date.html")).published == "2022-01-05"


def test_date_from_trafilatura_when_the_page_has_no_date_metadata():
    url = "https://town.example/news/2021/02/12/market-square.html"
    assert extract_html(page("url_date.html"), url=url).published == "2021-02-12"


def test_no_date_anywhere_is_none():
    assert extract_html(page("url_date.html")).published is None


def test_title_falls_back_to_h1():
    html = "<html><body><h1>Bridge reopens</h1><p>The bridge reopened on Friday morning.</p></body></html>"
    assert extract_html(html).title == "Bridge reopens"


def test_page_that_trafilatura_finds_nothing_in_falls_back_to_its_blocks():
    result = extract_html(page("table_layout.html"))
    assert result.title == "Parish council notice"
    assert result.text.split("\n\n") == [
        "Parish council notice",
        "The parish council will meet in the school hall on Thursday 6 June at seven in the evening.",
        "The agenda covers the new bus shelter, the allotment rents and the summer fair.",
    ]
    assert "Notices" not in result.text  # the menu cell is dropped


def test_empty_page_gives_empty_text():
    assert extract_html("") == Page(title=None, published=None, text="", url=None)


# --------------------------------------------------------------------- extract_text


@pytest.mark.parametrize(
    "text, title",
    [
        ("Officials meet in Baku\n\nThe talks began on Saturday.", "Officials meet in Baku"),
        ("\n\n  Officials meet in Baku  \nBody.", "Officials meet in Baku"),
        ("# Officials meet in Baku\n\nBody text.", "Officials meet in Baku"),
        ("The talks began on Saturday in Baku.\nMore text.", None),
        ("x" * 201 + "\n\nBody.", None),
        ("x" * 200 + "\n\nBody.", "x" * 200),
        ("Who met whom in Baku?\n\nBody.", "Who met whom in Baku?"),
        ("", None),
        ("\n  \n", None),
    ],
)
def test_extract_text_title_is_a_short_first_line_without_final_period(text, title):
    result = extract_text(text)
    assert result.title == title
    assert result.text == text
    assert result.published is None


# ------------------------------------------------------------------------------ feeds


def test_rss_items_with_dates_summaries_and_resolved_links():
    items = parse_feed((PAGES / "feed_rss.xml").read_bytes(), base_url="https://valley.example/feeds/local.xml")
    assert items == [
        FeedItem(
            title="Reservoir repairs to start in May",
            link="https://valley.example/local/reservoir-repairs",
            published="2024-03-14",
            summary="The water board will drain the northern basin for six weeks.",
        ),
        FeedItem(
            title="Footbridge over the Lusa closed for a month",
            link="https://valley.example/local/footbridge-closed",
            published="2024-03-12",
            summary="Engineers found rust in two of the cables.",
        ),
        FeedItem(
            title="New flood map redraws hundreds of gardens",
            link="https://valley.example/local/flood-map",
            published="2024-03-11",
            summary="The agency's new map & its appeals process.",
        ),
    ]


def test_atom_entries_use_the_alternate_link_and_xml_base():
    items = parse_feed(page("feed_atom.xml"), base_url="https://harbour.example/news/atom.xml")
    assert items == [
        FeedItem(
            title="Ferry timetable changes for the winter",
            link="https://harbour.example/news/2023/11/ferry-winter-timetable",
            published="2023-11-02",
            summary="Four sailings a day instead of six from mid-November.",
        ),
        FeedItem(
            title="Lighthouse open day draws crowds",
            link="https://harbour.example/news/2023/10/lighthouse-open-day",
            published="2023-10-29",
            summary="More than two thousand visitors climbed the tower.",
        ),
    ]


def test_relative_rss_link_without_base_url_stays_as_written():
    items = parse_feed(page("feed_rss.xml"))
    assert items[1].link == "/local/footbridge-closed"


def test_something_that_is_not_a_feed_has_no_items():
    assert parse_feed(page("news_article.html")) == []
    assert parse_feed("") == []


@pytest.mark.parametrize(
    "content_type, start, expected",
    [
        ("application/rss+xml", "", True),
        ("application/atom+xml; charset=utf-8", "", True),
        ("application/xml", '<?xml version="1.0"?>\n<rss version="2.0">', True),
        ("text/xml", '<?xml version="1.0"?><?xml-stylesheet href="s.xsl"?><feed xmlns="http://www.w3.org/2005/Atom">', True),
        (None, '\ufeff<?xml version="1.0"?>\n<!-- generator -->\n<rdf:RDF xmlns:rdf="x">', True),
        ("text/html", "<!DOCTYPE html><html>", False),
        ("application/xml", '<?xml version="1.0"?><sitemap>', False),
        (None, "Plain text about an rss feed", False),
    ],
)
def test_is_feed(content_type, start, expected):
    assert is_feed(content_type, start) is expected


# ---------------------------------------------------------------------------- dates


@pytest.mark.parametrize(
    "value, expected",
    [
        ("2024-03-14", "2024-03-14"),
        ("2024-03-14T23:30:00-05:00", "2024-03-14"),
        ("2024/3/4", "2024-03-04"),
        ("Thu, 14 Mar 2024 08:30:00 +0100", "2024-03-14"),
        ("Mon, 11 Mar 2024 23:59:00 GMT", "2024-03-11"),
        ("March 14, 2024", "2024-03-14"),
        ("14 March 2024", "2024-03-14"),
        ("20240314", "2024-03-14"),
        ("2024-02-30", None),
        ("yesterday", None),
        ("", None),
        (None, None),
    ],
)
def test_to_ymd(value, expected):
    assert to_ymd(value) == expected
