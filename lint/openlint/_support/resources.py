"""Access to the data files and JSON Schemas shipped inside the package.

They are package resources (openlint.data, openlint.schemas), read once per run. When the
package sits in a folder, as pip installs it, the files are read straight from the package's
`__path__`, which is where importlib.resources would find them too; importlib.resources
itself is only imported for a package it cannot find there (a zip file, an exotic loader),
because importing it costs a pre-commit hook about a tenth of its run.
"""

from __future__ import annotations

import importlib
import os
from functools import lru_cache


def _folders(package: str) -> list[str]:
    return list(getattr(importlib.import_module(package), "__path__", ()))


def _read(package: str, name: str) -> str:
    for folder in _folders(package):
        try:
            with open(os.path.join(folder, *name.split("/")), encoding="utf-8") as handle:
                return handle.read()
        except (FileNotFoundError, NotADirectoryError):  # e.g. a package inside a zip file
            continue
    from importlib.resources import files

    return files(package).joinpath(name).read_text(encoding="utf-8")


def _parsed(package: str, name: str, parse) -> dict:
    """A resource parsed by `parse`, through the cache: loading the catalog parsed costs less
    than parsing it, and a JSON Schema loaded that way needs no json module."""
    from openlint._support import cache

    text = _read(package, name)
    key = cache.key("data", package, name, text)
    parsed = cache.load(key, dict)  # every data file and schema is a table
    if parsed is None:
        parsed = parse(text)
        cache.store(key, parsed)
    return parsed


def _toml(text: str) -> dict:
    import tomli

    return tomli.loads(text)


def _json(text: str) -> dict:
    import json

    return json.loads(text)


@lru_cache(maxsize=None)
def data_toml(name: str) -> dict:
    return _parsed("openlint.data", name, _toml)


@lru_cache(maxsize=None)
def schema(name: str) -> dict:
    return _parsed("openlint.schemas", name, _json)


def data_names(folder: str) -> list[str]:
    """The file names in a folder of openlint.data."""
    for base in _folders("openlint.data"):
        if os.path.isdir(os.path.join(base, folder)):
            return sorted(os.listdir(os.path.join(base, folder)))
    from importlib.resources import files

    return sorted(entry.name for entry in files("openlint.data").joinpath(folder).iterdir())
