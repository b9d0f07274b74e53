"""The command line: a thin layer over the library.

Every ``CheckerError`` (and every usage error) becomes one plain sentence on standard
error and exit code 2, here and nowhere else.

Each command imports what it uses when it runs: an editor waits for the interpreter's
start-up on every ``checker`` call, and the pipeline, the store, HTTP and the report
templates are most of it. ``checker sources validate`` needs none of them.
"""
from __future__ import annotations

import datetime as dt
import json
import os
import sqlite3
import sys
from pathlib import Path

import click

from .errors import CheckerError, InputError
from .sources import iter_local_files, load_sources, sources_as_rows

DEFAULT_SOURCES = "sources.yaml"
DEFAULT_DB = "checker.db"
FAIL_LEVELS = {"never": (), "contradicted": ("contradicted",), "unverified": ("contradicted", "unverified")}


def _stderr_console():
    from rich.console import Console

    return Console(stderr=True)


def _sources_option(f):
    return click.option("--sources", "sources_path", default=DEFAULT_SOURCES, show_default=True,
                        type=click.Path(dir_okay=False), help="The sources file.")(f)


def _db_option(f):
    return click.option("--db", "db_path", default=DEFAULT_DB, show_default=True, type=click.Path(dir_okay=False),
                        help="The SQLite store.")(f)


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="newsroom-checker")
def cli():
    """Check a draft article's claims, and who makes them, against the reports you trust."""


def _valid_date(_ctx, _param, value):
    if value is None:
        return None
    try:
        return dt.date.fromisoformat(value).isoformat()
    except ValueError:
        raise click.BadParameter(f"{value!r} is not a date; write it as YYYY-MM-DD, for example 2025-07-12")


@cli.command()
@click.argument("input")
@_sources_option
@_db_option
@click.option("--out", "out_dir", default="reports", show_default=True, type=click.Path(file_okay=False),
              help="Folder for the HTML report.")
@click.option("--json", "json_path", default=None, help="Also write the JSON report to FILE (- for standard output).")
@click.option("--date", default=None, callback=_valid_date, help="The article's publication date, YYYY-MM-DD.")
@click.option("--offline", is_flag=True, help="Fetch nothing; use local documents and the store.")
@click.option("--fail-on", type=click.Choice(list(FAIL_LEVELS)), default="never", show_default=True,
              help="Exit 1 when a claim has this verdict or worse.")
def check(input, sources_path, db_path, out_dir, json_path, date, offline, fail_on):
    """Check INPUT (a .txt, .md or .html file, a URL, or - for standard input)."""
    from . import pipeline, report
    from .store import Store

    config = load_sources(Path(sources_path))
    article = pipeline.read_article(input)
    out = Path(out_dir)
    if out.exists() and not out.is_dir():
        raise InputError(f"{out_dir}: exists and is not a folder; pass another --out.")
    with Store.open(Path(db_path)) as store:
        result = pipeline.check_article(article, config, store, date=date, offline=offline)
        html_path = report.write_report(result, out)
        if json_path and json_path != "-":
            report.write_atomic(Path(json_path), json.dumps(result, ensure_ascii=False, indent=2) + "\n")
        store.record_run(result, str(html_path))
        report.write_index(_index_entries(store, out), out)
    if json_path == "-":
        sys.stdout.write(json.dumps(result, ensure_ascii=False, indent=2) + "\n")
        click.echo(str(html_path), err=True)
    else:
        click.echo(str(html_path))
    s = result["summary"]
    click.echo(f"{s['claims']} claims: {s['confirmed']} confirmed, {s['contradicted']} contradicted, "
               f"{s['unverified']} unverified", err=True)
    if result["coverage"]["degraded"]:
        click.echo(f"Coverage degraded: {len(result['coverage']['failures'])} document(s) could not be read or fetched "
                   "(see the report).", err=True)
    if any(c["verdict"] in FAIL_LEVELS[fail_on] for c in result["claims"]):
        sys.exit(1)


