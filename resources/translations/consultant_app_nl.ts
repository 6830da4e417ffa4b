<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl_NL">
<context>
    <name>App</name>
    <message>
        <location filename="../../consultant_app/ui/startup_safety.py" line="42"/>
        <source>Cannot open the database</source>
        <translation>Kan de databank niet openen</translation>
    </message>
</context>
<context>
    <name>AuditHistoryDialog</name>
    <message>
        <location filename="../../consultant_app/ui/dialogs/audit_history.py" line="65"/>
        <source>Created</source>
        <extracomment>Role holding the text a column sorts on. The columns of the table. Widest a column is made to fit its content, and the least Before and After get (pixels).</extracomment>
        <translation>Aangemaakt</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/dialogs/audit_history.py" line="66"/>
        <source>Changed</source>
        <translation>Gewijzigd</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/dialogs/audit_history.py" line="67"/>
        <source>Deleted</source>
        <translation>Verwijderd</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/dialogs/audit_history.py" line="68"/>
        <source>Restored</source>
        <translation>Hersteld</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/dialogs/audit_history.py" line="75"/>
        <source>Intern</source>
        <translation>Stagiair</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/dialogs/audit_history.py" line="76"/>
        <source>Function wished</source>
        <translation>Gewenste functie</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/dialogs/audit_history.py" line="79"/>
        <source>Host</source>
        <translation>Stagegever</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/dialogs/audit_history.py" line="80"/>
        <source>Training policy plan</source>
        <translation>Opleidingsbeleidsplan</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/dialogs/audit_history.py" line="81"/>
        <source>Mentor</source>
        <translation>Stagementor</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/dialogs/audit_history.py" line="82"/>
        <source>Internship</source>
        <translation>Stage</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/dialogs/audit_history.py" line="83"/>
        <source>Interruption</source>
        <translation>Onderbreking</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/dialogs/audit_history.py" line="84"/>
        <source>Signature</source>
        <translation>Handtekening</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/dialogs/audit_history.py" line="85"/>
        <source>Amendment</source>
        <translation>Addendum</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/dialogs/audit_history.py" line="86"/>
        <source>Rule overridden</source>
        <translation>Afwijking van een regel</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/dialogs/audit_history.py" line="87"/>
        <source>Document</source>
        <translation>Document</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/dialogs/audit_history.py" line="88"/>
        <source>Workstation sheet</source>
        <translation>Werkpostfiche</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/dialogs/audit_history.py" line="89"/>
        <source>Risk</source>
        <translation>Risico</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/dialogs/audit_history.py" line="90"/>
        <source>Task</source>
        <translation>Taak</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/dialogs/audit_history.py" line="91"/>
        <source>Competence</source>
        <translation>Competentie</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/dialogs/audit_history.py" line="92"/>
        <source>Evaluation</source>
        <translation>Evaluatie</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/dialogs/audit_history.py" line="93"/>
        <source>Evaluation score</source>
        <translation>Evaluatiescore</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/dialogs/audit_history.py" line="94"/>
        <source>Workplace evaluation</source>
        <translation>Evaluatie van de stageplaats</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/dialogs/audit_history.py" line="97"/>
        <source>Competence scan</source>
        <translation>Competentiescan</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/dialogs/audit_history.py" line="98"/>
        <source>Scan score</source>
        <translation>Scanscore</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/dialogs/audit_history.py" line="99"/>
        <source>Visit</source>
        <translation>Bezoek</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/dialogs/audit_history.py" line="100"/>
        <source>Follow-up log</source>
        <translation>Opvolgingslogboek</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/dialogs/audit_history.py" line="108"/>
        <source>Sickness</source>
        <translation>Ziekte</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/dialogs/audit_history.py" line="109"/>
        <source>Suspension</source>
        <translation>Schorsing</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/dialogs/audit_history.py" line="113"/>
        <source>The fund</source>
        <translation>Het fonds</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/dialogs/audit_history.py" line="114"/>
        <source>The host</source>
        <translation>De stagegever</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/dialogs/audit_history.py" line="115"/>
        <source>The intern</source>
        <translation>De stagiair</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/dialogs/audit_history.py" line="119"/>
        <source>Start</source>
        <translation>Begin</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/dialogs/audit_history.py" line="120"/>
        <source>Mid-term</source>
        <translation>Tussentijds</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/dialogs/audit_history.py" line="121"/>
        <source>End</source>
        <translation>Einde</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/dialogs/audit_history.py" line="122"/>
        <source>Final</source>
        <translation>Finaal</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/dialogs/audit_history.py" line="226"/>
        <source>History — {name}</source>
        <extracomment>The code group of the first word of a dependent row&apos;s item, by table. Fields holding codes of one of the groups of :func:`_codes`.</extracomment>
        <translation>Geschiedenis — {name}</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/dialogs/audit_history.py" line="358"/>
        <source>No change has been recorded for this record.</source>
        <translation>Voor deze fiche werd nog geen wijziging geregistreerd.</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/dialogs/audit_history.py" line="361"/>
        <source>The latest {shown} of {total} changes, newest first.</source>
        <translation>De laatste {shown} van {total} wijzigingen, nieuwste eerst.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../consultant_app/ui/dialogs/audit_history.py" line="366"/>
        <source>%n change(s), newest first.</source>
        <translation>
            <numerusform>%Ln wijziging.</numerusform>
            <numerusform>%Ln wijzigingen, nieuwste eerst.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/dialogs/audit_history.py" line="372"/>
        <source>Date and time</source>
        <translation>Datum en tijd</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/dialogs/audit_history.py" line="373"/>
        <source>By</source>
        <translation>Door</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/dialogs/audit_history.py" line="374"/>
        <source>Action</source>
        <translation>Actie</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/dialogs/audit_history.py" line="375"/>
        <source>Record</source>
        <translation>Fiche</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/dialogs/audit_history.py" line="376"/>
        <source>Field</source>
        <translation>Veld</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/dialogs/audit_history.py" line="377"/>
        <source>Before</source>
        <translation>Oude waarde</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/dialogs/audit_history.py" line="378"/>
        <source>After</source>
        <translation>Nieuwe waarde</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/dialogs/audit_history.py" line="381"/>
        <source>Show &amp;older changes</source>
        <translation>&amp;Oudere wijzigingen tonen</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/dialogs/audit_history.py" line="382"/>
        <source>&amp;Close</source>
        <translation>&amp;Sluiten</translation>
    </message>
</context>
<context>
    <name>BackupsBox</name>
    <message>
        <location filename="../../consultant_app/ui/views/safety/backups_box.py" line="135"/>
        <source>The backups cannot be listed: {reason}</source>
        <extracomment>Most problems listed in the message of a check (the rest are counted). The user confirmed restoring the backup file at this path over the open database.</extracomment>
        <translation>De reservekopieën kunnen niet worden opgelijst: {reason}</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/views/safety/backups_box.py" line="173"/>
        <source>Daily (automatic)</source>
        <translation>Dagelijks (automatisch)</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/views/safety/backups_box.py" line="174"/>
        <source>Manual</source>
        <translation>Manueel</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/views/safety/backups_box.py" line="175"/>
        <source>Before an import</source>
        <translation>Vóór een import</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/views/safety/backups_box.py" line="191"/>
        <source>Back up now</source>
        <translation>Nu een reservekopie maken</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/views/safety/backups_box.py" line="196"/>
        <source>The backup could not be written.</source>
        <translation>De reservekopie kon niet worden geschreven.</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/views/safety/backups_box.py" line="200"/>
        <source>Backup written: {path}</source>
        <translation>Reservekopie gemaakt: {path}</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/views/safety/backups_box.py" line="214"/>
        <location filename="../../consultant_app/ui/views/safety/backups_box.py" line="224"/>
        <source>Restore a backup</source>
        <translation>Een reservekopie terugzetten</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/views/safety/backups_box.py" line="216"/>
        <source>Databases (*.db *.sqlite *.bak);;All files (*)</source>
        <translation>Databanken (*.db *.sqlite *.bak);;Alle bestanden (*)</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/views/safety/backups_box.py" line="230"/>
        <source>This is the database itself; choose one of its backups.</source>
        <translation>Dit is de databank zelf; kies een van de reservekopieën ervan.</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/views/safety/backups_box.py" line="237"/>
        <source>{path} cannot be restored.</source>
        <translation>{path} kan niet worden teruggezet.</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/views/safety/backups_box.py" line="244"/>
        <source>{path} is damaged and cannot be restored:
{problems}</source>
        <translation>{path} is beschadigd en kan niet worden teruggezet:
{problems}</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/views/safety/backups_box.py" line="253"/>
        <source>Restore {backup}?

The database will be closed and this backup put in its place; the window then opens it again. The current file is kept aside next to it (as {name}.before-restore-….db), so nothing is lost. What was entered after the backup must be entered again.</source>
        <translation>{backup} terugzetten?

De databank wordt gesloten en vervangen door deze reservekopie; daarna opent het venster ze opnieuw. Het huidige bestand wordt ernaast bewaard (als {name}.before-restore-….db), zodat er niets verloren gaat. Wat na de reservekopie werd ingevoerd, moet opnieuw worden ingevoerd.</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/views/safety/backups_box.py" line="269"/>
        <source>Check the database</source>
        <translation>De databank controleren</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/views/safety/backups_box.py" line="275"/>
        <source>The database could not be checked.</source>
        <translation>De databank kon niet worden gecontroleerd.</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/views/safety/backups_box.py" line="282"/>
        <source>No problem found in {path}.</source>
        <translation>Geen problemen gevonden in {path}.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../consultant_app/ui/views/safety/backups_box.py" line="288"/>
        <source>… and %n more.</source>
        <translation>
            <numerusform>… en nog %Ln.</numerusform>
            <numerusform>… en nog %Ln.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../consultant_app/ui/views/safety/backups_box.py" line="293"/>
        <source>SQLite found %n problem(s) in {path}:
{problems}

Keep the file as it is; restore a sound backup, or ask for help.</source>
        <translation>
            <numerusform>SQLite heeft %Ln probleem gevonden in {path}:
{problems}

Laat het bestand zoals het is; zet een intacte reservekopie terug of vraag hulp.</numerusform>
            <numerusform>SQLite heeft %Ln problemen gevonden in {path}:
{problems}

Laat het bestand zoals het is; zet een intacte reservekopie terug of vraag hulp.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/views/safety/backups_box.py" line="303"/>
        <source>Backups</source>
        <translation>Reservekopieën</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/views/safety/backups_box.py" line="304"/>
        <source>Folder:</source>
        <translation>Map:</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/views/safety/backups_box.py" line="305"/>
        <source>Backups, &amp;newest first:</source>
        <translation>Reservekopieën, &amp;nieuwste eerst:</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/views/safety/backups_box.py" line="307"/>
        <source>Taken</source>
        <translation>Gemaakt op</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/views/safety/backups_box.py" line="307"/>
        <source>Kind</source>
        <translation>Soort</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/views/safety/backups_box.py" line="307"/>
        <source>Size</source>
        <translation>Grootte</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/views/safety/backups_box.py" line="307"/>
        <source>File</source>
        <translation>Bestand</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/views/safety/backups_box.py" line="309"/>
        <source>No backup yet.</source>
        <translation>Nog geen reservekopie.</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/views/safety/backups_box.py" line="310"/>
        <source>Back &amp;up now</source>
        <translation>Reservekopie &amp;maken</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/views/safety/backups_box.py" line="311"/>
        <source>&amp;Restore…</source>
        <translation>&amp;Terugzetten…</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/views/safety/backups_box.py" line="312"/>
        <source>Restore the backup selected in the list</source>
        <translation>De in de lijst geselecteerde reservekopie terugzetten</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/views/safety/backups_box.py" line="313"/>
        <source>Restore &amp;other file…</source>
        <translation>Ander &amp;bestand terugzetten…</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/views/safety/backups_box.py" line="314"/>
        <source>Choose a backup file to restore</source>
        <translation>Een reservekopiebestand kiezen om terug te zetten</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/views/safety/backups_box.py" line="315"/>
        <source>&amp;Check now</source>
        <translation>Nu &amp;controleren</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/views/safety/backups_box.py" line="316"/>
        <source>Run SQLite&apos;s full integrity check on the database</source>
        <translation>De volledige integriteitscontrole van SQLite op de databank uitvoeren</translation>
    </message>
</context>
<context>
    <name>BlockingRulesDialog</name>
    <message>
        <source>Rules not met</source>
        <translation>Regels niet nageleefd</translation>
    </message>
    <message>
        <source>{ref} cannot go ahead: the programme rules below are not met. Change the convention, or override a rule with a written reason (kept in the audit trail).</source>
        <translation>{ref} kan niet verder: de programmaregels hieronder zijn niet nageleefd. Pas de overeenkomst aan, of sta een afwijking van een regel toe met een geschreven reden (bewaard in het auditspoor).</translation>
    </message>
    <message>
        <source>Override…</source>
        <translation>Afwijking toestaan…</translation>
    </message>
    <message>
        <source>Let the internship go ahead anyway, with a written reason</source>
        <translation>De stage toch laten doorgaan, met een geschreven reden</translation>
    </message>
    <message>
        <source>&amp;Try again</source>
        <translation>&amp;Opnieuw proberen</translation>
    </message>
    <message>
        <source>Override a rule</source>
        <translation>Afwijking van een regel toestaan</translation>
    </message>
    <message>
        <source>Write why this internship may go ahead anyway (at least {n} characters). The reason is kept in the audit trail.</source>
        <translation>Schrijf waarom deze stage toch mag doorgaan (minstens {n} tekens). De reden wordt bewaard in het auditspoor.</translation>
    </message>
    <message>
        <source>Overridden: {reason}</source>
        <translation>Afwijking toegestaan: {reason}</translation>
    </message>
</context>
<context>
    <name>CheckPage</name>
    <message>
        <location filename="../../consultant_app/ui/dialogs/internship_wizard/check.py" line="83"/>
        <source>(overridden: {reason})</source>
        <extracomment>The page is shown: the wizard fills it in. The verdicts shown, and (symbol, sentence) of each.</extracomment>
        <translation>(afwijking toegestaan: {reason})</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/dialogs/internship_wizard/check.py" line="94"/>
        <source>The rules cannot be checked until every page is filled in.</source>
        <translation>De regels kunnen pas worden gecontroleerd als elke pagina ingevuld is.</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/dialogs/internship_wizard/check.py" line="97"/>
        <source>The rules marked ✘ are not met. You can still create the draft: the rules are enforced when the convention is sent for signature, where each must be met or overridden with a written reason.</source>
        <translation>Aan de regels met ✘ is niet voldaan. U kunt het ontwerp toch aanmaken: de regels worden afgedwongen wanneer de overeenkomst ter ondertekening wordt verstuurd; dan moet aan elke regel voldaan zijn of moet er met een schriftelijke reden een afwijking toegestaan zijn.</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/dialogs/internship_wizard/check.py" line="103"/>
        <source>No rule blocks this internship. The rules are checked again when the convention is sent for signature.</source>
        <translation>Geen enkele regel blokkeert deze stage. De regels worden opnieuw gecontroleerd wanneer de overeenkomst ter ondertekening wordt verstuurd.</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/dialogs/internship_wizard/check.py" line="111"/>
        <source>The draft was not created:</source>
        <translation>Het ontwerp werd niet aangemaakt:</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/dialogs/internship_wizard/check.py" line="115"/>
        <source>Check</source>
        <translation>Controle</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/dialogs/internship_wizard/check.py" line="117"/>
        <source>The internship as it will be drafted, and the rules of the programme.</source>
        <translation>De stage zoals ze zal worden opgesteld, en de regels van het programma.</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/dialogs/internship_wizard/check.py" line="119"/>
        <source>Programme rules</source>
        <translation>Programmaregels</translation>
    </message>
</context>
<context>
    <name>ConflictsDialog</name>
    <message>
        <location filename="../../consultant_app/ui/dialogs/conflicts.py" line="1"/>
        <source>Conflicts</source>
        <translation>Conflicten</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/dialogs/conflicts.py" line="1"/>
        <source>You and a colleague changed the same thing. Choose which value to keep; the next sync sends it to the team.</source>
        <translation>U en een collega wijzigden hetzelfde. Kies welke waarde blijft; de volgende synchronisatie stuurt ze naar het team.</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/dialogs/conflicts.py" line="1"/>
        <source>Record</source>
        <translation>Fiche</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/dialogs/conflicts.py" line="1"/>
        <source>Field</source>
        <translation>Veld</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/dialogs/conflicts.py" line="1"/>
        <source>Before</source>
        <translation>Voordien</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/dialogs/conflicts.py" line="1"/>
        <source>Mine</source>
        <translation>Van mij</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/dialogs/conflicts.py" line="1"/>
        <source>Theirs</source>
        <translation>Van de collega</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/dialogs/conflicts.py" line="1"/>
        <source>Changed by</source>
        <translation>Gewijzigd door</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/dialogs/conflicts.py" line="1"/>
        <source>Keep mine</source>
        <translation>Mijn waarde behouden</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/dialogs/conflicts.py" line="1"/>
        <source>Take theirs</source>
        <translation>Die van de collega nemen</translation>
    </message>
</context>
<context>
    <name>ConventionPage</name>
    <message>
        <location filename="../../consultant_app/ui/dialogs/internship_wizard/convention.py" line="69"/>
        <source>Replaces no employee</source>
        <translation>Vervangt geen werknemer</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/dialogs/internship_wizard/convention.py" line="73"/>
        <source>Convention</source>
        <translation>Overeenkomst</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/dialogs/internship_wizard/convention.py" line="74"/>
        <source>The clauses printed in the convention.</source>
        <translation>De bepalingen die in de overeenkomst worden afgedrukt.</translation>
    </message>
</context>
<context>
    <name>DashboardView</name>
    <message>
        <location filename="../../consultant_app/ui/views/dashboard.py" line="111"/>
        <source>Dashboard</source>
        <extracomment>Card key -&gt; (list view, filters) opened when the card is clicked.</extracomment>
        <translation>Overzicht</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/views/dashboard.py" line="113"/>
        <source>internships running now</source>
        <translation>lopende stages</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/views/dashboard.py" line="114"/>
        <source>conventions awaiting signatures</source>
        <translation>overeenkomsten wachten op handtekening</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/views/dashboard.py" line="115"/>
        <source>conventions in draft</source>
        <translation>overeenkomsten in ontwerp</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/views/dashboard.py" line="116"/>
        <source>visits due this week</source>
        <translation>bezoeken deze week</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/views/dashboard.py" line="117"/>
        <source>visits overdue</source>
        <translation>bezoeken achterstallig</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/views/dashboard.py" line="118"/>
        <source>evaluations missing</source>
        <translation>ontbrekende evaluaties</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/views/dashboard.py" line="123"/>
        <source>Figures {0} against {1}</source>
        <translation>Cijfers {0} tegenover {1}</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/views/dashboard.py" line="146"/>
        <source>Weeks NL</source>
        <translation>Weken NL</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/views/dashboard.py" line="147"/>
        <source>Weeks FR</source>
        <translation>Weken FR</translation>
    </message>
    <message numerus="yes">
        <source>internship(s) running now</source>
        <translation>
            <numerusform>lopende stage</numerusform>
            <numerusform>lopende stages</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>convention(s) awaiting signatures</source>
        <translation>
            <numerusform>overeenkomst wacht op handtekening</numerusform>
            <numerusform>overeenkomsten wachten op handtekening</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>convention(s) in draft</source>
        <translation>
            <numerusform>overeenkomst in ontwerp</numerusform>
            <numerusform>overeenkomsten in ontwerp</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>visit(s) due this week</source>
        <translation>
            <numerusform>bezoek deze week</numerusform>
            <numerusform>bezoeken deze week</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>visit(s) overdue</source>
        <translation>
            <numerusform>bezoek achterstallig</numerusform>
            <numerusform>bezoeken achterstallig</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>evaluation(s) missing</source>
        <translation>
            <numerusform>ontbrekende evaluatie</numerusform>
            <numerusform>ontbrekende evaluaties</numerusform>
        </translation>
    </message>
    <message>
        <source>Open the matching list</source>
        <translation>De bijbehorende lijst openen</translation>
    </message>
</context>
<context>
    <name>DataSafetyPage</name>
    <message>
        <location filename="../../consultant_app/ui/views/safety/common.py" line="45"/>
        <source>{what}

Reason: {reason}</source>
        <extracomment>What may go wrong while reading or writing the database or its backups.</extracomment>
        <translation>{what}

Reden: {reason}</translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <source>dd/mm/yyyy</source>
        <translation>dd/mm/jjjj</translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation>Kalender</translation>
    </message>
    <message>
        <source>Day first: 6/9/2026, 06-09-2026, 6.9.26 or 2026-09-06</source>
        <translation>Dag eerst: 6/9/2026, 06-09-2026, 6.9.26 of 2026-09-06</translation>
    </message>
