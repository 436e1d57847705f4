"""What claims.toml promises about its mention terms, which the detector relies on for speed:
every term's match holds one of `[prose] triggers` (prose without one is not analysed at all) and
starts with one of `[prose] starts` (the terms are looked for only there). Checked on strings
generated from each term's own pattern, so a new term that breaks either promise fails here."""

from __future__ import annotations

import re

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from openlint._support.resources import data_toml
from openlint.claims.gates import claim_words
from openlint.claims.mentions import terms

PROSE = data_toml("claims.toml")["prose"]


@pytest.mark.parametrize("spec", PROSE["terms"], ids=lambda spec: spec["name"])
def test_every_term_starts_where_the_detector_looks_and_holds_a_trigger(spec):
    term = re.compile(spec["pattern"], re.IGNORECASE)
    starts = PROSE["starts"].casefold()

    @settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
    @given(st.from_regex(term, fullmatch=True))
    def check(found: str):
        assert found[:1].casefold() in starts
        assert any(word in found.casefold() for word in claim_words())
        whole, _ = terms()
        assert whole.search(f"x {found} x") is not None  # the lookahead lets it through

    check()


def test_the_lookahead_changes_no_match():
    pattern, _ = terms()
    bare = re.compile("|".join(f"({spec['pattern']})" for spec in PROSE["terms"]), re.IGNORECASE)
    text = "Fully open. We open-source X; OSAID-compliant weights, open weights. 我们开源了模型，开放权重。权重完全开放。 completely open"
    assert [m.span() for m in pattern.finditer(text)] == [m.span() for m in bare.finditer(text)]
    assert len(list(pattern.finditer(text))) == 8  # the eight terms written above, each found once
