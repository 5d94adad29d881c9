"""Allow ``python -m regio_desktop``.

Guarded: a streamed exploration's worker processes are spawned, and a spawned process imports
the main module again (it must not start the program a second time).
"""

from regio_desktop.cli import main

if __name__ == "__main__":
    raise SystemExit(main())
