"""Prose claims against the labelled real-world corpus (../shared/corpus/real).

Each folder's label.toml lists [[claims.phrase]] entries (a claim must be found at that file and
line) and [[claims.distractor]] entries (no open-source claim may be flagged there); INDEX.md says
which repositories claim open source at all. The corpus is read at test time: nothing of it is
copied here. Run this file directly for the totals and every hit the labels do not list:

    .venv/bin/python tests/claims/test_corpus_claims.py
"""

from __future__ import annotations

import re
from fnmatch import fnmatchcase
from functools import lru_cache
from pathlib import Path

import pytest
import tomli

if __name__ == "__main__":
    import sys

    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # tests/, for helpers

from helpers import ROOT
from openlint.inputs.card import FRONT_MATTER
from openlint.inputs.discover import is_license_name
from openlint.model import Claim

CORPUS = ROOT.parent / "shared" / "corpus" / "real"
OS = "open-source-ai"

# The files people write prose claims in; license texts are never read for them.
PROSE_NAMES = ("README*.md", "MODEL_CARD.md", "*Model_Card*.md", "HUGGINGFACE_README.md", "README_*.md")
NOT_PROSE = re.compile(r"licen[cs]e|agreement|policy|notice", re.IGNORECASE)

# Hits the labels do not list, read one by one: (folder, file, line, claim) -> why it is a claim.
REVIEWED = {
    ("baichuan2", "README.md", 614, OS): "the disclaimer calls Baichuan 2 itself an open-source model (开源模型)",
    ("baichuan2", "README_EN.md", 601, OS): "the English disclaimer calls Baichuan 2 itself an open-source model",
    ("deepseek-v3", "README.md", 198, OS): "says DeepSeek-V3 is the best-performing open-source model",
    ("snowflake-arctic", "README.md", 11, OS): "the project's own announcement of Arctic, titled 'Truly Open'",
    ("grok-1", "README.md", 3, "open-weights"): "calls Grok-1 an open-weights model (open weights, not open source)",
}


# Labelled phrases that docs/claims.md reads otherwise, or that the detector misses, each with why.
# The labels predate the policy of docs/claims.md; they stay as they are, and the difference is here.
NOT_FOUND = {
    ("deepseek-v3", "README.md", 51): "policy: 'outperforms other open-source models' compares; docs/claims.md counts no comparison as a claim",
    ("llm360-amber", "README.md", 20): "missed: the sentence's subject is the LLM360 initiative, which the README does not name as the release",
}


def is_prose_file(name: str) -> bool:
    return any(fnmatchcase(name, p) for p in PROSE_NAMES) and not NOT_PROSE.search(name) and not is_license_name(name)


def prose_files(folder: Path) -> list[Path]:
    """The files of `folder` that the detector reads: READMEs and model cards, never licenses."""
    return sorted(p for p in folder.iterdir() if p.is_file() and is_prose_file(p.name))


def first_prose_line(text: str) -> int:
    """The line after the YAML front matter (the Hub's fence rule), else 1."""
    match = FRONT_MATTER.match(text)
    return text.count("\n", 0, match.end()) + 2 if match else 1


def folders() -> list[Path]:
    if not CORPUS.is_dir():
        return []
    return sorted(p for p in CORPUS.iterdir() if (p / "label.toml").is_file())


@lru_cache(maxsize=None)
def label(name: str) -> dict:
    return tomli.loads((CORPUS / name / "label.toml").read_text(encoding="utf-8"))


@lru_cache(maxsize=None)
def detected(name: str) -> tuple[Claim, ...]:
    """The claims `openlint check` finds in the folder's prose, staged as a clone of its
    repository would be (a folder named like the repository, holding its READMEs and cards)."""
    import tempfile

    from openlint.pipeline import Options, check_repository

    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp) / label(name)["source"]["repo"].split("/")[-1]
        root.mkdir()
        for path in prose_files(CORPUS / name):
            (root / path.name).write_bytes(path.read_bytes())
        report = check_repository(str(root), Options(keep_sources=False))
    return tuple(c for c in report.claims if c.sentence is not None or c.file != "openness.toml")


def entries(kind: str) -> list[tuple[str, dict]]:
    return [(f.name, e) for f in folders() for e in label(f.name)["claims"].get(kind, [])]


def claims_os_column() -> dict[str, str]:
    """INDEX.md: name -> the 'claims OS?' cell ("yes", "no", "yes ?")."""
    text = (CORPUS / "INDEX.md").read_text(encoding="utf-8")
    rows = [line.split("|")[1:-1] for line in text.splitlines() if line.startswith("|")]
    header = [c.strip() for c in rows[0]]
    at = header.index("claims OS?")
    return {r[0].strip(): r[at].strip() for r in rows[2:]}


PHRASES = entries("phrase")
DISTRACTORS = [(n, e) for n, e in entries("distractor") if is_prose_file(e["file"])]
INDEX = claims_os_column() if CORPUS.is_dir() else {}


def at(name: str, file: str, line: int, claim: str | None = OS) -> list[Claim]:
    return [c for c in detected(name) if c.file == file and c.line == line and (claim is None or c.claim == claim)]


def unlabelled(name: str) -> list[Claim]:
    labelled = {(e["file"], e["line"]) for e in label(name)["claims"].get("phrase", [])}
    return [c for c in detected(name) if (c.file, c.line) not in labelled]


