"""What a bill of materials names of a release (the cyclonedx and spdx3 formats): its name,
version and producer, its task and architecture, the license of its weights, the data sets it
names and the models it was derived from, all from what was read already (openness.toml's
[release] and components, the card's front matter, the base models found)."""

from __future__ import annotations

import re

from openlint.model import BaseRef, DatasetRef, Release

HUB_DATASET = r"https?://(?:www\.)?huggingface\.co/datasets/([A-Za-z0-9][\w.-]*/[\w.-]+)/?(?:$|[?#])"
RELEASE_ROLES = {"datasets": "training", "evaluation-data": "evaluation"}


def _release_text(value) -> str | None:
    return value.strip() if isinstance(value, str) and value.strip() else None


def _release_texts(value) -> list[str]:
    items = value if isinstance(value, list) else [value]
    return list(dict.fromkeys(t for t in map(_release_text, items) if t))


def release_of(evidence, folder: str) -> Release:
    """The release that `evidence` (judge/evidence.py) shows; `folder` names it when nothing else does."""
    openness = evidence.openness
    meta = evidence.card.plain_metadata() if evidence.card is not None else {}
    declared = openness.get("release", default={}) if openness is not None else {}
    declared = declared if isinstance(declared, dict) else {}
    index = meta.get("model-index")
    indexed = index[0].get("name") if isinstance(index, list) and index and isinstance(index[0], dict) else None
    name = _release_text(declared.get("name")) or _release_text(meta.get("model_name")) or _release_text(indexed) or folder
    weights = evidence.components.get("model-parameters-final")
    release = Release(
        name=name,
        version=_release_text(declared.get("version")),
        producer=_release_text(declared.get("producer")),
        kind=_release_text(declared.get("type")),
        architecture=_release_text(declared.get("architecture")),
        task=_release_text(meta.get("pipeline_tag")),
        library=_release_text(meta.get("library_name")),
        languages=_release_texts(meta.get("language")),
        license=_release_license(weights.license if weights is not None else None),
        homepage=_release_text(declared.get("huggingface")),
        repository=_release_text(declared.get("repository")),
        relation=_release_text(meta.get("base_model_relation")),
        datasets=_release_datasets(evidence, meta),
        bases=[BaseRef(b.hub_id, b.license) for b in evidence.bases],
    )
    release.spdx_ids = _release_spdx_ids([release.license] + [d.license for d in release.datasets] + [b.license for b in release.bases])
    return release


def _release_license(value: str | None) -> str | None:
    return None if value is None or value.strip() in ("", "NONE") else value.strip()


def _release_datasets(evidence, meta: dict) -> list[DatasetRef]:
    found: dict[str, DatasetRef] = {}
    for cid, role in RELEASE_ROLES.items():
        comp = evidence.components.get(cid)
        if comp is None or not comp.declared:
            continue
        for where in comp.urls + comp.paths:
            hub = re.match(HUB_DATASET, where)
            name = hub.group(1) if hub else where
            found.setdefault(name.lower(), DatasetRef(name, [where], _release_license(comp.license), comp.availability, role))
    for hub_id in _release_texts(meta.get("datasets")):  # Hub ids of the training data
        found.setdefault(hub_id.lower(), DatasetRef(hub_id))
    return list(found.values())


def _release_spdx_ids(licenses: list[str | None]) -> list[str]:
    """The ids in `licenses` that are on the SPDX License List, spelt as it spells them."""
    ids = []
    for expression in filter(None, licenses):
        from openlint.licenses import spdx  # loaded already when the repository names a license

        ids += [i for i in spdx.parse_ids(expression) or () if spdx.is_exact_spdx_id(i)]
    return sorted(set(ids))
