"""The handbook's own code: what the MkDocs hooks, the exports and the tests share.

Plain modules with no MkDocs event handlers (those are the thin files in
hooks/). `make setup` installs this package into the virtual environment in
editable mode (pyproject.toml), so every part of the project imports it by
name.
"""
