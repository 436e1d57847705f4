"""What the fuzz harness found, each kept as a small fixture (written in the test).

Each test names the run that found it (benchmarks/fuzz.py or tests/fuzz) and the invariant the
input broke, shrunk to the smallest input that still breaks it.
"""

from __future__ import annotations

import json

from repos import REPOS


def test_a_mot_file_with_a_key_that_is_not_text_is_converted_with_a_note(cli, tmp_path, monkeypatch):
    # benchmarks/fuzz.py, parser mot: internal error, TypeError in run_convert joining the notes
    # (a YAML key is a float or an int here, so the note of what is not carried was no string)
    monkeypatch.chdir(tmp_path)
    (tmp_path / "model.yml").write_text("release:\n  name: Lantern\n0.0: ~\n", encoding="utf-8")
    result = cli("convert", "model.yml", "--from", "mot")
    assert (result.code, result.err) == (0, "openlint: note: not carried to openness.toml: 0.0\n")
    assert 'name = "Lantern"' in result.out


def test_a_card_date_in_year_0_is_a_located_finding(cli, tmp_path, monkeypatch):
    # benchmarks/fuzz.py --mutate, parser front-matter (mutant 1566 of seed 14): internal error,
    # TypeError in the front matter reader's error path (582 of 3,152 inputs), on a value that
    # parses as a date no calendar has
    (tmp_path / "README.md").write_text("---\nwe: 0000-00-00\n---\n", encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    result = cli("check", ".", "--show-claims")
    assert result.code == 1
    assert "README.md:2:5: OL006 invalid YAML front matter: cannot read '0000-00-00' as a date (year 0 is out of range)\n" in result.out
    assert result.err == ""


def test_a_mot_date_in_year_0_is_a_usage_error(cli, tmp_path, monkeypatch):
    # the same value in a MOT file, converted
    (tmp_path / "model.yml").write_text("release:\n  name: Lantern\n  date: 0000-00-00\n", encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    result = cli("convert", "model.yml", "--from", "mot")
    assert (result.code, result.err) == (2, "openlint: error: model.yml:3:9: malformed YAML: cannot read '0000-00-00' as a date (year 0 is out of range)\n")


def test_links_under_a_heading_of_a_megabyte_are_placed_in_linear_time():
    # benchmarks/fuzz.py --mutate, parser front-matter (mutant 82732 of seed 14): a hang (no result
    # after 60 s). 2,000 links in a setext heading of one long line: each link's heading was the
    # whole line, cleaned again for every link (20,000 links on a 280 KB line took 136 s). Now each
    # heading is read once, from its first characters
    from openlint.claims.links import MAX_LINKS, MAX_TEXT, links_in

    text = "a\n" + "x https://a.b " * 20_000 + "\n---\n"
    found = links_in(text, "README.md", 1)
    assert len(found) == MAX_LINKS
    assert [(link.line, link.column, link.url) for link in found[:2]] == [(2, 3, "https://a.b"), (2, 17, "https://a.b")]
    assert {link.heading for link in found} == {found[0].heading} and found[0].heading.startswith("a x x x")
    assert len(found[0].heading) <= MAX_TEXT


def test_a_value_of_800_kb_is_quoted_in_a_message_cut_to_its_first_1000_characters(cli, tmp_path, monkeypatch):
    # benchmarks/fuzz.py --mutate, parser mot (11 inputs over 1 s, the slowest 2.35 s): an 800 KB
    # component path went into OL301's message whole, and every format, fingerprint and log line
    # carried it; `convert --to mot` wrote it with ruamel's pure-Python emitter (1.7 s) and
    # `convert --from mot` escaped it a character at a time (1.5 s). Messages now quote the
    # first MAX_PARAM_CHARS characters of a value; the writers are libyaml's and one regex
    from openlint.rules import MAX_PARAM_CHARS

    path = "open source " * 70_000
    model = "release:\n  name: Lantern\n  components:\n    -\n      name: Data preprocessing code\n" f"      component_path: '{path}'\n"
    (tmp_path / "model.yml").write_text(model, encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    assert cli("convert", "model.yml", "--from", "mot", "-o", "openness.toml").code == 0
    assert cli("convert", "openness.toml", "--to", "mot", "-o", "back.yml").code == 0
    assert (tmp_path / "back.yml").read_text(encoding="utf-8").count(path) == 1
    result = cli("check", ".", "--output-format", "json")
    (message,) = [f["message"] for f in json.loads(result.out)["repositories"][0]["findings"] if f["code"] == "OL301"]
    assert message == f"data-preprocessing-code: declared path '{path[:MAX_PARAM_CHARS]}… ({len(path):,} characters)' does not exist"


def test_a_long_run_of_digits_is_classified_in_linear_time():
    # benchmarks/fuzz.py --mutate, parser license (7 hangs and 285 inputs over 1 s of 67,839, on
    # d7f8fa7): the user-threshold wording `\d[\d,.]*…users` was tried at every digit of a long run
    # of digits, each try running to its end (quadratic: 97 KB took over 60 s). The run is bounded
    # now, and only texts the size of a license are compared a second time for a rider
    from openlint.licenses.identify import MAX_RIDER_TEXT, _without_riders, classify_rider

    assert classify_rider("1" * 50_000) == []
    # benchmarks/fuzz.py --mutate, parser license (2 inputs over 1 s of 100,000, on 25d1573): the
    # bounded run still cost 20 tries at every digit (a license file of 128 KB of digits: 0.5 s
    # of 0.53). A number is now tried from its first digit only; one of 50,000 digits is no count
    assert classify_rider("1" * 50_000 + " users") == []
    assert classify_rider("1" * 50_000 + " and 700,000,000 monthly active users") == ["user-threshold"]
    assert classify_rider("products with 1.5m users") == ["user-threshold"]
    text = "Permission is granted.\n\nProducts with 10 million monthly active users need a license.\n\n" + "x " * MAX_RIDER_TEXT
    assert _without_riders(text, ()) == ([], set())



def test_names_are_looked_for_in_the_opening_of_a_readme_not_in_all_of_a_megabyte_line():
    # benchmarks/fuzz.py --mutate, parser front-matter (1 input over 1 s of 100,000, on 25d1573):
    # a README of one 1 MB line of `##[` was searched whole by the five introduction patterns, twice
    # (0.25 s of 0.70). The opening is now 120 lines of prose and at most TITLE_CHARS characters, as for titles
    from openlint.claims.names import TITLE_CHARS, introduced

    assert introduced("We present Acme-7B, a small model. " + "##[" * 350_000) == ["Acme-7B"]
    assert introduced("x" * (TITLE_CHARS - 40) + " We present Acme-7B, a small model.") == ["Acme-7B"]
    assert introduced("x" * TITLE_CHARS + " We present Acme-7B, a small model.") == []
    assert introduced("# Title\n" + "Some text.\n" * 120 + "We present Acme-7B.") == []
    # lines of prose are counted, not blank ones, items or rows (a long changelog before the
    # introduction), up to OPENING_LINES lines in all
    from openlint.claims.names import OPENING_LINES

    assert introduced("# Title\n" + "Some text.\n\n" * 118 + "We present Acme-7B.") == ["Acme-7B"]
    assert introduced("# Title\n" + "- item\n" * 500 + "| a | b |\n" * 500 + "We present Acme-7B.") == ["Acme-7B"]
    assert introduced("# Title\n" + "- i\n" * OPENING_LINES + "We present Acme-7B.") == []

A_LINES = 1550


def test_a_rider_named_by_one_of_its_file_s_stretches_is_explained_not_an_internal_error(make_repo, cli, monkeypatch):
    # benchmarks/fuzz.py --mutate, parser license (1 internal error in 100,000 inputs, on d62a30f):
    # a license file with two stretches of extra terms names them together
    # ("LICENSE-MODEL:1-1553,1556-1558"), the failure names one rider ("rider:LICENSE-MODEL:1-1553"),
    # and the riders were looked up by the whole list, so none was found and its id was taken for
    # a catalogued license (AttributeError). Each stretch is now matched on its own
    rider = "You may copy, change and share this model for any purpose.\nAcceptable use: do not use the model to harm people.\n"
    tail = "Licensed under the Apache License, Version 2.0\nYou may not use the model for commercial purposes.\n"
    tail += "Llama 3 Community License Agreement\nYou may not use the model for commercial purposes."
    files = {k: v for k, v in REPOS["open"].items() if k != "LICENSE"}
    files["README.md"] = '---\nlicense: "mit"\n---\n# Tiny\n'
    files["LICENSE-MODEL"] = rider + "SPDX-License-Identifier: Apache-2.0\n" + "a\n" * A_LINES + "\n" + tail
    files["LICENSE.md"] = b"Acceptable use: do not use the model to harm people.\r\r\nrelease data\r\r\nYou may not use the model for commercial purposes."
    files["license"] = b"SPDX-License-Identifier: BSD-3-Clause ( Unknown-1.0\r\nTiny Model Terms, version 1\r\n\r\nTiny Model Terms, version 1\r\n"
    monkeypatch.chdir(make_repo(files))
    result = cli("check", ".", "--output-format", "json")
    findings = json.loads(result.out)["repositories"][0]["findings"]
    assert "OL905" not in [f["code"] for f in findings]
    explained = [f["message"] for f in findings if f["code"] == "OL409" and "rider" in f["message"]]
    assert len(explained) == 1 and "the rider on Apache License 2.0 at lines 1-1553 (LICENSE-MODEL:2)" in explained[0] and "breaks OSD 6" in explained[0]


def test_one_mistake_repeated_24000_times_is_listed_100_times_and_counted(make_repo, cli, monkeypatch):
    # benchmarks/fuzz.py --mutate, parser front-matter (4 inputs over 1 s, on d62a30f, the slowest
    # 3.18 s; 5.4 s for SARIF alone): a card repeating a few keys made 24,210 OL008 findings, and
    # every format grew with them. A file now lists at most MAX_SAME_FINDINGS of one code
    from openlint.pipeline import MAX_SAME_FINDINGS

    card = "---\n" + "license: mit\n" * 5_000 + "---\n# Tiny\n"
    monkeypatch.chdir(make_repo({"LICENSE": "SPDX-License-Identifier: MIT\n", "README.md": card}))
    findings = json.loads(cli("check", ".", "--output-format", "json").out)["repositories"][0]["findings"]
    duplicates = [f for f in findings if f["code"] == "OL008"]
    assert len(duplicates) == MAX_SAME_FINDINGS and duplicates[-1]["line"] == MAX_SAME_FINDINGS + 2
    (counted,) = [f for f in findings if f["code"] == "OL014"]
    assert (counted["file"], counted["line"], counted["column"]) == ("README.md", MAX_SAME_FINDINGS + 3, 1)
    assert counted["message"] == f"4,999 OL008 findings in README.md: the first {MAX_SAME_FINDINGS} are listed, {4_999 - MAX_SAME_FINDINGS:,} more from here on are not"


def test_a_sentence_with_many_mentions_is_quoted_once(monkeypatch):
    # the same run (1.2 MB card, 1.2 s in every format): 200 mentions in one sentence each made the
    # sentence's quote again, reading past the same long stretch of blanks every time
    from openlint.claims import prose
    from openlint.claims.names import Names

    made = []
    real = prose._sentence_text
    monkeypatch.setattr(prose, "_sentence_text", lambda text, mention: made.append(mention.sentence) or real(text, mention))
    text = "# Tiny\n\nTiny is " + " " * 100_000 + " open source, open source and open source, open weights too.\n"
    found = prose.analyse("README.md", text, 1, Names([]))
    assert len(found) >= 3 and len(made) == len({(s.start, s.end) for s in made}) == 1
    assert found[0].sentence == found[-1].sentence == "Tiny is open source, open source and open source, open weights too."
