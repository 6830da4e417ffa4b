<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB">
<context>
    <name>AuditHistoryDialog</name>
    <message numerus="yes">
        <source>%n change(s), newest first.</source>
        <translation>
            <numerusform>%Ln change.</numerusform>
            <numerusform>%Ln changes, newest first.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BackupsBox</name>
    <message numerus="yes">
        <source>… and %n more.</source>
        <translation>
            <numerusform>… and %Ln more.</numerusform>
            <numerusform>… and %Ln more.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>SQLite found %n problem(s) in {path}:
{problems}

Keep the file as it is; restore a sound backup, or ask for help.</source>
        <translation>
            <numerusform>SQLite found %Ln problem in {path}:
{problems}

Keep the file as it is; restore a sound backup, or ask for help.</numerusform>
            <numerusform>SQLite found %Ln problems in {path}:
{problems}

Keep the file as it is; restore a sound backup, or ask for help.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PdfPreviewDialog</name>
    <message numerus="yes">
        <source>%n page(s)</source>
        <translation>
            <numerusform>%Ln page</numerusform>
            <numerusform>%Ln pages</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RetentionBox</name>
    <message numerus="yes">
        <source>Saved: personal data is kept %n year(s).</source>
        <translation>
            <numerusform>Saved: personal data is kept %Ln year.</numerusform>
            <numerusform>Saved: personal data is kept %Ln years.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n intern(s)</source>
        <translation>
            <numerusform>%Ln intern</numerusform>
            <numerusform>%Ln interns</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n mentor(s)</source>
        <translation>
            <numerusform>%Ln mentor</numerusform>
            <numerusform>%Ln mentors</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n host contact(s)</source>
        <translation>
            <numerusform>%Ln host contact</numerusform>
            <numerusform>%Ln host contacts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) anonymised.</source>
        <translation>
            <numerusform>%Ln record anonymised.</numerusform>
            <numerusform>%Ln records anonymised.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Interns, mentors and host contacts whose last internship ended more than %n year(s) ago are anonymised; the annual figures stay the same. Once a day the application lists them and asks first, unless the box below is ticked.</source>
        <translation>
            <numerusform>Interns, mentors and host contacts whose last internship ended more than %Ln year ago are anonymised; the annual figures stay the same. Once a day the application lists them and asks first, unless the box below is ticked.</numerusform>
            <numerusform>Interns, mentors and host contacts whose last internship ended more than %Ln years ago are anonymised; the annual figures stay the same. Once a day the application lists them and asks first, unless the box below is ticked.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RetentionDialog</name>
    <message numerus="yes">
        <source>%n intern(s)</source>
        <translation>
            <numerusform>%Ln intern</numerusform>
            <numerusform>%Ln interns</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n mentor(s)</source>
        <translation>
            <numerusform>%Ln mentor</numerusform>
            <numerusform>%Ln mentors</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n host contact(s)</source>
        <translation>
            <numerusform>%Ln host contact</numerusform>
            <numerusform>%Ln host contacts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The retention period of %n record(s) ended before {cutoff}: {counts}.

Anonymising replaces their names and contact details for good; the annual figures stay the same. Nothing is anonymised unless you choose Anonymise now.</source>
        <translation>
            <numerusform>The retention period of %Ln record ended before {cutoff}: {counts}.

Anonymising replaces their names and contact details for good; the annual figures stay the same. Nothing is anonymised unless you choose Anonymise now.</numerusform>
            <numerusform>The retention period of %Ln records ended before {cutoff}: {counts}.

Anonymising replaces their names and contact details for good; the annual figures stay the same. Nothing is anonymised unless you choose Anonymise now.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) anonymised.</source>
        <translation>
            <numerusform>%Ln record anonymised.</numerusform>
            <numerusform>%Ln records anonymised.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>_Counts</name>
    <message numerus="yes">
        <source>%n record(s)</source>
        <translation>
            <numerusform>%Ln record</numerusform>
            <numerusform>%Ln records</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LocaleFormat</name>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%Ln day</numerusform>
            <numerusform>%Ln days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n working day(s)</source>
        <translation>
            <numerusform>%Ln working day</numerusform>
            <numerusform>%Ln working days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n week(s)</source>
        <translation>
            <numerusform>%Ln week</numerusform>
            <numerusform>%Ln weeks</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{weeks} week(s)</source>
        <translation>
            <numerusform>{weeks} week</numerusform>
            <numerusform>{weeks} weeks</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message numerus="yes">
        <source>%n row problem(s): nothing is imported unless you import the valid rows only; the refused rows are then written beside the file.</source>
        <translation>
            <numerusform>%Ln row problem: nothing is imported unless you import the valid rows only; the refused row is then written beside the file.</numerusform>
            <numerusform>%Ln row problems: nothing is imported unless you import the valid rows only; the refused rows are then written beside the file.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The import updates %n existing record(s); each change is listed under Updates. Import and update them?</source>
        <translation>
            <numerusform>The import updates %Ln existing record; each change is listed under Updates. Import and update it?</numerusform>
            <numerusform>The import updates %Ln existing records; each change is listed under Updates. Import and update them?</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DashboardView</name>
    <message numerus="yes">
        <source>internship(s) running now</source>
        <translation>
            <numerusform>internship running now</numerusform>
            <numerusform>internships running now</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>convention(s) awaiting signatures</source>
        <translation>
            <numerusform>convention awaiting signatures</numerusform>
            <numerusform>conventions awaiting signatures</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>convention(s) in draft</source>
        <translation>
            <numerusform>convention in draft</numerusform>
            <numerusform>conventions in draft</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>visit(s) due this week</source>
        <translation>
            <numerusform>visit due this week</numerusform>
            <numerusform>visits due this week</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>visit(s) overdue</source>
        <translation>
            <numerusform>visit overdue</numerusform>
            <numerusform>visits overdue</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>evaluation(s) missing</source>
        <translation>
            <numerusform>evaluation missing</numerusform>
            <numerusform>evaluations missing</numerusform>
        </translation>
    </message>
</context>
</TS>
