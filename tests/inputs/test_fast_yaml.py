"""Front matter and MOT files read through libyaml's events (inputs/fast_yaml.py).

The fast reader must give what the ruamel reader (card.py, still the reader when PyYAML has no
libyaml) gives: the same metadata, places, keys and findings (code, line, column, message). The
differential tests below compare the two on every card in the tests and examples, on the corpus
(../shared/corpus, read in place, skipped when absent) and on generated front matter. Where the
two differ, the fast reader gives the Hub's reading (PyYAML's, which huggingface_hub uses) and
ruamel does not; `DIFFERENCES` names each such case, and the tests at the end pin them:

- a name used for two anchors: PyYAML refuses the card, ruamel reads it (with a warning);
- an anchor or alias name holding `:` (`*a:`): YAML 1.1 (PyYAML, libyaml) ends the name before
  it, YAML 1.2 (ruamel) takes it in;
- a tab within `[]` or `{}`: PyYAML refuses it as everywhere outside quotes and comments, ruamel
  allows it; `{a:}`: PyYAML reads `{a: null}`, ruamel `{'a:': null}`;
- `!!set`, `!!omap`, `!!pairs`: PyYAML's values (a set, lists of pairs), not ruamel's;
- a lone surrogate escape (`"\\ud800"`): libyaml refuses it as it scans, so when the front matter
  also has another problem, the surrogate is the one reported (ruamel reports it when it builds the
  value, after any syntax error); the finding and its place are the same when it is the only one;
- two values that cannot be built (`!!bool maybe`, `2024-02-30`): the first PyYAML builds is
  reported (it builds nested collections after their parent's other values, ruamel depth first);
- a tag that `]`, `}` or `,` follows at once (`[!!str !x]`): libyaml refuses the tag where it
  ends, PyYAML and ruamel what follows it; one finding, on the same line, at another column;
- the wording of a syntax error where ruamel's differs from PyYAML's, and, in rare broken texts
  (flow collections 100 deep mixing `?` keys and line breaks, a `{` left open at the very end), the
  place of the error, a token apart.
"""

from __future__ import annotations

import ast
import math
import re
import sys
import warnings

import pytest
from helpers import ROOT, located, only
from openlint.inputs import card as card_module
from openlint.inputs.card import FRONT_MATTER, MAX_ALIAS_CHARS, MAX_DEPTH, MAX_VALUES, Card, parse_card, to_plain
from openlint.inputs.sources import TextFile
from repos import LICENSE_NOTICE, LICENSE_OK

fast_yaml = pytest.importorskip("openlint.inputs.fast_yaml")
CORPUS = ROOT.parent / "shared" / "corpus"
NO_CLAIM = ("OL406", "README.md", 1, 1)


def read(yaml_text: str, reader: str) -> tuple:
    """(metadata, places, keys, findings) of front matter `yaml_text` (the card's second line on),
    read by "fast" (libyaml) or "ruamel"."""
    card = Card("README.md", TextFile("README.md", f"---\n{yaml_text}\n---\n"), None)
    card.yaml_line = 1
    findings: list = []
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # ruamel warns of a reused anchor
        result = card_module._load_yaml(yaml_text, card, findings, fast_yaml if reader == "fast" else None)
    metadata, places, keys = result if result is not None else (None, None, None)
    return metadata, places, keys, [(f.code, f.line, f.column, f.message) for f in findings]


def same(a: object, b: object) -> bool:
    """Equal and of the same types all the way down (True is not 1, 1.0 is not 1, nan is nan)."""
    if type(a) is not type(b):
        return False
    if isinstance(a, dict):
        return a.keys() == b.keys() and all(same(a[k], b[k]) for k in a)
    if isinstance(a, (list, tuple)):
        return len(a) == len(b) and all(same(x, y) for x, y in zip(a, b))
    if isinstance(a, float) and math.isnan(a):
        return math.isnan(b)
    return a == b


