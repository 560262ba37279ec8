"""Session-wide fixtures: the test PostgreSQL server (tests/pg_support.py)."""

from tests.pg_support import pg_server  # noqa: F401  (registered once for the whole session)
