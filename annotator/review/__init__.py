"""Pure review statistics (no Qt, no SQL): inter-rater agreement on verdicts."""
