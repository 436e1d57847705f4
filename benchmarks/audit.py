"""`openlint audit` at scale: cards/s and peak memory for N Hub-like cards, one and two processes
and a two-worker Dask LocalCluster (issue 17).

    python benchmarks/audit.py                          # N = 10,000 and 100,000, every engine
    python benchmarks/audit.py --sizes 2000 --engines serial pool

The cards are made from the corpus texts (../shared/corpus/readmes, ../shared/corpus/real), never
committed: each row is one corpus README or model card, drawn at random (so sizes, languages
and the claims they make are the corpus's own), given a unique model id and a last line naming
it (no two cards are the same text, as on the Hub). The proportions the corpus does not give:
- front matter: a card without one (three quarters of the corpus READMEs) gets `license:` drawn
  as LICENSES below; a card with one keeps its own;
- LICENSES: apache-2.0 40 %, mit 15 %, none 10 %, other 10 %, cc-by-nc-4.0 8 %, llama3.1 7 %,
  gemma 5 %, openrail 5 % (the shape of the Hub's license tags: Apache and MIT first, a long tail);
- gating: 5 % of the cards ask for access (`extra_gated_prompt` and a form with a country field);
- a LICENSE file: 30 % of the rows carry one, drawn from the 19 corpus releases' license files.

Each run is `openlint audit DUMP -o OUT.parquet` in a fresh process with a fresh cache folder;
time is wall time. Memory is peak RSS (VmHWM) per process, sampled every 0.2 s over the run's
process tree on Linux: the command's own ("parent"), the largest of its workers (a pool worker,
a Dask worker or nanny), and the sum of all of them; elsewhere only wait4's figure for the
largest process. The dump is made in another process, since a child inherits its parent's peak
across exec. `--trace FILE` writes every sample (seconds, pid, RSS, command) to see where
memory grows. Targets: time linear in N (the largest N within 1.15 x of its multiple of the
smallest N's time), peak RSS independent of N (<= 1.2 x, and <= 300 MB), two processes >= 1.8 x one.
"""

from __future__ import annotations

import argparse
import os
import random
import shutil
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
CORPUS = HERE.parent.parent / "shared" / "corpus"
LICENSES = [("apache-2.0", 40), ("mit", 15), (None, 10), ("other", 10), ("cc-by-nc-4.0", 8), ("llama3.1", 7), ("gemma", 5), ("openrail", 5)]
ENGINES = {"serial": [], "pool": ["--jobs", "2"], "dask": ["--engine", "dask", "--jobs", "2"]}
GATED = "extra_gated_prompt: You agree to share your contact information to access this model.\nextra_gated_fields:\n  Name: text\n  Country: country\n"


def corpus_texts() -> tuple[list[str], list[str]]:
    cards = []
    for path in sorted((CORPUS / "readmes").rglob("*.md")):
        if path.name != "README.md" or path.parent != CORPUS / "readmes":
            cards.append(path.read_text(encoding="utf-8", errors="replace"))
    licenses = [p.read_text(encoding="utf-8", errors="replace") for p in sorted((CORPUS / "real").glob("*/LICENSE*"))]
    return cards, licenses


def hub_card(text: str, rng: random.Random, name: str) -> str:
    if not text.startswith("---\n"):
        license_id = rng.choices([lic for lic, _ in LICENSES], [w for _, w in LICENSES])[0]
        text = "---\n" + (f"license: {license_id}\n" if license_id else "") + "---\n" + text
    if rng.random() < 0.05:
        text = "---\n" + GATED + text[4:]
    return text.rstrip("\n") + f"\n\n<!-- {name} -->\n"


