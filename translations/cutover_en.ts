<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>Cutover::Assertions</name>
    <message numerus="yes">
        <source>All %n text(s) found.</source>
        <translation>
            <numerusform>All %n text found.</numerusform>
            <numerusform>All %n texts found.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Cutover::CaseImport</name>
    <message numerus="yes">
        <source>%n field(s), but the header has %1</source>
        <translation>
            <numerusform>%n field, but the header has %1</numerusform>
            <numerusform>%n fields, but the header has %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Cutover::Cli</name>
    <message numerus="yes">
        <source>%n case(s) imported</source>
        <translation>
            <numerusform>%n case imported</numerusform>
            <numerusform>%n cases imported</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Cutover::ComparePane</name>
    <message numerus="yes">
        <source>Sending %n message(s) from %1.</source>
        <translation>
            <numerusform>Sending %n message from %1.</numerusform>
            <numerusform>Sending %n messages from %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Cutover::Core</name>
    <message numerus="yes">
        <source>The project &quot;%1&quot; is truncated: it ends after %n byte(s), inside the database header.</source>
        <translation>
            <numerusform>The project &quot;%1&quot; is truncated: it ends after %n byte, inside the database header.</numerusform>
            <numerusform>The project &quot;%1&quot; is truncated: it ends after %n bytes, inside the database header.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The connection test failed after %n attempt(s): %1</source>
        <translation>
            <numerusform>The connection test failed after %n attempt: %1</numerusform>
            <numerusform>The connection test failed after %n attempts: %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Cutover::DetectPage</name>
    <message numerus="yes">
        <source>%n message</source>
        <translation>
            <numerusform>%n message</numerusform>
            <numerusform>%n messages</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n messages</source>
        <translation>
            <numerusform>%n message</numerusform>
            <numerusform>%n messages</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n tool definition</source>
        <translation>
            <numerusform>%n tool definition</numerusform>
            <numerusform>%n tool definitions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n tool definitions</source>
        <translation>
            <numerusform>%n tool definition</numerusform>
            <numerusform>%n tool definitions</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Cutover::Report</name>
    <message numerus="yes">
        <source>%n without a target</source>
        <translation>
            <numerusform>%n without a target</numerusform>
            <numerusform>%n without a target</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n objective</source>
        <translation>
            <numerusform>%n objective</numerusform>
            <numerusform>%n objectives</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n objectives</source>
        <translation>
            <numerusform>%n objective</numerusform>
            <numerusform>%n objectives</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n component</source>
        <translation>
            <numerusform>%n component</numerusform>
            <numerusform>%n components</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n components</source>
        <translation>
            <numerusform>%n component</numerusform>
            <numerusform>%n components</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n data item</source>
        <translation>
            <numerusform>%n data item</numerusform>
            <numerusform>%n data items</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n data items</source>
        <translation>
            <numerusform>%n data item</numerusform>
            <numerusform>%n data items</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n risk</source>
        <translation>
            <numerusform>%n risk</numerusform>
            <numerusform>%n risks</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n risks</source>
        <translation>
            <numerusform>%n risk</numerusform>
            <numerusform>%n risks</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n phase</source>
        <translation>
            <numerusform>%n phase</numerusform>
            <numerusform>%n phases</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n phases</source>
        <translation>
            <numerusform>%n phase</numerusform>
            <numerusform>%n phases</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n trigger</source>
        <translation>
            <numerusform>%n trigger</numerusform>
            <numerusform>%n triggers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n triggers</source>
        <translation>
            <numerusform>%n trigger</numerusform>
            <numerusform>%n triggers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n step</source>
        <translation>
            <numerusform>%n step</numerusform>
            <numerusform>%n steps</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n steps</source>
        <translation>
            <numerusform>%n step</numerusform>
            <numerusform>%n steps</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n open point</source>
        <translation>
            <numerusform>%n open point</numerusform>
            <numerusform>%n open points</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n open points</source>
        <translation>
            <numerusform>%n open point</numerusform>
            <numerusform>%n open points</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n days</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
</context>
</TS>
