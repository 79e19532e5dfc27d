#!/usr/bin/env bash
# Screenshots of every page and tab of the main window, in English and French, on demo data:
#
#   tools/screenshots.sh OUT_DIR [SIZE]        (SIZE defaults to 1024x600)
#
# Needs a screenshot tool taking `OUT.png SECONDS -- COMMAND...` (Xvfb + ImageMagick), given in
# $SCREENSHOT (default: ../shared/tools/screenshot). Files: PAGE[-TAB]-LANG.png; reduced to 256
# colours when ImageMagick's convert is there.
set -eu
out=${1:?usage: tools/screenshots.sh OUT_DIR [SIZE]}
size=${2:-1024x600}
shot=${SCREENSHOT:-../shared/tools/screenshot}
app=${APP:-.venv/bin/oco-desktop}
wait_s=${WAIT:-6}
mkdir -p "$out"
data=$(mktemp -d)
trap 'rm -rf "$data"' EXIT
"$app" --data-dir "$data/en" demo --member TO >/dev/null
"$app" --data-dir "$data/fr" --lang fr demo --member NC >/dev/null
# page key, then its tabs in order (as OCO_DESKTOP_START_PAGE=KEY:N opens them)
pages=(
  "dashboard"
  "staff"
  "organisation offices positions"
  "tna assessments person needs organisation"
  "programme programme elearning"
  "people mentoring experts gender succession"
  "reports"
  "news"
  "sync outbox inbox history trust"
)
for lang in en fr; do
  for line in "${pages[@]}"; do
    read -r key tabs <<<"$line"
    if [ -z "$tabs" ]; then
      targets=("$key:$key")
    else
      n=0; targets=()
      for tab in $tabs; do n=$((n + 1)); targets+=("$key:$n:$key-$tab"); done
    fi
    for target in "${targets[@]}"; do
      start=${target%:*}; name=${target##*:}
      file="$out/$name-$lang.png"
      OCO_DESKTOP_START_PAGE=$start SCREEN_SIZE=$size \
        "$shot" "$file" "$wait_s" -- "$app" --data-dir "$data/$lang" --lang "$lang" >/dev/null
      if command -v convert >/dev/null; then convert "$file" -colors 256 "PNG8:$file"; fi
      echo "$file"
    done
  done
done
