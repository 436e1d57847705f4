"""CI formats: github, junit, gitlab, markdown, json-lines; several reports in one run.

SARIF has its own file (test_sarif.py). Each format is a pure function of the report, so the
exact-output tests build small reports by hand; the others run openlint on examples/ and on
small repositories built in tmp_path.
"""

from __future__ import annotations

import json
import re
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from helpers import ROOT
from openlint import __version__, rules
from openlint.model import Finding, RepoReport, Report, Verdict
from openlint.report.formatters import FORMATS, by_importance, render
from openlint.report.formatters import github as github_format
from openlint.report.formatters.summary import summary_lines
from repos import REPOS, open_repo

EXAMPLES = sorted(p for p in (ROOT / "examples").iterdir() if p.is_dir())
EXAMPLE_IDS = [p.name for p in EXAMPLES]
OL401_TRAINING = (
    "open-source-ai claim not met: training-code is not declared "
    "(OSAID 1.0 § Code: training, validation and testing code under an OSI-approved license)"
)
# A license file whose name holds a comma, a colon and a percent sign, and one holding a newline.
ODD_LICENSES = {
    "LICENSES/a,b:c%d.txt": "SPDX-License-Identifier: Apache-2.0\n",
    "LICENSES/x\ny.txt": "SPDX-License-Identifier: MIT\n",
}


def finding(code: str, severity: str | None = None, file: str = "README.md", line: int = 1, message: str = "m", **kw) -> Finding:
    rule = rules.get(code)
    return Finding(
        code=code,
        name=rule.name,
        severity=severity or rule.severity,
        message=message,
        file=file,
        line=line,
        column=kw.pop("column", 1),
        end_line=kw.pop("end_line", None),
        end_column=kw.pop("end_column", None),
        fix=kw.pop("fix", "do this"),
        clause=kw.pop("clause", rule.clause),
    )


def report_of(*findings: Finding, path: str = ".", verdicts: list[Verdict] | None = None) -> Report:
    return Report("9.9.9", [RepoReport(path=path, findings=list(findings), verdicts=verdicts or [])])


@pytest.fixture
def odd_repo(make_repo, monkeypatch):
    """One error (at the claim), one warning (in the card) and three infos, two of them in license
    files with awkward names; the cwd is the repository's root."""
    files = open_repo(drop=("training-code",)) | {"README.md": "---\nlicense: apache 2.0\n---\n# Tiny\n"} | ODD_LICENSES
    root = make_repo(files)
    monkeypatch.chdir(root)
    return root


# --- registry and CLI choices ----------------------------------------------------------------------


def test_every_format_is_registered_and_offered(cli, tmp_path):
    assert set(FORMATS) == {"concise", "full", "json", "json-lines", "github", "sarif", "junit", "gitlab", "markdown", "cyclonedx", "spdx3"}
    from openlint.cli import build_parser

    check = build_parser()._subparsers._group_actions[0].choices["check"]
    action = next(a for a in check._actions if a.dest == "output_format")
    assert sorted(action.choices) == sorted(FORMATS)


@pytest.mark.parametrize("output_format", sorted(FORMATS))
def test_every_format_renders_every_example(output_format):
    from openlint.pipeline import Options, check_repository

    report = Report(__version__, [check_repository(str(p), Options()) for p in EXAMPLES])
    text = render(output_format, report)
    assert text.endswith("\n") and text.strip()


# --- github -------------------------------------------------------------------------------------------