SURROGATE_ESCAPE = re.compile(r"\\(?:u[dD][89a-fA-F][0-9a-fA-F]{2}|U0000[dD][89a-fA-F][0-9a-fA-F]{2})")
# where the readers may differ: the fast reader gives exactly what PyYAML (the Hub's reader) gives, or
# one of the cases the module's docstring names
DIFFERENCES = {
    "the Hub's reading": lambda y, fast, ruamel: _pyyaml(y) in (("value", fast[0]), ("error", _first_place(fast))),
    "reused anchor": lambda y, fast, ruamel: "found duplicate anchor" in _first(fast),
    "name with a colon": lambda y, fast, ruamel: re.search(r"[*&][\w-]+:", y) is not None,
    "surrogate escape": lambda y, fast, ruamel: SURROGATE_ESCAPE.search(y) is not None and "a lone surrogate" in _first(fast),
    "two values that cannot be built": lambda y, fast, ruamel: _unbuildable(_first(fast)) and _unbuildable(_first(ruamel)),
    "a tag against a flow indicator": lambda y, fast, ruamel: TAG_AGAINST_FLOW.search(y) is not None and _same_line_refusal(fast, ruamel),
}
# libyaml's scanner refuses a tag that a `]`, `}` or `,` follows at once; PyYAML's parser refuses
# what comes after it: the same line, another column
TAG_AGAINST_FLOW = re.compile(r"![^\s\[\]{},]*[\]},]")


def _same_line_refusal(fast: tuple, ruamel: tuple) -> bool:
    return len(fast[3]) == len(ruamel[3]) == 1 and fast[3][0][:2] == ruamel[3][0][:2] == ("OL006", fast[3][0][1]) and fast[0] is None
# the problems of a value that cannot be built (not of the text): the readers build in different orders
UNBUILDABLE = re.compile(r"invalid YAML front matter: (cannot read |expected a \w+ node|could not determine a constructor|.*a lone surrogate|found unhashable key|an integer of more)")


def _unbuildable(message: str) -> bool:
    return UNBUILDABLE.match(message) is not None


def _first(result: tuple) -> str:
    return result[3][0][3] if result[3] else ""


def _first_place(result: tuple) -> tuple | None:
    return result[3][0] if result[3] else None


def _pyyaml(yaml_text: str) -> tuple:
    """What PyYAML's own reader (the Hub's) makes of front matter: ("value", metadata) or
    ("error", the finding it amounts to), or ("other", None) when it raises without a place."""
    import yaml

    try:
        value = yaml.load(yaml_text, Loader=yaml.SafeLoader)
    except yaml.MarkedYAMLError as err:
        mark = err.problem_mark or err.context_mark
        return "error", ("OL006", mark.line + 2, mark.column + 1, f"invalid YAML front matter: {err.problem}")
    except Exception:
        return "other", None
    try:
        return "value", to_plain(value if value is not None else {})
    except Exception:  # (PyYAML has no bounds: a RecursionError on deep nesting, say)
        return "other", None


def difference(yaml_text: str) -> str | None:
    """None when both readers give the same; else the name of the documented difference that
    explains it (the test fails when none does)."""
    fast, ruamel = read(yaml_text, "fast"), read(yaml_text, "ruamel")
    if same(fast, ruamel):
        return None
    for name, applies in DIFFERENCES.items():
        if applies(yaml_text, fast, ruamel):
            return name
    pytest.fail(f"the readers differ on {yaml_text!r}:\n  fast   {fast}\n  ruamel {ruamel}")


# -- the fence: what fast_yaml takes from PyYAML and ruamel ----------------------------------------------


