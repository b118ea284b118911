"""The audit trail and the country names move to the shared layer (apps `audit` and `countries`):
the models leave this app's state here and enter theirs in audit/0001 and countries/0001; their
tables, delegations_auditentry and delegations_countryname, and every row stay."""

from django.db import migrations


class Migration(migrations.Migration):
    dependencies = [
        ("delegations", "0007_focal_link_expiry_and_revocation"),
    ]

    operations = [
        migrations.SeparateDatabaseAndState(
            state_operations=[
                migrations.DeleteModel(name="AuditEntry"),
                migrations.DeleteModel(name="CountryName"),
            ],
            database_operations=[],
        ),
    ]
