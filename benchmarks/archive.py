"""How the checker scales with the size of a newsroom's reference archive.

For each size this script writes a synthetic archive of news-like reference documents
(Zipfian vocabulary, people with titles, places, dates and numbers) into a temporary
folder, ingests it with ``checker sources fetch``, then checks an article whose claims
paraphrase a few sentences planted in the archive, and prints one table row:

* ingest: end-to-end seconds and sentences per second (reading, splitting, storing,
  indexing), and the ingest's peak memory;
* store: the size of the SQLite file;
* check: median latency of ``checker check`` over ``--runs`` runs, cold (the store's
  pages evicted from the OS cache first) and warm, and the check's peak memory; then
  the same check as a library call in a started process: its latency, the part of it
  that sweeps the local files for changes, and the memory it adds to the process
  (the peak resident set less what the imports and the open store already took);
* found: whether every planted sentence came back as evidence for its claim, in
  every run;
* naive: the time of the scan an index saves us, ``rapidfuzz.process.cdist`` of the
  article's sentences against every archive sentence, and how many times slower it
  is than a warm ``checker check``, than the whole check in a started process, and
  than the check's evidence search (the in-process check less its file sweep).

Every command runs as a real subprocess (``python -m checker``, run through a few lines
that read the process's own peak memory as it exits), so latencies include interpreter
start-up, exactly what an editor waits for. This is a measurement, not a
timed test; CI runs ``--smoke`` (10k sentences) and fails only when the planted
evidence is not found.

    python benchmarks/archive.py --sizes 10000,100000,1000000 --runs 5
    python benchmarks/archive.py --smoke
"""
from __future__ import annotations

import argparse
import json
import os
import random
import shutil
import signal
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
ARTICLE_DATE = "2024-05-20"

# --- the synthetic world ---------------------------------------------------------------

#: Country -> the adjective a headline uses. Countries and places are the checker's own
#: lexicon entries, so that anchors and role holders behave as on real news.
COUNTRY_ADJ = {
    "Israel": "Israeli", "Syria": "Syrian", "United States": "US", "Azerbaijan": "Azerbaijani",
    "Lebanon": "Lebanese", "Turkey": "Turkish", "Russia": "Russian", "Iran": "Iranian", "Iraq": "Iraqi",
    "Jordan": "Jordanian", "Egypt": "Egyptian", "Saudi Arabia": "Saudi", "Qatar": "Qatari", "France": "French",
    "Germany": "German", "United Kingdom": "British", "China": "Chinese", "Japan": "Japanese", "India": "Indian",
    "Pakistan": "Pakistani", "Ukraine": "Ukrainian", "Italy": "Italian", "Spain": "Spanish", "Canada": "Canadian",
    "Brazil": "Brazilian", "Mexico": "Mexican", "Denmark": "Danish", "Norway": "Norwegian", "Sweden": "Swedish",
    "Poland": "Polish", "Greece": "Greek", "Armenia": "Armenian", "Kenya": "Kenyan", "Nigeria": "Nigerian",
    "Australia": "Australian",
}
ROLES = ["President", "Prime Minister", "Foreign Minister", "Defence Minister", "Interior Minister",
         "Finance Minister", "Energy Minister", "Health Minister", "Justice Minister", "Economy Minister"]
CITIES = ["Baku", "Damascus", "Beirut", "Ankara", "Istanbul", "Aleppo", "Geneva", "New York", "Brussels", "Vienna",
          "Doha", "Riyadh", "Amman", "Dubai", "Cairo", "Paris", "Berlin", "London", "Tokyo", "Kyiv", "Moscow",
          "Tehran", "Baghdad", "Seoul", "Beijing"]
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December"]
ORGS = ["the ministry", "the central bank", "the statistics office", "the United Nations", "the World Bank",
        "the health ministry", "the electoral commission", "the state energy company", "the port authority",
        "the national assembly", "the IMF", "the Red Crescent"]
