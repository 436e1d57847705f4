"""The README's two set-up commands are the ones CI runs and the ones that work."""

from __future__ import annotations

import re

from helpers import ROOT


def setup_commands() -> list[str]:
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    section = text.split("## Set up", 1)[1].split("\n## ", 1)[0]
    return re.findall(r"```sh\n(.*?)\n```", section, re.S)


def test_readme_has_exactly_two_setup_commands():
    commands = setup_commands()
    assert len(commands) == 2
    assert all("\n" not in c for c in commands)
    assert "openlint check examples/" in commands[0]
    assert "'.[test]'" in commands[1] and "pytest" in commands[1]


def test_ci_runs_exactly_the_readme_test_command():
    ci_lines = (ROOT / ".ci" / "run").read_text(encoding="utf-8").splitlines()
    assert setup_commands()[1] in ci_lines


def test_the_example_in_the_first_command_exists():
    example = re.search(r"openlint check (\S+)", setup_commands()[0]).group(1)
    assert (ROOT / example / "openness.toml").is_file()
