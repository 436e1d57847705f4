"""How a line is laid out does not change how it is read: a link's text wrapped over two lines, a
list item nested under another or set in a blockquote, a tagline opened by an emoji, and hyphens
a typesetter put in. Every text is written for this test; each pair is read the same, and the
expected reading is the plain one's.
"""

from __future__ import annotations

import pytest
from helpers import read_as


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the title of a work is read as one, wherever the line breaks inside its link text
        (
            "# Acme 2\n\n## News\n\n[2023.12.22] We released our technical report [Acme 2: Multilingual\nOpen-Source Large Language Models](https://arxiv.org/abs/2312.00001).\n",
            [(6, "other", "title-of-a-linked-work")],
        ),
        ("# Acme 2\n\nPlease cite [Acme 2: Multilingual\nOpen-Source Large Language Models](https://arxiv.org/abs/2312.00001).\n", [(4, "other", "title-of-a-linked-work")]),
        ("# Acme 2\n\nWe thank the authors of [Bolt: A Study of\nOpen-Source Speech Models](https://arxiv.org/abs/2312.00001).\n", [(4, "other", "title-of-a-linked-work")]),
        ("# Acme 2\n\n我们发布了技术报告 [Acme 2：多语言\n开源大语言模型](https://arxiv.org/abs/2312.00001)。\n", [(4, "other", "title-of-a-linked-work")]),
    ],
)
def test_a_link_s_text_broken_over_two_lines_is_still_a_title(text, expected):
    assert read_as(text, "acme-2") == expected
    assert [(role, rule) for _, role, rule in read_as(text.replace("Multilingual\n", "Multilingual ").replace("of\n", "of ").replace("多语言\n", "多语言"), "acme-2")] == [
        (role, rule) for _, role, rule in expected
    ]


PLAIN_ITEM = "# Acme-2\n\n## Inference\n\n- The open-source project Fastlane by Quillwork offers single-GPU inference.\n"


@pytest.mark.parametrize(
    "text",
    [
        "# Acme-2\n\n## Inference\n\n- Serving\n  - The open-source project Fastlane by Quillwork offers single-GPU inference.\n",
        "# Acme-2\n\n## Inference\n\n- Serving\n\t- The open-source project Fastlane by Quillwork offers single-GPU inference.\n",
        "# Acme-2\n\n## Inference\n\n> - The open-source project Fastlane by Quillwork offers single-GPU inference.\n",
    ],
)
def test_a_nested_or_quoted_list_item_s_bullet_is_no_dash_before_an_apposition(text):
    assert read_as(PLAIN_ITEM, "acme-2") == [(5, "third-party", "open-source-community-or-tools")]
    assert [(role, rule) for _, role, rule in read_as(text, "acme-2")] == [("third-party", "open-source-community-or-tools")]


@pytest.mark.parametrize(
    "line",
    [
        "Acme-2 - an open-source speech model.",
        "This repo contains <b>Acme-2</b> - the best open-source 7B speech model for Welsh.",
        "This repo contains [Acme-2](https://example.org/acme-2) - the best open-source 7B speech model for Welsh.",
        "- Acme-2, an open-source speech model.",
    ],
)
def test_a_dash_between_spaces_after_a_name_still_sets_an_apposition_apart(line):
    assert [role for _, role, _ in read_as(f"# Acme-2\n\n## About\n\n{line}\n", "acme-2")] == ["claim"]


@pytest.mark.parametrize(
    ("plain", "rule"),
    [
        ("State-of-the-art Welsh-English open-sourced chemistry LLMs.", "the-best-open-model-is-ours"),
        ("**Open-weight speech recognition that runs on a laptop**", "tagline"),
        ("Open-weights Dutch TTS based on Bolt, ported from Quill.", "tagline"),
        ("一个完全开源的中文语音合成模型。", "intensified-feature"),
        ("面向中文开发者的开源代码大模型", "tagline"),
    ],
)
@pytest.mark.parametrize("emoji", ["", "🔥 ", "✨ ", "⭐️ "])
def test_a_tagline_under_the_title_opened_by_an_emoji_is_still_the_release_s(plain, rule, emoji):
    assert read_as(f"# 云雀-7B\n\n{emoji}{plain}\n", "yunque-7b") == [(3, "claim", rule)]


