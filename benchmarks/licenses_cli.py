"""License identification per invocation: one command per file, as a user or a hook runs it.

benchmarks/licenses.py times both tools warm, inside one process each, so that only the work
on each file counts. This script times what a person pays to learn the license of one file:
a whole command. For every license-like file of the real-world corpus it runs

- `openlint check REPO`, where REPO is a temporary repository holding only that file (under
  its own name, or as LICENSE when openlint would not read a file of that name as a license):
  the whole check, which identifies the file and does the rest of a check too;
- `scancode --license --json OUT FILE`, ScanCode's command for the same question,

and prints the median wall time of each per file, the median over the files, and their ratio.

openlint starts every run from a copy of a cache that holds only openlint's own data (its
data files parsed and licenseclassifier's compiled program, as any installation has after its
first run), never a result about the file itself: each run identifies the file from scratch. ScanCode loads its prebuilt license index on every run, as
its command does. `--openlint` and `--scancode` name the commands (defaults: the `openlint`
next to this interpreter, /tmp/venv/scancode/bin/scancode; see benchmarks/README.md).

    /tmp/venv/dev/bin/python benchmarks/licenses_cli.py                       # all files, 1 ScanCode run each
    /tmp/venv/dev/bin/python benchmarks/licenses_cli.py --rounds 9 --scancode-rounds 3
    /tmp/venv/dev/bin/python benchmarks/licenses_cli.py --limit 5              # the first 5 files

ScanCode takes about 13 s and 1.4 GB per run, so the default run takes several minutes.
Exit status: 0 (also when the corpus is missing: "skipped"), 2 when a command failed.
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from licenses import DEFAULT_CORPUS, REPO, find_files

DEFAULT_SCANCODE = Path("/tmp/venv/scancode/bin/scancode")
ENV = {k: v for k, v in os.environ.items() if k not in ("OPENLINT_NO_CACHE", "PYTHONDONTWRITEBYTECODE")}


def wall(cmd: list[str], env: dict) -> float:
    start = time.perf_counter()
    done = subprocess.run(cmd, stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, env=env)
    elapsed = time.perf_counter() - start
    if done.returncode not in (0, 1):
        sys.exit(f"licenses_cli.py: {' '.join(cmd)} failed ({done.returncode}): {done.stderr.decode()[-400:]}")
    return elapsed


def time_openlint(openlint: str, source: Path, scratch: Path, seed: Path, rounds: int) -> float:
    repo = scratch / "repo"
    shutil.rmtree(repo, ignore_errors=True)
    repo.mkdir()
    shutil.copyfile(source, repo / read_as(source.name))
    times = []
    for _ in range(rounds):
        cache = scratch / "cache"
        shutil.rmtree(cache, ignore_errors=True)
        shutil.copytree(seed, cache)  # openlint's own data only: the file is new to it
        times.append(wall([openlint, "check", "--exit-zero", str(repo)], {**ENV, "OPENLINT_CACHE_DIR": str(cache)}))
    return statistics.median(times)


def read_as(name: str) -> str:
    """The file's name, or LICENSE when `openlint check` would not read a file so named as a
    license (qwen/NOTICE): the run must identify the text, not skip it."""
    from openlint.inputs.discover import is_license_name

    return name if is_license_name(name) else "LICENSE"


def time_scancode(scancode: str, source: Path, scratch: Path, rounds: int) -> float:
    out = scratch / "scancode.json"
    return statistics.median(wall([scancode, "--license", "--quiet", "--json", str(out), str(source)], ENV) for _ in range(rounds))


def seed_cache(openlint: str, scratch: Path) -> Path:
    """A cache holding openlint's own data, made by checking a repository whose license file is a
    line of our own: the first file openlint identifies makes it store licenseclassifier's
    program (nothing in it comes from that file), as any installation's first run does."""
    repo, seed = scratch / "seed-repo", scratch / "seed-cache"
    repo.mkdir()
    (repo / "README.md").write_text("---\nlicense: mit\n---\n# Seed\n\nA repository to fill the cache.\n")
    (repo / "LICENSE").write_text("Copyright 2026 The seed authors. All rights reserved.\n")
    wall([openlint, "check", "--exit-zero", str(repo)], {**ENV, "OPENLINT_CACHE_DIR": str(seed)})
    return seed


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS, help="relative paths are taken from the repository root")
    parser.add_argument("--openlint", default=str(Path(sys.executable).with_name("openlint")))
    parser.add_argument("--scancode", default=str(DEFAULT_SCANCODE))
    parser.add_argument("--rounds", type=int, default=5, help="openlint runs per file (median)")
    parser.add_argument("--scancode-rounds", type=int, default=1, help="ScanCode runs per file (median)")
    parser.add_argument("--limit", type=int, help="time only the first N files")
    args = parser.parse_args()

    corpus = args.corpus if args.corpus.is_absolute() else (REPO / args.corpus).resolve()
    if not corpus.is_dir():
        print(f"skipped: no corpus at {corpus}")
        return 0
    for name, command in (("openlint", args.openlint), ("ScanCode", args.scancode)):
        if not shutil.which(command):
            print(f"licenses_cli.py: no {name} command at {command}", file=sys.stderr)
            return 2
    files = find_files(corpus)[: args.limit]
    scratch = Path(tempfile.mkdtemp(prefix="openlint-licenses-cli-"))
    try:
        seed = seed_cache(args.openlint, scratch)
        rows = []
        for rel in files:
            ours = time_openlint(args.openlint, corpus / rel, scratch, seed, args.rounds)
            theirs = time_scancode(args.scancode, corpus / rel, scratch, args.scancode_rounds)
            rows.append((rel, ours, theirs))
            print(f"{rel}: openlint {ours * 1000:.0f} ms, ScanCode {theirs * 1000:.0f} ms", file=sys.stderr)
    finally:
        shutil.rmtree(scratch, ignore_errors=True)

    print(f"{len(rows)} files; openlint: median of {args.rounds} runs each; ScanCode: median of {args.scancode_rounds}\n")
    print("| file | openlint ms | ScanCode ms | ratio |")
    print("|---|---:|---:|---:|")
    for rel, ours, theirs in rows:
        print(f"| {rel} | {ours * 1000:.0f} | {theirs * 1000:.0f} | {theirs / ours:.0f}× |")
    ours_median = statistics.median(r[1] for r in rows)
    theirs_median = statistics.median(r[2] for r in rows)
    print(f"\nmedian per file: openlint {ours_median * 1000:.0f} ms, ScanCode {theirs_median * 1000:.0f} ms: "
          f"{theirs_median / ours_median:.0f}× (target ≥ 100×: {'met' if theirs_median / ours_median >= 100 else 'MISSED'})")
    print(f"slowest openlint file {max(r[1] for r in rows) * 1000:.0f} ms; fastest ScanCode file {min(r[2] for r in rows) * 1000:.0f} ms")
    return 0


if __name__ == "__main__":
    sys.exit(main())
