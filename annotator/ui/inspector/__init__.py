"""The inspector room: one claim's quote, fields, comments and history."""
