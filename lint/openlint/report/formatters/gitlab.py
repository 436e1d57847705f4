"""GitLab Code Quality report: a JSON array of Code Climate issues, one per finding.

Severities: a claim or verdict error (OL4xx) is `critical` (the release says something about
itself that is not so), another error `major`, a warning `minor`, an info `info`. Fingerprints
are the same as the SARIF ones: stable across runs and when lines move, unique in the report.
"""

from __future__ import annotations

import json

from openlint.model import Finding, Report
from openlint.report.formatters import display_path, family, fingerprints
from openlint.report.formatters.safe import json_text

SEVERITIES = {"error": "major", "warning": "minor", "info": "info"}


def severity(f: Finding) -> str:
    if f.severity == "error" and family(f.code) == "claim":
        return "critical"
    return SEVERITIES.get(f.severity, "info")


def issues(report: Report) -> list[dict]:
    prints = fingerprints(report)
    out = []
    for repo in report.repositories:
        for f in repo.findings:
            out.append(
                {
                    "description": f"{f.code} {f.message}",
                    "check_name": f.code,
                    "fingerprint": prints[id(f)],
                    "severity": severity(f),
                    "location": {
                        "path": display_path(repo.path, f.file),
                        "lines": {"begin": max(1, f.line), "end": max(1, f.line, f.end_line or f.line)},
                    },
                    "content": {"body": f"Fix: {f.fix}\n\nClause: {f.clause}"},
                }
            )
    return out


def render(report: Report) -> str:
    return json_text(json.dumps(issues(report), indent=2, ensure_ascii=False)) + "\n"  # no `##[` for a CI log (safe.py)
