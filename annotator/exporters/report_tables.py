"""The report labels of each language (see report_labels.py): English text -> translation.

tests/exporters/test_report_languages.py checks that every language has every label, with the
same {placeholders}, and every plural form its language needs."""

from __future__ import annotations

# Every label the report templates and html_report.py write, in English (the keys).
LABELS = (
    "Fact-check: {title}", "Fact-check report", "Not found in the current text",
    "(not found in the current text)", "p. {page}", "Claim", "Claimant", "Claim date", "Verdict",
    "Tags", "Sources", "Accessed {date}.", "Archived copy:", "Captured {time} UTC, SHA-256",
    "Publisher", "By", "Published", "URL", "Checked by", "Report date", "Summary",
    "Claims per verdict", "Claims", "Article text with checked claims highlighted",
    "The article", "Claims no longer found in the article",
    "The article was updated after these claims were checked; their quotes are not in the "
    "current text.",
    "Appendix: agreement between reviewers", "Reviewers: {names}.",
    "{compared} of {passages} passages were rated by two or more.",
    "Percentage agreement: {percent}%.", "Passage", "Methodology", "Corrections",
    "Report generated {generated} with Annotator.",
    "Report generated {generated} for {org} with Annotator.", "Unrated",
    "Supports the claim", "Refutes the claim", "Context",
    "Draft", "Ready for review", "Approved", "Changes requested",
)  # fmt: skip

_ES = dict(zip(LABELS, (
    "Verificación: {title}", "Informe de verificación", "No se encuentra en el texto actual",
    "(no se encuentra en el texto actual)", "pág. {page}", "Afirmación", "Declarante",
    "Fecha de la afirmación", "Veredicto", "Etiquetas", "Fuentes", "Consultada el {date}.",
    "Copia archivada:", "Capturada el {time} UTC, SHA-256", "Medio", "Por", "Publicado", "URL",
    "Verificado por", "Fecha del informe", "Resumen", "Afirmaciones por veredicto",
    "Afirmaciones", "Texto del artículo con las afirmaciones verificadas resaltadas",
    "El artículo", "Afirmaciones que ya no están en el artículo",
    "El artículo se actualizó después de verificar estas afirmaciones; sus citas no están en el "
    "texto actual.",
    "Apéndice: acuerdo entre revisores", "Revisores: {names}.",
    "{compared} de {passages} pasajes fueron valorados por dos o más personas.",
    "Acuerdo porcentual: {percent} %.", "Pasaje", "Metodología", "Correcciones",
    "Informe generado el {generated} con Annotator.",
    "Informe generado el {generated} para {org} con Annotator.", "Sin calificar",
    "Respalda la afirmación", "Refuta la afirmación", "Contexto",
    "Borrador", "Lista para revisión", "Aprobada", "Cambios solicitados",
), strict=True))  # fmt: skip

_UK = dict(zip(LABELS, (
    "Фактчек: {title}", "Звіт про перевірку фактів", "Немає в поточному тексті",
    "(немає в поточному тексті)", "с. {page}", "Твердження", "Автор твердження",
    "Дата твердження", "Вердикт", "Теги", "Джерела", "Переглянуто {date}.", "Архівна копія:",
    "Знімок {time} UTC, SHA-256", "Видання", "Автор", "Опубліковано", "URL", "Перевірили",
    "Дата звіту", "Підсумок", "Твердження за вердиктами", "Твердження",
    "Текст статті з виділеними перевіреними твердженнями", "Стаття",
    "Твердження, яких більше немає в статті",
    "Статтю оновили після перевірки цих тверджень; їхніх цитат немає в поточному тексті.",
    "Додаток: узгодженість між рецензентами", "Рецензенти: {names}.",
    "{compared} з {passages} фрагментів оцінили двоє або більше людей.",
    "Відсоток узгодженості: {percent}%.", "Фрагмент", "Методологія", "Виправлення",
    "Звіт створено {generated} в Annotator.",
    "Звіт створено {generated} для {org} в Annotator.", "Без оцінки",
    "Підтверджує твердження", "Спростовує твердження", "Контекст",
    "Чернетка", "Готово до рецензії", "Схвалено", "Потрібні зміни",
), strict=True))  # fmt: skip

