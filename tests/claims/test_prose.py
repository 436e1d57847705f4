"""Claims in prose (openlint.claims.prose): positions, opt-outs, the gates, the cache, and the
rules and words of claims.toml as data. test_policy.py holds the policy's sentences."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from openlint._support.resources import data_toml
from openlint.claims import roles
from openlint.claims.features import TOPICS
from openlint.claims.mentions import MAX_MENTIONS, mentions, terms
from openlint.claims.names import Name, Names
from openlint.claims.optouts import ignored_lines, opt_outs
from openlint.claims.prose import analyse, claims_in_prose

OS = "open-source-ai"
NAMES = Names([Name("Acme", "the card's model_name")])


def found(text: str, first_line: int = 1) -> list[tuple[str, int, int, str]]:
    return [(c.claim, c.line, c.column, c.text) for c in claims_in_prose("README.md", text, first_line, NAMES)]


# --- positions -------------------------------------------------------------------------------


def test_a_claim_is_at_its_words_and_quotes_its_sentence():
    text = "# Acme\n\nIntro line.\nAcme is a fully\nopen-source model trained by us.\n"
    [claim] = claims_in_prose("MODEL_CARD.md", text, 1, NAMES)
    assert (claim.file, claim.line, claim.column, claim.end_line, claim.end_column) == ("MODEL_CARD.md", 5, 1, 5, 12)
    assert claim.text == "open-source"
    assert claim.sentence == "Acme is a fully open-source model trained by us."
    assert claim.subject == "Acme is this release (the card's model_name)"


def test_columns_count_characters_not_bytes():
    [claim] = claims_in_prose("README.md", "模型介绍：Acme 是百川推出的新一代开源大语言模型。\n", 1, NAMES)
    assert (claim.column, claim.text) == (20, "开源")  # 19 characters before it


def test_a_sentence_does_not_run_into_the_next_paragraph_or_list_item():
    assert found("Acme is a fully\n\nopen-source model.\n") == []
    [mention] = analyse("README.md", "- Acme is the best\n- open-source tools for x\n", 1, NAMES)
    assert (mention.sentence, mention.role) == ("- open-source tools for x", "third-party")


def test_a_sentence_runs_over_the_lines_of_a_blockquote():
    assert found("> [!NOTE]\n> Acme is a fully\n> open-source model.\n") == [(OS, 3, 3, "open-source")]


def test_first_line_skips_front_matter_but_keeps_line_numbers():
    text = "---\ndescription: Acme is a fully open-source model\n---\nAcme is truly open.\n"
    assert found(text, first_line=4) == [(OS, 4, 9, "truly open")]


def test_fenced_code_inline_code_comments_links_and_addresses_are_not_read():
    text = (
        "```\nAcme is a fully open-source model\n```\n\n"
        "Run `Acme is a fully open-source model` as a prompt.\n\n"
        "<!-- Acme is a fully open-source model -->\n\n"
        "See [the docs](https://example.org/we-open-source-acme) or https://example.org/fully-open-source.\n\n"
        "Write to opensource@example.org.\n"
    )
    assert analyse("README.md", text, 1, NAMES) == []


def test_inline_code_keeps_its_words_for_the_subject():
    [mention] = analyse("README.md", "`Acme-7B` is an open-source LLM.\n", 1, Names([Name("Acme-7B", "the card's model_name")]))
    assert (mention.role, mention.subject) == ("claim", "Acme-7B (the card's model_name)")


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
    assert [c.line for c in claims_in_prose("README.md", text, 1, NAMES)] == [4]


def test_opt_out_without_a_reason_does_not_apply_and_is_reported():
    text = "Acme is truly open. <!-- openlint: ignore claim -->\n<!-- openlint: ignore -->\nAcme is truly open.\n"
    assert ignored_lines(text) == {1: [("claim", "")], 3: [("", "")]}
    assert [c.line for c in claims_in_prose("README.md", text, 1, NAMES)] == [1, 3]
    assert [(o.line, o.column, o.applies_to, o.valid) for o in opt_outs(text)] == [(1, 21, 1, False), (2, 1, 3, False)]


def test_opt_out_codes_are_chosen_by_the_caller():
    text = "Acme is truly open. <!-- openlint: ignore OL402 the weights are Apache-2.0 -->\n"
    assert ignored_lines(text) == {1: [("OL402", "the weights are Apache-2.0")]}
    assert len(claims_in_prose("README.md", text, 1, NAMES)) == 1
    assert claims_in_prose("README.md", text, 1, NAMES, ignore_codes=["OL402"]) == []


def test_an_unclosed_comment_is_no_opt_out():
    assert opt_outs("<!-- openlint: ignore claim a reason\nAcme is truly open.\n") == []


def test_opt_out_in_a_code_block_is_an_example_not_an_opt_out():
    assert ignored_lines("```\n<!-- openlint: ignore claim example -->\n```\nAcme is truly open.\n") == {}


def test_many_unclosed_comments_are_read_once():
    # each unclosed "<!--" used to be searched to the end of the text for its "-->"
    text = "<!-- openlint: ignore OL4 x\n" * 20000
    assert opt_outs(text) == []


# --- the data --------------------------------------------------------------------------------


def test_tags_are_unchanged():
    assert data_toml("claims.toml")["tags"] == {
        "open-source": OS,
        "opensource": OS,
        "open-source-ai": OS,
        "open-source-model": OS,
        "open-weights": "open-weights",
        "open-weight": "open-weights",
    }


def test_terms_compile_without_groups_of_their_own_and_name_known_claims():
    from openlint.claims.declared import known_claims

    pattern, known = terms()
    assert pattern.groups == len(known)  # one group per term: a term's own group would shift them
    assert {t.kind for t in known} <= set(known_claims())


def facts_the_features_make() -> set[str]:
    """Every fact name features.py can produce, from its source and the word classes."""
    import openlint.claims.features as features

    source = Path(features.__file__).read_text(encoding="utf-8")
    classes = list(data_toml("claims.toml")["prose"]["cues"])
    made = set(re.findall(r'"([a-z\-]+(?:=[a-z\-]+)?(?:@[A-Za-z0-9]+)?)"', source))
    made |= {f"{c}@{p}" for c in classes for p in ("L4", "R4", "Lc", "Rc", "Ls", "Rs")}
    made |= {f"term={t.name}" for t in terms()[1]} | {f"kind={t.kind}" for t in terms()[1]} | {f"form={f}" for f in ("ed", "ing", "base")}
    made |= {f"topic={c}" for c in TOPICS}
    made |= {spec["fact"] for spec in data_toml("claims.toml")["prose"]["left-facts"]}
    made |= {f"{k}={v}" for k in ("subj", "psubj") for v in ("rel", "sib", "other", "we", "this", "none")}
    made |= {f"subj@{p}" for p in "cs"} | {f"{k}={c}" for k in ("subjhead", "subjnp") for c in ("thirdparty", "code", "data", "report", "sentiment")}
    made |= {f"{k}={v}" for k in ("obj", "head") for v in ("rel", "sib", "other", "none", "model", "code", "data", "report", "thirdparty", "license", "sentiment")}
    made |= {f"piece={p}" for p in ("paragraph", "item", "heading", "table")}
    return made


def test_every_rule_names_facts_the_features_make_and_a_role():
    known = facts_the_features_make()
    specs = data_toml("claims.toml")["prose"]["rules"]
    assert len({s["name"] for s in specs}) == len(specs)
    for spec in specs:
        assert spec["role"] in roles.ROLES and spec["why"]
        for fact in [*spec.get("all", ()), *spec.get("any", ()), *spec.get("none", ())]:
            assert fact in known, f"rule {spec['name']}: {fact!r} is no fact features.py makes"
    last = specs[-1]
    assert not last.get("all") and not last.get("any") and not last.get("none")  # the last rule takes the rest


def test_a_role_outside_the_four_is_refused(monkeypatch):
    roles.rules.cache_clear()
    monkeypatch.setattr(roles, "data_toml", lambda name: {"prose": {"rules": [{"name": "x", "role": "maybe", "why": "?"}]}})
    try:
        with pytest.raises(ValueError, match="role 'maybe'"):
            roles.rules()
    finally:
        roles.rules.cache_clear()


def test_mentions_past_the_cap_are_not_analysed():
    masked = "open source. " * (MAX_MENTIONS + 50)
    assert len(mentions(masked)) == MAX_MENTIONS


# --- the gates that let prose without a mention skip the detector -------------------------------


@pytest.mark.parametrize(
    "text, claim, opt_out",
    [
        ("A small model.", False, False),
        ("An Open model.", True, False),
        ("我们开源了模型", True, False),
        ("开放权重", True, False),
        ("OSAID-compliant", True, False),
        ("<!-- OpenLint: ignore OL401 reason -->", True, True),  # "open" is in "openlint"
        ("Checked by openlint.", True, False),  # no comment
        ("<!-- a comment -->", False, False),
    ],
)
def test_gates(text, claim, opt_out):
    from openlint.claims.gates import may_claim, may_opt_out

    assert (may_claim(text), may_opt_out(text)) == (claim, opt_out)


def test_every_term_needs_a_trigger_word():
    from openlint.claims.gates import claim_words

    samples = ["open-source", "open sourced", "opensource", "open-weights", "fully open", "OSAID", "开源", "开放权重", "权重完全开放"]
    pattern, _ = terms()
    for sample in samples:
        assert pattern.search(sample), sample
        assert any(word in sample.casefold() for word in claim_words()), sample


def test_a_check_of_prose_without_claim_words_or_comments_does_not_import_the_detector(tmp_path):
    import subprocess
    import sys

    (tmp_path / "README.md").write_text("---\nlicense: mit\ntags: [open-source]\n---\n# M\n\nA model.\n", encoding="utf-8")
    code = "import sys; from openlint.cli import main; main(['check', sys.argv[1]]); print('openlint.claims.prose' in sys.modules)"
    proc = subprocess.run([sys.executable, "-c", code, str(tmp_path)], capture_output=True, text=True)
    assert proc.stdout.endswith("False\n"), proc.stdout + proc.stderr
    (tmp_path / "README.md").write_text("---\nlicense: mit\n---\n# M\n\nM is a fully open-source model.\n", encoding="utf-8")
    proc = subprocess.run([sys.executable, "-c", code, str(tmp_path)], capture_output=True, text=True)
    assert proc.stdout.endswith("True\n") and "OL417" in proc.stdout, proc.stdout + proc.stderr


# --- the cache -------------------------------------------------------------------------------


def test_an_analysis_is_kept_by_content_and_read_back_equal(tmp_path, monkeypatch):
    from openlint.claims import prose, stored
    from openlint.inputs.sources import TextFile

    monkeypatch.setenv("OPENLINT_CACHE_DIR", str(tmp_path))
    text = TextFile("README.md", "# Acme\n\nAcme is an open-source LLM. It beats other open-source models.\n")
    first = stored.analysed(text, 1, stored.Context([text], None, None, "acme"))
    monkeypatch.setattr(prose, "analyse", lambda *a: pytest.fail("analysed again"))
    context = stored.Context([text], None, None, "acme")
    assert stored.analysed(text, 1, context) == first
    assert context._names is None  # a hit needs no names
    assert [m.role for m in first] == ["claim", "comparative"]
    # another README of the repository can change the names: another key
    other = TextFile("README_EN.md", "# Zeta\n")
    with pytest.raises(pytest.fail.Exception, match="analysed again"):
        stored.analysed(text, 1, stored.Context([text, other], None, None, "acme"))


def test_every_left_context_fact_says_why_and_reads_a_bounded_window():
    """claims.toml [[prose.left-facts]]: each is read a few characters back, never the whole
    sentence, so that a megabyte paragraph of mentions stays linear."""
    specs = data_toml("claims.toml")["prose"]["left-facts"]
    assert specs
    for spec in specs:
        assert spec["why"] and 0 < spec["back"] <= 120
        re.compile(spec["pattern"])
        re.compile(spec.get("right", ""))


@pytest.mark.parametrize(
    "text, expected",
    [
        ("[**Acme-2-DATA-sft**](https://huggingface.co/datasets/a/b)", True),
        ("**Acme-Instruct-Data**, 200k dialogues", True),
        ("acme_corpus_v2 under CC-BY", True),
        ("data-efficient Acme-2", False),  # a data word first is an adjective, not a dataset's name
        ("Acme-2-7B and the data", False),  # data named after the model, not in its name
        ("a" + "_a" * 40 + "!", False),  # read part by part: no pattern to backtrack in
    ],
)
def test_a_name_says_it_names_data_by_a_part_after_its_first(text, expected):
    from openlint.claims.subjects import names_data

    assert names_data(text) is expected
