"""Which component a link shows (judge/links.py, rules in data/links.toml): each component class
from its words in English and in Chinese, by address, whose the link is, strong or a guess, and
the third-party links that are never the release's."""

from __future__ import annotations

import pytest
from openlint.claims.links import links_in
from openlint.inputs.sources import TextFile
from openlint.judge.links import STRONG, WEAK, address, evidence, is_section_title, linked_components


def shown(text: str, names=("Acme",), owners=()) -> list[tuple]:
    found = linked_components(links_in(text, "README.md"), list(names), list(owners))
    return [(f.component, f.strength, f.url) for f in found]


# (the link, its component) — each repository is named after the release ("acme-…"), so its owner is the release's
ENGLISH = [
    ("[Training Code](https://github.com/acme/acme-a)", "training-code"),
    ("[Data Preparation](https://github.com/acme/acme-a)", "data-preprocessing-code"),
    ("[data processing pipeline](https://github.com/acme/acme-a)", "data-preprocessing-code"),
    ("[Evaluation harness](https://github.com/acme/acme-a)", "evaluation-code"),
    ("[Inference code](https://github.com/acme/acme-a)", "inference-code"),
    ("[Modeling code](https://github.com/acme/acme-a)", "model-architecture"),
    ("[Tokenizer](https://github.com/acme/acme-a)", "supporting-libraries-and-tools"),
    ("[Datasheet](https://github.com/acme/acme-a/blob/main/DATASHEET.md)", "data-card"),
    ("[Download the weights](https://huggingface.co/acme/Acme-7B)", "model-parameters-final"),
    ("[Intermediate checkpoints](https://huggingface.co/acme/Acme-7B)", "model-parameters-intermediate"),
    ("[Pretraining data](https://huggingface.co/datasets/acme/acme-web)", "datasets"),
    ("[Evaluation data](https://huggingface.co/datasets/acme/acme-evals)", "evaluation-data"),
    ("[Paper](https://arxiv.org/abs/2401.00001)", "research-paper"),
    ("[Technical Report](https://arxiv.org/abs/2401.00001)", "technical-report"),
    ("[Data card](https://acme.example/data-card.html)", "data-card"),
    ("[Technical report](https://acme.example/report.pdf)", "technical-report"),
]
CHINESE = [
    ("[训练代码](https://github.com/acme/acme-a)", "training-code"),
    ("[数据处理](https://github.com/acme/acme-a)", "data-preprocessing-code"),
    ("[数据准备](https://github.com/acme/acme-a)", "data-preprocessing-code"),
    ("[评测](https://github.com/acme/acme-a)", "evaluation-code"),
    ("[推理代码](https://github.com/acme/acme-a)", "inference-code"),
    ("[模型代码](https://github.com/acme/acme-a)", "model-architecture"),
    ("[分词器](https://github.com/acme/acme-a)", "supporting-libraries-and-tools"),
    ("[数据卡](https://github.com/acme/acme-a/blob/main/card.md)", "data-card"),
    ("[模型权重](https://huggingface.co/acme/Acme-7B)", "model-parameters-final"),
    ("[中间检查点](https://huggingface.co/acme/Acme-7B)", "model-parameters-intermediate"),
    ("[预训练数据](https://huggingface.co/datasets/acme/acme-web)", "datasets"),
    ("[评测集](https://huggingface.co/datasets/acme/acme-evals)", "evaluation-data"),
    ("[论文](https://arxiv.org/abs/2401.00001)", "research-paper"),
    ("[技术报告](https://arxiv.org/abs/2401.00001)", "technical-report"),
    ("[数据卡](https://acme.example/data-card.html)", "data-card"),
]


@pytest.mark.parametrize("link,component", ENGLISH + CHINESE, ids=[link for link, _ in ENGLISH + CHINESE])
def test_component_from_the_link_text(link, component):
    [(found, strength, _)] = shown(f"- {link}\n")
    assert (found, strength) == (component, STRONG)


