"""Schema findings: one per problem, unknown keys with did-you-mean, card metadata types;
and the JSON Schemas themselves."""

from __future__ import annotations

import json

import pytest
from helpers import REPORT_SCHEMA, ROOT, located, only, repo_of, without_license_notices
from jsonschema import Draft202012Validator
from repos import CARD_OK, LICENSE_NOTICE, LICENSE_OK, REPOS


def openness_findings(make_repo, check_json, toml: str) -> list[dict]:
    report = check_json(make_repo({"LICENSE": LICENSE_OK, "README.md": CARD_OK, "openness.toml": toml}))
    return [f for f in repo_of(report)["findings"] if f["file"] == "openness.toml" and f["code"].startswith("OL1")]


def test_unknown_component_gets_did_you_mean(make_repo, check_json):
    report = check_json(make_repo(REPOS["openness-mistakes"]))
    [finding] = [f for f in repo_of(report)["findings"] if f["code"] == "OL102" and f["line"] == 6]
    assert finding["message"] == "unknown component 'training_code' in [components]; did you mean 'training-code'?"
    assert finding["fix"] == "Rename 'training_code' to 'training-code'."
    assert finding["severity"] == "error"
    assert finding["name"] == "openness-unknown-key"


def test_unknown_release_key_gets_did_you_mean(make_repo, check_json):
    report = check_json(make_repo(REPOS["openness-mistakes"]))
    [finding] = [f for f in repo_of(report)["findings"] if f["code"] == "OL102" and f["line"] == 4]
    assert finding["message"] == "unknown key 'licence' in [release]; did you mean 'license'?"
    assert finding["fix"] == "Rename 'licence' to 'license'."


def test_unknown_key_without_close_match_lists_the_allowed_keys(make_repo, check_json):
    [finding] = openness_findings(make_repo, check_json, 'format = 1\nwhatever = true\n[release]\nname = "tiny"\n')
    assert (finding["code"], finding["line"], finding["column"]) == ("OL102", 2, 1)
    assert finding["message"] == "unknown key 'whatever' in the top level"
    assert finding["fix"] == "Remove 'whatever'; allowed here: format, release, components."


def test_missing_format_and_release_name(make_repo, check_json):
    report = check_json(make_repo(REPOS["openness-missing-required"]))
    assert [(f["code"], f["message"]) for f in repo_of(report)["findings"] if f["file"] == "openness.toml" and f["code"] < "OL2"] == [
        ("OL101", "(top level): 'format' is a required property"),
        ("OL101", "release: 'name' is a required property"),
    ]


def test_wrong_format_version(make_repo, check_json):
    [finding] = openness_findings(make_repo, check_json, 'format = 2\n[release]\nname = "tiny"\n')
    assert (finding["code"], finding["line"], finding["column"], finding["message"]) == ("OL101", 1, 10, "format: 1 was expected")


def test_one_finding_for_a_claim_that_matches_no_branch(make_repo, check_json):
    """`claim` is a string or a list (oneOf): a bad string is one finding, not one per branch."""
    findings = openness_findings(make_repo, check_json, 'format = 1\n[release]\nname = "tiny"\nclaim = "open source"\n')
    assert [(f["code"], f["line"], f["column"]) for f in findings] == [("OL101", 4, 9)]


def test_bad_claim_string_message_names_the_allowed_claims(make_repo, check_json):
    [finding] = openness_findings(make_repo, check_json, 'format = 1\n[release]\nname = "tiny"\nclaim = "open source"\n')
    assert finding["message"].startswith("release.claim: 'open source' is not one of ['open-source-ai', ")


def test_empty_claim_list_is_one_finding_at_the_value(make_repo, check_json):
    findings = openness_findings(make_repo, check_json, 'format = 1\n[release]\nname = "tiny"\nclaim = []\n')
    assert [(f["code"], f["line"], f["column"]) for f in findings] == [("OL101", 4, 9)]


@pytest.mark.parametrize(
    "tail, expected",
    [
        ('[release]\nname = "tiny"\nclaim = []\n', (4, 9, "release.claim: [] should be non-empty")),
        (
            '[release]\nname = "tiny"\n[components.training-code]\nurl = ["https://example.com/x", 2]\n',
            (5, 33, "components.training-code.url[1]: 2 is not of type 'string'"),
        ),
    ],
    ids=["empty-claim-list", "url-list-item"],
)
def test_a_list_value_is_judged_by_the_list_branch(make_repo, check_json, tail, expected):
    findings = openness_findings(make_repo, check_json, "format = 1\n" + tail)
    assert [(f["line"], f["column"], f["message"]) for f in findings] == [expected]


def test_each_problem_is_one_finding(make_repo, check_json):
    toml = (
        "format = 1\n"
        "[release]\n"
        'name = ""\n'
        "monetised = 0\n"
        "training_compute_flop = -1\n"
        "[release.license]\n"
        "code = 3\n"
        "[components.datasets]\n"
        'availability = "maybe"\n'
    )
    findings = openness_findings(make_repo, check_json, toml)
    assert [(f["code"], f["line"], f["column"], f["message"]) for f in findings] == [
        ("OL101", 3, 8, "release.name: '' should be non-empty"),
        ("OL101", 4, 13, "release.monetised: 0 is not of type 'boolean'"),
        ("OL101", 5, 25, "release.training_compute_flop: -1 is less than the minimum of 0"),
        ("OL101", 7, 8, "release.license.code: 3 is not of type 'string'"),
        ("OL101", 9, 16, "components.datasets.availability: 'maybe' is not one of ['open', 'public', 'obtainable', 'unshareable']"),
    ]


