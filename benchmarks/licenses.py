"""License identification benchmark: openlint next to ScanCode on the real-world corpus.

For every license-like file of the real-world corpus (LICENSE*, LICENCE*, COPYING*,
*LICENSE*AGREEMENT*, MODEL_LICENSE*, USE_POLICY*, NOTICE) it compares the set of license ids
that `openlint.licenses.identify.identify` finds, and the set ScanCode finds, with the expected set
written down in EXPECTED below, and times both per file in one warm process each.

    /tmp/venv/dev/bin/python benchmarks/licenses.py
    /tmp/venv/dev/bin/python benchmarks/licenses.py --corpus ../shared/corpus/real
    /tmp/venv/dev/bin/python benchmarks/licenses.py --no-scancode          # openlint only

openlint runs in this process (import once, warm up once, then the median of --rounds runs per
file). ScanCode runs in its own virtual environment (--scancode-python, default
/tmp/venv/scancode/bin/python; see benchmarks/README.md for how to make it) through
benchmarks/_scancode_side.py, which loads ScanCode's index once and prints JSON.

Exit status: 0 when the corpus is missing (skipped) or every target is met, 1 when a target
is missed, 2 when ScanCode's side could not be run.
"""

from __future__ import annotations

import argparse
import fnmatch
import importlib.util
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parent
DEFAULT_CORPUS = Path("../shared/corpus/real")  # relative to the repository root
DEFAULT_SCANCODE_PYTHON = Path("/tmp/venv/scancode/bin/python")

PATTERNS = ("LICENSE*", "LICENCE*", "COPYING*", "*LICENSE*AGREEMENT*", "MODEL_LICENSE*", "USE_POLICY*", "NOTICE")
NOT_LICENSES = ("README*", "*README*", "MODEL_CARD*", "*Model_Card*", "label.toml")

# Expected license ids per file (path relative to the corpus), the main one first. Built by
# reading each file and its folder's label.toml ([license] spdx = the weights' license,
# code_license = the code's): a file holds the weights' terms, the code's, or other bundled terms.
EXPECTED: dict[str, tuple[str, ...]] = {
    # code_license MIT; the closing paragraph only points to LICENSE_MODELS / LICENSE_DATA
    "apple-mobileclip/LICENSE": ("MIT",),
    # the data license (label name: "CC-BY-NC-ND-4.0 for data"), full CC text
    "apple-mobileclip/LICENSE_DATA": ("CC-BY-NC-ND-4.0",),
    # spdx: the weights' Apple ML Research Model terms
    "apple-mobileclip/LICENSE_MODELS": ("LicenseRef-Apple-ML-Research-Model-TOU",),
    # code_license Apache-2.0 (the weights' Baichuan 2 license is a PDF, not in the repository)
    "baichuan2/LICENSE": ("Apache-2.0",),
    "bert/LICENSE": ("Apache-2.0",),
    # code_license MIT
    "deepseek-v3/LICENSE-CODE": ("MIT",),
    # spdx: DeepSeek License Agreement v1.0 (with its Attachment A use restrictions)
    "deepseek-v3/LICENSE-MODEL": ("LicenseRef-DeepSeek-License-1.0",),
    # code_license Apache-2.0 (the weights' MIT comes from the Hub card, not stored)
    "dolly-v2/LICENSE": ("Apache-2.0",),
    "grok-1/LICENSE.txt": ("Apache-2.0",),
    # code_license GPL-3.0-only: the verbatim GPL v3 text; its "How to Apply" appendix is part of
    # that text, not a second license (the weights' bespoke license has no file here)
    "llama1/LICENSE": ("GPL-3.0-only",),
    # spdx = code_license: Llama 2 Community License
    "llama2/LICENSE": ("LicenseRef-Llama-2-Community",),
    # the Acceptable Use Policy the license incorporates by reference
    "llama2/USE_POLICY.md": ("LicenseRef-Llama-2-AUP",),
    # spdx = code_license: Llama 3 Community License, with the Llama 3 AUP appended (line 44 on)
    "llama3/LICENSE": ("LicenseRef-Llama-3-Community", "LicenseRef-Llama-3-AUP"),
    "llama3/USE_POLICY.md": ("LicenseRef-Llama-3-AUP",),
    "llm360-amber/LICENSE": ("Apache-2.0",),
    "mistral/LICENSE": ("Apache-2.0",),
    "mpt/LICENSE": ("Apache-2.0",),
    "olmo/LICENSE": ("Apache-2.0",),
    "phi-4-reasoning-vision/LICENSE": ("MIT",),
    "pythia/LICENSE": ("Apache-2.0",),
    # code_license Apache-2.0
    "qwen/LICENSE": ("Apache-2.0",),
    # third-party code licenses it bundles: Megatron-LM (BSD-3-Clause), tiktoken (MIT),
    # stanford_alpaca (Apache-2.0, the longest), AutoGPTQ (MIT)
    "qwen/NOTICE": ("Apache-2.0", "BSD-3-Clause", "MIT"),
    # spdx: the weights' agreement (7B/14B/72B)
    "qwen/Tongyi Qianwen LICENSE AGREEMENT": ("LicenseRef-Tongyi-Qianwen",),
    # the 1.8B models' research (non-commercial) agreement named in the label
    "qwen/Tongyi Qianwen RESEARCH LICENSE AGREEMENT": ("LicenseRef-Tongyi-Qianwen-Research",),
    "snowflake-arctic/LICENSE": ("Apache-2.0",),
    # spdx = code_license: CreativeML Open RAIL-M
    "stable-diffusion-v1/LICENSE": ("LicenseRef-CreativeML-OpenRAIL-M",),
    # code_license Apache-2.0
    "yi-2023/LICENSE": ("Apache-2.0",),
    # spdx: Yi Series Models Community License v2.1 (English, then the Chinese version)
    "yi-2023/MODEL_LICENSE_AGREEMENT.txt": ("LicenseRef-Yi-Community-2.1",),
}