_AR = dict(zip(LABELS, (
    "تحقق: {title}", "تقرير تحقق", "غير موجود في النص الحالي", "(غير موجود في النص الحالي)",
    "ص {page}", "الادعاء", "قائل الادعاء", "تاريخ الادعاء", "الحكم", "الوسوم", "المصادر",
    "تاريخ الاطلاع: {date}.", "نسخة مؤرشفة:", "التُقطت في {time} بتوقيت UTC، ‏SHA-256",
    "الناشر", "بقلم", "تاريخ النشر", "الرابط", "تحقق منه", "تاريخ التقرير", "الملخص",
    "الادعاءات حسب الحكم", "الادعاءات", "نص المقالة مع تمييز الادعاءات التي جرى التحقق منها",
    "المقالة", "ادعاءات لم تعد موجودة في المقالة",
    "حُدّثت المقالة بعد التحقق من هذه الادعاءات؛ ولم تعد اقتباساتها في النص الحالي.",
    "ملحق: الاتفاق بين المراجعين", "المراجعون: {names}.",
    "قيّم شخصان أو أكثر {compared} من أصل {passages} من المقاطع.",
    "نسبة الاتفاق: {percent}٪.", "المقطع", "المنهجية", "التصحيحات",
    "أُنشئ التقرير في {generated} باستخدام Annotator.",
    "أُنشئ التقرير في {generated} لصالح {org} باستخدام Annotator.", "غير مُقيَّم",
    "يدعم الادعاء", "يدحض الادعاء", "سياق",
    "مسودة", "جاهز للمراجعة", "معتمد", "مطلوب تغييرات",
), strict=True))  # fmt: skip

TABLES = {"es": _ES, "uk": _UK, "ar": _AR}

# Counted phrases: the forms of each language, in the order report_labels.plural_index gives.
PLURALS: dict[str, dict[str, tuple[str, ...]]] = {
    "claims_checked": {
        "en": ("{n} claim checked", "{n} claims checked"),
        "es": ("{n} afirmación verificada", "{n} afirmaciones verificadas"),
        "uk": ("{n} твердження перевірено", "{n} твердження перевірено",
               "{n} тверджень перевірено"),
        "ar": ("لم يُتحقق من أي ادعاء", "جرى التحقق من ادعاء واحد", "جرى التحقق من ادعاءين",
               "جرى التحقق من {n} ادعاءات", "جرى التحقق من {n} ادعاءً", "جرى التحقق من {n} ادعاء"),
    },
    "in_articles": {
        "en": (" in {n} article", " in {n} articles"),
        "es": (" en {n} artículo", " en {n} artículos"),
        "uk": (" у {n} статті", " у {n} статтях", " у {n} статтях"),
        "ar": (" في أي مقالة", " في مقالة واحدة", " في مقالتين", " في {n} مقالات",
               " في {n} مقالة", " في {n} مقالة"),
    },
    "draft": {
        "en": ("Draft, not for publication: this report includes {n} claim not approved by a "
               "second reviewer.",
               "Draft, not for publication: this report includes {n} claims not approved by a "
               "second reviewer."),
        "es": ("Borrador, no publicable: este informe incluye {n} afirmación no aprobada por un "
               "segundo revisor.",
               "Borrador, no publicable: este informe incluye {n} afirmaciones no aprobadas por "
               "un segundo revisor."),
        "uk": ("Чернетка, не для публікації: звіт містить {n} твердження, не схвалене другим "
               "рецензентом.",
               "Чернетка, не для публікації: звіт містить {n} твердження, не схвалені другим "
               "рецензентом.",
               "Чернетка, не для публікації: звіт містить {n} тверджень, не схвалених другим "
               "рецензентом."),
        "ar": ("مسودة، ليست للنشر: لا يتضمن هذا التقرير ادعاءات غير معتمدة.",
               "مسودة، ليست للنشر: يتضمن هذا التقرير ادعاءً واحدًا لم يعتمده مراجع ثانٍ.",
               "مسودة، ليست للنشر: يتضمن هذا التقرير ادعاءين لم يعتمدهما مراجع ثانٍ.",
               "مسودة، ليست للنشر: يتضمن هذا التقرير {n} ادعاءات لم يعتمدها مراجع ثانٍ.",
               "مسودة، ليست للنشر: يتضمن هذا التقرير {n} ادعاءً لم يعتمده مراجع ثانٍ.",
               "مسودة، ليست للنشر: يتضمن هذا التقرير {n} ادعاء لم يعتمده مراجع ثانٍ."),
    },
}  # fmt: skip
