"""Findings point at the exact line and column of what they are about."""

from __future__ import annotations

import pytest
from helpers import located, only, repo_of, without_license_notices
from repos import CARD_OK, LICENSE_NOTICE, LICENSE_OK, MIT_TEXT, REPOS


def test_card_license_llama3_is_located_at_its_value(make_repo, check_json):
    root = make_repo(REPOS["card-llama3"])
    report = check_json(root)
    # openlint knows llama3 (the Hub id of the Llama 3 Community License): nothing to say at the value
    assert located(report) == [LICENSE_NOTICE, ("OL406", "README.md", 1, 1)]
    assert [(lic["file"], lic["line"], lic["source"], lic["id"]) for lic in repo_of(report)["licenses"] if lic["source"] == "card"] == [
        ("README.md", 3, "card", "LicenseRef-Llama-3-Community")
    ]
    # a finding about the card's license is at its value: here the MIT text in LICENSE contradicts it
    report = check_json(make_repo(REPOS["card-llama3"] | {"LICENSE": MIT_TEXT}))
    assert located(report) == [("OL406", "README.md", 1, 1), ("OL210", "README.md", 3, 10)]


def test_unknown_card_license_is_ol201_at_its_value(make_repo, check_json):
    finding = only(check_json(make_repo(REPOS["card-unknown-license"])), "OL201")
    assert (finding["file"], finding["line"], finding["column"], finding["severity"]) == ("README.md", 2, 10, "warning")
    assert finding["message"] == "unknown license 'acme-tiny-terms'"
    assert finding["fix"] == (
        "Use a Hub license id (https://huggingface.co/docs/hub/repositories-licenses), or `license: other` with `license_name` and `license_link`."
    )


def test_misspelt_card_license_gets_a_suggestion(make_repo, check_json):
    root = make_repo({"LICENSE": LICENSE_OK, "README.md": "---\nlibrary_name: transformers\nlicense: apache 2.0\n---\n"})
    finding = only(check_json(root), "OL201")
    assert (finding["line"], finding["column"]) == (3, 10)
    assert finding["message"] == "unknown license 'apache 2.0'; did you mean 'apache-2.0'?"  # the Hub's id
    assert finding["fix"] == "Use the Hub id 'apache-2.0'."


@pytest.mark.parametrize(
    "front_matter, line, column",
    [
        ("license: mit\ntags:\n  - text-generation\n  - open-source\n", 5, 5),
        ("license: mit\ntags:\n- text-generation\n- Open-Source\n", 5, 3),
        ("license: mit\ntags: [text-generation, open-source]\n", 3, 25),
        ("license: mit\ntags: [\n    text,\n    opensource,\n  ]\n", 5, 5),
    ],
    ids=["indented", "unindented", "flow", "flow-multiline"],
)
def test_tag_claim_is_located_at_its_list_item(make_repo, check_json, front_matter, line, column):
    root = make_repo({"LICENSE": LICENSE_OK, "README.md": f"---\n{front_matter}---\n# Tiny\n"})
    report = check_json(root)
    [claim] = repo_of(report)["claims"]
    assert (claim["claim"], claim["file"], claim["line"], claim["column"]) == ("open-source-ai", "README.md", line, column)
    assert claim["end_line"] == line and claim["end_column"] == column + len(claim["text"])
    assert {(f["line"], f["column"]) for f in repo_of(report)["findings"] if f["code"] == "OL417"} == {(line, column)}


def test_openness_claim_is_located_at_its_value(make_repo, check_json):
    report = check_json(make_repo(REPOS["missing-training-code"]))
    [claim] = repo_of(report)["claims"]
    assert claim == {
        "claim": "open-source-ai",
        "file": "openness.toml",
        "line": 5,
        "column": 9,
        "text": 'claim = "open-source-ai"',
        "end_line": 5,
        "end_column": 25,
        "sentence": None,  # only a claim made in prose has a sentence and a subject
        "subject": None,
    }


def test_openness_mistakes_are_located_at_their_keys_and_items(make_repo, check_json):
    report = check_json(make_repo(REPOS["openness-mistakes"]))
    found = {(f["code"], f["line"], f["column"]) for f in repo_of(report)["findings"]}
    assert ("OL102", 4, 1) in found  # licence = "MIT" in [release]
    assert ("OL102", 6, 1) in found  # [components.training_code]
    # only the valid item is a claim, at its own column; "bogus" is a schema problem
    assert [(c["claim"], c["line"], c["column"]) for c in repo_of(report)["claims"]] == [("open-source-ai", 5, 10)]


def test_invalid_claim_item_is_located_at_the_item(make_repo, check_json):
    finding = only(check_json(make_repo(REPOS["openness-mistakes"])), "OL101")
    assert (finding["line"], finding["column"]) == (5, 28)
    assert finding["message"].startswith("release.claim[1]: 'bogus' is not one of ['open-source-ai', ")


def test_unknown_key_in_inline_table_is_located_at_the_key(make_repo, check_json):
    toml = 'format = 1\n[release]\nname = "tiny"\n[components]\ntraining-code = { path = "src", licence = "MIT" }\n'
    report = check_json(make_repo({"LICENSE": LICENSE_OK, "README.md": CARD_OK, "openness.toml": toml, "src/": ""}))
    finding = only(report, "OL102")
    assert (finding["line"], finding["column"]) == (5, 33)
    assert finding["message"] == "unknown key 'licence' in [components.training-code]; did you mean 'license'?"


