"""The window: one package per feature (a room), composed by main_window.py."""
