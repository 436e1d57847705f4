"""The AI bills of materials: cyclonedx (CycloneDX 1.6 ML-BOM) and spdx3 (SPDX 3.0.1 JSON-LD, AI
and Dataset profiles). Valid against the official JSON Schemas, exact for a small release, the
same bytes run after run.

The schemas are vendored in tests/data/ (NOTICE-cyclonedx-schema.md, NOTICE-spdx3-schema.md)
rather than installed with a package: cyclonedx-python-lib carries the CycloneDX files but pulls
in five packages of its own, and no package on the registries offers the SPDX 3.0.1 schema for
offline use (spdx3-validate downloads it at run time). Three small JSON files need no install
and no network.
"""

from __future__ import annotations

import hashlib
import json
from functools import cache

import pytest
from helpers import ROOT
from jsonschema import Draft7Validator, Draft202012Validator
from openlint import __version__
from openlint.model import BaseRef, DatasetRef, Release, RepoReport, Report
from openlint.report.formatters import render
from openlint.report.formatters.cyclonedx import license_form
from referencing import Registry, Resource
from repos import open_repo

DATA = ROOT / "tests" / "data"
CYCLONEDX = DATA / "cyclonedx-1.6"
SPDX3 = DATA / "spdx-3.0.1" / "spdx-json-schema.json"
DIGESTS = {
    CYCLONEDX / "bom-1.6.SNAPSHOT.schema.json": "83821ba49aa366ad1f1d16c34837d05edd010f036f652e310db1c77d57b37c58",
    CYCLONEDX / "spdx.SNAPSHOT.schema.json": "ea6e844ee6fba1e93473d94834d0ee0996970533497935f932f73d488ffdf4a3",
    CYCLONEDX / "jsf-0.82.SNAPSHOT.schema.json": "8bae002c25e723db7ee1f26afde680ae1a2b1a8f6b4b4b0fd65dc3becb090aae",
    SPDX3: "873ff9d3177a0c12495fe585c5012f7bec0aa70aabed1f2f1e79f25bd95eb107",
}
EXAMPLES = sorted(p for p in (ROOT / "examples").iterdir() if p.is_dir())

TOML = """format = 1

[release]
name = "Acme-1B-Chat"
version = "1.1"
producer = "Acme Labs"
type = "language"
architecture = "transformer decoder"
huggingface = "https://huggingface.co/acme/acme-1b-chat"
repository = "https://github.com/acme/acme-1b"
base_model = "acme/acme-1b"
base_model_license = "Apache-2.0"
claim = "open-source-ai"

[release.license]
distribution = "Apache-2.0"
"""
DATASETS = """
[components.datasets]
url = ["https://huggingface.co/datasets/acme/web-mix", "https://example.org/code-mix.tar"]
license = "CC-BY-4.0"
availability = "open"

[components.evaluation-data]
url = "https://huggingface.co/datasets/acme/chat-eval"
license = "MIT OR Apache-2.0"
"""
CARD = """---
license: apache-2.0
pipeline_tag: text-generation
library_name: transformers
language:
  - en
base_model: acme/acme-1b
base_model_relation: finetune
datasets:
  - acme/web-mix
  - acme/instructions
---
# Acme 1B Chat

A small chat model.
"""


def acme() -> dict:
    files = open_repo()
    body = files["openness.toml"].split('distribution = "Apache-2.0"\n', 1)[1]
    return files | {"openness.toml": TOML + body + DATASETS, "README.md": CARD}


@cache
def cyclonedx_validator() -> Draft7Validator:
    """bom-1.6 with its two references, each under the address its `$ref` resolves to."""
    schemas = {p.name: json.loads(p.read_text(encoding="utf-8")) for p in CYCLONEDX.glob("*.json")}
    registry = Registry().with_resources((f"http://cyclonedx.org/schema/{name}", Resource.from_contents(s)) for name, s in schemas.items())
    main = schemas["bom-1.6.SNAPSHOT.schema.json"]
    Draft7Validator.check_schema(main)
    return Draft7Validator(main, registry=registry, format_checker=Draft7Validator.FORMAT_CHECKER)


@cache
def spdx3_validator() -> Draft202012Validator:
    schema = json.loads(SPDX3.read_text(encoding="utf-8"))
    Draft202012Validator.check_schema(schema)
    return Draft202012Validator(schema, format_checker=Draft202012Validator.FORMAT_CHECKER)


