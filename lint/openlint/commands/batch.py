"""Checking many repositories: in order, optionally across processes, with a progress bar.

The output of a parallel run is identical to the serial one: results are collected in input
order, and each repository is checked by the same pure pipeline.

The workers of a parallel run end with it: Ctrl-C (130) or SIGTERM (143) to openlint, an error,
or anything else that stops the run early terminates them at once instead of letting them finish
the queued work, and a worker whose parent is gone (killed outright) ends by itself. A signal
is never lost: one that arrives while a worker is forked (where Python would only print the
exception) ends the run a moment later.
"""

from __future__ import annotations

import itertools
import os
import sys
from collections.abc import Iterable, Iterator

from openlint.model import RepoReport, Report
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
    """The reports of `paths`, in order (see each_report)."""
    return list(each_report(paths, options, jobs, progress, render_as))


def each_report(
    paths: Iterable[str], options: Options, jobs: int = 1, progress: bool | None = None, render_as: str | None = None, total: int | None = None
) -> Iterator[RepoReport]:
    """The report of each of `paths`, in input order, as each is checked: `paths` is read as
    the run goes (a file of a million paths is never held), and at most a few chunks per worker
    are in flight, so memory does not grow with the number of repositories. With `render_as`,
    the workers of a parallel run also render each repository in that format when it renders
    one repository at a time. `total`: how many there are, when known (for the progress bar)."""
    if isinstance(paths, (list, tuple)):
        total = len(paths)
    if progress is None:
        progress = total != 1 and sys.stderr.isatty()
    from openlint._support import cache

    keep = cache.keep_input_results(total is not None and total <= 1)  # several repositories: an audit, see cache.py
    bar = _Progress(total) if progress else None
    found = _results(iter(paths), options, jobs, render_as)
    previous = _on_signals(_interrupted)  # SIGTERM ends the run as Ctrl-C does: workers first, exit 143
    try:
        for result in found:
            if isinstance(result, InputError):
                raise result
            if bar:
                bar.step()
            yield result
        if bar:
            bar.done()
    finally:
        found.close()  # stopped early (an error, Ctrl-C): the workers end now, not when collected
        _on_signals(previous)
        cache.keep_input_results(keep)


IN_FLIGHT = 4  # chunks queued per worker: enough that none idles, few enough that memory stays flat


