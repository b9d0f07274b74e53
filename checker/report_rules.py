"""The report's tables and the small rules that read them: verdicts, attribution kinds,
stances, reliability words, the palette and its contrast check, safe links, dates.

They sit apart from the rendering so that the view models, the ClaimReview export and
the tests share one copy of each rule, and the palette's contrast can be checked
without loading a template.
"""
from __future__ import annotations

from datetime import date, datetime, timezone
from urllib.parse import urlsplit

# --------------------------------------------------------------------------- tables

#: Verdicts, worst first: the order decides a highlight's style where claims overlap,
#: the order of the "needs attention" list and of the counts.
VERDICTS: dict[str, dict[str, str]] = {
    "contradicted": {"label": "Contradicted", "icon": "\u2717", "rating": "1"},
    "unverified": {"label": "Unverified", "icon": "?", "rating": "3"},
    "confirmed": {"label": "Confirmed", "icon": "\u2713", "rating": "5"},
}
VERDICT_RANK = {name: rank for rank, name in enumerate(VERDICTS)}

#: Attribution kinds: the badge text, and the schema.org type of the claim's author.
ATTRIBUTION_KINDS: dict[str, dict[str, str | None]] = {
    "anonymous_source": {"label": "Anonymous source", "schema_type": "Person"},
    "named_person": {"label": "Named person", "schema_type": "Person"},
    "official_statement": {"label": "Official statement", "schema_type": "Organization"},
    "state_media": {"label": "State media", "schema_type": "Organization"},
    "news_agency": {"label": "News agency", "schema_type": "Organization"},
    "media_outlet": {"label": "Media outlet", "schema_type": "Organization"},
    "unattributed": {"label": "Article's own voice", "schema_type": None},
}

#: Evidence stances, in the order a card lists them.
STANCES: dict[str, dict[str, str]] = {
    "contradicts": {"label": "Contradicts", "icon": "\u2717"},
    "supports": {"label": "Supports", "icon": "\u2713"},
    "related": {"label": "Related", "icon": "\u2022"},
}

#: Words for a reliability score: (lowest score, word), highest first.
RELIABILITY_WORDS = ((0.7, "high"), (0.4, "medium"), (0.0, "low"))

#: Attribution kinds whose lone origin makes an unverified claim need attention.
FRAGILE_ORIGINS = {"anonymous_source": "a single anonymous origin",
                   "state_media": "a single state-media origin"}

#: The palette, one table: the CSS custom properties are rendered from it and
#: tests/test_report.py checks each pair of CONTRAST_PAIRS against WCAG AA (4.5:1).
PALETTE: dict[str, str] = {
    "ink": "#1f2328",
    "ink-soft": "#525a66",
    "paper": "#fbfaf7",
    "card": "#ffffff",
    "rule": "#d9d5cc",
    "link": "#1d5b94",
    "focus": "#1d5b94",
    "confirmed-fg": "#1e6a3b",
    "confirmed-bg": "#e4f1e8",
    "confirmed-hl": "#d3eadb",
    "contradicted-fg": "#a12a1f",
    "contradicted-bg": "#fbe7e4",
    "contradicted-hl": "#f6d5d0",
    "unverified-fg": "#80530a",
    "unverified-bg": "#fbf1d9",
    "unverified-hl": "#f5e6bd",
    "note-bg": "#fdf3e1",
    "chip-bg": "#eef0f3",
}

#: (foreground, background) pairs of the palette that carry text somewhere in the CSS.
CONTRAST_PAIRS: tuple[tuple[str, str], ...] = (
    ("ink", "paper"), ("ink", "card"), ("ink-soft", "paper"), ("ink-soft", "card"),
    ("link", "paper"), ("link", "card"),
    ("confirmed-fg", "confirmed-bg"), ("confirmed-fg", "card"), ("confirmed-fg", "paper"),
    ("contradicted-fg", "contradicted-bg"), ("contradicted-fg", "card"),
    ("contradicted-fg", "paper"),
    ("unverified-fg", "unverified-bg"), ("unverified-fg", "card"), ("unverified-fg", "paper"),
    ("ink", "confirmed-hl"), ("ink", "contradicted-hl"), ("ink", "unverified-hl"),
    ("confirmed-fg", "confirmed-hl"), ("contradicted-fg", "contradicted-hl"),
    ("unverified-fg", "unverified-hl"),
    ("ink", "note-bg"), ("contradicted-fg", "note-bg"), ("ink", "chip-bg"),
    ("ink-soft", "chip-bg"),
)

