"""Enrichment components: what is in the article (language, stats, entities, timeline, ...)."""
