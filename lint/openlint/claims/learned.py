"""A learned second reading of a mention's role: whether it is a claim, weighed by logistic
weights over the rule that decided it, the facts it read, and the words right next to it.

The ordered rules (roles.py) are the policy written out; each is right most of the time, but a
real README phrases a claim in ways no rule foresaw. The weights (data/claim-weights.json, made
by benchmarks/claims_learn.py from labelled lines) learn how far to trust each rule and which
nearby words tip a mention either way. When the weighing is sure enough to disagree with the
rule (claim_at, keep_above), it decides, and the mention's explanation names both and the
evidence that weighed most.

Pure Python: a sum of the weights of the evidence present, and a logistic function.
"""

from __future__ import annotations

import math
import re
from functools import lru_cache

from openlint._support.records import record
from openlint._support.resources import data_json
from openlint.claims.mentions import Mention

WORD = re.compile(r"[A-Za-z0-9][A-Za-z0-9_.+'’\-]*|[\u3400-\u9fff]")
NUMBER = re.compile(r"[\d.,:/\-]+[kKmMbBtT]?")
DIGIT = re.compile(r"\d")
SHOWN = 3  # pieces of evidence an explanation names
# benchmarks/claims_learn.py collects every mention read here: (path, line, column, facts, rule, mention)
READINGS: list | None = None


@record(frozen=True)
class Weights:
    claim_at: float  # a mention no rule took for a claim becomes one at this probability or more
    keep_above: float  # a rule's claim stays one above this probability: overriding a rule takes more evidence
    left_words: int
    right_words: int
    section_words: int
    weights: dict


@lru_cache(maxsize=None)
def weights() -> Weights | None:
    data = data_json("claim-weights.json")
    if not data.get("weights"):
        return None
    return Weights(data["claim_at"], data["keep_above"], data["left_words"], data["right_words"], data["section_words"], data["weights"])


def _words(text: str) -> list[str]:
    """Lower-case words; a number ("2024.07", "7B") is only a number, or a word with digits in it
    ("qwen2-7b") only that: the weights must not learn one README's dates and names."""
    found = (w.rstrip(".'’-") for w in WORD.findall(text))  # "model." is "model"
    return [("<num>" if NUMBER.fullmatch(w) else "<name>") if DIGIT.search(w) else w.lower() for w in found]


def _with_pairs(prefix: str, words: list[str]) -> list[str]:
    return [prefix + w for w in words] + [f"{prefix}{a}_{b}" for a, b in zip(words, words[1:])]


def evidence(facts: set[str], rule_name: str, rule_role: str, mention: Mention, shape: Weights) -> set[str]:
    """What the weights read about a mention, as named pieces of evidence."""
    out = {"bias", "rule=" + rule_name, "role=" + rule_role}
    out.update("f=" + fact for fact in facts)
    before = _words(mention.left[-120:])
    out.update(_with_pairs("L:", before[max(len(before) - shape.left_words, 0) :]))
    out.update(_with_pairs("R:", _words(mention.right[:120])[: shape.right_words]))
    out.update("S:" + w for w in _words(mention.section)[: shape.section_words])
    return out


def _said(piece: str) -> str:
    """A piece of evidence in words, for an explanation."""
    kind, _, value = piece.partition(":") if piece[1:2] == ":" else piece.partition("=")
    value = value.replace("_", " ")
    return {
        "rule": f"rule {value}",
        "role": f"a {value} rule",
        "f": f"fact {value}",
        "L": f"'{value}' before it",
        "R": f"'{value}' after it",
        "S": f"'{value}' in its section's heading",
    }.get(kind, piece)


@record(frozen=True)
class Weighing:
    probability: float
    toward_claim: str  # the evidence that weighed most for a claim
    against_claim: str  # and against one


def weigh(facts: set[str], rule_name: str, rule_role: str, mention: Mention) -> Weighing | None:
    """The weighing of a mention, or None when no weights are shipped."""
    shape = weights()
    if shape is None:
        return None
    table = shape.weights
    found = [(piece, table[piece]) for piece in evidence(facts, rule_name, rule_role, mention, shape) if piece in table and piece != "bias"]
    total = sum(weight for _, weight in found) + table.get("bias", 0.0)
    probability = 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, total))))

    def strongest(sign: int) -> str:
        chosen = sorted((pair for pair in found if pair[1] * sign > 0), key=lambda pair: -abs(pair[1]))[:SHOWN]
        return ", ".join(f"{_said(piece)} ({weight:+.1f})" for piece, weight in chosen)

    return Weighing(probability, strongest(1), strongest(-1))


def reconsider(facts: set[str], rule_name: str, rule_role: str, rule_why: str, mention: Mention) -> tuple[str, str]:
    """(role, explanation) of a mention once weighed: the rule's own unless the weights are sure
    enough to override it. A claim weighed down becomes `other`: which other role it has, the
    weights cannot say."""
    weighing = weigh(facts, rule_name, rule_role, mention)
    if weighing is None:
        return rule_role, rule_why
    shape = weights()
    p = weighing.probability
    if rule_role == "claim" and p <= shape.keep_above:
        return (
            "other",
            f"{rule_why} — but the learned weights read it as no claim ({p:.2f} ≤ {shape.keep_above}): {weighing.against_claim or 'the rule itself'}",
        )
    if rule_role != "claim" and p >= shape.claim_at:
        return "claim", f"{rule_why} — but the learned weights read it as a claim ({p:.2f} ≥ {shape.claim_at}): {weighing.toward_claim or 'the rule itself'}"
    return rule_role, rule_why