def make_dump(path: Path, n: int, seed: int = 17) -> dict:
    import pyarrow as pa
    import pyarrow.parquet as pq

    cards, licenses = corpus_texts()
    rng = random.Random(seed)
    schema = pa.schema([("modelId", pa.string()), ("card", pa.string()), ("license", pa.string())])
    sizes = []
    with pq.ParquetWriter(path, schema) as writer:
        for start in range(0, n, 1000):
            rows = []
            for i in range(start, min(n, start + 1000)):
                name = f"org{i % 997}/model-{i}"
                card = hub_card(rng.choice(cards), rng, name)
                sizes.append(len(card.encode("utf-8")))
                rows.append({"modelId": name, "card": card, "license": rng.choice(licenses) if rng.random() < 0.3 else None})
            writer.write_table(pa.Table.from_pylist(rows, schema=schema), row_group_size=1000)
    sizes.sort()
    return {"median": sizes[len(sizes) // 2], "p90": sizes[len(sizes) * 9 // 10], "max": sizes[-1]}


class Sampler(threading.Thread):
    """Peak RSS of each process in a run's tree, read from /proc every `every` seconds (a worker
    that ends between two samples keeps its last reading)."""

    def __init__(self, root: int, trace=None, every: float = 0.2):
        super().__init__(daemon=True)
        self.root, self.trace, self.every = root, trace, every
        self.peaks: dict[int, int] = {}  # pid -> peak RSS in kB
        self.names: dict[int, str] = {}
        self.done = threading.Event()
        self.start_time = time.perf_counter()

    def run(self) -> None:
        while not self.done.wait(self.every):
            for pid in _tree(self.root):
                status = _status(pid)
                if not status:
                    continue
                self.peaks[pid] = max(self.peaks.get(pid, 0), status.get("VmHWM", 0))
                if pid not in self.names:
                    self.names[pid] = _command(pid)
                if self.trace:
                    self.trace.write(f"{time.perf_counter() - self.start_time:.1f}\t{pid}\t{status.get('VmRSS', 0)}\t{self.names[pid]}\n")

    def figures(self) -> dict[str, float]:
        """MB: the parent's peak, the largest other process's, and the sum of every peak."""
        others = [kb for pid, kb in self.peaks.items() if pid != self.root]
        return {"parent": self.peaks.get(self.root, 0) / 1024, "worker": max(others, default=0) / 1024, "sum": sum(self.peaks.values()) / 1024}


def _tree(root: int) -> list[int]:
    children: dict[int, list[int]] = {}
    for entry in os.scandir("/proc"):
        if entry.name.isdigit():
            try:
                with open(f"/proc/{entry.name}/stat", "rb") as handle:
                    stat = handle.read()
            except OSError:
                continue
            parent = int(stat[stat.rindex(b")") + 2 :].split()[1])
            children.setdefault(parent, []).append(int(entry.name))
    found, todo = [], [root]
    while todo:
        pid = todo.pop()
        found.append(pid)
        todo += children.get(pid, [])
    return found


def _status(pid: int) -> dict[str, int]:
    try:
        with open(f"/proc/{pid}/status") as handle:
            return {k: int(v.split()[0]) for k, _, v in (line.partition(":") for line in handle) if k in ("VmHWM", "VmRSS")}
    except (OSError, ValueError):
        return {}


def _command(pid: int) -> str:
    try:
        with open(f"/proc/{pid}/cmdline", "rb") as handle:
            return handle.read().replace(b"\0", b" ").decode(errors="replace")[-80:].strip()
    except OSError:
        return "?"


def measure(dump: Path, engine: str, work: Path, trace=None) -> tuple[float, float, dict[str, float]]:
    """(seconds, peak RSS in MB of the largest process, per-process figures) of one audit run."""
    out = work / f"out-{engine}.parquet"
    cache = Path(tempfile.mkdtemp(dir=work))
    env = dict(os.environ, OPENLINT_CACHE_DIR=str(cache))
    command = [sys.executable, "-m", "openlint", "audit", str(dump), "--file-column", "license=LICENSE", "-o", str(out), *ENGINES[engine]]
    start = time.perf_counter()
    proc = subprocess.Popen(command, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    sampler = Sampler(proc.pid, trace) if os.path.isdir("/proc/self") else None
    if sampler:
        sampler.start()
    err = proc.stderr.read().decode()  # read before waiting: a full pipe would block the run
    _, status, usage = os.wait4(proc.pid, 0)
    seconds = time.perf_counter() - start
    if sampler:
        sampler.done.set()
        sampler.join()
    proc.returncode = os.waitstatus_to_exitcode(status)
    if proc.returncode != 0:
        raise SystemExit(f"{' '.join(command)} failed ({proc.returncode}): {err[-2000:]}")
    shutil.rmtree(cache, ignore_errors=True)
    return seconds, usage.ru_maxrss / 1024, sampler.figures() if sampler else {}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[10_000, 100_000])
    parser.add_argument("--engines", nargs="+", choices=sorted(ENGINES), default=["serial", "pool", "dask"])
    parser.add_argument("--large-engines", nargs="+", choices=sorted(ENGINES), default=None, help="engines for the largest N only (default: --engines)")
    parser.add_argument("--work", type=Path, default=None, help="where dumps and outputs go (default: a temporary folder)")
    parser.add_argument("--trace", type=argparse.FileType("w"), default=None, help="write every RSS sample here (TSV)")
    parser.add_argument("--make-dump", nargs=2, metavar=("PATH", "N"), help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.make_dump:
        sizes = make_dump(Path(args.make_dump[0]), int(args.make_dump[1]))
        print(sizes["median"], sizes["p90"], sizes["max"])
        return 0
    if not (CORPUS / "readmes").is_dir():
        print(f"needs the corpus at {CORPUS}", file=sys.stderr)
        return 2
    work = args.work or Path(tempfile.mkdtemp(prefix="openlint-audit-"))
    work.mkdir(parents=True, exist_ok=True)
    results = {}
    print("| N | engine | seconds | cards/s | peak RSS, largest process (MB) | parent | largest worker | sum of processes |")
    print("|---:|---|---:|---:|---:|---:|---:|---:|")
    for n in args.sizes:
        dump = work / f"cards-{n}.parquet"
        # made in a process of its own: a child inherits its parent's peak RSS across exec, and
        # this one's would then count the dump's cards
        made = subprocess.run([sys.executable, __file__, "--make-dump", str(dump), str(n)], capture_output=True, text=True, check=True)
        sizes = dict(zip(("median", "p90", "max"), map(int, made.stdout.split())))
        print(f"<!-- N={n}: card bytes median {sizes['median']:,}, p90 {sizes['p90']:,}, max {sizes['max']:,} -->", flush=True)
        for engine in args.large_engines if args.large_engines and n == max(args.sizes) else args.engines:
            if args.trace:
                args.trace.write(f"# N={n} {engine}\n")
            seconds, rss, each = measure(dump, engine, work, args.trace)
            results[(n, engine)] = (seconds, rss)
            parts = " | ".join(f"{each[k]:.0f}" if each else "" for k in ("parent", "worker", "sum"))
            print(f"| {n:,} | {engine} | {seconds:.1f} | {n / seconds:,.0f} | {rss:.0f} | {parts} |", flush=True)
    small, large = min(args.sizes), max(args.sizes)
    print()
    for engine in args.engines:
        if large == small or (large, engine) not in results:
            continue
        (t1, r1), (t2, r2) = results[(small, engine)], results[(large, engine)]
        linear = t2 / (t1 * large / small)
        print(f"{engine}: time {large:,} / ({large // small} x {small:,}) = {linear:.2f} (target <= 1.15); peak RSS {large:,} / {small:,} = {r2 / r1:.2f} (target <= 1.2), {r2:.0f} MB (target <= 300)")
    if "serial" in args.engines and "pool" in args.engines:
        for n in [n for n in args.sizes if (n, "serial") in results and (n, "pool") in results]:
            print(f"N={n:,}: two processes / one = {results[(n, 'serial')][0] / results[(n, 'pool')][0]:.2f} x (target >= 1.8)")
    for engine, processes in (("serial", 1), ("pool", 2)):
        done = [n for n in args.sizes if (n, engine) in results]
        if not done:
            continue
        per_card = results[(max(done), engine)][0] / max(done)
        hours = 2_000_000 * per_card / 3600
        print(f"2,000,000 models at the {engine} rate of N={max(done):,}: {hours:.1f} hours on {processes} process(es), {hours * processes:.1f} CPU-hours")
    if args.work is None:
        shutil.rmtree(work, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
