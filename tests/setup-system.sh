#!/usr/bin/env bash
# Installs the Debian packages the test suite needs when they are missing: Jupyter (nbclient,
# nbconvert) to execute the notebooks with the tslab kernel, and Chromium to test the HTML report
# in a real browser. Needs root (or sudo).
set -euo pipefail
need=()
[ -x /usr/bin/chromium ] || need+=(chromium)
/usr/bin/python3 -c "import nbclient, nbformat, jupyter_client" 2>/dev/null || need+=(jupyter-nbconvert python3-nbclient jupyter-client)
if [ ${#need[@]} -gt 0 ]; then
  sudo=""
  [ "$(id -u)" -ne 0 ] && sudo="sudo"
  $sudo apt-get update -qq
  $sudo apt-get install -y --no-install-recommends "${need[@]}"
fi
echo "system packages: ok"
