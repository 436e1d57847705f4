"""`path:line:col: CODE message`, one finding per line, then the summary and verdicts."""

from __future__ import annotations

from openlint.model import Report
from openlint.report.formatters import display_path
from openlint.report.formatters.summary import mention_lines, summary_lines


def render(report: Report) -> str:
    lines = []
    for repo in report.repositories:
        for f in repo.findings:
            lines.append(f"{display_path(repo.path, f.file)}:{f.line}:{f.column}: {f.code} {f.message}")
    if lines:
        lines.append("")
    for repo in report.repositories:
        lines += mention_lines(repo)
    lines += summary_lines(report)
    return "\n".join(lines) + "\n"
