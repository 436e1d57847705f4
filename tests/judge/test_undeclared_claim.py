"""A claim with no openness.toml is one error at the claim (OL417), listing what the claimed
definition needs and what the repository already shows (its files, and the links of the card and
the READMEs); with an openness.toml, what those links show that it leaves out is an info at the
link (OL304), and the per-component findings stay as they were (issue 15, point 4)."""

from __future__ import annotations

import subprocess
import sys

from helpers import located, only, repo_of
from repos import LICENSE_OK, MIT_TEXT

OSAID_NEEDS = (
    "OSAID 1.0 needs model-architecture, data-preprocessing-code, training-code, inference-code, supporting-libraries-and-tools, "
    "model-parameters-final and one of (datasets, data-card, technical-report, research-paper)"
)
HEAD = "open-source-ai claim not met: no openness.toml declares the release's components; "
FIX = (
    "Run `openlint init` to draft openness.toml from what the repository shows (its files, card and links), check and complete "
    "the draft, and commit it; `openlint check` then judges each component on its own."
)
OSAID_REASONS = [
    "model-architecture not declared",
    "data-preprocessing-code not declared",
    "training-code not declared",
    "inference-code not declared",
    "supporting-libraries-and-tools not declared",
    "none of datasets, data-card, technical-report or research-paper",
]
# the MIT text of tests/repos.py: its license is identified from line 3 on
MIT_AT = "MIT from LICENSE:3"

LINKED_README = """\
# Acme-7B

Acme-7B is a fully open-source language model.

## Resources

- [Model weights](https://huggingface.co/acme/Acme-7B)
- [Training Code](https://github.com/acme/acme-train)
- [数据处理代码](https://github.com/acme/acme-data-prep)
- Pretraining dataset: <https://huggingface.co/datasets/acme/acme-pile>

Serve it with [vLLM](https://github.com/vllm-project/vllm).
"""


def codes_of(report) -> list[str]:
    return [f["code"] for f in repo_of(report)["findings"]]


def test_a_prose_claim_without_openness_toml_is_one_error_at_the_claim(make_repo, check_json):
    report = check_json(make_repo({"LICENSE": MIT_TEXT, "README.md": "# Acme\n\nAcme is an open-source model.\n"}))
    # one error at the claim's words, then the claim's place (OL416); none per component, no OL413
    assert located(report) == [("OL012", "README.md", 1, 1), ("OL417", "README.md", 3, 12), ("OL416", "README.md", 3, 12)]
    finding = only(report, "OL417")
    assert (finding["end_line"], finding["end_column"], finding["severity"]) == (3, 23, "error")
    assert finding["message"] == (
        HEAD + OSAID_NEEDS + f"; the repository shows model-parameters-final (described in README.md; {MIT_AT}); not shown: "
        "model-architecture, data-preprocessing-code, training-code, inference-code, supporting-libraries-and-tools, "
        "one of (datasets, data-card, technical-report, research-paper)"
    )
    assert finding["fix"] == FIX
    assert finding["clause"] == "Open Source AI Definition 1.0"
    # the verdict still tells the whole story
    [verdict] = repo_of(report)["verdicts"]
    assert (verdict["definition"], verdict["claim"], verdict["met"]) == ("osaid-1.0", "open-source-ai", False)
    assert verdict["reasons"] == OSAID_REASONS
    assert only(report, "OL416")["message"].endswith("OSAID 1.0 not met (the findings at README.md:3 say why)")
    assert report.exit == 1


def test_the_links_of_the_readme_are_named_as_what_the_repository_shows(make_repo, check_json):
    report = check_json(make_repo({"LICENSE": MIT_TEXT, "README.md": LINKED_README}))
    assert [c for c in codes_of(report) if c.startswith("OL4")] == ["OL417", "OL416"]
    assert only(report, "OL417")["message"] == (
        HEAD + OSAID_NEEDS + "; the repository shows data-preprocessing-code (linked at README.md:9), training-code (linked at "
        f"README.md:8), model-parameters-final (linked at README.md:7; {MIT_AT}) and datasets (linked at README.md:10); "
        "not shown: model-architecture, inference-code, supporting-libraries-and-tools"
    )  # vLLM, the tool it runs with, is no component of the release
    assert (only(report, "OL417")["line"], only(report, "OL417")["column"]) == (3, 20)
    assert repo_of(report)["verdicts"][0]["reasons"] == OSAID_REASONS  # linked is not declared
    assert report.exit == 1


