"""Learn the weights of the second reading of a mention's role (lint/openlint/claims/learned.py)
from labelled lines, and measure them by cross-validation on the labelled READMEs.

    python benchmarks/claims_learn.py --cv                 # grouped cross-validation, nothing written
    python benchmarks/claims_learn.py --write              # train on everything, write the weights

What it learns from (never the test split of benchmarks/claims.py):
- the dev split of ../shared/corpus/readmes, labelled in tests/data/claim-labels.tsv;
- the policy's fixtures (tests/claims/test_policy.py), each sentence a labelled line;
- the 19 real releases of ../shared/corpus/real, as tests/claims/test_corpus_claims.py reads them;
- documents in the labelled-document format (benchmarks/claims_docs.py): our own invented
  model READMEs in benchmarks/claim-probes/, and any further folders given with --docs (real
  READMEs kept outside the repository; their labels are facts in tests/data/claim-labels-real.tsv).

Each mention is read exactly as `openlint check` reads it (the rule that decided it, its facts,
the words next to it: learned.evidence). A mention on a line labelled claim-os or claim-ow is a
positive example when a rule took it for a claim, or when no mention on that line was taken
(the label says the line claims, not which mention does); every other mention is negative.
The model is logistic regression with L2, trained by AdaGrad in pure Python with a fixed seed,
so the same inputs give the same weights.
"""

from __future__ import annotations

import argparse
import json
import math
import os
import random
import sys
import tempfile
from collections import Counter, defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import claims_corpus as corpus  # noqa: E402
import claims_docs  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
WEIGHTS = ROOT / "lint" / "openlint" / "data" / "claim-weights.json"
PROBES = Path(__file__).resolve().parent / "claim-probes"
SHAPE = {"left_words": 3, "right_words": 3, "section_words": 8}
# chosen by --cv: overriding a rule's claim takes more evidence than finding one no rule took
CLAIM_AT, KEEP_ABOVE = 0.7, 0.3
EPOCHS, RATE, L2, MIN_COUNT, SEED = 15, 0.2, 1e-4, 2, 1
MIN_WEIGHT = 0.01  # smaller weights are left out of the file: they never tip a mention
POLICY_WEIGHT = 3.0  # a fixture of the policy counts as much as three labelled lines: it is what the rules mean


def _read_repository(root: Path, staged: dict[str, str]) -> tuple[list, set]:
    """Every mention `openlint check` reads in the repository at `root`, as (file, line, facts,
    rule, mention) with the file's stored name, and the lines that claim by structure (card tags,
    a license named "Open Source …"), which the weighing never decides."""
    from openlint.claims import learned
    from openlint.pipeline import Options, check_repository

    learned.READINGS = []
    try:
        report = check_repository(str(root), Options(keep_sources=False, show_claims=True))
        readings = [(staged.get(path, path), line, facts, rule, m) for path, line, _, facts, rule, m in learned.READINGS]
    finally:
        learned.READINGS = None
    structural = {(staged.get(c.file, c.file), c.line) for c in report.claims if c.sentence is None}
    return readings, structural


def collect(extra: list[str], corpus_dev: bool = True, probes: bool = True) -> list[dict]:
    """Every labelled line with the mentions on it: {group, lang, claim, unlabelled, structural, mentions}."""
    lines: list[dict] = []
    with tempfile.TemporaryDirectory(prefix="openlint-learn-") as tmp:
        labels = corpus.labels()
        for case, info in sorted(corpus.cases().items()):
            if info["split"] != "dev" or not corpus_dev:
                continue
            root, staged = corpus.stage(case, info, Path(tmp) / "dev")
            gold = {(f, n): v[0] for (c, f, n), v in labels.items() if c == case}
            texts = {s: (corpus.CORPUS / case / s).read_text(encoding="utf-8").split("\n") for s in info["files"]}
            lines += _lines(info["repo"].split("/")[0].lower(), root, staged, gold, texts)
        if probes:
            lines += policy_lines()
            lines += release_lines(Path(tmp) / "real")
        for source in ([str(PROBES)] if probes else []) + extra:
            for k, doc in enumerate(claims_docs.documents(source)):
                root, gold, texts = claims_docs.stage(doc, Path(tmp) / "docs" / f"{Path(source).name}-{k}")
                lines += _lines(doc.group, root, {}, gold, texts)
    return lines


