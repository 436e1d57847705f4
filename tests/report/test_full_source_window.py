"""The `full` format shows a window of a long source line around the finding, never the whole line
(issue 14: a 105 KB one-line heading with 200 claims printed 22 MB), so its output grows with the
number of findings, not with findings x line length."""

from __future__ import annotations

from openlint.report.formatters.full import WINDOW, _source

CUT = "…"


def shown(lines: list[str], line: int, column: int, end_column: int | None = None) -> tuple[str, str]:
    """The source line and the caret line `full` prints, without their gutter."""
    out = _source(lines, line, column, end_column, None)
    assert out[0] == f" {' ' * len(str(line))} |"
    return out[1].split(" | ", 1)[1], out[2].split(" | ", 1)[1]


def test_a_short_line_is_shown_whole():
    text = "x" * WINDOW
    assert shown([text], 1, 7, 10) == (text, " " * 6 + "^^^")


def test_a_long_line_near_its_start_is_cut_at_the_end():
    text = "".join(chr(ord("a") + i % 26) for i in range(1000))
    source, caret = shown([text], 1, 5, 9)
    assert source == text[:WINDOW] + CUT
    assert caret == " " * 4 + "^^^^"
    assert source[caret.index("^")] == text[4]


def test_a_long_line_in_its_middle_is_cut_on_both_sides():
    text = "".join(chr(ord("a") + i % 26) for i in range(100_000))
    source, caret = shown([text], 1, 50_001, 50_005)
    assert source == CUT + text[49_960:50_080] + CUT
    assert len(source) == WINDOW + 2
    assert caret == " " * 41 + "^^^^"
    assert source[caret.index("^")] == text[50_000]


def test_a_long_line_near_its_end_is_cut_at_the_start():
    text = "0123456789" * 100
    source, caret = shown([text], 1, 995)
    assert source == CUT + text[-WINDOW:]
    assert caret == " " * (1 + WINDOW - 6) + "^"
    assert source[caret.index("^")] == text[994]


def test_a_span_past_the_window_is_cut_with_it():
    text = "a" * 500
    source, caret = shown([text], 1, 101, 401)
    assert source == CUT + text[60:180] + CUT
    assert caret == " " * 41 + "^" * 80


def test_escaped_characters_keep_the_caret_under_its_character():
    """A control character is shown as an escape (`\\x1b`): the caret moves with it."""
    text = "\x1b[31m" + "y" * 300 + "TARGET" + "z" * 300
    source, caret = shown([text], 1, 306, 312)
    assert source == CUT + text[265:385] + CUT
    assert caret == " " * 41 + "^" * 6
    assert source[41:47] == "TARGET"
    near = "a\x1bb" + "c" * 200
    source, caret = shown([near], 1, 3)
    assert source.startswith("a\\x1bb") and caret == " " * 5 + "^"


def test_a_tab_before_the_column_is_kept_in_the_caret_line():
    source, caret = shown(["\tlicense: x"], 1, 11)
    assert (source, caret) == ("\tlicense: x", "\t" + " " * 9 + "^")


def test_output_is_linear_in_findings_for_a_long_line_of_claims(make_repo, cli):
    """Before: each of the 200 claims on the 105 KB line reprinted it whole (over 20 MB)."""
    filler = "word " * 100
    line = "# " + " ".join("Acme is an open-source model. " + filler for _ in range(200))
    assert len(line) > 100_000
    root = make_repo({"LICENSE": "SPDX-License-Identifier: Apache-2.0\n", "README.md": f"---\nlicense: apache-2.0\nmodel_name: Acme\n---\n{line}\n"})
    result = cli("check", "--output-format", "full", root)
    sources = [x for x in result.out.splitlines() if x.startswith(" 5 | ")]
    # 200 claims: 100 listed (pipeline.MAX_SAME_FINDINGS), the rest counted in one OL014
    assert len(sources) >= 100
    assert "200 OL416 findings in README.md: the first 100 are listed, 100 more from here on are not" in result.out
    assert max(len(x) for x in sources) == len(" 5 | ") + WINDOW + 2 * len(CUT)
    assert len(result.out) < 400_000
