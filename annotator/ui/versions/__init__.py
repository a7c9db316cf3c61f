"""The versions room: updating an article from a new version, diffs, the revision queue."""