def test_pyyaml_has_libyaml_and_the_parts_fast_yaml_leans_on():
    import yaml
    from yaml.constructor import SafeConstructor
    from yaml.reader import Reader
    from yaml.resolver import Resolver

    # PyYAML is a dependency, and its wheels carry libyaml: if either goes, cards are read by ruamel again
    assert fast_yaml.available() and yaml.__with_libyaml__
    assert card_module._fast_reader() is fast_yaml
    parser = fast_yaml.CParser("a: [b]\n")
    kinds = []
    while (event := parser.get_event()) is not None:
        kinds.append(type(event).__name__)
    assert kinds == [
        "StreamStartEvent", "DocumentStartEvent", "MappingStartEvent", "ScalarEvent",
        "SequenceStartEvent", "ScalarEvent", "SequenceEndEvent", "MappingEndEvent", "DocumentEndEvent", "StreamEndEvent",
    ]  # fmt: skip
    assert [t.id for t in iter(fast_yaml.CParser("- a\n").get_token, None)][:3] == ["<stream start>", "<block sequence start>", "-"]
    assert "y" in Resolver.yaml_implicit_resolvers and Reader.NON_PRINTABLE.search("a\x01") is not None
    for hook in ("construct_object", "flatten_mapping", "construct_mapping", "construct_document", "construct_yaml_map", "construct_yaml_seq"):
        assert hook in SafeConstructor.__dict__ or hook in SafeConstructor.__mro__[1].__dict__, hook
    # libyaml's own bound, which fast_yaml turns into card.py's (see _first_too_deep)
    with pytest.raises(yaml.YAMLError, match=fast_yaml.LIBYAML_DEPTH):
        list(iter(fast_yaml.CParser("x: " + "[" * 1001).get_event, None))


def test_mot_files_keep_ruamel_s_yaml_1_2_values(cli, tmp_path, monkeypatch):
    # the events are libyaml's, the values ruamel's (YAML 1.2): `010` is ten, `yes` a string
    monkeypatch.chdir(tmp_path)
    (tmp_path / "m.yml").write_text("release:\n  name: 'yes'\n  version: 010\n  producer: yes\n", encoding="utf-8")
    for reader in ("fast", "ruamel"):
        if reader == "ruamel":
            monkeypatch.setattr(card_module, "_fast_reader", lambda: None)
        result = cli("convert", "m.yml", "--from", "mot")
        assert result.code == 0, result.err
        assert 'name = "yes"\nversion = "10"\nproducer = "yes"\n' in result.out, reader


# -- differential: the two readers give the same ---------------------------------------------------------


def test_cards():
    """The front matter of every card written in the tests, the benchmarks and the examples."""
    found: dict[str, str] = {}
    for path in sorted((ROOT / "tests").rglob("*.py")) + sorted((ROOT / "benchmarks").rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Constant) and isinstance(node.value, str):
                match = FRONT_MATTER.match(node.value.replace("\r\n", "\n"))
                if match and len(match.group(2)) < 100_000:
                    found.setdefault(match.group(2), f"{path.relative_to(ROOT)}:{node.lineno}")
    for path in sorted((ROOT / "examples").rglob("*.md")):
        match = FRONT_MATTER.match(path.read_text(encoding="utf-8"))
        if match:
            found.setdefault(match.group(2), str(path.relative_to(ROOT)))
    return found


TEST_CARDS = test_cards()
del test_cards  # (a helper, not a test)


def test_the_cards_of_the_tests_and_examples_read_the_same_with_both_readers():
    assert len(TEST_CARDS) > 80
    assert [where for yaml_text, where in TEST_CARDS.items() if difference(yaml_text) is not None] == []


def corpus_cards() -> list:
    paths = sorted(CORPUS.glob("real/*/README.md")) + sorted(CORPUS.glob("real/*/MODEL_CARD.md")) + sorted(CORPUS.glob("readmes/*/*"))
    found = []
    for path in paths:
        try:
            text = path.read_bytes().decode("utf-8-sig").replace("\r\n", "\n")
        except (OSError, UnicodeDecodeError):
            continue
        if FRONT_MATTER.match(text):
            found.append(path)
    return found


CORPUS_CARDS = corpus_cards()


@pytest.mark.skipif(not CORPUS_CARDS, reason="the corpus (../shared/corpus) is not there")
def test_the_corpus_cards_read_the_same_with_both_readers():
    differ = []
    for path in CORPUS_CARDS:
        yaml_text = FRONT_MATTER.match(path.read_bytes().decode("utf-8-sig").replace("\r\n", "\n")).group(2)
        if difference(yaml_text) is not None:
            differ.append(str(path.relative_to(CORPUS)))
    assert differ == []


