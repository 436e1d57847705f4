"""Hostile input (issue 14): what a pull request author controls never makes a check unbounded.

Each adversarial input of the issue, rebuilt at a small size that still tells: the bound it
meets is a located finding (which proves nothing past it was expanded or analysed), and the
rest of the check goes on. Times and memory are measured by benchmarks/adversarial.py.
"""

from __future__ import annotations

import os
import stat

import pytest
from helpers import located, only, repo_of
from openlint.claims.mentions import MAX_MENTIONS
from openlint.inputs import discover, sources
from openlint.inputs.card import MAX_ALIAS_CHARS, MAX_DEPTH
from repos import CARD_OK, LICENSE_NOTICE, LICENSE_OK

NO_CLAIM = ("OL406", "README.md", 1, 1)
# the billion laughs in 500 bytes: level a holds nine strings, each later level the one before nine times
ALIAS_BOMB = 'a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]\n' + "".join(
    f"{b}: &{b} [{', '.join([f'*{a}'] * 9)}]\n" for a, b in zip("abcdefgh", "bcdefghi")
)


def card(front: str, body: str = "# Tiny\n") -> str:
    return f"---\n{front}---\n{body}"


def check_card(make_repo, check_json, front: str, body: str = "# Tiny\n"):
    return check_json(make_repo({"LICENSE": LICENSE_OK, "README.md": card(front, body)}))


# -- YAML: what aliases repeat, and nesting -------------------------------------------------------


def test_an_alias_bomb_is_refused_at_the_alias_that_passes_the_budget(make_repo, check_json):
    assert len(ALIAS_BOMB) < 520
    report = check_card(make_repo, check_json, ALIAS_BOMB)
    # a (line 2) is 10 values, b adds 9 x 10, c 9 x 91, d 9 x 820: the first *d in e passes 10,000
    assert located(report) == [LICENSE_NOTICE, NO_CLAIM, ("OL013", "README.md", 6, 8)]
    assert only(report, "OL013")["message"] == (
        "with alias '*d' (anchored at line 5) the aliases repeat more than 10,000 values; the front matter was not read"
    )
    assert report.exit == 1


def test_a_merge_key_bomb_is_refused_like_an_alias_bomb(make_repo, check_json):
    lines = ["l0: &l0 {k0: x, k1: x, k2: x, k3: x, k4: x, k5: x, k6: x, k7: x, k8: x}"]
    for n in range(1, 6):
        lines.append(f"l{n}: &l{n} {{<<: *l{n - 1}, " + ", ".join(f"m{i}: {{<<: *l{n - 1}}}" for i in range(9)) + "}")
    report = check_card(make_repo, check_json, "\n".join(lines) + "\n")
    finding = only(report, "OL013")
    assert (finding["line"], finding["column"]) == (5, 58)
    assert finding["message"].startswith("with alias '*l2' (anchored at line 4) the aliases repeat more than 10,000 values")


def test_one_long_string_behind_a_few_aliases_is_counted_by_its_size(make_repo, check_json):
    size = 300_000  # four copies pass the 1 MiB of characters aliases may repeat
    front = f"s: &s {'x' * size}\nl: [*s, *s, *s, *s, *s]\n"
    report = check_card(make_repo, check_json, front)
    assert located(report) == [LICENSE_NOTICE, NO_CLAIM, ("OL013", "README.md", 3, 17)]  # the fourth
    assert only(report, "OL013")["message"] == (
        f"with alias '*s' (anchored at line 2) the aliases repeat more than {MAX_ALIAS_CHARS:,} characters; the front matter was not read"
    )


def test_an_alias_inside_its_own_anchor_is_refused(make_repo, check_json):
    report = check_card(make_repo, check_json, "license: apache-2.0\na: &a [x, *a]\n")
    assert located(report) == [LICENSE_NOTICE, NO_CLAIM, ("OL013", "README.md", 3, 11)]
    assert only(report, "OL013")["message"] == (
        "alias '*a' (anchored at line 3) repeats the collection that holds it, without end; the front matter was not read"
    )


