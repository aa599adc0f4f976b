#!/usr/bin/env bash
# Build Switchboard-<version>.dmg from the .app that packaging/build.py made; sign and notarize
# it when the credentials are in the environment, and say plainly which steps were skipped.
#
#   packaging/macos/build_dmg.sh dist/Switchboard.app 0.1.0 dist
#   (or: python packaging/build.py --installer, which passes the version from pyproject.toml)
#
# Signing (all Mach-O files, then the app, then the .dmg; hardened runtime, secure timestamp):
#   MACOS_SIGN_IDENTITY   e.g. "Developer ID Application: Example AG (TEAMID1234)"
# Notarization (after signing; either a stored notarytool profile or an Apple ID):
#   MACOS_NOTARY_PROFILE  a keychain profile made with `xcrun notarytool store-credentials`
#   or MACOS_NOTARY_APPLE_ID, MACOS_NOTARY_TEAM_ID and MACOS_NOTARY_PASSWORD (app-specific password)
# Credentials are passed to the tools, never echoed.
set -euo pipefail

APP="${1:?usage: build_dmg.sh path/to/Switchboard.app VERSION [OUT_DIR]}"
VERSION="${2:?usage: build_dmg.sh path/to/Switchboard.app VERSION [OUT_DIR]}"
OUT_DIR="${3:-$(dirname "$APP")}"
HERE="$(cd "$(dirname "$0")" && pwd)"
DMG="$OUT_DIR/Switchboard-$VERSION.dmg"

[[ "$(uname)" == "Darwin" ]] || { echo "build_dmg.sh: needs macOS (hdiutil, codesign, xcrun)" >&2; exit 2; }
[[ -d "$APP/Contents/MacOS" ]] || { echo "build_dmg.sh: $APP is not an .app bundle" >&2; exit 2; }

sign() {
    codesign --force --timestamp --options runtime --entitlements "$HERE/entitlements.plist" \
        --sign "$MACOS_SIGN_IDENTITY" "$@"
}

if [[ -n "${MACOS_SIGN_IDENTITY:-}" ]]; then
    echo "signing $APP"
    # Inside out: libraries and extension modules first, the app last (no --deep: it signs in
    # the wrong order and hides failures).
    while IFS= read -r -d '' file; do
        if file -b "$file" | grep -q "Mach-O"; then
            sign "$file"
        fi
    done < <(find "$APP/Contents" -type f \( -name "*.so" -o -name "*.dylib" -o -perm -u+x \) -print0)
    sign "$APP"
    codesign --verify --strict --deep --verbose=2 "$APP"
else
    echo "NOT SIGNED: set MACOS_SIGN_IDENTITY to a Developer ID Application identity to sign." >&2
    echo "  An unsigned app opens only via right-click > Open on the users' Macs." >&2
fi

echo "building $DMG"
STAGING="$(mktemp -d)"
trap 'rm -rf "$STAGING"' EXIT
cp -R "$APP" "$STAGING/"
ln -s /Applications "$STAGING/Applications"
rm -f "$DMG"
hdiutil create -volname "Switchboard $VERSION" -srcfolder "$STAGING" -fs HFS+ -format UDZO -ov "$DMG"

if [[ -n "${MACOS_SIGN_IDENTITY:-}" ]]; then
    codesign --force --timestamp --sign "$MACOS_SIGN_IDENTITY" "$DMG"
fi

notary_args=()
if [[ -n "${MACOS_NOTARY_PROFILE:-}" ]]; then
    notary_args=(--keychain-profile "$MACOS_NOTARY_PROFILE")
elif [[ -n "${MACOS_NOTARY_APPLE_ID:-}" && -n "${MACOS_NOTARY_TEAM_ID:-}" && -n "${MACOS_NOTARY_PASSWORD:-}" ]]; then
    notary_args=(--apple-id "$MACOS_NOTARY_APPLE_ID" --team-id "$MACOS_NOTARY_TEAM_ID"
                 --password "$MACOS_NOTARY_PASSWORD")
fi

if [[ -z "${MACOS_SIGN_IDENTITY:-}" ]]; then
    echo "NOT NOTARIZED: notarization needs a signed app (MACOS_SIGN_IDENTITY)." >&2
elif [[ ${#notary_args[@]} -eq 0 ]]; then
    echo "NOT NOTARIZED: set MACOS_NOTARY_PROFILE, or MACOS_NOTARY_APPLE_ID, MACOS_NOTARY_TEAM_ID" >&2
    echo "  and MACOS_NOTARY_PASSWORD; without it Gatekeeper warns on first start." >&2
else
    echo "notarizing $DMG (waits for Apple's answer)"
    xcrun notarytool submit "$DMG" "${notary_args[@]}" --wait
    xcrun stapler staple "$DMG"
    xcrun stapler validate "$DMG"
fi

echo "dmg: $DMG ($(du -h "$DMG" | cut -f1))"
