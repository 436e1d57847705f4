"""A release's names as a README writes them when its folder says nothing: a title with a venue
tag, an emoji or two names; its own base named by its card; its Chinese name written in pinyin;
its words parted by spaces instead of dashes, and its letters with or without accents. Each text
is written for this test; benchmarks/claims_variants.py's plain-folder and logo-title edits make
the same change to every labelled document.
"""

from __future__ import annotations

import pytest
from helpers import names_of, read_as
from openlint.claims.names import name_in_title, release_names, title_of


@pytest.mark.parametrize(
    ("title", "name"),
    [
        ("[CVPR 2025] Quillon-Det: Detecting Small Things", "Quillon-Det"),  # a venue in brackets
        ("(NeurIPS 2024 Oral) Pellmark: Learning to Correct", "Pellmark"),
        ("【ACL 2025】澄川-7B：一个法律模型", "澄川-7B"),
        ("Tamsin 🎻 music generation for everyone", "Tamsin"),  # an emoji ends the name
        ("澄川-R1 / ChengChuan-R1", "澄川-R1"),  # the first of two names
        ("松涛-VL 模型卡", "松涛-VL"),  # a model card of it
        ("长汀-Weather 模型卡片", "长汀-Weather"),
        ("[ICLR 2025] 🎬 Reelworks-V", "Reelworks-V"),  # an emoji after the venue
        ("[ICLR 2025] Model Card for Bulwark-Guard-2B", "Bulwark-Guard-2B"),  # a venue before the Hub's template
    ],
)
def test_the_name_in_a_title(title, name):
    assert name_in_title(title) == name


def test_a_section_heading_under_a_smaller_one_is_no_title():
    """"## Notes" then "# Credits": a README without a title, whose sections are headed at both levels."""
    assert title_of("## Notes\n\nSome notes.\n\n# Credits\n\nThanks.\n") is None
    assert title_of("## Notes\n\n# Project Sponsors\n") is None
    assert title_of("## Notes\n\n# [ICLR 2025] Credits\n") is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("# [CVPR 2025] Quillon-Det: Detecting Small Things\n\nQuillon-Det is an open-source detector for aerial images.\n", [(3, "claim", "release-is-open")]),
        ("# Tamsin 🎻 music generation\n\n- 2025-02-01 | Tamsin-Medium open-sourced on the Hub\n", [(3, "claim", "said-of-the-release")]),
        ("# 澄川-R1 / ChengChuan-R1\n\n- 2025.03.28 ChengChuan-R1-7B 已开源，欢迎试用。\n", [(3, "claim", "said-of-the-release")]),
    ],
)
def test_a_title_names_the_release_when_the_folder_says_nothing(text, expected):
    assert read_as(text, "workspace") == expected


def test_a_title_gives_both_names_it_parts_with_a_slash():
    assert names_of("# 澄川-R1 / ChengChuan-R1\n", "workspace")[:2] == [("澄川-R1", "the title of README.md"), ("ChengChuan-R1", "the title of README.md")]


def _card_names(text: str, folder: str):
    from openlint.inputs.card import parse_card
    from openlint.inputs.sources import TextFile

    card = parse_card(TextFile("README.md", text), [])
    return release_names(card, None, [TextFile("README.md", text)], folder)


def test_a_base_the_title_s_name_extends_is_the_release_s_own_line():
    """The card of Rowan-7B-Instruct names its base Rowan-7B-Base: the family is the release's
    whether the folder or only the title says so; a packer's title (a format added) does not."""
    text = "---\nbase_model: rowan-lab/Rowan-7B-Base\n---\n# Rowan-7B-Instruct\n\nRowan is an open-source bilingual model.\n"
    for folder in ("Rowan-7B-Instruct", "workspace"):
        names = _card_names(text, folder)
        assert "rowan" not in names.bases
        assert [same for _, _, _, same in names.find("Rowan is an open-source bilingual model.")] == [True]
    packed = _card_names("---\nbase_model: rowan-lab/Rowan-7B\n---\n# Rowan-7B-AWQ\n", "workspace")
    assert "rowan-7b" in packed.bases


