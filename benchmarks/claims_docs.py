"""Labelled documents: small model repositories written as one text, with each labelled line's
label at its end, and how well openlint reads them.

    python benchmarks/claims_docs.py benchmarks/claim-probes/*.txt      # precision and recall per language
    python benchmarks/claims_docs.py -v DIR/*.txt                        # and every line read wrongly

    FOLDER=acme-7b                 the repository's folder name (first line)
    SOURCE=acme-lab/acme-7b        optional: where a real README came from (its owner groups it)
    # Acme-7B
    Acme-7B is an open-source LLM. @claim-os
    FILE=README_zh.md              a further file of the same repository
    ...

A line's label is one of docs/claims.md's (claim-os, claim-ow, comparative, third-party,
other). A file may hold several documents, each after a line `=====`; a folder holds such files.
"""

from __future__ import annotations

import argparse
import re
import sys
import tempfile
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from claims_corpus import CJK, LABELS_ORDER  # noqa: E402

LABEL = re.compile(r" @(" + "|".join(LABELS_ORDER) + r")\s*$")
FILE = re.compile(r"FILE=(\S+)\s*$")
SEPARATOR = "\n=====\n"


class Document:
    def __init__(self, group: str, folder: str, files: dict[str, list[str]]):
        self.group, self.folder, self.files = group, folder, files


def documents(source: str) -> list[Document]:
    path = Path(source)
    paths = sorted(path.glob("*.txt")) if path.is_dir() else [path]
    out = []
    for one in paths:
        for k, text in enumerate(one.read_text(encoding="utf-8").split(SEPARATOR)):
            doc = parse(text.strip("\n"), f"probe:{one.stem}#{k}")
            if doc is not None:
                out.append(doc)
    return out


def parse(text: str, group: str) -> Document | None:
    head = re.match(r"FOLDER=(\S+)\n(?:SOURCE=(\S+)\n)?", text)
    if head is None:
        return None
    if head.group(2):
        group = head.group(2).split("/")[0].lower()
    files: dict[str, list[str]] = {"README.md": []}
    current = "README.md"
    for line in text[head.end() :].split("\n"):
        named = FILE.match(line)
        if named:
            current = named.group(1)
            files.setdefault(current, [])
        else:
            files[current].append(line)
    return Document(group, head.group(1), {name: lines for name, lines in files.items() if any(x.strip() for x in lines)})


def stage(doc: Document, into: Path) -> tuple[Path, dict[tuple[str, int], str], dict[str, list[str]]]:
    """Write the document as a repository; returns its folder, (file, line) -> label, and each
    file's lines as written."""
    root = into / doc.folder
    gold: dict[tuple[str, int], str] = {}
    texts: dict[str, list[str]] = {}
    for name, lines in doc.files.items():
        lines = list(lines)
        while lines and not lines[0].strip():
            lines.pop(0)
        for i, line in enumerate(lines):
            label = LABEL.search(line)
            if label:
                gold[(name, i + 1)] = label.group(1)
                lines[i] = line[: label.start()]
        target = root / name
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text("\n".join(lines) + "\n", encoding="utf-8")
        texts[name] = lines
    return root, gold, texts


FRONT_MATTER_END = re.compile(r"^---\s*$")


def _front_matter_end(lines: list[str]) -> int:
    """The line of a card's closing `---` (0 without front matter): tags there are not prose."""
    if not lines or not FRONT_MATTER_END.match(lines[0]):
        return 0
    return next((i for i, line in enumerate(lines[1:], 2) if FRONT_MATTER_END.match(line)), 0)


def read(doc: Document, into: Path) -> list[tuple[str, str, str, list[str], str]]:
    """(language, label, predicted, rules, text) for each labelled line and each line openlint
    took for a claim: the predicted label is the strongest role of a mention or claim on it."""
    from openlint.pipeline import Options, check_repository

    root, gold, texts = stage(doc, into)
    report = check_repository(str(root), Options(keep_sources=False, show_claims=True))
    predicted: dict[tuple[str, int], str] = {}
    rules: dict[tuple[str, int], list[str]] = {}
    found = [(m.file, m.line, ("claim-ow" if m.kind == "open-weights" else "claim-os") if m.role == "claim" else m.role) for m in report.mentions]
    found += [(c.file, c.line, "claim-ow" if c.claim == "open-weights" else "claim-os") for c in report.claims]
    for file, line, label in found:
        key = (file, line)
        if key not in predicted or LABELS_ORDER.index(label) < LABELS_ORDER.index(predicted[key]):
            predicted[key] = label
    for m in report.mentions:
        rules.setdefault((m.file, m.line), []).append(m.rule)
    out = []
    for key in sorted(set(gold) | {k for k, v in predicted.items() if v.startswith("claim")}):
        file, line = key
        if file not in texts or (key not in gold and line <= _front_matter_end(texts[file])):
            continue
        text = texts[file][line - 1] if line <= len(texts[file]) else ""
        out.append(
            (
                "zh" if CJK.search(text) else "en",
                gold.get(key, "unlabelled"),
                predicted.get(key, "other"),
                rules.get(key, []),
                f"{doc.folder}/{file}:{line} {text.strip()}",
            )
        )
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("sources", nargs="+", help="files or folders of labelled documents")
    parser.add_argument("-v", "--verbose", action="store_true", help="list every line read wrongly")
    args = parser.parse_args()
    rows = []
    with tempfile.TemporaryDirectory(prefix="openlint-docs-") as tmp:
        for n, source in enumerate(args.sources):
            for k, doc in enumerate(documents(source)):
                rows += read(doc, Path(tmp) / f"{n}-{k}")
    for language, gold, predicted, rules, where in rows:
        if args.verbose and gold.startswith("claim") != predicted.startswith("claim"):
            print(f"{'missed' if gold.startswith('claim') else 'taken '} {gold} -> {predicted} {rules} {where[:200]}")
    for language in ("en", "zh"):
        mine = [(g.startswith("claim"), p.startswith("claim")) for lang, g, p, _, _ in rows if lang == language]
        tp, gold, pred = sum(g and p for g, p in mine), sum(g for g, _ in mine), sum(p for _, p in mine)
        print(f"{language}: claims labelled {gold}, predicted {pred}, correct {tp}; precision {tp / max(pred, 1):.3f}, recall {tp / max(gold, 1):.3f}")
    taken = Counter(g for _, g, p, _, _ in rows if p.startswith("claim") and not g.startswith("claim"))
    print("not claims taken for claims: " + ", ".join(f"{label} {taken[label]}" for label in ("comparative", "third-party", "other", "unlabelled")))


if __name__ == "__main__":
    main()
