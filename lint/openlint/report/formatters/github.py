"""GitHub Actions workflow commands: one annotation per finding, most important first.

`::error file=…,line=…,col=…,endLine=…,endColumn=…,title=CODE name::message`, escaped as the
runner (actions/toolkit `command.ts`) expects. GitHub shows at most 10 error and 10 warning
annotations per step and drops the rest silently, so openlint annotates the most important
findings only (errors, then warnings, then notices; claim and verdict findings first within
each), says in one notice how many it left out, and prints those in a folded log group. Notices
get the same cap of 10, the overflow notice included, so that notice is never the one dropped.
The plain summary and verdict lines come last.

Repository text (file names, quoted values, prose) cannot make a command of its own: values are
shown on one line (`\n` for a line break, `%0A` only for openlint's own "Fix:" line) and `::` and
`##[` are neutralised in messages, properties and plain lines alike (safe.py).
"""

from __future__ import annotations

from collections import Counter

from openlint.model import Finding, RepoReport, Report
from openlint.report.formatters import by_importance, display_path
from openlint.report.formatters.safe import neutralise, visible
from openlint.report.formatters.summary import Tally, summary_lines

LEVELS = {"error": "error", "warning": "warning", "info": "notice"}
LIMIT = 10  # annotations GitHub shows per level and step


def escape_data(text: str) -> str:
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def escape_property(text: str) -> str:
    return escape_data(text).replace(":", "%3A").replace(",", "%2C")


def plain(line: str) -> str:
    """A log line that the runner will not take for a command, whatever a file name holds (the
    values in it are already `visible`; colour codes stay)."""
    return neutralise(line.replace("\r", "\\r").replace("\n", "\\n"))


def annotation(repo_path: str, f: Finding) -> str:
    props: list[tuple[str, object]] = []
    if f.file not in ("", "."):
        props += [("file", display_path(repo_path, f.file)), ("line", f.line)]
        one_line = f.end_line in (None, f.line)
        if one_line:  # GitHub takes columns on single-line annotations only
            props.append(("col", f.column))
        if f.end_line is not None:
            props.append(("endLine", f.end_line))
        if one_line and f.end_column is not None:
            props.append(("endColumn", f.end_column))
    props.append(("title", f"{f.code} {f.name}"))
    # the file property is the real path (GitHub places the annotation with it): its line breaks
    # escaped as the runner expects, not `visible` (another control character is)
    where = ",".join(f"{key}={neutralise(escape_property(visible(str(value), line_breaks=False)))}" for key, value in props)
    text = visible(f.message) + (f"\nFix: {visible(f.fix)}" if f.fix else "")
    return f"::{LEVELS.get(f.severity, 'notice')} {where}::{neutralise(escape_data(text))}"


def concise(repo_path: str, f: Finding) -> str:
    return visible(f"{display_path(repo_path, f.file)}:{f.line}:{f.column}: {f.code} {f.message}")


def overflow_notice(counts: dict[str, int]) -> str:
    """The notice that says how many findings were not annotated, by severity."""
    left = sum(counts.values())
    detail = ", ".join(f"{n} {sev}{'s' if n != 1 else ''}" for sev, n in counts.items() if n)
    noun = "finding" if left == 1 else "findings"
    return "::notice title=openlint::" + escape_data(
        f"{left} more {noun} ({detail}) than GitHub shows as annotations: "
        "see the job summary (--summary-file) or the log of this step for all of them."
    )


def render(report: Report) -> str:
    ordered = by_importance(report)
    totals = Counter(LEVELS.get(f.severity, "notice") for _, f in ordered)
    limits = {level: LIMIT for level in LEVELS.values()}
    if any(n > LIMIT for n in totals.values()):
        limits["notice"] = LIMIT - 1  # room for the notice that says what was left out
    shown: list[str] = []
    left: list[tuple[str, Finding]] = []
    used = {level: 0 for level in limits}
    for repo_path, f in ordered:
        level = LEVELS.get(f.severity, "notice")
        if used[level] < limits[level]:
            used[level] += 1
            shown.append(annotation(repo_path, f))
        else:
            left.append((repo_path, f))
    lines = shown
    if left:
        counts = {sev: sum(1 for _, f in left if f.severity == sev) for sev in ("error", "warning", "info")}
        noun = "finding" if len(left) == 1 else "findings"
        lines.append(overflow_notice(counts))
        lines.append(f"::group::openlint: {len(left)} {noun} not annotated")
        lines += [plain(concise(repo_path, f)) for repo_path, f in left]
        lines.append("::endgroup::")
    if lines:
        lines.append("")
    lines += [plain(line) for line in summary_lines(report)]
    return "\n".join(lines) + "\n"


class Stream(Tally):
    """A run over several repositories, written as each is checked: the first findings of each
    level (most important first within a repository) are annotations, up to GitHub's 10, the
    others plain log lines where they fall; the notice that counts those comes at the end."""

    def __init__(self, report: Report):
        super().__init__(report)
        self.used = {level: 0 for level in LEVELS.values()}
        self.left = {"error": 0, "warning": 0, "info": 0}

    def repository(self, repo: RepoReport) -> str:
        self.add(repo)
        lines = []
        for _, f in by_importance(Report("", [repo])):
            level = LEVELS.get(f.severity, "notice")
            # one notice is kept back for the one that counts what was not annotated
            if self.used[level] < LIMIT - (level == "notice"):
                self.used[level] += 1
                lines.append(annotation(repo.path, f))
            else:
                self.left[f.severity if f.severity in self.left else "info"] += 1
                lines.append(plain(concise(repo.path, f)))
        lines += [plain(line) for line in self.verdict_lines(repo)]
        return "\n".join(lines) + "\n" if lines else ""

    def end(self) -> str:
        lines = [overflow_notice(self.left)] if any(self.left.values()) else []
        return "\n".join(lines + [plain(self.found())]) + "\n"
