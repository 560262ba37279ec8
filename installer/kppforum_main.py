"""Entry point of the bundled app (PyInstaller runs this script): exactly the ``kppforum``
command, so ``kppforum --self-test``, ``kppforum demo FILE`` etc. work in the bundle too."""

from kppforum.cli import main

raise SystemExit(main())
