#!/usr/bin/env bash
# Headless Chromium and its WebDriver for the browser test of the report page (tests/browser/).
# Debian's `chromium` and `chromium-driver`: nothing is downloaded at test time. Only with the
# test extras ($1 == test); quick when both are already installed; fails loudly otherwise.
set -euo pipefail
[ "${1:-}" = "test" ] || exit 0
if command -v chromium >/dev/null 2>&1 && command -v chromedriver >/dev/null 2>&1; then
  exit 0
fi
if ! command -v apt-get >/dev/null 2>&1; then
  echo "scripts/deps/chromium.sh: no apt-get; install Chromium and chromedriver by hand" >&2
  exit 1
fi
sudo=""
[ "$(id -u)" -eq 0 ] || sudo="sudo"
echo "scripts/deps/chromium.sh: installing Debian's chromium and chromium-driver" >&2
$sudo apt-get -o DPkg::Lock::Timeout=600 update -qq
DEBIAN_FRONTEND=noninteractive $sudo apt-get -o DPkg::Lock::Timeout=600 install -y -qq \
  --no-install-recommends chromium chromium-driver fonts-dejavu-core >/dev/null
command -v chromium >/dev/null && command -v chromedriver >/dev/null || {
  echo "scripts/deps/chromium.sh: chromium or chromedriver still missing after apt-get install" >&2
  exit 1
}
