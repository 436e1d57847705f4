"""The command line: parse arguments, run the checker, print a report, choose the exit code."""

from __future__ import annotations

import argparse
import os
import sys

from openlint import __version__

EXIT_OK, EXIT_FINDINGS, EXIT_ERROR = 0, 1, 2
EXIT_INTERRUPTED = 130  # 128 + SIGINT, as shells report it
CONVERT_FORMATS = ("mot",)
FAIL_LEVELS = {"error": ("error",), "warning": ("error", "warning"), "info": ("error", "warning", "info"), "never": ()}


def one_line(err: object) -> str:
    """An error as one line: a path with a line break, `::` or `##[` must not forge a second line
    or a CI command (report/formatters/safe.py)."""
    from openlint.report.formatters.safe import one_line as safe

    return safe(err)


class UsageError(Exception):
    pass


def _columns() -> int:
    """The terminal width as shutil.get_terminal_size() finds it (COLUMNS, then the terminal)."""
    try:
        columns = int(os.environ.get("COLUMNS", "0"))
    except ValueError:
        columns = 0
    if columns <= 0:
        try:
            columns = os.get_terminal_size(sys.__stdout__.fileno()).columns
        except (AttributeError, ValueError, OSError):
            columns = 0
    return columns or 80


class _Formatter(argparse.HelpFormatter):
    # argparse makes a formatter for every add_argument and asks shutil for the width each
    # time; importing shutil would cost every hook run about as much as parsing the arguments
    def __init__(self, prog: str, indent_increment: int = 2, max_help_position: int = 24, width: int | None = None):
        super().__init__(prog, indent_increment, max_help_position, _columns() - 2 if width is None else width)


EXIT_CODES = """exit codes:
  0  no finding at the failing severity (--fail-on, default error)
  1  findings at the failing severity: a claim not met, or a broken input
  2  a usage error, an unreadable repository or an internal error (one line on stderr;
     a repository openlint failed on is reported as OL905, the others are still checked)
  130  interrupted (Ctrl-C); 143: ended by SIGTERM (a --jobs run ends its workers first)"""


class _Parser(argparse.ArgumentParser):
    """One line and exit 2 for every usage error; no silent prefix matching of flags (argparse
    would take --stric for --strict-terms), but a did-you-mean, as ruff does."""

    def __init__(self, *args, **kwargs):
        kwargs.setdefault("formatter_class", _Formatter)
        kwargs.setdefault("allow_abbrev", False)
        self.help_tail = kwargs.pop("help_tail", None)  # epilog made only when --help shows it
        super().__init__(*args, **kwargs)

    def format_help(self) -> str:
        text = super().format_help()
        return text + "\n" + self.help_tail() + "\n" if self.help_tail else text

    def parse_args(self, args=None, namespace=None):
        self.argv = list(sys.argv[1:] if args is None else args)
        return super().parse_args(args, namespace)

    def error(self, message: str):
        if message.startswith("unrecognized arguments:"):
            unknown = next((a for a in message.split(":", 1)[1].split() if a.startswith("-")), None)
            if unknown is not None:
                import difflib

                options = _options_of(self, next((a for a in getattr(self, "argv", ()) if not a.startswith("-")), None))
                close = difflib.get_close_matches(unknown.split("=")[0], sorted(options), n=1, cutoff=0.6)
                message = f"unknown option {unknown}" + (f"; did you mean {close[0]}?" if close else "")
        raise UsageError(message)


def _options_of(parser: argparse.ArgumentParser, command: str | None) -> set[str]:
    """The option strings of a command (and the top level's), for a did-you-mean."""
    found = set(parser._option_string_actions)
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction) and command in action.choices:
            found |= set(action.choices[command]._option_string_actions)
    return found


def _check_help_tail() -> str:
    from openlint.judge import definitions

    names = ", ".join(definitions.available())
    return f"definitions: {names} (docs/definitions.md)\n\n{EXIT_CODES}"


