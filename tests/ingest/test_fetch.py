"""Inputs named by URL, fetched from a local HTTP server the test starts (no network needed)."""

from __future__ import annotations

import functools
import http.server
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest

from dateline.ingest import fetch
from dateline.ingest.readers import read_paths
from dateline.records import Document, Failure
from dateline.settings import Settings
from tests.ingest.test_archives import PAGE, RSS


class QuietHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, format: str, *args: object) -> None:  # noqa: A002 - the base's name
        pass

    def guess_type(self, path: str | object) -> str:
        # a page served under a name with no extension still says what it is
        return "text/html" if str(path).endswith("story") else super().guess_type(path)


@pytest.fixture()
def server(tmp_path: Path) -> Iterator[str]:
    (tmp_path / "news.rss").write_bytes(RSS)
    (tmp_path / "story").write_text(PAGE)
    (tmp_path / "big.txt").write_text("word " * 400)
    handler = functools.partial(QuietHandler, directory=str(tmp_path))
    httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}"
    httpd.shutdown()
    httpd.server_close()


def test_a_feed_url_is_read_like_a_feed_file(server: str) -> None:
    items = list(read_paths([f"{server}/news.rss"]))
    assert [type(item).__name__ for item in items] == ["Document", "Failure", "Document"]
    first = items[0]
    assert isinstance(first, Document) and first.format == "feed"
    assert first.source == f"{server}/news.rss#1" and first.url == "https://tiny.example/bridge"


def test_a_page_url_is_read_as_html_and_keeps_its_address(server: str) -> None:
    (page,) = list(read_paths([f"{server}/story"]))
    assert isinstance(page, Document) and page.format == "html"
    assert page.url == f"{server}/story" and "Anna Berg" in page.text


def test_a_missing_or_unreachable_url_is_a_failure_and_the_batch_goes_on(
    server: str, tmp_path: Path
) -> None:
    (tmp_path / "local.txt").write_text("The mayor opened a bridge.")
    items = list(read_paths([f"{server}/gone.rss", "http://127.0.0.1:1/x", tmp_path / "local.txt"]))
    assert [type(item).__name__ for item in items] == ["Failure", "Failure", "Document"]
    assert "HTTP 404" in items[0].message and "cannot fetch" in items[1].message


def test_a_fetch_is_bounded(server: str, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(fetch, "FETCH_DOCUMENTS_LIMIT", 1)
    (failure,) = list(read_paths([f"{server}/big.txt"], settings=Settings(max_document_bytes=100)))
    assert isinstance(failure, Failure) and failure.error_type == "InputTooLargeError"


@pytest.mark.parametrize(
    "value,expected",
    [
        ("https://a.example/x", True),
        ("HTTP://a.example", True),
        ("file:///etc/passwd", False),
        ("ftp://a.example/x", False),
        ("news.rss", False),
    ],
)
def test_only_http_urls_are_fetched(value: str, expected: bool) -> None:
    assert fetch.is_url(value) is expected


def test_ingest_takes_urls_beside_paths(server: str, tmp_path: Path) -> None:
    from click.testing import CliRunner

    from dateline.cli import main

    db = str(tmp_path / "kb.duckdb")
    result = CliRunner().invoke(main, ["ingest", f"{server}/news.rss", "--db", db, "-q"])
    assert "read 3, added 2" in result.output and result.exit_code == 3  # one entry has no text
    missing = CliRunner().invoke(main, ["ingest", str(tmp_path / "nothing-here"), "--db", db])
    assert missing.exit_code == 2 and "no file, folder or http(s) URL" in missing.output
