# SPDX-License-Identifier: Apache-2.0
"""Encoder-decoder network: a strided convolutional encoder and an upsampling decoder."""

from torch import nn

from marram import CLASSES


def _stage(c_in: int, c_out: int) -> nn.Sequential:
    return nn.Sequential(
        nn.Conv2d(c_in, c_out, 3, stride=2, padding=1), nn.BatchNorm2d(c_out), nn.ReLU(inplace=True),
        nn.Conv2d(c_out, c_out, 3, padding=1), nn.BatchNorm2d(c_out), nn.ReLU(inplace=True),
    )


class MarramSeg(nn.Module):
    def __init__(self, widths=(64, 128, 256, 512)):
        super().__init__()
        chans = (3,) + tuple(widths)
        self.encoder = nn.Sequential(*(_stage(a, b) for a, b in zip(chans, chans[1:])))
        self.decoder = nn.Sequential(
            nn.Upsample(scale_factor=2 ** len(widths), mode="bilinear", align_corners=False),
            nn.Conv2d(widths[-1], len(CLASSES), 1),
        )

    def forward(self, x):
        return self.decoder(self.encoder(x))
