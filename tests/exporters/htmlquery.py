"""A tiny CSS-selector subset for tests (lxml's cssselect needs an extra package).

Supports descendant chains of `tag`, `.class`, `tag.class` and `tag[attr="value"]`.
"""

from __future__ import annotations

import re

_STEP = re.compile(
    r'^(?P<tag>[a-z0-9]+|\*)?(?P<classes>(\.[\w-]+)*)(\[(?P<attr>[\w-]+)="(?P<value>[^"]*)"\])?$'
)


def to_xpath(selector: str) -> str:
    parts = []
    for step in selector.split():
        match = _STEP.match(step)
        if not match:
            raise ValueError(f"unsupported selector step {step!r}")
        xpath = match["tag"] or "*"
        for name in filter(None, match["classes"].split(".")):
            xpath += f"[contains(concat(' ', normalize-space(@class), ' '), ' {name} ')]"
        if match["attr"]:
            xpath += f"[@{match['attr']}='{match['value']}']"
        parts.append(xpath)
    return ".//" + "//".join(parts)


def select(node, selector: str) -> list:
    return node.xpath(to_xpath(selector))
