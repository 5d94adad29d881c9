#!/usr/bin/env bash
# An upgrade keeps the user's work; a removal leaves it:
#   packaging/upgrade-check.sh OLD.deb NEW.deb NEW_VERSION
# As root (apt). Installs OLD, adds an argument to a user's profile through the command line,
# makes that profile look as an older release left it (one schema back, older data), installs NEW
# over it, and checks that the argument is still there, that the schema was upgraded with a backup
# and the shipped rows refreshed; then removes the package and checks the profile is untouched.
set -euo pipefail
old_deb=$(realpath "$1") new_deb=$(realpath "$2") new_version=$3
python=${PYTHON:-.venv/bin/python}
checkout=$(pwd)
work=$(mktemp -d /tmp/regio-upgrade-check.XXXXXX)
trap 'rm -rf "$work"' EXIT
home=$work/home
mkdir -p "$home"
profile="$home/.local/share/Regio Desktop/Regio Desktop/regio-world.sqlite"
run() { (cd "$work" && env -i PATH=/usr/bin:/bin HOME="$home" /usr/bin/regio-desktop "$@"); }
fail() { echo "UPGRADE CHECK FAILED: $*" >&2; exit 1; }
query() { python3 -c 'import sqlite3, sys; print(sqlite3.connect(sys.argv[1]).execute(sys.argv[2]).fetchone()[0])' "$@"; }
export DEBIAN_FRONTEND=noninteractive

apt-get install -y -qq "$old_deb" >/dev/null
echo "installed $(dpkg-query -W -f='${Package} ${Version}' regio-desktop)"
run profile --import "$checkout/packaging/upgrade/analyst_argument.csv"
PYTHONPATH=$checkout "$python" packaging/upgrade/older_profile.py "$profile"

apt-get install -y -qq "$new_deb" >/dev/null
[ "$(dpkg-query -W -f='${Version}' regio-desktop)" = "$new_version" ] || fail "the new package is not installed"
echo "upgraded to $(dpkg-query -W -f='${Package} ${Version}' regio-desktop)"
run profile > "$work/profile.txt" || fail "the new program cannot open the old profile"
grep -q '^argument: user_upgrade_check_001$' "$work/profile.txt" || fail "the analyst's argument is gone"
backup="${profile%.sqlite}.before-upgrade.sqlite"
[ -f "$backup" ] || fail "no backup of the profile before its upgrade ($backup)"
[ "$(query "$backup" "SELECT version_num FROM alembic_version")" != "$(query "$profile" "SELECT version_num FROM alembic_version")" ] \
  || fail "the profile's schema was not upgraded"
shipped=/opt/regio-desktop/_internal/regio_desktop/data/world.sqlite
[ "$(query "$profile" "SELECT value FROM meta WHERE key='data_version'")" = "$(query "$shipped" "SELECT value FROM meta WHERE key='data_version'")" ] \
  || fail "the profile's shipped rows were not refreshed"
run --self-test >/dev/null || fail "the upgraded program fails its self-test"
echo "the analyst's argument survived the upgrade; the profile was upgraded (backup kept) and refreshed"

apt-get remove -y -qq regio-desktop >/dev/null
[ ! -e /opt/regio-desktop ] && [ ! -e /usr/bin/regio-desktop ] || fail "apt remove left the program"
[ "$(query "$profile" "SELECT count(*) FROM arguments WHERE id='user_upgrade_check_001'")" = 1 ] \
  || fail "apt remove touched the user's profile"
echo "apt remove took the program and left the user's profile"
