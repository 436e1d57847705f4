"""Reporting: the output formats, rule documentation and badges, all pure functions of a report."""
