"""The definitions of openness openlint judges claims by, read from data/definitions/*.toml."""

from __future__ import annotations

from functools import lru_cache
from importlib.resources import files

from openlint.resources import data_toml

DEFAULT = "osaid-1.0"


@lru_cache(maxsize=1)
def available() -> tuple[str, ...]:
    folder = files("openlint.data").joinpath("definitions")
    return tuple(sorted(p.name[: -len(".toml")] for p in folder.iterdir() if p.name.endswith(".toml")))


def load(name: str) -> dict:
    return data_toml(f"definitions/{name}.toml")


@lru_cache(maxsize=1)
def by_claim() -> dict[str, str]:
    """Which definition judges each claim."""
    return {claim: name for name in available() for claim in load(name).get("claims", [])}
