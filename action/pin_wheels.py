"""Print requirement lines that pin a distribution to one version and to the sha256 of every
wheel PyPI holds for it, for action/requirements.txt. A maintainer runs it when a pin moves:

    python action/pin_wheels.py rpds-py==2026.9.1 PyYAML==6.0.4

Distributions with compiled code publish one wheel per platform and Python; listing every
wheel's hash lets `pip install --require-hashes --only-binary :all:` take the one that fits the
runner while refusing any file that is not listed (and never building from source). Reads the
index's JSON API (PEP 691); needs the network, unlike openlint itself.
"""

from __future__ import annotations

import json
import re
import sys
import urllib.request

INDEX = "https://pypi.org/simple/"


def normalise(name: str) -> str:
    return re.sub(r"[-_.]+", "-", name).lower()  # PEP 503


def wheel_hashes(name: str, version: str) -> list[tuple[str, str]]:
    """(file name, sha256) of each wheel of `name` at `version`, sorted by file name."""
    request = urllib.request.Request(INDEX + normalise(name) + "/", headers={"Accept": "application/vnd.pypi.simple.v1+json"})
    with urllib.request.urlopen(request, timeout=60) as answer:
        files = json.load(answer)["files"]
    prefix = re.sub(r"[-_.]+", "_", name).lower() + "-" + version + "-"
    found = [(f["filename"], f["hashes"]["sha256"]) for f in files if f["filename"].lower().startswith(prefix) and f["filename"].endswith(".whl")]
    if not found:
        raise SystemExit(f"pin_wheels: no wheel of {name} {version} on the index")
    return sorted(found)


def pin_lines(requirement: str) -> list[str]:
    name, _, version = requirement.partition("==")
    if not version:
        raise SystemExit(f"pin_wheels: give NAME==VERSION, not {requirement!r}")
    hashes = sorted({sha for _, sha in wheel_hashes(name, version)})
    return [f"{name}=={version} \\"] + [f"    --hash=sha256:{sha}" + (" \\" if n < len(hashes) - 1 else "") for n, sha in enumerate(hashes)]


if __name__ == "__main__":
    for arg in sys.argv[1:]:
        print("\n".join(pin_lines(arg)))
