"""Traditional Chinese: read as Simplified for the detector, quoted and located as written."""

from __future__ import annotations

from openlint.claims.gates import may_claim
from openlint.claims.hanzi import simplified
from openlint.claims.names import release_names
from openlint.claims.prose import analyse
from openlint.inputs.sources import TextFile

README = (
    "# 玉山-7B\n\n"
    "玉山-7B 是我們開發的開源繁體中文大型語言模型。\n\n"
    "本模型以 [Foo-7B](https://huggingface.co/zorb/foo-7b) 為基礎，感謝其團隊開源。\n\n"
    "## 致謝\n\n"
    "感謝 Zorb 開源 Foo-7B。\n"
)


def test_each_character_keeps_its_place():
    read = simplified(README)
    assert len(read) == len(README)
    assert "我们开发的开源繁体中文大型语言模型" in read
    assert read.index("开源") == README.index("開源")


def test_a_text_without_traditional_mentions_is_returned_as_it_is():
    text = "Acme-2 是开源的模型，我們也開放了權重。".replace("開", "开")
    assert simplified(text) is text


def test_the_gate_lets_traditional_mentions_through():
    assert may_claim("玉山-7B 是開源模型")
    assert may_claim("權重已開放")


def test_a_traditional_readme_is_read_with_the_simplified_rules_and_quoted_as_written():
    names = release_names(None, None, [TextFile("README.md", README)], "yushan-7b")
    found = analyse("README.md", README, 1, names)
    assert [(m.line, m.column, m.term, m.role, m.rule) for m in found] == [
        (3, 13, "開源", "claim", "release-is-open"),
        (5, 60, "開源", "third-party", "thanks"),
        (9, 9, "開源", "third-party", "thanks-for-their-opening"),
    ]
    assert found[0].sentence == "玉山-7B 是我們開發的開源繁體中文大型語言模型。"
    assert found[0].subject == "玉山-7B (the title of README.md)"
