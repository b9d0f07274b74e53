"""sources.yaml: the outlets an editor trusts, how articles name them, and their reference documents.

``load_sources`` reads and validates the file into frozen dataclasses. Every problem
becomes a ``SourcesError`` of one sentence that points at ``file:line:col`` and the
path of the bad value (``sources[2].reliability``), because the people who edit this
file are editors, not programmers, and "invalid config" helps nobody. Callers also
find here how a source is matched by name (``name_key``, ``SourcesConfig.find``), the
files a ``path:`` document stands for (``iter_local_files``, ``local_files``) and the
rows of ``checker sources list`` (``sources_as_rows``).

Editing the file (``add_source``, for ``checker sources add``) lives in
``checker/sources_edit.py``, which uses the rules here to check its own result; it is
re-exported from this module, where callers have always imported it.
"""

from __future__ import annotations

import codecs
import datetime as dt
import difflib
import math
import os
import re
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Iterator
from urllib.parse import urlsplit

from ruamel.yaml import YAML
from ruamel.yaml.constructor import DuplicateKeyError, RoundTripConstructor
from ruamel.yaml.error import MarkedYAMLError, YAMLError
from ruamel.yaml.scalarbool import ScalarBoolean

from checker.errors import SourcesError

KINDS = (
    "news_agency",
    "newspaper",
    "broadcaster",
    "state_media",
    "official",
    "ngo",
    "reference",
    "other",
)
DEFAULT_KIND = "other"
DEFAULT_RELIABILITY = 0.6

TOP_KEYS = ("sources",)
SOURCE_KEYS = ("name", "aliases", "kind", "reliability", "documents", "feeds")
DOCUMENT_KEYS = ("url", "path", "published", "title")

# What a folder listed as a document contributes: the formats the extractor reads.
DOCUMENT_SUFFIXES = (".txt", ".md", ".html", ".htm")

NEW_FILE_HEADER = (
    "# sources.yaml: the outlets the checker knows, and the reference documents it\n"
    "# compares articles against. Format: see the README. `checker sources add`\n"
    "# edits this file in place and keeps your comments.\n"
)

# Words editors reach for instead of the real key, for "did you mean" hints.
_KEY_HINTS = {
    "date": "published", "published_at": "published", "pubdate": "published",
    "link": "url", "href": "url", "file": "path", "folder": "path",
    "alias": "aliases", "document": "documents", "docs": "documents", "feed": "feeds",
    "rss": "feeds", "type": "kind", "trust": "reliability", "score": "reliability",
    "source": "sources",
}

_DATE_RE = re.compile(r"\d{4}-\d{2}-\d{2}")


# --------------------------------------------------------------------------- values


@dataclass(frozen=True)
class DocumentRef:
    url: str | None
    path: Path | None
    published: str | None
    title: str | None
    line: int


@dataclass(frozen=True)
class Source:
    name: str
    aliases: tuple[str, ...]
    kind: str
    reliability: float
    documents: tuple[DocumentRef, ...]
    feeds: tuple[str, ...]
    line: int

    def names(self) -> tuple[str, ...]:
        """The name first, then the aliases: every way an article may call this source."""
        return (self.name, *self.aliases)


@dataclass(frozen=True)
class SourcesConfig:
    path: Path
    sources: tuple[Source, ...]
    _index: dict = field(init=False, repr=False, compare=False, default=None)

    def __post_init__(self):
        index = {}
        for source in self.sources:
            for label in source.names():
                index.setdefault(name_key(label), source)
        object.__setattr__(self, "_index", index)

    def find(self, name: str) -> Source | None:
        """The source an article's wording names, by name or alias.

        Matching ignores case, accents, punctuation, spacing and a leading "the", so
        "the French news agency" finds the alias "French news agency" and
        "Agence France Presse" finds "Agence France-Presse". The loader refuses two
        sources whose names collide this way, so the answer is never ambiguous.
        """
        key = name_key(name)
        return self._index.get(key) if key else None


def name_key(name: str) -> str:
    """The form under which two names count as the same: see ``SourcesConfig.find``.

    Words are joined without spaces so that "Agence France-Presse", "Agence France
    Presse" and "People's Daily" / "Peoples Daily" meet.
    """
    text = unicodedata.normalize("NFKD", name)
    text = "".join(ch for ch in text if not unicodedata.combining(ch)).casefold()
    words = re.findall(r"[^\W_]+", text)
    if len(words) > 1 and words[0] == "the":
        words = words[1:]
    return "".join(words)


# --------------------------------------------------------------------------- reading


