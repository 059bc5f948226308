#!/usr/bin/env bash
# Every user-visible string of the studio and the widgets is translated into German and French (issue #20):
# lupdate over the sources finds no string the .ts files lack, and lrelease finishes every message.
#   check-translations.sh LUPDATE LRELEASE SOURCE_DIR
set -euo pipefail
lupdate=$1 lrelease=$2 source=$3
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
status=0
for language in de fr; do
  cp "$source/translations/hiernet_studio_$language.ts" "$work/"
  found=$(cd "$source" && "$lupdate" -no-obsolete -I app -I widgets app/studio app/report app/adapters widgets -ts "$work/hiernet_studio_$language.ts" 2>&1)
  if ! grep -q '(0 new and' <<<"$found"; then
    echo "$language: the sources have strings the .ts lacks (run lupdate, then translate them):"; echo "$found"; status=1
  fi
  released=$("$lrelease" "$work/hiernet_studio_$language.ts" -qm "$work/$language.qm" 2>&1)
  echo "$language: $(grep -o 'Generated.*' <<<"$released")"
  if ! grep -q ' and 0 unfinished)' <<<"$released"; then echo "$language: unfinished translations"; status=1; fi
done
exit $status
