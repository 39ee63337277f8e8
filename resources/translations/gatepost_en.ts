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
    <name>HandoverText</name>
    <message>
        <source>Shift handover</source>
        <translation>Shift handover</translation>
    </message>
    <message>
        <source>Shift</source>
        <translation>Shift</translation>
    </message>
    <message>
        <source>Gate</source>
        <translation>Gate</translation>
    </message>
    <message>
        <source>Both gates</source>
        <translation>Both gates</translation>
    </message>
    <message>
        <source>From %1 to %2</source>
        <extracomment>%1 and %2: date and time the shift starts and ends</extracomment>
        <translation>From %1 to %2</translation>
    </message>
    <message>
        <source>Crossings</source>
        <translation>Crossings</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Category</translation>
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
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Green %1, red %2, amber %3. Went through: in %4, out %5.</source>
        <extracomment>counts of verdicts, then of those who actually went through</extracomment>
        <translation>Green %1, red %2, amber %3. Went through: in %4, out %5.</translation>
    </message>
    <message>
        <source>Refused, by reason</source>
        <translation>Refused, by reason</translation>
    </message>
    <message>
        <source>Reds let through</source>
        <translation>Reds let through</translation>
    </message>
    <message>
        <source>Incidents</source>
        <translation>Incidents</translation>
    </message>
    <message>
        <source>Fevers</source>
        <translation>Fevers</translation>
    </message>
    <message>
        <source>None</source>
        <translation>None</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Open matters</source>
        <translation>Open matters</translation>
    </message>
    <message>
        <source>Handed over by %1 at %2</source>
        <extracomment>%1 the lead's name, %2 date and time</extracomment>
        <translation>Handed over by %1 at %2</translation>
    </message>
    <message>
        <source>Taken over by %1 at %2</source>
        <extracomment>%1 the lead's name, %2 date and time</extracomment>
        <translation>Taken over by %1 at %2</translation>
    </message>
    <message>
        <source>Outgoing lead (signature)</source>
        <translation>Outgoing lead (signature)</translation>
    </message>
    <message>
        <source>Incoming lead (signature)</source>
        <translation>Incoming lead (signature)</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Page %1 of %2</translation>
    </message>
    <message>
        <source>Visitor (no pass)</source>
        <translation>Visitor (no pass)</translation>
    </message>
    <message>
        <source>No known pass</source>
        <translation>No known pass</translation>
    </message>
    <message>
        <source>Team and people on duty</source>
        <translation>Team and people on duty</translation>
    </message>
    <message>
        <source>Planned team: %1, lead %2</source>
        <extracomment>%1 the team (一班), %2 its lead's name</extracomment>
        <translation>Planned team: %1, lead %2</translation>
    </message>
    <message>
        <source>No team planned for this shift</source>
        <translation>No team planned for this shift</translation>
    </message>
    <message>
        <source>no lead named</source>
        <translation>no lead named</translation>
    </message>
    <message>
        <source>Planned %1, on duty %2, did not sign on %3, not planned %4.</source>
        <extracomment>counts of people: planned by the roster, signed on, planned but never signed on, signed on without being planned</extracomment>
        <translation>Planned %1, on duty %2, did not sign on %3, not planned %4.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Planned</translation>
    </message>
    <message>
        <source>On duty</source>
        <translation>On duty</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Yes</translation>
    </message>
    <message>
        <source>Did not sign on</source>
        <translation>Did not sign on</translation>
    </message>
    <message>
        <source>still on duty</source>
        <translation>still on duty</translation>
    </message>
    <message>
        <source>(estimated)</source>
        <extracomment>after a sign-off time that a restart of the station closed (not a real sign-off)</extracomment>
        <translation>(estimated)</translation>
    </message>
    <message>
        <source>Courtyard checks</source>
        <translation>Courtyard checks</translation>
    </message>
    <message>
        <source>Overdue at the end of the shift: %1</source>
        <extracomment>%1 the courtyards whose scheduled check is overdue</extracomment>
        <translation>Overdue at the end of the shift: %1</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Result</translation>
    </message>
    <message>
        <source>Courtyard</source>
        <translation>Courtyard</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Check</translation>
    </message>
    <message>
        <source>Checked by</source>
        <translation>Checked by</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <extracomment>%1 the kind of courtyard check, %2 how it was made ("Scheduled check, in person")</extracomment>
        <translation>%1, %2</translation>
    </message>
