"""openlint: check that a model repository meets the definition of open source it claims."""

__version__ = "0.1.0"