class _BadDate:
    """A scalar that looks like a YAML date but is not one (2025-02-30).

    ruamel.yaml raises a bare ValueError for these, with no position; keeping the
    text lets the validator report it at the right line like any other bad value.
    """

    def __init__(self, text: str):
        self.text = text

    def __str__(self):
        return self.text


class _Constructor(RoundTripConstructor):
    def construct_yaml_timestamp(self, node, values=None):
        try:
            return super().construct_yaml_timestamp(node, values)
        except (ValueError, OverflowError):
            return _BadDate(node.value)


_Constructor.add_constructor("tag:yaml.org,2002:timestamp", _Constructor.construct_yaml_timestamp)


def _yaml() -> YAML:
    yaml = YAML(typ="rt")
    yaml.Constructor = _Constructor
    yaml.preserve_quotes = True
    yaml.indent(mapping=2, sequence=4, offset=2)
    yaml.width = 4096  # never fold a long title or URL onto two lines
    return yaml


@dataclass
class _Text:
    """The file's text without its BOM, and how to put the bytes back together."""

    text: str
    bom: bool
    newline: str

    def encode(self, text: str) -> bytes:
        return (codecs.BOM_UTF8 if self.bom else b"") + text.encode("utf-8")


def _read_text(path: Path) -> _Text:
    label = str(path)
    try:
        raw = path.read_bytes()
    except FileNotFoundError:
        raise SourcesError(
            f"{label}: no such file; create it (see README) or pass --sources FILE"
        ) from None
    except IsADirectoryError:
        raise SourcesError(
            f"{label}: is a folder, not a file; pass --sources with the path of the YAML file"
        ) from None
    except OSError as exc:
        raise SourcesError(
            f"{label}: cannot be read ({exc.strerror}); check its permissions"
        ) from None
    bom = raw.startswith(codecs.BOM_UTF8)
    if bom:
        raw = raw[len(codecs.BOM_UTF8):]
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = raw.count(b"\n", 0, exc.start) + 1
        col = exc.start - (raw.rfind(b"\n", 0, exc.start) + 1) + 1
        raise SourcesError(
            f"{label}:{line}:{col}: not UTF-8 text (byte 0x{raw[exc.start]:02x}); "
            "save the file as UTF-8"
        ) from None
    first_break = text.find("\n")
    newline = "\r\n" if first_break > 0 and text[first_break - 1] == "\r" else "\n"
    return _Text(text, bom, newline)


def _load_yaml(text: str, label: str) -> Any:
    try:
        return _yaml().load(text)
    except DuplicateKeyError as exc:
        mark = exc.problem_mark
        found = re.match(r'found duplicate key "(.*)" with value', exc.problem or "")
        key = f'key "{found.group(1)}"' if found else "a key"
        raise SourcesError(
            f"{label}:{mark.line + 1}:{mark.column + 1}: {key} appears twice in the same "
            "mapping; keep one"
        ) from None
    except MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        where = f"{label}:{mark.line + 1}:{mark.column + 1}" if mark else label
        reason = exc.problem or exc.context or "unreadable"
        raise SourcesError(
            f"{where}: not valid YAML ({reason}); check the indentation and quoting there"
        ) from None
    except (YAMLError, ValueError, TypeError, RecursionError) as exc:
        raise SourcesError(f"{label}: not valid YAML ({exc}); check the file's syntax") from None


def load_sources(path: Path, *, check_files: bool = True) -> SourcesConfig:
    """Read and validate sources.yaml.

    ``check_files`` makes every ``path:`` document exist; turn it off where a missing
    file should not stop the work (``sources list``, editing the file).
    """
    path = Path(path)
    return _parse(_read_text(path).text, path, check_files=check_files)


def _parse(text: str, path: Path, *, check_files: bool) -> SourcesConfig:
    data = _load_yaml(text, str(path))
    return SourcesConfig(path=path, sources=_Validator(path, check_files).top(data))


# --------------------------------------------------------------------------- validation


def _show(value: Any) -> str:
    """A value the way the editor wrote it, for "(got ...)"."""
    if value is None:
        return "nothing"
    if isinstance(value, (bool, ScalarBoolean)):
        return "true" if value else "false"
    if isinstance(value, str):
        text = value if len(value) <= 60 else value[:57] + "..."
        return f'"{text}"'
    if isinstance(value, (dt.date, _BadDate)):
        return str(value)
    if isinstance(value, dict):
        return "a mapping"
    if isinstance(value, (list, tuple)):
        return "a list"
    if isinstance(value, (int, float)):
        return str(value)
    return f"a {type(value).__name__}"


def _is_number(value: Any) -> bool:
    return isinstance(value, (int, float)) and not isinstance(value, (bool, ScalarBoolean))


