# SPDX-License-Identifier: Apache-2.0
"""Pre-train Tessellate from a YAML configuration.

    torchrun --nproc-per-node 8 training/train.py training/configs/pretrain-410m.yaml
"""

import math
import sys

import torch
import yaml

from tessellate.modeling import TessellateConfig, TessellateForCausalLM


def lr_at(step: int, cfg: dict) -> float:
    warmup, total, peak = cfg["schedule"]["warmup_steps"], cfg["schedule"]["total_steps"], cfg["optimizer"]["lr"]
    if step < warmup:
        return peak * step / warmup
    return 0.5 * peak * (1 + math.cos(math.pi * (step - warmup) / (total - warmup)))


def main(config_path: str) -> None:
    cfg = yaml.safe_load(open(config_path, encoding="utf-8"))
    torch.manual_seed(cfg["seed"])
    model = TessellateForCausalLM(TessellateConfig(**cfg["model"]))
    opt = torch.optim.AdamW(
        model.parameters(), lr=cfg["optimizer"]["lr"], betas=tuple(cfg["optimizer"]["betas"]),
        weight_decay=cfg["optimizer"]["weight_decay"],
    )
    for step in range(cfg["schedule"]["total_steps"]):
        for group in opt.param_groups:
            group["lr"] = lr_at(step, cfg)
        # The data loader, loss and checkpointing are in the full training loop (omitted in this example).


if __name__ == "__main__":
    main(sys.argv[1])
