"""Batch throughput: repositories per second for `openlint check --jobs 1` and `--jobs 2`.

Generates N synthetic model repositories (a model card, a LICENSE, a weight file, a source
file and, for every other one, an openness.toml), then runs one `openlint check` over all of
them with `--output-format json-lines`, for each N and each job count, and prints
repositories per second, whether the time grows linearly with N, and the gain from the
second core. With `--content sized` (the default) the LICENSE (about 11 KB) and the card
(about 11 KB, with a claim in every third) have the size of real ones, in words written for
this benchmark; `--content tiny` makes them a few lines each, so fixed costs weigh more.

    python benchmarks/batch.py                       # N = 1,000 and 10,000; --jobs 1 and 2
    python benchmarks/batch.py --sizes 200 2000 --repeat 3
    python benchmarks/batch.py --cache off           # OPENLINT_NO_CACHE=1: openlint's own data too
    python benchmarks/batch.py --content tiny        # files of a few lines

Every repository's files are unique (its number is in each of them), so no repository can be
answered from openlint's cache. By default each timed run starts from a cache that holds only
what any installation has after its first run (openlint's data files parsed, compiled
patterns, the SPDX table): a copy of one made by checking an unrelated repository. With
`--cache off` nothing is cached at all, so every run also parses openlint's own data.
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

# Sentences for the "sized" repositories, written for this benchmark. They only have to be
# text of the size and shape of real files: real LICENSE files run to about 11 KB and real
# model cards to 7-75 KB (../shared/corpus/real), while the "tiny" files are a few lines.
TERMS = [
    "The provider of the synthetic model grants every recipient permission to run, study and change it.",
    "A recipient who passes the model on keeps this notice and the list of changes with every copy.",
    "Nothing in these terms limits what a recipient may do with outputs that the model generates.",
    "The provider makes no promise that the model is fit for any purpose and accepts no liability for it.",
    "These terms end for a recipient who breaks them, and the recipient then deletes every copy held.",
    "A contribution sent to the provider is offered under these same terms unless its sender says otherwise.",
    "Names and marks of the provider are not licensed by these terms beyond describing where the model came from.",
]
PROSE = [
    "The model was trained on a mixture of filtered web text, reference works and source code.",
    "Evaluation covers reading comprehension, arithmetic word problems and short code completion.",
    "Checkpoints were saved every ten thousand steps and the final weights are published here.",
    "The tokenizer uses a byte-level vocabulary of fifty thousand entries shared with earlier releases.",
    "Known limitations include factual errors on recent events and uneven quality across languages.",
    "Compared with other open models of its size it is slower at inference but uses less memory.",
]


def sized_license(i: int) -> str:
    lines = [f"Synthetic Benchmark Model Terms, revision {i % 7}", "", f"Copyright 2026 Bench {i}", ""]
    for section in range(1, 37):
        lines.append(f"{section}. Section {section}")
        lines += [TERMS[(section + k) % len(TERMS)] for k in range(3)] + [""]
    return "\n".join(lines)


def sized_card_body(i: int) -> str:
    parts = [f"# Synthetic model {i}", ""]
    if i % 3 == 0:
        parts += [f"Synthetic-{i} is a fully open-source model for the batch benchmark.", ""]
    for heading in ("Model details", "Training", "Evaluation", "Limitations", "Usage"):
        parts += [f"## {heading}", ""] + [" ".join(PROSE[(i + k + j) % len(PROSE)] for j in range(3)) + "\n" for k in range(8)]
        if heading == "Evaluation":
            parts += ["| Task | Score |", "|---|---:|"] + [f"| task-{k} | {(i * 7 + k) % 100} |" for k in range(12)] + [""]
        if heading == "Usage":
            parts += ["```python", "from bench import load", f"model = load('bench/synthetic-{i}')", "print(model('Hello'))", "```", ""]
    return "\n".join(parts)


def make_repo(root: Path, i: int, sized: bool = True) -> None:
    license_id = LICENSES[i % len(LICENSES)]
    hub = license_id.lower()
    (root / "src").mkdir(parents=True)
    (root / "src" / "model.py").write_text("class Model: ...\n")
    body = sized_card_body(i) if sized else f"# Synthetic model {i}\n\nA model for the batch benchmark.\n"
    (root / "README.md").write_text(
        f"---\nlicense: {hub}\ndatasets:\n- bench/corpus-{i}\ntags:\n- text-generation\n{'- open-source' if i % 3 == 0 else ''}\n---\n{body}"
    )
    if sized:
        (root / "LICENSE").write_text(sized_license(i))
    else:
        (root / "LICENSE").write_text(f"Copyright 2026 Bench {i}\nSPDX-License-Identifier: {license_id if '-' in license_id else 'MIT'}\n")
    (root / "model.safetensors").write_text("version https://git-lfs.github.com/spec/v1\noid sha256:" + "0" * 64 + "\nsize 1\n")
    if i % 2 == 0:
        (root / "openness.toml").write_text(
            f'format = 1\n[release]\nname = "bench-{i}"\n[release.license]\ndistribution = "{license_id if "-" in license_id else "MIT"}"\n'
            '[components.model-architecture]\npath = "src"\n[components.model-parameters-final]\npath = "model.safetensors"\n'
        )


def generate(base: Path, n: int, sized: bool) -> list[str]:
    paths = []
    for i in range(n):
        root = base / f"repo{i:05d}"
        make_repo(root, i, sized)
        paths.append(str(root))
    return paths


def seed_cache(openlint: str, base: Path) -> Path:
    """A cache folder holding openlint's own data, made by checking one unrelated repository."""
    seed = base / "seed-cache"
    make_repo(base / "seed-repo", 10**6, sized=True)
    env = {k: v for k, v in os.environ.items() if k != "OPENLINT_NO_CACHE"}
    subprocess.run([openlint, "check", "--exit-zero", str(base / "seed-repo")], stdout=subprocess.DEVNULL, env={**env, "OPENLINT_CACHE_DIR": str(seed)}, check=True)
    return seed


def run(openlint: str, paths: list[str], jobs: int, seed: Path | None) -> float:
    # The paths go through xargs-free argv; 10,000 short paths fit in ARG_MAX.
    env = {k: v for k, v in os.environ.items() if k != "OPENLINT_NO_CACHE"}
    if seed is None:
        env["OPENLINT_NO_CACHE"] = "1"
    else:  # a fresh copy each run (a run over many repositories stores nothing about them, but
        # this keeps that from mattering)
        cache = seed.with_name("run-cache")
        shutil.rmtree(cache, ignore_errors=True)
        shutil.copytree(seed, cache)
        env["OPENLINT_CACHE_DIR"] = str(cache)
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
    parser.add_argument("--cache", choices=["warm", "off"], default="warm", help="what the cache holds when a run starts (see above)")
    parser.add_argument("--content", choices=["sized", "tiny"], default="sized", help="files the size of real ones, or a few lines each (see above)")
    args = parser.parse_args()

    base = Path(tempfile.mkdtemp(prefix="openlint-batch-"))
    try:
        rows = {}
        seed = seed_cache(args.openlint, base) if args.cache == "warm" else None
        for n in args.sizes:
            paths = generate(base / str(n), n, args.content == "sized")
            for jobs in args.jobs:
                times = [run(args.openlint, paths, jobs, seed) for _ in range(args.repeat)]
                rows[(n, jobs)] = statistics.median(times)
        what = "openlint's own data only" if seed else "off"
        print(f"{os.cpu_count()} CPUs; median of {args.repeat} runs; cache: {what}; content: {args.content}\n")
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
