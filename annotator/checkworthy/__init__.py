"""Check-worthiness: which sentences of an article are worth checking, and why (pure Python)."""
