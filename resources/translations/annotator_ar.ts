<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar">
    <context>
        <name>claims.claim_columns</name>
        <message>
            <location filename="../../annotator/ui/claims/claim_columns.py" line="128" />
            <source>Author</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../annotator/ui/claims/claim_columns.py" line="127" />
            <source>Claimant</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>claims.claims_controller</name>
        <message>
            <location filename="../../annotator/ui/claims/claims_controller.py" line="54" />
            <source>&amp;Delete Claim</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../annotator/ui/claims/claims_controller.py" line="50" />
            <source>&amp;New Claim</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../annotator/ui/claims/claims_controller.py" line="55" />
            <source>Delete the selected claim</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../annotator/ui/claims/claims_controller.py" line="51" />
            <source>Make a claim of the selected text</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../annotator/ui/claims/claims_controller.py" line="59" />
            <source>Ne&amp;xt Claim</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../annotator/ui/claims/claims_controller.py" line="62" />
            <source>Pre&amp;vious Claim</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../annotator/ui/claims/claims_controller.py" line="79" />
            <source>Select some text of the article first.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>claims.claims_model</name>
        <message>
            <location filename="../../annotator/ui/claims/claims_model.py" line="311" />
            <source>Anchor: {anchor_state}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../annotator/ui/claims/claims_model.py" line="27" />
            <source>Author</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../annotator/ui/claims/claims_model.py" line="306" />
            <source>By {person} · {status}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../annotator/ui/claims/claims_model.py" line="302" />
            <source>Claim as checked: {text}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../annotator/ui/claims/claims_model.py" line="27" />
            <source>Claimant</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../annotator/ui/claims/claims_model.py" line="304" />
            <source>Claimant: {claimant}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../annotator/ui/claims/claims_model.py" line="27" />
            <source>Quote</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../annotator/ui/claims/claims_model.py" line="27" />
            <source>Status</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../annotator/ui/claims/claims_model.py" line="293" />
            <source>Unrated</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../annotator/ui/claims/claims_model.py" line="77" />
            <source>Unresolved comment threads</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../annotator/ui/claims/claims_model.py" line="77" />
            <source>Verdict</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../annotator/ui/claims/claims_model.py" line="300" />
            <source>Verdict: {verdict}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../annotator/ui/claims/claims_model.py" line="299" />
            <source>unrated</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>claims.claims_panel</name>
        <message>
            <location filename="../../annotator/ui/claims/claims_panel.py" line="105" />
            <source>Any author</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../annotator/ui/claims/claims_panel.py" line="45" />
            <source>Any status</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../annotator/ui/claims/claims_panel.py" line="106" />
            <source>Any tag</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../annotator/ui/claims/claims_panel.py" line="95" />
            <source>Any verdict</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../annotator/ui/claims/claims_panel.py" line="90" />
            <source>Click a column to sort; the first column sorts by verdict</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../annotator/ui/claims/claims_panel.py" line="41" />
            <source>Filter claims…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../annotator/ui/claims/claims_panel.py" line="96" />
            <source>Unrated</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>common.dialogs</name>
        <message>
            <location filename="../../annotator/ui/common/dialogs.py" line="29" />
            <source>
You are person {short_id}: renaming changes how you are shown, never who you are.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../annotator/ui/common/dialogs.py" line="120" />
            <source>&amp;Authors:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../annotator/ui/common/dialogs.py" line="122" />
            <source>&amp;Date:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../annotator/ui/common/dialogs.py" line="125" />
            <source>&amp;Language:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../annotator/ui/common/dialogs.py" line="121" />
            <source>&amp;Publisher:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../annotator/ui/common/dialogs.py" line="126" />
            <source>&amp;Standfirst:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../annotator/ui/common/dialogs.py" line="119" />
            <source>&amp;Title:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../annotator/ui/common/dialogs.py" line="123" />
            <source>&amp;URL:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../annotator/ui/common/dialogs.py" line="169" />
            <source>About Annotator</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../annotator/ui/common/dialogs.py" line="99" />
            <source>Article Properties</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../annotator/ui/common/dialogs.py" line="128" />
            <source>Imported from {value} ({source_format}); version {version}; {count:,} characters.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../annotator/ui/common/dialogs.py" line="124" />
            <source>Published &amp;report:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../annotator/ui/common/dialogs.py" line="106" />
            <source>YYYY-MM-DD</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../annotator/ui/common/dialogs.py" line="37" />
            <source>Your Name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../annotator/ui/common/dialogs.py" line="38" />
            <source>Your name is shown as the author of the claims, sources and changes you make.{identity}
Name:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../annotator/ui/common/dialogs.py" line="115" />
            <source>en, uk, ru…</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>common.empty_states</name>
        <message>
            <location filename="../../annotator/ui/common/empty_states.py" line="21" />
            <source>No article updates to review. When an article changes (Article → Check for a New Version, or Update from New Version…), the claims whose passage moved or changed are listed here to check, one by one.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../annotator/ui/common/empty_states.py" line="26" />
            <source>No conflicts. When File → Merge Colleague's Project… finds an item that you and a colleague both changed, it is listed here with your version and theirs side by side.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../annotator/ui/common/empty_states.py" line="42" />
            <source>Nothing found for “{query}”. Try fewer or other words, or check the spelling.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../annotator/ui/common/empty_states.py" line="14" />
            <source>This project has no articles yet.

Import saved web pages, PDFs, Word, Markdown or text files with File → Import Articles… (Ctrl+I) or by dropping them on the window; fetch a page with File → Open URL… (Ctrl+Shift+O); or copy an article in your browser and choose Edit → Paste as New Article (Ctrl+Shift+V).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../annotator/ui/common/empty_states.py" line="30" />
            <source>Type words to search every article, claim, source and comment of the project ("quotes" for a phrase).</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>common.people</name>
        <message>
            <location filename="../../annotator/ui/common/people.py" line="19" />
            <source>Approval: current (what it says now is what was approved)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../annotator/ui/common/people.py" line="20" />
            <source>Approval: none now (it changed after it was approved; see History)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../annotator/ui/common/people.py" line="52" />
            <source>{label} (approval voided)</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>common.theme</name>
        <message>
            <location filename="../../annotator/ui/common/theme.py" line="20" />
            <source>Dark</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../annotator/ui/common/theme.py" line="20" />
            <source>Follow the system</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../annotator/ui/common/theme.py" line="20" />
            <source>Light</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>common.times</name>
        <message>
            <location filename="../../annotator/ui/common/times.py" line="15" />
            <source>This computer's time zone</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>common.undo_commands</name>
        <message>
            <location filename="../../annotator/ui/common/undo_commands.py" line="194" />
            <source>Add source</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../annotator/ui/common/undo_commands.py" line="312" />
            <source>Change project settings</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../annotator/ui/common/undo_commands.py" line="158" />
            <source>Change {field}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../annotator/ui/common/undo_commands.py" line="90" />
            <source>Could not {verb} “{text}”: {error}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../annotator/ui/common/undo_commands.py" line="137" />
            <source>Delete claim</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../annotator/ui/common/undo_commands.py" line="254" />
            <source>Edit article properties</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../annotator/ui/common/undo_commands.py" line="212" />
            <source>Edit source</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../annotator/ui/common/undo_commands.py" line="336" />
            <source>Import annotations from {name}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../annotator/ui/common/undo_commands.py" line="272" />
            <source>Import “{short}”</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../annotator/ui/common/undo_commands.py" line="389" />
            <source>Merge {name}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../annotator/ui/common/undo_commands.py" line="118" />
            <source>New claim</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../annotator/ui/common/undo_commands.py" line="288" />
            <source>Remove article “{short}”</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../annotator/ui/common/undo_commands.py" line="238" />
            <source>Remove source</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../annotator/ui/common/undo_commands.py" line="368" />
            <source>Update “{short}” to version {version}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../annotator/ui/common/undo_commands.py" line="49" />
            <source>claim as checked</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../annotator/ui/common/undo_commands.py" line="51" />
            <source>claim date</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../annotator/ui/common/undo_commands.py" line="50" />
            <source>claimant</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../annotator/ui/common/undo_commands.py" line="53" />
            <source>explanation</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../annotator/ui/common/undo_commands.py" line="56" />
            <source>internal note</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../annotator/ui/common/undo_commands.py" line="55" />
            <source>review status</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../annotator/ui/common/undo_commands.py" line="54" />
            <source>tags</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../annotator/ui/common/undo_commands.py" line="52" />
            <source>verdict</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>common.verdict_badge</name>
        <message>
            <location filename="../../annotator/ui/common/verdict_badge.py" line="25" />
            <source>Unrated</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../annotator/ui/common/verdict_badge.py" line="119" />
            <source>Verdict colours: </source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../annotator/ui/common/verdict_badge.py" line="120" />
            <source>Verdict legend</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>common.window_fit</name>
        <message>
            <location filename="../../annotator/ui/common/window_fit.py" line="157" />
            <source>Nothing to redo</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../annotator/ui/common/window_fit.py" line="157" />
            <source>Nothing to undo</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../annotator/ui/common/window_fit.py" line="22" />
            <source>Redo</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../annotator/ui/common/window_fit.py" line="22" />
            <source>Undo</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>evidence.capture_viewer</name>
        <message>
            <location filename="../../annotator/ui/evidence/capture_viewer.py" line="70" />
            <source>

[… shown up to 2 MB]</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../annotator/ui/evidence/capture_viewer.py" line="76" />
            <source>Binary content ({kind}); not displayed. First bytes:

