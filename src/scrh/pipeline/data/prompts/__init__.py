"""Versioned prompts of the `llm` engine (TOML files)."""
