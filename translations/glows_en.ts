<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>GuardText</name>
    <message numerus="yes">
        <source>%n min</source>
        <translation>
            <numerusform>%n min</numerusform>
            <numerusform>%n min</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n h</source>
        <translation>
            <numerusform>%n h</numerusform>
            <numerusform>%n h</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n d</source>
        <translation>
            <numerusform>%n d</numerusform>
            <numerusform>%n d</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n instance(s) running, burning %1 credits per hour.</source>
        <translation>
            <numerusform>%n instance running, burning %1 credits per hour.</numerusform>
            <numerusform>%n instances running, burning %1 credits per hour.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Names</name>
    <message numerus="yes">
        <source>The name is too long (at most %n characters).</source>
        <translation>
            <numerusform>The name is too long (at most %n character).</numerusform>
            <numerusform>The name is too long (at most %n characters).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SshConfigCommands</name>
    <message numerus="yes">
        <source>Wrote %n host(s) to %1.</source>
        <translation>
            <numerusform>Wrote %n host to %1.</numerusform>
            <numerusform>Wrote %n hosts to %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>glows::ui::HeaderStrip</name>
    <message numerus="yes">
        <source>Sum of the hourly price of %n running instance(s)</source>
        <translation>
            <numerusform>Sum of the hourly price of %n running instance</numerusform>
            <numerusform>Sum of the hourly price of %n running instances</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Updated %n s ago</source>
        <translation>
            <numerusform>Updated %n s ago</numerusform>
            <numerusform>Updated %n s ago</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>glows::ui::InstanceDelegate</name>
    <message numerus="yes">
        <source>%n s</source>
        <comment>guard countdown</comment>
        <translation>
            <numerusform>%n s</numerusform>
            <numerusform>%n s</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>glows::ui::MainWindow</name>
    <message numerus="yes">
        <source>%1, %n instance(s)</source>
        <translation>
            <numerusform>%1, %n instance</numerusform>
            <numerusform>%1, %n instances</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>glows::ui::OfflineBanner</name>
    <message numerus="yes">
        <source>Retrying in %n s.</source>
        <translation>
            <numerusform>Retrying in %n s.</numerusform>
            <numerusform>Retrying in %n s.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>glows::ui::TrayController</name>
    <message numerus="yes">
        <source>Glows Desktop: %n instance(s) running, %1</source>
        <translation>
            <numerusform>Glows Desktop: %n instance running, %1</numerusform>
            <numerusform>Glows Desktop: %n instances running, %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n instance(s) are still running and keep billing (%1) after the app closes. Release them from the list if you no longer need them.</source>
        <translation>
            <numerusform>%n instance is still running and keeps billing (%1) after the app closes. Release it from the list if you no longer need it.</numerusform>
            <numerusform>%n instances are still running and keep billing (%1) after the app closes. Release them from the list if you no longer need them.</numerusform>
        </translation>
    </message>
</context>
</TS>
