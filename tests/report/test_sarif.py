"""SARIF 2.1.0 output: valid against the OASIS schema, complete rules, stable fingerprints.

The schema is vendored in tests/data/ (see NOTICE-sarif-schema.md); it is draft-04, so it is
checked with Draft4Validator and its FORMAT_CHECKER. URIs are also checked by hand, because the
format checker only checks `uri` formats when an optional package is installed.
"""

from __future__ import annotations

import hashlib
import json
import re

import pytest
from helpers import ROOT, SECRET
from jsonschema import Draft4Validator
from openlint import __version__, rules
from openlint.model import Finding, RepoReport, Report
from openlint.report.formatters import fingerprints, stable_message
from openlint.report.formatters.sarif import artifact_location, log
from repos import REPOS, open_repo

SCHEMA = ROOT / "tests" / "data" / "sarif-schema-2.1.0.json"
SCHEMA_SHA256 = "c3b4bb2d6093897483348925aaa73af03b3e3f4bd4ca38cef26dcb4212a2682e"
EXAMPLES = sorted(p for p in (ROOT / "examples").iterdir() if p.is_dir())
URI = re.compile(r"(?:[A-Za-z0-9\-._~:/?#\[\]@!$&'()*+,;=]|%[0-9A-F]{2})*")


@pytest.fixture(scope="module")
def validator() -> Draft4Validator:
    schema = json.loads(SCHEMA.read_text(encoding="utf-8"))
    Draft4Validator.check_schema(schema)
    return Draft4Validator(schema, format_checker=Draft4Validator.FORMAT_CHECKER)


def assert_valid(validator: Draft4Validator, sarif: dict) -> None:
    errors = sorted(validator.iter_errors(sarif), key=lambda e: list(e.absolute_path))
    assert not errors, "\n".join(f"{'/'.join(map(str, e.absolute_path))}: {e.message}" for e in errors[:5])
    for result in sarif["runs"][0]["results"]:
        location = result["locations"][0]["physicalLocation"]["artifactLocation"]
        assert URI.fullmatch(location["uri"]), location
        if "uriBaseId" in location:  # relative: no scheme, forward slashes
            assert location["uriBaseId"] == "%SRCROOT%"
            assert not re.match(r"[A-Za-z][A-Za-z0-9+.-]*:", location["uri"]) and "\\" not in location["uri"]
        else:
            assert location["uri"].startswith("file:///")


def sarif_of(cli, *argv) -> dict:
    result = cli("check", "--output-format", "sarif", *argv)
    assert result.err == ""
    return json.loads(result.out)


def test_vendored_schema_is_the_oasis_file():
    assert hashlib.sha256(SCHEMA.read_bytes()).hexdigest() == SCHEMA_SHA256
    schema = json.loads(SCHEMA.read_text(encoding="utf-8"))
    assert schema["id"] == "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json"
    notice = (SCHEMA.parent / "NOTICE-sarif-schema.md").read_text(encoding="utf-8")
    assert "OASIS" in notice and SCHEMA_SHA256 in notice and "Copyright © OASIS Open" in notice


def test_the_validator_rejects_what_it_should(validator):
    bad = {"version": "2.1.0", "runs": [{"tool": {"driver": {"name": "x"}}, "results": [{"message": {"text": "m"}, "level": "fatal"}]}]}
    assert any("'fatal' is not one of" in e.message for e in validator.iter_errors(bad))
    bad["runs"][0]["results"][0] = {"message": {"text": "m"}, "locations": [{"physicalLocation": {"region": {"startLine": 0}}}]}
    assert any("less than the minimum of 1" in e.message for e in validator.iter_errors(bad))


@pytest.mark.parametrize("example", EXAMPLES, ids=[p.name for p in EXAMPLES])
@pytest.mark.parametrize("definitions", [[], ["--definition", "mof", "--definition", "eu-ai-act-2024"]], ids=["default", "more"])
def test_every_example_validates(cli, validator, example, definitions, monkeypatch):
    monkeypatch.chdir(ROOT)
    rel = example.relative_to(ROOT).as_posix()
    sarif = sarif_of(cli, *definitions, rel)
    assert_valid(validator, sarif)
    data = cli("check", "--output-format", "json", *definitions, rel).json
    findings = data["repositories"][0]["findings"]
    results = sarif["runs"][0]["results"]
    assert len(results) == len(findings)
    for result, f in zip(results, findings):
        assert result["ruleId"] == f["code"]
        assert result["level"] == {"error": "error", "warning": "warning", "info": "note"}[f["severity"]]
        assert result["message"]["text"] == f"{f['message']}\nFix: {f['fix']}"
        location = result["locations"][0]["physicalLocation"]
        assert location["artifactLocation"] == {"uri": f"{rel}/{f['file']}", "uriBaseId": "%SRCROOT%"}
        region = location["region"]
        assert (region["startLine"], region["startColumn"]) == (f["line"], f["column"])
        assert region.get("endLine") == f["end_line"] and region.get("endColumn") == f["end_column"]


