"""``checker sources add``: edit sources.yaml without disturbing a byte the editor wrote.

Editors annotate the file heavily, so the new lines are rendered by ruamel.yaml (so
quoting is right) and spliced into the original text at positions taken from
ruamel.yaml's composed nodes. Only when the file uses a shape that splicing cannot
handle (flow-style mappings, say) does it fall back to a full ruamel.yaml round trip.
Either way the result is re-loaded with the loader in ``checker/sources.py`` and
compared with what was asked for before anything is written, and the write is atomic.

It is apart from the loader because it is the only writer: everything else in the
checker reads sources.yaml and never needs the YAML rendering, splicing and atomic
write that live here. The rules for what a valid file is stay in one place, the
loader; this module asks it, and ``checker.sources`` re-exports ``add_source``.
"""

from __future__ import annotations

import io
import math
import os
import re
import stat
import tempfile
import unicodedata
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Iterable

from ruamel.yaml.comments import CommentedMap, CommentedSeq
from ruamel.yaml.error import YAMLError
from ruamel.yaml.nodes import MappingNode, ScalarNode, SequenceNode
from ruamel.yaml.scalarstring import DoubleQuotedScalarString

from checker.errors import SourcesError
from checker.sources import (
    DEFAULT_KIND,
    DEFAULT_RELIABILITY,
    KINDS,
    NEW_FILE_HEADER,
    Source,
    SourcesConfig,
    _is_number,
    _parse,
    _read_text,
    _show,
    _Text,
    _yaml,
    name_key,
    resolve_path,
    url_problem,
)


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
