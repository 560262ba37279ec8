"""Small shared widgets: inline form errors, a Buddhist-era date edit, an import-errors dialog."""
