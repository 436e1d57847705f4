"""License text is compared with known licenses up to a bound per check (issue 14): licenseclassifier
takes 1-3 us a character, so a license file near the 1 MiB input cap took 2-3 s. Past the bound
the text is not compared: an OL016 where comparison stopped (a line or word boundary), and the
cached identification is that of the compared text."""

from __future__ import annotations

import pytest
from helpers import located, repo_of
from openlint.licenses import files as license_files
from openlint.licenses import identify as identify_module
from openlint.licenses.identify import MAX_COMPARED_CHARS, MAX_COMPARED_LINES, compared_end
from repos import CARD_OK, MIT_TEXT

MIT_CARD = CARD_OK.replace("license: apache-2.0", "license: mit")
LIMITS = f"{MAX_COMPARED_CHARS:,} characters and {MAX_COMPARED_LINES:,} lines"


def notices(count: int, start: int = 0) -> str:
    """`count` lines of third-party notices, 100 characters each (written for the tests)."""
    return "".join(f"Notice {i:06d}: Copyright (c) 2026 The Example Authors; bundled under the terms above".ljust(99, ".") + "\n" for i in range(start, start + count))


def licenses_of(report: dict, file: str) -> list[str]:
    return [lic["id"] for lic in repo_of(report)["licenses"] if lic["file"] == file]


def of(report: dict, code: str) -> list[dict]:
    return [f for f in repo_of(report)["findings"] if f["code"] == code]


# -- where comparison stops --------------------------------------------------------------------------


def test_the_bounds():
    assert (MAX_COMPARED_CHARS, MAX_COMPARED_LINES) == (128 * 1024, 4000)


def test_a_text_within_the_bounds_is_compared_whole():
    assert compared_end("a b\nc\n", 100, 10) == 6
    text = "x" * 99 + "\n"
    assert compared_end(text, 100, 1) == 100


def test_blank_text_past_the_bound_is_cut_but_no_loss(make_repo, check_json):
    assert compared_end("abc\n" + "\n \n" * 50, 10, 2) == 5
    report = check_json(make_repo({"LICENSE": MIT_TEXT + "\n \t\n" * 200_000, "README.md": MIT_CARD}))
    assert of(report, "OL016") == [] and licenses_of(report, "LICENSE") == ["MIT"]


def test_too_many_characters_cut_at_the_last_line_break_before_the_bound():
    text = "aaaa\nbbbb\ncccc\n"
    assert compared_end(text, 12, 100) == 10  # "aaaa\nbbbb\n"; "cc" would cut a line
    assert compared_end(text, 10, 100) == 10


def test_too_many_lines_cut_after_the_last_line_allowed():
    assert compared_end("a\nb\nc\nd\n", 100, 2) == 4


def test_one_line_longer_than_the_bound_is_cut_at_a_word_boundary():
    text = "alpha beta gamma delta"
    assert compared_end(text, 13, 10) == 11  # "alpha beta ", not "alpha beta ga"
    assert compared_end("x" * 50, 13, 10) == 13  # no boundary at all: the bound itself


def test_a_line_boundary_too_early_to_keep_gives_way_to_a_word_boundary():
    text = "title\n" + "word " * 100
    assert compared_end(text, 100, 10) == 96  # after the last space before the bound, in the long line
    assert compared_end("a" * 60 + "\n" + "word " * 100, 100, 10) == 61  # the line break keeps over half the bound


# -- in a check --------------------------------------------------------------------------------------


def test_a_long_license_file_is_compared_up_to_the_bound_with_a_finding_at_the_cut(make_repo, check_json, monkeypatch):
    """Before: the whole 300 KB went to licenseclassifier (about 0.6-0.9 s cold), with no word of a limit."""
    scanned = []
    real_scan = identify_module._standard_regions

    def spy(text, phrases):
        scanned.append(len(text))
        return real_scan(text, phrases)

    monkeypatch.setattr(identify_module, "_standard_regions", spy)
    head = MIT_TEXT + "\nThird-party notices of the spied check\n\n"
    text = head + notices(3000)
    lines_before = head.count("\n")
    kept = (MAX_COMPARED_CHARS - len(head)) // 100  # whole notice lines that fit
    report = check_json(make_repo({"LICENSE": text, "README.md": MIT_CARD}))
    assert scanned == [len(head) + kept * 100]
    assert licenses_of(report, "LICENSE") == ["MIT"]
    cut_line = lines_before + kept + 1
    [found] = of(report, "OL016")
    assert (found["file"], found["line"], found["column"], found["severity"]) == ("LICENSE", cut_line, 1, "warning")
    assert found["message"] == (
        f"LICENSE: only its first {len(head) + kept * 100:,} characters were compared with known licenses: openlint compares "
        f"at most {LIMITS} of license text in one check, so the rest, from line {cut_line}, column 1, was not"
    )
    # the notices that were compared are text outside the license, as before; none past the cut
    assert all(f["line"] < cut_line for f in of(report, "OL208"))


