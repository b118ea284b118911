"""hostcity: the operations platform of a city that hosts the world."""

__version__ = "0.1.0"
