"""The GitHub Action's check step: run `openlint check` once and publish its outputs.

Run by the interpreter openlint is installed in (action/install.sh), with the action's inputs in
INPUT_* environment variables (action.yml passes each one through `env:`, never into the script
text). Only the standard library is used, and nothing from openlint is imported: the report is
read back from the JSON file openlint writes.

One `openlint check` run prints the annotations (`--output-format github`), writes the job
summary (`--summary-file`), the SARIF log (`--sarif-file`) and a JSON report (`--report
json:...`) from which the outputs are computed:

  verdict   met | not-met | undecided | no-claim | error
            (every claim met | a claim not met | a claim that cannot be decided, none unmet |
             no claim in any repository | openlint stopped before writing a report)
  errors    number of error findings
  warnings  number of warning findings
  sarif-file  the SARIF log's path when the sarif-file input was given, else empty

The step's exit code is openlint's: 1 when findings reach `fail-on`, 2 for a usage error or an
unreadable repository.
"""

from __future__ import annotations

import json
import os
import shlex
import subprocess
import sys
import tempfile
import uuid
from pathlib import Path

FAIL_ON = ("error", "warning", "info", "never")


def log_error(message: str) -> None:
    """A workflow `::error::` command; % and line breaks are escaped as the runner expects."""
    escaped = message.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")
    print(f"::error title=openlint action::{escaped}", flush=True)


def split(value: str, name: str) -> list[str]:
    try:
        return shlex.split(value)
    except ValueError as exc:
        raise UsageError(f"input '{name}' is not valid shell-style words: {exc}") from None


class UsageError(Exception):
    pass


def boolean(value: str, name: str) -> bool:
    lowered = value.strip().lower()
    if lowered in ("true", "yes", "1", "on"):
        return True
    if lowered in ("false", "no", "0", "off", ""):
        return False
    raise UsageError(f"input '{name}' must be true or false, not {value!r}")


def command(env: dict[str, str], report: Path) -> tuple[list[str], str]:
    """The openlint command line for the inputs, and the SARIF path (or "")."""
    argv = [sys.executable, "-I", "-m", "openlint", "check", "--output-format", "github"]
    for definition in env.get("INPUT_DEFINITION", "").replace(",", " ").split():
        argv += ["--definition", definition]
    fail_on = env.get("INPUT_FAIL_ON", "").strip() or "error"
    if fail_on not in FAIL_ON:
        raise UsageError(f"input 'fail-on' must be one of {', '.join(FAIL_ON)}, not {fail_on!r}")
    argv += ["--fail-on", fail_on]
    summary_file = env.get("GITHUB_STEP_SUMMARY", "")
    if boolean(env.get("INPUT_SUMMARY", "true"), "summary") and summary_file:
        argv += ["--summary-file", summary_file]
    sarif = env.get("INPUT_SARIF_FILE", "").strip()
    if sarif:
        argv += ["--sarif-file", sarif]
    argv += ["--report", f"json:{report}"]
    argv += split(env.get("INPUT_ARGS", ""), "args")
    paths = split(env.get("INPUT_PATH", ""), "path") or ["."]
    argv += ["--", *paths]
    # a line break inside one word would let an input start a line of the log, which the runner
    # reads as a workflow command (error messages repeat the paths); no real path has one
    for word in argv:
        if "\n" in word or "\r" in word:
            raise UsageError(f"an input holds a line break inside one word: {word!r}")
    return argv, sarif


def outcome(report: dict) -> dict[str, str]:
    """The step outputs computed from a JSON report (format 1)."""
    claimed = [v for repo in report.get("repositories", []) for v in repo.get("verdicts", []) if v.get("claim")]
    if any(v.get("met") is False for v in claimed):
        verdict = "not-met"
    elif any(v.get("met") is None for v in claimed):
        verdict = "undecided"
    elif claimed:
        verdict = "met"
    else:
        verdict = "no-claim"
    summary = report.get("summary", {})
    return {"verdict": verdict, "errors": str(summary.get("errors", 0)), "warnings": str(summary.get("warnings", 0))}


def write_outputs(outputs: dict[str, str], path: str) -> None:
    """Append to $GITHUB_OUTPUT in the multi-line form, which no value can break out of."""
    if not path:
        for name, value in outputs.items():
            print(f"{name}={value}")
        return
    with open(path, "a", encoding="utf-8") as out:
        for name, value in outputs.items():
            delimiter = f"ghadelimiter_{uuid.uuid4()}"
            out.write(f"{name}<<{delimiter}\n{value}\n{delimiter}\n")


def main(env: dict[str, str] | None = None) -> int:
    env = dict(os.environ if env is None else env)
    outputs = {"verdict": "error", "errors": "", "warnings": "", "sarif-file": ""}
    try:
        with tempfile.TemporaryDirectory(prefix="openlint-", dir=env.get("RUNNER_TEMP") or None) as tmp:
            report = Path(tmp) / "report.json"
            try:
                argv, sarif = command(env, report)
            except UsageError as exc:
                log_error(str(exc))
                return 2
            # the command line, on one line that starts with "openlint": no input can turn it
            # into a workflow command (`::...` at the start of a line)
            line = "openlint " + shlex.join(argv[4:]).replace(str(report), "<report>")
            print(line.replace("\r", "\\r").replace("\n", "\\n"), flush=True)
            code = subprocess.run(argv, cwd=env.get("GITHUB_WORKSPACE") or None, check=False).returncode
            if report.is_file():  # absent when openlint stopped early (exit code 2)
                try:
                    outputs.update(outcome(json.loads(report.read_text(encoding="utf-8"))))
                except (ValueError, OSError) as exc:
                    log_error(f"cannot read openlint's JSON report: {exc}")
                    code = code or 2
            if sarif and Path(env.get("GITHUB_WORKSPACE") or ".", sarif).is_file():
                outputs["sarif-file"] = sarif
            return code
    finally:
        write_outputs(outputs, env.get("GITHUB_OUTPUT", ""))


if __name__ == "__main__":
    raise SystemExit(main())
