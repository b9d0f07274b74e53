"""sources.yaml: the outlets an editor trusts, how articles name them, and their reference documents.

Two jobs live here because they share one set of rules:

* ``load_sources`` reads and validates the file into frozen dataclasses. Every problem
  becomes a ``SourcesError`` of one sentence that points at ``file:line:col`` and the
  path of the bad value (``sources[2].reliability``), because the people who edit this
  file are editors, not programmers, and "invalid config" helps nobody.
* ``add_source`` edits the file for ``checker sources add``. Editors annotate the file
  heavily, so the edit must not disturb a byte of what they wrote: the new lines are
  rendered by ruamel.yaml (so quoting is right) and spliced into the original text at
  positions taken from ruamel.yaml's composed nodes. Only when the file uses a shape
  that splicing cannot handle (flow-style mappings, say) does it fall back to a full
  ruamel.yaml round trip. Either way the result is re-loaded and compared with what
  was asked for before anything is written, and the write is atomic.
"""

from __future__ import annotations

import codecs
import datetime as dt
import difflib
import io
import math
import os
import re
import stat
import tempfile
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Iterable
from urllib.parse import urlsplit

from ruamel.yaml import YAML
from ruamel.yaml.comments import CommentedMap, CommentedSeq
from ruamel.yaml.constructor import DuplicateKeyError, RoundTripConstructor
from ruamel.yaml.error import MarkedYAMLError, YAMLError
from ruamel.yaml.nodes import MappingNode, ScalarNode, SequenceNode
from ruamel.yaml.scalarbool import ScalarBoolean
from ruamel.yaml.scalarstring import DoubleQuotedScalarString

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


def local_files(doc: DocumentRef) -> list[Path]:
    """The files a ``path:`` document stands for: itself, or each text file in its folder.

    Hidden files (editor swap files, .DS_Store) are skipped; subfolders are not entered.
    """
    if doc.path is None:
        return []
    if doc.path.is_file():
        return [doc.path]
    if doc.path.is_dir():
        return sorted(
            child for child in doc.path.iterdir()
            if child.is_file()
            and not child.name.startswith(".")
            and child.suffix.lower() in DOCUMENT_SUFFIXES
        )
    raise SourcesError(
        f"{doc.path}: no such file or folder (listed on line {doc.line} of the sources file); "
        "fix the path or remove the document"
    )


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


# --------------------------------------------------------------------------- adding


@dataclass
class _Plan:
    """What ``add_source`` will change: a new source, or additions to an existing one."""

    index: int | None  # the existing source's position, None for a new source
    source: Source | None
    name: str
    kind: str | None
    reliability: float | None
    aliases: list[str]
    documents: list[dict]  # {"url": ...} or {"path": ...} as they will be written
    feeds: list[str]


def add_source(
    path: Path,
    name: str,
    *,
    urls: Iterable[str] = (),
    paths: Iterable[str | Path] = (),
    feeds: Iterable[str] = (),
    kind: str | None = None,
    reliability: float | str | None = None,
    aliases: Iterable[str] = (),
) -> str:
    """Add a source, or documents, feeds and aliases to an existing one; return what was done.

    ``paths`` are taken relative to the current folder (they come from the command line)
    and written relative to the folder of sources.yaml when they are inside it.
    """
    path = Path(path)
    label = str(path)
    base = path.absolute().parent
    name, kind, reliability, aliases, urls, paths, feeds = _check_arguments(
        name, kind, reliability, aliases, urls, paths, feeds
    )
    created = not path.exists()
    if created:
        if not base.is_dir():
            raise SourcesError(f"{label}: the folder {base} does not exist; create it first")
        original = _Text(NEW_FILE_HEADER + "sources:\n", bom=False, newline="\n")
        config = SourcesConfig(path=path, sources=())
    else:
        original = _read_text(path)
        config = _parse(original.text, path, check_files=False)

    plan = _plan(config, label, base, name, kind, reliability, aliases, urls, paths, feeds)
    expected = _expected(config, plan, base)
    new_text = None
    for edit in (_splice, _round_trip):
        candidate = edit(original, plan)
        if candidate is not None and _outcome(candidate, path) == expected:
            new_text = candidate
            break
    if new_text is None:
        raise SourcesError(
            f"{label}: could not add to this file without disturbing its layout; "
            "add the source by hand (see README)"
        )
    _write_atomic(path, original.encode(new_text))
    return _message(plan, label, created)


