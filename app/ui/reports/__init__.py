"""The Rapportages screen (quarterly, annual, weekly and dossier PDFs) and the coordinator's
Dashboard."""

from app.ui.reports.dashboard_page import DashboardPage
from app.ui.reports.reports_page import ReportsPage

__all__ = ["DashboardPage", "ReportsPage"]
