"""Fact extraction: dates, quotes, posts and events."""