@pytest.mark.parametrize("hyphen", ["-", "\u2010", "\u2011"])
def test_a_name_introduced_with_a_typeset_hyphen_is_introduced(hyphen):
    text = f"# About\n\nWe open{hyphen}source Zephyrine-7B and Zephyrine-7B-Chat.\n\n* New vocabulary, open{hyphen}sourcing the Zephyrine models.\n"
    assert read_as(text, "x") == [(3, "claim", "open-sources-the-release"), (5, "claim", "open-sources-the-release")]
    text = f"# Model card\n\nWe open{hyphen}source Zephyrine-7B, a base model.\n\nZephyrine-7B-Chat is open source too.\n"
    assert read_as(text, "model-card") == [(3, "claim", "open-sources-the-release"), (5, "claim", "release-is-open")]


@pytest.mark.parametrize(
    ("folder", "plain", "laid_out", "expected"),
    [
        # an item linking another repository and describing it is about that repository, quoted or not
        (
            "qilin-lab",
            "# 麒麟实验室\n\n我们的开源项目：\n\n- [麒麟-LM](https://github.com/qilin-lab/Qilin-LM)：开源的中英双语大语言模型系列，覆盖多个尺寸。\n",
            "# 麒麟实验室\n\n我们的开源项目：\n\n> - [麒麟-LM](https://github.com/qilin-lab/Qilin-LM)：开源的中英双语大语言模型系列，覆盖多个尺寸。\n",
            [(3, "claim", "our-open-release"), (5, "third-party", "a-link-to-another-repository")],
        ),
        # a subtitle that says what kind of models the release is
        (
            "corvid-moe",
            "# Corvid-MoE\n\nA family of open-source mixture-of-experts language models with 64K context.\n",
            "# Corvid-MoE\n\n🔥 A family of open-source mixture-of-experts language models with 64K context.\n",
            [(3, "claim", "tagline")],
        ),
        # a Chinese clause that leaves out its subject has the topic that opened the sentence, after an emoji too
        (
            "mohai-14b",
            "# 墨海-14B\n\n## 评测\n\n墨海-14B 在 C-Eval 上超越了 Qwen2-72B，并且完全开源。\n",
            "# 墨海-14B\n\n## 评测\n\n🔥 墨海-14B 在 C-Eval 上超越了 Qwen2-72B，并且完全开源。\n",
            [(5, "claim", "said-of-the-release")],
        ),
        (
            "mohai-14b",
            "# 墨海-14B\n\n## 新闻\n\n- [2024.11.02] 墨海-14B 在 C-Eval 上超越了 Qwen2-72B，并且完全开源。\n",
            "# 墨海-14B\n\n## 新闻\n\n- 🔥 [2024.11.02] 墨海-14B 在 C-Eval 上超越了 Qwen2-72B，并且完全开源。\n",
            [(5, "claim", "said-of-the-release")],
        ),
        # a title that tells the reader to fine-tune open models is a how-to, with or without an emoji
        (
            "support-bot-tuning",
            "# Fine-Tune an Open-Source Support LLM (QLoRA)\n\nSome words.\n",
            "# 🔥 Fine-Tune an Open-Source Support LLM (QLoRA)\n\nSome words.\n",
            [(1, "third-party", "open-models-a-gerund-acts-on")],
        ),
        (
            "support-bot-tuning",
            "# 微调开源大模型做客服\n\n一些说明。\n",
            "# 🔥 微调开源大模型做客服\n\n一些说明。\n",
            [(1, "third-party", "open-models-a-gerund-acts-on")],
        ),
    ],
)
def test_a_quoted_item_or_an_emoji_before_a_line_changes_nothing(folder, plain, laid_out, expected):
    assert read_as(plain, folder) == expected
    assert read_as(laid_out, folder) == expected