def test_aliases_and_merge_keys_within_the_budget_are_read_as_the_hub_reads_them(make_repo, check_json):
    front = "id: &id apache-2.0\nlicense: *id\nbase: &base {a: 1, b: 2}\nmerged:\n  <<: *base\n  b: 3\nlist: [*base, *base]\n"
    report = check_card(make_repo, check_json, front)
    assert located(report) == [LICENSE_NOTICE, NO_CLAIM]  # license read through the alias: no OL203
    from openlint.inputs.card import parse_card
    from openlint.inputs.sources import TextFile

    found: list = []
    parsed = parse_card(TextFile("README.md", card(front)), found)
    assert found == []
    assert parsed.metadata["merged"] == {"a": 1, "b": 3} and parsed.metadata["list"] == [{"a": 1, "b": 2}] * 2


@pytest.mark.parametrize(
    "front, place",
    [
        ("nested: " + "[" * 150 + "]" * 150 + "\n", (2, 9 + MAX_DEPTH)),  # flow: refused as it is scanned
        ("nested: " + "{a: " * 150 + "1" + "}" * 150 + "\n", (2, 9 + 4 * (MAX_DEPTH - 1))),  # the card's own mapping is one level
        ("nested:\n" + "- " * 150 + "x\n", (3, 2 * MAX_DEPTH - 1)),  # block: refused as it is composed
        ("nested: " + "[\n" * 20_000 + "]" * 20_000 + "\n", (2 + MAX_DEPTH, 1)),
    ],
    ids=["flow-lists", "flow-mappings", "block-lists", "flow-lists-on-lines"],
)
def test_nesting_past_the_bound_is_refused_at_its_place(make_repo, check_json, front, place):
    report = check_card(make_repo, check_json, front)
    assert located(report) == [LICENSE_NOTICE, NO_CLAIM, ("OL006", "README.md", *place)]
    assert only(report, "OL006")["message"] == f"invalid YAML front matter: collections nested more than {MAX_DEPTH} levels deep"


def test_nesting_up_to_the_bound_is_read(make_repo, check_json):
    report = check_card(make_repo, check_json, "license: apache-2.0\nnested: " + "[" * (MAX_DEPTH - 1) + "]" * (MAX_DEPTH - 1) + "\n")
    assert located(report) == [LICENSE_NOTICE, NO_CLAIM]


MOT = "framework:\n  name: Model Openness Framework\n  version: '1.0'\n  date: '2024-12-15'\nrelease:\n  name: tiny\n"


@pytest.mark.parametrize(
    "extra, where, problem",
    [
        (ALIAS_BOMB, "11:8", "with alias '*d' (anchored at line 10) the aliases repeat more than 10,000 values"),
        ("nested: " + "[" * 150 + "]" * 150 + "\n", f"7:{9 + MAX_DEPTH}", f"collections nested more than {MAX_DEPTH} levels deep"),
        ("a: &a [*a]\n", "7:8", "alias '*a' (anchored at line 7) repeats the collection that holds it, without end"),
    ],
    ids=["alias-bomb", "deep", "recursive"],
)
def test_mot_yaml_has_the_same_bounds(tmp_path, cli, extra, where, problem):
    path = tmp_path / "model.yml"
    path.write_text(MOT + extra, encoding="utf-8")
    result = cli("convert", "--from", "mot", path)
    assert result.code == 2
    assert result.out == ""
    assert result.err == f"openlint: error: {path}:{where}: malformed YAML: {problem}\n"


# -- TOML: nesting, refused before the parser -----------------------------------------------------------------

DEEP = "[" * 150 + "]" * 150
TOML = 'format = 1\n[release]\nname = "tiny"\n'


