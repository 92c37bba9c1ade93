"""The editor's Settings menu: login lockouts (django-axes), for administrators only."""

from __future__ import annotations

from django.urls import reverse_lazy
from wagtail import hooks
from wagtail.admin.menu import MenuItem


class AdministratorMenuItem(MenuItem):
    def is_shown(self, request) -> bool:
        return request.user.is_superuser


@hooks.register("register_settings_menu_item")
def login_lockouts_menu_item() -> MenuItem:
    """Failed sign-ins and lockouts, per account and address; deleting a row lifts a lockout."""
    return AdministratorMenuItem(
        "Login lockouts",
        reverse_lazy("admin:axes_accessattempt_changelist"),
        name="login-lockouts",
        icon_name="lock",
        order=900,
    )