@pytest.mark.skipif(not (CORPUS / "mot" / "models").is_dir(), reason="the corpus (../shared/corpus) is not there")
def test_the_corpus_mot_files_read_the_same_with_both_readers(monkeypatch):
    from openlint.commands import mot

    paths = sorted((CORPUS / "mot" / "models").glob("*.yml"))
    texts = [path.read_text(encoding="utf-8") for path in paths]
    fast = [mot.load_mot(text, "m.yml") for text in texts]
    monkeypatch.setattr(card_module, "_fast_reader", lambda: None)
    assert len(paths) > 200 and fast == [mot.load_mot(text, "m.yml") for text in texts]


def fuzz_strategies():
    sys.path.insert(0, str(ROOT / "tests" / "fuzz"))
    try:
        return pytest.importorskip("fuzz_strategies")
    finally:
        sys.path.pop(0)


@pytest.mark.parametrize("chaos", [0, 1])
def test_generated_front_matter_reads_the_same_with_both_readers(chaos):
    # tests/fuzz's structure-aware front matter: at level 0 well formed, at 1 with wrong types,
    # anchors, tags and deep nesting; small texts (ruamel reads about 30 KB a second)
    hypothesis = pytest.importorskip("hypothesis")
    strategies = fuzz_strategies()
    seen: dict = {}

    @hypothesis.settings(max_examples=40, deadline=None, database=None, suppress_health_check=list(hypothesis.HealthCheck))
    @hypothesis.given(strategies.front_matter(chaos))
    def check(yaml_text):
        hypothesis.assume(len(yaml_text) < 20_000)
        reason = difference(yaml_text.rstrip("\n"))
        seen[reason] = seen.get(reason, 0) + 1

    check()
    if chaos == 0:
        assert set(seen) <= {None, "surrogate escape"}, seen


def test_libyaml_s_own_depth_bound_is_placed_where_ruamel_stops():
    # found by the test above (chaos 1): a tagged key libyaml reads on for met libyaml's own bound
    # (1,000 levels) first, and the text before it did not read alone: the place was libyaml's
    # (column 1015), not the 101st bracket ruamel stops at (column 115)
    text = "!!binary !!!: " + "[" * 1200 + "x" + "]" * 1200 + "\nlicense: apache-2.0"
    assert difference(text) is None
    assert read(text, "fast")[3] == [("OL006", 2, 115, "invalid YAML front matter: collections nested more than 100 levels deep")]
    # brackets in quotes and comments do not count; where the readers part otherwise, it is a documented difference
    for text in ("!!binary !!!: [" + "{a: " * 1200 + "x" + "}" * 1200 + "]", '!!binary !!!: ["[[[", # [[[\n ' + "[" * 1200 + "]" * 1200 + "]"):
        difference(text)  # fails on an undocumented difference


def test_generated_mot_files_convert_the_same_with_both_readers(monkeypatch):
    hypothesis = pytest.importorskip("hypothesis")
    strategies = fuzz_strategies()
    from openlint.commands import mot

    def convert(text: str, fast: bool):
        monkeypatch.setattr(card_module, "_fast_reader", (lambda: fast_yaml) if fast else (lambda: None))
        try:
            return mot.mot_to_toml(text, "m.yml")
        except mot.ConversionError as err:
            return str(err)

    @hypothesis.settings(max_examples=40, deadline=None, database=None, suppress_health_check=list(hypothesis.HealthCheck))
    @hypothesis.given(strategies.mot_texts(0))
    def check(text):
        hypothesis.assume(len(text) < 20_000)
        assert convert(text, True) == convert(text, False)

    check()


# -- the bounds, on both readers ------------------------------------------------------------------------

