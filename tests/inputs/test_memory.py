"""A check of files in memory (issue 17): check_files gives the report the same files on disk give."""

from __future__ import annotations

import os
from pathlib import Path

import openlint
import pytest
from helpers import ROOT, Link
from openlint import __version__
from openlint.inputs import discover
from openlint.model import Report
from openlint.pipeline import Options, check_files, check_repository
from openlint.report.formatters import render
from repos import REPOS

CORPUS = ROOT.parent / "shared" / "corpus" / "real"
EXAMPLES = sorted(p for p in (ROOT / "examples").iterdir() if p.is_dir())
RELEASES = sorted(p for p in CORPUS.iterdir() if p.is_dir()) if CORPUS.is_dir() else []


def files_of(root: Path) -> dict[str, bytes]:
    """Every regular file under `root` (symbolic links are not files a mapping can hold)."""
    out = {}
    for folder, dirs, names in os.walk(root):
        dirs[:] = [d for d in dirs if not os.path.islink(os.path.join(folder, d))]
        for name in names:
            path = os.path.join(folder, name)
            if os.path.isfile(path) and not os.path.islink(path):
                out[os.path.relpath(path, root)] = Path(path).read_bytes()
    return out


def same_reports(root: Path) -> tuple[str, str]:
    options = Options(definitions=["osaid-1.0", "mof", "eu-ai-act-2025-guidelines", "g7-2026"])
    on_disk = render("json", Report(__version__, [check_repository(str(root), options)]))
    in_memory = render("json", Report(__version__, [check_files(files_of(root), str(root), options)]))
    return on_disk, in_memory


@pytest.mark.parametrize("root", EXAMPLES, ids=lambda p: p.name)
def test_every_example_in_memory_is_reported_as_on_disk(root):
    on_disk, in_memory = same_reports(root)
    assert in_memory == on_disk


@pytest.mark.skipif(not RELEASES, reason="needs ../shared/corpus/real")
@pytest.mark.parametrize("root", RELEASES, ids=lambda p: p.name)
def test_every_corpus_release_in_memory_is_reported_as_on_disk(root):
    on_disk, in_memory = same_reports(root)
    assert in_memory == on_disk


@pytest.mark.parametrize("name", sorted(n for n, files in REPOS.items() if not any(isinstance(v, Link) for v in files.values())))
def test_every_test_repository_in_memory_is_reported_as_on_disk(name, make_repo):
    root = make_repo(REPOS[name], name="r")
    on_disk, in_memory = same_reports(root)
    assert in_memory == on_disk


def test_the_name_stands_for_the_folder():
    card = "---\nlicense: mit\ntags: [open-source]\n---\n# Model\n"
    report = check_files({"README.md": card, "LICENSE": b"MIT License\n"}, "org/tiny-7b")
    assert report.path == "org/tiny-7b"
    assert report.release.name == "tiny-7b"
    assert openlint.check_files is check_files  # the public function, without importing the pipeline at start


def test_folders_are_implied_by_the_paths_and_caps_hold():
    many = {f"LICENSE-{i:02}": b"MIT License\n" for i in range(discover.MAX_LICENSE_FILES + 3)}
    report = check_files({**many, "LICENSES/Apache-2.0.txt": b"Apache License\nVersion 2.0\n"}, "x")
    capped = [f for f in report.findings if f.code == "OL014"]
    assert [(f.file, f.message.split(":")[0]) for f in capped] == [("LICENSE-32", f"{discover.MAX_LICENSE_FILES + 4} license files")]


def test_a_path_that_leaves_the_repository_named_inside_it_is_a_finding():
    card = "---\nlicense: other\nlicense_link: ../outside/LICENSE\n---\n# M\n"
    report = check_files({"README.md": card}, "m")
    assert [(f.code, f.file, f.line) for f in report.findings if f.code == "OL005"] == [("OL005", "README.md", 3)]


@pytest.mark.parametrize("key", ["/etc/passwd", "../x", "a/../../x", "", "a//b", "./"])
def test_keys_that_are_not_paths_inside_the_repository_are_refused(key):
    with pytest.raises(ValueError, match="not a relative path inside the repository"):
        check_files({key: b"x"}, "r")


def test_a_path_both_file_and_folder_is_refused():
    with pytest.raises(ValueError, match="is a file"):
        check_files({"docs": b"x", "docs/a.md": b"y"}, "r")
    with pytest.raises(ValueError, match="is a folder"):
        check_files({"docs/a.md": b"y", "docs": b"x"}, "r")
    with pytest.raises(TypeError, match="must be bytes or str"):
        check_files({"README.md": 3}, "r")
