"""Training compute from what openness.toml declares, as the Commission's guidelines on the EU AI
Act estimate it (C(2025) 5045, paras 20 and 60-70, and the Annex): the declared figure, else the
architecture method (about 6 FLOP per parameter and training token, for a dense transformer), else
the hardware method (accelerators x hours x peak FLOP/s x utilisation). Estimates are good to
about ±30 %, the margin the guidelines accept; all operations count alike, whatever their precision.
"""

from __future__ import annotations

from openlint._support.records import record

DEFAULT_UTILIZATION = 0.4  # when training_hardware gives none: a common share of the peak in large runs


@record(frozen=True)
class Estimate:
    flop: float
    method: str  # how it was reached, in words
    field: str  # the [release] key the figure rests on, for a finding's place


def _number(value) -> float | None:
    if isinstance(value, bool) or not isinstance(value, (int, float)) or value != value or value < 0:
        return None
    return float(value)


def estimate(release: dict) -> Estimate | None:
    """The training compute of `release` (openness.toml's [release] table), or None."""
    declared = _number(release.get("training_compute_flop"))
    if declared is not None:
        return Estimate(declared, "declared as training_compute_flop", "training_compute_flop")
    params, tokens = _number(release.get("parameters")), _number(release.get("training_tokens"))
    if params and tokens:
        return Estimate(6 * params * tokens, f"6 x {sci(params)} parameters x {sci(tokens)} tokens, the architecture method", "parameters")
    hardware = release.get("training_hardware")
    if isinstance(hardware, dict):
        count, hours, peak = (_number(hardware.get(k)) for k in ("accelerators", "hours", "peak_flop_per_second"))
        use = _number(hardware.get("utilization")) or DEFAULT_UTILIZATION
        if count and hours and peak:
            flop = count * hours * 3600 * peak * use
            return Estimate(flop, f"{count:g} accelerators x {hours:g} h x {sci(peak)} FLOP/s x {use:g} utilisation, the hardware method", "training_hardware")
    return None


def sci(number: float) -> str:
    """1.2e+24 -> "1.2e24", 7000 -> "7e3": short, and the same in every message."""
    mantissa, _, exponent = f"{number:.3g}".partition("e")
    return f"{mantissa}e{int(exponent)}" if exponent else mantissa


def flop_text(flop: float) -> str:
    return f"{sci(flop)} FLOP"
