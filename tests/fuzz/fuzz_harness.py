"""Run one generated repository through openlint as CI would, and check what must always hold.

A repository is written to a temporary folder and checked in-process with the command line's
own entry point (`openlint.cli.main`), from inside the repository as the Action runs it: the
stdout report in the `github` format and every other format as a `--report` file, so that one
run of the pipeline renders them all and the exit code and the "internal error" line are the
command line's own (the long runs of benchmarks/fuzz.py render three formats per input, in turn:
see Judging). Then:

- nothing escapes `main` (a traceback), stderr has no "internal error" line, and exit code 2
  comes with exactly one `openlint: error:` line;
- no line of any output or of stderr forges a runner command: `##[` anywhere, or `::` at the
  start of a line (after the leading white space the runner skips) other than the annotation
  forms openlint writes in the `github` format. Lines are split as the runner splits them;
- the JSON report validates against schemas/report.schema.json; SARIF, GitLab and JSON Lines
  parse as JSON and JUnit as XML;
- the summary line agrees with the exit code, and a claim reported NOT MET fails the run
  unless a reasoned ignore waived it.

Each input also runs under a watchdog (time and address space), so that a hostile input that
would stall or exhaust the machine is a reported problem, not a stuck test run.
"""

from __future__ import annotations

import io
import json
import os
import re
import shutil
import signal
import tempfile
import time
import traceback
import warnings
import xml.etree.ElementTree as ET
from contextlib import redirect_stderr, redirect_stdout
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
REPORT_SCHEMA = ROOT / "schemas" / "report.schema.json"
OUT = ".openlint-fuzz"  # where the --report files go, inside the checked repository as the Action has them
STDOUT_FORMAT = "github"  # what the Action prints to the log

# problem kinds: traceback, internal-error, hang, forged-command, report-schema, malformed-output,
# verdict-exit, usage-error (exit 2 without one `openlint: error:` line), round-trip (MOT: --to mot
# refuses what --from mot wrote)
TIMEOUT = float(os.environ.get("OPENLINT_FUZZ_TIMEOUT", "60"))  # seconds one input may take before it counts as a hang
MEMORY = int(os.environ.get("OPENLINT_FUZZ_MEMORY_MB", "2048")) << 20  # address space one input may add


@dataclass(frozen=True)
class Symlink:
    target: str


@dataclass(frozen=True)
class Fifo:
    pass


@dataclass
class Outcome:
    exit: int | None = None
    seconds: float = 0.0
    problems: list[tuple[str, str]] = field(default_factory=list)  # (kind, detail)
    outputs: dict[str, str] = field(default_factory=dict)  # "stdout", "stderr" and each format
    rendered: list[str] = field(default_factory=list)  # the formats the run wrote (exit 0 or 1)
    validated: bool = False  # the JSON report was checked against its schema

    def add(self, kind: str, detail: str) -> None:
        if (kind, detail) not in self.problems:  # the full format repeats a source line per finding
            self.problems.append((kind, detail))

    def explain(self) -> str:
        return "\n".join(f"[{kind}] {detail}" for kind, detail in self.problems)


@dataclass
class Judging:
    """How much of a run's output is rendered and checked.

    By default (the tests) every format: stdout in the `github` format and each other format as
    a --report file, the JSON report validated every time. The light way of the long runs
    (benchmarks/fuzz.py --mutate): the `concise` and `json` reports, which the verdict checks
    read, and one other format on stdout, in turn by `index` (the input's number), so that each
    is rendered for one input in seven; the JSON report validated for every `validate_every`-th
    input and for every report of a shape not seen before. Everything written is still searched
    for forged commands, and the formats that must parse still are."""

    rotate: bool = False
    validate_every: int = 1
    index: int = 0  # set by the caller before each input
    shapes: set = field(default_factory=set)


JUDGING = Judging()
ROTATION = ("cyclonedx", "full", "github", "gitlab", "json-lines", "junit", "markdown", "sarif", "spdx3")  # the formats taken in turn
MAX_SHAPES = 1_000_000  # report shapes remembered for the light judging (a bound on memory, some 60 MB)


class Hang(BaseException):
    """Raised by the watchdog; a BaseException so that main()'s `except Exception` lets it out."""


# -- the runner's view of a log line ---------------------------------------------------------------

