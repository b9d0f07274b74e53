"""The report page's file name: a slug of the input file, the URL or the title.

One rule, used by the page (its download names) and by the writer (where it goes), so
the two never disagree.
"""
from __future__ import annotations

import re
import unicodedata
from pathlib import Path
from urllib.parse import urlsplit

# --------------------------------------------------------------------------- file names

def slugify(text: str, limit: int = 80) -> str:
    """Lower-case ASCII words joined by hyphens, cut at a hyphen near ``limit``."""
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    slug = re.sub(r"[^a-z0-9]+", "-", ascii_text.lower()).strip("-")
    if len(slug) > limit:
        slug = slug[:limit].rsplit("-", 1)[0] or slug[:limit]
    return slug


def report_filename(report: dict) -> str:
    """"<slug>.html": of the input file's stem, a URL's host and path, else the title.

    ``examples/baku-meeting.txt`` -> ``baku-meeting.html``;
    ``https://www.example.org/news/baku.html`` -> ``example-org-news-baku.html``.
    """
    article = report.get("article") or {}
    source = article.get("input") or ""
    slug = ""
    if re.match(r"(?i)https?://", source):
        parts = urlsplit(source)
        host = (parts.hostname or "").removeprefix("www.")
        path = re.sub(r"\.(html?|php|aspx?)$", "", parts.path.rstrip("/"), flags=re.I)
        slug = slugify(f"{host}{path}")
    elif source and source != "-":
        slug = slugify(Path(source).stem)
    if not slug:
        slug = slugify(article.get("title") or "")
    if not slug:
        digest = article.get("sha256") or ""
        slug = f"article-{digest[:12]}" if digest else "article"
    return f"{slug}.html"