def url_problem(value: Any) -> str | None:
    """Why ``value`` is not a usable http(s) address, or None when it is."""
    if not isinstance(value, str) or not value:
        return "must be an http:// or https:// address"
    if any(ch.isspace() for ch in value):
        return "must be an http:// or https:// address without spaces"
    try:
        parts = urlsplit(value)
        parts.port  # noqa: B018 - raises ValueError on a bad port
    except ValueError:
        return "must be an http:// or https:// address"
    if parts.scheme.lower() not in ("http", "https") or not parts.hostname:
        return "must be an http:// or https:// address with a host"
    return None


def _date_problem(value: Any) -> tuple[str | None, str | None]:
    """(the date as YYYY-MM-DD, None) or (None, why not)."""
    if isinstance(value, dt.datetime):
        return None, "must be a date written YYYY-MM-DD, without a time"
    if isinstance(value, dt.date):
        return value.isoformat(), None
    if isinstance(value, _BadDate) or (isinstance(value, str) and _DATE_RE.fullmatch(value)):
        try:
            return dt.date.fromisoformat(str(value)).isoformat(), None
        except ValueError:
            return None, "must be a real date written YYYY-MM-DD"
    return None, "must be a date written YYYY-MM-DD"


def _pos(node: Any, key: Any = None, *, item: int | None = None) -> tuple[int, int]:
    """1-based (line, column) of a key, a list item or a node, from ruamel's ``lc``."""
    lc = getattr(node, "lc", None)
    if lc is None:
        return (1, 1)
    try:
        if item is not None:
            line, col = lc.item(item)
        elif key is not None:
            line, col = lc.key(key)
        else:
            line, col = lc.line, lc.col
    except (KeyError, IndexError, TypeError, AttributeError):
        line, col = (lc.line or 0), (lc.col or 0)
    return ((line or 0) + 1, (col or 0) + 1)  # a bare tag ("!!") has no position


