"""Judging: evidence gathered from the inputs, base models, and the one engine that evaluates
a definition (data/definitions/*.toml) against the evidence."""
