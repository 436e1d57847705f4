"""Text shared by the human-readable formats: the summary line and the verdict lines."""

from __future__ import annotations

from openlint.model import Report, Verdict
from openlint.report.formatters import display_path, plural


def verdict_line(verdict: Verdict, repo_path: str) -> str:
    reached = f", {verdict.class_label}" if verdict.class_label else ""
    if verdict.claim:
        where = display_path(repo_path, verdict.claim_file or "") + f":{verdict.claim_line}"
        state = "met" if verdict.met else "NOT MET"
        return f"{verdict.title}: {state}{reached} (claim '{verdict.claim}' at {where})"
    state = "would be met" if verdict.met else "not met"
    return f"{verdict.title}: {state}{reached} (no claim; for information)"


def summary_lines(report: Report) -> list[str]:
    counts = report.summary()
    repos = plural(len(report.repositories), "repository").replace("repositorys", "repositories")
    lines = [
        f"Found {plural(counts['errors'], 'error')}, {plural(counts['warnings'], 'warning')}, "
        f"{plural(counts['infos'], 'info')} in {repos}."
    ]
    for repo in report.repositories:
        prefix = "" if len(report.repositories) == 1 else f"{repo.path}: "
        lines += [prefix + verdict_line(v, repo.path) for v in repo.verdicts]
    return lines


def mention_lines(repo) -> list[str]:
    """`--show-claims`: every mention of openness in prose, with its role and the rule that gave it."""
    lines = []
    for m in repo.mentions:
        subject = f"; subject: {m.subject}" if m.subject else ""
        lines.append(f"{display_path(repo.path, m.file)}:{m.line}:{m.column}: '{m.term}' is {m.role} ({m.rule}: {m.why}){subject}")
    return ["Mentions of openness:"] + lines + [""] if lines else []

