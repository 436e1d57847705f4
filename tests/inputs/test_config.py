"""[tool.openlint]: select, severity, ignores with reasons, per-file ignores, waived claims."""

from __future__ import annotations

import json

import pytest
from helpers import ROOT, located
from openlint.inputs import config
from repos import REPOS

OPEN_WEIGHTS_ONLY = {
    "LICENSE": "SPDX-License-Identifier: MIT\n",
    "weights/model.safetensors": "stub\n",
    "openness.toml": (
        'format = 1\n[release]\nname = "tiny"\nclaim = "open-source-ai"\n'
        '[release.license]\ndistribution = "MIT"\n'
        '[components.model-parameters-final]\npath = "weights"\n'
    ),
}


def run(make_repo, cli, pyproject: str | None, *extra: str) -> tuple[int, dict]:
    files = dict(OPEN_WEIGHTS_ONLY)
    if pyproject is not None:
        files["pyproject.toml"] = pyproject
    root = make_repo(files)
    result = cli("check", "--output-format", "json", *extra, root)
    return result.code, json.loads(result.out)["repositories"][0]


def by_code(repo: dict, code: str) -> list[dict]:
    return [f for f in repo["findings"] if f["code"] == code]


def test_without_configuration_the_claim_fails(make_repo, cli):
    code, repo = run(make_repo, cli, None)
    assert code == 1
    assert len(by_code(repo, "OL401")) == 5 and len(by_code(repo, "OL404")) == 1


def test_ignore_with_reason_drops_a_finding_that_is_not_about_a_claim(make_repo, cli):
    code, repo = run(make_repo, cli, '[tool.openlint]\nignore = {OL214 = "the MIT text ships in the wheel"}\n')
    assert by_code(repo, "OL214") == []
    assert by_code(repo, "OL903") == []


def test_a_failed_claim_is_waived_only_to_info_and_stays_visible(make_repo, cli):
    code, repo = run(make_repo, cli, '[tool.openlint]\nignore = {OL4 = "reviewed with legal on 2026-11-01"}\n')
    waived = [f for f in repo["findings"] if f["code"].startswith("OL4")]
    assert len(waived) == 6
    assert all(f["severity"] == "info" and f["message"].endswith("[waived: reviewed with legal on 2026-11-01]") for f in waived)
    assert code == 0
    assert [v["met"] for v in repo["verdicts"]] == [False]  # the verdict itself is unchanged


def test_ignore_without_reason_is_a_finding_and_not_applied(make_repo, cli):
    code, repo = run(make_repo, cli, '[tool.openlint]\nignore = {OL214 = ""}\n')
    [finding] = by_code(repo, "OL902")
    assert (finding["file"], finding["line"], finding["column"]) == ("pyproject.toml", 2, 11)
    assert len(by_code(repo, "OL214")) == 1


def test_ignore_as_a_bare_list_has_no_reasons(make_repo, cli):
    code, repo = run(make_repo, cli, '[tool.openlint]\nignore = ["OL214"]\n')
    [finding] = by_code(repo, "OL902")
    assert (finding["line"], finding["column"]) == (2, 11)
    assert "OL214" in finding["message"]


def test_an_ignore_that_matches_nothing_is_reported(make_repo, cli):
    code, repo = run(make_repo, cli, '[tool.openlint]\nignore = {OL301 = "weights are hosted on the Hub"}\n')
    [finding] = by_code(repo, "OL903")
    assert finding["message"] == "ignore of OL301 matched no finding"
    assert (finding["file"], finding["line"]) == ("pyproject.toml", 2)


def test_per_file_ignores_apply_to_matching_files_only(make_repo, cli):
    code, repo = run(make_repo, cli, '[tool.openlint.per-file-ignores]\n"LICEN*" = {OL214 = "notice by design"}\n"README.md" = {OL012 = "x"}\n')
    assert by_code(repo, "OL214") == []
    assert [f["message"] for f in by_code(repo, "OL903")] == ["ignore of OL012 matched no finding in README.md"]


