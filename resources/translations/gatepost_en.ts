<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>FirstRunDialog</name>
    <message>
        <source>Set up this station</source>
        <translation>Set up this station</translation>
    </message>
    <message>
        <source>No one can sign on yet. Create the first administrator: a name, and a PIN of 4 to 8 digits typed twice.</source>
        <translation>No one can sign on yet. Create the first administrator: a name, and a PIN of 4 to 8 digits typed twice.</translation>
    </message>
    <message>
        <source>Administrator's name</source>
        <translation>Administrator's name</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation>PIN</translation>
    </message>
    <message>
        <source>The same PIN again</source>
        <translation>The same PIN again</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Clear</translation>
    </message>
    <message>
        <source>⌫</source>
        <translation>⌫</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Create administrator</source>
        <translation>Create administrator</translation>
    </message>
</context>
<context>
    <name>IncidentPanel</name>
    <message>
        <source>Report an incident</source>
        <translation>Report an incident</translation>
    </message>
    <message>
        <source>Note (optional), then tap what happened:</source>
        <translation>Note (optional), then tap what happened:</translation>
    </message>
    <message>
        <source>e.g. man in a blue coat, ran in towards row 12</source>
        <translation>e.g. man in a blue coat, ran in towards row 12</translation>
    </message>
    <message>
        <source>Forced through</source>
        <translation>Forced through</translation>
    </message>
    <message>
        <source>Abuse of staff</source>
        <translation>Abuse of staff</translation>
    </message>
    <message>
        <source>Other incident</source>
        <translation>Other incident</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Gatepost</source>
        <translation>Gatepost</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Item</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>Count</translation>
    </message>
</context>
<context>
    <name>ManualSearchPanel</name>
    <message>
        <source>Find a pass</source>
        <translation>Find a pass</translation>
    </message>
    <message>
        <source>Type the pass number, a name, a plate or part of the address.</source>
        <translation>Type the pass number, a name, a plate or part of the address.</translation>
    </message>
    <message>
        <source>Pass number, name, plate or address</source>
        <translation>Pass number, name, plate or address</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Search</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Check this pass</source>
        <translation>Check this pass</translation>
    </message>
</context>
<context>
    <name>Names</name>
    <message>
        <source>Registered resident</source>
        <translation>Registered resident</translation>
    </message>
    <message>
        <source>Migrant resident</source>
        <translation>Migrant resident</translation>
    </message>
    <message>
        <source>External worker</source>
        <translation>External worker</translation>
    </message>
    <message>
        <source>Visitor</source>
        <translation>Visitor</translation>
    </message>
    <message>
        <source>Internal vehicle</source>
        <translation>Internal vehicle</translation>
    </message>
    <message>
        <source>External vehicle</source>
        <translation>External vehicle</translation>
    </message>
    <message>
        <source>active</source>
        <translation>active</translation>
    </message>
    <message>
        <source>revoked</source>
        <translation>revoked</translation>
    </message>
    <message>
        <source>lost</source>
        <translation>lost</translation>
    </message>
    <message>
        <source>suspended</source>
        <translation>suspended</translation>
    </message>
    <message>
        <source>Not a Gatepost pass code</source>
        <translation>Not a Gatepost pass code</translation>
    </message>
    <message>
        <source>Pass not in the registry</source>
        <translation>Pass not in the registry</translation>
    </message>
    <message>
        <source>Forged or altered pass</source>
        <translation>Forged or altered pass</translation>
    </message>
    <message>
        <source>Old pass: a newer one was issued</source>
        <translation>Old pass: a newer one was issued</translation>
    </message>
    <message>
        <source>Pass revoked</source>
        <translation>Pass revoked</translation>
    </message>
    <message>
        <source>Pass reported lost</source>
        <translation>Pass reported lost</translation>
    </message>
    <message>
        <source>Pass suspended</source>
        <translation>Pass suspended</translation>
    </message>
    <message>
        <source>Pass not valid yet</source>
        <translation>Pass not valid yet</translation>
    </message>
    <message>
        <source>Pass expired</source>
        <translation>Pass expired</translation>
    </message>
    <message>
        <source>Not allowed at this gate</source>
        <translation>Not allowed at this gate</translation>
    </message>
    <message>
        <source>Outside allowed hours</source>
        <translation>Outside allowed hours</translation>
    </message>
    <message>
        <source>In home quarantine</source>
        <translation>In home quarantine</translation>
    </message>
    <message>
        <source>In central quarantine</source>
        <translation>In central quarantine</translation>
    </message>
    <message>
        <source>Already crossed in this direction</source>
        <translation>Already crossed in this direction</translation>
    </message>
    <message>
        <source>Same pass read again</source>
        <translation>Same pass read again</translation>
    </message>
    <message>
        <source>Fever</source>
        <translation>Fever</translation>
    </message>
    <message>
        <source>Take the temperature</source>
        <translation>Take the temperature</translation>
    </message>
    <message>
        <source>North gate</source>
        <translation>North gate</translation>
    </message>
    <message>
        <source>South gate</source>
        <translation>South gate</translation>
    </message>
    <message>
        <source>Office</source>
        <translation>Office</translation>
    </message>
    <message>
        <source>Forced through the gate</source>
        <translation>Forced through the gate</translation>
    </message>
    <message>
        <source>Abuse of staff</source>
        <translation>Abuse of staff</translation>
    </message>
    <message>
        <source>Other incident</source>
        <translation>Other incident</translation>
    </message>
    <message>
        <source>No pass: check identity</source>
        <translation>No pass: check identity</translation>
    </message>
    <message>
        <source>No card: check the face</source>
        <translation>No card: check the face</translation>
    </message>
    <message>
        <source>Damaged pass, holder confirmed</source>
        <translation>Damaged pass, holder confirmed</translation>
    </message>
    <message>
        <source>Verified by community staff</source>
        <translation>Verified by community staff</translation>
    </message>
    <message>
        <source>Emergency</source>
        <translation>Emergency</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Other</translation>
    </message>