{dump}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../annotator/ui/evidence/capture_viewer.py" line="96" />
            <source>Capture {short_hash}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../annotator/ui/evidence/capture_viewer.py" line="47" />
            <source>Captured: {format_time} by {value}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../annotator/ui/evidence/capture_viewer.py" line="43" />
            <source>Final URL: {final_url}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../annotator/ui/evidence/capture_viewer.py" line="59" />
            <source>Redirect: {url} → {status} → {location}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../annotator/ui/evidence/capture_viewer.py" line="51" />
            <source>SHA-256: {sha256}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../annotator/ui/evidence/capture_viewer.py" line="52" />
            <source>Size: {size} bytes · {value}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../annotator/ui/evidence/capture_viewer.py" line="41" />
            <source>URL: {value}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../annotator/ui/evidence/capture_viewer.py" line="75" />
            <source>unknown type</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>evidence.evidence_controller</name>
        <message>
            <location filename="../../annotator/ui/evidence/evidence_controller.py" line="63" />
            <source>Add &amp;Source…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../annotator/ui/evidence/evidence_controller.py" line="247" />
            <source>Attach File</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../annotator/ui/evidence/evidence_controller.py" line="240" />
            <source>Attach a Capture</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../annotator/ui/evidence/evidence_controller.py" line="64" />
            <source>Attach a source to the selected claim</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../annotator/ui/evidence/evidence_controller.py" line="253" />
            <source>Attach capture</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../annotator/ui/evidence/evidence_controller.py" line="208" />
            <source>Capture Now</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../annotator/ui/evidence/evidence_controller.py" line="258" />
            <source>Captured {when} · SHA-256 {short_hash}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../annotator/ui/evidence/evidence_controller.py" line="213" />
            <source>Capturing {value}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../annotator/ui/evidence/evidence_controller.py" line="59" />
            <source>Check for a &amp;New Version</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../annotator/ui/evidence/evidence_controller.py" line="143" />
            <source>Check for a New Version</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../annotator/ui/evidence/evidence_controller.py" line="147" />
            <source>Checking {value}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../annotator/ui/evidence/evidence_controller.py" line="56" />
            <source>Fetch a web page or PDF and keep it as a capture</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../annotator/ui/evidence/evidence_controller.py" line="88" />
            <source>Fetch cancelled.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../annotator/ui/evidence/evidence_controller.py" line="60" />
            <source>Fetch the article's URL again; store a new version if the text changed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../annotator/ui/evidence/evidence_controller.py" line="87" />
            <source>Fetching</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../annotator/ui/evidence/evidence_controller.py" line="109" />
            <source>Fetching {value}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../annotator/ui/evidence/evidence_controller.py" line="55" />
            <source>Open &amp;URL…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../annotator/ui/evidence/evidence_controller.py" line="130" />
            <source>Opened “{title}” from {final_url}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../annotator/ui/evidence/evidence_controller.py" line="39" />
            <source>Saved pages, PDFs, images (*.html *.htm *.mhtml *.pdf *.png *.jpg *.jpeg *.webp *.txt);;All files (*)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../annotator/ui/evidence/evidence_controller.py" line="124" />
            <source>That page is already in the project.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../annotator/ui/evidence/evidence_controller.py" line="158" />
            <source>The page has not changed since the last version.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../annotator/ui/evidence/evidence_controller.py" line="209" />
            <source>This source has no URL to capture; attach a file instead.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../annotator/ui/evidence/evidence_controller.py" line="285" />
            <source>This source has no capture yet.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../annotator/ui/evidence/evidence_controller.py" line="285" />
            <source>View Capture</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../annotator/ui/evidence/evidence_controller.py" line="274" />
            <source>captured {format_time} · SHA-256 {short_hash}</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>evidence.fetch_worker</name>
        <message>
            <location filename="../../annotator/ui/evidence/fetch_worker.py" line="61" />
            <source>Cancel</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../annotator/ui/evidence/fetch_worker.py" line="62" />
            <source>Fetching</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../annotator/ui/evidence/fetch_worker.py" line="88" />
            <source>{value} — {value2} KB</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>evidence.open_url_dialog</name>
        <message>
            <location filename="../../annotator/ui/evidence/open_url_dialog.py" line="39" />
            <source>&amp;Address of the page or PDF:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../annotator/ui/evidence/open_url_dialog.py" line="31" />
            <source>Allow &amp;local and private network addresses for this fetch</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../annotator/ui/evidence/open_url_dialog.py" line="23" />
            <source>Open URL</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>evidence.source_dialog</name>
        <message>
            <location filename="../../annotator/ui/evidence/source_dialog.py" line="99" />
            <source>&amp;Excerpt:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../annotator/ui/evidence/source_dialog.py" line="115" />
            <source>&amp;Kind:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../annotator/ui/evidence/source_dialog.py" line="68" />
            <source>&amp;Protected: a source who asked not to be named (never exported)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../annotator/ui/evidence/source_dialog.py" line="116" />
            <source>&amp;Stance:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../annotator/ui/evidence/source_dialog.py" line="132" />
            <source>&amp;View Capture</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../annotator/ui/evidence/source_dialog.py" line="91" />
            <source>&amp;{label}:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../annotator/ui/evidence/source_dialog.py" line="62" />
            <source>Add Source</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../annotator/ui/evidence/source_dialog.py" line="38" />
            <source>Archived copy</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../annotator/ui/evidence/source_dialog.py" line="127" />
            <source>Attach &amp;File…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../annotator/ui/evidence/source_dialog.py" line="158" />
            <source>Attach a Capture</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../annotator/ui/evidence/source_dialog.py" line="33" />
            <source>Author / who</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../annotator/ui/evidence/source_dialog.py" line="122" />
            <source>Capture &amp;Now</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../annotator/ui/evidence/source_dialog.py" line="73" />
            <source>Capture:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../annotator/ui/evidence/source_dialog.py" line="37" />
            <source>Date accessed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../annotator/ui/evidence/source_dialog.py" line="62" />
            <source>Edit Source</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../annotator/ui/evidence/source_dialog.py" line="137" />
            <source>Let Capture Now reach this computer or the local network (refused by default)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../annotator/ui/evidence/source_dialog.py" line="35" />
            <source>Method</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../annotator/ui/evidence/source_dialog.py" line="39" />
            <source>Page / locator</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../annotator/ui/evidence/source_dialog.py" line="32" />
            <source>Publisher</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../annotator/ui/evidence/source_dialog.py" line="34" />
            <source>Role</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../annotator/ui/evidence/source_dialog.py" line="129" />
            <source>Save the source and keep a saved page, PDF or screenshot as its capture</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../annotator/ui/evidence/source_dialog.py" line="124" />
            <source>Save the source, fetch its URL and keep the page with its SHA-256</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../annotator/ui/evidence/source_dialog.py" line="160" />
            <source>Saved pages, PDFs, images (*.html *.htm *.mhtml *.pdf *.png *.jpg *.jpeg *.webp *.txt);;All files (*)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../annotator/ui/evidence/source_dialog.py" line="36" />
            <source>Source date</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../annotator/ui/evidence/source_dialog.py" line="96" />
            <source>The passage the verdict relies on</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../annotator/ui/evidence/source_dialog.py" line="31" />
            <source>Title</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../annotator/ui/evidence/source_dialog.py" line="36" />
            <source>YYYY-MM-DD</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../annotator/ui/evidence/source_dialog.py" line="135" />
            <source>allow local addresses</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../annotator/ui/evidence/source_dialog.py" line="33" />
            <source>author, issuer, or the person interviewed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../annotator/ui/evidence/source_dialog.py" line="35" />
            <source>in person, phone, email, letter…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../annotator/ui/evidence/source_dialog.py" line="34" />
            <source>the person's role (interviews, correspondence)</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>exchange.exchange_controller</name>
        <message>
            <location filename="../../annotator/ui/exchange/exchange_controller.py" line="58" />
            <source>&amp;Export…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../annotator/ui/exchange/exchange_controller.py" line="50" />
            <source>&amp;Import Articles…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../annotator/ui/exchange/exchange_controller.py" line="51" />
            <source>Add web pages, PDFs, Word, Markdown or text files</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../annotator/ui/exchange/exchange_controller.py" line="36" />
            <source>Annotations (*.json *.jsonld);;All files (*)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../annotator/ui/exchange/exchange_controller.py" line="256" />
            <source>Cancel</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../annotator/ui/exchange/exchange_controller.py" line="215" />
            <source>Export</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../annotator/ui/exchange/exchange_controller.py" line="222" />
            <source>Export cancelled; nothing was written.</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <location filename="../../annotator/ui/exchange/exchange_controller.py" line="226" />
            <source>Exported %n claim(s) to {path}</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
                <numerusform />
                <numerusform />
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message>
            <location filename="../../annotator/ui/exchange/exchange_controller.py" line="62" />
            <source>Import A&amp;nnotations…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../annotator/ui/exchange/exchange_controller.py" line="154" />
            <source>Import Annotations</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <location filename="../../annotator/ui/exchange/exchange_controller.py" line="112" />
            <source>Imported %n article(s).</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
                <numerusform />
                <numerusform />
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message>
            <location filename="../../annotator/ui/exchange/exchange_controller.py" line="55" />
            <source>Make an article of the text or web page on the clipboard</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../annotator/ui/exchange/exchange_controller.py" line="54" />
            <source>Paste as New &amp;Article</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../annotator/ui/exchange/exchange_controller.py" line="131" />
            <source>Paste as New Article</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../annotator/ui/exchange/exchange_controller.py" line="59" />
            <source>Reports (HTML, PDF, Markdown), CSV, JSON, ClaimReview, W3C annotations</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../annotator/ui/exchange/exchange_controller.py" line="256" />
            <source>Starting the export…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../annotator/ui/exchange/exchange_controller.py" line="63" />
            <source>W3C Web Annotation or Hypothesis JSON</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../annotator/ui/exchange/exchange_controller.py" line="129" />
            <source>the clipboard</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>exchange.export_dialog</name>
        <message>
            <location filename="../../annotator/ui/exchange/export_dialog.py" line="73" />
            <source>&amp;Format:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../annotator/ui/exchange/export_dialog.py" line="82" />
            <source>&amp;Save to:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../annotator/ui/exchange/export_dialog.py" line="112" />
            <source>All articles of the project</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <location filename="../../annotator/ui/exchange/export_dialog.py" line="191" />
            <source>Before exporting %n claim(s):</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
                <numerusform />
                <numerusform />
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message>
            <location filename="../../annotator/ui/exchange/export_dialog.py" line="129" />
            <source>CSV: UTF-8 with BOM (for spreadsheets)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../annotator/ui/exchange/export_dialog.py" line="128" />
            <source>CSV: one row per source</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../annotator/ui/exchange/export_dialog.py" line="63" />
            <source>Choose…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../annotator/ui/exchange/export_dialog.py" line="124" />
            <source>ClaimReview: allow an incomplete document (no report URL or organisation)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../annotator/ui/exchange/export_dialog.py" line="55" />
            <source>Export</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../annotator/ui/exchange/export_dialog.py" line="203" />
            <source>Export Anyway</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../annotator/ui/exchange/export_dialog.py" line="151" />
            <source>Export To</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <location filename="../../annotator/ui/exchange/export_dialog.py" line="235" />
            <source>Exported %n claim(s) to
{path}</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
                <numerusform />
                <numerusform />
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message>
            <location filename="../../annotator/ui/exchange/export_dialog.py" line="119" />
            <source>Include claims not yet approved (the report is marked as a draft)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../annotator/ui/exchange/export_dialog.py" line="195" />
            <source>Must fix: </source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../annotator/ui/exchange/export_dialog.py" line="68" />
            <source>Nothing</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../annotator/ui/exchange/export_dialog.py" line="66" />
            <source>Open the file</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../annotator/ui/exchange/export_dialog.py" line="76" />
            <source>Options:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../annotator/ui/exchange/export_dialog.py" line="189" />
            <source>Publication Checklist</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../annotator/ui/exchange/export_dialog.py" line="127" />
            <source>Reports: appendix on agreement between reviewers</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../annotator/ui/exchange/export_dialog.py" line="74" />
            <source>Scope:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../annotator/ui/exchange/export_dialog.py" line="67" />
            <source>Show it in its folder</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../annotator/ui/exchange/export_dialog.py" line="110" />
            <source>This article</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../annotator/ui/exchange/export_dialog.py" line="108" />
            <source>This article: {article_title}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../annotator/ui/exchange/export_dialog.py" line="86" />
            <source>When done:</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>exchange.export_worker</name>
        <message>
            <location filename="../../annotator/ui/exchange/export_worker.py" line="84" />
            <source>The export stopped unexpectedly (exit code {exitcode}).</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>exchange.hub_sync</name>
        <message>
            <location filename="../../annotator/ui/exchange/hub_sync.py" line="124" />
            <source>&amp;Database:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../annotator/ui/exchange/hub_sync.py" line="123" />
            <source>&amp;Host:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../annotator/ui/exchange/hub_sync.py" line="123" />
            <source>&amp;Port:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../annotator/ui/exchange/hub_sync.py" line="125" />
            <source>&amp;Service:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../annotator/ui/exchange/hub_sync.py" line="125" />
            <source>&amp;TLS mode:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../annotator/ui/exchange/hub_sync.py" line="124" />
            <source>&amp;User:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../annotator/ui/exchange/hub_sync.py" line="333" />
            <source>, last sync {format_time}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../annotator/ui/exchange/hub_sync.py" line="237" />
            <source>Cannot Connect to Team Hub</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../annotator/ui/exchange/hub_sync.py" line="174" />
            <source>Connect to Team &amp;Hub…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../annotator/ui/exchange/hub_sync.py" line="110" />
            <source>Connect to Team Hub</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../annotator/ui/exchange/hub_sync.py" line="180" />
            <source>Disconnect from Team Hub</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../annotator/ui/exchange/hub_sync.py" line="338" />
            <source>Hub: conflict</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../annotator/ui/exchange/hub_sync.py" line="338" />
            <source>Hub: offline</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../annotator/ui/exchange/hub_sync.py" line="337" />
            <source>Hub: synced</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../annotator/ui/exchange/hub_sync.py" line="337" />
            <source>Hub: syncing…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../annotator/ui/exchange/hub_sync.py" line="177" />
            <source>Sync &amp;Now</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../annotator/ui/exchange/hub_sync.py" line="175" />
            <source>Sync this project with the newsroom's PostgreSQL hub</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../annotator/ui/exchange/hub_sync.py" line="169" />
            <source>Team hub status</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../annotator/ui/exchange/hub_sync.py" line="128" />
            <source>The password is read from your ~/.pgpass, service file or PGPASSWORD; it is never stored in the project.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../annotator/ui/exchange/hub_sync.py" line="101" />
            <source>The sync failed: {error}</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>exchange.import_flow</name>
        <message>
            <location filename="../../annotator/ui/exchange/import_flow.py" line="179" />
            <source>

