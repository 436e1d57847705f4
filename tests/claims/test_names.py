"""The release's names (openlint.claims.names): titles, introductions, families and siblings."""

from __future__ import annotations

import pytest
from openlint.claims.names import TITLE_RAW, Name, Names, family, introduced, most_used_family, name_in_title, name_parts, release_names, title_of
from openlint.claims.prose import analyse
from openlint.inputs.sources import TextFile


@pytest.mark.parametrize(
    "text, title",
    [
        ("# Acme-7B: a small model\n", "Acme-7B: a small model"),
        ('<h1 align="center">Amber</h1>\n\n# Loading Amber\n', "Amber"),
        ("## News\n\n## Acme\n", None),  # a section heading below the top level is no title
        ("## Acme-2\n", "Acme-2"),  # unless it is shaped like a name
        ("# 🚀 Acme\n", "Acme"),
        ("# 1. Introduction\n", None),
        ("# Acme-7B ##\n", "Acme-7B"),  # the closing #s are no part of it
        ("# Acme-7B # #  \t\n", "Acme-7B"),
        ("# C#\n", "C"),  # (a closing run needs no space before it here, as before)
        ("# ###\n", None),  # only a closing run: its first character is all the heading holds
        ("```bash\n# CPU-only\npip install acme\n```\n\n## Acme-2\n", "Acme-2"),  # a comment in a code block is no heading
        ("~~~\n# GPU\n~~~\n# Acme\n", "Acme"),
        ("Acme-7B\n=======\n\nText.\n\n## Usage\n", "Acme-7B"),  # a setext heading
        ("<p>logo</p>\n\nAcme-7B\n=======\n", "Acme-7B"),
        ("Some text\nAcme-7B\n=======\n", None),  # under a paragraph of two lines: no title
        ("- Acme-7B\n---\n", None),  # under a list item, a rule
        ("```\nAcme-7B\n=======\n```\n", None),  # in code
        ("## News\n\nAcme-2\n------\n", None),  # the first heading, below the top level, is a section
        ("#### Fill in our survey!\n\n<h1 align=\"center\">Acme-2</h1>\n", "Acme-2"),  # a heading above an <h1> is no title
        ("# Acme-7B" + " #" * 5_000 + "x\n", ("Acme-7B" + " #" * 5_000)[:TITLE_RAW].rstrip()),  # a run inside the text stays, up to TITLE_RAW
    ],
)
def test_title_of(text, title):
    assert title_of(text) == title


@pytest.mark.parametrize(
    "title, name",
    [
        ("Acme-7B: a small model", "Acme-7B"),
        ("Model Card for Acme", "Acme"),
        ("Acme is an open model for code and math", "Acme"),
        ("A very long sentence about Acme-7B and other things", "Acme-7B"),
        ("Overview", None),  # a word that never names a release
        ("Model", None),
        ("Meet Acme-2", "Acme-2"),
        ("Acme Model Card", "Acme"),
        ("Acme-2 🌅", "Acme-2"),  # a symbol after it
        ("Acme-Large模型介绍", "Acme-Large"),  # a Chinese description after it
        ("Acme易魔声 😊", "Acme"),
        ("混元图像 2.1", "混元图像 2.1"),  # a Chinese name stays whole
    ],
)
def test_name_in_title(title, name):
    assert name_in_title(title) == name


def test_an_introduced_name_keeps_its_lower_case_version():
    assert introduced("We open-sourced Lodestar-Embed-v2 together with its code.\nIntroducing Acme v2 today.\n") == ["Lodestar-Embed-v2", "Acme v2"]


def test_an_adverb_may_stand_between_we_and_the_verb_that_introduces():
    assert introduced("Lark Agents is a framework.\nWe also release Lark-8B, an open-weight model.\nWe now present Lark-70B.\n") == ["Lark-8B", "Lark-70B"]


def test_introduced_names_skip_common_words():
    text = "We present Acme, a model.\nIt is a model.\nHere is a demo.\nIntroducing Acme-Chat for dialogue.\n"
    assert introduced(text) == ["Acme", "Acme-Chat"]


def test_an_open_thing_a_verb_qualifies_is_not_introduced():
    # "开源了 X" introduces X; "开源的 X" and "发布的 X" qualify a model someone else released
    assert introduced("我们开源了 Acme-2。\nAcme-2 超越了开源的 Acme-1，以及 Foo 发布的 Bar-3。\n") == ["Acme-2"]


