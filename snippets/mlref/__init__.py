"""Reference implementations of classic ML building blocks, in plain NumPy.

Written to be read: each function is the version you would write on a
whiteboard, vectorized, with its input checks. Handbook snippets import
them, the API reference renders their docstrings, and ``tests/test_mlref.py``
checks each one against a trusted implementation.
"""
