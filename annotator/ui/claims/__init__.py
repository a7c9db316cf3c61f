"""The claims room: the claims list of the current article and its item model."""
