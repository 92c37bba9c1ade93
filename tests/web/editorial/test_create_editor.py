"""create_editor: an editor in the review groups (an administrator only when asked), and a
login file only its owner can read."""

from __future__ import annotations

import stat
import subprocess

import pytest
from django.contrib.auth import get_user_model
from django.core.management import call_command
from django.test import Client

from tests.conftest import REPO

pytestmark = pytest.mark.django_db


def test_an_editor_is_not_a_superuser_and_is_in_the_review_groups(capsys):
    call_command("create_editor", "ann", "--password", "pw-123456")
    user = get_user_model().objects.get(username="ann")
    assert not user.is_superuser and not user.is_staff
    assert set(user.groups.values_list("name", flat=True)) == {"Editors", "Moderators"}
    assert capsys.readouterr().out.strip() == "Editor login: ann / pw-123456"
    client = Client()
    assert client.login(username="ann", password="pw-123456")
    assert client.get("/admin/").status_code == 200
    assert client.get("/admin/users/").status_code in (302, 403)  # no account management


def test_superuser_only_with_the_flag(capsys):
    call_command("create_editor", "boss", "--superuser")
    assert get_user_model().objects.get(username="boss").is_superuser
    call_command("create_editor", "boss")  # reset as a plain editor
    assert not get_user_model().objects.get(username="boss").is_superuser


def test_the_login_file_is_readable_by_its_owner_only_even_if_it_existed(tmp_path):
    login = tmp_path / "editor-login.txt"
    login.write_text("old\n")
    login.chmod(0o644)
    call_command("create_editor", "cat", "--password", "pw", "--login-file", str(login))
    assert stat.S_IMODE(login.stat().st_mode) == 0o600
    assert login.read_text() == "Editor login: cat / pw\n"


def test_make_demo_writes_the_login_through_the_command_not_a_shell_redirect():
    plan = subprocess.run(
        ["make", "-n", "demo", "PYTHON=true"], cwd=REPO, capture_output=True, text=True, check=True
    ).stdout
    line = next(line for line in plan.splitlines() if "create_editor" in line)
    assert "--login-file var/editor-login.txt" in line and ">" not in line