def test_deep_openness_toml_is_refused_at_the_bracket(make_repo, check_json):
    files = {"LICENSE": LICENSE_OK, "README.md": CARD_OK, "openness.toml": TOML + f'x = "[[[[" # [[[[\nz = {DEEP}\n'}
    report = check_json(make_repo(files))
    assert located(report) == [LICENSE_NOTICE, NO_CLAIM, ("OL007", "openness.toml", 5, 5 + MAX_DEPTH)]
    assert only(report, "OL007")["message"] == f"invalid TOML: arrays and inline tables nested more than {MAX_DEPTH} levels deep"


def test_deep_inline_tables_in_pyproject_are_refused_at_the_brace(make_repo, check_json):
    deep = "{a = " * 150 + "1" + "}" * 150
    files = {"LICENSE": LICENSE_OK, "README.md": CARD_OK, "pyproject.toml": f"[tool.openlint]\nx = {deep}\n"}
    report = check_json(make_repo(files))
    finding = only(report, "OL904")
    assert (finding["file"], finding["line"], finding["column"]) == ("pyproject.toml", 2, 5 + 5 * MAX_DEPTH)
    assert finding["message"] == f"cannot read pyproject.toml: arrays and inline tables nested more than {MAX_DEPTH} levels deep"


def test_deep_toml_to_convert_is_a_usage_error_at_the_bracket(tmp_path, cli):
    path = tmp_path / "openness.toml"
    path.write_text(TOML + f"z = {DEEP}\n", encoding="utf-8")
    result = cli("convert", "--to", "mot", path)
    assert result.code == 2
    assert result.err == f"openlint: error: {path}:4:{5 + MAX_DEPTH}: malformed TOML: arrays and inline tables nested more than {MAX_DEPTH} levels deep\n"


@pytest.mark.parametrize(
    "text, place",
    [
        ('a = """ [[[ """\nb = ' + DEEP, (2, 5 + MAX_DEPTH)),
        ("a = '''\n" + "[" * 200 + "'''\nb = 1\n", None),  # inside a multi-line literal string
        ('a = """x\\""""\nb = 1\n' + "#" + "[" * 200 + "\n", None),  # an escaped quote, then a comment
        ('a = "\\"[[[" \nb = [' + "{x = " * 99 + "1" + "}" * 99 + "]\n", None),  # exactly the bound
        ('a = "x""""' + "[" * 101 + "\n", None),  # an unclosed string runs to its line's end (the parser says so)
    ],
)
def test_the_toml_depth_scan_skips_strings_and_comments(text, place):
    from openlint.inputs.tomlpos import too_deep

    assert too_deep(text) == place


# -- prose: the analysis of mentions is bounded, the opt-out comments are read in one pass ----------------------


def test_mentions_past_the_budget_are_a_finding_at_the_first_left_out(make_repo, check_json):
    words = " ".join(["open-source"] * (MAX_MENTIONS + 30))  # one paragraph, one line
    report = check_json(make_repo({"LICENSE": LICENSE_OK, "README.md": CARD_OK + words + "\n"}), "--show-claims")
    finding = only(report, "OL014")
    assert (finding["file"], finding["line"], finding["column"]) == ("README.md", 7, 1 + 12 * MAX_MENTIONS)
    assert finding["message"] == (
        f"more than {MAX_MENTIONS} mentions of openness in the repository's prose: this one and those after it were not analysed"
    )
    assert len(repo_of(report)["mentions"]) == MAX_MENTIONS


def test_the_budget_of_mentions_is_shared_by_every_readme(make_repo, check_json):
    lines = "\n".join(["open-source"] * 150) + "\n"  # one paragraph of 150 lines
    files = {"LICENSE": LICENSE_OK, "README.md": CARD_OK + lines, "README_zh.md": lines}
    report = check_json(make_repo(files))
    finding = only(report, "OL014")
    assert (finding["file"], finding["line"], finding["column"]) == ("README_zh.md", MAX_MENTIONS - 150 + 1, 1)


