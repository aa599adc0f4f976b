<?xml version='1.0' encoding='utf-8'?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB">
<context>
    <name>InvoiceDocument</name>
    <message numerus="yes">
        <source>%n call(s)</source>
        <translation>
            <numerusform>%n call</numerusform>
            <numerusform>%n calls</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n appendix page(s)</source>
        <translation>
            <numerusform>%n appendix page</numerusform>
            <numerusform>%n appendix pages</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n user(s) added to {product} from {date}</source>
        <translation>
            <numerusform>%n user added to {product} from {date}</numerusform>
            <numerusform>%n users added to {product} from {date}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Upgrade {old} to {new}, %n user(s), {date} to month end</source>
        <translation>
            <numerusform>Upgrade {old} to {new}, %n user, {date} to month end</numerusform>
            <numerusform>Upgrade {old} to {new}, %n users, {date} to month end</numerusform>
        </translation>
    </message>
</context>
</TS>
