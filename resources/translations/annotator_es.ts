<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
    <context>
        <name>AccessibleText</name>
        <message>
            <location filename="../../annotator/ui/common/accessibility.py" line="58" />
            <source>A note for the team, never exported</source>
            <translation>Una nota para el equipo, nunca se exporta</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/common/accessibility.py" line="190" />
            <source>A ready-made verdict scale</source>
            <translation>Una escala de veredictos ya preparada</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/common/accessibility.py" line="158" />
            <source>A source who asked not to be named</source>
            <translation>Una fuente que pidió no ser nombrada</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/common/accessibility.py" line="191" />
            <source>Add</source>
            <translation>Añadir</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/common/accessibility.py" line="60" />
            <source>Add Source</source>
            <translation>Añadir fuente</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/common/accessibility.py" line="191" />
            <source>Add a verdict to the scale</source>
            <translation>Añadir un veredicto a la escala</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/common/accessibility.py" line="148" />
            <source>Add agreement between reviewers</source>
            <translation>Añadir el acuerdo entre revisores</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/common/accessibility.py" line="216" />
            <source>Agreement</source>
            <translation>Acuerdo</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/common/accessibility.py" line="148" />
            <source>Agreement appendix</source>
            <translation>Apéndice de acuerdo</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/common/accessibility.py" line="144" />
            <source>All articles</source>
            <translation>Todos los artículos</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/common/accessibility.py" line="146" />
            <source>Allow incomplete</source>
            <translation>Permitir incompleto</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/common/accessibility.py" line="201" />
            <source>Allow local addresses</source>
            <translation>Permitir direcciones locales</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/common/accessibility.py" line="145" />
            <source>Also claims not yet approved</source>
            <translation>También afirmaciones aún no aprobadas</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/common/accessibility.py" line="117" />
            <source>Approve</source>
            <translation>Aprobar</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/common/accessibility.py" line="117" />
            <source>Approve the claim (A)</source>
            <translation>Aprobar la afirmación (A)</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/common/accessibility.py" line="93" />
            <source>Article Diff</source>
            <translation>Diferencias del artículo</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/common/accessibility.py" line="41" />
            <source>Article text</source>
            <translation>Texto del artículo</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/common/accessibility.py" line="44" />
            <source>Articles</source>
            <translation>Artículos</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/common/accessibility.py" line="118" />
            <source>Ask the author for changes (R)</source>
            <translation>Pedir cambios al autor (R)</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/common/accessibility.py" line="60" />
            <source>Attach a source to the claim</source>
            <translation>Adjuntar una fuente a la afirmación</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/common/accessibility.py" line="50" />
            <source>Author filter</source>
            <translation>Filtro de autor</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/common/accessibility.py" line="170" />
            <source>Authors</source>
            <translation>Autores</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/common/accessibility.py" line="232" />
            <source>Backups</source>
            <translation>Copias de seguridad</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/common/accessibility.py" line="149" />
            <source>CSV rows per source</source>
            <translation>Filas CSV por fuente</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/common/accessibility.py" line="193" />
            <source>Change the selected verdict's colour</source>
            <translation>Cambiar el color del veredicto seleccionado</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/common/accessibility.py" line="70" />
            <source>Change the words of your own comment</source>
            <translation>Cambiar el texto de tu propio comentario</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/common/accessibility.py" line="237" />
            <source>Changes</source>
            <translation>Cambios</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/common/accessibility.py" line="92" />
            <source>Changes around the claim</source>
            <translation>Cambios en torno a la afirmación</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/common/accessibility.py" line="102" />
            <source>Check Selected Text</source>
            <translation>Verificar el texto seleccionado</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/common/accessibility.py" line="108" />
            <source>Check-worthy sentences</source>
            <translation>Frases que merecen verificarse</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/common/accessibility.py" line="240" />
            <source>Checklist</source>
            <translation>Lista de comprobación</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/common/accessibility.py" line="52" />
            <source>Claims</source>
            <translation>Afirmaciones</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/common/accessibility.py" line="122" />
            <source>Claims changed by you and by a colleague</source>
            <translation>Afirmaciones cambiadas por ti y por un colega</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/common/accessibility.py" line="91" />
            <source>Claims to review after an update</source>
            <translation>Afirmaciones que revisar tras una actualización</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/common/accessibility.py" line="119" />
            <source>Close Review Mode (Esc)</source>
            <translation>Cerrar el modo de revisión (Esc)</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/common/accessibility.py" line="285" />
            <source>Close without changing anything (Esc)</source>
            <translation>Cerrar sin cambiar nada (Esc)</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/common/accessibility.py" line="193" />
            <source>Colour</source>
            <translation>Color</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/common/accessibility.py" line="65" />
            <source>Comments</source>
            <translation>Comentarios</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/common/accessibility.py" line="93" />
            <source>Compare the article's versions</source>
            <translation>Comparar las versiones del artículo</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/common/accessibility.py" line="123" />
            <source>Conflicting fields</source>
            <translation>Campos en conflicto</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/common/accessibility.py" line="122" />
            <source>Conflicts</source>
            <translation>Conflictos</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/common/accessibility.py" line="184" />
            <source>Corrections policy</source>
            <translation>Política de correcciones</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/common/accessibility.py" line="177" />
            <source>Database</source>
            <translation>Base de datos</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/common/accessibility.py" line="72" />
            <source>Delete comment</source>
            <translation>Eliminar el comentario</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/common/accessibility.py" line="73" />
            <source>Delete your own comment and its replies</source>
            <translation>Eliminar tu propio comentario y sus respuestas</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/common/accessibility.py" line="238" />
            <source>Differences</source>
            <translation>Diferencias</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/common/accessibility.py" line="217" />
            <source>Disagreements</source>
            <translation>Desacuerdos</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/common/accessibility.py" line="283" />
            <source>Do this and close the dialog (Enter)</source>
            <translation>Hacerlo y cerrar el diálogo (Intro)</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/common/accessibility.py" line="221" />
            <source>Each reviewer's verdict on the passage</source>
            <translation>El veredicto de cada revisor sobre el pasaje</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/common/accessibility.py" line="100" />
            <source>Earlier fact-checks</source>
            <translation>Verificaciones anteriores</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/common/accessibility.py" line="126" />
            <source>Edit Result</source>
            <translation>Editar el resultado</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/common/accessibility.py" line="61" />
            <source>Edit Source</source>
            <translation>Editar fuente</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/common/accessibility.py" line="70" />
            <source>Edit comment</source>
            <translation>Editar el comentario</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/common/accessibility.py" line="61" />
            <source>Edit the selected source</source>
            <translation>Editar la fuente seleccionada</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/common/accessibility.py" line="80" />
            <source>Enter finds the next match</source>
            <translation>Intro busca la siguiente coincidencia</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/common/accessibility.py" line="83" />
            <source>Enter opens the selected result</source>
            <translation>Intro abre el resultado seleccionado</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/common/accessibility.py" line="78" />
            <source>Every change to the claim, newest first</source>
            <translation>Todos los cambios de la afirmación, del más reciente al más antiguo</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/common/accessibility.py" line="157" />
            <source>Excerpt</source>
            <translation>Extracto</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/common/accessibility.py" line="57" />
            <source>Explanation</source>
            <translation>Explicación</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/common/accessibility.py" line="144" />
            <source>Export every article of the project</source>
            <translation>Exportar todos los artículos del proyecto</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/common/accessibility.py" line="143" />
            <source>Export only the article shown</source>
            <translation>Exportar solo el artículo mostrado</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/common/accessibility.py" line="97" />
            <source>Fact-checks</source>
            <translation>Verificaciones</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/common/accessibility.py" line="100" />
            <source>Fact-checks that match the claim</source>
            <translation>Verificaciones que coinciden con la afirmación</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/common/accessibility.py" line="205" />
            <source>File</source>
            <translation>Archivo</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/common/accessibility.py" line="43" />
            <source>Filter articles</source>
            <translation>Filtrar artículos</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/common/accessibility.py" line="47" />
            <source>Filter claims</source>
            <translation>Filtrar afirmaciones</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/common/accessibility.py" line="222" />
            <source>Final verdict</source>
            <translation>Veredicto final</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/common/accessibility.py" line="80" />
            <source>Find in article</source>
            <translation>Buscar en el artículo</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/common/accessibility.py" line="137" />
            <source>Follow the system, light or dark</source>
            <translation>Seguir el sistema, claro u oscuro</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/common/accessibility.py" line="135" />
            <source>Font family</source>
            <translation>Familia tipográfica</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/common/accessibility.py" line="136" />
            <source>Font size</source>
            <translation>Tamaño de letra</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/common/accessibility.py" line="150" />
            <source>For spreadsheets that need the BOM</source>
            <translation>Para hojas de cálculo que necesitan el BOM</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/common/accessibility.py" line="201" />
            <source>For this fetch only</source>
            <translation>Solo para esta descarga</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/common/accessibility.py" line="142" />
            <source>Format</source>
            <translation>Formato</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/common/accessibility.py" line="204" />
            <source>From a file</source>
            <translation>Desde un archivo</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/common/accessibility.py" line="206" />
            <source>From pasted text</source>
            <translation>Desde texto pegado</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/common/accessibility.py" line="223" />
            <source>Give the passage the final verdict</source>
            <translation>Dar al pasaje el veredicto final</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/common/accessibility.py" line="215" />
            <source>Hide colleagues' verdicts until you rate</source>
            <translation>Ocultar los veredictos de los colegas hasta que valores</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/common/accessibility.py" line="78" />
            <source>History</source>
            <translation>Historial</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/common/accessibility.py" line="175" />
            <source>Host</source>
            <translation>Servidor</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/common/accessibility.py" line="216" />
            <source>How often the reviewers' verdicts agree</source>
            <translation>Con qué frecuencia coinciden los veredictos de los revisores</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/common/accessibility.py" line="182" />
            <source>How the desk checks claims</source>
            <translation>Cómo verifica la redacción las afirmaciones</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/common/accessibility.py" line="185" />
            <source>How the desk corrects its reports</source>
            <translation>Cómo corrige la redacción sus informes</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/common/accessibility.py" line="97" />
            <source>Imported fact-checks matching the search</source>
            <translation>Verificaciones importadas que coinciden con la búsqueda</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/common/accessibility.py" line="145" />
            <source>Include drafts</source>
            <translation>Incluir borradores</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/common/accessibility.py" line="58" />
            <source>Internal note</source>
            <translation>Nota interna</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/common/accessibility.py" line="124" />
            <source>Keep Mine</source>
            <translation>Conservar la mía</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/common/accessibility.py" line="125" />
            <source>Keep Theirs</source>
            <translation>Conservar la suya</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/common/accessibility.py" line="124" />
            <source>Keep your value of the field</source>
            <translation>Conservar tu valor del campo</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/common/accessibility.py" line="155" />
            <source>Kind</source>
            <translation>Tipo</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/common/accessibility.py" line="139" />
            <source>Language</source>
            <translation>Idioma</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/common/accessibility.py" line="119" />
            <source>Leave Review Mode</source>
            <translation>Salir del modo de revisión</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/common/accessibility.py" line="103" />
            <source>Look for fact-checks of the selected text</source>
            <translation>Buscar verificaciones del texto seleccionado</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/common/accessibility.py" line="68" />
            <source>Mark the selected thread resolved</source>
            <translation>Marcar como resuelto el hilo seleccionado</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/common/accessibility.py" line="182" />
            <source>Methodology</source>
            <translation>Metodología</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/common/accessibility.py" line="196" />
            <source>Move Down</source>
            <translation>Bajar</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/common/accessibility.py" line="195" />
            <source>Move Up</source>
            <translation>Subir</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/common/accessibility.py" line="196" />
            <source>Move the selected verdict down the scale</source>
            <translation>Bajar el veredicto seleccionado en la escala</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/common/accessibility.py" line="195" />
            <source>Move the selected verdict up the scale</source>
            <translation>Subir el veredicto seleccionado en la escala</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/common/accessibility.py" line="66" />
            <source>New comment</source>
            <translation>Nuevo comentario</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/common/accessibility.py" line="207" />
            <source>New text</source>
            <translation>Texto nuevo</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/common/accessibility.py" line="236" />
            <source>Newer version</source>
            <translation>Versión más reciente</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/common/accessibility.py" line="116" />
            <source>Next</source>
            <translation>Siguiente</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/common/accessibility.py" line="197" />
            <source>Offer the verdict no more, or again</source>
            <translation>No ofrecer más el veredicto, o volver a ofrecerlo</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/common/accessibility.py" line="235" />
            <source>Older version</source>
            <translation>Versión anterior</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/common/accessibility.py" line="149" />
            <source>One row per source</source>
            <translation>Una fila por fuente</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/common/accessibility.py" line="220" />
            <source>Only waiting</source>
            <translation>Solo pendientes</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/common/accessibility.py" line="69" />
            <source>Open the selected thread again</source>
            <translation>Reabrir el hilo seleccionado</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/common/accessibility.py" line="217" />
            <source>Passages rated differently</source>
            <translation>Pasajes valorados de forma distinta</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/common/accessibility.py" line="176" />
            <source>Port</source>
            <translation>Puerto</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/common/accessibility.py" line="115" />
            <source>Previous</source>
            <translation>Anterior</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/common/accessibility.py" line="158" />
            <source>Protected</source>
            <translation>Protegida</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/common/accessibility.py" line="161" />
            <source>Publisher</source>
            <translation>Medio</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/common/accessibility.py" line="215" />
            <source>Rate blind</source>
            <translation>Evaluar a ciegas</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/common/accessibility.py" line="221" />
            <source>Ratings</source>
            <translation>Valoraciones</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/common/accessibility.py" line="204" />
            <source>Read the new version from a file</source>
            <translation>Leer la nueva versión desde un archivo</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/common/accessibility.py" line="134" />
            <source>Reader font</source>
            <translation>Fuente del lector</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/common/accessibility.py" line="198" />
            <source>Remove</source>
            <translation>Quitar</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/common/accessibility.py" line="62" />
            <source>Remove Source</source>
            <translation>Quitar la fuente</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/common/accessibility.py" line="62" />
            <source>Remove the selected source</source>
            <translation>Quitar la fuente seleccionada</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/common/accessibility.py" line="198" />
            <source>Remove the selected verdict</source>
            <translation>Eliminar el veredicto seleccionado</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/common/accessibility.py" line="192" />
            <source>Rename</source>
            <translation>Renombrar</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/common/accessibility.py" line="192" />
            <source>Rename the selected verdict</source>
            <translation>Renombrar el veredicto seleccionado</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/common/accessibility.py" line="69" />
            <source>Reopen</source>
            <translation>Reabrir</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/common/accessibility.py" line="67" />
            <source>Reply</source>
            <translation>Responder</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/common/accessibility.py" line="67" />
            <source>Reply to the selected comment</source>
            <translation>Responder al comentario seleccionado</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/common/accessibility.py" line="147" />
            <source>Report language</source>
            <translation>Idioma del informe</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/common/accessibility.py" line="118" />
            <source>Request Changes</source>
            <translation>Pedir cambios</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/common/accessibility.py" line="114" />
            <source>Requested changes</source>
            <translation>Cambios solicitados</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/common/accessibility.py" line="68" />
            <source>Resolve</source>
            <translation>Resolver</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/common/accessibility.py" line="197" />
            <source>Retire</source>
            <translation>Retirar</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/common/accessibility.py" line="179" />
            <source>SSL mode</source>
            <translation>Modo SSL</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/common/accessibility.py" line="151" />
            <source>Save to</source>
            <translation>Guardar en</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/common/accessibility.py" line="82" />
            <source>Search</source>
            <translation>Buscar</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/common/accessibility.py" line="96" />
            <source>Search fact-checks</source>
            <translation>Buscar verificaciones</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/common/accessibility.py" line="83" />
            <source>Search results</source>
            <translation>Resultados de la búsqueda</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/common/accessibility.py" line="82" />
            <source>Searches all articles and claims</source>
            <translation>Busca en todos los artículos y afirmaciones</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/common/accessibility.py" line="96" />
            <source>Searches the imported fact-checks</source>
            <translation>Busca en las verificaciones importadas</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/common/accessibility.py" line="91" />
            <source>Select one to see it</source>
            <translation>Selecciona uno para verlo</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/common/accessibility.py" line="75" />
            <source>Selected comment</source>
            <translation>Comentario seleccionado</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/common/accessibility.py" line="109" />
            <source>Sentences that may be worth checking</source>
            <translation>Frases que quizá merezca la pena verificar</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/common/accessibility.py" line="194" />
            <source>Set the selected verdict's rating value</source>
            <translation>Fijar el valor de calificación del veredicto seleccionado</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/common/accessibility.py" line="223" />
            <source>Settle Verdict</source>
            <translation>Fijar el veredicto</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/common/accessibility.py" line="220" />
            <source>Show only passages not yet settled</source>
            <translation>Mostrar solo los pasajes aún sin resolver</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/common/accessibility.py" line="159" />
            <source>Show the saved copy of the source</source>
            <translation>Mostrar la copia guardada de la fuente</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/common/accessibility.py" line="138" />
            <source>Show times in UTC or in local time</source>
            <translation>Mostrar las horas en UTC o en hora local</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/common/accessibility.py" line="43" />
            <source>Shows only articles whose title has this</source>
            <translation>Muestra solo los artículos cuyo título contiene esto</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/common/accessibility.py" line="50" />
            <source>Shows only claims by this author</source>
            <translation>Muestra solo las afirmaciones de este autor</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/common/accessibility.py" line="47" />
            <source>Shows only claims whose text has this</source>
            <translation>Muestra solo las afirmaciones cuyo texto contiene esto</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/common/accessibility.py" line="49" />
            <source>Shows only claims with this status</source>
            <translation>Muestra solo las afirmaciones con este estado</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/common/accessibility.py" line="51" />
            <source>Shows only claims with this tag</source>
            <translation>Muestra solo las afirmaciones con esta etiqueta</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/common/accessibility.py" line="48" />
            <source>Shows only claims with this verdict</source>
            <translation>Muestra solo las afirmaciones con este veredicto</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/common/accessibility.py" line="59" />
            <source>Sources</source>
            <translation>Fuentes</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/common/accessibility.py" line="156" />
            <source>Stance</source>
            <translation>Postura</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/common/accessibility.py" line="172" />
            <source>Standfirst</source>
            <translation>Entradilla</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/common/accessibility.py" line="56" />
            <source>Status</source>
            <translation>Estado</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/common/accessibility.py" line="49" />
            <source>Status filter</source>
            <translation>Filtro de estado</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/common/accessibility.py" line="51" />
            <source>Tag filter</source>
            <translation>Filtro de etiqueta</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/common/accessibility.py" line="125" />
            <source>Take your colleague's value</source>
            <translation>Tomar el valor de tu colega</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/common/accessibility.py" line="190" />
            <source>Template</source>
            <translation>Plantilla</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/common/accessibility.py" line="52" />
            <source>The article's claims; selecting one shows it</source>
            <translation>Las afirmaciones del artículo; al seleccionar una se muestra</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/common/accessibility.py" line="207" />
            <source>The article's current text, pasted</source>
            <translation>El texto actual del artículo, pegado</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/common/accessibility.py" line="169" />
            <source>The article's title</source>
            <translation>El título del artículo</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/common/accessibility.py" line="237" />
            <source>The changed passages; select one to see it</source>
            <translation>Los pasajes cambiados; selecciona uno para verlo</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/common/accessibility.py" line="65" />
            <source>The claim's comment threads</source>
            <translation>Los hilos de comentarios de la afirmación</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/common/accessibility.py" line="59" />
            <source>The claim's sources; Enter opens a web source</source>
            <translation>Las fuentes de la afirmación; Intro abre una fuente web</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/common/accessibility.py" line="134" />
            <source>The default serif font or another</source>
            <translation>La fuente serif predeterminada u otra</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/common/accessibility.py" line="205" />
            <source>The file of the new version</source>
            <translation>El archivo de la nueva versión</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/common/accessibility.py" line="151" />
            <source>The file the export is written to</source>
            <translation>El archivo en el que se escribe la exportación</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/common/accessibility.py" line="135" />
            <source>The font of the article's text</source>
            <translation>La fuente tipográfica del texto del artículo</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/common/accessibility.py" line="176" />
            <source>The hub server's port</source>
            <translation>El puerto del servidor del equipo</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/common/accessibility.py" line="177" />
            <source>The hub's database name</source>
            <translation>El nombre de la base de datos del servidor</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/common/accessibility.py" line="175" />
            <source>The hub's server name or address</source>
            <translation>El nombre o la dirección del servidor del equipo</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/common/accessibility.py" line="139" />
            <source>The interface language, from the next start</source>
            <translation>El idioma de la interfaz, desde el próximo inicio</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/common/accessibility.py" line="147" />
            <source>The language of report headings</source>
            <translation>El idioma de los títulos del informe</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/common/accessibility.py" line="228" />
            <source>The merged claim's explanation</source>
            <translation>La explicación de la afirmación fusionada</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/common/accessibility.py" line="227" />
            <source>The merged claim's status</source>
            <translation>El estado de la afirmación fusionada</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/common/accessibility.py" line="226" />
            <source>The merged claim's verdict</source>
            <translation>El veredicto de la afirmación fusionada</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/common/accessibility.py" line="116" />
            <source>The next claim to review (J)</source>
            <translation>La siguiente afirmación que revisar (J)</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/common/accessibility.py" line="92" />
            <source>The old and new text of the passage</source>
            <translation>El texto antiguo y el nuevo del pasaje</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/common/accessibility.py" line="157" />
            <source>The passage of the source that matters</source>
            <translation>El pasaje de la fuente que importa</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/common/accessibility.py" line="115" />
            <source>The previous claim to review (K)</source>
            <translation>La afirmación anterior que revisar (K)</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/common/accessibility.py" line="44" />
            <source>The project's articles; select one to open it</source>
            <translation>Los artículos del proyecto; selecciona uno para abrirlo</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/common/accessibility.py" line="232" />
            <source>The project's backups; the one chosen is restored</source>
            <translation>Las copias de seguridad del proyecto; se restaura la elegida</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/common/accessibility.py" line="189" />
            <source>The project's verdict scale, in order</source>
            <translation>La escala de veredictos del proyecto, en orden</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/common/accessibility.py" line="136" />
            <source>The size of the article's text in points</source>
            <translation>El tamaño del texto del artículo en puntos</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/common/accessibility.py" line="160" />
            <source>The source's title</source>
            <translation>El título de la fuente</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/common/accessibility.py" line="113" />
            <source>The sources of the claim under review</source>
            <translation>Las fuentes de la afirmación en revisión</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/common/accessibility.py" line="172" />
            <source>The summary under the headline</source>
            <translation>El resumen bajo el titular</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/common/accessibility.py" line="238" />
            <source>The two versions' text, changes marked</source>
            <translation>El texto de las dos versiones, con los cambios marcados</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/common/accessibility.py" line="55" />
            <source>The verdict on the claim</source>
            <translation>El veredicto de la afirmación</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/common/accessibility.py" line="222" />
            <source>The verdict the passage gets</source>
            <translation>El veredicto que recibe el pasaje</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/common/accessibility.py" line="235" />
            <source>The version to compare from</source>
            <translation>La versión desde la que comparar</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/common/accessibility.py" line="236" />
            <source>The version to compare to</source>
            <translation>La versión con la que comparar</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/common/accessibility.py" line="75" />
            <source>The whole text of the selected comment</source>
            <translation>El texto completo del comentario seleccionado</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/common/accessibility.py" line="137" />
            <source>Theme</source>
            <translation>Tema</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/common/accessibility.py" line="143" />
            <source>This article</source>
            <translation>Este artículo</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/common/accessibility.py" line="138" />
            <source>Times</source>
            <translation>Horas</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/common/accessibility.py" line="160" />
            <source>Title</source>
            <translation>Título</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/common/accessibility.py" line="66" />
            <source>Type a comment; Ctrl+Return sends it</source>
            <translation>Escribe un comentario; Ctrl+Intro lo envía</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/common/accessibility.py" line="150" />
            <source>UTF-8 with BOM</source>
            <translation>UTF-8 con BOM</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/common/accessibility.py" line="206" />
            <source>Use text pasted below</source>
            <translation>Usar el texto pegado abajo</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/common/accessibility.py" line="178" />
            <source>User</source>
            <translation>Usuario</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/common/accessibility.py" line="194" />
            <source>Value</source>
            <translation>Valor</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/common/accessibility.py" line="55" />
            <source>Verdict</source>
            <translation>Veredicto</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/common/accessibility.py" line="48" />
            <source>Verdict filter</source>
            <translation>Filtro de veredicto</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/common/accessibility.py" line="189" />
            <source>Verdicts</source>
            <translation>Veredictos</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/common/accessibility.py" line="159" />
            <source>View Capture</source>
            <translation>Ver la captura</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/common/accessibility.py" line="155" />
            <source>What kind of source this is</source>
            <translation>Qué tipo de fuente es</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/common/accessibility.py" line="114" />
            <source>What should change; Ctrl+Return sends</source>
            <translation>Qué debe cambiar; Ctrl+Intro lo envía</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/common/accessibility.py" line="240" />
            <source>What to check before export</source>
            <translation>Qué comprobar antes de exportar</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/common/accessibility.py" line="152" />
            <source>What to do once the file is written</source>
            <translation>Qué hacer una vez escrito el archivo</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/common/accessibility.py" line="142" />
            <source>What to write: a report or data</source>
            <translation>Qué escribir: un informe o datos</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/common/accessibility.py" line="152" />
            <source>When done</source>
            <translation>Al terminar</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/common/accessibility.py" line="56" />
            <source>Where the claim is in review</source>
            <translation>En qué punto de la revisión está la afirmación</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/common/accessibility.py" line="179" />
            <source>Whether the connection must be encrypted</source>
            <translation>Si la conexión debe ir cifrada</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/common/accessibility.py" line="156" />
            <source>Whether the source supports the claim</source>
            <translation>Si la fuente respalda la afirmación</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/common/accessibility.py" line="171" />
            <source>Who published the article</source>
            <translation>Quién publicó el artículo</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/common/accessibility.py" line="161" />
            <source>Who published the source</source>
            <translation>Quién publicó la fuente</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/common/accessibility.py" line="170" />
            <source>Who wrote the article, separated by commas</source>
            <translation>Quién escribió el artículo, separado por comas</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/common/accessibility.py" line="57" />
            <source>Why the claim has its verdict</source>
            <translation>Por qué la afirmación tiene su veredicto</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/common/accessibility.py" line="146" />
            <source>Write ClaimReview anyway</source>
            <translation>Escribir ClaimReview de todos modos</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/common/accessibility.py" line="126" />
            <source>Write the value to keep</source>
            <translation>Escribe el valor que se conserva</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/common/accessibility.py" line="178" />
            <source>Your user name on the hub</source>
            <translation>Tu nombre de usuario en el servidor</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/common/accessibility.py" line="123" />
            <source>Your value and your colleague's value</source>
            <translation>Tu valor y el de tu colega</translation>
        </message>
    </context>
    <context>
        <name>AgreementDialog</name>
        <message>
            <location filename="../../annotator/ui/review/agreement_dialog.py" line="120" />
            <source>Count the ratings again</source>
            <translation>Volver a contar las valoraciones</translation>
        </message>
    </context>
    <context>
        <name>AllClaimsController</name>
        <message>
            <location filename="../../annotator/ui/claims/all_claims_controller.py" line="43" />
            <source>&amp;All Claims</source>
            <translation>&amp;Todas las afirmaciones</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/claims/all_claims_controller.py" line="38" />
            <source>All Claims</source>
            <translation>Todas las afirmaciones</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/claims/all_claims_controller.py" line="46" />
            <source>The claims of every article: filter, sort, open</source>
            <translation>Las afirmaciones de todos los artículos: filtrar, ordenar, abrir</translation>
        </message>
    </context>
    <context>
        <name>AllClaimsPanel</name>
        <message>
            <location filename="../../annotator/ui/claims/all_claims.py" line="85" />
            <source>Claims of all articles</source>
            <translation>Afirmaciones de todos los artículos</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/claims/all_claims.py" line="86" />
            <source>Filter the claims of all articles…</source>
            <translation>Filtrar las afirmaciones de todos los artículos…</translation>
        </message>
    </context>
    <context>
        <name>ClaimAnnouncer</name>
        <message>
            <location filename="../../annotator/ui/reader/announce.py" line="66" />
            <source>Claim {number} of {total}, {verdict}: “{quote}”</source>
            <translation>Afirmación {number} de {total}, {verdict}: «{quote}»</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/reader/announce.py" line="43" />
            <source>Move the cursor to a claim in the article and select it</source>
            <translation>Llevar el cursor a una afirmación del artículo y seleccionarla</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/reader/announce.py" line="35" />
            <source>Next Claim in &amp;Text</source>
            <translation>Afirmación siguiente en el &amp;texto</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/reader/announce.py" line="36" />
            <source>Previous Claim in T&amp;ext</source>
            <translation>Afirmación anterior en el t&amp;exto</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/reader/announce.py" line="32" />
            <source>The article's text. F8 goes to the next claim, Shift+F8 to the previous one.</source>
            <translation>El texto del artículo. F8 va a la afirmación siguiente; Mayús+F8, a la anterior.</translation>
        </message>
    </context>
    <context>
        <name>CommentsWidget</name>
        <message>
            <location filename="../../annotator/ui/inspector/comments_widget.py" line="110" />
            <source>&amp;Edit</source>
            <translation>&amp;Editar</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/inspector/comments_widget.py" line="112" />
            <source>De&amp;lete</source>
            <translation>E&amp;liminar</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/inspector/comments_widget.py" line="329" />
            <source>Editing your comment (Esc cancels)</source>
            <translation>Editando tu comentario (Esc cancela)</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/inspector/comments_widget.py" line="331" />
            <source>Save</source>
            <translation>Guardar</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/inspector/comments_widget.py" line="85" />
            <source>Selected comment</source>
            <translation>Comentario seleccionado</translation>
        </message>
    </context>
    <context>
        <name>ExportDialog</name>
        <message>
            <location filename="../../annotator/ui/exchange/export_dialog.py" line="65" />
            <source>Choose the folder and name of the file</source>
            <translation>Elige la carpeta y el nombre del archivo</translation>
        </message>
    </context>
    <context>
        <name>KeyboardAccess</name>
        <message>
            <location filename="../../annotator/ui/keyboard.py" line="41" />
            <source>&amp;Keyboard Shortcuts…</source>
            <translation>&amp;Atajos de teclado…</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/keyboard.py" line="43" />
            <source>Every action's keys, and changing them</source>
            <translation>Las teclas de cada acción, y cómo cambiarlas</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/keyboard.py" line="64" />
            <source>In Review Mode: {keys}</source>
            <translation>En el modo de revisión: {keys}</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/keyboard.py" line="58" />
            <source>Unrated</source>
            <translation>Sin calificar</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <location filename="../../annotator/ui/main_window.py" line="466" />
            <source> (read-only)</source>
            <translation> (solo lectura)</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/main_window.py" line="162" />
            <source>&amp;Quit</source>
            <translation>&amp;Salir</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/main_window.py" line="165" />
            <source>&amp;Redo</source>
            <translation>&amp;Rehacer</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/main_window.py" line="163" />
            <source>&amp;Undo</source>
            <translation>&amp;Deshacer</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/main_window.py" line="242" />
            <source>Read-only</source>
            <translation>Solo lectura</translation>
        </message>
    </context>
    <context>
        <name>QuoteActions</name>
        <message numerus="yes">
            <location filename="../../annotator/ui/claims/quote_actions.py" line="41" />
            <source>%n claims of this article already quote exactly “{quote}”.</source>
            <translation>
                <numerusform>%n afirmación de este artículo ya cita exactamente «{quote}».</numerusform>
                <numerusform>%n afirmaciones de este artículo ya citan exactamente «{quote}».</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../annotator/ui/claims/quote_actions.py" line="39" />
            <source>Another claim of this article already quotes exactly “{quote}”.</source>
            <translation>Otra afirmación de este artículo ya cita exactamente «{quote}».</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/claims/quote_actions.py" line="64" />
            <source>Cop&amp;y Quote</source>
            <translation>Cop&amp;iar la cita</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/claims/quote_actions.py" line="65" />
            <source>Copy the selected claim's quote</source>
            <translation>Copiar la cita de la afirmación seleccionada</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/claims/quote_actions.py" line="43" />
            <source>Make It</source>
            <translation>Crearla</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/claims/quote_actions.py" line="42" />
            <source>Make one more?</source>
            <translation>¿Crear otra más?</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/claims/quote_actions.py" line="61" />
            <source>Make the selected words the selected claim's quote</source>
            <translation>Convertir las palabras seleccionadas en la cita de la afirmación seleccionada</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/claims/quote_actions.py" line="68" />
            <source>Open in Claims &amp;List</source>
            <translation>Abrir en la &amp;lista de afirmaciones</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/claims/quote_actions.py" line="43" />
            <source>Same Quote</source>
            <translation>Misma cita</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/claims/quote_actions.py" line="128" />
            <source>Select the words the claim should quote first.</source>
            <translation>Primero selecciona las palabras que debe citar la afirmación.</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/claims/quote_actions.py" line="74" />
            <source>Selections take whole words (hold Alt while dragging for exact characters)</source>
            <translation>Las selecciones toman palabras enteras (mantén Alt al arrastrar para caracteres exactos)</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/claims/quote_actions.py" line="60" />
            <source>Set &amp;Quote to Selection</source>
            <translation>Usar la selección como &amp;cita</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/claims/quote_actions.py" line="79" />
            <source>Set &amp;Verdict</source>
            <translation>Fijar el &amp;veredicto</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/claims/quote_actions.py" line="137" />
            <source>Set quote to selection</source>
            <translation>Usar la selección como cita</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/claims/quote_actions.py" line="69" />
            <source>Show the selected claim in the claims list</source>
            <translation>Mostrar la afirmación seleccionada en la lista de afirmaciones</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/claims/quote_actions.py" line="72" />
            <source>Snap Selections to &amp;Words</source>
            <translation>Ajustar las selecciones a &amp;palabras</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/claims/quote_actions.py" line="189" />
            <source>Unrated</source>
            <translation>Sin calificar</translation>
        </message>
    </context>
    <context>
        <name>ShortcutsDialog</name>
        <message>
            <location filename="../../annotator/ui/common/shortcuts_dialog.py" line="49" />
            <source>&amp;Clear</source>
            <translation>&amp;Borrar</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/common/shortcuts_dialog.py" line="52" />
            <source>&amp;Default</source>
            <translation>&amp;Predeterminado</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/common/shortcuts_dialog.py" line="55" />
            <source>&amp;Reset All</source>
            <translation>&amp;Restablecer todo</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/common/shortcuts_dialog.py" line="105" />
            <source>&amp;Shortcut:</source>
            <translation>&amp;Atajo:</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/common/shortcuts_dialog.py" line="74" />
            <source>Action</source>
            <translation>Acción</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/common/shortcuts_dialog.py" line="75" />
            <source>Actions and their shortcuts</source>
            <translation>Acciones y sus atajos</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/common/shortcuts_dialog.py" line="55" />
            <source>Every action back to its own shortcut</source>
            <translation>Devolver cada acción a su atajo original</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/common/shortcuts_dialog.py" line="77" />
            <source>Every action of the menus; select one to change its shortcut below</source>
            <translation>Todas las acciones de los menús; selecciona una para cambiar su atajo abajo</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/common/shortcuts_dialog.py" line="36" />
            <source>Keyboard Shortcuts</source>
            <translation>Atajos de teclado</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/common/shortcuts_dialog.py" line="74" />
            <source>Menu</source>
            <translation>Menú</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/common/shortcuts_dialog.py" line="43" />
            <source>New shortcut</source>
            <translation>Nuevo atajo</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/common/shortcuts_dialog.py" line="45" />
            <source>Press the keys for the selected action; it takes them at once</source>
            <translation>Pulsa las teclas para la acción seleccionada; se asignan al instante</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/common/shortcuts_dialog.py" line="74" />
            <source>Shortcut</source>
            <translation>Atajo</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/common/shortcuts_dialog.py" line="49" />
            <source>The selected action gets no shortcut</source>
            <translation>La acción seleccionada se queda sin atajo</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/common/shortcuts_dialog.py" line="52" />
            <source>The selected action's own shortcut</source>
            <translation>El atajo original de la acción seleccionada</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/common/shortcuts_dialog.py" line="159" />
            <source>{key} is given to: {actions}</source>
            <translation>{key} ya está asignado a: {actions}</translation>
        </message>
    </context>
    <context>
        <name>UpdateVersionDialog</name>
        <message>
            <location filename="../../annotator/ui/versions/version_dialogs.py" line="49" />
            <source>Choose the file of the new version</source>
            <translation>Elige el archivo de la nueva versión</translation>
        </message>
    </context>
    <context>
        <name>VerdictScale</name>
        <message>
            <location filename="../../annotator/services/verdict_scale.py" line="54" />
            <source>Altered</source>
            <translation>Alterado</translation>
        </message>
        <message>
            <location filename="../../annotator/services/verdict_scale.py" line="39" />
            <source>False</source>
            <translation>Falso</translation>
        </message>
        <message>
            <location filename="../../annotator/services/verdict_scale.py" line="66" />
            <source>Five-step truth scale</source>
            <translation>Escala de veracidad de cinco niveles</translation>
        </message>
        <message>
            <location filename="../../annotator/services/verdict_scale.py" line="38" />
            <source>Half true</source>
            <translation>Verdad a medias</translation>
        </message>
        <message>
            <location filename="../../annotator/services/verdict_scale.py" line="68" />
            <source>Meta fact-checking programme</source>
            <translation>Programa de verificación de datos de Meta</translation>
        </message>
        <message>
            <location filename="../../annotator/services/verdict_scale.py" line="39" />
            <source>Misleading</source>
            <translation>Engañoso</translation>
        </message>
        <message>
            <location filename="../../annotator/services/verdict_scale.py" line="56" />
            <source>Missing context</source>
            <translation>Falta de contexto</translation>
        </message>
        <message>
            <location filename="../../annotator/services/verdict_scale.py" line="38" />
            <source>Mostly false</source>
            <translation>Mayormente falso</translation>
        </message>
        <message>
            <location filename="../../annotator/services/verdict_scale.py" line="38" />
            <source>Mostly true</source>
            <translation>Mayormente verdadero</translation>
        </message>
        <message>
            <location filename="../../annotator/services/verdict_scale.py" line="50" />
            <source>Pants on Fire</source>
            <translation>Ridículamente falso</translation>
        </message>
        <message>
            <location filename="../../annotator/services/verdict_scale.py" line="55" />
            <source>Partly false</source>
            <translation>Parcialmente falso</translation>
        </message>
        <message>
            <location filename="../../annotator/services/verdict_scale.py" line="67" />
            <source>PolitiFact (six steps)</source>
            <translation>PolitiFact (seis niveles)</translation>
        </message>
        <message>
            <location filename="../../annotator/services/verdict_scale.py" line="57" />
            <source>Satire</source>
            <translation>Sátira</translation>
        </message>
        <message>
            <location filename="../../annotator/services/verdict_scale.py" line="38" />
            <source>True</source>
            <translation>Verdadero</translation>
        </message>
        <message>
            <location filename="../../annotator/services/verdict_scale.py" line="39" />
            <source>Unproven</source>
            <translation>Sin pruebas</translation>
        </message>
    </context>
    <context>
        <name>VerdictScaleDialog</name>
        <message>
            <location filename="../../annotator/ui/project/verdict_scale_dialog.py" line="71" />
            <source>Replace the scale by the chosen template</source>
            <translation>Reemplazar la escala por la plantilla elegida</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/project/verdict_scale_dialog.py" line="115" />
            <source>Undo the last change to the scale</source>
            <translation>Deshacer el último cambio de la escala</translation>
        </message>
    </context>
    <context>
        <name>claims.claim_columns</name>
        <message>
            <location filename="../../annotator/ui/claims/claim_columns.py" line="171" />
            <source>Author</source>
            <translation>Autor</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/claims/claim_columns.py" line="170" />
            <source>Claimant</source>
            <translation>Declarante</translation>
        </message>
    </context>
    <context>
        <name>claims.claims_controller</name>
        <message>
            <location filename="../../annotator/ui/claims/claims_controller.py" line="57" />
            <source>&amp;Delete Claim</source>
            <translation>&amp;Eliminar afirmación</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/claims/claims_controller.py" line="53" />
            <source>&amp;New Claim</source>
            <translation>&amp;Nueva afirmación</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/claims/claims_controller.py" line="58" />
            <source>Delete the selected claim</source>
            <translation>Eliminar la afirmación seleccionada</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/claims/claims_controller.py" line="54" />
            <source>Make a claim of the selected text</source>
            <translation>Crear una afirmación con el texto seleccionado</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/claims/claims_controller.py" line="62" />
            <source>Ne&amp;xt Claim</source>
            <translation>Afirmación si&amp;guiente</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/claims/claims_controller.py" line="65" />
            <source>Pre&amp;vious Claim</source>
            <translation>Afirmación an&amp;terior</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/claims/claims_controller.py" line="86" />
            <source>Select some text of the article first.</source>
            <translation>Primero selecciona un fragmento del artículo.</translation>
        </message>
    </context>
    <context>
        <name>claims.claims_model</name>
        <message>
            <location filename="../../annotator/ui/claims/claims_model.py" line="497" />
            <source>Anchor: {anchor_state}</source>
            <translation>Anclaje: {anchor_state}</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/claims/claims_model.py" line="49" />
            <source>Article</source>
            <translation>Artículo</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/claims/claims_model.py" line="48" />
            <source>Author</source>
            <translation>Autor</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/claims/claims_model.py" line="492" />
            <source>By {person} · {status}</source>
            <translation>Por {person} · {status}</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/claims/claims_model.py" line="488" />
            <source>Claim as checked: {text}</source>
            <translation>Afirmación verificada: {text}</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/claims/claims_model.py" line="48" />
            <source>Claimant</source>
            <translation>Declarante</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/claims/claims_model.py" line="490" />
            <source>Claimant: {claimant}</source>
            <translation>Declarante: {claimant}</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/claims/claims_model.py" line="48" />
            <source>Quote</source>
            <translation>Cita</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/claims/claims_model.py" line="48" />
            <source>Status</source>
            <translation>Estado</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/claims/claims_model.py" line="406" />
            <source>Unrated</source>
            <translation>Sin calificar</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/claims/claims_model.py" line="63" />
            <source>Unresolved comment threads</source>
            <translation>Hilos de comentarios sin resolver</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/claims/claims_model.py" line="63" />
            <source>Verdict</source>
            <translation>Veredicto</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/claims/claims_model.py" line="486" />
            <source>Verdict: {verdict}</source>
            <translation>Veredicto: {verdict}</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/claims/claims_model.py" line="485" />
            <source>unrated</source>
            <translation>sin calificar</translation>
        </message>
    </context>
    <context>
        <name>claims.claims_panel</name>
        <message>
            <location filename="../../annotator/ui/claims/claims_panel.py" line="117" />
            <source>Any author</source>
            <translation>Cualquier autor</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/claims/claims_panel.py" line="46" />
            <source>Any status</source>
            <translation>Cualquier estado</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/claims/claims_panel.py" line="118" />
            <source>Any tag</source>
            <translation>Cualquier etiqueta</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/claims/claims_panel.py" line="107" />
            <source>Any verdict</source>
            <translation>Cualquier veredicto</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/claims/claims_panel.py" line="102" />
            <source>Click a column to sort; the first column sorts by verdict</source>
            <translation>Haz clic en una columna para ordenar; la primera columna ordena por veredicto</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/claims/claims_panel.py" line="42" />
            <source>Filter claims…</source>
            <translation>Filtrar afirmaciones…</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/claims/claims_panel.py" line="108" />
            <source>Unrated</source>
            <translation>Sin calificar</translation>
        </message>
    </context>
    <context>
        <name>cli</name>
        <message>
            <location filename="../../annotator/cli.py" line="59" />
            <source>Annotator: highlight claims, attach sources and verdicts, export fact-check reports.</source>
            <translation>Annotator: resalte afirmaciones, adjunte fuentes y veredictos, exporte informes de verificación.</translation>
        </message>
        <message>
            <location filename="../../annotator/cli.py" line="83" />
            <source>Open the Annotator window.</source>
            <translation>Abrir la ventana de Annotator.</translation>
        </message>
        <message>
            <location filename="../../annotator/cli.py" line="114" />
            <source>Without a command: annotator [PROJECT] [--screenshot OUT.png] opens the window.</source>
            <translation>Sin orden: annotator [PROJECT] [--screenshot OUT.png] abre la ventana.</translation>
        </message>
        <message>
            <location filename="../../annotator/cli.py" line="87" />
            <source>project file to open (created if missing); default: the demo project</source>
            <translation>archivo de proyecto que abrir (se crea si no existe); por defecto: el proyecto de demostración</translation>
        </message>
        <message>
            <location filename="../../annotator/cli.py" line="90" />
            <source>render the main window to a PNG and exit</source>
            <translation>dibujar la ventana principal en un PNG y salir</translation>
        </message>
        <message>
            <location filename="../../annotator/cli.py" line="78" />
            <source>show program's version number and exit</source>
            <translation>mostrar el número de versión del programa y salir</translation>
        </message>
    </context>
    <context>
        <name>commands.adjudicate</name>
        <message>
            <location filename="../../annotator/commands/adjudicate.py" line="53" />
            <source>list only this article's passages</source>
            <translation>listar solo los pasajes de este artículo</translation>
        </message>
        <message>
            <location filename="../../annotator/commands/adjudicate.py" line="37" />
            <source>list passages whose ratings await a final verdict, or settle one (CLAIM_ID --verdict V)</source>
            <translation>listar los pasajes cuyas valoraciones esperan un veredicto final, o resolver uno (CLAIM_ID --verdict V)</translation>
        </message>
        <message>
            <location filename="../../annotator/commands/adjudicate.py" line="54" />
            <source>print JSON</source>
            <translation>imprimir JSON</translation>
        </message>
        <message>
            <location filename="../../annotator/commands/adjudicate.py" line="50" />
            <source>the final verdict (a label of the project's scale, or 'unrated')</source>
            <translation>el veredicto final (una etiqueta de la escala del proyecto, o 'unrated')</translation>
        </message>
        <message>
            <location filename="../../annotator/commands/adjudicate.py" line="45" />
            <source>the passage's claim to settle</source>
            <translation>la afirmación del pasaje que se resuelve</translation>
        </message>
        <message>
            <location filename="../../annotator/commands/adjudicate.py" line="52" />
            <source>why (kept with the adjudication)</source>
            <translation>por qué (se guarda con la resolución)</translation>
        </message>
    </context>
    <context>
        <name>commands.agreement</name>
        <message>
            <location filename="../../annotator/commands/agreement.py" line="19" />
            <source>inter-rater agreement on verdicts (percentage, weighted kappa, Krippendorff's alpha) and disagreements</source>
            <translation>acuerdo entre revisores sobre los veredictos (porcentaje, kappa ponderada, alfa de Krippendorff) y desacuerdos</translation>
        </message>
        <message>
            <location filename="../../annotator/commands/agreement.py" line="28" />
            <source>one article (default: all)</source>
            <translation>un artículo (por defecto: todos)</translation>
        </message>
        <message>
            <location filename="../../annotator/commands/agreement.py" line="30" />
            <source>print the report as JSON</source>
            <translation>imprimir el informe como JSON</translation>
        </message>
    </context>
    <context>
        <name>commands.argparse_words</name>
        <message>
            <location filename="../../annotator/commands/argparse_words.py" line="27" />
            <source>%(prog)s: error: %(message)s
</source>
            <translation>%(prog)s: error: %(message)s
</translation>
        </message>
        <message>
            <location filename="../../annotator/commands/argparse_words.py" line="36" />
            <source>ambiguous option: %(option)s could match %(matches)s</source>
            <translation>opción ambigua: %(option)s podría corresponder a %(matches)s</translation>
        </message>
        <message>
            <location filename="../../annotator/commands/argparse_words.py" line="28" />
            <source>argument %(argument_name)s: %(message)s</source>
            <translation>argumento %(argument_name)s: %(message)s</translation>
        </message>
        <message>
            <location filename="../../annotator/commands/argparse_words.py" line="42" />
            <source>can't open '%(filename)s': %(error)s</source>
            <translation>no se puede abrir '%(filename)s': %(error)s</translation>
        </message>
        <message numerus="yes">
            <location filename="../../annotator/commands/argparse_words.py" line="56" />
            <source>expected %n argument(s)</source>
            <translation>
                <numerusform>se esperaba %n argumento</numerusform>
                <numerusform>se esperaban %n argumentos</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../annotator/commands/argparse_words.py" line="35" />
            <source>expected at least one argument</source>
            <translation>se esperaba al menos un argumento</translation>
        </message>
        <message>
            <location filename="../../annotator/commands/argparse_words.py" line="34" />
            <source>expected at most one argument</source>
            <translation>se esperaba como mucho un argumento</translation>
        </message>
        <message>
            <location filename="../../annotator/commands/argparse_words.py" line="33" />
            <source>expected one argument</source>
            <translation>se esperaba un argumento</translation>
        </message>
        <message>
            <location filename="../../annotator/commands/argparse_words.py" line="39" />
            <source>ignored explicit argument %r</source>
            <translation>se ha ignorado el argumento explícito %r</translation>
        </message>
        <message>
            <location filename="../../annotator/commands/argparse_words.py" line="32" />
            <source>invalid %(type)s value: %(value)r</source>
            <translation>valor %(type)s no válido: %(value)r</translation>
        </message>
        <message>
            <location filename="../../annotator/commands/argparse_words.py" line="31" />
            <source>invalid choice: %(value)r (choose from %(choices)s)</source>
            <translation>elección no válida: %(value)r (elija entre %(choices)s)</translation>
        </message>
        <message>
            <location filename="../../annotator/commands/argparse_words.py" line="37" />
            <source>not allowed with argument %s</source>
            <translation>no se permite junto con el argumento %s</translation>
        </message>
        <message>
            <location filename="../../annotator/commands/argparse_words.py" line="38" />
            <source>one of the arguments %s is required</source>
            <translation>se requiere uno de los argumentos %s</translation>
        </message>
        <message>
            <location filename="../../annotator/commands/argparse_words.py" line="25" />
            <source>options</source>
            <translation>opciones</translation>
        </message>
        <message>
            <location filename="../../annotator/commands/argparse_words.py" line="24" />
            <source>positional arguments</source>
            <translation>argumentos posicionales</translation>
        </message>
        <message>
            <location filename="../../annotator/commands/argparse_words.py" line="26" />
            <source>show this help message and exit</source>
            <translation>mostrar este mensaje de ayuda y salir</translation>
        </message>
        <message>
            <location filename="../../annotator/commands/argparse_words.py" line="29" />
            <source>the following arguments are required: %s</source>
            <translation>se requieren los siguientes argumentos: %s</translation>
        </message>
        <message>
            <location filename="../../annotator/commands/argparse_words.py" line="40" />
            <source>unexpected option string: %s</source>
            <translation>opción inesperada: %s</translation>
        </message>
        <message>
            <location filename="../../annotator/commands/argparse_words.py" line="41" />
            <source>unknown parser %(parser_name)r (choices: %(choices)s)</source>
            <translation>orden desconocida %(parser_name)r (opciones: %(choices)s)</translation>
        </message>
        <message>
            <location filename="../../annotator/commands/argparse_words.py" line="30" />
            <source>unrecognized arguments: %s</source>
            <translation>argumentos no reconocidos: %s</translation>
        </message>
        <message>
            <location filename="../../annotator/commands/argparse_words.py" line="23" />
            <source>usage: </source>
            <translation>uso: </translation>
        </message>
    </context>
    <context>
        <name>commands.article_properties</name>
        <message>
            <location filename="../../annotator/commands/article_properties.py" line="46" />
            <source>print the article's properties as JSON</source>
            <translation>imprimir las propiedades del artículo como JSON</translation>
        </message>
        <message>
            <location filename="../../annotator/commands/article_properties.py" line="24" />
            <source>set an article's properties: article set PROJECT ARTICLE_ID --report-url URL</source>
            <translation>fijar las propiedades de un artículo: article set PROJECT ARTICLE_ID --report-url URL</translation>
        </message>
        <message>
            <location filename="../../annotator/commands/article_properties.py" line="42" />
            <source>the article's own address</source>
            <translation>la dirección del propio artículo</translation>
        </message>
        <message>
            <location filename="../../annotator/commands/article_properties.py" line="35" />
            <source>what to do</source>
            <translation>qué hacer</translation>
        </message>
        <message>
            <location filename="../../annotator/commands/article_properties.py" line="40" />
            <source>where our fact-check of it is published ('' clears)</source>
            <translation>dónde se publica nuestra verificación de él ('' la borra)</translation>
        </message>
    </context>
    <context>
        <name>commands.claim</name>
        <message>
            <location filename="../../annotator/commands/claim.py" line="28" />
            <source>add, change or delete a claim (claim add|set|delete; see docs/CLI.md)</source>
            <translation>añadir, cambiar o eliminar una afirmación (claim add|set|delete; véase docs/CLI.md)</translation>
        </message>
        <message>
            <location filename="../../annotator/commands/claim.py" line="54" />
            <source>anchor a new claim on ARTICLE_ID's text[START:END]</source>
            <translation>anclar una nueva afirmación en el texto[START:END] de ARTICLE_ID</translation>
        </message>
        <message>
            <location filename="../../annotator/commands/claim.py" line="60" />
            <source>change a claim's fields or its review status</source>
            <translation>cambiar los campos de una afirmación o su estado de revisión</translation>
        </message>
        <message>
            <location filename="../../annotator/commands/claim.py" line="58" />
            <source>code point after the quote</source>
            <translation>punto de código que sigue a la cita</translation>
        </message>
        <message>
            <location filename="../../annotator/commands/claim.py" line="39" />
            <source>comma-separated tags</source>
            <translation>etiquetas separadas por comas</translation>
        </message>
        <message>
            <location filename="../../annotator/commands/claim.py" line="68" />
            <source>delete a claim with its sources and comments</source>
            <translation>eliminar una afirmación con sus fuentes y comentarios</translation>
        </message>
        <message>
            <location filename="../../annotator/commands/claim.py" line="66" />
            <source>draft, ready_for_review, approved or changes_requested (review rules apply)</source>
            <translation>draft, ready_for_review, approved o changes_requested (se aplican las reglas de revisión)</translation>
        </message>
        <message>
            <location filename="../../annotator/commands/claim.py" line="57" />
            <source>first code point of the quote</source>
            <translation>primer punto de código de la cita</translation>
        </message>
        <message>
            <location filename="../../annotator/commands/claim.py" line="40" />
            <source>internal note (never exported)</source>
            <translation>nota interna (nunca se exporta)</translation>
        </message>
        <message>
            <location filename="../../annotator/commands/claim.py" line="34" />
            <source>the claim as checked (ClaimReview claimReviewed)</source>
            <translation>la afirmación tal como se verificó (ClaimReview claimReviewed)</translation>
        </message>
        <message>
            <location filename="../../annotator/commands/claim.py" line="46" />
            <source>verdict label (or id) on the project's scale; '' for none</source>
            <translation>etiqueta (o id) del veredicto en la escala del proyecto; '' para ninguno</translation>
        </message>
        <message>
            <location filename="../../annotator/commands/claim.py" line="37" />
            <source>when it was made (YYYY, YYYY-MM or YYYY-MM-DD)</source>
            <translation>cuándo se hizo (YYYY, YYYY-MM o YYYY-MM-DD)</translation>
        </message>
        <message>
            <location filename="../../annotator/commands/claim.py" line="36" />
            <source>who made the claim</source>
            <translation>quién hizo la afirmación</translation>
        </message>
        <message>
            <location filename="../../annotator/commands/claim.py" line="38" />
            <source>why the verdict (published)</source>
            <translation>por qué ese veredicto (se publica)</translation>
        </message>
    </context>
    <context>
        <name>commands.comment</name>
        <message>
            <location filename="../../annotator/commands/comment.py" line="25" />
            <source>add TEXT to CLAIM_ID's comments</source>
            <translation>añadir TEXT a los comentarios de CLAIM_ID</translation>
        </message>
        <message>
            <location filename="../../annotator/commands/comment.py" line="30" />
            <source>answer this comment of the claim</source>
            <translation>responder a este comentario de la afirmación</translation>
        </message>
        <message>
            <location filename="../../annotator/commands/comment.py" line="20" />
            <source>comment on a claim (comment add; see docs/CLI.md)</source>
            <translation>comentar una afirmación (comment add; véase docs/CLI.md)</translation>
        </message>
        <message>
            <location filename="../../annotator/commands/comment.py" line="33" />
            <source>print the new comment as JSON (docs/CLI.md)</source>
            <translation>imprimir el nuevo comentario como JSON (docs/CLI.md)</translation>
        </message>
    </context>
    <context>
        <name>commands.common</name>
        <message>
            <location filename="../../annotator/commands/common.py" line="22" />
            <source>the project file</source>
            <translation>el archivo del proyecto</translation>
        </message>
        <message>
            <location filename="../../annotator/commands/common.py" line="28" />
            <source>your name, recorded on what you change (default: $ANNOTATOR_AUTHOR or the name set in the window); mapped to a person as docs/CLI.md says</source>
            <translation>su nombre, que queda registrado en lo que cambie (por defecto: $ANNOTATOR_AUTHOR o el nombre fijado en la ventana); se asocia a una persona como indica docs/CLI.md</translation>
        </message>
    </context>
    <context>
        <name>commands.desktop_entry</name>
        <message>
            <location filename="../../annotator/commands/desktop_entry.py" line="23" />
            <source>add Annotator to the desktop's application menu (a .desktop entry and its icon)</source>
            <translation>añadir Annotator al menú de aplicaciones del escritorio (una entrada .desktop y su icono)</translation>
        </message>
        <message>
            <location filename="../../annotator/commands/desktop_entry.py" line="28" />
            <source>remove the entry and the icon</source>
            <translation>quitar la entrada y el icono</translation>
        </message>
    </context>
    <context>
        <name>commands.editorial</name>
        <message>
            <location filename="../../annotator/commands/editorial.py" line="60" />
            <source>print the claim as JSON (docs/CLI.md)</source>
            <translation>imprimir la afirmación como JSON (docs/CLI.md)</translation>
        </message>
    </context>
    <context>
        <name>commands.export</name>
        <message>
            <location filename="../../annotator/commands/export.py" line="74" />
            <source>CSV: no UTF-8 byte-order mark</source>
            <translation>CSV: sin marca de orden de bytes UTF-8</translation>
        </message>
        <message>
            <location filename="../../annotator/commands/export.py" line="72" />
            <source>CSV: one row per source instead of per claim</source>
            <translation>CSV: una fila por fuente en lugar de por afirmación</translation>
        </message>
        <message>
            <location filename="../../annotator/commands/export.py" line="60" />
            <source>ClaimReview: write even without a report URL or an organisation (drafts)</source>
            <translation>ClaimReview: escribir incluso sin URL del informe ni organización (borradores)</translation>
        </message>
        <message>
            <location filename="../../annotator/commands/export.py" line="46" />
            <source>also claims not (or no longer) approved; reports say so on their first page</source>
            <translation>también las afirmaciones no aprobadas (o que ya no lo están); los informes lo indican en su primera página</translation>
        </message>
        <message>
            <location filename="../../annotator/commands/export.py" line="117" />
            <source>checklist: {line}</source>
            <translation>lista de comprobación: {line}</translation>
        </message>
        <message>
            <location filename="../../annotator/commands/export.py" line="82" />
            <source>date printed on the report (default: today)</source>
            <translation>fecha impresa en el informe (por defecto: hoy)</translation>
        </message>
        <message>
            <location filename="../../annotator/commands/export.py" line="63" />
            <source>do not print the publication checklist</source>
            <translation>no imprimir la lista de comprobación de publicación</translation>
        </message>
        <message>
            <location filename="../../annotator/commands/export.py" line="23" />
            <source>export a report (html, pdf, markdown), data (csv, json, claimreview, w3c) or the evidence (warc); text formats go to stdout without -o</source>
            <translation>exportar un informe (html, pdf, markdown), datos (csv, json, claimreview, w3c) o las pruebas (warc); sin -o, los formatos de texto van a la salida estándar</translation>
        </message>
        <message>
            <location filename="../../annotator/commands/export.py" line="41" />
            <source>export only this article (default: all)</source>
            <translation>exportar solo este artículo (por defecto: todos)</translation>
        </message>
        <message>
            <location filename="../../annotator/commands/export.py" line="38" />
            <source>file to write (required for pdf; default: standard output)</source>
            <translation>archivo que escribir (obligatorio para pdf; por defecto: la salida estándar)</translation>
        </message>
        <message>
            <location filename="../../annotator/commands/export.py" line="55" />
            <source>leave out drafts (the default; kept for scripts)</source>
            <translation>dejar fuera los borradores (lo predeterminado; se mantiene para los scripts)</translation>
        </message>
        <message>
            <location filename="../../annotator/commands/export.py" line="51" />
            <source>only approved claims with a current approval (the default; kept for scripts)</source>
            <translation>solo afirmaciones aprobadas con una aprobación vigente (lo predeterminado; se mantiene para los scripts)</translation>
        </message>
        <message>
            <location filename="../../annotator/commands/export.py" line="78" />
            <source>reports: add how far the reviewers of each article agreed</source>
            <translation>informes: añadir en qué medida coincidieron los revisores de cada artículo</translation>
        </message>
        <message>
            <location filename="../../annotator/commands/export.py" line="86" />
            <source>reports: headings and labels</source>
            <translation>informes: títulos y etiquetas</translation>
        </message>
        <message>
            <location filename="../../annotator/commands/export.py" line="32" />
            <source>what to write</source>
            <translation>qué escribir</translation>
        </message>
        <message numerus="yes">
            <location filename="../../annotator/commands/export.py" line="112" />
            <source>wrote %n capture(s) to {path}</source>
            <translation>
                <numerusform>se escribió %n captura en {path}</numerusform>
                <numerusform>se escribieron %n capturas en {path}</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../annotator/commands/export.py" line="127" />
            <source>wrote %n claim(s) to {path}</source>
            <translation>
                <numerusform>se escribió %n afirmación en {path}</numerusform>
                <numerusform>se escribieron %n afirmaciones en {path}</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>commands.hub</name>
        <message numerus="yes">
            <location filename="../../annotator/commands/hub.py" line="105" />
            <source>%n conflict(s) kept both versions; resolve them in the Conflicts panel.</source>
            <translation>
                <numerusform>%n conflicto conservó las dos versiones; resuélvalo en el panel Conflictos.</numerusform>
                <numerusform>%n conflictos conservaron las dos versiones; resuélvalos en el panel Conflictos.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../annotator/commands/hub.py" line="108" />
            <source>%n item(s) changed on the hub meanwhile; sync again.</source>
            <translation>
                <numerusform>%n elemento cambió en el hub mientras tanto; vuelva a sincronizar.</numerusform>
                <numerusform>%n elementos cambiaron en el hub mientras tanto; vuelva a sincronizar.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../annotator/commands/hub.py" line="71" />
            <source>Hub schema at {url}: version {before} -&gt; {after}.</source>
            <translation>Esquema del hub en {url}: versión {before} -&gt; {after}.</translation>
        </message>
        <message>
            <location filename="../../annotator/commands/hub.py" line="116" />
            <source>Not connected to a hub.</source>
            <translation>No está conectado a ningún hub.</translation>
        </message>
        <message>
            <location filename="../../annotator/commands/hub.py" line="68" />
            <source>The hub at {url} is up to date (schema version {version}).</source>
            <translation>El hub en {url} está al día (versión del esquema {version}).</translation>
        </message>
        <message>
            <location filename="../../annotator/commands/hub.py" line="27" />
            <source>a libpq address, e.g. postgresql://USER@HOST/DB?sslmode=verify-full (no password: use ~/.pgpass, a service file or PGPASSWORD)</source>
            <translation>una dirección libpq, p. ej. postgresql://USER@HOST/DB?sslmode=verify-full (sin contraseña: use ~/.pgpass, un archivo de servicio o PGPASSWORD)</translation>
        </message>
        <message>
            <location filename="../../annotator/commands/hub.py" line="47" />
            <source>bring the hub's changes into PROJECT (merged like a colleague's file)</source>
            <translation>traer los cambios del hub a PROJECT (fusionados como el archivo de un colega)</translation>
        </message>
        <message>
            <location filename="../../annotator/commands/hub.py" line="22" />
            <source>create a team hub on PostgreSQL, tie a project to it, and push, pull or sync (needs annotator[hub])</source>
            <translation>crear un hub de equipo en PostgreSQL, vincularle un proyecto y enviar, traer o sincronizar (requiere annotator[hub])</translation>
        </message>
        <message>
            <location filename="../../annotator/commands/hub.py" line="35" />
            <source>create or upgrade the hub schema (refuses a newer hub)</source>
            <translation>crear o actualizar el esquema del hub (rechaza un hub más reciente)</translation>
        </message>
        <message>
            <location filename="../../annotator/commands/hub.py" line="58" />
            <source>print the status as JSON</source>
            <translation>imprimir el estado como JSON</translation>
        </message>
        <message>
            <location filename="../../annotator/commands/hub.py" line="53" />
            <source>print what happened as JSON</source>
            <translation>imprimir lo ocurrido como JSON</translation>
        </message>
        <message>
            <location filename="../../annotator/commands/hub.py" line="48" />
            <source>pull, then push</source>
            <translation>traer y después enviar</translation>
        </message>
        <message>
            <location filename="../../annotator/commands/hub.py" line="46" />
            <source>send my new work to the hub</source>
            <translation>enviar mi trabajo nuevo al hub</translation>
        </message>
        <message>
            <location filename="../../annotator/commands/hub.py" line="55" />
            <source>the hub PROJECT syncs with, last sync, whether it is behind</source>
            <translation>el hub con el que se sincroniza PROJECT, la última sincronización y si va con retraso</translation>
        </message>
        <message>
            <location filename="../../annotator/commands/hub.py" line="37" />
            <source>tie PROJECT to a hub (created if missing)</source>
            <translation>vincular PROJECT a un hub (se crea si no existe)</translation>
        </message>
        <message>
            <location filename="../../annotator/commands/hub.py" line="42" />
            <source>untie PROJECT from its hub; the file stays complete</source>
            <translation>desvincular PROJECT de su hub; el archivo sigue completo</translation>
        </message>
        <message>
            <location filename="../../annotator/commands/hub.py" line="84" />
            <source>{name} is no longer tied to a hub; it keeps everything it holds.</source>
            <translation>{name} ya no está vinculado a un hub; conserva todo lo que contiene.</translation>
        </message>
        <message>
            <location filename="../../annotator/commands/hub.py" line="79" />
            <source>{name} now syncs with {url} as {role}.</source>
            <translation>{name} se sincroniza ahora con {url} como {role}.</translation>
        </message>
    </context>
    <context>
        <name>commands.import_annotations</name>
        <message>
            <location filename="../../annotator/commands/import_annotations.py" line="16" />
            <source>add annotations from a W3C Web Annotation (JSON-LD) or Hypothesis JSON file as claims</source>
            <translation>añadir como afirmaciones las anotaciones de un archivo W3C Web Annotation (JSON-LD) o Hypothesis JSON</translation>
        </message>
        <message>
            <location filename="../../annotator/commands/import_annotations.py" line="21" />
            <source>the annotation file (.json / .jsonld)</source>
            <translation>el archivo de anotaciones (.json / .jsonld)</translation>
        </message>
    </context>
    <context>
        <name>commands.import_articles</name>
        <message>
            <location filename="../../annotator/commands/import_articles.py" line="25" />
            <source>add articles from files ({suffixes}) or from http(s) URLs (the page is kept as a capture); prints each article's id and title</source>
            <translation>añadir artículos desde archivos ({suffixes}) o desde URL http(s) (la página se guarda como captura); imprime el id y el título de cada artículo</translation>
        </message>
        <message>
            <location filename="../../annotator/commands/import_articles.py" line="35" />
            <source>article files or page URLs to import</source>
            <translation>archivos de artículos o URL de páginas que importar</translation>
        </message>
        <message>
            <location filename="../../annotator/commands/import_articles.py" line="45" />
            <source>let this fetch reach loopback and private network addresses (refused by default)</source>
            <translation>permitir que esta descarga llegue a direcciones de bucle local y de redes privadas (se rechaza por defecto)</translation>
        </message>
        <message>
            <location filename="../../annotator/commands/import_articles.py" line="52" />
            <source>seconds to wait for the server (default 20)</source>
            <translation>segundos de espera al servidor (por defecto 20)</translation>
        </message>
        <message>
            <location filename="../../annotator/commands/import_articles.py" line="100" />
            <source>{name}: already in the project as {title!r} ({article_id}); not added again</source>
            <translation>{name}: ya está en el proyecto como {title!r} ({article_id}); no se añade de nuevo</translation>
        </message>
    </context>
    <context>
        <name>commands.import_factchecks</name>
        <message>
            <location filename="../../annotator/commands/import_factchecks.py" line="23" />
            <source>ClaimReview JSON, JSON Lines or CSV (may be gzipped)</source>
            <translation>ClaimReview JSON, JSON Lines o CSV (puede estar comprimido con gzip)</translation>
        </message>
        <message>
            <location filename="../../annotator/commands/import_factchecks.py" line="15" />
            <source>add published fact-checks (ClaimReview JSON-LD, JSON Lines or CSV) to the reference archive</source>
            <translation>añadir verificaciones publicadas (ClaimReview JSON-LD, JSON Lines o CSV) al archivo de referencia</translation>
        </message>
    </context>
    <context>
        <name>commands.list_project</name>
        <message>
            <location filename="../../annotator/commands/list_project.py" line="14" />
            <source>list the articles and their claims (--json for the full structure)</source>
            <translation>listar los artículos y sus afirmaciones (--json para la estructura completa)</translation>
        </message>
        <message>
            <location filename="../../annotator/commands/list_project.py" line="20" />
            <source>print JSON (documented in docs/CLI.md)</source>
            <translation>imprimir JSON (descrito en docs/CLI.md)</translation>
        </message>
    </context>
    <context>
        <name>commands.match</name>
        <message>
            <location filename="../../annotator/commands/match.py" line="36" />
            <source>JSON output</source>
            <translation>salida JSON</translation>
        </message>
        <message>
            <location filename="../../annotator/commands/match.py" line="18" />
            <source>find fact-checks (imported, or the project's approved claims) that already checked a text</source>
            <translation>buscar verificaciones (importadas, o las afirmaciones aprobadas del proyecto) que ya comprobaron un texto</translation>
        </message>
        <message>
            <location filename="../../annotator/commands/match.py" line="34" />
            <source>how many matches (default 5)</source>
            <translation>cuántas coincidencias (por defecto 5)</translation>
        </message>
        <message>
            <location filename="../../annotator/commands/match.py" line="31" />
            <source>one {"id": ..., "text": ...} a line; one result line each</source>
            <translation>un {"id": ..., "text": ...} por línea; una línea de resultado por cada uno</translation>
        </message>
        <message>
            <location filename="../../annotator/commands/match.py" line="26" />
            <source>the claim or sentence to look up</source>
            <translation>la afirmación o frase que buscar</translation>
        </message>
    </context>
    <context>
        <name>commands.merge</name>
        <message numerus="yes">
            <location filename="../../annotator/commands/merge.py" line="62" />
            <source>%n approved claim(s) arrived without an approval that holds here (their reviewer wrote them, or what they say changed); they are ready for review again:</source>
            <translation>
                <numerusform>%n afirmación aprobada llegó sin una aprobación válida aquí (la escribió su revisor, o cambió lo que dice); vuelve a estar lista para revisión:</numerusform>
                <numerusform>%n afirmaciones aprobadas llegaron sin una aprobación válida aquí (las escribió su revisor, o cambió lo que dicen); vuelven a estar listas para revisión:</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../annotator/commands/merge.py" line="58" />
            <source>%n conflict(s) kept both versions; resolve them in the Conflicts panel.</source>
            <translation>
                <numerusform>%n conflicto conservó las dos versiones; resuélvalo en el panel Conflictos.</numerusform>
                <numerusform>%n conflictos conservaron las dos versiones; resuélvalos en el panel Conflictos.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../annotator/commands/merge.py" line="68" />
            <source>Nothing to merge: the project already holds everything in the other file.</source>
            <translation>Nada que fusionar: el proyecto ya contiene todo lo que hay en el otro archivo.</translation>
        </message>
        <message>
            <location filename="../../annotator/commands/merge.py" line="29" />
            <source>adjudications</source>
            <translation>resoluciones</translation>
        </message>
        <message>
            <location filename="../../annotator/commands/merge.py" line="27" />
            <source>articles</source>
            <translation>artículos</translation>
        </message>
        <message>
            <location filename="../../annotator/commands/merge.py" line="28" />
            <source>blind ratings</source>
            <translation>evaluaciones a ciegas</translation>
        </message>
        <message>
            <location filename="../../annotator/commands/merge.py" line="27" />
            <source>claims</source>
            <translation>afirmaciones</translation>
        </message>
        <message>
            <location filename="../../annotator/commands/merge.py" line="28" />
            <source>comments</source>
            <translation>comentarios</translation>
        </message>
        <message>
            <location filename="../../annotator/commands/merge.py" line="30" />
            <source>fact-checks</source>
            <translation>verificaciones</translation>
        </message>
        <message>
            <location filename="../../annotator/commands/merge.py" line="21" />
            <source>merge a colleague's project file into PROJECT; prints what was added, updated, unchanged and in conflict</source>
            <translation>fusionar en PROJECT el archivo de proyecto de un colega; imprime lo añadido, lo actualizado, lo que no cambió y lo que está en conflicto</translation>
        </message>
        <message>
            <location filename="../../annotator/commands/merge.py" line="40" />
            <source>print the merge report as JSON</source>
            <translation>imprimir el informe de la fusión como JSON</translation>
        </message>
        <message>
            <location filename="../../annotator/commands/merge.py" line="27" />
            <source>sources</source>
            <translation>fuentes</translation>
        </message>
        <message>
            <location filename="../../annotator/commands/merge.py" line="37" />
            <source>the colleague's project file (only read)</source>
            <translation>el archivo de proyecto del colega (solo se lee)</translation>
        </message>
        <message>
            <location filename="../../annotator/commands/merge.py" line="29" />
            <source>verdicts</source>
            <translation>veredictos</translation>
        </message>
    </context>
    <context>
        <name>commands.rate</name>
        <message>
            <location filename="../../annotator/commands/rate.py" line="33" />
            <source>print the passage's ratings as JSON</source>
            <translation>imprimir las valoraciones del pasaje como JSON</translation>
        </message>
        <message>
            <location filename="../../annotator/commands/rate.py" line="19" />
            <source>rate a colleague's claim (second review): stored as your rating, never as a claim</source>
            <translation>valorar la afirmación de un colega (segunda revisión): se guarda como su valoración, nunca como una afirmación</translation>
        </message>
        <message>
            <location filename="../../annotator/commands/rate.py" line="31" />
            <source>why (kept with your rating)</source>
            <translation>por qué (se guarda con su valoración)</translation>
        </message>
        <message>
            <location filename="../../annotator/commands/rate.py" line="29" />
            <source>your verdict (a label of the scale, or 'unrated')</source>
            <translation>su veredicto (una etiqueta de la escala, o 'unrated')</translation>
        </message>
    </context>
    <context>
        <name>commands.review_claim</name>
        <message>
            <location filename="../../annotator/commands/review_claim.py" line="40" />
            <source>a note kept with the decision</source>
            <translation>una nota que se guarda con la decisión</translation>
        </message>
        <message>
            <location filename="../../annotator/commands/review_claim.py" line="33" />
            <source>approve CLAIM_ID</source>
            <translation>aprobar CLAIM_ID</translation>
        </message>
        <message>
            <location filename="../../annotator/commands/review_claim.py" line="34" />
            <source>request changes CLAIM_ID</source>
            <translation>pedir cambios en CLAIM_ID</translation>
        </message>
        <message>
            <location filename="../../annotator/commands/review_claim.py" line="32" />
            <source>submit CLAIM_ID</source>
            <translation>enviar CLAIM_ID a revisión</translation>
        </message>
        <message>
            <location filename="../../annotator/commands/review_claim.py" line="20" />
            <source>submit, approve or request changes on a claim (see docs/CLI.md)</source>
            <translation>enviar a revisión, aprobar o pedir cambios en una afirmación (véase docs/CLI.md)</translation>
        </message>
    </context>
    <context>
        <name>commands.search_project</name>
        <message>
            <location filename="../../annotator/commands/search_project.py" line="14" />
            <source>search the text of every article and claim; prints article id, offset, title and context</source>
            <translation>buscar en el texto de todos los artículos y afirmaciones; imprime el id del artículo, la posición, el título y el contexto</translation>
        </message>
        <message>
            <location filename="../../annotator/commands/search_project.py" line="22" />
            <source>words to find (all must occur)</source>
            <translation>palabras que buscar (deben aparecer todas)</translation>
        </message>
    </context>
    <context>
        <name>commands.show_article</name>
        <message>
            <location filename="../../annotator/commands/show_article.py" line="14" />
            <source>print an article's canonical text (the text claim offsets count in)</source>
            <translation>imprimir el texto canónico de un artículo (el texto en el que cuentan las posiciones de las afirmaciones)</translation>
        </message>
    </context>
    <context>
        <name>commands.sources</name>
        <message>
            <location filename="../../annotator/commands/sources.py" line="90" />
            <source>a confidential source: never exported, reports say 'a source who asked not to be named'</source>
            <translation>una fuente confidencial: nunca se exporta; los informes dicen 'una fuente que pidió no ser nombrada'</translation>
        </message>
        <message>
            <location filename="../../annotator/commands/sources.py" line="70" />
            <source>a newsroom's own kind</source>
            <translation>un tipo propio de la redacción</translation>
        </message>
        <message>
            <location filename="../../annotator/commands/sources.py" line="42" />
            <source>add a source to CLAIM_ID; prints its id</source>
            <translation>añadir una fuente a CLAIM_ID; imprime su id</translation>
        </message>
        <message>
            <location filename="../../annotator/commands/sources.py" line="28" />
            <source>add, edit, list, capture or attach a file to a claim's sources; list or add source kinds</source>
            <translation>añadir, editar, listar, capturar o adjuntar un archivo a las fuentes de una afirmación; listar o añadir tipos de fuente</translation>
        </message>
        <message>
            <location filename="../../annotator/commands/sources.py" line="62" />
            <source>attach FILE (saved page, PDF, screenshot) as SOURCE_ID's capture</source>
            <translation>adjuntar FILE (página guardada, PDF, captura de pantalla) como captura de SOURCE_ID</translation>
        </message>
        <message>
            <location filename="../../annotator/commands/sources.py" line="48" />
            <source>change fields of SOURCE_ID</source>
            <translation>cambiar campos de SOURCE_ID</translation>
        </message>
        <message>
            <location filename="../../annotator/commands/sources.py" line="57" />
            <source>fetch SOURCE_ID's URL now and keep the capture; prints its SHA-256</source>
            <translation>descargar ahora la URL de SOURCE_ID y guardar la captura; imprime su SHA-256</translation>
        </message>
        <message>
            <location filename="../../annotator/commands/sources.py" line="67" />
            <source>list the project's source kinds, or add one with --add ID LABEL</source>
            <translation>listar los tipos de fuente del proyecto, o añadir uno con --add ID LABEL</translation>
        </message>
        <message>
            <location filename="../../annotator/commands/sources.py" line="46" />
            <source>print the new source as JSON (docs/CLI.md)</source>
            <translation>imprimir la nueva fuente como JSON (docs/CLI.md)</translation>
        </message>
        <message>
            <location filename="../../annotator/commands/sources.py" line="51" />
            <source>the source may be named again</source>
            <translation>la fuente puede volver a nombrarse</translation>
        </message>
        <message>
            <location filename="../../annotator/commands/sources.py" line="53" />
            <source>the sources of CLAIM_ID as JSON (with their captures)</source>
            <translation>las fuentes de CLAIM_ID como JSON (con sus capturas)</translation>
        </message>
        <message>
            <location filename="../../annotator/commands/sources.py" line="73" />
            <source>with --add: sources of this kind need a URL</source>
            <translation>con --add: las fuentes de este tipo necesitan una URL</translation>
        </message>
    </context>
    <context>
        <name>commands.suggest</name>
        <message>
            <location filename="../../annotator/commands/suggest.py" line="34" />
            <source>a JSON list of {"start", "end", "score", "reasons"}</source>
            <translation>una lista JSON de {"start", "end", "score", "reasons"}</translation>
        </message>
        <message>
            <location filename="../../annotator/commands/suggest.py" line="40" />
            <source>dismiss the suggestion at START:END</source>
            <translation>descartar la sugerencia en START:END</translation>
        </message>
        <message>
            <location filename="../../annotator/commands/suggest.py" line="45" />
            <source>forget the retrained model; use the shipped one</source>
            <translation>olvidar el modelo reentrenado; usar el que viene incluido</translation>
        </message>
        <message>
            <location filename="../../annotator/commands/suggest.py" line="27" />
            <source>retrain on the project's accepted and dismissed suggestions</source>
            <translation>volver a entrenar con las sugerencias aceptadas y descartadas del proyecto</translation>
        </message>
        <message>
            <location filename="../../annotator/commands/suggest.py" line="18" />
            <source>suggest the sentences of an article most worth checking (score and reasons); --train retrains</source>
            <translation>sugerir las frases de un artículo que más merece la pena verificar (puntuación y motivos); --train vuelve a entrenar</translation>
        </message>
        <message>
            <location filename="../../annotator/commands/suggest.py" line="29" />
            <source>the project file</source>
            <translation>el archivo del proyecto</translation>
        </message>
        <message>
            <location filename="../../annotator/commands/suggest.py" line="37" />
            <source>turn the suggestion at START:END into a claim</source>
            <translation>convertir en afirmación la sugerencia en START:END</translation>
        </message>
    </context>
    <context>
        <name>commands.update_article</name>
        <message>
            <location filename="../../annotator/commands/update_article.py" line="43" />
            <source>fetch the article's URL; a new version only if its text changed</source>
            <translation>descargar la URL del artículo; solo hay nueva versión si su texto cambió</translation>
        </message>
        <message>
            <location filename="../../annotator/commands/update_article.py" line="26" />
            <source>store a new version of an article from FILE, or fetch its URL again with --from-url, and re-anchor its claims; prints how many are exact, moved, changed, orphaned</source>
            <translation>guardar una nueva versión de un artículo desde FILE, o descargar de nuevo su URL con --from-url, y volver a anclar sus afirmaciones; imprime cuántas están exactas, desplazadas, cambiadas o huérfanas</translation>
        </message>
        <message>
            <location filename="../../annotator/commands/update_article.py" line="35" />
            <source>the article (with --from-url: or `all`)</source>
            <translation>el artículo (con --from-url: o `all`)</translation>
        </message>
        <message>
            <location filename="../../annotator/commands/update_article.py" line="38" />
            <source>the new version (any importable format)</source>
            <translation>la nueva versión (cualquier formato importable)</translation>
        </message>
    </context>
    <context>
        <name>commands.verdicts</name>
        <message>
            <location filename="../../annotator/commands/verdicts.py" line="29" />
            <source>#rrggbb (default grey)</source>
            <translation>#rrggbb (por defecto gris)</translation>
        </message>
        <message>
            <location filename="../../annotator/commands/verdicts.py" line="67" />
            <source>a verdict's label or id</source>
            <translation>la etiqueta o el id de un veredicto</translation>
        </message>
        <message>
            <location filename="../../annotator/commands/verdicts.py" line="45" />
            <source>a whole number &gt;= 1, or none</source>
            <translation>un número entero &gt;= 1, o none</translation>
        </message>
        <message>
            <location filename="../../annotator/commands/verdicts.py" line="28" />
            <source>add a verdict at the end of the scale</source>
            <translation>añadir un veredicto al final de la escala</translation>
        </message>
        <message>
            <location filename="../../annotator/commands/verdicts.py" line="16" />
            <source>list or change the project's verdict scale (add, rename, remove or retire, recolour, value, move, template)</source>
            <translation>listar o cambiar la escala de veredictos del proyecto (añadir, renombrar, quitar o retirar, cambiar el color, el valor, mover, plantilla)</translation>
        </message>
        <message>
            <location filename="../../annotator/commands/verdicts.py" line="48" />
            <source>move a verdict to POSITION (0 = first)</source>
            <translation>mover un veredicto a POSITION (0 = el primero)</translation>
        </message>
        <message>
            <location filename="../../annotator/commands/verdicts.py" line="31" />
            <source>numeric value for ClaimReview and agreement (default none)</source>
            <translation>valor numérico para ClaimReview y el acuerdo (por defecto ninguno)</translation>
        </message>
        <message>
            <location filename="../../annotator/commands/verdicts.py" line="47" />
            <source>offer a retired verdict again</source>
            <translation>volver a ofrecer un veredicto retirado</translation>
        </message>
        <message>
            <location filename="../../annotator/commands/verdicts.py" line="25" />
            <source>position, label, value, colour, claims using it, retired</source>
            <translation>posición, etiqueta, valor, color, afirmaciones que lo usan, retirado</translation>
        </message>
        <message>
            <location filename="../../annotator/commands/verdicts.py" line="42" />
            <source>recolour, set the value, retire or restore a verdict</source>
            <translation>cambiar el color, fijar el valor, retirar o restaurar un veredicto</translation>
        </message>
        <message>
            <location filename="../../annotator/commands/verdicts.py" line="38" />
            <source>remove an unused verdict; one that claims use is retired instead</source>
            <translation>quitar un veredicto sin uso; uno que usan afirmaciones se retira en su lugar</translation>
        </message>
        <message>
            <location filename="../../annotator/commands/verdicts.py" line="33" />
            <source>rename a verdict (claims keep it)</source>
            <translation>renombrar un veredicto (las afirmaciones lo conservan)</translation>
        </message>
        <message>
            <location filename="../../annotator/commands/verdicts.py" line="52" />
            <source>start from a template scale ({names})</source>
            <translation>partir de una escala de plantilla ({names})</translation>
        </message>
    </context>
    <context>
        <name>common.dialogs</name>
        <message>
            <location filename="../../annotator/ui/common/dialogs.py" line="34" />
            <source>
You are person {short_id}: renaming changes how you are shown, never who you are.</source>
            <translation>
Eres la persona {short_id}: cambiar el nombre cambia cómo se te muestra, nunca quién eres.</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/common/dialogs.py" line="188" />
            <source>&amp;About Annotator</source>
            <translation>&amp;Acerca de Annotator</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/common/dialogs.py" line="144" />
            <source>&amp;Authors:</source>
            <translation>&amp;Autores:</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/common/dialogs.py" line="146" />
            <source>&amp;Date:</source>
            <translation>&amp;Fecha:</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/common/dialogs.py" line="149" />
            <source>&amp;Language:</source>
            <translation>&amp;Idioma:</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/common/dialogs.py" line="145" />
            <source>&amp;Publisher:</source>
            <translation>&amp;Medio:</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/common/dialogs.py" line="150" />
            <source>&amp;Standfirst:</source>
            <translation>&amp;Entradilla:</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/common/dialogs.py" line="143" />
            <source>&amp;Title:</source>
            <translation>&amp;Título:</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/common/dialogs.py" line="147" />
            <source>&amp;URL:</source>
            <translation>&amp;URL:</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/common/dialogs.py" line="198" />
            <source>About Annotator</source>
            <translation>Acerca de Annotator</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/common/dialogs.py" line="123" />
            <source>Article Properties</source>
            <translation>Propiedades del artículo</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/common/dialogs.py" line="152" />
            <source>Imported from {value} ({source_format}); version {version}; {count} characters.</source>
            <translation>Importado de {value} ({source_format}); versión {version}; {count} caracteres.</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/common/dialogs.py" line="148" />
            <source>Published &amp;report:</source>
            <translation>&amp;Informe publicado:</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/common/dialogs.py" line="130" />
            <source>YYYY-MM-DD</source>
            <translation>AAAA-MM-DD</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/common/dialogs.py" line="42" />
            <source>Your Name</source>
            <translation>Tu nombre</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/common/dialogs.py" line="43" />
            <source>Your name is shown as the author of the claims, sources and changes you make.{identity}
Name:</source>
            <translation>Tu nombre aparece como autor de las afirmaciones, fuentes y cambios que hagas.{identity}
Nombre:</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/common/dialogs.py" line="139" />
            <source>en, uk, ru…</source>
            <translation>es, uk, ar…</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/common/dialogs.py" line="136" />
            <source>https://… where our fact-check of this article is published</source>
            <translation>https://… donde se publica nuestra verificación de este artículo</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/common/dialogs.py" line="155" />
            <source>unknown</source>
            <translation>desconocido</translation>
        </message>
    </context>
    <context>
        <name>common.empty_states</name>
        <message>
            <location filename="../../annotator/ui/common/empty_states.py" line="21" />
            <source>No article updates to review. When an article changes (Article → Check for a New Version, or Update from New Version…), the claims whose passage moved or changed are listed here to check, one by one.</source>
            <translation>No hay actualizaciones de artículos que revisar. Cuando un artículo cambia (Artículo → Buscar una nueva versión, o Actualizar desde una nueva versión…), las afirmaciones cuyo pasaje se desplazó o cambió aparecen aquí para revisarlas una a una.</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/common/empty_states.py" line="26" />
            <source>No conflicts. When File → Merge Colleague's Project… finds an item that you and a colleague both changed, it is listed here with your version and theirs side by side.</source>
            <translation>No hay conflictos. Cuando Archivo → Fusionar el proyecto de un colega… encuentra un elemento que tú y un colega cambiasteis, aparece aquí con tu versión y la suya lado a lado.</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/common/empty_states.py" line="42" />
            <source>Nothing found for “{query}”. Try fewer or other words, or check the spelling.</source>
            <translation>No se encontró nada para «{query}». Prueba con menos palabras u otras, o revisa la ortografía.</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/common/empty_states.py" line="14" />
            <source>This project has no articles yet.

Import saved web pages, PDFs, Word, Markdown or text files with File → Import Articles… (Ctrl+I) or by dropping them on the window; fetch a page with File → Open URL… (Ctrl+Shift+O); or copy an article in your browser and choose Edit → Paste as New Article (Ctrl+Shift+V).</source>
            <translation>Este proyecto todavía no tiene artículos.

Importa páginas web guardadas, PDF, documentos de Word, Markdown o texto con Archivo → Importar artículos… (Ctrl+I) o arrastrándolos a la ventana; descarga una página con Archivo → Abrir URL… (Ctrl+Mayús+O); o copia un artículo en el navegador y elige Editar → Pegar como nuevo artículo (Ctrl+Mayús+V).</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/common/empty_states.py" line="30" />
            <source>Type words to search every article, claim, source and comment of the project ("quotes" for a phrase).</source>
            <translation>Escribe palabras para buscar en todos los artículos, afirmaciones, fuentes y comentarios del proyecto ("entre comillas" para una frase).</translation>
        </message>
    </context>
    <context>
        <name>common.people</name>
        <message>
            <location filename="../../annotator/ui/common/people.py" line="20" />
            <source>Approval: current (what it says now is what was approved)</source>
            <translation>Aprobación: vigente (lo que dice ahora es lo que se aprobó)</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/common/people.py" line="21" />
            <source>Approval: none now (it changed after it was approved; see History)</source>
            <translation>Aprobación: ninguna ahora (cambió después de aprobarse; véase el historial)</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/common/people.py" line="26" />
            <source>{label} (approval voided)</source>
            <translation>{label} (aprobación anulada)</translation>
        </message>
    </context>
    <context>
        <name>common.review_text</name>
        <message>
            <location filename="../../annotator/ui/common/review_text.py" line="15" />
            <source>Approved</source>
            <translation>Aprobada</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/common/review_text.py" line="16" />
            <source>Changes requested</source>
            <translation>Cambios solicitados</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/common/review_text.py" line="21" />
            <source>Context</source>
            <translation>Contexto</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/common/review_text.py" line="13" />
            <source>Draft</source>
            <translation>Borrador</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/common/review_text.py" line="14" />
            <source>Ready for review</source>
            <translation>Lista para revisión</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/common/review_text.py" line="20" />
            <source>Refutes the claim</source>
            <translation>Refuta la afirmación</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/common/review_text.py" line="19" />
            <source>Supports the claim</source>
            <translation>Respalda la afirmación</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/common/review_text.py" line="39" />
            <source>someone</source>
            <translation>alguien</translation>
        </message>
    </context>
    <context>
        <name>common.theme</name>
        <message>
            <location filename="../../annotator/ui/common/theme.py" line="20" />
            <source>Dark</source>
            <translation>Oscuro</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/common/theme.py" line="20" />
            <source>Follow the system</source>
            <translation>Seguir el sistema</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/common/theme.py" line="20" />
            <source>Light</source>
            <translation>Claro</translation>
        </message>
    </context>
    <context>
        <name>common.times</name>
        <message>
            <location filename="../../annotator/ui/common/times.py" line="21" />
            <source>This computer's time zone</source>
            <translation>La zona horaria de este equipo</translation>
        </message>
    </context>
    <context>
        <name>common.undo_commands</name>
        <message>
            <location filename="../../annotator/ui/common/undo_commands.py" line="200" />
            <source>Add source</source>
            <translation>Añadir fuente</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/common/undo_commands.py" line="314" />
            <source>Change project settings</source>
            <translation>Cambiar la configuración del proyecto</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/common/undo_commands.py" line="165" />
            <source>Change {field}</source>
            <translation>Cambiar {field}</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/common/undo_commands.py" line="95" />
            <source>Could not redo “{text}”: {error}</source>
            <translation>No se pudo rehacer «{text}»: {error}</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/common/undo_commands.py" line="94" />
            <source>Could not undo “{text}”: {error}</source>
            <translation>No se pudo deshacer «{text}»: {error}</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/common/undo_commands.py" line="143" />
            <source>Delete claim</source>
            <translation>Eliminar la afirmación</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/common/undo_commands.py" line="258" />
            <source>Edit article properties</source>
            <translation>Editar las propiedades del artículo</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/common/undo_commands.py" line="218" />
            <source>Edit source</source>
            <translation>Editar la fuente</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/common/undo_commands.py" line="338" />
            <source>Import annotations from {name}</source>
            <translation>Importar anotaciones de {name}</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/common/undo_commands.py" line="274" />
            <source>Import “{short}”</source>
            <translation>Importar «{short}»</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/common/undo_commands.py" line="389" />
            <source>Merge {name}</source>
            <translation>Fusionar {name}</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/common/undo_commands.py" line="124" />
            <source>New claim</source>
            <translation>Nueva afirmación</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/common/undo_commands.py" line="290" />
            <source>Remove article “{short}”</source>
            <translation>Quitar el artículo «{short}»</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/common/undo_commands.py" line="242" />
            <source>Remove source</source>
            <translation>Quitar la fuente</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/common/undo_commands.py" line="368" />
            <source>Update “{short}” to version {version}</source>
            <translation>Actualizar «{short}» a la versión {version}</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/common/undo_commands.py" line="54" />
            <source>claim as checked</source>
            <translation>afirmación verificada</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/common/undo_commands.py" line="56" />
            <source>claim date</source>
            <translation>fecha de la afirmación</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/common/undo_commands.py" line="55" />
            <source>claimant</source>
            <translation>declarante</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/common/undo_commands.py" line="58" />
            <source>explanation</source>
            <translation>explicación</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/common/undo_commands.py" line="61" />
            <source>internal note</source>
            <translation>nota interna</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/common/undo_commands.py" line="60" />
            <source>review status</source>
            <translation>estado de revisión</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/common/undo_commands.py" line="59" />
            <source>tags</source>
            <translation>etiquetas</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/common/undo_commands.py" line="57" />
            <source>verdict</source>
            <translation>veredicto</translation>
        </message>
    </context>
    <context>
        <name>common.verdict_badge</name>
        <message>
            <location filename="../../annotator/ui/common/verdict_badge.py" line="34" />
            <source>Unrated</source>
            <translation>Sin calificar</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/common/verdict_badge.py" line="184" />
            <source>Verdict colours: </source>
            <translation>Colores de los veredictos: </translation>
        </message>
        <message>
            <location filename="../../annotator/ui/common/verdict_badge.py" line="185" />
            <source>Verdict legend</source>
            <translation>Leyenda de veredictos</translation>
        </message>
    </context>
    <context>
        <name>common.window_fit</name>
        <message>
            <location filename="../../annotator/ui/common/window_fit.py" line="214" />
            <source>Nothing to redo</source>
            <translation>Nada que rehacer</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/common/window_fit.py" line="214" />
            <source>Nothing to undo</source>
            <translation>Nada que deshacer</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/common/window_fit.py" line="24" />
            <source>Redo</source>
            <translation>Rehacer</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/common/window_fit.py" line="24" />
            <source>Undo</source>
            <translation>Deshacer</translation>
        </message>
    </context>
    <context>
        <name>errors</name>
        <message>
            <location filename="../../annotator/importers/__init__.py" line="76" />
            <source> It is a Pages document: export it as .docx or PDF.</source>
            <translation> Es un documento de Pages: expórtelo como .docx o PDF.</translation>
        </message>
        <message>
            <location filename="../../annotator/importers/__init__.py" line="74" />
            <source> It is an OpenDocument text: save it as .docx.</source>
            <translation> Es un texto OpenDocument: guárdelo como .docx.</translation>
        </message>
        <message>
            <location filename="../../annotator/importers/__init__.py" line="75" />
            <source> It is an RTF document: save it as .docx.</source>
            <translation> Es un documento RTF: guárdelo como .docx.</translation>
        </message>
        <message>
            <location filename="../../annotator/importers/__init__.py" line="73" />
            <source> It is an old Word document: save it as .docx.</source>
            <translation> Es un documento antiguo de Word: guárdelo como .docx.</translation>
        </message>
        <message>
            <location filename="../../annotator/importers/__init__.py" line="116" />
            <source>(no extension)</source>
            <translation>(sin extensión)</translation>
        </message>
        <message>
            <location filename="../../annotator/commands/export.py" line="94" />
            <source>--include-drafts contradicts --approved-only/--no-drafts: choose one</source>
            <translation>--include-drafts contradice --approved-only/--no-drafts: elija una opción</translation>
        </message>
        <message>
            <location filename="../../annotator/commands/match.py" line="43" />
            <source>--top must be at least 1</source>
            <translation>--top debe ser al menos 1</translation>
        </message>
        <message>
            <location filename="../../annotator/services/review.py" line="92" />
            <source>A claim that is {status} cannot become {new_status}.</source>
            <translation>Una afirmación en estado {status} no puede pasar a {new_status}.</translation>
        </message>
        <message>
            <location filename="../../annotator/services/verdict_scale.py" line="108" />
            <source>A colour is written #rrggbb, not {colour!r}.</source>
            <translation>Un color se escribe #rrggbb, no {colour!r}.</translation>
        </message>
        <message>
            <location filename="../../annotator/services/review.py" line="188" />
            <source>A comment needs some text.</source>
            <translation>Un comentario necesita algo de texto.</translation>
        </message>
        <message>
            <location filename="../../annotator/services/source_kinds.py" line="61" />
            <source>A source kind needs a label.</source>
            <translation>Un tipo de fuente necesita una etiqueta.</translation>
        </message>
        <message>
            <location filename="../../annotator/services/source_kinds.py" line="55" />
            <source>A source kind's id is lower-case letters, digits and _, not {kind_id!r}.</source>
            <translation>El id de un tipo de fuente se compone de minúsculas, dígitos y _, no {kind_id!r}.</translation>
        </message>
        <message>
            <location filename="../../annotator/domain/source.py" line="82" />
            <source>A source needs a URL.</source>
            <translation>Una fuente necesita una URL.</translation>
        </message>
        <message>
            <location filename="../../annotator/services/validation.py" line="77" />
            <source>A source's kind is one of {choices}.</source>
            <translation>El tipo de una fuente es uno de {choices}.</translation>
        </message>
        <message>
            <location filename="../../annotator/services/validation.py" line="81" />
            <source>A source's stance is one of {choices}.</source>
            <translation>La postura de una fuente es una de {choices}.</translation>
        </message>
        <message>
            <location filename="../../annotator/services/verdict_scale.py" line="102" />
            <source>A verdict needs a label.</source>
            <translation>Un veredicto necesita una etiqueta.</translation>
        </message>
        <message>
            <location filename="../../annotator/services/verdict_scale.py" line="85" />
            <source>A verdict that claims use cannot be removed; retire it instead.</source>
            <translation>Un veredicto que usan afirmaciones no se puede eliminar; retírelo en su lugar.</translation>
        </message>
        <message>
            <location filename="../../annotator/services/verdict_scale.py" line="112" />
            <source>A verdict's numeric value is a whole number of at least 1 (or none).</source>
            <translation>El valor numérico de un veredicto es un número entero de al menos 1 (o ninguno).</translation>
        </message>
        <message>
            <location filename="../../annotator/services/verdict_scale.py" line="131" />
            <source>A verdict's numeric value is a whole number, not {text!r}.</source>
            <translation>El valor numérico de un veredicto es un número entero, no {text!r}.</translation>
        </message>
        <message>
            <location filename="../../annotator/services/merge.py" line="161" />
            <source>A {kind} conflict is resolved with a {kind}.</source>
            <translation>Un conflicto de {kind} se resuelve con un {kind}.</translation>
        </message>
        <message>
            <location filename="../../annotator/storage/store.py" line="400" />
            <source>A {what} this change needs no longer exists (it may have been removed in another window or by a merge); nothing was changed.</source>
            <translation>Ya no existe un elemento ({what}) que este cambio necesita (puede haberse eliminado en otra ventana o en una fusión); no se cambió nada.</translation>
        </message>
        <message>
            <location filename="../../annotator/services/versions.py" line="176" />
            <source>An orphaned claim has no place in the text to accept; select a new passage for it.</source>
            <translation>Una afirmación huérfana no tiene lugar en el texto que aceptar; seleccione un nuevo pasaje para ella.</translation>
        </message>
        <message>
            <location filename="../../annotator/storage/merge.py" line="177" />
            <source>Both projects changed the text of the same article differently ({articles}); update the text in one of them to the other's first. Nothing was merged.</source>
            <translation>Ambos proyectos cambiaron de forma distinta el texto del mismo artículo ({articles}); actualice primero el texto en uno de ellos al del otro. No se fusionó nada.</translation>
        </message>
        <message>
            <location filename="../../annotator/storage/merge.py" line="199" />
            <source>Both projects changed the text of the same article differently ({length} article(s)); re-import the text in one of them first. Nothing was merged.</source>
            <translation>Ambos proyectos cambiaron de forma distinta el texto del mismo artículo ({length} artículo(s)); vuelva a importar primero el texto en uno de ellos. No se fusionó nada.</translation>
        </message>
        <message>
            <location filename="../../annotator/storage/store.py" line="98" />
            <source>Cannot create {path}: the folder or file is read-only.</source>
            <translation>No se puede crear {path}: la carpeta o el archivo es de solo lectura.</translation>
        </message>
        <message>
            <location filename="../../annotator/storage/store.py" line="94" />
            <source>Cannot create {path}: the folder {parent} does not exist.</source>
            <translation>No se puede crear {path}: la carpeta {parent} no existe.</translation>
        </message>
        <message>
            <location filename="../../annotator/storage/merge_read.py" line="132" />
            <source>Cannot open {name}: {error}</source>
            <translation>No se puede abrir {name}: {error}</translation>
        </message>
        <message>
            <location filename="../../annotator/storage/database.py" line="383" />
            <source>Cannot open {name}: {plain_error}</source>
            <translation>No se puede abrir {name}: {plain_error}</translation>
        </message>
        <message>
            <location filename="../../annotator/hub/connection.py" line="48" />
            <source>Cannot reach the hub ({redacted}): {first}</source>
            <translation>No se puede contactar con el hub ({redacted}): {first}</translation>
        </message>
        <message>
            <location filename="../../annotator/importers/claimreview_feed.py" line="45" />
            <source>Cannot read {name}: {value}</source>
            <translation>No se puede leer {name}: {value}</translation>
        </message>
        <message>
            <location filename="../../annotator/interchange/annotation_parser.py" line="91" />
            <source>Cannot read {path}: {value}.</source>
            <translation>No se puede leer {path}: {value}.</translation>
        </message>
        <message>
            <location filename="../../annotator/exporters/__init__.py" line="153" />
            <source>Cannot write {path}: the folder {parent} does not exist.</source>
            <translation>No se puede escribir {path}: la carpeta {parent} no existe.</translation>
        </message>
        <message>
            <location filename="../../annotator/exporters/__init__.py" line="162" />
            <source>Cannot write {path}: {value}.</source>
            <translation>No se puede escribir {path}: {value}.</translation>
        </message>
        <message>
            <location filename="../../annotator/services/publication.py" line="74" />
            <source>ClaimReview needs {missing}.</source>
            <translation>ClaimReview necesita {missing}.</translation>
        </message>
        <message>
            <location filename="../../annotator/exporters/claimreview.py" line="83" />
            <source>ClaimReview not written: it needs {missing}. (To write an incomplete draft anyway, allow an incomplete document.)</source>
            <translation>No se escribió el ClaimReview: necesita {missing}. (Para escribir de todos modos un borrador incompleto, permita un documento incompleto.)</translation>
        </message>
        <message>
            <location filename="../../annotator/storage/backups.py" line="116" />
            <source>Could not back up {name} to {backup_dir}: {reason}. The project itself is unchanged.</source>
            <translation>No se pudo hacer una copia de seguridad de {name} en {backup_dir}: {reason}. El proyecto en sí no ha cambiado.</translation>
        </message>
        <message>
            <location filename="../../annotator/storage/backups.py" line="156" />
            <source>Could not put {name} back as it was: {reason}.</source>
            <translation>No se pudo dejar {name} como estaba: {reason}.</translation>
        </message>
        <message>
            <location filename="../../annotator/storage/backups.py" line="232" />
            <source>Could not restore {name}: {reason}.{kept}</source>
            <translation>No se pudo restaurar {name}: {reason}.{kept}</translation>
        </message>
        <message>
            <location filename="../../annotator/exporters/pdf_report.py" line="96" />
            <source>Could not write the PDF to {out}.</source>
            <translation>No se pudo escribir el PDF en {out}.</translation>
        </message>
        <message>
            <location filename="../../annotator/hub/connection.py" line="195" />
            <source>Creating the hub failed, nothing was changed: {error}</source>
            <translation>La creación del hub falló, no se cambió nada: {error}</translation>
        </message>
        <message>
            <location filename="../../annotator/hub/connection.py" line="192" />
            <source>Creating the hub needs a database owner with CREATEROLE: {error}</source>
            <translation>Crear el hub requiere un propietario de la base de datos con CREATEROLE: {error}</translation>
        </message>
        <message>
            <location filename="../../annotator/domain/dates.py" line="28" />
            <source>Dates are written YYYY-MM-DD (or YYYY-MM, or YYYY), not {value!r}.</source>
            <translation>Las fechas se escriben AAAA-MM-DD (o AAAA-MM, o AAAA), no {value!r}.</translation>
        </message>
        <message>
            <location filename="../../annotator/services/annotation_import.py" line="59" />
            <source>Imported {count} of {total} annotations from {name}</source>
            <translation>Importadas {count} de {total} anotaciones de {name}</translation>
        </message>
        <message>
            <location filename="../../annotator/hub/connection.py" line="27" />
            <source>Leave the password out of the hub address: put it in ~/.pgpass, a service file (PGSERVICEFILE) or PGPASSWORD, as libpq reads them.</source>
            <translation>No incluya la contraseña en la dirección del hub: póngala en ~/.pgpass, en un archivo de servicio (PGSERVICEFILE) o en PGPASSWORD, tal como los lee libpq.</translation>
        </message>
        <message>
            <location filename="../../annotator/importers/__init__.py" line="56" />
            <source>Markdown</source>
            <translation>el archivo Markdown</translation>
        </message>
        <message>
            <location filename="../../annotator/storage/merge.py" line="106" />
            <source>Merging {name} failed, nothing was merged: {error}</source>
            <translation>La fusión de {name} falló, no se fusionó nada: {error}</translation>
        </message>
        <message>
            <location filename="../../annotator/services/session.py" line="74" />
            <source>No backup was made: {error}</source>
            <translation>No se hizo ninguna copia de seguridad: {error}</translation>
        </message>
        <message>
            <location filename="../../annotator/services/review.py" line="435" />
            <source>No verdict {verdict!r} on this project's scale.</source>
            <translation>No hay ningún veredicto {verdict!r} en la escala de este proyecto.</translation>
        </message>
        <message>
            <location filename="../../annotator/commands/editorial.py" line="34" />
            <source>No verdict {wanted!r} on this project's scale ({labels}).</source>
            <translation>No hay ningún veredicto {wanted!r} en la escala de este proyecto ({labels}).</translation>
        </message>
        <message>
            <location filename="../../annotator/hub/connection.py" line="24" />
            <source>Not a PostgreSQL connection string: {url!r}</source>
            <translation>No es una cadena de conexión de PostgreSQL: {url!r}</translation>
        </message>
        <message>
            <location filename="../../annotator/domain/source.py" line="85" />
            <source>Not a valid URL (contains spaces or control characters): {url!r}</source>
            <translation>No es una URL válida (contiene espacios o caracteres de control): {url!r}</translation>
        </message>
        <message>
            <location filename="../../annotator/commands/claim.py" line="115" />
            <source>Nothing to change: give --verdict, --explanation, --status, ...</source>
            <translation>Nada que cambiar: indique --verdict, --explanation, --status, ...</translation>
        </message>
        <message>
            <location filename="../../annotator/services/ratings.py" line="191" />
            <source>Only a passage rated by two or more people needs adjudicating.</source>
            <translation>Solo un pasaje calificado por dos o más personas necesita arbitraje.</translation>
        </message>
        <message>
            <location filename="../../annotator/domain/source.py" line="89" />
            <source>Only http and https links are allowed as sources, not {url!r}.</source>
            <translation>Solo se permiten enlaces http y https como fuentes, no {url!r}.</translation>
        </message>
        <message>
            <location filename="../../annotator/services/review.py" line="316" />
            <source>Only the author of a comment can delete it.</source>
            <translation>Solo el autor de un comentario puede eliminarlo.</translation>
        </message>
        <message>
            <location filename="../../annotator/services/review.py" line="295" />
            <source>Only the author of a comment can edit it.</source>
            <translation>Solo el autor de un comentario puede editarlo.</translation>
        </message>
        <message>
            <location filename="../../annotator/importers/__init__.py" line="58" />
            <source>PDF</source>
            <translation>el PDF</translation>
        </message>
        <message>
            <location filename="../../annotator/exporters/pdf_report.py" line="54" />
            <source>PDF export needs a GUI application object, but a console-only one is running.</source>
            <translation>La exportación a PDF necesita un objeto de aplicación gráfica, pero se está ejecutando uno solo de consola.</translation>
        </message>
        <message>
            <location filename="../../annotator/storage/database.py" line="370" />
            <source>Read-only: {reason}. You can read and export it, but changes cannot be saved.</source>
            <translation>Solo lectura: {reason}. Puede leerlo y exportarlo, pero los cambios no se pueden guardar.</translation>
        </message>
        <message>
            <location filename="../../annotator/services/suggestions.py" line="198" />
            <source>Retraining needs at least {minimum} decisions, some accepted and some dismissed (this project has {accepted} accepted, {value} dismissed).</source>
            <translation>Reentrenar necesita al menos {minimum} decisiones, algunas aceptadas y otras descartadas (este proyecto tiene {accepted} aceptadas y {value} descartadas).</translation>
        </message>
        <message>
            <location filename="../../annotator/services/project.py" line="338" />
            <source>Select some text of the article to make a claim.</source>
            <translation>Seleccione algún texto del artículo para crear una afirmación.</translation>
        </message>
        <message>
            <location filename="../../annotator/services/versions.py" line="194" />
            <source>Select the passage the claim now refers to.</source>
            <translation>Seleccione el pasaje al que ahora se refiere la afirmación.</translation>
        </message>
        <message>
            <location filename="../../annotator/services/claim_spans.py" line="32" />
            <source>Select the words the claim should quote.</source>
            <translation>Seleccione las palabras que la afirmación debe citar.</translation>
        </message>
        <message>
            <location filename="../../annotator/commands/common.py" line="58" />
            <source>Several people in {name} are called {author!r}; say which with --author 'NAME (SHORT-ID)' as `annotator list` shows it.</source>
            <translation>Varias personas en {name} se llaman {author!r}; indique cuál con --author 'NOMBRE (ID-CORTO)' tal como lo muestra `annotator list`.</translation>
        </message>
        <message>
            <location filename="../../annotator/services/merge_undo.py" line="62" />
            <source>Someone else changed the project since the merge; putting it back would lose their work, so nothing was changed.</source>
            <translation>Otra persona cambió el proyecto después de la fusión; restaurarlo perdería su trabajo, así que no se cambió nada.</translation>
        </message>
        <message>
            <location filename="../../annotator/services/review.py" line="97" />
            <source>Someone other than the claim's author must review it (the project does not allow self-approval).</source>
            <translation>Alguien distinto del autor de la afirmación debe revisarla (el proyecto no permite la autoaprobación).</translation>
        </message>
        <message>
            <location filename="../../annotator/services/versions.py" line="71" />
            <source>That article is no longer in the project (it may have been removed in another window).</source>
            <translation>Ese artículo ya no está en el proyecto (puede haberse eliminado en otra ventana).</translation>
        </message>
        <message>
            <location filename="../../annotator/services/validation.py" line="41" />
            <source>That verdict is not on this project's scale.</source>
            <translation>Ese veredicto no está en la escala de este proyecto.</translation>
        </message>
        <message>
            <location filename="../../annotator/services/versions.py" line="221" />
            <source>That version of the article is not in the project.</source>
            <translation>Esa versión del artículo no está en el proyecto.</translation>
        </message>
        <message>
            <location filename="../../annotator/importers/claimreview_feed.py" line="222" />
            <source>The CSV file has no claim column (claimReviewed, claim_text...).</source>
            <translation>El archivo CSV no tiene columna de afirmación (claimReviewed, claim_text...).</translation>
        </message>
        <message>
            <location filename="../../annotator/domain/source.py" line="92" />
            <source>The URL has no host name: {url!r}</source>
            <translation>La URL no tiene nombre de host: {url!r}</translation>
        </message>
        <message>
            <location filename="../../annotator/services/project.py" line="274" />
            <source>The article has no text.</source>
            <translation>El artículo no tiene texto.</translation>
        </message>
        <message>
            <location filename="../../annotator/storage/backups.py" line="200" />
            <source>The backup {name} is empty.</source>
            <translation>La copia de seguridad {name} está vacía.</translation>
        </message>
        <message>
            <location filename="../../annotator/storage/backups.py" line="197" />
            <source>The backup {name} no longer exists.</source>
            <translation>La copia de seguridad {name} ya no existe.</translation>
        </message>
        <message>
            <location filename="../../annotator/services/versions.py" line="191" />
            <source>The claim's article is no longer in the project.</source>
            <translation>El artículo de la afirmación ya no está en el proyecto.</translation>
        </message>
        <message>
            <location filename="../../annotator/services/review.py" line="193" />
            <source>The comment you reply to is not on this claim.</source>
            <translation>El comentario al que responde no está en esta afirmación.</translation>
        </message>
        <message>
            <location filename="../../annotator/hub/sync.py" line="83" />
            <source>The hub connection was lost ({error}); run the sync again.</source>
            <translation>Se perdió la conexión con el hub ({error}); vuelva a ejecutar la sincronización.</translation>
        </message>
        <message>
            <location filename="../../annotator/hub/sync.py" line="90" />
            <source>The hub refused the sync: {message}</source>
            <translation>El hub rechazó la sincronización: {message}</translation>
        </message>
        <message>
            <location filename="../../annotator/hub/sync.py" line="89" />
            <source>The hub refused: {message}</source>
            <translation>El hub se negó: {message}</translation>
        </message>
        <message>
            <location filename="../../annotator/storage/hub_local.py" line="242" />
            <source>The hub sent bytes that do not match their hash {sha256}.</source>
            <translation>El hub envió bytes que no coinciden con su hash {sha256}.</translation>
        </message>
        <message>
            <location filename="../../annotator/services/versions.py" line="66" />
            <source>The new version has no text.</source>
            <translation>La nueva versión no tiene texto.</translation>
        </message>
        <message>
            <location filename="../../annotator/services/versions.py" line="76" />
            <source>The new version of “{title}” has exactly the same text; nothing to update.</source>
            <translation>La nueva versión de «{title}» tiene exactamente el mismo texto; no hay nada que actualizar.</translation>
        </message>
        <message>
            <location filename="../../annotator/services/review.py" line="115" />
            <source>The project's rules refused this approval; nothing was changed.</source>
            <translation>Las reglas del proyecto rechazaron esta aprobación; no se cambió nada.</translation>
        </message>
        <message>
            <location filename="../../annotator/hub/__init__.py" line="26" />
            <source>The team hub needs psycopg: pip install 'annotator[hub]'</source>
            <translation>El hub del equipo necesita psycopg: pip install 'annotator[hub]'</translation>
        </message>
        <message>
            <location filename="../../annotator/storage/database.py" line="131" />
            <source>The text contains a character that cannot be saved ({object!r} at position {start}); nothing was changed.</source>
            <translation>El texto contiene un carácter que no se puede guardar ({object!r} en la posición {start}); no se cambió nada.</translation>
        </message>
        <message>
            <location filename="../../annotator/services/merge.py" line="178" />
            <source>The {parent} this {kind} belongs to was deleted; restore it first.</source>
            <translation>Se eliminó el elemento {parent} al que pertenece este {kind}; restáurelo primero.</translation>
        </message>
        <message>
            <location filename="../../annotator/services/source_kinds.py" line="59" />
            <source>There is already a source kind {kind_id!r}.</source>
            <translation>Ya existe un tipo de fuente {kind_id!r}.</translation>
        </message>
        <message>
            <location filename="../../annotator/services/verdict_scale.py" line="104" />
            <source>There is already a verdict “{label}” on the scale.</source>
            <translation>Ya existe un veredicto «{label}» en la escala.</translation>
        </message>
        <message>
            <location filename="../../annotator/exporters/bundle.py" line="235" />
            <source>There is no article with id {article_id} in {name}.</source>
            <translation>No hay ningún artículo con id {article_id} en {name}.</translation>
        </message>
        <message>
            <location filename="../../annotator/services/verdict_scale.py" line="119" />
            <source>There is no verdict “{id_or_label}” on this project's scale.</source>
            <translation>No hay ningún veredicto «{id_or_label}» en la escala de este proyecto.</translation>
        </message>
        <message>
            <location filename="../../annotator/hub/connection.py" line="149" />
            <source>This database holds no Annotator hub; run `annotator hub init` first.</source>
            <translation>Esta base de datos no contiene ningún hub de Annotator; ejecute primero `annotator hub init`.</translation>
        </message>
        <message>
            <location filename="../../annotator/hub/connection.py" line="176" />
            <source>This hub has schema version {before}, newer than this Annotator knows ({hub_version}); upgrade Annotator. The hub was not changed.</source>
            <translation>Este hub tiene la versión de esquema {before}, más reciente de la que conoce este Annotator ({hub_version}); actualice Annotator. El hub no se cambió.</translation>
        </message>
        <message>
            <location filename="../../annotator/hub/connection.py" line="152" />
            <source>This hub has schema version {version}, newer than this Annotator knows ({hub_version}); upgrade Annotator. Nothing was changed.</source>
            <translation>Este hub tiene la versión de esquema {version}, más reciente de la que conoce este Annotator ({hub_version}); actualice Annotator. No se cambió nada.</translation>
        </message>
        <message>
            <location filename="../../annotator/hub/connection.py" line="158" />
            <source>This hub has schema version {version}; run `annotator hub init` to upgrade it.</source>
            <translation>Este hub tiene la versión de esquema {version}; ejecute `annotator hub init` para actualizarlo.</translation>
        </message>
        <message>
            <location filename="../../annotator/services/captures.py" line="147" />
            <source>This source has no URL to capture; attach a file instead.</source>
            <translation>Esta fuente no tiene URL que capturar; adjunte un archivo en su lugar.</translation>
        </message>
        <message>
            <location filename="../../annotator/exporters/__init__.py" line="84" />
            <source>Unknown export format {fmt!r}; choose one of {choices}.</source>
            <translation>Formato de exportación desconocido {fmt!r}; elija uno de {choices}.</translation>
        </message>
        <message>
            <location filename="../../annotator/services/review.py" line="87" />
            <source>Unknown review status {status!r}.</source>
            <translation>Estado de revisión desconocido {status!r}.</translation>
        </message>
        <message>
            <location filename="../../annotator/services/verdict_scale.py" line="187" />
            <source>Unknown scale template {name!r}; choose one of {choices}.</source>
            <translation>Plantilla de escala desconocida {name!r}; elija una de {choices}.</translation>
        </message>
        <message>
            <location filename="../../annotator/services/ratings.py" line="52" />
            <source>Unknown verdict {verdict_id!r}.</source>
            <translation>Veredicto desconocido {verdict_id!r}.</translation>
        </message>
        <message>
            <location filename="../../annotator/storage/store.py" line="251" />
            <source>Version {version} of “{title}” was already stored (perhaps in another window); nothing was changed.</source>
            <translation>La versión {version} de «{title}» ya estaba guardada (quizá en otra ventana); no se cambió nada.</translation>
        </message>
        <message>
            <location filename="../../annotator/services/versions.py" line="48" />
            <source>Version {version} of “{title}”: {counts}</source>
            <translation>Versión {version} de «{title}»: {counts}</translation>
        </message>
        <message>
            <location filename="../../annotator/importers/__init__.py" line="59" />
            <source>Word document</source>
            <translation>el documento de Word</translation>
        </message>
        <message>
            <location filename="../../annotator/services/ratings.py" line="185" />
            <source>You are rating this article blind: reveal colleagues' verdicts before adjudicating.</source>
            <translation>Está calificando este artículo a ciegas: muestre los veredictos de sus colegas antes de arbitrar.</translation>
        </message>
        <message>
            <location filename="../../annotator/services/ratings.py" line="55" />
            <source>You set this claim's verdict; a second rating must come from someone else.</source>
            <translation>Usted fijó el veredicto de esta afirmación; una segunda calificación debe venir de otra persona.</translation>
        </message>
        <message>
            <location filename="../../annotator/commands/export.py" line="92" />
            <source>a PDF needs an output file: add -o REPORT.pdf</source>
            <translation>un PDF necesita un archivo de salida: añada -o INFORME.pdf</translation>
        </message>
        <message>
            <location filename="../../annotator/commands/export.py" line="97" />
            <source>a WARC needs an output file: add -o evidence.warc.gz</source>
            <translation>un WARC necesita un archivo de salida: añada -o evidence.warc.gz</translation>
        </message>
        <message>
            <location filename="../../annotator/storage/merge_plan.py" line="102" />
            <source>added {count}</source>
            <translation>añadidos: {count}</translation>
        </message>
        <message>
            <location filename="../../annotator/storage/presence.py" line="73" />
            <source>another program</source>
            <translation>otro programa</translation>
        </message>
        <message>
            <location filename="../../annotator/storage/stale_wal.py" line="270" />
            <source>applying it would damage the file</source>
            <translation>aplicarlo dañaría el archivo</translation>
        </message>
        <message>
            <location filename="../../annotator/hub/sync.py" line="145" />
            <source>asking the hub</source>
            <translation>consultando el hub</translation>
        </message>
        <message>
            <location filename="../../annotator/storage/presence.py" line="65" />
            <source>by {user}</source>
            <translation>de {user}</translation>
        </message>
        <message>
            <location filename="../../annotator/checkworthy/model.py" line="174" />
            <source>cannot read the check-worthiness model {name}: {strerror}</source>
            <translation>no se puede leer el modelo de relevancia para verificación {name}: {strerror}</translation>
        </message>
        <message>
            <location filename="../../annotator/commands/match.py" line="70" />
            <source>cannot read {path}: {value}</source>
            <translation>no se puede leer {path}: {value}</translation>
        </message>
        <message>
            <location filename="../../annotator/storage/merge_plan.py" line="105" />
            <source>conflicts {count}</source>
            <translation>conflictos: {count}</translation>
        </message>
        <message>
            <location filename="../../annotator/storage/merge_plan.py" line="106" />
            <source>deleted {count}</source>
            <translation>eliminados: {count}</translation>
        </message>
        <message>
            <location filename="../../annotator/importers/__init__.py" line="97" />
            <source>file</source>
            <translation>el archivo</translation>
        </message>
        <message>
            <location filename="../../annotator/commands/suggest.py" line="64" />
            <source>give ARTICLE_ID (or --train)</source>
            <translation>indique ARTICLE_ID (o --train)</translation>
        </message>
        <message>
            <location filename="../../annotator/commands/update_article.py" line="51" />
            <source>give either FILE or --from-url (not both)</source>
            <translation>indique FILE o --from-url (no ambos)</translation>
        </message>
        <message>
            <location filename="../../annotator/commands/match.py" line="41" />
            <source>give either TEXT or --queries FILE.jsonl</source>
            <translation>indique TEXT o --queries FILE.jsonl</translation>
        </message>
        <message>
            <location filename="../../annotator/storage/stale_wal.py" line="261" />
            <source>it holds changes to a different file</source>
            <translation>contiene cambios de otro archivo</translation>
        </message>
        <message>
            <location filename="../../annotator/storage/stale_wal.py" line="94" />
            <source>it is not a SQLite change log</source>
            <translation>no es un registro de cambios de SQLite</translation>
        </message>
        <message>
            <location filename="../../annotator/storage/stale_wal.py" line="89" />
            <source>it is too short to be a change log</source>
            <translation>es demasiado corto para ser un registro de cambios</translation>
        </message>
        <message>
            <location filename="../../annotator/storage/stale_wal.py" line="274" />
            <source>it was written for a different project file</source>
            <translation>se escribió para otro archivo de proyecto</translation>
        </message>
        <message>
            <location filename="../../annotator/storage/stale_wal.py" line="97" />
            <source>its header is damaged</source>
            <translation>su cabecera está dañada</translation>
        </message>
        <message>
            <location filename="../../annotator/storage/stale_wal.py" line="99" />
            <source>its page size is {wal}, the project's is {main}</source>
            <translation>su tamaño de página es {wal} y el del proyecto es {main}</translation>
        </message>
        <message>
            <location filename="../../annotator/hub/sync.py" line="160" />
            <source>merging {count} item(s)</source>
            <translation>fusionando {count} elemento(s)</translation>
        </message>
        <message>
            <location filename="../../annotator/commands/common.py" line="87" />
            <source>no article with id {article_id} in {where}</source>
            <translation>no hay ningún artículo con id {article_id} en {where}</translation>
        </message>
        <message>
            <location filename="../../annotator/commands/sources.py" line="115" />
            <source>no claim or source with id {args} in {project}</source>
            <translation>no hay ninguna afirmación ni fuente con id {args} en {project}</translation>
        </message>
        <message>
            <location filename="../../annotator/commands/adjudicate.py" line="123" />
            <source>no claim with id {claim_id} in {project}</source>
            <translation>no hay ninguna afirmación con id {claim_id} en {project}</translation>
        </message>
        <message>
            <location filename="../../annotator/commands/adjudicate.py" line="66" />
            <source>no verdict {label!r} in this project; choose one of: {labels}, unrated</source>
            <translation>no hay ningún veredicto {label!r} en este proyecto; elija uno de: {labels}, unrated</translation>
        </message>
        <message>
            <location filename="../../annotator/storage/stale_wal.py" line="104" />
            <source>none of its changes match its header (salt or checksum mismatch)</source>
            <translation>ninguno de sus cambios coincide con su cabecera (sal o suma de comprobación distintas)</translation>
        </message>
        <message>
            <location filename="../../annotator/hub/sync.py" line="53" />
            <source>nothing new</source>
            <translation>nada nuevo</translation>
        </message>
        <message>
            <location filename="../../annotator/commands/article_properties.py" line="54" />
            <source>nothing to set: give one of {choices}</source>
            <translation>nada que establecer: indique uno de {choices}</translation>
        </message>
        <message>
            <location filename="../../annotator/commands/export.py" line="122" />
            <source>nothing written: {problems} (--allow-incomplete writes it anyway)</source>
            <translation>no se escribió nada: {problems} (--allow-incomplete lo escribe de todos modos)</translation>
        </message>
        <message>
            <location filename="../../annotator/storage/presence.py" line="67" />
            <source>on {host}</source>
            <translation>en {host}</translation>
        </message>
        <message>
            <location filename="../../annotator/hub/sync.py" line="54" />
            <source>pulled: {pulled}; pushed {items} item(s), {records} record(s)</source>
            <translation>recibido: {pulled}; enviados: {items} elementos, {records} registros</translation>
        </message>
        <message>
            <location filename="../../annotator/hub/sync.py" line="158" />
            <source>receiving {count} capture(s)</source>
            <translation>recibiendo {count} captura(s)</translation>
        </message>
        <message>
            <location filename="../../annotator/commands/adjudicate.py" line="101" />
            <source>say which final verdict: add --verdict LABEL</source>
            <translation>indique el veredicto final: añada --verdict ETIQUETA</translation>
        </message>
        <message>
            <location filename="../../annotator/hub/sync.py" line="213" />
            <source>sending {count} item(s), {records} record(s)</source>
            <translation>enviando {count} elemento(s), {records} registro(s)</translation>
        </message>
        <message>
            <location filename="../../annotator/storage/presence.py" line="71" />
            <source>since {time}</source>
            <translation>desde {time}</translation>
        </message>
        <message>
            <location filename="../../annotator/importers/__init__.py" line="61" />
            <source>single-file web page</source>
            <translation>la página web de un solo archivo</translation>
        </message>
        <message>
            <location filename="../../annotator/importers/__init__.py" line="55" />
            <source>text</source>
            <translation>el texto</translation>
        </message>
        <message>
            <location filename="../../annotator/exporters/claimreview.py" line="57" />
            <source>the absolute URL of the published fact-check (set the report URL in Project Settings, or the article's published-report URL in Article Properties) for {names}</source>
            <translation>la URL absoluta de la verificación publicada (indique la URL del informe en Configuración del proyecto, o la URL del informe publicado del artículo en Propiedades del artículo) para {names}</translation>
        </message>
        <message>
            <location filename="../../annotator/checkworthy/model.py" line="150" />
            <source>the check-worthiness model has unusable term ranges {analysis}</source>
            <translation>el modelo de relevancia para verificación tiene rangos de términos inutilizables {analysis}</translation>
        </message>
        <message>
            <location filename="../../annotator/checkworthy/model.py" line="113" />
            <source>the check-worthiness model is damaged ({error})</source>
            <translation>el modelo de relevancia para verificación está dañado ({error})</translation>
        </message>
        <message>
            <location filename="../../annotator/fetch/http.py" line="279" />
            <source>the compressed page is damaged ({detail}).</source>
            <translation>la página comprimida está dañada ({detail}).</translation>
        </message>
        <message>
            <location filename="../../annotator/fetch/http.py" line="185" />
            <source>the connection was refused or could not be made.</source>
            <translation>la conexión fue rechazada o no se pudo establecer.</translation>
        </message>
        <message>
            <location filename="../../annotator/storage/backups.py" line="281" />
            <source>the disk is full</source>
            <translation>el disco está lleno</translation>
        </message>
        <message>
            <location filename="../../annotator/storage/sqlite_errors.py" line="52" />
            <source>the disk is full. Free some space and try again; nothing was changed.</source>
            <translation>el disco está lleno. Libere espacio e inténtelo de nuevo; no se cambió nada.</translation>
        </message>
        <message>
            <location filename="../../annotator/storage/sqlite_errors.py" line="55" />
            <source>the disk reported an input/output error; nothing was changed.</source>
            <translation>el disco informó de un error de entrada/salida; no se cambió nada.</translation>
        </message>
        <message>
            <location filename="../../annotator/storage/sqlite_errors.py" line="56" />
            <source>the file or its folder cannot be opened (check it exists and you have access).</source>
            <translation>no se puede abrir el archivo o su carpeta (compruebe que existe y que tiene acceso).</translation>
        </message>
        <message>
            <location filename="../../annotator/storage/sqlite_errors.py" line="54" />
            <source>the file or its folder is read-only.</source>
            <translation>el archivo o su carpeta es de solo lectura.</translation>
        </message>
        <message>
            <location filename="../../annotator/storage/database.py" line="352" />
            <source>the folder {directory} cannot be written to</source>
            <translation>no se puede escribir en la carpeta {directory}</translation>
        </message>
        <message>
            <location filename="../../annotator/exporters/claimreview.py" line="63" />
            <source>the organisation that publishes it (its `author`: set the organisation name in Project Settings)</source>
            <translation>la organización que lo publica (su `author`: indique el nombre de la organización en Configuración del proyecto)</translation>
        </message>
        <message>
            <location filename="../../annotator/fetch/http.py" line="194" />
            <source>the page could not be fetched ({kind}: {detail}).</source>
            <translation>no se pudo obtener la página ({kind}: {detail}).</translation>
        </message>
        <message>
            <location filename="../../annotator/storage/sqlite_errors.py" line="53" />
            <source>the project is busy in another window or program; try again in a moment.</source>
            <translation>el proyecto está ocupado en otra ventana o programa; inténtelo de nuevo en un momento.</translation>
        </message>
        <message>
            <location filename="../../annotator/fetch/http.py" line="189" />
            <source>the secure connection failed; the certificate could not be verified ({detail}).</source>
            <translation>falló la conexión segura; no se pudo verificar el certificado ({detail}).</translation>
        </message>
        <message>
            <location filename="../../annotator/fetch/http.py" line="187" />
            <source>the server did not answer in time (timeout).</source>
            <translation>el servidor no respondió a tiempo (tiempo de espera agotado).</translation>
        </message>
        <message>
            <location filename="../../annotator/fetch/http.py" line="192" />
            <source>the server's answer was broken or too large in its headers ({detail}).</source>
            <translation>la respuesta del servidor estaba dañada o sus cabeceras eran demasiado grandes ({detail}).</translation>
        </message>
        <message>
            <location filename="../../annotator/fetch/http.py" line="182" />
            <source>the server's name could not be found (DNS lookup failed).</source>
            <translation>no se encontró el nombre del servidor (falló la consulta DNS).</translation>
        </message>
        <message>
            <location filename="../../annotator/checkworthy/model.py" line="132" />
            <source>this project's retrained check-worthiness model was made from another version of the shipped model; retrain it or reset it</source>
            <translation>el modelo de relevancia para verificación reentrenado de este proyecto se hizo a partir de otra versión del modelo incluido; vuelva a entrenarlo o restablézcalo</translation>
        </message>
        <message>
            <location filename="../../annotator/storage/merge_plan.py" line="104" />
            <source>unchanged {count}</source>
            <translation>sin cambios: {count}</translation>
        </message>
        <message>
            <location filename="../../annotator/checkworthy/model.py" line="97" />
            <source>unknown check-worthiness model format {format!r}</source>
            <translation>formato desconocido del modelo de relevancia para verificación {format!r}</translation>
        </message>
        <message>
            <location filename="../../annotator/storage/stale_wal.py" line="300" />
            <source>unreadable ({error})</source>
            <translation>ilegible ({error})</translation>
        </message>
        <message>
            <location filename="../../annotator/storage/merge_plan.py" line="103" />
            <source>updated {count}</source>
            <translation>actualizados: {count}</translation>
        </message>
        <message>
            <location filename="../../annotator/importers/__init__.py" line="60" />
            <source>web archive</source>
            <translation>el archivo web</translation>
        </message>
        <message>
            <location filename="../../annotator/importers/__init__.py" line="57" />
            <source>web page</source>
            <translation>la página web</translation>
        </message>
        <message>
            <location filename="../../annotator/importers/clipboard.py" line="29" />
            <source>{clipboard_name}: the clipboard holds more than 50 MB of text; save it to a file and import that.</source>
            <translation>{clipboard_name}: el portapapeles contiene más de 50 MB de texto; guárdelo en un archivo e importe ese archivo.</translation>
        </message>
        <message>
            <location filename="../../annotator/importers/clipboard.py" line="50" />
            <source>{clipboard_name}: the clipboard holds no text to import.</source>
            <translation>{clipboard_name}: el portapapeles no contiene texto que importar.</translation>
        </message>
        <message>
            <location filename="../../annotator/services/versions.py" line="45" />
            <source>{count} changed</source>
            <translation>cambiadas: {count}</translation>
        </message>
        <message>
            <location filename="../../annotator/services/annotation_import.py" line="63" />
            <source>{count} could not be placed in the text and are marked orphaned</source>
            <translation>{count} no se pudieron situar en el texto y se marcan como huérfanas</translation>
        </message>
        <message>
            <location filename="../../annotator/services/versions.py" line="43" />
            <source>{count} exact</source>
            <translation>exactas: {count}</translation>
        </message>
        <message>
            <location filename="../../annotator/services/annotation_import.py" line="66" />
            <source>{count} match no article and were not imported</source>
            <translation>{count} no corresponden a ningún artículo y no se importaron</translation>
        </message>
        <message>
            <location filename="../../annotator/services/versions.py" line="44" />
            <source>{count} moved</source>
            <translation>movidas: {count}</translation>
        </message>
        <message>
            <location filename="../../annotator/services/versions.py" line="46" />
            <source>{count} orphaned</source>
            <translation>huérfanas: {count}</translation>
        </message>
        <message>
            <location filename="../../annotator/services/annotation_import.py" line="69" />
            <source>{count} were already in the project</source>
            <translation>{count} ya estaban en el proyecto</translation>
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
            <translation>{first}; y {second}</translation>
        </message>
        <message>
            <location filename="../../annotator/errors.py" line="49" />
            <source>{first}; {second}</source>
            <translation>{first}; {second}</translation>
        </message>
        <message>
            <location filename="../../annotator/services/validation.py" line="107" />
            <source>{label}: only an absolute http or https address is allowed, not {url!r}.</source>
            <translation>{label}: solo se permite una dirección http o https absoluta, no {url!r}.</translation>
        </message>
        <message>
            <location filename="../../annotator/checkworthy/model.py" line="178" />
            <source>{name} does not match its SHA-256 checksum; reinstall Annotator.</source>
            <translation>{name} no coincide con su suma de verificación SHA-256; reinstale Annotator.</translation>
        </message>
        <message>
            <location filename="../../annotator/commands/claim.py" line="104" />
            <source>{name} has no article {article_id!r}.</source>
            <translation>{name} no tiene ningún artículo {article_id!r}.</translation>
        </message>
        <message>
            <location filename="../../annotator/commands/editorial.py" line="23" />
            <source>{name} has no claim {claim_id!r}.</source>
            <translation>{name} no tiene ninguna afirmación {claim_id!r}.</translation>
        </message>
        <message>
            <location filename="../../annotator/storage/merge.py" line="101" />
            <source>{name} holds data that does not fit this project ({error}); nothing was merged.</source>
            <translation>{name} contiene datos que no encajan en este proyecto ({error}); no se fusionó nada.</translation>
        </message>
        <message>
            <location filename="../../annotator/importers/claimreview_feed.py" line="31" />
            <source>{name} holds no ClaimReview fact-checks.</source>
            <translation>{name} no contiene verificaciones ClaimReview.</translation>
        </message>
        <message>
            <location filename="../../annotator/interchange/annotation_parser.py" line="101" />
            <source>{name} holds no W3C Web Annotations or Hypothesis annotations.</source>
            <translation>{name} no contiene anotaciones W3C Web Annotation ni de Hypothesis.</translation>
        </message>
        <message>
            <location filename="../../annotator/storage/database.py" line="327" />
            <source>{name} is a SQLite database from another application, not an Annotator project.</source>
            <translation>{name} es una base de datos SQLite de otra aplicación, no un proyecto de Annotator.</translation>
        </message>
        <message>
            <location filename="../../annotator/importers/claimreview_feed.py" line="50" />
            <source>{name} is a binary file, not JSON or CSV.</source>
            <translation>{name} es un archivo binario, no JSON ni CSV.</translation>
        </message>
        <message>
            <location filename="../../annotator/importers/claimreview_feed.py" line="48" />
            <source>{name} is a damaged gzip file.</source>
            <translation>{name} es un archivo gzip dañado.</translation>
        </message>
        <message>
            <location filename="../../annotator/storage/database.py" line="310" />
            <source>{name} is a symbolic link that leads back to itself (a loop), so it cannot be opened.</source>
            <translation>{name} es un enlace simbólico que lleva a sí mismo (un bucle), así que no se puede abrir.</translation>
        </message>
        <message>
            <location filename="../../annotator/storage/database.py" line="315" />
            <source>{name} is a symbolic link to {readlink}, which does not exist.</source>
            <translation>{name} es un enlace simbólico a {readlink}, que no existe.</translation>
        </message>
        <message>
            <location filename="../../annotator/storage/presence.py" line="90" />
            <source>{name} is already open in another Annotator ({who}). You can both work on it: every change is saved at once and each window shows the other's changes within a few seconds. Avoid editing the same claim at the same time.</source>
            <translation>{name} ya está abierto en otro Annotator ({who}). Pueden trabajar los dos: cada cambio se guarda al instante y cada ventana muestra los cambios de la otra en pocos segundos. Eviten editar la misma afirmación a la vez.</translation>
        </message>
        <message>
            <location filename="../../annotator/services/session.py" line="88" />
            <source>{name} is being restored from a backup; try again in a minute.</source>
            <translation>{name} se está restaurando desde una copia de seguridad; inténtelo de nuevo en un minuto.</translation>
        </message>
        <message>
            <location filename="../../annotator/storage/sqlite_errors.py" line="69" />
            <source>{name} is busy in another window or program, so the last change was not saved. Try again in a moment.</source>
            <translation>{name} está ocupado en otra ventana o programa, así que el último cambio no se guardó. Vuelva a intentarlo en un momento.</translation>
        </message>
        <message>
            <location filename="../../annotator/storage/database.py" line="250" />
            <source>{name} is damaged (SQLite's check found 1 problem) and was not opened; nothing was changed. Restore it from a backup.</source>
            <translation>{name} está dañado (la comprobación de SQLite encontró 1 problema) y no se abrió; no se cambió nada. Restáurelo desde una copia de seguridad.</translation>
        </message>
        <message>
            <location filename="../../annotator/storage/database.py" line="250" />
            <source>{name} is damaged (SQLite's check found {count} problems) and was not opened; nothing was changed. Restore it from a backup.</source>
            <translation>{name} está dañado (la comprobación de SQLite encontró {count} problemas) y no se abrió; no se cambió nada. Restáurelo desde una copia de seguridad.</translation>
        </message>
        <message>
            <location filename="../../annotator/storage/database.py" line="146" />
            <source>{name} is damaged ({error}); the last change was not saved. Restore it from a backup.</source>
            <translation>{name} está dañado ({error}); el último cambio no se guardó. Restáurelo desde una copia de seguridad.</translation>
        </message>
        <message>
            <location filename="../../annotator/storage/merge_read.py" line="181" />
            <source>{name} is damaged and cannot be read ({error}); nothing was merged.</source>
            <translation>{name} está dañado y no se puede leer ({error}); no se fusionó nada.</translation>
        </message>
        <message>
            <location filename="../../annotator/storage/database.py" line="286" />
            <source>{name} is damaged or truncated and cannot be read ({detail}); nothing was changed. Restore it from a backup.</source>
            <translation>{name} está dañado o truncado y no se puede leer ({detail}); no se cambió nada. Restáurelo desde una copia de seguridad.</translation>
        </message>
        <message>
            <location filename="../../annotator/checkworthy/model.py" line="183" />
            <source>{name} is damaged.</source>
            <translation>{name} está dañado.</translation>
        </message>
        <message>
            <location filename="../../annotator/storage/database.py" line="271" />
            <source>{name} is damaged: the file is truncated (only {size} bytes).</source>
            <translation>{name} está dañado: el archivo está truncado (solo {size} bytes).</translation>
        </message>
        <message>
            <location filename="../../annotator/storage/merge_read.py" line="121" />
            <source>{name} is empty; it is not an Annotator project.</source>
            <translation>{name} está vacío; no es un proyecto de Annotator.</translation>
        </message>
        <message>
            <location filename="../../annotator/importers/claimreview_feed.py" line="39" />
            <source>{name} is larger than 1 GB; split it first.</source>
            <translation>{name} ocupa más de 1 GB; divídalo primero.</translation>
        </message>
        <message>
            <location filename="../../annotator/importers/claimreview_feed.py" line="54" />
            <source>{name} is not UTF-8 text.</source>
            <translation>{name} no es texto UTF-8.</translation>
        </message>
        <message>
            <location filename="../../annotator/interchange/annotation_parser.py" line="96" />
            <source>{name} is not a JSON file ({error}).</source>
            <translation>{name} no es un archivo JSON ({error}).</translation>
        </message>
        <message>
            <location filename="../../annotator/storage/database.py" line="277" />
            <source>{name} is not an Annotator project (it is not a SQLite database).</source>
            <translation>{name} no es un proyecto de Annotator (no es una base de datos SQLite).</translation>
        </message>
        <message>
            <location filename="../../annotator/storage/merge_read.py" line="126" />
            <source>{name} is not an Annotator project.</source>
            <translation>{name} no es un proyecto de Annotator.</translation>
        </message>
        <message>
            <location filename="../../annotator/hub/sync.py" line="74" />
            <source>{name} is not connected to a hub; run `annotator hub connect` first.</source>
            <translation>{name} no está conectado a un hub; ejecute primero `annotator hub connect`.</translation>
        </message>
        <message>
            <location filename="../../annotator/storage/database.py" line="346" />
            <source>{name} is on a read-only disk</source>
            <translation>{name} está en un disco de solo lectura</translation>
        </message>
        <message>
            <location filename="../../annotator/storage/backups.py" line="204" />
            <source>{name} is open in another program ({describe}). Close it there (or let the command finish) first, then restore the backup; nothing was changed.</source>
            <translation>{name} está abierto en otro programa ({describe}). Ciérrelo allí (o deje que termine el comando) y luego restaure la copia de seguridad; no se cambió nada.</translation>
        </message>
        <message>
            <location filename="../../annotator/storage/store.py" line="191" />
            <source>{name} is open read-only; changes cannot be saved.</source>
            <translation>{name} está abierto en solo lectura; no se pueden guardar los cambios.</translation>
        </message>
        <message>
            <location filename="../../annotator/storage/database.py" line="393" />
            <source>{name} is read-only and was made by an older Annotator; it must be upgraded, which needs write access. Copy it somewhere writable first.</source>
            <translation>{name} es de solo lectura y lo creó un Annotator más antiguo; hay que actualizarlo, lo que requiere permiso de escritura. Cópielo primero a un lugar con permiso de escritura.</translation>
        </message>
        <message>
            <location filename="../../annotator/commands/common.py" line="65" />
            <source>{name} is read-only; nothing was changed.</source>
            <translation>{name} es de solo lectura; no se cambió nada.</translation>
        </message>
        <message>
            <location filename="../../annotator/storage/sqlite_errors.py" line="72" />
            <source>{name} is read-only; the last change was not saved.</source>
            <translation>{name} es de solo lectura; el último cambio no se guardó.</translation>
        </message>
        <message>
            <location filename="../../annotator/storage/merge_read.py" line="118" />
            <source>{name} is the project itself; choose a colleague's copy to merge.</source>
            <translation>{name} es el propio proyecto; elija la copia de un colega para fusionar.</translation>
        </message>
        <message>
            <location filename="../../annotator/storage/database.py" line="350" />
            <source>{name} is write-protected</source>
            <translation>{name} está protegido contra escritura</translation>
        </message>
        <message>
            <location filename="../../annotator/storage/presence.py" line="83" />
            <source>{name} may be open in Annotator {who}, or that program ended without closing it. If it is open there, both of you can work: every change is saved at once and each window shows the other's changes.</source>
            <translation>Puede que {name} esté abierto en Annotator {who}, o que ese programa terminara sin cerrarlo. Si está abierto allí, pueden trabajar los dos: cada cambio se guarda al instante y cada ventana muestra los cambios de la otra.</translation>
        </message>
        <message>
            <location filename="../../annotator/storage/database.py" line="369" />
            <source>{name} was opened read-only</source>
            <translation>{name} se abrió en modo de solo lectura</translation>
        </message>
        <message>
            <location filename="../../annotator/storage/database.py" line="332" />
            <source>{name} was saved by a newer version of Annotator (schema {user_version}; this version reads up to {latest_version}). Update Annotator to open it.</source>
            <translation>{name} se guardó con una versión más reciente de Annotator (esquema {user_version}; esta versión lee hasta {latest_version}). Actualice Annotator para abrirlo.</translation>
        </message>
        <message>
            <location filename="../../annotator/storage/stale_wal.py" line="64" />
            <source>{name}: a leftover change log ({name}-wal) did not belong to this file ({reason}), so it was not applied. It was kept as {kept}; the project was opened as it is.</source>
            <translation>{name}: un registro de cambios sobrante ({name}-wal) no pertenecía a este archivo ({reason}), así que no se aplicó. Se guardó como {kept}; el proyecto se abrió tal como está.</translation>
        </message>
        <message>
            <location filename="../../annotator/importers/__init__.py" line="144" />
            <source>{name}: cannot read the file ({value}).</source>
            <translation>{name}: no se puede leer el archivo ({value}).</translation>
        </message>
        <message>
            <location filename="../../annotator/importers/isolated.py" line="71" />
            <source>{name}: could not be read ({kind}).</source>
            <translation>{name}: no se pudo leer ({kind}).</translation>
        </message>
        <message>
            <location filename="../../annotator/commands/match.py" line="80" />
            <source>{name}: line {number} is not JSON</source>
            <translation>{name}: la línea {number} no es JSON</translation>
        </message>
        <message>
            <location filename="../../annotator/importers/claimreview_feed.py" line="73" />
            <source>{name}: line {number} is not JSON.</source>
            <translation>{name}: la línea {number} no es JSON.</translation>
        </message>
        <message>
            <location filename="../../annotator/importers/pdf.py" line="132" />
            <source>{name}: no text was found in the PDF.</source>
            <translation>{name}: no se encontró texto en el PDF.</translation>
        </message>
        <message>
            <location filename="../../annotator/importers/__init__.py" line="102" />
            <source>{name}: no text was found in the file.</source>
            <translation>{name}: no se encontró texto en el archivo.</translation>
        </message>
        <message>
            <location filename="../../annotator/importers/web.py" line="31" />
            <source>{name}: no text was found in the page.</source>
            <translation>{name}: no se encontró texto en la página.</translation>
        </message>
        <message>
            <location filename="../../annotator/importers/isolated.py" line="132" />
            <source>{name}: reading the file stopped the importer (it may need more memory than an article can); the file is refused.</source>
            <translation>{name}: la lectura del archivo detuvo el importador (puede necesitar más memoria de la que cabe en un artículo); el archivo se rechaza.</translation>
        </message>
        <message>
            <location filename="../../annotator/importers/isolated.py" line="140" />
            <source>{name}: reading the file stopped the importer; the file is refused.</source>
            <translation>{name}: la lectura del archivo detuvo el importador; el archivo se rechaza.</translation>
        </message>
        <message>
            <location filename="../../annotator/importers/pdf.py" line="104" />
            <source>{name}: the PDF is encrypted with a password. Open it in a PDF viewer, save or print an unprotected copy, and import that.</source>
            <translation>{name}: el PDF está cifrado con contraseña. Ábralo en un visor de PDF, guarde o imprima una copia sin protección e importe esa copia.</translation>
        </message>
        <message>
            <location filename="../../annotator/importers/pdf.py" line="109" />
            <source>{name}: the PDF is encrypted with a security scheme Annotator cannot open; save an unprotected copy and import that.</source>
            <translation>{name}: el PDF está cifrado con un esquema de seguridad que Annotator no puede abrir; guarde una copia sin protección e importe esa copia.</translation>
        </message>
        <message>
            <location filename="../../annotator/importers/archive.py" line="69" />
            <source>{name}: the Word document is damaged ({filename}: {error}).</source>
            <translation>{name}: el documento de Word está dañado ({filename}: {error}).</translation>
        </message>
        <message>
            <location filename="../../annotator/importers/docx.py" line="102" />
            <source>{name}: the Word document is damaged and cannot be read ({kind}).</source>
            <translation>{name}: el documento de Word está dañado y no se puede leer ({kind}).</translation>
        </message>
        <message>
            <location filename="../../annotator/storage/database.py" line="139" />
            <source>{name}: the change was not saved because the item it belongs to no longer exists (it may have been removed in another window).</source>
            <translation>{name}: el cambio no se guardó porque el elemento al que pertenece ya no existe (puede haberse eliminado en otra ventana).</translation>
        </message>
        <message>
            <location filename="../../annotator/importers/archive.py" line="63" />
            <source>{name}: the contents of {filename} do not match the sizes and checksums in the archive's directory; the file is damaged or crafted, so it is refused.</source>
            <translation>{name}: el contenido de {filename} no coincide con los tamaños y sumas de verificación del directorio del archivo comprimido; el archivo está dañado o manipulado, así que se rechaza.</translation>
        </message>
        <message>
            <location filename="../../annotator/storage/sqlite_errors.py" line="66" />
            <source>{name}: the disk is full, so the last change was not saved. Free some space and try again; everything saved before is safe.</source>
            <translation>{name}: el disco está lleno, así que el último cambio no se guardó. Libere espacio y vuelva a intentarlo; todo lo guardado antes está a salvo.</translation>
        </message>
        <message>
            <location filename="../../annotator/storage/sqlite_errors.py" line="74" />
            <source>{name}: the disk reported an input/output error, so the last change was not saved. Everything saved before is safe.</source>
            <translation>{name}: el disco informó de un error de entrada/salida, así que el último cambio no se guardó. Todo lo guardado antes está a salvo.</translation>
        </message>
        <message>
            <location filename="../../annotator/importers/archive.py" line="77" />
            <source>{name}: the document's text parts unpack to more than {value} MB (at least {value2:.0f} MB), more than any article; it is refused as a possible archive bomb.</source>
            <translation>{name}: las partes de texto del documento se descomprimen en más de {value} MB (al menos {value2:.0f} MB), más que cualquier artículo; se rechaza como posible bomba de compresión.</translation>
        </message>
        <message>
            <location filename="../../annotator/importers/html.py" line="124" />
            <source>{name}: the file contains no HTML that can be read ({error}).</source>
            <translation>{name}: el archivo no contiene HTML legible ({error}).</translation>
        </message>
        <message>
            <location filename="../../annotator/importers/docx.py" line="88" />
            <source>{name}: the file is a ZIP archive but not a Word document (.docx).</source>
            <translation>{name}: el archivo es un ZIP pero no un documento de Word (.docx).</translation>
        </message>
        <message>
            <location filename="../../annotator/importers/pdf.py" line="112" />
            <source>{name}: the file is damaged or is not a PDF, so its text cannot be read.</source>
            <translation>{name}: el archivo está dañado o no es un PDF, así que no se puede leer su texto.</translation>
        </message>
        <message>
            <location filename="../../annotator/importers/archive.py" line="32" />
            <source>{name}: the file is damaged or is not a Word document (.docx).</source>
            <translation>{name}: el archivo está dañado o no es un documento de Word (.docx).</translation>
        </message>
        <message>
            <location filename="../../annotator/importers/__init__.py" line="131" />
            <source>{name}: the file is empty.</source>
            <translation>{name}: el archivo está vacío.</translation>
        </message>
        <message>
            <location filename="../../annotator/importers/__init__.py" line="134" />
            <source>{name}: the file is too large ({size}); the limit is {size2}.</source>
            <translation>{name}: el archivo es demasiado grande ({size}); el límite es {size2}.</translation>
        </message>
        <message>
            <location filename="../../annotator/importers/isolated.py" line="67" />
            <source>{name}: the file needs more memory than an article can; it is refused.</source>
            <translation>{name}: el archivo necesita más memoria de la que cabe en un artículo; se rechaza.</translation>
        </message>
        <message>
            <location filename="../../annotator/importers/encoding.py" line="120" />
            <source>{name}: the file starts with a {encoding} byte-order mark but is not valid {encoding} (damaged at byte {value}).</source>
            <translation>{name}: el archivo empieza con una marca de orden de bytes {encoding} pero no es {encoding} válido (dañado en el byte {value}).</translation>
        </message>
        <message>
            <location filename="../../annotator/importers/isolated.py" line="127" />
            <source>{name}: the import was cancelled.</source>
            <translation>{name}: se canceló la importación.</translation>
        </message>
        <message>
            <location filename="../../annotator/storage/sqlite_errors.py" line="94" />
            <source>{name}: the last change was not saved ({plain_error}).</source>
            <translation>{name}: el último cambio no se guardó ({plain_error}).</translation>
        </message>
        <message>
            <location filename="../../annotator/importers/mhtml.py" line="45" />
            <source>{name}: the single-file web page holds no HTML page.</source>
            <translation>{name}: la página web de un solo archivo no contiene ninguna página HTML.</translation>
        </message>
        <message>
            <location filename="../../annotator/importers/warc.py" line="56" />
            <source>{name}: the web archive holds no web page or PDF to import.</source>
            <translation>{name}: el archivo web no contiene ninguna página web ni PDF que importar.</translation>
        </message>
        <message>
            <location filename="../../annotator/importers/warc.py" line="53" />
            <source>{name}: the web archive is damaged or not a WARC file ({error}).</source>
            <translation>{name}: el archivo web está dañado o no es un archivo WARC ({error}).</translation>
        </message>
        <message>
            <location filename="../../annotator/importers/__init__.py" line="94" />
            <source>{name}: the {kind} could not be read; it may be damaged ({detail}).</source>
            <translation>{name}: no se pudo leer {kind}; puede estar dañado ({detail}).</translation>
        </message>
        <message>
            <location filename="../../annotator/importers/pdf.py" line="126" />
            <source>{name}: this PDF has no text layer; it looks like a scan (pages made of images). Run it through OCR first (for example OCRmyPDF, or your scanner's OCR), then import the result.</source>
            <translation>{name}: este PDF no tiene capa de texto; parece un escaneo (páginas hechas de imágenes). Páselo primero por OCR (por ejemplo OCRmyPDF o el OCR de su escáner) e importe el resultado.</translation>
        </message>
        <message>
            <location filename="../../annotator/importers/encoding.py" line="294" />
            <source>{name}: this is a binary file, not text.</source>
            <translation>{name}: es un archivo binario, no texto.</translation>
        </message>
        <message>
            <location filename="../../annotator/importers/__init__.py" line="129" />
            <source>{name}: this is a folder, not a file.</source>
            <translation>{name}: es una carpeta, no un archivo.</translation>
        </message>
        <message>
            <location filename="../../annotator/importers/docx.py" line="82" />
            <source>{name}: this is an encrypted Word document or an old .doc file; open it in Word or LibreOffice, save it as an unprotected .docx, and import that.</source>
            <translation>{name}: es un documento de Word cifrado o un archivo .doc antiguo; ábralo en Word o LibreOffice, guárdelo como .docx sin protección e importe ese archivo.</translation>
        </message>
        <message>
            <location filename="../../annotator/importers/mhtml.py" line="38" />
            <source>{name}: this is not a single-file web page (MHTML).</source>
            <translation>{name}: no es una página web de un solo archivo (MHTML).</translation>
        </message>
        <message>
            <location filename="../../annotator/importers/web.py" line="27" />
            <source>{name}: this is not a web page or a PDF (content type {kind}).</source>
            <translation>{name}: no es una página web ni un PDF (tipo de contenido {kind}).</translation>
        </message>
        <message>
            <location filename="../../annotator/importers/encoding.py" line="287" />
            <source>{name}: this is {what}, not a text file.</source>
            <translation>{name}: es {what}, no un archivo de texto.</translation>
        </message>
        <message>
            <location filename="../../annotator/importers/__init__.py" line="113" />
            <source>{name}: unsupported file type {value}.{hint} Annotator imports {choices}.</source>
            <translation>{name}: tipo de archivo no admitido {value}.{hint} Annotator importa {choices}.</translation>
        </message>
        <message>
            <location filename="../../annotator/importers/docx.py" line="93" />
            <source>{name}: {part} declares a DTD (&lt;!DOCTYPE&gt;), which Word never writes; entities it defines would be lost or could attack the reader, so the document is refused. Open it in Word or LibreOffice, save it again as .docx, and import that.</source>
            <translation>{name}: {part} declara una DTD (&lt;!DOCTYPE&gt;), que Word nunca escribe; las entidades que define se perderían o podrían atacar al lector, así que el documento se rechaza. Ábralo en Word o LibreOffice, guárdelo de nuevo como .docx e importe ese archivo.</translation>
        </message>
        <message>
            <location filename="../../annotator/storage/merge_read.py" line="113" />
            <source>{path} does not exist.</source>
            <translation>{path} no existe.</translation>
        </message>
        <message>
            <location filename="../../annotator/storage/merge_read.py" line="115" />
            <source>{path} is a folder, not a project file.</source>
            <translation>{path} es una carpeta, no un archivo de proyecto.</translation>
        </message>
        <message>
            <location filename="../../annotator/exporters/__init__.py" line="151" />
            <source>{path} is a folder; give a file name to export to.</source>
            <translation>{path} es una carpeta; indique un nombre de archivo al que exportar.</translation>
        </message>
        <message>
            <location filename="../../annotator/commands/suggest.py" line="86" />
            <source>{span!r} is not START:END</source>
            <translation>{span!r} no es INICIO:FIN</translation>
        </message>
        <message>
            <location filename="../../annotator/services/suggestions.py" line="157" />
            <source>{start}-{end} is not a span of this article (0-{length}).</source>
            <translation>{start}-{end} no es un tramo de este artículo (0-{length}).</translation>
        </message>
        <message>
            <location filename="../../annotator/services/annotation_import.py" line="70" />
            <source>{text}.</source>
            <translation>{text}.</translation>
        </message>
        <message>
            <location filename="../../annotator/fetch/http.py" line="265" />
            <source>{url}: cancelled.</source>
            <translation>{url}: cancelado.</translation>
        </message>
        <message>
            <location filename="../../annotator/fetch/http.py" line="124" />
            <source>{url}: more than {max_redirects} redirects.</source>
            <translation>{url}: más de {max_redirects} redirecciones.</translation>
        </message>
        <message>
            <location filename="../../annotator/fetch/addresses.py" line="24" />
            <source>{url}: only http and https addresses are fetched, not {value}:.</source>
            <translation>{url}: solo se descargan direcciones http y https, no {value}:.</translation>
        </message>
        <message>
            <location filename="../../annotator/fetch/http.py" line="157" />
            <source>{url}: redirected to a {value}: address ({target}); refused.</source>
            <translation>{url}: redirigido a una dirección {value}: ({target}); rechazado.</translation>
        </message>
        <message>
            <location filename="../../annotator/fetch/http.py" line="142" />
            <source>{url}: redirected to {error}</source>
            <translation>{url}: redirigido a {error}</translation>
        </message>
        <message>
            <location filename="../../annotator/fetch/addresses.py" line="29" />
            <source>{url}: the address has no host name.</source>
            <translation>{url}: la dirección no tiene nombre de host.</translation>
        </message>
        <message>
            <location filename="../../annotator/fetch/http.py" line="272" />
            <source>{url}: the page is larger than the limit of {size}.</source>
            <translation>{url}: la página supera el límite de {size}.</translation>
        </message>
        <message>
            <location filename="../../annotator/fetch/http.py" line="214" />
            <source>{url}: the page is too large ({size}); the limit is {size2}.</source>
            <translation>{url}: la página es demasiado grande ({size}); el límite es {size2}.</translation>
        </message>
        <message>
            <location filename="../../annotator/fetch/http.py" line="268" />
            <source>{url}: the page took longer than {total_timeout:g} seconds to arrive (timeout).</source>
            <translation>{url}: la página tardó más de {total_timeout:g} segundos en llegar (tiempo agotado).</translation>
        </message>
        <message>
            <location filename="../../annotator/fetch/addresses.py" line="33" />
            <source>{url}: the port is not a number.</source>
            <translation>{url}: el puerto no es un número.</translation>
        </message>
        <message>
            <location filename="../../annotator/fetch/http.py" line="208" />
            <source>{url}: the server answered HTTP {status}{reason}.</source>
            <translation>{url}: el servidor respondió HTTP {status}{reason}.</translation>
        </message>
        <message>
            <location filename="../../annotator/fetch/http.py" line="358" />
            <source>{url}: the server used a compression Annotator does not read ({encoding}).</source>
            <translation>{url}: el servidor usó una compresión que Annotator no lee ({encoding}).</translation>
        </message>
        <message>
            <location filename="../../annotator/fetch/addresses.py" line="56" />
            <source>{url}: the server's name could not be found (DNS lookup failed).</source>
            <translation>{url}: no se encontró el nombre del servidor (falló la consulta DNS).</translation>
        </message>
        <message>
            <location filename="../../annotator/fetch/addresses.py" line="39" />
            <source>{url}: {host} is a private or local address ({address}); refused unless you allow local addresses for this fetch.</source>
            <translation>{url}: {host} es una dirección privada o local ({address}); se rechaza salvo que permita direcciones locales para esta descarga.</translation>
        </message>
        <message>
            <location filename="../../annotator/fetch/http.py" line="172" />
            <source>{url}: {reason}</source>
            <translation>{url}: {reason}</translation>
        </message>
        <message>
            <location filename="../../annotator/domain/dates.py" line="34" />
            <source>{value} is not a real date.</source>
            <translation>{value} no es una fecha real.</translation>
        </message>
        <message>
            <location filename="../../annotator/services/captures.py" line="39" />
            <source>{what} is too large to keep as a capture ({size}); the limit is {size2}.</source>
            <translation>{what} es demasiado grande para guardarlo como captura ({size}); el límite es {size2}.</translation>
        </message>
        <message>
            <location filename="../../annotator/services/field_swap.py" line="41" />
            <source>{who} has changed the {names} of this {what} since; nothing was changed, so their edit is kept.</source>
            <translation>{who} ha cambiado {names} de este {what} desde entonces; no se cambió nada, así que se conserva su edición.</translation>
        </message>
        <message>
            <location filename="../../annotator/services/captures.py" line="215" />
            <source>“{title}” has no URL to check for a new version.</source>
            <translation>«{title}» no tiene URL para buscar una nueva versión.</translation>
        </message>
    </context>
    <context>
        <name>evidence.capture_viewer</name>
        <message>
            <location filename="../../annotator/ui/evidence/capture_viewer.py" line="70" />
            <source>

[… shown up to 2 MB]</source>
            <translation>

[… se muestran solo los primeros 2 MB]</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/evidence/capture_viewer.py" line="56" />
            <source> · file {name}</source>
            <translation> · archivo {name}</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/evidence/capture_viewer.py" line="76" />
            <source>Binary content ({kind}); not displayed. First bytes:

{dump}</source>
            <translation>Contenido binario ({kind}); no se muestra. Primeros bytes:

{dump}</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/evidence/capture_viewer.py" line="96" />
            <source>Capture {short_hash}</source>
            <translation>Captura {short_hash}</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/evidence/capture_viewer.py" line="47" />
            <source>Captured: {format_time} by {value}</source>
            <translation>Capturada: {format_time} por {value}</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/evidence/capture_viewer.py" line="43" />
            <source>Final URL: {final_url}</source>
            <translation>URL final: {final_url}</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/evidence/capture_viewer.py" line="59" />
            <source>Redirect: {url} → {status} → {location}</source>
            <translation>Redirección: {url} → {status} → {location}</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/evidence/capture_viewer.py" line="51" />
            <source>SHA-256: {sha256}</source>
            <translation>SHA-256: {sha256}</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/evidence/capture_viewer.py" line="52" />
            <source>Size: {size} bytes · {value}</source>
            <translation>Tamaño: {size} bytes · {value}</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/evidence/capture_viewer.py" line="41" />
            <source>URL: {value}</source>
            <translation>URL: {value}</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/evidence/capture_viewer.py" line="49" />
            <source>unknown</source>
            <translation>desconocido</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/evidence/capture_viewer.py" line="53" />
            <source>unknown type</source>
            <translation>tipo desconocido</translation>
        </message>
    </context>
    <context>
        <name>evidence.evidence_controller</name>
        <message>
            <location filename="../../annotator/ui/evidence/evidence_controller.py" line="64" />
            <source>Add &amp;Source…</source>
            <translation>Añadir &amp;fuente…</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/evidence/evidence_controller.py" line="258" />
            <source>Attach File</source>
            <translation>Adjuntar archivo</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/evidence/evidence_controller.py" line="251" />
            <source>Attach a Capture</source>
            <translation>Adjuntar una captura</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/evidence/evidence_controller.py" line="65" />
            <source>Attach a source to the selected claim</source>
            <translation>Adjuntar una fuente a la afirmación seleccionada</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/evidence/evidence_controller.py" line="264" />
            <source>Attach capture</source>
            <translation>Adjuntar captura</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/evidence/evidence_controller.py" line="219" />
            <source>Capture Now</source>
            <translation>Capturar ahora</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/evidence/evidence_controller.py" line="269" />
            <source>Captured {when} · SHA-256 {short_hash}</source>
            <translation>Capturada {when} · SHA-256 {short_hash}</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/evidence/evidence_controller.py" line="224" />
            <source>Capturing {value}</source>
            <translation>Capturando {value}</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/evidence/evidence_controller.py" line="60" />
            <source>Check for a &amp;New Version</source>
            <translation>Buscar una &amp;nueva versión</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/evidence/evidence_controller.py" line="151" />
            <source>Check for a New Version</source>
            <translation>Buscar una nueva versión</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/evidence/evidence_controller.py" line="156" />
            <source>Checking {value}</source>
            <translation>Comprobando {value}</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/evidence/evidence_controller.py" line="57" />
            <source>Fetch a web page or PDF and keep it as a capture</source>
            <translation>Descargar una página web o un PDF y conservarlo como captura</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/evidence/evidence_controller.py" line="93" />
            <source>Fetch cancelled.</source>
            <translation>Descarga cancelada.</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/evidence/evidence_controller.py" line="61" />
            <source>Fetch the article's URL again; store a new version if the text changed</source>
            <translation>Volver a descargar la URL del artículo; guardar una versión nueva si el texto cambió</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/evidence/evidence_controller.py" line="92" />
            <source>Fetching</source>
            <translation>Descargando</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/evidence/evidence_controller.py" line="116" />
            <source>Fetching {value}</source>
            <translation>Descargando {value}</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/evidence/evidence_controller.py" line="56" />
            <source>Open &amp;URL…</source>
            <translation>Abrir &amp;URL…</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/evidence/evidence_controller.py" line="137" />
            <source>Opened “{title}” from {final_url}.</source>
            <translation>Abierto «{title}» desde {final_url}.</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/evidence/evidence_controller.py" line="40" />
            <source>Saved pages, PDFs, images (*.html *.htm *.mhtml *.pdf *.png *.jpg *.jpeg *.webp *.txt);;All files (*)</source>
            <translation>Páginas guardadas, PDF, imágenes (*.html *.htm *.mhtml *.pdf *.png *.jpg *.jpeg *.webp *.txt);;Todos los archivos (*)</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/evidence/evidence_controller.py" line="131" />
            <source>That page is already in the project.</source>
            <translation>Esa página ya está en el proyecto.</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/evidence/evidence_controller.py" line="167" />
            <source>The page has not changed since the last version.</source>
            <translation>La página no ha cambiado desde la última versión.</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/evidence/evidence_controller.py" line="220" />
            <source>This source has no URL to capture; attach a file instead.</source>
            <translation>Esta fuente no tiene URL que capturar; adjunta un archivo.</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/evidence/evidence_controller.py" line="296" />
            <source>This source has no capture yet.</source>
            <translation>Esta fuente aún no tiene captura.</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/evidence/evidence_controller.py" line="296" />
            <source>View Capture</source>
            <translation>Ver la captura</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/evidence/evidence_controller.py" line="285" />
            <source>captured {format_time} · SHA-256 {short_hash}</source>
            <translation>capturada {format_time} · SHA-256 {short_hash}</translation>
        </message>
    </context>
    <context>
        <name>evidence.fetch_worker</name>
        <message>
            <location filename="../../annotator/ui/evidence/fetch_worker.py" line="67" />
            <source>Cancel</source>
            <translation>Cancelar</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/evidence/fetch_worker.py" line="68" />
            <source>Fetching</source>
            <translation>Descargando</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/evidence/fetch_worker.py" line="94" />
            <source>{value} — {value2} KB</source>
            <translation>{value} — {value2} KB</translation>
        </message>
    </context>
    <context>
        <name>evidence.open_url_dialog</name>
        <message>
            <location filename="../../annotator/ui/evidence/open_url_dialog.py" line="39" />
            <source>&amp;Address of the page or PDF:</source>
            <translation>&amp;Dirección de la página o del PDF:</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/evidence/open_url_dialog.py" line="31" />
            <source>Allow &amp;local and private network addresses for this fetch</source>
            <translation>Permitir direcciones &amp;locales y de redes privadas en esta descarga</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/evidence/open_url_dialog.py" line="23" />
            <source>Open URL</source>
            <translation>Abrir URL</translation>
        </message>
    </context>
    <context>
        <name>evidence.source_dialog</name>
        <message>
            <location filename="../../annotator/ui/evidence/source_dialog.py" line="100" />
            <source>&amp;Excerpt:</source>
            <translation>&amp;Extracto:</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/evidence/source_dialog.py" line="117" />
            <source>&amp;Kind:</source>
            <translation>&amp;Tipo:</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/evidence/source_dialog.py" line="69" />
            <source>&amp;Protected: a source who asked not to be named (never exported)</source>
            <translation>&amp;Protegida: una fuente que pidió no ser nombrada (nunca se exporta)</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/evidence/source_dialog.py" line="118" />
            <source>&amp;Stance:</source>
            <translation>&amp;Postura:</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/evidence/source_dialog.py" line="134" />
            <source>&amp;View Capture</source>
            <translation>&amp;Ver la captura</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/evidence/source_dialog.py" line="92" />
            <source>&amp;{label}:</source>
            <translation>&amp;{label}:</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/evidence/source_dialog.py" line="63" />
            <source>Add Source</source>
            <translation>Añadir fuente</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/evidence/source_dialog.py" line="39" />
            <source>Archived copy</source>
            <translation>Copia archivada</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/evidence/source_dialog.py" line="129" />
            <source>Attach &amp;File…</source>
            <translation>Adjuntar &amp;archivo…</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/evidence/source_dialog.py" line="160" />
            <source>Attach a Capture</source>
            <translation>Adjuntar una captura</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/evidence/source_dialog.py" line="34" />
            <source>Author / who</source>
            <translation>Autor / quién</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/evidence/source_dialog.py" line="124" />
            <source>Capture &amp;Now</source>
            <translation>Capturar &amp;ahora</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/evidence/source_dialog.py" line="74" />
            <source>Capture:</source>
            <translation>Captura:</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/evidence/source_dialog.py" line="38" />
            <source>Date accessed</source>
            <translation>Fecha de consulta</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/evidence/source_dialog.py" line="63" />
            <source>Edit Source</source>
            <translation>Editar fuente</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/evidence/source_dialog.py" line="139" />
            <source>Let Capture Now reach this computer or the local network (refused by default)</source>
            <translation>Permitir que Capturar ahora acceda a este equipo o a la red local (desactivado por defecto)</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/evidence/source_dialog.py" line="36" />
            <source>Method</source>
            <translation>Método</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/evidence/source_dialog.py" line="40" />
            <source>Page / locator</source>
            <translation>Página / localizador</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/evidence/source_dialog.py" line="33" />
            <source>Publisher</source>
            <translation>Medio</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/evidence/source_dialog.py" line="35" />
            <source>Role</source>
            <translation>Cargo</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/evidence/source_dialog.py" line="131" />
            <source>Save the source and keep a saved page, PDF or screenshot as its capture</source>
            <translation>Guardar la fuente y conservar una página guardada, un PDF o una captura de pantalla como su captura</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/evidence/source_dialog.py" line="126" />
            <source>Save the source, fetch its URL and keep the page with its SHA-256</source>
            <translation>Guardar la fuente, descargar su URL y conservar la página con su SHA-256</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/evidence/source_dialog.py" line="162" />
            <source>Saved pages, PDFs, images (*.html *.htm *.mhtml *.pdf *.png *.jpg *.jpeg *.webp *.txt);;All files (*)</source>
            <translation>Páginas guardadas, PDF, imágenes (*.html *.htm *.mhtml *.pdf *.png *.jpg *.jpeg *.webp *.txt);;Todos los archivos (*)</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/evidence/source_dialog.py" line="37" />
            <source>Source date</source>
            <translation>Fecha de la fuente</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/evidence/source_dialog.py" line="97" />
            <source>The passage the verdict relies on</source>
            <translation>El pasaje en el que se basa el veredicto</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/evidence/source_dialog.py" line="32" />
            <source>Title</source>
            <translation>Título</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/evidence/source_dialog.py" line="37" />
            <source>YYYY-MM-DD</source>
            <translation>AAAA-MM-DD</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/evidence/source_dialog.py" line="137" />
            <source>allow local addresses</source>
            <translation>permitir direcciones locales</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/evidence/source_dialog.py" line="34" />
            <source>author, issuer, or the person interviewed</source>
            <translation>autor, emisor o la persona entrevistada</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/evidence/source_dialog.py" line="36" />
            <source>in person, phone, email, letter…</source>
            <translation>en persona, teléfono, correo, carta…</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/evidence/source_dialog.py" line="35" />
            <source>the person's role (interviews, correspondence)</source>
            <translation>el cargo de la persona (entrevistas, correspondencia)</translation>
        </message>
    </context>
    <context>
        <name>exchange.checklist</name>
        <message numerus="yes">
            <location filename="../../annotator/commands/checklist_lines.py" line="53" />
            <source>%n claim(s) changed after approval (stale approval).</source>
            <translation>
                <numerusform>%n afirmación cambió después de su aprobación (aprobación caducada).</numerusform>
                <numerusform>%n afirmaciones cambiaron después de su aprobación (aprobación caducada).</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../annotator/commands/checklist_lines.py" line="48" />
            <source>%n claim(s) changed after approval (stale approval): left out until approved again.</source>
            <translation>
                <numerusform>%n afirmación cambió después de su aprobación (aprobación caducada): queda fuera hasta que se apruebe de nuevo.</numerusform>
                <numerusform>%n afirmaciones cambiaron después de su aprobación (aprobación caducada): quedan fuera hasta que se aprueben de nuevo.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../annotator/commands/checklist_lines.py" line="27" />
            <source>%n claim(s) without a verdict.</source>
            <translation>
                <numerusform>%n afirmación sin veredicto.</numerusform>
                <numerusform>%n afirmaciones sin veredicto.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../annotator/commands/checklist_lines.py" line="26" />
            <source>%n claim(s) without an explanation.</source>
            <translation>
                <numerusform>%n afirmación sin explicación.</numerusform>
                <numerusform>%n afirmaciones sin explicación.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../annotator/commands/checklist_lines.py" line="25" />
            <source>%n claim(s) without sources.</source>
            <translation>
                <numerusform>%n afirmación sin fuentes.</numerusform>
                <numerusform>%n afirmaciones sin fuentes.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../annotator/commands/checklist_lines.py" line="28" />
            <source>%n orphaned claim(s): the passage is no longer in the article's current text.</source>
            <translation>
                <numerusform>%n afirmación huérfana: el pasaje ya no está en el texto actual del artículo.</numerusform>
                <numerusform>%n afirmaciones huérfanas: el pasaje ya no está en el texto actual del artículo.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../annotator/commands/checklist_lines.py" line="31" />
            <source>%n passage(s) rated by two or more people await adjudication of the final verdict.</source>
            <translation>
                <numerusform>%n pasaje calificado por dos o más personas espera la resolución del veredicto final.</numerusform>
                <numerusform>%n pasajes calificados por dos o más personas esperan la resolución del veredicto final.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../annotator/commands/checklist_lines.py" line="19" />
            <source>Includes %n claim(s) not approved: the report is marked as a draft.</source>
            <translation>
                <numerusform>Incluye %n afirmación no aprobada: el informe se marca como borrador.</numerusform>
                <numerusform>Incluye %n afirmaciones no aprobadas: el informe se marca como borrador.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../annotator/commands/checklist_lines.py" line="22" />
            <source>Nothing to export: no claim in scope is approved (drafts are left out).</source>
            <translation>Nada que exportar: ninguna afirmación del alcance está aprobada (los borradores quedan fuera).</translation>
        </message>
    </context>
    <context>
        <name>exchange.exchange_controller</name>
        <message>
            <location filename="../../annotator/ui/exchange/exchange_controller.py" line="58" />
            <source>&amp;Export…</source>
            <translation>&amp;Exportar…</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/exchange/exchange_controller.py" line="50" />
            <source>&amp;Import Articles…</source>
            <translation>&amp;Importar artículos…</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/exchange/exchange_controller.py" line="51" />
            <source>Add web pages, PDFs, Word, Markdown or text files</source>
            <translation>Añadir páginas web, PDF, documentos de Word, Markdown o texto</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/exchange/exchange_controller.py" line="36" />
            <source>Annotations (*.json *.jsonld);;All files (*)</source>
            <translation>Anotaciones (*.json *.jsonld);;Todos los archivos (*)</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/exchange/exchange_controller.py" line="265" />
            <source>Cancel</source>
            <translation>Cancelar</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/exchange/exchange_controller.py" line="220" />
            <source>Export</source>
            <translation>Exportar</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/exchange/exchange_controller.py" line="227" />
            <source>Export cancelled; nothing was written.</source>
            <translation>Exportación cancelada; no se escribió nada.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../annotator/ui/exchange/exchange_controller.py" line="231" />
            <source>Exported %n claim(s) to {path}</source>
            <translation>
                <numerusform>%n afirmación exportada a {path}</numerusform>
                <numerusform>%n afirmaciones exportadas a {path}</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../annotator/ui/exchange/exchange_controller.py" line="62" />
            <source>Import A&amp;nnotations…</source>
            <translation>Importar a&amp;notaciones…</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/exchange/exchange_controller.py" line="156" />
            <source>Import Annotations</source>
            <translation>Importar anotaciones</translation>
        </message>
        <message numerus="yes">
            <location filename="../../annotator/ui/exchange/exchange_controller.py" line="112" />
            <source>Imported %n article(s).</source>
            <translation>
                <numerusform>%n artículo importado.</numerusform>
                <numerusform>%n artículos importados.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../annotator/ui/exchange/exchange_controller.py" line="55" />
            <source>Make an article of the text or web page on the clipboard</source>
            <translation>Crear un artículo con el texto o la página web del portapapeles</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/exchange/exchange_controller.py" line="54" />
            <source>Paste as New &amp;Article</source>
            <translation>Pegar como nuevo &amp;artículo</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/exchange/exchange_controller.py" line="132" />
            <source>Paste as New Article</source>
            <translation>Pegar como nuevo artículo</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/exchange/exchange_controller.py" line="59" />
            <source>Reports (HTML, PDF, Markdown), CSV, JSON, ClaimReview, W3C annotations</source>
            <translation>Informes (HTML, PDF, Markdown), CSV, JSON, ClaimReview, anotaciones W3C</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/exchange/exchange_controller.py" line="265" />
            <source>Starting the export…</source>
            <translation>Iniciando la exportación…</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/exchange/exchange_controller.py" line="63" />
            <source>W3C Web Annotation or Hypothesis JSON</source>
            <translation>Anotación web W3C o JSON de Hypothesis</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/exchange/exchange_controller.py" line="129" />
            <source>the clipboard</source>
            <translation>el portapapeles</translation>
        </message>
    </context>
    <context>
        <name>exchange.export_dialog</name>
        <message>
            <location filename="../../annotator/ui/exchange/export_dialog.py" line="75" />
            <source>&amp;Format:</source>
            <translation>&amp;Formato:</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/exchange/export_dialog.py" line="84" />
            <source>&amp;Save to:</source>
            <translation>&amp;Guardar en:</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/exchange/export_dialog.py" line="106" />
            <source>All articles of the project</source>
            <translation>Todos los artículos del proyecto</translation>
        </message>
        <message numerus="yes">
            <location filename="../../annotator/ui/exchange/export_dialog.py" line="192" />
            <source>Before exporting %n claim(s):</source>
            <translation>
                <numerusform>Antes de exportar %n afirmación:</numerusform>
                <numerusform>Antes de exportar %n afirmaciones:</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../annotator/ui/exchange/export_dialog.py" line="123" />
            <source>CSV: UTF-8 with BOM (for spreadsheets)</source>
            <translation>CSV: UTF-8 con BOM (para hojas de cálculo)</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/exchange/export_dialog.py" line="122" />
            <source>CSV: one row per source</source>
            <translation>CSV: una fila por fuente</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/exchange/export_dialog.py" line="64" />
            <source>Choose…</source>
            <translation>Elegir…</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/exchange/export_dialog.py" line="118" />
            <source>ClaimReview: allow an incomplete document (no report URL or organisation)</source>
            <translation>ClaimReview: permitir un documento incompleto (sin URL del informe ni organización)</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/exchange/export_dialog.py" line="56" />
            <source>Export</source>
            <translation>Exportar</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/exchange/export_dialog.py" line="201" />
            <source>Export Anyway</source>
            <translation>Exportar de todos modos</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/exchange/export_dialog.py" line="151" />
            <source>Export To</source>
            <translation>Exportar a</translation>
        </message>
        <message numerus="yes">
            <location filename="../../annotator/ui/exchange/export_dialog.py" line="232" />
            <source>Exported %n claim(s) to
{path}</source>
            <translation>
                <numerusform>%n afirmación exportada a
{path}</numerusform>
                <numerusform>%n afirmaciones exportadas a
{path}</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../annotator/ui/exchange/export_dialog.py" line="113" />
            <source>Include claims not yet approved (the report is marked as a draft)</source>
            <translation>Incluir afirmaciones aún no aprobadas (el informe se marca como borrador)</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/exchange/export_dialog.py" line="196" />
            <source>Must fix: </source>
            <translation>Hay que corregir: </translation>
        </message>
        <message>
            <location filename="../../annotator/ui/exchange/export_dialog.py" line="70" />
            <source>Nothing</source>
            <translation>Nada</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/exchange/export_dialog.py" line="68" />
            <source>Open the file</source>
            <translation>Abrir el archivo</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/exchange/export_dialog.py" line="78" />
            <source>Options:</source>
            <translation>Opciones:</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/exchange/export_dialog.py" line="190" />
            <source>Publication Checklist</source>
            <translation>Lista de comprobación de publicación</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/exchange/export_dialog.py" line="83" />
            <source>Report &amp;language:</source>
            <translation>&amp;Idioma del informe:</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/exchange/export_dialog.py" line="121" />
            <source>Reports: appendix on agreement between reviewers</source>
            <translation>Informes: apéndice sobre el acuerdo entre revisores</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/exchange/export_dialog.py" line="76" />
            <source>Scope:</source>
            <translation>Alcance:</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/exchange/export_dialog.py" line="69" />
            <source>Show it in its folder</source>
            <translation>Mostrarlo en su carpeta</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/exchange/export_dialog.py" line="104" />
            <source>This article</source>
            <translation>Este artículo</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/exchange/export_dialog.py" line="102" />
            <source>This article: {article_title}</source>
            <translation>Este artículo: {article_title}</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/exchange/export_dialog.py" line="85" />
            <source>When done:</source>
            <translation>Al terminar:</translation>
        </message>
    </context>
    <context>
        <name>exchange.export_worker</name>
        <message>
            <location filename="../../annotator/ui/exchange/export_worker.py" line="98" />
            <source>The export stopped unexpectedly (exit code {exitcode}).</source>
            <translation>La exportación se detuvo inesperadamente (código de salida {exitcode}).</translation>
        </message>
    </context>
    <context>
        <name>exchange.hub_sync</name>
        <message>
            <location filename="../../annotator/ui/exchange/hub_sync.py" line="131" />
            <source>&amp;Database:</source>
            <translation>&amp;Base de datos:</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/exchange/hub_sync.py" line="130" />
            <source>&amp;Host:</source>
            <translation>&amp;Servidor:</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/exchange/hub_sync.py" line="130" />
            <source>&amp;Port:</source>
            <translation>&amp;Puerto:</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/exchange/hub_sync.py" line="132" />
            <source>&amp;Service:</source>
            <translation>&amp;Servicio:</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/exchange/hub_sync.py" line="132" />
            <source>&amp;TLS mode:</source>
            <translation>Modo &amp;TLS:</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/exchange/hub_sync.py" line="131" />
            <source>&amp;User:</source>
            <translation>&amp;Usuario:</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/exchange/hub_sync.py" line="360" />
            <source>, last sync {format_time}</source>
            <translation>, última sincronización {format_time}</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/exchange/hub_sync.py" line="262" />
            <source>Cannot Connect to Team Hub</source>
            <translation>No se puede conectar con el servidor del equipo</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/exchange/hub_sync.py" line="183" />
            <source>Connect to Team &amp;Hub…</source>
            <translation>Conectar con el &amp;servidor del equipo…</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/exchange/hub_sync.py" line="117" />
            <source>Connect to Team Hub</source>
            <translation>Conectar con el servidor del equipo</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/exchange/hub_sync.py" line="189" />
            <source>Disconnect from Team Hub</source>
            <translation>Desconectar del servidor del equipo</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/exchange/hub_sync.py" line="365" />
            <source>Hub: conflict</source>
            <translation>Servidor: conflicto</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/exchange/hub_sync.py" line="365" />
            <source>Hub: offline</source>
            <translation>Servidor: sin conexión</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/exchange/hub_sync.py" line="364" />
            <source>Hub: synced</source>
            <translation>Servidor: sincronizado</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/exchange/hub_sync.py" line="364" />
            <source>Hub: syncing…</source>
            <translation>Servidor: sincronizando…</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/exchange/hub_sync.py" line="186" />
            <source>Sync &amp;Now</source>
            <translation>Sincronizar &amp;ahora</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/exchange/hub_sync.py" line="184" />
            <source>Sync this project with the newsroom's PostgreSQL hub</source>
            <translation>Sincronizar este proyecto con el servidor PostgreSQL de la redacción</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/exchange/hub_sync.py" line="176" />
            <source>Team hub status</source>
            <translation>Estado del servidor del equipo</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/exchange/hub_sync.py" line="237" />
            <source>The live connection to the hub was lost ({reason}); trying again every {seconds} seconds.</source>
            <translation>Se perdió la conexión en directo con el hub ({reason}); se reintenta cada {seconds} segundos.</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/exchange/hub_sync.py" line="240" />
            <source>The live connection to the hub was lost; trying again every {seconds} seconds.</source>
            <translation>Se perdió la conexión en directo con el hub; se reintenta cada {seconds} segundos.</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/exchange/hub_sync.py" line="135" />
            <source>The password is read from your ~/.pgpass, service file or PGPASSWORD; it is never stored in the project.</source>
            <translation>La contraseña se lee de tu ~/.pgpass, del archivo de servicio o de PGPASSWORD; nunca se guarda en el proyecto.</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/exchange/hub_sync.py" line="108" />
            <source>The sync failed: {error}</source>
            <translation>La sincronización falló: {error}</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/exchange/hub_sync.py" line="128" />
            <source>optional: a name from your pg_service.conf</source>
            <translation>opcional: un nombre de tu pg_service.conf</translation>
        </message>
    </context>
    <context>
        <name>exchange.import_flow</name>
        <message>
            <location filename="../../annotator/ui/exchange/import_flow.py" line="179" />
            <source>

…and {value} more.</source>
            <translation>

…y {value} más.</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/exchange/import_flow.py" line="190" />
            <source>Already in the Project</source>
            <translation>Ya está en el proyecto</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/exchange/import_flow.py" line="27" />
            <source>Articles (*.html *.htm *.xhtml *.pdf *.docx *.md *.markdown *.txt *.text *.warc *.warc.gz *.mhtml *.mht);;Web pages (*.html *.htm);;Web archives (*.warc *.warc.gz *.mhtml *.mht);;PDF (*.pdf);;Word (*.docx);;Text and Markdown (*.txt *.md);;All files (*)</source>
            <translation>Artículos (*.html *.htm *.xhtml *.pdf *.docx *.md *.markdown *.txt *.text *.warc *.warc.gz *.mhtml *.mht);;Páginas web (*.html *.htm);;Archivos web (*.warc *.warc.gz *.mhtml *.mht);;PDF (*.pdf);;Word (*.docx);;Texto y Markdown (*.txt *.md);;Todos los archivos (*)</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/exchange/import_flow.py" line="114" />
            <source>Cancel</source>
            <translation>Cancelar</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/exchange/import_flow.py" line="116" />
            <source>Import Articles</source>
            <translation>Importar artículos</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/exchange/import_flow.py" line="150" />
            <source>Importing {name}…</source>
            <translation>Importando {name}…</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/exchange/import_flow.py" line="114" />
            <source>Importing…</source>
            <translation>Importando…</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/exchange/import_flow.py" line="183" />
            <source>Some Files Were Not Imported</source>
            <translation>Algunos archivos no se importaron</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/exchange/import_flow.py" line="191" />
            <source>The text of {name} is already in this project as “{existing_title}”.
Show the existing article?</source>
            <translation>El texto de {name} ya está en este proyecto como «{existing_title}».
¿Mostrar el artículo existente?</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/exchange/import_flow.py" line="79" />
            <source>{name}: could not be read ({error}).</source>
            <translation>{name}: no se pudo leer ({error}).</translation>
        </message>
    </context>
    <context>
        <name>exchange.merge_flow</name>
        <message numerus="yes">
            <location filename="../../annotator/ui/exchange/merge_flow.py" line="115" />
            <source>%n added</source>
            <translation>
                <numerusform>%n añadido</numerusform>
                <numerusform>%n añadidos</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../annotator/ui/exchange/merge_flow.py" line="46" />
            <source>%n adjudication(s)</source>
            <translation>
                <numerusform>%n resolución</numerusform>
                <numerusform>%n resoluciones</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../annotator/ui/exchange/merge_flow.py" line="44" />
            <source>%n article(s)</source>
            <translation>
                <numerusform>%n artículo</numerusform>
                <numerusform>%n artículos</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../annotator/ui/exchange/merge_flow.py" line="44" />
            <source>%n claim(s)</source>
            <translation>
                <numerusform>%n afirmación</numerusform>
                <numerusform>%n afirmaciones</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../annotator/ui/exchange/merge_flow.py" line="45" />
            <source>%n comment(s)</source>
            <translation>
                <numerusform>%n comentario</numerusform>
                <numerusform>%n comentarios</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../annotator/ui/exchange/merge_flow.py" line="48" />
            <source>%n conflict(s)</source>
            <translation>
                <numerusform>%n conflicto</numerusform>
                <numerusform>%n conflictos</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../annotator/ui/exchange/merge_flow.py" line="49" />
            <source>%n damaged item(s)</source>
            <translation>
                <numerusform>%n elemento dañado</numerusform>
                <numerusform>%n elementos dañados</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../annotator/ui/exchange/merge_flow.py" line="117" />
            <source>%n deleted</source>
            <translation>
                <numerusform>%n eliminado</numerusform>
                <numerusform>%n eliminados</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../annotator/ui/exchange/merge_flow.py" line="47" />
            <source>%n fact-check(s)</source>
            <translation>
                <numerusform>%n verificación</numerusform>
                <numerusform>%n verificaciones</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../annotator/ui/exchange/merge_flow.py" line="46" />
            <source>%n rating(s)</source>
            <translation>
                <numerusform>%n valoración</numerusform>
                <numerusform>%n valoraciones</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../annotator/ui/exchange/merge_flow.py" line="45" />
            <source>%n source(s)</source>
            <translation>
                <numerusform>%n fuente</numerusform>
                <numerusform>%n fuentes</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../annotator/ui/exchange/merge_flow.py" line="118" />
            <source>%n unchanged</source>
            <translation>
                <numerusform>%n sin cambios</numerusform>
                <numerusform>%n sin cambios</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../annotator/ui/exchange/merge_flow.py" line="116" />
            <source>%n updated</source>
            <translation>
                <numerusform>%n actualizado</numerusform>
                <numerusform>%n actualizados</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../annotator/ui/exchange/merge_flow.py" line="47" />
            <source>%n verdict(s)</source>
            <translation>
                <numerusform>%n veredicto</numerusform>
                <numerusform>%n veredictos</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../annotator/ui/exchange/merge_flow.py" line="145" />
            <source>Claims changed:</source>
            <translation>Afirmaciones cambiadas:</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/exchange/merge_flow.py" line="186" />
            <source>Could not merge {name}: {message}</source>
            <translation>No se pudo fusionar {name}: {message}</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/exchange/merge_flow.py" line="24" />
            <source>Merge Colleague's Project</source>
            <translation>Fusionar el proyecto de un colega</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/exchange/merge_flow.py" line="120" />
            <source>Merged {name}: {join}.</source>
            <translation>Fusionado {name}: {join}.</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/exchange/merge_flow.py" line="128" />
            <source>New: {join}.</source>
            <translation>Nuevo: {join}.</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/exchange/merge_flow.py" line="137" />
            <source>No conflicts.</source>
            <translation>Sin conflictos.</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/exchange/merge_flow.py" line="111" />
            <source>Nothing new in {name}: your project already has everything in it.</source>
            <translation>Nada nuevo en {name}: tu proyecto ya lo tiene todo.</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/exchange/merge_flow.py" line="56" />
            <source>claim as checked</source>
            <translation>afirmación verificada</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/exchange/merge_flow.py" line="57" />
            <source>internal note</source>
            <translation>nota interna</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/exchange/merge_flow.py" line="57" />
            <source>position</source>
            <translation>posición</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/exchange/merge_flow.py" line="58" />
            <source>quote</source>
            <translation>cita</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/exchange/merge_flow.py" line="58" />
            <source>review status</source>
            <translation>estado de revisión</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/exchange/merge_flow.py" line="56" />
            <source>verdict</source>
            <translation>veredicto</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/exchange/merge_flow.py" line="166" />
            <source>{name} is open read-only; nothing can be merged into it.</source>
            <translation>{name} está abierto en solo lectura; no se puede fusionar nada en él.</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/exchange/merge_flow.py" line="174" />
            <source>{name} is the project you have open; choose a colleague's copy.</source>
            <translation>{name} es el proyecto que tienes abierto; elige la copia de un colega.</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/exchange/merge_flow.py" line="140" />
            <source>{plural} in {name} could not be placed and were skipped.</source>
            <translation>{plural} en {name} no se pudieron ubicar y se omitieron.</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/exchange/merge_flow.py" line="131" />
            <source>{plural}: changed on both sides. Open the Conflicts panel to keep yours, theirs, or edit the result.</source>
            <translation>{plural}: cambiados en ambos lados. Abre el panel de conflictos para conservar los tuyos, los suyos o editar el resultado.</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/exchange/merge_flow.py" line="76" />
            <source>“{quote}”: added</source>
            <translation>«{quote}»: añadida</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/exchange/merge_flow.py" line="89" />
            <source>“{quote}”: deleted</source>
            <translation>«{quote}»: eliminada</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/exchange/merge_flow.py" line="84" />
            <source>“{quote}”: {fields} changed</source>
            <translation>«{quote}»: cambió {fields}</translation>
        </message>
        <message numerus="yes">
            <location filename="../../annotator/ui/exchange/merge_flow.py" line="96" />
            <source>… and %n more claim(s)</source>
            <translation>
                <numerusform>… y %n afirmación más</numerusform>
                <numerusform>… y %n afirmaciones más</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>inspector.claim_form</name>
        <message>
            <location filename="../../annotator/ui/inspector/claim_form.py" line="23" />
            <source>&amp;Status:</source>
            <translation>&amp;Estado:</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/inspector/claim_form.py" line="22" />
            <source>&amp;Tags:</source>
            <translation>&amp;Etiquetas:</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/inspector/claim_form.py" line="20" />
            <source>&amp;Verdict:</source>
            <translation>&amp;Veredicto:</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/inspector/claim_form.py" line="33" />
            <source>A short, checkable paraphrase</source>
            <translation>Una paráfrasis breve y verificable</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/inspector/claim_form.py" line="18" />
            <source>Clai&amp;mant:</source>
            <translation>&amp;Declarante:</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/inspector/claim_form.py" line="19" />
            <source>Claim &amp;date:</source>
            <translation>&amp;Fecha de la afirmación:</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/inspector/claim_form.py" line="17" />
            <source>Claim as &amp;checked:</source>
            <translation>Afirmación &amp;verificada:</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/inspector/claim_form.py" line="21" />
            <source>E&amp;xplanation:</source>
            <translation>E&amp;xplicación:</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/inspector/claim_form.py" line="24" />
            <source>Internal &amp;note:</source>
            <translation>&amp;Nota interna:</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/inspector/claim_form.py" line="49" />
            <source>Internal note (never exported)</source>
            <translation>Nota interna (nunca se exporta)</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/inspector/claim_form.py" line="84" />
            <source>Unrated</source>
            <translation>Sin calificar</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/inspector/claim_form.py" line="35" />
            <source>Who made the claim</source>
            <translation>Quién hizo la afirmación</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/inspector/claim_form.py" line="40" />
            <source>Why this verdict: what the sources show</source>
            <translation>Por qué este veredicto: lo que muestran las fuentes</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/inspector/claim_form.py" line="37" />
            <source>YYYY-MM-DD (or YYYY-MM)</source>
            <translation>AAAA-MM-DD (o AAAA-MM)</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/inspector/claim_form.py" line="44" />
            <source>comma, separated, tags</source>
            <translation>etiquetas, separadas, por comas</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/inspector/claim_form.py" line="87" />
            <source>{label} (retired)</source>
            <translation>{label} (retirado)</translation>
        </message>
    </context>
    <context>
        <name>inspector.comments_widget</name>
        <message>
            <location filename="../../annotator/ui/inspector/comments_widget.py" line="107" />
            <source>&amp;Reply</source>
            <translation>&amp;Responder</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/inspector/comments_widget.py" line="143" />
            <source>Comment</source>
            <translation>Comentario</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/inspector/comments_widget.py" line="109" />
            <source>Re&amp;open</source>
            <translation>Re&amp;abrir</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/inspector/comments_widget.py" line="108" />
            <source>Re&amp;solve</source>
            <translation>Re&amp;solver</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/inspector/comments_widget.py" line="313" />
            <source>Reply</source>
            <translation>Responder</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/inspector/comments_widget.py" line="311" />
            <source>Replying to {author} (Esc cancels)</source>
            <translation>Respondiendo a {author} (Esc cancela)</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/inspector/comments_widget.py" line="225" />
            <source>Resolved by {person} · {short_time}</source>
            <translation>Resuelto por {person} · {short_time}</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/inspector/comments_widget.py" line="145" />
            <source>Send (Ctrl+Return)</source>
            <translation>Enviar (Ctrl+Intro)</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/inspector/comments_widget.py" line="394" />
            <source>That comment was deleted.</source>
            <translation>Ese comentario se eliminó.</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/inspector/comments_widget.py" line="139" />
            <source>Write a comment… (Ctrl+Return sends)</source>
            <translation>Escribe un comentario… (Ctrl+Intro lo envía)</translation>
        </message>
    </context>
    <context>
        <name>inspector.history_widget</name>
        <message>
            <location filename="../../annotator/ui/inspector/history_widget.py" line="127" />
            <source>(empty)</source>
            <translation>(vacío)</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/inspector/history_widget.py" line="126" />
            <source>Before:
{before}

After:
{after}</source>
            <translation>Antes:
{before}

Después:
{after}</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/inspector/history_widget.py" line="75" />
            <source>No changes recorded yet.</source>
            <translation>Aún no hay cambios registrados.</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/inspector/history_widget.py" line="39" />
            <source>added source {one_line}</source>
            <translation>añadió la fuente {one_line}</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/inspector/history_widget.py" line="36" />
            <source>approval voided</source>
            <translation>aprobación anulada</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/inspector/history_widget.py" line="30" />
            <source>created the claim on {quote}</source>
            <translation>creó la afirmación sobre {quote}</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/inspector/history_widget.py" line="32" />
            <source>deleted the claim</source>
            <translation>eliminó la afirmación</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/inspector/history_widget.py" line="43" />
            <source>edited source {one_line}</source>
            <translation>editó la fuente {one_line}</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/inspector/history_widget.py" line="47" />
            <source>position</source>
            <translation>posición</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/inspector/history_widget.py" line="41" />
            <source>removed source {one_line}</source>
            <translation>quitó la fuente {one_line}</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/inspector/history_widget.py" line="34" />
            <source>restored the claim</source>
            <translation>restauró la afirmación</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/inspector/history_widget.py" line="44" />
            <source>source: {old} → {new}</source>
            <translation>fuente: {old} → {new}</translation>
        </message>
    </context>
    <context>
        <name>inspector.inspector</name>
        <message>
            <location filename="../../annotator/ui/inspector/inspector.py" line="150" />
            <source>&amp;Add Source…</source>
            <translation>Añadir &amp;fuente…</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/inspector/inspector.py" line="113" />
            <source>Blind review: a colleague's claim. Their verdict, explanation, note and sources are hidden until you reveal them; the verdict you choose is your own rating.</source>
            <translation>Revisión a ciegas: una afirmación de un colega. Su veredicto, explicación, nota y fuentes están ocultos hasta que los reveles; el veredicto que elijas es tu propia valoración.</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/inspector/inspector.py" line="288" />
            <source>Created by {author} · {format_time}
Last changed by {changer} · {format_time2}</source>
            <translation>Creada por {author} · {format_time}
Último cambio de {changer} · {format_time2}</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/inspector/inspector.py" line="151" />
            <source>Edit…</source>
            <translation>Editar…</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/inspector/inspector.py" line="206" />
            <source>Hidden while you rate this article blind.</source>
            <translation>Oculto mientras evalúas este artículo a ciegas.</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/inspector/inspector.py" line="321" />
            <source>Orphaned: this passage is no longer in the article. It was:
“{original_exact}”</source>
            <translation>Huérfana: este pasaje ya no está en el artículo. Era:
«{original_exact}»</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/inspector/inspector.py" line="97" />
            <source>Quote</source>
            <translation>Cita</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/inspector/inspector.py" line="152" />
            <source>Remove</source>
            <translation>Quitar</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/inspector/inspector.py" line="69" />
            <source>Select text in the article and choose New Claim (Ctrl+E), or pick a claim in the list.</source>
            <translation>Selecciona texto en el artículo y elige Nueva afirmación (Ctrl+E), o elige una afirmación de la lista.</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/inspector/inspector.py" line="140" />
            <source>Sources</source>
            <translation>Fuentes</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/inspector/inspector.py" line="316" />
            <source>The article changed; the claim was made on:
“{original_exact}”</source>
            <translation>El artículo cambió; la afirmación se hizo sobre:
«{original_exact}»</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/inspector/inspector.py" line="312" />
            <source>The article changed; this passage moved but its text is the same.</source>
            <translation>El artículo cambió; este pasaje se desplazó pero su texto es el mismo.</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/inspector/inspector.py" line="217" />
            <source>Your blind rating of this passage: stored as a rating, not as the claim's verdict.</source>
            <translation>Tu valoración a ciegas de este pasaje: se guarda como valoración, no como veredicto de la afirmación.</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/inspector/inspector.py" line="352" />
            <source>accessed {date}</source>
            <translation>consultada el {date}</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/inspector/inspector.py" line="345" />
            <source>protected (never exported)</source>
            <translation>protegida (nunca se exporta)</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/inspector/inspector.py" line="363" />
            <source>{url}
Double-click or press Enter to open it in your browser.</source>
            <translation>{url}
Doble clic o Intro para abrirla en el navegador.</translation>
        </message>
    </context>
    <context>
        <name>matching.matching_commands</name>
        <message>
            <location filename="../../annotator/ui/matching/matching_commands.py" line="18" />
            <source>Accept suggestion</source>
            <translation>Aceptar la sugerencia</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/matching/matching_commands.py" line="39" />
            <source>Dismiss suggestion</source>
            <translation>Descartar la sugerencia</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/matching/matching_commands.py" line="56" />
            <source>Reuse fact-check</source>
            <translation>Reutilizar la verificación</translation>
        </message>
    </context>
    <context>
        <name>matching.matching_controller</name>
        <message numerus="yes">
            <location filename="../../annotator/ui/matching/matching_controller.py" line="197" />
            <source>%n sentence(s) worth checking: Enter makes a claim, Delete dismisses</source>
            <translation>
                <numerusform>%n frase que merece verificarse: Intro crea una afirmación, Supr la descarta</numerusform>
                <numerusform>%n frases que merecen verificarse: Intro crea una afirmación, Supr las descarta</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../annotator/ui/matching/matching_controller.py" line="58" />
            <source>&amp;Suggest Claims</source>
            <translation>&amp;Sugerir afirmaciones</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/matching/matching_controller.py" line="65" />
            <source>Already &amp;Checked?</source>
            <translation>¿Ya &amp;verificado?</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/matching/matching_controller.py" line="46" />
            <source>Already Checked?</source>
            <translation>¿Ya verificado?</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/matching/matching_controller.py" line="165" />
            <source>Cannot Import Fact-Checks</source>
            <translation>No se pueden importar las verificaciones</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/matching/matching_controller.py" line="44" />
            <source>Fact-Checks</source>
            <translation>Verificaciones</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/matching/matching_controller.py" line="31" />
            <source>Fact-checks (*.json *.jsonld *.jsonl *.ndjson *.csv *.tsv *.gz);;All files (*)</source>
            <translation>Verificaciones (*.json *.jsonld *.jsonl *.ndjson *.csv *.tsv *.gz);;Todos los archivos (*)</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/matching/matching_controller.py" line="170" />
            <source>Fact-checks from {name}: {added} added, {updated} updated, {unchanged} unchanged</source>
            <translation>Verificaciones de {name}: {added} añadidas, {updated} actualizadas, {unchanged} sin cambios</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/matching/matching_controller.py" line="49" />
            <source>Import &amp;Fact-Checks…</source>
            <translation>Importar &amp;verificaciones…</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/matching/matching_controller.py" line="156" />
            <source>Import Fact-Checks</source>
            <translation>Importar verificaciones</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/matching/matching_controller.py" line="68" />
            <source>Look the selected text up among fact-checks and approved claims</source>
            <translation>Buscar el texto seleccionado entre las verificaciones y las afirmaciones aprobadas</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/matching/matching_controller.py" line="61" />
            <source>Mark the sentences most worth checking</source>
            <translation>Marcar las frases que más merece la pena verificar</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/matching/matching_controller.py" line="52" />
            <source>Published fact-checks (ClaimReview JSON-LD, JSON Lines, CSV) as reference material</source>
            <translation>Verificaciones publicadas (ClaimReview JSON-LD, JSON Lines, CSV) como material de referencia</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/matching/matching_controller.py" line="246" />
            <source>Select some text of the article to look it up.</source>
            <translation>Selecciona un fragmento del artículo para buscarlo.</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/matching/matching_controller.py" line="45" />
            <source>Suggestions</source>
            <translation>Sugerencias</translation>
        </message>
    </context>
    <context>
        <name>matching.matching_panels</name>
        <message numerus="yes">
            <location filename="../../annotator/ui/matching/matching_panels.py" line="146" />
            <source>%n possible match(es) for “{text}”</source>
            <translation>
                <numerusform>%n posible coincidencia para «{text}»</numerusform>
                <numerusform>%n posibles coincidencias para «{text}»</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../annotator/ui/matching/matching_panels.py" line="74" />
            <source>%n shown, newest first; Enter opens the fact-check</source>
            <translation>
                <numerusform>%n mostrada, de la más reciente a la más antigua; Intro abre la verificación</numerusform>
                <numerusform>%n mostradas, de la más reciente a la más antigua; Intro abre la verificación</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../annotator/ui/matching/matching_panels.py" line="100" />
            <source>&amp;Reuse Verdict and Source</source>
            <translation>&amp;Reutilizar veredicto y fuente</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/matching/matching_panels.py" line="91" />
            <source>&lt;b&gt;Already checked?&lt;/b&gt;</source>
            <translation>&lt;b&gt;¿Ya verificado?&lt;/b&gt;</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/matching/matching_panels.py" line="107" />
            <source>Check &amp;Selected Text</source>
            <translation>Verificar el texto &amp;seleccionado</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/matching/matching_panels.py" line="102" />
            <source>Copy the match's verdict to the claim, add the fact-check as a source, and note where it came from</source>
            <translation>Copiar el veredicto de la coincidencia en la afirmación, añadir la verificación como fuente y anotar su procedencia</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/matching/matching_panels.py" line="200" />
            <source>Enter: make a claim of it · Delete: dismiss it</source>
            <translation>Intro: crear una afirmación · Supr: descartarla</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/matching/matching_panels.py" line="75" />
            <source>No fact-checks here. File → Import Fact-Checks… adds them.</source>
            <translation>No hay verificaciones. Archivo → Importar verificaciones… las añade.</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/matching/matching_panels.py" line="152" />
            <source>Nothing in the archive matches.</source>
            <translation>Nada del archivo coincide.</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/matching/matching_panels.py" line="52" />
            <source>Search imported fact-checks…</source>
            <translation>Buscar en las verificaciones importadas…</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/matching/matching_panels.py" line="154" />
            <source>Select a claim or some text.</source>
            <translation>Selecciona una afirmación o un fragmento de texto.</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/matching/matching_panels.py" line="138" />
            <source>fact-check</source>
            <translation>verificación</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/matching/matching_panels.py" line="37" />
            <source>no verdict given</source>
            <translation>sin veredicto</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/matching/matching_panels.py" line="138" />
            <source>our claim</source>
            <translation>nuestra afirmación</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/matching/matching_panels.py" line="37" />
            <source>unknown organisation</source>
            <translation>organización desconocida</translation>
        </message>
    </context>
    <context>
        <name>project.article_actions</name>
        <message>
            <location filename="../../annotator/ui/project/article_actions.py" line="25" />
            <source>&amp;Remove Article…</source>
            <translation>&amp;Quitar artículo…</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/project/article_actions.py" line="23" />
            <source>Article &amp;Properties…</source>
            <translation>&amp;Propiedades del artículo…</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/project/article_actions.py" line="50" />
            <source>Remove</source>
            <translation>Quitar</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/project/article_actions.py" line="50" />
            <source>Remove Article</source>
            <translation>Quitar artículo</translation>
        </message>
        <message numerus="yes">
            <location filename="../../annotator/ui/project/article_actions.py" line="47" />
            <source>Remove “{title}” and its %n claim(s) from the project?
You can undo this.</source>
            <translation>
                <numerusform>¿Quitar «{title}» y su %n afirmación del proyecto?
Puedes deshacerlo.</numerusform>
                <numerusform>¿Quitar «{title}» y sus %n afirmaciones del proyecto?
Puedes deshacerlo.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>project.files_controller</name>
        <message numerus="yes">
            <location filename="../../annotator/ui/project/files_controller.py" line="350" />
            <source>%n article(s).</source>
            <translation>
                <numerusform>%n artículo.</numerusform>
                <numerusform>%n artículos.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../annotator/ui/project/files_controller.py" line="76" />
            <source>&amp;New Project…</source>
            <translation>&amp;Nuevo proyecto…</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/project/files_controller.py" line="79" />
            <source>&amp;Open Project…</source>
            <translation>&amp;Abrir proyecto…</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/project/files_controller.py" line="98" />
            <source>&amp;Preferences…</source>
            <translation>&amp;Preferencias…</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/project/files_controller.py" line="94" />
            <source>&amp;Verdict Scale…</source>
            <translation>Escala de &amp;veredictos…</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/project/files_controller.py" line="95" />
            <source>Add, rename, reorder, recolour or retire verdicts</source>
            <translation>Añadir, renombrar, reordenar, cambiar el color o retirar veredictos</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/project/files_controller.py" line="30" />
            <source>Annotator projects (*.annotator);;All files (*)</source>
            <translation>Proyectos de Annotator (*.annotator);;Todos los archivos (*)</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/project/files_controller.py" line="122" />
            <source>Cannot Open Project</source>
            <translation>No se puede abrir el proyecto</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/project/files_controller.py" line="351" />
            <source>Captures: {count} ({size} of stored pages and files; limit {limit} per capture).</source>
            <translation>Capturas: {count} ({size} de páginas y archivos guardados; límite de {limit} por captura).</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/project/files_controller.py" line="87" />
            <source>Copy the project to a new file and continue there</source>
            <translation>Copiar el proyecto a un archivo nuevo y seguir trabajando en él</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/project/files_controller.py" line="234" />
            <source>Could not write {name}: {error}</source>
            <translation>No se pudo escribir {name}: {error}</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/project/files_controller.py" line="83" />
            <source>Go back to a copy made when the project was opened</source>
            <translation>Volver a una copia hecha al abrir el proyecto</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/project/files_controller.py" line="156" />
            <source>Leftover Change Log Not Applied</source>
            <translation>Registro de cambios pendiente no aplicado</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/project/files_controller.py" line="190" />
            <source>New Project</source>
            <translation>Nuevo proyecto</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/project/files_controller.py" line="250" />
            <source>No recent projects</source>
            <translation>No hay proyectos recientes</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/project/files_controller.py" line="69" />
            <source>Open &amp;Recent</source>
            <translation>Abrir &amp;reciente</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/project/files_controller.py" line="206" />
            <source>Open Project</source>
            <translation>Abrir proyecto</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/project/files_controller.py" line="91" />
            <source>Organisation, report URL, methodology and corrections policy</source>
            <translation>Organización, URL del informe, metodología y política de correcciones</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/project/files_controller.py" line="101" />
            <source>Project &amp;Properties…</source>
            <translation>&amp;Propiedades del proyecto…</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/project/files_controller.py" line="90" />
            <source>Project &amp;Settings…</source>
            <translation>&amp;Configuración del proyecto…</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/project/files_controller.py" line="154" />
            <source>Project Open Elsewhere</source>
            <translation>Proyecto abierto en otro lugar</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/project/files_controller.py" line="362" />
            <source>Project Properties</source>
            <translation>Propiedades del proyecto</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/project/files_controller.py" line="82" />
            <source>Restore from &amp;Backup…</source>
            <translation>Restaurar desde una &amp;copia de seguridad…</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/project/files_controller.py" line="276" />
            <source>Restore from Backup</source>
            <translation>Restaurar desde una copia de seguridad</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/project/files_controller.py" line="283" />
            <source>Restored the backup of {label}; the replaced file was kept as {name}.</source>
            <translation>Restaurada la copia de seguridad de {label}; el archivo reemplazado se conservó como {name}.</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/project/files_controller.py" line="86" />
            <source>Save &amp;As…</source>
            <translation>Guardar &amp;como…</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/project/files_controller.py" line="237" />
            <source>Save As</source>
            <translation>Guardar como</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/project/files_controller.py" line="218" />
            <source>Save Project As</source>
            <translation>Guardar el proyecto como</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/project/files_controller.py" line="102" />
            <source>Size of the project and of its captures</source>
            <translation>Tamaño del proyecto y de sus capturas</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/project/files_controller.py" line="306" />
            <source>The project was changed by another window; showing the latest (your undo history was cleared).</source>
            <translation>Otra ventana cambió el proyecto; se muestra lo más reciente (se borró tu historial de deshacer).</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/project/files_controller.py" line="189" />
            <source>Untitled.annotator</source>
            <translation>Sin título.annotator</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/project/files_controller.py" line="197" />
            <source>{name} already exists; open it instead, or choose another name.</source>
            <translation>{name} ya existe; ábrelo o elige otro nombre.</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/project/files_controller.py" line="349" />
            <source>{name}: {size} on disk.</source>
            <translation>{name}: {size} en disco.</translation>
        </message>
    </context>
    <context>
        <name>project.library</name>
        <message>
            <location filename="../../annotator/ui/project/library.py" line="36" />
            <source>Claims</source>
            <translation>Afirmaciones</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/project/library.py" line="36" />
            <source>Date</source>
            <translation>Fecha</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/project/library.py" line="172" />
            <source>Filter articles…</source>
            <translation>Filtrar artículos…</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/project/library.py" line="36" />
            <source>Publisher</source>
            <translation>Medio</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/project/library.py" line="36" />
            <source>Title</source>
            <translation>Título</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/project/library.py" line="36" />
            <source>Verdicts</source>
            <translation>Veredictos</translation>
        </message>
    </context>
    <context>
        <name>project.preferences_controller</name>
        <message>
            <location filename="../../annotator/ui/project/preferences_controller.py" line="55" />
            <source>&amp;Default Text Size</source>
            <translation>Tamaño de texto &amp;predeterminado</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/project/preferences_controller.py" line="49" />
            <source>&amp;Larger Text</source>
            <translation>Texto más &amp;grande</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/project/preferences_controller.py" line="52" />
            <source>&amp;Smaller Text</source>
            <translation>Texto más &amp;pequeño</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/project/preferences_controller.py" line="57" />
            <source>&amp;View</source>
            <translation>&amp;Ver</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/project/preferences_controller.py" line="81" />
            <source>Article text: {reader_font_size:g} pt</source>
            <translation>Texto del artículo: {reader_font_size:g} pt</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/project/preferences_controller.py" line="70" />
            <source>The size of the article's text (also in Edit → Preferences)</source>
            <translation>El tamaño del texto del artículo (también en Editar → Preferencias)</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/project/preferences_controller.py" line="123" />
            <source>Your changes are now recorded as {name}.</source>
            <translation>Tus cambios se registran ahora como {name}.</translation>
        </message>
    </context>
    <context>
        <name>project.preferences_dialog</name>
        <message>
            <location filename="../../annotator/ui/project/preferences_dialog.py" line="105" />
            <source>&amp;Language:</source>
            <translation>&amp;Idioma:</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/project/preferences_dialog.py" line="100" />
            <source>&amp;Theme:</source>
            <translation>&amp;Tema:</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/project/preferences_dialog.py" line="106" />
            <source>A new language applies when Annotator is next started.</source>
            <translation>El nuevo idioma se aplica la próxima vez que se inicie Annotator.</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/project/preferences_dialog.py" line="77" />
            <source>Another font:</source>
            <translation>Otra fuente tipográfica:</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/project/preferences_dialog.py" line="34" />
            <source>Default serif (Georgia, Noto Serif, DejaVu Serif)</source>
            <translation>Serif predeterminada (Georgia, Noto Serif, DejaVu Serif)</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/project/preferences_dialog.py" line="98" />
            <source>In the article: Ctrl++ larger, Ctrl+- smaller, Ctrl+0 back to 12 pt.</source>
            <translation>En el artículo: Ctrl++ aumenta, Ctrl+- reduce, Ctrl+0 vuelve a 12 pt.</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/project/preferences_dialog.py" line="44" />
            <source>Preferences</source>
            <translation>Preferencias</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/project/preferences_dialog.py" line="94" />
            <source>Reader &amp;font:</source>
            <translation>&amp;Fuente del lector:</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/project/preferences_dialog.py" line="96" />
            <source>Reader text &amp;size:</source>
            <translation>&amp;Tamaño del texto del lector:</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/project/preferences_dialog.py" line="101" />
            <source>Show &amp;times in:</source>
            <translation>Mostrar las &amp;horas en:</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/project/preferences_dialog.py" line="137" />
            <source>The system's language</source>
            <translation>El idioma del sistema</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/project/preferences_dialog.py" line="103" />
            <source>Times are always stored in UTC; this changes only how they are shown.</source>
            <translation>Las horas siempre se guardan en UTC; esto solo cambia cómo se muestran.</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/project/preferences_dialog.py" line="51" />
            <source>You are person {short_id}: renaming changes how you are shown, never who you are.</source>
            <translation>Eres la persona {short_id}: cambiar el nombre cambia cómo se te muestra, nunca quién eres.</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/project/preferences_dialog.py" line="92" />
            <source>Your &amp;name:</source>
            <translation>Tu &amp;nombre:</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/project/preferences_dialog.py" line="55" />
            <source>Your name is shown as the author of what you create and change.</source>
            <translation>Tu nombre aparece como autor de lo que creas y cambias.</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/project/preferences_dialog.py" line="49" />
            <source>Your name, as colleagues will see it</source>
            <translation>Tu nombre, tal como lo verán tus colegas</translation>
        </message>
    </context>
    <context>
        <name>project.restore_dialog</name>
        <message>
            <location filename="../../annotator/ui/project/restore_dialog.py" line="32" />
            <source>Annotator copies {project_name} each time you open it. Restoring replaces the project with the copy you choose; the current file is kept beside it, renamed, so nothing is lost.</source>
            <translation>Annotator copia {project_name} cada vez que lo abres. Restaurar reemplaza el proyecto por la copia que elijas; el archivo actual se conserva al lado, con otro nombre, para que no se pierda nada.</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/project/restore_dialog.py" line="47" />
            <source>No backups of this project yet.</source>
            <translation>Todavía no hay copias de seguridad de este proyecto.</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/project/restore_dialog.py" line="49" />
            <source>Restore</source>
            <translation>Restaurar</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/project/restore_dialog.py" line="29" />
            <source>Restore from Backup</source>
            <translation>Restaurar desde una copia de seguridad</translation>
        </message>
    </context>
    <context>
        <name>project.settings_dialog</name>
        <message>
            <location filename="../../annotator/ui/project/settings_dialog.py" line="32" />
            <source>Corrections policy</source>
            <translation>Política de correcciones</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/project/settings_dialog.py" line="34" />
            <source>How readers can ask for a correction</source>
            <translation>Cómo pueden los lectores pedir una corrección</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/project/settings_dialog.py" line="29" />
            <source>How you choose and check claims</source>
            <translation>Cómo eliges y verificas las afirmaciones</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/project/settings_dialog.py" line="29" />
            <source>Methodology</source>
            <translation>Metodología</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/project/settings_dialog.py" line="21" />
            <source>Organisation</source>
            <translation>Organización</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/project/settings_dialog.py" line="22" />
            <source>Organisation URL</source>
            <translation>URL de la organización</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/project/settings_dialog.py" line="42" />
            <source>Project Settings</source>
            <translation>Configuración del proyecto</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/project/settings_dialog.py" line="25" />
            <source>Report URL</source>
            <translation>URL del informe</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/project/settings_dialog.py" line="58" />
            <source>These appear in exported reports and in ClaimReview markup.</source>
            <translation>Aparecen en los informes exportados y en el marcado ClaimReview.</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/project/settings_dialog.py" line="27" />
            <source>Where the fact-check is published (claims link to #claim-N)</source>
            <translation>Dónde se publica la verificación (las afirmaciones enlazan a #claim-N)</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/project/settings_dialog.py" line="21" />
            <source>Your newsroom or fact-checking team</source>
            <translation>Tu redacción o equipo de verificación</translation>
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
                <numerusform> · %n afirmación</numerusform>
                <numerusform> · %n afirmaciones</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../annotator/ui/project/verdict_scale_dialog.py" line="131" />
            <source> · retired</source>
            <translation> · retirado</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/project/verdict_scale_dialog.py" line="102" />
            <source>&amp;Add…</source>
            <translation>&amp;Añadir…</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/project/verdict_scale_dialog.py" line="103" />
            <source>&amp;Colour…</source>
            <translation>&amp;Color…</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/project/verdict_scale_dialog.py" line="102" />
            <source>&amp;Rename…</source>
            <translation>&amp;Renombrar…</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/project/verdict_scale_dialog.py" line="113" />
            <source>&amp;Undo</source>
            <translation>&amp;Deshacer</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/project/verdict_scale_dialog.py" line="103" />
            <source>&amp;Value…</source>
            <translation>&amp;Valor…</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/project/verdict_scale_dialog.py" line="165" />
            <source>Add Verdict</source>
            <translation>Añadir veredicto</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/project/verdict_scale_dialog.py" line="168" />
            <source>Add verdict</source>
            <translation>Añadir veredicto</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/project/verdict_scale_dialog.py" line="165" />
            <source>Label:</source>
            <translation>Etiqueta:</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/project/verdict_scale_dialog.py" line="105" />
            <source>Move &amp;Down</source>
            <translation>&amp;Bajar</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/project/verdict_scale_dialog.py" line="104" />
            <source>Move &amp;Up</source>
            <translation>&amp;Subir</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/project/verdict_scale_dialog.py" line="87" />
            <source>Numbers are ClaimReview's ratingValue and order agreement statistics. A retired verdict stays on the claims that use it.</source>
            <translation>Los números son el ratingValue de ClaimReview y ordenan las estadísticas de acuerdo. Un veredicto retirado se mantiene en las afirmaciones que lo usan.</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/project/verdict_scale_dialog.py" line="205" />
            <source>Numeric Value</source>
            <translation>Valor numérico</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/project/verdict_scale_dialog.py" line="106" />
            <source>Re&amp;move</source>
            <translation>&amp;Eliminar</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/project/verdict_scale_dialog.py" line="106" />
            <source>Re&amp;tire</source>
            <translation>Re&amp;tirar</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/project/verdict_scale_dialog.py" line="194" />
            <source>Recolour verdict</source>
            <translation>Cambiar el color del veredicto</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/project/verdict_scale_dialog.py" line="237" />
            <source>Remove verdict</source>
            <translation>Eliminar el veredicto</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/project/verdict_scale_dialog.py" line="176" />
            <source>Rename Verdict</source>
            <translation>Renombrar veredicto</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/project/verdict_scale_dialog.py" line="181" />
            <source>Rename verdict</source>
            <translation>Renombrar el veredicto</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/project/verdict_scale_dialog.py" line="221" />
            <source>Reorder verdicts</source>
            <translation>Reordenar los veredictos</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/project/verdict_scale_dialog.py" line="150" />
            <source>Res&amp;tore</source>
            <translation>Res&amp;taurar</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/project/verdict_scale_dialog.py" line="229" />
            <source>Retire verdict</source>
            <translation>Retirar el veredicto</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/project/verdict_scale_dialog.py" line="212" />
            <source>Set verdict value</source>
            <translation>Fijar el valor del veredicto</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/project/verdict_scale_dialog.py" line="70" />
            <source>Start from &amp;Template</source>
            <translation>Empezar desde una &amp;plantilla</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/project/verdict_scale_dialog.py" line="74" />
            <source>Template:</source>
            <translation>Plantilla:</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/project/verdict_scale_dialog.py" line="114" />
            <source>U&amp;ndo</source>
            <translation>&amp;Deshacer</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/project/verdict_scale_dialog.py" line="189" />
            <source>Verdict Colour</source>
            <translation>Color del veredicto</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/project/verdict_scale_dialog.py" line="61" />
            <source>Verdict Scale</source>
            <translation>Escala de veredictos</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/project/verdict_scale_dialog.py" line="243" />
            <source>Verdict scale: {template}</source>
            <translation>Escala de veredictos: {template}</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/project/verdict_scale_dialog.py" line="206" />
            <source>Whole number of at least 1, or empty for none:</source>
            <translation>Número entero mayor o igual que 1, o vacío para ninguno:</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/project/verdict_scale_dialog.py" line="126" />
            <source>no number</source>
            <translation>sin número</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/project/verdict_scale_dialog.py" line="128" />
            <source>value {value}</source>
            <translation>valor {value}</translation>
        </message>
    </context>
    <context>
        <name>reader.find_bar</name>
        <message>
            <location filename="../../annotator/ui/reader/find_bar.py" line="34" />
            <source>Close (Esc)</source>
            <translation>Cerrar (Esc)</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/reader/find_bar.py" line="23" />
            <source>Find in article</source>
            <translation>Buscar en el artículo</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/reader/find_bar.py" line="37" />
            <source>Find:</source>
            <translation>Buscar:</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/reader/find_bar.py" line="31" />
            <source>Next match (F3 or Enter)</source>
            <translation>Coincidencia siguiente (F3 o Intro)</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/reader/find_bar.py" line="28" />
            <source>Previous match (Shift+F3)</source>
            <translation>Coincidencia anterior (Mayús+F3)</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/reader/find_bar.py" line="65" />
            <source>no matches</source>
            <translation>sin coincidencias</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/reader/find_bar.py" line="68" />
            <source>{current} of {total}</source>
            <translation>{current} de {total}</translation>
        </message>
    </context>
    <context>
        <name>reader.find_controller</name>
        <message>
            <location filename="../../annotator/ui/reader/find_controller.py" line="26" />
            <source>&amp;Find in Article…</source>
            <translation>&amp;Buscar en el artículo…</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/reader/find_controller.py" line="28" />
            <source>Find &amp;Next</source>
            <translation>Buscar &amp;siguiente</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/reader/find_controller.py" line="31" />
            <source>Find Pre&amp;vious</source>
            <translation>Buscar &amp;anterior</translation>
        </message>
    </context>
    <context>
        <name>reader.page_gutter</name>
        <message>
            <location filename="../../annotator/ui/reader/page_gutter.py" line="29" />
            <source>Page and claim numbers</source>
            <translation>Números de página y de afirmación</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/reader/page_gutter.py" line="150" />
            <source>p. {page}</source>
            <translation>pág. {page}</translation>
        </message>
    </context>
    <context>
        <name>review.adjudication_dialog</name>
        <message numerus="yes">
            <location filename="../../annotator/ui/review/adjudication_dialog.py" line="108" />
            <source>%n article(s) you rate blind: reveal first to adjudicate.</source>
            <translation>
                <numerusform>%n artículo que evalúas a ciegas: revélalo antes de resolver.</numerusform>
                <numerusform>%n artículos que evalúas a ciegas: revélalos antes de resolver.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../annotator/ui/review/adjudication_dialog.py" line="84" />
            <source>&amp;Note:</source>
            <translation>&amp;Nota:</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/review/adjudication_dialog.py" line="79" />
            <source>&amp;Settle Verdict</source>
            <translation>&amp;Fijar el veredicto</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/review/adjudication_dialog.py" line="53" />
            <source>Adjudicate Verdicts</source>
            <translation>Resolver veredictos</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/review/adjudication_dialog.py" line="83" />
            <source>Final &amp;verdict:</source>
            <translation>&amp;Veredicto final:</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/review/adjudication_dialog.py" line="40" />
            <source>Final verdict</source>
            <translation>Veredicto final</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/review/adjudication_dialog.py" line="58" />
            <source>Only passages still waiting for a final verdict</source>
            <translation>Solo los pasajes que aún esperan un veredicto final</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/review/adjudication_dialog.py" line="40" />
            <source>Passage</source>
            <translation>Pasaje</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/review/adjudication_dialog.py" line="40" />
            <source>Ratings</source>
            <translation>Valoraciones</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/review/adjudication_dialog.py" line="109" />
            <source>Ratings stay as evidence; only the final verdict is published.</source>
            <translation>Las valoraciones quedan como evidencia; solo se publica el veredicto final.</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/review/adjudication_dialog.py" line="40" />
            <source>Settled by</source>
            <translation>Resuelto por</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/review/adjudication_dialog.py" line="74" />
            <source>Unrated</source>
            <translation>Sin calificar</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/review/adjudication_dialog.py" line="78" />
            <source>Why this verdict (kept with the adjudication)</source>
            <translation>Por qué este veredicto (se guarda con la resolución)</translation>
        </message>
    </context>
    <context>
        <name>review.agreement_dialog</name>
        <message>
            <location filename="../../annotator/ui/review/agreement_dialog.py" line="119" />
            <source>&amp;Refresh</source>
            <translation>&amp;Actualizar</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/review/agreement_dialog.py" line="54" />
            <source>Agreement</source>
            <translation>Acuerdo</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/review/agreement_dialog.py" line="232" />
            <source>All articles</source>
            <translation>Todos los artículos</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/review/agreement_dialog.py" line="51" />
            <source>Article</source>
            <translation>Artículo</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/review/agreement_dialog.py" line="55" />
            <source>Coefficient</source>
            <translation>Coeficiente</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/review/agreement_dialog.py" line="210" />
            <source>Current article: “{one_line}”.</source>
            <translation>Artículo actual: «{one_line}».</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/review/agreement_dialog.py" line="288" />
            <source>Disagreements</source>
            <translation>Desacuerdos</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/review/agreement_dialog.py" line="159" />
            <source>Disagreements (double-click to open the claim)</source>
            <translation>Desacuerdos (doble clic para abrir la afirmación)</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/review/agreement_dialog.py" line="292" />
            <source>Disagreements: {count} (double-click to open the claim)</source>
            <translation>Desacuerdos: {count} (doble clic para abrir la afirmación)</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/review/agreement_dialog.py" line="286" />
            <source>Disagreements: {hidden}</source>
            <translation>Desacuerdos: {hidden}</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/review/agreement_dialog.py" line="59" />
            <source>Krippendorff's α (ordinal)</source>
            <translation>α de Krippendorff (ordinal)</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/review/agreement_dialog.py" line="198" />
            <source>Open an article to rate it blind.</source>
            <translation>Abre un artículo para evaluarlo a ciegas.</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/review/agreement_dialog.py" line="154" />
            <source>Passage</source>
            <translation>Pasaje</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/review/agreement_dialog.py" line="108" />
            <source>Rate this article &amp;blind: hide colleagues' verdicts until I reveal them</source>
            <translation>Evaluar este artículo a &amp;ciegas: ocultar los veredictos de los colegas hasta que los revele</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/review/agreement_dialog.py" line="53" />
            <source>Rated by 2+</source>
            <translation>Valorado por 2+</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/review/agreement_dialog.py" line="52" />
            <source>Raters</source>
            <translation>Evaluadores</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/review/agreement_dialog.py" line="100" />
            <source>Review Dashboard</source>
            <translation>Panel de revisión</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/review/agreement_dialog.py" line="154" />
            <source>Verdicts</source>
            <translation>Veredictos</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/review/agreement_dialog.py" line="205" />
            <source>You are rating “{one_line}” blind: colleagues' claims show as unrated. Untick to reveal their verdicts.</source>
            <translation>Estás evaluando «{one_line}» a ciegas: las afirmaciones de los colegas aparecen sin calificar. Desmarca la casilla para revelar sus veredictos.</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/review/agreement_dialog.py" line="49" />
            <source>hidden while you rate blind</source>
            <translation>oculto mientras evalúas a ciegas</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/review/agreement_dialog.py" line="64" />
            <source>n/a</source>
            <translation>n. d.</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/review/agreement_dialog.py" line="69" />
            <source>n/a (one rater)</source>
            <translation>n. d. (un solo evaluador)</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/review/agreement_dialog.py" line="241" />
            <source>nobody</source>
            <translation>nadie</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/review/agreement_dialog.py" line="58" />
            <source>weighted κ (quadratic)</source>
            <translation>κ ponderada (cuadrática)</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/review/agreement_dialog.py" line="242" />
            <source>{paired} of {units}</source>
            <translation>{paired} de {units}</translation>
        </message>
    </context>
    <context>
        <name>review.blind</name>
        <message>
            <location filename="../../annotator/ui/review/blind.py" line="99" />
            <source>You are rating “{title}” blind: an export would show colleagues' verdicts. Reveal them in the Review Dashboard first.</source>
            <translation>Estás evaluando «{title}» a ciegas: una exportación mostraría los veredictos de los colegas. Revélalos primero en el Panel de revisión.</translation>
        </message>
    </context>
    <context>
        <name>review.blind_conflicts</name>
        <message>
            <location filename="../../annotator/ui/review/blind_conflicts.py" line="17" />
            <source>(deleted)</source>
            <translation>(eliminado)</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/review/blind_conflicts.py" line="18" />
            <source>(hidden while you rate this article blind)</source>
            <translation>(oculto mientras evalúas este artículo a ciegas)</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/review/blind_conflicts.py" line="19" />
            <source>This conflict holds a colleague's judgement of a passage you rate blind. Reveal their verdicts in the Review Dashboard first, then resolve it.</source>
            <translation>Este conflicto contiene el juicio de un colega sobre un pasaje que evalúas a ciegas. Revela sus veredictos primero en el Panel de revisión y luego resuélvelo.</translation>
        </message>
    </context>
    <context>
        <name>review.conflicts_panel</name>
        <message>
            <location filename="../../annotator/ui/review/conflicts_panel.py" line="162" />
            <source> (they deleted it)</source>
            <translation> (lo eliminaron)</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/review/conflicts_panel.py" line="160" />
            <source> (you deleted it)</source>
            <translation> (lo eliminaste)</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/review/conflicts_panel.py" line="245" />
            <source>&amp;Edit Result…</source>
            <translation>&amp;Editar el resultado…</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/review/conflicts_panel.py" line="125" />
            <source>(unknown verdict)</source>
            <translation>(veredicto desconocido)</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/review/conflicts_panel.py" line="78" />
            <source>Accessed</source>
            <translation>Consultada</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/review/conflicts_panel.py" line="80" />
            <source>Added by</source>
            <translation>Añadida por</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/review/conflicts_panel.py" line="72" />
            <source>Anchor</source>
            <translation>Anclaje</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/review/conflicts_panel.py" line="78" />
            <source>Archive URL</source>
            <translation>URL archivada</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/review/conflicts_panel.py" line="61" />
            <source>Article</source>
            <translation>Artículo</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/review/conflicts_panel.py" line="72" />
            <source>Author</source>
            <translation>Autor</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/review/conflicts_panel.py" line="77" />
            <source>Author of the source</source>
            <translation>Autor de la fuente</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/review/conflicts_panel.py" line="73" />
            <source>Changed at</source>
            <translation>Cambiado el</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/review/conflicts_panel.py" line="73" />
            <source>Changed by</source>
            <translation>Cambiado por</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/review/conflicts_panel.py" line="361" />
            <source>Changed on both sides; found {short_time}.</source>
            <translation>Cambiado en ambos lados; detectado {short_time}.</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/review/conflicts_panel.py" line="58" />
            <source>Claim</source>
            <translation>Afirmación</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/review/conflicts_panel.py" line="67" />
            <source>Claim as checked</source>
            <translation>Afirmación verificada</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/review/conflicts_panel.py" line="68" />
            <source>Claim date</source>
            <translation>Fecha de la afirmación</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/review/conflicts_panel.py" line="68" />
            <source>Claimant</source>
            <translation>Declarante</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/review/conflicts_panel.py" line="60" />
            <source>Comment</source>
            <translation>Comentario</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/review/conflicts_panel.py" line="410" />
            <source>Could not resolve: {text}</source>
            <translation>No se pudo resolver: {text}</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/review/conflicts_panel.py" line="378" />
            <source>Different on the two sides</source>
            <translation>Distinto en los dos lados</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/review/conflicts_panel.py" line="171" />
            <source>Edit Merged Claim</source>
            <translation>Editar la afirmación fusionada</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/review/conflicts_panel.py" line="79" />
            <source>Excerpt</source>
            <translation>Extracto</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/review/conflicts_panel.py" line="69" />
            <source>Explanation</source>
            <translation>Explicación</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/review/conflicts_panel.py" line="282" />
            <source>Field</source>
            <translation>Campo</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/review/conflicts_panel.py" line="318" />
            <source>Found by the merge of {short_time}</source>
            <translation>Detectado en la fusión de {short_time}</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/review/conflicts_panel.py" line="71" />
            <source>Internal note</source>
            <translation>Nota interna</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/review/conflicts_panel.py" line="243" />
            <source>Keep &amp;Mine</source>
            <translation>Conservar la &amp;mía</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/review/conflicts_panel.py" line="244" />
            <source>Keep &amp;Theirs</source>
            <translation>Conservar la &amp;suya</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/review/conflicts_panel.py" line="79" />
            <source>Kind</source>
            <translation>Tipo</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/review/conflicts_panel.py" line="79" />
            <source>Locator</source>
            <translation>Localizador</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/review/conflicts_panel.py" line="282" />
            <source>Mine</source>
            <translation>Mío</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/review/conflicts_panel.py" line="80" />
            <source>Order</source>
            <translation>Orden</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/review/conflicts_panel.py" line="71" />
            <source>Position</source>
            <translation>Posición</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/review/conflicts_panel.py" line="76" />
            <source>Publisher</source>
            <translation>Medio</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/review/conflicts_panel.py" line="67" />
            <source>Quote</source>
            <translation>Cita</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/review/conflicts_panel.py" line="84" />
            <source>Resolved</source>
            <translation>Resuelto</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/review/conflicts_panel.py" line="418" />
            <source>Resolved {summary}: {how}. {note}</source>
            <translation>Resuelto {summary}: {how}. {note}</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/review/conflicts_panel.py" line="53" />
            <source>Resolving a conflict cannot be undone: it is saved at once as a new version, which colleagues receive when they merge your project.</source>
            <translation>Resolver un conflicto no se puede deshacer: se guarda al instante como una versión nueva, que los colegas reciben al fusionar tu proyecto.</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/review/conflicts_panel.py" line="59" />
            <source>Source</source>
            <translation>Fuente</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/review/conflicts_panel.py" line="77" />
            <source>Source date</source>
            <translation>Fecha de la fuente</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/review/conflicts_panel.py" line="80" />
            <source>Stance</source>
            <translation>Postura</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/review/conflicts_panel.py" line="70" />
            <source>Status</source>
            <translation>Estado</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/review/conflicts_panel.py" line="70" />
            <source>Tags</source>
            <translation>Etiquetas</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/review/conflicts_panel.py" line="84" />
            <source>Text</source>
            <translation>Texto</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/review/conflicts_panel.py" line="408" />
            <source>That conflict no longer exists.</source>
            <translation>Ese conflicto ya no existe.</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/review/conflicts_panel.py" line="282" />
            <source>Theirs</source>
            <translation>Suyo</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/review/conflicts_panel.py" line="76" />
            <source>Title</source>
            <translation>Título</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/review/conflicts_panel.py" line="125" />
            <source>Unrated</source>
            <translation>Sin calificar</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/review/conflicts_panel.py" line="188" />
            <source>Use This Version</source>
            <translation>Usar esta versión</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/review/conflicts_panel.py" line="62" />
            <source>Verdict</source>
            <translation>Veredicto</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/review/conflicts_panel.py" line="85" />
            <source>Written at</source>
            <translation>Escrito el</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/review/conflicts_panel.py" line="413" />
            <source>kept your version</source>
            <translation>conservaste tu versión</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/review/conflicts_panel.py" line="147" />
            <source>on a passage you rate blind</source>
            <translation>sobre un pasaje que evalúas a ciegas</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/review/conflicts_panel.py" line="413" />
            <source>took their version</source>
            <translation>tomaste su versión</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/review/conflicts_panel.py" line="414" />
            <source>used your edited version</source>
            <translation>usaste tu versión editada</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/review/conflicts_panel.py" line="155" />
            <source>verdict “{label}”</source>
            <translation>veredicto «{label}»</translation>
        </message>
    </context>
    <context>
        <name>review.rating_commands</name>
        <message>
            <location filename="../../annotator/ui/review/rating_commands.py" line="58" />
            <source>Adjudicate verdict</source>
            <translation>Resolver el veredicto</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/review/rating_commands.py" line="29" />
            <source>Rate passage</source>
            <translation>Valorar el pasaje</translation>
        </message>
    </context>
    <context>
        <name>review.review_commands</name>
        <message>
            <location filename="../../annotator/ui/review/review_commands.py" line="129" />
            <source>Add comment</source>
            <translation>Añadir comentario</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/review/review_commands.py" line="36" />
            <source>Approve claim</source>
            <translation>Aprobar la afirmación</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/review/review_commands.py" line="257" />
            <source>Delete comment</source>
            <translation>Eliminar el comentario</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/review/review_commands.py" line="230" />
            <source>Edit comment</source>
            <translation>Editar el comentario</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/review/review_commands.py" line="34" />
            <source>Move claim back to draft</source>
            <translation>Devolver la afirmación a borrador</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/review/review_commands.py" line="208" />
            <source>Reopen comment thread</source>
            <translation>Reabrir el hilo de comentarios</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/review/review_commands.py" line="149" />
            <source>Reply to comment</source>
            <translation>Responder al comentario</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/review/review_commands.py" line="37" />
            <source>Request changes</source>
            <translation>Pedir cambios</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/review/review_commands.py" line="203" />
            <source>Resolve comment thread</source>
            <translation>Resolver el hilo de comentarios</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/review/review_commands.py" line="35" />
            <source>Submit claim for review</source>
            <translation>Enviar la afirmación a revisión</translation>
        </message>
    </context>
    <context>
        <name>review.review_controller</name>
        <message numerus="yes">
            <location filename="../../annotator/ui/review/review_controller.py" line="272" />
            <source>%n merge conflict(s) to resolve.</source>
            <translation>
                <numerusform>%n conflicto de fusión por resolver.</numerusform>
                <numerusform>%n conflictos de fusión por resolver.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../annotator/ui/review/review_controller.py" line="105" />
            <source>&amp;Adjudicate Verdicts…</source>
            <translation>&amp;Resolver veredictos…</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/review/review_controller.py" line="116" />
            <source>&amp;Conflicts Panel</source>
            <translation>Panel de &amp;conflictos</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/review/review_controller.py" line="110" />
            <source>&amp;Merge Colleague's Project…</source>
            <translation>&amp;Fusionar el proyecto de un colega…</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/review/review_controller.py" line="119" />
            <source>&amp;Review</source>
            <translation>&amp;Revisión</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/review/review_controller.py" line="89" />
            <source>&amp;Review Mode</source>
            <translation>Modo de &amp;revisión</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/review/review_controller.py" line="102" />
            <source>Agreement between raters, disagreements, blind second review</source>
            <translation>Acuerdo entre evaluadores, desacuerdos, segunda revisión a ciegas</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/review/review_controller.py" line="112" />
            <source>Bring a colleague's articles, claims, sources and comments into this project</source>
            <translation>Traer a este proyecto los artículos, afirmaciones, fuentes y comentarios de un colega</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/review/review_controller.py" line="63" />
            <source>Comments</source>
            <translation>Comentarios</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/review/review_controller.py" line="235" />
            <source>Comments ({count})</source>
            <translation>Comentarios ({count})</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/review/review_controller.py" line="69" />
            <source>Conflicts</source>
            <translation>Conflictos</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/review/review_controller.py" line="256" />
            <source>Edit → Undo takes the whole merge back.</source>
            <translation>Editar → Deshacer revierte toda la fusión.</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/review/review_controller.py" line="64" />
            <source>History</source>
            <translation>Historial</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/review/review_controller.py" line="98" />
            <source>Review &amp;All Articles</source>
            <translation>Revisar &amp;todos los artículos</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/review/review_controller.py" line="100" />
            <source>Review &amp;Dashboard…</source>
            <translation>&amp;Panel de revisión…</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/review/review_controller.py" line="66" />
            <source>Review Mode</source>
            <translation>Modo de revisión</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/review/review_controller.py" line="107" />
            <source>Settle one final verdict for each passage rated by two or more people</source>
            <translation>Fijar un veredicto final para cada pasaje valorado por dos o más personas</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/review/review_controller.py" line="92" />
            <source>Step through the claims waiting for your review: J/K next/previous, A approve, R request changes</source>
            <translation>Recorrer las afirmaciones pendientes de tu revisión: J/K siguiente/anterior, A aprobar, R pedir cambios</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/review/review_controller.py" line="188" />
            <source>{name} (hidden: blind)</source>
            <translation>{name} (oculto: a ciegas)</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/review/review_controller.py" line="181" />
            <source>{name} of a colleague's claim are hidden while you rate blind.</source>
            <translation>{name} de la afirmación de un colega están ocultos mientras evalúas a ciegas.</translation>
        </message>
    </context>
    <context>
        <name>review.review_mode</name>
        <message>
            <location filename="../../annotator/ui/review/review_mode.py" line="283" />
            <source>(This claim was deleted.)</source>
            <translation>(Esta afirmación se eliminó.)</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/review/review_mode.py" line="298" />
            <source>(no explanation)</source>
            <translation>(sin explicación)</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/review/review_mode.py" line="291" />
            <source>(not written)</source>
            <translation>(sin redactar)</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/review/review_mode.py" line="395" />
            <source>All claims in the queue are reviewed. Esc leaves review mode.</source>
            <translation>Todas las afirmaciones de la cola están revisadas. Esc sale del modo de revisión.</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/review/review_mode.py" line="169" />
            <source>Approve</source>
            <translation>Aprobar</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/review/review_mode.py" line="300" />
            <source>By {display_name}</source>
            <translation>Por {display_name}</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/review/review_mode.py" line="90" />
            <source>Claim as checked</source>
            <translation>Afirmación verificada</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/review/review_mode.py" line="92" />
            <source>Explanation</source>
            <translation>Explicación</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/review/review_mode.py" line="44" />
            <source>J/→ next · K/← previous · A approve · R request changes · Esc leave</source>
            <translation>J/→ siguiente · K/← anterior · A aprobar · R pedir cambios · Esc salir</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/review/review_mode.py" line="171" />
            <source>Leave Review Mode</source>
            <translation>Salir del modo de revisión</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/review/review_mode.py" line="168" />
            <source>Next</source>
            <translation>Siguiente</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/review/review_mode.py" line="40" />
            <source>Nothing is waiting for your review — claims appear here when their author marks them Ready for review (the Status field in the inspector). Your own claims go to a colleague.</source>
            <translation>No hay nada pendiente de tu revisión: las afirmaciones aparecen aquí cuando su autor las marca como Lista para revisión (el campo Estado del inspector). Tus propias afirmaciones las revisa un colega.</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/review/review_mode.py" line="167" />
            <source>Previous</source>
            <translation>Anterior</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/review/review_mode.py" line="89" />
            <source>Quote</source>
            <translation>Cita</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/review/review_mode.py" line="170" />
            <source>Request Changes…</source>
            <translation>Pedir cambios…</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/review/review_mode.py" line="339" />
            <source>Say what should change before requesting changes.</source>
            <translation>Indica qué debe cambiar antes de pedir cambios.</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/review/review_mode.py" line="93" />
            <source>Sources</source>
            <translation>Fuentes</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/review/review_mode.py" line="360" />
            <source>This claim was deleted.</source>
            <translation>Esta afirmación se eliminó.</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/review/review_mode.py" line="294" />
            <source>Unrated</source>
            <translation>Sin calificar</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/review/review_mode.py" line="91" />
            <source>Verdict</source>
            <translation>Veredicto</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/review/review_mode.py" line="151" />
            <source>What should change? (Ctrl+Return requests changes, Esc cancels)</source>
            <translation>¿Qué debe cambiar? (Ctrl+Intro pide los cambios, Esc cancela)</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/review/review_mode.py" line="263" />
            <source>{current} of {total}</source>
            <translation>{current} de {total}</translation>
        </message>
    </context>
    <context>
        <name>search.search_controller</name>
        <message>
            <location filename="../../annotator/ui/search/search_controller.py" line="27" />
            <source>&amp;Search All Articles…</source>
            <translation>&amp;Buscar en todos los artículos…</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/search/search_controller.py" line="28" />
            <source>Full-text search over every article and claim</source>
            <translation>Búsqueda de texto completo en todos los artículos y afirmaciones</translation>
        </message>
    </context>
    <context>
        <name>search.search_panel</name>
        <message numerus="yes">
            <location filename="../../annotator/ui/search/search_panel.py" line="67" />
            <source>%n result(s)</source>
            <translation>
                <numerusform>%n resultado</numerusform>
                <numerusform>%n resultados</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../annotator/ui/search/search_panel.py" line="69" />
            <source>%n result(s), the best of each kind; add words to find others</source>
            <translation>
                <numerusform>%n resultado, el mejor de cada tipo; añada palabras para encontrar otros</numerusform>
                <numerusform>%n resultados, los mejores de cada tipo; añada palabras para encontrar otros</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../annotator/ui/search/search_panel.py" line="21" />
            <source>Article details</source>
            <translation>Datos del artículo</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/search/search_panel.py" line="20" />
            <source>Article text</source>
            <translation>Texto del artículo</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/search/search_panel.py" line="22" />
            <source>Claim</source>
            <translation>Afirmación</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/search/search_panel.py" line="24" />
            <source>Comment on a claim</source>
            <translation>Comentario sobre una afirmación</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/search/search_panel.py" line="36" />
            <source>Search all articles and claims…</source>
            <translation>Buscar en todos los artículos y afirmaciones…</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/search/search_panel.py" line="23" />
            <source>Source of a claim</source>
            <translation>Fuente de una afirmación</translation>
        </message>
    </context>
    <context>
        <name>versions.revisions_panel</name>
        <message numerus="yes">
            <location filename="../../annotator/ui/versions/revisions_panel.py" line="40" />
            <source>%n changed</source>
            <translation>
                <numerusform>%n cambiada</numerusform>
                <numerusform>%n cambiadas</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../annotator/ui/versions/revisions_panel.py" line="38" />
            <source>%n moved</source>
            <translation>
                <numerusform>%n desplazada</numerusform>
                <numerusform>%n desplazadas</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../annotator/ui/versions/revisions_panel.py" line="41" />
            <source>%n orphaned</source>
            <translation>
                <numerusform>%n huérfana</numerusform>
                <numerusform>%n huérfanas</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../annotator/ui/versions/revisions_panel.py" line="63" />
            <source>&amp;Accept New Place</source>
            <translation>&amp;Aceptar la nueva posición</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/versions/revisions_panel.py" line="65" />
            <source>&amp;Use Selection</source>
            <translation>&amp;Usar la selección</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/versions/revisions_panel.py" line="158" />
            <source>&lt;p&gt;&lt;b&gt;No longer in the article.&lt;/b&gt; The claim was made on:&lt;/p&gt;&lt;blockquote&gt;{struck}&lt;/blockquote&gt;</source>
            <translation>&lt;p&gt;&lt;b&gt;Ya no está en el artículo.&lt;/b&gt; La afirmación se hizo sobre:&lt;/p&gt;&lt;blockquote&gt;{struck}&lt;/blockquote&gt;</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/versions/revisions_panel.py" line="163" />
            <source>&lt;p&gt;&lt;b&gt;Old → new passage&lt;/b&gt;&lt;/p&gt;&lt;p&gt;{diff_html}&lt;/p&gt;</source>
            <translation>&lt;p&gt;&lt;b&gt;Pasaje antiguo → nuevo&lt;/b&gt;&lt;/p&gt;&lt;p&gt;{diff_html}&lt;/p&gt;</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/versions/revisions_panel.py" line="73" />
            <source>Article &amp;Diff…</source>
            <translation>&amp;Diferencias del artículo…</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/versions/revisions_panel.py" line="30" />
            <source>Changed</source>
            <translation>Cambiada</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/versions/revisions_panel.py" line="69" />
            <source>Keep as &amp;Orphan</source>
            <translation>Conservar como &amp;huérfana</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/versions/revisions_panel.py" line="29" />
            <source>Moved</source>
            <translation>Desplazada</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/versions/revisions_panel.py" line="31" />
            <source>Orphaned</source>
            <translation>Huérfana</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/versions/revisions_panel.py" line="67" />
            <source>Select the passage in the article, then press this to anchor the claim there</source>
            <translation>Selecciona el pasaje en el artículo y pulsa aquí para anclar en él la afirmación</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/versions/revisions_panel.py" line="64" />
            <source>The claim now refers to the highlighted passage</source>
            <translation>La afirmación se refiere ahora al pasaje resaltado</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/versions/revisions_panel.py" line="71" />
            <source>The claim's text is no longer in the article; keep it, marked orphaned</source>
            <translation>El texto de la afirmación ya no está en el artículo; conservarla marcada como huérfana</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/versions/revisions_panel.py" line="119" />
            <source>Version {version}: every claim is where it was.</source>
            <translation>Versión {version}: todas las afirmaciones están donde estaban.</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/versions/revisions_panel.py" line="113" />
            <source>Version {version}: {counts}. Check each one.</source>
            <translation>Versión {version}: {counts}. Revisa cada una.</translation>
        </message>
    </context>
    <context>
        <name>versions.version_dialogs</name>
        <message numerus="yes">
            <location filename="../../annotator/ui/versions/version_dialogs.py" line="160" />
            <source>%n changed passage(s): {inserted} inserted, {deleted} deleted, {replaced} changed.</source>
            <translation>
                <numerusform>%n pasaje cambiado: {inserted} insertados, {deleted} eliminados, {replaced} cambiados.</numerusform>
                <numerusform>%n pasajes cambiados: {inserted} insertados, {deleted} eliminados, {replaced} cambiados.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../annotator/ui/versions/version_dialogs.py" line="124" />
            <source>&amp;Note This Change</source>
            <translation>&amp;Registrar este cambio</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/versions/version_dialogs.py" line="197" />
            <source>(nothing)</source>
            <translation>(nada)</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/versions/version_dialogs.py" line="191" />
            <source>Changed without notice between version {old_version} and version {new_version}.
Before: “{before}”
After: “{after}”</source>
            <translation>Cambiado sin aviso entre la versión {old_version} y la versión {new_version}.
Antes: «{before}»
Después: «{after}»</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/versions/version_dialogs.py" line="48" />
            <source>Choose…</source>
            <translation>Elegir…</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/versions/version_dialogs.py" line="106" />
            <source>Compare Versions — {title}</source>
            <translation>Comparar versiones — {title}</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/versions/version_dialogs.py" line="45" />
            <source>From &amp;pasted text:</source>
            <translation>Desde texto &amp;pegado:</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/versions/version_dialogs.py" line="44" />
            <source>From a &amp;file:</source>
            <translation>Desde un &amp;archivo:</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/versions/version_dialogs.py" line="134" />
            <source>From:</source>
            <translation>Desde:</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/versions/version_dialogs.py" line="126" />
            <source>Make a claim of the changed passage (tagged “silent edit”) so it is reported</source>
            <translation>Crear una afirmación del pasaje cambiado (etiquetada «silent edit») para que conste en el informe</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/versions/version_dialogs.py" line="75" />
            <source>New Version</source>
            <translation>Nueva versión</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/versions/version_dialogs.py" line="166" />
            <source>No differences.</source>
            <translation>Sin diferencias.</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/versions/version_dialogs.py" line="52" />
            <source>Paste the article's current text here</source>
            <translation>Pega aquí el texto actual del artículo</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/versions/version_dialogs.py" line="58" />
            <source>The new text of “{title}” is stored as a new version (the old ones are kept), and every claim is found again in it.</source>
            <translation>El nuevo texto de «{title}» se guarda como una versión nueva (las anteriores se conservan) y cada afirmación se vuelve a localizar en él.</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/versions/version_dialogs.py" line="136" />
            <source>To:</source>
            <translation>Hasta:</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/versions/version_dialogs.py" line="64" />
            <source>Update</source>
            <translation>Actualizar</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/versions/version_dialogs.py" line="42" />
            <source>Update from New Version</source>
            <translation>Actualizar desde una nueva versión</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/versions/version_dialogs.py" line="113" />
            <source>Version {number} · {format_time} · {author}</source>
            <translation>Versión {number} · {format_time} · {author}</translation>
        </message>
    </context>
    <context>
        <name>versions.versions_controller</name>
        <message>
            <location filename="../../annotator/ui/versions/versions_controller.py" line="46" />
            <source>&amp;Compare Versions…</source>
            <translation>&amp;Comparar versiones…</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/versions/versions_controller.py" line="42" />
            <source>&amp;Update from New Version…</source>
            <translation>&amp;Actualizar desde una nueva versión…</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/versions/versions_controller.py" line="146" />
            <source>Accept new place of claim</source>
            <translation>Aceptar la nueva posición de la afirmación</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/versions/versions_controller.py" line="167" />
            <source>Keep claim as orphan</source>
            <translation>Conservar la afirmación como huérfana</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/versions/versions_controller.py" line="162" />
            <source>Move claim to selection</source>
            <translation>Mover la afirmación a la selección</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/versions/versions_controller.py" line="136" />
            <source>Revisions</source>
            <translation>Revisiones</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/versions/versions_controller.py" line="136" />
            <source>Revisions ({count})</source>
            <translation>Revisiones ({count})</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/versions/versions_controller.py" line="153" />
            <source>Select the passage in the article the claim now refers to, then press Use Selection.</source>
            <translation>Selecciona en el artículo el pasaje al que se refiere ahora la afirmación y pulsa Usar la selección.</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/versions/versions_controller.py" line="111" />
            <source>The article was changed without notice.</source>
            <translation>El artículo se cambió sin aviso.</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/versions/versions_controller.py" line="43" />
            <source>The article was edited: store its new text and find every claim again</source>
            <translation>El artículo se editó: guardar su nuevo texto y volver a localizar cada afirmación</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/versions/versions_controller.py" line="85" />
            <source>Update from New Version</source>
            <translation>Actualizar desde una nueva versión</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/versions/versions_controller.py" line="47" />
            <source>What changed between two versions of the article</source>
            <translation>Qué cambió entre dos versiones del artículo</translation>
        </message>
    </context>
    <context>
        <name>window_frame</name>
        <message>
            <location filename="../../annotator/ui/window_frame.py" line="86" />
            <source>&amp;Article</source>
            <translation>&amp;Artículo</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/window_frame.py" line="76" />
            <source>&amp;Claim</source>
            <translation>A&amp;firmación</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/window_frame.py" line="70" />
            <source>&amp;Edit</source>
            <translation>&amp;Editar</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/window_frame.py" line="60" />
            <source>&amp;File</source>
            <translation>&amp;Archivo</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/window_frame.py" line="94" />
            <source>&amp;Help</source>
            <translation>A&amp;yuda</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/window_frame.py" line="92" />
            <source>&amp;Project</source>
            <translation>&amp;Proyecto</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/window_frame.py" line="45" />
            <source>Claim</source>
            <translation>Afirmación</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/window_frame.py" line="34" />
            <source>Claims</source>
            <translation>Afirmaciones</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/window_frame.py" line="102" />
            <source>Main</source>
            <translation>Principal</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/window_frame.py" line="35" />
            <source>Revisions</source>
            <translation>Revisiones</translation>
        </message>
        <message>
            <location filename="../../annotator/ui/window_frame.py" line="36" />
            <source>Search</source>
            <translation>Buscar</translation>
        </message>
    </context>
</TS>
