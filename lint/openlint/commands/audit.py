"""`openlint audit DUMP`: check every model of a dump of model cards, in constant memory.

A dump is Parquet or JSON Lines, one model a row: an id column and a card column (defaults
`modelId` and `card`, as in the public Hub card dumps), and optionally columns that hold other
files of the repository (`--file-column license=LICENSE`). Each row is checked by
`pipeline.check_files`, exactly as the same files in a folder would be, and becomes one output row
(see ROW_FIELDS). The dump is read in partitions (PARTITION_ROWS rows of a Parquet row group;
about PARTITION_BYTES of a JSON Lines file, cut at line ends), each a pure task: serially, on a local
process pool (--jobs) or on a Dask cluster (--scheduler / --engine dask). Results are written in
dump order whatever finishes first, with a bounded number of partitions in flight, so memory
does not grow with the number of models; the output is identical row for row on every engine.

pyarrow and dask[distributed] are imported here only (the `audit` extra): the hook never pays them.
"""

from __future__ import annotations

import json
import os
import sys
import time
from collections import Counter
from collections.abc import Iterator

PARTITION_BYTES = 2 << 20  # a JSON Lines partition: a few hundred cards, a few MB of memory per task
PARTITION_ROWS = 200  # a Parquet partition: a slice of a row group (a dump's row groups hold 10,000s)
IN_FLIGHT = 3  # partitions queued per worker
ROW_GROUP_ROWS = 1_000  # output rows per Parquet row group: held as Python rows until written
OSAID = "osaid-1.0"
DEFAULT_DEFINITIONS = (OSAID, "mof")
ROW_FIELDS = ("id", "licenses", "claims", "verdicts", "codes", "error")


class AuditError(Exception):
    """A dump or an option that cannot be used (exit 2, one line)."""


# --- the dump and its partitions -----------------------------------------------------------------


def kind_of(path: str) -> str:
    low = path.lower()
    if low.endswith((".parquet", ".pq")):
        return "parquet"
    if low.endswith((".jsonl", ".ndjson", ".json")):
        return "jsonl"
    raise AuditError(f"{path}: a dump is Parquet (.parquet) or JSON Lines (.jsonl, .ndjson)")


def partitions(path: str) -> tuple[list[tuple], int | None]:
    """The dump's partitions, (kind, path, part), and its number of rows when the format says."""
    kind = kind_of(path)
    if kind == "parquet":
        pq = _pyarrow_parquet()
        try:
            meta = pq.ParquetFile(path).metadata
        except Exception as err:  # pyarrow's own errors name no file
            raise AuditError(f"cannot read {path} as Parquet: {err}") from None
        groups = [(i, meta.row_group(i).num_rows) for i in range(meta.num_row_groups)]
        return [("parquet", path, (i, start, min(PARTITION_ROWS, rows - start))) for i, rows in groups for start in range(0, rows, PARTITION_ROWS)], meta.num_rows
    size = os.path.getsize(path)
    return [("jsonl", path, (start, min(size, start + PARTITION_BYTES))) for start in range(0, max(size, 1), PARTITION_BYTES)], None


def _pyarrow_parquet():
    try:
        import pyarrow.parquet as pq
    except ImportError:
        raise AuditError("Parquet needs pyarrow: pip install 'openlint[audit]'") from None
    return pq


def rows_of(part: tuple, columns: list[str]) -> Iterator[tuple[int, dict]]:
    """(row number within the partition, {column: value}) of one partition."""
    kind, path, where = part
    if kind == "parquet":
        import pyarrow.parquet as pq

        group, start, count = where
        table = pq.ParquetFile(path).read_row_group(group, columns=columns).slice(start, count)
        yield from enumerate(table.to_pylist())
        return
    start, end = where
    with open(path, "rb") as handle:
        if start:  # a line that began before this partition belongs to the one before
            handle.seek(start - 1)
            handle.readline()
        number = 0
        while handle.tell() < end:
            line = handle.readline()
            if not line:
                break
            if line.strip():
                yield number, _json_row(line)
            number += 1


def _json_row(line: bytes) -> dict:
    try:
        row = json.loads(line)
    except ValueError as err:
        return {"__error__": f"not JSON: {err}"}
    return row if isinstance(row, dict) else {"__error__": "not a JSON object"}


# --- one partition: a pure task ------------------------------------------------------------------


