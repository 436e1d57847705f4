"""Claims written in prose (openlint.claims.prose): small hand-written texts, positions, opt-outs."""

from __future__ import annotations

import re

import pytest
from openlint._support.resources import data_toml
from openlint.claims.declared import known_claims
from openlint.claims.prose import _expand, _rules, claims_in_prose, ignored_lines, opt_outs, prose_only

OS = "open-source-ai"
OW = "open-weights"


def found(text: str, first_line: int = 1) -> list[tuple[str, int, int, str]]:
    return [(c.claim, c.line, c.column, c.text) for c in claims_in_prose("README.md", text, first_line)]


def kinds(sentence: str) -> list[str]:
    return [c.claim for c in claims_in_prose("README.md", sentence + "\n")]


# --- what is a claim -------------------------------------------------------------------------

CLAIMS = [
    ("Acme-7B is a fully open-source model.", OS, "is a fully open-source model"),
    ("Acme is the new generation of open-source large language models.", OS, "open-source large language models"),
    ("We open-source the weights of Acme-7B.", OS, "open-source the weights"),
    ("We opensource our **Acme** series, base and chat.", OS, "opensource our **Acme** series"),
    ("As part of this release we have open-sourced several Acme models:", OS, "open-sourced several Acme models"),
    ("We are excited to open-source Acme-2B today.", OS, "open-source Acme-2B"),
    ("The model is open-sourced under the Apache 2.0 license.", OS, "open-sourced"),
    ("We release the model weights as open source.", OS, "as open source"),
    ("Acme stands as the best-performing open-source model.", OS, "best-performing open-source model"),
    ("This produces the currently strongest open-source base model.", OS, "strongest open-source base model"),
    ("Acme outperforms other open-source models on math.", OS, "other open-source models"),
    ("Among open-source models, Acme ranks first.", OS, "Among open-source models"),
    ("Acme is efficiently intelligent and truly open.", OS, "truly open"),
    ("Acme is an initiative for comprehensive and fully open-sourced LLMs.", OS, "fully open-sourced LLMs"),
    ("We keep pushing the field through this open-source effort.", OS, "this open-source effort"),
    ("The open-sourced V2 weights include one extra module.", OS, "The open-sourced V2 weights"),
    ("In addition, we are also open sourcing all of our data recipes.", OS, "open sourcing all of our data recipes"),
    ("Introducing Acme, a fully open-source LLM.", OS, "a fully open-source LLM"),
    ("Problems caused by the use of Acme 2 open-source models are not our liability.", OS, "Acme 2 open-source models"),
    ("The Acme weights are open-source.", OS, "weights are open-source"),
    ("Acme meets the Open Source AI Definition.", OS, "Open Source AI Definition"),
    # a comparison, negation or credit in another clause of the sentence does not hide the claim
    ("The model is not gated and is fully open-source.", OS, "fully open-source"),
    ("Thanks to our partners, we open-source our model weights.", OS, "open-source our model"),
    ("Acme, which is better than GPT-4, is the best open-source model.", OS, "best open-source model"),
    ("Acme outperforms Llama and is truly open.", OS, "truly open"),
    ("我们开源了 Acme 系列模型。", OS, "我们开源了"),
    ("Acme 是新一代开源大语言模型。", OS, "新一代开源"),
    ("Acme 是一个开源模型。", OS, "开源模型"),
    ("Acme 的性能超越了其他开源模型。", OS, "其他开源模型"),
    ("This repository runs the Acme open-weights model.", OW, "open-weights model"),
    ("Acme is an open-weights model.", OW, "open-weights model"),
]


@pytest.mark.parametrize("sentence,claim,phrase", CLAIMS, ids=[c[0][:40] for c in CLAIMS])
def test_claims_are_found(sentence: str, claim: str, phrase: str):
    claims = claims_in_prose("README.md", sentence + "\n")
    assert [c.claim for c in claims] == [claim]
    assert phrase in claims[0].text
    assert sentence[claims[0].column - 1 :].startswith(claims[0].text.split()[0])


# --- what is not -----------------------------------------------------------------------------