</context>
<context>
    <name>ImportText</name>
    <message>
        <source>Households (addresses)</source>
        <translation>Households (addresses)</translation>
    </message>
    <message>
        <source>Registered residents</source>
        <translation>Registered residents</translation>
    </message>
    <message>
        <source>Migrant residents</source>
        <translation>Migrant residents</translation>
    </message>
    <message>
        <source>Vehicles</source>
        <translation>Vehicles</translation>
    </message>
    <message>
        <source>Not imported</source>
        <translation>Not imported</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>ID number</source>
        <translation>ID number</translation>
    </message>
    <message>
        <source>Mobile number</source>
        <translation>Mobile number</translation>
    </message>
    <message>
        <source>Household address</source>
        <translation>Household address</translation>
    </message>
    <message>
        <source>Plate</source>
        <translation>Plate</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>Courtyard</source>
        <translation>Courtyard</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Internal or external vehicle</source>
        <translation>Internal or external vehicle</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Accepted</translation>
    </message>
    <message>
        <source>Accepted, new household</source>
        <translation>Accepted, new household</translation>
    </message>
    <message>
        <source>Empty row</source>
        <translation>Empty row</translation>
    </message>
    <message>
        <source>Already registered</source>
        <translation>Already registered</translation>
    </message>
    <message>
        <source>Twice in the file</source>
        <translation>Twice in the file</translation>
    </message>
    <message>
        <source>Wrong ID number</source>
        <translation>Wrong ID number</translation>
    </message>
    <message>
        <source>Wrong mobile number</source>
        <translation>Wrong mobile number</translation>
    </message>
    <message>
        <source>Wrong plate</source>
        <translation>Wrong plate</translation>
    </message>
    <message>
        <source>Unknown household</source>
        <translation>Unknown household</translation>
    </message>
    <message>
        <source>Formula</source>
        <translation>Formula</translation>
    </message>
    <message>
        <source>No name</source>
        <translation>No name</translation>
    </message>
    <message>
        <source>No address</source>
        <translation>No address</translation>
    </message>
    <message>
        <source>No plate</source>
        <translation>No plate</translation>
    </message>
    <message>
        <source>Unknown category</source>
        <translation>Unknown category</translation>
    </message>
    <message>
        <source>Wrong category</source>
        <translation>Wrong category</translation>
    </message>
    <message>
        <source>Wrong courtyard</source>
        <translation>Wrong courtyard</translation>
    </message>
    <message>
        <source>Stray quote</source>
        <translation>Stray quote</translation>
    </message>
    <message>
        <source>Row too long</source>
        <translation>Row too long</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Refused</translation>
    </message>
    <message>
        <source>This address becomes a new household.</source>
        <translation>This address becomes a new household.</translation>
    </message>
    <message>
        <source>Skipped.</source>
        <translation>Skipped.</translation>
    </message>
    <message>
        <source>Already in the registry: not imported again.</source>
        <translation>Already in the registry: not imported again.</translation>
    </message>
    <message>
        <source>The same as line %1.</source>
        <translation>The same as line %1.</translation>
    </message>
    <message>
        <source>Not a valid resident ID number: check the digits and the last character.</source>
        <translation>Not a valid resident ID number: check the digits and the last character.</translation>
    </message>
    <message>
        <source>Not an 11-digit mobile number.</source>
        <translation>Not an 11-digit mobile number.</translation>
    </message>
    <message>
        <source>Not a licence plate (such as 京A·12345 or 京AD12345).</source>
        <translation>Not a licence plate (such as 京A·12345 or 京AD12345).</translation>
    </message>
    <message>
        <source>No household has this address. Register it first, or tick "Create households".</source>
        <translation>No household has this address. Register it first, or tick "Create households".</translation>
    </message>
    <message>
        <source>The cell starts like a spreadsheet formula (= + - @): never imported.</source>
        <translation>The cell starts like a spreadsheet formula (= + - @): never imported.</translation>
    </message>
    <message>
        <source>The name is empty.</source>
        <translation>The name is empty.</translation>
    </message>
    <message>
        <source>The address is empty.</source>
        <translation>The address is empty.</translation>
    </message>
    <message>
        <source>The plate is empty.</source>
        <translation>The plate is empty.</translation>
    </message>
    <message>
        <source>This category is not known.</source>
        <translation>This category is not known.</translation>
    </message>
    <message>
        <source>This category is for the other kind (people or vehicles).</source>
        <translation>This category is for the other kind (people or vehicles).</translation>
    </message>
    <message>
        <source>The courtyard must be 0 (main area) or 1 to 6.</source>
        <translation>The courtyard must be 0 (main area) or 1 to 6.</translation>
    </message>
    <message>
        <source>A quote inside a cell: the row may be cut wrongly. Check it in the spreadsheet.</source>
        <translation>A quote inside a cell: the row may be cut wrongly. Check it in the spreadsheet.</translation>
    </message>
    <message>
        <source>The row is longer than 64 KiB.</source>
        <translation>The row is longer than 64 KiB.</translation>
    </message>
    <message>
        <source>The registry refused this row.</source>
        <translation>The registry refused this row.</translation>
    </message>
    <message>
        <source>The file cannot be read.</source>
        <translation>The file cannot be read.</translation>
    </message>
    <message>
        <source>The file is larger than 50 MB. Split it into smaller files.</source>
        <translation>The file is larger than 50 MB. Split it into smaller files.</translation>
    </message>
    <message>
        <source>The file mixes text encodings (line %1 differs from the rest). Save it again from the spreadsheet as "CSV UTF-8".</source>
        <translation>The file mixes text encodings (line %1 differs from the rest). Save it again from the spreadsheet as "CSV UTF-8".</translation>
    </message>
    <message>
        <source>The quote opened on line %1 never closes, so the rest of the file cannot be read. Fix that line in the spreadsheet.</source>
        <translation>The quote opened on line %1 never closes, so the rest of the file cannot be read. Fix that line in the spreadsheet.</translation>
    </message>
    <message>
        <source>Line %1 has more than 200 columns. Is this the right file?</source>
        <translation>Line %1 has more than 200 columns. Is this the right file?</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>The file is empty.</translation>
    </message>
    <message>
        <source>No column holds "%1". Choose which column means it in the table of columns.</source>
        <translation>No column holds "%1". Choose which column means it in the table of columns.</translation>
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
    <name>LeadText</name>
    <message>
        <source>Let through (green)</source>
        <translation>Let through (green)</translation>
    </message>
    <message>
        <source>Check (amber)</source>
        <translation>Check (amber)</translation>
    </message>
    <message>
        <source>Refuse (red)</source>
        <translation>Refuse (red)</translation>
    </message>
    <message>
        <source>Opening hours: %1</source>
        <translation>Opening hours: %1</translation>
    </message>
    <message>
        <source>Days a new pass is valid: %1</source>
        <translation>Days a new pass is valid: %1</translation>
    </message>
    <message>
        <source>Card colour: %1</source>
        <translation>Card colour: %1</translation>
    </message>
    <message>
        <source>Gates: %1</source>
        <translation>Gates: %1</translation>
    </message>
    <message>
        <source>Passback window (minutes)</source>
        <translation>Passback window (minutes)</translation>
    </message>
    <message>
        <source>Duplicate scan window (seconds)</source>
        <translation>Duplicate scan window (seconds)</translation>
    </message>
    <message>
        <source>Temperature required on entry</source>
        <translation>Temperature required on entry</translation>
    </message>
    <message>
        <source>Fever from (°C)</source>
        <translation>Fever from (°C)</translation>
    </message>
    <message>
        <source>Home quarantine (days)</source>
        <translation>Home quarantine (days)</translation>
    </message>
    <message>
        <source>Visitor on foot</source>
        <translation>Visitor on foot</translation>
    </message>
    <message>
        <source>Visitor in an outside vehicle</source>
        <translation>Visitor in an outside vehicle</translation>
    </message>
    <message>
        <source>Entry without a card (manual search)</source>
        <translation>Entry without a card (manual search)</translation>
    </message>
    <message>
        <source>Letting a red through needs the shift lead's PIN</source>
        <translation>Letting a red through needs the shift lead's PIN</translation>
    </message>
    <message>
        <source>Shifts</source>
        <translation>Shifts</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Time zone</translation>
    </message>
    <message>
        <source>any hour</source>
        <translation>any hour</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>not set</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>yes</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <source>all day</source>
        <translation>all day</translation>
    </message>
    <message>
        <source>Team 1</source>
        <translation>Team 1</translation>
    </message>
    <message>
        <source>Team 2</source>
        <translation>Team 2</translation>
    </message>
    <message>
        <source>Team 3</source>
        <translation>Team 3</translation>
    </message>
    <message>
        <source>Team 4</source>
        <translation>Team 4</translation>
    </message>
    <message>
        <source>Courtyard 1</source>
        <translation>Courtyard 1</translation>
    </message>
    <message>
        <source>Courtyard 2</source>
        <translation>Courtyard 2</translation>
    </message>
    <message>
        <source>Courtyard 3</source>
        <translation>Courtyard 3</translation>
    </message>
    <message>
        <source>Courtyard 4</source>
        <translation>Courtyard 4</translation>
    </message>
    <message>
        <source>Courtyard 5</source>
        <translation>Courtyard 5</translation>
    </message>
    <message>
        <source>Courtyard 6</source>
        <translation>Courtyard 6</translation>
    </message>
    <message>
        <source>Scheduled check</source>
        <translation>Scheduled check</translation>
    </message>
    <message>
        <source>Spot check</source>
        <translation>Spot check</translation>
    </message>
    <message>
        <source>In person</source>
        <translation>In person</translation>
    </message>
    <message>
        <source>By phone</source>
        <translation>By phone</translation>
    </message>
    <message>
        <source>By video</source>
        <translation>By video</translation>
    </message>
    <message>
        <source>All well</source>
        <translation>All well</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>No answer</source>
        <translation>No answer</translation>
    </message>
    <message>
        <source>%1 roster  %2</source>
        <extracomment>the roster PDF's heading: %1 the community's name (may be empty), %2 the month</extracomment>
        <translation>%1 roster  %2</translation>
    </message>
    <message>
        <source>%2/%1</source>
        <extracomment>a month: %1 the year, %2 the month's number</extracomment>
        <translation>%2/%1</translation>
    </message>
    <message>
        <source>Time zone %1</source>
        <translation>Time zone %1</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Shift %1</source>
        <translation>Shift %1</translation>
    </message>
    <message>
        <source>Mon</source>
        <translation>Mon</translation>
    </message>
    <message>
        <source>Tue</source>
        <translation>Tue</translation>
    </message>
    <message>
        <source>Wed</source>
        <translation>Wed</translation>
    </message>
    <message>
        <source>Thu</source>
        <translation>Thu</translation>
    </message>
    <message>
        <source>Fri</source>
        <translation>Fri</translation>
    </message>
    <message>
        <source>Sat</source>
        <translation>Sat</translation>
    </message>
    <message>
        <source>Sun</source>
        <translation>Sun</translation>
    </message>
    <message>
        <source>lead %1</source>
        <extracomment>after a team in the roster: %1 its lead's name</extracomment>
        <translation>lead %1</translation>
    </message>
    <message>
        <source>Team members by gate  %1</source>
        <extracomment>%1 the month</extracomment>
        <translation>Team members by gate  %1</translation>
    </message>
    <message>
        <source>%1 (%2)  lead: %3</source>
        <extracomment>%1 the team (一班), %2 its code (A), %3 its lead</extracomment>
        <translation>%1 (%2)  lead: %3</translation>
    </message>
    <message>
        <source>Any gate</source>
        <translation>Any gate</translation>
    </message>
    <message>
        <source>(no members yet)</source>
        <translation>(no members yet)</translation>
    </message>
    <message>
        <source>%1: %3 (%2 people)</source>
        <extracomment>%1 the gate, %2 how many people, %3 their names</extracomment>
        <translation>%1: %3 (%2 people)</translation>
    </message>
    <message>
        <source>Roster %1</source>
        <extracomment>the PDF's title: %1 the month as yyyy-MM</extracomment>
        <translation>Roster %1</translation>
    </message>
    <message>
        <source>Opening hours at %1: %2</source>
        <translation>Opening hours at %1: %2</translation>
    </message>
    <message>
        <source>as at every gate</source>
        <translation>as at every gate</translation>
    </message>
    <message>
        <source>as at every gate (%1)</source>
        <translation>as at every gate (%1)</translation>
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
    <message>
        <source>Volunteer</source>
        <translation>Volunteer</translation>
    </message>
    <message>
        <source>Shift lead</source>
        <translation>Shift lead</translation>
    </message>
    <message>
        <source>Office staff</source>
        <translation>Office staff</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>Administrator</translation>
    </message>
    <message>
        <source>volunteer</source>
        <translation>volunteer</translation>
    </message>
    <message>
        <source>shift lead</source>
        <translation>shift lead</translation>
    </message>
    <message>
        <source>office staff</source>
        <translation>office staff</translation>
    </message>
    <message>
        <source>administrator</source>
        <translation>administrator</translation>
    </message>
</context>
<context>
    <name>Office</name>
    <message>
        <source>Main area</source>
        <translation>Main area</translation>
    </message>
    <message>
        <source>Courtyard %1</source>
        <translation>Courtyard %1</translation>
    </message>
</context>
<context>
    <name>PrintActions</name>
    <message>
        <source>Printing passes</source>
        <translation>Printing passes</translation>
    </message>
    <message>
        <source>The passes were printed, but the record of it could not be saved: %1</source>
        <translation>The passes were printed, but the record of it could not be saved: %1</translation>
    </message>
    <message>
        <source>Passes</source>
        <translation>Passes</translation>
    </message>
    <message>
        <source>Community pass</source>
        <translation>Community pass</translation>
    </message>
    <message>
        <source>Valid %1 to %2</source>
        <extracomment>%1 and %2 are dates (YYYY-MM-DD): the first and the last day the pass is valid.</extracomment>
        <translation>Valid %1 to %2</translation>
    </message>
    <message>
        <source>The printer "%1" did not take the passes. Nothing was lost: check the printer and print again, or save the passes as a PDF.</source>
        <translation>The printer "%1" did not take the passes. Nothing was lost: check the printer and print again, or save the passes as a PDF.</translation>
    </message>
    <message>
        <source>Print preview: %1 passes</source>
        <translation>Print preview: %1 passes</translation>
    </message>
    <message>
        <source>No printer is installed on this computer. Save the passes as a PDF and print them elsewhere, or ask for a printer to be set up.</source>
        <translation>No printer is installed on this computer. Save the passes as a PDF and print them elsewhere, or ask for a printer to be set up.</translation>
    </message>
    <message>
        <source>Save passes as PDF</source>
        <translation>Save passes as PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
    <message>
        <source>The PDF could not be written to %1. Nothing was changed: choose another folder or free some space, then save again.</source>
        <translation>The PDF could not be written to %1. Nothing was changed: choose another folder or free some space, then save again.</translation>
    </message>
