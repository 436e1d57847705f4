"""The workers of a --jobs run end with it (issue 14): SIGTERM or Ctrl-C to openlint ends every
worker before openlint exits (143, 130), and a worker whose parent was killed outright ends too.

openlint runs as a real process tree. Its workers are made to hang (each sleeps in place of
checking a repository), so the signal always finds them busy; the parent checks the first
repository itself, as it always does, unslowed. Children are found in /proc.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from repos import REPOS

pytestmark = pytest.mark.skipif(not Path("/proc/self/stat").exists(), reason="finds processes in /proc")

# `openlint check --jobs 2 ...` whose workers never finish a repository
DRIVER = """
import os, sys, time
from openlint.commands import batch
check, parent = batch.check_repository, os.getpid()
def hang_in_workers(path, options):
    if os.getpid() != parent:
        time.sleep(3600)
    return check(path, options)
batch.check_repository = hang_in_workers
from openlint.cli import entry
entry()
"""


def stat(pid: int) -> tuple[int, str, int] | None:
    """(parent pid, state, start time) of a live process, None when it is gone."""
    try:
        text = Path(f"/proc/{pid}/stat").read_text()
    except OSError:
        return None
    fields = text[text.rindex(")") + 2 :].split()
    return int(fields[1]), fields[0], int(fields[19])


def children(pid: int) -> dict[int, int]:
    """pid -> start time of the processes whose parent is `pid`."""
    found = {}
    for entry in os.listdir("/proc"):
        if entry.isdigit() and (info := stat(int(entry))) and info[0] == pid:
            found[int(entry)] = info[2]
    return found


def alive(processes: dict[int, int]) -> list[int]:
    """Those of `processes` still running (the same start time: not a reused pid; not a zombie)."""
    return [pid for pid, start in processes.items() if (info := stat(pid)) and info[2] == start and info[1] != "Z"]


@pytest.fixture
def started(make_repo, tmp_path):
    """started() -> (the openlint process, its two workers), the workers busy."""
    procs: list[subprocess.Popen] = []
    workers: dict[int, int] = {}

    def start() -> tuple[subprocess.Popen, dict[int, int]]:
        paths = [str(make_repo(REPOS["open"], name=f"r{i}")) for i in range(6)]
        env = dict(os.environ, OPENLINT_NO_CACHE="1")
        proc = subprocess.Popen(
            [sys.executable, "-c", DRIVER, "check", "--jobs", "2", *paths],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            env=env,
            start_new_session=True,  # its own process group, as a shell job is
            # Ctrl-C as a terminal delivers it: a test run started in the background by a
            # non-interactive shell inherits SIGINT ignored, which openlint would inherit too
            preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL),
        )
        procs.append(proc)
        deadline = time.monotonic() + 120
        while len(found := children(proc.pid)) < 2:
            assert proc.poll() is None, proc.communicate()
            assert time.monotonic() < deadline, "the workers never started"
            time.sleep(0.05)
        workers.update(found)
        return proc, found

    yield start
    for pid in alive(workers):  # whatever a failing test left behind, by id
        os.kill(pid, signal.SIGKILL)
    for proc in procs:
        if proc.poll() is None:
            proc.kill()
        proc.communicate()


def test_sigterm_ends_the_workers_then_openlint_with_143(started):
    proc, workers = started()
    os.kill(proc.pid, signal.SIGTERM)
    proc.wait(timeout=120)
    assert alive(workers) == []  # ended, and reaped, before openlint exited
    assert proc.returncode == 143
    assert proc.communicate(timeout=120) == (b"", b"openlint: interrupted\n")


def test_ctrl_c_ends_the_workers_then_openlint_with_130(started):
    """Ctrl-C signals the terminal's whole process group: the workers leave it to openlint (no
    traceback of theirs), and openlint ends them."""
    proc, workers = started()
    os.killpg(proc.pid, signal.SIGINT)
    proc.wait(timeout=120)
    assert alive(workers) == []
    assert proc.returncode == 130
    assert proc.communicate(timeout=120) == (b"", b"openlint: interrupted\n")


def test_sigint_to_openlint_alone_ends_the_workers(started):
    proc, workers = started()
    os.kill(proc.pid, signal.SIGINT)
    proc.wait(timeout=120)
    assert alive(workers) == []
    assert proc.returncode == 130


def test_workers_of_a_killed_openlint_end_by_themselves(started):
    """SIGKILL leaves openlint no chance to end its workers: each sees its parent gone and ends."""
    proc, workers = started()
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait(timeout=120)
    deadline = time.monotonic() + 60  # they look every half second
    while alive(workers) and time.monotonic() < deadline:
        time.sleep(0.1)
    assert alive(workers) == []


def test_a_signal_whose_exception_was_swallowed_still_ends_the_run():
    """A signal that arrives inside os.fork's hooks (or a finaliser) raises where Python only
    prints the exception; the run still ends, at the next look while it waits for a result."""
    from concurrent.futures import Future

    from openlint.commands import batch

    previous = batch._on_signals(batch._interrupted)
    try:
        batch._Signals.forking = True  # as inside logging's at-fork hook
        batch._interrupted(signal.SIGTERM, None)  # recorded, not raised
        batch._Signals.forking = False
        with pytest.raises(batch.Terminated):
            batch._result(Future())  # a result that never comes
    finally:
        batch._on_signals(previous)
        batch._Signals.pending = None


def test_a_worker_signalled_before_its_initializer_ends_quietly():
    """A forked worker keeps the parent's handler until its initializer runs: SIGTERM then ends
    it as the default does (killed by the signal, no traceback), and Ctrl-C is left to the parent."""
    code = (
        "import os, signal\n"
        "from openlint.commands import batch\n"
        "batch._Signals.parent = os.getppid()\n"  # this process plays a worker
        "batch._interrupted(signal.SIGINT, None)\n"
        "print('still here', flush=True)\n"
        "batch._interrupted(signal.SIGTERM, None)\n"
        "print('not reached', flush=True)\n"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, timeout=120)
    assert (done.returncode, done.stdout, done.stderr) == (-signal.SIGTERM, b"still here\n", b"")


# the signal comes in the window between forking the second worker and the pool's record of it;
# each worker dawdles before it starts, so one left unknown would outlive openlint
TRIPWIRE = """
import os, signal, time, multiprocessing.process as mp_process
os.register_at_fork(after_in_child=lambda: time.sleep(2))
class Tripwire(set):
    def add(self, process):
        if len(self) == 1:
            os.kill(os.getpid(), signal.SIGINT)
        set.add(self, process)
