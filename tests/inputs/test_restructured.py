"""README.rst read as the Markdown it says (openlint.inputs.restructured), line for line and
column for column on prose, and through the whole check: its title names the release, its claims
are found where they are, its code is not read, and its own comment form opts a line out."""

from __future__ import annotations

import pytest
from declarations import at
from helpers import only, repo_of
from openlint.claims.names import title_of
from openlint.inputs.restructured import markdown_view
from repos import LICENSE_OK


def view_lines(text: str) -> list[str]:
    view = markdown_view(text)
    assert view.count("\n") == text.count("\n")  # every line stays where it is
    return view.split("\n")


# -- the rewriting -------------------------------------------------------------------------------------


def test_a_title_becomes_a_setext_heading_and_names_the_release():
    text = "=======\nAcme-7B\n=======\n\nIntro.\n\nUsage\n-----\n\nMore\n~~~~\n"
    assert view_lines(text) == ["       ", "Acme-7B", "=======", "", "Intro.", "", "Usage", "-----", "", "More", "----", ""]
    assert title_of(markdown_view(text)) == "Acme-7B"


def test_the_first_style_met_is_the_title_and_later_styles_are_sections():
    text = "Acme\n####\n\nSetup\n*****\n\nAgain\n#####\n"
    assert view_lines(text)[1::3] == ["====", "-----", "====="]


def test_a_transition_and_an_underline_under_a_paragraph_are_blanked():
    text = "One line\nand another\n------\n\n----------\n\nText.\n"
    assert view_lines(text) == ["One line", "and another", "      ", "", "          ", "", "Text.", ""]


def test_a_link_keeps_the_columns_of_its_text_and_address():
    line = "Acme is based on `our paper <https://arxiv.org/abs/1>`_ and `vLLM`_."
    view = view_lines(line)[0]
    assert view == "Acme is based on [our paper](https://arxiv.org/abs/1)   and [vLLM] ."
    assert view.index("our paper") == line.index("our paper") and view.index("https") == line.index("https")


def test_a_target_becomes_a_link_definition():
    assert view_lines(".. _vLLM: https://github.com/vllm-project/vllm\n.. _`Acme Hub`: https://hf.co/acme\n") == [
        "  [vLLM]: https://github.com/vllm-project/vllm",
        "  [Acme Hub]: https://hf.co/acme",
        "",
    ]


def test_a_literal_block_is_blanked_and_its_double_colon_reads_as_one():
    text = "Install it::\n\n    pip install acme  # open source\n\n  still code\n\nAfter ::\n\n    code\n\nText.\n"
    assert view_lines(text) == ["Install it: ", "", "", "", "", "", "After   ", "", "", "", "Text.", ""]


@pytest.mark.parametrize("directive", ["code-block:: python", "code::", "sourcecode:: bash", "raw:: html", "math::", "image:: logo.png", "|logo| image:: logo.png"])
def test_a_directive_of_code_markup_or_pictures_is_blanked_with_its_block(directive):
    text = f".. {directive}\n   :alt: An open-source logo\n\n   x = 'open source'\n\nText.\n"
    assert view_lines(text) == ["", "", "", "", "", "Text.", ""]


def test_an_admonition_keeps_its_text_and_drops_its_options():
    text = ".. note:: The weights are open.\n   :class: wide\n\n   Acme is open source.\n"
    assert view_lines(text) == ["          The weights are open.", "", "", "   Acme is open source.", ""]


def test_a_comment_is_blanked_with_its_block_and_a_footnote_keeps_its_text():
    text = ".. This is a comment about open source\n   that goes on.\n\n.. [1] Acme is open.\nText.\n"
    assert view_lines(text) == ["", "", "", "       Acme is open.", "Text.", ""]


def test_roles_interpreted_text_substitutions_and_line_blocks():
    line = "Use :code:`run()`, :ref:`Open models <open>`, `Acme` |badge| and acme_ here."
    assert view_lines(line)[0] == "Use     ``run()``,       Open models        ,  Acme          and acme  here."
    assert view_lines("| a line of a line block\n| a | table |\n") == ["  a line of a line block", "| a | table |", ""]


def test_a_doctest_runs_to_the_next_blank_line_and_table_borders_go():
    text = ">>> import acme\n>>> acme.open_source\nTrue\n\nText.\n+---+---+\n| a | b |\n+===+===+\n=====  =====\n"
    assert view_lines(text) == ["", "", "", "", "Text.", "", "| a | b |", "", "", ""]


def test_an_opt_out_comment_becomes_markdown_s():
    assert view_lines(".. openlint: ignore OL4 quotes the paper\n") == ["<!-- openlint: ignore OL4 quotes the paper -->", ""]


# -- through the whole check ----------------------------------------------------------------------------

README_RST = """\
=========
Loomcraft
=========

Loomcraft is an open source speech model, based on `our paper <https://arxiv.org/abs/1>`_.

.. code-block:: bash

   # an open-source installer
   pip install loomcraft

We thank the authors of `vLLM <https://github.com/vllm-project/vllm>`_, an open-source engine.
"""


def test_a_claim_in_readme_rst_is_found_at_its_place_and_named_by_the_title(make_repo, check_json):
    report = check_json(make_repo({"LICENSE": LICENSE_OK, "README.rst": README_RST}), "--show-claims")
    claims = repo_of(report)["claims"]
    assert [(c["file"], c["line"], c["column"], c["text"]) for c in claims] == [("README.rst", 5, 17, "open source")]
    assert at(README_RST, "open source") == (5, 17)
    assert claims[0]["subject"] == "Loomcraft is this release (the title of README.rst)"
    roles = [(m["line"], m["role"]) for m in repo_of(report)["mentions"]]
    assert roles == [(5, "claim"), (12, "third-party")]  # the code block's comment is not read
    assert report.exit == 1


def test_an_rst_opt_out_with_a_reason_waives_the_claim(make_repo, check_json):
    readme = README_RST.replace("\nLoomcraft is", "\n.. openlint: ignore OL4 quotes the base model's card\nLoomcraft is", 1)
    report = check_json(make_repo({"LICENSE": LICENSE_OK, "README.rst": readme}))
    assert repo_of(report)["claims"] == []
    assert report.exit == 0


def test_an_rst_opt_out_without_a_reason_says_how_rst_writes_one(make_repo, check_json):
    readme = README_RST.replace("\nLoomcraft is", "\n.. openlint: ignore OL4\nLoomcraft is", 1)
    report = check_json(make_repo({"LICENSE": LICENSE_OK, "README.rst": readme}))
    finding = only(report, "OL901")
    assert (finding["file"], finding["line"], finding["column"]) == ("README.rst", 5, 1)
    assert finding["fix"] == "Write why the line is exempt: `.. openlint: ignore OL4 describes the base model, not this release`."
    assert [(c["line"], c["column"]) for c in repo_of(report)["claims"]] == [(6, 17)]
