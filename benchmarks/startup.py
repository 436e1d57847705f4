"""Start-up benchmark: how much slower is `openlint check` than `python -c pass`?

openlint runs as a pre-commit hook on every commit, so its wall time on a small repository
is dominated by interpreter start-up and imports. This script times, interleaved and in a
shuffled order each round, the bare interpreter and the openlint console script next to it,
and prints the medians with their ratio to the bare interpreter.

    python benchmarks/startup.py                      # examples/open-model, 30 rounds
    python benchmarks/startup.py --rounds 50 --repo path/to/model-repo
    python benchmarks/startup.py --repo fixture       # a generated repository instead
    python benchmarks/startup.py --repo largest-readmes   # the corpus releases with the largest READMEs
    python benchmarks/startup.py --cold               # add a first check of REPO and a cache-off row
    python benchmarks/startup.py --python /path/to/venv/bin/python
    python benchmarks/startup.py --compare /path/to/previous/venv/bin/python   # interleaved, change per row

Exit status: 0 when every command ran (findings are fine), 2 when one could not be run.
See benchmarks/README.md for how to read the table.
"""

from __future__ import annotations

import argparse
import os
import random
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

README = """\
---
license: apache-2.0
library_name: transformers
pipeline_tag: text-generation
language:
  - en
tags:
  - text-generation
  - benchmark-fixture
---

# tiny-open-model

A small model repository used to time openlint. Everything it needs is in this folder.
"""

# A short notice, not a license text: the check reads the license id from the card and openness.toml.
LICENSE = """\
tiny-open-model
Copyright the tiny-open-model authors.

This repository is made available under the Apache License, Version 2.0
(SPDX-License-Identifier: Apache-2.0). The full terms are published by the
Apache Software Foundation.
"""

# Every component OSAID 1.0 requires (data information through the data card), each at a real path.
OPENNESS = """\
format = 1

[release]
name = "tiny-open-model"
version = "0.1"
producer = "The tiny-open-model authors"
type = "language"
claim = "open-source-ai"

[release.license]
distribution = "Apache-2.0"

[components.model-architecture]
path = "src/model.py"

[components.data-preprocessing-code]
path = "src/preprocess.py"

[components.training-code]
path = ["src/train.py", "configs/train.json"]

[components.inference-code]
path = "src/infer.py"

[components.supporting-libraries-and-tools]
path = "src/tokenizer.py"

[components.model-parameters-final]
path = "model.safetensors"

[components.data-card]
path = "DATA_CARD.md"
description = "Where the training text came from and how it was filtered."

[components.model-card]
path = "README.md"
"""

FILES = {
    "README.md": README,
    "LICENSE": LICENSE,
    "openness.toml": OPENNESS,
    "DATA_CARD.md": "# Data card\n\nTraining text: a public-domain corpus, deduplicated and filtered by language.\n",
    "configs/train.json": '{"lr": 0.001, "steps": 100}\n',
    "src/model.py": "class TinyModel:\n    pass\n",
    "src/preprocess.py": "def clean(text):\n    return text.strip()\n",
    "src/train.py": "def train():\n    pass\n",
    "src/infer.py": "def generate(prompt):\n    return prompt\n",
    "src/tokenizer.py": "def tokenize(text):\n    return text.split()\n",
}


def make_fixture(root: Path) -> Path:
    for rel, text in FILES.items():
        path = root / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
    (root / "model.safetensors").write_bytes(b"\x08\x00\x00\x00\x00\x00\x00\x00{}      ")
    return root


def console_script(python: str, name: str) -> str | None:
    """The console script installed next to `python` (bin/ on POSIX, Scripts/ on Windows)."""
    folder = Path(python).parent
    for candidate in (folder / name, folder / f"{name}.exe"):
        if candidate.exists():
            return str(candidate)
    return None


# An installed hook environment has bytecode caches. With PYTHONDONTWRITEBYTECODE set, an editable
# install would recompile openlint on every run instead, so let the first (untimed) run write them.
ENV = {k: v for k, v in os.environ.items() if k not in ("PYTHONDONTWRITEBYTECODE", "OPENLINT_NO_CACHE")}
COLD_ENV = {**ENV, "OPENLINT_NO_CACHE": "1"}
OPEN_EXAMPLE = Path(__file__).resolve().parent.parent / "examples" / "open-model"


def seeded_cache(openlint: str, tmp: Path) -> Path:
    """A cache holding only openlint's own data (its data files parsed, patterns compiled, the
    SPDX table): made by checking a repository whose files differ from every benchmarked one."""
    seed_repo = make_fixture(tmp / "seed-repo")
    for name, extra in (("README.md", "\nSeed is a fully open-source model.\n"), ("openness.toml", "# seed\n"), ("LICENSE", "\n")):
        with open(seed_repo / name, "a", encoding="utf-8") as handle:
            handle.write(extra)
    seed = tmp / "seed-cache"
    subprocess.run([openlint, "check", str(seed_repo)], stdout=subprocess.DEVNULL, env={**ENV, "OPENLINT_CACHE_DIR": str(seed)})
    return seed


def wall_ms(cmd: list[str], env: dict = ENV, before=None) -> float:
    if before is not None:
        before()  # untimed
    start = time.perf_counter()
    subprocess.run(cmd, stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=env)
    return (time.perf_counter() - start) * 1000