def test_introduced_names_count_only_in_the_family_of_a_stronger_name():
    text = TextFile("README.md", "# Acme\n\nWe release Acme-Chat. We present AgentBench, a benchmark.\n")
    names = release_names(None, None, [text], "acme")
    assert [(n.text, n.source) for n in names.names] == [
        ("Acme", "the title of README.md"),
        ("Acme-Chat", "introduced in README.md"),
    ]


@pytest.mark.parametrize(
    "release, written, same",
    [
        ("Qwen2.5", "Qwen2.5-7B-Instruct", True),  # a size and a variant
        ("Qwen2.5", "Qwen", True),  # the family
        ("Qwen2.5", "Qwen2", False),  # another version
        ("Qwen2.5", "Qwen3", False),
        ("Kandinsky-3", "Kandinsky 3.0", True),  # 3.0 is 3
        ("Hunyuan3D-1.0", "Hunyuan3D 2.0", False),
        ("VILA", "VILA1.5", True),  # a family named without a version holds its versions
        ("MOSS-TTSD", "MOSS-VoiceGenerator", False),
        ("GPT-2", "GPT2", True),
        ("GLM-4.1V-9B-Thinking", "GLM-4.1V-9B-Base", True),  # another variant of the same size
        ("Qwen2.5", "Qwen2.5-VL", False),  # a product word after the version: another line of models
        ("Qwen2.5-VL", "Qwen2.5", False),
        ("Qwen2.5-VL-7B-Instruct", "Qwen2.5-VL", True),
        ("Acme-2", "Acme-2-7B-Instruct-GGUF", True),  # sizes, variants, formats
        ("Acme-2", "Acme-2-V2", True),
        ("Llama-3-Quill-8B-Instruct", "Llama 3", False),  # a fine-tune's base model
        ("CodeGeeX2", "CodeGeeX", True),  # a family named without a version
        ("Acme-7B-Chat", "Acme-70B-Chat", False),  # another size is no variant: the prefix rule decides
        ("Qwen2.5-Math-7B-Instruct", "Qwen2.5-Coder-7B-Instruct", False),  # the sizes agree, the names before them do not
    ],
)
def test_same_release_or_sibling(release, written, same):
    assert Names([Name(release, "t")]).same_release(written) is same


def test_name_parts():
    assert name_parts("Qwen2.5-7B-Instruct") == ("qwen", "2.5", "7", "b", "instruct")
    assert name_parts("Kandinsky 3.0") == ("kandinsky", "3")
    assert name_parts("骆驼") == ("骆驼",)
    assert name_parts("千流-14B-Chat") == ("千流", "14", "b", "chat")


@pytest.mark.parametrize(
    "text, title, name",
    [
        ("# 观澜-VL：开源的中文多模态理解模型\n", "观澜-VL：开源的中文多模态理解模型", "观澜-VL"),
        ("# 启明-R：Zenith-R 的开源复现\n", "启明-R：Zenith-R 的开源复现", "启明-R"),
        ("# 开源全模态基座\n\n## 简介\n", None, None),  # a description, no name before it
    ],
)
def test_a_chinese_title_names_the_release_before_its_description(text, title, name):
    assert title_of(text) == title
    assert (name_in_title(title) if title else None) == name


@pytest.mark.parametrize(
    "title, expected",
    [
        ("# 丹青 Danqing-Diffusion 🎨\n", ["丹青 Danqing-Diffusion", "丹青", "Danqing-Diffusion", "danqing"]),
        ("# HengQi 衡器 ⚖️\n", ["HengQi 衡器", "HengQi", "衡器", "danqing"]),
        ("# 流萤 1.5\n", ["流萤 1.5", "danqing"]),  # a version is no second name
    ],
)
def test_a_title_in_two_scripts_gives_both_names(title, expected):
    names = release_names(None, None, [TextFile("README.md", title)], "danqing")
    assert [n.text for n in names.names] == expected


def test_a_name_written_in_chinese_covers_its_sizes_and_variants():
    names = Names([Name("千流", "the title of README.md"), Name("qianliu-llm", "the repository's folder name")])
    assert [same for _, _, _, same in names.find("千流-14B 和千流-14B-Chat")] == [True, True]
    assert names.same_release("千流") and not Names([Name("千流-3", "t")]).same_release("千流-2")
    assert family("千流-14B") == "千流" and family("Yi-6B") == ""


