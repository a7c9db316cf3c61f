"""Packages: everything under annotator/, plus the top-level resources/ folder as `annotator.assets`.

pyproject.toml cannot add a mapped package to an automatic package search, hence this file;
every other setting is in pyproject.toml.
"""

from setuptools import find_packages, setup

setup(
    packages=[*find_packages(include=["annotator", "annotator.*"]), "annotator.assets"],
    package_dir={"annotator.assets": "resources"},
)