</context>
<context>
    <name>QuarantineNames</name>
    <message>
        <source>Morning</source>
        <translation>Morning</translation>
    </message>
    <message>
        <source>Afternoon</source>
        <translation>Afternoon</translation>
    </message>
    <message>
        <source>Door check</source>
        <translation>Door check</translation>
    </message>
    <message>
        <source>Video check</source>
        <translation>Video check</translation>
    </message>
    <message>
        <source>At home, well</source>
        <translation>At home, well</translation>
    </message>
    <message>
        <source>Not at home</source>
        <translation>Not at home</translation>
    </message>
    <message>
        <source>Unwell</source>
        <translation>Unwell</translation>
    </message>
    <message>
        <source>Home</source>
        <translation>Home</translation>
    </message>
    <message>
        <source>Central</source>
        <translation>Central</translation>
    </message>
    <message>
        <source>Morning report missing</source>
        <translation>Morning report missing</translation>
    </message>
    <message>
        <source>Afternoon report missing</source>
        <translation>Afternoon report missing</translation>
    </message>
    <message>
        <source>Fever</source>
        <translation>Fever</translation>
    </message>
    <message>
        <source>Unwell at the last check</source>
        <translation>Unwell at the last check</translation>
    </message>
    <message>
        <source>Released (%1)</source>
        <translation>Released (%1)</translation>
    </message>
    <message>
        <source>May be released</source>
        <translation>May be released</translation>
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
    <message>
        <source>This file is not a photo Gatepost can read. Choose a JPEG or PNG picture.</source>
        <translation>This file is not a photo Gatepost can read. Choose a JPEG or PNG picture.</translation>
    </message>
    <message>
        <source>The photo is too large (%1 KB, at most %2 KB).</source>
        <translation>The photo is too large (%1 KB, at most %2 KB).</translation>
    </message>
    <message>
        <source>This station cannot print passes: a gate keeps no pass secrets. Print them at the office.</source>
        <translation>This station cannot print passes: a gate keeps no pass secrets. Print them at the office.</translation>
    </message>
    <message>
        <source>Pass %1 is %2: it cannot be printed.</source>
        <translation>Pass %1 is %2: it cannot be printed.</translation>
    </message>
    <message>
        <source>There is no active pass to print.</source>
        <translation>There is no active pass to print.</translation>
    </message>
    <message>
        <source>%1 °C cannot be a temperature: it must be from %2 to %3 °C.</source>
        <translation>%1 °C cannot be a temperature: it must be from %2 to %3 °C.</translation>
    </message>
    <message>
        <source>This person has no quarantine record.</source>
        <translation>This person has no quarantine record.</translation>
    </message>
    <message>
        <source>The quarantine is not over: the first day out is %1 (%2 days left).</source>
        <translation>The quarantine is not over: the first day out is %1 (%2 days left).</translation>
    </message>
    <message>
        <source>A fever was reported on %1: two normal reports must follow before the release.</source>
        <translation>A fever was reported on %1: two normal reports must follow before the release.</translation>
    </message>
    <message>
        <source>The check on %1 found the person unwell: a later check must find them present.</source>
        <translation>The check on %1 found the person unwell: a later check must find them present.</translation>
    </message>
    <message>
        <source>The person is in central quarantine. Move them home first, when the facility lets them go.</source>
        <translation>The person is in central quarantine. Move them home first, when the facility lets them go.</translation>
    </message>
    <message>
        <source>Already released: health certificate %1.</source>
        <translation>Already released: health certificate %1.</translation>
    </message>
    <message>
        <source>The person is already there.</source>
        <translation>The person is already there.</translation>
    </message>
    <message>
        <source>Type why the person moves.</source>
        <translation>Type why the person moves.</translation>
    </message>
    <message>
        <source>The report date is before the arrival (%1).</source>
        <translation>The report date is before the arrival (%1).</translation>
    </message>
    <message>
        <source>The report date cannot be in the future.</source>
        <translation>The report date cannot be in the future.</translation>
    </message>
    <message>
        <source>Enter the address.</source>
        <translation>Enter the address.</translation>
    </message>
    <message>
        <source>The household %1 is already registered.</source>
        <translation>The household %1 is already registered.</translation>
    </message>
    <message>
        <source>This address is in courtyard %1, not %2.</source>
        <translation>This address is in courtyard %1, not %2.</translation>
    </message>
    <message>
        <source>Choose the main area or a courtyard from 1 to 6.</source>
        <translation>Choose the main area or a courtyard from 1 to 6.</translation>
    </message>
    <message>
        <source>This category is for vehicles, not for people.</source>
        <translation>This category is for vehicles, not for people.</translation>
    </message>
    <message>
        <source>Another person is registered with the ID number %1.</source>
        <translation>Another person is registered with the ID number %1.</translation>
    </message>
    <message>
        <source>The vehicle %1 is already registered.</source>
        <translation>The vehicle %1 is already registered.</translation>
    </message>
    <message>
        <source>This vehicle is not in the registry.</source>
        <translation>This vehicle is not in the registry.</translation>
    </message>
    <message>
        <source>Only office staff may see this number in full.</source>
        <translation>Only office staff may see this number in full.</translation>
    </message>
    <message>
        <source>Say why.</source>
        <translation>Say why.</translation>
    </message>
    <message>
        <source>Pass %1 is %2: this action does not apply to it.</source>
        <translation>Pass %1 is %2: this action does not apply to it.</translation>
    </message>
    <message>
        <source>The last valid day must be %1 or later.</source>
        <translation>The last valid day must be %1 or later.</translation>
    </message>
    <message>
        <source>Choose a household, a courtyard or a category.</source>
        <translation>Choose a household, a courtyard or a category.</translation>
    </message>
    <message>
        <source>There is no gate "%1".</source>
        <translation>There is no gate "%1".</translation>
    </message>
    <message>
        <source>There is no shift "%1".</source>
        <translation>There is no shift "%1".</translation>
    </message>
    <message>
        <source>Shift %1 has not started yet.</source>
        <translation>Shift %1 has not started yet.</translation>
    </message>
    <message>
        <source>Wrong PIN.</source>
        <translation>Wrong PIN.</translation>
    </message>
    <message>
        <source>Too many wrong PINs: try again in %1 s.</source>
        <translation>Too many wrong PINs: try again in %1 s.</translation>
    </message>
    <message>
        <source>Only a shift lead or above may do this.</source>
        <translation>Only a shift lead or above may do this.</translation>
    </message>
    <message>
        <source>This handover was already signed by %1.</source>
        <translation>This handover was already signed by %1.</translation>
    </message>
    <message>
        <source>The outgoing lead has not signed this handover yet.</source>
        <translation>The outgoing lead has not signed this handover yet.</translation>
    </message>
    <message>
        <source>This handover was already acknowledged by %1.</source>
        <translation>This handover was already acknowledged by %1.</translation>
    </message>
    <message>
        <source>The incoming lead must acknowledge, not the lead who signed.</source>
        <translation>The incoming lead must acknowledge, not the lead who signed.</translation>
    </message>
    <message>
        <source>Choose one of the outlying courtyards, 1 to 6.</source>
        <translation>Choose one of the outlying courtyards, 1 to 6.</translation>
    </message>
    <message>
        <source>Write what the problem is.</source>
        <translation>Write what the problem is.</translation>
    </message>
    <message>
        <source>The time of the check is in the future.</source>
        <translation>The time of the check is in the future.</translation>
    </message>
    <message>
        <source>A new shift pattern applies from %1 at the earliest: the past is not rewritten.</source>
        <translation>A new shift pattern applies from %1 at the earliest: the past is not rewritten.</translation>
    </message>
    <message>
        <source>The shift pattern is not valid (%1).</source>
        <translation>The shift pattern is not valid (%1).</translation>
    </message>
    <message>
        <source>There is no team "%1".</source>
        <translation>There is no team "%1".</translation>
    </message>
    <message>
        <source>Team "%1" already exists.</source>
        <translation>Team "%1" already exists.</translation>
    </message>
    <message>
        <source>A team code is 1 to 8 letters or digits.</source>
        <translation>A team code is 1 to 8 letters or digits.</translation>
    </message>
    <message>
        <source>Enter the team's name.</source>
        <translation>Enter the team's name.</translation>
    </message>
    <message>
        <source>There is no operator "%1".</source>
        <translation>There is no operator "%1".</translation>
    </message>
    <message>
        <source>%1 is not a member of team %2: add them first.</source>
        <translation>%1 is not a member of team %2: add them first.</translation>
    </message>
    <message>
        <source>%1 is already in team %2: move them instead.</source>
        <translation>%1 is already in team %2: move them instead.</translation>
    </message>
    <message>
        <source>%1 is not a member of team %2.</source>
        <translation>%1 is not a member of team %2.</translation>
    </message>
    <message>
        <source>Your role may not change this account.</source>
        <translation>Your role may not change this account.</translation>
    </message>
    <message>
        <source>A PIN is 4 to 8 digits.</source>
        <translation>A PIN is 4 to 8 digits.</translation>
    </message>
    <message>
        <source>The two PINs differ: type the same PIN twice.</source>
        <translation>The two PINs differ: type the same PIN twice.</translation>
    </message>
    <message>
        <source>There is already an operator called %1.</source>
        <translation>There is already an operator called %1.</translation>
    </message>
    <message>
        <source>This account no longer exists.</source>
        <translation>This account no longer exists.</translation>
    </message>
    <message>
        <source>%1 is the last active administrator: add another administrator first.</source>
        <translation>%1 is the last active administrator: add another administrator first.</translation>
    </message>
    <message>
        <source>"%1" is not a time: write start times as HH:mm, such as 06:00.</source>
        <translation>"%1" is not a time: write start times as HH:mm, such as 06:00.</translation>
    </message>
    <message>
        <source>A shift pattern needs at least one start time.</source>
        <translation>A shift pattern needs at least one start time.</translation>
    </message>
    <message>
        <source>Two shifts start at the same time.</source>
        <translation>Two shifts start at the same time.</translation>
    </message>
    <message>
        <source>A team is named twice.</source>
        <translation>A team is named twice.</translation>
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
    <message>
        <source>Shift lead</source>
        <translation>Shift lead</translation>
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
    <name>gatepost::gui::CrossingTableModel</name>
    <message>
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>Gate</source>
        <translation>Gate</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Direction</translation>
    </message>
    <message>
        <source>Entry</source>
        <translation>Entry</translation>
    </message>
    <message>
        <source>Pass</source>
        <translation>Pass</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Verdict</translation>
    </message>
    <message>
        <source>Reasons</source>
        <translation>Reasons</translation>
    </message>
    <message>
        <source>Volunteer</source>
        <translation>Volunteer</translation>
    </message>
    <message>
        <source>°C</source>
        <translation>°C</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Scan</source>
        <translation>Scan</translation>
    </message>
    <message>
        <source>Manual</source>
        <translation>Manual</translation>
    </message>
    <message>
        <source>Visitor</source>
        <translation>Visitor</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Decision</translation>
    </message>
    <message>
        <source>Incident</source>
        <translation>Incident</translation>
    </message>
    <message>
        <source>Let through</source>
        <translation>Let through</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Refused</translation>
    </message>
    <message>
        <source>Green</source>
        <translation>Green</translation>
    </message>
    <message>
        <source>Red</source>
        <translation>Red</translation>
    </message>
    <message>
        <source>Amber</source>
        <translation>Amber</translation>
    </message>
    <message>
        <source>In</source>
        <translation>In</translation>
    </message>
    <message>
        <source>Out</source>
        <translation>Out</translation>
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
    <name>gatepost::gui::HandoverPage</name>
    <message>
        <source>Both gates</source>
        <translation>Both gates</translation>
    </message>
    <message>
        <source>Shift</source>
        <translation>Shift</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>Save as PDF…</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Print…</translation>
    </message>
    <message>
        <source>What the next shift should know</source>
        <translation>What the next shift should know</translation>
    </message>
    <message>
        <source>What is still open</source>
        <translation>What is still open</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation>PIN</translation>
    </message>
    <message>
        <source>Sign as outgoing lead</source>
        <translation>Sign as outgoing lead</translation>
    </message>
    <message>
        <source>Acknowledge as incoming lead</source>
        <translation>Acknowledge as incoming lead</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Open matters</source>
        <translation>Open matters</translation>
    </message>
    <message>
        <source>Lead</source>
        <translation>Lead</translation>
    </message>
    <message>
        <source>Signed. The incoming lead acknowledges with their PIN.</source>
        <translation>Signed. The incoming lead acknowledges with their PIN.</translation>
    </message>
    <message>
        <source>Acknowledged: the shift is handed over.</source>
        <translation>Acknowledged: the shift is handed over.</translation>
    </message>
    <message>
        <source>The PDF could not be written to %1. Nothing was lost: choose another folder.</source>
        <translation>The PDF could not be written to %1. Nothing was lost: choose another folder.</translation>
    </message>
    <message>
        <source>Saved: %1</source>
        <translation>Saved: %1</translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation>Save as PDF</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>The printer "%1" did not take the report. Nothing was lost: check the printer and print again, or save it as a PDF.</source>
        <translation>The printer "%1" did not take the report. Nothing was lost: check the printer and print again, or save it as a PDF.</translation>
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
    <name>gatepost::gui::ImportDialog</name>
    <message>
        <source>Import a list</source>
        <translation>Import a list</translation>
    </message>
    <message>
        <source>No file chosen</source>
        <translation>No file chosen</translation>
    </message>
    <message>
        <source>Choose file…</source>
        <translation>Choose file…</translation>
    </message>
    <message>
        <source>Create households for addresses not registered yet</source>
        <translation>Create households for addresses not registered yet</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>File:</translation>
    </message>
    <message>
        <source>The file lists:</source>
        <translation>The file lists:</translation>
    </message>
    <message>
        <source>Column in the file</source>
        <translation>Column in the file</translation>
    </message>
    <message>
        <source>Means</source>
        <translation>Means</translation>
    </message>
    <message>
        <source>Only rows that are not imported</source>
        <translation>Only rows that are not imported</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Line</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Result</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Column</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Value</translation>
    </message>
    <message>
        <source>What to do</source>
        <translation>What to do</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Check</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>Columns</translation>
    </message>
    <message>
        <source>Choose a CSV file</source>
        <translation>Choose a CSV file</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.CSV);;All files (*)</source>
        <translation>CSV files (*.csv *.CSV);;All files (*)</translation>
    </message>
    <message>
        <source>Checked: nothing is written yet. Press "Import" to add the accepted rows.</source>
        <translation>Checked: nothing is written yet. Press "Import" to add the accepted rows.</translation>
    </message>
    <message>
        <source>Checked: no row can be imported.</source>
        <translation>Checked: no row can be imported.</translation>
    </message>
    <message>
        <source>Imported rows: %1.</source>
        <translation>Imported rows: %1.</translation>
    </message>
    <message>
        <source>New households: %1.</source>
        <translation>New households: %1.</translation>
    </message>
    <message>
        <source>The settings changed: check the file again before importing.</source>
        <translation>The settings changed: check the file again before importing.</translation>
    </message>
    <message>
        <source>Not recognised: choose what this column holds.</source>
        <translation>Not recognised: choose what this column holds.</translation>
    </message>
    <message>
        <source>To import: %1</source>
        <translation>To import: %1</translation>
    </message>
    <message>
        <source>Imported: %1</source>
        <translation>Imported: %1</translation>
    </message>
    <message>
        <source>Already registered or repeated: %1</source>
        <translation>Already registered or repeated: %1</translation>
    </message>
    <message>
        <source>Refused: %1</source>
        <translation>Refused: %1</translation>
    </message>
    <message>
        <source>Empty rows: %1</source>
        <translation>Empty rows: %1</translation>
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
    <name>gatepost::gui::LeadWindow</name>
    <message>
        <source>Shift lead: %1 (%2)</source>
        <translation>Shift lead: %1 (%2)</translation>
    </message>
    <message>
        <source>Operators</source>
        <translation>Operators</translation>
    </message>
    <message>
        <source>Rules</source>
        <translation>Rules</translation>
    </message>
    <message>
        <source>Crossings</source>
        <translation>Crossings</translation>
    </message>
    <message>
        <source>Roster</source>
        <translation>Roster</translation>
    </message>
    <message>
        <source>Patrols</source>
        <translation>Patrols</translation>
    </message>
    <message>
        <source>Handover</source>
        <translation>Handover</translation>
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
    <name>gatepost::gui::OfficeWindow</name>
    <message>
        <source>Print passes</source>
        <translation>Print passes</translation>
    </message>
    <message>
        <source>%1 passes chosen. Preview them, print them, or save them as a PDF?</source>
        <translation>%1 passes chosen. Preview them, print them, or save them as a PDF?</translation>
    </message>
    <message>
        <source>Preview…</source>
        <translation>Preview…</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Print…</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>Save as PDF…</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>Returnees</source>
        <translation>Returnees</translation>
    </message>
    <message>
        <source>The language could not be kept for the next start.</source>
        <translation>The language could not be kept for the next start.</translation>
    </message>
    <message>
        <source>Households %1 · People %2 · Vehicles %3 · Passes %4 (%5 active)</source>
        <translation>Households %1 · People %2 · Vehicles %3 · Passes %4 (%5 active)</translation>
    </message>
    <message>
        <source>Counts unavailable: the database cannot be read.</source>
        <translation>Counts unavailable: the database cannot be read.</translation>
    </message>
    <message>
        <source>Gatepost pass office — %1</source>
        <translation>Gatepost pass office — %1</translation>
    </message>
    <message>
        <source>Gatepost pass office</source>
        <translation>Gatepost pass office</translation>
    </message>
    <message>
        <source>&amp;Station</source>
        <translation>&amp;Station</translation>
    </message>
    <message>
        <source>Sign &amp;off</source>
        <translation>Sign &amp;off</translation>
    </message>
    <message>
        <source>Sign off (Ctrl+L)</source>
        <translation>Sign off (Ctrl+L)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Language</translation>
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
        <source>Signed on: %1 (%2)</source>
        <translation>Signed on: %1 (%2)</translation>
    </message>
    <message>
        <source>Nobody signed on</source>
        <translation>Nobody signed on</translation>
    </message>
    <message>
        <source>No hub: this station stands alone</source>
        <translation>No hub: this station stands alone</translation>
    </message>
    <message>
        <source>Connecting to the hub…</source>
        <translation>Connecting to the hub…</translation>
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
        <source>Offline since %1</source>
        <translation>Offline since %1</translation>
    </message>
    <message>
        <source>Offline, hub never reached</source>
        <translation>Offline, hub never reached</translation>
    </message>
    <message>
        <source>changes waiting to be sent: %1</source>
        <translation>changes waiting to be sent: %1</translation>
    </message>
    <message>
        <source>conflicts: %1</source>
        <translation>conflicts: %1</translation>
    </message>
    <message>
        <source>refused events: %1</source>
        <translation>refused events: %1</translation>
    </message>
    <message>
        <source>Operators and rules</source>
        <translation>Operators and rules</translation>
    </message>
