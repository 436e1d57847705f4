"""Long fuzz runs of the five parsers a pull request controls, outside pytest, with figures.

The inputs come from the strategies of the fuzz tests (tests/fuzz/fuzz_strategies.py) and each
is checked by the same harness (tests/fuzz/fuzz_harness.py): the whole command line in-process,
the runner's view of every line written. Unlike the tests, a run does not stop at the first
problem: it counts them all, per parser and per kind, and keeps the smallest input of each
distinct problem.

    python benchmarks/fuzz.py                          # 1,000 inputs per parser
    python benchmarks/fuzz.py --examples 100000        # every input from hypothesis (slow)
    python benchmarks/fuzz.py --seconds 240 --parser mot --parser license
    python benchmarks/fuzz.py --save /tmp/fuzz-found   # write each problem's smallest input there

    # the long run: 100,000 inputs per parser on two cores, most of them mutants of 1,000 seeds
    python benchmarks/fuzz.py --mutate --workers 2 --examples 100000 --seed 14
    python benchmarks/fuzz.py --mutate --workers 2 --seconds 60         # a minute per parser

--mutate (AFL's way, tests/fuzz/fuzz_mutate.py): per parser, a pool of --seeds inputs from the
strategies, spread over the run (one input in examples/seeds), and every other input made from
a seed by a few cheap structure-aware edits. The same --seed gives the same inputs, with any
number of workers. --workers N splits each parser's inputs over N processes (input k goes to
worker k mod N) and merges their counts into one table.

How much of each run is judged (--judge): `full`, the default without --mutate, renders every
format (stdout in the `github` format, the others as --report files) and validates every JSON
report; `light`, the default with --mutate, renders `concise` and `json` (what the verdict checks
read) and one other format in turn on stdout, and validates the JSON report of every
--validate-every-th input and of every report of a shape not seen before. Both search all that
was written for forged commands and parse the formats that must parse.

Printed per parser: inputs (seeds and mutants), inputs/s over the whole run (generating the
seeds included; "seeding": the seconds that took), tracebacks, internal errors, forged commands, the other broken invariants,
hangs, the share of time in openlint, how often openlint's cache had a repository file's result
(mutants are new: mostly misses), the JSON reports validated, the slowest input (timed around
the openlint call only) and how many took over 1 s; then how many reports each format rendered.
Exit status 1 when any problem was found. Each input runs under the harness's watchdog
(OPENLINT_FUZZ_TIMEOUT seconds, OPENLINT_FUZZ_MEMORY_MB of address space), so a stalling input
is counted as a hang. Inputs and openlint's cache go to a folder of the run's own, in memory
(/dev/shm) where there is one.
"""

from __future__ import annotations

import argparse
import os
import random
import re
import shutil
import signal
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

HERE = Path(__file__).resolve().parent
TESTS = HERE.parent / "tests"
sys.path[:0] = [str(TESTS), str(TESTS / "fuzz")]

SLOW = 1.0  # seconds: an input slower than this is counted
INPUT_KINDS = ("card", "openness", "prose", "identify")  # cache entries about a repository's files
TRIM_EVERY = 2000  # inputs between two clean-ups of the run's cache folder
CHUNK = 50  # seeds generated at a time in --mutate, as the run reaches them


class TimeUp(BaseException):
    """Ends a parser's run when its time is spent (not an Exception, so hypothesis lets it out)."""


# Ctrl-C ends a run after the inputs being checked (openlint itself would turn a KeyboardInterrupt
# into exit code 130, an input like any other): what was done is still counted and printed.
_stopping = False


def _stop(signum, frame) -> None:
    global _stopping
    _stopping = True


