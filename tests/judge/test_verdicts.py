"""Verdicts: claims judged against OSAID 1.0 (and other definitions), with the exit codes."""

from __future__ import annotations

import pytest
from helpers import located, only, repo_of
from openlint.judge import definitions
from repos import LICENSE_NOTICE, REPOS, open_repo

CLAIM = ("openness.toml", 5, 9)  # where open_repo() makes its claim


def osaid(report: dict) -> dict:
    verdict = repo_of(report)["verdicts"][0]
    assert verdict["definition"] == "osaid-1.0"
    return verdict


def test_all_required_components_under_open_licenses_meet_osaid(make_repo, check_json):
    report = check_json(make_repo(REPOS["open"]))
    assert located(report) == [LICENSE_NOTICE]
    verdict = osaid(report)
    assert (verdict["met"], verdict["claim"], verdict["claim_file"], verdict["claim_line"]) == (True, "open-source-ai", "openness.toml", 5)
    assert verdict["reasons"] == []
    rows = {c["component"]: c for c in verdict["components"]}
    assert rows["training-code"] == {
        "component": "training-code",
        "requirement": "required",
        "declared": True,
        "where": ["src/train.py"],
        "license": "Apache-2.0",
        "license_source": "openness.toml:8",
        "acceptable": True,
        "relies_on": None,  # set only for an OR expression: the branch the verdict relies on
    }
    assert (rows["data-card"]["requirement"], rows["data-card"]["license"], rows["data-card"]["acceptable"]) == (
        "conditional",
        "CC-BY-4.0",
        True,
    )
    assert (rows["datasets"]["declared"], rows["datasets"]["acceptable"]) == (False, None)
    assert (rows["evaluation-code"]["requirement"], rows["evaluation-code"]["declared"]) == ("optional", False)
    assert len(rows) == 17
    assert report.exit == 0


def test_missing_training_code_is_ol401_at_the_claim(make_repo, check_json):
    report = check_json(make_repo(REPOS["missing-training-code"]))
    assert located(report) == [LICENSE_NOTICE, ("OL401", *CLAIM)]
    finding = only(report, "OL401")
    assert finding["message"] == (
        "open-source-ai claim not met: training-code is not declared "
        "(OSAID 1.0 § Code: training, validation and testing code under an OSI-approved license)"
    )
    assert finding["clause"] == "OSAID 1.0 § Code: training, validation and testing code under an OSI-approved license"
    assert finding["fix"] == (
        "Release the training-code and declare it in openness.toml as `[components.training-code]` "
        "with `path` or `url` and `license`."
    )
    assert (finding["end_line"], finding["end_column"]) == (5, 25)
    assert osaid(report)["met"] is False
    assert osaid(report)["reasons"] == ["training-code not declared"]
    assert report.exit == 1


def test_non_commercial_weights_are_ol409_at_the_claim(make_repo, check_json):
    # CC-BY-NC-4.0 is in the model-license catalog, so the failure is explained clause by clause (OL409)
    # instead of OL402; the card's apache-2.0 contradicts the declared weights license (OL211)
    report = check_json(make_repo(REPOS["weights-non-commercial"]))
    assert located(report) == [LICENSE_NOTICE, ("OL409", *CLAIM), ("OL211", "openness.toml", 27, 11)]
    finding = only(report, "OL409")
    assert finding["message"] == (
        "open-source-ai claim not met: Creative Commons Attribution Non Commercial 4.0 International Section 2(a)(1) "
        "License grant (its text is not in the repository): The material may be shared and adapted for non-commercial "
        "purposes only — breaks OSD 6; covers model-parameters-final"
    )
    assert finding["clause"] == "OSD 6; OSAID 1.0"
    assert finding["fix"] == "Release model-parameters-final under an OSI-approved license, or withdraw the claim."
    assert only(report, "OL211")["message"] == (
        "openness.toml says 'CC-BY-NC-4.0' for the model parameters but the card (README.md) says 'apache-2.0'"
    )
    assert osaid(report)["reasons"] == ["model-parameters-final under CC-BY-NC-4.0"]
    assert report.exit == 1


