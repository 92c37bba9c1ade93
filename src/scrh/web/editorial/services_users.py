"""Writes on editor accounts."""

from __future__ import annotations

from django.contrib.auth import get_user_model
from django.contrib.auth.models import AbstractBaseUser


def editor_ensure(*, username: str, password: str) -> AbstractBaseUser:
    """An active staff superuser called `username` whose password is now `password`."""
    user, _created = get_user_model().objects.get_or_create(username=username)
    user.is_staff = True
    user.is_superuser = True
    user.is_active = True
    user.set_password(password)
    user.save()
    return user
