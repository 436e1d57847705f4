# SPDX-License-Identifier: Apache-2.0
"""Load the released weights and sample text from them."""

import json

import torch
from safetensors.torch import load_file

from tessellate.modeling import TessellateConfig, TessellateForCausalLM
from tessellate.tokenizer import load_tokenizer


def load(model_dir: str):
    with open(f"{model_dir}/config.json", encoding="utf-8") as handle:
        raw = json.load(handle)
    fields = TessellateConfig.__dataclass_fields__
    cfg = TessellateConfig(**{k: v for k, v in raw.items() if k in fields})
    model = TessellateForCausalLM(cfg)
    model.load_state_dict(load_file(f"{model_dir}/model.safetensors"))
    return model.eval(), load_tokenizer(model_dir)


@torch.no_grad()
def generate(model, tokenizer, prompt: str, max_new_tokens: int = 64, temperature: float = 0.8) -> str:
    ids = torch.tensor([tokenizer.encode(prompt).ids])
    for _ in range(max_new_tokens):
        logits = model(ids)[:, -1, :] / temperature
        next_id = torch.multinomial(torch.softmax(logits, dim=-1), 1)
        ids = torch.cat([ids, next_id], dim=1)
    return tokenizer.decode(ids[0].tolist())
