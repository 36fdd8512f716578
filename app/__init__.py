"""Interne Klachten: handling of internal complaints under Awb chapter 9."""

from importlib.metadata import PackageNotFoundError, version

APP_NAME = "interne-klachten"
APP_TITLE = "Interne Klachten"

try:
    __version__ = version(APP_NAME)
except PackageNotFoundError:  # frozen build or source tree without install
    __version__ = "0.1.0"
