"""Local development: debug on (SCRH_DEBUG=false, as `make demo` sets, shows the site's own error
pages; static files are still served), a fixed development-only secret key."""

import os

from scrh.web.settings.base import *  # noqa: F403
from scrh.web.settings.email import email_backend

DEBUG = os.environ.get("SCRH_DEBUG", "true").strip().lower() not in ("false", "0", "no", "off")
SECRET_KEY = "dev-only-insecure-key-never-used-in-production"  # noqa: S105
ALLOWED_HOSTS = ["127.0.0.1", "localhost", "[::1]"]
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}
EMAIL_BACKEND = email_backend(os.environ.get("SCRH_EMAIL_BACKEND", "console"))
# Static files from the apps' folders through WhiteNoise, so they are served with DEBUG off too.
WHITENOISE_USE_FINDERS = True
WHITENOISE_AUTOREFRESH = True  # looks files up per request: no collectstatic needed
# Errors to the console even with DEBUG off (Django's default then only mails them to ADMINS).
LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "loggers": {"django.request": {"handlers": ["console"], "level": "ERROR"}},
}