def largest_readmes(count: int = 3) -> list[str]:
    """The corpus releases (../shared/corpus/real) with the largest README or model card."""
    corpus = Path(__file__).resolve().parent.parent.parent / "shared" / "corpus" / "real"
    sizes = {}
    for path in corpus.glob("*/*.md"):
        if path.name.lower().startswith("readme") or "card" in path.name.lower():
            sizes[path.parent] = max(sizes.get(path.parent, 0), path.stat().st_size)
    return [str(p) for p, _ in sorted(sizes.items(), key=lambda item: -item[1])[:count]]


def openlint_rows(openlint: str, repos: list[str], tmp: Path, cold: bool, version: bool) -> dict:
    """The openlint commands to time for one environment, each with a cache of its own."""
    own = tmp / f"cache-{abs(hash(openlint))}"
    own.mkdir()
    warm_env = {**ENV, "OPENLINT_CACHE_DIR": str(own / "warm")}
    rows = {}
    if version:
        rows["`openlint --version`"] = ([openlint, "--version"], warm_env, None)
    for repo in repos:
        label = "`openlint check REPO`" if len(repos) == 1 else f"`openlint check {Path(repo).name}`"
        rows[label] = ([openlint, "check", repo], warm_env, None)
    repo = repos[0]
    if cold:
        seed, fresh = seeded_cache(openlint, own), own / "fresh-cache"

        def fresh_copy() -> None:  # every run finds openlint's data and nothing about REPO
            shutil.rmtree(fresh, ignore_errors=True)
            shutil.copytree(seed, fresh)

        rows["`openlint check REPO`, first check of REPO"] = ([openlint, "check", repo], {**ENV, "OPENLINT_CACHE_DIR": str(fresh)}, fresh_copy)
        rows["`openlint check REPO`, cache off"] = ([openlint, "check", repo], COLD_ENV, None)
    return rows


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--rounds", type=int, default=30, help="timed rounds, each runs every command once (default 30, min 20)")
    parser.add_argument(
        "--repo",
        action="append",
        help="repository to check, repeatable (default: examples/open-model; `fixture`: one generated in a temporary folder; "
        "`largest-readmes`: the three corpus releases with the largest READMEs)",
    )
    parser.add_argument("--cold", action="store_true", help="also time a first check of the repository (nothing about it cached) and a check with the cache off")
    parser.add_argument("--python", default=sys.executable, help="interpreter of the environment to time (default: this one)")
    parser.add_argument(
        "--compare", metavar="PYTHON", help="also time the openlint of this environment (e.g. the previous release), interleaved, and print the change per row"
    )
    parser.add_argument("--no-version", action="store_true", help="leave out the `openlint --version` row")
    args = parser.parse_args(argv)
    if args.rounds < 20:
        parser.error("--rounds must be at least 20: fewer gives medians that move by more than the effects measured")

    envs = {"": args.python} | ({" [compare]": args.compare} if args.compare else {})
    scripts = {tag: console_script(python, "openlint") for tag, python in envs.items()}
    for tag, script in scripts.items():
        if script is None:
            print(f"startup.py: no openlint console script next to {envs[tag]}", file=sys.stderr)
            return 2
    with tempfile.TemporaryDirectory(prefix="openlint-bench-") as tmp:
        repos = []
        for repo in args.repo or [str(OPEN_EXAMPLE)]:
            repos += [str(make_fixture(Path(tmp)))] if repo == "fixture" else largest_readmes() if repo == "largest-readmes" else [repo]
        commands = {"`python -c pass` (baseline)": ([args.python, "-c", "pass"], ENV, None)}
        for tag, script in scripts.items():
            rows = openlint_rows(script, repos, Path(tmp), args.cold, not args.no_version)
            commands.update({label + tag: row for label, row in rows.items()})

        # Check once, with output, that everything runs: exit 1 (findings) is fine, other codes are not.
        # This run also fills the cache that a hook run on an unchanged repository uses.
        for label, (cmd, env, before) in commands.items():
            if before is not None:
                before()
            done = subprocess.run(cmd, capture_output=True, text=True, env=env)
            if done.returncode not in (0, 1):
                print(f"startup.py: {label} failed with exit code {done.returncode}:\n{done.stderr}", file=sys.stderr)
                return 2
            if label.startswith("`openlint check") and done.returncode == 1:
                print(f"note: {label} reported findings", file=sys.stderr)

        times: dict[str, list[float]] = {label: [] for label in commands}
        labels = list(commands)
        for _ in range(args.rounds):
            for label in random.sample(labels, len(labels)):  # shuffled: drift hits every row alike
                times[label].append(wall_ms(*commands[label]))

    version = subprocess.run([args.python, "-c", "import sys; print(sys.version.split()[0])"], capture_output=True, text=True)
    print(f"{args.rounds} interleaved rounds; {args.python} (Python {version.stdout.strip()}); repos: {', '.join(repos)}")
    if args.compare:
        print(f"compared with {args.compare}: its rows are marked [compare]; the last column is this row's median over its twin's")
    print()
    print("| command | median ms | p25–p75 ms | × baseline (ratio of medians) |" + (" × [compare] |" if args.compare else ""))
    print("|---|---:|---:|---:|" + ("---:|" if args.compare else ""))
    base = statistics.median(times[labels[0]])
    for label in labels:
        q1, _, q3 = statistics.quantiles(times[label], n=4)
        median = statistics.median(times[label])
        twin = label + " [compare]"
        change = f" {median / statistics.median(times[twin]):.3f} |" if twin in times else (" |" if args.compare else "")
        print(f"| {label} | {median:.1f} | {q1:.1f}–{q3:.1f} | {median / base:.2f} |{change}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