def _index_entries(store, out: Path) -> list[dict]:
    entries = []
    for run in store.runs():
        path = Path(run["report_path"] or "")
        try:
            href = path.resolve().relative_to(out.resolve()).as_posix()
        except ValueError:
            continue  # a report written to another folder
        if not (out / href).exists():
            continue
        entries.append({"title": run["title"], "input": run["input"], "published": run["published"],
                        "checked_at": run["checked_at"], "summary": run["summary"], "href": href})
    return entries


@cli.group()
def sources():
    """List, validate, add and fetch reference sources."""


@sources.command("list")
@_sources_option
@_db_option
@click.option("--json", "as_json", is_flag=True, help="Print JSON instead of a table.")
def sources_list(sources_path, db_path, as_json):
    """List the sources with their reliability and track record."""
    config = load_sources(Path(sources_path), check_files=False)
    rows = sources_as_rows(config)
    record = {}
    if Path(db_path).exists():
        from . import pipeline
        from .store import Store

        with Store.open(Path(db_path)) as store:
            record = pipeline.source_reliability(config, store)
    for row in rows:
        r = record.get(row["name"], {})
        row.update(prior=row["reliability"], reliability=r.get("reliability", row["reliability"]),
                   confirmed=r.get("confirmed", 0), contradicted=r.get("contradicted", 0),
                   stored_documents=r.get("documents", 0))
    if as_json:
        click.echo(json.dumps(rows, ensure_ascii=False, indent=2))
        return
    from rich.console import Console
    from rich.table import Table

    table = Table(title=str(sources_path))
    for col in ("name", "kind", "prior", "reliability", "confirmed", "contradicted", "documents", "feeds"):
        table.add_column(col)
    for row in rows:
        table.add_row(row["name"], row["kind"], f"{row['prior']:.2f}", f"{row['reliability']:.2f}",
                      str(row["confirmed"]), str(row["contradicted"]), str(len(row["documents"])), str(len(row["feeds"])))
    Console().print(table)


@sources.command("validate")
@_sources_option
@_db_option
def sources_validate(sources_path, db_path):
    """Check sources.yaml; exit 2 with the first problem."""
    config = load_sources(Path(sources_path))
    docs = sum(len(s.documents) for s in config.sources)
    click.echo(f"{sources_path}: {len(config.sources)} sources, {docs} documents: valid.")


@sources.command("add")
@click.argument("name")
@click.option("--url", "urls", multiple=True, help="A reference page (repeatable).")
@click.option("--path", "paths", multiple=True, help="A local reference file or folder (repeatable).")
@click.option("--feed", "feeds", multiple=True, help="An RSS or Atom feed (repeatable).")
@click.option("--kind", default=None, help="news_agency, newspaper, broadcaster, state_media, official, ngo, reference or other.")
@click.option("--reliability", default=None, help="The editor's prior, 0 to 1.")
@click.option("--alias", "aliases", multiple=True, help="How articles name this source (repeatable).")
@_sources_option
@_db_option
def sources_add(name, urls, paths, feeds, kind, reliability, aliases, sources_path, db_path):
    """Add a source (or documents to one) to sources.yaml, keeping its comments."""
    from .sources_edit import add_source

    message = add_source(Path(sources_path), name, urls=urls, paths=paths, feeds=feeds, kind=kind,
                         reliability=reliability, aliases=aliases)
    click.echo(message)


