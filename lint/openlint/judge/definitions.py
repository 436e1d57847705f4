"""The definitions of openness openlint judges claims by, read from data/definitions/*.toml."""

from __future__ import annotations

from functools import lru_cache

from openlint._support.resources import data_names, data_toml

DEFAULT = "osaid-1.0"


@lru_cache(maxsize=1)
def available() -> tuple[str, ...]:
    return tuple(n[: -len(".toml")] for n in data_names("definitions") if n.endswith(".toml"))


def load(name: str) -> dict:
    return data_toml(f"definitions/{name}.toml")


@lru_cache(maxsize=1)
def by_claim() -> dict[str, str]:
    """Which definition judges each claim."""
    return {claim: name for name in available() for claim in load(name).get("claims", [])}  # a list or a table
