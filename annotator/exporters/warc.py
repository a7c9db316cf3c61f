"""WARC (ISO 28500) evidence export: each capture as records that web-archive tools replay.

A fetched page is a `response` record (status line, headers, body) with its `request`
record; an attached file is a `resource` record. Bodies are stored decoded, so the
response headers are written without Content-Encoding/Transfer-Encoding and with the true
Content-Length. `WARC-Payload-Digest` is `sha256:` + base32 of the capture's SHA-256, and
`WARC-Record-ID` is the capture's id, so a reader can match every record to the project.
"""

from __future__ import annotations

import base64
import io
from collections.abc import Callable
from typing import BinaryIO

from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from annotator import __version__
from annotator.domain.capture import RESPONSE, Capture
from annotator.exporters.bundle import ExportBundle

_DROPPED_HEADERS = {"content-encoding", "transfer-encoding", "content-length"}


def payload_digest(sha256_hex: str) -> str:
    """The WARC form of a SHA-256: `sha256:` and the digest in base32."""
    return "sha256:" + base64.b32encode(bytes.fromhex(sha256_hex)).decode("ascii")


def write_warc(bundle: ExportBundle, out: BinaryIO) -> None:
    if bundle.read_capture is None:
        raise ValueError("the bundle was built without access to capture bytes")
    write_captures(list(bundle.captures.values()), bundle.read_capture, out)


def write_captures(
    captures: list[Capture], read: Callable[[Capture], bytes], out: BinaryIO
) -> None:
    writer = WARCWriter(out, gzip=True, warc_version="1.1")
    info = {"software": f"Annotator {__version__}", "format": "WARC File Format 1.1"}
    writer.write_record(writer.create_warcinfo_record("evidence.warc.gz", info))
    for capture in sorted(captures, key=lambda c: (c.captured_at, c.id)):
        body = read(capture)
        if capture.record == RESPONSE:
            _write_response(writer, capture, body)
        else:
            _write_resource(writer, capture, body)


def _warc_headers(capture: Capture, record_id: str) -> dict[str, str]:
    headers = {
        "WARC-Record-ID": f"<urn:uuid:{record_id}>",
        "WARC-Date": capture.captured_at,
        "WARC-Payload-Digest": payload_digest(capture.sha256),
    }
    if capture.captured_by:
        headers["WARC-X-Captured-By"] = capture.captured_by
    return headers


def _write_response(writer: WARCWriter, capture: Capture, body: bytes) -> None:
    kept = [(k, v) for k, v in capture.headers if k.lower() not in _DROPPED_HEADERS]
    kept.append(("Content-Length", str(len(body))))
    http = StatusAndHeaders(f"{capture.status} {capture.reason}".strip(), kept, protocol="HTTP/1.1")
    uri = capture.target_url
    response = writer.create_warc_record(
        uri, "response", payload=io.BytesIO(body), length=len(body), http_headers=http,
        warc_headers_dict=_warc_headers(capture, capture.id),
    )  # fmt: skip
    path = _request_path(uri)
    request_http = StatusAndHeaders(
        f"GET {path} HTTP/1.1", list(capture.request_headers), is_http_request=True
    )
    request = writer.create_warc_record(
        uri, "request", payload=io.BytesIO(b""), length=0, http_headers=request_http,
        warc_headers_dict={"WARC-Date": capture.captured_at},
    )  # fmt: skip
    writer.write_request_response_pair(request, response)


def _write_resource(writer: WARCWriter, capture: Capture, body: bytes) -> None:
    uri = capture.url or f"urn:sha256:{capture.sha256}"
    headers = _warc_headers(capture, capture.id)
    if capture.file_name:
        headers["WARC-X-File-Name"] = capture.file_name
    record = writer.create_warc_record(
        uri,
        "resource",
        payload=io.BytesIO(body),
        length=len(body),
        warc_content_type=capture.content_type or "application/octet-stream",
        warc_headers_dict=headers,
    )
    writer.write_record(record)


def _request_path(uri: str) -> str:
    from urllib.parse import urlsplit

    parts = urlsplit(uri)
    return (parts.path or "/") + (f"?{parts.query}" if parts.query else "")
