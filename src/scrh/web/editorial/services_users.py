"""Writes on editor accounts."""

from __future__ import annotations

from django.contrib.auth import get_user_model
from django.contrib.auth.models import AbstractBaseUser, Group

from scrh.web.editorial.workflow import EDITORS, MODERATORS


def editor_ensure(*, username: str, password: str) -> AbstractBaseUser:
    """An active staff superuser in the Editors and Moderators groups, with this password."""
    user, _created = get_user_model().objects.get_or_create(username=username)
    user.is_staff = True
    user.is_superuser = True
    user.is_active = True
    user.set_password(password)
    user.save()
    user.groups.add(*Group.objects.filter(name__in=[EDITORS, MODERATORS]))
    return user