def _test_module(name: str):
    """A module of tests/claims, by its path (benchmarks/claims.py takes the name `claims`)."""
    import importlib.util

    spec = importlib.util.spec_from_file_location(name, ROOT / "tests" / "claims" / f"{name}.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def policy_lines() -> list[dict]:
    """The policy's own fixtures (tests/claims/test_policy.py), each sentence a labelled line:
    what the rules were written to say, so that the weights learn to keep it."""
    from openlint.claims import learned
    from openlint.claims.prose import analyse

    policy = _test_module("test_policy")
    texts = [(s, {1: True}) for s in policy.CLAIMS + policy.OPEN_WEIGHTS]
    texts += [(s, {1: role == "claim"}) for s, role in policy.NOT_CLAIMS]
    texts += [(text, {line: role == "claim" for line, role, _ in expected}) for text, expected in policy.DOCUMENTS]
    out = []
    for k, (text, claims) in enumerate(texts):
        learned.READINGS = []
        try:
            analyse("README.md", text if text.endswith("\n") else text + "\n", 1, policy.NAMES)
            readings = learned.READINGS
        finally:
            learned.READINGS = None
        by_line = defaultdict(list)
        for _, line, _, facts, rule, mention in readings:
            by_line[line].append((facts, rule, mention))
        for line, claim in claims.items():
            lang = "zh" if corpus.CJK.search(text.split("\n")[line - 1]) else "en"
            out.append({"group": f"policy:{k}", "lang": lang, "claim": claim, "unlabelled": False, "mentions": by_line.get(line, [])})
    return out


def release_lines(into: Path) -> list[dict]:
    """The real releases of ../shared/corpus/real (tests/claims/test_corpus_claims.py): a labelled
    phrase (unless the policy reads it otherwise) or a reviewed hit is a claim; a distractor, or
    any other line with a mention, is not."""
    sys.path.insert(0, str(ROOT / "tests"))  # its helpers
    real = _test_module("test_corpus_claims")

    out = []
    for folder in real.folders():
        name = folder.name
        claims = {(e["file"], e["line"]) for e in real.label(name)["claims"].get("phrase", [])}
        claims |= {(f, n) for (case, f, n, _) in real.REVIEWED if case == name}
        claims -= {(f, n) for (case, f, n), why in real.NOT_FOUND.items() if case == name and why.startswith("policy:")}  # labels the policy reads otherwise
        root = into / name / real.label(name)["source"]["repo"].split("/")[-1]
        root.mkdir(parents=True)
        texts = {}
        for path in real.prose_files(folder):
            (root / path.name).write_bytes(path.read_bytes())
            texts[path.name] = path.read_text(encoding="utf-8", errors="replace").split("\n")
        gold = {key: "claim-os" for key in claims}
        readings, _ = _read_repository(root, {})
        gold.update({(file, line): "other" for file, line, *_ in readings if (file, line) not in gold})
        out += _lines(f"real:{name}", root, {}, gold, texts)
    return out


def _lines(group: str, root: Path, staged: dict, gold: dict, texts: dict) -> list[dict]:
    readings, structural = _read_repository(root, staged)
    by_line = defaultdict(list)
    for file, line, facts, rule, mention in readings:
        by_line[(file, line)].append((facts, rule, mention))
    out = []
    for key in sorted(set(gold) | set(by_line)):
        file, line = key
        if file not in texts or key in structural:
            continue
        text = texts[file][line - 1] if line <= len(texts[file]) else ""
        label = gold.get(key, "")
        out.append(
            {
                "group": group,
                "lang": "zh" if corpus.CJK.search(text) else "en",
                "claim": label.startswith("claim"),
                "unlabelled": not label,
                "mentions": by_line.get(key, []),
            }
        )
    return out


def examples(lines: list[dict], shape) -> list[tuple[list[str], int, float]]:
    """(evidence, 1 for a claim, weight) for every mention of every line."""
    from openlint.claims.learned import evidence

    out = []
    for line in lines:
        if line["unlabelled"]:
            continue  # a mention on a line no one labelled says nothing either way
        taken = [m for m in line["mentions"] if m[1].role == "claim"]
        weight = POLICY_WEIGHT if line["group"].startswith("policy:") else 1.0
        for facts, rule, mention in line["mentions"]:
            positive = line["claim"] and (rule.role == "claim" or not taken)
            out.append((sorted(evidence(facts, rule.name, rule.role, mention, shape)), int(positive), weight))
    return out


def train(data: list[tuple[list[str], int, float]]) -> dict[str, float]:
    """Logistic regression, L2, AdaGrad; evidence seen fewer than MIN_COUNT times is left out."""
    seen = Counter(piece for pieces, _, _ in data for piece in pieces)
    data = [([p for p in pieces if seen[p] >= MIN_COUNT], y, w) for pieces, y, w in data]
    weight: dict[str, float] = defaultdict(float)
    squares: dict[str, float] = defaultdict(lambda: 1e-8)
    order = list(range(len(data)))
    rng = random.Random(SEED)
    for _ in range(EPOCHS):
        rng.shuffle(order)
        for i in order:
            pieces, y, w = data[i]
            error = (_probability(weight, pieces) - y) * w
            for p in pieces:
                step = error + L2 * weight[p]
                squares[p] += step * step
                weight[p] -= RATE * step / math.sqrt(squares[p])
    return {p: round(w, 3) for p, w in sorted(weight.items()) if abs(w) >= MIN_WEIGHT}


def _probability(weight, pieces) -> float:
    total = sum(weight.get(p, 0.0) for p in pieces)
    return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, total))))