ALIAS_BOMB = 'a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]\n' + "".join(
    f"{b}: &{b} [{', '.join([f'*{a}'] * 9)}]\n" for a, b in zip("abcdefgh", "bcdefghi")
)
MERGE_BOMB = "\n".join(
    ["l0: &l0 {k0: x, k1: x, k2: x, k3: x, k4: x, k5: x, k6: x, k7: x, k8: x}"]
    + [f"l{n}: &l{n} {{<<: *l{n - 1}, " + ", ".join(f"m{i}: {{<<: *l{n - 1}}}" for i in range(9)) + "}" for n in range(1, 6)]
)
DEEP = f"invalid YAML front matter: collections nested more than {MAX_DEPTH} levels deep"
BOUNDS = {
    # (front matter, the one finding: code, line, column, message)
    "alias-bomb": (
        ALIAS_BOMB,
        ("OL013", 6, 8, "with alias '*d' (anchored at line 5) the aliases repeat more than 10,000 values; the front matter was not read"),
    ),
    "merge-key-bomb": (
        MERGE_BOMB,
        ("OL013", 5, 58, "with alias '*l2' (anchored at line 4) the aliases repeat more than 10,000 values; the front matter was not read"),
    ),
    "long-string-behind-aliases": (
        f"s: &s {'x' * 300_000}\nl: [*s, *s, *s, *s, *s]",
        ("OL013", 3, 17, f"with alias '*s' (anchored at line 2) the aliases repeat more than {MAX_ALIAS_CHARS:,} characters; the front matter was not read"),
    ),
    "alias-in-its-anchor": (
        "a: &a [x, *a]",
        ("OL013", 2, 11, "alias '*a' (anchored at line 2) repeats the collection that holds it, without end; the front matter was not read"),
    ),
    # nesting made through aliases (each level within the bound, 1,350 levels once expanded): no
    # reader bounds it, and walking it overflowed Python's stack (an internal error before)
    "deep-through-aliases": (
        "\n".join(["a0: &a0 " + "[" * 90 + "x" + "]" * 90] + [f"a{i}: &a{i} " + "[" * 90 + f"*a{i - 1}" + "]" * 90 for i in range(1, 15)]),
        ("OL013", 3, 99, "with alias '*a0' (anchored at line 2) collections are nested more than 100 levels deep; the front matter was not read"),
    ),
    # `[` scanned past the bound: at the `[` that opens level MAX_DEPTH + 1, as ruamel's scanner says
    "10k-deep-lists": ("x: " + "[" * 10_000 + "]" * 10_000, ("OL006", 2, 4 + MAX_DEPTH, DEEP)),
    "10k-deep-lists-unclosed": ("x: " + "[" * 10_000, ("OL006", 2, 4 + MAX_DEPTH, DEEP)),
    "10k-deep-lists-after-a-long-line": ("x: " + "[" * 90 + "a, " * 400 + "[" * 10_000, ("OL006", 2, 4 + 90 + 1200 + 10, DEEP)),
    "deep-lists-on-lines": ("x: " + "[\n" * 5_000, ("OL006", 2 + MAX_DEPTH, 1, DEEP)),
    # composed past the bound: at the collection that makes MAX_DEPTH + 1 levels, the card's mapping one of them
    "deep-mappings": ("x: " + "{a: " * 5_000 + "1" + "}" * 5_000, ("OL006", 2, 4 + 4 * (MAX_DEPTH - 1), DEEP)),
    "deep-block-lists": ("x:\n" + "- " * 5_000 + "x", ("OL006", 3, 2 * MAX_DEPTH - 1, DEEP)),
    # more values than a card holds (OL018), at the first one past the bound: the 50,001st value (the mapping, `x` and the list are three)
    "500k-values-in-one-list": (
        "x: [" + ",".join(["a"] * 500_000) + "]",
        ("OL018", 2, 5 + 2 * (MAX_VALUES - 3), "the document holds more than 50,000 values; the front matter was not read"),
    ),
    "values-on-lines": (
        "license: mit\ntags:\n" + "- t\n" * 60_000,
        ("OL018", 3 + MAX_VALUES - 4, 3, "the document holds more than 50,000 values; the front matter was not read"),
    ),
    "duplicate-keys": (
        "license: apache-2.0\ntags: [a]\nlicense: mit\nlicense: llama3",
        ("OL008", 4, 1, "duplicate key 'license' (first at line 2); the Hub keeps the last value, other tools the first"),
    ),
}


