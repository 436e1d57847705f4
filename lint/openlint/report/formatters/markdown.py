"""A Markdown report for a CI job summary (GitHub's $GITHUB_STEP_SUMMARY, or any Markdown page).

The verdict on each claim comes first (a table), then each verdict's per-component table (folded),
then the findings grouped by file with each code linked to its rule's documentation, then counts.
GitHub accepts at most 1 MiB per step summary: past a budget (in bytes) the remaining findings
are counted, not listed.

Text from the repository reaches the page in messages, paths, claims and licenses, and the page is
rendered where the pull request's reviewers read it: every such value is shown as text, never read
as Markdown or HTML (no link, image, tag, code span, heading or extra table cell), on one line, and
with no `::` or `##[` for the log when the summary is printed (safe.py). openlint's own messages
are escaped alike, since a message mixes both.
"""

from __future__ import annotations

import html
import re

from openlint import rules
from openlint.model import Finding, RepoReport, Report, Verdict
from openlint.report.formatters import display_path, plural, repositories_word
from openlint.report.formatters.safe import markdown_text, neutralise, visible

BUDGET = 900_000  # bytes of UTF-8; GitHub's limit is 1 MiB per step summary
SEVERITY_ICONS = {"error": "🔴 error", "warning": "🟠 warning", "info": "🔵 info"}


def cell(text: str) -> str:
    """Text for a table cell, shown as it is: Markdown and HTML escaped, pipes escaped, one line."""
    return neutralise(markdown_text(text))


def code_cell(text: str, table: bool = True) -> str:
    """Text shown as code (in a table cell, or not), whatever backticks it holds, on one line."""
    text = visible(text)
    fence = "`" * (max((len(m) for m in re.findall(r"`+", text)), default=0) + 1)
    pad = " " if text.startswith("`") or text.endswith("`") else ""
    span = neutralise(f"{fence}{pad}{text}{pad}{fence}")
    return span.replace("|", "\\|") if table else span


def met_cell(v: Verdict) -> str:
    if v.met is None:
        return "❔ not evaluated"
    if v.claim:
        return "✅ met" if v.met else "❌ not met"
    return "✅ would be met (no claim)" if v.met else "❌ not met (no claim)"


ROMAN = {1: "I", 2: "II", 3: "III"}


def class_cell(v: Verdict) -> str:
    """The class reached and, for the classes above it, how far along the release is."""
    if not v.class_label:
        return ""
    from openlint.judge import definitions

    data = definitions.load(v.definition) if v.definition in definitions.available() else {}
    roman = data.get("badge", {}).get("classes") == "roman"
    above = []
    for level, pct in v.progress.items():
        n = int(level) if str(level).isdigit() else None
        if n is not None and (not v.mof_class or n < v.mof_class):
            name = f"class {ROMAN.get(n, n)}" if roman else data.get("class_labels", {}).get(str(n), f"level {n}")
            above.append(f"{name}: {pct}%")
    return cell(v.class_label) + (f" (towards {', '.join(above)})" if above else "")


def verdict_table(report: Report) -> list[str]:
    several = len(report.repositories) > 1
    with_class = any(v.class_label for r in report.repositories for v in r.verdicts)
    header = (["Repository"] if several else []) + ["Definition", "Claim", "Where", "Met"] + (["Class"] if with_class else [])
    rows = ["| " + " | ".join(header) + " |", "|" + "---|" * len(header)]
    for repo in report.repositories:
        for v in repo.verdicts:
            where = code_cell(f"{display_path(repo.path, v.claim_file)}:{v.claim_line}") if v.claim and v.claim_file else "—"
            row = ([code_cell(repo.path)] if several else []) + [
                cell(v.title),
                code_cell(v.claim) if v.claim else "— (for information)",
                where,
                met_cell(v),
            ]
            if with_class:
                row.append(class_cell(v))
            rows.append("| " + " | ".join(row) + " |")
    return rows