# .NET's char.IsWhiteSpace, which the runner's TrimStart() uses before looking for "::"
# (\t \n \v \f \r, NEL, and the Unicode categories Zs, Zl and Zp)
_DOTNET_SPACE = "\t\n\v\f\r\x85 \xa0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000"
_LEADING_SPACE = re.compile("[" + _DOTNET_SPACE + "]*")


def runner_lines(text: str) -> list[str]:
    """Lines as the runner reads a process's output (StreamReader.ReadLine: \\r, \\n or \\r\\n)."""
    return re.split(r"\r\n|\r|\n", text)


_OWN_ANNOTATION = re.compile(
    r"::(?:error|warning|notice) "
    r"(?:file=[^,:\r\n]*,line=\d+(?:,col=\d+)?(?:,endLine=\d+)?(?:,endColumn=\d+)?,)?"
    r"title=OL\d{3} [a-z0-9-]+::[^\r\n]*"
)
_OWN_GITHUB = (
    _OWN_ANNOTATION,
    re.compile(r"::notice title=openlint::\d+ more findings? \([^\r\n]*\) than GitHub shows as annotations: [^\r\n]*"),
    re.compile(r"::group::openlint: \d+ findings? not annotated"),
    re.compile(r"::endgroup::"),
)


def forged_lines(text: str, github: bool = False) -> list[str]:
    """The lines of `text` the runner would take for a command openlint did not mean to give."""
    if "##[" not in text and "::" not in text:
        return []
    bad = []
    for line in runner_lines(text):
        if "##[" in line:
            bad.append(line)
            continue
        start = _LEADING_SPACE.match(line).end()
        if line.startswith("::", start) and not (github and start == 0 and any(p.fullmatch(line) for p in _OWN_GITHUB)):
            bad.append(line)
    return bad


# -- writing a repository --------------------------------------------------------------------------


def write_files(root: str, files: dict) -> None:
    """Write `files` (relative name -> str, bytes, Symlink or Fifo) under `root`. Names may hold
    surrogate escapes (bytes that are not UTF-8); str contents are written as UTF-8 with
    surrogates passed through, as a broken editor would."""
    base = os.fsencode(root)
    for rel, content in files.items():
        path = os.path.join(base, os.fsencode(rel))
        os.makedirs(os.path.dirname(path), exist_ok=True)
        if isinstance(content, Symlink):
            os.symlink(os.fsencode(content.target), path)
        elif isinstance(content, Fifo):
            os.mkfifo(path)
        else:
            data = content if isinstance(content, bytes) else content.encode("utf-8", "surrogatepass")
            with open(path, "wb") as handle:
                handle.write(data)


# -- the watchdog ----------------------------------------------------------------------------------


class Watchdog:
    """A time limit (SIGALRM raises Hang) and an address-space limit (MemoryError) for one input."""

    def __init__(self, seconds: float = TIMEOUT, memory: int = MEMORY):
        self.seconds, self.memory = seconds, memory

    def __enter__(self):
        self.old_handler = signal.signal(signal.SIGALRM, self._fire)
        signal.setitimer(signal.ITIMER_REAL, self.seconds)
        self.old_limit = None
        try:
            import resource

            soft, hard = resource.getrlimit(resource.RLIMIT_AS)
            wanted = _address_space() + self.memory
            if hard == resource.RLIM_INFINITY or wanted < hard:
                resource.setrlimit(resource.RLIMIT_AS, (wanted, hard))
                self.old_limit = (soft, hard)
        except (ImportError, OSError, ValueError):
            pass
        return self

    def __exit__(self, *exc):
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, self.old_handler)
        if self.old_limit is not None:
            import resource

            resource.setrlimit(resource.RLIMIT_AS, self.old_limit)
        return False

    def _fire(self, signum, frame):
        raise Hang(f"no result after {self.seconds:g} s")


def _address_space() -> int:
    try:
        with open("/proc/self/statm") as handle:
            return int(handle.read().split()[0]) * os.sysconf("SC_PAGE_SIZE")
    except (OSError, ValueError):
        return 0


# -- running the command line ----------------------------------------------------------------------


@dataclass
class Run:
    code: int | None
    out: str
    err: str
    escaped: str | None = None  # the traceback of an exception that left main()
    hang: str | None = None
    raised: str | None = None  # the traceback of the last exception a command raised (main() may have caught it)


