<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="fr_FR">
<context>
    <name>App</name>
    <message>
        <location filename="../../consultant_app/app.py" line="77" />
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
    <name>EligibilityBadge</name>
    <message>
        <location filename="../../consultant_app/ui/views/interns.py" line="135" />
        <source>Eligible</source>
        <translation>Éligible</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/views/interns.py" line="140" />
        <source>Not eligible</source>
        <translation>Non éligible</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/views/interns.py" line="151" />
        <source>Eligibility</source>
        <translation>Éligibilité</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/views/interns.py" line="152" />
        <source>&amp;On</source>
        <translation>&amp;Le</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/views/interns.py" line="162" />
        <source>Aged {age} on {date}; the limit is younger than {limit}.</source>
        <translation>{age} ans le {date} ; la limite est de moins de {limit} ans.</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/views/interns.py" line="172" />
        <source>Registered job seeker ({agency}).</source>
        <translation>Inscrit(e) comme demandeur d'emploi ({agency}).</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/views/interns.py" line="175" />
        <source>Not registered as a job seeker.</source>
        <translation>Pas inscrit(e) comme demandeur d'emploi.</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/views/interns.py" line="177" />
        <source>{done} of {maximum} weeks of internship used; {left} left.</source>
        <translation>{done} des {maximum} semaines de stage utilisées ; {left} restantes.</translation>
    </message>
</context>
<context>
    <name>HostsView</name>
    <message>
        <location filename="../../consultant_app/ui/views/hosts.py" line="288" />
        <source>Possible duplicate</source>
        <translation>Doublon possible</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/views/hosts.py" line="290" />
        <source>{name} already has this enterprise number. Open the existing record?</source>
        <translation>{name} a déjà ce numéro d'entreprise. Ouvrir la fiche existante ?</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/views/hosts.py" line="345" />
        <source>New host</source>
        <translation>Nouveau donneur de stage</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/views/hosts.py" line="388" />
        <source>New mentor</source>
        <translation>Nouveau maître de stage</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/views/hosts.py" line="428" />
        <source>New training policy plan</source>
        <translation>Nouveau plan de politique de formation</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/views/hosts.py" line="439" />
        <source>&amp;New host</source>
        <translation>&amp;Nouveau donneur de stage</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/views/hosts.py" line="440" />
        <source>New &amp;mentor</source>
        <translation>Nouveau &amp;maître de stage</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/views/hosts.py" line="441" />
        <source>New &amp;plan</source>
        <translation>Nouveau &amp;plan</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/views/hosts.py" line="62" />
        <location filename="../../consultant_app/ui/views/hosts.py" line="442" />
        <source>Company</source>
        <translation>Entreprise</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/views/hosts.py" line="75" />
        <source>Address and contact</source>
        <translation>Adresse et contact</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/views/hosts.py" line="100" />
        <source>Mentor</source>
        <translation>Maître de stage</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/views/hosts.py" line="128" />
        <source>Training policy plan</source>
        <translation>Plan de politique de formation</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/views/hosts.py" line="443" />
        <source>Mentors</source>
        <translation>Maîtres de stage</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/views/hosts.py" line="444" />
        <source>Training policy plans</source>
        <translation>Plans de formation</translation>
    </message>
