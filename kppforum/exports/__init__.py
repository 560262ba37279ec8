"""PDF and Excel exports (minutes, sign-in sheets, tallies): built on services, never on Qt."""
