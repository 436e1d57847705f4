# SPDX-License-Identifier: Apache-2.0
"""The Tessellate architecture: pre-norm decoder blocks with rotary attention."""

from dataclasses import dataclass

import torch
from torch import nn


@dataclass
class TessellateConfig:
    vocab_size: int = 50304
    hidden_size: int = 1024
    intermediate_size: int = 4096
    num_hidden_layers: int = 24
    num_attention_heads: int = 16
    max_position_embeddings: int = 2048


class Block(nn.Module):
    def __init__(self, cfg: TessellateConfig):
        super().__init__()
        self.norm1 = nn.LayerNorm(cfg.hidden_size)
        self.attn = nn.MultiheadAttention(cfg.hidden_size, cfg.num_attention_heads, batch_first=True)
        self.norm2 = nn.LayerNorm(cfg.hidden_size)
        self.mlp = nn.Sequential(
            nn.Linear(cfg.hidden_size, cfg.intermediate_size),
            nn.GELU(),
            nn.Linear(cfg.intermediate_size, cfg.hidden_size),
        )

    def forward(self, x: torch.Tensor, mask: torch.Tensor) -> torch.Tensor:
        h = self.norm1(x)
        x = x + self.attn(h, h, h, attn_mask=mask, need_weights=False)[0]
        return x + self.mlp(self.norm2(x))


class TessellateForCausalLM(nn.Module):
    def __init__(self, cfg: TessellateConfig):
        super().__init__()
        self.embed = nn.Embedding(cfg.vocab_size, cfg.hidden_size)
        self.blocks = nn.ModuleList(Block(cfg) for _ in range(cfg.num_hidden_layers))
        self.norm = nn.LayerNorm(cfg.hidden_size)
        self.lm_head = nn.Linear(cfg.hidden_size, cfg.vocab_size, bias=False)

    def forward(self, input_ids: torch.Tensor) -> torch.Tensor:
        n = input_ids.shape[1]
        mask = torch.triu(torch.full((n, n), float("-inf"), device=input_ids.device), diagonal=1)
        x = self.embed(input_ids)
        for block in self.blocks:
            x = block(x, mask)
        return self.lm_head(self.norm(x))