# ScanCode license keys (as SPDX LicenseRefs) that name the same license as an openlint id.
# ScanCode reports standard SPDX licenses by their SPDX ids already. Each pair was checked
# against the text of ScanCode's license file (scancode-toolkit-mini 32.5) and openlint's catalog.
SCANCODE_IDS: dict[str, str] = {
    "LicenseRef-scancode-llama-license-2023": "LicenseRef-LLaMA-noncommercial-bespoke",  # LLaMA v1 research licence
    "LicenseRef-scancode-llama-2-license-2023": "LicenseRef-Llama-2-Community",
    "LicenseRef-scancode-llama-3.1-license-2024": "LicenseRef-Llama-3.1-Community",
    "LicenseRef-scancode-llama-3.2-license-2024": "LicenseRef-Llama-3.2-Community",
    "LicenseRef-scancode-llama-3.3-license-2024": "LicenseRef-Llama-3.3-Community",
    "LicenseRef-scancode-llama-4-cla-2025": "LicenseRef-Llama-4-Community",
    "LicenseRef-scancode-llama-4-license-2025": "LicenseRef-Llama-4-AUP",  # "Llama 4 Acceptable Use Policy 2025"
    "LicenseRef-scancode-gemma-tou-2024-04-01": "LicenseRef-Gemma-Terms-of-Use",
    "LicenseRef-scancode-gemma-tou-2025-03-24": "LicenseRef-Gemma-Terms-of-Use",
    "LicenseRef-scancode-gemma-pup-2024-02-21": "LicenseRef-Gemma-Prohibited-Use-Policy",
    "LicenseRef-scancode-bigscience-rail-1.0": "LicenseRef-BigScience-BLOOM-RAIL-1.0",
    "LicenseRef-scancode-bigscience-open-rail-m": "LicenseRef-BigScience-OpenRAIL-M",
    "LicenseRef-scancode-bigscience-open-rail-m2": "LicenseRef-CreativeML-OpenRAIL-PP-M",  # its text: CreativeML Open RAIL++-M
    "LicenseRef-scancode-stable-diffusion-2022-08-22": "LicenseRef-CreativeML-OpenRAIL-M",  # CompVis' CreativeML Open RAIL-M
    "LicenseRef-scancode-bigcode-open-rail-m-v1": "LicenseRef-BigCode-OpenRAIL-M-1.0",
    "LicenseRef-scancode-deepseek-la-1.0": "LicenseRef-DeepSeek-License-1.0",
    "LicenseRef-scancode-tongyi-qianwen-2023": "LicenseRef-Tongyi-Qianwen",  # the August 2023 agreement, not the research one
    "LicenseRef-scancode-qwen-2024": "LicenseRef-Qwen-License",
    "LicenseRef-scancode-falcon-2-11b-1.0": "LicenseRef-Falcon-2-11B-TII-1.0",
    "LicenseRef-scancode-stability-ai-community-2024": "LicenseRef-Stability-AI-Community",
    "LicenseRef-scancode-stability-ai-nc-2023-12-06": "LicenseRef-Stability-AI-NC-Research-Community",
    "LicenseRef-scancode-nvidia-open-model-2025-04-28": "LicenseRef-NVIDIA-Open-Model",
    "LicenseRef-scancode-openmdw-1.0": "OpenMDW-1.0",
    "LicenseRef-scancode-apple-ml-ferret-2023": "LicenseRef-Apple-Sample-Code",  # same text as OpenELM's
}
# Generic ScanCode keys that flag "some license is referred to here" rather than name one.
SCANCODE_CLUES = {
    "LicenseRef-scancode-unknown-license-reference",
    "LicenseRef-scancode-proprietary-license",
    "LicenseRef-scancode-unknown",
    "LicenseRef-scancode-free-unknown",
    "LicenseRef-scancode-other-permissive",
    "LicenseRef-scancode-other-copyleft",
}
# openlint ids of model licenses ScanCode has a license for (every standard SPDX id it has too).
SCANCODE_KNOWS = set(SCANCODE_IDS.values())