</context>
<context>
    <name>DraftRecoveryDialog</name>
    <message>
        <location filename="../../consultant_app/ui/dialogs/draft_recovery.py" line="57"/>
        <source>the intern {name}</source>
        <extracomment>The view that holds the form of each kind of draft. Milliseconds to wait before offering the drafts again while another dialog is open.</extracomment>
        <translation>de stagiair {name}</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/dialogs/draft_recovery.py" line="59"/>
        <source>a new intern ({name})</source>
        <translation>een nieuwe stagiair ({name})</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/dialogs/draft_recovery.py" line="61"/>
        <source>a new intern</source>
        <translation>een nieuwe stagiair</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/dialogs/draft_recovery.py" line="64"/>
        <source>the host {name}</source>
        <translation>de stagegever {name}</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/dialogs/draft_recovery.py" line="66"/>
        <source>a new host ({name})</source>
        <translation>een nieuwe stagegever ({name})</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/dialogs/draft_recovery.py" line="68"/>
        <source>a new host</source>
        <translation>een nieuwe stagegever</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/dialogs/draft_recovery.py" line="71"/>
        <source>the mentor {name}</source>
        <translation>de stagementor {name}</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/dialogs/draft_recovery.py" line="73"/>
        <source>a new mentor ({name})</source>
        <translation>een nieuwe stagementor ({name})</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/dialogs/draft_recovery.py" line="75"/>
        <source>a new mentor</source>
        <translation>een nieuwe stagementor</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/dialogs/draft_recovery.py" line="77"/>
        <source>a new internship ({name})</source>
        <translation>een nieuwe stage ({name})</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/dialogs/draft_recovery.py" line="79"/>
        <source>a new internship</source>
        <translation>een nieuwe stage</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/dialogs/draft_recovery.py" line="254"/>
        <source>Recovered changes</source>
        <translation>Teruggevonden wijzigingen</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/dialogs/draft_recovery.py" line="258"/>
        <source>The application stopped before these changes were saved. Restore them to review and save them, or discard them.</source>
        <translation>De toepassing werd afgesloten voordat deze wijzigingen waren opgeslagen. Herstel ze om ze na te kijken en op te slaan, of verwerp ze.</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/dialogs/draft_recovery.py" line="263"/>
        <source>No recovered changes are left to restore.</source>
        <translation>Er zijn geen teruggevonden wijzigingen meer om te herstellen.</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/dialogs/draft_recovery.py" line="266"/>
        <source>Unsaved changes to {subject} from {moment} were recovered.</source>
        <translation>Niet-opgeslagen wijzigingen aan {subject} van {moment} werden teruggevonden.</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/dialogs/draft_recovery.py" line="270"/>
        <source>&amp;Restore</source>
        <translation>&amp;Herstellen</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/dialogs/draft_recovery.py" line="271"/>
        <source>&amp;Discard</source>
        <translation>&amp;Verwerpen</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/dialogs/draft_recovery.py" line="275"/>
        <source>The unsaved changes to {subject} were discarded: the record was deleted meanwhile.</source>
        <translation>De niet-opgeslagen wijzigingen aan {subject} werden verworpen: de fiche werd intussen verwijderd.</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/dialogs/draft_recovery.py" line="284"/>
        <source>Restore &amp;all</source>
        <translation>&amp;Alles herstellen</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/dialogs/draft_recovery.py" line="285"/>
        <source>Discard a&amp;ll</source>
        <translation>Alles v&amp;erwerpen</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/dialogs/draft_recovery.py" line="289"/>
        <source>Decide la&amp;ter</source>
        <translation>&amp;Later beslissen</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/dialogs/draft_recovery.py" line="291"/>
        <source>Keep these changes aside; they are offered again at the next start.</source>
        <translation>Deze wijzigingen opzijzetten; ze worden bij de volgende start opnieuw aangeboden.</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/dialogs/draft_recovery.py" line="294"/>
        <source>&amp;Close</source>
        <translation>&amp;Sluiten</translation>
    </message>
</context>
<context>
    <name>EligibilityBadge</name>
    <message>
        <location filename="../../consultant_app/ui/views/interns.py" line="140"/>
        <source>Eligible</source>
        <translation>Komt in aanmerking</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/views/interns.py" line="145"/>
        <source>Not eligible</source>
        <translation>Komt niet in aanmerking</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/views/interns.py" line="156"/>
        <source>Eligibility</source>
        <translation>Toelaatbaarheid</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/views/interns.py" line="157"/>
        <source>&amp;On</source>
        <translation>&amp;Op</translation>
    </message>
</context>
<context>
    <name>EncryptionBox</name>
    <message>
        <location filename="../../consultant_app/ui/views/safety/encryption_box.py" line="40"/>
        <source>The database is not encrypted.</source>
        <translation>De databank is niet versleuteld.</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/views/safety/encryption_box.py" line="43"/>
        <source>The key is kept in this computer&apos;s keyring ({keyring}), entry “{service}” / {entry}. The recovery key opens the database elsewhere.</source>
        <translation>De sleutel wordt bewaard in het sleutelbeheer van deze computer ({keyring}), item “{service}” / {entry}. Met de herstelsleutel kan de databank elders worden geopend.</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/views/safety/encryption_box.py" line="52"/>
        <source>No keyring on this computer: the database opens with the passphrase typed at start.</source>
        <translation>Geen sleutelbeheer op deze computer: de databank wordt geopend met de wachtzin die bij het opstarten wordt ingetypt.</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/views/safety/encryption_box.py" line="56"/>
        <source>The passphrase comes from the {variable} variable.</source>
        <translation>De wachtzin komt uit de variabele {variable}.</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/views/safety/encryption_box.py" line="59"/>
        <source>Opened with the recovery key.</source>
        <translation>Geopend met de herstelsleutel.</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/views/safety/encryption_box.py" line="62"/>
        <source>Encryption</source>
        <translation>Versleuteling</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/views/safety/encryption_box.py" line="63"/>
        <source>Key</source>
        <translation>Sleutel</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/views/safety/encryption_box.py" line="65"/>
        <source>Database file</source>
        <translation>Databankbestand</translation>
    </message>
</context>
<context>
    <name>EvaluationRowWidget</name>
    <message>
        <location filename="../../consultant_app/ui/views/roadmap/evaluation_tab.py" line="120"/>
        <source>Objective: {objective}</source>
        <translation>Leerdoel: {objective}</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/views/roadmap/evaluation_tab.py" line="123"/>
        <source>Target level: {level} ({meaning})</source>
        <translation>Doelniveau: {level} ({meaning})</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/views/roadmap/evaluation_tab.py" line="129"/>
        <source>Comment on this competence</source>
        <translation>Opmerking bij deze competentie</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/views/roadmap/evaluation_tab.py" line="131"/>
        <source>Score of {competence}</source>
        <translation>Score voor {competence}</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/views/roadmap/evaluation_tab.py" line="134"/>
        <source>Comment on {competence}</source>
        <translation>Opmerking bij {competence}</translation>
    </message>
</context>
<context>
    <name>EvaluationTab</name>
    <message>
        <location filename="../../consultant_app/ui/views/roadmap/evaluation_tab.py" line="345"/>
        <source>Completed on {date}</source>
        <extracomment>The internship and stage the shown rows belong to (what a save writes to). Choose the stage to show when another internship is shown.</extracomment>
        <translation>Afgerond op {date}</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/views/roadmap/evaluation_tab.py" line="348"/>
        <source>Draft: {scored} of {total} competences scored</source>
        <translation>Ontwerp: {scored} van de {total} competenties gescoord</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/views/roadmap/evaluation_tab.py" line="412"/>
        <source>Evaluation completed.</source>
        <translation>Evaluatie afgerond.</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/views/roadmap/evaluation_tab.py" line="457"/>
        <source>Eva&amp;luation</source>
        <translation>&amp;Evaluatie</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/views/roadmap/evaluation_tab.py" line="464"/>
        <source>Scores: 1 insufficient · 2 to develop · 3 good · 4 excellent · N not observed. Keyboard: 1–4 or N scores the row, ←/→ changes the score, ↑/↓ goes to another competence, Tab to the comment. Saved as you type.</source>
        <translation>Scores: 1 onvoldoende · 2 te ontwikkelen · 3 goed · 4 uitstekend · N niet waargenomen. Toetsenbord: 1–4 of N scoort de rij, ←/→ wijzigt de score, ↑/↓ gaat naar een andere competentie, Tab naar de opmerking. Wordt opgeslagen terwijl u typt.</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/views/roadmap/evaluation_tab.py" line="470"/>
        <source>This internship has no competences yet: add them in “Tasks &amp; competences”.</source>
        <translation>Deze stage heeft nog geen competenties: voeg ze toe in “Taken &amp; competenties”.</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/views/roadmap/evaluation_tab.py" line="472"/>
        <source>Overall</source>
        <translation>Algemeen</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/views/roadmap/evaluation_tab.py" line="473"/>
        <source>&amp;Overall appreciation *</source>
        <translation>Algemene &amp;beoordeling *</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/views/roadmap/evaluation_tab.py" line="474"/>
        <source>&amp;Recommendation</source>
        <translation>Aa&amp;nbeveling</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/views/roadmap/evaluation_tab.py" line="475"/>
        <source>General &amp;comments</source>
        <translation>Algemene o&amp;pmerkingen</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/views/roadmap/evaluation_tab.py" line="481"/>
        <source>Would the mentor recommend the intern for a job in the sector?</source>
        <translation>Zou de stagementor de stagiair aanbevelen voor een job in de sector?</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/views/roadmap/evaluation_tab.py" line="483"/>
        <source>Complete the e&amp;valuation</source>
        <translation>Evaluatie afron&amp;den</translation>
    </message>
    <message>
        <source>Mark the evaluation as done: every item scored</source>
        <translation>De evaluatie als klaar markeren: elk punt is beoordeeld</translation>
    </message>
</context>
<context>
    <name>FirstStartDialog</name>
    <message>
        <location filename="../../consultant_app/ui/dialogs/first_start.py" line="25"/>
        <source>Welcome</source>
        <translation>Welkom</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/dialogs/first_start.py" line="29"/>
        <source>Conventions and reports print the fund&apos;s identity and your contact details. Fill them in once; you can change them later in Settings.</source>
        <translation>Overeenkomsten en rapporten vermelden de identiteit van het fonds en uw contactgegevens. Vul ze één keer in; u kunt ze later wijzigen in Instellingen.</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/dialogs/first_start.py" line="45"/>
        <source>&amp;Save and continue</source>
        <translation>&amp;Opslaan en doorgaan</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/dialogs/first_start.py" line="48"/>
        <source>&amp;Later</source>
        <translation>&amp;Later</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/dialogs/first_start.py" line="60"/>
        <source>Correct the fields marked in red to save.</source>
        <translation>Verbeter de rood gemarkeerde velden om op te slaan.</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Taal</translation>
    </message>
</context>
<context>
    <name>HostsView</name>
    <message>
        <location filename="../../consultant_app/ui/views/hosts/view.py" line="60"/>
        <location filename="../../consultant_app/ui/views/hosts/view.py" line="287"/>
        <source>Company</source>
        <translation>Onderneming</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/views/hosts/view.py" line="73"/>
        <source>Address and contact</source>
        <translation>Adres en contact</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/views/hosts/view.py" line="168"/>
        <source>Possible duplicate</source>
        <translation>Mogelijk dubbel</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/views/hosts/view.py" line="170"/>
        <source>{name} already has this enterprise number. Open the existing record?</source>
        <translation>{name} heeft dit ondernemingsnummer al. De bestaande fiche openen?</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/views/hosts/view.py" line="256"/>
        <source>New host</source>
        <translation>Nieuwe stagegever</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/views/hosts/view.py" line="283"/>
        <source>&amp;New host</source>
        <translation>&amp;Nieuwe stagegever</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/views/hosts/view.py" line="284"/>
        <source>&amp;History…</source>
        <translation>&amp;Geschiedenis…</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/views/hosts/view.py" line="288"/>
        <source>Mentors</source>
        <translation>Stagementoren</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/views/hosts/view.py" line="289"/>
        <source>Training policy plans</source>
        <translation>Opleidingsplannen</translation>
    </message>
    <message>
        <source>Host {name} saved</source>
        <translation>Stagegever {name} opgeslagen</translation>
    </message>
    <message>
        <source>Add a new host company (Ctrl+N)</source>
        <translation>Een nieuwe stagegever toevoegen (Ctrl+N)</translation>
    </message>
    <message>
        <source>Who changed what, and when (the audit trail)</source>
        <translation>Wie wat wijzigde, en wanneer (het auditspoor)</translation>
    </message>
