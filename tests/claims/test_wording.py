"""A line keeps its reading when a writer picks another word for the same thing: "surpasses" for
"outperforms", 胜过 for 超越, "made available" for "released", 推出 for 发布. Each text is written
for this test, with made-up names; benchmarks/claims_variants.py's synonyms edit makes such
changes to every labelled document.
"""

from __future__ import annotations

import pytest
from helpers import read_as


@pytest.mark.parametrize(
    ("folder", "text", "expected"),
    [
        # the release compared with open models, by a verb of beating
        ("chengjiang-7b", "# 澄江-7B\n\n澄江-7B 在 C-Eval 上胜过了所有同尺寸开源模型。\n", [(3, "comparative", "compared-with-open-models")]),
        ("chengjiang-7b", "# 澄江-7B\n\n澄江-7B 在 C-Eval 上超越了所有同尺寸开源模型。\n", [(3, "comparative", "compared-with-open-models")]),
        ("liuguang-video", "# 流光-Video\n\n- 在 VBench 总分上胜过所有开源视频生成模型，与闭源模型差距小于 1 分\n", [(3, "comparative", "compared-with-open-models")]),
        ("tallow-fin", "# Tallow-Fin-3B\n\nRelative to open-source finance models such as Moxa, Tallow-Fin-3B is smaller but scores higher.\n", [(3, "comparative", "compared-with-open-models")]),
        ("verdant-rm", "# Verdant-RM\n\nVerdant-RM outscores several open-source 70B reward models on the hard split.\n", [(3, "comparative", "compared-with-open-models")]),
        # the best of its kind, by another word for "best": the release is called open
        ("chengjiang-vl", "# 澄江-VL\n\n澄江-VL 是目前同等规模顶尖的开源多模态模型之一。\n", [(3, "claim", "the-best-of-its-size-is-ours")]),
        ("chengjiang-vl", "# 澄江-VL\n\n澄江-VL 是目前同等规模最强的开源多模态模型之一。\n", [(3, "claim", "the-best-of-its-size-is-ours")]),
        # "超出 80 分" is a score passed, not a model beaten
        ("zhiji-3b", "# 知机-3B\n\n知机-3B 是第一个在 BFCL 上超出 80 分的 3B 开源模型。\n", [(3, "claim", "said-of-the-release")]),
        # a license given without a subject, by other verbs of release
        ("lingxi", "# 灵犀-1.5B\n\n## 许可\n\n以 Apache-2.0 开源许可证推出，可自由商用。\n", [(5, "claim", "license-of-an-unnamed-release")]),
        ("shiyan-gptq", "# Shiyan-32B-GPTQ-Int4\n\n本 GPTQ-Int4 checkpoint 以开放权重形式公布，遵循原模型的许可。\n", [(3, "claim", "open-weights-without-a-subject")]),
        ("nimbus-embed", "# Nimbus-Embed\n\n## License\n\nMade available under the MIT open-source license.\n", [(5, "claim", "license-of-an-unnamed-release")]),
        # a plan, five words before the mention
        ("fathom-long", "# Fathom-Long\n\n- **Planned:** Fathom-Long-1M weights will be made available as open weights, together with the recipe.\n", [(3, "other", "plan")]),
        # what the release was tuned on top of is its source
        ("brightwater-r1", "# Brightwater-R1\n\nThe distilled models are fine-tuned on top of open-source base models with samples from Brightwater-R1.\n", [(3, "third-party", "open-models-as-a-means")]),
        # adapted from one, opened by another: the release, made and opened
        ("zorvik-st", "# Zorvik-ST\n\nThis model is adapted from [Hale Brun](https://example.org/hb) and open-sourced by [Tessel Labs](https://example.org/tl).\n", [(3, "claim", "made-and-opened-by-its-authors")]),
    ],
)
def test_a_word_chosen_differently_keeps_the_reading(folder, text, expected):
    assert read_as(text, folder) == expected