NOT_CLAIMS = [
    # comparisons and references to others
    "Acme-Chat models outperform open-source chat models on most benchmarks.",
    "The instruction-tuned models outperform many of the available open source chat models.",
    "Acme is strong even when compared to open source models trained with more compute.",
    "While benchmarking open-source models, we observed a disparity in scores.",
    "We compare against the best open-source models.",
    "Compared with the strongest open-source model, Acme wins.",
    "The best open-source models today include Llama and Qwen.",
    "ModelScope is an open-source platform for model serving.",
    "Acme 的性能优于开源模型。",
    "与开源模型相比，Acme 更强。",
    # thanks, credit, tools, community
    "Thanks to the Transformer and LLaMA open-source communities.",
    "Thanks for open-sourcing!",
    "We thank the authors of Llama for open-sourcing their models.",
    "Our codebase is built using multiple opensource contributions.",
    "Built with open-source tools such as PyTorch.",
    "We took inspiration from open source permissive licenses.",
    "We are committed to responsible AI and support the open source community.",
    "We have partnered with open-source communities and hardware vendors.",
    "Acme is based on Mistral-7B, an open-source model.",
    "We fine-tuned from Llama 2, the best open-source model at the time.",
    "感谢开源社区的贡献。",
    "本项目基于开源模型构建。",
    "我们采用了开源的评测方案。",
    # what the authors open-source is not the model
    "We are excited to open-source our inference and fine-tuning stacks optimized for Llama 3.1.",
    "We have created and open-sourced a benchmark for tool use.",
    "We tested tool calling on our open-source Chinese evaluation benchmark.",
    "There are a number of open source options for tokenizers.",
    "The Databricks Open Source License can be found in LICENSE.",
    # openness rhetoric, access, other wording
    "We release the models to researchers, upholding the principles of openness.",
    "The core values of Acme are openness, inclusivity and helpfulness.",
    "All versions are fully open to academic research.",
    "The Acme models are fully open for academic research and commercial use with permission.",
    "Acme: Open and Efficient Foundation Language Models",
    "Acme is a state-of-the-art open language model.",
    "All models, data, and code used in the paper are publicly released.",
    "The Open Source Initiative (OSI) publishes the Open Source AI Definition.",
    # negations
    "Acme is not an open-source model.",
    "The weights are not open source.",
    "Acme is neither open source nor free software.",
    "The weights are not open-sourced yet.",
    "Acme is released under a non-open-source license.",
    "Acme 不是开源模型。",
]


@pytest.mark.parametrize("sentence", NOT_CLAIMS, ids=[s[:40] for s in NOT_CLAIMS])
def test_non_claims_are_not_found(sentence: str):
    assert kinds(sentence) == []


def test_a_negation_elsewhere_does_not_hide_a_claim():
    assert kinds("Acme is not only fast but also a fully open-source LLM.") == [OS]


def test_open_weights_is_not_an_open_source_claim():
    assert kinds("Grok is an open-weights model.") == [OW]
    assert kinds("We release the weights openly.") == []


# --- what is not prose -----------------------------------------------------------------------


def test_fenced_code_is_not_read():
    text = (
        "Intro.\n\n"
        "```python\n# Acme is a fully open-source model\n```\n\n"
        "~~~\nAcme is a fully open-source model\n~~~\n\n"
        "````\n```\nAcme is a fully open-source model\n```\n````\n\n"
        "Acme is a fully open-source model.\n"
    )
    assert found(text) == [(OS, 17, 6, "is a fully open-source model")]


def test_an_unclosed_fence_runs_to_the_end():
    assert found("```\nAcme is a fully open-source model.\n") == []


def test_inline_code_html_comments_tags_and_links_are_not_read():
    text = (
        "Run `Acme is a fully open-source model` as a prompt.\n\n"
        "<!-- Acme is a fully open-source model -->\n\n"
        '<img alt="x" title="the fully open-source model"> Hello.\n\n'
        "See [the docs](https://example.org/we-open-source-our-models) or https://example.org/fully-open-source.\n\n"
        "Write to opensource@example.org or <https://example.org/truly-open>.\n\n"
        "[ref]: https://example.org/other-open-source-models\n"
    )
    assert found(text) == []


def test_text_inside_html_elements_is_read():
    text = '<div align="center">\n  <h3 align="center">The Next Generation of Open-Source LLMs</h3>\n</div>\n'
    assert found(text) == [(OS, 2, 26, "Next Generation of Open-Source LLMs")]


def test_prose_only_keeps_positions():
    text = "a `b` <!-- c\nd --> [e](f) g\n"
    masked = prose_only(text)
    assert len(masked) == len(text) and masked.count("\n") == text.count("\n")
    assert masked.split() == ["a", "[e]", "g"]


# --- positions -------------------------------------------------------------------------------


def test_line_column_and_end_of_a_phrase_over_two_lines():
    text = "# Acme\n\nIntro line.\nAcme is a fully\nopen-source model trained by us.\n"
    [claim] = claims_in_prose("MODEL_CARD.md", text)
    assert (claim.file, claim.line, claim.column) == ("MODEL_CARD.md", 4, 6)
    assert (claim.end_line, claim.end_column) == (5, 18)
    assert claim.text == "is a fully open-source model"
    assert text.split("\n")[4][: claim.end_column - 1].endswith("model")