def signature(kind: str, detail: str) -> str:
    """What tells one problem from another: the failing frame of a traceback, the format and
    sequence of a forged line, the first words otherwise."""
    if kind in ("internal-error", "traceback"):
        frames = re.findall(r'File "([^"]+)", line \d+, in (\S+)', detail)
        openlint = [f for f in frames if "/openlint/" in f[0]] or frames
        error = re.search(r"^(\w+(?:Error|Exception|Warning)?)\b:?", detail.strip().splitlines()[-1])
        where = f"{os.path.basename(openlint[-1][0])}:{openlint[-1][1]}" if openlint else "?"
        head = re.search(r"internal error: (\w+)", detail)
        return f"{kind}: {(head.group(1) if head else error.group(1) if error else '?')} at {where}"
    if kind == "forged-command":
        fmt = detail.split(":", 1)[0]
        return f"{kind}: {fmt}: {'##[' if '##[' in detail else '::'}"
    return f"{kind}: " + re.sub(r"\d+", "#", detail.splitlines()[0])[:90]


class Stats:
    def __init__(self, name: str):
        self.name = name
        self.inputs = 0
        self.seeds = 0
        self.mutants = 0
        self.seconds = 0.0  # wall time of the parser's run (of the slowest worker)
        self.generating = 0.0  # seconds spent generating seeds with hypothesis (--mutate)
        self.kinds: dict[str, int] = {}
        self.slowest = (0.0, None)
        self.slow = 0
        self.slow_inputs: list[tuple[float, int, object]] = []  # the slowest few, for --save
        self.checking = 0.0  # seconds spent in openlint (the rest is generating and writing inputs)
        self.found: dict[str, tuple[int, object, str]] = {}  # signature -> (size, input, detail)
        self.labels: dict[str, str] = {}  # signature -> which input it was ("seed 3", "mutant 1234")
        self.signature_counts: dict[str, int] = {}
        self.rendered: dict[str, int] = {}  # format -> reports rendered
        self.validated = 0  # JSON reports checked against the schema
        self.cache_loads = 0  # cache reads of a result about a repository file, and how many hit
        self.cache_hits = 0
        self.workers_seen = 1  # processes that ran this parser at the same time

    def add(self, value, outcome, label: str | None = None) -> None:
        self.inputs += 1
        if label:
            if label.startswith("seed"):
                self.seeds += 1
            else:
                self.mutants += 1
        self.checking += outcome.seconds
        self.validated += outcome.validated
        for fmt in outcome.rendered:
            self.rendered[fmt] = self.rendered.get(fmt, 0) + 1
        if outcome.seconds > self.slowest[0]:
            self.slowest = (outcome.seconds, value)
        if outcome.seconds > SLOW:
            self.slow += 1
            self.slow_inputs = sorted(self.slow_inputs + [(outcome.seconds, len(repr(value)), value)], key=lambda x: (-x[0], x[1]))[:5]
        seen = set()
        for kind, detail in outcome.problems:
            sig = signature(kind, detail)
            if kind not in seen:  # inputs with this kind of problem, not lines
                self.kinds[kind] = self.kinds.get(kind, 0) + 1
                seen.add(kind)
            if sig not in seen:
                self.signature_counts[sig] = self.signature_counts.get(sig, 0) + 1
                seen.add(sig)
            size = len(repr(value))
            if sig not in self.found or size < self.found[sig][0]:
                self.found[sig] = (size, value, detail)
                if label:
                    self.labels[sig] = label

    def merge(self, other: Stats) -> None:
        """Add the counts of the same parser's run in another worker (which ran at the same time)."""
        for attr in ("inputs", "seeds", "mutants", "slow", "checking", "validated", "cache_loads", "cache_hits"):
            setattr(self, attr, getattr(self, attr) + getattr(other, attr))
        self.seconds = max(self.seconds, other.seconds)
        self.generating = max(self.generating, other.generating)
        for mine, theirs in ((self.kinds, other.kinds), (self.signature_counts, other.signature_counts), (self.rendered, other.rendered)):
            for key, count in theirs.items():
                mine[key] = mine.get(key, 0) + count
        if other.slowest[0] > self.slowest[0]:
            self.slowest = other.slowest
        self.slow_inputs = sorted(self.slow_inputs + other.slow_inputs, key=lambda x: (-x[0], x[1]))[:5]
        for sig, found in other.found.items():
            if sig not in self.found or found[0] < self.found[sig][0]:
                self.found[sig] = found
                if sig in other.labels:
                    self.labels[sig] = other.labels[sig]


