"""`openlint init` drafts the components a release's texts link to, each with where it was found,
names the release from its title (never a section heading), and leaves guesses commented out."""

from __future__ import annotations

import json

import tomli
from openlint.commands import init
from openlint.inputs.openness import SCHEMA
from openlint.inputs.validate import problems
from repos import MIT_TEXT

# An Amber-like release: an HTML title, a row of HTML links, a list of resources, and a first
# Markdown heading that is a section ("Loading Amber"). Written for this test.
AMBER_LIKE = """<h1 align="center">Amber: a 7B model trained in the open</h1>

<p align="center">
<a href="https://github.com/Lab360/Analysis360/blob/main/LICENSE"><img src="https://img.shields.io/badge/license-Apache_2.0-blue.svg" alt="license"></a>
</p>
<p align="center">
🤗 <a href="https://huggingface.co/Lab360/Amber">[Amber weights]</a> • 🤗 <a href="https://huggingface.co/Lab360/AmberChat">[AmberChat weights]</a> • 📈 <a href="https://github.com/Lab360/Analysis360/blob/main/README.md#metrics
">[Analysis]</a> • 📗 <a href="https://huggingface.co/datasets/Lab360/AmberDatasets">Pretraining Dataset</a>
</p>

## About

Lab360 builds language models whose every part is published.

- **Links:**
  - [Training Code](https://github.com/Lab360/amber-train)
  - [Data Preparation](https://github.com/Lab360/amber-data-prep)
  - [Metrics](https://github.com/Lab360/Analysis360)
  - [The processed pretraining data](https://huggingface.co/datasets/Lab360/AmberDatasets)

# Loading Amber

```python
# Load the model
from transformers import AutoModelForCausalLM
model = AutoModelForCausalLM.from_pretrained("Lab360/Amber")
```

Serve it with [vLLM](https://github.com/vllm-project/vllm) or [Ollama](https://ollama.com/).
"""


def draft_of(make_repo, files: dict) -> tuple[dict, str]:
    root = make_repo(files)
    text = init.draft(root).text
    data = tomli.loads(text)
    assert problems(data, SCHEMA) == []
    return data, text


def test_amber_like_release(make_repo, cli):
    root = make_repo({"README.md": AMBER_LIKE, "LICENSE": MIT_TEXT})
    result = cli("init", root, "--dry-run")
    assert result.code == 0 and result.err == ""
    data, text = tomli.loads(result.out), result.out
    assert data["release"]["name"] == "Amber"
    assert "# From the title of README.md (line 1, an HTML <h1>).\nname = \"Amber\"" in text
    assert data["components"] == {
        "data-preprocessing-code": {"url": "https://github.com/Lab360/amber-data-prep"},
        "training-code": {"url": "https://github.com/Lab360/amber-train"},
        "evaluation-code": {"url": "https://github.com/Lab360/Analysis360"},
        "model-parameters-final": {"url": "https://huggingface.co/Lab360/Amber", "license_path": "LICENSE"},
        "datasets": {"url": "https://huggingface.co/datasets/Lab360/AmberDatasets"},
        "model-card": {"path": "README.md"},
    }
    # each url with the links it came from
    assert '# From README.md:16 "Training Code"\nurl = "https://github.com/Lab360/amber-train"' in text
    assert '# From README.md:17 "Data Preparation"\nurl = "https://github.com/Lab360/amber-data-prep"' in text
    assert '# From README.md:7 "Analysis"; README.md:18 "Metrics"\nurl = "https://github.com/Lab360/Analysis360"' in text
    assert '# From README.md:7 "Amber weights"\nurl = "https://huggingface.co/Lab360/Amber"' in text
    assert '# From README.md:8 "Pretraining Dataset"; README.md:19 "The processed pretraining data"\n' in text
    # the sibling model is a guess, commented out; the tools and the license badge are nowhere
    assert '# "https://huggingface.co/Lab360/AmberChat"   (README.md:7 "AmberChat weights": a model repository' in text
    for absent in ("vllm", "ollama", "shields.io", "Analysis360/blob/main/LICENSE"):
        assert absent not in text.lower()


def test_check_accepts_the_amber_like_draft(make_repo, cli):
    root = make_repo({"README.md": AMBER_LIKE, "LICENSE": MIT_TEXT})
    assert cli("init", root).code == 0
    result = cli("check", "--output-format", "json", "--exit-zero", root)
    findings = json.loads(result.out)["repositories"][0]["findings"]
    assert [f for f in findings if f["file"] == "openness.toml" and f["severity"] == "error"] == []


def test_guesses_are_commented_out_and_still_valid(make_repo):
    data, text = draft_of(
        make_repo,
        {
            "README.md": "# Acme-7B\n\n"
            "Code: [GitHub](https://github.com/acme/acme)\n\n"
            "## Evaluation\n\n- [MMLU](https://huggingface.co/datasets/cais/mmlu) scores\n\n"
            "See https://arxiv.org/abs/2401.00009 for the method.\n"
        },
    )
    assert sorted(data["components"]) == ["model-card"]
    assert (
        "# TODO: the texts link these, which may be evaluation-data; uncomment if so:\n"
        "# [components.evaluation-data]\n"
        '# url = "https://huggingface.co/datasets/cais/mmlu"\n'
    ) in text
    assert '# url = "https://arxiv.org/abs/2401.00009"' in text
    assert (
        "# TODO: the texts link these repositories of the release's code; which components do they hold?\n"
        '# https://github.com/acme/acme   (README.md:3 "GitHub": a code repository named after the release;\n'
        "# nothing says which component it is)\n"
    ) in text