def _shape():
    from openlint.claims.learned import Weights

    return Weights(CLAIM_AT, KEEP_ABOVE, SHAPE["left_words"], SHAPE["right_words"], SHAPE["section_words"], {})


def _score(lines: list[dict], claimed) -> str:
    parts = []
    for language in ("en", "zh"):
        chosen = [(line["claim"], claimed(line)) for line in lines if line["lang"] == language]
        chosen = [(g, p) for (g, p), line in zip(chosen, [x for x in lines if x["lang"] == language]) if not line["unlabelled"] or p]
        tp = sum(1 for g, p in chosen if g and p)
        gold = sum(1 for g, _ in chosen if g)
        pred = sum(1 for _, p in chosen if p)
        parts.append(f"{language} P {tp / max(pred, 1):.3f} R {tp / max(gold, 1):.3f} ({tp}/{gold}, {pred} predicted)")
    return "  ".join(parts)


def _weighed(line: dict, weights: dict, shape) -> list[tuple[str, float]]:
    """(the rule's role, the probability of a claim) of each mention on the line."""
    from openlint.claims.learned import evidence

    return [(r.role, _probability(weights, evidence(f, r.name, r.role, m, shape))) for f, r, m in line["mentions"]]


def _claimed(weighed: list[tuple[str, float]], claim_at: float, keep_above: float) -> bool:
    """learned.reconsider's decision: a claim at `claim_at` or more; a rule's claim is kept above `keep_above`."""
    return any(p >= claim_at or (role == "claim" and p > keep_above) for role, p in weighed)