@pytest.mark.parametrize(
    ("folder", "text", "expected"),
    [
        # a short link around the term only points at where it is explained: the sentence reads as without it
        ("lexi-med-7b", "# Lexi-Med-7B\n\n## About\n\nLexi-Med-7B is an [open-source](LICENSE) medical assistant fine-tuned from Tuna-7B.\n", [(5, "claim", "release-is-open")]),
        ("mira-2", "# Mira 2\n\n## About\n\nMira 2 is an [open-weight](https://huggingface.co/halcyon) vision-language model in 3B and 11B sizes.\n", [(5, "claim", "release-is-open")]),
        ("heron-embed", "# Heron-Embed\n\n## License\n\nAll three Heron-Embed models are [open source](LICENSE) under Apache 2.0.\n", [(5, "claim", "release-is-open")]),
        ("yunshan-14b", "# 云杉-14B\n\n## 简介\n\n云杉-14B 是一个[开源](LICENSE)的中文大语言模型。\n", [(5, "claim", "release-is-open")]),
        # a link to a section from inside a sentence is no entry of a table of contents
        ("lexi-med-7b", "# Lexi-Med-7B\n\n## About\n\nLexi-Med-7B is [fully open source](#license).\n\n## License\n\nApache-2.0.\n", [(5, "claim", "release-is-open")]),
        ("lexi-med-7b", "# Lexi-Med-7B\n\n- [Usage](#usage)\n- [Open source](#open-source)\n\n## Open source\n\nText.\n", [(4, "other", "table-of-contents"), (6, "claim", "heading-on-the-release-s-openness")]),
        ("lexi-med-7b", "# Lexi-Med-7B\n\n[Usage](#usage) | [Open source](#open-source) | [Citation](#citation)\n", [(3, "other", "table-of-contents")]),
        ("lexi-med-7b", "# Lexi-Med-7B\n\n- [Lexi-Med: Open-Source, Private and Built for Clinics](#lexi-med-open-source-private-and-built-for-clinics)\n", [(3, "other", "table-of-contents")]),
        # a linked title that opens with the term is a title still; a badge is a badge
        ("lexi-med-7b", "# Lexi-Med-7B\n\n## News\n\n- 2025.01.02 Read [Open-Source Medical Models: A Survey](https://arxiv.org/abs/2501.00001).\n", [(5, "other", "title-of-a-linked-work")]),
        ("lexi-med-7b", "# Lexi-Med-7B\n\n[![Open Source](https://img.shields.io/badge/open-source-green)](LICENSE)\n", [(3, "claim", "badge")]),
        # a name the README introduces may be set as inline code
        ("corvid-2", "# Corvid-2\n\n## News\n\n- **2025.02.27** We open-sourced `Corvid-2-Coder` in 1.5B, 7B and 32B sizes.\n", [(5, "claim", "open-sources-the-release")]),
        ("corvid-2", "# Corvid-2\n\n## News\n\n- **2025.02.27** We open-sourced Corvid-2-Coder in 1.5B, 7B and 32B sizes.\n", [(5, "claim", "open-sources-the-release")]),
    ],
)
def test_a_link_or_inline_code_around_the_term_or_a_name_changes_nothing(folder, text, expected):
    assert read_as(text, folder) == expected


@pytest.mark.parametrize(
    "sentence",
    [
        'Acme-2 is an "open-source" model.',
        "Acme-2 is an ‘open-source’ model.",
        "Acme-2 is an “open-weight” model.",
        "Acme-2 is an _open-source_ model.",
        "Acme-2 is _fully open_.",
        "Acme-2 -- an open-source model.",
        "Acme-2 是一个“开源”的模型。",
    ],
)
def test_quotation_marks_underscores_and_a_double_hyphen_around_the_term_change_nothing(sentence):
    assert [(role, rule) for _, role, rule in read_as(f"# Acme-2\n\n## About\n\n{sentence}\n", "acme-2")] == [("claim", "release-is-open")]


def test_an_underscore_inside_a_word_joins_it():
    assert read_as("# Acme-2\n\n## About\n\nSee the open_source_models table.\n", "acme-2") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an HTML table is read as a Markdown one: a header cell compares, and does not run on into the next row
        (
            "# Acme-2\n\n## Comparison\n\n<table><tr><th>Model</th><th>Open-source</th><th>WER</th></tr>\n"
            "<tr><td>Acme-2</td><td>Yes</td><td>3.1</td></tr>\n<tr><td>Bolt-4o</td><td>No</td><td>2.9</td></tr></table>\n",
            [(5, "comparative", "comparison-table")],
        ),
        (
            "# Acme-2\n\n## 对比\n\n<table><tr><th>模型</th><th>开源</th><th>准确率</th></tr>\n<tr><td>Acme-2</td><td>是</td><td>91.2</td></tr></table>\n",
            [(5, "comparative", "comparison-table")],
        ),
        (
            "# Acme-2\n\n## Comparison\n\n<table>\n  <tr>\n    <th>Model</th>\n    <th>Open Source</th>\n  </tr>\n  <tr>\n    <td>Acme-2</td>\n    <td>✅</td>\n  </tr>\n</table>\n",
            [(8, "comparative", "comparison-table")],
        ),
        (
            '# Acme-2\n\n## Results\n\n<table>\n<tr><td colspan="4">Open-source Models (Omni-modal)</td></tr>\n<tr><td>Bolt-7B</td><td>61.2</td></tr>\n</table>\n',
            [(6, "comparative", "comparison-table")],
        ),
        # a sentence in a cell, or in other HTML, is still a sentence
        ("# Acme-2\n\n<table><tr><td>Acme-2 is an open-source speech model that runs on a laptop.</td></tr></table>\n", [(3, "claim", "table-row-of-the-release")]),
        # a row written in HTML on one line has the cells its Markdown has: the release's name first
        (
            "# Acme-2\n\n<table><tr><th>Model</th><th>Size</th><th>Openness</th></tr>\n<tbody>\n<tr><td>Acme-2-7B</td><td>7B</td><td>open source</td></tr></tbody></table>\n",
            [(5, "claim", "table-row-of-the-release")],
        ),
        ("# Acme-2\n\n<table><tr><th>Key</th><th>Value</th></tr>\n<tr><td>Open source</td><td>Yes (Apache-2.0)</td></tr></table>\n", [(4, "claim", "key-and-value-row")]),
        ('# Acme-2\n\n<p align="center">Acme-2 is an open-source speech model.</p>\n', [(3, "claim", "release-is-open")]),
    ],
)
def test_an_html_table_s_cells_and_rows_are_read_as_a_markdown_table_s(text, expected):
    assert read_as(text, "acme-2") == expected