def is_model_license(ident: str) -> bool:
    return ident.startswith("LicenseRef-")


def scancode_knows(ident: str) -> bool:
    return not is_model_license(ident) or ident in SCANCODE_KNOWS


def to_ours(ident: str) -> str:
    return SCANCODE_IDS.get(ident, ident)


def find_files(corpus: Path) -> list[str]:
    found = set()
    for folder in sorted(p for p in corpus.iterdir() if p.is_dir()):
        for path in folder.iterdir():
            name = path.name
            if not path.is_file() or any(fnmatch.fnmatchcase(name, p) for p in NOT_LICENSES):
                continue
            if any(fnmatch.fnmatchcase(name, p) for p in PATTERNS):
                found.add(path.relative_to(corpus).as_posix())
    return sorted(found)


def read_text(path: Path) -> str:
    text = path.read_bytes().decode("utf-8", errors="replace")
    return text.removeprefix("\ufeff").replace("\r\n", "\n").replace("\r", "\n")


def primary(spans: list[tuple[int, int, str]]) -> str | None:
    """The id of the longest region (in lines); the first one on a tie."""
    if not spans:
        return None
    return min(spans, key=lambda s: (-(s[1] - s[0] + 1), s[0]))[2]


def run_openlint(corpus: Path, files: list[str], rounds: int) -> dict:
    # Time identification itself: openlint may keep results on disk keyed by the file's
    # contents (openlint._support.cache), and a repeated run would then time a lookup. Cache hits are
    # timed separately below, as context only.
    saved = {k: os.environ.get(k) for k in ("OPENLINT_NO_CACHE", "OPENLINT_CACHE_DIR")}
    os.environ["OPENLINT_NO_CACHE"] = "1"
    try:
        t0 = time.perf_counter()
        from openlint.licenses.identify import identify

        imported = time.perf_counter()
        identify(files[0], read_text(corpus / files[0]))  # loads licenseclassifier's index and the catalog
        warm = time.perf_counter()
        out = {"import_s": imported - t0, "warmup_s": warm - imported, "files": {}, "cached": None}
        for rel in files:
            ms, result = time_identify(identify, corpus, rel, rounds)
            spans = [(r.start_line, r.end_line, r.id) for r in result.regions]
            out["files"][rel] = {
                "ms": ms,
                "ids": sorted({r.id for r in result.regions}),
                "primary": primary(spans),
                "regions": [f"{i} {a}-{b}" for a, b, i in spans],
            }
        if importlib.util.find_spec("openlint._support.cache") is not None:
            out["cached"] = time_cache_hits(identify, corpus, files, rounds, out["files"])
    finally:
        for name, value in saved.items():
            if value is None:
                os.environ.pop(name, None)
            else:
                os.environ[name] = value
    return out


