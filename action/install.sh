#!/usr/bin/env bash
# The GitHub Action's install steps: openlint from the action's own folder into a virtual
# environment, so that the action's ref (tag or commit) is the version of the tool that runs.
#
# Nothing unpinned is installed: openlint's dependencies and setuptools at the versions and
# hashes of action/requirements.txt (`--require-hashes`, wheels only: no build code runs), then
# openlint itself from the action's folder with no index and no build isolation (pip fetches
# nothing more), and `pip check` proves the pins satisfy openlint's requirements.
#
#   install.sh plan   says whether an install is needed and names the cache that can spare it;
#                     writes `install=true|false`, `cache-dir` and `cache-key` to $GITHUB_OUTPUT
#                     (action.yml restores and saves that cache with actions/cache)
#   install.sh        installs unless the environment (restored or made earlier in the job)
#                     already runs openlint; writes `python=<interpreter with openlint>` and
#                     `installed=true|false` to $GITHUB_OUTPUT
#
# The cache holds the installed environment, not pip's download cache: measured, a new
# environment costs ~14 s, of which downloads are under 1 s (creating the environment ~5 s,
# building and installing the rest), while restoring the environment spares all of it.
#
# Environment (set by action.yml, never interpolated into a script):
#   ACTION_PATH             the action's folder (${{ github.action_path }})
#   SETUP_PYTHON            the interpreter actions/setup-python set up (its python-path output);
#                           python3 on PATH when empty
#   OPENLINT_ACTION_PYTHON  optional: an interpreter that already has openlint installed; nothing
#                           is installed then (the action's own tests use it)
set -euo pipefail

output() {
  echo "$1" >>"${GITHUB_OUTPUT:-/dev/stdout}"
}

# sets $base, the interpreter the environment is made from
base_python() {
  base="${SETUP_PYTHON:-}"
  if [[ -z "$base" ]]; then
    base="$(command -v python3 || command -v python || true)"
  fi
  if [[ -z "$base" ]]; then
    echo "::error title=openlint action::no Python interpreter found"
    exit 1
  fi
}

# one environment per action folder (a folder per ref), so a second step of the same job
# reuses it and two refs of the action never share one
venv_dir() {
  local key
  key="$(printf '%s' "$ACTION_PATH" | cksum | cut -d ' ' -f 1)"
  printf '%s' "${RUNNER_TEMP:-${TMPDIR:-/tmp}}/openlint-action-$key"
}

venv_python() {
  if [[ -x "$1/Scripts/python.exe" ]]; then
    printf '%s' "$1/Scripts/python.exe"  # Windows runners
  else
    printf '%s' "$1/bin/python"
  fi
}

has_openlint() {
  [[ -x "$1" ]] && "$1" -I -c 'import openlint' >/dev/null 2>&1
}

# The cache key: everything the environment depends on. The files pip builds openlint from
# (pyproject.toml and its package folders, lint/ and schemas/: tests/distribution/test_action.py
# keeps this list and pyproject.toml in step), the pinned requirements, the interpreter (path and
# version: the environment links to it) and the platform. hashFiles() cannot do this: it reads
# only the workspace, and the action's folder is outside it (so is setup-python's
# cache-dependency-path).
KEY_SCRIPT='
import hashlib, os, platform, sys
root = sys.argv[1]
digest = hashlib.sha256()
digest.update(f"{os.path.realpath(sys.executable)}\0{platform.python_version()}\0".encode())
files = ["pyproject.toml", "action/requirements.txt"]
for top in ("lint", "schemas"):
    for folder, dirs, names in os.walk(os.path.join(root, top)):
        dirs[:] = sorted(d for d in dirs if d != "__pycache__")
        files += [os.path.relpath(os.path.join(folder, n), root) for n in sorted(names) if not n.endswith(".pyc")]
for rel in files:
    with open(os.path.join(root, rel), "rb") as f:
        digest.update(rel.replace(os.sep, "/").encode() + b"\0" + hashlib.sha256(f.read()).digest())
print(f"py{platform.python_version()}-{digest.hexdigest()[:24]}")
'

if [[ "${1:-}" == "plan" ]]; then
  venv="$(venv_dir)"
  if [[ -n "${OPENLINT_ACTION_PYTHON:-}" ]] || has_openlint "$(venv_python "$venv")"; then
    output "install=false"
  else
    output "install=true"
  fi
  base_python
  # the cache is tied to its path: RUNNER_TEMP is the same in every job of a runner
  output "cache-dir=$venv"
  key="$("$base" -I -c "$KEY_SCRIPT" "$ACTION_PATH")"
  output "cache-key=openlint-action-venv-${RUNNER_OS:-$(uname -s)}-${RUNNER_ARCH:-$(uname -m)}-$key"
  exit 0
fi

installed=false
if [[ -n "${OPENLINT_ACTION_PYTHON:-}" ]]; then
  python="$OPENLINT_ACTION_PYTHON"
  if ! has_openlint "$python"; then
    echo "::error title=openlint action::OPENLINT_ACTION_PYTHON does not have openlint installed"
    exit 1
  fi
else
  venv="$(venv_dir)"
  python="$(venv_python "$venv")"
  if ! has_openlint "$python"; then
    echo "::group::Install openlint from the action's folder"
    base_python
    # a restored environment that does not run (its interpreter gone) is made anew
    rm -rf "$venv"
    "$base" -m venv "$venv"
    python="$(venv_python "$venv")"
    pip_install() {
      "$python" -m pip install --disable-pip-version-check --no-input --quiet "$@"
    }
    pip_install --require-hashes --no-deps --only-binary :all: -r "$ACTION_PATH/action/requirements.txt"
    pip_install --no-deps --no-build-isolation --no-index "$ACTION_PATH"
    "$python" -m pip check --disable-pip-version-check
    echo "::endgroup::"
    installed=true
  fi
fi

"$python" -I -m openlint --version
output "python=$python"
output "installed=$installed"