# -- model card metadata ------------------------------------------------------------------------


def test_card_metadata_with_wrong_types(make_repo, check_json):
    report = check_json(make_repo(REPOS["card-wrong-types"]))
    assert [(f["code"], f["line"], f["column"], f["message"]) for f in repo_of(report)["findings"] if f["code"] == "OL103"] == [
        ("OL103", 4, 22, "base_model_relation: 'copy' is not one of ['adapter', 'merge', 'quantized', 'finetune']"),
    ]
    # the Hub reads a tags string as one tag, so `tags: open-source` is accepted and is a claim
    assert [(c["claim"], c["line"], c["column"]) for c in repo_of(report)["claims"]] == [("open-source-ai", 3, 7)]


def test_card_license_list_is_accepted_as_the_hub_accepts_it(make_repo, check_json):
    report = check_json(make_repo({"LICENSE": LICENSE_OK, "README.md": "---\nlicense: [mit, apache-2.0]\n---\n"}))
    assert "OL103" not in [f["code"] for f in repo_of(report)["findings"]]


def test_license_other_without_name_and_link(make_repo, check_json):
    report = check_json(make_repo(REPOS["card-license-other"]))
    # the Hub accepts `license: other` alone (no OL103): OL202 and OL209 say what is missing
    assert [c for c in located(report) if c[0] != "OL406"] == [
        LICENSE_NOTICE,
        ("OL202", "README.md", 3, 1),
        ("OL209", "README.md", 3, 10),  # `other` alone leaves the license to the text
    ]
    assert only(report, "OL202")["severity"] == "warning"
    assert report.exit == 0


def test_license_other_with_name_but_no_link_is_a_warning_only(make_repo, check_json):
    card = "---\nlicense: other\nlicense_name: tiny-license\n---\n"
    report = check_json(make_repo({"LICENSE": LICENSE_OK, "README.md": card}))
    assert [c for c in located(report) if c[0] != "OL406"] == [LICENSE_NOTICE, ("OL202", "README.md", 2, 1), ("OL209", "README.md", 2, 10)]
    assert only(report, "OL209")["message"] == (
        "card license 'other' has license_name 'tiny-license', which openlint does not know; the license files decide"
    )
    assert report.exit == 0


def test_license_other_with_name_and_link_is_clean(make_repo, check_json):
    card = "---\nlicense: other\nlicense_name: tiny-license\nlicense_link: LICENSE\n---\n"
    report = check_json(make_repo({"LICENSE": LICENSE_OK, "README.md": card}))
    assert located(report) == [LICENSE_NOTICE, ("OL406", "README.md", 1, 1)]
    # the linked file decides: the card's license is the Apache-2.0 that LICENSE names, at license_link
    assert [(lic["id"], lic["line"]) for lic in repo_of(report)["licenses"] if lic["source"] == "card"] == [("Apache-2.0", 4)]


def test_unknown_card_keys_are_allowed(make_repo, check_json):
    card = "---\nlicense: mit\nwidget:\n  - text: hello\nextra_gated_prompt: agree\n---\n"
    report = check_json(make_repo({"LICENSE": LICENSE_OK, "README.md": card}))
    assert without_license_notices(located(report)) == [("OL406", "README.md", 1, 1)]


# -- the JSON Schemas ---------------------------------------------------------------------------

SCHEMAS = sorted((ROOT / "schemas").glob("*.schema.json"))


@pytest.mark.parametrize("path", SCHEMAS, ids=[p.name for p in SCHEMAS])
def test_schema_is_valid_draft_2020_12(path):
    schema = json.loads(path.read_text(encoding="utf-8"))
    Draft202012Validator.check_schema(schema)
    assert schema["$schema"] == "https://json-schema.org/draft/2020-12/schema"


def properties_without_docs(node, where="#") -> list[str]:
    """Every property schema must have a title and a description (conditions under `if` are not properties)."""
    missing = []
    if isinstance(node, dict):
        for name, sub in (node.get("properties") or {}).items():
            if isinstance(sub, dict) and not (sub.get("title") and sub.get("description")):
                missing.append(f"{where}/properties/{name}")
        for key, sub in node.items():
            if key not in ("if", "not"):
                missing += properties_without_docs(sub, f"{where}/{key}")
    elif isinstance(node, list):
        for i, sub in enumerate(node):
            missing += properties_without_docs(sub, f"{where}/{i}")
    return missing


@pytest.mark.parametrize("path", SCHEMAS, ids=[p.name for p in SCHEMAS])
def test_every_schema_property_has_title_and_description(path):
    assert properties_without_docs(json.loads(path.read_text(encoding="utf-8"))) == []


def test_report_schema_is_strict():
    schema = json.loads(REPORT_SCHEMA.read_text(encoding="utf-8"))

    def objects(node):
        if isinstance(node, dict):
            if node.get("type") == "object":
                yield node
            for sub in node.values():
                yield from objects(sub)
        elif isinstance(node, list):
            for sub in node:
                yield from objects(sub)

    for obj in objects(schema):
        if "properties" not in obj:  # a map (such as Progress): closed by its key names and value type
            assert obj.get("propertyNames", {}).get("enum") or obj.get("propertyNames", {}).get("pattern"), obj.get("title")
            assert isinstance(obj.get("additionalProperties"), dict) and obj["additionalProperties"].get("type"), obj.get("title")
            continue
        assert obj.get("additionalProperties") is False, obj.get("title")
        assert sorted(obj["required"]) == sorted(obj["properties"]), obj.get("title")
