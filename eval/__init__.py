"""Measurements of extraction quality on real corpora (issue 15). Nothing here imports lib/:
the pipeline is run through its documented command line and its tables read from Parquet,
so the harness keeps working while lib/ is reorganised."""