class _Validator:
    """Walks the loaded YAML in file order and stops at the first problem."""

    def __init__(self, path: Path, check_files: bool):
        self.label = str(path)
        self.base = path.absolute().parent
        self.check_files = check_files
        self.taken: dict[str, tuple[str, int, int, str]] = {}  # key -> (text, line, source#, name)

    def fail(self, pos: tuple[int, int], where: str, message: str):
        prefix = f"{self.label}:{pos[0]}:{pos[1]}: "
        raise SourcesError(prefix + (f"{where}: {message}" if where else message))

    def unknown_key(self, mapping, key, allowed: tuple[str, ...], where: str, what: str):
        guess = [_KEY_HINTS[key]] if _KEY_HINTS.get(key) in allowed else \
            difflib.get_close_matches(str(key), allowed, n=1)
        hint = f' (did you mean "{guess[0]}"?)' if guess else ""
        self.fail(_pos(mapping, key), where, f'unknown key "{key}"{hint}; {what}: {", ".join(allowed)}')

    def text(self, value, pos, where, *, one_line=False) -> str:
        if not isinstance(value, str):
            hint = "; put it in quotes" if _is_number(value) or isinstance(
                value, (bool, ScalarBoolean, dt.date, _BadDate)) else ""
            self.fail(pos, where, f"must be text (got {_show(value)}){hint}")
        if not value.strip():
            self.fail(pos, where, "must not be empty")
        if one_line and ("\n" in value or "\r" in value):
            self.fail(pos, where, f"must be one line (got {_show(value)})")
        return str(value)

    # -- levels -----------------------------------------------------------------

    def top(self, data) -> tuple[Source, ...]:
        if data is None:
            return ()
        if not isinstance(data, dict):
            self.fail(_pos(data), "", f'the file must be a mapping starting with "sources:" '
                      f"followed by a list of sources (got {_show(data)})")
        for key in data:
            if key not in TOP_KEYS:
                self.unknown_key(data, key, TOP_KEYS, "", "the only top-level key allowed is")
        seq = data.get("sources")
        if seq is None:
            return ()
        if not isinstance(seq, list):
            self.fail(_pos(data, "sources"), "sources",
                      f'must be a list of sources, each starting with "- name:" (got {_show(seq)})')
        return tuple(self.source(seq, i) for i in range(len(seq)))

    def source(self, seq, i: int) -> Source:
        where = f"sources[{i}]"
        item = seq[i]
        pos = _pos(seq, item=i)
        if not isinstance(item, dict):
            self.fail(pos, where, f'must be a mapping starting with "name:" (got {_show(item)})')
        if item.get("name") is None:
            self.fail(pos, where, 'has no name; every source needs "name:"')
        label = str(item["name"])  # for messages about its aliases, before the name is checked
        fields: dict[str, Any] = {}
        for key in item:  # file order, so that the first problem is the one reported
            value = item[key]
            kpos, kwhere = _pos(item, key), f"{where}.{key}"
            if key not in SOURCE_KEYS:
                self.unknown_key(item, key, SOURCE_KEYS, where, "a source may have")
            elif key == "name":
                fields["name"] = self.text(value, kpos, kwhere, one_line=True)
                self.claim_name(fields["name"], kpos, kwhere, i, label)
            elif value is None:
                continue  # an empty optional key means "not given"
            elif key == "aliases":
                fields["aliases"] = self.aliases(value, kpos, kwhere, i, label)
            elif key == "kind":
                if not isinstance(value, str) or value not in KINDS:
                    self.fail(kpos, kwhere, f"must be one of {', '.join(KINDS)} (got {_show(value)})")
                fields["kind"] = str(value)
            elif key == "reliability":
                if not (_is_number(value) and math.isfinite(value) and 0 <= value <= 1):
                    self.fail(kpos, kwhere, f"must be a number from 0 to 1 (got {_show(value)})")
                fields["reliability"] = float(value)
            elif key == "documents":
                fields["documents"] = self.documents(value, kpos, kwhere)
            elif key == "feeds":
                fields["feeds"] = self.feeds(value, kpos, kwhere)
        return Source(
            name=fields["name"],
            aliases=fields.get("aliases", ()),
            kind=fields.get("kind", DEFAULT_KIND),
            reliability=fields.get("reliability", DEFAULT_RELIABILITY),
            documents=fields.get("documents", ()),
            feeds=fields.get("feeds", ()),
            line=pos[0],
        )

    def claim_name(self, text: str, pos, where: str, index: int, source_name: str):
        """Register a name or alias; two different sources may not share one."""
        key = name_key(text)
        if not key:
            self.fail(pos, where, f"must contain a letter or digit (got {_show(text)})")
        if key in self.taken:
            other_text, other_line, other_index, other_name = self.taken[key]
            if other_index != index:
                self.fail(pos, where, f'"{text}" is already used on line {other_line} by source '
                          f'"{other_name}"; names and aliases must be unique, ignoring case, '
                          'accents, punctuation and a leading "the"')
            return
        self.taken[key] = (text, pos[0], index, source_name)

    def aliases(self, value, pos, where, index, source_name) -> tuple[str, ...]:
        if not isinstance(value, list):
            self.fail(pos, where, f"must be a list such as [AFP, French news agency] (got {_show(value)})")
        out = []
        for j, alias in enumerate(value):
            apos, awhere = _pos(value, item=j), f"{where}[{j}]"
            text = self.text(alias, apos, awhere, one_line=True)
            self.claim_name(text, apos, awhere, index, source_name)
            out.append(text)
        return tuple(out)

    def documents(self, value, pos, where) -> tuple[DocumentRef, ...]:
        if not isinstance(value, list):
            self.fail(pos, where, f'must be a list of "- url:" or "- path:" entries (got {_show(value)})')
        seen: dict[Any, int] = {}
        out = []
        for j, doc in enumerate(value):
            dpos, dwhere = _pos(value, item=j), f"{where}[{j}]"
            ref = self.document(doc, dpos, dwhere)
            key = ref.url if ref.url is not None else ref.path
            if key in seen:
                which = "url" if ref.url is not None else "path"
                self.fail(_pos(doc, which), f"{dwhere}.{which}",
                          f"{_show(str(doc[which]))} is already listed on line {seen[key]}; remove one")
            seen[key] = dpos[0]
            out.append(ref)
        return tuple(out)

    def document(self, doc, pos, where) -> DocumentRef:
        if not isinstance(doc, dict):
            self.fail(pos, where, 'must be a mapping such as "url: https://..." or '
                      f'"path: references/report.txt" (got {_show(doc)})')
        has_url, has_path = doc.get("url") is not None, doc.get("path") is not None
        if has_url == has_path:
            problem = "has both url: and path:; give one per document" if has_url else \
                "needs url: (a web address) or path: (a local file or folder)"
            self.fail(pos, where, problem)
        url = path = published = title = None
        for key in doc:
            value = doc[key]
            kpos, kwhere = _pos(doc, key), f"{where}.{key}"
            if key not in DOCUMENT_KEYS:
                self.unknown_key(doc, key, DOCUMENT_KEYS, where, "a document may have")
            if value is None:
                continue
            if key == "url":
                problem = url_problem(value)
                if problem:
                    self.fail(kpos, kwhere, f"{problem} (got {_show(value)})")
                url = str(value)
            elif key == "path":
                path = self.local_path(value, kpos, kwhere)
            elif key == "published":
                published, problem = _date_problem(value)
                if problem:
                    self.fail(kpos, kwhere, f"{problem} (got {_show(value)})")
            elif key == "title":
                title = self.text(value, kpos, kwhere)
        return DocumentRef(url=url, path=path, published=published, title=title, line=pos[0])

    def local_path(self, value, pos, where) -> Path:
        text = self.text(value, pos, where)
        resolved = resolve_path(text, self.base)
        if self.check_files and not resolved.exists():
            if url_problem(text) is None:
                self.fail(pos, where, f"{_show(text)} is a web address; write it as url: instead of path:")
            self.fail(pos, where, f"no such file or folder: {text} (looked for {resolved}); "
                      f"fix the path, which is relative to the folder of {Path(self.label).name}")
        return resolved

    def feeds(self, value, pos, where) -> tuple[str, ...]:
        if not isinstance(value, list):
            self.fail(pos, where, f"must be a list of feed addresses (got {_show(value)})")
        seen: dict[str, int] = {}
        for j, feed in enumerate(value):
            fpos, fwhere = _pos(value, item=j), f"{where}[{j}]"
            problem = url_problem(feed)
            if problem:
                self.fail(fpos, fwhere, f"{problem} (got {_show(feed)})")
            if feed in seen:
                self.fail(fpos, fwhere, f"{_show(str(feed))} is already listed on line {seen[feed]}; remove one")
            seen[str(feed)] = fpos[0]
        return tuple(str(feed) for feed in value)


