# SPDX-License-Identifier: Apache-2.0
"""Marram: semantic segmentation for field robots."""

CLASSES = ("background", "crop", "weed", "soil", "stone")
