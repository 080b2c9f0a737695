"""Raw report text -> data/processed tables. Run with `python -m dashboard.pipeline`."""
