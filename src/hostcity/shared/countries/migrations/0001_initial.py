"""The country names, moved from the delegations app (delegations/0008) without touching their
table: only the migration state changes, and the content type follows the model."""

from django.db import migrations, models

from hostcity.shared.moved_models import content_type_moves


class Migration(migrations.Migration):
    initial = True

    dependencies = [
        ("contenttypes", "0002_remove_content_type_name"),
        ("delegations", "0008_moved_to_shared_layer"),
    ]

    operations = [
        migrations.SeparateDatabaseAndState(
            state_operations=[
                migrations.CreateModel(
                    name="CountryName",
                    fields=[
                        (
                            "id",
                            models.BigAutoField(
                                auto_created=True, primary_key=True, serialize=False, verbose_name="ID"
                            ),
                        ),
                        (
                            "code",
                            models.CharField(max_length=3, unique=True, verbose_name="ISO 3166 alpha-3"),
                        ),
                        (
                            "name_en",
                            models.CharField(blank=True, max_length=120, verbose_name="name (English)"),
                        ),
                        (
                            "name_zh",
                            models.CharField(blank=True, max_length=120, verbose_name="name (Chinese)"),
                        ),
                    ],
                    options={
                        "verbose_name": "country name",
                        "verbose_name_plural": "country names",
                        "db_table": "delegations_countryname",
                    },
                ),
            ],
            database_operations=[],
        ),
        content_type_moves("countryname", "delegations", "countries"),
    ]
