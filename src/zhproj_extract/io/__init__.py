"""Outputs and I/O: the command line (:mod:`.cli`), what a batch reads (:mod:`.inputs`),
runs (:mod:`.batch`) and writes (:mod:`.outputs`, :mod:`.tables`), the partition function
for Dask and Spark (:mod:`.distributed`), the CLI's project table (:mod:`.project_table`)
and the HTML view (:mod:`.html`).
"""
