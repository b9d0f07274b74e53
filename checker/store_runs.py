"""Each check's report, claims and evidence, kept for good, and what they say about sources.

Runs are the store's memory of past checks: the index page lists them and a source's
track record is counted from them. ``Store`` mixes in ``RunRecords``.
"""
from __future__ import annotations

import json

from .store_schema import now


class RunRecords:
    """The ``Store`` methods that keep and read checks' runs."""

    # --- runs -------------------------------------------------------------------------

    def record_run(self, report: dict, report_path: str | None) -> int:
        """Keep a check's report, claims and evidence. Earlier runs are never touched."""
        article = report["article"]
        with self.transaction():
            run_id = self.db["runs"].insert({
                "input": article["input"], "title": article.get("title"), "published": article.get("published"),
                "sha256": article["sha256"], "checked_at": article.get("checked_at") or now(),
                "report_path": report_path, "summary": json.dumps(report["summary"]),
                "report": json.dumps(report, ensure_ascii=False),
            }).last_pk
            self.db["run_claims"].insert_all(
                {"run_id": run_id, "claim_id": c["id"], "text": c["text"], "attribution_kind": c["attribution"]["kind"],
                 "attribution_label": c["attribution"]["label"], "verdict": c["verdict"], "confidence": c["confidence"]}
                for c in report["claims"])
            self.db["run_evidence"].insert_all(
                {"run_id": run_id, "claim_id": c["id"], "source": e["source"], "document": e["document"],
                 "stance": e["stance"], "score": e["score"],
                 # a report counts for or against its source only where others had a say in the verdict: a source
                 # that alone confirmed a claim did not side with anyone
                 "agrees_with_verdict": _agrees(c["verdict"], e["stance"])
                 if (c.get("independence") or {}).get("origins", 0) >= 2 else None}
                for c in report["claims"] for e in c["evidence"])
        return run_id

    def track_record(self) -> dict[str, tuple[int, int]]:
        """Per source: how often its reports sided with, and against, the verdict of others.

        Only the latest check of each article counts: checking a draft again must not make its sources more (or
        less) reliable each time.
        """
        rows = self.db.conn.execute(
            "SELECT e.source, SUM(e.agrees_with_verdict = 1), SUM(e.agrees_with_verdict = 0) FROM run_evidence e "
            "JOIN runs r ON r.id = e.run_id "
            "WHERE e.agrees_with_verdict IS NOT NULL "
            "AND r.id = (SELECT MAX(r2.id) FROM runs r2 WHERE r2.sha256 = r.sha256) GROUP BY e.source"
        ).fetchall()
        return {s: (int(a or 0), int(b or 0)) for s, a, b in rows}

    def runs(self) -> list[dict]:
        """Every checked article, newest first, for the index page."""
        rows = self.db.conn.execute(
            "SELECT id, input, title, published, checked_at, report_path, summary FROM runs ORDER BY checked_at DESC, id DESC"
        ).fetchall()
        return [{"id": r[0], "input": r[1], "title": r[2], "published": r[3], "checked_at": r[4],
                 "report_path": r[5], "summary": json.loads(r[6])} for r in rows]


def _agrees(verdict: str, stance: str) -> int | None:
    """1 when a report sided with the verdict the others reached, 0 when against it, else None."""
    if verdict == "confirmed":
        return {"supports": 1, "contradicts": 0}.get(stance)
    if verdict == "contradicted":
        return {"supports": 0, "contradicts": 1}.get(stance)
    return None
