"""Admin sign-in is throttled per account and per address (django-axes), on both admin sites,
and lockouts are visible to administrators."""

from __future__ import annotations

import pytest
from axes.models import AccessAttempt
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.test import Client

LOGIN_PAGES = ("/admin/login/", "/django-admin/login/")


@pytest.fixture
def admin_user(db):
    return get_user_model().objects.create_user(
        "chief", password="right-password", is_staff=True, is_superuser=True
    )


def attempt(path: str, username: str, password: str, address: str = "203.0.113.5") -> int:
    client = Client(REMOTE_ADDR=address)
    return client.post(path, {"username": username, "password": password}).status_code


@pytest.mark.parametrize("path", LOGIN_PAGES)
def test_twenty_wrong_passwords_lock_the_account_and_the_right_one_then_fails(admin_user, path):
    statuses = [attempt(path, "chief", f"guess-{n}") for n in range(20)]
    assert statuses[:4] == [200] * 4  # the form again, with its error
    assert set(statuses[5:]) == {429}
    assert attempt(path, "chief", "right-password") == 429
    assert attempt(path, "chief", "right-password", address="198.51.100.7") == 429


def test_one_address_trying_many_accounts_is_locked_out(admin_user):
    for n in range(6):
        attempt("/admin/login/", f"user-{n}", "guess", address="192.0.2.9")
    assert attempt("/admin/login/", "chief", "right-password", address="192.0.2.9") == 429
    assert attempt("/admin/login/", "chief", "right-password", address="192.0.2.10") == 302


def test_a_success_before_the_limit_resets_the_count(admin_user):
    for _ in range(3):
        attempt("/admin/login/", "chief", "guess")
    assert attempt("/admin/login/", "chief", "right-password") == 302
    assert not AccessAttempt.objects.filter(username="chief").exists()


def test_lockouts_are_listed_for_administrators(admin_user):
    for n in range(6):
        attempt("/admin/login/", "chief", f"guess-{n}")
    administrator = get_user_model().objects.create_user(
        "deputy", password="x", is_staff=True, is_superuser=True
    )
    client = Client()
    client.force_login(administrator)
    menu = client.get("/admin/").content.decode()
    assert "Login lockouts" in menu
    listing = client.get("/django-admin/axes/accessattempt/").content.decode()
    assert "chief" in listing and "203.0.113.5" in listing
    editor = get_user_model().objects.create_user("plain", password="x")
    editor.groups.add(*Group.objects.filter(name__in=["Editors", "Moderators"]))
    client.force_login(editor)
    dashboard = client.get("/admin/")
    assert dashboard.status_code == 200 and "Login lockouts" not in dashboard.content.decode()