@pytest.mark.parametrize(
    "text,component",
    [
        ("Training code: https://github.com/acme/acme-a\n", "training-code"),
        ("训练代码：https://github.com/acme/acme-a\n", "training-code"),
        ("The data processing code is [here](https://github.com/acme/acme-a).\n", "data-preprocessing-code"),
        ("数据处理代码见[这里](https://github.com/acme/acme-a)。\n", "data-preprocessing-code"),
        ("| Evaluation | [GitHub](https://github.com/acme/acme-a) |\n", "evaluation-code"),
    ],
)
def test_component_from_the_words_around_the_link(text, component):
    [(found, strength, _)] = shown(text)
    assert (found, strength) == (component, STRONG)


def test_component_from_the_address_of_the_release_repository():
    assert shown("[GitHub](https://github.com/acme/acme-train)\n[here](https://github.com/acme/acme/tree/main/eval)\n") == [
        ("training-code", STRONG, "https://github.com/acme/acme-train"),
        ("evaluation-code", STRONG, "https://github.com/acme/acme/tree/main/eval"),
    ]


def test_addresses_are_canonical():
    assert shown(
        "[Paper](http://arxiv.org/pdf/2401.00001v3)\n"
        "[Paper](https://huggingface.co/papers/2401.00002)\n"
        "[Weights](https://www.hf.co/acme/Acme-7B/tree/main)\n"
        "[Training Code](https://github.com/acme/acme-train.git)\n"
        "[Data Preparation](https://github.com/acme/acme-prep/blob/main/README.md#usage)\n"
    ) == [
        ("research-paper", STRONG, "https://arxiv.org/abs/2401.00001"),
        ("research-paper", STRONG, "https://arxiv.org/abs/2401.00002"),
        ("model-parameters-final", STRONG, "https://huggingface.co/acme/Acme-7B"),
        ("training-code", STRONG, "https://github.com/acme/acme-train"),
        ("data-preprocessing-code", STRONG, "https://github.com/acme/acme-prep"),
    ]


def test_revisions_are_intermediate_and_files_of_a_model_repository_are_not_weights():
    assert shown(
        "[step 1000](https://huggingface.co/acme/Acme-7B/tree/step1000)\n"
        "[config](https://huggingface.co/acme/Acme-7B/blob/main/config.json)\n"
        "[weights](https://huggingface.co/acme/Acme-7B/resolve/main/model.safetensors)\n"
    ) == [
        ("model-parameters-intermediate", STRONG, "https://huggingface.co/acme/Acme-7B/tree/step1000"),
        ("model-parameters-final", STRONG, "https://huggingface.co/acme/Acme-7B/resolve/main/model.safetensors"),
    ]


def test_the_release_owner_comes_from_a_repository_named_after_it():
    text = "- [Weights](https://huggingface.co/acme-lab/Acme-7B)\n- [Training Code](https://github.com/acme-lab/trainer)\n"
    assert shown(text) == [
        ("model-parameters-final", STRONG, "https://huggingface.co/acme-lab/Acme-7B"),
        ("training-code", STRONG, "https://github.com/acme-lab/trainer"),  # acme-lab is the release's owner
    ]
    assert shown("- [Training Code](https://github.com/someone/trainer)\n", owners=["acme-lab"]) == [
        ("training-code", WEAK, "https://github.com/someone/trainer")  # another owner's: a guess
    ]
    # no owner known: the link's own text decides
    assert shown("- [Training Code](https://github.com/someone/trainer)\n") == [("training-code", STRONG, "https://github.com/someone/trainer")]
    assert shown("Our training code: [GitHub](https://github.com/someone/trainer)\n", owners=["acme-lab"]) == [
        ("training-code", STRONG, "https://github.com/someone/trainer")  # "our"
    ]


