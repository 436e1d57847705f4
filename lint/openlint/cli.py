"""The command line: parse arguments, run the checker, print a report, choose the exit code."""

from __future__ import annotations

import argparse
import os
import sys

from openlint import __version__

EXIT_OK, EXIT_FINDINGS, EXIT_ERROR = 0, 1, 2
CONVERT_FORMATS = ("mot",)
FAIL_LEVELS = {"error": ("error",), "warning": ("error", "warning"), "info": ("error", "warning", "info"), "never": ()}


class UsageError(Exception):
    pass


class _Parser(argparse.ArgumentParser):
    def error(self, message: str):  # one line, exit 2, like every other usage error
        raise UsageError(message)


def build_parser() -> argparse.ArgumentParser:
    from openlint.formatters import FORMATS

    parser = _Parser(prog="openlint", description="Check that a model repository meets the definition of open source it claims.")
    parser.add_argument("--version", action="version", version=f"openlint {__version__}")
    sub = parser.add_subparsers(dest="command", parser_class=_Parser)
    check = sub.add_parser("check", help="check repositories and report findings and verdicts")
    check.add_argument("paths", nargs="*", default=["."], metavar="PATH", help="repository roots (default: .)")
    check.add_argument(
        "--output-format",
        choices=sorted(FORMATS),
        default=os.environ.get("OPENLINT_OUTPUT_FORMAT", "concise"),
        help="report format (default: concise; env OPENLINT_OUTPUT_FORMAT)",
    )
    check.add_argument("-o", "--output-file", metavar="FILE", help="write the report to FILE instead of stdout")
    check.add_argument(
        "--definition",
        action="append",
        default=[],
        metavar="NAME",
        help="also evaluate this definition as a report, with or without a claim (repeatable)",
    )
    check.add_argument("--strict-terms", action="store_true", help="accept only OSI-approved licenses, also for data and documents")
    check.add_argument(
        "--fail-on", choices=sorted(FAIL_LEVELS), default="error", help="lowest severity that makes the exit code 1 (default: error)"
    )
    check.add_argument("--exit-zero", action="store_true", help="exit 0 even when there are findings")
    check.add_argument("--debug", action="store_true", help="show a traceback on internal errors")
    convert = sub.add_parser("convert", help="convert between openness.toml and the Model Openness Tool's YAML")
    convert.add_argument("file", metavar="FILE", help="the file to convert ('-' for stdin)")
    direction = convert.add_mutually_exclusive_group(required=True)
    direction.add_argument("--from", dest="from_format", choices=CONVERT_FORMATS, help="FILE is in this format; write openness.toml")
    direction.add_argument("--to", dest="to_format", choices=CONVERT_FORMATS, help="FILE is an openness.toml; write this format")
    convert.add_argument("-o", "--output-file", metavar="PATH", help="write the result to PATH instead of stdout")
    return parser


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    debug = "--debug" in argv
    try:
        args = build_parser().parse_args(argv)
        if args.command is None:
            build_parser().print_help()
            return EXIT_ERROR
        if args.command == "convert":
            return run_convert(args)
        return run_check(args)
    except UsageError as err:
        print(f"openlint: error: {err}", file=sys.stderr)
        return EXIT_ERROR
    except KeyboardInterrupt:
        print("openlint: interrupted", file=sys.stderr)
        return EXIT_ERROR
    except Exception as err:  # never a traceback unless asked for
        from openlint.checker import InputError

        if isinstance(err, InputError):
            print(f"openlint: error: {err}", file=sys.stderr)
            return EXIT_ERROR
        if debug:
            raise
        print(f"openlint: internal error: {type(err).__name__}: {err} (run with --debug for the traceback)", file=sys.stderr)
        return EXIT_ERROR


def run_check(args: argparse.Namespace) -> int:
    from openlint import definitions
    from openlint.checker import Options, check_repository
    from openlint.formatters import render
    from openlint.model import Report

    unknown = [d for d in args.definition if d not in definitions.available()]
    if unknown:
        raise UsageError(f"unknown definition '{unknown[0]}' (choose from {', '.join(definitions.available())})")
    options = Options(definitions=args.definition, strict_terms=args.strict_terms)
    report = Report(__version__, [check_repository(p, options) for p in args.paths])
    text = render(args.output_format, report)
    if args.output_file:
        try:
            with open(args.output_file, "w", encoding="utf-8") as handle:
                handle.write(text)
        except OSError as err:
            raise UsageError(f"cannot write {args.output_file}: {err.strerror}") from None
    else:
        sys.stdout.write(text)
    failing = FAIL_LEVELS[args.fail_on]
    if args.exit_zero or not any(f.severity in failing for r in report.repositories for f in r.findings):
        return EXIT_OK
    return EXIT_FINDINGS


def run_convert(args: argparse.Namespace) -> int:
    from openlint import mot

    try:
        if args.file == "-":
            text, source = sys.stdin.read(), "<stdin>"
        else:
            with open(args.file, encoding="utf-8-sig") as handle:  # a BOM is not content
                text, source = handle.read(), args.file
    except OSError as err:
        raise UsageError(f"cannot read {args.file}: {err.strerror}") from None
    except UnicodeDecodeError:
        raise UsageError(f"cannot read {args.file}: not UTF-8 text") from None
    try:
        converted = mot.mot_to_toml(text, source) if args.from_format else mot.toml_to_mot(text, source)
    except mot.ConversionError as err:
        raise UsageError(str(err)) from None
    if args.output_file:
        try:
            with open(args.output_file, "w", encoding="utf-8") as handle:
                handle.write(converted.text)
        except OSError as err:
            raise UsageError(f"cannot write {args.output_file}: {err.strerror}") from None
    else:
        sys.stdout.write(converted.text)
    if converted.notes:
        target = "openness.toml" if args.from_format else "MOT"
        print(f"openlint: note: not carried to {target}: {'; '.join(converted.notes)}", file=sys.stderr)
    return EXIT_OK