def errors(validator, doc: dict) -> list[str]:
    found = sorted(validator.iter_errors(doc), key=lambda e: list(e.absolute_path))
    return [f"{'/'.join(map(str, e.absolute_path))}: {e.message[:300]}" for e in found[:5]]


def assert_spdx3(doc: dict) -> None:
    """Valid against the schema, and what the schema cannot say: every reference names an
    element of the document, and the document lists every element."""
    assert errors(spdx3_validator(), doc) == []
    graph = doc["@graph"]
    ids = {e["spdxId"] for e in graph if "spdxId" in e}
    assert len(ids) == len([e for e in graph if "spdxId" in e])  # unique
    [document] = [e for e in graph if e["type"] == "SpdxDocument"]
    assert set(document["element"]) == ids - {document["spdxId"]}
    assert set(document["rootElement"]) <= ids
    for e in graph:
        refs = [e.get("from"), *e.get("to", []), e.get("suppliedBy")] if e["type"] != "CreationInfo" else [*e["createdBy"], *e["createdUsing"]]
        assert {r for r in refs if r} <= ids, e
        assert e["type"] == "CreationInfo" or e["creationInfo"] == "_:creationinfo"


def assert_cyclonedx(doc: dict) -> None:
    assert errors(cyclonedx_validator(), doc) == []
    components = [doc["metadata"]["component"]] if "component" in doc["metadata"] else []
    components += doc["components"]
    refs = [c["bom-ref"] for c in components]
    assert len(refs) == len(set(refs))
    for dependency in doc["dependencies"]:
        assert {dependency["ref"], *dependency["dependsOn"]} <= set(refs)
    for c in components:
        for d in c.get("modelCard", {}).get("modelParameters", {}).get("datasets", []):
            assert d["ref"] in refs


def props(pairs: list[dict], *, spdx: bool = False) -> list[tuple[str, str]]:
    if spdx:
        return [(p["extension_cdxPropName"], p.get("extension_cdxPropValue")) for p in pairs]
    return [(p["name"], p.get("value")) for p in pairs]


# --- the vendored schemas --------------------------------------------------------------------------


def test_vendored_schemas_are_the_files_their_notices_name():
    for path, digest in DIGESTS.items():
        assert hashlib.sha256(path.read_bytes()).hexdigest() == digest, path
    cyclonedx_notice = (DATA / "NOTICE-cyclonedx-schema.md").read_text(encoding="utf-8")
    spdx_notice = (DATA / "NOTICE-spdx3-schema.md").read_text(encoding="utf-8")
    for path, digest in DIGESTS.items():
        assert digest in (cyclonedx_notice if path.parent == CYCLONEDX else spdx_notice)
    assert "Apache License" in cyclonedx_notice and "Community Specification License 1.0" in spdx_notice
    assert json.loads(SPDX3.read_text())["properties"]["@context"]["const"] == "https://spdx.org/rdf/3.0.1/spdx-context.jsonld"


def test_the_validators_refuse_what_the_specifications_refuse(make_repo, cli):
    """Not vacuous: a license id off the SPDX list, a relationship type SPDX has not, an element
    without its creation info and a property no profile defines are all errors."""
    root = make_repo(acme())
    bom = json.loads(cli("check", "--output-format", "cyclonedx", root).out)
    bom["metadata"]["component"]["licenses"] = [{"license": {"id": "LicenseRef-Acme"}}]
    assert errors(cyclonedx_validator(), bom)
    spdx = json.loads(cli("check", "--output-format", "spdx3", root).out)
    assert errors(spdx3_validator(), spdx) == []
    for change in ("relationship type", "no creation info", "unknown property"):
        changed = json.loads(json.dumps(spdx))
        relationship = next(e for e in changed["@graph"] if e["type"] == "Relationship")
        model = next(e for e in changed["@graph"] if e["type"] == "ai_AIPackage")
        if change == "relationship type":
            relationship["relationshipType"] = "basedOn"
        elif change == "no creation info":
            del model["creationInfo"]
        else:
            model["ai_weights"] = "final"
        assert errors(spdx3_validator(), changed), change


# --- cyclonedx ------------------------------------------------------------------------------------------


def release_document(make_repo, cli, fmt: str) -> tuple:
    """The acme release's root and its `fmt` document, with the MOF evaluated too; the run passes."""
    root = make_repo(acme())
    result = cli("check", "--output-format", fmt, "--definition", "mof", root)
    assert (result.code, result.err) == (0, "")
    return root, json.loads(result.out)