@sources.command("fetch")
@click.argument("names", nargs=-1)
@_sources_option
@_db_option
def sources_fetch(names, sources_path, db_path):
    """Bring every document and feed (or those of NAMES) into the store."""
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn

    from .fetch import Fetcher
    from .ingest import ingest_sources
    from .store import Store

    config = load_sources(Path(sources_path))
    unknown = [n for n in names if config.find(n) is None]
    if unknown:
        raise CheckerError(f"{sources_path}: no source named {unknown[0]!r}; see `checker sources list`.")
    wanted = [config.find(n).name for n in names] or None
    total = sum(sum(1 for _ in iter_local_files(d)) if d.path is not None else 1 for s in config.sources
                if wanted is None or s.name in wanted for d in s.documents)
    total += sum(len(s.feeds) for s in config.sources if wanted is None or s.name in wanted)
    Fetcher()  # a bad CHECKER_* limit is one sentence before the progress bar, not after it
    with Store.open(Path(db_path)) as store, Progress(
        TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(), console=_stderr_console(),
        transient=False,
    ) as progress:
        task = progress.add_task("fetching", total=total or None)

        def advance(outcome):
            progress.update(task, advance=1, description=f"{outcome.status:9} {outcome.source}")
            if outcome.status == "failed":
                progress.console.print(f"[red]failed[/red] {outcome.error}")

        outcomes = ingest_sources(store, config, names=wanted, fetcher=None, progress=advance,
                                  base=config.path.parent)
    counts = {}
    for o in outcomes:
        counts[o.status] = counts.get(o.status, 0) + 1
    click.echo(", ".join(f"{n} {status}" for status, n in sorted(counts.items())) or "nothing to fetch", err=True)


def one_line(message: str) -> str:
    """The message as one line: a YAML parser's caret lines or a file name with a newline
    in it must not break the one-sentence contract."""
    return " ".join(str(message).split())


#: Errors that are no one's typo but still must not end in a traceback: (type, sentence).
_ENVIRONMENT_ERRORS = (
    (sqlite3.Error, "checker: the store could not be used ({detail}); try again, or pass another --db."),
    (MemoryError, "checker: not enough memory for this input; check a shorter article."),
    (RecursionError, "checker: the input is nested too deeply to read; simplify it or save it as plain text."),
    (OSError, "checker: {detail}; check that the files and folders given are readable and writable."),
)


#: click >= 8.2 raises this for a group called without a command (it carries the whole help).
_NO_ARGS = getattr(click.exceptions, "NoArgsIsHelpError", ())


def _say(message: str) -> None:
    try:
        click.echo(one_line(message), err=True)
    except (OSError, ValueError):
        pass  # standard error itself is gone: nothing left to tell


def main(argv=None) -> int:
    """Entry point: every error the user can fix is one sentence and exit 2, never a traceback."""
    try:
        cli.main(args=argv, prog_name="checker", standalone_mode=False)
    except click.exceptions.Exit as exc:
        return exc.exit_code
    except click.exceptions.Abort:
        _say("checker: interrupted.")
        return 130
    except _NO_ARGS as exc:  # "checker sources" alone: say what is missing, not the whole help
        ctx = exc.ctx
        command = ctx.command_path if ctx else "checker"
        names = ctx.command.list_commands(ctx) if ctx and isinstance(ctx.command, click.Group) else []
        choices = ", ".join(names[:-1]) + f" or {names[-1]}" if len(names) > 1 else "".join(names) or "a command"
        _say(f"{command}: give a command ({choices}); see `{command} --help`.")
        return 2
    except click.UsageError as exc:
        command = exc.ctx.command_path if exc.ctx else "checker"
        _say(f"{command}: {exc.format_message().rstrip('.')}; see `{command} --help`.")
        return 2
    except click.ClickException as exc:
        _say(f"checker: {exc.format_message()}")
        return 2
    except CheckerError as exc:
        _say(str(exc))
        return 2
    except KeyboardInterrupt:
        _say("checker: interrupted.")
        return 130
    except BrokenPipeError:
        return 0
    except Exception as exc:  # the last line of defence: never a traceback
        if os.environ.get("CHECKER_DEBUG"):
            raise
        for kind, sentence in _ENVIRONMENT_ERRORS:
            if isinstance(exc, kind):
                detail = (f"{exc.filename}: {exc.strerror}" if isinstance(exc, OSError) and exc.filename
                          else exc.strerror if isinstance(exc, OSError) and exc.strerror else str(exc) or kind.__name__)
                _say(sentence.format(detail=detail))
                return 2
        _say(f"checker: internal error ({exc.__class__.__name__}: {str(exc)[:200]}); please report it with the input "
             "that caused it (set CHECKER_DEBUG=1 for the details).")
        return 2
    return 0


def main_exit() -> None:
    sys.exit(main())
