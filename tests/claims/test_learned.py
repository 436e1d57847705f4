"""The learned second reading of a mention's role (openlint.claims.learned): what it reads, when
it overrides a rule, how it explains itself, the shipped weights, and the trainer's arithmetic."""

from __future__ import annotations

import math
import sys
from pathlib import Path

import pytest
from openlint._support.resources import data_json
from openlint.claims import learned
from openlint.claims.names import Name, Names
from openlint.claims.prose import analyse

NAMES = Names([Name("Acme-2", "the card's model_name")])
SHAPE = learned.Weights(0.7, 0.3, 3, 3, 8, {})


def readings(text: str) -> list[tuple]:
    """(line, facts, rule, mention) of every mention, as the weighing sees them."""
    learned.READINGS = []
    try:
        analyse("README.md", text, 1, NAMES)
        return [(line, facts, rule, mention) for _, line, _, facts, rule, mention in learned.READINGS]
    finally:
        learned.READINGS = None


def with_weights(monkeypatch, table: dict) -> None:
    monkeypatch.setattr(learned, "weights", lambda: learned.Weights(0.7, 0.3, 3, 3, 8, table))


# --- what it reads ---------------------------------------------------------------------------


def test_evidence_is_the_rule_its_facts_and_the_words_next_to_the_mention():
    [(_, facts, rule, mention)] = readings("## News\n\nIn 2024 we proudly open-source Acme-2 7B today.\n")
    found = learned.evidence(facts, rule.name, rule.role, mention, SHAPE)
    assert {"bias", f"rule={rule.name}", f"role={rule.role}"} <= found
    assert {"f=" + fact for fact in facts} <= found
    # three words on each side, alone and in pairs; numbers and names with digits only by their shape
    assert {w for w in found if w.startswith("L:")} == {"L:<num>", "L:we", "L:proudly", "L:<num>_we", "L:we_proudly"}
    assert {w for w in found if w.startswith("R:")} == {"R:<name>", "R:<num>", "R:today", "R:<name>_<num>", "R:<num>_today"}
    assert {w for w in found if w.startswith("S:")} == {"S:news"}


def test_words_with_digits_are_read_by_their_shape():
    assert learned._words("[07.17] 开源 Qwen2-7B 7B v1.5 the Model.") == ["<num>", "开", "源", "<name>", "<num>", "<name>", "the", "model"]


def test_no_words_are_read_when_the_shape_asks_for_none():
    [(_, facts, rule, mention)] = readings("We open-source Acme-2 today.\n")
    found = learned.evidence(facts, rule.name, rule.role, mention, learned.Weights(0.7, 0.3, 0, 0, 0, {}))
    assert not [w for w in found if w[:2] in ("L:", "R:", "S:")]


# --- when it overrides the rule, and how it says so ------------------------------------------


def test_a_weighing_that_agrees_keeps_the_rule_s_role_and_words(monkeypatch):
    with_weights(monkeypatch, {"bias": 3.0})
    [m] = analyse("README.md", "Acme-2 is an open-source LLM.\n", 1, NAMES)
    assert (m.role, m.rule) == ("claim", "release-is-open")
    assert "learned" not in m.why


@pytest.mark.parametrize("bias, role", [(-0.5, "claim"), (-0.84, "claim"), (-0.85, "other")])
def test_overriding_a_rule_s_claim_takes_more_evidence_than_finding_one(monkeypatch, bias, role):
    """A rule's claim is kept above 0.3 (logit -0.847); a mention no rule took becomes a claim at 0.7."""
    with_weights(monkeypatch, {"bias": bias})
    assert [m.role for m in analyse("README.md", "Acme-2 is an open-source LLM.\n", 1, NAMES)] == [role]
    assert [m.role for m in analyse("README.md", "We thank the open-source community.\n", 1, NAMES)] == ["third-party"]


@pytest.mark.parametrize("bias, role", [(0.84, "other"), (0.85, "claim")])
def test_a_mention_no_rule_took_becomes_a_claim_at_0_7(monkeypatch, bias, role):
    with_weights(monkeypatch, {"bias": bias})
    [m] = analyse("README.md", "This experiment aims to develop an open-weight, cost-effective speech model.\n", 1, NAMES)
    assert m.role == role


def test_a_mention_weighed_as_a_claim_becomes_one_and_says_why(monkeypatch):
    with_weights(monkeypatch, {"bias": -1.0, "L:develop": 1.5, "R:speech": 1.3, "R:model": -0.2, "S:news": -0.5})
    [m] = analyse("README.md", "This experiment aims to develop an open-weight, cost-effective speech model.\n", 1, NAMES)
    assert (m.role, m.rule, m.kind) == ("claim", "no-subject", "open-weights")
    p = 1 / (1 + math.exp(-(-1.0 + 1.5 + 1.3 - 0.2)))
    assert m.why.endswith(f"— but the learned weights read it as a claim ({p:.2f} ≥ 0.7): 'develop' before it (+1.5), 'speech' after it (+1.3)")