</context>
<context>
    <name>gatepost::gui::OperatorsPage</name>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Active</translation>
    </message>
    <message>
        <source>Locked</source>
        <translation>Locked</translation>
    </message>
    <message>
        <source>PIN (4-8 digits)</source>
        <translation>PIN (4-8 digits)</translation>
    </message>
    <message>
        <source>PIN again</source>
        <translation>PIN again</translation>
    </message>
    <message>
        <source>Add operator</source>
        <translation>Add operator</translation>
    </message>
    <message>
        <source>Set this PIN for the selected</source>
        <translation>Set this PIN for the selected</translation>
    </message>
    <message>
        <source>Unlock the selected</source>
        <translation>Unlock the selected</translation>
    </message>
    <message>
        <source>Deactivate the selected</source>
        <translation>Deactivate the selected</translation>
    </message>
    <message>
        <source>Give the selected this role</source>
        <translation>Give the selected this role</translation>
    </message>
    <message>
        <source>Reactivate the selected</source>
        <translation>Reactivate the selected</translation>
    </message>
    <message>
        <source>%1 added.</source>
        <translation>%1 added.</translation>
    </message>
    <message>
        <source>New PIN set for %1.</source>
        <translation>New PIN set for %1.</translation>
    </message>
    <message>
        <source>%1 may sign on again.</source>
        <translation>%1 may sign on again.</translation>
    </message>
    <message>
        <source>%1 deactivated.</source>
        <translation>%1 deactivated.</translation>
    </message>
    <message>
        <source>%1 reactivated.</source>
        <translation>%1 reactivated.</translation>
    </message>
    <message>
        <source>%1 is now %2.</source>
        <translation>%1 is now %2.</translation>
    </message>
    <message>
        <source>locked</source>
        <translation>locked</translation>
    </message>
    <message numerus="yes">
        <source>%n wrong PIN(s)</source>
        <translation><numerusform>%n wrong PIN(s)</numerusform><numerusform>%n wrong PIN(s)</numerusform></translation>
    </message>
    <message>
        <source>yes</source>
        <translation>yes</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
