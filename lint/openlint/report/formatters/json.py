"""The versioned JSON envelope described by schemas/report.schema.json."""

from __future__ import annotations

import json

from openlint._support.records import is_record
from openlint.model import RepoReport, Report
from openlint.report.formatters.safe import json_text

FORMAT_VERSION = 1


def _fields(value) -> dict:
    """What json.dumps cannot encode itself: the report's records, as their fields. Letting the
    encoder walk the lists and dicts keeps rendering a batch of 10,000 repositories cheap."""
    if is_record(value):
        return vars(value)
    raise TypeError(f"{type(value).__name__} is not part of a report")


def dumps(value, **options) -> str:
    return json.dumps(value, default=_fields, ensure_ascii=False, **options)


def verdict(v) -> dict:
    out = dict(vars(v))
    out["class"] = out.pop("mof_class")  # `class` is a keyword in Python, not in the report
    return out


def repository(repo: RepoReport) -> dict:
    return {
        "path": repo.path,
        "files": repo.files,
        "licenses": repo.licenses,
        "claims": repo.claims,
        "mentions": repo.mentions,
        "verdicts": [verdict(x) for x in repo.verdicts],
        "findings": repo.findings,
        "summary": repo.summary(),
    }


def envelope(report: Report) -> dict:
    return {
        "format": FORMAT_VERSION,
        "tool": {"name": "openlint", "version": report.tool_version},
        "repositories": [repository(r) for r in report.repositories],
        "summary": report.summary(),
    }


def render(report: Report) -> str:
    return json_text(dumps(envelope(report), indent=2)) + "\n"  # no `##[` for a CI log (safe.py)
