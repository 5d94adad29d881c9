"""The bundle's entry point: PyInstaller freezes this script into ``regio-desktop``.

It is the console script of the wheel (``regio_desktop.cli:main``), so the bundle's command line
is the installed program's, verb for verb. One thing more: started with no locale at all (a
bare ``env -i``, some service managers), Qt warns that it switches to UTF-8; the bundle chooses
C.UTF-8 itself first, as Python does for a plain ``python`` under the C locale (PEP 538).
"""

import os

if not any(os.environ.get(name) for name in ("LC_ALL", "LC_CTYPE", "LANG")):
    os.environ["LC_CTYPE"] = "C.UTF-8"

from regio_desktop.cli import main  # after the locale is chosen

raise SystemExit(main())
