<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="nl_NL">
<context>
    <name>App</name>
    <message>
        <location filename="../../consultant_app/app.py" line="77" />
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
    <name>EligibilityBadge</name>
    <message>
        <location filename="../../consultant_app/ui/views/interns.py" line="135" />
        <source>Eligible</source>
        <translation>Komt in aanmerking</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/views/interns.py" line="140" />
        <source>Not eligible</source>
        <translation>Komt niet in aanmerking</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/views/interns.py" line="151" />
        <source>Eligibility</source>
        <translation>Toelaatbaarheid</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/views/interns.py" line="152" />
        <source>&amp;On</source>
        <translation>&amp;Op</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/views/interns.py" line="162" />
        <source>Aged {age} on {date}; the limit is younger than {limit}.</source>
        <translation>{age} jaar op {date}; de grens is jonger dan {limit}.</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/views/interns.py" line="172" />
        <source>Registered job seeker ({agency}).</source>
        <translation>Ingeschreven als werkzoekende ({agency}).</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/views/interns.py" line="175" />
        <source>Not registered as a job seeker.</source>
        <translation>Niet ingeschreven als werkzoekende.</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/views/interns.py" line="177" />
        <source>{done} of {maximum} weeks of internship used; {left} left.</source>
        <translation>{done} van {maximum} stageweken gebruikt; {left} over.</translation>
    </message>
</context>
<context>
    <name>HostsView</name>
    <message>
        <location filename="../../consultant_app/ui/views/hosts.py" line="288" />
        <source>Possible duplicate</source>
        <translation>Mogelijk dubbel</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/views/hosts.py" line="290" />
        <source>{name} already has this enterprise number. Open the existing record?</source>
        <translation>{name} heeft dit ondernemingsnummer al. De bestaande fiche openen?</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/views/hosts.py" line="345" />
        <source>New host</source>
        <translation>Nieuwe stagegever</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/views/hosts.py" line="388" />
        <source>New mentor</source>
        <translation>Nieuwe stagementor</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/views/hosts.py" line="428" />
        <source>New training policy plan</source>
        <translation>Nieuw opleidingsbeleidsplan</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/views/hosts.py" line="439" />
        <source>&amp;New host</source>
        <translation>&amp;Nieuwe stagegever</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/views/hosts.py" line="440" />
        <source>New &amp;mentor</source>
        <translation>Nieuwe &amp;mentor</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/views/hosts.py" line="441" />
        <source>New &amp;plan</source>
        <translation>Nieuw &amp;plan</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/views/hosts.py" line="62" />
        <location filename="../../consultant_app/ui/views/hosts.py" line="442" />
        <source>Company</source>
        <translation>Onderneming</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/views/hosts.py" line="75" />
        <source>Address and contact</source>
        <translation>Adres en contact</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/views/hosts.py" line="100" />
        <source>Mentor</source>
        <translation>Stagementor</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/views/hosts.py" line="128" />
        <source>Training policy plan</source>
        <translation>Opleidingsbeleidsplan</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/views/hosts.py" line="443" />
        <source>Mentors</source>
        <translation>Stagementoren</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/views/hosts.py" line="444" />
        <source>Training policy plans</source>
        <translation>Opleidingsplannen</translation>
    </message>
