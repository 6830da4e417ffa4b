<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="fr_FR">
<context>
    <name>App</name>
    <message>
        <location filename="../../consultant_app/app.py" line="75" />
        <source>Cannot open the database</source>
        <translation>Impossible d'ouvrir la base de données</translation>
    </message>
</context>
<context>
    <name>DashboardView</name>
    <message>
        <location filename="../../consultant_app/ui/views/dashboard.py" line="112" />
        <source>Dashboard</source>
        <extracomment>Card key -&gt; (list view, filters) opened when the card is clicked.</extracomment>
        <translation>Tableau de bord</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/views/dashboard.py" line="114" />
        <source>internships running now</source>
        <translation>stages en cours</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/views/dashboard.py" line="115" />
        <source>conventions awaiting signatures</source>
        <translation>conventions en attente de signature</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/views/dashboard.py" line="116" />
        <source>conventions in draft</source>
        <translation>conventions en brouillon</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/views/dashboard.py" line="117" />
        <source>visits due this week</source>
        <translation>visites prévues cette semaine</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/views/dashboard.py" line="118" />
        <source>visits overdue</source>
        <translation>visites en retard</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/views/dashboard.py" line="119" />
        <source>evaluations missing</source>
        <translation>évaluations manquantes</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/views/dashboard.py" line="124" />
        <source>Figures {0} against {1}</source>
        <translation>Chiffres {0} par rapport à {1}</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/views/dashboard.py" line="147" />
        <source>Weeks NL</source>
        <translation>Semaines NL</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/views/dashboard.py" line="148" />
        <source>Weeks FR</source>
        <translation>Semaines FR</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <location filename="../../consultant_app/ui/labels.py" line="14" />
        <source>Reference</source>
        <translation>Référence</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/labels.py" line="15" />
        <source>Intern</source>
        <translation>Stagiaire</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/labels.py" line="16" />
        <source>Host</source>
        <translation>Donneur de stage</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/labels.py" line="17" />
        <source>Mentor</source>
        <translation>Maître de stage</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/labels.py" line="18" />
        <source>Consultant</source>
        <translation>Consultant</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/labels.py" line="19" />
        <source>Function</source>
        <translation>Fonction</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/labels.py" line="20" />
        <source>Cluster</source>
        <translation>Cluster</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/labels.py" line="21" />
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/labels.py" line="22" />
        <source>Start</source>
        <translation>Début</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/labels.py" line="23" />
        <source>End</source>
        <translation>Fin</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/labels.py" line="24" />
        <source>Planned end</source>
        <translation>Fin prévue</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/labels.py" line="25" />
        <source>Actual end</source>
        <translation>Fin effective</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/labels.py" line="26" />
        <source>Working days</source>
        <translation>Jours ouvrables</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/labels.py" line="27" />
        <source>Weeks</source>
        <translation>Semaines</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/labels.py" line="28" />
        <source>Convention language</source>
        <translation>Langue de la convention</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/labels.py" line="29" />
        <source>Hours per week</source>
        <translation>Heures par semaine</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/labels.py" line="30" />
        <source>Place of work</source>
        <translation>Lieu de travail</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/labels.py" line="31" />
        <source>Objectives</source>
        <translation>Objectifs</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/labels.py" line="32" />
        <source>Reason for termination</source>
        <translation>Motif de la rupture</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/labels.py" line="33" />
        <source>Reason for cancellation</source>
        <translation>Motif de l'annulation</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/labels.py" line="34" />
        <source>Visits</source>
        <translation>Visites</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/labels.py" line="35" />
        <source>Visits done</source>
        <translation>Visites effectuées</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/labels.py" line="36" />
        <source>Visits planned</source>
        <translation>Visites prévues</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/labels.py" line="37" />
        <source>Last name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/labels.py" line="38" />
        <source>First name</source>
        <translation>Prénom</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/labels.py" line="39" />
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/labels.py" line="40" />
        <source>Birth date</source>
        <translation>Date de naissance</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/labels.py" line="41" />
        <source>Age</source>
        <translation>Âge</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/labels.py" line="42" />
        <source>Gender</source>
        <translation>Genre</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/labels.py" line="43" />
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/labels.py" line="44" />
        <source>National register number</source>
        <translation>Numéro de registre national</translation>
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
        <translation>Téléphone</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/labels.py" line="47" />
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/labels.py" line="48" />
        <source>Street</source>
        <translation>Rue</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/labels.py" line="49" />
        <source>Number</source>
        <translation>Numéro</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/labels.py" line="50" />
        <source>Box</source>
        <translation>Boîte</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/labels.py" line="51" />
        <source>Postcode</source>
        <translation>Code postal</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/labels.py" line="52" />
        <source>Municipality</source>
        <translation>Commune</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/labels.py" line="53" />
        <source>Job-seeker agency</source>
        <translation>Service de l'emploi</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/labels.py" line="54" />
        <source>Job-seeker number</source>
        <translation>Numéro de demandeur d'emploi</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/labels.py" line="55" />
        <source>Job seeker since</source>
        <translation>Demandeur d'emploi depuis</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/labels.py" line="56" />
        <source>Last diploma</source>
        <translation>Dernier diplôme</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/labels.py" line="57" />
        <source>School</source>
        <translation>École</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/labels.py" line="58" />
        <source>Interests</source>
        <translation>Centres d'intérêt</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/labels.py" line="59" />
        <source>Registered on</source>
        <translation>Inscrit le</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/labels.py" line="60" />
        <source>Consent given on</source>
        <translation>Consentement donné le</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/labels.py" line="61" />
        <source>Internships</source>
        <translation>Stages</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/labels.py" line="62" />
        <source>Interns</source>
        <translation>Stagiaires</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/labels.py" line="63" />
        <source>Hosts</source>
        <translation>Donneurs de stage</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/labels.py" line="64" />
        <source>Enterprise number</source>
        <translation>Numéro d'entreprise</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/labels.py" line="65" />
        <source>Legal form</source>
        <translation>Forme juridique</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/labels.py" line="66" />
        <source>Joint committee</source>
        <translation>Commission paritaire</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/labels.py" line="67" />
        <source>Language role</source>
        <translation>Rôle linguistique</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/labels.py" line="68" />
        <source>Website</source>
        <translation>Site web</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/labels.py" line="69" />
        <source>Employees (FTE)</source>
        <translation>Travailleurs (ETP)</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/labels.py" line="70" />
        <source>Contact</source>
        <translation>Personne de contact</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/labels.py" line="71" />
        <source>Contact email</source>
        <translation>E-mail du contact</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/labels.py" line="72" />
        <source>Contact phone</source>
        <translation>Téléphone du contact</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/labels.py" line="73" />
        <source>Represented by</source>
        <translation>Représenté par</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/labels.py" line="74" />
        <source>Mentors</source>
        <translation>Maîtres de stage</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/labels.py" line="75" />
        <source>Job title</source>
        <translation>Fonction</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/labels.py" line="76" />
        <source>Years of experience</source>
        <translation>Années d'expérience</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/labels.py" line="77" />
        <source>Mentor training</source>
        <translation>Formation de tuteur</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/labels.py" line="78" />
        <source>Planned on</source>
        <translation>Prévue le</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/labels.py" line="79" />
        <source>Done on</source>
        <translation>Effectuée le</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/labels.py" line="80" />
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/labels.py" line="81" />
        <source>Mode</source>
        <translation>Modalité</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/labels.py" line="82" />
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/labels.py" line="83" />
        <source>Year</source>
        <translation>Année</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/labels.py" line="84" />
        <source>Internship status</source>
        <translation>Statut du stage</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/labels.py" line="85" />
        <source>Attendees</source>
        <translation>Participants</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/labels.py" line="86" />
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/labels.py" line="87" />
        <source>Action points</source>
        <translation>Points d'action</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/labels.py" line="88" />
        <source>Signed on</source>
        <translation>Signée le</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/labels.py" line="89" />
        <source>Conventions</source>
        <translation>Conventions</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/labels.py" line="90" />
        <source>Days</source>
        <translation>Jours</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/labels.py" line="91" />
        <source>FTE</source>
        <translation>ETP</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/labels.py" line="98" />
        <source>Draft</source>
        <translation>Brouillon</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/labels.py" line="99" />
        <source>Awaiting signatures</source>
        <translation>En attente de signatures</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/labels.py" line="100" />
        <source>Signed</source>
        <translation>Signée</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/labels.py" line="101" />
        <source>Running</source>
        <translation>En cours</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/labels.py" line="102" />
        <source>Completed</source>
        <translation>Terminé</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/labels.py" line="103" />
        <source>Terminated early</source>
        <translation>Rompu anticipativement</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/labels.py" line="104" />
        <source>Cancelled</source>
        <translation>Annulé</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/labels.py" line="106" />
        <source>Female</source>
        <translation>Femme</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/labels.py" line="107" />
        <source>Male</source>
        <translation>Homme</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/labels.py" line="108" />
        <source>X (other)</source>
        <translation>X (autre)</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/labels.py" line="110" />
        <source>Dutch</source>
        <translation>Néerlandais</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/labels.py" line="111" />
        <source>French</source>
        <translation>Français</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/labels.py" line="112" />
        <source>German</source>
        <translation>Allemand</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/labels.py" line="113" />
        <source>English</source>
        <translation>Anglais</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/labels.py" line="114" />
        <source>Bilingual</source>
        <translation>Bilingue</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/labels.py" line="116" />
        <source>CP 227</source>
        <translation>CP 227</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/labels.py" line="117" />
        <source>SCP 303.01</source>
        <translation>SCP 303.01</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/labels.py" line="118" />
        <source>Other</source>
        <translation>Autre</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/labels.py" line="120" />
        <source>Kick-off meeting</source>
        <translation>Moment de concertation</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/labels.py" line="121" />
        <source>Mid-term visit</source>
        <translation>Visite à mi-parcours</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/labels.py" line="122" />
        <source>Final interview</source>
        <translation>Entretien final</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/labels.py" line="123" />
        <source>On site</source>
        <translation>Sur place</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/labels.py" line="125" />
        <source>Video</source>
        <translation>Vidéo</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/labels.py" line="126" />
        <source>Upcoming</source>
        <translation>À venir</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/labels.py" line="127" />
        <source>Overdue</source>
        <translation>En retard</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/labels.py" line="128" />
        <source>Done</source>
        <translation>Effectuée</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/labels.py" line="144" />
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/labels.py" line="146" />
        <source>No</source>
        <translation>Non</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/labels.py" line="151" />
        <source>All</source>
        <translation>Tous</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../consultant_app/ui/main_window.py" line="150" />
        <source>Media internships — consultant</source>
        <translation>Stages média — consultant</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/main_window.py" line="152" />
        <source>Dashboard</source>
        <translation>Tableau de bord</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/main_window.py" line="153" />
        <source>Internships</source>
        <translation>Stages</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/main_window.py" line="154" />
        <source>Interns</source>
        <translation>Stagiaires</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/main_window.py" line="155" />
        <source>Hosts</source>
        <translation>Donneurs de stage</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/main_window.py" line="156" />
        <source>Visits</source>
        <translation>Visites</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/main_window.py" line="157" />
        <source>Reports</source>
        <translation>Rapports</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/main_window.py" line="158" />
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/main_window.py" line="163" />
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/main_window.py" line="164" />
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/main_window.py" line="165" />
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/main_window.py" line="166" />
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/main_window.py" line="167" />
        <source>&amp;About</source>
        <translation>À &amp;propos</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/main_window.py" line="179" />
        <source>About</source>
        <translation>À propos</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/main_window.py" line="180" />
        <source>Media internships consultant application, version {0}.
