"""Mijn taken: what the user has to do, most urgent first."""
