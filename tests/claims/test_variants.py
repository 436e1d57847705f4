"""A line's reading does not depend on how it is written: benchmarks/claims_variants.py's edits
(bold, links, Chinese spacing and punctuation, emoji, quotations, numbered items, HTML spaces,
badges or an HTML title at the top, card front matter, sections reordered, the release renamed,
unknown tools and base models, a logo for a title, a long changelog, the Hub's card title,
synonyms, lower-case names, linking words, adverbs, "we" as the authors' team, and tables with
their columns swapped, in HTML or without outer pipes) change no reading of our probe documents
that were once read differently under them (benchmarks/claim-probes/variant-probes.toml), nor of
a small README of ours."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
import tomli

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "benchmarks"))
from claims_docs import Document, documents  # noqa: E402
from claims_variants import differences, readings  # noqa: E402

# for each edit, the probe documents it once read differently (data, next to the probes)
PROBES = ROOT / "benchmarks" / "claim-probes"
SETS = tomli.loads((PROBES / "variant-probes.toml").read_text(encoding="utf-8"))
PROBED = set(SETS["probed"]["folders"])
OURS = Document(
    "ours",
    "acme-translate",
    {
        "README.md": [
            "# Acme-Translate",
            "",
            "Open-source offline translation library written in Python @claim-os",
            "",
            "- Completely free and open-source @claim-os",
            "- Acme-Translate outperforms other open-source systems on FLORES. @comparative",
            "",
            "Acme-Translate 以 Apache-2.0 协议开源，欢迎使用。 @claim-os",
        ]
    },
)
EDITS = ("hyphen", "bold-name", "cjk-tight", "ascii-punct", "star-items", "emoji", "banner", "switcher", "badges-under", "html-title", "rename", "front-matter", "link-name", "bold-term", "term-case", "quote", "numbered", "indent", "cjk-punct", "reorder", "crlf")


def test_no_reading_depends_on_how_a_line_is_written(tmp_path):
    docs = [doc for doc in documents(str(PROBES)) if doc.folder in PROBED] + [OURS]
    assert len(docs) >= len(PROBED)
    base = readings(docs, tmp_path)
    changed = {}
    for name in EDITS:
        lines, found = differences(docs, name, tmp_path, base)
        assert lines > 0, name
        changed.update({f"{name}: {where}": f"{before} -> {after}" for _, before, after, _, where in found})
    assert changed == {}


@pytest.mark.parametrize("edit", [edit for edit in SETS if edit != "probed"])
def test_no_reading_depends_on_a_list_of_names_or_on_a_title(tmp_path, edit):
    folders, least = set(SETS[edit]["folders"]), SETS[edit]["least"]
    docs = [doc for doc in documents(str(PROBES)) if doc.folder in folders]
    assert len(docs) >= len(folders)
    lines, found = differences(docs, edit, tmp_path)
    assert lines > least
    assert {where: f"{before} -> {after}" for _, before, after, _, where in found} == {}


@pytest.mark.parametrize(
    ("line", "edited"),
    [
        ("- The model is released with open weights.", "- This model is released with open weights."),
        ("Our model is open source.", "This model is open source."),
        ("本模型已开源。", "我们的模型已开源。"),
    ],
)
def test_the_deixis_edit_keeps_an_item_s_marker(line, edited):
    from claims_variants import EDITS as LINE_EDITS

    assert LINE_EDITS["deixis"](line) == edited
