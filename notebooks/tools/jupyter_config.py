# Jupyter configuration for the notebooks, copied by notebooks/tools/jupyter.sh into .jupyter/config/ as
# jupyter_notebook_config.py (the classic Notebook UI) and jupyter_server_config.py (JupyterLab).
#
# Saving a notebook writes it without outputs, through the filter git uses
# (notebooks/tools/strip-notebook-outputs.mjs): a notebook saved after a run is byte for byte the notebook
# as committed, so `git status` stays clean and `git pull` never trips over it. Edited cells are
# saved as edited. To keep outputs in the saved file, start the UI with EDU_KEEP_OUTPUTS=1 (git
# still leaves them out, through the same filter).
import json
import os
import subprocess

import nbformat

c = get_config()  # noqa: F821 (provided by Jupyter when it loads this file)


def strip_outputs(model, **kwargs):
    if model.get("type") != "notebook" or os.environ.get("EDU_KEEP_OUTPUTS"):
        return
    run = subprocess.run(
        ["node", os.environ["EDU_NOTEBOOK_FILTER"]],
        input=json.dumps(model["content"]),
        capture_output=True,
        text=True,
        timeout=30,
    )
    if run.returncode == 0:
        model["content"] = nbformat.reads(run.stdout, as_version=4)


c.FileContentsManager.pre_save_hook = strip_outputs