</context>
<context>
    <name>gatepost::gui::PatrolsPage</name>
    <message>
        <source>Courtyard</source>
        <translation>Courtyard</translation>
    </message>
    <message>
        <source>Last scheduled check</source>
        <translation>Last scheduled check</translation>
    </message>
    <message>
        <source>Next due</source>
        <translation>Next due</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Check</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Result</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Recorded by</source>
        <translation>Recorded by</translation>
    </message>
    <message>
        <source>What was found (required for a problem)</source>
        <translation>What was found (required for a problem)</translation>
    </message>
    <message>
        <source>Record check</source>
        <translation>Record check</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>How</source>
        <translation>How</translation>
    </message>
    <message>
        <source>Courtyards</source>
        <translation>Courtyards</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <source>On time</source>
        <translation>On time</translation>
    </message>
    <message>
        <source>never</source>
        <translation>never</translation>
    </message>
    <message>
        <source>now</source>
        <translation>now</translation>
    </message>
    <message>
        <source>Checks of shift %1 (%2–%3)</source>
        <translation>Checks of shift %1 (%2–%3)</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Recorded: %1, %2 at %3.</source>
        <translation>Recorded: %1, %2 at %3.</translation>
    </message>
</context>
<context>
    <name>gatepost::gui::QuarantinePanel</name>
    <message>
        <source>&amp;Search:</source>
        <translation>&amp;Search:</translation>
    </message>
    <message>
        <source>Name, address or where from (Ctrl+F)</source>
        <translation>Name, address or where from (Ctrl+F)</translation>
    </message>
    <message>
        <source>Show released</source>
        <translation>Show released</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>From</source>
        <translation>From</translation>
    </message>
    <message>
        <source>Quarantine</source>
        <translation>Quarantine</translation>
    </message>
    <message>
        <source>First day out</source>
        <translation>First day out</translation>
    </message>
    <message>
        <source>Days left</source>
        <translation>Days left</translation>
    </message>
    <message>
        <source>Morning °C</source>
        <translation>Morning °C</translation>
    </message>
    <message>
        <source>Afternoon °C</source>
        <translation>Afternoon °C</translation>
    </message>
    <message>
        <source>Flags</source>
        <translation>Flags</translation>
    </message>
    <message>
        <source>Temperatures of the group</source>
        <translation>Temperatures of the group</translation>
    </message>
    <message>
        <source>Date:</source>
        <translation>Date:</translation>
    </message>
    <message>
        <source>Report:</source>
        <translation>Report:</translation>
    </message>
    <message>
        <source>Save the group's temperatures (Enter on the last line)</source>
        <translation>Save the group's temperatures (Enter on the last line)</translation>
    </message>
    <message>
        <source>Door or video check</source>
        <translation>Door or video check</translation>
    </message>
    <message>
        <source>Check:</source>
        <translation>Check:</translation>
    </message>
    <message>
        <source>Result:</source>
        <translation>Result:</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>Note:</translation>
    </message>
    <message>
        <source>Record the check</source>
        <translation>Record the check</translation>
    </message>
    <message>
        <source>The person</source>
        <translation>The person</translation>
    </message>
    <message>
        <source>Why the person moves (required)</source>
        <translation>Why the person moves (required)</translation>
    </message>
    <message>
        <source>Arrived %1 · people: %2</source>
        <translation>Arrived %1 · people: %2</translation>
    </message>
    <message>
        <source>Move home</source>
        <translation>Move home</translation>
    </message>
    <message>
        <source>Move to central quarantine</source>
        <translation>Move to central quarantine</translation>
    </message>
    <message>
        <source>Choose a person in the list.</source>
        <translation>Choose a person in the list.</translation>
    </message>
    <message>
        <source>Release: issue the pass and the health certificate</source>
        <translation>Release: issue the pass and the health certificate</translation>
    </message>
    <message>
        <source>%1 was released on %2: health certificate %3.</source>
        <translation>%1 was released on %2: health certificate %3.</translation>
    </message>
    <message>
        <source>Save the health certificate again…</source>
        <translation>Save the health certificate again…</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 may be released: the quarantine is over and no flag is open.</source>
        <translation>%1 may be released: the quarantine is over and no flag is open.</translation>
    </message>
    <message>
        <source>Release: issue the pass and the health certificate…</source>
        <translation>Release: issue the pass and the health certificate…</translation>
    </message>
    <message>
        <source>%1: the temperature is not a number.</source>
        <translation>%1: the temperature is not a number.</translation>
    </message>
    <message>
        <source>Type the temperatures first.</source>
        <translation>Type the temperatures first.</translation>
    </message>
    <message>
        <source>Temperatures saved: %1.</source>
        <translation>Temperatures saved: %1.</translation>
    </message>
    <message>
        <source>%1: %2 recorded (%3).</source>
        <translation>%1: %2 recorded (%3).</translation>
    </message>
    <message>
        <source>%1 is now in central quarantine.</source>
        <translation>%1 is now in central quarantine.</translation>
    </message>
    <message>
        <source>%1 is back in home quarantine.</source>
        <translation>%1 is back in home quarantine.</translation>
    </message>
    <message>
        <source>Save the health certificate</source>
        <translation>Save the health certificate</translation>
    </message>
    <message>
        <source>health-certificate-%1.pdf</source>
        <translation>health-certificate-%1.pdf</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>pass %1 issued</source>
        <translation>pass %1 issued</translation>
    </message>
    <message>
        <source>pass %1 kept (valid until %2)</source>
        <translation>pass %1 kept (valid until %2)</translation>
    </message>
    <message>
        <source>%1 is released (health certificate %2), but the PDF could not be saved there. Choose "Show released" and save it again.</source>
        <translation>%1 is released (health certificate %2), but the PDF could not be saved there. Choose "Show released" and save it again.</translation>
    </message>
    <message>
        <source>Health certificate %1 saved: %2</source>
        <translation>Health certificate %1 saved: %2</translation>
    </message>
    <message>
        <source>%1 released: %2, health certificate %3 saved: %4</source>
        <translation>%1 released: %2, health certificate %3 saved: %4</translation>
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
    <name>gatepost::gui::ReviewCharts</name>
    <message>
        <source>Red let through</source>
        <translation>Red let through</translation>
    </message>
    <message>
        <source>Passback</source>
        <translation>Passback</translation>
    </message>
    <message>
        <source>Fever</source>
        <translation>Fever</translation>
    </message>
    <message>
        <source>Incident</source>
        <translation>Incident</translation>
    </message>
    <message>
        <source>Unknown pass</source>
        <translation>Unknown pass</translation>
    </message>
    <message>
        <source>Used at both gates</source>
        <translation>Used at both gates</translation>
    </message>
    <message>
        <source>Let in twice while the stations were apart</source>
        <extracomment>a pass let through twice the same way at two stations that could not reach each other</extracomment>
        <translation>Let in twice while the stations were apart</translation>
    </message>
    <message>
        <source>Per hour</source>
        <translation>Per hour</translation>
    </message>
    <message>
        <source>Refused by reason</source>
        <translation>Refused by reason</translation>
    </message>
    <message>
        <source>Inside now</source>
        <translation>Inside now</translation>
    </message>
    <message>
        <source>Anomalies</source>
        <translation>Anomalies</translation>
    </message>
    <message>
        <source>in</source>
        <translation>in</translation>
    </message>
    <message>
        <source>out</source>
        <translation>out</translation>
    </message>
    <message>
        <source>Crossings per hour</source>
        <translation>Crossings per hour</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Refused</translation>
    </message>
    <message>
        <source>Refused crossings by reason</source>
        <translation>Refused crossings by reason</translation>
    </message>
    <message>
        <source>Main area</source>
        <translation>Main area</translation>
    </message>
    <message>
        <source>Courtyard %1</source>
        <translation>Courtyard %1</translation>
    </message>
    <message>
        <source>%1: %2 people, %3 vehicles</source>
        <translation>%1: %2 people, %3 vehicles</translation>
    </message>
    <message>
        <source>Nobody is counted inside.</source>
        <translation>Nobody is counted inside.</translation>
    </message>
    <message>
        <source>Counted from the crossings this station holds. Station %1 last synced %2: its crossings since are not in these numbers.</source>
        <translation>Counted from the crossings this station holds. Station %1 last synced %2: its crossings since are not in these numbers.</translation>
    </message>
    <message>
        <source>Counted from the crossings this station holds; crossings at stations that have not synced are missing.</source>
        <translation>Counted from the crossings this station holds; crossings at stations that have not synced are missing.</translation>
    </message>
    <message>
        <source>Nothing unusual.</source>
        <translation>Nothing unusual.</translation>
    </message>