def test_non_commercial_code_license_is_ol409(make_repo, check_json):
    report = check_json(make_repo(open_repo(licenses={"inference-code": "CC-BY-NC-4.0"})))
    assert located(report) == [LICENSE_NOTICE, ("OL409", *CLAIM)]
    assert only(report, "OL409")["message"].endswith("— breaks OSD 6; covers inference-code")
    assert osaid(report)["reasons"] == ["inference-code under CC-BY-NC-4.0"]


def test_non_commercial_license_outside_the_catalog_is_ol402(make_repo, check_json):
    # CC-BY-NC-SA-2.5 is not OSI-approved and has no catalog entry: the plain OL402
    report = check_json(make_repo(open_repo(licenses={"inference-code": "CC-BY-NC-SA-2.5"})))
    assert located(report) == [LICENSE_NOTICE, ("OL402", *CLAIM)]
    assert "inference-code is under 'CC-BY-NC-SA-2.5', which is not OSI-approved (" in only(report, "OL402")["message"]


def test_no_data_information_is_ol404(make_repo, check_json):
    report = check_json(make_repo(REPOS["no-data-information"]))
    assert located(report) == [LICENSE_NOTICE, ("OL404", *CLAIM)]
    assert only(report, "OL404")["message"] == (
        "open-source-ai claim not met: no data information: declare datasets, data-card, technical-report or research-paper "
        "(OSAID 1.0 § Data Information: the training data, or a complete description of it)"
    )
    assert osaid(report)["reasons"] == ["none of datasets, data-card, technical-report or research-paper"]


def test_strict_terms_rejects_a_cc_by_data_card(make_repo, check_json):
    root = make_repo(REPOS["open"])
    assert located(check_json(root)) == [LICENSE_NOTICE]
    report = check_json(root, "--strict-terms")
    assert located(report) == [LICENSE_NOTICE, ("OL402", *CLAIM)]
    assert "data-card is under 'CC-BY-4.0', which is not OSI-approved (" in only(report, "OL402")["message"]
    assert report.exit == 1


def test_component_without_any_license_is_ol403(make_repo, check_json):
    toml = open_repo()["openness.toml"].replace('\n[release.license]\ndistribution = "Apache-2.0"\n', "")
    files = open_repo() | {"openness.toml": toml, "README.md": "---\nlibrary_name: transformers\n---\n"}
    del files["LICENSE"]  # a LICENSE file would govern the code and, after the card, the weights
    report = check_json(make_repo(files))
    assert located(report) == [("OL403", *CLAIM)] * 6
    assert repo_of(report)["findings"][0]["message"] == (
        "open-source-ai claim not met: no license is declared for data-preprocessing-code "
        "(OSAID 1.0 § Code: data processing and filtering code under an OSI-approved license)"
    )
    assert osaid(report)["reasons"][0] == "model-architecture has no license"


def test_card_license_is_the_fallback_for_components(make_repo, check_json):
    toml = open_repo()["openness.toml"].replace('\n[release.license]\ndistribution = "Apache-2.0"\n', "")
    files = open_repo() | {"openness.toml": toml}
    report = check_json(make_repo(files))
    assert located(report) == [LICENSE_NOTICE]
    rows = {c["component"]: c for c in osaid(report)["components"]}
    # code: a code license file, LICENSE, then the card; the weights: the card first
    assert (rows["training-code"]["license"], rows["training-code"]["license_source"]) == ("Apache-2.0", "LICENSE:1")
    assert (rows["model-parameters-final"]["license"], rows["model-parameters-final"]["license_source"]) == ("Apache-2.0", "README.md:2")
    del files["LICENSE"]
    report = check_json(make_repo(files))
    assert located(report) == []
    rows = {c["component"]: c for c in osaid(report)["components"]}
    assert (rows["training-code"]["license"], rows["training-code"]["license_source"]) == ("Apache-2.0", "README.md:2")


def test_no_claim_is_information_and_exit_zero(make_repo, check_json):
    report = check_json(make_repo(REPOS["open-no-claim"]))
    assert located(report) == [LICENSE_NOTICE, ("OL406", "openness.toml", 1, 1)]
    finding = only(report, "OL406")
    assert finding["severity"] == "info"
    assert finding["message"] == "no openness claim found; OSAID 1.0 verdict for information: met"
    verdict = osaid(report)
    assert (verdict["claim"], verdict["met"], verdict["claim_file"]) == (None, True, None)
    assert report.exit == 0


