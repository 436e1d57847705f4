"""Access to the data files and JSON Schemas shipped inside the package (importlib.resources).

Each file is read once per run; the schemas also ship in the wheel as openlint.schemas.
"""

from __future__ import annotations

import json
from functools import lru_cache
from importlib.resources import files


def _read(package: str, name: str) -> str:
    return files(package).joinpath(name).read_text(encoding="utf-8")


@lru_cache(maxsize=None)
def data_toml(name: str) -> dict:
    import tomli

    return tomli.loads(_read("openlint.data", name))


@lru_cache(maxsize=None)
def schema(name: str) -> dict:
    return json.loads(_read("openlint.schemas", name))


def data_names(folder: str) -> list[str]:
    """The file names in a folder of openlint.data."""
    return sorted(entry.name for entry in files("openlint.data").joinpath(folder).iterdir())
