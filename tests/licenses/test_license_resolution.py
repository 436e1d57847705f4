"""Which license governs each component (evidence.py, data/license-text.toml [resolution]),
license expressions, and the restrictions of catalog licenses at the claim (OL409)."""

from __future__ import annotations

import pytest
from helpers import located, only, repo_of
from markers import OSD, breaking, entry, from_markers, line_of
from openlint.licenses import catalog, spdx
from repos import MIT_TEXT

CLAIM_TOML = 'format = 1\n[release]\nname = "tiny"\nclaim = "open-source-ai"\n'  # the claim at 4:9
NO_CLAIM_TOML = 'format = 1\n[release]\nname = "tiny"\n'
WEIGHTS = '[components.model-parameters-final]\npath = "model.safetensors"\n'
CODE = '[components.training-code]\npath = "train.py"\n'
FILES = {"model.safetensors": "weights\n", "train.py": "# training\n"}


def rows(report: dict) -> dict[str, tuple]:
    """component -> (license, license_source, acceptable) for the declared components of the first verdict."""
    return {
        c["component"]: (c["license"], c["license_source"], c["acceptable"])
        for c in repo_of(report)["verdicts"][0]["components"]
        if c["declared"]
    }


# -- expressions ------------------------------------------------------------------------------------


def test_or_with_an_open_branch_is_acceptable_relying_on_it():
    judgement = spdx.judge("MIT OR LicenseRef-Llama-3-Community", ["osi"])
    assert (judgement.acceptable, judgement.relied_on, judgement.rejected) == (True, "MIT", [])
    assert judgement.ids == ["MIT", "LicenseRef-Llama-3-Community"]


def test_and_with_a_model_license_is_not_acceptable():
    judgement = spdx.judge("MIT AND LicenseRef-Llama-3-Community", ["osi"])
    assert (judgement.acceptable, judgement.rejected) == (False, ["LicenseRef-Llama-3-Community"])


def test_with_exception_is_judged_by_its_license():
    judgement = spdx.judge("Apache-2.0 WITH LLVM-exception", ["osi"])
    assert (judgement.acceptable, judgement.ids, judgement.relied_on) == (True, ["Apache-2.0"], "Apache-2.0")


def test_unknown_id_in_an_and_cannot_be_decided():
    judgement = spdx.judge("Acme-1.0 AND MIT", ["osi"])
    assert (judgement.acceptable, judgement.unknown) == (None, ["Acme-1.0"])


def test_or_expression_in_openness_toml_reports_the_branch_relied_on(make_repo, check_json):
    toml = CLAIM_TOML + WEIGHTS + 'license = "MIT OR LicenseRef-Llama-3-Community"\n'
    report = check_json(make_repo({"LICENSE": MIT_TEXT, "openness.toml": toml, **FILES}))
    [row] = [c for c in repo_of(report)["verdicts"][0]["components"] if c["component"] == "model-parameters-final"]
    assert (row["license"], row["acceptable"], row["relies_on"]) == ("MIT OR LicenseRef-Llama-3-Community", True, "MIT")
    assert "OL409" not in [c for c, *_ in located(report)]


# -- resolution ------------------------------------------------------------------------------------


def test_card_llama3_governs_the_weights_though_license_is_mit(make_repo, check_json):
    files = {"LICENSE": MIT_TEXT, "README.md": "---\nlicense: llama3\ntags: [open-source]\n---\n"}
    report = check_json(make_repo(files))
    assert rows(report)["model-parameters-final"] == ("LicenseRef-Llama-3-Community", "README.md:2", False)
    assert rows(report)["model-card"] == ("MIT", "LICENSE:3", True)  # documents: LICENSE, then the card
    # the claim (the tag at 3:8) fails on the Llama 3 clauses, whose text is not in the repository
    at_claim = sorted(f["message"] for f in repo_of(report)["findings"] if f["code"] == "OL409")
    assert len(at_claim) == len(breaking("LicenseRef-Llama-3-Community"))
    assert all("(its text is not in the repository)" in m for m in at_claim)
    assert {(f["line"], f["column"]) for f in repo_of(report)["findings"] if f["code"] == "OL409"} == {(3, 8)}
    assert ("OL210", "README.md", 2, 10) in located(report)  # and the card contradicts LICENSE


@pytest.mark.parametrize("name", ["ACME MODEL LICENSE AGREEMENT", "ACME LICENSE AGREEMENT"], ids=["model-named", "generic-named"])
def test_model_license_file_beside_license_governs_the_weights(make_repo, check_json, name):
    files = {
        "LICENSE": MIT_TEXT,
        name: from_markers("LicenseRef-DeepSeek-License-1.0"),
        "README.md": "---\nlibrary_name: transformers\n---\n",
        "openness.toml": NO_CLAIM_TOML + WEIGHTS + CODE,
        **FILES,
    }
    report = check_json(make_repo(files))
    assert rows(report)["model-parameters-final"] == ("LicenseRef-DeepSeek-License-1.0", f"{name}:1", False)
    assert rows(report)["training-code"] == ("MIT", "LICENSE:3", True)  # the model's license is not the code's


