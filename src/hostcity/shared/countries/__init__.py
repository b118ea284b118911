"""Countries as the protocol office names them (names.py), with the deployment's own standard names
where they differ from CLDR's (models.py)."""
