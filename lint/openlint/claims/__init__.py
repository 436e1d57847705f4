"""Claims: where a repository says it is open (openness.toml, card tags, prose)."""
