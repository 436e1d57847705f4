# SPDX-License-Identifier: Apache-2.0
"""Training and loading the byte-level BPE tokenizer used by Tessellate."""

from pathlib import Path


def train_tokenizer(files: list[str], out_dir: str, vocab_size: int = 50304) -> None:
    from tokenizers import ByteLevelBPETokenizer

    tok = ByteLevelBPETokenizer()
    tok.train(files, vocab_size=vocab_size, special_tokens=["<|endoftext|>", "<|pad|>"])
    Path(out_dir).mkdir(parents=True, exist_ok=True)
    tok.save_model(out_dir)


def load_tokenizer(model_dir: str):
    from tokenizers import ByteLevelBPETokenizer

    return ByteLevelBPETokenizer(f"{model_dir}/vocab.json", f"{model_dir}/merges.txt")
