"""Many repositories in one run: --jobs, json-lines, input order, the progress bar."""

from __future__ import annotations

import io
import json
import shutil
from pathlib import Path

import pytest
from helpers import ROOT
from openlint.commands import batch
from openlint.pipeline import Options

EXAMPLES = sorted(p for p in (ROOT / "examples").iterdir() if p.is_dir())


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


@pytest.mark.parametrize("fmt", ["json-lines", "concise", "sarif"])
def test_parallel_output_is_identical_to_serial_in_every_batch_format(many, cli, fmt):
    serial = cli("check", "--output-format", fmt, *many)
    parallel = cli("check", "--jobs", "2", "--output-format", fmt, *many)
    assert (parallel.code, parallel.out) == (serial.code, serial.out)


def test_workers_render_per_repository_formats_and_the_text_is_used(many, monkeypatch):
    from openlint.model import Report
    from openlint.report.formatters import render

    reports = batch.check_all(many[:5], Options(), jobs=2, render_as="json-lines")
    # the first repository is checked in the parent before the pool starts; the workers render theirs
    assert [sorted(r.rendered) for r in reports] == [[]] + [["json-lines"]] * 4
    assert all("rendered" not in json.loads(r.rendered["json-lines"]) for r in reports[1:])
    expected = render("json-lines", Report("x", batch.check_all(many[:5], Options(), jobs=1)))
    reports[1].rendered["json-lines"] = "pre-rendered\n"  # proves render takes the worker's text
    assert render("json-lines", Report("x", reports)).splitlines()[1] == "pre-rendered"
    reports[1].rendered.clear()
    assert render("json-lines", Report("x", reports)) == expected
    assert [r.rendered for r in batch.check_all(many[:3], Options(), jobs=2, render_as="concise")] == [{}] * 3


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


def test_a_run_over_many_repositories_keeps_no_results_about_their_files(many, tmp_path, monkeypatch):
    from openlint._support import cache

    folder = tmp_path / "cache"
    monkeypatch.setenv("OPENLINT_CACHE_DIR", str(folder))
    monkeypatch.setattr(cache, "_keep_input_results", True)
    kinds = lambda: sorted({p.name.split("-")[0] for p in folder.rglob("*-*")})  # noqa: E731
    batch.check_all(many[:1], Options(), jobs=1)
    assert {"card", "identify", "openness"} <= set(kinds())  # one repository: as a hook, kept
    for p in folder.rglob("*-*"):
        p.unlink()
    batch.check_all(many[3:6], Options(), jobs=2)
    assert not {"card", "identify", "openness"} & set(kinds())  # several: an audit, not kept
    assert cache._keep_input_results is True  # restored after the run
