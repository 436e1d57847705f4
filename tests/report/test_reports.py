"""Report formats: concise, full and JSON; writing to a file; invariants of every finding."""

from __future__ import annotations

import json
import re

import pytest
from helpers import REPORT_SCHEMA, repo_of
from jsonschema import Draft202012Validator
from openlint import __version__, rules
from repos import LICENSE_NOTICE_CONCISE, REPOS, open_repo

OL401_TRAINING = (
    "open-source-ai claim not met: training-code is not declared "
    "(OSAID 1.0 § Code: training, validation and testing code under an OSI-approved license)"
)


@pytest.fixture
def small_repo(make_repo, monkeypatch):
    """A repository with one warning in the card and one error at the claim; the cwd is its root."""
    files = open_repo(drop=("training-code",)) | {"README.md": "---\nlicense: apache 2.0\n---\n# Tiny\n"}
    root = make_repo(files)
    monkeypatch.chdir(root)
    return root


@pytest.fixture(scope="module")
def report_validator():
    schema = json.loads(REPORT_SCHEMA.read_text(encoding="utf-8"))
    return Draft202012Validator(schema, format_checker=Draft202012Validator.FORMAT_CHECKER)


def test_concise_output_exact(small_repo, cli):
    result = cli("check", ".")
    assert result.out == (
        f"{LICENSE_NOTICE_CONCISE}\n"
        "README.md:2:10: OL201 unknown license 'apache 2.0'; did you mean 'apache-2.0'?\n"
        f"openness.toml:5:9: OL401 {OL401_TRAINING}\n"
        "\n"
        "Found 1 error, 1 warning, 1 info in 1 repository.\n"
        "OSAID 1.0: NOT MET (claim 'open-source-ai' at openness.toml:5)\n"
    )
    assert (result.code, result.err) == (1, "")


def test_concise_output_of_a_clean_repository(make_repo, cli, monkeypatch):
    monkeypatch.chdir(make_repo(REPOS["open"]))
    assert cli("check").out == (
        f"{LICENSE_NOTICE_CONCISE}\n"
        "\n"
        "Found 0 errors, 0 warnings, 1 info in 1 repository.\nOSAID 1.0: met (claim 'open-source-ai' at openness.toml:5)\n"
    )


def test_concise_output_for_several_repositories(make_repo, cli, monkeypatch, tmp_path):
    make_repo(REPOS["open"], name="good")
    make_repo(REPOS["missing-training-code"], name="bad")
    monkeypatch.chdir(tmp_path / "repos")
    result = cli("check", "good", "bad/", "--definition", "open-weights")
    # a run of several repositories is written as each is checked: its findings, then its verdicts
    assert result.out == (
        f"good/{LICENSE_NOTICE_CONCISE}\n"
        "good: OSAID 1.0: met (claim 'open-source-ai' at good/openness.toml:5)\n"
        "good: Open weights: would be met (no claim; for information)\n"
        f"bad/{LICENSE_NOTICE_CONCISE}\n"
        f"bad/openness.toml:5:9: OL401 {OL401_TRAINING}\n"
        "bad/: OSAID 1.0: NOT MET (claim 'open-source-ai' at bad/openness.toml:5)\n"
        "bad/: Open weights: would be met (no claim; for information)\n"
        "Found 1 error, 0 warnings, 2 infos in 2 repositories.\n"
    )
    assert result.code == 1


def test_repository_level_findings_show_the_repository_path(make_repo, cli, tmp_path, monkeypatch):
    make_repo(REPOS["empty"], name="bare")
    monkeypatch.chdir(tmp_path / "repos")
    lines = cli("check", "bare").out.splitlines()
    assert lines[0] == "bare:1:1: OL012 no model card: README.md with YAML front matter, MODEL_CARD.md or model_card.md"