def build_parser() -> argparse.ArgumentParser:
    from openlint.report.choices import OUTPUT_FORMATS as FORMATS

    parser = _Parser(
        prog="openlint", description="Check that a model repository meets the definition of open source it claims.", help_tail=lambda: EXIT_CODES
    )
    parser.add_argument("--version", action="version", version=f"openlint {__version__}")
    sub = parser.add_subparsers(dest="command", parser_class=_Parser)
    check = sub.add_parser("check", help="check repositories and report findings and verdicts", help_tail=_check_help_tail)
    check.add_argument("paths", nargs="*", metavar="PATH", help="repository roots (default: . unless --files-from is given)")
    check.add_argument(
        "--files-from", metavar="FILE", help="also check the repository roots listed in FILE, one a line ('-': stdin); read as the run goes"
    )
    check.add_argument(
        "--output-format",
        choices=sorted(FORMATS),
        default=None,
        help="report format (default: concise; env OPENLINT_OUTPUT_FORMAT)",
    )
    check.add_argument("-o", "--output-file", metavar="FILE", help="write the report to FILE instead of stdout")
    check.add_argument(
        "--report", action="append", default=[], metavar="FORMAT:PATH", help="also write a report in FORMAT to PATH (repeatable)"
    )
    check.add_argument("--summary-file", metavar="PATH", help="also write a Markdown summary to PATH (--report markdown:PATH)")
    check.add_argument("--sarif-file", metavar="PATH", help="also write a SARIF 2.1.0 log to PATH (--report sarif:PATH)")
    check.add_argument(
        "--definition",
        action="append",
        default=[],
        metavar="NAME",
        help="also evaluate this definition as a report, with or without a claim (repeatable)",
    )
    check.add_argument("--strict-terms", action="store_true", help="accept only OSI-approved licenses, also for data and documents")
    check.add_argument(
        "--show-claims", action="store_true", help="list every mention of openness in prose with the role openlint gave it, and why"
    )
    check.add_argument(
        "--fail-on", choices=sorted(FAIL_LEVELS), default="error", help="lowest severity that makes the exit code 1 (default: error)"
    )
    check.add_argument("--exit-zero", action="store_true", help="exit 0 even when there are findings")
    check.add_argument("--config", metavar="PATH", help="read [tool.openlint] from PATH instead of each repository's pyproject.toml")
    check.add_argument("--isolated", action="store_true", help="read no configuration file")
    check.add_argument("--select", action="append", default=[], metavar="CODE", help="report only these codes or prefixes (repeatable; overrides the configuration)")
    check.add_argument(
        "--ignore", action="append", default=[], metavar="CODE=REASON", help="ignore a code or prefix, with the reason (repeatable)"
    )
    check.add_argument("--jobs", "-j", type=int, default=1, metavar="N", help="check N repositories at a time (default: 1)")
    check.add_argument("-q", "--quiet", action="store_true", help="print the findings only: no summary, no verdict lines")
    check.add_argument("--statistics", action="store_true", help="count the findings by code instead of listing them")
    check.add_argument(
        "--color", choices=("auto", "always", "never"), default="auto", help="colour the text formats (default: auto: on a terminal, unless NO_COLOR is set)"
    )
    convert = sub.add_parser("convert", help="convert between openness.toml and the Model Openness Tool's YAML")
    convert.add_argument("file", metavar="FILE", help="the file to convert ('-' for stdin)")
    direction = convert.add_mutually_exclusive_group(required=True)
    direction.add_argument("--from", dest="from_format", choices=CONVERT_FORMATS, help="FILE is in this format; write openness.toml")
    direction.add_argument("--to", dest="to_format", choices=CONVERT_FORMATS, help="FILE is an openness.toml; write this format")
    convert.add_argument("-o", "--output-file", metavar="PATH", help="write the result to PATH instead of stdout")
    _add_tool_commands(sub)
    for command in sub.choices.values():  # the internal-error line of every command points to it
        command.add_argument("--debug", action="store_true", help="show a traceback on internal errors")
    return parser


