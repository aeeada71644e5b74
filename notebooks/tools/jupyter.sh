#!/usr/bin/env bash
# Opens the notebooks in Jupyter with the project's TypeScript (tslab) kernel.
#
#   bash notebooks/tools/jupyter.sh [notebook|lab|env] [Jupyter options…]
#
# notebook (the default) starts the classic Notebook UI (Debian's jupyter-notebook, or
# `pip install notebook`), lab starts JupyterLab (`pip install jupyterlab`), both on 127.0.0.1
# and in notebooks/; env prints the environment as `export` lines, for a front end started by
# hand (`eval "$(bash notebooks/tools/jupyter.sh env)"`). Options after the first word go to Jupyter
# (`--no-browser`, `--port=8899`, …). The kernel spec and everything Jupyter writes (config,
# data, runtime files, IPython's folder) stay in .jupyter/ of this checkout, never in $HOME.
# Saving a notebook writes it without outputs (tools/jupyter_config.py); EDU_KEEP_OUTPUTS=1
# keeps them. JUPYTER names the jupyter command (default: the one on PATH).
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
app="notebook"
if [ $# -gt 0 ] && [[ "$1" != -* ]]; then
  app="$1"
  shift
fi
case "$app" in
  notebook | lab | env) ;;
  *)
    echo "usage: bash notebooks/tools/jupyter.sh [notebook|lab|env] [Jupyter options…]" >&2
    exit 2
    ;;
esac

dir="$root/.jupyter"
export JUPYTER_PATH="$dir"
export JUPYTER_CONFIG_DIR="$dir/config"
export JUPYTER_DATA_DIR="$dir/data"
export JUPYTER_RUNTIME_DIR="$dir/runtime"
export IPYTHONDIR="$dir/ipython"
export EDU_NOTEBOOK_FILTER="$root/notebooks/tools/strip-notebook-outputs.mjs"
mkdir -p "$dir/kernels/tslab" "$JUPYTER_CONFIG_DIR/custom" "$JUPYTER_CONFIG_DIR/nbconfig" \
  "$JUPYTER_DATA_DIR" "$JUPYTER_RUNTIME_DIR" "$IPYTHONDIR"

# The spec names this checkout's tslab by absolute path: rewrite it every time, so a moved or
# re-cloned checkout still finds its kernel.
json() { node -e 'process.stdout.write(JSON.stringify(process.argv[1]))' "$1"; }
cat >"$dir/kernels/tslab/kernel.json" <<JSON
{
  "argv": [$(json "$root/node_modules/.bin/tslab"), "kernel", "--config-path", "{connection_file}"],
  "display_name": "TypeScript (tslab)",
  "language": "typescript"
}
JSON

# Saving without outputs, for the classic UI and JupyterLab's server; Chinese in Simplified
# Chinese glyph forms in the classic UI; long code lines wrapped rather than cut off
# (nbconfig/notebook.json is also where the UI keeps its own settings: written only once).
cp "$root/notebooks/tools/jupyter_config.py" "$JUPYTER_CONFIG_DIR/jupyter_notebook_config.py"
cp "$root/notebooks/tools/jupyter_config.py" "$JUPYTER_CONFIG_DIR/jupyter_server_config.py"
cp "$root/notebooks/tools/notebook-custom.css" "$JUPYTER_CONFIG_DIR/custom/custom.css"
[ -f "$JUPYTER_CONFIG_DIR/nbconfig/notebook.json" ] ||
  echo '{"CodeCell": {"cm_config": {"lineWrapping": true}}, "MarkdownCell": {"cm_config": {"lineWrapping": true}}}' \
    >"$JUPYTER_CONFIG_DIR/nbconfig/notebook.json"

if [ "$app" = env ]; then
  for name in JUPYTER_PATH JUPYTER_CONFIG_DIR JUPYTER_DATA_DIR JUPYTER_RUNTIME_DIR IPYTHONDIR EDU_NOTEBOOK_FILTER; do
    printf "export %s='%s'\n" "$name" "${!name//\'/\'\\\'\'}"
  done
  exit 0
fi

jupyter="${JUPYTER:-jupyter}"
if ! "$jupyter" "$app" --version >/dev/null 2>&1; then
  case "$app" in
    notebook) echo "jupyter notebook is missing: on Debian run 'bash tests/setup-system.sh' (or apt-get install jupyter-notebook); elsewhere 'pip install notebook'." >&2 ;;
    lab) echo "jupyter lab is missing: 'pip install jupyterlab' where PyPI is reachable (Debian has no JupyterLab package; 'bash notebooks/tools/jupyter.sh notebook' opens the classic UI)." >&2 ;;
  esac
  exit 1
fi
[ -x "$root/node_modules/.bin/tslab" ] || { echo "tslab is missing: run 'npm ci' first." >&2; exit 1; }
[ -f "$root/dist/index.js" ] || { echo "dist/ is missing: run 'npm run build' first." >&2; exit 1; }

args=()
[[ " $* " == *" --notebook-dir"* || " $* " == *"root_dir"* || " $* " == *"notebook_dir"* ]] || args+=(--notebook-dir="$root/notebooks")
[[ " $* " == *" --ip"* ]] || args+=(--ip=127.0.0.1)
# Jupyter refuses to start as root without this (containers, CI, a fresh server).
[ "$(id -u)" -eq 0 ] && args+=(--allow-root)
exec "$jupyter" "$app" "${args[@]}" "$@"