</context>
<context>
    <name>RefusalText</name>
    <message>
        <source>Enter the name.</source>
        <translation>Enter the name.</translation>
    </message>
    <message>
        <source>Enter the phone number.</source>
        <translation>Enter the phone number.</translation>
    </message>
    <message>
        <source>The phone number must be 11 digits and start with 1.</source>
        <translation>The phone number must be 11 digits and start with 1.</translation>
    </message>
    <message>
        <source>This is not a plate. Write it like 京A·12345.</source>
        <translation>This is not a plate. Write it like 京A·12345.</translation>
    </message>
    <message>
        <source>Choose the home: type part of the address and tap it in the list.</source>
        <translation>Choose the home: type part of the address and tap it in the list.</translation>
    </message>
    <message>
        <source>This household is not in the registry any more. Choose it again.</source>
        <translation>This household is not in the registry any more. Choose it again.</translation>
    </message>
    <message>
        <source>This ID number is not valid: check the 18 characters, or leave it empty.</source>
        <translation>This ID number is not valid: check the 18 characters, or leave it empty.</translation>
    </message>
    <message>
        <source>Where did the returnee come from? Tap a city or type it.</source>
        <translation>Where did the returnee come from? Tap a city or type it.</translation>
    </message>
    <message>
        <source>The arrival date cannot be in the future.</source>
        <translation>The arrival date cannot be in the future.</translation>
    </message>
    <message>
        <source>Arrived on %1: the %2-day home quarantine would already be over. Check the date.</source>
        <translation>Arrived on %1: the %2-day home quarantine would already be over. Check the date.</translation>
    </message>
    <message>
        <source>This station has no gate set. Call the shift lead.</source>
        <translation>This station has no gate set. Call the shift lead.</translation>
    </message>
    <message>
        <source>The temperature is not a number. Take it again.</source>
        <translation>The temperature is not a number. Take it again.</translation>
    </message>
    <message>
        <source>There is no pass %1. Check the number on the card.</source>
        <translation>There is no pass %1. Check the number on the card.</translation>
    </message>
    <message>
        <source>This person is not in the registry any more. Search again.</source>
        <translation>This person is not in the registry any more. Search again.</translation>
    </message>
    <message>
        <source>Nothing was read. Scan the pass again.</source>
        <translation>Nothing was read. Scan the pass again.</translation>
    </message>
    <message>
        <source>Nobody is signed on at this station.</source>
        <translation>Nobody is signed on at this station.</translation>
    </message>
    <message>
        <source>There is nothing to decide on this screen.</source>
        <translation>There is nothing to decide on this screen.</translation>
    </message>
    <message>
        <source>This crossing has been decided already.</source>
        <translation>This crossing has been decided already.</translation>
    </message>
    <message>
        <source>This crossing is not in the log.</source>
        <translation>This crossing is not in the log.</translation>
    </message>
    <message>
        <source>Choose why you let this person through.</source>
        <translation>Choose why you let this person through.</translation>
    </message>
    <message>
        <source>Choose one of the reasons on the screen.</source>
        <translation>Choose one of the reasons on the screen.</translation>
    </message>
    <message>
        <source>"Other": type a few words saying why.</source>
        <translation>"Other": type a few words saying why.</translation>
    </message>
    <message>
        <source>Letting someone through on red needs the shift lead's PIN.</source>
        <translation>Letting someone through on red needs the shift lead's PIN.</translation>
    </message>
    <message>
        <source>No pass is waiting for a temperature.</source>
        <translation>No pass is waiting for a temperature.</translation>
    </message>
    <message>
        <source>Not accepted.</source>
        <translation>Not accepted.</translation>
    </message>
    <message>
        <source>The disk is full.</source>
        <translation>The disk is full.</translation>
    </message>
    <message>
        <source>The database is busy.</source>
        <translation>The database is busy.</translation>
    </message>
    <message>
        <source>The database cannot be written (read-only).</source>
        <translation>The database cannot be written (read-only).</translation>
    </message>
    <message>
        <source>The database file is damaged.</source>
        <translation>The database file is damaged.</translation>
    </message>
    <message>
        <source>Another program is holding the database.</source>
        <translation>Another program is holding the database.</translation>
    </message>
    <message>
        <source>The database could not be written.</source>
        <translation>The database could not be written.</translation>
    </message>
    <message>
        <source>This station is not set up yet (gatepost-cli init).</source>
        <translation>This station is not set up yet (gatepost-cli init).</translation>
    </message>
    <message>
        <source>This station already belongs to a community. To move it, set up a new station file.</source>
        <translation>This station already belongs to a community. To move it, set up a new station file.</translation>
    </message>
    <message>
        <source>This is not a station's public key: it has 64 characters, 0-9 and a-f.</source>
        <translation>This is not a station's public key: it has 64 characters, 0-9 and a-f.</translation>
    </message>
    <message>
        <source>This is this station's own key. Paste the office's key.</source>
        <translation>This is this station's own key. Paste the office's key.</translation>
    </message>
    <message>
        <source>This station already has passes, crossings or other stations' records: it cannot join a community. Set up a new station file to join.</source>
        <translation>This station already has passes, crossings or other stations' records: it cannot join a community. Set up a new station file to join.</translation>
    </message>
    <message>
        <source>The hub address must look like postgresql://USER@HOST:PORT/DB.</source>
        <translation>The hub address must look like postgresql://USER@HOST:PORT/DB.</translation>
    </message>
    <message>
        <source>The hub address must not contain the password: type it in the password field.</source>
        <translation>The hub address must not contain the password: type it in the password field.</translation>
    </message>
    <message>
        <source>The exchange interval must be from %1 to %2 seconds.</source>
        <translation>The exchange interval must be from %1 to %2 seconds.</translation>
    </message>
    <message>
        <source>The pass list warning must be from %1 to %2 hours.</source>
        <translation>The pass list warning must be from %1 to %2 hours.</translation>
    </message>
    <message>
        <source>The value must be from %1 to %2.</source>
        <translation>The value must be from %1 to %2.</translation>
    </message>
