"""Use cases: one transaction per call, gluing core and db; no Discord here."""
