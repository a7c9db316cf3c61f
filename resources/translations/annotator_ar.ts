<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar">
    <context>
        <name>AccessibleText</name>
        <message>
            <location filename="../../annotator/ui/common/accessibility.py" line="58" />
            <source>A note for the team, never exported</source>
            <translation>ملاحظة للفريق، لا تُصدَّر أبدًا</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/common/accessibility.py" line="190" />
            <source>A ready-made verdict scale</source>
            <translation>سلّم أحكام جاهز</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/common/accessibility.py" line="158" />
            <source>A source who asked not to be named</source>
            <translation>مصدر طلب عدم ذكر اسمه</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/common/accessibility.py" line="191" />
            <source>Add</source>
            <translation>إضافة</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/common/accessibility.py" line="60" />
            <source>Add Source</source>
            <translation>إضافة مصدر</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/common/accessibility.py" line="191" />
            <source>Add a verdict to the scale</source>
            <translation>إضافة حكم إلى السلّم</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/common/accessibility.py" line="148" />
            <source>Add agreement between reviewers</source>
            <translation>إضافة الاتفاق بين المراجعين</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/common/accessibility.py" line="216" />
            <source>Agreement</source>
            <translation>الاتفاق</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/common/accessibility.py" line="148" />
            <source>Agreement appendix</source>
            <translation>ملحق الاتفاق</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/common/accessibility.py" line="144" />
            <source>All articles</source>
            <translation>كل المقالات</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/common/accessibility.py" line="146" />
            <source>Allow incomplete</source>
            <translation>السماح بمستند غير مكتمل</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/common/accessibility.py" line="201" />
            <source>Allow local addresses</source>
            <translation>السماح بالعناوين المحلية</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/common/accessibility.py" line="145" />
            <source>Also claims not yet approved</source>
            <translation>والادعاءات التي لم تُعتمد بعد أيضًا</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/common/accessibility.py" line="117" />
            <source>Approve</source>
            <translation>اعتماد</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/common/accessibility.py" line="117" />
            <source>Approve the claim (A)</source>
            <translation>اعتماد الادعاء (A)</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/common/accessibility.py" line="93" />
            <source>Article Diff</source>
            <translation>فروق المقالة</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/common/accessibility.py" line="41" />
            <source>Article text</source>
            <translation>نص المقالة</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/common/accessibility.py" line="44" />
            <source>Articles</source>
            <translation>المقالات</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/common/accessibility.py" line="118" />
            <source>Ask the author for changes (R)</source>
            <translation>طلب تغييرات من الكاتب (R)</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/common/accessibility.py" line="60" />
            <source>Attach a source to the claim</source>
            <translation>إرفاق مصدر بالادعاء</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/common/accessibility.py" line="50" />
            <source>Author filter</source>
            <translation>تصفية حسب الكاتب</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/common/accessibility.py" line="170" />
            <source>Authors</source>
            <translation>الكتّاب</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/common/accessibility.py" line="232" />
            <source>Backups</source>
            <translation>النسخ الاحتياطية</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/common/accessibility.py" line="149" />
            <source>CSV rows per source</source>
            <translation>صفوف CSV لكل مصدر</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/common/accessibility.py" line="193" />
            <source>Change the selected verdict's colour</source>
            <translation>تغيير لون الحكم المحدد</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/common/accessibility.py" line="70" />
            <source>Change the words of your own comment</source>
            <translation>تغيير نص تعليقك</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/common/accessibility.py" line="237" />
            <source>Changes</source>
            <translation>التغييرات</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/common/accessibility.py" line="92" />
            <source>Changes around the claim</source>
            <translation>التغييرات حول الادعاء</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/common/accessibility.py" line="102" />
            <source>Check Selected Text</source>
            <translation>التحقق من النص المحدد</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/common/accessibility.py" line="108" />
            <source>Check-worthy sentences</source>
            <translation>جمل تستحق التحقق</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/common/accessibility.py" line="240" />
            <source>Checklist</source>
            <translation>قائمة التحقق</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/common/accessibility.py" line="52" />
            <source>Claims</source>
            <translation>الادعاءات</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/common/accessibility.py" line="122" />
            <source>Claims changed by you and by a colleague</source>
            <translation>ادعاءات غيّرتها أنت وزميل</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/common/accessibility.py" line="91" />
            <source>Claims to review after an update</source>
            <translation>ادعاءات تجب مراجعتها بعد تحديث</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/common/accessibility.py" line="119" />
            <source>Close Review Mode (Esc)</source>
            <translation>إغلاق وضع المراجعة (Esc)</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/common/accessibility.py" line="285" />
            <source>Close without changing anything (Esc)</source>
            <translation>إغلاق دون تغيير شيء (Esc)</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/common/accessibility.py" line="193" />
            <source>Colour</source>
            <translation>اللون</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/common/accessibility.py" line="65" />
            <source>Comments</source>
            <translation>التعليقات</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/common/accessibility.py" line="93" />
            <source>Compare the article's versions</source>
            <translation>مقارنة إصدارات المقالة</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/common/accessibility.py" line="123" />
            <source>Conflicting fields</source>
            <translation>الحقول المتعارضة</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/common/accessibility.py" line="122" />
            <source>Conflicts</source>
            <translation>التعارضات</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/common/accessibility.py" line="184" />
            <source>Corrections policy</source>
            <translation>سياسة التصحيحات</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/common/accessibility.py" line="177" />
            <source>Database</source>
            <translation>قاعدة البيانات</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/common/accessibility.py" line="72" />
            <source>Delete comment</source>
            <translation>حذف التعليق</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/common/accessibility.py" line="73" />
            <source>Delete your own comment and its replies</source>
            <translation>حذف تعليقك والردود عليه</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/common/accessibility.py" line="238" />
            <source>Differences</source>
            <translation>الفروق</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/common/accessibility.py" line="217" />
            <source>Disagreements</source>
            <translation>الخلافات</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/common/accessibility.py" line="283" />
            <source>Do this and close the dialog (Enter)</source>
            <translation>تنفيذ ذلك وإغلاق مربع الحوار (Enter)</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/common/accessibility.py" line="221" />
            <source>Each reviewer's verdict on the passage</source>
            <translation>حكم كل مراجع على المقطع</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/common/accessibility.py" line="100" />
            <source>Earlier fact-checks</source>
            <translation>تحققات سابقة</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/common/accessibility.py" line="126" />
            <source>Edit Result</source>
            <translation>تحرير النتيجة</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/common/accessibility.py" line="61" />
            <source>Edit Source</source>
            <translation>تحرير المصدر</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/common/accessibility.py" line="70" />
            <source>Edit comment</source>
            <translation>تحرير التعليق</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/common/accessibility.py" line="61" />
            <source>Edit the selected source</source>
            <translation>تحرير المصدر المحدد</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/common/accessibility.py" line="80" />
            <source>Enter finds the next match</source>
            <translation>‏Enter للبحث عن التطابق التالي</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/common/accessibility.py" line="83" />
            <source>Enter opens the selected result</source>
            <translation>‏Enter لفتح النتيجة المحددة</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/common/accessibility.py" line="78" />
            <source>Every change to the claim, newest first</source>
            <translation>كل تغييرات الادعاء، الأحدث أولًا</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/common/accessibility.py" line="157" />
            <source>Excerpt</source>
            <translation>المقتطف</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/common/accessibility.py" line="57" />
            <source>Explanation</source>
            <translation>الشرح</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/common/accessibility.py" line="144" />
            <source>Export every article of the project</source>
            <translation>تصدير كل مقالات المشروع</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/common/accessibility.py" line="143" />
            <source>Export only the article shown</source>
            <translation>تصدير المقالة المعروضة فقط</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/common/accessibility.py" line="97" />
            <source>Fact-checks</source>
            <translation>التحققات</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/common/accessibility.py" line="100" />
            <source>Fact-checks that match the claim</source>
            <translation>تحققات تطابق الادعاء</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/common/accessibility.py" line="205" />
            <source>File</source>
            <translation>الملف</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/common/accessibility.py" line="43" />
            <source>Filter articles</source>
            <translation>تصفية المقالات</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/common/accessibility.py" line="47" />
            <source>Filter claims</source>
            <translation>تصفية الادعاءات</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/common/accessibility.py" line="222" />
            <source>Final verdict</source>
            <translation>الحكم النهائي</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/common/accessibility.py" line="80" />
            <source>Find in article</source>
            <translation>بحث في المقالة</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/common/accessibility.py" line="137" />
            <source>Follow the system, light or dark</source>
            <translation>حسب النظام، فاتحة أو داكنة</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/common/accessibility.py" line="135" />
            <source>Font family</source>
            <translation>عائلة الخط</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/common/accessibility.py" line="136" />
            <source>Font size</source>
            <translation>حجم الخط</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/common/accessibility.py" line="150" />
            <source>For spreadsheets that need the BOM</source>
            <translation>لجداول البيانات التي تحتاج إلى BOM</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/common/accessibility.py" line="201" />
            <source>For this fetch only</source>
            <translation>لهذا الجلب فقط</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/common/accessibility.py" line="142" />
            <source>Format</source>
            <translation>الصيغة</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/common/accessibility.py" line="204" />
            <source>From a file</source>
            <translation>من ملف</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/common/accessibility.py" line="206" />
            <source>From pasted text</source>
            <translation>من نص ملصوق</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/common/accessibility.py" line="223" />
            <source>Give the passage the final verdict</source>
            <translation>منح المقطع الحكم النهائي</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/common/accessibility.py" line="215" />
            <source>Hide colleagues' verdicts until you rate</source>
            <translation>إخفاء أحكام الزملاء حتى تقيّم</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/common/accessibility.py" line="78" />
            <source>History</source>
            <translation>السجل</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/common/accessibility.py" line="175" />
            <source>Host</source>
            <translation>الخادم</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/common/accessibility.py" line="216" />
            <source>How often the reviewers' verdicts agree</source>
            <translation>مدى اتفاق أحكام المراجعين</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/common/accessibility.py" line="182" />
            <source>How the desk checks claims</source>
            <translation>كيف يتحقق الفريق من الادعاءات</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/common/accessibility.py" line="185" />
            <source>How the desk corrects its reports</source>
            <translation>كيف يصحّح الفريق تقاريره</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/common/accessibility.py" line="97" />
            <source>Imported fact-checks matching the search</source>
            <translation>تحققات مستوردة تطابق البحث</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/common/accessibility.py" line="145" />
            <source>Include drafts</source>
            <translation>تضمين المسودات</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/common/accessibility.py" line="58" />
            <source>Internal note</source>
            <translation>ملاحظة داخلية</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/common/accessibility.py" line="124" />
            <source>Keep Mine</source>
            <translation>الإبقاء على نسختي</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/common/accessibility.py" line="125" />
            <source>Keep Theirs</source>
            <translation>الإبقاء على نسختهم</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/common/accessibility.py" line="124" />
            <source>Keep your value of the field</source>
            <translation>الإبقاء على قيمتك للحقل</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/common/accessibility.py" line="155" />
            <source>Kind</source>
            <translation>النوع</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/common/accessibility.py" line="139" />
            <source>Language</source>
            <translation>اللغة</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/common/accessibility.py" line="119" />
            <source>Leave Review Mode</source>
            <translation>الخروج من وضع المراجعة</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/common/accessibility.py" line="103" />
            <source>Look for fact-checks of the selected text</source>
            <translation>البحث عن تحققات للنص المحدد</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/common/accessibility.py" line="68" />
            <source>Mark the selected thread resolved</source>
            <translation>وسم السلسلة المحددة بأنها محلولة</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/common/accessibility.py" line="182" />
            <source>Methodology</source>
            <translation>المنهجية</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/common/accessibility.py" line="196" />
            <source>Move Down</source>
            <translation>نقل لأسفل</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/common/accessibility.py" line="195" />
            <source>Move Up</source>
            <translation>نقل لأعلى</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/common/accessibility.py" line="196" />
            <source>Move the selected verdict down the scale</source>
            <translation>نقل الحكم المحدد إلى أسفل السلّم</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/common/accessibility.py" line="195" />
            <source>Move the selected verdict up the scale</source>
            <translation>نقل الحكم المحدد إلى أعلى السلّم</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/common/accessibility.py" line="66" />
            <source>New comment</source>
            <translation>تعليق جديد</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/common/accessibility.py" line="207" />
            <source>New text</source>
            <translation>النص الجديد</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/common/accessibility.py" line="236" />
            <source>Newer version</source>
            <translation>الإصدار الأحدث</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/common/accessibility.py" line="116" />
            <source>Next</source>
            <translation>التالي</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/common/accessibility.py" line="197" />
            <source>Offer the verdict no more, or again</source>
            <translation>إيقاف عرض الحكم أو إعادته</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/common/accessibility.py" line="235" />
            <source>Older version</source>
            <translation>الإصدار الأقدم</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/common/accessibility.py" line="149" />
            <source>One row per source</source>
            <translation>صف لكل مصدر</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/common/accessibility.py" line="220" />
            <source>Only waiting</source>
            <translation>المنتظرة فقط</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/common/accessibility.py" line="69" />
            <source>Open the selected thread again</source>
            <translation>إعادة فتح السلسلة المحددة</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/common/accessibility.py" line="217" />
            <source>Passages rated differently</source>
            <translation>مقاطع قُيّمت بشكل مختلف</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/common/accessibility.py" line="176" />
            <source>Port</source>
            <translation>المنفذ</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/common/accessibility.py" line="115" />
            <source>Previous</source>
            <translation>السابق</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/common/accessibility.py" line="158" />
            <source>Protected</source>
            <translation>محميّ</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/common/accessibility.py" line="161" />
            <source>Publisher</source>
            <translation>الناشر</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/common/accessibility.py" line="215" />
            <source>Rate blind</source>
            <translation>تقييم أعمى</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/common/accessibility.py" line="221" />
            <source>Ratings</source>
            <translation>التقييمات</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/common/accessibility.py" line="204" />
            <source>Read the new version from a file</source>
            <translation>قراءة الإصدار الجديد من ملف</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/common/accessibility.py" line="134" />
            <source>Reader font</source>
            <translation>خط القارئ</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/common/accessibility.py" line="198" />
            <source>Remove</source>
            <translation>إزالة</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/common/accessibility.py" line="62" />
            <source>Remove Source</source>
            <translation>إزالة المصدر</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/common/accessibility.py" line="62" />
            <source>Remove the selected source</source>
            <translation>إزالة المصدر المحدد</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/common/accessibility.py" line="198" />
            <source>Remove the selected verdict</source>
            <translation>إزالة الحكم المحدد</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/common/accessibility.py" line="192" />
            <source>Rename</source>
            <translation>إعادة تسمية</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/common/accessibility.py" line="192" />
            <source>Rename the selected verdict</source>
            <translation>إعادة تسمية الحكم المحدد</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/common/accessibility.py" line="69" />
            <source>Reopen</source>
            <translation>إعادة فتح</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/common/accessibility.py" line="67" />
            <source>Reply</source>
            <translation>ردّ</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/common/accessibility.py" line="67" />
            <source>Reply to the selected comment</source>
            <translation>الرد على التعليق المحدد</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/common/accessibility.py" line="147" />
            <source>Report language</source>
            <translation>لغة التقرير</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/common/accessibility.py" line="118" />
            <source>Request Changes</source>
            <translation>طلب تغييرات</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/common/accessibility.py" line="114" />
            <source>Requested changes</source>
            <translation>التغييرات المطلوبة</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/common/accessibility.py" line="68" />
            <source>Resolve</source>
            <translation>حل</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/common/accessibility.py" line="197" />
            <source>Retire</source>
            <translation>إيقاف</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/common/accessibility.py" line="179" />
            <source>SSL mode</source>
            <translation>وضع SSL</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/common/accessibility.py" line="151" />
            <source>Save to</source>
            <translation>الحفظ في</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/common/accessibility.py" line="82" />
            <source>Search</source>
            <translation>بحث</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/common/accessibility.py" line="96" />
            <source>Search fact-checks</source>
            <translation>بحث في التحققات</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/common/accessibility.py" line="83" />
            <source>Search results</source>
            <translation>نتائج البحث</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/common/accessibility.py" line="82" />
            <source>Searches all articles and claims</source>
            <translation>يبحث في كل المقالات والادعاءات</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/common/accessibility.py" line="96" />
            <source>Searches the imported fact-checks</source>
            <translation>يبحث في التحققات المستوردة</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/common/accessibility.py" line="91" />
            <source>Select one to see it</source>
            <translation>اختر واحدًا لعرضه</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/common/accessibility.py" line="75" />
            <source>Selected comment</source>
            <translation>التعليق المحدد</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/common/accessibility.py" line="109" />
            <source>Sentences that may be worth checking</source>
            <translation>جمل قد تستحق التحقق</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/common/accessibility.py" line="194" />
            <source>Set the selected verdict's rating value</source>
            <translation>تعيين القيمة الرقمية للحكم المحدد</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/common/accessibility.py" line="223" />
            <source>Settle Verdict</source>
            <translation>حسم الحكم</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/common/accessibility.py" line="220" />
            <source>Show only passages not yet settled</source>
            <translation>إظهار المقاطع التي لم تُحسم بعد فقط</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/common/accessibility.py" line="159" />
            <source>Show the saved copy of the source</source>
            <translation>عرض النسخة المحفوظة من المصدر</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/common/accessibility.py" line="138" />
            <source>Show times in UTC or in local time</source>
            <translation>عرض الأوقات بتوقيت UTC أو بالتوقيت المحلي</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/common/accessibility.py" line="43" />
            <source>Shows only articles whose title has this</source>
            <translation>يعرض المقالات التي يحتوي عنوانها على هذا فقط</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/common/accessibility.py" line="50" />
            <source>Shows only claims by this author</source>
            <translation>يعرض ادعاءات هذا الكاتب فقط</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/common/accessibility.py" line="47" />
            <source>Shows only claims whose text has this</source>
            <translation>يعرض الادعاءات التي يحتوي نصها على هذا فقط</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/common/accessibility.py" line="49" />
            <source>Shows only claims with this status</source>
            <translation>يعرض الادعاءات ذات هذه الحالة فقط</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/common/accessibility.py" line="51" />
            <source>Shows only claims with this tag</source>
            <translation>يعرض الادعاءات ذات هذا الوسم فقط</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/common/accessibility.py" line="48" />
            <source>Shows only claims with this verdict</source>
            <translation>يعرض الادعاءات ذات هذا الحكم فقط</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/common/accessibility.py" line="59" />
            <source>Sources</source>
            <translation>المصادر</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/common/accessibility.py" line="156" />
            <source>Stance</source>
            <translation>الموقف</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/common/accessibility.py" line="172" />
            <source>Standfirst</source>
            <translation>المقدمة</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/common/accessibility.py" line="56" />
            <source>Status</source>
            <translation>الحالة</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/common/accessibility.py" line="49" />
            <source>Status filter</source>
            <translation>تصفية حسب الحالة</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/common/accessibility.py" line="51" />
            <source>Tag filter</source>
            <translation>تصفية حسب الوسم</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/common/accessibility.py" line="125" />
            <source>Take your colleague's value</source>
            <translation>أخذ قيمة زميلك</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/common/accessibility.py" line="190" />
            <source>Template</source>
            <translation>القالب</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/common/accessibility.py" line="52" />
            <source>The article's claims; selecting one shows it</source>
            <translation>ادعاءات المقالة؛ تحديد أحدها يعرضه</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/common/accessibility.py" line="207" />
            <source>The article's current text, pasted</source>
            <translation>النص الحالي للمقالة، ملصوقًا</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/common/accessibility.py" line="169" />
            <source>The article's title</source>
            <translation>عنوان المقالة</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/common/accessibility.py" line="237" />
            <source>The changed passages; select one to see it</source>
            <translation>المقاطع المتغيّرة؛ اختر واحدًا لعرضه</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/common/accessibility.py" line="65" />
            <source>The claim's comment threads</source>
            <translation>سلاسل تعليقات الادعاء</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/common/accessibility.py" line="59" />
            <source>The claim's sources; Enter opens a web source</source>
            <translation>مصادر الادعاء؛ Enter يفتح مصدر الويب</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/common/accessibility.py" line="134" />
            <source>The default serif font or another</source>
            <translation>الخط المذيّل الافتراضي أو خط آخر</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/common/accessibility.py" line="205" />
            <source>The file of the new version</source>
            <translation>ملف الإصدار الجديد</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/common/accessibility.py" line="151" />
            <source>The file the export is written to</source>
            <translation>الملف الذي يُكتب فيه التصدير</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/common/accessibility.py" line="135" />
            <source>The font of the article's text</source>
            <translation>خط نص المقالة</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/common/accessibility.py" line="176" />
            <source>The hub server's port</source>
            <translation>منفذ خادم الفريق</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/common/accessibility.py" line="177" />
            <source>The hub's database name</source>
            <translation>اسم قاعدة بيانات الخادم</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/common/accessibility.py" line="175" />
            <source>The hub's server name or address</source>
            <translation>اسم خادم الفريق أو عنوانه</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/common/accessibility.py" line="139" />
            <source>The interface language, from the next start</source>
            <translation>لغة الواجهة، بدءًا من التشغيل القادم</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/common/accessibility.py" line="147" />
            <source>The language of report headings</source>
            <translation>لغة عناوين التقرير</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/common/accessibility.py" line="228" />
            <source>The merged claim's explanation</source>
            <translation>شرح الادعاء المدمج</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/common/accessibility.py" line="227" />
            <source>The merged claim's status</source>
            <translation>حالة الادعاء المدمج</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/common/accessibility.py" line="226" />
            <source>The merged claim's verdict</source>
            <translation>حكم الادعاء المدمج</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/common/accessibility.py" line="116" />
            <source>The next claim to review (J)</source>
            <translation>الادعاء التالي للمراجعة (J)</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/common/accessibility.py" line="92" />
            <source>The old and new text of the passage</source>
            <translation>النص القديم والجديد للمقطع</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/common/accessibility.py" line="157" />
            <source>The passage of the source that matters</source>
            <translation>المقطع المهم من المصدر</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/common/accessibility.py" line="115" />
            <source>The previous claim to review (K)</source>
            <translation>الادعاء السابق للمراجعة (K)</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/common/accessibility.py" line="44" />
            <source>The project's articles; select one to open it</source>
            <translation>مقالات المشروع؛ اختر واحدة لفتحها</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/common/accessibility.py" line="232" />
            <source>The project's backups; the one chosen is restored</source>
            <translation>النسخ الاحتياطية للمشروع؛ تُستعاد النسخة المختارة</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/common/accessibility.py" line="189" />
            <source>The project's verdict scale, in order</source>
            <translation>سلّم أحكام المشروع، بالترتيب</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/common/accessibility.py" line="136" />
            <source>The size of the article's text in points</source>
            <translation>حجم نص المقالة بالنقاط</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/common/accessibility.py" line="160" />
            <source>The source's title</source>
            <translation>عنوان المصدر</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/common/accessibility.py" line="113" />
            <source>The sources of the claim under review</source>
            <translation>مصادر الادعاء قيد المراجعة</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/common/accessibility.py" line="172" />
            <source>The summary under the headline</source>
            <translation>الملخص تحت العنوان</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/common/accessibility.py" line="238" />
            <source>The two versions' text, changes marked</source>
            <translation>نص الإصدارين مع تمييز التغييرات</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/common/accessibility.py" line="55" />
            <source>The verdict on the claim</source>
            <translation>الحكم على الادعاء</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/common/accessibility.py" line="222" />
            <source>The verdict the passage gets</source>
            <translation>الحكم الذي يُمنح للمقطع</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/common/accessibility.py" line="235" />
            <source>The version to compare from</source>
            <translation>الإصدار الذي تبدأ المقارنة منه</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/common/accessibility.py" line="236" />
            <source>The version to compare to</source>
            <translation>الإصدار الذي تُجرى المقارنة معه</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/common/accessibility.py" line="75" />
            <source>The whole text of the selected comment</source>
            <translation>النص الكامل للتعليق المحدد</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/common/accessibility.py" line="137" />
            <source>Theme</source>
            <translation>السمة</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/common/accessibility.py" line="143" />
            <source>This article</source>
            <translation>هذه المقالة</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/common/accessibility.py" line="138" />
            <source>Times</source>
            <translation>الأوقات</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/common/accessibility.py" line="160" />
            <source>Title</source>
            <translation>العنوان</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/common/accessibility.py" line="66" />
            <source>Type a comment; Ctrl+Return sends it</source>
            <translation>اكتب تعليقًا؛ Ctrl+Return للإرسال</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/common/accessibility.py" line="150" />
            <source>UTF-8 with BOM</source>
            <translation>‏UTF-8 مع BOM</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/common/accessibility.py" line="206" />
            <source>Use text pasted below</source>
            <translation>استخدام النص الملصوق أدناه</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/common/accessibility.py" line="178" />
            <source>User</source>
            <translation>المستخدم</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/common/accessibility.py" line="194" />
            <source>Value</source>
            <translation>القيمة</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/common/accessibility.py" line="55" />
            <source>Verdict</source>
            <translation>الحكم</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/common/accessibility.py" line="48" />
            <source>Verdict filter</source>
            <translation>تصفية حسب الحكم</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/common/accessibility.py" line="189" />
            <source>Verdicts</source>
            <translation>الأحكام</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/common/accessibility.py" line="159" />
            <source>View Capture</source>
            <translation>عرض اللقطة</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/common/accessibility.py" line="155" />
            <source>What kind of source this is</source>
            <translation>نوع هذا المصدر</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/common/accessibility.py" line="114" />
            <source>What should change; Ctrl+Return sends</source>
            <translation>ما الذي ينبغي تغييره؛ Ctrl+Return للإرسال</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/common/accessibility.py" line="240" />
            <source>What to check before export</source>
            <translation>ما يجب التحقق منه قبل التصدير</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/common/accessibility.py" line="152" />
            <source>What to do once the file is written</source>
            <translation>ما يجب فعله بعد كتابة الملف</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/common/accessibility.py" line="142" />
            <source>What to write: a report or data</source>
            <translation>ما الذي يُكتب: تقرير أم بيانات</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/common/accessibility.py" line="152" />
            <source>When done</source>
            <translation>عند الانتهاء</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/common/accessibility.py" line="56" />
            <source>Where the claim is in review</source>
            <translation>مرحلة الادعاء في المراجعة</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/common/accessibility.py" line="179" />
            <source>Whether the connection must be encrypted</source>
            <translation>هل يجب تشفير الاتصال</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/common/accessibility.py" line="156" />
            <source>Whether the source supports the claim</source>
            <translation>هل يدعم المصدر الادعاء</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/common/accessibility.py" line="171" />
            <source>Who published the article</source>
            <translation>مَن نشر المقالة</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/common/accessibility.py" line="161" />
            <source>Who published the source</source>
            <translation>مَن نشر المصدر</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/common/accessibility.py" line="170" />
            <source>Who wrote the article, separated by commas</source>
            <translation>مَن كتب المقالة، مفصولين بفواصل</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/common/accessibility.py" line="57" />
            <source>Why the claim has its verdict</source>
            <translation>سبب الحكم الممنوح للادعاء</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/common/accessibility.py" line="146" />
            <source>Write ClaimReview anyway</source>
            <translation>كتابة ClaimReview على أي حال</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/common/accessibility.py" line="126" />
            <source>Write the value to keep</source>
            <translation>اكتب القيمة التي تبقى</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/common/accessibility.py" line="178" />
            <source>Your user name on the hub</source>
            <translation>اسم المستخدم الخاص بك على الخادم</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/common/accessibility.py" line="123" />
            <source>Your value and your colleague's value</source>
            <translation>قيمتك وقيمة زميلك</translation>
        </message>
    </context>
    <context>
        <name>AgreementDialog</name>
        <message>
            <location filename="../../annotator/ui/review/agreement_dialog.py" line="120" />
            <source>Count the ratings again</source>
            <translation>إعادة عدّ التقييمات</translation>
        </message>
    </context>
    <context>
        <name>AllClaimsController</name>
        <message>
            <location filename="../../annotator/ui/claims/all_claims_controller.py" line="43" />
            <source>&amp;All Claims</source>
            <translation>&amp;كل الادعاءات</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/claims/all_claims_controller.py" line="38" />
            <source>All Claims</source>
            <translation>كل الادعاءات</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/claims/all_claims_controller.py" line="46" />
            <source>The claims of every article: filter, sort, open</source>
            <translation>ادعاءات كل المقالات: تصفية وفرز وفتح</translation>
        </message>
    </context>
    <context>
        <name>AllClaimsPanel</name>
        <message>
            <location filename="../../annotator/ui/claims/all_claims.py" line="85" />
            <source>Claims of all articles</source>
            <translation>ادعاءات كل المقالات</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/claims/all_claims.py" line="86" />
            <source>Filter the claims of all articles…</source>
            <translation>تصفية ادعاءات كل المقالات…</translation>
        </message>
    </context>
    <context>
        <name>ClaimAnnouncer</name>
        <message>
            <location filename="../../annotator/ui/reader/announce.py" line="66" />
            <source>Claim {number} of {total}, {verdict}: “{quote}”</source>
            <translation>الادعاء {number} من {total}، {verdict}: «{quote}»</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/reader/announce.py" line="43" />
            <source>Move the cursor to a claim in the article and select it</source>
            <translation>نقل المؤشر إلى ادعاء في المقالة وتحديده</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/reader/announce.py" line="35" />
            <source>Next Claim in &amp;Text</source>
            <translation>الادعاء التالي في ال&amp;نص</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/reader/announce.py" line="36" />
            <source>Previous Claim in T&amp;ext</source>
            <translation>الادعاء السابق في ا&amp;لنص</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/reader/announce.py" line="32" />
            <source>The article's text. F8 goes to the next claim, Shift+F8 to the previous one.</source>
            <translation>نص المقالة. F8 للانتقال إلى الادعاء التالي، وShift+F8 إلى السابق.</translation>
        </message>
    </context>
    <context>
        <name>CommentsWidget</name>
        <message>
            <location filename="../../annotator/ui/inspector/comments_widget.py" line="110" />
            <source>&amp;Edit</source>
            <translation>ت&amp;حرير</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/inspector/comments_widget.py" line="112" />
            <source>De&amp;lete</source>
            <translation>&amp;حذف</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/inspector/comments_widget.py" line="329" />
            <source>Editing your comment (Esc cancels)</source>
            <translation>جارٍ تحرير تعليقك (Esc للإلغاء)</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/inspector/comments_widget.py" line="331" />
            <source>Save</source>
            <translation>حفظ</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/inspector/comments_widget.py" line="85" />
            <source>Selected comment</source>
            <translation>التعليق المحدد</translation>
        </message>
    </context>
    <context>
        <name>ExportDialog</name>
        <message>
            <location filename="../../annotator/ui/exchange/export_dialog.py" line="65" />
            <source>Choose the folder and name of the file</source>
            <translation>اختر المجلد واسم الملف</translation>
        </message>
    </context>
    <context>
        <name>KeyboardAccess</name>
        <message>
            <location filename="../../annotator/ui/keyboard.py" line="41" />
            <source>&amp;Keyboard Shortcuts…</source>
            <translation>اختصارات &amp;لوحة المفاتيح…</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/keyboard.py" line="43" />
            <source>Every action's keys, and changing them</source>
            <translation>مفاتيح كل إجراء وتغييرها</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/keyboard.py" line="64" />
            <source>In Review Mode: {keys}</source>
            <translation>في وضع المراجعة: {keys}</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/keyboard.py" line="58" />
            <source>Unrated</source>
            <translation>غير مُقيَّم</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <location filename="../../annotator/ui/main_window.py" line="466" />
            <source> (read-only)</source>
            <translation> (للقراءة فقط)</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/main_window.py" line="162" />
            <source>&amp;Quit</source>
            <translation>&amp;خروج</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/main_window.py" line="165" />
            <source>&amp;Redo</source>
            <translation>إ&amp;عادة</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/main_window.py" line="163" />
            <source>&amp;Undo</source>
            <translation>ت&amp;راجع</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/main_window.py" line="242" />
            <source>Read-only</source>
            <translation>للقراءة فقط</translation>
        </message>
    </context>
    <context>
        <name>QuoteActions</name>
        <message numerus="yes">
            <location filename="../../annotator/ui/claims/quote_actions.py" line="41" />
            <source>%n claims of this article already quote exactly “{quote}”.</source>
            <translation>
                <numerusform>لا ادعاءات في هذه المقالة تقتبس «{quote}» حرفيًا.</numerusform>
                <numerusform>ادعاء واحد في هذه المقالة يقتبس «{quote}» حرفيًا.</numerusform>
                <numerusform>ادعاءان في هذه المقالة يقتبسان «{quote}» حرفيًا.</numerusform>
                <numerusform>%n ادعاءات في هذه المقالة تقتبس «{quote}» حرفيًا.</numerusform>
                <numerusform>%n ادعاءً في هذه المقالة يقتبس «{quote}» حرفيًا.</numerusform>
                <numerusform>%n ادعاء في هذه المقالة يقتبس «{quote}» حرفيًا.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../annotator/ui/claims/quote_actions.py" line="39" />
            <source>Another claim of this article already quotes exactly “{quote}”.</source>
            <translation>يوجد في هذه المقالة ادعاء آخر يقتبس «{quote}» حرفيًا.</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/claims/quote_actions.py" line="64" />
            <source>Cop&amp;y Quote</source>
            <translation>ن&amp;سخ الاقتباس</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/claims/quote_actions.py" line="65" />
            <source>Copy the selected claim's quote</source>
            <translation>نسخ اقتباس الادعاء المحدد</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/claims/quote_actions.py" line="43" />
            <source>Make It</source>
            <translation>إنشاؤه</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/claims/quote_actions.py" line="42" />
            <source>Make one more?</source>
            <translation>هل تريد إنشاء ادعاء آخر؟</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/claims/quote_actions.py" line="61" />
            <source>Make the selected words the selected claim's quote</source>
            <translation>جعل الكلمات المحددة اقتباس الادعاء المحدد</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/claims/quote_actions.py" line="68" />
            <source>Open in Claims &amp;List</source>
            <translation>فتح في &amp;قائمة الادعاءات</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/claims/quote_actions.py" line="43" />
            <source>Same Quote</source>
            <translation>الاقتباس نفسه</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/claims/quote_actions.py" line="128" />
            <source>Select the words the claim should quote first.</source>
            <translation>حدّد أولًا الكلمات التي ينبغي أن يقتبسها الادعاء.</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/claims/quote_actions.py" line="74" />
            <source>Selections take whole words (hold Alt while dragging for exact characters)</source>
            <translation>التحديد يشمل كلمات كاملة (اضغط Alt أثناء السحب لتحديد أحرف بعينها)</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/claims/quote_actions.py" line="60" />
            <source>Set &amp;Quote to Selection</source>
            <translation>جعل التحديد &amp;اقتباسًا</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/claims/quote_actions.py" line="79" />
            <source>Set &amp;Verdict</source>
            <translation>تعيين ال&amp;حكم</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/claims/quote_actions.py" line="137" />
            <source>Set quote to selection</source>
            <translation>جعل التحديد اقتباسًا</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/claims/quote_actions.py" line="69" />
            <source>Show the selected claim in the claims list</source>
            <translation>إظهار الادعاء المحدد في قائمة الادعاءات</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/claims/quote_actions.py" line="72" />
            <source>Snap Selections to &amp;Words</source>
            <translation>تحديد &amp;كلمات كاملة</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/claims/quote_actions.py" line="189" />
            <source>Unrated</source>
            <translation>غير مُقيَّم</translation>
        </message>
    </context>
    <context>
        <name>ShortcutsDialog</name>
        <message>
            <location filename="../../annotator/ui/common/shortcuts_dialog.py" line="49" />
            <source>&amp;Clear</source>
            <translation>م&amp;سح</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/common/shortcuts_dialog.py" line="52" />
            <source>&amp;Default</source>
            <translation>ال&amp;افتراضي</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/common/shortcuts_dialog.py" line="55" />
            <source>&amp;Reset All</source>
            <translation>إعادة ت&amp;عيين الكل</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/common/shortcuts_dialog.py" line="105" />
            <source>&amp;Shortcut:</source>
            <translation>الا&amp;ختصار:</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/common/shortcuts_dialog.py" line="74" />
            <source>Action</source>
            <translation>الإجراء</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/common/shortcuts_dialog.py" line="75" />
            <source>Actions and their shortcuts</source>
            <translation>الإجراءات واختصاراتها</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/common/shortcuts_dialog.py" line="55" />
            <source>Every action back to its own shortcut</source>
            <translation>إعادة كل إجراء إلى اختصاره الأصلي</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/common/shortcuts_dialog.py" line="77" />
            <source>Every action of the menus; select one to change its shortcut below</source>
            <translation>كل إجراءات القوائم؛ اختر إجراءً لتغيير اختصاره أدناه</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/common/shortcuts_dialog.py" line="36" />
            <source>Keyboard Shortcuts</source>
            <translation>اختصارات لوحة المفاتيح</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/common/shortcuts_dialog.py" line="74" />
            <source>Menu</source>
            <translation>القائمة</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/common/shortcuts_dialog.py" line="43" />
            <source>New shortcut</source>
            <translation>اختصار جديد</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/common/shortcuts_dialog.py" line="45" />
            <source>Press the keys for the selected action; it takes them at once</source>
            <translation>اضغط المفاتيح للإجراء المحدد؛ تُعيَّن له فورًا</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/common/shortcuts_dialog.py" line="74" />
            <source>Shortcut</source>
            <translation>الاختصار</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/common/shortcuts_dialog.py" line="49" />
            <source>The selected action gets no shortcut</source>
            <translation>يصبح الإجراء المحدد بلا اختصار</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/common/shortcuts_dialog.py" line="52" />
            <source>The selected action's own shortcut</source>
            <translation>الاختصار الأصلي للإجراء المحدد</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/common/shortcuts_dialog.py" line="159" />
            <source>{key} is given to: {actions}</source>
            <translation>‏{key} مُعيَّن لـ: {actions}</translation>
        </message>
    </context>
    <context>
        <name>UpdateVersionDialog</name>
        <message>
            <location filename="../../annotator/ui/versions/version_dialogs.py" line="49" />
            <source>Choose the file of the new version</source>
            <translation>اختر ملف الإصدار الجديد</translation>
        </message>
    </context>
    <context>
        <name>VerdictScale</name>
        <message>
            <location filename="../../annotator/services/verdict_scale.py" line="54" />
            <source>Altered</source>
            <translation>معدَّل</translation>
        </message>
        <message>
            <location filename="../../annotator/services/verdict_scale.py" line="39" />
            <source>False</source>
            <translation>خاطئ</translation>
        </message>
        <message>
            <location filename="../../annotator/services/verdict_scale.py" line="66" />
            <source>Five-step truth scale</source>
            <translation>مقياس الصحة الخماسي</translation>
        </message>
        <message>
            <location filename="../../annotator/services/verdict_scale.py" line="38" />
            <source>Half true</source>
            <translation>نصف صحيح</translation>
        </message>
        <message>
            <location filename="../../annotator/services/verdict_scale.py" line="68" />
            <source>Meta fact-checking programme</source>
            <translation>برنامج ميتا لتدقيق المعلومات</translation>
        </message>
        <message>
            <location filename="../../annotator/services/verdict_scale.py" line="39" />
            <source>Misleading</source>
            <translation>مضلِّل</translation>
        </message>
        <message>
            <location filename="../../annotator/services/verdict_scale.py" line="56" />
            <source>Missing context</source>
            <translation>ينقصه السياق</translation>
        </message>
        <message>
            <location filename="../../annotator/services/verdict_scale.py" line="38" />
            <source>Mostly false</source>
            <translation>خاطئ في معظمه</translation>
        </message>
        <message>
            <location filename="../../annotator/services/verdict_scale.py" line="38" />
            <source>Mostly true</source>
            <translation>صحيح في معظمه</translation>
        </message>
        <message>
            <location filename="../../annotator/services/verdict_scale.py" line="50" />
            <source>Pants on Fire</source>
            <translation>كاذب تمامًا</translation>
        </message>
        <message>
            <location filename="../../annotator/services/verdict_scale.py" line="55" />
            <source>Partly false</source>
            <translation>خاطئ جزئيًا</translation>
        </message>
        <message>
            <location filename="../../annotator/services/verdict_scale.py" line="67" />
            <source>PolitiFact (six steps)</source>
            <translation>‏PolitiFact (ست درجات)</translation>
        </message>
        <message>
            <location filename="../../annotator/services/verdict_scale.py" line="57" />
            <source>Satire</source>
            <translation>ساخر</translation>
        </message>
        <message>
            <location filename="../../annotator/services/verdict_scale.py" line="38" />
            <source>True</source>
            <translation>صحيح</translation>
        </message>
        <message>
            <location filename="../../annotator/services/verdict_scale.py" line="39" />
            <source>Unproven</source>
            <translation>غير مُثبت</translation>
        </message>
    </context>
    <context>
        <name>VerdictScaleDialog</name>
        <message>
            <location filename="../../annotator/ui/project/verdict_scale_dialog.py" line="71" />
            <source>Replace the scale by the chosen template</source>
            <translation>استبدال السلّم بالقالب المختار</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/project/verdict_scale_dialog.py" line="115" />
            <source>Undo the last change to the scale</source>
            <translation>التراجع عن آخر تغيير في السلّم</translation>
        </message>
    </context>
    <context>
        <name>claims.claim_columns</name>
        <message>
            <location filename="../../annotator/ui/claims/claim_columns.py" line="171" />
            <source>Author</source>
            <translation>الكاتب</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/claims/claim_columns.py" line="170" />
            <source>Claimant</source>
            <translation>قائل الادعاء</translation>
        </message>
    </context>
    <context>
        <name>claims.claims_controller</name>
        <message>
            <location filename="../../annotator/ui/claims/claims_controller.py" line="57" />
            <source>&amp;Delete Claim</source>
            <translation>&amp;حذف الادعاء</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/claims/claims_controller.py" line="53" />
            <source>&amp;New Claim</source>
            <translation>ادعاء &amp;جديد</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/claims/claims_controller.py" line="58" />
            <source>Delete the selected claim</source>
            <translation>حذف الادعاء المحدد</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/claims/claims_controller.py" line="54" />
            <source>Make a claim of the selected text</source>
            <translation>إنشاء ادعاء من النص المحدد</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/claims/claims_controller.py" line="62" />
            <source>Ne&amp;xt Claim</source>
            <translation>الادعاء ال&amp;تالي</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/claims/claims_controller.py" line="65" />
            <source>Pre&amp;vious Claim</source>
            <translation>الادعاء ال&amp;سابق</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/claims/claims_controller.py" line="86" />
            <source>Select some text of the article first.</source>
            <translation>حدّد جزءًا من نص المقالة أولًا.</translation>
        </message>
    </context>
    <context>
        <name>claims.claims_model</name>
        <message>
            <location filename="../../annotator/ui/claims/claims_model.py" line="497" />
            <source>Anchor: {anchor_state}</source>
            <translation>الارتساء: {anchor_state}</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/claims/claims_model.py" line="49" />
            <source>Article</source>
            <translation>مقالة</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/claims/claims_model.py" line="48" />
            <source>Author</source>
            <translation>الكاتب</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/claims/claims_model.py" line="492" />
            <source>By {person} · {status}</source>
            <translation>بقلم {person} · {status}</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/claims/claims_model.py" line="488" />
            <source>Claim as checked: {text}</source>
            <translation>الادعاء كما تُحقّق منه: {text}</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/claims/claims_model.py" line="48" />
            <source>Claimant</source>
            <translation>قائل الادعاء</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/claims/claims_model.py" line="490" />
            <source>Claimant: {claimant}</source>
            <translation>قائل الادعاء: {claimant}</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/claims/claims_model.py" line="48" />
            <source>Quote</source>
            <translation>الاقتباس</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/claims/claims_model.py" line="48" />
            <source>Status</source>
            <translation>الحالة</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/claims/claims_model.py" line="406" />
            <source>Unrated</source>
            <translation>غير مُقيَّم</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/claims/claims_model.py" line="63" />
            <source>Unresolved comment threads</source>
            <translation>سلاسل تعليقات لم تُحلّ</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/claims/claims_model.py" line="63" />
            <source>Verdict</source>
            <translation>الحكم</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/claims/claims_model.py" line="486" />
            <source>Verdict: {verdict}</source>
            <translation>الحكم: {verdict}</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/claims/claims_model.py" line="485" />
            <source>unrated</source>
            <translation>غير مُقيَّم</translation>
        </message>
    </context>
    <context>
        <name>claims.claims_panel</name>
        <message>
            <location filename="../../annotator/ui/claims/claims_panel.py" line="117" />
            <source>Any author</source>
            <translation>أي كاتب</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/claims/claims_panel.py" line="46" />
            <source>Any status</source>
            <translation>أي حالة</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/claims/claims_panel.py" line="118" />
            <source>Any tag</source>
            <translation>أي وسم</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/claims/claims_panel.py" line="107" />
            <source>Any verdict</source>
            <translation>أي حكم</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/claims/claims_panel.py" line="102" />
            <source>Click a column to sort; the first column sorts by verdict</source>
            <translation>انقر عمودًا للفرز؛ العمود الأول يفرز حسب الحكم</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/claims/claims_panel.py" line="42" />
            <source>Filter claims…</source>
            <translation>تصفية الادعاءات…</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/claims/claims_panel.py" line="108" />
            <source>Unrated</source>
            <translation>غير مُقيَّم</translation>
        </message>
    </context>
    <context>
        <name>cli</name>
        <message>
            <location filename="../../annotator/cli.py" line="59" />
            <source>Annotator: highlight claims, attach sources and verdicts, export fact-check reports.</source>
            <translation>Annotator: ميّز الادعاءات، وأرفق المصادر والأحكام، وصدّر تقارير التحقق من الحقائق.</translation>
        </message>
        <message>
            <location filename="../../annotator/cli.py" line="83" />
            <source>Open the Annotator window.</source>
            <translation>افتح نافذة Annotator.</translation>
        </message>
        <message>
            <location filename="../../annotator/cli.py" line="114" />
            <source>Without a command: annotator [PROJECT] [--screenshot OUT.png] opens the window.</source>
            <translation>دون أمر: يفتح annotator [PROJECT] [--screenshot OUT.png] النافذة.</translation>
        </message>
        <message>
            <location filename="../../annotator/cli.py" line="87" />
            <source>project file to open (created if missing); default: the demo project</source>
            <translation>ملف المشروع المراد فتحه (يُنشأ إن لم يكن موجودًا)؛ الافتراضي: المشروع التجريبي</translation>
        </message>
        <message>
            <location filename="../../annotator/cli.py" line="90" />
            <source>render the main window to a PNG and exit</source>
            <translation>ارسم النافذة الرئيسية في ملف PNG واخرج</translation>
        </message>
        <message>
            <location filename="../../annotator/cli.py" line="78" />
            <source>show program's version number and exit</source>
            <translation>اعرض رقم إصدار البرنامج واخرج</translation>
        </message>
    </context>
    <context>
        <name>commands.adjudicate</name>
        <message>
            <location filename="../../annotator/commands/adjudicate.py" line="53" />
            <source>list only this article's passages</source>
            <translation>اعرض مقاطع هذه المقالة فقط</translation>
        </message>
        <message>
            <location filename="../../annotator/commands/adjudicate.py" line="37" />
            <source>list passages whose ratings await a final verdict, or settle one (CLAIM_ID --verdict V)</source>
            <translation>اعرض المقاطع التي تنتظر تقييماتها حكمًا نهائيًا، أو احسم أحدها (CLAIM_ID --verdict V)</translation>
        </message>
        <message>
            <location filename="../../annotator/commands/adjudicate.py" line="54" />
            <source>print JSON</source>
            <translation>اطبع JSON</translation>
        </message>
        <message>
            <location filename="../../annotator/commands/adjudicate.py" line="50" />
            <source>the final verdict (a label of the project's scale, or 'unrated')</source>
            <translation>الحكم النهائي (تسمية من مقياس المشروع، أو 'unrated')</translation>
        </message>
        <message>
            <location filename="../../annotator/commands/adjudicate.py" line="45" />
            <source>the passage's claim to settle</source>
            <translation>ادعاء المقطع المراد حسمه</translation>
        </message>
        <message>
            <location filename="../../annotator/commands/adjudicate.py" line="52" />
            <source>why (kept with the adjudication)</source>
            <translation>السبب (يُحفظ مع الحسم)</translation>
        </message>
    </context>
    <context>
        <name>commands.agreement</name>
        <message>
            <location filename="../../annotator/commands/agreement.py" line="19" />
            <source>inter-rater agreement on verdicts (percentage, weighted kappa, Krippendorff's alpha) and disagreements</source>
            <translation>الاتفاق بين المراجعين على الأحكام (النسبة المئوية، وكابا الموزونة، وألفا كريبندورف) والخلافات</translation>
        </message>
        <message>
            <location filename="../../annotator/commands/agreement.py" line="28" />
            <source>one article (default: all)</source>
            <translation>مقالة واحدة (الافتراضي: الكل)</translation>
        </message>
        <message>
            <location filename="../../annotator/commands/agreement.py" line="30" />
            <source>print the report as JSON</source>
            <translation>اطبع التقرير بصيغة JSON</translation>
        </message>
    </context>
    <context>
        <name>commands.argparse_words</name>
        <message>
            <location filename="../../annotator/commands/argparse_words.py" line="27" />
            <source>%(prog)s: error: %(message)s
</source>
            <translation>%(prog)s: خطأ: %(message)s
</translation>
        </message>
        <message>
            <location filename="../../annotator/commands/argparse_words.py" line="36" />
            <source>ambiguous option: %(option)s could match %(matches)s</source>
            <translation>خيار ملتبس: قد يطابق %(option)s أحد هذه: %(matches)s</translation>
        </message>
        <message>
            <location filename="../../annotator/commands/argparse_words.py" line="28" />
            <source>argument %(argument_name)s: %(message)s</source>
            <translation>الوسيط %(argument_name)s: %(message)s</translation>
        </message>
        <message>
            <location filename="../../annotator/commands/argparse_words.py" line="42" />
            <source>can't open '%(filename)s': %(error)s</source>
            <translation>تعذّر فتح '%(filename)s': %(error)s</translation>
        </message>
        <message numerus="yes">
            <location filename="../../annotator/commands/argparse_words.py" line="56" />
            <source>expected %n argument(s)</source>
            <translation>
                <numerusform>لا يُتوقع أي وسيط</numerusform>
                <numerusform>يُتوقع وسيط واحد</numerusform>
                <numerusform>يُتوقع وسيطان</numerusform>
                <numerusform>يُتوقع %n وسائط</numerusform>
                <numerusform>يُتوقع %n وسيطًا</numerusform>
                <numerusform>يُتوقع %n وسيط</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../annotator/commands/argparse_words.py" line="35" />
            <source>expected at least one argument</source>
            <translation>يُتوقع وسيط واحد على الأقل</translation>
        </message>
        <message>
            <location filename="../../annotator/commands/argparse_words.py" line="34" />
            <source>expected at most one argument</source>
            <translation>يُتوقع وسيط واحد على الأكثر</translation>
        </message>
        <message>
            <location filename="../../annotator/commands/argparse_words.py" line="33" />
            <source>expected one argument</source>
            <translation>يُتوقع وسيط واحد</translation>
        </message>
        <message>
            <location filename="../../annotator/commands/argparse_words.py" line="39" />
            <source>ignored explicit argument %r</source>
            <translation>تم تجاهل الوسيط الصريح %r</translation>
        </message>
        <message>
            <location filename="../../annotator/commands/argparse_words.py" line="32" />
            <source>invalid %(type)s value: %(value)r</source>
            <translation>قيمة %(type)s غير صالحة: %(value)r</translation>
        </message>
        <message>
            <location filename="../../annotator/commands/argparse_words.py" line="31" />
            <source>invalid choice: %(value)r (choose from %(choices)s)</source>
            <translation>اختيار غير صالح: %(value)r (اختر من بين %(choices)s)</translation>
        </message>
        <message>
            <location filename="../../annotator/commands/argparse_words.py" line="37" />
            <source>not allowed with argument %s</source>
            <translation>غير مسموح به مع الوسيط %s</translation>
        </message>
        <message>
            <location filename="../../annotator/commands/argparse_words.py" line="38" />
            <source>one of the arguments %s is required</source>
            <translation>يلزم أحد الوسائط %s</translation>
        </message>
        <message>
            <location filename="../../annotator/commands/argparse_words.py" line="25" />
            <source>options</source>
            <translation>الخيارات</translation>
        </message>
        <message>
            <location filename="../../annotator/commands/argparse_words.py" line="24" />
            <source>positional arguments</source>
            <translation>الوسائط الموضعية</translation>
        </message>
        <message>
            <location filename="../../annotator/commands/argparse_words.py" line="26" />
            <source>show this help message and exit</source>
            <translation>اعرض رسالة المساعدة هذه واخرج</translation>
        </message>
        <message>
            <location filename="../../annotator/commands/argparse_words.py" line="29" />
            <source>the following arguments are required: %s</source>
            <translation>الوسائط التالية مطلوبة: %s</translation>
        </message>
        <message>
            <location filename="../../annotator/commands/argparse_words.py" line="40" />
            <source>unexpected option string: %s</source>
            <translation>خيار غير متوقع: %s</translation>
        </message>
        <message>
            <location filename="../../annotator/commands/argparse_words.py" line="41" />
            <source>unknown parser %(parser_name)r (choices: %(choices)s)</source>
            <translation>أمر غير معروف %(parser_name)r (الخيارات: %(choices)s)</translation>
        </message>
        <message>
            <location filename="../../annotator/commands/argparse_words.py" line="30" />
            <source>unrecognized arguments: %s</source>
            <translation>وسائط غير معروفة: %s</translation>
        </message>
        <message>
            <location filename="../../annotator/commands/argparse_words.py" line="23" />
            <source>usage: </source>
            <translation>الاستخدام: </translation>
        </message>
    </context>
    <context>
        <name>commands.article_properties</name>
        <message>
            <location filename="../../annotator/commands/article_properties.py" line="46" />
            <source>print the article's properties as JSON</source>
            <translation>اطبع خصائص المقالة بصيغة JSON</translation>
        </message>
        <message>
            <location filename="../../annotator/commands/article_properties.py" line="24" />
            <source>set an article's properties: article set PROJECT ARTICLE_ID --report-url URL</source>
            <translation>اضبط خصائص مقالة: article set PROJECT ARTICLE_ID --report-url URL</translation>
        </message>
        <message>
            <location filename="../../annotator/commands/article_properties.py" line="42" />
            <source>the article's own address</source>
            <translation>عنوان المقالة نفسها</translation>
        </message>
        <message>
            <location filename="../../annotator/commands/article_properties.py" line="35" />
            <source>what to do</source>
            <translation>ما يُراد فعله</translation>
        </message>
        <message>
            <location filename="../../annotator/commands/article_properties.py" line="40" />
            <source>where our fact-check of it is published ('' clears)</source>
            <translation>أين نُشر تحققنا منها ('' يمسحه)</translation>
        </message>
    </context>
    <context>
        <name>commands.claim</name>
        <message>
            <location filename="../../annotator/commands/claim.py" line="28" />
            <source>add, change or delete a claim (claim add|set|delete; see docs/CLI.md)</source>
            <translation>أضف ادعاءً أو غيّره أو احذفه (claim add|set|delete؛ انظر docs/CLI.md)</translation>
        </message>
        <message>
            <location filename="../../annotator/commands/claim.py" line="54" />
            <source>anchor a new claim on ARTICLE_ID's text[START:END]</source>
            <translation>اربط ادعاءً جديدًا بالنص[START:END] للمقالة ARTICLE_ID</translation>
        </message>
        <message>
            <location filename="../../annotator/commands/claim.py" line="60" />
            <source>change a claim's fields or its review status</source>
            <translation>غيّر حقول ادعاء أو حالة مراجعته</translation>
        </message>
        <message>
            <location filename="../../annotator/commands/claim.py" line="58" />
            <source>code point after the quote</source>
            <translation>النقطة الرمزية التي تلي الاقتباس</translation>
        </message>
        <message>
            <location filename="../../annotator/commands/claim.py" line="39" />
            <source>comma-separated tags</source>
            <translation>وسوم مفصولة بفواصل</translation>
        </message>
        <message>
            <location filename="../../annotator/commands/claim.py" line="68" />
            <source>delete a claim with its sources and comments</source>
            <translation>احذف ادعاءً مع مصادره وتعليقاته</translation>
        </message>
        <message>
            <location filename="../../annotator/commands/claim.py" line="66" />
            <source>draft, ready_for_review, approved or changes_requested (review rules apply)</source>
            <translation>draft أو ready_for_review أو approved أو changes_requested (تنطبق قواعد المراجعة)</translation>
        </message>
        <message>
            <location filename="../../annotator/commands/claim.py" line="57" />
            <source>first code point of the quote</source>
            <translation>أول نقطة رمزية في الاقتباس</translation>
        </message>
        <message>
            <location filename="../../annotator/commands/claim.py" line="40" />
            <source>internal note (never exported)</source>
            <translation>ملاحظة داخلية (لا تُصدَّر أبدًا)</translation>
        </message>
        <message>
            <location filename="../../annotator/commands/claim.py" line="34" />
            <source>the claim as checked (ClaimReview claimReviewed)</source>
            <translation>الادعاء كما جرى التحقق منه (ClaimReview claimReviewed)</translation>
        </message>
        <message>
            <location filename="../../annotator/commands/claim.py" line="46" />
            <source>verdict label (or id) on the project's scale; '' for none</source>
            <translation>تسمية الحكم (أو معرّفه) في مقياس المشروع؛ '' لعدم وجود حكم</translation>
        </message>
        <message>
            <location filename="../../annotator/commands/claim.py" line="37" />
            <source>when it was made (YYYY, YYYY-MM or YYYY-MM-DD)</source>
            <translation>متى أُطلق (YYYY أو YYYY-MM أو YYYY-MM-DD)</translation>
        </message>
        <message>
            <location filename="../../annotator/commands/claim.py" line="36" />
            <source>who made the claim</source>
            <translation>من أطلق الادعاء</translation>
        </message>
        <message>
            <location filename="../../annotator/commands/claim.py" line="38" />
            <source>why the verdict (published)</source>
            <translation>سبب الحكم (يُنشر)</translation>
        </message>
    </context>
    <context>
        <name>commands.comment</name>
        <message>
            <location filename="../../annotator/commands/comment.py" line="25" />
            <source>add TEXT to CLAIM_ID's comments</source>
            <translation>أضف TEXT إلى تعليقات CLAIM_ID</translation>
        </message>
        <message>
            <location filename="../../annotator/commands/comment.py" line="30" />
            <source>answer this comment of the claim</source>
            <translation>ردّ على هذا التعليق على الادعاء</translation>
        </message>
        <message>
            <location filename="../../annotator/commands/comment.py" line="20" />
            <source>comment on a claim (comment add; see docs/CLI.md)</source>
            <translation>علّق على ادعاء (comment add؛ انظر docs/CLI.md)</translation>
        </message>
        <message>
            <location filename="../../annotator/commands/comment.py" line="33" />
            <source>print the new comment as JSON (docs/CLI.md)</source>
            <translation>اطبع التعليق الجديد بصيغة JSON (docs/CLI.md)</translation>
        </message>
    </context>
    <context>
        <name>commands.common</name>
        <message>
            <location filename="../../annotator/commands/common.py" line="22" />
            <source>the project file</source>
            <translation>ملف المشروع</translation>
        </message>
        <message>
            <location filename="../../annotator/commands/common.py" line="28" />
            <source>your name, recorded on what you change (default: $ANNOTATOR_AUTHOR or the name set in the window); mapped to a person as docs/CLI.md says</source>
            <translation>اسمك، ويُسجَّل على ما تغيّره (الافتراضي: $ANNOTATOR_AUTHOR أو الاسم المضبوط في النافذة)؛ ويُربط بشخص كما يشرح docs/CLI.md</translation>
        </message>
    </context>
    <context>
        <name>commands.desktop_entry</name>
        <message>
            <location filename="../../annotator/commands/desktop_entry.py" line="23" />
            <source>add Annotator to the desktop's application menu (a .desktop entry and its icon)</source>
            <translation>أضف Annotator إلى قائمة تطبيقات سطح المكتب (مدخل .desktop وأيقونته)</translation>
        </message>
        <message>
            <location filename="../../annotator/commands/desktop_entry.py" line="28" />
            <source>remove the entry and the icon</source>
            <translation>أزل المدخل والأيقونة</translation>
        </message>
    </context>
    <context>
        <name>commands.editorial</name>
        <message>
            <location filename="../../annotator/commands/editorial.py" line="60" />
            <source>print the claim as JSON (docs/CLI.md)</source>
            <translation>اطبع الادعاء بصيغة JSON (docs/CLI.md)</translation>
        </message>
    </context>
    <context>
        <name>commands.export</name>
        <message>
            <location filename="../../annotator/commands/export.py" line="74" />
            <source>CSV: no UTF-8 byte-order mark</source>
            <translation>CSV: دون علامة ترتيب البايتات UTF-8</translation>
        </message>
        <message>
            <location filename="../../annotator/commands/export.py" line="72" />
            <source>CSV: one row per source instead of per claim</source>
            <translation>CSV: صف لكل مصدر بدلًا من صف لكل ادعاء</translation>
        </message>
        <message>
            <location filename="../../annotator/commands/export.py" line="60" />
            <source>ClaimReview: write even without a report URL or an organisation (drafts)</source>
            <translation>ClaimReview: اكتب حتى دون رابط للتقرير أو منظمة (مسودات)</translation>
        </message>
        <message>
            <location filename="../../annotator/commands/export.py" line="46" />
            <source>also claims not (or no longer) approved; reports say so on their first page</source>
            <translation>والادعاءات غير المعتمدة (أو التي لم تعد معتمدة) أيضًا؛ وتذكر التقارير ذلك في صفحتها الأولى</translation>
        </message>
        <message>
            <location filename="../../annotator/commands/export.py" line="117" />
            <source>checklist: {line}</source>
            <translation>قائمة التحقق: {line}</translation>
        </message>
        <message>
            <location filename="../../annotator/commands/export.py" line="82" />
            <source>date printed on the report (default: today)</source>
            <translation>التاريخ المطبوع على التقرير (الافتراضي: اليوم)</translation>
        </message>
        <message>
            <location filename="../../annotator/commands/export.py" line="63" />
            <source>do not print the publication checklist</source>
            <translation>لا تطبع قائمة التحقق قبل النشر</translation>
        </message>
        <message>
            <location filename="../../annotator/commands/export.py" line="23" />
            <source>export a report (html, pdf, markdown), data (csv, json, claimreview, w3c) or the evidence (warc); text formats go to stdout without -o</source>
            <translation>صدّر تقريرًا (html أو pdf أو markdown) أو بيانات (csv أو json أو claimreview أو w3c) أو الأدلة (warc)؛ بدون -o تذهب الصيغ النصية إلى الخرج القياسي</translation>
        </message>
        <message>
            <location filename="../../annotator/commands/export.py" line="41" />
            <source>export only this article (default: all)</source>
            <translation>صدّر هذه المقالة فقط (الافتراضي: الكل)</translation>
        </message>
        <message>
            <location filename="../../annotator/commands/export.py" line="38" />
            <source>file to write (required for pdf; default: standard output)</source>
            <translation>الملف المراد كتابته (مطلوب لصيغة pdf؛ الافتراضي: الخرج القياسي)</translation>
        </message>
        <message>
            <location filename="../../annotator/commands/export.py" line="55" />
            <source>leave out drafts (the default; kept for scripts)</source>
            <translation>استبعد المسودات (الافتراضي؛ أُبقي من أجل السكربتات)</translation>
        </message>
        <message>
            <location filename="../../annotator/commands/export.py" line="51" />
            <source>only approved claims with a current approval (the default; kept for scripts)</source>
            <translation>الادعاءات المعتمدة باعتماد ساري المفعول فقط (الافتراضي؛ أُبقي من أجل السكربتات)</translation>
        </message>
        <message>
            <location filename="../../annotator/commands/export.py" line="78" />
            <source>reports: add how far the reviewers of each article agreed</source>
            <translation>التقارير: أضف مدى اتفاق مراجعي كل مقالة</translation>
        </message>
        <message>
            <location filename="../../annotator/commands/export.py" line="86" />
            <source>reports: headings and labels</source>
            <translation>التقارير: العناوين والتسميات</translation>
        </message>
        <message>
            <location filename="../../annotator/commands/export.py" line="32" />
            <source>what to write</source>
            <translation>ما يُراد كتابته</translation>
        </message>
        <message numerus="yes">
            <location filename="../../annotator/commands/export.py" line="112" />
            <source>wrote %n capture(s) to {path}</source>
            <translation>
                <numerusform>لم تُكتب أي لقطة في {path}</numerusform>
                <numerusform>كُتبت لقطة واحدة في {path}</numerusform>
                <numerusform>كُتبت لقطتان في {path}</numerusform>
                <numerusform>كُتبت %n لقطات في {path}</numerusform>
                <numerusform>كُتبت %n لقطةً في {path}</numerusform>
                <numerusform>كُتبت %n لقطة في {path}</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../annotator/commands/export.py" line="127" />
            <source>wrote %n claim(s) to {path}</source>
            <translation>
                <numerusform>لم يُكتب أي ادعاء في {path}</numerusform>
                <numerusform>كُتب ادعاء واحد في {path}</numerusform>
                <numerusform>كُتب ادعاءان في {path}</numerusform>
                <numerusform>كُتبت %n ادعاءات في {path}</numerusform>
                <numerusform>كُتب %n ادعاءً في {path}</numerusform>
                <numerusform>كُتب %n ادعاء في {path}</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>commands.hub</name>
        <message numerus="yes">
            <location filename="../../annotator/commands/hub.py" line="105" />
            <source>%n conflict(s) kept both versions; resolve them in the Conflicts panel.</source>
            <translation>
                <numerusform>لا تعارضات احتفظت بالنسختين.</numerusform>
                <numerusform>احتفظ تعارض واحد بالنسختين؛ احسمه في لوحة التعارضات.</numerusform>
                <numerusform>احتفظ تعارضان بالنسختين؛ احسمهما في لوحة التعارضات.</numerusform>
                <numerusform>احتفظت %n تعارضات بالنسختين؛ احسمها في لوحة التعارضات.</numerusform>
                <numerusform>احتفظ %n تعارضًا بالنسختين؛ احسمها في لوحة التعارضات.</numerusform>
                <numerusform>احتفظ %n تعارض بالنسختين؛ احسمها في لوحة التعارضات.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../annotator/commands/hub.py" line="108" />
            <source>%n item(s) changed on the hub meanwhile; sync again.</source>
            <translation>
                <numerusform>لم يتغير أي عنصر على المركز في الأثناء.</numerusform>
                <numerusform>تغيّر عنصر واحد على المركز في الأثناء؛ زامن مرة أخرى.</numerusform>
                <numerusform>تغيّر عنصران على المركز في الأثناء؛ زامن مرة أخرى.</numerusform>
                <numerusform>تغيّرت %n عناصر على المركز في الأثناء؛ زامن مرة أخرى.</numerusform>
                <numerusform>تغيّر %n عنصرًا على المركز في الأثناء؛ زامن مرة أخرى.</numerusform>
                <numerusform>تغيّر %n عنصر على المركز في الأثناء؛ زامن مرة أخرى.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../annotator/commands/hub.py" line="71" />
            <source>Hub schema at {url}: version {before} -&gt; {after}.</source>
            <translation>مخطط المركز في {url}: الإصدار {before} -&gt; {after}.</translation>
        </message>
        <message>
            <location filename="../../annotator/commands/hub.py" line="116" />
            <source>Not connected to a hub.</source>
            <translation>غير متصل بأي مركز.</translation>
        </message>
        <message>
            <location filename="../../annotator/commands/hub.py" line="68" />
            <source>The hub at {url} is up to date (schema version {version}).</source>
            <translation>المركز في {url} محدَّث (إصدار المخطط {version}).</translation>
        </message>
        <message>
            <location filename="../../annotator/commands/hub.py" line="27" />
            <source>a libpq address, e.g. postgresql://USER@HOST/DB?sslmode=verify-full (no password: use ~/.pgpass, a service file or PGPASSWORD)</source>
            <translation>عنوان libpq، مثل postgresql://USER@HOST/DB?sslmode=verify-full (دون كلمة مرور: استخدم ~/.pgpass أو ملف خدمة أو PGPASSWORD)</translation>
        </message>
        <message>
            <location filename="../../annotator/commands/hub.py" line="47" />
            <source>bring the hub's changes into PROJECT (merged like a colleague's file)</source>
            <translation>اجلب تغييرات المركز إلى PROJECT (تُدمج كملف زميل)</translation>
        </message>
        <message>
            <location filename="../../annotator/commands/hub.py" line="22" />
            <source>create a team hub on PostgreSQL, tie a project to it, and push, pull or sync (needs annotator[hub])</source>
            <translation>أنشئ مركزًا للفريق على PostgreSQL، واربط به مشروعًا، ثم أرسل أو اجلب أو زامن (يتطلب annotator[hub])</translation>
        </message>
        <message>
            <location filename="../../annotator/commands/hub.py" line="35" />
            <source>create or upgrade the hub schema (refuses a newer hub)</source>
            <translation>أنشئ مخطط المركز أو رقّه (يرفض مركزًا أحدث)</translation>
        </message>
        <message>
            <location filename="../../annotator/commands/hub.py" line="58" />
            <source>print the status as JSON</source>
            <translation>اطبع الحالة بصيغة JSON</translation>
        </message>
        <message>
            <location filename="../../annotator/commands/hub.py" line="53" />
            <source>print what happened as JSON</source>
            <translation>اطبع ما حدث بصيغة JSON</translation>
        </message>
        <message>
            <location filename="../../annotator/commands/hub.py" line="48" />
            <source>pull, then push</source>
            <translation>اجلب ثم أرسل</translation>
        </message>
        <message>
            <location filename="../../annotator/commands/hub.py" line="46" />
            <source>send my new work to the hub</source>
            <translation>أرسل عملي الجديد إلى المركز</translation>
        </message>
        <message>
            <location filename="../../annotator/commands/hub.py" line="55" />
            <source>the hub PROJECT syncs with, last sync, whether it is behind</source>
            <translation>المركز الذي يُزامَن معه PROJECT، وآخر مزامنة، وهل هو متأخر</translation>
        </message>
        <message>
            <location filename="../../annotator/commands/hub.py" line="37" />
            <source>tie PROJECT to a hub (created if missing)</source>
            <translation>اربط PROJECT بمركز (يُنشأ إن لم يكن موجودًا)</translation>
        </message>
        <message>
            <location filename="../../annotator/commands/hub.py" line="42" />
            <source>untie PROJECT from its hub; the file stays complete</source>
            <translation>افصل PROJECT عن مركزه؛ يبقى الملف كاملًا</translation>
        </message>
        <message>
            <location filename="../../annotator/commands/hub.py" line="84" />
            <source>{name} is no longer tied to a hub; it keeps everything it holds.</source>
            <translation>لم يعد {name} مرتبطًا بمركز؛ ويحتفظ بكل ما فيه.</translation>
        </message>
        <message>
            <location filename="../../annotator/commands/hub.py" line="79" />
            <source>{name} now syncs with {url} as {role}.</source>
            <translation>يُزامَن {name} الآن مع {url} بصفة {role}.</translation>
        </message>
    </context>
    <context>
        <name>commands.import_annotations</name>
        <message>
            <location filename="../../annotator/commands/import_annotations.py" line="16" />
            <source>add annotations from a W3C Web Annotation (JSON-LD) or Hypothesis JSON file as claims</source>
            <translation>أضف بوصفها ادعاءات التعليقات التوضيحية من ملف W3C Web Annotation (JSON-LD) أو Hypothesis JSON</translation>
        </message>
        <message>
            <location filename="../../annotator/commands/import_annotations.py" line="21" />
            <source>the annotation file (.json / .jsonld)</source>
            <translation>ملف التعليقات التوضيحية (.json / .jsonld)</translation>
        </message>
    </context>
    <context>
        <name>commands.import_articles</name>
        <message>
            <location filename="../../annotator/commands/import_articles.py" line="25" />
            <source>add articles from files ({suffixes}) or from http(s) URLs (the page is kept as a capture); prints each article's id and title</source>
            <translation>أضف مقالات من ملفات ({suffixes}) أو من روابط http(s) (تُحفظ الصفحة بوصفها لقطة)؛ يطبع معرّف كل مقالة وعنوانها</translation>
        </message>
        <message>
            <location filename="../../annotator/commands/import_articles.py" line="35" />
            <source>article files or page URLs to import</source>
            <translation>ملفات المقالات أو روابط الصفحات المراد استيرادها</translation>
        </message>
        <message>
            <location filename="../../annotator/commands/import_articles.py" line="45" />
            <source>let this fetch reach loopback and private network addresses (refused by default)</source>
            <translation>اسمح لهذا الجلب بالوصول إلى عناوين الاسترجاع المحلي والشبكات الخاصة (مرفوض افتراضيًا)</translation>
        </message>
        <message>
            <location filename="../../annotator/commands/import_articles.py" line="52" />
            <source>seconds to wait for the server (default 20)</source>
            <translation>ثوانٍ لانتظار الخادم (الافتراضي 20)</translation>
        </message>
        <message>
            <location filename="../../annotator/commands/import_articles.py" line="100" />
            <source>{name}: already in the project as {title!r} ({article_id}); not added again</source>
            <translation>{name}: موجود في المشروع باسم {title!r} ({article_id})؛ لم يُضَف مرة أخرى</translation>
        </message>
    </context>
    <context>
        <name>commands.import_factchecks</name>
        <message>
            <location filename="../../annotator/commands/import_factchecks.py" line="23" />
            <source>ClaimReview JSON, JSON Lines or CSV (may be gzipped)</source>
            <translation>ClaimReview JSON أو JSON Lines أو CSV (قد يكون مضغوطًا بـ gzip)</translation>
        </message>
        <message>
            <location filename="../../annotator/commands/import_factchecks.py" line="15" />
            <source>add published fact-checks (ClaimReview JSON-LD, JSON Lines or CSV) to the reference archive</source>
            <translation>أضف عمليات تحقق منشورة (ClaimReview JSON-LD أو JSON Lines أو CSV) إلى الأرشيف المرجعي</translation>
        </message>
    </context>
    <context>
        <name>commands.list_project</name>
        <message>
            <location filename="../../annotator/commands/list_project.py" line="14" />
            <source>list the articles and their claims (--json for the full structure)</source>
            <translation>اعرض المقالات وادعاءاتها (--json للبنية الكاملة)</translation>
        </message>
        <message>
            <location filename="../../annotator/commands/list_project.py" line="20" />
            <source>print JSON (documented in docs/CLI.md)</source>
            <translation>اطبع JSON (موثّق في docs/CLI.md)</translation>
        </message>
    </context>
    <context>
        <name>commands.match</name>
        <message>
            <location filename="../../annotator/commands/match.py" line="36" />
            <source>JSON output</source>
            <translation>خرج JSON</translation>
        </message>
        <message>
            <location filename="../../annotator/commands/match.py" line="18" />
            <source>find fact-checks (imported, or the project's approved claims) that already checked a text</source>
            <translation>ابحث عن عمليات تحقق (مستوردة، أو ادعاءات المشروع المعتمدة) سبق أن فحصت نصًا</translation>
        </message>
        <message>
            <location filename="../../annotator/commands/match.py" line="34" />
            <source>how many matches (default 5)</source>
            <translation>عدد المطابقات (الافتراضي 5)</translation>
        </message>
        <message>
            <location filename="../../annotator/commands/match.py" line="31" />
            <source>one {"id": ..., "text": ...} a line; one result line each</source>
            <translation>سطر لكل {"id": ..., "text": ...}؛ وسطر نتيجة لكل منها</translation>
        </message>
        <message>
            <location filename="../../annotator/commands/match.py" line="26" />
            <source>the claim or sentence to look up</source>
            <translation>الادعاء أو الجملة المراد البحث عنها</translation>
        </message>
    </context>
    <context>
        <name>commands.merge</name>
        <message numerus="yes">
            <location filename="../../annotator/commands/merge.py" line="62" />
            <source>%n approved claim(s) arrived without an approval that holds here (their reviewer wrote them, or what they say changed); they are ready for review again:</source>
            <translation>
                <numerusform>لم يصل أي ادعاء معتمد دون اعتماد صالح هنا:</numerusform>
                <numerusform>وصل ادعاء معتمد واحد دون اعتماد صالح هنا (كتبه مراجعه، أو تغيّر ما يقوله)؛ صار جاهزًا للمراجعة من جديد:</numerusform>
                <numerusform>وصل ادعاءان معتمدان دون اعتماد صالح هنا (كتبهما مراجعهما، أو تغيّر ما يقولانه)؛ صارا جاهزين للمراجعة من جديد:</numerusform>
                <numerusform>وصلت %n ادعاءات معتمدة دون اعتماد صالح هنا (كتبها مراجعها، أو تغيّر ما تقوله)؛ صارت جاهزة للمراجعة من جديد:</numerusform>
                <numerusform>وصل %n ادعاءً معتمدًا دون اعتماد صالح هنا (كتبها مراجعها، أو تغيّر ما تقوله)؛ صارت جاهزة للمراجعة من جديد:</numerusform>
                <numerusform>وصل %n ادعاء معتمد دون اعتماد صالح هنا (كتبها مراجعها، أو تغيّر ما تقوله)؛ صارت جاهزة للمراجعة من جديد:</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../annotator/commands/merge.py" line="58" />
            <source>%n conflict(s) kept both versions; resolve them in the Conflicts panel.</source>
            <translation>
                <numerusform>لا تعارضات احتفظت بالنسختين.</numerusform>
                <numerusform>احتفظ تعارض واحد بالنسختين؛ احسمه في لوحة التعارضات.</numerusform>
                <numerusform>احتفظ تعارضان بالنسختين؛ احسمهما في لوحة التعارضات.</numerusform>
                <numerusform>احتفظت %n تعارضات بالنسختين؛ احسمها في لوحة التعارضات.</numerusform>
                <numerusform>احتفظ %n تعارضًا بالنسختين؛ احسمها في لوحة التعارضات.</numerusform>
                <numerusform>احتفظ %n تعارض بالنسختين؛ احسمها في لوحة التعارضات.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../annotator/commands/merge.py" line="68" />
            <source>Nothing to merge: the project already holds everything in the other file.</source>
            <translation>لا شيء للدمج: يحتوي المشروع بالفعل على كل ما في الملف الآخر.</translation>
        </message>
        <message>
            <location filename="../../annotator/commands/merge.py" line="29" />
            <source>adjudications</source>
            <translation>قرارات الحسم</translation>
        </message>
        <message>
            <location filename="../../annotator/commands/merge.py" line="27" />
            <source>articles</source>
            <translation>المقالات</translation>
        </message>
        <message>
            <location filename="../../annotator/commands/merge.py" line="28" />
            <source>blind ratings</source>
            <translation>التقييمات العمياء</translation>
        </message>
        <message>
            <location filename="../../annotator/commands/merge.py" line="27" />
            <source>claims</source>
            <translation>الادعاءات</translation>
        </message>
        <message>
            <location filename="../../annotator/commands/merge.py" line="28" />
            <source>comments</source>
            <translation>التعليقات</translation>
        </message>
        <message>
            <location filename="../../annotator/commands/merge.py" line="30" />
            <source>fact-checks</source>
            <translation>التحققات</translation>
        </message>
        <message>
            <location filename="../../annotator/commands/merge.py" line="21" />
            <source>merge a colleague's project file into PROJECT; prints what was added, updated, unchanged and in conflict</source>
            <translation>ادمج ملف مشروع زميل في PROJECT؛ يطبع ما أُضيف وما حُدّث وما لم يتغير وما فيه تعارض</translation>
        </message>
        <message>
            <location filename="../../annotator/commands/merge.py" line="40" />
            <source>print the merge report as JSON</source>
            <translation>اطبع تقرير الدمج بصيغة JSON</translation>
        </message>
        <message>
            <location filename="../../annotator/commands/merge.py" line="27" />
            <source>sources</source>
            <translation>المصادر</translation>
        </message>
        <message>
            <location filename="../../annotator/commands/merge.py" line="37" />
            <source>the colleague's project file (only read)</source>
            <translation>ملف مشروع الزميل (يُقرأ فقط)</translation>
        </message>
        <message>
            <location filename="../../annotator/commands/merge.py" line="29" />
            <source>verdicts</source>
            <translation>الأحكام</translation>
        </message>
    </context>
    <context>
        <name>commands.rate</name>
        <message>
            <location filename="../../annotator/commands/rate.py" line="33" />
            <source>print the passage's ratings as JSON</source>
            <translation>اطبع تقييمات المقطع بصيغة JSON</translation>
        </message>
        <message>
            <location filename="../../annotator/commands/rate.py" line="19" />
            <source>rate a colleague's claim (second review): stored as your rating, never as a claim</source>
            <translation>قيّم ادعاء زميل (مراجعة ثانية): يُحفظ بوصفه تقييمك، لا بوصفه ادعاءً أبدًا</translation>
        </message>
        <message>
            <location filename="../../annotator/commands/rate.py" line="31" />
            <source>why (kept with your rating)</source>
            <translation>السبب (يُحفظ مع تقييمك)</translation>
        </message>
        <message>
            <location filename="../../annotator/commands/rate.py" line="29" />
            <source>your verdict (a label of the scale, or 'unrated')</source>
            <translation>حكمك (تسمية من المقياس، أو 'unrated')</translation>
        </message>
    </context>
    <context>
        <name>commands.review_claim</name>
        <message>
            <location filename="../../annotator/commands/review_claim.py" line="40" />
            <source>a note kept with the decision</source>
            <translation>ملاحظة تُحفظ مع القرار</translation>
        </message>
        <message>
            <location filename="../../annotator/commands/review_claim.py" line="33" />
            <source>approve CLAIM_ID</source>
            <translation>اعتمد CLAIM_ID</translation>
        </message>
        <message>
            <location filename="../../annotator/commands/review_claim.py" line="34" />
            <source>request changes CLAIM_ID</source>
            <translation>اطلب تغييرات على CLAIM_ID</translation>
        </message>
        <message>
            <location filename="../../annotator/commands/review_claim.py" line="32" />
            <source>submit CLAIM_ID</source>
            <translation>أرسل CLAIM_ID للمراجعة</translation>
        </message>
        <message>
            <location filename="../../annotator/commands/review_claim.py" line="20" />
            <source>submit, approve or request changes on a claim (see docs/CLI.md)</source>
            <translation>أرسل ادعاءً للمراجعة أو اعتمده أو اطلب تغييرات عليه (انظر docs/CLI.md)</translation>
        </message>
    </context>
    <context>
        <name>commands.search_project</name>
        <message>
            <location filename="../../annotator/commands/search_project.py" line="14" />
            <source>search the text of every article and claim; prints article id, offset, title and context</source>
            <translation>ابحث في نص كل مقالة وادعاء؛ يطبع معرّف المقالة والإزاحة والعنوان والسياق</translation>
        </message>
        <message>
            <location filename="../../annotator/commands/search_project.py" line="22" />
            <source>words to find (all must occur)</source>
            <translation>الكلمات المراد إيجادها (يجب أن ترد كلها)</translation>
        </message>
    </context>
    <context>
        <name>commands.show_article</name>
        <message>
            <location filename="../../annotator/commands/show_article.py" line="14" />
            <source>print an article's canonical text (the text claim offsets count in)</source>
            <translation>اطبع النص المعتمد لمقالة (النص الذي تُحسب فيه إزاحات الادعاءات)</translation>
        </message>
    </context>
    <context>
        <name>commands.sources</name>
        <message>
            <location filename="../../annotator/commands/sources.py" line="90" />
            <source>a confidential source: never exported, reports say 'a source who asked not to be named'</source>
            <translation>مصدر سري: لا يُصدَّر أبدًا، وتقول التقارير 'مصدر طلب عدم ذكر اسمه'</translation>
        </message>
        <message>
            <location filename="../../annotator/commands/sources.py" line="70" />
            <source>a newsroom's own kind</source>
            <translation>نوع خاص بغرفة الأخبار</translation>
        </message>
        <message>
            <location filename="../../annotator/commands/sources.py" line="42" />
            <source>add a source to CLAIM_ID; prints its id</source>
            <translation>أضف مصدرًا إلى CLAIM_ID؛ يطبع معرّفه</translation>
        </message>
        <message>
            <location filename="../../annotator/commands/sources.py" line="28" />
            <source>add, edit, list, capture or attach a file to a claim's sources; list or add source kinds</source>
            <translation>أضف مصادر ادعاء أو حرّرها أو اعرضها أو التقطها أو أرفق بها ملفًا؛ اعرض أنواع المصادر أو أضف نوعًا</translation>
        </message>
        <message>
            <location filename="../../annotator/commands/sources.py" line="62" />
            <source>attach FILE (saved page, PDF, screenshot) as SOURCE_ID's capture</source>
            <translation>أرفق FILE (صفحة محفوظة أو PDF أو لقطة شاشة) بوصفه لقطة SOURCE_ID</translation>
        </message>
        <message>
            <location filename="../../annotator/commands/sources.py" line="48" />
            <source>change fields of SOURCE_ID</source>
            <translation>غيّر حقول SOURCE_ID</translation>
        </message>
        <message>
            <location filename="../../annotator/commands/sources.py" line="57" />
            <source>fetch SOURCE_ID's URL now and keep the capture; prints its SHA-256</source>
            <translation>اجلب رابط SOURCE_ID الآن واحفظ اللقطة؛ يطبع SHA-256 الخاص بها</translation>
        </message>
        <message>
            <location filename="../../annotator/commands/sources.py" line="67" />
            <source>list the project's source kinds, or add one with --add ID LABEL</source>
            <translation>اعرض أنواع مصادر المشروع، أو أضف نوعًا بـ --add ID LABEL</translation>
        </message>
        <message>
            <location filename="../../annotator/commands/sources.py" line="46" />
            <source>print the new source as JSON (docs/CLI.md)</source>
            <translation>اطبع المصدر الجديد بصيغة JSON (docs/CLI.md)</translation>
        </message>
        <message>
            <location filename="../../annotator/commands/sources.py" line="51" />
            <source>the source may be named again</source>
            <translation>يجوز ذكر اسم المصدر مجددًا</translation>
        </message>
        <message>
            <location filename="../../annotator/commands/sources.py" line="53" />
            <source>the sources of CLAIM_ID as JSON (with their captures)</source>
            <translation>مصادر CLAIM_ID بصيغة JSON (مع لقطاتها)</translation>
        </message>
        <message>
            <location filename="../../annotator/commands/sources.py" line="73" />
            <source>with --add: sources of this kind need a URL</source>
            <translation>مع --add: تحتاج مصادر هذا النوع إلى رابط</translation>
        </message>
    </context>
    <context>
        <name>commands.suggest</name>
        <message>
            <location filename="../../annotator/commands/suggest.py" line="34" />
            <source>a JSON list of {"start", "end", "score", "reasons"}</source>
            <translation>قائمة JSON من {"start", "end", "score", "reasons"}</translation>
        </message>
        <message>
            <location filename="../../annotator/commands/suggest.py" line="40" />
            <source>dismiss the suggestion at START:END</source>
            <translation>ارفض الاقتراح عند START:END</translation>
        </message>
        <message>
            <location filename="../../annotator/commands/suggest.py" line="45" />
            <source>forget the retrained model; use the shipped one</source>
            <translation>انسَ النموذج المعاد تدريبه؛ واستخدم النموذج المرفق</translation>
        </message>
        <message>
            <location filename="../../annotator/commands/suggest.py" line="27" />
            <source>retrain on the project's accepted and dismissed suggestions</source>
            <translation>أعد التدريب على اقتراحات المشروع المقبولة والمرفوضة</translation>
        </message>
        <message>
            <location filename="../../annotator/commands/suggest.py" line="18" />
            <source>suggest the sentences of an article most worth checking (score and reasons); --train retrains</source>
            <translation>اقترح أجدر جمل المقالة بالتحقق (الدرجة والأسباب)؛ --train يعيد التدريب</translation>
        </message>
        <message>
            <location filename="../../annotator/commands/suggest.py" line="29" />
            <source>the project file</source>
            <translation>ملف المشروع</translation>
        </message>
        <message>
            <location filename="../../annotator/commands/suggest.py" line="37" />
            <source>turn the suggestion at START:END into a claim</source>
            <translation>حوّل الاقتراح عند START:END إلى ادعاء</translation>
        </message>
    </context>
    <context>
        <name>commands.update_article</name>
        <message>
            <location filename="../../annotator/commands/update_article.py" line="43" />
            <source>fetch the article's URL; a new version only if its text changed</source>
            <translation>اجلب رابط المقالة؛ ولا إصدار جديد إلا إذا تغيّر نصها</translation>
        </message>
        <message>
            <location filename="../../annotator/commands/update_article.py" line="26" />
            <source>store a new version of an article from FILE, or fetch its URL again with --from-url, and re-anchor its claims; prints how many are exact, moved, changed, orphaned</source>
            <translation>احفظ إصدارًا جديدًا من مقالة من FILE، أو اجلب رابطها مجددًا بـ --from-url، وأعد ربط ادعاءاتها؛ يطبع عدد المطابقة والمنقولة والمتغيّرة واليتيمة منها</translation>
        </message>
        <message>
            <location filename="../../annotator/commands/update_article.py" line="35" />
            <source>the article (with --from-url: or `all`)</source>
            <translation>المقالة (مع --from-url: أو `all`)</translation>
        </message>
        <message>
            <location filename="../../annotator/commands/update_article.py" line="38" />
            <source>the new version (any importable format)</source>
            <translation>الإصدار الجديد (بأي صيغة قابلة للاستيراد)</translation>
        </message>
    </context>
    <context>
        <name>commands.verdicts</name>
        <message>
            <location filename="../../annotator/commands/verdicts.py" line="29" />
            <source>#rrggbb (default grey)</source>
            <translation>#rrggbb (الافتراضي رمادي)</translation>
        </message>
        <message>
            <location filename="../../annotator/commands/verdicts.py" line="67" />
            <source>a verdict's label or id</source>
            <translation>تسمية الحكم أو معرّفه</translation>
        </message>
        <message>
            <location filename="../../annotator/commands/verdicts.py" line="45" />
            <source>a whole number &gt;= 1, or none</source>
            <translation>عدد صحيح &gt;= 1، أو none</translation>
        </message>
        <message>
            <location filename="../../annotator/commands/verdicts.py" line="28" />
            <source>add a verdict at the end of the scale</source>
            <translation>أضف حكمًا في نهاية المقياس</translation>
        </message>
        <message>
            <location filename="../../annotator/commands/verdicts.py" line="16" />
            <source>list or change the project's verdict scale (add, rename, remove or retire, recolour, value, move, template)</source>
            <translation>اعرض مقياس أحكام المشروع أو غيّره (إضافة، إعادة تسمية، إزالة أو إيقاف، تغيير اللون، القيمة، النقل، القالب)</translation>
        </message>
        <message>
            <location filename="../../annotator/commands/verdicts.py" line="48" />
            <source>move a verdict to POSITION (0 = first)</source>
            <translation>انقل حكمًا إلى POSITION (0 = الأول)</translation>
        </message>
        <message>
            <location filename="../../annotator/commands/verdicts.py" line="31" />
            <source>numeric value for ClaimReview and agreement (default none)</source>
            <translation>القيمة الرقمية لـ ClaimReview والاتفاق (الافتراضي لا شيء)</translation>
        </message>
        <message>
            <location filename="../../annotator/commands/verdicts.py" line="47" />
            <source>offer a retired verdict again</source>
            <translation>أعد عرض حكم موقوف</translation>
        </message>
        <message>
            <location filename="../../annotator/commands/verdicts.py" line="25" />
            <source>position, label, value, colour, claims using it, retired</source>
            <translation>الموضع، والتسمية، والقيمة، واللون، والادعاءات التي تستخدمه، وهل هو موقوف</translation>
        </message>
        <message>
            <location filename="../../annotator/commands/verdicts.py" line="42" />
            <source>recolour, set the value, retire or restore a verdict</source>
            <translation>غيّر لون حكم، أو اضبط قيمته، أو أوقفه، أو استعده</translation>
        </message>
        <message>
            <location filename="../../annotator/commands/verdicts.py" line="38" />
            <source>remove an unused verdict; one that claims use is retired instead</source>
            <translation>أزل حكمًا غير مستخدم؛ أما الحكم الذي تستخدمه ادعاءات فيُوقف بدلًا من ذلك</translation>
        </message>
        <message>
            <location filename="../../annotator/commands/verdicts.py" line="33" />
            <source>rename a verdict (claims keep it)</source>
            <translation>أعد تسمية حكم (تحتفظ به الادعاءات)</translation>
        </message>
        <message>
            <location filename="../../annotator/commands/verdicts.py" line="52" />
            <source>start from a template scale ({names})</source>
            <translation>ابدأ من مقياس قالب ({names})</translation>
        </message>
    </context>
    <context>
        <name>common.dialogs</name>
        <message>
            <location filename="../../annotator/ui/common/dialogs.py" line="34" />
            <source>
You are person {short_id}: renaming changes how you are shown, never who you are.</source>
            <translation>
أنت الشخص {short_id}: تغيير الاسم يغيّر طريقة ظهورك فقط، لا هويتك.</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/common/dialogs.py" line="188" />
            <source>&amp;About Annotator</source>
            <translation>&amp;حول Annotator</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/common/dialogs.py" line="144" />
            <source>&amp;Authors:</source>
            <translation>ال&amp;كتّاب:</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/common/dialogs.py" line="146" />
            <source>&amp;Date:</source>
            <translation>ال&amp;تاريخ:</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/common/dialogs.py" line="149" />
            <source>&amp;Language:</source>
            <translation>الل&amp;غة:</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/common/dialogs.py" line="145" />
            <source>&amp;Publisher:</source>
            <translation>ال&amp;ناشر:</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/common/dialogs.py" line="150" />
            <source>&amp;Standfirst:</source>
            <translation>ال&amp;مقدمة:</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/common/dialogs.py" line="143" />
            <source>&amp;Title:</source>
            <translation>ال&amp;عنوان:</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/common/dialogs.py" line="147" />
            <source>&amp;URL:</source>
            <translation>&amp;URL:</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/common/dialogs.py" line="198" />
            <source>About Annotator</source>
            <translation>حول Annotator</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/common/dialogs.py" line="123" />
            <source>Article Properties</source>
            <translation>خصائص المقالة</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/common/dialogs.py" line="152" />
            <source>Imported from {value} ({source_format}); version {version}; {count} characters.</source>
            <translation>مستورد من {value} ({source_format})؛ الإصدار {version}؛ {count} حرفًا.</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/common/dialogs.py" line="148" />
            <source>Published &amp;report:</source>
            <translation>ال&amp;تقرير المنشور:</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/common/dialogs.py" line="130" />
            <source>YYYY-MM-DD</source>
            <translation>YYYY-MM-DD</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/common/dialogs.py" line="42" />
            <source>Your Name</source>
            <translation>اسمك</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/common/dialogs.py" line="43" />
            <source>Your name is shown as the author of the claims, sources and changes you make.{identity}
Name:</source>
            <translation>يظهر اسمك كاتبًا للادعاءات والمصادر والتغييرات التي تُجريها.{identity}
الاسم:</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/common/dialogs.py" line="139" />
            <source>en, uk, ru…</source>
            <translation>ar، en، es…</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/common/dialogs.py" line="136" />
            <source>https://… where our fact-check of this article is published</source>
            <translation>‏https://… حيث نُشر تحققنا من هذه المقالة</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/common/dialogs.py" line="155" />
            <source>unknown</source>
            <translation>غير معروف</translation>
        </message>
    </context>
    <context>
        <name>common.empty_states</name>
        <message>
            <location filename="../../annotator/ui/common/empty_states.py" line="21" />
            <source>No article updates to review. When an article changes (Article → Check for a New Version, or Update from New Version…), the claims whose passage moved or changed are listed here to check, one by one.</source>
            <translation>لا تحديثات مقالات للمراجعة. عندما تتغيّر مقالة (مقالة ← البحث عن إصدار جديد، أو التحديث من إصدار جديد…)، تظهر هنا الادعاءات التي انتقل مقطعها أو تغيّر لتراجعها واحدًا تلو الآخر.</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/common/empty_states.py" line="26" />
            <source>No conflicts. When File → Merge Colleague's Project… finds an item that you and a colleague both changed, it is listed here with your version and theirs side by side.</source>
            <translation>لا تعارضات. عندما يجد ملف ← دمج مشروع زميل… عنصرًا غيّرته أنت وزميلك، يظهر هنا مع نسختك ونسخته جنبًا إلى جنب.</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/common/empty_states.py" line="42" />
            <source>Nothing found for “{query}”. Try fewer or other words, or check the spelling.</source>
            <translation>لم يُعثر على شيء لـ«{query}». جرّب كلمات أقل أو أخرى، أو تحقق من الإملاء.</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/common/empty_states.py" line="14" />
            <source>This project has no articles yet.

Import saved web pages, PDFs, Word, Markdown or text files with File → Import Articles… (Ctrl+I) or by dropping them on the window; fetch a page with File → Open URL… (Ctrl+Shift+O); or copy an article in your browser and choose Edit → Paste as New Article (Ctrl+Shift+V).</source>
            <translation>لا مقالات في هذا المشروع بعد.

استورد صفحات ويب محفوظة أو ملفات PDF أو Word أو Markdown أو نصوص عبر ملف ← استيراد مقالات… (Ctrl+I) أو بإفلاتها على النافذة؛ أو اجلب صفحة عبر ملف ← فتح رابط… (Ctrl+Shift+O)؛ أو انسخ مقالة في متصفحك واختر تحرير ← لصق كمقالة جديدة (Ctrl+Shift+V).</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/common/empty_states.py" line="30" />
            <source>Type words to search every article, claim, source and comment of the project ("quotes" for a phrase).</source>
            <translation>اكتب كلمات للبحث في كل مقالات المشروع وادعاءاته ومصادره وتعليقاته ("علامات تنصيص" لعبارة).</translation>
        </message>
    </context>
    <context>
        <name>common.people</name>
        <message>
            <location filename="../../annotator/ui/common/people.py" line="20" />
            <source>Approval: current (what it says now is what was approved)</source>
            <translation>الاعتماد: سارٍ (ما يقوله الآن هو ما اعتُمد)</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/common/people.py" line="21" />
            <source>Approval: none now (it changed after it was approved; see History)</source>
            <translation>الاعتماد: لا يوجد الآن (تغيّر بعد اعتماده؛ انظر السجل)</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/common/people.py" line="26" />
            <source>{label} (approval voided)</source>
            <translation>‏{label} (أُبطل الاعتماد)</translation>
        </message>
    </context>
    <context>
        <name>common.review_text</name>
        <message>
            <location filename="../../annotator/ui/common/review_text.py" line="15" />
            <source>Approved</source>
            <translation>معتمد</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/common/review_text.py" line="16" />
            <source>Changes requested</source>
            <translation>مطلوب تغييرات</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/common/review_text.py" line="21" />
            <source>Context</source>
            <translation>سياق</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/common/review_text.py" line="13" />
            <source>Draft</source>
            <translation>مسودة</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/common/review_text.py" line="14" />
            <source>Ready for review</source>
            <translation>جاهز للمراجعة</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/common/review_text.py" line="20" />
            <source>Refutes the claim</source>
            <translation>يدحض الادعاء</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/common/review_text.py" line="19" />
            <source>Supports the claim</source>
            <translation>يدعم الادعاء</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/common/review_text.py" line="39" />
            <source>someone</source>
            <translation>شخص ما</translation>
        </message>
    </context>
    <context>
        <name>common.theme</name>
        <message>
            <location filename="../../annotator/ui/common/theme.py" line="20" />
            <source>Dark</source>
            <translation>داكنة</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/common/theme.py" line="20" />
            <source>Follow the system</source>
            <translation>حسب النظام</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/common/theme.py" line="20" />
            <source>Light</source>
            <translation>فاتحة</translation>
        </message>
    </context>
    <context>
        <name>common.times</name>
        <message>
            <location filename="../../annotator/ui/common/times.py" line="21" />
            <source>This computer's time zone</source>
            <translation>المنطقة الزمنية لهذا الحاسوب</translation>
        </message>
    </context>
    <context>
        <name>common.undo_commands</name>
        <message>
            <location filename="../../annotator/ui/common/undo_commands.py" line="200" />
            <source>Add source</source>
            <translation>إضافة مصدر</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/common/undo_commands.py" line="314" />
            <source>Change project settings</source>
            <translation>تغيير إعدادات المشروع</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/common/undo_commands.py" line="165" />
            <source>Change {field}</source>
            <translation>تغيير {field}</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/common/undo_commands.py" line="95" />
            <source>Could not redo “{text}”: {error}</source>
            <translation>تعذّرت إعادة «{text}»: {error}</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/common/undo_commands.py" line="94" />
            <source>Could not undo “{text}”: {error}</source>
            <translation>تعذّر التراجع عن «{text}»: {error}</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/common/undo_commands.py" line="143" />
            <source>Delete claim</source>
            <translation>حذف الادعاء</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/common/undo_commands.py" line="258" />
            <source>Edit article properties</source>
            <translation>تحرير خصائص المقالة</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/common/undo_commands.py" line="218" />
            <source>Edit source</source>
            <translation>تحرير المصدر</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/common/undo_commands.py" line="338" />
            <source>Import annotations from {name}</source>
            <translation>استيراد التعليقات التوضيحية من {name}</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/common/undo_commands.py" line="274" />
            <source>Import “{short}”</source>
            <translation>استيراد «{short}»</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/common/undo_commands.py" line="389" />
            <source>Merge {name}</source>
            <translation>دمج {name}</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/common/undo_commands.py" line="124" />
            <source>New claim</source>
            <translation>ادعاء جديد</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/common/undo_commands.py" line="290" />
            <source>Remove article “{short}”</source>
            <translation>إزالة المقالة «{short}»</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/common/undo_commands.py" line="242" />
            <source>Remove source</source>
            <translation>إزالة المصدر</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/common/undo_commands.py" line="368" />
            <source>Update “{short}” to version {version}</source>
            <translation>تحديث «{short}» إلى الإصدار {version}</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/common/undo_commands.py" line="54" />
            <source>claim as checked</source>
            <translation>الادعاء كما تُحقّق منه</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/common/undo_commands.py" line="56" />
            <source>claim date</source>
            <translation>تاريخ الادعاء</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/common/undo_commands.py" line="55" />
            <source>claimant</source>
            <translation>قائل الادعاء</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/common/undo_commands.py" line="58" />
            <source>explanation</source>
            <translation>الشرح</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/common/undo_commands.py" line="61" />
            <source>internal note</source>
            <translation>ملاحظة داخلية</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/common/undo_commands.py" line="60" />
            <source>review status</source>
            <translation>حالة المراجعة</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/common/undo_commands.py" line="59" />
            <source>tags</source>
            <translation>الوسوم</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/common/undo_commands.py" line="57" />
            <source>verdict</source>
            <translation>الحكم</translation>
        </message>
    </context>
    <context>
        <name>common.verdict_badge</name>
        <message>
            <location filename="../../annotator/ui/common/verdict_badge.py" line="34" />
            <source>Unrated</source>
            <translation>غير مُقيَّم</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/common/verdict_badge.py" line="184" />
            <source>Verdict colours: </source>
            <translation>ألوان الأحكام: </translation>
        </message>
        <message>
            <location filename="../../annotator/ui/common/verdict_badge.py" line="185" />
            <source>Verdict legend</source>
            <translation>دليل الأحكام</translation>
        </message>
    </context>
    <context>
        <name>common.window_fit</name>
        <message>
            <location filename="../../annotator/ui/common/window_fit.py" line="214" />
            <source>Nothing to redo</source>
            <translation>لا شيء لإعادته</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/common/window_fit.py" line="214" />
            <source>Nothing to undo</source>
            <translation>لا شيء للتراجع عنه</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/common/window_fit.py" line="24" />
            <source>Redo</source>
            <translation>إعادة</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/common/window_fit.py" line="24" />
            <source>Undo</source>
            <translation>تراجع</translation>
        </message>
    </context>
    <context>
        <name>errors</name>
        <message>
            <location filename="../../annotator/importers/__init__.py" line="76" />
            <source> It is a Pages document: export it as .docx or PDF.</source>
            <translation> إنه مستند Pages: صدّره بصيغة ‎.docx أو PDF.</translation>
        </message>
        <message>
            <location filename="../../annotator/importers/__init__.py" line="74" />
            <source> It is an OpenDocument text: save it as .docx.</source>
            <translation> إنه نص OpenDocument: احفظه بصيغة ‎.docx.</translation>
        </message>
        <message>
            <location filename="../../annotator/importers/__init__.py" line="75" />
            <source> It is an RTF document: save it as .docx.</source>
            <translation> إنه مستند RTF: احفظه بصيغة ‎.docx.</translation>
        </message>
        <message>
            <location filename="../../annotator/importers/__init__.py" line="73" />
            <source> It is an old Word document: save it as .docx.</source>
            <translation> إنه مستند Word قديم: احفظه بصيغة ‎.docx.</translation>
        </message>
        <message>
            <location filename="../../annotator/importers/__init__.py" line="116" />
            <source>(no extension)</source>
            <translation>(بلا امتداد)</translation>
        </message>
        <message>
            <location filename="../../annotator/commands/export.py" line="94" />
            <source>--include-drafts contradicts --approved-only/--no-drafts: choose one</source>
            <translation>‏--include-drafts يتعارض مع --approved-only/--no-drafts: اختر واحدًا</translation>
        </message>
        <message>
            <location filename="../../annotator/commands/match.py" line="43" />
            <source>--top must be at least 1</source>
            <translation>يجب أن تكون قيمة --top‏ 1 على الأقل</translation>
        </message>
        <message>
            <location filename="../../annotator/services/review.py" line="92" />
            <source>A claim that is {status} cannot become {new_status}.</source>
            <translation>لا يمكن لادعاء حالته {status} أن يصبح {new_status}.</translation>
        </message>
        <message>
            <location filename="../../annotator/services/verdict_scale.py" line="108" />
            <source>A colour is written #rrggbb, not {colour!r}.</source>
            <translation>يُكتب اللون بالصيغة #rrggbb، وليس {colour!r}.</translation>
        </message>
        <message>
            <location filename="../../annotator/services/review.py" line="188" />
            <source>A comment needs some text.</source>
            <translation>يحتاج التعليق إلى نص.</translation>
        </message>
        <message>
            <location filename="../../annotator/services/source_kinds.py" line="61" />
            <source>A source kind needs a label.</source>
            <translation>يحتاج نوع المصدر إلى تسمية.</translation>
        </message>
        <message>
            <location filename="../../annotator/services/source_kinds.py" line="55" />
            <source>A source kind's id is lower-case letters, digits and _, not {kind_id!r}.</source>
            <translation>معرّف نوع المصدر يتكون من أحرف صغيرة وأرقام و_، وليس {kind_id!r}.</translation>
        </message>
        <message>
            <location filename="../../annotator/domain/source.py" line="82" />
            <source>A source needs a URL.</source>
            <translation>يحتاج المصدر إلى عنوان URL.</translation>
        </message>
        <message>
            <location filename="../../annotator/services/validation.py" line="77" />
            <source>A source's kind is one of {choices}.</source>
            <translation>نوع المصدر أحد الأنواع التالية: {choices}.</translation>
        </message>
        <message>
            <location filename="../../annotator/services/validation.py" line="81" />
            <source>A source's stance is one of {choices}.</source>
            <translation>موقف المصدر أحد المواقف التالية: {choices}.</translation>
        </message>
        <message>
            <location filename="../../annotator/services/verdict_scale.py" line="102" />
            <source>A verdict needs a label.</source>
            <translation>يحتاج الحكم إلى تسمية.</translation>
        </message>
        <message>
            <location filename="../../annotator/services/verdict_scale.py" line="85" />
            <source>A verdict that claims use cannot be removed; retire it instead.</source>
            <translation>لا يمكن حذف حكم تستخدمه ادعاءات؛ أوقف استخدامه بدلًا من ذلك.</translation>
        </message>
        <message>
            <location filename="../../annotator/services/verdict_scale.py" line="112" />
            <source>A verdict's numeric value is a whole number of at least 1 (or none).</source>
            <translation>القيمة الرقمية للحكم عدد صحيح لا يقل عن 1 (أو بلا قيمة).</translation>
        </message>
        <message>
            <location filename="../../annotator/services/verdict_scale.py" line="131" />
            <source>A verdict's numeric value is a whole number, not {text!r}.</source>
            <translation>القيمة الرقمية للحكم عدد صحيح، وليس {text!r}.</translation>
        </message>
        <message>
            <location filename="../../annotator/services/merge.py" line="161" />
            <source>A {kind} conflict is resolved with a {kind}.</source>
            <translation>يُحل تعارض من نوع {kind} باستخدام {kind}.</translation>
        </message>
        <message>
            <location filename="../../annotator/storage/store.py" line="400" />
            <source>A {what} this change needs no longer exists (it may have been removed in another window or by a merge); nothing was changed.</source>
            <translation>لم يعد عنصر ({what}) يحتاجه هذا التغيير موجودًا (ربما حُذف في نافذة أخرى أو أثناء دمج)؛ لم يُغيَّر شيء.</translation>
        </message>
        <message>
            <location filename="../../annotator/services/versions.py" line="176" />
            <source>An orphaned claim has no place in the text to accept; select a new passage for it.</source>
            <translation>لا مكان في النص لادعاء يتيم يمكن قبوله؛ حدد له مقطعًا جديدًا.</translation>
        </message>
        <message>
            <location filename="../../annotator/storage/merge.py" line="177" />
            <source>Both projects changed the text of the same article differently ({articles}); update the text in one of them to the other's first. Nothing was merged.</source>
            <translation>غيّر المشروعان نص المقالة نفسها بطريقتين مختلفتين ({articles})؛ حدّث النص في أحدهما ليطابق الآخر أولًا. لم يُدمج شيء.</translation>
        </message>
        <message>
            <location filename="../../annotator/storage/merge.py" line="199" />
            <source>Both projects changed the text of the same article differently ({length} article(s)); re-import the text in one of them first. Nothing was merged.</source>
            <translation>غيّر المشروعان نص المقالة نفسها بطريقتين مختلفتين (عدد المقالات: {length})؛ أعد استيراد النص في أحدهما أولًا. لم يُدمج شيء.</translation>
        </message>
        <message>
            <location filename="../../annotator/storage/store.py" line="98" />
            <source>Cannot create {path}: the folder or file is read-only.</source>
            <translation>تعذّر إنشاء {path}: المجلد أو الملف للقراءة فقط.</translation>
        </message>
        <message>
            <location filename="../../annotator/storage/store.py" line="94" />
            <source>Cannot create {path}: the folder {parent} does not exist.</source>
            <translation>تعذّر إنشاء {path}: المجلد {parent} غير موجود.</translation>
        </message>
        <message>
            <location filename="../../annotator/storage/merge_read.py" line="132" />
            <source>Cannot open {name}: {error}</source>
            <translation>تعذّر فتح {name}: {error}</translation>
        </message>
        <message>
            <location filename="../../annotator/storage/database.py" line="383" />
            <source>Cannot open {name}: {plain_error}</source>
            <translation>تعذّر فتح {name}: {plain_error}</translation>
        </message>
        <message>
            <location filename="../../annotator/hub/connection.py" line="48" />
            <source>Cannot reach the hub ({redacted}): {first}</source>
            <translation>تعذّر الوصول إلى المركز ({redacted}): {first}</translation>
        </message>
        <message>
            <location filename="../../annotator/importers/claimreview_feed.py" line="45" />
            <source>Cannot read {name}: {value}</source>
            <translation>تعذّرت قراءة {name}: {value}</translation>
        </message>
        <message>
            <location filename="../../annotator/interchange/annotation_parser.py" line="91" />
            <source>Cannot read {path}: {value}.</source>
            <translation>تعذّرت قراءة {path}: {value}.</translation>
        </message>
        <message>
            <location filename="../../annotator/exporters/__init__.py" line="153" />
            <source>Cannot write {path}: the folder {parent} does not exist.</source>
            <translation>تعذّرت الكتابة في {path}: المجلد {parent} غير موجود.</translation>
        </message>
        <message>
            <location filename="../../annotator/exporters/__init__.py" line="162" />
            <source>Cannot write {path}: {value}.</source>
            <translation>تعذّرت الكتابة في {path}: {value}.</translation>
        </message>
        <message>
            <location filename="../../annotator/services/publication.py" line="74" />
            <source>ClaimReview needs {missing}.</source>
            <translation>يحتاج ClaimReview إلى {missing}.</translation>
        </message>
        <message>
            <location filename="../../annotator/exporters/claimreview.py" line="83" />
            <source>ClaimReview not written: it needs {missing}. (To write an incomplete draft anyway, allow an incomplete document.)</source>
            <translation>لم يُكتب ClaimReview: يحتاج إلى {missing}. (لكتابة مسودة غير مكتملة على أي حال، اسمح بمستند غير مكتمل.)</translation>
        </message>
        <message>
            <location filename="../../annotator/storage/backups.py" line="116" />
            <source>Could not back up {name} to {backup_dir}: {reason}. The project itself is unchanged.</source>
            <translation>تعذّر نسخ {name} احتياطيًا إلى {backup_dir}: {reason}. المشروع نفسه لم يتغير.</translation>
        </message>
        <message>
            <location filename="../../annotator/storage/backups.py" line="156" />
            <source>Could not put {name} back as it was: {reason}.</source>
            <translation>تعذّرت إعادة {name} إلى ما كان عليه: {reason}.</translation>
        </message>
        <message>
            <location filename="../../annotator/storage/backups.py" line="232" />
            <source>Could not restore {name}: {reason}.{kept}</source>
            <translation>تعذّرت استعادة {name}: {reason}.{kept}</translation>
        </message>
        <message>
            <location filename="../../annotator/exporters/pdf_report.py" line="96" />
            <source>Could not write the PDF to {out}.</source>
            <translation>تعذّرت كتابة ملف PDF في {out}.</translation>
        </message>
        <message>
            <location filename="../../annotator/hub/connection.py" line="195" />
            <source>Creating the hub failed, nothing was changed: {error}</source>
            <translation>فشل إنشاء المركز، ولم يُغيَّر شيء: {error}</translation>
        </message>
        <message>
            <location filename="../../annotator/hub/connection.py" line="192" />
            <source>Creating the hub needs a database owner with CREATEROLE: {error}</source>
            <translation>يحتاج إنشاء المركز إلى مالك لقاعدة البيانات لديه صلاحية CREATEROLE: {error}</translation>
        </message>
        <message>
            <location filename="../../annotator/domain/dates.py" line="28" />
            <source>Dates are written YYYY-MM-DD (or YYYY-MM, or YYYY), not {value!r}.</source>
            <translation>تُكتب التواريخ بالصيغة YYYY-MM-DD (أو YYYY-MM أو YYYY)، وليس {value!r}.</translation>
        </message>
        <message>
            <location filename="../../annotator/services/annotation_import.py" line="59" />
            <source>Imported {count} of {total} annotations from {name}</source>
            <translation>استُورد {count} من {total} من التعليقات التوضيحية من {name}</translation>
        </message>
        <message>
            <location filename="../../annotator/hub/connection.py" line="27" />
            <source>Leave the password out of the hub address: put it in ~/.pgpass, a service file (PGSERVICEFILE) or PGPASSWORD, as libpq reads them.</source>
            <translation>لا تضع كلمة المرور في عنوان المركز: ضعها في ~/.pgpass أو في ملف خدمة (PGSERVICEFILE) أو في PGPASSWORD، كما تقرؤها libpq.</translation>
        </message>
        <message>
            <location filename="../../annotator/importers/__init__.py" line="56" />
            <source>Markdown</source>
            <translation>ملف Markdown</translation>
        </message>
        <message>
            <location filename="../../annotator/storage/merge.py" line="106" />
            <source>Merging {name} failed, nothing was merged: {error}</source>
            <translation>فشل دمج {name}، ولم يُدمج شيء: {error}</translation>
        </message>
        <message>
            <location filename="../../annotator/services/session.py" line="74" />
            <source>No backup was made: {error}</source>
            <translation>لم تُنشأ نسخة احتياطية: {error}</translation>
        </message>
        <message>
            <location filename="../../annotator/services/review.py" line="435" />
            <source>No verdict {verdict!r} on this project's scale.</source>
            <translation>لا يوجد حكم {verdict!r} في مقياس هذا المشروع.</translation>
        </message>
        <message>
            <location filename="../../annotator/commands/editorial.py" line="34" />
            <source>No verdict {wanted!r} on this project's scale ({labels}).</source>
            <translation>لا يوجد حكم {wanted!r} في مقياس هذا المشروع ({labels}).</translation>
        </message>
        <message>
            <location filename="../../annotator/hub/connection.py" line="24" />
            <source>Not a PostgreSQL connection string: {url!r}</source>
            <translation>ليست سلسلة اتصال PostgreSQL: {url!r}</translation>
        </message>
        <message>
            <location filename="../../annotator/domain/source.py" line="85" />
            <source>Not a valid URL (contains spaces or control characters): {url!r}</source>
            <translation>عنوان URL غير صالح (يحتوي على مسافات أو محارف تحكم): {url!r}</translation>
        </message>
        <message>
            <location filename="../../annotator/commands/claim.py" line="115" />
            <source>Nothing to change: give --verdict, --explanation, --status, ...</source>
            <translation>لا شيء لتغييره: استخدم --verdict أو --explanation أو --status أو ...</translation>
        </message>
        <message>
            <location filename="../../annotator/services/ratings.py" line="191" />
            <source>Only a passage rated by two or more people needs adjudicating.</source>
            <translation>لا يحتاج إلى تحكيم إلا مقطع قيّمه شخصان أو أكثر.</translation>
        </message>
        <message>
            <location filename="../../annotator/domain/source.py" line="89" />
            <source>Only http and https links are allowed as sources, not {url!r}.</source>
            <translation>لا يُسمح إلا بروابط http وhttps مصادرَ، وليس {url!r}.</translation>
        </message>
        <message>
            <location filename="../../annotator/services/review.py" line="316" />
            <source>Only the author of a comment can delete it.</source>
            <translation>لا يستطيع حذف التعليق إلا كاتبه.</translation>
        </message>
        <message>
            <location filename="../../annotator/services/review.py" line="295" />
            <source>Only the author of a comment can edit it.</source>
            <translation>لا يستطيع تحرير التعليق إلا كاتبه.</translation>
        </message>
        <message>
            <location filename="../../annotator/importers/__init__.py" line="58" />
            <source>PDF</source>
            <translation>ملف PDF</translation>
        </message>
        <message>
            <location filename="../../annotator/exporters/pdf_report.py" line="54" />
            <source>PDF export needs a GUI application object, but a console-only one is running.</source>
            <translation>يحتاج التصدير إلى PDF إلى كائن تطبيق رسومي، لكن التطبيق العامل تطبيق طرفية فقط.</translation>
        </message>
        <message>
            <location filename="../../annotator/storage/database.py" line="370" />
            <source>Read-only: {reason}. You can read and export it, but changes cannot be saved.</source>
            <translation>للقراءة فقط: {reason}. يمكنك قراءته وتصديره، لكن لا يمكن حفظ التغييرات.</translation>
        </message>
        <message>
            <location filename="../../annotator/services/suggestions.py" line="198" />
            <source>Retraining needs at least {minimum} decisions, some accepted and some dismissed (this project has {accepted} accepted, {value} dismissed).</source>
            <translation>تحتاج إعادة التدريب إلى {minimum} قرارات على الأقل، بعضها مقبول وبعضها مرفوض (في هذا المشروع {accepted} مقبولة و{value} مرفوضة).</translation>
        </message>
        <message>
            <location filename="../../annotator/services/project.py" line="338" />
            <source>Select some text of the article to make a claim.</source>
            <translation>حدد بعض نص المقالة لإنشاء ادعاء.</translation>
        </message>
        <message>
            <location filename="../../annotator/services/versions.py" line="194" />
            <source>Select the passage the claim now refers to.</source>
            <translation>حدد المقطع الذي يشير إليه الادعاء الآن.</translation>
        </message>
        <message>
            <location filename="../../annotator/services/claim_spans.py" line="32" />
            <source>Select the words the claim should quote.</source>
            <translation>حدد الكلمات التي يجب أن يقتبسها الادعاء.</translation>
        </message>
        <message>
            <location filename="../../annotator/commands/common.py" line="58" />
            <source>Several people in {name} are called {author!r}; say which with --author 'NAME (SHORT-ID)' as `annotator list` shows it.</source>
            <translation>عدة أشخاص في {name} اسمهم {author!r}؛ حدد أيهم باستخدام --author 'NAME (SHORT-ID)' كما يعرضه `annotator list`.</translation>
        </message>
        <message>
            <location filename="../../annotator/services/merge_undo.py" line="62" />
            <source>Someone else changed the project since the merge; putting it back would lose their work, so nothing was changed.</source>
            <translation>غيّر شخص آخر المشروع منذ الدمج؛ إعادته كما كان ستُضيع عمله، لذا لم يُغيَّر شيء.</translation>
        </message>
        <message>
            <location filename="../../annotator/services/review.py" line="97" />
            <source>Someone other than the claim's author must review it (the project does not allow self-approval).</source>
            <translation>يجب أن يراجع الادعاءَ شخصٌ غير كاتبه (المشروع لا يسمح بالموافقة الذاتية).</translation>
        </message>
        <message>
            <location filename="../../annotator/services/versions.py" line="71" />
            <source>That article is no longer in the project (it may have been removed in another window).</source>
            <translation>لم تعد تلك المقالة في المشروع (ربما حُذفت في نافذة أخرى).</translation>
        </message>
        <message>
            <location filename="../../annotator/services/validation.py" line="41" />
            <source>That verdict is not on this project's scale.</source>
            <translation>ذلك الحكم ليس في مقياس هذا المشروع.</translation>
        </message>
        <message>
            <location filename="../../annotator/services/versions.py" line="221" />
            <source>That version of the article is not in the project.</source>
            <translation>تلك النسخة من المقالة ليست في المشروع.</translation>
        </message>
        <message>
            <location filename="../../annotator/importers/claimreview_feed.py" line="222" />
            <source>The CSV file has no claim column (claimReviewed, claim_text...).</source>
            <translation>لا يحتوي ملف CSV على عمود للادعاء (claimReviewed، claim_text...).</translation>
        </message>
        <message>
            <location filename="../../annotator/domain/source.py" line="92" />
            <source>The URL has no host name: {url!r}</source>
            <translation>لا يحتوي عنوان URL على اسم مضيف: {url!r}</translation>
        </message>
        <message>
            <location filename="../../annotator/services/project.py" line="274" />
            <source>The article has no text.</source>
            <translation>المقالة بلا نص.</translation>
        </message>
        <message>
            <location filename="../../annotator/storage/backups.py" line="200" />
            <source>The backup {name} is empty.</source>
            <translation>النسخة الاحتياطية {name} فارغة.</translation>
        </message>
        <message>
            <location filename="../../annotator/storage/backups.py" line="197" />
            <source>The backup {name} no longer exists.</source>
            <translation>النسخة الاحتياطية {name} لم تعد موجودة.</translation>
        </message>
        <message>
            <location filename="../../annotator/services/versions.py" line="191" />
            <source>The claim's article is no longer in the project.</source>
            <translation>لم تعد مقالة الادعاء في المشروع.</translation>
        </message>
        <message>
            <location filename="../../annotator/services/review.py" line="193" />
            <source>The comment you reply to is not on this claim.</source>
            <translation>التعليق الذي ترد عليه ليس على هذا الادعاء.</translation>
        </message>
        <message>
            <location filename="../../annotator/hub/sync.py" line="83" />
            <source>The hub connection was lost ({error}); run the sync again.</source>
            <translation>انقطع الاتصال بالمركز ({error})؛ شغّل المزامنة مرة أخرى.</translation>
        </message>
        <message>
            <location filename="../../annotator/hub/sync.py" line="90" />
            <source>The hub refused the sync: {message}</source>
            <translation>رفض المركز المزامنة: {message}</translation>
        </message>
        <message>
            <location filename="../../annotator/hub/sync.py" line="89" />
            <source>The hub refused: {message}</source>
            <translation>رفض المركز: {message}</translation>
        </message>
        <message>
            <location filename="../../annotator/storage/hub_local.py" line="242" />
            <source>The hub sent bytes that do not match their hash {sha256}.</source>
            <translation>أرسل المركز بايتات لا تطابق بصمتها {sha256}.</translation>
        </message>
        <message>
            <location filename="../../annotator/services/versions.py" line="66" />
            <source>The new version has no text.</source>
            <translation>النسخة الجديدة بلا نص.</translation>
        </message>
        <message>
            <location filename="../../annotator/services/versions.py" line="76" />
            <source>The new version of “{title}” has exactly the same text; nothing to update.</source>
            <translation>النسخة الجديدة من «{title}» لها النص نفسه تمامًا؛ لا شيء لتحديثه.</translation>
        </message>
        <message>
            <location filename="../../annotator/services/review.py" line="115" />
            <source>The project's rules refused this approval; nothing was changed.</source>
            <translation>رفضت قواعد المشروع هذه الموافقة؛ لم يُغيَّر شيء.</translation>
        </message>
        <message>
            <location filename="../../annotator/hub/__init__.py" line="26" />
            <source>The team hub needs psycopg: pip install 'annotator[hub]'</source>
            <translation>يحتاج مركز الفريق إلى psycopg: pip install 'annotator[hub]'</translation>
        </message>
        <message>
            <location filename="../../annotator/storage/database.py" line="131" />
            <source>The text contains a character that cannot be saved ({object!r} at position {start}); nothing was changed.</source>
            <translation>يحتوي النص على محرف لا يمكن حفظه ({object!r} في الموضع {start})؛ لم يُغيَّر شيء.</translation>
        </message>
        <message>
            <location filename="../../annotator/services/merge.py" line="178" />
            <source>The {parent} this {kind} belongs to was deleted; restore it first.</source>
            <translation>حُذف العنصر {parent} الذي ينتمي إليه هذا {kind}؛ استعده أولًا.</translation>
        </message>
        <message>
            <location filename="../../annotator/services/source_kinds.py" line="59" />
            <source>There is already a source kind {kind_id!r}.</source>
            <translation>يوجد بالفعل نوع مصدر {kind_id!r}.</translation>
        </message>
        <message>
            <location filename="../../annotator/services/verdict_scale.py" line="104" />
            <source>There is already a verdict “{label}” on the scale.</source>
            <translation>يوجد بالفعل حكم «{label}» في المقياس.</translation>
        </message>
        <message>
            <location filename="../../annotator/exporters/bundle.py" line="235" />
            <source>There is no article with id {article_id} in {name}.</source>
            <translation>لا توجد مقالة بالمعرّف {article_id} في {name}.</translation>
        </message>
        <message>
            <location filename="../../annotator/services/verdict_scale.py" line="119" />
            <source>There is no verdict “{id_or_label}” on this project's scale.</source>
            <translation>لا يوجد حكم «{id_or_label}» في مقياس هذا المشروع.</translation>
        </message>
        <message>
            <location filename="../../annotator/hub/connection.py" line="149" />
            <source>This database holds no Annotator hub; run `annotator hub init` first.</source>
            <translation>لا تحتوي قاعدة البيانات هذه على مركز Annotator؛ شغّل `annotator hub init` أولًا.</translation>
        </message>
        <message>
            <location filename="../../annotator/hub/connection.py" line="176" />
            <source>This hub has schema version {before}, newer than this Annotator knows ({hub_version}); upgrade Annotator. The hub was not changed.</source>
            <translation>إصدار مخطط هذا المركز {before}، وهو أحدث مما يعرفه هذا الإصدار من Annotator ({hub_version})؛ حدّث Annotator. لم يُغيَّر المركز.</translation>
        </message>
        <message>
            <location filename="../../annotator/hub/connection.py" line="152" />
            <source>This hub has schema version {version}, newer than this Annotator knows ({hub_version}); upgrade Annotator. Nothing was changed.</source>
            <translation>إصدار مخطط هذا المركز {version}، وهو أحدث مما يعرفه هذا الإصدار من Annotator ({hub_version})؛ حدّث Annotator. لم يُغيَّر شيء.</translation>
        </message>
        <message>
            <location filename="../../annotator/hub/connection.py" line="158" />
            <source>This hub has schema version {version}; run `annotator hub init` to upgrade it.</source>
            <translation>إصدار مخطط هذا المركز {version}؛ شغّل `annotator hub init` لترقيته.</translation>
        </message>
        <message>
            <location filename="../../annotator/services/captures.py" line="147" />
            <source>This source has no URL to capture; attach a file instead.</source>
            <translation>لا يملك هذا المصدر عنوان URL لالتقاطه؛ أرفق ملفًا بدلًا من ذلك.</translation>
        </message>
        <message>
            <location filename="../../annotator/exporters/__init__.py" line="84" />
            <source>Unknown export format {fmt!r}; choose one of {choices}.</source>
            <translation>صيغة تصدير غير معروفة {fmt!r}؛ اختر واحدة من {choices}.</translation>
        </message>
        <message>
            <location filename="../../annotator/services/review.py" line="87" />
            <source>Unknown review status {status!r}.</source>
            <translation>حالة مراجعة غير معروفة {status!r}.</translation>
        </message>
        <message>
            <location filename="../../annotator/services/verdict_scale.py" line="187" />
            <source>Unknown scale template {name!r}; choose one of {choices}.</source>
            <translation>قالب مقياس غير معروف {name!r}؛ اختر واحدًا من {choices}.</translation>
        </message>
        <message>
            <location filename="../../annotator/services/ratings.py" line="52" />
            <source>Unknown verdict {verdict_id!r}.</source>
            <translation>حكم غير معروف {verdict_id!r}.</translation>
        </message>
        <message>
            <location filename="../../annotator/storage/store.py" line="251" />
            <source>Version {version} of “{title}” was already stored (perhaps in another window); nothing was changed.</source>
            <translation>النسخة {version} من «{title}» محفوظة بالفعل (ربما في نافذة أخرى)؛ لم يُغيَّر شيء.</translation>
        </message>
        <message>
            <location filename="../../annotator/services/versions.py" line="48" />
            <source>Version {version} of “{title}”: {counts}</source>
            <translation>الإصدار {version} من «{title}»: {counts}</translation>
        </message>
        <message>
            <location filename="../../annotator/importers/__init__.py" line="59" />
            <source>Word document</source>
            <translation>مستند Word</translation>
        </message>
        <message>
            <location filename="../../annotator/services/ratings.py" line="185" />
            <source>You are rating this article blind: reveal colleagues' verdicts before adjudicating.</source>
            <translation>أنت تقيّم هذه المقالة دون الاطلاع على أحكام الزملاء: اكشف أحكامهم قبل التحكيم.</translation>
        </message>
        <message>
            <location filename="../../annotator/services/ratings.py" line="55" />
            <source>You set this claim's verdict; a second rating must come from someone else.</source>
            <translation>أنت من حدد حكم هذا الادعاء؛ يجب أن يأتي التقييم الثاني من شخص آخر.</translation>
        </message>
        <message>
            <location filename="../../annotator/commands/export.py" line="92" />
            <source>a PDF needs an output file: add -o REPORT.pdf</source>
            <translation>يحتاج ملف PDF إلى ملف إخراج: أضف -o REPORT.pdf</translation>
        </message>
        <message>
            <location filename="../../annotator/commands/export.py" line="97" />
            <source>a WARC needs an output file: add -o evidence.warc.gz</source>
            <translation>يحتاج ملف WARC إلى ملف إخراج: أضف -o evidence.warc.gz</translation>
        </message>
        <message>
            <location filename="../../annotator/storage/merge_plan.py" line="102" />
            <source>added {count}</source>
            <translation>مضافة: {count}</translation>
        </message>
        <message>
            <location filename="../../annotator/storage/presence.py" line="73" />
            <source>another program</source>
            <translation>برنامج آخر</translation>
        </message>
        <message>
            <location filename="../../annotator/storage/stale_wal.py" line="270" />
            <source>applying it would damage the file</source>
            <translation>تطبيقه سيُتلف الملف</translation>
        </message>
        <message>
            <location filename="../../annotator/hub/sync.py" line="145" />
            <source>asking the hub</source>
            <translation>جارٍ سؤال المركز</translation>
        </message>
        <message>
            <location filename="../../annotator/storage/presence.py" line="65" />
            <source>by {user}</source>
            <translation>بواسطة {user}</translation>
        </message>
        <message>
            <location filename="../../annotator/checkworthy/model.py" line="174" />
            <source>cannot read the check-worthiness model {name}: {strerror}</source>
            <translation>تعذّرت قراءة نموذج أهمية التحقق {name}: {strerror}</translation>
        </message>
        <message>
            <location filename="../../annotator/commands/match.py" line="70" />
            <source>cannot read {path}: {value}</source>
            <translation>تعذّرت قراءة {path}: {value}</translation>
        </message>
        <message>
            <location filename="../../annotator/storage/merge_plan.py" line="105" />
            <source>conflicts {count}</source>
            <translation>تعارضات: {count}</translation>
        </message>
        <message>
            <location filename="../../annotator/storage/merge_plan.py" line="106" />
            <source>deleted {count}</source>
            <translation>محذوفة: {count}</translation>
        </message>
        <message>
            <location filename="../../annotator/importers/__init__.py" line="97" />
            <source>file</source>
            <translation>الملف</translation>
        </message>
        <message>
            <location filename="../../annotator/commands/suggest.py" line="64" />
            <source>give ARTICLE_ID (or --train)</source>
            <translation>حدد ARTICLE_ID (أو --train)</translation>
        </message>
        <message>
            <location filename="../../annotator/commands/update_article.py" line="51" />
            <source>give either FILE or --from-url (not both)</source>
            <translation>حدد إما FILE أو --from-url (لا كليهما)</translation>
        </message>
        <message>
            <location filename="../../annotator/commands/match.py" line="41" />
            <source>give either TEXT or --queries FILE.jsonl</source>
            <translation>حدد إما TEXT أو --queries FILE.jsonl</translation>
        </message>
        <message>
            <location filename="../../annotator/storage/stale_wal.py" line="261" />
            <source>it holds changes to a different file</source>
            <translation>يحتوي على تغييرات لملف آخر</translation>
        </message>
        <message>
            <location filename="../../annotator/storage/stale_wal.py" line="94" />
            <source>it is not a SQLite change log</source>
            <translation>ليس سجل تغييرات SQLite</translation>
        </message>
        <message>
            <location filename="../../annotator/storage/stale_wal.py" line="89" />
            <source>it is too short to be a change log</source>
            <translation>أقصر من أن يكون سجل تغييرات</translation>
        </message>
        <message>
            <location filename="../../annotator/storage/stale_wal.py" line="274" />
            <source>it was written for a different project file</source>
            <translation>كُتب لملف مشروع آخر</translation>
        </message>
        <message>
            <location filename="../../annotator/storage/stale_wal.py" line="97" />
            <source>its header is damaged</source>
            <translation>ترويسته تالفة</translation>
        </message>
        <message>
            <location filename="../../annotator/storage/stale_wal.py" line="99" />
            <source>its page size is {wal}, the project's is {main}</source>
            <translation>حجم صفحته {wal} وحجم صفحة المشروع {main}</translation>
        </message>
        <message>
            <location filename="../../annotator/hub/sync.py" line="160" />
            <source>merging {count} item(s)</source>
            <translation>جارٍ دمج العناصر: {count}</translation>
        </message>
        <message>
            <location filename="../../annotator/commands/common.py" line="87" />
            <source>no article with id {article_id} in {where}</source>
            <translation>لا توجد مقالة بالمعرّف {article_id} في {where}</translation>
        </message>
        <message>
            <location filename="../../annotator/commands/sources.py" line="115" />
            <source>no claim or source with id {args} in {project}</source>
            <translation>لا يوجد ادعاء أو مصدر بالمعرّف {args} في {project}</translation>
        </message>
        <message>
            <location filename="../../annotator/commands/adjudicate.py" line="123" />
            <source>no claim with id {claim_id} in {project}</source>
            <translation>لا يوجد ادعاء بالمعرّف {claim_id} في {project}</translation>
        </message>
        <message>
            <location filename="../../annotator/commands/adjudicate.py" line="66" />
            <source>no verdict {label!r} in this project; choose one of: {labels}, unrated</source>
            <translation>لا يوجد حكم {label!r} في هذا المشروع؛ اختر واحدًا من: {labels}، unrated</translation>
        </message>
        <message>
            <location filename="../../annotator/storage/stale_wal.py" line="104" />
            <source>none of its changes match its header (salt or checksum mismatch)</source>
            <translation>لا يطابق أيٌّ من تغييراته ترويسته (عدم تطابق الملح أو المجموع الاختباري)</translation>
        </message>
        <message>
            <location filename="../../annotator/hub/sync.py" line="53" />
            <source>nothing new</source>
            <translation>لا جديد</translation>
        </message>
        <message>
            <location filename="../../annotator/commands/article_properties.py" line="54" />
            <source>nothing to set: give one of {choices}</source>
            <translation>لا شيء لتعيينه: حدد واحدًا من {choices}</translation>
        </message>
        <message>
            <location filename="../../annotator/commands/export.py" line="122" />
            <source>nothing written: {problems} (--allow-incomplete writes it anyway)</source>
            <translation>لم يُكتب شيء: {problems} (يكتبه --allow-incomplete على أي حال)</translation>
        </message>
        <message>
            <location filename="../../annotator/storage/presence.py" line="67" />
            <source>on {host}</source>
            <translation>على {host}</translation>
        </message>
        <message>
            <location filename="../../annotator/hub/sync.py" line="54" />
            <source>pulled: {pulled}; pushed {items} item(s), {records} record(s)</source>
            <translation>المستلم: {pulled}؛ المرسل: عناصر {items}، سجلات {records}</translation>
        </message>
        <message>
            <location filename="../../annotator/hub/sync.py" line="158" />
            <source>receiving {count} capture(s)</source>
            <translation>جارٍ استلام اللقطات: {count}</translation>
        </message>
        <message>
            <location filename="../../annotator/commands/adjudicate.py" line="101" />
            <source>say which final verdict: add --verdict LABEL</source>
            <translation>حدد الحكم النهائي: أضف --verdict LABEL</translation>
        </message>
        <message>
            <location filename="../../annotator/hub/sync.py" line="213" />
            <source>sending {count} item(s), {records} record(s)</source>
            <translation>جارٍ الإرسال: العناصر {count}، السجلات {records}</translation>
        </message>
        <message>
            <location filename="../../annotator/storage/presence.py" line="71" />
            <source>since {time}</source>
            <translation>منذ {time}</translation>
        </message>
        <message>
            <location filename="../../annotator/importers/__init__.py" line="61" />
            <source>single-file web page</source>
            <translation>صفحة الويب أحادية الملف</translation>
        </message>
        <message>
            <location filename="../../annotator/importers/__init__.py" line="55" />
            <source>text</source>
            <translation>النص</translation>
        </message>
        <message>
            <location filename="../../annotator/exporters/claimreview.py" line="57" />
            <source>the absolute URL of the published fact-check (set the report URL in Project Settings, or the article's published-report URL in Article Properties) for {names}</source>
            <translation>الرابط المطلق لتدقيق الحقائق المنشور (اضبط رابط التقرير في إعدادات المشروع، أو رابط التقرير المنشور للمقال في خصائص المقال) لـ {names}</translation>
        </message>
        <message>
            <location filename="../../annotator/checkworthy/model.py" line="150" />
            <source>the check-worthiness model has unusable term ranges {analysis}</source>
            <translation>يحتوي نموذج أهمية التحقق على نطاقات مصطلحات غير صالحة {analysis}</translation>
        </message>
        <message>
            <location filename="../../annotator/checkworthy/model.py" line="113" />
            <source>the check-worthiness model is damaged ({error})</source>
            <translation>نموذج أهمية التحقق تالف ({error})</translation>
        </message>
        <message>
            <location filename="../../annotator/fetch/http.py" line="279" />
            <source>the compressed page is damaged ({detail}).</source>
            <translation>الصفحة المضغوطة تالفة ({detail}).</translation>
        </message>
        <message>
            <location filename="../../annotator/fetch/http.py" line="185" />
            <source>the connection was refused or could not be made.</source>
            <translation>رُفض الاتصال أو تعذّر إنشاؤه.</translation>
        </message>
        <message>
            <location filename="../../annotator/storage/backups.py" line="281" />
            <source>the disk is full</source>
            <translation>القرص ممتلئ</translation>
        </message>
        <message>
            <location filename="../../annotator/storage/sqlite_errors.py" line="52" />
            <source>the disk is full. Free some space and try again; nothing was changed.</source>
            <translation>القرص ممتلئ. حرّر بعض المساحة وحاول مرة أخرى؛ لم يتغير شيء.</translation>
        </message>
        <message>
            <location filename="../../annotator/storage/sqlite_errors.py" line="55" />
            <source>the disk reported an input/output error; nothing was changed.</source>
            <translation>أبلغ القرص عن خطأ في الإدخال/الإخراج؛ لم يتغير شيء.</translation>
        </message>
        <message>
            <location filename="../../annotator/storage/sqlite_errors.py" line="56" />
            <source>the file or its folder cannot be opened (check it exists and you have access).</source>
            <translation>تعذّر فتح الملف أو مجلده (تحقق من وجوده ومن أن لديك صلاحية الوصول).</translation>
        </message>
        <message>
            <location filename="../../annotator/storage/sqlite_errors.py" line="54" />
            <source>the file or its folder is read-only.</source>
            <translation>الملف أو مجلده للقراءة فقط.</translation>
        </message>
        <message>
            <location filename="../../annotator/storage/database.py" line="352" />
            <source>the folder {directory} cannot be written to</source>
            <translation>لا يمكن الكتابة في المجلد {directory}</translation>
        </message>
        <message>
            <location filename="../../annotator/exporters/claimreview.py" line="63" />
            <source>the organisation that publishes it (its `author`: set the organisation name in Project Settings)</source>
            <translation>الجهة التي تنشره (حقل `author`: اضبط اسم الجهة في إعدادات المشروع)</translation>
        </message>
        <message>
            <location filename="../../annotator/fetch/http.py" line="194" />
            <source>the page could not be fetched ({kind}: {detail}).</source>
            <translation>تعذّر جلب الصفحة ({kind}: {detail}).</translation>
        </message>
        <message>
            <location filename="../../annotator/storage/sqlite_errors.py" line="53" />
            <source>the project is busy in another window or program; try again in a moment.</source>
            <translation>المشروع مشغول في نافذة أو برنامج آخر؛ حاول مرة أخرى بعد لحظة.</translation>
        </message>
        <message>
            <location filename="../../annotator/fetch/http.py" line="189" />
            <source>the secure connection failed; the certificate could not be verified ({detail}).</source>
            <translation>فشل الاتصال الآمن؛ تعذّر التحقق من الشهادة ({detail}).</translation>
        </message>
        <message>
            <location filename="../../annotator/fetch/http.py" line="187" />
            <source>the server did not answer in time (timeout).</source>
            <translation>لم يُجب الخادم في الوقت المحدد (انتهت المهلة).</translation>
        </message>
        <message>
            <location filename="../../annotator/fetch/http.py" line="192" />
            <source>the server's answer was broken or too large in its headers ({detail}).</source>
            <translation>كان ردّ الخادم معطوبًا أو كانت ترويساته كبيرة جدًا ({detail}).</translation>
        </message>
        <message>
            <location filename="../../annotator/fetch/http.py" line="182" />
            <source>the server's name could not be found (DNS lookup failed).</source>
            <translation>تعذّر العثور على اسم الخادم (فشل استعلام DNS).</translation>
        </message>
        <message>
            <location filename="../../annotator/checkworthy/model.py" line="132" />
            <source>this project's retrained check-worthiness model was made from another version of the shipped model; retrain it or reset it</source>
            <translation>نموذج أهمية التحقق المعاد تدريبه في هذا المشروع صُنع من إصدار آخر من النموذج المرفق؛ أعد تدريبه أو أعد تعيينه</translation>
        </message>
        <message>
            <location filename="../../annotator/storage/merge_plan.py" line="104" />
            <source>unchanged {count}</source>
            <translation>دون تغيير: {count}</translation>
        </message>
        <message>
            <location filename="../../annotator/checkworthy/model.py" line="97" />
            <source>unknown check-worthiness model format {format!r}</source>
            <translation>صيغة غير معروفة لنموذج أهمية التحقق {format!r}</translation>
        </message>
        <message>
            <location filename="../../annotator/storage/stale_wal.py" line="300" />
            <source>unreadable ({error})</source>
            <translation>غير مقروء ({error})</translation>
        </message>
        <message>
            <location filename="../../annotator/storage/merge_plan.py" line="103" />
            <source>updated {count}</source>
            <translation>محدَّثة: {count}</translation>
        </message>
        <message>
            <location filename="../../annotator/importers/__init__.py" line="60" />
            <source>web archive</source>
            <translation>أرشيف الويب</translation>
        </message>
        <message>
            <location filename="../../annotator/importers/__init__.py" line="57" />
            <source>web page</source>
            <translation>صفحة الويب</translation>
        </message>
        <message>
            <location filename="../../annotator/importers/clipboard.py" line="29" />
            <source>{clipboard_name}: the clipboard holds more than 50 MB of text; save it to a file and import that.</source>
            <translation>‏{clipboard_name}: تحتوي الحافظة على أكثر من 50 ميغابايت من النص؛ احفظه في ملف واستورد ذلك الملف.</translation>
        </message>
        <message>
            <location filename="../../annotator/importers/clipboard.py" line="50" />
            <source>{clipboard_name}: the clipboard holds no text to import.</source>
            <translation>‏{clipboard_name}: لا تحتوي الحافظة على نص لاستيراده.</translation>
        </message>
        <message>
            <location filename="../../annotator/services/versions.py" line="45" />
            <source>{count} changed</source>
            <translation>متغيرة: {count}</translation>
        </message>
        <message>
            <location filename="../../annotator/services/annotation_import.py" line="63" />
            <source>{count} could not be placed in the text and are marked orphaned</source>
            <translation>تعذّر وضع {count} في النص فوُسمت بأنها يتيمة</translation>
        </message>
        <message>
            <location filename="../../annotator/services/versions.py" line="43" />
            <source>{count} exact</source>
            <translation>مطابقة: {count}</translation>
        </message>
        <message>
            <location filename="../../annotator/services/annotation_import.py" line="66" />
            <source>{count} match no article and were not imported</source>
            <translation>‏{count} لا تطابق أي مقال ولم تُستورد</translation>
        </message>
        <message>
            <location filename="../../annotator/services/versions.py" line="44" />
            <source>{count} moved</source>
            <translation>منقولة: {count}</translation>
        </message>
        <message>
            <location filename="../../annotator/services/versions.py" line="46" />
            <source>{count} orphaned</source>
            <translation>يتيمة: {count}</translation>
        </message>
        <message>
            <location filename="../../annotator/services/annotation_import.py" line="69" />
            <source>{count} were already in the project</source>
            <translation>‏{count} كانت موجودة في المشروع</translation>
        </message>
        <message>
            <location filename="../../annotator/storage/presence.py" line="76" />
            <source>{first} {second}</source>
            <translation>{first} {second}</translation>
        </message>
        <message>
            <location filename="../../annotator/errors.py" line="51" />
            <source>{first}, {second}</source>
            <translation>{first}، {second}</translation>
        </message>
        <message>
            <location filename="../../annotator/exporters/claimreview.py" line="74" />
            <source>{first}; and {second}</source>
            <translation>‏{first}؛ و{second}</translation>
        </message>
        <message>
            <location filename="../../annotator/errors.py" line="49" />
            <source>{first}; {second}</source>
            <translation>‏{first}؛ {second}</translation>
        </message>
        <message>
            <location filename="../../annotator/services/validation.py" line="107" />
            <source>{label}: only an absolute http or https address is allowed, not {url!r}.</source>
            <translation>‏{label}: لا يُسمح إلا بعنوان http أو https مطلق، وليس {url!r}.</translation>
        </message>
        <message>
            <location filename="../../annotator/checkworthy/model.py" line="178" />
            <source>{name} does not match its SHA-256 checksum; reinstall Annotator.</source>
            <translation>‏{name} لا يطابق مجموع التحقق SHA-256 الخاص به؛ أعد تثبيت Annotator.</translation>
        </message>
        <message>
            <location filename="../../annotator/commands/claim.py" line="104" />
            <source>{name} has no article {article_id!r}.</source>
            <translation>لا توجد في {name} مقالة {article_id!r}.</translation>
        </message>
        <message>
            <location filename="../../annotator/commands/editorial.py" line="23" />
            <source>{name} has no claim {claim_id!r}.</source>
            <translation>لا يوجد في {name} ادعاء {claim_id!r}.</translation>
        </message>
        <message>
            <location filename="../../annotator/storage/merge.py" line="101" />
            <source>{name} holds data that does not fit this project ({error}); nothing was merged.</source>
            <translation>يحتوي {name} على بيانات لا تناسب هذا المشروع ({error})؛ لم يُدمج شيء.</translation>
        </message>
        <message>
            <location filename="../../annotator/importers/claimreview_feed.py" line="31" />
            <source>{name} holds no ClaimReview fact-checks.</source>
            <translation>لا يحتوي {name} على عمليات تحقق ClaimReview.</translation>
        </message>
        <message>
            <location filename="../../annotator/interchange/annotation_parser.py" line="101" />
            <source>{name} holds no W3C Web Annotations or Hypothesis annotations.</source>
            <translation>لا يحتوي {name} على تعليقات W3C Web Annotation أو Hypothesis.</translation>
        </message>
        <message>
            <location filename="../../annotator/storage/database.py" line="327" />
            <source>{name} is a SQLite database from another application, not an Annotator project.</source>
            <translation>‏{name} قاعدة بيانات SQLite لتطبيق آخر، وليس مشروع Annotator.</translation>
        </message>
        <message>
            <location filename="../../annotator/importers/claimreview_feed.py" line="50" />
            <source>{name} is a binary file, not JSON or CSV.</source>
            <translation>‏{name} ملف ثنائي، وليس JSON أو CSV.</translation>
        </message>
        <message>
            <location filename="../../annotator/importers/claimreview_feed.py" line="48" />
            <source>{name} is a damaged gzip file.</source>
            <translation>‏{name} ملف gzip تالف.</translation>
        </message>
        <message>
            <location filename="../../annotator/storage/database.py" line="310" />
            <source>{name} is a symbolic link that leads back to itself (a loop), so it cannot be opened.</source>
            <translation>‏{name} رابط رمزي يشير إلى نفسه (حلقة)، لذا لا يمكن فتحه.</translation>
        </message>
        <message>
            <location filename="../../annotator/storage/database.py" line="315" />
            <source>{name} is a symbolic link to {readlink}, which does not exist.</source>
            <translation>‏{name} رابط رمزي إلى {readlink}، وهو غير موجود.</translation>
        </message>
        <message>
            <location filename="../../annotator/storage/presence.py" line="90" />
            <source>{name} is already open in another Annotator ({who}). You can both work on it: every change is saved at once and each window shows the other's changes within a few seconds. Avoid editing the same claim at the same time.</source>
            <translation>‏{name} مفتوح بالفعل في Annotator آخر ({who}). يمكنكما العمل عليه معًا: يُحفظ كل تغيير فورًا وتعرض كل نافذة تغييرات الأخرى خلال ثوانٍ. تجنّبا تحرير الادعاء نفسه في الوقت نفسه.</translation>
        </message>
        <message>
            <location filename="../../annotator/services/session.py" line="88" />
            <source>{name} is being restored from a backup; try again in a minute.</source>
            <translation>تجري استعادة {name} من نسخة احتياطية؛ حاول مجددًا بعد دقيقة.</translation>
        </message>
        <message>
            <location filename="../../annotator/storage/sqlite_errors.py" line="69" />
            <source>{name} is busy in another window or program, so the last change was not saved. Try again in a moment.</source>
            <translation>‏{name} مشغول في نافذة أو برنامج آخر، لذا لم يُحفظ التغيير الأخير. حاول مجددًا بعد لحظة.</translation>
        </message>
        <message>
            <location filename="../../annotator/storage/database.py" line="250" />
            <source>{name} is damaged (SQLite's check found 1 problem) and was not opened; nothing was changed. Restore it from a backup.</source>
            <translation>‏{name} تالف (وجد فحص SQLite مشكلة واحدة) ولم يُفتح؛ لم يُغيَّر شيء. استعده من نسخة احتياطية.</translation>
        </message>
        <message>
            <location filename="../../annotator/storage/database.py" line="250" />
            <source>{name} is damaged (SQLite's check found {count} problems) and was not opened; nothing was changed. Restore it from a backup.</source>
            <translation>‏{name} تالف (وجد فحص SQLite عدد {count} من المشكلات) ولم يُفتح؛ لم يُغيَّر شيء. استعده من نسخة احتياطية.</translation>
        </message>
        <message>
            <location filename="../../annotator/storage/database.py" line="146" />
            <source>{name} is damaged ({error}); the last change was not saved. Restore it from a backup.</source>
            <translation>‏{name} تالف ({error})؛ لم يُحفظ التغيير الأخير. استعده من نسخة احتياطية.</translation>
        </message>
        <message>
            <location filename="../../annotator/storage/merge_read.py" line="181" />
            <source>{name} is damaged and cannot be read ({error}); nothing was merged.</source>
            <translation>‏{name} تالف ولا يمكن قراءته ({error})؛ لم يُدمج شيء.</translation>
        </message>
        <message>
            <location filename="../../annotator/storage/database.py" line="286" />
            <source>{name} is damaged or truncated and cannot be read ({detail}); nothing was changed. Restore it from a backup.</source>
            <translation>‏{name} تالف أو مبتور ولا يمكن قراءته ({detail})؛ لم يُغيَّر شيء. استعده من نسخة احتياطية.</translation>
        </message>
        <message>
            <location filename="../../annotator/checkworthy/model.py" line="183" />
            <source>{name} is damaged.</source>
            <translation>‏{name} تالف.</translation>
        </message>
        <message>
            <location filename="../../annotator/storage/database.py" line="271" />
            <source>{name} is damaged: the file is truncated (only {size} bytes).</source>
            <translation>‏{name} تالف: الملف مبتور (فقط {size} بايت).</translation>
        </message>
        <message>
            <location filename="../../annotator/storage/merge_read.py" line="121" />
            <source>{name} is empty; it is not an Annotator project.</source>
            <translation>‏{name} فارغ؛ إنه ليس مشروع Annotator.</translation>
        </message>
        <message>
            <location filename="../../annotator/importers/claimreview_feed.py" line="39" />
            <source>{name} is larger than 1 GB; split it first.</source>
            <translation>حجم {name} أكبر من 1 غيغابايت؛ قسّمه أولًا.</translation>
        </message>
        <message>
            <location filename="../../annotator/importers/claimreview_feed.py" line="54" />
            <source>{name} is not UTF-8 text.</source>
            <translation>‏{name} ليس نصًا بترميز UTF-8.</translation>
        </message>
        <message>
            <location filename="../../annotator/interchange/annotation_parser.py" line="96" />
            <source>{name} is not a JSON file ({error}).</source>
            <translation>‏{name} ليس ملف JSON ‏({error}).</translation>
        </message>
        <message>
            <location filename="../../annotator/storage/database.py" line="277" />
            <source>{name} is not an Annotator project (it is not a SQLite database).</source>
            <translation>‏{name} ليس مشروع Annotator (ليس قاعدة بيانات SQLite).</translation>
        </message>
        <message>
            <location filename="../../annotator/storage/merge_read.py" line="126" />
            <source>{name} is not an Annotator project.</source>
            <translation>‏{name} ليس مشروع Annotator.</translation>
        </message>
        <message>
            <location filename="../../annotator/hub/sync.py" line="74" />
            <source>{name} is not connected to a hub; run `annotator hub connect` first.</source>
            <translation>‏{name} غير متصل بمركز؛ شغّل `annotator hub connect` أولًا.</translation>
        </message>
        <message>
            <location filename="../../annotator/storage/database.py" line="346" />
            <source>{name} is on a read-only disk</source>
            <translation>‏{name} على قرص للقراءة فقط</translation>
        </message>
        <message>
            <location filename="../../annotator/storage/backups.py" line="204" />
            <source>{name} is open in another program ({describe}). Close it there (or let the command finish) first, then restore the backup; nothing was changed.</source>
            <translation>‏{name} مفتوح في برنامج آخر ({describe}). أغلقه هناك (أو انتظر حتى ينتهي الأمر) أولًا، ثم استعد النسخة الاحتياطية؛ لم يُغيَّر شيء.</translation>
        </message>
        <message>
            <location filename="../../annotator/storage/store.py" line="191" />
            <source>{name} is open read-only; changes cannot be saved.</source>
            <translation>‏{name} مفتوح للقراءة فقط؛ لا يمكن حفظ التغييرات.</translation>
        </message>
        <message>
            <location filename="../../annotator/storage/database.py" line="393" />
            <source>{name} is read-only and was made by an older Annotator; it must be upgraded, which needs write access. Copy it somewhere writable first.</source>
            <translation>‏{name} للقراءة فقط وأنشأه إصدار أقدم من Annotator؛ يجب ترقيته، وهذا يحتاج إلى صلاحية الكتابة. انسخه أولًا إلى مكان قابل للكتابة.</translation>
        </message>
        <message>
            <location filename="../../annotator/commands/common.py" line="65" />
            <source>{name} is read-only; nothing was changed.</source>
            <translation>‏{name} للقراءة فقط؛ لم يُغيَّر شيء.</translation>
        </message>
        <message>
            <location filename="../../annotator/storage/sqlite_errors.py" line="72" />
            <source>{name} is read-only; the last change was not saved.</source>
            <translation>‏{name} للقراءة فقط؛ لم يُحفظ التغيير الأخير.</translation>
        </message>
        <message>
            <location filename="../../annotator/storage/merge_read.py" line="118" />
            <source>{name} is the project itself; choose a colleague's copy to merge.</source>
            <translation>‏{name} هو المشروع نفسه؛ اختر نسخة زميل لدمجها.</translation>
        </message>
        <message>
            <location filename="../../annotator/storage/database.py" line="350" />
            <source>{name} is write-protected</source>
            <translation>‏{name} محمي من الكتابة</translation>
        </message>
        <message>
            <location filename="../../annotator/storage/presence.py" line="83" />
            <source>{name} may be open in Annotator {who}, or that program ended without closing it. If it is open there, both of you can work: every change is saved at once and each window shows the other's changes.</source>
            <translation>قد يكون {name} مفتوحًا في Annotator {who}، أو أن ذلك البرنامج انتهى دون إغلاقه. إذا كان مفتوحًا هناك فيمكنكما العمل معًا: يُحفظ كل تغيير فورًا وتعرض كل نافذة تغييرات الأخرى.</translation>
        </message>
        <message>
            <location filename="../../annotator/storage/database.py" line="369" />
            <source>{name} was opened read-only</source>
            <translation>فُتح {name} للقراءة فقط</translation>
        </message>
        <message>
            <location filename="../../annotator/storage/database.py" line="332" />
            <source>{name} was saved by a newer version of Annotator (schema {user_version}; this version reads up to {latest_version}). Update Annotator to open it.</source>
            <translation>حُفظ {name} بإصدار أحدث من Annotator (المخطط {user_version}؛ هذا الإصدار يقرأ حتى {latest_version}). حدّث Annotator لفتحه.</translation>
        </message>
        <message>
            <location filename="../../annotator/storage/stale_wal.py" line="64" />
            <source>{name}: a leftover change log ({name}-wal) did not belong to this file ({reason}), so it was not applied. It was kept as {kept}; the project was opened as it is.</source>
            <translation>‏{name}: سجل تغييرات متبقٍّ ({name}-wal) لا يخص هذا الملف ({reason})، لذا لم يُطبَّق. حُفظ باسم {kept}؛ وفُتح المشروع كما هو.</translation>
        </message>
        <message>
            <location filename="../../annotator/importers/__init__.py" line="144" />
            <source>{name}: cannot read the file ({value}).</source>
            <translation>‏{name}: تعذّرت قراءة الملف ({value}).</translation>
        </message>
        <message>
            <location filename="../../annotator/importers/isolated.py" line="71" />
            <source>{name}: could not be read ({kind}).</source>
            <translation>‏{name}: تعذّرت القراءة ({kind}).</translation>
        </message>
        <message>
            <location filename="../../annotator/commands/match.py" line="80" />
            <source>{name}: line {number} is not JSON</source>
            <translation>‏{name}: السطر {number} ليس JSON</translation>
        </message>
        <message>
            <location filename="../../annotator/importers/claimreview_feed.py" line="73" />
            <source>{name}: line {number} is not JSON.</source>
            <translation>‏{name}: السطر {number} ليس JSON.</translation>
        </message>
        <message>
            <location filename="../../annotator/importers/pdf.py" line="132" />
            <source>{name}: no text was found in the PDF.</source>
            <translation>‏{name}: لم يُعثر على نص في ملف PDF.</translation>
        </message>
        <message>
            <location filename="../../annotator/importers/__init__.py" line="102" />
            <source>{name}: no text was found in the file.</source>
            <translation>‏{name}: لم يُعثر على نص في الملف.</translation>
        </message>
        <message>
            <location filename="../../annotator/importers/web.py" line="31" />
            <source>{name}: no text was found in the page.</source>
            <translation>‏{name}: لم يُعثر على نص في الصفحة.</translation>
        </message>
        <message>
            <location filename="../../annotator/importers/isolated.py" line="132" />
            <source>{name}: reading the file stopped the importer (it may need more memory than an article can); the file is refused.</source>
            <translation>‏{name}: أوقفت قراءة الملف أداة الاستيراد (ربما يحتاج إلى ذاكرة أكثر مما تحتاجه مقالة)؛ رُفض الملف.</translation>
        </message>
        <message>
            <location filename="../../annotator/importers/isolated.py" line="140" />
            <source>{name}: reading the file stopped the importer; the file is refused.</source>
            <translation>‏{name}: أوقفت قراءة الملف أداة الاستيراد؛ رُفض الملف.</translation>
        </message>
        <message>
            <location filename="../../annotator/importers/pdf.py" line="104" />
            <source>{name}: the PDF is encrypted with a password. Open it in a PDF viewer, save or print an unprotected copy, and import that.</source>
            <translation>‏{name}: ملف PDF مشفر بكلمة مرور. افتحه في عارض PDF، واحفظ نسخة غير محمية أو اطبعها، ثم استوردها.</translation>
        </message>
        <message>
            <location filename="../../annotator/importers/pdf.py" line="109" />
            <source>{name}: the PDF is encrypted with a security scheme Annotator cannot open; save an unprotected copy and import that.</source>
            <translation>‏{name}: ملف PDF مشفر بنظام أمان لا يستطيع Annotator فتحه؛ احفظ نسخة غير محمية واستوردها.</translation>
        </message>
        <message>
            <location filename="../../annotator/importers/archive.py" line="69" />
            <source>{name}: the Word document is damaged ({filename}: {error}).</source>
            <translation>‏{name}: مستند Word تالف ({filename}: {error}).</translation>
        </message>
        <message>
            <location filename="../../annotator/importers/docx.py" line="102" />
            <source>{name}: the Word document is damaged and cannot be read ({kind}).</source>
            <translation>‏{name}: مستند Word تالف ولا يمكن قراءته ({kind}).</translation>
        </message>
        <message>
            <location filename="../../annotator/storage/database.py" line="139" />
            <source>{name}: the change was not saved because the item it belongs to no longer exists (it may have been removed in another window).</source>
            <translation>‏{name}: لم يُحفظ التغيير لأن العنصر الذي ينتمي إليه لم يعد موجودًا (ربما حُذف في نافذة أخرى).</translation>
        </message>
        <message>
            <location filename="../../annotator/importers/archive.py" line="63" />
            <source>{name}: the contents of {filename} do not match the sizes and checksums in the archive's directory; the file is damaged or crafted, so it is refused.</source>
            <translation>‏{name}: محتويات {filename} لا تطابق الأحجام ومجاميع التحقق في فهرس الأرشيف؛ الملف تالف أو معدّل عمدًا، لذا رُفض.</translation>
        </message>
        <message>
            <location filename="../../annotator/storage/sqlite_errors.py" line="66" />
            <source>{name}: the disk is full, so the last change was not saved. Free some space and try again; everything saved before is safe.</source>
            <translation>‏{name}: القرص ممتلئ، لذا لم يُحفظ التغيير الأخير. أفرغ بعض المساحة وحاول مجددًا؛ كل ما حُفظ من قبل آمن.</translation>
        </message>
        <message>
            <location filename="../../annotator/storage/sqlite_errors.py" line="74" />
            <source>{name}: the disk reported an input/output error, so the last change was not saved. Everything saved before is safe.</source>
            <translation>‏{name}: أبلغ القرص عن خطأ في الإدخال/الإخراج، لذا لم يُحفظ التغيير الأخير. كل ما حُفظ من قبل آمن.</translation>
        </message>
        <message>
            <location filename="../../annotator/importers/archive.py" line="77" />
            <source>{name}: the document's text parts unpack to more than {value} MB (at least {value2:.0f} MB), more than any article; it is refused as a possible archive bomb.</source>
            <translation>‏{name}: أجزاء نص المستند تتوسع عند فك الضغط إلى أكثر من {value} ميغابايت (على الأقل {value2:.0f} ميغابايت)، أكثر من أي مقالة؛ رُفض باعتباره قنبلة أرشيف محتملة.</translation>
        </message>
        <message>
            <location filename="../../annotator/importers/html.py" line="124" />
            <source>{name}: the file contains no HTML that can be read ({error}).</source>
            <translation>‏{name}: لا يحتوي الملف على HTML قابل للقراءة ({error}).</translation>
        </message>
        <message>
            <location filename="../../annotator/importers/docx.py" line="88" />
            <source>{name}: the file is a ZIP archive but not a Word document (.docx).</source>
            <translation>‏{name}: الملف أرشيف ZIP لكنه ليس مستند Word ‏(.docx).</translation>
        </message>
        <message>
            <location filename="../../annotator/importers/pdf.py" line="112" />
            <source>{name}: the file is damaged or is not a PDF, so its text cannot be read.</source>
            <translation>‏{name}: الملف تالف أو ليس PDF، لذا لا يمكن قراءة نصه.</translation>
        </message>
        <message>
            <location filename="../../annotator/importers/archive.py" line="32" />
            <source>{name}: the file is damaged or is not a Word document (.docx).</source>
            <translation>‏{name}: الملف تالف أو ليس مستند Word ‏(.docx).</translation>
        </message>
        <message>
            <location filename="../../annotator/importers/__init__.py" line="131" />
            <source>{name}: the file is empty.</source>
            <translation>‏{name}: الملف فارغ.</translation>
        </message>
        <message>
            <location filename="../../annotator/importers/__init__.py" line="134" />
            <source>{name}: the file is too large ({size}); the limit is {size2}.</source>
            <translation>‏{name}: الملف كبير جدًا ({size})؛ الحد هو {size2}.</translation>
        </message>
        <message>
            <location filename="../../annotator/importers/isolated.py" line="67" />
            <source>{name}: the file needs more memory than an article can; it is refused.</source>
            <translation>‏{name}: يحتاج الملف إلى ذاكرة أكثر مما تحتاجه مقالة؛ رُفض.</translation>
        </message>
        <message>
            <location filename="../../annotator/importers/encoding.py" line="120" />
            <source>{name}: the file starts with a {encoding} byte-order mark but is not valid {encoding} (damaged at byte {value}).</source>
            <translation>‏{name}: يبدأ الملف بعلامة ترتيب البايتات {encoding} لكنه ليس {encoding} صالحًا (تالف عند البايت {value}).</translation>
        </message>
        <message>
            <location filename="../../annotator/importers/isolated.py" line="127" />
            <source>{name}: the import was cancelled.</source>
            <translation>‏{name}: أُلغي الاستيراد.</translation>
        </message>
        <message>
            <location filename="../../annotator/storage/sqlite_errors.py" line="94" />
            <source>{name}: the last change was not saved ({plain_error}).</source>
            <translation>‏{name}: لم يُحفظ التغيير الأخير ({plain_error}).</translation>
        </message>
        <message>
            <location filename="../../annotator/importers/mhtml.py" line="45" />
            <source>{name}: the single-file web page holds no HTML page.</source>
            <translation>‏{name}: صفحة الويب أحادية الملف لا تحتوي على صفحة HTML.</translation>
        </message>
        <message>
            <location filename="../../annotator/importers/warc.py" line="56" />
            <source>{name}: the web archive holds no web page or PDF to import.</source>
            <translation>‏{name}: لا يحتوي أرشيف الويب على صفحة ويب أو ملف PDF لاستيراده.</translation>
        </message>
        <message>
            <location filename="../../annotator/importers/warc.py" line="53" />
            <source>{name}: the web archive is damaged or not a WARC file ({error}).</source>
            <translation>‏{name}: أرشيف الويب تالف أو ليس ملف WARC ‏({error}).</translation>
        </message>
        <message>
            <location filename="../../annotator/importers/__init__.py" line="94" />
            <source>{name}: the {kind} could not be read; it may be damaged ({detail}).</source>
            <translation>‏{name}: تعذّرت قراءة {kind}؛ ربما يكون تالفًا ({detail}).</translation>
        </message>
        <message>
            <location filename="../../annotator/importers/pdf.py" line="126" />
            <source>{name}: this PDF has no text layer; it looks like a scan (pages made of images). Run it through OCR first (for example OCRmyPDF, or your scanner's OCR), then import the result.</source>
            <translation>‏{name}: لا يحتوي ملف PDF هذا على طبقة نص؛ يبدو أنه مسح ضوئي (صفحات مكونة من صور). مرّره أولًا على برنامج OCR (مثل OCRmyPDF أو OCR الماسح الضوئي)، ثم استورد النتيجة.</translation>
        </message>
        <message>
            <location filename="../../annotator/importers/encoding.py" line="294" />
            <source>{name}: this is a binary file, not text.</source>
            <translation>‏{name}: هذا ملف ثنائي، وليس نصًا.</translation>
        </message>
        <message>
            <location filename="../../annotator/importers/__init__.py" line="129" />
            <source>{name}: this is a folder, not a file.</source>
            <translation>‏{name}: هذا مجلد، وليس ملفًا.</translation>
        </message>
        <message>
            <location filename="../../annotator/importers/docx.py" line="82" />
            <source>{name}: this is an encrypted Word document or an old .doc file; open it in Word or LibreOffice, save it as an unprotected .docx, and import that.</source>
            <translation>‏{name}: هذا مستند Word مشفر أو ملف ‎.doc قديم؛ افتحه في Word أو LibreOffice، واحفظه كملف ‎.docx غير محمي، ثم استورده.</translation>
        </message>
        <message>
            <location filename="../../annotator/importers/mhtml.py" line="38" />
            <source>{name}: this is not a single-file web page (MHTML).</source>
            <translation>‏{name}: هذه ليست صفحة ويب أحادية الملف (MHTML).</translation>
        </message>
        <message>
            <location filename="../../annotator/importers/web.py" line="27" />
            <source>{name}: this is not a web page or a PDF (content type {kind}).</source>
            <translation>‏{name}: هذه ليست صفحة ويب ولا ملف PDF (نوع المحتوى {kind}).</translation>
        </message>
        <message>
            <location filename="../../annotator/importers/encoding.py" line="287" />
            <source>{name}: this is {what}, not a text file.</source>
            <translation>‏{name}: هذا {what}، وليس ملفًا نصيًا.</translation>
        </message>
        <message>
            <location filename="../../annotator/importers/__init__.py" line="113" />
            <source>{name}: unsupported file type {value}.{hint} Annotator imports {choices}.</source>
            <translation>‏{name}: نوع ملف غير مدعوم {value}.{hint} يستورد Annotator ما يلي: {choices}.</translation>
        </message>
        <message>
            <location filename="../../annotator/importers/docx.py" line="93" />
            <source>{name}: {part} declares a DTD (&lt;!DOCTYPE&gt;), which Word never writes; entities it defines would be lost or could attack the reader, so the document is refused. Open it in Word or LibreOffice, save it again as .docx, and import that.</source>
            <translation>‏{name}: يعلن {part} عن DTD ‏(&lt;!DOCTYPE&gt;)، وهو ما لا يكتبه Word أبدًا؛ الكيانات التي يعرّفها ستضيع أو قد تهاجم القارئ، لذا رُفض المستند. افتحه في Word أو LibreOffice، واحفظه مجددًا كملف ‎.docx، ثم استورده.</translation>
        </message>
        <message>
            <location filename="../../annotator/storage/merge_read.py" line="113" />
            <source>{path} does not exist.</source>
            <translation>‏{path} غير موجود.</translation>
        </message>
        <message>
            <location filename="../../annotator/storage/merge_read.py" line="115" />
            <source>{path} is a folder, not a project file.</source>
            <translation>‏{path} مجلد، وليس ملف مشروع.</translation>
        </message>
        <message>
            <location filename="../../annotator/exporters/__init__.py" line="151" />
            <source>{path} is a folder; give a file name to export to.</source>
            <translation>‏{path} مجلد؛ حدد اسم ملف للتصدير إليه.</translation>
        </message>
        <message>
            <location filename="../../annotator/commands/suggest.py" line="86" />
            <source>{span!r} is not START:END</source>
            <translation>‏{span!r} ليس بالصيغة START:END</translation>
        </message>
        <message>
            <location filename="../../annotator/services/suggestions.py" line="157" />
            <source>{start}-{end} is not a span of this article (0-{length}).</source>
            <translation>‏{start}-{end} ليس نطاقًا في هذه المقالة (0-{length}).</translation>
        </message>
        <message>
            <location filename="../../annotator/services/annotation_import.py" line="70" />
            <source>{text}.</source>
            <translation>{text}.</translation>
        </message>
        <message>
            <location filename="../../annotator/fetch/http.py" line="265" />
            <source>{url}: cancelled.</source>
            <translation>‏{url}: أُلغي.</translation>
        </message>
        <message>
            <location filename="../../annotator/fetch/http.py" line="124" />
            <source>{url}: more than {max_redirects} redirects.</source>
            <translation>‏{url}: أكثر من {max_redirects} عمليات إعادة توجيه.</translation>
        </message>
        <message>
            <location filename="../../annotator/fetch/addresses.py" line="24" />
            <source>{url}: only http and https addresses are fetched, not {value}:.</source>
            <translation>‏{url}: لا تُجلب إلا عناوين http وhttps، وليس {value}:.</translation>
        </message>
        <message>
            <location filename="../../annotator/fetch/http.py" line="157" />
            <source>{url}: redirected to a {value}: address ({target}); refused.</source>
            <translation>‏{url}: أعيد التوجيه إلى عنوان {value}: ‏({target})؛ رُفض.</translation>
        </message>
        <message>
            <location filename="../../annotator/fetch/http.py" line="142" />
            <source>{url}: redirected to {error}</source>
            <translation>‏{url}: أعيد التوجيه إلى {error}</translation>
        </message>
        <message>
            <location filename="../../annotator/fetch/addresses.py" line="29" />
            <source>{url}: the address has no host name.</source>
            <translation>‏{url}: لا يحتوي العنوان على اسم مضيف.</translation>
        </message>
        <message>
            <location filename="../../annotator/fetch/http.py" line="272" />
            <source>{url}: the page is larger than the limit of {size}.</source>
            <translation>‏{url}: الصفحة أكبر من الحد البالغ {size}.</translation>
        </message>
        <message>
            <location filename="../../annotator/fetch/http.py" line="214" />
            <source>{url}: the page is too large ({size}); the limit is {size2}.</source>
            <translation>‏{url}: الصفحة كبيرة جدًا ({size})؛ الحد هو {size2}.</translation>
        </message>
        <message>
            <location filename="../../annotator/fetch/http.py" line="268" />
            <source>{url}: the page took longer than {total_timeout:g} seconds to arrive (timeout).</source>
            <translation>‏{url}: استغرق وصول الصفحة أكثر من {total_timeout:g} ثانية (انتهت المهلة).</translation>
        </message>
        <message>
            <location filename="../../annotator/fetch/addresses.py" line="33" />
            <source>{url}: the port is not a number.</source>
            <translation>‏{url}: المنفذ ليس رقمًا.</translation>
        </message>
        <message>
            <location filename="../../annotator/fetch/http.py" line="208" />
            <source>{url}: the server answered HTTP {status}{reason}.</source>
            <translation>‏{url}: أجاب الخادم بـ HTTP {status}{reason}.</translation>
        </message>
        <message>
            <location filename="../../annotator/fetch/http.py" line="358" />
            <source>{url}: the server used a compression Annotator does not read ({encoding}).</source>
            <translation>‏{url}: استخدم الخادم ضغطًا لا يقرؤه Annotator ‏({encoding}).</translation>
        </message>
        <message>
            <location filename="../../annotator/fetch/addresses.py" line="56" />
            <source>{url}: the server's name could not be found (DNS lookup failed).</source>
            <translation>‏{url}: تعذّر العثور على اسم الخادم (فشل استعلام DNS).</translation>
        </message>
        <message>
            <location filename="../../annotator/fetch/addresses.py" line="39" />
            <source>{url}: {host} is a private or local address ({address}); refused unless you allow local addresses for this fetch.</source>
            <translation>‏{url}: {host} عنوان خاص أو محلي ({address})؛ رُفض ما لم تسمح بالعناوين المحلية لعملية الجلب هذه.</translation>
        </message>
        <message>
            <location filename="../../annotator/fetch/http.py" line="172" />
            <source>{url}: {reason}</source>
            <translation>{url}: {reason}</translation>
        </message>
        <message>
            <location filename="../../annotator/domain/dates.py" line="34" />
            <source>{value} is not a real date.</source>
            <translation>‏{value} ليس تاريخًا حقيقيًا.</translation>
        </message>
        <message>
            <location filename="../../annotator/services/captures.py" line="39" />
            <source>{what} is too large to keep as a capture ({size}); the limit is {size2}.</source>
            <translation>‏{what} كبير جدًا بحيث لا يمكن الاحتفاظ به كلقطة ({size})؛ الحد هو {size2}.</translation>
        </message>
        <message>
            <location filename="../../annotator/services/field_swap.py" line="41" />
            <source>{who} has changed the {names} of this {what} since; nothing was changed, so their edit is kept.</source>
            <translation>غيّر {who} منذ ذلك الحين {names} في هذا {what}؛ لم يُغيَّر شيء، لذا بقي تعديله محفوظًا.</translation>
        </message>
        <message>
            <location filename="../../annotator/services/captures.py" line="215" />
            <source>“{title}” has no URL to check for a new version.</source>
            <translation>لا يملك «{title}» عنوان URL للبحث عن نسخة جديدة.</translation>
        </message>
    </context>
    <context>
        <name>evidence.capture_viewer</name>
        <message>
            <location filename="../../annotator/ui/evidence/capture_viewer.py" line="70" />
            <source>

[… shown up to 2 MB]</source>
            <translation>

[… يُعرض حتى 2 ميغابايت فقط]</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/evidence/capture_viewer.py" line="56" />
            <source> · file {name}</source>
            <translation> · الملف {name}</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/evidence/capture_viewer.py" line="76" />
            <source>Binary content ({kind}); not displayed. First bytes:

{dump}</source>
            <translation>محتوى ثنائي ({kind})؛ لا يُعرض. أول البايتات:

{dump}</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/evidence/capture_viewer.py" line="96" />
            <source>Capture {short_hash}</source>
            <translation>اللقطة {short_hash}</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/evidence/capture_viewer.py" line="47" />
            <source>Captured: {format_time} by {value}</source>
            <translation>التُقطت: {format_time} بواسطة {value}</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/evidence/capture_viewer.py" line="43" />
            <source>Final URL: {final_url}</source>
            <translation>الرابط النهائي: {final_url}</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/evidence/capture_viewer.py" line="59" />
            <source>Redirect: {url} → {status} → {location}</source>
            <translation>إعادة توجيه: {url} ← {status} ← {location}</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/evidence/capture_viewer.py" line="51" />
            <source>SHA-256: {sha256}</source>
            <translation>‏SHA-256: ‏{sha256}</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/evidence/capture_viewer.py" line="52" />
            <source>Size: {size} bytes · {value}</source>
            <translation>الحجم: {size} بايت · {value}</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/evidence/capture_viewer.py" line="41" />
            <source>URL: {value}</source>
            <translation>الرابط: {value}</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/evidence/capture_viewer.py" line="49" />
            <source>unknown</source>
            <translation>غير معروف</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/evidence/capture_viewer.py" line="53" />
            <source>unknown type</source>
            <translation>نوع غير معروف</translation>
        </message>
    </context>
    <context>
        <name>evidence.evidence_controller</name>
        <message>
            <location filename="../../annotator/ui/evidence/evidence_controller.py" line="64" />
            <source>Add &amp;Source…</source>
            <translation>إضافة &amp;مصدر…</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/evidence/evidence_controller.py" line="258" />
            <source>Attach File</source>
            <translation>إرفاق ملف</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/evidence/evidence_controller.py" line="251" />
            <source>Attach a Capture</source>
            <translation>إرفاق لقطة</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/evidence/evidence_controller.py" line="65" />
            <source>Attach a source to the selected claim</source>
            <translation>إرفاق مصدر بالادعاء المحدد</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/evidence/evidence_controller.py" line="264" />
            <source>Attach capture</source>
            <translation>إرفاق لقطة</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/evidence/evidence_controller.py" line="219" />
            <source>Capture Now</source>
            <translation>التقاط الآن</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/evidence/evidence_controller.py" line="269" />
            <source>Captured {when} · SHA-256 {short_hash}</source>
            <translation>التُقطت {when} · SHA-256 {short_hash}</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/evidence/evidence_controller.py" line="224" />
            <source>Capturing {value}</source>
            <translation>جارٍ التقاط {value}</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/evidence/evidence_controller.py" line="60" />
            <source>Check for a &amp;New Version</source>
            <translation>البحث عن إصدار &amp;جديد</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/evidence/evidence_controller.py" line="151" />
            <source>Check for a New Version</source>
            <translation>البحث عن إصدار جديد</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/evidence/evidence_controller.py" line="156" />
            <source>Checking {value}</source>
            <translation>جارٍ فحص {value}</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/evidence/evidence_controller.py" line="57" />
            <source>Fetch a web page or PDF and keep it as a capture</source>
            <translation>جلب صفحة ويب أو ملف PDF والاحتفاظ به لقطةً</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/evidence/evidence_controller.py" line="93" />
            <source>Fetch cancelled.</source>
            <translation>أُلغي الجلب.</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/evidence/evidence_controller.py" line="61" />
            <source>Fetch the article's URL again; store a new version if the text changed</source>
            <translation>جلب رابط المقالة مجددًا؛ وحفظ إصدار جديد إن تغيّر النص</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/evidence/evidence_controller.py" line="92" />
            <source>Fetching</source>
            <translation>جارٍ الجلب</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/evidence/evidence_controller.py" line="116" />
            <source>Fetching {value}</source>
            <translation>جارٍ جلب {value}</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/evidence/evidence_controller.py" line="56" />
            <source>Open &amp;URL…</source>
            <translation>فتح &amp;رابط…</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/evidence/evidence_controller.py" line="137" />
            <source>Opened “{title}” from {final_url}.</source>
            <translation>فُتحت «{title}» من {final_url}.</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/evidence/evidence_controller.py" line="40" />
            <source>Saved pages, PDFs, images (*.html *.htm *.mhtml *.pdf *.png *.jpg *.jpeg *.webp *.txt);;All files (*)</source>
            <translation>صفحات محفوظة، PDF، صور (*.html *.htm *.mhtml *.pdf *.png *.jpg *.jpeg *.webp *.txt);;كل الملفات (*)</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/evidence/evidence_controller.py" line="131" />
            <source>That page is already in the project.</source>
            <translation>تلك الصفحة موجودة في المشروع مسبقًا.</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/evidence/evidence_controller.py" line="167" />
            <source>The page has not changed since the last version.</source>
            <translation>لم تتغيّر الصفحة منذ الإصدار الأخير.</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/evidence/evidence_controller.py" line="220" />
            <source>This source has no URL to capture; attach a file instead.</source>
            <translation>لا رابط لهذا المصدر لالتقاطه؛ أرفق ملفًا بدلًا من ذلك.</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/evidence/evidence_controller.py" line="296" />
            <source>This source has no capture yet.</source>
            <translation>لا لقطة لهذا المصدر بعد.</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/evidence/evidence_controller.py" line="296" />
            <source>View Capture</source>
            <translation>عرض اللقطة</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/evidence/evidence_controller.py" line="285" />
            <source>captured {format_time} · SHA-256 {short_hash}</source>
            <translation>التُقطت {format_time} · SHA-256 {short_hash}</translation>
        </message>
    </context>
    <context>
        <name>evidence.fetch_worker</name>
        <message>
            <location filename="../../annotator/ui/evidence/fetch_worker.py" line="67" />
            <source>Cancel</source>
            <translation>إلغاء</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/evidence/fetch_worker.py" line="68" />
            <source>Fetching</source>
            <translation>جارٍ الجلب</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/evidence/fetch_worker.py" line="94" />
            <source>{value} — {value2} KB</source>
            <translation>‏{value} — {value2} كيلوبايت</translation>
        </message>
    </context>
    <context>
        <name>evidence.open_url_dialog</name>
        <message>
            <location filename="../../annotator/ui/evidence/open_url_dialog.py" line="39" />
            <source>&amp;Address of the page or PDF:</source>
            <translation>&amp;عنوان الصفحة أو ملف PDF:</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/evidence/open_url_dialog.py" line="31" />
            <source>Allow &amp;local and private network addresses for this fetch</source>
            <translation>السماح بالعناوين ال&amp;محلية وعناوين الشبكات الخاصة لهذا الجلب</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/evidence/open_url_dialog.py" line="23" />
            <source>Open URL</source>
            <translation>فتح رابط</translation>
        </message>
    </context>
    <context>
        <name>evidence.source_dialog</name>
        <message>
            <location filename="../../annotator/ui/evidence/source_dialog.py" line="100" />
            <source>&amp;Excerpt:</source>
            <translation>ال&amp;مقتطف:</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/evidence/source_dialog.py" line="117" />
            <source>&amp;Kind:</source>
            <translation>ال&amp;نوع:</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/evidence/source_dialog.py" line="69" />
            <source>&amp;Protected: a source who asked not to be named (never exported)</source>
            <translation>&amp;محميّ: مصدر طلب عدم ذكر اسمه (لا يُصدَّر أبدًا)</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/evidence/source_dialog.py" line="118" />
            <source>&amp;Stance:</source>
            <translation>ال&amp;موقف:</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/evidence/source_dialog.py" line="134" />
            <source>&amp;View Capture</source>
            <translation>&amp;عرض اللقطة</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/evidence/source_dialog.py" line="92" />
            <source>&amp;{label}:</source>
            <translation>&amp;{label}:</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/evidence/source_dialog.py" line="63" />
            <source>Add Source</source>
            <translation>إضافة مصدر</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/evidence/source_dialog.py" line="39" />
            <source>Archived copy</source>
            <translation>نسخة مؤرشفة</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/evidence/source_dialog.py" line="129" />
            <source>Attach &amp;File…</source>
            <translation>إرفاق &amp;ملف…</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/evidence/source_dialog.py" line="160" />
            <source>Attach a Capture</source>
            <translation>إرفاق لقطة</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/evidence/source_dialog.py" line="34" />
            <source>Author / who</source>
            <translation>الكاتب / مَن</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/evidence/source_dialog.py" line="124" />
            <source>Capture &amp;Now</source>
            <translation>التقاط &amp;الآن</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/evidence/source_dialog.py" line="74" />
            <source>Capture:</source>
            <translation>اللقطة:</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/evidence/source_dialog.py" line="38" />
            <source>Date accessed</source>
            <translation>تاريخ الاطلاع</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/evidence/source_dialog.py" line="63" />
            <source>Edit Source</source>
            <translation>تحرير المصدر</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/evidence/source_dialog.py" line="139" />
            <source>Let Capture Now reach this computer or the local network (refused by default)</source>
            <translation>السماح لـ«التقاط الآن» بالوصول إلى هذا الحاسوب أو الشبكة المحلية (ممنوع افتراضيًا)</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/evidence/source_dialog.py" line="36" />
            <source>Method</source>
            <translation>الطريقة</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/evidence/source_dialog.py" line="40" />
            <source>Page / locator</source>
            <translation>الصفحة / المحدِّد</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/evidence/source_dialog.py" line="33" />
            <source>Publisher</source>
            <translation>الناشر</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/evidence/source_dialog.py" line="35" />
            <source>Role</source>
            <translation>الصفة</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/evidence/source_dialog.py" line="131" />
            <source>Save the source and keep a saved page, PDF or screenshot as its capture</source>
            <translation>حفظ المصدر والاحتفاظ بصفحة محفوظة أو ملف PDF أو لقطة شاشة لقطةً له</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/evidence/source_dialog.py" line="126" />
            <source>Save the source, fetch its URL and keep the page with its SHA-256</source>
            <translation>حفظ المصدر وجلب رابطه والاحتفاظ بالصفحة مع بصمة SHA-256 الخاصة بها</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/evidence/source_dialog.py" line="162" />
            <source>Saved pages, PDFs, images (*.html *.htm *.mhtml *.pdf *.png *.jpg *.jpeg *.webp *.txt);;All files (*)</source>
            <translation>صفحات محفوظة، PDF، صور (*.html *.htm *.mhtml *.pdf *.png *.jpg *.jpeg *.webp *.txt);;كل الملفات (*)</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/evidence/source_dialog.py" line="37" />
            <source>Source date</source>
            <translation>تاريخ المصدر</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/evidence/source_dialog.py" line="97" />
            <source>The passage the verdict relies on</source>
            <translation>المقطع الذي يستند إليه الحكم</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/evidence/source_dialog.py" line="32" />
            <source>Title</source>
            <translation>العنوان</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/evidence/source_dialog.py" line="37" />
            <source>YYYY-MM-DD</source>
            <translation>YYYY-MM-DD</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/evidence/source_dialog.py" line="137" />
            <source>allow local addresses</source>
            <translation>السماح بالعناوين المحلية</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/evidence/source_dialog.py" line="34" />
            <source>author, issuer, or the person interviewed</source>
            <translation>الكاتب أو الجهة المُصدِرة أو الشخص الذي أُجريت معه المقابلة</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/evidence/source_dialog.py" line="36" />
            <source>in person, phone, email, letter…</source>
            <translation>شخصيًا، هاتف، بريد إلكتروني، رسالة…</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/evidence/source_dialog.py" line="35" />
            <source>the person's role (interviews, correspondence)</source>
            <translation>صفة الشخص (المقابلات، المراسلات)</translation>
        </message>
    </context>
    <context>
        <name>exchange.checklist</name>
        <message numerus="yes">
            <location filename="../../annotator/commands/checklist_lines.py" line="53" />
            <source>%n claim(s) changed after approval (stale approval).</source>
            <translation>
                <numerusform>لم يتغير أي ادعاء بعد اعتماده.</numerusform>
                <numerusform>تغيّر ادعاء واحد بعد اعتماده (اعتماد قديم).</numerusform>
                <numerusform>تغيّر ادعاءان بعد اعتمادهما (اعتماد قديم).</numerusform>
                <numerusform>تغيّرت %n ادعاءات بعد اعتمادها (اعتماد قديم).</numerusform>
                <numerusform>تغيّر %n ادعاءً بعد اعتماده (اعتماد قديم).</numerusform>
                <numerusform>تغيّر %n ادعاء بعد اعتماده (اعتماد قديم).</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../annotator/commands/checklist_lines.py" line="48" />
            <source>%n claim(s) changed after approval (stale approval): left out until approved again.</source>
            <translation>
                <numerusform>لم يتغير أي ادعاء بعد اعتماده.</numerusform>
                <numerusform>تغيّر ادعاء واحد بعد اعتماده (اعتماد قديم): يُستبعد حتى يُعتمد من جديد.</numerusform>
                <numerusform>تغيّر ادعاءان بعد اعتمادهما (اعتماد قديم): يُستبعدان حتى يُعتمدا من جديد.</numerusform>
                <numerusform>تغيّرت %n ادعاءات بعد اعتمادها (اعتماد قديم): تُستبعد حتى تُعتمد من جديد.</numerusform>
                <numerusform>تغيّر %n ادعاءً بعد اعتماده (اعتماد قديم): تُستبعد حتى تُعتمد من جديد.</numerusform>
                <numerusform>تغيّر %n ادعاء بعد اعتماده (اعتماد قديم): تُستبعد حتى تُعتمد من جديد.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../annotator/commands/checklist_lines.py" line="27" />
            <source>%n claim(s) without a verdict.</source>
            <translation>
                <numerusform>لا ادعاءات بلا حكم.</numerusform>
                <numerusform>ادعاء واحد بلا حكم.</numerusform>
                <numerusform>ادعاءان بلا حكم.</numerusform>
                <numerusform>%n ادعاءات بلا حكم.</numerusform>
                <numerusform>%n ادعاءً بلا حكم.</numerusform>
                <numerusform>%n ادعاء بلا حكم.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../annotator/commands/checklist_lines.py" line="26" />
            <source>%n claim(s) without an explanation.</source>
            <translation>
                <numerusform>لا ادعاءات بلا شرح.</numerusform>
                <numerusform>ادعاء واحد بلا شرح.</numerusform>
                <numerusform>ادعاءان بلا شرح.</numerusform>
                <numerusform>%n ادعاءات بلا شرح.</numerusform>
                <numerusform>%n ادعاءً بلا شرح.</numerusform>
                <numerusform>%n ادعاء بلا شرح.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../annotator/commands/checklist_lines.py" line="25" />
            <source>%n claim(s) without sources.</source>
            <translation>
                <numerusform>لا ادعاءات بلا مصادر.</numerusform>
                <numerusform>ادعاء واحد بلا مصادر.</numerusform>
                <numerusform>ادعاءان بلا مصادر.</numerusform>
                <numerusform>%n ادعاءات بلا مصادر.</numerusform>
                <numerusform>%n ادعاءً بلا مصادر.</numerusform>
                <numerusform>%n ادعاء بلا مصادر.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../annotator/commands/checklist_lines.py" line="28" />
            <source>%n orphaned claim(s): the passage is no longer in the article's current text.</source>
            <translation>
                <numerusform>لا ادعاءات يتيمة.</numerusform>
                <numerusform>ادعاء يتيم واحد: لم يعد المقطع في النص الحالي للمقال.</numerusform>
                <numerusform>ادعاءان يتيمان: لم يعد المقطع في النص الحالي للمقال.</numerusform>
                <numerusform>%n ادعاءات يتيمة: لم يعد المقطع في النص الحالي للمقال.</numerusform>
                <numerusform>%n ادعاءً يتيمًا: لم يعد المقطع في النص الحالي للمقال.</numerusform>
                <numerusform>%n ادعاء يتيم: لم يعد المقطع في النص الحالي للمقال.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../annotator/commands/checklist_lines.py" line="31" />
            <source>%n passage(s) rated by two or more people await adjudication of the final verdict.</source>
            <translation>
                <numerusform>لا مقاطع تنتظر الفصل في الحكم النهائي.</numerusform>
                <numerusform>مقطع واحد قيّمه شخصان أو أكثر ينتظر الفصل في الحكم النهائي.</numerusform>
                <numerusform>مقطعان قيّمهما شخصان أو أكثر ينتظران الفصل في الحكم النهائي.</numerusform>
                <numerusform>%n مقاطع قيّمها شخصان أو أكثر تنتظر الفصل في الحكم النهائي.</numerusform>
                <numerusform>%n مقطعًا قيّمه شخصان أو أكثر تنتظر الفصل في الحكم النهائي.</numerusform>
                <numerusform>%n مقطع قيّمه شخصان أو أكثر تنتظر الفصل في الحكم النهائي.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../annotator/commands/checklist_lines.py" line="19" />
            <source>Includes %n claim(s) not approved: the report is marked as a draft.</source>
            <translation>
                <numerusform>لا يتضمن ادعاءات غير معتمدة.</numerusform>
                <numerusform>يتضمن ادعاءً واحدًا غير معتمد: يُوسَم التقرير بأنه مسودة.</numerusform>
                <numerusform>يتضمن ادعاءين غير معتمدين: يُوسَم التقرير بأنه مسودة.</numerusform>
                <numerusform>يتضمن %n ادعاءات غير معتمدة: يُوسَم التقرير بأنه مسودة.</numerusform>
                <numerusform>يتضمن %n ادعاءً غير معتمد: يُوسَم التقرير بأنه مسودة.</numerusform>
                <numerusform>يتضمن %n ادعاء غير معتمد: يُوسَم التقرير بأنه مسودة.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../annotator/commands/checklist_lines.py" line="22" />
            <source>Nothing to export: no claim in scope is approved (drafts are left out).</source>
            <translation>لا شيء للتصدير: لا يوجد ادعاء معتمد ضمن النطاق (تُستبعد المسودات).</translation>
        </message>
    </context>
    <context>
        <name>exchange.exchange_controller</name>
        <message>
            <location filename="../../annotator/ui/exchange/exchange_controller.py" line="58" />
            <source>&amp;Export…</source>
            <translation>ت&amp;صدير…</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/exchange/exchange_controller.py" line="50" />
            <source>&amp;Import Articles…</source>
            <translation>&amp;استيراد مقالات…</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/exchange/exchange_controller.py" line="51" />
            <source>Add web pages, PDFs, Word, Markdown or text files</source>
            <translation>إضافة صفحات ويب أو ملفات PDF أو Word أو Markdown أو نصوص</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/exchange/exchange_controller.py" line="36" />
            <source>Annotations (*.json *.jsonld);;All files (*)</source>
            <translation>تعليقات توضيحية (*.json *.jsonld);;كل الملفات (*)</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/exchange/exchange_controller.py" line="265" />
            <source>Cancel</source>
            <translation>إلغاء</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/exchange/exchange_controller.py" line="220" />
            <source>Export</source>
            <translation>تصدير</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/exchange/exchange_controller.py" line="227" />
            <source>Export cancelled; nothing was written.</source>
            <translation>أُلغي التصدير؛ لم يُكتب شيء.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../annotator/ui/exchange/exchange_controller.py" line="231" />
            <source>Exported %n claim(s) to {path}</source>
            <translation>
                <numerusform>لم يُصدَّر أي ادعاء إلى {path}</numerusform>
                <numerusform>صُدّر ادعاء واحد إلى {path}</numerusform>
                <numerusform>صُدّر ادعاءان إلى {path}</numerusform>
                <numerusform>صُدّرت %n ادعاءات إلى {path}</numerusform>
                <numerusform>صُدّر %n ادعاءً إلى {path}</numerusform>
                <numerusform>صُدّر %n ادعاء إلى {path}</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../annotator/ui/exchange/exchange_controller.py" line="62" />
            <source>Import A&amp;nnotations…</source>
            <translation>استيراد تعليقات ت&amp;وضيحية…</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/exchange/exchange_controller.py" line="156" />
            <source>Import Annotations</source>
            <translation>استيراد تعليقات توضيحية</translation>
        </message>
        <message numerus="yes">
            <location filename="../../annotator/ui/exchange/exchange_controller.py" line="112" />
            <source>Imported %n article(s).</source>
            <translation>
                <numerusform>لم تُستورد أي مقالة.</numerusform>
                <numerusform>استُوردت مقالة واحدة.</numerusform>
                <numerusform>استُوردت مقالتان.</numerusform>
                <numerusform>استُوردت %n مقالات.</numerusform>
                <numerusform>استُوردت %n مقالة.</numerusform>
                <numerusform>استُوردت %n مقالة.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../annotator/ui/exchange/exchange_controller.py" line="55" />
            <source>Make an article of the text or web page on the clipboard</source>
            <translation>إنشاء مقالة من النص أو صفحة الويب في الحافظة</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/exchange/exchange_controller.py" line="54" />
            <source>Paste as New &amp;Article</source>
            <translation>لصق كمقالة &amp;جديدة</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/exchange/exchange_controller.py" line="132" />
            <source>Paste as New Article</source>
            <translation>لصق كمقالة جديدة</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/exchange/exchange_controller.py" line="59" />
            <source>Reports (HTML, PDF, Markdown), CSV, JSON, ClaimReview, W3C annotations</source>
            <translation>تقارير (HTML وPDF وMarkdown)، وCSV، وJSON، وClaimReview، وتعليقات W3C التوضيحية</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/exchange/exchange_controller.py" line="265" />
            <source>Starting the export…</source>
            <translation>جارٍ بدء التصدير…</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/exchange/exchange_controller.py" line="63" />
            <source>W3C Web Annotation or Hypothesis JSON</source>
            <translation>تعليقات W3C Web Annotation أو JSON من Hypothesis</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/exchange/exchange_controller.py" line="129" />
            <source>the clipboard</source>
            <translation>الحافظة</translation>
        </message>
    </context>
    <context>
        <name>exchange.export_dialog</name>
        <message>
            <location filename="../../annotator/ui/exchange/export_dialog.py" line="75" />
            <source>&amp;Format:</source>
            <translation>ال&amp;صيغة:</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/exchange/export_dialog.py" line="84" />
            <source>&amp;Save to:</source>
            <translation>&amp;حفظ في:</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/exchange/export_dialog.py" line="106" />
            <source>All articles of the project</source>
            <translation>كل مقالات المشروع</translation>
        </message>
        <message numerus="yes">
            <location filename="../../annotator/ui/exchange/export_dialog.py" line="192" />
            <source>Before exporting %n claim(s):</source>
            <translation>
                <numerusform>قبل التصدير (لا ادعاءات):</numerusform>
                <numerusform>قبل تصدير ادعاء واحد:</numerusform>
                <numerusform>قبل تصدير ادعاءين:</numerusform>
                <numerusform>قبل تصدير %n ادعاءات:</numerusform>
                <numerusform>قبل تصدير %n ادعاءً:</numerusform>
                <numerusform>قبل تصدير %n ادعاء:</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../annotator/ui/exchange/export_dialog.py" line="123" />
            <source>CSV: UTF-8 with BOM (for spreadsheets)</source>
            <translation>‏CSV: ‏UTF-8 مع BOM (لجداول البيانات)</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/exchange/export_dialog.py" line="122" />
            <source>CSV: one row per source</source>
            <translation>‏CSV: صف لكل مصدر</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/exchange/export_dialog.py" line="64" />
            <source>Choose…</source>
            <translation>اختيار…</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/exchange/export_dialog.py" line="118" />
            <source>ClaimReview: allow an incomplete document (no report URL or organisation)</source>
            <translation>‏ClaimReview: السماح بمستند غير مكتمل (دون رابط التقرير أو المؤسسة)</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/exchange/export_dialog.py" line="56" />
            <source>Export</source>
            <translation>تصدير</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/exchange/export_dialog.py" line="201" />
            <source>Export Anyway</source>
            <translation>التصدير على أي حال</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/exchange/export_dialog.py" line="151" />
            <source>Export To</source>
            <translation>التصدير إلى</translation>
        </message>
        <message numerus="yes">
            <location filename="../../annotator/ui/exchange/export_dialog.py" line="232" />
            <source>Exported %n claim(s) to
{path}</source>
            <translation>
                <numerusform>لم يُصدَّر أي ادعاء إلى
{path}</numerusform>
                <numerusform>صُدّر ادعاء واحد إلى
{path}</numerusform>
                <numerusform>صُدّر ادعاءان إلى
{path}</numerusform>
                <numerusform>صُدّرت %n ادعاءات إلى
{path}</numerusform>
                <numerusform>صُدّر %n ادعاءً إلى
{path}</numerusform>
                <numerusform>صُدّر %n ادعاء إلى
{path}</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../annotator/ui/exchange/export_dialog.py" line="113" />
            <source>Include claims not yet approved (the report is marked as a draft)</source>
            <translation>تضمين ادعاءات لم تُعتمد بعد (يُوسم التقرير بأنه مسودة)</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/exchange/export_dialog.py" line="196" />
            <source>Must fix: </source>
            <translation>يجب إصلاحه: </translation>
        </message>
        <message>
            <location filename="../../annotator/ui/exchange/export_dialog.py" line="70" />
            <source>Nothing</source>
            <translation>لا شيء</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/exchange/export_dialog.py" line="68" />
            <source>Open the file</source>
            <translation>فتح الملف</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/exchange/export_dialog.py" line="78" />
            <source>Options:</source>
            <translation>خيارات:</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/exchange/export_dialog.py" line="190" />
            <source>Publication Checklist</source>
            <translation>قائمة التحقق قبل النشر</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/exchange/export_dialog.py" line="83" />
            <source>Report &amp;language:</source>
            <translation>&amp;لغة التقرير:</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/exchange/export_dialog.py" line="121" />
            <source>Reports: appendix on agreement between reviewers</source>
            <translation>التقارير: ملحق عن الاتفاق بين المراجعين</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/exchange/export_dialog.py" line="76" />
            <source>Scope:</source>
            <translation>النطاق:</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/exchange/export_dialog.py" line="69" />
            <source>Show it in its folder</source>
            <translation>إظهاره في مجلده</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/exchange/export_dialog.py" line="104" />
            <source>This article</source>
            <translation>هذه المقالة</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/exchange/export_dialog.py" line="102" />
            <source>This article: {article_title}</source>
            <translation>هذه المقالة: {article_title}</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/exchange/export_dialog.py" line="85" />
            <source>When done:</source>
            <translation>عند الانتهاء:</translation>
        </message>
    </context>
    <context>
        <name>exchange.export_worker</name>
        <message>
            <location filename="../../annotator/ui/exchange/export_worker.py" line="98" />
            <source>The export stopped unexpectedly (exit code {exitcode}).</source>
            <translation>توقف التصدير بشكل غير متوقع (رمز الخروج {exitcode}).</translation>
        </message>
    </context>
    <context>
        <name>exchange.hub_sync</name>
        <message>
            <location filename="../../annotator/ui/exchange/hub_sync.py" line="131" />
            <source>&amp;Database:</source>
            <translation>&amp;قاعدة البيانات:</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/exchange/hub_sync.py" line="130" />
            <source>&amp;Host:</source>
            <translation>ال&amp;خادم:</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/exchange/hub_sync.py" line="130" />
            <source>&amp;Port:</source>
            <translation>ال&amp;منفذ:</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/exchange/hub_sync.py" line="132" />
            <source>&amp;Service:</source>
            <translation>ال&amp;خدمة:</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/exchange/hub_sync.py" line="132" />
            <source>&amp;TLS mode:</source>
            <translation>وضع &amp;TLS:</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/exchange/hub_sync.py" line="131" />
            <source>&amp;User:</source>
            <translation>ال&amp;مستخدم:</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/exchange/hub_sync.py" line="360" />
            <source>, last sync {format_time}</source>
            <translation>، آخر مزامنة {format_time}</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/exchange/hub_sync.py" line="262" />
            <source>Cannot Connect to Team Hub</source>
            <translation>تعذّر الاتصال بخادم الفريق</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/exchange/hub_sync.py" line="183" />
            <source>Connect to Team &amp;Hub…</source>
            <translation>الاتصال بخادم ال&amp;فريق…</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/exchange/hub_sync.py" line="117" />
            <source>Connect to Team Hub</source>
            <translation>الاتصال بخادم الفريق</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/exchange/hub_sync.py" line="189" />
            <source>Disconnect from Team Hub</source>
            <translation>قطع الاتصال بخادم الفريق</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/exchange/hub_sync.py" line="365" />
            <source>Hub: conflict</source>
            <translation>الخادم: تعارض</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/exchange/hub_sync.py" line="365" />
            <source>Hub: offline</source>
            <translation>الخادم: غير متصل</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/exchange/hub_sync.py" line="364" />
            <source>Hub: synced</source>
            <translation>الخادم: متزامن</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/exchange/hub_sync.py" line="364" />
            <source>Hub: syncing…</source>
            <translation>الخادم: جارٍ المزامنة…</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/exchange/hub_sync.py" line="186" />
            <source>Sync &amp;Now</source>
            <translation>مزامنة ال&amp;آن</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/exchange/hub_sync.py" line="184" />
            <source>Sync this project with the newsroom's PostgreSQL hub</source>
            <translation>مزامنة هذا المشروع مع خادم PostgreSQL الخاص بغرفة الأخبار</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/exchange/hub_sync.py" line="176" />
            <source>Team hub status</source>
            <translation>حالة خادم الفريق</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/exchange/hub_sync.py" line="237" />
            <source>The live connection to the hub was lost ({reason}); trying again every {seconds} seconds.</source>
            <translation>انقطع الاتصال المباشر بالمركز ({reason})؛ تُعاد المحاولة كل {seconds} ثانية.</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/exchange/hub_sync.py" line="240" />
            <source>The live connection to the hub was lost; trying again every {seconds} seconds.</source>
            <translation>انقطع الاتصال المباشر بالمركز؛ تُعاد المحاولة كل {seconds} ثانية.</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/exchange/hub_sync.py" line="135" />
            <source>The password is read from your ~/.pgpass, service file or PGPASSWORD; it is never stored in the project.</source>
            <translation>تُقرأ كلمة المرور من ملف ~/.pgpass أو ملف الخدمة أو PGPASSWORD؛ ولا تُخزَّن أبدًا في المشروع.</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/exchange/hub_sync.py" line="108" />
            <source>The sync failed: {error}</source>
            <translation>فشلت المزامنة: {error}</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/exchange/hub_sync.py" line="128" />
            <source>optional: a name from your pg_service.conf</source>
            <translation>اختياري: اسم من ملف pg_service.conf لديك</translation>
        </message>
    </context>
    <context>
        <name>exchange.import_flow</name>
        <message>
            <location filename="../../annotator/ui/exchange/import_flow.py" line="179" />
            <source>

…and {value} more.</source>
            <translation>

…و{value} أخرى.</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/exchange/import_flow.py" line="190" />
            <source>Already in the Project</source>
            <translation>موجود في المشروع مسبقًا</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/exchange/import_flow.py" line="27" />
            <source>Articles (*.html *.htm *.xhtml *.pdf *.docx *.md *.markdown *.txt *.text *.warc *.warc.gz *.mhtml *.mht);;Web pages (*.html *.htm);;Web archives (*.warc *.warc.gz *.mhtml *.mht);;PDF (*.pdf);;Word (*.docx);;Text and Markdown (*.txt *.md);;All files (*)</source>
            <translation>مقالات (*.html *.htm *.xhtml *.pdf *.docx *.md *.markdown *.txt *.text *.warc *.warc.gz *.mhtml *.mht);;صفحات ويب (*.html *.htm);;أرشيفات ويب (*.warc *.warc.gz *.mhtml *.mht);;PDF (*.pdf);;Word (*.docx);;نص وMarkdown (*.txt *.md);;كل الملفات (*)</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/exchange/import_flow.py" line="114" />
            <source>Cancel</source>
            <translation>إلغاء</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/exchange/import_flow.py" line="116" />
            <source>Import Articles</source>
            <translation>استيراد مقالات</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/exchange/import_flow.py" line="150" />
            <source>Importing {name}…</source>
            <translation>جارٍ استيراد {name}…</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/exchange/import_flow.py" line="114" />
            <source>Importing…</source>
            <translation>جارٍ الاستيراد…</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/exchange/import_flow.py" line="183" />
            <source>Some Files Were Not Imported</source>
            <translation>لم تُستورد بعض الملفات</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/exchange/import_flow.py" line="191" />
            <source>The text of {name} is already in this project as “{existing_title}”.
Show the existing article?</source>
            <translation>نص {name} موجود في هذا المشروع باسم «{existing_title}».
هل تريد عرض المقالة الموجودة؟</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/exchange/import_flow.py" line="79" />
            <source>{name}: could not be read ({error}).</source>
            <translation>‏{name}: تعذّرت قراءته ({error}).</translation>
        </message>
    </context>
    <context>
        <name>exchange.merge_flow</name>
        <message numerus="yes">
            <location filename="../../annotator/ui/exchange/merge_flow.py" line="115" />
            <source>%n added</source>
            <translation>
                <numerusform>لم يُضف شيء</numerusform>
                <numerusform>أُضيف واحد</numerusform>
                <numerusform>أُضيف اثنان</numerusform>
                <numerusform>أُضيف %n</numerusform>
                <numerusform>أُضيف %n</numerusform>
                <numerusform>أُضيف %n</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../annotator/ui/exchange/merge_flow.py" line="46" />
            <source>%n adjudication(s)</source>
            <translation>
                <numerusform>لا قرارات حسم</numerusform>
                <numerusform>قرار حسم واحد</numerusform>
                <numerusform>قرارا حسم</numerusform>
                <numerusform>%n قرارات حسم</numerusform>
                <numerusform>%n قرار حسم</numerusform>
                <numerusform>%n قرار حسم</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../annotator/ui/exchange/merge_flow.py" line="44" />
            <source>%n article(s)</source>
            <translation>
                <numerusform>لا مقالات</numerusform>
                <numerusform>مقالة واحدة</numerusform>
                <numerusform>مقالتان</numerusform>
                <numerusform>%n مقالات</numerusform>
                <numerusform>%n مقالة</numerusform>
                <numerusform>%n مقالة</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../annotator/ui/exchange/merge_flow.py" line="44" />
            <source>%n claim(s)</source>
            <translation>
                <numerusform>لا ادعاءات</numerusform>
                <numerusform>ادعاء واحد</numerusform>
                <numerusform>ادعاءان</numerusform>
                <numerusform>%n ادعاءات</numerusform>
                <numerusform>%n ادعاءً</numerusform>
                <numerusform>%n ادعاء</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../annotator/ui/exchange/merge_flow.py" line="45" />
            <source>%n comment(s)</source>
            <translation>
                <numerusform>لا تعليقات</numerusform>
                <numerusform>تعليق واحد</numerusform>
                <numerusform>تعليقان</numerusform>
                <numerusform>%n تعليقات</numerusform>
                <numerusform>%n تعليقًا</numerusform>
                <numerusform>%n تعليق</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../annotator/ui/exchange/merge_flow.py" line="48" />
            <source>%n conflict(s)</source>
            <translation>
                <numerusform>لا تعارضات</numerusform>
                <numerusform>تعارض واحد</numerusform>
                <numerusform>تعارضان</numerusform>
                <numerusform>%n تعارضات</numerusform>
                <numerusform>%n تعارضًا</numerusform>
                <numerusform>%n تعارض</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../annotator/ui/exchange/merge_flow.py" line="49" />
            <source>%n damaged item(s)</source>
            <translation>
                <numerusform>لا عناصر تالفة</numerusform>
                <numerusform>عنصر تالف واحد</numerusform>
                <numerusform>عنصران تالفان</numerusform>
                <numerusform>%n عناصر تالفة</numerusform>
                <numerusform>%n عنصرًا تالفًا</numerusform>
                <numerusform>%n عنصر تالف</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../annotator/ui/exchange/merge_flow.py" line="117" />
            <source>%n deleted</source>
            <translation>
                <numerusform>لم يُحذف شيء</numerusform>
                <numerusform>حُذف واحد</numerusform>
                <numerusform>حُذف اثنان</numerusform>
                <numerusform>حُذف %n</numerusform>
                <numerusform>حُذف %n</numerusform>
                <numerusform>حُذف %n</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../annotator/ui/exchange/merge_flow.py" line="47" />
            <source>%n fact-check(s)</source>
            <translation>
                <numerusform>لا تحققات</numerusform>
                <numerusform>تحقق واحد</numerusform>
                <numerusform>تحققان</numerusform>
                <numerusform>%n تحققات</numerusform>
                <numerusform>%n تحققًا</numerusform>
                <numerusform>%n تحقق</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../annotator/ui/exchange/merge_flow.py" line="46" />
            <source>%n rating(s)</source>
            <translation>
                <numerusform>لا تقييمات</numerusform>
                <numerusform>تقييم واحد</numerusform>
                <numerusform>تقييمان</numerusform>
                <numerusform>%n تقييمات</numerusform>
                <numerusform>%n تقييمًا</numerusform>
                <numerusform>%n تقييم</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../annotator/ui/exchange/merge_flow.py" line="45" />
            <source>%n source(s)</source>
            <translation>
                <numerusform>لا مصادر</numerusform>
                <numerusform>مصدر واحد</numerusform>
                <numerusform>مصدران</numerusform>
                <numerusform>%n مصادر</numerusform>
                <numerusform>%n مصدرًا</numerusform>
                <numerusform>%n مصدر</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../annotator/ui/exchange/merge_flow.py" line="118" />
            <source>%n unchanged</source>
            <translation>
                <numerusform>لا شيء بلا تغيير</numerusform>
                <numerusform>واحد بلا تغيير</numerusform>
                <numerusform>اثنان بلا تغيير</numerusform>
                <numerusform>%n بلا تغيير</numerusform>
                <numerusform>%n بلا تغيير</numerusform>
                <numerusform>%n بلا تغيير</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../annotator/ui/exchange/merge_flow.py" line="116" />
            <source>%n updated</source>
            <translation>
                <numerusform>لم يُحدَّث شيء</numerusform>
                <numerusform>حُدّث واحد</numerusform>
                <numerusform>حُدّث اثنان</numerusform>
                <numerusform>حُدّث %n</numerusform>
                <numerusform>حُدّث %n</numerusform>
                <numerusform>حُدّث %n</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../annotator/ui/exchange/merge_flow.py" line="47" />
            <source>%n verdict(s)</source>
            <translation>
                <numerusform>لا أحكام</numerusform>
                <numerusform>حكم واحد</numerusform>
                <numerusform>حكمان</numerusform>
                <numerusform>%n أحكام</numerusform>
                <numerusform>%n حكمًا</numerusform>
                <numerusform>%n حكم</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../annotator/ui/exchange/merge_flow.py" line="145" />
            <source>Claims changed:</source>
            <translation>الادعاءات المتغيّرة:</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/exchange/merge_flow.py" line="186" />
            <source>Could not merge {name}: {message}</source>
            <translation>تعذّر دمج {name}: {message}</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/exchange/merge_flow.py" line="24" />
            <source>Merge Colleague's Project</source>
            <translation>دمج مشروع زميل</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/exchange/merge_flow.py" line="120" />
            <source>Merged {name}: {join}.</source>
            <translation>دُمج {name}: {join}.</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/exchange/merge_flow.py" line="128" />
            <source>New: {join}.</source>
            <translation>جديد: {join}.</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/exchange/merge_flow.py" line="137" />
            <source>No conflicts.</source>
            <translation>لا تعارضات.</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/exchange/merge_flow.py" line="111" />
            <source>Nothing new in {name}: your project already has everything in it.</source>
            <translation>لا جديد في {name}: مشروعك يحتوي كل ما فيه.</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/exchange/merge_flow.py" line="56" />
            <source>claim as checked</source>
            <translation>الادعاء كما تُحقّق منه</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/exchange/merge_flow.py" line="57" />
            <source>internal note</source>
            <translation>ملاحظة داخلية</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/exchange/merge_flow.py" line="57" />
            <source>position</source>
            <translation>الموضع</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/exchange/merge_flow.py" line="58" />
            <source>quote</source>
            <translation>الاقتباس</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/exchange/merge_flow.py" line="58" />
            <source>review status</source>
            <translation>حالة المراجعة</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/exchange/merge_flow.py" line="56" />
            <source>verdict</source>
            <translation>الحكم</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/exchange/merge_flow.py" line="166" />
            <source>{name} is open read-only; nothing can be merged into it.</source>
            <translation>‏{name} مفتوح للقراءة فقط؛ لا يمكن دمج شيء فيه.</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/exchange/merge_flow.py" line="174" />
            <source>{name} is the project you have open; choose a colleague's copy.</source>
            <translation>‏{name} هو المشروع المفتوح لديك؛ اختر نسخة زميل.</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/exchange/merge_flow.py" line="140" />
            <source>{plural} in {name} could not be placed and were skipped.</source>
            <translation>‏{plural} في {name} تعذّر وضعها فتم تخطيها.</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/exchange/merge_flow.py" line="131" />
            <source>{plural}: changed on both sides. Open the Conflicts panel to keep yours, theirs, or edit the result.</source>
            <translation>‏{plural}: تغيّرت في الجانبين. افتح لوحة التعارضات للإبقاء على نسختك أو نسختهم أو تحرير النتيجة.</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/exchange/merge_flow.py" line="76" />
            <source>“{quote}”: added</source>
            <translation>‏«{quote}»: أُضيف</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/exchange/merge_flow.py" line="89" />
            <source>“{quote}”: deleted</source>
            <translation>‏«{quote}»: حُذف</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/exchange/merge_flow.py" line="84" />
            <source>“{quote}”: {fields} changed</source>
            <translation>‏«{quote}»: تغيّر {fields}</translation>
        </message>
        <message numerus="yes">
            <location filename="../../annotator/ui/exchange/merge_flow.py" line="96" />
            <source>… and %n more claim(s)</source>
            <translation>
                <numerusform>… ولا ادعاءات أخرى</numerusform>
                <numerusform>… وادعاء واحد آخر</numerusform>
                <numerusform>… وادعاءان آخران</numerusform>
                <numerusform>… و%n ادعاءات أخرى</numerusform>
                <numerusform>… و%n ادعاءً آخر</numerusform>
                <numerusform>… و%n ادعاء آخر</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>inspector.claim_form</name>
        <message>
            <location filename="../../annotator/ui/inspector/claim_form.py" line="23" />
            <source>&amp;Status:</source>
            <translation>ال&amp;حالة:</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/inspector/claim_form.py" line="22" />
            <source>&amp;Tags:</source>
            <translation>ال&amp;وسوم:</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/inspector/claim_form.py" line="20" />
            <source>&amp;Verdict:</source>
            <translation>ال&amp;حكم:</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/inspector/claim_form.py" line="33" />
            <source>A short, checkable paraphrase</source>
            <translation>صياغة قصيرة قابلة للتحقق</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/inspector/claim_form.py" line="18" />
            <source>Clai&amp;mant:</source>
            <translation>&amp;قائل الادعاء:</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/inspector/claim_form.py" line="19" />
            <source>Claim &amp;date:</source>
            <translation>&amp;تاريخ الادعاء:</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/inspector/claim_form.py" line="17" />
            <source>Claim as &amp;checked:</source>
            <translation>الادعاء كما &amp;تُحقّق منه:</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/inspector/claim_form.py" line="21" />
            <source>E&amp;xplanation:</source>
            <translation>ال&amp;شرح:</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/inspector/claim_form.py" line="24" />
            <source>Internal &amp;note:</source>
            <translation>ملاحظة &amp;داخلية:</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/inspector/claim_form.py" line="49" />
            <source>Internal note (never exported)</source>
            <translation>ملاحظة داخلية (لا تُصدَّر أبدًا)</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/inspector/claim_form.py" line="84" />
            <source>Unrated</source>
            <translation>غير مُقيَّم</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/inspector/claim_form.py" line="35" />
            <source>Who made the claim</source>
            <translation>مَن أدلى بالادعاء</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/inspector/claim_form.py" line="40" />
            <source>Why this verdict: what the sources show</source>
            <translation>سبب هذا الحكم: ما تُظهره المصادر</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/inspector/claim_form.py" line="37" />
            <source>YYYY-MM-DD (or YYYY-MM)</source>
            <translation>‏YYYY-MM-DD (أو YYYY-MM)</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/inspector/claim_form.py" line="44" />
            <source>comma, separated, tags</source>
            <translation>وسوم، مفصولة، بفواصل</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/inspector/claim_form.py" line="87" />
            <source>{label} (retired)</source>
            <translation>‏{label} (موقوف)</translation>
        </message>
    </context>
    <context>
        <name>inspector.comments_widget</name>
        <message>
            <location filename="../../annotator/ui/inspector/comments_widget.py" line="107" />
            <source>&amp;Reply</source>
            <translation>&amp;ردّ</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/inspector/comments_widget.py" line="143" />
            <source>Comment</source>
            <translation>تعليق</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/inspector/comments_widget.py" line="109" />
            <source>Re&amp;open</source>
            <translation>إعادة &amp;فتح</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/inspector/comments_widget.py" line="108" />
            <source>Re&amp;solve</source>
            <translation>&amp;حل</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/inspector/comments_widget.py" line="313" />
            <source>Reply</source>
            <translation>ردّ</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/inspector/comments_widget.py" line="311" />
            <source>Replying to {author} (Esc cancels)</source>
            <translation>ردّ على {author} (Esc للإلغاء)</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/inspector/comments_widget.py" line="225" />
            <source>Resolved by {person} · {short_time}</source>
            <translation>حلّه {person} · {short_time}</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/inspector/comments_widget.py" line="145" />
            <source>Send (Ctrl+Return)</source>
            <translation>إرسال (Ctrl+Return)</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/inspector/comments_widget.py" line="394" />
            <source>That comment was deleted.</source>
            <translation>حُذف ذلك التعليق.</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/inspector/comments_widget.py" line="139" />
            <source>Write a comment… (Ctrl+Return sends)</source>
            <translation>اكتب تعليقًا… (Ctrl+Return للإرسال)</translation>
        </message>
    </context>
    <context>
        <name>inspector.history_widget</name>
        <message>
            <location filename="../../annotator/ui/inspector/history_widget.py" line="127" />
            <source>(empty)</source>
            <translation>(فارغ)</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/inspector/history_widget.py" line="126" />
            <source>Before:
{before}

After:
{after}</source>
            <translation>قبل:
{before}

بعد:
{after}</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/inspector/history_widget.py" line="75" />
            <source>No changes recorded yet.</source>
            <translation>لم تُسجَّل تغييرات بعد.</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/inspector/history_widget.py" line="39" />
            <source>added source {one_line}</source>
            <translation>أضاف المصدر {one_line}</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/inspector/history_widget.py" line="36" />
            <source>approval voided</source>
            <translation>أُبطل الاعتماد</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/inspector/history_widget.py" line="30" />
            <source>created the claim on {quote}</source>
            <translation>أنشأ الادعاء على {quote}</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/inspector/history_widget.py" line="32" />
            <source>deleted the claim</source>
            <translation>حذف الادعاء</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/inspector/history_widget.py" line="43" />
            <source>edited source {one_line}</source>
            <translation>حرّر المصدر {one_line}</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/inspector/history_widget.py" line="47" />
            <source>position</source>
            <translation>الموضع</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/inspector/history_widget.py" line="41" />
            <source>removed source {one_line}</source>
            <translation>أزال المصدر {one_line}</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/inspector/history_widget.py" line="34" />
            <source>restored the claim</source>
            <translation>استعاد الادعاء</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/inspector/history_widget.py" line="44" />
            <source>source: {old} → {new}</source>
            <translation>المصدر: {old} ← {new}</translation>
        </message>
    </context>
    <context>
        <name>inspector.inspector</name>
        <message>
            <location filename="../../annotator/ui/inspector/inspector.py" line="150" />
            <source>&amp;Add Source…</source>
            <translation>إضافة &amp;مصدر…</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/inspector/inspector.py" line="113" />
            <source>Blind review: a colleague's claim. Their verdict, explanation, note and sources are hidden until you reveal them; the verdict you choose is your own rating.</source>
            <translation>مراجعة عمياء: ادعاء لزميل. حكمه وشرحه وملاحظته ومصادره مخفية حتى تكشفها؛ والحكم الذي تختاره هو تقييمك أنت.</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/inspector/inspector.py" line="288" />
            <source>Created by {author} · {format_time}
Last changed by {changer} · {format_time2}</source>
            <translation>أنشأه {author} · {format_time}
آخر تغيير بواسطة {changer} · {format_time2}</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/inspector/inspector.py" line="151" />
            <source>Edit…</source>
            <translation>تحرير…</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/inspector/inspector.py" line="206" />
            <source>Hidden while you rate this article blind.</source>
            <translation>مخفيّ ما دمت تقيّم هذه المقالة بشكل أعمى.</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/inspector/inspector.py" line="321" />
            <source>Orphaned: this passage is no longer in the article. It was:
“{original_exact}”</source>
            <translation>يتيم: لم يعد هذا المقطع في المقالة. كان:
«{original_exact}»</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/inspector/inspector.py" line="97" />
            <source>Quote</source>
            <translation>الاقتباس</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/inspector/inspector.py" line="152" />
            <source>Remove</source>
            <translation>إزالة</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/inspector/inspector.py" line="69" />
            <source>Select text in the article and choose New Claim (Ctrl+E), or pick a claim in the list.</source>
            <translation>حدّد نصًا في المقالة واختر «ادعاء جديد» (Ctrl+E)، أو اختر ادعاءً من القائمة.</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/inspector/inspector.py" line="140" />
            <source>Sources</source>
            <translation>المصادر</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/inspector/inspector.py" line="316" />
            <source>The article changed; the claim was made on:
“{original_exact}”</source>
            <translation>تغيّرت المقالة؛ أُنشئ الادعاء على:
«{original_exact}»</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/inspector/inspector.py" line="312" />
            <source>The article changed; this passage moved but its text is the same.</source>
            <translation>تغيّرت المقالة؛ انتقل هذا المقطع لكن نصه لم يتغيّر.</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/inspector/inspector.py" line="217" />
            <source>Your blind rating of this passage: stored as a rating, not as the claim's verdict.</source>
            <translation>تقييمك الأعمى لهذا المقطع: يُخزَّن تقييمًا، لا حكمًا للادعاء.</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/inspector/inspector.py" line="352" />
            <source>accessed {date}</source>
            <translation>تاريخ الاطلاع {date}</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/inspector/inspector.py" line="345" />
            <source>protected (never exported)</source>
            <translation>محميّ (لا يُصدَّر أبدًا)</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/inspector/inspector.py" line="363" />
            <source>{url}
Double-click or press Enter to open it in your browser.</source>
            <translation>‏{url}
انقر مرتين أو اضغط Enter لفتحه في متصفحك.</translation>
        </message>
    </context>
    <context>
        <name>matching.matching_commands</name>
        <message>
            <location filename="../../annotator/ui/matching/matching_commands.py" line="18" />
            <source>Accept suggestion</source>
            <translation>قبول الاقتراح</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/matching/matching_commands.py" line="39" />
            <source>Dismiss suggestion</source>
            <translation>رفض الاقتراح</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/matching/matching_commands.py" line="56" />
            <source>Reuse fact-check</source>
            <translation>إعادة استخدام التحقق</translation>
        </message>
    </context>
    <context>
        <name>matching.matching_controller</name>
        <message numerus="yes">
            <location filename="../../annotator/ui/matching/matching_controller.py" line="197" />
            <source>%n sentence(s) worth checking: Enter makes a claim, Delete dismisses</source>
            <translation>
                <numerusform>لا جمل تستحق التحقق</numerusform>
                <numerusform>جملة واحدة تستحق التحقق: Enter تُنشئ ادعاءً، وDelete تستبعدها</numerusform>
                <numerusform>جملتان تستحقان التحقق: Enter تُنشئ ادعاءً، وDelete تستبعدها</numerusform>
                <numerusform>%n جمل تستحق التحقق: Enter تُنشئ ادعاءً، وDelete تستبعدها</numerusform>
                <numerusform>%n جملة تستحق التحقق: Enter تُنشئ ادعاءً، وDelete تستبعدها</numerusform>
                <numerusform>%n جملة تستحق التحقق: Enter تُنشئ ادعاءً، وDelete تستبعدها</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../annotator/ui/matching/matching_controller.py" line="58" />
            <source>&amp;Suggest Claims</source>
            <translation>ا&amp;قتراح ادعاءات</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/matching/matching_controller.py" line="65" />
            <source>Already &amp;Checked?</source>
            <translation>هل سبق &amp;التحقق منه؟</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/matching/matching_controller.py" line="46" />
            <source>Already Checked?</source>
            <translation>هل سبق التحقق منه؟</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/matching/matching_controller.py" line="165" />
            <source>Cannot Import Fact-Checks</source>
            <translation>تعذّر استيراد التحققات</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/matching/matching_controller.py" line="44" />
            <source>Fact-Checks</source>
            <translation>التحققات</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/matching/matching_controller.py" line="31" />
            <source>Fact-checks (*.json *.jsonld *.jsonl *.ndjson *.csv *.tsv *.gz);;All files (*)</source>
            <translation>تحققات (*.json *.jsonld *.jsonl *.ndjson *.csv *.tsv *.gz);;كل الملفات (*)</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/matching/matching_controller.py" line="170" />
            <source>Fact-checks from {name}: {added} added, {updated} updated, {unchanged} unchanged</source>
            <translation>تحققات من {name}: أُضيف {added}، وحُدّث {updated}، و{unchanged} بلا تغيير</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/matching/matching_controller.py" line="49" />
            <source>Import &amp;Fact-Checks…</source>
            <translation>استيراد ت&amp;حققات…</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/matching/matching_controller.py" line="156" />
            <source>Import Fact-Checks</source>
            <translation>استيراد تحققات</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/matching/matching_controller.py" line="68" />
            <source>Look the selected text up among fact-checks and approved claims</source>
            <translation>البحث عن النص المحدد بين التحققات والادعاءات المعتمدة</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/matching/matching_controller.py" line="61" />
            <source>Mark the sentences most worth checking</source>
            <translation>تمييز الجمل الأجدر بالتحقق</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/matching/matching_controller.py" line="52" />
            <source>Published fact-checks (ClaimReview JSON-LD, JSON Lines, CSV) as reference material</source>
            <translation>تحققات منشورة (ClaimReview JSON-LD وJSON Lines وCSV) مادةً مرجعية</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/matching/matching_controller.py" line="246" />
            <source>Select some text of the article to look it up.</source>
            <translation>حدّد جزءًا من نص المقالة للبحث عنه.</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/matching/matching_controller.py" line="45" />
            <source>Suggestions</source>
            <translation>الاقتراحات</translation>
        </message>
    </context>
    <context>
        <name>matching.matching_panels</name>
        <message numerus="yes">
            <location filename="../../annotator/ui/matching/matching_panels.py" line="146" />
            <source>%n possible match(es) for “{text}”</source>
            <translation>
                <numerusform>لا تطابقات محتملة لـ«{text}»</numerusform>
                <numerusform>تطابق محتمل واحد لـ«{text}»</numerusform>
                <numerusform>تطابقان محتملان لـ«{text}»</numerusform>
                <numerusform>%n تطابقات محتملة لـ«{text}»</numerusform>
                <numerusform>%n تطابقًا محتملًا لـ«{text}»</numerusform>
                <numerusform>%n تطابق محتمل لـ«{text}»</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../annotator/ui/matching/matching_panels.py" line="74" />
            <source>%n shown, newest first; Enter opens the fact-check</source>
            <translation>
                <numerusform>لا شيء معروض</numerusform>
                <numerusform>معروض تحقق واحد، الأحدث أولًا؛ Enter تفتح التحقق</numerusform>
                <numerusform>معروض تحققان، الأحدث أولًا؛ Enter تفتح التحقق</numerusform>
                <numerusform>معروضة %n تحققات، الأحدث أولًا؛ Enter تفتح التحقق</numerusform>
                <numerusform>معروض %n تحققًا، الأحدث أولًا؛ Enter تفتح التحقق</numerusform>
                <numerusform>معروض %n تحقق، الأحدث أولًا؛ Enter تفتح التحقق</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../annotator/ui/matching/matching_panels.py" line="100" />
            <source>&amp;Reuse Verdict and Source</source>
            <translation>إعادة &amp;استخدام الحكم والمصدر</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/matching/matching_panels.py" line="91" />
            <source>&lt;b&gt;Already checked?&lt;/b&gt;</source>
            <translation>&lt;b&gt;هل سبق التحقق منه؟&lt;/b&gt;</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/matching/matching_panels.py" line="107" />
            <source>Check &amp;Selected Text</source>
            <translation>التحقق من النص ال&amp;محدد</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/matching/matching_panels.py" line="102" />
            <source>Copy the match's verdict to the claim, add the fact-check as a source, and note where it came from</source>
            <translation>نسخ حكم التطابق إلى الادعاء، وإضافة التحقق مصدرًا، وتدوين مصدره</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/matching/matching_panels.py" line="200" />
            <source>Enter: make a claim of it · Delete: dismiss it</source>
            <translation>‏Enter: إنشاء ادعاء منه · Delete: استبعاده</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/matching/matching_panels.py" line="75" />
            <source>No fact-checks here. File → Import Fact-Checks… adds them.</source>
            <translation>لا تحققات هنا. ملف ← استيراد تحققات… يضيفها.</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/matching/matching_panels.py" line="152" />
            <source>Nothing in the archive matches.</source>
            <translation>لا شيء في الأرشيف يطابق.</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/matching/matching_panels.py" line="52" />
            <source>Search imported fact-checks…</source>
            <translation>بحث في التحققات المستوردة…</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/matching/matching_panels.py" line="154" />
            <source>Select a claim or some text.</source>
            <translation>حدّد ادعاءً أو جزءًا من النص.</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/matching/matching_panels.py" line="138" />
            <source>fact-check</source>
            <translation>تحقق</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/matching/matching_panels.py" line="37" />
            <source>no verdict given</source>
            <translation>لم يُذكر حكم</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/matching/matching_panels.py" line="138" />
            <source>our claim</source>
            <translation>ادعاؤنا</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/matching/matching_panels.py" line="37" />
            <source>unknown organisation</source>
            <translation>مؤسسة غير معروفة</translation>
        </message>
    </context>
    <context>
        <name>project.article_actions</name>
        <message>
            <location filename="../../annotator/ui/project/article_actions.py" line="25" />
            <source>&amp;Remove Article…</source>
            <translation>إ&amp;زالة المقالة…</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/project/article_actions.py" line="23" />
            <source>Article &amp;Properties…</source>
            <translation>&amp;خصائص المقالة…</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/project/article_actions.py" line="50" />
            <source>Remove</source>
            <translation>إزالة</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/project/article_actions.py" line="50" />
            <source>Remove Article</source>
            <translation>إزالة المقالة</translation>
        </message>
        <message numerus="yes">
            <location filename="../../annotator/ui/project/article_actions.py" line="47" />
            <source>Remove “{title}” and its %n claim(s) from the project?
You can undo this.</source>
            <translation>
                <numerusform>إزالة «{title}» من المشروع؟
يمكنك التراجع عن ذلك.</numerusform>
                <numerusform>إزالة «{title}» وادعائها الواحد من المشروع؟
يمكنك التراجع عن ذلك.</numerusform>
                <numerusform>إزالة «{title}» وادعاءيها من المشروع؟
يمكنك التراجع عن ذلك.</numerusform>
                <numerusform>إزالة «{title}» و%n ادعاءات من المشروع؟
يمكنك التراجع عن ذلك.</numerusform>
                <numerusform>إزالة «{title}» و%n ادعاءً من المشروع؟
يمكنك التراجع عن ذلك.</numerusform>
                <numerusform>إزالة «{title}» و%n ادعاء من المشروع؟
يمكنك التراجع عن ذلك.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>project.files_controller</name>
        <message numerus="yes">
            <location filename="../../annotator/ui/project/files_controller.py" line="350" />
            <source>%n article(s).</source>
            <translation>
                <numerusform>لا مقالات.</numerusform>
                <numerusform>مقالة واحدة.</numerusform>
                <numerusform>مقالتان.</numerusform>
                <numerusform>%n مقالات.</numerusform>
                <numerusform>%n مقالة.</numerusform>
                <numerusform>%n مقالة.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../annotator/ui/project/files_controller.py" line="76" />
            <source>&amp;New Project…</source>
            <translation>مشروع &amp;جديد…</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/project/files_controller.py" line="79" />
            <source>&amp;Open Project…</source>
            <translation>&amp;فتح مشروع…</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/project/files_controller.py" line="98" />
            <source>&amp;Preferences…</source>
            <translation>ال&amp;تفضيلات…</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/project/files_controller.py" line="94" />
            <source>&amp;Verdict Scale…</source>
            <translation>سلّم ال&amp;أحكام…</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/project/files_controller.py" line="95" />
            <source>Add, rename, reorder, recolour or retire verdicts</source>
            <translation>إضافة الأحكام أو إعادة تسميتها أو ترتيبها أو تلوينها أو إيقافها</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/project/files_controller.py" line="30" />
            <source>Annotator projects (*.annotator);;All files (*)</source>
            <translation>مشاريع Annotator (*.annotator);;كل الملفات (*)</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/project/files_controller.py" line="122" />
            <source>Cannot Open Project</source>
            <translation>تعذّر فتح المشروع</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/project/files_controller.py" line="351" />
            <source>Captures: {count} ({size} of stored pages and files; limit {limit} per capture).</source>
            <translation>اللقطات: {count} ({size} من الصفحات والملفات المحفوظة؛ الحد {limit} لكل لقطة).</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/project/files_controller.py" line="87" />
            <source>Copy the project to a new file and continue there</source>
            <translation>نسخ المشروع إلى ملف جديد ومتابعة العمل فيه</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/project/files_controller.py" line="234" />
            <source>Could not write {name}: {error}</source>
            <translation>تعذّرت كتابة {name}: {error}</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/project/files_controller.py" line="83" />
            <source>Go back to a copy made when the project was opened</source>
            <translation>العودة إلى نسخة أُخذت عند فتح المشروع</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/project/files_controller.py" line="156" />
            <source>Leftover Change Log Not Applied</source>
            <translation>لم يُطبَّق سجل تغييرات متبقٍّ</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/project/files_controller.py" line="190" />
            <source>New Project</source>
            <translation>مشروع جديد</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/project/files_controller.py" line="250" />
            <source>No recent projects</source>
            <translation>لا مشاريع حديثة</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/project/files_controller.py" line="69" />
            <source>Open &amp;Recent</source>
            <translation>فتح مشروع &amp;حديث</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/project/files_controller.py" line="206" />
            <source>Open Project</source>
            <translation>فتح مشروع</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/project/files_controller.py" line="91" />
            <source>Organisation, report URL, methodology and corrections policy</source>
            <translation>المؤسسة، ورابط التقرير، والمنهجية، وسياسة التصحيحات</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/project/files_controller.py" line="101" />
            <source>Project &amp;Properties…</source>
            <translation>&amp;خصائص المشروع…</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/project/files_controller.py" line="90" />
            <source>Project &amp;Settings…</source>
            <translation>&amp;إعدادات المشروع…</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/project/files_controller.py" line="154" />
            <source>Project Open Elsewhere</source>
            <translation>المشروع مفتوح في مكان آخر</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/project/files_controller.py" line="362" />
            <source>Project Properties</source>
            <translation>خصائص المشروع</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/project/files_controller.py" line="82" />
            <source>Restore from &amp;Backup…</source>
            <translation>استعادة من &amp;نسخة احتياطية…</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/project/files_controller.py" line="276" />
            <source>Restore from Backup</source>
            <translation>استعادة من نسخة احتياطية</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/project/files_controller.py" line="283" />
            <source>Restored the backup of {label}; the replaced file was kept as {name}.</source>
            <translation>استُعيدت النسخة الاحتياطية من {label}؛ وحُفظ الملف المستبدَل باسم {name}.</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/project/files_controller.py" line="86" />
            <source>Save &amp;As…</source>
            <translation>حفظ &amp;باسم…</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/project/files_controller.py" line="237" />
            <source>Save As</source>
            <translation>حفظ باسم</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/project/files_controller.py" line="218" />
            <source>Save Project As</source>
            <translation>حفظ المشروع باسم</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/project/files_controller.py" line="102" />
            <source>Size of the project and of its captures</source>
            <translation>حجم المشروع ولقطاته</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/project/files_controller.py" line="306" />
            <source>The project was changed by another window; showing the latest (your undo history was cleared).</source>
            <translation>غيّرت نافذة أخرى المشروع؛ يُعرض الأحدث (مُسح سجل التراجع لديك).</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/project/files_controller.py" line="189" />
            <source>Untitled.annotator</source>
            <translation>بلا عنوان.annotator</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/project/files_controller.py" line="197" />
            <source>{name} already exists; open it instead, or choose another name.</source>
            <translation>‏{name} موجود مسبقًا؛ افتحه بدلًا من ذلك، أو اختر اسمًا آخر.</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/project/files_controller.py" line="349" />
            <source>{name}: {size} on disk.</source>
            <translation>‏{name}: ‏{size} على القرص.</translation>
        </message>
    </context>
    <context>
        <name>project.library</name>
        <message>
            <location filename="../../annotator/ui/project/library.py" line="36" />
            <source>Claims</source>
            <translation>الادعاءات</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/project/library.py" line="36" />
            <source>Date</source>
            <translation>التاريخ</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/project/library.py" line="172" />
            <source>Filter articles…</source>
            <translation>تصفية المقالات…</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/project/library.py" line="36" />
            <source>Publisher</source>
            <translation>الناشر</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/project/library.py" line="36" />
            <source>Title</source>
            <translation>العنوان</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/project/library.py" line="36" />
            <source>Verdicts</source>
            <translation>الأحكام</translation>
        </message>
    </context>
    <context>
        <name>project.preferences_controller</name>
        <message>
            <location filename="../../annotator/ui/project/preferences_controller.py" line="55" />
            <source>&amp;Default Text Size</source>
            <translation>حجم النص ال&amp;افتراضي</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/project/preferences_controller.py" line="49" />
            <source>&amp;Larger Text</source>
            <translation>نص أ&amp;كبر</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/project/preferences_controller.py" line="52" />
            <source>&amp;Smaller Text</source>
            <translation>نص أ&amp;صغر</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/project/preferences_controller.py" line="57" />
            <source>&amp;View</source>
            <translation>&amp;عرض</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/project/preferences_controller.py" line="81" />
            <source>Article text: {reader_font_size:g} pt</source>
            <translation>نص المقالة: {reader_font_size:g} نقطة</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/project/preferences_controller.py" line="70" />
            <source>The size of the article's text (also in Edit → Preferences)</source>
            <translation>حجم نص المقالة (أيضًا في تحرير ← التفضيلات)</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/project/preferences_controller.py" line="123" />
            <source>Your changes are now recorded as {name}.</source>
            <translation>تُسجَّل تغييراتك الآن باسم {name}.</translation>
        </message>
    </context>
    <context>
        <name>project.preferences_dialog</name>
        <message>
            <location filename="../../annotator/ui/project/preferences_dialog.py" line="105" />
            <source>&amp;Language:</source>
            <translation>الل&amp;غة:</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/project/preferences_dialog.py" line="100" />
            <source>&amp;Theme:</source>
            <translation>ال&amp;سمة:</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/project/preferences_dialog.py" line="106" />
            <source>A new language applies when Annotator is next started.</source>
            <translation>تُطبَّق اللغة الجديدة عند تشغيل Annotator في المرة القادمة.</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/project/preferences_dialog.py" line="77" />
            <source>Another font:</source>
            <translation>خط آخر:</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/project/preferences_dialog.py" line="34" />
            <source>Default serif (Georgia, Noto Serif, DejaVu Serif)</source>
            <translation>الخط المذيّل الافتراضي (Georgia وNoto Serif وDejaVu Serif)</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/project/preferences_dialog.py" line="98" />
            <source>In the article: Ctrl++ larger, Ctrl+- smaller, Ctrl+0 back to 12 pt.</source>
            <translation>في المقالة: Ctrl++ للتكبير، وCtrl+- للتصغير، وCtrl+0 للعودة إلى 12 نقطة.</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/project/preferences_dialog.py" line="44" />
            <source>Preferences</source>
            <translation>التفضيلات</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/project/preferences_dialog.py" line="94" />
            <source>Reader &amp;font:</source>
            <translation>&amp;خط القارئ:</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/project/preferences_dialog.py" line="96" />
            <source>Reader text &amp;size:</source>
            <translation>&amp;حجم نص القارئ:</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/project/preferences_dialog.py" line="101" />
            <source>Show &amp;times in:</source>
            <translation>عرض الأ&amp;وقات بـ:</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/project/preferences_dialog.py" line="137" />
            <source>The system's language</source>
            <translation>لغة النظام</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/project/preferences_dialog.py" line="103" />
            <source>Times are always stored in UTC; this changes only how they are shown.</source>
            <translation>تُخزَّن الأوقات دائمًا بتوقيت UTC؛ وهذا يغيّر طريقة عرضها فقط.</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/project/preferences_dialog.py" line="51" />
            <source>You are person {short_id}: renaming changes how you are shown, never who you are.</source>
            <translation>أنت الشخص {short_id}: تغيير الاسم يغيّر طريقة ظهورك فقط، لا هويتك.</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/project/preferences_dialog.py" line="92" />
            <source>Your &amp;name:</source>
            <translation>ا&amp;سمك:</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/project/preferences_dialog.py" line="55" />
            <source>Your name is shown as the author of what you create and change.</source>
            <translation>يظهر اسمك كاتبًا لما تُنشئه وتغيّره.</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/project/preferences_dialog.py" line="49" />
            <source>Your name, as colleagues will see it</source>
            <translation>اسمك كما سيراه زملاؤك</translation>
        </message>
    </context>
    <context>
        <name>project.restore_dialog</name>
        <message>
            <location filename="../../annotator/ui/project/restore_dialog.py" line="32" />
            <source>Annotator copies {project_name} each time you open it. Restoring replaces the project with the copy you choose; the current file is kept beside it, renamed, so nothing is lost.</source>
            <translation>ينسخ Annotator المشروع {project_name} في كل مرة تفتحه. الاستعادة تستبدل المشروع بالنسخة التي تختارها؛ ويُحتفظ بالملف الحالي بجانبه باسم مختلف، فلا يضيع شيء.</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/project/restore_dialog.py" line="47" />
            <source>No backups of this project yet.</source>
            <translation>لا نسخ احتياطية لهذا المشروع بعد.</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/project/restore_dialog.py" line="49" />
            <source>Restore</source>
            <translation>استعادة</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/project/restore_dialog.py" line="29" />
            <source>Restore from Backup</source>
            <translation>استعادة من نسخة احتياطية</translation>
        </message>
    </context>
    <context>
        <name>project.settings_dialog</name>
        <message>
            <location filename="../../annotator/ui/project/settings_dialog.py" line="32" />
            <source>Corrections policy</source>
            <translation>سياسة التصحيحات</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/project/settings_dialog.py" line="34" />
            <source>How readers can ask for a correction</source>
            <translation>كيف يطلب القرّاء تصحيحًا</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/project/settings_dialog.py" line="29" />
            <source>How you choose and check claims</source>
            <translation>كيف تختار الادعاءات وتتحقق منها</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/project/settings_dialog.py" line="29" />
            <source>Methodology</source>
            <translation>المنهجية</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/project/settings_dialog.py" line="21" />
            <source>Organisation</source>
            <translation>المؤسسة</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/project/settings_dialog.py" line="22" />
            <source>Organisation URL</source>
            <translation>رابط المؤسسة</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/project/settings_dialog.py" line="42" />
            <source>Project Settings</source>
            <translation>إعدادات المشروع</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/project/settings_dialog.py" line="25" />
            <source>Report URL</source>
            <translation>رابط التقرير</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/project/settings_dialog.py" line="58" />
            <source>These appear in exported reports and in ClaimReview markup.</source>
            <translation>تظهر هذه في التقارير المصدَّرة وفي ترميز ClaimReview.</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/project/settings_dialog.py" line="27" />
            <source>Where the fact-check is published (claims link to #claim-N)</source>
            <translation>مكان نشر التحقق (تشير الادعاءات إلى ‎#claim-N)</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/project/settings_dialog.py" line="21" />
            <source>Your newsroom or fact-checking team</source>
            <translation>غرفة أخبارك أو فريق التحقق</translation>
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
                <numerusform> · لا ادعاءات</numerusform>
                <numerusform> · ادعاء واحد</numerusform>
                <numerusform> · ادعاءان</numerusform>
                <numerusform> · %n ادعاءات</numerusform>
                <numerusform> · %n ادعاءً</numerusform>
                <numerusform> · %n ادعاء</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../annotator/ui/project/verdict_scale_dialog.py" line="131" />
            <source> · retired</source>
            <translation> · موقوف</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/project/verdict_scale_dialog.py" line="102" />
            <source>&amp;Add…</source>
            <translation>إ&amp;ضافة…</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/project/verdict_scale_dialog.py" line="103" />
            <source>&amp;Colour…</source>
            <translation>ال&amp;لون…</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/project/verdict_scale_dialog.py" line="102" />
            <source>&amp;Rename…</source>
            <translation>إعادة ت&amp;سمية…</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/project/verdict_scale_dialog.py" line="113" />
            <source>&amp;Undo</source>
            <translation>ت&amp;راجع</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/project/verdict_scale_dialog.py" line="103" />
            <source>&amp;Value…</source>
            <translation>ال&amp;قيمة…</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/project/verdict_scale_dialog.py" line="165" />
            <source>Add Verdict</source>
            <translation>إضافة حكم</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/project/verdict_scale_dialog.py" line="168" />
            <source>Add verdict</source>
            <translation>إضافة حكم</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/project/verdict_scale_dialog.py" line="165" />
            <source>Label:</source>
            <translation>التسمية:</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/project/verdict_scale_dialog.py" line="105" />
            <source>Move &amp;Down</source>
            <translation>نقل لأ&amp;سفل</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/project/verdict_scale_dialog.py" line="104" />
            <source>Move &amp;Up</source>
            <translation>نقل لأ&amp;على</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/project/verdict_scale_dialog.py" line="87" />
            <source>Numbers are ClaimReview's ratingValue and order agreement statistics. A retired verdict stays on the claims that use it.</source>
            <translation>الأرقام هي ratingValue في ClaimReview وتحدد ترتيب إحصاءات الاتفاق. الحكم الموقوف يبقى على الادعاءات التي تستخدمه.</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/project/verdict_scale_dialog.py" line="205" />
            <source>Numeric Value</source>
            <translation>قيمة رقمية</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/project/verdict_scale_dialog.py" line="106" />
            <source>Re&amp;move</source>
            <translation>إ&amp;زالة</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/project/verdict_scale_dialog.py" line="106" />
            <source>Re&amp;tire</source>
            <translation>إي&amp;قاف</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/project/verdict_scale_dialog.py" line="194" />
            <source>Recolour verdict</source>
            <translation>تغيير لون الحكم</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/project/verdict_scale_dialog.py" line="237" />
            <source>Remove verdict</source>
            <translation>إزالة الحكم</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/project/verdict_scale_dialog.py" line="176" />
            <source>Rename Verdict</source>
            <translation>إعادة تسمية الحكم</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/project/verdict_scale_dialog.py" line="181" />
            <source>Rename verdict</source>
            <translation>إعادة تسمية الحكم</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/project/verdict_scale_dialog.py" line="221" />
            <source>Reorder verdicts</source>
            <translation>إعادة ترتيب الأحكام</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/project/verdict_scale_dialog.py" line="150" />
            <source>Res&amp;tore</source>
            <translation>اس&amp;تعادة</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/project/verdict_scale_dialog.py" line="229" />
            <source>Retire verdict</source>
            <translation>إيقاف الحكم</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/project/verdict_scale_dialog.py" line="212" />
            <source>Set verdict value</source>
            <translation>تعيين قيمة الحكم</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/project/verdict_scale_dialog.py" line="70" />
            <source>Start from &amp;Template</source>
            <translation>البدء من &amp;قالب</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/project/verdict_scale_dialog.py" line="74" />
            <source>Template:</source>
            <translation>القالب:</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/project/verdict_scale_dialog.py" line="114" />
            <source>U&amp;ndo</source>
            <translation>ت&amp;راجع</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/project/verdict_scale_dialog.py" line="189" />
            <source>Verdict Colour</source>
            <translation>لون الحكم</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/project/verdict_scale_dialog.py" line="61" />
            <source>Verdict Scale</source>
            <translation>سلّم الأحكام</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/project/verdict_scale_dialog.py" line="243" />
            <source>Verdict scale: {template}</source>
            <translation>سلّم الأحكام: {template}</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/project/verdict_scale_dialog.py" line="206" />
            <source>Whole number of at least 1, or empty for none:</source>
            <translation>عدد صحيح لا يقل عن 1، أو فارغ لعدم التحديد:</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/project/verdict_scale_dialog.py" line="126" />
            <source>no number</source>
            <translation>بلا رقم</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/project/verdict_scale_dialog.py" line="128" />
            <source>value {value}</source>
            <translation>القيمة {value}</translation>
        </message>
    </context>
    <context>
        <name>reader.find_bar</name>
        <message>
            <location filename="../../annotator/ui/reader/find_bar.py" line="34" />
            <source>Close (Esc)</source>
            <translation>إغلاق (Esc)</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/reader/find_bar.py" line="23" />
            <source>Find in article</source>
            <translation>بحث في المقالة</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/reader/find_bar.py" line="37" />
            <source>Find:</source>
            <translation>بحث:</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/reader/find_bar.py" line="31" />
            <source>Next match (F3 or Enter)</source>
            <translation>التطابق التالي (F3 أو Enter)</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/reader/find_bar.py" line="28" />
            <source>Previous match (Shift+F3)</source>
            <translation>التطابق السابق (Shift+F3)</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/reader/find_bar.py" line="65" />
            <source>no matches</source>
            <translation>لا تطابقات</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/reader/find_bar.py" line="68" />
            <source>{current} of {total}</source>
            <translation>‏{current} من {total}</translation>
        </message>
    </context>
    <context>
        <name>reader.find_controller</name>
        <message>
            <location filename="../../annotator/ui/reader/find_controller.py" line="26" />
            <source>&amp;Find in Article…</source>
            <translation>&amp;بحث في المقالة…</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/reader/find_controller.py" line="28" />
            <source>Find &amp;Next</source>
            <translation>البحث عن ال&amp;تالي</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/reader/find_controller.py" line="31" />
            <source>Find Pre&amp;vious</source>
            <translation>البحث عن ال&amp;سابق</translation>
        </message>
    </context>
    <context>
        <name>reader.page_gutter</name>
        <message>
            <location filename="../../annotator/ui/reader/page_gutter.py" line="29" />
            <source>Page and claim numbers</source>
            <translation>أرقام الصفحات والادعاءات</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/reader/page_gutter.py" line="150" />
            <source>p. {page}</source>
            <translation>ص {page}</translation>
        </message>
    </context>
    <context>
        <name>review.adjudication_dialog</name>
        <message numerus="yes">
            <location filename="../../annotator/ui/review/adjudication_dialog.py" line="108" />
            <source>%n article(s) you rate blind: reveal first to adjudicate.</source>
            <translation>
                <numerusform>لا مقالات تقيّمها بشكل أعمى.</numerusform>
                <numerusform>مقالة واحدة تقيّمها بشكل أعمى: اكشفها أولًا لحسم الحكم.</numerusform>
                <numerusform>مقالتان تقيّمهما بشكل أعمى: اكشفهما أولًا لحسم الحكم.</numerusform>
                <numerusform>%n مقالات تقيّمها بشكل أعمى: اكشفها أولًا لحسم الحكم.</numerusform>
                <numerusform>%n مقالة تقيّمها بشكل أعمى: اكشفها أولًا لحسم الحكم.</numerusform>
                <numerusform>%n مقالة تقيّمها بشكل أعمى: اكشفها أولًا لحسم الحكم.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../annotator/ui/review/adjudication_dialog.py" line="84" />
            <source>&amp;Note:</source>
            <translation>&amp;ملاحظة:</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/review/adjudication_dialog.py" line="79" />
            <source>&amp;Settle Verdict</source>
            <translation>&amp;حسم الحكم</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/review/adjudication_dialog.py" line="53" />
            <source>Adjudicate Verdicts</source>
            <translation>حسم الأحكام</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/review/adjudication_dialog.py" line="83" />
            <source>Final &amp;verdict:</source>
            <translation>الحكم ال&amp;نهائي:</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/review/adjudication_dialog.py" line="40" />
            <source>Final verdict</source>
            <translation>الحكم النهائي</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/review/adjudication_dialog.py" line="58" />
            <source>Only passages still waiting for a final verdict</source>
            <translation>المقاطع التي ما زالت تنتظر حكمًا نهائيًا فقط</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/review/adjudication_dialog.py" line="40" />
            <source>Passage</source>
            <translation>المقطع</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/review/adjudication_dialog.py" line="40" />
            <source>Ratings</source>
            <translation>التقييمات</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/review/adjudication_dialog.py" line="109" />
            <source>Ratings stay as evidence; only the final verdict is published.</source>
            <translation>تبقى التقييمات دليلًا؛ ولا يُنشر إلا الحكم النهائي.</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/review/adjudication_dialog.py" line="40" />
            <source>Settled by</source>
            <translation>حسمه</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/review/adjudication_dialog.py" line="74" />
            <source>Unrated</source>
            <translation>غير مُقيَّم</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/review/adjudication_dialog.py" line="78" />
            <source>Why this verdict (kept with the adjudication)</source>
            <translation>سبب هذا الحكم (يُحفظ مع قرار الحسم)</translation>
        </message>
    </context>
    <context>
        <name>review.agreement_dialog</name>
        <message>
            <location filename="../../annotator/ui/review/agreement_dialog.py" line="119" />
            <source>&amp;Refresh</source>
            <translation>&amp;تحديث</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/review/agreement_dialog.py" line="54" />
            <source>Agreement</source>
            <translation>الاتفاق</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/review/agreement_dialog.py" line="232" />
            <source>All articles</source>
            <translation>كل المقالات</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/review/agreement_dialog.py" line="51" />
            <source>Article</source>
            <translation>مقالة</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/review/agreement_dialog.py" line="55" />
            <source>Coefficient</source>
            <translation>المعامل</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/review/agreement_dialog.py" line="210" />
            <source>Current article: “{one_line}”.</source>
            <translation>المقالة الحالية: «{one_line}».</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/review/agreement_dialog.py" line="288" />
            <source>Disagreements</source>
            <translation>الخلافات</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/review/agreement_dialog.py" line="159" />
            <source>Disagreements (double-click to open the claim)</source>
            <translation>الخلافات (انقر مرتين لفتح الادعاء)</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/review/agreement_dialog.py" line="292" />
            <source>Disagreements: {count} (double-click to open the claim)</source>
            <translation>الخلافات: {count} (انقر مرتين لفتح الادعاء)</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/review/agreement_dialog.py" line="286" />
            <source>Disagreements: {hidden}</source>
            <translation>الخلافات: {hidden}</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/review/agreement_dialog.py" line="59" />
            <source>Krippendorff's α (ordinal)</source>
            <translation>ألفا كريبندورف (ترتيبي)</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/review/agreement_dialog.py" line="198" />
            <source>Open an article to rate it blind.</source>
            <translation>افتح مقالة لتقيّمها بشكل أعمى.</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/review/agreement_dialog.py" line="154" />
            <source>Passage</source>
            <translation>المقطع</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/review/agreement_dialog.py" line="108" />
            <source>Rate this article &amp;blind: hide colleagues' verdicts until I reveal them</source>
            <translation>تقييم هذه المقالة بشكل &amp;أعمى: إخفاء أحكام الزملاء حتى أكشفها</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/review/agreement_dialog.py" line="53" />
            <source>Rated by 2+</source>
            <translation>قيّمه 2+</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/review/agreement_dialog.py" line="52" />
            <source>Raters</source>
            <translation>المقيّمون</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/review/agreement_dialog.py" line="100" />
            <source>Review Dashboard</source>
            <translation>لوحة المراجعة</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/review/agreement_dialog.py" line="154" />
            <source>Verdicts</source>
            <translation>الأحكام</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/review/agreement_dialog.py" line="205" />
            <source>You are rating “{one_line}” blind: colleagues' claims show as unrated. Untick to reveal their verdicts.</source>
            <translation>أنت تقيّم «{one_line}» بشكل أعمى: تظهر ادعاءات الزملاء غير مُقيَّمة. ألغِ التحديد لكشف أحكامهم.</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/review/agreement_dialog.py" line="49" />
            <source>hidden while you rate blind</source>
            <translation>مخفيّ ما دمت تقيّم بشكل أعمى</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/review/agreement_dialog.py" line="64" />
            <source>n/a</source>
            <translation>غير متاح</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/review/agreement_dialog.py" line="69" />
            <source>n/a (one rater)</source>
            <translation>غير متاح (مقيّم واحد)</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/review/agreement_dialog.py" line="241" />
            <source>nobody</source>
            <translation>لا أحد</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/review/agreement_dialog.py" line="58" />
            <source>weighted κ (quadratic)</source>
            <translation>كابا الموزونة (تربيعي)</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/review/agreement_dialog.py" line="242" />
            <source>{paired} of {units}</source>
            <translation>‏{paired} من {units}</translation>
        </message>
    </context>
    <context>
        <name>review.blind</name>
        <message>
            <location filename="../../annotator/ui/review/blind.py" line="99" />
            <source>You are rating “{title}” blind: an export would show colleagues' verdicts. Reveal them in the Review Dashboard first.</source>
            <translation>أنت تقيّم «{title}» بشكل أعمى: التصدير سيُظهر أحكام الزملاء. اكشفها في لوحة المراجعة أولًا.</translation>
        </message>
    </context>
    <context>
        <name>review.blind_conflicts</name>
        <message>
            <location filename="../../annotator/ui/review/blind_conflicts.py" line="17" />
            <source>(deleted)</source>
            <translation>(محذوف)</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/review/blind_conflicts.py" line="18" />
            <source>(hidden while you rate this article blind)</source>
            <translation>(مخفيّ ما دمت تقيّم هذه المقالة بشكل أعمى)</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/review/blind_conflicts.py" line="19" />
            <source>This conflict holds a colleague's judgement of a passage you rate blind. Reveal their verdicts in the Review Dashboard first, then resolve it.</source>
            <translation>يتضمن هذا التعارض تقدير زميل لمقطع تقيّمه بشكل أعمى. اكشف أحكامهم في لوحة المراجعة أولًا، ثم حُلّه.</translation>
        </message>
    </context>
    <context>
        <name>review.conflicts_panel</name>
        <message>
            <location filename="../../annotator/ui/review/conflicts_panel.py" line="162" />
            <source> (they deleted it)</source>
            <translation> (حذفوه)</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/review/conflicts_panel.py" line="160" />
            <source> (you deleted it)</source>
            <translation> (حذفتَه)</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/review/conflicts_panel.py" line="245" />
            <source>&amp;Edit Result…</source>
            <translation>&amp;تحرير النتيجة…</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/review/conflicts_panel.py" line="125" />
            <source>(unknown verdict)</source>
            <translation>(حكم غير معروف)</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/review/conflicts_panel.py" line="78" />
            <source>Accessed</source>
            <translation>تاريخ الاطلاع</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/review/conflicts_panel.py" line="80" />
            <source>Added by</source>
            <translation>أضافه</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/review/conflicts_panel.py" line="72" />
            <source>Anchor</source>
            <translation>الارتساء</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/review/conflicts_panel.py" line="78" />
            <source>Archive URL</source>
            <translation>رابط الأرشيف</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/review/conflicts_panel.py" line="61" />
            <source>Article</source>
            <translation>مقالة</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/review/conflicts_panel.py" line="72" />
            <source>Author</source>
            <translation>الكاتب</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/review/conflicts_panel.py" line="77" />
            <source>Author of the source</source>
            <translation>كاتب المصدر</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/review/conflicts_panel.py" line="73" />
            <source>Changed at</source>
            <translation>وقت التغيير</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/review/conflicts_panel.py" line="73" />
            <source>Changed by</source>
            <translation>غيّره</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/review/conflicts_panel.py" line="361" />
            <source>Changed on both sides; found {short_time}.</source>
            <translation>تغيّر في الجانبين؛ اكتُشف {short_time}.</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/review/conflicts_panel.py" line="58" />
            <source>Claim</source>
            <translation>الادعاء</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/review/conflicts_panel.py" line="67" />
            <source>Claim as checked</source>
            <translation>الادعاء كما تُحقّق منه</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/review/conflicts_panel.py" line="68" />
            <source>Claim date</source>
            <translation>تاريخ الادعاء</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/review/conflicts_panel.py" line="68" />
            <source>Claimant</source>
            <translation>قائل الادعاء</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/review/conflicts_panel.py" line="60" />
            <source>Comment</source>
            <translation>تعليق</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/review/conflicts_panel.py" line="410" />
            <source>Could not resolve: {text}</source>
            <translation>تعذّر الحل: {text}</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/review/conflicts_panel.py" line="378" />
            <source>Different on the two sides</source>
            <translation>مختلف بين الجانبين</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/review/conflicts_panel.py" line="171" />
            <source>Edit Merged Claim</source>
            <translation>تحرير الادعاء المدمج</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/review/conflicts_panel.py" line="79" />
            <source>Excerpt</source>
            <translation>المقتطف</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/review/conflicts_panel.py" line="69" />
            <source>Explanation</source>
            <translation>الشرح</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/review/conflicts_panel.py" line="282" />
            <source>Field</source>
            <translation>الحقل</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/review/conflicts_panel.py" line="318" />
            <source>Found by the merge of {short_time}</source>
            <translation>اكتشفه الدمج في {short_time}</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/review/conflicts_panel.py" line="71" />
            <source>Internal note</source>
            <translation>ملاحظة داخلية</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/review/conflicts_panel.py" line="243" />
            <source>Keep &amp;Mine</source>
            <translation>الإبقاء على &amp;نسختي</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/review/conflicts_panel.py" line="244" />
            <source>Keep &amp;Theirs</source>
            <translation>الإبقاء على &amp;نسختهم</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/review/conflicts_panel.py" line="79" />
            <source>Kind</source>
            <translation>النوع</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/review/conflicts_panel.py" line="79" />
            <source>Locator</source>
            <translation>المحدِّد</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/review/conflicts_panel.py" line="282" />
            <source>Mine</source>
            <translation>نسختي</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/review/conflicts_panel.py" line="80" />
            <source>Order</source>
            <translation>الترتيب</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/review/conflicts_panel.py" line="71" />
            <source>Position</source>
            <translation>الموضع</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/review/conflicts_panel.py" line="76" />
            <source>Publisher</source>
            <translation>الناشر</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/review/conflicts_panel.py" line="67" />
            <source>Quote</source>
            <translation>الاقتباس</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/review/conflicts_panel.py" line="84" />
            <source>Resolved</source>
            <translation>محلول</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/review/conflicts_panel.py" line="418" />
            <source>Resolved {summary}: {how}. {note}</source>
            <translation>حُلّ {summary}: {how}. {note}</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/review/conflicts_panel.py" line="53" />
            <source>Resolving a conflict cannot be undone: it is saved at once as a new version, which colleagues receive when they merge your project.</source>
            <translation>لا يمكن التراجع عن حل تعارض: يُحفظ فورًا إصدارًا جديدًا يتلقاه الزملاء عند دمج مشروعك.</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/review/conflicts_panel.py" line="59" />
            <source>Source</source>
            <translation>المصدر</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/review/conflicts_panel.py" line="77" />
            <source>Source date</source>
            <translation>تاريخ المصدر</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/review/conflicts_panel.py" line="80" />
            <source>Stance</source>
            <translation>الموقف</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/review/conflicts_panel.py" line="70" />
            <source>Status</source>
            <translation>الحالة</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/review/conflicts_panel.py" line="70" />
            <source>Tags</source>
            <translation>الوسوم</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/review/conflicts_panel.py" line="84" />
            <source>Text</source>
            <translation>النص</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/review/conflicts_panel.py" line="408" />
            <source>That conflict no longer exists.</source>
            <translation>لم يعد ذلك التعارض موجودًا.</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/review/conflicts_panel.py" line="282" />
            <source>Theirs</source>
            <translation>نسختهم</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/review/conflicts_panel.py" line="76" />
            <source>Title</source>
            <translation>العنوان</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/review/conflicts_panel.py" line="125" />
            <source>Unrated</source>
            <translation>غير مُقيَّم</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/review/conflicts_panel.py" line="188" />
            <source>Use This Version</source>
            <translation>استخدام هذا الإصدار</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/review/conflicts_panel.py" line="62" />
            <source>Verdict</source>
            <translation>الحكم</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/review/conflicts_panel.py" line="85" />
            <source>Written at</source>
            <translation>وقت الكتابة</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/review/conflicts_panel.py" line="413" />
            <source>kept your version</source>
            <translation>أبقيتَ نسختك</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/review/conflicts_panel.py" line="147" />
            <source>on a passage you rate blind</source>
            <translation>على مقطع تقيّمه بشكل أعمى</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/review/conflicts_panel.py" line="413" />
            <source>took their version</source>
            <translation>أخذتَ نسختهم</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/review/conflicts_panel.py" line="414" />
            <source>used your edited version</source>
            <translation>استخدمتَ نسختك المحرَّرة</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/review/conflicts_panel.py" line="155" />
            <source>verdict “{label}”</source>
            <translation>الحكم «{label}»</translation>
        </message>
    </context>
    <context>
        <name>review.rating_commands</name>
        <message>
            <location filename="../../annotator/ui/review/rating_commands.py" line="58" />
            <source>Adjudicate verdict</source>
            <translation>حسم الحكم</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/review/rating_commands.py" line="29" />
            <source>Rate passage</source>
            <translation>تقييم المقطع</translation>
        </message>
    </context>
    <context>
        <name>review.review_commands</name>
        <message>
            <location filename="../../annotator/ui/review/review_commands.py" line="129" />
            <source>Add comment</source>
            <translation>إضافة تعليق</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/review/review_commands.py" line="36" />
            <source>Approve claim</source>
            <translation>اعتماد الادعاء</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/review/review_commands.py" line="257" />
            <source>Delete comment</source>
            <translation>حذف التعليق</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/review/review_commands.py" line="230" />
            <source>Edit comment</source>
            <translation>تحرير التعليق</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/review/review_commands.py" line="34" />
            <source>Move claim back to draft</source>
            <translation>إعادة الادعاء إلى مسودة</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/review/review_commands.py" line="208" />
            <source>Reopen comment thread</source>
            <translation>إعادة فتح سلسلة التعليقات</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/review/review_commands.py" line="149" />
            <source>Reply to comment</source>
            <translation>الرد على التعليق</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/review/review_commands.py" line="37" />
            <source>Request changes</source>
            <translation>طلب تغييرات</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/review/review_commands.py" line="203" />
            <source>Resolve comment thread</source>
            <translation>حل سلسلة التعليقات</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/review/review_commands.py" line="35" />
            <source>Submit claim for review</source>
            <translation>إرسال الادعاء للمراجعة</translation>
        </message>
    </context>
    <context>
        <name>review.review_controller</name>
        <message numerus="yes">
            <location filename="../../annotator/ui/review/review_controller.py" line="272" />
            <source>%n merge conflict(s) to resolve.</source>
            <translation>
                <numerusform>لا تعارضات دمج.</numerusform>
                <numerusform>تعارض دمج واحد بحاجة إلى حل.</numerusform>
                <numerusform>تعارضا دمج بحاجة إلى حل.</numerusform>
                <numerusform>%n تعارضات دمج بحاجة إلى حل.</numerusform>
                <numerusform>%n تعارضًا في الدمج بحاجة إلى حل.</numerusform>
                <numerusform>%n تعارض دمج بحاجة إلى حل.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../annotator/ui/review/review_controller.py" line="105" />
            <source>&amp;Adjudicate Verdicts…</source>
            <translation>&amp;حسم الأحكام…</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/review/review_controller.py" line="116" />
            <source>&amp;Conflicts Panel</source>
            <translation>لوحة ال&amp;تعارضات</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/review/review_controller.py" line="110" />
            <source>&amp;Merge Colleague's Project…</source>
            <translation>&amp;دمج مشروع زميل…</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/review/review_controller.py" line="119" />
            <source>&amp;Review</source>
            <translation>م&amp;راجعة</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/review/review_controller.py" line="89" />
            <source>&amp;Review Mode</source>
            <translation>وضع ال&amp;مراجعة</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/review/review_controller.py" line="102" />
            <source>Agreement between raters, disagreements, blind second review</source>
            <translation>الاتفاق بين المقيّمين، والخلافات، والمراجعة الثانية العمياء</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/review/review_controller.py" line="112" />
            <source>Bring a colleague's articles, claims, sources and comments into this project</source>
            <translation>جلب مقالات زميل وادعاءاته ومصادره وتعليقاته إلى هذا المشروع</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/review/review_controller.py" line="63" />
            <source>Comments</source>
            <translation>التعليقات</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/review/review_controller.py" line="235" />
            <source>Comments ({count})</source>
            <translation>التعليقات ({count})</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/review/review_controller.py" line="69" />
            <source>Conflicts</source>
            <translation>التعارضات</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/review/review_controller.py" line="256" />
            <source>Edit → Undo takes the whole merge back.</source>
            <translation>تحرير ← تراجع يلغي الدمج كله.</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/review/review_controller.py" line="64" />
            <source>History</source>
            <translation>السجل</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/review/review_controller.py" line="98" />
            <source>Review &amp;All Articles</source>
            <translation>مراجعة &amp;كل المقالات</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/review/review_controller.py" line="100" />
            <source>Review &amp;Dashboard…</source>
            <translation>لوحة &amp;المراجعة…</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/review/review_controller.py" line="66" />
            <source>Review Mode</source>
            <translation>وضع المراجعة</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/review/review_controller.py" line="107" />
            <source>Settle one final verdict for each passage rated by two or more people</source>
            <translation>حسم حكم نهائي واحد لكل مقطع قيّمه شخصان أو أكثر</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/review/review_controller.py" line="92" />
            <source>Step through the claims waiting for your review: J/K next/previous, A approve, R request changes</source>
            <translation>التنقل بين الادعاءات التي تنتظر مراجعتك: J/K التالي/السابق، A اعتماد، R طلب تغييرات</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/review/review_controller.py" line="188" />
            <source>{name} (hidden: blind)</source>
            <translation>‏{name} (مخفية: تقييم أعمى)</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/review/review_controller.py" line="181" />
            <source>{name} of a colleague's claim are hidden while you rate blind.</source>
            <translation>‏{name} ادعاء الزميل مخفية ما دمت تقيّم بشكل أعمى.</translation>
        </message>
    </context>
    <context>
        <name>review.review_mode</name>
        <message>
            <location filename="../../annotator/ui/review/review_mode.py" line="283" />
            <source>(This claim was deleted.)</source>
            <translation>(حُذف هذا الادعاء.)</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/review/review_mode.py" line="298" />
            <source>(no explanation)</source>
            <translation>(لا شرح)</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/review/review_mode.py" line="291" />
            <source>(not written)</source>
            <translation>(لم يُكتب)</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/review/review_mode.py" line="395" />
            <source>All claims in the queue are reviewed. Esc leaves review mode.</source>
            <translation>رُوجعت كل الادعاءات في قائمة الانتظار. Esc للخروج من وضع المراجعة.</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/review/review_mode.py" line="169" />
            <source>Approve</source>
            <translation>اعتماد</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/review/review_mode.py" line="300" />
            <source>By {display_name}</source>
            <translation>بقلم {display_name}</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/review/review_mode.py" line="90" />
            <source>Claim as checked</source>
            <translation>الادعاء كما تُحقّق منه</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/review/review_mode.py" line="92" />
            <source>Explanation</source>
            <translation>الشرح</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/review/review_mode.py" line="44" />
            <source>J/→ next · K/← previous · A approve · R request changes · Esc leave</source>
            <translation>التالي: J أو → · السابق: K أو ← · اعتماد: A · طلب تغييرات: R · خروج: Esc</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/review/review_mode.py" line="171" />
            <source>Leave Review Mode</source>
            <translation>الخروج من وضع المراجعة</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/review/review_mode.py" line="168" />
            <source>Next</source>
            <translation>التالي</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/review/review_mode.py" line="40" />
            <source>Nothing is waiting for your review — claims appear here when their author marks them Ready for review (the Status field in the inspector). Your own claims go to a colleague.</source>
            <translation>لا شيء بانتظار مراجعتك — تظهر الادعاءات هنا عندما يضع كاتبها حالتها «جاهز للمراجعة» (حقل الحالة في لوحة الفحص). ادعاءاتك أنت يراجعها زميل.</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/review/review_mode.py" line="167" />
            <source>Previous</source>
            <translation>السابق</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/review/review_mode.py" line="89" />
            <source>Quote</source>
            <translation>الاقتباس</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/review/review_mode.py" line="170" />
            <source>Request Changes…</source>
            <translation>طلب تغييرات…</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/review/review_mode.py" line="339" />
            <source>Say what should change before requesting changes.</source>
            <translation>اذكر ما ينبغي تغييره قبل طلب التغييرات.</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/review/review_mode.py" line="93" />
            <source>Sources</source>
            <translation>المصادر</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/review/review_mode.py" line="360" />
            <source>This claim was deleted.</source>
            <translation>حُذف هذا الادعاء.</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/review/review_mode.py" line="294" />
            <source>Unrated</source>
            <translation>غير مُقيَّم</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/review/review_mode.py" line="91" />
            <source>Verdict</source>
            <translation>الحكم</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/review/review_mode.py" line="151" />
            <source>What should change? (Ctrl+Return requests changes, Esc cancels)</source>
            <translation>ما الذي ينبغي تغييره؟ (Ctrl+Return لطلب التغييرات، Esc للإلغاء)</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/review/review_mode.py" line="263" />
            <source>{current} of {total}</source>
            <translation>‏{current} من {total}</translation>
        </message>
    </context>
    <context>
        <name>search.search_controller</name>
        <message>
            <location filename="../../annotator/ui/search/search_controller.py" line="27" />
            <source>&amp;Search All Articles…</source>
            <translation>&amp;بحث في كل المقالات…</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/search/search_controller.py" line="28" />
            <source>Full-text search over every article and claim</source>
            <translation>بحث نصي كامل في كل المقالات والادعاءات</translation>
        </message>
    </context>
    <context>
        <name>search.search_panel</name>
        <message numerus="yes">
            <location filename="../../annotator/ui/search/search_panel.py" line="67" />
            <source>%n result(s)</source>
            <translation>
                <numerusform>لا نتائج</numerusform>
                <numerusform>نتيجة واحدة</numerusform>
                <numerusform>نتيجتان</numerusform>
                <numerusform>%n نتائج</numerusform>
                <numerusform>%n نتيجة</numerusform>
                <numerusform>%n نتيجة</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../annotator/ui/search/search_panel.py" line="69" />
            <source>%n result(s), the best of each kind; add words to find others</source>
            <translation>
                <numerusform>لا نتائج، الأفضل من كل نوع؛ أضف كلمات لإيجاد غيرها</numerusform>
                <numerusform>نتيجة واحدة، الأفضل من كل نوع؛ أضف كلمات لإيجاد غيرها</numerusform>
                <numerusform>نتيجتان، الأفضل من كل نوع؛ أضف كلمات لإيجاد غيرها</numerusform>
                <numerusform>%n نتائج، الأفضل من كل نوع؛ أضف كلمات لإيجاد غيرها</numerusform>
                <numerusform>%n نتيجة، الأفضل من كل نوع؛ أضف كلمات لإيجاد غيرها</numerusform>
                <numerusform>%n نتيجة، الأفضل من كل نوع؛ أضف كلمات لإيجاد غيرها</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../annotator/ui/search/search_panel.py" line="21" />
            <source>Article details</source>
            <translation>بيانات المقالة</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/search/search_panel.py" line="20" />
            <source>Article text</source>
            <translation>نص المقالة</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/search/search_panel.py" line="22" />
            <source>Claim</source>
            <translation>الادعاء</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/search/search_panel.py" line="24" />
            <source>Comment on a claim</source>
            <translation>تعليق على ادعاء</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/search/search_panel.py" line="36" />
            <source>Search all articles and claims…</source>
            <translation>بحث في كل المقالات والادعاءات…</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/search/search_panel.py" line="23" />
            <source>Source of a claim</source>
            <translation>مصدر ادعاء</translation>
        </message>
    </context>
    <context>
        <name>versions.revisions_panel</name>
        <message numerus="yes">
            <location filename="../../annotator/ui/versions/revisions_panel.py" line="40" />
            <source>%n changed</source>
            <translation>
                <numerusform>لم يتغيّر أي ادعاء</numerusform>
                <numerusform>ادعاء واحد تغيّر</numerusform>
                <numerusform>ادعاءان تغيّرا</numerusform>
                <numerusform>%n ادعاءات تغيّرت</numerusform>
                <numerusform>%n ادعاءً تغيّر</numerusform>
                <numerusform>%n ادعاء تغيّر</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../annotator/ui/versions/revisions_panel.py" line="38" />
            <source>%n moved</source>
            <translation>
                <numerusform>لم يُنقل أي ادعاء</numerusform>
                <numerusform>ادعاء واحد نُقل</numerusform>
                <numerusform>ادعاءان نُقلا</numerusform>
                <numerusform>%n ادعاءات نُقلت</numerusform>
                <numerusform>%n ادعاءً نُقل</numerusform>
                <numerusform>%n ادعاء نُقل</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../annotator/ui/versions/revisions_panel.py" line="41" />
            <source>%n orphaned</source>
            <translation>
                <numerusform>لا ادعاءات يتيمة</numerusform>
                <numerusform>ادعاء يتيم واحد</numerusform>
                <numerusform>ادعاءان يتيمان</numerusform>
                <numerusform>%n ادعاءات يتيمة</numerusform>
                <numerusform>%n ادعاءً يتيمًا</numerusform>
                <numerusform>%n ادعاء يتيم</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../annotator/ui/versions/revisions_panel.py" line="63" />
            <source>&amp;Accept New Place</source>
            <translation>&amp;قبول الموضع الجديد</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/versions/revisions_panel.py" line="65" />
            <source>&amp;Use Selection</source>
            <translation>ا&amp;ستخدام التحديد</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/versions/revisions_panel.py" line="158" />
            <source>&lt;p&gt;&lt;b&gt;No longer in the article.&lt;/b&gt; The claim was made on:&lt;/p&gt;&lt;blockquote&gt;{struck}&lt;/blockquote&gt;</source>
            <translation>&lt;p&gt;&lt;b&gt;لم يعد في المقالة.&lt;/b&gt; أُنشئ الادعاء على:&lt;/p&gt;&lt;blockquote&gt;{struck}&lt;/blockquote&gt;</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/versions/revisions_panel.py" line="163" />
            <source>&lt;p&gt;&lt;b&gt;Old → new passage&lt;/b&gt;&lt;/p&gt;&lt;p&gt;{diff_html}&lt;/p&gt;</source>
            <translation>&lt;p&gt;&lt;b&gt;المقطع القديم ← الجديد&lt;/b&gt;&lt;/p&gt;&lt;p&gt;{diff_html}&lt;/p&gt;</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/versions/revisions_panel.py" line="73" />
            <source>Article &amp;Diff…</source>
            <translation>&amp;فروق المقالة…</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/versions/revisions_panel.py" line="30" />
            <source>Changed</source>
            <translation>متغيّر</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/versions/revisions_panel.py" line="69" />
            <source>Keep as &amp;Orphan</source>
            <translation>الإبقاء عليه &amp;يتيمًا</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/versions/revisions_panel.py" line="29" />
            <source>Moved</source>
            <translation>منقول</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/versions/revisions_panel.py" line="31" />
            <source>Orphaned</source>
            <translation>يتيم</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/versions/revisions_panel.py" line="67" />
            <source>Select the passage in the article, then press this to anchor the claim there</source>
            <translation>حدّد المقطع في المقالة، ثم اضغط هنا لربط الادعاء به</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/versions/revisions_panel.py" line="64" />
            <source>The claim now refers to the highlighted passage</source>
            <translation>يشير الادعاء الآن إلى المقطع المميَّز</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/versions/revisions_panel.py" line="71" />
            <source>The claim's text is no longer in the article; keep it, marked orphaned</source>
            <translation>لم يعد نص الادعاء في المقالة؛ أبقِه موسومًا بأنه يتيم</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/versions/revisions_panel.py" line="119" />
            <source>Version {version}: every claim is where it was.</source>
            <translation>الإصدار {version}: كل ادعاء في مكانه.</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/versions/revisions_panel.py" line="113" />
            <source>Version {version}: {counts}. Check each one.</source>
            <translation>الإصدار {version}: {counts}. راجِع كلًا منها.</translation>
        </message>
    </context>
    <context>
        <name>versions.version_dialogs</name>
        <message numerus="yes">
            <location filename="../../annotator/ui/versions/version_dialogs.py" line="160" />
            <source>%n changed passage(s): {inserted} inserted, {deleted} deleted, {replaced} changed.</source>
            <translation>
                <numerusform>لا مقاطع متغيّرة: {inserted} مُدرج، {deleted} محذوف، {replaced} متغيّر.</numerusform>
                <numerusform>مقطع واحد متغيّر: {inserted} مُدرج، {deleted} محذوف، {replaced} متغيّر.</numerusform>
                <numerusform>مقطعان متغيّران: {inserted} مُدرج، {deleted} محذوف، {replaced} متغيّر.</numerusform>
                <numerusform>%n مقاطع متغيّرة: {inserted} مُدرج، {deleted} محذوف، {replaced} متغيّر.</numerusform>
                <numerusform>%n مقطعًا متغيّرًا: {inserted} مُدرج، {deleted} محذوف، {replaced} متغيّر.</numerusform>
                <numerusform>%n مقطع متغيّر: {inserted} مُدرج، {deleted} محذوف، {replaced} متغيّر.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../annotator/ui/versions/version_dialogs.py" line="124" />
            <source>&amp;Note This Change</source>
            <translation>&amp;توثيق هذا التغيير</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/versions/version_dialogs.py" line="197" />
            <source>(nothing)</source>
            <translation>(لا شيء)</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/versions/version_dialogs.py" line="191" />
            <source>Changed without notice between version {old_version} and version {new_version}.
Before: “{before}”
After: “{after}”</source>
            <translation>تغيّر دون إشعار بين الإصدار {old_version} والإصدار {new_version}.
قبل: «{before}»
بعد: «{after}»</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/versions/version_dialogs.py" line="48" />
            <source>Choose…</source>
            <translation>اختيار…</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/versions/version_dialogs.py" line="106" />
            <source>Compare Versions — {title}</source>
            <translation>مقارنة الإصدارات — {title}</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/versions/version_dialogs.py" line="45" />
            <source>From &amp;pasted text:</source>
            <translation>من نص &amp;ملصوق:</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/versions/version_dialogs.py" line="44" />
            <source>From a &amp;file:</source>
            <translation>من &amp;ملف:</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/versions/version_dialogs.py" line="134" />
            <source>From:</source>
            <translation>من:</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/versions/version_dialogs.py" line="126" />
            <source>Make a claim of the changed passage (tagged “silent edit”) so it is reported</source>
            <translation>إنشاء ادعاء من المقطع المتغيّر (بوسم «silent edit») ليظهر في التقرير</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/versions/version_dialogs.py" line="75" />
            <source>New Version</source>
            <translation>إصدار جديد</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/versions/version_dialogs.py" line="166" />
            <source>No differences.</source>
            <translation>لا فروق.</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/versions/version_dialogs.py" line="52" />
            <source>Paste the article's current text here</source>
            <translation>الصق هنا النص الحالي للمقالة</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/versions/version_dialogs.py" line="58" />
            <source>The new text of “{title}” is stored as a new version (the old ones are kept), and every claim is found again in it.</source>
            <translation>يُحفظ النص الجديد لـ«{title}» إصدارًا جديدًا (وتبقى الإصدارات القديمة)، ويُعثر على كل ادعاء فيه مجددًا.</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/versions/version_dialogs.py" line="136" />
            <source>To:</source>
            <translation>إلى:</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/versions/version_dialogs.py" line="64" />
            <source>Update</source>
            <translation>تحديث</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/versions/version_dialogs.py" line="42" />
            <source>Update from New Version</source>
            <translation>التحديث من إصدار جديد</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/versions/version_dialogs.py" line="113" />
            <source>Version {number} · {format_time} · {author}</source>
            <translation>الإصدار {number} · {format_time} · {author}</translation>
        </message>
    </context>
    <context>
        <name>versions.versions_controller</name>
        <message>
            <location filename="../../annotator/ui/versions/versions_controller.py" line="46" />
            <source>&amp;Compare Versions…</source>
            <translation>م&amp;قارنة الإصدارات…</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/versions/versions_controller.py" line="42" />
            <source>&amp;Update from New Version…</source>
            <translation>&amp;تحديث من إصدار جديد…</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/versions/versions_controller.py" line="146" />
            <source>Accept new place of claim</source>
            <translation>قبول الموضع الجديد للادعاء</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/versions/versions_controller.py" line="167" />
            <source>Keep claim as orphan</source>
            <translation>الإبقاء على الادعاء يتيمًا</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/versions/versions_controller.py" line="162" />
            <source>Move claim to selection</source>
            <translation>نقل الادعاء إلى التحديد</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/versions/versions_controller.py" line="136" />
            <source>Revisions</source>
            <translation>المراجعات</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/versions/versions_controller.py" line="136" />
            <source>Revisions ({count})</source>
            <translation>المراجعات ({count})</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/versions/versions_controller.py" line="153" />
            <source>Select the passage in the article the claim now refers to, then press Use Selection.</source>
            <translation>حدّد في المقالة المقطع الذي يشير إليه الادعاء الآن، ثم اضغط «استخدام التحديد».</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/versions/versions_controller.py" line="111" />
            <source>The article was changed without notice.</source>
            <translation>تغيّرت المقالة دون إشعار.</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/versions/versions_controller.py" line="43" />
            <source>The article was edited: store its new text and find every claim again</source>
            <translation>حُرّرت المقالة: حفظ نصها الجديد والعثور على كل ادعاء مجددًا</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/versions/versions_controller.py" line="85" />
            <source>Update from New Version</source>
            <translation>التحديث من إصدار جديد</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/versions/versions_controller.py" line="47" />
            <source>What changed between two versions of the article</source>
            <translation>ما الذي تغيّر بين إصدارين من المقالة</translation>
        </message>
    </context>
    <context>
        <name>window_frame</name>
        <message>
            <location filename="../../annotator/ui/window_frame.py" line="86" />
            <source>&amp;Article</source>
            <translation>م&amp;قالة</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/window_frame.py" line="76" />
            <source>&amp;Claim</source>
            <translation>ا&amp;دعاء</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/window_frame.py" line="70" />
            <source>&amp;Edit</source>
            <translation>ت&amp;حرير</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/window_frame.py" line="60" />
            <source>&amp;File</source>
            <translation>&amp;ملف</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/window_frame.py" line="94" />
            <source>&amp;Help</source>
            <translation>م&amp;ساعدة</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/window_frame.py" line="92" />
            <source>&amp;Project</source>
            <translation>م&amp;شروع</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/window_frame.py" line="45" />
            <source>Claim</source>
            <translation>الادعاء</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/window_frame.py" line="34" />
            <source>Claims</source>
            <translation>الادعاءات</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/window_frame.py" line="102" />
            <source>Main</source>
            <translation>الرئيسي</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/window_frame.py" line="35" />
            <source>Revisions</source>
            <translation>المراجعات</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/window_frame.py" line="36" />
            <source>Search</source>
            <translation>بحث</translation>
        </message>
    </context>
</TS>