</context>
<context>
    <name>ReturneePanel</name>
    <message>
        <source>Returnee arriving</source>
        <translation>Returnee arriving</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Full name</translation>
    </message>
    <message>
        <source>Mobile phone</source>
        <translation>Mobile phone</translation>
    </message>
    <message>
        <source>11 digits</source>
        <translation>11 digits</translation>
    </message>
    <message>
        <source>ID number (optional)</source>
        <translation>ID number (optional)</translation>
    </message>
    <message>
        <source>18 characters</source>
        <translation>18 characters</translation>
    </message>
    <message>
        <source>Home (household)</source>
        <translation>Home (household)</translation>
    </message>
    <message>
        <source>Arrived in Beijing on</source>
        <translation>Arrived in Beijing on</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Today</translation>
    </message>
    <message>
        <source>Yesterday</source>
        <translation>Yesterday</translation>
    </message>
    <message>
        <source>Coming from</source>
        <translation>Coming from</translation>
    </message>
    <message>
        <source>City</source>
        <translation>City</translation>
    </message>
    <message>
        <source>Temperature</source>
        <translation>Temperature</translation>
    </message>
    <message>
        <source>Not taken: tap to enter</source>
        <translation>Not taken: tap to enter</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Register arrival</source>
        <translation>Register arrival</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Station settings</source>
        <translation>Station settings</translation>
    </message>
    <message>
        <source>Camera</source>
        <translation>Camera</translation>
    </message>
    <message>
        <source>0, /dev/v4l/by-id/…, a video file or a folder of images</source>
        <translation>0, /dev/v4l/by-id/…, a video file or a folder of images</translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation>Resolution</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Direction</translation>
    </message>
    <message>
        <source>In</source>
        <translation>In</translation>
    </message>
    <message>
        <source>Out</source>
        <translation>Out</translation>
    </message>
    <message>
        <source>Back to scanning after</source>
        <translation>Back to scanning after</translation>
    </message>
    <message>
        <source>seconds (0 = wait for a tap)</source>
        <translation>seconds (0 = wait for a tap)</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <source>Mute all sounds</source>
        <translation>Mute all sounds</translation>
    </message>
    <message>
        <source>Speak the verdict</source>
        <translation>Speak the verdict</translation>
    </message>
    <message>
        <source>Full screen (kiosk)</source>
        <translation>Full screen (kiosk)</translation>
    </message>
    <message>
        <source>Temperature required before entry</source>
        <translation>Temperature required before entry</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Station</source>
        <translation>Station</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>Sync</translation>
    </message>
