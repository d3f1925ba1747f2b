"""Rendering of core objects into Discord embeds and views."""
