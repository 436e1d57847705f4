"""The command line behaves like the tools around it (issue 13): selectors and configuration fail
loudly, claim findings cannot be switched off, report paths are checked before the check, the
decisive finding leads, every claim place is reported, and the conventions users reach for
(--quiet, --statistics, colour, --help, did-you-mean) are there."""

from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest
from helpers import located, only, repo_of
from openlint.cli import main
from repos import LICENSE_NOTICE, LICENSE_OK, REPOS, open_repo

CLAIM = ("openness.toml", 5, 9)


def run(capsys, *argv) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


# -- selectors and configuration fail loudly ----------------------------------------------------


@pytest.mark.parametrize(
    "argv, message",
    [
        (["--select", "0L4"], "--select: unknown rule selector '0L4'; did you mean 'OL4'?"),
        (["--select", "OL999"], "--select: unknown rule selector 'OL999'; did you mean 'OL9'?"),
        (["--ignore", "OL7=why"], "--ignore: unknown rule selector 'OL7'"),
    ],
)
def test_an_unknown_selector_on_the_command_line_is_a_usage_error(make_repo, capsys, argv, message):
    code, out, err = run(capsys, "check", str(make_repo(REPOS["open"])), *argv)
    assert code == 2 and out == ""
    assert err.startswith("openlint: error: " + message) and err.count("\n") == 1


def test_an_unknown_selector_in_the_configuration_is_a_usage_error_at_its_place(make_repo, capsys):
    files = open_repo() | {"pyproject.toml": '[tool.openlint]\nselect = ["OL2", "0L4"]\n'}
    code, out, err = run(capsys, "check", str(make_repo(files)))
    assert code == 2 and out == ""
    assert err == "openlint: error: pyproject.toml:2:18: [tool.openlint] select.1: unknown rule selector '0L4'; did you mean 'OL4'?\n"


def test_a_selection_without_claim_findings_still_reports_them(make_repo, check_json):
    files = open_repo(drop=("training-code",)) | {"pyproject.toml": '[tool.openlint]\nselect = ["OL2"]\n'}
    report = check_json(make_repo(files))
    assert located(report) == [LICENSE_NOTICE, ("OL401", *CLAIM)]  # OL2 selected; the claim finding stays
    assert report.exit == 1
    report = check_json(make_repo(open_repo(drop=("training-code",))), "--select", "OL3")
    assert located(report) == [("OL401", *CLAIM)]
    assert report.exit == 1


@pytest.mark.parametrize("value", ['"fatal"', '"ERROR"', "3"])
def test_an_invalid_severity_is_reported_and_not_applied(make_repo, check_json, value):
    files = open_repo() | {"pyproject.toml": f"[tool.openlint]\nseverity = {{ OL214 = {value} }}\n"}
    report = check_json(make_repo(files))
    assert only(report, "OL214")["severity"] == "info"  # unchanged
    assert (only(report, "OL904")["file"], only(report, "OL904")["line"]) == ("pyproject.toml", 2)


def test_severity_cannot_lower_a_claim_finding(make_repo, check_json):
    files = open_repo(drop=("training-code",)) | {"pyproject.toml": '[tool.openlint]\nseverity = { OL4 = "info" }\n'}
    report = check_json(make_repo(files))
    assert only(report, "OL401")["severity"] == "error"
    assert only(report, "OL904")["message"] == (
        "severity 'info' for OL4 would lower a finding about a claim; waive it with `ignore` and a reason"
    )
    assert report.exit == 1


def test_severity_may_raise_any_finding(make_repo, check_json):
    files = open_repo() | {"pyproject.toml": '[tool.openlint]\nseverity = { OL214 = "error" }\n'}
    report = check_json(make_repo(files))
    assert only(report, "OL214")["severity"] == "error" and report.exit == 1


def test_a_bad_output_format_in_the_environment_is_a_usage_error(make_repo, capsys, monkeypatch):
    monkeypatch.setenv("OPENLINT_OUTPUT_FORMAT", "jsn")
    code, out, err = run(capsys, "check", str(make_repo(REPOS["open"])))
    assert (code, out, err) == (2, "", "openlint: error: OPENLINT_OUTPUT_FORMAT=jsn is not an output format; did you mean json?\n")


