"""A project openlint's lexicon has never heard of is read as another project as readily as one it
knows: most READMEs name tools and base models that are in no list. Each text is written for this
test, with made-up names; benchmarks/claims_variants.py's unknown-names edit makes the same change
to every labelled document.
"""

from __future__ import annotations

import pytest
from helpers import names_of as names_and_sources
from helpers import read_as


def names_of(text: str, folder: str) -> list[str]:
    return [name for name, _ in names_and_sources(text, folder)]


# a derivative's README names its base on more lines than anything else
DERIVATIVE_ZH = """# 兰亭-Med

兰亭-Med 是兰亭健康基于开源的 Quorvex2.5 系列微调得到的中文医疗大模型。

| 模型 | 基座 |
|---|---|
| 兰亭-Med-7B | Quorvex2.5-7B |
| 兰亭-Med-14B | Quorvex2.5-14B |

Quorvex2.5-7B 的中文医学能力仍有不足。

| Quorvex2.5-14B-Instruct | 61.3 |

Quorvex2.5 是目前最强的开源基座之一。

感谢 Quorvex 团队开源 Quorvex2.5 系列。
"""

DERIVATIVE_EN = """# Stillwater-R1

Stillwater-R1 is a reasoning model. We distill it into six dense models based on Brintel-3.1 and Quorvex2.5.

| Model | Base |
|---|---|
| Stillwater-R1-Distill-Quorvex-7B | Quorvex2.5-Math-7B |
| Stillwater-R1-Distill-Quorvex-14B | Quorvex2.5-14B |
| Stillwater-R1-Distill-Quorvex-32B | Quorvex2.5-32B |

In our view, Quorvex2.5-Math is the best open-source starting point for small reasoning distills.

The distilled models are served like any Quorvex checkpoint.
"""


@pytest.mark.parametrize(
    ("folder", "text", "line", "role"),
    [
        ("lanting-med", DERIVATIVE_ZH, 14, "third-party"),  # "Quorvex2.5 是…最强的开源基座之一"
        ("lanting-med", DERIVATIVE_ZH, 16, "third-party"),  # "感谢 Quorvex 团队开源 Quorvex2.5 系列"
        ("stillwater-r1", DERIVATIVE_EN, 11, "third-party"),
    ],
)
def test_the_base_a_derivative_names_most_is_not_taken_for_the_release(folder, text, line, role):
    assert [r for n, r, _ in read_as(text, folder) if n == line] == [role]


def test_the_base_named_most_is_not_among_the_release_s_names():
    assert not any("Quorvex" in name for name in names_of(DERIVATIVE_ZH, "lanting-med"))
    assert not any("Quorvex" in name for name in names_of(DERIVATIVE_EN, "stillwater-r1"))
    # with no word saying it is made from Quorvex, the name the README uses most is still counted
    own = DERIVATIVE_ZH.replace("基于开源的 Quorvex2.5 系列微调得到的", "").replace("感谢 Quorvex 团队开源 Quorvex2.5 系列。", "")
    assert "Quorvex" in names_of(own, "lanting-med")


@pytest.mark.parametrize(
    ("folder", "text", "expected"),
    [
        # a pronoun for the names listed before it: "both", "the first two", 均为
        ("ferrum-moe", "# Ferrum-MoE\n\nFerrum-MoE is supported in Pellkel (>=0.6.3) and Morsrey; both are open-source serving engines.\n", [(3, "third-party", "said-of-an-unknown-name")]),
        ("harbor", "# Harbor\n\nHarbor runs in brindor.cpp, Calvarin and Pellbin; the first two are community-maintained open-source projects.\n", [(3, "third-party", "said-of-an-unknown-name")]),
        ("fangcun-1.8b", "# FangCun-1.8B\n\n端侧部署推荐使用 brindor.cpp 或 Quillrun（均为开源推理引擎）。\n", [(3, "third-party", "said-of-another-project")]),  # a word of Latin letters in Chinese is a name
        ("fangcun-1.8b", "# FangCun-1.8B\n\n端侧部署推荐使用 Brindor 或 Quillrun（均为开源推理引擎）。\n", [(3, "third-party", "said-of-an-unknown-name")]),
        # ... but the release's own models listed before it are the release
        ("acme-7b", "# Acme-7B\n\nWe release Acme-7B-Base and Acme-7B-Chat; both are open-source under Apache-2.0.\n", [(3, "claim", "something-unnamed-is-open")]),
        ("acme-7b", "# Acme-7B\n\n我们发布 Acme-7B-Base 和 Acme-7B-Chat，均为开源模型。\n", [(3, "claim", "said-of-the-release")]),
        # "only X is open-source"
        ("wickham-12b", "# Wickham-12B\n\nCalvarin and LM Studio can both load these files; only Calvarin is open-source.\n", [(3, "third-party", "said-of-an-unknown-name")]),
        # 开源 right after 基于 qualifies the base, it opens nothing
        ("minyin", "# 闽音（MinYin）\n\n我们推出了闽音项目，以及基于开源 Pelldor 模型微调的 MinYin-ASR 系列模型。\n", [(3, "third-party", "what-it-is-built-on-is-open")]),
        # a base with a version between its name and its noun
        ("text2sql", "# Text to SQL\n\nIn this project, I fine-tuned an open-source Brintel 3 model to translate questions into SQL.\n", [(3, "third-party", "open-attribute-of-another-project")]),
        ("text2sql", "# Text to SQL\n\nIn this project, I fine-tuned an open-source Brintel v2 model to translate questions into SQL.\n", [(3, "third-party", "open-attribute-of-another-project")]),
        # a name openlint does not know, as the subject of 开源
        ("weiying-chat", "# 苇莺 WeiYing\n\nMeta 开源 Brintel 3 之后，社区涌现出大量微调模型。\n", [(3, "other", "no-subject")]),
    ],
)
def test_a_project_no_list_knows_is_another_project(folder, text, expected):
    assert read_as(text, folder) == expected
