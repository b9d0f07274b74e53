"""sources.yaml: loading, precise error messages, name lookup, and edits that keep the file's look."""

import codecs
import difflib
import os
import shutil
from pathlib import Path

import pytest

from checker.errors import SourcesError
from checker.sources import (
    KINDS,
    DocumentRef,
    Source,
    SourcesConfig,
    add_source,
    load_sources,
    local_files,
    name_key,
    sources_as_rows,
)

FIXTURES = Path(__file__).parent / "fixtures" / "sources"
PROJECT_SOURCES = Path(__file__).parent.parent / "sources.yaml"


@pytest.fixture
def folder(tmp_path, monkeypatch):
    """A copy of the fixtures, as the current folder (sources add resolves --path from there)."""
    work = tmp_path / "desk"
    shutil.copytree(FIXTURES, work)
    monkeypatch.chdir(work)
    return work


def write(folder: Path, text: str, name: str = "sources.yaml") -> Path:
    path = folder / name
    path.write_bytes(text.encode("utf-8"))
    return path


def only_added_lines(before: str, after: str) -> list[str]:
    """The lines ``after`` adds to ``before``; fails if anything else changed."""
    old, new = before.splitlines(keepends=True), after.splitlines(keepends=True)
    added = []
    for tag, i1, i2, j1, j2 in difflib.SequenceMatcher(a=old, b=new, autojunk=False).get_opcodes():
        assert tag in ("equal", "insert"), f"{tag}: {old[i1:i2]!r} -> {new[j1:j2]!r}"
        if tag == "insert":
            added.extend(new[j1:j2])
    return added


# --------------------------------------------------------------------------- loading


def test_interface_example_loads_into_dataclasses():
    config = load_sources(FIXTURES / "interface.yaml")

    assert config.sources == (
        Source(
            name="Agence France-Presse",
            aliases=("AFP", "French news agency"),
            kind="news_agency",
            reliability=0.9,
            documents=(
                DocumentRef(url="https://example.org/story.html", path=None, published=None,
                            title=None, line=7),
                DocumentRef(url=None, path=(FIXTURES / "references" / "afp-baku.txt").resolve(),
                            published="2025-07-12", title="Officials meet in Baku", line=8),
            ),
            feeds=("https://example.org/rss.xml",),
            line=2,
        ),
    )


def test_absent_kind_and_reliability_take_the_defaults(tmp_path):
    config = load_sources(write(tmp_path, "sources:\n  - name: Wire\n"))

    assert config.sources[0].kind == "other"
    assert config.sources[0].reliability == 0.6
    assert config.sources[0].documents == () and config.sources[0].feeds == ()


def test_published_may_be_quoted_text_and_comes_back_as_a_string(tmp_path):
    path = write(tmp_path, 'sources:\n  - name: A\n    documents:\n'
                           '      - url: https://a.example/x\n        published: "2025-07-12"\n'
                           '      - url: https://a.example/y\n        published: 2025-07-13\n')

    docs = load_sources(path).sources[0].documents

    assert [d.published for d in docs] == ["2025-07-12", "2025-07-13"]


def test_integer_reliability_is_a_float(tmp_path):
    config = load_sources(write(tmp_path, "sources:\n  - name: A\n    reliability: 1\n"))

    assert config.sources[0].reliability == 1.0 and isinstance(config.sources[0].reliability, float)


@pytest.mark.parametrize("text", ["", "\n", "# only comments\n", "sources: []\n", "sources:\n"])
def test_a_file_without_sources_is_valid_and_empty(tmp_path, text):
    assert load_sources(write(tmp_path, text)).sources == ()


def test_bundled_sources_yaml_loads():
    config = load_sources(PROJECT_SOURCES)

    assert config.find("the French news agency").name == "Agence France-Presse"
    assert {s.kind for s in config.sources} <= set(KINDS)


def test_document_paths_are_resolved_against_the_folder_of_sources_yaml(folder, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)  # elsewhere: the relative path must still be found

    config = load_sources(folder / "commented.yaml")

    assert config.sources[0].documents[0].path == folder / "references" / "afp-baku.txt"


def test_missing_document_is_accepted_when_files_are_not_checked(tmp_path):
    path = write(tmp_path, "sources:\n  - name: A\n    documents:\n      - path: gone.txt\n")

    config = load_sources(path, check_files=False)

    assert config.sources[0].documents[0].path == tmp_path / "gone.txt"


def test_bom_is_ignored_when_loading(tmp_path):
    path = tmp_path / "sources.yaml"
    path.write_bytes(codecs.BOM_UTF8 + b"sources:\r\n  - name: Wire\r\n")

    assert load_sources(path).sources[0].name == "Wire"


