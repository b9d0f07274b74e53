"""The dedicated hostile-input run: at least 10,000 generated cases, counted by exit code.

Articles (binary, empty, mixed encodings, right-to-left scripts, emoji, control
characters, unbalanced quotes and tags, long paragraphs, as text, Markdown or HTML)
and sources.yaml files (random structures and types, broken YAML, parser attacks) are
generated with the strategies of ``tests/test_hostile_input.py`` and go through the
library in-process (``pipeline.read_article`` -> ``claims.analyse`` ->
``pipeline.check_article``, ``sources.load_sources``), then a sample goes through the
real command line. Exit codes are the command line's: 0 done, 1 a contradicted claim
(as with ``--fail-on contradicted``), 2 refused with one sentence. Anything else (an
exception, a message that is not one plain line, an "internal error") is a failure and
is printed with the input that caused it.

    .venv/bin/python benchmarks/fuzz_inputs.py                 # 7,000 articles + 3,000 sources files + 200 CLI
    .venv/bin/python benchmarks/fuzz_inputs.py --smoke         # 300 + 100 + 20, for CI
    .venv/bin/python benchmarks/fuzz_inputs.py --json counts.json
"""
from __future__ import annotations

import argparse
import collections
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time
import traceback
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(ROOT), str(ROOT / "tests")]

from hypothesis import HealthCheck, Phase, given, settings  # noqa: E402

import test_hostile_input as H  # noqa: E402  (the strategies and the harness the tests use)
from checker.sources import load_sources  # noqa: E402
from checker.store import Store  # noqa: E402

FIXED_ARTICLE = b"The Gazette said the north pier would close for repairs on Monday."


def _reason(message: str) -> str:
    """A message without its file name and specifics, to count reasons."""
    text = re.sub(r"^.*?(?:standard input|fuzz-sources\.yaml|\.txt|\.yaml)(?::\d+(?::\d+)?)?: ", "", message)
    text = re.sub(r"\(.*?\)|'.*?'|\".*?\"|\d+", "…", text)
    return text[:90]


class Tally:
    def __init__(self):
        self.codes: dict[str, collections.Counter] = collections.defaultdict(collections.Counter)
        self.reasons: dict[str, collections.Counter] = collections.defaultdict(collections.Counter)
        self.failures: list[dict] = []
        self.seconds: dict[str, float] = collections.Counter()

    def add(self, kind: str, code: int | str, message: str | None = None):
        self.codes[kind][str(code)] += 1
        if message:
            self.reasons[kind][_reason(message)] += 1

    def fail(self, kind: str, data: bytes, problem: str):
        self.codes[kind]["failure"] += 1
        self.failures.append({"kind": kind, "input": data[:300].decode("utf-8", "backslashreplace"),
                              "bytes": len(data), "problem": problem[-2000:]})