mp_process._children = Tripwire(mp_process._children)
"""


def test_a_signal_while_a_worker_is_forked_still_ends_that_worker(make_repo):
    marker = make_repo(REPOS["open"], name="forked-while-signalled")
    paths = [str(marker)] + [str(make_repo(REPOS["open"], name=f"w{i}")) for i in range(5)]
    env = dict(os.environ, OPENLINT_NO_CACHE="1")
    proc = subprocess.run(
        [sys.executable, "-c", TRIPWIRE + DRIVER, "check", "--jobs", "2", *paths],
        capture_output=True,
        env=env,
        timeout=120,
        start_new_session=True,
        preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL),
    )
    assert (proc.returncode, proc.stderr) == (130, b"openlint: interrupted\n")
    # a worker runs the parent's command line; none may be left when openlint has exited
    left = []
    for entry in os.listdir("/proc"):
        try:
            cmdline = Path(f"/proc/{entry}/cmdline").read_bytes()
        except OSError:
            continue
        if entry.isdigit() and str(marker).encode() in cmdline and (info := stat(int(entry))) and info[1] != "Z":
            left.append(int(entry))
    for pid in left:
        os.kill(pid, signal.SIGKILL)
    assert left == []


def test_workers_of_an_openlint_killed_before_they_started_end_by_themselves(make_repo):
    """SIGKILL while the workers are still starting: each finds, when it starts, that the parent
    it was forked from is gone, and ends (it had watched its new parent, forever)."""
    marker = make_repo(REPOS["open"], name="killed-while-forking")
    paths = [str(marker)] + [str(make_repo(REPOS["open"], name=f"k{i}")) for i in range(5)]
    slow_start = "import os, time\nos.register_at_fork(after_in_child=lambda: time.sleep(1))\n"
    proc = subprocess.Popen(
        [sys.executable, "-c", slow_start + DRIVER, "check", "--jobs", "2", *paths],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        env=dict(os.environ, OPENLINT_NO_CACHE="1"),
        start_new_session=True,
    )
    deadline = time.monotonic() + 120
    while len(workers := children(proc.pid)) < 2:
        assert proc.poll() is None and time.monotonic() < deadline
        time.sleep(0.01)
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait(timeout=120)
    deadline = time.monotonic() + 30  # a second asleep, then a look every half second
    while alive(workers) and time.monotonic() < deadline:
        time.sleep(0.1)
    left = alive(workers)
    for pid in left:
        os.kill(pid, signal.SIGKILL)
    assert left == []