def component_table(repo: RepoReport, v: Verdict) -> list[str]:
    label = f"{v.title}: components" + (f" of `{repo.path}`" if repo.path not in (".", "") else "")
    out = ["<details>", f"<summary>{neutralise(html.escape(visible(label), quote=False))}</summary>", ""]
    if v.reasons and not v.met:
        out += ["Why not: " + cell("; ".join(v.reasons)), ""]
    out += ["| Component | Requirement | Declared | Where | License | Acceptable |", "|---|---|---|---|---|---|"]
    for c in v.components:
        if c.requirement == "optional" and not c.declared:
            continue
        license = cell(c.license) if c.license else "—"
        if c.relies_on:
            license += f" (relies on {cell(c.relies_on)})"
        acceptable = "—" if c.acceptable is None else ("✅" if c.acceptable else "❌")
        where = ", ".join(code_cell(w) for w in c.where) or "—"
        out.append(f"| {cell(c.component)} | {c.requirement} | {'yes' if c.declared else 'no'} | {where} | {license} | {acceptable} |")
    out += ["", "</details>", ""]
    return out


def finding_row(f: Finding) -> str:
    rule = rules.registry().get(f.code)
    code = f"[{f.code}]({rule.url})" if rule else f.code
    line = f"{f.line}:{f.column}" if f.file not in ("", ".") else "—"
    return f"| {line} | {SEVERITY_ICONS.get(f.severity, f.severity)} | {code} {cell(f.name)} | {cell(f.message)} | {cell(f.fix)} |"


def findings_section(report: Report, budget: int) -> list[str]:
    groups: dict[str, list[Finding]] = {}
    for repo in report.repositories:
        for f in repo.findings:
            key = display_path(repo.path, f.file) if f.file not in ("", ".") else display_path(repo.path, ".")
            groups.setdefault(key, []).append(f)
    if not groups:
        return ["### Findings", "", "No findings.", ""]
    out = ["### Findings", ""]
    used = 0
    left = 0
    for path, findings in groups.items():
        block = [f"#### {code_cell(path, table=False)}", "", "| Line | Severity | Rule | Message | Fix |", "|---|---|---|---|---|"]
        block += [finding_row(f) for f in findings] + [""]
        size = _size(block)
        if used + size > budget:
            left += len(findings)
            continue
        used += size
        out += block
    if left:
        out += [f"*{plural(left, 'more finding')} not listed here: the summary would pass GitHub's 1 MiB limit; "
                "see the log or a SARIF/JSON report.*", ""]
    return out


def counts_section(report: Report) -> list[str]:
    per_rule: dict[str, list[Finding]] = {}
    for repo in report.repositories:
        for f in repo.findings:
            per_rule.setdefault(f.code, []).append(f)
    out = ["### Counts", ""]
    if per_rule:
        out += ["| Rule | Severity | Count |", "|---|---|---:|"]
        for code in sorted(per_rule):
            first = per_rule[code][0]
            rule = rules.registry().get(code)
            link = f"[{code}]({rule.url})" if rule else code
            out.append(f"| {link} {cell(first.name)} | {first.severity} | {len(per_rule[code])} |")
        out.append("")
    counts = report.summary()
    out.append(
        f"**{plural(counts['errors'], 'error')}, {plural(counts['warnings'], 'warning')}, "
        f"{plural(counts['infos'], 'info')}** in {repositories_word(len(report.repositories))} "
        f"(openlint {cell(report.tool_version)})."
    )
    return out + [""]


def render(report: Report) -> str:
    counts = report.summary()
    icon = "❌" if counts["errors"] else ("⚠️" if counts["warnings"] else "✅")
    verdicts = [v for r in report.repositories for v in r.verdicts]
    out = [
        f"## {icon} openlint: {plural(counts['errors'], 'error')}, {plural(counts['warnings'], 'warning')}, "
        f"{plural(counts['infos'], 'info')}",
        "",
    ]
    if verdicts:
        out += ["### Verdicts", ""] + verdict_table(report) + [""]
        for repo in report.repositories:
            for v in repo.verdicts:
                if v.components:
                    out += component_table(repo, v)
    tail = counts_section(report)
    budget = BUDGET - _size(out) - _size(tail)
    out += findings_section(report, budget) + tail
    return neutralise("\n".join(out).rstrip("\n") + "\n")  # a safety net: the values are neutralised already


def _size(lines: list[str]) -> int:
    """Bytes the lines take in the summary: a value of multi-byte characters counts for what it is."""
    return sum(len(line.encode("utf-8", "surrogatepass")) + 1 for line in lines)
