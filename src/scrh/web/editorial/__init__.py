"""Turning stored papers into draft summary pages, and publishing them."""