def test_separate_code_and_model_license_files(make_repo, check_json):
    files = {
        "LICENSE-CODE": MIT_TEXT,
        "LICENSE-MODEL": from_markers("LicenseRef-Llama-3-Community"),
        "README.md": "---\nlibrary_name: transformers\n---\n",
        "openness.toml": NO_CLAIM_TOML + WEIGHTS + CODE,
        **FILES,
    }
    report = check_json(make_repo(files))
    assert rows(report)["model-parameters-final"] == ("LicenseRef-Llama-3-Community", "LICENSE-MODEL:1", False)
    assert rows(report)["training-code"] == ("MIT", "LICENSE-CODE:3", True)
    assert [(lic["file"], lic["id"], lic["line"]) for lic in repo_of(report)["licenses"] if lic["source"] == "file"] == [
        ("LICENSE-CODE", "MIT", 3),
        ("LICENSE-MODEL", "LicenseRef-Llama-3-Community", 1),
    ]


def test_one_model_license_file_governs_everything(make_repo, check_json):
    files = {"LICENSE": from_markers("LicenseRef-Llama-2-Community"), "openness.toml": NO_CLAIM_TOML + WEIGHTS + CODE, **FILES}
    report = check_json(make_repo(files))
    assert rows(report)["model-parameters-final"] == ("LicenseRef-Llama-2-Community", "LICENSE:1", False)
    assert rows(report)["training-code"] == ("LicenseRef-Llama-2-Community", "LICENSE:1", False)


def test_openness_toml_comes_first_component_then_type_then_distribution(make_repo, check_json):
    toml = (
        NO_CLAIM_TOML
        + '\n[release.license]\ndistribution = "Apache-2.0"\ncode = "BSD-3-Clause"\n\n'
        + WEIGHTS
        + CODE
        + '[components.inference-code]\npath = "train.py"\nlicense = "MIT"\n'
    )
    files = {"LICENSE": from_markers("LicenseRef-Llama-3-Community"), "README.md": "---\nlicense: llama3\n---\n", "openness.toml": toml, **FILES}
    report = check_json(make_repo(files))
    table = rows(report)
    assert table["inference-code"] == ("MIT", "openness.toml:15", True)
    assert table["training-code"] == ("BSD-3-Clause", "openness.toml:7", True)
    assert table["model-parameters-final"] == ("Apache-2.0", "openness.toml:6", True)
    # ... and openness.toml contradicts the card about the weights
    assert only(report, "OL211")["message"] == (
        "openness.toml says 'Apache-2.0' for the model parameters but the card (README.md) says 'llama3'"
    )


# -- restrictions at the claim (OL409) ---------------------------------------------------------------


RESTRICTED = [e["id"] for e in catalog.entries() if e["kind"] == "license" and breaking(e["id"]) and e["match"].get("titles")]


@pytest.mark.parametrize("identifier", RESTRICTED)
def test_each_breaking_clause_is_one_ol409_at_the_claim(make_repo, check_json, identifier):
    text = from_markers(identifier)
    report = check_json(make_repo({"LICENSE": text, "openness.toml": CLAIM_TOML + WEIGHTS, **FILES}))
    found = [f for f in repo_of(report)["findings"] if f["code"] == "OL409"]
    assert {(f["file"], f["line"], f["column"], f["end_line"], f["end_column"]) for f in found} == {("openness.toml", 4, 9, 4, 25)}
    name = entry(identifier)["name"]
    expected = []
    for restriction in breaking(identifier):
        where = f"LICENSE:{line_of(text, restriction['find'])}" if restriction["find"] else "LICENSE"
        expected.append(
            f"open-source-ai claim not met: {name} {restriction['clause']} ({where}): "
            f"{restriction['explanation'].rstrip('.')} — breaks {restriction['osd']}; covers model-parameters-final"
        )
    assert sorted(f["message"] for f in found) == sorted(expected)
    assert {f["clause"] for f in found} == {f"{r['osd']}; OSAID 1.0" for r in breaking(identifier)}
    assert "OL402" not in [f["code"] for f in repo_of(report)["findings"]]  # explained clause by clause instead
    assert report.exit == 1