def test_full_output(small_repo, cli):
    out = cli("check", "--output-format", "full", ".").out
    assert out.startswith(
        "LICENSE:1:1: OL214 [info] standard-license-by-reference: LICENSE names Apache License 2.0 without its text\n"
        "   |\n"
        " 1 | SPDX-License-Identifier: Apache-2.0\n"
        "   | ^\n"
        "  = fix: Add the license text (for example as LICENSES/Apache-2.0.txt, the REUSE layout) if the release is distributed without it.\n"
        "  = clause: OSD 7 (distribution of license)\n"
        "\n"
        "README.md:2:10: OL201 [warning] unknown-license-id: unknown license 'apache 2.0'; did you mean 'apache-2.0'?\n"
        "   |\n"
        " 2 | license: apache 2.0\n"
        "   |          ^\n"
        "  = fix: Use the Hub id 'apache-2.0'.\n"
        "  = clause: OSAID 1.0 § Code / § Parameters: under OSI-approved terms\n"
        "\n"
        f"openness.toml:5:9: OL401 [error] claim-component-missing: {OL401_TRAINING}\n"
        "   |\n"
        ' 5 | claim = "open-source-ai"\n'
        "   |         ^^^^^^^^^^^^^^^^\n"
        "  = fix: Release the training-code and declare it in openness.toml as `[components.training-code]` "
        "with `path` or `url` and `license`.\n"
        "  = clause: OSAID 1.0 § Code: training, validation and testing code under an OSI-approved license\n"
        "\n"
        "OSAID 1.0: NOT MET (claim 'open-source-ai' at openness.toml:5)\n"
        "  component                       requirement  declared  where              license     acceptable\n"
        "  model-architecture              required     yes       src/model.py       Apache-2.0  yes\n"
    )
    assert "  training-code                   required     no        -                  -           -\n" in out
    assert "  data-card                       conditional  yes       DATA_CARD.md       CC-BY-4.0   yes\n" in out
    assert "evaluation-code" not in out  # optional and not declared
    assert out.endswith(
        "\nFound 1 error, 1 warning, 1 info in 1 repository.\nOSAID 1.0: NOT MET (claim 'open-source-ai' at openness.toml:5)\n"
    )


def test_full_output_without_a_source_line(make_repo, cli, monkeypatch):
    monkeypatch.chdir(make_repo(REPOS["empty"]))
    out = cli("check", "--output-format", "full", ".").out
    assert out.startswith(
        ".:1:1: OL012 [warning] no-model-card: no model card: README.md with YAML front matter, MODEL_CARD.md or model_card.md\n"
        "  = fix: Add a README.md that starts with `---`, the metadata (license, tags, base_model) and `---`.\n"
        "  = clause: OSAID 1.0 § Data Information; MOF: model card\n"
        "\n"
    )


def test_json_output_envelope(small_repo, cli):
    result = cli("check", "--output-format", "json", ".")
    report = json.loads(result.out)
    assert report["format"] == 1
    assert report["tool"] == {"name": "openlint", "version": __version__}
    assert report["summary"] == {"errors": 1, "warnings": 1, "infos": 1}
    repo = repo_of(report)
    assert repo["path"] == "."
    assert repo["summary"] == report["summary"]
    assert [f["code"] for f in repo["findings"]] == ["OL214", "OL201", "OL401"]
    assert repo["findings"][2] == {
        "code": "OL401",
        "name": "claim-component-missing",
        "severity": "error",
        "message": OL401_TRAINING,
        "file": "openness.toml",
        "line": 5,
        "column": 9,
        "end_line": 5,
        "end_column": 25,
        "fix": "Release the training-code and declare it in openness.toml as `[components.training-code]` "
        "with `path` or `url` and `license`.",
        "clause": "OSAID 1.0 § Code: training, validation and testing code under an OSI-approved license",
    }
    assert "§" in result.out  # not escaped: ensure_ascii is off
    assert result.code == 1


def test_output_format_from_the_environment(small_repo, cli, monkeypatch):
    monkeypatch.setenv("OPENLINT_OUTPUT_FORMAT", "json")
    assert json.loads(cli("check", ".").out)["format"] == 1
    assert cli("check", ".", "--output-format", "concise").out.startswith(f"{LICENSE_NOTICE_CONCISE}\nREADME.md:2:10: OL201 ")


