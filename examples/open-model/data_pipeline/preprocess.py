# SPDX-License-Identifier: Apache-2.0
"""Filter, scrub, de-duplicate and tokenise the raw mix into training shards.

    python -m data_pipeline.preprocess --input raw/ --output shards/ --tokenizer tokenizer/
"""

import argparse
import json
from pathlib import Path

from data_pipeline.filters import keep, scrub_personal_data


def minhash_key(text: str, n: int = 5) -> frozenset:
    words = text.split()
    return frozenset(hash(" ".join(words[i : i + n])) for i in range(max(1, len(words) - n + 1)))


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--input", required=True)
    parser.add_argument("--output", required=True)
    args = parser.parse_args()
    seen: set[frozenset] = set()
    out = Path(args.output)
    out.mkdir(parents=True, exist_ok=True)
    with open(out / "clean.jsonl", "w", encoding="utf-8") as sink:
        for path in sorted(Path(args.input).glob("*.jsonl")):
            for line in path.open(encoding="utf-8"):
                doc = json.loads(line)
                if not keep(doc):
                    continue
                key = minhash_key(doc["text"])
                if key in seen:
                    continue
                seen.add(key)
                doc["text"] = scrub_personal_data(doc["text"])
                sink.write(json.dumps(doc) + "\n")


if __name__ == "__main__":
    main()
