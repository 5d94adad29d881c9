#!/usr/bin/env bash
# Build the self-contained Linux bundle from the wheel: packaging/build-bundle.sh WHEEL
# Writes build/bundle/regio-desktop/ (one folder: regio-desktop and _internal/); `make dist`
# packs it into dist/regio-desktop-VERSION-linux-x86_64.tar.gz as regio-desktop/.
set -euo pipefail
wheel=$1
python=${PYTHON:-.venv/bin/python}
stage=build/stage
rm -rf "$stage" build/pyinstaller build/bundle
# The wheel's files, as pip installs them, and nothing of the checkout.
"$python" -m pip install --quiet --no-deps --no-compile --target "$stage" "$wheel"
REGIO_STAGE=$stage "$python" -m PyInstaller --noconfirm --log-level WARN \
  --workpath build/pyinstaller --distpath build/bundle packaging/regio-desktop.spec
# Files the builder wrote with a private mode (the database is made through mkstemp) must be
# readable by every user once installed under /opt.
chmod -R u+rwX,go+rX-w build/bundle/regio-desktop
# What the bundle needs from the system, for whoever holds only the tarball (the .deb declares
# the same in its Depends): packaging/deb-depends.txt, as regio-desktop/DEPENDS.txt.
{
  echo "# Regio Desktop carries its own Python, Qt and Python packages; it loads these system"
  echo "# libraries, which a desktop has (the names are Debian's and Ubuntu's packages). To add"
  echo "# any that are missing:"
  echo "#   sudo apt install $(grep -v '^#' packaging/deb-depends.txt | tr -s ' \n' ' ' | sed 's/ $//')"
  grep -v '^# One Debian package a line' packaging/deb-depends.txt | sed 1d
} > build/bundle/regio-desktop/DEPENDS.txt
chmod 644 build/bundle/regio-desktop/DEPENDS.txt
# The program's licence (MIT asks that its text go with every copy), beside DEPENDS.txt.
install -m 644 LICENSE build/bundle/regio-desktop/LICENSE
