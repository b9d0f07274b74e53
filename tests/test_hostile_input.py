"""Whatever a CMS exports or an editor pastes, the checker ends with exit 0, 1 or 2, never a traceback.

Generated articles (binary, empty, mixed encodings, right-to-left scripts, emoji, control
characters, unbalanced quotes and tags, long paragraphs) go through the library entry
points in-process, which is fast: ``pipeline.read_article`` -> ``claims.analyse`` ->
``pipeline.check_article``. Generated ``sources.yaml`` files (random structures and
types, broken YAML) go through ``sources.load_sources``. A handful of cases then run
the real command line in a subprocess.

Example counts come from a hypothesis profile: ``reliability-ci`` (the default, small)
or ``reliability-fuzz``; ``benchmarks/fuzz_inputs.py`` is the dedicated 10,000-case run.
"""
from __future__ import annotations

import io
import json
import os
import time
from dataclasses import dataclass
from pathlib import Path

import jsonschema
import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

import claims
from checker import extract, pipeline
from checker.cli import one_line
from checker.errors import CheckerError
from checker.sources import load_sources
from checker.store import Store
from conftest import ROOT, run_checker

settings.register_profile("reliability-ci", max_examples=int(os.environ.get("CHECKER_FUZZ_EXAMPLES", "80")),
                          deadline=None, database=None, derandomize=False,
                          suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
settings.register_profile("reliability-fuzz", max_examples=10_000, deadline=None, database=None,
                          suppress_health_check=list(HealthCheck))
PROFILE = settings.get_profile(os.environ.get("CHECKER_FUZZ_PROFILE", "reliability-ci"))
SCHEMA = json.loads((ROOT / "checker" / "schema" / "report.schema.json").read_text())

# --------------------------------------------------------------------------- the world

REFERENCE = (
    "The harbour authority of Velmar said on Monday that the north pier would close for repairs.\n\n"
    "Port director Ines Kallas told reporters the work would take three weeks and cost 4 million euros.\n\n"
    "According to a statement from the city council, ferries will use the south pier until March 3.\n"
)
SOURCES_YAML = """sources:
  - name: Velmar Gazette
    aliases: [the Gazette]
    kind: newspaper
    reliability: 0.8
    documents:
      - path: references/velmar.txt
        published: 2025-02-10
"""


def make_world(folder: Path) -> tuple[Path, Path]:
    """A sources.yaml with one local reference document (our own words) and a store path."""
    (folder / "references").mkdir(parents=True, exist_ok=True)
    (folder / "references" / "velmar.txt").write_text(REFERENCE, encoding="utf-8")
    (folder / "sources.yaml").write_text(SOURCES_YAML, encoding="utf-8")
    return folder / "sources.yaml", folder / "store.db"


@dataclass(frozen=True)
class Outcome:
    """What the command line would have done: its exit code and the sentence for exit 2."""

    code: int
    message: str | None = None
    claims: int = 0


def plain_sentence(message: str) -> bool:
    """One line of words: no traceback, no Python repr, not empty, not a wall of text."""
    return (bool(message.strip()) and "\n" not in message.strip() and "Traceback" not in message
            and 'File "' not in message and len(message) < 1000)


def check_bytes(data: bytes, config, store: Store, *, name: str = "-") -> Outcome:
    """Read, analyse and check ``data`` as ``checker check - --offline --fail-on contradicted`` would."""
    try:
        article = pipeline.read_article(name, stdin=io.BytesIO(data))
    except CheckerError as exc:
        return Outcome(2, one_line(str(exc)))  # what the command line prints
    assert article.text.strip() and len(article.text) <= extract.MAX_ARTICLE_CHARS
    analysis = claims.analyse(article.text)
    for s in analysis.sentences:
        assert article.text[s.start:s.end] == s.text
    for c in analysis.claims:
        assert 0 <= c.start <= c.end <= len(article.text)
    report = pipeline.check_article(article, config, store, offline=True)
    jsonschema.validate(json.loads(json.dumps(report, ensure_ascii=False)), SCHEMA)
    for c in report["claims"]:
        assert 0 <= c["span"][0] <= c["span"][1] <= len(article.text)
    contradicted = any(c["verdict"] == "contradicted" for c in report["claims"])
    return Outcome(1 if contradicted else 0, None, len(report["claims"]))


def load_yaml_bytes(data: bytes, folder: Path):
    """(config, None) or (None, the one-sentence error) for ``data`` as a sources.yaml."""
    path = folder / "fuzz-sources.yaml"
    path.write_bytes(data)
    try:
        return load_sources(path), None
    except CheckerError as exc:
        return None, one_line(str(exc))  # what the command line prints


# --------------------------------------------------------------------------- strategies

WORDS = (
    "the minister said on Monday that talks began in Velmar . , a diplomatic source revealed "
    "according to Reuters AFP officials met 12 July 2025 Saturday 3 million euros Ines Kallas "
    "port director told reporters denied claimed added The harbour authority will close north pier "
    "U.S. envoy a.m. Dr. Mr. Jan. No. 4 e.g. 9 p.m. quoted by the French news agency as saying"
).split()
RTL = ["قال", "مصدر", "دبلوماسي", "في", "دمشق", "الاجتماع", "אמר", "שר", "החוץ", "הפגישה", "گفت", "وزیر"]
EMOJI = ["😀", "🇸🇾", "👍🏽", "🧑\u200d🚀", "❤️", "\U0001F9EA", "🏳️\u200d🌈"]
CONTROL = [chr(c) for c in range(32) if c not in (9, 10, 13)] + [
    "\x7f", "\x85", "\u2028", "\u2029", "\u200b", "\u200e", "\u200f", "\u202a", "\u202e", "\u2066", "\ufeff",
    "\ufffd", "\u0301", "\u0000",
]
QUOTES = ['"', "“", "”", "‘", "’", "«", "»", "'", "„", "(", ")", "[", "]", "<", ">", "&", "`", "*", "_", "#"]
PUNCT = [".", ",", ";", ":", "!", "?", "…", " - ", "—", "\n", "\n\n", "\t", "  ", "\r", "\r\n", "..."]

token = st.one_of(
    st.sampled_from(WORDS), st.sampled_from(WORDS), st.sampled_from(WORDS),
    st.sampled_from(RTL), st.sampled_from(EMOJI), st.sampled_from(CONTROL), st.sampled_from(QUOTES),
    st.sampled_from(PUNCT), st.text(max_size=6),
)
separator = st.sampled_from([" ", " ", " ", " ", "", "\n", ". ", ", "])
article_text = st.builds(
    lambda parts, repeat: "".join(t + s for t, s in parts) * repeat,
    st.lists(st.tuples(token, separator), max_size=120),
    st.sampled_from([1, 1, 1, 1, 2, 5, 40]),
)

#: The reference's own sentences, for articles that agree or disagree with it (and so exit 0 or 1).
NEWS = [line for line in REFERENCE.split("\n") if line]
SWAPS = [("Monday", "Tuesday"), ("three weeks", "five weeks"), ("4 million", "9 million"), ("north", "south"),
         ("March 3", "May 3"), ("close", "not close"), ("Ines Kallas", "Ines Kallos")]
#: Letters that case-insensitive patterns read as ASCII letters: "mıllion" is "million" to them.
TWINS = [("i", "ı"), ("s", "ſ"), ("k", "\u212a"), ("I", "İ")]


@st.composite
def news_text(draw) -> str:
    """The reference's sentences, some facts swapped, with hostile characters dropped in."""
    paragraphs = []
    for line in draw(st.lists(st.sampled_from(NEWS), min_size=1, max_size=4)):
        for old, new in draw(st.lists(st.sampled_from(SWAPS), max_size=2)):
            line = line.replace(old, new)
        for old, new in draw(st.lists(st.sampled_from(TWINS), max_size=1)):
            line = line.replace(old, new)
        words = line.split(" ")
        for _ in range(draw(st.integers(0, 3))):
            at = draw(st.integers(0, len(words)))
            words.insert(at, draw(st.one_of(st.sampled_from(EMOJI + CONTROL + QUOTES + RTL), st.text(max_size=3))))
        paragraphs.append(" ".join(words))
    return "\n\n".join(paragraphs)


ENCODINGS = ["utf-8", "utf-8", "utf-8", "utf-8-sig", "utf-16", "utf-16-le", "utf-16-be", "utf-32", "latin-1",
             "cp1252", "cp1251", "shift_jis", "gb18030", "koi8-r", "mac-roman", "mixed"]


def encode(text: str, encoding: str) -> bytes:
    if encoding == "mixed":  # a CMS that glued a latin-1 export onto a UTF-8 one
        half = len(text) // 2
        return text[:half].encode("utf-8") + text[half:].encode("latin-1", "replace")
    return text.encode(encoding, "replace")


def html_page(text: str, charset: str | None, title: str, unbalanced: bool) -> str:
    meta = f'<meta charset="{charset}">' if charset else ""
    body = "".join(f"<p>{p}" + ("" if unbalanced else "</p>") for p in text.split("\n"))
    tail = "<div><span><b>" if unbalanced else "</body></html>"
    return f"<!DOCTYPE html><html><head>{meta}<title>{title}</title></head><body>{body}{tail}"


@st.composite
def article_bytes(draw) -> bytes:
    """What a CMS might export: text in some encoding, as plain text, Markdown or HTML, or not text at all."""
    shape = draw(st.sampled_from(["text", "text", "markdown", "html", "html", "binary", "binary-prefix", "empty"]))
    if shape == "empty":
        return draw(st.sampled_from([b"", b" ", b"\n\n\n", b"\xef\xbb\xbf", b"\x00", b"\t \r\n"]))
    if shape == "binary":
        return draw(st.binary(max_size=2048))
    text = draw(st.one_of(article_text, news_text()))
    encoding = draw(st.sampled_from(ENCODINGS))
    if shape == "binary-prefix":
        return draw(st.binary(min_size=1, max_size=64)) + encode(text, encoding)
    if shape == "markdown":
        text = f"# {draw(st.sampled_from(WORDS + RTL + EMOJI))}\n\n{text}\n\n> *{draw(token)}* [link](http://x)"
    if shape == "html":
        declared = draw(st.sampled_from([None, encoding, "utf-8", "utf-16", "latin-1", "x-bogus", "'", "\"utf-8"]))
        text = html_page(text, declared if declared != "mixed" else "utf-8", draw(token), draw(st.booleans()))
    return encode(text, encoding)


KEYS = ["sources", "name", "aliases", "kind", "reliability", "documents", "feeds", "url", "path", "published",
        "title", "source", "type", "date"]
yaml_scalar = st.one_of(
    st.none(), st.booleans(), st.integers(), st.floats(allow_nan=True, allow_infinity=True), st.text(max_size=12),
    st.dates(), st.sampled_from(["news_agency", "state_media", "other", "bogus", "0.5", "yes", "~", "", "-1e999"]),
    st.sampled_from(["https://example.org/a.html", "http://127.0.0.1:9/x", "ftp://x/y", "http://[::1", "references",
                     "references/velmar.txt", "../../../etc/passwd", "/dev/zero", "nowhere.txt", "~/x.txt"]),
)
yaml_tree = st.recursive(
    yaml_scalar,
    lambda kids: st.one_of(st.lists(kids, max_size=4),
                           st.dictionaries(st.one_of(st.sampled_from(KEYS), st.text(max_size=8)), kids, max_size=5)),
    max_leaves=25,
)
source_entry = st.fixed_dictionaries({}, optional={
    "name": st.one_of(st.text(max_size=30), yaml_scalar), "aliases": st.one_of(st.lists(st.text(max_size=12)), yaml_tree),
    "kind": yaml_scalar, "reliability": st.one_of(st.floats(-1, 2), yaml_scalar),
    "documents": st.one_of(st.lists(st.fixed_dictionaries({}, optional={k: yaml_scalar for k in
                                                                      ("url", "path", "published", "title")})), yaml_tree),
    "feeds": st.one_of(st.lists(yaml_scalar, max_size=3), yaml_tree),
})
#: Close to what an editor writes: a name, a known kind, a prior, real-looking documents.
plausible_entry = st.fixed_dictionaries(
    {"name": st.one_of(st.sampled_from(["Velmar Gazette", "AFP", "Radio Ardent", "the Council", "État", "وكالة"]),
                       st.text(min_size=1, max_size=24).filter(lambda t: any(c.isalnum() for c in t)))},
    optional={
        "aliases": st.lists(st.one_of(st.sampled_from(WORDS + RTL + EMOJI + QUOTES), st.text(min_size=1, max_size=12)),
                            max_size=4),
        "kind": st.sampled_from(["news_agency", "newspaper", "broadcaster", "state_media", "official", "ngo",
                                 "reference", "other"]),
        "reliability": st.floats(0, 1),
        "documents": st.lists(st.one_of(
            st.fixed_dictionaries({"url": st.sampled_from(["https://example.org/a.html", "http://127.0.0.1:9/b"])},
                                  optional={"title": st.text(max_size=20), "published": st.dates()}),
            st.fixed_dictionaries({"path": st.sampled_from(["references/velmar.txt", "references"])},
                                  optional={"published": st.dates()})), max_size=3),
        "feeds": st.lists(st.sampled_from(["https://example.org/rss.xml", "http://127.0.0.1:9/atom"]), max_size=2),
    },
)
#: YAML that attacks the parser rather than the schema.
NASTY_YAML = [
    b"sources: &a [*a]\n",
    b"a: &a [x, x, x, x, x, x, x, x, x]\nb: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a]\nc: &c [*b, *b, *b, *b, *b, *b, *b, *b]\n"
    b"d: &d [*c, *c, *c, *c, *c, *c, *c, *c]\nsources: [*d, *d, *d, *d, *d, *d, *d, *d, *d]\n",
    b"sources:" + b" [" * 5000 + b"]" * 5000 + b"\n",
    b"sources: !!python/object/apply:os.system ['echo pwned']\n",
    b"sources:\n\t- name: X\n",
    b"\xff\xfe\x00\x00garbage",
    b"sources:\n  - name: X\n    name: Y\n",
    b"%YAML 9.9\n---\nsources: []\n",
    b"--- \n...\n--- \n",
    b"sources:\n  - {name: X, reliability: .nan}\n",
    b"sources:\n  - name: X\n    documents:\n      - path: references\n        published: 2025-02-30\n",
    b"sources:\n  - name: \"\\ud800\"\n",
    b"? [a, b]\n: c\n",
    b"sources:\n  - name: " + b"A" * 200_000 + b"\n",
]


def dump_yaml(data) -> bytes:
    from ruamel.yaml import YAML

    yaml = YAML(typ="safe", pure=True)
    stream = io.StringIO()
    yaml.dump(data, stream)
    return stream.getvalue().encode("utf-8")


@st.composite
def sources_bytes(draw) -> bytes:
    shape = draw(st.sampled_from(["tree", "shaped", "shaped", "plausible", "plausible", "plausible", "text",
                                  "binary", "nasty"]))
    if shape == "nasty":
        return draw(st.sampled_from(NASTY_YAML))
    if shape == "binary":
        return draw(st.binary(max_size=512))
    if shape == "text":
        return draw(st.text(max_size=300)).encode("utf-8", "surrogatepass")
    if shape == "plausible":
        data = {"sources": draw(st.lists(plausible_entry, max_size=4))}
    else:
        data = draw(yaml_tree) if shape == "tree" else {"sources": draw(st.lists(source_entry, max_size=4))}
    return dump_yaml(data)


# --------------------------------------------------------------------------- fixtures

@pytest.fixture(scope="module")
def world(tmp_path_factory):
    folder = tmp_path_factory.mktemp("hostile")
    sources, db = make_world(folder)
    config = load_sources(sources)
    with Store.open(db) as store:
        yield folder, config, store


# --------------------------------------------------------------------------- properties

@PROFILE
@given(data=article_bytes())
@example(data=b"")
@example(data=bytes(range(256)) * 8)
@example(data="Der Minister sagte, dass die Gespräche begonnen haben. Señor Muñoz dijo «sí».".encode("latin-1"))
@example(data="The envoy said talks began on Monday in Velmar.".encode("utf-16-le"))
@example(data=b'<html><body><p>The envoy said "talks began. \xe2\x80\x9cNo, he said.</p>')
@example(data=("قال مصدر دبلوماسي في دمشق إن الاجتماع عقد يوم السبت. " * 40).encode())
def test_any_article_ends_in_a_report_or_one_sentence(world, data):
    _folder, config, store = world
    outcome = check_bytes(data, config, store)
    assert outcome.code in (0, 1, 2)
    if outcome.code == 2:
        assert plain_sentence(outcome.message), outcome.message
        assert outcome.message.startswith("standard input: ")


@PROFILE
@given(data=sources_bytes())
def test_any_sources_file_loads_or_is_refused_in_one_sentence(world, data):
    folder, _config, store = world
    config, error = load_yaml_bytes(data, folder)
    if error is not None:
        assert plain_sentence(error), error
        assert "fuzz-sources.yaml" in error
        return
    outcome = check_bytes(b"The Gazette said the north pier would close for repairs on Monday.", config, store)
    assert outcome.code in (0, 1)


@pytest.mark.parametrize("data", NASTY_YAML, ids=range(len(NASTY_YAML)))
def test_yaml_that_attacks_the_parser_is_refused_or_loaded_quickly(world, data):
    folder, _config, _store = world
    started = time.monotonic()
    config, error = load_yaml_bytes(data, folder)
    assert time.monotonic() - started < 20
    assert error is None or plain_sentence(error), error


def test_one_long_paragraph_without_full_stops_is_analysed_in_linear_time():
    # a 150,000-character paragraph took many minutes before sentences were capped in length
    text = "The envoy said talks began on Monday in Velmar and officials met the port director " * 1800
    started = time.monotonic()
    analysis = claims.analyse(text[:150_000])
    assert time.monotonic() - started < 30
    assert all(len(s.text) <= 2_000 for s in analysis.sentences)


def test_one_long_paragraph_of_sentences_is_analysed_in_linear_time():
    text = "The envoy said talks began. Ines Kallas, the port director, said the pier would close. " * 1700
    started = time.monotonic()
    analysis = claims.analyse(text[:150_000])
    assert time.monotonic() - started < 30
    assert len(analysis.sentences) > 3000


def _readings(text: str):
    analysis = claims.analyse(text, published="2025-07-12")
    return ([(r.attribution.kind, r.content) for r in analysis.relations],  # (kind, content span)
            sorted({n.value for c in analysis.claims for n in c.slots.numbers}),
            sorted({d.weekday for c in analysis.claims for d in c.slots.dates if d.weekday}))


@pytest.mark.parametrize("twin, ascii_", [("ı", "i"), ("ſ", "s"), ("\u212a", "K")])
def test_letters_that_fold_to_ascii_are_read_as_their_twins(twin, ascii_):
    # a dotless i (Turkish keyboards), a long s (scanned print) and the Kelvin sign match "million",
    # "Tuesday" and "state television" case-insensitively; they used to end in a KeyError
    text = ("The ministry said on Tuesday that 3 million doses arrived this week, state television reported. "
            "Kallas said last Friday that forty thousand people had left since Sunday, and 2 billion dollars "
            "were spent this year, the state news agency said.")
    kinds, numbers, weekdays = _readings(text)
    assert {3_000_000, 40_000, 2_000_000_000} <= set(numbers) and {"Tuesday", "Friday", "Sunday"} <= set(weekdays)
    twin_kinds, twin_numbers, twin_weekdays = _readings(text.replace(ascii_, twin))
    assert (twin_numbers, twin_weekdays) == (numbers, weekdays)
    assert twin_kinds[0] == kinds[0]  # "state television reported": the kind is read through the twins


def test_utf16_without_byte_order_mark_is_read_as_text():
    data = "The harbour authority said on Monday that the north pier would close.".encode("utf-16-le")
    assert pipeline.read_article("-", stdin=io.BytesIO(data)).text.startswith("The harbour authority")


def test_charset_declared_in_the_page_is_honoured():
    page = '<html><head><meta charset="windows-1251"></head><body><p>Министр сказал, что переговоры начались.</p>'
    article = pipeline.read_article("-", stdin=io.BytesIO(page.encode("cp1251")))
    assert "Министр сказал" in article.text


def test_a_page_that_lies_about_utf16_is_read_as_utf8():
    page = '<html><head><meta charset="utf-16"></head><body><p>Le ministre a déclaré que la réunion a eu lieu.</p>'
    article = pipeline.read_article("-", stdin=io.BytesIO(page.encode("utf-8")))
    assert "déclaré" in article.text


# --------------------------------------------------------------------------- the real command line

def one_sentence(stderr: bytes) -> str:
    text = stderr.decode("utf-8", "replace").strip()
    assert plain_sentence(text), text
    return text


@pytest.fixture
def cli_world(tmp_path):
    sources, db = make_world(tmp_path)

    def check(article, *more, stdin=None):
        return run_checker("check", article, "--sources", sources, "--db", db, "--out", tmp_path / "out",
                           "--offline", *more, cwd=tmp_path, stdin=stdin)

    return tmp_path, check


CLI_REFUSED = [
    ("binary.txt", bytes(range(256)) * 40, "not a text file"),
    ("empty.txt", b"\n \n", "the article is empty"),
    ("quotes.txt", b'"""\xe2\x80\x9c\xe2\x80\x9c \xc2\xab', "the article is empty"),
    ("huge.txt", b"The envoy said talks began on Monday and officials met " * 60_000, "larger than 3 MB"),
    ("long.txt", b"The envoy said talks began on Monday and officials met " * 40_000, "longer than 200,000 characters"),
]


@pytest.mark.parametrize("name,data,words", CLI_REFUSED, ids=[c[0] for c in CLI_REFUSED])
def test_cli_refuses_what_it_cannot_check_in_one_sentence(cli_world, name, data, words):
    folder, check = cli_world
    (folder / name).write_bytes(data)
    result = check(name)
    assert result.returncode == 2
    message = one_sentence(result.stderr)
    assert message.startswith(f"{name}: ") and words in message


CLI_ACCEPTED = [
    ("latin1.txt", "Le directeur du port a déclaré lundi que la jetée nord fermerait.".encode("latin-1")),
    ("utf16.txt", "The port director said on Monday that the north pier would close.".encode("utf-16-le")),
    ("rtl-emoji.md", ("# عنوان 😀\n\nقال مدير الميناء 🇸🇾 إن الرصيف سيغلق. The port director said the pier "
                      "would close \u202eon Monday\u202c.\n").encode()),
    ("controls.txt", b"The port\x01 director said\x1b[31m on Monday\x0c that the \x7fnorth pier would close.\x00"[:-1]),
]


@pytest.mark.parametrize("name,data", CLI_ACCEPTED, ids=[c[0] for c in CLI_ACCEPTED])
def test_cli_checks_odd_but_real_text(cli_world, name, data):
    folder, check = cli_world
    (folder / name).write_bytes(data)
    result = check(name, "--json", "-")
    assert result.returncode == 0, result.stderr
    report = json.loads(result.stdout)
    jsonschema.validate(report, SCHEMA)


def test_cli_article_from_standard_input_with_garbage_is_refused(cli_world):
    _folder, check = cli_world
    result = check("-", stdin=b"\x00\x01\x02\x03" * 1000)
    assert result.returncode == 2
    assert one_sentence(result.stderr).startswith("standard input: ")


def test_cli_page_scripts_never_reach_the_report(cli_world):
    folder, check = cli_world
    page = ('<html><body><p>The port director said on Monday that the pier would close.'
            '<script>alert("page")</script><img src=x onerror="alert(1)"></p>'
            '<p>He said &lt;script&gt;alert(2)&lt;/script&gt; was a test.</p></body></html>')
    (folder / "page.html").write_text(page)
    result = check("page.html")
    assert result.returncode == 0, result.stderr
    html = Path(result.stdout.decode().strip()).read_text()
    assert 'alert("page")' not in html and "onerror" not in html and "<script>alert" not in html


def test_cli_file_name_with_a_newline_is_still_one_line(cli_world):
    folder, check = cli_world
    result = check("no\nsuch file.txt")
    assert result.returncode == 2
    one_sentence(result.stderr)


@pytest.mark.parametrize("data", [NASTY_YAML[0], NASTY_YAML[1], NASTY_YAML[2], NASTY_YAML[3], b"\x00\x01\x02"],
                         ids=["recursive-alias", "alias-bomb", "deep-nesting", "python-tag", "binary"])
def test_cli_refuses_hostile_sources_yaml_in_one_sentence(cli_world, data):
    folder, check = cli_world
    (folder / "sources.yaml").write_bytes(data)
    (folder / "a.txt").write_text("The port director said on Monday that the north pier would close.")
    result = check("a.txt")
    assert result.returncode == 2, result.stdout
    assert "sources.yaml" in one_sentence(result.stderr)


@pytest.mark.parametrize("args", [[], ["sources"], ["check"], ["--bogus"], ["check", "a.txt", "--fail-on", "often"],
                                  ["sources", "add"], ["check", "a.txt", "--date", "2025-02-30"]],
                         ids=["nothing", "sources-alone", "no-input", "unknown-option", "bad-choice", "add-no-name",
                              "impossible-date"])
def test_cli_bad_usage_is_one_sentence_pointing_at_help(tmp_path, args):
    result = run_checker(*args, cwd=tmp_path)
    assert result.returncode == 2
    message = one_sentence(result.stderr)
    assert message.endswith("--help`.") and ".;" not in message


def test_feed_or_page_with_an_external_entity_never_reads_local_files(tmp_path):
    secret = tmp_path / "secret.txt"
    secret.write_text("TOP-SECRET-NOTES")
    doctype = f'<!DOCTYPE x [<!ENTITY xxe SYSTEM "file://{secret}">]>'
    feed = (f'<?xml version="1.0"?>{doctype}<rss version="2.0"><channel><item><title>&xxe;</title>'
            '<link>http://127.0.0.1/a</link><description>&xxe;</description></item></channel></rss>')
    items = extract.parse_feed(feed.encode())
    assert "TOP-SECRET" not in repr(items)
    page = extract.extract_html(f"{doctype}<html><body><p>The envoy &xxe; said talks began on Monday.</p></body></html>")
    assert "TOP-SECRET" not in page.text