def test_siblings_and_unsaid_components_are_guesses():
    text = (
        "[Amber](https://huggingface.co/lab/Amber) · [AmberChat](https://huggingface.co/lab/AmberChat) · "
        "[Data](https://huggingface.co/datasets/lab/AmberDatasets) · [GitHub](https://github.com/lab/Amber)\n"
    )
    found = linked_components(links_in(text, "README.md"), ["Amber"])
    assert [(f.component, f.strength, f.url) for f in found] == [
        ("model-parameters-final", STRONG, "https://huggingface.co/lab/Amber"),
        ("model-parameters-final", WEAK, "https://huggingface.co/lab/AmberChat"),  # another release of the family
        ("datasets", STRONG, "https://huggingface.co/datasets/lab/AmberDatasets"),
        (None, WEAK, "https://github.com/lab/Amber"),  # the release's code, but which component?
    ]
    assert found[3].why == "a code repository named after the release; nothing says which component it is"
    assert (found[0].file, found[0].line, found[0].column, found[0].text) == ("README.md", 1, 1, "Amber")


def test_a_third_party_dataset_is_the_training_data_when_the_words_say_so():
    assert shown("We trained on [the web mix](https://huggingface.co/datasets/someone/web-mix).\n", owners=["acme"]) == [
        ("datasets", STRONG, "https://huggingface.co/datasets/someone/web-mix")
    ]
    assert shown("## Evaluation\n\n- [MMLU](https://huggingface.co/datasets/cais/mmlu)\n", owners=["acme"]) == [
        ("evaluation-data", WEAK, "https://huggingface.co/datasets/cais/mmlu")
    ]


def test_papers_need_words_and_not_a_citation():
    assert shown("The method follows https://arxiv.org/abs/2401.00003.\n") == [("research-paper", WEAK, "https://arxiv.org/abs/2401.00003")]
    assert shown("[Acme: a small model](https://arxiv.org/abs/2401.00004)\n") == [("research-paper", STRONG, "https://arxiv.org/abs/2401.00004")]
    assert shown("## Acknowledgements\n\n[the paper](https://arxiv.org/abs/2401.00005)\n") == [
        ("research-paper", WEAK, "https://arxiv.org/abs/2401.00005")
    ]
    assert shown("Built upon [this paper](https://arxiv.org/abs/2401.00006).\n") == [("research-paper", WEAK, "https://arxiv.org/abs/2401.00006")]


NOT_COMPONENTS = [
    "Serve it with [vLLM](https://github.com/vllm-project/vllm).",
    "Run it locally with [llama.cpp](https://github.com/ggerganov/llama.cpp) or [llama.cpp](https://github.com/ggml-org/llama.cpp).",
    "Or [Ollama](https://ollama.com/library/acme) and [LM Studio](https://lmstudio.ai/).",
    "Deploy with [TensorRT-LLM](https://github.com/NVIDIA/TensorRT-LLM) or [SGLang](https://github.com/sgl-project/sglang).",
    "Install [transformers](https://github.com/huggingface/transformers): see https://huggingface.co/docs/transformers/installation.",
    "`pip install transformers` ([PyPI](https://pypi.org/project/transformers/)).",
    "[![License](https://img.shields.io/badge/License-Apache_2.0-blue.svg)](https://opensource.org/licenses/Apache-2.0)",
    "Released under [Apache 2.0](https://www.apache.org/licenses/LICENSE-2.0) ([SPDX](https://spdx.org/licenses/Apache-2.0.html)).",
    "[License](https://github.com/acme/acme/blob/main/LICENSE) · [模型许可协议](https://huggingface.co/acme/Acme-7B/blob/main/MODEL_LICENSE.pdf)",
    "Follow us on [Twitter](https://twitter.com/acme), [X](https://x.com/acme), [Discord](https://discord.gg/acme), [WeChat](https://mp.weixin.qq.com/s/abc).",
    "See the [Open LLM Leaderboard](https://huggingface.co/spaces/open-llm-leaderboard/open_llm_leaderboard)"
    " and [Papers with Code](https://paperswithcode.com/sota).",
    "Report problems in [issues](https://github.com/acme/acme/issues) and try the [demo](https://huggingface.co/spaces/acme/demo).",
    "[Colab](https://colab.research.google.com/drive/abc) · [our site](https://acme.example/)",
]


