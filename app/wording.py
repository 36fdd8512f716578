"""Dutch counts in plain words: "1 rij", "3 rijen", never the bracketed plural."""

from __future__ import annotations


def number(count: int) -> str:
    """A whole number the Dutch way: 12.345."""
    return f"{count:,}".replace(",", ".")


def counted(count: int, one: str, many: str) -> str:
    """``count`` with the singular or plural noun, e.g. ``counted(2, "rij", "rijen")``."""
    return f"{number(count)} {one if count == 1 else many}"
