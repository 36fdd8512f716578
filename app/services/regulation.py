"""The regulation profile (the terms of the complaint regulation) and the office's extra
closing days. A changed profile applies to complaints registered after the change: each
complaint keeps the profile it was registered under."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import select

from app.models import ClosingDay, RegulationProfile
from app.services.access import harmless, requires
from app.services.base import Service
from app.services.deadlines import CLOSING_DAY_REASON, active_profile, recompute_contact_terms
from app.services.errors import NotFound, ValidationError
from app.services.permissions import Permission
from app.services.validation import Checker, TextField, column_limit

PROFILE_NAME = TextField("Naam", column_limit(RegulationProfile.name))
OMBUDSMAN_NAME = TextField("Ombudsman", column_limit(RegulationProfile.ombudsman_name))
SIGNER_NAME = TextField("Ondertekenaar", column_limit(RegulationProfile.signer_name))
SIGNER_FUNCTION = TextField("Functie", column_limit(RegulationProfile.signer_function))
CLOSING_DAY_DESCRIPTION = TextField("Omschrijving", column_limit(ClosingDay.description))


@dataclass(frozen=True)
class ProfileData:
    name: str
    contact_working_days: int = 5
    decision_weeks: int = 6
    extension_max_weeks: int = 4
    decline_notice_weeks: int = 4
    delay_notice_week: int = 2
    ombudsman_name: str = "de Nationale ombudsman"
    ombudsman_term_weeks: int = 52
    # Who signs the decision letter (head of the unit or director); None: the handler.
    signer_name: str | None = None
    signer_function: str | None = None


@dataclass(frozen=True)
class ClosingDayData:
    day: date
    description: str


# (field, smallest, largest, Dutch name)
_LIMITS = (
    ("contact_working_days", 1, 30, "De contacttermijn"),
    ("decision_weeks", 1, 26, "De beslistermijn"),
    ("extension_max_weeks", 0, 26, "De verdaging"),
    ("decline_notice_weeks", 1, 26, "De termijn voor bericht van niet-behandelen"),
    ("delay_notice_week", 1, 26, "De week van het uitstelbericht"),
    ("ombudsman_term_weeks", 1, 104, "De termijn voor de ombudsman"),
)


class RegulationService(Service):
    @harmless("reference data: the terms of the complaint regulation")
    def profile(self) -> ProfileData:
        with self.reading() as session:
            current = active_profile(session)
            return ProfileData(
                name=current.name,
                contact_working_days=current.contact_working_days,
                decision_weeks=current.decision_weeks,
                extension_max_weeks=current.extension_max_weeks,
                decline_notice_weeks=current.decline_notice_weeks,
                delay_notice_week=current.delay_notice_week,
                ombudsman_name=current.ombudsman_name,
                ombudsman_term_weeks=current.ombudsman_term_weeks,
                signer_name=current.signer_name,
                signer_function=current.signer_function,
            )

    @requires(Permission.MANAGE_SETTINGS)
    def change_profile(self, data: ProfileData) -> int:
        """Store the changed terms as a new active profile; returns its id."""
        checker = Checker()
        name = checker.text("name", data.name, PROFILE_NAME, "Geef het profiel een naam.")
        ombudsman = checker.text(
            "ombudsman_name",
            data.ombudsman_name,
            OMBUDSMAN_NAME,
            "Vul in naar welke ombudsman de klager kan gaan.",
        )
        signer_name = checker.text("signer_name", data.signer_name, SIGNER_NAME)
        signer_function = checker.text("signer_function", data.signer_function, SIGNER_FUNCTION)
        if signer_function and not signer_name:
            checker.fail("signer_name", "Vul ook de naam in van wie ondertekent.")
        for field, low, high, what in _LIMITS:
            value = getattr(data, field)
            if not isinstance(value, int) or not low <= value <= high:
                checker.fail(field, f"{what} ligt tussen {low} en {high}.")
        checker.raise_if_any()
        with self.writing(Permission.MANAGE_SETTINGS, reason="klachtregeling gewijzigd") as s:
            for old in s.scalars(select(RegulationProfile).where(RegulationProfile.active)):
                old.active = False
            s.flush()
            profile = RegulationProfile(
                name=name,
                ombudsman_name=ombudsman,
                signer_name=signer_name,
                signer_function=signer_function,
                active=True,
                **{field: getattr(data, field) for field, *_rest in _LIMITS},
            )
            s.add(profile)
            s.flush()
            return profile.id

    @harmless("reference data: the days the office is closed")
    def closing_days(self) -> list[ClosingDayData]:
        with self.reading() as session:
            return [
                ClosingDayData(d.day, d.description)
                for d in session.scalars(select(ClosingDay).order_by(ClosingDay.day))
            ]

    @requires(Permission.MANAGE_SETTINGS)
    def add_closing_day(self, day: date, description: str) -> None:
        checker = Checker()
        text = checker.text(
            "description",
            description,
            CLOSING_DAY_DESCRIPTION,
            "Geef een omschrijving, bijvoorbeeld 'brugdag'.",
        )
        checker.day("day", day, "De sluitingsdag")
        if day.weekday() >= 5:
            checker.fail("day", "Dit is al een weekenddag.")
        checker.raise_if_any()
        with self.writing(Permission.MANAGE_SETTINGS, reason=CLOSING_DAY_REASON) as session:
            if session.get(ClosingDay, day) is not None:
                raise ValidationError({"day": "Deze dag staat er al in."})
            session.add(ClosingDay(day=day, description=text))
            session.flush()
            recompute_contact_terms(session, day)

    @requires(Permission.MANAGE_SETTINGS)
    def remove_closing_day(self, day: date) -> None:
        with self.writing(Permission.MANAGE_SETTINGS, reason=CLOSING_DAY_REASON) as session:
            row = session.get(ClosingDay, day)
            if row is None:
                raise NotFound("Deze sluitingsdag bestaat niet (meer).")
            session.delete(row)
            session.flush()
            recompute_contact_terms(session, day)
