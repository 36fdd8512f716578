"""Replaces the contrib hook, which freezes every phonenumbers submodule (about 45 MB).

The app only parses and formats numbers: it needs the metadata modules, not the geocoder,
carrier or time-zone data. build.spec also lists those packages in `excludes`.
"""

from PyInstaller.utils.hooks import collect_submodules

_UNUSED = ("geocoder", "geodata", "carrier", "carrierdata", "timezone", "tzdata")

hiddenimports = collect_submodules(
    "phonenumbers",
    filter=lambda name: name.split(".")[1] not in _UNUSED if "." in name else True,
)
