"""A name keeps its reading when it is written in lower case, as a Hub id or a package is: the
release's "corvid-7b" is the release, another's "microrun" or "saffron-t5-xl" another project.
Each text is written for this test, with made-up names; benchmarks/claims_variants.py's
lower-name edit writes the first name of every labelled line in lower case.
"""

from __future__ import annotations

import pytest
from helpers import names_of, read_as


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("# Corvid-LM\n\nWe open-source corvid-7b and its chat version.\n", "corvid-7b"),  # after "we open-source"
        ("# Stratos\n\nstratos-4-moe-120b is a mixture-of-experts model.\n", "stratos-4-moe-120b"),  # opening a line, "X is a"
    ],
)
def test_a_release_name_in_lower_case_is_introduced(text, name):
    assert (name, "introduced in README.md") in names_of(text, "checkpoint")


def test_a_word_of_english_is_no_name_in_lower_case():
    # a lower-case word is a name only with a dash and a figure: "open-source", "fine-tuned" are words
    assert [n for n, source in names_of("# Corvid-LM\n\nWe open-source everything, fine-tuned or not.\n", "checkpoint") if source.startswith("introduced")] == []


def test_data_introduced_with_a_decimal_is_no_release():
    # "the 2.1B-sequence … corpus": the decimal point ends no sentence, so the corpus is seen as data
    text = "# Sparse Attention for Protein Language Models\n\nWe open-source MetaClust-2B, the 2.1B-sequence clustered metagenomic corpus used for pretraining.\n"
    assert [n for n, source in names_of(text, "plume-plm") if source.startswith("introduced")] == []


@pytest.mark.parametrize(
    ("folder", "text", "expected"),
    [
        # the release's own, in lower case
        ("corvid-lm", "# Corvid-LM\n\n- **2024.09.11** We open-source corvid-7b, Corvid-34B and their chat versions.\n", [(3, "claim", "open-attribute-of-the-release")]),
        # another project's name in lower case, in English
        ("longhaul-bench", "# LongHaul-Bench\n\n- Even the best open-source model, corvid-70b-instruct, loses 29 points at 512K.\n", [(3, "third-party", "open-attribute-of-another-project")]),
        ("zoetrope", "# Zoetrope\n\n- Text encoder: the open-source saffron-t5-xl\n", [(3, "third-party", "open-is-another-project")]),
        # a known family in lower case before what the release is
        ("pixelpaws-xl-lora", "# PixelPaws XL\n\nOpen-weights sdxl LoRA for chunky pixel-art cats (and ferrets).\n", [(3, "claim", "tagline")]),
        # a word of Latin letters in Chinese text is a name
        ("weichen", "# 微辰\n\n- 2024/08/30 端侧推理引擎 microrun 已开源，支持 4-bit 量化。\n", [(3, "third-party", "said-of-another-project")]),
        ("xuanniao-tts", "# 玄鸟-TTS\n\n近年来，开源语音合成模型如 echospeak、VoiceLoom 取得了长足进步。\n", [(3, "third-party", "open-models-given-as-examples")]),
        ("moyun-8b-rp", "# MoYun-8B-RP\n\n- 前端：sillytavern（开源、免费，插件多）\n", [(3, "third-party", "said-of-another-project")]),
        ("shuhang-reranker", "# 书航-Reranker\n\n我们为书航-Reranker 适配了开源 RAG 框架 linkrag 和 HayMaker。\n", [(3, "third-party", "open-attribute-of-another-project")]),
        ("real3dface", "# Real3DFace\n\n- 我们开源了geneface++，一个说话人脸生成的基线模型。\n", [(3, "third-party", "opens-another-project")]),
        # ... but the release's own work, opened, stays the release's
        ("weichen", "# 微辰\n\n- 2024/08/30 微辰 已开源，支持 4-bit 量化。\n", [(3, "claim", "said-of-the-release")]),
    ],
)
def test_a_name_in_lower_case_keeps_its_reading(folder, text, expected):
    assert read_as(text, folder) == expected


def test_a_version_in_chinese_text_is_no_name():
    # "v1.0" between Chinese words is the release's version, not another project
    text = "# 墨韵-XL-LoRA\n\n- 2024年3月15日 v1.0 首发，LoRA 权重开源在 Civitai 和 HF\n"
    assert read_as(text, "moyun-xl-lora") == [(3, "claim", "a-news-item-opens-the-release-s-parts")]