def test_cyclonedx_of_a_release(make_repo, cli):
    root, bom = release_document(make_repo, cli, "cyclonedx")
    assert_cyclonedx(bom)
    assert (bom["bomFormat"], bom["specVersion"], bom["version"], bom["$schema"]) == (
        "CycloneDX",
        "1.6",
        1,
        "http://cyclonedx.org/schema/bom-1.6.schema.json",
    )
    assert "timestamp" not in bom["metadata"]
    [tool] = bom["metadata"]["tools"]["components"]
    assert (tool["name"], tool["version"]) == ("openlint", __version__)
    model = bom["metadata"]["component"]
    path = str(root)
    assert model["type"] == "machine-learning-model"
    assert (model["bom-ref"], model["name"], model["version"], model["manufacturer"]) == (path, "Acme-1B-Chat", "1.1", {"name": "Acme Labs"})
    assert model["licenses"] == [{"license": {"id": "Apache-2.0", "acknowledgement": "declared"}}]
    assert model["externalReferences"] == [
        {"type": "website", "url": "https://huggingface.co/acme/acme-1b-chat"},
        {"type": "vcs", "url": "https://github.com/acme/acme-1b"},
    ]
    web, code, chat, extra = (f"{path}#dataset:{n}" for n in ("acme/web-mix", "https://example.org/code-mix.tar", "acme/chat-eval", "acme/instructions"))
    assert model["modelCard"] == {
        "modelParameters": {
            "task": "text-generation",
            "architectureFamily": "transformer decoder",
            "datasets": [{"ref": web}, {"ref": code}, {"ref": chat}, {"ref": extra}],
        },
        "properties": [{"name": "openlint:library", "value": "transformers"}, {"name": "openlint:language", "value": "en"}],
    }
    assert props(model["properties"]) == [
        ("openlint:repository", path),
        ("openlint:claim", "open-source-ai"),
        ("openlint:verdict:osaid-1.0", "met"),
        ("openlint:verdict:osaid-1.0:claim", "open-source-ai"),
        ("openlint:verdict:mof", "not-met"),  # a report, without a claim: Class III needs more components
        ("openlint:mof-class", "0"),
        ("openlint:mof-class-label", "Unclassified"),
        ("openlint:findings:errors", "0"),
        ("openlint:findings:warnings", "0"),
        ("openlint:findings:infos", "1"),
        ("openlint:model-type", "language"),
        ("openlint:base-model-relation", "finetune"),
    ]
    components = {c["bom-ref"]: c for c in bom["components"]}
    assert components[web] == {
        "type": "data",
        "bom-ref": web,
        "name": "acme/web-mix",
        "licenses": [{"license": {"id": "CC-BY-4.0", "acknowledgement": "declared"}}],
        "externalReferences": [{"type": "distribution", "url": "https://huggingface.co/datasets/acme/web-mix"}],
        "data": [{"type": "dataset", "name": "acme/web-mix", "contents": {"url": "https://huggingface.co/datasets/acme/web-mix"}}],
        "properties": [{"name": "openlint:dataset-role", "value": "training"}, {"name": "openlint:dataset-availability", "value": "open"}],
    }
    assert components[code]["name"] == "https://example.org/code-mix.tar"
    assert components[chat]["licenses"] == [{"expression": "MIT OR Apache-2.0", "acknowledgement": "declared"}]
    assert props(components[chat]["properties"]) == [("openlint:dataset-role", "evaluation")]
    # a data set only the card names: no license, its Hub page
    assert "licenses" not in components[extra]
    assert components[extra]["externalReferences"] == [{"type": "distribution", "url": "https://huggingface.co/datasets/acme/instructions"}]
    base = components[f"{path}#base:acme/acme-1b"]
    assert base == {
        "type": "machine-learning-model",
        "bom-ref": f"{path}#base:acme/acme-1b",
        "name": "acme/acme-1b",
        "licenses": [{"license": {"id": "Apache-2.0", "acknowledgement": "declared"}}],
        "externalReferences": [{"type": "website", "url": "https://huggingface.co/acme/acme-1b"}],
    }
    assert bom["dependencies"] == [{"ref": path, "dependsOn": [f"{path}#base:acme/acme-1b"]}]


def test_cyclonedx_license_forms():
    listed = ["Apache-2.0", "MIT", "GPL-2.0-or-later"]
    assert license_form("MIT", listed) == "id"
    assert license_form("MIT OR Apache-2.0", listed) == "expression"
    assert license_form("(MIT AND LicenseRef-Acme) OR GPL-2.0-or-later WITH Classpath-exception-2.0", listed) == "expression"
    assert license_form("LicenseRef-Llama-3-Community", listed) == "name"  # a LicenseRef alone is named
    for text in ("Acme Research License", "MIT OR", "MIT AND (Apache-2.0", "OR MIT", "MIT Apache-2.0", "Unlisted-1.0 OR MIT"):
        assert license_form(text, listed) == "name", text