# --------------------------------------------------------------------------- error messages

ERRORS = [
    # (what is wrong, file text, the one sentence the user sees)
    ("bad indentation", "sources:\n  - name: A\n   kind: other\n",
     "sources.yaml:3:4: not valid YAML (expected <block end>, but found '<block mapping start>'); "
     "check the indentation and quoting there"),
    ("unclosed flow list", "sources: [\n",
     "sources.yaml:2:1: not valid YAML (expected the node content, but found '<stream end>'); "
     "check the indentation and quoting there"),
    ("tab indentation", "sources:\n\t- name: A\n",
     "sources.yaml:2:1: not valid YAML (found character '\\t' that cannot start any token); "
     "check the indentation and quoting there"),
    ("duplicate key", "sources:\n  - name: A\n    kind: other\n    kind: ngo\n",
     'sources.yaml:4:5: key "kind" appears twice in the same mapping; keep one'),
    ("top level is a list", "- name: A\n",
     'sources.yaml:1:1: the file must be a mapping starting with "sources:" followed by a list '
     "of sources (got a list)"),
    ("top level is text", "hello\n",
     'sources.yaml:1:1: the file must be a mapping starting with "sources:" followed by a list '
     'of sources (got "hello")'),
    ("unknown top-level key", "sources: []\nsource:\n  - name: A\n",
     'sources.yaml:2:1: unknown key "source" (did you mean "sources"?); the only top-level key '
     "allowed is: sources"),
    ("sources is a mapping", "sources:\n  name: A\n",
     'sources.yaml:1:1: sources: must be a list of sources, each starting with "- name:" '
     "(got a mapping)"),
    ("source is text", "sources:\n  - AFP\n",
     'sources.yaml:2:5: sources[0]: must be a mapping starting with "name:" (got "AFP")'),
    ("missing name", "sources:\n  - name: A\n  - kind: other\n",
     'sources.yaml:3:5: sources[1]: has no name; every source needs "name:"'),
    ("empty name", "sources:\n  - name: ''\n",
     "sources.yaml:2:5: sources[0].name: must not be empty"),
    ("numeric name", "sources:\n  - name: 1984\n",
     "sources.yaml:2:5: sources[0].name: must be text (got 1984); put it in quotes"),
    ("name of punctuation only", "sources:\n  - name: '--'\n",
     'sources.yaml:2:5: sources[0].name: must contain a letter or digit (got "--")'),
    ("unknown key with a close match", "sources:\n  - name: A\n    relability: 0.5\n",
     'sources.yaml:3:5: sources[0]: unknown key "relability" (did you mean "reliability"?); '
     "a source may have: name, aliases, kind, reliability, documents, feeds"),
    ("unknown key, no close match", "sources:\n  - name: A\n    colour: red\n",
     'sources.yaml:3:5: sources[0]: unknown key "colour"; '
     "a source may have: name, aliases, kind, reliability, documents, feeds"),
    ("kind not in the list", "sources:\n  - name: A\n    kind: agency\n",
     "sources.yaml:3:5: sources[0].kind: must be one of news_agency, newspaper, broadcaster, "
     'state_media, official, ngo, reference, other (got "agency")'),
    ("reliability is a word", "sources:\n  - name: A\n  - name: B\n  - name: C\n    reliability: high\n",
     'sources.yaml:5:5: sources[2].reliability: must be a number from 0 to 1 (got "high")'),
    ("reliability is a YAML bool", "sources:\n  - name: A\n    reliability: true\n",
     "sources.yaml:3:5: sources[0].reliability: must be a number from 0 to 1 (got true)"),
    ("reliability above 1", "sources:\n  - name: A\n    reliability: 1.5\n",
     "sources.yaml:3:5: sources[0].reliability: must be a number from 0 to 1 (got 1.5)"),
    ("reliability below 0", "sources:\n  - name: A\n    reliability: -0.1\n",
     "sources.yaml:3:5: sources[0].reliability: must be a number from 0 to 1 (got -0.1)"),
    ("aliases not a list", "sources:\n  - name: A\n    aliases: B\n",
     'sources.yaml:3:5: sources[0].aliases: must be a list such as [AFP, French news agency] '
     '(got "B")'),
    ("alias is a bool", "sources:\n  - name: A\n    aliases: [B, true]\n",
     "sources.yaml:3:18: sources[0].aliases[1]: must be text (got true); put it in quotes"),
    ("alias repeats another source's name", "sources:\n  - name: AFP\n  - name: B\n    aliases: [C, afp]\n",
     'sources.yaml:4:18: sources[1].aliases[1]: "afp" is already used on line 2 by source "AFP"; '
     'names and aliases must be unique, ignoring case, accents, punctuation and a leading "the"'),
    ("names equal but for punctuation and 'the'",
     "sources:\n  - name: Agence France-Presse\n  - name: The Agence France Presse\n",
     'sources.yaml:3:5: sources[1].name: "The Agence France Presse" is already used on line 2 by '
     'source "Agence France-Presse"; names and aliases must be unique, ignoring case, accents, '
     'punctuation and a leading "the"'),
    ("documents not a list", "sources:\n  - name: A\n    documents: https://a.example/x\n",
     'sources.yaml:3:5: sources[0].documents: must be a list of "- url:" or "- path:" entries '
     '(got "https://a.example/x")'),
    ("document is a bare string", "sources:\n  - name: A\n    documents:\n      - https://a.example/x\n",
     'sources.yaml:4:9: sources[0].documents[0]: must be a mapping such as "url: https://..." or '
     '"path: references/report.txt" (got "https://a.example/x")'),
    ("document without url or path", "sources:\n  - name: A\n    documents:\n      - title: x\n",
     "sources.yaml:4:9: sources[0].documents[0]: needs url: (a web address) or path: "
     "(a local file or folder)"),
    ("document with url and path",
     "sources:\n  - name: A\n    documents:\n      - url: https://a.example\n        path: x.txt\n",
     "sources.yaml:4:9: sources[0].documents[0]: has both url: and path:; give one per document"),
    ("unknown document key",
     "sources:\n  - name: A\n    documents:\n      - url: https://a.example/x\n        date: 2025-01-01\n",
     'sources.yaml:5:9: sources[0].documents[0]: unknown key "date" (did you mean "published"?); '
     "a document may have: url, path, published, title"),
    ("ftp url", "sources:\n  - name: A\n    documents:\n      - url: ftp://a.example/x\n",
     "sources.yaml:4:9: sources[0].documents[0].url: must be an http:// or https:// address "
     'with a host (got "ftp://a.example/x")'),
    ("url without host", "sources:\n  - name: A\n    documents:\n      - url: https:///x\n",
     "sources.yaml:4:9: sources[0].documents[0].url: must be an http:// or https:// address "
     'with a host (got "https:///x")'),
    ("url without scheme", "sources:\n  - name: A\n    documents:\n      - url: a.example/x\n",
     "sources.yaml:4:9: sources[0].documents[0].url: must be an http:// or https:// address "
     'with a host (got "a.example/x")'),
    ("url with a space", "sources:\n  - name: A\n    documents:\n      - url: https://a.example/x y\n",
     "sources.yaml:4:9: sources[0].documents[0].url: must be an http:// or https:// address "
     'without spaces (got "https://a.example/x y")'),
    ("published as words",
     "sources:\n  - name: A\n    documents:\n      - url: https://a.example/x\n        published: 12 July 2025\n",
     'sources.yaml:5:9: sources[0].documents[0].published: must be a date written YYYY-MM-DD '
     '(got "12 July 2025")'),
    ("published is not a real day",
     "sources:\n  - name: A\n    documents:\n      - url: https://a.example/x\n        published: 2025-02-30\n",
     "sources.yaml:5:9: sources[0].documents[0].published: must be a real date written YYYY-MM-DD "
     "(got 2025-02-30)"),
    ("published with a time",
     "sources:\n  - name: A\n    documents:\n      - url: https://a.example/x\n        published: 2025-02-03T10:00:00\n",
     "sources.yaml:5:9: sources[0].documents[0].published: must be a date written YYYY-MM-DD, "
     "without a time (got 2025-02-03T10:00:00)"),
    ("same document twice",
     "sources:\n  - name: A\n    documents:\n      - url: https://a.example/x\n      - url: https://a.example/x\n",
     'sources.yaml:5:9: sources[0].documents[1].url: "https://a.example/x" is already listed on '
     "line 4; remove one"),
    ("path that is a URL", "sources:\n  - name: A\n    documents:\n      - path: https://a.example/x\n",
     'sources.yaml:4:9: sources[0].documents[0].path: "https://a.example/x" is a web address; '
     "write it as url: instead of path:"),
    ("feeds not a list", "sources:\n  - name: A\n    feeds: https://a.example/rss\n",
     'sources.yaml:3:5: sources[0].feeds: must be a list of feed addresses (got "https://a.example/rss")'),
    ("feed not a URL", "sources:\n  - name: A\n    feeds:\n      - a.example/rss\n",
     "sources.yaml:4:9: sources[0].feeds[0]: must be an http:// or https:// address with a host "
     '(got "a.example/rss")'),
    ("first problem in file order wins",
     "sources:\n  - name: A\n    kind: nope\n    reliability: 7\n",
     "sources.yaml:3:5: sources[0].kind: must be one of news_agency, newspaper, broadcaster, "
     'state_media, official, ngo, reference, other (got "nope")'),
]


