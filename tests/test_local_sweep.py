"""The sweep of local reference files that every check and fetch runs.

Real files in tmp_path and a real store. A file is unchanged when the store has its
modification time; every file is stat'ed, since an edit in place changes the file's
own time and not its folder's. A file too recent to vouch for (``RACY_SECONDS``) has
no time recorded and is read once more by the next sweep.
"""
import os
import subprocess
import sys
import time
from pathlib import Path

import pytest

from checker.ingest import RACY_SECONDS, SWEEP, ingest_sources
from checker.sources import iter_local_files, load_sources, local_files
from checker.store import Store

ROOT = Path(__file__).resolve().parent.parent
#: A modification time well in the past: a file nobody has touched for a day.
OLD = time.time() - 86_400


def newsroom(folder: Path, files: dict[str, str], *, mtime: float | None = OLD, extra: str = "") -> Path:
    refs = folder / "refs"
    refs.mkdir(exist_ok=True)
    for name, text in files.items():
        write(refs / name, text, mtime)
    path = folder / "sources.yaml"
    path.write_text("sources:\n  - name: Wire\n    kind: news_agency\n    reliability: 0.9\n"
                    "    documents:\n      - path: refs\n" + extra)
    return path


def write(path: Path, text: str, mtime: float | None = OLD) -> None:
    path.write_text(text)
    if mtime is not None:
        os.utime(path, (mtime, mtime))


def ingest(store: Store, sources: Path, **kw):
    return ingest_sources(store, load_sources(sources), offline=True, base=sources.parent, **kw)


def statuses(outcomes) -> dict[str, str]:
    return {o.location: o.status for o in outcomes}


@pytest.fixture(params=["fetch", "check"])
def sweep(request):
    """``sweep(store, sources)``: the statuses of a fetch's sweep, or of a check's (which keeps no
    outcome for an unchanged file, and asks the store only which files differ)."""
    check = request.param == "check"

    def run(store: Store, sources: Path) -> dict[str, str]:
        found = statuses(ingest(store, sources, only_missing_urls=check))
        if check:
            assert "unchanged" not in found.values()
        return found

    run.expect = lambda found: {k: v for k, v in found.items() if not (check and v == "unchanged")}
    return run


def current_text(store: Store, location: str) -> str:
    row = store.db.conn.execute("SELECT text FROM documents WHERE location = ? AND current = 1", (location,)).fetchone()
    return row[0] if row else ""


def test_a_file_edited_in_place_is_read_again(tmp_path, sweep):
    sources = newsroom(tmp_path, {"a.txt": "The minister resigned on Monday.\n"})
    with Store.open(tmp_path / "s.db") as store:
        assert sweep(store, sources) == {"refs/a.txt": "added"}
        write(tmp_path / "refs" / "a.txt", "The minister resigned on Tuesday.\n", OLD + 60)

        assert sweep(store, sources) == {"refs/a.txt": "updated"}
        assert "Tuesday" in current_text(store, "refs/a.txt")


def test_an_edit_within_the_same_clock_tick_as_the_read_is_not_missed(tmp_path, sweep):
    # written, read, and rewritten (same size) so fast that the file keeps its modification time
    sources = newsroom(tmp_path, {"a.txt": "The minister resigned on Monday.\n"}, mtime=None)
    path = tmp_path / "refs" / "a.txt"
    tick = path.stat().st_mtime
    with Store.open(tmp_path / "s.db") as store:
        assert sweep(store, sources) == {"refs/a.txt": "added"}
        write(path, "The minister resigned on Sunday.\n", tick)

        assert sweep(store, sources) == {"refs/a.txt": "updated"}
        assert "Sunday" in current_text(store, "refs/a.txt")


def test_a_new_file_is_picked_up_and_the_others_are_left_alone(tmp_path, sweep):
    sources = newsroom(tmp_path, {"a.txt": "The minister resigned on Monday.\n"})
    with Store.open(tmp_path / "s.db") as store:
        sweep(store, sources)
        write(tmp_path / "refs" / "b.txt", "Floods closed the port on Friday.\n")

        assert sweep(store, sources) == sweep.expect({"refs/a.txt": "unchanged", "refs/b.txt": "added"})
        assert "Friday" in current_text(store, "refs/b.txt")


def test_a_deleted_file_is_not_an_error_and_its_stored_version_stays(tmp_path, sweep):
    sources = newsroom(tmp_path, {"a.txt": "The minister resigned on Monday.\n",
                                  "b.txt": "Floods closed the port on Friday.\n"})
    with Store.open(tmp_path / "s.db") as store:
        sweep(store, sources)
        (tmp_path / "refs" / "b.txt").unlink()

        assert sweep(store, sources) == sweep.expect({"refs/a.txt": "unchanged"})
        assert store.fetch_failures(["Wire"]) == []
        assert "Friday" in current_text(store, "refs/b.txt")


def test_an_unchanged_file_is_not_read(tmp_path, sweep):
    sources = newsroom(tmp_path, {"a.txt": "The minister resigned on Monday.\n"})
    path = tmp_path / "refs" / "a.txt"
    with Store.open(tmp_path / "s.db") as store:
        sweep(store, sources)
        # new words, old time: only reading the file could tell
        write(path, "The minister resigned on Friday.\n", OLD)

        assert sweep(store, sources) == sweep.expect({"refs/a.txt": "unchanged"})
        assert "Monday" in current_text(store, "refs/a.txt")