…and {value} more.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../annotator/ui/exchange/import_flow.py" line="190" />
            <source>Already in the Project</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../annotator/ui/exchange/import_flow.py" line="27" />
            <source>Articles (*.html *.htm *.xhtml *.pdf *.docx *.md *.markdown *.txt *.text *.warc *.warc.gz *.mhtml *.mht);;Web pages (*.html *.htm);;Web archives (*.warc *.warc.gz *.mhtml *.mht);;PDF (*.pdf);;Word (*.docx);;Text and Markdown (*.txt *.md);;All files (*)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../annotator/ui/exchange/import_flow.py" line="114" />
            <source>Cancel</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../annotator/ui/exchange/import_flow.py" line="116" />
            <source>Import Articles</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../annotator/ui/exchange/import_flow.py" line="150" />
            <source>Importing {name}…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../annotator/ui/exchange/import_flow.py" line="114" />
            <source>Importing…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../annotator/ui/exchange/import_flow.py" line="183" />
            <source>Some Files Were Not Imported</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../annotator/ui/exchange/import_flow.py" line="191" />
            <source>The text of {name} is already in this project as “{existing_title}”.
Show the existing article?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../annotator/ui/exchange/import_flow.py" line="79" />
            <source>{name}: could not be read ({error}).</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>exchange.merge_flow</name>
        <message numerus="yes">
            <location filename="../../annotator/ui/exchange/merge_flow.py" line="115" />
            <source>%n added</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
                <numerusform />
                <numerusform />
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../annotator/ui/exchange/merge_flow.py" line="46" />
            <source>%n adjudication(s)</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
                <numerusform />
                <numerusform />
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../annotator/ui/exchange/merge_flow.py" line="44" />
            <source>%n article(s)</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
                <numerusform />
                <numerusform />
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../annotator/ui/exchange/merge_flow.py" line="44" />
            <source>%n claim(s)</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
                <numerusform />
                <numerusform />
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../annotator/ui/exchange/merge_flow.py" line="45" />
            <source>%n comment(s)</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
                <numerusform />
                <numerusform />
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../annotator/ui/exchange/merge_flow.py" line="48" />
            <source>%n conflict(s)</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
                <numerusform />
                <numerusform />
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../annotator/ui/exchange/merge_flow.py" line="49" />
            <source>%n damaged item(s)</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
                <numerusform />
                <numerusform />
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../annotator/ui/exchange/merge_flow.py" line="117" />
            <source>%n deleted</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
                <numerusform />
                <numerusform />
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../annotator/ui/exchange/merge_flow.py" line="47" />
            <source>%n fact-check(s)</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
                <numerusform />
                <numerusform />
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../annotator/ui/exchange/merge_flow.py" line="46" />
            <source>%n rating(s)</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
                <numerusform />
                <numerusform />
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../annotator/ui/exchange/merge_flow.py" line="45" />
            <source>%n source(s)</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
                <numerusform />
                <numerusform />
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../annotator/ui/exchange/merge_flow.py" line="118" />
            <source>%n unchanged</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
                <numerusform />
                <numerusform />
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../annotator/ui/exchange/merge_flow.py" line="116" />
            <source>%n updated</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
                <numerusform />
                <numerusform />
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../annotator/ui/exchange/merge_flow.py" line="47" />
            <source>%n verdict(s)</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
                <numerusform />
                <numerusform />
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message>
            <location filename="../../annotator/ui/exchange/merge_flow.py" line="145" />
            <source>Claims changed:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../annotator/ui/exchange/merge_flow.py" line="192" />
            <source>Could not merge {name}: {message}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../annotator/ui/exchange/merge_flow.py" line="24" />
            <source>Merge Colleague's Project</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../annotator/ui/exchange/merge_flow.py" line="120" />
            <source>Merged {name}: {join}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../annotator/ui/exchange/merge_flow.py" line="128" />
            <source>New: {join}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../annotator/ui/exchange/merge_flow.py" line="137" />
            <source>No conflicts.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../annotator/ui/exchange/merge_flow.py" line="111" />
            <source>Nothing new in {name}: your project already has everything in it.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../annotator/ui/exchange/merge_flow.py" line="56" />
            <source>claim as checked</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../annotator/ui/exchange/merge_flow.py" line="57" />
            <source>internal note</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../annotator/ui/exchange/merge_flow.py" line="57" />
            <source>position</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../annotator/ui/exchange/merge_flow.py" line="58" />
            <source>quote</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../annotator/ui/exchange/merge_flow.py" line="58" />
            <source>review status</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../annotator/ui/exchange/merge_flow.py" line="56" />
            <source>verdict</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../annotator/ui/exchange/merge_flow.py" line="168" />
            <source>{name} is open read-only; nothing can be merged into it.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../annotator/ui/exchange/merge_flow.py" line="180" />
            <source>{name} is the project you have open; choose a colleague's copy.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../annotator/ui/exchange/merge_flow.py" line="140" />
            <source>{plural} in {name} could not be placed and were skipped.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../annotator/ui/exchange/merge_flow.py" line="131" />
            <source>{plural}: changed on both sides. Open the Conflicts panel to keep yours, theirs, or edit the result.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../annotator/ui/exchange/merge_flow.py" line="76" />
            <source>“{quote}”: added</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../annotator/ui/exchange/merge_flow.py" line="89" />
            <source>“{quote}”: deleted</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../annotator/ui/exchange/merge_flow.py" line="84" />
            <source>“{quote}”: {fields} changed</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <location filename="../../annotator/ui/exchange/merge_flow.py" line="96" />
            <source>… and %n more claim(s)</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
                <numerusform />
                <numerusform />
                <numerusform />
                <numerusform />
            </translation>
        </message>
    </context>
    <context>
        <name>inspector.claim_form</name>
        <message>
            <location filename="../../annotator/ui/inspector/claim_form.py" line="22" />
            <source>&amp;Status:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../annotator/ui/inspector/claim_form.py" line="21" />
            <source>&amp;Tags:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../annotator/ui/inspector/claim_form.py" line="19" />
            <source>&amp;Verdict:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../annotator/ui/inspector/claim_form.py" line="32" />
            <source>A short, checkable paraphrase</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../annotator/ui/inspector/claim_form.py" line="17" />
            <source>Clai&amp;mant:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../annotator/ui/inspector/claim_form.py" line="18" />
            <source>Claim &amp;date:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../annotator/ui/inspector/claim_form.py" line="16" />
            <source>Claim as &amp;checked:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../annotator/ui/inspector/claim_form.py" line="20" />
            <source>E&amp;xplanation:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../annotator/ui/inspector/claim_form.py" line="23" />
            <source>Internal &amp;note:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../annotator/ui/inspector/claim_form.py" line="48" />
            <source>Internal note (never exported)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../annotator/ui/inspector/claim_form.py" line="83" />
            <source>Unrated</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../annotator/ui/inspector/claim_form.py" line="34" />
            <source>Who made the claim</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../annotator/ui/inspector/claim_form.py" line="39" />
            <source>Why this verdict: what the sources show</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../annotator/ui/inspector/claim_form.py" line="36" />
            <source>YYYY-MM-DD (or YYYY-MM)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../annotator/ui/inspector/claim_form.py" line="43" />
            <source>comma, separated, tags</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>inspector.comments_widget</name>
        <message>
            <location filename="../../annotator/ui/inspector/comments_widget.py" line="76" />
            <source>&amp;Reply</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../annotator/ui/inspector/comments_widget.py" line="112" />
            <source>Comment</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../annotator/ui/inspector/comments_widget.py" line="78" />
            <source>Re&amp;open</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../annotator/ui/inspector/comments_widget.py" line="77" />
            <source>Re&amp;solve</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../annotator/ui/inspector/comments_widget.py" line="267" />
            <source>Reply</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../annotator/ui/inspector/comments_widget.py" line="265" />
            <source>Replying to {author} (Esc cancels)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../annotator/ui/inspector/comments_widget.py" line="190" />
            <source>Resolved by {person} · {short_time}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../annotator/ui/inspector/comments_widget.py" line="114" />
            <source>Send (Ctrl+Return)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../annotator/ui/inspector/comments_widget.py" line="311" />
            <source>That comment was deleted.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../annotator/ui/inspector/comments_widget.py" line="108" />
            <source>Write a comment… (Ctrl+Return sends)</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>inspector.history_widget</name>
        <message>
            <location filename="../../annotator/ui/inspector/history_widget.py" line="107" />
            <source>(empty)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../annotator/ui/inspector/history_widget.py" line="106" />
            <source>Before:
{before}