def test_cyclonedx_of_a_catalog_license_names_it(cli):
    bom = json.loads(cli("check", "--output-format", "cyclonedx", ROOT / "examples" / "llama-finetune").out)
    model = bom["metadata"]["component"]
    assert model["licenses"] == [{"license": {"name": "LicenseRef-Llama-3-Community", "acknowledgement": "declared"}}]
    assert ("openlint:verdict:osaid-1.0", "not-met") in props(model["properties"])


def test_cyclonedx_of_many_repositories_has_one_model_each(make_repo, cli):
    first, second = make_repo(acme(), name="first"), make_repo(open_repo(claim=None), name="second")
    bom = json.loads(cli("check", "--output-format", "cyclonedx", first, second).out)
    assert_cyclonedx(bom)
    assert "component" not in bom["metadata"]
    models = [c for c in bom["components"] if c["type"] == "machine-learning-model" and "#" not in c["bom-ref"]]
    assert [(m["bom-ref"], m["name"]) for m in models] == [(str(first), "Acme-1B-Chat"), (str(second), "tiny")]
    assert [d["ref"] for d in bom["dependencies"]] == [str(first), str(second)]
    assert props(bom["metadata"]["properties"])[0] == ("openlint:findings:errors", "0")


# --- spdx3 ------------------------------------------------------------------------------------------------


def test_spdx3_of_a_release(make_repo, cli):
    root, doc = release_document(make_repo, cli, "spdx3")
    assert_spdx3(doc)
    assert doc["@context"] == "https://spdx.org/rdf/3.0.1/spdx-context.jsonld"
    graph = doc["@graph"]
    by_id = {e["spdxId"]: e for e in graph if "spdxId" in e}
    creation = graph[0]
    assert (creation["type"], creation["specVersion"], creation["created"]) == ("CreationInfo", "3.0.1", "1970-01-01T00:00:00Z")
    assert by_id[creation["createdUsing"][0]]["name"] == f"openlint {__version__}"
    [document] = [e for e in graph if e["type"] == "SpdxDocument"]
    assert document["profileConformance"] == ["core", "software", "simpleLicensing", "ai", "dataset", "extension"]
    [model] = [by_id[i] for i in document["rootElement"]]
    assert model["type"] == "ai_AIPackage"
    assert (model["name"], model["software_packageVersion"], model["software_primaryPurpose"]) == ("Acme-1B-Chat", "1.1", "model")
    assert (model["ai_typeOfModel"], model["ai_domain"]) == (["transformer decoder"], ["text-generation"])
    assert by_id[model["suppliedBy"]] | {"spdxId": "", "creationInfo": ""} == {"type": "Organization", "name": "Acme Labs", "spdxId": "", "creationInfo": ""}
    [extension] = model["extension"]
    assert extension["type"] == "extension_CdxPropertiesExtension"
    pairs = props(extension["extension_cdxProperty"], spdx=True)
    assert ("openlint:verdict:osaid-1.0", "met") in pairs and ("openlint:mof-class", "0") in pairs
    assert model["comment"].startswith(f"openlint: repository = {root}; claim = open-source-ai; verdict:osaid-1.0 = met;")

    def related(source: str, kind: str) -> list[dict]:
        found = [e for e in graph if e["type"] == "Relationship" and e["from"] == source and e["relationshipType"] == kind]
        return [by_id[t] for r in found for t in r["to"]]

    def license_of(element: dict) -> list[str]:
        return [e["simplelicensing_licenseExpression"] for e in related(element["spdxId"], "hasDeclaredLicense")]

    assert license_of(model) == ["Apache-2.0"]
    trained = related(model["spdxId"], "trainedOn")
    assert [d["name"] for d in trained] == ["acme/web-mix", "https://example.org/code-mix.tar", "acme/instructions"]
    assert all(d["type"] == "dataset_DatasetPackage" and d["dataset_datasetType"] == ["noAssertion"] for d in trained)
    assert trained[0]["software_downloadLocation"] == "https://huggingface.co/datasets/acme/web-mix"
    assert [license_of(d) for d in trained] == [["CC-BY-4.0"], ["CC-BY-4.0"], []]
    [evaluation] = related(model["spdxId"], "testedOn")
    assert (evaluation["name"], license_of(evaluation)) == ("acme/chat-eval", ["MIT OR Apache-2.0"])
    [base] = related(model["spdxId"], "descendantOf")
    assert (base["type"], base["name"], license_of(base)) == ("ai_AIPackage", "acme/acme-1b", ["Apache-2.0"])
    # one license element per expression
    expressions = [e["simplelicensing_licenseExpression"] for e in graph if e["type"] == "simplelicensing_LicenseExpression"]
    assert sorted(expressions) == ["Apache-2.0", "CC-BY-4.0", "MIT OR Apache-2.0"]