def entry() -> None:
    """The `openlint` command (and `python -m openlint`): main() with fewer collector passes, then
    a hard exit.

    Tearing the interpreter down frees every object one by one, the license scanner's tables
    among them: about 10 ms, a seventh of a run that identifies a new license file. Nothing is
    pending once main() returns (output is flushed here, cache files are written and closed, a
    --jobs pool has been shut down), so, as mypy does, openlint leaves without it."""
    import gc

    # Most of what a run allocates lives until it ends (parsed data, the license scanner's
    # tables), and with the default thresholds the collector walks it again every 700
    # allocations: about 4 ms of a run that identifies a license file. Cycles are still collected.
    gc.set_threshold(100_000, 50, 50)
    status = main()
    try:
        sys.stdout.flush()
        sys.stderr.flush()
    except (OSError, ValueError):  # a stream that cannot take more (a full disk) or was closed
        pass
    os._exit(status or 0)


def write_out(text: str) -> None:
    """Write a command's output. A reader that goes away (`openlint check | head`) stops the
    output, not the command: its status stays the one it was going to be, and no traceback."""
    try:
        sys.stdout.write(text)
        sys.stdout.flush()
    except BrokenPipeError:
        # As the Python documentation advises: what is still buffered, and the final flush, go nowhere.
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        os.close(devnull)


def main(argv: list[str] | None = None) -> int:
    """Run a command; library warnings are never printed raw (they quote their input: ruamel.yaml
    echoes the YAML line it warns about), with --debug each is one neutralised line."""
    import warnings

    argv = sys.argv[1:] if argv is None else argv
    shown = warnings.showwarning
    warnings.showwarning = _debug_warning if "--debug" in argv else _quiet_warning
    try:
        return _main(argv)
    finally:
        warnings.showwarning = shown


def _quiet_warning(*args, **kwargs) -> None:
    pass


def _debug_warning(*args, **kwargs) -> None:
    from openlint.report.formatters.safe import debug_warning

    debug_warning(*args, **kwargs)


_PARSER: argparse.ArgumentParser | None = None


def _parser() -> argparse.ArgumentParser:
    """The parser, built once per process: parsing leaves it as it was, and a process that calls
    main() many times (a test run, the fuzz harness) would otherwise build it each time (~3 ms)."""
    global _PARSER
    if _PARSER is None:
        _PARSER = build_parser()
    return _PARSER


def _main(argv: list[str]) -> int:
    debug = "--debug" in argv
    try:
        args = _parser().parse_args(argv)
        if args.command is None:
            _parser().print_help()
            return EXIT_ERROR
        if args.command == "convert":
            return run_convert(args)
        if args.command in TOOL_COMMANDS:
            return TOOL_COMMANDS[args.command](args)
        return run_check(args)
    except UsageError as err:
        print(f"openlint: error: {one_line(err)}", file=sys.stderr)
        return EXIT_ERROR
    except KeyboardInterrupt as err:  # Ctrl-C: 130; SIGTERM during a --jobs run (batch.Terminated): 143
        print("openlint: interrupted", file=sys.stderr)
        return getattr(err, "exit_code", EXIT_INTERRUPTED)
    except Exception as err:  # never a traceback unless asked for
        from openlint.pipeline import InputError

        if isinstance(err, InputError):
            print(f"openlint: error: {one_line(err)}", file=sys.stderr)
            return EXIT_ERROR
        if debug:
            raise
        print(f"openlint: internal error: {type(err).__name__}: {one_line(err)} (run with --debug for the traceback)", file=sys.stderr)
        return EXIT_ERROR


