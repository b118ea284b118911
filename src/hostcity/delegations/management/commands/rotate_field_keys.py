"""Re-encrypt every encrypted field with the first key of HOSTCITY_FIELD_KEY (see encrypted.py)."""

from django.core.management.base import BaseCommand
from django.db import transaction

from hostcity.delegations.personal_data.encrypted import encrypted_fields


class Command(BaseCommand):
    help = "Re-encrypt personal data with the first key of HOSTCITY_FIELD_KEY (after adding a new key)."

    def handle(self, *args, **options):
        total = 0
        with transaction.atomic():
            for model, names in encrypted_fields():
                for record in model.objects.select_for_update().iterator():
                    record.save(update_fields=names)  # read with any key, written with the first
                    total += 1
        self.stdout.write(f"{total} records re-encrypted")
