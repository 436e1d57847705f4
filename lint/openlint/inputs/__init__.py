"""Reading a repository: which files, read safely, parsed with positions, checked against schemas."""