@pytest.mark.parametrize(
    "title",
    [
        "# Acme-2 [![License](https://img.shields.io/badge/l-MIT-blue)](LICENSE)",
        "# Acme-2 [![arXiv](https://img.shields.io/badge/arXiv-2501.00001-b31b1b)](https://arxiv.org/abs/2501.00001) [![HF](https://img.shields.io/badge/HF-model-yellow)](https://huggingface.co/acme)",
        "# Acme-2 ![logo](logo.png)",
        "# Acme-2",
    ],
)
@pytest.mark.parametrize("sentence", ["Acme-2 is an open-source speech model.", "Acme-2 是一个开源的语音模型。"])
def test_badges_on_the_title_s_line_are_no_part_of_the_release_s_name(title, sentence):
    # the folder names nothing, so the title is where the name comes from
    assert read_as(f"{title}\n\n## About\n\n{sentence}\n", "x") == [(5, "claim", "release-is-open")]


@pytest.mark.parametrize(
    "title",
    [
        "# Acme-2 Official Repository",
        "# Official PyTorch implementation of Acme-2",
        "# The official repository of Acme-2",
        "# Code for Acme-2",
        "# Acme-2 Technical Report",
        "# Acme-2 README",
        "# Acme-2 Model Card",
    ],
)
def test_words_around_the_name_in_a_title_that_say_what_the_repository_holds_are_no_part_of_it(title):
    assert read_as(f"{title}\n\n## About\n\nAcme-2 is an open-source speech model.\n", "x") == [(5, "claim", "release-is-open")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a link around the verb: the name it opens is introduced, and a done task stays one
        ("# Corvid-2\n\n## News\n\n- **2025.02.27** We [open-sourced](https://hf.co/corvid) Corvid-2-Coder in 1.5B, 7B and 32B sizes.\n", [(5, "claim", "open-sources-the-release")]),
        ("# Corvid-2\n\n## 计划\n\n- [x] [开源](https://hf.co/corvid) 7B LoRA 权重及合并权重\n", [(5, "claim", "done-task")]),
        ("# Corvid-2\n\n## 计划\n\n- [x] 开源 7B LoRA 权重及合并权重\n", [(5, "claim", "done-task")]),
    ],
)
def test_a_link_around_the_verb_changes_nothing(text, expected):
    assert read_as(text, "corvid-2") == expected


