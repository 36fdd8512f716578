"""Dutch formats for the reports: "1.234", "12,5%", "+3 (+12,5%)", "23 november 2026"."""

from __future__ import annotations

from datetime import date, datetime

MONTHS = (
    "januari",
    "februari",
    "maart",
    "april",
    "mei",
    "juni",
    "juli",
    "augustus",
    "september",
    "oktober",
    "november",
    "december",
)
SHORT_MONTHS = ("jan", "feb", "mrt", "apr", "mei", "jun", "jul", "aug", "sep", "okt", "nov", "dec")


# ----- Dutch formats ----------------------------------------------------------------------


def number(value: int) -> str:
    """``1234`` → ``1.234``; negative numbers with a hyphen-minus."""
    return f"{value:,}".replace(",", ".")


def decimal(value: float, digits: int = 1) -> str:
    """``12.5`` → ``12,5`` (thousands grouped with points)."""
    text = f"{value:,.{digits}f}"
    return text.replace(",", "\x00").replace(".", ",").replace("\x00", ".")


def percent(value: float | None, digits: int = 1) -> str:
    """``12.5`` → ``12,5%``; None → ``–``."""
    return "–" if value is None else f"{decimal(value, digits)}%"


def share(part: int, whole: int) -> str:
    """``3 van 4 (75,0%)``; ``0 van 0`` without a percentage."""
    if whole == 0:
        return "0 van 0"
    return f"{number(part)} van {number(whole)} ({percent(100.0 * part / whole)})"


def signed(value: int) -> str:
    return f"+{number(value)}" if value > 0 else number(value)


def change_text(current: int, previous: int) -> str:
    """The change from ``previous`` to ``current``: ``+3 (+12,5%)``, ``-2 (-10,0%)``,
    ``0 (0,0%)``; without a percentage when the previous figure was 0 (``+3``)."""
    difference = current - previous
    if previous == 0:
        return signed(difference)
    ratio = 100.0 * difference / previous
    sign = "+" if ratio > 0 else ""
    return f"{signed(difference)} ({sign}{decimal(ratio)}%)"


def long_date(day: date) -> str:
    """``23 november 2026``."""
    return f"{day.day} {MONTHS[day.month - 1]} {day.year}"


def short_date(day: date | None) -> str:
    """``23-11-2026``; None → empty."""
    return "" if day is None else f"{day.day:02d}-{day.month:02d}-{day.year}"


def date_time(moment: datetime | None) -> str:
    """``23-11-2026 14:05`` in local time; None → empty."""
    if moment is None:
        return ""
    local = moment.astimezone() if moment.tzinfo is not None else moment
    return f"{short_date(local.date())} {local:%H:%M}"


def period_text(start: date, end: date) -> str:
    """``1 januari – 31 maart 2026`` (the year once when both dates share it)."""
    if start.year == end.year:
        return f"{start.day} {MONTHS[start.month - 1]} – {long_date(end)}"
    return f"{long_date(start)} – {long_date(end)}"


def file_size(size: int) -> str:
    """``512 bytes``, ``12,3 kB``, ``4,5 MB``."""
    if size < 1024:
        return f"{number(size)} bytes"
    if size < 1024 * 1024:
        return f"{decimal(size / 1024)} kB"
    return f"{decimal(size / (1024 * 1024))} MB"
