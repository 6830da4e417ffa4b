<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="nl_NL">
<context>
    <name>App</name>
    <message>
        <location filename="../../consultant_app/app.py" line="75" />
        <source>Cannot open the database</source>
        <translation>Kan de databank niet openen</translation>
    </message>
</context>
<context>
    <name>DashboardView</name>
    <message>
        <location filename="../../consultant_app/ui/views/dashboard.py" line="112" />
        <source>Dashboard</source>
        <extracomment>Card key -&gt; (list view, filters) opened when the card is clicked.</extracomment>
        <translation>Overzicht</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/views/dashboard.py" line="114" />
        <source>internships running now</source>
        <translation>lopende stages</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/views/dashboard.py" line="115" />
        <source>conventions awaiting signatures</source>
        <translation>overeenkomsten wachten op handtekening</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/views/dashboard.py" line="116" />
        <source>conventions in draft</source>
        <translation>overeenkomsten in ontwerp</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/views/dashboard.py" line="117" />
        <source>visits due this week</source>
        <translation>bezoeken deze week</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/views/dashboard.py" line="118" />
        <source>visits overdue</source>
        <translation>bezoeken achterstallig</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/views/dashboard.py" line="119" />
        <source>evaluations missing</source>
        <translation>ontbrekende evaluaties</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/views/dashboard.py" line="124" />
        <source>Figures {0} against {1}</source>
        <translation>Cijfers {0} tegenover {1}</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/views/dashboard.py" line="147" />
        <source>Weeks NL</source>
        <translation>Weken NL</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/views/dashboard.py" line="148" />
        <source>Weeks FR</source>
        <translation>Weken FR</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <location filename="../../consultant_app/ui/labels.py" line="14" />
        <source>Reference</source>
        <translation>Referentie</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/labels.py" line="15" />
        <source>Intern</source>
        <translation>Stagiair</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/labels.py" line="16" />
        <source>Host</source>
        <translation>Stagegever</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/labels.py" line="17" />
        <source>Mentor</source>
        <translation>Stagementor</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/labels.py" line="18" />
        <source>Consultant</source>
        <translation>Consulent</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/labels.py" line="19" />
        <source>Function</source>
        <translation>Functie</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/labels.py" line="20" />
        <source>Cluster</source>
        <translation>Cluster</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/labels.py" line="21" />
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/labels.py" line="22" />
        <source>Start</source>
        <translation>Begin</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/labels.py" line="23" />
        <source>End</source>
        <translation>Einde</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/labels.py" line="24" />
        <source>Planned end</source>
        <translation>Geplande einddatum</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/labels.py" line="25" />
        <source>Actual end</source>
        <translation>Werkelijke einddatum</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/labels.py" line="26" />
        <source>Working days</source>
        <translation>Werkdagen</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/labels.py" line="27" />
        <source>Weeks</source>
        <translation>Weken</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/labels.py" line="28" />
        <source>Convention language</source>
        <translation>Taal van de overeenkomst</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/labels.py" line="29" />
        <source>Hours per week</source>
        <translation>Uren per week</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/labels.py" line="30" />
        <source>Place of work</source>
        <translation>Werkplaats</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/labels.py" line="31" />
        <source>Objectives</source>
        <translation>Doelstellingen</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/labels.py" line="32" />
        <source>Reason for termination</source>
        <translation>Reden van stopzetting</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/labels.py" line="33" />
        <source>Reason for cancellation</source>
        <translation>Reden van annulering</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/labels.py" line="34" />
        <source>Visits</source>
        <translation>Bezoeken</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/labels.py" line="35" />
        <source>Visits done</source>
        <translation>Bezoeken gedaan</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/labels.py" line="36" />
        <source>Visits planned</source>
        <translation>Bezoeken gepland</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/labels.py" line="37" />
        <source>Last name</source>
        <translation>Achternaam</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/labels.py" line="38" />
        <source>First name</source>
        <translation>Voornaam</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/labels.py" line="39" />
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/labels.py" line="40" />
        <source>Birth date</source>
        <translation>Geboortedatum</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/labels.py" line="41" />
        <source>Age</source>
        <translation>Leeftijd</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/labels.py" line="42" />
        <source>Gender</source>
        <translation>Geslacht</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/labels.py" line="43" />
        <source>Language</source>
        <translation>Taal</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/labels.py" line="44" />
        <source>National register number</source>
        <translation>Rijksregisternummer</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/labels.py" line="45" />
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/labels.py" line="46" />
        <location filename="../../consultant_app/ui/labels.py" line="124" />
        <source>Phone</source>
        <translation>Telefoon</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/labels.py" line="47" />
        <source>Address</source>
        <translation>Adres</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/labels.py" line="48" />
        <source>Street</source>
        <translation>Straat</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/labels.py" line="49" />
        <source>Number</source>
        <translation>Nummer</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/labels.py" line="50" />
        <source>Box</source>
        <translation>Bus</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/labels.py" line="51" />
        <source>Postcode</source>
        <translation>Postcode</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/labels.py" line="52" />
        <source>Municipality</source>
        <translation>Gemeente</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/labels.py" line="53" />
        <source>Job-seeker agency</source>
        <translation>Arbeidsbemiddelingsdienst</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/labels.py" line="54" />
        <source>Job-seeker number</source>
        <translation>Inschrijvingsnummer werkzoekende</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/labels.py" line="55" />
        <source>Job seeker since</source>
        <translation>Werkzoekend sinds</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/labels.py" line="56" />
        <source>Last diploma</source>
        <translation>Laatste diploma</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/labels.py" line="57" />
        <source>School</source>
        <translation>School</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/labels.py" line="58" />
        <source>Interests</source>
        <translation>Interesses</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/labels.py" line="59" />
        <source>Registered on</source>
        <translation>Ingeschreven op</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/labels.py" line="60" />
        <source>Consent given on</source>
        <translation>Toestemming gegeven op</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/labels.py" line="61" />
        <source>Internships</source>
        <translation>Stages</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/labels.py" line="62" />
        <source>Interns</source>
        <translation>Stagiairs</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/labels.py" line="63" />
        <source>Hosts</source>
        <translation>Stagegevers</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/labels.py" line="64" />
        <source>Enterprise number</source>
        <translation>Ondernemingsnummer</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/labels.py" line="65" />
        <source>Legal form</source>
        <translation>Rechtsvorm</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/labels.py" line="66" />
        <source>Joint committee</source>
        <translation>Paritair comité</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/labels.py" line="67" />
        <source>Language role</source>
        <translation>Taalrol</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/labels.py" line="68" />
        <source>Website</source>
        <translation>Website</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/labels.py" line="69" />
        <source>Employees (FTE)</source>
        <translation>Werknemers (VTE)</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/labels.py" line="70" />
        <source>Contact</source>
        <translation>Contactpersoon</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/labels.py" line="71" />
        <source>Contact email</source>
        <translation>E-mail contactpersoon</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/labels.py" line="72" />
        <source>Contact phone</source>
        <translation>Telefoon contactpersoon</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/labels.py" line="73" />
        <source>Represented by</source>
        <translation>Vertegenwoordigd door</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/labels.py" line="74" />
        <source>Mentors</source>
        <translation>Stagementoren</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/labels.py" line="75" />
        <source>Job title</source>
        <translation>Functie</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/labels.py" line="76" />
        <source>Years of experience</source>
        <translation>Jaren ervaring</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/labels.py" line="77" />
        <source>Mentor training</source>
        <translation>Mentoropleiding</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/labels.py" line="78" />
        <source>Planned on</source>
        <translation>Gepland op</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/labels.py" line="79" />
        <source>Done on</source>
        <translation>Gedaan op</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/labels.py" line="80" />
        <source>Kind</source>
        <translation>Soort</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/labels.py" line="81" />
        <source>Mode</source>
        <translation>Wijze</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/labels.py" line="82" />
        <source>State</source>
        <translation>Stand</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/labels.py" line="83" />
        <source>Year</source>
        <translation>Jaar</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/labels.py" line="84" />
        <source>Internship status</source>
        <translation>Status van de stage</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/labels.py" line="85" />
        <source>Attendees</source>
        <translation>Aanwezigen</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/labels.py" line="86" />
        <source>Notes</source>
        <translation>Notities</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/labels.py" line="87" />
        <source>Action points</source>
        <translation>Actiepunten</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/labels.py" line="88" />
        <source>Signed on</source>
        <translation>Ondertekend op</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/labels.py" line="89" />
        <source>Conventions</source>
        <translation>Overeenkomsten</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/labels.py" line="90" />
        <source>Days</source>
        <translation>Dagen</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/labels.py" line="91" />
        <source>FTE</source>
        <translation>VTE</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/labels.py" line="98" />
        <source>Draft</source>
        <translation>Ontwerp</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/labels.py" line="99" />
        <source>Awaiting signatures</source>
        <translation>Wacht op handtekeningen</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/labels.py" line="100" />
        <source>Signed</source>
        <translation>Ondertekend</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/labels.py" line="101" />
        <source>Running</source>
        <translation>Lopend</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/labels.py" line="102" />
        <source>Completed</source>
        <translation>Afgerond</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/labels.py" line="103" />
        <source>Terminated early</source>
        <translation>Voortijdig beëindigd</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/labels.py" line="104" />
        <source>Cancelled</source>
        <translation>Geannuleerd</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/labels.py" line="106" />
        <source>Female</source>
        <translation>Vrouw</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/labels.py" line="107" />
        <source>Male</source>
        <translation>Man</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/labels.py" line="108" />
        <source>X (other)</source>
        <translation>X (andere)</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/labels.py" line="110" />
        <source>Dutch</source>
        <translation>Nederlands</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/labels.py" line="111" />
        <source>French</source>
        <translation>Frans</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/labels.py" line="112" />
        <source>German</source>
        <translation>Duits</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/labels.py" line="113" />
        <source>English</source>
        <translation>Engels</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/labels.py" line="114" />
        <source>Bilingual</source>
        <translation>Tweetalig</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/labels.py" line="116" />
        <source>CP 227</source>
        <translation>PC 227</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/labels.py" line="117" />
        <source>SCP 303.01</source>
        <translation>PSC 303.01</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/labels.py" line="118" />
        <source>Other</source>
        <translation>Ander</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/labels.py" line="120" />
        <source>Kick-off meeting</source>
        <translation>Startoverleg</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/labels.py" line="121" />
        <source>Mid-term visit</source>
        <translation>Tussentijds bezoek</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/labels.py" line="122" />
        <source>Final interview</source>
        <translation>Eindgesprek</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/labels.py" line="123" />
        <source>On site</source>
        <translation>Ter plaatse</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/labels.py" line="125" />
        <source>Video</source>
        <translation>Video</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/labels.py" line="126" />
        <source>Upcoming</source>
        <translation>Gepland</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/labels.py" line="127" />
        <source>Overdue</source>
        <translation>Achterstallig</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/labels.py" line="128" />
        <source>Done</source>
        <translation>Gedaan</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/labels.py" line="144" />
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/labels.py" line="146" />
        <source>No</source>
        <translation>Nee</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/labels.py" line="151" />
        <source>All</source>
        <translation>Alle</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../consultant_app/ui/main_window.py" line="150" />
        <source>Media internships — consultant</source>
        <translation>Mediastages — consulent</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/main_window.py" line="152" />
        <source>Dashboard</source>
        <translation>Overzicht</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/main_window.py" line="153" />
        <source>Internships</source>
        <translation>Stages</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/main_window.py" line="154" />
        <source>Interns</source>
        <translation>Stagiairs</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/main_window.py" line="155" />
        <source>Hosts</source>
        <translation>Stagegevers</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/main_window.py" line="156" />
        <source>Visits</source>
        <translation>Bezoeken</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/main_window.py" line="157" />
        <source>Reports</source>
        <translation>Rapporten</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/main_window.py" line="158" />
        <source>Settings</source>
        <translation>Instellingen</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/main_window.py" line="163" />
        <source>&amp;File</source>
        <translation>&amp;Bestand</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/main_window.py" line="164" />
        <source>&amp;Quit</source>
        <translation>&amp;Afsluiten</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/main_window.py" line="165" />
        <source>&amp;View</source>
        <translation>Beel&amp;d</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/main_window.py" line="166" />
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/main_window.py" line="167" />
        <source>&amp;About</source>
        <translation>&amp;Over</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/main_window.py" line="179" />
        <source>About</source>
        <translation>Over</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/main_window.py" line="180" />
        <source>Media internships consultant application, version {0}.
