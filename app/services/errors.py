"""Errors a service raises for people to read (Dutch source strings, translatable)."""

from __future__ import annotations


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


class ConcurrentEditError(ServiceError):
    """A change made on an out-of-date copy: someone else saved in between."""

    DEFAULT_MESSAGE = (
        "Iemand anders heeft deze gegevens intussen gewijzigd. Sluit het venster en open "
        "het opnieuw om de nieuwste versie te zien; uw wijziging is niet opgeslagen."
    )

    def __init__(self, message: str | None = None) -> None:
        super().__init__(message or self.DEFAULT_MESSAGE)
