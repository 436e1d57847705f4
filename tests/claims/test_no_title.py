"""A README that opens with a logo instead of a title still names its release: by the folder's
name, the Chinese name its pinyin spells, and the tagline under the logo; and one whose
introduction stands below a long changelog or table of contents still introduces its names. Each text is written for
this test; benchmarks/claims_variants.py's logo-title edit makes the same change to every labelled
document.
"""

from __future__ import annotations

import pytest
from helpers import names_of, read_as

LOGO = '<p align="center"><img src="assets/logo.png" width="300"/></p>\n\n'




@pytest.mark.parametrize(
    ("folder", "text", "expected"),
    [
        # the pinyin of a folder that adds a word of kind ("-llm", "-VL") spells the family
        ("qianliu-llm", LOGO + "- 2024.08.02 🔥 千流-14B 和千流-14B-Chat 正式开源！\n", [(3, "claim", "said-of-the-release")]),
        ("Tongzhou-VL", LOGO + "- **2025/03/10** 同舟-VL-8B 开放权重下载，许可证允许商用（需登记）。\n", [(3, "claim", "said-of-the-release")]),
        # a folder written in camel case: its first word is the pinyin
        ("MojiangCoder", LOGO + "- 🔥 **[2024.08.08]** 墨匠-Coder-V2 开源！在 HumanEval 上达到 90.2%。\n", [(3, "claim", "said-of-the-release")]),
        # the Latin word after the Chinese name is a word of the folder's
        ("shihai-ocr", LOGO + "识海OCR-1B 开放权重，个人与企业均可免费商用。\n", [(3, "claim", "said-of-the-release")]),
        # the folder's first word, as the README writes it, when nothing else names the release
        ("saffron-diffusion", LOGO + "**Saffron-XL: open weights, 4B parameters, DiT backbone.**\n", [(3, "claim", "said-of-the-release")]),
        # a tagline right under the logo
        ("bashu-voice", LOGO + "一个完全开源的四川话语音合成模型。\n", [(3, "claim", "intensified-feature")]),
        ("orrery-embed", LOGO + "Open-source text embeddings for retrieval in 12 languages.\n", [(3, "claim", "tagline")]),
    ],
)
def test_a_readme_under_a_logo_names_its_release(folder, text, expected):
    assert read_as(text, folder) == expected


def test_a_port_s_pinyin_is_the_model_it_ports():
    text = LOGO + "琴音-ASR 是声谷实验室开源的中文语音识别模型系列。\n"
    assert read_as(text, "Qinyin-ASR-Small-ggml") == [(3, "third-party", "said-of-another-project")]
    assert ("琴音-ASR-Small-ggml", "the Chinese name of Qinyin-ASR-Small-ggml, by its pinyin") in names_of(text, "Qinyin-ASR-Small-ggml")


def test_the_folder_s_first_word_is_no_name_when_it_also_names_data():
    text = LOGO + "和 Muice 聊天吧。部分训练集已开源在 [Moemu/Muice-Dataset](https://huggingface.co/datasets/Moemu/Muice-Dataset)。\n"
    assert [source for _, source in names_of(text, "Muice-Chatbot")] == ["the repository's folder name"]
    assert names_of(LOGO + "和 Muice 聊天吧。\n", "Muice-Chatbot")[-1] == ("Muice", "the first word of the repository's folder name")


CHANGELOG = "".join(f"- v0.{k}: fixed a typo in the evaluation scripts.\n" for k in range(150, 0, -1))


@pytest.mark.parametrize("before", ["", "## 目录\n\n" + CHANGELOG + "\n", "## Contents\n\n" + CHANGELOG.replace("- ", "| ").replace(".\n", ". |\n") + "\n"])
def test_a_news_item_below_a_long_list_still_names_the_release(before):
    # a name the news introduces ("开源 **LanXi-13B**") counts wherever the news stands: the items
    # and rows of a long table of contents or changelog count for nothing in the opening's 120 lines
    text = "# 兰溪医疗大模型\n\n" + before + "## 新闻\n\n- 【2024.07.18】开源 **LanXi-13B**：在 Baichuan2-13B-Base 上继续预训练并指令微调。\n"
    assert read_as(text, "LanXi-Med") == [(text.count("\n"), "claim", "open-sources-the-release")]


