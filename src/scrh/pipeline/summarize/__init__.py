"""Turning a `Paper` into a structured plain-language `Summary`."""