def audit_partition(part: tuple, settings: dict) -> list[dict]:
    """The output rows of one partition, in dump order (runs in a worker or on a Dask worker)."""
    from openlint._support import cache
    from openlint.pipeline import Options

    cache.keep_input_results(False)  # on a worker: every card is new, write no per-file results (cache.py)
    options = Options(definitions=list(settings["definitions"]), keep_sources=False, isolated=True)
    columns = [settings["id_column"], settings["card_column"], *settings["file_columns"]]
    return [audit_row(row, settings, options) for _, row in rows_of(part, columns)]


def audit_row(row: dict, settings: dict, options) -> dict:
    from openlint.pipeline import check_files, failed

    model = row.get(settings["id_column"])
    model = "" if model is None else str(model)
    if "__error__" in row:
        return _row(model, None, row["__error__"])
    files = {}
    card = row.get(settings["card_column"])
    if card:
        files["README.md"] = card if isinstance(card, (str, bytes)) else str(card)
    for column, name in settings["file_columns"].items():
        value = row.get(column)
        if value:
            files[name] = value if isinstance(value, (str, bytes)) else str(value)
    try:
        report = check_files(files, model or "model", options)
    except Exception as err:  # one model's failure is its row's, not the audit's
        report = failed(model, err)
    return _row(model, report, None)


def _row(model: str, report, error: str | None) -> dict:
    if report is None:
        return {"id": model, "licenses": [], "claims": [], "verdicts": [], "codes": [], "error": error}
    internal = [f.message for f in report.findings if f.code == "OL905"]
    return {
        "id": model,
        "licenses": sorted({lic.id or lic.name for lic in report.licenses}),
        "claims": [{"kind": c.claim, "file": c.file, "line": c.line, "text": c.sentence or c.text} for c in report.claims],
        "verdicts": [
            {"definition": v.definition, "claim": v.claim, "met": v.met, "class": v.mof_class, "class_label": v.class_label, "reasons": list(v.reasons)}
            for v in report.verdicts
        ],
        "codes": [f.code for f in report.findings],
        "error": internal[0] if internal else error,
    }


# --- engines: serial, a process pool, Dask ------------------------------------------------------


def run_serial(parts: list[tuple], settings: dict) -> Iterator[list[dict]]:
    for part in parts:
        yield audit_partition(part, settings)


def run_pool(parts: list[tuple], settings: dict, jobs: int) -> Iterator[list[dict]]:
    from collections import deque

    from openlint.commands.batch import _Workers

    with _Workers(jobs) as pool:
        pending: deque = deque()
        queue = iter(parts)
        while True:
            for part in queue:
                pending.append(pool.submit(audit_partition, part, settings))
                if len(pending) >= jobs * IN_FLIGHT:
                    break
            if not pending:
                return
            yield pending.popleft().result()  # in dump order


def run_dask(parts: list[tuple], settings: dict, scheduler: str | None, jobs: int) -> Iterator[list[dict]]:
    """Each partition a task on a Dask cluster: `scheduler` (tcp://host:8786), else a LocalCluster
    of `jobs` single-threaded worker processes. Workers need openlint installed and the dump at
    the same path (a shared or object-store mount)."""
    from collections import deque

    try:
        from distributed import Client, LocalCluster
    except ImportError:
        raise AuditError("the Dask engine needs dask[distributed]: pip install 'openlint[audit]'") from None
    cluster = None
    if not scheduler:
        import dask

        # a worker's statistical profile keeps a tree a second for the last 1,000 s: memory that
        # grows with the length of the audit, for a dashboard a local audit does not have
        with dask.config.set({"distributed.worker.profile.enabled": False}):
            cluster = LocalCluster(n_workers=jobs, threads_per_worker=1, processes=True, dashboard_address=None)
    client = Client(scheduler or cluster)
    try:
        pending: deque = deque()
        queue = iter(parts)
        width = max(1, sum(client.nthreads().values())) * IN_FLIGHT
        while True:
            for part in queue:
                pending.append(client.submit(audit_partition, part, settings, pure=False))
                if len(pending) >= width:
                    break
            if not pending:
                return
            future = pending.popleft()
            yield future.result()
            future.release()
    finally:
        client.close()
        if cluster is not None:
            cluster.close()


# --- output --------------------------------------------------------------------------------------


