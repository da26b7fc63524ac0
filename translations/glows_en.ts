<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
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