SAFE_SCHEMES = ("http", "https")


# --------------------------------------------------------------------------- small rules

def safe_href(url: object, *, allow_relative: bool = False) -> str | None:
    """The URL if it may become a link target, else ``None``.

    Only http(s) URLs pass (and, for the index, plain relative file names), so a
    document URL like ``javascript:alert(1)`` or ``data:...`` is shown as text only.
    Control characters and spaces a browser would strip before the scheme are
    refused too, rather than trusted to parse the same way here and there.
    """
    if not isinstance(url, str) or not url or url != url.strip():
        return None
    if any(ord(ch) < 0x21 or ch == "\x7f" for ch in url):
        return None
    try:
        parts = urlsplit(url)
    except ValueError:
        return None
    if parts.scheme:
        if parts.scheme.lower() in SAFE_SCHEMES and parts.netloc:
            return url
        return None
    if allow_relative and not url.startswith(("/", "\\")) and ":" not in url.split("/")[0]:
        return url
    return None


def reliability_word(score: float) -> str:
    """"high", "medium" or "low" for a 0..1 reliability (see RELIABILITY_WORDS)."""
    for floor, word in RELIABILITY_WORDS:
        if score >= floor:
            return word
    return RELIABILITY_WORDS[-1][1]


def kind_label(kind: str) -> str:
    """Badge text of an attribution kind; unknown kinds are spelled out, not dropped."""
    info = ATTRIBUTION_KINDS.get(kind)
    if info:
        return str(info["label"])
    return str(kind).replace("_", " ").capitalize() or "Unknown"


def worst_verdict(verdicts) -> str:
    """The worst of some verdicts (contradicted > unverified > confirmed)."""
    known = [v for v in verdicts if v in VERDICT_RANK]
    return min(known, key=VERDICT_RANK.__getitem__) if known else "unverified"


def plural(n: int, word: str, words: str | None = None) -> str:
    return f"{n} {word if n == 1 else (words or word + 's')}"


def independence_text(reports: int, origins: int) -> str:
    """"3 reports, 1 independent origin"."""
    return f"{plural(reports, 'report')}, {plural(origins, 'independent origin')}"


def fmt_date(value: object) -> str:
    """"12 July 2025" for an ISO date; the value itself when it is not one."""
    if not isinstance(value, str) or not value:
        return ""
    try:
        day = date.fromisoformat(value[:10])
    except ValueError:
        return value
    return f"{day.day} {day.strftime('%B %Y')}"


def fmt_datetime(value: object) -> str:
    """"28 November 2026, 05:10 UTC" for an ISO timestamp."""
    if not isinstance(value, str) or not value:
        return ""
    try:
        moment = datetime.fromisoformat(value)
    except ValueError:
        return value
    if moment.tzinfo is not None:
        moment = moment.astimezone(timezone.utc)
        return f"{fmt_date(moment.date().isoformat())}, {moment:%H:%M} UTC"
    return f"{fmt_date(moment.date().isoformat())}, {moment:%H:%M}"


# --------------------------------------------------------------------------- contrast

def _luminance(hex_colour: str) -> float:
    """WCAG 2.x relative luminance of a #rrggbb colour."""
    value = hex_colour.lstrip("#")
    channels = [int(value[i:i + 2], 16) / 255 for i in (0, 2, 4)]
    linear = [c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4 for c in channels]
    return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]


def contrast_ratio(foreground: str, background: str) -> float:
    """WCAG contrast ratio of two #rrggbb colours (1 to 21)."""
    lighter, darker = sorted((_luminance(foreground), _luminance(background)), reverse=True)
    return (lighter + 0.05) / (darker + 0.05)
