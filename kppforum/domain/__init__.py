"""Words of the forum's domain, shared by every layer (db, services, exports, gui, cli).

Nothing here imports SQLAlchemy or Qt: the ORM models, the services and the screens all take
their enums and value types from these modules.

- ``enums``: Sector, MeetingLevel, ProposalStatus (stored by value in the forum file).
- ``changes``: the typed change set a committed write produces (what the screens listen for),
  and the live proposal draft the projector shows.
"""
