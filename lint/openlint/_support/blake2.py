"""blake2b for cache keys, from CPython's built-in `_blake2` module.

`hashlib` loads OpenSSL before it offers blake2b, which costs a pre-commit hook a few
milliseconds on every run; `_blake2` is the same algorithm without that import. It is a private
module of CPython: tests/support/test_blake2.py fails loudly if an interpreter stops providing
it or it stops agreeing with hashlib, and hashlib stays the fallback.
"""

try:
    from _blake2 import blake2b
except ImportError:  # pragma: no cover - an interpreter built without it
    from hashlib import blake2b

__all__ = ["blake2b"]
