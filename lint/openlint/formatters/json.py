"""The versioned JSON envelope described by schemas/report.schema.json."""

from __future__ import annotations

import json

from openlint.model import Report, RepoReport
from openlint.records import is_record

FORMAT_VERSION = 1


def plain(value):
    """Records as dicts, like dataclasses.asdict but without its deep copies (a batch of
    10,000 repositories is rendered in one process)."""
    if is_record(value):
        return {key: plain(item) for key, item in vars(value).items()}
    if isinstance(value, list):
        return [plain(item) for item in value]
    if isinstance(value, dict):
        return {key: plain(item) for key, item in value.items()}
    return value


def verdict(v) -> dict:
    out = plain(v)
    out["class"] = out.pop("mof_class")  # `class` is a keyword in Python, not in the report
    return out


def repository(repo: RepoReport) -> dict:
    return {
        "path": repo.path,
        "files": repo.files,
        "licenses": [vars(x).copy() for x in repo.licenses],
        "claims": [vars(x).copy() for x in repo.claims],
        "verdicts": [verdict(x) for x in repo.verdicts],
        "findings": [vars(x).copy() for x in repo.findings],
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
