"""Fixtures: build small repositories in tmp_path and run the CLI in-process."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Callable, Mapping

import pytest
from helpers import SECRET, Content, JsonReport, Result, write_repo
from openlint.cli import main


@pytest.fixture(autouse=True, scope="session")
def private_cache(tmp_path_factory: pytest.TempPathFactory):
    """License identification is cached by openlint's version and the file's contents only, so a
    cache filled before a change to identify.py or the catalog would hide the change: every test
    session gets its own cache folder (which also keeps the user's cache untouched)."""
    import os

    saved = {k: os.environ.get(k) for k in ("OPENLINT_CACHE_DIR", "OPENLINT_NO_CACHE")}
    os.environ["OPENLINT_CACHE_DIR"] = str(tmp_path_factory.mktemp("openlint-cache"))
    os.environ.pop("OPENLINT_NO_CACHE", None)
    yield
    for k, v in saved.items():
        if v is None:
            os.environ.pop(k, None)
        else:
            os.environ[k] = v


@pytest.fixture
def outside(tmp_path: Path) -> Path:
    """A folder next to the repositories, holding a secret file and a folder."""
    folder = tmp_path / "outside"
    (folder / "dir").mkdir(parents=True)
    (folder / "secret.txt").write_text(SECRET + "\n", encoding="utf-8")
    (folder / "dir" / "weights.bin").write_bytes(b"\x00\x01")
    return folder


@pytest.fixture
def make_repo(tmp_path: Path, outside: Path) -> Callable[..., Path]:
    """make_repo(files) -> the root of a new repository holding `files`."""
    made: list[Path] = []

    def make(files: Mapping[str, Content], name: str | None = None) -> Path:
        root = tmp_path / "repos" / (name or f"repo{len(made)}")
        made.append(write_repo(root, files, outside))
        return root

    return make


@pytest.fixture
def cli(capsys: pytest.CaptureFixture) -> Callable[..., Result]:
    """cli(*argv) runs `openlint *argv` in-process and returns its exit code and output."""

    def run(*argv: str | Path) -> Result:
        code = main([str(a) for a in argv])
        captured = capsys.readouterr()
        return Result(code, captured.out, captured.err)

    return run


@pytest.fixture
def check_json(cli: Callable[..., Result]) -> Callable[..., dict]:
    """check_json(root, *options) -> the parsed JSON report; its exit code is `report.exit`."""

    def run(*argv: str | Path) -> JsonReport:
        result = cli("check", "--output-format", "json", *argv)
        assert result.err == ""
        return JsonReport(json.loads(result.out), exit=result.code)

    return run