</context>
<context>
    <name>SignOnDialog</name>
    <message>
        <source>Sign on</source>
        <translation>Sign on</translation>
    </message>
    <message>
        <source>Tap your name</source>
        <translation>Tap your name</translation>
    </message>
    <message>
        <source>or type your name</source>
        <translation>or type your name</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation>PIN</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Clear</translation>
    </message>
    <message>
        <source>⌫</source>
        <translation>⌫</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>StartupErrors</name>
    <message>
        <source>another program</source>
        <translation>another program</translation>
    </message>
    <message>
        <source>This station's database is in use by %1 (process %2), station %3 at gate %4. Only one program may write it at a time: close that one first.</source>
        <translation>This station's database is in use by %1 (process %2), station %3 at gate %4. Only one program may write it at a time: close that one first.</translation>
    </message>
    <message>
        <source>This station's database is in use by %1 (process %2). Only one program may write it at a time: close that one first.</source>
        <translation>This station's database is in use by %1 (process %2). Only one program may write it at a time: close that one first.</translation>
    </message>
    <message>
        <source>This file is not a demo file, so --demo will not open it (nothing was written to it). Start without --demo, or give --demo a new file name.</source>
        <translation>This file is not a demo file, so --demo will not open it (nothing was written to it). Start without --demo, or give --demo a new file name.</translation>
    </message>
    <message>
        <source>The disk that holds the database cannot keep it safely (no WAL mode). Put the database on the station's own disk.</source>
        <translation>The disk that holds the database cannot keep it safely (no WAL mode). Put the database on the station's own disk.</translation>
    </message>
    <message>
        <source>Other accounts on this PC can read the database, and it could not be made private. Ask the administrator to fix its permissions.</source>
        <translation>Other accounts on this PC can read the database, and it could not be made private. Ask the administrator to fix its permissions.</translation>
    </message>
    <message>
        <source>The database was written by a newer Gatepost. Install that version on this PC.</source>
        <translation>The database was written by a newer Gatepost. Install that version on this PC.</translation>
    </message>
    <message>
        <source>The database or its folder does not exist.</source>
        <translation>The database or its folder does not exist.</translation>
    </message>
    <message>
        <source>The disk is full: the station cannot write its database.</source>
        <translation>The disk is full: the station cannot write its database.</translation>
    </message>
    <message>
        <source>The database cannot be used: %1</source>
        <translation>The database cannot be used: %1</translation>
    </message>
    <message>
        <source>The station's data file %1 could not be opened. Nothing was changed in it. Ask whoever looks after this PC (the details were written to the program's error output).</source>
        <translation>The station's data file %1 could not be opened. Nothing was changed in it. Ask whoever looks after this PC (the details were written to the program's error output).</translation>
    </message>
    <message>
        <source>This database is not set up as a station yet.
Run: gatepost-cli --db %1 init</source>
        <translation>This database is not set up as a station yet.
Run: gatepost-cli --db %1 init</translation>
    </message>
</context>
<context>
    <name>StationWindow</name>
    <message>
        <source>Gatepost gate station</source>
        <translation>Gatepost gate station</translation>
    </message>
    <message>
        <source>Show the pass to the camera, or scan it with the scanner gun.</source>
        <translation>Show the pass to the camera, or scan it with the scanner gun.</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
    <message>
        <source>Sign off</source>
        <translation>Sign off</translation>
    </message>
    <message>
        <source>No pass / search</source>
        <translation>No pass / search</translation>
    </message>
    <message>
        <source>Visitor</source>
        <translation>Visitor</translation>
    </message>
    <message>
        <source>Returnee</source>
        <translation>Returnee</translation>
    </message>
    <message>
        <source>Temperature</source>
        <translation>Temperature</translation>
    </message>
    <message>
        <source>Incident</source>
        <translation>Incident</translation>
    </message>
</context>
<context>
    <name>SyncActions</name>
    <message>
        <source>Gatepost bundles (*.gpbundle);;All files (*)</source>
        <translation>Gatepost bundles (*.gpbundle);;All files (*)</translation>
    </message>
    <message>
        <source>Export to USB stick</source>
        <translation>Export to USB stick</translation>
    </message>
    <message>
        <source>Nothing was exported: %1</source>
        <translation>Nothing was exported: %1</translation>
    </message>
    <message>
        <source>The bundle could not be written to %1. Is the stick full or write-protected?</source>
        <translation>The bundle could not be written to %1. Is the stick full or write-protected?</translation>
    </message>
    <message>
        <source>Written to %1. Take the stick to the other station and import it there.</source>
        <translation>Written to %1. Take the stick to the other station and import it there.</translation>
    </message>
    <message>
        <source>Import from USB stick</source>
        <translation>Import from USB stick</translation>
    </message>
    <message>
        <source>%1 cannot be read.</source>
        <translation>%1 cannot be read.</translation>
    </message>
    <message>
        <source>Nothing was imported: %1</source>
        <translation>Nothing was imported: %1</translation>
    </message>
    <message>
        <source>This station now belongs to the office's community. Last step: the office registers this station with its public key (gatepost-cli station add %1 --pubkey KEY). Read it to the office:
%2</source>
        <translation>This station now belongs to the office's community. Last step: the office registers this station with its public key (gatepost-cli station add %1 --pubkey KEY). Read it to the office:
%2</translation>
    </message>
    <message>
        <source>Not joined: %1</source>
        <translation>Not joined: %1</translation>
    </message>
    <message>
        <source>This file is not a Gatepost bundle. Nothing was imported.</source>
        <translation>This file is not a Gatepost bundle. Nothing was imported.</translation>
    </message>
    <message>
        <source>The bundle is cut short (the copy to the stick did not finish). Nothing was imported: export it again.</source>
        <translation>The bundle is cut short (the copy to the stick did not finish). Nothing was imported: export it again.</translation>
    </message>
    <message>
        <source>The bundle is damaged. Nothing was imported: export it again.</source>
        <translation>The bundle is damaged. Nothing was imported: export it again.</translation>
    </message>
    <message>
        <source>The bundle comes from another community. Nothing was imported.</source>
        <translation>The bundle comes from another community. Nothing was imported.</translation>
    </message>
    <message>
        <source>The bundle was written by a station this one does not know (the office has not registered it, or its registration has not arrived here yet). Nothing was imported.</source>
        <translation>The bundle was written by a station this one does not know (the office has not registered it, or its registration has not arrived here yet). Nothing was imported.</translation>
    </message>
    <message>
        <source>The bundle was changed after it was written. Nothing was imported: export it again and keep the stick with you.</source>
        <translation>The bundle was changed after it was written. Nothing was imported: export it again and keep the stick with you.</translation>
    </message>
    <message>
        <source>Imported: %1 new, %2 already here, %3 refused.</source>
        <translation>Imported: %1 new, %2 already here, %3 refused.</translation>
    </message>
    <message>
        <source>%1 wait for a station or a record that has not arrived yet.</source>
        <translation>%1 wait for a station or a record that has not arrived yet.</translation>
    </message>