def test_a_file_too_recent_to_vouch_for_is_read_once_more_then_left_alone(tmp_path):
    recent = time.time() - RACY_SECONDS + 0.5
    sources = newsroom(tmp_path, {"a.txt": "The minister resigned on Monday.\n"}, mtime=recent)
    path = tmp_path / "refs" / "a.txt"
    with Store.open(tmp_path / "s.db") as store:
        assert statuses(ingest(store, sources)) == {"refs/a.txt": "added"}
        assert store.current_document("refs/a.txt").mtime is None
        time.sleep(0.6)  # now the file's time is old enough to record

        assert statuses(ingest(store, sources)) == {"refs/a.txt": "unchanged"}  # read, same content
        assert store.current_document("refs/a.txt").mtime == recent
        write(path, "The minister resigned on Friday.\n", recent)
        assert statuses(ingest(store, sources)) == {"refs/a.txt": "unchanged"}  # not read
        assert "Monday" in current_text(store, "refs/a.txt")


def test_a_folder_larger_than_a_sweep_slice_is_swept_whole(tmp_path):
    files = {f"{i:05d}.txt": f"Report number {i} came out on Monday.\n" for i in range(SWEEP + 150)}
    sources = newsroom(tmp_path, files)
    with Store.open(tmp_path / "s.db") as store:
        first = ingest(store, sources)
        assert [o.status for o in first] == ["added"] * len(files)
        assert [o.location for o in first] == [f"refs/{name}" for name in sorted(files)]  # stored in name order
        write(tmp_path / "refs" / "00007.txt", "Report seven was withdrawn.\n", OLD + 60)
        write(tmp_path / "refs" / "01100.txt", "Report 1100 was withdrawn.\n", OLD + 60)

        again = statuses(ingest(store, sources))
        assert len(again) == len(files)
        assert again.pop("refs/00007.txt") == again.pop("refs/01100.txt") == "updated"
        assert set(again.values()) == {"unchanged"}
        write(tmp_path / "refs" / "01120.txt", "Report 1120 was withdrawn.\n", OLD + 120)
        assert statuses(ingest(store, sources, only_missing_urls=True)) == {"refs/01120.txt": "updated"}


def test_a_check_keeps_no_outcome_for_unchanged_files_but_shows_them_to_progress(tmp_path):
    sources = newsroom(tmp_path, {"a.txt": "The minister resigned on Monday.\n",
                                  "b.txt": "Floods closed the port on Friday.\n"})
    with Store.open(tmp_path / "s.db") as store:
        ingest(store, sources)
        write(tmp_path / "refs" / "b.txt", "Floods closed the port on Saturday.\n", OLD + 60)
        seen = []

        kept = ingest(store, sources, only_missing_urls=True, progress=seen.append)

        assert statuses(kept) == {"refs/b.txt": "updated"}
        assert statuses(seen) == {"refs/a.txt": "unchanged", "refs/b.txt": "updated"}
        assert statuses(ingest(store, sources, only_missing_urls=True, keep_unchanged=True)) == {
            "refs/a.txt": "unchanged", "refs/b.txt": "unchanged"}


def test_a_file_listed_twice_is_read_once(tmp_path):
    extra = "  - name: Desk\n    documents:\n      - path: refs/a.txt\n"
    sources = newsroom(tmp_path, {"a.txt": "The minister resigned on Monday.\n"}, extra=extra)
    os.symlink(tmp_path / "refs" / "a.txt", tmp_path / "refs" / "link.txt")
    with Store.open(tmp_path / "s.db") as store:
        outcomes = ingest(store, sources)

        assert sorted(o.status for o in outcomes) == ["added", "unchanged", "unchanged"]
        assert {o.location for o in outcomes} == {"refs/a.txt"}  # the link is stored under its target
        assert store.db.conn.execute("SELECT COUNT(*) FROM documents").fetchone()[0] == 1


def test_folder_listing_streams_the_same_files_that_local_files_sorts(tmp_path):
    sources = newsroom(tmp_path, {"b.txt": "x\n", "a.md": "x\n", "c.html": "<p>x</p>\n", "d.TXT": "x\n",
                                  ".hidden.txt": "x\n", "notes.pdf": "x\n"})
    (tmp_path / "refs" / "sub").mkdir()
    write(tmp_path / "refs" / "sub" / "e.txt", "x\n")
    (tmp_path / "refs" / "folder.txt").mkdir()
    doc = load_sources(sources).sources[0].documents[0]

    streamed = iter_local_files(doc)

    assert not isinstance(streamed, list)
    names = ["a.md", "b.txt", "c.html", "d.TXT"]
    assert sorted(Path(p).name for p in streamed) == names
    assert [p.name for p in local_files(doc)] == names


def test_sources_fetch_counts_what_changed(tmp_path):
    newsroom(tmp_path, {"a.txt": "The minister resigned on Monday.\n",
                                  "b.txt": "Floods closed the port on Friday.\n"})

    def fetch():
        return subprocess.run([sys.executable, "-m", "checker", "sources", "fetch", "--db", str(tmp_path / "s.db")],
                              cwd=tmp_path, capture_output=True, text=True, env=dict(os.environ, PYTHONPATH=str(ROOT)))

    assert fetch().stderr.splitlines()[-1] == "2 added"
    write(tmp_path / "refs" / "c.txt", "Prices rose on Sunday.\n")
    write(tmp_path / "refs" / "a.txt", "The minister resigned on Tuesday.\n", OLD + 60)
    result = fetch()
    assert result.returncode == 0, result.stderr
    assert result.stderr.splitlines()[-1] == "1 added, 1 unchanged, 1 updated"
    assert "3/3" in result.stderr
