"""Item models over core queries."""