def test_github_output_exact(odd_repo, cli):
    result = cli("check", "--output-format", "github", ".")
    apache_fix = "Fix: Add the license text (for example as LICENSES/Apache-2.0.txt, the REUSE layout) if the release is distributed without it."
    mit_fix = "Fix: Add the license text (for example as LICENSES/MIT.txt, the REUSE layout) if the release is distributed without it."
    assert result.out.splitlines() == [
        "::error file=openness.toml,line=5,col=9,endLine=5,endColumn=25,title=OL401 claim-component-missing::"
        f"{OL401_TRAINING}%0AFix: Release the training-code and declare it in openness.toml as "
        "`[components.training-code]` with `path` or `url` and `license`.",
        "::warning file=README.md,line=2,col=10,title=OL201 unknown-license-id::"
        "unknown license 'apache 2.0'; did you mean 'apache-2.0'?%0AFix: Use the Hub id 'apache-2.0'.",
        "::notice file=LICENSE,line=1,col=1,title=OL214 standard-license-by-reference::"
        f"LICENSE names Apache License 2.0 without its text%0A{apache_fix}",
        # in the file property `,` `:` and `%` are escaped; in the message only `%`
        "::notice file=LICENSES/a%2Cb%3Ac%25d.txt,line=1,col=1,title=OL214 standard-license-by-reference::"
        f"LICENSES/a,b:c%25d.txt names Apache License 2.0 without its text%0A{apache_fix}",
        # a newline is escaped everywhere, so one finding stays one line: in the file property as
        # the runner expects (it is the real path), in the message visibly (report/formatters/safe.py)
        "::notice file=LICENSES/x%0Ay.txt,line=1,col=1,title=OL214 standard-license-by-reference::"
        f"LICENSES/x\\ny.txt names MIT License without its text%0A{mit_fix}",
        "",
        "Found 1 error, 1 warning, 3 infos in 1 repository.",
        "OSAID 1.0: NOT MET (claim 'open-source-ai' at openness.toml:5)",
    ]
    assert (result.code, result.err) == (1, "")


def test_github_escaping_of_data_and_properties():
    f = finding(
        "OL210",
        file="dir,1/a:b%c.md",
        line=3,
        column=4,
        end_line=3,
        end_column=9,
        message="100% wrong: a, b\r\nnext line",
        fix="fix: it, now",
    )
    assert github_format.annotation("models/x", f) == (
        "::error file=models/x/dir%2C1/a%3Ab%25c.md,line=3,col=4,endLine=3,endColumn=9,title=OL210 card-license-mismatch::"
        "100%25 wrong: a, b\\r\\nnext line%0AFix: fix: it, now"
    )


def test_github_title_is_a_property_and_is_escaped(monkeypatch):
    f = finding("OL210", message="m")
    f.name = "odd:name,here"
    assert ",title=OL210 odd%3Aname%2Chere::m%0AFix: do this" in github_format.annotation(".", f)


def test_github_multi_line_findings_have_no_columns():
    f = finding("OL101", line=2, column=5, end_line=4, end_column=3)
    assert github_format.annotation(".", f).startswith("::error file=README.md,line=2,endLine=4,title=OL101 ")


def test_github_repository_level_finding_has_no_file():
    f = finding("OL012", file=".")
    assert github_format.annotation("models/tiny", f) == "::warning title=OL012 no-model-card::m%0AFix: do this"


def test_github_plain_lines_cannot_be_taken_for_commands():
    zwsp = "\u200b"
    assert github_format.plain("::error::boom") == f":{zwsp}:error:{zwsp}:boom"
    assert github_format.plain("  ##[error]boom") == f"  #{zwsp}#[error]boom"
    assert github_format.plain("a\n::error::b") == f"a\\n:{zwsp}:error:{zwsp}:b"
    assert github_format.plain("Found 1 error.") == "Found 1 error."


def _many() -> Report:
    """12 errors (3 of them about claims, listed last), 13 warnings, 11 infos."""
    found = [finding("OL301", line=i) for i in range(1, 10)]
    found += [finding("OL401", file="openness.toml", line=i) for i in range(1, 4)]
    found += [finding("OL201", line=20 + i) for i in range(13)]
    found += [finding("OL214", file="LICENSE", line=i) for i in range(1, 12)]
    return report_of(*found)


def test_github_caps_annotations_at_ten_per_level_most_important_first():
    lines = github_format.render(_many()).splitlines()
    errors = [x for x in lines if x.startswith("::error ")]
    warnings = [x for x in lines if x.startswith("::warning ")]
    notices = [x for x in lines if x.startswith("::notice ")]
    assert (len(errors), len(warnings), len(notices)) == (10, 10, 10)
    # claim findings first among the errors, then the others in report order
    assert [re.search(r"title=(OL\d+)", x).group(1) for x in errors] == ["OL401"] * 3 + ["OL301"] * 7
    assert [re.search(r"line=(\d+)", x).group(1) for x in errors[3:]] == [str(i) for i in range(1, 8)]
    # errors, then warnings, then notices
    kinds = [x.split(" ", 1)[0] for x in lines if x.startswith("::") and not x.startswith("::group") and x != "::endgroup::"]
    assert kinds == ["::error"] * 10 + ["::warning"] * 10 + ["::notice"] * 10
    # the tenth notice is the overflow notice: 9 finding notices leave room for it
    overflow = notices[-1]
    assert overflow == (
        "::notice title=openlint::7 more findings (2 errors, 3 warnings, 2 infos) than GitHub shows as annotations: "
        "see the job summary (--summary-file) or the log of this step for all of them."
    )
    assert sum(1 for x in notices if "OL214" in x) == 9


