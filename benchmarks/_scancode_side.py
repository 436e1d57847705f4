"""ScanCode's side of benchmarks/licenses.py; runs in ScanCode's own virtual environment.

    /tmp/venv/scancode/bin/python benchmarks/_scancode_side.py --rounds 3 FILE...

Imports ScanCode and loads its license index once (timed and reported as the warm-up, together
with one untimed detection of the first file), then detects the licenses of every file `rounds`
times through `scancode.api.get_licenses` in this one warm process and prints one JSON object
on stdout:

    {"version": ..., "import_s": ..., "index_s": ..., "first_call_s": ...,
     "files": {PATH: {"ms": median, "runs_ms": [...], "expression": detected SPDX expression,
                      "ids": [license keys of that expression],
                      "matches": [{"expression", "ids", "start_line", "end_line",
                                   "matched_length", "score", "rule"}]}}}

It uses only the standard library and ScanCode's own dependencies, and never imports openlint.
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import time
import warnings


def keys(licensing, expression: str | None) -> list[str]:
    if not expression:
        return []
    return list(licensing.license_keys(licensing.parse(expression), unique=True))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("files", nargs="+")
    parser.add_argument("--rounds", type=int, default=3, help="timed runs per file (median reported)")
    args = parser.parse_args()
    warnings.simplefilter("ignore")  # typecode's libmagic notices; they do not affect license detection

    start = time.perf_counter()
    from importlib.metadata import version

    from license_expression import Licensing
    from licensedcode.cache import get_index
    from scancode import api

    imported = time.perf_counter()
    get_index()
    indexed = time.perf_counter()
    api.get_licenses(args.files[0])
    first = time.perf_counter()

    licensing = Licensing()
    out = {
        "version": version("scancode-toolkit-mini"),
        "import_s": imported - start,
        "index_s": indexed - imported,
        "first_call_s": first - indexed,
        "files": {},
    }
    for path in args.files:
        runs = []
        for _ in range(args.rounds):
            t0 = time.perf_counter()
            result = api.get_licenses(path)
            runs.append((time.perf_counter() - t0) * 1000)
        expression = result.get("detected_license_expression_spdx")
        matches = []
        for detection in result.get("license_detections") or []:
            for match in detection.get("matches") or []:
                spdx = match.get("spdx_license_expression") or match.get("license_expression_spdx")
                matches.append(
                    {
                        "expression": spdx,
                        "ids": keys(licensing, spdx),
                        "start_line": match.get("start_line"),
                        "end_line": match.get("end_line"),
                        "matched_length": match.get("matched_length"),
                        "score": match.get("score"),
                        "rule": match.get("rule_identifier"),
                    }
                )
        out["files"][path] = {
            "ms": statistics.median(runs),
            "runs_ms": runs,
            "expression": expression,
            "ids": keys(licensing, expression),
            "matches": matches,
        }
    json.dump(out, sys.stdout)
    return 0


if __name__ == "__main__":
    sys.exit(main())
