"""Sub-commands of `annotator`, one module each (see annotator/cli.py)."""