def run_check(args: argparse.Namespace) -> int:
    from openlint.commands.batch import INTERNAL_ERROR, Written, each_report
    from openlint.inputs.config import SelectorError, check_selector
    from openlint.judge import definitions
    from openlint.model import Report
    from openlint.pipeline import Options
    from openlint.report.formatters import ReportError, report_targets, write_reports

    args.output_format = args.output_format or _format_from_environment()
    unknown = [d for d in args.definition if d not in definitions.available()]
    if unknown:
        raise UsageError(f"unknown definition '{unknown[0]}' (choose from {', '.join(definitions.available())})")
    try:
        reports = report_targets(args.report, args.summary_file, args.sarif_file, args.output_file)
        for path in [args.output_file] * bool(args.output_file) + [path for _, path in reports]:
            prepare_report_path(path)  # before the check, as ruff does: a bad path fails fast
    except ReportError as err:
        raise UsageError(str(err)) from None
    ignore = {}
    try:
        for selector in args.select:
            check_selector(selector, "--select")
        for item in args.ignore:
            code, _, reason = item.partition("=")
            check_selector(code.strip(), "--ignore")
            if not reason.strip():
                raise UsageError(f"--ignore {item}: give the reason, as CODE=REASON")
            ignore[code.strip()] = reason.strip()
    except SelectorError as err:
        raise UsageError(str(err)) from None
    if args.jobs < 1:
        raise UsageError("--jobs must be at least 1")
    if args.config is not None and not os.path.isfile(args.config):
        raise UsageError(f"--config {args.config}: no such file")
    options = Options(
        definitions=args.definition,
        strict_terms=args.strict_terms,
        config=args.config,
        isolated=args.isolated,
        select=args.select,
        ignore=ignore,
        keep_sources="full" in [args.output_format] + [fmt for fmt, _ in reports],
        show_claims=args.show_claims,
        debug=args.debug,
    )
    flags = Report(__version__, [], quiet=args.quiet, statistics=args.statistics, color=False if args.output_file else _color(args.color))
    paths, total = _check_paths(args)
    sink = _Sink(args.output_file)
    run = Written(args.output_format, flags, sink.write, keep=bool(reports))
    try:
        for repo in each_report(paths, options, args.jobs, render_as=args.output_format, total=total):
            run.add(repo)
        report = run.end()
    finally:
        sink.close()
    report.color = False
    try:
        write_reports(report, reports)
    except ReportError as err:
        raise UsageError(str(err)) from None
    if run.broken:  # reported with the others, and never a pass, whatever --fail-on and --exit-zero say
        from openlint import rules

        said = rules.get(INTERNAL_ERROR).message.split("{error}")[0]
        for path, message in run.broken:
            print(f"openlint: internal error: {one_line(path)}: {one_line(message.removeprefix(said))} (run with --debug for the traceback)", file=sys.stderr)
        return EXIT_ERROR
    if args.exit_zero or not run.severities.intersection(FAIL_LEVELS[args.fail_on]):
        return EXIT_OK
    return EXIT_FINDINGS


def _check_paths(args: argparse.Namespace):
    """The repositories to check, and how many when known: the positional paths, then those
    --files-from lists (read a line at a time as the run goes); `.` when neither is given."""
    import itertools

    if args.files_from is None:
        return args.paths or ["."], len(args.paths or ["."])
    if args.files_from == "-":
        return itertools.chain(args.paths, _lines_of(sys.stdin)), None
    if os.path.isdir(args.files_from):
        raise UsageError(f"--files-from {args.files_from}: a folder, not a file of paths")
    try:
        handle = open(args.files_from, encoding="utf-8", errors="surrogateescape")
    except OSError as err:
        raise UsageError(f"cannot read --files-from {args.files_from}: {err.strerror or err}") from None
    return itertools.chain(args.paths, _lines_of(handle, close=True)), None


def _lines_of(handle, close: bool = False):
    """The non-blank lines of `handle`, without their line ends, read as they are asked for."""
    try:
        for line in handle:
            line = line.rstrip("\r\n")
            if line.strip():
                yield line
    finally:
        if close:
            handle.close()


