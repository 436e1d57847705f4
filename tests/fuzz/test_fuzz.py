"""Fuzzing the five parsers a pull request controls, through the whole command line.

Each test generates repositories (fuzz_strategies) and checks each as the Action would
(fuzz_harness): no traceback, no internal error, no forged runner command in any format or on
stderr, a JSON report that validates, and a summary line that agrees with the exit code.

The normal run is small and the same every time (derandomised, no example database), so CI is
deterministic. OPENLINT_FUZZ_EXAMPLES=N runs N random inputs per test instead; for a long run
with figures per parser use benchmarks/fuzz.py.
"""

from __future__ import annotations

import os

import pytest
from fuzz_harness import assert_clean
from fuzz_strategies import TARGETS
from hypothesis import HealthCheck, given, settings

EXAMPLES = int(os.environ.get("OPENLINT_FUZZ_EXAMPLES") or 0)
# Inputs per test in the normal run, 2 to 5 s each (the slower parsers get fewer): the five take
# about 20 s together on a shared 2-core machine.
BUDGET = {"front-matter": 40, "openness.toml": 20, "tool.openlint": 50, "mot": 40, "license": 15}

# hypothesis warns when it builds the repr of a strategy holding long sample strings
pytestmark = pytest.mark.filterwarnings("ignore:Generating overly large repr")

# Each shrinking step runs the whole command line: a failure is shrunk for a minute at most
# (hypothesis would take five), so a regression costs CI minutes, not half an hour.
try:
    from hypothesis.internal.conjecture import engine

    engine.MAX_SHRINKING_SECONDS = int(os.environ.get("OPENLINT_FUZZ_SHRINK_SECONDS") or 60)
except (ImportError, AttributeError):  # an internal of hypothesis: without it, shrinking is only slower
    pass


def fuzz_settings(target: str):
    return settings(
        max_examples=EXAMPLES or BUDGET[target],
        deadline=None,  # speed is measured by benchmarks/fuzz.py, not asserted here
        derandomize=not EXAMPLES,
        database=None,  # nothing written into the checkout
        suppress_health_check=list(HealthCheck),  # large, slow inputs are the point
        print_blob=True,
    )


def _target(name: str):
    strategy, run = TARGETS[name]
    return strategy(), run


CARD, CHECK_CARD = _target("front-matter")
OPENNESS, CHECK_OPENNESS = _target("openness.toml")
CONFIG, CHECK_CONFIG = _target("tool.openlint")
MOT, CONVERT_MOT = _target("mot")
LICENSES, CHECK_LICENSES = _target("license")


@fuzz_settings("front-matter")
@given(case=CARD)
def test_model_card_front_matter(case):
    assert_clean(CHECK_CARD(case))


@fuzz_settings("openness.toml")
@given(files=OPENNESS)
def test_openness_toml(files):
    assert_clean(CHECK_OPENNESS(files))


@fuzz_settings("tool.openlint")
@given(case=CONFIG)
def test_tool_openlint_configuration(case):
    assert_clean(CHECK_CONFIG(case))


@fuzz_settings("mot")
@given(document=MOT)
def test_mot_yaml(document):
    assert_clean(CONVERT_MOT(document))


@fuzz_settings("license")
@given(files=LICENSES)
def test_license_texts(files):
    assert_clean(CHECK_LICENSES(files))
