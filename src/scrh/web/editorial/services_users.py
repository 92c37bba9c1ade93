"""Writes on editor accounts."""

from __future__ import annotations

from django.contrib.auth import get_user_model
from django.contrib.auth.models import AbstractBaseUser, Group

from scrh.web.editorial.workflow import EDITORS, MODERATORS


def editor_ensure(*, username: str, password: str, superuser: bool = False) -> AbstractBaseUser:
    """An active editor in the Editors and Moderators groups, with this password.

    The groups give what an editor needs (the editor, review, reports, saved searches); an
    administrator (`superuser`) can also manage accounts, settings and login lockouts.
    """
    user, _created = get_user_model().objects.get_or_create(username=username)
    user.is_staff = superuser
    user.is_superuser = superuser
    user.is_active = True
    user.set_password(password)
    user.save()
    user.groups.add(*Group.objects.filter(name__in=[EDITORS, MODERATORS]))
    return user
