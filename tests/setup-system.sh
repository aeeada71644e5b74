#!/usr/bin/env bash
# Installs the Debian packages the notebooks and the test suite need, each only when missing:
# - jupyter-notebook: the classic Notebook UI that `npm run notebooks` opens with the tslab
#   kernel (Debian has no JupyterLab package), and in which the tests run every notebook;
# - fonts-noto-cjk: a Chinese font, so that the notebooks' Markdown reads in the browser (the
#   charts carry their own font);
# - chromium: the browser the tests drive, for the report and the Notebook UI.
# Needs root (or sudo).
set -euo pipefail
need=()
[ -x /usr/bin/chromium ] || need+=(chromium)
/usr/bin/python3 -c "import notebook.notebookapp" 2>/dev/null || need+=(jupyter-notebook)
fc-list :lang=zh 2>/dev/null | grep -q . || need+=(fonts-noto-cjk)
if [ ${#need[@]} -gt 0 ]; then
  sudo=""
  [ "$(id -u)" -ne 0 ] && sudo="sudo"
  $sudo apt-get update -qq
  $sudo apt-get install -y --no-install-recommends "${need[@]}"
fi
echo "system packages: ok"
