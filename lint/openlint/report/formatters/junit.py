"""JUnit XML, as GitLab merge requests and Jenkins read it.

One test suite per repository and in it one test case per rule of the registry: the rule was
checked on that repository, so the case passes when the rule found nothing and fails otherwise,
its <failure> listing every finding of the rule (file:line:col message, fix, clause). The
failure's `type` is the most severe of those findings, so readers can tell infos from errors.
Each suite's properties carry the repository's verdicts.

The text stays well-formed XML whatever a file name or value holds (characters XML 1.0 cannot
carry become U+FFFD), each finding stays on its lines in a failure's text (`visible`), and no
`::` or `##[` is left for a CI log (character references, which read back the same: safe.py).
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET

from openlint import rules
from openlint.model import SEVERITY_RANK, Finding, RepoReport, Report
from openlint.report.formatters import display_path, family, plural
from openlint.report.formatters.safe import visible, xml_text

_NOT_XML = re.compile("[^\t\n\r\x20-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")


def _xml(text: str) -> str:
    """Text XML 1.0 can carry: control characters (from a file name, say) become U+FFFD."""
    return _NOT_XML.sub("\ufffd", text)


def _verdict_value(met: bool | None, claim: str | None) -> str:
    if met is None:
        return "not evaluated"
    if claim:
        return "met" if met else "not met"
    return ("would be met" if met else "not met") + " (no claim)"


def _failure_text(repo: RepoReport, findings: list[Finding]) -> str:
    blocks = []
    for f in findings:
        blocks.append(
            visible(f"{display_path(repo.path, f.file)}:{f.line}:{f.column}: {f.code} [{f.severity}] {f.message}") + "\n"
            f"  fix: {visible(f.fix)}\n  clause: {visible(f.clause)}"
        )
    return "\n".join(blocks) + "\n"


def suite(repo: RepoReport) -> ET.Element:
    registry = rules.registry()
    by_code: dict[str, list[Finding]] = {}
    for f in repo.findings:
        by_code.setdefault(f.code, []).append(f)
    codes = sorted(set(registry) | set(by_code))
    failed = sum(1 for code in codes if by_code.get(code))
    element = ET.Element(
        "testsuite",
        {"name": _xml(repo.path), "tests": str(len(codes)), "failures": str(failed), "errors": "0", "skipped": "0", "time": "0"},
    )
    props = ET.SubElement(element, "properties")
    for v in repo.verdicts:
        value = _verdict_value(v.met, v.claim) + (f", {v.class_label}" if v.class_label else "")
        ET.SubElement(props, "property", {"name": _xml(f"verdict:{v.definition}"), "value": _xml(value)})
    for code in codes:
        rule = registry.get(code)
        name = f"{code} {rule.name if rule else by_code[code][0].name}"
        case = ET.SubElement(element, "testcase", {"name": _xml(name), "classname": f"openlint.{family(code)}", "time": "0"})
        found = by_code.get(code)
        if not found:
            continue
        first = found[0]
        case.set("file", _xml(display_path(repo.path, first.file)))
        case.set("line", str(first.line))
        worst = min(found, key=lambda f: SEVERITY_RANK.get(f.severity, 9)).severity
        summary = first.message if len(found) == 1 else f"{plural(len(found), 'finding')}; first: {first.message}"
        failure = ET.SubElement(case, "failure", {"message": _xml(summary), "type": worst})
        failure.text = _xml(_failure_text(repo, found))
    return element


def render(report: Report) -> str:
    suites = [suite(repo) for repo in report.repositories]
    root = ET.Element(
        "testsuites",
        {
            "name": "openlint",
            "tests": str(sum(int(s.get("tests", "0")) for s in suites)),
            "failures": str(sum(int(s.get("failures", "0")) for s in suites)),
            "errors": "0",
            "time": "0",
        },
    )
    root.extend(suites)
    ET.indent(root)
    return '<?xml version="1.0" encoding="UTF-8"?>\n' + xml_text(ET.tostring(root, encoding="unicode")) + "\n"
