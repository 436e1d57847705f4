"""openlint.inputs.tomlpos.TomlIndex: positions of keys and values in TOML that tomli accepted."""

from __future__ import annotations

import textwrap

import pytest
import tomli
from openlint.inputs.tomlpos import TomlIndex


def index(text: str) -> TomlIndex:
    text = textwrap.dedent(text).lstrip("\n")
    tomli.loads(text)  # the index is only ever built for valid TOML
    return TomlIndex(text)


def test_top_level_pairs_and_comments():
    ix = index(
        """
        # a comment line
        format = 1   # trailing comment
          title = "a \\" quote"  # escaped quote inside
        """
    )
    assert ix.key(("format",)) == (2, 1)
    assert ix.value(("format",)) == (2, 10)
    assert ix.key(("title",)) == (3, 3)
    assert ix.value(("title",)) == (3, 11)


def test_tables_and_implicit_parents():
    ix = index(
        """
        [release]
        name = 'tiny'

        [components.training-code]
        path = "src"

        [ spaced . "quoted key" ]
        k = true
        """
    )
    assert ix.key(("release",)) == (1, 1)
    assert ix.key(("release", "name")) == (2, 1)
    assert ix.value(("release", "name")) == (2, 8)
    assert ix.key(("components",)) == (4, 1)  # implicit parent: its first mention
    assert ix.key(("components", "training-code")) == (4, 1)
    assert ix.value(("components", "training-code", "path")) == (5, 8)
    assert ix.key(("spaced", "quoted key")) == (7, 1)
    assert ix.key(("spaced", "quoted key", "k")) == (8, 1)
    assert ix.value(("spaced", "quoted key", "k")) == (8, 5)


def test_dotted_keys():
    ix = index(
        """
        [release]
        license.code = "MIT"
          license . data = "CC-BY-4.0"
        "a.b".c = 1
        """
    )
    assert ix.key(("release", "license")) == (2, 1)  # first mention of the implicit table
    assert ix.key(("release", "license", "code")) == (2, 1)
    assert ix.value(("release", "license", "code")) == (2, 16)
    assert ix.key(("release", "license", "data")) == (3, 3)
    assert ix.value(("release", "license", "data")) == (3, 20)
    assert ix.key(("release", "a.b", "c")) == (4, 1)
    assert ix.value(("release", "a.b", "c")) == (4, 11)


def test_inline_tables():
    ix = index(
        """
        [components]
        training-code = { path = "src", license = "MIT", nested = { deep = [1, 2] } }
        """
    )
    assert ix.value(("components", "training-code")) == (2, 17)
    assert ix.key(("components", "training-code", "path")) == (2, 19)
    assert ix.value(("components", "training-code", "path")) == (2, 26)
    assert ix.key(("components", "training-code", "license")) == (2, 33)
    assert ix.value(("components", "training-code", "license")) == (2, 43)
    assert ix.key(("components", "training-code", "nested", "deep")) == (2, 61)
    assert ix.value(("components", "training-code", "nested", "deep", 1)) == (2, 72)


def test_arrays_multiline_with_comments_and_nesting():
    ix = index(
        """
        claim = [
          "open-source-ai",  # the main claim
          # a comment between items
          'open-weights',
          [1, [2, 3]],
          { k = "v" },
        ]
        after = 1
        """
    )
    assert ix.value(("claim",)) == (1, 9)
    assert ix.value(("claim", 0)) == (2, 3)
    assert ix.value(("claim", 1)) == (4, 3)
    assert ix.value(("claim", 2)) == (5, 3)
    assert ix.value(("claim", 2, 1, 0)) == (5, 8)
    assert ix.key(("claim", 3, "k")) == (6, 5)
    assert ix.value(("claim", 3, "k")) == (6, 9)
    assert ix.value(("after",)) == (8, 9)


def test_one_line_array_items():
    ix = index('claim = ["open-source-ai", "bogus"]\n')
    assert ix.value(("claim", 0)) == (1, 10)
    assert ix.value(("claim", 1)) == (1, 28)


def test_multiline_strings():
    ix = index(
        '''
        a = """
        line with "quotes" and ""two""
        escaped \\""" still inside"""
        b = \'\'\'
        literal \'\' quotes
        \'\'\'
        c = """ends with quotes"""""
        d = 4
        '''
    )
    assert ix.value(("a",)) == (1, 5)
    assert ix.key(("b",)) == (4, 1)
    assert ix.value(("b",)) == (4, 5)
    assert ix.key(("c",)) == (7, 1)
    assert ix.key(("d",)) == (8, 1)
    assert ix.value(("d",)) == (8, 5)


def test_strings_with_hash_and_brackets_are_not_comments_or_tables():
    ix = index(
        """
        a = "# not a comment [x]"
        b = '[not.a.table]'
        c = 2
        """
    )
    assert ix.key(("b",)) == (2, 1)
    assert ix.value(("c",)) == (3, 5)
    assert set(ix.keys) == {("a",), ("b",), ("c",)}


def test_arrays_of_tables():
    ix = index(
        """
        [[items]]
        n = 1

        [[items]]
        n = 2
        [[items.sub]]
        m = 3
        """
    )
    assert ix.key(("items",)) == (1, 1)
    assert ix.key(("items", 0)) == (1, 1)
    assert ix.value(("items", 0, "n")) == (2, 5)
    assert ix.key(("items", 1)) == (4, 1)
    assert ix.value(("items", 1, "n")) == (5, 5)
    assert ix.key(("items", "sub", 0, "m")) == (7, 1)


