"""What `openlint init` drafts for the releases of the shared corpus, and how much of it comes
from the links of their READMEs (claims/links.py, judge/links.py).

    python benchmarks/init_links.py                       # the table for ../shared/corpus/{real,readmes}
    python benchmarks/init_links.py --case llm360-amber   # one release's draft, in full
    python benchmarks/init_links.py --corpus PATH         # another folder of releases (one folder each)

For each release: the name the draft gives it and where from, the components drafted as
entries, those among them that hold a `url` from a link, and the links left as commented-out
guesses. Nothing is written into the corpus (the draft is made in memory). Used by
tests/commands/test_init_corpus.py, which runs it over every case and asserts no crash.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT.parent / "shared" / "corpus"


def cases(corpus: Path = CORPUS) -> list[Path]:
    """The release folders: corpus/real/*, corpus/readmes/*, or the folders of `corpus` itself."""
    parts = [corpus / "real", corpus / "readmes"] if (corpus / "real").is_dir() or (corpus / "readmes").is_dir() else [corpus]
    return [case for part in parts if part.is_dir() for case in sorted(part.iterdir()) if case.is_dir()]


def drafted(case: Path) -> dict:
    """One release's draft, counted."""
    import tomli
    from openlint.commands import init

    draft = init.draft(case)
    data = tomli.loads(draft.text)
    lines = draft.text.split("\n")
    components = data.get("components", {})
    linked = sorted(cid for cid in components if any(line.startswith("# From ") for line in _comment_of(lines, cid)))
    at = next(i for i, line in enumerate(lines) if line.startswith("name = "))
    name_comment = lines[at - 1] if at and lines[at - 1].startswith("# From ") else ""
    return {
        "case": f"{case.parent.name}/{case.name}",
        "name": data["release"]["name"],
        "name_from": name_comment.removeprefix("# From ").rstrip("."),
        "components": sorted(components),
        "linked": linked,
        "guesses": draft.guesses,
        "text": draft.text,
    }


def _comment_of(lines: list[str], cid: str) -> list[str]:
    """The comment lines inside [components.CID] (before its keys)."""
    header = f"[components.{cid}]"
    if header not in lines:
        return []
    out = []
    for line in lines[lines.index(header) + 1 :]:
        if line.startswith("["):
            break
        if line.startswith("#"):
            out.append(line)
    return out


def table(rows: list[dict]) -> str:
    out = ["| case | name | drafted | from links | link components | guesses |", "|---|---|---:|---:|---|---:|"]
    for row in rows:
        out.append(
            f"| {row['case']} | {row['name']} | {len(row['components'])} | {len(row['linked'])} | "
            f"{', '.join(row['linked'])} | {row['guesses']} |"
        )
    with_links = sum(1 for row in rows if row["linked"])
    out.append(
        f"| **{len(rows)} releases** | | {sum(len(r['components']) for r in rows)} | {sum(len(r['linked']) for r in rows)} | "
        f"{with_links} releases with a component from links | {sum(r['guesses'] for r in rows)} |"
    )
    return "\n".join(out)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--corpus", type=Path, default=CORPUS)
    parser.add_argument("--case", help="print the draft of this one release")
    args = parser.parse_args(argv)
    found = cases(args.corpus)
    if not found:
        print(f"no corpus at {args.corpus}", file=sys.stderr)
        return 2
    if args.case:
        chosen = [c for c in found if c.name == args.case]
        if not chosen:
            print(f"no release {args.case!r} in {args.corpus}", file=sys.stderr)
            return 2
        print(drafted(chosen[0])["text"], end="")
        return 0
    print(table([drafted(case) for case in found]))
    return 0


if __name__ == "__main__":
    sys.exit(main())
