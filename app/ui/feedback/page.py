"""The "Feedbackkaarten" screen (annex 2): sending the green and red cards, registering the
cards that come back, and the overview of how many came back."""

from __future__ import annotations

from datetime import date

from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QTabWidget, QWidget

from app.db import Database
from app.services.permissions import CurrentUser, Permission
from app.ui.feedback.overview_tab import CardOverviewTab
from app.ui.feedback.return_tab import ReturnedCardsTab
from app.ui.feedback.send_tab import SendCardsTab
from app.ui.pages import add_refusal, page_layout


def can_send_cards(user: CurrentUser) -> bool:
    return user.can(Permission.SEND_CARDS)


def can_register_cards(user: CurrentUser) -> bool:
    return user.can(Permission.REGISTER_RETURNED_CARDS)


def can_see_card_overview(user: CurrentUser) -> bool:
    return user.can(Permission.VIEW_REPORTS) or user.can(Permission.REGISTER_RETURNED_CARDS)


def can_open_feedback(user: CurrentUser) -> bool:
    return can_send_cards(user) or can_register_cards(user) or can_see_card_overview(user)


class FeedbackPage(QWidget):
    """Three tabs, each shown to who may use it; others get a friendly text."""

    def __init__(
        self,
        db: Database,
        user: CurrentUser,
        parent: QWidget | None = None,
        *,
        today: date | None = None,
    ) -> None:
        super().__init__(parent)
        self.db = db
        self.user = user
        self.send_tab: SendCardsTab | None = None
        self.return_tab: ReturnedCardsTab | None = None
        self.overview_tab: CardOverviewTab | None = None

        layout = page_layout(self, self.tr("Feedbackkaarten"))
        if not can_open_feedback(user):
            self.refusal_label = add_refusal(
                layout,
                self.tr(
                    "De feedbackkaarten worden verstuurd door het secretariaat en geregistreerd "
                    "door de klachtcoördinator. Hebt u dit scherm nodig voor uw werk, vraag dan "
                    "de beheerder om de juiste rol."
                ),
            )
            return

        self.tabs = QTabWidget()
        self.tabs.setDocumentMode(True)
        if can_send_cards(user):
            self.send_tab = SendCardsTab(db, user, today=today)
            self.tabs.addTab(self.send_tab, self.tr("Kaarten versturen"))
        if can_register_cards(user):
            self.return_tab = ReturnedCardsTab(db, user, today=today)
            self.tabs.addTab(self.return_tab, self.tr("Teruggekomen kaarten"))
        if can_see_card_overview(user):
            self.overview_tab = CardOverviewTab(db, user, today=today)
            self.tabs.addTab(self.overview_tab, self.tr("Overzicht"))
        layout.addWidget(self.tabs, 1)

        if self.send_tab is not None and self.overview_tab is not None:
            self.send_tab.sent.connect(self.overview_tab.refresh)
        if self.return_tab is not None and self.overview_tab is not None:
            self.return_tab.changed.connect(self.overview_tab.refresh)
        self.tabs.currentChanged.connect(self._tab_changed)

    def _tab_changed(self, _index: int) -> None:
        self.refresh()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.refresh()

    def refresh(self) -> None:
        """Read the shown tab's data again (complaints closed meanwhile get their cards)."""
        if not hasattr(self, "tabs"):
            return
        current = self.tabs.currentWidget()
        if current is self.send_tab and self.send_tab is not None and self.send_tab.job is None:
            self.send_tab.refresh()
        elif current is self.overview_tab and self.overview_tab is not None:
            self.overview_tab.refresh()
