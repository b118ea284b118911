"""Security vetting: who the vetting authority cleared, refused or let expire (rules.py), set through
a page, a list imported from the authority (imports.py) or the API; no badge for anyone not cleared,
and a refusal or an expiry revokes the person's live badges. The event's security coordination log
(coordination.py) keeps its requests to and incidents with the agencies."""
