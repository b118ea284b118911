"""Who sees which delegation: staff whose role covers every delegation see all of them; a liaison
officer sees only the delegations assigned to them (Delegation.liaison_officer), and every page that
lists or shows delegations asks here."""

from __future__ import annotations

from django.http import Http404

SEE_ALL = "delegations.view_all_delegations"


def visible(user, delegations):
    return delegations if user.has_perm(SEE_ALL) else delegations.filter(liaison_officer=user)


def check(user, delegation) -> None:
    """404 for a delegation this user may not see (not 403: its existence is not told either)."""
    if not user.has_perm(SEE_ALL) and delegation.liaison_officer_id != user.pk:
        raise Http404