After:
{after}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../annotator/ui/inspector/history_widget.py" line="71" />
            <source>No changes recorded yet.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../annotator/ui/inspector/history_widget.py" line="38" />
            <source>added source {one_line}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../annotator/ui/inspector/history_widget.py" line="35" />
            <source>approval voided</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../annotator/ui/inspector/history_widget.py" line="29" />
            <source>created the claim on {quote}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../annotator/ui/inspector/history_widget.py" line="31" />
            <source>deleted the claim</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../annotator/ui/inspector/history_widget.py" line="42" />
            <source>edited source {one_line}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../annotator/ui/inspector/history_widget.py" line="44" />
            <source>position</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../annotator/ui/inspector/history_widget.py" line="40" />
            <source>removed source {one_line}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../annotator/ui/inspector/history_widget.py" line="33" />
            <source>restored the claim</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>inspector.inspector</name>
        <message>
            <location filename="../../annotator/ui/inspector/inspector.py" line="148" />
            <source>&amp;Add Source…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../annotator/ui/inspector/inspector.py" line="111" />
            <source>Blind review: a colleague's claim. Their verdict, explanation, note and sources are hidden until you reveal them; the verdict you choose is your own rating.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../annotator/ui/inspector/inspector.py" line="270" />
            <source>Created by {author} · {format_time}
Last changed by {value} · {format_time2}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../annotator/ui/inspector/inspector.py" line="149" />
            <source>Edit…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../annotator/ui/inspector/inspector.py" line="207" />
            <source>Hidden while you rate this article blind.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../annotator/ui/inspector/inspector.py" line="295" />
            <source>Orphaned: this passage is no longer in the article. It was:
“{original_exact}”</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../annotator/ui/inspector/inspector.py" line="96" />
            <source>Quote</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../annotator/ui/inspector/inspector.py" line="150" />
            <source>Remove</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../annotator/ui/inspector/inspector.py" line="68" />
            <source>Select text in the article and choose New Claim (Ctrl+E), or pick a claim in the list.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../annotator/ui/inspector/inspector.py" line="138" />
            <source>Sources</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../annotator/ui/inspector/inspector.py" line="290" />
            <source>The article changed; the claim was made on:
“{original_exact}”</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../annotator/ui/inspector/inspector.py" line="286" />
            <source>The article changed; this passage moved but its text is the same.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../annotator/ui/inspector/inspector.py" line="213" />
            <source>Your blind rating of this passage: stored as a rating, not as the claim's verdict.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../annotator/ui/inspector/inspector.py" line="317" />
            <source>protected (never exported)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../annotator/ui/inspector/inspector.py" line="335" />
            <source>{url}