class _Sink:
    """stdout, or -o FILE opened at the first write (never through a symbolic link)."""

    def __init__(self, path: str | None):
        self.path, self.handle = path, None

    def write(self, text: str) -> None:
        if not text:
            return
        if not self.path:
            write_out(text)
            return
        from openlint.report.formatters import ReportError, open_report

        try:
            if self.handle is None:
                self.handle = open_report(self.path)
            self.handle.write(text)
            self.handle.flush()
        except ReportError as err:
            raise UsageError(str(err)) from None
        except OSError as err:
            raise UsageError(f"cannot write {self.path}: {err.strerror or err}") from None

    def close(self) -> None:
        if self.handle is not None:
            self.handle.close()


def _format_from_environment() -> str:
    """OPENLINT_OUTPUT_FORMAT, checked as --output-format is."""
    from openlint.report.choices import OUTPUT_FORMATS

    name = os.environ.get("OPENLINT_OUTPUT_FORMAT") or "concise"
    if name not in OUTPUT_FORMATS:
        import difflib

        close = difflib.get_close_matches(name, sorted(OUTPUT_FORMATS), n=1)
        hint = f"; did you mean {close[0]}?" if close else f" (choose from {', '.join(sorted(OUTPUT_FORMATS))})"
        raise UsageError(f"OPENLINT_OUTPUT_FORMAT={name} is not an output format{hint}")
    return name


def _color(choice: str) -> bool:
    """Colour for the text formats: always, never, or on a terminal unless NO_COLOR is set
    (https://no-color.org); FORCE_COLOR turns it on."""
    if choice != "auto":
        return choice == "always"
    if os.environ.get("NO_COLOR"):
        return False
    if os.environ.get("FORCE_COLOR"):
        return True
    return sys.stdout.isatty() and os.environ.get("TERM") != "dumb"


def prepare_report_path(path: str) -> None:
    """Make sure a report can be written to `path` before the check runs: its folder is created
    (as ruff does); a folder, a symlink or an unwritable place is a usage error."""
    from openlint.report.formatters import ReportError

    folder = _folder_in_working_tree(path)
    try:
        os.makedirs(folder, exist_ok=True)
    except OSError as err:
        raise ReportError(f"cannot create the folder of {path}: {err.strerror or err}") from None
    if os.path.islink(path):
        raise ReportError(f"will not write {path}: it is a symbolic link")
    if os.path.isdir(path):
        raise ReportError(f"cannot write {path}: it is a folder")
    if not os.access(folder, os.W_OK) or (os.path.exists(path) and not os.access(path, os.W_OK)):
        raise ReportError(f"cannot write {path}: permission denied")


def _folder_in_working_tree(path: str) -> str:
    """The folder of a file openlint writes; a relative path is aimed at the working tree, so a
    symlinked folder on the way (one a pull request can commit) must not carry the write elsewhere."""
    from openlint.report.formatters import ReportError

    folder = os.path.dirname(os.path.abspath(path))
    if not os.path.isabs(path):
        here, real = os.path.realpath(os.getcwd()), os.path.realpath(folder)
        if os.path.commonpath([here, real]) != here:
            raise ReportError(f"will not write {path}: its folder leads outside the working directory through a symbolic link")
    return folder


