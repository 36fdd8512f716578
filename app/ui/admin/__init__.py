"""Beheer: employees and organisational units."""