def test_github_findings_left_out_are_in_a_log_group():
    lines = github_format.render(_many()).splitlines()
    start = lines.index("::group::openlint: 7 findings not annotated")
    end = lines.index("::endgroup::")
    assert lines[start + 1 : end] == [
        "README.md:8:1: OL301 m",
        "README.md:9:1: OL301 m",
        "README.md:30:1: OL201 m",
        "README.md:31:1: OL201 m",
        "README.md:32:1: OL201 m",
        "LICENSE:10:1: OL214 m",
        "LICENSE:11:1: OL214 m",
    ]
    assert lines[end + 1 :] == ["", "Found 12 errors, 13 warnings, 11 infos in 1 repository."]


def test_github_no_overflow_notice_when_everything_fits():
    found = [finding("OL301", line=i) for i in range(10)] + [finding("OL201", line=i) for i in range(10)]
    found += [finding("OL214", file="LICENSE", line=i) for i in range(10)]
    out = github_format.render(report_of(*found))
    assert out.count("::error ") == out.count("::warning ") == out.count("::notice ") == 10
    assert "title=openlint" not in out and "::group::" not in out


def test_github_one_error_over_the_cap_is_reported():
    out = github_format.render(report_of(*[finding("OL301", line=i) for i in range(11)]))
    assert out.count("::error ") == 10
    assert "::notice title=openlint::1 more finding (1 error) than GitHub shows" in out


@pytest.mark.parametrize("example", EXAMPLES, ids=EXAMPLE_IDS)
def test_github_on_examples(cli, example, monkeypatch):
    monkeypatch.chdir(ROOT)
    rel = example.relative_to(ROOT).as_posix()
    data = cli("check", "--output-format", "json", rel).json
    findings = data["repositories"][0]["findings"]
    lines = cli("check", "--output-format", "github", rel).out.splitlines()
    annotations = [x for x in lines if re.match(r"::(error|warning|notice) ", x)]
    assert len(annotations) == len(findings)  # the examples stay under the caps
    for line in annotations:
        match = re.search(r"file=([^,]*),line=(\d+)", line)
        assert match and match.group(1).startswith(rel + "/"), line
    footer = lines[lines.index("") + 1 :]
    assert footer[0].startswith("Found ") and footer[-1].startswith("OSAID 1.0: ")


def test_github_order_is_severity_then_claims():
    ordered = by_importance(_many())
    ranks = [(f.severity, f.code.startswith("OL4")) for _, f in ordered]
    assert ranks == sorted(ranks, key=lambda r: ({"error": 0, "warning": 1, "info": 2}[r[0]], not r[1]))


# --- junit ----------------------------------------------------------------------------------------------