def test_a_path_and_a_url_for_the_same_component(make_repo):
    data, text = draft_of(
        make_repo,
        {
            "README.md": "# Acme-7B\n\nOur [training code](https://github.com/acme/acme-train) is also in `training/`.\n",
            "training/train.py": "# train\n",
        },
    )
    assert data["components"]["training-code"] == {"path": "training/", "url": "https://github.com/acme/acme-train"}
    assert "Found from the folder 'training'; the links of README.md." in text


def test_links_of_every_readme_are_read(make_repo):
    data, text = draft_of(
        make_repo,
        {
            "README.md": "# Acme-7B\n\nSee [README_zh.md](README_zh.md).\n",
            "README_zh.md": "# Acme-7B\n\n- [训练代码](https://github.com/acme/acme-train)\n- [技术报告](https://arxiv.org/abs/2401.00001)\n",
        },
    )
    assert data["components"]["training-code"] == {"url": "https://github.com/acme/acme-train"}
    assert data["components"]["technical-report"] == {"url": "https://arxiv.org/abs/2401.00001"}
    assert '# From README_zh.md:4 "技术报告"' in text
    assert "# TODO: under which license is the report?" in text


def test_release_name_from_the_title():
    def name(text: str, first: int = 1):
        return init.title(text, first)

    assert name("<h1>Amber: a model</h1>\n\n# Loading Amber\n") == ("Amber", 1, "an HTML <h1>")
    assert name("# Loading Amber\n\n# Usage\n") is None  # sections only
    assert name("# Usage\n\nrun it\n\n# Acme-7B\n") == ("Acme-7B", 5, "a heading")
    assert name("# 快速开始\n\n## Acme-7B\n") == ("Acme-7B", 3, "a heading")
    assert name("## Introduction\n\n## Results\n") is None
    assert name("## Performance\n") is None  # below the top level, only a name-like heading
    assert name("```sh\n# install it\n```\n# Acme-7B Model Card\n") == ("Acme-7B", 4, "a heading")  # not the comment in code
    assert name("---\nx: 1\n---\n# Acme\n", first=4) == ("Acme", 4, "a heading")
    assert name("# Model Card for Acme-7B\n") == ("Acme-7B", 1, "a heading")
    assert name("Acme-7B\n=======\n\nText.\n") == ("Acme-7B", 1, "a heading")  # a setext heading


def test_release_name_from_a_readme_rst_title(make_repo):
    data, text = draft_of(make_repo, {"README.rst": "=======\nAcme-7B\n=======\n\nA small model.\n\nUsage\n-----\n"})
    assert data["release"]["name"] == "Acme-7B"
    assert "# From the title of README.rst (line 2, a heading)." in text


def test_release_name_sources(make_repo):
    assert draft_of(make_repo, {"README.md": "---\nmodel_name: Acme-7B\n---\n<h1>Other</h1>\n"})[0]["release"]["name"] == "Acme-7B"
    card = "---\nmodel-index:\n- name: Acme-7B-Index\n  results: []\n---\n# Title\n"
    assert draft_of(make_repo, {"README.md": card})[0]["release"]["name"] == "Acme-7B-Index"
    data, text = draft_of(make_repo, {"README.md": "# Getting started\n\n# Usage\n"})
    assert text.count("From the folder's name.") == 1 and data["release"]["name"].startswith("repo")


def test_hub_metadata_feeds_the_draft(make_repo):
    card = (
        "---\nlicense: other\nlicense_name: deepseek\nlicense_link: LICENSE-MODEL\n"
        "datasets:\n- acme/mix\nbase_model: acme/base-7b\n---\n# Acme-7B\n"
    )
    data, text = draft_of(make_repo, {"README.md": card, "LICENSE-MODEL": "terms\n"})
    assert data["release"]["base_model"] == "acme/base-7b"
    assert data["components"]["datasets"] == {"url": "https://huggingface.co/datasets/acme/mix"}
    assert "the card's `license` with `license_name: deepseek` and `license_link: LICENSE-MODEL`" in " ".join(
        line.lstrip("# ") for line in text.splitlines()
    )


def test_one_document_called_paper_and_report_is_drafted_once(make_repo):
    data, _ = draft_of(
        make_repo,
        {
            "README.md": "# Acme-7B\n\n[Paper](https://arxiv.org/abs/2401.00001) · [Technical Report](https://arxiv.org/pdf/2401.00001v2)\n"
            "\nRead [the technical report](https://arxiv.org/abs/2401.00001) and [the paper](https://arxiv.org/abs/2401.00002).\n"
        },
    )
    assert data["components"]["technical-report"] == {"url": "https://arxiv.org/abs/2401.00001"}
    assert data["components"]["research-paper"] == {"url": "https://arxiv.org/abs/2401.00002"}


def test_a_quoted_link_text_cannot_break_the_file(make_repo):
    """Before: a control character in a link's text went into a comment as is, and the draft was
    not TOML (an internal error)."""
    data, text = draft_of(make_repo, {"README.md": "# Acme-7B\n\n- [Training\x01Code\x7f](https://github.com/acme/acme-train)\n"})
    assert data["components"]["training-code"] == {"url": "https://github.com/acme/acme-train"}
    assert '# From README.md:3 "Training\\u0001Code\\u007f"\n' in text
