"""Database URLs as users write them: which async driver they need, and whether it is installed.

Neutral ground between the config (which checks the URL while loading the file)
and the store (which opens it): neither imports the other. Nothing here imports
SQLAlchemy or a driver.
"""

from __future__ import annotations

import importlib.util

# Scheme as users write it -> scheme of the async driver SQLAlchemy should use.
_ASYNC_SCHEMES = {
    "sqlite": "sqlite+aiosqlite",
    "sqlite+aiosqlite": "sqlite+aiosqlite",
    "postgresql": "postgresql+asyncpg",
    "postgres": "postgresql+asyncpg",
    "postgresql+asyncpg": "postgresql+asyncpg",
    "postgresql+psycopg": "postgresql+psycopg",
    "postgresql+psycopg_async": "postgresql+psycopg_async",
}

# Async scheme -> (module to import, what to tell the user). aiosqlite is not
# listed: it is a dependency of the package itself, not an optional extra.
_DRIVERS = {
    "postgresql+asyncpg": ("asyncpg", "PostgreSQL needs the asyncpg driver: pip install 'gov-monitor[postgres]'"),
    "postgresql+psycopg": ("psycopg", "PostgreSQL via psycopg needs the psycopg driver: pip install 'psycopg[binary]'"),
    "postgresql+psycopg_async": (
        "psycopg", "PostgreSQL via psycopg needs the psycopg driver: pip install 'psycopg[binary]'",
    ),
}


def async_url(url: str) -> str:
    """Return ``url`` with its scheme replaced by the async driver's.

    Raises ValueError for anything that is not a SQLite or PostgreSQL URL, or that
    names a synchronous driver. The message never repeats the URL, which may hold
    a password.
    """
    scheme, sep, rest = url.partition("://")
    if not sep:
        raise ValueError("database URL must look like sqlite:///PATH or postgresql://USER@HOST/DB")
    target = _ASYNC_SCHEMES.get(scheme.lower())
    if target is None:
        raise ValueError(
            f"unsupported database URL scheme {scheme!r}: "
            "use sqlite:///PATH or postgresql://USER@HOST/DB"
        )
    return f"{target}://{rest}"


def driver_installed(module: str) -> bool:
    """Whether ``module`` can be imported, without importing it (tests replace this)."""
    return importlib.util.find_spec(module) is not None


def missing_driver(url: str) -> str | None:
    """What to install before ``url`` can be opened; None when its driver is there.

    Raises ValueError as ``async_url`` does for a URL that is not supported at all.
    """
    scheme = async_url(url).partition("://")[0]
    driver = _DRIVERS.get(scheme)
    if driver is None or driver_installed(driver[0]):
        return None
    return driver[1]