</context>
<context>
    <name>InternsView</name>
    <message>
        <location filename="../../consultant_app/ui/views/interns.py" line="84" />
        <source>Identity</source>
        <translation>Identité</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/views/interns.py" line="88" />
        <source>Contact and address</source>
        <translation>Contact et adresse</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/views/interns.py" line="92" />
        <source>Job seeker and education</source>
        <translation>Demandeur d'emploi et formation</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/views/interns.py" line="96" />
        <source>With the fund</source>
        <translation>Auprès du fonds</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/views/interns.py" line="237" />
        <source>the same national register number</source>
        <translation>le même numéro de registre national</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/views/interns.py" line="239" />
        <source>the same name and birth date</source>
        <translation>les mêmes nom et date de naissance</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/views/interns.py" line="243" />
        <source>Possible duplicate</source>
        <translation>Doublon possible</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/views/interns.py" line="245" />
        <source>{name} (born {birth}) is already registered with {reason}.</source>
        <translation>{name} (né(e) le {birth}) est déjà inscrit(e) avec {reason}.</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/views/interns.py" line="252" />
        <source>Open the existing record</source>
        <translation>Ouvrir la fiche existante</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/views/interns.py" line="255" />
        <source>Save anyway</source>
        <translation>Enregistrer quand même</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/views/interns.py" line="302" />
        <source>New intern</source>
        <translation>Nouveau stagiaire</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/views/interns.py" line="321" />
        <source>&amp;New intern</source>
        <translation>&amp;Nouveau stagiaire</translation>
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
        <location filename="../../consultant_app/ui/labels.py" line="153" />
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
        <source>Functions wished</source>
        <translation>Fonctions souhaitées</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/labels.py" line="91" />
        <source>Evaluations</source>
        <translation>Évaluations</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/labels.py" line="92" />
        <source>Eligibility</source>
        <translation>Éligibilité</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/labels.py" line="94" />
        <source>Age limit (younger than)</source>
        <translation>Limite d'âge (moins de)</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/labels.py" line="95" />
        <source>Minimum weeks per internship</source>
        <translation>Minimum de semaines par stage</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/labels.py" line="98" />
        <source>Maximum weeks per internship</source>
        <translation>Maximum de semaines par stage</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/labels.py" line="101" />
        <source>Maximum weeks per intern</source>
        <translation>Maximum de semaines par stagiaire</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/labels.py" line="104" />
        <source>Maximum hours per week</source>
        <translation>Maximum d'heures par semaine</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/labels.py" line="105" />
        <source>Host quota: weeks per block</source>
        <translation>Quota du donneur de stage : semaines par tranche</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/labels.py" line="108" />
        <source>Host quota: employees (FTE) per block</source>
        <translation>Quota du donneur de stage : travailleurs (ETP) par tranche</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/labels.py" line="111" />
        <source>Retention (years)</source>
        <translation>Durée de conservation (années)</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/labels.py" line="112" />
        <source>Other joint committee</source>
        <translation>Autre commission paritaire</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/labels.py" line="113" />
        <source>Training budget (EUR)</source>
        <translation>Budget de formation (EUR)</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/labels.py" line="114" />
        <source>Coaching of new staff</source>
        <translation>Accompagnement des nouveaux collaborateurs</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/labels.py" line="115" />
        <source>Mentors trained</source>
        <translation>Tuteurs formés</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/labels.py" line="116" />
        <source>Talent policy</source>
        <translation>Politique des talents</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/labels.py" line="117" />
        <source>Comments</source>
        <translation>Commentaires</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/labels.py" line="118" />
        <source>Received on</source>
        <translation>Reçu le</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/labels.py" line="119" />
        <source>Days</source>
        <translation>Jours</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/labels.py" line="120" />
        <source>FTE</source>
        <translation>ETP</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/labels.py" line="127" />
        <source>Draft</source>
        <translation>Brouillon</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/labels.py" line="128" />
        <source>Awaiting signatures</source>
        <translation>En attente de signatures</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/labels.py" line="129" />
        <source>Signed</source>
        <translation>Signée</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/labels.py" line="130" />
        <source>Running</source>
        <translation>En cours</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/labels.py" line="131" />
        <source>Completed</source>
        <translation>Terminé</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/labels.py" line="132" />
        <source>Terminated early</source>
        <translation>Rompu anticipativement</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/labels.py" line="133" />
        <source>Cancelled</source>
        <translation>Annulé</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/labels.py" line="135" />
        <source>Female</source>
        <translation>Femme</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/labels.py" line="136" />
        <source>Male</source>
        <translation>Homme</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/labels.py" line="137" />
        <source>X (other)</source>
        <translation>X (autre)</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/labels.py" line="139" />
        <source>Dutch</source>
        <translation>Néerlandais</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/labels.py" line="140" />
        <source>French</source>
        <translation>Français</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/labels.py" line="141" />
        <source>German</source>
        <translation>Allemand</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/labels.py" line="142" />
        <source>English</source>
        <translation>Anglais</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/labels.py" line="143" />
        <source>Bilingual</source>
        <translation>Bilingue</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/labels.py" line="145" />
        <source>CP 227</source>
        <translation>CP 227</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/labels.py" line="146" />
        <source>SCP 303.01</source>
        <translation>SCP 303.01</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/labels.py" line="147" />
        <source>Other</source>
        <translation>Autre</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/labels.py" line="149" />
        <source>Kick-off meeting</source>
        <translation>Moment de concertation</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/labels.py" line="150" />
        <source>Mid-term visit</source>
        <translation>Visite à mi-parcours</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/labels.py" line="151" />
        <source>Final interview</source>
        <translation>Entretien final</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/labels.py" line="152" />
        <source>On site</source>
        <translation>Sur place</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/labels.py" line="154" />
        <source>Video</source>
        <translation>Vidéo</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/labels.py" line="155" />
        <source>Upcoming</source>
        <translation>À venir</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/labels.py" line="156" />
        <source>Overdue</source>
        <translation>En retard</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/labels.py" line="157" />
        <source>Done</source>
        <translation>Effectuée</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/labels.py" line="159" />
        <source>Eligible</source>
        <translation>Éligible</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/labels.py" line="160" />
        <source>Not eligible</source>
        <translation>Non éligible</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/labels.py" line="165" />
        <source>Requested</source>
        <translation>Demandé</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/labels.py" line="166" />
        <source>Received</source>
        <translation>Reçu</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/labels.py" line="167" />
        <source>Approved</source>
        <translation>Approuvé</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/labels.py" line="162" />
        <location filename="../../consultant_app/ui/labels.py" line="191" />
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/labels.py" line="163" />
        <location filename="../../consultant_app/ui/labels.py" line="193" />
        <source>No</source>
        <translation>Non</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/labels.py" line="198" />
        <source>All</source>
        <translation>Tous</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../consultant_app/ui/main_window.py" line="170" />
        <source>Media internships — consultant</source>
        <translation>Stages média — consultant</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/main_window.py" line="172" />
        <source>Dashboard</source>
        <translation>Tableau de bord</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/main_window.py" line="173" />
        <source>Internships</source>
        <translation>Stages</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/main_window.py" line="174" />
        <source>Interns</source>
        <translation>Stagiaires</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/main_window.py" line="175" />
        <source>Hosts</source>
        <translation>Donneurs de stage</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/main_window.py" line="176" />
        <source>Mentors</source>
        <translation>Maîtres de stage</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/main_window.py" line="177" />
        <source>Visits</source>
        <translation>Visites</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/main_window.py" line="178" />
        <source>Reports</source>
        <translation>Rapports</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/main_window.py" line="179" />
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/main_window.py" line="184" />
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/main_window.py" line="185" />
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/main_window.py" line="186" />
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/main_window.py" line="187" />
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/main_window.py" line="188" />
        <source>&amp;About</source>
        <translation>À &amp;propos</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/main_window.py" line="200" />
        <source>About</source>
        <translation>À propos</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/main_window.py" line="201" />
        <source>Media internships consultant application, version {0}.
