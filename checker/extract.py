"""Bytes, HTML pages and feeds -> plain text, a title and a publication date.

Everything here is pure text work: no network (``fetch`` brings the bytes), no
database. The article body comes from trafilatura, which is good at keeping the
story and dropping navigation, ads, share bars and reader comments; when it finds
nothing (very short or oddly built pages) a plain beautifulsoup4 pass that removes
the usual boilerplate takes over, so a page never comes back empty just because it
is small. Titles and dates come from the page's own metadata first, since that is
what the publisher meant; trafilatura's date guessing is the last resort.
"""
from __future__ import annotations

import codecs
import email.utils
import json
import re
from dataclasses import dataclass
from datetime import date, datetime
from typing import TYPE_CHECKING
from urllib.parse import urljoin

from checker.errors import InputError

if TYPE_CHECKING:  # beautifulsoup4 is imported where a page or feed is parsed: 0.06 s a start-up otherwise
    from bs4 import BeautifulSoup, Tag

#: The largest article (in bytes) the lead's code accepts from a file or a page.
MAX_ARTICLE_BYTES = 3_000_000
#: The longest article text (after extraction) that is checked: about 30,000 words, twice
#: the longest magazine feature. Checking time grows with the number of claims (some
#: 20 seconds at this length), so a 3 MB paragraph is refused in one sentence instead.
MAX_ARTICLE_CHARS = 200_000


@dataclass(frozen=True)
class Page:
    """An article as text: paragraphs separated by a blank line."""

    title: str | None
    published: str | None  # "YYYY-MM-DD" or None
    text: str
    url: str | None = None


@dataclass(frozen=True)
class FeedItem:
    """One RSS item or Atom entry; ``link`` is absolute when the feed's URL is known."""

    title: str | None
    link: str
    published: str | None  # "YYYY-MM-DD" or None
    summary: str | None


# --------------------------------------------------------------------------- decoding

#: Byte-order marks, longest first (the UTF-32 LE mark starts like the UTF-16 LE one).
_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)

#: Declared charsets that browsers read as windows-1252 (WHATWG Encoding standard):
#: pages labelled latin-1 routinely hold curly quotes in the 0x80-0x9F range.
_CHARSET_ALIASES = {"latin-1": "cp1252", "iso8859-1": "cp1252", "ascii": "cp1252"}

#: Control bytes that never occur in text (tab, newlines, form feed and escape do).
_CONTROL_BYTES = bytes(b for b in range(32) if b not in b"\t\n\x0b\x0c\r\x1b") + b"\x7f"
_CONTROL_SHARE = 0.10  # more than this share of control bytes: binary
_SNIFF_BYTES = 65_536