def test_select_and_severity_overrides(make_repo, cli):
    code, repo = run(make_repo, cli, '[tool.openlint]\nselect = ["OL2"]\nseverity = {OL214 = "error"}\n')
    assert {f["code"] for f in repo["findings"]} == {"OL214", "OL401", "OL404"}  # claim findings are never deselected
    assert by_code(repo, "OL214")[0]["severity"] == "error"
    assert code == 1


def test_definitions_from_the_configuration_are_reported(make_repo, cli):
    code, repo = run(make_repo, cli, '[tool.openlint]\ndefinitions = ["mof"]\n')
    assert [v["definition"] for v in repo["verdicts"]] == ["osaid-1.0", "mof"]


def test_unknown_configuration_key_is_located(make_repo, cli):
    code, repo = run(make_repo, cli, '[tool.openlint]\nselct = ["OL4"]\n')
    [finding] = by_code(repo, "OL904")
    assert (finding["file"], finding["line"], finding["column"]) == ("pyproject.toml", 2, 1)
    assert finding["message"] == "unknown key 'selct' in [tool.openlint]"


def test_a_pyproject_without_the_table_changes_nothing(make_repo, cli):
    plain_code, plain = run(make_repo, cli, None)
    code, repo = run(make_repo, cli, '[project]\nname = "tiny"\n')
    assert (code, [f["code"] for f in repo["findings"]]) == (plain_code, [f["code"] for f in plain["findings"]])


def test_schema_is_served_for_validate_pyproject():
    served = config.schema("openlint")
    assert served["title"] == "[tool.openlint]"
    assert set(served["properties"]) == {"definitions", "select", "ignore", "severity", "per-file-ignores"}


def test_entry_point_is_declared_in_pyproject():

    import tomli

    project = tomli.loads((ROOT / "pyproject.toml").read_text())["project"]
    assert project["entry-points"]["validate_pyproject.tool_schema"] == {"openlint": "openlint.inputs.config:schema"}


@pytest.mark.parametrize("selector", ["OL2", "OL214"])
def test_prefix_and_code_selectors_both_work(make_repo, cli, selector):
    code, repo = run(make_repo, cli, f'[tool.openlint]\nignore = {{{selector} = "notice by design"}}\n')
    assert by_code(repo, "OL214") == []


# -- pyproject.toml is read as every other input (issue 14) ------------------------------------


def test_a_pyproject_symlink_leaving_the_repository_is_not_read(make_repo, check_json, tmp_path):
    outside = tmp_path / "elsewhere.toml"
    outside.write_text('[tool.openlint]\nselect = ["OL2"]\nseverity = { OL214 = "error" }\n', encoding="utf-8")
    root = make_repo(REPOS["open"])
    (root / "pyproject.toml").symlink_to(outside)
    report = check_json(root)
    assert ("OL005", "pyproject.toml", 1, 1) in located(report)
    assert not [f for f in located(report) if f[0] == "OL904"]  # its values never reached a message
    assert ol214_severity(report) == "info"  # its severity was not applied


def test_a_huge_pyproject_is_not_read(make_repo, check_json):
    root = make_repo(REPOS["open"])
    with open(root / "pyproject.toml", "wb") as handle:
        handle.write(b'[tool.openlint]\nseverity = { OL214 = "error" }\n')
        handle.truncate(300 * 1024 * 1024)  # sparse: nothing past 1 MiB is read
    report = check_json(root)
    assert ("OL004", "pyproject.toml", 1, 1) in located(report)
    assert ol214_severity(report) == "info"


def test_a_pyproject_that_is_not_utf8_is_located_and_not_read(make_repo, check_json):
    root = make_repo(REPOS["open"] | {"pyproject.toml": b'[tool.openlint]\nseverity = { OL214 = "error" }\n# \xff\n'})
    report = check_json(root)
    assert ("OL003", "pyproject.toml", 3, 3) in located(report)
    assert ol214_severity(report) == "info"


def ol214_severity(report) -> str:
    return next(f["severity"] for r in report["repositories"] for f in r["findings"] if f["code"] == "OL214")