def test_junit_one_case_per_rule_and_repository(make_repo, cli, tmp_path, monkeypatch):
    make_repo(REPOS["open"], name="good")
    make_repo(REPOS["missing-training-code"], name="bad")
    monkeypatch.chdir(tmp_path / "repos")
    result = cli("check", "--output-format", "junit", "good", "bad")
    assert result.out.startswith('<?xml version="1.0" encoding="UTF-8"?>\n')
    root = ET.fromstring(result.out)
    n_rules = len(rules.registry())
    assert root.tag == "testsuites"
    assert (root.get("tests"), root.get("failures"), root.get("errors")) == (str(2 * n_rules), "3", "0")
    good, bad = root.findall("testsuite")
    assert (good.get("name"), good.get("tests"), good.get("failures")) == ("good", str(n_rules), "1")
    assert (bad.get("name"), bad.get("tests"), bad.get("failures")) == ("bad", str(n_rules), "2")
    for suite in (good, bad):
        cases = suite.findall("testcase")
        assert len(cases) == n_rules
        assert [c.get("name").split()[0] for c in cases] == sorted(rules.registry())
        assert int(suite.get("failures")) == sum(1 for c in cases if c.find("failure") is not None)
    failed = {c.get("name"): c for c in bad.findall("testcase") if c.find("failure") is not None}
    assert set(failed) == {"OL214 standard-license-by-reference", "OL401 claim-component-missing"}
    case = failed["OL401 claim-component-missing"]
    assert (case.get("classname"), case.get("file"), case.get("line")) == ("openlint.claim", "bad/openness.toml", "5")
    failure = case.find("failure")
    assert failure.get("type") == "error"
    assert failure.get("message") == OL401_TRAINING
    assert failure.text.splitlines() == [
        f"bad/openness.toml:5:9: OL401 [error] {OL401_TRAINING}",
        "  fix: Release the training-code and declare it in openness.toml as `[components.training-code]` with `path` or `url` and `license`.",
        "  clause: OSAID 1.0 § Code: training, validation and testing code under an OSI-approved license",
    ]
    verdicts = {p.get("name"): p.get("value") for p in bad.find("properties")}
    assert verdicts == {"verdict:osaid-1.0": "not met"}
    assert {p.get("name"): p.get("value") for p in good.find("properties")} == {"verdict:osaid-1.0": "met"}


def test_junit_failure_lists_every_finding_of_its_rule():
    found = [finding("OL301", line=i, message=f"missing {i}") for i in (3, 7)]
    root = ET.fromstring(render("junit", report_of(*found)))
    failure = root.find("testsuite/testcase[@name='OL301 component-path-missing']/failure")
    assert failure.get("message") == "2 findings; first: missing 3"
    assert "README.md:3:1: OL301 [error] missing 3" in failure.text and "README.md:7:1: OL301 [error] missing 7" in failure.text


def test_junit_is_well_formed_whatever_the_text():
    f = finding("OL210", message='a <b> & "c" \x00\x1b ]]> é 😀', file="x\x07.md")
    text = render("junit", report_of(f, path="a&b<c"))
    root = ET.fromstring(text)  # raises on ill-formed XML
    suite = root.find("testsuite")
    assert suite.get("name") == "a&b<c"
    failure = suite.find("testcase/failure")
    assert failure.get("message") == 'a <b> & "c" \ufffd\ufffd ]]> é 😀'


@pytest.mark.parametrize("example", EXAMPLES, ids=EXAMPLE_IDS)
def test_junit_on_examples(cli, example):
    data = cli("check", "--output-format", "json", example).json
    root = ET.fromstring(cli("check", "--output-format", "junit", example).out)
    codes = {f["code"] for f in data["repositories"][0]["findings"]}
    suite = root.find("testsuite")
    assert int(suite.get("failures")) == len(codes)
    assert {c.get("name").split()[0] for c in suite.findall("testcase") if c.find("failure") is not None} == codes


# --- gitlab ---------------------------------------------------------------------------------------------


def test_gitlab_code_quality_fields(odd_repo, cli):
    issues = cli("check", "--output-format", "gitlab", ".").json
    assert isinstance(issues, list) and len(issues) == 5
    for issue in issues:
        assert {"description", "check_name", "fingerprint", "severity", "location"} <= set(issue)
        assert issue["severity"] in {"info", "minor", "major", "critical", "blocker"}
        assert re.fullmatch(r"[0-9a-f]{64}", issue["fingerprint"])
        assert issue["location"]["lines"]["begin"] >= 1
    assert len({i["fingerprint"] for i in issues}) == len(issues)
    by_check = {i["check_name"]: i for i in issues}
    assert by_check["OL401"] == {
        "description": f"OL401 {OL401_TRAINING}",
        "check_name": "OL401",
        "fingerprint": by_check["OL401"]["fingerprint"],
        "severity": "critical",
        "location": {"path": "openness.toml", "lines": {"begin": 5, "end": 5}},
        "content": {
            "body": "Fix: Release the training-code and declare it in openness.toml as `[components.training-code]` "
            "with `path` or `url` and `license`.\n\nClause: OSAID 1.0 § Code: training, validation and testing code "
            "under an OSI-approved license"
        },
    }
    assert by_check["OL201"]["severity"] == "minor"
    assert {i["location"]["path"] for i in issues if i["check_name"] == "OL214"} == {"LICENSE", *ODD_LICENSES}


