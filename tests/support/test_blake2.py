"""openlint._support.blake2 leans on CPython's private `_blake2`: this fails loudly when an
interpreter stops providing it, or when it stops agreeing with hashlib's blake2b."""

from __future__ import annotations

import hashlib
import platform

import pytest
from openlint._support import blake2


@pytest.mark.skipif(platform.python_implementation() != "CPython", reason="_blake2 is CPython's")
def test_the_built_in_module_is_the_one_used():
    import _blake2

    assert blake2.blake2b is _blake2.blake2b


@pytest.mark.parametrize("data", [b"", b"openlint", bytes(range(256)) * 9])
def test_digests_agree_with_hashlib(data):
    ours = blake2.blake2b(digest_size=16)
    ours.update(data)
    assert ours.hexdigest() == hashlib.blake2b(data, digest_size=16).hexdigest()


def test_importing_it_does_not_load_openssl():
    import subprocess
    import sys

    code = "import sys, openlint._support.blake2; print('_hashlib' in sys.modules, 'hashlib' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout.split()
    assert out == ["False", "False"]