Database: {1}</source>
        <translation>Consulententoepassing van de mediastages, versie {0}.
Databank: {1}</translation>
    </message>
</context>
<context>
    <name>RecordListView</name>
    <message numerus="yes">
        <location filename="../../consultant_app/ui/views/record_list.py" line="271" />
        <source>%n record(s)</source>
        <extracomment>Detail fields whose values are stored codes shown by their translated name.</extracomment>
        <translation><numerusform>%n record</numerusform><numerusform>%n records</numerusform></translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/views/record_list.py" line="290" />
        <source>Search (Ctrl+F)…</source>
        <translation>Zoeken (Ctrl+F)…</translation>
    </message>
</context>
<context>
    <name>ReportsView</name>
    <message>
        <location filename="../../consultant_app/ui/views/reports.py" line="70" />
        <source>Reports — yearly figures</source>
        <translation>Rapporten — jaarcijfers</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/views/reports.py" line="73" />
        <source>Conventions are counted by start date. Days are the working days (Monday to Friday, without interruptions) inside each year; weeks = days / 5; FTE = days / 220.</source>
        <translation>Overeenkomsten worden geteld volgens begindatum. Dagen zijn de werkdagen (maandag tot vrijdag, zonder onderbrekingen) binnen elk jaar; weken = dagen / 5; VTE = dagen / 220.</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/views/reports.py" line="82" />
        <source>Total</source>
        <translation>Totaal</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/views/reports.py" line="114" />
        <source>Weeks NL</source>
        <translation>Weken NL</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/views/reports.py" line="115" />
        <source>Weeks FR</source>
        <translation>Weken FR</translation>
    </message>
