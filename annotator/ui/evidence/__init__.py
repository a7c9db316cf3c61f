"""The evidence room: sources, fetching pages, captures shown as inert text."""