@pytest.mark.parametrize(
    ("title", "name"),
    [
        ("# Model Card for Tarsel-7B", "Tarsel-7B"),  # the Hub's template for a card's title
        ("# Model card of tarsel-ai/Tarsel-7B-Instruct", "Tarsel-7B-Instruct"),
        ("# Model Card for Model ID", None),  # the template as it comes, naming nothing
        ("# Model Card", None),
    ],
)
def test_a_card_titled_by_the_hub_s_template_names_its_model(title, name):
    text = title + "\n\nTarsel-7B is an open-source model for legal drafting.\n"
    assert [n for n, source in names_of(text, "checkpoint") if source == "the title of README.md"] == ([name] if name else [])
    assert read_as(text, "checkpoint") == [(3, "claim", "release-is-open")]  # by the title, or as the first model the README introduces


@pytest.mark.parametrize("title", ["# 嘉禾农业大模型", "# Model Card for 嘉禾农业大模型"])
def test_the_chinese_name_in_a_card_s_template_title_is_read_without_its_kind(title):
    # "嘉禾农业大模型" says what the release is; the README writes its name with a version, "嘉禾-13B"
    text = title + "\n\n嘉禾-13B 是面向农业领域的开源大语言模型，由华禾农大研发。\n"
    assert [n for n, source in names_of(text, "checkpoint") if source == "the title of README.md"] == ["嘉禾农业大模型", "嘉禾"]
    assert read_as(text, "checkpoint") == [(3, "claim", "release-is-open")]


def test_a_chinese_name_with_latin_words_opening_a_paragraph_introduces_the_release():
    # no title and a folder that names nothing: "青岚-MoE 是…" introduces the release, as "Acme-MoE is a …" does
    text = (
        '<div align="center">\n  <img src="figures/logo.svg" width="55%" />\n</div>\n\n## 1. 新闻\n\n'
        "- **2024.05.06**：我们发布并开源了青岚-MoE-236B 与青岚-MoE-236B-Chat！\n\n## 2. 简介\n\n"
        "青岚-MoE 是目前参数量最大的开源 MoE 语言模型之一。\n青岚-MoE 的全部专家权重均以开放权重形式提供下载。\n"
    )
    assert ("青岚-MoE", "introduced in README.md") in names_of(text, "workspace")
    assert read_as(text, "workspace") == [(7, "claim", "open-sources-the-release"), (11, "claim", "release-is-open"), (12, "claim", "said-of-the-release")]


def test_another_s_model_said_to_be_opened_by_its_makers_is_not_introduced():
    # a library of quantizations: "Y-14B-Chat 是某大学开源的…模型" describes the model it quantizes
    text = "# 小禾量化模型库\n\n本仓库提供多款中文大模型的低比特量化版本。\n\n北辰-14B-Chat 是燕园大学自然语言处理组开源的中英双语对话模型，使用前请阅读其原始许可证。\n"
    assert [n for n, source in names_of(text, "workspace") if source.startswith("introduced")] == []
    assert read_as(text, "workspace") == [(5, "third-party", "said-of-another-project")]


def test_a_switcher_written_in_html_counts_for_no_line_above_a_tagline():
    text = (
        '<p align="center"><img src="assets/logo.png" width="300"/></p>\n\n'
        '<p align="center">\n  <a href="README.md">简体中文</a> | <a href="README_en.md">English</a>\n</p>\n\n'
        "一个完全开源的闽南话语音合成模型。\n"
    )
    assert read_as(text, "minyu-voice") == [(7, "claim", "intensified-feature")]
