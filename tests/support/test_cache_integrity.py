"""The cache checks what it reads (issue 14): a corrupted, cut-short, wrong-shaped or
non-regular entry is a miss that gets rewritten, never a wrong answer, an error or a hang; and
with OPENLINT_NO_CACHE=1 the cache is not touched at all.

Each check runs in its own process, as a hook does, so that nothing is remembered in memory."""

from __future__ import annotations

import marshal
import os
import subprocess
import sys
from pathlib import Path

import pytest
from openlint._support import cache
from repos import REPOS

# a card, openness.toml, a license text and README prose: every kind of entry a check writes
FILES = REPOS["open"] | {"README.md": REPOS["open"]["README.md"] + "\nAcme-7B is an open-source model.\n"}


def check(root: Path, cache_dir: Path | None) -> tuple[int, str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("OPENLINT_")}
    if cache_dir is None:
        env["OPENLINT_NO_CACHE"] = "1"
    else:
        env["OPENLINT_CACHE_DIR"] = str(cache_dir)
    proc = subprocess.run(
        [sys.executable, "-m", "openlint", "check", "--output-format", "json", "."],
        cwd=root,
        env=env,
        capture_output=True,
        text=True,
        timeout=60,  # a safety net only: the assertions are on the output
    )
    return proc.returncode, proc.stdout, proc.stderr


def entries(cache_dir: Path) -> list[Path]:
    return sorted(p for p in cache_dir.glob("*/*") if not p.name.startswith("."))


def valid(entry: Path) -> bool:
    data = entry.read_bytes()
    return data[:4] == b"OLC\x01" and int.from_bytes(data[4:12], "little") == len(data) - 16


@pytest.fixture
def warm(make_repo, tmp_path):
    """A repository, its uncached report, and a cache filled by one check of it."""
    root = make_repo(FILES)
    expected = check(root, None)
    cache_dir = tmp_path / "cache"
    assert check(root, cache_dir) == expected
    kinds = {p.name.split("-")[0] for p in entries(cache_dir)}
    assert {"card", "openness", "identify", "prose", "data"} <= kinds
    return root, expected, cache_dir