Database: {1}</source>
        <translation>Application des consultants des stages média, version {0}.
Base de données : {1}</translation>
    </message>
</context>
<context>
    <name>QuotaBox</name>
    <message>
        <location filename="../../consultant_app/ui/views/hosts.py" line="178" />
        <source>{available} weeks available, {used} used, {left} left</source>
        <translation>{available} semaines disponibles, {used} utilisées, {left} restantes</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/views/hosts.py" line="184" />
        <source>quota exceeded</source>
        <translation>quota dépassé</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/views/hosts.py" line="189" />
        <source>Internship weeks quota</source>
        <translation>Quota de semaines de stage</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/views/hosts.py" line="190" />
        <source>&amp;Year</source>
        <translation>&amp;Année</translation>
    </message>
</context>
<context>
    <name>RecordForm</name>
    <message>
        <location filename="../../consultant_app/ui/views/interns.py" line="36" />
        <location filename="../../consultant_app/ui/views/hosts.py" line="118" />
        <source>dd/mm/yyyy</source>
        <translation>jj/mm/aaaa</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/forms/record_form.py" line="401" />
        <source>Correct the fields marked in red to save.</source>
        <extracomment>(value, label) pairs, asked again when the language changes.</extracomment>
        <translation>Corrigez les champs marqués en rouge pour enregistrer.</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/forms/record_form.py" line="403" />
        <source>Unsaved changes (Ctrl+S saves, Ctrl+Z undoes).</source>
        <translation>Modifications non enregistrées (Ctrl+S enregistre, Ctrl+Z annule).</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/forms/record_form.py" line="428" />
        <source>Saved.</source>
        <translation>Enregistré.</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/forms/record_form.py" line="438" />
        <source>Unsaved changes</source>
        <translation>Modifications non enregistrées</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/forms/record_form.py" line="439" />
        <source>This record has unsaved changes. Save them before leaving?</source>
        <translation>Cette fiche a des modifications non enregistrées. Les enregistrer avant de quitter ?</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/forms/record_form.py" line="462" />
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/forms/record_form.py" line="463" />
        <source>Re&amp;vert</source>
        <translation>&amp;Rétablir</translation>
    </message>
