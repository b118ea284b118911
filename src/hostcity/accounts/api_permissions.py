from rest_framework.permissions import BasePermission, DjangoModelPermissions


class ModelPermissions(DjangoModelPermissions):
    """DRF's model permissions, with reading guarded by the view permission as on the pages."""

    perms_map = {
        **DjangoModelPermissions.perms_map,
        "GET": ["%(app_label)s.view_%(model_name)s"],
        "HEAD": ["%(app_label)s.view_%(model_name)s"],
        "OPTIONS": ["%(app_label)s.view_%(model_name)s"],
    }


def holding(*permissions: str) -> type[BasePermission]:
    """A permission class for endpoints guarded as a page is: the user holds every one of
    `permissions` (read-only endpoints whose model's own view permission no role carries)."""

    class Holding(BasePermission):
        def has_permission(self, request, view) -> bool:
            return bool(
                request.user and request.user.is_authenticated and request.user.has_perms(permissions)
            )

    Holding.__name__ = f"Holding({', '.join(permissions)})"
    return Holding