def test_spdx3_free_text_license_becomes_a_license_ref():
    release = Release(name="x", license="Acme Research License v2", bases=[BaseRef("acme/base", "LicenseRef-Acme")], datasets=[DatasetRef("d", ["data/d.jsonl"])])
    doc = json.loads(render("spdx3", Report("1", [RepoReport(path="r", release=release)])))
    assert_spdx3(doc)
    licenses = [e for e in doc["@graph"] if e["type"] == "simplelicensing_LicenseExpression"]
    assert [(e["simplelicensing_licenseExpression"], e.get("comment")) for e in licenses] == [
        ("LicenseRef-openlint-Acme-Research-License-v2", "the license as the repository names it: Acme Research License v2"),
        ("LicenseRef-Acme", None),
    ]
    [dataset] = [e for e in doc["@graph"] if e["type"] == "dataset_DatasetPackage"]
    assert "software_downloadLocation" not in dataset  # a path in the repository is no download location
    assert props(dataset["extension"][0]["extension_cdxProperty"], spdx=True)[-1] == ("openlint:dataset-location", "data/d.jsonl")


# --- both -------------------------------------------------------------------------------------------------


@pytest.mark.parametrize("example", EXAMPLES, ids=[p.name for p in EXAMPLES])
def test_every_example_is_valid(example, cli):
    assert_cyclonedx(json.loads(cli("check", "--output-format", "cyclonedx", example).out))
    assert_spdx3(json.loads(cli("check", "--output-format", "spdx3", example).out))


def test_all_examples_in_one_document_and_the_same_bytes_every_run(cli, tmp_path):
    for fmt, check in (("cyclonedx", assert_cyclonedx), ("spdx3", assert_spdx3)):
        first = cli("check", "--output-format", fmt, *EXAMPLES).out
        check(json.loads(first))
        assert cli("check", "--output-format", fmt, *EXAMPLES).out == first
        assert cli("check", "--jobs", "2", "--output-format", fmt, *EXAMPLES).out == first
        cli("check", "--report", f"{fmt}:{tmp_path / fmt}", *EXAMPLES)
        assert (tmp_path / fmt).read_text(encoding="utf-8") == first


def test_a_failed_repository_is_still_a_valid_document():
    from openlint.pipeline import failed

    report = Report(__version__, [failed("broken", RuntimeError("boom"))])
    bom = json.loads(render("cyclonedx", report))
    assert_cyclonedx(bom)
    assert bom["metadata"]["component"]["name"] == "broken"
    assert ("openlint:findings:errors", "1") in props(bom["metadata"]["component"]["properties"])
    assert_spdx3(json.loads(render("spdx3", report)))


def test_the_serial_number_follows_the_content(make_repo, cli):
    root = make_repo(acme())
    one = json.loads(cli("check", "--output-format", "cyclonedx", root).out)["serialNumber"]
    (root / "openness.toml").write_text((root / "openness.toml").read_text().replace('version = "1.1"', 'version = "1.2"'))
    two = json.loads(cli("check", "--output-format", "cyclonedx", root).out)["serialNumber"]
    assert one != two and one.startswith("urn:uuid:") and two.startswith("urn:uuid:")


def test_the_json_format_leaves_the_release_out(make_repo, check_json):
    report = check_json(make_repo(acme()))
    assert "release" not in report["repositories"][0]


def test_docs_and_readme_name_every_output_format():
    from openlint.report.choices import OUTPUT_FORMATS

    table = (ROOT / "docs" / "output-formats.md").read_text(encoding="utf-8").split("| Format | What it is |", 1)[1].split("\n\n", 1)[0]
    assert [line.split("`")[1] for line in table.splitlines()[2:]] == list(OUTPUT_FORMATS)
    readme = (ROOT / "README.md").read_text(encoding="utf-8").split("- `--output-format ", 1)[1].split("\n- ", 1)[0]
    assert [name for name in OUTPUT_FORMATS if f"{name}`" not in readme] == []
