"""On PostgreSQL the database itself refuses double bookings and bookings in closures.

- `booking_no_overlap`: an exclusion constraint (btree_gist) — no two live bookings of one room
  share a moment.
- `booking_not_in_closure` / `closure_not_over_bookings`: triggers, since a rule across two tables
  cannot be a constraint.

Other databases rely on the booking domain function, which runs the same checks in a transaction.
"""

from django.db import migrations


class PostgresOnlySQL(migrations.RunSQL):
    def database_forwards(self, app_label, schema_editor, from_state, to_state):
        if schema_editor.connection.vendor == "postgresql":
            super().database_forwards(app_label, schema_editor, from_state, to_state)

    def database_backwards(self, app_label, schema_editor, from_state, to_state):
        if schema_editor.connection.vendor == "postgresql":
            super().database_backwards(app_label, schema_editor, from_state, to_state)


FORWARD = r"""
CREATE EXTENSION IF NOT EXISTS btree_gist;

ALTER TABLE venues_booking ADD CONSTRAINT booking_no_overlap
    EXCLUDE USING gist (room_id WITH =, tstzrange("start", "end", '[)') WITH &&)
    WHERE (status <> 'cancelled');

CREATE FUNCTION hostcity_booking_not_in_closure() RETURNS trigger AS $$
BEGIN
    IF NEW.status <> 'cancelled' AND EXISTS (
        SELECT 1 FROM venues_closure c JOIN venues_room r ON r.id = NEW.room_id
        WHERE (c.room_id = NEW.room_id OR c.venue_id = r.venue_id)
          AND c."start" < NEW."end" AND c."end" > NEW."start"
    ) THEN
        RAISE EXCEPTION 'booking_in_closure: room % is closed during % - %', NEW.room_id, NEW."start", NEW."end"
            USING ERRCODE = '23P01';
    END IF;
    RETURN NEW;
END
$$ LANGUAGE plpgsql;

CREATE TRIGGER booking_not_in_closure BEFORE INSERT OR UPDATE ON venues_booking
    FOR EACH ROW EXECUTE FUNCTION hostcity_booking_not_in_closure();

CREATE FUNCTION hostcity_closure_not_over_bookings() RETURNS trigger AS $$
BEGIN
    IF EXISTS (
        SELECT 1 FROM venues_booking b JOIN venues_room r ON r.id = b.room_id
        WHERE b.status <> 'cancelled'
          AND (r.id = NEW.room_id OR r.venue_id = NEW.venue_id)
          AND b."start" < NEW."end" AND b."end" > NEW."start"
    ) THEN
        RAISE EXCEPTION 'closure_over_bookings: live bookings fall in % - %', NEW."start", NEW."end"
            USING ERRCODE = '23P01';
    END IF;
    RETURN NEW;
END
$$ LANGUAGE plpgsql;

CREATE TRIGGER closure_not_over_bookings BEFORE INSERT OR UPDATE ON venues_closure
    FOR EACH ROW EXECUTE FUNCTION hostcity_closure_not_over_bookings();
"""

BACKWARD = r"""
DROP TRIGGER IF EXISTS closure_not_over_bookings ON venues_closure;
DROP FUNCTION IF EXISTS hostcity_closure_not_over_bookings();
DROP TRIGGER IF EXISTS booking_not_in_closure ON venues_booking;
DROP FUNCTION IF EXISTS hostcity_booking_not_in_closure();
ALTER TABLE venues_booking DROP CONSTRAINT IF EXISTS booking_no_overlap;
"""


class Migration(migrations.Migration):
    dependencies = [("venues", "0001_initial")]
    operations = [PostgresOnlySQL(FORWARD, BACKWARD)]
