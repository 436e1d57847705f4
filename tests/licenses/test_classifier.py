"""licenseclassifier's scanner kept in openlint's cache (classifier.py) and its ASCII word splitter.

The scanner openlint restores must be the scanner licenseclassifier loads: same words, same
matches, same spans. These tests also fail when an upgrade of licenseclassifier stops the fast
path from being taken, instead of letting every run silently pay its loader again.
"""

from __future__ import annotations

import os
import random
from pathlib import Path

import pytest
from helpers import ROOT
from openlint._support import cache
from openlint.licenses import classifier
from repos import MIT_TEXT

CORPUS = ROOT.parent / "shared" / "corpus" / "real"


def engine():
    classifier.scanner()
    return classifier._engine


@pytest.fixture
def fresh(tmp_path, monkeypatch):
    """An empty cache, and no scanner loaded yet in this process (the loaded one is put back)."""
    module = engine()
    monkeypatch.setenv("OPENLINT_CACHE_DIR", str(tmp_path / "cache"))
    monkeypatch.setattr(module, "_builtin", None)
    monkeypatch.setattr(classifier, "_key", None)
    return module


def new_process_scanner(module):
    """The scanner a new process would get from the current cache."""
    module._builtin = None
    return classifier.scanner()


def pristine(module):
    """A scanner made by licenseclassifier's own loader, untouched by openlint."""
    return module._load_prebuilt()


def entry_path() -> Path:
    return Path(cache.folder()) / classifier._cache_key()


def texts() -> list[tuple[str, str]]:
    """Every text file of the project's tests and examples, the real-world corpus when it is
    there, and variants of the MIT text with markup, entities, plurals and accents."""
    found = []
    roots = [ROOT / "tests", ROOT / "examples", ROOT / "LICENSE"] + ([CORPUS] if CORPUS.is_dir() else [])
    for root in roots:
        for path in [root] if root.is_file() else sorted(root.rglob("*")):
            if path.is_file() and path.suffix not in (".pyc", ".json"):
                try:
                    found.append((str(path.relative_to(ROOT.parent)), path.read_text(encoding="utf-8")))
                except UnicodeDecodeError:
                    continue
    marked = MIT_TEXT.replace("Permission", "<b>Permission</b>").replace("copy", "copy(s)").replace("(c)", "&copy;")
    found += [
        ("mit-with-markup", marked),
        ("mit-as-markdown", "# MIT License {#mit}\n\n" + MIT_TEXT.replace("Software", "[Software](https://example.com/sw)")),
        ("mit-with-accents", MIT_TEXT.replace("Software", "Logiciel réservé ©")),
        ("mit-with-typography", MIT_TEXT.replace('"AS IS"', "\u201cAS IS\u201d").replace("(c)", "©").replace("-", "\u2014")),
    ]
    return found


def coverage(scanner, text: str):
    result = scanner.scan(text)
    return round(result.percent, 9), [(m.id, m.start, m.end, m.is_url) for m in result.match]


def test_a_new_process_restores_the_scanner_licenseclassifier_loads(fresh):
    first = new_process_scanner(fresh)  # nothing cached: licenseclassifier's loader, then stored
    assert isinstance(first.re.ops, type(pristine(fresh).re.ops))
    assert entry_path().is_file()
    restored = new_process_scanner(fresh)
    assert isinstance(restored.re.ops, memoryview) and isinstance(restored.re.args, memoryview)  # the fast path was taken
    assert restored.re._start_state in restored.re._info  # and its first state is not built again
    reference = pristine(fresh)
    assert restored.dict.list == reference.dict.list and restored.ids == reference.ids
    assert list(restored.re.ops) == list(reference.re.ops) and list(restored.re.args) == list(reference.re.args)
    samples = texts()
    assert len(samples) > 20
    for name, text in samples:
        assert coverage(restored, text) == coverage(reference, text), name
    assert coverage(restored, MIT_TEXT)[1] == [("MIT", MIT_TEXT.index("Copyright"), len(MIT_TEXT), False)]  # from its copyright line


