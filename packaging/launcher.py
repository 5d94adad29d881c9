"""The bundle's entry point: PyInstaller freezes this script into ``regio-desktop``.

It is the console script of the wheel (``regio_desktop.cli:main``), so the bundle's command line
is the installed program's, verb for verb. Two things more: the workers of a streamed exploration
are this executable started again (``freeze_support`` below); and started with no locale at all (a
bare ``env -i``, some service managers), Qt warns that it switches to UTF-8; the bundle chooses
C.UTF-8 itself first, as Python does for a plain ``python`` under the C locale (PEP 538).
"""

import multiprocessing
import os

if not any(os.environ.get(name) for name in ("LC_ALL", "LC_CTYPE", "LANG")):
    os.environ["LC_CTYPE"] = "C.UTF-8"

from regio_desktop.cli import main  # after the locale is chosen

if __name__ == "__main__":
    # A streamed exploration spawns worker processes: in the frozen bundle they start as this
    # executable, and freeze_support() makes such a start run the worker, not the program.
    multiprocessing.freeze_support()
    raise SystemExit(main())
