"""The audit entry, moved from the delegations app (delegations/0008) without touching its table:
only the migration state changes, and its content type follows it."""

import django.db.models.deletion
from django.conf import settings
from django.db import migrations, models

from hostcity.shared.moved_models import content_type_moves


class Migration(migrations.Migration):
    initial = True

    dependencies = [
        ("contenttypes", "0002_remove_content_type_name"),
        ("delegations", "0008_moved_to_shared_layer"),
        migrations.swappable_dependency(settings.AUTH_USER_MODEL),
    ]

    operations = [
        migrations.SeparateDatabaseAndState(
            state_operations=[
                migrations.CreateModel(
                    name="AuditEntry",
                    fields=[
                        (
                            "id",
                            models.BigAutoField(
                                auto_created=True, primary_key=True, serialize=False, verbose_name="ID"
                            ),
                        ),
                        ("at", models.DateTimeField(auto_now_add=True, db_index=True, verbose_name="when")),
                        ("actor", models.CharField(max_length=200, verbose_name="who")),
                        ("action", models.CharField(max_length=40, verbose_name="action")),
                        ("record", models.CharField(max_length=40, verbose_name="record")),
                        ("record_id", models.PositiveBigIntegerField(verbose_name="record id")),
                        ("changes", models.JSONField(default=dict, verbose_name="changes")),
                        (
                            "user",
                            models.ForeignKey(
                                blank=True,
                                null=True,
                                on_delete=django.db.models.deletion.SET_NULL,
                                related_name="+",
                                to=settings.AUTH_USER_MODEL,
                            ),
                        ),
                        (
                            "delegation",
                            models.ForeignKey(
                                blank=True,
                                null=True,
                                on_delete=django.db.models.deletion.SET_NULL,
                                related_name="audit",
                                to="delegations.delegation",
                            ),
                        ),
                    ],
                    options={
                        "verbose_name": "audit entry",
                        "verbose_name_plural": "audit entries",
                        "ordering": ["-at", "-id"],
                        "db_table": "delegations_auditentry",
                    },
                ),
            ],
            database_operations=[],
        ),
        content_type_moves("auditentry", "delegations", "audit"),
    ]
