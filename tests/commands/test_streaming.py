"""Many paths, streamed (issue 17): --files-from, reports written as each repository is checked,
in input order, nothing kept that the output no longer needs, and signals that leave what was
written intact."""

from __future__ import annotations

import json
import os
import select
import signal
import subprocess
import sys
import time

import pytest
from helpers import ROOT
from openlint import __version__
from openlint.model import Report
from openlint.pipeline import Options, check_repository
from openlint.report.formatters import render, streamer
from repos import REPOS

EXAMPLES = sorted(str(p) for p in (ROOT / "examples").iterdir() if p.is_dir())


@pytest.fixture
def three(make_repo) -> list[str]:
    return [str(make_repo(REPOS[name], name=name)) for name in ("open", "missing-training-code", "empty")]


def test_files_from_reads_one_path_a_line_after_the_positional_paths(three, tmp_path, cli):
    listed = tmp_path / "paths.txt"
    listed.write_text(f"{three[1]}\n\n{three[2]}\r\n", encoding="utf-8")  # blank lines are skipped, CRLF taken
    result = cli("check", three[0], "--files-from", listed, "--output-format", "json-lines")
    assert [json.loads(line)["path"] for line in result.out.splitlines()] == three
    assert result.code == 1


def test_files_from_stdin(three, cli, monkeypatch):
    import io

    monkeypatch.setattr(sys, "stdin", io.StringIO("\n".join(three) + "\n"))
    result = cli("check", "--files-from", "-", "--output-format", "json-lines")
    assert [json.loads(line)["path"] for line in result.out.splitlines()] == three


def test_files_from_alone_does_not_check_the_current_folder(tmp_path, cli, monkeypatch):
    listed = tmp_path / "empty.txt"
    listed.write_text("", encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    result = cli("check", "--files-from", listed, "--output-format", "json")
    assert (result.code, json.loads(result.out)["repositories"]) == (0, [])


@pytest.mark.parametrize("make, message", [("missing", "cannot read --files-from {p}: No such file or directory"), ("folder", "--files-from {p}: a folder, not a file of paths")])
def test_a_files_from_that_cannot_be_read_is_one_line_and_exit_2(tmp_path, cli, make, message):
    path = tmp_path / "x"
    if make == "folder":
        path.mkdir()
    result = cli("check", "--files-from", path)
    assert (result.code, result.out, result.err) == (2, "", f"openlint: error: {message.format(p=path)}\n")


def test_a_missing_path_in_the_list_stops_the_run_after_what_was_written(three, tmp_path, cli):
    listed = tmp_path / "paths.txt"
    listed.write_text(f"{three[0]}\n{three[1]}\n{tmp_path / 'gone'}\n{three[2]}\n", encoding="utf-8")
    result = cli("check", "--files-from", listed, "--output-format", "json-lines")
    assert [json.loads(line)["path"] for line in result.out.splitlines()] == three[:2]
    assert (result.code, result.err) == (2, f"openlint: error: {tmp_path / 'gone'}: no such directory\n")


@pytest.mark.parametrize("fmt", ["json-lines", "gitlab"])
def test_streamed_machine_formats_are_the_whole_run_text(fmt, cli):
    """json-lines and the GitLab array come out byte for byte as when rendered in one go."""
    result = cli("check", *EXAMPLES, "--output-format", fmt)
    whole = render(fmt, Report(__version__, [check_repository(p, Options(keep_sources=False)) for p in EXAMPLES]))
    assert result.out == whole


def test_a_streamed_run_keeps_no_report(cli, monkeypatch):
    """What a streamed format has written is let go: the run keeps none of the reports."""
    from openlint.commands import batch

    runs = []
    real = batch.Written

    def recording(*args, **kwargs):
        runs.append(real(*args, **kwargs))
        return runs[-1]

    monkeypatch.setattr(batch, "Written", recording)
    cli("check", *EXAMPLES * 3, "--output-format", "concise")
    assert (runs[0].count, runs[0].kept, runs[0].held) == (3 * len(EXAMPLES), [], None)
    cli("check", *EXAMPLES, "--output-format", "concise", "--report", "json:" + os.devnull)
    assert [r.path for r in runs[1].kept] == EXAMPLES  # an extra whole-run report needs them all


def test_streamed_github_annotates_the_first_ten_of_a_level_and_counts_the_rest(make_repo):
    repos = [check_repository(str(make_repo(REPOS["missing-training-code"], name=f"r{i}")), Options()) for i in range(12)]
    stream = streamer("github", Report(__version__, []))
    text = "".join(stream.repository(r) for r in repos) + stream.end()
    lines = text.splitlines()
    errors = sum(r.count("error") for r in repos)
    assert sum(line.startswith("::error ") for line in lines) == 10
    assert sum(line.startswith("::notice ") for line in lines) <= 10
    assert lines[-2].startswith(f"::notice title=openlint::{errors - 10 + sum(r.count('info') for r in repos) - 9} more findings (")
    assert lines[-1] == f"Found {errors} errors, 0 warnings, {sum(r.count('info') for r in repos)} infos in 12 repositories."


DRIVER = """
import os, sys, time
from openlint.commands import batch
check, seen = batch.check_repository, []
def hang_at_the_third(path, options):
    seen.append(path)
    if len(seen) == 3:
        sys.stderr.write("third\\n"); sys.stderr.flush()
        time.sleep(3600)
    return check(path, options)
batch.check_repository = hang_at_the_third
from openlint.cli import entry
entry()
"""


@pytest.mark.skipif(os.name != "posix", reason="POSIX signals")
@pytest.mark.parametrize("how, code", [(signal.SIGTERM, 143), (signal.SIGINT, 130)])
def test_a_signal_mid_run_keeps_what_was_written_and_exits_143_or_130(three, make_repo, how, code):
    four = three + [str(make_repo(REPOS["open"], name="fourth"))]
    proc = subprocess.Popen(
        [sys.executable, "-c", DRIVER, "check", "--output-format", "json-lines", *four],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        env=dict(os.environ, OPENLINT_NO_CACHE="1"),
        preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL),
    )
    try:
        deadline = time.monotonic() + 120
        while not select.select([proc.stderr], [], [], 0.5)[0]:
            assert time.monotonic() < deadline and proc.poll() is None
        assert proc.stderr.readline() == b"third\n"
        proc.send_signal(how)
        out, err = proc.communicate(timeout=120)
    finally:
        if proc.poll() is None:
            proc.kill()
    assert proc.returncode == code
    assert err == b"openlint: interrupted\n"
    assert [json.loads(line)["path"] for line in out.decode().splitlines()] == three[:2]  # written whole, in order


