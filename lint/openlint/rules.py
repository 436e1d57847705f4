"""The rule registry: every finding is made here, from the data in data/rules.toml."""

from __future__ import annotations

import string
from functools import lru_cache

from openlint._support.records import record
from openlint._support.resources import data_toml
from openlint.model import Finding, Location

DOCS_URL = "https://github.com/openlint/openlint/blob/main/docs/rules.md#{code}-{name}"
# A value from the repository goes into a message cut to this many characters: an 800 KB path
# quoted whole made every format, fingerprint and log line carry it.
MAX_PARAM_CHARS = 1000


@record(frozen=True)
class Rule:
    code: str
    name: str
    severity: str
    clause: str
    summary: str
    message: str
    fix: str
    why: str
    example: str
    rank: int = 5  # at one place, lower leads: what decides a verdict comes first

    @property
    def url(self) -> str:
        return DOCS_URL.format(code=self.code.lower(), name=self.name)


def _clipped(value):
    if isinstance(value, str) and len(value) > MAX_PARAM_CHARS:
        return f"{value[:MAX_PARAM_CHARS]}… ({len(value):,} characters)"
    return value


class _Partial(dict):
    """format_map helper: leaves unknown fields visible instead of raising."""

    def __missing__(self, key: str) -> str:
        return "{" + key + "}"


@lru_cache(maxsize=1)
def registry() -> dict[str, Rule]:
    return {code: Rule(code=code, **fields) for code, fields in data_toml("rules.toml").items()}


@lru_cache(maxsize=1)
def ranks() -> dict[str, int]:
    return {code: rule.rank for code, rule in registry().items()}


def get(code: str) -> Rule:
    return registry()[code]


def template_fields(template: str) -> set[str]:
    return {f for _, f, _, _ in string.Formatter().parse(template) if f}


def finding(code: str, at: Location, *, clause: str | None = None, severity: str | None = None, **params) -> Finding:
    """Build a finding of rule `code` at `at`, filling the rule's templates with `params`."""
    rule = get(code)
    values = _Partial({key: _clipped(value) for key, value in params.items()}, clause=clause or rule.clause)
    return Finding(
        code=rule.code,
        name=rule.name,
        severity=severity or rule.severity,
        message=rule.message.format_map(values),
        file=at.file,
        line=at.line,
        column=at.column,
        end_line=at.end_line,
        end_column=at.end_column,
        fix=rule.fix.format_map(values),
        clause=clause or rule.clause,
    )
