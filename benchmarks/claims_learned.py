"""Would a small learned model find claims better than the rules? A measurement, not a detector.

    OLD/bin/python benchmarks/claims_learned.py rows --out F.jsonl --group NAME DOCS...
        # one row per labelled line (and per line read as a claim) of labelled documents
        # (claims_docs.py's format), as the openlint of that interpreter reads them
    python benchmarks/claims_learned.py rows --out F.jsonl --pypi CACHE [--split held-out]
        # the same for the PyPI corpus (claims_pypi.py), one group per labelling batch
    python benchmarks/claims_learned.py rows --out F.jsonl --dev
        # the same for the dev split of the labelled corpus, one group per organisation
    python benchmarks/claims_learned.py score F.jsonl [F.jsonl ...] [--extra G.jsonl ...] [--features all]
        # logistic regression over the rules' reading and the words around each mention,
        # trained with one group held out at a time; precision and recall of the rules and of
        # the model on the held-out groups, per language

For an honest answer the rows of each group should come from an openlint that had not seen
that group (the install of the day the group was collected): on text its rules were drawn
from, the rules are right by construction and the model only learns to trust them. --extra
rows (e.g. probes or material the rules were drawn from) are added to every training fold and
never scored. Pure Python; nothing here is used by openlint at run time (docs/claims.md, "Why
rules").
"""

from __future__ import annotations

import argparse
import json
import math
import os
import random
import re
import sys
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from claims_docs import CJK, Document, _front_matter_end, documents, stage  # noqa: E402

os.environ.setdefault("OPENLINT_NO_CACHE", "1")  # a reading from openlint's cache would keep no facts

TOKEN = re.compile(r"[a-z][a-z0-9'\-]*|[0-9]+|[\u3400-\u9fff]|[^\sa-z0-9\u3400-\u9fff]", re.I)
SUBJECT_SOURCE = re.compile(r"\((the title|the card|the authors|introduced|the repository's folder|the name its|the repository's own|named as)")


FEATURES = ("both", "words", "facts", "all")  # the rules' reading with the words; the words alone; with the facts; all three


@contextmanager
def facts_kept(kept: dict) -> Iterator[None]:
    """Keep the facts the rules decided each mention on, by (file, line, column, term): the
    reading openlint reports names only the rule they led to."""
    from openlint.claims import prose

    features, analyse, decided = prose.features, prose.analyse, []

    def keeping_features(*args, **kwargs):
        decided.append(features(*args, **kwargs))
        return decided[-1]

    def keeping_analyse(path, *args, **kwargs):
        decided.clear()
        found = analyse(path, *args, **kwargs)
        kept.update({(m.file, m.line, m.column, m.term): sorted(f) for m, f in zip(found, decided)})  # analyse reads them in this order
        return found

    prose.features, prose.analyse = keeping_features, keeping_analyse
    try:
        yield
    finally:
        prose.features, prose.analyse = features, analyse


def rows(out: str, group: str, sources: list[str], labelled: list[tuple[str, Document]] | None = None) -> None:
    """Rows of the documents in `sources` (all in `group`), or of `labelled` (group, document) pairs."""
    listed = labelled if labelled is not None else [(group, doc) for source in sources for doc in documents(source)]
    kept: dict = {}
    with open(out, "w", encoding="utf-8") as sink, tempfile.TemporaryDirectory(prefix="openlint-learned-") as tmp, facts_kept(kept):
        for n, (group, doc) in enumerate(listed):
            kept.clear()
            for row in _document_rows(doc, Path(tmp) / str(n), kept):
                sink.write(json.dumps({"group": group, **row}, ensure_ascii=False) + "\n")


def _document_rows(doc: Document, into: Path, kept: dict) -> Iterator[dict]:
    from openlint.pipeline import Options, check_repository

    root, gold, texts = stage(doc, into)
    report = check_repository(str(root), Options(keep_sources=False, show_claims=True))
    mentions: dict = {}
    for m in report.mentions:
        reading = {"role": m.role, "rule": m.rule, "kind": m.kind, "term": m.term, "sentence": m.sentence, "subject": m.subject}
        reading |= {"rel": m.subject_is_release, "facts": kept.get((m.file, m.line, m.column, m.term), [])}
        mentions.setdefault((m.file, m.line), []).append(reading)
    claimed = {(c.file, c.line) for c in report.claims}
    for key in sorted(set(gold) | set(mentions) | claimed):
        file, line = key
        if file not in texts or (key not in gold and line <= _front_matter_end(texts[file]) and key not in mentions):
            continue
        text = texts[file][line - 1] if line <= len(texts[file]) else ""
        found = mentions.get(key, [])
        yield {
            "doc": f"{doc.group}/{doc.folder}",
            "line": line,
            "lang": "zh" if CJK.search(text) else "en",
            "gold": gold.get(key),
            "rules": any(m["role"] == "claim" for m in found) or key in claimed,
            "text": text,
            "mentions": found,
        }


