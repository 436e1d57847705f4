# SPDX-License-Identifier: Apache-2.0
"""Load the released weights and segment one image."""

import numpy as np
import torch
from PIL import Image
from safetensors.torch import load_file

from marram.network import MarramSeg


def load(weights: str) -> MarramSeg:
    model = MarramSeg()
    model.load_state_dict(load_file(weights))
    return model.eval()


@torch.no_grad()
def segment(model: MarramSeg, image_path: str) -> np.ndarray:
    image = np.asarray(Image.open(image_path).convert("RGB"), dtype=np.float32) / 255.0
    x = torch.from_numpy(image).permute(2, 0, 1).unsqueeze(0)
    return model(x).argmax(dim=1)[0].numpy()