@pytest.mark.parametrize("text, message", [e[1:] for e in ERRORS], ids=[e[0] for e in ERRORS])
def test_error_message(tmp_path, monkeypatch, text, message):
    monkeypatch.chdir(tmp_path)
    write(tmp_path, text)

    with pytest.raises(SourcesError) as caught:
        load_sources(Path("sources.yaml"))

    assert str(caught.value) == message


def test_missing_document_path_names_where_it_was_looked_for(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    write(tmp_path, "sources:\n  - name: A\n    documents:\n      - path: refs/missing.txt\n")

    with pytest.raises(SourcesError) as caught:
        load_sources(Path("sources.yaml"))

    assert str(caught.value) == (
        "sources.yaml:4:9: sources[0].documents[0].path: no such file or folder: refs/missing.txt "
        f"(looked for {tmp_path / 'refs' / 'missing.txt'}); fix the path, which is relative to "
        "the folder of sources.yaml"
    )


def test_missing_file_says_how_to_fix_it(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)

    with pytest.raises(SourcesError) as caught:
        load_sources(Path("sources.yaml"))

    assert str(caught.value) == (
        "sources.yaml: no such file; create it (see README) or pass --sources FILE"
    )


def test_folder_given_as_the_sources_file(tmp_path):
    with pytest.raises(SourcesError, match="is a folder, not a file"):
        load_sources(tmp_path)


def test_file_that_is_not_utf8_names_the_line(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "sources.yaml").write_bytes(b"sources:\n  - name: Caf\xe9\n")

    with pytest.raises(SourcesError) as caught:
        load_sources(Path("sources.yaml"))

    assert str(caught.value) == "sources.yaml:2:14: not UTF-8 text (byte 0xe9); save the file as UTF-8"


def test_message_uses_the_path_as_given(tmp_path):
    path = write(tmp_path, "sources:\n  - name: A\n    kind: x\n", name="desk.yaml")

    with pytest.raises(SourcesError) as caught:
        load_sources(path)

    assert str(caught.value).startswith(f"{path}:3:5: sources[0].kind:")


# --------------------------------------------------------------------------- lookup


@pytest.mark.parametrize("wording, expected", [
    ("Agence France-Presse", "Agence France-Presse"),
    ("AFP", "Agence France-Presse"),
    ("afp", "Agence France-Presse"),
    ("the French news agency", "Agence France-Presse"),
    ("French News Agency", "Agence France-Presse"),
    ("Agence France Presse", "Agence France-Presse"),
    ("AGENCE FRANCE–PRESSE", "Agence France-Presse"),  # en dash
    ("Agénce Françe-Presse", "Agence France-Presse"),  # accents
    ("Reuters", "Reuters"),
    ("Baku Desk", "The Baku Desk"),
    ("the desk", "The Baku Desk"),
    ("desk", "The Baku Desk"),  # its alias "the desk", with the leading "the" ignored
    ("Associated Press", None),
    ("the", None),
    ("", None),
    ("!!", None),
])
def test_find_by_name_or_alias_ignores_case_accents_punctuation_and_leading_the(wording, expected):
    config = load_sources(FIXTURES / "commented.yaml")

    found = config.find(wording)

    assert (found.name if found else None) == expected


def test_name_key_joins_words_so_spacing_and_apostrophes_do_not_matter():
    assert name_key("People's Daily") == name_key("Peoples Daily") == name_key("the peoples-daily")
    assert name_key("U.S. News") == name_key("US News")
    assert name_key("The") == "the"  # a name that is only "the" keeps it


def test_an_alias_equal_to_its_own_name_is_allowed(tmp_path):
    config = load_sources(write(tmp_path, "sources:\n  - name: AZERTAC\n    aliases: [Azertac]\n"))

    assert config.find("azertac").name == "AZERTAC"


# --------------------------------------------------------------------------- local files


def test_folder_document_expands_to_its_text_files_sorted():
    config = load_sources(FIXTURES / "commented.yaml")
    folder_doc = config.find("Baku desk").documents[0]

    files = local_files(folder_doc)

    base = (FIXTURES / "references" / "baku").resolve()
    # not notes.pdf, not the hidden .draft.txt, not older/00-old.txt in a subfolder
    assert files == [base / "01-report.txt", base / "02-wire.md", base / "03-page.html"]


def test_file_document_is_itself_and_url_document_has_no_local_files():
    config = load_sources(FIXTURES / "interface.yaml")
    url_doc, file_doc = config.sources[0].documents

    assert local_files(file_doc) == [(FIXTURES / "references" / "afp-baku.txt").resolve()]
    assert local_files(url_doc) == []


def test_document_path_that_vanished_is_a_sources_error(tmp_path):
    doc = DocumentRef(url=None, path=tmp_path / "gone.txt", published=None, title=None, line=9)

    with pytest.raises(SourcesError) as caught:
        local_files(doc)

    assert str(caught.value) == (
        f"{tmp_path / 'gone.txt'}: no such file or folder (listed on line 9 of the sources file); "
        "fix the path or remove the document"
    )


def test_sources_as_rows_lists_documents_as_written():
    rows = sources_as_rows(load_sources(FIXTURES / "commented.yaml"))

    assert rows[0] == {
        "name": "Agence France-Presse",
        "kind": "news_agency",
        "reliability": 0.9,
        "aliases": ["AFP", "French news agency", "Agence France Presse"],
        "documents": ["references/afp-baku.txt", "https://example.org/afp/story.html"],
        "feeds": [],
    }
    assert [r["name"] for r in rows] == ["Agence France-Presse", "Reuters", "The Baku Desk"]
    assert rows[1]["documents"] == [] and rows[2]["feeds"] == ["https://example.org/baku/rss.xml"]


def test_config_is_frozen():
    config = load_sources(FIXTURES / "interface.yaml")

    with pytest.raises(AttributeError):
        config.sources[0].name = "x"  # type: ignore[misc]
    assert isinstance(config, SourcesConfig)


# --------------------------------------------------------------------------- sources add


def test_new_source_on_the_interface_example_keeps_its_look(folder):
    path = folder / "interface.yaml"
    before = path.read_text()

    message = add_source(
        path, "Example Gazette",
        urls=["https://example.org/2025/07/12/baku-talks.html"],
        paths=["references/baku"],
        feeds=["https://example.org/rss.xml"],
        kind="newspaper", reliability=0.7, aliases=["the Gazette", "Gazette: Baku"],
    )

    assert message == 'Added source "Example Gazette" with 2 documents and 1 feed to ' + str(path)
    assert path.read_text() == before + (
        "  - name: Example Gazette\n"
        "    aliases: [the Gazette, 'Gazette: Baku']\n"
        "    kind: newspaper\n"
        "    reliability: 0.7\n"
        "    documents:\n"
        "      - url: https://example.org/2025/07/12/baku-talks.html\n"
        "      - path: references/baku\n"
        "    feeds:\n"
        "      - https://example.org/rss.xml\n"
    )
    assert load_sources(path).find("Gazette: Baku").kind == "newspaper"


def test_new_source_leaves_a_commented_file_byte_for_byte_but_for_added_lines(folder):
    path = folder / "commented.yaml"
    before = path.read_text()

    add_source(path, "Example Gazette", urls=["https://example.org/g.html"], kind="newspaper")

    after = path.read_text()
    assert sorted(only_added_lines(before, after)) == sorted([
        "\n",  # the editor separates sources with a blank line
        "  - name: Example Gazette\n",
        "    kind: newspaper\n",
        "    documents:\n",
        "      - url: https://example.org/g.html\n",
    ])
    # after the last source, before the trailing commented-out "Retired" block
    assert (
        "      - https://example.org/baku/rss.xml\n"
        "\n"
        "  - name: Example Gazette\n"
        "    kind: newspaper\n"
        "    documents:\n"
        "      - url: https://example.org/g.html\n"
        "\n"
        "# Retired:\n"
    ) in after


def test_documents_feeds_and_aliases_join_an_existing_source_leaving_the_rest_alone(folder):
    path = folder / "commented.yaml"
    before = path.read_text()

    message = add_source(
        path, "the desk",  # an alias: the additions go to "The Baku Desk"
        urls=["https://example.org/baku/extra.html"],
        feeds=["https://example.org/baku/atom.xml"],
        aliases=["Desk in Baku", "baku desk"],  # the second is already there: no change
    )

    assert message == (
        f'Added 1 document, 1 feed and alias "Desk in Baku" to source "The Baku Desk" in {path}'
    )
    assert only_added_lines(before, path.read_text()) == [
        "      - Desk in Baku\n",
        "      - url: https://example.org/baku/extra.html\n",
        "      - https://example.org/baku/atom.xml\n",
    ]
    source = load_sources(path).find("Baku Desk")
    assert source.aliases == ("Baku desk", "the desk", "Desk in Baku")
    assert source.documents[-1].url == "https://example.org/baku/extra.html"
    assert source.feeds == ("https://example.org/baku/rss.xml", "https://example.org/baku/atom.xml")


def test_keys_a_source_lacks_are_added_after_its_last_line(folder):
    path = folder / "commented.yaml"
    before = path.read_text()

    add_source(path, "Reuters", paths=["references/afp-baku.txt"], feeds=["https://example.org/r.xml"])

    after = path.read_text()
    assert only_added_lines(before, after) == [
        "    documents:\n",
        "      - path: references/afp-baku.txt\n",
        "    feeds:\n",
        "      - https://example.org/r.xml\n",
    ]
    assert "    reliability: .85\n    documents:\n" in after


def test_new_document_goes_after_the_last_one_and_before_the_next_comment(folder):
    path = folder / "commented.yaml"
    before = path.read_text()

    add_source(path, "AFP", urls=["https://example.org/afp/second.html"])

    after = path.read_text()
    assert only_added_lines(before, after) == ["      - url: https://example.org/afp/second.html\n"]
    assert ('      - url: "https://example.org/afp/story.html"   # double quoted\n'
            "      - url: https://example.org/afp/second.html\n"
            "    # no feeds for AFP yet\n") in after


def test_alias_added_to_a_flow_list_changes_only_that_line(folder):
    path = folder / "commented.yaml"
    before = path.read_text()

    add_source(path, "Agence France-Presse", aliases=["l'Agence, Paris"])

    after = path.read_text()
    diff = [line for line in difflib.ndiff(before.splitlines(), after.splitlines())
            if line[:1] in "+-"]
    assert diff == [
        """-     aliases: [AFP,   "French news agency", 'Agence France Presse']   # spacing kept""",
        """+     aliases: [AFP,   "French news agency", 'Agence France Presse', "l'Agence, Paris"]   # spacing kept""",
    ]
    assert load_sources(path).find("l'Agence, Paris").name == "Agence France-Presse"


def test_paths_inside_the_folder_are_stored_relative_and_outside_ones_absolute(folder, tmp_path):
    outside = tmp_path / "elsewhere.txt"
    outside.write_text("Sample written for the tests.\n")
    path = folder / "interface.yaml"

    add_source(path, "Desk", paths=[str(folder / "references" / "baku" / "01-report.txt"), str(outside)])

    text = path.read_text()
    assert "      - path: references/baku/01-report.txt\n" in text
    assert f"      - path: {outside}\n" in text
    assert [d.path for d in load_sources(path).find("Desk").documents] == [
        folder / "references" / "baku" / "01-report.txt", outside]


def test_relative_path_argument_is_taken_from_the_current_folder(folder, monkeypatch):
    monkeypatch.chdir(folder / "references")
    path = folder / "interface.yaml"

    add_source(path, "Desk", paths=["baku"])

    assert "      - path: references/baku\n" in path.read_text()


def test_missing_file_is_created_with_a_header(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    path = Path("sources.yaml")

    message = add_source(path, "Wire", urls=["https://wire.example/a"], kind="news_agency")

    assert message == 'Added source "Wire" with 1 document to sources.yaml (a new file)'
    text = path.read_text()
    assert text.startswith("# sources.yaml: ")
    assert text.endswith(
        "sources:\n"
        "  - name: Wire\n"
        "    kind: news_agency\n"
        "    documents:\n"
        "      - url: https://wire.example/a\n"
    )
    assert load_sources(path).sources[0].name == "Wire"


@pytest.mark.parametrize("text", ["", "# just a comment\n", "sources:\n", "sources: []   # none yet\n"])
def test_new_source_in_a_file_without_sources(tmp_path, text):
    path = write(tmp_path, text)

    add_source(path, "Wire", feeds=["https://wire.example/rss"])

    assert [s.name for s in load_sources(path).sources] == ["Wire"]
    if text != "sources: []   # none yet\n":
        assert path.read_text().startswith(text)
    else:  # the empty flow list has to go for a block list to follow
        assert path.read_text().startswith("sources:   # none yet\n  - name: Wire\n")


def test_file_without_a_final_line_break_gets_one_before_the_new_lines(tmp_path):
    path = write(tmp_path, "sources:\n  - name: A  # last line, no break")

    add_source(path, "B")

    assert path.read_text() == "sources:\n  - name: A  # last line, no break\n  - name: B\n"


def test_crlf_line_endings_and_bom_are_kept(folder):
    path = folder / "commented.yaml"
    original = codecs.BOM_UTF8 + path.read_bytes().replace(b"\n", b"\r\n")
    path.write_bytes(original)

    add_source(path, "Reuters", urls=["https://example.org/r.html"])
    add_source(path, "Wire", kind="news_agency")

    data = path.read_bytes()
    assert data.startswith(codecs.BOM_UTF8)
    assert data.count(b"\n") == data.count(b"\r\n")
    only_added_lines(original.decode("utf-8"), data.decode("utf-8"))
    assert [s.name for s in load_sources(path).sources][-1] == "Wire"


def test_indentless_lists_get_items_in_their_own_style(tmp_path):
    path = write(tmp_path, "sources:\n- name: A\n  documents:\n  - url: https://a.example/1\n")

    add_source(path, "A", urls=["https://a.example/2"])
    add_source(path, "B")

    assert path.read_text() == (
        "sources:\n- name: A\n  documents:\n  - url: https://a.example/1\n"
        "  - url: https://a.example/2\n- name: B\n"
    )


def test_flow_style_source_falls_back_to_a_round_trip_that_still_loads(tmp_path):
    path = write(tmp_path, "# outlets\nsources:\n  - {name: A, kind: ngo}  # terse\n")

    add_source(path, "A", urls=["https://a.example/1"])

    source = load_sources(path).find("A")
    assert source.kind == "ngo" and source.documents[0].url == "https://a.example/1"
    assert path.read_text().startswith("# outlets\n")


def test_empty_documents_key_receives_the_items(tmp_path):
    path = write(tmp_path, "sources:\n  - name: A\n    documents:   # to come\n    kind: ngo\n")

    add_source(path, "A", urls=["https://a.example/1"])

    assert path.read_text() == (
        "sources:\n  - name: A\n    documents:   # to come\n      - url: https://a.example/1\n"
        "    kind: ngo\n"
    )


# -- refusals leave the file as it was ----------------------------------------------

REFUSALS = [
    ("unknown kind", dict(name="New", kind="agency"),
     "--kind must be one of news_agency, newspaper, broadcaster, state_media, official, ngo, "
     'reference, other (got "agency")'),
    ("reliability out of range", dict(name="New", reliability=1.5),
     "--reliability must be a number from 0 to 1 (got 1.5)"),
    ("reliability as a word", dict(name="New", reliability="high"),
     '--reliability must be a number from 0 to 1 (got "high")'),
    ("url without scheme", dict(name="New", urls=["example.org/x"]),
     '--url must be an http:// or https:// address with a host (got "example.org/x")'),
    ("feed with ftp", dict(name="New", feeds=["ftp://example.org/rss"]),
     '--feed must be an http:// or https:// address with a host (got "ftp://example.org/rss")'),
    ("missing path", dict(name="New", paths=["references/nope.txt"]),
     "--path references/nope.txt: no such file or folder; check the path"),
    ("url given twice", dict(name="New", urls=["https://a.example/1", "https://a.example/1"]),
     "--url https://a.example/1 is given twice; give it once"),
    ("empty name", dict(name="  "), "the source name must not be empty"),
    ("name of punctuation", dict(name="--"), 'the source name "--" must be one line with a letter or digit'),
    ("document already listed", dict(name="AFP", urls=["https://example.org/afp/story.html"]),
     'source "Agence France-Presse" (commented.yaml line 10) already lists '
     "https://example.org/afp/story.html on line 20"),
    ("path already listed", dict(name="AFP", paths=["references/afp-baku.txt"]),
     'source "Agence France-Presse" (commented.yaml line 10) already lists references/afp-baku.txt '
     "on line 16"),
    ("feed already listed", dict(name="Baku Desk", feeds=["https://example.org/baku/rss.xml"]),
     'source "The Baku Desk" (commented.yaml line 29) already lists the feed '
     "https://example.org/baku/rss.xml"),
    ("different kind", dict(name="Reuters", kind="newspaper", urls=["https://r.example/1"]),
     'source "Reuters" (commented.yaml line 23) already has kind news_agency; edit the file to change it'),
    ("different reliability", dict(name="Reuters", reliability=0.5),
     'source "Reuters" (commented.yaml line 23) already has reliability 0.85; edit the file to change it'),
    ("alias of another source", dict(name="New", aliases=["French News Agency"]),
     '--alias "French News Agency" already names source "Agence France-Presse" (commented.yaml '
     "line 10); choose another alias or add to that source"),
    ("nothing new", dict(name="Reuters", kind="news_agency", aliases=["reuters"]),
     'source "Reuters" (commented.yaml line 23) is already there; give --url, --path, --feed or a '
     "new --alias to add to it"),
]


@pytest.mark.parametrize("arguments, message", [r[1:] for r in REFUSALS], ids=[r[0] for r in REFUSALS])
def test_refused_addition_leaves_the_file_untouched(folder, arguments, message):
    path = Path("commented.yaml")
    before = path.read_bytes()

    with pytest.raises(SourcesError) as caught:
        add_source(path, **arguments)

    assert str(caught.value) == message
    assert path.read_bytes() == before
    assert sorted(os.listdir(folder)) == sorted(os.listdir(FIXTURES))  # no temp file left


def test_same_kind_and_reliability_as_the_existing_source_are_accepted(folder):
    path = folder / "commented.yaml"

    message = add_source(path, "Reuters", kind="news_agency", reliability=0.85,
                         urls=["https://r.example/1"])

    assert message == f'Added 1 document to source "Reuters" in {path}'


def test_broken_file_is_not_edited(tmp_path):
    path = write(tmp_path, "sources:\n  - name: A\n    kind: agency\n")
    before = path.read_bytes()

    with pytest.raises(SourcesError, match=r"sources\.yaml:3:5: sources\[0\]\.kind: must be one of"):
        add_source(path, "B")

    assert path.read_bytes() == before


def test_failed_write_leaves_the_original_and_no_temp_file(folder, monkeypatch):
    path = folder / "commented.yaml"
    before = path.read_bytes()

    def refuse(src, dst):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "replace", refuse)
    with pytest.raises(SourcesError) as caught:
        add_source(path, "Wire", urls=["https://wire.example/a"])

    assert str(caught.value) == (
        f"{path}: cannot be written (No space left on device); check that its folder is writable"
    )
    assert path.read_bytes() == before
    assert sorted(os.listdir(folder)) == sorted(os.listdir(FIXTURES))


@pytest.mark.skipif(hasattr(os, "geteuid") and os.geteuid() == 0, reason="root ignores permissions")
def test_read_only_folder_is_reported(folder):
    path = folder / "commented.yaml"
    before = path.read_bytes()
    folder.chmod(0o555)
    try:
        with pytest.raises(SourcesError, match="cannot be written"):
            add_source(path, "Wire")
    finally:
        folder.chmod(0o755)
    assert path.read_bytes() == before


def test_file_mode_is_kept_and_a_symlinked_file_stays_a_symlink(folder):
    real = folder / "commented.yaml"
    real.chmod(0o640)
    link = folder / "link.yaml"
    link.symlink_to(real)

    add_source(link, "Wire")

    assert link.is_symlink()
    assert load_sources(real).find("Wire") is not None
    assert (real.stat().st_mode & 0o777) == 0o640


# -- any name survives the trip ----------------------------------------------------

from hypothesis import HealthCheck, assume, given, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402

_odd_text = st.text(
    alphabet=st.characters(blacklist_categories=("Cs", "Cc", "Cf", "Zl", "Zp", "Co", "Cn")),
    min_size=1, max_size=30,
).map(str.strip).filter(lambda t: t and name_key(t))


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(name=_odd_text, aliases=st.lists(_odd_text, max_size=3, unique_by=name_key))
def test_any_name_and_aliases_are_quoted_so_they_load_back_unchanged(tmp_path, name, aliases):
    existing = load_sources(FIXTURES / "commented.yaml")
    assume(existing.find(name) is None)
    assume(all(existing.find(a) is None for a in aliases))
    path = tmp_path / "commented.yaml"
    shutil.copy(FIXTURES / "commented.yaml", path)
    before = path.read_text()

    add_source(path, name, aliases=aliases, urls=["https://example.org/x"])

    only_added_lines(before, path.read_text())
    source = load_sources(path, check_files=False).find(name)
    assert (source.name, source.aliases) == (name, tuple(aliases))


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(target=st.sampled_from(["AFP", "Baku Desk"]),
       aliases=st.lists(_odd_text, min_size=1, max_size=3, unique_by=name_key))
def test_any_alias_joins_a_flow_or_block_alias_list(tmp_path, target, aliases):
    existing = load_sources(FIXTURES / "commented.yaml")
    assume(all(existing.find(a) is None for a in aliases))
    path = tmp_path / "commented.yaml"
    shutil.copy(FIXTURES / "commented.yaml", path)
    before = path.read_text().splitlines()

    add_source(path, target, aliases=aliases)

    after = path.read_text().splitlines()
    removed = [line for line in difflib.ndiff(before, after) if line.startswith("- ")]
    assert len(removed) <= 1 and all("aliases: [" in line for line in removed)
    source = load_sources(path, check_files=False).find(target)
    assert source.aliases[-len(aliases):] == tuple(aliases)
