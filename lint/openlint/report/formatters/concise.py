"""`path:line:col: CODE message`, one finding per line, then the summary and verdicts.

With --statistics, a count per code instead of the findings (as ruff's --statistics); with
--quiet, the findings only; with colour, the code in its severity's colour. Repository text is
shown on its line and cannot make a CI command (report/formatters/safe.py)."""

from __future__ import annotations

from openlint.model import Report
from openlint.report.formatters import display_path
from openlint.report.formatters.safe import neutralise, visible
from openlint.report.formatters.summary import mention_lines, paint, statistics_lines, summary_lines


def render(report: Report) -> str:
    lines = statistics_lines(report) if report.statistics else []
    for repo in report.repositories if not report.statistics else ():
        for f in repo.findings:
            where = paint(visible(f"{display_path(repo.path, f.file)}:{f.line}:{f.column}:"), "bold", report.color)
            lines.append(f"{where} {paint(f.code, f.severity, report.color)} {visible(f.message)}")
    if report.quiet:
        return neutralise("\n".join(lines) + "\n") if lines else ""
    if lines:
        lines.append("")
    for repo in report.repositories:
        lines += mention_lines(repo)
    lines += summary_lines(report)
    return neutralise("\n".join(lines) + "\n")  # values are on their own lines (visible): no `::`, no `##[`