def time_identify(identify, corpus: Path, rel: str, rounds: int):
    """Median milliseconds of reading and identifying one file, and the last result."""
    runs = []
    for _ in range(rounds):
        start = time.perf_counter()
        result = identify(Path(rel).name, read_text(corpus / rel))
        runs.append((time.perf_counter() - start) * 1000)
    return statistics.median(runs), result


def time_cache_hits(identify, corpus: Path, files: list[str], rounds: int, uncached: dict) -> dict:
    """Per-file medians when every result is already in openlint's on-disk cache (a fresh folder)."""
    with tempfile.TemporaryDirectory() as folder:
        os.environ.pop("OPENLINT_NO_CACHE", None)
        os.environ["OPENLINT_CACHE_DIR"] = folder
        for rel in files:
            identify(Path(rel).name, read_text(corpus / rel))  # fills the cache
        times, differ = {}, []
        for rel in files:
            times[rel], result = time_identify(identify, corpus, rel, rounds)
            if sorted({r.id for r in result.regions}) != uncached[rel]["ids"]:
                differ.append(rel)
    return {"files": times, "differ": differ}


def run_scancode(python: Path, corpus: Path, files: list[str], rounds: int) -> dict:
    paths = [str(corpus / rel) for rel in files]
    cmd = [str(python), str(HERE / "_scancode_side.py"), "--rounds", str(rounds), *paths]
    done = subprocess.run(cmd, capture_output=True, text=True, timeout=3600)
    if done.returncode != 0:
        raise RuntimeError(f"{' '.join(cmd[:2])} exited {done.returncode}:\n{done.stderr[-3000:]}")
    raw = json.loads(done.stdout)
    out = {k: v for k, v in raw.items() if k != "files"}
    out["files"] = {}
    for rel, path in zip(files, paths):
        got = raw["files"][path]
        spans = [(m["start_line"], m["end_line"], to_ours(m["ids"][0])) for m in got["matches"] if m["ids"]]
        out["files"][rel] = {
            "ms": got["ms"],
            "ids": sorted({to_ours(i) for i in got["ids"]}),
            "primary": primary(spans),
            "expression": got["expression"],
        }
    return out


def verdict(found: dict, expected: tuple[str, ...]) -> tuple[bool, bool]:
    return set(found["ids"]) == set(expected), found["primary"] == expected[0]


def mark(right: bool, main_right: bool) -> str:
    return "yes" if right else ("no (main ok)" if main_right else "no")


def short(ident: str) -> str:
    return ident.replace("LicenseRef-scancode-", "sc:").replace("LicenseRef-", "")


def ids_cell(ids) -> str:
    return ", ".join(short(i) for i in ids) or "(none)"


