"""SARIF 2.1.0 (OASIS), as GitHub code scanning reads it.

One run. `tool.driver.rules` lists every rule of the registry (not only those that fired), with
short and full descriptions, help as text and Markdown, the docs URL, the default level and tags.
Each result points at its file relative to `%SRCROOT%` (the directory openlint ran from, left for
the consumer to supply) with a full region, and carries fingerprints of its own that stay the same
across runs and when lines move. Columns count Unicode code points, as openlint's do.
"""

from __future__ import annotations

import json
import os
import posixpath
import re
from pathlib import Path
from urllib.parse import quote

from openlint import rules
from openlint.model import Finding, RepoReport, Report
from openlint.report.formatters import display_path, family, fingerprints
from openlint.report.formatters.safe import json_text
from openlint.rules import Rule

SCHEMA_URI = "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json"
INFORMATION_URI = "https://github.com/openlint/openlint"
SRCROOT = "%SRCROOT%"
FINGERPRINT_KEY = "openlint/v1"
SEMVER = re.compile(r"\d+\.\d+\.\d+(?:-[0-9A-Za-z.-]+)?(?:\+[0-9A-Za-z.-]+)?")
LEVELS = {"error": "error", "warning": "warning", "info": "note"}
PROBLEM_SEVERITY = {"error": "error", "warning": "warning", "info": "recommendation"}


def tags(rule: Rule) -> list[str]:
    text = f"{rule.name} {rule.clause} {rule.summary}"
    out = ["openlint", family(rule.code)]
    if "card" in rule.name or "model card" in text.lower():
        out.append("model-card")
    if "openness" in rule.name or "openness.toml" in text:
        out.append("openness-toml")
    if "OSAID" in text or "open-source-ai" in text:
        out.append("osaid")
    if "MOF" in text or "Model Openness Framework" in text:
        out.append("mof")
    return list(dict.fromkeys(out))


def help_text(rule: Rule) -> str:
    return (
        f"{rule.summary}\n\nWhy it matters: {rule.why}\n\nHow to fix: {rule.fix}\n\n"
        f"Example: {rule.example}\n\nClause: {rule.clause}\n\nDocs: {rule.url}"
    )


def help_markdown(rule: Rule) -> str:
    return (
        f"**{rule.code} {rule.name}**: {rule.summary}\n\n"
        f"### Why it matters\n\n{rule.why}\n\n"
        f"### How to fix\n\n{rule.fix}\n\n"
        f"### Example\n\n{rule.example}\n\n"
        f"### Clause\n\n{rule.clause}\n\n"
        f"[Rule documentation]({rule.url})"
    )


def _short(text: str, limit: int = 1024) -> str:  # GitHub's limit for descriptions
    return text if len(text) <= limit else text[: limit - 1] + "…"


def rule_descriptor(rule: Rule) -> dict:
    return {
        "id": rule.code,
        "name": rule.name,
        "shortDescription": {"text": _short(rule.summary)},
        "fullDescription": {"text": _short(f"{rule.summary} {rule.why}")},
        "help": {"text": help_text(rule), "markdown": help_markdown(rule)},
        "helpUri": rule.url,
        "defaultConfiguration": {"level": LEVELS.get(rule.severity, "note")},
        "properties": {
            "tags": tags(rule),
            "precision": "high",
            "problem.severity": PROBLEM_SEVERITY.get(rule.severity, "recommendation"),
            "clause": rule.clause,
        },
    }


def artifact_location(repo_path: str, file: str) -> dict:
    """Where a file is: relative to %SRCROOT% with forward slashes, or a file: URI if absolute.

    A finding about the repository as a whole (file ".") points at the repository's folder."""
    path = display_path(repo_path, file)
    folder = file in ("", ".")
    if os.path.isabs(path):
        uri = Path(path).as_uri()
        return {"uri": uri + ("/" if folder and not uri.endswith("/") else "")}
    posix = posixpath.normpath(path.replace(os.sep, "/"))
    uri = quote(posix, safe="/")
    if folder:
        uri = "./" if posix == "." else uri.rstrip("/") + "/"
    return {"uri": uri, "uriBaseId": SRCROOT}


def region(f: Finding) -> dict:
    out = {"startLine": max(1, f.line), "startColumn": max(1, f.column)}
    if f.end_line is not None:
        out["endLine"] = max(out["startLine"], f.end_line)
    if f.end_column is not None:
        out["endColumn"] = max(1, f.end_column)
    return out


def result(repo: RepoReport, f: Finding, index: dict[str, int], fingerprint: str) -> dict:
    physical: dict = {"artifactLocation": artifact_location(repo.path, f.file)}
    if f.file not in ("", "."):
        physical["region"] = region(f)
    out: dict = {"ruleId": f.code}
    if f.code in index:
        out["ruleIndex"] = index[f.code]
    out.update(
        {
            "level": LEVELS.get(f.severity, "note"),
            "message": {"text": f.message + (f"\nFix: {f.fix}" if f.fix else "")},
            "locations": [{"physicalLocation": physical}],
            "partialFingerprints": {
                FINGERPRINT_KEY: fingerprint,
                # GitHub keys alerts on this one only; openlint's survives lines moving too.
                "primaryLocationLineHash": f"{fingerprint[:16]}:1",
            },
            "properties": {"name": f.name, "severity": f.severity, "clause": f.clause, "repository": repo.path},
        }
    )
    return out


def verdicts(repo: RepoReport) -> list[dict]:
    return [
        {
            "definition": v.definition,
            "title": v.title,
            "claim": v.claim,
            "met": v.met,
            "class": v.mof_class,
            "classLabel": v.class_label,
        }
        for v in repo.verdicts
    ]


def log(report: Report) -> dict:
    registry = rules.registry()
    codes = sorted(registry)
    index = {code: i for i, code in enumerate(codes)}
    prints = fingerprints(report)
    results = [result(repo, f, index, prints[id(f)]) for repo in report.repositories for f in repo.findings]
    run = {
        "tool": {
            "driver": {
                "name": "openlint",
                "version": report.tool_version,
                "informationUri": INFORMATION_URI,
                "rules": [rule_descriptor(registry[code]) for code in codes],
            }
        },
        "invocations": [{"executionSuccessful": True}],
        "originalUriBaseIds": {
            SRCROOT: {"description": {"text": "The directory openlint was run from; repository paths are relative to it."}}
        },
        "columnKind": "unicodeCodePoints",
        "results": results,
        "properties": {"repositories": [{"path": r.path, "verdicts": verdicts(r)} for r in report.repositories]},
    }
    if SEMVER.fullmatch(report.tool_version):
        run["tool"]["driver"]["semanticVersion"] = report.tool_version
    return {"$schema": SCHEMA_URI, "version": "2.1.0", "runs": [run]}


def render(report: Report) -> str:
    return json_text(json.dumps(log(report), indent=2, ensure_ascii=False)) + "\n"  # no `##[` for a CI log (safe.py)
