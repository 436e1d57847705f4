# SPDX-License-Identifier: Apache-2.0
"""Run the zero-shot benchmarks reported in evaluation/results.json."""

import json
import sys

TASKS = ("hellaswag", "arc_easy", "piqa", "lambada_openai")


def main(model_dir: str) -> None:
    from lm_eval import simple_evaluate

    results = simple_evaluate(model="hf", model_args=f"pretrained={model_dir}", tasks=list(TASKS), num_fewshot=0)
    json.dump(results["results"], sys.stdout, indent=2)


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else ".")
