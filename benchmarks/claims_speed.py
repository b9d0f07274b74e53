"""How many 800-word articles ``claims.analyse`` gets through per second on one core.

Run from the repository root::

    python benchmarks/claims_speed.py            # about 5 seconds of work
    python benchmarks/claims_speed.py --seconds 20
    python benchmarks/claims_speed.py --stages   # and milliseconds per stage
    python benchmarks/claims_speed.py --known    # with sources.yaml's outlets, as check_article calls it
    python benchmarks/claims_speed.py --both     # without and with them, one after the other

The articles are built from the paragraphs of the attribution evaluation set (news
prose with quotes, relays and pronouns, the text the extractor is tuned for), shuffled
into 800-word articles so that no two are alike. Caches are cleared between articles,
so the figure is what a stream of new articles costs, not a cache replay. Time is the
process's CPU time (one core), so other work on a shared machine does not skew it. The
target (issue 3) is at least 200 articles per second.

``check_article`` passes the outlets of ``sources.yaml`` (``known_sources``), which adds
alias lookups to attribution: ``--known`` measures that call, ``--both`` both calls.
"""
from __future__ import annotations

import argparse
import random
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from claims import analyse  # noqa: E402
from claims.atomise import atomise  # noqa: E402
from claims.attribute import attribute  # noqa: E402
from claims.entities import slots  # noqa: E402
from claims.segment import split_sentences  # noqa: E402

WORDS = 800
TARGET = 200


def paragraphs() -> list[str]:
    out = []
    for path in sorted((ROOT / "evaluation" / "attribution").glob("*.txt")):
        body = path.read_text(encoding="utf-8").split("\n\n", 1)[-1]
        out += [p.strip() for p in body.split("\n\n") if len(p.split()) >= 15]
    return out


def articles(count: int, seed: int = 3) -> list[str]:
    """``count`` distinct articles of about ``WORDS`` words each."""
    pool = paragraphs()
    rng = random.Random(seed)
    out = []
    for _ in range(count):
        rng.shuffle(pool)
        body, words = [], 0
        for p in pool:
            body.append(p)
            words += len(p.split())
            if words >= WORDS:
                break
        out.append("A headline for a shuffled article\n\n" + "\n\n".join(body))
    return out


def _caches() -> list:
    """Every memoised function in ``claims``, so that each article starts cold."""
    found = []
    for name, module in list(sys.modules.items()):
        if name == "claims" or name.startswith("claims."):
            for value in vars(module).values():
                if callable(value) and hasattr(value, "cache_clear"):
                    found.append(value)
    return found


def known_table() -> dict[str, tuple[str, str]]:
    """The repository's ``sources.yaml`` as ``check_article`` hands it to ``analyse``."""
    from checker.pipeline import known_sources
    from checker.sources import load_sources
    return known_sources(load_sources(ROOT / "sources.yaml", check_files=False))


def rate(batch: list[str], caches: list, seconds: float, known: dict | None = None) -> tuple[float, int]:
    """Articles per CPU second over at least ``seconds`` of work, each article starting cold."""
    done = 0
    elapsed = 0.0
    while elapsed < seconds:
        for text in batch:
            for cache in caches:
                cache.cache_clear()
            start = time.process_time()
            analyse(text, published="2025-07-12", known_sources=known)
            elapsed += time.process_time() - start
            done += 1
    return done / elapsed, done


def stages(batch: list[str], caches: list, known: dict | None = None) -> dict[str, float]:
    """Milliseconds per article in each stage of ``analyse``, to see where the time goes."""
    spent = dict.fromkeys(("segment", "attribute", "atomise", "slots"), 0.0)
    for text in batch:
        for cache in caches:
            cache.cache_clear()
        t0 = time.process_time()
        sentences = split_sentences(text)
        t1 = time.process_time()
        relations = attribute(text, sentences, known)
        t2 = time.process_time()
        found = atomise(text, sentences, relations, "2025-07-12")
        t3 = time.process_time()
        for claim in found:
            slots(claim.text, "2025-07-12")
        t4 = time.process_time()
        for key, took in zip(spent, (t1 - t0, t2 - t1, t3 - t2, t4 - t3)):
            spent[key] += took
    return {key: 1000 * value / len(batch) for key, value in spent.items()}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--seconds", type=float, default=5.0, help="how long to run")
    parser.add_argument("--stages", action="store_true", help="also print milliseconds per stage")
    parser.add_argument("--known", action="store_true", help="pass sources.yaml's outlets, as check_article does")
    parser.add_argument("--both", action="store_true", help="measure without and with sources.yaml's outlets")
    args = parser.parse_args(argv)
    batch = articles(200)
    caches = _caches()
    words = sum(len(a.split()) for a in batch) / len(batch)
    runs = [None, known_table()] if args.both else [known_table()] if args.known else [None]
    for known in runs:
        per_second, done = rate(batch, caches, args.seconds, known)
        label = f"with {len(known)} known outlet names" if known is not None else "no known outlets"
        print(f"{per_second:.0f} articles/second ({words:.0f} words each, {done} articles, one core, {label}); target {TARGET}")
        if args.stages:
            print("  ".join(f"{key} {ms:.1f} ms" for key, ms in stages(batch, caches, known).items()) + "  per article")
    return 0


if __name__ == "__main__":
    sys.exit(main())