Double-click or press Enter to open it in your browser.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>main_window</name>
        <message>
            <location filename="../../annotator/ui/main_window.py" line="157" />
            <source>&amp;About Annotator</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../annotator/ui/main_window.py" line="151" />
            <source>&amp;Quit</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../annotator/ui/main_window.py" line="154" />
            <source>&amp;Redo</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../annotator/ui/main_window.py" line="152" />
            <source>&amp;Undo</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../annotator/ui/main_window.py" line="134" />
            <source>Annotator</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../annotator/ui/main_window.py" line="241" />
            <source>Read-only</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>matching.matching_commands</name>
        <message>
            <location filename="../../annotator/ui/matching/matching_commands.py" line="18" />
            <source>Accept suggestion</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../annotator/ui/matching/matching_commands.py" line="39" />
            <source>Dismiss suggestion</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../annotator/ui/matching/matching_commands.py" line="56" />
            <source>Reuse fact-check</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>matching.matching_controller</name>
        <message numerus="yes">
            <location filename="../../annotator/ui/matching/matching_controller.py" line="183" />
            <source>%n sentence(s) worth checking: Enter makes a claim, Delete dismisses</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
                <numerusform />
                <numerusform />
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message>
            <location filename="../../annotator/ui/matching/matching_controller.py" line="59" />
            <source>&amp;Suggest Claims</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../annotator/ui/matching/matching_controller.py" line="66" />
            <source>Already &amp;Checked?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../annotator/ui/matching/matching_controller.py" line="47" />
            <source>Already Checked?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../annotator/ui/matching/matching_controller.py" line="153" />
            <source>Cannot Import Fact-Checks</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../annotator/ui/matching/matching_controller.py" line="45" />
            <source>Fact-Checks</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../annotator/ui/matching/matching_controller.py" line="33" />
            <source>Fact-checks (*.json *.jsonld *.jsonl *.ndjson *.csv *.tsv *.gz);;All files (*)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../annotator/ui/matching/matching_controller.py" line="158" />
            <source>Fact-checks from {name}: {added} added, {updated} updated, {unchanged} unchanged</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../annotator/ui/matching/matching_controller.py" line="50" />
            <source>Import &amp;Fact-Checks…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../annotator/ui/matching/matching_controller.py" line="144" />
            <source>Import Fact-Checks</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../annotator/ui/matching/matching_controller.py" line="69" />
            <source>Look the selected text up among fact-checks and approved claims</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../annotator/ui/matching/matching_controller.py" line="62" />
            <source>Mark the sentences most worth checking</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../annotator/ui/matching/matching_controller.py" line="53" />
            <source>Published fact-checks (ClaimReview JSON-LD, JSON Lines, CSV) as reference material</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../annotator/ui/matching/matching_controller.py" line="226" />
            <source>Select some text of the article to look it up.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../annotator/ui/matching/matching_controller.py" line="46" />
            <source>Suggestions</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>matching.matching_panels</name>
        <message numerus="yes">
            <location filename="../../annotator/ui/matching/matching_panels.py" line="158" />
            <source>%n possible match(es) for “{text}”</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
                <numerusform />
                <numerusform />
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../annotator/ui/matching/matching_panels.py" line="91" />
            <source>%n shown, newest first; Enter opens the fact-check</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
                <numerusform />
                <numerusform />
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message>
            <location filename="../../annotator/ui/matching/matching_panels.py" line="116" />
            <source>&amp;Reuse Verdict and Source</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../annotator/ui/matching/matching_panels.py" line="107" />
            <source>&lt;b&gt;Already checked?&lt;/b&gt;</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../annotator/ui/matching/matching_panels.py" line="123" />
            <source>Check &amp;Selected Text</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../annotator/ui/matching/matching_panels.py" line="118" />
            <source>Copy the match's verdict to the claim, add the fact-check as a source, and note where it came from</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../annotator/ui/matching/matching_panels.py" line="212" />
            <source>Enter: make a claim of it · Delete: dismiss it</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../annotator/ui/matching/matching_panels.py" line="92" />
            <source>No fact-checks here. File → Import Fact-Checks… adds them.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../annotator/ui/matching/matching_panels.py" line="164" />
            <source>Nothing in the archive matches.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../annotator/ui/matching/matching_panels.py" line="54" />
            <source>Search imported fact-checks…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../annotator/ui/matching/matching_panels.py" line="166" />
            <source>Select a claim or some text.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../annotator/ui/matching/matching_panels.py" line="150" />
            <source>fact-check</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../annotator/ui/matching/matching_panels.py" line="35" />
            <source>no verdict given</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../annotator/ui/matching/matching_panels.py" line="150" />
            <source>our claim</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../annotator/ui/matching/matching_panels.py" line="35" />
            <source>unknown organisation</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>project.article_actions</name>
        <message>
            <location filename="../../annotator/ui/project/article_actions.py" line="25" />
            <source>&amp;Remove Article…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../annotator/ui/project/article_actions.py" line="23" />
            <source>Article &amp;Properties…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../annotator/ui/project/article_actions.py" line="50" />
            <source>Remove</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../annotator/ui/project/article_actions.py" line="50" />
            <source>Remove Article</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <location filename="../../annotator/ui/project/article_actions.py" line="47" />
            <source>Remove “{title}” and its %n claim(s) from the project?
