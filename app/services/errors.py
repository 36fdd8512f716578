"""Errors a service raises for people to read (Dutch source strings, translatable)."""

from __future__ import annotations

from app.cancelled import Cancelled as Cancelled


class ServiceError(Exception):
    """An error with a message fit for the user (Dutch source string)."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


class ValidationError(ServiceError):
    """Input refused; ``errors`` maps a field name to its message (shown beside the field)."""

    def __init__(self, errors: dict[str, str]) -> None:
        super().__init__("Controleer de gemarkeerde velden.")
        self.errors = dict(errors)


class PermissionDenied(ServiceError):
    pass


class NotFound(ServiceError):
    pass


class DatabaseAccessDenied(PermissionDenied):
    """The database server refused to read or write something for this login (on
    PostgreSQL, the rights of ``interne-klachten database roles``), where the program
    itself did not refuse first. Nothing of the action was saved."""

    MESSAGE = "U hebt geen toegang tot deze gegevens in de database."

    def __init__(self) -> None:
        super().__init__(self.MESSAGE)


class ConcurrentEditError(ServiceError):
    """A change made on an out-of-date copy: someone else saved in between."""

    DEFAULT_MESSAGE = (
        "Iemand anders heeft deze gegevens intussen gewijzigd. Sluit het venster en open "
        "het opnieuw om de nieuwste versie te zien; uw wijziging is niet opgeslagen."
    )

    def __init__(self, message: str | None = None) -> None:
        super().__init__(message or self.DEFAULT_MESSAGE)


class StorageError(ServiceError):
    """The database could not be read or written (full disk, read-only, server gone, …);
    ``kind`` is an ``app.storage_errors.StorageFault``. Nothing of the action was saved."""

    def __init__(self, message: str, kind: str) -> None:
        super().__init__(message)
        self.kind = kind


class DatabaseBusyError(StorageError):
    """Someone else held the write lock for longer than a writer waits."""

    MESSAGE = (
        "De database is bezet door een andere gebruiker of een lange bewerking (bijvoorbeeld "
        "een import). Uw invoer is bewaard; probeer het zo opnieuw."
    )

    def __init__(self) -> None:
        super().__init__(self.MESSAGE, "busy")


# One exception for every stopped operation (import, export, report); the old name stays
# for the import's callers.
ImportCancelled = Cancelled
