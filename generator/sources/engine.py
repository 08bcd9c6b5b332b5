"""Opening a source database, and saying why it failed without ever echoing its password."""

from __future__ import annotations

import re
from pathlib import Path

from sqlalchemy import Engine, create_engine
from sqlalchemy.engine import URL, make_url
from sqlalchemy.exc import ArgumentError, NoSuchModuleError, SQLAlchemyError

from generator.errors import ConfigError

# psycopg 3 is the driver we ship; SQLAlchemy's bare "postgresql://" would pick psycopg2.
_DEFAULT_DRIVERS = {"postgresql": "postgresql+psycopg"}
# An unattended daily run must fail, not hang, when the platform's server is unreachable.
_CONNECT_TIMEOUT_SECONDS = 10
# For text that is not even a parseable URL: hide whatever sits between "user:" and "@".
_USERINFO_PASSWORD = re.compile(r"(://[^/@:]*:)[^/@]*@")
_SECRET_QUERY_KEYS = {"password", "passwd", "pwd", "sslpassword"}


def masked_url(url: str | URL) -> str:
    """The URL as it may be printed: the password (also a ?password= one) replaced by ***."""
    if isinstance(url, str):
        text = url
        try:
            url = make_url(text)
        except ArgumentError:
            return _USERINFO_PASSWORD.sub(r"\1***@", text)
    secret_keys = [k for k in url.query if k.lower() in _SECRET_QUERY_KEYS]
    if secret_keys:
        url = url.update_query_dict(dict.fromkeys(secret_keys, "***"))
    return url.render_as_string(hide_password=True)


def open_source(url: str, *, create: bool = False) -> Engine:
    """An engine for `url`, or `ConfigError` when the URL, dialect or driver is unusable.

    Nothing is connected yet: connection failures surface on first use, through
    `source_error`. `create` lets SQLite make a missing database file (for exports only).
    """
    try:
        parsed = make_url(url)
    except ArgumentError as exc:
        # Not echoed: text that is not a URL cannot be told apart from its password.
        raise ConfigError(
            "the source is not a database URL "
            "(expected e.g. postgresql://user@host/db or sqlite:///path/to/file.db)"
        ) from exc
    parsed = parsed.set(drivername=_DEFAULT_DRIVERS.get(parsed.drivername, parsed.drivername))
    connect_args: dict[str, object] = {}
    if parsed.get_backend_name() == "postgresql" and "connect_timeout" not in parsed.query:
        connect_args["connect_timeout"] = _CONNECT_TIMEOUT_SECONDS
    if parsed.get_backend_name() == "sqlite" and not create:
        _check_sqlite_file(parsed)
    try:
        return create_engine(parsed, connect_args=connect_args)
    except NoSuchModuleError as exc:
        raise ConfigError(
            f"source {masked_url(parsed)}: no SQLAlchemy dialect for {parsed.drivername!r}"
        ) from exc
    except ImportError as exc:
        raise ConfigError(
            f"source {masked_url(parsed)}: the database driver is not installed "
            f"({exc.name or 'unknown module'}); install it into this environment"
        ) from exc
    except (SQLAlchemyError, TypeError, ValueError) as exc:
        raise ConfigError(
            f"source {masked_url(parsed)}: unusable URL ({source_reason(exc, parsed)})"
        ) from exc


def _check_sqlite_file(url: URL) -> None:
    # SQLite creates a missing file on connect: a typo in the path would read as an empty
    # database and report every table missing, and leave a stray file behind.
    database = url.database or ""
    if database in ("", ":memory:") or database.startswith("file:"):
        return
    if not Path(database).is_file():
        raise ConfigError(f"source {masked_url(url)}: no such SQLite database file")


def source_error(exc: Exception, url: URL, doing: str) -> ConfigError:
    """A database failure as a one-line `ConfigError`, the password scrubbed out."""
    return ConfigError(f"source {masked_url(url)}: cannot {doing}: {source_reason(exc, url)}")


def source_reason(exc: BaseException, url: URL) -> str:
    """The driver's own first line (it says what happened), without SQLAlchemy's SQL echo
    and documentation link, and with the password blanked should a driver quote it."""
    # pandas wraps the database's error in its own, with the whole SQL in the message.
    while getattr(exc, "orig", None) is None and isinstance(exc.__cause__, Exception):
        exc = exc.__cause__
    original = getattr(exc, "orig", None) or exc
    lines = [line.strip() for line in str(original).splitlines() if line.strip()]
    text = lines[0] if lines else type(original).__name__
    for secret in _secrets(url):
        text = text.replace(secret, "***")
    return text


def _secrets(url: URL) -> list[str]:
    values = [url.password] if url.password else []
    values += [
        str(v)
        for k, v in url.query.items()
        if k.lower() in _SECRET_QUERY_KEYS and isinstance(v, str) and v
    ]
    return [str(v) for v in values]