def test_reports_are_written_as_repositories_arrive_on_stdin(three):
    """The first two lines come out while openlint still waits for the third path."""
    proc = subprocess.Popen(
        [sys.executable, "-m", "openlint", "check", "--files-from", "-", "--output-format", "json-lines"],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        env=dict(os.environ, OPENLINT_NO_CACHE="1"),
    )
    try:
        proc.stdin.write(f"{three[0]}\n{three[1]}\n".encode())
        proc.stdin.flush()
        got = []
        deadline = time.monotonic() + 120
        while len(got) < 2:
            assert time.monotonic() < deadline and proc.poll() is None
            if select.select([proc.stdout], [], [], 0.5)[0]:
                got.append(json.loads(proc.stdout.readline())["path"])
        assert got == three[:2]
        proc.stdin.write(f"{three[2]}\n".encode())
        proc.stdin.close()
        rest = proc.stdout.read().decode().splitlines()
        proc.wait(timeout=120)
    finally:
        if proc.poll() is None:
            proc.kill()
    assert [json.loads(line)["path"] for line in rest] == three[2:]
    assert proc.returncode == 1


def test_parallel_streaming_keeps_the_input_order(cli, tmp_path):
    paths = EXAMPLES * 6
    listed = tmp_path / "paths.txt"
    listed.write_text("\n".join(paths) + "\n", encoding="utf-8")
    serial = cli("check", "--files-from", listed, "--output-format", "json-lines")
    parallel = cli("check", "--jobs", "2", "--files-from", listed, "--output-format", "json-lines")
    assert parallel.out == serial.out
    assert [json.loads(line)["path"] for line in parallel.out.splitlines()] == paths
