import sys

from generator.cli import main

# Guarded: a Dask LocalCluster's worker processes are spawned, and import this module again.
if __name__ == "__main__":
    sys.exit(main())