def _check_arguments(name, kind, reliability, aliases, urls, paths, feeds):
    """Validate the command-line values with the loader's rules; paths must exist."""
    if not isinstance(name, str) or not name.strip():
        raise SourcesError("the source name must not be empty")
    name = name.strip()
    if any(unicodedata.category(ch).startswith("C") for ch in name) or not name_key(name):
        raise SourcesError(f'the source name {_show(name)} must be one line with a letter or digit')
    if kind is not None and kind not in KINDS:
        raise SourcesError(f"--kind must be one of {', '.join(KINDS)} (got {_show(kind)})")
    if reliability is not None:
        value = reliability
        if isinstance(value, str):
            try:
                value = float(value)
            except ValueError:
                value = reliability
        if not (_is_number(value) and math.isfinite(value) and 0 <= value <= 1):
            raise SourcesError(f"--reliability must be a number from 0 to 1 (got {_show(reliability)})")
        reliability = float(value)
    clean_aliases = []
    for alias in aliases:
        if not isinstance(alias, str) or not alias.strip() or not name_key(alias) or any(
            unicodedata.category(ch).startswith("C") for ch in alias
        ):
            raise SourcesError(f"--alias must be one line with a letter or digit (got {_show(alias)})")
        if alias.strip() not in clean_aliases:
            clean_aliases.append(alias.strip())
    urls, feeds, paths = list(urls), list(feeds), list(paths)
    for option, values in (("--url", urls), ("--feed", feeds)):
        for value in values:
            problem = url_problem(value)
            if problem:
                raise SourcesError(f"{option} {problem} (got {_show(value)})")
    for option, values in (("--url", urls), ("--feed", feeds)):
        for value in values:
            if values.count(value) > 1:
                raise SourcesError(f"{option} {value} is given twice; give it once")
    resolved = []
    for given in paths:
        local = Path(os.path.expanduser(str(given))).resolve()
        if not local.exists():
            raise SourcesError(f"--path {given}: no such file or folder; check the path")
        if local in resolved:
            raise SourcesError(f"--path {given} is given twice; give it once")
        resolved.append(local)
    return name, kind, reliability, clean_aliases, urls, resolved, feeds


def _plan(config, label, base, name, kind, reliability, aliases, urls, paths, feeds) -> _Plan:
    """Decide what changes, refusing anything that clashes with the file."""
    source = config.find(name)
    index = next((i for i, s in enumerate(config.sources) if s is source), None)
    for alias in aliases:
        other = config.find(alias)
        if other is not None and other is not source:
            raise SourcesError(
                f'--alias "{alias}" already names source "{other.name}" ({label} line {other.line}); '
                "choose another alias or add to that source"
            )
    written_paths = [_relative_to(p, base) for p in paths]
    documents = [{"url": u} for u in urls] + [{"path": p} for p in written_paths]
    if source is None:
        return _Plan(None, None, name, kind, reliability, aliases, documents, feeds)

    where = f'source "{source.name}" ({label} line {source.line})'
    if kind is not None and kind != source.kind:
        raise SourcesError(f"{where} already has kind {source.kind}; edit the file to change it")
    if reliability is not None and reliability != source.reliability:
        raise SourcesError(
            f"{where} already has reliability {source.reliability:g}; edit the file to change it"
        )
    for url in urls:
        for doc in source.documents:
            if doc.url == url:
                raise SourcesError(f"{where} already lists {url} on line {doc.line}")
    for local, written in zip(paths, written_paths):
        for doc in source.documents:
            if doc.path == local:
                raise SourcesError(f"{where} already lists {written} on line {doc.line}")
    for feed in feeds:
        if feed in source.feeds:
            raise SourcesError(f"{where} already lists the feed {feed}")
    known = {name_key(n) for n in source.names()}
    new_aliases = []
    for alias in aliases:
        if name_key(alias) not in known:
            known.add(name_key(alias))
            new_aliases.append(alias)
    if not (documents or feeds or new_aliases):
        raise SourcesError(
            f"{where} is already there; give --url, --path, --feed or a new --alias to add to it"
        )
    return _Plan(index, source, source.name, None, None, new_aliases, documents, feeds)


def _relative_to(local: Path, base: Path) -> str:
    try:
        return local.relative_to(base.resolve()).as_posix()
    except ValueError:
        return str(local)


def _projection(config: SourcesConfig) -> list[tuple]:
    """What a config says, without line numbers: what an edit must preserve or produce."""
    return [
        (s.name, s.aliases, s.kind, s.reliability,
         tuple((d.url, d.path, d.published, d.title) for d in s.documents), s.feeds)
        for s in config.sources
    ]


