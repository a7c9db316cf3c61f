"""Packages: everything under annotator/, plus the top-level resources/ folder as
`annotator.assets`.

pyproject.toml cannot add a mapped package to an automatic package search, hence this file;
every other setting is in pyproject.toml. Namespace search, so that a folder without an
__init__.py is still packaged.
"""

from setuptools import find_namespace_packages, setup

setup(
    packages=[
        *find_namespace_packages(include=["annotator", "annotator.*"], exclude=["*.__pycache__"]),
        "annotator.assets",
    ],
    package_dir={"annotator.assets": "resources"},
)
