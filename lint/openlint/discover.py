"""Which files of a repository openlint reads, by name. Nothing is opened here."""

from __future__ import annotations

import os
import re
from dataclasses import dataclass, field
from pathlib import Path

from openlint import rules
from openlint.model import Finding, Location
from openlint.sources import inside

# LICENSE, LICENCE, COPYING (any case), optionally with .md/.txt, and their -X/.X/_X variants
# (LICENSE-MODEL, LICENSE.code, LICENSE_DATA), plus X_LICENSE forms (MODEL_LICENSE).
LICENSE_NAME = re.compile(
    r"^(?:(?:licen[cs]e|copying)(?:[-._][a-z0-9][a-z0-9._-]*)?"
    r"|[a-z0-9][a-z0-9-]*[-_](?:licen[cs]e|copying)(?:\.(?:md|txt))?)$",
    re.IGNORECASE,
)
POLICY_NAME = re.compile(r"^(?:use[-_]?policy|acceptable[-_]use(?:[-_]policy)?)(?:\.(?:md|txt))?$", re.IGNORECASE)
CARD_NAMES = ("README.md", "MODEL_CARD.md", "model_card.md")
OPENNESS = "openness.toml"


@dataclass
class Inputs:
    root: Path
    license_files: list[str] = field(default_factory=list)
    card_candidates: list[str] = field(default_factory=list)  # in order of preference
    openness: str | None = None


def _entries(root: Path) -> list[os.DirEntry]:
    with os.scandir(root) as it:
        return sorted(it, key=lambda e: e.name)


def discover(root: Path, findings: list[Finding]) -> Inputs:
    inputs = Inputs(root)
    names = {}
    for entry in _entries(root):
        names[entry.name] = entry
        if entry.name == "LICENSES" and entry.is_dir():
            path, reason = inside(root, "LICENSES")
            if path is None:
                findings.append(rules.finding("OL005", Location("LICENSES"), path="LICENSES", reason=reason))
                continue
            inputs.license_files += [f"LICENSES/{e.name}" for e in _entries(path) if not e.is_dir()]
        elif LICENSE_NAME.match(entry.name) or POLICY_NAME.match(entry.name):
            if not entry.is_dir():
                inputs.license_files.append(entry.name)
    for wanted in CARD_NAMES:
        if wanted in names:
            inputs.card_candidates.append(wanted)
        elif wanted == "README.md":  # README.md in another case still counts, after the exact name
            inputs.card_candidates += [n for n in names if n.lower() == "readme.md"]
    if OPENNESS in names:
        inputs.openness = OPENNESS
    return inputs
