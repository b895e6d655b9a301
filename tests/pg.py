"""A throwaway PostgreSQL server for tests, and fresh databases on it.

The cluster lives in a temporary directory, listens on a free 127.0.0.1 port
with its socket in that directory, trusts every local connection, and is
removed when the tests end. PostgreSQL refuses to run as root, so as root the
server runs as the ``postgres`` user (or ``nobody``) through ``runuser``.
"""

from __future__ import annotations

import glob
import os
import pwd
import shutil
import socket
import subprocess
import tempfile
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from urllib.parse import urlsplit, urlunsplit

import asyncpg

# Accounts to run the server as when we are root, in order of preference.
_SERVER_USERS = ("postgres", "nobody")


def find_pg_bin() -> Path | None:
    """The directory holding initdb and pg_ctl: from PATH, else the newest Debian install."""
    on_path = shutil.which("pg_ctl")
    if on_path and shutil.which("initdb"):
        return Path(on_path).resolve().parent
    candidates = glob.glob("/usr/lib/postgresql/*/bin/pg_ctl")
    if not candidates:
        return None
    newest = max(candidates, key=lambda p: tuple(int(n) for n in Path(p).parent.parent.name.split(".")))
    return Path(newest).parent


def _free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _server_user() -> pwd.struct_passwd | None:
    """The account to run the server as: None to run as ourselves (we are not root)."""
    if os.geteuid() != 0:
        return None
    for name in _SERVER_USERS:
        try:
            return pwd.getpwnam(name)
        except KeyError:
            continue
    raise RuntimeError(f"running as root and none of the users {_SERVER_USERS} exists to run PostgreSQL")


@contextmanager
def throwaway_cluster(pg_bin: Path) -> Iterator[str]:
    """Start a new cluster, yield its server URL (``postgresql://postgres@127.0.0.1:PORT/postgres``), remove it."""
    user = _server_user()
    # Not pytest's tmp_path: that lives under a root-only 0700 directory the
    # server user could not enter.
    root = Path(tempfile.mkdtemp(prefix="monitor-pg-"))
    data = root / "data"
    log = root / "server.log"

    def run(*args: str) -> None:
        command = list(args)
        if user is not None:
            command = ["runuser", "-u", user.pw_name, "--", *command]
        result = subprocess.run(command, cwd=root, capture_output=True, text=True)
        if result.returncode != 0:
            server_log = log.read_text(errors="replace") if log.exists() else ""
            raise RuntimeError(
                f"{' '.join(args)} failed ({result.returncode}):\n{result.stdout}{result.stderr}{server_log}"
            )

    try:
        if user is not None:
            os.chown(root, user.pw_uid, user.pw_gid)
        run(str(pg_bin / "initdb"), "-D", str(data), "-A", "trust", "-U", "postgres",
            "-E", "UTF8", "--locale=C", "--no-sync")
        port = _free_port()
        # Durability is pointless for a test server; turning it off makes DDL fast.
        options = (
            f"-p {port} -k {root} -c listen_addresses=127.0.0.1"
            " -c fsync=off -c synchronous_commit=off -c full_page_writes=off"
        )
        run(str(pg_bin / "pg_ctl"), "start", "-w", "-t", "60", "-D", str(data), "-l", str(log), "-o", options)
        try:
            yield f"postgresql://postgres@127.0.0.1:{port}/postgres"
        finally:
            run(str(pg_bin / "pg_ctl"), "stop", "-w", "-m", "fast", "-D", str(data))
    finally:
        shutil.rmtree(root)


def _with_database(server_url: str, name: str) -> str:
    parts = urlsplit(server_url)
    return urlunsplit(parts._replace(path=f"/{name}"))


def _asyncpg_dsn(url: str) -> str:
    # asyncpg understands postgresql:// but not SQLAlchemy's driver suffixes.
    scheme, _, rest = url.partition("://")
    return f"postgresql://{rest}" if scheme.startswith("postgres") else url


async def create_database(server_url: str) -> str:
    """Create an empty database with a unique name; return the server URL pointing at it."""
    name = f"test_{uuid.uuid4().hex[:16]}"
    connection = await asyncpg.connect(_asyncpg_dsn(server_url))
    try:
        await connection.execute(f'CREATE DATABASE "{name}"')
    finally:
        await connection.close()
    return _with_database(server_url, name)


async def drop_database(server_url: str, database_url: str) -> None:
    """Drop a database made by ``create_database``, even if connections to it linger."""
    name = urlsplit(database_url).path.lstrip("/")
    connection = await asyncpg.connect(_asyncpg_dsn(server_url))
    try:
        await connection.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
    finally:
        await connection.close()
