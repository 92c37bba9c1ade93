"""Writes of the reader channels; views and commands parse input, then call one of these."""

from scrh.web.readers.services.errors import RateLimited

__all__ = ["RateLimited"]
