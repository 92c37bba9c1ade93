"""Security headers on every response, and Django's deployment check under production settings."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest

from tests.conftest import REPO

PRODUCTION_ENV = {
    "DJANGO_SETTINGS_MODULE": "scrh.web.settings.production",
    "SECRET_KEY": "x7#kq-production-like-secret-key-for-the-deploy-check-0123456789abcdef",
    "ALLOWED_HOSTS": "research.example.org",
    "DATABASE_URL": "sqlite:////tmp/scrh-deploy-check.sqlite3",
}


@pytest.mark.parametrize("path", ["/", "/search/?q=pain", "/feeds/rss.xml", "/no-such-page/"])
def test_reader_pages_carry_a_strict_content_security_policy(client, published, path):
    policy = client.get(path)["Content-Security-Policy"]
    directives = dict(part.strip().split(" ", 1) for part in policy.split(";"))
    assert directives["default-src"] == "'self'"
    assert directives["script-src"] == "'self'"
    assert directives["style-src"] == "'self'"
    assert directives["frame-ancestors"] == "'none'"
    assert directives["object-src"] == "'none'"
    assert "unsafe-inline" not in policy and "unsafe-eval" not in policy


def test_reader_pages_send_referrer_permissions_and_framing_policies(client, published):
    response = client.get("/")
    assert response["Referrer-Policy"] == "same-origin"
    assert "camera=()" in response["Permissions-Policy"]
    assert "geolocation=()" in response["Permissions-Policy"]
    assert response["X-Content-Type-Options"] == "nosniff"
    assert response["X-Frame-Options"] == "DENY"


def test_editor_pages_keep_scripts_to_the_site_itself(client, published):
    policy = client.get("/admin/login/")["Content-Security-Policy"]
    assert "'self'" in policy and "frame-ancestors 'none'" in policy
    assert "http:" not in policy and "*" not in policy


def _production(code: str) -> subprocess.CompletedProcess:
    env = {**os.environ, **PRODUCTION_ENV}
    return subprocess.run(
        [sys.executable, "-c", code], env=env, cwd=REPO, capture_output=True, text=True, check=False
    )


def test_deploy_check_is_clean_under_production_settings():
    code = "from scrh.cli import main; main(['check', '--deploy', '--fail-level', 'WARNING'])"
    result = _production(code)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "no issues" in result.stdout


def test_production_sets_hsts_and_secure_cookies():
    code = (
        "import django; django.setup(); from django.conf import settings as s;"
        "print(s.SECURE_HSTS_SECONDS, s.SESSION_COOKIE_SECURE, s.CSRF_COOKIE_SECURE,"
        " s.SESSION_COOKIE_HTTPONLY, s.SECURE_SSL_REDIRECT, s.DEBUG)"
    )
    result = _production(code)
    assert result.stdout.split() == ["31536000", "True", "True", "True", "True", "False"]


def test_production_refuses_to_start_without_a_secret_key():
    env = {**os.environ, **PRODUCTION_ENV, "SECRET_KEY": ""}
    result = subprocess.run(
        [sys.executable, "-c", "import django; django.setup()"],
        env=env,
        cwd=REPO,
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode != 0
    assert "SECRET_KEY" in result.stderr
