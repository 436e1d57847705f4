"""Checking many repositories: in order, optionally across processes, with a progress bar.

The output of a parallel run is identical to the serial one: results are collected in input
order, and each repository is checked by the same pure pipeline.
"""

from __future__ import annotations

import sys
from collections.abc import Iterator

from openlint.checker import InputError, Options, check_repository
from openlint.model import RepoReport


def _check(args: tuple[str, Options]) -> RepoReport | InputError:
    path, options = args
    try:
        return check_repository(path, options)
    except InputError as err:  # carried back to the parent, raised there in input order
        return err


def check_all(paths: list[str], options: Options, jobs: int = 1, progress: bool | None = None) -> list[RepoReport]:
    if progress is None:
        progress = len(paths) > 1 and sys.stderr.isatty()
    results: list[RepoReport] = []
    bar = _Progress(len(paths)) if progress else None
    for result in _results(paths, options, jobs):
        if isinstance(result, InputError):
            raise result
        results.append(result)
        if bar:
            bar.step()
    if bar:
        bar.done()
    return results


def _results(paths: list[str], options: Options, jobs: int) -> Iterator[RepoReport | InputError]:
    work = [(p, options) for p in paths]
    if jobs <= 1 or len(paths) <= 1:
        yield from map(_check, work)
        return
    from concurrent.futures import ProcessPoolExecutor

    _warm(work[0])  # forked workers inherit loaded modules, schemas and the license scanner
    # Chunks amortise the pickling of reports; map() keeps the input order.
    chunk = max(1, min(256, len(work) // (jobs * 4) or 1))
    with ProcessPoolExecutor(max_workers=jobs) as pool:
        yield from pool.map(_check, work, chunksize=chunk)


def _warm(first: tuple[str, Options]) -> None:
    """Load what every check needs once, in the parent, before the pool forks."""
    from licenseclassifier._engine.scan import builtin_scanner

    from openlint import catalog, rules

    builtin_scanner()
    catalog.entries()
    rules.registry()
    _check(first)  # imports the rest of the pipeline (YAML, TOML, schemas)


class _Progress:
    """A one-line bar on stderr, redrawn at most every 1 %."""

    WIDTH = 30

    def __init__(self, total: int):
        self.total, self.count, self.shown = total, 0, -1

    def step(self) -> None:
        self.count += 1
        percent = 100 * self.count // self.total
        if percent != self.shown:
            self.shown = percent
            filled = self.WIDTH * self.count // self.total
            sys.stderr.write(f"\r[{'#' * filled}{'.' * (self.WIDTH - filled)}] {self.count}/{self.total} repositories")
            sys.stderr.flush()

    def done(self) -> None:
        sys.stderr.write("\n")