Database: {1}</source>
        <translation>Application des consultants des stages média, version {0}.
Base de données : {1}</translation>
    </message>
</context>
<context>
    <name>RecordListView</name>
    <message numerus="yes">
        <location filename="../../consultant_app/ui/views/record_list.py" line="271" />
        <source>%n record(s)</source>
        <extracomment>Detail fields whose values are stored codes shown by their translated name.</extracomment>
        <translation><numerusform>%n fiche</numerusform><numerusform>%n fiches</numerusform></translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/views/record_list.py" line="290" />
        <source>Search (Ctrl+F)…</source>
        <translation>Rechercher (Ctrl+F)…</translation>
    </message>
</context>
<context>
    <name>ReportsView</name>
    <message>
        <location filename="../../consultant_app/ui/views/reports.py" line="70" />
        <source>Reports — yearly figures</source>
        <translation>Rapports — chiffres annuels</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/views/reports.py" line="73" />
        <source>Conventions are counted by start date. Days are the working days (Monday to Friday, without interruptions) inside each year; weeks = days / 5; FTE = days / 220.</source>
        <translation>Les conventions sont comptées selon leur date de début. Les jours sont les jours ouvrables (du lundi au vendredi, sans interruptions) compris dans chaque année ; semaines = jours / 5 ; ETP = jours / 220.</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/views/reports.py" line="82" />
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/views/reports.py" line="114" />
        <source>Weeks NL</source>
        <translation>Semaines NL</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/views/reports.py" line="115" />
        <source>Weeks FR</source>
        <translation>Semaines FR</translation>
    </message>