def test_no_claim_and_not_met_lists_the_reasons(make_repo, check_json):
    report = check_json(make_repo(REPOS["card-only"]))
    assert located(report) == [LICENSE_NOTICE, ("OL406", "README.md", 1, 1)]
    # without openness.toml the card stands for a release of the model's weights (under its license)
    assert only(report, "OL406")["message"] == (
        "no openness claim found; OSAID 1.0 verdict for information: not met (model-architecture not declared; "
        "data-preprocessing-code not declared; training-code not declared; inference-code not declared; "
        "supporting-libraries-and-tools not declared; "
        "none of datasets, data-card, technical-report or research-paper)"
    )
    assert report.exit == 0


def test_card_tag_claim_is_judged(make_repo, check_json):
    report = check_json(make_repo(REPOS["card-claim-tag"]))
    # no openness.toml: one error at the claim for what is not declared (OL417), not one per component
    assert located(report) == [LICENSE_NOTICE, ("OL417", "README.md", 5, 5)]
    assert (osaid(report)["claim_file"], osaid(report)["claim_line"]) == ("README.md", 5)


def test_the_same_claim_twice_is_judged_once_at_the_first_place(make_repo, check_json):
    files = open_repo(drop=("training-code",)) | {"README.md": "---\nlicense: apache-2.0\ntags: [open-source]\n---\n"}
    report = check_json(make_repo(files))
    assert [c["file"] for c in repo_of(report)["claims"]] == ["openness.toml", "README.md"]
    # the verdict's findings are at the first place; the tag is named as a place of the claim too
    assert located(report) == [LICENSE_NOTICE, ("OL416", "README.md", 3, 8), ("OL401", *CLAIM)]
    assert only(report, "OL416")["message"] == (
        "open-source-ai claim: the card's tag 'open-source'; OSAID 1.0 not met (the findings at openness.toml:5 say why)"
    )
    assert len(repo_of(report)["verdicts"]) == 1


def test_definition_option_adds_a_verdict(make_repo, check_json):
    report = check_json(make_repo(REPOS["open"]), "--definition", "open-weights")
    assert [(v["definition"], v["claim"], v["met"]) for v in repo_of(report)["verdicts"]] == [
        ("osaid-1.0", "open-source-ai", True),
        ("open-weights", None, True),
    ]
    assert located(report) == [LICENSE_NOTICE]
    assert report.exit == 0


def test_definition_option_for_the_claimed_definition_is_not_repeated(make_repo, check_json):
    report = check_json(make_repo(REPOS["open"]), "--definition", "osaid-1.0")
    assert [v["definition"] for v in repo_of(report)["verdicts"]] == ["osaid-1.0"]


def test_definition_option_without_claim_replaces_the_default(make_repo, check_json):
    report = check_json(make_repo(REPOS["card-only"]), "--definition", "open-weights")
    # the card stands for the weights, under its apache-2.0
    assert [(v["definition"], v["met"]) for v in repo_of(report)["verdicts"]] == [("open-weights", True)]
    assert only(report, "OL406")["message"] == "no openness claim found; Open weights verdict for information: met"
    report = check_json(make_repo(REPOS["card-only"] | {"README.md": "---\nlicense: cc-by-nc-4.0\n---\n"}), "--definition", "open-weights")
    assert [(v["definition"], v["met"]) for v in repo_of(report)["verdicts"]] == [("open-weights", False)]
    assert only(report, "OL406")["message"] == (
        "no openness claim found; Open weights verdict for information: not met (model-parameters-final under CC-BY-NC-4.0)"
    )


def test_open_weights_claim_is_judged_by_open_weights(make_repo, check_json):
    report = check_json(make_repo(REPOS["open-two-claims"]))
    assert [(v["definition"], v["claim"], v["met"]) for v in repo_of(report)["verdicts"]] == [
        ("osaid-1.0", "open-source-ai", True),
        ("open-weights", "open-weights", True),
    ]
    assert [(c["claim"], c["column"]) for c in repo_of(report)["claims"]] == [("open-source-ai", 10), ("open-weights", 28)]