@pytest.mark.parametrize(
    ("folder", "text", "expected"),
    [
        # a link or bold before the term is no word: the verb, the subject and a field's name stay next to it
        ("saltmarsh", "# Saltmarsh-SQL-7B-Instruct\n\nWe release [Saltmarsh-SQL-7B-Instruct](https://huggingface.co/acme/Saltmarsh-SQL-7B-Instruct) with open weights so teams can run it.\n", [(3, "claim", "released-in-open-form")]),
        ("saltmarsh", "# Saltmarsh-SQL-7B-Instruct\n\nWe release Saltmarsh-SQL-7B-Instruct with open weights so teams can run it.\n", [(3, "claim", "released-in-open-form")]),
        ("paloverde", "# Paloverde-3B\n\n- **Release type:** open source (weights, code and data)\n", [(3, "claim", "license-field-of-the-release")]),
        ("paloverde", "# Paloverde-3B\n\n- Release type: open source (weights, code and data)\n", [(3, "claim", "license-field-of-the-release")]),
        # "this" and what it points at, with the format word linked or bold between them
        ("corvid-awq", "# Corvid-34B-Instruct-AWQ\n\nThis [AWQ](https://github.com/mit-han-lab/llm-awq) checkpoint is published with open weights.\n", [(3, "claim", "released-in-open-form")]),
        ("corvid-awq", "# Corvid-34B-Instruct-AWQ\n\nThis **AWQ** checkpoint is published with open weights.\n", [(3, "claim", "released-in-open-form")]),
        ("corvid-awq", "# Corvid-34B-Instruct-AWQ\n\nThis AWQ checkpoint is published with open weights.\n", [(3, "claim", "released-in-open-form")]),
        # a linked license in the license section is a license, not another project
        ("pocket", "# PocketRAG\n\n## License\n\n[Apache-2.0](https://www.apache.org/licenses/LICENSE-2.0) (open source).\n", [(5, "claim", "license-field-of-the-release")]),
        ("pocket", "# PocketRAG\n\n## License\n\nApache-2.0 (open source).\n", [(5, "claim", "license-field-of-the-release")]),
        ("pocket", "# 口袋检索\n\n## 许可证\n\n[Apache-2.0](https://www.apache.org/licenses/LICENSE-2.0)（开源），可商用。\n", [(5, "claim", "license-field-of-the-release")]),
        # a Chinese tagline whose base model is linked to its page on the Hub
        ("xiaoyu-med", "# 小语医生\n\n一个基于 [Qwen2-7B-Instruct](https://huggingface.co/Qwen/Qwen2-7B-Instruct) 做 LoRA 微调的开源中文医疗问答模型。\n", [(3, "claim", "a-chinese-tagline-says-what-the-release-is")]),
        ("xiaoyu-med", "# 小语医生\n\n一个基于 Qwen2-7B-Instruct 做 LoRA 微调的开源中文医疗问答模型。\n", [(3, "claim", "a-chinese-tagline-says-what-the-release-is")]),
        # a Chinese title that says what the release is, its base model linked
        ("jingluo-7b", "# 经络-7B：基于 [Qwen2.5](https://github.com/QwenLM/Qwen2.5) 微调的开源中医问诊大模型\n\n一些说明。\n", [(1, "claim", "a-chinese-tagline-says-what-the-release-is")]),
        ("jingluo-7b", "# 经络-7B：基于 Qwen2.5 微调的开源中医问诊大模型\n\n一些说明。\n", [(1, "claim", "a-chinese-tagline-says-what-the-release-is")]),
        # a format linked to its own project still only says which form of the release is opened
        ("tuanshan", "# 团扇-1.8B-Chat-MNN\n\n## 计划\n\n- [x] 开源 4-bit [MNN](https://github.com/alibaba/MNN) 权重\n", [(5, "claim", "done-task")]),
        ("tuanshan", "# 团扇-1.8B-Chat-MNN\n\n## 计划\n\n- [x] 开源 4-bit MNN 权重\n", [(5, "claim", "done-task")]),
        # an aside is as short with a link in it: its blanked address counts as one space
        (
            "sextant",
            "# Sextant\n\n## License\n\nEverything in this repository (the models, the [Sextant-Traj](https://huggingface.co/datasets/x/Sextant-Traj) data and the training scripts) is open source under Apache-2.0.\n",
            [(5, "claim", "release-is-open")],
        ),
        ("sextant", "# Sextant\n\n## License\n\nEverything in this repository (the models, the Sextant-Traj data and the training scripts) is open source under Apache-2.0.\n", [(5, "claim", "release-is-open")]),
        # the release named as inline code after a bold label
        ("garnet", "# Garnet-Align\n\n## Features\n\n- **Open source**: `Garnet-Align` is released under the Apache-2.0 license, cluster launchers included.\n", [(5, "claim", "labelled-feature-of-the-release")]),
        ("garnet", "# Garnet-Align\n\n## Features\n\n- **Open source**: Garnet-Align is released under the Apache-2.0 license, cluster launchers included.\n", [(5, "claim", "labelled-feature-of-the-release")]),
    ],
)
def test_a_link_bold_or_inline_code_around_a_word_of_the_sentence_changes_nothing(folder, text, expected):
    assert read_as(text, folder) == expected


ZH_NEWS = "# 木椿医疗大模型\n\n## 新闻\n\n- 2024.07.18 {verb} {name}：在 Baichuan2-13B-Base 上继续预训练并指令微调。\n"


@pytest.mark.parametrize(
    ("verb", "name"),
    [("**开源**", "MuChun-13B"), ("[开源](https://hf.co/muchun)", "MuChun-13B"), ("开源", "`MuChun-13B`"), ("开源", "MuChun-13B")],
)
def test_a_name_opened_by_a_bold_or_linked_verb_or_set_as_code_is_introduced(verb, name):
    assert read_as(ZH_NEWS.format(verb=verb, name=name), "med-assistant") == [(5, "claim", "open-sources-the-release")]


