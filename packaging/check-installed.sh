#!/usr/bin/env bash
# Run an installed Regio Desktop as a user's machine would, with nothing of the checkout or of
# a virtualenv around it: packaging/check-installed.sh PROGRAM VERSION
# Every run is `env -i PATH=/usr/bin:/bin HOME=<fresh folder>` from a folder outside the
# checkout. It checks --version, --self-test (the window offscreen: figures follow the edits;
# icon, translations, presets installed), a screenshot and every command-line verb.
set -euo pipefail
program=$1 version=$2
checkout=$(pwd)
work=$(mktemp -d /tmp/regio-installed-check.XXXXXX)
trap 'rm -rf "$work"' EXIT
mkdir -p "$work/home"
scenario=$work/scenario.regio.json
cp "$checkout/resources/scenarios/05_kazakhstan_leaves_csto_eaeu.regio.json" "$scenario"
run() { (cd "$work" && env -i PATH=/usr/bin:/bin HOME="$work/home" "$program" "$@"); }
fail() { echo "FAILED ($program): $*" >&2; exit 1; }

[ "$(run --version)" = "regio-desktop $version" ] || fail "--version says '$(run --version)'"
run --self-test || fail "--self-test"
run --screenshot "$work/window.png" >/dev/null 2>&1 || fail "--screenshot"
[ "$(head -c 4 "$work/window.png" | tail -c 3)" = "PNG" ] || fail "--screenshot wrote no PNG"
# Each verb's output goes to a file first: a reader that stops early would break its pipe.
out=$work/out.txt
run export memberships > "$out" || fail "export memberships"
grep -q '^state_iso3,bloc,status' "$out" || fail "export memberships printed no table"
run indicators > "$out" || fail "indicators"
grep -q '^code,level,title,unit,scale,better' "$out" || fail "indicators printed no catalogue"
run evaluate "$scenario" > "$out" || fail "evaluate"
grep -q '^level,entity,indicator,value' "$out" || fail "evaluate printed no table"
run arguments "$scenario" --format json > "$out" || fail "arguments"
grep -q '"balance"' "$out" || fail "arguments printed no balance"
run explore "$scenario" --states KAZ,UZB > "$out" || fail "explore"
[ "$(wc -l < "$out")" -gt 2 ] || fail "explore printed no combinations"
run drivers "$scenario" --states KAZ,UZB --indicator KAZ:autonomy > "$out" || fail "drivers"
[ -s "$out" ] || fail "drivers printed nothing"
run report "$scenario" --output "$work/report.pdf" >/dev/null || fail "report"
[ "$(head -c 4 "$work/report.pdf")" = "%PDF" ] || fail "report wrote no PDF"
run export observations > "$out" || fail "export observations"
grep -q '^state_iso3,indicator,year,value,unit,source' "$out" || fail "export observations printed no table"
[ "$(wc -l < "$out")" -gt 1000 ] || fail "export observations printed fewer than 1000 rows"
run export arguments > "$out" || fail "export arguments"
grep -q '^id,claim,stance' "$out" || fail "export arguments printed no table"
run evaluate "$scenario" --explain autonomy --state KAZ > "$out" || fail "evaluate --explain"
grep -q '^"starting autonomy",' "$out" || fail "evaluate --explain printed no contributions"
# Few draws and one trajectory: the verb runs through, in seconds, not its 1000 draws' minute.
run uncertainty "$scenario" --draws 4 --trajectories 1 --states KAZ > "$out" || fail "uncertainty"
grep -q '^state,KAZ,autonomy,' "$out" || fail "uncertainty printed no interval for KAZ:autonomy"
run discover "$scenario" --states KAZ,UZB,KGZ,TJK,TKM --where "KAZ:autonomy>60" > "$out" \
  || fail "discover"
grep -q '^0,.*,243,' "$out" || fail "discover printed no trajectory over the 243 combinations"
run profile > "$out" || fail "profile"
grep -q '^own arguments: 0$' "$out" || fail "profile printed no count of own arguments"
run import arguments "$checkout/packaging/upgrade/analyst_argument.csv" > "$out" || fail "import"
run profile > "$out" || fail "profile after import"
grep -q '^own arguments: 1$' "$out" || fail "import arguments added no argument to the profile"
# No team server here: the team verbs must reach the server's driver (psycopg, packaged) and
# refuse in one line with exit 2, not fail on a missing module.
nowhere=postgresql://nobody@127.0.0.1:1/none
team_refusal() {
  local code=0
  run "$@" > "$out" 2> "$work/err.txt" || code=$?
  [ "$code" = 2 ] && grep -q 'does not answer' "$work/err.txt" && [ ! -s "$out" ] \
    || fail "$1 on an unreachable team database: exit $code, $(head -c 300 "$work/err.txt")"
}
team_refusal scenarios list --db "$nowhere"
team_refusal decks list --db "$nowhere"
team_refusal db init "$nowhere"
team_refusal audit --db "$nowhere"
run audit > "$out" || fail "audit"
grep -q ',arguments,user_upgrade_check_001,insert,1$' "$out" \
  || fail "audit printed no row for the imported argument"
cat > "$work/deck.regio-deck.json" <<'DECK'
{"format": "regio-deck", "version": 1, "title": "Check",
 "steps": [{"title": "Status quo", "scenario": {"preset": "status_quo"}, "question": "?"}]}
DECK
run deck "$work/deck.regio-deck.json" --output "$work/handout.pdf" >/dev/null || fail "deck"
[ "$(head -c 4 "$work/handout.pdf")" = "%PDF" ] || fail "deck wrote no handout PDF"
run replay --from 2014 --to 2015 --frames "$work/frames" --output "$work/replay.gif" \
  --size 640x360 >/dev/null || fail "replay"
[ -s "$work/frames/2015.png" ] || fail "replay wrote no frame for 2015"
[ "$(head -c 6 "$work/replay.gif")" = "GIF89a" ] || fail "replay wrote no GIF"
run replay --from 2014 --to 2015 --output "$work/replay.mp4" --size 640x360 >/dev/null \
  || fail "replay --output FILE.mp4"
[ "$(head -c 8 "$work/replay.mp4" | tail -c 4)" = "ftyp" ] || fail "replay wrote no MP4"
run export nonsense >/dev/null 2>&1 && fail "a bad verb argument was accepted"
echo "installed program works: $program ($version): --version, --self-test, --screenshot," \
  "export (memberships, observations, arguments), indicators, evaluate (and --explain), arguments, explore," \
  "drivers, report, uncertainty, discover, profile, import, scenarios, decks, db, audit, deck, replay"
