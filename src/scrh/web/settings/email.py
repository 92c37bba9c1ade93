"""Email backends by short name: console (dev), file (demo: var/mail/), smtp (production)."""

BACKENDS = {
    "console": "django.core.mail.backends.console.EmailBackend",
    "file": "django.core.mail.backends.filebased.EmailBackend",
    "smtp": "django.core.mail.backends.smtp.EmailBackend",
    "locmem": "django.core.mail.backends.locmem.EmailBackend",
}


def email_backend(name: str) -> str:
    """The dotted path of a backend named `name`; a dotted path is returned as it is."""
    return BACKENDS.get(name.strip().lower(), name.strip())
