"""Checking many repositories: in order, optionally across processes, with a progress bar.

The output of a parallel run is identical to the serial one: results are collected in input
order, and each repository is checked by the same pure pipeline.

The workers of a parallel run end with it: Ctrl-C (130) or SIGTERM (143) to openlint, an error,
or anything else that stops the run early terminates them at once instead of letting them finish
the queued work, and a worker whose parent is gone (killed outright) ends by itself.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Iterator

from openlint.model import RepoReport
from openlint.pipeline import InputError, Options, check_repository, failed


def _check(args: tuple[str, Options, str | None]) -> RepoReport | InputError:
    path, options, render_as = args
    try:
        repo = check_repository(path, options)
    except InputError as err:  # carried back to the parent, raised there in input order
        return err
    except Exception as err:  # a failure inside openlint is this repository's, not the run's
        if options.debug:
            raise
        repo = failed(path, err)
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
    found = _results(paths, options, jobs, render_as)
    try:
        for result in found:
            if isinstance(result, InputError):
                raise result
            results.append(result)
            if bar:
                bar.step()
    finally:
        found.close()  # stopped early (an error, Ctrl-C): the workers end now, not when collected
    if bar:
        bar.done()
    return results


def _results(paths: list[str], options: Options, jobs: int, render_as: str | None) -> Iterator[RepoReport | InputError]:
    if jobs <= 1 or len(paths) <= 1:
        yield from map(_check, [(p, options, None) for p in paths])  # rendered later, in one go
        return
    work = [(p, options, render_as) for p in paths]
    previous = _on_sigterm(_terminated)  # SIGTERM ends the run as Ctrl-C does: workers first
    try:
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
        with _Workers(jobs) as pool:
            rest = pool.map(_check, work[1:], chunksize=chunk)  # submits every chunk at once
            yield first
            yield from rest
    finally:
        _on_sigterm(previous)


class Terminated(KeyboardInterrupt):
    """SIGTERM during a parallel run: stops it as Ctrl-C does (the workers are ended), exit 143."""

    exit_code = 143  # 128 + SIGTERM


def _terminated(signum, frame) -> None:
    raise Terminated()


_UNSET = object()


def _on_sigterm(handler):
    """Install `handler` for SIGTERM; the one it replaces, or _UNSET when none was (not the main
    thread: an embedding program keeps its own signals)."""
    import signal

    if handler is _UNSET:
        return _UNSET
    try:
        previous = signal.signal(signal.SIGTERM, handler)
    except (ValueError, OSError):
        return _UNSET
    return signal.SIG_DFL if previous is None else previous


class _Workers:
    """A process pool that never outlives the run. Leaving it normally waits for the workers, as
    the executor does; leaving it by an exception (Ctrl-C, SIGTERM, an error, the caller closing
    the generator) cancels the queued work and terminates the workers at once."""

    def __init__(self, jobs: int):
        self.jobs = jobs

    def __enter__(self):
        import multiprocessing
        import warnings
        from concurrent.futures import ProcessPoolExecutor

        # the workers are the children started from now on (public API: active_children)
        self.before = set(multiprocessing.active_children())
        # the warnings hook main() installed: a spawned worker (macOS, Windows) does not inherit it
        self.pool = ProcessPoolExecutor(max_workers=self.jobs, initializer=_worker_start, initargs=(warnings.showwarning,))
        return self.pool

    def __exit__(self, kind, value, traceback) -> bool:
        if kind is None:
            self.pool.shutdown()
        else:
            self.stop()
        return False

    def stop(self) -> None:
        import multiprocessing
        import signal

        ignored = {}
        for name in ("SIGINT", "SIGTERM"):  # a second Ctrl-C must not interrupt the clean-up
            try:
                ignored[name] = signal.signal(getattr(signal, name), signal.SIG_IGN)
            except (ValueError, OSError, AttributeError):
                pass
        try:
            self.pool.shutdown(wait=False, cancel_futures=True)
            workers = [p for p in multiprocessing.active_children() if p not in self.before]
            for worker in workers:
                worker.terminate()
            for worker in workers:
                worker.join(5)
                if worker.is_alive():
                    worker.kill()
                    worker.join()
        finally:
            for name, handler in ignored.items():
                signal.signal(getattr(signal, name), signal.SIG_DFL if handler is None else handler)


def _worker_start(showwarning) -> None:
    """In each worker: Ctrl-C reaches the whole process group, and the parent ends the workers;
    SIGTERM ends a worker at once (a forked worker inherits the parent's handler); warnings are
    handled as in the parent; and the worker ends by itself when its parent is gone."""
    import signal
    import warnings

    signal.signal(signal.SIGINT, signal.SIG_IGN)
    signal.signal(signal.SIGTERM, signal.SIG_DFL)
    warnings.showwarning = showwarning
    if os.name == "posix":  # a parent killed outright (SIGKILL) cannot end its workers
        import threading

        threading.Thread(target=_end_with, args=(os.getppid(),), name="openlint-parent", daemon=True).start()


def _end_with(parent: int) -> None:
    """Poll for the parent: an orphan is adopted by another process (its parent id changes)."""
    import time

    while os.getppid() == parent:
        time.sleep(0.5)
    os._exit(1)


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
