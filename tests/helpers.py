"""Shared helpers for the test suite: writing repositories, reading reports."""

from __future__ import annotations

import json
import os
from dataclasses import dataclass
from pathlib import Path
from typing import Mapping, Union

ROOT = Path(__file__).resolve().parents[1]
REPORT_SCHEMA = ROOT / "schemas" / "report.schema.json"

# Written to a file outside every test repository; it must never appear in any output.
SECRET = "OUTSIDE-SECRET-5b1e9c: this text lives outside the repository"


@dataclass(frozen=True)
class Link:
    """A symlink to create in a test repository; OUTSIDE in the target stands for the outside folder."""

    target: str


Content = Union[str, bytes, Link]
OUTSIDE = "@OUTSIDE@"  # in a Link target or a text file: the absolute path of the outside folder


def write_repo(root: Path, files: Mapping[str, Content], outside: Path) -> Path:
    """Create `root` holding `files` (path -> text, bytes or Link); a path ending in / is a folder.

    Text is written as UTF-8 without newline translation, so CRLF stays CRLF.
    """
    root.mkdir(parents=True)
    for rel, content in files.items():
        path = root / rel
        if rel.endswith("/"):
            path.mkdir(parents=True, exist_ok=True)
            continue
        path.parent.mkdir(parents=True, exist_ok=True)
        if isinstance(content, Link):
            os.symlink(content.target.replace(OUTSIDE, str(outside)), path)
        elif isinstance(content, bytes):
            path.write_bytes(content)
        else:
            path.write_bytes(content.replace(OUTSIDE, str(outside)).encode("utf-8"))
    return root


@dataclass
class Result:
    code: int
    out: str
    err: str

    @property
    def json(self) -> dict:
        return json.loads(self.out)


class JsonReport(dict):
    """A parsed JSON report that also knows the exit code of the run that printed it."""

    def __init__(self, data: dict, exit: int):
        super().__init__(data)
        self.exit = exit


def repo_of(report: dict, index: int = 0) -> dict:
    return report["repositories"][index]


def located(report: dict, index: int = 0) -> list[tuple[str, str, int, int]]:
    """Every finding of a repository as (code, file, line, column), in report order."""
    return [(f["code"], f["file"], f["line"], f["column"]) for f in repo_of(report, index)["findings"]]


def codes(report: dict, index: int = 0) -> list[str]:
    return [f["code"] for f in repo_of(report, index)["findings"]]


def without_license_notices(findings: list) -> list:
    """`findings` (dicts, or tuples whose first item is the code) without OL214.

    OL214 is the information that a license file names a standard license without its text,
    as the fixture LICENSE (`SPDX-License-Identifier: Apache-2.0`) does. Tests about other
    topics (YAML, TOML, paths) use this so that they stay about their topic.
    """
    return [f for f in findings if (f["code"] if isinstance(f, dict) else f[0]) != "OL214"]


def only(report: dict, code: str, index: int = 0) -> dict:
    """The one finding with `code`; fails when there are none or several."""
    found = [f for f in repo_of(report, index)["findings"] if f["code"] == code]
    assert len(found) == 1, f"expected one {code}, got {found}"
    return found[0]


def read_as(text: str, folder: str) -> list[tuple[int, str, str]]:
    """(line, role, rule) of every mention in README.md `text` of the repository in `folder`, its
    names found as a check finds them (title, introductions, folder)."""
    from openlint.claims.names import release_names
    from openlint.claims.prose import analyse
    from openlint.inputs.sources import TextFile

    names = release_names(None, None, [TextFile("README.md", text)], folder)
    return [(m.line, m.role, m.rule) for m in analyse("README.md", text, 1, names)]


def names_of(text: str, folder: str) -> list[tuple[str, str]]:
    """(name, where it comes from) of each name the release in `folder` with README.md `text` has."""
    from openlint.claims.names import release_names
    from openlint.inputs.sources import TextFile

    return [(n.text, n.source) for n in release_names(None, None, [TextFile("README.md", text)], folder).names]
