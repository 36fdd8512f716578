"""The "Verbetervoorstellen" screen: the annex-1 forms (Formulieren) and the improvement
proposals (Verbetervoorstellen), each tab shown to who may use it."""

from __future__ import annotations

from datetime import date

from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QTabWidget, QWidget

from app.db import Database
from app.services.permissions import CurrentUser, Permission
from app.ui.learning.forms_tab import FormsTab
from app.ui.learning.proposals_tab import ProposalsTab
from app.ui.pages import add_refusal, page_layout


def can_see_forms(user: CurrentUser) -> bool:
    return user.can(Permission.VIEW_ALL_COMPLAINTS) or user.can(Permission.HANDLE_COMPLAINT)


def can_see_proposals(user: CurrentUser) -> bool:
    return user.can(Permission.MANAGE_PROPOSALS) or user.can(Permission.DECIDE_PROPOSALS)


def can_open_learning(user: CurrentUser) -> bool:
    return can_see_forms(user) or can_see_proposals(user)


class LearningPage(QWidget):
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
        self.forms_tab: FormsTab | None = None
        self.proposals_tab: ProposalsTab | None = None

        layout = page_layout(self, self.tr("Verbetervoorstellen"))
        if not can_open_learning(user):
            self.refusal_label = add_refusal(
                layout,
                self.tr(
                    "Verbetervoorstellen worden beheerd door de klachtcoördinator en besloten "
                    "door het MT. Hebt u dit scherm nodig voor uw werk, vraag dan de beheerder "
                    "om de juiste rol."
                ),
            )
            return

        self.tabs = QTabWidget()
        self.tabs.setDocumentMode(True)
        if can_see_forms(user):
            self.forms_tab = FormsTab(db, user)
            self.tabs.addTab(self.forms_tab, self.tr("Formulieren"))
        if can_see_proposals(user):
            self.proposals_tab = ProposalsTab(db, user, today=today)
            self.tabs.addTab(self.proposals_tab, self.tr("Verbetervoorstellen"))
        layout.addWidget(self.tabs, 1)
        if self.forms_tab is not None:
            self.forms_tab.proposal_created.connect(self.show_proposal)

    def show_proposal(self, proposal_id: int) -> None:
        """Switch to the proposals tab with this proposal chosen (after converting)."""
        if self.proposals_tab is None:
            return
        self.tabs.setCurrentWidget(self.proposals_tab)
        self.proposals_tab.select_proposal(proposal_id)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.refresh()

    @property
    def loading(self) -> bool:
        """Whether a list of this screen is still being read."""
        return any(tab is not None and tab.loading for tab in (self.forms_tab, self.proposals_tab))

    def refresh(self) -> None:
        """Read the lists again (forms sent or proposals changed elsewhere)."""
        if self.forms_tab is not None:
            self.forms_tab.refresh()
        if self.proposals_tab is not None and not self.proposals_tab.editor.dirty:
            self.proposals_tab.refresh()