</context>
<context>
    <name>TemperaturePad</name>
    <message>
        <source>Temperature (°C)</source>
        <translation>Temperature (°C)</translation>
    </message>
    <message>
        <source>⌫ Delete</source>
        <translation>⌫ Delete</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
</context>
<context>
    <name>VerdictPanel</name>
    <message>
        <source>Let through</source>
        <translation>Let through</translation>
    </message>
    <message>
        <source>Refuse</source>
        <translation>Refuse</translation>
    </message>
    <message>
        <source>Damaged pass, holder confirmed</source>
        <translation>Damaged pass, holder confirmed</translation>
    </message>
    <message>
        <source>Verified by community staff</source>
        <translation>Verified by community staff</translation>
    </message>
    <message>
        <source>Emergency</source>
        <translation>Emergency</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Other</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Back</translation>
    </message>
    <message>
        <source>Let through anyway</source>
        <translation>Let through anyway</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Next</translation>
    </message>
    <message>
        <source>For "Other": a few words saying why</source>
        <translation>For "Other": a few words saying why</translation>
    </message>
</context>
<context>
    <name>VisitorPanel</name>
    <message>
        <source>Visitor or external vehicle</source>
        <translation>Visitor or external vehicle</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Visitor's full name</source>
        <translation>Visitor's full name</translation>
    </message>
    <message>
        <source>Mobile phone</source>
        <translation>Mobile phone</translation>
    </message>
    <message>
        <source>11 digits</source>
        <translation>11 digits</translation>
    </message>
    <message>
        <source>Household visited</source>
        <translation>Household visited</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>Family visit</source>
        <translation>Family visit</translation>
    </message>
    <message>
        <source>Delivery</source>
        <translation>Delivery</translation>
    </message>
    <message>
        <source>Repair</source>
        <translation>Repair</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Other</translation>
    </message>
    <message>
        <source>More about the reason (optional)</source>
        <translation>More about the reason (optional)</translation>
    </message>
    <message>
        <source>Plate (external vehicle only)</source>
        <translation>Plate (external vehicle only)</translation>
    </message>
    <message>
        <source>e.g. 京A·12345</source>
        <translation>e.g. 京A·12345</translation>
    </message>
    <message>
        <source>Temperature</source>
        <translation>Temperature</translation>
    </message>
    <message>
        <source>Not taken: tap to enter</source>
        <translation>Not taken: tap to enter</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Log visitor</source>
        <translation>Log visitor</translation>
    </message>
</context>
<context>
    <name>gatepost::gui::EnrolDialog</name>
    <message>
        <source>Join the office's community</source>
        <translation>Join the office's community</translation>
    </message>
    <message>
        <source>1. Read this station's fingerprint to the office:</source>
        <translation>1. Read this station's fingerprint to the office:</translation>
    </message>
    <message>
        <source>2. Paste the office's public key (64 characters, shown by 'gatepost-cli station show' at the office):</source>
        <translation>2. Paste the office's public key (64 characters, shown by 'gatepost-cli station show' at the office):</translation>
    </message>
    <message>
        <source>I compared both fingerprints</source>
        <translation>I compared both fingerprints</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Join</source>
        <translation>Join</translation>
    </message>
</context>
<context>
    <name>gatepost::gui::FirstRunDialog</name>
    <message>
        <source>Type the administrator's name.</source>
        <translation>Type the administrator's name.</translation>
    </message>
    <message>
        <source>A PIN is 4 to 8 digits.</source>
        <translation>A PIN is 4 to 8 digits.</translation>
    </message>
    <message>
        <source>The two PINs differ. Type the PIN twice again.</source>
        <translation>The two PINs differ. Type the PIN twice again.</translation>
    </message>
    <message>
        <source>This station already has operators. Close this and sign on.</source>
        <translation>This station already has operators. Close this and sign on.</translation>
    </message>
    <message>
        <source>The administrator could not be created.</source>
        <translation>The administrator could not be created.</translation>
    </message>
    <message>
        <source>The administrator could not be saved: the station database could not be written.</source>
        <translation>The administrator could not be saved: the station database could not be written.</translation>
    </message>
</context>
<context>
    <name>gatepost::gui::HouseholdPicker</name>
    <message>
        <source>Part of the address, or a resident's name</source>
        <translation>Part of the address, or a resident's name</translation>
    </message>
    <message>
        <source>No household found for "%1".</source>
        <translation>No household found for "%1".</translation>
    </message>
</context>
<context>
    <name>gatepost::gui::IncidentPanel</name>
    <message>
        <source>Tap what happened: forced through, abuse or other.</source>
        <translation>Tap what happened: forced through, abuse or other.</translation>
    </message>
