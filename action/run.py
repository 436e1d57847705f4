"""The GitHub Action's check step: run `openlint check` once and publish its outputs.

Run by the interpreter openlint is installed in (action/install.sh), with the action's inputs in
INPUT_* environment variables (action.yml passes each one through `env:`, never into the script
text). Of openlint only its neutraliser and the runner's escapes are imported (one implementation
for openlint's output and the action's: report/formatters/safe.py and github.py); the report is
read back from the JSON file openlint writes.

One `openlint check` run prints the annotations (`--output-format github`) and writes the job
summary, the SARIF log and a JSON report (from which the outputs are computed) into a private
temporary folder. The action then copies the summary and the SARIF log where they belong: a
report path the user gave never reaches openlint, so whether openlint checks report paths before
the check (and fails with a usage error) or writes them after it (and fails once everything is
printed), a report that cannot be written is the action's to handle: an annotation, and with
`fail-on: never` the step still passes with its outputs set.

  verdict   met | not-met | undecided | no-claim | error
            (every claim met | a claim not met | a claim that cannot be decided, none unmet |
             no claim in any repository | openlint stopped before writing a report)
  errors    number of error findings
  warnings  number of warning findings
  sarif-file  the SARIF log's path when the sarif-file input was given and the log was written,
            else empty

The step's exit code is openlint's: 1 when findings reach `fail-on`, 2 for a usage error or an
unreadable repository; 2 also when a report cannot be written, unless `fail-on` is `never`.
openlint's usage errors (`openlint: error: ...` on stderr) become `::error` annotations.

Everything printed goes through `log_line` or `command`: text from the repository or the inputs
can never start a workflow command (`::` at the start of a line, `##[` anywhere in it).
"""

from __future__ import annotations

import json
import os
import re
import shlex
import subprocess
import sys
import tempfile
import uuid
from pathlib import Path

from openlint.report.formatters import github
from openlint.report.formatters.safe import neutralise

FAIL_ON = ("error", "warning", "info", "never")

# the workflow commands openlint's github format prints: the command and its properties (whose
# `:` and `,` openlint escapes), up to the `::` that starts the message
OPENLINT_COMMAND = re.compile(r"::(?:error|warning|notice|group|endgroup)(?: [^:\r\n]*)?::")
# what openlint prints on stderr before exiting 2
OPENLINT_ERROR = re.compile(r"openlint: (error|internal error): (.*)")


def escape_data(text: str) -> str:
    """An annotation's message: % and line breaks escaped as the runner expects
    (actions/toolkit command.ts), then neutralised (`::` and `##[` anywhere)."""
    return neutralise(github.escape_data(text))


def escape_property(text: str) -> str:
    """A property's value (title=...): `:` and `,` escaped as well, so no `::` is left."""
    return neutralise(github.escape_property(text))


def command(kind: str, title: str, message: str) -> str:
    return f"::{kind} title={escape_property(title)}::{escape_data(message)}"


def annotate(kind: str, message: str, title: str = "openlint action") -> None:
    print(command(kind, title, message), flush=True)


def log_error(message: str) -> None:
    annotate("error", message)


def log_line(line: str) -> str:
    """A line to print: openlint's own annotations and groups keep their command, the message
    is neutralised; any other line is neutralised whole (and a CR cannot split it)."""
    line = line.replace("\r", "\\r").replace("\n", "\\n")
    match = OPENLINT_COMMAND.match(line)
    if match:
        return match.group(0) + neutralise(line[match.end() :])
    return neutralise(line)


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


class Plan:
    """What one run does: openlint's command line, and the reports it writes into `tmp`."""

    def __init__(self, env: dict[str, str], tmp: Path):
        self.report = tmp / "report.json"
        self.summary_tmp = tmp / "summary.md"
        self.sarif_tmp = tmp / "openlint.sarif"
        self.fail_on = env.get("INPUT_FAIL_ON", "").strip() or "error"
        if self.fail_on not in FAIL_ON:
            raise UsageError(f"input 'fail-on' must be one of {', '.join(FAIL_ON)}, not {self.fail_on!r}")
        summary_file = env.get("GITHUB_STEP_SUMMARY", "")
        self.summary = summary_file if boolean(env.get("INPUT_SUMMARY", "true"), "summary") and summary_file else ""
        self.sarif = env.get("INPUT_SARIF_FILE", "").strip()
        # the user's words first: argparse keeps the last of a repeated option, so the action's
        # own (output format, fail-on, report paths) win over the same options in `args`
        argv = [sys.executable, "-I", "-m", "openlint", "check", *split(env.get("INPUT_ARGS", ""), "args")]
        argv += ["--output-format", "github", "--fail-on", self.fail_on]
        for definition in env.get("INPUT_DEFINITION", "").replace(",", " ").split():
            argv += ["--definition", definition]
        if self.summary:
            argv += ["--summary-file", str(self.summary_tmp)]
        if self.sarif:
            argv += ["--sarif-file", str(self.sarif_tmp)]
        argv += ["--report", f"json:{self.report}"]
        paths = split(env.get("INPUT_PATH", ""), "path") or ["."]
        argv += ["--", *paths]
        # a line break inside one word would let an input start a line of the log, which the
        # runner reads as a workflow command (error messages repeat the paths); no real path has one
        for word in [*argv, self.sarif]:
            if "\n" in word or "\r" in word:
                raise UsageError(f"an input holds a line break inside one word: {word!r}")
        self.argv = argv
        self.tmp = tmp

    def shown(self) -> str:
        """The command line for the log, the private folder named <tmp>."""
        return "openlint " + shlex.join(self.argv[4:]).replace(str(self.tmp), "<tmp>")


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
            print(log_line(f"{name}={value}"))
        return
    with open(path, "a", encoding="utf-8") as out:
        for name, value in outputs.items():
            delimiter = f"ghadelimiter_{uuid.uuid4()}"
            out.write(f"{name}<<{delimiter}\n{value}\n{delimiter}\n")


