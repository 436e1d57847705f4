"""Compiled regular expressions kept across runs.

The prose claim patterns are large; Python parses and compiles them on every start, which
costs more than the rest of a check (~70 ms). The compiled program depends only on the
pattern, the flags and the interpreter, so it is stored in openlint's cache keyed by all
three and handed back to the regex engine on the next run. Any mismatch or error falls back
to `re.compile`, so a cache from another Python can never be used.
"""

from __future__ import annotations

import re
import sys

from openlint._support import cache


def _program(pattern: str, flags: int):
    """What re.compile builds before handing it to the engine (CPython 3.10 to 3.13)."""
    try:
        from re import _compiler as compiler  # 3.11+
        from re import _parser as parser
    except ImportError:  # 3.10
        import sre_compile as compiler  # type: ignore[no-redef]
        import sre_parse as parser  # type: ignore[no-redef]
    parsed = parser.parse(pattern, flags)
    code = compiler._code(parsed, flags)
    groupindex = dict(parsed.state.groupdict)
    indexgroup = [None] * parsed.state.groups
    for name, index in groupindex.items():
        indexgroup[index] = name
    # plain ints: the flags and opcodes are int subclasses that marshal cannot store
    return (int(flags | parsed.state.flags), [int(op) for op in code], parsed.state.groups - 1, groupindex, tuple(indexgroup))


def compile_all(patterns: list[str], flags: int) -> list[re.Pattern]:
    key = cache.key("regex", sys.version, str(flags), *patterns)
    stored = cache.load(key)
    if stored is not None:
        try:
            import _sre

            return [_sre.compile(p, f, c, g, dict(gi), tuple(ig)) for p, (f, c, g, gi, ig) in zip(patterns, stored)]
        except Exception:  # an engine that wants something else: compile as usual
            pass
    compiled = [re.compile(p, flags) for p in patterns]
    try:
        cache.store(key, [_program(p, flags) for p in patterns])
    except Exception:
        pass
    return compiled