def run_cli(argv: list[str]) -> Run:
    """`openlint *argv` in-process, stdout and stderr encoded as a CI log would take them
    (stdout strict UTF-8, stderr with backslash escapes), library warnings shown on stderr."""
    from openlint import cli

    out_bytes, err_bytes = io.BytesIO(), io.BytesIO()
    out = io.TextIOWrapper(out_bytes, encoding="utf-8", errors="strict", newline="\n", write_through=True)
    err = io.TextIOWrapper(err_bytes, encoding="utf-8", errors="backslashreplace", newline="\n", write_through=True)
    code, escaped, hang = None, None, None
    raised: list[str] = []

    def keeping_traceback(command):
        def run(*args, **kwargs):
            try:
                return command(*args, **kwargs)
            except Exception:
                raised.append(traceback.format_exc())
                raise

        return run

    commands = {name: getattr(cli, name) for name in ("run_check", "run_convert")}
    batch = _batch_module()
    failed = getattr(batch, "failed", None)

    def failing(*args, **kwargs):  # a repository openlint failed on (OL905): called in its except block
        raised.append(traceback.format_exc())
        return failed(*args, **kwargs)

    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        try:
            for name, command in commands.items():  # main() looks them up when it runs one
                setattr(cli, name, keeping_traceback(command))
            if failed is not None:
                batch.failed = failing
            with redirect_stdout(out), redirect_stderr(err):
                code = cli.main(argv)
        except Hang as stop:
            hang = str(stop)
        except BaseException:  # noqa: BLE001 - whatever leaves main() is the finding
            escaped = traceback.format_exc()
        finally:
            for name, command in commands.items():
                setattr(cli, name, command)
            if failed is not None:
                batch.failed = failed
    for w in caught:  # what Python would have printed on stderr
        err.write(warnings.formatwarning(w.message, w.category, w.filename, w.lineno, w.line))
    out.flush()
    err.flush()
    return Run(code, out_bytes.getvalue().decode("utf-8"), err_bytes.getvalue().decode("utf-8"), escaped, hang, raised[-1] if raised else None)


def _batch_module():
    try:
        from openlint.commands import batch
    except ImportError:
        return None
    return batch


def formats() -> list[str]:
    from openlint.report.choices import OUTPUT_FORMATS

    return sorted(OUTPUT_FORMATS)


@lru_cache(maxsize=1)
def report_validator():
    from jsonschema import Draft202012Validator

    schema = json.loads(REPORT_SCHEMA.read_text(encoding="utf-8"))
    return Draft202012Validator(schema, format_checker=Draft202012Validator.FORMAT_CHECKER)


class Workspace:
    """A temporary folder for one input, removed afterwards; the working folder is restored."""

    def __enter__(self) -> str:
        self.path = tempfile.mkdtemp(prefix="openlint-fuzz-")
        self.cwd = os.getcwd()
        return self.path

    def __exit__(self, *exc):
        os.chdir(self.cwd)
        shutil.rmtree(self.path, ignore_errors=True)
        return False


def check_files(files: dict, *, extra: tuple[str, ...] = (), config: str | None = None) -> Outcome:
    """Write `files` as a repository, check it as the Action does and return what went wrong.
    `config`: text written next to the repository and passed with --config."""
    outcome = Outcome()
    with Workspace() as base:
        root = os.path.join(base, "repo")
        os.mkdir(root)
        write_files(root, files)
        stdout_format, others = _chosen_formats()
        argv = ["check", ".", "--output-format", stdout_format, *extra]
        if config is not None:
            write_files(base, {"openlint.toml": config})
            argv += ["--config", os.path.join(base, "openlint.toml")]
        argv += [f"--report={fmt}:{OUT}/report.{fmt}" for fmt in others]
        os.chdir(root)
        started = time.perf_counter()
        with Watchdog():
            run = run_cli(argv)
        outcome.seconds = time.perf_counter() - started
        reports = {}
        for fmt in others:
            try:
                reports[fmt] = Path(OUT, f"report.{fmt}").read_text(encoding="utf-8")
            except (OSError, UnicodeDecodeError):
                pass
        judge_run(outcome, run, reports, stdout_format, others)
    return outcome


def _chosen_formats() -> tuple[str, list[str]]:
    """The stdout format and the --report formats of the next run (see Judging)."""
    if JUDGING.rotate:
        return ROTATION[JUDGING.index % len(ROTATION)], ["concise", "json"]
    return STDOUT_FORMAT, [f for f in formats() if f != STDOUT_FORMAT]


