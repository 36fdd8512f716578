"""Interne Klachten: handling of internal complaints under Awb chapter 9."""

import time

# The moment the program started, as early as it can be known: start-up times
# (``gui --timings``) count from here.
PROCESS_START = time.perf_counter()

from importlib.metadata import PackageNotFoundError, version  # noqa: E402

APP_NAME = "interne-klachten"
APP_TITLE = "Interne Klachten"

try:
    __version__ = version(APP_NAME)
except PackageNotFoundError:  # frozen build or source tree without install
    __version__ = "0.1.0"
