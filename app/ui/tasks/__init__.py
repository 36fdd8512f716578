"""Vandaag: what needs attention today, grouped, most urgent first."""
