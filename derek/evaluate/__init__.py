"""`derek evaluate` tasks: one module each."""