def read_input(path: str) -> str:
    """A file a command converts, read as every input is (inputs/sources.py): a regular file (a
    FIFO or a device is refused before it is opened), at most MAX_BYTES, UTF-8; a relative path
    must not leave the working directory through a symbolic link a pull request could commit."""
    from openlint.inputs.sources import MAX_BYTES, read_capped

    if path == "-":
        stream = getattr(sys.stdin, "buffer", None)
        data = stream.read(MAX_BYTES + 1) if stream is not None else sys.stdin.read(MAX_BYTES + 1).encode("utf-8", "surrogatepass")
        if len(data) > MAX_BYTES:
            raise UsageError(f"cannot read <stdin>: more than {MAX_BYTES:,} bytes; openlint reads at most {MAX_BYTES:,}")
    else:
        if not os.path.isabs(path):
            here = os.path.realpath(os.getcwd())
            named = os.path.normpath(os.path.join(here, path))  # where the path points before any link is followed
            if os.path.commonpath([here, named]) == here and os.path.commonpath([here, os.path.realpath(named)]) != here:
                raise UsageError(f"will not read {path}: it leads outside the working directory through a symbolic link")
        try:
            data, size = read_capped(path, MAX_BYTES)
        except OSError as err:
            raise UsageError(f"cannot read {path}: {err.strerror or err}") from None
        if size > MAX_BYTES or len(data) > MAX_BYTES:
            raise UsageError(f"cannot read {path}: it is {max(size, len(data)):,} bytes; openlint reads at most {MAX_BYTES:,}")
    try:
        text = data.decode("utf-8-sig")  # a BOM is not content
    except UnicodeDecodeError:
        raise UsageError(f"cannot read {path}: not UTF-8 text") from None
    return text.replace("\r\n", "\n").replace("\r", "\n") if "\r" in text else text


def run_convert(args: argparse.Namespace) -> int:
    from openlint.commands import mot

    text, source = read_input(args.file), "<stdin>" if args.file == "-" else args.file
    try:
        converted = mot.mot_to_toml(text, source) if args.from_format else mot.toml_to_mot(text, source)
    except mot.ConversionError as err:
        raise UsageError(str(err)) from None
    if args.output_file:
        from openlint.report.formatters import ReportError, write_text

        try:  # as a report is written: never through a symbolic link
            _folder_in_working_tree(args.output_file)
            write_text(args.output_file, converted.text)
        except ReportError as err:
            raise UsageError(str(err)) from None
    else:
        write_out(converted.text)
    if converted.notes:
        target = "openness.toml" if args.from_format else "MOT"
        print(f"openlint: note: not carried to {target}: {one_line('; '.join(converted.notes))}", file=sys.stderr)
    return EXIT_OK


# -- rule, badge, init: thin layers over report/rule_docs, report/badge, commands/init ----------------


def _add_tool_commands(sub) -> None:
    from openlint.report.choices import BADGE_FORMATS, RULE_FORMATS

    rule = sub.add_parser("rule", help="explain a rule: what it checks, why it matters, how to fix it")
    rule.add_argument("rule", nargs="?", metavar="CODE", help="the rule's code (OL401) or name (claim-component-missing)")
    rule.add_argument("--all", action="store_true", help="explain every rule")
    rule.add_argument(
        "--output-format",
        choices=RULE_FORMATS,
        default="text",
        help="text (Markdown, default), json, or markdown (with --all: docs/rules.md)",
    )
    badge = sub.add_parser("badge", help="draw a badge of the repository's verdict: SVG, or shields.io endpoint JSON")
    badge.add_argument("path", nargs="?", default=".", metavar="PATH", help="the repository root (default: .)")
    badge.add_argument("-o", "--output-file", metavar="FILE", help="write the badge to FILE instead of stdout")
    badge.add_argument("--format", choices=BADGE_FORMATS, default="svg", help="svg (default) or endpoint (shields.io JSON)")
    badge.add_argument("--definition", metavar="NAME", help="show this definition's verdict (default: the first claim's)")
    audit = sub.add_parser("audit", help="check every model of a dump of model cards (Parquet or JSON Lines), one output row a model")
    audit.add_argument("dump", metavar="DUMP", help="a .parquet or .jsonl file, one model a row")
    audit.add_argument("--id-column", default="modelId", metavar="NAME", help="the column of model ids (default: modelId)")
    audit.add_argument("--card-column", default="card", metavar="NAME", help="the column of model cards, read as README.md (default: card)")
    audit.add_argument(
        "--file-column", action="append", default=[], metavar="COLUMN=PATH", help="a column holding another file of the repository, e.g. license=LICENSE (repeatable)"
    )
    audit.add_argument("--definition", action="append", default=[], metavar="NAME", help="definitions to evaluate (default: osaid-1.0 and mof)")
    audit.add_argument("-o", "--output-file", metavar="PATH", help="write the rows to PATH: .parquet, else JSON Lines (default: JSON Lines on stdout)")
    audit.add_argument("--summary-file", metavar="PATH", help="also write the summary (Markdown) to PATH")
    audit.add_argument("--jobs", "-j", type=int, default=1, metavar="N", help="N local processes, or N Dask workers with --engine dask (default: 1)")
    audit.add_argument("--engine", choices=("local", "dask"), default="local", help="local processes, or a Dask cluster (default: local)")
    audit.add_argument("--scheduler", metavar="ADDRESS", help="run on the Dask cluster at ADDRESS (tcp://host:8786); implies --engine dask")
    init = sub.add_parser("init", help="draft an openness.toml from what the repository shows")
    init.add_argument("path", nargs="?", default=".", metavar="PATH", help="the repository root (default: .)")
    init.add_argument("--force", action="store_true", help="overwrite an existing openness.toml")
    init.add_argument("--dry-run", action="store_true", help="print the draft instead of writing it")


