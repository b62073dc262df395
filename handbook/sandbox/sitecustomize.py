"""Loaded first by every snippet process (the runner puts this folder on PYTHONPATH).

It makes runs repeatable and offline: global random generators start from a
fixed seed, and any attempt to open a network connection fails at once with a
message, instead of hanging until the timeout.
"""

import random
import socket

SEED = 0


class NetworkDisabled(OSError):
    """Raised for every network call made by a handbook snippet."""


def _refuse(*args, **kwargs):
    raise NetworkDisabled("network access is disabled for handbook snippets; use local or generated data")


socket.socket.connect = _refuse
socket.socket.connect_ex = _refuse
socket.create_connection = _refuse
socket.getaddrinfo = _refuse

random.seed(SEED)
try:
    import numpy
except ImportError:  # a snippet without NumPy still runs
    pass
else:
    numpy.random.seed(SEED)
