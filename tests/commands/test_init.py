"""`openlint init`: a draft openness.toml that `openlint check` accepts, from what a repository shows."""

from __future__ import annotations

import os
import shutil

import pytest
import tomli
from helpers import ROOT, SECRET, Link
from openlint.commands import init
from openlint.inputs.openness import SCHEMA
from openlint.inputs.validate import problems
from repos import LICENSE_OK, MIT_TEXT, REPOS

EXAMPLES = sorted(p.name for p in (ROOT / "examples").iterdir() if (p / "openness.toml").is_file())
SCHEMA_CODES = {"OL007", "OL101", "OL102"}
PATH_CODES = {"OL301", "OL005"}

CARD = """---
license: mit
model_name: Tiny-Src
pipeline_tag: text-generation
base_model:
  - acme/tiny-base
datasets:
  - acme/web-mix
  - not a hub id!
tags:
  - open-source
---

# Something else

Described in [our paper](https://arxiv.org/abs/2501.01234v2) and the
[technical report](https://acme.example/tiny-report.pdf); see also https://arxiv.org/pdf/2501.01234.
"""
SRC_LAYOUT = {
    "README.md": CARD,
    "LICENSE": MIT_TEXT,
    "src/tiny/__init__.py": "",
    "src/tiny/modeling_tiny.py": "# model\n",
    "src/tiny/generate.py": "# inference\n",
    "src/tiny/tokenization_tiny.py": "# tokenizer\n",
    "scripts/train.py": "# training\n",
    "scripts/preprocess_data.py": "# preprocessing\n",
    "scripts/run_eval.py": "# evaluation\n",
    "configs/pretrain.yaml": "lr: 1\n",
    "data/raw.parquet": "PAR1\n",
    "checkpoints/step-1000/model.safetensors": "weights\n",
    "model.safetensors": "weights\n",
    "training_args.bin": "not weights\n",
    "config.json": "{}\n",
    "datasheet.md": "# Data\n",
    "eval_results.json": "{}\n",
    "samples.jsonl": "{}\n",
    "tests/test_model.py": "# a test, not the architecture\n",
    "filters/blocklist.txt": "a word list, not a dataset\n",
}


def check_json(cli, root) -> dict:
    import json

    result = cli("check", "--output-format", "json", "--exit-zero", root)
    assert result.code == 0, result.err
    return json.loads(result.out)["repositories"][0]


def declared_paths(data: dict) -> list[str]:
    out = []
    for table in data.get("components", {}).values():
        for key in ("path", "license_path"):
            value = table.get(key)
            out += [value] if isinstance(value, str) else value or []
    for value in data["release"].get("license_path", {}).values():
        out.append(value)
    return out


def init_and_check(cli, root) -> tuple[dict, dict]:
    """Run `init --force` then `check`: the draft as data, and the check's repository report."""
    result = cli("init", root, "--force")
    assert result.code == 0 and result.err == "", result.err
    assert result.out.startswith(f"wrote {root}/openness.toml: ")
    text = (root / "openness.toml").read_text(encoding="utf-8")
    data = tomli.loads(text)
    assert problems(data, SCHEMA) == []
    for rel in declared_paths(data):
        assert (root / rel).exists(), rel
    report = check_json(cli, root)
    at_draft = [f for f in report["findings"] if f["file"] == "openness.toml"]
    assert not [f for f in report["findings"] if f["code"] in SCHEMA_CODES], report["findings"]
    assert not [f for f in at_draft if f["code"] in PATH_CODES], at_draft
    return data, report


@pytest.mark.parametrize("name", EXAMPLES)
def test_examples(cli, tmp_path, name):
    root = tmp_path / name
    shutil.copytree(ROOT / "examples" / name, root)
    (root / "openness.toml").unlink()
    data, report = init_and_check(cli, root)
    assert data["release"]["name"]
    assert data["components"]["model-parameters-final"]["path"]
    assert data["components"]["model-card"]["path"] == "README.md"


def test_open_model_example_is_recognised(cli, tmp_path):
    root = tmp_path / "open-model"
    shutil.copytree(ROOT / "examples" / "open-model", root)
    data, report = init_and_check(cli, root)
    components = data["components"]
    assert data["release"]["name"] == "Tessellate-410M"
    assert data["release"]["license"] == {"distribution": "Apache-2.0", "document": "CC-BY-4.0"}
    assert data["release"]["license_path"] == {"distribution": "LICENSE", "document": "LICENSE-DOCS"}
    assert components["model-architecture"] == {"path": "tessellate/modeling.py"}
    assert components["data-preprocessing-code"] == {"path": "data_pipeline/"}
    assert components["training-code"] == {"path": "training/"}
    assert components["inference-code"] == {"path": "tessellate/generate.py"}
    assert components["evaluation-code"] == {"path": "evaluation/"}
    assert components["supporting-libraries-and-tools"] == {"path": "tessellate/tokenizer.py"}
    assert components["model-parameters-final"] == {"path": "model.safetensors"}
    assert components["model-parameters-intermediate"] == {"path": "checkpoints/"}
    assert components["data-card"] == {"path": "DATA_CARD.md"}
    assert components["technical-report"] == {"path": "report/technical-report.md"}
    assert components["evaluation-results"] == {"path": "evaluation/results.json"}
    assert components["model-metadata"] == {"path": "config.json"}
    assert components["datasets"]["url"][0] == "https://huggingface.co/datasets/harbourline/tessellate-web-mix"
    # the card's open-source tag is the claim, and the draft meets it
    assert report["verdicts"][0]["met"] is True


