"""GitLab Code Quality report: a JSON array of Code Climate issues, one per finding.

Severities: a claim or verdict error (OL4xx) is `critical` (the release says something about
itself that is not so), another error `major`, a warning `minor`, an info `info`. Fingerprints
are the same as the SARIF ones: stable across runs and when lines move, unique in the report.
"""

from __future__ import annotations

import json

from openlint.model import Finding, RepoReport, Report
from openlint.report.formatters import display_path, family, fingerprints
from openlint.report.formatters.safe import json_text

SEVERITIES = {"error": "major", "warning": "minor", "info": "info"}


def severity(f: Finding) -> str:
    if f.severity == "error" and family(f.code) == "claim":
        return "critical"
    return SEVERITIES.get(f.severity, "info")


def issues(report: Report) -> list[dict]:
    prints = fingerprints(report)
    return [issue(repo, f, prints[id(f)]) for repo in report.repositories for f in repo.findings]


def issue(repo: RepoReport, f: Finding, fingerprint: str) -> dict:
    return {
        "description": f"{f.code} {f.message}",
        "check_name": f.code,
        "fingerprint": fingerprint,
        "severity": severity(f),
        "location": {
            "path": display_path(repo.path, f.file),
            "lines": {"begin": max(1, f.line), "end": max(1, f.line, f.end_line or f.line)},
        },
        "content": {"body": f"Fix: {f.fix}\n\nClause: {f.clause}"},
    }


def render(report: Report) -> str:
    return json_text(json.dumps(issues(report), indent=2, ensure_ascii=False)) + "\n"  # no `##[` for a CI log (safe.py)


class Stream:
    """The same JSON array, written a repository at a time. Fingerprints count identical
    findings within a repository (the same path given twice would share them)."""

    def __init__(self, report: Report):
        self.items = 0

    def repository(self, repo: RepoReport) -> str:
        prints = fingerprints(Report("", [repo]))
        out = []
        for f in repo.findings:
            text = json.dumps(issue(repo, f, prints[id(f)]), indent=2, ensure_ascii=False)
            out.append(("[\n" if self.items == 0 else ",\n") + "  " + text.replace("\n", "\n  "))
            self.items += 1
        return json_text("".join(out))  # no `##[` for a CI log (safe.py)

    def end(self) -> str:
        return "\n]\n" if self.items else "[]\n"