</context>
<context>
    <name>gatepost::gui::ReviewPage</name>
    <message>
        <source>This shift</source>
        <translation>This shift</translation>
    </message>
    <message>
        <source>Last shift</source>
        <translation>Last shift</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Today</translation>
    </message>
    <message>
        <source>7 days</source>
        <translation>7 days</translation>
    </message>
    <message>
        <source>Both gates</source>
        <translation>Both gates</translation>
    </message>
    <message>
        <source>In and out</source>
        <translation>In and out</translation>
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
        <source>Every verdict</source>
        <translation>Every verdict</translation>
    </message>
    <message>
        <source>Green</source>
        <translation>Green</translation>
    </message>
    <message>
        <source>Red</source>
        <translation>Red</translation>
    </message>
    <message>
        <source>Amber</source>
        <translation>Amber</translation>
    </message>
    <message>
        <source>Every reason</source>
        <translation>Every reason</translation>
    </message>
    <message>
        <source>Every category</source>
        <translation>Every category</translation>
    </message>
    <message>
        <source>Every entry</source>
        <translation>Every entry</translation>
    </message>
    <message>
        <source>Crossings</source>
        <translation>Crossings</translation>
    </message>
    <message>
        <source>Decisions</source>
        <translation>Decisions</translation>
    </message>
    <message>
        <source>Incidents</source>
        <translation>Incidents</translation>
    </message>
    <message>
        <source>Volunteer</source>
        <translation>Volunteer</translation>
    </message>
    <message>
        <source>Serial, name, plate or address</source>
        <translation>Serial, name, plate or address</translation>
    </message>
    <message>
        <source>From</source>
        <translation>From</translation>
    </message>
    <message>
        <source>to</source>
        <translation>to</translation>
    </message>
    <message>
        <source>History of this pass</source>
        <translation>History of this pass</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>Export CSV…</translation>
    </message>
    <message>
        <source>Save view as PDF…</source>
        <translation>Save view as PDF…</translation>
    </message>
    <message>
        <source>Export CSV</source>
        <translation>Export CSV</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <source>Save view as PDF</source>
        <translation>Save view as PDF</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s)</source>
        <translation><numerusform>%n row(s)</numerusform><numerusform>%n row(s)</numerusform></translation>
    </message>
    <message>
        <source>The file %1 could not be written. Nothing was lost: choose another folder.</source>
        <translation>The file %1 could not be written. Nothing was lost: choose another folder.</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) exported to %1</source>
        <translation><numerusform>%n row(s) exported to %1</numerusform><numerusform>%n row(s) exported to %1</numerusform></translation>
    </message>
    <message>
        <source>Crossing log</source>
        <translation>Crossing log</translation>
    </message>
    <message>
        <source>From %1 to %2</source>
        <translation>From %1 to %2</translation>
    </message>
    <message>
        <source>Filter: %1</source>
        <translation>Filter: %1</translation>
    </message>
    <message>
        <source>The first %1 of %2 rows. Export CSV for all of them.</source>
        <translation>The first %1 of %2 rows. Export CSV for all of them.</translation>
    </message>
    <message>
        <source>Printed %1 by %2</source>
        <translation>Printed %1 by %2</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Page %1 of %2</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) saved to %1</source>
        <translation><numerusform>%n row(s) saved to %1</numerusform><numerusform>%n row(s) saved to %1</numerusform></translation>
    </message>
    <message>
        <source>This row has no pass.</source>
        <translation>This row has no pass.</translation>
    </message>
    <message>
        <source>Pass %1: every crossing</source>
        <translation>Pass %1: every crossing</translation>
    </message>
    <message numerus="yes">
        <source>%n crossing(s)</source>
        <translation><numerusform>%n crossing(s)</numerusform><numerusform>%n crossing(s)</numerusform></translation>
    </message>
</context>
<context>
    <name>gatepost::gui::RosterPage</name>
    <message>
        <source>◀ Previous month</source>
        <translation>◀ Previous month</translation>
    </message>
    <message>
        <source>Next month ▶</source>
        <translation>Next month ▶</translation>
    </message>
    <message>
        <source>Save month as PDF…</source>
        <translation>Save month as PDF…</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <source>Home gate</source>
        <translation>Home gate</translation>
    </message>
    <message>
        <source>Any gate</source>
        <translation>Any gate</translation>
    </message>
    <message>
        <source>Add to team</source>
        <translation>Add to team</translation>
    </message>
    <message>
        <source>Move to team</source>
        <translation>Move to team</translation>
    </message>
    <message>
        <source>Make team lead</source>
        <translation>Make team lead</translation>
    </message>
    <message>
        <source>Take out of team</source>
        <translation>Take out of team</translation>
    </message>
    <message>
        <source>Save month as PDF</source>
        <translation>Save month as PDF</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Shift %1</source>
        <translation>Shift %1</translation>
    </message>
    <message>
        <source>lead</source>
        <translation>lead</translation>
    </message>
    <message>
        <source>%1 is in %2 now.</source>
        <translation>%1 is in %2 now.</translation>
    </message>
    <message>
        <source>Choose a person in the list first.</source>
        <translation>Choose a person in the list first.</translation>
    </message>
    <message>
        <source>%1 leads %2 now.</source>
        <translation>%1 leads %2 now.</translation>
    </message>
    <message>
        <source>%1 is in no team now.</source>
        <translation>%1 is in no team now.</translation>
    </message>
    <message>
        <source>The PDF could not be written to %1. Nothing was lost: choose another folder.</source>
        <translation>The PDF could not be written to %1. Nothing was lost: choose another folder.</translation>
    </message>
    <message>
        <source>Saved: %1</source>
        <translation>Saved: %1</translation>
    </message>
    <message>
        <source>Apply from this day</source>
        <translation>Apply from this day</translation>
    </message>
    <message>
        <source>Shift pattern from</source>
        <translation>Shift pattern from</translation>
    </message>
    <message>
        <source>shifts start at</source>
        <translation>shifts start at</translation>
    </message>
    <message>
        <source>teams</source>
        <translation>teams</translation>
    </message>
    <message>
        <source>New shift pattern</source>
        <translation>New shift pattern</translation>
    </message>
    <message numerus="yes">
        <source>From %1 every day has %n shift(s), starting at %2, held in turn by teams %3. The days before keep their shifts. Apply it at every station?</source>
        <translation><numerusform>From %1 every day has %n shift(s), starting at %2, held in turn by teams %3. The days before keep their shifts. Apply it at every station?</numerusform><numerusform>From %1 every day has %n shift(s), starting at %2, held in turn by teams %3. The days before keep their shifts. Apply it at every station?</numerusform></translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Apply</translation>
    </message>
    <message>
        <source>Go back</source>
        <translation>Go back</translation>
    </message>
    <message>
        <source>From %1 the new shift pattern applies.</source>
        <translation>From %1 the new shift pattern applies.</translation>
    </message>
