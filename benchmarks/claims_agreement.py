"""How far two labellers agree on the claims corpus: the labels of tests/data/claim-labels.tsv
against a second labelling, made blind from docs/claims.md, of a random sample of its lines
(tests/data/claim-labels-second.tsv: 200 lines drawn with random.Random(20261205) from the
sorted labelled lines).

    python benchmarks/claims_agreement.py

Prints the observed agreement and Cohen's kappa over the five labels, over claim / not a claim,
and over the lines both labellers were certain of, with the confusion of the two labellings.
"""

from __future__ import annotations

import csv
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import claims_corpus as corpus  # noqa: E402

SECOND = corpus.ROOT / "tests" / "data" / "claim-labels-second.tsv"


def kappa(pairs: list[tuple[str, str]]) -> tuple[float, float]:
    """Observed agreement and Cohen's kappa of (first, second) label pairs."""
    n = len(pairs)
    observed = sum(a == b for a, b in pairs) / n
    first, second = Counter(a for a, _ in pairs), Counter(b for _, b in pairs)
    expected = sum(first[k] * second[k] for k in first.keys() | second.keys()) / n / n
    return observed, (observed - expected) / (1 - expected) if expected < 1 else 1.0


def second_labels() -> dict[tuple[str, str, int], tuple[str, bool]]:
    with open(SECOND, encoding="utf-8") as handle:
        return {(r["case"], r["file"], int(r["line"])): (r["label"], r["certain"] == "1") for r in csv.DictReader(handle, delimiter="\t")}


def main() -> int:
    if not corpus.available():
        print(f"no corpus at {corpus.CORPUS}")
        return 0
    first, second = corpus.labels(), second_labels()
    pairs = [(first[k][0], label) for k, (label, _) in second.items()]
    claims = [(a[:5] == "claim", b[:5] == "claim") for a, b in pairs]
    certain = [(first[k][0], label) for k, (label, sure) in second.items() if sure and first[k][1]]
    print(f"{len(pairs)} lines labelled twice")
    for name, found in (("five labels", pairs), ("claim or not", claims), (f"both certain ({len(certain)} lines)", certain)):
        observed, k = kappa(found)
        print(f"- {name}: agreement {observed:.3f}, Cohen's kappa {k:.3f}")
    print("\n| first | second | lines |\n|---|---|---:|")
    for (a, b), n in sorted(Counter(pairs).items()):
        print(f"| {a} | {b} | {n} |")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