def test_unknown_dotted_key_is_located_at_the_key(make_repo, check_json):
    toml = 'format = 1\n[release]\nname = "tiny"\n\n   # a comment\n   license.weights = "MIT"\n'
    finding = only(check_json(make_repo({"LICENSE": LICENSE_OK, "README.md": CARD_OK, "openness.toml": toml})), "OL102")
    assert (finding["line"], finding["column"]) == (6, 4)
    assert finding["message"] == "unknown key 'weights' in [release.license]"


def test_wrong_value_is_located_at_the_value(make_repo, check_json):
    toml = 'format = 1\n[release]\nname = "tiny"\ntype =   "llm"\n'
    finding = only(check_json(make_repo({"LICENSE": LICENSE_OK, "README.md": CARD_OK, "openness.toml": toml})), "OL101")
    assert (finding["line"], finding["column"]) == (4, 10)
    assert finding["message"].startswith("release.type: 'llm' is not one of ['language', ")


def test_missing_required_keys_are_located_at_their_table(make_repo, check_json):
    report = check_json(make_repo(REPOS["openness-missing-required"]))
    assert [(f["code"], f["line"], f["column"], f["message"]) for f in repo_of(report)["findings"] if f["code"] == "OL101"] == [
        ("OL101", 1, 1, "(top level): 'format' is a required property"),
        ("OL101", 1, 1, "release: 'name' is a required property"),
    ]
    toml = 'format = 1\n\n# the release\n[release]\nversion = "1"\n'
    finding = only(check_json(make_repo({"LICENSE": LICENSE_OK, "README.md": CARD_OK, "openness.toml": toml})), "OL101")
    assert (finding["line"], finding["column"], finding["message"]) == (4, 1, "release: 'name' is a required property")


def test_card_value_and_key_positions_after_leading_blank_lines(make_repo, check_json):
    card = "\n\n---\nlicense: other\nbase_model_relation:   copy\n---\n"
    report = check_json(make_repo({"LICENSE": LICENSE_OK, "README.md": card}))
    assert [c for c in located(report) if c[0] != "OL406"] == [
        LICENSE_NOTICE,
        ("OL202", "README.md", 4, 1),  # at the `license` key
        ("OL209", "README.md", 4, 10),  # `other` with no license_name: at the value
        ("OL103", "README.md", 5, 24),  # at the value
    ]


def test_component_path_problems_are_located_at_each_value(make_repo, check_json, outside):
    report = check_json(make_repo(REPOS["component-paths"]))
    assert [c for c in without_license_notices(located(report)) if c[0] != "OL406"] == [
        ("OL005", "openness.toml", 5, 8),
        ("OL005", "openness.toml", 7, 8),
        ("OL301", "openness.toml", 9, 29),
        ("OL302", "openness.toml", 10, 7),
        ("OL302", "openness.toml", 12, 36),
    ]


CACHED_CARD = "---\nlicense: other\nlicense_name: acme\ntags:\n  - open-source\n  - nlp\nbase_model: null\nmodel-index:\n  - name: x\n---\n# Card\n"


@pytest.mark.parametrize("cache_env", [{"OPENLINT_NO_CACHE": "1"}, {}])
def test_card_positions_are_the_same_from_the_cache(tmp_path, monkeypatch, cache_env):
    from openlint.inputs.card import parse_card
    from openlint.inputs.sources import TextFile

    monkeypatch.setenv("OPENLINT_CACHE_DIR", str(tmp_path / "cache"))
    for name, value in cache_env.items():
        monkeypatch.setenv(name, value)
    text = TextFile("README.md", CACHED_CARD)
    first, second = parse_card(text, []), parse_card(text, [])
    from_cache = any((tmp_path / "cache").rglob("card-*"))
    assert from_cache == (not cache_env)
    for card in (first, second):
        assert card.metadata == {"license": "other", "license_name": "acme", "tags": ["open-source", "nlp"], "base_model": None, "model-index": [{"name": "x"}]}
        assert card.body_line == 11
        assert [(card.location(p).line, card.location(p).column) for p in [("license_name",), ("tags", 1), ("tags",), ("base_model",), ("model-index", 0, "name"), ("tags", 7), ()]] == [
            (3, 15), (6, 5), (4, 1), (7, 1), (9, 11), (4, 1), (2, 1)
        ]
        assert (card.key_location(("license_name",)).line, card.key_location(("license_name",)).column) == (3, 1)


def test_a_card_with_a_problem_is_reported_again_not_cached(tmp_path, monkeypatch):
    from openlint.inputs.card import parse_card
    from openlint.inputs.sources import TextFile

    monkeypatch.setenv("OPENLINT_CACHE_DIR", str(tmp_path / "cache"))
    text = TextFile("README.md", "---\nlicense: mit\nlicense: apache-2.0\n---\n")
    for _ in range(2):
        findings = []
        card = parse_card(text, findings)
        assert [(f.code, f.line, f.column) for f in findings] == [("OL008", 3, 1)]
        assert card.metadata == {"license": "apache-2.0"}  # the Hub (PyYAML) keeps the last of duplicate keys
    assert not any((tmp_path / "cache").rglob("card-*"))
