"""A copy of this checkout as git would commit it, for tests that install or clone the project."""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

from helpers import ROOT


def snapshot(dest: Path, env: dict | None = None) -> Path:
    """Copy the tracked and untracked-but-not-ignored files of this checkout into `dest`.

    Files deleted but not yet committed are left out, symlinks stay symlinks; nothing in the
    checkout itself is written (no build/ folder, no staging).
    """
    listed = subprocess.run(
        ["git", "ls-files", "-z", "--cached", "--others", "--exclude-standard"],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    for rel in sorted(set(filter(None, listed.split("\0")))):
        source = ROOT / rel
        if not os.path.lexists(source):
            continue
        target = dest / rel
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copy2(source, target, follow_symlinks=False)
    return dest
