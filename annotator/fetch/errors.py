"""Errors of fetching, written for the user (one line naming the URL and the reason)."""

from __future__ import annotations

from annotator.errors import AnnotatorError


class FetchError(AnnotatorError):
    """A page could not be fetched."""


class FetchCancelled(FetchError):
    """The user pressed Cancel."""