@pytest.mark.parametrize("reader", ["fast", "ruamel"])
@pytest.mark.parametrize("name", sorted(BOUNDS))
def test_a_bound_is_the_same_finding_at_the_same_place_on_both_readers(reader, name):
    front, expected = BOUNDS[name]
    metadata, _, _, findings = read(front, reader)
    assert findings[:1] == [expected]
    if name == "duplicate-keys":  # reported twice, and the last value is the one kept (as on the Hub)
        assert findings == [expected, expected[:1] + (5,) + expected[2:]] and metadata["license"] == "llama3"
    else:
        assert len(findings) == 1 and metadata is None


def test_a_card_of_1_mib_of_brackets_is_refused_at_the_bracket_past_the_bound(make_repo, check_json):
    # the file cap is 1 MiB: a card that is nothing but `[` (libyaml alone would stop at 1,000 levels,
    # its C composer would recurse a million deep)
    front = "x: " + "[" * ((1 << 20) - 20)
    report = check_json(make_repo({"LICENSE": LICENSE_OK, "README.md": f"---\n{front}\n---\n"}))
    assert located(report) == [LICENSE_NOTICE, NO_CLAIM, ("OL006", "README.md", 2, 4 + MAX_DEPTH)]
    assert only(report, "OL006")["message"] == DEEP


def test_the_bounds_of_a_mot_file_hold_on_both_readers(cli, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "m.yml").write_text("release:\n  name: tiny\n" + ALIAS_BOMB + "x: " + "[" * 3000 + "\n", encoding="utf-8")
    expected = "openlint: error: m.yml:7:8: malformed YAML: with alias '*d' (anchored at line 6) the aliases repeat more than 10,000 values\n"
    assert cli("convert", "m.yml", "--from", "mot").err == expected
    monkeypatch.setattr(card_module, "_fast_reader", lambda: None)
    assert cli("convert", "m.yml", "--from", "mot").err == expected


def test_a_mot_file_holds_at_most_5000_values_on_both_readers(cli, tmp_path, monkeypatch):
    # benchmarks/fuzz.py --mutate, parser mot (the one input over 1 s of the 500,000, 1.08 s): 50,000
    # values of a repeated `framework:` block took 0.8 s to build and refuse; a MOT file holds one
    # release (the largest real one, 292 values), so the bound for MOT files is MAX_MOT_VALUES
    from openlint.inputs.card import MAX_MOT_VALUES

    monkeypatch.chdir(tmp_path)
    items = MAX_MOT_VALUES - 6  # the mapping, release, its mapping, name, tiny, components and the list are 7: item `items` is one too many
    (tmp_path / "m.yml").write_text("release:\n  name: tiny\n  components:\n" + "    - a\n" * items, encoding="utf-8")
    expected = f"openlint: error: m.yml:{3 + items}:7: malformed YAML: the document holds more than 5,000 values\n"
    assert cli("convert", "m.yml", "--from", "mot").err == expected
    monkeypatch.setattr(card_module, "_fast_reader", lambda: None)
    assert cli("convert", "m.yml", "--from", "mot").err == expected
    (tmp_path / "m.yml").write_text("release:\n  name: tiny\n  components:\n" + "    - a\n" * (items - 1), encoding="utf-8")
    # 5,000 values are read: what stops it then is the MOT shape, not the bound
    assert cli("convert", "m.yml", "--from", "mot").err == "openlint: error: m.yml: release.components[0]: expected a mapping\n"


# -- where the fast reader is the Hub's and ruamel is not, and libyaml is not PyYAML ---------------------


