#!/usr/bin/env bash
# Build dist/regio-desktop_VERSION_amd64.deb from the bundle in build/bundle/regio-desktop:
#   packaging/build-deb.sh VERSION [FOLDER]
# FOLDER (dist by default) is where the .deb goes: the upgrade check's older package goes to
# build/upgrade-check, so that dist/ holds only the package to install.
# The package holds the bundle under /opt/regio-desktop, a /usr/bin launcher, the desktop entry,
# the icon in the hicolor theme (SVG and PNG sizes), the MIME type of scenario files, the man
# page, the changelog and the copyright file (with a paragraph for each bundled package, from its
# metadata). It has no maintainer scripts: the icon cache, the menu and the MIME database are
# refreshed by the dpkg triggers of hicolor-icon-theme, desktop-file-utils and shared-mime-info, and the user's data live in their home folder, which
# the package never touches (an upgrade or a removal leaves them). gzip, not xz: xz took six
# minutes on two cores for 360 MB; gzip takes well under one, and every dpkg reads it.
set -euo pipefail
version=$1
out=${2:-dist}
python=${PYTHON:-.venv/bin/python}
# The package's version must be the program's (what --version and the About box say); only a
# suffix after "~" may differ, which sorts before the plain version (the upgrade check's
# "0.1.0~previous"). A release bumps regio_desktop/__init__.py and pyproject.toml together.
source_version=$(sed -n 's/^__version__ = "\(.*\)"/\1/p' regio_desktop/__init__.py)
if [ "${version%%~*}" != "$source_version" ]; then
  echo "VERSION=$version is not the program's version $source_version (regio_desktop/__init__.py):" \
    "bump it there and in pyproject.toml; only a suffix after '~' may be added" >&2
  exit 2
fi
changelog_version=$(dpkg-parsechangelog -l packaging/changelog -S Version)
if [ "$changelog_version" != "$source_version" ]; then
  echo "packaging/changelog's newest entry is $changelog_version, the program is $source_version:" \
    "add an entry for it" >&2
  exit 2
fi
bundle=build/bundle/regio-desktop
[ -x "$bundle/regio-desktop" ] || { echo "no bundle in $bundle: run make dist-bundle" >&2; exit 1; }
root=build/deb/regio-desktop_$version
rm -rf build/deb
mkdir -p "$root/DEBIAN" "$root/opt" "$root/usr/bin" "$root/usr/share/applications" \
  "$root/usr/share/icons/hicolor/scalable/apps" "$root/usr/share/man/man1" \
  "$root/usr/share/doc/regio-desktop" "$root/usr/share/mime/packages"
cp -a "$bundle" "$root/opt/regio-desktop"

cat > "$root/usr/bin/regio-desktop" <<'SH'
#!/bin/sh
# Regio Desktop lives under /opt/regio-desktop with its own Python and Qt.
exec /opt/regio-desktop/regio-desktop "$@"
SH
chmod 755 "$root/usr/bin/regio-desktop"

install -m 644 packaging/regio-desktop.desktop "$root/usr/share/applications/"
desktop-file-validate "$root/usr/share/applications/regio-desktop.desktop"
install -m 644 resources/icons/regio-desktop.svg "$root/usr/share/icons/hicolor/scalable/apps/"
"$python" packaging/render_icons.py "$root/usr/share/icons/hicolor" >/dev/null
for size_dir in "$root"/usr/share/icons/hicolor/*x*; do
  mkdir -p "$size_dir/apps"
  mv "$size_dir/regio-desktop.png" "$size_dir/apps/regio-desktop.png"
done
# *.regio.json files open with the program (the desktop entry's MimeType=).
install -m 644 packaging/mime/regio-desktop.xml "$root/usr/share/mime/packages/"
gzip -9n -c packaging/man/regio-desktop.1 > "$root/usr/share/man/man1/regio-desktop.1.gz"
gzip -9n -c packaging/changelog > "$root/usr/share/doc/regio-desktop/changelog.gz"
"$python" packaging/bundled_licences.py packaging/copyright "$bundle" \
  > "$root/usr/share/doc/regio-desktop/copyright"
chmod 644 "$root/usr/share/man/man1/regio-desktop.1.gz" "$root/usr/share/doc/regio-desktop/"*

# The system libraries the bundle's Qt loads but does not carry (packaging/deb-depends.txt);
# the build stops if `ldd` of the bundle finds one from a package not declared there.
"$python" packaging/check_deb_depends.py "$bundle" | grep -v '^not found' || true
"$python" packaging/check_deb_depends.py "$bundle" >/dev/null
depends=$(grep -v '^#' packaging/deb-depends.txt | tr -s ' \n' ' ' | sed 's/^ //; s/ $//; s/ /, /g')
installed_kb=$(du -sk --exclude=DEBIAN "$root" | cut -f1)
cat > "$root/DEBIAN/control" <<CONTROL
Package: regio-desktop
Version: $version
Section: science
Priority: optional
Architecture: amd64
Maintainer: Regio Desktop project <maintainers@regio-desktop.invalid>
Installed-Size: $installed_kb
Depends: $depends
Recommends: shared-mime-info
Description: explore scenarios of Eurasian regionalism
 Regio Desktop lets policy analysts edit scenarios of Eurasian regionalism
 (memberships of states in blocs such as the EAEU, the CSTO or the SCO, and
 each state's alignment), see the indicators each scenario gives, with their
 units and explanations, and read the arguments of the literature for and
 against each choice. It ships its own Python and Qt under /opt/regio-desktop.
CONTROL
find "$root" -type d -exec chmod 755 {} +
mkdir -p "$out"
deb=$out/regio-desktop_${version}_amd64.deb
dpkg-deb --root-owner-group -Zgzip -z6 --build "$root" "$deb" >/dev/null
echo "deb: $(du -h "$deb" | cut -f1) as $deb (installed ${installed_kb} KiB)"