@dataclass
class Plan:
    parsers: list[str]
    examples: int | None  # inputs per parser over all workers (None: until --seconds are spent)
    seconds: float | None
    seed: int | None
    workers: int = 1
    mutate: bool = False
    seeds: int = 1000  # --mutate: the pool of seeds per parser
    judge: str = "full"
    validate_every: int = 20
    folder: str | None = None  # the run's own folder: inputs and (unless the caller set one) the cache
    own_cache: bool = True  # each worker's cache folder in `folder` (OPENLINT_CACHE_DIR unset)


# -- one worker ------------------------------------------------------------------------------------

_cache_counts = [0, 0]  # loads, hits of results about a repository's files


def _count_cache_reads():
    """Count openlint's cache reads as they happen (the reads themselves are openlint's own);
    returns what puts the cache module back as it was."""
    from openlint._support import cache

    original = cache.load

    def load(name, *args, **kwargs):
        value = original(name, *args, **kwargs)
        if name.split("-", 1)[0] in INPUT_KINDS:
            _cache_counts[0] += 1
            _cache_counts[1] += value is not None
        return value

    cache.load = load
    return lambda: setattr(cache, "load", original)


def _trim_cache() -> None:
    """Fuzz inputs are all new: keep the run's cache folder from growing without bound, while
    openlint's own data (parsed data files, the license scanner) stays, as in a user's cache."""
    folder = os.environ.get("OPENLINT_CACHE_DIR")
    if not folder or not os.path.basename(folder).startswith("openlint-fuzz-cache"):
        return
    for base, _, names in os.walk(folder):
        for name in names:
            if name.split("-", 1)[0] in INPUT_KINDS:
                try:
                    os.unlink(os.path.join(base, name))
                except OSError:
                    pass


def _setup_worker(plan: Plan, worker: int):
    """Point the worker at the run's folder and judging; returns what undoes it (a run of one
    worker is in the caller's process)."""
    import warnings

    import fuzz_harness

    # hypothesis warns when it builds the repr of a strategy holding long sample strings
    warnings.filterwarnings("ignore", "Generating overly large repr")
    saved = tempfile.tempdir, os.environ.get("OPENLINT_CACHE_DIR"), fuzz_harness.JUDGING
    if plan.folder:
        tempfile.tempdir = plan.folder  # each input's repository is written there
        if plan.own_cache:  # never the user's cache: a folder of the run's own
            os.environ["OPENLINT_CACHE_DIR"] = os.path.join(plan.folder, f"openlint-fuzz-cache-{worker}")
    fuzz_harness.JUDGING = fuzz_harness.Judging(rotate=plan.judge == "light", validate_every=plan.validate_every if plan.judge == "light" else 1)
    _warm_up()
    uncount = _count_cache_reads()

    def undo():
        uncount()
        tempfile.tempdir, cache, fuzz_harness.JUDGING = saved
        if cache is None:
            os.environ.pop("OPENLINT_CACHE_DIR", None)
        else:
            os.environ["OPENLINT_CACHE_DIR"] = cache

    return undo


def _warm_up() -> None:
    """One check of a small release, not counted: a user's openlint has its modules imported and
    its own data in the cache; the first input of a run would pay for both."""
    from fuzz_harness import check_files
    from fuzz_strategies import CARD_OK, OPENNESS_OK
    from repos import COMPONENT_FILES, LICENSE_OK, MIT_TEXT

    check_files({"LICENSE": LICENSE_OK, "LICENSE-MIT": MIT_TEXT, "README.md": CARD_OK, "openness.toml": OPENNESS_OK, **COMPONENT_FILES})


def worker_run(plan: Plan, worker: int) -> list[Stats]:
    """This worker's share of every parser: input k goes to worker k mod plan.workers."""
    undo = _setup_worker(plan, worker)
    try:
        return _worker_parsers(plan, worker)
    finally:
        undo()


