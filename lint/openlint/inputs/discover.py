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
WANTED = frozenset((*CARD_NAMES, OPENNESS))


@record
class Inputs:
    root: str | os.PathLike
    license_files: list[str] = field(default_factory=list)
    card_candidates: list[str] = field(default_factory=list)  # in order of preference
    openness: str | None = None
    weights: list[str] = field(default_factory=list)  # weight files (or their Git LFS pointers)
    prose: list[str] = field(default_factory=list)  # other READMEs and model cards, read for claims


WEIGHT_SUFFIXES = (".safetensors", ".bin", ".pt", ".pth", ".ckpt", ".gguf", ".onnx", ".h5", ".msgpack")
PROSE_NAME = re.compile(r"^(?:readme[\w.-]*|[\w-]*model[_-]?card[\w-]*|[\w-]*_readme)\.(?:md|rst)$")  # lower-cased names
SKIP_DIRS = frozenset({".git", "node_modules", "__pycache__", ".venv", "venv", ".tox"})
WALK_DEPTH = 3  # weights sit at the top or in a checkpoints/ folder; deeper is vendored code
WALK_LIMIT = 5000  # entries looked at, so that a huge tree cannot stall a hook
# Bounds on what one check reads, so that no repository can stall the hook (each past its bound
# is an OL014): far above any model release, which has a few license files and READMEs.
MAX_ENTRIES = 200_000  # entries of one folder looked at
MAX_LICENSE_FILES = 32  # license and use-policy files read, LICENSES/ included
MAX_PROSE_FILES = 16  # other READMEs and model cards read for claims
MAX_README_CASES = 4  # README.md in other cases (readme.md, Readme.md, …)
MAIN_LICENSES = frozenset(  # read first when there are too many
    f"{name}{ext}" for name in ("license", "licence", "copying") for ext in ("", ".md", ".txt")
)


def walk(root: str | os.PathLike, listing: list[tuple[str, bool, bool]] | None = None) -> list[tuple[str, bool]]:
    """(path, is_dir) of the repository's entries, breadth first, files up to WALK_DEPTH folders
    deep; hidden entries, SKIP_DIRS and symlinks are left out, and at most WALK_LIMIT are listed.
    `listing`: the root's, when the caller has it already."""
    from collections import deque

    out: list[tuple[str, bool]] = []
    queue = deque([("", 0)])
    while queue and len(out) < WALK_LIMIT:
        rel, depth = queue.popleft()
        if rel or listing is None:
            try:
                entries, _ = _listing(_folder(root, rel))
            except OSError:
                continue
        else:
            entries = listing
        for name, is_dir, is_link in entries:
            if name.startswith(".") or name in SKIP_DIRS or is_link:
                continue
            path = f"{rel}/{name}" if rel else name
            out.append((path, is_dir))
            if is_dir and depth < WALK_DEPTH:
                queue.append((path, depth + 1))
    return out


def find_weights(root: str | os.PathLike, listing: list[tuple[str, bool, bool]] | None = None) -> list[str]:
    """Weight files (or their Git LFS pointers) in the walked part of the repository."""
    return sorted(path for path, is_dir in walk(root, listing) if not is_dir and path.lower().endswith(WEIGHT_SUFFIXES))


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


def _folder(root, rel: str):
    """The folder `rel` of the repository (on disk, or in memory: inputs/memory.py)."""
    locate = getattr(root, "locate", None)
    if locate is not None:
        return locate(rel)
    return os.path.join(root, rel) if rel else root


def _listing(folder) -> tuple[list[tuple[str, bool, bool]], bool]:
    """(name, is_dir, is_symlink) of a folder's entries sorted by name, and whether it holds more
    than MAX_ENTRIES (then only the first MAX_ENTRIES the file system lists are kept)."""
    if hasattr(folder, "locate"):
        folder = folder.locate("")
    if hasattr(folder, "entries"):  # a repository held in memory
        listed = folder.entries()
        return listed[:MAX_ENTRIES], len(listed) > MAX_ENTRIES
    out = []
    with os.scandir(folder) as it:
        for entry in it:
            if len(out) >= MAX_ENTRIES:
                out.sort()
                return out, True
            out.append((entry.name, _is_dir(entry), entry.is_symlink()))
    out.sort()
    return out, False


def _capped(found: list[str], limit: int, first: frozenset, what: str, findings: list[Finding]) -> list[str]:
    """At most `limit` of `found` (the names in `first` before the others, the order otherwise
    kept), with a finding at the first file left out."""
    if len(found) <= limit:
        return found
    ranked = sorted(range(len(found)), key=lambda i: (found[i].lower() not in first, i))
    kept = sorted(ranked[:limit])
    left_out = [found[i] for i in sorted(ranked[limit:])]
    message = f"{len(found):,} {what} files: only {limit} are read, so {len(left_out):,} were not read ({left_out[0]} is the first)"
    findings.append(rules.finding("OL014", Location(left_out[0]), message=message))
    return [found[i] for i in kept]


def discover(root: str | os.PathLike, findings: list[Finding]) -> Inputs:
    inputs = Inputs(root)
    listing, more = _listing(root)
    if more:
        message = f"the repository's root holds more than {MAX_ENTRIES:,} entries; only {MAX_ENTRIES:,} of them were looked at"
        findings.append(rules.finding("OL014", Location("."), message=message))
    licenses: list[str] = []
    prose: list[str] = []
    present: set[str] = set()
    readmes: list[str] = []  # README.md in any case
    for name, directory, _ in listing:  # one pass: a root may hold 100,000 entries
        low = name.lower()
        if name in WANTED:
            present.add(name)
        if low == "readme.md":
            readmes.append(name)
        if directory:
            if name == "LICENSES":
                licenses += _licenses_folder(root, findings)
            continue
        if ("lic" in low or "cop" in low or "pol" in low or "use" in low) and is_license_name(name):
            licenses.append(name)
        elif low.endswith((".md", ".rst")) and PROSE_NAME.match(low):
            prose.append(name)
    inputs.license_files = _capped(licenses, MAX_LICENSE_FILES, MAIN_LICENSES, "license", findings)
    for wanted in CARD_NAMES:
        if wanted in present:
            inputs.card_candidates.append(wanted)
        elif wanted == "README.md":  # README.md in another case still counts, after the exact name
            inputs.card_candidates += readmes[:MAX_README_CASES]
    if OPENNESS in present:
        inputs.openness = OPENNESS
    # a license file (README_LICENSE.md) is read as a license, never for claims
    taken = {*inputs.card_candidates, *readmes}
    prose = [n for n in prose if n not in taken]
    inputs.prose = _capped(prose, MAX_PROSE_FILES, frozenset(), "prose", findings)
    inputs.weights = find_weights(root, listing)
    return inputs


def _licenses_folder(root: str | os.PathLike, findings: list[Finding]) -> list[str]:
    """The files of LICENSES/ (REUSE's folder of license texts)."""
    path, reason = inside(root, "LICENSES")
    if path is None:
        findings.append(rules.finding("OL005", Location("LICENSES"), path="LICENSES", reason=reason))
        return []
    try:
        listed, _ = _listing(path)
    except OSError as err:  # a folder of licenses that cannot be listed: its licenses are unknown
        findings.append(rules.finding("OL001", Location("LICENSES"), file="LICENSES/", reason=err.strerror or str(err)))
        return []
    return [f"LICENSES/{name}" for name, directory, _ in listed if not directory]
