# SPDX-License-Identifier: MIT
"""Generate text with Brightwater-3B from the command line."""

import sys

from transformers import AutoModelForCausalLM, AutoTokenizer


def main(prompt: str) -> None:
    tok = AutoTokenizer.from_pretrained(".")
    model = AutoModelForCausalLM.from_pretrained(".", torch_dtype="auto")
    ids = tok(prompt, return_tensors="pt")
    out = model.generate(**ids, max_new_tokens=128, do_sample=True, temperature=0.7)
    print(tok.decode(out[0], skip_special_tokens=True))


if __name__ == "__main__":
    main(" ".join(sys.argv[1:]) or "Hello")
