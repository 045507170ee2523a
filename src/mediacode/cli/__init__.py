"""The command line: one module per command group, each a few lines over ``services``."""
