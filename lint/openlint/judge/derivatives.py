"""Base models: which model a release derives from, and whose license terms it inherits."""

from __future__ import annotations

from fnmatch import fnmatchcase

from openlint import rules
from openlint._support.records import record
from openlint._support.resources import data_toml
from openlint.inputs.card import Card
from openlint.inputs.openness import Openness
from openlint.licenses import spdx
from openlint.model import Finding, Location


@record
class BaseModel:
    hub_id: str
    location: Location
    license: str | None  # an SPDX or catalog id, when known

    @property
    def flows_down(self) -> bool:
        """Whether the base's license binds models derived from it (Llama, Gemma, RAIL, ...)."""
        known = spdx.lookup(self.license) if self.license else None
        return bool(known and known.entry and known.entry.get("flows_down") and not known.osi_approved)


def known_license(hub_id: str) -> str | None:
    wanted = hub_id.strip().lower()
    for base in data_toml("base-models.toml")["base"]:
        if fnmatchcase(wanted, base["pattern"].lower()):
            return base["license"]
    return None


def _ids(value) -> list[tuple[int | None, str]]:
    if isinstance(value, str) and value.strip():
        return [(None, value.strip())]
    if isinstance(value, list):
        return [(i, v.strip()) for i, v in enumerate(value) if isinstance(v, str) and v.strip()]
    return []


def base_models(card: Card | None, openness: Openness | None, findings: list[Finding]) -> list[BaseModel]:
    found: dict[str, BaseModel] = {}
    declared = openness.get("release", "base_model_license") if openness is not None else None
    if isinstance(declared, str) and declared.strip():
        from openlint.licenses.card_license import check_ids

        # a Hub id ("llama3") names its catalog entry; an unknown id is OL201 and leaves the base unknown
        declared = check_ids(declared.strip(), openness.value_location(("release", "base_model_license")), findings)
    else:
        declared = None
    sources = []
    if openness is not None:
        for i, hub_id in _ids(openness.get("release", "base_model")):
            path = ("release", "base_model") if i is None else ("release", "base_model", i)
            sources.append((hub_id, openness.value_location(path)))
    if card is not None and card.metadata is not None:
        for i, hub_id in _ids(card.plain_metadata().get("base_model")):
            path = ("base_model",) if i is None else ("base_model", i)
            sources.append((hub_id, card.location(path)))
    for hub_id, at in sources:
        if hub_id.lower() in found:
            continue
        license_id = known_license(hub_id) or declared
        found[hub_id.lower()] = BaseModel(hub_id, at, license_id)
        if license_id is None:
            findings.append(rules.finding("OL415", at, base=hub_id))
    return list(found.values())
