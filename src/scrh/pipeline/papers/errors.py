"""Errors raised while reading papers."""


class ParseError(ValueError):
    """A source file or record could not be read; the message says where and why."""