def test_llama3_with_its_use_policy_lists_the_policy_clauses_too(make_repo, check_json):
    license_text, policy = from_markers("LicenseRef-Llama-3-Community"), from_markers("LicenseRef-Llama-3-AUP")
    files = {"LICENSE": license_text, "USE_POLICY.md": policy, "README.md": "---\nlicense: llama3\n---\n", "openness.toml": CLAIM_TOML + WEIGHTS, **FILES}
    report = check_json(make_repo(files))
    found = [f for f in repo_of(report)["findings"] if f["code"] == "OL409"]
    assert len(found) == len(breaking("LicenseRef-Llama-3-Community")) + len(breaking("LicenseRef-Llama-3-AUP")) == 5
    for restriction in breaking("LicenseRef-Llama-3-AUP"):
        wanted = f"Meta Llama 3 Acceptable Use Policy {restriction['clause']} (USE_POLICY.md:{line_of(policy, restriction['find'])}): "
        assert sum(wanted in f["message"] for f in found) == 1, wanted
    user_cap = [f for f in found if "§2 Additional Commercial Terms" in f["message"]]
    assert [f["message"].split(": ", 1)[1] for f in user_cap] == [
        "Meta Llama 3 Community License Agreement §2 Additional Commercial Terms "
        f"(LICENSE:{line_of(license_text, '700 million monthly active users')}): Licensees whose products had more than "
        "700 million monthly active users on the release date get no rights unless Meta grants a licence at its sole "
        "discretion — breaks OSD 5; covers model-parameters-final"
    ]


def test_llama32_use_policy_excludes_the_eu(make_repo, check_json):
    policy = from_markers("LicenseRef-Llama-3.2-AUP")
    files = {
        "LICENSE": from_markers("LicenseRef-Llama-3.2-Community"),
        "USE_POLICY.md": policy,
        "openness.toml": CLAIM_TOML + WEIGHTS,
        **FILES,
    }
    report = check_json(make_repo(files))
    [region] = [r for r in breaking("LicenseRef-Llama-3.2-AUP") if r["kind"] == "region-exclusion"]
    [finding] = [f for f in repo_of(report)["findings"] if f["code"] == "OL409" and region["clause"] in f["message"]]
    assert (finding["line"], finding["column"]) == (4, 9)
    assert f"(USE_POLICY.md:{line_of(policy, region['find'])})" in finding["message"]
    assert "EU" in finding["message"] and finding["message"].endswith("— breaks OSD 5; covers model-parameters-final")


def test_restriction_findings_name_every_component_they_cover(make_repo, check_json):
    toml = CLAIM_TOML + WEIGHTS + CODE
    report = check_json(make_repo({"LICENSE": from_markers("LicenseRef-Llama-2-Community"), "openness.toml": toml, **FILES}))
    found = [f for f in repo_of(report)["findings"] if f["code"] == "OL409"]
    assert len(found) == len(breaking("LicenseRef-Llama-2-Community"))
    assert all(f["message"].endswith("; covers training-code, model-parameters-final") for f in found)


def test_every_breaking_osd_is_a_criterion():
    for e in catalog.entries():
        for r in breaking(e["id"]):
            assert OSD.fullmatch(r["osd"]), (e["id"], r)


def test_flat_expressions_are_read_as_license_expression_reads_them():
    # parse_ids reads "A AND B OR C" itself (license-expression costs a hook 50 ms to import):
    # the ids, and their spelling, must be those license-expression gives, for known ids and others
    import random

    from openlint.licenses import spdx

    rng = random.Random(7)
    pool = ["MIT", "apache-2.0", "Apache-2.0", "BSD-3-Clause", "gpl-2.0-or-later", "LicenseRef-Foo", "llama3", "cc-by-nc-4.0", "Apache-2.0+", "Not-A-License"]
    for _ in range(300):
        parts = [rng.choice(pool) for _ in range(rng.randint(2, 5))]
        expression = parts[0] + "".join(f" {rng.choice(['AND', 'OR', 'and', 'or'])} {p}" for p in parts[1:])
        parsed = spdx._licensing().parse(expression)
        expected = [s.key for s in spdx._licensing().license_symbols(parsed, decompose=True) if not getattr(s, "is_exception", False)]
        assert spdx.parse_ids(expression) == expected, expression


def test_flat_expressions_are_judged_as_license_expression_trees_are():
    import random

    from openlint.licenses import spdx

    rng = random.Random(11)
    pool = ["MIT", "apache-2.0", "BSD-3-Clause", "gpl-2.0-or-later", "LicenseRef-Foo", "llama3", "cc-by-nc-4.0", "CC-BY-4.0", "Apache-2.0+"]
    classes = [["osi"], ["mof-data", "osi"], ["osi", "open-content"], ["open-model", "mof-code"]]
    for _ in range(300):
        parts = [rng.choice(pool) for _ in range(rng.randint(2, 5))]
        expression = parts[0] + "".join(f" {rng.choice(['AND', 'OR'])} {p}" for p in parts[1:])
        wanted = rng.choice(classes)
        tree = spdx._licensing().parse(expression)
        assert spdx.judge(expression, wanted) == spdx._judge_tree(tree, wanted), expression
