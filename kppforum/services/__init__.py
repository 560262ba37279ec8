"""The services: every read and change of a forum goes through these functions.

Transactions. A service function that takes the :class:`~kppforum.db.Forum` opens its own
transaction (``forum.read()`` or ``forum.write()``) and returns plain dataclasses.

A read that is also needed as part of a larger read has a twin with the same name and the suffix
``_in``: it takes the caller's SQLAlchemy ``Session`` as its first argument and reads inside that
session's transaction, never opening, committing or closing one itself. The plain function is a
thin wrapper::

    def list_agenda(forum: Forum, meeting_id: int) -> list[AgendaInfo]:
        with forum.read() as s:
            return list_agenda_in(s, meeting_id)

Anything that gathers several reads into one picture (a document of a meeting, an export
bundle, a projector refresh) opens ONE ``forum.read()`` and calls the ``_in`` variants, so it
sees one state of the forum (one snapshot; REPEATABLE READ on a server database) even while the
registration desk keeps writing. The ``_in`` suffix is the same one as ``require_profile_in`` and
``add_person_in``, which run inside the caller's write transaction.
"""
