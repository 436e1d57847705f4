"""Package data is read from the package folder, and through importlib.resources otherwise."""

from __future__ import annotations

from importlib.resources import files

import pytest
from openlint._support import resources


def _all_resources() -> list[tuple[str, str]]:
    names = [("openlint.schemas", e.name) for e in files("openlint.schemas").iterdir() if e.name.endswith(".json")]
    names += [("openlint.data", e.name) for e in files("openlint.data").iterdir() if e.name.endswith(".toml")]
    names += [("openlint.data", f"definitions/{e.name}") for e in files("openlint.data").joinpath("definitions").iterdir() if e.name.endswith(".toml")]
    return names


def test_folder_reads_match_importlib_resources():
    names = _all_resources()
    assert ("openlint.data", "definitions/osaid-1.0.toml") in names and len(names) >= 14
    for package, name in names:
        assert resources._read(package, name) == files(package).joinpath(name).read_text(encoding="utf-8")
    assert resources.data_names("definitions") == sorted(e.name for e in files("openlint.data").joinpath("definitions").iterdir())


def test_a_package_without_a_folder_is_read_through_importlib_resources(monkeypatch):
    expected = {name: resources._read(package, name) for package, name in _all_resources()}
    listing = resources.data_names("definitions")
    monkeypatch.setattr(resources, "_folders", lambda package: [])
    for package, name in _all_resources():
        assert resources._read(package, name) == expected[name]
    assert resources.data_names("definitions") == listing


def test_a_missing_resource_is_an_error():
    with pytest.raises(FileNotFoundError):
        resources._read("openlint.data", "no-such-file.toml")
