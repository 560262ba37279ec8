#!/usr/bin/env bash
# Build the kppforum distribution: the PyInstaller bundle (dist/kppforum), its self-test, the
# Linux .tar.gz and .deb, and (with --nsis) the Windows installer script compiled over it.
#
#   bash installer/build.sh                # bundle + self-test + .tar.gz + .deb into dist/
#   bash installer/build.sh --bundle-only  # just dist/kppforum (what the tests use)
#   bash installer/build.sh --nsis         # also check that installer/windows/kppforum.nsi compiles
#
# Environment: PYTHON (default .venv/bin/python), DIST (default dist), WORK (default
# build/pyinstaller). PyInstaller is installed into that Python if missing (the `installer`
# extra of pyproject.toml). On Windows run the same PyInstaller command in a shell there, then
# makensis over its dist\kppforum (see installer/README.md).
set -euo pipefail
cd "$(dirname "$0")/.."

PY=${PYTHON:-.venv/bin/python}
DIST=$(mkdir -p "${DIST:-dist}" && cd "${DIST:-dist}" && pwd)
WORK=${WORK:-build/pyinstaller}
bundle_only=0
nsis=0
for arg in "$@"; do
  case "$arg" in
    --bundle-only) bundle_only=1 ;;
    --nsis) nsis=1 ;;
    *) echo "unknown option $arg" >&2; exit 2 ;;
  esac
done

if ! "$PY" -c "import PyInstaller" 2>/dev/null; then
  echo "Installing PyInstaller into $PY"
  "$PY" -m pip install -q "pyinstaller>=6"
fi

start=$(date +%s)
"$PY" -m PyInstaller --noconfirm --log-level WARN --distpath "$DIST" --workpath "$WORK" \
  installer/kppforum.spec
echo "PyInstaller: $(( $(date +%s) - start )) s"
"$PY" installer/bundle_filter.py "$DIST/kppforum" | tee "$DIST/kppforum-sizes.txt"

# The bundle must work on its own: a copy, no Python on PATH, no screen.
check=$(mktemp -d)
trap 'rm -rf "$check"' EXIT
cp -a "$DIST/kppforum" "$check/kppforum"
env -i PATH=/usr/bin:/bin HOME="$check" QT_QPA_PLATFORM=offscreen \
  "$check/kppforum/kppforum" --self-test

[ "$bundle_only" = 1 ] && exit 0

"$PY" installer/package_linux.py "$DIST/kppforum" --out "$DIST"

if [ "$nsis" = 1 ]; then
  if ! command -v makensis >/dev/null; then
    sudo=""
    [ "$(id -u)" -ne 0 ] && sudo="sudo"
    $sudo apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends nsis
  fi
  version=$("$PY" -c "import kppforum; print(kppforum.__version__)")
  makensis -V2 -DVERSION="$version" -DBUNDLE_DIR="$DIST/kppforum" \
    -DOUTFILE="$DIST/kppforum-$version-setup-CHECK-ONLY.exe" installer/windows/kppforum.nsi
  echo "NSIS script compiles (the .exe wraps the Linux bundle: a check, not a Windows installer)"
fi
ls -l "$DIST"