</context>
<context>
    <name>gatepost::gui::MainWindow</name>
    <message>
        <source>Station %1 — %2</source>
        <translation>Station %1 — %2</translation>
    </message>
    <message>
        <source>No station set up yet</source>
        <translation>No station set up yet</translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation>Database: %1</translation>
    </message>
    <message>
        <source>Households</source>
        <translation>Households</translation>
    </message>
    <message>
        <source>People</source>
        <translation>People</translation>
    </message>
    <message>
        <source>Vehicles</source>
        <translation>Vehicles</translation>
    </message>
    <message>
        <source>Passes</source>
        <translation>Passes</translation>
    </message>
    <message>
        <source>Passes: %1</source>
        <translation>Passes: %1</translation>
    </message>
    <message>
        <source>People in home quarantine</source>
        <translation>People in home quarantine</translation>
    </message>
    <message>
        <source>Crossings logged</source>
        <translation>Crossings logged</translation>
    </message>
</context>
<context>
    <name>gatepost::gui::ManualSearchPanel</name>
    <message>
        <source>expired</source>
        <translation>expired</translation>
    </message>
    <message>
        <source>not yet valid</source>
        <translation>not yet valid</translation>
    </message>
    <message>
        <source>Nothing found for "%1". Check the spelling, or try the plate or the address.</source>
        <translation>Nothing found for "%1". Check the spelling, or try the plate or the address.</translation>
    </message>
    <message>
        <source>Household: tap to list the people living here</source>
        <translation>Household: tap to list the people living here</translation>
    </message>
    <message>
        <source>The first %1 results. Type more to narrow it down, or tap one.</source>
        <translation>The first %1 results. Type more to narrow it down, or tap one.</translation>
    </message>
    <message>
        <source>Found: %1. Tap one to check it.</source>
        <translation>Found: %1. Tap one to check it.</translation>
    </message>
    <message>
        <source>central quarantine until %1</source>
        <translation>central quarantine until %1</translation>
    </message>
    <message>
        <source>home quarantine until %1</source>
        <translation>home quarantine until %1</translation>
    </message>
    <message>
        <source>no pass</source>
        <translation>no pass</translation>
    </message>
    <message>
        <source>People at %1: %2. Tap one to check them.</source>
        <translation>People at %1: %2. Tap one to check them.</translation>
    </message>
</context>
<context>
    <name>gatepost::gui::ReturneePanel</name>
    <message>
        <source>Wuhan</source>
        <translation>Wuhan</translation>
    </message>
    <message>
        <source>Shanghai</source>
        <translation>Shanghai</translation>
    </message>
    <message>
        <source>Tianjin</source>
        <translation>Tianjin</translation>
    </message>
    <message>
        <source>Shijiazhuang</source>
        <translation>Shijiazhuang</translation>
    </message>
    <message>
        <source>Guangzhou</source>
        <translation>Guangzhou</translation>
    </message>
    <message>
        <source>Zhengzhou</source>
        <translation>Zhengzhou</translation>
    </message>
    <message>
        <source>Harbin</source>
        <translation>Harbin</translation>
    </message>
    <message>
        <source>Abroad</source>
        <translation>Abroad</translation>
    </message>
    <message>
        <source>Home quarantine of %1 days already over on %2.</source>
        <translation>Home quarantine of %1 days already over on %2.</translation>
    </message>
    <message>
        <source>Home quarantine: %1 days, may go out from %2.</source>
        <translation>Home quarantine: %1 days, may go out from %2.</translation>
    </message>
</context>
<context>
    <name>gatepost::gui::SettingsDialog</name>
    <message>
        <source>Default (Chinese)</source>
        <translation>Default (Chinese)</translation>
    </message>
</context>
<context>
    <name>gatepost::gui::SignOnDialog</name>
    <message>
        <source>Volunteer</source>
        <translation>Volunteer</translation>
    </message>
    <message>
        <source>Shift lead</source>
        <translation>Shift lead</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>Staff</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>Administrator</translation>
    </message>
    <message>
        <source>Sign on</source>
        <translation>Sign on</translation>
    </message>
    <message>
        <source>A %1 must sign on for this</source>
        <translation>A %1 must sign on for this</translation>
    </message>
    <message>
        <source>Tap your name first.</source>
        <translation>Tap your name first.</translation>
    </message>
    <message>
        <source>Enter your PIN.</source>
        <translation>Enter your PIN.</translation>
    </message>
    <message>
        <source>Name or PIN is wrong. Try again (%1 of %2).</source>
        <translation>Name or PIN is wrong. Try again (%1 of %2).</translation>
    </message>
    <message>
        <source>%1 is a %2: this needs a %3.</source>
        <translation>%1 is a %2: this needs a %3.</translation>
    </message>
    <message>
        <source>1 second</source>
        <translation>1 second</translation>
    </message>
    <message>
        <source>%1 seconds</source>
        <translation>%1 seconds</translation>
    </message>
    <message>
        <source>1 minute</source>
        <translation>1 minute</translation>
    </message>
    <message>
        <source>%1 minutes</source>
        <translation>%1 minutes</translation>
    </message>
    <message>
        <source>1 hour</source>
        <translation>1 hour</translation>
    </message>
    <message>
        <source>%1 hours</source>
        <translation>%1 hours</translation>
    </message>
    <message>
        <source>Sign-on failed: the station database could not be written. Call the shift lead.</source>
        <translation>Sign-on failed: the station database could not be written. Call the shift lead.</translation>
    </message>
    <message>
        <source>Too many wrong PINs. Wait %1, or ask the shift lead.</source>
        <translation>Too many wrong PINs. Wait %1, or ask the shift lead.</translation>
    </message>
    <message>
        <source>Name or PIN is wrong. Try again.</source>
        <translation>Name or PIN is wrong. Try again.</translation>
    </message>