def _write_output(text: str, path: str | None) -> None:
    if not path:
        write_out(text)
        return
    from openlint.report.formatters import ReportError, write_text

    try:
        prepare_report_path(path)
        write_text(path, text)
    except ReportError as err:
        raise UsageError(str(err)) from None


def run_rule(args: argparse.Namespace) -> int:
    import json

    from openlint.report import rule_docs

    if args.all == bool(args.rule):
        raise UsageError("give a rule's CODE or name, or --all" if not args.all else "give a rule's CODE or --all, not both")
    if args.all:
        ordered = rule_docs.rules_in_order()
        if args.output_format == "json":
            text = json.dumps([rule_docs.rule_json(r) for r in ordered], indent=2, ensure_ascii=False) + "\n"
        elif args.output_format == "markdown":
            text = rule_docs.render_docs()
        else:
            text = "\n".join(rule_docs.rule_markdown(r) for r in ordered)
    else:
        try:
            rule = rule_docs.lookup(args.rule)
        except rule_docs.UnknownRule as err:
            raise UsageError(str(err)) from None
        if args.output_format == "json":
            text = json.dumps(rule_docs.rule_json(rule), indent=2, ensure_ascii=False) + "\n"
        else:
            text = rule_docs.rule_markdown(rule)
    write_out(text)
    return EXIT_OK


def run_audit(args: argparse.Namespace) -> int:
    from openlint.commands import audit
    from openlint.report.formatters import ReportError

    if args.jobs < 1:
        raise UsageError("--jobs must be at least 1")
    try:
        for path in [p for p in (args.output_file, args.summary_file) if p]:
            prepare_report_path(path)
        return audit.run(args)
    except audit.AuditError as err:
        raise UsageError(str(err)) from None
    except ReportError as err:
        raise UsageError(str(err)) from None


def run_badge(args: argparse.Namespace) -> int:
    from openlint.judge import definitions
    from openlint.report import badge

    if args.definition and args.definition not in definitions.available():
        raise UsageError(f"unknown definition '{args.definition}' (choose from {', '.join(definitions.available())})")
    made = badge.badge_of_repository(args.path, args.definition)
    _write_output(badge.render(made, args.format), args.output_file)
    return EXIT_OK


def run_init(args: argparse.Namespace) -> int:
    from openlint.commands import init

    try:
        draft, target = init.run(args.path, force=args.force, dry_run=args.dry_run)
    except init.InitError as err:
        raise UsageError(str(err)) from None
    if target is None:
        write_out(draft.text)
    else:
        components = f"{len(draft.components)} component{'' if len(draft.components) == 1 else 's'}"
        todos = f"{draft.todos} TODO{'' if draft.todos == 1 else 's'}"
        write_out(f"wrote {target}: {components} declared, {todos} to answer; then run `openlint check {args.path}`\n")
    return EXIT_OK


TOOL_COMMANDS = {"rule": run_rule, "badge": run_badge, "init": run_init, "audit": run_audit}
