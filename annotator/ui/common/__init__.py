"""What every room of the window shares: dialogs, plain text, table models, undo commands."""
