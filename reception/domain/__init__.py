"""Domain rules: plain data, enums and pure functions (no session, no I/O)."""