#: The most frequent content words of news copy; the long tail is made of invented words.
HEAD = """government minister country officials people police president year week month talks security
forces economy prices market election vote parliament agreement deal project company budget trade gas oil
energy water border troops attack region city capital report investigation court law plan reform tax bank
growth inflation rate crisis aid support health hospital school students workers union strike protest
leaders meeting summit visit delegation ceasefire conflict peace negotiations sanctions exports imports
pipeline contract investment funds debt loan infrastructure road railway airport port bridge power plant
grid drought flood fire storm harvest farmers food wheat prices fuel shortage refugees camp border crossing
villages province district council mayor governor party coalition opposition campaign candidates ballot
results turnout inquiry charges trial verdict prison sentence appeal judges lawyers police officers arrests
suspects weapons drones missiles army navy air base exercise patrol convoy shipment cargo vessel tanker
containers factory jobs wages pensions subsidies tariffs currency reserves bonds shares index investors""".split()
VERBS = ["approved", "rejected", "announced", "signed", "criticised", "welcomed", "postponed", "launched",
         "suspended", "expanded", "reviewed", "blocked", "financed", "inspected", "opened", "closed", "cut",
         "raised", "delayed", "backed", "questioned", "completed"]
BASE_VERBS = ["approve", "reject", "sign", "welcome", "postpone", "launch", "suspend", "expand", "review",
              "block", "finance", "inspect", "open", "close", "cut", "raise", "delay", "back", "complete"]
SYLLABLES = ["ba", "ke", "lo", "mi", "nu", "ra", "si", "to", "va", "zen", "dor", "lin", "mar", "pel", "quo",
             "ril", "sta", "tur", "vel", "xan", "bri", "cor", "del", "fen", "gar", "hol", "jun", "kas", "lem", "nor"]


def zipf_weights(n: int, s: float = 1.07, q: float = 20.0) -> list[float]:
    """Cumulative Zipf-Mandelbrot weights 1/(rank+q)^s, for ``random.choices(cum_weights=...)``.

    Only content words are drawn this way (function words come from the templates), so
    the head is flattened by ``q``: the commonest content word is about 1% of the words.
    """
    total, out = 0.0, []
    for rank in range(1, n + 1):
        total += 1.0 / (rank + q) ** s
        out.append(total)
    return out


def invent(rng: random.Random, n: int, low: int, high: int, taken: set[str]) -> list[str]:
    words = []
    while len(words) < n:
        w = "".join(rng.choice(SYLLABLES) for _ in range(rng.randint(low, high)))
        if w not in taken and len(w) > 3:
            taken.add(w)
            words.append(w)
    return words


