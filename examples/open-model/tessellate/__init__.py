# SPDX-License-Identifier: Apache-2.0
"""Tessellate: a small decoder-only language model."""

__version__ = "1.0.0"
