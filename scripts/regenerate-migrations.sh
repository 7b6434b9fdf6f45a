#!/usr/bin/env bash
# Regenerates the single squashed `Initial` migration of both providers from the current model, keeping the
# hand-written SQL at the end of Up (the audit trail's append-only triggers, which EF cannot express).
# Only while no production database exists; afterwards add ordinary migrations instead.
set -euo pipefail
cd "$(dirname "$0")/.."
dotnet tool restore >/dev/null
MARKER='// The audit trail is append-only'
for provider in Sqlite Postgres; do
  project=src/Xinfang.Migrations.$provider
  old=$(ls "$project"/Migrations/*_Initial.cs)
  # The hand-written block: from the marker to the end of Up (the line before "        }" that closes it).
  block=$(awk -v m="$MARKER" 'index($0, m) {on=1} on && /^        }$/ {exit} on {print}' "$old")
  [ -n "$block" ] || { echo "no hand-written block found in $old" >&2; exit 1; }
  rm -rf "$project/Migrations"
  dotnet ef migrations add Initial --project "$project" --startup-project "$project" --output-dir Migrations >/dev/null
  new=$(ls "$project"/Migrations/*_Initial.cs)
  BLOCK="$block" python3 - "$new" <<'PY'
import os, sys
path = sys.argv[1]
text = open(path, encoding="utf-8").read()
up_end = text.index("\n        }\n", text.index("protected override void Up("))
text = text[:up_end] + "\n\n" + os.environ["BLOCK"] + text[up_end:]
open(path, "w", encoding="utf-8").write(text)
PY
  echo "==> $new"
done
