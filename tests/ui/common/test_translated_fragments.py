"""No English fragment inside a translated window: the publication checklist is worded by key
with the language's plural forms, a value that is itself a msg() (a fetch failure's reason, a
file format, what ClaimReview lacks) is translated with its sentence, and the hub listener's
loss is said in the interface language."""

from __future__ import annotations

import socket

import pytest

from annotator.errors import ArticleImportError, ExportError, msg
from annotator.exporters.claimreview import joined
from annotator.fetch import FetchError, FetchPolicy, fetch
from annotator.importers import import_path
from annotator.services.publication import CheckItem
from annotator.ui.common import i18n
from annotator.ui.exchange.export_dialog import ChecklistDialog


@pytest.fixture
def language(qapp):
    def use(code: str) -> None:
        assert i18n.install(code) == code

    yield use
    i18n.install(i18n.ENGLISH)


MISSING_ORGANISATION = msg(
    "the organisation that publishes it (its `author`: set the organisation name in Project "
    "Settings)"
)
ITEMS = [
    CheckItem("drafts", "Includes 1 claims not approved: the report is marked as a draft.",
              count=1),
    CheckItem("no_sources", "3 claims without sources.", ["a", "b", "c"], count=3),
    CheckItem("unrated", "5 claims without a verdict.", list("abcde"), count=5),
    CheckItem("stale_approval", "2 claims changed after approval (stale approval): left out "
              "until approved again.", ["a", "b"], count=2, detail="left out"),
    CheckItem("claimreview", msg("ClaimReview needs {missing}.", missing=MISSING_ORGANISATION),
              blocking=True, detail=MISSING_ORGANISATION),
]  # fmt: skip


def _lines(qtbot, items: list[CheckItem]) -> list[str]:
    dialog = ChecklistDialog(None, items, 9)
    qtbot.addWidget(dialog)
    return dialog.lines()


def test_the_checklist_is_spanish_with_its_plurals(qtbot, language):
    language("es")
    assert _lines(qtbot, ITEMS) == [
        "Incluye 1 afirmación no aprobada: el informe se marca como borrador.",
        "3 afirmaciones sin fuentes.",
        "5 afirmaciones sin veredicto.",
        "2 afirmaciones cambiaron después de su aprobación (aprobación caducada): quedan fuera "
        "hasta que se aprueben de nuevo.",
        "Hay que corregir: ClaimReview necesita la organización que lo publica (su `author`: "
        "indique el nombre de la organización en Configuración del proyecto).",
    ]


def test_the_checklist_takes_the_three_ukrainian_and_six_arabic_forms(qtbot, language):
    counts = [0, 1, 2, 3, 5, 11, 21, 100]
    items = [CheckItem("no_sources", "", count=n) for n in counts]
    language("uk")
    assert _lines(qtbot, items) == [
        "0 тверджень без джерел.", "1 твердження без джерел.", "2 твердження без джерел.",
        "3 твердження без джерел.", "5 тверджень без джерел.", "11 тверджень без джерел.",
        "21 твердження без джерел.", "100 тверджень без джерел.",
    ]  # fmt: skip
    language("ar")
    assert _lines(qtbot, items) == [
        "لا ادعاءات بلا مصادر.", "ادعاء واحد بلا مصادر.", "ادعاءان بلا مصادر.",
        "٣ ادعاءات بلا مصادر.", "٥ ادعاءات بلا مصادر.", "١١ ادعاءً بلا مصادر.",
        "٢١ ادعاءً بلا مصادر.", "١٠٠ ادعاء بلا مصادر.",
    ]  # fmt: skip  (the counts in Arabic's own digits, as QLocale("ar") writes them)


def test_the_english_checklist_is_unchanged(qtbot, language):
    language(i18n.ENGLISH)
    assert _lines(qtbot, ITEMS[1:3] + ITEMS[4:]) == [
        "3 claims without sources.",
        "5 claims without a verdict.",
        "Must fix: ClaimReview needs the organisation that publishes it (its `author`: set the "
        "organisation name in Project Settings).",
    ]
    assert _lines(qtbot, [CheckItem("no_sources", "", count=1)]) == ["1 claim without sources."]


def test_a_fetch_failures_reason_is_translated_with_its_sentence(language):
    language("es")
    with socket.socket() as closed:  # a port nothing listens on: the connection is refused
        closed.bind(("127.0.0.1", 0))
        url = f"http://127.0.0.1:{closed.getsockname()[1]}/"
    with pytest.raises(FetchError) as caught:
        fetch(url, FetchPolicy(allow_private=True, timeout=2.0, total_timeout=5.0))
    assert i18n.translated_error(caught.value) == (
        f"{url}: la conexión fue rechazada o no se pudo establecer."
    )


