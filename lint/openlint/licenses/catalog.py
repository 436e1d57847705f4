"""The model-license catalog (data/model-licenses.toml) and the Hub license-id table.

Model licenses are licenses SPDX does not list (Llama, Gemma, RAIL, Qwen, ...) and the
non-commercial CC variants, each with the clauses that break the Open Source Definition.
"""

from __future__ import annotations

from functools import lru_cache

from openlint._support.resources import data_toml


@lru_cache(maxsize=1)
def entries() -> tuple[dict, ...]:
    return tuple(data_toml("model-licenses.toml").get("license", []))


@lru_cache(maxsize=1)
def by_id() -> dict[str, dict]:
    """Catalog entries keyed by lower-case id."""
    return {e["id"].lower(): e for e in entries()}


def get(identifier: str) -> dict | None:
    return by_id().get(identifier.strip().lower())


def _index(field: str, normal) -> dict[str, dict]:
    """Entries keyed by each normalised value of `field` (a list); the first entry wins."""
    out: dict[str, dict] = {}
    for e in entries():
        for value in e.get(field, []):
            out.setdefault(normal(value), e)
    return out


@lru_cache(maxsize=1)
def _by_license_name() -> dict[str, dict]:
    return _index("license_names", str.lower)


def by_license_name(name: str) -> dict | None:
    return _by_license_name().get(name.strip().lower())


@lru_cache(maxsize=1)
def _by_url() -> dict[str, dict]:
    return _index("urls", normal_url)


def normal_url(url: str) -> str:
    url = url.strip().lower().split("#")[0].rstrip("/")
    for prefix in ("https://", "http://", "www."):
        url = url.removeprefix(prefix)
    return url


def by_url(url: str) -> dict | None:
    return _by_url().get(normal_url(url))


@lru_cache(maxsize=1)
def hub_ids() -> dict[str, dict]:
    """Every Hugging Face `license:` id: {"id": ...} or {"ambiguous": why}."""
    return {k.lower(): v for k, v in data_toml("hub-licenses.toml")["ids"].items()}
