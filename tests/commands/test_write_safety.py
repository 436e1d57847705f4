"""Writes never follow symlinks out (issue 14): a report, a badge or openness.toml from `init`
is never written through a symbolic link a pull request could commit."""

from __future__ import annotations

import os

import pytest
from openlint.cli import main
from repos import REPOS


def run(capsys, *argv) -> tuple[int, str, str]:
    code = main([str(a) for a in argv])
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def checkout(make_repo, tmp_path, monkeypatch):
    """A repository as the working directory, holding `reports -> <outside>` and
    `openlint.svg -> <outside>/victim`, and the outside folder."""
    outside = tmp_path / "elsewhere"  # (make_repo's own `outside` folder is taken)
    outside.mkdir()
    (outside / "victim").write_text("keep me\n", encoding="utf-8")
    root = make_repo(REPOS["open"])
    (root / "reports").symlink_to(outside, target_is_directory=True)
    (root / "openlint.svg").symlink_to(outside / "victim")
    monkeypatch.chdir(root)
    return root, outside


@pytest.mark.parametrize(
    "argv, path",
    [
        (["check", "--report", "json:reports/openlint.json", "."], "reports/openlint.json"),
        (["check", "--output-format", "sarif", "-o", "reports/new/openlint.sarif", "."], "reports/new/openlint.sarif"),
        (["badge", "-o", "reports/badge.svg", "."], "reports/badge.svg"),
    ],
)
def test_a_relative_path_through_a_symlinked_folder_is_refused(checkout, capsys, argv, path):
    _, outside = checkout
    code, _, err = run(capsys, *argv)
    assert code == 2
    assert err == f"openlint: error: will not write {path}: its folder leads outside the working directory through a symbolic link\n"
    assert sorted(p.name for p in outside.iterdir()) == ["victim"]  # nothing written, no folder made


@pytest.mark.parametrize("argv", [["badge", "-o", "openlint.svg", "."], ["check", "--report", "sarif:openlint.svg", "."]])
def test_a_report_or_badge_that_is_a_symlink_is_refused(checkout, capsys, argv):
    _, outside = checkout
    code, _, err = run(capsys, *argv)
    assert (code, err) == (2, "openlint: error: will not write openlint.svg: it is a symbolic link\n")
    assert (outside / "victim").read_text(encoding="utf-8") == "keep me\n"


def test_init_replaces_a_symlinked_openness_toml_instead_of_writing_through_it(checkout, capsys):
    root, outside = checkout
    (root / "openness.toml").unlink()
    (root / "openness.toml").symlink_to(outside / "victim")
    code, _, _ = run(capsys, "init", "--force", ".")
    assert code == 0
    assert (outside / "victim").read_text(encoding="utf-8") == "keep me\n"
    assert not (root / "openness.toml").is_symlink() and "[release]" in (root / "openness.toml").read_text(encoding="utf-8")


def test_init_leaves_no_temporary_file_when_the_write_fails(checkout, capsys, monkeypatch):
    root, _ = checkout
    (root / "openness.toml").unlink()

    def fail(*_):
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(os, "replace", fail)
    code, _, err = run(capsys, "init", ".")
    assert code == 2 and err.endswith("openness.toml: Permission denied\n"), err
    assert not [p.name for p in root.iterdir() if p.name.startswith(".openness-")]
