"""Error messages keep their template and values apart (for the window's translation) while
str(error) stays the English text with the values filled in, as the CLI prints it."""

from __future__ import annotations

import pickle
from pathlib import Path

import pytest

from annotator.errors import AnnotatorError, NotAProjectError, ValidationError, msg
from annotator.services import ProjectService


def test_str_is_the_english_text_with_the_values():
    error = ValidationError(msg("{url}: more than {count} redirects.", url="https://a.example",
                                count=5))  # fmt: skip
    assert str(error) == "https://a.example: more than 5 redirects."
    assert error.template == "{url}: more than {count} redirects."
    assert error.values == {"url": "https://a.example", "count": 5}
    assert error.args == ("https://a.example: more than 5 redirects.",)


def test_format_specs_and_braces_in_values_are_kept():
    error = ValidationError(msg("took {seconds:g} s for {text!r}", seconds=2.50, text="{x}"))
    assert str(error) == "took 2.5 s for '{x}'"


def test_a_plain_message_has_no_template():
    error = AnnotatorError("written elsewhere")
    assert str(error) == "written elsewhere"
    assert error.template is None and error.values == {}


def test_the_template_survives_a_pickle():
    """The isolated importer sends its error message from a worker process."""
    message = pickle.loads(pickle.dumps(msg("{name}: the file is empty.", name="a.txt")))
    assert message == "a.txt: the file is empty."
    assert ValidationError(message).template == "{name}: the file is empty."


def test_a_service_error_carries_its_template(tmp_path: Path):
    notes = tmp_path / "notes.txt"
    notes.write_text("Not a project.", encoding="utf-8")
    with pytest.raises(NotAProjectError) as caught:
        ProjectService.open(notes, "Tester", create=False)
    assert str(caught.value) == (
        "notes.txt is not an Annotator project (it is not a SQLite database)."
    )
    assert caught.value.template == (
        "{name} is not an Annotator project (it is not a SQLite database)."
    )
    assert caught.value.values == {"name": "notes.txt"}
