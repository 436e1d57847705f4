"""A derivative's card that quotes the card of the model it is made from ("# Original model card:
X", a packer's comments around it, "## 原模型介绍"): the quoted claims are the original authors',
the packer's own words around the quote are the packer's. Each text is written for this test;
benchmarks/claims_variants.py's repacked edit makes the same change to every labelled document.
"""

from __future__ import annotations

import pytest
from helpers import read_as


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a packer's template: comments around the original card, the packer's words above it
        (
            "# Fernly 7B Chat - GGUF\n\nThese GGUF files are open-sourced under Apache-2.0, as the original is.\n\n"
            "<!-- original-model-card start -->\n# Original model card: Fern Lab's Fernly 7B Chat\n\n"
            "We open-source our chat model, a fully open assistant.\n<!-- original-model-card end -->\n\n## Thanks\n",
            [(3, "claim", "release-is-open"), (8, "third-party", "in-the-card-it-quotes"), (8, "third-party", "in-the-card-it-quotes")],
        ),
        # a first-level heading, the card put last: to the end, its own headings included
        (
            "# Fernly 7B Chat - GGUF\n\nQuantized with llama.cpp.\n\n# Original model card: Fernly 7B Chat\n\n"
            "## Model details\n\nFernly 7B Chat is an open-weight chat model.\n\n## Evaluation\n\n"
            "Fernly 7B Chat outperforms other open-source 7B models on MT-Bench.\n",
            [(9, "third-party", "in-the-card-it-quotes"), (13, "comparative", "compared-with-open-models")],
        ),
        # a quotation under a second-level heading: the packer's own words follow it
        (
            "# Fernly-7B-Chat GGUF\n\n## Original model card (quoted)\n\n> We open-source our chat model under MIT.\n\n"
            "All GGUF files here are open-sourced under the same license as the original model.\n\n## Files\n",
            [(5, "third-party", "in-the-card-it-quotes"), (7, "claim", "something-unnamed-is-open")],
        ),
        # a Chinese section, to the next heading of its level
        (
            "# Fernly-7B-Chat-GGUF\n\n## 原模型介绍\n\nFernly-7B-Chat 是蕨类实验室开源的对话模型。\n\n## 文件\n\n所有 GGUF 文件均以 Apache-2.0 协议开源。\n",
            [(5, "third-party", "said-of-another-project"), (9, "claim", "open-sourced-without-a-subject")],
        ),
    ],
)
def test_claims_in_the_card_a_derivative_quotes_are_the_original_authors(text, expected):
    assert read_as(text, "Fernly-7B-Chat-GGUF") == expected


def test_a_quoted_card_in_a_release_s_own_readme_is_still_quoted():
    """A fine-tune that keeps its base's card below its own: the base's claims are the base's."""
    text = "# Tamsin-Chat\n\nTamsin-Chat is an open-source chat model fine-tuned by us.\n\n## Original model card\n\nWe open-source our chat model under MIT.\n"
    assert read_as(text, "Tamsin-Chat") == [(3, "claim", "release-is-open"), (7, "third-party", "in-the-card-it-quotes")]


@pytest.mark.parametrize(
    "text",
    [
        "# X-GGUF\n\n## Original model\n\n[Fernly-7B-Chat](https://huggingface.co/fernlab/Fernly-7B-Chat)\n",  # a link, not a quoted card
        "# X\n\nThe original model card says little.\n",  # not a heading
    ],
)
def test_no_quoted_card(text):
    from openlint.claims.prose import quoted_card

    assert quoted_card(text) == (0, 0)


def test_where_a_quoted_card_runs():
    from openlint.claims.prose import quoted_card

    text = "# A\n\n## Original model card\n\n> quoted\n> more\n\nmine\n\n## Files\n"
    start, end = quoted_card(text)
    assert text[start:end] == "## Original model card\n\n> quoted\n> more\n\n"
    text = "# A\n\n<!-- original-model-card start -->\nquoted\n<!-- original-model-card end -->\nmine\n"
    start, end = quoted_card(text)
    assert text[start:end] == "<!-- original-model-card start -->\nquoted\n"


@pytest.mark.parametrize(
    ("opening", "closing"),
    [("<!--Begin Original Model Card-->", "<!--End Original Model Card-->"), ("<!-- original model card start -->", "<!-- original model card end -->")],
)
def test_other_packers_comments_around_a_quoted_card(opening, closing):
    text = (
        "# Fernly-7B-Chat GGUF Models\n\nQuantized with llama.cpp.\n\n" + opening + "\n\n# Fernly-7B-Chat\n\n"
        "- **Fully open model**: open weights and the full training recipe\n\n" + closing + "\n\nThese GGUF files are open source too.\n"
    )
    assert read_as(text, "Fernly-7B-Chat-GGUF") == [
        (9, "third-party", "in-the-card-it-quotes"),
        (9, "other", "no-subject"),
        (13, "claim", "release-is-open"),
    ]
