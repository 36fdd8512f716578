"""reportlab builders: letters, cards, forms and reports. No Qt here."""
