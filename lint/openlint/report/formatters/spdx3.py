"""SPDX 3.0.1 JSON-LD with the AI and Dataset profiles: an AI bill of materials of each checked release.

Each repository is an `ai_AIPackage` (a root element of the `SpdxDocument`); the data sets it
names are `dataset_DatasetPackage`s it is `trainedOn` (or `testedOn`), the models it was derived
from are `ai_AIPackage`s it is a `descendantOf`, and licenses are `simplelicensing_LicenseExpression`
elements reached through `hasDeclaredLicense` relationships. openlint's verdicts are the same
name/value pairs as in the cyclonedx format, in the Extension profile's
`extension_CdxPropertiesExtension` of the model's package (made for exactly such pairs), and in
one line of its `comment` for readers that skip extensions.

The same report gives the same bytes: element ids are under a `urn:` namespace derived from the
document's digest, and `created` — which SPDX requires and openlint cannot give without making
the output differ from run to run — is the Unix epoch, 1970-01-01T00:00:00Z.
"""

from __future__ import annotations

import hashlib
import json
import re

from openlint.model import Release, RepoReport, Report
from openlint.report.formatters.cyclonedx import HUB_ID, INFORMATION_URI, LICENSE_REF, license_form, openlint_properties
from openlint.report.formatters.safe import json_text

CONTEXT = "https://spdx.org/rdf/3.0.1/spdx-context.jsonld"
CREATED = "1970-01-01T00:00:00Z"
CREATION_INFO = "_:creationinfo"
PROFILES = ["core", "software", "simpleLicensing", "ai", "dataset", "extension"]
ROLES = {"training": "trainedOn", "evaluation": "testedOn"}


class _Graph:
    """The elements of the document, each with an id under `namespace` and the shared CreationInfo."""

    def __init__(self, namespace: str):
        self.namespace = namespace
        self.elements: list[dict] = []
        self.licenses: dict[str, str] = {}  # expression -> its element's id
        self.count: dict[str, int] = {}

    def add(self, kind: str, local: str, **fields) -> str:
        n = self.count[local] = self.count.get(local, 0) + 1
        ident = f"{self.namespace}{local}/{n}"
        self.elements.append({"type": kind, "spdxId": ident, "creationInfo": CREATION_INFO} | fields)
        return ident

    def relate(self, source: str, kind: str, targets: list[str]) -> None:
        if targets:
            self.add("Relationship", "relationship", **{"from": source, "relationshipType": kind, "to": targets})

    def license(self, expression: str | None, release: Release | None) -> list[str]:
        """The id of the element for `expression` (one per distinct expression); free text that no
        SPDX expression can hold becomes a LicenseRef- of its own, the text kept in `comment`."""
        if not expression:
            return []
        if expression not in self.licenses:
            fields = {}
            written = expression
            if license_form(expression, release.spdx_ids if release is not None else ()) == "name" and not LICENSE_REF.fullmatch(expression):
                written = "LicenseRef-openlint-" + (re.sub(r"[^A-Za-z0-9.]+", "-", expression).strip("-")[:64] or "unknown")
                fields["comment"] = f"the license as the repository names it: {expression}"
            self.licenses[expression] = self.add(
                "simplelicensing_LicenseExpression", "license", simplelicensing_licenseExpression=written, **fields
            )
        return [self.licenses[expression]]


def _extension(pairs: list[tuple[str, str]]) -> list[dict]:
    entries = [
        {"type": "extension_CdxPropertyEntry", "extension_cdxPropName": name, "extension_cdxPropValue": value} for name, value in pairs
    ]
    return [{"type": "extension_CdxPropertiesExtension", "extension_cdxProperty": entries}]


def _summary(pairs: list[tuple[str, str]]) -> str:
    return "openlint: " + "; ".join(f"{name.removeprefix('openlint:')} = {value}" for name, value in pairs)