def _worker_parsers(plan: Plan, worker: int) -> list[Stats]:
    results = []
    for name in plan.parsers:
        if _stopping:
            break
        if worker == 0:
            what = f"{plan.examples:,} inputs" if plan.examples is not None else "inputs"
            print(f"fuzzing {name}: {what}" + (f" or {plan.seconds:g} s" if plan.seconds else "") + (f", {plan.workers} workers" if plan.workers > 1 else ""), file=sys.stderr, flush=True)
        loads, hits = _cache_counts
        if plan.mutate:
            stats = run_mutants(name, plan, worker)
        else:
            share = None if plan.examples is None else plan.examples // plan.workers + (worker < plan.examples % plan.workers)
            seed = plan.seed if plan.seed is None or plan.workers == 1 else plan.seed * 1000 + worker
            stats = run_parser(name, share, plan.seconds, seed)
        stats.cache_loads, stats.cache_hits = _cache_counts[0] - loads, _cache_counts[1] - hits
        results.append(stats)
    return results


def run_parser(name: str, examples: int | None, seconds: float | None, seed: int | None) -> Stats:
    """Every input from the parser's hypothesis strategy."""
    import fuzz_harness
    from fuzz_strategies import TARGETS
    from hypothesis import HealthCheck, Phase, given, settings
    from hypothesis import seed as fixed_seed

    strategy, check = TARGETS[name]
    stats = Stats(name)
    stop = time.monotonic() + seconds if seconds else None

    @settings(
        max_examples=examples if examples is not None else 10**9,
        phases=[Phase.generate],
        database=None,
        deadline=None,
        suppress_health_check=list(HealthCheck),
    )
    @given(strategy())
    def probe(value):
        if _stopping or (stop is not None and time.monotonic() > stop):
            raise TimeUp
        fuzz_harness.JUDGING.index = stats.inputs
        outcome = check(value)
        stats.add(value, outcome)
        if stats.inputs % TRIM_EVERY == 0:
            _trim_cache()

    if seed is not None:
        probe = fixed_seed(seed)(probe)
    started = time.perf_counter()
    from hypothesis.reporting import with_reporter

    if examples != 0:
        try:
            with with_reporter(lambda *args: None):  # hypothesis would print a seed for the TimeUp it sees
                probe()
        except TimeUp:
            pass
    stats.seconds = time.perf_counter() - started
    return stats


