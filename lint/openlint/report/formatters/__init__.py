"""The formatter registry: one module per output format, each a pure function of the report.

Also the helpers several formats share (paths, ordering, fingerprints, rule families) and the
writing of extra reports (`--report FORMAT:PATH`, `--summary-file`, `--sarif-file`).
"""

from __future__ import annotations

import os
import re
from importlib import import_module

from openlint.model import SEVERITY_RANK, Finding, RepoReport, Report
from openlint.report.choices import OUTPUT_FORMATS

FORMATS = OUTPUT_FORMATS


def render(name: str, report: Report) -> str:
    module = import_module(FORMATS[name])
    one = getattr(module, "render_repository", None)
    if one is None:
        return module.render(report)
    # a format that is one text per repository: reuse what a --jobs worker rendered already
    return "".join(r.rendered[name] if name in r.rendered else one(r) for r in report.repositories)


def prerender(name: str, repo: RepoReport) -> None:
    """Render `repo` now if format `name` renders one repository at a time (see render)."""
    one = getattr(import_module(FORMATS[name]), "render_repository", None)
    if one is not None:
        repo.rendered[name] = one(repo)


def streamer(name: str, flags: Report):
    """The writer of format `name` for a run written a repository at a time, or None when the
    format needs the whole run (json, sarif, junit, markdown, …). `flags`: a Report with the
    run's --quiet, --statistics and colour (its repositories are not used)."""
    stream = getattr(import_module(FORMATS[name]), "Stream", None)
    return None if stream is None else stream(flags)


def display_path(repo_path: str, file: str) -> str:
    """A finding's file as the user knows it: relative to where they ran openlint."""
    if repo_path in (".", "./", ""):
        return file
    return repo_path.rstrip("/") + "/" + file if file not in (".", "") else repo_path


def plural(n: int, word: str) -> str:
    return f"{n} {word}{'' if n == 1 else 's'}"


def repositories_word(n: int) -> str:
    return f"{n} {'repository' if n == 1 else 'repositories'}"


# --- shared by the machine formats ---------------------------------------------------------------

FAMILIES = {
    "0": "input",
    "1": "schema",
    "2": "license",
    "3": "components",
    "4": "claim",
    "9": "configuration",
}


def family(code: str) -> str:
    """The rule family of a code: OL0xx input files, OL1xx schemas, OL2xx licenses, OL3xx
    components and evidence, OL4xx claims and verdicts, OL9xx openlint's own configuration."""
    digits = code.lstrip("ABCDEFGHIJKLMNOPQRSTUVWXYZ")
    return FAMILIES.get(digits[:1], "other")


def importance(finding: Finding, rank: dict[str, int] | None = None) -> tuple:
    """Most important first: errors, then warnings, then infos; within each, claims and verdicts,
    and among those what decides the verdict (the rule's rank: a base model's terms before the
    components a release would add, since no component can help that claim)."""
    claim = family(finding.code) == "claim"
    return (SEVERITY_RANK.get(finding.severity, 9), 0 if claim else 1, (rank or {}).get(finding.code, 5))


def by_importance(report: Report) -> list[tuple[str, Finding]]:
    """Every finding with its repository path, the most important first, otherwise in report order."""
    from openlint import rules

    rank = rules.ranks()
    pairs = [(repo.path, f) for repo in report.repositories for f in repo.findings]
    return sorted(pairs, key=lambda pair: importance(pair[1], rank))  # stable: report order within a rank


_LINE_REFERENCES = [
    (re.compile(r"\b(lines?|columns?|offset)\s+\d+(?:\s*[-–]\s*\d+)?", re.IGNORECASE), r"\1 #"),
    (re.compile(r"(?<=[^\s:/]):\d+(?::\d+)?\b"), ":#"),  # file:line and file:line:col
]


def stable_message(message: str) -> str:
    """A message with its line and column numbers taken out, so it survives lines moving."""
    for pattern, replacement in _LINE_REFERENCES:
        message = pattern.sub(replacement, message)
    return message


def fingerprints(report: Report) -> dict[int, str]:
    """A fingerprint per finding (keyed by id()), the same across runs and when lines move: the
    sha256 of code, path and message without line numbers, plus an occurrence counter that tells
    apart identical findings in one file (counted in report order, which follows the lines)."""
    from hashlib import sha256

    seen: dict[str, int] = {}
    out: dict[int, str] = {}
    for repo in report.repositories:
        for f in repo.findings:
            key = "\0".join((f.code, display_path(repo.path, f.file), stable_message(f.message)))
            seen[key] = seen.get(key, 0) + 1
            out[id(f)] = sha256(f"{key}\0{seen[key]}".encode("utf-8")).hexdigest()
    return out


# --- extra reports written in the same run -------------------------------------------------------


class ReportError(Exception):
    """A report option that names an unknown format, or a path that cannot be written."""


def parse_report_option(spec: str) -> tuple[str, str]:
    """`FORMAT:PATH` -> (format, path); the format is everything before the first colon."""
    name, sep, path = spec.partition(":")
    if not sep or not path:
        raise ReportError(f"--report expects FORMAT:PATH, got '{spec}'")
    if name not in FORMATS:
        raise ReportError(f"unknown report format '{name}' in --report {spec} (choose from {', '.join(sorted(FORMATS))})")
    return name, path


def report_targets(
    reports: list[str], summary_file: str | None = None, sarif_file: str | None = None, output_file: str | None = None
) -> list[tuple[str, str]]:
    """The extra reports a run writes, from `--report FORMAT:PATH`, `--summary-file` and
    `--sarif-file`; two reports (or a report and `-o`) may not share a path."""
    targets = [parse_report_option(spec) for spec in reports]
    if summary_file:
        targets.append(("markdown", summary_file))
    if sarif_file:
        targets.append(("sarif", sarif_file))
    seen = {os.path.abspath(output_file)} if output_file else set()
    for _, path in targets:
        if os.path.abspath(path) in seen:
            raise ReportError(f"two reports would be written to {path}")
        seen.add(os.path.abspath(path))
    return targets


def _appends(path: str) -> bool:
    """GitHub's job summary file is shared by a step's commands: add to it, as `>>` does."""
    summary = os.environ.get("GITHUB_STEP_SUMMARY")
    return bool(summary) and os.path.abspath(summary) == os.path.abspath(path)


def write_text(path: str, text: str, append: bool = False) -> None:
    """Write a report file, never through a symbolic link (see open_report)."""
    handle = open_report(path, append)
    try:
        with handle:
            handle.write(text)
    except OSError as err:
        raise ReportError(f"cannot write {path}: {err.strerror or err}") from None


def open_report(path: str, append: bool = False):
    """A report file opened for writing text, never through a symbolic link: a pull request may
    commit one where a report goes (openlint.sarif -> ../elsewhere), and the write must not follow it."""
    flags = os.O_WRONLY | os.O_CREAT | (os.O_APPEND if append else os.O_TRUNC) | getattr(os, "O_NOFOLLOW", 0)
    try:
        fd = os.open(path, flags, 0o644)
        return os.fdopen(fd, "w", encoding="utf-8", newline="\n")
    except OSError as err:
        if os.path.islink(path):
            raise ReportError(f"will not write {path}: it is a symbolic link") from None
        raise ReportError(f"cannot write {path}: {err.strerror or err}") from None


def write_report(report: Report, name: str, path: str) -> None:
    write_text(path, render(name, report), append=_appends(path))


def write_reports(report: Report, targets: list[tuple[str, str]]) -> None:
    """Write each (format, path) in turn; stop at the first that cannot be written."""
    for name, path in targets:
        write_report(report, name, path)
