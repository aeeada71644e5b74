"""Execute one notebook with the project's tslab kernel; print a JSON summary of its outputs.

Usage: python3 run_notebook.py NOTEBOOK OUT_NOTEBOOK

Exit status 0 when every cell ran; 1 with the failing cell's source and stderr otherwise.
An error hook also catches failures that nbconvert would miss (stderr printed by a timer).
"""
import json
import sys

import nbformat
from nbclient import NotebookClient
from nbclient.exceptions import CellExecutionError

src, dst = sys.argv[1], sys.argv[2]
nb = nbformat.read(src, as_version=4)
client = NotebookClient(nb, kernel_name="tslab", timeout=300, allow_errors=False)
status = 0
try:
    client.execute()
except CellExecutionError as err:
    status = 1
    sys.stderr.write(f"cell failed: {err}\n")
except Exception as err:  # a kernel that died, an output nbformat refuses …
    status = 1
    sys.stderr.write(f"execution stopped: {type(err).__name__}: {err}\n")
finally:
    nbformat.write(nb, dst)

cells = []
for i, cell in enumerate(nb.cells):
    if cell.cell_type != "code":
        continue
    mimes, stderr = [], []
    for out in cell.get("outputs", []):
        if out.get("output_type") == "stream" and out.get("name") == "stderr":
            stderr.append(out.get("text", ""))
        if out.get("output_type") == "error":
            stderr.append(out.get("ename", "") + ": " + out.get("evalue", ""))
        if out.get("output_type") in ("display_data", "execute_result"):
            mimes.extend(out.get("data", {}).keys())
        if out.get("output_type") == "stream" and out.get("name") == "stdout":
            mimes.append("text/stdout")
    cells.append({"index": i, "tags": cell.get("metadata", {}).get("tags", []), "mimes": mimes, "stderr": "".join(stderr)})
    if stderr and status == 0:
        status = 1
        sys.stderr.write(f"cell {i} wrote to stderr:\n{cell.source}\n---\n{''.join(stderr)}\n")
print(json.dumps({"status": status, "cells": cells}))
sys.exit(status)
