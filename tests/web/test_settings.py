"""Settings: production refuses to start without its environment; DATABASE_URL overrides."""

import os
import subprocess
import sys

import pytest

from scrh.web.settings.database import database_from_url

PROBE = "import django; django.setup(); from django.conf import settings; print(settings.DATABASES['default']['NAME'])"  # noqa: E501


def run_with(env: dict[str, str], module: str) -> subprocess.CompletedProcess:
    base = {
        k: v
        for k, v in os.environ.items()
        if k not in {"SECRET_KEY", "ALLOWED_HOSTS", "DATABASE_URL"}
    }
    return subprocess.run(
        [sys.executable, "-c", PROBE],
        env={**base, **env, "DJANGO_SETTINGS_MODULE": module},
        capture_output=True,
        text=True,
    )


@pytest.mark.parametrize("missing", ["SECRET_KEY", "ALLOWED_HOSTS", "DATABASE_URL"])
def test_production_refuses_to_start_without_each_required_variable(missing):
    env = {
        "SECRET_KEY": "s" * 50,
        "ALLOWED_HOSTS": "example.org",
        "DATABASE_URL": "sqlite:////tmp/x.db",
    }
    del env[missing]
    result = run_with(env, "scrh.web.settings.production")
    assert result.returncode != 0
    assert f"need the environment variable {missing}" in result.stderr


@pytest.mark.parametrize("module", ["scrh.web.settings.dev", "scrh.web.settings.production"])
def test_database_url_overrides_the_default(module, tmp_path):
    url = f"sqlite:///{tmp_path}/other.sqlite3"
    env = {"SECRET_KEY": "s" * 50, "ALLOWED_HOSTS": "example.org", "DATABASE_URL": url}
    result = run_with(env, module)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == f"{tmp_path}/other.sqlite3"


def test_sqlite_databases_use_wal_and_immediate_transactions():
    config = database_from_url("sqlite:////tmp/x.sqlite3")
    assert "journal_mode=WAL" in config["OPTIONS"]["init_command"]
    assert config["OPTIONS"]["transaction_mode"] == "IMMEDIATE"
    assert "OPTIONS" not in database_from_url("postgres://u:p@127.0.0.1:5432/db") or (
        "init_command" not in database_from_url("postgres://u:p@127.0.0.1:5432/db")["OPTIONS"]
    )
