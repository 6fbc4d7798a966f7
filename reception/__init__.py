"""Reception: the Qt-free core of the virtual reception office."""

__version__ = "0.1.0"