</context>
<context>
    <name>gatepost::gui::RulesPage</name>
    <message>
        <source>Rule</source>
        <translation>Rule</translation>
    </message>
    <message>
        <source>In force</source>
        <translation>In force</translation>
    </message>
    <message>
        <source>New value</source>
        <translation>New value</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source> days</source>
        <translation> days</translation>
    </message>
    <message>
        <source>Same start and end time: any hour. Changes reach every station with the next sync.</source>
        <translation>Same start and end time: any hour. Changes reach every station with the next sync.</translation>
    </message>
    <message>
        <source>Apply…</source>
        <translation>Apply…</translation>
    </message>
    <message>
        <source>Undo my edits</source>
        <translation>Undo my edits</translation>
    </message>
    <message>
        <source>%1: %2 → %3</source>
        <translation>%1: %2 → %3</translation>
    </message>
    <message>
        <source>Change the rules</source>
        <translation>Change the rules</translation>
    </message>
    <message>
        <source>These rules change at every station:

%1</source>
        <translation>These rules change at every station:

%1</translation>
    </message>
    <message>
        <source>Change them</source>
        <translation>Change them</translation>
    </message>
    <message>
        <source>Go back</source>
        <translation>Go back</translation>
    </message>
    <message>
        <source>The rules were not changed: %1</source>
        <translation>The rules were not changed: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n rule(s) changed.</source>
        <translation><numerusform>%n rule(s) changed.</numerusform><numerusform>%n rule(s) changed.</numerusform></translation>
    </message>
    <message>
        <source>Every gate</source>
        <translation>Every gate</translation>
    </message>
    <message>
        <source>Opening hours at</source>
        <translation>Opening hours at</translation>
    </message>
    <message>
        <source>own hours</source>
        <translation>own hours</translation>
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
<context>
    <name>gatepost::gui::office::BatchIssueDialog</name>
    <message>
        <source>Issue passes in a batch</source>
        <translation>Issue passes in a batch</translation>
    </message>
    <message>
        <source>Everyone (and every vehicle) that matches all of the fields below and holds no valid pass gets one. Leave a field empty for any.</source>
        <translation>Everyone (and every vehicle) that matches all of the fields below and holds no valid pass gets one. Leave a field empty for any.</translation>
    </message>
    <message>
        <source>Household</source>
        <translation>Household</translation>
    </message>
    <message>
        <source>Any area</source>
        <translation>Any area</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>Area</translation>
    </message>
    <message>
        <source>Any category</source>
        <translation>Any category</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Category</translation>
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
        <source>Holders</source>
        <translation>Holders</translation>
    </message>
    <message>
        <source>Valid</source>
        <translation>Valid</translation>
    </message>
</context>
<context>
    <name>gatepost::gui::office::ExtendDialog</name>
    <message>
        <source>Extend validity</source>
        <translation>Extend validity</translation>
    </message>
    <message>
        <source>Pass %1 of %2 is valid until %3.</source>
        <translation>Pass %1 of %2 is valid until %3.</translation>
    </message>
    <message>
        <source>New last day</source>
        <translation>New last day</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Why</translation>
    </message>
</context>
<context>
    <name>gatepost::gui::office::HouseholdDialog</name>
    <message>
        <source>Edit household</source>
        <translation>Edit household</translation>
    </message>
    <message>
        <source>New household</source>
        <translation>New household</translation>
    </message>
    <message>
        <source>e.g. 清河四街 12排 3号, or 一号院 4号</source>
        <translation>e.g. 清河四街 12排 3号, or 一号院 4号</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>Area</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
</context>
<context>
    <name>gatepost::gui::office::HouseholdField</name>
    <message>
        <source>Type part of the address</source>
        <translation>Type part of the address</translation>
    </message>
</context>
<context>
    <name>gatepost::gui::office::HouseholdsPage</name>
    <message>
        <source>Address</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>Area</translation>
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
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Search: address or plate (Ctrl+F)</source>
        <translation>Search: address or plate (Ctrl+F)</translation>
    </message>
    <message>
        <source>New household (Ctrl+N)</source>
        <translation>New household (Ctrl+N)</translation>
    </message>
    <message>
        <source>Edit (F2)</source>
        <translation>Edit (F2)</translation>
    </message>
    <message>
        <source>Issue passes to household…</source>
        <translation>Issue passes to household…</translation>
    </message>
    <message>
        <source>Household %1 saved.</source>
        <translation>Household %1 saved.</translation>
    </message>
    <message>
        <source>Household %1 added.</source>
        <translation>Household %1 added.</translation>
    </message>
    <message>
        <source>Passes issued: %1. Skipped: %2 (they hold a valid pass already).</source>
        <translation>Passes issued: %1. Skipped: %2 (they hold a valid pass already).</translation>
    </message>
</context>
<context>
    <name>gatepost::gui::office::ImportPanel</name>
    <message>
        <source>Import the lists the office already keeps in Excel or WPS, saved as CSV (UTF-8 or GB18030): households, registered residents, migrant residents, vehicles. Gatepost checks every row first and shows what it would do; only then does it import the good rows, all at once. Importing the same file again adds nothing.</source>
        <translation>Import the lists the office already keeps in Excel or WPS, saved as CSV (UTF-8 or GB18030): households, registered residents, migrant residents, vehicles. Gatepost checks every row first and shows what it would do; only then does it import the good rows, all at once. Importing the same file again adds nothing.</translation>
    </message>
    <message>
        <source>Import a list…</source>
        <translation>Import a list…</translation>
    </message>
</context>
<context>
    <name>gatepost::gui::office::IssueDialog</name>
    <message>
        <source>Issue a pass</source>
        <translation>Issue a pass</translation>
    </message>
    <message>
        <source>For</source>
        <translation>For</translation>
    </message>
    <message>
        <source>Name, pinyin initials, address or plate</source>
        <translation>Name, pinyin initials, address or plate</translation>
    </message>
    <message>
        <source>Valid</source>
        <translation>Valid</translation>
    </message>
