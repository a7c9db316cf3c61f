"""The window: one package per feature (a room), composed by main_window.py."""

from annotator.ui import pyside_import_check

pyside_import_check.install()  # before the rooms' modules are imported