def test_columns_count_characters_not_bytes():
    [claim] = claims_in_prose("README.md", "模型介绍：Acme 是百川推出的新一代开源大语言模型。\n")
    assert claim.column == 17 and claim.text.startswith("新一代开源")  # 16 characters before it


def test_a_phrase_does_not_run_into_the_next_paragraph_or_list_item():
    assert found("Acme is a fully\n\nopen-source model.\n") == []
    assert found("- Acme is the best\n- open-source model for x\n") == []
    assert found("# Acme is the strongest\nopen-source model\n") == []


def test_a_phrase_runs_over_the_lines_of_a_blockquote():
    assert found("> [!NOTE]\n> Acme is a fully\n> open-source model.\n") == [(OS, 2, 8, "is a fully open-source model")]


def test_several_claims_on_one_line_and_overlaps_once():
    text = "* Truly Open: we are also open sourcing all of our data recipes.\n"
    assert [(c.column, c.text) for c in claims_in_prose("README.md", text)] == [
        (3, "Truly Open"),
        (27, "open sourcing all of our data recipes"),
    ]
    # "is the new generation of open-source ..." and "new generation of open-source ..." overlap
    assert len(kinds("Acme is the new generation of open-source large language models.")) == 1


def test_first_line_skips_front_matter_but_keeps_line_numbers():
    text = "---\ndescription: Acme is a fully open-source model\n---\nAcme is truly open.\n"
    assert found(text, first_line=4) == [(OS, 4, 9, "truly open")]
    assert [c[1] for c in found(text)] == [2, 4]  # without first_line the YAML is read as prose


def test_a_fence_in_front_matter_does_not_hide_the_prose():
    text = "---\nwidget: '```'\n---\nAcme is truly open.\n"
    assert found(text, first_line=4) == [(OS, 4, 9, "truly open")]


# --- opt-outs --------------------------------------------------------------------------------


def test_opt_out_on_the_same_line_and_on_the_line_above():
    text = (
        "Acme is truly open. <!-- openlint: ignore claim quoted from a news article -->\n"
        "<!-- openlint: ignore claim the sentence describes the base model -->\n"
        "Acme is truly open.\n"
        "Acme is truly open.\n"
    )
    assert ignored_lines(text) == {
        1: [("claim", "quoted from a news article")],
        3: [("claim", "the sentence describes the base model")],
    }
    assert [c.line for c in claims_in_prose("README.md", text)] == [4]


def test_opt_out_without_a_reason_does_not_apply_and_is_reported():
    text = "Acme is truly open. <!-- openlint: ignore claim -->\n<!-- openlint: ignore -->\nAcme is truly open.\n"
    assert ignored_lines(text) == {1: [("claim", "")], 3: [("", "")]}
    assert [c.line for c in claims_in_prose("README.md", text)] == [1, 3]
    assert [(o.line, o.column, o.applies_to, o.valid) for o in opt_outs(text)] == [(1, 21, 1, False), (2, 1, 3, False)]


def test_opt_out_codes_are_chosen_by_the_caller():
    text = "Acme is truly open. <!-- openlint: ignore OL402 the weights are Apache-2.0 -->\n"
    assert ignored_lines(text) == {1: [("OL402", "the weights are Apache-2.0")]}
    assert len(claims_in_prose("README.md", text)) == 1  # OL402 is a finding's code, not "claim"
    assert claims_in_prose("README.md", text, ignore_codes=["OL402"]) == []


def test_opt_out_alone_above_covers_the_next_line_only():
    text = "<!-- openlint: ignore claim a quote -->\n\nAcme is truly open.\n"
    assert ignored_lines(text) == {2: [("claim", "a quote")]}
    assert len(claims_in_prose("README.md", text)) == 1


def test_opt_out_in_a_code_block_is_an_example_not_an_opt_out():
    text = "```\n<!-- openlint: ignore claim example -->\n```\nAcme is truly open.\n"
    assert ignored_lines(text) == {}


# --- the data --------------------------------------------------------------------------------


def test_tags_are_unchanged():
    assert data_toml("claims.toml")["tags"] == {
        "open-source": OS,
        "opensource": OS,
        "open-source-ai": OS,
        "open-source-model": OS,
        "open-weights": OW,
        "open-weight": OW,
    }


def test_prose_patterns_compile_and_name_known_claims():
    claims, not_claims = _rules()
    assert claims and not_claims
    assert {p.claim for p in claims} <= set(known_claims())
    for group in data_toml("claims.toml")["prose"]["claims"]:
        assert group["name"] and group["why"] and group["patterns"]


def test_unknown_fragment_is_an_error():
    with pytest.raises(ValueError, match="NOPE"):
        _expand("{NOPE}", {})
    assert re.fullmatch(_expand("{A}", {"A": "x{B}", "B": "y"}), "xy")