</context>
<context>
    <name>gatepost::gui::Startup</name>
    <message>
        <source>Gatepost</source>
        <translation>Gatepost</translation>
    </message>
    <message>
        <source>The station database cannot be opened:
%1</source>
        <translation>The station database cannot be opened:
%1</translation>
    </message>
</context>
<context>
    <name>gatepost::gui::StationWindow</name>
    <message>
        <source>No camera</source>
        <translation>No camera</translation>
    </message>
    <message>
        <source>Settings not saved: %1</source>
        <translation>Settings not saved: %1</translation>
    </message>
    <message>
        <source>Incident logged at %1.</source>
        <translation>Incident logged at %1.</translation>
    </message>
    <message>
        <source>Temperature %1 °C goes with the next pass.</source>
        <translation>Temperature %1 °C goes with the next pass.</translation>
    </message>
    <message>
        <source>Gate: %1</source>
        <translation>Gate: %1</translation>
    </message>
    <message>
        <source>Direction: IN
(tap for OUT)</source>
        <translation>Direction: IN
(tap for OUT)</translation>
    </message>
    <message>
        <source>Direction: OUT
(tap for IN)</source>
        <translation>Direction: OUT
(tap for IN)</translation>
    </message>
    <message>
        <source>Scan ignored: finish this screen first.</source>
        <translation>Scan ignored: finish this screen first.</translation>
    </message>
    <message>
        <source>%1 (%2–%3)</source>
        <translation>%1 (%2–%3)</translation>
    </message>
    <message>
        <source>No picture from the camera</source>
        <translation>No picture from the camera</translation>
    </message>
</context>
<context>
    <name>gatepost::gui::StatusStrip</name>
    <message>
        <source>unknown error</source>
        <translation>unknown error</translation>
    </message>
    <message>
        <source>No camera</source>
        <translation>No camera</translation>
    </message>
    <message>
        <source>Camera: off</source>
        <translation>Camera: off</translation>
    </message>
    <message>
        <source>Camera: starting…</source>
        <translation>Camera: starting…</translation>
    </message>
    <message>
        <source>Camera: live</source>
        <translation>Camera: live</translation>
    </message>
    <message>
        <source>Camera: LOST</source>
        <translation>Camera: LOST</translation>
    </message>
    <message>
        <source>Camera: STALLED</source>
        <translation>Camera: STALLED</translation>
    </message>
    <message>
        <source>Camera: FROZEN</source>
        <translation>Camera: FROZEN</translation>
    </message>
    <message>
        <source>Camera not working: use the scanner gun or "No pass / search". Reconnecting by itself.</source>
        <translation>Camera not working: use the scanner gun or "No pass / search". Reconnecting by itself.</translation>
    </message>
    <message>
        <source>Database: OK</source>
        <translation>Database: OK</translation>
    </message>
    <message>
        <source>Shift: %1</source>
        <translation>Shift: %1</translation>
    </message>
    <message>
        <source>On duty: %1</source>
        <translation>On duty: %1</translation>
    </message>
    <message>
        <source>In %1 · Out %2</source>
        <translation>In %1 · Out %2</translation>
    </message>
    <message>
        <source>The camera is unplugged or cannot be opened.</source>
        <translation>The camera is unplugged or cannot be opened.</translation>
    </message>
    <message>
        <source>The camera has sent no picture for 2 seconds.</source>
        <translation>The camera has sent no picture for 2 seconds.</translation>
    </message>
    <message>
        <source>The camera keeps showing the same picture.</source>
        <translation>The camera keeps showing the same picture.</translation>
    </message>
    <message>
        <source>Database: FAILING</source>
        <translation>Database: FAILING</translation>
    </message>
    <message>
        <source>Synced %1 s ago</source>
        <translation>Synced %1 s ago</translation>
    </message>
    <message>
        <source>Synced %1 min ago</source>
        <translation>Synced %1 min ago</translation>
    </message>
    <message>
        <source>Connecting to the hub…</source>
        <translation>Connecting to the hub…</translation>
    </message>
    <message>
        <source>Offline since %1</source>
        <translation>Offline since %1</translation>
    </message>
    <message>
        <source>Offline, hub never reached</source>
        <translation>Offline, hub never reached</translation>
    </message>
    <message>
        <source> · 1 crossing waiting</source>
        <translation> · 1 crossing waiting</translation>
    </message>
    <message>
        <source> · %1 crossings waiting</source>
        <translation> · %1 crossings waiting</translation>
    </message>
    <message>
        <source> · changes waiting: %1</source>
        <translation> · changes waiting: %1</translation>
    </message>
    <message>
        <source>Conflicts: %1</source>
        <translation>Conflicts: %1</translation>
    </message>
    <message>
        <source>Refused: %1</source>
        <translation>Refused: %1</translation>
    </message>
    <message>
        <source>Sync: check</source>
        <translation>Sync: check</translation>
    </message>
    <message>
        <source>Sync: OK</source>
        <translation>Sync: OK</translation>
    </message>
    <message>
        <source>Sync: OFFLINE</source>
        <translation>Sync: OFFLINE</translation>
    </message>
    <message>
        <source>Pass list from %1 — revocations may be missing</source>
        <translation>Pass list from %1 — revocations may be missing</translation>
    </message>
    <message>
        <source>Pass list never received — revocations may be missing</source>
        <translation>Pass list never received — revocations may be missing</translation>
    </message>
    <message>
        <source>Sync: …</source>
        <translation>Sync: …</translation>
    </message>
