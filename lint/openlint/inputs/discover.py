"""Which files of a repository openlint reads, by name. Nothing is opened here."""

from __future__ import annotations

import os
import re

from openlint import rules
from openlint._support.records import field, record
from openlint.inputs.sources import inside
from openlint.model import Finding, Location

# Matched against lower-cased names: compiling these with re.IGNORECASE would cost every hook run
# about a millisecond more.
# LICENSE, LICENCE, COPYING (any case), optionally with .md/.txt, and their -X/.X/_X variants
# (LICENSE-MODEL, LICENSE.code, LICENSE_DATA), plus X_LICENSE forms (MODEL_LICENSE) and the
# "... LICENSE AGREEMENT" names model releases use (MODEL_LICENSE_AGREEMENT.txt,
# "Tongyi Qianwen LICENSE AGREEMENT").
LICENSE_NAME = re.compile(
    r"^(?:(?:licen[cs]e|copying)(?:[-._][a-z0-9][a-z0-9._-]*)?"
    r"|[a-z0-9][a-z0-9 _-]*?[-_ ](?:licen[cs]e|copying)(?:[-_ ]agreement)?(?:\.(?:md|txt))?)$"
)
# ...but not programs, configuration, data or backups whose names merely start with the word
# (license_checker.py, LICENSE_helper.py, LICENSE.json, LICENSE.txt.bak).
NOT_LICENSE_EXTENSION = re.compile(
    r"\.(?:py[cdiw]?|ipynb|sh|bash|zsh|ps1|bat|cmd|[cm]?js|jsx|tsx?|c|h|cc|cpp|hpp|rs|go|java|kt|rb|pl|php|lua|jl|r"
    r"|json|jsonl|ya?ml|toml|ini|cfg|lock|csv|tsv|parquet|bak|orig|rej|swp|tmp)$"
)
POLICY_NAME = re.compile(r"^(?:use[-_]?policy|acceptable[-_]use(?:[-_]policy)?)(?:\.(?:md|txt))?$")
CARD_NAMES = ("README.md", "MODEL_CARD.md", "model_card.md")
OPENNESS = "openness.toml"


@record
class Inputs:
    root: str | os.PathLike
    license_files: list[str] = field(default_factory=list)
    card_candidates: list[str] = field(default_factory=list)  # in order of preference
    openness: str | None = None
    weights: list[str] = field(default_factory=list)  # weight files (or their Git LFS pointers)
    prose: list[str] = field(default_factory=list)  # other READMEs and model cards, read for claims


WEIGHT_SUFFIXES = (".safetensors", ".bin", ".pt", ".pth", ".ckpt", ".gguf", ".onnx", ".h5", ".msgpack")
PROSE_NAME = re.compile(r"^(?:readme[\w.-]*|[\w-]*model[_-]?card[\w-]*|[\w-]*_readme)\.md$")  # lower-cased names
SKIP_DIRS = frozenset({".git", "node_modules", "__pycache__", ".venv", "venv", ".tox"})
WALK_DEPTH = 3  # weights sit at the top or in a checkpoints/ folder; deeper is vendored code
WALK_LIMIT = 5000  # entries looked at, so that a huge tree cannot stall a hook


def walk(root: str | os.PathLike) -> list[tuple[str, bool]]:
    """(path, is_dir) of the repository's entries, breadth first, files up to WALK_DEPTH folders
    deep; hidden entries, SKIP_DIRS and symlinks are left out, and at most WALK_LIMIT are listed."""
    from collections import deque

    out: list[tuple[str, bool]] = []
    queue = deque([("", 0)])
    while queue and len(out) < WALK_LIMIT:
        rel, depth = queue.popleft()
        try:
            entries = _entries(os.path.join(root, rel) if rel else root)
        except OSError:
            continue
        for entry in entries:
            if entry.name.startswith(".") or entry.name in SKIP_DIRS or entry.is_symlink():
                continue
            path = f"{rel}/{entry.name}" if rel else entry.name
            is_dir = _is_dir(entry)
            out.append((path, is_dir))
            if is_dir and depth < WALK_DEPTH:
                queue.append((path, depth + 1))
    return out


def find_weights(root: str | os.PathLike) -> list[str]:
    """Weight files (or their Git LFS pointers) in the walked part of the repository."""
    return sorted(path for path, is_dir in walk(root) if not is_dir and path.lower().endswith(WEIGHT_SUFFIXES))


def is_license_name(name: str) -> bool:
    """Whether a top-level file name is read as a license or use policy."""
    name = name.lower()
    if POLICY_NAME.match(name):
        return True
    return LICENSE_NAME.match(name) is not None and NOT_LICENSE_EXTENSION.search(name) is None


def _is_dir(entry: os.DirEntry) -> bool:
    """Like entry.is_dir(), but False for a symlink loop (reading it then reports OL001)."""
    try:
        return entry.is_dir()
    except OSError:
        return False


def _entries(root: str | os.PathLike) -> list[os.DirEntry]:
    with os.scandir(root) as it:
        return sorted(it, key=lambda e: e.name)


def discover(root: str | os.PathLike, findings: list[Finding]) -> Inputs:
    inputs = Inputs(root)
    names = {}
    for entry in _entries(root):
        names[entry.name] = entry
        if entry.name == "LICENSES" and _is_dir(entry):
            path, reason = inside(root, "LICENSES")
            if path is None:
                findings.append(rules.finding("OL005", Location("LICENSES"), path="LICENSES", reason=reason))
                continue
            inputs.license_files += [f"LICENSES/{e.name}" for e in _entries(path) if not _is_dir(e)]
        elif is_license_name(entry.name):
            if not _is_dir(entry):
                inputs.license_files.append(entry.name)
    for wanted in CARD_NAMES:
        if wanted in names:
            inputs.card_candidates.append(wanted)
        elif wanted == "README.md":  # README.md in another case still counts, after the exact name
            inputs.card_candidates += [n for n in names if n.lower() == "readme.md"]
    if OPENNESS in names:
        inputs.openness = OPENNESS
    inputs.prose = [  # a license file (README_LICENSE.md) is read as a license, never for claims
        n
        for n in names
        if PROSE_NAME.match(n.lower()) and n not in inputs.card_candidates and n not in inputs.license_files and not _is_dir(names[n])
    ]
    inputs.weights = find_weights(root)
    return inputs
