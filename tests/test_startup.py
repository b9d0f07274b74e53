"""What a command imports: an editor waits for the interpreter's start-up on every call.

HTTP (requests, urllib3) and HTML parsing (bs4, lxml, trafilatura) are a third of the
start-up and a quarter of the memory of ``checker check``; a check of a text article
against text references needs neither.
"""
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
HEAVY = ("requests", "urllib3", "bs4", "lxml", "trafilatura")

RUN = """
import runpy, sys
sys.argv = ["checker", *sys.argv[1:]]
try:
    runpy.run_module("checker", run_name="__main__", alter_sys=True)
except SystemExit as exit:
    code = exit.code
print("imported:", " ".join(m for m in {heavy!r} if m in sys.modules), "exit:", code)
"""


def run(folder: Path, *args: str) -> str:
    result = subprocess.run([sys.executable, "-c", RUN.format(heavy=HEAVY), *args], cwd=folder, capture_output=True,
                            text=True, env={"PYTHONPATH": str(ROOT), "PATH": "/usr/bin:/bin"})
    return result.stdout.strip().splitlines()[-1]


def newsroom(folder: Path) -> None:
    (folder / "refs").mkdir()
    (folder / "refs" / "wire.txt").write_text("The minister resigned on Monday, the ministry said.\n")
    (folder / "sources.yaml").write_text("sources:\n  - name: Wire\n    kind: news_agency\n"
                                         "    documents:\n      - path: refs\n")
    (folder / "article.txt").write_text("The minister resigned on Monday, officials said.\n")


def test_checking_a_text_article_against_text_references_imports_no_http_or_html_parser(tmp_path):
    newsroom(tmp_path)

    assert run(tmp_path, "check", "article.txt", "--offline", "--db", "s.db", "--out", "out") == "imported:  exit: 0"


def test_validating_sources_imports_no_http_or_html_parser(tmp_path):
    newsroom(tmp_path)

    assert run(tmp_path, "sources", "validate") == "imported:  exit: 0"


def test_checking_an_html_article_still_parses_it(tmp_path):
    newsroom(tmp_path)
    (tmp_path / "article.html").write_text("<html><body><p>The minister resigned on Monday.</p></body></html>")

    assert run(tmp_path, "check", "article.html", "--offline", "--db", "s.db", "--out", "out").endswith("exit: 0")
