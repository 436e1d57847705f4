"""`openlint init` over every release of the shared corpus (../shared/corpus/real and
../shared/corpus/readmes; skipped when absent): no crash, a valid draft, and on the Amber
release the components its README links to. benchmarks/init_links.py prints the table of what
is drafted per release (`-s` shows it here too)."""

from __future__ import annotations

import sys

import pytest
from helpers import ROOT

sys.path.insert(0, str(ROOT / "benchmarks"))
import init_links  # noqa: E402  benchmarks/init_links.py

CASES = init_links.cases()
pytestmark = pytest.mark.skipif(not CASES, reason=f"no corpus at {init_links.CORPUS}")
ROWS: dict[str, dict] = {}


def row(case) -> dict:
    key = f"{case.parent.name}/{case.name}"
    if key not in ROWS:
        ROWS[key] = init_links.drafted(case)  # the draft is checked against the schema as it is made
    return ROWS[key]


@pytest.mark.parametrize("case", CASES, ids=[f"{c.parent.name}/{c.name}" for c in CASES])
def test_every_release_drafts(case):
    drafted = row(case)
    assert drafted["name"].strip()
    assert set(drafted["linked"]) <= set(drafted["components"])


def test_amber_drafts_what_its_readme_links_to():
    amber = next((c for c in CASES if c.name == "llm360-amber"), None)
    if amber is None:
        pytest.skip("no llm360-amber in the corpus")
    drafted = row(amber)
    assert drafted["name"] == "Amber"
    assert drafted["name_from"] == "the title of README.md (line 1, an HTML <h1>)"
    assert drafted["linked"] == ["data-preprocessing-code", "datasets", "evaluation-code", "model-parameters-final", "training-code"]
    text = drafted["text"]
    for quote, url in [
        ('README.md:39 "Training Code"', "https://github.com/LLM360/amber-train"),
        ('README.md:40 "Data Preparation"', "https://github.com/LLM360/amber-data-prep"),
        ('README.md:13 "Analysis and Results"; README.md:41 "Metrics"', "https://github.com/LLM360/Analysis360"),
        ('README.md:13 "Amber Download"', "https://huggingface.co/LLM360/Amber"),
        ('README.md:14 "Pretraining Dataset"', "https://huggingface.co/datasets/LLM360/AmberDatasets"),
    ]:
        at = text.index(f'url = "{url}"')
        assert quote in text[text.rindex("# From ", 0, at) : at], url


def test_the_table(capsys):
    rows = [row(case) for case in CASES]
    with capsys.disabled():
        print("\n" + init_links.table(rows))
    # most releases link at least one of their components (416 of 517 when this was written)
    assert sum(1 for r in rows if r["linked"]) >= 0.7 * len(rows)
