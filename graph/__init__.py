"""newsgraph: news articles to an event timeline knowledge graph."""
