<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>App</name>
    <message>
        <location filename="../../consultant_app/ui/startup_safety.py" line="42"/>
        <source>Cannot open the database</source>
        <translation>Impossible d&apos;ouvrir la base de données</translation>
    </message>
</context>
<context>
    <name>AuditHistoryDialog</name>
    <message>
        <location filename="../../consultant_app/ui/dialogs/audit_history.py" line="65"/>
        <source>Created</source>
        <extracomment>Role holding the text a column sorts on. The columns of the table. Widest a column is made to fit its content, and the least Before and After get (pixels).</extracomment>
        <translation>Création</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/dialogs/audit_history.py" line="66"/>
        <source>Changed</source>
        <translation>Modification</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/dialogs/audit_history.py" line="67"/>
        <source>Deleted</source>
        <translation>Suppression</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/dialogs/audit_history.py" line="68"/>
        <source>Restored</source>
        <translation>Restauration</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/dialogs/audit_history.py" line="75"/>
        <source>Intern</source>
        <translation>Stagiaire</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/dialogs/audit_history.py" line="76"/>
        <source>Function wished</source>
        <translation>Fonction souhaitée</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/dialogs/audit_history.py" line="79"/>
        <source>Host</source>
        <translation>Donneur de stage</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/dialogs/audit_history.py" line="80"/>
        <source>Training policy plan</source>
        <translation>Plan de politique de formation</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/dialogs/audit_history.py" line="81"/>
        <source>Mentor</source>
        <translation>Maître de stage</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/dialogs/audit_history.py" line="82"/>
        <source>Internship</source>
        <translation>Stage</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/dialogs/audit_history.py" line="83"/>
        <source>Interruption</source>
        <translation>Interruption</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/dialogs/audit_history.py" line="84"/>
        <source>Signature</source>
        <translation>Signature</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/dialogs/audit_history.py" line="85"/>
        <source>Amendment</source>
        <translation>Avenant</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/dialogs/audit_history.py" line="86"/>
        <source>Rule overridden</source>
        <translation>Dérogation à une règle</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/dialogs/audit_history.py" line="87"/>
        <source>Document</source>
        <translation>Document</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/dialogs/audit_history.py" line="88"/>
        <source>Workstation sheet</source>
        <translation>Fiche de poste</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/dialogs/audit_history.py" line="89"/>
        <source>Risk</source>
        <translation>Risque</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/dialogs/audit_history.py" line="90"/>
        <source>Task</source>
        <translation>Tâche</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/dialogs/audit_history.py" line="91"/>
        <source>Competence</source>
        <translation>Compétence</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/dialogs/audit_history.py" line="92"/>
        <source>Evaluation</source>
        <translation>Évaluation</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/dialogs/audit_history.py" line="93"/>
        <source>Evaluation score</source>
        <translation>Note d&apos;évaluation</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/dialogs/audit_history.py" line="94"/>
        <source>Workplace evaluation</source>
        <translation>Évaluation du lieu de stage</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/dialogs/audit_history.py" line="97"/>
        <source>Competence scan</source>
        <translation>Scan des compétences</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/dialogs/audit_history.py" line="98"/>
        <source>Scan score</source>
        <translation>Note du scan</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/dialogs/audit_history.py" line="99"/>
        <source>Visit</source>
        <translation>Visite</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/dialogs/audit_history.py" line="100"/>
        <source>Follow-up log</source>
        <translation>Journal de suivi</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/dialogs/audit_history.py" line="108"/>
        <source>Sickness</source>
        <translation>Maladie</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/dialogs/audit_history.py" line="109"/>
        <source>Suspension</source>
        <translation>Suspension</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/dialogs/audit_history.py" line="113"/>
        <source>The fund</source>
        <translation>Le fonds</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/dialogs/audit_history.py" line="114"/>
        <source>The host</source>
        <translation>Le donneur de stage</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/dialogs/audit_history.py" line="115"/>
        <source>The intern</source>
        <translation>Le stagiaire</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/dialogs/audit_history.py" line="119"/>
        <source>Start</source>
        <translation>Début</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/dialogs/audit_history.py" line="120"/>
        <source>Mid-term</source>
        <translation>Mi-parcours</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/dialogs/audit_history.py" line="121"/>
        <source>End</source>
        <translation>Fin</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/dialogs/audit_history.py" line="122"/>
        <source>Final</source>
        <translation>Finale</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/dialogs/audit_history.py" line="226"/>
        <source>History — {name}</source>
        <extracomment>The code group of the first word of a dependent row&apos;s item, by table. Fields holding codes of one of the groups of :func:`_codes`.</extracomment>
        <translation>Historique — {name}</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/dialogs/audit_history.py" line="358"/>
        <source>No change has been recorded for this record.</source>
        <translation>Aucune modification n&apos;a été enregistrée pour cette fiche.</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/dialogs/audit_history.py" line="361"/>
        <source>The latest {shown} of {total} changes, newest first.</source>
        <translation>Les {shown} dernières modifications sur {total}, les plus récentes d&apos;abord.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../consultant_app/ui/dialogs/audit_history.py" line="366"/>
        <source>%n change(s), newest first.</source>
        <translation>
            <numerusform>%Ln modification.</numerusform>
            <numerusform>%Ln modifications, les plus récentes d&apos;abord.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/dialogs/audit_history.py" line="372"/>
        <source>Date and time</source>
        <translation>Date et heure</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/dialogs/audit_history.py" line="373"/>
        <source>By</source>
        <translation>Par</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/dialogs/audit_history.py" line="374"/>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/dialogs/audit_history.py" line="375"/>
        <source>Record</source>
        <translation>Fiche</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/dialogs/audit_history.py" line="376"/>
        <source>Field</source>
        <translation>Champ</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/dialogs/audit_history.py" line="377"/>
        <source>Before</source>
        <translation>Avant</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/dialogs/audit_history.py" line="378"/>
        <source>After</source>
        <translation>Après</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/dialogs/audit_history.py" line="381"/>
        <source>Show &amp;older changes</source>
        <translation>Afficher les modifications plus &amp;anciennes</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/dialogs/audit_history.py" line="382"/>
        <source>&amp;Close</source>
        <translation>&amp;Fermer</translation>
    </message>
</context>
<context>
    <name>BackupsBox</name>
    <message>
        <location filename="../../consultant_app/ui/views/safety/backups_box.py" line="135"/>
        <source>The backups cannot be listed: {reason}</source>
        <extracomment>Most problems listed in the message of a check (the rest are counted). The user confirmed restoring the backup file at this path over the open database.</extracomment>
        <translation>Impossible de lister les sauvegardes : {reason}</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/views/safety/backups_box.py" line="173"/>
        <source>Daily (automatic)</source>
        <translation>Quotidienne (automatique)</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/views/safety/backups_box.py" line="174"/>
        <source>Manual</source>
        <translation>Manuelle</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/views/safety/backups_box.py" line="175"/>
        <source>Before an import</source>
        <translation>Avant une importation</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/views/safety/backups_box.py" line="191"/>
        <source>Back up now</source>
        <translation>Sauvegarder maintenant</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/views/safety/backups_box.py" line="196"/>
        <source>The backup could not be written.</source>
        <translation>La sauvegarde n&apos;a pas pu être écrite.</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/views/safety/backups_box.py" line="200"/>
        <source>Backup written: {path}</source>
        <translation>Sauvegarde créée : {path}</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/views/safety/backups_box.py" line="214"/>
        <location filename="../../consultant_app/ui/views/safety/backups_box.py" line="224"/>
        <source>Restore a backup</source>
        <translation>Restaurer une sauvegarde</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/views/safety/backups_box.py" line="216"/>
        <source>Databases (*.db *.sqlite *.bak);;All files (*)</source>
        <translation>Bases de données (*.db *.sqlite *.bak);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/views/safety/backups_box.py" line="230"/>
        <source>This is the database itself; choose one of its backups.</source>
        <translation>Il s&apos;agit de la base de données elle-même ; choisissez l&apos;une de ses sauvegardes.</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/views/safety/backups_box.py" line="237"/>
        <source>{path} cannot be restored.</source>
        <translation>{path} ne peut pas être restauré.</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/views/safety/backups_box.py" line="244"/>
        <source>{path} is damaged and cannot be restored:
{problems}</source>
        <translation>{path} est endommagé et ne peut pas être restauré :
{problems}</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/views/safety/backups_box.py" line="253"/>
        <source>Restore {backup}?

The database will be closed and this backup put in its place; the window then opens it again. The current file is kept aside next to it (as {name}.before-restore-….db), so nothing is lost. What was entered after the backup must be entered again.</source>
        <translation>Restaurer {backup} ?

La base de données sera fermée et remplacée par cette sauvegarde ; la fenêtre la rouvrira ensuite. Le fichier actuel est conservé à côté (sous le nom {name}.before-restore-….db) : rien n&apos;est perdu. Ce qui a été saisi après la sauvegarde devra être saisi à nouveau.</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/views/safety/backups_box.py" line="269"/>
        <source>Check the database</source>
        <translation>Vérifier la base de données</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/views/safety/backups_box.py" line="275"/>
        <source>The database could not be checked.</source>
        <translation>La base de données n&apos;a pas pu être vérifiée.</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/views/safety/backups_box.py" line="282"/>
        <source>No problem found in {path}.</source>
        <translation>Aucun problème trouvé dans {path}.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../consultant_app/ui/views/safety/backups_box.py" line="288"/>
        <source>… and %n more.</source>
        <translation>
            <numerusform>… et %Ln autre.</numerusform>
            <numerusform>… et %Ln autres.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../consultant_app/ui/views/safety/backups_box.py" line="293"/>
        <source>SQLite found %n problem(s) in {path}:
{problems}

Keep the file as it is; restore a sound backup, or ask for help.</source>
        <translation>
            <numerusform>SQLite a trouvé %Ln problème dans {path} :
{problems}

Laissez le fichier tel quel ; restaurez une sauvegarde intacte ou demandez de l&apos;aide.</numerusform>
            <numerusform>SQLite a trouvé %Ln problèmes dans {path} :
{problems}

Laissez le fichier tel quel ; restaurez une sauvegarde intacte ou demandez de l&apos;aide.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/views/safety/backups_box.py" line="303"/>
        <source>Backups</source>
        <translation>Sauvegardes</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/views/safety/backups_box.py" line="304"/>
        <source>Folder:</source>
        <translation>Dossier :</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/views/safety/backups_box.py" line="305"/>
        <source>Backups, &amp;newest first:</source>
        <translation>Sauvegardes, les plus ré&amp;centes d&apos;abord :</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/views/safety/backups_box.py" line="307"/>
        <source>Taken</source>
        <translation>Effectuée le</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/views/safety/backups_box.py" line="307"/>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/views/safety/backups_box.py" line="307"/>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/views/safety/backups_box.py" line="307"/>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/views/safety/backups_box.py" line="309"/>
        <source>No backup yet.</source>
        <translation>Aucune sauvegarde pour l&apos;instant.</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/views/safety/backups_box.py" line="310"/>
        <source>Back &amp;up now</source>
        <translation>&amp;Sauvegarder maintenant</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/views/safety/backups_box.py" line="311"/>
        <source>&amp;Restore…</source>
        <translation>Res&amp;taurer…</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/views/safety/backups_box.py" line="312"/>
        <source>Restore the backup selected in the list</source>
        <translation>Restaurer la sauvegarde sélectionnée dans la liste</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/views/safety/backups_box.py" line="313"/>
        <source>Restore &amp;other file…</source>
        <translation>Restaurer un &amp;autre fichier…</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/views/safety/backups_box.py" line="314"/>
        <source>Choose a backup file to restore</source>
        <translation>Choisir un fichier de sauvegarde à restaurer</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/views/safety/backups_box.py" line="315"/>
        <source>&amp;Check now</source>
        <translation>&amp;Vérifier maintenant</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/views/safety/backups_box.py" line="316"/>
        <source>Run SQLite&apos;s full integrity check on the database</source>
        <translation>Exécuter la vérification d&apos;intégrité complète de SQLite sur la base de données</translation>
    </message>