You can undo this.</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
                <numerusform />
                <numerusform />
                <numerusform />
                <numerusform />
            </translation>
        </message>
    </context>
    <context>
        <name>project.files_controller</name>
        <message numerus="yes">
            <location filename="../../annotator/ui/project/files_controller.py" line="322" />
            <source>%n article(s).</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
                <numerusform />
                <numerusform />
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message>
            <location filename="../../annotator/ui/project/files_controller.py" line="69" />
            <source>&amp;New Project…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../annotator/ui/project/files_controller.py" line="72" />
            <source>&amp;Open Project…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../annotator/ui/project/files_controller.py" line="91" />
            <source>&amp;Preferences…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../annotator/ui/project/files_controller.py" line="87" />
            <source>&amp;Verdict Scale…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../annotator/ui/project/files_controller.py" line="88" />
            <source>Add, rename, reorder, recolour or retire verdicts</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../annotator/ui/project/files_controller.py" line="31" />
            <source>Annotator projects (*.annotator);;All files (*)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../annotator/ui/project/files_controller.py" line="115" />
            <source>Cannot Open Project</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../annotator/ui/project/files_controller.py" line="323" />
            <source>Captures: {count} ({size} of stored pages and files; limit {limit} per capture).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../annotator/ui/project/files_controller.py" line="80" />
            <source>Copy the project to a new file and continue there</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../annotator/ui/project/files_controller.py" line="214" />
            <source>Could not write {name}: {error}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../annotator/ui/project/files_controller.py" line="76" />
            <source>Go back to a copy made when the project was opened</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../annotator/ui/project/files_controller.py" line="148" />
            <source>Leftover Change Log Not Applied</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../annotator/ui/project/files_controller.py" line="170" />
            <source>New Project</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../annotator/ui/project/files_controller.py" line="228" />
            <source>No recent projects</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../annotator/ui/project/files_controller.py" line="62" />
            <source>Open &amp;Recent</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../annotator/ui/project/files_controller.py" line="186" />
            <source>Open Project</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../annotator/ui/project/files_controller.py" line="84" />
            <source>Organisation, report URL, methodology and corrections policy</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../annotator/ui/project/files_controller.py" line="94" />
            <source>Project &amp;Properties…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../annotator/ui/project/files_controller.py" line="83" />
            <source>Project &amp;Settings…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../annotator/ui/project/files_controller.py" line="146" />
            <source>Project Open Elsewhere</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../annotator/ui/project/files_controller.py" line="332" />
            <source>Project Properties</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../annotator/ui/project/files_controller.py" line="75" />
            <source>Restore from &amp;Backup…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../annotator/ui/project/files_controller.py" line="251" />
            <source>Restore from Backup</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../annotator/ui/project/files_controller.py" line="257" />
            <source>Restored the backup of {label}; the replaced file was kept as {name}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../annotator/ui/project/files_controller.py" line="79" />
            <source>Save &amp;As…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../annotator/ui/project/files_controller.py" line="215" />
            <source>Save As</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../annotator/ui/project/files_controller.py" line="198" />
            <source>Save Project As</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../annotator/ui/project/files_controller.py" line="95" />
            <source>Size of the project and of its captures</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../annotator/ui/project/files_controller.py" line="280" />
            <source>The project was changed by another window; showing the latest (your undo history was cleared).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../annotator/ui/project/files_controller.py" line="169" />
            <source>Untitled.annotator</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../annotator/ui/project/files_controller.py" line="177" />
            <source>{name} already exists; open it instead, or choose another name.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../annotator/ui/project/files_controller.py" line="321" />
            <source>{name}: {size} on disk.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>project.library</name>
        <message>
            <location filename="../../annotator/ui/project/library.py" line="34" />
            <source>Claims</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../annotator/ui/project/library.py" line="34" />
            <source>Date</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../annotator/ui/project/library.py" line="140" />
            <source>Filter articles…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../annotator/ui/project/library.py" line="34" />
            <source>Publisher</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../annotator/ui/project/library.py" line="34" />
            <source>Title</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../annotator/ui/project/library.py" line="34" />
            <source>Verdicts</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>project.preferences_controller</name>
        <message>
            <location filename="../../annotator/ui/project/preferences_controller.py" line="42" />
            <source>&amp;Default Text Size</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../annotator/ui/project/preferences_controller.py" line="36" />
            <source>&amp;Larger Text</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../annotator/ui/project/preferences_controller.py" line="39" />
            <source>&amp;Smaller Text</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../annotator/ui/project/preferences_controller.py" line="44" />
            <source>&amp;View</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../annotator/ui/project/preferences_controller.py" line="68" />
            <source>Article text: {reader_font_size:g} pt</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../annotator/ui/project/preferences_controller.py" line="57" />
            <source>The size of the article's text (also in Edit → Preferences)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../annotator/ui/project/preferences_controller.py" line="109" />
            <source>Your changes are now recorded as {name}.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>project.preferences_dialog</name>
        <message>
            <location filename="../../annotator/ui/project/preferences_dialog.py" line="98" />
            <source>&amp;Theme:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../annotator/ui/project/preferences_dialog.py" line="75" />
            <source>Another font:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../annotator/ui/project/preferences_dialog.py" line="96" />
            <source>In the article: Ctrl++ larger, Ctrl+- smaller, Ctrl+0 back to 12 pt.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../annotator/ui/project/preferences_dialog.py" line="43" />
            <source>Preferences</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../annotator/ui/project/preferences_dialog.py" line="92" />
            <source>Reader &amp;font:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../annotator/ui/project/preferences_dialog.py" line="94" />
            <source>Reader text &amp;size:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../annotator/ui/project/preferences_dialog.py" line="99" />
            <source>Show &amp;times in:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../annotator/ui/project/preferences_dialog.py" line="101" />
            <source>Times are always stored in UTC; this changes only how they are shown.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../annotator/ui/project/preferences_dialog.py" line="50" />
            <source>You are person {short_id}: renaming changes how you are shown, never who you are.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../annotator/ui/project/preferences_dialog.py" line="90" />
            <source>Your &amp;name:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../annotator/ui/project/preferences_dialog.py" line="54" />
            <source>Your name is shown as the author of what you create and change.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../annotator/ui/project/preferences_dialog.py" line="48" />
            <source>Your name, as colleagues will see it</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>project.restore_dialog</name>
        <message>
            <location filename="../../annotator/ui/project/restore_dialog.py" line="32" />
            <source>Annotator copies {project_name} each time you open it. Restoring replaces the project with the copy you choose; the current file is kept beside it, renamed, so nothing is lost.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../annotator/ui/project/restore_dialog.py" line="47" />
            <source>No backups of this project yet.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../annotator/ui/project/restore_dialog.py" line="52" />
            <source>Restore</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../annotator/ui/project/restore_dialog.py" line="29" />
            <source>Restore from Backup</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>project.settings_dialog</name>
        <message>
            <location filename="../../annotator/ui/project/settings_dialog.py" line="32" />
            <source>Corrections policy</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../annotator/ui/project/settings_dialog.py" line="34" />
            <source>How readers can ask for a correction</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../annotator/ui/project/settings_dialog.py" line="29" />
            <source>How you choose and check claims</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../annotator/ui/project/settings_dialog.py" line="29" />
            <source>Methodology</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../annotator/ui/project/settings_dialog.py" line="21" />
            <source>Organisation</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../annotator/ui/project/settings_dialog.py" line="22" />
            <source>Organisation URL</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../annotator/ui/project/settings_dialog.py" line="42" />
            <source>Project Settings</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../annotator/ui/project/settings_dialog.py" line="25" />
            <source>Report URL</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../annotator/ui/project/settings_dialog.py" line="58" />
            <source>These appear in exported reports and in ClaimReview markup.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../annotator/ui/project/settings_dialog.py" line="27" />
            <source>Where the fact-check is published (claims link to #claim-N)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../annotator/ui/project/settings_dialog.py" line="21" />
            <source>Your newsroom or fact-checking team</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../annotator/ui/project/settings_dialog.py" line="56" />
            <source>{label}:</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>project.verdict_scale_dialog</name>
        <message>
            <location filename="../../annotator/ui/project/verdict_scale_dialog.py" line="100" />
            <source>&amp;Add…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../annotator/ui/project/verdict_scale_dialog.py" line="101" />
            <source>&amp;Colour…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../annotator/ui/project/verdict_scale_dialog.py" line="100" />
            <source>&amp;Rename…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../annotator/ui/project/verdict_scale_dialog.py" line="111" />
            <source>&amp;Undo</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../annotator/ui/project/verdict_scale_dialog.py" line="101" />
            <source>&amp;Value…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../annotator/ui/project/verdict_scale_dialog.py" line="162" />
            <source>Add Verdict</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../annotator/ui/project/verdict_scale_dialog.py" line="165" />
            <source>Add verdict</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../annotator/ui/project/verdict_scale_dialog.py" line="162" />
            <source>Label:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../annotator/ui/project/verdict_scale_dialog.py" line="103" />
            <source>Move &amp;Down</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../annotator/ui/project/verdict_scale_dialog.py" line="102" />
            <source>Move &amp;Up</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../annotator/ui/project/verdict_scale_dialog.py" line="85" />
            <source>Numbers are ClaimReview's ratingValue and order agreement statistics. A retired verdict stays on the claims that use it.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../annotator/ui/project/verdict_scale_dialog.py" line="202" />
            <source>Numeric Value</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../annotator/ui/project/verdict_scale_dialog.py" line="104" />
            <source>Re&amp;move</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../annotator/ui/project/verdict_scale_dialog.py" line="104" />
            <source>Re&amp;tire</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../annotator/ui/project/verdict_scale_dialog.py" line="191" />
            <source>Recolour verdict</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../annotator/ui/project/verdict_scale_dialog.py" line="234" />
            <source>Remove verdict</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../annotator/ui/project/verdict_scale_dialog.py" line="173" />
            <source>Rename Verdict</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../annotator/ui/project/verdict_scale_dialog.py" line="178" />
            <source>Rename verdict</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../annotator/ui/project/verdict_scale_dialog.py" line="218" />
            <source>Reorder verdicts</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../annotator/ui/project/verdict_scale_dialog.py" line="147" />
            <source>Res&amp;tore</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../annotator/ui/project/verdict_scale_dialog.py" line="226" />
            <source>Retire verdict</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../annotator/ui/project/verdict_scale_dialog.py" line="209" />
            <source>Set verdict value</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../annotator/ui/project/verdict_scale_dialog.py" line="69" />
            <source>Start from &amp;Template</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../annotator/ui/project/verdict_scale_dialog.py" line="72" />
            <source>Template:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../annotator/ui/project/verdict_scale_dialog.py" line="112" />
            <source>U&amp;ndo</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../annotator/ui/project/verdict_scale_dialog.py" line="186" />
            <source>Verdict Colour</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../annotator/ui/project/verdict_scale_dialog.py" line="60" />
            <source>Verdict Scale</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../annotator/ui/project/verdict_scale_dialog.py" line="240" />
            <source>Verdict scale: {template}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../annotator/ui/project/verdict_scale_dialog.py" line="203" />
            <source>Whole number of at least 1, or empty for none:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../annotator/ui/project/verdict_scale_dialog.py" line="123" />
            <source>no number</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../annotator/ui/project/verdict_scale_dialog.py" line="125" />
            <source>value {value}</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>reader.find_bar</name>
        <message>
            <location filename="../../annotator/ui/reader/find_bar.py" line="34" />
            <source>Close (Esc)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../annotator/ui/reader/find_bar.py" line="23" />
            <source>Find in article</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../annotator/ui/reader/find_bar.py" line="37" />
            <source>Find:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../annotator/ui/reader/find_bar.py" line="31" />
            <source>Next match (F3 or Enter)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../annotator/ui/reader/find_bar.py" line="28" />
            <source>Previous match (Shift+F3)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../annotator/ui/reader/find_bar.py" line="65" />
            <source>no matches</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>reader.find_controller</name>
        <message>
            <location filename="../../annotator/ui/reader/find_controller.py" line="24" />
            <source>&amp;Find in Article…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../annotator/ui/reader/find_controller.py" line="26" />
            <source>Find &amp;Next</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../annotator/ui/reader/find_controller.py" line="29" />
            <source>Find Pre&amp;vious</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>reader.page_gutter</name>
        <message>
            <location filename="../../annotator/ui/reader/page_gutter.py" line="23" />
            <source>Page numbers</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>review.adjudication_dialog</name>
        <message numerus="yes">
            <location filename="../../annotator/ui/review/adjudication_dialog.py" line="108" />
            <source>%n article(s) you rate blind: reveal first to adjudicate.</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
                <numerusform />
                <numerusform />
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message>
            <location filename="../../annotator/ui/review/adjudication_dialog.py" line="84" />
            <source>&amp;Note:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../annotator/ui/review/adjudication_dialog.py" line="79" />
            <source>&amp;Settle Verdict</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../annotator/ui/review/adjudication_dialog.py" line="53" />
            <source>Adjudicate Verdicts</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../annotator/ui/review/adjudication_dialog.py" line="83" />
            <source>Final &amp;verdict:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../annotator/ui/review/adjudication_dialog.py" line="40" />
            <source>Final verdict</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../annotator/ui/review/adjudication_dialog.py" line="58" />
            <source>Only passages still waiting for a final verdict</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../annotator/ui/review/adjudication_dialog.py" line="40" />
            <source>Passage</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../annotator/ui/review/adjudication_dialog.py" line="40" />
            <source>Ratings</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../annotator/ui/review/adjudication_dialog.py" line="109" />
            <source>Ratings stay as evidence; only the final verdict is published.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../annotator/ui/review/adjudication_dialog.py" line="40" />
            <source>Settled by</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../annotator/ui/review/adjudication_dialog.py" line="74" />
            <source>Unrated</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../annotator/ui/review/adjudication_dialog.py" line="78" />
            <source>Why this verdict (kept with the adjudication)</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>review.agreement_dialog</name>
        <message>
            <location filename="../../annotator/ui/review/agreement_dialog.py" line="119" />
            <source>&amp;Refresh</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../annotator/ui/review/agreement_dialog.py" line="54" />
            <source>Agreement</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../annotator/ui/review/agreement_dialog.py" line="231" />
            <source>All articles</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../annotator/ui/review/agreement_dialog.py" line="51" />
            <source>Article</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../annotator/ui/review/agreement_dialog.py" line="55" />
            <source>Coefficient</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../annotator/ui/review/agreement_dialog.py" line="209" />
            <source>Current article: “{one_line}”.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../annotator/ui/review/agreement_dialog.py" line="285" />
            <source>Disagreements</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../annotator/ui/review/agreement_dialog.py" line="158" />
            <source>Disagreements (double-click to open the claim)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../annotator/ui/review/agreement_dialog.py" line="289" />
            <source>Disagreements: {count} (double-click to open the claim)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../annotator/ui/review/agreement_dialog.py" line="283" />
            <source>Disagreements: {hidden}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../annotator/ui/review/agreement_dialog.py" line="59" />
            <source>Krippendorff's α (ordinal)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../annotator/ui/review/agreement_dialog.py" line="197" />
            <source>Open an article to rate it blind.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../annotator/ui/review/agreement_dialog.py" line="153" />
            <source>Passage</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../annotator/ui/review/agreement_dialog.py" line="108" />
            <source>Rate this article &amp;blind: hide colleagues' verdicts until I reveal them</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../annotator/ui/review/agreement_dialog.py" line="53" />
            <source>Rated by 2+</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../annotator/ui/review/agreement_dialog.py" line="52" />
            <source>Raters</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../annotator/ui/review/agreement_dialog.py" line="100" />
            <source>Review Dashboard</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../annotator/ui/review/agreement_dialog.py" line="153" />
            <source>Verdicts</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../annotator/ui/review/agreement_dialog.py" line="204" />
            <source>You are rating “{one_line}” blind: colleagues' claims show as unrated. Untick to reveal their verdicts.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../annotator/ui/review/agreement_dialog.py" line="49" />
            <source>hidden while you rate blind</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../annotator/ui/review/agreement_dialog.py" line="64" />
            <source>n/a</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../annotator/ui/review/agreement_dialog.py" line="69" />
            <source>n/a (one rater)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../annotator/ui/review/agreement_dialog.py" line="58" />
            <source>weighted κ (quadratic)</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>review.blind</name>
        <message>
            <location filename="../../annotator/ui/review/blind.py" line="96" />
            <source>You are rating “{title}” blind: an export would show colleagues' verdicts. Reveal them in the Review Dashboard first.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>review.blind_conflicts</name>
        <message>
            <location filename="../../annotator/ui/review/blind_conflicts.py" line="17" />
            <source>(deleted)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../annotator/ui/review/blind_conflicts.py" line="18" />
            <source>(hidden while you rate this article blind)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../annotator/ui/review/blind_conflicts.py" line="19" />
            <source>This conflict holds a colleague's judgement of a passage you rate blind. Reveal their verdicts in the Review Dashboard first, then resolve it.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>review.conflicts_panel</name>
        <message>
            <location filename="../../annotator/ui/review/conflicts_panel.py" line="158" />
            <source> (they deleted it)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../annotator/ui/review/conflicts_panel.py" line="156" />
            <source> (you deleted it)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../annotator/ui/review/conflicts_panel.py" line="245" />
            <source>&amp;Edit Result…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../annotator/ui/review/conflicts_panel.py" line="121" />
            <source>(unknown verdict)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../annotator/ui/review/conflicts_panel.py" line="78" />
            <source>Accessed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../annotator/ui/review/conflicts_panel.py" line="80" />
            <source>Added by</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../annotator/ui/review/conflicts_panel.py" line="72" />
            <source>Anchor</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../annotator/ui/review/conflicts_panel.py" line="78" />
            <source>Archive URL</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../annotator/ui/review/conflicts_panel.py" line="61" />
            <source>Article</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../annotator/ui/review/conflicts_panel.py" line="72" />
            <source>Author</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../annotator/ui/review/conflicts_panel.py" line="77" />
            <source>Author of the source</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../annotator/ui/review/conflicts_panel.py" line="73" />
            <source>Changed at</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../annotator/ui/review/conflicts_panel.py" line="73" />
            <source>Changed by</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../annotator/ui/review/conflicts_panel.py" line="361" />
            <source>Changed on both sides; found {short_time}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../annotator/ui/review/conflicts_panel.py" line="58" />
            <source>Claim</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../annotator/ui/review/conflicts_panel.py" line="67" />
            <source>Claim as checked</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../annotator/ui/review/conflicts_panel.py" line="68" />
            <source>Claim date</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../annotator/ui/review/conflicts_panel.py" line="68" />
            <source>Claimant</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../annotator/ui/review/conflicts_panel.py" line="60" />
            <source>Comment</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../annotator/ui/review/conflicts_panel.py" line="410" />
            <source>Could not resolve: {text}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../annotator/ui/review/conflicts_panel.py" line="378" />
            <source>Different on the two sides</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../annotator/ui/review/conflicts_panel.py" line="167" />
            <source>Edit Merged Claim</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../annotator/ui/review/conflicts_panel.py" line="79" />
            <source>Excerpt</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../annotator/ui/review/conflicts_panel.py" line="69" />
            <source>Explanation</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../annotator/ui/review/conflicts_panel.py" line="282" />
            <source>Field</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../annotator/ui/review/conflicts_panel.py" line="318" />
            <source>Found by the merge of {short_time}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../annotator/ui/review/conflicts_panel.py" line="71" />
            <source>Internal note</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../annotator/ui/review/conflicts_panel.py" line="243" />
            <source>Keep &amp;Mine</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../annotator/ui/review/conflicts_panel.py" line="244" />
            <source>Keep &amp;Theirs</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../annotator/ui/review/conflicts_panel.py" line="79" />
            <source>Kind</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../annotator/ui/review/conflicts_panel.py" line="79" />
            <source>Locator</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../annotator/ui/review/conflicts_panel.py" line="282" />
            <source>Mine</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../annotator/ui/review/conflicts_panel.py" line="80" />
            <source>Order</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../annotator/ui/review/conflicts_panel.py" line="71" />
            <source>Position</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../annotator/ui/review/conflicts_panel.py" line="76" />
            <source>Publisher</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../annotator/ui/review/conflicts_panel.py" line="67" />
            <source>Quote</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../annotator/ui/review/conflicts_panel.py" line="84" />
            <source>Resolved</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../annotator/ui/review/conflicts_panel.py" line="418" />
            <source>Resolved {summary}: {how}. {note}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../annotator/ui/review/conflicts_panel.py" line="53" />
            <source>Resolving a conflict cannot be undone: it is saved at once as a new version, which colleagues receive when they merge your project.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../annotator/ui/review/conflicts_panel.py" line="59" />
            <source>Source</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../annotator/ui/review/conflicts_panel.py" line="77" />
            <source>Source date</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../annotator/ui/review/conflicts_panel.py" line="80" />
            <source>Stance</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../annotator/ui/review/conflicts_panel.py" line="70" />
            <source>Status</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../annotator/ui/review/conflicts_panel.py" line="70" />
            <source>Tags</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../annotator/ui/review/conflicts_panel.py" line="84" />
            <source>Text</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../annotator/ui/review/conflicts_panel.py" line="408" />
            <source>That conflict no longer exists.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../annotator/ui/review/conflicts_panel.py" line="282" />
            <source>Theirs</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../annotator/ui/review/conflicts_panel.py" line="76" />
            <source>Title</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../annotator/ui/review/conflicts_panel.py" line="121" />
            <source>Unrated</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../annotator/ui/review/conflicts_panel.py" line="187" />
            <source>Use This Version</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../annotator/ui/review/conflicts_panel.py" line="62" />
            <source>Verdict</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../annotator/ui/review/conflicts_panel.py" line="85" />
            <source>Written at</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../annotator/ui/review/conflicts_panel.py" line="413" />
            <source>kept your version</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../annotator/ui/review/conflicts_panel.py" line="143" />
            <source>on a passage you rate blind</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../annotator/ui/review/conflicts_panel.py" line="413" />
            <source>took their version</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../annotator/ui/review/conflicts_panel.py" line="414" />
            <source>used your edited version</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>review.rating_commands</name>
        <message>
            <location filename="../../annotator/ui/review/rating_commands.py" line="57" />
            <source>Adjudicate verdict</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../annotator/ui/review/rating_commands.py" line="28" />
            <source>Rate passage</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>review.review_commands</name>
        <message>
            <location filename="../../annotator/ui/review/review_commands.py" line="125" />
            <source>Add comment</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../annotator/ui/review/review_commands.py" line="34" />
            <source>Approve claim</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../annotator/ui/review/review_commands.py" line="32" />
            <source>Move claim back to draft</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../annotator/ui/review/review_commands.py" line="203" />
            <source>Reopen comment thread</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../annotator/ui/review/review_commands.py" line="145" />
            <source>Reply to comment</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../annotator/ui/review/review_commands.py" line="35" />
            <source>Request changes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../annotator/ui/review/review_commands.py" line="198" />
            <source>Resolve comment thread</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../annotator/ui/review/review_commands.py" line="33" />
            <source>Submit claim for review</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>review.review_controller</name>
        <message numerus="yes">
            <location filename="../../annotator/ui/review/review_controller.py" line="253" />
            <source>%n merge conflict(s) to resolve.</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
                <numerusform />
                <numerusform />
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message>
            <location filename="../../annotator/ui/review/review_controller.py" line="106" />
            <source>&amp;Adjudicate Verdicts…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../annotator/ui/review/review_controller.py" line="117" />
            <source>&amp;Conflicts Panel</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../annotator/ui/review/review_controller.py" line="111" />
            <source>&amp;Merge Colleague's Project…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../annotator/ui/review/review_controller.py" line="120" />
            <source>&amp;Review</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../annotator/ui/review/review_controller.py" line="90" />
            <source>&amp;Review Mode</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../annotator/ui/review/review_controller.py" line="103" />
            <source>Agreement between raters, disagreements, blind second review</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../annotator/ui/review/review_controller.py" line="113" />
            <source>Bring a colleague's articles, claims, sources and comments into this project</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../annotator/ui/review/review_controller.py" line="62" />
            <source>Comments</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../annotator/ui/review/review_controller.py" line="217" />
            <source>Comments ({count})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../annotator/ui/review/review_controller.py" line="71" />
            <source>Conflicts</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../annotator/ui/review/review_controller.py" line="237" />
            <source>Edit → Undo takes the whole merge back.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../annotator/ui/review/review_controller.py" line="63" />
            <source>History</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../annotator/ui/review/review_controller.py" line="99" />
            <source>Review &amp;All Articles</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../annotator/ui/review/review_controller.py" line="101" />
            <source>Review &amp;Dashboard…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../annotator/ui/review/review_controller.py" line="65" />
            <source>Review Mode</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../annotator/ui/review/review_controller.py" line="108" />
            <source>Settle one final verdict for each passage rated by two or more people</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../annotator/ui/review/review_controller.py" line="93" />
            <source>Step through the claims waiting for your review: J/K next/previous, A approve, R request changes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../annotator/ui/review/review_controller.py" line="172" />
            <source>{name} (hidden: blind)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../annotator/ui/review/review_controller.py" line="165" />
            <source>{name} of a colleague's claim are hidden while you rate blind.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>review.review_mode</name>
        <message>
            <location filename="../../annotator/ui/review/review_mode.py" line="263" />
            <source>(This claim was deleted.)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../annotator/ui/review/review_mode.py" line="278" />
            <source>(no explanation)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../annotator/ui/review/review_mode.py" line="271" />
            <source>(not written)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../annotator/ui/review/review_mode.py" line="374" />
            <source>All claims in the queue are reviewed. Esc leaves review mode.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../annotator/ui/review/review_mode.py" line="152" />
            <source>Approve</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../annotator/ui/review/review_mode.py" line="280" />
            <source>By {display_name}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../annotator/ui/review/review_mode.py" line="82" />
            <source>Claim as checked</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../annotator/ui/review/review_mode.py" line="84" />
            <source>Explanation</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../annotator/ui/review/review_mode.py" line="43" />
            <source>J/→ next · K/← previous · A approve · R request changes · Esc leave</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../annotator/ui/review/review_mode.py" line="154" />
            <source>Leave Review Mode</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../annotator/ui/review/review_mode.py" line="151" />
            <source>Next</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../annotator/ui/review/review_mode.py" line="39" />
            <source>Nothing is waiting for your review — claims appear here when their author marks them Ready for review (the Status field in the inspector). Your own claims go to a colleague.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../annotator/ui/review/review_mode.py" line="150" />
            <source>Previous</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../annotator/ui/review/review_mode.py" line="81" />
            <source>Quote</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../annotator/ui/review/review_mode.py" line="153" />
            <source>Request Changes…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../annotator/ui/review/review_mode.py" line="319" />
            <source>Say what should change before requesting changes.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../annotator/ui/review/review_mode.py" line="85" />
            <source>Sources</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../annotator/ui/review/review_mode.py" line="339" />
            <source>This claim was deleted.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../annotator/ui/review/review_mode.py" line="83" />
            <source>Verdict</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../annotator/ui/review/review_mode.py" line="134" />
            <source>What should change? (Ctrl+Return requests changes, Esc cancels)</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>search.search_controller</name>
        <message>
            <location filename="../../annotator/ui/search/search_controller.py" line="27" />
            <source>&amp;Search All Articles…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../annotator/ui/search/search_controller.py" line="28" />
            <source>Full-text search over every article and claim</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>search.search_panel</name>
        <message>
            <location filename="../../annotator/ui/search/search_panel.py" line="21" />
            <source>Article details</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../annotator/ui/search/search_panel.py" line="20" />
            <source>Article text</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../annotator/ui/search/search_panel.py" line="22" />
            <source>Claim</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../annotator/ui/search/search_panel.py" line="24" />
            <source>Comment on a claim</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../annotator/ui/search/search_panel.py" line="37" />
            <source>Search all articles and claims…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../annotator/ui/search/search_panel.py" line="23" />
            <source>Source of a claim</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>versions.revisions_panel</name>
        <message numerus="yes">
            <location filename="../../annotator/ui/versions/revisions_panel.py" line="40" />
            <source>%n changed</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
                <numerusform />
                <numerusform />
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../annotator/ui/versions/revisions_panel.py" line="38" />
            <source>%n moved</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
                <numerusform />
                <numerusform />
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../annotator/ui/versions/revisions_panel.py" line="41" />
            <source>%n orphaned</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
                <numerusform />
                <numerusform />
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message>
            <location filename="../../annotator/ui/versions/revisions_panel.py" line="63" />
            <source>&amp;Accept New Place</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../annotator/ui/versions/revisions_panel.py" line="65" />
            <source>&amp;Use Selection</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../annotator/ui/versions/revisions_panel.py" line="156" />
            <source>&lt;p&gt;&lt;b&gt;No longer in the article.&lt;/b&gt; The claim was made on:&lt;/p&gt;&lt;blockquote&gt;{struck}&lt;/blockquote&gt;</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../annotator/ui/versions/revisions_panel.py" line="161" />
            <source>&lt;p&gt;&lt;b&gt;Old → new passage&lt;/b&gt;&lt;/p&gt;&lt;p&gt;{diff_html}&lt;/p&gt;</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../annotator/ui/versions/revisions_panel.py" line="73" />
            <source>Article &amp;Diff…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../annotator/ui/versions/revisions_panel.py" line="30" />
            <source>Changed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../annotator/ui/versions/revisions_panel.py" line="69" />
            <source>Keep as &amp;Orphan</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../annotator/ui/versions/revisions_panel.py" line="29" />
            <source>Moved</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../annotator/ui/versions/revisions_panel.py" line="31" />
            <source>Orphaned</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../annotator/ui/versions/revisions_panel.py" line="67" />
            <source>Select the passage in the article, then press this to anchor the claim there</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../annotator/ui/versions/revisions_panel.py" line="64" />
            <source>The claim now refers to the highlighted passage</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../annotator/ui/versions/revisions_panel.py" line="71" />
            <source>The claim's text is no longer in the article; keep it, marked orphaned</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../annotator/ui/versions/revisions_panel.py" line="119" />
            <source>Version {version}: every claim is where it was.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../annotator/ui/versions/revisions_panel.py" line="113" />
            <source>Version {version}: {counts}. Check each one.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>versions.version_dialogs</name>
        <message numerus="yes">
            <location filename="../../annotator/ui/versions/version_dialogs.py" line="163" />
            <source>%n changed passage(s): {inserted} inserted, {deleted} deleted, {replaced} changed.</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
                <numerusform />
                <numerusform />
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message>
            <location filename="../../annotator/ui/versions/version_dialogs.py" line="127" />
            <source>&amp;Note This Change</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../annotator/ui/versions/version_dialogs.py" line="200" />
            <source>(nothing)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../annotator/ui/versions/version_dialogs.py" line="194" />
            <source>Changed without notice between version {old_version} and version {new_version}.
Before: “{before}”
After: “{after}”</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../annotator/ui/versions/version_dialogs.py" line="47" />
            <source>Choose…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../annotator/ui/versions/version_dialogs.py" line="109" />
            <source>Compare Versions — {title}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../annotator/ui/versions/version_dialogs.py" line="44" />
            <source>From &amp;pasted text:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../annotator/ui/versions/version_dialogs.py" line="43" />
            <source>From a &amp;file:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../annotator/ui/versions/version_dialogs.py" line="137" />
            <source>From:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../annotator/ui/versions/version_dialogs.py" line="129" />
            <source>Make a claim of the changed passage (tagged “silent edit”) so it is reported</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../annotator/ui/versions/version_dialogs.py" line="78" />
            <source>New Version</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../annotator/ui/versions/version_dialogs.py" line="169" />
            <source>No differences.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../annotator/ui/versions/version_dialogs.py" line="50" />
            <source>Paste the article's current text here</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../annotator/ui/versions/version_dialogs.py" line="56" />
            <source>The new text of “{title}” is stored as a new version (the old ones are kept), and every claim is found again in it.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../annotator/ui/versions/version_dialogs.py" line="139" />
            <source>To:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../annotator/ui/versions/version_dialogs.py" line="65" />
            <source>Update</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../annotator/ui/versions/version_dialogs.py" line="41" />
            <source>Update from New Version</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../annotator/ui/versions/version_dialogs.py" line="116" />
            <source>Version {number} · {format_time} · {author}</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>versions.versions_controller</name>
        <message>
            <location filename="../../annotator/ui/versions/versions_controller.py" line="46" />
            <source>&amp;Compare Versions…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../annotator/ui/versions/versions_controller.py" line="42" />
            <source>&amp;Update from New Version…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../annotator/ui/versions/versions_controller.py" line="141" />
            <source>Accept new place of claim</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../annotator/ui/versions/versions_controller.py" line="162" />
            <source>Keep claim as orphan</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../annotator/ui/versions/versions_controller.py" line="157" />
            <source>Move claim to selection</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../annotator/ui/versions/versions_controller.py" line="131" />
            <source>Revisions</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../annotator/ui/versions/versions_controller.py" line="131" />
            <source>Revisions ({count})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../annotator/ui/versions/versions_controller.py" line="148" />
            <source>Select the passage in the article the claim now refers to, then press Use Selection.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../annotator/ui/versions/versions_controller.py" line="105" />
            <source>The article was changed without notice.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../annotator/ui/versions/versions_controller.py" line="43" />
            <source>The article was edited: store its new text and find every claim again</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../annotator/ui/versions/versions_controller.py" line="82" />
            <source>Update from New Version</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../annotator/ui/versions/versions_controller.py" line="47" />
            <source>What changed between two versions of the article</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>window_frame</name>
        <message>
            <location filename="../../annotator/ui/window_frame.py" line="81" />
            <source>&amp;Article</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../annotator/ui/window_frame.py" line="76" />
            <source>&amp;Claim</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../annotator/ui/window_frame.py" line="70" />
            <source>&amp;Edit</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../annotator/ui/window_frame.py" line="60" />
            <source>&amp;File</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../annotator/ui/window_frame.py" line="89" />
            <source>&amp;Help</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../annotator/ui/window_frame.py" line="87" />
            <source>&amp;Project</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../annotator/ui/window_frame.py" line="45" />
            <source>Claim</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../annotator/ui/window_frame.py" line="34" />
            <source>Claims</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../annotator/ui/window_frame.py" line="96" />
            <source>Main</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../annotator/ui/window_frame.py" line="35" />
            <source>Revisions</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../annotator/ui/window_frame.py" line="36" />
            <source>Search</source>
            <translation type="unfinished" />
        </message>
    </context>
</TS>
