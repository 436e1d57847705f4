"""CycloneDX 1.6 JSON: an ML-BOM (AI bill of materials) of each checked release.

Each repository is one `machine-learning-model` component: its name, version and producer, the
license of its weights, a `modelCard` (task, architecture family, the data sets as references),
and openlint's verdicts as `properties` (`openlint:verdict:osaid-1.0` = `met`, ...). The data sets
it names are `data` components; the models it was derived from are `machine-learning-model`
components that it depends on (`dependencies`). With one repository the model is
`metadata.component`, the subject of the BOM; with several, each model is a top-level component.

The document is the same for the same report: no timestamp, and a serial number derived from the
content (a name-based UUID of its SHA-256).
"""

from __future__ import annotations

import hashlib
import json
import re
import uuid

from openlint.model import Release, RepoReport, Report
from openlint.report.formatters.safe import json_text

SCHEMA_URI = "http://cyclonedx.org/schema/bom-1.6.schema.json"
INFORMATION_URI = "https://github.com/openlint/openlint"
# a license expression's parts: parentheses, operators, ids (SPDX spec annex D)
TOKEN = re.compile(r"\(|\)|[^\s()]+")
LICENSE_REF = re.compile(r"(?:DocumentRef-[A-Za-z0-9.-]+:)?LicenseRef-[A-Za-z0-9.-]+")
EXCEPTION_ID = re.compile(r"[A-Za-z0-9.-]+")
HUB_ID = re.compile(r"[A-Za-z0-9][\w.-]*/[\w.-]+")


def state(met: bool | None) -> str:
    return "met" if met else "not-met" if met is False else "unknown"


def openlint_properties(repo: RepoReport) -> list[tuple[str, str]]:
    """openlint's facts about a repository as (name, value) pairs, in a fixed order: the
    claims it makes, each verdict, the MOF class, the counts of findings. The spdx3 format
    writes the same pairs."""
    out = [("openlint:repository", repo.path)]
    out += [("openlint:claim", kind) for kind in dict.fromkeys(c.claim for c in repo.claims)]
    for v in repo.verdicts:
        out.append((f"openlint:verdict:{v.definition}", state(v.met)))
        if v.claim:
            out.append((f"openlint:verdict:{v.definition}:claim", v.claim))
        if v.mof_class is not None:
            out.append(("openlint:mof-class", str(v.mof_class)))
            if v.class_label:
                out.append(("openlint:mof-class-label", v.class_label))
    for severity, count in repo.summary().items():
        out.append((f"openlint:findings:{severity}", str(count)))
    release = repo.release
    if release is not None:
        if release.kind:
            out.append(("openlint:model-type", release.kind))
        if release.relation and release.bases:
            out.append(("openlint:base-model-relation", release.relation))
    return out


def license_form(expression: str, spdx_ids: list[str] | tuple = ()) -> str:
    """How a license is written in a BOM: `id` (one id of the SPDX License List), `expression`
    (a valid SPDX expression of several: listed ids, LicenseRef-, operators) or `name` (a
    LicenseRef- alone, a catalog name, free text)."""
    if expression in spdx_ids:
        return "id"
    tokens = TOKEN.findall(expression)
    if len(tokens) < 3:
        return "name"
    depth, expect_id, after_with = 0, True, False
    for token in tokens:
        if token == "(" and expect_id:
            depth += 1
        elif token == ")" and not expect_id and depth:
            depth -= 1
        elif token.upper() in ("AND", "OR", "WITH") and not expect_id:
            expect_id, after_with = True, token.upper() == "WITH"
        elif expect_id and (
            EXCEPTION_ID.fullmatch(token) if after_with else (token.removesuffix("+") in spdx_ids or LICENSE_REF.fullmatch(token))
        ):
            expect_id, after_with = False, False
        else:
            return "name"
    return "expression" if depth == 0 and not expect_id else "name"


def licenses(expression: str | None, release: Release | None) -> list[dict]:
    if not expression:
        return []
    form = license_form(expression, release.spdx_ids if release is not None else ())
    if form == "expression":
        return [{"expression": expression, "acknowledgement": "declared"}]
    return [{"license": {form: expression, "acknowledgement": "declared"}}]


def _url(text: str | None) -> str | None:
    """`text` when it is a URL a consumer can follow (no blanks, a scheme)."""
    return text if text and "://" in text and not any(c.isspace() for c in text) else None


def _properties(pairs: list[tuple[str, str]]) -> list[dict]:
    return [{"name": name, "value": value} for name, value in pairs]


class _Refs:
    """bom-refs unique in the document: `PATH`, `PATH#dataset:NAME`, `PATH#base:ID`."""

    def __init__(self):
        self.used: set[str] = set()

    def __call__(self, wanted: str) -> str:
        ref, n = wanted, 1
        while ref in self.used:
            n += 1
            ref = f"{wanted}#{n}"
        self.used.add(ref)
        return ref