def test_a_missing_config_file_is_a_usage_error(make_repo, capsys, tmp_path):
    code, out, err = run(capsys, "check", str(make_repo(REPOS["open"])), "--config", str(tmp_path / "nope.toml"))
    assert (code, out) == (2, "")
    assert err == f"openlint: error: --config {tmp_path / 'nope.toml'}: no such file\n"


def test_report_paths_are_checked_and_their_folders_made_before_the_check(make_repo, capsys, tmp_path, monkeypatch):
    monkeypatch.setattr("openlint.pipeline.discover", lambda *a: pytest.fail("checked before the paths"))
    folder = tmp_path / "taken"
    folder.mkdir()
    code, out, err = run(capsys, "check", str(make_repo(REPOS["open"])), "--sarif-file", str(folder))
    assert (code, out, err) == (2, "", f"openlint: error: cannot write {folder}: it is a folder\n")
    link = tmp_path / "openlint.sarif"
    link.symlink_to(tmp_path / "elsewhere.sarif")
    code, out, err = run(capsys, "check", str(make_repo(REPOS["open"])), "--sarif-file", str(link))
    assert (code, err) == (2, f"openlint: error: will not write {link}: it is a symbolic link\n")
    assert not (tmp_path / "elsewhere.sarif").exists()


def test_a_report_in_a_new_folder_is_written(make_repo, capsys, tmp_path):
    target = tmp_path / "out" / "deeper" / "report.json"
    code, _, err = run(capsys, "check", str(make_repo(REPOS["open"])), "--report", f"json:{target}")
    assert (code, err) == (0, "")
    assert json.loads(target.read_text(encoding="utf-8"))["format"] == 1


# -- the fix first, and every claim place --------------------------------------------------------


def test_the_base_models_terms_lead_the_findings_at_the_claim(make_repo, check_json):
    card = "---\nlicense: apache-2.0\nbase_model: meta-llama/Meta-Llama-3-8B\n---\n# Tiny\n"
    files = open_repo(drop=("training-code",)) | {"README.md": card}
    report = check_json(make_repo(files))
    at_claim = [f["code"] for f in repo_of(report)["findings"] if (f["file"], f["line"], f["column"]) == CLAIM]
    assert at_claim[0] == "OL414" and at_claim.index("OL414") < at_claim.index("OL401")


def test_the_actions_annotations_keep_the_decisive_finding_within_githubs_limit(make_repo, capsys):
    # ten prose claims (OL416, errors in README.md, which comes first in report order) and the
    # fine-tune's own claim in openness.toml: the base model's terms (OL414) lead the 10 annotations
    prose = "".join(f"We open-source Acme-{n}B.\n\n" for n in range(1, 11))
    card = f"---\nlicense: apache-2.0\nbase_model: meta-llama/Meta-Llama-3-8B\n---\n# Acme\n\n{prose}"
    toml = 'format = 1\n[release]\nname = "Acme"\nclaim = "open-source-ai"\n'
    code, out, _ = run(capsys, "check", "--output-format", "github", str(make_repo({"README.md": card, "openness.toml": toml})))
    errors = [line.split("title=")[1].split(" ")[0] for line in out.splitlines() if line.startswith("::error ")]
    assert code == 1 and len(errors) == 10
    assert errors[0] == "OL414"
    assert errors[1:] == ["OL401"] * 6 + ["OL404"] + ["OL416"] * 2  # the components next, then the claim places
    assert "::notice title=openlint::8 more findings (8 errors)" in out


