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


MAX_ID_CHARS = 256  # a Hub id is at most 96 characters of name after its owner: longer is no id


@record(frozen=True)
class KnownBase:
    """What data/base-models.toml says of a base model id: its family, and its license or why the
    id cannot tell which license applies (`ambiguous`)."""

    family: str
    license: str | None
    ambiguous: str | None


def canonical_id(hub_id: str) -> str:
    """`hub_id` lower-cased, without the quantisation and format suffixes a re-upload adds."""
    wanted = hub_id.strip().lower()
    # the longest first: `-bnb-4bit` goes whole, not as `-4bit` leaving `-bnb`
    suffixes = sorted(data_toml("base-models.toml")["strip"]["suffixes"], key=len, reverse=True)
    stripped = True
    while stripped:
        stripped = False
        for suffix in suffixes:
            if wanted.endswith(suffix) and len(wanted) > len(suffix):
                wanted, stripped = wanted[: -len(suffix)], True
                break
    return wanted


def known_base(hub_id: str) -> KnownBase | None:
    """The first entry of data/base-models.toml whose patterns match `hub_id` (see the file)."""
    if len(hub_id) > MAX_ID_CHARS:
        return None
    wanted = canonical_id(hub_id)
    for base in data_toml("base-models.toml")["base"]:
        if any(fnmatchcase(wanted, pattern.lower()) for pattern in base["match"]):
            return KnownBase(base["family"], base.get("license"), base.get("ambiguous"))
    return None


def known_license(hub_id: str) -> str | None:
    known = known_base(hub_id)
    return known.license if known is not None else None


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
        known = known_base(hub_id)
        license_id = (known.license if known is not None else None) or declared
        found[hub_id.lower()] = BaseModel(hub_id, at, license_id)
        if license_id is not None:
            continue
        if known is not None and known.ambiguous:  # a family whose terms changed: say so, never guess
            findings.append(rules.finding("OL418", at, base=hub_id, family=known.family, why=known.ambiguous))
        else:
            findings.append(rules.finding("OL415", at, base=hub_id))
    return list(found.values())