</context>
<context>
    <name>InternsView</name>
    <message>
        <location filename="../../consultant_app/ui/views/interns.py" line="84" />
        <source>Identity</source>
        <translation>Identiteit</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/views/interns.py" line="88" />
        <source>Contact and address</source>
        <translation>Contact en adres</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/views/interns.py" line="92" />
        <source>Job seeker and education</source>
        <translation>Werkzoekende en opleiding</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/views/interns.py" line="96" />
        <source>With the fund</source>
        <translation>Bij het fonds</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/views/interns.py" line="237" />
        <source>the same national register number</source>
        <translation>hetzelfde rijksregisternummer</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/views/interns.py" line="239" />
        <source>the same name and birth date</source>
        <translation>dezelfde naam en geboortedatum</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/views/interns.py" line="243" />
        <source>Possible duplicate</source>
        <translation>Mogelijk dubbel</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/views/interns.py" line="245" />
        <source>{name} (born {birth}) is already registered with {reason}.</source>
        <translation>{name} (geboren op {birth}) is al ingeschreven met {reason}.</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/views/interns.py" line="252" />
        <source>Open the existing record</source>
        <translation>De bestaande fiche openen</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/views/interns.py" line="255" />
        <source>Save anyway</source>
        <translation>Toch opslaan</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/views/interns.py" line="302" />
        <source>New intern</source>
        <translation>Nieuwe stagiair</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/views/interns.py" line="321" />
        <source>&amp;New intern</source>
        <translation>&amp;Nieuwe stagiair</translation>
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
        <location filename="../../consultant_app/ui/labels.py" line="153" />
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
        <source>Functions wished</source>
        <translation>Gewenste functies</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/labels.py" line="91" />
        <source>Evaluations</source>
        <translation>Evaluaties</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/labels.py" line="92" />
        <source>Eligibility</source>
        <translation>Toelaatbaarheid</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/labels.py" line="94" />
        <source>Age limit (younger than)</source>
        <translation>Leeftijdsgrens (jonger dan)</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/labels.py" line="95" />
        <source>Minimum weeks per internship</source>
        <translation>Minimum weken per stage</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/labels.py" line="98" />
        <source>Maximum weeks per internship</source>
        <translation>Maximum weken per stage</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/labels.py" line="101" />
        <source>Maximum weeks per intern</source>
        <translation>Maximum weken per stagiair</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/labels.py" line="104" />
        <source>Maximum hours per week</source>
        <translation>Maximum uren per week</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/labels.py" line="105" />
        <source>Host quota: weeks per block</source>
        <translation>Quotum stagegever: weken per schijf</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/labels.py" line="108" />
        <source>Host quota: employees (FTE) per block</source>
        <translation>Quotum stagegever: werknemers (VTE) per schijf</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/labels.py" line="111" />
        <source>Retention (years)</source>
        <translation>Bewaartermijn (jaren)</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/labels.py" line="112" />
        <source>Other joint committee</source>
        <translation>Ander paritair comité</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/labels.py" line="113" />
        <source>Training budget (EUR)</source>
        <translation>Opleidingsbudget (EUR)</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/labels.py" line="114" />
        <source>Coaching of new staff</source>
        <translation>Begeleiding van nieuwe medewerkers</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/labels.py" line="115" />
        <source>Mentors trained</source>
        <translation>Opgeleide mentoren</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/labels.py" line="116" />
        <source>Talent policy</source>
        <translation>Talentbeleid</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/labels.py" line="117" />
        <source>Comments</source>
        <translation>Opmerkingen</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/labels.py" line="118" />
        <source>Received on</source>
        <translation>Ontvangen op</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/labels.py" line="119" />
        <source>Days</source>
        <translation>Dagen</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/labels.py" line="120" />
        <source>FTE</source>
        <translation>VTE</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/labels.py" line="127" />
        <source>Draft</source>
        <translation>Ontwerp</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/labels.py" line="128" />
        <source>Awaiting signatures</source>
        <translation>Wacht op handtekeningen</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/labels.py" line="129" />
        <source>Signed</source>
        <translation>Ondertekend</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/labels.py" line="130" />
        <source>Running</source>
        <translation>Lopend</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/labels.py" line="131" />
        <source>Completed</source>
        <translation>Afgerond</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/labels.py" line="132" />
        <source>Terminated early</source>
        <translation>Voortijdig beëindigd</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/labels.py" line="133" />
        <source>Cancelled</source>
        <translation>Geannuleerd</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/labels.py" line="135" />
        <source>Female</source>
        <translation>Vrouw</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/labels.py" line="136" />
        <source>Male</source>
        <translation>Man</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/labels.py" line="137" />
        <source>X (other)</source>
        <translation>X (andere)</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/labels.py" line="139" />
        <source>Dutch</source>
        <translation>Nederlands</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/labels.py" line="140" />
        <source>French</source>
        <translation>Frans</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/labels.py" line="141" />
        <source>German</source>
        <translation>Duits</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/labels.py" line="142" />
        <source>English</source>
        <translation>Engels</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/labels.py" line="143" />
        <source>Bilingual</source>
        <translation>Tweetalig</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/labels.py" line="145" />
        <source>CP 227</source>
        <translation>PC 227</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/labels.py" line="146" />
        <source>SCP 303.01</source>
        <translation>PSC 303.01</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/labels.py" line="147" />
        <source>Other</source>
        <translation>Ander</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/labels.py" line="149" />
        <source>Kick-off meeting</source>
        <translation>Startoverleg</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/labels.py" line="150" />
        <source>Mid-term visit</source>
        <translation>Tussentijds bezoek</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/labels.py" line="151" />
        <source>Final interview</source>
        <translation>Eindgesprek</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/labels.py" line="152" />
        <source>On site</source>
        <translation>Ter plaatse</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/labels.py" line="154" />
        <source>Video</source>
        <translation>Video</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/labels.py" line="155" />
        <source>Upcoming</source>
        <translation>Gepland</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/labels.py" line="156" />
        <source>Overdue</source>
        <translation>Achterstallig</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/labels.py" line="157" />
        <source>Done</source>
        <translation>Gedaan</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/labels.py" line="159" />
        <source>Eligible</source>
        <translation>Komt in aanmerking</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/labels.py" line="160" />
        <source>Not eligible</source>
        <translation>Komt niet in aanmerking</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/labels.py" line="165" />
        <source>Requested</source>
        <translation>Aangevraagd</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/labels.py" line="166" />
        <source>Received</source>
        <translation>Ontvangen</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/labels.py" line="167" />
        <source>Approved</source>
        <translation>Goedgekeurd</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/labels.py" line="162" />
        <location filename="../../consultant_app/ui/labels.py" line="191" />
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/labels.py" line="163" />
        <location filename="../../consultant_app/ui/labels.py" line="193" />
        <source>No</source>
        <translation>Nee</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/labels.py" line="198" />
        <source>All</source>
        <translation>Alle</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../consultant_app/ui/main_window.py" line="170" />
        <source>Media internships — consultant</source>
        <translation>Mediastages — consulent</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/main_window.py" line="172" />
        <source>Dashboard</source>
        <translation>Overzicht</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/main_window.py" line="173" />
        <source>Internships</source>
        <translation>Stages</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/main_window.py" line="174" />
        <source>Interns</source>
        <translation>Stagiairs</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/main_window.py" line="175" />
        <source>Hosts</source>
        <translation>Stagegevers</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/main_window.py" line="176" />
        <source>Mentors</source>
        <translation>Stagementoren</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/main_window.py" line="177" />
        <source>Visits</source>
        <translation>Bezoeken</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/main_window.py" line="178" />
        <source>Reports</source>
        <translation>Rapporten</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/main_window.py" line="179" />
        <source>Settings</source>
        <translation>Instellingen</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/main_window.py" line="184" />
        <source>&amp;File</source>
        <translation>&amp;Bestand</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/main_window.py" line="185" />
        <source>&amp;Quit</source>
        <translation>&amp;Afsluiten</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/main_window.py" line="186" />
        <source>&amp;View</source>
        <translation>Beel&amp;d</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/main_window.py" line="187" />
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/main_window.py" line="188" />
        <source>&amp;About</source>
        <translation>&amp;Over</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/main_window.py" line="200" />
        <source>About</source>
        <translation>Over</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/main_window.py" line="201" />
        <source>Media internships consultant application, version {0}.