def test_all_examples_in_one_run_validate(cli, validator, monkeypatch):
    monkeypatch.chdir(ROOT)
    sarif = sarif_of(cli, *[p.relative_to(ROOT).as_posix() for p in EXAMPLES])
    assert_valid(validator, sarif)
    repos = sarif["runs"][0]["properties"]["repositories"]
    assert [r["path"] for r in repos] == [p.relative_to(ROOT).as_posix() for p in EXAMPLES]
    prints = [r["partialFingerprints"]["openlint/v1"] for r in sarif["runs"][0]["results"]]
    assert len(set(prints)) == len(prints)


@pytest.mark.parametrize("name", sorted(REPOS))
def test_every_test_repository_validates(make_repo, cli, validator, name, monkeypatch):
    root = make_repo(REPOS[name])
    monkeypatch.chdir(root.parent)
    sarif = sarif_of(cli, root.name)
    assert_valid(validator, sarif)
    assert SECRET not in json.dumps(sarif)


def test_odd_file_names_and_absolute_paths_validate(make_repo, cli, validator, monkeypatch):
    files = open_repo() | {"LICENSES/a b,c:d%e é.txt": "SPDX-License-Identifier: MIT\n", "LICENSES/x\ny.txt": "SPDX-License-Identifier: MIT\n"}
    root = make_repo(files)
    monkeypatch.chdir(root)
    relative = sarif_of(cli, ".")
    assert_valid(validator, relative)
    uris = {r["locations"][0]["physicalLocation"]["artifactLocation"]["uri"] for r in relative["runs"][0]["results"]}
    assert {"LICENSES/a%20b%2Cc%3Ad%25e%20%C3%A9.txt", "LICENSES/x%0Ay.txt", "LICENSE"} <= uris
    absolute = sarif_of(cli, root)
    assert_valid(validator, absolute)
    uris = {r["locations"][0]["physicalLocation"]["artifactLocation"]["uri"] for r in absolute["runs"][0]["results"]}
    assert (root / "LICENSE").as_uri() in uris


def test_repository_level_findings_point_at_the_folder(make_repo, cli, validator, monkeypatch, tmp_path):
    make_repo({"model.safetensors": "w\n"}, name="bare")
    monkeypatch.chdir(tmp_path / "repos")
    sarif = sarif_of(cli, "bare")
    assert_valid(validator, sarif)
    folder = [r for r in sarif["runs"][0]["results"] if r["ruleId"] == "OL012"]
    assert folder and folder[0]["locations"][0]["physicalLocation"] == {"artifactLocation": {"uri": "bare/", "uriBaseId": "%SRCROOT%"}}
    assert artifact_location(".", ".") == {"uri": "./", "uriBaseId": "%SRCROOT%"}


def test_driver_lists_every_rule(cli, tmp_path):
    sarif = sarif_of(cli, ROOT / "examples" / "open-model")
    run = sarif["runs"][0]
    assert sarif["$schema"] == "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json"
    assert sarif["version"] == "2.1.0"
    driver = run["tool"]["driver"]
    assert (driver["name"], driver["version"], driver["informationUri"]) == ("openlint", __version__, "https://github.com/openlint/openlint")
    registry = rules.registry()
    assert [r["id"] for r in driver["rules"]] == sorted(registry)
    for descriptor in driver["rules"]:
        rule = registry[descriptor["id"]]
        assert descriptor["name"] == rule.name
        assert descriptor["shortDescription"]["text"] == rule.summary
        assert rule.why in descriptor["fullDescription"]["text"] and len(descriptor["fullDescription"]["text"]) <= 1024
        assert descriptor["helpUri"] == rule.url
        for part in (rule.why, rule.fix, rule.example, rule.clause):
            assert part in descriptor["help"]["text"] and part in descriptor["help"]["markdown"]
        assert f"]({rule.url})" in descriptor["help"]["markdown"]
        assert descriptor["defaultConfiguration"]["level"] == {"error": "error", "warning": "warning", "info": "note"}[rule.severity]
        tags = descriptor["properties"]["tags"]
        assert tags[:2] == ["openlint", {"0": "input", "1": "schema", "2": "license", "3": "components", "4": "claim"}.get(rule.code[2], "configuration")]
        assert "security-severity" not in descriptor["properties"]
    tags = {r["id"]: r["properties"]["tags"] for r in driver["rules"]}
    assert "model-card" in tags["OL006"] and "openness-toml" in tags["OL101"] and "license" in tags["OL201"]
    assert run["columnKind"] == "unicodeCodePoints"
    assert run["invocations"] == [{"executionSuccessful": True}]
    assert "%SRCROOT%" in run["originalUriBaseIds"]


