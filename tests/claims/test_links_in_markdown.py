"""The links of a release's Markdown (claims/links.py): every form, at its exact place, with the
words around it; none from code, comments, images or front matter; bounded on hostile input."""

from __future__ import annotations

from openlint.claims.links import MAX_ALL_LINKS, MAX_LINKS, links_in, links_in_texts
from openlint.inputs.sources import TextFile

EVERY_FORM = (
    "# Acme-7B\n"
    "\n"
    'Training code: [Training Code](https://github.com/acme/acme-train "the trainer").\n'
    "See [the data card][card] and [Data Preparation][].\n"
    "[![arXiv](https://img.shields.io/badge/arXiv-2401.00001-red)](https://arxiv.org/abs/2401.00001)\n"
    "Weights: <https://huggingface.co/acme/Acme-7B>\n"
    '<p><a href="https://huggingface.co/datasets/acme/web-mix"><img src="x.png" alt="Pretraining Dataset"></a></p>\n'
    "Evaluation harness: https://github.com/acme/acme-eval.\n"
    "`https://github.com/acme/in-code` and ![logo](https://example.com/logo.png)\n"
    "```\n"
    "[x](https://github.com/acme/fenced)\n"
    "```\n"
    "<!-- [y](https://github.com/acme/commented) -->\n"
    "\n"
    "[card]: https://acme.example/datasheet.md\n"
    "[Data Preparation]: <https://github.com/acme/acme-data-prep>\n"
    "[unused]: https://github.com/acme/unused\n"
)


def placed(text: str, first_line: int = 1) -> list[tuple]:
    return [(link.url, link.text, link.line, link.column, link.form) for link in links_in(text, "README.md", first_line)]


def test_every_link_form_at_its_place():
    assert placed(EVERY_FORM) == [
        ("https://github.com/acme/acme-train", "Training Code", 3, 16, "inline"),
        ("https://acme.example/datasheet.md", "the data card", 4, 5, "reference"),
        ("https://github.com/acme/acme-data-prep", "Data Preparation", 4, 31, "reference"),  # collapsed `[text][]`
        ("https://arxiv.org/abs/2401.00001", "arXiv", 5, 1, "badge"),  # the target, not the shields.io image
        ("https://huggingface.co/acme/Acme-7B", "", 6, 10, "autolink"),
        ("https://huggingface.co/datasets/acme/web-mix", "Pretraining Dataset", 7, 4, "html"),  # the <img alt>
        ("https://github.com/acme/acme-eval", "", 8, 21, "bare"),  # the full stop is not the URL's
        ("https://github.com/acme/unused", "unused", 17, 1, "definition"),  # a definition no reference used
    ]


def test_words_around_a_link_and_its_heading():
    links = {link.url: link for link in links_in(EVERY_FORM, "README.md")}
    train = links["https://github.com/acme/acme-train"]
    assert (train.before, train.after, train.heading) == ("Training code:", "", "Acme-7B")
    assert links["https://github.com/acme/acme-eval"].before == "Evaluation harness:"
    card = links["https://acme.example/datasheet.md"]
    assert (card.before, card.after) == ("See", "and")  # up to the next link, not past it
    assert train.written == '[Training Code](https://github.com/acme/acme-train "the trainer")'


def test_context_stays_in_its_sentence_and_section():
    text = (
        "## Resources\n"
        "\n"
        "The model was trained for a week. Training code lives at [this repository](https://github.com/acme/t); "
        "the rest is elsewhere.\n"
        "\n"
        "## 资源\n"
        "\n"
        "模型已经发布。训练代码：[点击这里](https://github.com/acme/zh-train)。其他内容见下文。\n"
    )
    english, chinese = links_in(text, "README.md")
    assert (english.before, english.after, english.heading) == ("Training code lives at", "", "Resources")
    assert (chinese.line, chinese.column, chinese.text) == (7, 13, "点击这里")
    assert (chinese.before, chinese.after, chinese.heading) == ("训练代码：", "", "资源")


def test_html_anchor_over_lines_and_with_single_quotes():
    text = "<p>\n<a class='x' href='https://github.com/acme/analysis\n'>Analysis and\nResults</a>\n</p>\n"
    assert placed(text) == [("https://github.com/acme/analysis", "Analysis and Results", 2, 1, "html")]


def test_url_with_parentheses_and_angle_brackets():
    text = "[wiki](https://en.wikipedia.org/wiki/Pile_(dataset)) and [spaced](<https://acme.example/a b>)\n"
    assert placed(text) == [
        ("https://en.wikipedia.org/wiki/Pile_(dataset)", "wiki", 1, 1, "inline"),
        ("https://acme.example/a b", "spaced", 1, 58, "inline"),
    ]


def test_nothing_from_code_comments_images_or_front_matter():
    text = (
        "---\n"
        "homepage: https://github.com/acme/front-matter\n"
        "---\n"
        "pip install `git+https://github.com/acme/in-code` now\n"
        "    \n"
        "~~~sh\n"
        "git clone https://github.com/acme/fenced\n"
        "~~~\n"
        "<!--\n"
        "https://github.com/acme/commented\n"
        "-->\n"
        '![diagram](https://acme.example/arch.png) <img src="https://acme.example/logo.png">\n'
        "[a word in brackets] and [an undefined][reference]\n"
    )
    assert placed(text, first_line=4) == []


def test_link_text_with_code_keeps_its_words():
    assert placed("Code: [`acme-train`](https://github.com/acme/acme-train)\n") == [
        ("https://github.com/acme/acme-train", "acme-train", 1, 7, "inline")
    ]


def test_a_card_is_read_after_its_front_matter():
    card_text = "---\nlicense: mit\n---\n[Paper](https://arxiv.org/abs/2401.00001)\n"
    other = "[Code](https://github.com/acme/code)\n"

    class Card:
        file = "README.md"
        body_line = 4

    texts = [TextFile("README.md", card_text), TextFile("README_zh.md", other)]
    assert [(link.file, link.line, link.url) for link in links_in_texts(texts, Card())] == [
        ("README.md", 4, "https://arxiv.org/abs/2401.00001"),
        ("README_zh.md", 1, "https://github.com/acme/code"),
    ]


def test_hostile_input_is_bounded():
    assert links_in("[" * 200_000 + "](" * 100_000, "README.md") == []
    assert links_in("<a href=" * 50_000, "README.md") == []
    assert links_in("[![" * 100_000, "README.md") == []
    many = links_in("[a](https://github.com/acme/x) " * (MAX_LINKS + 500), "README.md")
    assert len(many) == MAX_LINKS
    assert (many[-1].line, many[-1].column) == (1, 1 + 31 * (MAX_LINKS - 1))
    assert links_in("https://github.com/" + "a" * 100_000, "README.md") == []  # cut, it would be another address
    assert links_in("[a](https://github.com/" + "a" * 3000 + ")", "README.md") == []
    files = [TextFile(f"README{i}.md", "[a](https://github.com/acme/x)\n" * MAX_LINKS) for i in range(4)]
    assert len(links_in_texts(files)) == MAX_ALL_LINKS
