"""The handling of a complaint: the Behandeling and Brieven tabs and their dialogs."""