def hub(yaml_text: str):
    """What huggingface_hub's reader (PyYAML's pure-Python safe_load) makes of front matter."""
    import yaml

    return to_plain(yaml.load(yaml_text, Loader=yaml.SafeLoader))


@pytest.mark.parametrize(
    "front, expected",
    [
        # libyaml takes tabs where PyYAML (the Hub) does not: refused as PyYAML refuses them
        ("a:\tb", ("OL006", 2, 3, "invalid YAML front matter: found character '\\t' that cannot start any token")),
        ("a: x\ty", ("OL006", 2, 5, "invalid YAML front matter: found character '\\t' that cannot start any token")),
        ("a: 1\t# note", ("OL006", 2, 5, "invalid YAML front matter: found character '\\t' that cannot start any token")),
        ("a: [x,\ty]", ("OL006", 2, 7, "invalid YAML front matter: found character '\\t' that cannot start any token")),
        # libyaml reads on past `?` in a plain scalar within `[]` / `{}`, PyYAML ends it there
        ("a: [x?y]", ("OL006", 2, 6, "invalid YAML front matter: expected ',' or ']', but got '?'")),
        ("a: {k: x?y}", ("OL006", 2, 9, "invalid YAML front matter: expected ',' or '}', but got '?'")),
        # libyaml takes a comment right after a block scalar's indicator, PyYAML does not
        ("a: |-#\n  x", ("OL006", 2, 6, "invalid YAML front matter: expected chomping or indentation indicators, but found '#'")),
        # PyYAML refuses a second anchor of a name and a second document; ruamel reads both
        ("a: &x 1\nb: &x 2", ("OL006", 3, 4, "invalid YAML front matter: found duplicate anchor 'x' (first at line 1)")),
        ("a: 1\n--- b", ("OL006", 3, 1, "invalid YAML front matter: but found another document")),
        # libyaml's errors in PyYAML's words and at PyYAML's places
        ("- a\nb: c", ("OL006", 3, 1, "invalid YAML front matter: expected <block end>, but found '?'")),
        ("a: [1, 2", ("OL006", 2, 9, "invalid YAML front matter: expected ',' or ']', but got '<stream end>'")),
        ('a: "\\q"', ("OL006", 2, 6, "invalid YAML front matter: found unknown escape character 'q'")),
        ("a: *%x", ("OL006", 2, 5, "invalid YAML front matter: expected alphabetic or numeric character, but found '%'")),
        ("a: >0\n x", ("OL006", 2, 5, "invalid YAML front matter: expected indentation indicator in the range 1-9, but found 0")),
        # a character YAML does not allow, at its place (PyYAML and ruamel look at all of them first)
        ("a: [[[\nb: x\x01y", ("OL006", 3, 5, "invalid YAML front matter: unacceptable character #x0001: special characters are not allowed")),
        # a lone surrogate: PyYAML reads it, no report could print it
        ('a: "x\\ud800"', ("OL006", 2, 4, "invalid YAML front matter: '\\ud800' is not a Unicode character (a lone surrogate); write the character itself")),
    ],
    ids=[
        "tab-after-colon", "tab-in-plain-scalar", "tab-before-comment", "tab-in-flow", "question-mark-in-list",
        "question-mark-in-mapping", "comment-after-indicator", "reused-anchor", "second-document", "block-end",
        "stream-end", "unknown-escape", "alias-name", "indentation-indicator", "control-character", "lone-surrogate",
    ],
)  # fmt: skip
def test_what_the_hub_cannot_read_is_refused_as_pyyaml_refuses_it(front, expected):
    import yaml

    assert read(front, "fast")[3] == [expected]
    if "surrogate" not in expected[3]:
        with pytest.raises(yaml.YAMLError):
            yaml.load(front, Loader=yaml.SafeLoader)