</context>
<context>
    <name>RecordListView</name>
    <message>
        <location filename="../../consultant_app/ui/views/record_list.py" line="350" />
        <source>Search (Ctrl+F)…</source>
        <extracomment>True while the detail pane holds a new, not yet saved record.</extracomment>
        <translation>Rechercher (Ctrl+F)…</translation>
    </message>
</context>
<context>
    <name>ReportsView</name>
    <message>
        <location filename="../../consultant_app/ui/views/reports.py" line="71" />
        <source>Reports — yearly figures</source>
        <translation>Rapports — chiffres annuels</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/views/reports.py" line="74" />
        <source>Conventions are counted by start date. Days are the working days (Monday to Friday, without interruptions) inside each year; weeks = days / {0}; FTE = days / {1}.</source>
        <translation>Les conventions sont comptées selon leur date de début. Les jours sont les jours ouvrables (du lundi au vendredi, sans interruptions) compris dans chaque année ; semaines = jours / {0} ; ETP = jours / {1}.</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/views/reports.py" line="83" />
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/views/reports.py" line="115" />
        <source>Weeks NL</source>
        <translation>Semaines NL</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/views/reports.py" line="116" />
        <source>Weeks FR</source>
        <translation>Semaines FR</translation>
    </message>
</context>
<context>
    <name>SettingsView</name>
    <message>
        <location filename="../../consultant_app/ui/views/settings.py" line="131" />
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/views/settings.py" line="132" />
        <source>Interface</source>
        <translation>Interface</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/views/settings.py" line="133" />
        <source>&amp;Language</source>
        <translation>&amp;Langue</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/views/settings.py" line="134" />
        <source>Database</source>
        <translation>Base de données</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/views/settings.py" line="138" />
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/views/settings.py" line="139" />
        <source>Schema</source>
        <translation>Schéma</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/views/settings.py" line="73" />
        <source>Programme rules</source>
        <translation>Règles du programme</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/views/settings.py" line="144" />
        <source>The fund</source>
        <translation>Le fonds</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/views/settings.py" line="157" />
        <source>Signs for the fund</source>
        <translation>Signe pour le fonds</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/views/settings.py" line="165" />
        <source>Consultant profile</source>
        <translation>Profil du consultant</translation>
    </message>
</context>
<context>
    <name>StoreErrors</name>
    <message>
        <location filename="../../consultant_app/ui/store_errors.py" line="22" />
        <source>{path} was written by a newer version of the application. Update the application to open it. The file was left untouched.</source>
        <translation>{path} a été écrit par une version plus récente de l'application. Mettez l'application à jour pour l'ouvrir. Le fichier n'a pas été modifié.</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/store_errors.py" line="28" />
        <source>{path} is read-only. Copy it to a folder where you may write, or change its permissions. The file was left untouched.</source>
        <translation>{path} est en lecture seule. Copiez-le dans un dossier où vous pouvez écrire, ou modifiez ses droits. Le fichier n'a pas été modifié.</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/store_errors.py" line="34" />
        <source>{path} belongs to another application. The file was left untouched.</source>
        <translation>{path} appartient à une autre application. Le fichier n'a pas été modifié.</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/store_errors.py" line="39" />
        <source>{path} could not be brought to the latest version.</source>
        <translation>{path} n'a pas pu être mis à jour vers la dernière version.</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/store_errors.py" line="43" />
        <source>{path} is not a database of this application.</source>
        <translation>{path} n'est pas une base de données de cette application.</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/store_errors.py" line="47" />
        <source>{path} cannot be opened.</source>
        <translation>{path} ne peut pas être ouvert.</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/store_errors.py" line="48" />
        <source>Details: {message}</source>
        <translation>Détails : {message}</translation>
    </message>
