"""Templates render in a sandbox with strict fields; errors name the line and column."""

from __future__ import annotations

import pytest

from reception.documents.templating import (
    TemplateError,
    TemplateFieldError,
    TemplateSecurityError,
    render_template,
)
from reception.services.letter_fields import sample_fields

ESCAPES = [
    "{{ ''.__class__.__mro__ }}",
    "{{ ''.__class__.__mro__[1].__subclasses__() }}",
    "{{ cycler.__init__.__globals__ }}",
    "{{ joiner.__init__.__globals__.os }}",
    "{{ lipsum.__globals__['os'].popen('id').read() }}",
    "{{ applicant.__class__.__init__.__globals__ }}",
    "{{ applicant.salutation.__class__ }}",
    "{{ applicant._field_defaults }}",
    "{{ self.__init__.__globals__ }}",
    "{{ namespace.__init__ }}",
    "{{ range.__self__ }}",
    "{% for c in ''.__class__.__base__.__subclasses__() %}{{ c }}{% endfor %}",
    "{{ 'x' * 100000000 }}",
    "{{ 9 ** 9 ** 9 }}",
]


@pytest.mark.parametrize("source", ESCAPES)
def test_sandbox_escapes_fail_with_a_typed_error(source: str) -> None:
    with pytest.raises(TemplateError) as caught:
        render_template(source, sample_fields(), name="escape")
    assert caught.value.message.startswith("Шаблон «escape»")
    assert "<" not in caught.value.message  # nothing of Python's internals leaks into the message


def test_private_attributes_of_a_field_are_unsafe() -> None:
    with pytest.raises(TemplateSecurityError):
        render_template("{{ applicant.__dict__ }}", sample_fields())


def test_a_misspelt_field_is_reported_with_its_line_and_column() -> None:
    source = "{{ applicant.salutation }}\nОбращение № {{ appeal.reg_numbr }} от {{ appeal.registered }}"
    with pytest.raises(TemplateFieldError) as caught:
        render_template(source, sample_fields(), name="answer")
    error = caught.value
    assert (error.field, error.line, error.column) == ("appeal.reg_numbr", 2, 16)
    assert "строка 2, позиция 16" in error.message and "«appeal.reg_numbr»" in error.message


def test_an_unknown_top_level_name_is_reported() -> None:
    with pytest.raises(TemplateFieldError) as caught:
        render_template("\n\n  {{ aplicant.full_name }}", sample_fields())
    assert (caught.value.field, caught.value.line, caught.value.column) == ("aplicant", 3, 6)


def test_a_syntax_error_is_reported_with_its_line_and_column() -> None:
    with pytest.raises(TemplateError) as caught:
        render_template("Текст\n{% if applicant.phone %}телефон\n{{ applicant.phone }", sample_fields())
    assert caught.value.line == 3 and caught.value.column is not None


def test_field_values_cannot_inject_markup() -> None:
    fields = sample_fields()
    from dataclasses import replace

    fields["applicant"] = replace(fields["applicant"], full_name="**Жирный** - *нет*")
    assert render_template("{{ applicant.full_name }}", fields) == "\\*\\*Жирный\\*\\* - \\*нет\\*"