def library_run(articles: int, sources: int, cli_every: int, tally: Tally, folder: Path):
    """Generate and check; returns the inputs sampled for the command line."""
    sources_path, db = H.make_world(folder)
    config = load_sources(sources_path)
    sample: list[tuple[str, bytes]] = []
    quick = settings(deadline=None, database=None, phases=[Phase.generate], derandomize=False,
                     suppress_health_check=list(HealthCheck))

    with Store.open(db) as store:
        count = {"article": 0, "sources": 0}

        @settings(quick, max_examples=max(1, articles))
        @given(data=H.article_bytes())
        def run_article(data):
            count["article"] += 1
            if cli_every and count["article"] % cli_every == 0:
                sample.append(("article", data))
            started = time.monotonic()
            try:
                outcome = H.check_bytes(data, config, store)
            except Exception:
                tally.fail("article", data, traceback.format_exc())
                return
            finally:
                tally.seconds["article"] += time.monotonic() - started
            if outcome.code == 2 and not H.plain_sentence(outcome.message):
                tally.fail("article", data, f"not one plain sentence: {outcome.message!r}")
            else:
                tally.add("article", outcome.code, outcome.message)

        @settings(quick, max_examples=max(1, sources))
        @given(data=H.sources_bytes())
        def run_sources(data):
            count["sources"] += 1
            if cli_every and count["sources"] % max(1, cli_every // 3) == 0:
                sample.append(("sources", data))
            started = time.monotonic()
            try:
                loaded, error = H.load_yaml_bytes(data, folder)
                if error is not None:
                    if H.plain_sentence(error) and "fuzz-sources.yaml" in error:
                        tally.add("sources", 2, error)
                    else:
                        tally.fail("sources", data, f"not one plain sentence naming the file: {error!r}")
                    return
                outcome = H.check_bytes(FIXED_ARTICLE, loaded, store)
                tally.add("sources", outcome.code)
            except Exception:
                tally.fail("sources", data, traceback.format_exc())
            finally:
                tally.seconds["sources"] += time.monotonic() - started

        if articles:
            run_article()
        if sources:
            run_sources()
    return sample


def _checker_command() -> list[str]:
    exe = shutil.which("checker", path=str(Path(sys.executable).parent))
    return [exe] if exe else [sys.executable, "-m", "checker"]


def cli_case(kind: str, data: bytes, folder: Path, n: int) -> tuple[str, int, str]:
    case = folder / f"cli-{n}"
    sources, db = H.make_world(case)
    article = case / "article.txt"
    article.write_bytes(FIXED_ARTICLE)
    if kind == "article":
        article.write_bytes(data)
    else:
        sources.write_bytes(data)
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    result = subprocess.run(_checker_command() + ["check", "article.txt", "--sources", "sources.yaml", "--db", "s.db",
                                                  "--out", "out", "--offline", "--fail-on", "contradicted"],
                            cwd=case, capture_output=True, timeout=300, env=env)
    shutil.rmtree(case, ignore_errors=True)
    return kind, result.returncode, result.stderr.decode("utf-8", "replace")


def cli_run(sample: list[tuple[str, bytes]], tally: Tally, folder: Path, workers: int):
    started = time.monotonic()
    with ThreadPoolExecutor(max_workers=workers) as pool:
        futures = [(kind, data, pool.submit(cli_case, kind, data, folder, n)) for n, (kind, data) in enumerate(sample)]
        for kind, data, future in futures:
            _kind, code, stderr = future.result()
            label = f"cli-{kind}"
            if code not in (0, 1, 2):
                tally.fail(label, data, f"exit {code}: {stderr}")
            elif "Traceback" in stderr or "internal error" in stderr:
                tally.fail(label, data, stderr)
            elif code == 2 and not (len(stderr.strip().splitlines()) == 1 and H.plain_sentence(stderr.strip())):
                tally.fail(label, data, f"exit 2 without one plain sentence: {stderr!r}")
            else:
                tally.add(label, code, stderr.strip().splitlines()[-1] if code == 2 else None)
    tally.seconds["cli"] = time.monotonic() - started


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--articles", type=int, default=7000)
    parser.add_argument("--sources", type=int, default=3000)
    parser.add_argument("--cli", type=int, default=200, help="how many generated inputs also go through the CLI")
    parser.add_argument("--workers", type=int, default=4)
    parser.add_argument("--smoke", action="store_true", help="300 articles, 100 sources files, 20 CLI runs")
    parser.add_argument("--json", dest="json_path", help="write the counts to this file")
    args = parser.parse_args(argv)
    if args.smoke:
        args.articles, args.sources, args.cli = 300, 100, 20
    total = args.articles + args.sources
    cli_every = max(1, total // args.cli) if args.cli else 0
    tally = Tally()
    started = time.monotonic()
    with tempfile.TemporaryDirectory(prefix="checker-fuzz-") as tmp:
        sample = library_run(args.articles, args.sources, cli_every, tally, Path(tmp))
        cli_run(sample[: args.cli], tally, Path(tmp), args.workers)
    elapsed = time.monotonic() - started

    print(f"hostile inputs: {sum(sum(c.values()) for c in tally.codes.values())} cases in {elapsed:.0f} s")
    for kind in sorted(tally.codes):
        counts = tally.codes[kind]
        cells = ", ".join(f"exit {code}: {counts[code]}" for code in ("0", "1", "2") if counts[code])
        fails = counts["failure"]
        print(f"  {kind:12} {sum(counts.values()):6} cases  {cells}  failures: {fails}")
    for kind in sorted(tally.reasons):
        print(f"  most frequent refusals ({kind}):")
        for reason, n in tally.reasons[kind].most_common(6):
            print(f"    {n:6}  {reason}")
    for failure in tally.failures[:20]:
        print(f"\nFAILURE ({failure['kind']}, {failure['bytes']} bytes): {failure['input']!r}\n{failure['problem']}")
    if args.json_path:
        Path(args.json_path).write_text(json.dumps({
            "seconds": round(elapsed, 1), "codes": {k: dict(v) for k, v in tally.codes.items()},
            "reasons": {k: dict(v.most_common(20)) for k, v in tally.reasons.items()},
            "failures": tally.failures}, indent=2, ensure_ascii=False) + "\n")
    return 1 if tally.failures else 0


if __name__ == "__main__":
    sys.exit(main())
