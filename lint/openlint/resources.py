"""Access to the data files and JSON Schemas shipped inside the package."""

from __future__ import annotations

import json
from functools import lru_cache
from importlib.resources import files


@lru_cache(maxsize=None)
def data_toml(name: str) -> dict:
    import tomli

    return tomli.loads(files("openlint.data").joinpath(name).read_text(encoding="utf-8"))


@lru_cache(maxsize=None)
def schema(name: str) -> dict:
    return json.loads(files("openlint.schemas").joinpath(name).read_text(encoding="utf-8"))