def test_an_unclosed_opt_out_full_of_spaces_opts_nothing_out(make_repo, check_json):
    # the opt-out pattern used to backtrack over every run of spaces: 20,000 spaces took seconds
    body = "Acme is open-source.\n<!-- openlint: ignore OL416 a reason" + " " * 50_000 + "\n"
    report = check_json(make_repo({"LICENSE": LICENSE_OK, "README.md": card("model_name: Acme\n", body)}))
    assert ("OL417", "README.md", 4, 9) in located(report)  # the claim stands: nothing opted it out
    assert [f for f in repo_of(report)["findings"] if f["code"] == "OL901"] == []


def test_a_closed_opt_out_with_a_long_reason_still_applies(make_repo, check_json):
    body = "Acme is open-source. <!-- openlint: ignore OL4 " + "a reason " + " " * 50_000 + "-->\n"
    report = check_json(make_repo({"LICENSE": LICENSE_OK, "README.md": card("model_name: Acme\n", body)}))
    assert [c for c, *_ in located(report) if c.startswith("OL4")] == ["OL406"]


def test_backtick_runs_on_one_line_are_read_as_inline_code(make_repo, check_json):
    body = "`a``b```c````d" * 2000 + " `open-source` and ``x `open-source` y`` then open-source\n"
    report = check_json(make_repo({"LICENSE": LICENSE_OK, "README.md": card("model_name: Acme\n", body)}), "--show-claims")
    mentions = [(m["line"], m["column"]) for m in repo_of(report)["mentions"]]
    assert mentions == [(4, len(body) - len("open-source"))]  # the two in inline code are no mentions


# -- discovery and reading: counts, sizes, kinds of file, encodings ---------------------------------------------


def test_license_files_past_the_cap_are_a_finding_and_the_main_license_is_kept(make_repo, check_json):
    files = {"README.md": CARD_OK, "LICENSE": LICENSE_OK, **{f"COPYING-{i:03d}": LICENSE_OK for i in range(40)}}
    report = check_json(make_repo(files))
    read = repo_of(report)["files"]
    assert "LICENSE" in read and "COPYING-030" in read and "COPYING-031" not in read
    assert len([f for f in read if f != "README.md"]) == discover.MAX_LICENSE_FILES
    finding = only(report, "OL014")
    assert (finding["file"], finding["line"], finding["column"]) == ("COPYING-031", 1, 1)
    assert finding["message"] == "41 license files: only 32 are read, so 9 were not read (COPYING-031 is the first)"


def test_prose_files_past_the_cap_are_a_finding(make_repo, check_json):
    files = {"README.md": CARD_OK, "LICENSE": LICENSE_OK, **{f"README_{i:02d}.md": "# Part\n" for i in range(20)}}
    report = check_json(make_repo(files))
    finding = only(report, "OL014")
    assert (finding["file"], finding["message"]) == ("README_16.md", "20 prose files: only 16 are read, so 4 were not read (README_16.md is the first)")


def test_a_root_with_more_entries_than_looked_at_is_a_finding(make_repo, check_json, monkeypatch):
    monkeypatch.setattr(discover, "MAX_ENTRIES", 8)
    report = check_json(make_repo({"LICENSE": LICENSE_OK, "README.md": CARD_OK, **{f"f{i}.txt": "" for i in range(10)}}))
    assert only(report, "OL014")["message"] == "the repository's root holds more than 8 entries; only 8 of them were looked at"
    assert only(report, "OL014")["file"] == "."


def test_readme_in_many_cases_is_read_a_few_times_only(make_repo, check_json):
    cases = ["readme.md", "Readme.md", "ReadMe.md", "README.MD", "readme.MD", "ReadMe.MD"]
    report = check_json(make_repo({"LICENSE": LICENSE_OK, **{name: CARD_OK for name in cases}}))
    assert sorted(f for f in repo_of(report)["files"] if f != "LICENSE") == sorted(cases)[: discover.MAX_README_CASES]


def test_a_fifo_named_like_an_input_is_never_opened(make_repo, check_json):
    root = make_repo({"LICENSE": LICENSE_OK})
    for name in ("README.md", "openness.toml", "LICENSE-DATA"):
        os.mkfifo(root / name)  # nobody writes to them: opening one to read would block forever
    report = check_json(root)
    unreadable = [(f["file"], f["message"]) for f in repo_of(report)["findings"] if f["code"] == "OL001"]
    assert unreadable == [(n, f"cannot read {n}: not a regular file") for n in ("LICENSE-DATA", "README.md", "openness.toml")]