def test_find_with_other_separators_and_versions():
    names = Names([Name("sealion", "f"), Name("CodeGeeX2", "t")])
    found = [(text[a:b], same) for text in ["SEA-LION and Sea Lion, CodeGeeX4 and CodeGeeX2-6B"] for a, b, _, same in names.find(text)]
    assert found == [("SEA-LION", True), ("Sea Lion", True), ("CodeGeeX", False), ("CodeGeeX2", True)]


def _texts(**files):
    from openlint.inputs.sources import TextFile

    return [TextFile(path, text) for path, text in files.items()]


def test_names_linked_to_other_code_repositories():
    from openlint.claims.names import release_names

    readme = (
        "# Acme-2\n\n"
        "- Our previous [Acme](https://github.com/acme/Acme) and the newest [Acme-3](https://github.com/acme/Acme-3/tree/main).\n"
        "- Served by [FastServe](https://gitlab.com/tools/fastserve) and [Acme-2](https://github.com/acme/Acme-2).\n"
        "- [Training code](https://github.com/acme/trainer), [Acme-4](https://huggingface.co/acme/Acme-4), [Acme-5](https://github.com/acme/other).\n"
        "- 2026.03.24 [Acme-ComfyUI](https://github.com/someone/Acme-ComfyUI-official) is open-sourced.\n"
    )
    names = release_names(None, None, _texts(**{"README.md": readme}), "Acme-2")
    # the link text names the repository it links to ("X-official" is X's), and that repository is
    # not this one; the Hub is where a release's weights are, not another project's code; a text
    # that names another repository than its target says nothing of either
    assert names.foreign == frozenset({"acme", "acme-3", "fastserve", "acme-comfyui"})


def test_a_derivative_s_base_family_is_not_the_release():
    """A card that names its base model (base_model) publishes a derivative: the base's family
    word is another's ("Llama" for Llama-3-Quill-8B), while the release's whole name stays."""
    from openlint.claims.names import release_names
    from openlint.inputs.card import parse_card

    card_text = "---\nbase_model: meta-llama/Meta-Llama-3-8B\nmodel_name: Llama-3-Quill-8B-Instruct\n---\n# Llama-3-Quill-8B-Instruct\n"
    from openlint.inputs.sources import TextFile

    card = parse_card(TextFile("README.md", card_text), [])
    names = release_names(card, None, _texts(**{"README.md": card_text}), "quill")
    assert "llama" not in names.forms and "llama-3-quill-8b-instruct" in names.forms
    assert names.find("Llama is Meta's family") == []
    # nor when the README introduces the base: "Llama is a family of …"
    names = release_names(card, None, _texts(**{"README.md": card_text + "\nLlama is a family of models by Meta.\n"}), "quill")
    assert "llama" not in names.forms
    assert [n[3] for n in names.find("Llama-3-Quill-8B-Instruct is ours")] == [True]


def _card_names(card_text: str, folder: str) -> Names:
    from openlint.inputs.card import parse_card
    from openlint.inputs.sources import TextFile

    card = parse_card(TextFile("README.md", card_text), [])
    return release_names(card, None, _texts(**{"README.md": card_text}), folder)


def test_a_base_of_the_release_s_own_line_keeps_the_family_word():
    """An instruct or chat card whose base is the same name without the variant ("Tern-34B" for
    Tern-34B-Instruct) is the family's own: "Tern" and "Tern-34B" are the release's; a packer's
    format ("-AWQ") does not make the base its own."""
    names = _card_names("---\nbase_model: tern-ai/Tern-34B\n---\n# Tern-34B-Instruct\n", "Tern-34B-Instruct")
    assert [n[3] for n in names.find("Tern models are open weights")] == [True]
    names = _card_names("---\nbase_model: marrow-lab/Marrow-8B\n---\n# Marrow-8B-AWQ\n", "Marrow-8B-AWQ")
    assert names.find("The original Marrow-8B is strong") == []