def judge_run(outcome: Outcome, run: Run, reports: dict[str, str], stdout_format: str = STDOUT_FORMAT, wanted: list[str] | None = None) -> None:
    """Add to `outcome` every invariant the run breaks. `wanted`: the --report formats asked for
    (default: every format but the stdout one)."""
    outcome.exit = run.code
    outcome.outputs = {"stdout": run.out, "stderr": run.err, **reports}
    if run.hang:
        outcome.add("hang", run.hang)
    if run.escaped:
        outcome.add("traceback", run.escaped)
    _check_errors(outcome, run)
    for name, text in [("stdout", run.out), ("stderr", run.err), *reports.items()]:
        for line in forged_lines(text, github=name == "stdout" and stdout_format == "github"):
            outcome.add("forged-command", f"{name}: {line[:300]!r}")
    if run.code != 0 and run.code != 1:
        return  # a usage error (one line on stderr, checked above) or worse: no report to judge
    wanted = [f for f in formats() if f != stdout_format] if wanted is None else wanted
    missing = [f for f in wanted if f not in reports]
    if missing:
        outcome.add("malformed-output", f"exit {run.code} but no report written for {', '.join(missing)}")
    outcome.rendered = [stdout_format] + [f for f in wanted if f in reports]
    _check_reports(outcome, {**reports, stdout_format: run.out})
    _check_verdict(outcome, run.code, reports)


_KEYED = re.compile(r'"([^"\\\n]{1,60})": *(.)')  # a key without escapes (the schema's are plain)


@lru_cache(maxsize=1)
def _schema_keys() -> frozenset:
    """The property names the report schema knows; any other key is the repository's (a
    component's id, say) and counts as one."""
    names = set()
    stack = [json.loads(REPORT_SCHEMA.read_text(encoding="utf-8"))]
    while stack:
        node = stack.pop()
        if isinstance(node, dict):
            names.update(node.get("properties", {}) if isinstance(node.get("properties"), dict) else ())
            stack.extend(node.values())
        elif isinstance(node, list):
            stack.extend(node)
    return frozenset(names)


def _shape(text: str) -> frozenset:
    """A fingerprint of a JSON report's structure, whatever its values: each key with the kind
    of value it holds (the first character: a string, number, list, object, true, false, null).
    One pass of a regular expression over the text: cheap even for large reports."""
    known = _schema_keys()
    return frozenset((key if key in known else "*", "0" if kind in "-0123456789" else kind) for key, kind in set(_KEYED.findall(text)))


def _should_validate(text: str) -> bool:
    if JUDGING.validate_every <= 1:
        return True
    shape = hash(_shape(text))  # the hash only: a long run meets many shapes
    new = shape not in JUDGING.shapes
    if new and len(JUDGING.shapes) < MAX_SHAPES:
        JUDGING.shapes.add(shape)
    return new or JUDGING.index % JUDGING.validate_every == 0


def _check_reports(outcome: Outcome, reports: dict[str, str]) -> None:
    if "json" in reports:
        try:
            data = _json_report(reports["json"])
        except ValueError as err:
            outcome.add("report-schema", f"json: not JSON: {err}")
        else:
            if _should_validate(reports["json"]):
                outcome.validated = True
                problems = sorted(report_validator().iter_errors(data), key=lambda e: list(e.absolute_path))
                for problem in problems[:3]:
                    outcome.add("report-schema", f"json at {'/'.join(map(str, problem.absolute_path))}: {problem.message[:300]}")
    for fmt in ("sarif", "gitlab", "cyclonedx", "spdx3"):
        if fmt in reports:
            try:
                json.loads(reports[fmt])
            except ValueError as err:
                outcome.add("malformed-output", f"{fmt}: not JSON: {err}")
    for n, line in enumerate(reports.get("json-lines", "").splitlines(), 1):
        try:
            json.loads(line)
        except ValueError as err:
            outcome.add("malformed-output", f"json-lines line {n}: not JSON: {err}")
            break
    if "junit" in reports:
        try:
            ET.fromstring(reports["junit"].encode("utf-8"))
        except ET.ParseError as err:
            outcome.add("malformed-output", f"junit: not XML: {err}")