</context>
<context>
    <name>gatepost::gui::SyncSettingsPanel</name>
    <message>
        <source>Empty: this station works on its own (no hub).</source>
        <translation>Empty: this station works on its own (no hub).</translation>
    </message>
    <message>
        <source>Hub address</source>
        <translation>Hub address</translation>
    </message>
    <message>
        <source>none stored</source>
        <translation>none stored</translation>
    </message>
    <message>
        <source>stored: empty keeps it</source>
        <translation>stored: empty keeps it</translation>
    </message>
    <message>
        <source>Forget the stored password</source>
        <translation>Forget the stored password</translation>
    </message>
    <message>
        <source>Hub password</source>
        <translation>Hub password</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source> h</source>
        <translation> h</translation>
    </message>
    <message>
        <source>Exchange every</source>
        <translation>Exchange every</translation>
    </message>
    <message>
        <source>This station's key</source>
        <translation>This station's key</translation>
    </message>
    <message>
        <source>The office's key</source>
        <translation>The office's key</translation>
    </message>
    <message>
        <source>Join the office's community…</source>
        <translation>Join the office's community…</translation>
    </message>
    <message>
        <source>Export to USB stick…</source>
        <translation>Export to USB stick…</translation>
    </message>
    <message>
        <source>Import from USB stick…</source>
        <translation>Import from USB stick…</translation>
    </message>
    <message>
        <source>Pass list warning after</source>
        <translation>Pass list warning after</translation>
    </message>
    <message>
        <source>postgresql://USER@HOST:PORT/DB</source>
        <translation>postgresql://USER@HOST:PORT/DB</translation>
    </message>
</context>
<context>
    <name>gatepost::gui::TemperaturePad</name>
    <message>
        <source>Enter a temperature between %1 and %2 °C.</source>
        <translation>Enter a temperature between %1 and %2 °C.</translation>
    </message>
    <message>
        <source>Fever</source>
        <translation>Fever</translation>
    </message>
    <message>
        <source>Not taken: tap to enter</source>
        <translation>Not taken: tap to enter</translation>
    </message>
    <message>
        <source>%1 °C: fever</source>
        <translation>%1 °C: fever</translation>
    </message>
    <message>
        <source>%1 °C</source>
        <translation>%1 °C</translation>
    </message>
</context>
<context>
    <name>gatepost::gui::VerdictPanel</name>
    <message>
        <source>IN</source>
        <translation>IN</translation>
    </message>
    <message>
        <source>OUT</source>
        <translation>OUT</translation>
    </message>
    <message>
        <source>PASS</source>
        <translation>PASS</translation>
    </message>
    <message>
        <source>STOP</source>
        <translation>STOP</translation>
    </message>
    <message>
        <source>CHECK</source>
        <translation>CHECK</translation>
    </message>
    <message>
        <source>Already logged: %1</source>
        <translation>Already logged: %1</translation>
    </message>
    <message>
        <source>Logged: %1</source>
        <translation>Logged: %1</translation>
    </message>
    <message>
        <source>Same pass read again: it is logged once.</source>
        <translation>Same pass read again: it is logged once.</translation>
    </message>
    <message>
        <source>You decide: look at the person and the pass.</source>
        <translation>You decide: look at the person and the pass.</translation>
    </message>
    <message>
        <source>NOT LOGGED</source>
        <translation>NOT LOGGED</translation>
    </message>
    <message>
        <source>Nothing was written to the log. Do not let anyone through on this screen; call the shift lead.</source>
        <translation>Nothing was written to the log. Do not let anyone through on this screen; call the shift lead.</translation>
    </message>
    <message>
        <source>LET THROUGH</source>
        <translation>LET THROUGH</translation>
    </message>
    <message>
        <source>REFUSED</source>
        <translation>REFUSED</translation>
    </message>
    <message>
        <source>Override: %1</source>
        <translation>Override: %1</translation>
    </message>
    <message>
        <source>Went in at %1, %2</source>
        <translation>Went in at %1, %2</translation>
    </message>
    <message>
        <source>Went out at %1, %2</source>
        <translation>Went out at %1, %2</translation>
    </message>
    <message>
        <source>(until %1)</source>
        <translation>(until %1)</translation>
    </message>
    <message>
        <source>Why let through?</source>
        <translation>Why let through?</translation>
    </message>
    <message>
        <source>Why? (shift lead's PIN)</source>
        <translation>Why? (shift lead's PIN)</translation>
    </message>
</context>
<context>
    <name>gatepost::gui::VisitorPanel</name>
    <message>
        <source>Tap the household in the list under the address, or clear the address.</source>
        <translation>Tap the household in the list under the address, or clear the address.</translation>
    </message>
</context>
</TS>