def test_a_card_tag_claim_names_the_weight_files_and_drops_ol303(make_repo, check_json):
    card = "---\nlicense: mit\ntags:\n- open-source\n---\n# Acme\n"
    report = check_json(make_repo({"LICENSE": MIT_TEXT, "README.md": card, "model.safetensors": "weights\n"}))
    assert located(report) == [("OL417", "README.md", 4, 3)]  # OL303 said the same of the weights: left out
    assert only(report, "OL417")["message"] == (
        HEAD + OSAID_NEEDS + "; the repository shows model-parameters-final (model.safetensors; MIT from README.md:2); not shown: "
        "model-architecture, data-preprocessing-code, training-code, inference-code, supporting-libraries-and-tools, "
        "one of (datasets, data-card, technical-report, research-paper)"
    )
    assert [(v["claim"], v["met"], v["reasons"]) for v in repo_of(report)["verdicts"]] == [("open-source-ai", False, OSAID_REASONS)]
    assert report.exit == 1


def test_two_claims_are_two_errors_each_at_its_claim(make_repo, check_json):
    # README_EN.md is prose, not a card: nothing stands for the weights, so both claims need declarations
    text = "# Acme\n\nAcme is a fully open-source model.\n\nAcme is an open-weights model.\n"
    report = check_json(make_repo({"LICENSE": MIT_TEXT, "README_EN.md": text}))
    assert [f for f in located(report) if f[0] in ("OL401", "OL404", "OL413", "OL417")] == [
        ("OL417", "README_EN.md", 3, 17),
        ("OL417", "README_EN.md", 5, 12),
    ]
    messages = [f["message"] for f in repo_of(report)["findings"] if f["code"] == "OL417"]
    assert messages == [
        HEAD + OSAID_NEEDS + "; nothing in the repository shows any of them",
        "open-weights claim not met: no openness.toml declares the release's components; Open weights needs model-parameters-final; "
        "nothing in the repository shows it",
    ]
    assert [(v["claim"], v["met"]) for v in repo_of(report)["verdicts"]] == [("open-source-ai", False), ("open-weights", False)]
    assert report.exit == 1


def test_the_same_claim_in_two_places_is_one_error_at_the_first(make_repo, check_json):
    card = "---\nlicense: mit\ntags: [open-source]\n---\n# Acme\n\nAcme is a fully open-source model.\n"
    report = check_json(make_repo({"LICENSE": MIT_TEXT, "README.md": card}))
    assert located(report) == [("OL417", "README.md", 3, 8), ("OL416", "README.md", 7, 17)]
    assert only(report, "OL416")["message"].endswith("OSAID 1.0 not met (the findings at README.md:3 say why)")


def test_a_claim_the_missing_declaration_does_not_sink_keeps_ol413(make_repo, check_json):
    card = "---\nlicense: mit\ntags: [open-weights]\n---\n# Acme\n"
    report = check_json(make_repo({"LICENSE": MIT_TEXT, "README.md": card, "model.safetensors": "weights\n"}))
    assert located(report) == [("OL413", "README.md", 3, 8), ("OL303", "model.safetensors", 1, 1)]
    assert report.exit == 0


def test_license_findings_stay_beside_the_one_error(make_repo, check_json):
    card = "---\nlicense: cc-by-nc-4.0\ntags: [open-source]\n---\n# Acme\n"
    report = check_json(make_repo({"LICENSE": "SPDX-License-Identifier: CC-BY-NC-4.0\n", "README.md": card}))
    claim = [f for f in located(report) if f[0].startswith("OL4")]
    assert claim == [("OL409", "README.md", 3, 8), ("OL417", "README.md", 3, 8)]  # the terms lead: no declaration mends them
    assert "model-parameters-final (described in README.md; CC-BY-NC-4.0 from README.md:2)" in only(report, "OL417")["message"]


def test_an_openness_toml_that_cannot_be_parsed_is_not_a_missing_one(make_repo, check_json):
    # `openlint init` would refuse to overwrite it: its own error leads, and the claim is judged on nothing declared
    files = {"LICENSE": MIT_TEXT, "README.md": "# Acme\n\nAcme is an open-source model.\n", "openness.toml": "format = 1\n[release\n"}
    report = check_json(make_repo(files))
    assert ("OL007", "openness.toml", 2, 9) in located(report)
    assert [c for c in codes_of(report) if c.startswith("OL4")] == ["OL401"] * 5 + ["OL404", "OL416"]
    assert report.exit == 1


# -- with openness.toml: per component, and what the links show that it leaves out ---------------------

OPENNESS = """\
format = 1
[release]
name = "Acme-7B"
claim = "open-source-ai"
[components.model-parameters-final]
url = "https://huggingface.co/acme/Acme-7B"
license = "MIT"
[components.datasets]
url = "https://huggingface.co/datasets/acme/acme-pile"
license = "CC-BY-4.0"
"""