def test_a_file_of_short_lines_is_cut_by_lines(make_repo, check_json):
    text = MIT_TEXT + "\n" + "x\n" * 10_000
    report = check_json(make_repo({"LICENSE": text, "README.md": MIT_CARD}))
    [found] = of(report, "OL016")
    assert (found["line"], found["column"]) == (MAX_COMPARED_LINES + 1, 1)
    assert licenses_of(report, "LICENSE") == ["MIT"]


def test_one_long_line_is_cut_at_a_word(make_repo, check_json):
    words = "notice " * 40_000  # 280,000 characters on one line
    text = MIT_TEXT + "\n" + words + "\n"
    report = check_json(make_repo({"LICENSE": text, "README.md": MIT_CARD}))
    [found] = of(report, "OL016")
    assert MIT_TEXT.endswith("\n")
    line_start = len(MIT_TEXT) + 1
    first_not_compared = text.rfind(" ", 0, MAX_COMPARED_CHARS) + 1  # a word
    assert text[first_not_compared - 1 : first_not_compared + 6] == " notice"
    assert (found["line"], found["column"]) == (MIT_TEXT.count("\n") + 2, first_not_compared - line_start + 1)


def test_the_bound_is_shared_by_the_license_files_of_a_check(make_repo, check_json):
    """32 license files of 1 MiB each would otherwise be compared whole, one after the other."""
    big = notices(600)  # 60,000 characters each
    report = check_json(make_repo({"LICENSE-A": big, "LICENSE-B": big, "LICENSE-C": big, "LICENSE-D": "MIT License\n", "README.md": MIT_CARD}))
    left = MAX_COMPARED_CHARS - 2 * 60_000
    cut = of(report, "OL016")
    assert [(f["file"], f["line"], f["column"]) for f in cut] == [("LICENSE-C", left // 100 + 1, 1), ("LICENSE-D", 1, 1)]
    assert cut[1]["message"] == (
        f"LICENSE-D was not compared with known licenses: openlint compares at most {LIMITS} of license text in one check, "
        "and the license files before it took them all"
    )
    assert not [f for f in repo_of(report)["findings"] if f["file"] == "LICENSE-D" and f["code"] != "OL016"]  # no OL205: never compared


def test_the_cached_identification_is_that_of_the_compared_text(make_repo, check_json, monkeypatch):
    """Text past the cut changes nothing (it is not compared); text before it is identified anew."""
    head = MIT_TEXT + "\n"
    first = check_json(make_repo({"LICENSE": head + notices(3000, start=700_000), "README.md": MIT_CARD}))
    calls = []
    real = identify_module._identify
    monkeypatch.setattr(identify_module, "_identify", lambda file, text: calls.append(len(text)) or real(file, text))
    tail_changed = check_json(make_repo({"LICENSE": head + notices(1400, start=700_000) + notices(1600), "README.md": MIT_CARD}))
    assert calls == []  # the same compared text: answered from the cache
    assert repo_of(tail_changed)["licenses"] == repo_of(first)["licenses"]
    assert located(tail_changed) == located(first)
    check_json(make_repo({"LICENSE": head.replace("MIT License", "MIT Licence") + notices(3000, start=700_000), "README.md": MIT_CARD}))
    assert len(calls) == 1 and calls[0] <= MAX_COMPARED_CHARS


@pytest.mark.parametrize("size", [MAX_COMPARED_CHARS, MAX_COMPARED_CHARS + 1])
def test_exactly_at_the_bound(make_repo, check_json, size):
    text = MIT_TEXT + "\n" + ("x" * 99 + "\n") * ((size - len(MIT_TEXT) - 1) // 100)
    if len(text) < size:
        text += "y" * (size - len(text) - 1) + "\n"
    assert len(text) == size
    report = check_json(make_repo({"LICENSE": text, "README.md": MIT_CARD}))
    assert len(of(report, "OL016")) == (size > MAX_COMPARED_CHARS)


def test_read_license_files_reports_what_was_compared(make_repo):
    from openlint.inputs.sources import TextFile

    findings = []
    [lf] = license_files.read_license_files([TextFile("LICENSE", MIT_TEXT + "\n" + notices(3000))], findings)
    assert lf.compared == compared_end(lf.text.text, MAX_COMPARED_CHARS, MAX_COMPARED_LINES) < len(lf.text.text)
    assert [(f.code, f.file) for f in findings if f.code == "OL016"] == [("OL016", "LICENSE")]
