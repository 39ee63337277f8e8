<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
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
</TS>