</context>
<context>
    <name>IdentityForms</name>
    <message>
        <location filename="../../consultant_app/ui/forms/identity_forms.py" line="27"/>
        <source>Images (*.png *.jpg *.jpeg)</source>
        <translation>Afbeeldingen (*.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/forms/identity_forms.py" line="42"/>
        <source>The fund</source>
        <translation>Het fonds</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/forms/identity_forms.py" line="55"/>
        <source>Consultant profile</source>
        <translation>Profiel van de consulent</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../../consultant_app/ui/dialogs/import_dialog.py" line="149"/>
        <source>Reading and checking the file…</source>
        <translation>Het bestand wordt gelezen en gecontroleerd…</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/dialogs/import_dialog.py" line="56"/>
        <location filename="../../consultant_app/ui/dialogs/import_dialog.py" line="103"/>
        <source>Import internships</source>
        <extracomment>Entities of the summary table, in the order shown.</extracomment>
        <translation>Stages importeren</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/dialogs/import_dialog.py" line="65"/>
        <source>&amp;Choose a CSV file…</source>
        <translation>CSV-bestand &amp;kiezen…</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/dialogs/import_dialog.py" line="74"/>
        <source>What will change</source>
        <translation>Wat er verandert</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/dialogs/import_dialog.py" line="75"/>
        <source>Rows refused</source>
        <translation>Geweigerde rijen</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/dialogs/import_dialog.py" line="76"/>
        <source>Warnings</source>
        <translation>Waarschuwingen</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/dialogs/import_dialog.py" line="80"/>
        <source>&amp;Import</source>
        <translation>&amp;Importeren</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/dialogs/import_dialog.py" line="83"/>
        <source>Import the &amp;valid rows only</source>
        <translation>Alleen de &amp;geldige rijen importeren</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/dialogs/import_dialog.py" line="103"/>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>CSV-bestanden (*.csv);;Alle bestanden (*)</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/dialogs/import_dialog.py" line="117"/>
        <source>This file cannot be imported: {reason}</source>
        <translation>Dit bestand kan niet worden geïmporteerd: {reason}</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/dialogs/import_dialog.py" line="133"/>
        <source>Records</source>
        <translation>Gegevens</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/dialogs/import_dialog.py" line="133"/>
        <source>New</source>
        <translation>Nieuw</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/dialogs/import_dialog.py" line="133"/>
        <source>Updated</source>
        <translation>Bijgewerkt</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/dialogs/import_dialog.py" line="133"/>
        <source>Unchanged</source>
        <translation>Ongewijzigd</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/dialogs/import_dialog.py" line="136"/>
        <source>Line</source>
        <translation>Regel</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/dialogs/import_dialog.py" line="136"/>
        <source>Column</source>
        <translation>Kolom</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/dialogs/import_dialog.py" line="136"/>
        <source>Reason</source>
        <translation>Reden</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/dialogs/import_dialog.py" line="138"/>
        <source>No file chosen yet.</source>
        <translation>Nog geen bestand gekozen.</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/dialogs/import_dialog.py" line="145"/>
        <source>Internships</source>
        <translation>Stages</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/dialogs/import_dialog.py" line="146"/>
        <source>Interns</source>
        <translation>Stagiairs</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/dialogs/import_dialog.py" line="147"/>
        <source>Hosts</source>
        <translation>Stagegevers</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/dialogs/import_dialog.py" line="148"/>
        <source>Mentors</source>
        <translation>Stagementoren</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/dialogs/import_dialog.py" line="149"/>
        <source>Functions</source>
        <translation>Functies</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/dialogs/import_dialog.py" line="150"/>
        <source>Consultants</source>
        <translation>Consulenten</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/dialogs/import_dialog.py" line="175"/>
        <source>Rows refused ({n})</source>
        <translation>Geweigerde rijen ({n})</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/dialogs/import_dialog.py" line="176"/>
        <source>Warnings ({n})</source>
        <translation>Waarschuwingen ({n})</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/dialogs/import_dialog.py" line="110"/>
        <source>Updates</source>
        <translation>Wijzigingen</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/dialogs/import_dialog.py" line="168"/>
        <source>Record</source>
        <translation>Gegeven</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/dialogs/import_dialog.py" line="168"/>
        <source>Change (old → new)</source>
        <translation>Wijziging (oud → nieuw)</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/dialogs/import_dialog.py" line="245"/>
        <source>Updates ({n})</source>
        <translation>Wijzigingen ({n})</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/dialogs/import_dialog.py" line="255"/>
        <source>The import updates {n} existing record(s); each change is listed under Updates. Import and update them?</source>
        <translation>De import wijzigt {n} bestaande gegeven(s); elke wijziging staat onder Wijzigingen. Importeren en ze wijzigen?</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/dialogs/import_dialog.py" line="180"/>
        <source>Every row can be imported. Programme-rule failures of historical rows are imported with a warning.</source>
        <translation>Alle rijen kunnen worden geïmporteerd. Historische rijen die een programmaregel niet naleven, worden met een waarschuwing geïmporteerd.</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/dialogs/import_dialog.py" line="187"/>
        <source>{n} row problem(s): nothing is imported unless you import the valid rows only; the refused rows are then written beside the file.</source>
        <translation>{n} probleem/problemen in rijen: er wordt niets geïmporteerd, tenzij u alleen de geldige rijen importeert; de geweigerde rijen worden dan naast het bestand weggeschreven.</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/dialogs/import_dialog.py" line="201"/>
        <source>Importing…</source>
        <translation>Bezig met importeren…</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/dialogs/import_dialog.py" line="201"/>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/dialogs/import_dialog.py" line="219"/>
        <source>Import cancelled: nothing was imported.</source>
        <translation>Import geannuleerd: er werd niets geïmporteerd.</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/dialogs/import_dialog.py" line="227"/>
        <source>Imported: {created} new and {updated} updated internships.</source>
        <translation>Geïmporteerd: {created} nieuwe en {updated} bijgewerkte stages.</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/dialogs/import_dialog.py" line="233"/>
        <source>The refused rows are in {path}.</source>
        <translation>De geweigerde rijen staan in {path}.</translation>
    </message>
    <message numerus="yes">
        <source>%n row problem(s): nothing is imported unless you import the valid rows only; the refused rows are then written beside the file.</source>
        <translation>
            <numerusform>%Ln probleem in een rij: er wordt niets geïmporteerd, tenzij u alleen de geldige rijen importeert; de geweigerde rij wordt dan naast het bestand weggeschreven.</numerusform>
            <numerusform>%Ln problemen in rijen: er wordt niets geïmporteerd, tenzij u alleen de geldige rijen importeert; de geweigerde rijen worden dan naast het bestand weggeschreven.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The import updates %n existing record(s); each change is listed under Updates. Import and update them?</source>
        <translation>
            <numerusform>De import wijzigt %Ln bestaand gegeven; elke wijziging staat onder Wijzigingen. Importeren en wijzigen?</numerusform>
            <numerusform>De import wijzigt %Ln bestaande gegevens; elke wijziging staat onder Wijzigingen. Importeren en ze wijzigen?</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>InternsView</name>
    <message>
        <location filename="../../consultant_app/ui/views/interns.py" line="89"/>
        <source>Identity</source>
        <translation>Identiteit</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/views/interns.py" line="93"/>
        <source>Contact and address</source>
        <translation>Contact en adres</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/views/interns.py" line="97"/>
        <source>Job seeker and education</source>
        <translation>Werkzoekende en opleiding</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/views/interns.py" line="101"/>
        <source>With the fund</source>
        <translation>Bij het fonds</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/views/interns.py" line="226"/>
        <source>the same national register number</source>
        <translation>hetzelfde rijksregisternummer</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/views/interns.py" line="228"/>
        <source>the same name and birth date</source>
        <translation>dezelfde naam en geboortedatum</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/views/interns.py" line="232"/>
        <source>Possible duplicate</source>
        <translation>Mogelijk dubbel</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/views/interns.py" line="234"/>
        <source>{name} (born {birth}) is already registered with {reason}.</source>
        <translation>{name} (geboren op {birth}) is al ingeschreven met {reason}.</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/views/interns.py" line="241"/>
        <source>Open the existing record</source>
        <translation>De bestaande fiche openen</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/views/interns.py" line="244"/>
        <source>Save anyway</source>
        <translation>Toch opslaan</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/views/interns.py" line="288"/>
        <source>New intern</source>
        <translation>Nieuwe stagiair</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/views/interns.py" line="337"/>
        <source>Export personal data</source>
        <translation>Persoonsgegevens exporteren</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/views/interns.py" line="347"/>
        <source>The personal data could not be exported: {problem}</source>
        <translation>De persoonsgegevens konden niet worden geëxporteerd: {problem}</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/views/interns.py" line="356"/>
        <source>Everything held about {name} was written to:
{json}
{pdf}

These files hold personal data: hand them only to the person concerned.</source>
        <translation>Alle gegevens over {name} werden weggeschreven naar:
{json}
{pdf}

Deze bestanden bevatten persoonsgegevens: bezorg ze alleen aan de betrokkene.</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/views/interns.py" line="364"/>
        <source>&amp;New intern</source>
        <translation>&amp;Nieuwe stagiair</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/views/interns.py" line="365"/>
        <source>&amp;History…</source>
        <translation>&amp;Geschiedenis…</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/views/interns.py" line="366"/>
        <source>E&amp;xport personal data…</source>
        <translation>Persoonsgegevens e&amp;xporteren…</translation>
    </message>
    <message>
        <source>Intern {name} saved</source>
        <translation>Stagiair {name} opgeslagen</translation>
    </message>
    <message>
        <source>Register a new intern (Ctrl+N)</source>
        <translation>Een nieuwe stagiair inschrijven (Ctrl+N)</translation>
    </message>
    <message>
        <source>Who changed what, and when (the audit trail)</source>
        <translation>Wie wat wijzigde, en wanneer (het auditspoor)</translation>
    </message>
    <message>
        <source>Everything kept about this intern, in one PDF (right of access)</source>
        <translation>Alles wat over deze stagiair bewaard wordt, in één pdf (recht op inzage)</translation>
    </message>
</context>
<context>
    <name>InternshipPanel</name>
    <message>
        <location filename="../../consultant_app/ui/views/internship/actions.py" line="28"/>
        <source>Send for si&amp;gnature</source>
        <extracomment>Fields of the convention form (the intern and the host are fixed once created).</extracomment>
        <translation>Ter ondertekening &amp;versturen</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/views/internship/actions.py" line="31"/>
        <source>Mark as si&amp;gned</source>
        <translation>&amp;Markeren als ondertekend</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/views/internship/actions.py" line="32"/>
        <source>S&amp;tart</source>
        <translation>&amp;Starten</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/views/internship/actions.py" line="33"/>
        <source>Co&amp;mplete</source>
        <translation>A&amp;fronden</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/views/internship/actions.py" line="34"/>
        <source>Terminate &amp;early…</source>
        <translation>&amp;Voortijdig beëindigen…</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/views/internship/actions.py" line="35"/>
        <source>Ca&amp;ncel…</source>
        <translation>Annu&amp;leren…</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/views/internship/actions.py" line="36"/>
        <source>Back to &amp;draft</source>
        <translation>Terug naar &amp;ontwerp</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/views/internship/convention.py" line="80"/>
        <source>Function and people</source>
        <translation>Functie en betrokkenen</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/views/internship/convention.py" line="84"/>
        <source>Dates and weekly hours</source>
        <translation>Data en uren per week</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/views/internship/documents_tab.py" line="17"/>
        <location filename="../../consultant_app/ui/views/internship/panel.py" line="361"/>
        <location filename="../../consultant_app/ui/views/internship/convention.py" line="88"/>
        <source>Convention</source>
        <translation>Overeenkomst</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/views/internship/panel.py" line="232"/>
        <source>version {n}</source>
        <translation>versie {n}</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/views/internship/panel.py" line="62"/>
        <source>{start} to {end}: {days} working days = {weeks} weeks</source>
        <translation>{start} tot {end}: {days} werkdagen = {weeks} weken</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/views/internship/panel.py" line="71"/>
        <source>{hours} h a week</source>
        <translation>{hours} u per week</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/views/internship/panel.py" line="75"/>
        <source>Terminated: {reason}</source>
        <translation>Voortijdig beëindigd: {reason}</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/views/internship/panel.py" line="79"/>
        <source>Cancelled: {reason}</source>
        <translation>Geannuleerd: {reason}</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/views/internship/convention.py" line="150"/>
        <source>Awaiting signatures: go back to draft to change the convention.</source>
        <translation>Wacht op handtekeningen: zet de stage terug naar ontwerp om de overeenkomst te wijzigen.</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/views/internship/convention.py" line="157"/>
        <source>Amendment: change the convention, then save; you will be asked the reason.</source>
        <translation>Addendum: wijzig de overeenkomst en sla daarna op; u wordt naar de reden gevraagd.</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/views/internship/rules_tab.py" line="48"/>
        <source>Overridden: {reason}</source>
        <translation>Afwijking toegestaan: {reason}</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/views/internship/rules_tab.py" line="65"/>
        <source>Rules</source>
        <translation>Regels</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/views/internship/signatures_tab.py" line="58"/>
        <source>not signed yet</source>
        <translation>nog niet ondertekend</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/views/internship/documents_tab.py" line="61"/>
        <source>Amendment {n} (version {version}) of {date}</source>
        <translation>Addendum {n} (versie {version}) van {date}</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/views/internship/documents_tab.py" line="18"/>
        <location filename="../../consultant_app/ui/views/internship/convention.py" line="178"/>
        <source>Amendment</source>
        <translation>Addendum</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/views/internship/documents_tab.py" line="19"/>
        <source>Signed copy (scan)</source>
        <translation>Ondertekend exemplaar (scan)</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/views/internship/documents_tab.py" line="45"/>
        <source>host</source>
        <translation>gastbedrijf</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/views/internship/documents_tab.py" line="45"/>
        <source>host&apos;s address</source>
        <translation>adres van het gastbedrijf</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/views/internship/documents_tab.py" line="45"/>
        <source>host&apos;s representative</source>
        <translation>vertegenwoordiger van het gastbedrijf</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/views/internship/documents_tab.py" line="45"/>
        <source>mentor</source>
        <translation>mentor</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/views/internship/documents_tab.py" line="45"/>
        <source>intern</source>
        <translation>stagiair</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/views/internship/documents_tab.py" line="45"/>
        <source>intern&apos;s address</source>
        <translation>adres van de stagiair</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/views/internship/documents_tab.py" line="45"/>
        <source>job-seeker registration</source>
        <translation>inschrijving als werkzoekende</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/views/internship/documents_tab.py" line="45"/>
        <source>function and tasks</source>
        <translation>functie en taken</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/views/internship/documents_tab.py" line="45"/>
        <source>dates</source>
        <translation>data</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/views/internship/documents_tab.py" line="45"/>
        <source>hours</source>
        <translation>uren</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/views/internship/documents_tab.py" line="45"/>
        <source>workplace and terms</source>
        <translation>werkplek en voorwaarden</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/views/internship/documents_tab.py" line="45"/>
        <source>fund&apos;s details</source>
        <translation>gegevens van het fonds</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/views/internship/documents_tab.py" line="45"/>
        <source>consultant</source>
        <translation>consulent</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/views/internship/documents_tab.py" line="45"/>
        <source>template text</source>
        <translation>tekst van het sjabloon</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/views/internship/documents_tab.py" line="45"/>
        <source>Convention version {version} frozen on {date}, not printed yet.</source>
        <translation>Overeenkomst versie {version} vastgelegd op {date}, nog niet afgedrukt.</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/views/internship/documents_tab.py" line="45"/>
        <source>Convention version {version} issued on {date} (SHA-256 {sha256}).</source>
        <translation>Overeenkomst versie {version} uitgereikt op {date} (SHA-256 {sha256}).</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/views/internship/documents_tab.py" line="45"/>
        <source>Today&apos;s data differs from it: {fields}. Reprints keep the signed text; an amendment makes a new version.</source>
        <translation>De gegevens van vandaag wijken ervan af: {fields}. Een herdruk behoudt de ondertekende tekst; een aanhangsel maakt een nieuwe versie.</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/views/internship/documents_tab.py" line="45"/>
        <source>Today&apos;s data prints the same text.</source>
        <translation>De gegevens van vandaag geven dezelfde tekst.</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/views/internship/documents_tab.py" line="20"/>
        <source>Roadmap</source>
        <translation>Stageroadmap</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/views/internship/documents_tab.py" line="21"/>
        <source>Mid-term evaluation</source>
        <translation>Tussentijdse evaluatie</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/views/internship/documents_tab.py" line="22"/>
        <source>Mid-term evaluation (blank)</source>
        <translation>Tussentijdse evaluatie (blanco)</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/views/internship/documents_tab.py" line="25"/>
        <source>Final evaluation</source>
        <translation>Eindevaluatie</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/views/internship/documents_tab.py" line="26"/>
        <source>Final evaluation (blank)</source>
        <translation>Eindevaluatie (blanco)</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/views/internship/documents_tab.py" line="29"/>
        <source>Workplace evaluation</source>
        <translation>Evaluatie van de stageplaats</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/views/internship/documents_tab.py" line="32"/>
        <source>Workplace evaluation (blank)</source>
        <translation>Evaluatie van de stageplaats (blanco)</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/views/internship/documents_tab.py" line="35"/>
        <source>Competence scan</source>
        <translation>Competentiescan</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/views/internship/documents_tab.py" line="36"/>
        <location filename="../../consultant_app/ui/views/internship/printing.py" line="45"/>
        <source>End-of-internship report</source>
        <translation>Eindrapport van de stage</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/views/internship/convention.py" line="179"/>
        <source>Why is the signed convention changed? The amendment is printed with it.</source>
        <translation>Waarom wordt de ondertekende overeenkomst gewijzigd? Het addendum wordt samen met de overeenkomst afgedrukt.</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/views/internship/convention.py" line="185"/>
        <source>&amp;Decided on</source>
        <translation>&amp;Beslist op</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/views/internship/actions.py" line="65"/>
        <source>Not possible</source>
        <translation>Niet mogelijk</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/views/internship/actions.py" line="47"/>
        <source>The internship&apos;s days stop on its last day.</source>
        <translation>De stagedagen stoppen op de laatste dag van de stage.</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/views/internship/actions.py" line="49"/>
        <source>A cancelled internship never counts in the figures.</source>
        <translation>Een geannuleerde stage telt nooit mee in de cijfers.</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/views/internship/actions.py" line="56"/>
        <source>&amp;Last day</source>
        <translation>&amp;Laatste dag</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/views/internship/rules_tab.py" line="88"/>
        <source>Override a rule</source>
        <translation>Afwijking van een regel toestaan</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/views/internship/rules_tab.py" line="91"/>
        <source>Write why this internship may go ahead anyway. The reason is kept in the audit trail.</source>
        <translation>Schrijf waarom deze stage toch mag doorgaan. De reden wordt bewaard in het auditspoor.</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/views/internship/signatures_tab.py" line="102"/>
        <source>Signed copy</source>
        <translation>Ondertekend exemplaar</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/views/internship/signatures_tab.py" line="104"/>
        <source>Scans (*.pdf *.png *.jpg *.jpeg)</source>
        <translation>Scans (*.pdf *.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/views/internship/interruptions_tab.py" line="80"/>
        <source>Remove interruption</source>
        <translation>Onderbreking verwijderen</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/views/internship/interruptions_tab.py" line="81"/>
        <source>Remove this interruption? Its days count again.</source>
        <translation>Deze onderbreking verwijderen? De dagen ervan tellen dan weer mee.</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/views/internship/printing.py" line="116"/>
        <source>Convention {ref}</source>
        <translation>Overeenkomst {ref}</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/views/internship/printing.py" line="25"/>
        <source>The whole roadmap</source>
        <translation>De volledige stageroadmap</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/views/internship/printing.py" line="26"/>
        <source>Mid-term evaluation, blank</source>
        <translation>Tussentijdse evaluatie, blanco</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/views/internship/printing.py" line="29"/>
        <source>Mid-term evaluation, filled</source>
        <translation>Tussentijdse evaluatie, ingevuld</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/views/internship/printing.py" line="32"/>
        <source>Final evaluation, blank</source>
        <translation>Eindevaluatie, blanco</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/views/internship/printing.py" line="35"/>
        <source>Final evaluation, filled</source>
        <translation>Eindevaluatie, ingevuld</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/views/internship/printing.py" line="38"/>
        <source>Workplace evaluation, blank</source>
        <translation>Evaluatie van de stageplaats, blanco</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/views/internship/printing.py" line="41"/>
        <source>Workplace evaluation, filled</source>
        <translation>Evaluatie van de stageplaats, ingevuld</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/views/internship/printing.py" line="44"/>
        <source>Competence scan (radar chart)</source>
        <translation>Competentiescan (radargrafiek)</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/views/internship/printing.py" line="153"/>
        <source>Save a copy</source>
        <translation>Een kopie opslaan</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/views/internship/panel.py" line="362"/>
        <source>Workstation &amp;&amp; risks</source>
        <translation>Werkpost &amp;&amp; risico&apos;s</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/views/internship/panel.py" line="363"/>
        <source>Tasks &amp;&amp; competences</source>
        <translation>Taken &amp;&amp; competenties</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/views/internship/panel.py" line="364"/>
        <source>Visits</source>
        <translation>Bezoeken</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/views/internship/panel.py" line="365"/>
        <source>Evaluation</source>
        <translation>Evaluatie</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/views/internship/panel.py" line="366"/>
        <source>Workplace</source>
        <translation>Stageplaats</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/views/internship/panel.py" line="367"/>
        <source>Scan</source>
        <translation>Scan</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/views/internship/panel.py" line="369"/>
        <source>Signatures</source>
        <translation>Handtekeningen</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/views/internship/panel.py" line="370"/>
        <source>Interruptions</source>
        <translation>Onderbrekingen</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/views/internship/panel.py" line="371"/>
        <source>Documents</source>
        <translation>Documenten</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/views/internship/printing.py" line="160"/>
        <source>Roadmap s&amp;heets</source>
        <translation>Roadmapform&amp;ulieren</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/views/internship/printing.py" line="168"/>
        <source>&amp;Print preview…</source>
        <translation>&amp;Afdrukvoorbeeld…</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/views/internship/panel.py" line="383"/>
        <source>&amp;Amend…</source>
        <translation>Addendum &amp;maken…</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/views/internship/panel.py" line="384"/>
        <source>H&amp;istory…</source>
        <translation>&amp;Geschiedenis…</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/views/internship/rules_tab.py" line="110"/>
        <source>&amp;Override with a reason…</source>
        <translation>Afwijking toestaan met &amp;reden…</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/views/internship/signatures_tab.py" line="115"/>
        <source>Record a &amp;signature…</source>
        <translation>Handtekening &amp;registreren…</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/views/internship/signatures_tab.py" line="118"/>
        <source>Attach the signed &amp;copy…</source>
        <translation>Ondertekend &amp;exemplaar toevoegen…</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/views/internship/interruptions_tab.py" line="92"/>
        <source>&amp;Add…</source>
        <translation>&amp;Toevoegen…</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/views/internship/interruptions_tab.py" line="93"/>
        <source>&amp;Remove</source>
        <translation>Ver&amp;wijderen</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/views/internship/documents_tab.py" line="88"/>
        <source>&amp;Open</source>
        <translation>O&amp;penen</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/views/internship/rules_tab.py" line="114"/>
        <source>Rule</source>
        <translation>Regel</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/views/internship/rules_tab.py" line="115"/>
        <source>Verdict</source>
        <translation>Beoordeling</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/views/internship/signatures_tab.py" line="122"/>
        <source>Party</source>
        <translation>Partij</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/views/internship/signatures_tab.py" line="123"/>
        <source>Signed by</source>
        <translation>Ondertekend door</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/views/internship/signatures_tab.py" line="124"/>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/views/internship/signatures_tab.py" line="125"/>
        <source>Place</source>
        <translation>Plaats</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/views/internship/interruptions_tab.py" line="96"/>
        <source>Kind</source>
        <translation>Soort</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/views/internship/interruptions_tab.py" line="97"/>
        <source>Period</source>
        <translation>Periode</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/views/internship/interruptions_tab.py" line="98"/>
        <source>Working days</source>
        <translation>Werkdagen</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/views/internship/interruptions_tab.py" line="99"/>
        <source>Note</source>
        <translation>Notitie</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/views/internship/printing.py" line="189"/>
        <source>The file could not be saved to {path}: {reason}</source>
        <translation>Het bestand kon niet worden opgeslagen in {path}: {reason}</translation>
    </message>
    <message>
        <source>{start} to {end}: {days} = {weeks}</source>
        <translation>{start} tot {end}: {days} = {weeks}</translation>
    </message>
    <message>
        <source>Interruption added to {ref}</source>
        <translation>Onderbreking toegevoegd aan {ref}</translation>
    </message>
    <message>
        <source>Interruption removed from {ref}</source>
        <translation>Onderbreking verwijderd uit {ref}</translation>
    </message>
    <message>
        <source>Signature recorded on {ref}</source>
        <translation>Handtekening geregistreerd voor {ref}</translation>
    </message>
    <message>
        <source>Signed copy attached to {ref}</source>
        <translation>Ondertekend exemplaar toegevoegd aan {ref}</translation>
    </message>
    <message>
        <source>Rule overridden on {ref}: {rule}</source>
        <translation>Afwijking toegestaan voor {ref}: {rule}</translation>
    </message>
    <message>
        <source>Convention {ref} sent for signature</source>
        <translation>Overeenkomst {ref} ter ondertekening verstuurd</translation>
    </message>
    <message>
        <source>Convention {ref} marked as signed</source>
        <translation>Overeenkomst {ref} gemarkeerd als ondertekend</translation>
    </message>
    <message>
        <source>Internship {ref} started</source>
        <translation>Stage {ref} gestart</translation>
    </message>
    <message>
        <source>Internship {ref} completed</source>
        <translation>Stage {ref} afgerond</translation>
    </message>
    <message>
        <source>Internship {ref} terminated early</source>
        <translation>Stage {ref} voortijdig beëindigd</translation>
    </message>
    <message>
        <source>Internship {ref} cancelled</source>
        <translation>Stage {ref} geannuleerd</translation>
    </message>
    <message>
        <source>Internship {ref} back to draft</source>
        <translation>Stage {ref} terug naar ontwerp</translation>
    </message>
    <message>
        <source>Internship {ref} saved</source>
        <translation>Stage {ref} opgeslagen</translation>
    </message>
    <message>
        <source>{ref}: {part} updated</source>
        <translation>{ref}: {part} bijgewerkt</translation>
    </message>
    <message>
        <source>{ref}: {document} printed ({file})</source>
        <translation>{ref}: {document} afgedrukt ({file})</translation>
    </message>
    <message>
        <source>Show the programme rules and their verdicts (Rules tab)</source>
        <translation>De programmaregels en hun oordeel tonen (tabblad Regels)</translation>
    </message>
    <message>
        <source>Who signed for one party, when and where</source>
        <translation>Wie voor een partij tekende, wanneer en waar</translation>
    </message>
    <message>
        <source>Keep the scan of the signed paper convention (PDF or image)</source>
        <translation>De scan van de ondertekende papieren overeenkomst bewaren (pdf of afbeelding)</translation>
    </message>
    <message>
        <source>Let the internship go ahead despite the selected failed rule</source>
        <translation>De stage laten doorgaan ondanks de geselecteerde regel die niet nageleefd is</translation>
    </message>
    <message>
        <source>A period whose working days do not count (sickness, suspension…)</source>
        <translation>Een periode waarvan de werkdagen niet meetellen (ziekte, schorsing…)</translation>
    </message>
    <message>
        <source>Remove the selected interruption: its days count again</source>
        <translation>De geselecteerde onderbreking verwijderen: haar dagen tellen weer mee</translation>
    </message>
    <message>
        <source>Show the selected document</source>
        <translation>Het geselecteerde document tonen</translation>
    </message>
    <message>
        <source>Print the convention and show it; the copy is kept with the documents</source>
        <translation>De overeenkomst afdrukken en tonen; het exemplaar wordt bij de documenten bewaard</translation>
    </message>
    <message>
        <source>Print a sheet of the roadmap, blank (to fill in by hand) or filled in</source>
        <translation>Een formulier van de stageroadmap afdrukken, blanco (om met de hand in te vullen) of ingevuld</translation>
    </message>
    <message>
        <source>Change the signed convention: the change becomes an amendment</source>
        <translation>De ondertekende overeenkomst wijzigen: de wijziging wordt een aanhangsel</translation>
    </message>
    <message>
        <source>Who changed what, and when (the audit trail)</source>
        <translation>Wie wat wijzigde, en wanneer (het auditspoor)</translation>
    </message>
    <message>
        <source>Freeze the convention and wait for the three signatures</source>
        <translation>De overeenkomst vastleggen en op de drie handtekeningen wachten</translation>
    </message>
    <message>
        <source>Every party signed: the internship may start</source>
        <translation>Alle partijen tekenden: de stage mag beginnen</translation>
    </message>
    <message>
        <source>The internship has begun</source>
        <translation>De stage is begonnen</translation>
    </message>
    <message>
        <source>The internship ended as planned, after the final interview</source>
        <translation>De stage liep af zoals gepland, na het eindgesprek</translation>
    </message>
    <message>
        <source>End the internship before its planned end, with a reason</source>
        <translation>De stage vóór het geplande einde beëindigen, met een reden</translation>
    </message>
    <message>
        <source>The internship will not take place; it never counts</source>
        <translation>De stage gaat niet door; hij telt nooit mee</translation>
    </message>
    <message>
        <source>Make the convention editable again (signatures are lost)</source>
        <translation>De overeenkomst weer bewerkbaar maken (de handtekeningen vervallen)</translation>
    </message>
</context>
<context>
    <name>InternshipWizard</name>
    <message>
        <location filename="../../consultant_app/ui/dialogs/internship_wizard/wizard.py" line="234"/>
        <source>New internship</source>
        <extracomment>Writes the form draft a moment after the last change.</extracomment>
        <translation>Nieuwe stage</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/dialogs/internship_wizard/wizard.py" line="235"/>
        <source>Create &amp;draft</source>
        <translation>&amp;Ontwerp aanmaken</translation>
    </message>
</context>
<context>
    <name>InternshipsView</name>
    <message>
        <location filename="../../consultant_app/ui/views/internships.py" line="113"/>
        <source>&amp;New internship</source>
        <translation>&amp;Nieuwe stage</translation>
    </message>
    <message>
        <source>Internship {ref} created</source>
        <translation>Stage {ref} aangemaakt</translation>
    </message>
    <message>
        <source>Draft a new internship with the wizard ({keys})</source>
        <translation>Een nieuwe stage opstellen met de assistent ({keys})</translation>
    </message>
</context>
<context>
    <name>InterruptionDialog</name>
    <message>
        <location filename="../../consultant_app/ui/dialogs/internship_actions.py" line="167"/>
        <source>Add an interruption</source>
        <translation>Een onderbreking toevoegen</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/dialogs/internship_actions.py" line="168"/>
        <source>Working days in this period no longer count for the internship.</source>
        <translation>De werkdagen in deze periode tellen niet meer mee voor de stage.</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/dialogs/internship_actions.py" line="183"/>
        <source>&amp;Kind</source>
        <translation>&amp;Soort</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/dialogs/internship_actions.py" line="184"/>
        <source>&amp;From</source>
        <translation>&amp;Van</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/dialogs/internship_actions.py" line="185"/>
        <source>&amp;To</source>
        <translation>&amp;Tot</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/dialogs/internship_actions.py" line="186"/>
        <source>&amp;Note</source>
        <translation>&amp;Notitie</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <location filename="../../consultant_app/ui/labels.py" line="14"/>
        <source>Reference</source>
        <translation>Referentie</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/labels.py" line="15"/>
        <location filename="../../consultant_app/ui/labels.py" line="80"/>
        <source>Intern</source>
        <translation>Stagiair</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/labels.py" line="16"/>
        <location filename="../../consultant_app/ui/labels.py" line="81"/>
        <source>Host</source>
        <translation>Stagegever</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/labels.py" line="17"/>
        <location filename="../../consultant_app/ui/labels.py" line="78"/>
        <source>Mentor</source>
        <translation>Stagementor</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/labels.py" line="18"/>
        <location filename="../../consultant_app/ui/labels.py" line="79"/>
        <source>Consultant</source>
        <translation>Consulent</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/labels.py" line="19"/>
        <location filename="../../consultant_app/ui/labels.py" line="77"/>
        <source>Function</source>
        <translation>Functie</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/labels.py" line="20"/>
        <source>Cluster</source>
        <translation>Cluster</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/labels.py" line="21"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/labels.py" line="22"/>
        <source>Start</source>
        <translation>Begin</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/labels.py" line="23"/>
        <source>End</source>
        <translation>Einde</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/labels.py" line="24"/>
        <source>Planned end</source>
        <translation>Geplande einddatum</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/labels.py" line="25"/>
        <source>Actual end</source>
        <translation>Werkelijke einddatum</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/labels.py" line="26"/>
        <source>Working days</source>
        <translation>Werkdagen</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/labels.py" line="27"/>
        <source>Weeks</source>
        <translation>Weken</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/labels.py" line="28"/>
        <source>Convention language</source>
        <translation>Taal van de overeenkomst</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/labels.py" line="29"/>
        <source>Hours per week</source>
        <translation>Uren per week</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/labels.py" line="30"/>
        <location filename="../../consultant_app/ui/labels.py" line="148"/>
        <source>Place of work</source>
        <translation>Werkplaats</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/labels.py" line="31"/>
        <source>Objectives</source>
        <translation>Doelstellingen</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/labels.py" line="32"/>
        <source>Monday</source>
        <translation>Maandag</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/labels.py" line="33"/>
        <source>Tuesday</source>
        <translation>Dinsdag</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/labels.py" line="34"/>
        <source>Wednesday</source>
        <translation>Woensdag</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/labels.py" line="35"/>
        <source>Thursday</source>
        <translation>Donderdag</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/labels.py" line="36"/>
        <source>Friday</source>
        <translation>Vrijdag</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/labels.py" line="37"/>
        <source>Saturday</source>
        <translation>Zaterdag</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/labels.py" line="38"/>
        <source>Sunday</source>
        <translation>Zondag</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/labels.py" line="39"/>
        <source>Schedule note</source>
        <translation>Opmerking bij het uurrooster</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/labels.py" line="40"/>
        <source>Expenses</source>
        <translation>Onkosten</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/labels.py" line="41"/>
        <source>The intern does not replace an employee</source>
        <translation>De stagiair vervangt geen werknemer</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/labels.py" line="44"/>
        <source>Reason for termination</source>
        <translation>Reden van stopzetting</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/labels.py" line="45"/>
        <source>Reason for cancellation</source>
        <translation>Reden van annulering</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/labels.py" line="46"/>
        <source>Visits</source>
        <translation>Bezoeken</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/labels.py" line="47"/>
        <source>Visits done</source>
        <translation>Bezoeken gedaan</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/labels.py" line="48"/>
        <source>Visits planned</source>
        <translation>Bezoeken gepland</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/labels.py" line="49"/>
        <source>Last name</source>
        <translation>Achternaam</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/labels.py" line="50"/>
        <source>First name</source>
        <translation>Voornaam</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/labels.py" line="51"/>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/labels.py" line="52"/>
        <source>Birth date</source>
        <translation>Geboortedatum</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/labels.py" line="53"/>
        <source>Age</source>
        <translation>Leeftijd</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/labels.py" line="54"/>
        <source>Gender</source>
        <translation>Geslacht</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/labels.py" line="55"/>
        <source>Language</source>
        <translation>Taal</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/labels.py" line="56"/>
        <source>National register number</source>
        <translation>Rijksregisternummer</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/labels.py" line="57"/>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/labels.py" line="58"/>
        <location filename="../../consultant_app/ui/labels.py" line="217"/>
        <source>Phone</source>
        <translation>Telefoon</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/labels.py" line="59"/>
        <source>Address</source>
        <translation>Adres</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/labels.py" line="60"/>
        <source>Street</source>
        <translation>Straat</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/labels.py" line="61"/>
        <source>Number</source>
        <translation>Nummer</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/labels.py" line="62"/>
        <source>Box</source>
        <translation>Bus</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/labels.py" line="63"/>
        <source>Postcode</source>
        <translation>Postcode</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/labels.py" line="64"/>
        <source>Municipality</source>
        <translation>Gemeente</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/labels.py" line="65"/>
        <source>Job-seeker agency</source>
        <translation>Arbeidsbemiddelingsdienst</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/labels.py" line="66"/>
        <source>Job-seeker number</source>
        <translation>Inschrijvingsnummer werkzoekende</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/labels.py" line="67"/>
        <source>Job seeker since</source>
        <translation>Werkzoekend sinds</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/labels.py" line="68"/>
        <source>Last diploma</source>
        <translation>Laatste diploma</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/labels.py" line="69"/>
        <source>School</source>
        <translation>School</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/labels.py" line="70"/>
        <source>Interests</source>
        <translation>Interesses</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/labels.py" line="71"/>
        <source>Registered on</source>
        <translation>Ingeschreven op</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/labels.py" line="72"/>
        <source>Consent given on</source>
        <translation>Toestemming gegeven op</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/labels.py" line="73"/>
        <source>Internships</source>
        <translation>Stages</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/labels.py" line="74"/>
        <source>Interns</source>
        <translation>Stagiairs</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/labels.py" line="75"/>
        <source>Hosts</source>
        <translation>Stagegevers</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/labels.py" line="76"/>
        <source>Enterprise number</source>
        <translation>Ondernemingsnummer</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/labels.py" line="82"/>
        <source>Signs for the fund</source>
        <translation>Tekent voor het fonds</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/labels.py" line="83"/>
        <source>Title of the signatory</source>
        <translation>Functie van de ondertekenaar</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/labels.py" line="84"/>
        <source>Logo</source>
        <translation>Logo</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/labels.py" line="85"/>
        <source>Print the intern&apos;s national number</source>
        <translation>Rijksregisternummer van de stagiair afdrukken</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/labels.py" line="88"/>
        <source>Legal form</source>
        <translation>Rechtsvorm</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/labels.py" line="89"/>
        <source>Joint committee</source>
        <translation>Paritair comité</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/labels.py" line="90"/>
        <source>Language role</source>
        <translation>Taalrol</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/labels.py" line="91"/>
        <source>Website</source>
        <translation>Website</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/labels.py" line="92"/>
        <source>Employees (FTE)</source>
        <translation>Werknemers (VTE)</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/labels.py" line="93"/>
        <source>Contact</source>
        <translation>Contactpersoon</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/labels.py" line="94"/>
        <source>Contact email</source>
        <translation>E-mail contactpersoon</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/labels.py" line="95"/>
        <source>Contact phone</source>
        <translation>Telefoon contactpersoon</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/labels.py" line="96"/>
        <source>Represented by</source>
        <translation>Vertegenwoordigd door</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/labels.py" line="97"/>
        <source>Mentors</source>
        <translation>Stagementoren</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/labels.py" line="98"/>
        <source>Job title</source>
        <translation>Functie</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/labels.py" line="99"/>
        <source>Years of experience</source>
        <translation>Jaren ervaring</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/labels.py" line="100"/>
        <source>Mentor training</source>
        <translation>Mentoropleiding</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/labels.py" line="101"/>
        <source>Planned on</source>
        <translation>Gepland op</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/labels.py" line="102"/>
        <source>Done on</source>
        <translation>Gedaan op</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/labels.py" line="103"/>
        <source>Kind</source>
        <translation>Soort</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/labels.py" line="104"/>
        <source>Mode</source>
        <translation>Wijze</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/labels.py" line="105"/>
        <source>State</source>
        <translation>Stand</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/labels.py" line="106"/>
        <source>Year</source>
        <translation>Jaar</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/labels.py" line="108"/>
        <source>Internship status</source>
        <translation>Status van de stage</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/labels.py" line="109"/>
        <source>Attendees</source>
        <translation>Aanwezigen</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/labels.py" line="110"/>
        <source>Notes</source>
        <translation>Notities</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/labels.py" line="111"/>
        <source>Action points</source>
        <translation>Actiepunten</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/labels.py" line="112"/>
        <source>Signed on</source>
        <translation>Ondertekend op</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/labels.py" line="113"/>
        <source>Conventions</source>
        <translation>Overeenkomsten</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/labels.py" line="114"/>
        <source>Functions wished</source>
        <translation>Gewenste functies</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/labels.py" line="107"/>
        <location filename="../../consultant_app/ui/labels.py" line="115"/>
        <source>Evaluations</source>
        <translation>Evaluaties</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/labels.py" line="116"/>
        <source>Eligibility</source>
        <translation>Toelaatbaarheid</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/labels.py" line="118"/>
        <source>Age limit (younger than)</source>
        <translation>Leeftijdsgrens (jonger dan)</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/labels.py" line="119"/>
        <source>Minimum weeks per internship</source>
        <translation>Minimum weken per stage</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/labels.py" line="122"/>
        <source>Maximum weeks per internship</source>
        <translation>Maximum weken per stage</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/labels.py" line="125"/>
        <source>Maximum weeks per intern</source>
        <translation>Maximum weken per stagiair</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/labels.py" line="128"/>
        <source>Maximum hours per week</source>
        <translation>Maximum uren per week</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/labels.py" line="129"/>
        <source>Host quota: weeks per block</source>
        <translation>Quotum stagegever: weken per schijf</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/labels.py" line="132"/>
        <source>Host quota: employees (FTE) per block</source>
        <translation>Quotum stagegever: werknemers (VTE) per schijf</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/labels.py" line="135"/>
        <source>Retention (years)</source>
        <translation>Bewaartermijn (jaren)</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/labels.py" line="136"/>
        <source>Other joint committee</source>
        <translation>Ander paritair comité</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/labels.py" line="137"/>
        <source>Training budget (EUR)</source>
        <translation>Opleidingsbudget (EUR)</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/labels.py" line="138"/>
        <source>Coaching of new staff</source>
        <translation>Begeleiding van nieuwe medewerkers</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/labels.py" line="139"/>
        <source>Mentors trained</source>
        <translation>Opgeleide mentoren</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/labels.py" line="140"/>
        <source>Talent policy</source>
        <translation>Talentbeleid</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/labels.py" line="141"/>
        <source>Comments</source>
        <translation>Opmerkingen</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/labels.py" line="142"/>
        <source>Received on</source>
        <translation>Ontvangen op</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/labels.py" line="143"/>
        <source>Days</source>
        <translation>Dagen</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/labels.py" line="144"/>
        <source>FTE</source>
        <translation>VTE</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/labels.py" line="146"/>
        <source>Name of the post</source>
        <translation>Naam van de werkpost</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/labels.py" line="147"/>
        <source>Description of the post</source>
        <translation>Beschrijving van de werkpost</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/labels.py" line="149"/>
        <source>Work equipment</source>
        <translation>Arbeidsmiddelen</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/labels.py" line="150"/>
        <source>Qualifications required</source>
        <translation>Vereiste kwalificaties</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/labels.py" line="151"/>
        <source>Prior instructions</source>
        <translation>Voorafgaande instructies</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/labels.py" line="152"/>
        <source>Personal protective equipment</source>
        <translation>Persoonlijke beschermingsmiddelen</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/labels.py" line="155"/>
        <source>Health surveillance</source>
        <translation>Gezondheidstoezicht</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/labels.py" line="156"/>
        <source>Detail of the health surveillance</source>
        <translation>Details van het gezondheidstoezicht</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/labels.py" line="159"/>
        <source>Work forbidden to young workers</source>
        <translation>Verboden werk voor jongeren</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/labels.py" line="160"/>
        <source>Justification of the forbidden work</source>
        <translation>Verantwoording van het verboden werk</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/labels.py" line="163"/>
        <source>Prevention advisor</source>
        <translation>Preventieadviseur</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/labels.py" line="164"/>
        <source>First aid person</source>
        <translation>EHBO-verantwoordelijke</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/labels.py" line="165"/>
        <source>Drawn up on</source>
        <translation>Opgesteld op</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/labels.py" line="166"/>
        <source>Drawn up by</source>
        <translation>Opgesteld door</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/labels.py" line="167"/>
        <source>Risks</source>
        <translation>Risico&apos;s</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/labels.py" line="169"/>
        <source>Text</source>
        <translation>Tekst</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/labels.py" line="170"/>
        <source>Phase</source>
        <translation>Fase</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/labels.py" line="171"/>
        <source>Objective</source>
        <translation>Leerdoel</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/labels.py" line="172"/>
        <source>Target level</source>
        <translation>Doelniveau</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/labels.py" line="173"/>
        <source>Overall appreciation</source>
        <translation>Algemene beoordeling</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/labels.py" line="174"/>
        <source>Recommendation</source>
        <translation>Aanbeveling</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/labels.py" line="175"/>
        <source>General comments</source>
        <translation>Algemene opmerkingen</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/labels.py" line="176"/>
        <source>Onboarding</source>
        <translation>Onthaal en inwerking</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/labels.py" line="177"/>
        <source>Guidance by the mentor</source>
        <translation>Begeleiding door de stagementor</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/labels.py" line="178"/>
        <source>Variety of tasks</source>
        <translation>Afwisseling van de taken</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/labels.py" line="179"/>
        <source>Atmosphere</source>
        <translation>Sfeer</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/labels.py" line="180"/>
        <source>Safety</source>
        <translation>Veiligheid</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/labels.py" line="181"/>
        <source>Learning</source>
        <translation>Leerwinst</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/labels.py" line="182"/>
        <source>Would recommend this workplace</source>
        <translation>Zou deze stageplaats aanraden</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/labels.py" line="183"/>
        <source>Completed on</source>
        <translation>Ingevuld op</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/labels.py" line="189"/>
        <source>missing</source>
        <translation>ontbrekend</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/labels.py" line="191"/>
        <source>Draft</source>
        <translation>Ontwerp</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/labels.py" line="192"/>
        <source>Awaiting signatures</source>
        <translation>Wacht op handtekeningen</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/labels.py" line="193"/>
        <source>Signed</source>
        <translation>Ondertekend</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/labels.py" line="194"/>
        <source>Running</source>
        <translation>Lopend</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/labels.py" line="195"/>
        <source>Completed</source>
        <translation>Afgerond</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/labels.py" line="196"/>
        <source>Terminated early</source>
        <translation>Voortijdig beëindigd</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/labels.py" line="197"/>
        <source>Cancelled</source>
        <translation>Geannuleerd</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/labels.py" line="199"/>
        <source>Female</source>
        <translation>Vrouw</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/labels.py" line="200"/>
        <source>Male</source>
        <translation>Man</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/labels.py" line="201"/>
        <source>X (other)</source>
        <translation>X (andere)</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/labels.py" line="203"/>
        <source>Dutch</source>
        <translation>Nederlands</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/labels.py" line="204"/>
        <source>French</source>
        <translation>Frans</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/labels.py" line="205"/>
        <source>German</source>
        <translation>Duits</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/labels.py" line="206"/>
        <source>English</source>
        <translation>Engels</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/labels.py" line="207"/>
        <source>Bilingual</source>
        <translation>Tweetalig</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/labels.py" line="209"/>
        <source>CP 227</source>
        <translation>PC 227</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/labels.py" line="210"/>
        <source>SCP 303.01</source>
        <translation>PSC 303.01</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/labels.py" line="211"/>
        <source>Other</source>
        <translation>Ander</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/labels.py" line="213"/>
        <source>Kick-off meeting</source>
        <translation>Startoverleg</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/labels.py" line="214"/>
        <source>Mid-term visit</source>
        <translation>Tussentijds bezoek</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/labels.py" line="215"/>
        <source>Final interview</source>
        <translation>Eindgesprek</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/labels.py" line="216"/>
        <source>On site</source>
        <translation>Ter plaatse</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/labels.py" line="218"/>
        <source>Video</source>
        <translation>Video</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/labels.py" line="219"/>
        <source>Upcoming</source>
        <translation>Gepland</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/labels.py" line="220"/>
        <source>Overdue</source>
        <translation>Achterstallig</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/labels.py" line="221"/>
        <source>Done</source>
        <translation>Gedaan</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/labels.py" line="223"/>
        <source>Eligible</source>
        <translation>Komt in aanmerking</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/labels.py" line="224"/>
        <source>Not eligible</source>
        <translation>Komt niet in aanmerking</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/labels.py" line="229"/>
        <source>Requested</source>
        <translation>Aangevraagd</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/labels.py" line="230"/>
        <source>Received</source>
        <translation>Ontvangen</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/labels.py" line="231"/>
        <source>Approved</source>
        <translation>Goedgekeurd</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/labels.py" line="226"/>
        <location filename="../../consultant_app/ui/labels.py" line="260"/>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/labels.py" line="227"/>
        <location filename="../../consultant_app/ui/labels.py" line="262"/>
        <source>No</source>
        <translation>Nee</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/labels.py" line="233"/>
        <source>With reservations</source>
        <translation>Met voorbehoud</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/labels.py" line="234"/>
        <source>Conflict</source>
        <translation>Conflict</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/labels.py" line="235"/>
        <source>Mediation</source>
        <translation>Bemiddeling</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/labels.py" line="236"/>
        <source>Note</source>
        <translation>Notitie</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/labels.py" line="267"/>
        <source>All</source>
        <translation>Alle</translation>
    </message>
    <message>
        <source>To do this month</source>
        <translation>Te doen deze maand</translation>
    </message>
    <message>
        <source>All</source>
        <comment>status</comment>
        <translation>Alle</translation>
    </message>
    <message>
        <source>All</source>
        <comment>year</comment>
        <translation>Alle</translation>
    </message>
    <message>
        <source>All</source>
        <comment>evaluation</comment>
        <translation>Alle</translation>
    </message>
    <message>
        <source>All</source>
        <comment>language</comment>
        <translation>Alle</translation>
    </message>
    <message>
        <source>All</source>
        <comment>gender</comment>
        <translation>Alle</translation>
    </message>
    <message>
        <source>All</source>
        <comment>eligibility</comment>
        <translation>Alle</translation>
    </message>
    <message>
        <source>All</source>
        <comment>joint_committee</comment>
        <translation>Alle</translation>
    </message>
    <message>
        <source>All</source>
        <comment>language_role</comment>
        <translation>Alle</translation>
    </message>
    <message>
        <source>All</source>
        <comment>mentor_training</comment>
        <translation>Alle</translation>
    </message>
    <message>
        <source>All</source>
        <comment>state</comment>
        <translation>Alle</translation>
    </message>
    <message>
        <source>All</source>
        <comment>internship_status</comment>
        <translation>Alle</translation>
    </message>
    <message>
        <source>All</source>
        <comment>kind</comment>
        <translation>Alle</translation>
    </message>
    <message>
        <source>All</source>
        <comment>mode</comment>
        <translation>Alle</translation>
    </message>
</context>
<context>
    <name>LearningCurve</name>
    <message>
        <location filename="../../consultant_app/ui/views/roadmap/scan_tab.py" line="74"/>
        <source>{text}: {start} → {end}, mentor {mentor}</source>
        <extracomment>Colours of the learning curve; told apart by their shape too (printed in grey).</extracomment>
        <translation>{text}: {start} → {end}, stagementor {mentor}</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/views/roadmap/scan_tab.py" line="107"/>
        <source>Start (scan)</source>
        <translation>Begin (scan)</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/views/roadmap/scan_tab.py" line="108"/>
        <source>End (scan)</source>
        <translation>Einde (scan)</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/views/roadmap/scan_tab.py" line="112"/>
        <source>Mentor (final evaluation)</source>
        <translation>Stagementor (eindevaluatie)</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/views/roadmap/scan_tab.py" line="138"/>
        <source>No competences yet.</source>
        <translation>Nog geen competenties.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../consultant_app/ui/main_window.py" line="175"/>
        <source>Media internships — consultant</source>
        <extracomment>The user confirmed restoring this backup file over the open database (Settings → Data safety). The application closes the database, restores the file with :func:`consultant_app.store.backups.restore_database` and opens it again.</extracomment>
        <translation>Mediastages — consulent</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/main_window.py" line="177"/>
        <source>Dashboard</source>
        <translation>Overzicht</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/main_window.py" line="178"/>
        <source>Internships</source>
        <translation>Stages</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/main_window.py" line="179"/>
        <source>Interns</source>
        <translation>Stagiairs</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/main_window.py" line="180"/>
        <source>Hosts</source>
        <translation>Stagegevers</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/main_window.py" line="181"/>
        <source>Mentors</source>
        <translation>Stagementoren</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/main_window.py" line="182"/>
        <source>Visits</source>
        <translation>Bezoeken</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/main_window.py" line="183"/>
        <source>Reports</source>
        <translation>Rapporten</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/main_window.py" line="184"/>
        <source>Settings</source>
        <translation>Instellingen</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/main_window.py" line="189"/>
        <source>&amp;File</source>
        <translation>&amp;Bestand</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/main_window.py" line="190"/>
        <source>&amp;Quit</source>
        <translation>&amp;Afsluiten</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/main_window.py" line="191"/>
        <source>&amp;View</source>
        <translation>Beel&amp;d</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/main_window.py" line="192"/>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/main_window.py" line="193"/>
        <source>&amp;About</source>
        <translation>&amp;Over</translation>
    </message>
    <message>
        <source>read-only (damaged database)</source>
        <translation>alleen-lezen (beschadigde databank)</translation>
    </message>
    <message>
        <source>&amp;Help on this view</source>
        <translation>&amp;Hulp bij dit scherm</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Sneltoetsen</translation>
    </message>
    <message>
        <source>What needs you today</source>
        <translation>Wat vandaag uw aandacht vraagt</translation>
    </message>
    <message>
        <source>Every internship: its convention, roadmap, rules and signatures</source>
        <translation>Alle stages: overeenkomst, stageroadmap, regels en handtekeningen</translation>
    </message>
    <message>
        <source>The candidates and their eligibility</source>
        <translation>De kandidaten en of ze in aanmerking komen</translation>
    </message>
    <message>
        <source>The host companies, their quota, mentors and training plans</source>
        <translation>De stagegevers, hun quotum, stagementoren en opleidingsbeleidsplannen</translation>
    </message>
    <message>
        <source>Every mentor of every host (added in Hosts)</source>
        <translation>Alle stagementoren van alle stagegevers (toe te voegen in Stagegevers)</translation>
    </message>
    <message>
        <source>The planned and done visits of all internships</source>
        <translation>De geplande en afgelegde bezoeken van alle stages</translation>
    </message>
    <message>
        <source>The figures of a year or a period; import and export</source>
        <translation>De cijfers van een jaar of een periode; import en export</translation>
    </message>
    <message>
        <source>Language, programme rules, catalogue and data safety</source>
        <translation>Taal, programmaregels, catalogus en gegevensveiligheid</translation>
    </message>
</context>
<context>
    <name>MentorsTab</name>
    <message>
        <location filename="../../consultant_app/ui/views/hosts/mentors.py" line="34"/>
        <source>Mentor</source>
        <translation>Stagementor</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/views/hosts/mentors.py" line="96"/>
        <source>New mentor</source>
        <translation>Nieuwe stagementor</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/views/hosts/mentors.py" line="116"/>
        <source>New &amp;mentor</source>
        <translation>Nieuwe &amp;mentor</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/views/hosts/mentors.py" line="117"/>
        <source>Mentor &amp;history…</source>
        <translation>Geschiedenis van de &amp;stagementor…</translation>
    </message>
    <message>
        <source>Add a mentor of this host</source>
        <translation>Een stagementor van deze stagegever toevoegen</translation>
    </message>
    <message>
        <source>Who changed what in this mentor, and when</source>
        <translation>Wie wat wijzigde aan deze stagementor, en wanneer</translation>
    </message>
</context>
<context>
    <name>PartiesPage</name>
    <message>
        <location filename="../../consultant_app/ui/dialogs/internship_wizard/parties.py" line="85"/>
        <source>— none yet —</source>
        <translation>— nog geen —</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/dialogs/internship_wizard/parties.py" line="120"/>
        <source>Eligible on {date}.</source>
        <translation>Komt in aanmerking op {date}.</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/dialogs/internship_wizard/parties.py" line="128"/>
        <source>Not eligible on {date}: {reasons}</source>
        <translation>Komt niet in aanmerking op {date}: {reasons}</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/dialogs/internship_wizard/parties.py" line="152"/>
        <source>Parties</source>
        <translation>Partijen</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/dialogs/internship_wizard/parties.py" line="155"/>
        <source>Who signs the convention: the intern and the host with its mentor; and the consultant who follows the internship.</source>
        <translation>Wie de overeenkomst ondertekent: de stagiair en de stagegever met zijn stagementor; en de consulent die de stage opvolgt.</translation>
    </message>
    <message>
        <source>New intern…</source>
        <translation>Nieuwe stagiair…</translation>
    </message>
    <message>
        <source>Add an intern who is not in the list yet, and choose them</source>
        <translation>Een stagiair toevoegen die nog niet in de lijst staat, en kiezen</translation>
    </message>
    <message>
        <source>New host…</source>
        <translation>Nieuwe stagegever…</translation>
    </message>
    <message>
        <source>Add a host that is not in the list yet, and choose it</source>
        <translation>Een stagegever toevoegen die nog niet in de lijst staat, en kiezen</translation>
    </message>
</context>
<context>
    <name>PdfPreviewDialog</name>
    <message>
        <location filename="../../consultant_app/ui/dialogs/pdf_preview.py" line="72"/>
        <source>&amp;Print…</source>
        <translation>&amp;Afdrukken…</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/dialogs/pdf_preview.py" line="74"/>
        <source>&amp;Save as PDF…</source>
        <translation>&amp;Opslaan als PDF…</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/dialogs/pdf_preview.py" line="76"/>
        <source>Close</source>
        <translation>Sluiten</translation>
    </message>
    <message numerus="yes">
        <location filename="../../consultant_app/ui/dialogs/pdf_preview.py" line="89"/>
        <source>%n page(s)</source>
        <translation>
            <numerusform>%Ln pagina</numerusform>
            <numerusform>%Ln pagina&apos;s</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/dialogs/pdf_preview.py" line="112"/>
        <source>Save as PDF</source>
        <translation>Opslaan als PDF</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/dialogs/pdf_preview.py" line="112"/>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF-documenten (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/dialogs/pdf_preview.py" line="125"/>
        <source>The PDF could not be saved to {path}: {reason}</source>
        <translation>De PDF kon niet worden opgeslagen in {path}: {reason}</translation>
    </message>
</context>
<context>
    <name>PlanItemDialog</name>
    <message>
        <location filename="../../consultant_app/ui/views/roadmap/plan_tab.py" line="76"/>
        <source>&amp;Competence</source>
        <translation>&amp;Competentie</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/views/roadmap/plan_tab.py" line="76"/>
        <source>&amp;Task</source>
        <translation>&amp;Taak</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/views/roadmap/plan_tab.py" line="77"/>
        <source>&amp;Phase</source>
        <translation>&amp;Fase</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/views/roadmap/plan_tab.py" line="89"/>
        <source>&amp;Objective</source>
        <translation>&amp;Leerdoel</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/views/roadmap/plan_tab.py" line="90"/>
        <source>Target &amp;level</source>
        <translation>&amp;Doelniveau</translation>
    </message>
</context>
<context>
    <name>PlanList</name>
    <message>
        <location filename="../../consultant_app/ui/views/roadmap/plan_tab.py" line="201"/>
        <source>(nothing in this phase)</source>
        <translation>(niets in deze fase)</translation>
    </message>
</context>
<context>
    <name>PlanPage</name>
    <message>
        <location filename="../../consultant_app/ui/dialogs/internship_wizard/plan.py" line="45"/>
        <source>Hours a day</source>
        <translation>Uren per dag</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/dialogs/internship_wizard/plan.py" line="57"/>
        <source>— choose a function —</source>
        <translation>— kies een functie —</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/dialogs/internship_wizard/plan.py" line="71"/>
        <source>{days} working days = {weeks} weeks</source>
        <translation>{days} werkdagen = {weeks} weken</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/dialogs/internship_wizard/plan.py" line="77"/>
        <source>(the programme allows {low} to {high} weeks)</source>
        <translation>(het programma staat {low} tot {high} weken toe)</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/dialogs/internship_wizard/plan.py" line="93"/>
        <source>Period</source>
        <translation>Periode</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/dialogs/internship_wizard/plan.py" line="98"/>
        <source>Function and dates</source>
        <translation>Functie en data</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/dialogs/internship_wizard/plan.py" line="99"/>
        <source>What the intern will do, when, and the hours of a usual week.</source>
        <translation>Wat de stagiair zal doen, wanneer, en de uren van een gewone week.</translation>
    </message>
    <message>
        <source>{days} = {weeks}</source>
        <translation>{days} = {weeks}</translation>
    </message>
</context>
<context>
    <name>PlanTab</name>
    <message>
        <location filename="../../consultant_app/ui/views/roadmap/plan_tab.py" line="227"/>
        <source>Add…</source>
        <translation>Toevoegen…</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/views/roadmap/plan_tab.py" line="228"/>
        <source>Edit…</source>
        <translation>Wijzigen…</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/views/roadmap/plan_tab.py" line="229"/>
        <location filename="../../consultant_app/ui/views/roadmap/plan_tab.py" line="455"/>
        <source>Remove</source>
        <translation>Verwijderen</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/views/roadmap/plan_tab.py" line="230"/>
        <source>Up</source>
        <translation>Omhoog</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/views/roadmap/plan_tab.py" line="231"/>
        <source>Down</source>
        <translation>Omlaag</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/views/roadmap/plan_tab.py" line="335"/>
        <source>Add a task</source>
        <translation>Een taak toevoegen</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/views/roadmap/plan_tab.py" line="354"/>
        <source>Edit a task</source>
        <translation>Een taak wijzigen</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/views/roadmap/plan_tab.py" line="388"/>
        <source>Add a competence</source>
        <translation>Een competentie toevoegen</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/views/roadmap/plan_tab.py" line="414"/>
        <source>Edit a competence</source>
        <translation>Een competentie wijzigen</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/views/roadmap/plan_tab.py" line="455"/>
        <source>Remove “{text}” from the roadmap?</source>
        <translation>“{text}” uit de stageroadmap verwijderen?</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/views/roadmap/plan_tab.py" line="462"/>
        <source>Ins adds, F2 or Enter edits, Del removes, Ctrl+Up/Down moves the selected line.</source>
        <translation>Ins voegt toe, F2 of Enter wijzigt, Del verwijdert, Ctrl+pijl omhoog/omlaag verplaatst de geselecteerde regel.</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/views/roadmap/plan_tab.py" line="465"/>
        <source>Tasks</source>
        <translation>Taken</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/views/roadmap/plan_tab.py" line="465"/>
        <source>Task</source>
        <translation>Taak</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/views/roadmap/plan_tab.py" line="467"/>
        <source>Competences</source>
        <translation>Competenties</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/views/roadmap/plan_tab.py" line="468"/>
        <source>Competence</source>
        <translation>Competentie</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/views/roadmap/plan_tab.py" line="468"/>
        <source>Objective</source>
        <translation>Leerdoel</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/views/roadmap/plan_tab.py" line="468"/>
        <source>Target level</source>
        <translation>Doelniveau</translation>
    </message>
</context>
<context>
    <name>Problems</name>
    <message>
        <location filename="../../consultant_app/ui/forms/messages.py" line="125"/>
        <source>The internship already has this status.</source>
        <translation>De stage heeft deze status al.</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/forms/messages.py" line="128"/>
        <source>A completed, terminated or cancelled internship no longer changes status.</source>
        <translation>Een afgeronde, voortijdig beëindigde of geannuleerde stage verandert niet meer van status.</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/forms/messages.py" line="132"/>
        <source>This status cannot go back to an earlier one.</source>
        <translation>Vanuit deze status kan de stage niet terug naar een eerdere status.</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/forms/messages.py" line="135"/>
        <source>This change of status is not allowed.</source>
        <translation>Deze statuswijziging is niet toegestaan.</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/forms/messages.py" line="138"/>
        <source>Write the reason.</source>
        <translation>Vermeld de reden.</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/forms/messages.py" line="139"/>
        <source>Give the last day of the internship.</source>
        <translation>Geef de laatste dag van de stage op.</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/forms/messages.py" line="142"/>
        <source>The last day lies before the start date.</source>
        <translation>De laatste dag ligt vóór de begindatum.</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/forms/messages.py" line="145"/>
        <source>The last day lies after the planned end date.</source>
        <translation>De laatste dag ligt na de geplande einddatum.</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/forms/messages.py" line="148"/>
        <source>The dates of the internship are not in order.</source>
        <translation>De data van de stage staan niet in de juiste volgorde.</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/forms/messages.py" line="151"/>
        <source>The internship cannot run before its start date.</source>
        <translation>De stage kan niet lopen vóór de begindatum.</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/forms/messages.py" line="154"/>
        <source>The end lies before the start date.</source>
        <translation>Het einde ligt vóór de begindatum.</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/forms/messages.py" line="157"/>
        <source>The convention needs the signatures of the fund, the host and the intern first.</source>
        <translation>De overeenkomst moet eerst ondertekend zijn door het fonds, de stagegever en de stagiair.</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/forms/messages.py" line="161"/>
        <source>Signatures are recorded while the convention awaits them (or for an amendment).</source>
        <translation>Handtekeningen worden geregistreerd terwijl de overeenkomst op handtekeningen wacht (of voor een addendum).</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/forms/messages.py" line="165"/>
        <source>The signer&apos;s name is required.</source>
        <translation>De naam van de ondertekenaar is verplicht.</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/forms/messages.py" line="166"/>
        <source>The signature date lies in the future.</source>
        <translation>De datum van de handtekening ligt in de toekomst.</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/forms/messages.py" line="169"/>
        <source>The file is too large (at most 20 MB).</source>
        <translation>Het bestand is te groot (hoogstens 20 MB).</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/forms/messages.py" line="172"/>
        <source>The file cannot be read.</source>
        <translation>Het bestand kan niet worden gelezen.</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/forms/messages.py" line="173"/>
        <source>Attach a PDF, PNG or JPEG file.</source>
        <translation>Voeg een PDF-, PNG- of JPEG-bestand toe.</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/forms/messages.py" line="174"/>
        <source>The interruption ends before it starts.</source>
        <translation>De onderbreking eindigt voor ze begint.</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/forms/messages.py" line="177"/>
        <source>A cancelled internship has no interruptions.</source>
        <translation>Een geannuleerde stage heeft geen onderbrekingen.</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/forms/messages.py" line="180"/>
        <source>The interruption lies outside the internship.</source>
        <translation>De onderbreking valt buiten de stage.</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/forms/messages.py" line="183"/>
        <source>The interruption overlaps another one.</source>
        <translation>De onderbreking overlapt met een andere onderbreking.</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/forms/messages.py" line="186"/>
        <source>Explain the override in at least 10 characters.</source>
        <translation>Licht de afwijking toe in minstens 10 tekens.</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/forms/messages.py" line="189"/>
        <source>This rule is met: there is nothing to override.</source>
        <translation>Aan deze regel is voldaan: er is geen afwijking nodig.</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/forms/messages.py" line="192"/>
        <source>The internship is closed: its rules no longer change.</source>
        <translation>De stage is afgesloten: de regels ervan veranderen niet meer.</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/forms/messages.py" line="195"/>
        <source>Unknown programme rule.</source>
        <translation>Onbekende programmaregel.</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/forms/messages.py" line="196"/>
        <source>The convention is signed: change it with an amendment.</source>
        <translation>De overeenkomst is ondertekend: wijzig ze met een addendum.</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/forms/messages.py" line="199"/>
        <source>The amendment changes nothing.</source>
        <translation>Het addendum wijzigt niets.</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/forms/messages.py" line="202"/>
        <source>Some programme rules are not met; override them with a written reason or correct the internship.</source>
        <translation>Aan sommige programmaregels is niet voldaan; sta met een schriftelijke reden een afwijking toe of verbeter de stage.</translation>
    </message>
</context>
<context>
    <name>QuotaBox</name>
    <message>
        <location filename="../../consultant_app/ui/views/hosts/quota.py" line="46"/>
        <source>{available} weeks available, {used} used, {left} left</source>
        <translation>{available} weken beschikbaar, {used} gebruikt, {left} over</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/views/hosts/quota.py" line="52"/>
        <source>quota exceeded</source>
        <translation>quotum overschreden</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/views/hosts/quota.py" line="57"/>
        <source>Internship weeks quota</source>
        <translation>Quotum stageweken</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/views/hosts/quota.py" line="58"/>
        <source>&amp;Year</source>
        <translation>&amp;Jaar</translation>
    </message>
    <message>
        <source>{available} available, {used} used, {left} left</source>
        <translation>{available} beschikbaar, {used} gebruikt, {left} over</translation>
    </message>
</context>
<context>
    <name>ReasonDialog</name>
    <message>
        <location filename="../../consultant_app/ui/dialogs/internship_actions.py" line="86"/>
        <source>&amp;Reason</source>
        <translation>&amp;Reden</translation>
    </message>
</context>
<context>
    <name>RecordForm</name>
    <message>
        <location filename="../../consultant_app/ui/views/interns.py" line="42"/>
        <location filename="../../consultant_app/ui/views/hosts.py" line="121"/>
        <location filename="../../consultant_app/ui/views/roadmap/scan_tab.py" line="406"/>
        <location filename="../../consultant_app/ui/views/roadmap/risk_tab.py" line="75"/>
        <location filename="../../consultant_app/ui/views/roadmap/workplace_tab.py" line="237"/>
        <location filename="../../consultant_app/ui/views/roadmap/visits_tab.py" line="49"/>
        <location filename="../../consultant_app/ui/views/internship_panel.py" line="100"/>
        <source>dd/mm/yyyy</source>
        <extracomment>Fields the sheet needs before the convention can be signed (marked with *).</extracomment>
        <translation>dd/mm/jjjj</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/forms/record_form.py" line="313"/>
        <source>Correct the fields marked in red to save.</source>
        <extracomment>A field changed: the user&apos;s edit, an undo or a redo (not :meth:`load`). A record (or an empty new one) was loaded; unsaved changes, if any, are gone. The unsaved changes were discarded (Revert, or Discard when leaving).</extracomment>
        <translation>Verbeter de rood gemarkeerde velden om op te slaan.</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/forms/record_form.py" line="315"/>
        <source>Unsaved changes (Ctrl+S saves, Ctrl+Z undoes).</source>
        <translation>Niet-opgeslagen wijzigingen (Ctrl+S slaat op, Ctrl+Z maakt ongedaan).</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/forms/record_form.py" line="340"/>
        <source>Saved.</source>
        <translation>Opgeslagen.</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/forms/record_form.py" line="350"/>
        <source>Unsaved changes</source>
        <translation>Niet-opgeslagen wijzigingen</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/forms/record_form.py" line="351"/>
        <source>This record has unsaved changes. Save them before leaving?</source>
        <translation>Deze fiche heeft niet-opgeslagen wijzigingen. Eerst opslaan?</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/forms/record_form.py" line="374"/>
        <source>Browse…</source>
        <translation>Bladeren…</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/forms/record_form.py" line="376"/>
        <source>&amp;Save</source>
        <translation>&amp;Opslaan</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/forms/record_form.py" line="377"/>
        <source>Re&amp;vert</source>
        <translation>&amp;Herstellen</translation>
    </message>
    <message>
        <source>Save the changes (Ctrl+S)</source>
        <translation>De wijzigingen opslaan (Ctrl+S)</translation>
    </message>
    <message>
        <source>Forget every unsaved change of this record</source>
        <translation>Alle niet-opgeslagen wijzigingen van deze fiche vergeten</translation>
    </message>
    <message>
        <source>Choose the file</source>
        <translation>Het bestand kiezen</translation>
    </message>
</context>
<context>
    <name>RecordListView</name>
    <message>
        <location filename="../../consultant_app/ui/views/record_list.py" line="381"/>
        <source>Search (Ctrl+F)…</source>
        <extracomment>True while the detail pane holds a new, not yet saved record. Whether the list has been painted once (the first row is selected only then).</extracomment>
        <translation>Zoeken (Ctrl+F)…</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/views/record_list.py" line="1"/>
        <source>Show anonymised</source>
        <translation>Geanonimiseerde tonen</translation>
    </message>
</context>
<context>
    <name>RecordPicker</name>
    <message>
        <location filename="../../consultant_app/ui/widgets/record_picker.py" line="197"/>
        <source>Nothing chosen yet.</source>
        <extracomment>The values of one row by column key. The record the user picked: its id and its label.</extracomment>
        <translation>Nog niets gekozen.</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/widgets/record_picker.py" line="200"/>
        <source>Chosen: {label}</source>
        <translation>Gekozen: {label}</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/widgets/record_picker.py" line="244"/>
        <source>No record matches “{text}”.</source>
        <translation>Geen enkele fiche komt overeen met “{text}”.</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/widgets/record_picker.py" line="246"/>
        <source>The first {limit} records are shown: type more to narrow the search.</source>
        <translation>De eerste {limit} fiches worden getoond: typ verder om de zoekopdracht te verfijnen.</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/widgets/record_picker.py" line="324"/>
        <source>Type to search; Down to choose from the list</source>
        <translation>Typ om te zoeken; pijl omlaag om uit de lijst te kiezen</translation>
    </message>
    <message>
        <source>The list is empty for now.</source>
        <translation>De lijst is voorlopig leeg.</translation>
    </message>
</context>
<context>
    <name>RecoveryKeyDialog</name>
    <message>
        <location filename="../../consultant_app/ui/dialogs/recovery_key.py" line="33"/>
        <source>Recovery key</source>
        <translation>Herstelsleutel</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/dialogs/recovery_key.py" line="39"/>
        <source>The database {name} is encrypted. Its key is kept in this computer&apos;s keyring ({keyring}), so you have nothing to type.

This recovery key opens the database on another computer, or here if the keyring is lost. It is shown only this once: print it or save it, and keep it away from this laptop.</source>
        <translation>De databank {name} is versleuteld. De sleutel ervan wordt bewaard in het sleutelbeheer van deze computer ({keyring}), dus u hoeft niets in te typen.

Met deze herstelsleutel opent u de databank op een andere computer, of hier als het sleutelbeheer verloren gaat. Hij wordt maar één keer getoond: druk hem af of sla hem op, en bewaar hem niet bij deze laptop.</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/dialogs/recovery_key.py" line="62"/>
        <source>&amp;Copy</source>
        <translation>&amp;Kopiëren</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/dialogs/recovery_key.py" line="63"/>
        <source>&amp;Save as text…</source>
        <translation>Opslaan als &amp;tekst…</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/dialogs/recovery_key.py" line="64"/>
        <source>&amp;Print…</source>
        <translation>&amp;Afdrukken…</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/dialogs/recovery_key.py" line="69"/>
        <source>I have &amp;kept the recovery key in a safe place</source>
        <translation>Ik heb de herstelsleutel op een veilige plaats &amp;bewaard</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/dialogs/recovery_key.py" line="71"/>
        <source>C&amp;lose</source>
        <translation>&amp;Sluiten</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/dialogs/recovery_key.py" line="94"/>
        <location filename="../../consultant_app/ui/dialogs/recovery_key.py" line="122"/>
        <source>Recovery key of the database {name}</source>
        <translation>Herstelsleutel van de databank {name}</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/dialogs/recovery_key.py" line="101"/>
        <source>Save the recovery key</source>
        <translation>De herstelsleutel opslaan</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/dialogs/recovery_key.py" line="103"/>
        <source>Text (*.txt)</source>
        <translation>Tekst (*.txt)</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/dialogs/recovery_key.py" line="113"/>
        <source>The recovery key could not be saved: {problem}</source>
        <translation>De herstelsleutel kon niet worden opgeslagen: {problem}</translation>
    </message>
</context>
<context>
    <name>ReportsView</name>
    <message>
        <location filename="../../consultant_app/ui/views/reports.py" line="184"/>
        <source>The end lies before the start.</source>
        <extracomment>Years shown side by side: the period&apos;s and those before it.</extracomment>
        <translation>Het einde ligt vóór het begin.</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/views/reports.py" line="214"/>
        <location filename="../../consultant_app/ui/views/reports.py" line="242"/>
        <location filename="../../consultant_app/ui/views/reports.py" line="306"/>
        <source>Total</source>
        <translation>Totaal</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/views/reports.py" line="234"/>
        <source>Weeks NL</source>
        <translation>Weken NL</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/views/reports.py" line="235"/>
        <source>Weeks FR</source>
        <translation>Weken FR</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/views/reports.py" line="242"/>
        <source>All internships</source>
        <translation>Alle stages</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/views/reports.py" line="253"/>
        <source>Cluster</source>
        <translation>Cluster</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/views/reports.py" line="260"/>
        <source>Group</source>
        <translation>Groep</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/views/reports.py" line="260"/>
        <source>% of days</source>
        <translation>% van de dagen</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/views/reports.py" line="304"/>
        <source>Registered in</source>
        <translation>Ingeschreven in</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/views/reports.py" line="318"/>
        <source>Candidates still eligible on {day}: {n}</source>
        <translation>Kandidaten nog in aanmerking op {day}: {n}</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/views/reports.py" line="341"/>
        <location filename="../../consultant_app/ui/views/reports.py" line="346"/>
        <source>Annual report</source>
        <translation>Jaarverslag</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/views/reports.py" line="359"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV-bestanden (*.csv)</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/views/reports.py" line="359"/>
        <source>JSON files (*.json)</source>
        <translation>JSON-bestanden (*.json)</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/views/reports.py" line="362"/>
        <location filename="../../consultant_app/ui/views/reports.py" line="376"/>
        <source>Export the figures</source>
        <translation>De cijfers exporteren</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/views/reports.py" line="377"/>
        <source>The file could not be written: {reason}</source>
        <translation>Het bestand kon niet worden geschreven: {reason}</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/views/reports.py" line="394"/>
        <source>Reports — figures</source>
        <translation>Rapporten — cijfers</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/views/reports.py" line="397"/>
        <source>Conventions are the internships starting in the period (cancelled ones excepted). Days are the working days (Monday to Friday, without interruptions) of signed internships inside the period; weeks = days / {0}; FTE = days / {1}.</source>
        <translation>Overeenkomsten zijn de stages die in de periode beginnen (geannuleerde niet meegerekend). Dagen zijn de werkdagen (maandag tot vrijdag, zonder onderbrekingen) van ondertekende stages binnen de periode; weken = dagen / {0}; VTE = dagen / {1}.</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/views/reports.py" line="403"/>
        <source>Calendar year</source>
        <translation>Kalenderjaar</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/views/reports.py" line="404"/>
        <source>Period</source>
        <translation>Periode</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/views/reports.py" line="407"/>
        <source>Annual &amp;report (PDF)…</source>
        <translation>&amp;Jaarverslag (PDF)…</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/views/reports.py" line="408"/>
        <source>Export C&amp;SV…</source>
        <translation>C&amp;SV exporteren…</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/views/reports.py" line="409"/>
        <source>Export &amp;JSON…</source>
        <translation>JSO&amp;N exporteren…</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/views/reports.py" line="410"/>
        <source>&amp;Import internships…</source>
        <translation>Stages &amp;importeren…</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/views/reports.py" line="412"/>
        <source>Years</source>
        <translation>Jaren</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/views/reports.py" line="412"/>
        <source>Breakdown</source>
        <translation>Uitsplitsing</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/views/reports.py" line="412"/>
        <source>Hosts</source>
        <translation>Stagegevers</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/views/reports.py" line="412"/>
        <source>Candidates</source>
        <translation>Kandidaten</translation>
    </message>
    <message>
        <source>Print the annual report of the year shown, as PDF</source>
        <translation>Het jaarverslag van het getoonde jaar afdrukken, als pdf</translation>
    </message>
    <message>
        <source>Save the figures shown in a CSV file (spreadsheets)</source>
        <translation>De getoonde cijfers opslaan in een CSV-bestand (rekenbladen)</translation>
    </message>
    <message>
        <source>Save the figures shown in a JSON file</source>
        <translation>De getoonde cijfers opslaan in een JSON-bestand</translation>
    </message>
    <message>
        <source>Read internships from a CSV file; you see what changes before anything does</source>
        <translation>Stages inlezen uit een CSV-bestand; u ziet wat er verandert voordat er iets verandert</translation>
    </message>
    <message>
        <source>Write both dates day first, as 6/9/2026.</source>
        <translation>Schrijf beide data met de dag eerst, zoals 6/9/2026.</translation>
    </message>
</context>
<context>
    <name>RetentionBox</name>
    <message>
        <location filename="../../consultant_app/ui/views/safety/retention_box.py" line="109"/>
        <source>Unsaved changes</source>
        <extracomment>The longest retention period offered, in years. The retention period was saved (the new number of years).</extracomment>
        <translation>Niet-opgeslagen wijzigingen</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/views/safety/retention_box.py" line="110"/>
        <source>The retention period was changed but not saved. Save it before leaving?</source>
        <translation>De bewaartermijn werd gewijzigd, maar niet opgeslagen. Opslaan voordat u verdergaat?</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/views/safety/retention_box.py" line="138"/>
        <source>Save the new period to preview or anonymise with it.</source>
        <translation>Sla de nieuwe termijn op om er een voorbeeld mee te bekijken of mee te anonimiseren.</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/views/safety/retention_box.py" line="146"/>
        <source>Retention</source>
        <translation>Bewaartermijn</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/views/safety/retention_box.py" line="154"/>
        <source>The period could not be saved.</source>
        <translation>De termijn kon niet worden opgeslagen.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../consultant_app/ui/views/safety/retention_box.py" line="160"/>
        <source>Saved: personal data is kept %n year(s).</source>
        <translation>
            <numerusform>Opgeslagen: persoonsgegevens worden %Ln jaar bewaard.</numerusform>
            <numerusform>Opgeslagen: persoonsgegevens worden %Ln jaar bewaard.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/views/safety/retention_box.py" line="182"/>
        <source>The records to anonymise could not be found.</source>
        <translation>De te anonimiseren fiches konden niet worden bepaald.</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/views/safety/retention_box.py" line="187"/>
        <source>{interns}, {mentors} and {hosts}</source>
        <translation>{interns}, {mentors} en {hosts}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../consultant_app/ui/views/safety/retention_box.py" line="188"/>
        <source>%n intern(s)</source>
        <translation>
            <numerusform>%Ln stagiair</numerusform>
            <numerusform>%Ln stagiairs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../consultant_app/ui/views/safety/retention_box.py" line="189"/>
        <source>%n mentor(s)</source>
        <translation>
            <numerusform>%Ln stagementor</numerusform>
            <numerusform>%Ln stagementoren</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../consultant_app/ui/views/safety/retention_box.py" line="190"/>
        <source>%n host contact(s)</source>
        <translation>
            <numerusform>%Ln contactpersoon van een stagegever</numerusform>
            <numerusform>%Ln contactpersonen van stagegevers</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/views/safety/retention_box.py" line="200"/>
        <source>Nothing to anonymise now (no retention period ended before {cutoff}).</source>
        <translation>Nu niets te anonimiseren (geen enkele bewaartermijn is verstreken vóór {cutoff}).</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/views/safety/retention_box.py" line="203"/>
        <source>Would be anonymised now: {counts} (retention ended before {cutoff}).</source>
        <translation>Zou nu worden geanonimiseerd: {counts} (bewaartermijn verstreken vóór {cutoff}).</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/views/safety/retention_box.py" line="208"/>
        <source>Preview</source>
        <translation>Voorbeeld</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/views/safety/retention_box.py" line="217"/>
        <source>Anonymise now</source>
        <translation>Nu anonimiseren</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/views/safety/retention_box.py" line="229"/>
        <source>Anonymise {counts} now? Their retention period ended before {cutoff}.

Names and contact details are replaced for good; the annual figures stay the same. Backups taken earlier still hold the old data.</source>
        <translation>{counts} nu anonimiseren? Hun bewaartermijn is verstreken vóór {cutoff}.

Namen en contactgegevens worden definitief vervangen; de jaarcijfers blijven dezelfde. Eerder gemaakte reservekopieën bevatten nog de oude gegevens.</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/views/safety/retention_box.py" line="242"/>
        <source>Nothing was anonymised.</source>
        <translation>Er werd niets geanonimiseerd.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../consultant_app/ui/views/safety/retention_box.py" line="249"/>
        <source>%n record(s) anonymised.</source>
        <translation>
            <numerusform>%Ln fiche geanonimiseerd.</numerusform>
            <numerusform>%Ln fiches geanonimiseerd.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../consultant_app/ui/views/safety/retention_box.py" line="257"/>
        <source>Interns, mentors and host contacts whose last internship ended more than %n year(s) ago are anonymised; the annual figures stay the same. Once a day the application lists them and asks first, unless the box below is ticked.</source>
        <translation>
            <numerusform>Stagiairs, stagementoren en contactpersonen van stagegevers van wie de laatste stage meer dan %Ln jaar geleden eindigde, worden geanonimiseerd; de jaarcijfers blijven dezelfde. Eén keer per dag toont de toepassing wie het betreft en vraagt ze eerst om bevestiging, tenzij het vakje hieronder is aangevinkt.</numerusform>
            <numerusform>Stagiairs, stagementoren en contactpersonen van stagegevers van wie de laatste stage meer dan %Ln jaar geleden eindigde, worden geanonimiseerd; de jaarcijfers blijven dezelfde. Eén keer per dag toont de toepassing wie het betreft en vraagt ze eerst om bevestiging, tenzij het vakje hieronder is aangevinkt.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/views/safety/retention_box.py" line="265"/>
        <source>Retention of personal data</source>
        <translation>Bewaring van persoonsgegevens</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/views/safety/retention_box.py" line="267"/>
        <source>Anonymise after (&amp;years):</source>
        <translation>Anonimiseren na (&amp;jaren):</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/views/safety/retention_box.py" line="268"/>
        <source>&amp;Save</source>
        <translation>&amp;Opslaan</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/views/safety/retention_box.py" line="269"/>
        <source>R&amp;evert</source>
        <translation>&amp;Herstellen</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/views/safety/retention_box.py" line="270"/>
        <source>&amp;Preview</source>
        <translation>&amp;Voorbeeld</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/views/safety/retention_box.py" line="271"/>
        <source>&amp;Anonymise now…</source>
        <translation>Nu anonimi&amp;seren…</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/views/safety/retention_box.py" line="1"/>
        <source>Anonymise each day without as&amp;king</source>
        <translation>Elke dag anonimiseren zonder te vra&amp;gen</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/views/safety/retention_box.py" line="1"/>
        <source>The setting could not be saved.</source>
        <translation>De instelling kon niet worden opgeslagen.</translation>
    </message>
</context>
<context>
    <name>RetentionDialog</name>
    <message>
        <location filename="../../consultant_app/ui/dialogs/retention_review.py" line="1"/>
        <source>Retention of personal data</source>
        <translation>Bewaring van persoonsgegevens</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/dialogs/retention_review.py" line="1"/>
        <source>&amp;Anonymise now</source>
        <translation>Nu &amp;anonimiseren</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/dialogs/retention_review.py" line="1"/>
        <source>&amp;Review the list</source>
        <translation>&amp;Lijst bekijken</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/dialogs/retention_review.py" line="1"/>
        <source>&amp;Postpone {days} days</source>
        <translation>{days} dagen &amp;uitstellen</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/dialogs/retention_review.py" line="1"/>
        <source>{interns}, {mentors} and {hosts}</source>
        <translation>{interns}, {mentors} en {hosts}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../consultant_app/ui/dialogs/retention_review.py" line="1"/>
        <source>%n intern(s)</source>
        <translation>
            <numerusform>%Ln stagiair</numerusform>
            <numerusform>%Ln stagiairs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../consultant_app/ui/dialogs/retention_review.py" line="1"/>
        <source>%n mentor(s)</source>
        <translation>
            <numerusform>%Ln stagementor</numerusform>
            <numerusform>%Ln stagementoren</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../consultant_app/ui/dialogs/retention_review.py" line="1"/>
        <source>%n host contact(s)</source>
        <translation>
            <numerusform>%Ln contactpersoon van een stagegever</numerusform>
            <numerusform>%Ln contactpersonen van stagegevers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../consultant_app/ui/dialogs/retention_review.py" line="1"/>
        <source>The retention period of %n record(s) ended before {cutoff}: {counts}.

Anonymising replaces their names and contact details for good; the annual figures stay the same. Nothing is anonymised unless you choose Anonymise now.</source>
        <translation>
            <numerusform>De bewaartermijn van %Ln fiche is verstreken vóór {cutoff}: {counts}.

Anonimiseren vervangt hun namen en contactgegevens definitief; de jaarcijfers blijven dezelfde. Er wordt niets geanonimiseerd tenzij u Nu anonimiseren kiest.</numerusform>
            <numerusform>De bewaartermijn van %Ln fiches is verstreken vóór {cutoff}: {counts}.

Anonimiseren vervangt hun namen en contactgegevens definitief; de jaarcijfers blijven dezelfde. Er wordt niets geanonimiseerd tenzij u Nu anonimiseren kiest.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/dialogs/retention_review.py" line="1"/>
        <source>Intern</source>
        <translation>Stagiair</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/dialogs/retention_review.py" line="1"/>
        <source>Mentor</source>
        <translation>Stagementor</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/dialogs/retention_review.py" line="1"/>
        <source>Host contact</source>
        <translation>Contactpersoon van een stagegever</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/dialogs/retention_review.py" line="1"/>
        <source>Last internship ended on {day}</source>
        <translation>Laatste stage geëindigd op {day}</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/dialogs/retention_review.py" line="1"/>
        <source>No internship; registered on {day}</source>
        <translation>Geen stage; ingeschreven op {day}</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/dialogs/retention_review.py" line="1"/>
        <source>No internship; entered on {day}</source>
        <translation>Geen stage; ingevoerd op {day}</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/dialogs/retention_review.py" line="1"/>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/dialogs/retention_review.py" line="1"/>
        <source>Record</source>
        <translation>Fiche</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/dialogs/retention_review.py" line="1"/>
        <source>Host</source>
        <translation>Stagegever</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/dialogs/retention_review.py" line="1"/>
        <source>Why</source>
        <translation>Waarom</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/dialogs/retention_review.py" line="1"/>
        <source>You will be asked again on {day}.</source>
        <translation>De vraag wordt opnieuw gesteld op {day}.</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/dialogs/retention_review.py" line="1"/>
        <source>The list changed since it was shown; nothing was anonymised. Use Settings → Data safety → Preview to see the new list.</source>
        <translation>De lijst is gewijzigd sinds ze werd getoond; er werd niets geanonimiseerd. Gebruik Instellingen → Gegevensveiligheid → Voorbeeld om de nieuwe lijst te zien.</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/dialogs/retention_review.py" line="1"/>
        <source>Nothing was anonymised.</source>
        <translation>Er werd niets geanonimiseerd.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../consultant_app/ui/dialogs/retention_review.py" line="1"/>
        <source>%n record(s) anonymised.</source>
        <translation>
            <numerusform>%Ln fiche geanonimiseerd.</numerusform>
            <numerusform>%Ln fiches geanonimiseerd.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RiskItemDialog</name>
    <message>
        <location filename="../../consultant_app/ui/views/roadmap/risk_tab.py" line="141"/>
        <source>Add a risk from the catalogue</source>
        <translation>Een risico uit de catalogus toevoegen</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/views/roadmap/risk_tab.py" line="147"/>
        <source>{name} (forbidden for young workers)</source>
        <translation>{name} (verboden voor jongeren)</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/views/roadmap/risk_tab.py" line="149"/>
        <source>already listed</source>
        <translation>staat al in de lijst</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/views/roadmap/risk_tab.py" line="166"/>
        <location filename="../../consultant_app/ui/views/roadmap/risk_tab.py" line="181"/>
        <source>&amp;Risk</source>
        <translation>&amp;Risico</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/views/roadmap/risk_tab.py" line="169"/>
        <source>The catalogue&apos;s measures and protective equipment are copied in; edit them afterwards if this post needs others.</source>
        <translation>De maatregelen en beschermingsmiddelen uit de catalogus worden overgenomen; pas ze daarna aan als deze werkpost andere vereist.</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/views/roadmap/risk_tab.py" line="177"/>
        <source>Edit a risk</source>
        <translation>Een risico wijzigen</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/views/roadmap/risk_tab.py" line="177"/>
        <source>Add another risk</source>
        <translation>Een ander risico toevoegen</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/views/roadmap/risk_tab.py" line="182"/>
        <source>&amp;Preventive measures</source>
        <translation>&amp;Preventiemaatregelen</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/views/roadmap/risk_tab.py" line="183"/>
        <source>Protective &amp;equipment</source>
        <translation>&amp;Beschermingsmiddelen</translation>
    </message>
</context>
<context>
    <name>RiskTab</name>
    <message>
        <location filename="../../consultant_app/ui/views/roadmap/risk_tab.py" line="85"/>
        <source>The post</source>
        <translation>De werkpost</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/views/roadmap/risk_tab.py" line="96"/>
        <source>Protection and health</source>
        <translation>Bescherming en gezondheid</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/views/roadmap/risk_tab.py" line="106"/>
        <source>Prevention, first aid and signature</source>
        <translation>Preventie, eerste hulp en ondertekening</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/views/roadmap/risk_tab.py" line="318"/>
        <source>Forbidden for young workers: justify it below.</source>
        <translation>Verboden voor jongeren: verantwoord het hieronder.</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/views/roadmap/risk_tab.py" line="324"/>
        <source>From the catalogue</source>
        <translation>Uit de catalogus</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/views/roadmap/risk_tab.py" line="351"/>
        <source>Still missing before the convention can be signed: {fields}.</source>
        <translation>Nog in te vullen voordat de overeenkomst ondertekend kan worden: {fields}.</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/views/roadmap/risk_tab.py" line="359"/>
        <source>✔ The workstation sheet and risk analysis is complete.</source>
        <translation>✔ De werkpostfiche met risicoanalyse is volledig.</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/views/roadmap/risk_tab.py" line="489"/>
        <source>Remove a risk</source>
        <translation>Een risico verwijderen</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/views/roadmap/risk_tab.py" line="490"/>
        <source>Remove the risk “{risk}” from the sheet?</source>
        <translation>Het risico “{risk}” van de fiche verwijderen?</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/views/roadmap/risk_tab.py" line="499"/>
        <source>Risks of the post</source>
        <translation>Risico&apos;s van de werkpost</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/views/roadmap/risk_tab.py" line="501"/>
        <source>Risk</source>
        <translation>Risico</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/views/roadmap/risk_tab.py" line="501"/>
        <source>Preventive measures</source>
        <translation>Preventiemaatregelen</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/views/roadmap/risk_tab.py" line="501"/>
        <source>Protective equipment</source>
        <translation>Beschermingsmiddelen</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/views/roadmap/risk_tab.py" line="503"/>
        <source>Add from the &amp;catalogue…</source>
        <translation>Uit de &amp;catalogus toevoegen…</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/views/roadmap/risk_tab.py" line="504"/>
        <source>Add an&amp;other risk…</source>
        <translation>A&amp;nder risico toevoegen…</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/views/roadmap/risk_tab.py" line="505"/>
        <source>Ed&amp;it…</source>
        <translation>&amp;Wijzigen…</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/views/roadmap/risk_tab.py" line="506"/>
        <source>Remove ris&amp;k</source>
        <translation>Ris&amp;ico verwijderen</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/views/roadmap/risk_tab.py" line="507"/>
        <source>* needed before the convention can be signed</source>
        <translation>* vereist voordat de overeenkomst ondertekend kan worden</translation>
    </message>
    <message>
        <source>A risk of the catalogue, with its usual preventive measures</source>
        <translation>Een risico uit de catalogus, met de gebruikelijke preventiemaatregelen</translation>
    </message>
    <message>
        <source>A risk the catalogue does not hold</source>
        <translation>Een risico dat niet in de catalogus staat</translation>
    </message>
    <message>
        <source>Change the selected risk</source>
        <translation>Het geselecteerde risico wijzigen</translation>
    </message>
    <message>
        <source>Remove the selected risk (Delete)</source>
        <translation>Het geselecteerde risico verwijderen (Delete)</translation>
    </message>
</context>
<context>
    <name>Roadmap</name>
    <message>
        <location filename="../../consultant_app/ui/views/roadmap/common.py" line="36"/>
        <source>not scored yet</source>
        <extracomment>Delay between the last change and its automatic save. Kinds of entries in the log of an internship&apos;s follow-up.</extracomment>
        <translation>nog niet gescoord</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/views/roadmap/common.py" line="38"/>
        <source>not observed</source>
        <translation>niet waargenomen</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/views/roadmap/common.py" line="39"/>
        <source>insufficient</source>
        <translation>onvoldoende</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/views/roadmap/common.py" line="40"/>
        <source>to develop</source>
        <translation>te ontwikkelen</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/views/roadmap/common.py" line="41"/>
        <location filename="../../consultant_app/ui/views/roadmap/workplace_tab.py" line="40"/>
        <source>good</source>
        <translation>goed</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/views/roadmap/common.py" line="42"/>
        <source>excellent</source>
        <translation>uitstekend</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/views/roadmap/common.py" line="49"/>
        <location filename="../../consultant_app/ui/views/roadmap/workplace_tab.py" line="36"/>
        <source>not answered</source>
        <translation>niet beantwoord</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/views/roadmap/common.py" line="51"/>
        <source>cannot do it yet</source>
        <translation>kan het nog niet</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/views/roadmap/common.py" line="52"/>
        <source>beginner</source>
        <translation>beginner</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/views/roadmap/common.py" line="53"/>
        <source>with help</source>
        <translation>met hulp</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/views/roadmap/common.py" line="54"/>
        <source>on my own</source>
        <translation>zelfstandig</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/views/roadmap/common.py" line="55"/>
        <source>could teach it</source>
        <translation>kan het anderen leren</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/views/roadmap/common.py" line="61"/>
        <source>Start</source>
        <translation>Begin</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/views/roadmap/common.py" line="62"/>
        <source>Up to mid-term</source>
        <translation>Tot halverwege</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/views/roadmap/common.py" line="63"/>
        <source>Up to the end</source>
        <translation>Tot het einde</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/views/roadmap/common.py" line="69"/>
        <source>Mid-term evaluation</source>
        <translation>Tussentijdse evaluatie</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/views/roadmap/common.py" line="70"/>
        <source>Final evaluation</source>
        <translation>Eindevaluatie</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/views/roadmap/common.py" line="76"/>
        <source>Scan at the start</source>
        <translation>Scan bij de start</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/views/roadmap/common.py" line="77"/>
        <source>Scan at the end</source>
        <translation>Scan op het einde</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/views/roadmap/common.py" line="83"/>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/views/roadmap/common.py" line="84"/>
        <source>With reservations</source>
        <translation>Met voorbehoud</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/views/roadmap/common.py" line="87"/>
        <source>No</source>
        <translation>Nee</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/views/roadmap/common.py" line="93"/>
        <source>Conflict</source>
        <translation>Conflict</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/views/roadmap/common.py" line="94"/>
        <source>Mediation</source>
        <translation>Bemiddeling</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/views/roadmap/common.py" line="95"/>
        <source>Note</source>
        <translation>Notitie</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/views/roadmap/common.py" line="107"/>
        <source>at least one risk</source>
        <translation>minstens één risico</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/views/roadmap/common.py" line="117"/>
        <source>The workstation sheet and risk analysis is not complete. Still missing: {fields}.</source>
        <translation>De werkpostfiche met risicoanalyse is niet volledig. Nog in te vullen: {fields}.</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/views/roadmap/common.py" line="122"/>
        <source>Score every competence (or mark it not observed) and write the overall appreciation before completing the evaluation.</source>
        <translation>Scoor elke competentie (of markeer ze als niet waargenomen) en schrijf de algemene beoordeling voordat u de evaluatie afrondt.</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/views/roadmap/common.py" line="128"/>
        <source>the overall appreciation</source>
        <translation>de algemene beoordeling</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/views/roadmap/common.py" line="130"/>
        <source>Still missing:</source>
        <translation>Ontbreekt nog:</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/views/roadmap/common.py" line="134"/>
        <source>This risk of the catalogue is already listed.</source>
        <translation>Dit risico uit de catalogus staat al in de lijst.</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/views/roadmap/common.py" line="137"/>
        <source>This score is out of range.</source>
        <translation>Deze score ligt buiten het toegelaten bereik.</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/views/roadmap/common.py" line="153"/>
        <source>Not possible</source>
        <translation>Niet mogelijk</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/views/roadmap/common.py" line="255"/>
        <source>This record no longer exists (it may have been deleted).</source>
        <extracomment>A stored change the internships list may show (the internship&apos;s uuid). The tab&apos;s title suffix (:meth:`badge`) may have changed.</extracomment>
        <translation>Deze fiche bestaat niet meer (misschien werd ze verwijderd).</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/views/roadmap/common.py" line="328"/>
        <source>Unsaved changes…</source>
        <translation>Niet-opgeslagen wijzigingen…</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/views/roadmap/common.py" line="346"/>
        <location filename="../../consultant_app/ui/views/roadmap/common.py" line="353"/>
        <source>Not saved: {reason}</source>
        <translation>Niet opgeslagen: {reason}</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/views/roadmap/common.py" line="363"/>
        <source>Not saved: the internship no longer exists.</source>
        <translation>Niet opgeslagen: de stage bestaat niet meer.</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/views/roadmap/common.py" line="370"/>
        <source>Saved {time}</source>
        <translation>Opgeslagen om {time}</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/views/roadmap/workplace_tab.py" line="38"/>
        <source>poor</source>
        <translation>zwak</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/views/roadmap/workplace_tab.py" line="39"/>
        <source>fair</source>
        <translation>matig</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/views/roadmap/workplace_tab.py" line="41"/>
        <source>very good</source>
        <translation>zeer goed</translation>
    </message>
</context>
<context>
    <name>RuleMessages</name>
    <message>
        <location filename="../../consultant_app/ui/forms/rule_messages.py" line="25"/>
        <source>Age limit</source>
        <translation>Leeftijdsgrens</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/forms/rule_messages.py" line="26"/>
        <source>Minimum duration</source>
        <translation>Minimumduur</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/forms/rule_messages.py" line="27"/>
        <source>Maximum duration</source>
        <translation>Maximumduur</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/forms/rule_messages.py" line="28"/>
        <source>Intern&apos;s total weeks</source>
        <translation>Totaal aantal weken van de stagiair</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/forms/rule_messages.py" line="29"/>
        <source>No overlap</source>
        <translation>Geen overlapping</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/forms/rule_messages.py" line="30"/>
        <source>Host&apos;s quota</source>
        <translation>Quotum van de stagegever</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/forms/rule_messages.py" line="31"/>
        <source>Training policy plan</source>
        <translation>Opleidingsbeleidsplan</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/forms/rule_messages.py" line="32"/>
        <source>Joint committee</source>
        <translation>Paritair comité</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/forms/rule_messages.py" line="33"/>
        <source>Weekly hours</source>
        <translation>Uren per week</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/forms/rule_messages.py" line="34"/>
        <source>No replacement of an employee</source>
        <translation>Geen vervanging van een werknemer</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/forms/rule_messages.py" line="213"/>
        <source>Aged {age} on {date}; the limit is younger than {limit}.</source>
        <translation>{age} jaar op {date}; de grens is jonger dan {limit}.</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/forms/rule_messages.py" line="223"/>
        <source>Registered job seeker ({agency}).</source>
        <translation>Ingeschreven als werkzoekende ({agency}).</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/forms/rule_messages.py" line="226"/>
        <source>Not registered as a job seeker.</source>
        <translation>Niet ingeschreven als werkzoekende.</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/forms/rule_messages.py" line="228"/>
        <source>{done} of {maximum} weeks of internship used; {left} left.</source>
        <translation>{done} van {maximum} stageweken gebruikt; {left} over.</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/forms/rule_messages.py" line="38"/>
        <source>Job-seeker registration</source>
        <translation>Inschrijving als werkzoekende</translation>
    </message>
</context>
<context>
    <name>RuleText</name>
    <message>
        <location filename="../../consultant_app/ui/forms/rule_messages.py" line="42"/>
        <source>Aged {age} on the start date {start}: younger than {limit}, as required.</source>
        <extracomment>Sentences of the programme rules; the English ones are the service&apos;s own.</extracomment>
        <translation>{age} jaar op de begindatum {start}: jonger dan {limit}, zoals vereist.</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/forms/rule_messages.py" line="45"/>
        <source>Aged {age} on the start date {start}; interns must be younger than {limit}.</source>
        <translation>{age} jaar op de begindatum {start}; stagiairs moeten jonger zijn dan {limit}.</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/forms/rule_messages.py" line="48"/>
        <source>The birth date {birth_date} is after the start date {start}.</source>
        <translation>De geboortedatum {birth_date} valt na de begindatum {start}.</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/forms/rule_messages.py" line="51"/>
        <source>The internship lasts {weeks} weeks; the minimum is {minimum}.</source>
        <translation>De stage duurt {weeks} weken; het minimum is {minimum}.</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/forms/rule_messages.py" line="54"/>
        <source>The internship lasts {weeks} weeks; it must last at least {minimum} weeks.</source>
        <translation>De stage duurt {weeks} weken; ze moet minstens {minimum} weken duren.</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/forms/rule_messages.py" line="57"/>
        <source>The internship lasts {weeks} weeks; the maximum is {maximum}.</source>
        <translation>De stage duurt {weeks} weken; het maximum is {maximum}.</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/forms/rule_messages.py" line="60"/>
        <source>With this internship the intern totals {total} weeks ({other_weeks} in other internships and {weeks} in this one); the maximum is {maximum}.</source>
        <translation>Met deze stage komt de stagiair op {total} weken ({other_weeks} in andere stages en {weeks} in deze); het maximum is {maximum}.</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/forms/rule_messages.py" line="65"/>
        <source>The internship from {start} to {end} overlaps no other internship.</source>
        <translation>De stage van {start} tot {end} overlapt met geen enkele andere stage.</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/forms/rule_messages.py" line="68"/>
        <source>The internship from {start} to {end} overlaps other internships: {overlaps}.</source>
        <translation>De stage van {start} tot {end} overlapt met andere stages: {overlaps}.</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/forms/rule_messages.py" line="71"/>
        <source>Host quota respected: {years}.</source>
        <translation>Quotum van de stagegever nageleefd: {years}.</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/forms/rule_messages.py" line="72"/>
        <source>Host quota exceeded: {years}.</source>
        <translation>Quotum van de stagegever overschreden: {years}.</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/forms/rule_messages.py" line="73"/>
        <source>in {year} the host would use {total} of its {available} weeks ({used} already and {weeks} for this internship)</source>
        <translation>in {year} zou de stagegever {total} van zijn {available} weken gebruiken ({used} al gebruikt en {weeks} voor deze stage)</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/forms/rule_messages.py" line="78"/>
        <source>The host has no training policy plan for {year}; it must be received.</source>
        <translation>De stagegever heeft geen opleidingsbeleidsplan voor {year}; dat moet ontvangen zijn.</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/forms/rule_messages.py" line="81"/>
        <source>The host&apos;s training policy plan for {year} is {status}.</source>
        <translation>Het opleidingsbeleidsplan van de stagegever voor {year} is {status}.</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/forms/rule_messages.py" line="84"/>
        <source>The host&apos;s training policy plan for {year} is {status}; it must be received or approved.</source>
        <translation>Het opleidingsbeleidsplan van de stagegever voor {year} is {status}; het moet ontvangen of goedgekeurd zijn.</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/forms/rule_messages.py" line="88"/>
        <source>The host is under {committee}, a joint committee of the programme.</source>
        <translation>De stagegever valt onder {committee}, een paritair comité van het programma.</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/forms/rule_messages.py" line="91"/>
        <source>The host is under {committee}, not CP 227 or SCP 303.01.</source>
        <translation>Paritair comité van de stagegever: {committee}, niet PC 227 of PSC 303.01.</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/forms/rule_messages.py" line="94"/>
        <source>No weekly hours are given yet; the maximum is {maximum} hours a week.</source>
        <translation>Er zijn nog geen uren per week opgegeven; het maximum is {maximum} uur per week.</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/forms/rule_messages.py" line="97"/>
        <source>The schedule has no hours; it needs at least some hours.</source>
        <translation>Het uurrooster bevat geen uren; er zijn minstens enkele uren nodig.</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/forms/rule_messages.py" line="100"/>
        <source>The schedule has {hours} hours a week; the maximum is {maximum}.</source>
        <translation>Het uurrooster telt {hours} uur per week; het maximum is {maximum}.</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/forms/rule_messages.py" line="103"/>
        <source>The host declared that the intern does not replace an employee.</source>
        <translation>De stagegever heeft verklaard dat de stagiair geen werknemer vervangt.</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/forms/rule_messages.py" line="106"/>
        <source>The host has not declared that the intern does not replace an employee.</source>
        <translation>De stagegever heeft niet verklaard dat de stagiair geen werknemer vervangt.</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/forms/rule_messages.py" line="111"/>
        <source>Registered as a job seeker with {agency} since {since}, on or before the start date {start}.</source>
        <translation>Ingeschreven als werkzoekende bij {agency} sinds {since}, uiterlijk op de startdatum {start}.</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/forms/rule_messages.py" line="116"/>
        <source>The intern is not registered as a job seeker (with {agencies}), as required.</source>
        <translation>De stagiair is niet ingeschreven als werkzoekende (bij {agencies}), wat verplicht is.</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/forms/rule_messages.py" line="120"/>
        <source>The intern is registered with {agency}, which is not one of {agencies}.</source>
        <translation>De stagiair is ingeschreven bij {agency}, dat niet een van {agencies} is.</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/forms/rule_messages.py" line="123"/>
        <source>The job-seeker registration with {agency} has no registration number.</source>
        <translation>De inschrijving als werkzoekende bij {agency} heeft geen inschrijvingsnummer.</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/forms/rule_messages.py" line="126"/>
        <source>The job-seeker registration with {agency} has no date of registration.</source>
        <translation>De inschrijving als werkzoekende bij {agency} heeft geen inschrijvingsdatum.</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/forms/rule_messages.py" line="129"/>
        <source>Registered as a job seeker with {agency} since {since}, after the start date {start}; the intern must be registered by the start.</source>
        <translation>Ingeschreven als werkzoekende bij {agency} sinds {since}, na de startdatum {start}; de stagiair moet uiterlijk bij de start ingeschreven zijn.</translation>
    </message>
</context>
<context>
    <name>ScanTab</name>
    <message>
        <location filename="../../consultant_app/ui/views/roadmap/scan_tab.py" line="400"/>
        <source>&amp;Scan</source>
        <translation>S&amp;can</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/views/roadmap/scan_tab.py" line="405"/>
        <source>Done &amp;on</source>
        <translation>Ingevuld o&amp;p</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/views/roadmap/scan_tab.py" line="407"/>
        <source>Toda&amp;y</source>
        <translation>Van&amp;daag</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/views/roadmap/scan_tab.py" line="410"/>
        <source>The intern scores each competence from 0 (cannot do it yet) to 4 (could teach it). Keyboard: 0–4 sets the level, ←/→ moves it, ↑/↓ or Tab goes to another competence. Saved as you type.</source>
        <translation>De stagiair scoort elke competentie van 0 (kan het nog niet) tot 4 (kan het anderen leren). Toetsenbord: 0–4 kiest het niveau, ←/→ verschuift het, ↑/↓ of Tab gaat naar een andere competentie. Wordt opgeslagen terwijl u typt.</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/views/roadmap/scan_tab.py" line="415"/>
        <source>Self-assessment</source>
        <translation>Zelfevaluatie</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/views/roadmap/scan_tab.py" line="416"/>
        <source>Learning curve</source>
        <translation>Leercurve</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/views/roadmap/scan_tab.py" line="418"/>
        <source>This internship has no competences yet: add them in “Tasks &amp; competences”.</source>
        <translation>Deze stage heeft nog geen competenties: voeg ze toe in “Taken &amp; competenties”.</translation>
    </message>
    <message>
        <source>The scan was done today</source>
        <translation>De scan werd vandaag gedaan</translation>
    </message>
</context>
<context>
    <name>ScheduleEditor</name>
    <message>
        <location filename="../../consultant_app/ui/dialogs/internship_wizard/schedule.py" line="53"/>
        <source>Total: {total} hours a week (at most {maximum})</source>
        <translation>Totaal: {total} uur per week (hoogstens {maximum})</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/dialogs/internship_wizard/schedule.py" line="67"/>
        <source>h</source>
        <translation>u</translation>
    </message>
</context>
<context>
    <name>SettingsView</name>
    <message>
        <location filename="../../consultant_app/ui/views/settings.py" line="167"/>
        <source>Settings</source>
        <translation>Instellingen</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/views/settings.py" line="168"/>
        <source>&amp;General</source>
        <translation>&amp;Algemeen</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/views/settings.py" line="169"/>
        <source>&amp;Data safety</source>
        <translation>&amp;Gegevensveiligheid</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/views/settings.py" line="170"/>
        <source>Interface</source>
        <translation>Interface</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/views/settings.py" line="171"/>
        <source>&amp;Language</source>
        <translation>&amp;Taal</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/views/settings.py" line="172"/>
        <source>Database</source>
        <translation>Databank</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/views/settings.py" line="176"/>
        <source>File</source>
        <translation>Bestand</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/views/settings.py" line="177"/>
        <source>Schema</source>
        <translation>Schema</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/views/settings.py" line="104"/>
        <source>Programme rules</source>
        <extracomment>Rules edited on the Data safety tab rather than with the other programme rules. Relayed from :attr:`DataSafetyPage.restore_requested`: restore this backup file.</extracomment>
        <translation>Programmaregels</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/views/settings.py" line="1"/>
        <source>&amp;Team</source>
        <translation>&amp;Team</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Sneltoetsen</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Toetsen</translation>
    </message>
    <message>
        <source>What they do</source>
        <translation>Wat ze doen</translation>
    </message>
    <message>
        <source>Help on the view shown</source>
        <translation>Hulp bij het getoonde scherm</translation>
    </message>
    <message>
        <source>Go to a view (in the order of the list)</source>
        <translation>Naar een scherm gaan (in de volgorde van de lijst)</translation>
    </message>
    <message>
        <source>Search the list</source>
        <translation>In de lijst zoeken</translation>
    </message>
    <message>
        <source>Down arrow</source>
        <translation>Pijl omlaag</translation>
    </message>
    <message>
        <source>From the search into the list</source>
        <translation>Van het zoekveld naar de lijst</translation>
    </message>
    <message>
        <source>Clear the search</source>
        <translation>De zoekopdracht wissen</translation>
    </message>
    <message>
        <source>Open the selected record</source>
        <translation>De geselecteerde fiche openen</translation>
    </message>
    <message>
        <source>New record (intern, host, internship)</source>
        <translation>Nieuwe fiche (stagiair, stagegever, stage)</translation>
    </message>
    <message>
        <source>Save the form</source>
        <translation>Het formulier opslaan</translation>
    </message>
    <message>
        <source>Undo the last change of the form</source>
        <translation>De laatste wijziging in het formulier ongedaan maken</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Opnieuw uitvoeren</translation>
    </message>
    <message>
        <source>Next field</source>
        <translation>Volgend veld</translation>
    </message>
    <message>
        <source>underlined letter</source>
        <translation>onderstreepte letter</translation>
    </message>
    <message>
        <source>Go to that field or button</source>
        <translation>Naar dat veld of die knop gaan</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Afsluiten</translation>
    </message>
</context>
<context>
    <name>SignatureDialog</name>
    <message>
        <location filename="../../consultant_app/ui/dialogs/internship_actions.py" line="117"/>
        <source>Record a signature</source>
        <translation>Een handtekening registreren</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/dialogs/internship_actions.py" line="127"/>
        <source>&amp;Party</source>
        <translation>&amp;Partij</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/dialogs/internship_actions.py" line="128"/>
        <source>&amp;Signed by</source>
        <translation>&amp;Ondertekend door</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/dialogs/internship_actions.py" line="129"/>
        <source>&amp;Date</source>
        <translation>&amp;Datum</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/dialogs/internship_actions.py" line="130"/>
        <source>P&amp;lace</source>
        <translation>P&amp;laats</translation>
    </message>
</context>
<context>
    <name>StartupSafety</name>
    <message>
        <location filename="../../consultant_app/ui/startup_safety.py" line="109"/>
        <source>The database is damaged</source>
        <translation>De databank is beschadigd</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/startup_safety.py" line="116"/>
        <source>SQLite found problems in {path}:
{problems}

No sound backup was found in {folder}. Keep the file as it is and ask for help; do not delete it.</source>
        <translation>SQLite heeft problemen gevonden in {path}:
{problems}

In {folder} werd geen intacte reservekopie gevonden. Laat het bestand zoals het is en vraag hulp; verwijder het niet.</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/startup_safety.py" line="126"/>
        <source>SQLite found problems in {path}:
{problems}

Restore the newest sound backup, taken {taken}? The damaged file is kept aside, never overwritten; what was entered after the backup must be entered again.</source>
        <translation>SQLite heeft problemen gevonden in {path}:
{problems}

De nieuwste intacte reservekopie, gemaakt op {taken}, terugzetten? Het beschadigde bestand wordt opzijgezet en nooit overschreven; wat na de reservekopie werd ingevoerd, moet opnieuw worden ingevoerd.</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/startup_safety.py" line="147"/>
        <source>The backup of {taken} was restored. The damaged file is kept as {aside}.</source>
        <translation>De reservekopie van {taken} werd teruggezet. Het beschadigde bestand wordt bewaard als {aside}.</translation>
    </message>
    <message>
        <source>{path} was found damaged. It is open read-only: you can read and print, but nothing can be changed or imported until a sound backup is restored (Settings → Data safety).</source>
        <translation>{path} bleek beschadigd. Ze is geopend in alleen-lezen: u kunt lezen en afdrukken, maar niets wijzigen of importeren tot een gave back-up is teruggezet (Instellingen → Gegevensveiligheid).</translation>
    </message>
</context>
<context>
    <name>StoreErrors</name>
    <message>
        <location filename="../../consultant_app/ui/store_errors.py" line="22"/>
        <source>{path} was written by a newer version of the application. Update the application to open it. The file was left untouched.</source>
        <translation>{path} werd geschreven door een nieuwere versie van de toepassing. Werk de toepassing bij om het te openen. Het bestand bleef onaangeroerd.</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/store_errors.py" line="28"/>
        <source>{path} is read-only. Copy it to a folder where you may write, or change its permissions. The file was left untouched.</source>
        <translation>{path} is alleen-lezen. Kopieer het naar een map waarin u mag schrijven, of wijzig de rechten. Het bestand bleef onaangeroerd.</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/store_errors.py" line="34"/>
        <source>{path} belongs to another application. The file was left untouched.</source>
        <translation>{path} hoort bij een andere toepassing. Het bestand bleef onaangeroerd.</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/store_errors.py" line="39"/>
        <source>{path} could not be brought to the latest version.</source>
        <translation>{path} kon niet naar de nieuwste versie worden gebracht.</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/store_errors.py" line="43"/>
        <source>{path} is not a database of this application.</source>
        <translation>{path} is geen databank van deze toepassing.</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/store_errors.py" line="47"/>
        <source>{path} cannot be opened.</source>
        <translation>{path} kan niet worden geopend.</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/store_errors.py" line="48"/>
        <source>Details: {message}</source>
        <translation>Details: {message}</translation>
    </message>
    <message>
        <source>{path} is being restored, migrated or used by another program that needs it alone. Try again in a moment. Nothing was changed.</source>
        <translation>{path} wordt teruggezet, gemigreerd of gebruikt door een ander programma dat ze alleen nodig heeft. Probeer het zo meteen opnieuw. Er werd niets gewijzigd.</translation>
    </message>
</context>
<context>
    <name>SyncIndicator</name>
    <message>
        <location filename="../../consultant_app/ui/widgets/sync_indicator.py" line="1"/>
        <source>Team: syncing…</source>
        <translation>Team: synchroniseren…</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/widgets/sync_indicator.py" line="1"/>
        <source>Team: offline, last sync {0}</source>
        <translation>Team: offline, laatste synchronisatie {0}</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/widgets/sync_indicator.py" line="1"/>
        <source>never</source>
        <translation>nooit</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/widgets/sync_indicator.py" line="1"/>
        <source>Team: synced {0}</source>
        <translation>Team: gesynchroniseerd {0}</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/widgets/sync_indicator.py" line="1"/>
        <source>Team: never synced</source>
        <translation>Team: nog nooit gesynchroniseerd</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/widgets/sync_indicator.py" line="1"/>
        <source>{0} pending</source>
        <translation>{0} te versturen</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/widgets/sync_indicator.py" line="1"/>
        <source>{0} conflict(s)</source>
        <translation>{0} conflict(en)</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/widgets/sync_indicator.py" line="1"/>
        <source>Team: sync refused, see the tooltip</source>
        <translation>Team: synchronisatie geweigerd, zie de tooltip</translation>
    </message>
</context>
<context>
    <name>TeamPage</name>
    <message>
        <location filename="../../consultant_app/ui/views/settings_team.py" line="1"/>
        <source>Hub</source>
        <translation>Hub</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/views/settings_team.py" line="1"/>
        <source>Last sync</source>
        <translation>Laatste synchronisatie</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/views/settings_team.py" line="1"/>
        <source>never</source>
        <translation>nooit</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/views/settings_team.py" line="1"/>
        <source>Changes waiting</source>
        <translation>Wijzigingen te versturen</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/views/settings_team.py" line="1"/>
        <source>Open conflicts</source>
        <translation>Open conflicten</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/views/settings_team.py" line="1"/>
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/views/settings_team.py" line="1"/>
        <source>Sync now</source>
        <translation>Nu synchroniseren</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/views/settings_team.py" line="1"/>
        <source>Leave the team…</source>
        <translation>Het team verlaten…</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/views/settings_team.py" line="1"/>
        <source>Work as a team</source>
        <translation>In team werken</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/views/settings_team.py" line="1"/>
        <source>Share this database with colleagues through a PostgreSQL database (the hub). This database becomes the hub's first copy; colleagues then join it.</source>
        <translation>Deel deze databank met collega’s via een PostgreSQL-databank (de hub). Deze databank wordt de eerste kopie van de hub; collega’s sluiten daarna aan.</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/views/settings_team.py" line="1"/>
        <source>Hub address</source>
        <translation>Adres van de hub</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/views/settings_team.py" line="1"/>
        <source>Password</source>
        <translation>Wachtwoord</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/views/settings_team.py" line="1"/>
        <source>Make this database the team's first copy</source>
        <translation>Deze databank de eerste kopie van het team maken</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/views/settings_team.py" line="1"/>
        <source>Give the hub's address.</source>
        <translation>Geef het adres van de hub.</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/views/settings_team.py" line="1"/>
        <source>Sending this database to the hub…</source>
        <translation>Deze databank wordt naar de hub gestuurd…</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/views/settings_team.py" line="1"/>
        <source>Syncing…</source>
        <translation>Synchroniseren…</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/views/settings_team.py" line="1"/>
        <source>Sent {0} change(s), received {1}.</source>
        <translation>{0} wijziging(en) verstuurd, {1} ontvangen.</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/views/settings_team.py" line="1"/>
        <source>Leave the team</source>
        <translation>Het team verlaten</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/views/settings_team.py" line="1"/>
        <source>This database stops syncing with the hub. Its data stays on this computer; changes not sent yet are not sent. Leave the team?</source>
        <translation>Deze databank synchroniseert niet meer met de hub. De gegevens blijven op deze computer; wijzigingen die nog niet verstuurd zijn, worden niet verstuurd. Het team verlaten?</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/views/settings_team.py" line="1"/>
        <source>This database no longer syncs with the team.</source>
        <translation>Deze databank synchroniseert niet meer met het team.</translation>
    </message>
    <message>
        <source>Join a team</source>
        <translation>Bij een team aansluiten</translation>
    </message>
    <message>
        <source>Work on a team&apos;s data: a new database is made on this computer from the hub, and the window opens it. This database stays as it is.</source>
        <translation>Werk met de gegevens van een team: op deze computer wordt een nieuwe databank gemaakt vanuit de hub, en het venster opent ze. Deze databank blijft zoals ze is.</translation>
    </message>
    <message>
        <source>Join…</source>
        <translation>Aansluiten…</translation>
    </message>
    <message>
        <source>The team&apos;s database on this computer</source>
        <translation>De databank van het team op deze computer</translation>
    </message>
    <message>
        <source>{path} already exists: joining makes a new database.</source>
        <translation>{path} bestaat al: aansluiten maakt een nieuwe databank.</translation>
    </message>
    <message>
        <source>Copying the team&apos;s data from the hub…</source>
        <translation>De gegevens van het team worden van de hub gekopieerd…</translation>
    </message>
    <message>
        <source>Joined: {path} opens now.</source>
        <translation>Aangesloten: {path} wordt nu geopend.</translation>
    </message>
</context>
<context>
    <name>TrainingPlansTab</name>
    <message>
        <location filename="../../consultant_app/ui/views/hosts/plans.py" line="36"/>
        <source>Training policy plan</source>
        <translation>Opleidingsbeleidsplan</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/views/hosts/plans.py" line="89"/>
        <source>New training policy plan</source>
        <translation>Nieuw opleidingsbeleidsplan</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/views/hosts/plans.py" line="95"/>
        <source>New &amp;plan</source>
        <translation>Nieuw &amp;plan</translation>
    </message>
    <message>
        <source>Record the training policy plan of a year</source>
        <translation>Het opleidingsbeleidsplan van een jaar registreren</translation>
    </message>
</context>
<context>
    <name>UnlockDialog</name>
    <message>
        <location filename="../../consultant_app/ui/dialogs/unlock.py" line="52"/>
        <source>Protect the database</source>
        <translation>De databank beveiligen</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/dialogs/unlock.py" line="54"/>
        <source>This computer has no keyring to keep the key of the database
{path}

Choose a passphrase to encrypt it ({minimum} characters or more). It is asked at every start; without it nobody, you included, can read the data. On the command line, set it in {variable}.</source>
        <translation>Deze computer heeft geen sleutelbeheer om de sleutel te bewaren van de databank
{path}

Kies een wachtzin om ze te versleutelen ({minimum} tekens of meer). De wachtzin wordt bij elke start gevraagd; zonder wachtzin kan niemand, ook u niet, de gegevens lezen. Op de opdrachtregel stelt u de wachtzin in via {variable}.</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/dialogs/unlock.py" line="60"/>
        <source>Unlock the database</source>
        <translation>De databank ontgrendelen</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/dialogs/unlock.py" line="62"/>
        <source>The database
{path}
is encrypted and its key is not in this computer&apos;s keyring. Type its passphrase, or its recovery key.</source>
        <translation>De databank
{path}
is versleuteld en de sleutel ervan zit niet in het sleutelbeheer van deze computer. Typ de wachtzin of de herstelsleutel.</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/dialogs/unlock.py" line="74"/>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Wachtzin:</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/dialogs/unlock.py" line="74"/>
        <source>&amp;Passphrase or recovery key:</source>
        <translation>&amp;Wachtzin of herstelsleutel:</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/dialogs/unlock.py" line="80"/>
        <source>&amp;Again:</source>
        <translation>&amp;Nogmaals:</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/dialogs/unlock.py" line="81"/>
        <source>&amp;Show what I type</source>
        <translation>&amp;Tonen wat ik typ</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/dialogs/unlock.py" line="92"/>
        <source>&amp;Encrypt and open</source>
        <translation>&amp;Versleutelen en openen</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/dialogs/unlock.py" line="92"/>
        <source>&amp;Open</source>
        <translation>O&amp;penen</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/dialogs/unlock.py" line="95"/>
        <source>&amp;Quit</source>
        <translation>&amp;Afsluiten</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/dialogs/unlock.py" line="108"/>
        <source>Type the passphrase.</source>
        <translation>Typ de wachtzin.</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/dialogs/unlock.py" line="112"/>
        <source>A passphrase has at least {minimum} characters.</source>
        <translation>Een wachtzin telt minstens {minimum} tekens.</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/dialogs/unlock.py" line="116"/>
        <source>The two passphrases differ.</source>
        <translation>De twee wachtzinnen verschillen.</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/dialogs/unlock.py" line="131"/>
        <source>This passphrase does not open the database. The file was left untouched.</source>
        <translation>Deze wachtzin opent de databank niet. Het bestand bleef onaangeroerd.</translation>
    </message>
</context>
<context>
    <name>Validation</name>
    <message>
        <location filename="../../consultant_app/ui/forms/messages.py" line="105"/>
        <source>This text holds a control character ({character}); type it again without it.</source>
        <translation>Deze tekst bevat een stuurteken ({character}); typ hem opnieuw zonder dat teken.</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/forms/messages.py" line="105"/>
        <source>This text holds a text-direction override ({character}) that changes how it reads; type it again without it.</source>
        <translation>Deze tekst bevat een teken dat de leesrichting omkeert ({character}) en verandert hoe hij leest; typ hem opnieuw zonder dat teken.</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/forms/messages.py" line="105"/>
        <source>This text holds an invisible character ({character}); type it again without it.</source>
        <translation>Deze tekst bevat een onzichtbaar teken ({character}); typ hem opnieuw zonder dat teken.</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/forms/messages.py" line="16"/>
        <source>This field is required.</source>
        <translation>Dit veld is verplicht.</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/forms/messages.py" line="17"/>
        <source>Write the date as dd/mm/yyyy or yyyy-mm-dd.</source>
        <translation>Schrijf de datum als dd/mm/jjjj of jjjj-mm-dd.</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/forms/messages.py" line="20"/>
        <source>This date lies in the future.</source>
        <translation>Deze datum ligt in de toekomst.</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/forms/messages.py" line="21"/>
        <source>This text is too long.</source>
        <translation>Deze tekst is te lang.</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/forms/messages.py" line="22"/>
        <source>Answer yes or no.</source>
        <translation>Antwoord ja of nee.</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/forms/messages.py" line="23"/>
        <source>This is not a valid web address (for example www.example.be).</source>
        <translation>Dit is geen geldig webadres (bijvoorbeeld www.example.be).</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/forms/messages.py" line="26"/>
        <source>The minimum must not be above the maximum.</source>
        <translation>Het minimum mag niet boven het maximum liggen.</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/forms/messages.py" line="29"/>
        <source>The weeks per internship must not exceed the weeks per intern.</source>
        <translation>De weken per stage mogen de weken per stagiair niet overschrijden.</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/forms/messages.py" line="32"/>
        <source>Write a number.</source>
        <translation>Schrijf een getal.</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/forms/messages.py" line="33"/>
        <source>This number is out of range.</source>
        <translation>Dit getal ligt buiten het toegelaten bereik.</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/forms/messages.py" line="34"/>
        <source>Choose one of the list.</source>
        <translation>Kies een waarde uit de lijst.</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/forms/messages.py" line="35"/>
        <source>This is not a valid email address.</source>
        <translation>Dit is geen geldig e-mailadres.</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/forms/messages.py" line="38"/>
        <source>This is not a valid phone number (for example 0470 12 34 56).</source>
        <translation>Dit is geen geldig telefoonnummer (bijvoorbeeld 0470 12 34 56).</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/forms/messages.py" line="41"/>
        <source>This phone number has too few or too many digits.</source>
        <translation>Dit telefoonnummer heeft te weinig of te veel cijfers.</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/forms/messages.py" line="44"/>
        <source>A Belgian postcode has four digits.</source>
        <translation>Een Belgische postcode heeft vier cijfers.</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/forms/messages.py" line="47"/>
        <source>A Belgian postcode lies between 1000 and 9999.</source>
        <translation>Een Belgische postcode ligt tussen 1000 en 9999.</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/forms/messages.py" line="50"/>
        <source>The birth date lies in the future.</source>
        <translation>De geboortedatum ligt in de toekomst.</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/forms/messages.py" line="53"/>
        <source>This birth date makes the person too young for an internship.</source>
        <translation>Met deze geboortedatum is de persoon te jong voor een stage.</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/forms/messages.py" line="56"/>
        <source>This birth date is not plausible (over 100 years ago).</source>
        <translation>Deze geboortedatum is niet aannemelijk (meer dan 100 jaar geleden).</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/forms/messages.py" line="59"/>
        <source>A national register number has 11 digits.</source>
        <translation>Een rijksregisternummer heeft 11 cijfers.</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/forms/messages.py" line="62"/>
        <source>A national register number contains only digits, dots and a dash.</source>
        <translation>Een rijksregisternummer bevat enkel cijfers, punten en een streepje.</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/forms/messages.py" line="65"/>
        <source>The check digits of this national register number are wrong.</source>
        <translation>De controlecijfers van dit rijksregisternummer kloppen niet.</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/forms/messages.py" line="68"/>
        <source>The national register number does not match the birth date.</source>
        <translation>Het rijksregisternummer past niet bij de geboortedatum.</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/forms/messages.py" line="71"/>
        <source>The national register number does not match the gender.</source>
        <translation>Het rijksregisternummer past niet bij het geslacht.</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/forms/messages.py" line="74"/>
        <source>An enterprise number has 10 digits (0123.456.749).</source>
        <translation>Een ondernemingsnummer heeft 10 cijfers (0123.456.749).</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/forms/messages.py" line="77"/>
        <source>An enterprise number contains only digits, dots and BE.</source>
        <translation>Een ondernemingsnummer bevat enkel cijfers, punten en BE.</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/forms/messages.py" line="80"/>
        <source>An enterprise number starts with 0 or 1.</source>
        <translation>Een ondernemingsnummer begint met 0 of 1.</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/forms/messages.py" line="83"/>
        <source>The check digits of this enterprise number are wrong.</source>
        <translation>De controlecijfers van dit ondernemingsnummer kloppen niet.</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/forms/messages.py" line="102"/>
        <source>The planned end is before the start.</source>
        <translation>Het geplande einde ligt vóór het begin.</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/forms/messages.py" line="104"/>
        <source>Give the hours of at least one day.</source>
        <translation>Geef de uren van minstens één dag op.</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/forms/messages.py" line="106"/>
        <source>The schedule totals {total} hours a week; the maximum is {maximum}.</source>
        <translation>Het uurrooster telt in totaal {total} uur per week; het maximum is {maximum}.</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/forms/messages.py" line="111"/>
        <source>This record no longer exists (it may have been deleted).</source>
        <translation>Deze fiche bestaat niet meer (misschien werd ze verwijderd).</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/forms/messages.py" line="115"/>
        <source>This mentor works for another host than the one chosen.</source>
        <translation>Deze stagementor werkt voor een andere stagegever dan de gekozen stagegever.</translation>
    </message>
    <message>
        <source>Write the date day first (6/9/2026) or as 2026-09-06.</source>
        <translation>Schrijf de datum met de dag eerst (6/9/2026) of als 2026-09-06.</translation>
    </message>
</context>
<context>
    <name>VisitsTab</name>
    <message>
        <location filename="../../consultant_app/ui/views/roadmap/visits_tab.py" line="76"/>
        <source>Visit</source>
        <translation>Bezoek</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/views/roadmap/visits_tab.py" line="80"/>
        <source>Report</source>
        <translation>Verslag</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/views/roadmap/visits_tab.py" line="330"/>
        <source>Remove a visit</source>
        <translation>Een bezoek verwijderen</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/views/roadmap/visits_tab.py" line="330"/>
        <source>Remove this visit and its report?</source>
        <translation>Dit bezoek en het verslag ervan verwijderen?</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/views/roadmap/visits_tab.py" line="369"/>
        <source>New v&amp;isit</source>
        <translation>Nieuw &amp;bezoek</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/views/roadmap/visits_tab.py" line="370"/>
        <source>Remo&amp;ve visit</source>
        <translation>Bezoek ver&amp;wijderen</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/views/roadmap/visits_tab.py" line="371"/>
        <source>Follow-up log: conflicts and mediation</source>
        <translation>Opvolgingslogboek: conflicten en bemiddeling</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/views/roadmap/visits_tab.py" line="373"/>
        <source>When</source>
        <translation>Wanneer</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/views/roadmap/visits_tab.py" line="373"/>
        <source>Who</source>
        <translation>Wie</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/views/roadmap/visits_tab.py" line="373"/>
        <source>Kind</source>
        <translation>Soort</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/views/roadmap/visits_tab.py" line="373"/>
        <source>What</source>
        <translation>Wat</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/views/roadmap/visits_tab.py" line="375"/>
        <source>Entr&amp;y</source>
        <translation>&amp;Ingave</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/views/roadmap/visits_tab.py" line="382"/>
        <source>What happened, what was agreed (Ctrl+Enter adds it)</source>
        <translation>Wat er gebeurd is, wat er afgesproken werd (Ctrl+Enter voegt het toe)</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/views/roadmap/visits_tab.py" line="384"/>
        <source>Add to the &amp;log</source>
        <translation>Aan het logboek &amp;toevoegen</translation>
    </message>
    <message>
        <source>Plan the next visit of this internship</source>
        <translation>Het volgende bezoek van deze stage plannen</translation>
    </message>
    <message>
        <source>Remove the selected visit</source>
        <translation>Het geselecteerde bezoek verwijderen</translation>
    </message>
    <message>
        <source>Add a dated note to the internship's log</source>
        <translation>Een gedateerde notitie aan het logboek van de stage toevoegen</translation>
    </message>
</context>
<context>
    <name>WindowSession</name>
    <message>
        <location filename="../../consultant_app/ui/window_session.py" line="60"/>
        <source>Restore a backup</source>
        <translation>Een reservekopie terugzetten</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/window_session.py" line="69"/>
        <source>The backup was not restored: {problem}</source>
        <translation>De reservekopie werd niet teruggezet: {problem}</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/window_session.py" line="78"/>
        <source>{backup} was restored. The previous file was kept as {aside}.</source>
        <translation>{backup} werd teruggezet. Het vorige bestand werd bewaard als {aside}.</translation>
    </message>
</context>
<context>
    <name>WorkplaceTab</name>
    <message>
        <location filename="../../consultant_app/ui/views/roadmap/workplace_tab.py" line="220"/>
        <source>The intern&apos;s view of the workplace. Scores: 1 poor · 2 fair · 3 good · 4 very good. Keyboard: 1–4 scores the line, ←/→ changes it, ↑/↓ or Tab goes to another line. Saved as you type.</source>
        <translation>Hoe de stagiair de stageplaats ervaart. Scores: 1 zwak · 2 matig · 3 goed · 4 zeer goed. Toetsenbord: 1–4 scoort de regel, ←/→ wijzigt de score, ↑/↓ of Tab gaat naar een andere regel. Wordt opgeslagen terwijl u typt.</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/views/roadmap/workplace_tab.py" line="225"/>
        <source>Scores</source>
        <translation>Scores</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/views/roadmap/workplace_tab.py" line="226"/>
        <source>Conclusion</source>
        <translation>Besluit</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/views/roadmap/workplace_tab.py" line="238"/>
        <source>Toda&amp;y</source>
        <translation>Van&amp;daag</translation>
    </message>
    <message>
        <source>The evaluation was filled in today</source>
        <translation>De evaluatie werd vandaag ingevuld</translation>
    </message>
</context>
<context>
    <name>_Counts</name>
    <message numerus="yes">
        <location filename="../../consultant_app/ui/views/record_list.py" line="53"/>
        <source>%n record(s)</source>
        <extracomment>Detail fields whose values are stored codes shown by their translated name.</extracomment>
        <translation>
            <numerusform>%Ln fiche</numerusform>
            <numerusform>%Ln fiches</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LocaleFormat</name>
    <message>
        <source>{number}%</source>
        <translation>{number}%</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%Ln dag</numerusform>
            <numerusform>%Ln dagen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n working day(s)</source>
        <translation>
            <numerusform>%Ln werkdag</numerusform>
            <numerusform>%Ln werkdagen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n week(s)</source>
        <translation>
            <numerusform>%Ln week</numerusform>
            <numerusform>%Ln weken</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{weeks} week(s)</source>
        <translation>
            <numerusform>{weeks} week</numerusform>
            <numerusform>{weeks} weken</numerusform>
        </translation>
    </message>
    <message>
        <source>{label}: {value}</source>
        <translation>{label}: {value}</translation>
    </message>
</context>
<context>
    <name>QuickRecord</name>
    <message>
        <source>New intern</source>
        <translation>Nieuwe stagiair</translation>
    </message>
    <message>
        <source>New host</source>
        <translation>Nieuwe stagegever</translation>
    </message>
    <message>
        <source>The intern is added to the Interns list and chosen for this internship; the rest of the record can be filled in there later.</source>
        <translation>De stagiair wordt toegevoegd aan de lijst Stagiairs en gekozen voor deze stage; de rest van de fiche kunt u daar later invullen.</translation>
    </message>
    <message>
        <source>The host is added to the Hosts list and chosen for this internship; its mentors, training plans and the rest of its record are filled in there.</source>
        <translation>De stagegever wordt toegevoegd aan de lijst Stagegevers en gekozen voor deze stage; de stagementoren, de opleidingsplannen en de rest van de fiche vult u daar in.</translation>
    </message>
</context>
<context>
    <name>MentorsView</name>
    <message>
        <source>Add or edit in Hosts…</source>
        <translation>Toevoegen of wijzigen bij Stagegevers…</translation>
    </message>
    <message>
        <source>Open the host of the selected mentor on its Mentors tab (Ctrl+N)</source>
        <translation>De stagegever van de gekozen stagementor openen op het tabblad Stagementoren (Ctrl+N)</translation>
    </message>
    <message>
        <source>A mentor belongs to a host: mentors are added and edited in Hosts, on the host&apos;s Mentors tab.</source>
        <translation>Een stagementor hoort bij een stagegever: stagementoren voegt u toe en wijzigt u bij Stagegevers, op het tabblad Stagementoren van de stagegever.</translation>
    </message>
</context>
<context>
    <name>QuickRecordDialog</name>
    <message>
        <source>Possible duplicate</source>
        <translation>Mogelijk dubbel</translation>
    </message>
    <message>
        <source>{name} is already registered. Choose the existing record?</source>
        <translation>{name} is al geregistreerd. De bestaande fiche kiezen?</translation>
    </message>
</context>
<context>
    <name>Failures</name>
    <message>
        <source>Not saved</source>
        <translation>Niet opgeslagen</translation>
    </message>
    <message>
        <source>The disk is full: {path} could not be written. Nothing was lost: what was saved before is unchanged. Free some space, then try again.</source>
        <translation>De schijf is vol: {path} kon niet worden geschreven. Er ging niets verloren: wat eerder werd opgeslagen, is ongewijzigd. Maak wat ruimte vrij en probeer het opnieuw.</translation>
    </message>
    <message>
        <source>{path} could not be written ({reason}). Nothing else was changed.</source>
        <translation>{path} kon niet worden geschreven ({reason}). Verder werd niets gewijzigd.</translation>
    </message>
    <message>
        <source>The disk holding the database {path} is full or failing: the last change was not saved, and the database is as it was before it. Free some space, then save again.</source>
        <translation>De schijf met de databank {path} is vol of defect: de laatste wijziging werd niet opgeslagen en de databank is zoals ze ervoor was. Maak wat ruimte vrij en sla opnieuw op.</translation>
    </message>
    <message>
        <source>Something went wrong ({problem}). What was saved before is unchanged. If it happens again, note what you were doing and ask for help.</source>
        <translation>Er ging iets mis ({problem}). Wat eerder werd opgeslagen, is ongewijzigd. Gebeurt het opnieuw, noteer dan wat u aan het doen was en vraag om hulp.</translation>
    </message>
</context>
<context>
    <name>LogCheckpoint</name>
    <message>
        <source>The erased values have now left the database&apos;s log as well.</source>
        <translation>De gewiste waarden zijn nu ook uit het logboek van de databank verdwenen.</translation>
    </message>
</context>
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../../consultant_app/ui/dialogs/about.py" line="0"/>
        <source>About</source>
        <translation>Over</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/dialogs/about.py" line="0"/>
        <source>Media internships consultant application</source>
        <translation>Consulententoepassing van de mediastages</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/dialogs/about.py" line="0"/>
        <source>Version {0}</source>
        <translation>Versie {0}</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/dialogs/about.py" line="0"/>
        <source>Licence: proprietary software of the training fund, all rights reserved; licensed to the fund and its consultants.</source>
        <translation>Licentie: eigen software van het opleidingsfonds, alle rechten voorbehouden; in licentie gegeven aan het fonds en zijn consulenten.</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/dialogs/about.py" line="0"/>
        <source>Database: {0}</source>
        <translation>Databank: {0}</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/dialogs/about.py" line="0"/>
        <source>The licences file is missing: {0}</source>
        <translation>Het licentiebestand ontbreekt: {0}</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/dialogs/about.py" line="0"/>
        <source>Licences of the bundled libraries and fonts:</source>
        <translation>Licenties van de meegeleverde bibliotheken en lettertypen:</translation>
    </message>
</context>
</TS>
