"""Which mentions does a change read differently? Every mention's role, read by this openlint and
by another one (say, the main branch's), on material that is not the test split.

    python benchmarks/claims_diff.py --python OLD/bin/python                  # dev split and probes
    python benchmarks/claims_diff.py --python OLD/bin/python DIR [DIR ...]    # and labelled documents
    python benchmarks/claims_diff.py --python OLD/bin/python --no-corpus DIR  # documents only

claims.py and claims_docs.py score the strongest role on each labelled line. A change can also
move a mention that no score sees: one beside a stronger mention on its line, or on a line no
label covers. This lists every mention whose role or rule differs, with its line, so that a side
effect shows before it reaches text nobody has read. The corpus's test split is never read.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import claims_corpus as corpus  # noqa: E402
import claims_docs as docs  # noqa: E402

PROBES = Path(__file__).resolve().parent / "claim-probes"


def _mentions(root: Path, texts: dict[str, list[str]] | None, prefix: str, out: dict) -> None:
    from openlint.pipeline import Options, check_repository

    report = check_repository(str(root), Options(keep_sources=False, show_claims=True))
    for m in report.mentions:
        if texts is not None:
            lines = texts.get(m.file, [])
        else:
            lines = (root / m.file).read_text(encoding="utf-8", errors="replace").split("\n")
        text = lines[m.line - 1].strip() if m.line <= len(lines) else ""
        out[f"{prefix}/{m.file}:{m.line}:{m.column}"] = [m.role, m.rule, text[:160]]


def readings(sources: list[str], with_corpus: bool) -> dict[str, list[str]]:
    """mention (source/folder/file:line:column) -> [role, rule, the line's text]."""
    out: dict[str, list[str]] = {}
    with tempfile.TemporaryDirectory(prefix="openlint-diff-") as tmp:
        if with_corpus and corpus.available():
            for case, info in sorted(corpus.cases().items()):
                if info["split"] == "dev":  # never the test split
                    root, _ = corpus.stage(case, info, Path(tmp) / "corpus")
                    _mentions(root, None, f"dev:{case}", out)
        for n, source in enumerate(sources):
            for k, doc in enumerate(docs.documents(source)):
                root, _, texts = docs.stage(doc, Path(tmp) / f"{n}-{k}")
                _mentions(root, texts, f"{Path(source).name}:{doc.folder}", out)
    return out


def changes(old: dict, new: dict) -> list[str]:
    """One line per mention read differently (or found by one version only)."""
    found = []
    for key in sorted(set(old) | set(new)):
        before, after = old.get(key), new.get(key)
        if before is not None and after is not None and before[:2] == after[:2]:
            continue
        text = (after or before)[2]
        show = lambda r: f"{r[0]} ({r[1]})" if r else "no mention"  # noqa: E731
        found.append(f"{key}  {show(before)} -> {show(after)}  {text[:100]}")
    return found


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("sources", nargs="*", help="files or folders of labelled documents (benchmarks/claims_docs.py's format)")
    parser.add_argument("--python", help="the other openlint's interpreter (its venv's bin/python)")
    parser.add_argument("--no-corpus", action="store_true", help="leave out the corpus's dev split")
    parser.add_argument("--no-probes", action="store_true", help="leave out benchmarks/claim-probes")
    parser.add_argument("--dump", help=argparse.SUPPRESS)  # used when run under the other interpreter
    args = parser.parse_args(argv)
    sources = ([] if args.no_probes else [str(PROBES)]) + args.sources
    if args.dump:
        Path(args.dump).write_text(json.dumps(readings(sources, not args.no_corpus)), encoding="utf-8")
        return 0
    if not args.python:
        parser.error("--python is needed: the openlint to compare with")
    with tempfile.TemporaryDirectory(prefix="openlint-diff-") as tmp:
        dump = Path(tmp) / "old.json"
        command = [args.python, __file__, "--dump", str(dump), *args.sources]
        command += ["--no-corpus"] * args.no_corpus + ["--no-probes"] * args.no_probes
        done = subprocess.run(command)
        if done.returncode != 0:
            print(f"error: {args.python} could not read the material", file=sys.stderr)
            return 2
        old = json.loads(dump.read_text(encoding="utf-8"))
    new = readings(sources, not args.no_corpus)
    found = changes(old, new)
    print("\n".join(found) if found else "no mention reads differently")
    print(f"{len(found)} of {len(set(old) | set(new))} mentions read differently")
    return 0


if __name__ == "__main__":
    sys.exit(main())
