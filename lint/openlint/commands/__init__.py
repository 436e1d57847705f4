"""The commands beyond a single check: many repositories at once, init, convert."""