def test_links_openness_toml_leaves_out_are_an_info_at_the_link(make_repo, check_json):
    report = check_json(make_repo({"LICENSE": MIT_TEXT, "README.md": LINKED_README, "openness.toml": OPENNESS}))
    omitted = [f for f in repo_of(report)["findings"] if f["code"] == "OL304"]
    assert [(f["file"], f["line"], f["column"], f["severity"]) for f in omitted] == [("README.md", 8, 3, "info"), ("README.md", 9, 3, "info")]
    assert [f["message"] for f in omitted] == [
        "README.md:8 links training-code: https://github.com/acme/acme-train (a code repository, named after the release; its text says "
        "'training code'); openness.toml declares no training-code",
        "README.md:9 links data-preprocessing-code: https://github.com/acme/acme-data-prep (a code repository, named after the release; "
        "its text says '数据处理代码'); openness.toml declares no data-preprocessing-code",
    ]
    assert omitted[0]["fix"] == (
        'If it is part of the release, add `[components.training-code]` with `url = "https://github.com/acme/acme-train"` to '
        "openness.toml (`openlint init --dry-run` prints the whole draft); if it is not, nothing to do."
    )
    # the declaration is judged as before: one OL401 per missing component, at the claim, and no OL417
    assert sorted(f[0] for f in located(report) if f[1] == "openness.toml") == ["OL401"] * 5
    assert "OL417" not in codes_of(report) and "OL413" not in codes_of(report)
    assert report.exit == 1


def test_several_links_to_one_undeclared_component_are_one_info(make_repo, check_json):
    readme = (
        "# Acme-7B\n\nAcme-7B is a language model.\n\n"
        "- [Pretraining data](https://huggingface.co/datasets/acme/acme-pile)\n"
        "- [SFT data](https://huggingface.co/datasets/acme/acme-sft)\n"
    )
    toml = 'format = 1\n[release]\nname = "Acme-7B"\n'
    report = check_json(make_repo({"LICENSE": LICENSE_OK, "README.md": readme, "openness.toml": toml}))
    assert only(report, "OL304")["message"] == (
        "README.md:5 links datasets: https://huggingface.co/datasets/acme/acme-pile (a dataset on the Hub, named after the release), "
        "and 1 more link (README.md:6); openness.toml declares no datasets"
    )


def test_weak_links_and_declared_components_give_no_info(make_repo, check_json):
    readme = (
        "# Acme-7B\n\nAcme-7B is a language model.\n\n"
        "Run it with [vLLM](https://github.com/vllm-project/vllm) or [llama.cpp](https://github.com/ggerganov/llama.cpp).\n"
        "See also [this code](https://github.com/someone/something).\n"
        "- [Model weights](https://huggingface.co/acme/Acme-7B)\n"
        "- [Training Code](https://github.com/acme/acme-train)\n"
    )
    toml = 'format = 1\n[release]\nname = "Acme-7B"\n[components.model-parameters-final]\nurl = "https://huggingface.co/acme/Acme-7B"\n'
    report = check_json(make_repo({"LICENSE": LICENSE_OK, "README.md": readme, "openness.toml": toml}))
    # the tools it runs with, a repository nothing says is the release's, and the declared weights give none
    assert [(f[1], f[2]) for f in located(report) if f[0] == "OL304"] == [("README.md", 8)]
    assert "training-code" in only(report, "OL304")["message"]


# -- start-up: links are read only when needed, and a warm run reads them from the cache --------------

PROBE = (
    "import sys; from openlint.cli import main; main(['check', '-q', sys.argv[1]]); "
    "print([m for m in ('openlint.claims.links', 'openlint.judge.links', 'openlint.judge.undeclared') if m in sys.modules])"
)


def _probe(root, cache) -> str:
    env = {"OPENLINT_CACHE_DIR": str(cache), "PATH": "/usr/bin:/bin"}
    proc = subprocess.run([sys.executable, "-c", PROBE, str(root)], capture_output=True, text=True, env=env)
    assert proc.stderr == ""
    return proc.stdout.splitlines()[-1]


def test_a_check_with_openness_toml_and_no_address_in_its_texts_imports_no_link_code(make_repo, tmp_path):
    root = make_repo({"LICENSE": LICENSE_OK, "README.md": "# Acme\n\nA model.\n", "openness.toml": OPENNESS})
    assert _probe(root, tmp_path / "cache") == "[]"


def test_a_warm_check_takes_the_link_evidence_from_the_cache(make_repo, tmp_path):
    root = make_repo({"LICENSE": MIT_TEXT, "README.md": LINKED_README, "openness.toml": OPENNESS})
    cache = tmp_path / "cache"
    assert _probe(root, cache) == "['openlint.claims.links', 'openlint.judge.links', 'openlint.judge.undeclared']"
    assert _probe(root, cache) == "['openlint.judge.undeclared']"  # neither parsed nor classified again
    (root / "README.md").write_text(LINKED_README + "\n- [Eval](https://github.com/acme/acme-eval)\n", encoding="utf-8")
    assert _probe(root, cache) == "['openlint.claims.links', 'openlint.judge.links', 'openlint.judge.undeclared']"  # a new key