Database: {1}</source>
        <translation>Consulententoepassing van de mediastages, versie {0}.
Databank: {1}</translation>
    </message>
</context>
<context>
    <name>QuotaBox</name>
    <message>
        <location filename="../../consultant_app/ui/views/hosts.py" line="178" />
        <source>{available} weeks available, {used} used, {left} left</source>
        <translation>{available} weken beschikbaar, {used} gebruikt, {left} over</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/views/hosts.py" line="184" />
        <source>quota exceeded</source>
        <translation>quotum overschreden</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/views/hosts.py" line="189" />
        <source>Internship weeks quota</source>
        <translation>Quotum stageweken</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/views/hosts.py" line="190" />
        <source>&amp;Year</source>
        <translation>&amp;Jaar</translation>
    </message>
</context>
<context>
    <name>RecordForm</name>
    <message>
        <location filename="../../consultant_app/ui/views/interns.py" line="36" />
        <location filename="../../consultant_app/ui/views/hosts.py" line="118" />
        <source>dd/mm/yyyy</source>
        <translation>dd/mm/jjjj</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/forms/record_form.py" line="401" />
        <source>Correct the fields marked in red to save.</source>
        <extracomment>(value, label) pairs, asked again when the language changes.</extracomment>
        <translation>Verbeter de rood gemarkeerde velden om op te slaan.</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/forms/record_form.py" line="403" />
        <source>Unsaved changes (Ctrl+S saves, Ctrl+Z undoes).</source>
        <translation>Niet-opgeslagen wijzigingen (Ctrl+S slaat op, Ctrl+Z maakt ongedaan).</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/forms/record_form.py" line="428" />
        <source>Saved.</source>
        <translation>Opgeslagen.</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/forms/record_form.py" line="438" />
        <source>Unsaved changes</source>
        <translation>Niet-opgeslagen wijzigingen</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/forms/record_form.py" line="439" />
        <source>This record has unsaved changes. Save them before leaving?</source>
        <translation>Deze fiche heeft niet-opgeslagen wijzigingen. Eerst opslaan?</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/forms/record_form.py" line="462" />
        <source>&amp;Save</source>
        <translation>&amp;Opslaan</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/forms/record_form.py" line="463" />
        <source>Re&amp;vert</source>
        <translation>&amp;Herstellen</translation>
    </message>
