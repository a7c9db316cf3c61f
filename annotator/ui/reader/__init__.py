"""The reader room: the article text with claim highlights, its header and Find."""