def parquet_schema():
    import pyarrow as pa

    claim = pa.struct([("kind", pa.string()), ("file", pa.string()), ("line", pa.int64()), ("text", pa.string())])
    verdict = pa.struct(
        [
            ("definition", pa.string()),
            ("claim", pa.string()),
            ("met", pa.bool_()),
            ("class", pa.int64()),
            ("class_label", pa.string()),
            ("reasons", pa.list_(pa.string())),
        ]
    )
    return pa.schema(
        [
            ("id", pa.string()),
            ("licenses", pa.list_(pa.string())),
            ("claims", pa.list_(claim)),
            ("verdicts", pa.list_(verdict)),
            ("codes", pa.list_(pa.string())),
            ("error", pa.string()),
        ]
    )


class Output:
    """Rows written as they come: JSON Lines at once, Parquet a row group of ROW_GROUP_ROWS at a
    time (a row group per partition would make the footer, which stays in memory until the file
    is closed, grow with the number of models)."""

    def __init__(self, path: str | None):
        self.path = path
        self.parquet = path is not None and kind_of_output(path) == "parquet"
        self.writer = None
        self.handle = None
        self.waiting: list[dict] = []
        if self.parquet:
            pq = _pyarrow_parquet()
            # statistics only for the id: min and max of a claim's text would say nothing
            self.writer = pq.ParquetWriter(path, parquet_schema(), write_statistics=["id"])
        elif path is not None:
            from openlint.report.formatters import open_report

            self.handle = open_report(path)

    def write(self, rows: list[dict]) -> None:
        if not rows:
            return
        if self.writer is not None:
            self.waiting += rows
            if len(self.waiting) >= ROW_GROUP_ROWS:
                self._row_group()
            return
        from openlint.report.formatters.safe import json_text

        text = "".join(json_text(json.dumps(row, ensure_ascii=False, sort_keys=False)) + "\n" for row in rows)
        if self.handle is not None:
            self.handle.write(text)
            self.handle.flush()
        else:
            sys.stdout.write(text)
            sys.stdout.flush()

    def _row_group(self) -> None:
        import pyarrow as pa

        if self.waiting:
            self.writer.write_table(pa.Table.from_pylist(self.waiting, schema=self.writer.schema))
            self.waiting = []

    def close(self) -> None:
        if self.writer is not None:
            self._row_group()
            self.writer.close()
        if self.handle is not None:
            self.handle.close()


def kind_of_output(path: str) -> str:
    return "parquet" if path.lower().endswith((".parquet", ".pq")) else "jsonl"


# --- the summary ---------------------------------------------------------------------------------


class Summary:
    """What the end of an audit says: counted as rows go by, a few counters whatever N is."""

    def __init__(self, claim_kinds: set[str]):
        self.claim_kinds = claim_kinds  # claims that OSAID 1.0 judges: "claims open source"
        self.models = self.claimers = self.meeting = self.errors = 0
        self.licenses: Counter = Counter()
        self.failing: Counter = Counter()
        self.mof: Counter = Counter()

    def add(self, row: dict) -> None:
        self.models += 1
        self.errors += row["error"] is not None
        osaid = next((v for v in row["verdicts"] if v["definition"] == OSAID), None)
        for v in row["verdicts"]:
            if v["definition"] == "mof" and v["class"] is not None:
                self.mof[v["class_label"] or str(v["class"])] += 1
        if not any(c["kind"] in self.claim_kinds for c in row["claims"]):
            return
        self.claimers += 1
        self.licenses.update(row["licenses"] or ["(none found)"])
        if osaid is not None and osaid["met"]:
            self.meeting += 1
        elif osaid is not None:
            self.failing.update(_requirement(reason) for reason in osaid["reasons"])

    def markdown(self, top: int = 10) -> str:
        share = f"{self.meeting / self.claimers:.1%}" if self.claimers else "—"
        lines = [
            "## openlint audit",
            "",
            "| | models |",
            "|---|---:|",
            f"| checked | {self.models:,} |",
            f"| claim to be open source | {self.claimers:,} |",
            f"| of those, meet OSAID 1.0 | {self.meeting:,} ({share}) |",
            f"| could not be checked | {self.errors:,} |",
        ]
        lines += _table("Top licenses among the models that claim open source", "license", self.licenses.most_common(top), self.claimers)
        lines += _table("Most common unmet OSAID 1.0 requirements among them", "requirement", self.failing.most_common(top), self.claimers)
        if self.mof:
            lines += _table("MOF class reached", "class", sorted(self.mof.items()), self.models)
        return "\n".join(lines) + "\n"


