"""Real READMEs that anyone can fetch again: packages' long descriptions on PyPI, labelled by the
policy of docs/claims.md, scored as benchmarks/claims_docs.py scores labelled documents.

    python benchmarks/claims_pypi.py fetch --cache DIR      # download the labelled packages' texts (network)
    python benchmarks/claims_pypi.py score --cache DIR      # precision and recall per split and language
    python benchmarks/claims_pypi.py score --cache DIR --split held-out -v
    python benchmarks/claims_pypi.py agreement              # a second, blind labelling of 200 lines

tests/data/claim-labels-pypi.tsv holds the labels as facts: the package, the version whose
description was labelled, the folder the repository is staged under (its GitHub repository's
name, else the package's), the first 16 hex digits of the text's SHA-256, the line and its label.
The text is the description with its line ends made "\n" and its leading blank lines dropped, as
a README it is staged as. No text is kept in this repository: `fetch` asks PyPI's JSON API for
the package and, when its latest version is no longer the one labelled, reads the description
from that version's own distribution file (its METADATA or PKG-INFO). A text whose digest
differs from the labelled one is left out of the score and counted.

`fetch` is the only step that uses the network; openlint itself never does. The split was made
by labelling batch before anything was read: the `analysis` batches are the ones whose errors
were looked at, the `held-out` ones were only ever scored. tests/data/claim-labels-pypi-second.tsv is a second
labelling, made blind from docs/claims.md, of 200 lines drawn with random.Random(20261207).
"""

from __future__ import annotations

import argparse
import csv
import hashlib
import io
import json
import sys
import tarfile
import tempfile
import urllib.request
import zipfile
from collections import Counter
from email.parser import Parser
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import claims_docs  # noqa: E402
from claims_agreement import kappa  # noqa: E402
from claims_corpus import LABELS_ORDER  # noqa: E402

LABELS = Path(__file__).resolve().parent.parent / "tests" / "data" / "claim-labels-pypi.tsv"
SECOND = LABELS.with_name("claim-labels-pypi-second.tsv")
SPLITS = ("analysis", "held-out")
PYPI = "https://pypi.org/pypi/{package}/json"
TIMEOUT = 30


def labels(path: Path = LABELS) -> list[dict]:
    with open(path, encoding="utf-8") as handle:
        return list(csv.DictReader(handle, delimiter="\t"))


def readme_text(description: str) -> str:
    """A description as the README it is staged as: "\\n" line ends, no leading blank lines."""
    lines = description.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    while lines and not lines[0].strip():
        lines.pop(0)
    return "\n".join(lines).rstrip("\n") + "\n"


def digest(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]


def cached(cache: Path, package: str, version: str) -> Path:
    return cache / f"{package}=={version}.md"


def _description_of_file(data: bytes, filename: str) -> str | None:
    """The long description in a wheel's METADATA or an sdist's PKG-INFO."""
    if filename.endswith(".whl"):
        with zipfile.ZipFile(io.BytesIO(data)) as wheel:
            name = next((n for n in wheel.namelist() if n.endswith(".dist-info/METADATA")), None)
            raw = wheel.read(name).decode("utf-8") if name else None
    elif filename.endswith((".tar.gz", ".tgz")):
        with tarfile.open(fileobj=io.BytesIO(data), mode="r:gz") as sdist:
            member = next((m for m in sdist.getmembers() if m.name.count("/") == 1 and m.name.endswith("/PKG-INFO")), None)
            raw = sdist.extractfile(member).read().decode("utf-8") if member else None
    else:
        return None
    if raw is None:
        return None
    message = Parser().parsestr(raw)
    return message.get_payload() or message.get("Description")


def fetch_one(package: str, version: str) -> str | None:
    with urllib.request.urlopen(PYPI.format(package=package), timeout=TIMEOUT) as answer:
        data = json.load(answer)
    if data["info"]["version"] == version:
        return data["info"]["description"]
    files = sorted(data.get("releases", {}).get(version, []), key=lambda f: (not f["filename"].endswith(".whl"), f.get("size", 0)))
    for file in files:
        with urllib.request.urlopen(file["url"], timeout=TIMEOUT) as answer:
            found = _description_of_file(answer.read(), file["filename"])
        if found:
            return found
    return None


def fetch(cache: Path, rows: list[dict]) -> Counter:
    cache.mkdir(parents=True, exist_ok=True)
    done: Counter = Counter()
    for package, version in sorted({(r["package"], r["version"]) for r in rows}):
        target = cached(cache, package, version)
        if target.exists():
            done["cached"] += 1
            continue
        try:
            description = fetch_one(package, version)
        except OSError as error:
            print(f"{package}=={version}: {error}", file=sys.stderr)
            done["failed"] += 1
            continue
        if description is None:
            done["missing"] += 1
            continue
        target.write_text(readme_text(description), encoding="utf-8")
        done["fetched"] += 1
    return done