</context>
<context>
    <name>gatepost::gui::office::OfficeDialog</name>
    <message>
        <source>Until</source>
        <translation>Until</translation>
    </message>
    <message>
        <source>(unticked: the category's usual validity)</source>
        <translation>(unticked: the category's usual validity)</translation>
    </message>
</context>
<context>
    <name>gatepost::gui::office::OfficeSignOn</name>
    <message>
        <source>Type your name.</source>
        <translation>Type your name.</translation>
    </message>
    <message>
        <source>Type your PIN.</source>
        <translation>Type your PIN.</translation>
    </message>
    <message>
        <source>Sign-on failed: the station database could not be written.</source>
        <translation>Sign-on failed: the station database could not be written.</translation>
    </message>
    <message>
        <source>Too many wrong PINs. Wait %1, or ask an administrator.</source>
        <translation>Too many wrong PINs. Wait %1, or ask an administrator.</translation>
    </message>
    <message>
        <source>Name or PIN is wrong. Try again (%1 of %2).</source>
        <translation>Name or PIN is wrong. Try again (%1 of %2).</translation>
    </message>
    <message>
        <source>Name or PIN is wrong. Try again.</source>
        <translation>Name or PIN is wrong. Try again.</translation>
    </message>
    <message>
        <source>%1 is a %2. The office is only for office staff and administrators; volunteers and shift leads sign on at a gate station.</source>
        <translation>%1 is a %2. The office is only for office staff and administrators; volunteers and shift leads sign on at a gate station.</translation>
    </message>
    <message>
        <source>Pass office: sign on</source>
        <translation>Pass office: sign on</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Name</translation>
    </message>
    <message>
        <source>&amp;PIN</source>
        <translation>&amp;PIN</translation>
    </message>
    <message>
        <source>Sign on</source>
        <translation>Sign on</translation>
    </message>
</context>
<context>
    <name>gatepost::gui::office::PassesPage</name>
    <message>
        <source>Serial</source>
        <translation>Serial</translation>
    </message>
    <message>
        <source>Holder</source>
        <translation>Holder</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>Valid from</source>
        <translation>Valid from</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>Valid until</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Generation</source>
        <translation>Generation</translation>
    </message>
    <message>
        <source>out of date</source>
        <translation>out of date</translation>
    </message>
    <message>
        <source>Search: serial, holder's name or pinyin, plate or address (Ctrl+F)</source>
        <translation>Search: serial, holder's name or pinyin, plate or address (Ctrl+F)</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Any status</translation>
    </message>
    <message>
        <source>Issue… (Ctrl+N)</source>
        <translation>Issue… (Ctrl+N)</translation>
    </message>
    <message>
        <source>Batch issue…</source>
        <translation>Batch issue…</translation>
    </message>
    <message>
        <source>Reissue…</source>
        <translation>Reissue…</translation>
    </message>
    <message>
        <source>Report lost…</source>
        <translation>Report lost…</translation>
    </message>
    <message>
        <source>Suspend…</source>
        <translation>Suspend…</translation>
    </message>
    <message>
        <source>Resume…</source>
        <translation>Resume…</translation>
    </message>
    <message>
        <source>Revoke…</source>
        <translation>Revoke…</translation>
    </message>
    <message>
        <source>Extend… (F2)</source>
        <translation>Extend… (F2)</translation>
    </message>
    <message>
        <source>Print… (Ctrl+P)</source>
        <translation>Print… (Ctrl+P)</translation>
    </message>
    <message>
        <source>Pass %1 issued to %2, valid until %3.</source>
        <translation>Pass %1 issued to %2, valid until %3.</translation>
    </message>
    <message>
        <source>Passes issued: %1. Skipped: %2 (they hold a valid pass already).</source>
        <translation>Passes issued: %1. Skipped: %2 (they hold a valid pass already).</translation>
    </message>
    <message>
        <source>Reissue pass %1</source>
        <translation>Reissue pass %1</translation>
    </message>
    <message>
        <source>Pass %1 of %2 gets a new code. The card printed so far stops working at every gate (once the gates have synced): print the new card and take the old one back.</source>
        <translation>Pass %1 of %2 gets a new code. The card printed so far stops working at every gate (once the gates have synced): print the new card and take the old one back.</translation>
    </message>
    <message>
        <source>Reissue</source>
        <translation>Reissue</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Pass %1 reissued (generation %2). Print the new card: the old one is refused at the gates.</source>
        <translation>Pass %1 reissued (generation %2). Print the new card: the old one is refused at the gates.</translation>
    </message>
    <message>
        <source>Report lost</source>
        <translation>Report lost</translation>
    </message>
    <message>
        <source>Pass %1 of %2 is reported lost.</source>
        <translation>Pass %1 of %2 is reported lost.</translation>
    </message>
    <message>
        <source>The card stops working at every gate. Reissue the pass to give a new card.</source>
        <translation>The card stops working at every gate. Reissue the pass to give a new card.</translation>
    </message>
    <message>
        <source>Pass %1 is marked lost: the card is refused at the gates.</source>
        <translation>Pass %1 is marked lost: the card is refused at the gates.</translation>
    </message>
    <message>
        <source>Suspend</source>
        <translation>Suspend</translation>
    </message>
    <message>
        <source>Pass %1 of %2 is suspended.</source>
        <translation>Pass %1 of %2 is suspended.</translation>
    </message>
    <message>
        <source>The card is refused at every gate until the pass is resumed.</source>
        <translation>The card is refused at every gate until the pass is resumed.</translation>
    </message>
    <message>
        <source>Pass %1 is suspended.</source>
        <translation>Pass %1 is suspended.</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Resume</translation>
    </message>
    <message>
        <source>Pass %1 of %2 works again.</source>
        <translation>Pass %1 of %2 works again.</translation>
    </message>
    <message>
        <source>Pass %1 is active again.</source>
        <translation>Pass %1 is active again.</translation>
    </message>
    <message>
        <source>Revoke</source>
        <translation>Revoke</translation>
    </message>
    <message>
        <source>Pass %1 of %2 is revoked for good.</source>
        <translation>Pass %1 of %2 is revoked for good.</translation>
    </message>
    <message>
        <source>The card is refused at every gate, and the pass cannot be used again.</source>
        <translation>The card is refused at every gate, and the pass cannot be used again.</translation>
    </message>
    <message>
        <source>Pass %1 is revoked.</source>
        <translation>Pass %1 is revoked.</translation>
    </message>
    <message>
        <source>Pass %1 is now valid until %2.</source>
        <translation>Pass %1 is now valid until %2.</translation>
    </message>
</context>
<context>
    <name>gatepost::gui::office::PeoplePage</name>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>ID number</source>
        <translation>ID number</translation>
    </message>
    <message>
        <source>Photo</source>
        <translation>Photo</translation>
    </message>
    <message>
        <source>Pass</source>
        <translation>Pass</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>yes</translation>
    </message>
    <message>
        <source>Search: name, pinyin initials, address, last digits of phone or ID (Ctrl+F)</source>
        <translation>Search: name, pinyin initials, address, last digits of phone or ID (Ctrl+F)</translation>
    </message>
    <message>
        <source>New person (Ctrl+N)</source>
        <translation>New person (Ctrl+N)</translation>
    </message>
    <message>
        <source>Edit (F2)</source>
        <translation>Edit (F2)</translation>
    </message>
    <message>
        <source>Show ID number</source>
        <translation>Show ID number</translation>
    </message>
    <message>
        <source>Show phone</source>
        <translation>Show phone</translation>
    </message>
    <message>
        <source>Issue pass…</source>
        <translation>Issue pass…</translation>
    </message>
    <message>
        <source>Pictures (*.jpg *.jpeg *.png)</source>
        <translation>Pictures (*.jpg *.jpeg *.png)</translation>
    </message>
    <message>
        <source>%1 saved.</source>
        <translation>%1 saved.</translation>
    </message>
    <message>
        <source>%1 added.</source>
        <translation>%1 added.</translation>
    </message>
    <message>
        <source>ID number of %1: %2 (this was recorded in the audit trail)</source>
        <translation>ID number of %1: %2 (this was recorded in the audit trail)</translation>
    </message>
    <message>
        <source>Phone of %1: %2 (this was recorded in the audit trail)</source>
        <translation>Phone of %1: %2 (this was recorded in the audit trail)</translation>
    </message>
    <message>
        <source>Pass %1 issued to %2, valid until %3.</source>
        <translation>Pass %1 issued to %2, valid until %3.</translation>
    </message>
</context>
<context>
    <name>gatepost::gui::office::PersonDialog</name>
    <message>
        <source>Edit person</source>
        <translation>Edit person</translation>
    </message>
    <message>
        <source>New person</source>
        <translation>New person</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>Household</source>
        <translation>Household</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Show</translation>
    </message>
    <message>
        <source>%1 (unchanged)</source>
        <translation>%1 (unchanged)</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>ID number</source>
        <translation>ID number</translation>
    </message>
    <message>
        <source>No photo</source>
        <translation>No photo</translation>
    </message>
    <message>
        <source>Take photo…</source>
        <translation>Take photo…</translation>
    </message>
    <message>
        <source>From file…</source>
        <translation>From file…</translation>
    </message>
    <message>
        <source>Photo</source>
        <translation>Photo</translation>
    </message>
</context>
<context>
    <name>gatepost::gui::office::PhotoCaptureDialog</name>
    <message>
        <source>Take photo</source>
        <translation>Take photo</translation>
    </message>
    <message>
        <source>Fit the face inside the green frame, then press Take.</source>
        <translation>Fit the face inside the green frame, then press Take.</translation>
    </message>
    <message>
        <source>Waiting for the camera…</source>
        <translation>Waiting for the camera…</translation>
    </message>
    <message>
        <source>Take</source>
        <translation>Take</translation>
    </message>
    <message>
        <source>No picture from the camera. Check the cable, or use "From file".</source>
        <translation>No picture from the camera. Check the cable, or use "From file".</translation>
    </message>
    <message>
        <source>No camera: use "From file" instead.</source>
        <translation>No camera: use "From file" instead.</translation>
    </message>
</context>
<context>
    <name>gatepost::gui::office::ReasonDialog</name>
    <message>
        <source>Why</source>
        <translation>Why</translation>
    </message>
</context>
<context>
    <name>gatepost::gui::office::RegistryPage</name>
    <message>
        <source>%1 of %2 shown</source>
        <translation>%1 of %2 shown</translation>
    </message>
    <message>
        <source>%1 found</source>
        <translation>%1 found</translation>
    </message>
</context>
<context>
    <name>gatepost::gui::office::VehicleDialog</name>
    <message>
        <source>Edit vehicle</source>
        <translation>Edit vehicle</translation>
    </message>
    <message>
        <source>New vehicle</source>
        <translation>New vehicle</translation>
    </message>
    <message>
        <source>e.g. 京E·76D65 or 京AD12345</source>
        <translation>e.g. 京E·76D65 or 京AD12345</translation>
    </message>
    <message>
        <source>Plate</source>
        <translation>Plate</translation>
    </message>
    <message>
        <source>Household</source>
        <translation>Household</translation>
    </message>
    <message>
        <source>External vehicle (not a resident's)</source>
        <translation>External vehicle (not a resident's)</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
</context>
<context>
    <name>gatepost::gui::office::VehiclesPage</name>
    <message>
        <source>Plate</source>
        <translation>Plate</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>Area</translation>
    </message>
    <message>
        <source>Pass</source>
        <translation>Pass</translation>
    </message>
    <message>
        <source>Search: plate or address (Ctrl+F)</source>
        <translation>Search: plate or address (Ctrl+F)</translation>
    </message>
    <message>
        <source>New vehicle (Ctrl+N)</source>
        <translation>New vehicle (Ctrl+N)</translation>
    </message>
    <message>
        <source>Edit (F2)</source>
        <translation>Edit (F2)</translation>
    </message>
    <message>
        <source>Issue pass…</source>
        <translation>Issue pass…</translation>
    </message>
    <message>
        <source>Vehicle %1 saved.</source>
        <translation>Vehicle %1 saved.</translation>
    </message>
    <message>
        <source>Vehicle %1 added.</source>
        <translation>Vehicle %1 added.</translation>
    </message>
    <message>
        <source>Pass %1 issued to %2, valid until %3.</source>
        <translation>Pass %1 issued to %2, valid until %3.</translation>
    </message>
</context>
</TS>
