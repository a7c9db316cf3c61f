"""The project room: project files, the library, settings, backups and the verdict scale."""
