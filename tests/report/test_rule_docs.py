"""`openlint rule` and docs/rules.md, both rendered from the rule registry."""

from __future__ import annotations

import json
import re
import subprocess
import sys

import pytest
from helpers import ROOT
from openlint import rules
from openlint.report import rule_docs

DOCS = ROOT / "docs" / "rules.md"
REGENERATE = "python -m openlint.report.rule_docs docs/rules.md"


def one_error_line(result) -> str:
    assert result.code == 2 and result.out == ""
    assert result.err.count("\n") == 1 and result.err.startswith("openlint: error: "), result.err
    return result.err[len("openlint: error: ") : -1]


def github_anchors(markdown: str) -> set[str]:
    """The anchors GitHub gives the headings of a Markdown file (lower case, punctuation dropped, spaces to '-')."""
    anchors, seen = set(), {}
    in_code = False
    for line in markdown.splitlines():
        if line.startswith("```"):
            in_code = not in_code
        match = None if in_code else re.match(r"^#{1,6}\s+(.*?)\s*$", line)
        if match:
            slug = re.sub(r"[^\w\- ]", "", match.group(1).lower()).replace(" ", "-")
            count = seen.get(slug, 0)
            seen[slug] = count + 1
            anchors.add(slug if count == 0 else f"{slug}-{count}")
    return anchors


def test_docs_rules_md_is_up_to_date():
    assert DOCS.read_text(encoding="utf-8") == rule_docs.render_docs(), f"docs/rules.md is stale: run `{REGENERATE}`"


def test_every_rule_url_points_at_its_heading():
    anchors = github_anchors(rule_docs.render_docs())
    for rule in rules.registry().values():
        assert rule.url.startswith("https://github.com/openlint/openlint/blob/main/docs/rules.md#")
        fragment = rule.url.split("#", 1)[1]
        assert fragment == f"{rule.code.lower()}-{rule.name}" == rule_docs.anchor(rule)
        assert fragment in anchors, rule.code


def test_docs_index_links_every_rule_once():
    text = rule_docs.render_docs()
    for rule in rules.registry().values():
        assert text.count(f"](#{rule_docs.anchor(rule)})") == 1, rule.code
        assert text.count(f"\n## {rule.code} {rule.name}\n") == 1, rule.code


def test_module_regenerates_the_file(tmp_path):
    target = tmp_path / "rules.md"
    done = subprocess.run([sys.executable, "-m", "openlint.report.rule_docs", str(target)], capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    assert target.read_text(encoding="utf-8") == rule_docs.render_docs()


def test_rule_all_markdown_is_the_docs_page(cli):
    result = cli("rule", "--all", "--output-format", "markdown")
    assert (result.code, result.err) == (0, "")
    assert result.out == rule_docs.render_docs()


def test_rule_text_is_markdown_with_the_sections(cli):
    result = cli("rule", "OL401")
    assert (result.code, result.err) == (0, "")
    lines = result.out.splitlines()
    assert lines[0] == "# claim-component-missing (OL401)"
    assert "Default severity: error" in lines
    assert any(line.startswith("Clause: ") for line in lines)
    headings = [line for line in lines if line.startswith("## ")]
    assert headings == ["## What it checks", "## Why it matters", "## How to fix", "## Example"]
    rule = rules.get("OL401")
    assert rule.summary in result.out and rule.why in result.out and rule.example in result.out
    assert f"It rests on: {rule.clause}." in result.out
    assert rule.url in result.out


def test_fix_placeholders_are_shown_readably(cli):
    out = cli("rule", "OL401").out
    how = out.split("## How to fix\n\n", 1)[1].split("\n\n", 1)[0]
    assert "{" not in how and "}" not in how
    assert how == (
        "Release the `<component>` and declare it in openness.toml as `[components.<component>]` "
        "with `path` or `url` and `license`."
    )


def test_a_fix_that_is_all_placeholder_is_explained(cli):
    out = cli("rule", "OL102").out
    assert "`<fix>`" not in out and "Each finding says how to fix it" in out


def test_readable_template():
    assert rule_docs.readable_template("Replace '{license}' with '{current}'.") == "Replace '`<license>`' with '`<current>`'."
    assert rule_docs.readable_template("`license: {suggestion}` or {x}") == "`license: <suggestion>` or `<x>`"
    assert rule_docs.readable_template("no fields") == "no fields"


@pytest.mark.parametrize("query", ["OL401", "ol401", " OL401 ", "claim-component-missing", "CLAIM-COMPONENT-MISSING"])
def test_rule_by_code_or_name(cli, query):
    result = cli("rule", query)
    assert result.code == 0 and result.out.startswith("# claim-component-missing (OL401)\n")


def test_rule_json_has_the_fields(cli):
    result = cli("rule", "claim-component-missing", "--output-format", "json")
    assert (result.code, result.err) == (0, "")
    data = json.loads(result.out)
    rule = rules.get("OL401")
    for field in ("code", "name", "severity", "clause", "summary", "message", "fix", "why", "example", "url"):
        assert data[field] == getattr(rule, field), field
    assert data["parameters"] == ["claim", "clause", "component"]
    assert data["explanation"] == rule_docs.rule_markdown(rule)


def test_rule_all_json_is_every_rule_in_code_order(cli):
    result = cli("rule", "--all", "--output-format", "json")
    data = json.loads(result.out)
    assert [r["code"] for r in data] == sorted(rules.registry())


def test_rule_all_text_explains_every_rule(cli):
    out = cli("rule", "--all").out
    for rule in rules.registry().values():
        assert f"# {rule.name} ({rule.code})\n" in out


@pytest.mark.parametrize(
    "query, message",
    [
        ("OL499", "unknown rule 'OL499'; did you mean OL409 (license-restriction)?"),
        ("OL40", "unknown rule 'OL40'; did you mean OL401 (claim-component-missing)?"),
        ("claim-component-mising", "unknown rule 'claim-component-mising'; did you mean OL401 (claim-component-missing)?"),
        ("zzzz", "unknown rule 'zzzz' (run `openlint rule --all` to list the rules)"),
    ],
)
def test_unknown_rule_is_one_line_with_a_suggestion(cli, query, message):
    assert one_error_line(cli("rule", query)) == message


def test_rule_needs_a_code_or_all(cli):
    assert one_error_line(cli("rule")) == "give a rule's CODE or name, or --all"
    assert one_error_line(cli("rule", "OL401", "--all")) == "give a rule's CODE or --all, not both"
    assert one_error_line(cli("rule", "OL401", "--output-format", "xml")).startswith("argument --output-format: invalid choice")