def test_the_chinese_name_of_a_quantization_s_base_is_the_base_s():
    """On the card of MoZhu-14B-Chat-GGUF, whose base is MoZhu-14B-Chat, "墨竹-14B-Chat" (its base
    in Chinese) is another's, as "MoZhu-14B-Chat" is; "墨竹-14B-Chat-GGUF" is the release."""
    text = "---\nbase_model: yuheng/MoZhu-14B-Chat\n---\n# MoZhu-14B-Chat-GGUF\n\n墨竹-14B-Chat 是玉衡实验室开源的对话模型。本仓库提供墨竹-14B-Chat-GGUF 量化文件。\n"
    names = _card_names(text, "MoZhu-14B-Chat-GGUF")
    assert [n[3] for n in names.find("墨竹-14B-Chat 是开源的")] == []
    assert [n[3] for n in names.find("墨竹-14B-Chat-GGUF 已开源")] == [True]


def test_the_family_s_base_variant_is_the_release_s_own_line():
    """An instruct card whose base is the family's base variant ("Wren-7B-Base-v0.2" for
    Wren-7B-Instruct-v0.2) is the family's own: "Wren" is the release."""
    names = _card_names("---\nbase_model: wren-ai/Wren-7B-Base-v0.2\n---\n# Wren-7B-Instruct-v0.2\n", "Wren-7B-Instruct-v0.2")
    assert [n[3] for n in names.find("Wren is an open-source bilingual model")] == [True]


def test_a_title_that_names_the_base_model_names_no_release():
    """"# Marrow-8B — AWQ 4-bit" on a quantization of Marrow-8B titles the card with the base's name."""
    names = _card_names("---\nbase_model: marrow-lab/Marrow-8B\n---\n# Marrow-8B — AWQ 4-bit\n", "Marrow-8B-AWQ")
    assert [n.text for n in names.names] == ["Marrow-8B-AWQ"]


def test_a_hub_id_as_a_title_names_the_model():
    assert name_in_title("mlx-community/Corvid-2-9B-it-4bit") == "Corvid-2-9B-it-4bit"


@pytest.mark.parametrize(
    "title, expected",
    [
        ("# Time Series Library (TSlib)\n", ["Time Series Library", "TSlib", "tslib-repo"]),
        ("# Acme Large Language Model（ALLM）\n", ["Acme Large Language Model", "ALLM", "tslib-repo"]),
        ("# Acme Model (Beta)\n", ["Acme Model", "tslib-repo"]),  # no initials of the name: a note, not a name
        ("# Acme-7B (ACL 2024)\n", ["Acme-7B", "tslib-repo"]),
    ],
)
def test_a_title_s_abbreviation_in_brackets_names_the_release_too(title, expected):
    names = release_names(None, None, [TextFile("README.md", title)], "tslib-repo")
    assert [n.text for n in names.names] == expected


LLAMA_COMMUNITY = (
    "# Llama 中文社区\n\n"
    "- 发布 Atom-7B 与 Atom-7B-Chat\n- Atom-13B 支持 32K 上下文\n- Atom-1B 适合端侧\n"
    "- 基于 Llama2 训练 Atom-7B\n- Atom-7B-Chat 可商用\n- 支持 Llama2 与 Llama3 的微调\n- FooBar-2 的评测\n"
)


def test_the_family_a_readme_names_most_is_the_release_s():
    names = release_names(None, None, [TextFile("README.md", LLAMA_COMMUNITY)], "llama-community")
    assert [(n.text, n.source) for n in names.names][-1] == ("Atom", "the name its READMEs use most")
    found = analyse("README.md", LLAMA_COMMUNITY + "\nAtom-7B 和 Atom-7B-Chat 目前已完全开源。\n", 1, names)
    assert [(m.line, m.role, m.subject) for m in found] == [(11, "claim", "Atom (the name its READMEs use most)")]


def test_entries_of_a_table_of_contents_and_images_labels_are_not_counted():
    contents = "".join(f"- [Step{i}: 第 {i} 步](#step{i})\n- ![Step{i}](step{i}.png)\n" for i in range(1, 5))
    readme = LLAMA_COMMUNITY.replace("# Llama 中文社区\n\n", "# Llama 中文社区\n\n" + contents + "\n")
    names = release_names(None, None, [TextFile("README.md", readme)], "llama-community")
    assert [(n.text, n.source) for n in names.names][-1] == ("Atom", "the name its READMEs use most")