def copy_report(source: Path, target: Path, shown: str, append: bool = False) -> str | None:
    """Copy a report openlint wrote to where the user wants it; the reason it could not be, or
    None. Its folder is created (as openlint and ruff do); a symbolic link is never written
    through, since a pull request may commit one where a report goes (openlint.sarif ->
    ../elsewhere)."""
    try:
        data = source.read_bytes()
    except OSError as exc:
        return f"cannot read the report openlint wrote: {exc.strerror or exc}"
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        return f"cannot create the folder of {shown}: {exc.strerror or exc}"
    if target.is_symlink():
        return f"will not write {shown}: it is a symbolic link"
    if target.is_dir():
        return f"cannot write {shown}: it is a folder"
    flags = os.O_WRONLY | os.O_CREAT | (os.O_APPEND if append else os.O_TRUNC) | getattr(os, "O_NOFOLLOW", 0)
    try:
        fd = os.open(target, flags, 0o644)
        with os.fdopen(fd, "wb") as out:
            out.write(data)
    except OSError as exc:
        return f"cannot write {shown}: {exc.strerror or exc}"
    return None


def run_openlint(plan: Plan, cwd: str | None) -> int:
    """Run openlint, relaying its output line by line through log_line; its usage errors (one
    `openlint: error: ...` line on stderr) become `::error` annotations."""
    errors_path = plan.tmp / "stderr.txt"
    with open(errors_path, "w+b") as errors:
        proc = subprocess.Popen(
            plan.argv, cwd=cwd, stdout=subprocess.PIPE, stderr=errors, text=True, encoding="utf-8", errors="replace"
        )
        assert proc.stdout is not None
        for line in proc.stdout:  # universal newlines: a bare CR ends a line here, as for the runner
            print(log_line(line.rstrip("\n")), flush=True)
        code = proc.wait()
        errors.seek(0)
        stderr = errors.read().decode("utf-8", errors="replace")
    for line in stderr.splitlines():
        match = OPENLINT_ERROR.fullmatch(line.strip())
        if match:
            annotate("error", match.group(2), "openlint" if match.group(1) == "error" else "openlint internal error")
        elif line.strip():
            print(log_line(line), flush=True)
    return code


def main(env: dict[str, str] | None = None) -> int:
    env = dict(os.environ if env is None else env)
    outputs = {"verdict": "error", "errors": "", "warnings": "", "sarif-file": ""}
    try:
        with tempfile.TemporaryDirectory(prefix="openlint-", dir=env.get("RUNNER_TEMP") or None) as tmp:
            try:
                plan = Plan(env, Path(tmp))
            except UsageError as exc:
                log_error(str(exc))
                return 2
            print(log_line(plan.shown()), flush=True)
            workspace = env.get("GITHUB_WORKSPACE") or None
            code = run_openlint(plan, workspace)
            if plan.report.is_file():  # absent when openlint stopped early (exit code 2)
                try:
                    outputs.update(outcome(json.loads(plan.report.read_text(encoding="utf-8"))))
                except (ValueError, OSError) as exc:
                    log_error(f"cannot read openlint's JSON report: {exc}")
                    code = code or 2
            problems = []
            if plan.summary and plan.summary_tmp.is_file():
                problem = copy_report(plan.summary_tmp, Path(plan.summary), "the job summary", append=True)
                problems += [problem] if problem else []
            if plan.sarif and plan.sarif_tmp.is_file():
                problem = copy_report(plan.sarif_tmp, Path(workspace or ".", plan.sarif), plan.sarif)
                if problem:
                    problems.append(problem)
                else:
                    outputs["sarif-file"] = plan.sarif
            for problem in problems:
                # the check itself is done: with fail-on never a report it could not write is a
                # warning, never a failed step; otherwise it fails the step as a usage error would
                if plan.fail_on == "never":
                    annotate("warning", problem)
                else:
                    annotate("error", problem)
                    code = code or 2
            return code
    finally:
        write_outputs(outputs, env.get("GITHUB_OUTPUT", ""))


if __name__ == "__main__":
    raise SystemExit(main())
