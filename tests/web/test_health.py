import pytest


@pytest.mark.django_db
def test_healthz_names_the_engine_and_migrations(client):
    from django.db import connection

    response = client.get("/healthz")
    assert response.status_code == 200
    assert response.json() == {
        "status": "ok",
        "database": {"engine": connection.vendor, "reachable": True},
        "migrations": {"applied": True, "pending": 0},
    }


@pytest.mark.django_db
def test_login_page_and_password_validation(client):
    from django.contrib.auth.password_validation import validate_password
    from django.core.exceptions import ValidationError

    assert client.get("/accounts/login/").status_code == 200
    with pytest.raises(ValidationError):
        validate_password("12345678")


@pytest.mark.django_db
def test_healthz_loads_the_migrations_until_they_are_all_applied(client, monkeypatch):
    from hostcity.web import health

    monkeypatch.setattr(health, "_all_applied", False)
    assert client.get("/healthz").status_code == 200

    def no_more(*args):
        raise AssertionError("the migration graph was loaded again")

    monkeypatch.setattr(health, "MigrationExecutor", no_more)
    assert client.get("/healthz").json()["migrations"] == {"applied": True, "pending": 0}

    def unreachable():
        raise OSError("connection refused")

    monkeypatch.setattr(health.connection, "cursor", unreachable)
    answer = client.get("/healthz")
    assert answer.status_code == 503 and answer.json()["database"]["reachable"] is False