def test_the_most_used_family_reads_the_prose_the_detector_reads():
    # the prose of a text is cached by content: counting families must not read a changed copy
    # of the text, which missed that cache and evicted the detector's entry (a slower first check)
    from openlint.claims.markdown import prose_only

    contents = "".join(f"- [Step{i}](#step{i})\n- ![Step{i}](step{i}.png)\n" for i in range(1, 5))
    readme = LLAMA_COMMUNITY.replace("# Llama 中文社区\n\n", "# Llama 中文社区\n\n" + contents + "\n")
    prose_only.cache_clear()
    prose_only(readme, 1)
    names = release_names(None, None, [TextFile("README.md", readme)], "llama-community")
    assert [(n.text, n.source) for n in names.names][-1] == ("Atom", "the name its READMEs use most")
    assert prose_only.cache_info().misses == 1


@pytest.mark.parametrize(
    "readme",
    [
        LLAMA_COMMUNITY.replace("- FooBar-2 的评测\n", "- FooBar-2 的评测\n- FooBar-3\n- FooBar-4\n"),  # a runner-up named on half as many lines
        LLAMA_COMMUNITY.replace("- Atom-7B-Chat 可商用\n", "- Atom 系列可商用\n"),  # four lines name it as a name: too few
        LLAMA_COMMUNITY.replace("Atom", "Qwen"),  # a known family is no one's own
        LLAMA_COMMUNITY.replace("Atom", "macOS"),  # an operating system is no one's own either
        "# 示例社区\n\n" + "".join(f"- ![img{i}](p{i}.png) 第 {i} 张图\n" for i in range(1, 8)),  # an image's label names nothing
    ],
)
def test_no_family_is_taken_without_a_clear_lead(readme):
    names = release_names(None, None, [TextFile("README.md", readme)], "llama-community")
    assert "the name its READMEs use most" not in [n.source for n in names.names]


@pytest.mark.parametrize(
    "folder, readme, aliases",
    [
        # before a size: the Chinese name stands for the Latin name whole
        ("ZhiLu", "# ZhiLu\n\n开源智鹿-13B对话大模型。\n", ["智鹿"]),
        ("Qiming-2", "# Qiming-2\n\n启明-2 开源了。启明-1-7B 已停止维护。\n", ["启明-2"]),
        # Latin letters that end the name are written as they are
        ("HuaTuoGPT-II", "# HuaTuoGPT-II\n\n华佗GPT-II 是医疗大模型。\n", ["华佗GPT-II"]),
        # one character is a name only with the release's dotted version
        ("Yuan-2.0", "# Yuan-2.0\n\n源2.0 支持商用。\n", ["源2.0"]),
        ("Yuan-2.0", "# Yuan-2.0\n\n源3.0 支持商用。源2 也是。\n", []),
        # a title's Chinese words
        ("biancang", "# 欢迎来到扁仓中医大模型\n\n本仓库开源以下资源。\n", ["扁仓"]),
        # before a dash and a product word: the characters are the whole name
        ("Qiyan", "## 新闻\n\n栖岩-MoE 是一个混合专家模型。\n", ["栖岩"]),
        # opening a sentence, as a subject
        ("ZhiLu", "# ZhiLu\n\n智鹿是金融大模型。\n", ["智鹿"]),
        ("ZhiLu", "# ZhiLu\n\n- 2024-07-07：智鹿的权重开源。\n", ["智鹿"]),
        # a name of other sounds, no Chinese where a name stands, or a common word: none
        ("LingoWhale-8B", "# LingoWhale-8B\n\n开源语鲸-8B模型。\n", []),
        ("ZhiLu", "# ZhiLu\n\n金融大模型智鹿。\n", []),
        ("moxing-lab", "# Moxing Lab\n\n模型权重已开源。\n", []),
    ],
)
def test_a_chinese_name_the_latin_name_spells_in_pinyin(folder, readme, aliases):
    names = release_names(None, None, [TextFile("README.md", readme)], folder)
    found = [(n.text, n.source) for n in names.names if "pinyin" in n.source]
    assert found == [(alias, f"the Chinese name of {folder}, by its pinyin") for alias in aliases]


def test_a_chinese_name_by_its_pinyin_decides_whose_claim_it_is():
    text = "# Qiming-2\n\n- 2024.03：开源启明-2-7B 对话大模型。\n- 2023.09：启明-1-7B 开源（已停止维护）。\n"
    names = release_names(None, None, [TextFile("README.md", text)], "Qiming-2")
    found = [(m.line, m.role, m.subject) for m in analyse("README.md", text, 1, names)]
    assert found == [
        (3, "claim", "启明-2 (the Chinese name of Qiming-2, by its pinyin)"),
        (4, "third-party", "启明-1-7B"),
    ]


