"""Thin adapters: each module is an extension that parses interactions, calls services, renders."""
