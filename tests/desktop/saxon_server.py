"""A Saxon XSLT server for the factur-x package's schematron check, run as a process by the tests.

factur-x runs the EN 16931 schematron (an XSLT 2.0 stylesheet, which lxml cannot run) by POSTing
the XML and the stylesheet to a "saxon server" (multipart fields `xml` and `xsl`, answer: the
SVRL report). This is that server, on loopback, with Saxon-HE from PyPI (saxonche); compiled
stylesheets are kept per text, so each kind of invoice costs one transform after the first.

    python -m tests.desktop.saxon_server PORT_FILE     (writes the port it listens on)
"""

from __future__ import annotations

import email
import email.policy
import hashlib
import sys
from http.server import BaseHTTPRequestHandler, HTTPServer
from pathlib import Path
from typing import Any

_compiled: dict[str, Any] = {}


def transform(processor: Any, xml: str, xsl: str) -> str:
    key = hashlib.sha256(xsl.encode()).hexdigest()
    executable = _compiled.get(key)
    if executable is None:
        compiler = processor.new_xslt30_processor()
        executable = _compiled[key] = compiler.compile_stylesheet(stylesheet_text=xsl)
    node = processor.parse_xml(xml_text=xml)
    return executable.transform_to_string(xdm_node=node)


class Handler(BaseHTTPRequestHandler):
    processor: Any = None

    def do_POST(self) -> None:
        length = int(self.headers.get("Content-Length") or 0)
        raw = self.rfile.read(length)
        message = email.message_from_bytes(
            b"Content-Type: " + self.headers["Content-Type"].encode() + b"\r\n\r\n" + raw,
            policy=email.policy.HTTP)
        fields = {part.get_param("name", header="content-disposition"): part.get_payload(decode=True)
                  for part in message.iter_parts()}
        try:
            body = transform(self.processor, fields["xml"].decode(), fields["xsl"].decode()).encode()
            self.send_response(200)
        except Exception as exc:  # the test sees the reason in the factur-x error
            body = f"{type(exc).__name__}: {exc}".encode()
            self.send_response(500)
        self.send_header("Content-Type", "application/xml")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, format: str, *args: Any) -> None:
        pass


def main(port_file: str) -> int:
    from saxonche import PySaxonProcessor

    with PySaxonProcessor(license=False) as processor:
        Handler.processor = processor
        server = HTTPServer(("127.0.0.1", 0), Handler)
        Path(port_file).write_text(str(server.server_address[1]))
        server.serve_forever()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1]))