@pytest.mark.parametrize(
    ("folder", "text", "expected"),
    [
        # an emoji before a Chinese clause's topic and before a license field's name
        ("qingzhou", "# 轻舟\n\n## 许可\n\n{lead}项目以 Apache-2.0 协议开源。\n", [(5, "claim", "open-sourced-without-a-subject")]),
        ("yuesheng", "# YueSheng-TTS\n\n## License\n\n{lead}Weights and code: Apache-2.0 (open source).\n", [(5, "claim", "license-field-of-the-release")]),
        # the best among open models, written without a space before the Chinese that follows
        ("chenghu-vl", "# 澄湖-VL\n\n## 评测\n\n{lead}在DocVQA、ChartQA与OCRBench上，澄湖-VL-7B取得了开源SOTA的成绩。\n", [(5, "comparative", "achieves-the-open-source-best")]),
    ],
)
@pytest.mark.parametrize("lead", ["", "🔥 "])
def test_an_emoji_opening_the_line_or_no_space_before_chinese_changes_nothing(folder, text, expected, lead):
    assert read_as(text.format(lead=lead), folder) == expected


MERGE = "# Frostbite-Merge-7B\n\nThis is a merge of pre-trained language models.\n\n## Merge Details\n\n### Models Merged\n\n{line}\n* peakmoss/Moss-Instruct-7B\n"


def test_a_quoted_line_under_a_section_s_heading_is_no_tagline():
    line = "The following open-source models were included in the merge:"
    plain = read_as(MERGE.format(line=line), "frostbite-merge-7b")
    assert plain == [(9, "other", "no-subject")]
    assert read_as(MERGE.format(line="> " + line), "frostbite-merge-7b") == plain


@pytest.mark.parametrize("comma", ["，", ",", ", "])
def test_a_comma_after_a_chinese_noun_ends_its_phrase_whichever_comma(comma):
    text = f"# 墨川-Coder\n\n## 简介\n\n墨川-Coder-33B 是同尺寸最强的开源代码模型{comma}HumanEval 通过率达到 82.9%。\n"
    assert read_as(text, "mochuan-coder") == [(5, "claim", "the-best-of-its-size-is-ours")]


@pytest.mark.parametrize(
    ("folder", "text", "expected"),
    [
        # a Chinese name glossed with the release's Latin one is the release, whatever the Latin name sounds like
        ("zorvik-coder-14b-instruct", "# Zorvik-Coder-14B-Instruct\n\n## 简介\n\n星衍-Coder（Zorvik-Coder）是星衍智能开源的代码大模型系列。\n", [(5, "claim", "release-is-open")]),
        ("xingyan-coder-14b-instruct", "# XingYan-Coder-14B-Instruct\n\n## 简介\n\n星衍-Coder（XingYan-Coder）是星衍智能开源的代码大模型系列。\n", [(5, "claim", "release-is-open")]),
        # but not when the Latin name is the model a quantization is made from
        (
            "zorvik-32b-instruct-gptq-int4",
            "---\nbase_model: acme/Zorvik-32B-Instruct\n---\n# Zorvik-32B-Instruct-GPTQ-Int4\n\n## 简介\n\n石砚-32B-Instruct（Zorvik-32B-Instruct）是砚台科技推出的开源代码模型。\n",
            [(8, "third-party", "said-of-another-project")],
        ),
    ],
)
def test_a_chinese_name_glossed_with_the_release_s_latin_name_is_the_release(folder, text, expected):
    assert read_as(text, folder) == expected


@pytest.mark.parametrize("wrap", ["{}", "**{}**", "__{}__", '<p align="center">{}</p>'])
def test_a_sentence_set_in_bold_or_html_keeps_its_chinese_subject(wrap):
    # "**团扇-1.8B-Chat 是青禾 AI 开源的…**" on the card of its port: the base model, named first
    text = "# 团扇-1.8B-Chat-MNN\n\n" + wrap.format("团扇-1.8B-Chat 是青禾 AI 开源的小尺寸中文对话模型，主打低资源设备。") + "\n"
    assert read_as(text, "Tuanshan-1.8B-Chat-MNN") == [(3, "third-party", "said-of-another-project")]