@pytest.mark.parametrize("output_format", ["concise", "full", "json"])
def test_output_file_is_written_and_nothing_printed(small_repo, cli, tmp_path, output_format):
    target = tmp_path / f"report.{output_format}"
    result = cli("check", "--output-format", output_format, "-o", target, ".")
    assert (result.out, result.err, result.code) == ("", "", 1)
    assert target.read_text(encoding="utf-8") == cli("check", "--output-format", output_format, ".").out


def test_output_file_that_cannot_be_written(small_repo, cli, tmp_path):
    (tmp_path / "a-file").write_text("x", encoding="utf-8")
    result = cli("check", "-o", tmp_path / "a-file" / "report.txt", ".")
    assert (result.code, result.out) == (2, "")
    assert result.err == f"openlint: error: cannot create the folder of {tmp_path}/a-file/report.txt: File exists\n"


def test_json_report_of_all_repositories_validates(make_repo, cli, report_validator):
    roots = [make_repo(files, name=name) for name, files in REPOS.items()]
    result = cli("check", "--output-format", "json", *roots)
    report = json.loads(result.out)
    errors = [f"{list(e.absolute_path)}: {e.message}" for e in report_validator.iter_errors(report)]
    assert errors == []
    assert [r["path"] for r in report["repositories"]] == [str(r) for r in roots]
    assert report["summary"] == {
        key: sum(r["summary"][key] for r in report["repositories"]) for key in ("errors", "warnings", "infos")
    }


def test_report_schema_rejects_what_it_should(small_repo, cli, report_validator):
    good = json.loads(cli("check", "--output-format", "json", ".").out)
    assert report_validator.is_valid(good)
    finding = good["repositories"][0]["findings"][0]
    for key, bad in [("code", "X001"), ("code", "OL1"), ("severity", "fatal"), ("line", 0), ("fix", ""), ("extra", 1)]:
        broken = json.loads(json.dumps(good))
        broken["repositories"][0]["findings"][0] = {**finding, key: bad}
        assert not report_validator.is_valid(broken), (key, bad)
    broken = json.loads(json.dumps(good))
    del broken["repositories"][0]["findings"][0]["clause"]
    assert not report_validator.is_valid(broken)
    broken = json.loads(json.dumps(good))
    broken["format"] = 2
    assert not report_validator.is_valid(broken)


PLACEHOLDER = re.compile(r"\{[a-z_]+\}")


@pytest.mark.parametrize("name", sorted(REPOS))
def test_every_finding_is_complete(make_repo, cli, report_validator, name):
    root = make_repo(REPOS[name], name=name)
    result = cli("check", "--output-format", "json", root)
    assert result.err == ""
    report = json.loads(result.out)
    assert list(report_validator.iter_errors(report)) == []
    registry = rules.registry()
    for f in repo_of(report)["findings"]:
        for key in ("code", "name", "severity", "message", "file", "fix", "clause"):
            assert isinstance(f[key], str) and f[key].strip(), (key, f)
        assert f["line"] >= 1 and f["column"] >= 1, f
        assert f["end_line"] is None or f["end_line"] >= f["line"], f
        rule = registry[f["code"]]
        assert (f["name"], f["severity"]) == (rule.name, rule.severity)
        assert not PLACEHOLDER.search(f["message"] + f["fix"]), f
        assert f["file"] == "." or (root / f["file"]).is_symlink() or (root / f["file"]).exists(), f
    # and the other formats render the same findings
    concise = cli("check", root).out
    full = cli("check", "--output-format", "full", root).out
    for f in repo_of(report)["findings"]:
        where = f"{root}/{f['file']}" if f["file"] != "." else str(root)
        assert f"{where}:{f['line']}:{f['column']}: {f['code']} {f['message']}\n" in concise
        assert f"  = clause: {f['clause']}\n" in full


def test_every_rule_is_documented():
    for code, rule in rules.registry().items():
        assert re.fullmatch(r"OL[0-9]{3}", code)
        assert rule.severity in ("error", "warning", "info")
        for field in ("name", "clause", "summary", "message", "fix", "why", "example"):
            assert getattr(rule, field).strip(), (code, field)
