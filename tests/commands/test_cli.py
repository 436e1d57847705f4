"""The command line: usage errors, internal errors, and the installed console script."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from helpers import ROOT, SECRET, located
from openlint import __version__
from repos import LICENSE_NOTICE_CONCISE, REPOS


def one_error_line(result, prefix: str = "openlint: error: ") -> str:
    assert result.code == 2
    assert result.out == ""
    assert result.err.endswith("\n") and result.err.count("\n") == 1, result.err
    assert result.err.startswith(prefix), result.err
    return result.err[len(prefix) : -1]


def test_path_that_does_not_exist(cli, tmp_path):
    assert one_error_line(cli("check", tmp_path / "nope")) == f"{tmp_path}/nope: no such directory"


def test_path_that_is_a_file(cli, tmp_path):
    (tmp_path / "LICENSE").write_text("terms\n")
    assert one_error_line(cli("check", tmp_path / "LICENSE")) == f"{tmp_path}/LICENSE: not a directory"


def test_unknown_option(cli, tmp_path):
    assert one_error_line(cli("check", "--frobnicate", tmp_path)) == "unknown option --frobnicate"  # nothing close to it


def test_unknown_output_format(cli, tmp_path):
    message = one_error_line(cli("check", "--output-format", "xml", tmp_path))
    choices = "'concise', 'cyclonedx', 'full', 'github', 'gitlab', 'json', 'json-lines', 'junit', 'markdown', 'sarif', 'spdx3'"
    assert message == f"argument --output-format: invalid choice: 'xml' (choose from {choices})"


def test_unknown_command(cli):
    assert one_error_line(cli("lint")).startswith("argument command: invalid choice: 'lint'")


def test_no_command_prints_help_and_exits_2(cli):
    result = cli()
    assert result.code == 2
    assert result.out.startswith("usage: openlint ")


def test_version(cli):
    with pytest.raises(SystemExit) as exit_info:
        cli("--version")
    assert exit_info.value.code == 0


def test_default_path_is_the_current_directory(make_repo, cli, monkeypatch):
    monkeypatch.chdir(make_repo(REPOS["open"]))
    assert cli("check").out.endswith("OSAID 1.0: met (claim 'open-source-ai' at openness.toml:5)\n")


def boom(*args, **kwargs):
    raise RuntimeError("boom")


def test_internal_error_is_one_line_without_traceback(make_repo, cli, monkeypatch):
    """A failure inside the check of a repository is that repository's OL905: the report is still
    printed (tests/inputs/test_no_internal_errors.py has the runs over several), the exit code is 2."""
    root = make_repo(REPOS["open"])
    monkeypatch.setattr("openlint.pipeline.discover", boom)
    result = cli("check", root)
    assert (result.code, result.err) == (2, f"openlint: internal error: {root}: RuntimeError: boom (run with --debug for the traceback)\n")
    assert result.out == f"{root}:1:1: OL905 internal error, the repository was not checked: RuntimeError: boom\n\nFound 1 error, 0 warnings, 0 infos in 1 repository.\n"


def test_internal_error_in_a_formatter(make_repo, cli, monkeypatch):
    root = make_repo(REPOS["open"])
    monkeypatch.setattr("openlint.report.formatters.json.envelope", boom)
    result = cli("check", "--output-format", "json", root)
    assert one_error_line(result, "openlint: internal error: ") == "RuntimeError: boom (run with --debug for the traceback)"


def test_debug_lets_the_exception_propagate(make_repo, cli, monkeypatch):
    root = make_repo(REPOS["open"])
    monkeypatch.setattr("openlint.pipeline.discover", boom)
    with pytest.raises(RuntimeError, match="boom"):
        cli("check", "--debug", root)


def test_keyboard_interrupt(make_repo, cli, monkeypatch):
    def interrupt(*args, **kwargs):
        raise KeyboardInterrupt

    monkeypatch.setattr("openlint.pipeline.discover", interrupt)
    result = cli("check", make_repo(REPOS["open"]))
    assert (result.code, result.out, result.err) == (130, "", "openlint: interrupted\n")


# -- the installed console script, in a subprocess -----------------------------------------------


def console_script() -> list[str]:
    script = Path(sys.executable).with_name("openlint")
    if script.exists():
        return [str(script)]
    found = shutil.which("openlint")
    assert found, "the openlint console script is not installed"
    return [found]


def run(argv: list[str], cwd: Path | None = None) -> subprocess.CompletedProcess:
    env = {k: v for k, v in os.environ.items() if k != "OPENLINT_OUTPUT_FORMAT"}
    return subprocess.run(argv, cwd=cwd, capture_output=True, text=True, timeout=120, env=env)


def test_console_script_checks_a_repository(make_repo):
    root = make_repo(REPOS["missing-training-code"])
    proc = run(console_script() + ["check", "."], cwd=root)
    assert proc.returncode == 1
    assert proc.stderr == ""
    lines = proc.stdout.splitlines()
    assert lines[0] == LICENSE_NOTICE_CONCISE
    assert lines[1].startswith("openness.toml:5:9: OL401 open-source-ai claim not met: training-code")


def test_console_script_json(make_repo):
    root = make_repo(REPOS["component-paths"])
    proc = run(console_script() + ["check", "--output-format", "json", str(root)])
    report = json.loads(proc.stdout)
    assert ("OL301", "openness.toml", 9, 29) in located(report)
    assert proc.returncode == 1


def test_console_script_usage_errors_are_one_line(tmp_path):
    for argv in (["check", str(tmp_path / "missing")], ["check", "--nope"], ["check", "--fail-on", "sometimes"]):
        proc = run(console_script() + argv)
        assert proc.returncode == 2, argv
        assert proc.stdout == ""
        assert proc.stderr.startswith("openlint: error: ") and proc.stderr.count("\n") == 1, proc.stderr


def test_console_script_never_prints_outside_content(make_repo):
    root = make_repo(REPOS["license-symlink-outside"])
    for output_format in ("concise", "full", "json"):
        proc = run(console_script() + ["check", "--output-format", output_format, str(root)])
        assert proc.returncode == 1
        assert SECRET not in proc.stdout + proc.stderr


def test_python_dash_m(make_repo):
    proc = run([sys.executable, "-m", "openlint", "--version"])
    assert (proc.returncode, proc.stdout) == (0, f"openlint {__version__}\n")
    root = make_repo(REPOS["open"])
    proc = run([sys.executable, "-m", "openlint", "check", str(root)])
    assert proc.returncode == 0
    assert proc.stdout.startswith(f"{root}/{LICENSE_NOTICE_CONCISE}\n\nFound 0 errors, 0 warnings, 1 info in 1 repository.\n")


def test_the_command_writes_all_its_output_before_its_hard_exit(cli):
    """entry() leaves with os._exit: what is still in the output buffer must arrive all the same."""
    expected = cli("rule", "--all").out
    assert len(expected) > 8192  # more than the buffer of a piped stdout
    for argv in (console_script(), [sys.executable, "-m", "openlint"]):
        proc = run(argv + ["rule", "--all"])
        assert (proc.returncode, proc.stderr) == (0, "")
        assert proc.stdout == expected


@pytest.mark.parametrize("read_first", [0, 10])
def test_a_reader_that_goes_away_gets_no_traceback(read_first):
    """`openlint check ... | head -c N`: the check's own status, and nothing on stderr, whether the
    reader leaves before any output (the last flush, in entry(), fails) or in the middle of it."""
    examples = sorted(str(p) for p in (ROOT / "examples").iterdir())
    argv = console_script() + ["check", "--output-format", "sarif", *examples]  # about 140 KB, more than a pipe holds
    proc = subprocess.Popen(argv, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    if read_first:
        assert proc.stdout.read(read_first) == b'{\n  "$sche'
    proc.stdout.close()
    assert proc.wait(timeout=120) == 1  # llama-finetune fails its claim
    assert proc.stderr.read() == b""


def test_a_path_with_a_line_break_stays_on_one_error_line(cli, tmp_path):
    forged = str(tmp_path / "a\n::error::forged")
    result = cli("check", forged)
    assert result.code == 2
    assert result.err.count("\n") == 1
    shown = forged.replace("\n", "\\n").replace("::", ":\u200b:")  # and no CI command (report/formatters/safe.py)
    assert result.err == f"openlint: error: {shown}: no such directory\n"
