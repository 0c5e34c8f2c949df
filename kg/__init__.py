"""policing-kg: a knowledge graph of organised-crime policing, built from police press releases."""

__version__ = "0.1.0"
