"""Claim matching and check-worthiness: pure Python text processing, no Qt and no SQL."""
