"""Reading annotations made elsewhere (W3C Web Annotation JSON-LD, Hypothesis exports) as plain
data."""

from annotator.interchange.annotation_parser import (
    AnnotationFileError,
    ForeignAnnotation,
    ForeignSource,
    load_annotations,
    parse_annotations,
)

__all__ = [
    "AnnotationFileError",
    "ForeignAnnotation",
    "ForeignSource",
    "load_annotations",
    "parse_annotations",
]
