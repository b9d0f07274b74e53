"""The store: history kept, unchanged documents skipped, bounded role look-ups, runs never dropped."""
import os
import time
from pathlib import Path

from checker.ingest import ingest_sources
from checker.sources import load_sources
from checker.store import ROLE_ROWS, Store


def write_sources(folder: Path, docs: dict[str, str]) -> Path:
    refs = folder / "refs"
    refs.mkdir(exist_ok=True)
    for name, text in docs.items():
        (refs / name).write_text(text)
    path = folder / "sources.yaml"
    path.write_text("sources:\n  - name: Wire\n    kind: news_agency\n    reliability: 0.9\n"
                    "    documents:\n      - path: refs\n")
    return path


def ingest(store, sources_path):
    return ingest_sources(store, load_sources(sources_path), offline=True, base=sources_path.parent)


def test_a_changed_document_gets_a_new_version_and_keeps_its_history(tmp_path):
    sources = write_sources(tmp_path, {"a.txt": "The minister resigned on Monday.\n"})
    with Store.open(tmp_path / "s.db") as store:
        assert [o.status for o in ingest(store, sources)] == ["added"]
        assert [o.status for o in ingest(store, sources)] == ["unchanged"]
        time.sleep(0.01)
        (tmp_path / "refs" / "a.txt").write_text("The minister resigned on Tuesday.\n")
        os.utime(tmp_path / "refs" / "a.txt", (time.time() + 5, time.time() + 5))
        assert [o.status for o in ingest(store, sources)] == ["updated"]
        rows = store.db.conn.execute("SELECT current, text FROM documents ORDER BY id").fetchall()
        assert [r[0] for r in rows] == [0, 1]
        assert "Monday" in rows[0][1] and "Tuesday" in rows[1][1]
        # only the current version is searched
        hits = store.search('"monday" OR "tuesday"')
        assert [h.text for h in hits] == ["The minister resigned on Tuesday."]


def test_role_lookups_are_bounded_per_person_and_source(tmp_path):
    lines = "".join(f"Finance Minister Tomas Ek spoke on item {i}.\n" for i in range(40))
    sources = write_sources(tmp_path, {"a.txt": lines, "b.txt": "Finance Minister Andrei Kolar said so.\n"})
    with Store.open(tmp_path / "s.db") as store:
        ingest(store, sources)
        holders = store.role_holders("Finance Minister", "", ["Wire"])
        names = [name for name, _ in holders]
        assert names.count("Tomas Ek") <= ROLE_ROWS
        assert "Andrei Kolar" in names


def test_migrations_are_named_and_recorded_once(tmp_path):
    with Store.open(tmp_path / "s.db") as store:
        first = [r[0] for r in store.db.conn.execute("SELECT name FROM _migrations ORDER BY name")]
    with Store.open(tmp_path / "s.db") as store:
        again = [r[0] for r in store.db.conn.execute("SELECT name FROM _migrations ORDER BY name")]
        assert store.integrity_ok()
    assert first == again and first[0] == "001_initial"


def _run_report(sha: str, origins: int) -> dict:
    evidence = [{"source": "State TV", "document": "tv.txt", "stance": "supports", "score": 80.0}]
    claim = {"id": "s1c1", "text": "Talks were premature", "verdict": "confirmed", "confidence": 0.7,
             "attribution": {"kind": "state_media", "label": "State TV"}, "evidence": evidence,
             "independence": {"reports": origins, "origins": origins}}
    return {"article": {"input": "draft.txt", "sha256": sha}, "summary": {"claims": 1}, "claims": [claim]}


def test_checking_one_article_again_does_not_raise_its_sources_track_record(tmp_path):
    with Store.open(tmp_path / "s.db") as store:
        for _ in range(3):
            store.record_run(_run_report("abc", origins=2), None)
        assert store.track_record() == {"State TV": (1, 0)}
        store.record_run(_run_report("def", origins=2), None)  # another article counts on its own
        assert store.track_record() == {"State TV": (2, 0)}


def test_a_source_that_alone_confirmed_a_claim_sided_with_no_one(tmp_path):
    with Store.open(tmp_path / "s.db") as store:
        store.record_run(_run_report("abc", origins=1), None)
        assert store.track_record() == {}