def _repository(graph: _Graph, repo: RepoReport) -> str:
    release = repo.release
    pairs = openlint_properties(repo)
    fields: dict = {"name": release.name if release else repo.path, "software_primaryPurpose": "model"}
    if release is not None:
        if release.version:
            fields["software_packageVersion"] = release.version
        if release.homepage and "://" in release.homepage:
            fields["software_homePage"] = release.homepage
        if release.repository and "://" in release.repository:
            fields["software_sourceInfo"] = f"source code: {release.repository}"
        if release.architecture:
            fields["ai_typeOfModel"] = [release.architecture]
        if release.task:
            fields["ai_domain"] = [release.task]
        if release.producer:
            fields["suppliedBy"] = graph.add("Organization", "organization", name=release.producer)
    fields["comment"] = _summary(pairs)
    fields["extension"] = _extension(pairs)
    model = graph.add("ai_AIPackage", "model", **fields)
    if release is None:
        return model
    graph.relate(model, "hasDeclaredLicense", graph.license(release.license, release))
    by_role: dict[str, list[str]] = {}
    for dataset in release.datasets:
        data: dict = {"name": dataset.name, "software_primaryPurpose": "data", "dataset_datasetType": ["noAssertion"]}
        urls = [u for u in dataset.urls if "://" in u]
        if not dataset.urls and HUB_ID.fullmatch(dataset.name):  # a Hub id from the card
            urls = [f"https://huggingface.co/datasets/{dataset.name}"]
        if urls:
            data["software_downloadLocation"] = urls[0]
        facts = [("openlint:dataset-role", dataset.role), ("openlint:dataset-availability", dataset.availability)]
        facts += [("openlint:dataset-location", where) for where in dataset.urls if "://" not in where]
        data["extension"] = _extension([(name, value) for name, value in facts if value])
        ident = graph.add("dataset_DatasetPackage", "dataset", **data)
        by_role.setdefault(ROLES.get(dataset.role, "trainedOn"), []).append(ident)
        graph.relate(ident, "hasDeclaredLicense", graph.license(dataset.license, release))
    for kind, targets in by_role.items():
        graph.relate(model, kind, targets)
    bases = []
    for base in release.bases:
        fields = {"name": base.id, "software_primaryPurpose": "model"}
        if HUB_ID.fullmatch(base.id):
            fields["software_downloadLocation"] = f"https://huggingface.co/{base.id}"
        ident = graph.add("ai_AIPackage", "model", **fields)
        bases.append(ident)
        graph.relate(ident, "hasDeclaredLicense", graph.license(base.license, release))
    graph.relate(model, "descendantOf", bases)
    return model


def document(report: Report, namespace: str) -> dict:
    graph = _Graph(namespace)
    agent = graph.add("SoftwareAgent", "agent", name="openlint")
    tool = graph.add("Tool", "tool", name=f"openlint {report.tool_version}", externalRef=[{"type": "ExternalRef", "externalRefType": "altWebPage", "locator": [INFORMATION_URI]}])
    roots = [_repository(graph, repo) for repo in report.repositories]
    names = ", ".join(dict.fromkeys(e["name"] for e in graph.elements if e["spdxId"] in roots))
    doc = {
        "type": "SpdxDocument",
        "spdxId": f"{namespace}document",
        "creationInfo": CREATION_INFO,
        "name": f"AI bill of materials: {names}" if names else "AI bill of materials",
        "profileConformance": PROFILES,
        "rootElement": roots,
        "element": [e["spdxId"] for e in graph.elements],
    }
    creation = {"type": "CreationInfo", "@id": CREATION_INFO, "specVersion": "3.0.1", "created": CREATED, "createdBy": [agent], "createdUsing": [tool]}
    return {"@context": CONTEXT, "@graph": [creation, doc, *graph.elements]}


def render(report: Report) -> str:
    # ids under a namespace named by the content: the same report, the same ids
    draft = json.dumps(document(report, "urn:openlint:spdx:"), sort_keys=True, ensure_ascii=False)
    digest = hashlib.sha256(draft.encode("utf-8", "surrogatepass")).hexdigest()[:32]
    return json_text(json.dumps(document(report, f"urn:openlint:spdx:{digest}:"), indent=2, ensure_ascii=False)) + "\n"
