"""False findings against unrelated references: each story checked against every OTHER story's references.

No claim may come out confirmed or contradicted (a weekday that does not fall on its own
date is the one exception: the calendar, not a reference, contradicts it). This measures
how the engine behaves when the archive holds many stories that sound alike.

    python evaluation/unrelated.py [--check] [--stories DIR]
"""
from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def checker_command() -> list[str]:
    exe = ROOT / ".venv" / "bin" / "checker"
    return [str(exe)] if exe.exists() else [sys.executable, "-m", "checker"]


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--stories", default=str(ROOT / "evaluation" / "verdicts"))
    parser.add_argument("--check", action="store_true", help="exit 1 on any false finding")
    args = parser.parse_args(argv)
    stories = sorted(p for p in Path(args.stories).iterdir() if (p / "article.txt").exists())
    total = false = 0
    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        for story in stories:
            lines = ["sources:"]
            for other in stories:
                if other != story:
                    lines += [f"  - name: {other.name}", "    kind: newspaper", "    reliability: 0.9",
                              "    documents:", f"      - path: {other / 'references'}"]
            (tmp / "sources.yaml").write_text("\n".join(lines) + "\n")
            published = json.loads((story / "meta.json").read_text())["published"]
            db = tmp / f"{story.name}.db"
            run = subprocess.run(checker_command() + ["check", str(story / "article.txt"), "--sources",
                                 str(tmp / "sources.yaml"), "--db", str(db), "--out", str(tmp / "out"),
                                 "--json", "-", "--offline", "--date", published], capture_output=True)
            if run.returncode != 0:
                print(f"{story.name}: checker failed: {run.stderr.decode().strip()}", file=sys.stderr)
                return 2
            report = json.loads(run.stdout)
            for claim in report["claims"]:
                total += 1
                if claim["verdict"] == "unverified" or any(c["source"] == "calendar" for c in claim["conflicts"]):
                    continue
                false += 1
                print(f"  {story.name}: {claim['verdict']}: {claim['text'][:100]}")
    print(f"{total} claims in {len(stories)} stories checked against unrelated references: {false} false findings")
    return 1 if args.check and false else 0


if __name__ == "__main__":
    sys.exit(main())