def _expected(config: SourcesConfig, plan: _Plan, base: Path) -> list[tuple]:
    rows = _projection(config)
    docs = tuple(
        (d.get("url"), resolve_path(d["path"], base) if "path" in d else None, None, None)
        for d in plan.documents
    )
    if plan.index is None:
        rows.append((
            plan.name, tuple(plan.aliases), plan.kind or DEFAULT_KIND,
            DEFAULT_RELIABILITY if plan.reliability is None else plan.reliability,
            docs, tuple(plan.feeds),
        ))
    else:
        name, old_aliases, kind, rel, old_docs, old_feeds = rows[plan.index]
        rows[plan.index] = (name, old_aliases + tuple(plan.aliases), kind, rel,
                            old_docs + docs, old_feeds + tuple(plan.feeds))
    return rows


def _outcome(text: str, path: Path) -> list[tuple] | None:
    try:
        return _projection(_parse(text, path, check_files=False))
    except SourcesError:
        return None


def _message(plan: _Plan, label: str, created: bool) -> str:
    parts = []
    if plan.documents:
        parts.append(_count(len(plan.documents), "document"))
    if plan.feeds:
        parts.append(_count(len(plan.feeds), "feed"))
    if plan.index is not None and plan.aliases:
        parts.append(f'alias "{plan.aliases[0]}"' if len(plan.aliases) == 1
                     else _count(len(plan.aliases), "alias"))
    listed = ", ".join(parts[:-1]) + " and " + parts[-1] if len(parts) > 1 else "".join(parts)
    if plan.index is None:
        tail = f" with {listed}" if listed else ""
        made = " (a new file)" if created else ""
        return f'Added source "{plan.name}"{tail} to {label}{made}'
    return f'Added {listed} to source "{plan.name}" in {label}'


def _count(n: int, word: str) -> str:
    plural = word + ("es" if word.endswith("s") else "s")
    return f"{n} {word if n == 1 else plural}"


# -- rendering new YAML --------------------------------------------------------


def _flow(items: list[str]) -> CommentedSeq:
    seq = CommentedSeq(_safe(i) for i in items)
    seq.fa.set_flow_style()
    return seq


def _safe(text: str) -> str:
    """The string, forced into double quotes when ruamel.yaml's plain form would not load back.

    The emitter has blind spots (it writes "?0" plain inside a flow list, where it
    reads back as a mapping), so each string is tried in both contexts first.
    """
    text = str(text)
    probe = CommentedSeq([text])
    probe.fa.set_flow_style()
    try:
        back = _yaml().load("\n".join(_dump({"k": text, "f": probe})))
        if back["k"] == text and back["f"][0] == text:
            return text
    except (YAMLError, TypeError, KeyError, IndexError):
        pass
    return DoubleQuotedScalarString(text)


def _document_map(doc: dict) -> CommentedMap:
    out = CommentedMap()
    for key, value in doc.items():
        out[key] = _safe(value)
    return out


def _new_source_map(plan: _Plan) -> CommentedMap:
    item = CommentedMap()
    item["name"] = _safe(plan.name)
    if plan.aliases:
        item["aliases"] = _flow(plan.aliases)
    if plan.kind is not None:
        item["kind"] = plan.kind
    if plan.reliability is not None:
        item["reliability"] = plan.reliability
    if plan.documents:
        item["documents"] = [_document_map(d) for d in plan.documents]
    if plan.feeds:
        item["feeds"] = [_safe(f) for f in plan.feeds]
    return item


def _dump(data: Any) -> list[str]:
    stream = io.StringIO()
    _yaml().dump(data, stream)
    return stream.getvalue().splitlines()


def _render_items(items: list, dash: int, offset: int, nl: str) -> str:
    """Block-sequence items whose dashes sit at column ``dash``, content ``offset`` further."""
    lines = _dump({"k": items})[1:]  # "k:" then items with dashes at 2, content at 4
    out = []
    for line in lines:
        indent = len(line) - len(line.lstrip(" "))
        if indent == 2 and line.startswith("  - "):
            out.append(" " * dash + "-" + " " * (offset - 1) + line[4:])
        else:
            out.append(" " * (indent - 4 + dash + offset) + line[indent:])
    return "".join(line + nl for line in out)


def _render_keys(mapping: CommentedMap, column: int, nl: str) -> str:
    return "".join(" " * column + line + nl for line in _dump(mapping))


