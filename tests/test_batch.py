"""Many repositories in one run: --jobs, json-lines, input order, the progress bar."""

from __future__ import annotations

import io
import json
import shutil
from pathlib import Path

import pytest

from openlint import batch
from openlint.checker import Options

EXAMPLES = sorted(p for p in (Path(__file__).resolve().parents[1] / "examples").iterdir() if p.is_dir())


@pytest.fixture
def many(tmp_path: Path) -> list[str]:
    """Twelve repositories: the examples three times over, in a fixed order."""
    paths = []
    for round_ in range(3):
        for example in EXAMPLES:
            target = tmp_path / f"{round_}-{example.name}"
            shutil.copytree(example, target)
            paths.append(str(target))
    return paths


def test_parallel_output_is_identical_to_serial(many, cli):
    serial = cli("check", "--output-format", "json", *many)
    parallel = cli("check", "--jobs", "2", "--output-format", "json", *many)
    assert serial.code == parallel.code == 1
    assert parallel.out == serial.out
    assert [r["path"] for r in json.loads(parallel.out)["repositories"]] == many


def test_json_lines_is_one_repository_per_line_in_input_order(many, cli):
    result = cli("check", "--jobs", "2", "--output-format", "json-lines", *many)
    lines = result.out.splitlines()
    assert len(lines) == len(many)
    assert [json.loads(line)["path"] for line in lines] == many


def test_a_missing_repository_stops_the_run_with_exit_2(many, cli, tmp_path):
    result = cli("check", "--jobs", "2", *many[:2], str(tmp_path / "nope"), *many[2:])
    assert result.code == 2
    assert result.err == f"openlint: error: {tmp_path / 'nope'}: no such directory\n"


def test_jobs_must_be_positive(cli, many):
    result = cli("check", "--jobs", "0", many[0])
    assert (result.code, result.err) == (2, "openlint: error: --jobs must be at least 1\n")


def test_progress_bar_only_on_a_terminal_and_for_several_repositories(many, monkeypatch):
    fake = io.StringIO()
    fake.isatty = lambda: True  # type: ignore[method-assign]
    monkeypatch.setattr("sys.stderr", fake)
    batch.check_all(many[:4], Options(), jobs=1)
    assert fake.getvalue().endswith("[##############################] 4/4 repositories\n")

    quiet = io.StringIO()
    quiet.isatty = lambda: True  # type: ignore[method-assign]
    monkeypatch.setattr("sys.stderr", quiet)
    batch.check_all(many[:1], Options(), jobs=1)
    assert quiet.getvalue() == ""

    piped = io.StringIO()  # not a terminal: no bar, whatever the count
    monkeypatch.setattr("sys.stderr", piped)
    batch.check_all(many[:4], Options(), jobs=1)
    assert piped.getvalue() == ""