</context>
<context>
    <name>BlockingRulesDialog</name>
    <message>
        <source>Rules not met</source>
        <translation>Règles non respectées</translation>
    </message>
    <message>
        <source>{ref} cannot go ahead: the programme rules below are not met. Change the convention, or override a rule with a written reason (kept in the audit trail).</source>
        <translation>{ref} ne peut pas avancer : les règles du programme ci-dessous ne sont pas respectées. Modifiez la convention, ou accordez une dérogation à une règle avec un motif écrit (conservé dans la piste d'audit).</translation>
    </message>
    <message>
        <source>Override…</source>
        <translation>Déroger…</translation>
    </message>
    <message>
        <source>Let the internship go ahead anyway, with a written reason</source>
        <translation>Laisser le stage avancer malgré tout, avec un motif écrit</translation>
    </message>
    <message>
        <source>&amp;Try again</source>
        <translation>&amp;Réessayer</translation>
    </message>
    <message>
        <source>Override a rule</source>
        <translation>Déroger à une règle</translation>
    </message>
    <message>
        <source>Write why this internship may go ahead anyway (at least {n} characters). The reason is kept in the audit trail.</source>
        <translation>Expliquez pourquoi ce stage peut malgré tout avoir lieu (au moins {n} caractères). Le motif est conservé dans la piste d'audit.</translation>
    </message>
    <message>
        <source>Overridden: {reason}</source>
        <translation>Dérogation accordée : {reason}</translation>
    </message>
</context>
<context>
    <name>CheckPage</name>
    <message>
        <location filename="../../consultant_app/ui/dialogs/internship_wizard/check.py" line="83"/>
        <source>(overridden: {reason})</source>
        <extracomment>The page is shown: the wizard fills it in. The verdicts shown, and (symbol, sentence) of each.</extracomment>
        <translation>(dérogation accordée : {reason})</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/dialogs/internship_wizard/check.py" line="94"/>
        <source>The rules cannot be checked until every page is filled in.</source>
        <translation>Les règles ne peuvent être vérifiées que lorsque toutes les pages sont remplies.</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/dialogs/internship_wizard/check.py" line="97"/>
        <source>The rules marked ✘ are not met. You can still create the draft: the rules are enforced when the convention is sent for signature, where each must be met or overridden with a written reason.</source>
        <translation>Les règles marquées ✘ ne sont pas respectées. Vous pouvez tout de même créer le brouillon : les règles sont appliquées lorsque la convention est envoyée pour signature ; chacune doit alors être respectée ou faire l&apos;objet d&apos;une dérogation motivée par écrit.</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/dialogs/internship_wizard/check.py" line="103"/>
        <source>No rule blocks this internship. The rules are checked again when the convention is sent for signature.</source>
        <translation>Aucune règle ne bloque ce stage. Les règles sont à nouveau vérifiées lorsque la convention est envoyée pour signature.</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/dialogs/internship_wizard/check.py" line="111"/>
        <source>The draft was not created:</source>
        <translation>Le brouillon n&apos;a pas été créé :</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/dialogs/internship_wizard/check.py" line="115"/>
        <source>Check</source>
        <translation>Vérification</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/dialogs/internship_wizard/check.py" line="117"/>
        <source>The internship as it will be drafted, and the rules of the programme.</source>
        <translation>Le stage tel qu&apos;il sera rédigé, et les règles du programme.</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/dialogs/internship_wizard/check.py" line="119"/>
        <source>Programme rules</source>
        <translation>Règles du programme</translation>
    </message>
</context>
<context>
    <name>ConflictsDialog</name>
    <message>
        <location filename="../../consultant_app/ui/dialogs/conflicts.py" line="1"/>
        <source>Conflicts</source>
        <translation>Conflits</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/dialogs/conflicts.py" line="1"/>
        <source>You and a colleague changed the same thing. Choose which value to keep; the next sync sends it to the team.</source>
        <translation>Vous et un collègue avez modifié la même chose. Choisissez la valeur à garder ; la prochaine synchronisation l’envoie à l’équipe.</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/dialogs/conflicts.py" line="1"/>
        <source>Record</source>
        <translation>Fiche</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/dialogs/conflicts.py" line="1"/>
        <source>Field</source>
        <translation>Champ</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/dialogs/conflicts.py" line="1"/>
        <source>Before</source>
        <translation>Avant</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/dialogs/conflicts.py" line="1"/>
        <source>Mine</source>
        <translation>La mienne</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/dialogs/conflicts.py" line="1"/>
        <source>Theirs</source>
        <translation>Celle du collègue</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/dialogs/conflicts.py" line="1"/>
        <source>Changed by</source>
        <translation>Modifié par</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/dialogs/conflicts.py" line="1"/>
        <source>Keep mine</source>
        <translation>Garder la mienne</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/dialogs/conflicts.py" line="1"/>
        <source>Take theirs</source>
        <translation>Prendre celle du collègue</translation>
    </message>
</context>
<context>
    <name>ConventionPage</name>
    <message>
        <location filename="../../consultant_app/ui/dialogs/internship_wizard/convention.py" line="69"/>
        <source>Replaces no employee</source>
        <translation>Ne remplace aucun travailleur</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/dialogs/internship_wizard/convention.py" line="73"/>
        <source>Convention</source>
        <translation>Convention</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/dialogs/internship_wizard/convention.py" line="74"/>
        <source>The clauses printed in the convention.</source>
        <translation>Les clauses imprimées dans la convention.</translation>
    </message>
</context>
<context>
    <name>DashboardView</name>
    <message>
        <location filename="../../consultant_app/ui/views/dashboard.py" line="111"/>
        <source>Dashboard</source>
        <extracomment>Card key -&gt; (list view, filters) opened when the card is clicked.</extracomment>
        <translation>Tableau de bord</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/views/dashboard.py" line="113"/>
        <source>internships running now</source>
        <translation>stages en cours</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/views/dashboard.py" line="114"/>
        <source>conventions awaiting signatures</source>
        <translation>conventions en attente de signature</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/views/dashboard.py" line="115"/>
        <source>conventions in draft</source>
        <translation>conventions en brouillon</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/views/dashboard.py" line="116"/>
        <source>visits due this week</source>
        <translation>visites prévues cette semaine</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/views/dashboard.py" line="117"/>
        <source>visits overdue</source>
        <translation>visites en retard</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/views/dashboard.py" line="118"/>
        <source>evaluations missing</source>
        <translation>évaluations manquantes</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/views/dashboard.py" line="123"/>
        <source>Figures {0} against {1}</source>
        <translation>Chiffres {0} par rapport à {1}</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/views/dashboard.py" line="146"/>
        <source>Weeks NL</source>
        <translation>Semaines NL</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/views/dashboard.py" line="147"/>
        <source>Weeks FR</source>
        <translation>Semaines FR</translation>
    </message>
    <message numerus="yes">
        <source>internship(s) running now</source>
        <translation>
            <numerusform>stage en cours</numerusform>
            <numerusform>stages en cours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>convention(s) awaiting signatures</source>
        <translation>
            <numerusform>convention en attente de signature</numerusform>
            <numerusform>conventions en attente de signature</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>convention(s) in draft</source>
        <translation>
            <numerusform>convention en brouillon</numerusform>
            <numerusform>conventions en brouillon</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>visit(s) due this week</source>
        <translation>
            <numerusform>visite prévue cette semaine</numerusform>
            <numerusform>visites prévues cette semaine</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>visit(s) overdue</source>
        <translation>
            <numerusform>visite en retard</numerusform>
            <numerusform>visites en retard</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>evaluation(s) missing</source>
        <translation>
            <numerusform>évaluation manquante</numerusform>
            <numerusform>évaluations manquantes</numerusform>
        </translation>
    </message>
    <message>
        <source>Open the matching list</source>
        <translation>Ouvrir la liste correspondante</translation>
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

Cause : {reason}</translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <source>dd/mm/yyyy</source>
        <translation>jj/mm/aaaa</translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation>Calendrier</translation>
    </message>
    <message>
        <source>Day first: 6/9/2026, 06-09-2026, 6.9.26 or 2026-09-06</source>
        <translation>Le jour d'abord : 6/9/2026, 06-09-2026, 6.9.26 ou 2026-09-06</translation>
    </message>
</context>
<context>
    <name>DraftRecoveryDialog</name>
    <message>
        <location filename="../../consultant_app/ui/dialogs/draft_recovery.py" line="57"/>
        <source>the intern {name}</source>
        <extracomment>The view that holds the form of each kind of draft. Milliseconds to wait before offering the drafts again while another dialog is open.</extracomment>
        <translation>le stagiaire {name}</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/dialogs/draft_recovery.py" line="59"/>
        <source>a new intern ({name})</source>
        <translation>un nouveau stagiaire ({name})</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/dialogs/draft_recovery.py" line="61"/>
        <source>a new intern</source>
        <translation>un nouveau stagiaire</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/dialogs/draft_recovery.py" line="64"/>
        <source>the host {name}</source>
        <translation>le donneur de stage {name}</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/dialogs/draft_recovery.py" line="66"/>
        <source>a new host ({name})</source>
        <translation>un nouveau donneur de stage ({name})</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/dialogs/draft_recovery.py" line="68"/>
        <source>a new host</source>
        <translation>un nouveau donneur de stage</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/dialogs/draft_recovery.py" line="71"/>
        <source>the mentor {name}</source>
        <translation>le maître de stage {name}</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/dialogs/draft_recovery.py" line="73"/>
        <source>a new mentor ({name})</source>
        <translation>un nouveau maître de stage ({name})</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/dialogs/draft_recovery.py" line="75"/>
        <source>a new mentor</source>
        <translation>un nouveau maître de stage</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/dialogs/draft_recovery.py" line="77"/>
        <source>a new internship ({name})</source>
        <translation>un nouveau stage ({name})</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/dialogs/draft_recovery.py" line="79"/>
        <source>a new internship</source>
        <translation>un nouveau stage</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/dialogs/draft_recovery.py" line="254"/>
        <source>Recovered changes</source>
        <translation>Modifications récupérées</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/dialogs/draft_recovery.py" line="258"/>
        <source>The application stopped before these changes were saved. Restore them to review and save them, or discard them.</source>
        <translation>L&apos;application s&apos;est arrêtée avant l&apos;enregistrement de ces modifications. Restaurez-les pour les vérifier et les enregistrer, ou abandonnez-les.</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/dialogs/draft_recovery.py" line="263"/>
        <source>No recovered changes are left to restore.</source>
        <translation>Il ne reste aucune modification récupérée à restaurer.</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/dialogs/draft_recovery.py" line="266"/>
        <source>Unsaved changes to {subject} from {moment} were recovered.</source>
        <translation>Des modifications non enregistrées pour {subject}, datant du {moment}, ont été récupérées.</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/dialogs/draft_recovery.py" line="270"/>
        <source>&amp;Restore</source>
        <translation>&amp;Restaurer</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/dialogs/draft_recovery.py" line="271"/>
        <source>&amp;Discard</source>
        <translation>&amp;Abandonner</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/dialogs/draft_recovery.py" line="275"/>
        <source>The unsaved changes to {subject} were discarded: the record was deleted meanwhile.</source>
        <translation>Les modifications non enregistrées pour {subject} ont été abandonnées : la fiche a été supprimée entre-temps.</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/dialogs/draft_recovery.py" line="284"/>
        <source>Restore &amp;all</source>
        <translation>Tout r&amp;estaurer</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/dialogs/draft_recovery.py" line="285"/>
        <source>Discard a&amp;ll</source>
        <translation>Tout a&amp;bandonner</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/dialogs/draft_recovery.py" line="289"/>
        <source>Decide la&amp;ter</source>
        <translation>Décider plus &amp;tard</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/dialogs/draft_recovery.py" line="291"/>
        <source>Keep these changes aside; they are offered again at the next start.</source>
        <translation>Mettre ces modifications de côté ; elles seront proposées à nouveau au prochain démarrage.</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/dialogs/draft_recovery.py" line="294"/>
        <source>&amp;Close</source>
        <translation>&amp;Fermer</translation>
    </message>
</context>
<context>
    <name>EligibilityBadge</name>
    <message>
        <location filename="../../consultant_app/ui/views/interns.py" line="140"/>
        <source>Eligible</source>
        <translation>Éligible</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/views/interns.py" line="145"/>
        <source>Not eligible</source>
        <translation>Non éligible</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/views/interns.py" line="156"/>
        <source>Eligibility</source>
        <translation>Éligibilité</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/views/interns.py" line="157"/>
        <source>&amp;On</source>
        <translation>&amp;Le</translation>
    </message>
</context>
<context>
    <name>EncryptionBox</name>
    <message>
        <location filename="../../consultant_app/ui/views/safety/encryption_box.py" line="40"/>
        <source>The database is not encrypted.</source>
        <translation>La base de données n&apos;est pas chiffrée.</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/views/safety/encryption_box.py" line="43"/>
        <source>The key is kept in this computer&apos;s keyring ({keyring}), entry “{service}” / {entry}. The recovery key opens the database elsewhere.</source>
        <translation>La clé est conservée dans le trousseau de clés de cet ordinateur ({keyring}), entrée « {service} » / {entry}. La clé de récupération permet d&apos;ouvrir la base de données ailleurs.</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/views/safety/encryption_box.py" line="52"/>
        <source>No keyring on this computer: the database opens with the passphrase typed at start.</source>
        <translation>Pas de trousseau de clés sur cet ordinateur : la base de données s&apos;ouvre avec la phrase secrète saisie au démarrage.</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/views/safety/encryption_box.py" line="56"/>
        <source>The passphrase comes from the {variable} variable.</source>
        <translation>La phrase secrète provient de la variable {variable}.</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/views/safety/encryption_box.py" line="59"/>
        <source>Opened with the recovery key.</source>
        <translation>Ouverte avec la clé de récupération.</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/views/safety/encryption_box.py" line="62"/>
        <source>Encryption</source>
        <translation>Chiffrement</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/views/safety/encryption_box.py" line="63"/>
        <source>Key</source>
        <translation>Clé</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/views/safety/encryption_box.py" line="65"/>
        <source>Database file</source>
        <translation>Fichier de la base de données</translation>
    </message>
</context>
<context>
    <name>EvaluationRowWidget</name>
    <message>
        <location filename="../../consultant_app/ui/views/roadmap/evaluation_tab.py" line="120"/>
        <source>Objective: {objective}</source>
        <translation>Objectif d&apos;apprentissage : {objective}</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/views/roadmap/evaluation_tab.py" line="123"/>
        <source>Target level: {level} ({meaning})</source>
        <translation>Niveau visé : {level} ({meaning})</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/views/roadmap/evaluation_tab.py" line="129"/>
        <source>Comment on this competence</source>
        <translation>Commentaire sur cette compétence</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/views/roadmap/evaluation_tab.py" line="131"/>
        <source>Score of {competence}</source>
        <translation>Note pour {competence}</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/views/roadmap/evaluation_tab.py" line="134"/>
        <source>Comment on {competence}</source>
        <translation>Commentaire sur {competence}</translation>
    </message>
</context>
<context>
    <name>EvaluationTab</name>
    <message>
        <location filename="../../consultant_app/ui/views/roadmap/evaluation_tab.py" line="345"/>
        <source>Completed on {date}</source>
        <extracomment>The internship and stage the shown rows belong to (what a save writes to). Choose the stage to show when another internship is shown.</extracomment>
        <translation>Terminée le {date}</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/views/roadmap/evaluation_tab.py" line="348"/>
        <source>Draft: {scored} of {total} competences scored</source>
        <translation>Brouillon : {scored} compétences évaluées sur {total}</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/views/roadmap/evaluation_tab.py" line="412"/>
        <source>Evaluation completed.</source>
        <translation>Évaluation terminée.</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/views/roadmap/evaluation_tab.py" line="457"/>
        <source>Eva&amp;luation</source>
        <translation>É&amp;valuation</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/views/roadmap/evaluation_tab.py" line="464"/>
        <source>Scores: 1 insufficient · 2 to develop · 3 good · 4 excellent · N not observed. Keyboard: 1–4 or N scores the row, ←/→ changes the score, ↑/↓ goes to another competence, Tab to the comment. Saved as you type.</source>
        <translation>Notes : 1 insuffisant · 2 à développer · 3 bon · 4 excellent · N non observé. Clavier : 1–4 ou N note la ligne, ←/→ modifie la note, ↑/↓ passe à une autre compétence, Tab va au commentaire. Enregistré au fur et à mesure de la saisie.</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/views/roadmap/evaluation_tab.py" line="470"/>
        <source>This internship has no competences yet: add them in “Tasks &amp; competences”.</source>
        <translation>Ce stage n&apos;a pas encore de compétences : ajoutez-les dans « Tâches &amp; compétences ».</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/views/roadmap/evaluation_tab.py" line="472"/>
        <source>Overall</source>
        <translation>Synthèse</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/views/roadmap/evaluation_tab.py" line="473"/>
        <source>&amp;Overall appreciation *</source>
        <translation>&amp;Appréciation générale *</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/views/roadmap/evaluation_tab.py" line="474"/>
        <source>&amp;Recommendation</source>
        <translation>&amp;Recommandation</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/views/roadmap/evaluation_tab.py" line="475"/>
        <source>General &amp;comments</source>
        <translation>&amp;Commentaires généraux</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/views/roadmap/evaluation_tab.py" line="481"/>
        <source>Would the mentor recommend the intern for a job in the sector?</source>
        <translation>Le maître de stage recommanderait-il le stagiaire pour un emploi dans le secteur ?</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/views/roadmap/evaluation_tab.py" line="483"/>
        <source>Complete the e&amp;valuation</source>
        <translation>&amp;Finaliser l&apos;évaluation</translation>
    </message>
    <message>
        <source>Mark the evaluation as done: every item scored</source>
        <translation>Marquer l'évaluation comme terminée : chaque point est noté</translation>
    </message>
</context>
<context>
    <name>FirstStartDialog</name>
    <message>
        <location filename="../../consultant_app/ui/dialogs/first_start.py" line="25"/>
        <source>Welcome</source>
        <translation>Bienvenue</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/dialogs/first_start.py" line="29"/>
        <source>Conventions and reports print the fund&apos;s identity and your contact details. Fill them in once; you can change them later in Settings.</source>
        <translation>Les conventions et les rapports mentionnent l&apos;identité du fonds et vos coordonnées. Remplissez-les une fois ; vous pourrez les modifier plus tard dans Paramètres.</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/dialogs/first_start.py" line="45"/>
        <source>&amp;Save and continue</source>
        <translation>&amp;Enregistrer et continuer</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/dialogs/first_start.py" line="48"/>
        <source>&amp;Later</source>
        <translation>Plus &amp;tard</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/dialogs/first_start.py" line="60"/>
        <source>Correct the fields marked in red to save.</source>
        <translation>Corrigez les champs marqués en rouge pour enregistrer.</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Langue</translation>
    </message>
</context>
<context>
    <name>HostsView</name>
    <message>
        <location filename="../../consultant_app/ui/views/hosts/view.py" line="60"/>
        <location filename="../../consultant_app/ui/views/hosts/view.py" line="287"/>
        <source>Company</source>
        <translation>Entreprise</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/views/hosts/view.py" line="73"/>
        <source>Address and contact</source>
        <translation>Adresse et contact</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/views/hosts/view.py" line="168"/>
        <source>Possible duplicate</source>
        <translation>Doublon possible</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/views/hosts/view.py" line="170"/>
        <source>{name} already has this enterprise number. Open the existing record?</source>
        <translation>{name} a déjà ce numéro d&apos;entreprise. Ouvrir la fiche existante ?</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/views/hosts/view.py" line="256"/>
        <source>New host</source>
        <translation>Nouveau donneur de stage</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/views/hosts/view.py" line="283"/>
        <source>&amp;New host</source>
        <translation>&amp;Nouveau donneur de stage</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/views/hosts/view.py" line="284"/>
        <source>&amp;History…</source>
        <translation>&amp;Historique…</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/views/hosts/view.py" line="288"/>
        <source>Mentors</source>
        <translation>Maîtres de stage</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/views/hosts/view.py" line="289"/>
        <source>Training policy plans</source>
        <translation>Plans de formation</translation>
    </message>
    <message>
        <source>Host {name} saved</source>
        <translation>Fiche du donneur de stage {name} enregistrée</translation>
    </message>
    <message>
        <source>Add a new host company (Ctrl+N)</source>
        <translation>Ajouter un nouveau donneur de stage (Ctrl+N)</translation>
    </message>
    <message>
        <source>Who changed what, and when (the audit trail)</source>
        <translation>Qui a modifié quoi, et quand (la piste d'audit)</translation>
    </message>
</context>
<context>
    <name>IdentityForms</name>
    <message>
        <location filename="../../consultant_app/ui/forms/identity_forms.py" line="27"/>
        <source>Images (*.png *.jpg *.jpeg)</source>
        <translation>Images (*.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/forms/identity_forms.py" line="42"/>
        <source>The fund</source>
        <translation>Le fonds</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/forms/identity_forms.py" line="55"/>
        <source>Consultant profile</source>
        <translation>Profil du consultant</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../../consultant_app/ui/dialogs/import_dialog.py" line="149"/>
        <source>Reading and checking the file…</source>
        <translation>Lecture et vérification du fichier…</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/dialogs/import_dialog.py" line="56"/>
        <location filename="../../consultant_app/ui/dialogs/import_dialog.py" line="103"/>
        <source>Import internships</source>
        <extracomment>Entities of the summary table, in the order shown.</extracomment>
        <translation>Importer des stages</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/dialogs/import_dialog.py" line="65"/>
        <source>&amp;Choose a CSV file…</source>
        <translation>&amp;Choisir un fichier CSV…</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/dialogs/import_dialog.py" line="74"/>
        <source>What will change</source>
        <translation>Ce qui changera</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/dialogs/import_dialog.py" line="75"/>
        <source>Rows refused</source>
        <translation>Lignes refusées</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/dialogs/import_dialog.py" line="76"/>
        <source>Warnings</source>
        <translation>Avertissements</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/dialogs/import_dialog.py" line="80"/>
        <source>&amp;Import</source>
        <translation>&amp;Importer</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/dialogs/import_dialog.py" line="83"/>
        <source>Import the &amp;valid rows only</source>
        <translation>Importer uniquement les lignes &amp;valides</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/dialogs/import_dialog.py" line="103"/>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>Fichiers CSV (*.csv);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/dialogs/import_dialog.py" line="117"/>
        <source>This file cannot be imported: {reason}</source>
        <translation>Ce fichier ne peut pas être importé : {reason}</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/dialogs/import_dialog.py" line="133"/>
        <source>Records</source>
        <translation>Fiches</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/dialogs/import_dialog.py" line="133"/>
        <source>New</source>
        <translation>Nouveaux</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/dialogs/import_dialog.py" line="133"/>
        <source>Updated</source>
        <translation>Mis à jour</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/dialogs/import_dialog.py" line="133"/>
        <source>Unchanged</source>
        <translation>Inchangés</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/dialogs/import_dialog.py" line="136"/>
        <source>Line</source>
        <translation>Ligne</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/dialogs/import_dialog.py" line="136"/>
        <source>Column</source>
        <translation>Colonne</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/dialogs/import_dialog.py" line="136"/>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/dialogs/import_dialog.py" line="138"/>
        <source>No file chosen yet.</source>
        <translation>Aucun fichier choisi.</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/dialogs/import_dialog.py" line="145"/>
        <source>Internships</source>
        <translation>Stages</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/dialogs/import_dialog.py" line="146"/>
        <source>Interns</source>
        <translation>Stagiaires</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/dialogs/import_dialog.py" line="147"/>
        <source>Hosts</source>
        <translation>Donneurs de stage</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/dialogs/import_dialog.py" line="148"/>
        <source>Mentors</source>
        <translation>Maîtres de stage</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/dialogs/import_dialog.py" line="149"/>
        <source>Functions</source>
        <translation>Fonctions</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/dialogs/import_dialog.py" line="150"/>
        <source>Consultants</source>
        <translation>Consultants</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/dialogs/import_dialog.py" line="175"/>
        <source>Rows refused ({n})</source>
        <translation>Lignes refusées ({n})</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/dialogs/import_dialog.py" line="176"/>
        <source>Warnings ({n})</source>
        <translation>Avertissements ({n})</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/dialogs/import_dialog.py" line="110"/>
        <source>Updates</source>
        <translation>Modifications</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/dialogs/import_dialog.py" line="168"/>
        <source>Record</source>
        <translation>Fiche</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/dialogs/import_dialog.py" line="168"/>
        <source>Change (old → new)</source>
        <translation>Modification (ancien → nouveau)</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/dialogs/import_dialog.py" line="245"/>
        <source>Updates ({n})</source>
        <translation>Modifications ({n})</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/dialogs/import_dialog.py" line="255"/>
        <source>The import updates {n} existing record(s); each change is listed under Updates. Import and update them?</source>
        <translation>L’import modifie {n} fiche(s) existante(s) ; chaque modification est listée sous Modifications. Importer et les modifier ?</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/dialogs/import_dialog.py" line="180"/>
        <source>Every row can be imported. Programme-rule failures of historical rows are imported with a warning.</source>
        <translation>Toutes les lignes peuvent être importées. Les lignes historiques qui ne respectent pas une règle du programme sont importées avec un avertissement.</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/dialogs/import_dialog.py" line="187"/>
        <source>{n} row problem(s): nothing is imported unless you import the valid rows only; the refused rows are then written beside the file.</source>
        <translation>{n} problème(s) dans les lignes : rien n&apos;est importé, sauf si vous importez uniquement les lignes valides ; les lignes refusées sont alors écrites à côté du fichier.</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/dialogs/import_dialog.py" line="201"/>
        <source>Importing…</source>
        <translation>Importation en cours…</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/dialogs/import_dialog.py" line="201"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/dialogs/import_dialog.py" line="219"/>
        <source>Import cancelled: nothing was imported.</source>
        <translation>Importation annulée : rien n&apos;a été importé.</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/dialogs/import_dialog.py" line="227"/>
        <source>Imported: {created} new and {updated} updated internships.</source>
        <translation>Importé : {created} nouveaux stages et {updated} stages mis à jour.</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/dialogs/import_dialog.py" line="233"/>
        <source>The refused rows are in {path}.</source>
        <translation>Les lignes refusées se trouvent dans {path}.</translation>
    </message>
    <message numerus="yes">
        <source>%n row problem(s): nothing is imported unless you import the valid rows only; the refused rows are then written beside the file.</source>
        <translation>
            <numerusform>%Ln problème dans les lignes : rien n&apos;est importé, sauf si vous importez uniquement les lignes valides ; la ligne refusée est alors écrite à côté du fichier.</numerusform>
            <numerusform>%Ln problèmes dans les lignes : rien n&apos;est importé, sauf si vous importez uniquement les lignes valides ; les lignes refusées sont alors écrites à côté du fichier.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The import updates %n existing record(s); each change is listed under Updates. Import and update them?</source>
        <translation>
            <numerusform>L’import modifie %Ln fiche existante ; chaque modification est listée sous Modifications. Importer et la modifier ?</numerusform>
            <numerusform>L’import modifie %Ln fiches existantes ; chaque modification est listée sous Modifications. Importer et les modifier ?</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>InternsView</name>
    <message>
        <location filename="../../consultant_app/ui/views/interns.py" line="89"/>
        <source>Identity</source>
        <translation>Identité</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/views/interns.py" line="93"/>
        <source>Contact and address</source>
        <translation>Contact et adresse</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/views/interns.py" line="97"/>
        <source>Job seeker and education</source>
        <translation>Demandeur d&apos;emploi et formation</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/views/interns.py" line="101"/>
        <source>With the fund</source>
        <translation>Auprès du fonds</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/views/interns.py" line="226"/>
        <source>the same national register number</source>
        <translation>le même numéro de registre national</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/views/interns.py" line="228"/>
        <source>the same name and birth date</source>
        <translation>les mêmes nom et date de naissance</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/views/interns.py" line="232"/>
        <source>Possible duplicate</source>
        <translation>Doublon possible</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/views/interns.py" line="234"/>
        <source>{name} (born {birth}) is already registered with {reason}.</source>
        <translation>{name} (né(e) le {birth}) est déjà inscrit(e) avec {reason}.</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/views/interns.py" line="241"/>
        <source>Open the existing record</source>
        <translation>Ouvrir la fiche existante</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/views/interns.py" line="244"/>
        <source>Save anyway</source>
        <translation>Enregistrer quand même</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/views/interns.py" line="288"/>
        <source>New intern</source>
        <translation>Nouveau stagiaire</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/views/interns.py" line="337"/>
        <source>Export personal data</source>
        <translation>Exporter les données personnelles</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/views/interns.py" line="347"/>
        <source>The personal data could not be exported: {problem}</source>
        <translation>Les données personnelles n&apos;ont pas pu être exportées : {problem}</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/views/interns.py" line="356"/>
        <source>Everything held about {name} was written to:
{json}
{pdf}

These files hold personal data: hand them only to the person concerned.</source>
        <translation>Toutes les données détenues sur {name} ont été écrites dans :
{json}
{pdf}

Ces fichiers contiennent des données personnelles : ne les remettez qu&apos;à la personne concernée.</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/views/interns.py" line="364"/>
        <source>&amp;New intern</source>
        <translation>&amp;Nouveau stagiaire</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/views/interns.py" line="365"/>
        <source>&amp;History…</source>
        <translation>&amp;Historique…</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/views/interns.py" line="366"/>
        <source>E&amp;xport personal data…</source>
        <translation>E&amp;xporter les données personnelles…</translation>
    </message>
    <message>
        <source>Intern {name} saved</source>
        <translation>Fiche du stagiaire {name} enregistrée</translation>
    </message>
    <message>
        <source>Register a new intern (Ctrl+N)</source>
        <translation>Inscrire un nouveau stagiaire (Ctrl+N)</translation>
    </message>
    <message>
        <source>Who changed what, and when (the audit trail)</source>
        <translation>Qui a modifié quoi, et quand (la piste d'audit)</translation>
    </message>
    <message>
        <source>Everything kept about this intern, in one PDF (right of access)</source>
        <translation>Tout ce qui est conservé sur ce stagiaire, dans un PDF (droit d'accès)</translation>
    </message>
</context>
<context>
    <name>InternshipPanel</name>
    <message>
        <location filename="../../consultant_app/ui/views/internship/actions.py" line="28"/>
        <source>Send for si&amp;gnature</source>
        <extracomment>Fields of the convention form (the intern and the host are fixed once created).</extracomment>
        <translation>Envoyer pour &amp;signature</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/views/internship/actions.py" line="31"/>
        <source>Mark as si&amp;gned</source>
        <translation>&amp;Marquer comme signée</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/views/internship/actions.py" line="32"/>
        <source>S&amp;tart</source>
        <translation>&amp;Démarrer</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/views/internship/actions.py" line="33"/>
        <source>Co&amp;mplete</source>
        <translation>&amp;Terminer</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/views/internship/actions.py" line="34"/>
        <source>Terminate &amp;early…</source>
        <translation>R&amp;ompre anticipativement…</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/views/internship/actions.py" line="35"/>
        <source>Ca&amp;ncel…</source>
        <translation>Annu&amp;ler…</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/views/internship/actions.py" line="36"/>
        <source>Back to &amp;draft</source>
        <translation>Revenir au &amp;brouillon</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/views/internship/convention.py" line="80"/>
        <source>Function and people</source>
        <translation>Fonction et intervenants</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/views/internship/convention.py" line="84"/>
        <source>Dates and weekly hours</source>
        <translation>Dates et heures par semaine</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/views/internship/documents_tab.py" line="17"/>
        <location filename="../../consultant_app/ui/views/internship/panel.py" line="361"/>
        <location filename="../../consultant_app/ui/views/internship/convention.py" line="88"/>
        <source>Convention</source>
        <translation>Convention</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/views/internship/panel.py" line="232"/>
        <source>version {n}</source>
        <translation>version {n}</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/views/internship/panel.py" line="62"/>
        <source>{start} to {end}: {days} working days = {weeks} weeks</source>
        <translation>Du {start} au {end} : {days} jours ouvrables = {weeks} semaines</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/views/internship/panel.py" line="71"/>
        <source>{hours} h a week</source>
        <translation>{hours} h par semaine</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/views/internship/panel.py" line="75"/>
        <source>Terminated: {reason}</source>
        <translation>Rompu anticipativement : {reason}</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/views/internship/panel.py" line="79"/>
        <source>Cancelled: {reason}</source>
        <translation>Annulé : {reason}</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/views/internship/convention.py" line="150"/>
        <source>Awaiting signatures: go back to draft to change the convention.</source>
        <translation>En attente de signatures : revenez au brouillon pour modifier la convention.</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/views/internship/convention.py" line="157"/>
        <source>Amendment: change the convention, then save; you will be asked the reason.</source>
        <translation>Avenant : modifiez la convention, puis enregistrez ; le motif vous sera demandé.</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/views/internship/rules_tab.py" line="48"/>
        <source>Overridden: {reason}</source>
        <translation>Dérogation accordée : {reason}</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/views/internship/rules_tab.py" line="65"/>
        <source>Rules</source>
        <translation>Règles</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/views/internship/signatures_tab.py" line="58"/>
        <source>not signed yet</source>
        <translation>pas encore signé</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/views/internship/documents_tab.py" line="61"/>
        <source>Amendment {n} (version {version}) of {date}</source>
        <translation>Avenant {n} (version {version}) du {date}</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/views/internship/documents_tab.py" line="18"/>
        <location filename="../../consultant_app/ui/views/internship/convention.py" line="178"/>
        <source>Amendment</source>
        <translation>Avenant</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/views/internship/documents_tab.py" line="19"/>
        <source>Signed copy (scan)</source>
        <translation>Copie signée (scan)</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/views/internship/documents_tab.py" line="45"/>
        <source>host</source>
        <translation>entreprise d&apos;accueil</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/views/internship/documents_tab.py" line="45"/>
        <source>host&apos;s address</source>
        <translation>adresse de l&apos;entreprise d&apos;accueil</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/views/internship/documents_tab.py" line="45"/>
        <source>host&apos;s representative</source>
        <translation>représentant de l&apos;entreprise d&apos;accueil</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/views/internship/documents_tab.py" line="45"/>
        <source>mentor</source>
        <translation>tuteur</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/views/internship/documents_tab.py" line="45"/>
        <source>intern</source>
        <translation>stagiaire</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/views/internship/documents_tab.py" line="45"/>
        <source>intern&apos;s address</source>
        <translation>adresse du stagiaire</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/views/internship/documents_tab.py" line="45"/>
        <source>job-seeker registration</source>
        <translation>inscription comme demandeur d&apos;emploi</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/views/internship/documents_tab.py" line="45"/>
        <source>function and tasks</source>
        <translation>fonction et tâches</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/views/internship/documents_tab.py" line="45"/>
        <source>dates</source>
        <translation>dates</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/views/internship/documents_tab.py" line="45"/>
        <source>hours</source>
        <translation>heures</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/views/internship/documents_tab.py" line="45"/>
        <source>workplace and terms</source>
        <translation>lieu de travail et conditions</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/views/internship/documents_tab.py" line="45"/>
        <source>fund&apos;s details</source>
        <translation>coordonnées du fonds</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/views/internship/documents_tab.py" line="45"/>
        <source>consultant</source>
        <translation>consultant</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/views/internship/documents_tab.py" line="45"/>
        <source>template text</source>
        <translation>texte du modèle</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/views/internship/documents_tab.py" line="45"/>
        <source>Convention version {version} frozen on {date}, not printed yet.</source>
        <translation>Convention version {version} figée le {date}, pas encore imprimée.</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/views/internship/documents_tab.py" line="45"/>
        <source>Convention version {version} issued on {date} (SHA-256 {sha256}).</source>
        <translation>Convention version {version} émise le {date} (SHA-256 {sha256}).</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/views/internship/documents_tab.py" line="45"/>
        <source>Today&apos;s data differs from it: {fields}. Reprints keep the signed text; an amendment makes a new version.</source>
        <translation>Les données d&apos;aujourd&apos;hui en diffèrent : {fields}. Une réimpression garde le texte signé ; un avenant crée une nouvelle version.</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/views/internship/documents_tab.py" line="45"/>
        <source>Today&apos;s data prints the same text.</source>
        <translation>Les données d&apos;aujourd&apos;hui donnent le même texte.</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/views/internship/documents_tab.py" line="20"/>
        <source>Roadmap</source>
        <translation>Feuille de route</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/views/internship/documents_tab.py" line="21"/>
        <source>Mid-term evaluation</source>
        <translation>Évaluation à mi-parcours</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/views/internship/documents_tab.py" line="22"/>
        <source>Mid-term evaluation (blank)</source>
        <translation>Évaluation à mi-parcours (vierge)</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/views/internship/documents_tab.py" line="25"/>
        <source>Final evaluation</source>
        <translation>Évaluation finale</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/views/internship/documents_tab.py" line="26"/>
        <source>Final evaluation (blank)</source>
        <translation>Évaluation finale (vierge)</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/views/internship/documents_tab.py" line="29"/>
        <source>Workplace evaluation</source>
        <translation>Évaluation du lieu de stage</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/views/internship/documents_tab.py" line="32"/>
        <source>Workplace evaluation (blank)</source>
        <translation>Évaluation du lieu de stage (vierge)</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/views/internship/documents_tab.py" line="35"/>
        <source>Competence scan</source>
        <translation>Scan des compétences</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/views/internship/documents_tab.py" line="36"/>
        <location filename="../../consultant_app/ui/views/internship/printing.py" line="45"/>
        <source>End-of-internship report</source>
        <translation>Rapport de fin de stage</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/views/internship/convention.py" line="179"/>
        <source>Why is the signed convention changed? The amendment is printed with it.</source>
        <translation>Pourquoi la convention signée est-elle modifiée ? L&apos;avenant est imprimé avec elle.</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/views/internship/convention.py" line="185"/>
        <source>&amp;Decided on</source>
        <translation>&amp;Décidé le</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/views/internship/actions.py" line="65"/>
        <source>Not possible</source>
        <translation>Impossible</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/views/internship/actions.py" line="47"/>
        <source>The internship&apos;s days stop on its last day.</source>
        <translation>Les jours du stage s&apos;arrêtent à son dernier jour.</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/views/internship/actions.py" line="49"/>
        <source>A cancelled internship never counts in the figures.</source>
        <translation>Un stage annulé n&apos;est jamais compté dans les chiffres.</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/views/internship/actions.py" line="56"/>
        <source>&amp;Last day</source>
        <translation>&amp;Dernier jour</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/views/internship/rules_tab.py" line="88"/>
        <source>Override a rule</source>
        <translation>Déroger à une règle</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/views/internship/rules_tab.py" line="91"/>
        <source>Write why this internship may go ahead anyway. The reason is kept in the audit trail.</source>
        <translation>Expliquez pourquoi ce stage peut malgré tout avoir lieu. Le motif est conservé dans la piste d&apos;audit.</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/views/internship/signatures_tab.py" line="102"/>
        <source>Signed copy</source>
        <translation>Copie signée</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/views/internship/signatures_tab.py" line="104"/>
        <source>Scans (*.pdf *.png *.jpg *.jpeg)</source>
        <translation>Documents numérisés (*.pdf *.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/views/internship/interruptions_tab.py" line="80"/>
        <source>Remove interruption</source>
        <translation>Supprimer l&apos;interruption</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/views/internship/interruptions_tab.py" line="81"/>
        <source>Remove this interruption? Its days count again.</source>
        <translation>Supprimer cette interruption ? Ses jours seront de nouveau comptés.</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/views/internship/printing.py" line="116"/>
        <source>Convention {ref}</source>
        <translation>Convention {ref}</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/views/internship/printing.py" line="25"/>
        <source>The whole roadmap</source>
        <translation>La feuille de route complète</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/views/internship/printing.py" line="26"/>
        <source>Mid-term evaluation, blank</source>
        <translation>Évaluation à mi-parcours, vierge</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/views/internship/printing.py" line="29"/>
        <source>Mid-term evaluation, filled</source>
        <translation>Évaluation à mi-parcours, complétée</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/views/internship/printing.py" line="32"/>
        <source>Final evaluation, blank</source>
        <translation>Évaluation finale, vierge</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/views/internship/printing.py" line="35"/>
        <source>Final evaluation, filled</source>
        <translation>Évaluation finale, complétée</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/views/internship/printing.py" line="38"/>
        <source>Workplace evaluation, blank</source>
        <translation>Évaluation du lieu de stage, vierge</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/views/internship/printing.py" line="41"/>
        <source>Workplace evaluation, filled</source>
        <translation>Évaluation du lieu de stage, complétée</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/views/internship/printing.py" line="44"/>
        <source>Competence scan (radar chart)</source>
        <translation>Scan des compétences (graphique radar)</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/views/internship/printing.py" line="153"/>
        <source>Save a copy</source>
        <translation>Enregistrer une copie</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/views/internship/panel.py" line="362"/>
        <source>Workstation &amp;&amp; risks</source>
        <translation>Poste &amp;&amp; risques</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/views/internship/panel.py" line="363"/>
        <source>Tasks &amp;&amp; competences</source>
        <translation>Tâches &amp;&amp; compétences</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/views/internship/panel.py" line="364"/>
        <source>Visits</source>
        <translation>Visites</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/views/internship/panel.py" line="365"/>
        <source>Evaluation</source>
        <translation>Évaluation</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/views/internship/panel.py" line="366"/>
        <source>Workplace</source>
        <translation>Lieu de stage</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/views/internship/panel.py" line="367"/>
        <source>Scan</source>
        <translation>Scan</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/views/internship/panel.py" line="369"/>
        <source>Signatures</source>
        <translation>Signatures</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/views/internship/panel.py" line="370"/>
        <source>Interruptions</source>
        <translation>Interruptions</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/views/internship/panel.py" line="371"/>
        <source>Documents</source>
        <translation>Documents</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/views/internship/printing.py" line="160"/>
        <source>Roadmap s&amp;heets</source>
        <translation>Fic&amp;hes de la feuille de route</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/views/internship/printing.py" line="168"/>
        <source>&amp;Print preview…</source>
        <translation>A&amp;perçu avant impression…</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/views/internship/panel.py" line="383"/>
        <source>&amp;Amend…</source>
        <translation>&amp;Modifier par avenant…</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/views/internship/panel.py" line="384"/>
        <source>H&amp;istory…</source>
        <translation>Histo&amp;rique…</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/views/internship/rules_tab.py" line="110"/>
        <source>&amp;Override with a reason…</source>
        <translation>Déroger avec une &amp;justification…</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/views/internship/signatures_tab.py" line="115"/>
        <source>Record a &amp;signature…</source>
        <translation>Enregistrer une si&amp;gnature…</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/views/internship/signatures_tab.py" line="118"/>
        <source>Attach the signed &amp;copy…</source>
        <translation>Joindre la &amp;copie signée…</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/views/internship/interruptions_tab.py" line="92"/>
        <source>&amp;Add…</source>
        <translation>A&amp;jouter…</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/views/internship/interruptions_tab.py" line="93"/>
        <source>&amp;Remove</source>
        <translation>Suppr&amp;imer</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/views/internship/documents_tab.py" line="88"/>
        <source>&amp;Open</source>
        <translation>O&amp;uvrir</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/views/internship/rules_tab.py" line="114"/>
        <source>Rule</source>
        <translation>Règle</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/views/internship/rules_tab.py" line="115"/>
        <source>Verdict</source>
        <translation>Verdict</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/views/internship/signatures_tab.py" line="122"/>
        <source>Party</source>
        <translation>Partie</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/views/internship/signatures_tab.py" line="123"/>
        <source>Signed by</source>
        <translation>Signé par</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/views/internship/signatures_tab.py" line="124"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/views/internship/signatures_tab.py" line="125"/>
        <source>Place</source>
        <translation>Lieu</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/views/internship/interruptions_tab.py" line="96"/>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/views/internship/interruptions_tab.py" line="97"/>
        <source>Period</source>
        <translation>Période</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/views/internship/interruptions_tab.py" line="98"/>
        <source>Working days</source>
        <translation>Jours ouvrables</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/views/internship/interruptions_tab.py" line="99"/>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/views/internship/printing.py" line="189"/>
        <source>The file could not be saved to {path}: {reason}</source>
        <translation>Le fichier n&apos;a pas pu être enregistré dans {path} : {reason}</translation>
    </message>
    <message>
        <source>{start} to {end}: {days} = {weeks}</source>
        <translation>Du {start} au {end} : {days} = {weeks}</translation>
    </message>
    <message>
        <source>Interruption added to {ref}</source>
        <translation>Interruption ajoutée à {ref}</translation>
    </message>
    <message>
        <source>Interruption removed from {ref}</source>
        <translation>Interruption retirée de {ref}</translation>
    </message>
    <message>
        <source>Signature recorded on {ref}</source>
        <translation>Signature enregistrée pour {ref}</translation>
    </message>
    <message>
        <source>Signed copy attached to {ref}</source>
        <translation>Copie signée jointe à {ref}</translation>
    </message>
    <message>
        <source>Rule overridden on {ref}: {rule}</source>
        <translation>Dérogation accordée pour {ref} : {rule}</translation>
    </message>
    <message>
        <source>Convention {ref} sent for signature</source>
        <translation>Convention {ref} envoyée pour signature</translation>
    </message>
    <message>
        <source>Convention {ref} marked as signed</source>
        <translation>Convention {ref} marquée comme signée</translation>
    </message>
    <message>
        <source>Internship {ref} started</source>
        <translation>Stage {ref} démarré</translation>
    </message>
    <message>
        <source>Internship {ref} completed</source>
        <translation>Stage {ref} terminé</translation>
    </message>
    <message>
        <source>Internship {ref} terminated early</source>
        <translation>Stage {ref} rompu anticipativement</translation>
    </message>
    <message>
        <source>Internship {ref} cancelled</source>
        <translation>Stage {ref} annulé</translation>
    </message>
    <message>
        <source>Internship {ref} back to draft</source>
        <translation>Stage {ref} revenu au brouillon</translation>
    </message>
    <message>
        <source>Internship {ref} saved</source>
        <translation>Stage {ref} enregistré</translation>
    </message>
    <message>
        <source>{ref}: {part} updated</source>
        <translation>{ref} : modifications de « {part} » enregistrées</translation>
    </message>
    <message>
        <source>{ref}: {document} printed ({file})</source>
        <translation>{ref} : impression terminée — {document} ({file})</translation>
    </message>
    <message>
        <source>Show the programme rules and their verdicts (Rules tab)</source>
        <translation>Afficher les règles du programme et leur verdict (onglet Règles)</translation>
    </message>
    <message>
        <source>Who signed for one party, when and where</source>
        <translation>Qui a signé pour une partie, quand et où</translation>
    </message>
    <message>
        <source>Keep the scan of the signed paper convention (PDF or image)</source>
        <translation>Conserver le scan de la convention papier signée (PDF ou image)</translation>
    </message>
    <message>
        <source>Let the internship go ahead despite the selected failed rule</source>
        <translation>Laisser le stage avancer malgré la règle non respectée sélectionnée</translation>
    </message>
    <message>
        <source>A period whose working days do not count (sickness, suspension…)</source>
        <translation>Une période dont les jours ouvrables ne comptent pas (maladie, suspension…)</translation>
    </message>
    <message>
        <source>Remove the selected interruption: its days count again</source>
        <translation>Retirer l'interruption sélectionnée : ses jours comptent à nouveau</translation>
    </message>
    <message>
        <source>Show the selected document</source>
        <translation>Afficher le document sélectionné</translation>
    </message>
    <message>
        <source>Print the convention and show it; the copy is kept with the documents</source>
        <translation>Imprimer la convention et l'afficher ; l'exemplaire est conservé avec les documents</translation>
    </message>
    <message>
        <source>Print a sheet of the roadmap, blank (to fill in by hand) or filled in</source>
        <translation>Imprimer une fiche de la feuille de route, vierge (à remplir à la main) ou remplie</translation>
    </message>
    <message>
        <source>Change the signed convention: the change becomes an amendment</source>
        <translation>Modifier la convention signée : la modification devient un avenant</translation>
    </message>
    <message>
        <source>Who changed what, and when (the audit trail)</source>
        <translation>Qui a modifié quoi, et quand (la piste d'audit)</translation>
    </message>
    <message>
        <source>Freeze the convention and wait for the three signatures</source>
        <translation>Figer la convention et attendre les trois signatures</translation>
    </message>
    <message>
        <source>Every party signed: the internship may start</source>
        <translation>Toutes les parties ont signé : le stage peut commencer</translation>
    </message>
    <message>
        <source>The internship has begun</source>
        <translation>Le stage a commencé</translation>
    </message>
    <message>
        <source>The internship ended as planned, after the final interview</source>
        <translation>Le stage s'est terminé comme prévu, après l'entretien final</translation>
    </message>
    <message>
        <source>End the internship before its planned end, with a reason</source>
        <translation>Mettre fin au stage avant la fin prévue, avec un motif</translation>
    </message>
    <message>
        <source>The internship will not take place; it never counts</source>
        <translation>Le stage n'aura pas lieu ; il ne compte jamais</translation>
    </message>
    <message>
        <source>Make the convention editable again (signatures are lost)</source>
        <translation>Rendre la convention à nouveau modifiable (les signatures sont perdues)</translation>
    </message>
</context>
<context>
    <name>InternshipWizard</name>
    <message>
        <location filename="../../consultant_app/ui/dialogs/internship_wizard/wizard.py" line="234"/>
        <source>New internship</source>
        <extracomment>Writes the form draft a moment after the last change.</extracomment>
        <translation>Nouveau stage</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/dialogs/internship_wizard/wizard.py" line="235"/>
        <source>Create &amp;draft</source>
        <translation>Créer le &amp;brouillon</translation>
    </message>
</context>
<context>
    <name>InternshipsView</name>
    <message>
        <location filename="../../consultant_app/ui/views/internships.py" line="113"/>
        <source>&amp;New internship</source>
        <translation>&amp;Nouveau stage</translation>
    </message>
    <message>
        <source>Internship {ref} created</source>
        <translation>Stage {ref} créé</translation>
    </message>
    <message>
        <source>Draft a new internship with the wizard ({keys})</source>
        <translation>Rédiger un nouveau stage avec l'assistant ({keys})</translation>
    </message>
</context>
<context>
    <name>InterruptionDialog</name>
    <message>
        <location filename="../../consultant_app/ui/dialogs/internship_actions.py" line="167"/>
        <source>Add an interruption</source>
        <translation>Ajouter une interruption</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/dialogs/internship_actions.py" line="168"/>
        <source>Working days in this period no longer count for the internship.</source>
        <translation>Les jours ouvrables de cette période ne comptent plus pour le stage.</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/dialogs/internship_actions.py" line="183"/>
        <source>&amp;Kind</source>
        <translation>&amp;Type</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/dialogs/internship_actions.py" line="184"/>
        <source>&amp;From</source>
        <translation>&amp;Du</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/dialogs/internship_actions.py" line="185"/>
        <source>&amp;To</source>
        <translation>&amp;Au</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/dialogs/internship_actions.py" line="186"/>
        <source>&amp;Note</source>
        <translation>&amp;Note</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <location filename="../../consultant_app/ui/labels.py" line="14"/>
        <source>Reference</source>
        <translation>Référence</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/labels.py" line="15"/>
        <location filename="../../consultant_app/ui/labels.py" line="80"/>
        <source>Intern</source>
        <translation>Stagiaire</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/labels.py" line="16"/>
        <location filename="../../consultant_app/ui/labels.py" line="81"/>
        <source>Host</source>
        <translation>Donneur de stage</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/labels.py" line="17"/>
        <location filename="../../consultant_app/ui/labels.py" line="78"/>
        <source>Mentor</source>
        <translation>Maître de stage</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/labels.py" line="18"/>
        <location filename="../../consultant_app/ui/labels.py" line="79"/>
        <source>Consultant</source>
        <translation>Consultant</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/labels.py" line="19"/>
        <location filename="../../consultant_app/ui/labels.py" line="77"/>
        <source>Function</source>
        <translation>Fonction</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/labels.py" line="20"/>
        <source>Cluster</source>
        <translation>Cluster</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/labels.py" line="21"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/labels.py" line="22"/>
        <source>Start</source>
        <translation>Début</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/labels.py" line="23"/>
        <source>End</source>
        <translation>Fin</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/labels.py" line="24"/>
        <source>Planned end</source>
        <translation>Fin prévue</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/labels.py" line="25"/>
        <source>Actual end</source>
        <translation>Fin effective</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/labels.py" line="26"/>
        <source>Working days</source>
        <translation>Jours ouvrables</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/labels.py" line="27"/>
        <source>Weeks</source>
        <translation>Semaines</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/labels.py" line="28"/>
        <source>Convention language</source>
        <translation>Langue de la convention</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/labels.py" line="29"/>
        <source>Hours per week</source>
        <translation>Heures par semaine</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/labels.py" line="30"/>
        <location filename="../../consultant_app/ui/labels.py" line="148"/>
        <source>Place of work</source>
        <translation>Lieu de travail</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/labels.py" line="31"/>
        <source>Objectives</source>
        <translation>Objectifs</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/labels.py" line="32"/>
        <source>Monday</source>
        <translation>Lundi</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/labels.py" line="33"/>
        <source>Tuesday</source>
        <translation>Mardi</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/labels.py" line="34"/>
        <source>Wednesday</source>
        <translation>Mercredi</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/labels.py" line="35"/>
        <source>Thursday</source>
        <translation>Jeudi</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/labels.py" line="36"/>
        <source>Friday</source>
        <translation>Vendredi</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/labels.py" line="37"/>
        <source>Saturday</source>
        <translation>Samedi</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/labels.py" line="38"/>
        <source>Sunday</source>
        <translation>Dimanche</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/labels.py" line="39"/>
        <source>Schedule note</source>
        <translation>Remarque sur l&apos;horaire</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/labels.py" line="40"/>
        <source>Expenses</source>
        <translation>Frais</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/labels.py" line="41"/>
        <source>The intern does not replace an employee</source>
        <translation>Le stagiaire ne remplace aucun travailleur</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/labels.py" line="44"/>
        <source>Reason for termination</source>
        <translation>Motif de la rupture</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/labels.py" line="45"/>
        <source>Reason for cancellation</source>
        <translation>Motif de l&apos;annulation</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/labels.py" line="46"/>
        <source>Visits</source>
        <translation>Visites</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/labels.py" line="47"/>
        <source>Visits done</source>
        <translation>Visites effectuées</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/labels.py" line="48"/>
        <source>Visits planned</source>
        <translation>Visites prévues</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/labels.py" line="49"/>
        <source>Last name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/labels.py" line="50"/>
        <source>First name</source>
        <translation>Prénom</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/labels.py" line="51"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/labels.py" line="52"/>
        <source>Birth date</source>
        <translation>Date de naissance</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/labels.py" line="53"/>
        <source>Age</source>
        <translation>Âge</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/labels.py" line="54"/>
        <source>Gender</source>
        <translation>Genre</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/labels.py" line="55"/>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/labels.py" line="56"/>
        <source>National register number</source>
        <translation>Numéro de registre national</translation>
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
        <translation>Téléphone</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/labels.py" line="59"/>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/labels.py" line="60"/>
        <source>Street</source>
        <translation>Rue</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/labels.py" line="61"/>
        <source>Number</source>
        <translation>Numéro</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/labels.py" line="62"/>
        <source>Box</source>
        <translation>Boîte</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/labels.py" line="63"/>
        <source>Postcode</source>
        <translation>Code postal</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/labels.py" line="64"/>
        <source>Municipality</source>
        <translation>Commune</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/labels.py" line="65"/>
        <source>Job-seeker agency</source>
        <translation>Service de l&apos;emploi</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/labels.py" line="66"/>
        <source>Job-seeker number</source>
        <translation>Numéro de demandeur d&apos;emploi</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/labels.py" line="67"/>
        <source>Job seeker since</source>
        <translation>Demandeur d&apos;emploi depuis</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/labels.py" line="68"/>
        <source>Last diploma</source>
        <translation>Dernier diplôme</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/labels.py" line="69"/>
        <source>School</source>
        <translation>École</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/labels.py" line="70"/>
        <source>Interests</source>
        <translation>Centres d&apos;intérêt</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/labels.py" line="71"/>
        <source>Registered on</source>
        <translation>Inscrit le</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/labels.py" line="72"/>
        <source>Consent given on</source>
        <translation>Consentement donné le</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/labels.py" line="73"/>
        <source>Internships</source>
        <translation>Stages</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/labels.py" line="74"/>
        <source>Interns</source>
        <translation>Stagiaires</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/labels.py" line="75"/>
        <source>Hosts</source>
        <translation>Donneurs de stage</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/labels.py" line="76"/>
        <source>Enterprise number</source>
        <translation>Numéro d&apos;entreprise</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/labels.py" line="82"/>
        <source>Signs for the fund</source>
        <translation>Signe pour le fonds</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/labels.py" line="83"/>
        <source>Title of the signatory</source>
        <translation>Qualité du signataire</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/labels.py" line="84"/>
        <source>Logo</source>
        <translation>Logo</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/labels.py" line="85"/>
        <source>Print the intern&apos;s national number</source>
        <translation>Imprimer le numéro de registre national du stagiaire</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/labels.py" line="88"/>
        <source>Legal form</source>
        <translation>Forme juridique</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/labels.py" line="89"/>
        <source>Joint committee</source>
        <translation>Commission paritaire</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/labels.py" line="90"/>
        <source>Language role</source>
        <translation>Rôle linguistique</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/labels.py" line="91"/>
        <source>Website</source>
        <translation>Site web</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/labels.py" line="92"/>
        <source>Employees (FTE)</source>
        <translation>Travailleurs (ETP)</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/labels.py" line="93"/>
        <source>Contact</source>
        <translation>Personne de contact</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/labels.py" line="94"/>
        <source>Contact email</source>
        <translation>E-mail du contact</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/labels.py" line="95"/>
        <source>Contact phone</source>
        <translation>Téléphone du contact</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/labels.py" line="96"/>
        <source>Represented by</source>
        <translation>Représenté par</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/labels.py" line="97"/>
        <source>Mentors</source>
        <translation>Maîtres de stage</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/labels.py" line="98"/>
        <source>Job title</source>
        <translation>Fonction</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/labels.py" line="99"/>
        <source>Years of experience</source>
        <translation>Années d&apos;expérience</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/labels.py" line="100"/>
        <source>Mentor training</source>
        <translation>Formation de tuteur</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/labels.py" line="101"/>
        <source>Planned on</source>
        <translation>Prévue le</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/labels.py" line="102"/>
        <source>Done on</source>
        <translation>Effectuée le</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/labels.py" line="103"/>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/labels.py" line="104"/>
        <source>Mode</source>
        <translation>Modalité</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/labels.py" line="105"/>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/labels.py" line="106"/>
        <source>Year</source>
        <translation>Année</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/labels.py" line="108"/>
        <source>Internship status</source>
        <translation>Statut du stage</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/labels.py" line="109"/>
        <source>Attendees</source>
        <translation>Participants</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/labels.py" line="110"/>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/labels.py" line="111"/>
        <source>Action points</source>
        <translation>Points d&apos;action</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/labels.py" line="112"/>
        <source>Signed on</source>
        <translation>Signée le</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/labels.py" line="113"/>
        <source>Conventions</source>
        <translation>Conventions</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/labels.py" line="114"/>
        <source>Functions wished</source>
        <translation>Fonctions souhaitées</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/labels.py" line="107"/>
        <location filename="../../consultant_app/ui/labels.py" line="115"/>
        <source>Evaluations</source>
        <translation>Évaluations</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/labels.py" line="116"/>
        <source>Eligibility</source>
        <translation>Éligibilité</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/labels.py" line="118"/>
        <source>Age limit (younger than)</source>
        <translation>Limite d&apos;âge (moins de)</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/labels.py" line="119"/>
        <source>Minimum weeks per internship</source>
        <translation>Minimum de semaines par stage</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/labels.py" line="122"/>
        <source>Maximum weeks per internship</source>
        <translation>Maximum de semaines par stage</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/labels.py" line="125"/>
        <source>Maximum weeks per intern</source>
        <translation>Maximum de semaines par stagiaire</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/labels.py" line="128"/>
        <source>Maximum hours per week</source>
        <translation>Maximum d&apos;heures par semaine</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/labels.py" line="129"/>
        <source>Host quota: weeks per block</source>
        <translation>Quota du donneur de stage : semaines par tranche</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/labels.py" line="132"/>
        <source>Host quota: employees (FTE) per block</source>
        <translation>Quota du donneur de stage : travailleurs (ETP) par tranche</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/labels.py" line="135"/>
        <source>Retention (years)</source>
        <translation>Durée de conservation (années)</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/labels.py" line="136"/>
        <source>Other joint committee</source>
        <translation>Autre commission paritaire</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/labels.py" line="137"/>
        <source>Training budget (EUR)</source>
        <translation>Budget de formation (EUR)</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/labels.py" line="138"/>
        <source>Coaching of new staff</source>
        <translation>Accompagnement des nouveaux collaborateurs</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/labels.py" line="139"/>
        <source>Mentors trained</source>
        <translation>Tuteurs formés</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/labels.py" line="140"/>
        <source>Talent policy</source>
        <translation>Politique des talents</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/labels.py" line="141"/>
        <source>Comments</source>
        <translation>Commentaires</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/labels.py" line="142"/>
        <source>Received on</source>
        <translation>Reçu le</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/labels.py" line="143"/>
        <source>Days</source>
        <translation>Jours</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/labels.py" line="144"/>
        <source>FTE</source>
        <translation>ETP</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/labels.py" line="146"/>
        <source>Name of the post</source>
        <translation>Intitulé du poste</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/labels.py" line="147"/>
        <source>Description of the post</source>
        <translation>Description du poste</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/labels.py" line="149"/>
        <source>Work equipment</source>
        <translation>Équipements de travail</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/labels.py" line="150"/>
        <source>Qualifications required</source>
        <translation>Qualifications requises</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/labels.py" line="151"/>
        <source>Prior instructions</source>
        <translation>Instructions préalables</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/labels.py" line="152"/>
        <source>Personal protective equipment</source>
        <translation>Équipements de protection individuelle</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/labels.py" line="155"/>
        <source>Health surveillance</source>
        <translation>Surveillance de santé</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/labels.py" line="156"/>
        <source>Detail of the health surveillance</source>
        <translation>Précisions sur la surveillance de santé</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/labels.py" line="159"/>
        <source>Work forbidden to young workers</source>
        <translation>Travaux interdits aux jeunes</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/labels.py" line="160"/>
        <source>Justification of the forbidden work</source>
        <translation>Justification des travaux interdits</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/labels.py" line="163"/>
        <source>Prevention advisor</source>
        <translation>Conseiller en prévention</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/labels.py" line="164"/>
        <source>First aid person</source>
        <translation>Secouriste</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/labels.py" line="165"/>
        <source>Drawn up on</source>
        <translation>Établie le</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/labels.py" line="166"/>
        <source>Drawn up by</source>
        <translation>Établie par</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/labels.py" line="167"/>
        <source>Risks</source>
        <translation>Risques</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/labels.py" line="169"/>
        <source>Text</source>
        <translation>Texte</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/labels.py" line="170"/>
        <source>Phase</source>
        <translation>Phase</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/labels.py" line="171"/>
        <source>Objective</source>
        <translation>Objectif d&apos;apprentissage</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/labels.py" line="172"/>
        <source>Target level</source>
        <translation>Niveau visé</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/labels.py" line="173"/>
        <source>Overall appreciation</source>
        <translation>Appréciation générale</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/labels.py" line="174"/>
        <source>Recommendation</source>
        <translation>Recommandation</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/labels.py" line="175"/>
        <source>General comments</source>
        <translation>Commentaires généraux</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/labels.py" line="176"/>
        <source>Onboarding</source>
        <translation>Accueil et intégration</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/labels.py" line="177"/>
        <source>Guidance by the mentor</source>
        <translation>Accompagnement par le maître de stage</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/labels.py" line="178"/>
        <source>Variety of tasks</source>
        <translation>Variété des tâches</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/labels.py" line="179"/>
        <source>Atmosphere</source>
        <translation>Ambiance</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/labels.py" line="180"/>
        <source>Safety</source>
        <translation>Sécurité</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/labels.py" line="181"/>
        <source>Learning</source>
        <translation>Apprentissage</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/labels.py" line="182"/>
        <source>Would recommend this workplace</source>
        <translation>Recommanderait ce lieu de stage</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/labels.py" line="183"/>
        <source>Completed on</source>
        <translation>Complétée le</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/labels.py" line="189"/>
        <source>missing</source>
        <translation>manquantes</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/labels.py" line="191"/>
        <source>Draft</source>
        <translation>Brouillon</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/labels.py" line="192"/>
        <source>Awaiting signatures</source>
        <translation>En attente de signatures</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/labels.py" line="193"/>
        <source>Signed</source>
        <translation>Signée</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/labels.py" line="194"/>
        <source>Running</source>
        <translation>En cours</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/labels.py" line="195"/>
        <source>Completed</source>
        <translation>Terminé</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/labels.py" line="196"/>
        <source>Terminated early</source>
        <translation>Rompu anticipativement</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/labels.py" line="197"/>
        <source>Cancelled</source>
        <translation>Annulé</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/labels.py" line="199"/>
        <source>Female</source>
        <translation>Femme</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/labels.py" line="200"/>
        <source>Male</source>
        <translation>Homme</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/labels.py" line="201"/>
        <source>X (other)</source>
        <translation>X (autre)</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/labels.py" line="203"/>
        <source>Dutch</source>
        <translation>Néerlandais</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/labels.py" line="204"/>
        <source>French</source>
        <translation>Français</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/labels.py" line="205"/>
        <source>German</source>
        <translation>Allemand</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/labels.py" line="206"/>
        <source>English</source>
        <translation>Anglais</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/labels.py" line="207"/>
        <source>Bilingual</source>
        <translation>Bilingue</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/labels.py" line="209"/>
        <source>CP 227</source>
        <translation>CP 227</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/labels.py" line="210"/>
        <source>SCP 303.01</source>
        <translation>SCP 303.01</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/labels.py" line="211"/>
        <source>Other</source>
        <translation>Autre</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/labels.py" line="213"/>
        <source>Kick-off meeting</source>
        <translation>Moment de concertation</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/labels.py" line="214"/>
        <source>Mid-term visit</source>
        <translation>Visite à mi-parcours</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/labels.py" line="215"/>
        <source>Final interview</source>
        <translation>Entretien final</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/labels.py" line="216"/>
        <source>On site</source>
        <translation>Sur place</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/labels.py" line="218"/>
        <source>Video</source>
        <translation>Vidéo</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/labels.py" line="219"/>
        <source>Upcoming</source>
        <translation>À venir</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/labels.py" line="220"/>
        <source>Overdue</source>
        <translation>En retard</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/labels.py" line="221"/>
        <source>Done</source>
        <translation>Effectuée</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/labels.py" line="223"/>
        <source>Eligible</source>
        <translation>Éligible</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/labels.py" line="224"/>
        <source>Not eligible</source>
        <translation>Non éligible</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/labels.py" line="229"/>
        <source>Requested</source>
        <translation>Demandé</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/labels.py" line="230"/>
        <source>Received</source>
        <translation>Reçu</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/labels.py" line="231"/>
        <source>Approved</source>
        <translation>Approuvé</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/labels.py" line="226"/>
        <location filename="../../consultant_app/ui/labels.py" line="260"/>
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/labels.py" line="227"/>
        <location filename="../../consultant_app/ui/labels.py" line="262"/>
        <source>No</source>
        <translation>Non</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/labels.py" line="233"/>
        <source>With reservations</source>
        <translation>Avec réserves</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/labels.py" line="234"/>
        <source>Conflict</source>
        <translation>Conflit</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/labels.py" line="235"/>
        <source>Mediation</source>
        <translation>Médiation</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/labels.py" line="236"/>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/labels.py" line="267"/>
        <source>All</source>
        <translation>Tous</translation>
    </message>
    <message>
        <source>To do this month</source>
        <translation>À faire ce mois-ci</translation>
    </message>
    <message>
        <source>All</source>
        <comment>year</comment>
        <translation>Toutes</translation>
    </message>
    <message>
        <source>All</source>
        <comment>evaluation</comment>
        <translation>Toutes</translation>
    </message>
    <message>
        <source>All</source>
        <comment>language</comment>
        <translation>Toutes</translation>
    </message>
    <message>
        <source>All</source>
        <comment>eligibility</comment>
        <translation>Toutes</translation>
    </message>
    <message>
        <source>All</source>
        <comment>joint_committee</comment>
        <translation>Toutes</translation>
    </message>
    <message>
        <source>All</source>
        <comment>mentor_training</comment>
        <translation>Toutes</translation>
    </message>
    <message>
        <source>All</source>
        <comment>mode</comment>
        <translation>Toutes</translation>
    </message>
    <message>
        <source>All</source>
        <comment>status</comment>
        <translation>Tous</translation>
    </message>
    <message>
        <source>All</source>
        <comment>gender</comment>
        <translation>Tous</translation>
    </message>
    <message>
        <source>All</source>
        <comment>language_role</comment>
        <translation>Tous</translation>
    </message>
    <message>
        <source>All</source>
        <comment>state</comment>
        <translation>Tous</translation>
    </message>
    <message>
        <source>All</source>
        <comment>internship_status</comment>
        <translation>Tous</translation>
    </message>
    <message>
        <source>All</source>
        <comment>kind</comment>
        <translation>Tous</translation>
    </message>
</context>
<context>
    <name>LearningCurve</name>
    <message>
        <location filename="../../consultant_app/ui/views/roadmap/scan_tab.py" line="74"/>
        <source>{text}: {start} → {end}, mentor {mentor}</source>
        <extracomment>Colours of the learning curve; told apart by their shape too (printed in grey).</extracomment>
        <translation>{text} : {start} → {end}, maître de stage {mentor}</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/views/roadmap/scan_tab.py" line="107"/>
        <source>Start (scan)</source>
        <translation>Début (scan)</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/views/roadmap/scan_tab.py" line="108"/>
        <source>End (scan)</source>
        <translation>Fin (scan)</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/views/roadmap/scan_tab.py" line="112"/>
        <source>Mentor (final evaluation)</source>
        <translation>Maître de stage (évaluation finale)</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/views/roadmap/scan_tab.py" line="138"/>
        <source>No competences yet.</source>
        <translation>Pas encore de compétences.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../consultant_app/ui/main_window.py" line="175"/>
        <source>Media internships — consultant</source>
        <extracomment>The user confirmed restoring this backup file over the open database (Settings → Data safety). The application closes the database, restores the file with :func:`consultant_app.store.backups.restore_database` and opens it again.</extracomment>
        <translation>Stages média — consultant</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/main_window.py" line="177"/>
        <source>Dashboard</source>
        <translation>Tableau de bord</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/main_window.py" line="178"/>
        <source>Internships</source>
        <translation>Stages</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/main_window.py" line="179"/>
        <source>Interns</source>
        <translation>Stagiaires</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/main_window.py" line="180"/>
        <source>Hosts</source>
        <translation>Donneurs de stage</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/main_window.py" line="181"/>
        <source>Mentors</source>
        <translation>Maîtres de stage</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/main_window.py" line="182"/>
        <source>Visits</source>
        <translation>Visites</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/main_window.py" line="183"/>
        <source>Reports</source>
        <translation>Rapports</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/main_window.py" line="184"/>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/main_window.py" line="189"/>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/main_window.py" line="190"/>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/main_window.py" line="191"/>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/main_window.py" line="192"/>
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/main_window.py" line="193"/>
        <source>&amp;About</source>
        <translation>À &amp;propos</translation>
    </message>
    <message>
        <source>read-only (damaged database)</source>
        <translation>lecture seule (base de données endommagée)</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/main_window.py" line="206"/>
        <source>Media internships consultant application, version {0}.
Database: {1}</source>
        <translation>Application des consultants des stages média, version {0}.
Base de données : {1}</translation>
    </message>
    <message>
        <source>&amp;Help on this view</source>
        <translation>&amp;Aide sur cet écran</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Raccourcis clavier</translation>
    </message>
    <message>
        <source>What needs you today</source>
        <translation>Ce qui vous attend aujourd'hui</translation>
    </message>
    <message>
        <source>Every internship: its convention, roadmap, rules and signatures</source>
        <translation>Tous les stages : convention, feuille de route, règles et signatures</translation>
    </message>
    <message>
        <source>The candidates and their eligibility</source>
        <translation>Les candidats et leur éligibilité</translation>
    </message>
    <message>
        <source>The host companies, their quota, mentors and training plans</source>
        <translation>Les donneurs de stage, leur quota, leurs maîtres de stage et leurs plans de formation</translation>
    </message>
    <message>
        <source>Every mentor of every host (added in Hosts)</source>
        <translation>Tous les maîtres de stage de tous les donneurs de stage (ajoutés dans Donneurs de stage)</translation>
    </message>
    <message>
        <source>The planned and done visits of all internships</source>
        <translation>Les visites prévues et faites de tous les stages</translation>
    </message>
    <message>
        <source>The figures of a year or a period; import and export</source>
        <translation>Les chiffres d'une année ou d'une période ; import et export</translation>
    </message>
    <message>
        <source>Language, programme rules, catalogue and data safety</source>
        <translation>Langue, règles du programme, catalogue et sécurité des données</translation>
    </message>
</context>
<context>
    <name>MentorsTab</name>
    <message>
        <location filename="../../consultant_app/ui/views/hosts/mentors.py" line="34"/>
        <source>Mentor</source>
        <translation>Maître de stage</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/views/hosts/mentors.py" line="96"/>
        <source>New mentor</source>
        <translation>Nouveau maître de stage</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/views/hosts/mentors.py" line="116"/>
        <source>New &amp;mentor</source>
        <translation>Nouveau &amp;maître de stage</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/views/hosts/mentors.py" line="117"/>
        <source>Mentor &amp;history…</source>
        <translation>Historique du maître de &amp;stage…</translation>
    </message>
    <message>
        <source>Add a mentor of this host</source>
        <translation>Ajouter un maître de stage de ce donneur de stage</translation>
    </message>
    <message>
        <source>Who changed what in this mentor, and when</source>
        <translation>Qui a modifié quoi pour ce maître de stage, et quand</translation>
    </message>
</context>
<context>
    <name>PartiesPage</name>
    <message>
        <location filename="../../consultant_app/ui/dialogs/internship_wizard/parties.py" line="85"/>
        <source>— none yet —</source>
        <translation>— aucun pour l&apos;instant —</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/dialogs/internship_wizard/parties.py" line="120"/>
        <source>Eligible on {date}.</source>
        <translation>Éligible le {date}.</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/dialogs/internship_wizard/parties.py" line="128"/>
        <source>Not eligible on {date}: {reasons}</source>
        <translation>Non éligible le {date} : {reasons}</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/dialogs/internship_wizard/parties.py" line="152"/>
        <source>Parties</source>
        <translation>Parties</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/dialogs/internship_wizard/parties.py" line="155"/>
        <source>Who signs the convention: the intern and the host with its mentor; and the consultant who follows the internship.</source>
        <translation>Qui signe la convention : le stagiaire et le donneur de stage avec son maître de stage ; et le consultant qui suit le stage.</translation>
    </message>
    <message>
        <source>New intern…</source>
        <translation>Nouveau stagiaire…</translation>
    </message>
    <message>
        <source>Add an intern who is not in the list yet, and choose them</source>
        <translation>Ajouter un stagiaire qui n’est pas encore dans la liste, et le choisir</translation>
    </message>
    <message>
        <source>New host…</source>
        <translation>Nouveau donneur de stage…</translation>
    </message>
    <message>
        <source>Add a host that is not in the list yet, and choose it</source>
        <translation>Ajouter un donneur de stage qui n’est pas encore dans la liste, et le choisir</translation>
    </message>
</context>
<context>
    <name>PdfPreviewDialog</name>
    <message>
        <location filename="../../consultant_app/ui/dialogs/pdf_preview.py" line="72"/>
        <source>&amp;Print…</source>
        <translation>&amp;Imprimer…</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/dialogs/pdf_preview.py" line="74"/>
        <source>&amp;Save as PDF…</source>
        <translation>&amp;Enregistrer en PDF…</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/dialogs/pdf_preview.py" line="76"/>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message numerus="yes">
        <location filename="../../consultant_app/ui/dialogs/pdf_preview.py" line="89"/>
        <source>%n page(s)</source>
        <translation>
            <numerusform>%Ln page</numerusform>
            <numerusform>%Ln pages</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/dialogs/pdf_preview.py" line="112"/>
        <source>Save as PDF</source>
        <translation>Enregistrer en PDF</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/dialogs/pdf_preview.py" line="112"/>
        <source>PDF documents (*.pdf)</source>
        <translation>Documents PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/dialogs/pdf_preview.py" line="125"/>
        <source>The PDF could not be saved to {path}: {reason}</source>
        <translation>Le PDF n&apos;a pas pu être enregistré dans {path} : {reason}</translation>
    </message>
</context>
<context>
    <name>PlanItemDialog</name>
    <message>
        <location filename="../../consultant_app/ui/views/roadmap/plan_tab.py" line="76"/>
        <source>&amp;Competence</source>
        <translation>&amp;Compétence</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/views/roadmap/plan_tab.py" line="76"/>
        <source>&amp;Task</source>
        <translation>&amp;Tâche</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/views/roadmap/plan_tab.py" line="77"/>
        <source>&amp;Phase</source>
        <translation>&amp;Phase</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/views/roadmap/plan_tab.py" line="89"/>
        <source>&amp;Objective</source>
        <translation>&amp;Objectif d&apos;apprentissage</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/views/roadmap/plan_tab.py" line="90"/>
        <source>Target &amp;level</source>
        <translation>&amp;Niveau visé</translation>
    </message>
</context>
<context>
    <name>PlanList</name>
    <message>
        <location filename="../../consultant_app/ui/views/roadmap/plan_tab.py" line="201"/>
        <source>(nothing in this phase)</source>
        <translation>(rien dans cette phase)</translation>
    </message>
</context>
<context>
    <name>PlanPage</name>
    <message>
        <location filename="../../consultant_app/ui/dialogs/internship_wizard/plan.py" line="45"/>
        <source>Hours a day</source>
        <translation>Heures par jour</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/dialogs/internship_wizard/plan.py" line="57"/>
        <source>— choose a function —</source>
        <translation>— choisissez une fonction —</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/dialogs/internship_wizard/plan.py" line="71"/>
        <source>{days} working days = {weeks} weeks</source>
        <translation>{days} jours ouvrables = {weeks} semaines</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/dialogs/internship_wizard/plan.py" line="77"/>
        <source>(the programme allows {low} to {high} weeks)</source>
        <translation>(le programme autorise de {low} à {high} semaines)</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/dialogs/internship_wizard/plan.py" line="93"/>
        <source>Period</source>
        <translation>Période</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/dialogs/internship_wizard/plan.py" line="98"/>
        <source>Function and dates</source>
        <translation>Fonction et dates</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/dialogs/internship_wizard/plan.py" line="99"/>
        <source>What the intern will do, when, and the hours of a usual week.</source>
        <translation>Ce que le stagiaire fera, quand, et les heures d&apos;une semaine habituelle.</translation>
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
        <translation>Ajouter…</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/views/roadmap/plan_tab.py" line="228"/>
        <source>Edit…</source>
        <translation>Modifier…</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/views/roadmap/plan_tab.py" line="229"/>
        <location filename="../../consultant_app/ui/views/roadmap/plan_tab.py" line="455"/>
        <source>Remove</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/views/roadmap/plan_tab.py" line="230"/>
        <source>Up</source>
        <translation>Monter</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/views/roadmap/plan_tab.py" line="231"/>
        <source>Down</source>
        <translation>Descendre</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/views/roadmap/plan_tab.py" line="335"/>
        <source>Add a task</source>
        <translation>Ajouter une tâche</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/views/roadmap/plan_tab.py" line="354"/>
        <source>Edit a task</source>
        <translation>Modifier une tâche</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/views/roadmap/plan_tab.py" line="388"/>
        <source>Add a competence</source>
        <translation>Ajouter une compétence</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/views/roadmap/plan_tab.py" line="414"/>
        <source>Edit a competence</source>
        <translation>Modifier une compétence</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/views/roadmap/plan_tab.py" line="455"/>
        <source>Remove “{text}” from the roadmap?</source>
        <translation>Supprimer « {text} » de la feuille de route ?</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/views/roadmap/plan_tab.py" line="462"/>
        <source>Ins adds, F2 or Enter edits, Del removes, Ctrl+Up/Down moves the selected line.</source>
        <translation>Inser ajoute, F2 ou Entrée modifie, Suppr supprime, Ctrl+flèche haut/bas déplace la ligne sélectionnée.</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/views/roadmap/plan_tab.py" line="465"/>
        <source>Tasks</source>
        <translation>Tâches</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/views/roadmap/plan_tab.py" line="465"/>
        <source>Task</source>
        <translation>Tâche</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/views/roadmap/plan_tab.py" line="467"/>
        <source>Competences</source>
        <translation>Compétences</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/views/roadmap/plan_tab.py" line="468"/>
        <source>Competence</source>
        <translation>Compétence</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/views/roadmap/plan_tab.py" line="468"/>
        <source>Objective</source>
        <translation>Objectif d&apos;apprentissage</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/views/roadmap/plan_tab.py" line="468"/>
        <source>Target level</source>
        <translation>Niveau visé</translation>
    </message>
</context>
<context>
    <name>Problems</name>
    <message>
        <location filename="../../consultant_app/ui/forms/messages.py" line="125"/>
        <source>The internship already has this status.</source>
        <translation>Le stage a déjà ce statut.</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/forms/messages.py" line="128"/>
        <source>A completed, terminated or cancelled internship no longer changes status.</source>
        <translation>Un stage terminé, rompu anticipativement ou annulé ne change plus de statut.</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/forms/messages.py" line="132"/>
        <source>This status cannot go back to an earlier one.</source>
        <translation>Ce statut ne peut pas revenir à un statut antérieur.</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/forms/messages.py" line="135"/>
        <source>This change of status is not allowed.</source>
        <translation>Ce changement de statut n&apos;est pas autorisé.</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/forms/messages.py" line="138"/>
        <source>Write the reason.</source>
        <translation>Indiquez le motif.</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/forms/messages.py" line="139"/>
        <source>Give the last day of the internship.</source>
        <translation>Indiquez le dernier jour du stage.</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/forms/messages.py" line="142"/>
        <source>The last day lies before the start date.</source>
        <translation>Le dernier jour est antérieur à la date de début.</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/forms/messages.py" line="145"/>
        <source>The last day lies after the planned end date.</source>
        <translation>Le dernier jour est postérieur à la date de fin prévue.</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/forms/messages.py" line="148"/>
        <source>The dates of the internship are not in order.</source>
        <translation>Les dates du stage ne sont pas dans le bon ordre.</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/forms/messages.py" line="151"/>
        <source>The internship cannot run before its start date.</source>
        <translation>Le stage ne peut pas être en cours avant sa date de début.</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/forms/messages.py" line="154"/>
        <source>The end lies before the start date.</source>
        <translation>La fin est antérieure à la date de début.</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/forms/messages.py" line="157"/>
        <source>The convention needs the signatures of the fund, the host and the intern first.</source>
        <translation>La convention doit d&apos;abord être signée par le fonds, le donneur de stage et le stagiaire.</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/forms/messages.py" line="161"/>
        <source>Signatures are recorded while the convention awaits them (or for an amendment).</source>
        <translation>Les signatures s&apos;enregistrent pendant que la convention est en attente de signatures (ou pour un avenant).</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/forms/messages.py" line="165"/>
        <source>The signer&apos;s name is required.</source>
        <translation>Le nom du signataire est obligatoire.</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/forms/messages.py" line="166"/>
        <source>The signature date lies in the future.</source>
        <translation>La date de signature est dans le futur.</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/forms/messages.py" line="169"/>
        <source>The file is too large (at most 20 MB).</source>
        <translation>Le fichier est trop volumineux (20 Mo au maximum).</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/forms/messages.py" line="172"/>
        <source>The file cannot be read.</source>
        <translation>Le fichier ne peut pas être lu.</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/forms/messages.py" line="173"/>
        <source>Attach a PDF, PNG or JPEG file.</source>
        <translation>Joignez un fichier PDF, PNG ou JPEG.</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/forms/messages.py" line="174"/>
        <source>The interruption ends before it starts.</source>
        <translation>L&apos;interruption se termine avant de commencer.</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/forms/messages.py" line="177"/>
        <source>A cancelled internship has no interruptions.</source>
        <translation>Un stage annulé n&apos;a pas d&apos;interruptions.</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/forms/messages.py" line="180"/>
        <source>The interruption lies outside the internship.</source>
        <translation>L&apos;interruption se situe en dehors du stage.</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/forms/messages.py" line="183"/>
        <source>The interruption overlaps another one.</source>
        <translation>L&apos;interruption chevauche une autre interruption.</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/forms/messages.py" line="186"/>
        <source>Explain the override in at least 10 characters.</source>
        <translation>Justifiez la dérogation en 10 caractères au moins.</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/forms/messages.py" line="189"/>
        <source>This rule is met: there is nothing to override.</source>
        <translation>Cette règle est respectée : aucune dérogation n&apos;est nécessaire.</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/forms/messages.py" line="192"/>
        <source>The internship is closed: its rules no longer change.</source>
        <translation>Le stage est clôturé : ses règles ne changent plus.</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/forms/messages.py" line="195"/>
        <source>Unknown programme rule.</source>
        <translation>Règle du programme inconnue.</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/forms/messages.py" line="196"/>
        <source>The convention is signed: change it with an amendment.</source>
        <translation>La convention est signée : modifiez-la par un avenant.</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/forms/messages.py" line="199"/>
        <source>The amendment changes nothing.</source>
        <translation>L&apos;avenant ne modifie rien.</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/forms/messages.py" line="202"/>
        <source>Some programme rules are not met; override them with a written reason or correct the internship.</source>
        <translation>Certaines règles du programme ne sont pas respectées ; dérogez-y avec un motif écrit ou corrigez le stage.</translation>
    </message>
</context>
<context>
    <name>QuotaBox</name>
    <message>
        <location filename="../../consultant_app/ui/views/hosts/quota.py" line="46"/>
        <source>{available} weeks available, {used} used, {left} left</source>
        <translation>{available} semaines disponibles, {used} utilisées, {left} restantes</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/views/hosts/quota.py" line="52"/>
        <source>quota exceeded</source>
        <translation>quota dépassé</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/views/hosts/quota.py" line="57"/>
        <source>Internship weeks quota</source>
        <translation>Quota de semaines de stage</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/views/hosts/quota.py" line="58"/>
        <source>&amp;Year</source>
        <translation>&amp;Année</translation>
    </message>
    <message>
        <source>{available} available, {used} used, {left} left</source>
        <translation>Quota : {available} ; utilisées : {used} ; restantes : {left}</translation>
    </message>
</context>
<context>
    <name>ReasonDialog</name>
    <message>
        <location filename="../../consultant_app/ui/dialogs/internship_actions.py" line="86"/>
        <source>&amp;Reason</source>
        <translation>&amp;Motif</translation>
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
        <translation>jj/mm/aaaa</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/forms/record_form.py" line="313"/>
        <source>Correct the fields marked in red to save.</source>
        <extracomment>A field changed: the user&apos;s edit, an undo or a redo (not :meth:`load`). A record (or an empty new one) was loaded; unsaved changes, if any, are gone. The unsaved changes were discarded (Revert, or Discard when leaving).</extracomment>
        <translation>Corrigez les champs marqués en rouge pour enregistrer.</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/forms/record_form.py" line="315"/>
        <source>Unsaved changes (Ctrl+S saves, Ctrl+Z undoes).</source>
        <translation>Modifications non enregistrées (Ctrl+S enregistre, Ctrl+Z annule).</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/forms/record_form.py" line="340"/>
        <source>Saved.</source>
        <translation>Enregistré.</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/forms/record_form.py" line="350"/>
        <source>Unsaved changes</source>
        <translation>Modifications non enregistrées</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/forms/record_form.py" line="351"/>
        <source>This record has unsaved changes. Save them before leaving?</source>
        <translation>Cette fiche a des modifications non enregistrées. Les enregistrer avant de quitter ?</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/forms/record_form.py" line="374"/>
        <source>Browse…</source>
        <translation>Parcourir…</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/forms/record_form.py" line="376"/>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/forms/record_form.py" line="377"/>
        <source>Re&amp;vert</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <source>Save the changes (Ctrl+S)</source>
        <translation>Enregistrer les modifications (Ctrl+S)</translation>
    </message>
    <message>
        <source>Forget every unsaved change of this record</source>
        <translation>Oublier toutes les modifications non enregistrées de cette fiche</translation>
    </message>
    <message>
        <source>Choose the file</source>
        <translation>Choisir le fichier</translation>
    </message>
</context>
<context>
    <name>RecordListView</name>
    <message>
        <location filename="../../consultant_app/ui/views/record_list.py" line="381"/>
        <source>Search (Ctrl+F)…</source>
        <extracomment>True while the detail pane holds a new, not yet saved record. Whether the list has been painted once (the first row is selected only then).</extracomment>
        <translation>Rechercher (Ctrl+F)…</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/views/record_list.py" line="1"/>
        <source>Show anonymised</source>
        <translation>Afficher les anonymisés</translation>
    </message>
</context>
<context>
    <name>RecordPicker</name>
    <message>
        <location filename="../../consultant_app/ui/widgets/record_picker.py" line="197"/>
        <source>Nothing chosen yet.</source>
        <extracomment>The values of one row by column key. The record the user picked: its id and its label.</extracomment>
        <translation>Aucun choix pour l&apos;instant.</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/widgets/record_picker.py" line="200"/>
        <source>Chosen: {label}</source>
        <translation>Choix : {label}</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/widgets/record_picker.py" line="244"/>
        <source>No record matches “{text}”.</source>
        <translation>Aucune fiche ne correspond à « {text} ».</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/widgets/record_picker.py" line="246"/>
        <source>The first {limit} records are shown: type more to narrow the search.</source>
        <translation>Les {limit} premières fiches sont affichées : tapez davantage pour affiner la recherche.</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/widgets/record_picker.py" line="324"/>
        <source>Type to search; Down to choose from the list</source>
        <translation>Tapez pour rechercher ; flèche vers le bas pour choisir dans la liste</translation>
    </message>
    <message>
        <source>The list is empty for now.</source>
        <translation>La liste est vide pour l’instant.</translation>
    </message>
</context>
<context>
    <name>RecoveryKeyDialog</name>
    <message>
        <location filename="../../consultant_app/ui/dialogs/recovery_key.py" line="33"/>
        <source>Recovery key</source>
        <translation>Clé de récupération</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/dialogs/recovery_key.py" line="39"/>
        <source>The database {name} is encrypted. Its key is kept in this computer&apos;s keyring ({keyring}), so you have nothing to type.

This recovery key opens the database on another computer, or here if the keyring is lost. It is shown only this once: print it or save it, and keep it away from this laptop.</source>
        <translation>La base de données {name} est chiffrée. Sa clé est conservée dans le trousseau de clés de cet ordinateur ({keyring}) : vous n&apos;avez rien à taper.

Cette clé de récupération ouvre la base de données sur un autre ordinateur, ou sur celui-ci si le trousseau de clés est perdu. Elle n&apos;est affichée qu&apos;une seule fois : imprimez-la ou enregistrez-la, et conservez-la à l&apos;écart de cet ordinateur portable.</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/dialogs/recovery_key.py" line="62"/>
        <source>&amp;Copy</source>
        <translation>&amp;Copier</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/dialogs/recovery_key.py" line="63"/>
        <source>&amp;Save as text…</source>
        <translation>Enregistrer en &amp;texte…</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/dialogs/recovery_key.py" line="64"/>
        <source>&amp;Print…</source>
        <translation>&amp;Imprimer…</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/dialogs/recovery_key.py" line="69"/>
        <source>I have &amp;kept the recovery key in a safe place</source>
        <translation>J&apos;ai conservé la clé de récupération en lieu &amp;sûr</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/dialogs/recovery_key.py" line="71"/>
        <source>C&amp;lose</source>
        <translation>&amp;Fermer</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/dialogs/recovery_key.py" line="94"/>
        <location filename="../../consultant_app/ui/dialogs/recovery_key.py" line="122"/>
        <source>Recovery key of the database {name}</source>
        <translation>Clé de récupération de la base de données {name}</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/dialogs/recovery_key.py" line="101"/>
        <source>Save the recovery key</source>
        <translation>Enregistrer la clé de récupération</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/dialogs/recovery_key.py" line="103"/>
        <source>Text (*.txt)</source>
        <translation>Texte (*.txt)</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/dialogs/recovery_key.py" line="113"/>
        <source>The recovery key could not be saved: {problem}</source>
        <translation>La clé de récupération n&apos;a pas pu être enregistrée : {problem}</translation>
    </message>
</context>
<context>
    <name>ReportsView</name>
    <message>
        <location filename="../../consultant_app/ui/views/reports.py" line="184"/>
        <source>The end lies before the start.</source>
        <extracomment>Years shown side by side: the period&apos;s and those before it.</extracomment>
        <translation>La fin précède le début.</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/views/reports.py" line="214"/>
        <location filename="../../consultant_app/ui/views/reports.py" line="242"/>
        <location filename="../../consultant_app/ui/views/reports.py" line="306"/>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/views/reports.py" line="234"/>
        <source>Weeks NL</source>
        <translation>Semaines NL</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/views/reports.py" line="235"/>
        <source>Weeks FR</source>
        <translation>Semaines FR</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/views/reports.py" line="242"/>
        <source>All internships</source>
        <translation>Tous les stages</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/views/reports.py" line="253"/>
        <source>Cluster</source>
        <translation>Cluster</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/views/reports.py" line="260"/>
        <source>Group</source>
        <translation>Groupe</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/views/reports.py" line="260"/>
        <source>% of days</source>
        <translation>% des jours</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/views/reports.py" line="304"/>
        <source>Registered in</source>
        <translation>Inscrits en</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/views/reports.py" line="318"/>
        <source>Candidates still eligible on {day}: {n}</source>
        <translation>Candidats encore éligibles le {day} : {n}</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/views/reports.py" line="341"/>
        <location filename="../../consultant_app/ui/views/reports.py" line="346"/>
        <source>Annual report</source>
        <translation>Rapport annuel</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/views/reports.py" line="359"/>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/views/reports.py" line="359"/>
        <source>JSON files (*.json)</source>
        <translation>Fichiers JSON (*.json)</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/views/reports.py" line="362"/>
        <location filename="../../consultant_app/ui/views/reports.py" line="376"/>
        <source>Export the figures</source>
        <translation>Exporter les chiffres</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/views/reports.py" line="377"/>
        <source>The file could not be written: {reason}</source>
        <translation>Le fichier n&apos;a pas pu être écrit : {reason}</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/views/reports.py" line="394"/>
        <source>Reports — figures</source>
        <translation>Rapports — chiffres</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/views/reports.py" line="397"/>
        <source>Conventions are the internships starting in the period (cancelled ones excepted). Days are the working days (Monday to Friday, without interruptions) of signed internships inside the period; weeks = days / {0}; FTE = days / {1}.</source>
        <translation>Les conventions sont les stages qui commencent dans la période (sauf les stages annulés). Les jours sont les jours ouvrables (du lundi au vendredi, sans les interruptions) des stages signés, dans la période ; semaines = jours / {0} ; ETP = jours / {1}.</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/views/reports.py" line="403"/>
        <source>Calendar year</source>
        <translation>Année civile</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/views/reports.py" line="404"/>
        <source>Period</source>
        <translation>Période</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/views/reports.py" line="407"/>
        <source>Annual &amp;report (PDF)…</source>
        <translation>&amp;Rapport annuel (PDF)…</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/views/reports.py" line="408"/>
        <source>Export C&amp;SV…</source>
        <translation>Exporter en C&amp;SV…</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/views/reports.py" line="409"/>
        <source>Export &amp;JSON…</source>
        <translation>Exporter en &amp;JSON…</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/views/reports.py" line="410"/>
        <source>&amp;Import internships…</source>
        <translation>&amp;Importer des stages…</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/views/reports.py" line="412"/>
        <source>Years</source>
        <translation>Années</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/views/reports.py" line="412"/>
        <source>Breakdown</source>
        <translation>Répartition</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/views/reports.py" line="412"/>
        <source>Hosts</source>
        <translation>Donneurs de stage</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/views/reports.py" line="412"/>
        <source>Candidates</source>
        <translation>Candidats</translation>
    </message>
    <message>
        <source>Print the annual report of the year shown, as PDF</source>
        <translation>Imprimer le rapport annuel de l'année affichée, en PDF</translation>
    </message>
    <message>
        <source>Save the figures shown in a CSV file (spreadsheets)</source>
        <translation>Enregistrer les chiffres affichés dans un fichier CSV (tableurs)</translation>
    </message>
    <message>
        <source>Save the figures shown in a JSON file</source>
        <translation>Enregistrer les chiffres affichés dans un fichier JSON</translation>
    </message>
    <message>
        <source>Read internships from a CSV file; you see what changes before anything does</source>
        <translation>Lire des stages depuis un fichier CSV ; vous voyez ce qui change avant que rien ne change</translation>
    </message>
    <message>
        <source>Write both dates day first, as 6/9/2026.</source>
        <translation>Écrivez les deux dates en commençant par le jour, comme 6/9/2026.</translation>
    </message>
</context>
<context>
    <name>RetentionBox</name>
    <message>
        <location filename="../../consultant_app/ui/views/safety/retention_box.py" line="109"/>
        <source>Unsaved changes</source>
        <extracomment>The longest retention period offered, in years. The retention period was saved (the new number of years).</extracomment>
        <translation>Modifications non enregistrées</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/views/safety/retention_box.py" line="110"/>
        <source>The retention period was changed but not saved. Save it before leaving?</source>
        <translation>La durée de conservation a été modifiée mais pas enregistrée. L&apos;enregistrer avant de quitter ?</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/views/safety/retention_box.py" line="138"/>
        <source>Save the new period to preview or anonymise with it.</source>
        <translation>Enregistrez la nouvelle durée pour afficher un aperçu ou anonymiser avec celle-ci.</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/views/safety/retention_box.py" line="146"/>
        <source>Retention</source>
        <translation>Conservation</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/views/safety/retention_box.py" line="154"/>
        <source>The period could not be saved.</source>
        <translation>La durée n&apos;a pas pu être enregistrée.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../consultant_app/ui/views/safety/retention_box.py" line="160"/>
        <source>Saved: personal data is kept %n year(s).</source>
        <translation>
            <numerusform>Enregistré : les données personnelles sont conservées %Ln an.</numerusform>
            <numerusform>Enregistré : les données personnelles sont conservées %Ln ans.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/views/safety/retention_box.py" line="182"/>
        <source>The records to anonymise could not be found.</source>
        <translation>Les fiches à anonymiser n&apos;ont pas pu être déterminées.</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/views/safety/retention_box.py" line="187"/>
        <source>{interns}, {mentors} and {hosts}</source>
        <translation>{interns}, {mentors} et {hosts}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../consultant_app/ui/views/safety/retention_box.py" line="188"/>
        <source>%n intern(s)</source>
        <translation>
            <numerusform>%Ln stagiaire</numerusform>
            <numerusform>%Ln stagiaires</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../consultant_app/ui/views/safety/retention_box.py" line="189"/>
        <source>%n mentor(s)</source>
        <translation>
            <numerusform>%Ln maître de stage</numerusform>
            <numerusform>%Ln maîtres de stage</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../consultant_app/ui/views/safety/retention_box.py" line="190"/>
        <source>%n host contact(s)</source>
        <translation>
            <numerusform>%Ln personne de contact d&apos;un donneur de stage</numerusform>
            <numerusform>%Ln personnes de contact de donneurs de stage</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/views/safety/retention_box.py" line="200"/>
        <source>Nothing to anonymise now (no retention period ended before {cutoff}).</source>
        <translation>Rien à anonymiser pour l&apos;instant (aucune durée de conservation n&apos;a pris fin avant le {cutoff}).</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/views/safety/retention_box.py" line="203"/>
        <source>Would be anonymised now: {counts} (retention ended before {cutoff}).</source>
        <translation>Seraient anonymisés maintenant : {counts} (durée de conservation échue avant le {cutoff}).</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/views/safety/retention_box.py" line="208"/>
        <source>Preview</source>
        <translation>Aperçu</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/views/safety/retention_box.py" line="217"/>
        <source>Anonymise now</source>
        <translation>Anonymiser maintenant</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/views/safety/retention_box.py" line="229"/>
        <source>Anonymise {counts} now? Their retention period ended before {cutoff}.

Names and contact details are replaced for good; the annual figures stay the same. Backups taken earlier still hold the old data.</source>
        <translation>Anonymiser maintenant {counts} ? Leur durée de conservation a pris fin avant le {cutoff}.

Les noms et les coordonnées sont remplacés définitivement ; les chiffres annuels restent les mêmes. Les sauvegardes effectuées auparavant contiennent encore les anciennes données.</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/views/safety/retention_box.py" line="242"/>
        <source>Nothing was anonymised.</source>
        <translation>Rien n&apos;a été anonymisé.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../consultant_app/ui/views/safety/retention_box.py" line="249"/>
        <source>%n record(s) anonymised.</source>
        <translation>
            <numerusform>%Ln fiche anonymisée.</numerusform>
            <numerusform>%Ln fiches anonymisées.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../consultant_app/ui/views/safety/retention_box.py" line="257"/>
        <source>Interns, mentors and host contacts whose last internship ended more than %n year(s) ago are anonymised; the annual figures stay the same. Once a day the application lists them and asks first, unless the box below is ticked.</source>
        <translation>
            <numerusform>Les stagiaires, maîtres de stage et personnes de contact des donneurs de stage dont le dernier stage a pris fin il y a plus de %Ln an sont anonymisés ; les chiffres annuels restent les mêmes. Une fois par jour, l&apos;application les énumère et demande d&apos;abord, sauf si la case ci-dessous est cochée.</numerusform>
            <numerusform>Les stagiaires, maîtres de stage et personnes de contact des donneurs de stage dont le dernier stage a pris fin il y a plus de %Ln ans sont anonymisés ; les chiffres annuels restent les mêmes. Une fois par jour, l&apos;application les énumère et demande d&apos;abord, sauf si la case ci-dessous est cochée.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/views/safety/retention_box.py" line="265"/>
        <source>Retention of personal data</source>
        <translation>Conservation des données personnelles</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/views/safety/retention_box.py" line="267"/>
        <source>Anonymise after (&amp;years):</source>
        <translation>Anonymiser après (a&amp;nnées) :</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/views/safety/retention_box.py" line="268"/>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/views/safety/retention_box.py" line="269"/>
        <source>R&amp;evert</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/views/safety/retention_box.py" line="270"/>
        <source>&amp;Preview</source>
        <translation>A&amp;perçu</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/views/safety/retention_box.py" line="271"/>
        <source>&amp;Anonymise now…</source>
        <translation>Anonymiser &amp;maintenant…</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/views/safety/retention_box.py" line="1"/>
        <source>Anonymise each day without as&amp;king</source>
        <translation>Anonymiser chaque jour sans &amp;demander</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/views/safety/retention_box.py" line="1"/>
        <source>The setting could not be saved.</source>
        <translation>Le réglage n&apos;a pas pu être enregistré.</translation>
    </message>
</context>
<context>
    <name>RetentionDialog</name>
    <message>
        <location filename="../../consultant_app/ui/dialogs/retention_review.py" line="1"/>
        <source>Retention of personal data</source>
        <translation>Conservation des données personnelles</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/dialogs/retention_review.py" line="1"/>
        <source>&amp;Anonymise now</source>
        <translation>&amp;Anonymiser maintenant</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/dialogs/retention_review.py" line="1"/>
        <source>&amp;Review the list</source>
        <translation>&amp;Consulter la liste</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/dialogs/retention_review.py" line="1"/>
        <source>&amp;Postpone {days} days</source>
        <translation>&amp;Reporter de {days} jours</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/dialogs/retention_review.py" line="1"/>
        <source>{interns}, {mentors} and {hosts}</source>
        <translation>{interns}, {mentors} et {hosts}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../consultant_app/ui/dialogs/retention_review.py" line="1"/>
        <source>%n intern(s)</source>
        <translation>
            <numerusform>%Ln stagiaire</numerusform>
            <numerusform>%Ln stagiaires</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../consultant_app/ui/dialogs/retention_review.py" line="1"/>
        <source>%n mentor(s)</source>
        <translation>
            <numerusform>%Ln maître de stage</numerusform>
            <numerusform>%Ln maîtres de stage</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../consultant_app/ui/dialogs/retention_review.py" line="1"/>
        <source>%n host contact(s)</source>
        <translation>
            <numerusform>%Ln personne de contact d&apos;un donneur de stage</numerusform>
            <numerusform>%Ln personnes de contact de donneurs de stage</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../consultant_app/ui/dialogs/retention_review.py" line="1"/>
        <source>The retention period of %n record(s) ended before {cutoff}: {counts}.

Anonymising replaces their names and contact details for good; the annual figures stay the same. Nothing is anonymised unless you choose Anonymise now.</source>
        <translation>
            <numerusform>La durée de conservation de %Ln fiche a pris fin avant le {cutoff} : {counts}.

L&apos;anonymisation remplace définitivement leurs noms et coordonnées ; les chiffres annuels restent les mêmes. Rien n&apos;est anonymisé sans que vous choisissiez Anonymiser maintenant.</numerusform>
            <numerusform>La durée de conservation de %Ln fiches a pris fin avant le {cutoff} : {counts}.

L&apos;anonymisation remplace définitivement leurs noms et coordonnées ; les chiffres annuels restent les mêmes. Rien n&apos;est anonymisé sans que vous choisissiez Anonymiser maintenant.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/dialogs/retention_review.py" line="1"/>
        <source>Intern</source>
        <translation>Stagiaire</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/dialogs/retention_review.py" line="1"/>
        <source>Mentor</source>
        <translation>Maître de stage</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/dialogs/retention_review.py" line="1"/>
        <source>Host contact</source>
        <translation>Personne de contact d&apos;un donneur de stage</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/dialogs/retention_review.py" line="1"/>
        <source>Last internship ended on {day}</source>
        <translation>Dernier stage terminé le {day}</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/dialogs/retention_review.py" line="1"/>
        <source>No internship; registered on {day}</source>
        <translation>Aucun stage ; inscrit(e) le {day}</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/dialogs/retention_review.py" line="1"/>
        <source>No internship; entered on {day}</source>
        <translation>Aucun stage ; encodé(e) le {day}</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/dialogs/retention_review.py" line="1"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/dialogs/retention_review.py" line="1"/>
        <source>Record</source>
        <translation>Fiche</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/dialogs/retention_review.py" line="1"/>
        <source>Host</source>
        <translation>Donneur de stage</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/dialogs/retention_review.py" line="1"/>
        <source>Why</source>
        <translation>Motif</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/dialogs/retention_review.py" line="1"/>
        <source>You will be asked again on {day}.</source>
        <translation>La question sera reposée le {day}.</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/dialogs/retention_review.py" line="1"/>
        <source>The list changed since it was shown; nothing was anonymised. Use Settings → Data safety → Preview to see the new list.</source>
        <translation>La liste a changé depuis son affichage ; rien n&apos;a été anonymisé. Utilisez Paramètres → Sécurité des données → Aperçu pour voir la nouvelle liste.</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/dialogs/retention_review.py" line="1"/>
        <source>Nothing was anonymised.</source>
        <translation>Rien n&apos;a été anonymisé.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../consultant_app/ui/dialogs/retention_review.py" line="1"/>
        <source>%n record(s) anonymised.</source>
        <translation>
            <numerusform>%Ln fiche anonymisée.</numerusform>
            <numerusform>%Ln fiches anonymisées.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RiskItemDialog</name>
    <message>
        <location filename="../../consultant_app/ui/views/roadmap/risk_tab.py" line="141"/>
        <source>Add a risk from the catalogue</source>
        <translation>Ajouter un risque du catalogue</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/views/roadmap/risk_tab.py" line="147"/>
        <source>{name} (forbidden for young workers)</source>
        <translation>{name} (interdit aux jeunes)</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/views/roadmap/risk_tab.py" line="149"/>
        <source>already listed</source>
        <translation>déjà dans la liste</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/views/roadmap/risk_tab.py" line="166"/>
        <location filename="../../consultant_app/ui/views/roadmap/risk_tab.py" line="181"/>
        <source>&amp;Risk</source>
        <translation>&amp;Risque</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/views/roadmap/risk_tab.py" line="169"/>
        <source>The catalogue&apos;s measures and protective equipment are copied in; edit them afterwards if this post needs others.</source>
        <translation>Les mesures et les équipements de protection du catalogue sont recopiés ; modifiez-les ensuite si ce poste en requiert d&apos;autres.</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/views/roadmap/risk_tab.py" line="177"/>
        <source>Edit a risk</source>
        <translation>Modifier un risque</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/views/roadmap/risk_tab.py" line="177"/>
        <source>Add another risk</source>
        <translation>Ajouter un autre risque</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/views/roadmap/risk_tab.py" line="182"/>
        <source>&amp;Preventive measures</source>
        <translation>&amp;Mesures de prévention</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/views/roadmap/risk_tab.py" line="183"/>
        <source>Protective &amp;equipment</source>
        <translation>Équipements de &amp;protection</translation>
    </message>
</context>
<context>
    <name>RiskTab</name>
    <message>
        <location filename="../../consultant_app/ui/views/roadmap/risk_tab.py" line="85"/>
        <source>The post</source>
        <translation>Le poste</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/views/roadmap/risk_tab.py" line="96"/>
        <source>Protection and health</source>
        <translation>Protection et santé</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/views/roadmap/risk_tab.py" line="106"/>
        <source>Prevention, first aid and signature</source>
        <translation>Prévention, premiers secours et signature</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/views/roadmap/risk_tab.py" line="318"/>
        <source>Forbidden for young workers: justify it below.</source>
        <translation>Interdit aux jeunes : justifiez-le ci-dessous.</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/views/roadmap/risk_tab.py" line="324"/>
        <source>From the catalogue</source>
        <translation>Du catalogue</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/views/roadmap/risk_tab.py" line="351"/>
        <source>Still missing before the convention can be signed: {fields}.</source>
        <translation>À compléter avant que la convention puisse être signée : {fields}.</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/views/roadmap/risk_tab.py" line="359"/>
        <source>✔ The workstation sheet and risk analysis is complete.</source>
        <translation>✔ La fiche de poste et l&apos;analyse des risques sont complètes.</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/views/roadmap/risk_tab.py" line="489"/>
        <source>Remove a risk</source>
        <translation>Supprimer un risque</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/views/roadmap/risk_tab.py" line="490"/>
        <source>Remove the risk “{risk}” from the sheet?</source>
        <translation>Supprimer le risque « {risk} » de la fiche ?</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/views/roadmap/risk_tab.py" line="499"/>
        <source>Risks of the post</source>
        <translation>Risques du poste</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/views/roadmap/risk_tab.py" line="501"/>
        <source>Risk</source>
        <translation>Risque</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/views/roadmap/risk_tab.py" line="501"/>
        <source>Preventive measures</source>
        <translation>Mesures de prévention</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/views/roadmap/risk_tab.py" line="501"/>
        <source>Protective equipment</source>
        <translation>Équipements de protection</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/views/roadmap/risk_tab.py" line="503"/>
        <source>Add from the &amp;catalogue…</source>
        <translation>Ajouter depuis le &amp;catalogue…</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/views/roadmap/risk_tab.py" line="504"/>
        <source>Add an&amp;other risk…</source>
        <translation>Ajouter un &amp;autre risque…</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/views/roadmap/risk_tab.py" line="505"/>
        <source>Ed&amp;it…</source>
        <translation>Mod&amp;ifier…</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/views/roadmap/risk_tab.py" line="506"/>
        <source>Remove ris&amp;k</source>
        <translation>Supprimer le ris&amp;que</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/views/roadmap/risk_tab.py" line="507"/>
        <source>* needed before the convention can be signed</source>
        <translation>* requis avant que la convention puisse être signée</translation>
    </message>
    <message>
        <source>A risk of the catalogue, with its usual preventive measures</source>
        <translation>Un risque du catalogue, avec ses mesures de prévention habituelles</translation>
    </message>
    <message>
        <source>A risk the catalogue does not hold</source>
        <translation>Un risque absent du catalogue</translation>
    </message>
    <message>
        <source>Change the selected risk</source>
        <translation>Modifier le risque sélectionné</translation>
    </message>
    <message>
        <source>Remove the selected risk (Delete)</source>
        <translation>Retirer le risque sélectionné (Suppr)</translation>
    </message>
</context>
<context>
    <name>Roadmap</name>
    <message>
        <location filename="../../consultant_app/ui/views/roadmap/common.py" line="36"/>
        <source>not scored yet</source>
        <extracomment>Delay between the last change and its automatic save. Kinds of entries in the log of an internship&apos;s follow-up.</extracomment>
        <translation>pas encore noté</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/views/roadmap/common.py" line="38"/>
        <source>not observed</source>
        <translation>non observé</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/views/roadmap/common.py" line="39"/>
        <source>insufficient</source>
        <translation>insuffisant</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/views/roadmap/common.py" line="40"/>
        <source>to develop</source>
        <translation>à développer</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/views/roadmap/common.py" line="41"/>
        <location filename="../../consultant_app/ui/views/roadmap/workplace_tab.py" line="40"/>
        <source>good</source>
        <translation>bon</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/views/roadmap/common.py" line="42"/>
        <source>excellent</source>
        <translation>excellent</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/views/roadmap/common.py" line="49"/>
        <location filename="../../consultant_app/ui/views/roadmap/workplace_tab.py" line="36"/>
        <source>not answered</source>
        <translation>sans réponse</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/views/roadmap/common.py" line="51"/>
        <source>cannot do it yet</source>
        <translation>pas encore capable</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/views/roadmap/common.py" line="52"/>
        <source>beginner</source>
        <translation>débutant</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/views/roadmap/common.py" line="53"/>
        <source>with help</source>
        <translation>avec de l&apos;aide</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/views/roadmap/common.py" line="54"/>
        <source>on my own</source>
        <translation>en autonomie</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/views/roadmap/common.py" line="55"/>
        <source>could teach it</source>
        <translation>capable de l&apos;enseigner</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/views/roadmap/common.py" line="61"/>
        <source>Start</source>
        <translation>Début</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/views/roadmap/common.py" line="62"/>
        <source>Up to mid-term</source>
        <translation>Jusqu&apos;à mi-parcours</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/views/roadmap/common.py" line="63"/>
        <source>Up to the end</source>
        <translation>Jusqu&apos;à la fin</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/views/roadmap/common.py" line="69"/>
        <source>Mid-term evaluation</source>
        <translation>Évaluation à mi-parcours</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/views/roadmap/common.py" line="70"/>
        <source>Final evaluation</source>
        <translation>Évaluation finale</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/views/roadmap/common.py" line="76"/>
        <source>Scan at the start</source>
        <translation>Scan au début</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/views/roadmap/common.py" line="77"/>
        <source>Scan at the end</source>
        <translation>Scan à la fin</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/views/roadmap/common.py" line="83"/>
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/views/roadmap/common.py" line="84"/>
        <source>With reservations</source>
        <translation>Avec réserves</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/views/roadmap/common.py" line="87"/>
        <source>No</source>
        <translation>Non</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/views/roadmap/common.py" line="93"/>
        <source>Conflict</source>
        <translation>Conflit</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/views/roadmap/common.py" line="94"/>
        <source>Mediation</source>
        <translation>Médiation</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/views/roadmap/common.py" line="95"/>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/views/roadmap/common.py" line="107"/>
        <source>at least one risk</source>
        <translation>au moins un risque</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/views/roadmap/common.py" line="117"/>
        <source>The workstation sheet and risk analysis is not complete. Still missing: {fields}.</source>
        <translation>La fiche de poste et l&apos;analyse des risques ne sont pas complètes. Il manque encore : {fields}.</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/views/roadmap/common.py" line="122"/>
        <source>Score every competence (or mark it not observed) and write the overall appreciation before completing the evaluation.</source>
        <translation>Notez chaque compétence (ou marquez-la comme non observée) et rédigez l&apos;appréciation générale avant de finaliser l&apos;évaluation.</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/views/roadmap/common.py" line="128"/>
        <source>the overall appreciation</source>
        <translation>l&apos;appréciation générale</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/views/roadmap/common.py" line="130"/>
        <source>Still missing:</source>
        <translation>Il manque encore :</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/views/roadmap/common.py" line="134"/>
        <source>This risk of the catalogue is already listed.</source>
        <translation>Ce risque du catalogue figure déjà dans la liste.</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/views/roadmap/common.py" line="137"/>
        <source>This score is out of range.</source>
        <translation>Cette note est hors des limites.</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/views/roadmap/common.py" line="153"/>
        <source>Not possible</source>
        <translation>Impossible</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/views/roadmap/common.py" line="255"/>
        <source>This record no longer exists (it may have been deleted).</source>
        <extracomment>A stored change the internships list may show (the internship&apos;s uuid). The tab&apos;s title suffix (:meth:`badge`) may have changed.</extracomment>
        <translation>Cette fiche n&apos;existe plus (elle a peut-être été supprimée).</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/views/roadmap/common.py" line="328"/>
        <source>Unsaved changes…</source>
        <translation>Modifications non enregistrées…</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/views/roadmap/common.py" line="346"/>
        <location filename="../../consultant_app/ui/views/roadmap/common.py" line="353"/>
        <source>Not saved: {reason}</source>
        <translation>Non enregistré : {reason}</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/views/roadmap/common.py" line="363"/>
        <source>Not saved: the internship no longer exists.</source>
        <translation>Non enregistré : le stage n&apos;existe plus.</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/views/roadmap/common.py" line="370"/>
        <source>Saved {time}</source>
        <translation>Enregistré à {time}</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/views/roadmap/workplace_tab.py" line="38"/>
        <source>poor</source>
        <translation>faible</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/views/roadmap/workplace_tab.py" line="39"/>
        <source>fair</source>
        <translation>moyen</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/views/roadmap/workplace_tab.py" line="41"/>
        <source>very good</source>
        <translation>très bon</translation>
    </message>
</context>
<context>
    <name>RuleMessages</name>
    <message>
        <location filename="../../consultant_app/ui/forms/rule_messages.py" line="25"/>
        <source>Age limit</source>
        <translation>Limite d&apos;âge</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/forms/rule_messages.py" line="26"/>
        <source>Minimum duration</source>
        <translation>Durée minimale</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/forms/rule_messages.py" line="27"/>
        <source>Maximum duration</source>
        <translation>Durée maximale</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/forms/rule_messages.py" line="28"/>
        <source>Intern&apos;s total weeks</source>
        <translation>Total des semaines du stagiaire</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/forms/rule_messages.py" line="29"/>
        <source>No overlap</source>
        <translation>Pas de chevauchement</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/forms/rule_messages.py" line="30"/>
        <source>Host&apos;s quota</source>
        <translation>Quota du donneur de stage</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/forms/rule_messages.py" line="31"/>
        <source>Training policy plan</source>
        <translation>Plan de politique de formation</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/forms/rule_messages.py" line="32"/>
        <source>Joint committee</source>
        <translation>Commission paritaire</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/forms/rule_messages.py" line="33"/>
        <source>Weekly hours</source>
        <translation>Heures par semaine</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/forms/rule_messages.py" line="34"/>
        <source>No replacement of an employee</source>
        <translation>Pas de remplacement d&apos;un travailleur</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/forms/rule_messages.py" line="213"/>
        <source>Aged {age} on {date}; the limit is younger than {limit}.</source>
        <translation>{age} ans le {date} ; la limite est de moins de {limit} ans.</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/forms/rule_messages.py" line="223"/>
        <source>Registered job seeker ({agency}).</source>
        <translation>Inscrit(e) comme demandeur d&apos;emploi ({agency}).</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/forms/rule_messages.py" line="226"/>
        <source>Not registered as a job seeker.</source>
        <translation>Pas inscrit(e) comme demandeur d&apos;emploi.</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/forms/rule_messages.py" line="228"/>
        <source>{done} of {maximum} weeks of internship used; {left} left.</source>
        <translation>{done} des {maximum} semaines de stage utilisées ; {left} restantes.</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/forms/rule_messages.py" line="38"/>
        <source>Job-seeker registration</source>
        <translation>Inscription comme demandeur d&apos;emploi</translation>
    </message>
</context>
<context>
    <name>RuleText</name>
    <message>
        <location filename="../../consultant_app/ui/forms/rule_messages.py" line="42"/>
        <source>Aged {age} on the start date {start}: younger than {limit}, as required.</source>
        <extracomment>Sentences of the programme rules; the English ones are the service&apos;s own.</extracomment>
        <translation>{age} ans à la date de début {start} : moins de {limit} ans, comme requis.</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/forms/rule_messages.py" line="45"/>
        <source>Aged {age} on the start date {start}; interns must be younger than {limit}.</source>
        <translation>{age} ans à la date de début {start} ; les stagiaires doivent avoir moins de {limit} ans.</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/forms/rule_messages.py" line="48"/>
        <source>The birth date {birth_date} is after the start date {start}.</source>
        <translation>La date de naissance {birth_date} est postérieure à la date de début {start}.</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/forms/rule_messages.py" line="51"/>
        <source>The internship lasts {weeks} weeks; the minimum is {minimum}.</source>
        <translation>Le stage dure {weeks} semaines ; le minimum est de {minimum}.</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/forms/rule_messages.py" line="54"/>
        <source>The internship lasts {weeks} weeks; it must last at least {minimum} weeks.</source>
        <translation>Le stage dure {weeks} semaines ; il doit durer au moins {minimum} semaines.</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/forms/rule_messages.py" line="57"/>
        <source>The internship lasts {weeks} weeks; the maximum is {maximum}.</source>
        <translation>Le stage dure {weeks} semaines ; le maximum est de {maximum}.</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/forms/rule_messages.py" line="60"/>
        <source>With this internship the intern totals {total} weeks ({other_weeks} in other internships and {weeks} in this one); the maximum is {maximum}.</source>
        <translation>Avec ce stage, le stagiaire totalise {total} semaines ({other_weeks} dans d&apos;autres stages et {weeks} dans celui-ci) ; le maximum est de {maximum}.</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/forms/rule_messages.py" line="65"/>
        <source>The internship from {start} to {end} overlaps no other internship.</source>
        <translation>Le stage du {start} au {end} ne chevauche aucun autre stage.</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/forms/rule_messages.py" line="68"/>
        <source>The internship from {start} to {end} overlaps other internships: {overlaps}.</source>
        <translation>Le stage du {start} au {end} chevauche d&apos;autres stages : {overlaps}.</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/forms/rule_messages.py" line="71"/>
        <source>Host quota respected: {years}.</source>
        <translation>Quota du donneur de stage respecté : {years}.</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/forms/rule_messages.py" line="72"/>
        <source>Host quota exceeded: {years}.</source>
        <translation>Quota du donneur de stage dépassé : {years}.</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/forms/rule_messages.py" line="73"/>
        <source>in {year} the host would use {total} of its {available} weeks ({used} already and {weeks} for this internship)</source>
        <translation>en {year}, le donneur de stage utiliserait {total} de ses {available} semaines ({used} déjà utilisées et {weeks} pour ce stage)</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/forms/rule_messages.py" line="78"/>
        <source>The host has no training policy plan for {year}; it must be received.</source>
        <translation>Le donneur de stage n&apos;a pas de plan de politique de formation pour {year} ; il doit avoir été reçu.</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/forms/rule_messages.py" line="81"/>
        <source>The host&apos;s training policy plan for {year} is {status}.</source>
        <translation>Le plan de politique de formation du donneur de stage pour {year} est {status}.</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/forms/rule_messages.py" line="84"/>
        <source>The host&apos;s training policy plan for {year} is {status}; it must be received or approved.</source>
        <translation>Le plan de politique de formation du donneur de stage pour {year} est {status} ; il doit être reçu ou approuvé.</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/forms/rule_messages.py" line="88"/>
        <source>The host is under {committee}, a joint committee of the programme.</source>
        <translation>Le donneur de stage relève de la {committee}, une commission paritaire du programme.</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/forms/rule_messages.py" line="91"/>
        <source>The host is under {committee}, not CP 227 or SCP 303.01.</source>
        <translation>Commission paritaire du donneur de stage : {committee}, et non CP 227 ou SCP 303.01.</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/forms/rule_messages.py" line="94"/>
        <source>No weekly hours are given yet; the maximum is {maximum} hours a week.</source>
        <translation>Aucun horaire hebdomadaire n&apos;est encore indiqué ; le maximum est de {maximum} heures par semaine.</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/forms/rule_messages.py" line="97"/>
        <source>The schedule has no hours; it needs at least some hours.</source>
        <translation>L&apos;horaire ne comporte aucune heure ; il en faut au moins quelques-unes.</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/forms/rule_messages.py" line="100"/>
        <source>The schedule has {hours} hours a week; the maximum is {maximum}.</source>
        <translation>L&apos;horaire compte {hours} heures par semaine ; le maximum est de {maximum}.</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/forms/rule_messages.py" line="103"/>
        <source>The host declared that the intern does not replace an employee.</source>
        <translation>Le donneur de stage a déclaré que le stagiaire ne remplace aucun travailleur.</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/forms/rule_messages.py" line="106"/>
        <source>The host has not declared that the intern does not replace an employee.</source>
        <translation>Le donneur de stage n&apos;a pas déclaré que le stagiaire ne remplace aucun travailleur.</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/forms/rule_messages.py" line="111"/>
        <source>Registered as a job seeker with {agency} since {since}, on or before the start date {start}.</source>
        <translation>Inscrit(e) comme demandeur d&apos;emploi auprès de {agency} depuis le {since}, au plus tard à la date de début {start}.</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/forms/rule_messages.py" line="116"/>
        <source>The intern is not registered as a job seeker (with {agencies}), as required.</source>
        <translation>Le stagiaire n&apos;est pas inscrit comme demandeur d&apos;emploi (auprès de {agencies}), ce qui est obligatoire.</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/forms/rule_messages.py" line="120"/>
        <source>The intern is registered with {agency}, which is not one of {agencies}.</source>
        <translation>Le stagiaire est inscrit auprès de {agency}, qui n&apos;est pas l&apos;un des services {agencies}.</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/forms/rule_messages.py" line="123"/>
        <source>The job-seeker registration with {agency} has no registration number.</source>
        <translation>L&apos;inscription comme demandeur d&apos;emploi auprès de {agency} n&apos;a pas de numéro d&apos;inscription.</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/forms/rule_messages.py" line="126"/>
        <source>The job-seeker registration with {agency} has no date of registration.</source>
        <translation>L&apos;inscription comme demandeur d&apos;emploi auprès de {agency} n&apos;a pas de date d&apos;inscription.</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/forms/rule_messages.py" line="129"/>
        <source>Registered as a job seeker with {agency} since {since}, after the start date {start}; the intern must be registered by the start.</source>
        <translation>Inscrit(e) comme demandeur d&apos;emploi auprès de {agency} depuis le {since}, après la date de début {start} ; le stagiaire doit être inscrit au plus tard au début du stage.</translation>
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
        <translation>&amp;Fait le</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/views/roadmap/scan_tab.py" line="407"/>
        <source>Toda&amp;y</source>
        <translation>A&amp;ujourd&apos;hui</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/views/roadmap/scan_tab.py" line="410"/>
        <source>The intern scores each competence from 0 (cannot do it yet) to 4 (could teach it). Keyboard: 0–4 sets the level, ←/→ moves it, ↑/↓ or Tab goes to another competence. Saved as you type.</source>
        <translation>Le stagiaire note chaque compétence de 0 (pas encore capable) à 4 (capable de l&apos;enseigner). Clavier : 0–4 choisit le niveau, ←/→ le déplace, ↑/↓ ou Tab passe à une autre compétence. Enregistré au fur et à mesure de la saisie.</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/views/roadmap/scan_tab.py" line="415"/>
        <source>Self-assessment</source>
        <translation>Auto-évaluation</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/views/roadmap/scan_tab.py" line="416"/>
        <source>Learning curve</source>
        <translation>Courbe d&apos;apprentissage</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/views/roadmap/scan_tab.py" line="418"/>
        <source>This internship has no competences yet: add them in “Tasks &amp; competences”.</source>
        <translation>Ce stage n&apos;a pas encore de compétences : ajoutez-les dans « Tâches &amp; compétences ».</translation>
    </message>
    <message>
        <source>The scan was done today</source>
        <translation>Le scan a été fait aujourd'hui</translation>
    </message>
</context>
<context>
    <name>ScheduleEditor</name>
    <message>
        <location filename="../../consultant_app/ui/dialogs/internship_wizard/schedule.py" line="53"/>
        <source>Total: {total} hours a week (at most {maximum})</source>
        <translation>Total : {total} heures par semaine (au maximum {maximum})</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/dialogs/internship_wizard/schedule.py" line="67"/>
        <source>h</source>
        <translation>h</translation>
    </message>
</context>
<context>
    <name>SettingsView</name>
    <message>
        <location filename="../../consultant_app/ui/views/settings.py" line="167"/>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/views/settings.py" line="168"/>
        <source>&amp;General</source>
        <translation>&amp;Général</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/views/settings.py" line="169"/>
        <source>&amp;Data safety</source>
        <translation>Sécurité des &amp;données</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/views/settings.py" line="170"/>
        <source>Interface</source>
        <translation>Interface</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/views/settings.py" line="171"/>
        <source>&amp;Language</source>
        <translation>&amp;Langue</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/views/settings.py" line="172"/>
        <source>Database</source>
        <translation>Base de données</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/views/settings.py" line="176"/>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/views/settings.py" line="177"/>
        <source>Schema</source>
        <translation>Schéma</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/views/settings.py" line="104"/>
        <source>Programme rules</source>
        <extracomment>Rules edited on the Data safety tab rather than with the other programme rules. Relayed from :attr:`DataSafetyPage.restore_requested`: restore this backup file.</extracomment>
        <translation>Règles du programme</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/views/settings.py" line="1"/>
        <source>&amp;Team</source>
        <translation>É&amp;quipe</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Raccourcis clavier</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Touches</translation>
    </message>
    <message>
        <source>What they do</source>
        <translation>Effet</translation>
    </message>
    <message>
        <source>Help on the view shown</source>
        <translation>Aide sur l'écran affiché</translation>
    </message>
    <message>
        <source>Go to a view (in the order of the list)</source>
        <translation>Aller à un écran (dans l'ordre de la liste)</translation>
    </message>
    <message>
        <source>Search the list</source>
        <translation>Rechercher dans la liste</translation>
    </message>
    <message>
        <source>Down arrow</source>
        <translation>Flèche vers le bas</translation>
    </message>
    <message>
        <source>From the search into the list</source>
        <translation>De la recherche vers la liste</translation>
    </message>
    <message>
        <source>Clear the search</source>
        <translation>Effacer la recherche</translation>
    </message>
    <message>
        <source>Open the selected record</source>
        <translation>Ouvrir la fiche sélectionnée</translation>
    </message>
    <message>
        <source>New record (intern, host, internship)</source>
        <translation>Nouvelle fiche (stagiaire, donneur de stage, stage)</translation>
    </message>
    <message>
        <source>Save the form</source>
        <translation>Enregistrer le formulaire</translation>
    </message>
    <message>
        <source>Undo the last change of the form</source>
        <translation>Annuler la dernière modification du formulaire</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Rétablir</translation>
    </message>
    <message>
        <source>Next field</source>
        <translation>Champ suivant</translation>
    </message>
    <message>
        <source>underlined letter</source>
        <translation>lettre soulignée</translation>
    </message>
    <message>
        <source>Go to that field or button</source>
        <translation>Aller à ce champ ou à ce bouton</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Quitter</translation>
    </message>
</context>
<context>
    <name>SignatureDialog</name>
    <message>
        <location filename="../../consultant_app/ui/dialogs/internship_actions.py" line="117"/>
        <source>Record a signature</source>
        <translation>Enregistrer une signature</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/dialogs/internship_actions.py" line="127"/>
        <source>&amp;Party</source>
        <translation>&amp;Partie</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/dialogs/internship_actions.py" line="128"/>
        <source>&amp;Signed by</source>
        <translation>&amp;Signé par</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/dialogs/internship_actions.py" line="129"/>
        <source>&amp;Date</source>
        <translation>&amp;Date</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/dialogs/internship_actions.py" line="130"/>
        <source>P&amp;lace</source>
        <translation>&amp;Lieu</translation>
    </message>
</context>
<context>
    <name>StartupSafety</name>
    <message>
        <location filename="../../consultant_app/ui/startup_safety.py" line="109"/>
        <source>The database is damaged</source>
        <translation>La base de données est endommagée</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/startup_safety.py" line="116"/>
        <source>SQLite found problems in {path}:
{problems}

No sound backup was found in {folder}. Keep the file as it is and ask for help; do not delete it.</source>
        <translation>SQLite a trouvé des problèmes dans {path} :
{problems}

Aucune sauvegarde intacte n&apos;a été trouvée dans {folder}. Laissez le fichier tel quel et demandez de l&apos;aide ; ne le supprimez pas.</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/startup_safety.py" line="126"/>
        <source>SQLite found problems in {path}:
{problems}

Restore the newest sound backup, taken {taken}? The damaged file is kept aside, never overwritten; what was entered after the backup must be entered again.</source>
        <translation>SQLite a trouvé des problèmes dans {path} :
{problems}

Restaurer la sauvegarde intacte la plus récente, effectuée le {taken} ? Le fichier endommagé est mis de côté, jamais écrasé ; ce qui a été saisi après la sauvegarde devra être saisi à nouveau.</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/startup_safety.py" line="147"/>
        <source>The backup of {taken} was restored. The damaged file is kept as {aside}.</source>
        <translation>La sauvegarde du {taken} a été restaurée. Le fichier endommagé est conservé sous {aside}.</translation>
    </message>
    <message>
        <source>{path} was found damaged. It is open read-only: you can read and print, but nothing can be changed or imported until a sound backup is restored (Settings → Data safety).</source>
        <translation>{path} s’est révélée endommagée. Elle est ouverte en lecture seule : vous pouvez lire et imprimer, mais rien modifier ni importer tant qu’une sauvegarde saine n’a pas été restaurée (Paramètres → Sécurité des données).</translation>
    </message>
</context>
<context>
    <name>StoreErrors</name>
    <message>
        <location filename="../../consultant_app/ui/store_errors.py" line="22"/>
        <source>{path} was written by a newer version of the application. Update the application to open it. The file was left untouched.</source>
        <translation>{path} a été écrit par une version plus récente de l&apos;application. Mettez l&apos;application à jour pour l&apos;ouvrir. Le fichier n&apos;a pas été modifié.</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/store_errors.py" line="28"/>
        <source>{path} is read-only. Copy it to a folder where you may write, or change its permissions. The file was left untouched.</source>
        <translation>{path} est en lecture seule. Copiez-le dans un dossier où vous pouvez écrire, ou modifiez ses droits. Le fichier n&apos;a pas été modifié.</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/store_errors.py" line="34"/>
        <source>{path} belongs to another application. The file was left untouched.</source>
        <translation>{path} appartient à une autre application. Le fichier n&apos;a pas été modifié.</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/store_errors.py" line="39"/>
        <source>{path} could not be brought to the latest version.</source>
        <translation>{path} n&apos;a pas pu être mis à jour vers la dernière version.</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/store_errors.py" line="43"/>
        <source>{path} is not a database of this application.</source>
        <translation>{path} n&apos;est pas une base de données de cette application.</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/store_errors.py" line="47"/>
        <source>{path} cannot be opened.</source>
        <translation>{path} ne peut pas être ouvert.</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/store_errors.py" line="48"/>
        <source>Details: {message}</source>
        <translation>Détails : {message}</translation>
    </message>
    <message>
        <source>{path} is being restored, migrated or used by another program that needs it alone. Try again in a moment. Nothing was changed.</source>
        <translation>{path} est en cours de restauration, de migration ou d’utilisation par un autre programme qui en a besoin seul. Réessayez dans un instant. Rien n’a été modifié.</translation>
    </message>
</context>
<context>
    <name>SyncIndicator</name>
    <message>
        <location filename="../../consultant_app/ui/widgets/sync_indicator.py" line="1"/>
        <source>Team: syncing…</source>
        <translation>Équipe : synchronisation…</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/widgets/sync_indicator.py" line="1"/>
        <source>Team: offline, last sync {0}</source>
        <translation>Équipe : hors ligne, dernière synchronisation {0}</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/widgets/sync_indicator.py" line="1"/>
        <source>never</source>
        <translation>jamais</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/widgets/sync_indicator.py" line="1"/>
        <source>Team: synced {0}</source>
        <translation>Équipe : synchronisé {0}</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/widgets/sync_indicator.py" line="1"/>
        <source>Team: never synced</source>
        <translation>Équipe : jamais synchronisé</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/widgets/sync_indicator.py" line="1"/>
        <source>{0} pending</source>
        <translation>{0} à envoyer</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/widgets/sync_indicator.py" line="1"/>
        <source>{0} conflict(s)</source>
        <translation>{0} conflit(s)</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/widgets/sync_indicator.py" line="1"/>
        <source>Team: sync refused, see the tooltip</source>
        <translation>Équipe : synchronisation refusée, voir l’info-bulle</translation>
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
        <translation>Dernière synchronisation</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/views/settings_team.py" line="1"/>
        <source>never</source>
        <translation>jamais</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/views/settings_team.py" line="1"/>
        <source>Changes waiting</source>
        <translation>Modifications à envoyer</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/views/settings_team.py" line="1"/>
        <source>Open conflicts</source>
        <translation>Conflits ouverts</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/views/settings_team.py" line="1"/>
        <source>Team</source>
        <translation>Équipe</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/views/settings_team.py" line="1"/>
        <source>Sync now</source>
        <translation>Synchroniser maintenant</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/views/settings_team.py" line="1"/>
        <source>Leave the team…</source>
        <translation>Quitter l’équipe…</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/views/settings_team.py" line="1"/>
        <source>Work as a team</source>
        <translation>Travailler en équipe</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/views/settings_team.py" line="1"/>
        <source>Share this database with colleagues through a PostgreSQL database (the hub). This database becomes the hub's first copy; colleagues then join it.</source>
        <translation>Partagez cette base de données avec vos collègues via une base PostgreSQL (le hub). Cette base devient la première copie du hub ; vos collègues le rejoignent ensuite.</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/views/settings_team.py" line="1"/>
        <source>Hub address</source>
        <translation>Adresse du hub</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/views/settings_team.py" line="1"/>
        <source>Password</source>
        <translation>Mot de passe</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/views/settings_team.py" line="1"/>
        <source>Make this database the team's first copy</source>
        <translation>Faire de cette base la première copie de l’équipe</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/views/settings_team.py" line="1"/>
        <source>Give the hub's address.</source>
        <translation>Indiquez l’adresse du hub.</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/views/settings_team.py" line="1"/>
        <source>Sending this database to the hub…</source>
        <translation>Envoi de cette base au hub…</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/views/settings_team.py" line="1"/>
        <source>Syncing…</source>
        <translation>Synchronisation…</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/views/settings_team.py" line="1"/>
        <source>Sent {0} change(s), received {1}.</source>
        <translation>{0} modification(s) envoyée(s), {1} reçue(s).</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/views/settings_team.py" line="1"/>
        <source>Leave the team</source>
        <translation>Quitter l’équipe</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/views/settings_team.py" line="1"/>
        <source>This database stops syncing with the hub. Its data stays on this computer; changes not sent yet are not sent. Leave the team?</source>
        <translation>Cette base ne se synchronise plus avec le hub. Ses données restent sur cet ordinateur ; les modifications pas encore envoyées ne le seront pas. Quitter l’équipe ?</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/views/settings_team.py" line="1"/>
        <source>This database no longer syncs with the team.</source>
        <translation>Cette base ne se synchronise plus avec l’équipe.</translation>
    </message>
    <message>
        <source>Join a team</source>
        <translation>Rejoindre une équipe</translation>
    </message>
    <message>
        <source>Work on a team&apos;s data: a new database is made on this computer from the hub, and the window opens it. This database stays as it is.</source>
        <translation>Travailler sur les données d’une équipe : une nouvelle base de données est créée sur cet ordinateur à partir du hub, et la fenêtre l’ouvre. Cette base de données reste telle quelle.</translation>
    </message>
    <message>
        <source>Join…</source>
        <translation>Rejoindre…</translation>
    </message>
    <message>
        <source>The team&apos;s database on this computer</source>
        <translation>La base de données de l’équipe sur cet ordinateur</translation>
    </message>
    <message>
        <source>{path} already exists: joining makes a new database.</source>
        <translation>{path} existe déjà : rejoindre une équipe crée une nouvelle base de données.</translation>
    </message>
    <message>
        <source>Copying the team&apos;s data from the hub…</source>
        <translation>Copie des données de l’équipe depuis le hub…</translation>
    </message>
    <message>
        <source>Joined: {path} opens now.</source>
        <translation>Équipe rejointe : {path} s’ouvre maintenant.</translation>
    </message>
</context>
<context>
    <name>TrainingPlansTab</name>
    <message>
        <location filename="../../consultant_app/ui/views/hosts/plans.py" line="36"/>
        <source>Training policy plan</source>
        <translation>Plan de politique de formation</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/views/hosts/plans.py" line="89"/>
        <source>New training policy plan</source>
        <translation>Nouveau plan de politique de formation</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/views/hosts/plans.py" line="95"/>
        <source>New &amp;plan</source>
        <translation>Nouveau &amp;plan</translation>
    </message>
    <message>
        <source>Record the training policy plan of a year</source>
        <translation>Enregistrer le plan de politique de formation d'une année</translation>
    </message>
</context>
<context>
    <name>UnlockDialog</name>
    <message>
        <location filename="../../consultant_app/ui/dialogs/unlock.py" line="52"/>
        <source>Protect the database</source>
        <translation>Protéger la base de données</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/dialogs/unlock.py" line="54"/>
        <source>This computer has no keyring to keep the key of the database
{path}

Choose a passphrase to encrypt it ({minimum} characters or more). It is asked at every start; without it nobody, you included, can read the data. On the command line, set it in {variable}.</source>
        <translation>Cet ordinateur n&apos;a pas de trousseau de clés pour conserver la clé de la base de données
{path}

Choisissez une phrase secrète pour la chiffrer ({minimum} caractères ou plus). Elle est demandée à chaque démarrage ; sans elle, personne, vous compris, ne peut lire les données. En ligne de commande, définissez-la dans {variable}.</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/dialogs/unlock.py" line="60"/>
        <source>Unlock the database</source>
        <translation>Déverrouiller la base de données</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/dialogs/unlock.py" line="62"/>
        <source>The database
{path}
is encrypted and its key is not in this computer&apos;s keyring. Type its passphrase, or its recovery key.</source>
        <translation>La base de données
{path}
est chiffrée et sa clé ne se trouve pas dans le trousseau de clés de cet ordinateur. Tapez sa phrase secrète ou sa clé de récupération.</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/dialogs/unlock.py" line="74"/>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Phrase secrète :</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/dialogs/unlock.py" line="74"/>
        <source>&amp;Passphrase or recovery key:</source>
        <translation>&amp;Phrase secrète ou clé de récupération :</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/dialogs/unlock.py" line="80"/>
        <source>&amp;Again:</source>
        <translation>&amp;Confirmation :</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/dialogs/unlock.py" line="81"/>
        <source>&amp;Show what I type</source>
        <translation>&amp;Afficher ce que je tape</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/dialogs/unlock.py" line="92"/>
        <source>&amp;Encrypt and open</source>
        <translation>Chiffrer et &amp;ouvrir</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/dialogs/unlock.py" line="92"/>
        <source>&amp;Open</source>
        <translation>O&amp;uvrir</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/dialogs/unlock.py" line="95"/>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/dialogs/unlock.py" line="108"/>
        <source>Type the passphrase.</source>
        <translation>Tapez la phrase secrète.</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/dialogs/unlock.py" line="112"/>
        <source>A passphrase has at least {minimum} characters.</source>
        <translation>Une phrase secrète compte au moins {minimum} caractères.</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/dialogs/unlock.py" line="116"/>
        <source>The two passphrases differ.</source>
        <translation>Les deux phrases secrètes sont différentes.</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/dialogs/unlock.py" line="131"/>
        <source>This passphrase does not open the database. The file was left untouched.</source>
        <translation>Cette phrase secrète n&apos;ouvre pas la base de données. Le fichier n&apos;a pas été modifié.</translation>
    </message>
</context>
<context>
    <name>Validation</name>
    <message>
        <location filename="../../consultant_app/ui/forms/messages.py" line="105"/>
        <source>This text holds a control character ({character}); type it again without it.</source>
        <translation>Ce texte contient un caractère de contrôle ({character}) ; retapez-le sans ce caractère.</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/forms/messages.py" line="105"/>
        <source>This text holds a text-direction override ({character}) that changes how it reads; type it again without it.</source>
        <translation>Ce texte contient un caractère qui inverse le sens de lecture ({character}) et change sa lecture ; retapez-le sans ce caractère.</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/forms/messages.py" line="105"/>
        <source>This text holds an invisible character ({character}); type it again without it.</source>
        <translation>Ce texte contient un caractère invisible ({character}) ; retapez-le sans ce caractère.</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/forms/messages.py" line="16"/>
        <source>This field is required.</source>
        <translation>Ce champ est obligatoire.</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/forms/messages.py" line="17"/>
        <source>Write the date as dd/mm/yyyy or yyyy-mm-dd.</source>
        <translation>Écrivez la date sous la forme jj/mm/aaaa ou aaaa-mm-jj.</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/forms/messages.py" line="20"/>
        <source>This date lies in the future.</source>
        <translation>Cette date est dans le futur.</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/forms/messages.py" line="21"/>
        <source>This text is too long.</source>
        <translation>Ce texte est trop long.</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/forms/messages.py" line="22"/>
        <source>Answer yes or no.</source>
        <translation>Répondez oui ou non.</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/forms/messages.py" line="23"/>
        <source>This is not a valid web address (for example www.example.be).</source>
        <translation>Ce n&apos;est pas une adresse web valable (par exemple www.example.be).</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/forms/messages.py" line="26"/>
        <source>The minimum must not be above the maximum.</source>
        <translation>Le minimum ne peut pas dépasser le maximum.</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/forms/messages.py" line="29"/>
        <source>The weeks per internship must not exceed the weeks per intern.</source>
        <translation>Les semaines par stage ne peuvent pas dépasser les semaines par stagiaire.</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/forms/messages.py" line="32"/>
        <source>Write a number.</source>
        <translation>Écrivez un nombre.</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/forms/messages.py" line="33"/>
        <source>This number is out of range.</source>
        <translation>Ce nombre est hors des limites.</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/forms/messages.py" line="34"/>
        <source>Choose one of the list.</source>
        <translation>Choisissez une valeur de la liste.</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/forms/messages.py" line="35"/>
        <source>This is not a valid email address.</source>
        <translation>Ce n&apos;est pas une adresse e-mail valable.</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/forms/messages.py" line="38"/>
        <source>This is not a valid phone number (for example 0470 12 34 56).</source>
        <translation>Ce n&apos;est pas un numéro de téléphone valable (par exemple 0470 12 34 56).</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/forms/messages.py" line="41"/>
        <source>This phone number has too few or too many digits.</source>
        <translation>Ce numéro de téléphone a trop peu ou trop de chiffres.</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/forms/messages.py" line="44"/>
        <source>A Belgian postcode has four digits.</source>
        <translation>Un code postal belge a quatre chiffres.</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/forms/messages.py" line="47"/>
        <source>A Belgian postcode lies between 1000 and 9999.</source>
        <translation>Un code postal belge est compris entre 1000 et 9999.</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/forms/messages.py" line="50"/>
        <source>The birth date lies in the future.</source>
        <translation>La date de naissance est dans le futur.</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/forms/messages.py" line="53"/>
        <source>This birth date makes the person too young for an internship.</source>
        <translation>Avec cette date de naissance, la personne est trop jeune pour un stage.</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/forms/messages.py" line="56"/>
        <source>This birth date is not plausible (over 100 years ago).</source>
        <translation>Cette date de naissance n&apos;est pas plausible (il y a plus de 100 ans).</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/forms/messages.py" line="59"/>
        <source>A national register number has 11 digits.</source>
        <translation>Un numéro de registre national a 11 chiffres.</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/forms/messages.py" line="62"/>
        <source>A national register number contains only digits, dots and a dash.</source>
        <translation>Un numéro de registre national ne contient que des chiffres, des points et un tiret.</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/forms/messages.py" line="65"/>
        <source>The check digits of this national register number are wrong.</source>
        <translation>Les chiffres de contrôle de ce numéro de registre national sont erronés.</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/forms/messages.py" line="68"/>
        <source>The national register number does not match the birth date.</source>
        <translation>Le numéro de registre national ne correspond pas à la date de naissance.</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/forms/messages.py" line="71"/>
        <source>The national register number does not match the gender.</source>
        <translation>Le numéro de registre national ne correspond pas au genre.</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/forms/messages.py" line="74"/>
        <source>An enterprise number has 10 digits (0123.456.749).</source>
        <translation>Un numéro d&apos;entreprise a 10 chiffres (0123.456.749).</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/forms/messages.py" line="77"/>
        <source>An enterprise number contains only digits, dots and BE.</source>
        <translation>Un numéro d&apos;entreprise ne contient que des chiffres, des points et BE.</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/forms/messages.py" line="80"/>
        <source>An enterprise number starts with 0 or 1.</source>
        <translation>Un numéro d&apos;entreprise commence par 0 ou 1.</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/forms/messages.py" line="83"/>
        <source>The check digits of this enterprise number are wrong.</source>
        <translation>Les chiffres de contrôle de ce numéro d&apos;entreprise sont erronés.</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/forms/messages.py" line="102"/>
        <source>The planned end is before the start.</source>
        <translation>La fin prévue est antérieure au début.</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/forms/messages.py" line="104"/>
        <source>Give the hours of at least one day.</source>
        <translation>Indiquez les heures d&apos;au moins un jour.</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/forms/messages.py" line="106"/>
        <source>The schedule totals {total} hours a week; the maximum is {maximum}.</source>
        <translation>L&apos;horaire totalise {total} heures par semaine ; le maximum est de {maximum}.</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/forms/messages.py" line="111"/>
        <source>This record no longer exists (it may have been deleted).</source>
        <translation>Cette fiche n&apos;existe plus (elle a peut-être été supprimée).</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/forms/messages.py" line="115"/>
        <source>This mentor works for another host than the one chosen.</source>
        <translation>Ce maître de stage travaille pour un autre donneur de stage que celui choisi.</translation>
    </message>
    <message>
        <source>Write the date day first (6/9/2026) or as 2026-09-06.</source>
        <translation>Écrivez la date en commençant par le jour (6/9/2026) ou sous la forme 2026-09-06.</translation>
    </message>
</context>
<context>
    <name>VisitsTab</name>
    <message>
        <location filename="../../consultant_app/ui/views/roadmap/visits_tab.py" line="76"/>
        <source>Visit</source>
        <translation>Visite</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/views/roadmap/visits_tab.py" line="80"/>
        <source>Report</source>
        <translation>Compte rendu</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/views/roadmap/visits_tab.py" line="330"/>
        <source>Remove a visit</source>
        <translation>Supprimer une visite</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/views/roadmap/visits_tab.py" line="330"/>
        <source>Remove this visit and its report?</source>
        <translation>Supprimer cette visite et son compte rendu ?</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/views/roadmap/visits_tab.py" line="369"/>
        <source>New v&amp;isit</source>
        <translation>Nouvelle &amp;visite</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/views/roadmap/visits_tab.py" line="370"/>
        <source>Remo&amp;ve visit</source>
        <translation>Suppr&amp;imer la visite</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/views/roadmap/visits_tab.py" line="371"/>
        <source>Follow-up log: conflicts and mediation</source>
        <translation>Journal de suivi : conflits et médiation</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/views/roadmap/visits_tab.py" line="373"/>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/views/roadmap/visits_tab.py" line="373"/>
        <source>Who</source>
        <translation>Qui</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/views/roadmap/visits_tab.py" line="373"/>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/views/roadmap/visits_tab.py" line="373"/>
        <source>What</source>
        <translation>Quoi</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/views/roadmap/visits_tab.py" line="375"/>
        <source>Entr&amp;y</source>
        <translation>E&amp;ntrée</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/views/roadmap/visits_tab.py" line="382"/>
        <source>What happened, what was agreed (Ctrl+Enter adds it)</source>
        <translation>Ce qui s&apos;est passé, ce qui a été convenu (Ctrl+Entrée l&apos;ajoute)</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/views/roadmap/visits_tab.py" line="384"/>
        <source>Add to the &amp;log</source>
        <translation>Ajouter au &amp;journal</translation>
    </message>
    <message>
        <source>Plan the next visit of this internship</source>
        <translation>Planifier la prochaine visite de ce stage</translation>
    </message>
    <message>
        <source>Remove the selected visit</source>
        <translation>Retirer la visite sélectionnée</translation>
    </message>
    <message>
        <source>Add a dated note to the internship's log</source>
        <translation>Ajouter une note datée au journal du stage</translation>
    </message>
</context>
<context>
    <name>WindowSession</name>
    <message>
        <location filename="../../consultant_app/ui/window_session.py" line="60"/>
        <source>Restore a backup</source>
        <translation>Restaurer une sauvegarde</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/window_session.py" line="69"/>
        <source>The backup was not restored: {problem}</source>
        <translation>La sauvegarde n&apos;a pas été restaurée : {problem}</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/window_session.py" line="78"/>
        <source>{backup} was restored. The previous file was kept as {aside}.</source>
        <translation>{backup} a été restauré. L&apos;ancien fichier a été conservé sous {aside}.</translation>
    </message>
</context>
<context>
    <name>WorkplaceTab</name>
    <message>
        <location filename="../../consultant_app/ui/views/roadmap/workplace_tab.py" line="220"/>
        <source>The intern&apos;s view of the workplace. Scores: 1 poor · 2 fair · 3 good · 4 very good. Keyboard: 1–4 scores the line, ←/→ changes it, ↑/↓ or Tab goes to another line. Saved as you type.</source>
        <translation>Le point de vue du stagiaire sur le lieu de stage. Notes : 1 faible · 2 moyen · 3 bon · 4 très bon. Clavier : 1–4 note la ligne, ←/→ modifie la note, ↑/↓ ou Tab passe à une autre ligne. Enregistré au fur et à mesure de la saisie.</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/views/roadmap/workplace_tab.py" line="225"/>
        <source>Scores</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/views/roadmap/workplace_tab.py" line="226"/>
        <source>Conclusion</source>
        <translation>Conclusion</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/views/roadmap/workplace_tab.py" line="238"/>
        <source>Toda&amp;y</source>
        <translation>A&amp;ujourd&apos;hui</translation>
    </message>
    <message>
        <source>The evaluation was filled in today</source>
        <translation>L'évaluation a été remplie aujourd'hui</translation>
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
        <translation>{number} %</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%Ln jour</numerusform>
            <numerusform>%Ln jours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n working day(s)</source>
        <translation>
            <numerusform>%Ln jour ouvrable</numerusform>
            <numerusform>%Ln jours ouvrables</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n week(s)</source>
        <translation>
            <numerusform>%Ln semaine</numerusform>
            <numerusform>%Ln semaines</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{weeks} week(s)</source>
        <translation>
            <numerusform>{weeks} semaine</numerusform>
            <numerusform>{weeks} semaines</numerusform>
        </translation>
    </message>
    <message>
        <source>{label}: {value}</source>
        <translation>{label} : {value}</translation>
    </message>
</context>
<context>
    <name>QuickRecord</name>
    <message>
        <source>New intern</source>
        <translation>Nouveau stagiaire</translation>
    </message>
    <message>
        <source>New host</source>
        <translation>Nouveau donneur de stage</translation>
    </message>
    <message>
        <source>The intern is added to the Interns list and chosen for this internship; the rest of the record can be filled in there later.</source>
        <translation>Le stagiaire est ajouté à la liste Stagiaires et choisi pour ce stage ; le reste de la fiche pourra y être complété plus tard.</translation>
    </message>
    <message>
        <source>The host is added to the Hosts list and chosen for this internship; its mentors, training plans and the rest of its record are filled in there.</source>
        <translation>Le donneur de stage est ajouté à la liste Donneurs de stage et choisi pour ce stage ; ses maîtres de stage, ses plans de formation et le reste de sa fiche s’y complètent.</translation>
    </message>
</context>
<context>
    <name>MentorsView</name>
    <message>
        <source>Add or edit in Hosts…</source>
        <translation>Ajouter ou modifier dans Donneurs de stage…</translation>
    </message>
    <message>
        <source>Open the host of the selected mentor on its Mentors tab (Ctrl+N)</source>
        <translation>Ouvrir le donneur de stage du maître de stage choisi, à l’onglet Maîtres de stage (Ctrl+N)</translation>
    </message>
    <message>
        <source>A mentor belongs to a host: mentors are added and edited in Hosts, on the host&apos;s Mentors tab.</source>
        <translation>Un maître de stage appartient à un donneur de stage : les maîtres de stage s’ajoutent et se modifient dans Donneurs de stage, à l’onglet Maîtres de stage du donneur.</translation>
    </message>
</context>
<context>
    <name>QuickRecordDialog</name>
    <message>
        <source>Possible duplicate</source>
        <translation>Doublon possible</translation>
    </message>
    <message>
        <source>{name} is already registered. Choose the existing record?</source>
        <translation>{name} figure déjà dans la liste. Choisir la fiche existante ?</translation>
    </message>
</context>
<context>
    <name>Failures</name>
    <message>
        <source>Not saved</source>
        <translation>Non enregistré</translation>
    </message>
    <message>
        <source>The disk is full: {path} could not be written. Nothing was lost: what was saved before is unchanged. Free some space, then try again.</source>
        <translation>Le disque est plein : {path} n’a pas pu être écrit. Rien n’a été perdu : ce qui avait été enregistré auparavant est inchangé. Libérez de l’espace, puis réessayez.</translation>
    </message>
    <message>
        <source>{path} could not be written ({reason}). Nothing else was changed.</source>
        <translation>{path} n’a pas pu être écrit ({reason}). Rien d’autre n’a été modifié.</translation>
    </message>
    <message>
        <source>The disk holding the database {path} is full or failing: the last change was not saved, and the database is as it was before it. Free some space, then save again.</source>
        <translation>Le disque qui contient la base de données {path} est plein ou défaillant : la dernière modification n’a pas été enregistrée et la base de données est telle qu’avant celle-ci. Libérez de l’espace, puis enregistrez à nouveau.</translation>
    </message>
    <message>
        <source>Something went wrong ({problem}). What was saved before is unchanged. If it happens again, note what you were doing and ask for help.</source>
        <translation>Un problème est survenu ({problem}). Ce qui avait été enregistré auparavant est inchangé. Si cela se reproduit, notez ce que vous faisiez et demandez de l’aide.</translation>
    </message>
</context>
<context>
    <name>LogCheckpoint</name>
    <message>
        <source>The erased values have now left the database&apos;s log as well.</source>
        <translation>Les valeurs effacées ont maintenant quitté aussi le journal de la base de données.</translation>
    </message>
</context>
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../../consultant_app/ui/dialogs/about.py" line="0"/>
        <source>About</source>
        <translation>À propos</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/dialogs/about.py" line="0"/>
        <source>Media internships consultant application</source>
        <translation>Application des consultants des stages média</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/dialogs/about.py" line="0"/>
        <source>Version {0}</source>
        <translation>Version {0}</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/dialogs/about.py" line="0"/>
        <source>Licence: proprietary software of the training fund, all rights reserved; licensed to the fund and its consultants.</source>
        <translation>Licence : logiciel propriétaire du fonds de formation, tous droits réservés ; concédé au fonds et à ses consultants.</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/dialogs/about.py" line="0"/>
        <source>Database: {0}</source>
        <translation>Base de données : {0}</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/dialogs/about.py" line="0"/>
        <source>The licences file is missing: {0}</source>
        <translation>Le fichier des licences est introuvable : {0}</translation>
    </message>
    <message>
        <location filename="../../consultant_app/ui/dialogs/about.py" line="0"/>
        <source>Licences of the bundled libraries and fonts:</source>
        <translation>Licences des bibliothèques et polices fournies :</translation>
    </message>
</context>
</TS>
