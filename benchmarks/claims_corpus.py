"""The labelled claims corpus: the texts of ../shared/corpus/readmes, the labels in
tests/data/claim-labels.tsv, the split by organisation, and staging each case as a small
repository that `openlint check` reads as it would read the real one.

Shared by benchmarks/claims.py (scores) and tests/claims/test_claim_labels.py (the labels and the score floors).
"""

from __future__ import annotations

import csv
import hashlib
import os
import re
import shutil
from pathlib import Path

# The claims benchmarks score the detector as it stands: no reading comes from openlint's cache
# (a process that ran older code may have stored its readings there), here or in a subprocess.
os.environ.setdefault("OPENLINT_NO_CACHE", "1")

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT.parent / "shared" / "corpus" / "readmes"
LABELS = ROOT / "tests" / "data" / "claim-labels.tsv"
LABELS_ORDER = ("claim-os", "claim-ow", "comparative", "third-party", "other")  # a line's label: the first that applies
ROLE_OF_LABEL = {"claim-os": "claim", "claim-ow": "claim", "comparative": "comparative", "third-party": "third-party", "other": "other"}

# The split: an organisation (the owner in the manifest's repo column) is in the test split when
# its salted SHA-256, read as a fraction, is below TEST_SHARE. Chosen before any detector ran on
# it, among three salts, for a dev/test balance by labelled lines; never tuned on results.
SALT = "openlint-claims-split-2:"
TEST_SHARE = 0.4
CJK = re.compile(r"[\u3400-\u9fff]")


def split_of(repo: str) -> str:
    org = repo.split("/")[0].lower()
    fraction = int.from_bytes(hashlib.sha256((SALT + org).encode()).digest()[:4], "big") / 2**32
    return "test" if fraction < TEST_SHARE else "dev"


def manifest() -> list[dict]:
    with open(CORPUS / "manifest.tsv", encoding="utf-8") as handle:
        return list(csv.DictReader(handle, delimiter="\t"))


def cases() -> dict[str, dict]:
    """case -> {repo, split, files: [stored_as, ...]} for every case of the corpus."""
    out: dict[str, dict] = {}
    for row in manifest():
        case = out.setdefault(row["case"], {"repo": row["repo"], "split": split_of(row["repo"]), "files": [], "kinds": [], "paths": []})
        case["files"].append(row["stored_as"])
        case["kinds"].append(row["kind"])
        case["paths"].append(row["path"])
    return out


# a Hub card kept in a collection of cards: "Owner_model_README.md"
COLLECTED_CARD = re.compile(r"^[^_]+_(?P<model>.+)_README\.md$")


def card_home(info: dict) -> str | None:
    """The model a case's one Hub card describes, when the card was kept in another repository (a
    collection of cards, a checkpoint folder): that card is staged as the README.md of a folder
    named after the model, as in a clone of the model's own repository on the Hub."""
    if len(info["files"]) != 1 or info.get("kinds", [""])[0] != "hf-card":
        return None
    stored, path = info["files"][0], info["paths"][0]
    collected = COLLECTED_CARD.match(stored)
    if collected:
        return collected.group("model")
    if stored == "README.md" and "/" in path:
        return path.split("/")[-2]
    return None


def labels() -> dict[tuple[str, str, int], tuple[str, bool]]:
    """(case, file, line) -> (label, certain)."""
    with open(LABELS, encoding="utf-8") as handle:
        return {(r["case"], r["file"], int(r["line"])): (r["label"], r["certain"] == "1") for r in csv.DictReader(handle, delimiter="\t")}


def language(case: str, file: str, line: int) -> str:
    """zh when the labelled line holds Chinese characters, else en."""
    text = (CORPUS / case / file).read_text(encoding="utf-8").split("\n")[line - 1]
    return "zh" if CJK.search(text) else "en"


def staged_name(name: str, taken: set[str]) -> str:
    """The name a file is staged under: its own when openlint reads a file so named as a card or
    a README, else README_<stem>.md (lit.md), so that every labelled text is read."""
    from openlint.inputs.discover import CARD_NAMES, PROSE_NAME

    if name in CARD_NAMES or name.lower() == "readme.md" or PROSE_NAME.match(name.lower()):
        return name
    staged = f"README_{Path(name).stem}.md"
    while staged in taken:
        staged = "_" + staged
    return staged


def stage(case: str, info: dict, into: Path) -> tuple[Path, dict[str, str]]:
    """Copy a case's files into a folder named like its repository (or, for a Hub card kept
    elsewhere, like its model: card_home); returns the folder and staged name -> stored name."""
    home = card_home(info)
    folder = into / case / (home or info["repo"].split("/")[-1])
    folder.mkdir(parents=True)
    names: dict[str, str] = {}
    for stored in info["files"]:
        staged = "README.md" if home else staged_name(stored, set(names))
        shutil.copyfile(CORPUS / case / stored, folder / staged)
        names[staged] = stored
    return folder, names


def available() -> bool:
    return (CORPUS / "manifest.tsv").is_file() and LABELS.is_file()


__all__ = ["CORPUS", "LABELS", "available", "card_home", "cases", "labels", "language", "split_of", "stage"]