def test_a_flipped_bit_in_any_entry_changes_nothing_and_the_entry_is_rewritten(warm):
    root, expected, cache_dir = warm
    for entry in entries(cache_dir):
        data = bytearray(entry.read_bytes())
        data[16 + (len(data) - 16) // 2] ^= 0x04  # a bit in the middle of the payload
        entry.write_bytes(bytes(data))
    assert check(root, cache_dir) == expected
    rewritten = entries(cache_dir)
    assert rewritten and all(valid(p) for p in rewritten)
    assert check(root, cache_dir) == expected


def test_a_cut_short_or_foreign_entry_changes_nothing(warm):
    root, expected, cache_dir = warm
    for n, entry in enumerate(entries(cache_dir)):
        data = entry.read_bytes()
        entry.write_bytes(data[: len(data) // 2] if n % 2 else marshal.dumps({"not": "an entry"}))
    assert check(root, cache_dir) == expected
    assert all(valid(p) for p in entries(cache_dir))


def test_a_well_formed_entry_of_another_shape_is_a_miss(warm, monkeypatch):
    root, expected, cache_dir = warm
    monkeypatch.setenv("OPENLINT_CACHE_DIR", str(cache_dir))
    for entry in entries(cache_dir):
        if not entry.name.startswith("classifier"):
            cache.write(entry.name, (marshal.dumps([1, "two", (3,)]),))  # a valid header and CRC
    assert check(root, cache_dir) == expected


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no FIFOs here")
def test_a_fifo_or_a_device_in_place_of_an_entry_is_a_miss_and_never_blocks(warm):
    root, expected, cache_dir = warm
    for n, entry in enumerate(entries(cache_dir)):
        entry.unlink()
        if n % 2:
            os.mkfifo(entry)
        else:
            entry.symlink_to("/dev/zero")
    assert check(root, cache_dir) == expected
    assert all(p.is_file() and not p.is_symlink() and valid(p) for p in entries(cache_dir))


def test_an_entry_larger_than_the_cap_is_not_read(tmp_path, monkeypatch):
    monkeypatch.setenv("OPENLINT_CACHE_DIR", str(tmp_path))
    cache.store("big", ["x"] * 10)
    monkeypatch.setattr(cache, "MAX_ENTRY", 20)
    assert cache.load("big") is None
    assert not (Path(cache.folder()) / "big").exists()  # deleted: the next store writes it again


def test_load_checks_the_type_and_length_it_is_asked_for(tmp_path, monkeypatch):
    monkeypatch.setenv("OPENLINT_CACHE_DIR", str(tmp_path))
    cache.store("triple", (1, 2, 3))
    assert cache.load("triple", tuple, 3) == (1, 2, 3)
    assert cache.load("triple", tuple, 2) is None
    cache.store("triple", (1, 2, 3))
    assert cache.load("triple", dict) is None


def test_with_the_cache_off_nothing_is_read_written_or_serialised(make_repo, tmp_path, monkeypatch):
    monkeypatch.delenv("OPENLINT_CACHE_DIR", raising=False)
    monkeypatch.setenv("OPENLINT_NO_CACHE", "1")
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "xdg"))

    def refuse(*_):
        raise AssertionError("serialised with the cache off")

    monkeypatch.setattr(cache.marshal, "dumps", refuse)
    monkeypatch.setattr(cache.os, "open", refuse)
    cache.store("anything", (1, 2))
    cache.write("anything", (b"x",))
    assert cache.load("anything") is None and cache.mapped("anything") is None
    # and a whole check, in its own process, creates no cache folder
    root = make_repo(FILES)
    env = {k: v for k, v in os.environ.items() if k != "OPENLINT_CACHE_DIR"}
    proc = subprocess.run([sys.executable, "-m", "openlint", "check", "."], cwd=root, env=env, capture_output=True, text=True)
    assert proc.returncode == 0, proc.stdout + proc.stderr
    assert not (tmp_path / "xdg").exists()


@pytest.fixture
def audit_mode(tmp_path, monkeypatch):
    """A run over many repositories: results about their files are not written (issue 17)."""
    monkeypatch.setenv("OPENLINT_CACHE_DIR", str(tmp_path / "cache"))
    monkeypatch.delenv("OPENLINT_NO_CACHE", raising=False)
    monkeypatch.setattr(cache, "_RECENT", {})
    monkeypatch.setattr(cache, "_recent_size", 0)
    keep = cache.keep_input_results(False)
    yield tmp_path / "cache"
    cache.keep_input_results(keep)


def test_an_audit_keeps_results_about_shared_files_in_memory_only(audit_mode):
    cache.store("lic-abc", (["MIT"], 3), input_result=True, shared=True)
    assert not audit_mode.exists()  # nothing written
    assert cache.load("lic-abc", tuple) == (["MIT"], 3)
    assert cache.load("lic-abc", list) is None  # another shape is a miss, as on disk


def test_an_audit_neither_writes_nor_keeps_results_about_its_cards(audit_mode):
    cache.store("card-abc", {"license": "mit"}, input_result=True)
    assert not audit_mode.exists()
    assert cache._RECENT == {} and cache.load("card-abc", dict) is None


def test_what_an_audit_keeps_in_memory_is_bounded(audit_mode, monkeypatch):
    monkeypatch.setattr(cache, "RECENT_BYTES", 8_000)
    for n in range(40):
        cache.store(f"lic-{n}", "x" * 500, input_result=True, shared=True)
    cache.load("lic-30", str)  # used again: kept over older ones
    cache.store("lic-40", "x" * 500, input_result=True, shared=True)
    kept = list(cache._RECENT)
    assert sum(len(v) for v in cache._RECENT.values()) <= 8_000
    assert "lic-0" not in kept and kept[-2:] == ["lic-30", "lic-40"]
    cache.store("big", "x" * 2_000, input_result=True, shared=True)  # over an eighth of the budget: not kept
    assert "big" not in cache._RECENT