@pytest.mark.parametrize(
    "front, metadata",
    [
        ("a: {k:}", {"a": {"k": None}}),  # libyaml refuses `:` before `}`, PyYAML does not (ruamel: {'k:': None})
        ("a: [k:, x]\nb: {c:{d: e}}", {"a": [{"k": None}, "x"], "b": {"c": {"d": "e"}}}),
        ("a: !\nb: ! 12", {"a": None, "b": 12}),  # `!`: resolved as a plain scalar, as PyYAML does
        ("a: &m {x: 1, y: 1}\nb:\n  <<: *m\n  y: 2", {"a": {"x": 1, "y": 1}, "b": {"x": 1, "y": 2}}),
        ("a: x\u2028b: y", {"a": "x", "b": "y"}),  # U+2028 ends a line in YAML 1.1
    ],
    ids=["colon-before-brace", "colon-before-comma", "non-specific-tag", "merge-key", "line-separator"],
)
def test_values_are_the_hubs(front, metadata):
    fast = read(front, "fast")
    assert fast[3] == [] and same(fast[0], metadata) and same(hub(front), metadata)


def test_positions_after_a_colon_read_again_are_in_the_text_as_written():
    # `{a:}` is read again with a space put in: the places after it stay those of the text
    fast = read("a: {k:}\nb: [x:, y, {z:}]\nc: 1", "fast")
    assert fast[3] == []
    assert fast[1] == {("a",): (0, 0), ("a", "k"): (0, 4), ("b",): (1, 0), ("b", 0): (1, 4), ("b", 0, "x"): (1, 4), ("b", 1): (1, 8), ("b", 2): (1, 11), ("b", 2, "z"): (1, 12), ("c",): (2, 3)}


# -- the cache, and what a warm run imports -------------------------------------------------------------


def test_a_card_read_by_ruamel_is_read_again_by_libyaml(tmp_path, monkeypatch):
    # the reader is in the cache key: an entry ruamel made is not the fast reader's answer
    monkeypatch.setenv("OPENLINT_CACHE_DIR", str(tmp_path / "cache"))
    text = TextFile("README.md", "---\nlicense: mit\n---\n")
    monkeypatch.setattr(card_module, "_fast_reader", lambda: None)
    assert parse_card(text, []).metadata == {"license": "mit"}
    monkeypatch.setattr(card_module, "_fast_reader", lambda: fast_yaml)
    calls = []
    monkeypatch.setattr(fast_yaml, "read_card", lambda *a: calls.append(a) or fast_yaml.Card({"license": "mit"}, [], {}, {}))
    parse_card(text, [])
    parse_card(text, [])  # (the second from the cache)
    assert len(calls) == 1


def test_a_warm_check_imports_no_yaml_reader(tmp_path):
    import subprocess

    (tmp_path / "README.md").write_text("---\nlicense: mit\ntags: [a]\n---\n# M\n\nA model.\n", encoding="utf-8")
    code = (
        "import sys; from openlint.cli import main; main(['check', sys.argv[1]]);"
        "print(sorted(m for m in ('yaml', 'ruamel.yaml', 'openlint.inputs.fast_yaml') if m in sys.modules))"
    )
    runs = [subprocess.run([sys.executable, "-c", code, str(tmp_path)], capture_output=True, text=True) for _ in range(2)]
    assert runs[0].stdout.endswith("['openlint.inputs.fast_yaml', 'yaml']\n"), runs[0].stdout + runs[0].stderr
    assert runs[1].stdout.endswith("[]\n"), runs[1].stdout + runs[1].stderr


def test_a_tag_against_a_flow_indicator_is_refused_on_the_same_line_by_both_readers():
    # found by the generated front matter (CI, stop 24): libyaml's scanner and PyYAML's parser
    # refuse it at different columns
    text = "~: [!!binary !!!]\nlicense: apache-2.0"
    fast, ruamel = read(text, "fast"), read(text, "ruamel")
    assert fast[3] == [("OL006", 2, 17, "invalid YAML front matter: expected ' ', but found ']'")]
    assert ruamel[3] == [("OL006", 2, 14, "invalid YAML front matter: expected ',' or ']', but got '<tag>'")]
    assert difference(text) == "a tag against a flow indicator"
    assert difference("a: [!!str x]\nb: [1, 2]") is None  # a tag with a value: the readers agree
