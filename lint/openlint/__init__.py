"""openlint: check that a model repository meets the definition of open source it claims."""

__version__ = "0.1.0"


def __getattr__(name: str):
    """check_files and check_repository, imported on first use: `import openlint` stays free."""
    if name in ("check_files", "check_repository", "Options"):
        from openlint import pipeline

        return getattr(pipeline, name)
    raise AttributeError(f"module 'openlint' has no attribute {name!r}")
