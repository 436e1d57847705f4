"""benchmarks/claims_learned.py: rows of labelled documents, and a model scored group by group."""

from __future__ import annotations

import json
import sys

import pytest
from helpers import ROOT

sys.path.insert(0, str(ROOT / "benchmarks"))
import claims_learned as learned  # noqa: E402

DOC = """FOLDER=acme-2
# Acme-2

Acme-2 is an open-source LLM. @claim-os
It beats other open-source models. @comparative
Acme-2 开源了全部权重。 @claim-os
"""


def test_rows_hold_each_labelled_line_with_the_rules_reading(tmp_path):
    source = tmp_path / "docs.txt"
    source.write_text(DOC, encoding="utf-8")
    out = tmp_path / "rows.jsonl"
    learned.rows(str(out), "A", [str(source)])
    found = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert [(r["group"], r["line"], r["lang"], r["gold"], r["rules"]) for r in found] == [
        ("A", 3, "en", "claim-os", True),
        ("A", 4, "en", "comparative", False),
        ("A", 5, "zh", "claim-os", True),
    ]
    assert [m["rule"] for m in found[1]["mentions"]] == ["compared-with-open-models"]
    # the facts the rule was decided on are kept with each mention
    assert {"subj=rel", "copula-rel", "term=open-source"} <= set(found[0]["mentions"][0]["facts"])
    assert "others@Lc" in found[1]["mentions"][0]["facts"]


def test_the_subject_s_name_is_replaced_by_its_kind_and_each_kind_of_features_is_kept_apart():
    row = {
        "text": "Acme-2 is an open-source LLM.",
        "mentions": [
            {
                "role": "claim",
                "rule": "release-is-open",
                "kind": "open-source-ai",
                "term": "open-source",
                "sentence": "Acme-2 is an open-source LLM.",
                "subject": "Acme-2 (the card's model_name)",
                "rel": True,
                "facts": ["subj=rel", "copula-rel"],
            }
        ],
    }
    both, words, facts, every = (learned.features(row, kinds) for kinds in learned.FEATURES)
    assert {"role=claim", "rule=release-is-open", "source=the card", "L0=an", "R0=llm", "left=release"} <= both
    assert not {f for f in words if f.startswith(("role", "rule", "source"))}
    assert "left=acme-2" not in both
    assert not {f for f in both | words if f.startswith("fact=")}
    assert {"role=claim", "fact=subj=rel", "fact=copula-rel"} <= facts and "L0=an" not in facts
    assert every == both | facts


def test_a_model_is_scored_on_each_group_it_was_not_trained_on(tmp_path, capsys):
    def row(group, text, gold, rules):
        return {
            "group": group,
            "lang": "en",
            "gold": gold,
            "rules": rules,
            "text": text,
            "mentions": [
                {
                    "role": "claim" if rules else "comparative",
                    "rule": "r",
                    "kind": "open-source-ai",
                    "term": "open-source",
                    "sentence": text,
                    "subject": "",
                    "rel": False,
                }
            ],
        }

    rows = [row(g, "X is an open-source LLM.", "claim-os", True) for g in "AB" for _ in range(20)]
    rows += [row(g, "X beats other open-source models.", "comparative", True) for g in "AB" for _ in range(20)]
    path = tmp_path / "rows.jsonl"
    path.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    learned.score([str(path)], [], 0.3, [0.5])
    printed = capsys.readouterr().out.splitlines()
    assert printed[0] == "80 rows in 2 groups, 0 extra rows"
    assert printed[1].startswith("rules           en P 0.500 R 1.000 (40 of 40, 80 predicted)")
    assert printed[2].startswith("model >= 0.50   en P 1.000 R 1.000 (40 of 40, 40 predicted)")


def test_pypi_batches_are_the_groups_and_a_split_keeps_its_own(tmp_path, monkeypatch):
    import claims_pypi

    text = "# acme\n\nAcme is an open-source speech toolkit.\n"
    labelled = [
        {"set": "B00", "split": "analysis", "package": "acme", "version": "1.0", "folder": "acme", "line": "3", "label": "claim-os", "certain": "1"},
        {"set": "B01", "split": "held-out", "package": "bolt", "version": "2.0", "folder": "bolt", "line": "3", "label": "claim-os", "certain": "1"},
    ]
    for row in labelled:
        row["text_sha256"] = claims_pypi.digest(text)
        claims_pypi.cached(tmp_path, row["package"], row["version"]).write_text(text, encoding="utf-8")
    monkeypatch.setattr(claims_pypi, "labels", lambda: labelled)
    assert [(group, doc.folder) for group, doc in learned.pypi_documents(tmp_path, "held-out")] == [("pypi-B01", "bolt")]
    assert [group for group, _ in learned.pypi_documents(tmp_path, "all")] == ["pypi-B00", "pypi-B01"]


def test_dev_rows_come_from_the_dev_split_alone():
    import claims_corpus

    if not claims_corpus.available():
        pytest.skip("../shared/corpus/readmes is not here")
    found = learned.dev_documents()
    split = {case: info["split"] for case, info in claims_corpus.cases().items()}
    assert found and all(group.startswith("dev-") for group, _ in found)
    assert {split[doc.group.removeprefix("dev:")] for _, doc in found} == {"dev"}
    labelled = sum(
        line.endswith(tuple(f" @{label}" for label in claims_corpus.LABELS_ORDER)) for _, doc in found for lines in doc.files.values() for line in lines
    )
    assert labelled == sum(1 for (case, _, _) in claims_corpus.labels() if split[case] == "dev")
