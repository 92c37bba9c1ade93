"""Settings shared by every environment."""

from __future__ import annotations

import os
from pathlib import Path

from csp.constants import NONE, SELF

from scrh.web.settings.database import database_from_url, default_sqlite_url
from scrh.web.settings.services import TASKS_APPS, cache_from_url, rq_queues, tasks_backend

WEB_DIR = Path(__file__).resolve().parent.parent
VAR_DIR = Path(os.environ.get("SCRH_VAR_DIR", Path.cwd() / "var")).resolve()

INSTALLED_APPS = [
    "scrh.web.research",
    "scrh.web.editorial",
    "scrh.web.readers",
    "scrh.web.operations",
    "wagtail.contrib.settings",
    "wagtail.contrib.sitemaps",
    "wagtail.contrib.redirects",
    "wagtail.sites",
    "wagtail.users",
    "wagtail.snippets",
    "wagtail.documents",
    "wagtail.images",
    "wagtail.search",
    "wagtail.admin",
    "wagtail",
    "modelcluster",
    "taggit",
    "django_filters",
    "django_tasks",
    "django_tasks_db",
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django.contrib.sitemaps",
    "csp",
    "axes",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "scrh.web.operations.security.SiteCSPMiddleware",
    "scrh.web.operations.security.PermissionsPolicyMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "scrh.web.research.cache.AnonymousPageCacheMiddleware",
    "django.middleware.common.CommonMiddleware",
    "scrh.web.operations.parameters.RouteParameterMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "wagtail.contrib.redirects.middleware.RedirectMiddleware",
    "axes.middleware.AxesMiddleware",
]

ROOT_URLCONF = "scrh.web.urls"
WSGI_APPLICATION = "scrh.web.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [WEB_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.debug",
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "scrh.web.research.context_processors.site_navigation",
            ],
        },
    },
]

DATABASES = {
    "default": database_from_url(
        os.environ.get("DATABASE_URL") or default_sqlite_url(VAR_DIR),
    )
}
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

LANGUAGE_CODE = "en-us"
TIME_ZONE = "UTC"
USE_I18N = True
USE_TZ = True

STATIC_URL = "/static/"
STATIC_ROOT = VAR_DIR / "static"
STATICFILES_DIRS = [WEB_DIR / "static"]
MEDIA_ROOT = VAR_DIR / "media"
MEDIA_URL = "/media/"
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"},
}
DATA_UPLOAD_MAX_NUMBER_FIELDS = 10_000

# Background work (saved searches, digests): the database backend, run by `scrh db_worker`.
# SCRH_TASKS_BACKEND=immediate runs each task inline (no worker); =rq puts tasks on Redis for
# `scrh rqworker` (django-tasks' RQ backend, queue at SCRH_RQ_URL).
SCRH_TASKS = os.environ.get("SCRH_TASKS_BACKEND", "database").strip() or "database"
TASKS = {"default": tasks_backend(SCRH_TASKS)}
INSTALLED_APPS += [app for app in TASKS_APPS.get(SCRH_TASKS, []) if app not in INSTALLED_APPS]
RQ_QUEUES = rq_queues(os.environ.get("SCRH_RQ_URL", "redis://127.0.0.1:6379/0"))

# The cache (anonymous pages, rate limits): local memory per process by default; with several
# app processes set SCRH_CACHE_URL=redis://… so they share it (and its invalidation).
CACHES = {"default": cache_from_url(os.environ.get("SCRH_CACHE_URL", ""))}

WAGTAIL_SITE_NAME = "Spinal Cord Research Help"
WAGTAILADMIN_BASE_URL = os.environ.get("SCRH_BASE_URL", "http://127.0.0.1:8000")
WAGTAILSEARCH_BACKENDS = {"default": {"BACKEND": "wagtail.search.backends.database"}}
WAGTAILDOCS_EXTENSIONS = ["csv", "pdf", "txt"]
# No autosave in the editor: an editor saves a summary draft on purpose, and every save re-runs
# the summary checks; a background save of a refused form could otherwise replace a later fix.
WAGTAIL_AUTOSAVE_INTERVAL = 0

# Whole-page cache for anonymous readers (0 turns it off); see scrh.web.research.cache.
SCRH_PAGE_CACHE_SECONDS = 600

