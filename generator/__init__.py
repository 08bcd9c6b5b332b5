"""creditsite: publish approved credit red/black lists as an anonymised static site and
signed open-data feeds."""

__version__ = "0.1.0"
