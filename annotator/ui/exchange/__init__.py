"""The exchange room: import, export, merging a colleague's project and the team hub."""