def test_gitlab_severities():
    from openlint.report.formatters.gitlab import severity

    assert severity(finding("OL401")) == "critical"
    assert severity(finding("OL301")) == "major"
    assert severity(finding("OL201")) == "minor"
    assert severity(finding("OL214")) == "info"


def test_gitlab_fingerprints_are_those_of_sarif(odd_repo, cli):
    issues = cli("check", "--output-format", "gitlab", ".").json
    sarif = cli("check", "--output-format", "sarif", ".").json
    assert [i["fingerprint"] for i in issues] == [r["partialFingerprints"]["openlint/v1"] for r in sarif["runs"][0]["results"]]


# --- markdown -------------------------------------------------------------------------------------------


def test_markdown_summary(odd_repo, cli):
    out = cli("check", "--output-format", "markdown", "--definition", "mof", ".").out
    assert out.startswith("## ❌ openlint: 1 error, 1 warning, 3 infos\n")
    table = out[out.index("### Verdicts") :].split("\n\n")[1].splitlines()
    assert table[0] == "| Definition | Claim | Where | Met | Class |"
    assert table[2] == "| OSAID 1.0 | `open-source-ai` | `openness.toml:5` | ❌ not met |  |"
    assert table[3].startswith("| MOF | — (for information) | — | ")
    # the per-component table of each verdict
    assert "<summary>OSAID 1.0: components</summary>" in out
    assert "| Component | Requirement | Declared | Where | License | Acceptable |" in out
    assert "| training-code | required | no | — | — | — |" in out
    assert "| model-architecture | required | yes | `src/model.py` | Apache-2.0 | ✅ |" in out
    # findings grouped by file, codes linked to their docs
    assert "#### `openness.toml`" in out and "#### `README.md`" in out
    url = rules.get("OL401").url
    assert f"| 5:9 | 🔴 error | [OL401]({url}) claim-component-missing | {OL401_TRAINING} | " in out
    # table cells: `|` escaped, a newline shown as \n (its backslash escaped for Markdown in a cell)
    assert "#### `LICENSES/x\\ny.txt`" in out
    assert "LICENSES/x\\\\ny.txt names MIT License" in out
    # counts
    assert "| [OL214](" in out and "| info | 3 |" in out
    assert out.rstrip().endswith(f"**1 error, 1 warning, 3 infos** in 1 repository (openlint {__version__}).")


def test_markdown_mof_class_column(cli):
    out = cli("check", "--output-format", "markdown", "--definition", "mof", ROOT / "examples" / "open-model").out
    assert "| MOF | — (for information) | — | ✅ would be met (no claim) | Class III - Open Model (towards class II: 90%, class I: 0%) |" in out


def test_markdown_cells_are_escaped():
    from openlint.report.formatters.markdown import cell, code_cell

    # all of it is text, code spans too: a message mixes openlint's words with the repository's
    assert cell("a | b <script> & `x | <y>`") == "a \\| b &lt;script&gt; &amp; \\`x \\| &lt;y&gt;\\`"
    assert cell("one\ntwo") == "one\\\\ntwo"
    assert code_cell("a`b") == "``a`b``"
    assert code_cell("a|b\nc") == "`a\\|b\\nc`" and code_cell("a|b", table=False) == "`a|b`"


def test_markdown_several_repositories_and_no_findings(make_repo, cli, tmp_path, monkeypatch):
    make_repo(REPOS["open-full-text"], name="good")
    make_repo(REPOS["missing-training-code"], name="bad")
    monkeypatch.chdir(tmp_path / "repos")
    out = cli("check", "--output-format", "markdown", "good", "bad").out
    assert "| Repository | Definition | Claim | Where | Met |" in out
    assert "| `good` | OSAID 1.0 | `open-source-ai` | `good/openness.toml:5` | ✅ met |" in out
    assert "| `bad` | OSAID 1.0 | `open-source-ai` | `bad/openness.toml:5` | ❌ not met |" in out
    clean = cli("check", "--output-format", "markdown", "good").out
    assert clean.startswith("## ✅ openlint: 0 errors, 0 warnings, 0 infos\n")
    assert "### Findings\n\nNo findings.\n" in clean


