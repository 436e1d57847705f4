"""How well openlint finds "open source" claims: precision and recall on the labelled corpus.

    python benchmarks/claims.py                       # the untouched test split
    python benchmarks/claims.py --split dev           # the split the rules were built on
    python benchmarks/claims.py --python OTHER/bin/python   # another openlint (e.g. the
                                                      # previous detector), claims only

Each case of ../shared/corpus/readmes is staged as a repository named like the real one and
checked with `openlint check`'s own pipeline. A labelled line (tests/data/claim-labels.tsv,
policy in docs/claims.md) is predicted as the strongest role openlint gives a mention on it:
claim-os / claim-ow (a claim of open source / open weights, from prose, card tags or the
card's license name), comparative, third-party, other; a line with no mention is `other`.
Precision and recall are per label and per language (zh: the line holds Chinese characters).
The repository view asks whether a repository that claims got a claim, and one that does not
got none. The split is by organisation (benchmarks/claims_corpus.py): the test split is never
used for training or tuning.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import claims_corpus as corpus  # noqa: E402

TARGETS = "targets (test split): claim-os precision >= 0.95 and recall >= 0.90 in en and zh; comparative taken for claims: 0; claim-ow recall >= 0.80"


def _better(a: str, b: str | None) -> bool:
    return b is None or corpus.LABELS_ORDER.index(a) < corpus.LABELS_ORDER.index(b)


def predict_in_process(selected: dict) -> tuple[dict, dict]:
    """(case, stored file, line) -> predicted label, and case -> whether any claim was found."""
    from openlint.pipeline import Options, check_repository

    predicted: dict = {}
    claimed: dict = {}
    with tempfile.TemporaryDirectory(prefix="openlint-claims-") as tmp:
        for case, info in sorted(selected.items()):
            root, staged = corpus.stage(case, info, Path(tmp))
            report = check_repository(str(root), Options(keep_sources=False, show_claims=True))
            for m in report.mentions:
                label = ("claim-ow" if m.kind == "open-weights" else "claim-os") if m.role == "claim" else m.role
                key = (case, staged.get(m.file, m.file), m.line)
                if _better(label, predicted.get(key)):
                    predicted[key] = label
            for c in report.claims:
                key = (case, staged.get(c.file, c.file), c.line)
                label = "claim-ow" if c.claim == "open-weights" else "claim-os"
                if _better(label, predicted.get(key)):
                    predicted[key] = label
            claimed[case] = bool(report.claims)
    return predicted, claimed


def predict_with(python: str, selected: dict) -> tuple[dict, dict]:
    """The claims another openlint reports (its JSON report), for the same staged repositories."""
    openlint = str(Path(python).parent / "openlint")
    predicted: dict = {}
    claimed: dict = {}
    with tempfile.TemporaryDirectory(prefix="openlint-claims-") as tmp:
        roots = {}
        for case, info in sorted(selected.items()):
            roots[case] = corpus.stage(case, info, Path(tmp))
        done = subprocess.run(
            [openlint, "check", "--output-format", "json", "--isolated", *[str(r) for r, _ in roots.values()]],
            capture_output=True,
            text=True,
        )
        report = json.loads(done.stdout)
        by_path = {r["path"]: r for r in report["repositories"]}
        for case, (root, staged) in roots.items():
            repo = by_path[str(root)]
            claimed[case] = bool(repo["claims"])
            for c in repo["claims"]:
                key = (case, staged.get(c["file"], c["file"]), c["line"])
                label = "claim-ow" if c["claim"] == "open-weights" else "claim-os"
                if _better(label, predicted.get(key)):
                    predicted[key] = label
    return predicted, claimed


def _ratio(a: int, b: int) -> str:
    return f"{a / b:.3f}" if b else "n/a"


BOOTSTRAP_ROUNDS = 1000


def interval_line(gold: dict, lang: dict, predicted: dict, rounds: int = BOOTSTRAP_ROUNDS, seed: int = 12) -> str:
    """95 % intervals of claim-os precision and recall per language, by resampling organisations
    (the unit the split draws): lines of one README are not independent, so a line bootstrap
    would be too narrow."""
    import random

    by_org: dict[str, Counter] = {}
    for k, (label, _) in gold.items():
        org = corpus.cases()[k[0]]["repo"].split("/")[0].lower()
        counts = by_org.setdefault(org, Counter())
        p = predicted.get(k, "other") == "claim-os"
        g = label == "claim-os"
        counts[(lang[k], "tp")] += g and p
        counts[(lang[k], "pred")] += p
        counts[(lang[k], "gold")] += g
    orgs = sorted(by_org)
    rng = random.Random(seed)
    samples: dict[str, list] = {"en": [], "zh": []}
    for _ in range(rounds):
        total = Counter()
        for org in rng.choices(orgs, k=len(orgs)):
            total.update(by_org[org])
        for language in samples:
            tp, pred, g = total[(language, "tp")], total[(language, "pred")], total[(language, "gold")]
            samples[language].append((tp / pred if pred else 0.0, tp / g if g else 0.0))

    def band(values: list) -> str:
        ordered = sorted(values)
        return f"{ordered[int(0.025 * len(ordered))]:.2f}–{ordered[int(0.975 * len(ordered)) - 1]:.2f}"

    parts = [f"{language} precision {band([s[0] for s in v])}, recall {band([s[1] for s in v])}" for language, v in samples.items()]
    return f"claim-os 95 % intervals ({rounds} resamples of the {len(orgs)} organisations): " + "; ".join(parts)


def score_lines(predicted: dict, split: str, claimed: dict | None = None, roles_known: bool = True) -> str:
    """The report: per label and language, the targets, and the repository view."""
    gold = {k: v for k, v in corpus.labels().items() if corpus.cases()[k[0]]["split"] == split or split == "all"}
    lang = {k: corpus.language(*k) for k in gold}
    lines = []
    counts = Counter((lang[k], v[0]) for k, v in gold.items())
    lines.append(f"split {split}: {len({k[0] for k in gold})} releases with labelled lines, {len(gold)} labelled lines")
    lines.append("labelled lines: " + ", ".join(f"{lab} {counts[('en', lab)]} en / {counts[('zh', lab)]} zh" for lab in corpus.LABELS_ORDER))
    lines.append("")
    lines.append("| label | lang | gold | predicted | correct | precision | recall |")
    lines.append("|---|---|---:|---:|---:|---:|---:|")
    labels = corpus.LABELS_ORDER if roles_known else ("claim-os", "claim-ow")
    for label in labels:
        for language in ("en", "zh", "all"):
            keys = [k for k in gold if language == "all" or lang[k] == language]
            g = sum(1 for k in keys if gold[k][0] == label)
            p = sum(1 for k in keys if predicted.get(k, "other") == label)
            c = sum(1 for k in keys if gold[k][0] == label and predicted.get(k, "other") == label)
            lines.append(f"| {label} | {language} | {g} | {p} | {c} | {_ratio(c, p)} | {_ratio(c, g)} |")
    certain = [k for k in gold if gold[k][1]]
    g = sum(1 for k in certain if gold[k][0] == "claim-os")
    p = sum(1 for k in certain if predicted.get(k, "other") == "claim-os")
    c = sum(1 for k in certain if gold[k][0] == "claim-os" and predicted.get(k, "other") == "claim-os")
    lines.append("")
    lines.append(f"claim-os on lines labelled with certainty ({len(certain)} lines): precision {_ratio(c, p)}, recall {_ratio(c, g)}")
    lines.append(interval_line(gold, lang, predicted))
    taken = Counter(gold[k][0] for k in gold if predicted.get(k, "other").startswith("claim") and not gold[k][0].startswith("claim"))
    lines.append("not claims taken for claims: " + (", ".join(f"{lab} {n}" for lab, n in taken.most_common()) or "none"))
    if claimed is not None:
        cases = {k[0] for k in gold} | {c for c, info in corpus.cases().items() if split in ("all", info["split"])}
        claims = {c for c in cases if any(v[0].startswith("claim") for k, v in gold.items() if k[0] == c)}
        got = {c for c in cases if claimed.get(c)}
        lines.append("")
        lines.append(f"repositories ({len(cases)}): {len(claims)} claim, {len(cases) - len(claims)} do not")
        lines.append(f"- claiming repositories that got a claim: {len(claims & got)} of {len(claims)} ({_ratio(len(claims & got), len(claims))})")
        lines.append(f"- repositories that do not claim but got one: {len(got - claims)} of {len(cases) - len(claims)}")
    lines.append("")
    lines.append(TARGETS)
    return "\n".join(lines)


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--split", choices=("test", "dev", "all"), default="test")
    parser.add_argument("--python", help="score the openlint installed next to this interpreter (claims only)")
    args = parser.parse_args(argv)
    if not corpus.available():
        print("claims.py: the corpus ../shared/corpus/readmes or the labels are missing", file=sys.stderr)
        return 2
    selected = {c: i for c, i in corpus.cases().items() if args.split in ("all", i["split"])}
    if args.python:
        predicted, claimed = predict_with(args.python, selected)
    else:
        predicted, claimed = predict_in_process(selected)
    print(score_lines(predicted, args.split, claimed, roles_known=not args.python))
    return 0


if __name__ == "__main__":
    sys.exit(main())



