"""`openlint audit` (issue 17): a dump of model cards in, one row a model out, the same on every engine."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from openlint.commands import audit
from openlint.pipeline import Options, check_files
from repos import REPOS

pa = pytest.importorskip("pyarrow")
pq = pytest.importorskip("pyarrow.parquet")

CASES = ["card-claim-tag", "card-only", "card-unknown-license", "card-llama3", "yaml-syntax", "open"]


def dump_rows(copies: int = 1) -> list[dict]:
    """Rows as a Hub card dump holds them (our own test repositories), plus one without a card."""
    rows = []
    for n in range(copies):
        for name in CASES:
            files = REPOS[name]
            rows.append({"modelId": f"org{n}/{name}", "card": files.get("README.md"), "license": files.get("LICENSE")})
        rows.append({"modelId": f"org{n}/no-card", "card": None, "license": None})
    return rows


def write_dump(path: Path, rows: list[dict], row_group_size: int = 4) -> Path:
    if path.suffix == ".parquet":
        pq.write_table(pa.Table.from_pylist(rows), path, row_group_size=row_group_size)
    else:
        path.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    return path


def read_rows(path: Path) -> list[dict]:
    if path.suffix == ".parquet":
        return pq.read_table(path).to_pylist()
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]


def test_each_row_is_the_check_of_its_files(tmp_path, cli):
    dump = write_dump(tmp_path / "cards.jsonl", dump_rows())
    out = tmp_path / "rows.jsonl"
    result = cli("audit", dump, "--file-column", "license=LICENSE", "-o", out)
    assert result.code == 0
    rows = read_rows(out)
    assert [r["id"] for r in rows] == [r["modelId"] for r in dump_rows()]
    options = Options(definitions=["osaid-1.0", "mof"], keep_sources=False, isolated=True)
    for row, given in zip(rows, dump_rows()):
        files = {k: v for k, v in (("README.md", given["card"]), ("LICENSE", given["license"])) if v}
        report = check_files(files, given["modelId"], options)
        assert row["codes"] == [f.code for f in report.findings]
        assert row["claims"] == [{"kind": c.claim, "file": c.file, "line": c.line, "text": c.sentence or c.text} for c in report.claims]
        assert [(v["definition"], v["met"]) for v in row["verdicts"]] == [(v.definition, v.met) for v in report.verdicts]
    tag = rows[0]
    assert (tag["id"], tag["licenses"], tag["claims"], tag["error"]) == (
        "org0/card-claim-tag",
        ["Apache-2.0"],
        [{"kind": "open-source-ai", "file": "README.md", "line": 5, "text": "open-source"}],
        None,
    )
    assert [(v["definition"], v["claim"], v["met"]) for v in tag["verdicts"]][0] == ("osaid-1.0", "open-source-ai", False)
    assert [v["definition"] for v in tag["verdicts"]] == ["osaid-1.0", "mof"]
    assert rows[-1]["codes"][0] == "OL012"  # no card: no model card, as for a folder without one


def test_the_parquet_output_has_the_documented_schema(tmp_path, cli):
    dump = write_dump(tmp_path / "cards.parquet", dump_rows())
    out = tmp_path / "rows.parquet"
    assert cli("audit", dump, "--file-column", "license=LICENSE", "-o", out).code == 0
    table = pq.read_table(out)
    assert table.schema == audit.parquet_schema()
    assert table.column_names == list(audit.ROW_FIELDS)
    assert table.num_rows == len(dump_rows())



def test_parquet_rows_are_written_a_row_group_of_row_group_rows_at_a_time(tmp_path, cli, monkeypatch):
    # a row group per partition would grow the footer (kept in memory until the end) with N
    monkeypatch.setattr(audit, "PARTITION_ROWS", 2)
    monkeypatch.setattr(audit, "ROW_GROUP_ROWS", 5)
    dump = write_dump(tmp_path / "cards.parquet", dump_rows(copies=2))  # 14 rows, 7 partitions
    out = tmp_path / "rows.parquet"
    assert cli("audit", dump, "-o", out).code == 0
    meta = pq.ParquetFile(out).metadata
    assert [meta.row_group(i).num_rows for i in range(meta.num_row_groups)] == [6, 6, 2]
    assert [r["id"] for r in pq.read_table(out).to_pylist()] == [r["modelId"] for r in dump_rows(copies=2)]
    columns = {meta.row_group(0).column(i).path_in_schema: meta.row_group(0).column(i) for i in range(meta.row_group(0).num_columns)}
    assert columns["id"].is_stats_set and not columns["claims.list.element.text"].is_stats_set


def test_a_local_dask_cluster_starts_its_workers_without_the_statistical_profiler(monkeypatch):
    distributed = pytest.importorskip("distributed")
    import dask

    seen = {}

    class Started(Exception):
        pass

    def cluster(**kwargs):
        seen["profile"] = dask.config.get("distributed.worker.profile.enabled")
        seen["workers"] = kwargs["n_workers"]
        raise Started

    monkeypatch.setattr(distributed, "LocalCluster", cluster)
    with pytest.raises(Started):
        next(audit.run_dask([], {}, None, 2))
    assert seen == {"profile": False, "workers": 2}
    assert dask.config.get("distributed.worker.profile.enabled") is True  # only for the cluster


@pytest.fixture
def outputs(tmp_path, cli):
    """outputs(*options) -> the JSON Lines rows of an audit of a 3-copy dump in Parquet."""
    dump = write_dump(tmp_path / "cards.parquet", dump_rows(3))

    def run(*options: str) -> str:
        out = tmp_path / f"rows{len(list(tmp_path.iterdir()))}.jsonl"
        result = cli("audit", dump, "--file-column", "license=LICENSE", "-o", out, *options)
        assert result.code == 0, result.err
        return out.read_text(encoding="utf-8")

    return run


def test_serial_pool_and_dask_give_the_same_rows(outputs):
    pytest.importorskip("distributed")
    serial = outputs()
    assert len(serial.splitlines()) == 3 * (len(CASES) + 1)
    assert outputs("--jobs", "2") == serial
    assert outputs("--engine", "dask", "--jobs", "2") == serial  # a LocalCluster of two workers


def test_json_lines_partitions_cut_at_line_ends_cover_every_row_once(tmp_path, monkeypatch):
    rows = dump_rows(4)
    dump = write_dump(tmp_path / "cards.jsonl", rows)
    monkeypatch.setattr(audit, "PARTITION_BYTES", 97)  # cuts inside lines, and between them
    parts, _ = audit.partitions(str(dump))
    assert len(parts) > len(rows)
    ids = [row["modelId"] for part in parts for _, row in audit.rows_of(part, [])]
    assert ids == [r["modelId"] for r in rows]


def test_a_row_that_is_not_json_is_its_own_error(tmp_path, cli):
    dump = tmp_path / "cards.jsonl"
    dump.write_text('{"modelId": "a/b", "card": "# B\\n"}\n{oops\n[1]\n', encoding="utf-8")
    out = tmp_path / "rows.jsonl"
    assert cli("audit", dump, "-o", out).code == 0
    rows = read_rows(out)
    assert [(r["id"], (r["error"] or "")[:12]) for r in rows] == [("a/b", ""), ("", "not JSON: Ex"), ("", "not a JSON o")]


@pytest.mark.parametrize(
    "name, args, message",
    [
        ("cards.parquet", ["--id-column", "id"], "has no column 'id' (it has card, license, modelId); see --id-column, --card-column"),
        ("cards.csv", [], "a dump is Parquet (.parquet) or JSON Lines (.jsonl, .ndjson)"),
        ("cards.jsonl", ["--file-column", "license"], "--file-column expects COLUMN=PATH (e.g. license=LICENSE), got 'license'"),
        ("cards.jsonl", ["--definition", "nope"], "unknown definition 'nope'"),
    ],
)
def test_a_dump_or_option_that_cannot_be_used_is_one_line_and_exit_2(tmp_path, cli, name, args, message):
    dump = tmp_path / name
    write_dump(dump, dump_rows()) if name.endswith((".parquet", ".jsonl")) else dump.write_text("x", encoding="utf-8")
    result = cli("audit", dump, *args)
    assert result.code == 2 and result.out == ""
    assert result.err.startswith("openlint: error: ") and message in result.err and result.err.count("\n") == 1


def test_the_summary_counts_claims_verdicts_licenses_and_unmet_requirements(tmp_path, cli):
    dump = write_dump(tmp_path / "cards.jsonl", dump_rows(2))
    summary = tmp_path / "summary.md"
    result = cli("audit", dump, "--file-column", "license=LICENSE", "-o", tmp_path / "rows.jsonl", "--summary-file", summary)
    text = summary.read_text(encoding="utf-8")
    assert result.out == text
    rows = read_rows(tmp_path / "rows.jsonl")
    claimers = [r for r in rows if any(c["kind"] == "open-source-ai" for c in r["claims"])]
    meeting = [r for r in claimers if r["verdicts"][0]["met"]]
    assert f"| checked | {len(rows)} |" in text
    assert f"| claim to be open source | {len(claimers)} |" in text
    assert f"| of those, meet OSAID 1.0 | {len(meeting)} ({len(meeting) / len(claimers):.1%}) |" in text
    assert "### Top licenses among the models that claim open source" in text
    assert f"| Apache-2.0 | {sum('Apache-2.0' in r['licenses'] for r in claimers)} |" in text
