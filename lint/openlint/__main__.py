from openlint.cli import entry

entry()