def test_a_file_type_and_what_claimreview_lacks_are_translated(tmp_path, language):
    language("uk")
    old = tmp_path / "звіт.doc"
    old.write_bytes(b"\xd0\xcf\x11\xe0 an old Word file")
    with pytest.raises(ArticleImportError) as caught:
        import_path(old)
    shown = i18n.translated_error(caught.value)
    assert shown.startswith("звіт.doc: непідтримуваний тип файлу .doc. Це старий документ Word: "
                            "збережіть його як .docx. Annotator імпортує ")  # fmt: skip
    language("es")
    error = ExportError(
        msg("ClaimReview not written: it needs {missing}. (To write an incomplete draft anyway, "
            "allow an incomplete document.)",
            missing=joined([MISSING_ORGANISATION, MISSING_ORGANISATION]))
    )  # fmt: skip
    part = ("la organización que lo publica (su `author`: indique el nombre de la organización "
            "en Configuración del proyecto)")  # fmt: skip
    assert i18n.translated_error(error) == (
        f"No se escribió el ClaimReview: necesita {part}; y {part}. (Para escribir de todos modos "
        "un borrador incompleto, permita un documento incompleto.)"
    )


def test_the_hub_listeners_loss_is_said_in_spanish(qtbot, tmp_path, language):
    from annotator.storage import hub_local
    from annotator.ui.main_window import MainWindow

    language("es")
    window = MainWindow("Olga", interactive=False)
    qtbot.addWidget(window)
    assert window.open_project(tmp_path / "olga.annotator")
    dead = "host=127.0.0.1 port=1 dbname=hub user=olga connect_timeout=2"  # nothing listens
    hub_local.set_hub_state(window.service.store, {"url": dead})
    window.hub.project_opened()  # starts the listener (a sync waits for the poll or a notice)
    qtbot.waitUntil(lambda: window.hub.state == "offline", timeout=10000)
    said = window.hub.indicator.toolTip()
    assert said.startswith("Se perdió la conexión en directo con el hub (")
    assert said.endswith("); se reintenta cada 30 segundos.")
    window.hub.stop()
    window.close()


def test_the_read_only_notice_is_translated_with_its_reason(tmp_path, language):
    from annotator.services import ProjectService
    from annotator.services.session import read_only_notice

    project = tmp_path / "архів.annotator"
    ProjectService.open(project, "Ana", create=True).close()
    project.chmod(0o444)
    language("ar")
    assert i18n.translated_message(read_only_notice(project)) == (
        "للقراءة فقط: \u200fархів.annotator محمي من الكتابة. يمكنك قراءته وتصديره، لكن لا يمكن حفظ "
        "التغييرات."
    )


def test_the_open_elsewhere_warning_is_spanish_with_its_parts(language):
    from annotator.storage.presence import OtherInstance

    other = OtherInstance(pid=1, host="mesa-2", user="ana", since="2026-12-02T09:30:00", program="")
    english = other.message("informe.annotator")
    assert english.startswith(
        "informe.annotator is already open in another Annotator (by ana on mesa-2"
    )
    language("es")
    assert i18n.translated_message(english) == (
        "informe.annotator ya está abierto en otro Annotator (de ana en mesa-2 desde 2026-12-02 "
        "09:30). Pueden trabajar los dos: cada cambio se guarda al instante y cada ventana "
        "muestra los cambios de la otra en pocos segundos. Eviten editar la misma afirmación a "
        "la vez."
    )


def test_the_leftover_change_log_notice_is_ukrainian_with_its_reason(language, tmp_path):
    from annotator.storage.stale_wal import SetAside, structural_problem

    reason = structural_problem(b"short", 4096)
    assert reason == "it is too short to be a change log"
    notice = SetAside(tmp_path / "p.annotator-wal.not-applied-1", reason).message(
        tmp_path / "p.annotator"
    )
    language("uk")
    assert i18n.translated_message(notice) == (
        "p.annotator: залишковий журнал змін (p.annotator-wal) не належав цьому файлу (він "
        "закороткий, щоб бути журналом змін), тому його не застосовано. Його збережено як "
        "p.annotator-wal.not-applied-1; проєкт відкрито як є."
    )


def test_the_summaries_of_a_merge_a_sync_and_an_annotation_import_are_arabic(language):
    from annotator.hub.sync import SyncResult
    from annotator.services.annotation_import import AnnotationImportReport
    from annotator.storage.merge_plan import MergeReport

    merged = MergeReport("colleague.annotator")
    merged.count("claim", "added")
    merged.count("claim", "added")
    merged.count("claim", "deleted")
    assert merged.summary() == "added 2, updated 0, unchanged 0, conflicts 0, deleted 1"
    synced = SyncResult(pulled=merged, pushed_items=3, pushed_records=7)
    report = AnnotationImportReport("/tmp/notes.json", total=4, imported=["a", "b", "c"])
    assert report.summary() == "Imported 3 of 4 annotations from notes.json."
    language("ar")
    assert i18n.translated_message(synced.summary()) == (
        "المستلم: مضافة: 2، محدَّثة: 0، دون تغيير: 0، تعارضات: 0، محذوفة: 1؛ المرسل: عناصر 3، سجلات 7"
    )
    assert i18n.translated_message(report.summary()) == (
        "استُورد 3 من 4 من التعليقات التوضيحية من notes.json."
    )