def test_a_file_that_becomes_a_fifo_after_its_check_is_refused_without_blocking(tmp_path, monkeypatch):
    fifo = tmp_path / "README.md"
    os.mkfifo(fifo)
    regular = os.stat(__file__)
    real_stat = os.stat
    monkeypatch.setattr(os, "stat", lambda path, *a, **k: regular if str(path) == str(fifo) else real_stat(path, *a, **k))
    with pytest.raises(OSError, match="not a regular file"):
        sources.read_capped(str(fifo), 100)  # opened without blocking; then fstat refuses it


def test_a_device_inside_the_repository_is_never_read(make_repo, check_json):
    root = make_repo({"LICENSE": LICENSE_OK, "README.md": CARD_OK})
    try:
        os.mknod(root / "LICENSE-MODEL", 0o666 | stat.S_IFCHR, os.makedev(1, 5))  # a /dev/zero of its own
    except (PermissionError, AttributeError, OSError):
        pytest.skip("making a device needs privileges this run does not have")
    report = check_json(root)
    assert only(report, "OL001")["message"] == "cannot read LICENSE-MODEL: not a regular file"


def test_a_huge_sparse_file_is_read_only_up_to_the_cap(make_repo, check_json):
    root = make_repo({"LICENSE": LICENSE_OK})
    with open(root / "README.md", "wb") as handle:
        handle.write(CARD_OK.encode())
        handle.truncate(1 << 30)  # a gigabyte of zeros after the card, taking no disk space
    report = check_json(root)
    assert [c for c in located(report) if c[1] == "README.md"] == [("OL002", "README.md", 1, 1), ("OL004", "README.md", 1, 1)]
    assert only(report, "OL004")["message"] == f"README.md is {1 << 30} bytes; only the first {sources.MAX_BYTES} bytes were read"


@pytest.mark.parametrize("codec, order", [("utf-16-le", "little-endian"), ("utf-16-be", "big-endian")])
def test_utf16_files_with_a_byte_order_mark_are_decoded(make_repo, check_json, codec, order):
    mit = "MIT License\r\n\r\nCopyright (c) 2026 Jürgen\r\n"
    files = {"LICENSE": ("\ufeff" + mit).encode(codec), "README.md": ("\ufeff" + CARD_OK.replace("apache-2.0", "mit")).encode(codec)}
    report = check_json(make_repo(files))
    assert [(c, f) for c, f, *_ in located(report) if c in ("OL002", "OL003", "OL010", "OL015")] == [
        ("OL015", "LICENSE"),
        ("OL015", "README.md"),
    ]
    messages = [f["message"] for f in repo_of(report)["findings"] if f["code"] == "OL015"]
    assert messages == [f"{name} is UTF-16 text ({order}); openlint read it, but the Hub and most tools read only UTF-8" for name in ("LICENSE", "README.md")]
    assert [lic["id"] for lic in repo_of(report)["licenses"] if lic["source"] == "card"] == ["MIT"]  # the card's metadata was read


def test_utf16_that_does_not_decode_is_reported_at_its_place(make_repo, check_json):
    bad = "\ufeffline one\nline two ".encode("utf-16-le") + b"\x00\xdc" + "x".encode("utf-16-le")  # a lone low surrogate
    report = check_json(make_repo({"LICENSE": bad, "README.md": CARD_OK}))
    assert ("OL003", "LICENSE", 2, 10) in located(report)


def test_a_utf16_byte_order_mark_before_binary_is_still_binary(make_repo, check_json):
    report = check_json(make_repo({"LICENSE": b"\xff\xfe" + b"\x00\x00" * 10, "README.md": CARD_OK}))
    assert only(report, "OL002")["message"] == "LICENSE is binary (NUL byte at offset 2), not a text file"
