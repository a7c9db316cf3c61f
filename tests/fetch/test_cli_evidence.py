"""The user's path on the command line: import from a URL, update from it, sources without URLs,
protected sources, captures, the WARC export and the verdict scale."""

from __future__ import annotations

import hashlib
import json

from warcio.archiveiterator import ArchiveIterator

from annotator.cli import main
from tests.fetch.server import ARTICLE_HTML


def _run(capsys, *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def test_import_update_capture_protect_and_export_warc(tmp_path, web, capsys):
    project = str(tmp_path / "p.annotator")
    url = web.url("/v2.html")
    code, out, err = _run(capsys, "import", project, url, "--allow-local", "--author", "Ana")
    assert code == 0, err
    article_id, title = out.strip().split("\t")
    assert title == "Council spends £2m on bridge"

    code, out, _ = _run(capsys, "update", project, article_id, "--from-url", "--allow-local")
    assert (code, out.strip()) == (0, f"{article_id}\tunchanged\t{title}")
    web.server.v2 = ARTICLE_HTML.replace(
        "twice the first estimate", "three times the first estimate"
    )
    code, out, _ = _run(capsys, "update", project, "all", "--from-url", "--allow-local")
    assert code == 0 and out.startswith(f"{article_id}\tchanged\tVersion 2 of “{title}”")

    from annotator.services import ProjectService

    service = ProjectService.open(project, "Ana")
    claim = service.create_claim(article_id, 0, 20)
    service.close()
    code, out, err = _run(
        capsys,
        "source",
        "add",
        project,
        claim.id,
        "--kind",
        "interview",
        "--who",
        "Jo Bloggs",
        "--role",
        "deputy treasurer",
        "--method",
        "Signal call",
        "--protected",
    )
    assert code == 0, err
    secret_id = out.split("\t")[1]
    code, out, _ = _run(
        capsys,
        "source",
        "add",
        project,
        claim.id,
        "--kind",
        "web_page",
        "--url",
        web.url("/article.html"),
    )
    web_id = out.split("\t")[1]
    code, out, err = _run(capsys, "source", "capture", project, web_id, "--allow-local")
    assert code == 0, err
    sha, captured_at, size, where = out.strip().split("\t")
    assert sha == hashlib.sha256(ARTICLE_HTML.encode()).hexdigest() and where == web.url(
        "/article.html"
    )
    code, out, _ = _run(capsys, "source", "list", project, claim.id)
    listed = {s["id"]: s for s in json.loads(out)}
    assert listed[secret_id]["url"] == "" and listed[secret_id]["protected"] is True
    assert listed[web_id]["capture"]["sha256"] == sha

    code, out, err = _run(capsys, "source", "add", project, claim.id, "--kind", "web_page")
    assert code == 1 and err.strip() == "annotator source: A source needs a URL."

    warc = tmp_path / "evidence.warc.gz"
    code, _, err = _run(
        capsys, "export", project, "--format", "warc", "-o", str(warc), "--include-drafts"
    )
    assert code == 0 and "wrote 3 captures" in err  # two article versions and the source
    with warc.open("rb") as stream:
        digests = [
            hashlib.sha256(r.content_stream().read()).hexdigest()
            for r in ArchiveIterator(stream) if r.rec_type == "response"
        ]
    assert sha in digests and len(digests) == 3

    code, out, _ = _run(capsys, "export", project, "--format", "json", "--include-drafts")
    assert "Jo Bloggs" not in out and "deputy treasurer" not in out and "Signal call" not in out


def test_fetch_errors_are_one_line_and_exit_1(tmp_path, web, capsys):
    project = str(tmp_path / "p.annotator")
    code, out, err = _run(capsys, "import", project, web.url("/missing"), "--allow-local")
    assert code == 1 and err.strip().endswith("the server answered HTTP 404 Not Found.")
    code, out, err = _run(capsys, "import", project, web.url("/article.html"))
    assert code == 1 and "refused unless you allow local addresses" in err and err.count("\n") == 1


def test_verdicts_commands(tmp_path, capsys):
    project = tmp_path / "p.annotator"
    article = tmp_path / "a.txt"
    article.write_text("Title\n\nThe bridge cost two million pounds.\n", encoding="utf-8")
    _run(capsys, "import", str(project), str(article))
    code, out, _ = _run(
        capsys,
        "verdicts",
        "add",
        str(project),
        "Pants on Fire",
        "--colour",
        "#7f0000",
        "--value",
        "1",
    )
    assert out.splitlines()[-1] == "7\tPants on Fire\t1\t#7f0000\t0"
    code, out, _ = _run(capsys, "verdicts", "rename", str(project), "pants on fire", "Liar, liar")
    assert out.splitlines()[-1] == "7\tLiar, liar\t1\t#7f0000\t0"
    code, out, _ = _run(capsys, "verdicts", "move", str(project), "Liar, liar", "0")
    assert out.splitlines()[0] == "0\tLiar, liar\t1\t#7f0000\t0"
    code, out, _ = _run(capsys, "verdicts", "remove", str(project), "Liar, liar")
    assert "Liar" not in out and len(out.splitlines()) == 7
    code, _, err = _run(capsys, "verdicts", "add", str(project), "True")
    assert (
        code == 1
        and err.strip() == "annotator verdicts: There is already a verdict “True” on the scale."
    )
    code, out, _ = _run(capsys, "verdicts", "template", str(project), "politifact")
    assert [line.split("\t")[1] for line in out.splitlines()] == [
        "True",
        "Mostly true",
        "Half true",
        "Mostly false",
        "False",
        "Pants on Fire",
    ]