def repository_components(repo: RepoReport, refs: _Refs) -> tuple[dict, list[dict], dict]:
    """The model of `repo`, the components it names (data sets, base models) and its dependencies entry."""
    release = repo.release
    model_ref = refs(repo.path)
    model: dict = {"type": "machine-learning-model", "bom-ref": model_ref, "name": release.name if release else repo.path}
    others: list[dict] = []
    depends: list[str] = []
    if release is not None:
        if release.producer:
            model["manufacturer"] = {"name": release.producer}
        if release.version:
            model["version"] = release.version
        if licenses(release.license, release):
            model["licenses"] = licenses(release.license, release)
        links = [("website", release.homepage), ("vcs", release.repository)]
        if any(_url(url) for _, url in links):
            model["externalReferences"] = [{"type": kind, "url": url} for kind, url in links if _url(url)]
        parameters: dict = {}
        if release.task:
            parameters["task"] = release.task
        if release.architecture:
            parameters["architectureFamily"] = release.architecture
        data_refs = []
        for dataset in release.datasets:
            ref = refs(f"{repo.path}#dataset:{dataset.name}")
            data_refs.append({"ref": ref})
            others.append(_dataset(dataset, ref, release))
        if data_refs:
            parameters["datasets"] = data_refs
        card: dict = {"modelParameters": parameters} if parameters else {}
        facts = [("openlint:library", release.library)] + [("openlint:language", lang) for lang in release.languages]
        if any(value for _, value in facts):
            card["properties"] = _properties([(name, value) for name, value in facts if value])
        if card:
            model["modelCard"] = card
        for base in release.bases:
            ref = refs(f"{repo.path}#base:{base.id}")
            depends.append(ref)
            component = {"type": "machine-learning-model", "bom-ref": ref, "name": base.id}
            if licenses(base.license, release):
                component["licenses"] = licenses(base.license, release)
            if HUB_ID.fullmatch(base.id):
                component["externalReferences"] = [{"type": "website", "url": f"https://huggingface.co/{base.id}"}]
            others.append(component)
    model["properties"] = _properties(openlint_properties(repo))
    return model, others, {"ref": model_ref, "dependsOn": depends}


def _dataset(dataset, ref: str, release: Release) -> dict:
    component: dict = {"type": "data", "bom-ref": ref, "name": dataset.name}
    if licenses(dataset.license, release):
        component["licenses"] = licenses(dataset.license, release)
    urls = [u for u in dataset.urls if _url(u)]
    if not urls and HUB_ID.fullmatch(dataset.name) and not dataset.urls:  # a Hub id from the card
        urls = [f"https://huggingface.co/datasets/{dataset.name}"]
    if urls:
        component["externalReferences"] = [{"type": "distribution", "url": u} for u in urls]
    data: dict = {"type": "dataset", "name": dataset.name}
    if urls:
        data["contents"] = {"url": urls[0]}
    component["data"] = [data]
    facts = [("openlint:dataset-role", dataset.role), ("openlint:dataset-availability", dataset.availability)]
    facts += [("openlint:dataset-location", where) for where in dataset.urls if not _url(where)]  # a path in the repository
    component["properties"] = _properties([(name, value) for name, value in facts if value])
    return component


def bom(report: Report) -> dict:
    refs = _Refs()
    models, components, dependencies = [], [], []
    for repo in report.repositories:
        model, others, dependency = repository_components(repo, refs)
        models.append(model)
        components += others
        dependencies.append(dependency)
    tool = {
        "type": "application",
        "name": "openlint",
        "version": report.tool_version,
        "externalReferences": [{"type": "website", "url": INFORMATION_URI}],
    }
    metadata: dict = {"tools": {"components": [tool]}}
    if len(models) == 1:
        metadata["component"] = models[0]
    else:
        components = models + components
    metadata["properties"] = _properties([(f"openlint:findings:{k}", str(v)) for k, v in report.summary().items()])
    doc: dict = {
        "$schema": SCHEMA_URI,
        "bomFormat": "CycloneDX",
        "specVersion": "1.6",
        "version": 1,
        "metadata": metadata,
        "components": components,
        "dependencies": dependencies,
    }
    # the same content, the same serial number: a name-based UUID of the document's digest
    digest = hashlib.sha256(json.dumps(doc, sort_keys=True, ensure_ascii=False).encode("utf-8", "surrogatepass")).hexdigest()
    serial = uuid.uuid5(uuid.NAMESPACE_URL, f"{INFORMATION_URI}/cyclonedx/{digest}")
    return {"$schema": SCHEMA_URI, "bomFormat": "CycloneDX", "specVersion": "1.6", "serialNumber": serial.urn} | doc


def render(report: Report) -> str:
    return json_text(json.dumps(bom(report), indent=2, ensure_ascii=False)) + "\n"  # no `##[` for a CI log (safe.py)
