"""The page "Geanonimiseerd register": the register for everyone; for the coordinator a
second tab to approve the summaries."""

from __future__ import annotations

from PySide6.QtWidgets import QTabWidget, QWidget

from app.db import Database
from app.services.permissions import CurrentUser, Permission
from app.ui.anonymised.approval_tab import ApprovalTab
from app.ui.anonymised.register_tab import AnonymisedRegisterTab
from app.ui.pages import add_refusal, page_layout


def can_view_anonymised(user: CurrentUser) -> bool:
    return user.can(Permission.VIEW_ANONYMISED_REGISTER)


class AnonymisedRegisterPage(QWidget):
    def __init__(self, db: Database, user: CurrentUser, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = page_layout(self, self.tr("Geanonimiseerd register"))
        self.register_tab: AnonymisedRegisterTab | None = None
        self.approval_tab: ApprovalTab | None = None
        if not can_view_anonymised(user):
            add_refusal(layout, self.tr("U mag het geanonimiseerde register niet inzien."))
            return
        self.register_tab = AnonymisedRegisterTab(db, user)
        if not user.can(Permission.APPROVE_PUBLIC_SUMMARIES):
            layout.addWidget(self.register_tab, 1)
            return
        self.tabs = QTabWidget()
        self.tabs.addTab(self.register_tab, self.tr("Register"))
        self.approval_tab = ApprovalTab(db, user)
        self.tabs.addTab(self.approval_tab, self.tr("Samenvattingen goedkeuren"))
        layout.addWidget(self.tabs, 1)

    def show_approval(self) -> None:
        """The approval tab, refreshed (from Vandaag)."""
        if self.approval_tab is not None:
            self.tabs.setCurrentWidget(self.approval_tab)
            self.approval_tab.refresh()