def spacing(plan: Plan) -> int:
    """One input in this many is a seed (the rest are mutants)."""
    if plan.examples is None:
        return 100
    return max(1, plan.examples // max(1, plan.seeds))


def slot(k: int, seeds: int, every: int) -> tuple[str, int]:
    """What input k of a --mutate run is: ("seed", j) or ("mutant", m). Seed j is input j*every;
    the mutants are numbered in order over the inputs between."""
    if k % every == 0 and k // every < seeds:
        return "seed", k // every
    return "mutant", k - min(seeds, -(-k // every))


class SeedPool:
    """A parser's seeds, generated CHUNK at a time as the run reaches them (so a short run does
    not wait for a pool it never uses); chunk c comes from its own hypothesis seed, so the pool
    is the same in every worker and every run of the same --seed."""

    def __init__(self, parser: str, size: int, seed: int):
        self.parser, self.size, self.seed = parser, size, seed
        self.chunk = max(1, min(CHUNK, size))
        self.seeds: list = []
        self.generating = 0.0

    def upto(self, count: int) -> list:
        """The first `count` seeds (fewer when hypothesis runs out of new ones)."""
        from fuzz_mutate import seed_pool

        count = min(count, self.size)
        while len(self.seeds) < count:
            chunks = -(-len(self.seeds) // self.chunk) if self.seeds else 0
            started = time.perf_counter()
            made = seed_pool(self.parser, min(self.chunk, self.size - chunks * self.chunk), hash_seed(self.seed, self.parser, chunks))
            self.generating += time.perf_counter() - started
            if not made:
                break
            self.seeds += made
        return self.seeds[:count]


def hash_seed(*parts) -> int:
    """A seed for hypothesis from several parts, the same in every process (unlike hash())."""
    import zlib

    return zlib.crc32("/".join(map(str, parts)).encode())


def run_mutants(name: str, plan: Plan, worker: int) -> Stats:
    """Seeds from the strategy and mutants of them (fuzz_mutate), this worker's share."""
    import fuzz_harness
    from fuzz_mutate import Pool, mutant
    from fuzz_strategies import TARGETS

    _, check = TARGETS[name]
    stats = Stats(name)
    every = spacing(plan)
    seeds = SeedPool(name, plan.seeds, plan.seed)
    started = time.perf_counter()
    stop = time.monotonic() + plan.seconds if plan.seconds else None
    pool = None
    k = worker
    while plan.examples is None or k < plan.examples:
        if _stopping or (stop is not None and time.monotonic() > stop):
            break
        kind, n = slot(k, plan.seeds, every)
        # the seeds placed up to input k, rounded up to whole chunks: the same in every worker
        have = seeds.upto(-(-(min(plan.seeds, k // every + 1)) // seeds.chunk) * seeds.chunk)
        if kind == "seed" and n >= len(have):
            kind, n = "mutant", k - len(have)  # hypothesis ran out of new seeds: a mutant instead
        if kind == "seed":
            value = have[n]
        else:
            if not have:
                break
            if pool is None or len(pool.seeds) != len(have):
                pool = Pool(name, have)
            value = mutant(pool, n, plan.seed)
        fuzz_harness.JUDGING.index = k
        outcome = check(value)
        stats.add(value, outcome, f"{kind} {n}")
        if stats.inputs % TRIM_EVERY == 0:
            _trim_cache()
        k += plan.workers
    stats.seconds = time.perf_counter() - started
    stats.generating = seeds.generating
    return stats


# -- the table -------------------------------------------------------------------------------------


def _share(part: float, whole: float) -> str:
    return f"{100 * part / whole:.0f} %" if whole else "-"


COLUMNS = (
    ("inputs", lambda s: f"{s.inputs:,}"),
    ("seeds", lambda s: f"{s.seeds:,}" if s.seeds or s.mutants else "-"),
    ("mutants", lambda s: f"{s.mutants:,}" if s.seeds or s.mutants else "-"),
    ("inputs/s", lambda s: f"{s.inputs / s.seconds:.1f}" if s.seconds else "-"),
    ("tracebacks", lambda s: str(s.kinds.get("traceback", 0))),
    ("internal errors", lambda s: str(s.kinds.get("internal-error", 0))),
    ("forged commands", lambda s: str(s.kinds.get("forged-command", 0))),
    ("other invariants", lambda s: str(sum(n for k, n in s.kinds.items() if k not in ("traceback", "internal-error", "forged-command", "hang")))),
    ("hangs", lambda s: str(s.kinds.get("hang", 0))),
    ("seeding", lambda s: f"{s.generating:.0f} s" if s.seeds or s.mutants else "-"),
    ("in openlint", lambda s: _share(s.checking, s.seconds * s.workers_seen) if s.seconds else "-"),
    ("cache hits", lambda s: _share(s.cache_hits, s.cache_loads)),
    ("schema-checked", lambda s: f"{s.validated:,}"),
    ("slowest", lambda s: f"{s.slowest[0]:.2f} s"),
    (f"over {SLOW:g} s", lambda s: str(s.slow)),
)


def table(all_stats: list[Stats]) -> str:
    head = ["parser"] + [c for c, _ in COLUMNS]
    rows = [[s.name] + [f(s) for _, f in COLUMNS] for s in all_stats]
    return _markdown(head, rows)


def formats_table(all_stats: list[Stats]) -> str:
    """Reports rendered, per parser and format."""
    from fuzz_harness import formats

    head = ["parser"] + formats()
    rows = [[s.name] + [f"{s.rendered.get(fmt, 0):,}" for fmt in formats()] for s in all_stats]
    return _markdown(head, rows)


def _markdown(head: list[str], rows: list[list[str]]) -> str:
    lines = ["| " + " | ".join(head) + " |", "|" + "|".join("---" for _ in head) + "|"]
    lines += ["| " + " | ".join(r) + " |" for r in rows]
    return "\n".join(lines)


def save(stats: Stats, folder: Path) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    for n, (sig, (_, value, detail)) in enumerate(sorted(stats.found.items())):
        name = f"{stats.name.replace('.', '_')}-{n:02d}.txt"
        label = f"# {stats.labels[sig]}\n" if sig in stats.labels else ""
        (folder / name).write_text(f"# {sig}\n# {stats.signature_counts[sig]} inputs\n{label}\n{value!r}\n\n{detail}\n", encoding="utf-8", errors="backslashreplace")
    for n, (seconds, _, value) in enumerate(stats.slow_inputs):
        name = f"{stats.name.replace('.', '_')}-slow-{n}.txt"
        (folder / name).write_text(f"# {seconds:.2f} s\n\n{value!r}\n", encoding="utf-8", errors="backslashreplace")


# -- the run ---------------------------------------------------------------------------------------


def _run_folder(wanted: str | None) -> str:
    """A folder of the run's own for the inputs and the cache, in memory when /dev/shm is there."""
    base = wanted
    if base is None and os.path.isdir("/dev/shm") and os.access("/dev/shm", os.W_OK):
        base = "/dev/shm"
    return tempfile.mkdtemp(prefix="openlint-fuzz-run-", dir=base)


def run(plan: Plan) -> list[Stats]:
    """Every parser's stats, the workers' counts merged."""
    if plan.workers <= 1:
        previous = signal.signal(signal.SIGINT, _stop)
        try:
            return worker_run(plan, 0)
        finally:
            signal.signal(signal.SIGINT, previous)
    shares = _run_workers(plan)
    results = shares[0]
    for stats in results:
        stats.workers_seen = plan.workers
    for share in shares[1:]:
        for stats, other in zip(results, share):
            stats.merge(other)
    return results


def _worker_main(plan: Plan, worker: int, results) -> None:
    _end_with_parent()
    signal.signal(signal.SIGINT, _stop)  # the first Ctrl-C: finish the input at hand, send the counts
    try:
        share = worker_run(plan, worker)
    except BaseException:  # noqa: BLE001 - told to the parent, which stops the run
        import traceback

        share = traceback.format_exc()
    results.put((worker, share))


def _end_with_parent() -> None:
    """A worker whose parent is gone (killed outright) gets SIGTERM (Linux; elsewhere it ends
    when its share is done)."""
    try:
        import ctypes

        ctypes.CDLL(None, use_errno=True).prctl(1, signal.SIGTERM)  # PR_SET_PDEATHSIG
    except (OSError, AttributeError):
        pass


def _run_workers(plan: Plan) -> list[list[Stats]]:
    import multiprocessing
    import queue

    # forked, so that each worker starts with the modules already imported (and a test's patches)
    context = multiprocessing.get_context("fork")
    results = context.Queue()
    workers = [context.Process(target=_worker_main, args=(plan, w, results), daemon=True) for w in range(plan.workers)]
    interrupts = []

    def interrupted(signum, frame):
        _stop(signum, frame)
        interrupts.append(signum)
        if len(interrupts) > 1:  # a second Ctrl-C: now
            raise KeyboardInterrupt
        for process in workers:  # as the terminal does, for a SIGINT sent to this process alone
            if process.pid and process.exitcode is None:
                os.kill(process.pid, signal.SIGINT)

    previous = signal.signal(signal.SIGINT, interrupted)
    shares: dict[int, object] = {}
    try:
        for process in workers:
            process.start()
        while len(shares) < plan.workers:
            try:
                worker, share = results.get(timeout=1.0)
            except queue.Empty:
                for n, process in enumerate(workers):
                    if n not in shares and process.exitcode not in (None, 0):
                        raise RuntimeError(f"fuzz worker {n} ended with exit code {process.exitcode}") from None
                continue
            if isinstance(share, str):
                raise RuntimeError(f"fuzz worker {worker} failed:\n{share}")
            shares[worker] = share
        for process in workers:
            process.join()
    finally:
        signal.signal(signal.SIGINT, previous)
        for process in workers:
            if process.exitcode is None:
                process.terminate()
                process.join()
    return [shares[n] for n in range(plan.workers)]


def main(argv: list[str] | None = None) -> int:
    from fuzz_strategies import TARGETS

    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--examples", type=int, default=None, help="inputs per parser (default 1000, or no limit with --seconds; or OPENLINT_FUZZ_EXAMPLES)")
    parser.add_argument("--seconds", type=float, default=None, help="stop each parser after this many seconds")
    parser.add_argument("--parser", action="append", choices=sorted(TARGETS), help="fuzz only this parser (repeatable)")
    parser.add_argument("--seed", type=int, default=None, help="a seed, to repeat a run (with --mutate or --workers, one is drawn and printed)")
    parser.add_argument("--save", type=Path, default=None, help="write the smallest input of each distinct problem to this folder")
    parser.add_argument("--workers", type=int, default=1, help="processes to split each parser's inputs over (default 1)")
    parser.add_argument("--mutate", action="store_true", help="make most inputs by mutating a pool of generated seeds")
    parser.add_argument("--seeds", type=int, default=1000, help="--mutate: seeds per parser (default 1000)")
    parser.add_argument("--judge", choices=("full", "light"), default=None, help="render and check every format (full) or a few in turn (light); default light with --mutate")
    parser.add_argument("--validate-every", type=int, default=20, help="light judging: validate the JSON report of every Nth input (default 20) and of each new shape")
    parser.add_argument("--tmp", default=None, help="where the run's folder goes (default /dev/shm when there is one)")
    args = parser.parse_args(argv)
    if args.workers < 1 or args.seeds < 1 or args.validate_every < 1:
        parser.error("--workers, --seeds and --validate-every take a number of at least 1")
    examples = args.examples
    if examples is None:
        examples = int(os.environ.get("OPENLINT_FUZZ_EXAMPLES") or 0) or (None if args.seconds else 1000)
    seed = args.seed
    if seed is None and (args.mutate or args.workers > 1):
        seed = random.randrange(2**31)
        print(f"seed {seed} (--seed {seed} repeats this run)", file=sys.stderr)
    folder = _run_folder(args.tmp)
    plan = Plan(
        parsers=args.parser or list(TARGETS),
        examples=examples,
        seconds=args.seconds,
        seed=seed,
        workers=args.workers,
        mutate=args.mutate,
        seeds=args.seeds,
        judge=args.judge or ("light" if args.mutate else "full"),
        validate_every=args.validate_every,
        folder=folder,
        own_cache=not os.environ.get("OPENLINT_CACHE_DIR"),  # a caller's cache folder is used as it is
    )
    started = time.perf_counter()
    try:
        results = run(plan)
    finally:
        shutil.rmtree(folder, ignore_errors=True)
    wall = time.perf_counter() - started
    for stats in results:
        if stats.signature_counts:
            print(f"{stats.name}:", file=sys.stderr)
        for sig, count in sorted(stats.signature_counts.items(), key=lambda item: -item[1]):
            print(f"  {count:>6}  {sig}", file=sys.stderr)
        if args.save:
            save(stats, args.save)
    total = sum(s.inputs for s in results)
    print(table(results))
    print()
    print("Reports rendered per format:\n")
    print(formats_table(results))
    print()
    if _stopping:
        print("(stopped early: the counts are of the inputs checked)")
    print(
        f"{total:,} inputs in {wall:.0f} s: {total / wall:.1f} inputs/s with {plan.workers} worker{'s' if plan.workers > 1 else ''}"
        f" ({plan.judge} judging{', mutants of ' + format(plan.seeds, ',') + ' seeds per parser' if plan.mutate else ''}"
        f"{', seed ' + str(seed) if seed is not None else ''})."
    )
    return 1 if any(s.kinds for s in results) else 0


if __name__ == "__main__":
    sys.exit(main())