# --- the trigger words that let prose without them skip the patterns -------------------------


def _required(items, triggers: tuple[str, ...]) -> set[str] | None:
    """Trigger words one of which every match of the parsed regex `items` contains, or None
    when a match could avoid them all. Sound, not complete: it only trusts runs of literals."""
    try:
        from re import _constants as c  # 3.11+
    except ImportError:  # 3.10
        import sre_constants as c  # type: ignore[no-redef]
    repeats = (c.MAX_REPEAT, c.MIN_REPEAT, getattr(c, "POSSESSIVE_REPEAT", c.MAX_REPEAT))
    run = ""
    for op, arg in list(items) + [(None, None)]:
        if op is c.LITERAL:
            run += chr(arg)
            continue
        hits = {t for t in triggers if t in run.casefold()}
        if hits:
            return hits
        run = ""
        inner = None
        if op is c.SUBPATTERN:
            inner = _required(arg[-1], triggers)
        elif op is c.BRANCH:
            branches = [_required(b, triggers) for b in arg[1]]
            inner = None if any(b is None for b in branches) else set().union(*branches)
        elif op in repeats and arg[0] >= 1:
            inner = _required(arg[2], triggers)
        elif op is getattr(c, "ATOMIC_GROUP", None):
            inner = _required(arg, triggers)
        if inner:
            return inner
    return None


def _parse(pattern: str):
    try:
        from re import _parser as parser  # 3.11+
    except ImportError:  # 3.10
        import sre_parse as parser  # type: ignore[no-redef]
    return parser.parse(pattern, re.IGNORECASE)


def test_every_claim_pattern_needs_a_trigger_word():
    from openlint.claims.gates import claim_words

    triggers = claim_words()
    assert triggers == ("open", "osaid", "开源", "开放权重")
    prose = data_toml("claims.toml")["prose"]
    for group in prose["claims"]:
        for pattern in group["patterns"]:
            need = _required(_parse(_expand(pattern, prose["fragments"])), triggers)
            assert need, f"{group['name']}: {pattern!r} can match without any of {triggers}"


def test_the_trigger_check_itself_can_fail():
    triggers = ("open",)
    assert _required(_parse("open source"), triggers) == {"open"}
    assert _required(_parse("(?:fully|truly) open"), triggers) == {"open"}
    assert _required(_parse("(?:open|free) model"), triggers) is None
    assert _required(_parse("(?:open)? model"), triggers) is None
    assert _required(_parse("op[ea]n"), triggers) is None


def test_prose_without_a_trigger_does_not_load_the_patterns(monkeypatch):
    import openlint.claims.prose as prose

    def boom():
        raise AssertionError("patterns compiled")

    monkeypatch.setattr(prose, "_rules", boom)
    text = "---\ntags: [open-source]\n---\n# Model\n\nA small model. `open-source` in code.\n"
    assert claims_in_prose("README.md", text, 4) == []
    with pytest.raises(AssertionError, match="patterns compiled"):
        claims_in_prose("README.md", "An OPEN model.\n")


@pytest.mark.parametrize(
    "text, claim, opt_out",
    [
        ("A small model.", False, False),
        ("An Open model.", True, False),
        ("我们开源了模型", True, False),
        ("OSAID-compliant", True, False),
        ("<!-- OpenLint: ignore OL401 reason -->", True, True),  # "open" is in "openlint"
        ("<!-- ignore OL401: see openlint docs -->", True, True),
        ("Checked by openlint.", True, False),  # no comment
        ("<!-- a comment -->", False, False),
    ],
)
def test_gates(text, claim, opt_out):
    from openlint.claims.gates import may_claim, may_opt_out

    assert (may_claim(text), may_opt_out(text)) == (claim, opt_out)


def test_a_check_of_prose_without_claim_words_or_comments_does_not_import_prose(tmp_path):
    import subprocess
    import sys

    (tmp_path / "README.md").write_text("---\nlicense: mit\ntags: [open-source]\n---\n# M\n\nA model.\n", encoding="utf-8")
    code = "import sys; from openlint.cli import main; main(['check', sys.argv[1]]); print('openlint.claims.prose' in sys.modules)"
    proc = subprocess.run([sys.executable, "-c", code, str(tmp_path)], capture_output=True, text=True)
    assert proc.stdout.endswith("False\n"), proc.stdout + proc.stderr
    (tmp_path / "README.md").write_text("---\nlicense: mit\n---\n# M\n\nM is a fully open-source model.\n", encoding="utf-8")
    proc = subprocess.run([sys.executable, "-c", code, str(tmp_path)], capture_output=True, text=True)
    assert proc.stdout.endswith("True\n") and "OL413" in proc.stdout, proc.stdout + proc.stderr