@pytest.mark.parametrize(
    ("text", "expected_name", "expected"),
    [
        # the title names it in Chinese, the prose writes its pinyin with a size
        ("# 明溪\n\n- **2024.09.01**：MingXi-13B-Chat 已开源，欢迎试用！\n", ("MingXi", "the Latin name of 明溪, by its pinyin"), [(3, "claim", "said-of-the-release")]),
        # with the Latin end the Chinese name has
        ("# 雁鸣-Omni\n\nYanMing-Omni is an open-weights omni-modal model.\n", ("YanMing-Omni", "the Latin name of 雁鸣-Omni, by its pinyin"), [(3, "claim", "release-is-open")]),
    ],
)
def test_the_pinyin_of_a_chinese_title_is_the_release(text, expected_name, expected):
    assert expected_name in names_of(text, "workspace")
    assert read_as(text, "workspace") == expected


@pytest.mark.parametrize(
    "text",
    [
        # a tool of the family, written without a size: "mingxi-eval" is no model's name
        "# 明溪金融大模型\n\n使用我们开源的 mingxi-eval 工具包测得：\n",
        # a lab's name: its pinyin names the lab
        "# 明溪实验室 MingXi Lab\n\n- MingXi-13B：我们的模型。\n",
        # the pinyin only in a link's address
        "# 明溪\n\n见 [代码](https://github.com/mingxi-ai/MingXi-13B)。\n",
    ],
)
def test_the_pinyin_of_a_chinese_title_needs_a_model_s_name(text):
    assert not [name for name, source in names_of(text, "workspace") if source.startswith("the Latin name")]


@pytest.mark.parametrize(
    ("folder", "sentence", "expected"),
    [
        # spaces where the folder has dashes
        ("Kestrel-XL-Delta", "Kestrel XL Delta, the fourth version of the Kestrel XL line, is a fully open-source model.", [(3, "claim", "release-is-open")]),
        ("Quill-Llama-3.1-70B", "**Quill Llama-3.1 70B is the top open-source LLM for legal drafting.**", [(3, "claim", "the-best-open-model-is-ours")]),
        # an accent the folder leaves out
        ("sabela-7b-galician", "**Sabéla GL** is a **fully open** decoder for Galician.", [(3, "claim", "release-is-open")]),
    ],
)
def test_a_name_written_with_other_separators_or_accents_is_the_release(folder, sentence, expected):
    logo = '<p align="center"><img src="assets/logo.png" width="300"/></p>\n\n'
    assert read_as(logo + sentence + "\n", folder) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a packer's title: the model without the format is another's
        ("# Marlow-13B-Instruct GPTQ\n\nGPTQ files for Marlow-13B-Instruct.\n\n* **Marlow-13B is the best open-source model available.**\n", [(5, "third-party", "said-of-another-project")]),
        # a port's title: the model it ports is another's, and so is who opened it
        ("# ferrule-mlx\n\nAn MLX port of Ferrule.\n\nFerrule is an open-weight speech model by Anvil Lab.\n", [(5, "third-party", "said-of-another-project")]),
    ],
)
def test_a_packer_s_or_port_s_title_says_what_it_packs_when_the_folder_says_nothing(text, expected):
    assert read_as(text, "workspace") == expected


def test_a_title_does_not_make_a_packer_of_a_folder_named_for_the_model():
    """The folder names the release without a format: the title's "GPTQ" is a build it offers, not another's model."""
    text = "# Marlow-13B-Instruct GPTQ\n\n* **Marlow-13B is the best open-source model available.**\n"
    assert read_as(text, "marlow-13b-instruct") == [(3, "claim", "the-best-open-model-is-ours")]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # the opening line of a card under a banner: a bold name, a colon and what it is
        ("<div align=\"center\"><img src=\"banner.png\"></div>\n\n**Brisk-Chat-70B**: the strongest open-weight chat model we have released.\n", "Brisk-Chat-70B"),
        # what the repository holds, set off with a dash
        ("This repo contains SlavaGPT - the best open-source base 7B model for Slovak.\n", "SlavaGPT"),
    ],
)
def test_an_opening_introduces_the_release_when_nothing_else_names_it(text, name):
    assert (name, "introduced in README.md") in names_of(text, "workspace")
    assert [role for _, role, _ in read_as(text, "workspace")] == ["claim"]


