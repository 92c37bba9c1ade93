"""Errors services raise for readers to see."""


class RateLimited(Exception):
    """The client sent too many requests; nothing was changed."""

    message = "You have sent a lot of requests in a short time. Please wait a while and try again."