def _render_flow_scalar(value: str) -> str:
    return _dump(_flow([value]))[0][1:-1]  # "[value]" without the brackets


# -- splicing into the original text ----------------------------------------------


def _content_end(node, seen=None) -> int:
    """Index just past the last character the node's own text occupies.

    Block collections' end marks point at the next token, past comments and blank
    lines; the last scalar inside them is where the content really ends.
    """
    seen = seen if seen is not None else set()
    if id(node) in seen:
        return node.start_mark.index
    seen.add(id(node))
    if isinstance(node, ScalarNode) or node.flow_style:
        return node.end_mark.index
    children = [c for pair in node.value for c in pair] if isinstance(node, MappingNode) else node.value
    return max((_content_end(c, seen) for c in children), default=node.end_mark.index)


def _after_line(text: str, index: int) -> int:
    """The start of the line after the one holding ``index - 1``."""
    if index > 0 and text[index - 1] == "\n":
        return index
    found = text.find("\n", index)
    return len(text) if found < 0 else found + 1


def _insertion_point(text: str, content_end: int, column: int) -> int:
    """Where lines at ``column`` go after a node: past the node's last line and past any
    comment lines indented deeper than ``column``, which belong to that node."""
    at = _after_line(text, content_end)
    while at < len(text):
        line_end = _after_line(text, at + 1)
        line = text[at:line_end]
        stripped = line.lstrip(" ")
        if not stripped.startswith("#") or len(line) - len(stripped) <= column:
            break
        at = line_end
    return at


def _get(mapping: MappingNode, key: str):
    for k, v in mapping.value:
        if isinstance(k, ScalarNode) and k.value == key:
            return k, v
    return None, None


def _block_layout(seq: SequenceNode) -> tuple[int, int]:
    """(dash column, content offset) of an existing block sequence."""
    dash = seq.start_mark.column
    first = seq.value[0] if seq.value else None
    if first is not None and first.start_mark.line == seq.start_mark.line:
        return dash, max(2, first.start_mark.column - dash)
    return dash, 2


def _spaced(text: str, seq: SequenceNode) -> bool:
    """Whether the last two items of a block list are separated by a blank line."""
    if len(seq.value) < 2:
        return False
    between = text[_content_end(seq.value[-2]):seq.value[-1].start_mark.index]
    return re.search(r"\n[ \t]*\r?\n", between) is not None


def _is_empty_null(node) -> bool:
    return isinstance(node, ScalarNode) and node.tag.endswith(":null") and node.value == ""


def _splice(original: _Text, plan: _Plan) -> str | None:
    """Insert the new lines into the editor's text, leaving every other byte alone.

    Returns None when the file's shape needs a full round trip instead.
    """
    text, nl = original.text, original.newline
    try:
        root = _yaml().compose(text)
    except YAMLError:
        return None
    edits: list[tuple[int, int, str]] = []  # (start, end, replacement), applied in order

    if plan.index is None:
        if root is None:
            top_col, seq = 0, None
        elif isinstance(root, MappingNode) and not root.flow_style:
            top_col = root.start_mark.column
            _, seq = _get(root, "sources")
        else:
            return None
        # sources is the only top-level key, so an empty list may grow at the very end.
        at = len(text)
        if seq is None or _is_empty_null(seq):
            dash, offset = top_col + 2, 2
            head = "" if seq is not None else " " * top_col + "sources:" + nl
        elif isinstance(seq, SequenceNode) and seq.flow_style and not seq.value:
            start = seq.start_mark.index
            while start > 0 and text[start - 1] == " ":
                start -= 1
            edits.append((start, seq.end_mark.index, ""))  # "sources: []" -> "sources:"
            dash, offset, head = top_col + 2, 2, ""
        elif isinstance(seq, SequenceNode) and not seq.flow_style:
            # After the last source, before trailing comments such as commented-out sources.
            (dash, offset), head = _block_layout(seq), ""
            at = _insertion_point(text, _content_end(seq), dash)
            if _spaced(text, seq):
                head = nl  # the editor leaves a blank line between sources; so do we
        else:
            return None
        edits.append((at, at, head + _render_items([_new_source_map(plan)], dash, offset, nl)))
        return _apply(text, edits, nl)

    if not isinstance(root, MappingNode):
        return None
    _, seq = _get(root, "sources")
    if not isinstance(seq, SequenceNode) or seq.flow_style:
        return None
    node = seq.value[plan.index]
    if not isinstance(node, MappingNode) or node.flow_style:
        return None
    new_keys = CommentedMap()
    additions = (("aliases", [_safe(a) for a in plan.aliases]),
                 ("documents", [_document_map(d) for d in plan.documents]),
                 ("feeds", [_safe(f) for f in plan.feeds]))
    for key, items in additions:
        if not items:
            continue
        key_node, value = _get(node, key)
        if value is None:
            new_keys[key] = _flow(list(items)) if key == "aliases" else list(items)
        elif _is_empty_null(value):
            at = _after_line(text, key_node.end_mark.index)
            edits.append((at, at, _render_items(list(items), key_node.start_mark.column + 2, 2, nl)))
        elif isinstance(value, SequenceNode) and value.flow_style:
            if key == "documents" or text[value.end_mark.index - 1] != "]":
                return None
            before = text[:value.end_mark.index - 1].rstrip()
            separator = "" if before.endswith("[") else " " if before.endswith(",") else ", "
            joined = ", ".join(_render_flow_scalar(i) for i in items)
            edits.append((len(before), len(before), separator + joined))
        elif isinstance(value, SequenceNode):
            dash, offset = _block_layout(value)
            at = _insertion_point(text, _content_end(value), dash)
            edits.append((at, at, _render_items(list(items), dash, offset, nl)))
        else:
            return None
    if new_keys:
        column = node.start_mark.column
        at = _insertion_point(text, _content_end(node), column)
        edits.append((at, at, _render_keys(new_keys, column, nl)))
    return _apply(text, edits, nl)