def test_pinyin_spelling_takes_every_reading_of_a_character():
    from openlint.claims.pinyin import spells

    assert spells("长乐", "changle") and spells("长乐", "zhangle")  # 长 is read chang and zhang
    assert spells("绿洲", "lvzhou") and spells("绿洲", "luzhou")  # ü is written v or u
    assert not spells("长乐", "changl") and not spells("长乐", "changlele") and not spells("Ab", "ab")


def test_the_table_of_readings_is_read_only_for_chinese_where_a_name_stands(tmp_path):
    import subprocess
    import sys

    repo = tmp_path / "ZhiLu"
    repo.mkdir()
    code = "import sys; from openlint.cli import main; main(['check', sys.argv[1]]); print('xpinyin' in sys.modules)"
    env = {"OPENLINT_CACHE_DIR": str(tmp_path / "cache"), "PATH": "/usr/bin:/bin"}

    def imports(readme: str) -> bool:
        (repo / "README.md").write_text(readme, encoding="utf-8")
        proc = subprocess.run([sys.executable, "-c", code, str(repo)], capture_output=True, text=True, env=env)
        assert proc.stdout.endswith(("True\n", "False\n")), proc.stdout + proc.stderr
        return proc.stdout.endswith("True\n")

    assert not imports("# ZhiLu\n\nZhiLu is an open-source LLM.\n")
    assert imports("# ZhiLu\n\n开源智鹿-13B对话大模型。\n")
    assert not imports("# ZhiLu\n\n开源智鹿-13B对话大模型。\n")  # the same README again: its analysis is cached


@pytest.mark.parametrize(
    "release, repository, home",
    [
        ("Qwen2.5-7B-Instruct", "Qwen2.5", True),  # sizes and variants added
        ("Acme-7B", "acme", True),
        ("Acme-7B-GGUF", "Acme-7B", True),  # a format
        ("Acme-7B", "Acme-7B", True),
        ("Nimbus-Video", "Nimbus", False),  # a product word: another model of the family
        ("Qwen2.5-VL-7B", "Qwen2.5", False),
        ("lodestar-embed", "lodestar-embed-v1", False),  # the repository names more than the release
        ("Acme-7B", "Other", False),
    ],
)
def test_the_code_repository_a_card_links_is_its_home_only_for_its_own_line(release, repository, home):
    assert Names([Name(release, "the card's model_name")]).has_home(repository) is home


@pytest.mark.parametrize(
    "above",
    [
        '<div align="center">\n<h1>\n  Acme-2\n</h1>\n</div>\n\n',  # a title of HTML over lines, not read as a heading
        '<p align="center">logo</p>\n\n',
        "",
    ],
)
@pytest.mark.parametrize("heading", ["## 模型开源协议", "## 开源协议"])
def test_a_section_heading_first_in_a_readme_is_no_title(above, heading):
    text = above + heading + "\n\n本仓库代码依照 Apache-2.0 协议开源。\n"
    names = release_names(None, None, [TextFile("README.md", text)], "acme-2")
    line = above.count("\n") + 1
    assert [(m.line, m.role, m.rule) for m in analyse("README.md", text, 1, names)] == [
        (line, "other", "license-heading"),
        (line + 2, "other", "code-under-an-open-license"),
    ]


MONOREPO = (
    "# DeepSearch\n\nThis repository holds our agents: [**WebRunner**](WebRunner), [`WebSifter`](./WebSifter/) and "
    "[Llama-3](./llama-3/) recipes; see [Docs](docs) and [Hopper-2](Hopper-2.md).\n\n"
)


def test_a_folder_of_the_repository_that_the_readme_links_to_names_a_part_of_the_release():
    names = release_names(None, None, [TextFile("README.md", MONOREPO)], "DeepSearch")
    hosted = [n.text for n in names.names if n.source.startswith("a folder of this repository")]
    assert hosted == ["WebRunner", "WebSifter"]  # not a known model, a plain word, or a file
    readme = MONOREPO + "- 2025.06.23 The model and some of the data of **WebRunner** have been open-sourced.\n"
    found = analyse("README.md", readme, 1, release_names(None, None, [TextFile("README.md", readme)], "DeepSearch"))
    assert [(m.line, m.role) for m in found] == [(5, "claim")]
    chinese = MONOREPO + "- 2025.06.23 **WebRunner** 的模型和部分数据已开源。\n"
    found = analyse("README.md", chinese, 1, release_names(None, None, [TextFile("README.md", chinese)], "DeepSearch"))
    assert [(m.line, m.role) for m in found] == [(5, "claim")]


