"""Labelled documents: small model repositories written as one text, with each labelled line's
label at its end. Read by benchmarks/claims_learn.py.

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

import re
from pathlib import Path

from claims_corpus import LABELS_ORDER

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
