"""Read Wagtail's page editor form from its HTML, as a browser would, and submit it changed."""

from __future__ import annotations

from lxml import html as lxml_html


def editor_fields(page_html: str) -> dict[str, list[str]]:
    """The editor form's successful controls (name -> values), as the browser would send them."""
    doc = lxml_html.fromstring(page_html)
    forms = [f for f in doc.forms if f.get("method", "").lower() == "post" and "title" in f.fields]
    assert forms, "no page editor form on the page"
    values: dict[str, list[str]] = {}
    for name, value in forms[0].form_values():
        # A browser drops the newline that follows <textarea>; lxml keeps it.
        values.setdefault(name, []).append(value[1:] if value.startswith("\n") else value)
    return values


def post_data(fields: dict[str, list[str]], **changes: str) -> dict[str, list[str] | str]:
    """The fields with some single values replaced (`findings-0-text="..."`)."""
    data: dict[str, list[str] | str] = {k: list(v) for k, v in fields.items()}
    for name, value in changes.items():
        data[name.replace("__", "-")] = value
    return data
