"""benchmarks/claims_pypi.py: the labels of PyPI descriptions as facts, texts checked by digest, no network."""

from __future__ import annotations

import io
import re
import sys
import tarfile
import zipfile
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "benchmarks"))
import claims_pypi as pypi  # noqa: E402


def test_the_labels_are_facts_of_one_text_each():
    rows = pypi.labels()
    assert len(rows) > 2000
    assert set(rows[0]) == {"set", "split", "package", "version", "folder", "text_sha256", "line", "label", "certain"}
    texts: dict = {}
    splits: dict = {}
    for row in rows:
        assert row["split"] in pypi.SPLITS and row["label"] in pypi.LABELS_ORDER and row["certain"] in ("0", "1")
        assert re.fullmatch(r"[0-9a-f]{16}", row["text_sha256"]) and int(row["line"]) >= 1
        texts.setdefault((row["package"], row["version"]), set()).add((row["text_sha256"], row["folder"], row["split"]))
        splits.setdefault(row["set"], set()).add(row["split"])
    assert all(len(v) == 1 for v in texts.values())  # one text, one folder, one split per package
    assert all(len(v) == 1 for v in splits.values())  # a labelling batch is wholly in one split
    assert len({(r["package"], r["line"]) for r in rows}) == len(rows)  # a line is labelled once


def test_a_description_is_staged_with_newlines_and_no_leading_blank_lines():
    assert pypi.readme_text("\r\n\n# Tiro\r\nA tool.\r\n\r\n") == "# Tiro\nA tool.\n"
    assert pypi.digest("# Tiro\n") == pypi.digest(pypi.readme_text("\n# Tiro"))


def test_only_texts_whose_digest_matches_are_scored(tmp_path):
    text = "# Tiro\n\nTiro is an open-source linter for prompts.\n"
    pypi.cached(tmp_path, "tiro", "1.0").write_text(text, encoding="utf-8")
    pypi.cached(tmp_path, "tiro-old", "0.1").write_text("# Tiro old, since rewritten\n", encoding="utf-8")
    row = {"set": "X00", "split": "held-out", "folder": "tiro", "line": "3", "label": "claim-os", "certain": "1"}
    rows = [
        dict(row, package="tiro", version="1.0", text_sha256=pypi.digest(text)),
        dict(row, package="tiro-old", version="0.1", text_sha256="0" * 16),
        dict(row, package="tiro-gone", version="2.0", text_sha256="1" * 16),
    ]
    docs, skipped = pypi.documents(tmp_path, rows)
    assert skipped == Counter({"text changed": 1, "not fetched": 1})
    [(split, doc)] = docs
    assert (split, doc.folder, doc.files["README.md"][2]) == ("held-out", "tiro", "Tiro is an open-source linter for prompts. @claim-os")


METADATA = "Metadata-Version: 2.1\nName: tiro\nVersion: 0.1\nDescription-Content-Type: text/markdown\n\n# Tiro\n\nTiro is a linter.\n"


def test_the_description_of_a_version_comes_from_its_wheel_or_sdist():
    wheel = io.BytesIO()
    with zipfile.ZipFile(wheel, "w") as archive:
        archive.writestr("tiro-0.1.dist-info/METADATA", METADATA)
    sdist = io.BytesIO()
    with tarfile.open(fileobj=sdist, mode="w:gz") as archive:
        data = METADATA.encode()
        info = tarfile.TarInfo("tiro-0.1/PKG-INFO")
        info.size = len(data)
        archive.addfile(info, io.BytesIO(data))
    assert pypi._description_of_file(wheel.getvalue(), "tiro-0.1-py3-none-any.whl") == "# Tiro\n\nTiro is a linter.\n"
    assert pypi._description_of_file(sdist.getvalue(), "tiro-0.1.tar.gz") == "# Tiro\n\nTiro is a linter.\n"
    assert pypi._description_of_file(b"", "tiro-0.1.exe") is None


def test_scores_count_claims_per_language():
    rows = [("en", "claim-os", "claim-os"), ("en", "claim-os", "other"), ("en", "third-party", "claim-os"), ("zh", "claim-ow", "claim-ow")]
    assert pypi.score(rows) == [
        "en: claims labelled 2, predicted 2, correct 1; precision 0.500, recall 0.500",
        "zh: claims labelled 1, predicted 1, correct 1; precision 1.000, recall 1.000",
        "not claims taken for claims: comparative 0, third-party 1, other 0, unlabelled 0",
    ]


def test_the_second_labelling_is_of_labelled_lines_and_agreement_counts_them():
    second = pypi.labels(pypi.SECOND)
    assert len(second) == 200
    out = pypi.agreement(pypi.labels(), second)
    assert out[0] == "200 lines labelled twice" and out[1].startswith("- five labels: agreement ")
    first = [{"package": "tiro", "version": "1", "line": "3", "label": "claim-os"}, {"package": "tiro", "version": "1", "line": "9", "label": "other"}]
    again = [dict(first[0], label="claim-ow"), dict(first[1], label="other")]
    assert pypi.agreement(first, again) == [
        "2 lines labelled twice",
        "- five labels: agreement 0.500, Cohen's kappa 0.333",
        "- claim or not: agreement 1.000, Cohen's kappa 1.000",
    ]
