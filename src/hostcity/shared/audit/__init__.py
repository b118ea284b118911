"""The audit trail: every change to a record that matters is kept with who made it and what changed."""