def pypi_documents(cache: Path, split: str) -> list[tuple[str, Document]]:
    """(group, document) of the PyPI corpus's batches in `split`, a group per batch."""
    import claims_pypi

    labelled = [r for r in claims_pypi.labels() if split in ("all", r["split"])]
    batch = {r["package"]: r["set"] for r in labelled}  # a package is labelled in one batch, at one version
    found, _ = claims_pypi.documents(cache, labelled)
    return [(f"pypi-{batch[doc.group.removeprefix('pypi:')]}", doc) for _, doc in found]


def dev_documents() -> list[tuple[str, Document]]:
    """(group, document) of the corpus's dev split, a group per organisation; never the test split."""
    import claims_corpus

    labels = claims_corpus.labels()
    out = []
    for case, info in sorted(claims_corpus.cases().items()):
        if info["split"] != "dev":
            continue
        home, files = claims_corpus.card_home(info), {}
        for stored in info["files"]:
            lines = (claims_corpus.CORPUS / case / stored).read_text(encoding="utf-8").split("\n")
            for number, line in enumerate(lines, 1):
                if (case, stored, number) in labels:
                    lines[number - 1] = f"{line.rstrip()} @{labels[(case, stored, number)][0]}"
            files["README.md" if home else claims_corpus.staged_name(stored, set(files))] = lines
        out.append(("dev-" + info["repo"].split("/")[0].lower(), Document(f"dev:{case}", home or info["repo"].split("/")[-1], files)))
    return out


def _tokens(text: str) -> list[str]:
    return [t.lower() for t in TOKEN.findall(text)]


def features(row: dict, kinds: str = "both") -> set[str]:
    """What the model sees of a line, by `kinds` (FEATURES): the rules' reading (role, rule,
    whether the subject is the release and how it is known), the words on either side of each
    mention with the subject's name replaced by its kind, and the facts the rules decided on."""
    out = {"bias"}
    text = row["text"].lstrip()
    out.add("shape=" + ("heading" if text.startswith("#") else "item" if re.match(r"[-*+] |\d+[.)] ", text) else "row" if text.startswith("|") else "text"))
    if not row["mentions"]:
        out.add("no-mention")
    for m in row["mentions"]:
        out.add(f"kind={m['kind']}")
        if kinds != "words":
            subject = (m["subject"] or "").strip()
            known = SUBJECT_SOURCE.search(subject)
            out |= {
                f"role={m['role']}",
                f"rule={m['rule']}",
                f"role-rel={m['role']}|{m['rel']}",
                "source=" + (known.group(1) if known else "plain" if subject else "none"),
            }
        if kinds in ("facts", "all"):
            out |= {"fact=" + f for f in m.get("facts", [])}
        if kinds != "facts":
            out |= _words(m)
    return out


def _words(m: dict) -> set[str]:
    sentence, name = m["sentence"] or "", (m["subject"] or "").strip().split(" (")[0]
    if len(name) > 1:
        sentence = sentence.replace(name, " RELEASE " if m["rel"] else " OTHER ")
    at = sentence.lower().find(m["term"].lower())
    left, right = (_tokens(sentence[:at]), _tokens(sentence[at + len(m["term"]) :])) if at >= 0 else (_tokens(sentence), [])
    out = {f"L{k}={t}" for k, t in enumerate(reversed(left[-3:]))} | {f"R{k}={t}" for k, t in enumerate(right[:3])}
    return out | {"left=" + t for t in left} | {"right=" + t for t in right[:12]}


