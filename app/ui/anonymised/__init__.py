"""The anonymised register: readable by all staff; its summaries approved by the coordinator."""
