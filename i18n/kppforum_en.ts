<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US" sourcelanguage="en">
<context>
    <name>ExportView</name>
    <message numerus="yes">
        <source>Wrote %n file(s) in %1:
%2</source>
        <translation>
            <numerusform>Wrote %n file in %1:
%2</numerusform>
            <numerusform>Wrote %n files in %1:
%2</numerusform>
        </translation>
    </message>
</context>
</TS>
