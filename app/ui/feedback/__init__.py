"""The feedback cards screen (annex 2)."""
