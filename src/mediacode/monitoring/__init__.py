"""Privacy-proof monitoring: log sources in, minimised traffic records out.

The core of the pipeline (parse, minimise, spare, pseudonymise, report) lives
here free of engines and frameworks; ``sources`` holds one parser per log format.
"""
