"""Markdown read as prose (openlint.claims.markdown): what is blanked, positions kept, pieces
and sentences, and linear time on the inputs that used to backtrack."""

from __future__ import annotations

import tracemalloc

from openlint.claims.markdown import Piece, code_spans, fenced_lines, html_comments, pieces, prose_only, sentences


def test_prose_only_keeps_positions():
    text = "a `b` <!-- c\nd --> [e](f) g\n"
    masked = prose_only(text)
    assert len(masked) == len(text) and masked.count("\n") == text.count("\n")
    assert masked.split() == ["a", "[e]", "g"]


def test_emoji_shortcodes_are_blanked_but_not_times_or_words_with_colons():
    text = "## :spiral_notepad: Open-source List\n- :fire: news at 10:30:00, a:b:c: and **:star:**\n"
    masked = prose_only(text)
    assert len(masked) == len(text)
    assert masked.split() == ["##", "Open-source", "List", "-", "news", "at", "10:30:00,", "a:b:c:", "and", "**", "**"]


def test_spaces_written_as_html_are_spaces():
    text = "&emsp;&emsp;本项目开源。&nbsp;A&amp;B &#160;x&nbsp｜&nbsp<b>y</b> &nbspz\n"  # "&nbsp" without ";" too, unless a word runs on
    assert prose_only(text) == " " * 12 + "本项目开源。" + " " * 6 + "A&amp;B" + " " * 7 + "x" + " " * 5 + "｜" + " " * 8 + "y" + " " * 5 + "&nbspz\n"


def test_code_words_keeps_inline_code_but_not_its_backticks():
    assert prose_only("Use `Acme-7B` now.", code_words=True) == "Use  Acme-7B  now."
    assert prose_only("Use `Acme-7B` now.") == "Use           now."


def test_fences_backticks_tildes_and_unclosed():
    lines = ["intro", "```python", "code", "```", "~~~", "x", "~~~", "````", "```", "inner", "```", "````", "```", "open"]
    assert sorted(fenced_lines(lines)) == list(range(1, 14))
    assert fenced_lines(["``` not a fence ```", "prose"]) == set()


def test_a_fence_inside_an_html_comment_block_is_commented_out():
    # the comment block ends on the line with "-->", so "``` -->" closes nothing and opens nothing
    lines = ["<!-- ### Old demo", "```shell", "python demo.py", "``` -->", "", "We open-source Acme-2.", "```", "code", "```"]
    assert sorted(fenced_lines(lines)) == [6, 7, 8]
    text = "\n".join(lines) + "\n"
    assert "We open-source Acme-2." in prose_only(text)
    # a comment on one line, and a fence that opens before a comment, are as before
    assert sorted(fenced_lines(["<!-- x -->", "```", "<!--", "```", "prose"])) == [1, 2, 3]


def test_code_spans_pair_runs_of_the_same_length():
    assert code_spans("a `b` c ``d ` e`` f") == [(2, 5), (8, 17)]
    assert code_spans("a ` lone backtick") == []
    assert code_spans("x `a` ``b`` `c`") == [(2, 5), (6, 11), (12, 15)]


def test_many_backticks_cost_one_pass():
    text = "`" * 200_000 + " x " + "``" * 50_000
    spans = code_spans(text)  # used to backtrack from every backtick to the end of the line
    assert spans == [] or all(a < b for a, b in spans)


def test_html_comments_and_an_unclosed_one():
    assert html_comments("a <!-- b --> c <!-- d") == [(2, 12), (15, 21)]


def test_pieces_kinds():
    text = "# Title\n\nA paragraph\nover two lines.\n- item one\n- item two\n| a | b |\nSetext\n======\n"
    assert [(p.kind, text[p.start : p.end]) for p in pieces(text)] == [
        ("heading", "# Title"),
        ("paragraph", "A paragraph\nover two lines."),
        ("item", "- item one"),
        ("item", "- item two"),
        ("table", "| a | b |"),
        ("heading", "Setext\n======"),
    ]



def test_a_paragraph_of_many_plain_lines_is_one_piece_and_a_list_after_it_ends_it():
    # plain lines are skipped 1,000 at a time (benchmarks/adversarial.py, "1 MB of one-character
    # lines and a claim": one match over 500,000 lines held 90 MB in the regex engine)
    text = "Intro line\n" + "a\n" * 2_500 + "- item\n\nAfter\n"
    assert [(p.kind, p.start, p.end) for p in pieces(text)] == [
        ("paragraph", 0, len("Intro line\n" + "a\n" * 2_500) - 1),
        ("item", len("Intro line\n" + "a\n" * 2_500), len(text) - len("\nAfter\n") - 1),
        ("paragraph", len(text) - len("After\n"), len(text) - 1),
    ]
    many = "Intro\n" + "a\n" * 200_000 + "\n"
    tracemalloc.start()
    try:
        assert [(p.kind, p.start, p.end) for p in pieces(many)] == [("paragraph", 0, len(many) - 2)]
        assert tracemalloc.get_traced_memory()[1] < 4_000_000  # one match over all the lines: 40 MB
    finally:
        tracemalloc.stop()

def test_sentences_skip_abbreviations_and_numbers():
    text = "Acme v2.5 is new, e.g. for code. It is open. 它是开源的。很好！"
    spans = sentences(text, Piece(0, len(text), "paragraph"))
    assert [text[s.start : s.end].strip() for s in spans] == ["Acme v2.5 is new, e.g. for code.", "It is open.", "它是开源的。", "很好！"]


def test_table_cells_are_sentences():
    text = "| Acme | open-source | 54.1 |"
    assert [text[s.start : s.end].strip(" |") for s in sentences(text, Piece(0, len(text), "table"))] == ["Acme", "open-source", "54.1"]
