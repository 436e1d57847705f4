#!/usr/bin/env bash
# The GitHub Action's install step: openlint from the action's own folder into a virtual
# environment, so that the action's ref (tag or commit) is the version of the tool that runs.
# Writes `python=<interpreter with openlint>` to $GITHUB_OUTPUT.
#
# Environment (set by action.yml, never interpolated into a script):
#   ACTION_PATH             the action's folder (${{ github.action_path }})
#   SETUP_PYTHON            the interpreter actions/setup-python set up (its python-path output);
#                           python3 on PATH when empty
#   OPENLINT_ACTION_PYTHON  optional: an interpreter that already has openlint installed; nothing
#                           is installed then (the action's own tests use it)
set -euo pipefail

if [[ -n "${OPENLINT_ACTION_PYTHON:-}" ]]; then
  python="$OPENLINT_ACTION_PYTHON"
  if ! "$python" -I -c 'import openlint' >/dev/null 2>&1; then
    echo "::error title=openlint action::OPENLINT_ACTION_PYTHON does not have openlint installed"
    exit 1
  fi
else
  base="${SETUP_PYTHON:-}"
  if [[ -z "$base" ]]; then
    base="$(command -v python3 || command -v python || true)"
  fi
  if [[ -z "$base" ]]; then
    echo "::error title=openlint action::no Python interpreter found"
    exit 1
  fi
  # one environment per action folder (a folder per ref), so a second step of the same job
  # reuses it and two refs of the action never share one
  key="$(printf '%s' "$ACTION_PATH" | cksum | cut -d ' ' -f 1)"
  venv="${RUNNER_TEMP:-${TMPDIR:-/tmp}}/openlint-action-$key"
  if [[ -x "$venv/bin/python" ]]; then
    python="$venv/bin/python"
  elif [[ -x "$venv/Scripts/python.exe" ]]; then
    python="$venv/Scripts/python.exe"
  else
    "$base" -m venv "$venv"
    if [[ -x "$venv/bin/python" ]]; then
      python="$venv/bin/python"
    else
      python="$venv/Scripts/python.exe"  # Windows runners
    fi
  fi
  if ! "$python" -I -c 'import openlint' >/dev/null 2>&1; then
    echo "::group::Install openlint from the action's folder"
    "$python" -m pip install --disable-pip-version-check --no-input --quiet "$ACTION_PATH"
    echo "::endgroup::"
  fi
fi

"$python" -I -m openlint --version
echo "python=$python" >>"${GITHUB_OUTPUT:-/dev/stdout}"
