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
