"""Hardware the desk talks to: the Thai ID card protocol and PC/SC card readers.

Qt-free (the GUI adapter is kppforum.gui.card_reader). The layer sits beside ``db`` above
``base``: it may import base and domain only, and services, exports, gui and cli may import it
(tests/test_layering.py). pyscard is optional: nothing here imports it at module level.
"""
