"""The ``deduce`` model (Dutch de-identification, offline, shipped lookup lists) behind
``app.services.deidentify``.

Its first start builds lookup structures (about 89 s, measured); they are cached in the
user's cache folder, after which a start costs about a second and a text a few ms. The
engine is therefore one per process, built lazily under a lock: ``warm_up()`` is called on
a worker thread at program start and by ``interne-klachten init``; a caller on the GUI
thread asks ``is_ready()`` and never waits.

deduce pulls in numpy and configures logging when imported, so it is imported here only
inside ``DeduceEngine.warm_up`` — never at the import of anything the first paint needs.
"""

from __future__ import annotations

import logging
import os
import pickle
import shutil
import tempfile
import threading
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any

log = logging.getLogger(__name__)

# deduce's annotation tags, by the word they contain, mapped to our span kinds (by their
# value, so this module needs nothing from ``deidentify``). Institutions (hospitals, care
# homes) and URLs are left alone: they name organisations, not people.
_TAG_KINDS: tuple[tuple[str, str], ...] = (
    ("huisnummer", "adres"),
    ("straat", "adres"),
    ("locatie", "adres"),
    ("naam", "naam"),
    ("initia", "naam"),
    ("persoon", "naam"),
    ("patient", "naam"),
    ("pseudo", "naam"),
    ("datum", "datum"),
    ("leeftijd", "nummer"),
    ("bsn", "nummer"),
    ("id", "nummer"),
    ("telefoon", "telefoonnummer"),
    ("email", "e-mailadres"),
)


@dataclass(frozen=True)
class ModelSpan:
    start: int
    end: int
    kind: str  # a ``SpanKind`` value


def kind_for_tag(tag: str) -> str | None:
    """Our span kind for a deduce tag ("voornaam+achternaam", "straat+huisnummer"…)."""
    for word, kind in _TAG_KINDS:
        if word in tag:
            return kind
    return None


def default_cache_dir() -> Path:
    from app.paths import private_folder, user_cache_dir

    return private_folder(user_cache_dir() / "deduce")


def cache_built(cache_dir: Path | None = None) -> bool:
    """Whether deduce's lookup structures were built before (the next start is then quick)."""
    from app.paths import cache_root

    folder = cache_dir or cache_root() / "deduce"
    return (folder / _CACHE_FILE).is_file()


def _import_deduce() -> Any:
    # deduce calls logging.basicConfig(stream=sys.stdout, level=DEBUG) on import: that would
    # send every DEBUG line of the program to stdout. Put the root logger back as it was.
    root = logging.getLogger()
    handlers, level = list(root.handlers), root.level
    try:
        import deduce
    finally:
        for handler in root.handlers[:]:
            if handler not in handlers:
                root.removeHandler(handler)
        root.setLevel(level)
    return deduce


_CACHE_FILE = Path("cache") / "lookup_structs.pickle"  # where deduce keeps it under its path
# What an incomplete or foreign pickle raises while it is read.
_UNREADABLE = (
    pickle.UnpicklingError,
    EOFError,
    AttributeError,
    ImportError,
    IndexError,
    ValueError,
)


def _load(deduce: Any, folder: Path) -> Any:
    """The model from the cache in ``folder``; without one (or with a damaged one), built in
    a temporary folder beside it and its cache renamed into place when complete — deduce
    itself writes the cache in place, and a program closed halfway would leave half a file."""
    if (folder / _CACHE_FILE).is_file():
        try:
            return deduce.Deduce(cache_path=folder)
        except _UNREADABLE as error:
            log.warning("anonymiser cache unreadable (%s); rebuilding", type(error).__name__)
    for leftover in folder.glob("building-*"):
        # A build the program was closed during (an hour old: not another instance's).
        if time.time() - leftover.stat().st_mtime > 3600:
            shutil.rmtree(leftover, ignore_errors=True)
    building = Path(tempfile.mkdtemp(prefix="building-", dir=folder))
    try:
        started = time.perf_counter()
        model = deduce.Deduce(cache_path=building)
        (folder / _CACHE_FILE).parent.mkdir(mode=0o700, exist_ok=True)
        os.replace(building / _CACHE_FILE, folder / _CACHE_FILE)
        log.info("anonymiser cache built in %.0f s", time.perf_counter() - started)
    finally:
        shutil.rmtree(building, ignore_errors=True)
    return model


class DeduceEngine:
    """One deduce instance, built once; ``spans`` is safe to call from several threads."""

    def __init__(self, cache_dir: Path | None = None) -> None:
        self._cache_dir = cache_dir
        self._lock = threading.Lock()
        self._ready = threading.Event()
        self._model: Any = None

    def is_ready(self) -> bool:
        return self._ready.is_set()

    def warm_up(self, cache_dir: Path | None = None) -> None:
        """Build or load the model (the first time about 90 s; then about 1 s). Blocks;
        call it on a worker thread. A second caller waits for the first."""
        if self._ready.is_set():
            return
        with self._lock:
            if self._ready.is_set():
                return
            folder = cache_dir or self._cache_dir or default_cache_dir()
            folder.mkdir(mode=0o700, parents=True, exist_ok=True)
            self._model = _load(_import_deduce(), folder)
            self._ready.set()

    def spans(self, text: str) -> list[ModelSpan]:
        """What deduce marks in ``text``; the model must be ready (see ``warm_up``)."""
        if not self._ready.is_set():
            raise RuntimeError("deduce is not warmed up")
        # deidentify keeps no state between texts, but the lookup structures were not
        # written with threads in mind; a text costs milliseconds, so one at a time.
        with self._lock:
            document = self._model.deidentify(text)
        result = []
        for annotation in document.annotations:
            kind = kind_for_tag(annotation.tag)
            if kind is not None:
                result.append(ModelSpan(annotation.start_char, annotation.end_char, kind))
        return result


ENGINE = DeduceEngine()
