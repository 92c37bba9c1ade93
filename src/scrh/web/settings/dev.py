"""Local development: debug on, a fixed development-only secret key."""

import os

from scrh.web.settings.base import *  # noqa: F403
from scrh.web.settings.email import email_backend

DEBUG = True
SECRET_KEY = "dev-only-insecure-key-never-used-in-production"  # noqa: S105
ALLOWED_HOSTS = ["127.0.0.1", "localhost", "[::1]"]
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}
EMAIL_BACKEND = email_backend(os.environ.get("SCRH_EMAIL_BACKEND", "console"))