def test_every_place_of_a_claim_is_reported_with_its_verdict(make_repo, check_json):
    card = "---\nlicense: apache-2.0\ntags: [open-source]\n---\n# Acme\n\nWe open-source Acme-7B.\n"
    files = {"LICENSE": LICENSE_OK, "README.md": card}
    report = check_json(make_repo(files))
    places = [(f["file"], f["line"], f["column"], f["severity"]) for f in repo_of(report)["findings"] if f["code"] == "OL416"]
    # the tag is the first place (it carries OL401...); the prose is quoted with the verdict
    assert places == [("README.md", 7, 4, "error")]
    assert [c["file"] for c in repo_of(report)["claims"]] == ["README.md", "README.md"]
    assert only(report, "OL416")["message"] == (
        "open-source-ai claim: \"We open-source Acme-7B.\" — 'We' are this release's authors; "
        "OSAID 1.0 not met (the findings at README.md:3 say why)"
    )


# -- conventions --------------------------------------------------------------------------------


def test_quiet_prints_the_findings_only(make_repo, capsys):
    code, out, _ = run(capsys, "check", str(make_repo(open_repo(drop=("training-code",)))), "-q")
    assert code == 1
    assert [line.split(": ")[1].split()[0] for line in out.splitlines()] == ["OL214", "OL401"]


def test_statistics_count_the_findings_by_code(make_repo, capsys):
    code, out, _ = run(capsys, "check", str(make_repo(open_repo(drop=("training-code", "inference-code")))), "--statistics")
    assert code == 1
    assert out.splitlines()[:2] == ["2  OL401  [error] claim-component-missing", "1  OL214  [info] standard-license-by-reference"]


def test_colour_follows_the_flag_and_no_color(make_repo, capsys, monkeypatch):
    root = str(make_repo(open_repo(drop=("training-code",))))
    _, out, _ = run(capsys, "check", root, "--color", "always")
    assert "\x1b[31mOL401\x1b[0m" in out
    _, out, _ = run(capsys, "check", root)  # not a terminal: no colour
    assert "\x1b[" not in out
    monkeypatch.setenv("NO_COLOR", "1")
    monkeypatch.setattr(sys.stdout, "isatty", lambda: True)
    _, out, _ = run(capsys, "check", root)
    assert "\x1b[" not in out


def test_help_lists_the_definitions_and_the_exit_codes(capsys):
    with pytest.raises(SystemExit):
        main(["check", "--help"])
    out = capsys.readouterr().out
    assert "definitions: eu-ai-act-2024, eu-ai-act-2025-guidelines, g7-2026, mof, open-weights, osaid-1.0" in out
    assert "exit codes:\n  0  no finding at the failing severity" in out


@pytest.mark.parametrize("flag, close", [("--stric", "--strict-terms"), ("--output-fromat", "--output-format"), ("--sho-claims", "--show-claims")])
def test_a_mistyped_flag_gets_a_did_you_mean_instead_of_a_prefix_match(capsys, flag, close):
    code, out, err = run(capsys, "check", ".", flag)
    assert (code, out, err) == (2, "", f"openlint: error: unknown option {flag}; did you mean {close}?\n")


# -- validate-pyproject with openlint installed -------------------------------------------------


@pytest.mark.parametrize(
    "table, valid",
    [("", True), ('[tool.openlint]\nselect = ["OL4"]\nignore = { OL301 = "hosted on the Hub" }\n', True), ('[tool.openlint]\nselct = ["OL4"]\n', False)],
)
def test_validate_pyproject_works_with_and_without_the_table(tmp_path, table, valid):
    (tmp_path / "pyproject.toml").write_text('[project]\nname = "x"\nversion = "1"\n' + table, encoding="utf-8")
    script = os.path.join(os.path.dirname(sys.executable), "validate-pyproject")
    done = subprocess.run([script, "pyproject.toml"], cwd=tmp_path, capture_output=True, text=True)
    assert (done.returncode == 0) is valid, done.stdout + done.stderr
    assert ("Valid file: pyproject.toml" in done.stdout) is valid


def test_the_served_schema_is_draft_07_and_uses_no_newer_keyword():
    from openlint._support.resources import schema as load
    from openlint.inputs.config import schema

    served = schema("openlint")
    assert served["$schema"] == "http://json-schema.org/draft-07/schema#"
    text = json.dumps(load("config.schema.json"))
    for newer in ('"$defs"', '"prefixItems"', '"unevaluatedProperties"', '"dependentRequired"', '"$dynamicRef"'):
        assert newer not in text
