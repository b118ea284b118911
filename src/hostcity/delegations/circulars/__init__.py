"""Circulars and reminders to the focal points and liaison officers of delegations: written once in
both languages with placeholders (messages.py), sent by the worker with a record per recipient
(sending.py), and reminders of what a delegation still owes (owed.py)."""
