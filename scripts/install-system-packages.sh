#!/bin/sh
# The system packages Annotator needs on Debian/Ubuntu: Qt's libraries (the window and the
# offscreen tests), a font, and python3-venv when the Debian python3 lacks `venv`.
# Installs only what is missing; uses sudo unless run as root; does nothing elsewhere.
# The same list is in annotator/qt_check.py (tests/packaging/test_qt_check.py keeps them equal).
set -eu

packages="libegl1 libgl1 libxkbcommon0 libfontconfig1 libdbus-1-3 libglib2.0-0 fonts-dejavu-core
libx11-xcb1 libxkbcommon-x11-0 libxcb-cursor0 libxcb-icccm4 libxcb-image0 libxcb-keysyms1
libxcb-randr0 libxcb-render0 libxcb-render-util0 libxcb-shape0 libxcb-shm0 libxcb-sync1
libxcb-util1 libxcb-xfixes0 libxcb-xkb1"

if ! command -v dpkg-query >/dev/null 2>&1 || ! command -v apt-get >/dev/null 2>&1; then
    echo "Not Debian/Ubuntu: install Qt 6's xcb libraries with your package manager (see README.md)."
    exit 0
fi
missing=""
for package in $packages $*; do
    dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed" ||
        missing="$missing $package"
done
if ! python3 -c "import ensurepip" 2>/dev/null; then
    missing="$missing python3-venv"
fi
if [ -z "$missing" ]; then
    echo "System packages: all installed."
    exit 0
fi
if [ "$(id -u)" -eq 0 ]; then sudo=""; else sudo="sudo"; fi
echo "Installing system packages:$missing"
$sudo apt-get update -qq
$sudo env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $missing
