"""Measuring the program, not part of it: generated registers, timings and the figures
in MEASURED.md (``python -m app bench``). Outside the services: it may use every layer."""