@dataclass
class World:
    """The vocabulary, people and places every sentence draws on, Zipf-distributed."""

    rng: random.Random
    vocab: list[str] = field(default_factory=list)
    vocab_cw: list[float] = field(default_factory=list)
    people: list[tuple[str, str, str]] = field(default_factory=list)  # (name, role, country)
    people_cw: list[float] = field(default_factory=list)

    @classmethod
    def make(cls, seed: int, vocab_size: int = 40_000, holders_per_role: int = 2) -> "World":
        """Each country's roles have a couple of holders over the archive's years, as in real life."""
        rng = random.Random(seed)
        taken = set(HEAD) | {w.lower() for w in VERBS + BASE_VERBS}
        vocab = HEAD + invent(rng, vocab_size - len(HEAD), 2, 4, taken)
        firsts = [w.capitalize() for w in invent(rng, 400, 2, 3, taken)]
        lasts = [w.capitalize() for w in invent(rng, 2_000, 2, 4, taken)]
        people = [(f"{rng.choice(firsts)} {rng.choice(lasts)}", role, country)
                  for country in COUNTRY_ADJ for role in ROLES for _ in range(holders_per_role)]
        rng.shuffle(people)
        return cls(rng, vocab, zipf_weights(len(vocab)), people, zipf_weights(len(people), 1.0, 2.0))

    def words(self, k: int) -> list[str]:
        return self.rng.choices(self.vocab, cum_weights=self.vocab_cw, k=k)

    def person(self) -> tuple[str, str, str]:
        return self.rng.choices(self.people, cum_weights=self.people_cw, k=1)[0]

    def titled(self) -> str:
        name, role, country = self.person()
        return f"{COUNTRY_ADJ[country]} {role} {name}"

    def number(self) -> str:
        r = self.rng.random()
        if r < 0.3:
            return str(self.rng.randint(2, 90))
        if r < 0.6:
            return f"{self.rng.randint(1, 999):,}" if r < 0.45 else f"{self.rng.randint(1_000, 99_000):,}"
        if r < 0.8:
            return f"{self.rng.randint(1, 40)}.{self.rng.randint(1, 9)} percent"
        return f"${self.rng.randint(1, 900)} million"

    def date(self) -> str:
        r = self.rng.random()
        if r < 0.5:
            return f"on {self.rng.choice(WEEKDAYS)}"
        if r < 0.8:
            return f"on {self.rng.choice(MONTHS)} {self.rng.randint(1, 28)}"
        return f"in {self.rng.choice(MONTHS)} {self.rng.randint(2019, 2024)}"

    def sentence(self) -> str:
        rng, w = self.rng, self.words
        t = rng.randrange(8)
        a = w(6)
        if t == 0:
            return (f"{self.titled()} said {self.date()} that the {a[0]} {a[1]} would {rng.choice(BASE_VERBS)} "
                    f"the {a[2]} {a[3]} in {rng.choice(CITIES)}.")
        if t == 1:
            return (f"{self.titled()} met {self.titled()} in {rng.choice(CITIES)} {self.date()} to discuss "
                    f"{a[0]} {a[1]} and {a[2]}.")
        if t == 2:
            return (f"The {a[0]} {rng.choice(VERBS)} {self.number()} {a[1]} {a[2]} in {rng.choice(CITIES)} "
                    f"{self.date()}, according to {rng.choice(ORGS)}.")
        if t == 3:
            return (f"{COUNTRY_ADJ[self.person()[2]]} officials said {rng.randint(2, 400)} people were {rng.choice(VERBS)} "
                    f"near {rng.choice(CITIES)} after the {a[0]} {a[1]}.")
        if t == 4:
            return (f"{a[0].capitalize()} {a[1]} rose {rng.randint(1, 30)}.{rng.randint(0, 9)} percent to "
                    f"{self.number()} in {rng.choice(MONTHS)}, {rng.choice(ORGS)} said.")
        if t == 5:
            return (f"\"The {a[0]} {a[1]} will not {rng.choice(BASE_VERBS)} our {a[2]},\" {self.person()[0]} "
                    f"told reporters in {rng.choice(CITIES)}.")
        if t == 6:
            return (f"The {a[0]} of {a[1]} {a[2]} {rng.choice(VERBS)} the {a[3]} {a[4]} {a[5]} "
                    f"{self.date()}.")
        return (f"Critics of the {a[0]} {a[1]} said the {a[2]} {a[3]} had {rng.choice(VERBS)} "
                f"{self.number()} {a[4]} since {rng.choice(MONTHS)}.")


# --- planted facts and the article that paraphrases them ----------------------------------