@pytest.mark.parametrize(
    ("folder", "text", "expected"),
    [
        # a sentence opened by a linking word reads as the sentence without it
        ("nx-coder", "# NX-Coder\n\nNX-Coder is a code model. Importantly, it is open-sourced for research and commercial use.\n", [(3, "claim", "release-is-open")]),
        ("marlowe", "# Marlowe\n\nNotably, our open-source models are meant for research and production alike.\n", [(3, "claim", "our-open-release")]),
        ("ferry-tts", "# Ferry-TTS\n\n## License\n\nIn addition, released under the Apache 2.0 open-source license.\n", [(5, "claim", "license-of-an-unnamed-release")]),
        ("slate-4bit", "# Slate-4bit\n\nImportantly, the conversion scripts in this repo are open source under MIT and hold no weights.\n", [(3, "other", "code-data-or-report-only")]),
        ("qiyin-asr", "# Qiyin-ASR\n\nIn addition, the model outperforms every open-source ASR model we tested on drug names.\n", [(3, "comparative", "compared-with-open-models")]),
        ("lingxi", "# 灵犀-1.5B\n\n## 许可\n\n此外，以 Apache-2.0 开源许可证发布，可自由商用。\n", [(5, "claim", "license-of-an-unnamed-release")]),
        # the pronoun after a linking word stands for the sentence before
        ("thimble", "# Thimble-7B\n\nThimble-7B is a chat model. In addition, it is also among the few open-source 7B models whose SFT data are published.\n", [(3, "claim", "one-of-few-open-models")]),
        # a name a linking word opens is introduced
        ("stratos", "# Stratos\n\nImportantly, Stratos-4-MoE-120B is the strongest open-weight model we know of.\n", [(3, "claim", "the-best-open-model-is-ours")]),
        # an adverb after the copula: "are also", "are now", "is also"
        ("bramble-3b", "# Bramble-3B\n\nAll three parents are now open-weight models under Apache 2.0.\n", [(3, "third-party", "a-number-of-open-models")]),
        ("dovetail", "# Dovetail-Judge\n\nJudgements on outputs from 50 models, of which 41 are also open-weight models such as Llama.\n", [(3, "third-party", "a-number-of-open-models")]),
        ("halcyon-slerp", "# Halcyon-Slerp\n\nmergekit is also an open-source toolkit for merging pretrained models.\n", [(3, "third-party", "said-of-an-unknown-name")]),
    ],
)
def test_a_linking_word_or_an_adverb_keeps_the_reading(folder, text, expected):
    assert read_as(text, folder) == expected


def test_a_name_after_a_linking_word_is_introduced():
    from helpers import names_of

    assert ("Tarsel-4-MoE", "introduced in README.md") in names_of("<p>logo</p>\n\nImportantly, Tarsel-4-MoE is a mixture-of-experts model.\n", "workspace")


@pytest.mark.parametrize(
    ("folder", "text", "expected"),
    [
        # "have open-sourced" introduces what it opens, as "open-source" does
        ("corvid-lm", "# Corvid-LM\n\n- **2024.09.11** We have open-sourced Corvid-7B, Corvid-34B and their chat versions.\n", [(3, "claim", "open-attribute-of-the-release")]),
        # "我们的模型由…开源模型…合并": what the authors' model is made of, not theirs
        ("tianlu-merge", "# Tianlu-Merge-14B\n\n我们的模型由以下两个开源模型合并：\n", [(3, "third-party", "a-number-of-open-models")]),
        ("tianlu-merge", "# Tianlu-Merge-14B\n\n本模型由以下两个开源模型合并：\n", [(3, "third-party", "a-number-of-open-models")]),
        # 版本 ends in 本, but "版本开源了" is no "本开源" ("this open-source …")
        ("yunxiu-2", "# 云岫-2\n\n- 上一代模型 [云岫-1](https://github.com/yunxiu-ai/YunXiu-1) 的 13B 版本开源了，欢迎试用。\n", [(3, "third-party", "said-of-another-project")]),
    ],
)
def test_a_tense_or_a_pointer_chosen_differently_keeps_the_reading(folder, text, expected):
    assert read_as(text, folder) == expected


@pytest.mark.parametrize(
    ("folder", "text", "expected"),
    [
        # the authors named as their team are "we"
        ("solace-7b", "# Solace-7B\n\nThe Solace team open-sources the full merged weights, so the model can be used directly.\n", [(3, "claim", "said-of-the-release")]),
        ("jinshu", "# 锦书 Jinshu\n\nJinshu 团队开源以下两个模型：\n", [(3, "claim", "said-of-the-release")]),
        ("corvid-lm", "# Corvid-LM\n\n- **2024.09.11** The Corvid team open-sources Corvid-7B, Corvid-34B and their chat versions.\n", [(3, "claim", "open-attribute-of-the-release")]),
        ("step1x", "# Step1X\n\nThe core team and this open-source project accept no liability for misuse.\n", [(3, "claim", "our-open-release")]),
        # ... a team is no model: "the team is an open research group" says nothing of the release
        ("chixiao", "# 赤霄-Reasoner\n\n赤霄团队是赤霄实验室的开源研究小组，长期关注高效推理。\n", [(3, "other", "sentiment")]),
        # ... and 为 after 团队 is "for", as after 我们
        ("shuhang-reranker", "# 书航-Reranker\n\nShuHang 团队为书航-Reranker 适配了开源 RAG 框架 LinkRAG 和 HayMaker。\n", [(3, "third-party", "open-attribute-of-another-project")]),
        # another's team is another project
        ("taoli-math", "# 桃李-Math\n\n感谢 Quorvex 团队开源本项目的基座模型 Quorvex-Math。\n", [(3, "third-party", "open-attribute-of-another-project")]),
    ],
)
def test_the_authors_named_as_a_team_are_we(folder, text, expected):
    assert read_as(text, folder) == expected


def test_a_team_named_in_chinese_without_spaces_is_no_latin_name():
    # "探寻-Reranker-v2是探寻科技搜索团队开源的…": the Chinese before 团队 is no run of a Latin name
    text = "# 探寻-Reranker-v2\n\n探寻-Reranker-v2是探寻科技搜索团队开源的交叉编码器重排序模型。\n"
    assert read_as(text, "TanXun-Reranker-v2") == [(3, "claim", "said-of-the-release")]
