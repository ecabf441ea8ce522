#!/usr/bin/env bash
# Rebuilds lib/pdf/fonts/*.ttf from their upstream packages. Run by hand when a
# font is to be updated; the processed TTFs are committed, nothing is fetched at
# run time. See lib/pdf/fonts/SOURCES.md for versions and licences.
#
# Needs: Debian fonts-noto-core fonts-noto-mono python3-fonttools, npm.
set -euo pipefail

REPO="$(cd "$(dirname "$0")/../.." && pwd)"
OUT="$REPO/lib/pdf/fonts"
NOTO_DIR=/usr/share/fonts/truetype/noto
EXPO_VERSION=0.4.3

for f in NotoSans-Regular.ttf NotoSans-Bold.ttf NotoSansMono-Regular.ttf; do
  [ -f "$NOTO_DIR/$f" ] || { echo "missing $NOTO_DIR/$f: apt-get install -y fonts-noto-core fonts-noto-mono" >&2; exit 1; }
done
# Debian's python3 has fontTools; a pyenv/venv python on PATH may not.
PY=/usr/bin/python3
"$PY" -c 'import fontTools' 2>/dev/null || { echo "apt-get install -y python3-fonttools" >&2; exit 1; }

# The CJK fonts come from npm, installed into a throwaway folder so that the
# project's package.json and lockfile are untouched.
TMP="$(mktemp -d)"
trap 'rm -rf "$TMP"' EXIT
(cd "$TMP" && npm init -y >/dev/null && npm install --no-save --no-audit --no-fund \
  "@expo-google-fonts/noto-sans-sc@$EXPO_VERSION" "@expo-google-fonts/noto-sans-kr@$EXPO_VERSION" >/dev/null)

"$PY" "$REPO/scripts/fonts/prepare_fonts.py" "$NOTO_DIR" "$TMP/node_modules" "$OUT"

# Licence texts travel with the fonts (OFL-1.1 requires it).
cp "$TMP/node_modules/@expo-google-fonts/noto-sans-sc/LICENSE_FONT" "$OUT/OFL-NotoSansSC.txt"
cp "$TMP/node_modules/@expo-google-fonts/noto-sans-kr/LICENSE_FONT" "$OUT/OFL-NotoSansKR.txt"
# Debian ships the OFL text only inside its copyright file; the Noto Sans fonts'
# own copyright line (name ID 0) heads the same OFL 1.1 text.
for f in NotoSans NotoSansMono; do
  { echo "Copyright 2015 Google LLC. All Rights Reserved."; tail -n +2 "$OUT/OFL-NotoSansSC.txt"; } > "$OUT/OFL-$f.txt"
done
echo "Fonts written to $OUT. Render tests/unit/pdf output and look at it before committing."
