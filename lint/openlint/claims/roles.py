"""The role of a mention — claim, comparative, third-party or other — by the ordered rules of
claims.toml [[prose.rules]], over the facts features.py finds; [[prose.overrides]] may then
change a role the rules gave (a claim inside a quoted card is the quoted authors').

A rule applies when every fact in its `all` holds, at least one in its `any` (if it has one),
and none in its `none`; the first rule that applies decides, and names itself in the
explanation. The rules are the labelling policy of docs/claims.md written as data.
"""

from __future__ import annotations

from functools import lru_cache

from openlint._support.records import record
from openlint._support.resources import data_toml

ROLES = ("claim", "comparative", "third-party", "other")


@record(frozen=True)
class Rule:
    name: str
    role: str
    why: str
    all: frozenset
    any: frozenset
    none: frozenset


@lru_cache(maxsize=None)
def rules() -> tuple[Rule, ...]:
    out = []
    for spec in data_toml("claims.toml")["prose"]["rules"]:
        if spec["role"] not in ROLES:
            raise ValueError(f"claims.toml rule {spec['name']}: role {spec['role']!r} is not one of {', '.join(ROLES)}")
        out.append(
            Rule(spec["name"], spec["role"], spec["why"], frozenset(spec.get("all", ())), frozenset(spec.get("any", ())), frozenset(spec.get("none", ())))
        )
    return tuple(out)


@lru_cache(maxsize=None)
def overrides() -> tuple[tuple[str, Rule], ...]:
    """(the role it overrides, the rule) for each of claims.toml [[prose.overrides]]."""
    out = []
    for spec in data_toml("claims.toml")["prose"].get("overrides", ()):
        if spec["role"] not in ROLES or spec["over"] not in ROLES:
            raise ValueError(f"claims.toml override {spec['name']}: roles must be among {', '.join(ROLES)}")
        out.append((spec["over"], Rule(spec["name"], spec["role"], spec["why"], frozenset(spec.get("all", ())), frozenset(spec.get("any", ())), frozenset(spec.get("none", ())))))
    return tuple(out)


def _applies(rule: Rule, facts: set[str]) -> bool:
    return rule.all <= facts and (not rule.any or rule.any & facts) and not rule.none & facts


def decide(facts: set[str]) -> Rule:
    """The first rule that applies to the facts (the last rule applies to everything), unless an
    override of its role applies too."""
    for rule in rules():
        if _applies(rule, facts):
            return next((over for role, over in overrides() if role == rule.role and _applies(over, facts)), rule)
    raise ValueError("claims.toml: the last rule must apply to every mention")