</context>
<context>
    <name>SettingsView</name>
    <message>
        <location filename="../../consultant_app/ui/views/settings.py" line="105" />
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/views/settings.py" line="106" />
        <source>Interface</source>
        <translation>Interface</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/views/settings.py" line="107" />
        <source>&amp;Language</source>
        <translation>&amp;Langue</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/views/settings.py" line="108" />
        <source>Database</source>
        <translation>Base de données</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/views/settings.py" line="112" />
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/views/settings.py" line="113" />
        <source>Schema</source>
        <translation>Schéma</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/views/settings.py" line="118" />
        <source>Programme rules</source>
        <translation>Règles du programme</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/views/settings.py" line="122" />
        <source>Age limit (younger than)</source>
        <translation>Limite d'âge (moins de)</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/views/settings.py" line="124" />
        <source>Weeks per internship</source>
        <translation>Semaines par stage</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/views/settings.py" line="127" />
        <source>Maximum weeks per intern</source>
        <translation>Maximum de semaines par stagiaire</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/views/settings.py" line="128" />
        <source>Maximum hours per week</source>
        <translation>Maximum d'heures par semaine</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/views/settings.py" line="130" />
        <source>Host quota</source>
        <translation>Quota par donneur de stage</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/views/settings.py" line="131" />
        <source>{0} weeks per started block of {1} FTE</source>
        <translation>{0} semaines par tranche entamée de {1} ETP</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/views/settings.py" line="135" />
        <source>Retention (years)</source>
        <translation>Durée de conservation (années)</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/views/settings.py" line="139" />
        <source>The fund</source>
        <translation>Le fonds</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/views/settings.py" line="152" />
        <source>Signs for the fund</source>
        <translation>Signe pour le fonds</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/views/settings.py" line="160" />
        <source>Consultant profile</source>
        <translation>Profil du consultant</translation>
    </message>
</context>
</TS>