_META_CHARSET = re.compile(rb"""<meta[^>]+?charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.I)
_XML_ENCODING = re.compile(rb"""<\?xml[^>]*?encoding\s*=\s*["']([A-Za-z0-9_.:-]+)""", re.I)
_HEADER_CHARSET = re.compile(r"""charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.I)


def looks_binary(data: bytes) -> bool:
    """True when the bytes hold a NUL or a high share of control bytes.

    ``fetch`` uses this to sniff bodies that came without a content type. Text with a
    UTF-16/32 byte-order mark is not binary even though it holds NULs.
    """
    if any(data.startswith(bom) for bom, _ in _BOMS if bom != codecs.BOM_UTF8):
        return False
    sample = data[:_SNIFF_BYTES]
    if not sample:
        return False
    if b"\x00" in sample:
        return True
    controls = len(sample) - len(sample.translate(None, _CONTROL_BYTES))
    return controls / len(sample) > _CONTROL_SHARE


def _codec(name: str | None) -> str | None:
    """The Python codec for a declared charset, or None when Python has no such codec."""
    if not name:
        return None
    try:
        canonical = codecs.lookup(name.strip().strip("\"'")).name
    except LookupError:
        return None
    return _CHARSET_ALIASES.get(canonical, canonical)


def _declared_charset(body: bytes, content_type: str | None, charset: str | None) -> str | None:
    """The charset the transport or the document itself declares (HTML spec order)."""
    if charset:
        return _codec(charset)
    if content_type:
        match = _HEADER_CHARSET.search(content_type)
        if match and _codec(match.group(1)):
            return _codec(match.group(1))
    head = body[:4096]
    for pattern in (_META_CHARSET, _XML_ENCODING):
        match = pattern.search(head)
        if match and _codec(match.group(1).decode("ascii")):
            codec = _codec(match.group(1).decode("ascii"))
            # a declaration readable as ASCII cannot be in UTF-16/32: WHATWG reads it as UTF-8
            return "utf-8" if codec.startswith(("utf-16", "utf-32")) else codec
    return None


def _utf16_without_bom(body: bytes) -> str | None:
    """"utf-16-le"/"utf-16-be" for UTF-16 text saved without a byte-order mark, else None.

    Latin-script text in UTF-16 has a NUL in every other byte, on one side only;
    binary data has NULs scattered on both sides.
    """
    sample = body[:_SNIFF_BYTES - _SNIFF_BYTES % 2]
    pairs = len(sample) // 2
    if pairs < 2:
        return None
    even, odd = sample[0::2].count(0), sample[1::2].count(0)
    for nuls, others, codec in ((odd, even, "utf-16-le"), (even, odd, "utf-16-be")):
        if nuls >= 0.3 * pairs and others == 0:
            try:
                text = body[: len(body) - len(body) % 2].decode(codec)
            except UnicodeDecodeError:
                return None
            return codec if not looks_binary(text[:_SNIFF_BYTES].encode("utf-8")) else None
    return None


def decode(
    body: bytes,
    *,
    content_type: str | None = None,
    name: str = "input",
    charset: str | None = None,
) -> str:
    """Bytes -> text: BOM, then the declared charset, then UTF-8, then a guess.

    ``content_type`` may carry a ``charset=`` parameter (a full Content-Type header);
    ``charset`` (``FetchResult.charset``) wins over it. A declared UTF-8 that does not
    quite decode is trusted anyway (stray bytes become U+FFFD) rather than guessed
    away, because a guess on mostly-UTF-8 text turns every accent into mojibake.
    """
    if not body:
        return ""
    for bom, codec in _BOMS:
        if body.startswith(bom):
            return body.decode(codec, errors="replace")
    declared = _declared_charset(body, content_type, charset)
    if declared and declared.startswith(("utf-16", "utf-32")):
        try:
            return body.decode(declared)
        except UnicodeDecodeError:
            pass
    utf16 = _utf16_without_bom(body) if b"\x00" in body[:_SNIFF_BYTES] else None
    if utf16:
        return body[: len(body) - len(body) % 2].decode(utf16)
    if looks_binary(body):
        raise InputError(
            f"{name}: this is not a text file (it looks binary); give a .txt, .md or .html article"
        )
    if declared:
        try:
            return body.decode(declared)
        except UnicodeDecodeError:
            if declared == "utf-8":
                return body.decode("utf-8", errors="replace")
    try:
        return body.decode("utf-8")
    except UnicodeDecodeError:
        pass
    return _guess(body)


#: How much more "chaos" (charset-normalizer's mess score) a windows-1252 reading may
#: have than the best guess and still win: on short Western text the best guess is
#: often a DOS code page that turns curly quotes into accented letters.
_CP1252_MARGIN = 0.05


def _guess(body: bytes) -> str:
    """Undeclared, not UTF-8: charset-normalizer, leaning to windows-1252 like browsers."""
    from charset_normalizer import from_bytes

    matches = from_bytes(body)
    best = matches.best()
    if best is None:
        return body.decode("cp1252", errors="replace")
    for match in matches:
        if "cp1252" in match.could_be_from_charset and match.chaos <= best.chaos + _CP1252_MARGIN:
            return str(match)
    return str(best)


# ------------------------------------------------------------------------ HTML pages

_HTML_START = re.compile(r"<(!doctype\s+html|html)\b")
_HTML_TAG = re.compile(r"<(head|body|title|meta|div|p|article|section|main|h[1-6]|span|a)\b[^>]*>")
_XML_PROLOG = re.compile(r"^(<\?[^>]*\?>\s*|<!--.*?-->\s*)+", re.S)


def looks_like_html(text: str) -> bool:
    """True when the text starts as an HTML document or a fragment of HTML tags.

    A Markdown article with a stray ``<br>`` in it is not HTML: the text must open
    with a tag.
    """
    head = _XML_PROLOG.sub("", text[:4096].lstrip("\ufeff \t\r\n")).lower()
    if _HTML_START.match(head):
        return True
    return head.startswith("<") and _HTML_TAG.search(head) is not None


#: Tags that never hold the story.
_BOILERPLATE_TAGS = (
    "script", "style", "noscript", "template", "nav", "header", "footer", "aside",
    "form", "iframe", "svg", "button", "select", "input", "object", "embed",
)

#: Words in a class or id that mark boilerplate (matched against whole words of the
#: name, split at "-" and "_", so "read-more" is not an ad).
_BOILERPLATE_WORDS = frozenset({
    "comment", "comments", "disqus", "respond", "replies",
    "share", "sharing", "social", "sharebar",
    "ad", "ads", "advert", "adverts", "advertisement", "sponsored", "promo", "promoted",
    "newsletter", "subscribe", "paywall", "cookie", "cookies", "consent", "gdpr",
    "related", "recommended", "sidebar", "breadcrumb", "breadcrumbs", "popup", "modal",
    "banner", "menu", "navbar", "masthead",
})

#: Elements that start a new paragraph in the fallback extraction; text between them
#: (inline tags included) joins into one paragraph.
_BLOCKS = frozenset({
    "p", "h1", "h2", "h3", "h4", "h5", "h6", "li", "blockquote", "pre", "dd", "dt",
    "figcaption", "div", "td", "th", "tr", "table", "ul", "ol", "section", "article",
    "main", "body", "html", "[document]",
})

#: Meta tags that carry a publication date: (attribute, value), compared lowercased.
_DATE_META = (
    ("property", "article:published_time"),
    ("name", "article:published_time"),
    ("itemprop", "datepublished"),
    ("property", "og:published_time"),
    ("name", "pubdate"),
    ("name", "publishdate"),
    ("name", "publish-date"),
    ("name", "publication_date"),
    ("name", "parsely-pub-date"),
    ("name", "sailthru.date"),
    ("name", "dc.date.issued"),
    ("name", "dcterms.issued"),
    ("name", "dc.date"),
    ("name", "dcterms.date"),
    ("name", "date"),
)

#: Meta tags that carry the headline, best first; then <title>, then <h1>.
_TITLE_META = (("property", "og:title"), ("name", "twitter:title"), ("name", "og:title"))

#: JSON-LD types that are the article itself (a page also describes its site, logo...).
_ARTICLE_TYPES = frozenset({
    "article", "newsarticle", "reportagenewsarticle", "analysisnewsarticle",
    "blogposting", "webpage", "report", "liveblogposting", "opinionnewsarticle",
})

#: Date formats seen in meta tags and feeds besides ISO 8601 and RFC 822.
_DATE_FORMATS = ("%B %d, %Y", "%b %d, %Y", "%d %B %Y", "%d %b %Y", "%Y%m%d")

_YMD = re.compile(r"\s*(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?!\d)")


def to_ymd(value: str | None) -> str | None:
    """A date as the publisher wrote it -> "YYYY-MM-DD" (its local date, no time zone shift).

    "2024-03-14T23:30:00-05:00" is the 14th where it was published, so it stays the 14th.
    """
    if not value or not value.strip():
        return None
    value = value.strip()
    match = _YMD.match(value)
    if match:
        try:
            return date(*map(int, match.groups())).isoformat()
        except ValueError:
            return None
    try:
        return email.utils.parsedate_to_datetime(value).date().isoformat()
    except (TypeError, ValueError, IndexError, OverflowError):
        pass
    for fmt in _DATE_FORMATS:
        try:
            return datetime.strptime(value, fmt).date().isoformat()
        except ValueError:
            continue
    return None


def _is_boilerplate(tag: Tag) -> bool:
    if tag.attrs is None:  # already decomposed
        return False
    names = list(tag.get("class") or ())
    if tag.get("id"):
        names.append(tag["id"])
    if tag.get("role") in ("navigation", "banner", "contentinfo", "complementary"):
        return True
    words = {w for n in names for w in re.split(r"[-_\s]+", str(n).lower()) if w}
    return bool(words & _BOILERPLATE_WORDS)


def _in_boilerplate(tag: Tag) -> bool:
    from bs4 import Tag

    return any(_is_boilerplate(parent) for parent in tag.parents if isinstance(parent, Tag))


def _clean(text: str) -> str:
    return " ".join(text.split())


def _meta_values(soup: BeautifulSoup) -> dict[tuple[str, str], str]:
    """Every <meta> as {(attribute, lowercased value): content}, first one wins."""
    values: dict[tuple[str, str], str] = {}
    for meta in soup.find_all("meta"):
        content = meta.get("content")
        if not content or not content.strip():
            continue
        for attr in ("property", "name", "itemprop"):
            if meta.get(attr):
                values.setdefault((attr, meta[attr].strip().lower()), content.strip())
    return values


def _title(soup: BeautifulSoup, metas: dict[tuple[str, str], str]) -> str | None:
    for key in _TITLE_META:
        if metas.get(key):
            return _clean(metas[key])
    if soup.title and soup.title.string and soup.title.string.strip():
        title = _clean(soup.title.string)
        site = metas.get(("property", "og:site_name")) or metas.get(("name", "application-name"))
        for sep in (" | ", " - ", " – ", " — ", " :: "):
            if site and title.endswith(sep + site):
                return title[: -len(sep + site)]
        return title
    h1 = soup.find("h1")
    if h1 and _clean(h1.get_text(" ")):
        return _clean(h1.get_text(" "))
    return None


def _json_ld_dates(soup: BeautifulSoup) -> list[tuple[bool, str]]:
    """(is the article itself, datePublished) for every JSON-LD object that has one."""
    found: list[tuple[bool, str]] = []

    def walk(node) -> None:
        if isinstance(node, list):
            for item in node:
                walk(item)
        elif isinstance(node, dict):
            if isinstance(node.get("datePublished"), str):
                types = node.get("@type") or ()
                types = [types] if isinstance(types, str) else types
                is_article = any(str(t).lower() in _ARTICLE_TYPES for t in types)
                found.append((is_article, node["datePublished"]))
            for value in node.values():
                if isinstance(value, (list, dict)):
                    walk(value)

    for script in soup.find_all("script", type=re.compile(r"ld\+json", re.I)):
        try:
            walk(json.loads(script.string or "", strict=False))
        except (ValueError, TypeError):
            continue
    return found


def _published(soup: BeautifulSoup, metas: dict[tuple[str, str], str], html: str, url: str | None) -> str | None:
    """Meta tags, then JSON-LD, then <time datetime>, then trafilatura's guess.

    JSON-LD comes before <time> because a page's <time> elements also date related
    stories and reader comments; the <time> search skips those parts of the page.
    """
    for key in _DATE_META:
        if to_ymd(metas.get(key)):
            return to_ymd(metas[key])
    dates = _json_ld_dates(soup)
    for is_article, value in sorted(dates, key=lambda d: not d[0]):
        if to_ymd(value):
            return to_ymd(value)
    times = [t for t in soup.find_all("time") if t.get("datetime")]
    preferred = [t for t in times if t.get("itemprop", "").lower() == "datepublished" or t.has_attr("pubdate")]
    for time_tag in preferred + [t for t in times if not _in_boilerplate(t)]:
        if to_ymd(time_tag["datetime"]):
            return to_ymd(time_tag["datetime"])
    try:
        import trafilatura

        metadata = trafilatura.extract_metadata(html, default_url=url)
    except Exception:  # trafilatura's guessing must never cost us the article
        return None
    return to_ymd(getattr(metadata, "date", None)) if metadata is not None else None


def _paragraphs(text: str) -> str:
    """trafilatura's one-line-per-block text -> paragraphs separated by a blank line."""
    return "\n\n".join(line.strip() for line in text.splitlines() if line.strip())


def _fallback_text(soup: BeautifulSoup) -> str:
    """The story's blocks once the usual boilerplate is gone (beautifulsoup4 only).

    Text is grouped by its nearest block element, so a story laid out in <div>s or
    table cells comes out in paragraphs just like one written in <p>s.
    """
    from bs4 import Comment

    for comment in soup.find_all(string=lambda s: isinstance(s, Comment)):
        comment.extract()
    for tag in soup.find_all(("head",) + _BOILERPLATE_TAGS):
        tag.decompose()
    for tag in soup.find_all(True):
        if tag.attrs is not None and _is_boilerplate(tag):
            tag.decompose()
    root = soup.find("article") or soup.find("main") or soup.body or soup
    paragraphs: list[str] = []
    pieces: list[str] = []
    current = None
    for string in root.find_all(string=True):
        block = next((p for p in string.parents if p.name in _BLOCKS), None)
        if block is not current:
            paragraphs.append(_clean("".join(pieces)))
            pieces, current = [], block
        pieces.append(str(string))
    paragraphs.append(_clean("".join(pieces)))
    return "\n\n".join(p for p in paragraphs if p)


def extract_html(html: str, *, url: str | None = None) -> Page:
    """The main text, title and publication date of an HTML page."""
    from bs4 import BeautifulSoup

    soup = BeautifulSoup(html, "lxml")
    metas = _meta_values(soup)
    title = _title(soup, metas)
    published = _published(soup, metas, html, url)
    text = ""
    if html.strip():
        import trafilatura

        body = trafilatura.extract(
            html,
            url=url,
            include_comments=False,
            include_tables=False,
            favor_precision=True,
            output_format="txt",
        )
        text = _paragraphs(body or "")
    if not text:
        text = _fallback_text(soup)
    return Page(title=title, published=published, text=text, url=url)


def extract_text(text: str) -> Page:
    """A .txt or .md article: the text as it is; a short first line is its title.

    The first non-empty line counts as a title when it is at most 200 characters and
    does not end with a period (a sentence would); Markdown heading marks are dropped
    from the title, never from the text.
    """
    first = next((line.strip() for line in text.splitlines() if line.strip()), "")
    title = None
    if first and len(first) <= 200 and not first.endswith("."):
        title = first.lstrip("#").strip() or None
    return Page(title=title, published=None, text=text)


# ----------------------------------------------------------------------------- feeds

_FEED_TYPES = frozenset({"application/rss+xml", "application/atom+xml", "application/rdf+xml"})
_FEED_ROOT = re.compile(r"<(rss|feed|rdf:rdf)\b")


def is_feed(content_type: str | None, body_start: str) -> bool:
    """True for an RSS or Atom feed, by its content type or by its root element."""
    media = (content_type or "").split(";")[0].strip().lower()
    if media in _FEED_TYPES:
        return True
    head = _XML_PROLOG.sub("", body_start[:4096].lstrip("\ufeff \t\r\n")).lower()
    return _FEED_ROOT.match(head) is not None


def _text_of(node: Tag | None) -> str | None:
    if node is None:
        return None
    text = _clean(node.get_text(" "))
    return text or None


def _html_to_text(markup: str | None) -> str | None:
    """Feed summaries often hold escaped HTML; keep only its words."""
    if not markup or not markup.strip():
        return None
    if "<" in markup:
        from bs4 import BeautifulSoup

        markup = BeautifulSoup(markup, "html.parser").get_text(" ")
    return _clean(markup) or None


def _child(node: Tag, *names: str) -> Tag | None:
    """The first direct child with one of the names (local name or prefix:name)."""
    for name in names:
        found = node.find(name, recursive=False)
        if found is not None:
            return found
    return None


def _rss_item(item: Tag, base: str | None) -> FeedItem | None:
    link = _text_of(_child(item, "link"))
    if not link:
        guid = _child(item, "guid")
        value = _text_of(guid)
        if value and (guid.get("isPermaLink", "true").lower() == "true" or value.startswith("http")):
            link = value
    if not link:
        link = item.get("rdf:about") or item.get("about")
    if not link:
        return None
    summary = _child(item, "description", "encoded", "summary")
    return FeedItem(
        title=_text_of(_child(item, "title")),
        link=urljoin(base, link) if base else link,
        published=to_ymd(_text_of(_child(item, "pubDate", "date", "published", "updated"))),
        summary=_html_to_text(summary.get_text() if summary else None),
    )


def _atom_link(entry: Tag) -> str | None:
    links = entry.find_all("link", recursive=False)
    for link in links:
        if link.get("href") and link.get("rel", "alternate") == "alternate":
            return link["href"].strip()
    return links[0]["href"].strip() if links and links[0].get("href") else None


def _atom_entry(entry: Tag, base: str | None) -> FeedItem | None:
    entry_base = entry.get("xml:base") or entry.get("base")
    if entry_base:
        base = urljoin(base, entry_base) if base else entry_base
    link = _atom_link(entry)
    if not link:
        return None
    summary = _child(entry, "summary", "content")
    return FeedItem(
        title=_text_of(_child(entry, "title")),
        link=urljoin(base, link) if base else link,
        published=to_ymd(_text_of(_child(entry, "published", "updated", "issued", "modified"))),
        summary=_html_to_text(summary.get_text() if summary else None),
    )


def parse_feed(xml: str | bytes, *, base_url: str | None = None) -> list[FeedItem]:
    """The items of an RSS (0.9x, 1.0, 2.0) or Atom feed, in feed order.

    Relative links are resolved against the feed's ``xml:base`` and ``base_url`` (the
    feed's own address). Items without any link are skipped: a document needs an
    address. Something that is not a feed gives an empty list.
    """
    from bs4 import BeautifulSoup

    soup = BeautifulSoup(xml, "xml")
    atom = soup.find("feed")
    if atom is not None and not soup.find("rss"):
        feed_base = atom.get("xml:base") or atom.get("base")
        base = urljoin(base_url, feed_base) if base_url and feed_base else (feed_base or base_url)
        items = (_atom_entry(e, base) for e in atom.find_all("entry"))
    else:
        items = (_rss_item(i, base_url) for i in soup.find_all("item"))
    return [item for item in items if item is not None]
