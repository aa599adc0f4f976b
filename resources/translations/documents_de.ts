<?xml version='1.0' encoding='utf-8'?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>InvoiceDocument</name>
    <message numerus="yes">
        <source>%n call(s)</source>
        <translation>
            <numerusform>%n Anruf</numerusform>
            <numerusform>%n Anrufe</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n appendix page(s)</source>
        <translation>
            <numerusform>%n Seite</numerusform>
            <numerusform>%n Seiten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n user(s) added to {product} from {date}</source>
        <translation>
            <numerusform>%n Benutzer zu {product} hinzugefügt ab {date}</numerusform>
            <numerusform>%n Benutzer zu {product} hinzugefügt ab {date}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Upgrade {old} to {new}, %n user(s), {date} to month end</source>
        <translation>
            <numerusform>Upgrade von {old} auf {new}, %n Benutzer, {date} bis Monatsende</numerusform>
            <numerusform>Upgrade von {old} auf {new}, %n Benutzer, {date} bis Monatsende</numerusform>
        </translation>
    </message>
</context>
</TS>