#: (archive sentence, the article's paraphrase of it). Names come from the world's pool,
#: so they recur all over the archive: only the combination is unique.
PLANTED = [
    ("{p0} signed a {n0} million dollar pipeline agreement with Qatari officials in Doha on Tuesday, "
     "the energy ministry said.",
     "{p0} signed a {n0} million dollar pipeline deal with Qatari officials in Doha on Tuesday, the ministry said."),
    ("{p1} announced that the port authority would suspend grain shipments through {c1} for {n1} days "
     "because of the drought.",
     "According to the government, {p1} announced that the port authority would suspend grain shipments "
     "through {c1} for {n1} days due to the drought."),
    ("Floods destroyed {n2} homes in villages near {c2} on Sunday, the Red Crescent said.",
     "The Red Crescent said floods destroyed {n2} homes in villages near {c2} on Sunday."),
    ("{p3} met opposition leaders in {c3} on Thursday to discuss the disputed election results and a "
     "new electoral law.",
     "{p3} held talks with opposition leaders in {c3} on Thursday about the disputed election results "
     "and a new electoral law, officials said."),
    ("The central bank raised its main interest rate to {n4} percent on Wednesday to slow inflation, "
     "{p4} told parliament.",
     "{p4} told parliament that the central bank raised its main interest rate to {n4} percent on "
     "Wednesday to slow inflation."),
]
FILLER = [
    "Some of the details could not be independently confirmed by our reporters.",
    "The newspaper's editors will follow the story in the coming weeks.",
    "Readers can send tips to the news desk by email.",
]


def plant(world: World) -> list[tuple[str, str]]:
    """Fill the planted templates with people, places and numbers of the world."""
    rng = world.rng
    values = {}
    for i in range(5):
        values[f"p{i}"] = world.titled()
        values[f"c{i}"] = rng.choice(CITIES)
        values[f"n{i}"] = str(rng.randint(12, 97)) if i != 4 else f"{rng.randint(3, 19)}.{rng.randint(1, 9)}"
    name, role, country = world.people[0]  # the most reported person: thousands of role reports at 1M
    values["p0"] = f"{COUNTRY_ADJ[country]} {role} {name}"
    return [(a.format(**values), b.format(**values)) for a, b in PLANTED]


def article_text(pairs: list[tuple[str, str]]) -> str:
    lines = ["Regional round-up: pipelines, ports, floods and rates", ""]
    for i, (_fact, claim) in enumerate(pairs):
        lines.append(claim)
        if i < len(FILLER):
            lines.append(FILLER[i])
    return "\n".join(lines) + "\n"


SOURCES = [("Bench Wire", "news_agency", 0.9), ("Bench Herald", "newspaper", 0.7),
           ("Bench Broadcast", "broadcaster", 0.7), ("Bench Ledger", "newspaper", 0.6)]


def write_archive(folder: Path, size: int, seed: int) -> tuple[list[tuple[str, str]], int, int]:
    """Documents of 15 to 55 sentences, one folder per source; returns (planted pairs, documents, sentences)."""
    world = World.make(seed)
    pairs = plant(world)
    lines = ["sources:"]
    for name, kind, rel in SOURCES:
        slug = name.split()[-1].lower()
        (folder / slug).mkdir(parents=True)
        lines += [f"  - name: {name}", f"    kind: {kind}", f"    reliability: {rel}", "    documents:",
                  f"      - path: {slug}"]
    (folder / "sources.yaml").write_text("\n".join(lines) + "\n", encoding="utf-8")
    rng = world.rng
    planted_at = {rng.randrange(max(1, size - 60)): fact for fact, _claim in pairs}
    written = docs = 0
    while written < size:
        n = min(rng.randint(15, 55), size - written)
        source = rng.choice(SOURCES)[0].split()[-1].lower()
        city, month, day, year = rng.choice(CITIES), rng.choice(MONTHS), rng.randint(1, 28), rng.randint(2019, 2024)
        sentences = []
        for i in range(n):
            fact = planted_at.pop(written + i, None)
            sentences.append(fact if fact is not None else world.sentence())
        body, i = [], 0
        while i < len(sentences):
            k = rng.randint(1, 3)
            body.append(" ".join(sentences[i:i + k]))
            i += k
        title = " ".join(world.words(5)).capitalize()
        text = f"{title}\n\n{city.upper()}, {month} {day}, {year} (Bench) - " + "\n".join(body) + "\n"
        (folder / source / f"{year}-{docs:07d}.txt").write_text(text, encoding="utf-8")
        written += n
        docs += 1
    return pairs, docs, written


# --- running the checker -----------------------------------------------------------------

@dataclass(frozen=True)
class Run:
    seconds: float
    cpu_seconds: float  # user + system, the process and the workers it waited for
    peak_mb: float
    returncode: int
    stderr: str