</context>
<context>
    <name>SettingsView</name>
    <message>
        <location filename="../../consultant_app/ui/views/settings.py" line="105" />
        <source>Settings</source>
        <translation>Instellingen</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/views/settings.py" line="106" />
        <source>Interface</source>
        <translation>Interface</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/views/settings.py" line="107" />
        <source>&amp;Language</source>
        <translation>&amp;Taal</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/views/settings.py" line="108" />
        <source>Database</source>
        <translation>Databank</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/views/settings.py" line="112" />
        <source>File</source>
        <translation>Bestand</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/views/settings.py" line="113" />
        <source>Schema</source>
        <translation>Schema</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/views/settings.py" line="118" />
        <source>Programme rules</source>
        <translation>Programmaregels</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/views/settings.py" line="122" />
        <source>Age limit (younger than)</source>
        <translation>Leeftijdsgrens (jonger dan)</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/views/settings.py" line="124" />
        <source>Weeks per internship</source>
        <translation>Weken per stage</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/views/settings.py" line="127" />
        <source>Maximum weeks per intern</source>
        <translation>Maximum weken per stagiair</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/views/settings.py" line="128" />
        <source>Maximum hours per week</source>
        <translation>Maximum uren per week</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/views/settings.py" line="130" />
        <source>Host quota</source>
        <translation>Quotum per stagegever</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/views/settings.py" line="131" />
        <source>{0} weeks per started block of {1} FTE</source>
        <translation>{0} weken per begonnen schijf van {1} VTE</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/views/settings.py" line="135" />
        <source>Retention (years)</source>
        <translation>Bewaartermijn (jaren)</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/views/settings.py" line="139" />
        <source>The fund</source>
        <translation>Het fonds</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/views/settings.py" line="152" />
        <source>Signs for the fund</source>
        <translation>Tekent voor het fonds</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/views/settings.py" line="160" />
        <source>Consultant profile</source>
        <translation>Profiel van de consulent</translation>
    </message>
</context>
</TS>