def test_corpus_is_present():
    if not CORPUS.is_dir():
        pytest.skip(f"no corpus at {CORPUS}")
    assert folders() and PHRASES and DISTRACTORS


@pytest.mark.parametrize("name,entry", PHRASES, ids=[f"{n}:{e['file']}:{e['line']}" for n, e in PHRASES])
def test_labelled_phrase_is_found(name: str, entry: dict):
    assert is_prose_file(entry["file"])
    line = (CORPUS / name / entry["file"]).read_text(encoding="utf-8").split("\n")[entry["line"] - 1]
    assert entry["quote"] in line, "the label's quote is not on the labelled line"
    if (name, entry["file"], entry["line"]) in NOT_FOUND:
        assert not at(name, entry["file"], entry["line"]), "found now: remove it from NOT_FOUND"
        return
    assert at(name, entry["file"], entry["line"]), f"no claim found for {entry['quote']!r}"


@pytest.mark.parametrize("name,entry", DISTRACTORS, ids=[f"{n}:{e['file']}:{e['line']}" for n, e in DISTRACTORS])
def test_distractor_is_not_flagged(name: str, entry: dict):
    # An open-weights claim is not an open-source claim (see grok-1 in REVIEWED).
    assert at(name, entry["file"], entry["line"]) == [], f"{entry['quote']!r} flagged: {entry['why']}"


@pytest.mark.parametrize("name", sorted(INDEX), ids=sorted(INDEX))
def test_index_says_which_repositories_claim(name: str):
    claims = [c for c in detected(name) if c.claim == OS]
    says = INDEX[name].split()[0]
    assert says in ("yes", "no")
    assert label(name)["claims"]["open_source"] is (says == "yes")
    if says == "no":
        assert claims == [], f"{name} makes no open-source claim, yet: {[(c.file, c.line, c.text) for c in claims]}"
    else:
        assert claims


@pytest.mark.parametrize("name", sorted(INDEX), ids=sorted(INDEX))
def test_every_unlabelled_hit_was_reviewed(name: str):
    hits = [(c.file, c.line, c.claim, c.text) for c in unlabelled(name)]
    new = [h for h in hits if (name, *h[:3]) not in REVIEWED]
    assert new == [], "read these hits; add genuine claims to REVIEWED, tune claims.toml for the others"


def test_license_files_are_never_read(tmp_path: Path):
    for folder in folders():
        read = {p.name for p in prose_files(folder)}
        assert not {p.name for p in folder.iterdir() if is_license_name(p.name) or NOT_PROSE.search(p.name)} & read
    names = (
        "LICENSE", "LICENSE-MODEL", "LICENSE-CODE", "LICENSE.md", "LICENSE_MODELS", "README_LICENSE.md",
        "LICENSE_Model_Card.md", "MODEL_LICENSE_AGREEMENT.txt", "USE_POLICY.md", "NOTICE", "README.md",
        "README_EN.md", "MODEL_CARD.md", "Stable_Diffusion_v1_Model_Card.md", "HUGGINGFACE_README.md", "notes.md",
    )  # fmt: skip
    for name in names:
        (tmp_path / name).write_text("x\n", encoding="utf-8")
    assert [p.name for p in prose_files(tmp_path)] == [
        "HUGGINGFACE_README.md", "MODEL_CARD.md", "README.md", "README_EN.md", "Stable_Diffusion_v1_Model_Card.md",
    ]  # fmt: skip


def test_front_matter_is_skipped():
    assert first_prose_line("---\nlicense: other\n---\n# Title\n") == 4
    assert first_prose_line("# Title\n---\n") == 1


def totals() -> dict[str, int]:
    labelled_distractors = entries("distractor")
    return {
        "claims found": sum(1 for n, e in PHRASES if at(n, e["file"], e["line"])),
        "claims labelled": len(PHRASES),
        "distractors flagged": sum(1 for n, e in DISTRACTORS if at(n, e["file"], e["line"])),
        "distractors in prose files": len(DISTRACTORS),
        "distractors labelled": len(labelled_distractors),
        "unlabelled hits": sum(len(unlabelled(f.name)) for f in folders()),
        "repos without a claim": sum(1 for v in INDEX.values() if v.startswith("no")),
        "repos without a claim yielding none": sum(
            1 for n, v in INDEX.items() if v.startswith("no") and not any(c.claim == OS for c in detected(n))
        ),
    }


def report() -> str:
    lines = [f"{k}: {v}" for k, v in totals().items()]
    for folder in folders():
        for c in unlabelled(folder.name):
            why = REVIEWED.get((folder.name, c.file, c.line, c.claim), "NOT REVIEWED")
            lines.append(f"unlabelled {folder.name}/{c.file}:{c.line}:{c.column} [{c.claim}] {c.text!r} -- {why}")
    return "\n".join(lines)


def test_totals():
    if not CORPUS.is_dir():
        pytest.skip(f"no corpus at {CORPUS}")
    print("\n" + report())
    t = totals()
    assert t["claims found"] == t["claims labelled"] - len(NOT_FOUND)
    assert t["distractors flagged"] == 0
    assert t["repos without a claim yielding none"] == t["repos without a claim"]


if __name__ == "__main__":
    print(report())