def test_rule_index_points_at_the_rule(cli):
    sarif = sarif_of(cli, ROOT / "examples" / "llama-finetune")
    run = sarif["runs"][0]
    assert run["results"]
    for result in run["results"]:
        assert run["tool"]["driver"]["rules"][result["ruleIndex"]]["id"] == result["ruleId"]


def test_verdicts_are_in_the_run_properties(cli):
    sarif = sarif_of(cli, "--definition", "mof", ROOT / "examples" / "open-model")
    (repo,) = sarif["runs"][0]["properties"]["repositories"]
    assert repo["verdicts"] == [
        {"definition": "osaid-1.0", "title": "OSAID 1.0", "claim": "open-source-ai", "met": True, "class": None, "classLabel": None},
        {"definition": "mof", "title": "MOF", "claim": None, "met": True, "class": 3, "classLabel": "Class III - Open Model"},
    ]


# --- fingerprints -------------------------------------------------------------------------------------


def _prints(sarif: dict) -> list[tuple[str, dict]]:
    return [(r["ruleId"], r["partialFingerprints"]) for r in sarif["runs"][0]["results"]]


def test_fingerprints_are_the_same_across_runs(make_repo, cli, monkeypatch):
    monkeypatch.chdir(make_repo(REPOS["openness-mistakes"]))
    first, second = sarif_of(cli, "."), sarif_of(cli, ".")
    assert _prints(first) == _prints(second)
    for _, prints in _prints(first):
        assert re.fullmatch(r"[0-9a-f]{64}", prints["openlint/v1"])
        assert prints["primaryLocationLineHash"] == prints["openlint/v1"][:16] + ":1"


def test_fingerprints_survive_a_line_inserted_above(make_repo, cli, monkeypatch):
    files = open_repo(drop=("training-code",)) | {"README.md": "---\nlicense: apache 2.0\n---\n# Tiny\n"}
    root = make_repo(files)
    monkeypatch.chdir(root)
    before = sarif_of(cli, ".")
    (root / "openness.toml").write_text("# a comment\n\n" + files["openness.toml"], encoding="utf-8")
    (root / "README.md").write_text("---\n# a comment\nlicense: apache 2.0\n---\n# Tiny\n", encoding="utf-8")
    after = sarif_of(cli, ".")

    def lines(sarif):
        return {r["ruleId"]: r["locations"][0]["physicalLocation"]["region"]["startLine"] for r in sarif["runs"][0]["results"]}

    assert lines(before)["OL401"] + 2 == lines(after)["OL401"]
    assert lines(before)["OL201"] + 1 == lines(after)["OL201"]
    assert sorted(_prints(before), key=str) == sorted(_prints(after), key=str)


def test_identical_findings_get_distinct_fingerprints():
    found = [
        Finding("OL301", "component-path-missing", "error", "src/x.py does not exist", "openness.toml", line, 1, None, None, "f", "c")
        for line in (3, 9)
    ]
    report = Report("1.0.0", [RepoReport(".", findings=found)])
    prints = fingerprints(report)
    assert prints[id(found[0])] != prints[id(found[1])]
    results = log(report)["runs"][0]["results"]
    assert results[0]["partialFingerprints"] != results[1]["partialFingerprints"]


def test_stable_message_drops_line_numbers_only():
    assert stable_message("README.md is not valid UTF-8: byte 0xe9 at line 12, column 3") == (
        "README.md is not valid UTF-8: byte 0xe9 at line #, column #"
    )
    assert stable_message("the card says 'mit' but LICENSE holds Apache-2.0 (line 4)") == "the card says 'mit' but LICENSE holds Apache-2.0 (line #)"
    assert stable_message("LICENSE: no known license found in lines 3-9") == "LICENSE: no known license found in lines #"
    assert stable_message("license from README.md:12 and LICENSE:3:1") == "license from README.md:# and LICENSE:#"
    assert stable_message("duplicate key 'license' (first at line 2)") == "duplicate key 'license' (first at line #)"
    # other numbers and URLs stay
    assert stable_message("more than 700 million users; see https://example.com/x") == "more than 700 million users; see https://example.com/x"
    assert stable_message("Llama 3 and OSD 6") == "Llama 3 and OSD 6"
