"""Every command accepts --debug, as the internal-error line tells the user to run it (issue 14);
`openlint convert` reads its input as every other input is read: a regular file of at most 1 MiB,
never through a symbolic link that leaves the working directory, and writes its output as reports
are written (never through a symbolic link)."""

from __future__ import annotations

import io
import os

import pytest
from openlint.inputs.sources import MAX_BYTES

MOT = "framework:\n  name: Model Openness Framework\n  version: '1.0'\n  date: '2024-12-15'\nrelease:\n  name: Tiny\n  components: []\n"
HINT = " (run with --debug for the traceback)\n"


def one_line_error(result) -> str:
    assert (result.code, result.out) == (2, "")
    assert result.err.count("\n") == 1, result.err
    return result.err


# -- --debug ---------------------------------------------------------------------------------------


def _break(monkeypatch, command: str) -> list[str]:
    """Make `command` fail inside openlint; the argv that runs it."""
    if command == "convert":
        from openlint.commands import mot

        monkeypatch.setattr(mot, "mot_to_toml", lambda text, source: 1 / 0)
        return ["convert", "mot.yml", "--from", "mot"]
    if command == "rule":
        from openlint.report import rule_docs

        monkeypatch.setattr(rule_docs, "rule_markdown", lambda rule: 1 / 0)
        return ["rule", "OL001"]
    if command == "badge":
        from openlint.report import badge

        monkeypatch.setattr(badge, "badge_of_repository", lambda path, definition: 1 / 0)
        return ["badge", "."]
    if command == "init":
        from openlint.commands import init

        monkeypatch.setattr(init, "run", lambda path, force, dry_run: 1 / 0)
        return ["init", "--dry-run", "."]
    from openlint import pipeline

    monkeypatch.setattr(pipeline, "gather", lambda *args: 1 / 0)
    return ["check", "."]


@pytest.mark.parametrize("command", ["check", "convert", "rule", "badge", "init"])
def test_every_command_takes_the_debug_its_internal_error_line_asks_for(cli, tmp_path, monkeypatch, command):
    """Before: only `check` had --debug; `convert --debug` etc. were usage errors, though their
    internal error said "run with --debug"."""
    monkeypatch.chdir(tmp_path)
    (tmp_path / "mot.yml").write_text(MOT, encoding="utf-8")
    argv = _break(monkeypatch, command)
    result = cli(*argv)
    assert result.code == 2 and (result.out == "") == (command != "check")  # check reports the repository as OL905
    assert result.err.startswith("openlint: internal error: ") and result.err.endswith(HINT), result.err
    assert "ZeroDivisionError: division by zero" in result.err
    with pytest.raises(ZeroDivisionError):  # what the hint promises: the traceback
        cli(*argv[:1], "--debug", *argv[1:])


@pytest.mark.parametrize("command", ["check", "convert", "rule", "badge", "init"])
def test_debug_is_one_option_every_command_documents(cli, command):
    from openlint.cli import build_parser

    parser = build_parser()
    sub = next(a for a in parser._actions if a.dest == "command").choices[command]
    [debug] = [a for a in sub._actions if "--debug" in a.option_strings]
    assert (debug.help, debug.default) == ("show a traceback on internal errors", False)


def test_debug_after_the_file_of_convert_works_too(cli, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "mot.yml").write_text(MOT, encoding="utf-8")
    result = cli("convert", "mot.yml", "--from", "mot", "--debug")
    assert (result.code, result.err) == (0, "")
    assert 'name = "Tiny"' in result.out


# -- convert's input -------------------------------------------------------------------------------


def test_convert_refuses_a_file_over_the_cap(cli, tmp_path, monkeypatch):
    """Before: read whole, however large."""
    monkeypatch.chdir(tmp_path)
    (tmp_path / "big.yml").write_text(MOT + "#" * MAX_BYTES + "\n", encoding="utf-8")
    size = os.path.getsize(tmp_path / "big.yml")
    assert one_line_error(cli("convert", "big.yml", "--from", "mot")) == (
        f"openlint: error: cannot read big.yml: it is {size:,} bytes; openlint reads at most {MAX_BYTES:,}\n"
    )


