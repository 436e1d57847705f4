"""What the fuzz harness found, each kept as a small fixture (written in the test).

Each test names the run that found it (benchmarks/fuzz.py or tests/fuzz) and the invariant the
input broke, shrunk to the smallest input that still breaks it.
"""

from __future__ import annotations


def test_a_mot_file_with_a_key_that_is_not_text_is_converted_with_a_note(cli, tmp_path, monkeypatch):
    # benchmarks/fuzz.py, parser mot: internal error, TypeError in run_convert joining the notes
    # (a YAML key is a float or an int here, so the note of what is not carried was no string)
    monkeypatch.chdir(tmp_path)
    (tmp_path / "model.yml").write_text("release:\n  name: Lantern\n0.0: ~\n", encoding="utf-8")
    result = cli("convert", "model.yml", "--from", "mot")
    assert (result.code, result.err) == (0, "openlint: note: not carried to openness.toml: 0.0\n")
    assert 'name = "Lantern"' in result.out
