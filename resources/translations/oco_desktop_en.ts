<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB">
<context>
    <name>BulkChangeDialog</name>
    <message numerus="yes">
        <location filename="../../oco_desktop/ui/dialogs/roster/staff_bulk.py" line="+52"/>
        <source>Set one field for the %n chosen staff. Every row is changed, or none.</source>
        <translation>
            <numerusform>Set one field for the %n chosen staff member. Every row is changed, or none.</numerusform>
            <numerusform>Set one field for the %n chosen staff. Every row is changed, or none.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+22"/>
        <source>&amp;Change %n staff</source>
        <translation>
            <numerusform>&amp;Change %n staff member</numerusform>
            <numerusform>&amp;Change %n staff</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ElearningTab</name>
    <message numerus="yes">
        <location filename="../../oco_desktop/ui/pages/programme/elearning.py" line="+102"/>
        <source>%n completions recorded. Choose a module to see who completed it.</source>
        <translation>
            <numerusform>%n completion recorded. Choose a module to see who completed it.</numerusform>
            <numerusform>%n completions recorded. Choose a module to see who completed it.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExpertsTab</name>
    <message numerus="yes">
        <location filename="../../oco_desktop/ui/pages/people/experts.py" line="+188"/>
        <source>%Ln experts found.</source>
        <translation>
            <numerusform>%Ln expert found.</numerusform>
            <numerusform>%Ln experts found.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message numerus="yes">
        <location filename="../../oco_desktop/ui/dialogs/roster/staff_actions.py" line="+202"/>
        <source>{0}: %Ln recorded changes, newest first.</source>
        <translation>
            <numerusform>{0}: %Ln recorded change.</numerusform>
            <numerusform>{0}: %Ln recorded changes, newest first.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message numerus="yes">
        <location filename="../../oco_desktop/ui/dialogs/roster/import_.py" line="+372"/>
        <source>&amp;Import the %Ln valid rows</source>
        <translation>
            <numerusform>&amp;Import the %Ln valid row</numerusform>
            <numerusform>&amp;Import the %Ln valid rows</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>%Ln rows have errors: correct them in the file, then read it again.</source>
        <translation>
            <numerusform>%Ln row has errors: correct it in the file, then read it again.</numerusform>
            <numerusform>%Ln rows have errors: correct them in the file, then read it again.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+77"/>
        <source>Nothing was written: %Ln rows have errors now. Correct them in the file and import it again, or import the valid rows only.</source>
        <translation>
            <numerusform>Nothing was written: %Ln row has errors now. Correct it in the file and import it again, or import the valid rows only.</numerusform>
            <numerusform>Nothing was written: %Ln rows have errors now. Correct them in the file and import it again, or import the valid rows only.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+13"/>
        <source>%Ln rows with errors were not imported: correct them in the file and import it again (the rows imported now will then show as unchanged).</source>
        <translation>
            <numerusform>%Ln row with errors was not imported: correct it in the file and import it again (the rows imported now will then show as unchanged).</numerusform>
            <numerusform>%Ln rows with errors were not imported: correct them in the file and import it again (the rows imported now will then show as unchanged).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>InboxTab</name>
    <message numerus="yes">
        <location filename="../../oco_desktop/ui/pages/sync/inbox.py" line="+281"/>
        <source>Stopped as you asked: %Ln bundles were not imported.</source>
        <translation>
            <numerusform>Stopped as you asked: %Ln bundle was not imported.</numerusform>
            <numerusform>Stopped as you asked: %Ln bundles were not imported.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MoveStaffDialog</name>
    <message numerus="yes">
        <location filename="../../oco_desktop/ui/dialogs/roster/office_remove.py" line="+31"/>
        <source>%n staff in post still work at {0}. To remove the office, move them to another office first: they keep everything else, and each move is in their history.</source>
        <translation>
            <numerusform>%n staff member in post still works at {0}. To remove the office, move them to another office first: they keep everything else, and the move is in their history.</numerusform>
            <numerusform>%n staff in post still work at {0}. To remove the office, move them to another office first: they keep everything else, and each move is in their history.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+26"/>
        <source>%n staff in post still work at {0}, and there is no other office to move them to. Add the office they move to first (New office…), then remove this one.</source>
        <translation>
            <numerusform>%n staff member in post still works at {0}, and there is no other office to move them to. Add the office they move to first (New office…), then remove this one.</numerusform>
            <numerusform>%n staff in post still work at {0}, and there is no other office to move them to. Add the office they move to first (New office…), then remove this one.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OutboxTab</name>
    <message numerus="yes">
        <location filename="../../oco_desktop/ui/pages/sync/outbox.py" line="+357"/>
        <source>Changes made on this computer are stamped up to %n days ahead of its clock: the clock was set ahead when they were made. Bundles that carry them are refused. This computer&apos;s clock now says {0}, {1}. If that is right, give those changes fresh stamps, then save the bundle again. If it is wrong, set the right date and time first.</source>
        <translation>
            <numerusform>Changes made on this computer are stamped up to %n day ahead of its clock: the clock was set ahead when they were made. Bundles that carry them are refused. This computer's clock now says {0}, {1}. If that is right, give those changes fresh stamps, then save the bundle again. If it is wrong, set the right date and time first.</numerusform>
            <numerusform>Changes made on this computer are stamped up to %n days ahead of its clock: the clock was set ahead when they were made. Bundles that carry them are refused. This computer's clock now says {0}, {1}. If that is right, give those changes fresh stamps, then save the bundle again. If it is wrong, set the right date and time first.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+19"/>
        <source>%n changes got fresh stamps from this computer&apos;s clock. Bundles saved from now on are accepted.</source>
        <translation>
            <numerusform>%n change got fresh stamps from this computer's clock. Bundles saved from now on are accepted.</numerusform>
            <numerusform>%n changes got fresh stamps from this computer's clock. Bundles saved from now on are accepted.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+144"/>
        <source>No mail program opened the drafts: double-click each file ending in .eml in that folder, or attach the %n bundle files to emails yourself.</source>
        <translation>
            <numerusform>No mail program opened the draft: double-click the file ending in .eml in that folder, or attach the %n bundle file to an email yourself.</numerusform>
            <numerusform>No mail program opened the drafts: double-click each file ending in .eml in that folder, or attach the %n bundle files to emails yourself.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RecordCompletionsDialog</name>
    <message numerus="yes">
        <location filename="../../oco_desktop/ui/dialogs/elearning.py" line="+128"/>
        <source>%n ticked</source>
        <translation>
            <numerusform>%n ticked</numerusform>
            <numerusform>%n ticked</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReportsPage</name>
    <message numerus="yes">
        <location filename="../../oco_desktop/ui/pages/reports.py" line="+249"/>
        <source>The report was built (%Ln pages) but cannot be shown here: the PDF renderer (pypdfium2) is missing. Save the PDF to read it.</source>
        <translation>
            <numerusform>The report was built (%Ln page) but cannot be shown here: the PDF renderer (pypdfium2) is missing. Save the PDF to read it.</numerusform>
            <numerusform>The report was built (%Ln pages) but cannot be shown here: the PDF renderer (pypdfium2) is missing. Save the PDF to read it.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>%Ln pages, built in {0} s.</source>
        <translation>
            <numerusform>%Ln page, built in {0} s.</numerusform>
            <numerusform>%Ln pages, built in {0} s.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>The first %Ln are shown.</source>
        <translation>
            <numerusform>The first %Ln is shown.</numerusform>
            <numerusform>The first %Ln are shown.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+60"/>
        <source>Saved %Ln pages to {0}.</source>
        <translation>
            <numerusform>Saved %Ln page to {0}.</numerusform>
            <numerusform>Saved %Ln pages to {0}.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StaffDeletion</name>
    <message numerus="yes">
        <location filename="../../oco_desktop/ui/pages/roster/staff_delete.py" line="+81"/>
        <source>This record is already used elsewhere (training needs, nominations, e-learning or mentoring): %Ln entries. Remove those first, or mark the person as left.</source>
        <translation>
            <numerusform>This record is already used elsewhere (training needs, nominations, e-learning or mentoring): %Ln entry. Remove it first, or mark the person as left.</numerusform>
            <numerusform>This record is already used elsewhere (training needs, nominations, e-learning or mentoring): %Ln entries. Remove those first, or mark the person as left.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StaffPage</name>
    <message numerus="yes">
        <location filename="../../oco_desktop/ui/pages/roster/staff.py" line="+374"/>
        <source>%Ln staff match</source>
        <translation>
            <numerusform>%Ln staff member matches</numerusform>
            <numerusform>%Ln staff match</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%Ln staff</source>
        <translation>
            <numerusform>%Ln staff member</numerusform>
            <numerusform>%Ln staff</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+58"/>
        <source>Change %n &amp;chosen…</source>
        <translation>
            <numerusform>Change %n &amp;chosen…</numerusform>
            <numerusform>Change %n &amp;chosen…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+20"/>
        <source>Changed %n staff.</source>
        <translation>
            <numerusform>Changed %n staff member.</numerusform>
            <numerusform>Changed %n staff.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+104"/>
        <source>The personal data of {0} was erased, with %Ln history entries. The erasure goes to the Secretariat with the next sync bundle.</source>
        <translation>
            <numerusform>The personal data of {0} was erased, with %Ln history entry. The erasure goes to the Secretariat with the next sync bundle.</numerusform>
            <numerusform>The personal data of {0} was erased, with %Ln history entries. The erasure goes to the Secretariat with the next sync bundle.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+97"/>
        <source>Exported %Ln staff to {0}.</source>
        <translation>
            <numerusform>Exported %Ln staff member to {0}.</numerusform>
            <numerusform>Exported %Ln staff to {0}.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SyncCounts</name>
    <message numerus="yes">
        <location filename="../../oco_desktop/ui/pages/sync/common.py" line="+201"/>
        <source>%Ln edits were made on both sides; the newer is kept and the other goes to the conflict report.</source>
        <translation>
            <numerusform>%Ln edit was made on both sides; the newer is kept and the other goes to the conflict report.</numerusform>
            <numerusform>%Ln edits were made on both sides; the newer is kept and the other goes to the conflict report.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>%Ln rows wait for a record they belong to, which has not arrived yet.</source>
        <translation>
            <numerusform>%Ln row waits for a record it belongs to, which has not arrived yet.</numerusform>
            <numerusform>%Ln rows wait for a record they belong to, which has not arrived yet.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TnaNeedsTab</name>
    <message numerus="yes">
        <location filename="../../oco_desktop/ui/pages/tna/needs.py" line="+191"/>
        <source>Copied %Ln needs, counts under 5 as &quot;&lt;5&quot;. Paste them into a report.</source>
        <translation>
            <numerusform>Copied %Ln need, counts under 5 as &quot;&lt;5&quot;. Paste it into a report.</numerusform>
            <numerusform>Copied %Ln needs, counts under 5 as &quot;&lt;5&quot;. Paste them into a report.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TnaPage</name>
    <message numerus="yes">
        <location filename="../../oco_desktop/ui/pages/tna/page.py" line="+408"/>
        <source>• %n staff in post have no position ({0}), so no required level: give them one on the Staff page (choose several rows, then Change chosen…).</source>
        <translation>
            <numerusform>• %n staff member in post has no position ({0}), so no required level: give them one on the Staff page (choose the row, then Edit…).</numerusform>
            <numerusform>• %n staff in post have no position ({0}), so no required level: give them one on the Staff page (choose several rows, then Change chosen…).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+13"/>
        <source>• %n positions require no level in any competency ({0}): set their required levels on the Offices and positions page.</source>
        <translation>
            <numerusform>• %n position requires no level in any competency ({0}): set its required levels on the Offices and positions page.</numerusform>
            <numerusform>• %n positions require no level in any competency ({0}): set their required levels on the Offices and positions page.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TnaProgressBox</name>
    <message numerus="yes">
        <location filename="../../oco_desktop/ui/widgets/tna_progress.py" line="+127"/>
        <source>%Ln staff</source>
        <translation>
            <numerusform>%Ln staff member</numerusform>
            <numerusform>%Ln staff</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TrustTab</name>
    <message numerus="yes">
        <location filename="../../oco_desktop/ui/pages/sync/keys.py" line="+92"/>
        <source>%Ln bundles that waited in quarantine were imported:</source>
        <translation>
            <numerusform>%Ln bundle that waited in quarantine was imported:</numerusform>
            <numerusform>%Ln bundles that waited in quarantine were imported:</numerusform>
        </translation>
    </message>
</context>
</TS>
