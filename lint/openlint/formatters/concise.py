"""`path:line:col: CODE message`, one finding per line, then the summary and verdicts."""

from __future__ import annotations

from openlint.formatters import display_path
from openlint.formatters.summary import summary_lines
from openlint.model import Report


def render(report: Report) -> str:
    lines = []
    for repo in report.repositories:
        for f in repo.findings:
            lines.append(f"{display_path(repo.path, f.file)}:{f.line}:{f.column}: {f.code} {f.message}")
    if lines:
        lines.append("")
    lines += summary_lines(report)
    return "\n".join(lines) + "\n"