def test_dates_numbers_and_booleans():
    ix = index(
        """
        when = 1979-05-27 07:32:00Z
        flop = 1.5e25
        big = 1_000
        yes = true
        """
    )
    assert [ix.value((k,)) for k in ("when", "flop", "big", "yes")] == [(1, 8), (2, 8), (3, 7), (4, 7)]


def test_crlf_line_ends_give_the_same_positions():
    text = 'format = 1\n[release]\nname = "tiny"\nclaim = ["a", "b"]\n'
    lf, crlf = TomlIndex(text), TomlIndex(text.replace("\n", "\r\n"))
    assert lf.keys == crlf.keys
    assert lf.values == crlf.values


@pytest.mark.parametrize(
    "path, key, value",
    [
        (("release", "name"), (2, 1), (2, 8)),
        (("release", "name", "deeper"), (2, 1), (2, 8)),  # below a value: the value's position
        (("release", "missing"), (1, 1), (1, 1)),  # unknown key: its table
        (("nothing", "here"), (1, 1), (1, 1)),  # unknown everything: the start
        ((), (1, 1), (1, 1)),
    ],
)
def test_queries_fall_back_to_the_nearest_ancestor(path, key, value):
    ix = index('[release]\nname = "tiny"\n')
    assert ix.key(path) == key
    assert ix.value(path) == value


INVALID = [
    'a = "unclosed\n',
    "a = 'unclosed\n",
    "[table\n",
    "a = [1, 2\n",
    'x = """never closed',
    "x = \'\'\'never closed",
    "= 1\n",
    "a = [1, }, 2]\n",
    "a = [ { k = 'v' }}, ]\n",
    "a = { b = 1 c = 2 }\n",
    "a = [,]\n",
    "a =\n",
]


@pytest.mark.parametrize("text", INVALID)
def test_text_tomli_rejects_neither_raises_nor_loops(text):
    with pytest.raises(tomli.TOMLDecodeError):
        tomli.loads(text)
    TomlIndex(text)  # keeps what it could index; before a fix, some of these never returned


def leaf_paths(value, path=()):
    if isinstance(value, dict):
        for key, sub in value.items():
            yield from leaf_paths(sub, path + (key,))
    elif isinstance(value, list):  # arrays, and arrays of tables
        for i, sub in enumerate(value):
            yield from leaf_paths(sub, path + (i,))
    else:
        yield path


def test_every_value_of_the_test_openness_files_is_indexed():
    from repos import REPOS

    texts = [files["openness.toml"] for files in REPOS.values() if isinstance(files.get("openness.toml"), str)]
    assert len(texts) >= 5
    for text in texts:
        try:
            data = tomli.loads(text)
        except tomli.TOMLDecodeError:
            continue
        ix = TomlIndex(text)
        for path in leaf_paths(data):
            assert path in ix.values, (path, text)


CACHED_TOML = 'format = 1\n[release]\nname = "m"\nclaim = ["open-source-ai", "open-weights"]\n[components.training-code]\npath = ["src", "train"]\nlicence = "MIT"\n'


@pytest.mark.parametrize("no_cache", [True, False])
def test_openness_parse_is_the_same_from_the_cache(tmp_path, monkeypatch, no_cache):
    from openlint.inputs.openness import parse_openness
    from openlint.inputs.sources import TextFile

    monkeypatch.setenv("OPENLINT_CACHE_DIR", str(tmp_path / "cache"))
    if no_cache:
        monkeypatch.setenv("OPENLINT_NO_CACHE", "1")
    runs = []
    for _ in range(2):
        findings = []
        doc = parse_openness(TextFile("openness.toml", CACHED_TOML), findings)
        runs.append(
            (
                doc.data,
                doc.valid,
                [(f.code, f.line, f.column) for f in findings],
                [tuple(vars(doc.value_location(p)).values())[1:3] for p in [("release", "claim", 1), ("components", "training-code", "path", 0), ("nope",)]],
                tuple(vars(doc.key_location(("components", "training-code", "licence"))).values())[1:3],
            )
        )
    assert runs[0] == runs[1]
    assert runs[0][2] == [("OL102", 7, 1)]  # unknown key, reported on the cached run too
    assert runs[0][3] == [(4, 28), (6, 9), (1, 1)] and runs[0][4] == (7, 1)
    assert any((tmp_path / "cache").rglob("openness-*")) is not no_cache


def test_a_toml_with_dates_is_parsed_every_time(tmp_path, monkeypatch):
    from openlint.inputs.openness import parse_openness
    from openlint.inputs.sources import TextFile

    monkeypatch.setenv("OPENLINT_CACHE_DIR", str(tmp_path / "cache"))
    for _ in range(2):
        doc = parse_openness(TextFile("openness.toml", 'format = 1\nwhen = 2024-01-01\n[release]\nname = "m"\n'), [])
        assert str(doc.data["when"]) == "2024-01-01"
    assert not any((tmp_path / "cache").rglob("openness-*")) and not any((tmp_path / "cache").rglob("tmp*"))