def test_markdown_stays_under_the_job_summary_limit():
    from openlint.report.formatters import markdown

    found = [finding("OL301", file=f"f{i}.txt", message="x" * 2000) for i in range(1000)]
    out = markdown.render(report_of(*found))
    assert len(out.encode("utf-8")) < 1024 * 1024
    assert re.search(r"\*\d+ more findings not listed here", out)
    assert out.rstrip().endswith("(openlint 9.9.9).")


# --- json-lines -----------------------------------------------------------------------------------------


def test_json_lines_is_one_repository_per_line(make_repo, cli, tmp_path, monkeypatch):
    make_repo(REPOS["open"], name="good")
    make_repo(REPOS["missing-training-code"], name="bad")
    monkeypatch.chdir(tmp_path / "repos")
    lines = cli("check", "--output-format", "json-lines", "good", "bad").out.splitlines()
    envelope = cli("check", "--output-format", "json", "good", "bad").json
    assert [json.loads(x) for x in lines] == envelope["repositories"]


# --- several reports in one run ---------------------------------------------------------------------


def _findings_of(fmt: str, text: str) -> list[tuple]:
    """(code, line) of every finding a report holds, in a form every format can give."""
    if fmt == "json":
        return sorted((f["code"], f["line"]) for r in json.loads(text)["repositories"] for f in r["findings"])
    if fmt == "sarif":
        results = json.loads(text)["runs"][0]["results"]
        return sorted((r["ruleId"], r["locations"][0]["physicalLocation"]["region"]["startLine"]) for r in results)
    if fmt == "gitlab":
        return sorted((i["check_name"], i["location"]["lines"]["begin"]) for i in json.loads(text))
    if fmt == "github":
        return sorted(
            (m.group(2), int(m.group(1))) for m in re.finditer(r"^::\w+ file=[^,]*,line=(\d+),.*?title=(OL\d+) ", text, re.M)
        )
    if fmt == "markdown":
        return sorted((m.group(2), int(m.group(1))) for m in re.finditer(r"^\| (\d+):\d+ \| [^|]+ \| \[(OL\d+)\]", text, re.M))
    raise AssertionError(fmt)


def test_several_reports_in_one_run(odd_repo, cli, tmp_path):
    summary, sarif, extra = tmp_path / "s.md", tmp_path / "r.sarif", tmp_path / "gl.json"
    result = cli(
        "check", "--output-format", "github", "--summary-file", summary, "--sarif-file", sarif, "--report", f"gitlab:{extra}", "."
    )
    assert (result.code, result.err) == (1, "")
    assert result.out == cli("check", "--output-format", "github", ".").out
    assert summary.read_text(encoding="utf-8") == cli("check", "--output-format", "markdown", ".").out
    assert sarif.read_text(encoding="utf-8") == cli("check", "--output-format", "sarif", ".").out
    assert extra.read_text(encoding="utf-8") == cli("check", "--output-format", "gitlab", ".").out
    expected = _findings_of("json", cli("check", "--output-format", "json", ".").out)
    assert len(expected) == 5
    for fmt, text in [
        ("github", result.out),
        ("markdown", summary.read_text(encoding="utf-8")),
        ("sarif", sarif.read_text(encoding="utf-8")),
        ("gitlab", extra.read_text(encoding="utf-8")),
    ]:
        assert _findings_of(fmt, text) == expected, fmt


def test_report_option_with_output_file(odd_repo, cli, tmp_path):
    out, junit = tmp_path / "out.json", tmp_path / "j.xml"
    lines = tmp_path / "x.jsonl"
    result = cli("check", "--output-format", "json", "-o", out, "--report", f"junit:{junit}", "--report", f"json-lines:{lines}", ".")
    assert (result.code, result.out, result.err) == (1, "", "")
    assert json.loads(out.read_text(encoding="utf-8"))["format"] == 1
    ET.fromstring(junit.read_text(encoding="utf-8"))
    assert len(lines.read_text(encoding="utf-8").splitlines()) == 1


def test_summary_file_appends_to_the_github_step_summary(odd_repo, cli, tmp_path, monkeypatch):
    step_summary = tmp_path / "step_summary.md"
    step_summary.write_text("earlier output\n", encoding="utf-8")
    monkeypatch.setenv("GITHUB_STEP_SUMMARY", str(step_summary))
    cli("check", "--output-format", "github", "--summary-file", step_summary, ".")
    text = step_summary.read_text(encoding="utf-8")
    assert text.startswith("earlier output\n## ❌ openlint: ")
    other = tmp_path / "other.md"
    other.write_text("old\n", encoding="utf-8")
    cli("check", "--summary-file", other, ".")
    assert not other.read_text(encoding="utf-8").startswith("old")