def train(samples: list[tuple[set[str], int, float]], epochs: int = 15, rate: float = 0.2, l2: float = 1e-4) -> dict[str, float]:
    weights: dict[str, float] = {}
    squares: dict[str, float] = {}
    order = list(range(len(samples)))
    shuffle = random.Random(0).shuffle
    for _ in range(epochs):
        shuffle(order)
        for i in order:
            feats, label, weight = samples[i]
            gradient = (_probability(weights, feats) - label) * weight
            for f in feats:  # AdaGrad: rare words move as far as common ones
                g = gradient + l2 * weights.get(f, 0.0)
                squares[f] = squares.get(f, 0.0) + g * g
                weights[f] = weights.get(f, 0.0) - rate * g / math.sqrt(squares[f] + 1e-8)
    return weights


def _probability(weights: dict[str, float], feats: set[str]) -> float:
    z = sum(weights.get(f, 0.0) for f in feats)
    return 1 / (1 + math.exp(-max(-30.0, min(30.0, z))))


def _is_claim(row: dict) -> int:
    return int(bool(row["gold"]) and row["gold"].startswith("claim"))


def figures(scored: list[dict], key: str) -> str:
    out = []
    for language in ("en", "zh"):
        mine = [r for r in scored if r["lang"] == language]
        tp = sum(_is_claim(r) and r[key] for r in mine)
        gold, predicted = sum(_is_claim(r) for r in mine), sum(bool(r[key]) for r in mine)
        out.append(f"{language} P {tp / max(predicted, 1):.3f} R {tp / max(gold, 1):.3f} ({tp} of {gold}, {predicted} predicted)")
    return "; ".join(out)


def score(paths: list[str], extra_paths: list[str], extra_weight: float, thresholds: list[float], kinds: str = "both") -> None:
    def load(path: str) -> list[dict]:
        with open(path, encoding="utf-8") as rows:
            return [json.loads(line) for line in rows]

    held = [r for path in paths for r in load(path)]
    extra = [r for path in extra_paths for r in load(path)]
    for r in held + extra:
        r["features"] = features(r, kinds)
    for group in sorted({r["group"] for r in held}):
        fold = [(r["features"], _is_claim(r), 1.0) for r in held if r["group"] != group and r["mentions"]]
        fold += [(r["features"], _is_claim(r), extra_weight) for r in extra if r["group"] != group and r["mentions"]]
        weights = train(fold)
        for r in held:
            if r["group"] == group:
                r["p"] = _probability(weights, r["features"]) if r["mentions"] else float(r["rules"])
    print(f"{len(held)} rows in {len({r['group'] for r in held})} groups, {len(extra)} extra rows")
    print(f"rules           {figures(held, 'rules')}")
    for threshold in thresholds:
        for r in held:
            r["model"] = r["p"] >= threshold
        print(f"model >= {threshold:.2f}   {figures(held, 'model')}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    sub = parser.add_subparsers(dest="command", required=True)
    make = sub.add_parser("rows")
    make.add_argument("--out", required=True)
    make.add_argument("--group", help="the held-out unit these documents belong to")
    make.add_argument("--pypi", type=Path, metavar="CACHE", help="the PyPI corpus (claims_pypi.py fetch --cache CACHE), a group per batch")
    make.add_argument("--split", choices=("analysis", "held-out", "all"), default="all", help="with --pypi: its batches of this split")
    make.add_argument("--dev", action="store_true", help="the corpus's dev split (../shared/corpus/readmes), a group per organisation")
    make.add_argument("sources", nargs="*")
    measure = sub.add_parser("score")
    measure.add_argument("rows", nargs="+")
    measure.add_argument("--extra", nargs="*", default=[])
    measure.add_argument("--extra-weight", type=float, default=0.3)
    measure.add_argument("--thresholds", type=float, nargs="*", default=[0.3, 0.5, 0.7])
    measure.add_argument(
        "--features",
        choices=FEATURES,
        default="both",
        help="both: the rules' reading and the words; words: the words alone; facts: the reading and the facts; all",
    )
    args = parser.parse_args()
    if args.command == "score":
        score(args.rows, args.extra, args.extra_weight, args.thresholds, args.features)
    elif args.pypi:
        rows(args.out, "", [], pypi_documents(args.pypi, args.split))
    elif args.dev:
        rows(args.out, "", [], dev_documents())
    elif args.group and args.sources:
        rows(args.out, args.group, args.sources)
    else:
        parser.error("rows needs --group and documents, --pypi or --dev")


if __name__ == "__main__":
    main()