@pytest.mark.parametrize(
    "readme, named",
    [
        ("# LingoWhale-8B\n\n深言科技联合实验室开源语鲸-8B模型 🎉\n", True),  # the release's Chinese name, with its size
        ("# LingoWhale-8B\n\n友商开源混元-13B模型\n", False),  # another size: another model
        ("# LingoWhale\n\n友商开源混元-8B模型\n", False),  # no size to match
    ],
)
def test_a_chinese_name_opened_with_the_release_s_size_is_the_release(readme, named):
    names = release_names(None, None, [TextFile("README.md", readme)], "lingowhale")
    assert any(n.source == "introduced in README.md" for n in names.names) is named
    [mention] = analyse("README.md", readme, 1, names)
    assert (mention.role == "claim") is named


@pytest.mark.parametrize(
    "folder, sentence, role",
    [
        ("vela-swift", "> **Vela** is an open-weight speech synthesis model of 80M parameters.", "third-party"),  # the model it ports
        ("vela-swift", "vela-swift is open source under the MIT license.", "claim"),  # the port itself
        ("vela.cpp", "Vela 是一个开源的语音合成模型。", "third-party"),
        ("vela-tts", "Vela is an open-weight TTS model.", "claim"),  # no port: Vela is the release's family
    ],
)
def test_a_port_s_readme_speaks_of_the_model_it_ports_as_another(folder, sentence, role):
    readme = f"# {folder}\n\n{sentence}\n"
    names = release_names(None, None, [TextFile("README.md", readme)], folder)
    [mention] = analyse("README.md", readme, 1, names)
    assert mention.role == role


def test_a_card_titled_with_the_framework_of_its_model_links_to_another_project():
    """A card that declares its model ("Kiln-Nav-GRPO-Sim3") but is titled with the framework the
    model was trained with ("# Kiln"), linked to that framework's own repository: Kiln is another
    project there, and what the card says of it is not said of the release."""
    card_text = (
        "---\nmodel-index:\n- name: Kiln-Nav-GRPO-Sim3\n  results: []\n---\n# Kiln\n\n"
        "[Kiln](https://github.com/kiln-lab/Kiln) is an open-source training framework for robot policies.\n\n"
        "Kiln-Nav-GRPO-Sim3 is released with open weights.\n"
    )
    names = _card_names(card_text, "Kiln-Nav-GRPO-Sim3")
    assert names.foreign == frozenset({"kiln"})
    found = analyse("README.md", card_text, 1, names)
    assert [(m.line, m.role, m.subject_is_release) for m in found] == [(8, "third-party", False), (10, "claim", True)]


def test_a_name_with_pinyin_u_umlaut_is_the_folder_s_v():
    """Pinyin's ü is typed v in a folder's name ("lvzhou") and written ü in prose ("Lüzhou-7B"):
    both are the release; a Chinese name before a dash and a product word ("栖岩-MoE") is the
    release whose folder spells it."""
    text = "## 新闻\n\n- 2024.09：Lüzhou-7B-Chat 已开源。\n"
    names = release_names(None, None, [TextFile("README.md", text)], "lvzhou")
    assert [(m.line, m.role) for m in analyse("README.md", text, 1, names)] == [(3, "claim")]
    text = "## 新闻\n\n栖岩-MoE 是目前最大的开源 MoE 模型之一。\n"
    names = release_names(None, None, [TextFile("README.md", text)], "Qiyan")
    assert [(m.line, m.role, m.subject_is_release) for m in analyse("README.md", text, 1, names)] == [(3, "claim", True)]


def test_the_words_after_a_first_word_that_go_on_spelling_the_name_make_it_the_release():
    names = Names([Name("Lumo5 TTS Base", "the title of README.md")])
    assert [(start, end, same) for start, end, _, same in names.find("Lumo5 TTS is an open-weight model")] == [(0, 5, True)]
    assert [(start, end, same) for start, end, _, same in names.find("Lumo5 Music is another model")] == [(0, 5, False)]


