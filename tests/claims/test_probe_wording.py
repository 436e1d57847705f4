"""The probe documents are written in our words: benchmarks/wording.py finds no run of prose they
share with the real READMEs of ../shared/corpus (read when it is there), and finds the runs a text
does share, not its badges or code."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "benchmarks"))
import wording  # noqa: E402

REAL = (
    "# Harbour-3B\n\n"
    "[![License](https://img.shields.io/badge/License-Apache_2.0-blue.svg)](https://opensource.org/licenses/Apache-2.0)\n\n"
    "Harbour-3B reads tide tables aloud and never tires of doing so in the small hours.\n\n"
    "model = AutoModelForCausalLM.from_pretrained(model_id, torch_dtype=torch.bfloat16)\n\n"
    "潮汐表朗读模型在凌晨也不会感到疲倦，始终保持清晰的发音和平稳的语速。\n"
)


def test_a_shared_sentence_is_found_with_its_line_but_badges_and_code_are_not(tmp_path):
    real = tmp_path / "real"
    real.mkdir()
    (real / "README.md").write_text(REAL, encoding="utf-8")
    ours = tmp_path / "ours.txt"
    ours.write_text(
        "FOLDER=quay-2b\n"
        "[![License](https://img.shields.io/badge/License-Apache_2.0-blue.svg)](https://opensource.org/licenses/Apache-2.0)\n"
        "model = AutoModelForCausalLM.from_pretrained(model_id, torch_dtype=torch.bfloat16)\n"
        "Quay-2B reads tide tables aloud and never tires of doing so in the small hours. @other\n"
        "Quay-2B reads tide tables to sailors every morning. @other\n"
        "本模型在凌晨也不会感到疲倦，始终保持清晰的发音和平稳的语速。\n",
        encoding="utf-8",
    )
    runs = wording.shared_runs([ours], [real])
    assert [(line, run) for _, line, run, _ in runs] == [
        (4, "B reads tide tables aloud and never tires of doing so in the small hours."),
        (6, "模型在凌晨也不会感到疲倦，始终保持清晰的发音和平稳的语速。"),
    ]
    assert all(where == str(real / "README.md") for *_, where in runs)


def test_the_command_exits_1_on_a_shared_run_and_2_without_real_texts(tmp_path, capsys):
    real = tmp_path / "real"
    real.mkdir()
    (real / "README.md").write_text(REAL, encoding="utf-8")
    ours = tmp_path / "ours.txt"
    ours.write_text("Quay-2B reads tide tables aloud and never tires of doing so in the small hours.\n", encoding="utf-8")
    assert wording.main(["--against", str(real), str(ours)]) == 1
    assert capsys.readouterr().out.endswith("1 runs of prose shared with real texts in 1 files\n")
    assert wording.main(["--against", str(tmp_path / "nowhere"), str(ours)]) == 2


@pytest.mark.skipif(not wording.CORPUS.is_dir(), reason="../shared/corpus is not here")
def test_no_probe_document_shares_prose_with_a_real_readme():
    probes = sorted((ROOT / "benchmarks" / "claim-probes").glob("*.txt"))
    assert len(probes) >= 80
    assert [(Path(name).name, line, run) for name, line, run, _ in wording.shared_runs(probes, [wording.CORPUS])] == []
