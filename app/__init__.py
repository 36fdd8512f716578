"""Interne Klachten: handling of internal complaints under Awb chapter 9."""

import time

# The moment the program started, as early as it can be known: start-up times
# (``gui --timings``) count from here.
PROCESS_START = time.perf_counter()

APP_NAME = "interne-klachten"
APP_TITLE = "Interne Klachten"

# The one place of the version: pyproject.toml reads it from here (a literal, so no
# importlib.metadata lookup — 50 ms — at every start).
__version__ = "0.1.0"
