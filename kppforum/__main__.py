"""`python -m kppforum` behaves exactly like the `kppforum` command."""

from kppforum.cli import main

raise SystemExit(main())