</context>
<context>
    <name>Validation</name>
    <message>
        <location filename="../../consultant_app/ui/forms/messages.py" line="16" />
        <source>This field is required.</source>
        <translation>Ce champ est obligatoire.</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/forms/messages.py" line="17" />
        <source>Write the date as dd/mm/yyyy or yyyy-mm-dd.</source>
        <translation>Écrivez la date sous la forme jj/mm/aaaa ou aaaa-mm-jj.</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/forms/messages.py" line="20" />
        <source>This date lies in the future.</source>
        <translation>Cette date est dans le futur.</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/forms/messages.py" line="21" />
        <source>This text is too long.</source>
        <translation>Ce texte est trop long.</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/forms/messages.py" line="22" />
        <source>Answer yes or no.</source>
        <translation>Répondez oui ou non.</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/forms/messages.py" line="23" />
        <source>This is not a valid web address (for example www.example.be).</source>
        <translation>Ce n'est pas une adresse web valable (par exemple www.example.be).</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/forms/messages.py" line="26" />
        <source>The minimum must not be above the maximum.</source>
        <translation>Le minimum ne peut pas dépasser le maximum.</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/forms/messages.py" line="29" />
        <source>The weeks per internship must not exceed the weeks per intern.</source>
        <translation>Les semaines par stage ne peuvent pas dépasser les semaines par stagiaire.</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/forms/messages.py" line="32" />
        <source>Write a number.</source>
        <translation>Écrivez un nombre.</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/forms/messages.py" line="33" />
        <source>This number is out of range.</source>
        <translation>Ce nombre est hors des limites.</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/forms/messages.py" line="34" />
        <source>Choose one of the list.</source>
        <translation>Choisissez une valeur de la liste.</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/forms/messages.py" line="35" />
        <source>This is not a valid email address.</source>
        <translation>Ce n'est pas une adresse e-mail valable.</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/forms/messages.py" line="38" />
        <source>This is not a valid phone number (for example 0470 12 34 56).</source>
        <translation>Ce n'est pas un numéro de téléphone valable (par exemple 0470 12 34 56).</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/forms/messages.py" line="41" />
        <source>This phone number has too few or too many digits.</source>
        <translation>Ce numéro de téléphone a trop peu ou trop de chiffres.</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/forms/messages.py" line="44" />
        <source>A Belgian postcode has four digits.</source>
        <translation>Un code postal belge a quatre chiffres.</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/forms/messages.py" line="47" />
        <source>A Belgian postcode lies between 1000 and 9999.</source>
        <translation>Un code postal belge est compris entre 1000 et 9999.</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/forms/messages.py" line="50" />
        <source>The birth date lies in the future.</source>
        <translation>La date de naissance est dans le futur.</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/forms/messages.py" line="53" />
        <source>This birth date makes the person too young for an internship.</source>
        <translation>Avec cette date de naissance, la personne est trop jeune pour un stage.</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/forms/messages.py" line="56" />
        <source>This birth date is not plausible (over 100 years ago).</source>
        <translation>Cette date de naissance n'est pas plausible (il y a plus de 100 ans).</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/forms/messages.py" line="59" />
        <source>A national register number has 11 digits.</source>
        <translation>Un numéro de registre national a 11 chiffres.</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/forms/messages.py" line="62" />
        <source>A national register number contains only digits, dots and a dash.</source>
        <translation>Un numéro de registre national ne contient que des chiffres, des points et un tiret.</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/forms/messages.py" line="65" />
        <source>The check digits of this national register number are wrong.</source>
        <translation>Les chiffres de contrôle de ce numéro de registre national sont erronés.</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/forms/messages.py" line="68" />
        <source>The national register number does not match the birth date.</source>
        <translation>Le numéro de registre national ne correspond pas à la date de naissance.</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/forms/messages.py" line="71" />
        <source>The national register number does not match the gender.</source>
        <translation>Le numéro de registre national ne correspond pas au genre.</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/forms/messages.py" line="74" />
        <source>An enterprise number has 10 digits (0123.456.749).</source>
        <translation>Un numéro d'entreprise a 10 chiffres (0123.456.749).</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/forms/messages.py" line="77" />
        <source>An enterprise number contains only digits, dots and BE.</source>
        <translation>Un numéro d'entreprise ne contient que des chiffres, des points et BE.</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/forms/messages.py" line="80" />
        <source>An enterprise number starts with 0 or 1.</source>
        <translation>Un numéro d'entreprise commence par 0 ou 1.</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/forms/messages.py" line="83" />
        <source>The check digits of this enterprise number are wrong.</source>
        <translation>Les chiffres de contrôle de ce numéro d'entreprise sont erronés.</translation>
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