</context>
<context>
    <name>RecordListView</name>
    <message>
        <location filename="../../consultant_app/ui/views/record_list.py" line="350" />
        <source>Search (Ctrl+F)…</source>
        <extracomment>True while the detail pane holds a new, not yet saved record.</extracomment>
        <translation>Zoeken (Ctrl+F)…</translation>
    </message>
</context>
<context>
    <name>ReportsView</name>
    <message>
        <location filename="../../consultant_app/ui/views/reports.py" line="71" />
        <source>Reports — yearly figures</source>
        <translation>Rapporten — jaarcijfers</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/views/reports.py" line="74" />
        <source>Conventions are counted by start date. Days are the working days (Monday to Friday, without interruptions) inside each year; weeks = days / {0}; FTE = days / {1}.</source>
        <translation>Overeenkomsten worden geteld volgens begindatum. Dagen zijn de werkdagen (maandag tot vrijdag, zonder onderbrekingen) binnen elk jaar; weken = dagen / {0}; VTE = dagen / {1}.</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/views/reports.py" line="83" />
        <source>Total</source>
        <translation>Totaal</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/views/reports.py" line="115" />
        <source>Weeks NL</source>
        <translation>Weken NL</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/views/reports.py" line="116" />
        <source>Weeks FR</source>
        <translation>Weken FR</translation>
    </message>
</context>
<context>
    <name>SettingsView</name>
    <message>
        <location filename="../../consultant_app/ui/views/settings.py" line="131" />
        <source>Settings</source>
        <translation>Instellingen</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/views/settings.py" line="132" />
        <source>Interface</source>
        <translation>Interface</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/views/settings.py" line="133" />
        <source>&amp;Language</source>
        <translation>&amp;Taal</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/views/settings.py" line="134" />
        <source>Database</source>
        <translation>Databank</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/views/settings.py" line="138" />
        <source>File</source>
        <translation>Bestand</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/views/settings.py" line="139" />
        <source>Schema</source>
        <translation>Schema</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/views/settings.py" line="73" />
        <source>Programme rules</source>
        <translation>Programmaregels</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/views/settings.py" line="144" />
        <source>The fund</source>
        <translation>Het fonds</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/views/settings.py" line="157" />
        <source>Signs for the fund</source>
        <translation>Tekent voor het fonds</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/views/settings.py" line="165" />
        <source>Consultant profile</source>
        <translation>Profiel van de consulent</translation>
    </message>
</context>
<context>
    <name>StoreErrors</name>
    <message>
        <location filename="../../consultant_app/ui/store_errors.py" line="22" />
        <source>{path} was written by a newer version of the application. Update the application to open it. The file was left untouched.</source>
        <translation>{path} werd geschreven door een nieuwere versie van de toepassing. Werk de toepassing bij om het te openen. Het bestand bleef onaangeroerd.</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/store_errors.py" line="28" />
        <source>{path} is read-only. Copy it to a folder where you may write, or change its permissions. The file was left untouched.</source>
        <translation>{path} is alleen-lezen. Kopieer het naar een map waarin u mag schrijven, of wijzig de rechten. Het bestand bleef onaangeroerd.</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/store_errors.py" line="34" />
        <source>{path} belongs to another application. The file was left untouched.</source>
        <translation>{path} hoort bij een andere toepassing. Het bestand bleef onaangeroerd.</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/store_errors.py" line="39" />
        <source>{path} could not be brought to the latest version.</source>
        <translation>{path} kon niet naar de nieuwste versie worden gebracht.</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/store_errors.py" line="43" />
        <source>{path} is not a database of this application.</source>
        <translation>{path} is geen databank van deze toepassing.</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/store_errors.py" line="47" />
        <source>{path} cannot be opened.</source>
        <translation>{path} kan niet worden geopend.</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/store_errors.py" line="48" />
        <source>Details: {message}</source>
        <translation>Details: {message}</translation>
    </message>
