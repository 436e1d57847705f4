"""The training-compute estimate of the EU AI Act guidelines (judge/compute.py): the declared
figure first, then 6 x parameters x tokens, then accelerators x hours x peak x utilisation."""

import pytest
from openlint.judge.compute import Estimate, estimate, flop_text, sci


def test_a_declared_figure_wins():
    found = estimate({"training_compute_flop": 3e24, "parameters": 7e9, "training_tokens": 1e12})
    assert found == Estimate(3e24, "declared as training_compute_flop", "training_compute_flop")


def test_the_architecture_method():
    assert estimate({"parameters": 7e9, "training_tokens": 2e12}) == Estimate(
        8.4e22, "6 x 7e9 parameters x 2e12 tokens, the architecture method", "parameters"
    )


def test_the_hardware_method_with_and_without_utilisation():
    hardware = {"accelerators": 1000, "hours": 24, "peak_flop_per_second": 1e15}
    assert estimate({"training_hardware": hardware}).flop == pytest.approx(1000 * 24 * 3600 * 1e15 * 0.4)
    assert estimate({"training_hardware": hardware | {"utilization": 0.5}}).flop == pytest.approx(1000 * 24 * 3600 * 1e15 * 0.5)
    assert estimate({"training_hardware": hardware}).field == "training_hardware"


@pytest.mark.parametrize(
    "release",
    [
        {},
        {"parameters": 7e9},  # no tokens
        {"training_compute_flop": True},  # a bool is no number
        {"training_compute_flop": -1},
        {"training_compute_flop": float("nan")},
        {"training_hardware": {"accelerators": 8, "hours": 10}},  # no peak
        {"training_hardware": "8 GPUs"},
    ],
)
def test_nothing_to_estimate_from(release):
    assert estimate(release) is None


@pytest.mark.parametrize("number, text", [(7.4e20, "7.4e20"), (1e23, "1e23"), (7000, "7e3"), (123.456, "123"), (0.4, "0.4")])
def test_numbers_in_messages(number, text):
    assert sci(number) == text
    assert flop_text(number) == f"{text} FLOP"
