"""The search room: find any article or claim of the project."""
