"""The team hub: a PostgreSQL database that local-first desktops synchronise with.

psycopg is an optional extra (`pip install 'annotator[hub]'`); nothing here imports it
until a hub is actually used, so the app works without it (see docs/HUB.md).
"""

from __future__ import annotations

from types import ModuleType

from annotator.errors import AnnotatorError, msg


class HubError(AnnotatorError):
    """The hub refused something, or cannot be used; the message says why in one line."""


class HubOfflineError(HubError):
    """The hub cannot be reached now; local work is safe and syncs later."""


class HubUnavailableError(HubError):
    """psycopg is not installed."""


INSTALL_HINT = msg("The team hub needs psycopg: pip install 'annotator[hub]'")


def psycopg_module() -> ModuleType:
    """psycopg, or a one-line HubUnavailableError saying how to install it."""
    try:
        import psycopg
    except ImportError as error:
        raise HubUnavailableError(INSTALL_HINT) from error
    return psycopg
