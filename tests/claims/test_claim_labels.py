"""The labelled claims corpus: the labels are well-formed facts about ../shared/corpus/readmes,
the detector reads every text of it without failing, and its scores do not fall below those
recorded when it was built (benchmarks/claims.py prints them in full). Skipped without the corpus."""

from __future__ import annotations

import csv
import re
import sys

import pytest
from helpers import ROOT

sys.path.insert(0, str(ROOT / "benchmarks"))
import claims_corpus as corpus  # noqa: E402

pytestmark = pytest.mark.skipif(not corpus.available(), reason=f"no corpus at {corpus.CORPUS}")

LABELS = ("claim-os", "claim-ow", "comparative", "third-party", "other")
MENTION = re.compile(r"open[-_ ]?sourc|open[-_ ]?weight|\b(?:fully|truly|completely|totally) open\b|开源|开放[^。，]{0,4}权重|权重[^。，]{0,4}开放", re.I)
# claim-os precision and recall on the dev split when the detector was built (see the notes of
# issue 12); a change that scores lower must say why. Only dev has a floor: a test that fails when
# the untouched split's figure falls would make every run of the suite a reading of that split,
# and keeping or reverting a change because of it would be tuning on it. The test split is read
# by benchmarks/claims.py alone, and its figures are reported in the notes. Stop 27: dev
# 0.958 / 0.849 -> 0.963 / 0.863 (258 of 299 claim lines).
FLOORS = {"dev": (0.96, 0.86)}


def test_labels_are_facts_about_corpus_lines():
    with open(corpus.LABELS, encoding="utf-8") as handle:
        rows = list(csv.DictReader(handle, delimiter="\t"))
    assert list(rows[0]) == ["case", "file", "line", "label", "certain"]  # facts only: no copied sentence
    cases = corpus.cases()
    for row in rows:
        assert row["label"] in LABELS and row["certain"] in ("0", "1")
        assert row["file"] in cases[row["case"]]["files"]
        line = (corpus.CORPUS / row["case"] / row["file"]).read_text(encoding="utf-8").split("\n")[int(row["line"]) - 1]
        assert MENTION.search(line), row
    assert len({(r["case"], r["file"], r["line"]) for r in rows}) == len(rows)


def test_the_split_is_by_organisation():
    cases = corpus.cases()
    by_org: dict[str, set[str]] = {}
    for info in cases.values():
        by_org.setdefault(info["repo"].split("/")[0].lower(), set()).add(info["split"])
    assert all(len(splits) == 1 for splits in by_org.values())
    assert {info["split"] for info in cases.values()} == {"dev", "test"}


@pytest.fixture(scope="module")
def predictions():
    import claims  # benchmarks/claims.py

    return claims.predict_in_process(corpus.cases())


@pytest.mark.parametrize("split", sorted(FLOORS))
def test_scores_do_not_fall(predictions, split):
    predicted, _ = predictions
    gold = {k: v for k, v in corpus.labels().items() if corpus.cases()[k[0]]["split"] == split}
    g = {k for k in gold if gold[k][0] == "claim-os"}
    p = {k for k in gold if predicted.get(k, "other") == "claim-os"}
    precision, recall = len(g & p) / len(p), len(g & p) / len(g)
    assert precision >= FLOORS[split][0] and recall >= FLOORS[split][1], (precision, recall)


def test_the_intervals_resample_organisations():
    import claims  # benchmarks/claims.py

    gold = {k: v for k, v in corpus.labels().items() if corpus.cases()[k[0]]["split"] == "dev"}
    lang = {k: corpus.language(*k) for k in gold}
    perfect = {k: v[0] for k, v in gold.items()}
    assert claims.interval_line(gold, lang, perfect, rounds=50).endswith(
        "en precision 1.00–1.00, recall 1.00–1.00; zh precision 1.00–1.00, recall 1.00–1.00"
    )
    orgs = {corpus.cases()[k[0]]["repo"].split("/")[0].lower() for k in gold}
    assert f"(50 resamples of the {len(orgs)} organisations)" in claims.interval_line(gold, lang, {}, rounds=50)
    assert claims.interval_line(gold, lang, {}, rounds=50).endswith("en precision 0.00–0.00, recall 0.00–0.00; zh precision 0.00–0.00, recall 0.00–0.00")


def test_the_second_labelling_is_the_documented_sample_and_agrees():
    """benchmarks/claims_agreement.py: the blind second labelling covers the sample its docstring
    describes, holds facts only, and agrees with the first on at least nine lines in ten."""
    import random

    import claims_agreement

    second = claims_agreement.second_labels()
    keys = sorted(corpus.labels())
    random.Random(20261205).shuffle(keys)
    assert sorted(second) == sorted(keys[:200])
    with open(claims_agreement.SECOND, encoding="utf-8") as handle:
        assert handle.readline().rstrip("\n").split("\t") == ["case", "file", "line", "label", "certain"]
    assert {label for label, _ in second.values()} <= set(LABELS)
    observed, kappa = claims_agreement.kappa([(corpus.labels()[k][0], label) for k, (label, _) in second.items()])
    assert observed >= 0.9 and kappa >= 0.85, (observed, kappa)
