"""The reader-facing page tree: home, research listing, categories, summaries."""