@pytest.mark.parametrize("text", NOT_COMPONENTS)
def test_third_party_tools_licenses_badges_and_social_links_are_no_components(text):
    assert shown(text + "\n", owners=["acme"]) == []


def test_a_tool_of_the_release_owner_is_its_code():
    assert shown("[Training Code](https://github.com/NVIDIA/acme-trainer)\n", owners=["nvidia"]) == [
        ("training-code", STRONG, "https://github.com/NVIDIA/acme-trainer")
    ]


def test_address_kinds():
    kinds = {url: (a.kind, a.owner) if a else None for url in [
        "https://huggingface.co/acme/Acme-7B",
        "https://modelscope.cn/models/acme/Acme-7B/summary",
        "https://huggingface.co/datasets/acme/mix",
        "https://aclanthology.org/2024.acl-long.1/",
        "https://openreview.net/forum?id=abc",
        "https://jmlr.org/papers/v1/a.html",
        "https://gitlab.com/acme/acme",
        "https://github.com/acme",
        "ftp://acme.example/x",
        "https://[bad",
    ] for a in [address(url)]}
    assert kinds == {
        "https://huggingface.co/acme/Acme-7B": ("hub-model", "acme"),
        "https://modelscope.cn/models/acme/Acme-7B/summary": ("hub-model", "acme"),
        "https://huggingface.co/datasets/acme/mix": ("hub-dataset", "acme"),
        "https://aclanthology.org/2024.acl-long.1/": ("paper", ""),
        "https://openreview.net/forum?id=abc": ("paper", ""),
        "https://jmlr.org/papers/v1/a.html": ("paper", ""),
        "https://gitlab.com/acme/acme": ("code", "acme"),
        "https://github.com/acme": ("other", ""),  # an organisation's page, no repository
        "ftp://acme.example/x": None,
        "https://[bad": None,
    }
    assert address("https://modelscope.cn/models/acme/Acme-7B/summary").url == "https://modelscope.cn/models/acme/Acme-7B"


def test_evidence_gives_the_strong_links_by_component_once_each():
    readme = TextFile("README.md", "[Training Code](https://github.com/acme/acme-train)\n[GitHub](https://github.com/acme/acme)\n")
    other = TextFile("README_zh.md", "[训练代码](https://github.com/acme/acme-train)\n[论文](https://arxiv.org/abs/2401.00001)\n")
    found = evidence([readme, other], None, ["Acme"])
    assert {cid: [(f.url, f.source) for f in items] for cid, items in found.items()} == {
        "training-code": [("https://github.com/acme/acme-train", "README.md:1")],
        "research-paper": [("https://arxiv.org/abs/2401.00001", "README_zh.md:2")],
    }


@pytest.mark.parametrize("heading,section", [
    ("Loading Amber", True), ("Usage", True), ("🚀 Quick Start", True), ("1. Introduction", True), ("快速开始", True),
    ("Acknowledgements", True), ("Amber", False), ("Acme-7B: a small model", False), ("User study", False),
])
def test_section_headings(heading, section):
    assert is_section_title(heading) is section


@pytest.mark.parametrize("url", ["https://user:pass@host:99999/x", "https://host:-1/x", "https://[::1/x", "http://host:port/x"])
def test_an_address_with_a_bad_port_or_host_is_no_component(url):
    assert address(url) is None


def test_a_claim_beside_a_link_with_a_port_out_of_range_is_judged(make_repo, check_json):
    # benchmarks/fuzz.py, parser front-matter: internal error (OL905), ValueError "Port out of range"
    # when the claim's error listed the links the README shows
    report = check_json(make_repo({"LICENSE": "SPDX-License-Identifier: Apache-2.0\n", "README.md": "* open source\nhttps://user:pass@host:99999/* open weights\n"}))
    assert [f["code"] for f in report["repositories"][0]["findings"] if f["code"] in ("OL905", "OL417")] == ["OL417"]
    assert report.exit == 1