def _apply(text: str, edits: list[tuple[int, int, str]], nl: str) -> str:
    """Apply non-overlapping edits; ones at the same place keep the order they were made."""
    out, cursor = [], 0
    for start, end, replacement in sorted(edits, key=lambda e: e[0]):  # stable sort
        out.append(text[cursor:start])
        if start == len(text) and text and not text.endswith("\n") and replacement:
            replacement = nl + replacement  # the last line had no line break
        out.append(replacement)
        cursor = max(cursor, end)
    out.append(text[cursor:])
    return "".join(out)


def _round_trip(original: _Text, plan: _Plan) -> str | None:
    """Fallback: let ruamel.yaml rewrite the whole file (comments kept, spacing may change)."""
    yaml = _yaml()
    try:
        data = yaml.load(original.text)
    except YAMLError:
        return None
    if data is None:
        data = CommentedMap()
    if not isinstance(data, CommentedMap):
        return None
    seq = data.get("sources")
    if not isinstance(seq, CommentedSeq):
        seq = data["sources"] = CommentedSeq()
    if plan.index is None:
        seq.append(_new_source_map(plan))
        seq.fa.set_block_style()
    else:
        item = seq[plan.index]
        for key, items in (("aliases", [_safe(a) for a in plan.aliases]),
                           ("documents", [_document_map(d) for d in plan.documents]),
                           ("feeds", [_safe(f) for f in plan.feeds])):
            if not items:
                continue
            if item.get(key) is None:
                item[key] = _flow([]) if key == "aliases" else CommentedSeq()
            item[key].extend(items)
    stream = io.StringIO()
    yaml.dump(data, stream)
    text = stream.getvalue()
    if original.newline == "\r\n":
        text = text.replace("\r\n", "\n").replace("\n", "\r\n")
    return text


# -- writing ----------------------------------------------------------------------


def _write_atomic(path: Path, data: bytes) -> None:
    """Replace the file in one step: a crash or a full disk leaves the old file whole."""
    target = Path(os.path.realpath(path))  # keep a symlinked sources.yaml a symlink
    folder = target.parent
    try:
        mode = stat.S_IMODE(target.stat().st_mode)
    except FileNotFoundError:
        umask = os.umask(0)
        os.umask(umask)
        mode = 0o666 & ~umask
    tmp = None
    try:
        fd, tmp = tempfile.mkstemp(dir=folder, prefix=f".{target.name}.", suffix=".tmp")
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.chmod(tmp, mode)
        os.replace(tmp, target)
        tmp = None
    except OSError as exc:
        raise SourcesError(
            f"{path}: cannot be written ({exc.strerror or exc}); check that its folder is writable"
        ) from None
    finally:
        if tmp is not None:
            try:
                os.unlink(tmp)
            except OSError:
                pass
    try:
        dir_fd = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(dir_fd)
        finally:
            os.close(dir_fd)
    except OSError:
        pass