def test_a_bold_label_with_a_colon_introduces_no_name():
    assert names_of("**Note**: the weights are open.\n\n**Warning**: an open-source model may err.\n", "workspace") == [("workspace", "the repository's folder name")]


LOGO = '<p align="center"><img src="assets/logo.png" width="300"/></p>\n\n'


@pytest.mark.parametrize(
    ("folder", "text", "expected"),
    [
        # someone else opened it: no introduction of the release, under a logo with no title
        ("cuilan-vl-mnn", LOGO + "Luoshan 是某科技公司开源的端侧推理引擎，对手机 CPU 做了优化。\n", [(3, "third-party", "said-of-an-unknown-name")]),
        ("ollama-cuilan", LOGO + "- 2025.03.01 北辰语言实验室开源了 Cuilan-8B-Long，本仓库会在下周适配\n", [(3, "third-party", "opens-another-project")]),
        # a tool the lexicon knows, described as Chinese READMEs describe a release
        ("moran-lora", LOGO + "ComfyUI 是一个开源的节点式工作流工具，把权重放到 loras 目录下即可。\n", [(3, "third-party", "said-of-another-project")]),
    ],
)
def test_a_name_someone_else_opened_is_not_introduced_as_the_release(folder, text, expected):
    assert read_as(text, folder) == expected
    assert not [name for name, source in names_of(text, folder) if source.startswith("introduced")]


@pytest.mark.parametrize(
    ("written", "same"),
    [
        ("Oryx-01-0.6B", True),  # a size of the line the release is a variant of
        ("Oryx-01-0.6B-Base", True),
        ("Oryx-02-0.6B", False),  # another version
        ("Oryx-01-VL", False),  # a product of its own
    ],
)
def test_a_size_of_the_line_a_variant_belongs_to_is_the_release(written, same):
    from openlint.claims.names import Name, Names

    assert Names([Name("Oryx-01-Instruct", "the title of README.md")]).same_release(written) is same


def test_the_x_models_are_open_introduces_x_when_nothing_else_names_the_release():
    text = LOGO + "The Tamarin models are open-source chat models tuned with QLoRA on public dialogues.\n"
    assert ("Tamarin", "introduced in README.md") in names_of(text, "workspace")
    assert [role for _, role, _ in read_as(text, "workspace")] == ["claim"]


@pytest.mark.parametrize("noun", ["package", "library", "trainer"])
def test_a_known_tool_written_in_lower_case_after_the_term_is_what_is_open(noun):
    """"the open-source axolotl package": the tool is open, whatever noun of kind follows it."""
    text = f"# Sedge-Math-7B\n\n- **Library**: the open-source axolotl {noun} (v0.8) on 8 GPUs.\n"
    assert read_as(text, "Sedge-Math-7B") == [(3, "third-party", "open-is-another-project")]


def test_a_venue_before_a_heading_s_words_does_not_change_their_reading():
    """"[ICLR 2025] Fine-Tune an Open-Source … LLM": the heading still opens with its verb, and
    the open model is what it fine-tunes; a news item's date in brackets is not a venue."""
    plain = "# Fine-Tune an Open-Source Support LLM (QLoRA)\n\nText.\n"
    assert read_as(plain, "workspace") == [(1, "third-party", "open-models-a-gerund-acts-on")]
    assert read_as("# [ICLR 2025] " + plain[2:], "workspace") == read_as(plain, "workspace")
    news = "# Acme-7B\n\n- [2024.05] We open-source Acme-7B.\n"
    assert read_as(news, "acme-7b") == [(3, "claim", "open-sources-the-release")]