def test_src_layout(cli, make_repo):
    root = make_repo(SRC_LAYOUT)
    data, report = init_and_check(cli, root)
    release, components = data["release"], data["components"]
    assert release["name"] == "Tiny-Src"
    assert release["type"] == "language"
    assert release["base_model"] == "acme/tiny-base"
    assert release["license"] == {"distribution": "MIT"}
    assert release["license_path"] == {"distribution": "LICENSE"}
    assert "claim" not in release  # a person has to make the claim
    assert components["model-architecture"]["path"] == "src/tiny/modeling_tiny.py"
    assert components["inference-code"]["path"] == "src/tiny/generate.py"
    assert components["supporting-libraries-and-tools"]["path"] == "src/tiny/tokenization_tiny.py"
    assert sorted(components["training-code"]["path"]) == ["configs/pretrain.yaml", "scripts/train.py"]
    assert components["data-preprocessing-code"]["path"] == "scripts/preprocess_data.py"
    assert components["evaluation-code"]["path"] == "scripts/run_eval.py"
    assert components["model-parameters-final"]["path"] == "model.safetensors"  # not training_args.bin
    assert components["model-parameters-intermediate"]["path"] == "checkpoints/"
    assert components["datasets"] == {
        "path": "data/",
        "url": "https://huggingface.co/datasets/acme/web-mix",
    }
    assert components["data-card"]["path"] == "datasheet.md"
    assert components["evaluation-results"]["path"] == "eval_results.json"
    assert components["sample-model-outputs"]["path"] == "samples.jsonl"
    assert components["research-paper"] == {"url": "https://arxiv.org/abs/2501.01234"}
    assert components["technical-report"] == {"url": "https://acme.example/tiny-report.pdf"}


def test_draft_is_commented_with_todos(cli, make_repo):
    root = make_repo(SRC_LAYOUT)
    text = cli("init", root, "--dry-run").out
    assert text.startswith("# openness.toml: ")
    lines = text.splitlines()
    for i, line in enumerate(lines):
        if line.startswith("["):  # every table has its comment
            assert lines[i - 1].startswith("#"), line
    assert "# TODO: what does this release claim?" in text
    assert '# claim = "open-source-ai"' in text
    assert "The card's tags already claim 'open-source-ai'" in text
    assert "# TODO: under which license is the data?" in text
    assert "# TODO: under which license is acme/tiny-base? openlint does not know it" in text
    assert '# base_model_license = "…"' in text
    assert "# TODO: which kind of training data is it?" in text
    assert "configs' are taken as the training run's configuration" in text
    assert all(len(line) <= 100 for line in lines if line.startswith("#") and "https://" not in line)


def test_bare_repository(cli, tmp_path):
    root = tmp_path / "Bare-Model"
    (root / "weights").mkdir(parents=True)
    (root / "weights" / "model.gguf").write_text("gguf\n")
    data, report = init_and_check(cli, root)
    assert data["release"] == {"name": "Bare-Model"}
    assert data["components"] == {"model-parameters-final": {"path": "weights/model.gguf"}}
    text = (root / "openness.toml").read_text(encoding="utf-8")
    assert "TODO: under which license is each part released?" in text
    assert "TODO: where is the training data described?" in text
    assert "model-architecture, data-preprocessing-code, training-code, inference-code" in text


def test_empty_repository(cli, tmp_path):
    root = tmp_path / "empty"
    root.mkdir()
    data, _ = init_and_check(cli, root)
    assert data == {"format": 1, "release": {"name": "empty"}}


def test_strings_are_escaped(cli, make_repo):
    name = 'Tiny "quoted" \\ back\tslash # not a comment'
    card = "---\nlicense: apache-2.0\nmodel_name: 'Tiny \"quoted\" \\ back\tslash # not a comment'\n---\n# T\n"
    root = make_repo({"README.md": card, "LICENSE": LICENSE_OK, "train \"ing\" dir/a.py": "#\n"})
    data, _ = init_and_check(cli, root)
    assert data["release"]["name"] == name
    assert data["components"]["training-code"]["path"] == 'train "ing" dir/'


def test_card_without_front_matter_and_unknown_license(cli, make_repo):
    root = make_repo({"README.md": "# My **Model**\n\nNo metadata.\n", "LICENSE": LICENSE_OK, "run.py": "#\n"})
    data, _ = init_and_check(cli, root)
    assert data["release"]["name"] == "My Model"
    assert data["components"]["model-card"] == {"path": "README.md"}
    assert data["components"]["inference-code"] == {"path": "run.py"}
    assert data["release"]["license"] == {"distribution": "Apache-2.0"}

    root = make_repo({"README.md": "---\nlicense: Apache 2.0\n---\n# M\n", "LICENSE": LICENSE_OK})
    text = cli("init", root, "--dry-run").out
    assert "TODO: the card's `license: Apache 2.0` is not a license openlint can identify" in text
    init_and_check(cli, root)


