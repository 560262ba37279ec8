"""The hall's forum server as the CLI sees it (``kppforum host``): a thin face of
kppforum/db/pg_host.py, which keeps the PostgreSQL details (initdb, pg_ctl, roles)."""

from __future__ import annotations

from kppforum.db.pg_host import (
    DATABASE,
    DESK,
    FACILITATOR,
    Cluster,
    find_bin_dir,
    setup_hall_roles,
)

__all__ = ["DATABASE", "DESK", "FACILITATOR", "Cluster", "find_bin_dir", "setup_hall_roles"]
