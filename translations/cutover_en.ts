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
    <name>Cutover::CasesModel</name>
    <message numerus="yes">
        <source>%n assertion(s): %1</source>
        <translation>
            <numerusform>%n assertion: %1</numerusform>
            <numerusform>%n assertions: %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Cutover::CasesPane</name>
    <message numerus="yes">
        <source>%n case(s) match the filter</source>
        <translation>
            <numerusform>%n case matches the filter</numerusform>
            <numerusform>%n cases match the filter</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n case(s)</source>
        <translation>
            <numerusform>%n case</numerusform>
            <numerusform>%n cases</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %n case(s)? You can undo this.</source>
        <translation>
            <numerusform>Delete %n case? You can undo this.</numerusform>
            <numerusform>Delete %n cases? You can undo this.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %n Case(s)</source>
        <translation>
            <numerusform>Delete %n Case</numerusform>
            <numerusform>Delete %n Cases</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Import %n Case(s)</source>
        <translation>
            <numerusform>Import %n Case</numerusform>
            <numerusform>Import %n Cases</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %n case(s) from %1.</source>
        <translation>
            <numerusform>Imported %n case from %1.</numerusform>
            <numerusform>Imported %n cases from %1.</numerusform>
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
    <message numerus="yes">
        <source>Imported %n result(s) as run %1.</source>
        <translation>
            <numerusform>Imported %n result as run %1.</numerusform>
            <numerusform>Imported %n results as run %1.</numerusform>
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
    <name>Cutover::MetricsPane</name>
    <message numerus="yes">
        <source>%n file(s) written to %1</source>
        <translation>
            <numerusform>%n file written to %1</numerusform>
            <numerusform>%n files written to %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Cutover::PromptFile</name>
    <message numerus="yes">
        <source>Only a prompt library file can hold %n prompt(s).</source>
        <translation>
            <numerusform>Only a prompt library file can hold %n prompt.</numerusform>
            <numerusform>Only a prompt library file can hold %n prompts.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Cutover::PromptsPane</name>
    <message numerus="yes">
        <source>Imported %n prompt(s) from &quot;%1&quot;.</source>
        <translation>
            <numerusform>Imported %n prompt from &quot;%1&quot;.</numerusform>
            <numerusform>Imported %n prompts from &quot;%1&quot;.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %n prompt(s) to &quot;%1&quot;.</source>
        <translation>
            <numerusform>Exported %n prompt to &quot;%1&quot;.</numerusform>
            <numerusform>Exported %n prompts to &quot;%1&quot;.</numerusform>
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
<context>
    <name>Cutover::ResultsMatrixModel</name>
    <message numerus="yes">
        <source>The first of %n repeat(s), with how many passed</source>
        <translation>
            <numerusform>The first of %n repeat, with how many passed</numerusform>
            <numerusform>The first of %n repeats, with how many passed</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Cutover::ResultsPane</name>
    <message numerus="yes">
        <source>%n case(s). Double-click a cell or press Enter to open it in the compare view.</source>
        <translation>
            <numerusform>%n case. Double-click a cell or press Enter to open it in the compare view.</numerusform>
            <numerusform>%n cases. Double-click a cell or press Enter to open it in the compare view.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n case(s) with a failure.</source>
        <translation>
            <numerusform>%n case with a failure.</numerusform>
            <numerusform>%n cases with a failure.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n case(s) where baseline and candidate differ.</source>
        <translation>
            <numerusform>%n case where baseline and candidate differ.</numerusform>
            <numerusform>%n cases where baseline and candidate differ.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n case(s) not rated yet.</source>
        <translation>
            <numerusform>%n case not rated yet.</numerusform>
            <numerusform>%n cases not rated yet.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Cutover::RunPage</name>
    <message numerus="yes">
        <source>%n files</source>
        <translation>
            <numerusform>%n file</numerusform>
            <numerusform>%n files</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Cutover::RunsPane</name>
    <message numerus="yes">
        <source>%n s</source>
        <translation>
            <numerusform>%n s</numerusform>
            <numerusform>%n s</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Cutover::SourcePage</name>
    <message numerus="yes">
        <source>%n file, %1</source>
        <translation>
            <numerusform>%n file, %1</numerusform>
            <numerusform>%n files, %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n files, %1 in all</source>
        <translation>
            <numerusform>%n file, %1 in all</numerusform>
            <numerusform>%n files, %1 in all</numerusform>
        </translation>
    </message>
</context>
</TS>
