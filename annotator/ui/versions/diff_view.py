"""Render text diffs as escaped HTML: deletions struck through in red, insertions in green."""

from __future__ import annotations

from html import escape

from annotator.anchoring.diff import DiffChunk

DELETED = "background:#fdd;color:#900;text-decoration:line-through;"
INSERTED = "background:#dfd;color:#060;"


def _text(value: str) -> str:
    return escape(value).replace("\n\n", "<br><br>").replace("\n", "<br>")


def diff_html(chunks: list[DiffChunk], *, context: int | None = None) -> str:
    """HTML for a diff; with `context`, equal stretches longer than 2×context are shortened."""
    parts = []
    for chunk in chunks:
        if chunk.kind == "equal":
            text = chunk.old_text
            if context is not None and len(text) > 2 * context + 5:
                text = f"{text[:context]} … {text[-context:]}"
            parts.append(_text(text))
            continue
        if chunk.old_text:
            parts.append(f'<span style="{DELETED}">{_text(chunk.old_text)}</span>')
        if chunk.new_text:
            parts.append(f'<span style="{INSERTED}">{_text(chunk.new_text)}</span>')
    return "".join(parts)
