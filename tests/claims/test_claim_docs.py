"""Labelled documents (benchmarks/claims_docs.py): the format, how a document is staged as a
repository, how openlint's reading of it is scored, and the probe documents we keep."""

from __future__ import annotations

import sys
from collections import Counter

from helpers import ROOT

sys.path.insert(0, str(ROOT / "benchmarks"))
import claims_docs as docs  # noqa: E402

DOC = """FOLDER=acme-2
SOURCE=Acme-Lab/acme-2

---
license: apache-2.0
tags:
- open-source
---

# Acme-2

Acme-2 is an open-source LLM for code. @claim-os
It beats other open-source models of its size. @comparative
We thank the open-source community.
FILE=README_zh.md
Acme-2 是一个开源的大语言模型。 @claim-os
"""


def test_a_document_names_its_folder_group_and_files():
    doc = docs.parse(DOC.strip("\n"), "probe:x#0")
    assert (doc.group, doc.folder) == ("acme-lab", "acme-2")  # a SOURCE's owner groups it
    assert list(doc.files) == ["README.md", "README_zh.md"]
    assert docs.parse("FOLDER=acme-2\n# Acme-2\n", "probe:x#1").group == "probe:x#1"
    assert docs.parse("# no folder line\n", "probe:x#2") is None


def test_staging_writes_the_files_without_labels_and_keeps_the_labelled_lines(tmp_path):
    root, gold, texts = docs.stage(docs.parse(DOC.strip("\n"), "g"), tmp_path)
    assert root == tmp_path / "acme-2"
    # the blank line before the front matter is dropped: a card starts with its fence
    assert gold == {("README.md", 9): "claim-os", ("README.md", 10): "comparative", ("README_zh.md", 1): "claim-os"}
    readme = (root / "README.md").read_text(encoding="utf-8").split("\n")
    assert readme[0] == "---" and readme[8] == "Acme-2 is an open-source LLM for code."
    assert (root / "README_zh.md").read_text(encoding="utf-8") == "Acme-2 是一个开源的大语言模型。\n"
    assert texts["README.md"] == readme[:-1]


def test_reading_scores_each_labelled_line_by_its_strongest_role(tmp_path):
    rows = docs.read(docs.parse(DOC.strip("\n"), "g"), tmp_path)
    assert [(lang, gold, predicted, where.split(" ")[0]) for lang, gold, predicted, _, where in rows] == [
        ("en", "claim-os", "claim-os", "acme-2/README.md:9"),
        ("en", "comparative", "comparative", "acme-2/README.md:10"),
        ("zh", "claim-os", "claim-os", "acme-2/README_zh.md:1"),
    ]  # the card's tag claims too, but within the front matter it is no line of prose to score


def test_every_probe_document_parses_and_is_labelled():
    found = docs.documents(str(ROOT / "benchmarks" / "claim-probes"))
    assert len(found) >= 400
    labels = Counter()
    for doc in found:
        assert doc.group.startswith("probe:") and doc.folder
        labels.update(m.group(1) for lines in doc.files.values() for line in lines for m in [docs.LABEL.search(line)] if m)
    assert set(labels) == set(docs.LABELS_ORDER) and sum(labels.values()) >= 5000
