"""Fetching one web page safely: `fetch(url, FetchPolicy(...))` returns a `FetchResult`.

Only the page itself is fetched (never what it references), with a timeout, a size limit,
redirects followed and recorded, TLS verified and private addresses refused unless the
caller allows them for that one fetch. See docs/IMPORT.md ("Articles from a URL").
"""

from annotator.fetch.errors import FetchCancelled, FetchError
from annotator.fetch.http import FetchPolicy, FetchResult, Hop, fetch

__all__ = ["FetchCancelled", "FetchError", "FetchPolicy", "FetchResult", "Hop", "fetch"]