def resolve_path(text: str, base: Path) -> Path:
    """A document path as written in sources.yaml, made absolute against the file's folder."""
    candidate = Path(os.path.expanduser(text))
    if not candidate.is_absolute():
        candidate = base / candidate
    return candidate.resolve()


# --------------------------------------------------------------------------- helpers for callers


def iter_local_files(doc: DocumentRef) -> Iterator[str]:
    """The files a ``path:`` document stands for, as path strings, one at a time, in folder order.

    A file document is itself; a folder is each of its text files (``DOCUMENT_SUFFIXES``),
    not hidden ones (editor swap files, .DS_Store), and not what is in its subfolders.
    ``os.scandir`` tells files from folders without a ``stat`` per entry, and nothing is
    kept: a check over a folder of 300,000 files holds one entry at a time. The order is
    the folder's own (not sorted); ``local_files`` sorts.
    """
    if doc.path is None:
        return
    path = str(doc.path)
    if os.path.isfile(path):
        yield path
        return
    try:
        entries = os.scandir(path)
    except (FileNotFoundError, NotADirectoryError):
        raise SourcesError(
            f"{doc.path}: no such file or folder (listed on line {doc.line} of the sources file); "
            "fix the path or remove the document"
        ) from None
    with entries:
        for entry in entries:
            name = entry.name
            if name.startswith(".") or not name.lower().endswith(DOCUMENT_SUFFIXES):
                continue
            try:
                if not entry.is_file():  # follows a symlink, like Path.is_file
                    continue
            except OSError:
                continue
            yield entry.path


def local_files(doc: DocumentRef) -> list[Path]:
    """The files a ``path:`` document stands for (see ``iter_local_files``), sorted by name.

    For callers that want the whole listing at once; the ingest sweep streams
    ``iter_local_files`` instead.
    """
    return [Path(p) for p in sorted(iter_local_files(doc))]


def _display_path(path: Path, base: Path) -> str:
    try:
        return path.relative_to(base.resolve()).as_posix()
    except ValueError:
        return str(path)


def sources_as_rows(config: SourcesConfig) -> list[dict]:
    """One plain dict per source, for ``checker sources list`` (table or JSON)."""
    base = config.path.absolute().parent
    return [
        {
            "name": source.name,
            "kind": source.kind,
            "reliability": source.reliability,
            "aliases": list(source.aliases),
            "documents": [
                doc.url if doc.url is not None else _display_path(doc.path, base)
                for doc in source.documents
            ],
            "feeds": list(source.feeds),
        }
        for source in config.sources
    ]


def __getattr__(name: str):
    """``add_source`` is re-exported from ``checker.sources_edit`` on first use.

    The editing half imports this module for its rules, so importing it back here at
    load time would be a cycle; a lazy lookup (PEP 562) keeps
    ``from checker.sources import add_source`` working whichever module loads first.
    """
    if name == "add_source":
        from checker.sources_edit import add_source

        return add_source
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
