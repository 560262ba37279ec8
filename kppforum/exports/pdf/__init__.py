"""PDF documents (minutes; sign-in sheets and tallies build on the same pieces).

``typeset`` typesets Thai right (fonts, shaping, word breaks, escaping, text extraction),
``document`` writes an A4 official document atomically, ``minutes`` lays out the minutes.
"""