def _requirement(reason: str) -> str:
    """A verdict's reason without the license or file it names, so that reasons count together."""
    return reason.split(" under ")[0].split(" (")[0]


def _table(title: str, what: str, counts: list[tuple[str, int]], whole: int) -> list[str]:
    if not counts:
        return []
    lines = ["", f"### {title}", "", f"| {what} | models | share | |", "|---|---:|---:|---|"]
    for name, n in counts:
        bar = "█" * max(1, round(20 * n / whole)) if whole else ""
        lines.append(f"| {name.replace('|', '¦')} | {n:,} | {n / whole:.1%} | {bar} |")
    return lines


# --- the command ---------------------------------------------------------------------------------


class Progress:
    """Rows done, their rate and the time left, on one line of a terminal."""

    def __init__(self, total_rows: int | None, parts: int):
        self.total, self.parts, self.done_parts, self.rows = total_rows, parts, 0, 0
        self.start = time.monotonic()

    def step(self, rows: int) -> None:
        self.done_parts += 1
        self.rows += rows
        elapsed = max(time.monotonic() - self.start, 1e-9)
        rate = self.rows / elapsed
        fraction = self.rows / self.total if self.total else self.done_parts / self.parts
        left = elapsed * (1 - fraction) / fraction if fraction else 0
        of = f"/{self.total:,}" if self.total else ""
        sys.stderr.write(f"\r{self.rows:,}{of} models, {rate:,.0f}/s, {fraction:.0%}, ETA {int(left) // 60}:{int(left) % 60:02}   ")
        sys.stderr.flush()

    def end(self) -> None:
        sys.stderr.write("\n")


def run(args) -> int:
    """The `audit` command (cli.py parses the options)."""
    from openlint.judge import definitions

    if not os.path.isfile(args.dump):
        raise AuditError(f"{args.dump}: no such file")
    file_columns = {}
    for spec in args.file_column:
        column, sep, name = spec.partition("=")
        if not sep or not column or not name:
            raise AuditError(f"--file-column expects COLUMN=PATH (e.g. license=LICENSE), got '{spec}'")
        file_columns[column] = name
    chosen = list(args.definition) or list(DEFAULT_DEFINITIONS)
    unknown = [d for d in chosen if d not in definitions.available()]
    if unknown:
        raise AuditError(f"unknown definition '{unknown[0]}' (choose from {', '.join(definitions.available())})")
    if OSAID not in chosen:
        chosen.insert(0, OSAID)  # the summary counts OSAID verdicts
    settings = {"id_column": args.id_column, "card_column": args.card_column, "file_columns": file_columns, "definitions": chosen}
    parts, total = partitions(args.dump)
    _check_columns(args.dump, parts, settings)
    claim_kinds = {kind for kind, name in definitions.by_claim().items() if name == OSAID}
    if args.scheduler or args.engine == "dask":
        results = run_dask(parts, settings, args.scheduler, args.jobs)
    elif args.jobs > 1:
        results = run_pool(parts, settings, args.jobs)
    else:
        results = run_serial(parts, settings)
    summary = Summary(claim_kinds)
    progress = Progress(total, len(parts)) if sys.stderr.isatty() else None
    output = Output(args.output_file)
    from openlint._support import cache

    keep = cache.keep_input_results(False)  # for the serial engine and the forked pool (cache.py)
    try:
        for rows in results:
            output.write(rows)
            for row in rows:
                summary.add(row)
            if progress:
                progress.step(len(rows))
    finally:
        results.close()
        output.close()
        cache.keep_input_results(keep)
        if progress:
            progress.end()
    text = summary.markdown()
    if args.summary_file:
        from openlint.report.formatters import write_text

        write_text(args.summary_file, text)
    print(text, end="", file=sys.stdout if args.output_file else sys.stderr)
    return 0


def _check_columns(dump: str, parts: list[tuple], settings: dict) -> None:
    """The id and card columns must be in the dump: said before any work starts."""
    if not parts or parts[0][0] != "parquet":
        return
    import pyarrow.parquet as pq

    names = set(pq.ParquetFile(dump).schema_arrow.names)
    for column in [settings["id_column"], settings["card_column"], *settings["file_columns"]]:
        if column not in names:
            raise AuditError(f"{dump} has no column '{column}' (it has {', '.join(sorted(names))}); see --id-column, --card-column")
