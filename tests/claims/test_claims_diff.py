"""benchmarks/claims_diff.py: every mention's role read by two openlints, and the ones that differ."""

from __future__ import annotations

import sys

from helpers import ROOT

sys.path.insert(0, str(ROOT / "benchmarks"))
import claims_diff as diff  # noqa: E402

DOC = """FOLDER=acme-2
# Acme-2

Acme-2 is an open-source LLM. @claim-os
It beats other open-source models. @comparative
"""


def test_readings_hold_each_mention_with_its_role_rule_and_line(tmp_path):
    source = tmp_path / "docs.txt"
    source.write_text(DOC, encoding="utf-8")
    found = diff.readings([str(source)], with_corpus=False)
    assert {key: value[:2] for key, value in found.items()} == {
        "docs.txt:acme-2/README.md:3:14": ["claim", "release-is-open"],
        "docs.txt:acme-2/README.md:4:16": ["comparative", "compared-with-open-models"],
    }
    assert found["docs.txt:acme-2/README.md:3:14"][2] == "Acme-2 is an open-source LLM."


def test_changes_name_each_mention_read_differently_or_found_by_one_side():
    old = {"a:x/README.md:1:1": ["claim", "r1", "X is open."], "a:x/README.md:2:1": ["other", "r2", "Y."], "a:x/README.md:3:1": ["other", "r3", "Z."]}
    new = {"a:x/README.md:1:1": ["claim", "r1", "X is open."], "a:x/README.md:2:1": ["third-party", "r4", "Y."], "a:x/README.md:4:1": ["claim", "r5", "W."]}
    assert diff.changes(old, new) == [
        "a:x/README.md:2:1  other (r2) -> third-party (r4)  Y.",
        "a:x/README.md:3:1  other (r3) -> no mention  Z.",
        "a:x/README.md:4:1  no mention -> claim (r5)  W.",
    ]


def test_the_same_openlint_reads_nothing_differently(tmp_path, capsys):
    source = tmp_path / "docs.txt"
    source.write_text(DOC, encoding="utf-8")
    assert diff.main(["--python", sys.executable, "--no-corpus", "--no-probes", str(source)]) == 0
    assert capsys.readouterr().out == "no mention reads differently\n0 of 2 mentions read differently\n"
