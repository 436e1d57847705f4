"""Batch throughput: repositories per second for `openlint check --jobs 1` and `--jobs 2`.

Generates N small synthetic model repositories (a card, a license notice, an openness.toml,
a few files), then runs one `openlint check` over all of them with `--output-format
json-lines`, for each N and each job count, and prints repositories per second, whether the
time grows linearly with N, and the gain from the second core.

    python benchmarks/batch.py                       # N = 1,000 and 10,000; --jobs 1 and 2
    python benchmarks/batch.py --sizes 200 2000 --repeat 3
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

LICENSES = ["Apache-2.0", "MIT", "CC-BY-NC-4.0", "llama3"]


def make_repo(root: Path, i: int) -> None:
    license_id = LICENSES[i % len(LICENSES)]
    hub = license_id.lower()
    (root / "src").mkdir(parents=True)
    (root / "src" / "model.py").write_text("class Model: ...\n")
    (root / "README.md").write_text(
        f"---\nlicense: {hub}\ntags:\n- text-generation\n{'- open-source' if i % 3 == 0 else ''}\n---\n# Synthetic model {i}\n\nA model for the batch benchmark.\n"
    )
    (root / "LICENSE").write_text(f"Copyright 2026 Bench {i}\nSPDX-License-Identifier: {license_id if '-' in license_id else 'MIT'}\n")
    (root / "model.safetensors").write_text("version https://git-lfs.github.com/spec/v1\noid sha256:" + "0" * 64 + "\nsize 1\n")
    if i % 2 == 0:
        (root / "openness.toml").write_text(
            f'format = 1\n[release]\nname = "bench-{i}"\n[release.license]\ndistribution = "{license_id if "-" in license_id else "MIT"}"\n'
            '[components.model-architecture]\npath = "src"\n[components.model-parameters-final]\npath = "model.safetensors"\n'
        )


def generate(base: Path, n: int) -> list[str]:
    paths = []
    for i in range(n):
        root = base / f"repo{i:05d}"
        make_repo(root, i)
        paths.append(str(root))
    return paths


def run(openlint: str, paths: list[str], jobs: int) -> float:
    # The paths go through xargs-free argv; 10,000 short paths fit in ARG_MAX.
    env = dict(os.environ, OPENLINT_NO_CACHE="1")  # measure the work, not the cache
    start = time.perf_counter()
    done = subprocess.run(
        [openlint, "check", "--jobs", str(jobs), "--output-format", "json-lines", "--exit-zero", *paths],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        env=env,
    )
    elapsed = time.perf_counter() - start
    if done.returncode != 0:
        sys.exit(f"openlint failed: {done.stderr.decode()[-500:]}")
    return elapsed


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[1000, 10000])
    parser.add_argument("--jobs", type=int, nargs="+", default=[1, 2])
    parser.add_argument("--repeat", type=int, default=3, help="runs per cell; the median is reported")
    parser.add_argument("--openlint", default=str(Path(sys.executable).with_name("openlint")))
    args = parser.parse_args()

    base = Path(tempfile.mkdtemp(prefix="openlint-batch-"))
    try:
        rows = {}
        for n in args.sizes:
            paths = generate(base / str(n), n)
            for jobs in args.jobs:
                times = [run(args.openlint, paths, jobs) for _ in range(args.repeat)]
                rows[(n, jobs)] = statistics.median(times)
        print(f"{os.cpu_count()} CPUs; median of {args.repeat} runs; cache off\n")
        print("| repositories | --jobs | seconds | repositories/s |")
        print("|---:|---:|---:|---:|")
        for (n, jobs), seconds in rows.items():
            print(f"| {n:,} | {jobs} | {seconds:.2f} | {n / seconds:,.0f} |")
        print()
        small, large = min(args.sizes), max(args.sizes)
        for jobs in args.jobs:
            if small != large:
                per_small = rows[(small, jobs)] / small
                per_large = rows[(large, jobs)] / large
                print(f"--jobs {jobs}: time per repository at N={large:,} is {per_large / per_small:.2f}x that at N={small:,} (1.00 = linear)")
        if 1 in args.jobs and 2 in args.jobs:
            for n in args.sizes:
                print(f"N={n:,}: --jobs 2 is {rows[(n, 1)] / rows[(n, 2)]:.2f}x faster than --jobs 1")
    finally:
        shutil.rmtree(base, ignore_errors=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
