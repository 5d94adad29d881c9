"""Allow ``python -m regio_desktop``."""

from regio_desktop.cli import main

raise SystemExit(main())