#: ``python -m checker``, and then the peak resident memory of this process alone, from /proc.
#: ``wait4``'s ``ru_maxrss`` will not do: Linux carries the parent's peak into a child at
#: ``exec``, so after a naive scan had grown this script to 80 MB every checker it started
#: "peaked" at 80 MB. Elsewhere (no /proc) the file stays empty and ``ru_maxrss`` is used.
CHECKER = """
import os, runpy, sys
sys.argv[0] = "checker"
try:
    runpy.run_module("checker", run_name="__main__", alter_sys=True)
finally:
    try:
        with open("/proc/self/status") as status:
            peak = next(line.split()[1] for line in status if line.startswith("VmHWM:"))
        with open(os.environ["ARCHIVE_BENCH_PEAK"], "w") as out:
            out.write(peak)
    except (OSError, KeyError, StopIteration):
        pass
"""


def run_checker(args: list[str], cwd: Path) -> Run:
    """``python -m checker ARGS`` as a child process: wall time, CPU time (its workers' included) and its
    own peak resident memory (not its workers')."""
    with tempfile.NamedTemporaryFile("r", suffix=".peak") as peak:
        env = dict(os.environ, PYTHONPATH=str(ROOT) + os.pathsep + os.environ.get("PYTHONPATH", ""),
                   ARCHIVE_BENCH_PEAK=peak.name)
        start = time.perf_counter()
        proc = subprocess.Popen([sys.executable, "-c", CHECKER, *args], cwd=cwd, env=env,
                                stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
        stderr = proc.stderr.read().decode("utf-8", "replace")
        _pid, status, usage = os.wait4(proc.pid, 0)
        seconds = time.perf_counter() - start
        proc.returncode = os.waitstatus_to_exitcode(status)
        kib = peak.read().strip()
    peak_mb = int(kib) / 1024 if kib.isdigit() else usage.ru_maxrss / 1024
    return Run(seconds, usage.ru_utime + usage.ru_stime, peak_mb, proc.returncode, stderr)


def evict(path: Path) -> None:
    """Drop a file's pages from the OS cache, so that the next check reads it from disk."""
    for p in (path, Path(f"{path}-wal")):
        if p.exists():
            fd = os.open(p, os.O_RDONLY)
            try:
                os.fsync(fd)
                os.posix_fadvise(fd, 0, 0, os.POSIX_FADV_DONTNEED)
            finally:
                os.close(fd)


IN_PROCESS = """
import json, resource, statistics, sys, time
from pathlib import Path


def kib(field):
    try:
        with open("/proc/self/status") as status:
            return next(int(line.split()[1]) for line in status if line.startswith(field))
    except (OSError, StopIteration):
        return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss  # no /proc: the peak so far


from checker import pipeline
from checker.ingest import ingest_sources
from checker.sources import load_sources
from checker.store import Store
folder, db, runs, date = Path(sys.argv[1]), Path(sys.argv[2]), int(sys.argv[3]), sys.argv[4]
config = load_sources(folder / "sources.yaml")
article = pipeline.read_article(str(folder / "article.txt"))
times, sweeps = [], []
with Store.open(db) as store:
    try:  # the peak so far is the imports' (and a changed module's compilation): count the checks' alone
        with open("/proc/self/clear_refs", "w") as refs:
            refs.write("5")
    except OSError:
        pass
    before = kib("VmRSS:")
    for _ in range(runs + 1):
        start = time.perf_counter()
        pipeline.check_article(article, config, store, date=date, offline=True)
        times.append(time.perf_counter() - start)
        start = time.perf_counter()
        ingest_sources(store, config, offline=True, only_missing_urls=True, base=config.path.parent)
        sweeps.append(time.perf_counter() - start)
    grown = kib("VmHWM:") - before
print(json.dumps({"first": times[0], "warm": statistics.median(times[1:]), "sweep": statistics.median(sweeps[1:]),
                  "grown_mb": grown / 1024}))
"""


def in_process(folder: Path, db: Path, runs: int) -> tuple[float, float, float, float]:
    """``check_article`` in a process that has already started: (seconds of the first, median seconds of
    the next, median seconds of the part that looks for changed files, MB the checks added to the peak
    resident set of the process)."""
    env = dict(os.environ, PYTHONPATH=str(ROOT) + os.pathsep + os.environ.get("PYTHONPATH", ""))
    out = subprocess.run([sys.executable, "-c", IN_PROCESS, str(folder), str(db), str(runs), ARTICLE_DATE],
                         env=env, capture_output=True, text=True, check=True).stdout
    result = json.loads(out)
    return result["first"], result["warm"], result["sweep"], result["grown_mb"]


def found_all(report: dict, pairs: list[tuple[str, str]]) -> tuple[bool, list[str]]:
    """Whether each planted sentence is evidence in the report, and with which stance.

    Containment, not equality: a plant that opens its document keeps the dateline's
    credit, "(Bench) Greek Health Minister ...".
    """
    stances = []
    for fact, _claim in pairs:
        stance = next((e["stance"] for c in report["claims"] for e in c["evidence"] if fact in e["text"]), None)
        stances.append(stance or "missing")
    return all(s != "missing" for s in stances), stances


def naive_scan(db: Path, article: str, pairs: list[tuple[str, str]]) -> tuple[float, str, int]:
    """Every article sentence against every archive sentence with rapidfuzz: seconds, how, and how many
    planted sentences are the best match of some article sentence."""
    from rapidfuzz import fuzz, process, utils

    sys.path.insert(0, str(ROOT))
    from claims.segment import split_sentences

    conn = sqlite3.connect(db)
    archive = [r[0] for r in conn.execute("SELECT text FROM sentences")]
    conn.close()
    queries = [s.text for s in split_sentences(article)]
    try:
        import numpy  # noqa: F401  (cdist returns a numpy matrix)
    except ImportError:
        start = time.perf_counter()
        best = [process.extractOne(q, archive, scorer=fuzz.token_set_ratio, processor=utils.default_process)[0]
                for q in queries]
        return time.perf_counter() - start, "extractOne, one core (no numpy)", _hits(best, pairs)
    start = time.perf_counter()
    scores = process.cdist(queries, archive, scorer=fuzz.token_set_ratio, processor=utils.default_process,
                           workers=-1, dtype="uint8")
    seconds = time.perf_counter() - start
    best = [archive[int(i)] for i in scores.argmax(axis=1)]
    del scores
    return seconds, f"cdist on {os.cpu_count()} cores", _hits(best, pairs)


def _hits(best: list[str], pairs: list[tuple[str, str]]) -> int:
    return sum(1 for fact, _claim in pairs if any(fact in b for b in best))


@dataclass
class Row:
    size: int
    documents: int = 0
    sentences: int = 0
    ingest_s: float = 0.0
    ingest_cpu_s: float = 0.0
    ingest_peak_mb: float = 0.0
    store_mb: float = 0.0
    cold: list[float] = field(default_factory=list)
    warm: list[float] = field(default_factory=list)
    check_peak_mb: float = 0.0
    check_peaks: list[float] = field(default_factory=list)
    found: bool = True
    stances: list[str] = field(default_factory=list)
    summary: str = ""
    naive_s: float = 0.0
    naive_how: str = ""
    naive_found: int = 0
    lib_first: float = 0.0
    lib_warm: float = 0.0
    sweep: float = 0.0
    lib_grown_mb: float = 0.0
    load: str = ""

    @property
    def ratio(self) -> float:
        return self.naive_s / statistics.median(self.warm) if self.warm else 0.0

    @property
    def lib_ratio(self) -> float:
        """The naive scan against the whole check in a started process, file sweep included."""
        return self.naive_s / self.lib_warm if self.lib_warm else 0.0

    @property
    def evidence_s(self) -> float:
        """The in-process check less its look for changed files: what the naive scan replaces."""
        return max(self.lib_warm - self.sweep, 1e-6)

    @property
    def evidence_ratio(self) -> float:
        return self.naive_s / self.evidence_s if self.lib_warm else 0.0


def bench(size: int, runs: int, seed: int, work: Path, log) -> Row:
    row = Row(size)
    folder = work / f"archive-{size}"
    folder.mkdir()
    t = time.perf_counter()
    pairs, row.documents, _n = write_archive(folder, size, seed)
    article = folder / "article.txt"
    article.write_text(article_text(pairs), encoding="utf-8")
    log(f"[{size:,}] wrote {row.documents:,} documents in {time.perf_counter() - t:.1f} s; ingesting")
    # A file younger than RACY_SECONDS when ingested gets no modification time in the store and is read
    # again by the next check; a real archive is older than that, so the first cold check must not pay for it.
    sys.path.insert(0, str(ROOT))
    from checker.ingest import RACY_SECONDS

    time.sleep(RACY_SECONDS)
    db = work / f"store-{size}.db"
    ingest = run_checker(["sources", "fetch", "--sources", "sources.yaml", "--db", str(db)], folder)
    if ingest.returncode != 0:
        raise SystemExit(f"ingest failed:\n{ingest.stderr[-2000:]}")
    row.ingest_s, row.ingest_cpu_s, row.ingest_peak_mb = ingest.seconds, ingest.cpu_seconds, ingest.peak_mb
    conn = sqlite3.connect(db)
    row.sentences = conn.execute("SELECT COUNT(*) FROM sentences").fetchone()[0]
    conn.close()
    row.store_mb = sum(p.stat().st_size for p in work.glob(f"store-{size}.db*")) / 1e6
    log(f"[{size:,}] ingested {row.sentences:,} sentences in {row.ingest_s:.1f} s; checking")
    check = ["check", "article.txt", "--sources", "sources.yaml", "--db", str(db), "--out", str(work / "reports"),
             "--json", str(work / "report.json"), "--offline", "--date", ARTICLE_DATE]
    run_checker(check, folder)  # untimed: compiles any .pyc the tree lacks (an installed checker has them)
    for kind in ("cold", "warm"):
        if kind == "warm":
            run_checker(check, folder)  # warm the OS cache
        for _ in range(runs):
            if kind == "cold":
                evict(db)
            result = run_checker(check, folder)
            if result.returncode != 0:
                raise SystemExit(f"check failed:\n{result.stderr[-2000:]}")
            getattr(row, kind).append(result.seconds)
            row.check_peak_mb = max(row.check_peak_mb, result.peak_mb)
            row.check_peaks.append(result.peak_mb)
            report = json.loads((work / "report.json").read_text(encoding="utf-8"))
            ok, row.stances = found_all(report, pairs)
            row.found = row.found and ok
            s = report["summary"]
            row.summary = f"{s['confirmed']}/{s['contradicted']}/{s['unverified']}"
    evict(db)
    row.lib_first, row.lib_warm, row.sweep, row.lib_grown_mb = in_process(folder, db, runs)
    log(f"[{size:,}] check cold {statistics.median(row.cold):.2f} s, warm {statistics.median(row.warm):.2f} s, "
        f"{row.check_peak_mb:.0f} MB (each run: {' '.join(f'{mb:.0f}' for mb in row.check_peaks)}); in-process {row.lib_warm:.3f} s (file sweep {row.sweep:.3f} s), "
        f"+{row.lib_grown_mb:.1f} MB; planted: {', '.join(row.stances)}; naive scan")
    row.naive_s, row.naive_how, row.naive_found = naive_scan(db, article.read_text(encoding="utf-8"), pairs)
    row.load = " ".join(f"{x:.1f}" for x in os.getloadavg())
    shutil.rmtree(folder)
    for p in work.glob(f"store-{size}.db*"):
        p.unlink()
    return row


def table(rows: list[Row]) -> str:
    head = ["sentences", "docs", "ingest s", "ingest sent/s", "ingest MB", "store MB", "check cold s",
            "check warm s", "check MB", "in-proc s", "sweep s", "in-proc +MB", "found", "naive s", "naive/warm",
            "naive/in-proc", "naive/evidence"]
    body = [[f"{r.sentences:,}", f"{r.documents:,}", f"{r.ingest_s:.1f}", f"{r.sentences / r.ingest_s:,.0f}",
             f"{r.ingest_peak_mb:.0f}", f"{r.store_mb:.0f}", f"{statistics.median(r.cold):.2f}",
             f"{statistics.median(r.warm):.2f}", f"{r.check_peak_mb:.0f}", f"{r.lib_warm:.3f}", f"{r.sweep:.3f}",
             f"{r.lib_grown_mb:.1f}", "yes" if r.found else "NO", f"{r.naive_s:.1f}", f"{r.ratio:.0f}x",
             f"{r.lib_ratio:.0f}x", f"{r.evidence_ratio:.0f}x"]
            for r in rows]
    widths = [max(len(h), *(len(b[i]) for b in body)) for i, h in enumerate(head)]
    lines = ["  ".join(h.rjust(w) for h, w in zip(head, widths)), "  ".join("-" * w for w in widths)]
    lines += ["  ".join(c.rjust(w) for c, w in zip(b, widths)) for b in body]
    return "\n".join(lines)


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", default="10000,100000,1000000", help="archive sizes in sentences, comma-separated")
    parser.add_argument("--runs", type=int, default=5, help="checks per size for each of cold and warm")
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--smoke", action="store_true", help="10k sentences, 2 runs: the CI smoke run")
    parser.add_argument("--tmp", default=None, help="parent folder for the temporary archive")
    args = parser.parse_args(argv)
    sizes = [10_000] if args.smoke else [int(s.replace("_", "")) for s in args.sizes.split(",") if s.strip()]
    runs = 2 if args.smoke else args.runs

    def log(message: str) -> None:
        print(f"{time.strftime('%H:%M:%S')} {message}", file=sys.stderr, flush=True)

    signal.signal(signal.SIGTERM, lambda *_: sys.exit(143))  # still clean the temporary folder
    work = Path(tempfile.mkdtemp(prefix="checker-bench-", dir=args.tmp))
    rows = []
    try:
        for size in sizes:
            rows.append(bench(size, runs, args.seed, work, log))
            log("\n" + table(rows))
    finally:
        shutil.rmtree(work, ignore_errors=True)
    print(table(rows))
    print()
    for r in rows:
        print(f"{r.sentences:,} sentences: planted evidence {', '.join(r.stances)}; verdicts "
              f"confirmed/contradicted/unverified {r.summary}; ingest used {r.ingest_cpu_s:.1f} CPU-seconds "
              f"({1e6 * r.ingest_cpu_s / r.sentences:.0f} µs a sentence: {os.cpu_count() * r.sentences / r.ingest_cpu_s:,.0f} "
              f"sentences/s if it had all {os.cpu_count()} cores); in-process first check {r.lib_first:.3f} s; "
              f"naive scan: {r.naive_how}, its best match is the planted sentence for {r.naive_found} of "
              f"{len(PLANTED)}; load average {r.load}")
    print(f"check s: `checker check` end to end, interpreter start-up included, median of {runs} runs; cold = the "
          f"store evicted from the OS cache first. in-proc s: check_article in a started process, median of {runs}; "
          f"sweep s: its look for new or changed files; in-proc +MB: what those checks added to the peak resident "
          f"memory of their process, beyond the imports and the open store. naive/warm, naive/in-proc: the naive scan "
          f"against check warm s and in-proc s; naive/evidence: against in-proc less sweep, the part of a check that "
          f"the scan stands for. MB: peak resident memory. {os.cpu_count()} cores.")
    return 0 if all(r.found for r in rows) else 1


if __name__ == "__main__":
    sys.exit(main())
