#!/usr/bin/env bash
# Prove the installers: packaging/dist-check.sh VERSION   (as root: it installs the .deb)
# 1. the wheel, installed into a fresh virtualenv outside the checkout (the system's python3, its
#    dependencies from the package index), runs --self-test and every verb in `env -i`;
# 2. the bundle, unpacked from its tarball into an empty folder, does the same;
# 3. the .deb installs with apt (bringing its Depends), /usr/bin/regio-desktop does the same,
#    its desktop entry validates and its icons, man page, MIME type and changelog are in place;
#    then it is removed, and none of its files is left.
set -euo pipefail
version=$1
wheel=$(ls dist/regio_desktop-*-py3-none-any.whl | head -1)
tarball=dist/regio-desktop-$version-linux-x86_64.tar.gz
deb=$(realpath "dist/regio-desktop_${version}_amd64.deb")
source_version=$(sed -n 's/^version = "\(.*\)"/\1/p' pyproject.toml)
work=$(mktemp -d /tmp/regio-dist-check.XXXXXX)
trap 'rm -rf "$work"' EXIT
export DEBIAN_FRONTEND=noninteractive
seconds() { echo $(( $(date +%s) - $1 )); }

start=$(date +%s)
python3 -m venv "$work/venv"
"$work/venv/bin/python" -m pip install --quiet "$wheel"
echo "wheel installed into a fresh virtualenv in $(seconds "$start") s"
packaging/check-installed.sh "$work/venv/bin/regio-desktop" "$source_version"

start=$(date +%s)
mkdir "$work/bundle"
tar -C "$work/bundle" -xzf "$tarball"
packaging/check-installed.sh "$work/bundle/regio-desktop/regio-desktop" "$source_version"
echo "bundle checked in $(seconds "$start") s"

start=$(date +%s)
apt-get update -qq
apt-get install -y -qq "$deb" >/dev/null
packaging/check-installed.sh /usr/bin/regio-desktop "$source_version"
desktop-file-validate /usr/share/applications/regio-desktop.desktop
for icon in scalable/apps/regio-desktop.svg 16x16/apps/regio-desktop.png 48x48/apps/regio-desktop.png \
            256x256/apps/regio-desktop.png 512x512/apps/regio-desktop.png; do
  [ -f "/usr/share/icons/hicolor/$icon" ] || { echo "missing icon $icon" >&2; exit 1; }
done
man -w regio-desktop >/dev/null 2>&1 || [ -f /usr/share/man/man1/regio-desktop.1.gz ]
[ -f /usr/share/mime/packages/regio-desktop.xml ] || { echo "missing the MIME type" >&2; exit 1; }
# shared-mime-info (Recommends, which apt installs) has its trigger compile the type in.
if command -v update-mime-database >/dev/null; then
  grep -q 'application/x-regio-scenario:\*\.regio\.json' /usr/share/mime/globs2 \
    || { echo "the MIME database does not know *.regio.json" >&2; exit 1; }
fi
[ -f /usr/share/doc/regio-desktop/changelog.gz ] || { echo "missing the changelog" >&2; exit 1; }
apt-get remove -y -qq regio-desktop >/dev/null
# Everything the package installed goes (the user's profile in their home is not the package's).
left=$(compgen -G '/usr/share/icons/hicolor/*/apps/regio-desktop.*' || true)
for path in /opt/regio-desktop /usr/bin/regio-desktop /usr/share/applications/regio-desktop.desktop \
            /usr/share/man/man1/regio-desktop.1.gz /usr/share/doc/regio-desktop \
            /usr/share/mime/packages/regio-desktop.xml; do
  if [ -e "$path" ]; then left="$left $path"; fi
done
if [ -n "${left// /}" ]; then
  echo "apt remove left files of the package:$left" >&2; exit 1
fi
echo ".deb installed, checked and removed in $(seconds "$start") s"
