"""Operations: security headers, backup and restore."""
