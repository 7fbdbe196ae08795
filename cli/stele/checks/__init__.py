"""Checks: the rules of stele check, each a function from a checked file to Findings."""