def test_model_license_weights_get_their_own(cli, make_repo):
    files = {
        "README.md": "---\nlicense: llama3\nbase_model: meta-llama/Meta-Llama-3-8B\n---\n# M\n",
        "LICENSE-CODE": MIT_TEXT,
        "finetune/train_lora.py": "#\n",
        "model-00001-of-00002.safetensors": "w\n",
        "model-00002-of-00002.safetensors": "w\n",
    }
    data, report = init_and_check(cli, make_repo(files))
    assert data["release"]["license"]["code"] == "MIT"
    assert data["release"]["license_path"]["code"] == "LICENSE-CODE"
    assert data["components"]["model-parameters-final"]["path"] == [
        "model-00001-of-00002.safetensors",
        "model-00002-of-00002.safetensors",
    ]
    assert data["components"]["training-code"] == {"path": "finetune/"}
    assert "base_model_license" not in (report_text := cli("init", make_repo(files), "--dry-run").out)
    assert "under which license is each part released" not in report_text


def test_only_checkpoints(cli, make_repo):
    root = make_repo({"ckpt/epoch-3/weights.pt": "w\n", "README.md": "---\nlicense: mit\n---\n# M\n"})
    data, _ = init_and_check(cli, root)
    assert data["components"]["model-parameters-final"] == {"path": "ckpt/"}
    assert "model-parameters-intermediate" not in data["components"]
    assert "keep only the final checkpoint" in (root / "openness.toml").read_text(encoding="utf-8")


@pytest.mark.parametrize("name", sorted(REPOS))
def test_every_test_repository(cli, make_repo, name):
    files = {k: v for k, v in REPOS[name].items() if k != "openness.toml"}
    init_and_check(cli, make_repo(files, name=name))


def test_existing_file_is_not_overwritten(cli, make_repo):
    root = make_repo({"openness.toml": "keep me\n"})
    result = cli("init", root)
    assert (result.code, result.out) == (2, "")
    assert result.err == (
        f"openlint: error: {root}/openness.toml already exists; use --force to overwrite it or --dry-run to print the draft\n"
    )
    assert (root / "openness.toml").read_text() == "keep me\n"
    result = cli("init", root, "--dry-run")
    assert result.code == 0 and result.out.startswith("# openness.toml")
    assert (root / "openness.toml").read_text() == "keep me\n"
    assert cli("init", root, "--force").code == 0
    assert (root / "openness.toml").read_text().startswith("# openness.toml")


def test_dry_run_writes_nothing(cli, make_repo):
    root = make_repo({"model.safetensors": "w\n"})
    result = cli("init", root, "--dry-run")
    assert result.code == 0 and result.err == ""
    assert tomli.loads(result.out)["components"]["model-parameters-final"] == {"path": "model.safetensors"}
    assert not (root / "openness.toml").exists()
    assert sorted(os.listdir(root)) == ["model.safetensors"]


def test_force_replaces_a_symlink_without_following_it(cli, make_repo, outside):
    root = make_repo({"openness.toml": Link("@OUTSIDE@/secret.txt")})
    assert cli("init", root).code == 2
    assert cli("init", root, "--force").code == 0
    assert not (root / "openness.toml").is_symlink()
    assert (outside / "secret.txt").read_text() == SECRET + "\n"


def test_usage_errors(cli, tmp_path):
    result = cli("init", tmp_path / "nope")
    assert result.code == 2 and result.err == f"openlint: error: {tmp_path}/nope: no such directory\n"
    (tmp_path / "file").write_text("x")
    assert cli("init", tmp_path / "file").err == f"openlint: error: {tmp_path}/file: not a directory\n"


def test_draft_function_is_the_cli_output(make_repo, cli):
    root = make_repo(SRC_LAYOUT)
    assert init.draft(root).text == cli("init", root, "--dry-run").out


def test_toml_writer_comments_and_wrapping():
    from openlint.commands.toml_writer import dump_toml

    data = {"format": 1, "release": {"name": "# not a comment", "license": {"code": "MIT"}}, "components": {"a": {"path": ["x"] * 30}}}
    text = dump_toml(
        data,
        header="head\n\nline",
        comments={("format",): "the format", ("release",): ["one", "two"], ("components",): "parts", ("components", "a"): "A"},
        after={("release",): "claim = \"x\"", (): "the end"},
        width=40,
    )
    assert tomli.loads(text) == data
    assert text.startswith("# head\n#\n# line\n\n# the format\nformat = 1\n\n# one\n# two\n[release]\n")
    assert '# claim = "x"\n\n[release.license]\n' in text
    assert "\n# parts\n\n# A\n[components.a]\npath = [\n  \"x\",\n" in text
    assert text.endswith("]\n\n# the end\n")
