"""Start-up machinery with no domain knowledge: records, the on-disk cache, package data,
and the one place that uses a built-in hash."""