def test_the_fast_splitter_gives_licenseclassifiers_words():
    scanner = engine()._builtin
    own = type(scanner.dict).split
    for name, text in texts():
        assert scanner.dict.split(text) == own(scanner.dict, text), name
    pieces = list("abcsSC()<>/&;#{}][x1 9\n\t@:.-_=\"'") + [
        "(c)", "(s)", "(S)", "&copy;", "&amp;", "&#x1F;", "&#12;", "&#;", "<a href=\"x\">", "</b>", "<a@b>", "<a b@c>",
        "<a:/x>", "<p\n\n\n>", "<1", "{#anchor}", "{#a b}", "](http://x.com/a(s))", "](#x)", "](mailto:a@b)",
        "https", "Copyright", "copies", "these", "permission", "granted",
        "©", "\u2019", "\u201c", "\u2014", "\u00a0", "é", "ß", "²", "\u0301", "中", "½", "Ⅻ",
    ]  # fmt: skip
    generator = random.Random(20261125)
    for _ in range(20_000):
        text = "".join(generator.choice(pieces) for _ in range(generator.randint(0, 30)))
        assert scanner.dict.split(text) == own(scanner.dict, text), repr(text)


@pytest.mark.parametrize(
    ("text", "fast"),
    [
        ("Copyright 2026 The authors", True),
        ("Copyright © 2026 \u201cLicensor\u201d \u2014 the Licensor\u2019s terms\u00a0apply", True),  # separators and ©
        ("Licencié", False),  # a letter beyond ASCII
        ("version 2\u00b2", False),  # "²" is a digit to str.isdigit
        ("cafe\u0301", False),  # a combining accent continues a word
        ("许可 License", False),
    ],
)
def test_which_texts_take_the_fast_splitter(text, fast):
    assert classifier._words_are_ascii(text) is fast


def test_text_that_is_not_ascii_is_split_by_licenseclassifier():
    scanner = engine()._builtin
    # Its rules: "é" continues a word and folds to "e", "©" is a word of its own (copyright).
    words = scanner.dict.split("Licencié © 2026")
    assert [w[1:] for w in words] == [(0, 8), (9, 10), (11, 15)]
    assert words[1][0] == scanner.dict.lookup("copyright")
    assert words == type(scanner.dict).split(scanner.dict, "Licencié © 2026")


@pytest.mark.parametrize("damage", ["cut", "garbage", "empty"])
def test_a_damaged_entry_falls_back_to_licenseclassifiers_loader(fresh, damage):
    new_process_scanner(fresh)
    path = entry_path()
    whole = path.read_bytes()
    path.write_bytes({"cut": whole[: len(whole) // 2], "garbage": os.urandom(4096), "empty": b""}[damage])
    assert classifier._restore() is None
    scanner = new_process_scanner(fresh)
    assert not isinstance(scanner.re.ops, memoryview)
    assert coverage(scanner, MIT_TEXT)[1][0][0] == "MIT"
    assert path.read_bytes() == whole  # stored again


def test_scanning_stores_nothing_about_the_text(fresh):
    new_process_scanner(fresh)
    before = {p.name: p.read_bytes() for p in Path(cache.folder()).iterdir()}
    scanner = new_process_scanner(fresh)
    for _, text in texts()[:10]:
        scanner.scan(text)
    classifier.scan(MIT_TEXT)
    assert {p.name: p.read_bytes() for p in Path(cache.folder()).iterdir()} == before


def test_without_a_cache_licenseclassifier_loads_its_own(fresh, monkeypatch):
    monkeypatch.setenv("OPENLINT_NO_CACHE", "1")
    scanner = new_process_scanner(fresh)
    assert coverage(scanner, MIT_TEXT)[1][0][0] == "MIT"
    assert not (Path(os.environ["OPENLINT_CACHE_DIR"])).exists()


def test_a_cache_write_replaces_the_entry_whole_and_leaves_no_temporary_file(tmp_path, monkeypatch):
    monkeypatch.setenv("OPENLINT_CACHE_DIR", str(tmp_path))
    cache.write("entry", (b"abc", b"def"))
    cache.write("entry", (b"xyz",))
    folder = Path(cache.folder())
    assert [p.name for p in folder.iterdir()] == ["entry"] and (folder / "entry").read_bytes().endswith(b"xyz")
    assert bytes(cache.mapped("entry")) == b"xyz"  # the payload, past the checked header
    (folder / "empty").write_bytes(b"")
    assert cache.mapped("empty") is None and cache.mapped("missing") is None


def test_a_splitter_that_disagrees_on_the_self_check_is_not_installed(fresh, monkeypatch):
    """If licenseclassifier's splitting changes meaning, its own splitter stays in place."""
    from licenseclassifier._engine import dictionary

    own = dictionary.Dict._split
    with monkeypatch.context() as changed:
        changed.setattr(dictionary.Dict, "_split", lambda self, text, insert: own(self, text, insert)[:-1])
        scanner = new_process_scanner(fresh)
        assert "split" not in vars(scanner.dict)
    scanner = new_process_scanner(fresh)
    assert "split" in vars(scanner.dict)