@pytest.mark.parametrize("date", ["2025.01.09", "2025-01-09", "Jan 9, 2025", "January 9, 2025", "2025年1月9日"])
def test_a_news_item_s_date_may_be_written_in_words(date):
    # a month's name is no project's ("Jan" is no unknown name), and a year counts no models
    text = f"# Tarsel-34B\n\n## News\n\n- **{date}** 🎉 Open weights for Tarsel-34B and Tarsel-34B-Instruct are live on the Hub.\n- {date} We open-sourced eight Tarsel models in Base and Chat versions.\n"
    assert [(line, role) for line, role, _ in read_as(text, "tarsel-34b")] == [(5, "claim"), (6, "claim")]


def test_a_year_before_the_authors_counts_no_models():
    assert [role for _, role, _ in read_as("# Tarsel\n\nIn 2024 we open-sourced Tarsel-7B under Apache-2.0.\n", "tarsel")] == ["claim"]


@pytest.mark.parametrize(
    ("folder", "text", "expected"),
    [
        # the release's own name linked to its page on the Hub, in parentheses or after 开源
        ("fengxing-agent", "# 蜂行\n\n蜂行（[FengXing](https://huggingface.co/fengxing/FengXing)）是一个开源的多智能体协作框架。\n", [(3, "claim", "release-is-open")]),
        ("muchun-med", "# 沐春医疗大模型 MuChun-Med\n\n- [x] 开源 [MuChun-7B](https://huggingface.co/muchun/MuChun-7B) 全量微调模型\n", [(3, "claim", "open-sources-the-release")]),
        # ... but a name linked to a code repository after 开源 is as often another's
        ("muchun-med", "# 沐春医疗大模型 MuChun-Med\n\n- [x] 开源 [MuChun-7B](https://github.com/someone/MuChun-7B) 全量微调模型\n", [(3, "third-party", "opens-another-project")]),
    ],
)
def test_a_name_linked_to_its_page_on_the_hub_is_the_release_s(folder, text, expected):
    assert read_as(text, folder) == expected


@pytest.mark.parametrize(
    ("folder", "text", "expected"),
    [
        # the model's column need not be the first: its header names it
        ("acme", "# Acme\n\n| Size | Model | Openness |\n|---|---|---|\n| 7B | Acme-7B | open source |\n", [(5, "claim", "table-row-of-the-release")]),
        (
            "qingyan",
            "# 青岩\n\n| 类型 | 模型 | C-Eval |\n|---|---|---|\n| 开源 | **青岩-7B** | 74.6 |\n| 开源 | Quorvex-7B | 70.1 |\n",
            [(5, "claim", "table-row-of-the-release"), (6, "comparative", "comparison-table")],
        ),
        # a table's header row gives its columns' titles: the release's name there is no row of it
        ("acme", "# Acme\n\n| Benchmark | Acme-7B | Open-source 7B median |\n|---|---|---|\n| MMLU | 61.2 | 58.0 |\n", [(3, "other", "table-row-of-a-part")]),
        # a part named after the family under a column "组件" that is not the first is the part
        ("qingyan", "# 青岩\n\n| 状态 | 组件 | 许可 |\n|---|---|---|\n| ✅ 已开源 | 预训练数据 青岩-Pile | ODC-BY |\n", [(5, "other", "table-row-of-a-part")]),
    ],
)
def test_a_table_s_column_of_names_is_found_by_its_header(folder, text, expected):
    assert read_as(text, folder) == expected


@pytest.mark.parametrize(
    ("folder", "text", "expected"),
    [
        # a table written without its outer pipes, as GitHub allows, is a table
        ("acme", "# Acme\n\nModel | Size | Openness\n--- | --- | ---\nAcme-7B | 7B | open source\nQuorvex-7B | 7B | open weights\n", [(5, "claim", "table-row-of-the-release"), (6, "comparative", "table-row-of-another-model")]),
        ("xingyan", "# 星燕\n\n项目 | 说明\n:--- | :---\n是否开源 | ✅\n", [(5, "claim", "key-and-value-row")]),
        # ... and a horizontal rule under a paragraph is no table's rule
        ("acme", "# Acme\n\nAcme is open source | and free\n\n---\n\nMore text.\n", [(3, "claim", "release-is-open")]),
    ],
)
def test_a_table_without_outer_pipes_is_a_table(folder, text, expected):
    assert read_as(text, folder) == expected


def test_a_name_set_as_code_in_a_table_s_column_of_names_is_read():
    text = "# Gnomon-Coder\n\n| Model | Size | Openness |\n|---|---|---|\n| `Gnomon-Coder-3B` | 3B | open weights |\n"
    assert read_as(text, "gnomon-coder") == [(5, "claim", "table-row-of-the-release")]


