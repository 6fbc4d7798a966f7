"""Database passwords go to the system keyring, never into the settings file.

A URL given with a password is remembered without it; the password is kept in the keyring under the
URL's user, host and database and put back when the URL is read. Where the system has no keyring,
the password is not remembered at all (the user enters it again, or uses PostgreSQL's own
~/.pgpass).
"""

from __future__ import annotations

import logging

from sqlalchemy.engine import URL, make_url

SERVICE = "Reception database"
_log = logging.getLogger(__name__)


def _account(url: URL) -> str:
    return f"{url.username or ''}@{url.host or ''}:{url.port or ''}/{url.database or ''}"


def _keyring_usable() -> bool:
    try:
        import keyring
        from keyring.backends import fail
    except ImportError:
        return False
    return not isinstance(keyring.get_keyring(), fail.Keyring)


def store_password(url_text: str) -> tuple[str, bool]:
    """(the URL to remember, whether its password went to the keyring)."""
    url = make_url(url_text)
    if url.password is None:
        return url_text, False
    # URL.set() ignores None, so the password is dropped through the named tuple itself.
    without = url._replace(password=None).render_as_string(hide_password=False)
    if not _keyring_usable():
        _log.warning("no system keyring: the database password is not remembered")
        return without, False
    import keyring

    keyring.set_password(SERVICE, _account(url), str(url.password))
    return without, True


def restore_password(url_text: str) -> str:
    """The URL with its password from the keyring, when one is stored there."""
    try:
        url = make_url(url_text)
    except Exception:
        return url_text
    if url.password is not None or url.username is None or not _keyring_usable():
        return url_text
    import keyring

    password = keyring.get_password(SERVICE, _account(url))
    return url.set(password=password).render_as_string(hide_password=False) if password else url_text
