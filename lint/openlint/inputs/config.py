"""[tool.openlint] configuration: what runs, at which severity, and what is ignored — with reasons.

The configuration is applied after the checks, to the findings: codes outside `select` are
dropped; `severity` overrides apply; an ignored finding is dropped — except a finding about a
claim (OL4xx), which stays visible as info with its reason, so that a failed claim can be
waived but never hidden. Ignores without a reason, and ignores that match nothing, are
findings themselves.
"""

from __future__ import annotations

import fnmatch
import os

from openlint import rules
from openlint._support.records import field, record
from openlint.model import SEVERITY_RANK, Finding, Location

CLAIM_FAMILY = "OL4"


@record
class Config:
    file: str | None = None  # where it was read, relative to the repository when inside it
    data: dict = field(default_factory=dict)
    index: object = None  # TomlIndex of the file, for locating problems
    prefix: tuple = ()  # key path of the table inside the file, e.g. ("tool", "openlint")

    def location(self, *path) -> Location:
        if self.index is None:
            return Location(self.file or ".")
        return Location(self.file, *self.index.key(self.prefix + tuple(path)))


def schema(tool_name: str = "openlint") -> dict:
    """The JSON Schema of [tool.openlint], for validate-pyproject's tool_schema entry point.

    validate-pyproject compiles draft-07 schemas only (it aborts on any other, even for a
    pyproject without [tool.openlint]). config.schema.json uses no keyword newer than draft-07,
    so the same schema is served under draft-07's name; a test checks both stay so."""
    from openlint._support.resources import schema as load

    served = dict(load("config.schema.json"))
    served["$schema"] = "http://json-schema.org/draft-07/schema#"
    return served


def _present(root, name: str) -> bool:
    """Whether the repository has an entry `name` at its root, a broken symlink included (reading
    it then says why it is not read)."""
    locate = getattr(root, "locate", None)  # a repository held in memory
    return locate(name).exists() if locate is not None else os.path.lexists(os.path.join(root, name))


def load(root, path: str | None, isolated: bool, findings: list[Finding]) -> Config:
    """The configuration for a repository: `path` if given, else its pyproject.toml."""
    if isolated:
        return Config()
    from openlint.inputs.sources import MAX_BYTES, read_capped, read_text

    if path is None:
        path = shown = "pyproject.toml"
        if not _present(root, path):
            return Config()
        # read as every other input: inside the repository (OL005), regular, at most 1 MiB
        # (OL004), UTF-8 (OL003); a file that fails is not read at all, not read in part
        read = read_text(root, shown, findings)
        if read is None or read.truncated:
            return Config()
        text = read.text
    else:
        shown = path
        try:
            data, size = read_capped(path, MAX_BYTES)
            if size > MAX_BYTES:
                raise OSError(f"larger than {MAX_BYTES} bytes")
            text = data.decode("utf-8")
        except (OSError, UnicodeDecodeError) as err:
            findings.append(rules.finding("OL904", Location(shown), message=f"cannot read {shown}: {err}"))
            return Config()
    from openlint.inputs.tomlpos import TomlIndex
    from openlint.inputs.values import TomlProblem, load_toml

    try:  # invalid TOML, an integer too wide, nesting too deep: the file is not read, at the place
        data = load_toml(text, ("tool", "openlint") if os.path.basename(path) == "pyproject.toml" else ())
    except TomlProblem as err:
        findings.append(rules.finding("OL904", Location(shown, err.line, err.column), message=f"cannot read {shown}: {err.message}"))
        return Config()
    prefix = ("tool", "openlint") if "tool" in data or os.path.basename(path) == "pyproject.toml" else ()
    table = data
    for key in prefix:
        table = table.get(key, {}) if isinstance(table, dict) else {}
    config = Config(shown, table if isinstance(table, dict) else {}, TomlIndex(text), prefix)
    _check_selectors(config)
    _validate(config, findings)
    return config


def _check_selectors(config: Config) -> None:
    """Every code a configuration names must be a rule's (or a prefix of one)."""
    data = config.data
    table = ".".join(config.prefix) or "top level"

    def where(*path) -> str:
        at = config.location(*path)
        return f"{at.file}:{at.line}:{at.column}: [{table}] {'.'.join(str(p) for p in path)}"

    if isinstance(data.get("select"), list):
        for i, selector in enumerate(data["select"]):
            check_selector(selector, where("select", i))
    for key in ("ignore", "severity"):
        if isinstance(data.get(key), dict):
            for selector in data[key]:
                check_selector(selector, where(key, selector))
        elif key == "ignore" and isinstance(data.get(key), list):
            for i, selector in enumerate(data[key]):
                check_selector(selector, where(key, i))
    if isinstance(data.get("per-file-ignores"), dict):
        for pattern, codes in data["per-file-ignores"].items():
            for selector in codes if isinstance(codes, dict) else ():
                check_selector(selector, where("per-file-ignores", pattern, selector))