def test_convert_takes_a_file_at_the_cap(cli, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    text = MOT + "#" * (MAX_BYTES - len(MOT) - 1) + "\n"
    (tmp_path / "full.yml").write_text(text, encoding="utf-8")
    assert os.path.getsize(tmp_path / "full.yml") == MAX_BYTES
    result = cli("convert", "full.yml", "--from", "mot")
    assert (result.code, result.err) == (0, "")


def test_convert_refuses_stdin_over_the_cap(cli, monkeypatch):
    monkeypatch.setattr("sys.stdin", io.TextIOWrapper(io.BytesIO((MOT + "#" * MAX_BYTES).encode()), encoding="utf-8"))
    assert one_line_error(cli("convert", "-", "--from", "mot")) == f"openlint: error: cannot read <stdin>: more than {MAX_BYTES:,} bytes; openlint reads at most {MAX_BYTES:,}\n"


@pytest.mark.parametrize("direction", ["--from", "--to"])
def test_convert_refuses_a_symlink_out_of_the_working_directory(cli, tmp_path, monkeypatch, direction):
    """Before: `mot.yml -> ../secret.yml` committed in a pull request was read, and its lines
    could reach the log in an error message."""
    work = tmp_path / "work"
    work.mkdir()
    (tmp_path / "secret.yml").write_text("release:\n  name: [SECRET-LINE\n", encoding="utf-8")
    (work / "mot.yml").symlink_to(tmp_path / "secret.yml")
    monkeypatch.chdir(work)
    err = one_line_error(cli("convert", "mot.yml", direction, "mot"))
    assert err == "openlint: error: will not read mot.yml: it leads outside the working directory through a symbolic link\n"


def test_convert_follows_a_symlink_inside_the_working_directory_and_a_path_given_outside(cli, tmp_path, monkeypatch):
    work = tmp_path / "work"
    (work / "mot").mkdir(parents=True)
    (work / "mot" / "tiny.yml").write_text(MOT, encoding="utf-8")
    (work / "link.yml").symlink_to("mot/tiny.yml")
    (tmp_path / "beside.yml").write_text(MOT, encoding="utf-8")
    monkeypatch.chdir(work)
    for name in ("link.yml", "../beside.yml", str(tmp_path / "beside.yml")):  # named by the user, not through a link
        result = cli("convert", name, "--from", "mot")
        assert (result.code, result.err) == (0, ""), name


@pytest.mark.parametrize("kind", ["fifo", "folder"])
def test_convert_refuses_what_is_not_a_regular_file_without_blocking(cli, tmp_path, monkeypatch, kind):
    """Before: a FIFO named like the input blocked the run forever."""
    monkeypatch.chdir(tmp_path)
    if kind == "fifo":
        os.mkfifo(tmp_path / "mot.yml")
    else:
        (tmp_path / "mot.yml").mkdir()
    assert one_line_error(cli("convert", "mot.yml", "--from", "mot")) == "openlint: error: cannot read mot.yml: not a regular file\n"


def test_convert_output_is_never_written_through_a_symlink(cli, tmp_path, monkeypatch):
    """Before: `-o openness.toml` followed `openness.toml -> ../victim` and overwrote it."""
    work = tmp_path / "work"
    work.mkdir()
    (tmp_path / "victim").write_text("keep me\n", encoding="utf-8")
    (work / "openness.toml").symlink_to(tmp_path / "victim")
    (work / "mot.yml").write_text(MOT, encoding="utf-8")
    monkeypatch.chdir(work)
    err = one_line_error(cli("convert", "mot.yml", "--from", "mot", "-o", "openness.toml"))
    assert err == "openlint: error: will not write openness.toml: it is a symbolic link\n"
    assert (tmp_path / "victim").read_text(encoding="utf-8") == "keep me\n"