def test_a_claim_weighed_down_becomes_other_and_names_the_evidence(monkeypatch):
    with_weights(monkeypatch, {"bias": 0.5, "rule=release-is-open": -2.0, "R:llm": -0.4, "L:is_an": 0.1})
    [m] = analyse("README.md", "Acme-2 is an open-source LLM.\n", 1, NAMES)
    assert (m.role, m.rule) == ("other", "release-is-open")
    p = 1 / (1 + math.exp(-(0.5 - 2.0 - 0.4 + 0.1)))
    assert m.why.endswith(f"— but the learned weights read it as no claim ({p:.2f} ≤ 0.3): rule release-is-open (-2.0), 'llm' after it (-0.4)")


def test_without_weights_the_rules_alone_decide(monkeypatch):
    monkeypatch.setattr(learned, "weights", lambda: None)
    [m] = analyse("README.md", "This experiment aims to develop an open-weight, cost-effective speech model.\n", 1, NAMES)
    assert (m.role, m.rule) == ("other", "no-subject")
    assert "learned" not in m.why


def test_the_explanation_names_at_most_three_pieces_and_never_the_bias(monkeypatch):
    [(_, facts, rule, mention)] = readings("We open-source Acme-2 today.\n")
    pieces = learned.evidence(facts, rule.name, rule.role, mention, SHAPE)
    with_weights(monkeypatch, dict.fromkeys(pieces, 0.5))
    weighing = learned.weigh(facts, rule.name, rule.role, mention)
    assert weighing.probability == pytest.approx(1 / (1 + math.exp(-0.5 * len(pieces))))
    assert weighing.toward_claim.count("(+0.5)") == 3 and "bias" not in weighing.toward_claim
    assert weighing.against_claim == ""


# --- the shipped weights ---------------------------------------------------------------------


def test_the_shipped_weights_are_well_formed():
    data = data_json("claim-weights.json")
    assert 0 < data["keep_above"] < 0.5 < data["claim_at"] < 1
    assert all(isinstance(data[k], int) and 0 <= data[k] <= 10 for k in ("left_words", "right_words", "section_words"))
    assert data["weights"], "no weights shipped: the learned reading is off"
    prefixes = ("bias", "rule=", "role=", "f=", "L:", "R:", "S:")
    assert all(k.startswith(prefixes) and isinstance(v, float) and math.isfinite(v) for k, v in data["weights"].items())


def test_the_shipped_weights_name_only_rules_and_roles_that_exist():
    from openlint.claims.roles import ROLES, rules

    names = {r.name for r in rules()}
    weights = data_json("claim-weights.json")["weights"]
    assert {k[5:] for k in weights if k.startswith("rule=")} <= names
    assert {k[5:] for k in weights if k.startswith("role=")} <= set(ROLES)


def test_a_change_of_weights_is_a_change_of_the_cached_analysis():
    from openlint._support.resources import _read
    from openlint.claims.stored import _fingerprint

    assert _read("openlint.data", "claim-weights.json") in _fingerprint()


# --- the trainer -----------------------------------------------------------------------------


@pytest.fixture()
def trainer():
    sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "benchmarks"))
    try:
        import claims_learn

        yield claims_learn
    finally:
        sys.path.pop(0)


def test_training_is_deterministic_and_learns_a_separable_set(trainer):
    data = [(["bias", "L:we"], 1, 1.0)] * 20 + [(["bias", "L:they"], 0, 1.0)] * 20 + [(["bias", "L:rare"], 1, 1.0)]
    first, second = trainer.train(data), trainer.train(data)
    assert first == second
    assert first["L:we"] > 1.0 > -1.0 > first["L:they"]
    assert "L:rare" not in first  # seen once: below MIN_COUNT


def test_a_line_labelled_as_a_claim_teaches_the_mention_a_rule_took_or_all_when_none_was(trainer):
    class Rule:
        def __init__(self, name, role):
            self.name, self.role = name, role

    [(_, facts, _, mention)] = readings("We open-source Acme-2 today.\n")
    taken, missed = Rule("a", "claim"), Rule("b", "comparative")
    lines = [
        {"group": "g", "claim": True, "unlabelled": False, "mentions": [(facts, taken, mention), (facts, missed, mention)]},
        {"group": "g", "claim": True, "unlabelled": False, "mentions": [(facts, missed, mention)]},
        {"group": "policy:1", "claim": False, "unlabelled": False, "mentions": [(facts, missed, mention)]},
        {"group": "g", "claim": False, "unlabelled": True, "mentions": [(facts, taken, mention)]},
    ]
    assert [(y, w) for _, y, w in trainer.examples(lines, SHAPE)] == [(1, 1.0), (0, 1.0), (1, 1.0), (0, trainer.POLICY_WEIGHT)]
