"""Runs of prose our texts share with real READMEs: the check that keeps copied sentences out.

    python benchmarks/wording.py benchmarks/claim-probes/*.txt            # against ../shared/corpus
    python benchmarks/wording.py --against DIR --against DIR2 FILE ...    # against other real texts

Every window of WINDOW characters on one line of our files is looked up in the real texts (for
Chinese, windows of CJK_WINDOW characters, most of them Chinese). Overlapping shared windows are
merged into runs, and a run is listed when it is prose: at least MIN_RUN characters (MIN_RUN_CJK
for Chinese), mostly letters, several words, and no link, image, code or badge markup (a badge or
a call such as `from_pretrained(...)` says nothing in anyone's words). It prints one line per run
(file, line, length, the run, where it was found) and exits 1 when there is one.
"""

from __future__ import annotations

import argparse
import os
import re
import sys
from collections import defaultdict
from pathlib import Path

WINDOW, MIN_RUN = 30, 38
CJK_WINDOW, MIN_RUN_CJK = 14, 18
CORPUS = Path(__file__).resolve().parents[2] / "shared" / "corpus"
CJK = re.compile(r"[\u3400-\u9fff]")
# markup and code, which real texts share without anyone's wording: links, images, badges, calls
NOT_PROSE = re.compile(r"https?://|<img|!\[|```|\bimport\s|\bdef\s|=\s*\w+\(|\bpip install|\w\(\w*[=,)]")


def _windows(texts: dict[str, str]) -> tuple[dict[str, list], dict[str, list]]:
    """The windows of every line of `texts`, Latin and Chinese apart: window -> [(file, offset)]."""
    latin, chinese = defaultdict(list), defaultdict(list)
    for name, text in texts.items():
        for i in range(len(text) - CJK_WINDOW + 1):
            piece = text[i : i + WINDOW]
            if len(piece) == WINDOW and "\n" not in piece:
                latin[piece].append((name, i))
            short = text[i : i + CJK_WINDOW]
            if "\n" not in short and len(CJK.findall(short)) >= CJK_WINDOW * 3 // 4:
                chinese[short].append((name, i))
    return latin, chinese


def _real_texts(roots: list[Path]):
    for root in roots:
        for folder, _, files in os.walk(root):
            for file in files:
                path = os.path.join(folder, file)
                try:
                    yield path, Path(path).read_text(encoding="utf-8", errors="ignore")
                except OSError:
                    continue


def _prose(run: str, chinese: bool) -> bool:
    if NOT_PROSE.search(run):
        return False
    if chinese:
        return len(run) >= MIN_RUN_CJK
    letters = sum(c.isalpha() for c in run)
    return len(run) >= MIN_RUN and letters > 0.65 * len(run) and len(re.findall(r"[A-Za-z]{2,}\s", run)) >= 5


def shared_runs(files: list[Path], roots: list[Path]) -> list[tuple[str, int, str, str]]:
    """(file, line, run, real file) for each run of prose the files share with the real texts."""
    texts = {str(f): f.read_text(encoding="utf-8") for f in files}
    latin, chinese = _windows(texts)
    found: dict[tuple[bool, str], dict[int, str]] = defaultdict(dict)
    for path, text in _real_texts(roots):
        has_cjk = CJK.search(text) is not None
        for j in range(len(text) - CJK_WINDOW + 1):
            for table, size, is_cjk in ((latin, WINDOW, False), (chinese, CJK_WINDOW, True)):
                if is_cjk and not has_cjk:
                    continue
                for name, i in table.get(text[j : j + size], ()):
                    found[(is_cjk, name)].setdefault(i, path)
    runs = []
    for (is_cjk, name), starts in found.items():
        size, text = (CJK_WINDOW if is_cjk else WINDOW), texts[name]
        run_start = previous = None
        for i in sorted(starts) + [None]:
            if i is not None and previous is not None and i <= previous + 1:
                previous = i
                continue
            if run_start is not None:
                run = text[run_start : previous + size]
                if _prose(run, is_cjk):
                    runs.append((name, text.count("\n", 0, run_start) + 1, run, starts[run_start]))
            run_start = previous = i
    return sorted(runs)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("files", nargs="+", type=Path)
    parser.add_argument("--against", action="append", type=Path, help="a folder of real texts (default: ../shared/corpus)")
    args = parser.parse_args(argv)
    roots = args.against or [CORPUS]
    if not all(root.is_dir() for root in roots):
        print(f"wording: no real texts at {', '.join(map(str, roots))}", file=sys.stderr)
        return 2
    runs = shared_runs(args.files, roots)
    for name, line, run, where in runs:
        print(f"{name}:{line}\t{len(run)}\t{run!r}\t{where}")
    print(f"{len(runs)} runs of prose shared with real texts in {len(args.files)} files")
    return 1 if runs else 0


if __name__ == "__main__":
    sys.exit(main())
