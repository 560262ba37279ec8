"""Qt widgets. Everything here talks to the forum only through kppforum.services."""
