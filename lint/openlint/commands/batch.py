"""Checking many repositories: in order, optionally across processes, with a progress bar.

The output of a parallel run is identical to the serial one: results are collected in input
order, and each repository is checked by the same pure pipeline.
"""

from __future__ import annotations

import sys
from collections.abc import Iterator

from openlint.model import RepoReport
from openlint.pipeline import InputError, Options, check_repository


def _check(args: tuple[str, Options, str | None]) -> RepoReport | InputError:
    path, options, render_as = args
    try:
        repo = check_repository(path, options)
    except InputError as err:  # carried back to the parent, raised there in input order
        return err
    if render_as:
        from openlint.report.formatters import prerender

        prerender(render_as, repo)
    return repo


def check_all(
    paths: list[str], options: Options, jobs: int = 1, progress: bool | None = None, render_as: str | None = None
) -> list[RepoReport]:
    """The reports of `paths`, in order. With `render_as`, the workers of a parallel run also
    render each repository in that format when it renders one repository at a time."""
    if progress is None:
        progress = len(paths) > 1 and sys.stderr.isatty()
    from openlint._support import cache

    keep = cache.keep_input_results(len(paths) <= 1)  # several repositories: an audit, see cache.py
    try:
        return _collect(paths, options, jobs, render_as, _Progress(len(paths)) if progress else None)
    finally:
        cache.keep_input_results(keep)


def _collect(paths: list[str], options: Options, jobs: int, render_as: str | None, bar: _Progress | None) -> list[RepoReport]:
    results: list[RepoReport] = []
    for result in _results(paths, options, jobs, render_as):
        if isinstance(result, InputError):
            raise result
        results.append(result)
        if bar:
            bar.step()
    if bar:
        bar.done()
    return results


def _results(paths: list[str], options: Options, jobs: int, render_as: str | None) -> Iterator[RepoReport | InputError]:
    if jobs <= 1 or len(paths) <= 1:
        yield from map(_check, [(p, options, None) for p in paths])  # rendered later, in one go
        return
    work = [(p, options, render_as) for p in paths]
    from concurrent.futures import ProcessPoolExecutor

    # The first repository is checked here, before the pool forks, so that the workers inherit
    # the modules, schemas and license scanner it loaded instead of each loading them again.
    first = _warm(work[0])
    # Chunks amortise the pickling of reports; small enough that neither worker idles long
    # at the end while the other finishes its last chunk. map() keeps the input order.
    chunk = max(1, min(16, (len(work) - 1) // (jobs * 8)))
    # What is loaded now lives as long as the run: keep the collector of every process from
    # walking it again (and the workers from copying the pages it would touch), as the gc
    # documentation advises before a fork.
    import gc

    gc.freeze()
    with ProcessPoolExecutor(max_workers=jobs) as pool:
        rest = pool.map(_check, work[1:], chunksize=chunk)  # submits every chunk at once
        yield first
        yield from rest


def _warm(first: tuple[str, Options, str | None]) -> RepoReport | InputError:
    """Load what every check needs, in the parent, by checking the first repository."""
    from openlint import rules
    from openlint.licenses import catalog, classifier

    classifier.scanner()
    catalog.entries()
    rules.registry()
    return _check(first[:2] + (None,))  # also imports the rest of the pipeline (YAML, TOML, schemas)


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