def _results(paths: Iterator[str], options: Options, jobs: int, render_as: str | None) -> Iterator[RepoReport | InputError]:
    head = list(itertools.islice(paths, 2))
    if jobs <= 1 or len(head) <= 1:
        for path in itertools.chain(head, paths):
            yield _check((path, options, None))  # rendered later, in one go
        return
    # The first repository is checked here, before the pool forks, so that the workers inherit
    # the modules, schemas and license scanner it loaded instead of each loading them again.
    yield _warm((head[0], options, None))
    # Chunks amortise the pickling of reports; small enough that neither worker idles long at
    # the end while the other finishes its last chunk (sized on what is known of the input).
    ahead = head[1:] + list(itertools.islice(paths, jobs * 8 * 16))
    chunk = max(1, min(16, len(ahead) // (jobs * 8)))
    rest = itertools.chain(ahead, paths)
    # What is loaded now lives as long as the run: keep the collector of every process from
    # walking it again (and the workers from copying the pages it would touch), as the gc
    # documentation advises before a fork.
    import gc
    from collections import deque

    gc.freeze()
    with _Workers(jobs) as pool:
        pending: deque = deque()
        while True:
            while len(pending) < jobs * IN_FLIGHT:
                work = [(p, options, render_as) for p in itertools.islice(rest, chunk)]
                if not work:
                    break
                pending.append(pool.submit(_check_chunk, work))
            if not pending:
                if _Signals.pending is not None:
                    raise _Signals.pending  # it came as the last chunk was forked for
                return
            yield from _result(pending.popleft())  # in input order


def _result(future):
    """The future's result, waited for in slices: a signal whose exception Python swallowed (it
    arrived inside an at-fork hook or a finaliser, where exceptions are only printed) still ends
    the run, at the next slice."""
    from concurrent.futures import TimeoutError as NotYet  # not the builtin before Python 3.11

    while True:
        if _Signals.pending is not None:
            raise _Signals.pending
        try:
            return future.result(timeout=SIGNAL_POLL)
        except NotYet:
            pass


SIGNAL_POLL = 0.25  # seconds between looks for a signal whose exception was lost


def _check_chunk(work: list[tuple[str, Options, str | None]]) -> list[RepoReport | InputError]:
    return [_check(item) for item in work]


class Written:
    """Where a run's reports go as they come. A format that renders one repository at a time
    (concise, github, gitlab, json-lines: a `Stream` in its module) is written as each repository
    is checked, and the report is not kept unless `keep` (an extra report needs the whole run),
    so memory stays flat however many there are; a format that needs the whole run keeps every
    report and renders at the end. A run of one repository is rendered whole, in the format's own
    layout: the first report is held until a second shows the run has several. What decides the
    exit code is counted as it goes."""

    def __init__(self, name: str, flags: Report, write, keep: bool):
        from openlint.report.formatters import streamer

        self.name, self.flags, self.write = name, flags, write
        self.stream = streamer(name, flags)
        self.keep = keep or self.stream is None
        self.kept: list[RepoReport] = []
        self.count = 0
        self.held: RepoReport | None = None
        self.severities: set[str] = set()
        self.broken: list[tuple[str, str]] = []  # (repository, message) of each OL905

    def add(self, repo: RepoReport) -> None:
        self.severities.update(f.severity for f in repo.findings)
        self.broken += [(repo.path, f.message) for f in repo.findings if f.code == INTERNAL_ERROR]
        self.count += 1
        if self.keep:
            self.kept.append(repo)
        if self.stream is None:
            return
        if self.count == 1:
            self.held = repo
            return
        if self.held is not None:
            self.write(self.stream.repository(self.held))
            self.held = None
        self.write(self.stream.repository(repo))

    def end(self) -> Report:
        """The run's Report (with the repositories kept, if any), once its text is written."""
        from openlint._support.records import replace
        from openlint.report.formatters import render

        report = replace(self.flags, repositories=self.kept)
        if self.stream is not None and self.count > 1:
            self.write(self.stream.end())
        else:
            self.write(render(self.name, report if self.stream is None else replace(report, repositories=[r for r in [self.held] if r])))
        return report


INTERNAL_ERROR = "OL905"  # a repository openlint failed to check: the run exits 2


class Terminated(KeyboardInterrupt):
    """SIGTERM during a parallel run: stops it as Ctrl-C does (the workers are ended), exit 143."""

    exit_code = 143  # 128 + SIGTERM


class _Signals:
    """The process that runs the pool, and the interruption a signal brought it (kept so that one
    whose exception Python swallowed is not lost: see _result)."""

    parent = 0
    pending: KeyboardInterrupt | None = None
    forking = False  # inside os.fork's hooks, where an exception is only printed
    hooked = False

    @classmethod
    def hook_forks(cls) -> None:
        # registered after logging's hooks: "before" runs first and "after" last around them
        if not cls.hooked and hasattr(os, "register_at_fork"):
            os.register_at_fork(before=cls._forking, after_in_parent=cls._forked)
            cls.hooked = True

    @classmethod
    def _forking(cls) -> None:
        cls.forking = True

    @classmethod
    def _forked(cls) -> None:
        cls.forking = False


def _interrupted(signum, frame) -> None:
    import signal

    if os.getpid() != _Signals.parent:
        # a worker between its fork and its initializer still has this handler: SIGTERM ends it
        # as the default would, quietly; Ctrl-C is the parent's to handle
        if signum == signal.SIGTERM:
            signal.signal(signum, signal.SIG_DFL)
            os.kill(os.getpid(), signum)
        return
    _Signals.pending = Terminated() if signum == signal.SIGTERM else KeyboardInterrupt()
    if not _Signals.forking:  # else _result raises it, a moment later
        raise _Signals.pending


_UNSET = object()


def _on_signals(handler):
    """Install `handler` for SIGTERM, and for SIGINT unless it is ignored or handled by someone
    else (a background job, an embedding program); what it replaces, or _UNSET when nothing was
    installed (not the main thread: an embedding program keeps its own signals)."""
    import signal

    if handler is _UNSET:
        return _UNSET
    if isinstance(handler, dict):  # putting back what was there
        for signum, previous in handler.items():
            signal.signal(signum, previous)
        return _UNSET
    _Signals.parent, _Signals.pending = os.getpid(), None
    _Signals.hook_forks()
    replaced = {}
    try:
        replaced[signal.SIGTERM] = signal.signal(signal.SIGTERM, handler)
        if signal.getsignal(signal.SIGINT) is signal.default_int_handler:
            replaced[signal.SIGINT] = signal.signal(signal.SIGINT, handler)
    except (ValueError, OSError):
        for signum, previous in replaced.items():
            signal.signal(signum, previous)
        return _UNSET
    return {signum: signal.SIG_DFL if previous is None else previous for signum, previous in replaced.items()}


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
        return self

    def submit(self, fn, *args):
        """pool.submit with SIGINT and SIGTERM held back while it may fork a worker: a signal
        between the fork and the pool's record of the worker would leave stop() blind to that
        worker, alive after openlint for up to half a second. The threads the pool starts here
        hold them back for good, so the signals reach the main thread; its workers let them in."""
        import signal

        if not hasattr(signal, "pthread_sigmask"):
            return self.pool.submit(fn, *args)
        before = signal.pthread_sigmask(signal.SIG_BLOCK, {signal.SIGINT, signal.SIGTERM})
        try:
            return self.pool.submit(fn, *args)
        finally:
            signal.pthread_sigmask(signal.SIG_SETMASK, before)

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
    if hasattr(signal, "pthread_sigmask"):
        signal.pthread_sigmask(signal.SIG_UNBLOCK, {signal.SIGINT, signal.SIGTERM})  # forked while the parent held them back
    warnings.showwarning = showwarning
    if os.name == "posix":  # a parent killed outright (SIGKILL) cannot end its workers
        import threading

        # the parent as it was when forking: one that died before this ran has already left
        # this worker to another (a spawned worker knows only its parent now)
        parent = _Signals.parent or os.getppid()
        threading.Thread(target=_end_with, args=(parent,), name="openlint-parent", daemon=True).start()


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
    """A one-line bar on stderr, redrawn at most every 1 % (a count when the total is unknown:
    paths read from a file or stdin as the run goes)."""

    WIDTH = 30

    def __init__(self, total: int | None):
        self.total, self.count, self.shown = total, 0, -1

    def step(self) -> None:
        self.count += 1
        if not self.total:
            if self.count & (self.count - 1) == 0 or self.count % 1000 == 0:  # 1, 2, 4, … then every 1,000
                sys.stderr.write(f"\r{self.count:,} repositories")
                sys.stderr.flush()
            return
        percent = 100 * self.count // self.total
        if percent != self.shown:
            self.shown = percent
            filled = self.WIDTH * self.count // self.total
            sys.stderr.write(f"\r[{'#' * filled}{'.' * (self.WIDTH - filled)}] {self.count}/{self.total} repositories")
            sys.stderr.flush()

    def done(self) -> None:
        if not self.total:
            sys.stderr.write(f"\r{self.count:,} repositories")
        sys.stderr.write("\n")