def ms(value: float) -> str:
    return f"{value:.2f}" if value < 10 else f"{value:.1f}"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS, help="relative paths are taken from the repository root")
    parser.add_argument("--rounds", type=int, default=5, help="timed openlint runs per file (median)")
    parser.add_argument("--scancode-python", type=Path, default=DEFAULT_SCANCODE_PYTHON)
    parser.add_argument("--scancode-rounds", type=int, default=3, help="timed ScanCode runs per file (median)")
    parser.add_argument("--no-scancode", action="store_true", help="time openlint only")
    args = parser.parse_args()

    corpus = args.corpus if args.corpus.is_absolute() else (REPO / args.corpus)
    corpus = corpus.resolve()
    if not corpus.is_dir():
        print(f"skipped: the corpus folder {corpus} does not exist (pass --corpus PATH)")
        return 0
    files = find_files(corpus)
    if not files:
        print(f"skipped: no license files under {corpus}/*/")
        return 0

    ol = run_openlint(corpus, files, args.rounds)
    sc = None
    if args.no_scancode:
        print("ScanCode side skipped (--no-scancode).\n")
    elif not args.scancode_python.exists():
        print(f"ScanCode side skipped: {args.scancode_python} does not exist (see benchmarks/README.md).\n")
    else:
        try:
            sc = run_scancode(args.scancode_python, corpus, files, args.scancode_rounds)
        except (RuntimeError, OSError, subprocess.TimeoutExpired, json.JSONDecodeError) as err:
            print(f"ScanCode side failed: {err}", file=sys.stderr)
            return 2

    unlisted = [f for f in files if f not in EXPECTED]
    stale = [f for f in EXPECTED if f not in files]
    rows = [f for f in files if f in EXPECTED]

    print(f"Corpus: {corpus} ({len(files)} license files)\n")
    head = "| file | expected | openlint ids | right? | ms |"
    rule = "|---|---|---|---|---:|"
    if sc:
        head += " ScanCode ids | right? | ms |"
        rule += "---|---|---:|"
    print(head)
    print(rule)
    ol_right = ol_main = sc_right = sc_main = sc_lenient = 0
    for rel in rows:
        exp = EXPECTED[rel]
        o = ol["files"][rel]
        right, main_right = verdict(o, exp)
        ol_right += right
        ol_main += main_right
        line = f"| {rel} | {ids_cell(exp)} | {ids_cell(o['ids'])} | {mark(right, main_right)} | {ms(o['ms'])} |"
        if sc:
            s = sc["files"][rel]
            right, main_right = verdict(s, exp)
            sc_right += right
            sc_main += main_right
            sc_lenient += set(s["ids"]) - SCANCODE_CLUES == set(exp)
            line += f" {ids_cell(s['ids'])} | {mark(right, main_right)} | {ms(s['ms'])} |"
        print(line)
    n = len(rows)

    print("\n## Summary\n")
    print("ids: `sc:` = a ScanCode key with no openlint counterpart; `LicenseRef-` left off. "
          "right = the set of ids equals the expected set; main = the longest region's id is the first expected one.\n")
    print(f"- openlint accuracy: **{ol_right}/{n}** files right (main id right: {ol_main}/{n})")
    if sc:
        print(f"- ScanCode accuracy: **{sc_right}/{n}** files right (main id right: {sc_main}/{n}; "
              f"{sc_lenient}/{n} if its generic clue keys such as unknown-license-reference are ignored)")

    model_files = [r for r in rows if any(is_model_license(i) for i in EXPECTED[r])]
    known = [r for r in model_files if all(scancode_knows(i) for i in EXPECTED[r])]
    unknown = [r for r in model_files if r not in known]
    ol_known = sum(verdict(ol["files"][r], EXPECTED[r])[0] for r in known)
    print(f"- model-license files ScanCode knows ({len(known)}: {', '.join(known)}):")
    print(f"  openlint **{ol_known}/{len(known)}**", end="")
    sc_known = None
    if sc:
        sc_known = sum(verdict(sc["files"][r], EXPECTED[r])[0] for r in known)
        print(f", ScanCode **{sc_known}/{len(known)}**", end="")
    print()
    if unknown:
        print(f"- files whose license ScanCode does not know at all ({len(unknown)}):")
        for r in unknown:
            missing = [i for i in EXPECTED[r] if not scancode_knows(i)]
            said = f"; ScanCode said: {ids_cell(sc['files'][r]['ids'])}" if sc else ""
            print(f"  - {r}: {ids_cell(missing)}{said}")

    ol_median = statistics.median(ol["files"][r]["ms"] for r in rows)
    print(f"- openlint: import {ol['import_s'] * 1000:.0f} ms, warm-up (first file) {ol['warmup_s'] * 1000:.0f} ms, "
          f"median per file **{ms(ol_median)} ms** (median of {args.rounds} runs per file, on-disk cache off)")
    if ol["cached"]:
        hit = statistics.median(ol["cached"]["files"][r] for r in rows)
        print(f"  (context, not used for the targets: with every result already in openlint's on-disk cache, "
              f"as on a repeated commit, the median per file is {ms(hit)} ms: a lookup, not an identification"
              + (f"; cached answers differ for {', '.join(ol['cached']['differ'])}" if ol["cached"]["differ"] else "")
              + ")")
    ratio = None
    if sc:
        sc_median = statistics.median(sc["files"][r]["ms"] for r in rows)
        ratio = sc_median / ol_median
        print(f"- ScanCode {sc['version']}: import {sc['import_s'] * 1000:.0f} ms, index load {sc['index_s']:.1f} s, "
              f"first file {sc['first_call_s'] * 1000:.0f} ms, median per file **{ms(sc_median)} ms** "
              f"(median of {args.scancode_rounds} runs per file)")
        print(f"- speed ratio (ScanCode median / openlint median): **{ratio:.1f}×**")
        per_file = sorted(sc["files"][r]["ms"] / ol["files"][r]["ms"] for r in rows)
        ol_sum = sum(ol["files"][r]["ms"] for r in rows)
        sc_sum = sum(sc["files"][r]["ms"] for r in rows)
        print(f"  (context: per-file ratios range {per_file[0]:.1f}×–{per_file[-1]:.1f}×, their median "
              f"{statistics.median(per_file):.1f}×; all {n} files take {ol_sum:.0f} ms with openlint and "
              f"{sc_sum:.0f} ms with ScanCode, {sc_sum / ol_sum:.1f}×)")

    wrong = [r for r in rows if not verdict(ol["files"][r], EXPECTED[r])[0]]
    if wrong:
        print("\nopenlint got these files wrong:\n")
        for r in wrong:
            o = ol["files"][r]
            extra = sorted(set(o["ids"]) - set(EXPECTED[r]))
            missing = sorted(set(EXPECTED[r]) - set(o["ids"]))
            print(f"- {r}: found {{{', '.join(o['ids'])}}} (regions: {'; '.join(o['regions'])}), "
                  f"should find {{{', '.join(EXPECTED[r])}}}"
                  + (f"; extra: {', '.join(extra)}" if extra else "")
                  + (f"; missing: {', '.join(missing)}" if missing else ""))
    for r in unlisted:
        print(f"\nwarning: {r} has no row in EXPECTED; it was left out of the table")
    for r in stale:
        print(f"\nwarning: EXPECTED lists {r}, which is not in the corpus")

    targets = [("openlint right on every corpus file", ol_right == n and not unlisted)]
    if sc:
        targets.append(("openlint at least ScanCode's accuracy on the model licenses ScanCode knows", ol_known >= sc_known))
        targets.append(("openlint at least 100x faster per file (median), both tools warm in one process each "
                        "(per command, as a user runs them, see licenses_cli.py)", ratio >= 100))
    print("\n## Targets\n")
    for name, met in targets:
        print(f"- {'met' if met else 'MISSED'}: {name}")
    return 0 if all(met for _, met in targets) else 1


if __name__ == "__main__":
    sys.exit(main())