def _table(scored: list[dict], weighed: dict) -> None:
    print(f"  rules alone                   {_score(scored, lambda line: any(r.role == 'claim' for _, r, _ in line['mentions']))}")
    for claim_at in (0.5, 0.6, 0.7):
        for keep_above in (0.0, 0.2, 0.3, claim_at):
            shown = f"claim at {claim_at:.1f}, keep above {keep_above:.1f}"
            print(f"  {shown:<30}{_score(scored, lambda line: _claimed(weighed[id(line)], claim_at, keep_above))}")


def cross_validate(lines: list[dict], folds: int) -> None:
    """Grouped by organisation (a README and its siblings are never split); the probe
    documents, the policy's fixtures and the real releases of the test suite always train and
    are never scored."""
    scored = [line for line in lines if not line["group"].startswith(("probe:", "policy:", "real:"))]
    groups = sorted({line["group"] for line in scored})
    random.Random(7).shuffle(groups)
    fold_of = {g: i % folds for i, g in enumerate(groups)}
    shape = _shape()
    weighed: dict[int, list] = {}
    for k in range(folds):
        weights = train(examples([line for line in lines if fold_of.get(line["group"], -1) != k], shape))
        weighed.update({id(line): _weighed(line, weights, shape) for line in scored if fold_of[line["group"]] == k})
    print(f"{len(scored)} lines of {len(groups)} organisations in {folds} folds ({len(lines) - len(scored)} lines of our own always train)")
    _table(scored, weighed)


def held_out(lines: list[dict], sources: list[str]) -> None:
    """Train on `lines`, score the rules alone and the weighing on documents never trained on."""
    shape = _shape()
    weights = train(examples(lines, shape))
    scored = collect(sources, corpus_dev=False, probes=False)
    print(f"held out: {len(scored)} lines of {len({line['group'] for line in scored})} organisations")
    _table(scored, {id(line): _weighed(line, weights, shape) for line in scored})


def write(lines: list[dict]) -> None:
    weights = train(examples(lines, _shape()))
    counts = Counter((line["lang"], line["claim"]) for line in lines if not line["unlabelled"])
    data = {
        "about": "The learned weights of lint/openlint/claims/learned.py, made by benchmarks/claims_learn.py --write: "
        "retrain rather than edit. A weight is added for each piece of evidence present; the logistic of the sum is "
        "the probability that the mention is a claim.",
        "trained_on": {f"{lang} {'claims' if claim else 'not claims'}": counts[(lang, claim)] for lang in ("en", "zh") for claim in (True, False)},
        "claim_at": CLAIM_AT,
        "keep_above": KEEP_ABOVE,
        **SHAPE,
        "weights": weights,
    }
    # one weight a line: a retrained file differs from the last by the weights that moved
    body = json.dumps(data, ensure_ascii=False, indent=1)
    WEIGHTS.write_text(body + "\n", encoding="utf-8")
    print(f"wrote {len(weights)} weights to {WEIGHTS.relative_to(ROOT)}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--cv", action="store_true", help="cross-validate by organisation; write nothing")
    parser.add_argument("--folds", type=int, default=5)
    parser.add_argument("--write", action="store_true", help="train on every line and write the weights")
    parser.add_argument("--docs", nargs="*", default=[], help="further files or folders of labelled documents")
    parser.add_argument("--held-out", nargs="*", default=[], help="labelled documents to score, never trained on")
    args = parser.parse_args()
    os.environ["OPENLINT_NO_CACHE"] = "1"  # every mention must be read, not taken from the cache
    from openlint.claims import learned

    learned.weights = lambda: None  # read by the rules alone: the shipped file may be of an older shape
    if not corpus.available():
        sys.exit("the labelled corpus (../shared/corpus/readmes) is not here")
    lines = collect(args.docs)
    if args.cv:
        cross_validate(lines, args.folds)
    if args.held_out:
        held_out(lines, args.held_out)
    if args.write:
        write(lines)


if __name__ == "__main__":
    main()
