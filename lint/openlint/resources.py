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
    from openlint import cache

    text = _read("openlint.data", name)
    key = cache.key("data", name, text)
    parsed = cache.load(key)  # parsing the catalog costs more than loading it
    if parsed is None:
        import tomli

        parsed = tomli.loads(text)
        cache.store(key, parsed)
    return parsed


@lru_cache(maxsize=None)
def schema(name: str) -> dict:
    return json.loads(_read("openlint.schemas", name))


def data_names(folder: str) -> list[str]:
    """The file names in a folder of openlint.data."""
    return sorted(entry.name for entry in files("openlint.data").joinpath(folder).iterdir())