def _one_line_error(result) -> str:
    assert result.code == 2, result
    assert result.err.startswith("openlint: error: ") and result.err.count("\n") == 1, result.err
    return result.err[len("openlint: error: ") :].rstrip("\n")


@pytest.mark.parametrize(
    "argv, message",
    [
        (["--report", "xml:r.xml"], "unknown report format 'xml' in --report xml:r.xml (choose from "),
        (["--report", "sarif"], "--report expects FORMAT:PATH, got 'sarif'"),
        (["--report", "sarif:"], "--report expects FORMAT:PATH, got 'sarif:'"),
        (["--report", "sarif:same", "--sarif-file", "same"], "two reports would be written to same"),
        (["-o", "same", "--summary-file", "same"], "two reports would be written to same"),
    ],
)
def test_bad_report_options_exit_2_with_one_line(odd_repo, cli, argv, message):
    result = cli("check", *argv, ".")
    assert _one_line_error(result).startswith(message)
    assert result.out == ""


@pytest.mark.parametrize("flag", ["--summary-file", "--sarif-file"])
def test_unwritable_report_path_exits_2_with_one_line(odd_repo, cli, tmp_path, flag):
    (tmp_path / "a-file").write_text("x", encoding="utf-8")
    target = tmp_path / "a-file" / "r.txt"  # its folder cannot be made: a file is in the way
    result = cli("check", "--output-format", "github", flag, target, ".")
    assert _one_line_error(result) == f"cannot create the folder of {target}: File exists"
    assert result.out == ""  # checked before the check runs: nothing printed, nothing half done


@pytest.mark.parametrize("flag", ["--summary-file", "--sarif-file"])
def test_a_report_path_in_a_missing_folder_is_written(odd_repo, cli, tmp_path, flag):
    target = tmp_path / "no" / "such" / "dir" / "r.txt"
    result = cli("check", "--output-format", "github", flag, target, ".")
    assert result.code == 1 and result.err == ""
    assert target.is_file() and target.read_text(encoding="utf-8")


def test_report_to_a_directory_exits_2(odd_repo, cli, tmp_path):
    result = cli("check", "--report", f"junit:{tmp_path}", ".")
    assert _one_line_error(result).startswith(f"cannot write {tmp_path}: ")


def test_console_script_writes_every_report(odd_repo, tmp_path):
    import subprocess
    import sys

    summary, sarif = tmp_path / "s.md", tmp_path / "r.sarif"
    proc = subprocess.run(
        [sys.executable, "-m", "openlint", "check", "--output-format", "github"]
        + ["--summary-file", str(summary), "--sarif-file", str(sarif), "."],
        capture_output=True,
        text=True,
        cwd=odd_repo,
    )
    assert proc.returncode == 1, proc.stderr
    assert proc.stdout.startswith("::error file=openness.toml,line=5,")
    assert summary.read_text(encoding="utf-8").startswith("## ❌ openlint: ")
    assert json.loads(sarif.read_text(encoding="utf-8"))["version"] == "2.1.0"


def test_formats_never_print_content_from_outside(make_repo, cli, monkeypatch):
    from helpers import SECRET

    root = make_repo(REPOS["license-symlink-outside"])
    for fmt in sorted(FORMATS):
        result = cli("check", "--output-format", fmt, root)
        assert SECRET not in result.out + result.err, fmt


def test_summary_lines_end_the_github_output(odd_repo):
    from openlint.pipeline import Options, check_repository

    report = Report(__version__, [check_repository(".", Options())])
    out = github_format.render(report).splitlines()
    assert out[-len(summary_lines(report)) :] == summary_lines(report)


def test_paths_as_the_user_sees_them(make_repo, cli, tmp_path, monkeypatch):
    make_repo(REPOS["missing-training-code"], name="bad")
    monkeypatch.chdir(tmp_path)
    out = cli("check", "--output-format", "github", Path("repos") / "bad").out
    assert "::error file=repos/bad/openness.toml,line=5,col=9," in out
