"""What the fuzz harness found, each kept as a small fixture (written in the test).

Each test names the run that found it (benchmarks/fuzz.py or tests/fuzz) and the invariant the
input broke, shrunk to the smallest input that still breaks it.
"""

from __future__ import annotations

import json


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

    assert classify_rider("1" * 50_000 + " users") == ["user-threshold"]
    assert classify_rider("1" * 50_000) == []
    text = "Permission is granted.\n\nProducts with 10 million monthly active users need a license.\n\n" + "x " * MAX_RIDER_TEXT
    assert _without_riders(text, ()) == ([], set())