def documents(cache: Path, rows: list[dict]) -> tuple[list[tuple[str, claims_docs.Document]], Counter]:
    """(split, labelled document) for every package whose cached text is the labelled one."""
    by_package: dict[tuple[str, str], list[dict]] = {}
    for row in rows:
        by_package.setdefault((row["package"], row["version"]), []).append(row)
    out, skipped = [], Counter()
    for (package, version), mine in sorted(by_package.items()):
        path = cached(cache, package, version)
        if not path.exists():
            skipped["not fetched"] += 1
            continue
        text = path.read_text(encoding="utf-8")
        if digest(text) != mine[0]["text_sha256"]:
            skipped["text changed"] += 1
            continue
        lines = text.split("\n")[:-1]
        for row in mine:
            number = int(row["line"])
            if 1 <= number <= len(lines) and row["label"] in LABELS_ORDER:
                lines[number - 1] = f"{lines[number - 1].rstrip()} @{row['label']}"
        out.append((mine[0]["split"], claims_docs.Document(f"pypi:{package}", mine[0]["folder"], {"README.md": lines})))
    return out, skipped


def score(rows: list[tuple[str, str, str]]) -> list[str]:
    """Precision and recall of claims per language, as claims_docs.py prints them."""
    out = []
    for language in ("en", "zh"):
        mine = [(g.startswith("claim"), p.startswith("claim")) for lang, g, p in rows if lang == language]
        tp, gold, pred = sum(g and p for g, p in mine), sum(g for g, _ in mine), sum(p for _, p in mine)
        out.append(f"{language}: claims labelled {gold}, predicted {pred}, correct {tp}; precision {tp / max(pred, 1):.3f}, recall {tp / max(gold, 1):.3f}")
    taken = Counter(g for _, g, p in rows if p.startswith("claim") and not g.startswith("claim"))
    out.append("not claims taken for claims: " + ", ".join(f"{label} {taken[label]}" for label in ("comparative", "third-party", "other", "unlabelled")))
    return out


def agreement(first: list[dict], second: list[dict]) -> list[str]:
    """How far the second labelling agrees with the first, over the five labels and over claim or not."""
    labelled = {(r["package"], r["version"], r["line"]): r["label"] for r in first}
    pairs = [(labelled[(r["package"], r["version"], r["line"])], r["label"]) for r in second]
    out = [f"{len(pairs)} lines labelled twice"]
    for name, found in (("five labels", pairs), ("claim or not", [(a[:5] == "claim", b[:5] == "claim") for a, b in pairs])):
        observed, k = kappa(found)
        out.append(f"- {name}: agreement {observed:.3f}, Cohen's kappa {k:.3f}")
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("action", choices=("fetch", "score", "agreement"))
    parser.add_argument("--cache", type=Path, help="where the fetched texts are kept (outside the repository)")
    parser.add_argument("--split", choices=(*SPLITS, "all"), default="all")
    parser.add_argument("-v", "--verbose", action="store_true", help="list every line read wrongly (not for the held-out split)")
    args = parser.parse_args(argv)
    if args.action == "agreement":
        print("\n".join(agreement(labels(), labels(SECOND))))
        return 0
    if args.cache is None:
        parser.error("fetch and score need --cache")
    rows = [r for r in labels() if args.split in ("all", r["split"])]
    if args.action == "fetch":
        done = fetch(args.cache, rows)
        print(", ".join(f"{k} {v}" for k, v in sorted(done.items())))
        return 0
    docs, skipped = documents(args.cache, rows)
    read: dict[str, list] = {split: [] for split in SPLITS}
    with tempfile.TemporaryDirectory(prefix="openlint-pypi-") as tmp:
        for k, (split, doc) in enumerate(docs):
            for language, gold, predicted, rules, where in claims_docs.read(doc, Path(tmp) / str(k)):
                read[split].append((language, gold, predicted))
                if args.verbose and gold.startswith("claim") != predicted.startswith("claim"):
                    print(f"{'missed' if gold.startswith('claim') else 'taken '} {gold} -> {predicted} {rules} {where[:200]}")
    print(f"{len(docs)} READMEs read" + "".join(f"; {v} {k}" for k, v in sorted(skipped.items())))
    for split in SPLITS:
        if read[split]:
            print(f"[{split}]")
            print("\n".join(score(read[split])))
    return 0


if __name__ == "__main__":
    sys.exit(main())
