"""Small reusable widgets and form helpers."""
