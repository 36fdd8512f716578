"""The learning screens: the annex-1 form and improvement proposals."""
