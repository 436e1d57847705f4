"""The versioned JSON envelope described by schemas/report.schema.json."""

from __future__ import annotations

import json
from dataclasses import asdict

from openlint.model import Report, RepoReport

FORMAT_VERSION = 1


def verdict(v) -> dict:
    out = asdict(v)
    out["class"] = out.pop("mof_class")  # `class` is a keyword in Python, not in the report
    return out


def repository(repo: RepoReport) -> dict:
    return {
        "path": repo.path,
        "files": repo.files,
        "licenses": [asdict(x) for x in repo.licenses],
        "claims": [asdict(x) for x in repo.claims],
        "verdicts": [verdict(x) for x in repo.verdicts],
        "findings": [asdict(x) for x in repo.findings],
        "summary": {"errors": repo.count("error"), "warnings": repo.count("warning"), "infos": repo.count("info")},
    }


def envelope(report: Report) -> dict:
    return {
        "format": FORMAT_VERSION,
        "tool": {"name": "openlint", "version": report.tool_version},
        "repositories": [repository(r) for r in report.repositories],
        "summary": report.summary(),
    }


def render(report: Report) -> str:
    return json.dumps(envelope(report), indent=2, ensure_ascii=False) + "\n"
