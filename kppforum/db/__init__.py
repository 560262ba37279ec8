"""The forum file: SQLite engine, models, migrations. Dialect-specific code stays in here."""

from kppforum.db.engine import Forum, create_forum_file, inspect_file, open_forum_file
from kppforum.db.errors import ForumFileError
from kppforum.db.migrations import SCHEMA_VERSION

__all__ = [
    "SCHEMA_VERSION",
    "Forum",
    "ForumFileError",
    "create_forum_file",
    "inspect_file",
    "open_forum_file",
]