def test_a_link_s_address_in_a_table_s_column_of_names_is_no_name():
    # another model linked to a page whose address holds the release's name is still another model
    text = "# Mosswood-34B\n\n| Model | Openness |\n|---|---|\n| [Gull-70B](https://huggingface.co/mosswood/Gull-70B) | open-source (Apache 2.0) |\n"
    assert [role for _, role, _ in read_as(text, "mosswood-34b")] == ["comparative"]


@pytest.mark.parametrize(
    "title",
    [
        "# **Fine-Tune** an Open-Source Support LLM (QLoRA)",  # the heading's verb in bold
        "# 🧠 **Fine-Tuning** an Open Source LLM with LoRA",
        "# **微调**开源大模型",
    ],
)
def test_a_heading_s_verb_in_bold_still_acts_on_the_open_models(title):
    assert read_as(title + "\n\nNotes.\n", "workspace") == [(1, "third-party", "open-models-a-gerund-acts-on")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a ticked task keeps its verb when a date in bold or an emoji stands before it
        ("# Corvid-2\n\n## TODO\n\n- [x] **[2024/11/30]** 🔥 Open-source the fine-tuned triage models (Corvid-2-Med, Corvid-2-Law)\n", [(5, "claim", "done-task")]),
        ("# Corvid-2\n\n## TODO\n\n- [x] 🚀 Open-source the fine-tuned models\n", [(5, "claim", "done-task")]),
        ("# Corvid-2\n\n## 计划\n\n- [x] **[2024/11/30]** 🔥 开源微调后的分诊模型（Corvid-2-Med、Corvid-2-Law），支持本地部署\n", [(5, "claim", "done-task")]),
        # an open box stays a plan
        ("# Corvid-2\n\n## TODO\n\n- [ ] **[2025/03]** 🔥 Open-source the fine-tuned models\n", [(5, "other", "plan")]),
    ],
)
def test_a_ticked_task_opened_by_a_date_or_an_emoji_is_done(text, expected):
    assert read_as(text, "corvid-2") == expected


def test_a_pronoun_for_the_names_before_it_keeps_them_when_the_mention_is_bold():
    """"…vLLM or Ollama; both are **open-source** and load X": "both" stands for the two tools,
    whether or not the mention is set in bold."""
    plain = "# Sorrel-Law\n\nFor serving we recommend vLLM or Ollama; both are open-source and load Sorrel-Law without changes.\n"
    assert read_as(plain, "sorrel-law") == [(3, "third-party", "said-of-an-unknown-name")]
    assert read_as(plain.replace("open-source", "**open-source**"), "sorrel-law") == read_as(plain, "sorrel-law")


@pytest.mark.parametrize(
    ("folder", "text", "expected"),
    [
        # a tagline that names what the release is made from: the derivative is the release
        ("quillfeather-8b", "# Quillfeather-8B\n\nOpen-weights instruct tune of Llama 3.1 8B for careful long answers.\n", [(3, "claim", "tagline")]),
        ("saltgrass-9b-lora", "# Saltgrass-9B-LoRA\n\n**Open-weights Gemma 2 LoRA for cozy role-play.**\n", [(3, "claim", "tagline")]),
        ("sablethorn-11b-gguf", "# Sablethorn-11B-GGUF\n\nOpen-weight GGUF quantizations of [coalhouse/Sablethorn-11B](https://huggingface.co/coalhouse/Sablethorn-11B), a merge.\n", [(3, "claim", "tagline")]),
        # "these quants", "these GGUF files" are the release's
        ("sablethorn-11b-gguf", "# Sablethorn-11B-GGUF\n\n## Files\n\nThese quants are released with open weights.\n", [(5, "claim", "released-in-open-form")]),
        # a tagline of another model's
        ("quillfeather-8b", "# Quillfeather-8B\n\nOpen-weights Llama 3.1 8B is what we started from.\n", [(3, "third-party", "open-attribute-of-another-project")]),
    ],
)
def test_a_tagline_of_a_derivative_names_what_it_is_made_from(folder, text, expected):
    assert read_as(text, folder) == expected


@pytest.mark.parametrize(
    ("field", "expected"),
    [
        # the release's own field of how it is released
        ("- **Release type:** open weights (Apache-2.0)", [(5, "claim", "license-field-of-the-release")]),
        ("- **发布方式：** 开放权重（Apache-2.0）", [(5, "claim", "license-field-of-the-release")]),
        ("- **Release type:** research preview, not open source", [(5, "other", "negation")]),
    ],
)
def test_the_release_s_release_field(field, expected):
    assert read_as("# Tansy-UI-2B\n\n## Model details\n\n" + field + "\n", "tansy-ui-2b") == expected
