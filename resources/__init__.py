"""The files that ship next to the code: report templates, the sample article, icons, styles.

Installed as the package `annotator.assets` (setup.py maps it onto this folder), so an installed
wheel finds them through importlib.resources; see annotator/resources.py.
"""
