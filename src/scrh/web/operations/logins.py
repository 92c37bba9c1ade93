"""Login throttling (django-axes) for sign-ins over HTTP.

axes's backend refuses to authenticate without a request; sign-ins without one (management
commands, a shell) have no address to throttle, so this backend lets the next backend decide.
"""

from __future__ import annotations

from axes.backends import AxesStandaloneBackend


class LoginThrottleBackend(AxesStandaloneBackend):
    """AxesStandaloneBackend for requests; a sign-in without a request passes through."""

    def authenticate(self, request, username=None, password=None, **kwargs):
        if request is None:
            return None
        return super().authenticate(request, username=username, password=password, **kwargs)