def test_open_weights_claim_with_non_commercial_weights(make_repo, check_json):
    files = open_repo(claim='"open-weights"', licenses={"model-parameters-final": "CC-BY-NC-4.0"})
    report = check_json(make_repo(files))
    assert located(report) == [LICENSE_NOTICE, ("OL409", "openness.toml", 5, 9), ("OL211", "openness.toml", 27, 11)]
    assert only(report, "OL409")["clause"] == "OSD 6; Open weights"
    files = open_repo(claim='"open-weights"', licenses={"model-parameters-final": "CC-BY-NC-SA-2.5"})  # not catalogued
    report = check_json(make_repo(files))
    assert located(report) == [LICENSE_NOTICE, ("OL402", "openness.toml", 5, 9), ("OL211", "openness.toml", 27, 11)]
    assert only(report, "OL402")["clause"] == "Open weights: final parameters public under OSI-approved terms"


def test_mof_claim_is_judged_by_the_mof(make_repo, check_json):
    # MOF claims are evaluated (data/definitions/mof.toml): Class I needs far more than OSAID's list
    report = check_json(make_repo(REPOS["open-mof-claim"]))
    assert located(report) == [LICENSE_NOTICE] + [("OL401", *CLAIM)] * 7 + [("OL412", "openness.toml", 8, 16)]
    missing = [f["message"].split(": ")[1].split(" is not declared")[0] for f in repo_of(report)["findings"] if f["code"] == "OL401"]
    assert missing == [
        "datasets",
        "evaluation-code",
        "evaluation-data",
        "evaluation-results",
        "model-parameters-intermediate",
        "research-paper",
        "technical-report",
    ]
    assert only(report, "OL412")["message"] == (
        "model-parameters-final is under Apache-2.0, open but not a license the MOF lists as appropriate for data (data)"
    )
    [verdict] = repo_of(report)["verdicts"]
    assert (verdict["definition"], verdict["claim"], verdict["met"]) == ("mof", "mof-class-1", False)
    assert (verdict["class"], verdict["class_label"], verdict["progress"]) == (0, "Unclassified", {"3": 67, "2": 0, "1": 0})
    assert report.exit == 1


def test_unknown_definition_is_a_usage_error(make_repo, cli):
    result = cli("check", "--definition", "nope", make_repo(REPOS["open"]))
    assert (result.code, result.out) == (2, "")
    assert result.err == f"openlint: error: unknown definition 'nope' (choose from {', '.join(definitions.available())})\n"
    assert {"eu-ai-act-2024", "eu-ai-act-2025-guidelines", "g7-2026", "mof", "open-weights", "osaid-1.0"} <= set(definitions.available())


# -- exit codes -----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "repo, options, code",
    [
        ("open", [], 0),
        ("missing-training-code", [], 1),
        ("missing-training-code", ["--exit-zero"], 0),
        ("missing-training-code", ["--fail-on", "never"], 0),
        ("missing-training-code", ["--fail-on", "warning"], 1),
        ("card-unknown-license", [], 0),  # a warning (OL201) and an info (OL406)
        ("card-unknown-license", ["--fail-on", "warning"], 1),
        ("card-unknown-license", ["--fail-on", "warning", "--exit-zero"], 0),
        ("open-no-claim", [], 0),  # an info only
        ("open-no-claim", ["--fail-on", "warning"], 0),
        ("open-no-claim", ["--fail-on", "info"], 1),
        ("open", ["--fail-on", "info"], 1),  # OL214: LICENSE names Apache-2.0 without its text
        ("open-full-text", [], 0),
        ("open-full-text", ["--fail-on", "info"], 0),  # no finding at all
    ],
)
def test_exit_codes(make_repo, cli, repo, options, code):
    assert cli("check", make_repo(REPOS[repo]), *options).code == code


def test_exit_code_counts_every_repository(make_repo, cli):
    good, bad = make_repo(REPOS["open"]), make_repo(REPOS["missing-training-code"])
    assert cli("check", good, good).code == 0
    assert cli("check", good, bad).code == 1
    assert cli("check", bad, good).code == 1