def _validate(config: Config, findings: list[Finding]) -> None:
    from openlint.inputs.validate import problems

    for problem in problems(config.data, "config.schema.json"):
        if problem.unknown_key is not None:
            message = f"unknown key '{problem.unknown_key}' in [{'.'.join(config.prefix) or 'top level'}]"
        elif problem.path and problem.path[0] in ("ignore", "per-file-ignores") and (
            "non-empty" in problem.message or "too short" in problem.message
        ):
            continue  # an empty reason is reported as OL902 by apply()
        else:
            message = problem.message
        findings.append(rules.finding("OL904", config.location(*problem.path), message=message))


class SelectorError(Exception):
    """A rule selector that names no rule: a usage error (exit 2), as ruff treats one."""


def check_selector(selector: object, where: str) -> None:
    """Raise SelectorError unless `selector` is a rule code or the prefix of one ("OL4", "OL40")."""
    codes = list(rules.registry())
    if isinstance(selector, str) and any(code.startswith(selector) for code in codes) and selector.startswith("OL"):
        return
    import difflib

    prefixes = sorted({code[:n] for code in codes for n in (2, 3, 4)} | set(codes))
    close = difflib.get_close_matches(str(selector).upper().replace("0L", "OL", 1), prefixes, n=1, cutoff=0.5)
    hint = f"; did you mean '{close[0]}'?" if close else " (codes are listed by `openlint rule --all`)"
    raise SelectorError(f"{where}: unknown rule selector {selector!r}{hint}")


def _matches(code: str, selector: str) -> bool:
    return code.startswith(selector)


def apply(config: Config, findings: list[Finding], select_cli: list[str] | None = None, ignore_cli: dict | None = None) -> list[Finding]:
    data = config.data
    select = select_cli or data.get("select")
    if isinstance(select, list) and select:  # a finding about a claim is never deselected
        findings = [f for f in findings if f.code.startswith(CLAIM_FAMILY) or any(_matches(f.code, s) for s in select if isinstance(s, str))]
    extra: list[Finding] = []
    severity = data.get("severity") if isinstance(data.get("severity"), dict) else {}
    # exactly "error", "warning" or "info": any other value (`"ERROR"`, `[]`) is reported by the schema check and not applied
    valid = {code: level for code, level in severity.items() if isinstance(level, str) and level in SEVERITY_RANK}
    refused: set[str] = set()
    for f in findings:
        chosen = [s for s in valid if _matches(f.code, s)]
        if not chosen:
            continue
        selector = max(chosen, key=len)
        if f.code.startswith(CLAIM_FAMILY) and SEVERITY_RANK[valid[selector]] > SEVERITY_RANK[f.severity]:
            refused.add(selector)  # a claim finding is lowered only by an ignore that gives its reason
            continue
        f.severity = valid[selector]
    for selector in sorted(refused):
        message = f"severity {valid[selector]!r} for {selector} would lower a finding about a claim; waive it with `ignore` and a reason"
        extra.append(rules.finding("OL904", config.location("severity", selector), message=message))

    ignores: list[tuple[str, str, str | None, Location]] = []  # (selector, reason, file glob, where declared)
    table = data.get("ignore")
    if isinstance(table, list):  # a bare list carries no reasons
        for i, code in enumerate(table):
            extra.append(rules.finding("OL902", config.location("ignore", i), selector=code))
    elif isinstance(table, dict):
        for code, reason in table.items():
            ignores.append((code, reason, None, config.location("ignore", code)))
    per_file = data.get("per-file-ignores")
    if isinstance(per_file, dict):
        for pattern, codes in per_file.items():
            for code, reason in (codes.items() if isinstance(codes, dict) else ()):
                ignores.append((code, reason, pattern, config.location("per-file-ignores", pattern, code)))
    for code, reason in (ignore_cli or {}).items():
        ignores.append((code, reason, None, Location(".")))

    used: set[int] = set()
    kept: list[Finding] = []
    for f in findings:
        waiver = None
        for i, (code, reason, pattern, _) in enumerate(ignores):
            if not (isinstance(reason, str) and reason.strip()):
                continue
            if _matches(f.code, code) and (pattern is None or fnmatch.fnmatch(f.file, pattern)):
                waiver = (i, reason)
                break
        if waiver is None:
            kept.append(f)
            continue
        used.add(waiver[0])
        if f.code.startswith(CLAIM_FAMILY):  # claims may be waived, never hidden
            f.severity = "info"
            f.message += f" [waived: {waiver[1].strip()}]"
            kept.append(f)
    for i, (code, reason, pattern, where) in enumerate(ignores):
        if not (isinstance(reason, str) and reason.strip()):
            extra.append(rules.finding("OL902", where, selector=code))
        elif i not in used:
            extra.append(rules.finding("OL903", where, selector=code, where=f" in {pattern}" if pattern else ""))
    return kept + extra
