"""Annotator: highlight claims in articles, attach sources and verdicts, export fact-check
reports."""

__version__ = "0.1.0"
