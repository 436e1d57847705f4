"""The formatter registry: one module per output format, each a pure function of the report."""

from __future__ import annotations

from importlib import import_module

from openlint.model import Report

FORMATS = {
    "concise": "openlint.formatters.concise",
    "full": "openlint.formatters.full",
    "json": "openlint.formatters.json",
}


def render(name: str, report: Report) -> str:
    return import_module(FORMATS[name]).render(report)


def display_path(repo_path: str, file: str) -> str:
    """A finding's file as the user knows it: relative to where they ran openlint."""
    if repo_path in (".", "./", ""):
        return file
    return repo_path.rstrip("/") + "/" + file if file not in (".", "") else repo_path


def plural(n: int, word: str) -> str:
    return f"{n} {word}{'' if n == 1 else 's'}"