_FOUND = re.compile(r"^Found (\d+) errors?, (\d+) warnings?, (\d+) infos? in ", re.MULTILINE)


@lru_cache(maxsize=1)
def _json_report(text: str):
    """The JSON report parsed once for both checks that read it (they do not change it)."""
    return json.loads(text)


def _check_verdict(outcome: Outcome, code: int, reports: dict[str, str]) -> None:
    """The summary line, the JSON summary, the verdicts and the exit code tell one story."""
    found = _FOUND.search(reports.get("concise", ""))
    if found is None:
        outcome.add("verdict-exit", "the concise report has no 'Found N errors' line")
        return
    errors = int(found.group(1))
    if (errors > 0) != (code == 1):
        outcome.add("verdict-exit", f"'{found.group(0).strip()}' but exit code {code}")
    try:
        data = _json_report(reports.get("json", ""))
    except ValueError:
        return
    if data.get("summary", {}).get("errors") != errors:
        outcome.add("verdict-exit", f"JSON summary {data.get('summary')} but the concise report says {errors} errors")
    for repo in data.get("repositories", []):
        waived = any(f["code"].startswith("OL4") and "[waived:" in f["message"] for f in repo.get("findings", []))
        for v in repo.get("verdicts", []):
            if v.get("claim") and v.get("met") is False and code == 0 and not waived:
                outcome.add("verdict-exit", f"claim '{v['claim']}' NOT MET ({v.get('title')}) but exit code 0 and no waiver")


# -- the Model Openness Tool conversion --------------------------------------------------------------


def convert_mot(text: str | bytes, companions: dict | None = None) -> Outcome:
    """`openlint convert --from mot` on `text`; when it converts, the result goes back with
    `--to mot` and is checked as the openness.toml of a repository holding `companions`."""
    outcome = Outcome()
    with Workspace() as base:
        write_files(base, {"model.yml": text})
        os.chdir(base)
        started = time.perf_counter()
        argv = ["convert", "model.yml", "--from", "mot", "-o", "openness.toml"]
        with Watchdog():
            run = run_cli(argv)
        seconds = time.perf_counter() - started
        _judge_convert(outcome, run)
        if run.code != 0 or outcome.problems:
            outcome.seconds = seconds
            return outcome
        converted = Path("openness.toml").read_text(encoding="utf-8")
        argv = ["convert", "openness.toml", "--to", "mot", "-o", "back.yml"]
        started = time.perf_counter()
        with Watchdog():
            back = run_cli(argv)
        seconds += time.perf_counter() - started
        _judge_convert(outcome, back)
        if back.code != 0 and not outcome.problems:
            outcome.add("round-trip", f"--to mot refused what --from mot wrote: {back.err.strip()[:300]}")
    checked = check_files({**(companions or {}), "openness.toml": converted})
    outcome.problems += checked.problems
    outcome.outputs.update(checked.outputs)
    outcome.exit = checked.exit
    outcome.rendered, outcome.validated = checked.rendered, checked.validated
    outcome.seconds = seconds + checked.seconds
    return outcome


def _check_errors(outcome: Outcome, run: Run) -> None:
    """An internal error is a problem; a usage error (exit 2) is one `openlint: error:` line."""
    if "openlint: internal error" in run.err:
        line = next(x for x in run.err.splitlines() if "openlint: internal error" in x)
        outcome.add("internal-error", line + "\n" + (run.raised or "(no traceback)"))
    elif run.code == 2:
        lines = runner_lines(run.err.removesuffix("\n"))
        if len(lines) != 1 or not lines[0].startswith("openlint: error: "):
            outcome.add("usage-error", f"exit 2 with {len(lines)} lines on stderr: {run.err[:300]!r}")


def _judge_convert(outcome: Outcome, run: Run) -> None:
    outcome.exit = run.code
    outcome.outputs = {"stdout": run.out, "stderr": run.err}
    if run.hang:
        outcome.add("hang", run.hang)
    if run.escaped:
        outcome.add("traceback", run.escaped)
    _check_errors(outcome, run)
    for name, text in (("stdout", run.out), ("stderr", run.err)):
        for line in forged_lines(text):
            outcome.add("forged-command", f"convert {name}: {line[:300]!r}")


def assert_clean(outcome: Outcome) -> None:
    """The assertion every fuzz test makes: no invariant broken."""
    if outcome.problems:
        raise AssertionError(outcome.explain())

