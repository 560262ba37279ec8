"""Qt item models over the services (no SQL here: every read and write is a service call)."""