def test_a_well_known_family_named_most_is_not_taken_for_the_release():
    # a retrieval toolkit's README names the BGE models it fine-tunes on most lines: they are another's
    text = (
        "# Retriever-Kit\n\nA toolkit for retrieval pipelines.\n\n- bge-small-v1.5 works on CPU.\n- bge-base-v1.5 is the default.\n"
        "- bge-large-v1.5 is the most accurate.\n- bge-m3 handles many languages.\n- bge-reranker-v2 reorders hits.\n- bge-v1.5 again.\n"
    )
    assert most_used_family([TextFile("README.md", text)], None, [], frozenset()) is None


@pytest.mark.parametrize(
    ("written", "same"),
    [
        ("Tarsel3-30B-A3B", True),  # the parameters a mixture of experts activates are part of its size
        ("Tarsel3-235B-A22B-Thinking-2507", True),
        ("tarsel3-30b-a3b-instruct", True),
        ("Tarsel3-30B", True),
        ("Tarsel3-VL-30B-A3B", False),  # a product of its own
        ("Tarsel3-A3", False),  # no size after it
    ],
)
def test_an_active_size_belongs_to_the_release_s_line(written, same):
    names = release_names(None, None, [TextFile("README.md", "# Tarsel3\n\nx\n")], "tarsel3")
    assert names.same_release(written) is same


def test_a_lower_case_name_with_its_version_is_another_project():
    # "autoawq 0.2.6, an open-source library": a tool written as its package is, with its version
    text = "# Marrow-8B-AWQ\n\nQuantized with autoawq 0.2.6, an open-source library maintained by its community.\n\nThis checkpoint is version 1.0, open-sourced under Apache-2.0.\n"
    names = release_names(None, None, [TextFile("README.md", text)], "Marrow-8B-AWQ")
    assert [(m.line, m.role, m.rule) for m in analyse("README.md", text, 1, names)] == [(3, "third-party", "said-of-another-project"), (5, "claim", "release-is-open")]


def test_every_name_an_introduction_lists_is_introduced():
    from helpers import names_of

    found = names_of("<p>logo</p>\n\nWe introduce Quarry-Math-7B and Quarry-Math-72B, open-source math reasoning models.\n", "QuarryMath")
    # the folder's name parted ("Quarry-Math" for QuarryMath) is the same family; each model the list names is introduced
    assert [n for n, source in found if source.startswith("introduced")] == ["Quarry-Math-7B", "Quarry-Math-72B"]
    # a base the list names is not the release's
    assert [n for n, source in names_of("# Acme\n\nWe release Acme-7B and Llama-3-8B-Base as baselines.\n", "acme") if source.startswith("introduced")] == ["Acme-7B"]


@pytest.mark.parametrize(
    "readme, folder, outsider",
    [
        # a news item on a sibling release the lab introduces, kept in its own repository
        ("# Corvid-VL\n\n## News\n\n- [2025/07] We release [Wrenfield](https://github.com/corvid-lab/wrenfield), a strong omni-modal LLM built on our code.\n", "corvid-vl", "Wrenfield"),
        ("# Corvid-VL\n\n## News\n\n- [2025/03] We release Stonechat-Eval, a model of the way people grade captions.\n", "corvid-vl", "Stonechat-Eval"),
        # a method or an architecture the authors propose, not their model
        ("# Corvid-VL\n\nAlso, we introduce Gradient Relay (GR), which steers an image generator model toward rewards.\n", "corvid-vl", "Gradient Relay"),
        ("# 寒鸦-VL\n\n我们推出了 Relay-Mixer 结构，这是一种端到端的多模态模型。\n", "hanya-vl", "Relay-Mixer"),
    ],
)
def test_what_the_authors_introduce_beside_the_titled_release_is_not_the_release(readme, folder, outsider):
    from helpers import names_of

    assert outsider not in [name for name, _ in names_of(readme, folder)]


@pytest.mark.parametrize(
    "text, found",
    [
        ("# 岐黄\n\n我们开源了 QiHuang-7B 对话模型。\n", ["QiHuang-7B"]),
        # a verb that ends a line (a table row written in HTML, "✅ 已开源</td></tr>") names nothing on the next
        ("# 岐黄\n\n<tr><td>QiHuang-7B-Base</td><td>✅ 已开源</td></tr>\n<tr><td>QiHuang-14B-Chat</td><td>⏳ 计划中</td></tr>\n", []),
    ],
)
def test_a_chinese_verb_introduces_a_name_on_its_own_line(text, found):
    assert introduced(text) == found
