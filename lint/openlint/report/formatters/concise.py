"""`path:line:col: CODE message`, one finding per line, then the summary and verdicts.

With --statistics, a count per code instead of the findings (as ruff's --statistics); with
--quiet, the findings only; with colour, the code in its severity's colour. Repository text is
shown on its line and cannot make a CI command (report/formatters/safe.py)."""

from __future__ import annotations

from openlint.model import RepoReport, Report
from openlint.report.formatters import display_path
from openlint.report.formatters.safe import neutralise, visible
from openlint.report.formatters.summary import Tally, mention_lines, paint, statistics_lines, summary_lines


def finding_lines(repo: RepoReport, color: bool) -> list[str]:
    lines = []
    for f in repo.findings:
        where = paint(visible(f"{display_path(repo.path, f.file)}:{f.line}:{f.column}:"), "bold", color)
        lines.append(f"{where} {paint(f.code, f.severity, color)} {visible(f.message)}")
    return lines


def render(report: Report) -> str:
    lines = statistics_lines(report) if report.statistics else []
    for repo in report.repositories if not report.statistics else ():
        lines += finding_lines(repo, report.color)
    if report.quiet:
        return neutralise("\n".join(lines) + "\n") if lines else ""
    if lines:
        lines.append("")
    for repo in report.repositories:
        lines += mention_lines(repo)
    lines += summary_lines(report)
    return neutralise("\n".join(lines) + "\n")  # values are on their own lines (visible): no `::`, no `##[`


class Stream(Tally):
    """A run over several repositories, written as each is checked: its findings, its mentions
    and its verdicts (each naming it), then the line that counts them all."""

    def repository(self, repo: RepoReport) -> str:
        self.add(repo)
        lines = [] if self.flags.statistics else finding_lines(repo, self.flags.color)
        if not self.flags.quiet:
            lines += mention_lines(repo) + self.verdict_lines(repo)
        return neutralise("\n".join(lines) + "\n") if lines else ""

    def end(self) -> str:
        lines = self.end_lines()
        return neutralise("\n".join(lines) + "\n") if lines else ""