@pytest.mark.parametrize(
    ("folder", "sentence"),
    [
        ("sorrel-14b", "[Sorrel-14B](https://example.org/sorrel-14b) is released under the Apache-2.0 open-source license."),
        ("sorrel-2024", "[Sorrel 2024](https://example.org/sorrel) is released under the Apache-2.0 open-source license."),
    ],
)
def test_a_linked_name_opening_a_sentence_is_no_venue(folder, sentence):
    """A venue in brackets opens a heading ("[ICLR 2025] …"); a link's text is the sentence's subject."""
    assert read_as("# Notes\n\n" + sentence + "\n", folder) == [(3, "claim", "said-of-the-release")]


@pytest.mark.parametrize("noun", ["trainer", "package", "runtime"])
def test_an_unknown_name_before_a_noun_of_tools_is_a_tool(noun):
    """"the open-source Vexarin trainer": a name the lexicon does not know, called a tool, is one."""
    text = f"# Sedge-Math-7B\n\n- **Framework**: the open-source Vexarin {noun} with FSDP.\n"
    assert read_as(text, "Sedge-Math-7B") == [(3, "third-party", "open-is-another-project")]


@pytest.mark.parametrize(
    ("title", "folder", "expected"),
    [
        # the title names the well-known model the release tuned, and what was done to it: the folder names the release
        ("# Llama-2-7B RLHF & LoRA Model", "llama-fitness-rlhf", [(3, "third-party", "said-of-another-project"), (5, "third-party", "thanks-for-their-opening")]),
        ("# Qwen2.5-7B 医疗微调版", "qwen-yizhen", [(3, "third-party", "said-of-another-project"), (5, "third-party", "thanks-for-their-opening")]),
        # the folder is that model's own line: the title is the release's
        ("# Llama-2-7B RLHF", "llama-2-7b-rlhf", [(3, "claim", "release-is-open"), (5, "claim", "open-sources-the-release")]),
    ],
)
def test_a_title_that_names_the_model_it_tuned_leaves_the_release_to_the_folder(title, folder, expected):
    known = title[2:].split()[0]
    text = f"{title}\n\n{known} 是开源的中英双语对话模型，本次训练基于 {known}。\n\n感谢原作者开源 {known}。\n"
    assert read_as(text, folder) == expected


def test_a_size_with_decimals_is_part_of_the_name_introduced():
    """"We introduce **Sorvik-1.5B**": the name runs to its decimals, and a title that names the
    model it tuned (left to the folder) does not stop the README from introducing the release."""
    text = "# Qwen2.5-Coder-1.5B Fine-tuned for Verilog\n\nWe introduce **Sorvik-1.5B**, an open-source Verilog generation model fine-tuned from Qwen2.5-Coder-1.5B-Instruct.\n"
    assert ("Sorvik-1.5B", "introduced in README.md") in names_of(text, "sorvik-verilog")
    assert read_as(text, "sorvik-verilog") == [(3, "claim", "release-is-open")]


def test_a_word_of_the_base_model_written_as_a_word_names_no_project():
    """"Math" of Qwen2.5-Math-7B, written "math" in "an open-source math reasoning model", is a kind, not the base."""
    card = "---\nbase_model: Qwen/Qwen2.5-Math-7B\n---\n# Velor-R1-7B\n\n**Velor-R1-7B** is an open-source math reasoning model trained with RL.\n"
    from openlint.claims.prose import analyse

    names = _card_names(card, "Velor-R1-7B")
    assert "math" in names.bases
    assert [(m.line, m.role, m.rule) for m in analyse("README.md", card, names=names, first_line=1)] == [(6, "claim", "release-is-open")]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # what the release is said to be: an unknown word there says what it is for
        ("Hexbane is an open-source Hex engine for 13x13 boards.", [(3, "claim", "release-is-open")]),
        # elsewhere an unknown name before a kind is another project's
        ("Hexbane uses the open-source Marula-MT model for move commentary.", [(3, "third-party", "credit")]),
    ],
)
def test_an_unknown_word_in_what_the_release_is_said_to_be(sentence, expected):
    assert read_as("# Hexbane\n\n" + sentence + "\n", "hexbane") == expected
