"""A fictitious organization, generated: the folder ``mediacode demo`` writes.

Everything is composed from short lists written for this project and a fixed
seed, so two runs give the same bytes and no real person's data is involved.
"""

from mediacode.org.demo.folder import DemoFolder, build_demo_folder

__all__ = ["DemoFolder", "build_demo_folder"]