SCRH_SUMMARY_ENGINE = os.environ.get("SCRH_SUMMARY_ENGINE", "rules")
# Options for each engine's factory, by engine name (engines: the `scrh.engines` entry points).
SCRH_ENGINE_OPTIONS: dict[str, dict] = {
    "llm": {
        "base_url": os.environ.get("SCRH_LLM_BASE_URL", ""),
        "model": os.environ.get("SCRH_LLM_MODEL", ""),
        "api_key": os.environ.get("SCRH_LLM_API_KEY", ""),
    },
}

# Email (backend per environment: see settings.email); readers' feedback, newsletter and contact.
EMAIL_FILE_PATH = VAR_DIR / "mail"
DEFAULT_FROM_EMAIL = os.environ.get(
    "SCRH_FROM_EMAIL", "Spinal Cord Research Help <newsletter@localhost>"
)
SERVER_EMAIL = DEFAULT_FROM_EMAIL
SCRH_EDITORS_EMAIL = os.environ.get("SCRH_EDITORS_EMAIL", "editors@localhost")
SCRH_CLIENT_IP_HEADER = os.environ.get("SCRH_CLIENT_IP_HEADER", "")
CSRF_FAILURE_VIEW = "scrh.web.readers.views.common.csrf_failure"

# Paper sources (base URLs are settings so tests and mirrors can point elsewhere).
SCRH_EUTILS_URL = os.environ.get("SCRH_EUTILS_URL", "https://eutils.ncbi.nlm.nih.gov/entrez/eutils")
SCRH_EUROPEPMC_URL = os.environ.get(
    "SCRH_EUROPEPMC_URL", "https://www.ebi.ac.uk/europepmc/webservices/rest"
)
SCRH_CROSSREF_URL = os.environ.get("SCRH_CROSSREF_URL", "https://api.crossref.org")
SCRH_NCBI_API_KEY = os.environ.get("SCRH_NCBI_API_KEY", "")
SCRH_CONTACT_EMAIL = os.environ.get("SCRH_CONTACT_EMAIL", "")
SCRH_FETCH_RETRY = {
    "attempts": int(os.environ.get("SCRH_FETCH_ATTEMPTS", "5")),
    "backoff": float(os.environ.get("SCRH_FETCH_BACKOFF", "1.0")),
    "max_wait": 60.0,
    "timeout": 30.0,
}

# Response headers (see scrh.web.operations.security; production adds HSTS and secure cookies).
CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": [SELF],
        "script-src": [SELF],
        "style-src": [SELF],
        "img-src": [SELF, "data:"],
        "font-src": [SELF],
        "connect-src": [SELF],
        "form-action": [SELF],
        "frame-ancestors": [NONE],
        "base-uri": [SELF],
        "object-src": [NONE],
    }
}
PERMISSIONS_POLICY = {
    feature: [] for feature in ("camera", "microphone", "geolocation", "payment", "usb")
}
SECURE_REFERRER_POLICY = "same-origin"
SECURE_CONTENT_TYPE_NOSNIFF = True
X_FRAME_OPTIONS = "DENY"

# Login throttling (django-axes) on every login form, /admin/ and /django-admin/ alike: after
# AXES_FAILURE_LIMIT failures an account, and separately an address, is locked out for the
# cool-off time. Attempts and lockouts are kept in the database: Settings > Login lockouts.
AUTHENTICATION_BACKENDS = [
    "scrh.web.operations.logins.LoginThrottleBackend",
    "django.contrib.auth.backends.ModelBackend",
]
AXES_FAILURE_LIMIT = int(os.environ.get("SCRH_LOGIN_FAILURE_LIMIT", "5"))
AXES_COOLOFF_TIME = float(os.environ.get("SCRH_LOGIN_COOLOFF_MINUTES", "15")) / 60  # hours
AXES_LOCKOUT_PARAMETERS = ["username", "ip_address"]
AXES_CLIENT_IP_CALLABLE = "scrh.web.readers.clients.client_address"
AXES_RESET_ON_SUCCESS = True
AXES_LOCKOUT_TEMPLATE = "operations/locked_out.html"
AXES_VERBOSE = False
