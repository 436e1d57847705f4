"""Like concise, plus the source line, the fix, the clause, and each verdict's component table.

Repository text is shown on its line and cannot make a CI command (safe.py)."""

from __future__ import annotations

from openlint.model import Report, Verdict
from openlint.report.formatters import display_path
from openlint.report.formatters.safe import neutralise, visible
from openlint.report.formatters.summary import mention_lines, paint, statistics_lines, summary_lines, verdict_line

WINDOW = 120  # characters of a long source line shown: a finding on a 1 MB line prints a window of it
LEAD = WINDOW // 3  # of them, before the finding's column
CUT = "…"  # where the window cuts the line


def _source(lines: list[str] | None, line: int, column: int, end_column: int | None, end_line: int | None) -> list[str]:
    if not lines or line < 1 or line > len(lines):
        return []
    raw = lines[line - 1]
    at = min(max(column - 1, 0), len(raw))
    span = 1
    if end_column and (end_line in (None, line)) and end_column > column:
        span = end_column - column
    start, end = 0, len(raw)
    if len(raw) > WINDOW:
        start = max(0, min(at - LEAD, len(raw) - WINDOW))
        end = start + WINDOW
        span = max(1, min(span, end - at))
    before = (CUT if start else "") + visible(raw[start:at])
    text = before + visible(raw[at:end]) + (CUT if end < len(raw) else "")
    marked = len(visible(raw[at : at + span])) + max(0, at + span - end)  # a span may end past the line
    width = len(str(line))
    pad = "".join("\t" if char == "\t" else " " for char in before)  # a tab is as wide below as above
    pad += " " * max(0, column - 1 - len(raw))  # a column past the end of its line
    return [
        f" {' ' * width} |",
        f" {line} | {text}",
        f" {' ' * width} | {pad}{'^' * marked}",
    ]


def component_table(verdict: Verdict) -> list[str]:
    rows = [("component", "requirement", "declared", "where", "license", "acceptable")]
    for c in verdict.components:
        if c.requirement == "optional" and not c.declared:
            continue
        ok = "-" if c.acceptable is None else ("yes" if c.acceptable else "no")
        rows.append(
            (
                visible(c.component),
                c.requirement,
                "yes" if c.declared else "no",
                visible(", ".join(c.where)) or "-",
                visible((c.license or "-") + (f" (relies on {c.relies_on})" if c.relies_on else "")),
                ok,
            )
        )
    widths = [max(len(r[i]) for r in rows) for i in range(len(rows[0]))]
    return ["  " + "  ".join(cell.ljust(w) for cell, w in zip(row, widths)).rstrip() for row in rows]


def render(report: Report) -> str:
    out: list[str] = statistics_lines(report) + [""] if report.statistics else []
    for repo in report.repositories:
        for f in repo.findings if not report.statistics else ():
            where = paint(visible(f"{display_path(repo.path, f.file)}:{f.line}:{f.column}:"), "bold", report.color)
            out.append(f"{where} {paint(f.code, f.severity, report.color)} [{f.severity}] {f.name}: {visible(f.message)}")
            out += _source(repo.sources.get(f.file), f.line, f.column, f.end_column, f.end_line)
            out.append(f"  = fix: {visible(f.fix)}")
            out.append(f"  = clause: {visible(f.clause)}")
            out.append("")
        if report.quiet:
            continue
        out += mention_lines(repo)
        for v in repo.verdicts:
            out.append(verdict_line(v, repo.path, report.color))
            out += component_table(v)
            out.append("")
    if report.quiet:
        return neutralise("\n".join(out) + "\n") if out else ""
    out += summary_lines(report)
    return neutralise("\n".join(out) + "\n")
