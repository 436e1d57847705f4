"""Long fuzz runs of the five parsers a pull request controls, outside pytest, with figures.

The inputs come from the strategies of the fuzz tests (tests/fuzz/fuzz_strategies.py) and each
is checked by the same harness (tests/fuzz/fuzz_harness.py): the whole command line in-process,
every output format, the runner's view of every line. Unlike the tests, a run does not stop at
the first problem: it counts them all, per parser and per kind, and keeps the smallest input of
each distinct problem.

    python benchmarks/fuzz.py                          # 1,000 inputs per parser
    python benchmarks/fuzz.py --examples 100000        # the long run (or OPENLINT_FUZZ_EXAMPLES)
    python benchmarks/fuzz.py --seconds 240 --parser mot --parser license
    python benchmarks/fuzz.py --save /tmp/fuzz-found   # write each problem's smallest input there

Printed per parser: inputs, inputs/s, tracebacks, internal errors, forged commands, the other
broken invariants, the slowest input and how many took over 1 s. Exit status 1 when any
problem was found. Each input runs under the harness's watchdog (OPENLINT_FUZZ_TIMEOUT
seconds, OPENLINT_FUZZ_MEMORY_MB of address space), so a stalling input is counted as a hang.
"""

from __future__ import annotations

import argparse
import os
import re
import shutil
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
TESTS = HERE.parent / "tests"
sys.path[:0] = [str(TESTS), str(TESTS / "fuzz")]

SLOW = 1.0  # seconds: an input slower than this is counted


class TimeUp(BaseException):
    """Ends a parser's run when its time is spent (not an Exception, so hypothesis lets it out)."""


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
        self.seconds = 0.0
        self.kinds: dict[str, int] = {}
        self.slowest = (0.0, None)
        self.slow = 0
        self.slow_inputs: list[tuple[float, int, object]] = []  # the slowest few, for --save
        self.checking = 0.0  # seconds spent in openlint (the rest is generating and writing inputs)
        self.found: dict[str, tuple[int, object, str]] = {}  # signature -> (size, input, detail)
        self.signature_counts: dict[str, int] = {}

    def add(self, value, outcome) -> None:
        self.inputs += 1
        self.checking += outcome.seconds
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


def run_parser(name: str, examples: int, seconds: float | None, seed: int | None) -> Stats:
    from fuzz_strategies import TARGETS
    from hypothesis import HealthCheck, Phase, given, settings
    from hypothesis import seed as fixed_seed

    strategy, check = TARGETS[name]
    stats = Stats(name)
    stop = time.monotonic() + seconds if seconds else None

    @settings(
        max_examples=examples,
        phases=[Phase.generate],
        database=None,
        deadline=None,
        suppress_health_check=list(HealthCheck),
    )
    @given(strategy())
    def probe(value):
        if stop is not None and time.monotonic() > stop:
            raise TimeUp
        outcome = check(value)
        stats.add(value, outcome)
        if stats.inputs % 2000 == 0:
            _empty_cache()

    if seed is not None:
        probe = fixed_seed(seed)(probe)
    started = time.perf_counter()
    from hypothesis.reporting import with_reporter

    try:
        with with_reporter(lambda *args: None):  # hypothesis would print a seed for the TimeUp it sees
            probe()
    except TimeUp:
        pass
    stats.seconds = time.perf_counter() - started
    return stats


def _empty_cache() -> None:
    """Fuzz inputs are all new: keep the run's cache folder from growing without bound."""
    folder = os.environ.get("OPENLINT_CACHE_DIR")
    if folder and os.path.basename(folder).startswith("openlint-fuzz-cache"):
        shutil.rmtree(folder, ignore_errors=True)


COLUMNS = (
    ("inputs", lambda s: f"{s.inputs:,}"),
    ("inputs/s", lambda s: f"{s.inputs / s.seconds:.1f}" if s.seconds else "-"),
    ("tracebacks", lambda s: str(s.kinds.get("traceback", 0))),
    ("internal errors", lambda s: str(s.kinds.get("internal-error", 0))),
    ("forged commands", lambda s: str(s.kinds.get("forged-command", 0))),
    ("other invariants", lambda s: str(sum(n for k, n in s.kinds.items() if k not in ("traceback", "internal-error", "forged-command", "hang")))),
    ("hangs", lambda s: str(s.kinds.get("hang", 0))),
    ("in openlint", lambda s: f"{100 * s.checking / s.seconds:.0f} %" if s.seconds else "-"),
    ("slowest", lambda s: f"{s.slowest[0]:.2f} s"),
    (f"over {SLOW:g} s", lambda s: str(s.slow)),
)


def table(all_stats: list[Stats]) -> str:
    head = ["parser"] + [c for c, _ in COLUMNS]
    rows = [[s.name] + [f(s) for _, f in COLUMNS] for s in all_stats]
    lines = ["| " + " | ".join(head) + " |", "|" + "|".join("---" for _ in head) + "|"]
    lines += ["| " + " | ".join(r) + " |" for r in rows]
    return "\n".join(lines)


def save(stats: Stats, folder: Path) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    for n, (sig, (_, value, detail)) in enumerate(sorted(stats.found.items())):
        name = f"{stats.name.replace('.', '_')}-{n:02d}.txt"
        (folder / name).write_text(f"# {sig}\n# {stats.signature_counts[sig]} inputs\n\n{value!r}\n\n{detail}\n", encoding="utf-8", errors="backslashreplace")
    for n, (seconds, _, value) in enumerate(stats.slow_inputs):
        name = f"{stats.name.replace('.', '_')}-slow-{n}.txt"
        (folder / name).write_text(f"# {seconds:.2f} s\n\n{value!r}\n", encoding="utf-8", errors="backslashreplace")


def main(argv: list[str] | None = None) -> int:
    from fuzz_strategies import TARGETS

    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--examples", type=int, default=int(os.environ.get("OPENLINT_FUZZ_EXAMPLES") or 1000), help="inputs per parser (default 1000)")
    parser.add_argument("--seconds", type=float, default=None, help="stop each parser after this many seconds")
    parser.add_argument("--parser", action="append", choices=sorted(TARGETS), help="fuzz only this parser (repeatable)")
    parser.add_argument("--seed", type=int, default=None, help="a seed, to repeat a run")
    parser.add_argument("--save", type=Path, default=None, help="write the smallest input of each distinct problem to this folder")
    args = parser.parse_args(argv)
    import warnings

    # hypothesis warns when it builds the repr of a strategy holding long sample strings
    warnings.filterwarnings("ignore", "Generating overly large repr")

    cache = None
    if not os.environ.get("OPENLINT_CACHE_DIR"):  # never the user's cache: a folder of this run's own
        cache = tempfile.mkdtemp(prefix="openlint-fuzz-cache")
        os.environ["OPENLINT_CACHE_DIR"] = cache
    results = []
    try:
        for name in args.parser or list(TARGETS):
            print(f"fuzzing {name}: {args.examples:,} inputs" + (f" or {args.seconds:g} s" if args.seconds else ""), file=sys.stderr, flush=True)
            stats = run_parser(name, args.examples, args.seconds, args.seed)
            results.append(stats)
            for sig, count in sorted(stats.signature_counts.items(), key=lambda item: -item[1]):
                print(f"  {count:>6}  {sig}", file=sys.stderr)
            if args.save:
                save(stats, args.save)
    finally:
        if cache:
            shutil.rmtree(cache, ignore_errors=True)
    print(table(results))
    return 1 if any(s.kinds for s in results) else 0


if __name__ == "__main__":
    sys.exit(main())
