#!/usr/bin/env bash
# Installs the Debian 12 packages Lägesbild needs to build, test and run.
# Does nothing when everything is already present; says what it installs.
set -euo pipefail

PACKAGES=(
  # toolchain
  build-essential cmake ninja-build pkg-config clang-format
  # fuzzing (tools/fuzz.sh): clang 14 with libFuzzer and the sanitizer runtimes
  clang libclang-rt-14-dev
  # core: Qt 6, SQLite, GDAL/OGR, PROJ, Catch2
  qt6-base-dev qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools libgl-dev
  # (python3-gdal also brings GDAL's validate_gpkg.py, which the store tests run)
  libsqlite3-dev sqlite3 libgdal-dev gdal-bin python3-gdal libproj-dev proj-bin catch2 libssl-dev
  # the heat map's GeoTIFF tiles
  libdeflate-dev
  # the shared server store: libpq for core/store/postgres; the server and PostGIS for the tests'
  # throwaway clusters (tests/server), which run postgres as `nobody` through util-linux's setpriv
  libpq-dev postgresql-15 postgresql-15-postgis-3 util-linux
  # app: QGIS 3.22 (built with Qt 5) and the Qt 5 modules its headers need
  libqgis-dev qgis qgis-providers qtbase5-dev qttools5-dev qttools5-dev-tools
  libqt5webkit5-dev libqt5svg5-dev libqt5serialport5-dev qtpositioning5-dev
  libqt5sql5-sqlite libqca-qt5-2-dev libqscintilla2-qt5-dev libqt5charts5-dev
  libqt5opengl5-dev qtkeychain-qt5-dev
  # Qt's own Swedish strings (dialog buttons, file dialog): /usr/share/qt5/translations/qt_sv.qm
  qttranslations5-l10n
  # running the app headless, looking at it, reading PDFs
  xvfb xauth imagemagick poppler-utils fonts-dejavu-core
)

missing=()
for p in "${PACKAGES[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
    missing+=("$p")
  fi
done

if [ ${#missing[@]} -eq 0 ]; then
  echo "install-deps: all ${#PACKAGES[@]} packages already installed"
  exit 0
fi

echo "install-deps: installing ${#missing[@]} missing Debian packages:"
printf '  %s\n' "${missing[@]}"
SUDO=""
if [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi
export DEBIAN_FRONTEND=noninteractive
# Installing postgresql-15 would create and start a cluster ("15 main", port 5432) that nothing
# here uses: the tests start their own. Tell postgresql-common not to create one.
if printf '%s\n' "${missing[@]}" | grep -q '^postgresql-'; then
  $SUDO mkdir -p /etc/postgresql-common/createcluster.d
  echo "create_main_cluster = false" | $SUDO tee /etc/postgresql-common/createcluster.d/lagesbild-no-main-cluster.conf >/dev/null
fi
$SUDO apt-get update -q
$SUDO apt-get install -y -q --no-install-recommends "${missing[@]}"
echo "install-deps: done"
