<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="uk">
    <context>
        <name>AccessibleText</name>
        <message>
            <location filename="../../annotator/ui/common/accessibility.py" line="58" />
            <source>A note for the team, never exported</source>
            <translation>Примітка для команди, ніколи не експортується</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/common/accessibility.py" line="190" />
            <source>A ready-made verdict scale</source>
            <translation>Готова шкала вердиктів</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/common/accessibility.py" line="158" />
            <source>A source who asked not to be named</source>
            <translation>Джерело, яке попросило не називати його</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/common/accessibility.py" line="191" />
            <source>Add</source>
            <translation>Додати</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/common/accessibility.py" line="60" />
            <source>Add Source</source>
            <translation>Додати джерело</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/common/accessibility.py" line="191" />
            <source>Add a verdict to the scale</source>
            <translation>Додати вердикт до шкали</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/common/accessibility.py" line="148" />
            <source>Add agreement between reviewers</source>
            <translation>Додати узгодженість між рецензентами</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/common/accessibility.py" line="216" />
            <source>Agreement</source>
            <translation>Узгодженість</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/common/accessibility.py" line="148" />
            <source>Agreement appendix</source>
            <translation>Додаток про узгодженість</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/common/accessibility.py" line="144" />
            <source>All articles</source>
            <translation>Усі статті</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/common/accessibility.py" line="146" />
            <source>Allow incomplete</source>
            <translation>Дозволити неповний</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/common/accessibility.py" line="201" />
            <source>Allow local addresses</source>
            <translation>Дозволити локальні адреси</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/common/accessibility.py" line="145" />
            <source>Also claims not yet approved</source>
            <translation>Також ще не схвалені твердження</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/common/accessibility.py" line="117" />
            <source>Approve</source>
            <translation>Схвалити</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/common/accessibility.py" line="117" />
            <source>Approve the claim (A)</source>
            <translation>Схвалити твердження (A)</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/common/accessibility.py" line="93" />
            <source>Article Diff</source>
            <translation>Різниця в статті</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/common/accessibility.py" line="41" />
            <source>Article text</source>
            <translation>Текст статті</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/common/accessibility.py" line="44" />
            <source>Articles</source>
            <translation>Статті</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/common/accessibility.py" line="118" />
            <source>Ask the author for changes (R)</source>
            <translation>Попросити автора про зміни (R)</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/common/accessibility.py" line="60" />
            <source>Attach a source to the claim</source>
            <translation>Додати джерело до твердження</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/common/accessibility.py" line="50" />
            <source>Author filter</source>
            <translation>Фільтр автора</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/common/accessibility.py" line="170" />
            <source>Authors</source>
            <translation>Автори</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/common/accessibility.py" line="232" />
            <source>Backups</source>
            <translation>Резервні копії</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/common/accessibility.py" line="149" />
            <source>CSV rows per source</source>
            <translation>Рядки CSV за джерелами</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/common/accessibility.py" line="193" />
            <source>Change the selected verdict's colour</source>
            <translation>Змінити колір вибраного вердикту</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/common/accessibility.py" line="70" />
            <source>Change the words of your own comment</source>
            <translation>Змінити текст власного коментаря</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/common/accessibility.py" line="237" />
            <source>Changes</source>
            <translation>Зміни</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/common/accessibility.py" line="92" />
            <source>Changes around the claim</source>
            <translation>Зміни навколо твердження</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/common/accessibility.py" line="102" />
            <source>Check Selected Text</source>
            <translation>Перевірити виділений текст</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/common/accessibility.py" line="108" />
            <source>Check-worthy sentences</source>
            <translation>Речення, варті перевірки</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/common/accessibility.py" line="240" />
            <source>Checklist</source>
            <translation>Контрольний список</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/common/accessibility.py" line="52" />
            <source>Claims</source>
            <translation>Твердження</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/common/accessibility.py" line="122" />
            <source>Claims changed by you and by a colleague</source>
            <translation>Твердження, змінені вами і колегою</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/common/accessibility.py" line="91" />
            <source>Claims to review after an update</source>
            <translation>Твердження для перевірки після оновлення</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/common/accessibility.py" line="119" />
            <source>Close Review Mode (Esc)</source>
            <translation>Закрити режим рецензування (Esc)</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/common/accessibility.py" line="285" />
            <source>Close without changing anything (Esc)</source>
            <translation>Закрити, нічого не змінюючи (Esc)</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/common/accessibility.py" line="193" />
            <source>Colour</source>
            <translation>Колір</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/common/accessibility.py" line="65" />
            <source>Comments</source>
            <translation>Коментарі</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/common/accessibility.py" line="93" />
            <source>Compare the article's versions</source>
            <translation>Порівняти версії статті</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/common/accessibility.py" line="123" />
            <source>Conflicting fields</source>
            <translation>Поля в конфлікті</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/common/accessibility.py" line="122" />
            <source>Conflicts</source>
            <translation>Конфлікти</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/common/accessibility.py" line="184" />
            <source>Corrections policy</source>
            <translation>Політика виправлень</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/common/accessibility.py" line="177" />
            <source>Database</source>
            <translation>База даних</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/common/accessibility.py" line="72" />
            <source>Delete comment</source>
            <translation>Видалити коментар</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/common/accessibility.py" line="73" />
            <source>Delete your own comment and its replies</source>
            <translation>Видалити власний коментар і відповіді на нього</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/common/accessibility.py" line="238" />
            <source>Differences</source>
            <translation>Відмінності</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/common/accessibility.py" line="217" />
            <source>Disagreements</source>
            <translation>Розбіжності</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/common/accessibility.py" line="283" />
            <source>Do this and close the dialog (Enter)</source>
            <translation>Виконати й закрити діалог (Enter)</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/common/accessibility.py" line="221" />
            <source>Each reviewer's verdict on the passage</source>
            <translation>Вердикт кожного рецензента щодо фрагмента</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/common/accessibility.py" line="100" />
            <source>Earlier fact-checks</source>
            <translation>Попередні фактчеки</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/common/accessibility.py" line="126" />
            <source>Edit Result</source>
            <translation>Редагувати результат</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/common/accessibility.py" line="61" />
            <source>Edit Source</source>
            <translation>Редагувати джерело</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/common/accessibility.py" line="70" />
            <source>Edit comment</source>
            <translation>Редагувати коментар</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/common/accessibility.py" line="61" />
            <source>Edit the selected source</source>
            <translation>Редагувати вибране джерело</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/common/accessibility.py" line="80" />
            <source>Enter finds the next match</source>
            <translation>Enter шукає наступний збіг</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/common/accessibility.py" line="83" />
            <source>Enter opens the selected result</source>
            <translation>Enter відкриває вибраний результат</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/common/accessibility.py" line="78" />
            <source>Every change to the claim, newest first</source>
            <translation>Усі зміни твердження, спочатку новіші</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/common/accessibility.py" line="157" />
            <source>Excerpt</source>
            <translation>Уривок</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/common/accessibility.py" line="57" />
            <source>Explanation</source>
            <translation>Пояснення</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/common/accessibility.py" line="144" />
            <source>Export every article of the project</source>
            <translation>Експортувати всі статті проєкту</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/common/accessibility.py" line="143" />
            <source>Export only the article shown</source>
            <translation>Експортувати лише показану статтю</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/common/accessibility.py" line="97" />
            <source>Fact-checks</source>
            <translation>Фактчеки</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/common/accessibility.py" line="100" />
            <source>Fact-checks that match the claim</source>
            <translation>Фактчеки, що збігаються з твердженням</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/common/accessibility.py" line="205" />
            <source>File</source>
            <translation>Файл</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/common/accessibility.py" line="43" />
            <source>Filter articles</source>
            <translation>Фільтрувати статті</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/common/accessibility.py" line="47" />
            <source>Filter claims</source>
            <translation>Фільтрувати твердження</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/common/accessibility.py" line="222" />
            <source>Final verdict</source>
            <translation>Остаточний вердикт</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/common/accessibility.py" line="80" />
            <source>Find in article</source>
            <translation>Знайти в статті</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/common/accessibility.py" line="137" />
            <source>Follow the system, light or dark</source>
            <translation>Як у системі, світла чи темна</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/common/accessibility.py" line="135" />
            <source>Font family</source>
            <translation>Гарнітура</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/common/accessibility.py" line="136" />
            <source>Font size</source>
            <translation>Розмір шрифту</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/common/accessibility.py" line="150" />
            <source>For spreadsheets that need the BOM</source>
            <translation>Для електронних таблиць, яким потрібен BOM</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/common/accessibility.py" line="201" />
            <source>For this fetch only</source>
            <translation>Лише для цього завантаження</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/common/accessibility.py" line="142" />
            <source>Format</source>
            <translation>Формат</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/common/accessibility.py" line="204" />
            <source>From a file</source>
            <translation>З файлу</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/common/accessibility.py" line="206" />
            <source>From pasted text</source>
            <translation>Зі вставленого тексту</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/common/accessibility.py" line="223" />
            <source>Give the passage the final verdict</source>
            <translation>Надати фрагменту остаточний вердикт</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/common/accessibility.py" line="215" />
            <source>Hide colleagues' verdicts until you rate</source>
            <translation>Приховати вердикти колег, доки ви не оціните</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/common/accessibility.py" line="78" />
            <source>History</source>
            <translation>Історія</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/common/accessibility.py" line="175" />
            <source>Host</source>
            <translation>Хост</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/common/accessibility.py" line="216" />
            <source>How often the reviewers' verdicts agree</source>
            <translation>Наскільки часто вердикти рецензентів збігаються</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/common/accessibility.py" line="182" />
            <source>How the desk checks claims</source>
            <translation>Як редакція перевіряє твердження</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/common/accessibility.py" line="185" />
            <source>How the desk corrects its reports</source>
            <translation>Як редакція виправляє свої звіти</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/common/accessibility.py" line="97" />
            <source>Imported fact-checks matching the search</source>
            <translation>Імпортовані фактчеки, що відповідають пошуку</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/common/accessibility.py" line="145" />
            <source>Include drafts</source>
            <translation>Включити чернетки</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/common/accessibility.py" line="58" />
            <source>Internal note</source>
            <translation>Внутрішня примітка</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/common/accessibility.py" line="124" />
            <source>Keep Mine</source>
            <translation>Залишити моє</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/common/accessibility.py" line="125" />
            <source>Keep Theirs</source>
            <translation>Залишити їхнє</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/common/accessibility.py" line="124" />
            <source>Keep your value of the field</source>
            <translation>Залишити ваше значення поля</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/common/accessibility.py" line="155" />
            <source>Kind</source>
            <translation>Тип</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/common/accessibility.py" line="139" />
            <source>Language</source>
            <translation>Мова</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/common/accessibility.py" line="119" />
            <source>Leave Review Mode</source>
            <translation>Вийти з режиму рецензування</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/common/accessibility.py" line="103" />
            <source>Look for fact-checks of the selected text</source>
            <translation>Пошукати фактчеки виділеного тексту</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/common/accessibility.py" line="68" />
            <source>Mark the selected thread resolved</source>
            <translation>Позначити вибрану гілку розв'язаною</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/common/accessibility.py" line="182" />
            <source>Methodology</source>
            <translation>Методологія</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/common/accessibility.py" line="196" />
            <source>Move Down</source>
            <translation>Нижче</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/common/accessibility.py" line="195" />
            <source>Move Up</source>
            <translation>Вище</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/common/accessibility.py" line="196" />
            <source>Move the selected verdict down the scale</source>
            <translation>Перемістити вибраний вердикт нижче на шкалі</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/common/accessibility.py" line="195" />
            <source>Move the selected verdict up the scale</source>
            <translation>Перемістити вибраний вердикт вище на шкалі</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/common/accessibility.py" line="66" />
            <source>New comment</source>
            <translation>Новий коментар</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/common/accessibility.py" line="207" />
            <source>New text</source>
            <translation>Новий текст</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/common/accessibility.py" line="236" />
            <source>Newer version</source>
            <translation>Новіша версія</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/common/accessibility.py" line="116" />
            <source>Next</source>
            <translation>Далі</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/common/accessibility.py" line="197" />
            <source>Offer the verdict no more, or again</source>
            <translation>Більше не пропонувати вердикт або пропонувати знову</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/common/accessibility.py" line="235" />
            <source>Older version</source>
            <translation>Старіша версія</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/common/accessibility.py" line="149" />
            <source>One row per source</source>
            <translation>Один рядок на джерело</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/common/accessibility.py" line="220" />
            <source>Only waiting</source>
            <translation>Лише ті, що чекають</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/common/accessibility.py" line="69" />
            <source>Open the selected thread again</source>
            <translation>Знову відкрити вибрану гілку</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/common/accessibility.py" line="217" />
            <source>Passages rated differently</source>
            <translation>Фрагменти з різними оцінками</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/common/accessibility.py" line="176" />
            <source>Port</source>
            <translation>Порт</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/common/accessibility.py" line="115" />
            <source>Previous</source>
            <translation>Назад</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/common/accessibility.py" line="158" />
            <source>Protected</source>
            <translation>Захищене</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/common/accessibility.py" line="161" />
            <source>Publisher</source>
            <translation>Видання</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/common/accessibility.py" line="215" />
            <source>Rate blind</source>
            <translation>Оцінювати наосліп</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/common/accessibility.py" line="221" />
            <source>Ratings</source>
            <translation>Оцінки</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/common/accessibility.py" line="204" />
            <source>Read the new version from a file</source>
            <translation>Прочитати нову версію з файлу</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/common/accessibility.py" line="134" />
            <source>Reader font</source>
            <translation>Шрифт читача</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/common/accessibility.py" line="198" />
            <source>Remove</source>
            <translation>Вилучити</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/common/accessibility.py" line="62" />
            <source>Remove Source</source>
            <translation>Вилучити джерело</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/common/accessibility.py" line="62" />
            <source>Remove the selected source</source>
            <translation>Вилучити вибране джерело</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/common/accessibility.py" line="198" />
            <source>Remove the selected verdict</source>
            <translation>Вилучити вибраний вердикт</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/common/accessibility.py" line="192" />
            <source>Rename</source>
            <translation>Перейменувати</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/common/accessibility.py" line="192" />
            <source>Rename the selected verdict</source>
            <translation>Перейменувати вибраний вердикт</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/common/accessibility.py" line="69" />
            <source>Reopen</source>
            <translation>Знову відкрити</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/common/accessibility.py" line="67" />
            <source>Reply</source>
            <translation>Відповісти</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/common/accessibility.py" line="67" />
            <source>Reply to the selected comment</source>
            <translation>Відповісти на вибраний коментар</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/common/accessibility.py" line="147" />
            <source>Report language</source>
            <translation>Мова звіту</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/common/accessibility.py" line="118" />
            <source>Request Changes</source>
            <translation>Попросити зміни</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/common/accessibility.py" line="114" />
            <source>Requested changes</source>
            <translation>Запитані зміни</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/common/accessibility.py" line="68" />
            <source>Resolve</source>
            <translation>Розв'язати</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/common/accessibility.py" line="197" />
            <source>Retire</source>
            <translation>Вивести з ужитку</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/common/accessibility.py" line="179" />
            <source>SSL mode</source>
            <translation>Режим SSL</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/common/accessibility.py" line="151" />
            <source>Save to</source>
            <translation>Зберегти в</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/common/accessibility.py" line="82" />
            <source>Search</source>
            <translation>Пошук</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/common/accessibility.py" line="96" />
            <source>Search fact-checks</source>
            <translation>Шукати фактчеки</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/common/accessibility.py" line="83" />
            <source>Search results</source>
            <translation>Результати пошуку</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/common/accessibility.py" line="82" />
            <source>Searches all articles and claims</source>
            <translation>Шукає в усіх статтях і твердженнях</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/common/accessibility.py" line="96" />
            <source>Searches the imported fact-checks</source>
            <translation>Шукає в імпортованих фактчеках</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/common/accessibility.py" line="91" />
            <source>Select one to see it</source>
            <translation>Виберіть, щоб переглянути</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/common/accessibility.py" line="75" />
            <source>Selected comment</source>
            <translation>Вибраний коментар</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/common/accessibility.py" line="109" />
            <source>Sentences that may be worth checking</source>
            <translation>Речення, які, можливо, варто перевірити</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/common/accessibility.py" line="194" />
            <source>Set the selected verdict's rating value</source>
            <translation>Задати числове значення вибраного вердикту</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/common/accessibility.py" line="223" />
            <source>Settle Verdict</source>
            <translation>Ухвалити вердикт</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/common/accessibility.py" line="220" />
            <source>Show only passages not yet settled</source>
            <translation>Показувати лише ще не вирішені фрагменти</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/common/accessibility.py" line="159" />
            <source>Show the saved copy of the source</source>
            <translation>Показати збережену копію джерела</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/common/accessibility.py" line="138" />
            <source>Show times in UTC or in local time</source>
            <translation>Показувати час в UTC чи за місцевим часом</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/common/accessibility.py" line="43" />
            <source>Shows only articles whose title has this</source>
            <translation>Показує лише статті, у заголовку яких є це</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/common/accessibility.py" line="50" />
            <source>Shows only claims by this author</source>
            <translation>Показує лише твердження цього автора</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/common/accessibility.py" line="47" />
            <source>Shows only claims whose text has this</source>
            <translation>Показує лише твердження, у тексті яких є це</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/common/accessibility.py" line="49" />
            <source>Shows only claims with this status</source>
            <translation>Показує лише твердження з цим статусом</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/common/accessibility.py" line="51" />
            <source>Shows only claims with this tag</source>
            <translation>Показує лише твердження з цим тегом</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/common/accessibility.py" line="48" />
            <source>Shows only claims with this verdict</source>
            <translation>Показує лише твердження з цим вердиктом</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/common/accessibility.py" line="59" />
            <source>Sources</source>
            <translation>Джерела</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/common/accessibility.py" line="156" />
            <source>Stance</source>
            <translation>Позиція</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/common/accessibility.py" line="172" />
            <source>Standfirst</source>
            <translation>Лід</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/common/accessibility.py" line="56" />
            <source>Status</source>
            <translation>Статус</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/common/accessibility.py" line="49" />
            <source>Status filter</source>
            <translation>Фільтр статусу</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/common/accessibility.py" line="51" />
            <source>Tag filter</source>
            <translation>Фільтр тегу</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/common/accessibility.py" line="125" />
            <source>Take your colleague's value</source>
            <translation>Взяти значення колеги</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/common/accessibility.py" line="190" />
            <source>Template</source>
            <translation>Шаблон</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/common/accessibility.py" line="52" />
            <source>The article's claims; selecting one shows it</source>
            <translation>Твердження статті; вибране показується</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/common/accessibility.py" line="207" />
            <source>The article's current text, pasted</source>
            <translation>Поточний текст статті, вставлений</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/common/accessibility.py" line="169" />
            <source>The article's title</source>
            <translation>Заголовок статті</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/common/accessibility.py" line="237" />
            <source>The changed passages; select one to see it</source>
            <translation>Змінені фрагменти; виберіть один, щоб переглянути</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/common/accessibility.py" line="65" />
            <source>The claim's comment threads</source>
            <translation>Гілки коментарів до твердження</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/common/accessibility.py" line="59" />
            <source>The claim's sources; Enter opens a web source</source>
            <translation>Джерела твердження; Enter відкриває вебджерело</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/common/accessibility.py" line="134" />
            <source>The default serif font or another</source>
            <translation>Стандартний шрифт із засічками або інший</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/common/accessibility.py" line="205" />
            <source>The file of the new version</source>
            <translation>Файл нової версії</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/common/accessibility.py" line="151" />
            <source>The file the export is written to</source>
            <translation>Файл, у який записується експорт</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/common/accessibility.py" line="135" />
            <source>The font of the article's text</source>
            <translation>Шрифт тексту статті</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/common/accessibility.py" line="176" />
            <source>The hub server's port</source>
            <translation>Порт командного сервера</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/common/accessibility.py" line="177" />
            <source>The hub's database name</source>
            <translation>Назва бази даних сервера</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/common/accessibility.py" line="175" />
            <source>The hub's server name or address</source>
            <translation>Назва чи адреса командного сервера</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/common/accessibility.py" line="139" />
            <source>The interface language, from the next start</source>
            <translation>Мова інтерфейсу, з наступного запуску</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/common/accessibility.py" line="147" />
            <source>The language of report headings</source>
            <translation>Мова заголовків звіту</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/common/accessibility.py" line="228" />
            <source>The merged claim's explanation</source>
            <translation>Пояснення злитого твердження</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/common/accessibility.py" line="227" />
            <source>The merged claim's status</source>
            <translation>Статус злитого твердження</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/common/accessibility.py" line="226" />
            <source>The merged claim's verdict</source>
            <translation>Вердикт злитого твердження</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/common/accessibility.py" line="116" />
            <source>The next claim to review (J)</source>
            <translation>Наступне твердження для рецензії (J)</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/common/accessibility.py" line="92" />
            <source>The old and new text of the passage</source>
            <translation>Старий і новий текст фрагмента</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/common/accessibility.py" line="157" />
            <source>The passage of the source that matters</source>
            <translation>Важливий фрагмент джерела</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/common/accessibility.py" line="115" />
            <source>The previous claim to review (K)</source>
            <translation>Попереднє твердження для рецензії (K)</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/common/accessibility.py" line="44" />
            <source>The project's articles; select one to open it</source>
            <translation>Статті проєкту; виберіть одну, щоб відкрити</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/common/accessibility.py" line="232" />
            <source>The project's backups; the one chosen is restored</source>
            <translation>Резервні копії проєкту; відновлюється вибрана</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/common/accessibility.py" line="189" />
            <source>The project's verdict scale, in order</source>
            <translation>Шкала вердиктів проєкту, за порядком</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/common/accessibility.py" line="136" />
            <source>The size of the article's text in points</source>
            <translation>Розмір тексту статті в пунктах</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/common/accessibility.py" line="160" />
            <source>The source's title</source>
            <translation>Заголовок джерела</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/common/accessibility.py" line="113" />
            <source>The sources of the claim under review</source>
            <translation>Джерела твердження, що на рецензії</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/common/accessibility.py" line="172" />
            <source>The summary under the headline</source>
            <translation>Лід під заголовком</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/common/accessibility.py" line="238" />
            <source>The two versions' text, changes marked</source>
            <translation>Текст двох версій із позначеними змінами</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/common/accessibility.py" line="55" />
            <source>The verdict on the claim</source>
            <translation>Вердикт твердження</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/common/accessibility.py" line="222" />
            <source>The verdict the passage gets</source>
            <translation>Вердикт, який отримує фрагмент</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/common/accessibility.py" line="235" />
            <source>The version to compare from</source>
            <translation>Версія, від якої порівнювати</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/common/accessibility.py" line="236" />
            <source>The version to compare to</source>
            <translation>Версія, з якою порівнювати</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/common/accessibility.py" line="75" />
            <source>The whole text of the selected comment</source>
            <translation>Повний текст вибраного коментаря</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/common/accessibility.py" line="137" />
            <source>Theme</source>
            <translation>Тема</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/common/accessibility.py" line="143" />
            <source>This article</source>
            <translation>Ця стаття</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/common/accessibility.py" line="138" />
            <source>Times</source>
            <translation>Час</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/common/accessibility.py" line="160" />
            <source>Title</source>
            <translation>Заголовок</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/common/accessibility.py" line="66" />
            <source>Type a comment; Ctrl+Return sends it</source>
            <translation>Напишіть коментар; Ctrl+Return надсилає його</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/common/accessibility.py" line="150" />
            <source>UTF-8 with BOM</source>
            <translation>UTF-8 з BOM</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/common/accessibility.py" line="206" />
            <source>Use text pasted below</source>
            <translation>Використати текст, вставлений нижче</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/common/accessibility.py" line="178" />
            <source>User</source>
            <translation>Користувач</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/common/accessibility.py" line="194" />
            <source>Value</source>
            <translation>Значення</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/common/accessibility.py" line="55" />
            <source>Verdict</source>
            <translation>Вердикт</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/common/accessibility.py" line="48" />
            <source>Verdict filter</source>
            <translation>Фільтр вердикту</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/common/accessibility.py" line="189" />
            <source>Verdicts</source>
            <translation>Вердикти</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/common/accessibility.py" line="159" />
            <source>View Capture</source>
            <translation>Переглянути знімок</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/common/accessibility.py" line="155" />
            <source>What kind of source this is</source>
            <translation>Який це тип джерела</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/common/accessibility.py" line="114" />
            <source>What should change; Ctrl+Return sends</source>
            <translation>Що треба змінити; Ctrl+Return надсилає</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/common/accessibility.py" line="240" />
            <source>What to check before export</source>
            <translation>Що перевірити перед експортом</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/common/accessibility.py" line="152" />
            <source>What to do once the file is written</source>
            <translation>Що зробити після запису файлу</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/common/accessibility.py" line="142" />
            <source>What to write: a report or data</source>
            <translation>Що записати: звіт чи дані</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/common/accessibility.py" line="152" />
            <source>When done</source>
            <translation>Після завершення</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/common/accessibility.py" line="56" />
            <source>Where the claim is in review</source>
            <translation>На якому етапі рецензії твердження</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/common/accessibility.py" line="179" />
            <source>Whether the connection must be encrypted</source>
            <translation>Чи має з'єднання бути зашифрованим</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/common/accessibility.py" line="156" />
            <source>Whether the source supports the claim</source>
            <translation>Чи підтверджує джерело твердження</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/common/accessibility.py" line="171" />
            <source>Who published the article</source>
            <translation>Хто опублікував статтю</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/common/accessibility.py" line="161" />
            <source>Who published the source</source>
            <translation>Хто опублікував джерело</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/common/accessibility.py" line="170" />
            <source>Who wrote the article, separated by commas</source>
            <translation>Хто написав статтю, через кому</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/common/accessibility.py" line="57" />
            <source>Why the claim has its verdict</source>
            <translation>Чому твердження має такий вердикт</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/common/accessibility.py" line="146" />
            <source>Write ClaimReview anyway</source>
            <translation>Усе одно записати ClaimReview</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/common/accessibility.py" line="126" />
            <source>Write the value to keep</source>
            <translation>Напишіть значення, яке лишається</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/common/accessibility.py" line="178" />
            <source>Your user name on the hub</source>
            <translation>Ваше ім'я користувача на сервері</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/common/accessibility.py" line="123" />
            <source>Your value and your colleague's value</source>
            <translation>Ваше значення і значення колеги</translation>
        </message>
    </context>
    <context>
        <name>AgreementDialog</name>
        <message>
            <location filename="../../annotator/ui/review/agreement_dialog.py" line="120" />
            <source>Count the ratings again</source>
            <translation>Перерахувати оцінки</translation>
        </message>
    </context>
    <context>
        <name>AllClaimsController</name>
        <message>
            <location filename="../../annotator/ui/claims/all_claims_controller.py" line="43" />
            <source>&amp;All Claims</source>
            <translation>&amp;Усі твердження</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/claims/all_claims_controller.py" line="38" />
            <source>All Claims</source>
            <translation>Усі твердження</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/claims/all_claims_controller.py" line="46" />
            <source>The claims of every article: filter, sort, open</source>
            <translation>Твердження всіх статей: фільтрувати, сортувати, відкривати</translation>
        </message>
    </context>
    <context>
        <name>AllClaimsPanel</name>
        <message>
            <location filename="../../annotator/ui/claims/all_claims.py" line="85" />
            <source>Claims of all articles</source>
            <translation>Твердження всіх статей</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/claims/all_claims.py" line="86" />
            <source>Filter the claims of all articles…</source>
            <translation>Фільтрувати твердження всіх статей…</translation>
        </message>
    </context>
    <context>
        <name>ClaimAnnouncer</name>
        <message>
            <location filename="../../annotator/ui/reader/announce.py" line="66" />
            <source>Claim {number} of {total}, {verdict}: “{quote}”</source>
            <translation>Твердження {number} з {total}, {verdict}: «{quote}»</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/reader/announce.py" line="43" />
            <source>Move the cursor to a claim in the article and select it</source>
            <translation>Перемістити курсор до твердження в статті й вибрати його</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/reader/announce.py" line="35" />
            <source>Next Claim in &amp;Text</source>
            <translation>Наступне твердження в &amp;тексті</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/reader/announce.py" line="36" />
            <source>Previous Claim in T&amp;ext</source>
            <translation>Попереднє твердження в т&amp;ексті</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/reader/announce.py" line="32" />
            <source>The article's text. F8 goes to the next claim, Shift+F8 to the previous one.</source>
            <translation>Текст статті. F8 переходить до наступного твердження, Shift+F8 — до попереднього.</translation>
        </message>
    </context>
    <context>
        <name>CommentsWidget</name>
        <message>
            <location filename="../../annotator/ui/inspector/comments_widget.py" line="110" />
            <source>&amp;Edit</source>
            <translation>&amp;Редагування</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/inspector/comments_widget.py" line="112" />
            <source>De&amp;lete</source>
            <translation>Ви&amp;далити</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/inspector/comments_widget.py" line="329" />
            <source>Editing your comment (Esc cancels)</source>
            <translation>Редагування вашого коментаря (Esc скасовує)</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/inspector/comments_widget.py" line="331" />
            <source>Save</source>
            <translation>Зберегти</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/inspector/comments_widget.py" line="85" />
            <source>Selected comment</source>
            <translation>Вибраний коментар</translation>
        </message>
    </context>
    <context>
        <name>ExportDialog</name>
        <message>
            <location filename="../../annotator/ui/exchange/export_dialog.py" line="65" />
            <source>Choose the folder and name of the file</source>
            <translation>Виберіть теку й назву файлу</translation>
        </message>
    </context>
    <context>
        <name>KeyboardAccess</name>
        <message>
            <location filename="../../annotator/ui/keyboard.py" line="41" />
            <source>&amp;Keyboard Shortcuts…</source>
            <translation>&amp;Клавіатурні скорочення…</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/keyboard.py" line="43" />
            <source>Every action's keys, and changing them</source>
            <translation>Клавіші кожної дії та їх зміна</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/keyboard.py" line="64" />
            <source>In Review Mode: {keys}</source>
            <translation>У режимі рецензування: {keys}</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/keyboard.py" line="58" />
            <source>Unrated</source>
            <translation>Без оцінки</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <location filename="../../annotator/ui/main_window.py" line="466" />
            <source> (read-only)</source>
            <translation> (лише читання)</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/main_window.py" line="162" />
            <source>&amp;Quit</source>
            <translation>&amp;Вийти</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/main_window.py" line="165" />
            <source>&amp;Redo</source>
            <translation>&amp;Повторити</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/main_window.py" line="163" />
            <source>&amp;Undo</source>
            <translation>&amp;Скасувати</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/main_window.py" line="242" />
            <source>Read-only</source>
            <translation>Лише читання</translation>
        </message>
    </context>
    <context>
        <name>QuoteActions</name>
        <message numerus="yes">
            <location filename="../../annotator/ui/claims/quote_actions.py" line="41" />
            <source>%n claims of this article already quote exactly “{quote}”.</source>
            <translation>
                <numerusform>%n твердження цієї статті вже точно цитує «{quote}».</numerusform>
                <numerusform>%n твердження цієї статті вже точно цитують «{quote}».</numerusform>
                <numerusform>%n тверджень цієї статті вже точно цитують «{quote}».</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../annotator/ui/claims/quote_actions.py" line="39" />
            <source>Another claim of this article already quotes exactly “{quote}”.</source>
            <translation>Інше твердження цієї статті вже точно цитує «{quote}».</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/claims/quote_actions.py" line="64" />
            <source>Cop&amp;y Quote</source>
            <translation>Ко&amp;піювати цитату</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/claims/quote_actions.py" line="65" />
            <source>Copy the selected claim's quote</source>
            <translation>Копіювати цитату вибраного твердження</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/claims/quote_actions.py" line="43" />
            <source>Make It</source>
            <translation>Створити</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/claims/quote_actions.py" line="42" />
            <source>Make one more?</source>
            <translation>Створити ще одне?</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/claims/quote_actions.py" line="61" />
            <source>Make the selected words the selected claim's quote</source>
            <translation>Зробити виділені слова цитатою вибраного твердження</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/claims/quote_actions.py" line="68" />
            <source>Open in Claims &amp;List</source>
            <translation>Відкрити у &amp;списку тверджень</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/claims/quote_actions.py" line="43" />
            <source>Same Quote</source>
            <translation>Та сама цитата</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/claims/quote_actions.py" line="128" />
            <source>Select the words the claim should quote first.</source>
            <translation>Спершу виділіть слова, які має цитувати твердження.</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/claims/quote_actions.py" line="74" />
            <source>Selections take whole words (hold Alt while dragging for exact characters)</source>
            <translation>Виділення охоплює цілі слова (утримуйте Alt під час перетягування для точних символів)</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/claims/quote_actions.py" line="60" />
            <source>Set &amp;Quote to Selection</source>
            <translation>Зробити виділення &amp;цитатою</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/claims/quote_actions.py" line="79" />
            <source>Set &amp;Verdict</source>
            <translation>Задати &amp;вердикт</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/claims/quote_actions.py" line="137" />
            <source>Set quote to selection</source>
            <translation>Зробити виділення цитатою</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/claims/quote_actions.py" line="69" />
            <source>Show the selected claim in the claims list</source>
            <translation>Показати вибране твердження у списку тверджень</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/claims/quote_actions.py" line="72" />
            <source>Snap Selections to &amp;Words</source>
            <translation>Виділяти цілими &amp;словами</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/claims/quote_actions.py" line="189" />
            <source>Unrated</source>
            <translation>Без оцінки</translation>
        </message>
    </context>
    <context>
        <name>ShortcutsDialog</name>
        <message>
            <location filename="../../annotator/ui/common/shortcuts_dialog.py" line="49" />
            <source>&amp;Clear</source>
            <translation>&amp;Очистити</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/common/shortcuts_dialog.py" line="52" />
            <source>&amp;Default</source>
            <translation>&amp;Типово</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/common/shortcuts_dialog.py" line="55" />
            <source>&amp;Reset All</source>
            <translation>&amp;Скинути все</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/common/shortcuts_dialog.py" line="105" />
            <source>&amp;Shortcut:</source>
            <translation>&amp;Скорочення:</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/common/shortcuts_dialog.py" line="74" />
            <source>Action</source>
            <translation>Дія</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/common/shortcuts_dialog.py" line="75" />
            <source>Actions and their shortcuts</source>
            <translation>Дії та їхні скорочення</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/common/shortcuts_dialog.py" line="55" />
            <source>Every action back to its own shortcut</source>
            <translation>Повернути кожній дії її власне скорочення</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/common/shortcuts_dialog.py" line="77" />
            <source>Every action of the menus; select one to change its shortcut below</source>
            <translation>Усі дії меню; виберіть одну, щоб змінити її скорочення нижче</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/common/shortcuts_dialog.py" line="36" />
            <source>Keyboard Shortcuts</source>
            <translation>Клавіатурні скорочення</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/common/shortcuts_dialog.py" line="74" />
            <source>Menu</source>
            <translation>Меню</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/common/shortcuts_dialog.py" line="43" />
            <source>New shortcut</source>
            <translation>Нове скорочення</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/common/shortcuts_dialog.py" line="45" />
            <source>Press the keys for the selected action; it takes them at once</source>
            <translation>Натисніть клавіші для вибраної дії; їх буде призначено одразу</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/common/shortcuts_dialog.py" line="74" />
            <source>Shortcut</source>
            <translation>Скорочення</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/common/shortcuts_dialog.py" line="49" />
            <source>The selected action gets no shortcut</source>
            <translation>Вибрана дія лишається без скорочення</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/common/shortcuts_dialog.py" line="52" />
            <source>The selected action's own shortcut</source>
            <translation>Власне скорочення вибраної дії</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/common/shortcuts_dialog.py" line="159" />
            <source>{key} is given to: {actions}</source>
            <translation>{key} уже призначено: {actions}</translation>
        </message>
    </context>
    <context>
        <name>UpdateVersionDialog</name>
        <message>
            <location filename="../../annotator/ui/versions/version_dialogs.py" line="49" />
            <source>Choose the file of the new version</source>
            <translation>Виберіть файл нової версії</translation>
        </message>
    </context>
    <context>
        <name>VerdictScale</name>
        <message>
            <location filename="../../annotator/services/verdict_scale.py" line="54" />
            <source>Altered</source>
            <translation>Змінено</translation>
        </message>
        <message>
            <location filename="../../annotator/services/verdict_scale.py" line="39" />
            <source>False</source>
            <translation>Неправда</translation>
        </message>
        <message>
            <location filename="../../annotator/services/verdict_scale.py" line="66" />
            <source>Five-step truth scale</source>
            <translation>П’ятиступенева шкала правдивості</translation>
        </message>
        <message>
            <location filename="../../annotator/services/verdict_scale.py" line="38" />
            <source>Half true</source>
            <translation>Напівправда</translation>
        </message>
        <message>
            <location filename="../../annotator/services/verdict_scale.py" line="68" />
            <source>Meta fact-checking programme</source>
            <translation>Програма фактчекінгу Meta</translation>
        </message>
        <message>
            <location filename="../../annotator/services/verdict_scale.py" line="39" />
            <source>Misleading</source>
            <translation>Маніпуляція</translation>
        </message>
        <message>
            <location filename="../../annotator/services/verdict_scale.py" line="56" />
            <source>Missing context</source>
            <translation>Бракує контексту</translation>
        </message>
        <message>
            <location filename="../../annotator/services/verdict_scale.py" line="38" />
            <source>Mostly false</source>
            <translation>Переважно неправда</translation>
        </message>
        <message>
            <location filename="../../annotator/services/verdict_scale.py" line="38" />
            <source>Mostly true</source>
            <translation>Переважно правда</translation>
        </message>
        <message>
            <location filename="../../annotator/services/verdict_scale.py" line="50" />
            <source>Pants on Fire</source>
            <translation>Цілковита брехня</translation>
        </message>
        <message>
            <location filename="../../annotator/services/verdict_scale.py" line="55" />
            <source>Partly false</source>
            <translation>Частково неправда</translation>
        </message>
        <message>
            <location filename="../../annotator/services/verdict_scale.py" line="67" />
            <source>PolitiFact (six steps)</source>
            <translation>PolitiFact (шість ступенів)</translation>
        </message>
        <message>
            <location filename="../../annotator/services/verdict_scale.py" line="57" />
            <source>Satire</source>
            <translation>Сатира</translation>
        </message>
        <message>
            <location filename="../../annotator/services/verdict_scale.py" line="38" />
            <source>True</source>
            <translation>Правда</translation>
        </message>
        <message>
            <location filename="../../annotator/services/verdict_scale.py" line="39" />
            <source>Unproven</source>
            <translation>Не доведено</translation>
        </message>
    </context>
    <context>
        <name>VerdictScaleDialog</name>
        <message>
            <location filename="../../annotator/ui/project/verdict_scale_dialog.py" line="71" />
            <source>Replace the scale by the chosen template</source>
            <translation>Замінити шкалу вибраним шаблоном</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/project/verdict_scale_dialog.py" line="115" />
            <source>Undo the last change to the scale</source>
            <translation>Скасувати останню зміну шкали</translation>
        </message>
    </context>
    <context>
        <name>claims.claim_columns</name>
        <message>
            <location filename="../../annotator/ui/claims/claim_columns.py" line="171" />
            <source>Author</source>
            <translation>Автор</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/claims/claim_columns.py" line="170" />
            <source>Claimant</source>
            <translation>Автор твердження</translation>
        </message>
    </context>
    <context>
        <name>claims.claims_controller</name>
        <message>
            <location filename="../../annotator/ui/claims/claims_controller.py" line="57" />
            <source>&amp;Delete Claim</source>
            <translation>&amp;Видалити твердження</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/claims/claims_controller.py" line="53" />
            <source>&amp;New Claim</source>
            <translation>&amp;Нове твердження</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/claims/claims_controller.py" line="58" />
            <source>Delete the selected claim</source>
            <translation>Видалити вибране твердження</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/claims/claims_controller.py" line="54" />
            <source>Make a claim of the selected text</source>
            <translation>Створити твердження з виділеного тексту</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/claims/claims_controller.py" line="62" />
            <source>Ne&amp;xt Claim</source>
            <translation>&amp;Наступне твердження</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/claims/claims_controller.py" line="65" />
            <source>Pre&amp;vious Claim</source>
            <translation>&amp;Попереднє твердження</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/claims/claims_controller.py" line="86" />
            <source>Select some text of the article first.</source>
            <translation>Спершу виділіть фрагмент статті.</translation>
        </message>
    </context>
    <context>
        <name>claims.claims_model</name>
        <message>
            <location filename="../../annotator/ui/claims/claims_model.py" line="497" />
            <source>Anchor: {anchor_state}</source>
            <translation>Прив'язка: {anchor_state}</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/claims/claims_model.py" line="49" />
            <source>Article</source>
            <translation>Стаття</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/claims/claims_model.py" line="48" />
            <source>Author</source>
            <translation>Автор</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/claims/claims_model.py" line="492" />
            <source>By {person} · {status}</source>
            <translation>Автор: {person} · {status}</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/claims/claims_model.py" line="488" />
            <source>Claim as checked: {text}</source>
            <translation>Твердження як перевірене: {text}</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/claims/claims_model.py" line="48" />
            <source>Claimant</source>
            <translation>Автор твердження</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/claims/claims_model.py" line="490" />
            <source>Claimant: {claimant}</source>
            <translation>Автор твердження: {claimant}</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/claims/claims_model.py" line="48" />
            <source>Quote</source>
            <translation>Цитата</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/claims/claims_model.py" line="48" />
            <source>Status</source>
            <translation>Статус</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/claims/claims_model.py" line="406" />
            <source>Unrated</source>
            <translation>Без оцінки</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/claims/claims_model.py" line="63" />
            <source>Unresolved comment threads</source>
            <translation>Нерозв'язані гілки коментарів</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/claims/claims_model.py" line="63" />
            <source>Verdict</source>
            <translation>Вердикт</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/claims/claims_model.py" line="486" />
            <source>Verdict: {verdict}</source>
            <translation>Вердикт: {verdict}</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/claims/claims_model.py" line="485" />
            <source>unrated</source>
            <translation>без оцінки</translation>
        </message>
    </context>
    <context>
        <name>claims.claims_panel</name>
        <message>
            <location filename="../../annotator/ui/claims/claims_panel.py" line="117" />
            <source>Any author</source>
            <translation>Будь-який автор</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/claims/claims_panel.py" line="46" />
            <source>Any status</source>
            <translation>Будь-який статус</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/claims/claims_panel.py" line="118" />
            <source>Any tag</source>
            <translation>Будь-який тег</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/claims/claims_panel.py" line="107" />
            <source>Any verdict</source>
            <translation>Будь-який вердикт</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/claims/claims_panel.py" line="102" />
            <source>Click a column to sort; the first column sorts by verdict</source>
            <translation>Клацніть стовпець, щоб сортувати; перший стовпець сортує за вердиктом</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/claims/claims_panel.py" line="42" />
            <source>Filter claims…</source>
            <translation>Фільтрувати твердження…</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/claims/claims_panel.py" line="108" />
            <source>Unrated</source>
            <translation>Без оцінки</translation>
        </message>
    </context>
    <context>
        <name>cli</name>
        <message>
            <location filename="../../annotator/cli.py" line="59" />
            <source>Annotator: highlight claims, attach sources and verdicts, export fact-check reports.</source>
            <translation>Annotator: виділяйте твердження, додавайте джерела й вердикти, експортуйте звіти перевірки фактів.</translation>
        </message>
        <message>
            <location filename="../../annotator/cli.py" line="83" />
            <source>Open the Annotator window.</source>
            <translation>Відкрити вікно Annotator.</translation>
        </message>
        <message>
            <location filename="../../annotator/cli.py" line="114" />
            <source>Without a command: annotator [PROJECT] [--screenshot OUT.png] opens the window.</source>
            <translation>Без команди: annotator [PROJECT] [--screenshot OUT.png] відкриває вікно.</translation>
        </message>
        <message>
            <location filename="../../annotator/cli.py" line="87" />
            <source>project file to open (created if missing); default: the demo project</source>
            <translation>файл проєкту, який відкрити (створюється, якщо його немає); типово: демонстраційний проєкт</translation>
        </message>
        <message>
            <location filename="../../annotator/cli.py" line="90" />
            <source>render the main window to a PNG and exit</source>
            <translation>відобразити головне вікно в PNG і вийти</translation>
        </message>
        <message>
            <location filename="../../annotator/cli.py" line="78" />
            <source>show program's version number and exit</source>
            <translation>показати номер версії програми й вийти</translation>
        </message>
    </context>
    <context>
        <name>commands.adjudicate</name>
        <message>
            <location filename="../../annotator/commands/adjudicate.py" line="53" />
            <source>list only this article's passages</source>
            <translation>показати лише фрагменти цієї статті</translation>
        </message>
        <message>
            <location filename="../../annotator/commands/adjudicate.py" line="37" />
            <source>list passages whose ratings await a final verdict, or settle one (CLAIM_ID --verdict V)</source>
            <translation>показати фрагменти, оцінки яких чекають остаточного вердикту, або ухвалити його (CLAIM_ID --verdict V)</translation>
        </message>
        <message>
            <location filename="../../annotator/commands/adjudicate.py" line="54" />
            <source>print JSON</source>
            <translation>вивести JSON</translation>
        </message>
        <message>
            <location filename="../../annotator/commands/adjudicate.py" line="50" />
            <source>the final verdict (a label of the project's scale, or 'unrated')</source>
            <translation>остаточний вердикт (назва зі шкали проєкту або 'unrated')</translation>
        </message>
        <message>
            <location filename="../../annotator/commands/adjudicate.py" line="45" />
            <source>the passage's claim to settle</source>
            <translation>твердження фрагмента, щодо якого ухвалюється вердикт</translation>
        </message>
        <message>
            <location filename="../../annotator/commands/adjudicate.py" line="52" />
            <source>why (kept with the adjudication)</source>
            <translation>чому (зберігається разом з ухваленим вердиктом)</translation>
        </message>
    </context>
    <context>
        <name>commands.agreement</name>
        <message>
            <location filename="../../annotator/commands/agreement.py" line="19" />
            <source>inter-rater agreement on verdicts (percentage, weighted kappa, Krippendorff's alpha) and disagreements</source>
            <translation>узгодженість рецензентів щодо вердиктів (відсоток, зважена каппа, альфа Кріппендорфа) і розбіжності</translation>
        </message>
        <message>
            <location filename="../../annotator/commands/agreement.py" line="28" />
            <source>one article (default: all)</source>
            <translation>одна стаття (типово: усі)</translation>
        </message>
        <message>
            <location filename="../../annotator/commands/agreement.py" line="30" />
            <source>print the report as JSON</source>
            <translation>вивести звіт як JSON</translation>
        </message>
    </context>
    <context>
        <name>commands.argparse_words</name>
        <message>
            <location filename="../../annotator/commands/argparse_words.py" line="27" />
            <source>%(prog)s: error: %(message)s
</source>
            <translation>%(prog)s: помилка: %(message)s
</translation>
        </message>
        <message>
            <location filename="../../annotator/commands/argparse_words.py" line="36" />
            <source>ambiguous option: %(option)s could match %(matches)s</source>
            <translation>неоднозначний параметр: %(option)s може означати %(matches)s</translation>
        </message>
        <message>
            <location filename="../../annotator/commands/argparse_words.py" line="28" />
            <source>argument %(argument_name)s: %(message)s</source>
            <translation>аргумент %(argument_name)s: %(message)s</translation>
        </message>
        <message>
            <location filename="../../annotator/commands/argparse_words.py" line="42" />
            <source>can't open '%(filename)s': %(error)s</source>
            <translation>не вдається відкрити '%(filename)s': %(error)s</translation>
        </message>
        <message numerus="yes">
            <location filename="../../annotator/commands/argparse_words.py" line="56" />
            <source>expected %n argument(s)</source>
            <translation>
                <numerusform>очікувався %n аргумент</numerusform>
                <numerusform>очікувалося %n аргументи</numerusform>
                <numerusform>очікувалося %n аргументів</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../annotator/commands/argparse_words.py" line="35" />
            <source>expected at least one argument</source>
            <translation>очікувався принаймні один аргумент</translation>
        </message>
        <message>
            <location filename="../../annotator/commands/argparse_words.py" line="34" />
            <source>expected at most one argument</source>
            <translation>очікувався щонайбільше один аргумент</translation>
        </message>
        <message>
            <location filename="../../annotator/commands/argparse_words.py" line="33" />
            <source>expected one argument</source>
            <translation>очікувався один аргумент</translation>
        </message>
        <message>
            <location filename="../../annotator/commands/argparse_words.py" line="39" />
            <source>ignored explicit argument %r</source>
            <translation>проігноровано явний аргумент %r</translation>
        </message>
        <message>
            <location filename="../../annotator/commands/argparse_words.py" line="32" />
            <source>invalid %(type)s value: %(value)r</source>
            <translation>неприпустиме значення %(type)s: %(value)r</translation>
        </message>
        <message>
            <location filename="../../annotator/commands/argparse_words.py" line="31" />
            <source>invalid choice: %(value)r (choose from %(choices)s)</source>
            <translation>неприпустимий вибір: %(value)r (виберіть із %(choices)s)</translation>
        </message>
        <message>
            <location filename="../../annotator/commands/argparse_words.py" line="37" />
            <source>not allowed with argument %s</source>
            <translation>не можна поєднувати з аргументом %s</translation>
        </message>
        <message>
            <location filename="../../annotator/commands/argparse_words.py" line="38" />
            <source>one of the arguments %s is required</source>
            <translation>потрібен один з аргументів %s</translation>
        </message>
        <message>
            <location filename="../../annotator/commands/argparse_words.py" line="25" />
            <source>options</source>
            <translation>параметри</translation>
        </message>
        <message>
            <location filename="../../annotator/commands/argparse_words.py" line="24" />
            <source>positional arguments</source>
            <translation>позиційні аргументи</translation>
        </message>
        <message>
            <location filename="../../annotator/commands/argparse_words.py" line="26" />
            <source>show this help message and exit</source>
            <translation>показати цю довідку й вийти</translation>
        </message>
        <message>
            <location filename="../../annotator/commands/argparse_words.py" line="29" />
            <source>the following arguments are required: %s</source>
            <translation>потрібні такі аргументи: %s</translation>
        </message>
        <message>
            <location filename="../../annotator/commands/argparse_words.py" line="40" />
            <source>unexpected option string: %s</source>
            <translation>неочікуваний параметр: %s</translation>
        </message>
        <message>
            <location filename="../../annotator/commands/argparse_words.py" line="41" />
            <source>unknown parser %(parser_name)r (choices: %(choices)s)</source>
            <translation>невідома команда %(parser_name)r (варіанти: %(choices)s)</translation>
        </message>
        <message>
            <location filename="../../annotator/commands/argparse_words.py" line="30" />
            <source>unrecognized arguments: %s</source>
            <translation>нерозпізнані аргументи: %s</translation>
        </message>
        <message>
            <location filename="../../annotator/commands/argparse_words.py" line="23" />
            <source>usage: </source>
            <translation>використання: </translation>
        </message>
    </context>
    <context>
        <name>commands.article_properties</name>
        <message>
            <location filename="../../annotator/commands/article_properties.py" line="46" />
            <source>print the article's properties as JSON</source>
            <translation>вивести властивості статті як JSON</translation>
        </message>
        <message>
            <location filename="../../annotator/commands/article_properties.py" line="24" />
            <source>set an article's properties: article set PROJECT ARTICLE_ID --report-url URL</source>
            <translation>задати властивості статті: article set PROJECT ARTICLE_ID --report-url URL</translation>
        </message>
        <message>
            <location filename="../../annotator/commands/article_properties.py" line="42" />
            <source>the article's own address</source>
            <translation>власна адреса статті</translation>
        </message>
        <message>
            <location filename="../../annotator/commands/article_properties.py" line="35" />
            <source>what to do</source>
            <translation>що зробити</translation>
        </message>
        <message>
            <location filename="../../annotator/commands/article_properties.py" line="40" />
            <source>where our fact-check of it is published ('' clears)</source>
            <translation>де опубліковано нашу перевірку фактів щодо неї ('' очищає)</translation>
        </message>
    </context>
    <context>
        <name>commands.claim</name>
        <message>
            <location filename="../../annotator/commands/claim.py" line="28" />
            <source>add, change or delete a claim (claim add|set|delete; see docs/CLI.md)</source>
            <translation>додати, змінити або видалити твердження (claim add|set|delete; див. docs/CLI.md)</translation>
        </message>
        <message>
            <location filename="../../annotator/commands/claim.py" line="54" />
            <source>anchor a new claim on ARTICLE_ID's text[START:END]</source>
            <translation>прив'язати нове твердження до тексту[START:END] статті ARTICLE_ID</translation>
        </message>
        <message>
            <location filename="../../annotator/commands/claim.py" line="60" />
            <source>change a claim's fields or its review status</source>
            <translation>змінити поля твердження або його стан рецензування</translation>
        </message>
        <message>
            <location filename="../../annotator/commands/claim.py" line="58" />
            <source>code point after the quote</source>
            <translation>кодова точка після цитати</translation>
        </message>
        <message>
            <location filename="../../annotator/commands/claim.py" line="39" />
            <source>comma-separated tags</source>
            <translation>теги через кому</translation>
        </message>
        <message>
            <location filename="../../annotator/commands/claim.py" line="68" />
            <source>delete a claim with its sources and comments</source>
            <translation>видалити твердження разом із його джерелами й коментарями</translation>
        </message>
        <message>
            <location filename="../../annotator/commands/claim.py" line="66" />
            <source>draft, ready_for_review, approved or changes_requested (review rules apply)</source>
            <translation>draft, ready_for_review, approved або changes_requested (діють правила рецензування)</translation>
        </message>
        <message>
            <location filename="../../annotator/commands/claim.py" line="57" />
            <source>first code point of the quote</source>
            <translation>перша кодова точка цитати</translation>
        </message>
        <message>
            <location filename="../../annotator/commands/claim.py" line="40" />
            <source>internal note (never exported)</source>
            <translation>внутрішня примітка (ніколи не експортується)</translation>
        </message>
        <message>
            <location filename="../../annotator/commands/claim.py" line="34" />
            <source>the claim as checked (ClaimReview claimReviewed)</source>
            <translation>твердження в перевіреному вигляді (ClaimReview claimReviewed)</translation>
        </message>
        <message>
            <location filename="../../annotator/commands/claim.py" line="46" />
            <source>verdict label (or id) on the project's scale; '' for none</source>
            <translation>назва (або id) вердикту на шкалі проєкту; '' — без вердикту</translation>
        </message>
        <message>
            <location filename="../../annotator/commands/claim.py" line="37" />
            <source>when it was made (YYYY, YYYY-MM or YYYY-MM-DD)</source>
            <translation>коли його висловлено (YYYY, YYYY-MM або YYYY-MM-DD)</translation>
        </message>
        <message>
            <location filename="../../annotator/commands/claim.py" line="36" />
            <source>who made the claim</source>
            <translation>хто висловив твердження</translation>
        </message>
        <message>
            <location filename="../../annotator/commands/claim.py" line="38" />
            <source>why the verdict (published)</source>
            <translation>чому такий вердикт (публікується)</translation>
        </message>
    </context>
    <context>
        <name>commands.comment</name>
        <message>
            <location filename="../../annotator/commands/comment.py" line="25" />
            <source>add TEXT to CLAIM_ID's comments</source>
            <translation>додати TEXT до коментарів CLAIM_ID</translation>
        </message>
        <message>
            <location filename="../../annotator/commands/comment.py" line="30" />
            <source>answer this comment of the claim</source>
            <translation>відповісти на цей коментар до твердження</translation>
        </message>
        <message>
            <location filename="../../annotator/commands/comment.py" line="20" />
            <source>comment on a claim (comment add; see docs/CLI.md)</source>
            <translation>прокоментувати твердження (comment add; див. docs/CLI.md)</translation>
        </message>
        <message>
            <location filename="../../annotator/commands/comment.py" line="33" />
            <source>print the new comment as JSON (docs/CLI.md)</source>
            <translation>вивести новий коментар як JSON (docs/CLI.md)</translation>
        </message>
    </context>
    <context>
        <name>commands.common</name>
        <message>
            <location filename="../../annotator/commands/common.py" line="22" />
            <source>the project file</source>
            <translation>файл проєкту</translation>
        </message>
        <message>
            <location filename="../../annotator/commands/common.py" line="28" />
            <source>your name, recorded on what you change (default: $ANNOTATOR_AUTHOR or the name set in the window); mapped to a person as docs/CLI.md says</source>
            <translation>ваше ім'я, яке записується до всього, що ви змінюєте (типово: $ANNOTATOR_AUTHOR або ім'я, задане у вікні); зіставляється з особою, як описано в docs/CLI.md</translation>
        </message>
    </context>
    <context>
        <name>commands.desktop_entry</name>
        <message>
            <location filename="../../annotator/commands/desktop_entry.py" line="23" />
            <source>add Annotator to the desktop's application menu (a .desktop entry and its icon)</source>
            <translation>додати Annotator до меню застосунків стільниці (запис .desktop і його значок)</translation>
        </message>
        <message>
            <location filename="../../annotator/commands/desktop_entry.py" line="28" />
            <source>remove the entry and the icon</source>
            <translation>вилучити запис і значок</translation>
        </message>
    </context>
    <context>
        <name>commands.editorial</name>
        <message>
            <location filename="../../annotator/commands/editorial.py" line="60" />
            <source>print the claim as JSON (docs/CLI.md)</source>
            <translation>вивести твердження як JSON (docs/CLI.md)</translation>
        </message>
    </context>
    <context>
        <name>commands.export</name>
        <message>
            <location filename="../../annotator/commands/export.py" line="74" />
            <source>CSV: no UTF-8 byte-order mark</source>
            <translation>CSV: без позначки порядку байтів UTF-8</translation>
        </message>
        <message>
            <location filename="../../annotator/commands/export.py" line="72" />
            <source>CSV: one row per source instead of per claim</source>
            <translation>CSV: один рядок на джерело замість одного на твердження</translation>
        </message>
        <message>
            <location filename="../../annotator/commands/export.py" line="60" />
            <source>ClaimReview: write even without a report URL or an organisation (drafts)</source>
            <translation>ClaimReview: записати навіть без URL-адреси звіту чи організації (чернетки)</translation>
        </message>
        <message>
            <location filename="../../annotator/commands/export.py" line="46" />
            <source>also claims not (or no longer) approved; reports say so on their first page</source>
            <translation>також твердження, які не схвалено (або вже не схвалено); звіти повідомляють про це на першій сторінці</translation>
        </message>
        <message>
            <location filename="../../annotator/commands/export.py" line="117" />
            <source>checklist: {line}</source>
            <translation>перелік перевірки: {line}</translation>
        </message>
        <message>
            <location filename="../../annotator/commands/export.py" line="82" />
            <source>date printed on the report (default: today)</source>
            <translation>дата, надрукована у звіті (типово: сьогодні)</translation>
        </message>
        <message>
            <location filename="../../annotator/commands/export.py" line="63" />
            <source>do not print the publication checklist</source>
            <translation>не виводити перелік перевірки перед публікацією</translation>
        </message>
        <message>
            <location filename="../../annotator/commands/export.py" line="23" />
            <source>export a report (html, pdf, markdown), data (csv, json, claimreview, w3c) or the evidence (warc); text formats go to stdout without -o</source>
            <translation>експортувати звіт (html, pdf, markdown), дані (csv, json, claimreview, w3c) або докази (warc); без -o текстові формати виводяться у стандартний вивід</translation>
        </message>
        <message>
            <location filename="../../annotator/commands/export.py" line="41" />
            <source>export only this article (default: all)</source>
            <translation>експортувати лише цю статтю (типово: усі)</translation>
        </message>
        <message>
            <location filename="../../annotator/commands/export.py" line="38" />
            <source>file to write (required for pdf; default: standard output)</source>
            <translation>файл для запису (обов'язковий для pdf; типово: стандартний вивід)</translation>
        </message>
        <message>
            <location filename="../../annotator/commands/export.py" line="55" />
            <source>leave out drafts (the default; kept for scripts)</source>
            <translation>пропустити чернетки (типово; залишено для скриптів)</translation>
        </message>
        <message>
            <location filename="../../annotator/commands/export.py" line="51" />
            <source>only approved claims with a current approval (the default; kept for scripts)</source>
            <translation>лише схвалені твердження з чинним схваленням (типово; залишено для скриптів)</translation>
        </message>
        <message>
            <location filename="../../annotator/commands/export.py" line="78" />
            <source>reports: add how far the reviewers of each article agreed</source>
            <translation>звіти: додати, наскільки узгодилися рецензенти кожної статті</translation>
        </message>
        <message>
            <location filename="../../annotator/commands/export.py" line="86" />
            <source>reports: headings and labels</source>
            <translation>звіти: заголовки й підписи</translation>
        </message>
        <message>
            <location filename="../../annotator/commands/export.py" line="32" />
            <source>what to write</source>
            <translation>що записати</translation>
        </message>
        <message numerus="yes">
            <location filename="../../annotator/commands/export.py" line="112" />
            <source>wrote %n capture(s) to {path}</source>
            <translation>
                <numerusform>записано %n знімок у {path}</numerusform>
                <numerusform>записано %n знімки у {path}</numerusform>
                <numerusform>записано %n знімків у {path}</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../annotator/commands/export.py" line="127" />
            <source>wrote %n claim(s) to {path}</source>
            <translation>
                <numerusform>записано %n твердження у {path}</numerusform>
                <numerusform>записано %n твердження у {path}</numerusform>
                <numerusform>записано %n тверджень у {path}</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>commands.hub</name>
        <message numerus="yes">
            <location filename="../../annotator/commands/hub.py" line="105" />
            <source>%n conflict(s) kept both versions; resolve them in the Conflicts panel.</source>
            <translation>
                <numerusform>%n конфлікт зберіг обидві версії; розв'яжіть його на панелі «Конфлікти».</numerusform>
                <numerusform>%n конфлікти зберегли обидві версії; розв'яжіть їх на панелі «Конфлікти».</numerusform>
                <numerusform>%n конфліктів зберегли обидві версії; розв'яжіть їх на панелі «Конфлікти».</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../annotator/commands/hub.py" line="108" />
            <source>%n item(s) changed on the hub meanwhile; sync again.</source>
            <translation>
                <numerusform>%n елемент тим часом змінився на хабі; синхронізуйте ще раз.</numerusform>
                <numerusform>%n елементи тим часом змінилися на хабі; синхронізуйте ще раз.</numerusform>
                <numerusform>%n елементів тим часом змінилися на хабі; синхронізуйте ще раз.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../annotator/commands/hub.py" line="71" />
            <source>Hub schema at {url}: version {before} -&gt; {after}.</source>
            <translation>Схема хабу за адресою {url}: версія {before} -&gt; {after}.</translation>
        </message>
        <message>
            <location filename="../../annotator/commands/hub.py" line="116" />
            <source>Not connected to a hub.</source>
            <translation>Не під'єднано до хабу.</translation>
        </message>
        <message>
            <location filename="../../annotator/commands/hub.py" line="68" />
            <source>The hub at {url} is up to date (schema version {version}).</source>
            <translation>Хаб за адресою {url} актуальний (версія схеми {version}).</translation>
        </message>
        <message>
            <location filename="../../annotator/commands/hub.py" line="27" />
            <source>a libpq address, e.g. postgresql://USER@HOST/DB?sslmode=verify-full (no password: use ~/.pgpass, a service file or PGPASSWORD)</source>
            <translation>адреса libpq, наприклад postgresql://USER@HOST/DB?sslmode=verify-full (без пароля: використовуйте ~/.pgpass, файл служби або PGPASSWORD)</translation>
        </message>
        <message>
            <location filename="../../annotator/commands/hub.py" line="47" />
            <source>bring the hub's changes into PROJECT (merged like a colleague's file)</source>
            <translation>отримати зміни з хабу в PROJECT (об'єднуються, як файл колеги)</translation>
        </message>
        <message>
            <location filename="../../annotator/commands/hub.py" line="22" />
            <source>create a team hub on PostgreSQL, tie a project to it, and push, pull or sync (needs annotator[hub])</source>
            <translation>створити командний хаб на PostgreSQL, прив'язати до нього проєкт і надсилати, отримувати або синхронізувати (потрібен annotator[hub])</translation>
        </message>
        <message>
            <location filename="../../annotator/commands/hub.py" line="35" />
            <source>create or upgrade the hub schema (refuses a newer hub)</source>
            <translation>створити або оновити схему хабу (новіший хаб відхиляється)</translation>
        </message>
        <message>
            <location filename="../../annotator/commands/hub.py" line="58" />
            <source>print the status as JSON</source>
            <translation>вивести стан як JSON</translation>
        </message>
        <message>
            <location filename="../../annotator/commands/hub.py" line="53" />
            <source>print what happened as JSON</source>
            <translation>вивести, що сталося, як JSON</translation>
        </message>
        <message>
            <location filename="../../annotator/commands/hub.py" line="48" />
            <source>pull, then push</source>
            <translation>отримати, потім надіслати</translation>
        </message>
        <message>
            <location filename="../../annotator/commands/hub.py" line="46" />
            <source>send my new work to the hub</source>
            <translation>надіслати мою нову роботу на хаб</translation>
        </message>
        <message>
            <location filename="../../annotator/commands/hub.py" line="55" />
            <source>the hub PROJECT syncs with, last sync, whether it is behind</source>
            <translation>хаб, з яким синхронізується PROJECT, остання синхронізація, чи він відстає</translation>
        </message>
        <message>
            <location filename="../../annotator/commands/hub.py" line="37" />
            <source>tie PROJECT to a hub (created if missing)</source>
            <translation>прив'язати PROJECT до хабу (створюється, якщо його немає)</translation>
        </message>
        <message>
            <location filename="../../annotator/commands/hub.py" line="42" />
            <source>untie PROJECT from its hub; the file stays complete</source>
            <translation>відв'язати PROJECT від його хабу; файл лишається повним</translation>
        </message>
        <message>
            <location filename="../../annotator/commands/hub.py" line="84" />
            <source>{name} is no longer tied to a hub; it keeps everything it holds.</source>
            <translation>{name} більше не прив'язано до хабу; у ньому лишається все, що він містить.</translation>
        </message>
        <message>
            <location filename="../../annotator/commands/hub.py" line="79" />
            <source>{name} now syncs with {url} as {role}.</source>
            <translation>{name} тепер синхронізується з {url} як {role}.</translation>
        </message>
    </context>
    <context>
        <name>commands.import_annotations</name>
        <message>
            <location filename="../../annotator/commands/import_annotations.py" line="16" />
            <source>add annotations from a W3C Web Annotation (JSON-LD) or Hypothesis JSON file as claims</source>
            <translation>додати як твердження анотації з файлу W3C Web Annotation (JSON-LD) або Hypothesis JSON</translation>
        </message>
        <message>
            <location filename="../../annotator/commands/import_annotations.py" line="21" />
            <source>the annotation file (.json / .jsonld)</source>
            <translation>файл анотацій (.json / .jsonld)</translation>
        </message>
    </context>
    <context>
        <name>commands.import_articles</name>
        <message>
            <location filename="../../annotator/commands/import_articles.py" line="25" />
            <source>add articles from files ({suffixes}) or from http(s) URLs (the page is kept as a capture); prints each article's id and title</source>
            <translation>додати статті з файлів ({suffixes}) або з URL-адрес http(s) (сторінка зберігається як знімок); виводить id і заголовок кожної статті</translation>
        </message>
        <message>
            <location filename="../../annotator/commands/import_articles.py" line="35" />
            <source>article files or page URLs to import</source>
            <translation>файли статей або URL-адреси сторінок для імпорту</translation>
        </message>
        <message>
            <location filename="../../annotator/commands/import_articles.py" line="45" />
            <source>let this fetch reach loopback and private network addresses (refused by default)</source>
            <translation>дозволити цьому завантаженню звертатися до адрес локальної петлі й приватних мереж (типово заборонено)</translation>
        </message>
        <message>
            <location filename="../../annotator/commands/import_articles.py" line="52" />
            <source>seconds to wait for the server (default 20)</source>
            <translation>скільки секунд чекати на сервер (типово 20)</translation>
        </message>
        <message>
            <location filename="../../annotator/commands/import_articles.py" line="100" />
            <source>{name}: already in the project as {title!r} ({article_id}); not added again</source>
            <translation>{name}: уже є в проєкті як {title!r} ({article_id}); повторно не додано</translation>
        </message>
    </context>
    <context>
        <name>commands.import_factchecks</name>
        <message>
            <location filename="../../annotator/commands/import_factchecks.py" line="23" />
            <source>ClaimReview JSON, JSON Lines or CSV (may be gzipped)</source>
            <translation>ClaimReview JSON, JSON Lines або CSV (може бути стиснено gzip)</translation>
        </message>
        <message>
            <location filename="../../annotator/commands/import_factchecks.py" line="15" />
            <source>add published fact-checks (ClaimReview JSON-LD, JSON Lines or CSV) to the reference archive</source>
            <translation>додати опубліковані фактчеки (ClaimReview JSON-LD, JSON Lines або CSV) до довідкового архіву</translation>
        </message>
    </context>
    <context>
        <name>commands.list_project</name>
        <message>
            <location filename="../../annotator/commands/list_project.py" line="14" />
            <source>list the articles and their claims (--json for the full structure)</source>
            <translation>показати статті та їхні твердження (--json для повної структури)</translation>
        </message>
        <message>
            <location filename="../../annotator/commands/list_project.py" line="20" />
            <source>print JSON (documented in docs/CLI.md)</source>
            <translation>вивести JSON (описано в docs/CLI.md)</translation>
        </message>
    </context>
    <context>
        <name>commands.match</name>
        <message>
            <location filename="../../annotator/commands/match.py" line="36" />
            <source>JSON output</source>
            <translation>вивід JSON</translation>
        </message>
        <message>
            <location filename="../../annotator/commands/match.py" line="18" />
            <source>find fact-checks (imported, or the project's approved claims) that already checked a text</source>
            <translation>знайти фактчеки (імпортовані або схвалені твердження проєкту), які вже перевіряли текст</translation>
        </message>
        <message>
            <location filename="../../annotator/commands/match.py" line="34" />
            <source>how many matches (default 5)</source>
            <translation>скільки збігів (типово 5)</translation>
        </message>
        <message>
            <location filename="../../annotator/commands/match.py" line="31" />
            <source>one {"id": ..., "text": ...} a line; one result line each</source>
            <translation>по одному {"id": ..., "text": ...} у рядку; по рядку результату на кожен</translation>
        </message>
        <message>
            <location filename="../../annotator/commands/match.py" line="26" />
            <source>the claim or sentence to look up</source>
            <translation>твердження або речення для пошуку</translation>
        </message>
    </context>
    <context>
        <name>commands.merge</name>
        <message numerus="yes">
            <location filename="../../annotator/commands/merge.py" line="62" />
            <source>%n approved claim(s) arrived without an approval that holds here (their reviewer wrote them, or what they say changed); they are ready for review again:</source>
            <translation>
                <numerusform>%n схвалене твердження надійшло без схвалення, чинного тут (його написав рецензент, або змінилося, що воно каже); воно знову готове до рецензії:</numerusform>
                <numerusform>%n схвалені твердження надійшли без схвалення, чинного тут (їх написав рецензент, або змінилося, що вони кажуть); вони знову готові до рецензії:</numerusform>
                <numerusform>%n схвалених тверджень надійшли без схвалення, чинного тут (їх написав рецензент, або змінилося, що вони кажуть); вони знову готові до рецензії:</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../annotator/commands/merge.py" line="58" />
            <source>%n conflict(s) kept both versions; resolve them in the Conflicts panel.</source>
            <translation>
                <numerusform>%n конфлікт зберіг обидві версії; розв'яжіть його на панелі «Конфлікти».</numerusform>
                <numerusform>%n конфлікти зберегли обидві версії; розв'яжіть їх на панелі «Конфлікти».</numerusform>
                <numerusform>%n конфліктів зберегли обидві версії; розв'яжіть їх на панелі «Конфлікти».</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../annotator/commands/merge.py" line="68" />
            <source>Nothing to merge: the project already holds everything in the other file.</source>
            <translation>Нічого об'єднувати: проєкт уже містить усе, що є в іншому файлі.</translation>
        </message>
        <message>
            <location filename="../../annotator/commands/merge.py" line="29" />
            <source>adjudications</source>
            <translation>ухвалення</translation>
        </message>
        <message>
            <location filename="../../annotator/commands/merge.py" line="27" />
            <source>articles</source>
            <translation>статті</translation>
        </message>
        <message>
            <location filename="../../annotator/commands/merge.py" line="28" />
            <source>blind ratings</source>
            <translation>оцінки наосліп</translation>
        </message>
        <message>
            <location filename="../../annotator/commands/merge.py" line="27" />
            <source>claims</source>
            <translation>твердження</translation>
        </message>
        <message>
            <location filename="../../annotator/commands/merge.py" line="28" />
            <source>comments</source>
            <translation>коментарі</translation>
        </message>
        <message>
            <location filename="../../annotator/commands/merge.py" line="30" />
            <source>fact-checks</source>
            <translation>фактчеки</translation>
        </message>
        <message>
            <location filename="../../annotator/commands/merge.py" line="21" />
            <source>merge a colleague's project file into PROJECT; prints what was added, updated, unchanged and in conflict</source>
            <translation>об'єднати файл проєкту колеги з PROJECT; виводить додане, оновлене, незмінене та конфліктне</translation>
        </message>
        <message>
            <location filename="../../annotator/commands/merge.py" line="40" />
            <source>print the merge report as JSON</source>
            <translation>вивести звіт про об'єднання як JSON</translation>
        </message>
        <message>
            <location filename="../../annotator/commands/merge.py" line="27" />
            <source>sources</source>
            <translation>джерела</translation>
        </message>
        <message>
            <location filename="../../annotator/commands/merge.py" line="37" />
            <source>the colleague's project file (only read)</source>
            <translation>файл проєкту колеги (лише читається)</translation>
        </message>
        <message>
            <location filename="../../annotator/commands/merge.py" line="29" />
            <source>verdicts</source>
            <translation>вердикти</translation>
        </message>
    </context>
    <context>
        <name>commands.rate</name>
        <message>
            <location filename="../../annotator/commands/rate.py" line="33" />
            <source>print the passage's ratings as JSON</source>
            <translation>вивести оцінки фрагмента як JSON</translation>
        </message>
        <message>
            <location filename="../../annotator/commands/rate.py" line="19" />
            <source>rate a colleague's claim (second review): stored as your rating, never as a claim</source>
            <translation>оцінити твердження колеги (друге рецензування): зберігається як ваша оцінка, ніколи не як твердження</translation>
        </message>
        <message>
            <location filename="../../annotator/commands/rate.py" line="31" />
            <source>why (kept with your rating)</source>
            <translation>чому (зберігається з вашою оцінкою)</translation>
        </message>
        <message>
            <location filename="../../annotator/commands/rate.py" line="29" />
            <source>your verdict (a label of the scale, or 'unrated')</source>
            <translation>ваш вердикт (назва зі шкали або 'unrated')</translation>
        </message>
    </context>
    <context>
        <name>commands.review_claim</name>
        <message>
            <location filename="../../annotator/commands/review_claim.py" line="40" />
            <source>a note kept with the decision</source>
            <translation>примітка, що зберігається з рішенням</translation>
        </message>
        <message>
            <location filename="../../annotator/commands/review_claim.py" line="33" />
            <source>approve CLAIM_ID</source>
            <translation>схвалити CLAIM_ID</translation>
        </message>
        <message>
            <location filename="../../annotator/commands/review_claim.py" line="34" />
            <source>request changes CLAIM_ID</source>
            <translation>запросити зміни CLAIM_ID</translation>
        </message>
        <message>
            <location filename="../../annotator/commands/review_claim.py" line="32" />
            <source>submit CLAIM_ID</source>
            <translation>подати CLAIM_ID на рецензію</translation>
        </message>
        <message>
            <location filename="../../annotator/commands/review_claim.py" line="20" />
            <source>submit, approve or request changes on a claim (see docs/CLI.md)</source>
            <translation>подати на рецензію, схвалити або запросити зміни твердження (див. docs/CLI.md)</translation>
        </message>
    </context>
    <context>
        <name>commands.search_project</name>
        <message>
            <location filename="../../annotator/commands/search_project.py" line="14" />
            <source>search the text of every article and claim; prints article id, offset, title and context</source>
            <translation>шукати в тексті всіх статей і тверджень; виводить id статті, зсув, заголовок і контекст</translation>
        </message>
        <message>
            <location filename="../../annotator/commands/search_project.py" line="22" />
            <source>words to find (all must occur)</source>
            <translation>слова для пошуку (мають трапитися всі)</translation>
        </message>
    </context>
    <context>
        <name>commands.show_article</name>
        <message>
            <location filename="../../annotator/commands/show_article.py" line="14" />
            <source>print an article's canonical text (the text claim offsets count in)</source>
            <translation>вивести канонічний текст статті (текст, у якому рахуються зсуви тверджень)</translation>
        </message>
    </context>
    <context>
        <name>commands.sources</name>
        <message>
            <location filename="../../annotator/commands/sources.py" line="90" />
            <source>a confidential source: never exported, reports say 'a source who asked not to be named'</source>
            <translation>конфіденційне джерело: ніколи не експортується, у звітах зазначено 'джерело, яке попросило не називати його'</translation>
        </message>
        <message>
            <location filename="../../annotator/commands/sources.py" line="70" />
            <source>a newsroom's own kind</source>
            <translation>власний вид редакції</translation>
        </message>
        <message>
            <location filename="../../annotator/commands/sources.py" line="42" />
            <source>add a source to CLAIM_ID; prints its id</source>
            <translation>додати джерело до CLAIM_ID; виводить його id</translation>
        </message>
        <message>
            <location filename="../../annotator/commands/sources.py" line="28" />
            <source>add, edit, list, capture or attach a file to a claim's sources; list or add source kinds</source>
            <translation>додати, змінити, показати, зняти або прикріпити файл до джерел твердження; показати або додати види джерел</translation>
        </message>
        <message>
            <location filename="../../annotator/commands/sources.py" line="62" />
            <source>attach FILE (saved page, PDF, screenshot) as SOURCE_ID's capture</source>
            <translation>прикріпити FILE (збережену сторінку, PDF, знімок екрана) як знімок SOURCE_ID</translation>
        </message>
        <message>
            <location filename="../../annotator/commands/sources.py" line="48" />
            <source>change fields of SOURCE_ID</source>
            <translation>змінити поля SOURCE_ID</translation>
        </message>
        <message>
            <location filename="../../annotator/commands/sources.py" line="57" />
            <source>fetch SOURCE_ID's URL now and keep the capture; prints its SHA-256</source>
            <translation>завантажити URL-адресу SOURCE_ID зараз і зберегти знімок; виводить його SHA-256</translation>
        </message>
        <message>
            <location filename="../../annotator/commands/sources.py" line="67" />
            <source>list the project's source kinds, or add one with --add ID LABEL</source>
            <translation>показати види джерел проєкту або додати вид через --add ID LABEL</translation>
        </message>
        <message>
            <location filename="../../annotator/commands/sources.py" line="46" />
            <source>print the new source as JSON (docs/CLI.md)</source>
            <translation>вивести нове джерело як JSON (docs/CLI.md)</translation>
        </message>
        <message>
            <location filename="../../annotator/commands/sources.py" line="51" />
            <source>the source may be named again</source>
            <translation>джерело знову можна називати</translation>
        </message>
        <message>
            <location filename="../../annotator/commands/sources.py" line="53" />
            <source>the sources of CLAIM_ID as JSON (with their captures)</source>
            <translation>джерела CLAIM_ID як JSON (з їхніми знімками)</translation>
        </message>
        <message>
            <location filename="../../annotator/commands/sources.py" line="73" />
            <source>with --add: sources of this kind need a URL</source>
            <translation>з --add: джерелам цього виду потрібна URL-адреса</translation>
        </message>
    </context>
    <context>
        <name>commands.suggest</name>
        <message>
            <location filename="../../annotator/commands/suggest.py" line="34" />
            <source>a JSON list of {"start", "end", "score", "reasons"}</source>
            <translation>список JSON із {"start", "end", "score", "reasons"}</translation>
        </message>
        <message>
            <location filename="../../annotator/commands/suggest.py" line="40" />
            <source>dismiss the suggestion at START:END</source>
            <translation>відхилити пропозицію в START:END</translation>
        </message>
        <message>
            <location filename="../../annotator/commands/suggest.py" line="45" />
            <source>forget the retrained model; use the shipped one</source>
            <translation>забути перенавчену модель; використовувати вбудовану</translation>
        </message>
        <message>
            <location filename="../../annotator/commands/suggest.py" line="27" />
            <source>retrain on the project's accepted and dismissed suggestions</source>
            <translation>перенавчити на прийнятих і відхилених пропозиціях проєкту</translation>
        </message>
        <message>
            <location filename="../../annotator/commands/suggest.py" line="18" />
            <source>suggest the sentences of an article most worth checking (score and reasons); --train retrains</source>
            <translation>запропонувати речення статті, які найбільше варто перевірити (оцінка й причини); --train перенавчає</translation>
        </message>
        <message>
            <location filename="../../annotator/commands/suggest.py" line="29" />
            <source>the project file</source>
            <translation>файл проєкту</translation>
        </message>
        <message>
            <location filename="../../annotator/commands/suggest.py" line="37" />
            <source>turn the suggestion at START:END into a claim</source>
            <translation>перетворити пропозицію в START:END на твердження</translation>
        </message>
    </context>
    <context>
        <name>commands.update_article</name>
        <message>
            <location filename="../../annotator/commands/update_article.py" line="43" />
            <source>fetch the article's URL; a new version only if its text changed</source>
            <translation>завантажити URL-адресу статті; нова версія — лише якщо змінився її текст</translation>
        </message>
        <message>
            <location filename="../../annotator/commands/update_article.py" line="26" />
            <source>store a new version of an article from FILE, or fetch its URL again with --from-url, and re-anchor its claims; prints how many are exact, moved, changed, orphaned</source>
            <translation>зберегти нову версію статті з FILE або знову завантажити її URL-адресу через --from-url і заново прив'язати її твердження; виводить, скільки з них точні, переміщені, змінені, осиротілі</translation>
        </message>
        <message>
            <location filename="../../annotator/commands/update_article.py" line="35" />
            <source>the article (with --from-url: or `all`)</source>
            <translation>стаття (з --from-url: або `all`)</translation>
        </message>
        <message>
            <location filename="../../annotator/commands/update_article.py" line="38" />
            <source>the new version (any importable format)</source>
            <translation>нова версія (будь-який формат, що імпортується)</translation>
        </message>
    </context>
    <context>
        <name>commands.verdicts</name>
        <message>
            <location filename="../../annotator/commands/verdicts.py" line="29" />
            <source>#rrggbb (default grey)</source>
            <translation>#rrggbb (типово сірий)</translation>
        </message>
        <message>
            <location filename="../../annotator/commands/verdicts.py" line="67" />
            <source>a verdict's label or id</source>
            <translation>назва або id вердикту</translation>
        </message>
        <message>
            <location filename="../../annotator/commands/verdicts.py" line="45" />
            <source>a whole number &gt;= 1, or none</source>
            <translation>ціле число &gt;= 1 або none</translation>
        </message>
        <message>
            <location filename="../../annotator/commands/verdicts.py" line="28" />
            <source>add a verdict at the end of the scale</source>
            <translation>додати вердикт у кінець шкали</translation>
        </message>
        <message>
            <location filename="../../annotator/commands/verdicts.py" line="16" />
            <source>list or change the project's verdict scale (add, rename, remove or retire, recolour, value, move, template)</source>
            <translation>показати або змінити шкалу вердиктів проєкту (додати, перейменувати, вилучити чи вивести з ужитку, змінити колір, значення, перемістити, шаблон)</translation>
        </message>
        <message>
            <location filename="../../annotator/commands/verdicts.py" line="48" />
            <source>move a verdict to POSITION (0 = first)</source>
            <translation>перемістити вердикт на POSITION (0 = перша)</translation>
        </message>
        <message>
            <location filename="../../annotator/commands/verdicts.py" line="31" />
            <source>numeric value for ClaimReview and agreement (default none)</source>
            <translation>числове значення для ClaimReview і узгодженості (типово немає)</translation>
        </message>
        <message>
            <location filename="../../annotator/commands/verdicts.py" line="47" />
            <source>offer a retired verdict again</source>
            <translation>знову пропонувати вердикт, виведений з ужитку</translation>
        </message>
        <message>
            <location filename="../../annotator/commands/verdicts.py" line="25" />
            <source>position, label, value, colour, claims using it, retired</source>
            <translation>позиція, назва, значення, колір, твердження, що його використовують, виведено з ужитку</translation>
        </message>
        <message>
            <location filename="../../annotator/commands/verdicts.py" line="42" />
            <source>recolour, set the value, retire or restore a verdict</source>
            <translation>змінити колір, задати значення, вивести з ужитку або відновити вердикт</translation>
        </message>
        <message>
            <location filename="../../annotator/commands/verdicts.py" line="38" />
            <source>remove an unused verdict; one that claims use is retired instead</source>
            <translation>вилучити невикористаний вердикт; той, що його використовують твердження, натомість виводиться з ужитку</translation>
        </message>
        <message>
            <location filename="../../annotator/commands/verdicts.py" line="33" />
            <source>rename a verdict (claims keep it)</source>
            <translation>перейменувати вердикт (твердження його зберігають)</translation>
        </message>
        <message>
            <location filename="../../annotator/commands/verdicts.py" line="52" />
            <source>start from a template scale ({names})</source>
            <translation>почати зі шкали-шаблону ({names})</translation>
        </message>
    </context>
    <context>
        <name>common.dialogs</name>
        <message>
            <location filename="../../annotator/ui/common/dialogs.py" line="34" />
            <source>
You are person {short_id}: renaming changes how you are shown, never who you are.</source>
            <translation>
Ви — особа {short_id}: перейменування змінює лише те, як вас показано, а не те, хто ви.</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/common/dialogs.py" line="188" />
            <source>&amp;About Annotator</source>
            <translation>&amp;Про Annotator</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/common/dialogs.py" line="144" />
            <source>&amp;Authors:</source>
            <translation>&amp;Автори:</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/common/dialogs.py" line="146" />
            <source>&amp;Date:</source>
            <translation>&amp;Дата:</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/common/dialogs.py" line="149" />
            <source>&amp;Language:</source>
            <translation>&amp;Мова:</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/common/dialogs.py" line="145" />
            <source>&amp;Publisher:</source>
            <translation>&amp;Видання:</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/common/dialogs.py" line="150" />
            <source>&amp;Standfirst:</source>
            <translation>&amp;Лід:</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/common/dialogs.py" line="143" />
            <source>&amp;Title:</source>
            <translation>&amp;Заголовок:</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/common/dialogs.py" line="147" />
            <source>&amp;URL:</source>
            <translation>&amp;URL:</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/common/dialogs.py" line="198" />
            <source>About Annotator</source>
            <translation>Про Annotator</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/common/dialogs.py" line="123" />
            <source>Article Properties</source>
            <translation>Властивості статті</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/common/dialogs.py" line="152" />
            <source>Imported from {value} ({source_format}); version {version}; {count} characters.</source>
            <translation>Імпортовано з {value} ({source_format}); версія {version}; символів: {count}.</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/common/dialogs.py" line="148" />
            <source>Published &amp;report:</source>
            <translation>Опублікований &amp;звіт:</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/common/dialogs.py" line="130" />
            <source>YYYY-MM-DD</source>
            <translation>РРРР-ММ-ДД</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/common/dialogs.py" line="42" />
            <source>Your Name</source>
            <translation>Ваше ім'я</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/common/dialogs.py" line="43" />
            <source>Your name is shown as the author of the claims, sources and changes you make.{identity}
Name:</source>
            <translation>Ваше ім'я показується як автор тверджень, джерел і змін, які ви робите.{identity}
Ім'я:</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/common/dialogs.py" line="139" />
            <source>en, uk, ru…</source>
            <translation>uk, en, es…</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/common/dialogs.py" line="136" />
            <source>https://… where our fact-check of this article is published</source>
            <translation>https://… де опубліковано наш фактчек цієї статті</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/common/dialogs.py" line="155" />
            <source>unknown</source>
            <translation>невідомо</translation>
        </message>
    </context>
    <context>
        <name>common.empty_states</name>
        <message>
            <location filename="../../annotator/ui/common/empty_states.py" line="21" />
            <source>No article updates to review. When an article changes (Article → Check for a New Version, or Update from New Version…), the claims whose passage moved or changed are listed here to check, one by one.</source>
            <translation>Немає оновлень статей для перевірки. Коли стаття змінюється (Стаття → Перевірити наявність нової версії або Оновити з нової версії…), твердження, чий фрагмент перемістився чи змінився, з'являються тут для перевірки по одному.</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/common/empty_states.py" line="26" />
            <source>No conflicts. When File → Merge Colleague's Project… finds an item that you and a colleague both changed, it is listed here with your version and theirs side by side.</source>
            <translation>Конфліктів немає. Коли Файл → Злити проєкт колеги… знаходить елемент, який змінили і ви, і колега, він з'являється тут: ваша версія і їхня поруч.</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/common/empty_states.py" line="42" />
            <source>Nothing found for “{query}”. Try fewer or other words, or check the spelling.</source>
            <translation>За запитом «{query}» нічого не знайдено. Спробуйте менше або інші слова чи перевірте написання.</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/common/empty_states.py" line="14" />
            <source>This project has no articles yet.

Import saved web pages, PDFs, Word, Markdown or text files with File → Import Articles… (Ctrl+I) or by dropping them on the window; fetch a page with File → Open URL… (Ctrl+Shift+O); or copy an article in your browser and choose Edit → Paste as New Article (Ctrl+Shift+V).</source>
            <translation>У цьому проєкті ще немає статей.

Імпортуйте збережені вебсторінки, PDF, документи Word, Markdown чи текстові файли через Файл → Імпортувати статті… (Ctrl+I) або перетягніть їх у вікно; завантажте сторінку через Файл → Відкрити URL… (Ctrl+Shift+O); або скопіюйте статтю в браузері й виберіть Редагування → Вставити як нову статтю (Ctrl+Shift+V).</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/common/empty_states.py" line="30" />
            <source>Type words to search every article, claim, source and comment of the project ("quotes" for a phrase).</source>
            <translation>Введіть слова для пошуку в усіх статтях, твердженнях, джерелах і коментарях проєкту ("лапки" для фрази).</translation>
        </message>
    </context>
    <context>
        <name>common.people</name>
        <message>
            <location filename="../../annotator/ui/common/people.py" line="20" />
            <source>Approval: current (what it says now is what was approved)</source>
            <translation>Схвалення: чинне (текст зараз такий, як його схвалили)</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/common/people.py" line="21" />
            <source>Approval: none now (it changed after it was approved; see History)</source>
            <translation>Схвалення: зараз немає (змінено після схвалення; див. Історію)</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/common/people.py" line="26" />
            <source>{label} (approval voided)</source>
            <translation>{label} (схвалення анульовано)</translation>
        </message>
    </context>
    <context>
        <name>common.review_text</name>
        <message>
            <location filename="../../annotator/ui/common/review_text.py" line="15" />
            <source>Approved</source>
            <translation>Схвалено</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/common/review_text.py" line="16" />
            <source>Changes requested</source>
            <translation>Потрібні зміни</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/common/review_text.py" line="21" />
            <source>Context</source>
            <translation>Контекст</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/common/review_text.py" line="13" />
            <source>Draft</source>
            <translation>Чернетка</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/common/review_text.py" line="14" />
            <source>Ready for review</source>
            <translation>Готово до рецензії</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/common/review_text.py" line="20" />
            <source>Refutes the claim</source>
            <translation>Спростовує твердження</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/common/review_text.py" line="19" />
            <source>Supports the claim</source>
            <translation>Підтверджує твердження</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/common/review_text.py" line="39" />
            <source>someone</source>
            <translation>хтось</translation>
        </message>
    </context>
    <context>
        <name>common.theme</name>
        <message>
            <location filename="../../annotator/ui/common/theme.py" line="20" />
            <source>Dark</source>
            <translation>Темна</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/common/theme.py" line="20" />
            <source>Follow the system</source>
            <translation>Як у системі</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/common/theme.py" line="20" />
            <source>Light</source>
            <translation>Світла</translation>
        </message>
    </context>
    <context>
        <name>common.times</name>
        <message>
            <location filename="../../annotator/ui/common/times.py" line="21" />
            <source>This computer's time zone</source>
            <translation>Часовий пояс цього комп'ютера</translation>
        </message>
    </context>
    <context>
        <name>common.undo_commands</name>
        <message>
            <location filename="../../annotator/ui/common/undo_commands.py" line="200" />
            <source>Add source</source>
            <translation>Додати джерело</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/common/undo_commands.py" line="314" />
            <source>Change project settings</source>
            <translation>Змінити налаштування проєкту</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/common/undo_commands.py" line="165" />
            <source>Change {field}</source>
            <translation>Змінити: {field}</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/common/undo_commands.py" line="95" />
            <source>Could not redo “{text}”: {error}</source>
            <translation>Не вдалося повторити «{text}»: {error}</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/common/undo_commands.py" line="94" />
            <source>Could not undo “{text}”: {error}</source>
            <translation>Не вдалося скасувати «{text}»: {error}</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/common/undo_commands.py" line="143" />
            <source>Delete claim</source>
            <translation>Видалити твердження</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/common/undo_commands.py" line="258" />
            <source>Edit article properties</source>
            <translation>Редагувати властивості статті</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/common/undo_commands.py" line="218" />
            <source>Edit source</source>
            <translation>Редагувати джерело</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/common/undo_commands.py" line="338" />
            <source>Import annotations from {name}</source>
            <translation>Імпортувати анотації з {name}</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/common/undo_commands.py" line="274" />
            <source>Import “{short}”</source>
            <translation>Імпортувати «{short}»</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/common/undo_commands.py" line="389" />
            <source>Merge {name}</source>
            <translation>Злити {name}</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/common/undo_commands.py" line="124" />
            <source>New claim</source>
            <translation>Нове твердження</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/common/undo_commands.py" line="290" />
            <source>Remove article “{short}”</source>
            <translation>Вилучити статтю «{short}»</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/common/undo_commands.py" line="242" />
            <source>Remove source</source>
            <translation>Вилучити джерело</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/common/undo_commands.py" line="368" />
            <source>Update “{short}” to version {version}</source>
            <translation>Оновити «{short}» до версії {version}</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/common/undo_commands.py" line="54" />
            <source>claim as checked</source>
            <translation>твердження як перевірене</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/common/undo_commands.py" line="56" />
            <source>claim date</source>
            <translation>дата твердження</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/common/undo_commands.py" line="55" />
            <source>claimant</source>
            <translation>автор твердження</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/common/undo_commands.py" line="58" />
            <source>explanation</source>
            <translation>пояснення</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/common/undo_commands.py" line="61" />
            <source>internal note</source>
            <translation>внутрішня примітка</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/common/undo_commands.py" line="60" />
            <source>review status</source>
            <translation>статус рецензії</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/common/undo_commands.py" line="59" />
            <source>tags</source>
            <translation>теги</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/common/undo_commands.py" line="57" />
            <source>verdict</source>
            <translation>вердикт</translation>
        </message>
    </context>
    <context>
        <name>common.verdict_badge</name>
        <message>
            <location filename="../../annotator/ui/common/verdict_badge.py" line="34" />
            <source>Unrated</source>
            <translation>Без оцінки</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/common/verdict_badge.py" line="184" />
            <source>Verdict colours: </source>
            <translation>Кольори вердиктів: </translation>
        </message>
        <message>
            <location filename="../../annotator/ui/common/verdict_badge.py" line="185" />
            <source>Verdict legend</source>
            <translation>Легенда вердиктів</translation>
        </message>
    </context>
    <context>
        <name>common.window_fit</name>
        <message>
            <location filename="../../annotator/ui/common/window_fit.py" line="214" />
            <source>Nothing to redo</source>
            <translation>Нічого повторювати</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/common/window_fit.py" line="214" />
            <source>Nothing to undo</source>
            <translation>Нічого скасовувати</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/common/window_fit.py" line="24" />
            <source>Redo</source>
            <translation>Повторити</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/common/window_fit.py" line="24" />
            <source>Undo</source>
            <translation>Скасувати</translation>
        </message>
    </context>
    <context>
        <name>errors</name>
        <message>
            <location filename="../../annotator/importers/__init__.py" line="76" />
            <source> It is a Pages document: export it as .docx or PDF.</source>
            <translation> Це документ Pages: експортуйте його як .docx або PDF.</translation>
        </message>
        <message>
            <location filename="../../annotator/importers/__init__.py" line="74" />
            <source> It is an OpenDocument text: save it as .docx.</source>
            <translation> Це текст OpenDocument: збережіть його як .docx.</translation>
        </message>
        <message>
            <location filename="../../annotator/importers/__init__.py" line="75" />
            <source> It is an RTF document: save it as .docx.</source>
            <translation> Це документ RTF: збережіть його як .docx.</translation>
        </message>
        <message>
            <location filename="../../annotator/importers/__init__.py" line="73" />
            <source> It is an old Word document: save it as .docx.</source>
            <translation> Це старий документ Word: збережіть його як .docx.</translation>
        </message>
        <message>
            <location filename="../../annotator/importers/__init__.py" line="116" />
            <source>(no extension)</source>
            <translation>(без розширення)</translation>
        </message>
        <message>
            <location filename="../../annotator/commands/export.py" line="94" />
            <source>--include-drafts contradicts --approved-only/--no-drafts: choose one</source>
            <translation>--include-drafts суперечить --approved-only/--no-drafts: виберіть щось одне</translation>
        </message>
        <message>
            <location filename="../../annotator/commands/match.py" line="43" />
            <source>--top must be at least 1</source>
            <translation>--top має бути щонайменше 1</translation>
        </message>
        <message>
            <location filename="../../annotator/services/review.py" line="92" />
            <source>A claim that is {status} cannot become {new_status}.</source>
            <translation>Твердження зі статусом {status} не може стати {new_status}.</translation>
        </message>
        <message>
            <location filename="../../annotator/services/verdict_scale.py" line="108" />
            <source>A colour is written #rrggbb, not {colour!r}.</source>
            <translation>Колір записують як #rrggbb, а не {colour!r}.</translation>
        </message>
        <message>
            <location filename="../../annotator/services/review.py" line="188" />
            <source>A comment needs some text.</source>
            <translation>Коментар має містити текст.</translation>
        </message>
        <message>
            <location filename="../../annotator/services/source_kinds.py" line="61" />
            <source>A source kind needs a label.</source>
            <translation>Тип джерела потребує назви.</translation>
        </message>
        <message>
            <location filename="../../annotator/services/source_kinds.py" line="55" />
            <source>A source kind's id is lower-case letters, digits and _, not {kind_id!r}.</source>
            <translation>Ідентифікатор типу джерела складається з малих літер, цифр і _, а не {kind_id!r}.</translation>
        </message>
        <message>
            <location filename="../../annotator/domain/source.py" line="82" />
            <source>A source needs a URL.</source>
            <translation>Джерело потребує URL.</translation>
        </message>
        <message>
            <location filename="../../annotator/services/validation.py" line="77" />
            <source>A source's kind is one of {choices}.</source>
            <translation>Тип джерела — один із {choices}.</translation>
        </message>
        <message>
            <location filename="../../annotator/services/validation.py" line="81" />
            <source>A source's stance is one of {choices}.</source>
            <translation>Позиція джерела — одна з {choices}.</translation>
        </message>
        <message>
            <location filename="../../annotator/services/verdict_scale.py" line="102" />
            <source>A verdict needs a label.</source>
            <translation>Вердикт потребує назви.</translation>
        </message>
        <message>
            <location filename="../../annotator/services/verdict_scale.py" line="85" />
            <source>A verdict that claims use cannot be removed; retire it instead.</source>
            <translation>Вердикт, який використовують твердження, не можна видалити; натомість виведіть його з ужитку.</translation>
        </message>
        <message>
            <location filename="../../annotator/services/verdict_scale.py" line="112" />
            <source>A verdict's numeric value is a whole number of at least 1 (or none).</source>
            <translation>Числове значення вердикту — ціле число, не менше 1 (або жодного).</translation>
        </message>
        <message>
            <location filename="../../annotator/services/verdict_scale.py" line="131" />
            <source>A verdict's numeric value is a whole number, not {text!r}.</source>
            <translation>Числове значення вердикту — ціле число, а не {text!r}.</translation>
        </message>
        <message>
            <location filename="../../annotator/services/merge.py" line="161" />
            <source>A {kind} conflict is resolved with a {kind}.</source>
            <translation>Конфлікт типу {kind} розв'язується через {kind}.</translation>
        </message>
        <message>
            <location filename="../../annotator/storage/store.py" line="400" />
            <source>A {what} this change needs no longer exists (it may have been removed in another window or by a merge); nothing was changed.</source>
            <translation>Елемент ({what}), потрібний для цієї зміни, більше не існує (можливо, його видалено в іншому вікні або під час злиття); нічого не змінено.</translation>
        </message>
        <message>
            <location filename="../../annotator/services/versions.py" line="176" />
            <source>An orphaned claim has no place in the text to accept; select a new passage for it.</source>
            <translation>Осиротіле твердження не має місця в тексті, яке можна прийняти; виділіть для нього новий уривок.</translation>
        </message>
        <message>
            <location filename="../../annotator/storage/merge.py" line="177" />
            <source>Both projects changed the text of the same article differently ({articles}); update the text in one of them to the other's first. Nothing was merged.</source>
            <translation>Обидва проєкти по-різному змінили текст однієї статті ({articles}); спершу оновіть текст в одному з них до тексту іншого. Нічого не злито.</translation>
        </message>
        <message>
            <location filename="../../annotator/storage/merge.py" line="199" />
            <source>Both projects changed the text of the same article differently ({length} article(s)); re-import the text in one of them first. Nothing was merged.</source>
            <translation>Обидва проєкти по-різному змінили текст однієї статті (статей: {length}); спершу повторно імпортуйте текст в одному з них. Нічого не злито.</translation>
        </message>
        <message>
            <location filename="../../annotator/storage/store.py" line="98" />
            <source>Cannot create {path}: the folder or file is read-only.</source>
            <translation>Не вдається створити {path}: тека або файл доступні лише для читання.</translation>
        </message>
        <message>
            <location filename="../../annotator/storage/store.py" line="94" />
            <source>Cannot create {path}: the folder {parent} does not exist.</source>
            <translation>Не вдається створити {path}: теки {parent} не існує.</translation>
        </message>
        <message>
            <location filename="../../annotator/storage/merge_read.py" line="132" />
            <source>Cannot open {name}: {error}</source>
            <translation>Не вдається відкрити {name}: {error}</translation>
        </message>
        <message>
            <location filename="../../annotator/storage/database.py" line="383" />
            <source>Cannot open {name}: {plain_error}</source>
            <translation>Не вдається відкрити {name}: {plain_error}</translation>
        </message>
        <message>
            <location filename="../../annotator/hub/connection.py" line="48" />
            <source>Cannot reach the hub ({redacted}): {first}</source>
            <translation>Не вдається зв'язатися з хабом ({redacted}): {first}</translation>
        </message>
        <message>
            <location filename="../../annotator/importers/claimreview_feed.py" line="45" />
            <source>Cannot read {name}: {value}</source>
            <translation>Не вдається прочитати {name}: {value}</translation>
        </message>
        <message>
            <location filename="../../annotator/interchange/annotation_parser.py" line="91" />
            <source>Cannot read {path}: {value}.</source>
            <translation>Не вдається прочитати {path}: {value}.</translation>
        </message>
        <message>
            <location filename="../../annotator/exporters/__init__.py" line="153" />
            <source>Cannot write {path}: the folder {parent} does not exist.</source>
            <translation>Не вдається записати {path}: теки {parent} не існує.</translation>
        </message>
        <message>
            <location filename="../../annotator/exporters/__init__.py" line="162" />
            <source>Cannot write {path}: {value}.</source>
            <translation>Не вдається записати {path}: {value}.</translation>
        </message>
        <message>
            <location filename="../../annotator/services/publication.py" line="74" />
            <source>ClaimReview needs {missing}.</source>
            <translation>ClaimReview потребує: {missing}.</translation>
        </message>
        <message>
            <location filename="../../annotator/exporters/claimreview.py" line="83" />
            <source>ClaimReview not written: it needs {missing}. (To write an incomplete draft anyway, allow an incomplete document.)</source>
            <translation>ClaimReview не записано: потрібно {missing}. (Щоб усе одно записати неповну чернетку, дозвольте неповний документ.)</translation>
        </message>
        <message>
            <location filename="../../annotator/storage/backups.py" line="116" />
            <source>Could not back up {name} to {backup_dir}: {reason}. The project itself is unchanged.</source>
            <translation>Не вдалося створити резервну копію {name} у {backup_dir}: {reason}. Сам проєкт не змінено.</translation>
        </message>
        <message>
            <location filename="../../annotator/storage/backups.py" line="156" />
            <source>Could not put {name} back as it was: {reason}.</source>
            <translation>Не вдалося повернути {name} до попереднього стану: {reason}.</translation>
        </message>
        <message>
            <location filename="../../annotator/storage/backups.py" line="232" />
            <source>Could not restore {name}: {reason}.{kept}</source>
            <translation>Не вдалося відновити {name}: {reason}.{kept}</translation>
        </message>
        <message>
            <location filename="../../annotator/exporters/pdf_report.py" line="96" />
            <source>Could not write the PDF to {out}.</source>
            <translation>Не вдалося записати PDF у {out}.</translation>
        </message>
        <message>
            <location filename="../../annotator/hub/connection.py" line="195" />
            <source>Creating the hub failed, nothing was changed: {error}</source>
            <translation>Не вдалося створити хаб, нічого не змінено: {error}</translation>
        </message>
        <message>
            <location filename="../../annotator/hub/connection.py" line="192" />
            <source>Creating the hub needs a database owner with CREATEROLE: {error}</source>
            <translation>Для створення хабу потрібен власник бази даних із правом CREATEROLE: {error}</translation>
        </message>
        <message>
            <location filename="../../annotator/domain/dates.py" line="28" />
            <source>Dates are written YYYY-MM-DD (or YYYY-MM, or YYYY), not {value!r}.</source>
            <translation>Дати записують як РРРР-ММ-ДД (або РРРР-ММ, або РРРР), а не {value!r}.</translation>
        </message>
        <message>
            <location filename="../../annotator/services/annotation_import.py" line="59" />
            <source>Imported {count} of {total} annotations from {name}</source>
            <translation>Імпортовано анотацій: {count} з {total}, із {name}</translation>
        </message>
        <message>
            <location filename="../../annotator/hub/connection.py" line="27" />
            <source>Leave the password out of the hub address: put it in ~/.pgpass, a service file (PGSERVICEFILE) or PGPASSWORD, as libpq reads them.</source>
            <translation>Не вказуйте пароль в адресі хабу: збережіть його в ~/.pgpass, у файлі служби (PGSERVICEFILE) або в PGPASSWORD, як їх читає libpq.</translation>
        </message>
        <message>
            <location filename="../../annotator/importers/__init__.py" line="56" />
            <source>Markdown</source>
            <translation>файл Markdown</translation>
        </message>
        <message>
            <location filename="../../annotator/storage/merge.py" line="106" />
            <source>Merging {name} failed, nothing was merged: {error}</source>
            <translation>Не вдалося злити {name}, нічого не злито: {error}</translation>
        </message>
        <message>
            <location filename="../../annotator/services/session.py" line="74" />
            <source>No backup was made: {error}</source>
            <translation>Резервну копію не створено: {error}</translation>
        </message>
        <message>
            <location filename="../../annotator/services/review.py" line="435" />
            <source>No verdict {verdict!r} on this project's scale.</source>
            <translation>На шкалі цього проєкту немає вердикту {verdict!r}.</translation>
        </message>
        <message>
            <location filename="../../annotator/commands/editorial.py" line="34" />
            <source>No verdict {wanted!r} on this project's scale ({labels}).</source>
            <translation>На шкалі цього проєкту немає вердикту {wanted!r} ({labels}).</translation>
        </message>
        <message>
            <location filename="../../annotator/hub/connection.py" line="24" />
            <source>Not a PostgreSQL connection string: {url!r}</source>
            <translation>Це не рядок підключення PostgreSQL: {url!r}</translation>
        </message>
        <message>
            <location filename="../../annotator/domain/source.py" line="85" />
            <source>Not a valid URL (contains spaces or control characters): {url!r}</source>
            <translation>Недійсна URL-адреса (містить пробіли або керівні символи): {url!r}</translation>
        </message>
        <message>
            <location filename="../../annotator/commands/claim.py" line="115" />
            <source>Nothing to change: give --verdict, --explanation, --status, ...</source>
            <translation>Нічого змінювати: вкажіть --verdict, --explanation, --status, ...</translation>
        </message>
        <message>
            <location filename="../../annotator/services/ratings.py" line="191" />
            <source>Only a passage rated by two or more people needs adjudicating.</source>
            <translation>Арбітражу потребує лише уривок, який оцінили двоє або більше людей.</translation>
        </message>
        <message>
            <location filename="../../annotator/domain/source.py" line="89" />
            <source>Only http and https links are allowed as sources, not {url!r}.</source>
            <translation>Джерелами можуть бути лише посилання http і https, а не {url!r}.</translation>
        </message>
        <message>
            <location filename="../../annotator/services/review.py" line="316" />
            <source>Only the author of a comment can delete it.</source>
            <translation>Лише автор коментаря може його видалити.</translation>
        </message>
        <message>
            <location filename="../../annotator/services/review.py" line="295" />
            <source>Only the author of a comment can edit it.</source>
            <translation>Лише автор коментаря може його редагувати.</translation>
        </message>
        <message>
            <location filename="../../annotator/importers/__init__.py" line="58" />
            <source>PDF</source>
            <translation>PDF</translation>
        </message>
        <message>
            <location filename="../../annotator/exporters/pdf_report.py" line="54" />
            <source>PDF export needs a GUI application object, but a console-only one is running.</source>
            <translation>Для експорту в PDF потрібен графічний об'єкт застосунку, але запущено лише консольний.</translation>
        </message>
        <message>
            <location filename="../../annotator/storage/database.py" line="370" />
            <source>Read-only: {reason}. You can read and export it, but changes cannot be saved.</source>
            <translation>Лише для читання: {reason}. Його можна читати й експортувати, але зміни не можна зберегти.</translation>
        </message>
        <message>
            <location filename="../../annotator/services/suggestions.py" line="198" />
            <source>Retraining needs at least {minimum} decisions, some accepted and some dismissed (this project has {accepted} accepted, {value} dismissed).</source>
            <translation>Для перенавчання потрібно щонайменше {minimum} рішень, частина прийнятих і частина відхилених (у цьому проєкті прийнятих: {accepted}, відхилених: {value}).</translation>
        </message>
        <message>
            <location filename="../../annotator/services/project.py" line="338" />
            <source>Select some text of the article to make a claim.</source>
            <translation>Виділіть текст статті, щоб створити твердження.</translation>
        </message>
        <message>
            <location filename="../../annotator/services/versions.py" line="194" />
            <source>Select the passage the claim now refers to.</source>
            <translation>Виділіть уривок, до якого тепер належить твердження.</translation>
        </message>
        <message>
            <location filename="../../annotator/services/claim_spans.py" line="32" />
            <source>Select the words the claim should quote.</source>
            <translation>Виділіть слова, які має цитувати твердження.</translation>
        </message>
        <message>
            <location filename="../../annotator/commands/common.py" line="58" />
            <source>Several people in {name} are called {author!r}; say which with --author 'NAME (SHORT-ID)' as `annotator list` shows it.</source>
            <translation>Кілька людей у {name} мають ім'я {author!r}; уточніть, кого саме, через --author 'ІМ'Я (КОРОТКИЙ-ID)', як показує `annotator list`.</translation>
        </message>
        <message>
            <location filename="../../annotator/services/merge_undo.py" line="62" />
            <source>Someone else changed the project since the merge; putting it back would lose their work, so nothing was changed.</source>
            <translation>Хтось інший змінив проєкт після злиття; повернення знищило б їхню роботу, тож нічого не змінено.</translation>
        </message>
        <message>
            <location filename="../../annotator/services/review.py" line="97" />
            <source>Someone other than the claim's author must review it (the project does not allow self-approval).</source>
            <translation>Твердження має перевірити не його автор (проєкт не дозволяє самосхвалення).</translation>
        </message>
        <message>
            <location filename="../../annotator/services/versions.py" line="71" />
            <source>That article is no longer in the project (it may have been removed in another window).</source>
            <translation>Цієї статті вже немає в проєкті (можливо, її видалено в іншому вікні).</translation>
        </message>
        <message>
            <location filename="../../annotator/services/validation.py" line="41" />
            <source>That verdict is not on this project's scale.</source>
            <translation>Цього вердикту немає на шкалі проєкту.</translation>
        </message>
        <message>
            <location filename="../../annotator/services/versions.py" line="221" />
            <source>That version of the article is not in the project.</source>
            <translation>Цієї версії статті немає в проєкті.</translation>
        </message>
        <message>
            <location filename="../../annotator/importers/claimreview_feed.py" line="222" />
            <source>The CSV file has no claim column (claimReviewed, claim_text...).</source>
            <translation>У файлі CSV немає стовпця з твердженням (claimReviewed, claim_text...).</translation>
        </message>
        <message>
            <location filename="../../annotator/domain/source.py" line="92" />
            <source>The URL has no host name: {url!r}</source>
            <translation>В URL-адресі немає імені хоста: {url!r}</translation>
        </message>
        <message>
            <location filename="../../annotator/services/project.py" line="274" />
            <source>The article has no text.</source>
            <translation>У статті немає тексту.</translation>
        </message>
        <message>
            <location filename="../../annotator/storage/backups.py" line="200" />
            <source>The backup {name} is empty.</source>
            <translation>Резервна копія {name} порожня.</translation>
        </message>
        <message>
            <location filename="../../annotator/storage/backups.py" line="197" />
            <source>The backup {name} no longer exists.</source>
            <translation>Резервної копії {name} більше не існує.</translation>
        </message>
        <message>
            <location filename="../../annotator/services/versions.py" line="191" />
            <source>The claim's article is no longer in the project.</source>
            <translation>Статті цього твердження вже немає в проєкті.</translation>
        </message>
        <message>
            <location filename="../../annotator/services/review.py" line="193" />
            <source>The comment you reply to is not on this claim.</source>
            <translation>Коментаря, на який ви відповідаєте, немає в цьому твердженні.</translation>
        </message>
        <message>
            <location filename="../../annotator/hub/sync.py" line="83" />
            <source>The hub connection was lost ({error}); run the sync again.</source>
            <translation>З'єднання з хабом втрачено ({error}); запустіть синхронізацію ще раз.</translation>
        </message>
        <message>
            <location filename="../../annotator/hub/sync.py" line="90" />
            <source>The hub refused the sync: {message}</source>
            <translation>Хаб відхилив синхронізацію: {message}</translation>
        </message>
        <message>
            <location filename="../../annotator/hub/sync.py" line="89" />
            <source>The hub refused: {message}</source>
            <translation>Хаб відмовив: {message}</translation>
        </message>
        <message>
            <location filename="../../annotator/storage/hub_local.py" line="242" />
            <source>The hub sent bytes that do not match their hash {sha256}.</source>
            <translation>Хаб надіслав байти, що не збігаються з їхнім хешем {sha256}.</translation>
        </message>
        <message>
            <location filename="../../annotator/services/versions.py" line="66" />
            <source>The new version has no text.</source>
            <translation>Нова версія не містить тексту.</translation>
        </message>
        <message>
            <location filename="../../annotator/services/versions.py" line="76" />
            <source>The new version of “{title}” has exactly the same text; nothing to update.</source>
            <translation>Нова версія «{title}» має точно такий самий текст; нічого оновлювати.</translation>
        </message>
        <message>
            <location filename="../../annotator/services/review.py" line="115" />
            <source>The project's rules refused this approval; nothing was changed.</source>
            <translation>Правила проєкту відхилили це схвалення; нічого не змінено.</translation>
        </message>
        <message>
            <location filename="../../annotator/hub/__init__.py" line="26" />
            <source>The team hub needs psycopg: pip install 'annotator[hub]'</source>
            <translation>Командному хабу потрібен psycopg: pip install 'annotator[hub]'</translation>
        </message>
        <message>
            <location filename="../../annotator/storage/database.py" line="131" />
            <source>The text contains a character that cannot be saved ({object!r} at position {start}); nothing was changed.</source>
            <translation>Текст містить символ, який не можна зберегти ({object!r} на позиції {start}); нічого не змінено.</translation>
        </message>
        <message>
            <location filename="../../annotator/services/merge.py" line="178" />
            <source>The {parent} this {kind} belongs to was deleted; restore it first.</source>
            <translation>Елемент {parent}, до якого належить цей {kind}, видалено; спершу відновіть його.</translation>
        </message>
        <message>
            <location filename="../../annotator/services/source_kinds.py" line="59" />
            <source>There is already a source kind {kind_id!r}.</source>
            <translation>Тип джерела {kind_id!r} уже існує.</translation>
        </message>
        <message>
            <location filename="../../annotator/services/verdict_scale.py" line="104" />
            <source>There is already a verdict “{label}” on the scale.</source>
            <translation>Вердикт «{label}» уже є на шкалі.</translation>
        </message>
        <message>
            <location filename="../../annotator/exporters/bundle.py" line="235" />
            <source>There is no article with id {article_id} in {name}.</source>
            <translation>У {name} немає статті з ідентифікатором {article_id}.</translation>
        </message>
        <message>
            <location filename="../../annotator/services/verdict_scale.py" line="119" />
            <source>There is no verdict “{id_or_label}” on this project's scale.</source>
            <translation>На шкалі цього проєкту немає вердикту «{id_or_label}».</translation>
        </message>
        <message>
            <location filename="../../annotator/hub/connection.py" line="149" />
            <source>This database holds no Annotator hub; run `annotator hub init` first.</source>
            <translation>Ця база даних не містить хабу Annotator; спершу виконайте `annotator hub init`.</translation>
        </message>
        <message>
            <location filename="../../annotator/hub/connection.py" line="176" />
            <source>This hub has schema version {before}, newer than this Annotator knows ({hub_version}); upgrade Annotator. The hub was not changed.</source>
            <translation>Цей хаб має версію схеми {before}, новішу за відому цьому Annotator ({hub_version}); оновіть Annotator. Хаб не змінено.</translation>
        </message>
        <message>
            <location filename="../../annotator/hub/connection.py" line="152" />
            <source>This hub has schema version {version}, newer than this Annotator knows ({hub_version}); upgrade Annotator. Nothing was changed.</source>
            <translation>Цей хаб має версію схеми {version}, новішу за відому цьому Annotator ({hub_version}); оновіть Annotator. Нічого не змінено.</translation>
        </message>
        <message>
            <location filename="../../annotator/hub/connection.py" line="158" />
            <source>This hub has schema version {version}; run `annotator hub init` to upgrade it.</source>
            <translation>Цей хаб має версію схеми {version}; виконайте `annotator hub init`, щоб оновити його.</translation>
        </message>
        <message>
            <location filename="../../annotator/services/captures.py" line="147" />
            <source>This source has no URL to capture; attach a file instead.</source>
            <translation>Це джерело не має URL для збереження; натомість прикріпіть файл.</translation>
        </message>
        <message>
            <location filename="../../annotator/exporters/__init__.py" line="84" />
            <source>Unknown export format {fmt!r}; choose one of {choices}.</source>
            <translation>Невідомий формат експорту {fmt!r}; виберіть один із {choices}.</translation>
        </message>
        <message>
            <location filename="../../annotator/services/review.py" line="87" />
            <source>Unknown review status {status!r}.</source>
            <translation>Невідомий статус перевірки {status!r}.</translation>
        </message>
        <message>
            <location filename="../../annotator/services/verdict_scale.py" line="187" />
            <source>Unknown scale template {name!r}; choose one of {choices}.</source>
            <translation>Невідомий шаблон шкали {name!r}; виберіть один із {choices}.</translation>
        </message>
        <message>
            <location filename="../../annotator/services/ratings.py" line="52" />
            <source>Unknown verdict {verdict_id!r}.</source>
            <translation>Невідомий вердикт {verdict_id!r}.</translation>
        </message>
        <message>
            <location filename="../../annotator/storage/store.py" line="251" />
            <source>Version {version} of “{title}” was already stored (perhaps in another window); nothing was changed.</source>
            <translation>Версію {version} «{title}» уже збережено (можливо, в іншому вікні); нічого не змінено.</translation>
        </message>
        <message>
            <location filename="../../annotator/services/versions.py" line="48" />
            <source>Version {version} of “{title}”: {counts}</source>
            <translation>Версія {version} «{title}»: {counts}</translation>
        </message>
        <message>
            <location filename="../../annotator/importers/__init__.py" line="59" />
            <source>Word document</source>
            <translation>документ Word</translation>
        </message>
        <message>
            <location filename="../../annotator/services/ratings.py" line="185" />
            <source>You are rating this article blind: reveal colleagues' verdicts before adjudicating.</source>
            <translation>Ви оцінюєте цю статтю наосліп: перед арбітражем відкрийте вердикти колег.</translation>
        </message>
        <message>
            <location filename="../../annotator/services/ratings.py" line="55" />
            <source>You set this claim's verdict; a second rating must come from someone else.</source>
            <translation>Ви встановили вердикт цього твердження; другу оцінку має дати хтось інший.</translation>
        </message>
        <message>
            <location filename="../../annotator/commands/export.py" line="92" />
            <source>a PDF needs an output file: add -o REPORT.pdf</source>
            <translation>для PDF потрібен вихідний файл: додайте -o REPORT.pdf</translation>
        </message>
        <message>
            <location filename="../../annotator/commands/export.py" line="97" />
            <source>a WARC needs an output file: add -o evidence.warc.gz</source>
            <translation>для WARC потрібен вихідний файл: додайте -o evidence.warc.gz</translation>
        </message>
        <message>
            <location filename="../../annotator/storage/merge_plan.py" line="102" />
            <source>added {count}</source>
            <translation>додано: {count}</translation>
        </message>
        <message>
            <location filename="../../annotator/storage/presence.py" line="73" />
            <source>another program</source>
            <translation>інша програма</translation>
        </message>
        <message>
            <location filename="../../annotator/storage/stale_wal.py" line="270" />
            <source>applying it would damage the file</source>
            <translation>його застосування пошкодило б файл</translation>
        </message>
        <message>
            <location filename="../../annotator/hub/sync.py" line="145" />
            <source>asking the hub</source>
            <translation>запит до хабу</translation>
        </message>
        <message>
            <location filename="../../annotator/storage/presence.py" line="65" />
            <source>by {user}</source>
            <translation>користувача {user}</translation>
        </message>
        <message>
            <location filename="../../annotator/checkworthy/model.py" line="174" />
            <source>cannot read the check-worthiness model {name}: {strerror}</source>
            <translation>не вдається прочитати модель оцінки вартості перевірки {name}: {strerror}</translation>
        </message>
        <message>
            <location filename="../../annotator/commands/match.py" line="70" />
            <source>cannot read {path}: {value}</source>
            <translation>не вдається прочитати {path}: {value}</translation>
        </message>
        <message>
            <location filename="../../annotator/storage/merge_plan.py" line="105" />
            <source>conflicts {count}</source>
            <translation>конфліктів: {count}</translation>
        </message>
        <message>
            <location filename="../../annotator/storage/merge_plan.py" line="106" />
            <source>deleted {count}</source>
            <translation>видалено: {count}</translation>
        </message>
        <message>
            <location filename="../../annotator/importers/__init__.py" line="97" />
            <source>file</source>
            <translation>файл</translation>
        </message>
        <message>
            <location filename="../../annotator/commands/suggest.py" line="64" />
            <source>give ARTICLE_ID (or --train)</source>
            <translation>вкажіть ARTICLE_ID (або --train)</translation>
        </message>
        <message>
            <location filename="../../annotator/commands/update_article.py" line="51" />
            <source>give either FILE or --from-url (not both)</source>
            <translation>вкажіть або FILE, або --from-url (не обидва)</translation>
        </message>
        <message>
            <location filename="../../annotator/commands/match.py" line="41" />
            <source>give either TEXT or --queries FILE.jsonl</source>
            <translation>вкажіть або TEXT, або --queries FILE.jsonl</translation>
        </message>
        <message>
            <location filename="../../annotator/storage/stale_wal.py" line="261" />
            <source>it holds changes to a different file</source>
            <translation>він містить зміни до іншого файлу</translation>
        </message>
        <message>
            <location filename="../../annotator/storage/stale_wal.py" line="94" />
            <source>it is not a SQLite change log</source>
            <translation>це не журнал змін SQLite</translation>
        </message>
        <message>
            <location filename="../../annotator/storage/stale_wal.py" line="89" />
            <source>it is too short to be a change log</source>
            <translation>він закороткий, щоб бути журналом змін</translation>
        </message>
        <message>
            <location filename="../../annotator/storage/stale_wal.py" line="274" />
            <source>it was written for a different project file</source>
            <translation>його записано для іншого файлу проєкту</translation>
        </message>
        <message>
            <location filename="../../annotator/storage/stale_wal.py" line="97" />
            <source>its header is damaged</source>
            <translation>його заголовок пошкоджено</translation>
        </message>
        <message>
            <location filename="../../annotator/storage/stale_wal.py" line="99" />
            <source>its page size is {wal}, the project's is {main}</source>
            <translation>його розмір сторінки {wal}, а проєкту — {main}</translation>
        </message>
        <message>
            <location filename="../../annotator/hub/sync.py" line="160" />
            <source>merging {count} item(s)</source>
            <translation>об'єднання елементів: {count}</translation>
        </message>
        <message>
            <location filename="../../annotator/commands/common.py" line="87" />
            <source>no article with id {article_id} in {where}</source>
            <translation>у {where} немає статті з ідентифікатором {article_id}</translation>
        </message>
        <message>
            <location filename="../../annotator/commands/sources.py" line="115" />
            <source>no claim or source with id {args} in {project}</source>
            <translation>у {project} немає твердження чи джерела з ідентифікатором {args}</translation>
        </message>
        <message>
            <location filename="../../annotator/commands/adjudicate.py" line="123" />
            <source>no claim with id {claim_id} in {project}</source>
            <translation>у {project} немає твердження з ідентифікатором {claim_id}</translation>
        </message>
        <message>
            <location filename="../../annotator/commands/adjudicate.py" line="66" />
            <source>no verdict {label!r} in this project; choose one of: {labels}, unrated</source>
            <translation>у цьому проєкті немає вердикту {label!r}; виберіть один із: {labels}, unrated</translation>
        </message>
        <message>
            <location filename="../../annotator/storage/stale_wal.py" line="104" />
            <source>none of its changes match its header (salt or checksum mismatch)</source>
            <translation>жодна з його змін не відповідає заголовку (не збігається сіль або контрольна сума)</translation>
        </message>
        <message>
            <location filename="../../annotator/hub/sync.py" line="53" />
            <source>nothing new</source>
            <translation>нічого нового</translation>
        </message>
        <message>
            <location filename="../../annotator/commands/article_properties.py" line="54" />
            <source>nothing to set: give one of {choices}</source>
            <translation>нічого встановлювати: вкажіть один із {choices}</translation>
        </message>
        <message>
            <location filename="../../annotator/commands/export.py" line="122" />
            <source>nothing written: {problems} (--allow-incomplete writes it anyway)</source>
            <translation>нічого не записано: {problems} (--allow-incomplete запише все одно)</translation>
        </message>
        <message>
            <location filename="../../annotator/storage/presence.py" line="67" />
            <source>on {host}</source>
            <translation>на {host}</translation>
        </message>
        <message>
            <location filename="../../annotator/hub/sync.py" line="54" />
            <source>pulled: {pulled}; pushed {items} item(s), {records} record(s)</source>
            <translation>отримано: {pulled}; надіслано елементів: {items}, записів: {records}</translation>
        </message>
        <message>
            <location filename="../../annotator/hub/sync.py" line="158" />
            <source>receiving {count} capture(s)</source>
            <translation>отримання знімків: {count}</translation>
        </message>
        <message>
            <location filename="../../annotator/commands/adjudicate.py" line="101" />
            <source>say which final verdict: add --verdict LABEL</source>
            <translation>вкажіть остаточний вердикт: додайте --verdict LABEL</translation>
        </message>
        <message>
            <location filename="../../annotator/hub/sync.py" line="213" />
            <source>sending {count} item(s), {records} record(s)</source>
            <translation>надсилання: елементів {count}, записів {records}</translation>
        </message>
        <message>
            <location filename="../../annotator/storage/presence.py" line="71" />
            <source>since {time}</source>
            <translation>з {time}</translation>
        </message>
        <message>
            <location filename="../../annotator/importers/__init__.py" line="61" />
            <source>single-file web page</source>
            <translation>однофайлову вебсторінку</translation>
        </message>
        <message>
            <location filename="../../annotator/importers/__init__.py" line="55" />
            <source>text</source>
            <translation>текст</translation>
        </message>
        <message>
            <location filename="../../annotator/exporters/claimreview.py" line="57" />
            <source>the absolute URL of the published fact-check (set the report URL in Project Settings, or the article's published-report URL in Article Properties) for {names}</source>
            <translation>абсолютну URL-адресу опублікованої перевірки фактів (вкажіть URL-адресу звіту в налаштуваннях проєкту або URL-адресу опублікованого звіту статті у властивостях статті) для {names}</translation>
        </message>
        <message>
            <location filename="../../annotator/checkworthy/model.py" line="150" />
            <source>the check-worthiness model has unusable term ranges {analysis}</source>
            <translation>модель оцінки вартості перевірки має непридатні діапазони термінів {analysis}</translation>
        </message>
        <message>
            <location filename="../../annotator/checkworthy/model.py" line="113" />
            <source>the check-worthiness model is damaged ({error})</source>
            <translation>модель оцінки вартості перевірки пошкоджена ({error})</translation>
        </message>
        <message>
            <location filename="../../annotator/fetch/http.py" line="279" />
            <source>the compressed page is damaged ({detail}).</source>
            <translation>стиснену сторінку пошкоджено ({detail}).</translation>
        </message>
        <message>
            <location filename="../../annotator/fetch/http.py" line="185" />
            <source>the connection was refused or could not be made.</source>
            <translation>з'єднання відхилено або його не вдалося встановити.</translation>
        </message>
        <message>
            <location filename="../../annotator/storage/backups.py" line="281" />
            <source>the disk is full</source>
            <translation>диск заповнено</translation>
        </message>
        <message>
            <location filename="../../annotator/storage/sqlite_errors.py" line="52" />
            <source>the disk is full. Free some space and try again; nothing was changed.</source>
            <translation>диск заповнено. Звільніть місце й спробуйте ще раз; нічого не змінено.</translation>
        </message>
        <message>
            <location filename="../../annotator/storage/sqlite_errors.py" line="55" />
            <source>the disk reported an input/output error; nothing was changed.</source>
            <translation>диск повідомив про помилку введення/виведення; нічого не змінено.</translation>
        </message>
        <message>
            <location filename="../../annotator/storage/sqlite_errors.py" line="56" />
            <source>the file or its folder cannot be opened (check it exists and you have access).</source>
            <translation>не вдається відкрити файл або його теку (перевірте, що він існує і у вас є доступ).</translation>
        </message>
        <message>
            <location filename="../../annotator/storage/sqlite_errors.py" line="54" />
            <source>the file or its folder is read-only.</source>
            <translation>файл або його тека доступні лише для читання.</translation>
        </message>
        <message>
            <location filename="../../annotator/storage/database.py" line="352" />
            <source>the folder {directory} cannot be written to</source>
            <translation>у теку {directory} не можна записувати</translation>
        </message>
        <message>
            <location filename="../../annotator/exporters/claimreview.py" line="63" />
            <source>the organisation that publishes it (its `author`: set the organisation name in Project Settings)</source>
            <translation>організацію, що його публікує (його `author`: вкажіть назву організації в налаштуваннях проєкту)</translation>
        </message>
        <message>
            <location filename="../../annotator/fetch/http.py" line="194" />
            <source>the page could not be fetched ({kind}: {detail}).</source>
            <translation>не вдалося отримати сторінку ({kind}: {detail}).</translation>
        </message>
        <message>
            <location filename="../../annotator/storage/sqlite_errors.py" line="53" />
            <source>the project is busy in another window or program; try again in a moment.</source>
            <translation>проєкт зайнятий в іншому вікні чи програмі; спробуйте ще раз за мить.</translation>
        </message>
        <message>
            <location filename="../../annotator/fetch/http.py" line="189" />
            <source>the secure connection failed; the certificate could not be verified ({detail}).</source>
            <translation>не вдалося встановити захищене з'єднання; сертифікат не вдалося перевірити ({detail}).</translation>
        </message>
        <message>
            <location filename="../../annotator/fetch/http.py" line="187" />
            <source>the server did not answer in time (timeout).</source>
            <translation>сервер не відповів вчасно (час очікування вичерпано).</translation>
        </message>
        <message>
            <location filename="../../annotator/fetch/http.py" line="192" />
            <source>the server's answer was broken or too large in its headers ({detail}).</source>
            <translation>відповідь сервера пошкоджена або її заголовки завеликі ({detail}).</translation>
        </message>
        <message>
            <location filename="../../annotator/fetch/http.py" line="182" />
            <source>the server's name could not be found (DNS lookup failed).</source>
            <translation>не вдалося знайти ім'я сервера (помилка пошуку DNS).</translation>
        </message>
        <message>
            <location filename="../../annotator/checkworthy/model.py" line="132" />
            <source>this project's retrained check-worthiness model was made from another version of the shipped model; retrain it or reset it</source>
            <translation>перенавчену модель оцінки вартості перевірки цього проєкту створено з іншої версії вбудованої моделі; перенавчіть її або скиньте</translation>
        </message>
        <message>
            <location filename="../../annotator/storage/merge_plan.py" line="104" />
            <source>unchanged {count}</source>
            <translation>без змін: {count}</translation>
        </message>
        <message>
            <location filename="../../annotator/checkworthy/model.py" line="97" />
            <source>unknown check-worthiness model format {format!r}</source>
            <translation>невідомий формат моделі оцінки вартості перевірки {format!r}</translation>
        </message>
        <message>
            <location filename="../../annotator/storage/stale_wal.py" line="300" />
            <source>unreadable ({error})</source>
            <translation>не читається ({error})</translation>
        </message>
        <message>
            <location filename="../../annotator/storage/merge_plan.py" line="103" />
            <source>updated {count}</source>
            <translation>оновлено: {count}</translation>
        </message>
        <message>
            <location filename="../../annotator/importers/__init__.py" line="60" />
            <source>web archive</source>
            <translation>вебархів</translation>
        </message>
        <message>
            <location filename="../../annotator/importers/__init__.py" line="57" />
            <source>web page</source>
            <translation>вебсторінку</translation>
        </message>
        <message>
            <location filename="../../annotator/importers/clipboard.py" line="29" />
            <source>{clipboard_name}: the clipboard holds more than 50 MB of text; save it to a file and import that.</source>
            <translation>{clipboard_name}: буфер обміну містить понад 50 МБ тексту; збережіть його у файл та імпортуйте той файл.</translation>
        </message>
        <message>
            <location filename="../../annotator/importers/clipboard.py" line="50" />
            <source>{clipboard_name}: the clipboard holds no text to import.</source>
            <translation>{clipboard_name}: у буфері обміну немає тексту для імпорту.</translation>
        </message>
        <message>
            <location filename="../../annotator/services/versions.py" line="45" />
            <source>{count} changed</source>
            <translation>змінені: {count}</translation>
        </message>
        <message>
            <location filename="../../annotator/services/annotation_import.py" line="63" />
            <source>{count} could not be placed in the text and are marked orphaned</source>
            <translation>{count} не вдалося розмістити в тексті, їх позначено як осиротілі</translation>
        </message>
        <message>
            <location filename="../../annotator/services/versions.py" line="43" />
            <source>{count} exact</source>
            <translation>точні: {count}</translation>
        </message>
        <message>
            <location filename="../../annotator/services/annotation_import.py" line="66" />
            <source>{count} match no article and were not imported</source>
            <translation>{count} не відповідають жодній статті й не імпортовані</translation>
        </message>
        <message>
            <location filename="../../annotator/services/versions.py" line="44" />
            <source>{count} moved</source>
            <translation>переміщені: {count}</translation>
        </message>
        <message>
            <location filename="../../annotator/services/versions.py" line="46" />
            <source>{count} orphaned</source>
            <translation>осиротілі: {count}</translation>
        </message>
        <message>
            <location filename="../../annotator/services/annotation_import.py" line="69" />
            <source>{count} were already in the project</source>
            <translation>{count} уже були в проєкті</translation>
        </message>
        <message>
            <location filename="../../annotator/storage/presence.py" line="76" />
            <source>{first} {second}</source>
            <translation>{first} {second}</translation>
        </message>
        <message>
            <location filename="../../annotator/errors.py" line="51" />
            <source>{first}, {second}</source>
            <translation>{first}, {second}</translation>
        </message>
        <message>
            <location filename="../../annotator/exporters/claimreview.py" line="74" />
            <source>{first}; and {second}</source>
            <translation>{first}; а також {second}</translation>
        </message>
        <message>
            <location filename="../../annotator/errors.py" line="49" />
            <source>{first}; {second}</source>
            <translation>{first}; {second}</translation>
        </message>
        <message>
            <location filename="../../annotator/services/validation.py" line="107" />
            <source>{label}: only an absolute http or https address is allowed, not {url!r}.</source>
            <translation>{label}: дозволено лише абсолютну адресу http або https, а не {url!r}.</translation>
        </message>
        <message>
            <location filename="../../annotator/checkworthy/model.py" line="178" />
            <source>{name} does not match its SHA-256 checksum; reinstall Annotator.</source>
            <translation>{name} не відповідає своїй контрольній сумі SHA-256; перевстановіть Annotator.</translation>
        </message>
        <message>
            <location filename="../../annotator/commands/claim.py" line="104" />
            <source>{name} has no article {article_id!r}.</source>
            <translation>У {name} немає статті {article_id!r}.</translation>
        </message>
        <message>
            <location filename="../../annotator/commands/editorial.py" line="23" />
            <source>{name} has no claim {claim_id!r}.</source>
            <translation>У {name} немає твердження {claim_id!r}.</translation>
        </message>
        <message>
            <location filename="../../annotator/storage/merge.py" line="101" />
            <source>{name} holds data that does not fit this project ({error}); nothing was merged.</source>
            <translation>{name} містить дані, що не підходять до цього проєкту ({error}); нічого не злито.</translation>
        </message>
        <message>
            <location filename="../../annotator/importers/claimreview_feed.py" line="31" />
            <source>{name} holds no ClaimReview fact-checks.</source>
            <translation>{name} не містить перевірок фактів ClaimReview.</translation>
        </message>
        <message>
            <location filename="../../annotator/interchange/annotation_parser.py" line="101" />
            <source>{name} holds no W3C Web Annotations or Hypothesis annotations.</source>
            <translation>{name} не містить анотацій W3C Web Annotation чи Hypothesis.</translation>
        </message>
        <message>
            <location filename="../../annotator/storage/database.py" line="327" />
            <source>{name} is a SQLite database from another application, not an Annotator project.</source>
            <translation>{name} — база даних SQLite іншого застосунку, а не проєкт Annotator.</translation>
        </message>
        <message>
            <location filename="../../annotator/importers/claimreview_feed.py" line="50" />
            <source>{name} is a binary file, not JSON or CSV.</source>
            <translation>{name} — двійковий файл, а не JSON чи CSV.</translation>
        </message>
        <message>
            <location filename="../../annotator/importers/claimreview_feed.py" line="48" />
            <source>{name} is a damaged gzip file.</source>
            <translation>{name} — пошкоджений файл gzip.</translation>
        </message>
        <message>
            <location filename="../../annotator/storage/database.py" line="310" />
            <source>{name} is a symbolic link that leads back to itself (a loop), so it cannot be opened.</source>
            <translation>{name} — символьне посилання, що веде саме на себе (цикл), тому його не можна відкрити.</translation>
        </message>
        <message>
            <location filename="../../annotator/storage/database.py" line="315" />
            <source>{name} is a symbolic link to {readlink}, which does not exist.</source>
            <translation>{name} — символьне посилання на {readlink}, якого не існує.</translation>
        </message>
        <message>
            <location filename="../../annotator/storage/presence.py" line="90" />
            <source>{name} is already open in another Annotator ({who}). You can both work on it: every change is saved at once and each window shows the other's changes within a few seconds. Avoid editing the same claim at the same time.</source>
            <translation>{name} уже відкрито в іншому Annotator ({who}). Ви можете працювати обоє: кожну зміну зберігається одразу, і кожне вікно показує зміни іншого за кілька секунд. Не редагуйте одне твердження одночасно.</translation>
        </message>
        <message>
            <location filename="../../annotator/services/session.py" line="88" />
            <source>{name} is being restored from a backup; try again in a minute.</source>
            <translation>{name} зараз відновлюється з резервної копії; спробуйте ще раз за хвилину.</translation>
        </message>
        <message>
            <location filename="../../annotator/storage/sqlite_errors.py" line="69" />
            <source>{name} is busy in another window or program, so the last change was not saved. Try again in a moment.</source>
            <translation>{name} зайнятий в іншому вікні чи програмі, тому останню зміну не збережено. Спробуйте ще раз за мить.</translation>
        </message>
        <message>
            <location filename="../../annotator/storage/database.py" line="250" />
            <source>{name} is damaged (SQLite's check found 1 problem) and was not opened; nothing was changed. Restore it from a backup.</source>
            <translation>{name} пошкоджено (перевірка SQLite знайшла 1 проблему), його не відкрито; нічого не змінено. Відновіть його з резервної копії.</translation>
        </message>
        <message>
            <location filename="../../annotator/storage/database.py" line="250" />
            <source>{name} is damaged (SQLite's check found {count} problems) and was not opened; nothing was changed. Restore it from a backup.</source>
            <translation>{name} пошкоджено (перевірка SQLite знайшла проблем: {count}), його не відкрито; нічого не змінено. Відновіть його з резервної копії.</translation>
        </message>
        <message>
            <location filename="../../annotator/storage/database.py" line="146" />
            <source>{name} is damaged ({error}); the last change was not saved. Restore it from a backup.</source>
            <translation>{name} пошкоджено ({error}); останню зміну не збережено. Відновіть його з резервної копії.</translation>
        </message>
        <message>
            <location filename="../../annotator/storage/merge_read.py" line="181" />
            <source>{name} is damaged and cannot be read ({error}); nothing was merged.</source>
            <translation>{name} пошкоджено, його не можна прочитати ({error}); нічого не злито.</translation>
        </message>
        <message>
            <location filename="../../annotator/storage/database.py" line="286" />
            <source>{name} is damaged or truncated and cannot be read ({detail}); nothing was changed. Restore it from a backup.</source>
            <translation>{name} пошкоджено або обрізано, його не можна прочитати ({detail}); нічого не змінено. Відновіть його з резервної копії.</translation>
        </message>
        <message>
            <location filename="../../annotator/checkworthy/model.py" line="183" />
            <source>{name} is damaged.</source>
            <translation>{name} пошкоджено.</translation>
        </message>
        <message>
            <location filename="../../annotator/storage/database.py" line="271" />
            <source>{name} is damaged: the file is truncated (only {size} bytes).</source>
            <translation>{name} пошкоджено: файл обрізано (лише {size} байт).</translation>
        </message>
        <message>
            <location filename="../../annotator/storage/merge_read.py" line="121" />
            <source>{name} is empty; it is not an Annotator project.</source>
            <translation>{name} порожній; це не проєкт Annotator.</translation>
        </message>
        <message>
            <location filename="../../annotator/importers/claimreview_feed.py" line="39" />
            <source>{name} is larger than 1 GB; split it first.</source>
            <translation>{name} більший за 1 ГБ; спершу розділіть його.</translation>
        </message>
        <message>
            <location filename="../../annotator/importers/claimreview_feed.py" line="54" />
            <source>{name} is not UTF-8 text.</source>
            <translation>{name} не є текстом UTF-8.</translation>
        </message>
        <message>
            <location filename="../../annotator/interchange/annotation_parser.py" line="96" />
            <source>{name} is not a JSON file ({error}).</source>
            <translation>{name} не є файлом JSON ({error}).</translation>
        </message>
        <message>
            <location filename="../../annotator/storage/database.py" line="277" />
            <source>{name} is not an Annotator project (it is not a SQLite database).</source>
            <translation>{name} не є проєктом Annotator (це не база даних SQLite).</translation>
        </message>
        <message>
            <location filename="../../annotator/storage/merge_read.py" line="126" />
            <source>{name} is not an Annotator project.</source>
            <translation>{name} не є проєктом Annotator.</translation>
        </message>
        <message>
            <location filename="../../annotator/hub/sync.py" line="74" />
            <source>{name} is not connected to a hub; run `annotator hub connect` first.</source>
            <translation>{name} не підключено до хабу; спершу виконайте `annotator hub connect`.</translation>
        </message>
        <message>
            <location filename="../../annotator/storage/database.py" line="346" />
            <source>{name} is on a read-only disk</source>
            <translation>{name} розташовано на диску лише для читання</translation>
        </message>
        <message>
            <location filename="../../annotator/storage/backups.py" line="204" />
            <source>{name} is open in another program ({describe}). Close it there (or let the command finish) first, then restore the backup; nothing was changed.</source>
            <translation>{name} відкрито в іншій програмі ({describe}). Спершу закрийте його там (або дочекайтеся завершення команди), потім відновіть резервну копію; нічого не змінено.</translation>
        </message>
        <message>
            <location filename="../../annotator/storage/store.py" line="191" />
            <source>{name} is open read-only; changes cannot be saved.</source>
            <translation>{name} відкрито лише для читання; зміни не можна зберегти.</translation>
        </message>
        <message>
            <location filename="../../annotator/storage/database.py" line="393" />
            <source>{name} is read-only and was made by an older Annotator; it must be upgraded, which needs write access. Copy it somewhere writable first.</source>
            <translation>{name} доступний лише для читання і створений старішою версією Annotator; його треба оновити, а для цього потрібен дозвіл на запис. Спершу скопіюйте його туди, де є дозвіл на запис.</translation>
        </message>
        <message>
            <location filename="../../annotator/commands/common.py" line="65" />
            <source>{name} is read-only; nothing was changed.</source>
            <translation>{name} доступний лише для читання; нічого не змінено.</translation>
        </message>
        <message>
            <location filename="../../annotator/storage/sqlite_errors.py" line="72" />
            <source>{name} is read-only; the last change was not saved.</source>
            <translation>{name} доступний лише для читання; останню зміну не збережено.</translation>
        </message>
        <message>
            <location filename="../../annotator/storage/merge_read.py" line="118" />
            <source>{name} is the project itself; choose a colleague's copy to merge.</source>
            <translation>{name} — це сам проєкт; виберіть для злиття копію колеги.</translation>
        </message>
        <message>
            <location filename="../../annotator/storage/database.py" line="350" />
            <source>{name} is write-protected</source>
            <translation>{name} захищено від запису</translation>
        </message>
        <message>
            <location filename="../../annotator/storage/presence.py" line="83" />
            <source>{name} may be open in Annotator {who}, or that program ended without closing it. If it is open there, both of you can work: every change is saved at once and each window shows the other's changes.</source>
            <translation>Можливо, {name} відкрито в Annotator {who}, або та програма завершилася, не закривши його. Якщо його відкрито там, ви можете працювати обоє: кожну зміну зберігається одразу, і кожне вікно показує зміни іншого.</translation>
        </message>
        <message>
            <location filename="../../annotator/storage/database.py" line="369" />
            <source>{name} was opened read-only</source>
            <translation>{name} відкрито лише для читання</translation>
        </message>
        <message>
            <location filename="../../annotator/storage/database.py" line="332" />
            <source>{name} was saved by a newer version of Annotator (schema {user_version}; this version reads up to {latest_version}). Update Annotator to open it.</source>
            <translation>{name} збережено новішою версією Annotator (схема {user_version}; ця версія читає до {latest_version}). Оновіть Annotator, щоб відкрити його.</translation>
        </message>
        <message>
            <location filename="../../annotator/storage/stale_wal.py" line="64" />
            <source>{name}: a leftover change log ({name}-wal) did not belong to this file ({reason}), so it was not applied. It was kept as {kept}; the project was opened as it is.</source>
            <translation>{name}: залишковий журнал змін ({name}-wal) не належав цьому файлу ({reason}), тому його не застосовано. Його збережено як {kept}; проєкт відкрито як є.</translation>
        </message>
        <message>
            <location filename="../../annotator/importers/__init__.py" line="144" />
            <source>{name}: cannot read the file ({value}).</source>
            <translation>{name}: не вдається прочитати файл ({value}).</translation>
        </message>
        <message>
            <location filename="../../annotator/importers/isolated.py" line="71" />
            <source>{name}: could not be read ({kind}).</source>
            <translation>{name}: не вдалося прочитати ({kind}).</translation>
        </message>
        <message>
            <location filename="../../annotator/commands/match.py" line="80" />
            <source>{name}: line {number} is not JSON</source>
            <translation>{name}: рядок {number} не є JSON</translation>
        </message>
        <message>
            <location filename="../../annotator/importers/claimreview_feed.py" line="73" />
            <source>{name}: line {number} is not JSON.</source>
            <translation>{name}: рядок {number} не є JSON.</translation>
        </message>
        <message>
            <location filename="../../annotator/importers/pdf.py" line="132" />
            <source>{name}: no text was found in the PDF.</source>
            <translation>{name}: у PDF не знайдено тексту.</translation>
        </message>
        <message>
            <location filename="../../annotator/importers/__init__.py" line="102" />
            <source>{name}: no text was found in the file.</source>
            <translation>{name}: у файлі не знайдено тексту.</translation>
        </message>
        <message>
            <location filename="../../annotator/importers/web.py" line="31" />
            <source>{name}: no text was found in the page.</source>
            <translation>{name}: на сторінці не знайдено тексту.</translation>
        </message>
        <message>
            <location filename="../../annotator/importers/isolated.py" line="132" />
            <source>{name}: reading the file stopped the importer (it may need more memory than an article can); the file is refused.</source>
            <translation>{name}: читання файлу зупинило імпортер (можливо, йому потрібно більше пам'яті, ніж може мати стаття); файл відхилено.</translation>
        </message>
        <message>
            <location filename="../../annotator/importers/isolated.py" line="140" />
            <source>{name}: reading the file stopped the importer; the file is refused.</source>
            <translation>{name}: читання файлу зупинило імпортер; файл відхилено.</translation>
        </message>
        <message>
            <location filename="../../annotator/importers/pdf.py" line="104" />
            <source>{name}: the PDF is encrypted with a password. Open it in a PDF viewer, save or print an unprotected copy, and import that.</source>
            <translation>{name}: PDF зашифровано паролем. Відкрийте його в переглядачі PDF, збережіть або роздрукуйте незахищену копію та імпортуйте її.</translation>
        </message>
        <message>
            <location filename="../../annotator/importers/pdf.py" line="109" />
            <source>{name}: the PDF is encrypted with a security scheme Annotator cannot open; save an unprotected copy and import that.</source>
            <translation>{name}: PDF зашифровано схемою захисту, яку Annotator не може відкрити; збережіть незахищену копію та імпортуйте її.</translation>
        </message>
        <message>
            <location filename="../../annotator/importers/archive.py" line="69" />
            <source>{name}: the Word document is damaged ({filename}: {error}).</source>
            <translation>{name}: документ Word пошкоджено ({filename}: {error}).</translation>
        </message>
        <message>
            <location filename="../../annotator/importers/docx.py" line="102" />
            <source>{name}: the Word document is damaged and cannot be read ({kind}).</source>
            <translation>{name}: документ Word пошкоджено, його не можна прочитати ({kind}).</translation>
        </message>
        <message>
            <location filename="../../annotator/storage/database.py" line="139" />
            <source>{name}: the change was not saved because the item it belongs to no longer exists (it may have been removed in another window).</source>
            <translation>{name}: зміну не збережено, бо елемента, до якого вона належить, більше не існує (можливо, його видалено в іншому вікні).</translation>
        </message>
        <message>
            <location filename="../../annotator/importers/archive.py" line="63" />
            <source>{name}: the contents of {filename} do not match the sizes and checksums in the archive's directory; the file is damaged or crafted, so it is refused.</source>
            <translation>{name}: вміст {filename} не відповідає розмірам і контрольним сумам у каталозі архіву; файл пошкоджено або підроблено, тому його відхилено.</translation>
        </message>
        <message>
            <location filename="../../annotator/storage/sqlite_errors.py" line="66" />
            <source>{name}: the disk is full, so the last change was not saved. Free some space and try again; everything saved before is safe.</source>
            <translation>{name}: диск заповнений, тому останню зміну не збережено. Звільніть місце і спробуйте ще раз; усе збережене раніше в безпеці.</translation>
        </message>
        <message>
            <location filename="../../annotator/storage/sqlite_errors.py" line="74" />
            <source>{name}: the disk reported an input/output error, so the last change was not saved. Everything saved before is safe.</source>
            <translation>{name}: диск повідомив про помилку введення-виведення, тому останню зміну не збережено. Усе збережене раніше в безпеці.</translation>
        </message>
        <message>
            <location filename="../../annotator/importers/archive.py" line="77" />
            <source>{name}: the document's text parts unpack to more than {value} MB (at least {value2:.0f} MB), more than any article; it is refused as a possible archive bomb.</source>
            <translation>{name}: текстові частини документа розпаковуються у понад {value} МБ (щонайменше {value2:.0f} МБ), більше, ніж будь-яка стаття; його відхилено як можливу архівну бомбу.</translation>
        </message>
        <message>
            <location filename="../../annotator/importers/html.py" line="124" />
            <source>{name}: the file contains no HTML that can be read ({error}).</source>
            <translation>{name}: файл не містить HTML, який можна прочитати ({error}).</translation>
        </message>
        <message>
            <location filename="../../annotator/importers/docx.py" line="88" />
            <source>{name}: the file is a ZIP archive but not a Word document (.docx).</source>
            <translation>{name}: файл є архівом ZIP, але не документом Word (.docx).</translation>
        </message>
        <message>
            <location filename="../../annotator/importers/pdf.py" line="112" />
            <source>{name}: the file is damaged or is not a PDF, so its text cannot be read.</source>
            <translation>{name}: файл пошкоджено або це не PDF, тому його текст не можна прочитати.</translation>
        </message>
        <message>
            <location filename="../../annotator/importers/archive.py" line="32" />
            <source>{name}: the file is damaged or is not a Word document (.docx).</source>
            <translation>{name}: файл пошкоджено або це не документ Word (.docx).</translation>
        </message>
        <message>
            <location filename="../../annotator/importers/__init__.py" line="131" />
            <source>{name}: the file is empty.</source>
            <translation>{name}: файл порожній.</translation>
        </message>
        <message>
            <location filename="../../annotator/importers/__init__.py" line="134" />
            <source>{name}: the file is too large ({size}); the limit is {size2}.</source>
            <translation>{name}: файл завеликий ({size}); обмеження — {size2}.</translation>
        </message>
        <message>
            <location filename="../../annotator/importers/isolated.py" line="67" />
            <source>{name}: the file needs more memory than an article can; it is refused.</source>
            <translation>{name}: файлу потрібно більше пам'яті, ніж може мати стаття; його відхилено.</translation>
        </message>
        <message>
            <location filename="../../annotator/importers/encoding.py" line="120" />
            <source>{name}: the file starts with a {encoding} byte-order mark but is not valid {encoding} (damaged at byte {value}).</source>
            <translation>{name}: файл починається з позначки порядку байтів {encoding}, але не є коректним {encoding} (пошкоджено на байті {value}).</translation>
        </message>
        <message>
            <location filename="../../annotator/importers/isolated.py" line="127" />
            <source>{name}: the import was cancelled.</source>
            <translation>{name}: імпорт скасовано.</translation>
        </message>
        <message>
            <location filename="../../annotator/storage/sqlite_errors.py" line="94" />
            <source>{name}: the last change was not saved ({plain_error}).</source>
            <translation>{name}: останню зміну не збережено ({plain_error}).</translation>
        </message>
        <message>
            <location filename="../../annotator/importers/mhtml.py" line="45" />
            <source>{name}: the single-file web page holds no HTML page.</source>
            <translation>{name}: однофайлова вебсторінка не містить сторінки HTML.</translation>
        </message>
        <message>
            <location filename="../../annotator/importers/warc.py" line="56" />
            <source>{name}: the web archive holds no web page or PDF to import.</source>
            <translation>{name}: вебархів не містить вебсторінки чи PDF для імпорту.</translation>
        </message>
        <message>
            <location filename="../../annotator/importers/warc.py" line="53" />
            <source>{name}: the web archive is damaged or not a WARC file ({error}).</source>
            <translation>{name}: вебархів пошкоджено або це не файл WARC ({error}).</translation>
        </message>
        <message>
            <location filename="../../annotator/importers/__init__.py" line="94" />
            <source>{name}: the {kind} could not be read; it may be damaged ({detail}).</source>
            <translation>{name}: не вдалося прочитати {kind}; можливо, файл пошкоджено ({detail}).</translation>
        </message>
        <message>
            <location filename="../../annotator/importers/pdf.py" line="126" />
            <source>{name}: this PDF has no text layer; it looks like a scan (pages made of images). Run it through OCR first (for example OCRmyPDF, or your scanner's OCR), then import the result.</source>
            <translation>{name}: цей PDF не має текстового шару; схоже, це скан (сторінки складаються із зображень). Спершу обробіть його OCR (наприклад, OCRmyPDF або OCR вашого сканера), потім імпортуйте результат.</translation>
        </message>
        <message>
            <location filename="../../annotator/importers/encoding.py" line="294" />
            <source>{name}: this is a binary file, not text.</source>
            <translation>{name}: це двійковий файл, а не текст.</translation>
        </message>
        <message>
            <location filename="../../annotator/importers/__init__.py" line="129" />
            <source>{name}: this is a folder, not a file.</source>
            <translation>{name}: це тека, а не файл.</translation>
        </message>
        <message>
            <location filename="../../annotator/importers/docx.py" line="82" />
            <source>{name}: this is an encrypted Word document or an old .doc file; open it in Word or LibreOffice, save it as an unprotected .docx, and import that.</source>
            <translation>{name}: це зашифрований документ Word або старий файл .doc; відкрийте його у Word або LibreOffice, збережіть як незахищений .docx та імпортуйте його.</translation>
        </message>
        <message>
            <location filename="../../annotator/importers/mhtml.py" line="38" />
            <source>{name}: this is not a single-file web page (MHTML).</source>
            <translation>{name}: це не однофайлова вебсторінка (MHTML).</translation>
        </message>
        <message>
            <location filename="../../annotator/importers/web.py" line="27" />
            <source>{name}: this is not a web page or a PDF (content type {kind}).</source>
            <translation>{name}: це не вебсторінка і не PDF (тип вмісту {kind}).</translation>
        </message>
        <message>
            <location filename="../../annotator/importers/encoding.py" line="287" />
            <source>{name}: this is {what}, not a text file.</source>
            <translation>{name}: це {what}, а не текстовий файл.</translation>
        </message>
        <message>
            <location filename="../../annotator/importers/__init__.py" line="113" />
            <source>{name}: unsupported file type {value}.{hint} Annotator imports {choices}.</source>
            <translation>{name}: непідтримуваний тип файлу {value}.{hint} Annotator імпортує {choices}.</translation>
        </message>
        <message>
            <location filename="../../annotator/importers/docx.py" line="93" />
            <source>{name}: {part} declares a DTD (&lt;!DOCTYPE&gt;), which Word never writes; entities it defines would be lost or could attack the reader, so the document is refused. Open it in Word or LibreOffice, save it again as .docx, and import that.</source>
            <translation>{name}: {part} оголошує DTD (&lt;!DOCTYPE&gt;), яку Word ніколи не записує; визначені нею сутності було б втрачено або вони могли б атакувати програму читання, тому документ відхилено. Відкрийте його у Word або LibreOffice, збережіть знову як .docx та імпортуйте його.</translation>
        </message>
        <message>
            <location filename="../../annotator/storage/merge_read.py" line="113" />
            <source>{path} does not exist.</source>
            <translation>{path} не існує.</translation>
        </message>
        <message>
            <location filename="../../annotator/storage/merge_read.py" line="115" />
            <source>{path} is a folder, not a project file.</source>
            <translation>{path} — це тека, а не файл проєкту.</translation>
        </message>
        <message>
            <location filename="../../annotator/exporters/__init__.py" line="151" />
            <source>{path} is a folder; give a file name to export to.</source>
            <translation>{path} — це тека; вкажіть ім'я файлу для експорту.</translation>
        </message>
        <message>
            <location filename="../../annotator/commands/suggest.py" line="86" />
            <source>{span!r} is not START:END</source>
            <translation>{span!r} не має вигляду START:END</translation>
        </message>
        <message>
            <location filename="../../annotator/services/suggestions.py" line="157" />
            <source>{start}-{end} is not a span of this article (0-{length}).</source>
            <translation>{start}-{end} не є фрагментом цієї статті (0-{length}).</translation>
        </message>
        <message>
            <location filename="../../annotator/services/annotation_import.py" line="70" />
            <source>{text}.</source>
            <translation>{text}.</translation>
        </message>
        <message>
            <location filename="../../annotator/fetch/http.py" line="265" />
            <source>{url}: cancelled.</source>
            <translation>{url}: скасовано.</translation>
        </message>
        <message>
            <location filename="../../annotator/fetch/http.py" line="124" />
            <source>{url}: more than {max_redirects} redirects.</source>
            <translation>{url}: понад {max_redirects} переспрямувань.</translation>
        </message>
        <message>
            <location filename="../../annotator/fetch/addresses.py" line="24" />
            <source>{url}: only http and https addresses are fetched, not {value}:.</source>
            <translation>{url}: завантажуються лише адреси http і https, а не {value}:.</translation>
        </message>
        <message>
            <location filename="../../annotator/fetch/http.py" line="157" />
            <source>{url}: redirected to a {value}: address ({target}); refused.</source>
            <translation>{url}: переспрямовано на адресу {value}: ({target}); відхилено.</translation>
        </message>
        <message>
            <location filename="../../annotator/fetch/http.py" line="142" />
            <source>{url}: redirected to {error}</source>
            <translation>{url}: переспрямовано на {error}</translation>
        </message>
        <message>
            <location filename="../../annotator/fetch/addresses.py" line="29" />
            <source>{url}: the address has no host name.</source>
            <translation>{url}: в адресі немає імені хоста.</translation>
        </message>
        <message>
            <location filename="../../annotator/fetch/http.py" line="272" />
            <source>{url}: the page is larger than the limit of {size}.</source>
            <translation>{url}: сторінка перевищує обмеження {size}.</translation>
        </message>
        <message>
            <location filename="../../annotator/fetch/http.py" line="214" />
            <source>{url}: the page is too large ({size}); the limit is {size2}.</source>
            <translation>{url}: сторінка завелика ({size}); обмеження — {size2}.</translation>
        </message>
        <message>
            <location filename="../../annotator/fetch/http.py" line="268" />
            <source>{url}: the page took longer than {total_timeout:g} seconds to arrive (timeout).</source>
            <translation>{url}: сторінка надходила довше за {total_timeout:g} с (час очікування вичерпано).</translation>
        </message>
        <message>
            <location filename="../../annotator/fetch/addresses.py" line="33" />
            <source>{url}: the port is not a number.</source>
            <translation>{url}: порт не є числом.</translation>
        </message>
        <message>
            <location filename="../../annotator/fetch/http.py" line="208" />
            <source>{url}: the server answered HTTP {status}{reason}.</source>
            <translation>{url}: сервер відповів HTTP {status}{reason}.</translation>
        </message>
        <message>
            <location filename="../../annotator/fetch/http.py" line="358" />
            <source>{url}: the server used a compression Annotator does not read ({encoding}).</source>
            <translation>{url}: сервер використав стиснення, яке Annotator не читає ({encoding}).</translation>
        </message>
        <message>
            <location filename="../../annotator/fetch/addresses.py" line="56" />
            <source>{url}: the server's name could not be found (DNS lookup failed).</source>
            <translation>{url}: не вдалося знайти ім'я сервера (помилка пошуку DNS).</translation>
        </message>
        <message>
            <location filename="../../annotator/fetch/addresses.py" line="39" />
            <source>{url}: {host} is a private or local address ({address}); refused unless you allow local addresses for this fetch.</source>
            <translation>{url}: {host} — приватна або локальна адреса ({address}); відхилено, якщо ви не дозволите локальні адреси для цього завантаження.</translation>
        </message>
        <message>
            <location filename="../../annotator/fetch/http.py" line="172" />
            <source>{url}: {reason}</source>
            <translation>{url}: {reason}</translation>
        </message>
        <message>
            <location filename="../../annotator/domain/dates.py" line="34" />
            <source>{value} is not a real date.</source>
            <translation>{value} не є справжньою датою.</translation>
        </message>
        <message>
            <location filename="../../annotator/services/captures.py" line="39" />
            <source>{what} is too large to keep as a capture ({size}); the limit is {size2}.</source>
            <translation>{what} завеликий, щоб зберегти як знімок ({size}); обмеження — {size2}.</translation>
        </message>
        <message>
            <location filename="../../annotator/services/field_swap.py" line="41" />
            <source>{who} has changed the {names} of this {what} since; nothing was changed, so their edit is kept.</source>
            <translation>{who} відтоді змінив(-ла) {names} цього {what}; нічого не змінено, тож їхню правку збережено.</translation>
        </message>
        <message>
            <location filename="../../annotator/services/captures.py" line="215" />
            <source>“{title}” has no URL to check for a new version.</source>
            <translation>«{title}» не має URL для перевірки нової версії.</translation>
        </message>
    </context>
    <context>
        <name>evidence.capture_viewer</name>
        <message>
            <location filename="../../annotator/ui/evidence/capture_viewer.py" line="70" />
            <source>

[… shown up to 2 MB]</source>
            <translation>

[… показано лише перші 2 МБ]</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/evidence/capture_viewer.py" line="56" />
            <source> · file {name}</source>
            <translation> · файл {name}</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/evidence/capture_viewer.py" line="76" />
            <source>Binary content ({kind}); not displayed. First bytes:

{dump}</source>
            <translation>Двійковий вміст ({kind}); не показано. Перші байти:

{dump}</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/evidence/capture_viewer.py" line="96" />
            <source>Capture {short_hash}</source>
            <translation>Знімок {short_hash}</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/evidence/capture_viewer.py" line="47" />
            <source>Captured: {format_time} by {value}</source>
            <translation>Знімок: {format_time}, автор {value}</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/evidence/capture_viewer.py" line="43" />
            <source>Final URL: {final_url}</source>
            <translation>Кінцевий URL: {final_url}</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/evidence/capture_viewer.py" line="59" />
            <source>Redirect: {url} → {status} → {location}</source>
            <translation>Переспрямування: {url} → {status} → {location}</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/evidence/capture_viewer.py" line="51" />
            <source>SHA-256: {sha256}</source>
            <translation>SHA-256: {sha256}</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/evidence/capture_viewer.py" line="52" />
            <source>Size: {size} bytes · {value}</source>
            <translation>Розмір: {size} байтів · {value}</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/evidence/capture_viewer.py" line="41" />
            <source>URL: {value}</source>
            <translation>URL: {value}</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/evidence/capture_viewer.py" line="49" />
            <source>unknown</source>
            <translation>невідомо</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/evidence/capture_viewer.py" line="53" />
            <source>unknown type</source>
            <translation>невідомий тип</translation>
        </message>
    </context>
    <context>
        <name>evidence.evidence_controller</name>
        <message>
            <location filename="../../annotator/ui/evidence/evidence_controller.py" line="64" />
            <source>Add &amp;Source…</source>
            <translation>Додати &amp;джерело…</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/evidence/evidence_controller.py" line="258" />
            <source>Attach File</source>
            <translation>Долучити файл</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/evidence/evidence_controller.py" line="251" />
            <source>Attach a Capture</source>
            <translation>Долучити знімок</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/evidence/evidence_controller.py" line="65" />
            <source>Attach a source to the selected claim</source>
            <translation>Додати джерело до вибраного твердження</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/evidence/evidence_controller.py" line="264" />
            <source>Attach capture</source>
            <translation>Долучити знімок</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/evidence/evidence_controller.py" line="219" />
            <source>Capture Now</source>
            <translation>Зробити знімок зараз</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/evidence/evidence_controller.py" line="269" />
            <source>Captured {when} · SHA-256 {short_hash}</source>
            <translation>Знімок зроблено {when} · SHA-256 {short_hash}</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/evidence/evidence_controller.py" line="224" />
            <source>Capturing {value}</source>
            <translation>Знімаємо {value}</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/evidence/evidence_controller.py" line="60" />
            <source>Check for a &amp;New Version</source>
            <translation>Перевірити наявність &amp;нової версії</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/evidence/evidence_controller.py" line="151" />
            <source>Check for a New Version</source>
            <translation>Перевірити наявність нової версії</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/evidence/evidence_controller.py" line="156" />
            <source>Checking {value}</source>
            <translation>Перевіряємо {value}</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/evidence/evidence_controller.py" line="57" />
            <source>Fetch a web page or PDF and keep it as a capture</source>
            <translation>Завантажити вебсторінку чи PDF і зберегти як знімок</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/evidence/evidence_controller.py" line="93" />
            <source>Fetch cancelled.</source>
            <translation>Завантаження скасовано.</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/evidence/evidence_controller.py" line="61" />
            <source>Fetch the article's URL again; store a new version if the text changed</source>
            <translation>Знову завантажити URL статті; зберегти нову версію, якщо текст змінився</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/evidence/evidence_controller.py" line="92" />
            <source>Fetching</source>
            <translation>Завантаження</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/evidence/evidence_controller.py" line="116" />
            <source>Fetching {value}</source>
            <translation>Завантажуємо {value}</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/evidence/evidence_controller.py" line="56" />
            <source>Open &amp;URL…</source>
            <translation>Відкрити &amp;URL…</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/evidence/evidence_controller.py" line="137" />
            <source>Opened “{title}” from {final_url}.</source>
            <translation>Відкрито «{title}» з {final_url}.</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/evidence/evidence_controller.py" line="40" />
            <source>Saved pages, PDFs, images (*.html *.htm *.mhtml *.pdf *.png *.jpg *.jpeg *.webp *.txt);;All files (*)</source>
            <translation>Збережені сторінки, PDF, зображення (*.html *.htm *.mhtml *.pdf *.png *.jpg *.jpeg *.webp *.txt);;Усі файли (*)</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/evidence/evidence_controller.py" line="131" />
            <source>That page is already in the project.</source>
            <translation>Ця сторінка вже є в проєкті.</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/evidence/evidence_controller.py" line="167" />
            <source>The page has not changed since the last version.</source>
            <translation>Сторінка не змінилася від останньої версії.</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/evidence/evidence_controller.py" line="220" />
            <source>This source has no URL to capture; attach a file instead.</source>
            <translation>Це джерело не має URL для знімка; долучіть файл.</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/evidence/evidence_controller.py" line="296" />
            <source>This source has no capture yet.</source>
            <translation>Це джерело ще не має знімка.</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/evidence/evidence_controller.py" line="296" />
            <source>View Capture</source>
            <translation>Переглянути знімок</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/evidence/evidence_controller.py" line="285" />
            <source>captured {format_time} · SHA-256 {short_hash}</source>
            <translation>знімок {format_time} · SHA-256 {short_hash}</translation>
        </message>
    </context>
    <context>
        <name>evidence.fetch_worker</name>
        <message>
            <location filename="../../annotator/ui/evidence/fetch_worker.py" line="67" />
            <source>Cancel</source>
            <translation>Скасувати</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/evidence/fetch_worker.py" line="68" />
            <source>Fetching</source>
            <translation>Завантаження</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/evidence/fetch_worker.py" line="94" />
            <source>{value} — {value2} KB</source>
            <translation>{value} — {value2} КБ</translation>
        </message>
    </context>
    <context>
        <name>evidence.open_url_dialog</name>
        <message>
            <location filename="../../annotator/ui/evidence/open_url_dialog.py" line="39" />
            <source>&amp;Address of the page or PDF:</source>
            <translation>&amp;Адреса сторінки або PDF:</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/evidence/open_url_dialog.py" line="31" />
            <source>Allow &amp;local and private network addresses for this fetch</source>
            <translation>Дозволити &amp;локальні та приватні мережеві адреси для цього завантаження</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/evidence/open_url_dialog.py" line="23" />
            <source>Open URL</source>
            <translation>Відкрити URL</translation>
        </message>
    </context>
    <context>
        <name>evidence.source_dialog</name>
        <message>
            <location filename="../../annotator/ui/evidence/source_dialog.py" line="100" />
            <source>&amp;Excerpt:</source>
            <translation>&amp;Уривок:</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/evidence/source_dialog.py" line="117" />
            <source>&amp;Kind:</source>
            <translation>&amp;Тип:</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/evidence/source_dialog.py" line="69" />
            <source>&amp;Protected: a source who asked not to be named (never exported)</source>
            <translation>&amp;Захищене: джерело, яке попросило не називати його (ніколи не експортується)</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/evidence/source_dialog.py" line="118" />
            <source>&amp;Stance:</source>
            <translation>&amp;Позиція:</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/evidence/source_dialog.py" line="134" />
            <source>&amp;View Capture</source>
            <translation>&amp;Переглянути знімок</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/evidence/source_dialog.py" line="92" />
            <source>&amp;{label}:</source>
            <translation>&amp;{label}:</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/evidence/source_dialog.py" line="63" />
            <source>Add Source</source>
            <translation>Додати джерело</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/evidence/source_dialog.py" line="39" />
            <source>Archived copy</source>
            <translation>Архівна копія</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/evidence/source_dialog.py" line="129" />
            <source>Attach &amp;File…</source>
            <translation>Долучити &amp;файл…</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/evidence/source_dialog.py" line="160" />
            <source>Attach a Capture</source>
            <translation>Долучити знімок</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/evidence/source_dialog.py" line="34" />
            <source>Author / who</source>
            <translation>Автор / хто</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/evidence/source_dialog.py" line="124" />
            <source>Capture &amp;Now</source>
            <translation>Зробити знімок &amp;зараз</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/evidence/source_dialog.py" line="74" />
            <source>Capture:</source>
            <translation>Знімок:</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/evidence/source_dialog.py" line="38" />
            <source>Date accessed</source>
            <translation>Дата перегляду</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/evidence/source_dialog.py" line="63" />
            <source>Edit Source</source>
            <translation>Редагувати джерело</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/evidence/source_dialog.py" line="139" />
            <source>Let Capture Now reach this computer or the local network (refused by default)</source>
            <translation>Дозволити «Зробити знімок зараз» звертатися до цього комп'ютера чи локальної мережі (типово заборонено)</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/evidence/source_dialog.py" line="36" />
            <source>Method</source>
            <translation>Спосіб</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/evidence/source_dialog.py" line="40" />
            <source>Page / locator</source>
            <translation>Сторінка / локатор</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/evidence/source_dialog.py" line="33" />
            <source>Publisher</source>
            <translation>Видання</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/evidence/source_dialog.py" line="35" />
            <source>Role</source>
            <translation>Роль</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/evidence/source_dialog.py" line="131" />
            <source>Save the source and keep a saved page, PDF or screenshot as its capture</source>
            <translation>Зберегти джерело й долучити збережену сторінку, PDF або знімок екрана як його знімок</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/evidence/source_dialog.py" line="126" />
            <source>Save the source, fetch its URL and keep the page with its SHA-256</source>
            <translation>Зберегти джерело, завантажити його URL і зберегти сторінку з її SHA-256</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/evidence/source_dialog.py" line="162" />
            <source>Saved pages, PDFs, images (*.html *.htm *.mhtml *.pdf *.png *.jpg *.jpeg *.webp *.txt);;All files (*)</source>
            <translation>Збережені сторінки, PDF, зображення (*.html *.htm *.mhtml *.pdf *.png *.jpg *.jpeg *.webp *.txt);;Усі файли (*)</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/evidence/source_dialog.py" line="37" />
            <source>Source date</source>
            <translation>Дата джерела</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/evidence/source_dialog.py" line="97" />
            <source>The passage the verdict relies on</source>
            <translation>Фрагмент, на який спирається вердикт</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/evidence/source_dialog.py" line="32" />
            <source>Title</source>
            <translation>Заголовок</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/evidence/source_dialog.py" line="37" />
            <source>YYYY-MM-DD</source>
            <translation>РРРР-ММ-ДД</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/evidence/source_dialog.py" line="137" />
            <source>allow local addresses</source>
            <translation>дозволити локальні адреси</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/evidence/source_dialog.py" line="34" />
            <source>author, issuer, or the person interviewed</source>
            <translation>автор, установа-видавець або людина, у якої брали інтерв'ю</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/evidence/source_dialog.py" line="36" />
            <source>in person, phone, email, letter…</source>
            <translation>особисто, телефоном, листом, поштою…</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/evidence/source_dialog.py" line="35" />
            <source>the person's role (interviews, correspondence)</source>
            <translation>роль людини (інтерв'ю, листування)</translation>
        </message>
    </context>
    <context>
        <name>exchange.checklist</name>
        <message numerus="yes">
            <location filename="../../annotator/commands/checklist_lines.py" line="53" />
            <source>%n claim(s) changed after approval (stale approval).</source>
            <translation>
                <numerusform>%n твердження змінилося після схвалення (схвалення застаріло).</numerusform>
                <numerusform>%n твердження змінилися після схвалення (схвалення застаріло).</numerusform>
                <numerusform>%n тверджень змінилися після схвалення (схвалення застаріло).</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../annotator/commands/checklist_lines.py" line="48" />
            <source>%n claim(s) changed after approval (stale approval): left out until approved again.</source>
            <translation>
                <numerusform>%n твердження змінилося після схвалення (схвалення застаріло): не включено, доки його не схвалять знову.</numerusform>
                <numerusform>%n твердження змінилися після схвалення (схвалення застаріло): не включено, доки їх не схвалять знову.</numerusform>
                <numerusform>%n тверджень змінилися після схвалення (схвалення застаріло): не включено, доки їх не схвалять знову.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../annotator/commands/checklist_lines.py" line="27" />
            <source>%n claim(s) without a verdict.</source>
            <translation>
                <numerusform>%n твердження без вердикту.</numerusform>
                <numerusform>%n твердження без вердикту.</numerusform>
                <numerusform>%n тверджень без вердикту.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../annotator/commands/checklist_lines.py" line="26" />
            <source>%n claim(s) without an explanation.</source>
            <translation>
                <numerusform>%n твердження без пояснення.</numerusform>
                <numerusform>%n твердження без пояснення.</numerusform>
                <numerusform>%n тверджень без пояснення.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../annotator/commands/checklist_lines.py" line="25" />
            <source>%n claim(s) without sources.</source>
            <translation>
                <numerusform>%n твердження без джерел.</numerusform>
                <numerusform>%n твердження без джерел.</numerusform>
                <numerusform>%n тверджень без джерел.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../annotator/commands/checklist_lines.py" line="28" />
            <source>%n orphaned claim(s): the passage is no longer in the article's current text.</source>
            <translation>
                <numerusform>%n твердження-сирота: уривка вже немає в поточному тексті статті.</numerusform>
                <numerusform>%n твердження-сироти: уривка вже немає в поточному тексті статті.</numerusform>
                <numerusform>%n тверджень-сиріт: уривка вже немає в поточному тексті статті.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../annotator/commands/checklist_lines.py" line="31" />
            <source>%n passage(s) rated by two or more people await adjudication of the final verdict.</source>
            <translation>
                <numerusform>%n уривок, оцінений двома чи більше людьми, чекає на остаточний вердикт.</numerusform>
                <numerusform>%n уривки, оцінені двома чи більше людьми, чекають на остаточний вердикт.</numerusform>
                <numerusform>%n уривків, оцінених двома чи більше людьми, чекають на остаточний вердикт.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../annotator/commands/checklist_lines.py" line="19" />
            <source>Includes %n claim(s) not approved: the report is marked as a draft.</source>
            <translation>
                <numerusform>Містить %n несхвалене твердження: звіт позначено як чернетку.</numerusform>
                <numerusform>Містить %n несхвалені твердження: звіт позначено як чернетку.</numerusform>
                <numerusform>Містить %n несхвалених тверджень: звіт позначено як чернетку.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../annotator/commands/checklist_lines.py" line="22" />
            <source>Nothing to export: no claim in scope is approved (drafts are left out).</source>
            <translation>Нічого експортувати: жодне твердження в межах вибірки не схвалено (чернетки не включено).</translation>
        </message>
    </context>
    <context>
        <name>exchange.exchange_controller</name>
        <message>
            <location filename="../../annotator/ui/exchange/exchange_controller.py" line="58" />
            <source>&amp;Export…</source>
            <translation>&amp;Експорт…</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/exchange/exchange_controller.py" line="50" />
            <source>&amp;Import Articles…</source>
            <translation>&amp;Імпортувати статті…</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/exchange/exchange_controller.py" line="51" />
            <source>Add web pages, PDFs, Word, Markdown or text files</source>
            <translation>Додати вебсторінки, PDF, документи Word, Markdown або текстові файли</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/exchange/exchange_controller.py" line="36" />
            <source>Annotations (*.json *.jsonld);;All files (*)</source>
            <translation>Анотації (*.json *.jsonld);;Усі файли (*)</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/exchange/exchange_controller.py" line="265" />
            <source>Cancel</source>
            <translation>Скасувати</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/exchange/exchange_controller.py" line="220" />
            <source>Export</source>
            <translation>Експорт</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/exchange/exchange_controller.py" line="227" />
            <source>Export cancelled; nothing was written.</source>
            <translation>Експорт скасовано; нічого не записано.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../annotator/ui/exchange/exchange_controller.py" line="231" />
            <source>Exported %n claim(s) to {path}</source>
            <translation>
                <numerusform>Експортовано %n твердження до {path}</numerusform>
                <numerusform>Експортовано %n твердження до {path}</numerusform>
                <numerusform>Експортовано %n тверджень до {path}</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../annotator/ui/exchange/exchange_controller.py" line="62" />
            <source>Import A&amp;nnotations…</source>
            <translation>Імпортувати а&amp;нотації…</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/exchange/exchange_controller.py" line="156" />
            <source>Import Annotations</source>
            <translation>Імпорт анотацій</translation>
        </message>
        <message numerus="yes">
            <location filename="../../annotator/ui/exchange/exchange_controller.py" line="112" />
            <source>Imported %n article(s).</source>
            <translation>
                <numerusform>Імпортовано %n статтю.</numerusform>
                <numerusform>Імпортовано %n статті.</numerusform>
                <numerusform>Імпортовано %n статей.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../annotator/ui/exchange/exchange_controller.py" line="55" />
            <source>Make an article of the text or web page on the clipboard</source>
            <translation>Створити статтю з тексту чи вебсторінки в буфері обміну</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/exchange/exchange_controller.py" line="54" />
            <source>Paste as New &amp;Article</source>
            <translation>Вставити як нову &amp;статтю</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/exchange/exchange_controller.py" line="132" />
            <source>Paste as New Article</source>
            <translation>Вставити як нову статтю</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/exchange/exchange_controller.py" line="59" />
            <source>Reports (HTML, PDF, Markdown), CSV, JSON, ClaimReview, W3C annotations</source>
            <translation>Звіти (HTML, PDF, Markdown), CSV, JSON, ClaimReview, анотації W3C</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/exchange/exchange_controller.py" line="265" />
            <source>Starting the export…</source>
            <translation>Починаємо експорт…</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/exchange/exchange_controller.py" line="63" />
            <source>W3C Web Annotation or Hypothesis JSON</source>
            <translation>W3C Web Annotation або JSON Hypothesis</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/exchange/exchange_controller.py" line="129" />
            <source>the clipboard</source>
            <translation>буфер обміну</translation>
        </message>
    </context>
    <context>
        <name>exchange.export_dialog</name>
        <message>
            <location filename="../../annotator/ui/exchange/export_dialog.py" line="75" />
            <source>&amp;Format:</source>
            <translation>&amp;Формат:</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/exchange/export_dialog.py" line="84" />
            <source>&amp;Save to:</source>
            <translation>&amp;Зберегти в:</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/exchange/export_dialog.py" line="106" />
            <source>All articles of the project</source>
            <translation>Усі статті проєкту</translation>
        </message>
        <message numerus="yes">
            <location filename="../../annotator/ui/exchange/export_dialog.py" line="192" />
            <source>Before exporting %n claim(s):</source>
            <translation>
                <numerusform>Перед експортом %n твердження:</numerusform>
                <numerusform>Перед експортом %n тверджень:</numerusform>
                <numerusform>Перед експортом %n тверджень:</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../annotator/ui/exchange/export_dialog.py" line="123" />
            <source>CSV: UTF-8 with BOM (for spreadsheets)</source>
            <translation>CSV: UTF-8 з BOM (для електронних таблиць)</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/exchange/export_dialog.py" line="122" />
            <source>CSV: one row per source</source>
            <translation>CSV: один рядок на джерело</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/exchange/export_dialog.py" line="64" />
            <source>Choose…</source>
            <translation>Вибрати…</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/exchange/export_dialog.py" line="118" />
            <source>ClaimReview: allow an incomplete document (no report URL or organisation)</source>
            <translation>ClaimReview: дозволити неповний документ (без URL звіту чи організації)</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/exchange/export_dialog.py" line="56" />
            <source>Export</source>
            <translation>Експорт</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/exchange/export_dialog.py" line="201" />
            <source>Export Anyway</source>
            <translation>Усе одно експортувати</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/exchange/export_dialog.py" line="151" />
            <source>Export To</source>
            <translation>Експортувати в</translation>
        </message>
        <message numerus="yes">
            <location filename="../../annotator/ui/exchange/export_dialog.py" line="232" />
            <source>Exported %n claim(s) to
{path}</source>
            <translation>
                <numerusform>Експортовано %n твердження до
{path}</numerusform>
                <numerusform>Експортовано %n твердження до
{path}</numerusform>
                <numerusform>Експортовано %n тверджень до
{path}</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../annotator/ui/exchange/export_dialog.py" line="113" />
            <source>Include claims not yet approved (the report is marked as a draft)</source>
            <translation>Включити ще не схвалені твердження (звіт буде позначено як чернетку)</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/exchange/export_dialog.py" line="196" />
            <source>Must fix: </source>
            <translation>Треба виправити: </translation>
        </message>
        <message>
            <location filename="../../annotator/ui/exchange/export_dialog.py" line="70" />
            <source>Nothing</source>
            <translation>Нічого</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/exchange/export_dialog.py" line="68" />
            <source>Open the file</source>
            <translation>Відкрити файл</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/exchange/export_dialog.py" line="78" />
            <source>Options:</source>
            <translation>Параметри:</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/exchange/export_dialog.py" line="190" />
            <source>Publication Checklist</source>
            <translation>Контрольний список перед публікацією</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/exchange/export_dialog.py" line="83" />
            <source>Report &amp;language:</source>
            <translation>&amp;Мова звіту:</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/exchange/export_dialog.py" line="121" />
            <source>Reports: appendix on agreement between reviewers</source>
            <translation>Звіти: додаток про узгодженість між рецензентами</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/exchange/export_dialog.py" line="76" />
            <source>Scope:</source>
            <translation>Обсяг:</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/exchange/export_dialog.py" line="69" />
            <source>Show it in its folder</source>
            <translation>Показати в теці</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/exchange/export_dialog.py" line="104" />
            <source>This article</source>
            <translation>Ця стаття</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/exchange/export_dialog.py" line="102" />
            <source>This article: {article_title}</source>
            <translation>Ця стаття: {article_title}</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/exchange/export_dialog.py" line="85" />
            <source>When done:</source>
            <translation>Після завершення:</translation>
        </message>
    </context>
    <context>
        <name>exchange.export_worker</name>
        <message>
            <location filename="../../annotator/ui/exchange/export_worker.py" line="98" />
            <source>The export stopped unexpectedly (exit code {exitcode}).</source>
            <translation>Експорт несподівано зупинився (код виходу {exitcode}).</translation>
        </message>
    </context>
    <context>
        <name>exchange.hub_sync</name>
        <message>
            <location filename="../../annotator/ui/exchange/hub_sync.py" line="131" />
            <source>&amp;Database:</source>
            <translation>&amp;База даних:</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/exchange/hub_sync.py" line="130" />
            <source>&amp;Host:</source>
            <translation>&amp;Хост:</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/exchange/hub_sync.py" line="130" />
            <source>&amp;Port:</source>
            <translation>&amp;Порт:</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/exchange/hub_sync.py" line="132" />
            <source>&amp;Service:</source>
            <translation>&amp;Сервіс:</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/exchange/hub_sync.py" line="132" />
            <source>&amp;TLS mode:</source>
            <translation>Режим &amp;TLS:</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/exchange/hub_sync.py" line="131" />
            <source>&amp;User:</source>
            <translation>&amp;Користувач:</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/exchange/hub_sync.py" line="360" />
            <source>, last sync {format_time}</source>
            <translation>, остання синхронізація {format_time}</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/exchange/hub_sync.py" line="262" />
            <source>Cannot Connect to Team Hub</source>
            <translation>Не вдається під'єднатися до командного сервера</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/exchange/hub_sync.py" line="183" />
            <source>Connect to Team &amp;Hub…</source>
            <translation>Під'єднатися до командного &amp;сервера…</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/exchange/hub_sync.py" line="117" />
            <source>Connect to Team Hub</source>
            <translation>Під'єднатися до командного сервера</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/exchange/hub_sync.py" line="189" />
            <source>Disconnect from Team Hub</source>
            <translation>Від'єднатися від командного сервера</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/exchange/hub_sync.py" line="365" />
            <source>Hub: conflict</source>
            <translation>Сервер: конфлікт</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/exchange/hub_sync.py" line="365" />
            <source>Hub: offline</source>
            <translation>Сервер: немає зв'язку</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/exchange/hub_sync.py" line="364" />
            <source>Hub: synced</source>
            <translation>Сервер: синхронізовано</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/exchange/hub_sync.py" line="364" />
            <source>Hub: syncing…</source>
            <translation>Сервер: синхронізація…</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/exchange/hub_sync.py" line="186" />
            <source>Sync &amp;Now</source>
            <translation>Синхронізувати &amp;зараз</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/exchange/hub_sync.py" line="184" />
            <source>Sync this project with the newsroom's PostgreSQL hub</source>
            <translation>Синхронізувати цей проєкт із сервером PostgreSQL редакції</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/exchange/hub_sync.py" line="176" />
            <source>Team hub status</source>
            <translation>Стан командного сервера</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/exchange/hub_sync.py" line="237" />
            <source>The live connection to the hub was lost ({reason}); trying again every {seconds} seconds.</source>
            <translation>Живе з'єднання з хабом втрачено ({reason}); нова спроба кожні {seconds} секунд.</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/exchange/hub_sync.py" line="240" />
            <source>The live connection to the hub was lost; trying again every {seconds} seconds.</source>
            <translation>Живе з'єднання з хабом втрачено; нова спроба кожні {seconds} секунд.</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/exchange/hub_sync.py" line="135" />
            <source>The password is read from your ~/.pgpass, service file or PGPASSWORD; it is never stored in the project.</source>
            <translation>Пароль береться з вашого ~/.pgpass, файлу сервісів або PGPASSWORD; у проєкті він ніколи не зберігається.</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/exchange/hub_sync.py" line="108" />
            <source>The sync failed: {error}</source>
            <translation>Синхронізація не вдалася: {error}</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/exchange/hub_sync.py" line="128" />
            <source>optional: a name from your pg_service.conf</source>
            <translation>необов'язково: назва з вашого pg_service.conf</translation>
        </message>
    </context>
    <context>
        <name>exchange.import_flow</name>
        <message>
            <location filename="../../annotator/ui/exchange/import_flow.py" line="179" />
            <source>

…and {value} more.</source>
            <translation>

…і ще {value}.</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/exchange/import_flow.py" line="190" />
            <source>Already in the Project</source>
            <translation>Уже є в проєкті</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/exchange/import_flow.py" line="27" />
            <source>Articles (*.html *.htm *.xhtml *.pdf *.docx *.md *.markdown *.txt *.text *.warc *.warc.gz *.mhtml *.mht);;Web pages (*.html *.htm);;Web archives (*.warc *.warc.gz *.mhtml *.mht);;PDF (*.pdf);;Word (*.docx);;Text and Markdown (*.txt *.md);;All files (*)</source>
            <translation>Статті (*.html *.htm *.xhtml *.pdf *.docx *.md *.markdown *.txt *.text *.warc *.warc.gz *.mhtml *.mht);;Вебсторінки (*.html *.htm);;Вебархіви (*.warc *.warc.gz *.mhtml *.mht);;PDF (*.pdf);;Word (*.docx);;Текст і Markdown (*.txt *.md);;Усі файли (*)</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/exchange/import_flow.py" line="114" />
            <source>Cancel</source>
            <translation>Скасувати</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/exchange/import_flow.py" line="116" />
            <source>Import Articles</source>
            <translation>Імпорт статей</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/exchange/import_flow.py" line="150" />
            <source>Importing {name}…</source>
            <translation>Імпортуємо {name}…</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/exchange/import_flow.py" line="114" />
            <source>Importing…</source>
            <translation>Імпортуємо…</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/exchange/import_flow.py" line="183" />
            <source>Some Files Were Not Imported</source>
            <translation>Деякі файли не імпортовано</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/exchange/import_flow.py" line="191" />
            <source>The text of {name} is already in this project as “{existing_title}”.
Show the existing article?</source>
            <translation>Текст {name} уже є в цьому проєкті як «{existing_title}».
Показати наявну статтю?</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/exchange/import_flow.py" line="79" />
            <source>{name}: could not be read ({error}).</source>
            <translation>{name}: не вдалося прочитати ({error}).</translation>
        </message>
    </context>
    <context>
        <name>exchange.merge_flow</name>
        <message numerus="yes">
            <location filename="../../annotator/ui/exchange/merge_flow.py" line="115" />
            <source>%n added</source>
            <translation>
                <numerusform>%n додано</numerusform>
                <numerusform>%n додано</numerusform>
                <numerusform>%n додано</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../annotator/ui/exchange/merge_flow.py" line="46" />
            <source>%n adjudication(s)</source>
            <translation>
                <numerusform>%n рішення</numerusform>
                <numerusform>%n рішення</numerusform>
                <numerusform>%n рішень</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../annotator/ui/exchange/merge_flow.py" line="44" />
            <source>%n article(s)</source>
            <translation>
                <numerusform>%n стаття</numerusform>
                <numerusform>%n статті</numerusform>
                <numerusform>%n статей</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../annotator/ui/exchange/merge_flow.py" line="44" />
            <source>%n claim(s)</source>
            <translation>
                <numerusform>%n твердження</numerusform>
                <numerusform>%n твердження</numerusform>
                <numerusform>%n тверджень</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../annotator/ui/exchange/merge_flow.py" line="45" />
            <source>%n comment(s)</source>
            <translation>
                <numerusform>%n коментар</numerusform>
                <numerusform>%n коментарі</numerusform>
                <numerusform>%n коментарів</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../annotator/ui/exchange/merge_flow.py" line="48" />
            <source>%n conflict(s)</source>
            <translation>
                <numerusform>%n конфлікт</numerusform>
                <numerusform>%n конфлікти</numerusform>
                <numerusform>%n конфліктів</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../annotator/ui/exchange/merge_flow.py" line="49" />
            <source>%n damaged item(s)</source>
            <translation>
                <numerusform>%n пошкоджений елемент</numerusform>
                <numerusform>%n пошкоджені елементи</numerusform>
                <numerusform>%n пошкоджених елементів</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../annotator/ui/exchange/merge_flow.py" line="117" />
            <source>%n deleted</source>
            <translation>
                <numerusform>%n видалено</numerusform>
                <numerusform>%n видалено</numerusform>
                <numerusform>%n видалено</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../annotator/ui/exchange/merge_flow.py" line="47" />
            <source>%n fact-check(s)</source>
            <translation>
                <numerusform>%n фактчек</numerusform>
                <numerusform>%n фактчеки</numerusform>
                <numerusform>%n фактчеків</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../annotator/ui/exchange/merge_flow.py" line="46" />
            <source>%n rating(s)</source>
            <translation>
                <numerusform>%n оцінка</numerusform>
                <numerusform>%n оцінки</numerusform>
                <numerusform>%n оцінок</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../annotator/ui/exchange/merge_flow.py" line="45" />
            <source>%n source(s)</source>
            <translation>
                <numerusform>%n джерело</numerusform>
                <numerusform>%n джерела</numerusform>
                <numerusform>%n джерел</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../annotator/ui/exchange/merge_flow.py" line="118" />
            <source>%n unchanged</source>
            <translation>
                <numerusform>%n без змін</numerusform>
                <numerusform>%n без змін</numerusform>
                <numerusform>%n без змін</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../annotator/ui/exchange/merge_flow.py" line="116" />
            <source>%n updated</source>
            <translation>
                <numerusform>%n оновлено</numerusform>
                <numerusform>%n оновлено</numerusform>
                <numerusform>%n оновлено</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../annotator/ui/exchange/merge_flow.py" line="47" />
            <source>%n verdict(s)</source>
            <translation>
                <numerusform>%n вердикт</numerusform>
                <numerusform>%n вердикти</numerusform>
                <numerusform>%n вердиктів</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../annotator/ui/exchange/merge_flow.py" line="145" />
            <source>Claims changed:</source>
            <translation>Змінені твердження:</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/exchange/merge_flow.py" line="186" />
            <source>Could not merge {name}: {message}</source>
            <translation>Не вдалося злити {name}: {message}</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/exchange/merge_flow.py" line="24" />
            <source>Merge Colleague's Project</source>
            <translation>Злити проєкт колеги</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/exchange/merge_flow.py" line="120" />
            <source>Merged {name}: {join}.</source>
            <translation>Злито {name}: {join}.</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/exchange/merge_flow.py" line="128" />
            <source>New: {join}.</source>
            <translation>Нове: {join}.</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/exchange/merge_flow.py" line="137" />
            <source>No conflicts.</source>
            <translation>Конфліктів немає.</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/exchange/merge_flow.py" line="111" />
            <source>Nothing new in {name}: your project already has everything in it.</source>
            <translation>Нічого нового в {name}: у вашому проєкті вже все є.</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/exchange/merge_flow.py" line="56" />
            <source>claim as checked</source>
            <translation>твердження як перевірене</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/exchange/merge_flow.py" line="57" />
            <source>internal note</source>
            <translation>внутрішня примітка</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/exchange/merge_flow.py" line="57" />
            <source>position</source>
            <translation>позиція</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/exchange/merge_flow.py" line="58" />
            <source>quote</source>
            <translation>цитата</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/exchange/merge_flow.py" line="58" />
            <source>review status</source>
            <translation>статус рецензії</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/exchange/merge_flow.py" line="56" />
            <source>verdict</source>
            <translation>вердикт</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/exchange/merge_flow.py" line="166" />
            <source>{name} is open read-only; nothing can be merged into it.</source>
            <translation>{name} відкрито лише для читання; у нього нічого не можна злити.</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/exchange/merge_flow.py" line="174" />
            <source>{name} is the project you have open; choose a colleague's copy.</source>
            <translation>{name} — це проєкт, який у вас відкритий; виберіть копію колеги.</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/exchange/merge_flow.py" line="140" />
            <source>{plural} in {name} could not be placed and were skipped.</source>
            <translation>{plural} в {name} не вдалося розмістити, їх пропущено.</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/exchange/merge_flow.py" line="131" />
            <source>{plural}: changed on both sides. Open the Conflicts panel to keep yours, theirs, or edit the result.</source>
            <translation>{plural}: змінено з обох боків. Відкрийте панель конфліктів, щоб залишити ваше, їхнє або відредагувати результат.</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/exchange/merge_flow.py" line="76" />
            <source>“{quote}”: added</source>
            <translation>«{quote}»: додано</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/exchange/merge_flow.py" line="89" />
            <source>“{quote}”: deleted</source>
            <translation>«{quote}»: видалено</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/exchange/merge_flow.py" line="84" />
            <source>“{quote}”: {fields} changed</source>
            <translation>«{quote}»: змінено {fields}</translation>
        </message>
        <message numerus="yes">
            <location filename="../../annotator/ui/exchange/merge_flow.py" line="96" />
            <source>… and %n more claim(s)</source>
            <translation>
                <numerusform>… і ще %n твердження</numerusform>
                <numerusform>… і ще %n твердження</numerusform>
                <numerusform>… і ще %n тверджень</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>inspector.claim_form</name>
        <message>
            <location filename="../../annotator/ui/inspector/claim_form.py" line="23" />
            <source>&amp;Status:</source>
            <translation>&amp;Статус:</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/inspector/claim_form.py" line="22" />
            <source>&amp;Tags:</source>
            <translation>&amp;Теги:</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/inspector/claim_form.py" line="20" />
            <source>&amp;Verdict:</source>
            <translation>&amp;Вердикт:</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/inspector/claim_form.py" line="33" />
            <source>A short, checkable paraphrase</source>
            <translation>Короткий переказ, який можна перевірити</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/inspector/claim_form.py" line="18" />
            <source>Clai&amp;mant:</source>
            <translation>&amp;Автор твердження:</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/inspector/claim_form.py" line="19" />
            <source>Claim &amp;date:</source>
            <translation>&amp;Дата твердження:</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/inspector/claim_form.py" line="17" />
            <source>Claim as &amp;checked:</source>
            <translation>Твердження як &amp;перевірене:</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/inspector/claim_form.py" line="21" />
            <source>E&amp;xplanation:</source>
            <translation>&amp;Пояснення:</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/inspector/claim_form.py" line="24" />
            <source>Internal &amp;note:</source>
            <translation>Внутрішня &amp;примітка:</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/inspector/claim_form.py" line="49" />
            <source>Internal note (never exported)</source>
            <translation>Внутрішня примітка (ніколи не експортується)</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/inspector/claim_form.py" line="84" />
            <source>Unrated</source>
            <translation>Без оцінки</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/inspector/claim_form.py" line="35" />
            <source>Who made the claim</source>
            <translation>Хто зробив твердження</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/inspector/claim_form.py" line="40" />
            <source>Why this verdict: what the sources show</source>
            <translation>Чому цей вердикт: що показують джерела</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/inspector/claim_form.py" line="37" />
            <source>YYYY-MM-DD (or YYYY-MM)</source>
            <translation>РРРР-ММ-ДД (або РРРР-ММ)</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/inspector/claim_form.py" line="44" />
            <source>comma, separated, tags</source>
            <translation>теги, через, кому</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/inspector/claim_form.py" line="87" />
            <source>{label} (retired)</source>
            <translation>{label} (виведено з ужитку)</translation>
        </message>
    </context>
    <context>
        <name>inspector.comments_widget</name>
        <message>
            <location filename="../../annotator/ui/inspector/comments_widget.py" line="107" />
            <source>&amp;Reply</source>
            <translation>&amp;Відповісти</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/inspector/comments_widget.py" line="143" />
            <source>Comment</source>
            <translation>Коментар</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/inspector/comments_widget.py" line="109" />
            <source>Re&amp;open</source>
            <translation>&amp;Знову відкрити</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/inspector/comments_widget.py" line="108" />
            <source>Re&amp;solve</source>
            <translation>&amp;Розв'язати</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/inspector/comments_widget.py" line="313" />
            <source>Reply</source>
            <translation>Відповісти</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/inspector/comments_widget.py" line="311" />
            <source>Replying to {author} (Esc cancels)</source>
            <translation>Відповідь для {author} (Esc скасовує)</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/inspector/comments_widget.py" line="225" />
            <source>Resolved by {person} · {short_time}</source>
            <translation>Розв'язав(-ла) {person} · {short_time}</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/inspector/comments_widget.py" line="145" />
            <source>Send (Ctrl+Return)</source>
            <translation>Надіслати (Ctrl+Return)</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/inspector/comments_widget.py" line="394" />
            <source>That comment was deleted.</source>
            <translation>Цей коментар видалено.</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/inspector/comments_widget.py" line="139" />
            <source>Write a comment… (Ctrl+Return sends)</source>
            <translation>Напишіть коментар… (Ctrl+Return надсилає)</translation>
        </message>
    </context>
    <context>
        <name>inspector.history_widget</name>
        <message>
            <location filename="../../annotator/ui/inspector/history_widget.py" line="127" />
            <source>(empty)</source>
            <translation>(порожньо)</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/inspector/history_widget.py" line="126" />
            <source>Before:
{before}

After:
{after}</source>
            <translation>До:
{before}

Після:
{after}</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/inspector/history_widget.py" line="75" />
            <source>No changes recorded yet.</source>
            <translation>Змін ще не записано.</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/inspector/history_widget.py" line="39" />
            <source>added source {one_line}</source>
            <translation>додав(-ла) джерело {one_line}</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/inspector/history_widget.py" line="36" />
            <source>approval voided</source>
            <translation>схвалення анульовано</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/inspector/history_widget.py" line="30" />
            <source>created the claim on {quote}</source>
            <translation>створив(-ла) твердження щодо {quote}</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/inspector/history_widget.py" line="32" />
            <source>deleted the claim</source>
            <translation>видалив(-ла) твердження</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/inspector/history_widget.py" line="43" />
            <source>edited source {one_line}</source>
            <translation>відредагував(-ла) джерело {one_line}</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/inspector/history_widget.py" line="47" />
            <source>position</source>
            <translation>позиція</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/inspector/history_widget.py" line="41" />
            <source>removed source {one_line}</source>
            <translation>вилучив(-ла) джерело {one_line}</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/inspector/history_widget.py" line="34" />
            <source>restored the claim</source>
            <translation>відновив(-ла) твердження</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/inspector/history_widget.py" line="44" />
            <source>source: {old} → {new}</source>
            <translation>джерело: {old} → {new}</translation>
        </message>
    </context>
    <context>
        <name>inspector.inspector</name>
        <message>
            <location filename="../../annotator/ui/inspector/inspector.py" line="150" />
            <source>&amp;Add Source…</source>
            <translation>Додати &amp;джерело…</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/inspector/inspector.py" line="113" />
            <source>Blind review: a colleague's claim. Their verdict, explanation, note and sources are hidden until you reveal them; the verdict you choose is your own rating.</source>
            <translation>Сліпа рецензія: твердження колеги. Його вердикт, пояснення, примітку й джерела приховано, доки ви їх не розкриєте; вибраний вами вердикт — ваша власна оцінка.</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/inspector/inspector.py" line="288" />
            <source>Created by {author} · {format_time}
Last changed by {changer} · {format_time2}</source>
            <translation>Створив(-ла) {author} · {format_time}
Останні зміни: {changer} · {format_time2}</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/inspector/inspector.py" line="151" />
            <source>Edit…</source>
            <translation>Редагувати…</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/inspector/inspector.py" line="206" />
            <source>Hidden while you rate this article blind.</source>
            <translation>Приховано, поки ви оцінюєте цю статтю наосліп.</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/inspector/inspector.py" line="321" />
            <source>Orphaned: this passage is no longer in the article. It was:
“{original_exact}”</source>
            <translation>Осиротіле: цього фрагмента вже немає в статті. Він був таким:
«{original_exact}»</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/inspector/inspector.py" line="97" />
            <source>Quote</source>
            <translation>Цитата</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/inspector/inspector.py" line="152" />
            <source>Remove</source>
            <translation>Вилучити</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/inspector/inspector.py" line="69" />
            <source>Select text in the article and choose New Claim (Ctrl+E), or pick a claim in the list.</source>
            <translation>Виділіть текст у статті й виберіть «Нове твердження» (Ctrl+E) або виберіть твердження зі списку.</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/inspector/inspector.py" line="140" />
            <source>Sources</source>
            <translation>Джерела</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/inspector/inspector.py" line="316" />
            <source>The article changed; the claim was made on:
“{original_exact}”</source>
            <translation>Стаття змінилася; твердження було зроблено щодо:
«{original_exact}»</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/inspector/inspector.py" line="312" />
            <source>The article changed; this passage moved but its text is the same.</source>
            <translation>Стаття змінилася; цей фрагмент перемістився, але його текст той самий.</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/inspector/inspector.py" line="217" />
            <source>Your blind rating of this passage: stored as a rating, not as the claim's verdict.</source>
            <translation>Ваша сліпа оцінка цього фрагмента: зберігається як оцінка, а не як вердикт твердження.</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/inspector/inspector.py" line="352" />
            <source>accessed {date}</source>
            <translation>переглянуто {date}</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/inspector/inspector.py" line="345" />
            <source>protected (never exported)</source>
            <translation>захищене (ніколи не експортується)</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/inspector/inspector.py" line="363" />
            <source>{url}
Double-click or press Enter to open it in your browser.</source>
            <translation>{url}
Двічі клацніть або натисніть Enter, щоб відкрити в браузері.</translation>
        </message>
    </context>
    <context>
        <name>matching.matching_commands</name>
        <message>
            <location filename="../../annotator/ui/matching/matching_commands.py" line="18" />
            <source>Accept suggestion</source>
            <translation>Прийняти пропозицію</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/matching/matching_commands.py" line="39" />
            <source>Dismiss suggestion</source>
            <translation>Відхилити пропозицію</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/matching/matching_commands.py" line="56" />
            <source>Reuse fact-check</source>
            <translation>Використати фактчек</translation>
        </message>
    </context>
    <context>
        <name>matching.matching_controller</name>
        <message numerus="yes">
            <location filename="../../annotator/ui/matching/matching_controller.py" line="197" />
            <source>%n sentence(s) worth checking: Enter makes a claim, Delete dismisses</source>
            <translation>
                <numerusform>%n речення варте перевірки: Enter створює твердження, Delete відхиляє</numerusform>
                <numerusform>%n речення варті перевірки: Enter створює твердження, Delete відхиляє</numerusform>
                <numerusform>%n речень варті перевірки: Enter створює твердження, Delete відхиляє</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../annotator/ui/matching/matching_controller.py" line="58" />
            <source>&amp;Suggest Claims</source>
            <translation>&amp;Запропонувати твердження</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/matching/matching_controller.py" line="65" />
            <source>Already &amp;Checked?</source>
            <translation>Уже &amp;перевірено?</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/matching/matching_controller.py" line="46" />
            <source>Already Checked?</source>
            <translation>Уже перевірено?</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/matching/matching_controller.py" line="165" />
            <source>Cannot Import Fact-Checks</source>
            <translation>Не вдається імпортувати фактчеки</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/matching/matching_controller.py" line="44" />
            <source>Fact-Checks</source>
            <translation>Фактчеки</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/matching/matching_controller.py" line="31" />
            <source>Fact-checks (*.json *.jsonld *.jsonl *.ndjson *.csv *.tsv *.gz);;All files (*)</source>
            <translation>Фактчеки (*.json *.jsonld *.jsonl *.ndjson *.csv *.tsv *.gz);;Усі файли (*)</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/matching/matching_controller.py" line="170" />
            <source>Fact-checks from {name}: {added} added, {updated} updated, {unchanged} unchanged</source>
            <translation>Фактчеки з {name}: додано {added}, оновлено {updated}, без змін {unchanged}</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/matching/matching_controller.py" line="49" />
            <source>Import &amp;Fact-Checks…</source>
            <translation>Імпортувати &amp;фактчеки…</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/matching/matching_controller.py" line="156" />
            <source>Import Fact-Checks</source>
            <translation>Імпорт фактчеків</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/matching/matching_controller.py" line="68" />
            <source>Look the selected text up among fact-checks and approved claims</source>
            <translation>Пошукати виділений текст серед фактчеків і схвалених тверджень</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/matching/matching_controller.py" line="61" />
            <source>Mark the sentences most worth checking</source>
            <translation>Позначити речення, які найбільше варто перевірити</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/matching/matching_controller.py" line="52" />
            <source>Published fact-checks (ClaimReview JSON-LD, JSON Lines, CSV) as reference material</source>
            <translation>Опубліковані фактчеки (ClaimReview JSON-LD, JSON Lines, CSV) як довідкові матеріали</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/matching/matching_controller.py" line="246" />
            <source>Select some text of the article to look it up.</source>
            <translation>Виділіть фрагмент статті, щоб його пошукати.</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/matching/matching_controller.py" line="45" />
            <source>Suggestions</source>
            <translation>Пропозиції</translation>
        </message>
    </context>
    <context>
        <name>matching.matching_panels</name>
        <message numerus="yes">
            <location filename="../../annotator/ui/matching/matching_panels.py" line="146" />
            <source>%n possible match(es) for “{text}”</source>
            <translation>
                <numerusform>%n можливий збіг для «{text}»</numerusform>
                <numerusform>%n можливі збіги для «{text}»</numerusform>
                <numerusform>%n можливих збігів для «{text}»</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../annotator/ui/matching/matching_panels.py" line="74" />
            <source>%n shown, newest first; Enter opens the fact-check</source>
            <translation>
                <numerusform>Показано %n, спочатку новіші; Enter відкриває фактчек</numerusform>
                <numerusform>Показано %n, спочатку новіші; Enter відкриває фактчек</numerusform>
                <numerusform>Показано %n, спочатку новіші; Enter відкриває фактчек</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../annotator/ui/matching/matching_panels.py" line="100" />
            <source>&amp;Reuse Verdict and Source</source>
            <translation>&amp;Використати вердикт і джерело</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/matching/matching_panels.py" line="91" />
            <source>&lt;b&gt;Already checked?&lt;/b&gt;</source>
            <translation>&lt;b&gt;Уже перевірено?&lt;/b&gt;</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/matching/matching_panels.py" line="107" />
            <source>Check &amp;Selected Text</source>
            <translation>Перевірити &amp;виділений текст</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/matching/matching_panels.py" line="102" />
            <source>Copy the match's verdict to the claim, add the fact-check as a source, and note where it came from</source>
            <translation>Скопіювати вердикт збігу до твердження, додати фактчек як джерело й зазначити, звідки він</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/matching/matching_panels.py" line="200" />
            <source>Enter: make a claim of it · Delete: dismiss it</source>
            <translation>Enter: створити з нього твердження · Delete: відхилити</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/matching/matching_panels.py" line="75" />
            <source>No fact-checks here. File → Import Fact-Checks… adds them.</source>
            <translation>Тут немає фактчеків. Файл → Імпортувати фактчеки… додає їх.</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/matching/matching_panels.py" line="152" />
            <source>Nothing in the archive matches.</source>
            <translation>В архіві нічого не збігається.</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/matching/matching_panels.py" line="52" />
            <source>Search imported fact-checks…</source>
            <translation>Шукати в імпортованих фактчеках…</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/matching/matching_panels.py" line="154" />
            <source>Select a claim or some text.</source>
            <translation>Виберіть твердження або фрагмент тексту.</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/matching/matching_panels.py" line="138" />
            <source>fact-check</source>
            <translation>фактчек</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/matching/matching_panels.py" line="37" />
            <source>no verdict given</source>
            <translation>вердикт не вказано</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/matching/matching_panels.py" line="138" />
            <source>our claim</source>
            <translation>наше твердження</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/matching/matching_panels.py" line="37" />
            <source>unknown organisation</source>
            <translation>невідома організація</translation>
        </message>
    </context>
    <context>
        <name>project.article_actions</name>
        <message>
            <location filename="../../annotator/ui/project/article_actions.py" line="25" />
            <source>&amp;Remove Article…</source>
            <translation>&amp;Вилучити статтю…</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/project/article_actions.py" line="23" />
            <source>Article &amp;Properties…</source>
            <translation>&amp;Властивості статті…</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/project/article_actions.py" line="50" />
            <source>Remove</source>
            <translation>Вилучити</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/project/article_actions.py" line="50" />
            <source>Remove Article</source>
            <translation>Вилучити статтю</translation>
        </message>
        <message numerus="yes">
            <location filename="../../annotator/ui/project/article_actions.py" line="47" />
            <source>Remove “{title}” and its %n claim(s) from the project?
You can undo this.</source>
            <translation>
                <numerusform>Вилучити «{title}» і її %n твердження з проєкту?
Це можна скасувати.</numerusform>
                <numerusform>Вилучити «{title}» і її %n твердження з проєкту?
Це можна скасувати.</numerusform>
                <numerusform>Вилучити «{title}» і її %n тверджень з проєкту?
Це можна скасувати.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>project.files_controller</name>
        <message numerus="yes">
            <location filename="../../annotator/ui/project/files_controller.py" line="350" />
            <source>%n article(s).</source>
            <translation>
                <numerusform>%n стаття.</numerusform>
                <numerusform>%n статті.</numerusform>
                <numerusform>%n статей.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../annotator/ui/project/files_controller.py" line="76" />
            <source>&amp;New Project…</source>
            <translation>&amp;Новий проєкт…</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/project/files_controller.py" line="79" />
            <source>&amp;Open Project…</source>
            <translation>&amp;Відкрити проєкт…</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/project/files_controller.py" line="98" />
            <source>&amp;Preferences…</source>
            <translation>&amp;Налаштування…</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/project/files_controller.py" line="94" />
            <source>&amp;Verdict Scale…</source>
            <translation>Шкала &amp;вердиктів…</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/project/files_controller.py" line="95" />
            <source>Add, rename, reorder, recolour or retire verdicts</source>
            <translation>Додати, перейменувати, впорядкувати, перефарбувати або вивести з ужитку вердикти</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/project/files_controller.py" line="30" />
            <source>Annotator projects (*.annotator);;All files (*)</source>
            <translation>Проєкти Annotator (*.annotator);;Усі файли (*)</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/project/files_controller.py" line="122" />
            <source>Cannot Open Project</source>
            <translation>Не вдається відкрити проєкт</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/project/files_controller.py" line="351" />
            <source>Captures: {count} ({size} of stored pages and files; limit {limit} per capture).</source>
            <translation>Знімки: {count} ({size} збережених сторінок і файлів; ліміт {limit} на знімок).</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/project/files_controller.py" line="87" />
            <source>Copy the project to a new file and continue there</source>
            <translation>Скопіювати проєкт у новий файл і продовжити там</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/project/files_controller.py" line="234" />
            <source>Could not write {name}: {error}</source>
            <translation>Не вдалося записати {name}: {error}</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/project/files_controller.py" line="83" />
            <source>Go back to a copy made when the project was opened</source>
            <translation>Повернутися до копії, зробленої під час відкриття проєкту</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/project/files_controller.py" line="156" />
            <source>Leftover Change Log Not Applied</source>
            <translation>Залишковий журнал змін не застосовано</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/project/files_controller.py" line="190" />
            <source>New Project</source>
            <translation>Новий проєкт</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/project/files_controller.py" line="250" />
            <source>No recent projects</source>
            <translation>Немає нещодавніх проєктів</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/project/files_controller.py" line="69" />
            <source>Open &amp;Recent</source>
            <translation>Відкрити &amp;нещодавні</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/project/files_controller.py" line="206" />
            <source>Open Project</source>
            <translation>Відкрити проєкт</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/project/files_controller.py" line="91" />
            <source>Organisation, report URL, methodology and corrections policy</source>
            <translation>Організація, URL звіту, методологія і політика виправлень</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/project/files_controller.py" line="101" />
            <source>Project &amp;Properties…</source>
            <translation>&amp;Властивості проєкту…</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/project/files_controller.py" line="90" />
            <source>Project &amp;Settings…</source>
            <translation>&amp;Налаштування проєкту…</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/project/files_controller.py" line="154" />
            <source>Project Open Elsewhere</source>
            <translation>Проєкт відкрито деінде</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/project/files_controller.py" line="362" />
            <source>Project Properties</source>
            <translation>Властивості проєкту</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/project/files_controller.py" line="82" />
            <source>Restore from &amp;Backup…</source>
            <translation>Відновити з &amp;резервної копії…</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/project/files_controller.py" line="276" />
            <source>Restore from Backup</source>
            <translation>Відновити з резервної копії</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/project/files_controller.py" line="283" />
            <source>Restored the backup of {label}; the replaced file was kept as {name}.</source>
            <translation>Відновлено резервну копію від {label}; замінений файл збережено як {name}.</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/project/files_controller.py" line="86" />
            <source>Save &amp;As…</source>
            <translation>Зберегти &amp;як…</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/project/files_controller.py" line="237" />
            <source>Save As</source>
            <translation>Зберегти як</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/project/files_controller.py" line="218" />
            <source>Save Project As</source>
            <translation>Зберегти проєкт як</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/project/files_controller.py" line="102" />
            <source>Size of the project and of its captures</source>
            <translation>Розмір проєкту та його знімків</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/project/files_controller.py" line="306" />
            <source>The project was changed by another window; showing the latest (your undo history was cleared).</source>
            <translation>Проєкт змінено в іншому вікні; показано найновіше (історію скасувань очищено).</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/project/files_controller.py" line="189" />
            <source>Untitled.annotator</source>
            <translation>Без назви.annotator</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/project/files_controller.py" line="197" />
            <source>{name} already exists; open it instead, or choose another name.</source>
            <translation>{name} уже існує; відкрийте його або виберіть іншу назву.</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/project/files_controller.py" line="349" />
            <source>{name}: {size} on disk.</source>
            <translation>{name}: {size} на диску.</translation>
        </message>
    </context>
    <context>
        <name>project.library</name>
        <message>
            <location filename="../../annotator/ui/project/library.py" line="36" />
            <source>Claims</source>
            <translation>Твердження</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/project/library.py" line="36" />
            <source>Date</source>
            <translation>Дата</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/project/library.py" line="172" />
            <source>Filter articles…</source>
            <translation>Фільтрувати статті…</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/project/library.py" line="36" />
            <source>Publisher</source>
            <translation>Видання</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/project/library.py" line="36" />
            <source>Title</source>
            <translation>Заголовок</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/project/library.py" line="36" />
            <source>Verdicts</source>
            <translation>Вердикти</translation>
        </message>
    </context>
    <context>
        <name>project.preferences_controller</name>
        <message>
            <location filename="../../annotator/ui/project/preferences_controller.py" line="55" />
            <source>&amp;Default Text Size</source>
            <translation>&amp;Стандартний розмір тексту</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/project/preferences_controller.py" line="49" />
            <source>&amp;Larger Text</source>
            <translation>&amp;Більший текст</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/project/preferences_controller.py" line="52" />
            <source>&amp;Smaller Text</source>
            <translation>&amp;Менший текст</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/project/preferences_controller.py" line="57" />
            <source>&amp;View</source>
            <translation>&amp;Вигляд</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/project/preferences_controller.py" line="81" />
            <source>Article text: {reader_font_size:g} pt</source>
            <translation>Текст статті: {reader_font_size:g} пт</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/project/preferences_controller.py" line="70" />
            <source>The size of the article's text (also in Edit → Preferences)</source>
            <translation>Розмір тексту статті (також у Редагування → Налаштування)</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/project/preferences_controller.py" line="123" />
            <source>Your changes are now recorded as {name}.</source>
            <translation>Відтепер ваші зміни записуються як {name}.</translation>
        </message>
    </context>
    <context>
        <name>project.preferences_dialog</name>
        <message>
            <location filename="../../annotator/ui/project/preferences_dialog.py" line="105" />
            <source>&amp;Language:</source>
            <translation>&amp;Мова:</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/project/preferences_dialog.py" line="100" />
            <source>&amp;Theme:</source>
            <translation>&amp;Тема:</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/project/preferences_dialog.py" line="106" />
            <source>A new language applies when Annotator is next started.</source>
            <translation>Нова мова застосується під час наступного запуску Annotator.</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/project/preferences_dialog.py" line="77" />
            <source>Another font:</source>
            <translation>Інший шрифт:</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/project/preferences_dialog.py" line="34" />
            <source>Default serif (Georgia, Noto Serif, DejaVu Serif)</source>
            <translation>Стандартний шрифт із засічками (Georgia, Noto Serif, DejaVu Serif)</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/project/preferences_dialog.py" line="98" />
            <source>In the article: Ctrl++ larger, Ctrl+- smaller, Ctrl+0 back to 12 pt.</source>
            <translation>У статті: Ctrl++ більше, Ctrl+- менше, Ctrl+0 повертає 12 пт.</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/project/preferences_dialog.py" line="44" />
            <source>Preferences</source>
            <translation>Налаштування</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/project/preferences_dialog.py" line="94" />
            <source>Reader &amp;font:</source>
            <translation>&amp;Шрифт читача:</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/project/preferences_dialog.py" line="96" />
            <source>Reader text &amp;size:</source>
            <translation>&amp;Розмір тексту читача:</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/project/preferences_dialog.py" line="101" />
            <source>Show &amp;times in:</source>
            <translation>Показувати &amp;час у:</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/project/preferences_dialog.py" line="137" />
            <source>The system's language</source>
            <translation>Мова системи</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/project/preferences_dialog.py" line="103" />
            <source>Times are always stored in UTC; this changes only how they are shown.</source>
            <translation>Час завжди зберігається в UTC; це змінює лише спосіб показу.</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/project/preferences_dialog.py" line="51" />
            <source>You are person {short_id}: renaming changes how you are shown, never who you are.</source>
            <translation>Ви — особа {short_id}: перейменування змінює лише те, як вас показано, а не те, хто ви.</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/project/preferences_dialog.py" line="92" />
            <source>Your &amp;name:</source>
            <translation>Ваше &amp;ім'я:</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/project/preferences_dialog.py" line="55" />
            <source>Your name is shown as the author of what you create and change.</source>
            <translation>Ваше ім'я показується як автор того, що ви створюєте і змінюєте.</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/project/preferences_dialog.py" line="49" />
            <source>Your name, as colleagues will see it</source>
            <translation>Ваше ім'я, як його бачитимуть колеги</translation>
        </message>
    </context>
    <context>
        <name>project.restore_dialog</name>
        <message>
            <location filename="../../annotator/ui/project/restore_dialog.py" line="32" />
            <source>Annotator copies {project_name} each time you open it. Restoring replaces the project with the copy you choose; the current file is kept beside it, renamed, so nothing is lost.</source>
            <translation>Annotator копіює {project_name} щоразу, коли ви його відкриваєте. Відновлення замінює проєкт вибраною копією; поточний файл зберігається поруч під іншою назвою, тож нічого не втрачається.</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/project/restore_dialog.py" line="47" />
            <source>No backups of this project yet.</source>
            <translation>Резервних копій цього проєкту ще немає.</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/project/restore_dialog.py" line="49" />
            <source>Restore</source>
            <translation>Відновити</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/project/restore_dialog.py" line="29" />
            <source>Restore from Backup</source>
            <translation>Відновити з резервної копії</translation>
        </message>
    </context>
    <context>
        <name>project.settings_dialog</name>
        <message>
            <location filename="../../annotator/ui/project/settings_dialog.py" line="32" />
            <source>Corrections policy</source>
            <translation>Політика виправлень</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/project/settings_dialog.py" line="34" />
            <source>How readers can ask for a correction</source>
            <translation>Як читачі можуть попросити виправлення</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/project/settings_dialog.py" line="29" />
            <source>How you choose and check claims</source>
            <translation>Як ви обираєте й перевіряєте твердження</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/project/settings_dialog.py" line="29" />
            <source>Methodology</source>
            <translation>Методологія</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/project/settings_dialog.py" line="21" />
            <source>Organisation</source>
            <translation>Організація</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/project/settings_dialog.py" line="22" />
            <source>Organisation URL</source>
            <translation>URL організації</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/project/settings_dialog.py" line="42" />
            <source>Project Settings</source>
            <translation>Налаштування проєкту</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/project/settings_dialog.py" line="25" />
            <source>Report URL</source>
            <translation>URL звіту</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/project/settings_dialog.py" line="58" />
            <source>These appear in exported reports and in ClaimReview markup.</source>
            <translation>Це з'являється в експортованих звітах і в розмітці ClaimReview.</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/project/settings_dialog.py" line="27" />
            <source>Where the fact-check is published (claims link to #claim-N)</source>
            <translation>Де опубліковано фактчек (твердження посилаються на #claim-N)</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/project/settings_dialog.py" line="21" />
            <source>Your newsroom or fact-checking team</source>
            <translation>Ваша редакція чи команда фактчекерів</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/project/settings_dialog.py" line="56" />
            <source>{label}:</source>
            <translation>{label}:</translation>
        </message>
    </context>
    <context>
        <name>project.verdict_scale_dialog</name>
        <message numerus="yes">
            <location filename="../../annotator/ui/project/verdict_scale_dialog.py" line="130" />
            <source> · %n claim(s)</source>
            <translation>
                <numerusform> · %n твердження</numerusform>
                <numerusform> · %n твердження</numerusform>
                <numerusform> · %n тверджень</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../annotator/ui/project/verdict_scale_dialog.py" line="131" />
            <source> · retired</source>
            <translation> · виведено з ужитку</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/project/verdict_scale_dialog.py" line="102" />
            <source>&amp;Add…</source>
            <translation>&amp;Додати…</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/project/verdict_scale_dialog.py" line="103" />
            <source>&amp;Colour…</source>
            <translation>&amp;Колір…</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/project/verdict_scale_dialog.py" line="102" />
            <source>&amp;Rename…</source>
            <translation>&amp;Перейменувати…</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/project/verdict_scale_dialog.py" line="113" />
            <source>&amp;Undo</source>
            <translation>&amp;Скасувати</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/project/verdict_scale_dialog.py" line="103" />
            <source>&amp;Value…</source>
            <translation>&amp;Значення…</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/project/verdict_scale_dialog.py" line="165" />
            <source>Add Verdict</source>
            <translation>Додати вердикт</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/project/verdict_scale_dialog.py" line="168" />
            <source>Add verdict</source>
            <translation>Додати вердикт</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/project/verdict_scale_dialog.py" line="165" />
            <source>Label:</source>
            <translation>Назва:</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/project/verdict_scale_dialog.py" line="105" />
            <source>Move &amp;Down</source>
            <translation>Пере&amp;містити нижче</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/project/verdict_scale_dialog.py" line="104" />
            <source>Move &amp;Up</source>
            <translation>Пере&amp;містити вище</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/project/verdict_scale_dialog.py" line="87" />
            <source>Numbers are ClaimReview's ratingValue and order agreement statistics. A retired verdict stays on the claims that use it.</source>
            <translation>Числа — це ratingValue у ClaimReview і порядок для статистики узгодженості. Виведений з ужитку вердикт лишається на твердженнях, які його мають.</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/project/verdict_scale_dialog.py" line="205" />
            <source>Numeric Value</source>
            <translation>Числове значення</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/project/verdict_scale_dialog.py" line="106" />
            <source>Re&amp;move</source>
            <translation>&amp;Вилучити</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/project/verdict_scale_dialog.py" line="106" />
            <source>Re&amp;tire</source>
            <translation>Вивести з &amp;ужитку</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/project/verdict_scale_dialog.py" line="194" />
            <source>Recolour verdict</source>
            <translation>Змінити колір вердикту</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/project/verdict_scale_dialog.py" line="237" />
            <source>Remove verdict</source>
            <translation>Вилучити вердикт</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/project/verdict_scale_dialog.py" line="176" />
            <source>Rename Verdict</source>
            <translation>Перейменувати вердикт</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/project/verdict_scale_dialog.py" line="181" />
            <source>Rename verdict</source>
            <translation>Перейменувати вердикт</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/project/verdict_scale_dialog.py" line="221" />
            <source>Reorder verdicts</source>
            <translation>Змінити порядок вердиктів</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/project/verdict_scale_dialog.py" line="150" />
            <source>Res&amp;tore</source>
            <translation>&amp;Відновити</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/project/verdict_scale_dialog.py" line="229" />
            <source>Retire verdict</source>
            <translation>Вивести вердикт з ужитку</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/project/verdict_scale_dialog.py" line="212" />
            <source>Set verdict value</source>
            <translation>Задати значення вердикту</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/project/verdict_scale_dialog.py" line="70" />
            <source>Start from &amp;Template</source>
            <translation>Почати з &amp;шаблону</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/project/verdict_scale_dialog.py" line="74" />
            <source>Template:</source>
            <translation>Шаблон:</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/project/verdict_scale_dialog.py" line="114" />
            <source>U&amp;ndo</source>
            <translation>&amp;Скасувати</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/project/verdict_scale_dialog.py" line="189" />
            <source>Verdict Colour</source>
            <translation>Колір вердикту</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/project/verdict_scale_dialog.py" line="61" />
            <source>Verdict Scale</source>
            <translation>Шкала вердиктів</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/project/verdict_scale_dialog.py" line="243" />
            <source>Verdict scale: {template}</source>
            <translation>Шкала вердиктів: {template}</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/project/verdict_scale_dialog.py" line="206" />
            <source>Whole number of at least 1, or empty for none:</source>
            <translation>Ціле число від 1 або порожньо, якщо немає:</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/project/verdict_scale_dialog.py" line="126" />
            <source>no number</source>
            <translation>без числа</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/project/verdict_scale_dialog.py" line="128" />
            <source>value {value}</source>
            <translation>значення {value}</translation>
        </message>
    </context>
    <context>
        <name>reader.find_bar</name>
        <message>
            <location filename="../../annotator/ui/reader/find_bar.py" line="34" />
            <source>Close (Esc)</source>
            <translation>Закрити (Esc)</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/reader/find_bar.py" line="23" />
            <source>Find in article</source>
            <translation>Знайти в статті</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/reader/find_bar.py" line="37" />
            <source>Find:</source>
            <translation>Знайти:</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/reader/find_bar.py" line="31" />
            <source>Next match (F3 or Enter)</source>
            <translation>Наступний збіг (F3 або Enter)</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/reader/find_bar.py" line="28" />
            <source>Previous match (Shift+F3)</source>
            <translation>Попередній збіг (Shift+F3)</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/reader/find_bar.py" line="65" />
            <source>no matches</source>
            <translation>збігів немає</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/reader/find_bar.py" line="68" />
            <source>{current} of {total}</source>
            <translation>{current} з {total}</translation>
        </message>
    </context>
    <context>
        <name>reader.find_controller</name>
        <message>
            <location filename="../../annotator/ui/reader/find_controller.py" line="26" />
            <source>&amp;Find in Article…</source>
            <translation>&amp;Знайти в статті…</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/reader/find_controller.py" line="28" />
            <source>Find &amp;Next</source>
            <translation>Знайти &amp;далі</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/reader/find_controller.py" line="31" />
            <source>Find Pre&amp;vious</source>
            <translation>Знайти &amp;попереднє</translation>
        </message>
    </context>
    <context>
        <name>reader.page_gutter</name>
        <message>
            <location filename="../../annotator/ui/reader/page_gutter.py" line="29" />
            <source>Page and claim numbers</source>
            <translation>Номери сторінок і тверджень</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/reader/page_gutter.py" line="150" />
            <source>p. {page}</source>
            <translation>с. {page}</translation>
        </message>
    </context>
    <context>
        <name>review.adjudication_dialog</name>
        <message numerus="yes">
            <location filename="../../annotator/ui/review/adjudication_dialog.py" line="108" />
            <source>%n article(s) you rate blind: reveal first to adjudicate.</source>
            <translation>
                <numerusform>%n стаття, яку ви оцінюєте наосліп: розкрийте її, щоб ухвалити рішення.</numerusform>
                <numerusform>%n статті, які ви оцінюєте наосліп: розкрийте їх, щоб ухвалити рішення.</numerusform>
                <numerusform>%n статей, які ви оцінюєте наосліп: розкрийте їх, щоб ухвалити рішення.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../annotator/ui/review/adjudication_dialog.py" line="84" />
            <source>&amp;Note:</source>
            <translation>&amp;Примітка:</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/review/adjudication_dialog.py" line="79" />
            <source>&amp;Settle Verdict</source>
            <translation>&amp;Ухвалити вердикт</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/review/adjudication_dialog.py" line="53" />
            <source>Adjudicate Verdicts</source>
            <translation>Ухвалити вердикти</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/review/adjudication_dialog.py" line="83" />
            <source>Final &amp;verdict:</source>
            <translation>Остаточний &amp;вердикт:</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/review/adjudication_dialog.py" line="40" />
            <source>Final verdict</source>
            <translation>Остаточний вердикт</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/review/adjudication_dialog.py" line="58" />
            <source>Only passages still waiting for a final verdict</source>
            <translation>Лише фрагменти, що досі чекають остаточного вердикту</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/review/adjudication_dialog.py" line="40" />
            <source>Passage</source>
            <translation>Фрагмент</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/review/adjudication_dialog.py" line="40" />
            <source>Ratings</source>
            <translation>Оцінки</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/review/adjudication_dialog.py" line="109" />
            <source>Ratings stay as evidence; only the final verdict is published.</source>
            <translation>Оцінки лишаються як доказ; публікується лише остаточний вердикт.</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/review/adjudication_dialog.py" line="40" />
            <source>Settled by</source>
            <translation>Ухвалив(-ла)</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/review/adjudication_dialog.py" line="74" />
            <source>Unrated</source>
            <translation>Без оцінки</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/review/adjudication_dialog.py" line="78" />
            <source>Why this verdict (kept with the adjudication)</source>
            <translation>Чому цей вердикт (зберігається з рішенням)</translation>
        </message>
    </context>
    <context>
        <name>review.agreement_dialog</name>
        <message>
            <location filename="../../annotator/ui/review/agreement_dialog.py" line="119" />
            <source>&amp;Refresh</source>
            <translation>&amp;Оновити</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/review/agreement_dialog.py" line="54" />
            <source>Agreement</source>
            <translation>Узгодженість</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/review/agreement_dialog.py" line="232" />
            <source>All articles</source>
            <translation>Усі статті</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/review/agreement_dialog.py" line="51" />
            <source>Article</source>
            <translation>Стаття</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/review/agreement_dialog.py" line="55" />
            <source>Coefficient</source>
            <translation>Коефіцієнт</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/review/agreement_dialog.py" line="210" />
            <source>Current article: “{one_line}”.</source>
            <translation>Поточна стаття: «{one_line}».</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/review/agreement_dialog.py" line="288" />
            <source>Disagreements</source>
            <translation>Розбіжності</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/review/agreement_dialog.py" line="159" />
            <source>Disagreements (double-click to open the claim)</source>
            <translation>Розбіжності (двічі клацніть, щоб відкрити твердження)</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/review/agreement_dialog.py" line="292" />
            <source>Disagreements: {count} (double-click to open the claim)</source>
            <translation>Розбіжності: {count} (двічі клацніть, щоб відкрити твердження)</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/review/agreement_dialog.py" line="286" />
            <source>Disagreements: {hidden}</source>
            <translation>Розбіжності: {hidden}</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/review/agreement_dialog.py" line="59" />
            <source>Krippendorff's α (ordinal)</source>
            <translation>α Кріппендорфа (порядкова)</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/review/agreement_dialog.py" line="198" />
            <source>Open an article to rate it blind.</source>
            <translation>Відкрийте статтю, щоб оцінити її наосліп.</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/review/agreement_dialog.py" line="154" />
            <source>Passage</source>
            <translation>Фрагмент</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/review/agreement_dialog.py" line="108" />
            <source>Rate this article &amp;blind: hide colleagues' verdicts until I reveal them</source>
            <translation>Оцінювати цю статтю &amp;наосліп: приховати вердикти колег, доки я їх не розкрию</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/review/agreement_dialog.py" line="53" />
            <source>Rated by 2+</source>
            <translation>Оцінено 2+</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/review/agreement_dialog.py" line="52" />
            <source>Raters</source>
            <translation>Оцінювачі</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/review/agreement_dialog.py" line="100" />
            <source>Review Dashboard</source>
            <translation>Панель рецензування</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/review/agreement_dialog.py" line="154" />
            <source>Verdicts</source>
            <translation>Вердикти</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/review/agreement_dialog.py" line="205" />
            <source>You are rating “{one_line}” blind: colleagues' claims show as unrated. Untick to reveal their verdicts.</source>
            <translation>Ви оцінюєте «{one_line}» наосліп: твердження колег показано без оцінки. Зніміть позначку, щоб розкрити їхні вердикти.</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/review/agreement_dialog.py" line="49" />
            <source>hidden while you rate blind</source>
            <translation>приховано, поки ви оцінюєте наосліп</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/review/agreement_dialog.py" line="64" />
            <source>n/a</source>
            <translation>н/д</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/review/agreement_dialog.py" line="69" />
            <source>n/a (one rater)</source>
            <translation>н/д (один оцінювач)</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/review/agreement_dialog.py" line="241" />
            <source>nobody</source>
            <translation>ніхто</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/review/agreement_dialog.py" line="58" />
            <source>weighted κ (quadratic)</source>
            <translation>зважена κ (квадратична)</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/review/agreement_dialog.py" line="242" />
            <source>{paired} of {units}</source>
            <translation>{paired} з {units}</translation>
        </message>
    </context>
    <context>
        <name>review.blind</name>
        <message>
            <location filename="../../annotator/ui/review/blind.py" line="99" />
            <source>You are rating “{title}” blind: an export would show colleagues' verdicts. Reveal them in the Review Dashboard first.</source>
            <translation>Ви оцінюєте «{title}» наосліп: експорт показав би вердикти колег. Спершу розкрийте їх у Панелі рецензування.</translation>
        </message>
    </context>
    <context>
        <name>review.blind_conflicts</name>
        <message>
            <location filename="../../annotator/ui/review/blind_conflicts.py" line="17" />
            <source>(deleted)</source>
            <translation>(видалено)</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/review/blind_conflicts.py" line="18" />
            <source>(hidden while you rate this article blind)</source>
            <translation>(приховано, поки ви оцінюєте цю статтю наосліп)</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/review/blind_conflicts.py" line="19" />
            <source>This conflict holds a colleague's judgement of a passage you rate blind. Reveal their verdicts in the Review Dashboard first, then resolve it.</source>
            <translation>Цей конфлікт містить судження колеги про фрагмент, який ви оцінюєте наосліп. Спершу розкрийте їхні вердикти в Панелі рецензування, потім розв'яжіть конфлікт.</translation>
        </message>
    </context>
    <context>
        <name>review.conflicts_panel</name>
        <message>
            <location filename="../../annotator/ui/review/conflicts_panel.py" line="162" />
            <source> (they deleted it)</source>
            <translation> (вони видалили)</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/review/conflicts_panel.py" line="160" />
            <source> (you deleted it)</source>
            <translation> (ви видалили)</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/review/conflicts_panel.py" line="245" />
            <source>&amp;Edit Result…</source>
            <translation>&amp;Редагувати результат…</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/review/conflicts_panel.py" line="125" />
            <source>(unknown verdict)</source>
            <translation>(невідомий вердикт)</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/review/conflicts_panel.py" line="78" />
            <source>Accessed</source>
            <translation>Переглянуто</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/review/conflicts_panel.py" line="80" />
            <source>Added by</source>
            <translation>Додав(-ла)</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/review/conflicts_panel.py" line="72" />
            <source>Anchor</source>
            <translation>Прив'язка</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/review/conflicts_panel.py" line="78" />
            <source>Archive URL</source>
            <translation>URL архіву</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/review/conflicts_panel.py" line="61" />
            <source>Article</source>
            <translation>Стаття</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/review/conflicts_panel.py" line="72" />
            <source>Author</source>
            <translation>Автор</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/review/conflicts_panel.py" line="77" />
            <source>Author of the source</source>
            <translation>Автор джерела</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/review/conflicts_panel.py" line="73" />
            <source>Changed at</source>
            <translation>Коли змінено</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/review/conflicts_panel.py" line="73" />
            <source>Changed by</source>
            <translation>Ким змінено</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/review/conflicts_panel.py" line="361" />
            <source>Changed on both sides; found {short_time}.</source>
            <translation>Змінено з обох боків; виявлено {short_time}.</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/review/conflicts_panel.py" line="58" />
            <source>Claim</source>
            <translation>Твердження</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/review/conflicts_panel.py" line="67" />
            <source>Claim as checked</source>
            <translation>Твердження як перевірене</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/review/conflicts_panel.py" line="68" />
            <source>Claim date</source>
            <translation>Дата твердження</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/review/conflicts_panel.py" line="68" />
            <source>Claimant</source>
            <translation>Автор твердження</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/review/conflicts_panel.py" line="60" />
            <source>Comment</source>
            <translation>Коментар</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/review/conflicts_panel.py" line="410" />
            <source>Could not resolve: {text}</source>
            <translation>Не вдалося розв'язати: {text}</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/review/conflicts_panel.py" line="378" />
            <source>Different on the two sides</source>
            <translation>Відрізняється з двох боків</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/review/conflicts_panel.py" line="171" />
            <source>Edit Merged Claim</source>
            <translation>Редагувати злите твердження</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/review/conflicts_panel.py" line="79" />
            <source>Excerpt</source>
            <translation>Уривок</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/review/conflicts_panel.py" line="69" />
            <source>Explanation</source>
            <translation>Пояснення</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/review/conflicts_panel.py" line="282" />
            <source>Field</source>
            <translation>Поле</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/review/conflicts_panel.py" line="318" />
            <source>Found by the merge of {short_time}</source>
            <translation>Виявлено під час злиття {short_time}</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/review/conflicts_panel.py" line="71" />
            <source>Internal note</source>
            <translation>Внутрішня примітка</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/review/conflicts_panel.py" line="243" />
            <source>Keep &amp;Mine</source>
            <translation>Залишити &amp;моє</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/review/conflicts_panel.py" line="244" />
            <source>Keep &amp;Theirs</source>
            <translation>Залишити &amp;їхнє</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/review/conflicts_panel.py" line="79" />
            <source>Kind</source>
            <translation>Тип</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/review/conflicts_panel.py" line="79" />
            <source>Locator</source>
            <translation>Локатор</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/review/conflicts_panel.py" line="282" />
            <source>Mine</source>
            <translation>Моє</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/review/conflicts_panel.py" line="80" />
            <source>Order</source>
            <translation>Порядок</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/review/conflicts_panel.py" line="71" />
            <source>Position</source>
            <translation>Позиція</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/review/conflicts_panel.py" line="76" />
            <source>Publisher</source>
            <translation>Видання</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/review/conflicts_panel.py" line="67" />
            <source>Quote</source>
            <translation>Цитата</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/review/conflicts_panel.py" line="84" />
            <source>Resolved</source>
            <translation>Розв'язано</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/review/conflicts_panel.py" line="418" />
            <source>Resolved {summary}: {how}. {note}</source>
            <translation>Розв'язано {summary}: {how}. {note}</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/review/conflicts_panel.py" line="53" />
            <source>Resolving a conflict cannot be undone: it is saved at once as a new version, which colleagues receive when they merge your project.</source>
            <translation>Розв'язання конфлікту не можна скасувати: його одразу збережено як нову версію, яку колеги отримають, коли зіллють ваш проєкт.</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/review/conflicts_panel.py" line="59" />
            <source>Source</source>
            <translation>Джерело</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/review/conflicts_panel.py" line="77" />
            <source>Source date</source>
            <translation>Дата джерела</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/review/conflicts_panel.py" line="80" />
            <source>Stance</source>
            <translation>Позиція</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/review/conflicts_panel.py" line="70" />
            <source>Status</source>
            <translation>Статус</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/review/conflicts_panel.py" line="70" />
            <source>Tags</source>
            <translation>Теги</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/review/conflicts_panel.py" line="84" />
            <source>Text</source>
            <translation>Текст</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/review/conflicts_panel.py" line="408" />
            <source>That conflict no longer exists.</source>
            <translation>Цього конфлікту вже немає.</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/review/conflicts_panel.py" line="282" />
            <source>Theirs</source>
            <translation>Їхнє</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/review/conflicts_panel.py" line="76" />
            <source>Title</source>
            <translation>Заголовок</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/review/conflicts_panel.py" line="125" />
            <source>Unrated</source>
            <translation>Без оцінки</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/review/conflicts_panel.py" line="188" />
            <source>Use This Version</source>
            <translation>Використати цю версію</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/review/conflicts_panel.py" line="62" />
            <source>Verdict</source>
            <translation>Вердикт</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/review/conflicts_panel.py" line="85" />
            <source>Written at</source>
            <translation>Коли написано</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/review/conflicts_panel.py" line="413" />
            <source>kept your version</source>
            <translation>залишено вашу версію</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/review/conflicts_panel.py" line="147" />
            <source>on a passage you rate blind</source>
            <translation>щодо фрагмента, який ви оцінюєте наосліп</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/review/conflicts_panel.py" line="413" />
            <source>took their version</source>
            <translation>взято їхню версію</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/review/conflicts_panel.py" line="414" />
            <source>used your edited version</source>
            <translation>використано вашу відредаговану версію</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/review/conflicts_panel.py" line="155" />
            <source>verdict “{label}”</source>
            <translation>вердикт «{label}»</translation>
        </message>
    </context>
    <context>
        <name>review.rating_commands</name>
        <message>
            <location filename="../../annotator/ui/review/rating_commands.py" line="58" />
            <source>Adjudicate verdict</source>
            <translation>Ухвалити вердикт</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/review/rating_commands.py" line="29" />
            <source>Rate passage</source>
            <translation>Оцінити фрагмент</translation>
        </message>
    </context>
    <context>
        <name>review.review_commands</name>
        <message>
            <location filename="../../annotator/ui/review/review_commands.py" line="129" />
            <source>Add comment</source>
            <translation>Додати коментар</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/review/review_commands.py" line="36" />
            <source>Approve claim</source>
            <translation>Схвалити твердження</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/review/review_commands.py" line="257" />
            <source>Delete comment</source>
            <translation>Видалити коментар</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/review/review_commands.py" line="230" />
            <source>Edit comment</source>
            <translation>Редагувати коментар</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/review/review_commands.py" line="34" />
            <source>Move claim back to draft</source>
            <translation>Повернути твердження в чернетку</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/review/review_commands.py" line="208" />
            <source>Reopen comment thread</source>
            <translation>Знову відкрити гілку коментарів</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/review/review_commands.py" line="149" />
            <source>Reply to comment</source>
            <translation>Відповісти на коментар</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/review/review_commands.py" line="37" />
            <source>Request changes</source>
            <translation>Попросити зміни</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/review/review_commands.py" line="203" />
            <source>Resolve comment thread</source>
            <translation>Закрити гілку коментарів</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/review/review_commands.py" line="35" />
            <source>Submit claim for review</source>
            <translation>Надіслати твердження на рецензію</translation>
        </message>
    </context>
    <context>
        <name>review.review_controller</name>
        <message numerus="yes">
            <location filename="../../annotator/ui/review/review_controller.py" line="272" />
            <source>%n merge conflict(s) to resolve.</source>
            <translation>
                <numerusform>%n конфлікт злиття треба розв'язати.</numerusform>
                <numerusform>%n конфлікти злиття треба розв'язати.</numerusform>
                <numerusform>%n конфліктів злиття треба розв'язати.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../annotator/ui/review/review_controller.py" line="105" />
            <source>&amp;Adjudicate Verdicts…</source>
            <translation>&amp;Ухвалити вердикти…</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/review/review_controller.py" line="116" />
            <source>&amp;Conflicts Panel</source>
            <translation>Панель &amp;конфліктів</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/review/review_controller.py" line="110" />
            <source>&amp;Merge Colleague's Project…</source>
            <translation>&amp;Злити проєкт колеги…</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/review/review_controller.py" line="119" />
            <source>&amp;Review</source>
            <translation>&amp;Рецензування</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/review/review_controller.py" line="89" />
            <source>&amp;Review Mode</source>
            <translation>Режим &amp;рецензування</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/review/review_controller.py" line="102" />
            <source>Agreement between raters, disagreements, blind second review</source>
            <translation>Узгодженість між оцінювачами, розбіжності, друга сліпа рецензія</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/review/review_controller.py" line="112" />
            <source>Bring a colleague's articles, claims, sources and comments into this project</source>
            <translation>Перенести в цей проєкт статті, твердження, джерела й коментарі колеги</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/review/review_controller.py" line="63" />
            <source>Comments</source>
            <translation>Коментарі</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/review/review_controller.py" line="235" />
            <source>Comments ({count})</source>
            <translation>Коментарі ({count})</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/review/review_controller.py" line="69" />
            <source>Conflicts</source>
            <translation>Конфлікти</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/review/review_controller.py" line="256" />
            <source>Edit → Undo takes the whole merge back.</source>
            <translation>Редагування → Скасувати відкочує все злиття.</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/review/review_controller.py" line="64" />
            <source>History</source>
            <translation>Історія</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/review/review_controller.py" line="98" />
            <source>Review &amp;All Articles</source>
            <translation>Рецензувати &amp;всі статті</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/review/review_controller.py" line="100" />
            <source>Review &amp;Dashboard…</source>
            <translation>Панель &amp;рецензування…</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/review/review_controller.py" line="66" />
            <source>Review Mode</source>
            <translation>Режим рецензування</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/review/review_controller.py" line="107" />
            <source>Settle one final verdict for each passage rated by two or more people</source>
            <translation>Ухвалити один остаточний вердикт для кожного фрагмента, який оцінили двоє чи більше людей</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/review/review_controller.py" line="92" />
            <source>Step through the claims waiting for your review: J/K next/previous, A approve, R request changes</source>
            <translation>Переглядати твердження, що чекають на вашу рецензію: J/K далі/назад, A схвалити, R попросити зміни</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/review/review_controller.py" line="188" />
            <source>{name} (hidden: blind)</source>
            <translation>{name} (приховано: наосліп)</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/review/review_controller.py" line="181" />
            <source>{name} of a colleague's claim are hidden while you rate blind.</source>
            <translation>{name} твердження колеги приховано, поки ви оцінюєте наосліп.</translation>
        </message>
    </context>
    <context>
        <name>review.review_mode</name>
        <message>
            <location filename="../../annotator/ui/review/review_mode.py" line="283" />
            <source>(This claim was deleted.)</source>
            <translation>(Це твердження видалено.)</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/review/review_mode.py" line="298" />
            <source>(no explanation)</source>
            <translation>(без пояснення)</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/review/review_mode.py" line="291" />
            <source>(not written)</source>
            <translation>(не написано)</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/review/review_mode.py" line="395" />
            <source>All claims in the queue are reviewed. Esc leaves review mode.</source>
            <translation>Усі твердження в черзі перевірено. Esc виходить із режиму рецензування.</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/review/review_mode.py" line="169" />
            <source>Approve</source>
            <translation>Схвалити</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/review/review_mode.py" line="300" />
            <source>By {display_name}</source>
            <translation>Автор: {display_name}</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/review/review_mode.py" line="90" />
            <source>Claim as checked</source>
            <translation>Твердження як перевірене</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/review/review_mode.py" line="92" />
            <source>Explanation</source>
            <translation>Пояснення</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/review/review_mode.py" line="44" />
            <source>J/→ next · K/← previous · A approve · R request changes · Esc leave</source>
            <translation>J/→ далі · K/← назад · A схвалити · R попросити зміни · Esc вийти</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/review/review_mode.py" line="171" />
            <source>Leave Review Mode</source>
            <translation>Вийти з режиму рецензування</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/review/review_mode.py" line="168" />
            <source>Next</source>
            <translation>Далі</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/review/review_mode.py" line="40" />
            <source>Nothing is waiting for your review — claims appear here when their author marks them Ready for review (the Status field in the inspector). Your own claims go to a colleague.</source>
            <translation>Ніщо не чекає на вашу рецензію — твердження з'являються тут, коли автор позначає їх «Готово до рецензії» (поле «Статус» в інспекторі). Ваші власні твердження рецензує колега.</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/review/review_mode.py" line="167" />
            <source>Previous</source>
            <translation>Назад</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/review/review_mode.py" line="89" />
            <source>Quote</source>
            <translation>Цитата</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/review/review_mode.py" line="170" />
            <source>Request Changes…</source>
            <translation>Попросити зміни…</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/review/review_mode.py" line="339" />
            <source>Say what should change before requesting changes.</source>
            <translation>Перш ніж просити зміни, напишіть, що треба змінити.</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/review/review_mode.py" line="93" />
            <source>Sources</source>
            <translation>Джерела</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/review/review_mode.py" line="360" />
            <source>This claim was deleted.</source>
            <translation>Це твердження видалено.</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/review/review_mode.py" line="294" />
            <source>Unrated</source>
            <translation>Без оцінки</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/review/review_mode.py" line="91" />
            <source>Verdict</source>
            <translation>Вердикт</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/review/review_mode.py" line="151" />
            <source>What should change? (Ctrl+Return requests changes, Esc cancels)</source>
            <translation>Що треба змінити? (Ctrl+Return просить зміни, Esc скасовує)</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/review/review_mode.py" line="263" />
            <source>{current} of {total}</source>
            <translation>{current} з {total}</translation>
        </message>
    </context>
    <context>
        <name>search.search_controller</name>
        <message>
            <location filename="../../annotator/ui/search/search_controller.py" line="27" />
            <source>&amp;Search All Articles…</source>
            <translation>&amp;Шукати в усіх статтях…</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/search/search_controller.py" line="28" />
            <source>Full-text search over every article and claim</source>
            <translation>Повнотекстовий пошук у всіх статтях і твердженнях</translation>
        </message>
    </context>
    <context>
        <name>search.search_panel</name>
        <message numerus="yes">
            <location filename="../../annotator/ui/search/search_panel.py" line="67" />
            <source>%n result(s)</source>
            <translation>
                <numerusform>%n результат</numerusform>
                <numerusform>%n результати</numerusform>
                <numerusform>%n результатів</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../annotator/ui/search/search_panel.py" line="69" />
            <source>%n result(s), the best of each kind; add words to find others</source>
            <translation>
                <numerusform>%n результат, найкращі кожного виду; додайте слова, щоб знайти інші</numerusform>
                <numerusform>%n результати, найкращі кожного виду; додайте слова, щоб знайти інші</numerusform>
                <numerusform>%n результатів, найкращі кожного виду; додайте слова, щоб знайти інші</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../annotator/ui/search/search_panel.py" line="21" />
            <source>Article details</source>
            <translation>Дані статті</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/search/search_panel.py" line="20" />
            <source>Article text</source>
            <translation>Текст статті</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/search/search_panel.py" line="22" />
            <source>Claim</source>
            <translation>Твердження</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/search/search_panel.py" line="24" />
            <source>Comment on a claim</source>
            <translation>Коментар до твердження</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/search/search_panel.py" line="36" />
            <source>Search all articles and claims…</source>
            <translation>Шукати в усіх статтях і твердженнях…</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/search/search_panel.py" line="23" />
            <source>Source of a claim</source>
            <translation>Джерело твердження</translation>
        </message>
    </context>
    <context>
        <name>versions.revisions_panel</name>
        <message numerus="yes">
            <location filename="../../annotator/ui/versions/revisions_panel.py" line="40" />
            <source>%n changed</source>
            <translation>
                <numerusform>%n змінене</numerusform>
                <numerusform>%n змінені</numerusform>
                <numerusform>%n змінених</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../annotator/ui/versions/revisions_panel.py" line="38" />
            <source>%n moved</source>
            <translation>
                <numerusform>%n переміщене</numerusform>
                <numerusform>%n переміщені</numerusform>
                <numerusform>%n переміщених</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../annotator/ui/versions/revisions_panel.py" line="41" />
            <source>%n orphaned</source>
            <translation>
                <numerusform>%n осиротіле</numerusform>
                <numerusform>%n осиротілі</numerusform>
                <numerusform>%n осиротілих</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../annotator/ui/versions/revisions_panel.py" line="63" />
            <source>&amp;Accept New Place</source>
            <translation>&amp;Прийняти нове місце</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/versions/revisions_panel.py" line="65" />
            <source>&amp;Use Selection</source>
            <translation>&amp;Використати виділення</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/versions/revisions_panel.py" line="158" />
            <source>&lt;p&gt;&lt;b&gt;No longer in the article.&lt;/b&gt; The claim was made on:&lt;/p&gt;&lt;blockquote&gt;{struck}&lt;/blockquote&gt;</source>
            <translation>&lt;p&gt;&lt;b&gt;Цього вже немає в статті.&lt;/b&gt; Твердження було зроблено щодо:&lt;/p&gt;&lt;blockquote&gt;{struck}&lt;/blockquote&gt;</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/versions/revisions_panel.py" line="163" />
            <source>&lt;p&gt;&lt;b&gt;Old → new passage&lt;/b&gt;&lt;/p&gt;&lt;p&gt;{diff_html}&lt;/p&gt;</source>
            <translation>&lt;p&gt;&lt;b&gt;Старий → новий фрагмент&lt;/b&gt;&lt;/p&gt;&lt;p&gt;{diff_html}&lt;/p&gt;</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/versions/revisions_panel.py" line="73" />
            <source>Article &amp;Diff…</source>
            <translation>&amp;Різниця в статті…</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/versions/revisions_panel.py" line="30" />
            <source>Changed</source>
            <translation>Змінене</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/versions/revisions_panel.py" line="69" />
            <source>Keep as &amp;Orphan</source>
            <translation>Залишити як &amp;осиротіле</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/versions/revisions_panel.py" line="29" />
            <source>Moved</source>
            <translation>Переміщене</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/versions/revisions_panel.py" line="31" />
            <source>Orphaned</source>
            <translation>Осиротіле</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/versions/revisions_panel.py" line="67" />
            <source>Select the passage in the article, then press this to anchor the claim there</source>
            <translation>Виділіть фрагмент у статті й натисніть тут, щоб прив'язати до нього твердження</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/versions/revisions_panel.py" line="64" />
            <source>The claim now refers to the highlighted passage</source>
            <translation>Твердження тепер стосується виділеного фрагмента</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/versions/revisions_panel.py" line="71" />
            <source>The claim's text is no longer in the article; keep it, marked orphaned</source>
            <translation>Тексту твердження вже немає в статті; залишити його з позначкою «осиротіле»</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/versions/revisions_panel.py" line="119" />
            <source>Version {version}: every claim is where it was.</source>
            <translation>Версія {version}: кожне твердження там, де й було.</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/versions/revisions_panel.py" line="113" />
            <source>Version {version}: {counts}. Check each one.</source>
            <translation>Версія {version}: {counts}. Перевірте кожне.</translation>
        </message>
    </context>
    <context>
        <name>versions.version_dialogs</name>
        <message numerus="yes">
            <location filename="../../annotator/ui/versions/version_dialogs.py" line="160" />
            <source>%n changed passage(s): {inserted} inserted, {deleted} deleted, {replaced} changed.</source>
            <translation>
                <numerusform>%n змінений фрагмент: вставлено {inserted}, видалено {deleted}, змінено {replaced}.</numerusform>
                <numerusform>%n змінені фрагменти: вставлено {inserted}, видалено {deleted}, змінено {replaced}.</numerusform>
                <numerusform>%n змінених фрагментів: вставлено {inserted}, видалено {deleted}, змінено {replaced}.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../annotator/ui/versions/version_dialogs.py" line="124" />
            <source>&amp;Note This Change</source>
            <translation>&amp;Зафіксувати цю зміну</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/versions/version_dialogs.py" line="197" />
            <source>(nothing)</source>
            <translation>(нічого)</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/versions/version_dialogs.py" line="191" />
            <source>Changed without notice between version {old_version} and version {new_version}.
Before: “{before}”
After: “{after}”</source>
            <translation>Змінено без попередження між версією {old_version} і версією {new_version}.
До: «{before}»
Після: «{after}»</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/versions/version_dialogs.py" line="48" />
            <source>Choose…</source>
            <translation>Вибрати…</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/versions/version_dialogs.py" line="106" />
            <source>Compare Versions — {title}</source>
            <translation>Порівняти версії — {title}</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/versions/version_dialogs.py" line="45" />
            <source>From &amp;pasted text:</source>
            <translation>Зі &amp;вставленого тексту:</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/versions/version_dialogs.py" line="44" />
            <source>From a &amp;file:</source>
            <translation>З &amp;файлу:</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/versions/version_dialogs.py" line="134" />
            <source>From:</source>
            <translation>Від:</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/versions/version_dialogs.py" line="126" />
            <source>Make a claim of the changed passage (tagged “silent edit”) so it is reported</source>
            <translation>Створити твердження зі зміненого фрагмента (з тегом «silent edit»), щоб воно потрапило у звіт</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/versions/version_dialogs.py" line="75" />
            <source>New Version</source>
            <translation>Нова версія</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/versions/version_dialogs.py" line="166" />
            <source>No differences.</source>
            <translation>Відмінностей немає.</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/versions/version_dialogs.py" line="52" />
            <source>Paste the article's current text here</source>
            <translation>Вставте сюди поточний текст статті</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/versions/version_dialogs.py" line="58" />
            <source>The new text of “{title}” is stored as a new version (the old ones are kept), and every claim is found again in it.</source>
            <translation>Новий текст «{title}» зберігається як нова версія (старі лишаються), і кожне твердження знаходиться в ньому наново.</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/versions/version_dialogs.py" line="136" />
            <source>To:</source>
            <translation>До:</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/versions/version_dialogs.py" line="64" />
            <source>Update</source>
            <translation>Оновити</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/versions/version_dialogs.py" line="42" />
            <source>Update from New Version</source>
            <translation>Оновити з нової версії</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/versions/version_dialogs.py" line="113" />
            <source>Version {number} · {format_time} · {author}</source>
            <translation>Версія {number} · {format_time} · {author}</translation>
        </message>
    </context>
    <context>
        <name>versions.versions_controller</name>
        <message>
            <location filename="../../annotator/ui/versions/versions_controller.py" line="46" />
            <source>&amp;Compare Versions…</source>
            <translation>&amp;Порівняти версії…</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/versions/versions_controller.py" line="42" />
            <source>&amp;Update from New Version…</source>
            <translation>&amp;Оновити з нової версії…</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/versions/versions_controller.py" line="146" />
            <source>Accept new place of claim</source>
            <translation>Прийняти нове місце твердження</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/versions/versions_controller.py" line="167" />
            <source>Keep claim as orphan</source>
            <translation>Залишити твердження осиротілим</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/versions/versions_controller.py" line="162" />
            <source>Move claim to selection</source>
            <translation>Перемістити твердження на виділення</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/versions/versions_controller.py" line="136" />
            <source>Revisions</source>
            <translation>Ревізії</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/versions/versions_controller.py" line="136" />
            <source>Revisions ({count})</source>
            <translation>Ревізії ({count})</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/versions/versions_controller.py" line="153" />
            <source>Select the passage in the article the claim now refers to, then press Use Selection.</source>
            <translation>Виділіть у статті фрагмент, до якого тепер належить твердження, і натисніть «Використати виділення».</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/versions/versions_controller.py" line="111" />
            <source>The article was changed without notice.</source>
            <translation>Статтю змінено без попередження.</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/versions/versions_controller.py" line="43" />
            <source>The article was edited: store its new text and find every claim again</source>
            <translation>Статтю відредаговано: зберегти новий текст і знову знайти кожне твердження</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/versions/versions_controller.py" line="85" />
            <source>Update from New Version</source>
            <translation>Оновити з нової версії</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/versions/versions_controller.py" line="47" />
            <source>What changed between two versions of the article</source>
            <translation>Що змінилося між двома версіями статті</translation>
        </message>
    </context>
    <context>
        <name>window_frame</name>
        <message>
            <location filename="../../annotator/ui/window_frame.py" line="86" />
            <source>&amp;Article</source>
            <translation>&amp;Стаття</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/window_frame.py" line="76" />
            <source>&amp;Claim</source>
            <translation>&amp;Твердження</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/window_frame.py" line="70" />
            <source>&amp;Edit</source>
            <translation>&amp;Редагування</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/window_frame.py" line="60" />
            <source>&amp;File</source>
            <translation>&amp;Файл</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/window_frame.py" line="94" />
            <source>&amp;Help</source>
            <translation>&amp;Довідка</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/window_frame.py" line="92" />
            <source>&amp;Project</source>
            <translation>&amp;Проєкт</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/window_frame.py" line="45" />
            <source>Claim</source>
            <translation>Твердження</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/window_frame.py" line="34" />
            <source>Claims</source>
            <translation>Твердження</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/window_frame.py" line="102" />
            <source>Main</source>
            <translation>Головна</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/window_frame.py" line="35" />
            <source>Revisions</source>
            <translation>Ревізії</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/window_frame.py" line="36" />
            <source>Search</source>
            <translation>Пошук</translation>
        </message>
    </context>
</TS>
