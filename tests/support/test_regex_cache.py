"""Compiled patterns restored from the cache behave exactly as freshly compiled ones."""

from __future__ import annotations

import re

from openlint._support import regex_cache
from openlint.claims import prose

SAMPLES = [
    "Tiny is a fully open-source model.",
    "We open-source the weights under Apache-2.0.",
    "It outperforms other open-source models.",
    "我们开源了模型权重。",
    "Nothing to see here.",
]


def test_second_load_comes_from_the_cache_and_matches_the_same(tmp_path, monkeypatch):
    monkeypatch.setenv("OPENLINT_CACHE_DIR", str(tmp_path))
    patterns = [r"(?P<word>open)[- ]source", r"\bfully\s+open\b", "开源"]
    fresh = regex_cache.compile_all(patterns, re.IGNORECASE)
    assert any(tmp_path.rglob("regex-*"))
    restored = regex_cache.compile_all(patterns, re.IGNORECASE)
    for a, b in zip(fresh, restored):
        assert (a.pattern, a.flags, a.groups, a.groupindex) == (b.pattern, b.flags, b.groups, b.groupindex)
        for text in SAMPLES:
            assert [m.span() for m in a.finditer(text)] == [m.span() for m in b.finditer(text)]


def test_a_broken_cache_entry_falls_back_to_compiling(tmp_path, monkeypatch):
    monkeypatch.setenv("OPENLINT_CACHE_DIR", str(tmp_path))
    monkeypatch.setattr(regex_cache.cache, "load", lambda name: [(0, [1, 2, 3], 0, {}, ())])
    [compiled] = regex_cache.compile_all(["open"], re.IGNORECASE)
    assert compiled.search("OPEN") is not None


def test_prose_rules_use_the_same_patterns_as_the_data():
    claims, not_claims = prose._rules()
    for pattern in claims + not_claims:
        again = re.compile(pattern.regex.pattern, re.IGNORECASE | re.UNICODE)
        assert pattern.regex.flags == again.flags