</context>
<context>
    <name>Validation</name>
    <message>
        <location filename="../../consultant_app/ui/forms/messages.py" line="16" />
        <source>This field is required.</source>
        <translation>Dit veld is verplicht.</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/forms/messages.py" line="17" />
        <source>Write the date as dd/mm/yyyy or yyyy-mm-dd.</source>
        <translation>Schrijf de datum als dd/mm/jjjj of jjjj-mm-dd.</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/forms/messages.py" line="20" />
        <source>This date lies in the future.</source>
        <translation>Deze datum ligt in de toekomst.</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/forms/messages.py" line="21" />
        <source>This text is too long.</source>
        <translation>Deze tekst is te lang.</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/forms/messages.py" line="22" />
        <source>Answer yes or no.</source>
        <translation>Antwoord ja of nee.</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/forms/messages.py" line="23" />
        <source>This is not a valid web address (for example www.example.be).</source>
        <translation>Dit is geen geldig webadres (bijvoorbeeld www.example.be).</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/forms/messages.py" line="26" />
        <source>The minimum must not be above the maximum.</source>
        <translation>Het minimum mag niet boven het maximum liggen.</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/forms/messages.py" line="29" />
        <source>The weeks per internship must not exceed the weeks per intern.</source>
        <translation>De weken per stage mogen de weken per stagiair niet overschrijden.</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/forms/messages.py" line="32" />
        <source>Write a number.</source>
        <translation>Schrijf een getal.</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/forms/messages.py" line="33" />
        <source>This number is out of range.</source>
        <translation>Dit getal ligt buiten het toegelaten bereik.</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/forms/messages.py" line="34" />
        <source>Choose one of the list.</source>
        <translation>Kies een waarde uit de lijst.</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/forms/messages.py" line="35" />
        <source>This is not a valid email address.</source>
        <translation>Dit is geen geldig e-mailadres.</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/forms/messages.py" line="38" />
        <source>This is not a valid phone number (for example 0470 12 34 56).</source>
        <translation>Dit is geen geldig telefoonnummer (bijvoorbeeld 0470 12 34 56).</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/forms/messages.py" line="41" />
        <source>This phone number has too few or too many digits.</source>
        <translation>Dit telefoonnummer heeft te weinig of te veel cijfers.</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/forms/messages.py" line="44" />
        <source>A Belgian postcode has four digits.</source>
        <translation>Een Belgische postcode heeft vier cijfers.</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/forms/messages.py" line="47" />
        <source>A Belgian postcode lies between 1000 and 9999.</source>
        <translation>Een Belgische postcode ligt tussen 1000 en 9999.</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/forms/messages.py" line="50" />
        <source>The birth date lies in the future.</source>
        <translation>De geboortedatum ligt in de toekomst.</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/forms/messages.py" line="53" />
        <source>This birth date makes the person too young for an internship.</source>
        <translation>Met deze geboortedatum is de persoon te jong voor een stage.</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/forms/messages.py" line="56" />
        <source>This birth date is not plausible (over 100 years ago).</source>
        <translation>Deze geboortedatum is niet aannemelijk (meer dan 100 jaar geleden).</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/forms/messages.py" line="59" />
        <source>A national register number has 11 digits.</source>
        <translation>Een rijksregisternummer heeft 11 cijfers.</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/forms/messages.py" line="62" />
        <source>A national register number contains only digits, dots and a dash.</source>
        <translation>Een rijksregisternummer bevat enkel cijfers, punten en een streepje.</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/forms/messages.py" line="65" />
        <source>The check digits of this national register number are wrong.</source>
        <translation>De controlecijfers van dit rijksregisternummer kloppen niet.</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/forms/messages.py" line="68" />
        <source>The national register number does not match the birth date.</source>
        <translation>Het rijksregisternummer past niet bij de geboortedatum.</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/forms/messages.py" line="71" />
        <source>The national register number does not match the gender.</source>
        <translation>Het rijksregisternummer past niet bij het geslacht.</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/forms/messages.py" line="74" />
        <source>An enterprise number has 10 digits (0123.456.749).</source>
        <translation>Een ondernemingsnummer heeft 10 cijfers (0123.456.749).</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/forms/messages.py" line="77" />
        <source>An enterprise number contains only digits, dots and BE.</source>
        <translation>Een ondernemingsnummer bevat enkel cijfers, punten en BE.</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/forms/messages.py" line="80" />
        <source>An enterprise number starts with 0 or 1.</source>
        <translation>Een ondernemingsnummer begint met 0 of 1.</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/forms/messages.py" line="83" />
        <source>The check digits of this enterprise number are wrong.</source>
        <translation>De controlecijfers van dit ondernemingsnummer kloppen niet.</translation>
    </message>
</context>
<context>
    <name>_Counts</name>
    <message numerus="yes">
        <location filename="../../consultant_app/ui/views/record_list.py" line="52" />
        <source>%n record(s)</source>
        <extracomment>Detail fields whose values are stored codes shown by their translated name.</extracomment>
        <translation><numerusform>%n fiche</numerusform><numerusform>%n fiches</numerusform></translation>
    </message>
</context>
</TS>