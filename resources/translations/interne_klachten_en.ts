<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="nl_NL">
<context>
    <name>AcknowledgeDialog</name>
    <message>
        <location filename="../../app/ui/workflow/dialogs.py" line="840"/>
        <source>Ontvangstbevestiging</source>
        <translation>Acknowledgement of receipt</translation>
    </message>
    <message>
        <location filename="../../app/ui/workflow/dialogs.py" line="841"/>
        <source>Vastleggen</source>
        <translation>Record</translation>
    </message>
    <message>
        <location filename="../../app/ui/workflow/dialogs.py" line="842"/>
        <source>De schriftelijke bevestiging van ontvangst aan de klager (Awb 9:6).</source>
        <translation>The written acknowledgement of receipt to the complainant (Awb 9:6).</translation>
    </message>
    <message>
        <location filename="../../app/ui/workflow/dialogs.py" line="845"/>
        <source>Verstuurd op</source>
        <translation>Sent on</translation>
    </message>
</context>
<context>
    <name>ActionDialog</name>
    <message>
        <location filename="../../app/ui/workflow/dialog_base.py" line="132"/>
        <source>Vastleggen</source>
        <translation>Record</translation>
    </message>
    <message>
        <location filename="../../app/ui/workflow/dialog_base.py" line="136"/>
        <source>Annuleren</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../app/ui/workflow/dialog_base.py" line="239"/>
        <source>Iemand anders heeft de klacht intussen gewijzigd. Het venster toont nu de nieuwste stand; controleer die en kies dan opnieuw &apos;%1&apos;.</source>
        <translation>Someone else has changed the complaint in the meantime. The window now shows the latest state; check it and then choose &apos;%1&apos; again.</translation>
    </message>
</context>
<context>
    <name>AdminPage</name>
    <message>
        <location filename="../../app/ui/admin/page.py" line="56"/>
        <source>Medewerkers</source>
        <translation>Employees</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/page.py" line="57"/>
        <source>Afdelingen</source>
        <translation>Units</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/page.py" line="65"/>
        <source>Organisatie</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/page.py" line="68"/>
        <source>Feedbackkaarten</source>
        <translation>Feedback cards</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/page.py" line="73"/>
        <source>Klachtregeling</source>
        <translation>Complaints regulation</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/page.py" line="78"/>
        <source>Briefsjablonen</source>
        <translation>Letter templates</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/page.py" line="83"/>
        <source>Onderwerpen</source>
        <translation>Subjects</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/page.py" line="92"/>
        <source>Inzagelog</source>
        <translation>Access log</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/page.py" line="96"/>
        <source>AVG-verzoeken</source>
        <translation>GDPR requests</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/page.py" line="109"/>
        <source>Bewaartermijnen</source>
        <translation>Retention periods</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/page.py" line="114"/>
        <source>Beheer</source>
        <translation>Administration</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/page.py" line="125"/>
        <source>U kunt deze gegevens inzien. Alleen een beheerder kan ze wijzigen.</source>
        <translation>You can view these details. Only an administrator can change them.</translation>
    </message>
</context>
<context>
    <name>AnonymisedModel</name>
    <message>
        <location filename="../../app/ui/anonymised/register_tab.py" line="39"/>
        <source>Nummer</source>
        <translation>Number</translation>
    </message>
    <message>
        <location filename="../../app/ui/anonymised/register_tab.py" line="40"/>
        <source>Maand ontvangen</source>
        <translation>Month received</translation>
    </message>
    <message>
        <location filename="../../app/ui/anonymised/register_tab.py" line="41"/>
        <source>Afdeling</source>
        <translation>Unit</translation>
    </message>
    <message>
        <location filename="../../app/ui/anonymised/register_tab.py" line="42"/>
        <source>Onderwerp</source>
        <translation>Subject</translation>
    </message>
    <message>
        <location filename="../../app/ui/anonymised/register_tab.py" line="43"/>
        <source>Afhandeling</source>
        <translation>Handling</translation>
    </message>
    <message>
        <location filename="../../app/ui/anonymised/register_tab.py" line="44"/>
        <source>Oordeel</source>
        <translation>Judgment</translation>
    </message>
</context>
<context>
    <name>AnonymisedRegisterPage</name>
    <message>
        <location filename="../../app/ui/anonymised/page.py" line="22"/>
        <source>Geanonimiseerd register</source>
        <translation>Anonymised register</translation>
    </message>
    <message>
        <location filename="../../app/ui/anonymised/page.py" line="26"/>
        <source>U mag het geanonimiseerde register niet inzien.</source>
        <translation>You may not view the anonymised register.</translation>
    </message>
    <message>
        <location filename="../../app/ui/anonymised/page.py" line="33"/>
        <source>Register</source>
        <translation>Register</translation>
    </message>
    <message>
        <location filename="../../app/ui/anonymised/page.py" line="35"/>
        <source>Samenvattingen goedkeuren</source>
        <translation>Approve summaries</translation>
    </message>
</context>
<context>
    <name>AnonymisedRegisterTab</name>
    <message>
        <location filename="../../app/ui/anonymised/register_tab.py" line="76"/>
        <source>Zoek in samenvatting, maatregelen of onderwerp</source>
        <translation>Search in summary, measures or subject</translation>
    </message>
    <message>
        <location filename="../../app/ui/anonymised/register_tab.py" line="77"/>
        <source>Zoeken</source>
        <translation>Search</translation>
    </message>
    <message>
        <location filename="../../app/ui/anonymised/register_tab.py" line="80"/>
        <source>Jaar</source>
        <translation>Year</translation>
    </message>
    <message>
        <location filename="../../app/ui/anonymised/register_tab.py" line="81"/>
        <source>Alle jaren</source>
        <translation>All years</translation>
    </message>
    <message>
        <location filename="../../app/ui/anonymised/register_tab.py" line="83"/>
        <source>Afdeling</source>
        <translation>Unit</translation>
    </message>
    <message>
        <location filename="../../app/ui/anonymised/register_tab.py" line="84"/>
        <source>Alle afdelingen</source>
        <translation>All units</translation>
    </message>
    <message>
        <location filename="../../app/ui/anonymised/register_tab.py" line="91"/>
        <source>Geanonimiseerd register</source>
        <translation>Anonymised register</translation>
    </message>
    <message>
        <location filename="../../app/ui/anonymised/register_tab.py" line="96"/>
        <source>Samenvatting en maatregelen</source>
        <translation>Summary and measures</translation>
    </message>
    <message>
        <location filename="../../app/ui/anonymised/register_tab.py" line="97"/>
        <source>Kies een klacht om de samenvatting te lezen.</source>
        <translation>Choose a complaint to read the summary.</translation>
    </message>
    <message>
        <location filename="../../app/ui/anonymised/register_tab.py" line="105"/>
        <source>Vorige</source>
        <translation>Previous</translation>
    </message>
    <message>
        <location filename="../../app/ui/anonymised/register_tab.py" line="106"/>
        <source>Volgende</source>
        <translation>Next</translation>
    </message>
    <message>
        <location filename="../../app/ui/anonymised/register_tab.py" line="167"/>
        <source>Laden…</source>
        <translation>Loading…</translation>
    </message>
    <message>
        <location filename="../../app/ui/anonymised/register_tab.py" line="185"/>
        <source>Geen goedgekeurde samenvattingen gevonden.</source>
        <translation>No approved summaries found.</translation>
    </message>
    <message>
        <location filename="../../app/ui/anonymised/register_tab.py" line="189"/>
        <source>%1–%2 van %3</source>
        <translation>%1–%2 of %3</translation>
    </message>
    <message>
        <location filename="../../app/ui/anonymised/register_tab.py" line="204"/>
        <source>Het register kon niet worden gelezen.</source>
        <translation>The register could not be read.</translation>
    </message>
    <message>
        <location filename="../../app/ui/anonymised/register_tab.py" line="214"/>
        <source>Afdeling: %1</source>
        <translation>Unit: %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/anonymised/register_tab.py" line="216"/>
        <source>Onderwerp: %1</source>
        <translation>Subject: %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/anonymised/register_tab.py" line="217"/>
        <source>Samenvatting</source>
        <translation>Summary</translation>
    </message>
    <message>
        <location filename="../../app/ui/anonymised/register_tab.py" line="219"/>
        <source>Genomen maatregelen</source>
        <translation>Measures taken</translation>
    </message>
</context>
<context>
    <name>ApprovalTab</name>
    <message>
        <location filename="../../app/ui/anonymised/approval_tab.py" line="76"/>
        <source>Afgesloten klachten zonder samenvatting</source>
        <translation>Closed complaints without a summary</translation>
    </message>
    <message>
        <location filename="../../app/ui/anonymised/approval_tab.py" line="81"/>
        <location filename="../../app/ui/anonymised/approval_tab.py" line="91"/>
        <source>Samenvatting</source>
        <translation>Summary</translation>
    </message>
    <message>
        <location filename="../../app/ui/anonymised/approval_tab.py" line="83"/>
        <source>Genomen maatregelen</source>
        <translation>Measures taken</translation>
    </message>
    <message>
        <location filename="../../app/ui/anonymised/approval_tab.py" line="86"/>
        <location filename="../../app/ui/anonymised/approval_tab.py" line="235"/>
        <source>Goedkeuren</source>
        <translation>Approve</translation>
    </message>
    <message>
        <location filename="../../app/ui/anonymised/approval_tab.py" line="88"/>
        <source>Alle getoonde goedkeuren…</source>
        <translation>Approve all shown…</translation>
    </message>
    <message>
        <location filename="../../app/ui/anonymised/approval_tab.py" line="92"/>
        <source>Maatregelen</source>
        <translation>Measures</translation>
    </message>
    <message>
        <location filename="../../app/ui/anonymised/approval_tab.py" line="114"/>
        <source>Een afgesloten klacht komt pas in het geanonimiseerde register als u de samenvatting goedkeurt. Controleer dat er geen namen, adressen, functies of andere herleidbare gegevens in staan.</source>
        <translation>A closed complaint only appears in the anonymised register once you approve the summary. Check that it contains no names, addresses, positions or other traceable details.</translation>
    </message>
    <message>
        <location filename="../../app/ui/anonymised/approval_tab.py" line="133"/>
        <source>Laden…</source>
        <translation>Loading…</translation>
    </message>
    <message>
        <location filename="../../app/ui/anonymised/approval_tab.py" line="147"/>
        <source>%1 van %2 getoond</source>
        <translation>%1 of %2 shown</translation>
    </message>
    <message>
        <location filename="../../app/ui/anonymised/approval_tab.py" line="149"/>
        <source>Er wachten geen samenvattingen op goedkeuring.</source>
        <translation>No summaries are awaiting approval.</translation>
    </message>
    <message>
        <location filename="../../app/ui/anonymised/approval_tab.py" line="172"/>
        <source>De samenvattingen konden niet worden gelezen.</source>
        <translation>The summaries could not be read.</translation>
    </message>
    <message>
        <location filename="../../app/ui/anonymised/approval_tab.py" line="199"/>
        <source>Voorstel wordt gemaakt…</source>
        <translation>Preparing proposal…</translation>
    </message>
    <message>
        <location filename="../../app/ui/anonymised/approval_tab.py" line="202"/>
        <source>Voorstel voor %1 — pas aan waar nodig.</source>
        <translation>Proposal for %1 — adjust where necessary.</translation>
    </message>
    <message>
        <location filename="../../app/ui/anonymised/approval_tab.py" line="227"/>
        <source>Alle getoonde goedkeuren</source>
        <translation>Approve all shown</translation>
    </message>
    <message>
        <location filename="../../app/ui/anonymised/approval_tab.py" line="230"/>
        <source>%1 in het geanonimiseerde register, dat alle medewerkers kunnen lezen. Hebt u ze allemaal gecontroleerd?</source>
        <translation>%1 into the anonymised register, which all employees can read. Have you checked them all?</translation>
    </message>
    <message>
        <location filename="../../app/ui/anonymised/approval_tab.py" line="233"/>
        <source>samenvatting komt</source>
        <translation>summary goes</translation>
    </message>
    <message>
        <location filename="../../app/ui/anonymised/approval_tab.py" line="233"/>
        <source>samenvattingen komen</source>
        <translation>summaries go</translation>
    </message>
    <message>
        <location filename="../../app/ui/anonymised/approval_tab.py" line="251"/>
        <source>%1 goedgekeurd.</source>
        <translation>%1 approved.</translation>
    </message>
</context>
<context>
    <name>AssignDialog</name>
    <message>
        <location filename="../../app/ui/workflow/dialogs.py" line="55"/>
        <source>Behandelaar toewijzen</source>
        <translation>Assign handler</translation>
    </message>
    <message>
        <location filename="../../app/ui/workflow/dialogs.py" line="56"/>
        <source>Toewijzen</source>
        <translation>Assign</translation>
    </message>
    <message>
        <location filename="../../app/ui/workflow/dialogs.py" line="58"/>
        <source>Kies wie de klacht behandelt. Medewerkers over wie geklaagd wordt, staan niet in de lijst: zij mogen de klacht niet behandelen (Awb 9:7).</source>
        <translation>Choose who handles the complaint. Employees complained about are not in the list: they may not handle the complaint (Awb 9:7).</translation>
    </message>
    <message>
        <location filename="../../app/ui/workflow/dialogs.py" line="63"/>
        <location filename="../../app/ui/workflow/dialogs.py" line="72"/>
        <source>Behandelaar</source>
        <translation>Handler</translation>
    </message>
    <message>
        <location filename="../../app/ui/workflow/dialogs.py" line="64"/>
        <source>Kies een behandelaar…</source>
        <translation>Choose a handler…</translation>
    </message>
    <message>
        <location filename="../../app/ui/workflow/dialogs.py" line="77"/>
        <source>Er is geen actieve klachtbehandelaar die niet bij de klacht betrokken is. Geef in Beheer een medewerker de rol klachtbehandelaar.</source>
        <translation>There is no active complaint handler who is not concerned in the complaint. Give an employee the role of complaint handler under Administration.</translation>
    </message>
    <message>
        <location filename="../../app/ui/workflow/dialogs.py" line="89"/>
        <source>Wie is %1?</source>
        <translation>Who is %1?</translation>
    </message>
    <message>
        <location filename="../../app/ui/workflow/dialogs.py" line="90"/>
        <source>Niet koppelen</source>
        <translation>Do not link</translation>
    </message>
    <message>
        <location filename="../../app/ui/workflow/dialogs.py" line="95"/>
        <source>Is %1</source>
        <translation>Is %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/workflow/dialogs.py" line="97"/>
        <source>Geen medewerker met een naam die hierop lijkt.</source>
        <translation>No employee with a name like this.</translation>
    </message>
    <message>
        <location filename="../../app/ui/workflow/dialogs.py" line="100"/>
        <source>Betrokkene «%1»</source>
        <translation>Person concerned «%1»</translation>
    </message>
    <message>
        <location filename="../../app/ui/workflow/dialogs.py" line="104"/>
        <source>De behandelaar is niet deze betrokkene</source>
        <translation>The handler is not this person concerned</translation>
    </message>
    <message>
        <location filename="../../app/ui/workflow/dialogs.py" line="107"/>
        <source>Gecontroleerd</source>
        <translation>Checked</translation>
    </message>
    <message>
        <location filename="../../app/ui/workflow/dialogs.py" line="115"/>
        <source>Kies een behandelaar.</source>
        <translation>Choose a handler.</translation>
    </message>
    <message>
        <location filename="../../app/ui/workflow/dialogs.py" line="127"/>
        <source>Koppel de losse naam aan een medewerker, of bevestig dat de gekozen behandelaar die medewerker niet is (Awb 9:7).</source>
        <translation>Link the loose name to an employee, or confirm that the chosen handler is not that employee (Awb 9:7).</translation>
    </message>
</context>
<context>
    <name>AttachmentDropList</name>
    <message>
        <location filename="../../app/ui/complaints/attachment_list.py" line="75"/>
        <source>Bijlagen</source>
        <translation>Attachments</translation>
    </message>
    <message>
        <location filename="../../app/ui/complaints/attachment_list.py" line="77"/>
        <source>Bestand &amp;toevoegen…</source>
        <translation>&amp;Add file…</translation>
    </message>
    <message>
        <location filename="../../app/ui/complaints/attachment_list.py" line="81"/>
        <source>of sleep bestanden hierheen (hooguit %1 per bestand)</source>
        <translation>or drag files here (at most %1 per file)</translation>
    </message>
    <message>
        <location filename="../../app/ui/complaints/attachment_list.py" line="123"/>
        <source>Bijlagen kiezen</source>
        <translation>Choose attachments</translation>
    </message>
    <message>
        <location filename="../../app/ui/complaints/attachment_list.py" line="154"/>
        <source>&apos;%1&apos; is een map, geen bestand; kies de bestanden zelf.</source>
        <translation>&apos;%1&apos; is a folder, not a file; choose the files themselves.</translation>
    </message>
    <message>
        <location filename="../../app/ui/complaints/attachment_list.py" line="160"/>
        <location filename="../../app/ui/complaints/attachment_list.py" line="187"/>
        <source>Het bestand &apos;%1&apos; is %2; de grens is %3. Het is niet toegevoegd. Verklein het bestand of vraag de beheerder de grens te verhogen.</source>
        <translation>The file &apos;%1&apos; is %2; the limit is %3. It has not been added. Make the file smaller or ask the administrator to raise the limit.</translation>
    </message>
    <message>
        <location filename="../../app/ui/complaints/attachment_list.py" line="170"/>
        <source>Het bestand &apos;%1&apos; kon niet worden gelezen.</source>
        <translation>The file &apos;%1&apos; could not be read.</translation>
    </message>
    <message>
        <location filename="../../app/ui/complaints/attachment_list.py" line="172"/>
        <source>Het bestand &apos;%1&apos; is te groot en niet toegevoegd.</source>
        <translation>The file &apos;%1&apos; is too large and has not been added.</translation>
    </message>
</context>
<context>
    <name>AttachmentsTab</name>
    <message>
        <location filename="../../app/ui/complaints/detail_tabs.py" line="281"/>
        <source>Bestand</source>
        <translation>File</translation>
    </message>
    <message>
        <location filename="../../app/ui/complaints/detail_tabs.py" line="282"/>
        <source>Grootte</source>
        <translation>Size</translation>
    </message>
    <message>
        <location filename="../../app/ui/complaints/detail_tabs.py" line="283"/>
        <source>Toegevoegd</source>
        <translation>Added</translation>
    </message>
    <message>
        <location filename="../../app/ui/complaints/detail_tabs.py" line="284"/>
        <source>Door</source>
        <translation>By</translation>
    </message>
    <message>
        <location filename="../../app/ui/complaints/detail_tabs.py" line="285"/>
        <source>Volgstuk</source>
        <translation>Follow-up</translation>
    </message>
    <message>
        <location filename="../../app/ui/complaints/detail_tabs.py" line="289"/>
        <source>Bijlagen</source>
        <translation>Attachments</translation>
    </message>
    <message>
        <location filename="../../app/ui/complaints/detail_tabs.py" line="293"/>
        <source>Er zijn geen bijlagen.</source>
        <translation>There are no attachments.</translation>
    </message>
    <message>
        <location filename="../../app/ui/complaints/detail_tabs.py" line="294"/>
        <source>Openen</source>
        <translation>Open</translation>
    </message>
    <message>
        <location filename="../../app/ui/complaints/detail_tabs.py" line="295"/>
        <location filename="../../app/ui/complaints/detail_tabs.py" line="500"/>
        <source>Opslaan als…</source>
        <translation>Save as…</translation>
    </message>
    <message>
        <location filename="../../app/ui/complaints/detail_tabs.py" line="298"/>
        <source>Volgstukken als gelezen markeren</source>
        <translation>Mark follow-up documents as read</translation>
    </message>
    <message>
        <location filename="../../app/ui/complaints/detail_tabs.py" line="300"/>
        <source>Haalt de markering &apos;ongezien&apos; weg zonder elk stuk te openen</source>
        <translation>Removes the &apos;unseen&apos; mark without opening each document</translation>
    </message>
    <message>
        <location filename="../../app/ui/complaints/detail_tabs.py" line="308"/>
        <source>Volgstukken toevoegen</source>
        <translation>Add follow-up documents</translation>
    </message>
    <message>
        <location filename="../../app/ui/complaints/detail_tabs.py" line="310"/>
        <source>Toevoegen aan de klacht</source>
        <translation>Add to the complaint</translation>
    </message>
    <message>
        <location filename="../../app/ui/complaints/detail_tabs.py" line="361"/>
        <source>ja, ongezien</source>
        <translation>yes, unseen</translation>
    </message>
    <message>
        <location filename="../../app/ui/complaints/detail_tabs.py" line="363"/>
        <source>ja</source>
        <translation>yes</translation>
    </message>
    <message>
        <location filename="../../app/ui/complaints/detail_tabs.py" line="368"/>
        <source>Volgstuk dat de behandelaar nog niet heeft geopend</source>
        <translation>Follow-up document the handler has not opened yet</translation>
    </message>
    <message>
        <location filename="../../app/ui/complaints/detail_tabs.py" line="370"/>
        <source>Wordt niet rechtstreeks geopend; alleen &apos;Opslaan als…&apos;</source>
        <translation>Is not opened directly; only &apos;Save as…&apos;</translation>
    </message>
    <message>
        <location filename="../../app/ui/complaints/detail_tabs.py" line="456"/>
        <location filename="../../app/ui/complaints/detail_tabs.py" line="463"/>
        <source>Openen mislukt</source>
        <translation>Opening failed</translation>
    </message>
    <message>
        <location filename="../../app/ui/complaints/detail_tabs.py" line="457"/>
        <source>Er kon geen tijdelijke kopie van het bestand worden gemaakt.</source>
        <translation>No temporary copy of the file could be made.</translation>
    </message>
    <message>
        <location filename="../../app/ui/complaints/detail_tabs.py" line="466"/>
        <source>Er is geen programma gevonden om &apos;%1&apos; te openen. Kies &apos;Opslaan als…&apos; en open het bestand zelf.</source>
        <translation>No program was found to open &apos;%1&apos;. Choose &apos;Save as…&apos; and open the file yourself.</translation>
    </message>
    <message>
        <location filename="../../app/ui/complaints/detail_tabs.py" line="479"/>
        <source>De naam van &apos;%1&apos; bevat onzichtbare tekens die de leesrichting omkeren, zodat het bestand er anders uitziet dan het is (een programma kan zo heten als &apos;brief exe.pdf&apos;). Daarom wordt het niet geopend. Sla het op met &apos;Opslaan als…&apos; en controleer het voordat u het opent.</source>
        <translation>The name of &apos;%1&apos; contains invisible characters that reverse the reading direction, so the file looks different from what it is (a program can be named like &apos;letter exe.pdf&apos;). It is therefore not opened. Save it with &apos;Save as…&apos; and check it before you open it.</translation>
    </message>
    <message>
        <location filename="../../app/ui/complaints/detail_tabs.py" line="489"/>
        <source>&apos;%1&apos; is een programma, script, snelkoppeling of installatiebestand. Openen zou het op deze computer uitvoeren, met uw rechten; daarom wordt het niet geopend. Sla het op met &apos;Opslaan als…&apos; als u het nodig hebt, en open het alleen als u zeker weet wat het is.</source>
        <translation>&apos;%1&apos; is a program, script, shortcut or installation file. Opening it would run it on this computer, with your rights; it is therefore not opened. Save it with &apos;Save as…&apos; if you need it, and only open it if you are sure what it is.</translation>
    </message>
    <message>
        <location filename="../../app/ui/complaints/detail_tabs.py" line="498"/>
        <source>Bijlage niet geopend</source>
        <translation>Attachment not opened</translation>
    </message>
    <message>
        <location filename="../../app/ui/complaints/detail_tabs.py" line="510"/>
        <source>Bijlage opslaan als</source>
        <translation>Save attachment as</translation>
    </message>
    <message>
        <location filename="../../app/ui/complaints/detail_tabs.py" line="524"/>
        <source>Opslaan mislukt</source>
        <translation>Saving failed</translation>
    </message>
    <message>
        <location filename="../../app/ui/complaints/detail_tabs.py" line="525"/>
        <source>Het bestand kon niet worden opgeslagen in %1.</source>
        <translation>The file could not be saved in %1.</translation>
    </message>
</context>
<context>
    <name>AvgPanel</name>
    <message>
        <location filename="../../app/ui/admin/avg_panel.py" line="43"/>
        <source>klagernummer of klachtnummer (IK-2026-0042)</source>
        <translation>complainant number or complaint number (IK-2026-0042)</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/avg_panel.py" line="45"/>
        <location filename="../../app/ui/admin/avg_panel.py" line="63"/>
        <source>Klager</source>
        <translation>Complainant</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/avg_panel.py" line="47"/>
        <source>Zoeken</source>
        <translation>Search</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/avg_panel.py" line="52"/>
        <source>Inzage exporteren…</source>
        <translation>Export access request…</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/avg_panel.py" line="54"/>
        <source>Gegevens corrigeren…</source>
        <translation>Correct details…</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/avg_panel.py" line="56"/>
        <source>Gegevens verwijderen…</source>
        <translation>Delete details…</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/avg_panel.py" line="73"/>
        <source>Verzoeken van een klager onder de AVG: inzage in alle gegevens die het register over hem of haar bewaart (een ZIP-bestand met een overzicht en de bestanden), correctie van de gegevens, en verwijdering zodra er geen klacht meer loopt en de bewaartermijn voorbij is.</source>
        <translation>Requests from a complainant under the GDPR: access to all details the register holds about him or her (a ZIP file with an overview and the files), correction of the details, and deletion once no complaint is running any more and the retention period has passed.</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/avg_panel.py" line="90"/>
        <source>Zoek eerst de klager op.</source>
        <translation>Look up the complainant first.</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/avg_panel.py" line="92"/>
        <source>(geen naam)</source>
        <translation>(no name)</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/avg_panel.py" line="93"/>
        <source>geen</source>
        <translation>none</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/avg_panel.py" line="95"/>
        <source>Klager %1: %2 — klachten: %3</source>
        <translation>Complainant %1: %2 — complaints: %3</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/avg_panel.py" line="111"/>
        <source>Map voor het inzageverzoek</source>
        <translation>Folder for the access request</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/avg_panel.py" line="131"/>
        <location filename="../../app/ui/admin/avg_panel.py" line="139"/>
        <source>Inzageverzoek</source>
        <translation>Access request</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/avg_panel.py" line="132"/>
        <source>Alle gegevens van de klager staan in %1.</source>
        <translation>All the complainant&apos;s details are in %1.</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/avg_panel.py" line="140"/>
        <source>De export is mislukt. Details staan in het logboek.</source>
        <translation>The export failed. Details are in the log.</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/avg_panel.py" line="156"/>
        <location filename="../../app/ui/admin/avg_panel.py" line="160"/>
        <source>Gegevens verwijderen</source>
        <translation>Delete details</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/avg_panel.py" line="162"/>
        <source>%1

Dit kan niet ongedaan worden gemaakt. Doorgaan?</source>
        <translation>%1

This cannot be undone. Continue?</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/avg_panel.py" line="165"/>
        <source>Verwijderen</source>
        <translation>Remove</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/avg_panel.py" line="183"/>
        <source>Niet verwijderd: %1 in de audittrail van vóór databaseversie %2. Die blijven staan: wie ze verwijdert, breekt de beveiligde audittrail.</source>
        <translation>Not deleted: %1 in the audit trail from before database version %2. These remain: deleting them would break the secured audit trail.</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/avg_panel.py" line="186"/>
        <source>gebeurtenis</source>
        <translation>event</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/avg_panel.py" line="186"/>
        <source>gebeurtenissen</source>
        <translation>events</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/avg_panel.py" line="189"/>
        <source>Gegevens verwijderd</source>
        <translation>Details deleted</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/avg_panel.py" line="177"/>
        <source>De persoonsgegevens zijn verwijderd; geanonimiseerd blijft: %1.</source>
        <translation>The personal data have been deleted; what remains anonymised: %1.</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/avg_panel.py" line="178"/>
        <source>klacht</source>
        <translation>complaint</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/avg_panel.py" line="178"/>
        <source>klachten</source>
        <translation>complaints</translation>
    </message>
</context>
<context>
    <name>CardOverviewTab</name>
    <message>
        <location filename="../../app/ui/feedback/overview_tab.py" line="68"/>
        <location filename="../../app/ui/feedback/overview_tab.py" line="80"/>
        <source>Kwartaal</source>
        <translation>Quarter</translation>
    </message>
    <message>
        <location filename="../../app/ui/feedback/overview_tab.py" line="69"/>
        <location filename="../../app/ui/feedback/overview_tab.py" line="75"/>
        <source>Jaar</source>
        <translation>Year</translation>
    </message>
    <message>
        <location filename="../../app/ui/feedback/overview_tab.py" line="70"/>
        <source>Eigen periode</source>
        <translation>Custom period</translation>
    </message>
    <message>
        <location filename="../../app/ui/feedback/overview_tab.py" line="71"/>
        <source>Soort periode</source>
        <translation>Type of period</translation>
    </message>
    <message>
        <location filename="../../app/ui/feedback/overview_tab.py" line="78"/>
        <source>%1e kwartaal</source>
        <translation>Quarter %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/feedback/overview_tab.py" line="83"/>
        <source>Van</source>
        <translation>From</translation>
    </message>
    <message>
        <location filename="../../app/ui/feedback/overview_tab.py" line="83"/>
        <source>Tot en met</source>
        <translation>Up to and including</translation>
    </message>
    <message>
        <location filename="../../app/ui/feedback/overview_tab.py" line="91"/>
        <source>van</source>
        <translation>from</translation>
    </message>
    <message>
        <location filename="../../app/ui/feedback/overview_tab.py" line="92"/>
        <source>t/m</source>
        <translation>to</translation>
    </message>
    <message>
        <location filename="../../app/ui/feedback/overview_tab.py" line="95"/>
        <source>&amp;Periode:</source>
        <translation>&amp;Period:</translation>
    </message>
    <message>
        <location filename="../../app/ui/feedback/overview_tab.py" line="112"/>
        <source>Kaarten in deze periode</source>
        <translation>Cards in this period</translation>
    </message>
    <message>
        <location filename="../../app/ui/feedback/overview_tab.py" line="125"/>
        <source>Klachten die kaarten kregen</source>
        <translation>Complaints that received cards</translation>
    </message>
    <message>
        <location filename="../../app/ui/feedback/overview_tab.py" line="126"/>
        <source>Groene kaarten terug</source>
        <translation>Green cards returned</translation>
    </message>
    <message>
        <location filename="../../app/ui/feedback/overview_tab.py" line="127"/>
        <source>Rode kaarten terug</source>
        <translation>Red cards returned</translation>
    </message>
    <message>
        <location filename="../../app/ui/feedback/overview_tab.py" line="128"/>
        <source>Respons (kaarten terug per klacht)</source>
        <translation>Response (cards returned per complaint)</translation>
    </message>
    <message>
        <location filename="../../app/ui/feedback/overview_tab.py" line="129"/>
        <source>Terugbelverzoeken</source>
        <translation>Call-back requests</translation>
    </message>
    <message>
        <location filename="../../app/ui/feedback/overview_tab.py" line="141"/>
        <source>Geteld worden de kaarten die in de periode zijn verstuurd, en hoeveel daarvan (ooit) zijn teruggekomen. Elke klacht krijgt een groene en een rode kaart.</source>
        <translation>Counted are the cards sent in the period, and how many of them have (ever) come back. Each complaint receives a green and a red card.</translation>
    </message>
    <message>
        <location filename="../../app/ui/feedback/overview_tab.py" line="197"/>
        <source>%1 t/m %2</source>
        <translation>%1 to %2</translation>
    </message>
    <message>
        <location filename="../../app/ui/feedback/overview_tab.py" line="210"/>
        <source>%1 van %2 klachten</source>
        <translation>%1 of %2 complaints</translation>
    </message>
</context>
<context>
    <name>CardsTab</name>
    <message>
        <location filename="../../app/ui/admin/cards_tab.py" line="49"/>
        <source>12345</source>
        <translation>12345</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/cards_tab.py" line="53"/>
        <source>1234 AB</source>
        <translation>1234 AB</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/cards_tab.py" line="59"/>
        <source>feedback@voorbeeld.nl</source>
        <translation>feedback@example.nl</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/cards_tab.py" line="73"/>
        <source>Voorbeeldkaarten (PDF)…</source>
        <translation>Sample cards (PDF)…</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/cards_tab.py" line="75"/>
        <source>Een groene en een rode kaart met de gegevens hierboven, om de druk te zien</source>
        <translation>A green and a red card with the details above, to see the print</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/cards_tab.py" line="79"/>
        <source>Antwoordadres</source>
        <translation>Reply address</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/cards_tab.py" line="81"/>
        <source>De klager stuurt de kaart gratis terug naar dit antwoordnummer. De naam van de organisatie komt uit het tabblad Organisatie.</source>
        <translation>The complainant returns the card free of charge to this freepost number. The name of the organisation comes from the Organisation tab.</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/cards_tab.py" line="85"/>
        <source>Antwoordnummer</source>
        <translation>Freepost number</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/cards_tab.py" line="86"/>
        <source>Postcode</source>
        <translation>Postcode</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/cards_tab.py" line="87"/>
        <source>Plaats</source>
        <translation>Town</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/cards_tab.py" line="88"/>
        <source>T.a.v.</source>
        <translation>For the attention of</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/cards_tab.py" line="89"/>
        <source>Reacties per e-mail</source>
        <translation>Responses by email</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/cards_tab.py" line="92"/>
        <source>E-mailadres</source>
        <translation>Email address</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/cards_tab.py" line="95"/>
        <source>Waar klagers hun reactie ook per e-mail naartoe kunnen sturen.</source>
        <translation>Where complainants can also send their response by email.</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/cards_tab.py" line="97"/>
        <source>Afdrukken</source>
        <translation>Printing</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/cards_tab.py" line="98"/>
        <source>Kaartformaat</source>
        <translation>Card size</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/cards_tab.py" line="177"/>
        <source>naam organisatie</source>
        <translation>organisation name</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/cards_tab.py" line="178"/>
        <source>antwoordnummer</source>
        <translation>freepost number</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/cards_tab.py" line="179"/>
        <source>postcode</source>
        <translation>postcode</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/cards_tab.py" line="180"/>
        <source>plaats</source>
        <translation>town</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/cards_tab.py" line="181"/>
        <source>t.a.v.</source>
        <translation>f.a.o.</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/cards_tab.py" line="192"/>
        <source>Voorbeeldkaarten</source>
        <translation>Sample cards</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/cards_tab.py" line="204"/>
        <source>Voorbeeld mislukt</source>
        <translation>Preview failed</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/cards_tab.py" line="205"/>
        <source>Er kon geen tijdelijk bestand met de voorbeeldkaarten worden gemaakt.</source>
        <translation>No temporary file with the sample cards could be made.</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/cards_tab.py" line="211"/>
        <source>Openen mislukt</source>
        <translation>Opening failed</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/cards_tab.py" line="213"/>
        <source>Er is geen programma gevonden om PDF-bestanden te openen. Installeer een PDF-lezer en probeer het opnieuw.</source>
        <translation>No program was found to open PDF files. Install a PDF reader and try again.</translation>
    </message>
</context>
<context>
    <name>CheckPage</name>
    <message>
        <location filename="../../app/ui/io/import_pages.py" line="294"/>
        <source>Controle</source>
        <translation>Check</translation>
    </message>
    <message>
        <location filename="../../app/ui/io/import_pages.py" line="296"/>
        <source>Elke rij is gecontroleerd; er is nog niets opgeslagen. Hieronder staat wat het inlezen zou doen, en welke rijen fouten hebben.</source>
        <translation>Every row has been checked; nothing has been saved yet. Below is what the import would do, and which rows have errors.</translation>
    </message>
    <message>
        <location filename="../../app/ui/io/import_pages.py" line="306"/>
        <source>Bezig met controleren…</source>
        <translation>Checking…</translation>
    </message>
    <message>
        <location filename="../../app/ui/io/import_pages.py" line="335"/>
        <source>nieuw</source>
        <translation>new</translation>
    </message>
    <message>
        <location filename="../../app/ui/io/import_pages.py" line="336"/>
        <source>bijwerken</source>
        <translation>update</translation>
    </message>
    <message>
        <location filename="../../app/ui/io/import_pages.py" line="337"/>
        <source>ongewijzigd</source>
        <translation>unchanged</translation>
    </message>
    <message>
        <location filename="../../app/ui/io/import_pages.py" line="338"/>
        <source>met fouten</source>
        <translation>with errors</translation>
    </message>
    <message>
        <location filename="../../app/ui/io/import_pages.py" line="355"/>
        <location filename="../../app/ui/io/import_pages.py" line="372"/>
        <source>Problemen</source>
        <translation>Problems</translation>
    </message>
    <message>
        <location filename="../../app/ui/io/import_pages.py" line="359"/>
        <location filename="../../app/ui/io/import_pages.py" line="373"/>
        <source>Rijen</source>
        <translation>Rows</translation>
    </message>
    <message>
        <location filename="../../app/ui/io/import_pages.py" line="363"/>
        <source>Onzekere namen</source>
        <translation>Uncertain names</translation>
    </message>
    <message>
        <location filename="../../app/ui/io/import_pages.py" line="374"/>
        <source>Namen</source>
        <translation>Names</translation>
    </message>
    <message>
        <location filename="../../app/ui/io/import_pages.py" line="379"/>
        <source>Nieuwe namen</source>
        <translation>New names</translation>
    </message>
    <message>
        <location filename="../../app/ui/io/import_pages.py" line="383"/>
        <source>Deze medewerkers en afdelingen aanmaken</source>
        <translation>Create these employees and units</translation>
    </message>
    <message>
        <location filename="../../app/ui/io/import_pages.py" line="391"/>
        <source>Wat wilt u inlezen?</source>
        <translation>What do you want to import?</translation>
    </message>
    <message>
        <location filename="../../app/ui/io/import_pages.py" line="393"/>
        <source>Niets; ik verbeter eerst het bestand</source>
        <translation>Nothing; I will correct the file first</translation>
    </message>
    <message>
        <location filename="../../app/ui/io/import_pages.py" line="394"/>
        <source>Alleen de goede rijen inlezen</source>
        <translation>Import only the valid rows</translation>
    </message>
    <message>
        <location filename="../../app/ui/io/import_pages.py" line="408"/>
        <source>Bezig met controleren van %1 rijen…</source>
        <translation>Checking %1 rows…</translation>
    </message>
</context>
<context>
    <name>ClassifyDialog</name>
    <message>
        <location filename="../../app/ui/learning/review_dialogs.py" line="112"/>
        <source>Classificeren</source>
        <translation>Classify</translation>
    </message>
    <message>
        <location filename="../../app/ui/learning/review_dialogs.py" line="120"/>
        <source>Onderwerpen</source>
        <translation>Subjects</translation>
    </message>
    <message>
        <location filename="../../app/ui/learning/review_dialogs.py" line="124"/>
        <source>Behoorlijkheidsnormen</source>
        <translation>Standards of proper conduct</translation>
    </message>
    <message>
        <location filename="../../app/ui/learning/review_dialogs.py" line="127"/>
        <source>— niet bevestigen —</source>
        <translation>— do not confirm —</translation>
    </message>
    <message>
        <location filename="../../app/ui/learning/review_dialogs.py" line="138"/>
        <source>&amp;Onderwerpen</source>
        <translation>&amp;Subjects</translation>
    </message>
    <message>
        <location filename="../../app/ui/learning/review_dialogs.py" line="144"/>
        <source>Er zijn nog geen onderwerpen; de beheerder legt ze vast.</source>
        <translation>There are no subjects yet; the administrator records them.</translation>
    </message>
    <message>
        <location filename="../../app/ui/learning/review_dialogs.py" line="147"/>
        <source>&amp;Behoorlijkheidsnormen</source>
        <translation>S&amp;tandards of proper conduct</translation>
    </message>
    <message>
        <location filename="../../app/ui/learning/review_dialogs.py" line="155"/>
        <source>Bij deze formele klacht staan de normen per klachtonderdeel, bij het oordeel; ze worden hier niet gewijzigd.</source>
        <translation>For this formal complaint the standards are recorded per complaint element, with the judgment; they are not changed here.</translation>
    </message>
    <message>
        <location filename="../../app/ui/learning/review_dialogs.py" line="163"/>
        <source>Bevestigde &amp;oorzaak:</source>
        <translation>Confirmed &amp;cause:</translation>
    </message>
    <message>
        <location filename="../../app/ui/learning/review_dialogs.py" line="166"/>
        <source>Zoals de behandelaar die opgaf; nog niet bevestigd.</source>
        <translation>As given by the handler; not yet confirmed.</translation>
    </message>
    <message>
        <location filename="../../app/ui/learning/review_dialogs.py" line="171"/>
        <source>Opslaan</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../app/ui/learning/review_dialogs.py" line="173"/>
        <source>Annuleren</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>CloseDialog</name>
    <message>
        <location filename="../../app/ui/workflow/dialogs.py" line="859"/>
        <source>De klacht is afgehandeld. Vergeet daarna niet het formulier &apos;Ik heb een klacht behandeld&apos; in te vullen.</source>
        <translation>The complaint has been dealt with. Afterwards, do not forget to fill in the form &apos;I have handled a complaint&apos;.</translation>
    </message>
    <message>
        <location filename="../../app/ui/workflow/dialogs.py" line="862"/>
        <source>Klacht afsluiten</source>
        <translation>Close complaint</translation>
    </message>
    <message>
        <location filename="../../app/ui/workflow/dialogs.py" line="862"/>
        <source>Afsluiten</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../app/ui/workflow/dialogs.py" line="864"/>
        <source>Afgesloten op</source>
        <translation>Closed on</translation>
    </message>
    <message>
        <location filename="../../app/ui/workflow/dialogs.py" line="871"/>
        <source>Het afschrift van de afsluitende brief of e-mail aan de leidinggevende is nog niet vastgelegd. Leg het eerst vast, of schrijf hier waarom het ontbreekt.</source>
        <translation>The copy of the closing letter or email to the manager has not been recorded yet. Record it first, or write here why it is missing.</translation>
    </message>
    <message>
        <location filename="../../app/ui/workflow/dialogs.py" line="879"/>
        <source>Waarom geen afschrift</source>
        <translation>Why no copy</translation>
    </message>
    <message>
        <location filename="../../app/ui/workflow/dialogs.py" line="885"/>
        <source>Het afschrift aan de leidinggevende is nog niet vastgelegd. Leg dat eerst vast met &apos;Afschrift leidinggevende…&apos;.</source>
        <translation>The copy to the manager has not been recorded yet. Record it first with &apos;Copy to manager…&apos;.</translation>
    </message>
</context>
<context>
    <name>ClosingDaysModel</name>
    <message>
        <location filename="../../app/ui/admin/closing_days.py" line="56"/>
        <source>Datum</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/closing_days.py" line="56"/>
        <source>Dag</source>
        <translation>Day</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/closing_days.py" line="56"/>
        <source>Omschrijving</source>
        <translation>Description</translation>
    </message>
</context>
<context>
    <name>ClosingDaysPanel</name>
    <message>
        <location filename="../../app/ui/admin/closing_days.py" line="120"/>
        <location filename="../../app/ui/admin/closing_days.py" line="133"/>
        <source>Sluitingsdagen</source>
        <translation>Closing days</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/closing_days.py" line="127"/>
        <source>Extra dagen waarop de organisatie dicht is, zoals brugdagen. Deze dagen tellen niet mee als werkdag. Weekenden en de officiële feestdagen tellen al niet mee; die hoeft u hier niet in te voeren. De contacttermijn van openstaande klachten schuift mee; de wettelijke termijnen (Algemene termijnenwet) niet.</source>
        <translation>Extra days on which the organisation is closed, such as bridge days. These days do not count as working days. Weekends and official public holidays already do not count; you need not enter them here. The contact deadline of open complaints moves with them; the statutory deadlines (General Time Limits Act) do not.</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/closing_days.py" line="140"/>
        <source>Verwijderen…</source>
        <translation>Remove…</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/closing_days.py" line="141"/>
        <source>De gekozen sluitingsdag verwijderen (Delete)</source>
        <translation>Remove the chosen closing day (Delete)</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/closing_days.py" line="149"/>
        <source>Datum van de nieuwe sluitingsdag</source>
        <translation>Date of the new closing day</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/closing_days.py" line="151"/>
        <source>bijvoorbeeld: brugdag na Hemelvaart</source>
        <translation>for example: bridge day after Ascension Day</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/closing_days.py" line="153"/>
        <source>Toevoegen</source>
        <translation>Add</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/closing_days.py" line="167"/>
        <source>Datum</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/closing_days.py" line="170"/>
        <source>Omschrijving</source>
        <translation>Description</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/closing_days.py" line="177"/>
        <source>Sluitingsdag toevoegen</source>
        <translation>Add closing day</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/closing_days.py" line="216"/>
        <source>Feestdagen %1: %2</source>
        <translation>Public holidays %1: %2</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/closing_days.py" line="218"/>
        <source>Officiële feestdagen</source>
        <translation>Official public holidays</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/closing_days.py" line="264"/>
        <source>%1 is toegevoegd.</source>
        <translation>%1 has been added.</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/closing_days.py" line="274"/>
        <source>Sluitingsdag verwijderen</source>
        <translation>Remove closing day</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/closing_days.py" line="277"/>
        <source>Wilt u de sluitingsdag %1 (%2) verwijderen? Deze dag telt dan weer als werkdag bij het berekenen van termijnen.</source>
        <translation>Do you want to remove the closing day %1 (%2)? This day will then count as a working day again when deadlines are calculated.</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/closing_days.py" line="283"/>
        <source>Verwijderen</source>
        <translation>Remove</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/closing_days.py" line="295"/>
        <source>%1 is verwijderd.</source>
        <translation>%1 has been removed.</translation>
    </message>
</context>
<context>
    <name>ClusterDecisionDialog</name>
    <message>
        <location filename="../../app/ui/complaints/cluster_decision_dialog.py" line="51"/>
        <location filename="../../app/ui/complaints/cluster_decision_dialog.py" line="182"/>
        <source>Eén beslissing voor het cluster</source>
        <translation>One decision for the cluster</translation>
    </message>
    <message>
        <location filename="../../app/ui/complaints/cluster_decision_dialog.py" line="60"/>
        <source>Klachten en brieven</source>
        <translation>Complaints and letters</translation>
    </message>
    <message>
        <location filename="../../app/ui/complaints/cluster_decision_dialog.py" line="62"/>
        <source>Klacht</source>
        <translation>Complaint</translation>
    </message>
    <message>
        <location filename="../../app/ui/complaints/cluster_decision_dialog.py" line="62"/>
        <source>Klager</source>
        <translation>Complainant</translation>
    </message>
    <message>
        <location filename="../../app/ui/complaints/cluster_decision_dialog.py" line="62"/>
        <source>Brief naar</source>
        <translation>Letter to</translation>
    </message>
    <message>
        <location filename="../../app/ui/complaints/cluster_decision_dialog.py" line="62"/>
        <source>Gereed</source>
        <translation>Done</translation>
    </message>
    <message>
        <location filename="../../app/ui/complaints/cluster_decision_dialog.py" line="75"/>
        <source>Oordeel</source>
        <translation>Judgment</translation>
    </message>
    <message>
        <location filename="../../app/ui/complaints/cluster_decision_dialog.py" line="79"/>
        <source>Bevindingen</source>
        <translation>Findings</translation>
    </message>
    <message>
        <location filename="../../app/ui/complaints/cluster_decision_dialog.py" line="81"/>
        <source>De bevindingen die voor alle klachten van het cluster gelden</source>
        <translation>The findings that apply to all complaints in the cluster</translation>
    </message>
    <message>
        <location filename="../../app/ui/complaints/cluster_decision_dialog.py" line="87"/>
        <source>&amp;Oordeel:</source>
        <translation>&amp;Judgment:</translation>
    </message>
    <message>
        <location filename="../../app/ui/complaints/cluster_decision_dialog.py" line="88"/>
        <source>&amp;Bevindingen:</source>
        <translation>&amp;Findings:</translation>
    </message>
    <message>
        <location filename="../../app/ui/complaints/cluster_decision_dialog.py" line="91"/>
        <source>Beslissen en brieven maken…</source>
        <translation>Decide and make letters…</translation>
    </message>
    <message>
        <location filename="../../app/ui/complaints/cluster_decision_dialog.py" line="94"/>
        <source>Annuleren</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../app/ui/complaints/cluster_decision_dialog.py" line="131"/>
        <source>ja</source>
        <translation>yes</translation>
    </message>
    <message>
        <location filename="../../app/ui/complaints/cluster_decision_dialog.py" line="135"/>
        <source>(geen adres)</source>
        <translation>(no address)</translation>
    </message>
    <message>
        <location filename="../../app/ui/complaints/cluster_decision_dialog.py" line="149"/>
        <source>Cluster %1: dit oordeel wordt vastgelegd bij %2, en elke klager krijgt een eigen beslissingsbrief (PDF, bij de klacht bewaard om te versturen).</source>
        <translation>Cluster %1: this judgment is recorded for %2, and each complainant receives their own decision letter (PDF, kept with the complaint to be sent).</translation>
    </message>
    <message>
        <location filename="../../app/ui/complaints/cluster_decision_dialog.py" line="154"/>
        <source>open klacht</source>
        <translation>open complaint</translation>
    </message>
    <message>
        <location filename="../../app/ui/complaints/cluster_decision_dialog.py" line="154"/>
        <source>open klachten</source>
        <translation>open complaints</translation>
    </message>
    <message>
        <location filename="../../app/ui/complaints/cluster_decision_dialog.py" line="160"/>
        <source>Niet opnieuw beslist (al beoordeeld of afgesloten): %1</source>
        <translation>Not decided again (already judged or closed): %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/complaints/cluster_decision_dialog.py" line="168"/>
        <source>Nog niet alle klachten zijn klaar voor een beslissing; zie &apos;Gereed&apos;.</source>
        <translation>Not all complaints are ready for a decision yet; see &apos;Done&apos;.</translation>
    </message>
    <message>
        <location filename="../../app/ui/complaints/cluster_decision_dialog.py" line="184"/>
        <source>Oordeel &apos;%1&apos; vastleggen bij %2 en %3 maken?</source>
        <translation>Record judgment &apos;%1&apos; for %2 and make %3?</translation>
    </message>
    <message>
        <location filename="../../app/ui/complaints/cluster_decision_dialog.py" line="186"/>
        <source>klacht</source>
        <translation>complaint</translation>
    </message>
    <message>
        <location filename="../../app/ui/complaints/cluster_decision_dialog.py" line="186"/>
        <source>klachten</source>
        <translation>complaints</translation>
    </message>
    <message>
        <location filename="../../app/ui/complaints/cluster_decision_dialog.py" line="187"/>
        <location filename="../../app/ui/complaints/cluster_decision_dialog.py" line="212"/>
        <source>beslissingsbrief</source>
        <translation>decision letter</translation>
    </message>
    <message>
        <location filename="../../app/ui/complaints/cluster_decision_dialog.py" line="187"/>
        <location filename="../../app/ui/complaints/cluster_decision_dialog.py" line="212"/>
        <source>beslissingsbrieven</source>
        <translation>decision letters</translation>
    </message>
    <message>
        <location filename="../../app/ui/complaints/cluster_decision_dialog.py" line="189"/>
        <source>Beslissen</source>
        <translation>Decide</translation>
    </message>
    <message>
        <location filename="../../app/ui/complaints/cluster_decision_dialog.py" line="206"/>
        <source>Beslissing vastgelegd</source>
        <translation>Decision recorded</translation>
    </message>
    <message>
        <location filename="../../app/ui/complaints/cluster_decision_dialog.py" line="209"/>
        <source>%1 gemaakt. U vindt elke brief bij de klacht (tab Brieven); leg daar vast wanneer hij is verzonden.</source>
        <translation>%1 made. You will find each letter with the complaint (Letters tab); record there when it was sent.</translation>
    </message>
</context>
<context>
    <name>ClusterDialog</name>
    <message>
        <location filename="../../app/ui/complaints/cluster_dialog.py" line="59"/>
        <source>Clusteren</source>
        <translation>Cluster</translation>
    </message>
    <message>
        <location filename="../../app/ui/complaints/cluster_dialog.py" line="68"/>
        <source>Cluster</source>
        <translation>Cluster</translation>
    </message>
    <message>
        <location filename="../../app/ui/complaints/cluster_dialog.py" line="73"/>
        <source>Cluster maken</source>
        <translation>Create cluster</translation>
    </message>
    <message>
        <location filename="../../app/ui/complaints/cluster_dialog.py" line="75"/>
        <source>Nieuw cluster</source>
        <translation>New cluster</translation>
    </message>
    <message>
        <location filename="../../app/ui/complaints/cluster_dialog.py" line="77"/>
        <source>&amp;Naam:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <location filename="../../app/ui/complaints/cluster_dialog.py" line="78"/>
        <source>&amp;Omschrijving:</source>
        <translation>&amp;Description:</translation>
    </message>
    <message>
        <location filename="../../app/ui/complaints/cluster_dialog.py" line="82"/>
        <source>IK-2026-00012</source>
        <translation>IK-2026-00012</translation>
    </message>
    <message>
        <location filename="../../app/ui/complaints/cluster_dialog.py" line="83"/>
        <source>Klachtnummer toevoegen</source>
        <translation>Add complaint number</translation>
    </message>
    <message>
        <location filename="../../app/ui/complaints/cluster_dialog.py" line="84"/>
        <source>Toevoegen</source>
        <translation>Add</translation>
    </message>
    <message>
        <location filename="../../app/ui/complaints/cluster_dialog.py" line="93"/>
        <source>Klachten in het cluster</source>
        <translation>Complaints in the cluster</translation>
    </message>
    <message>
        <location filename="../../app/ui/complaints/cluster_dialog.py" line="94"/>
        <source>Verwijderen uit cluster</source>
        <translation>Remove from cluster</translation>
    </message>
    <message>
        <location filename="../../app/ui/complaints/cluster_dialog.py" line="98"/>
        <source>Behandelaar</source>
        <translation>Handler</translation>
    </message>
    <message>
        <location filename="../../app/ui/complaints/cluster_dialog.py" line="99"/>
        <source>Eén behandelaar voor alle klachten…</source>
        <translation>One handler for all complaints…</translation>
    </message>
    <message>
        <location filename="../../app/ui/complaints/cluster_dialog.py" line="101"/>
        <source>Eén beslissing voor het cluster…</source>
        <translation>One decision for the cluster…</translation>
    </message>
    <message>
        <location filename="../../app/ui/complaints/cluster_dialog.py" line="104"/>
        <source>Hetzelfde oordeel bij alle open klachten, met een brief aan elke klager</source>
        <translation>The same judgment for all open complaints, with a letter to each complainant</translation>
    </message>
    <message>
        <location filename="../../app/ui/complaints/cluster_dialog.py" line="112"/>
        <source>Sluiten</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../app/ui/complaints/cluster_dialog.py" line="116"/>
        <source>&amp;Cluster:</source>
        <translation>&amp;Cluster:</translation>
    </message>
    <message>
        <location filename="../../app/ui/complaints/cluster_dialog.py" line="120"/>
        <source>Klachten in dit cluster:</source>
        <translation>Complaints in this cluster:</translation>
    </message>
    <message>
        <location filename="../../app/ui/complaints/cluster_dialog.py" line="175"/>
        <source>(nieuw cluster)</source>
        <translation>(new cluster)</translation>
    </message>
    <message>
        <location filename="../../app/ui/complaints/cluster_dialog.py" line="178"/>
        <source>%1 (%2 klachten)</source>
        <translation>%1 (%2 complaints)</translation>
    </message>
    <message>
        <location filename="../../app/ui/complaints/cluster_dialog.py" line="201"/>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <location filename="../../app/ui/complaints/cluster_dialog.py" line="220"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../../app/ui/complaints/cluster_dialog.py" line="251"/>
        <source>Geen klacht met nummer %1 gevonden.</source>
        <translation>No complaint with number %1 found.</translation>
    </message>
    <message>
        <location filename="../../app/ui/complaints/cluster_dialog.py" line="277"/>
        <source>Voeg eerst een klacht toe aan het cluster.</source>
        <translation>Add a complaint to the cluster first.</translation>
    </message>
    <message>
        <location filename="../../app/ui/complaints/cluster_dialog.py" line="315"/>
        <source>Eén behandelaar voor alle klachten</source>
        <translation>One handler for all complaints</translation>
    </message>
    <message>
        <location filename="../../app/ui/complaints/cluster_dialog.py" line="317"/>
        <source>%1 wordt behandelaar van alle open klachten in cluster %2.</source>
        <translation>%1 becomes the handler of all open complaints in cluster %2.</translation>
    </message>
    <message>
        <location filename="../../app/ui/complaints/cluster_dialog.py" line="321"/>
        <source>Toewijzen</source>
        <translation>Assign</translation>
    </message>
    <message>
        <location filename="../../app/ui/complaints/cluster_dialog.py" line="332"/>
        <source>Behandelaar toegewezen</source>
        <translation>Handler assigned</translation>
    </message>
    <message>
        <location filename="../../app/ui/complaints/cluster_dialog.py" line="333"/>
        <source>%1 klachten hebben nu dezelfde behandelaar.</source>
        <translation>%1 complaints now have the same handler.</translation>
    </message>
</context>
<context>
    <name>ColumnLayout</name>
    <message>
        <location filename="../../app/ui/complaints/register_columns.py" line="51"/>
        <source>Standaardkolommen</source>
        <translation>Default columns</translation>
    </message>
</context>
<context>
    <name>ComplainantMatches</name>
    <message>
        <location filename="../../app/ui/complaints/complainant_matches.py" line="70"/>
        <source># Eerder geklaagd: 1 klacht (ook afgehandelde tellen mee)</source>
        <translation># Complained before: 1 complaint (closed ones count too)</translation>
    </message>
    <message>
        <location filename="../../app/ui/complaints/complainant_matches.py" line="74"/>
        <source># Eerder geklaagd: %1 klachten (ook afgehandelde tellen mee)</source>
        <translation># Complained before: %1 complaints (closed ones count too)</translation>
    </message>
</context>
<context>
    <name>ComplainantMatchesPanel</name>
    <message>
        <location filename="../../app/ui/complaints/complainant_matches.py" line="227"/>
        <source>Bekende klager?</source>
        <translation>Known complainant?</translation>
    </message>
    <message>
        <location filename="../../app/ui/complaints/complainant_matches.py" line="259"/>
        <source>Zodra u naam, postcode, e-mailadres of telefoonnummer invult, ziet u hier klagers die al bekend zijn en misschien dezelfde persoon zijn.</source>
        <translation>As soon as you fill in a name, postcode, email address or phone number, you see complainants here who are already known and may be the same person.</translation>
    </message>
    <message>
        <location filename="../../app/ui/complaints/complainant_matches.py" line="267"/>
        <source>Geen bekende klager gevonden.</source>
        <translation>No known complainant found.</translation>
    </message>
    <message>
        <location filename="../../app/ui/complaints/complainant_matches.py" line="269"/>
        <source>Misschien is dit dezelfde persoon:</source>
        <translation>This may be the same person:</translation>
    </message>
    <message>
        <location filename="../../app/ui/complaints/complainant_matches.py" line="272"/>
        <source>Misschien is een van deze %1 klagers dezelfde persoon:</source>
        <translation>One of these %1 complainants may be the same person:</translation>
    </message>
</context>
<context>
    <name>ComplainantSide</name>
    <message>
        <location filename="../../app/ui/complaints/merge_dialog.py" line="85"/>
        <source>Volledige naam, e-mailadres of telefoon</source>
        <translation>Full name, email address or phone</translation>
    </message>
    <message>
        <location filename="../../app/ui/complaints/merge_dialog.py" line="90"/>
        <location filename="../../app/ui/complaints/merge_dialog.py" line="152"/>
        <source>Typ de naam, het e-mailadres of het telefoonnummer van de klager.</source>
        <translation>Type the name, email address or phone number of the complainant.</translation>
    </message>
    <message>
        <location filename="../../app/ui/complaints/merge_dialog.py" line="93"/>
        <source>Gevonden klagers: %1</source>
        <translation>Complainants found: %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/complaints/merge_dialog.py" line="104"/>
        <source>Naam:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <location filename="../../app/ui/complaints/merge_dialog.py" line="105"/>
        <source>Adres:</source>
        <translation>Address:</translation>
    </message>
    <message>
        <location filename="../../app/ui/complaints/merge_dialog.py" line="106"/>
        <source>E-mailadres:</source>
        <translation>Email address:</translation>
    </message>
    <message>
        <location filename="../../app/ui/complaints/merge_dialog.py" line="107"/>
        <source>Telefoon:</source>
        <translation>Phone:</translation>
    </message>
    <message>
        <location filename="../../app/ui/complaints/merge_dialog.py" line="108"/>
        <source>NAW-kenmerken:</source>
        <translation>Name and address details:</translation>
    </message>
    <message>
        <location filename="../../app/ui/complaints/merge_dialog.py" line="109"/>
        <source>Open klachten:</source>
        <translation>Open complaints:</translation>
    </message>
    <message>
        <location filename="../../app/ui/complaints/merge_dialog.py" line="110"/>
        <source>Gevonden op:</source>
        <translation>Found by:</translation>
    </message>
    <message>
        <location filename="../../app/ui/complaints/merge_dialog.py" line="165"/>
        <source>Geen klager gevonden. Typ de volledige naam, het hele e-mailadres of het hele telefoonnummer.</source>
        <translation>No complainant found. Type the full name, the whole email address or the whole phone number.</translation>
    </message>
    <message>
        <location filename="../../app/ui/complaints/merge_dialog.py" line="170"/>
        <source>Kies de klager in de lijst:</source>
        <translation>Choose the complainant in the list:</translation>
    </message>
    <message>
        <location filename="../../app/ui/complaints/merge_dialog.py" line="191"/>
        <source>(naam onbekend)</source>
        <translation>(name unknown)</translation>
    </message>
</context>
<context>
    <name>ComplaintDetailWindow</name>
    <message>
        <location filename="../../app/ui/complaints/detail.py" line="122"/>
        <source>Gegevens</source>
        <translation>Details</translation>
    </message>
    <message>
        <location filename="../../app/ui/complaints/detail.py" line="123"/>
        <source>Contactnotities</source>
        <translation>Contact notes</translation>
    </message>
    <message>
        <location filename="../../app/ui/complaints/detail.py" line="124"/>
        <source>Bijlagen</source>
        <translation>Attachments</translation>
    </message>
    <message>
        <location filename="../../app/ui/complaints/detail.py" line="125"/>
        <source>Behandeling</source>
        <translation>Handling</translation>
    </message>
    <message>
        <location filename="../../app/ui/complaints/detail.py" line="126"/>
        <source>Brieven</source>
        <translation>Letters</translation>
    </message>
    <message>
        <location filename="../../app/ui/complaints/detail.py" line="127"/>
        <source>Historie</source>
        <translation>History</translation>
    </message>
    <message>
        <location filename="../../app/ui/complaints/detail.py" line="132"/>
        <source>Inzage</source>
        <translation>Access</translation>
    </message>
    <message>
        <location filename="../../app/ui/complaints/detail.py" line="212"/>
        <source>Spoed</source>
        <translation>Urgent</translation>
    </message>
    <message>
        <location filename="../../app/ui/complaints/detail.py" line="235"/>
        <source>Geen reactie meer…</source>
        <translation>No further response…</translation>
    </message>
    <message>
        <location filename="../../app/ui/complaints/detail.py" line="237"/>
        <source>Vastleggen dat de organisatie deze klager op onderwerpen niet meer antwoordt</source>
        <translation>Record that the organisation no longer responds to this complainant on certain subjects</translation>
    </message>
    <message>
        <location filename="../../app/ui/complaints/detail.py" line="260"/>
        <source># Samenhangende zaken</source>
        <translation># Related cases</translation>
    </message>
    <message>
        <location filename="../../app/ui/complaints/detail.py" line="263"/>
        <source>Nummer</source>
        <translation>Number</translation>
    </message>
    <message>
        <location filename="../../app/ui/complaints/detail.py" line="263"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../app/ui/complaints/detail.py" line="263"/>
        <source>Behandelaar</source>
        <translation>Handler</translation>
    </message>
    <message>
        <location filename="../../app/ui/complaints/detail.py" line="263"/>
        <source>Reden</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../../app/ui/complaints/detail.py" line="267"/>
        <source>Samenhangende zaken</source>
        <translation>Related cases</translation>
    </message>
    <message>
        <location filename="../../app/ui/complaints/detail.py" line="283"/>
        <source>%1 — Interne Klachten</source>
        <translation>%1 — Internal Complaints</translation>
    </message>
    <message>
        <location filename="../../app/ui/complaints/detail.py" line="290"/>
        <source>ontvangen %1</source>
        <translation>received %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/complaints/detail.py" line="292"/>
        <source>behandelaar: %1</source>
        <translation>handler: %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/complaints/detail.py" line="294"/>
        <location filename="../../app/ui/complaints/detail.py" line="330"/>
        <source>nog geen behandelaar</source>
        <translation>no handler yet</translation>
    </message>
    <message>
        <location filename="../../app/ui/complaints/detail.py" line="297"/>
        <source>klager: %1</source>
        <translation>complainant: %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/complaints/detail.py" line="307"/>
        <source>Geen lopende termijn</source>
        <translation>No running deadline</translation>
    </message>
    <message>
        <location filename="../../app/ui/complaints/detail.py" line="311"/>
        <source>Eerstvolgende termijn: %1</source>
        <translation>Next deadline: %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/complaints/detail.py" line="344"/>
        <source>Dossiernummers: %1</source>
        <translation>File numbers: %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/complaints/detail.py" line="362"/>
        <source>Cluster: %1 (%2 klachten)</source>
        <translation>Cluster: %1 (%2 complaints)</translation>
    </message>
    <message>
        <location filename="../../app/ui/complaints/detail.py" line="414"/>
        <source>Contactnotities (%1)</source>
        <translation>Contact notes (%1)</translation>
    </message>
    <message>
        <location filename="../../app/ui/complaints/detail.py" line="416"/>
        <source>Bijlagen (%1)</source>
        <translation>Attachments (%1)</translation>
    </message>
    <message>
        <location filename="../../app/ui/complaints/detail.py" line="419"/>
        <source>Bijlagen (%1, %2 ongezien)</source>
        <translation>Attachments (%1, %2 unseen)</translation>
    </message>
    <message>
        <location filename="../../app/ui/complaints/detail.py" line="467"/>
        <source>Wijzigingen niet opgeslagen</source>
        <translation>Changes not saved</translation>
    </message>
    <message>
        <location filename="../../app/ui/complaints/detail.py" line="469"/>
        <source>U hebt gegevens gewijzigd zonder ze op te slaan. Het venster sluiten zonder op te slaan?</source>
        <translation>You changed details without saving them. Close the window without saving?</translation>
    </message>
    <message>
        <location filename="../../app/ui/complaints/detail.py" line="472"/>
        <source>Sluiten zonder opslaan</source>
        <translation>Close without saving</translation>
    </message>
    <message>
        <location filename="../../app/ui/complaints/detail.py" line="474"/>
        <source>Terug naar het venster</source>
        <translation>Back to the window</translation>
    </message>
</context>
<context>
    <name>CorrectPromiseDialog</name>
    <message>
        <location filename="../../app/ui/workflow/dialogs.py" line="247"/>
        <source>Toezegging corrigeren</source>
        <translation>Correct commitment</translation>
    </message>
    <message>
        <location filename="../../app/ui/workflow/dialogs.py" line="248"/>
        <source>Corrigeren</source>
        <translation>Correct</translation>
    </message>
    <message>
        <location filename="../../app/ui/workflow/dialogs.py" line="250"/>
        <source>Verbeter de tekst of de termijn van de toezegging. De oude en de nieuwe waarde en de reden komen in de historie.</source>
        <translation>Correct the text or the deadline of the commitment. The old and the new value and the reason are added to the history.</translation>
    </message>
    <message>
        <location filename="../../app/ui/workflow/dialogs.py" line="258"/>
        <source>Bijvoorbeeld: tikfout in de datum</source>
        <translation>For example: typing error in the date</translation>
    </message>
    <message>
        <location filename="../../app/ui/workflow/dialogs.py" line="259"/>
        <source>Toezegging</source>
        <translation>Commitment</translation>
    </message>
    <message>
        <location filename="../../app/ui/workflow/dialogs.py" line="260"/>
        <source>Uiterlijk op</source>
        <translation>Due by</translation>
    </message>
    <message>
        <location filename="../../app/ui/workflow/dialogs.py" line="261"/>
        <source>Reden van de correctie</source>
        <translation>Reason for the correction</translation>
    </message>
</context>
<context>
    <name>CorrectionDialog</name>
    <message>
        <location filename="../../app/ui/admin/avg_panel.py" line="204"/>
        <source>Gegevens van de klager corrigeren</source>
        <translation>Correct the complainant&apos;s details</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/avg_panel.py" line="219"/>
        <source>Reden</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/avg_panel.py" line="220"/>
        <source>&amp;Reden van de correctie:</source>
        <translation>&amp;Reason for the correction:</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/avg_panel.py" line="225"/>
        <source>Opslaan</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/avg_panel.py" line="226"/>
        <source>Annuleren</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/avg_panel.py" line="233"/>
        <source>De correctie wordt met de reden vastgelegd in de geschiedenis van de klager en van elk van diens klachten.</source>
        <translation>The correction is recorded, with the reason, in the history of the complainant and of each of their complaints.</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/avg_panel.py" line="245"/>
        <source>Aanhef</source>
        <translation>Salutation</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/avg_panel.py" line="246"/>
        <source>Voorletters</source>
        <translation>Initials</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/avg_panel.py" line="247"/>
        <source>Roepnaam</source>
        <translation>First name</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/avg_panel.py" line="248"/>
        <source>Tussenvoegsel</source>
        <translation>Name prefix</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/avg_panel.py" line="249"/>
        <source>Achternaam</source>
        <translation>Surname</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/avg_panel.py" line="250"/>
        <source>Straat</source>
        <translation>Street</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/avg_panel.py" line="251"/>
        <source>Huisnummer</source>
        <translation>House number</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/avg_panel.py" line="252"/>
        <source>Postcode</source>
        <translation>Postcode</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/avg_panel.py" line="253"/>
        <source>Plaats</source>
        <translation>Town</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/avg_panel.py" line="254"/>
        <source>Telefoon overdag</source>
        <translation>Daytime phone</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/avg_panel.py" line="255"/>
        <source>Telefoon &apos;s avonds</source>
        <translation>Evening phone</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/avg_panel.py" line="256"/>
        <source>E-mailadres</source>
        <translation>Email address</translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message>
        <location filename="../../app/ui/reports/dashboard_page.py" line="151"/>
        <source>Dashboard</source>
        <translation>Dashboard</translation>
    </message>
    <message>
        <location filename="../../app/ui/reports/dashboard_page.py" line="154"/>
        <source>Vernieuwen</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <location filename="../../app/ui/reports/dashboard_page.py" line="155"/>
        <source>De cijfers opnieuw ophalen (gebeurt elke minuut)</source>
        <translation>Fetch the figures again (happens every minute)</translation>
    </message>
    <message>
        <location filename="../../app/ui/reports/dashboard_page.py" line="165"/>
        <source>Het dashboard is er voor de klachtcoördinator en het MT. Uw eigen klachten en termijnen staan onder Vandaag.</source>
        <translation>The dashboard is for the complaints coordinator and management. Your own complaints and deadlines are under Today.</translation>
    </message>
    <message>
        <location filename="../../app/ui/reports/dashboard_page.py" line="177"/>
        <source>Laden…</source>
        <translation>Loading…</translation>
    </message>
    <message>
        <location filename="../../app/ui/reports/dashboard_page.py" line="183"/>
        <source>Klik op een staaf om die klachten in het register te zien.</source>
        <translation>Click a bar to see those complaints in the register.</translation>
    </message>
    <message>
        <location filename="../../app/ui/reports/dashboard_page.py" line="191"/>
        <source>open klachten</source>
        <translation>open complaints</translation>
    </message>
    <message>
        <location filename="../../app/ui/reports/dashboard_page.py" line="192"/>
        <source>over de termijn</source>
        <translation>past the deadline</translation>
    </message>
    <message>
        <location filename="../../app/ui/reports/dashboard_page.py" line="193"/>
        <source>nog geen contact, contacttermijn verstreken</source>
        <translation>no contact yet, contact deadline passed</translation>
    </message>
    <message>
        <location filename="../../app/ui/reports/dashboard_page.py" line="194"/>
        <location filename="../../app/ui/reports/dashboard_page.py" line="419"/>
        <source>beslistermijn verstreken</source>
        <translation>decision deadline passed</translation>
    </message>
    <message>
        <location filename="../../app/ui/reports/dashboard_page.py" line="196"/>
        <source>open met spoed</source>
        <translation>open, urgent</translation>
    </message>
    <message>
        <location filename="../../app/ui/reports/dashboard_page.py" line="197"/>
        <source>open in snelle afhandeling</source>
        <translation>open, fast track</translation>
    </message>
    <message>
        <location filename="../../app/ui/reports/dashboard_page.py" line="198"/>
        <source>clusters met open klachten</source>
        <translation>clusters with open complaints</translation>
    </message>
    <message>
        <location filename="../../app/ui/reports/dashboard_page.py" line="202"/>
        <source>De open klachten met spoed</source>
        <translation>The urgent open complaints</translation>
    </message>
    <message>
        <location filename="../../app/ui/reports/dashboard_page.py" line="203"/>
        <source>De open klachten in de snelle afhandeling</source>
        <translation>The open complaints on the fast track</translation>
    </message>
    <message>
        <location filename="../../app/ui/reports/dashboard_page.py" line="204"/>
        <source>De open klachten die in een cluster zitten</source>
        <translation>The open complaints in a cluster</translation>
    </message>
    <message>
        <location filename="../../app/ui/reports/dashboard_page.py" line="207"/>
        <source>Alle open klachten in het register</source>
        <translation>All open complaints in the register</translation>
    </message>
    <message>
        <location filename="../../app/ui/reports/dashboard_page.py" line="209"/>
        <source>Open klachten waarvan de eerstvolgende termijn is verstreken</source>
        <translation>Open complaints whose next deadline has passed</translation>
    </message>
    <message>
        <location filename="../../app/ui/reports/dashboard_page.py" line="212"/>
        <source>Werkvoorraad, instroom en uitstroom per week</source>
        <translation>Workload, intake and output per week</translation>
    </message>
    <message>
        <location filename="../../app/ui/reports/dashboard_page.py" line="213"/>
        <source>Ouderdom van de open klachten</source>
        <translation>Age of the open complaints</translation>
    </message>
    <message>
        <location filename="../../app/ui/reports/dashboard_page.py" line="214"/>
        <location filename="../../app/ui/reports/dashboard_page.py" line="541"/>
        <source>Teruggekomen feedbackkaarten per maand</source>
        <translation>Returned feedback cards per month</translation>
    </message>
    <message>
        <location filename="../../app/ui/reports/dashboard_page.py" line="215"/>
        <location filename="../../app/ui/reports/dashboard_page.py" line="320"/>
        <source>Open klachten per afdeling</source>
        <translation>Open complaints per unit</translation>
    </message>
    <message>
        <location filename="../../app/ui/reports/dashboard_page.py" line="216"/>
        <location filename="../../app/ui/reports/dashboard_page.py" line="327"/>
        <source>Open klachten per onderwerp</source>
        <translation>Open complaints per subject</translation>
    </message>
    <message>
        <location filename="../../app/ui/reports/dashboard_page.py" line="297"/>
        <source>De cijfers konden niet worden gelezen.</source>
        <translation>The figures could not be read.</translation>
    </message>
    <message>
        <location filename="../../app/ui/reports/dashboard_page.py" line="332"/>
        <source>Bijgewerkt om %1</source>
        <translation>Updated at %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/reports/dashboard_page.py" line="340"/>
        <source>Nog geen klachten geregistreerd</source>
        <translation>No complaints registered yet</translation>
    </message>
    <message>
        <location filename="../../app/ui/reports/dashboard_page.py" line="342"/>
        <source>Begin met &apos;Nieuwe klacht&apos; (Ctrl+N). Zodra er klachten zijn, ziet u hier de werkvoorraad, de termijnen en de teruggekomen feedbackkaarten. Hulp vindt u onder Help › Handleiding (F1).</source>
        <translation>Start with &apos;New complaint&apos; (Ctrl+N). As soon as there are complaints, you will see the workload, the deadlines and the returned feedback cards here. Help can be found under Help › Manual (F1).</translation>
    </message>
    <message>
        <location filename="../../app/ui/reports/dashboard_page.py" line="349"/>
        <source>Geen open klachten</source>
        <translation>No open complaints</translation>
    </message>
    <message>
        <location filename="../../app/ui/reports/dashboard_page.py" line="351"/>
        <source>Er zijn nu geen open klachten en de afgelopen weken kwam er niets binnen. De eerdere klachten staan in het register.</source>
        <translation>There are no open complaints at the moment and nothing has come in over the past weeks. Earlier complaints are in the register.</translation>
    </message>
    <message>
        <location filename="../../app/ui/reports/dashboard_page.py" line="363"/>
        <source>Instroom</source>
        <translation>Intake</translation>
    </message>
    <message>
        <location filename="../../app/ui/reports/dashboard_page.py" line="364"/>
        <source>Uitstroom</source>
        <translation>Output</translation>
    </message>
    <message>
        <location filename="../../app/ui/reports/dashboard_page.py" line="369"/>
        <source>Werkvoorraad (open aan het eind van de week)</source>
        <translation>Workload (open at the end of the week)</translation>
    </message>
    <message>
        <location filename="../../app/ui/reports/dashboard_page.py" line="377"/>
        <source>week</source>
        <translation>week</translation>
    </message>
    <message>
        <location filename="../../app/ui/reports/dashboard_page.py" line="379"/>
        <source>per week</source>
        <translation>per week</translation>
    </message>
    <message>
        <location filename="../../app/ui/reports/dashboard_page.py" line="381"/>
        <source>werkvoorraad</source>
        <translation>workload</translation>
    </message>
    <message>
        <location filename="../../app/ui/reports/dashboard_page.py" line="393"/>
        <source>Week %1 (%2 t/m %3): %4 ontvangen, %5 afgehandeld, %6 open</source>
        <translation>Week %1 (%2 to %3): %4 received, %5 dealt with, %6 open</translation>
    </message>
    <message>
        <location filename="../../app/ui/reports/dashboard_page.py" line="413"/>
        <source>beslistermijn loopt</source>
        <translation>decision period running</translation>
    </message>
    <message>
        <location filename="../../app/ui/reports/dashboard_page.py" line="416"/>
        <source>verstrijkt binnen een week</source>
        <translation>expires within a week</translation>
    </message>
    <message>
        <location filename="../../app/ui/reports/dashboard_page.py" line="428"/>
        <source>weken sinds ontvangst (beslistermijn %1 weken, verdaging %2)</source>
        <translation>weeks since receipt (decision period %1 weeks, extension %2)</translation>
    </message>
    <message>
        <location filename="../../app/ui/reports/dashboard_page.py" line="443"/>
        <source>%1 weken sinds ontvangst: %2 open, waarvan %3 over de beslistermijn en %4 die binnen een week verstrijkt</source>
        <translation>%1 weeks since receipt: %2 open, of which %3 past the decision period and %4 expiring within a week</translation>
    </message>
    <message>
        <location filename="../../app/ui/reports/dashboard_page.py" line="460"/>
        <source>&gt; %1</source>
        <translation>&gt; %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/reports/dashboard_page.py" line="462"/>
        <source>≤ %1</source>
        <translation>≤ %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/reports/dashboard_page.py" line="463"/>
        <source>%1–%2</source>
        <translation>%1–%2</translation>
    </message>
    <message>
        <location filename="../../app/ui/reports/dashboard_page.py" line="470"/>
        <source>termijn loopt</source>
        <translation>deadline running</translation>
    </message>
    <message>
        <location filename="../../app/ui/reports/dashboard_page.py" line="471"/>
        <source>termijn verstreken</source>
        <translation>deadline passed</translation>
    </message>
    <message>
        <location filename="../../app/ui/reports/dashboard_page.py" line="476"/>
        <source>(geen open klachten)</source>
        <translation>(no open complaints)</translation>
    </message>
    <message>
        <location filename="../../app/ui/reports/dashboard_page.py" line="484"/>
        <source>%1 (de %2 grootste van %3)</source>
        <translation>%1 (the %2 largest of %3)</translation>
    </message>
    <message>
        <location filename="../../app/ui/reports/dashboard_page.py" line="491"/>
        <source>%1: %2 open, waarvan %3 over de termijn</source>
        <translation>%1: %2 open, of which %3 past the deadline</translation>
    </message>
    <message>
        <location filename="../../app/ui/reports/dashboard_page.py" line="515"/>
        <source>groen</source>
        <translation>green</translation>
    </message>
    <message>
        <location filename="../../app/ui/reports/dashboard_page.py" line="516"/>
        <source>rood</source>
        <translation>red</translation>
    </message>
    <message>
        <location filename="../../app/ui/reports/dashboard_page.py" line="531"/>
        <source>%1 %2: %3 groen, %4 rood</source>
        <translation>%1 %2: %3 green, %4 red</translation>
    </message>
    <message>
        <location filename="../../app/ui/reports/dashboard_page.py" line="543"/>
        <source>%1 (geen in de afgelopen twaalf maanden)</source>
        <translation>%1 (none in the past twelve months)</translation>
    </message>
</context>
<context>
    <name>DataTab</name>
    <message>
        <location filename="../../app/ui/complaints/detail_form.py" line="125"/>
        <source>Mijn wijzigingen toepassen op de nieuwe gegevens</source>
        <translation>Apply my changes to the new details</translation>
    </message>
    <message>
        <location filename="../../app/ui/complaints/detail_form.py" line="128"/>
        <source>Laadt de nieuwste gegevens en zet uw wijzigingen er opnieuw in. Controleer het resultaat en kies daarna Opslaan.</source>
        <translation>Loads the newest details and puts your changes back in. Check the result, then choose Save.</translation>
    </message>
    <message>
        <location filename="../../app/ui/complaints/detail_form.py" line="133"/>
        <source>Opnieuw laden (mijn wijzigingen vervallen)</source>
        <translation>Reload (my changes are discarded)</translation>
    </message>
    <message>
        <location filename="../../app/ui/complaints/detail_form.py" line="144"/>
        <source>Opslaan</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../app/ui/complaints/detail_form.py" line="165"/>
        <source>Alleen de klachtcoördinator en het secretariaat kunnen deze gegevens wijzigen.</source>
        <translation>Only the complaints coordinator and the secretariat can change these details.</translation>
    </message>
    <message>
        <location filename="../../app/ui/complaints/detail_form.py" line="204"/>
        <source>Klacht</source>
        <translation>Complaint</translation>
    </message>
    <message>
        <location filename="../../app/ui/complaints/detail_form.py" line="217"/>
        <source>Met spoed behandelen</source>
        <translation>Handle urgently</translation>
    </message>
    <message>
        <location filename="../../app/ui/complaints/detail_form.py" line="218"/>
        <source>Klager vraagt om een andere behandelaar</source>
        <translation>Complainant asks for another handler</translation>
    </message>
    <message>
        <location filename="../../app/ui/complaints/detail_form.py" line="222"/>
        <source>Omschrijving</source>
        <translation>Description</translation>
    </message>
    <message>
        <location filename="../../app/ui/complaints/detail_form.py" line="226"/>
        <source>Ontvangen op</source>
        <translation>Received on</translation>
    </message>
    <message>
        <location filename="../../app/ui/complaints/detail_form.py" line="231"/>
        <source>Kanaal</source>
        <translation>Channel</translation>
    </message>
    <message>
        <location filename="../../app/ui/complaints/detail_form.py" line="236"/>
        <source>Betrokken medewerkers</source>
        <translation>Employees concerned</translation>
    </message>
    <message>
        <location filename="../../app/ui/complaints/detail_form.py" line="237"/>
        <source>Dossiernummers</source>
        <translation>File numbers</translation>
    </message>
    <message>
        <location filename="../../app/ui/complaints/detail_form.py" line="248"/>
        <source>Klager</source>
        <translation>Complainant</translation>
    </message>
    <message>
        <location filename="../../app/ui/complaints/detail_form.py" line="252"/>
        <source>Z.A.</source>
        <translation>Z.A.</translation>
    </message>
    <message>
        <location filename="../../app/ui/complaints/detail_form.py" line="254"/>
        <source>van der</source>
        <translation>van der</translation>
    </message>
    <message>
        <location filename="../../app/ui/complaints/detail_form.py" line="266"/>
        <source>Voorletters</source>
        <translation>Initials</translation>
    </message>
    <message>
        <location filename="../../app/ui/complaints/detail_form.py" line="269"/>
        <source>Tussenvoegsel en achternaam</source>
        <translation>Name prefix and surname</translation>
    </message>
    <message>
        <location filename="../../app/ui/complaints/detail_form.py" line="274"/>
        <source>Roepnaam</source>
        <translation>First name</translation>
    </message>
    <message>
        <location filename="../../app/ui/complaints/detail_form.py" line="265"/>
        <source>Aanhef</source>
        <translation>Salutation</translation>
    </message>
    <message>
        <location filename="../../app/ui/complaints/detail_form.py" line="277"/>
        <source>Straat en huisnummer</source>
        <translation>Street and house number</translation>
    </message>
    <message>
        <location filename="../../app/ui/complaints/detail_form.py" line="283"/>
        <source>Postcode en woonplaats</source>
        <translation>Postcode and town</translation>
    </message>
    <message>
        <location filename="../../app/ui/complaints/detail_form.py" line="287"/>
        <source>Telefoon overdag</source>
        <translation>Daytime phone</translation>
    </message>
    <message>
        <location filename="../../app/ui/complaints/detail_form.py" line="288"/>
        <source>Telefoon &apos;s avonds</source>
        <translation>Evening phone</translation>
    </message>
    <message>
        <location filename="../../app/ui/complaints/detail_form.py" line="289"/>
        <source>E-mailadres</source>
        <translation>Email address</translation>
    </message>
    <message>
        <location filename="../../app/ui/complaints/detail_form.py" line="292"/>
        <source>Tussenvoegsel</source>
        <translation>Name prefix</translation>
    </message>
    <message>
        <location filename="../../app/ui/complaints/detail_form.py" line="293"/>
        <source>Achternaam</source>
        <translation>Surname</translation>
    </message>
    <message>
        <location filename="../../app/ui/complaints/detail_form.py" line="294"/>
        <source>Straat</source>
        <translation>Street</translation>
    </message>
    <message>
        <location filename="../../app/ui/complaints/detail_form.py" line="295"/>
        <source>Huisnummer</source>
        <translation>House number</translation>
    </message>
    <message>
        <location filename="../../app/ui/complaints/detail_form.py" line="296"/>
        <source>Postcode</source>
        <translation>Postcode</translation>
    </message>
    <message>
        <location filename="../../app/ui/complaints/detail_form.py" line="297"/>
        <source>Woonplaats</source>
        <translation>Town</translation>
    </message>
    <message>
        <location filename="../../app/ui/complaints/detail_form.py" line="363"/>
        <source>%1 (nog koppelen)</source>
        <translation>%1 (still to be linked)</translation>
    </message>
    <message>
        <location filename="../../app/ui/complaints/detail_form.py" line="530"/>
        <source>Opgeslagen.</source>
        <translation>Saved.</translation>
    </message>
    <message>
        <location filename="../../app/ui/complaints/detail_form.py" line="545"/>
        <source>%1, %2: %3</source>
        <translation>%1, %2: %3</translation>
    </message>
    <message>
        <location filename="../../app/ui/complaints/detail_form.py" line="554"/>
        <source>… en nog %1 wijzigingen.</source>
        <translation>… and %1 more changes.</translation>
    </message>
    <message>
        <location filename="../../app/ui/complaints/detail_form.py" line="557"/>
        <source>Iemand anders heeft deze klacht gewijzigd nadat u haar opende. Uw wijzigingen zijn niet opgeslagen; ze staan nog in het formulier.</source>
        <translation>Someone else changed this complaint after you opened it. Your changes have not been saved; they are still in the form.</translation>
    </message>
    <message>
        <location filename="../../app/ui/complaints/detail_form.py" line="561"/>
        <source>Gewijzigd door anderen:</source>
        <translation>Changed by others:</translation>
    </message>
    <message>
        <location filename="../../app/ui/complaints/detail_form.py" line="578"/>
        <source>Uw wijzigingen staan op de nieuwste gegevens. Controleer ze en kies Opslaan.</source>
        <translation>Your changes are now on the newest details. Check them and choose Save.</translation>
    </message>
</context>
<context>
    <name>DatabaseCheckPanel</name>
    <message>
        <location filename="../../app/ui/admin/database_check.py" line="19"/>
        <location filename="../../app/ui/admin/database_check.py" line="53"/>
        <location filename="../../app/ui/admin/database_check.py" line="66"/>
        <source>Database controleren</source>
        <translation>Check database</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/database_check.py" line="22"/>
        <source>Controleert het databasebestand en speelt de hele audittrail af: is niets buiten het programma om gewijzigd?</source>
        <translation>Checks the database file and replays the whole audit trail: has anything been changed outside the program?</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/database_check.py" line="38"/>
        <source>Bezig met controleren…</source>
        <translation>Checking…</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/database_check.py" line="55"/>
        <source>Laatste controle: in orde.</source>
        <translation>Last check: in order.</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/database_check.py" line="58"/>
        <source>Laatste controle: problemen gevonden.</source>
        <translation>Last check: problems found.</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/database_check.py" line="67"/>
        <source>De controle kon niet worden uitgevoerd. Details staan in het logboek.</source>
        <translation>The check could not be carried out. Details are in the log.</translation>
    </message>
</context>
<context>
    <name>DatabaseLocationDialog</name>
    <message>
        <location filename="../../app/ui/database_location.py" line="64"/>
        <location filename="../../app/ui/database_location.py" line="140"/>
        <source>Waar staat het klachtenregister?</source>
        <translation>Where is the complaints register?</translation>
    </message>
    <message>
        <location filename="../../app/ui/database_location.py" line="71"/>
        <source>Werkt u alleen, dan staat het register op deze computer. Werkt u met collega&apos;s in één register, bijvoorbeeld als teamleider die formulieren invult, kies dan de server van het team; uw beheerder weet de gegevens.</source>
        <translation>If you work alone, the register is on this computer. If you work with colleagues in one register, for example as a team leader who fills in forms, choose the team&apos;s server; your administrator knows the details.</translation>
    </message>
    <message>
        <location filename="../../app/ui/database_location.py" line="78"/>
        <source>Op &amp;deze computer</source>
        <translation>On this &amp;computer</translation>
    </message>
    <message>
        <location filename="../../app/ui/database_location.py" line="82"/>
        <source>Op de &amp;server van het team (PostgreSQL)</source>
        <translation>On the team&apos;s &amp;server (PostgreSQL)</translation>
    </message>
    <message>
        <location filename="../../app/ui/database_location.py" line="90"/>
        <source>bijvoorbeeld: klachten.gemeente.local</source>
        <translation>for example: klachten.gemeente.local</translation>
    </message>
    <message>
        <location filename="../../app/ui/database_location.py" line="95"/>
        <source>bijvoorbeeld: klachten</source>
        <translation>for example: klachten</translation>
    </message>
    <message>
        <location filename="../../app/ui/database_location.py" line="97"/>
        <source>leeg: uw eigen inlognaam</source>
        <translation>empty: your own login name</translation>
    </message>
    <message>
        <location filename="../../app/ui/database_location.py" line="102"/>
        <source>Ser&amp;ver</source>
        <translation>Ser&amp;ver</translation>
    </message>
    <message>
        <location filename="../../app/ui/database_location.py" line="103"/>
        <source>&amp;Poort</source>
        <translation>&amp;Port</translation>
    </message>
    <message>
        <location filename="../../app/ui/database_location.py" line="104"/>
        <source>Data&amp;base</source>
        <translation>Data&amp;base</translation>
    </message>
    <message>
        <location filename="../../app/ui/database_location.py" line="105"/>
        <source>&amp;Gebruikersnaam</source>
        <translation>&amp;User name</translation>
    </message>
    <message>
        <location filename="../../app/ui/database_location.py" line="112"/>
        <source>Het wachtwoord wordt niet opgeslagen. De server herkent u op zijn eigen manier: met uw Windows-aanmelding, een pgpass-bestand of de omgevingsvariabele PGPASSWORD. Uw beheerder richt dat in.</source>
        <translation>The password is not saved. The server recognises you in its own way: with your Windows sign-in, a pgpass file or the environment variable PGPASSWORD. Your administrator sets this up.</translation>
    </message>
    <message>
        <location filename="../../app/ui/database_location.py" line="117"/>
        <source>Verbinding &amp;testen</source>
        <translation>&amp;Test connection</translation>
    </message>
    <message>
        <location filename="../../app/ui/database_location.py" line="132"/>
        <source>De keuze geldt vanaf de volgende start van het programma. Een database die bij het starten is opgegeven (--db of INTERNE_KLACHTEN_DB) gaat altijd voor.</source>
        <translation>The choice applies from the next time the program starts. A database given at start-up (--db or INTERNE_KLACHTEN_DB) always takes precedence.</translation>
    </message>
    <message>
        <source>Opslaan</source>
        <translation type="obsolete">Save</translation>
    </message>
    <message>
        <source>Annuleren</source>
        <translation type="obsolete">Cancel</translation>
    </message>
    <message>
        <location filename="../../app/ui/database_location.py" line="193"/>
        <source>Vul de gemarkeerde velden in.</source>
        <translation>Fill in the highlighted fields.</translation>
    </message>
    <message>
        <location filename="../../app/ui/database_location.py" line="205"/>
        <source>Bezig met verbinden…</source>
        <translation>Connecting…</translation>
    </message>
    <message>
        <location filename="../../app/ui/database_location.py" line="221"/>
        <source>De verbinding werkt.</source>
        <translation>The connection works.</translation>
    </message>
    <message>
        <location filename="../../app/ui/database_location.py" line="229"/>
        <source>De verbinding kon niet worden getest.</source>
        <translation>The connection could not be tested.</translation>
    </message>
    <message>
        <location filename="../../app/ui/database_location.py" line="241"/>
        <source>Niet opgeslagen</source>
        <translation>Not saved</translation>
    </message>
    <message>
        <location filename="../../app/ui/database_location.py" line="242"/>
        <source>De keuze kon niet worden opgeslagen in uw gebruikersmap.</source>
        <translation>The choice could not be saved in your user folder.</translation>
    </message>
</context>
<context>
    <name>DatabaseLocationPanel</name>
    <message>
        <location filename="../../app/ui/database_location.py" line="255"/>
        <source>Register: %1</source>
        <translation>Register: %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/database_location.py" line="257"/>
        <source>Waar staat het register…</source>
        <translation>Where is the register…</translation>
    </message>
    <message>
        <location filename="../../app/ui/database_location.py" line="273"/>
        <source>Opgeslagen; de nieuwe plaats geldt vanaf de volgende start.</source>
        <translation>Saved; the new location applies from the next start.</translation>
    </message>
</context>
<context>
    <name>DeadlineEdit</name>
    <message>
        <location filename="../../app/ui/learning/proposal_editor.py" line="64"/>
        <source>op</source>
        <translation>on</translation>
    </message>
    <message>
        <location filename="../../app/ui/learning/proposal_editor.py" line="65"/>
        <source>Deadline vastleggen</source>
        <translation>Record deadline</translation>
    </message>
    <message>
        <location filename="../../app/ui/learning/proposal_editor.py" line="70"/>
        <source>Deadline</source>
        <translation>Deadline</translation>
    </message>
</context>
<context>
    <name>DeclineDialog</name>
    <message>
        <location filename="../../app/ui/workflow/dialogs.py" line="691"/>
        <location filename="../../app/ui/workflow/dialogs.py" line="692"/>
        <source>Niet in behandeling nemen</source>
        <translation>Do not handle</translation>
    </message>
    <message>
        <location filename="../../app/ui/workflow/dialogs.py" line="694"/>
        <source>Een klacht mag alleen op een van de gronden van Awb 9:8 buiten behandeling blijven. De klager krijgt dat schriftelijk te horen, binnen vier weken na ontvangst.</source>
        <translation>A complaint may only be left unhandled on one of the grounds of Awb 9:8. The complainant is told so in writing, within four weeks of receipt.</translation>
    </message>
    <message>
        <location filename="../../app/ui/workflow/dialogs.py" line="703"/>
        <source>Grond (Awb 9:8)</source>
        <translation>Ground (Awb 9:8)</translation>
    </message>
    <message>
        <location filename="../../app/ui/workflow/dialogs.py" line="704"/>
        <source>Brief aan klager op</source>
        <translation>Letter to complainant on</translation>
    </message>
</context>
<context>
    <name>DelayNoticeDialog</name>
    <message>
        <location filename="../../app/ui/workflow/dialogs.py" line="559"/>
        <source>Uitstelbericht</source>
        <translation>Postponement notice</translation>
    </message>
    <message>
        <location filename="../../app/ui/workflow/dialogs.py" line="560"/>
        <source>Vastleggen</source>
        <translation>Record</translation>
    </message>
    <message>
        <location filename="../../app/ui/workflow/dialogs.py" line="562"/>
        <source>Laat de klager op tijd weten dat het langer duurt, met de nieuwe datum waarop hij of zij iets hoort (uiterlijk in de tweede week).</source>
        <translation>Let the complainant know in good time that it will take longer, with the new date on which he or she will hear something (in the second week at the latest).</translation>
    </message>
    <message>
        <location filename="../../app/ui/workflow/dialogs.py" line="575"/>
        <source>Nieuwe verwachte datum</source>
        <translation>New expected date</translation>
    </message>
    <message>
        <location filename="../../app/ui/workflow/dialogs.py" line="576"/>
        <source>Bericht verstuurd op</source>
        <translation>Notice sent on</translation>
    </message>
</context>
<context>
    <name>DestructionPanel</name>
    <message>
        <location filename="../../app/ui/admin/retention_tab.py" line="192"/>
        <location filename="../../app/ui/admin/retention_tab.py" line="223"/>
        <source>Peildatum</source>
        <translation>Reference date</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/retention_tab.py" line="193"/>
        <source>Proefrun</source>
        <translation>Trial run</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/retention_tab.py" line="195"/>
        <source>Toon welke klachten vernietigd zouden worden; er verandert niets</source>
        <translation>Show which complaints would be destroyed; nothing changes</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/retention_tab.py" line="197"/>
        <source>Vernietigingslijst voorstellen</source>
        <translation>Propose destruction list</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/retention_tab.py" line="198"/>
        <source>Goedkeuren als archivaris</source>
        <translation>Approve as archivist</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/retention_tab.py" line="199"/>
        <source>Afwijzen</source>
        <translation>Reject</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/retention_tab.py" line="200"/>
        <source>Vernietiging uitvoeren…</source>
        <translation>Carry out destruction…</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/retention_tab.py" line="201"/>
        <source>Kies een peildatum en klik op Proefrun.</source>
        <translation>Choose a reference date and click Trial run.</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/retention_tab.py" line="204"/>
        <source>Klachten uit de proefrun</source>
        <translation>Complaints from the trial run</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/retention_tab.py" line="235"/>
        <source>Vernietiging</source>
        <translation>Destruction</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/retention_tab.py" line="242"/>
        <source>De klachtcoördinator of beheerder stelt een vernietigingslijst voor; de archivaris keurt hem goed (bij voorkeur een ander dan wie hem voorstelde); pas daarna kan de klachtcoördinator hem uitvoeren. Elke stap staat in de audittrail. Oude gebeurtenissen in de audittrail blijven ongewijzigd.</source>
        <translation>The complaints coordinator or administrator proposes a destruction list; the archivist approves it (preferably someone other than the person who proposed it); only then can the complaints coordinator carry it out. Every step is in the audit trail. Old events in the audit trail remain unchanged.</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/retention_tab.py" line="206"/>
        <location filename="../../app/ui/admin/retention_tab.py" line="252"/>
        <source>Vernietigingslijsten</source>
        <translation>Destruction lists</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/retention_tab.py" line="279"/>
        <source>Geen klachten waarvan de bewaartermijn is verstreken.</source>
        <translation>No complaints whose retention period has expired.</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/retention_tab.py" line="286"/>
        <source>Proefrun: %1 klachten zouden worden vernietigd (%2). Er verandert niets.</source>
        <translation>Trial run: %1 complaints would be destroyed (%2). Nothing changes.</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/retention_tab.py" line="291"/>
        <source>De eerste %1 staan hieronder.</source>
        <translation>The first %1 are shown below.</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/retention_tab.py" line="347"/>
        <location filename="../../app/ui/admin/retention_tab.py" line="388"/>
        <source>Vernietiging uitvoeren</source>
        <translation>Carry out destruction</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/retention_tab.py" line="350"/>
        <source>De persoonsgegevens, vrije teksten en bijlagen van %1 klachten worden definitief vernietigd. Een anonieme rij blijft voor de rapportages. Dit kan niet ongedaan worden gemaakt.</source>
        <translation>The personal data, free texts and attachments of %1 complaints will be permanently destroyed. An anonymous row remains for the reports. This cannot be undone.</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/retention_tab.py" line="356"/>
        <source>Vernietigen</source>
        <translation>Destroy</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/retention_tab.py" line="380"/>
        <source>Vernietiging uitgevoerd</source>
        <translation>Destruction carried out</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/retention_tab.py" line="381"/>
        <source>De persoonsgegevens van %1 klachten zijn vernietigd.</source>
        <translation>The personal data of %1 complaints have been destroyed.</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/retention_tab.py" line="389"/>
        <source>De vernietiging is mislukt; er is niets vernietigd.</source>
        <translation>The destruction failed; nothing has been destroyed.</translation>
    </message>
</context>
<context>
    <name>DossierPicker</name>
    <message>
        <location filename="../../app/ui/complaints/intake_fields.py" line="172"/>
        <source>bijvoorbeeld 2026.12345</source>
        <translation>for example 2026.12345</translation>
    </message>
    <message>
        <location filename="../../app/ui/complaints/intake_fields.py" line="174"/>
        <source>Dossiernummer</source>
        <translation>File number</translation>
    </message>
    <message>
        <location filename="../../app/ui/complaints/intake_fields.py" line="176"/>
        <source>Dossiernummers</source>
        <translation>File numbers</translation>
    </message>
</context>
<context>
    <name>DueModel</name>
    <message>
        <location filename="../../app/ui/admin/retention_tab.py" line="117"/>
        <source>Klachtnummer</source>
        <translation>Complaint number</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/retention_tab.py" line="117"/>
        <source>Afgehandeld op</source>
        <translation>Dealt with on</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/retention_tab.py" line="117"/>
        <source>Termijn</source>
        <translation>Deadline</translation>
    </message>
</context>
<context>
    <name>EmployeeDialog</name>
    <message>
        <location filename="../../app/ui/admin/employee_dialog.py" line="39"/>
        <source>Medewerker toevoegen</source>
        <translation>Add employee</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/employee_dialog.py" line="41"/>
        <source>Medewerker wijzigen</source>
        <translation>Edit employee</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/employee_dialog.py" line="45"/>
        <source>naam@voorbeeld.nl</source>
        <translation>name@example.nl</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/employee_dialog.py" line="47"/>
        <source>020 123 4567</source>
        <translation>020 123 4567</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/employee_dialog.py" line="51"/>
        <source>inlognaam op de computer</source>
        <translation>login name on the computer</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/employee_dialog.py" line="63"/>
        <source>Naam *</source>
        <translation>Name *</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/employee_dialog.py" line="64"/>
        <source>E-mail</source>
        <translation>Email</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/employee_dialog.py" line="65"/>
        <source>Telefoon</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/employee_dialog.py" line="66"/>
        <source>Functie</source>
        <translation>Position</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/employee_dialog.py" line="67"/>
        <source>Afdeling</source>
        <translation>Unit</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/employee_dialog.py" line="68"/>
        <source>Inlognaam</source>
        <translation>Login name</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/employee_dialog.py" line="69"/>
        <source>Rollen</source>
        <translation>Roles</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/employee_dialog.py" line="91"/>
        <source>(geen)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/employee_dialog.py" line="97"/>
        <source>%1 (inactief)</source>
        <translation>%1 (inactive)</translation>
    </message>
</context>
<context>
    <name>EmployeePicker</name>
    <message>
        <location filename="../../app/ui/complaints/intake_fields.py" line="105"/>
        <source>Typ een naam om te zoeken</source>
        <translation>Type a name to search</translation>
    </message>
    <message>
        <location filename="../../app/ui/complaints/intake_fields.py" line="106"/>
        <source>Naam van de betrokken medewerker</source>
        <translation>Name of the employee concerned</translation>
    </message>
    <message>
        <location filename="../../app/ui/complaints/intake_fields.py" line="119"/>
        <source>Betrokken medewerkers</source>
        <translation>Employees concerned</translation>
    </message>
    <message>
        <location filename="../../app/ui/complaints/intake_fields.py" line="147"/>
        <source>%1 (naam zoals opgegeven)</source>
        <translation>%1 (name as given)</translation>
    </message>
</context>
<context>
    <name>EmployeeTableModel</name>
    <message>
        <location filename="../../app/ui/admin/table_models.py" line="137"/>
        <source>Naam</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/table_models.py" line="138"/>
        <source>Afdeling</source>
        <translation>Unit</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/table_models.py" line="139"/>
        <source>Functie</source>
        <translation>Position</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/table_models.py" line="140"/>
        <source>E-mail</source>
        <translation>Email</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/table_models.py" line="142"/>
        <source>Telefoon</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/table_models.py" line="144"/>
        <source>Inlognaam</source>
        <translation>Login name</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/table_models.py" line="145"/>
        <source>Rollen</source>
        <translation>Roles</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/table_models.py" line="147"/>
        <source>Actief</source>
        <translation>Active</translation>
    </message>
</context>
<context>
    <name>EmployeesPanel</name>
    <message>
        <location filename="../../app/ui/admin/panels.py" line="21"/>
        <source>Medewerkers</source>
        <translation>Employees</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/panels.py" line="35"/>
        <source>Medewerker inactief maken</source>
        <translation>Make employee inactive</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/panels.py" line="38"/>
        <source>Wilt u %1 inactief maken? Een inactieve medewerker kan niet meer inloggen en is niet meer te kiezen bij nieuwe klachten. De gegevens blijven bewaard; u kunt de medewerker later weer actief maken.</source>
        <translation>Do you want to make %1 inactive? An inactive employee can no longer log in and can no longer be chosen for new complaints. The details are kept; you can make the employee active again later.</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/panels.py" line="44"/>
        <source>Inactief maken</source>
        <translation>Make inactive</translation>
    </message>
</context>
<context>
    <name>ExistingComplainantBanner</name>
    <message>
        <location filename="../../app/ui/complaints/complainant_matches.py" line="147"/>
        <source>Lege velden houden de gegevens van deze klager; wat u invult, werkt ze bij.</source>
        <translation>Empty fields keep this complainant&apos;s details; what you fill in updates them.</translation>
    </message>
    <message>
        <location filename="../../app/ui/complaints/complainant_matches.py" line="149"/>
        <source>&amp;Ontkoppelen</source>
        <translation>&amp;Unlink</translation>
    </message>
    <message>
        <location filename="../../app/ui/complaints/complainant_matches.py" line="152"/>
        <source>Deze registratie niet aan de bestaande klager koppelen</source>
        <translation>Do not link this registration to the existing complainant</translation>
    </message>
    <message>
        <location filename="../../app/ui/complaints/complainant_matches.py" line="175"/>
        <source>Bestaande klager: %1</source>
        <translation>Existing complainant: %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/complaints/complainant_matches.py" line="175"/>
        <source>(naam onbekend)</source>
        <translation>(name unknown)</translation>
    </message>
    <message>
        <location filename="../../app/ui/complaints/complainant_matches.py" line="179"/>
        <source>Open klachten: %1</source>
        <translation>Open complaints: %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/complaints/complainant_matches.py" line="201"/>
        <source>Bij de open klacht %1 voegen als volgstuk</source>
        <translation>Add to the open complaint %1 as a follow-up document</translation>
    </message>
    <message>
        <location filename="../../app/ui/complaints/complainant_matches.py" line="206"/>
        <source>Geen nieuwe klacht registreren: de bijlagen (of, zonder bijlagen, de omschrijving) komen als volgstuk bij deze klacht</source>
        <translation>Do not register a new complaint: the attachments (or, without attachments, the description) are added to this complaint as a follow-up document</translation>
    </message>
</context>
<context>
    <name>ExtendDialog</name>
    <message>
        <location filename="../../app/ui/workflow/dialogs.py" line="514"/>
        <source>Beslistermijn verdagen</source>
        <translation>Extend decision period</translation>
    </message>
    <message>
        <location filename="../../app/ui/workflow/dialogs.py" line="515"/>
        <source>Verdagen</source>
        <translation>Extend</translation>
    </message>
    <message>
        <location filename="../../app/ui/workflow/dialogs.py" line="518"/>
        <source>De beslistermijn (%1) mag één keer worden verdaagd, met ten hoogste %2 weken. Klager en betrokken medewerker krijgen daarvan schriftelijk bericht (Awb 9:11).</source>
        <translation>The decision period (%1) may be extended once, by at most %2 weeks. The complainant and the employee concerned are notified of this in writing (Awb 9:11).</translation>
    </message>
    <message>
        <location filename="../../app/ui/workflow/dialogs.py" line="529"/>
        <source> weken</source>
        <translation> weeks</translation>
    </message>
    <message>
        <location filename="../../app/ui/workflow/dialogs.py" line="532"/>
        <source>Verdagen met</source>
        <translation>Extend by</translation>
    </message>
    <message>
        <location filename="../../app/ui/workflow/dialogs.py" line="533"/>
        <source>Mededeling verstuurd op</source>
        <translation>Notice sent on</translation>
    </message>
    <message>
        <location filename="../../app/ui/workflow/dialogs.py" line="534"/>
        <source>Nieuwe termijn</source>
        <translation>New deadline</translation>
    </message>
</context>
<context>
    <name>FeedbackPage</name>
    <message>
        <location filename="../../app/ui/feedback/page.py" line="53"/>
        <source>Feedbackkaarten</source>
        <translation>Feedback cards</translation>
    </message>
    <message>
        <location filename="../../app/ui/feedback/page.py" line="58"/>
        <source>De feedbackkaarten worden verstuurd door het secretariaat en geregistreerd door de klachtcoördinator. Hebt u dit scherm nodig voor uw werk, vraag dan de beheerder om de juiste rol.</source>
        <translation>The feedback cards are sent by the secretariat and registered by the complaints coordinator. If you need this screen for your work, ask the administrator for the right role.</translation>
    </message>
    <message>
        <location filename="../../app/ui/feedback/page.py" line="69"/>
        <source>Kaarten versturen</source>
        <translation>Send cards</translation>
    </message>
    <message>
        <location filename="../../app/ui/feedback/page.py" line="72"/>
        <source>Teruggekomen kaarten</source>
        <translation>Returned cards</translation>
    </message>
    <message>
        <location filename="../../app/ui/feedback/page.py" line="75"/>
        <source>Overzicht</source>
        <translation>Overview</translation>
    </message>
</context>
<context>
    <name>FieldBox</name>
    <message>
        <location filename="../../app/ui/complaints/field_box.py" line="94"/>
        <source>Opgeslagen.</source>
        <translation>Saved.</translation>
    </message>
</context>
<context>
    <name>FilePage</name>
    <message>
        <location filename="../../app/ui/io/import_pages.py" line="97"/>
        <source>Bestand kiezen</source>
        <translation>Choose file</translation>
    </message>
    <message>
        <location filename="../../app/ui/io/import_pages.py" line="99"/>
        <source>Kies het Excel-bestand (.xlsx) of CSV-bestand (.csv) met het register. De eerste regel bevat de kolomnamen, daarna staat op elke regel één klacht of signaal. Er wordt nog niets opgeslagen: eerst ziet u per rij wat er gebeurt.</source>
        <translation>Choose the Excel file (.xlsx) or CSV file (.csv) containing the register. The first line contains the column names; after that, each line holds one complaint or signal. Nothing is saved yet: first you see what happens for each row.</translation>
    </message>
    <message>
        <location filename="../../app/ui/io/import_pages.py" line="106"/>
        <source>Nog geen bestand gekozen</source>
        <translation>No file chosen yet</translation>
    </message>
    <message>
        <location filename="../../app/ui/io/import_pages.py" line="107"/>
        <source>Gekozen bestand</source>
        <translation>Chosen file</translation>
    </message>
    <message>
        <location filename="../../app/ui/io/import_pages.py" line="108"/>
        <source>&amp;Bladeren…</source>
        <translation>&amp;Browse…</translation>
    </message>
    <message>
        <location filename="../../app/ui/io/import_pages.py" line="109"/>
        <source>Een Excel- of CSV-bestand kiezen</source>
        <translation>Choose an Excel or CSV file</translation>
    </message>
    <message>
        <location filename="../../app/ui/io/import_pages.py" line="119"/>
        <source>Bezig met lezen van het bestand…</source>
        <translation>Reading the file…</translation>
    </message>
    <message>
        <location filename="../../app/ui/io/import_pages.py" line="124"/>
        <source>Gelezen</source>
        <translation>Read</translation>
    </message>
    <message>
        <location filename="../../app/ui/io/import_pages.py" line="131"/>
        <source>Rijen:</source>
        <translation>Rows:</translation>
    </message>
    <message>
        <location filename="../../app/ui/io/import_pages.py" line="132"/>
        <source>Kolommen:</source>
        <translation>Columns:</translation>
    </message>
    <message>
        <location filename="../../app/ui/io/import_pages.py" line="133"/>
        <source>Tekenset:</source>
        <translation>Character set:</translation>
    </message>
    <message>
        <location filename="../../app/ui/io/import_pages.py" line="134"/>
        <source>Scheidingsteken:</source>
        <translation>Separator:</translation>
    </message>
    <message>
        <location filename="../../app/ui/io/import_pages.py" line="146"/>
        <source>Datums mogen echte Excel-datums zijn of tekst als 31-12-2024. Een bestand dat al eerder is ingelezen kan gerust opnieuw worden ingelezen: wat al in het register staat, wordt niet dubbel opgenomen.</source>
        <translation>Dates may be real Excel dates or text such as 31-12-2024. A file that has been imported before can safely be imported again: whatever is already in the register is not added twice.</translation>
    </message>
    <message>
        <location filename="../../app/ui/io/import_pages.py" line="165"/>
        <source>%1 rijen</source>
        <translation>%1 rows</translation>
    </message>
    <message>
        <location filename="../../app/ui/io/import_pages.py" line="165"/>
        <source>1 rij</source>
        <translation>1 row</translation>
    </message>
    <message>
        <location filename="../../app/ui/io/import_pages.py" line="167"/>
        <source> (1 lege rij wordt overgeslagen)</source>
        <translation> (1 empty row is skipped)</translation>
    </message>
    <message>
        <location filename="../../app/ui/io/import_pages.py" line="169"/>
        <source> (%1 lege rijen worden overgeslagen)</source>
        <translation> (%1 empty rows are skipped)</translation>
    </message>
    <message>
        <location filename="../../app/ui/io/import_pages.py" line="186"/>
        <source>puntkomma (;)</source>
        <translation>semicolon (;)</translation>
    </message>
    <message>
        <location filename="../../app/ui/io/import_pages.py" line="187"/>
        <source>komma (,)</source>
        <translation>comma (,)</translation>
    </message>
    <message>
        <location filename="../../app/ui/io/import_pages.py" line="188"/>
        <source>tab</source>
        <translation>tab</translation>
    </message>
</context>
<context>
    <name>FirstContactDialog</name>
    <message>
        <location filename="../../app/ui/workflow/dialogs.py" line="154"/>
        <source>Het persoonlijke contact met de klager: luister naar het verhaal en leg vast wat er is besproken of afgesproken.</source>
        <translation>The personal contact with the complainant: listen to their story and record what was discussed or agreed.</translation>
    </message>
    <message>
        <location filename="../../app/ui/workflow/dialogs.py" line="158"/>
        <source>Uiterlijk op %1.</source>
        <translation>By %1 at the latest.</translation>
    </message>
    <message>
        <location filename="../../app/ui/workflow/dialogs.py" line="159"/>
        <source>Eerste contact vastleggen</source>
        <translation>Record first contact</translation>
    </message>
    <message>
        <location filename="../../app/ui/workflow/dialogs.py" line="159"/>
        <source>Vastleggen</source>
        <translation>Record</translation>
    </message>
    <message>
        <location filename="../../app/ui/workflow/dialogs.py" line="166"/>
        <source>klager</source>
        <translation>complainant</translation>
    </message>
    <message>
        <location filename="../../app/ui/workflow/dialogs.py" line="171"/>
        <source>Wat is er gezegd of afgesproken? Bijvoorbeeld: excuses aangeboden, terugbellen op vrijdag.</source>
        <translation>What was said or agreed? For example: apologies offered, call back on Friday.</translation>
    </message>
    <message>
        <location filename="../../app/ui/workflow/dialogs.py" line="175"/>
        <source>Wanneer</source>
        <translation>When</translation>
    </message>
    <message>
        <location filename="../../app/ui/workflow/dialogs.py" line="176"/>
        <source>Kanaal</source>
        <translation>Channel</translation>
    </message>
    <message>
        <location filename="../../app/ui/workflow/dialogs.py" line="177"/>
        <source>Met wie</source>
        <translation>With whom</translation>
    </message>
    <message>
        <location filename="../../app/ui/workflow/dialogs.py" line="178"/>
        <source>Samenvatting</source>
        <translation>Summary</translation>
    </message>
</context>
<context>
    <name>FirstUseDialog</name>
    <message>
        <location filename="../../app/ui/first_use.py" line="54"/>
        <source>Interne Klachten — eerste gebruik</source>
        <translation>Internal Complaints — first use</translation>
    </message>
    <message>
        <location filename="../../app/ui/first_use.py" line="59"/>
        <source>Deze database is nog leeg. Vul de naam van uw organisatie en uw eigen naam in. U wordt de eerste beheerder en klachtcoördinator; collega&apos;s voegt u daarna toe onder Beheer.</source>
        <translation>This database is still empty. Fill in the name of your organisation and your own name. You become the first administrator and complaints coordinator; you add colleagues afterwards under Administration.</translation>
    </message>
    <message>
        <location filename="../../app/ui/first_use.py" line="70"/>
        <source>bijvoorbeeld: Gemeente Voorbeeld</source>
        <translation>for example: Municipality of Example</translation>
    </message>
    <message>
        <location filename="../../app/ui/first_use.py" line="72"/>
        <source>voornaam en achternaam</source>
        <translation>first name and surname</translation>
    </message>
    <message>
        <location filename="../../app/ui/first_use.py" line="82"/>
        <source>Met deze inlognaam herkent het programma u voortaan; u hoeft geen wachtwoord te onthouden.</source>
        <translation>From now on the program recognises you by this login name; you need not remember a password.</translation>
    </message>
    <message>
        <location filename="../../app/ui/first_use.py" line="92"/>
        <source>Naam van de organisatie *</source>
        <translation>Name of the organisation *</translation>
    </message>
    <message>
        <location filename="../../app/ui/first_use.py" line="94"/>
        <source>Uw naam *</source>
        <translation>Your name *</translation>
    </message>
    <message>
        <location filename="../../app/ui/first_use.py" line="100"/>
        <source>Uw inlognaam</source>
        <translation>Your login name</translation>
    </message>
    <message>
        <location filename="../../app/ui/first_use.py" line="104"/>
        <source>Register op de &amp;server van het team…</source>
        <translation>Register on the team&apos;s &amp;server…</translation>
    </message>
    <message>
        <location filename="../../app/ui/first_use.py" line="111"/>
        <source>Beginnen</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>Annuleren</source>
        <translation type="vanished">Cancel</translation>
    </message>
    <message>
        <location filename="../../app/ui/first_use.py" line="115"/>
        <source>Welkom bij Interne Klachten</source>
        <translation>Welcome to Internal Complaints</translation>
    </message>
    <message>
        <location filename="../../app/ui/first_use.py" line="167"/>
        <source>Het register van het team wordt gebruikt vanaf de volgende start. Sluit het programma en start het opnieuw.</source>
        <translation>The team&apos;s register will be used from the next start. Close the program and start it again.</translation>
    </message>
    <message>
        <location filename="../../app/ui/first_use.py" line="175"/>
        <source>Afsluiten</source>
        <translation>Exit</translation>
    </message>
</context>
<context>
    <name>FormalDialog</name>
    <message>
        <location filename="../../app/ui/workflow/dialogs.py" line="358"/>
        <location filename="../../app/ui/workflow/dialogs.py" line="359"/>
        <source>Formeel behandelen</source>
        <translation>Handle formally</translation>
    </message>
    <message>
        <location filename="../../app/ui/workflow/dialogs.py" line="361"/>
        <source>Splits de klacht in de onderdelen die elk een oordeel krijgen (gegrond, deels gegrond of ongegrond). Schrijf één onderdeel per regel. Daarna volgt hoor en wederhoor (Awb 9:10).</source>
        <translation>Split the complaint into the elements that each receive a judgment (well-founded, partly well-founded or unfounded). Write one element per line. After that, both sides are heard (Awb 9:10).</translation>
    </message>
    <message>
        <location filename="../../app/ui/workflow/dialogs.py" line="368"/>
        <source>Bijvoorbeeld:
De toon van het telefoongesprek
Niet teruggebeld</source>
        <translation>For example:
The tone of the telephone conversation
Not called back</translation>
    </message>
    <message>
        <location filename="../../app/ui/workflow/dialogs.py" line="371"/>
        <source>Klachtonderdelen</source>
        <translation>Complaint elements</translation>
    </message>
</context>
<context>
    <name>FormsModel</name>
    <message>
        <location filename="../../app/ui/learning/forms_tab.py" line="75"/>
        <source>Klacht</source>
        <translation>Complaint</translation>
    </message>
    <message>
        <location filename="../../app/ui/learning/forms_tab.py" line="76"/>
        <source>Behandelaar</source>
        <translation>Handler</translation>
    </message>
    <message>
        <location filename="../../app/ui/learning/forms_tab.py" line="77"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../app/ui/learning/forms_tab.py" line="78"/>
        <source>Verzonden op</source>
        <translation>Sent on</translation>
    </message>
    <message>
        <location filename="../../app/ui/learning/forms_tab.py" line="79"/>
        <source>Oorzaak</source>
        <translation>Cause</translation>
    </message>
    <message>
        <location filename="../../app/ui/learning/forms_tab.py" line="91"/>
        <source>Nog niet ingevuld</source>
        <translation>Not filled in yet</translation>
    </message>
</context>
<context>
    <name>FormsTab</name>
    <message>
        <location filename="../../app/ui/learning/forms_tab.py" line="123"/>
        <source>Alle formulieren</source>
        <translation>All forms</translation>
    </message>
    <message>
        <location filename="../../app/ui/learning/forms_tab.py" line="124"/>
        <source>Te beoordelen</source>
        <translation>To be reviewed</translation>
    </message>
    <message>
        <location filename="../../app/ui/learning/forms_tab.py" line="128"/>
        <source>Nog in te vullen door mij</source>
        <translation>Still to be filled in by me</translation>
    </message>
    <message>
        <location filename="../../app/ui/learning/forms_tab.py" line="129"/>
        <source>Welke formulieren</source>
        <translation>Which forms</translation>
    </message>
    <message>
        <location filename="../../app/ui/learning/forms_tab.py" line="130"/>
        <source>Openen</source>
        <translation>Open</translation>
    </message>
    <message>
        <location filename="../../app/ui/learning/forms_tab.py" line="131"/>
        <source>Het gekozen formulier openen (Enter of dubbelklik)</source>
        <translation>Open the chosen form (Enter or double-click)</translation>
    </message>
    <message>
        <location filename="../../app/ui/learning/forms_tab.py" line="134"/>
        <source>Laden…</source>
        <translation>Loading…</translation>
    </message>
    <message>
        <location filename="../../app/ui/learning/forms_tab.py" line="142"/>
        <source>Formulieren &apos;Ik heb een klacht behandeld&apos;</source>
        <translation>Forms &apos;I have handled a complaint&apos;</translation>
    </message>
    <message>
        <location filename="../../app/ui/learning/forms_tab.py" line="163"/>
        <source>Het formulier &apos;Ik heb een klacht behandeld&apos; vult de behandelaar in na de afhandeling. De klachtcoördinator beoordeelt het, classificeert de klacht en maakt van verbeterpunten verbetervoorstellen.</source>
        <translation>The handler fills in the form &apos;I have handled a complaint&apos; after the complaint has been dealt with. The complaints coordinator reviews it, classifies the complaint and turns points for improvement into improvement proposals.</translation>
    </message>
    <message>
        <location filename="../../app/ui/learning/forms_tab.py" line="169"/>
        <source>Uw formulieren &apos;Ik heb een klacht behandeld&apos;, en de klachten waarvoor u het nog moet invullen.</source>
        <translation>Your forms &apos;I have handled a complaint&apos;, and the complaints for which you still have to fill it in.</translation>
    </message>
    <message>
        <location filename="../../app/ui/learning/forms_tab.py" line="178"/>
        <source>Nog geen formulieren</source>
        <translation>No forms yet</translation>
    </message>
    <message>
        <location filename="../../app/ui/learning/forms_tab.py" line="180"/>
        <source>Na de afhandeling van een klacht vult de behandelaar het formulier &apos;Ik heb een klacht behandeld&apos; in. De formulieren en de klachten waarvoor het nog moet, verschijnen hier.</source>
        <translation>After a complaint has been dealt with, the handler fills in the form &apos;I have handled a complaint&apos;. The forms, and the complaints for which it is still due, appear here.</translation>
    </message>
    <message>
        <location filename="../../app/ui/learning/forms_tab.py" line="238"/>
        <source>Formulieren</source>
        <translation>Forms</translation>
    </message>
    <message>
        <location filename="../../app/ui/learning/forms_tab.py" line="239"/>
        <source>De lijst kon niet worden gelezen. Details staan in het logboek.</source>
        <translation>The list could not be read. Details are in the log.</translation>
    </message>
    <message>
        <location filename="../../app/ui/learning/forms_tab.py" line="251"/>
        <source>1 formulier</source>
        <translation>1 form</translation>
    </message>
    <message>
        <location filename="../../app/ui/learning/forms_tab.py" line="251"/>
        <source>%1 formulieren</source>
        <translation>%1 forms</translation>
    </message>
</context>
<context>
    <name>FurtherExtendDialog</name>
    <message>
        <location filename="../../app/ui/workflow/dialogs.py" line="596"/>
        <source>Verder verdagen met instemming</source>
        <translation>Extend further with consent</translation>
    </message>
    <message>
        <location filename="../../app/ui/workflow/dialogs.py" line="597"/>
        <source>Verder verdagen</source>
        <translation>Extend further</translation>
    </message>
    <message>
        <location filename="../../app/ui/workflow/dialogs.py" line="600"/>
        <source>De beslistermijn is al verdaagd tot %1. Verder uitstellen mag alleen als de klager daar schriftelijk mee instemt (Awb 9:11 lid 2). Kies het document met die instemming, of voeg het toe.</source>
        <translation>The decision period has already been extended to %1. Further postponement is only allowed if the complainant consents in writing (Awb 9:11 lid 2). Choose the document with that consent, or add it.</translation>
    </message>
    <message>
        <location filename="../../app/ui/workflow/dialogs.py" line="609"/>
        <source>Document toevoegen…</source>
        <translation>Add document…</translation>
    </message>
    <message>
        <location filename="../../app/ui/workflow/dialogs.py" line="619"/>
        <source>Instemming van de klager</source>
        <translation>Consent of the complainant</translation>
    </message>
    <message>
        <location filename="../../app/ui/workflow/dialogs.py" line="620"/>
        <source>Nieuwe uiterste datum</source>
        <translation>New final date</translation>
    </message>
    <message>
        <location filename="../../app/ui/workflow/dialogs.py" line="630"/>
        <source>— kies het document —</source>
        <translation>— choose the document —</translation>
    </message>
    <message>
        <location filename="../../app/ui/workflow/dialogs.py" line="638"/>
        <source>Document met de instemming van de klager</source>
        <translation>Document with the complainant&apos;s consent</translation>
    </message>
    <message>
        <location filename="../../app/ui/workflow/dialogs.py" line="653"/>
        <source>Dit bestand kan niet worden gelezen.</source>
        <translation>This file cannot be read.</translation>
    </message>
</context>
<context>
    <name>HandlingFormDialog</name>
    <message>
        <location filename="../../app/ui/learning/handling_form.py" line="131"/>
        <location filename="../../app/ui/learning/handling_form.py" line="280"/>
        <source>Sluiten</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../app/ui/learning/handling_form.py" line="217"/>
        <source>* Wordt toegekend door secretariaat MT</source>
        <translation>* Assigned by the management team secretariat</translation>
    </message>
    <message>
        <location filename="../../app/ui/learning/handling_form.py" line="227"/>
        <source>— kies wie of wat —</source>
        <translation>— choose who or what —</translation>
    </message>
    <message>
        <location filename="../../app/ui/learning/handling_form.py" line="230"/>
        <source>Soort oorzaak</source>
        <translation>Type of cause</translation>
    </message>
    <message>
        <location filename="../../app/ui/learning/handling_form.py" line="272"/>
        <source>U kunt het formulier verzenden zodra de klacht is afgehandeld. Wat u nu invult, wordt bewaard als concept.</source>
        <translation>You can send the form as soon as the complaint has been dealt with. What you fill in now is kept as a draft.</translation>
    </message>
    <message>
        <location filename="../../app/ui/learning/handling_form.py" line="276"/>
        <source>Afdrukken (PDF)…</source>
        <translation>Print (PDF)…</translation>
    </message>
    <message>
        <location filename="../../app/ui/learning/handling_form.py" line="277"/>
        <source>Het ingevulde formulier opslaan als PDF</source>
        <translation>Save the completed form as PDF</translation>
    </message>
    <message>
        <location filename="../../app/ui/learning/handling_form.py" line="278"/>
        <source>Verzenden</source>
        <translation>Send</translation>
    </message>
    <message>
        <location filename="../../app/ui/learning/handling_form.py" line="279"/>
        <location filename="../../app/ui/learning/handling_form.py" line="427"/>
        <source>Het formulier naar de klachtcoördinator sturen</source>
        <translation>Send the form to the complaints coordinator</translation>
    </message>
    <message>
        <location filename="../../app/ui/learning/handling_form.py" line="281"/>
        <source>Sluiten; wat u hebt ingevuld blijft bewaard</source>
        <translation>Close; what you have filled in is kept</translation>
    </message>
    <message>
        <location filename="../../app/ui/learning/handling_form.py" line="327"/>
        <source>Beoordeling door de klachtcoördinator</source>
        <translation>Review by the complaints coordinator</translation>
    </message>
    <message>
        <location filename="../../app/ui/learning/handling_form.py" line="328"/>
        <source>Beoordeeld</source>
        <translation>Reviewed</translation>
    </message>
    <message>
        <location filename="../../app/ui/learning/handling_form.py" line="329"/>
        <source>Het formulier is in orde</source>
        <translation>The form is in order</translation>
    </message>
    <message>
        <location filename="../../app/ui/learning/handling_form.py" line="330"/>
        <source>Terugsturen met opmerking…</source>
        <translation>Return with a comment…</translation>
    </message>
    <message>
        <location filename="../../app/ui/learning/handling_form.py" line="332"/>
        <source>Het formulier teruggeven aan de behandelaar, met wat er moet veranderen</source>
        <translation>Return the form to the handler, stating what needs to change</translation>
    </message>
    <message>
        <location filename="../../app/ui/learning/handling_form.py" line="334"/>
        <source>Classificeren…</source>
        <translation>Classify…</translation>
    </message>
    <message>
        <location filename="../../app/ui/learning/handling_form.py" line="336"/>
        <source>Onderwerpen, behoorlijkheidsnormen en de bevestigde oorzaak vastleggen</source>
        <translation>Record subjects, standards of proper conduct and the confirmed cause</translation>
    </message>
    <message>
        <location filename="../../app/ui/learning/handling_form.py" line="338"/>
        <source>Verbeterpunt omzetten in voorstel…</source>
        <translation>Turn point for improvement into proposal…</translation>
    </message>
    <message>
        <location filename="../../app/ui/learning/handling_form.py" line="340"/>
        <source>Van het verbeterpunt in één stap een verbetervoorstel maken</source>
        <translation>Make an improvement proposal from the point for improvement in one step</translation>
    </message>
    <message>
        <location filename="../../app/ui/learning/handling_form.py" line="429"/>
        <source>Kan pas worden verzonden als de klacht is afgehandeld</source>
        <translation>Can only be sent once the complaint has been dealt with</translation>
    </message>
    <message>
        <location filename="../../app/ui/learning/handling_form.py" line="440"/>
        <source>De klachtcoördinator heeft het formulier teruggestuurd met deze opmerking:
%1</source>
        <translation>The complaints coordinator has returned the form with this comment:
%1</translation>
    </message>
    <message>
        <location filename="../../app/ui/learning/handling_form.py" line="457"/>
        <source>Verzonden op %1 en beoordeeld op %2.</source>
        <translation>Sent on %1 and reviewed on %2.</translation>
    </message>
    <message>
        <location filename="../../app/ui/learning/handling_form.py" line="463"/>
        <source>Verzonden naar de klachtcoördinator op %1.</source>
        <translation>Sent to the complaints coordinator on %1.</translation>
    </message>
    <message>
        <location filename="../../app/ui/learning/handling_form.py" line="468"/>
        <source>De behandelaar heeft dit formulier nog niet ingevuld.</source>
        <translation>The handler has not filled in this form yet.</translation>
    </message>
    <message>
        <location filename="../../app/ui/learning/handling_form.py" line="469"/>
        <source>Concept van de behandelaar (nog niet verzonden).</source>
        <translation>Draft by the handler (not sent yet).</translation>
    </message>
    <message>
        <location filename="../../app/ui/learning/handling_form.py" line="471"/>
        <source>Nog niet ingevuld. Wat u typt, wordt vanzelf als concept bewaard.</source>
        <translation>Not filled in yet. What you type is saved automatically as a draft.</translation>
    </message>
    <message>
        <location filename="../../app/ui/learning/handling_form.py" line="474"/>
        <source>Teruggestuurd: pas het formulier aan en verzend het opnieuw. Wat u typt, wordt vanzelf bewaard.</source>
        <translation>Returned: adjust the form and send it again. What you type is saved automatically.</translation>
    </message>
    <message>
        <location filename="../../app/ui/learning/handling_form.py" line="477"/>
        <source>Concept. Wat u typt, wordt vanzelf bewaard.</source>
        <translation>Draft. What you type is saved automatically.</translation>
    </message>
    <message>
        <location filename="../../app/ui/learning/handling_form.py" line="528"/>
        <source>Concept bewaard om %1. Wat u typt, wordt vanzelf bewaard.</source>
        <translation>Draft saved at %1. What you type is saved automatically.</translation>
    </message>
    <message>
        <location filename="../../app/ui/learning/handling_form.py" line="563"/>
        <source>Formulier verzonden</source>
        <translation>Form sent</translation>
    </message>
    <message>
        <location filename="../../app/ui/learning/handling_form.py" line="564"/>
        <source>Het formulier is verzonden naar de klachtcoördinator. Dank u wel.</source>
        <translation>The form has been sent to the complaints coordinator. Thank you.</translation>
    </message>
    <message>
        <location filename="../../app/ui/learning/handling_form.py" line="604"/>
        <source>Concept</source>
        <translation>Draft</translation>
    </message>
    <message>
        <location filename="../../app/ui/learning/handling_form.py" line="611"/>
        <source>%1 Ik heb een klacht behandeld.pdf</source>
        <translation>%1 I have handled a complaint.pdf</translation>
    </message>
    <message>
        <location filename="../../app/ui/learning/handling_form.py" line="616"/>
        <source>Formulier opslaan als PDF</source>
        <translation>Save form as PDF</translation>
    </message>
    <message>
        <location filename="../../app/ui/learning/handling_form.py" line="618"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../app/ui/learning/handling_form.py" line="629"/>
        <source>Niet opgeslagen</source>
        <translation>Not saved</translation>
    </message>
    <message>
        <location filename="../../app/ui/learning/handling_form.py" line="630"/>
        <source>Het formulier kon niet als PDF worden opgeslagen.</source>
        <translation>The form could not be saved as PDF.</translation>
    </message>
    <message>
        <location filename="../../app/ui/learning/handling_form.py" line="654"/>
        <source>Formulier terugsturen</source>
        <translation>Return form</translation>
    </message>
    <message>
        <location filename="../../app/ui/learning/handling_form.py" line="655"/>
        <source>Wat moet de behandelaar aan het formulier veranderen?</source>
        <translation>What should the handler change in the form?</translation>
    </message>
    <message>
        <location filename="../../app/ui/learning/handling_form.py" line="656"/>
        <source>Terugsturen</source>
        <translation>Return</translation>
    </message>
</context>
<context>
    <name>HandlingTab</name>
    <message>
        <location filename="../../app/ui/workflow/actions.py" line="95"/>
        <source>Een signaal wordt niet behandeld; het telt mee voor verbetering.</source>
        <translation>A signal is not handled; it counts towards improvement.</translation>
    </message>
    <message>
        <location filename="../../app/ui/workflow/actions.py" line="99"/>
        <source>Volgende stap: een behandelaar toewijzen.</source>
        <translation>Next step: assign a handler.</translation>
    </message>
    <message>
        <location filename="../../app/ui/workflow/actions.py" line="104"/>
        <source>Volgende stap: persoonlijk contact met de klager, uiterlijk %1.</source>
        <translation>Next step: personal contact with the complainant, by %1 at the latest.</translation>
    </message>
    <message>
        <location filename="../../app/ui/workflow/actions.py" line="110"/>
        <source>Volgende stap: informeel afronden als de klager tevreden is, of de klacht formeel behandelen.</source>
        <translation>Next step: conclude informally if the complainant is satisfied, or handle the complaint formally.</translation>
    </message>
    <message>
        <location filename="../../app/ui/workflow/actions.py" line="116"/>
        <source>Volgende stap: klager en medewerker horen en dat vastleggen.</source>
        <translation>Next step: hear the complainant and the employee and record this.</translation>
    </message>
    <message>
        <location filename="../../app/ui/workflow/actions.py" line="120"/>
        <source>Volgende stap: het oordeel per klachtonderdeel.</source>
        <translation>Next step: the judgment per complaint element.</translation>
    </message>
    <message>
        <location filename="../../app/ui/workflow/actions.py" line="124"/>
        <source>Volgende stap: de beslissing op de klacht versturen (tab Brieven) en vastleggen dat die is verzonden; tot dan loopt de beslistermijn.</source>
        <translation>Next step: send the decision on the complaint (Letters tab) and record that it has been sent; until then the decision period runs.</translation>
    </message>
    <message>
        <location filename="../../app/ui/workflow/actions.py" line="130"/>
        <source>Volgende stap: de afsluitende brief of e-mail versturen (tab Brieven), het afschrift aan de leidinggevende vastleggen en de klacht afsluiten.</source>
        <translation>Next step: send the closing letter or email (Letters tab), record the copy to the manager and close the complaint.</translation>
    </message>
    <message>
        <location filename="../../app/ui/workflow/actions.py" line="136"/>
        <source>De klacht is afgehandeld: %1.</source>
        <translation>The complaint has been dealt with: %1.</translation>
    </message>
    <message>
        <location filename="../../app/ui/workflow/handling_tab.py" line="93"/>
        <source>Stand van zaken</source>
        <translation>Progress</translation>
    </message>
    <message>
        <location filename="../../app/ui/workflow/handling_tab.py" line="102"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../app/ui/workflow/handling_tab.py" line="103"/>
        <source>Afhandeling</source>
        <translation>Handling</translation>
    </message>
    <message>
        <location filename="../../app/ui/workflow/handling_tab.py" line="104"/>
        <source>Behandelaar</source>
        <translation>Handler</translation>
    </message>
    <message>
        <location filename="../../app/ui/workflow/handling_tab.py" line="105"/>
        <location filename="../../app/ui/workflow/handling_tab.py" line="179"/>
        <source>Oordeel</source>
        <translation>Judgment</translation>
    </message>
    <message>
        <location filename="../../app/ui/workflow/handling_tab.py" line="106"/>
        <source>Ontvangstbevestiging</source>
        <translation>Acknowledgement of receipt</translation>
    </message>
    <message>
        <location filename="../../app/ui/workflow/handling_tab.py" line="107"/>
        <source>Afschrift leidinggevende</source>
        <translation>Copy to manager</translation>
    </message>
    <message>
        <location filename="../../app/ui/workflow/handling_tab.py" line="108"/>
        <source>Afloop</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <location filename="../../app/ui/workflow/handling_tab.py" line="112"/>
        <source>Termijnen</source>
        <translation>Deadlines</translation>
    </message>
    <message>
        <location filename="../../app/ui/workflow/handling_tab.py" line="129"/>
        <source>Persoonlijk contact</source>
        <translation>Personal contact</translation>
    </message>
    <message>
        <location filename="../../app/ui/workflow/handling_tab.py" line="130"/>
        <source>Beslissing</source>
        <translation>Decision</translation>
    </message>
    <message>
        <location filename="../../app/ui/workflow/handling_tab.py" line="131"/>
        <source>Verdaagd tot</source>
        <translation>Extended until</translation>
    </message>
    <message>
        <location filename="../../app/ui/workflow/handling_tab.py" line="132"/>
        <source>Uitstelbericht</source>
        <translation>Postponement notice</translation>
    </message>
    <message>
        <location filename="../../app/ui/workflow/handling_tab.py" line="133"/>
        <source>Bericht niet-behandelen</source>
        <translation>Notice of not handling</translation>
    </message>
    <message>
        <location filename="../../app/ui/workflow/handling_tab.py" line="137"/>
        <location filename="../../app/ui/workflow/handling_tab.py" line="148"/>
        <source>Toezeggingen</source>
        <translation>Commitments</translation>
    </message>
    <message>
        <location filename="../../app/ui/workflow/handling_tab.py" line="140"/>
        <source>Toezegging</source>
        <translation>Commitment</translation>
    </message>
    <message>
        <location filename="../../app/ui/workflow/handling_tab.py" line="141"/>
        <source>Gedaan op</source>
        <translation>Made on</translation>
    </message>
    <message>
        <location filename="../../app/ui/workflow/handling_tab.py" line="142"/>
        <source>Uiterlijk</source>
        <translation>Due by</translation>
    </message>
    <message>
        <location filename="../../app/ui/workflow/handling_tab.py" line="143"/>
        <source>Nagekomen</source>
        <translation>Fulfilled</translation>
    </message>
    <message>
        <location filename="../../app/ui/workflow/handling_tab.py" line="154"/>
        <source>Er zijn geen toezeggingen gedaan.</source>
        <translation>No commitments have been made.</translation>
    </message>
    <message>
        <location filename="../../app/ui/workflow/handling_tab.py" line="155"/>
        <source>Nagekomen…</source>
        <translation>Fulfilled…</translation>
    </message>
    <message>
        <location filename="../../app/ui/workflow/handling_tab.py" line="156"/>
        <source>De gekozen toezegging is nagekomen</source>
        <translation>The chosen commitment has been fulfilled</translation>
    </message>
    <message>
        <location filename="../../app/ui/workflow/handling_tab.py" line="158"/>
        <source>Corrigeren…</source>
        <translation>Correct…</translation>
    </message>
    <message>
        <location filename="../../app/ui/workflow/handling_tab.py" line="176"/>
        <source>Formele behandeling</source>
        <translation>Formal handling</translation>
    </message>
    <message>
        <location filename="../../app/ui/workflow/handling_tab.py" line="179"/>
        <source>Nr.</source>
        <translation>No.</translation>
    </message>
    <message>
        <location filename="../../app/ui/workflow/handling_tab.py" line="179"/>
        <source>Klachtonderdeel</source>
        <translation>Complaint element</translation>
    </message>
    <message>
        <location filename="../../app/ui/workflow/handling_tab.py" line="179"/>
        <source>Normen</source>
        <translation>Standards</translation>
    </message>
    <message>
        <location filename="../../app/ui/workflow/handling_tab.py" line="183"/>
        <source>Klachtonderdelen</source>
        <translation>Complaint elements</translation>
    </message>
    <message>
        <location filename="../../app/ui/workflow/handling_tab.py" line="190"/>
        <source>Er zijn geen klachtonderdelen vastgelegd. Elk onderdeel krijgt bij het oordeel zijn eigen oordeel.</source>
        <translation>No complaint elements have been recorded. Each element receives its own judgment at the judgment stage.</translation>
    </message>
    <message>
        <location filename="../../app/ui/workflow/handling_tab.py" line="196"/>
        <source>Horen:</source>
        <translation>Hearing:</translation>
    </message>
    <message>
        <location filename="../../app/ui/workflow/handling_tab.py" line="236"/>
        <source>Behandelaar toewijzen…</source>
        <translation>Assign handler…</translation>
    </message>
    <message>
        <location filename="../../app/ui/workflow/handling_tab.py" line="237"/>
        <source>Eerste contact vastleggen…</source>
        <translation>Record first contact…</translation>
    </message>
    <message>
        <location filename="../../app/ui/workflow/handling_tab.py" line="238"/>
        <source>Toezegging…</source>
        <translation>Commitment…</translation>
    </message>
    <message>
        <location filename="../../app/ui/workflow/handling_tab.py" line="239"/>
        <source>Informeel afronden…</source>
        <translation>Conclude informally…</translation>
    </message>
    <message>
        <location filename="../../app/ui/workflow/handling_tab.py" line="240"/>
        <source>Formeel behandelen…</source>
        <translation>Handle formally…</translation>
    </message>
    <message>
        <location filename="../../app/ui/workflow/handling_tab.py" line="241"/>
        <source>Horen vastleggen…</source>
        <translation>Record hearing…</translation>
    </message>
    <message>
        <location filename="../../app/ui/workflow/handling_tab.py" line="242"/>
        <source>Verslag van het horen…</source>
        <translation>Report of the hearing…</translation>
    </message>
    <message>
        <location filename="../../app/ui/workflow/handling_tab.py" line="243"/>
        <source>Oordeel…</source>
        <translation>Judgment…</translation>
    </message>
    <message>
        <location filename="../../app/ui/workflow/handling_tab.py" line="244"/>
        <source>Afsluiten…</source>
        <translation>Close…</translation>
    </message>
    <message>
        <location filename="../../app/ui/workflow/handling_tab.py" line="245"/>
        <source>Heropenen…</source>
        <translation>Reopen…</translation>
    </message>
    <message>
        <location filename="../../app/ui/workflow/handling_tab.py" line="246"/>
        <source>Verdagen…</source>
        <translation>Extend…</translation>
    </message>
    <message>
        <location filename="../../app/ui/workflow/handling_tab.py" line="247"/>
        <source>Verder verdagen met instemming…</source>
        <translation>Extend further with consent…</translation>
    </message>
    <message>
        <location filename="../../app/ui/workflow/handling_tab.py" line="248"/>
        <source>Uitstelbericht…</source>
        <translation>Postponement notice…</translation>
    </message>
    <message>
        <location filename="../../app/ui/workflow/handling_tab.py" line="249"/>
        <source>Niet in behandeling nemen…</source>
        <translation>Do not handle…</translation>
    </message>
    <message>
        <location filename="../../app/ui/workflow/handling_tab.py" line="250"/>
        <source>Doorzetten als herzieningsverzoek…</source>
        <translation>Forward as a review request…</translation>
    </message>
    <message>
        <location filename="../../app/ui/workflow/handling_tab.py" line="254"/>
        <source>Ondertekenaar beslissing…</source>
        <translation>Signatory of the decision…</translation>
    </message>
    <message>
        <location filename="../../app/ui/workflow/handling_tab.py" line="298"/>
        <source>Gaat voor: bovenaan in Vandaag en het register</source>
        <translation>Takes priority: at the top of Today and the register</translation>
    </message>
    <message>
        <location filename="../../app/ui/workflow/handling_tab.py" line="419"/>
        <source>%1 — verder verdaagd met instemming van de klager (%2)</source>
        <translation>%1 — extended further with the complainant&apos;s consent (%2)</translation>
    </message>
    <message>
        <location filename="../../app/ui/workflow/handling_tab.py" line="445"/>
        <source>uiterlijk %1 (als de klacht niet in behandeling gaat)</source>
        <translation>by %1 at the latest (if the complaint is not handled)</translation>
    </message>
    <message>
        <location filename="../../app/ui/workflow/handling_tab.py" line="635"/>
        <source>Deze toezegging staat al in een verzonden brief of e-mail aan de klager en kan niet meer worden gecorrigeerd of ingetrokken.</source>
        <translation>This commitment is already in a letter or email sent to the complainant and can no longer be corrected or withdrawn.</translation>
    </message>
    <message>
        <location filename="../../app/ui/workflow/handling_tab.py" line="642"/>
        <source>Tekst of termijn van de gekozen toezegging verbeteren</source>
        <translation>Correct the text or deadline of the chosen commitment</translation>
    </message>
    <message>
        <location filename="../../app/ui/workflow/handling_tab.py" line="645"/>
        <source>De gekozen toezegging intrekken (blijft doorgestreept zichtbaar)</source>
        <translation>Withdraw the chosen commitment (remains visible, struck through)</translation>
    </message>
    <message>
        <location filename="../../app/ui/workflow/handling_tab.py" line="161"/>
        <location filename="../../app/ui/workflow/handling_tab.py" line="251"/>
        <source>Intrekken…</source>
        <translation>Withdraw…</translation>
    </message>
    <message>
        <location filename="../../app/ui/workflow/handling_tab.py" line="252"/>
        <source>Ontvangst bevestigd…</source>
        <translation>Receipt acknowledged…</translation>
    </message>
    <message>
        <location filename="../../app/ui/workflow/handling_tab.py" line="253"/>
        <source>Afschrift leidinggevende…</source>
        <translation>Copy to manager…</translation>
    </message>
    <message>
        <location filename="../../app/ui/workflow/handling_tab.py" line="258"/>
        <source>Behandeling</source>
        <translation>Handling</translation>
    </message>
    <message>
        <location filename="../../app/ui/workflow/handling_tab.py" line="273"/>
        <source>Termijn</source>
        <translation>Deadline</translation>
    </message>
    <message>
        <location filename="../../app/ui/workflow/handling_tab.py" line="274"/>
        <source>Andere afloop</source>
        <translation>Other outcome</translation>
    </message>
    <message>
        <location filename="../../app/ui/workflow/handling_tab.py" line="275"/>
        <source>Verzonden</source>
        <translation>Sent</translation>
    </message>
    <message>
        <location filename="../../app/ui/workflow/handling_tab.py" line="296"/>
        <source>Kenmerken</source>
        <translation>Characteristics</translation>
    </message>
    <message>
        <location filename="../../app/ui/workflow/handling_tab.py" line="297"/>
        <source>Spoed</source>
        <translation>Urgent</translation>
    </message>
    <message>
        <location filename="../../app/ui/workflow/handling_tab.py" line="299"/>
        <source>Snelle afhandeling</source>
        <translation>Fast track</translation>
    </message>
    <message>
        <location filename="../../app/ui/workflow/handling_tab.py" line="301"/>
        <source>Een eenvoudige klacht over de duur, die snel kan worden afgehandeld</source>
        <translation>A simple complaint about the time taken, which can be dealt with quickly</translation>
    </message>
    <message>
        <location filename="../../app/ui/workflow/handling_tab.py" line="344"/>
        <source>nog niet gekozen</source>
        <translation>not chosen yet</translation>
    </message>
    <message>
        <location filename="../../app/ui/workflow/handling_tab.py" line="346"/>
        <source>nog geen behandelaar</source>
        <translation>no handler yet</translation>
    </message>
    <message>
        <location filename="../../app/ui/workflow/handling_tab.py" line="351"/>
        <location filename="../../app/ui/workflow/handling_tab.py" line="453"/>
        <source>verstuurd op %1</source>
        <translation>sent on %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/workflow/handling_tab.py" line="353"/>
        <location filename="../../app/ui/workflow/handling_tab.py" line="536"/>
        <source>nog niet vastgelegd</source>
        <translation>not recorded yet</translation>
    </message>
    <message>
        <location filename="../../app/ui/workflow/handling_tab.py" line="358"/>
        <location filename="../../app/ui/workflow/handling_tab.py" line="365"/>
        <location filename="../../app/ui/workflow/handling_tab.py" line="494"/>
        <source>nog niet</source>
        <translation>not yet</translation>
    </message>
    <message>
        <location filename="../../app/ui/workflow/handling_tab.py" line="363"/>
        <source>ontbreekt (%1)</source>
        <translation>missing (%1)</translation>
    </message>
    <message>
        <location filename="../../app/ui/workflow/handling_tab.py" line="366"/>
        <source>bij de start: %1
bij de afsluiting: %2</source>
        <translation>at the start: %1
at closure: %2</translation>
    </message>
    <message>
        <location filename="../../app/ui/workflow/handling_tab.py" line="371"/>
        <source>klager tevreden, bevestigd op %1 (Awb 9:5)</source>
        <translation>complainant satisfied, confirmed on %1 (Awb 9:5)</translation>
    </message>
    <message>
        <location filename="../../app/ui/workflow/handling_tab.py" line="378"/>
        <source>niet in behandeling: %1; brief op %2</source>
        <translation>not handled: %1; letter on %2</translation>
    </message>
    <message>
        <location filename="../../app/ui/workflow/handling_tab.py" line="384"/>
        <source>afgehandeld op %1</source>
        <translation>dealt with on %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/workflow/handling_tab.py" line="398"/>
        <source>gehad op %1</source>
        <translation>held on %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/workflow/handling_tab.py" line="404"/>
        <source>uiterlijk %1</source>
        <translation>by %1 at the latest</translation>
    </message>
    <message>
        <location filename="../../app/ui/workflow/handling_tab.py" line="410"/>
        <source>%1 (verdaagd)</source>
        <translation>%1 (extended)</translation>
    </message>
    <message>
        <location filename="../../app/ui/workflow/handling_tab.py" line="413"/>
        <source>%1 — mededeling op %2</source>
        <translation>%1 — notice on %2</translation>
    </message>
    <message>
        <location filename="../../app/ui/workflow/handling_tab.py" line="430"/>
        <source>niet verdaagd</source>
        <translation>not extended</translation>
    </message>
    <message>
        <location filename="../../app/ui/workflow/handling_tab.py" line="433"/>
        <source>verwacht %1 — bericht op %2</source>
        <translation>expected %1 — notice on %2</translation>
    </message>
    <message>
        <location filename="../../app/ui/workflow/handling_tab.py" line="439"/>
        <source>niet verstuurd</source>
        <translation>not sent</translation>
    </message>
    <message>
        <location filename="../../app/ui/workflow/handling_tab.py" line="486"/>
        <source>ingetrokken</source>
        <translation>withdrawn</translation>
    </message>
    <message>
        <location filename="../../app/ui/workflow/handling_tab.py" line="488"/>
        <source>%1

Ingetrokken op %2: %3</source>
        <translation>%1

Withdrawn on %2: %3</translation>
    </message>
    <message>
        <location filename="../../app/ui/workflow/handling_tab.py" line="527"/>
        <source>niet gehoord: %1</source>
        <translation>not heard: %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/workflow/handling_tab.py" line="531"/>
        <source>klager op %1, medewerker op %2</source>
        <translation>complainant on %1, employee on %2</translation>
    </message>
    <message>
        <location filename="../../app/ui/workflow/handling_tab.py" line="532"/>
        <location filename="../../app/ui/workflow/handling_tab.py" line="533"/>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <location filename="../../app/ui/workflow/handling_tab.py" line="545"/>
        <source>nog geen oordeel</source>
        <translation>no judgment yet</translation>
    </message>
    <message>
        <source>Leg eerst het horen vast (of waarom er niet is gehoord).</source>
        <translation type="vanished">First record the hearing (or why there was no hearing).</translation>
    </message>
</context>
<context>
    <name>HearingDialog</name>
    <message>
        <location filename="../../app/ui/workflow/dialogs.py" line="385"/>
        <source>Horen vastleggen</source>
        <translation>Record hearing</translation>
    </message>
    <message>
        <location filename="../../app/ui/workflow/dialogs.py" line="386"/>
        <source>Vastleggen</source>
        <translation>Record</translation>
    </message>
    <message>
        <location filename="../../app/ui/workflow/dialogs.py" line="388"/>
        <source>Klager en betrokken medewerker krijgen de gelegenheid gehoord te worden (Awb 9:10). Leg vast wanneer, of waarom er niet is gehoord.</source>
        <translation>The complainant and the employee concerned are given the opportunity to be heard (Awb 9:10). Record when, or why no hearing took place.</translation>
    </message>
    <message>
        <location filename="../../app/ui/workflow/dialogs.py" line="394"/>
        <source>Gehoord</source>
        <translation>Heard</translation>
    </message>
    <message>
        <location filename="../../app/ui/workflow/dialogs.py" line="395"/>
        <source>Niet gehoord</source>
        <translation>Not heard</translation>
    </message>
    <message>
        <location filename="../../app/ui/workflow/dialogs.py" line="401"/>
        <source>klager gehoord op</source>
        <translation>complainant heard on</translation>
    </message>
    <message>
        <location filename="../../app/ui/workflow/dialogs.py" line="407"/>
        <source>medewerker gehoord op</source>
        <translation>employee heard on</translation>
    </message>
    <message>
        <location filename="../../app/ui/workflow/dialogs.py" line="410"/>
        <source>Reden waarom niet gehoord</source>
        <translation>Reason for not hearing</translation>
    </message>
    <message>
        <location filename="../../app/ui/workflow/dialogs.py" line="425"/>
        <source>Horen</source>
        <translation>Hearing</translation>
    </message>
</context>
<context>
    <name>HearingReportDialog</name>
    <message>
        <location filename="../../app/ui/workflow/dialogs.py" line="461"/>
        <source>Verslag van het horen</source>
        <translation>Report of the hearing</translation>
    </message>
    <message>
        <location filename="../../app/ui/workflow/dialogs.py" line="462"/>
        <source>Opslaan</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../app/ui/workflow/dialogs.py" line="464"/>
        <source>Schrijf op wat klager en medewerker bij het horen naar voren brachten. De beslissing op de klacht neemt dit verslag over.</source>
        <translation>Write down what the complainant and the employee put forward at the hearing. The decision on the complaint takes over this report.</translation>
    </message>
    <message>
        <location filename="../../app/ui/workflow/dialogs.py" line="470"/>
        <source>Verslag</source>
        <translation>Report</translation>
    </message>
</context>
<context>
    <name>HelpDialog</name>
    <message>
        <location filename="../../app/ui/help.py" line="95"/>
        <location filename="../../app/ui/help.py" line="103"/>
        <source>Handleiding</source>
        <translation>Guide</translation>
    </message>
    <message>
        <location filename="../../app/ui/help.py" line="99"/>
        <source>Handleiding voor</source>
        <translation>Guide for</translation>
    </message>
    <message>
        <location filename="../../app/ui/help.py" line="109"/>
        <source>Handleiding &amp;voor:</source>
        <translation>Guide &amp;for:</translation>
    </message>
</context>
<context>
    <name>HistoryTab</name>
    <message>
        <location filename="../../app/ui/complaints/detail_tabs.py" line="562"/>
        <source>Wanneer</source>
        <translation>When</translation>
    </message>
    <message>
        <location filename="../../app/ui/complaints/detail_tabs.py" line="562"/>
        <source>Wie</source>
        <translation>Who</translation>
    </message>
    <message>
        <location filename="../../app/ui/complaints/detail_tabs.py" line="562"/>
        <source>Wat</source>
        <translation>What</translation>
    </message>
    <message>
        <location filename="../../app/ui/complaints/detail_tabs.py" line="563"/>
        <source>Historie</source>
        <translation>History</translation>
    </message>
</context>
<context>
    <name>ImportPage</name>
    <message>
        <location filename="../../app/ui/io/import_pages.py" line="424"/>
        <source>Inlezen</source>
        <translation>Import</translation>
    </message>
    <message>
        <location filename="../../app/ui/io/import_pages.py" line="426"/>
        <source>De rijen worden in één keer opgeslagen: lukt het niet of stopt u, dan blijft het register zoals het was.</source>
        <translation>The rows are saved in one go: if it fails or you stop, the register stays as it was.</translation>
    </message>
    <message>
        <location filename="../../app/ui/io/import_pages.py" line="435"/>
        <source>&amp;Stoppen</source>
        <translation>&amp;Stop</translation>
    </message>
    <message>
        <location filename="../../app/ui/io/import_pages.py" line="436"/>
        <source>Het inlezen afbreken; er wordt dan niets opgeslagen</source>
        <translation>Cancel the import; nothing will then be saved</translation>
    </message>
    <message>
        <location filename="../../app/ui/io/import_pages.py" line="446"/>
        <source>Resultaat</source>
        <translation>Result</translation>
    </message>
    <message>
        <location filename="../../app/ui/io/import_pages.py" line="450"/>
        <source>Nieuw ingelezen:</source>
        <translation>Newly imported:</translation>
    </message>
    <message>
        <location filename="../../app/ui/io/import_pages.py" line="451"/>
        <source>Bijgewerkt:</source>
        <translation>Updated:</translation>
    </message>
    <message>
        <location filename="../../app/ui/io/import_pages.py" line="452"/>
        <source>Ongewijzigd (stond al zo in het register):</source>
        <translation>Unchanged (already in the register like this):</translation>
    </message>
    <message>
        <location filename="../../app/ui/io/import_pages.py" line="453"/>
        <source>Niet ingelezen (rijen met fouten):</source>
        <translation>Not imported (rows with errors):</translation>
    </message>
    <message>
        <location filename="../../app/ui/io/import_pages.py" line="472"/>
        <source>Bezig met inlezen van %1 rijen…</source>
        <translation>Importing %1 rows…</translation>
    </message>
    <message>
        <location filename="../../app/ui/io/import_pages.py" line="475"/>
        <source>%v van %1</source>
        <translation>%v of %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/io/import_pages.py" line="488"/>
        <source>Bezig met stoppen…</source>
        <translation>Stopping…</translation>
    </message>
    <message>
        <location filename="../../app/ui/io/import_pages.py" line="492"/>
        <source>Klaar. Het register is bijgewerkt.</source>
        <translation>Done. The register has been updated.</translation>
    </message>
    <message>
        <location filename="../../app/ui/io/import_pages.py" line="504"/>
        <source>Verbeter de rijen met fouten in het bestand en lees het daarna opnieuw in. Wat nu is ingelezen, wordt dan niet dubbel opgenomen.</source>
        <translation>Correct the rows with errors in the file and then import it again. What has been imported now will not be added twice.</translation>
    </message>
    <message>
        <location filename="../../app/ui/io/import_pages.py" line="514"/>
        <source>Het inlezen is gestopt. Er is niets gewijzigd: het register is zoals het was. Met Vorige controleert u het bestand opnieuw en kunt u het weer inlezen.</source>
        <translation>The import has stopped. Nothing has changed: the register is as it was. With Previous you check the file again and can import it again.</translation>
    </message>
    <message>
        <location filename="../../app/ui/io/import_pages.py" line="521"/>
        <source>Het inlezen is niet gelukt; er is niets gewijzigd.</source>
        <translation>The import did not succeed; nothing has changed.</translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <location filename="../../app/ui/io/import_models.py" line="39"/>
        <source>(niet inlezen)</source>
        <translation>(do not import)</translation>
    </message>
    <message>
        <location filename="../../app/ui/io/import_models.py" line="211"/>
        <source>fout: niet inlezen</source>
        <translation>error: do not import</translation>
    </message>
    <message>
        <location filename="../../app/ui/io/import_models.py" line="213"/>
        <source>nieuw</source>
        <translation>new</translation>
    </message>
    <message>
        <location filename="../../app/ui/io/import_models.py" line="214"/>
        <source>bijwerken</source>
        <translation>update</translation>
    </message>
    <message>
        <location filename="../../app/ui/io/import_models.py" line="215"/>
        <source>ongewijzigd</source>
        <translation>unchanged</translation>
    </message>
    <message>
        <location filename="../../app/ui/io/import_wizard.py" line="101"/>
        <source>Register inlezen</source>
        <translation>Import register</translation>
    </message>
    <message>
        <location filename="../../app/ui/io/import_wizard.py" line="113"/>
        <source>&lt; V&amp;orige</source>
        <translation>&lt; &amp;Previous</translation>
    </message>
    <message>
        <location filename="../../app/ui/io/import_wizard.py" line="114"/>
        <source>&amp;Volgende &gt;</source>
        <translation>&amp;Next &gt;</translation>
    </message>
    <message>
        <location filename="../../app/ui/io/import_wizard.py" line="115"/>
        <source>&amp;Inlezen</source>
        <translation>&amp;Import</translation>
    </message>
    <message>
        <location filename="../../app/ui/io/import_wizard.py" line="116"/>
        <location filename="../../app/ui/io/import_wizard.py" line="230"/>
        <source>Annuleren</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../app/ui/io/import_wizard.py" line="165"/>
        <source>Bestand kiezen</source>
        <translation>Choose file</translation>
    </message>
    <message>
        <location filename="../../app/ui/io/import_wizard.py" line="166"/>
        <source>Kolommen koppelen</source>
        <translation>Link columns</translation>
    </message>
    <message>
        <location filename="../../app/ui/io/import_wizard.py" line="167"/>
        <source>Controle</source>
        <translation>Check</translation>
    </message>
    <message>
        <location filename="../../app/ui/io/import_wizard.py" line="168"/>
        <source>Inlezen</source>
        <translation>Import</translation>
    </message>
    <message>
        <location filename="../../app/ui/io/import_wizard.py" line="191"/>
        <source>huidige stap</source>
        <translation>current step</translation>
    </message>
    <message>
        <location filename="../../app/ui/io/import_wizard.py" line="230"/>
        <source>Sluiten</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../app/ui/io/import_wizard.py" line="278"/>
        <source>Register kiezen</source>
        <translation>Choose register</translation>
    </message>
    <message>
        <location filename="../../app/ui/io/import_wizard.py" line="279"/>
        <source>Register (*.xlsx *.csv);;Excel-werkmap (*.xlsx);;CSV-bestand (*.csv)</source>
        <translation>Register (*.xlsx *.csv);;Excel workbook (*.xlsx);;CSV file (*.csv)</translation>
    </message>
    <message>
        <location filename="../../app/ui/io/import_wizard.py" line="314"/>
        <source>Het bestand kan niet worden geopend. Is het nog open in een ander programma, of staat het op een plek die niet bereikbaar is?</source>
        <translation>The file cannot be opened. Is it still open in another program, or is it in a location that cannot be reached?</translation>
    </message>
    <message>
        <location filename="../../app/ui/io/import_wizard.py" line="320"/>
        <source>Dit bestand kan niet worden gelezen. Sla het in Excel op als werkmap (.xlsx) en probeer het opnieuw.</source>
        <translation>This file cannot be read. Save it in Excel as a workbook (.xlsx) and try again.</translation>
    </message>
    <message>
        <location filename="../../app/ui/io/import_wizard.py" line="323"/>
        <source>Er ging iets mis. De details staan in het logbestand.</source>
        <translation>Something went wrong. The details are in the log file.</translation>
    </message>
    <message>
        <location filename="../../app/ui/io/import_wizard.py" line="389"/>
        <source>Namen: %1 onzeker</source>
        <translation>Names: %1 uncertain</translation>
    </message>
    <message>
        <location filename="../../app/ui/io/import_wizard.py" line="389"/>
        <source>Namen</source>
        <translation>Names</translation>
    </message>
    <message>
        <location filename="../../app/ui/io/import_wizard.py" line="392"/>
        <source>Problemen (%1)</source>
        <translation>Problems (%1)</translation>
    </message>
    <message>
        <location filename="../../app/ui/io/import_wizard.py" line="393"/>
        <source>Rijen (%1)</source>
        <translation>Rows (%1)</translation>
    </message>
    <message>
        <location filename="../../app/ui/io/import_wizard.py" line="397"/>
        <source>Niet ingelezen kolommen: %1.</source>
        <translation>Columns not imported: %1.</translation>
    </message>
    <message>
        <location filename="../../app/ui/io/import_wizard.py" line="403"/>
        <source>Medewerkers: %1</source>
        <translation>Employees: %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/io/import_wizard.py" line="405"/>
        <source>Afdelingen: %1</source>
        <translation>Units: %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/io/import_wizard.py" line="415"/>
        <source>Onderwerpen (worden aan de lijst toegevoegd): %1</source>
        <translation>Subjects (added to the list): %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/io/import_wizard.py" line="425"/>
        <source>Alleen de goede rijen inlezen (%1); de rijen met fouten (%2) overslaan</source>
        <translation>Import only the valid rows (%1); skip the rows with errors (%2)</translation>
    </message>
    <message>
        <location filename="../../app/ui/io/import_wizard.py" line="434"/>
        <source>Alle rijen zijn in orde.</source>
        <translation>All rows are in order.</translation>
    </message>
    <message>
        <location filename="../../app/ui/io/import_wizard.py" line="436"/>
        <source>Er is niets in te lezen: alle rijen staan al zo in het register.</source>
        <translation>There is nothing to import: all rows are already in the register like this.</translation>
    </message>
    <message>
        <location filename="../../app/ui/io/import_wizard.py" line="444"/>
        <source>%1 en nog %2</source>
        <translation>%1 and %2 more</translation>
    </message>
    <message>
        <location filename="../../app/ui/io/import_wizard.py" line="454"/>
        <source>Geen enkele rij kan worden ingelezen; verbeter eerst het bestand.</source>
        <translation>Not a single row can be imported; correct the file first.</translation>
    </message>
    <message>
        <location filename="../../app/ui/io/import_wizard.py" line="458"/>
        <source>Er zijn rijen met fouten. Verbeter het bestand en lees het opnieuw in, of kies hierboven om alleen de goede rijen in te lezen.</source>
        <translation>There are rows with errors. Correct the file and import it again, or choose above to import only the valid rows.</translation>
    </message>
    <message>
        <location filename="../../app/ui/io/import_wizard.py" line="465"/>
        <source>Vink aan dat de nieuwe medewerkers en afdelingen mogen worden aangemaakt, of verbeter de namen in het bestand.</source>
        <translation>Tick that the new employees and units may be created, or correct the names in the file.</translation>
    </message>
    <message>
        <location filename="../../app/ui/io/import_wizard.py" line="475"/>
        <source>&amp;Goede rijen inlezen</source>
        <translation>Import &amp;valid rows</translation>
    </message>
    <message>
        <location filename="../../app/ui/io/import_wizard.py" line="475"/>
        <source>&amp;Alles inlezen</source>
        <translation>Import &amp;all</translation>
    </message>
</context>
<context>
    <name>InformComplainantsDialog</name>
    <message>
        <location filename="../../app/ui/learning/inform_dialog.py" line="125"/>
        <source>Klagers informeren over de verbetering</source>
        <translation>Inform complainants about the improvement</translation>
    </message>
    <message>
        <location filename="../../app/ui/learning/inform_dialog.py" line="139"/>
        <source>Klagers die de brief krijgen</source>
        <translation>Complainants who receive the letter</translation>
    </message>
    <message>
        <location filename="../../app/ui/learning/inform_dialog.py" line="146"/>
        <source>Het voorstel &apos;%1&apos; is gerealiseerd. Deze klagers hebben nog niet gehoord dat hun klacht tot een verbetering heeft geleid. Maak voor hen de brief; die wordt bij de klacht bewaard en geopend om te versturen.</source>
        <translation>The proposal &apos;%1&apos; has been implemented. These complainants have not yet heard that their complaint has led to an improvement. Make the letter for them; it is kept with the complaint and opened to be sent.</translation>
    </message>
    <message>
        <location filename="../../app/ui/learning/inform_dialog.py" line="154"/>
        <source>Vorm wisselen</source>
        <translation>Switch form</translation>
    </message>
    <message>
        <location filename="../../app/ui/learning/inform_dialog.py" line="156"/>
        <source>Voor de gekozen klager wisselen tussen e-mail en brief per post</source>
        <translation>Switch between email and letter by post for the chosen complainant</translation>
    </message>
    <message>
        <location filename="../../app/ui/learning/inform_dialog.py" line="158"/>
        <source>Brieven maken</source>
        <translation>Make letters</translation>
    </message>
    <message>
        <location filename="../../app/ui/learning/inform_dialog.py" line="160"/>
        <source>Later</source>
        <translation>Later</translation>
    </message>
    <message>
        <location filename="../../app/ui/learning/inform_dialog.py" line="162"/>
        <source>Nu niet; het voorstel blijft de klagers tonen die nog moeten horen</source>
        <translation>Not now; the proposal keeps showing the complainants who have yet to hear</translation>
    </message>
    <message>
        <location filename="../../app/ui/learning/inform_dialog.py" line="183"/>
        <source>Vink uit wie de brief niet krijgt (bijvoorbeeld: al mondeling verteld).</source>
        <translation>Untick those who do not receive the letter (for example: already told in person).</translation>
    </message>
    <message>
        <location filename="../../app/ui/learning/inform_dialog.py" line="222"/>
        <source>Vink ten minste één klager aan.</source>
        <translation>Tick at least one complainant.</translation>
    </message>
    <message>
        <location filename="../../app/ui/learning/inform_dialog.py" line="247"/>
        <source>%1: de brief is gemaakt en bewaard, maar kon niet worden geopend</source>
        <translation>%1: the letter has been made and kept, but could not be opened</translation>
    </message>
    <message>
        <location filename="../../app/ui/learning/inform_dialog.py" line="256"/>
        <source>%1 brief/brieven gemaakt en bij de klacht bewaard.</source>
        <translation>%1 letter(s) made and kept with the complaint.</translation>
    </message>
</context>
<context>
    <name>InformalDialog</name>
    <message>
        <location filename="../../app/ui/workflow/dialogs.py" line="309"/>
        <location filename="../../app/ui/workflow/dialogs.py" line="310"/>
        <source>Informeel afronden</source>
        <translation>Resolve informally</translation>
    </message>
    <message>
        <location filename="../../app/ui/workflow/dialogs.py" line="312"/>
        <source>De klacht is naar tevredenheid van de klager opgelost. Daarmee vervalt de formele klachtprocedure (Awb 9:5). Leg vast wanneer de klager dat heeft bevestigd, bij voorkeur schriftelijk.</source>
        <translation>The complaint has been resolved to the complainant&apos;s satisfaction. The formal complaints procedure therefore lapses (Awb 9:5). Record when the complainant confirmed this, preferably in writing.</translation>
    </message>
    <message>
        <location filename="../../app/ui/workflow/dialogs.py" line="319"/>
        <source>Bijvoorbeeld: bevestigd per e-mail</source>
        <translation>For example: confirmed by email</translation>
    </message>
    <message>
        <location filename="../../app/ui/workflow/dialogs.py" line="320"/>
        <source>Tevredenheid bevestigd op</source>
        <translation>Satisfaction confirmed on</translation>
    </message>
    <message>
        <location filename="../../app/ui/workflow/dialogs.py" line="321"/>
        <source>Toelichting (optioneel)</source>
        <translation>Explanation (optional)</translation>
    </message>
    <message>
        <location filename="../../app/ui/workflow/dialogs.py" line="327"/>
        <source>Er staat nog 1 toezegging open; die blijft in Vandaag staan tot ze is nagekomen.</source>
        <translation>There is still 1 commitment open; it stays in Today until it has been fulfilled.</translation>
    </message>
    <message>
        <location filename="../../app/ui/workflow/dialogs.py" line="333"/>
        <source>Er staan nog %1 toezeggingen open; die blijven in Vandaag staan tot ze zijn nagekomen.</source>
        <translation>There are still %1 commitments open; they stay in Today until they have been fulfilled.</translation>
    </message>
</context>
<context>
    <name>IntakeDialog</name>
    <message>
        <location filename="../../app/ui/complaints/intake_dialog.py" line="70"/>
        <source>Klacht of signaal registreren</source>
        <translation>Register a complaint or signal</translation>
    </message>
    <message>
        <location filename="../../app/ui/complaints/intake_dialog.py" line="107"/>
        <source>&amp;Registreren</source>
        <translation>&amp;Register</translation>
    </message>
    <message>
        <location filename="../../app/ui/complaints/intake_dialog.py" line="108"/>
        <source>Registreren (Ctrl+Enter)</source>
        <translation>Register (Ctrl+Enter)</translation>
    </message>
    <message>
        <location filename="../../app/ui/complaints/intake_dialog.py" line="109"/>
        <source>Annuleren</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../app/ui/complaints/intake_dialog.py" line="111"/>
        <source>Nog een &amp;registreren</source>
        <translation>Register &amp;another</translation>
    </message>
    <message>
        <location filename="../../app/ui/complaints/intake_dialog.py" line="113"/>
        <source>&amp;Sluiten</source>
        <translation>&amp;Close</translation>
    </message>
    <message>
        <location filename="../../app/ui/complaints/intake_dialog.py" line="115"/>
        <source>&amp;E-mail inlezen…</source>
        <translation>Read &amp;email…</translation>
    </message>
    <message>
        <location filename="../../app/ui/complaints/intake_dialog.py" line="117"/>
        <source>Een opgeslagen e-mail (.eml of .msg) inlezen; u kunt hem ook hierheen slepen</source>
        <translation>Read a saved email (.eml or .msg); you can also drag it here</translation>
    </message>
    <message>
        <location filename="../../app/ui/complaints/intake_dialog.py" line="220"/>
        <source>Volgstuk toegevoegd</source>
        <translation>Follow-up document added</translation>
    </message>
    <message>
        <location filename="../../app/ui/complaints/intake_dialog.py" line="222"/>
        <source>Bij klacht %1 toegevoegd als volgstuk: %2.</source>
        <translation>Added to complaint %1 as a follow-up document: %2.</translation>
    </message>
    <message>
        <location filename="../../app/ui/complaints/intake_dialog.py" line="224"/>
        <source>document</source>
        <translation>document</translation>
    </message>
    <message>
        <location filename="../../app/ui/complaints/intake_dialog.py" line="224"/>
        <source>documenten</source>
        <translation>documents</translation>
    </message>
    <message>
        <location filename="../../app/ui/complaints/intake_dialog.py" line="247"/>
        <source>E-mail inlezen</source>
        <translation>Read email</translation>
    </message>
    <message>
        <location filename="../../app/ui/complaints/intake_dialog.py" line="249"/>
        <source>E-mailberichten (*.eml *.msg)</source>
        <translation>Email messages (*.eml *.msg)</translation>
    </message>
    <message>
        <location filename="../../app/ui/complaints/intake_dialog.py" line="412"/>
        <source>Niet geregistreerd</source>
        <translation>Not registered</translation>
    </message>
    <message>
        <location filename="../../app/ui/complaints/intake_dialog.py" line="414"/>
        <source>U heeft gegevens ingevuld die nog niet zijn geregistreerd. Als u het venster sluit, gaan ze verloren.</source>
        <translation>You have filled in details that have not been registered yet. If you close the window, they will be lost.</translation>
    </message>
    <message>
        <location filename="../../app/ui/complaints/intake_dialog.py" line="417"/>
        <source>Sluiten zonder registreren</source>
        <translation>Close without registering</translation>
    </message>
    <message>
        <location filename="../../app/ui/complaints/intake_dialog.py" line="419"/>
        <source>Terug naar het formulier</source>
        <translation>Back to the form</translation>
    </message>
</context>
<context>
    <name>IntakeForm</name>
    <message>
        <location filename="../../app/ui/complaints/intake_form.py" line="163"/>
        <source>Z.A.</source>
        <translation>Z.A.</translation>
    </message>
    <message>
        <location filename="../../app/ui/complaints/intake_form.py" line="165"/>
        <source>van der</source>
        <translation>van der</translation>
    </message>
    <message>
        <location filename="../../app/ui/complaints/intake_form.py" line="222"/>
        <source>de organisatie</source>
        <translation>the organisation</translation>
    </message>
    <message>
        <location filename="../../app/ui/complaints/intake_form.py" line="297"/>
        <source>020 123 4567</source>
        <translation>020 123 4567</translation>
    </message>
    <message>
        <location filename="../../app/ui/complaints/intake_form.py" line="304"/>
        <source>06 1234 5678</source>
        <translation>06 1234 5678</translation>
    </message>
    <message>
        <location filename="../../app/ui/complaints/intake_form.py" line="311"/>
        <source>naam@voorbeeld.nl</source>
        <translation>name@example.nl</translation>
    </message>
    <message>
        <location filename="../../app/ui/complaints/intake_form.py" line="335"/>
        <source>Datum van ontvangst</source>
        <translation>Date of receipt</translation>
    </message>
    <message>
        <location filename="../../app/ui/complaints/intake_form.py" line="340"/>
        <source>datum van ontvangst</source>
        <translation>date of receipt</translation>
    </message>
    <message>
        <location filename="../../app/ui/complaints/intake_form.py" line="366"/>
        <source>1234 AB</source>
        <translation>1234 AB</translation>
    </message>
    <message>
        <location filename="../../app/ui/complaints/intake_form.py" line="379"/>
        <source>Straat</source>
        <translation>Street</translation>
    </message>
    <message>
        <location filename="../../app/ui/complaints/intake_form.py" line="380"/>
        <source>Huisnummer</source>
        <translation>House number</translation>
    </message>
    <message>
        <location filename="../../app/ui/complaints/intake_form.py" line="381"/>
        <source>Postcode</source>
        <translation>Postcode</translation>
    </message>
    <message>
        <location filename="../../app/ui/complaints/intake_form.py" line="382"/>
        <source>Woonplaats</source>
        <translation>Town</translation>
    </message>
    <message>
        <location filename="../../app/ui/complaints/intake_form.py" line="390"/>
        <source>Registratie (secretariaat)</source>
        <translation>Registration (secretariat)</translation>
    </message>
    <message>
        <location filename="../../app/ui/complaints/intake_form.py" line="403"/>
        <source>met voorrang behandelen</source>
        <translation>handle with priority</translation>
    </message>
    <message>
        <location filename="../../app/ui/complaints/intake_form.py" line="404"/>
        <source>klager vraagt om een andere behandelaar</source>
        <translation>complainant asks for another handler</translation>
    </message>
    <message>
        <location filename="../../app/ui/complaints/intake_form.py" line="417"/>
        <source>K&amp;anaal:</source>
        <translation>Ch&amp;annel:</translation>
    </message>
    <message>
        <location filename="../../app/ui/complaints/intake_form.py" line="418"/>
        <source>Spoe&amp;d:</source>
        <translation>Urgen&amp;t:</translation>
    </message>
    <message>
        <location filename="../../app/ui/complaints/intake_form.py" line="419"/>
        <source>Be&amp;handelaar:</source>
        <translation>&amp;Handler:</translation>
    </message>
    <message>
        <location filename="../../app/ui/complaints/intake_form.py" line="420"/>
        <source>&amp;Bijlagen:</source>
        <translation>&amp;Attachments:</translation>
    </message>
    <message>
        <location filename="../../app/ui/complaints/intake_form.py" line="440"/>
        <source>Bij een signaal zijn contactgegevens niet verplicht: een signaal mag anoniem blijven.</source>
        <translation>Contact details are not required for a signal: a signal may remain anonymous.</translation>
    </message>
    <message>
        <location filename="../../app/ui/complaints/intake_form.py" line="448"/>
        <source>Vul minstens één manier in om de klager te bereiken: telefoonnummer, e-mailadres of adres.</source>
        <translation>Fill in at least one way to reach the complainant: phone number, email address or address.</translation>
    </message>
</context>
<context>
    <name>IntakeResultView</name>
    <message>
        <location filename="../../app/ui/complaints/intake_result.py" line="82"/>
        <location filename="../../app/ui/complaints/intake_result.py" line="167"/>
        <source>Klacht &amp;openen</source>
        <translation>&amp;Open complaint</translation>
    </message>
    <message>
        <location filename="../../app/ui/complaints/intake_result.py" line="84"/>
        <source>De zojuist geregistreerde klacht openen</source>
        <translation>Open the complaint just registered</translation>
    </message>
    <message>
        <location filename="../../app/ui/complaints/intake_result.py" line="111"/>
        <source>Contact met de klager uiterlijk:</source>
        <translation>Contact the complainant by:</translation>
    </message>
    <message>
        <location filename="../../app/ui/complaints/intake_result.py" line="112"/>
        <source>Beslissing uiterlijk:</source>
        <translation>Decision by:</translation>
    </message>
    <message>
        <location filename="../../app/ui/complaints/intake_result.py" line="115"/>
        <source>Een signaal krijgt geen reactie en geen termijnen; het telt mee bij de verbetering van de dienstverlening.</source>
        <translation>A signal gets no response and no deadlines; it counts towards improving the service.</translation>
    </message>
    <message>
        <location filename="../../app/ui/complaints/intake_result.py" line="120"/>
        <source>Lopende zaken die hiermee samenhangen</source>
        <translation>Open cases related to this one</translation>
    </message>
    <message>
        <location filename="../../app/ui/complaints/intake_result.py" line="122"/>
        <source>Dossiers</source>
        <translation>Files</translation>
    </message>
    <message>
        <location filename="../../app/ui/complaints/intake_result.py" line="125"/>
        <source>Taak aangemaakt voor de klachtcoördinator: informeer betrokken medewerkers</source>
        <translation>Task created for the complaints coordinator: inform the employees concerned</translation>
    </message>
    <message>
        <location filename="../../app/ui/complaints/intake_result.py" line="164"/>
        <source>Geregistreerd als %1</source>
        <translation>Registered as %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/complaints/intake_result.py" line="165"/>
        <source>Klacht</source>
        <translation>Complaint</translation>
    </message>
    <message>
        <location filename="../../app/ui/complaints/intake_result.py" line="165"/>
        <source>Signaal</source>
        <translation>Signal</translation>
    </message>
    <message>
        <location filename="../../app/ui/complaints/intake_result.py" line="169"/>
        <source>Signaal &amp;openen</source>
        <translation>&amp;Open signal</translation>
    </message>
    <message>
        <location filename="../../app/ui/complaints/intake_result.py" line="172"/>
        <source>%1, ontvangen op %2 per %3</source>
        <translation>%1, received on %2 by %3</translation>
    </message>
    <message>
        <location filename="../../app/ui/complaints/intake_result.py" line="178"/>
        <source>%1, van %2</source>
        <translation>%1, from %2</translation>
    </message>
    <message>
        <location filename="../../app/ui/complaints/intake_result.py" line="189"/>
        <source>nog geen behandelaar</source>
        <translation>no handler yet</translation>
    </message>
    <message>
        <location filename="../../app/ui/complaints/intake_result.py" line="192"/>
        <source>%1 — %2, %3 (%4)</source>
        <translation>%1 — %2, %3 (%4)</translation>
    </message>
</context>
<context>
    <name>JudgmentDialog</name>
    <message>
        <location filename="../../app/ui/workflow/judgment.py" line="133"/>
        <source>Oordeel</source>
        <translation>Judgment</translation>
    </message>
    <message>
        <location filename="../../app/ui/workflow/judgment.py" line="134"/>
        <source>Oordeel vastleggen</source>
        <translation>Record judgment</translation>
    </message>
    <message>
        <location filename="../../app/ui/workflow/judgment.py" line="136"/>
        <source>Geef per klachtonderdeel de bevindingen en het oordeel, en kies de behoorlijkheidsnormen die het raakt. Het oordeel over de hele klacht volgt uit de onderdelen.</source>
        <translation>For each part of the complaint, give the findings and the judgment, and choose the standards of proper conduct it concerns. The judgment on the whole complaint follows from the parts.</translation>
    </message>
    <message>
        <location filename="../../app/ui/workflow/judgment.py" line="182"/>
        <source>Oordeel over de hele klacht: volgt als elk onderdeel een oordeel heeft.</source>
        <translation>Judgment on the whole complaint: follows when each part has a judgment.</translation>
    </message>
    <message>
        <location filename="../../app/ui/workflow/judgment.py" line="186"/>
        <source>Oordeel over de hele klacht: %1</source>
        <translation>Judgment on the whole complaint: %1</translation>
    </message>
</context>
<context>
    <name>KeepPromiseDialog</name>
    <message>
        <location filename="../../app/ui/workflow/dialogs.py" line="227"/>
        <source>Toezegging nagekomen</source>
        <translation>Commitment fulfilled</translation>
    </message>
    <message>
        <location filename="../../app/ui/workflow/dialogs.py" line="228"/>
        <source>Nagekomen</source>
        <translation>Fulfilled</translation>
    </message>
    <message>
        <location filename="../../app/ui/workflow/dialogs.py" line="229"/>
        <source>Toezegging: %1</source>
        <translation>Commitment: %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/workflow/dialogs.py" line="232"/>
        <source>Nagekomen op</source>
        <translation>Fulfilled on</translation>
    </message>
</context>
<context>
    <name>LearningPage</name>
    <message>
        <location filename="../../app/ui/learning/page.py" line="45"/>
        <location filename="../../app/ui/learning/page.py" line="64"/>
        <source>Verbetervoorstellen</source>
        <translation>Improvement proposals</translation>
    </message>
    <message>
        <location filename="../../app/ui/learning/page.py" line="50"/>
        <source>Verbetervoorstellen worden beheerd door de klachtcoördinator en besloten door het MT. Hebt u dit scherm nodig voor uw werk, vraag dan de beheerder om de juiste rol.</source>
        <translation>Improvement proposals are managed by the complaints coordinator and decided on by management. If you need this screen for your work, ask the administrator for the right role.</translation>
    </message>
    <message>
        <location filename="../../app/ui/learning/page.py" line="61"/>
        <source>Formulieren</source>
        <translation>Forms</translation>
    </message>
</context>
<context>
    <name>LetterEditor</name>
    <message>
        <location filename="../../app/ui/workflow/letter_editor.py" line="79"/>
        <source>Tekst van de brief</source>
        <translation>Text of the letter</translation>
    </message>
    <message>
        <location filename="../../app/ui/workflow/letter_editor.py" line="82"/>
        <source>U kunt de tekst voor deze klacht aanpassen. De aangepaste tekst komt in de PDF, de e-mail en het Word-bestand; het sjabloon blijft zoals het is.</source>
        <translation>You can adjust the text for this complaint. The adjusted text goes into the PDF, the email and the Word file; the template stays as it is.</translation>
    </message>
    <message>
        <location filename="../../app/ui/workflow/letter_editor.py" line="91"/>
        <source>Aangepast voor deze klacht. Gegevens die u hieronder invult, komen pas in de tekst na &apos;Terug naar sjabloontekst&apos;.</source>
        <translation>Adjusted for this complaint. Details you fill in below only go into the text after &apos;Back to template text&apos;.</translation>
    </message>
    <message>
        <location filename="../../app/ui/workflow/letter_editor.py" line="96"/>
        <location filename="../../app/ui/workflow/letter_editor.py" line="166"/>
        <source>Terug naar sjabloontekst</source>
        <translation>Back to template text</translation>
    </message>
    <message>
        <location filename="../../app/ui/workflow/letter_editor.py" line="97"/>
        <source>Uw aanpassingen vervallen</source>
        <translation>Your adjustments are discarded</translation>
    </message>
    <message>
        <location filename="../../app/ui/workflow/letter_editor.py" line="142"/>
        <source>Onderwerp: %1</source>
        <translation>Subject: %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/workflow/letter_editor.py" line="161"/>
        <source>Terug naar sjabloontekst?</source>
        <translation>Back to template text?</translation>
    </message>
    <message>
        <location filename="../../app/ui/workflow/letter_editor.py" line="163"/>
        <source>Uw aanpassingen aan de tekst van deze brief vervallen; de tekst wordt weer die van het sjabloon, met de gegevens van deze klacht.</source>
        <translation>Your adjustments to the text of this letter are discarded; the text becomes that of the template again, with the details of this complaint.</translation>
    </message>
    <message>
        <location filename="../../app/ui/workflow/letter_editor.py" line="168"/>
        <source>Aanpassingen houden</source>
        <translation>Keep adjustments</translation>
    </message>
    <message>
        <location filename="../../app/ui/workflow/letter_editor.py" line="186"/>
        <source>Nog niet ingevuld — vul dit hieronder in of schrijf het zelf in de tekst (op de plaats van &apos;[in te vullen: …]&apos;):</source>
        <translation>Not filled in yet — fill this in below or write it in the text yourself (in place of &apos;[to be filled in: …]&apos;):</translation>
    </message>
    <message>
        <location filename="../../app/ui/workflow/letter_editor.py" line="205"/>
        <source>Aan: %1</source>
        <translation>To: %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/workflow/letter_editor.py" line="205"/>
        <source>Aan: (niemand bekend)</source>
        <translation>To: (no one known)</translation>
    </message>
    <message>
        <location filename="../../app/ui/workflow/letter_editor.py" line="208"/>
        <source>Datum: %1</source>
        <translation>Date: %1</translation>
    </message>
</context>
<context>
    <name>LetterRowsModel</name>
    <message>
        <location filename="../../app/ui/learning/inform_dialog.py" line="59"/>
        <source>Klacht</source>
        <translation>Complaint</translation>
    </message>
    <message>
        <location filename="../../app/ui/learning/inform_dialog.py" line="59"/>
        <source>Klager</source>
        <translation>Complainant</translation>
    </message>
    <message>
        <location filename="../../app/ui/learning/inform_dialog.py" line="59"/>
        <source>Vorm</source>
        <translation>Format</translation>
    </message>
    <message>
        <location filename="../../app/ui/learning/inform_dialog.py" line="62"/>
        <source>E-mail</source>
        <translation>Email</translation>
    </message>
    <message>
        <location filename="../../app/ui/learning/inform_dialog.py" line="62"/>
        <source>Brief (PDF, per post)</source>
        <translation>Letter (PDF, by post)</translation>
    </message>
    <message>
        <location filename="../../app/ui/learning/inform_dialog.py" line="81"/>
        <source>klager van %1</source>
        <translation>complainant of %1</translation>
    </message>
</context>
<context>
    <name>LettersTab</name>
    <message>
        <location filename="../../app/ui/workflow/letters_tab.py" line="106"/>
        <source>Brief</source>
        <translation>Letter</translation>
    </message>
    <message>
        <location filename="../../app/ui/workflow/letters_tab.py" line="108"/>
        <source>Brieven die nu passen</source>
        <translation>Letters that fit now</translation>
    </message>
    <message>
        <location filename="../../app/ui/workflow/letters_tab.py" line="111"/>
        <source>Vetgedrukt: de brief die nu aan de beurt is.</source>
        <translation>In bold: the letter that is due now.</translation>
    </message>
    <message>
        <location filename="../../app/ui/workflow/letters_tab.py" line="112"/>
        <source>Brief kiezen</source>
        <translation>Choose letter</translation>
    </message>
    <message>
        <location filename="../../app/ui/workflow/letters_tab.py" line="117"/>
        <source>Voorbeeld</source>
        <translation>Preview</translation>
    </message>
    <message>
        <location filename="../../app/ui/workflow/letters_tab.py" line="126"/>
        <location filename="../../app/ui/workflow/letters_tab.py" line="133"/>
        <location filename="../../app/ui/workflow/letters_tab.py" line="182"/>
        <source>Verzonden op</source>
        <translation>Sent on</translation>
    </message>
    <message>
        <location filename="../../app/ui/workflow/letters_tab.py" line="129"/>
        <source>Vink aan als de brief al is verstuurd; anders legt u het later vast.</source>
        <translation>Tick if the letter has already been sent; otherwise you record it later.</translation>
    </message>
    <message>
        <location filename="../../app/ui/workflow/letters_tab.py" line="138"/>
        <source>Opslaan als PDF…</source>
        <translation>Save as PDF…</translation>
    </message>
    <message>
        <location filename="../../app/ui/workflow/letters_tab.py" line="139"/>
        <source>Voor een brief per post</source>
        <translation>For a letter by post</translation>
    </message>
    <message>
        <location filename="../../app/ui/workflow/letters_tab.py" line="140"/>
        <source>Word-bestand maken…</source>
        <translation>Create Word file…</translation>
    </message>
    <message>
        <location filename="../../app/ui/workflow/letters_tab.py" line="142"/>
        <source>Dezelfde brief als Word-bestand, om in Word af te maken; per post</source>
        <translation>The same letter as a Word file, to finish in Word; by post</translation>
    </message>
    <message>
        <location filename="../../app/ui/workflow/letters_tab.py" line="145"/>
        <source>E-mail maken</source>
        <translation>Create email</translation>
    </message>
    <message>
        <location filename="../../app/ui/workflow/letters_tab.py" line="147"/>
        <source>Opent een concept in het e-mailprogramma, klaar om te versturen</source>
        <translation>Opens a draft in the email program, ready to send</translation>
    </message>
    <message>
        <location filename="../../app/ui/workflow/letters_tab.py" line="175"/>
        <location filename="../../app/ui/workflow/letters_tab.py" line="187"/>
        <source>Gemaakte brieven</source>
        <translation>Letters created</translation>
    </message>
    <message>
        <location filename="../../app/ui/workflow/letters_tab.py" line="178"/>
        <source>Soort</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../app/ui/workflow/letters_tab.py" line="179"/>
        <source>Onderwerp</source>
        <translation>Subject</translation>
    </message>
    <message>
        <location filename="../../app/ui/workflow/letters_tab.py" line="180"/>
        <source>Gemaakt</source>
        <translation>Created</translation>
    </message>
    <message>
        <location filename="../../app/ui/workflow/letters_tab.py" line="181"/>
        <source>Door</source>
        <translation>By</translation>
    </message>
    <message>
        <location filename="../../app/ui/workflow/letters_tab.py" line="199"/>
        <source>Er zijn nog geen brieven gemaakt.</source>
        <translation>No letters have been created yet.</translation>
    </message>
    <message>
        <location filename="../../app/ui/workflow/letters_tab.py" line="200"/>
        <source>Openen</source>
        <translation>Open</translation>
    </message>
    <message>
        <location filename="../../app/ui/workflow/letters_tab.py" line="201"/>
        <source>Opslaan als…</source>
        <translation>Save as…</translation>
    </message>
    <message>
        <location filename="../../app/ui/workflow/letters_tab.py" line="202"/>
        <source>Verzonden op…</source>
        <translation>Sent on…</translation>
    </message>
    <message>
        <location filename="../../app/ui/workflow/letters_tab.py" line="249"/>
        <source>Deze brief is nu aan de beurt.</source>
        <translation>This letter is due now.</translation>
    </message>
    <message>
        <location filename="../../app/ui/workflow/letters_tab.py" line="257"/>
        <source>Op een signaal wordt niet gereageerd; er hoort geen brief bij.</source>
        <translation>A signal gets no response; it has no letter.</translation>
    </message>
    <message>
        <location filename="../../app/ui/workflow/letters_tab.py" line="259"/>
        <source>Er zijn nu geen brieven die u bij deze klacht kunt maken.</source>
        <translation>There are no letters you can create for this complaint at the moment.</translation>
    </message>
    <message>
        <location filename="../../app/ui/workflow/letters_tab.py" line="279"/>
        <source>%1 (%2× gemaakt)</source>
        <translation>%1 (created %2×)</translation>
    </message>
    <message>
        <location filename="../../app/ui/workflow/letters_tab.py" line="319"/>
        <source>e-mail</source>
        <translation>email</translation>
    </message>
    <message>
        <location filename="../../app/ui/workflow/letters_tab.py" line="324"/>
        <source>nog niet</source>
        <translation>not yet</translation>
    </message>
    <message>
        <location filename="../../app/ui/workflow/letters_tab.py" line="354"/>
        <source>Gebruikelijk: per e-mail.</source>
        <translation>Usual: by email.</translation>
    </message>
    <message>
        <location filename="../../app/ui/workflow/letters_tab.py" line="356"/>
        <source>Gebruikelijk: per post (PDF), eventueel ook per e-mail.</source>
        <translation>Usual: by post (PDF), possibly also by email.</translation>
    </message>
    <message>
        <location filename="../../app/ui/workflow/letters_tab.py" line="386"/>
        <source>Vul de ontbrekende gegevens hieronder in.</source>
        <translation>Fill in the missing details below.</translation>
    </message>
    <message>
        <location filename="../../app/ui/workflow/letters_tab.py" line="437"/>
        <source>Nog niet alles ingevuld</source>
        <translation>Not everything filled in yet</translation>
    </message>
    <message>
        <location filename="../../app/ui/workflow/letters_tab.py" line="438"/>
        <source>In de brief is nog niet ingevuld:</source>
        <translation>Not yet filled in in the letter:</translation>
    </message>
    <message>
        <location filename="../../app/ui/workflow/letters_tab.py" line="443"/>
        <source>Vul dit in (in de velden onder de tekst of in de tekst zelf), of maak de brief zonder deze gegevens: die plaatsen blijven dan leeg.</source>
        <translation>Fill this in (in the fields below the text or in the text itself), or create the letter without these details: those places then stay empty.</translation>
    </message>
    <message>
        <location filename="../../app/ui/workflow/letters_tab.py" line="446"/>
        <source>Maken zonder deze gegevens</source>
        <translation>Create without these details</translation>
    </message>
    <message>
        <location filename="../../app/ui/workflow/letters_tab.py" line="448"/>
        <source>Eerst invullen</source>
        <translation>Fill in first</translation>
    </message>
    <message>
        <location filename="../../app/ui/workflow/letters_tab.py" line="467"/>
        <source>Brief opslaan als PDF</source>
        <translation>Save letter as PDF</translation>
    </message>
    <message>
        <location filename="../../app/ui/workflow/letters_tab.py" line="469"/>
        <source>Brief opslaan als Word-bestand</source>
        <translation>Save letter as Word file</translation>
    </message>
    <message>
        <location filename="../../app/ui/workflow/letters_tab.py" line="571"/>
        <source>Brief opslaan als</source>
        <translation>Save letter as</translation>
    </message>
</context>
<context>
    <name>ListsModel</name>
    <message>
        <location filename="../../app/ui/admin/retention_tab.py" line="138"/>
        <source>Lijst</source>
        <translation>List</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/retention_tab.py" line="139"/>
        <source>Peildatum</source>
        <translation>Reference date</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/retention_tab.py" line="140"/>
        <source>Klachten</source>
        <translation>Complaints</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/retention_tab.py" line="141"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/retention_tab.py" line="142"/>
        <source>Voorgesteld door</source>
        <translation>Proposed by</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/retention_tab.py" line="143"/>
        <source>Goedgekeurd door (archivaris)</source>
        <translation>Approved by (archivist)</translation>
    </message>
</context>
<context>
    <name>LoadingPage</name>
    <message>
        <location filename="../../app/ui/pages.py" line="71"/>
        <source>Laden…</source>
        <translation>Loading…</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../app/ui/main_window.py" line="88"/>
        <source>Dashboard</source>
        <translation>Dashboard</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="90"/>
        <source>Hier komt het overzicht van de werkvoorraad: instroom en uitstroom, openstaande klachten per behandelaar, hun ouderdom tegen de norm en de termijnen die bijna verlopen.</source>
        <translation>The overview of the workload comes here: intake and output, open complaints per handler, their age against the norm and the deadlines about to expire.</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="99"/>
        <source>Klachten</source>
        <translation>Complaints</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="101"/>
        <source>Hier komt het klachtenregister: klachten en signalen registreren, zoeken, een behandelaar toewijzen en de afhandeling volgen tot en met het oordeel.</source>
        <translation>The complaints register comes here: register and find complaints and signals, assign a handler and follow the handling up to the judgment.</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="109"/>
        <source>Vandaag</source>
        <translation>Today</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="111"/>
        <source>Wat vandaag aandacht vraagt: verlopen en komende termijnen, toe te wijzen klachten, formulieren, kaarten, toezeggingen en taken.</source>
        <translation>What needs attention today: expired and upcoming deadlines, complaints to assign, forms, cards, promises and tasks.</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="119"/>
        <source>Feedbackkaarten</source>
        <translation>Feedback cards</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="121"/>
        <source>Hier komen de groene en rode feedbackkaarten: versturen na de afhandeling, teruggekomen kaarten registreren en doorgeven aan de behandelaar.</source>
        <translation>The green and red feedback cards come here: send them after handling, register returned cards and pass them on to the handler.</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="129"/>
        <source>Verbetervoorstellen</source>
        <translation>Improvement proposals</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="131"/>
        <source>Hier komen de verbetervoorstellen: SMART vastleggen, laten besluiten door het MT en volgen tot ze gerealiseerd zijn.</source>
        <translation>The improvement proposals come here: record them SMART, have management decide, and follow them until they are carried out.</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="139"/>
        <source>Rapportages</source>
        <translation>Reports</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="141"/>
        <source>Hier komen de kwartaalrapportage voor het MT en het jaaroverzicht (Awb 9:12a), ook in een geanonimiseerde versie.</source>
        <translation>The quarterly report for management and the annual overview (Awb 9:12a) come here, also in an anonymised version.</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="147"/>
        <source>Beheer</source>
        <translation>Administration</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="162"/>
        <source>Gebruiker: %1 (%2)</source>
        <translation>User: %1 (%2)</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="206"/>
        <location filename="../../app/ui/main_window.py" line="266"/>
        <source>Interne Klachten</source>
        <translation>Internal Complaints</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="210"/>
        <source>Navigatie</source>
        <translation>Navigation</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="233"/>
        <source>Laden…</source>
        <translation>Loading…</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="228"/>
        <source>&amp;Bestand</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="446"/>
        <source>&amp;Nieuwe klacht…</source>
        <translation>&amp;New complaint…</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="449"/>
        <source>&amp;Importeren…</source>
        <translation>&amp;Import…</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="451"/>
        <source>&amp;Exporteren…</source>
        <translation>&amp;Export…</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="452"/>
        <source>De klachten in het register opslaan als Excel</source>
        <translation>Save the complaints in the register as Excel</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="480"/>
        <source>&amp;Afsluiten</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="229"/>
        <source>&amp;Ga naar</source>
        <translation>&amp;Go to</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="150"/>
        <source>Geanonimiseerd register</source>
        <translation>Anonymised register</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="230"/>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="462"/>
        <source>&amp;Woo-export…</source>
        <translation>&amp;Woo export…</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="464"/>
        <source>Documenten van klachten gelakt als PDF, met een inventarislijst</source>
        <translation>Documents of complaints redacted as PDF, with an inventory list</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="469"/>
        <source>Leeg &amp;klachtformulier opslaan (PDF)…</source>
        <translation>Save blank &amp;complaint form (PDF)…</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="472"/>
        <source>Het klachtformulier (bijlage 3) blanco, om af te drukken of op de website te zetten</source>
        <translation>The complaint form (annex 3), blank, to print or to put on the website</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="490"/>
        <source>&amp;Handleiding</source>
        <translation>&amp;Guide</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="493"/>
        <source>&amp;Sneltoetsen</source>
        <translation>&amp;Keyboard shortcuts</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="495"/>
        <source>&amp;Over Interne Klachten…</source>
        <translation>&amp;About Internal Complaints…</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="529"/>
        <source>Leeg klachtformulier opslaan</source>
        <translation>Save blank complaint form</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="530"/>
        <source>klachtformulier.pdf</source>
        <translation>complaint-form.pdf</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="531"/>
        <source>PDF-bestanden (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="537"/>
        <source>Het klachtformulier wordt gemaakt…</source>
        <translation>Making the complaint form…</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="551"/>
        <source>Leeg klachtformulier opgeslagen in %1</source>
        <translation>Blank complaint form saved in %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="558"/>
        <source>Niet opgeslagen</source>
        <translation>Not saved</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="560"/>
        <source>Het klachtformulier kon niet worden opgeslagen. Kies een map waarin u mag schrijven en waar ruimte is, en probeer het opnieuw.</source>
        <translation>The complaint form could not be saved. Choose a folder you may write to and that has space, and try again.</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="576"/>
        <location filename="../../app/ui/main_window.py" line="643"/>
        <source>Database: %1</source>
        <translation>Database: %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="636"/>
        <source>Interne Klachten, versie %1</source>
        <translation>Internal Complaints, version %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="639"/>
        <source>Voor het registreren, behandelen en leren van interne klachten (Algemene wet bestuursrecht, hoofdstuk 9).</source>
        <translation>For registering, handling and learning from internal complaints (General Administrative Law Act, chapter 9).</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="645"/>
        <source>Over Interne Klachten</source>
        <translation>About Internal Complaints</translation>
    </message>
</context>
<context>
    <name>ManagerCopyDialog</name>
    <message>
        <location filename="../../app/ui/workflow/dialogs.py" line="800"/>
        <source>Afschrift aan de leidinggevende</source>
        <translation>Copy to the manager</translation>
    </message>
    <message>
        <location filename="../../app/ui/workflow/dialogs.py" line="801"/>
        <source>Vastleggen</source>
        <translation>Record</translation>
    </message>
    <message>
        <location filename="../../app/ui/workflow/dialogs.py" line="803"/>
        <source>De leidinggevende van de betrokken medewerker krijgt een afschrift van de klacht bij de start (Awb 9:9), en van de afsluitende brief of e-mail.</source>
        <translation>The manager of the employee concerned receives a copy of the complaint at the start (Awb 9:9), and of the closing letter or email.</translation>
    </message>
    <message>
        <location filename="../../app/ui/workflow/dialogs.py" line="807"/>
        <source>bij de start: afschrift van de klacht</source>
        <translation>at the start: copy of the complaint</translation>
    </message>
    <message>
        <location filename="../../app/ui/workflow/dialogs.py" line="809"/>
        <source>bij de afsluiting: afschrift van de afsluitende brief of e-mail</source>
        <translation>at closure: copy of the closing letter or email</translation>
    </message>
    <message>
        <location filename="../../app/ui/workflow/dialogs.py" line="823"/>
        <source>Welk afschrift</source>
        <translation>Which copy</translation>
    </message>
    <message>
        <location filename="../../app/ui/workflow/dialogs.py" line="824"/>
        <source>Verstuurd op</source>
        <translation>Sent on</translation>
    </message>
</context>
<context>
    <name>MappingModel</name>
    <message>
        <location filename="../../app/ui/io/import_models.py" line="89"/>
        <source>Kolom in het bestand</source>
        <translation>Column in the file</translation>
    </message>
    <message>
        <location filename="../../app/ui/io/import_models.py" line="90"/>
        <source>Inlezen als</source>
        <translation>Import as</translation>
    </message>
    <message>
        <location filename="../../app/ui/io/import_models.py" line="91"/>
        <source>Voorbeeld uit het bestand</source>
        <translation>Example from the file</translation>
    </message>
</context>
<context>
    <name>MappingPage</name>
    <message>
        <location filename="../../app/ui/io/import_pages.py" line="206"/>
        <source>Kolommen koppelen</source>
        <translation>Map columns</translation>
    </message>
    <message>
        <location filename="../../app/ui/io/import_pages.py" line="208"/>
        <source>Kies voor elke kolom van het bestand in welk veld van het register die wordt ingelezen. Kolommen die het programma herkent zijn al gekoppeld; de keuze wordt onthouden voor bestanden met dezelfde kolommen.</source>
        <translation>For each column of the file, choose which field of the register it is imported into. Columns the program recognises are already mapped; the choice is remembered for files with the same columns.</translation>
    </message>
    <message>
        <location filename="../../app/ui/io/import_pages.py" line="215"/>
        <source>De koppeling die u de vorige keer voor dit soort bestand koos, is overgenomen.</source>
        <translation>The mapping you chose last time for this kind of file has been applied.</translation>
    </message>
    <message>
        <location filename="../../app/ui/io/import_pages.py" line="221"/>
        <source>Koppeling van de kolommen</source>
        <translation>Column mapping</translation>
    </message>
    <message>
        <location filename="../../app/ui/io/import_pages.py" line="261"/>
        <source>Worden niet ingelezen: %1.</source>
        <translation>Not imported: %1.</translation>
    </message>
    <message>
        <location filename="../../app/ui/io/import_pages.py" line="264"/>
        <source>Alle kolommen worden ingelezen.</source>
        <translation>All columns are imported.</translation>
    </message>
    <message>
        <location filename="../../app/ui/io/import_pages.py" line="268"/>
        <source>Niet gekoppeld: %1. Zonder deze gegevens kan geen nieuwe klacht worden ingelezen; rijen die een bestaand nummer bijwerken, kunnen wel.</source>
        <translation>Not mapped: %1. Without these details no new complaint can be imported; rows that update an existing number can.</translation>
    </message>
    <message>
        <location filename="../../app/ui/io/import_pages.py" line="278"/>
        <source>Aan %1 zijn meer kolommen gekoppeld; kies er één.</source>
        <translation>More than one column is mapped to %1; choose one.</translation>
    </message>
</context>
<context>
    <name>MatchCard</name>
    <message>
        <location filename="../../app/ui/complaints/complainant_matches.py" line="92"/>
        <source>(naam onbekend)</source>
        <translation>(name unknown)</translation>
    </message>
    <message>
        <location filename="../../app/ui/complaints/complainant_matches.py" line="102"/>
        <source>Gevonden op: %1</source>
        <translation>Found by: %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/complaints/complainant_matches.py" line="105"/>
        <source>Open klachten: %1</source>
        <translation>Open complaints: %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/complaints/complainant_matches.py" line="107"/>
        <source>Geen open klachten</source>
        <translation>No open complaints</translation>
    </message>
    <message>
        <location filename="../../app/ui/complaints/complainant_matches.py" line="114"/>
        <source>NAW-kenmerken: %1</source>
        <translation>Name and address details: %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/complaints/complainant_matches.py" line="116"/>
        <source>Deze klager gebruiken</source>
        <translation>Use this complainant</translation>
    </message>
    <message>
        <location filename="../../app/ui/complaints/complainant_matches.py" line="119"/>
        <source>Deze klager gebruiken: %1</source>
        <translation>Use this complainant: %1</translation>
    </message>
</context>
<context>
    <name>MergeComplainantsDialog</name>
    <message>
        <location filename="../../app/ui/complaints/merge_dialog.py" line="226"/>
        <location filename="../../app/ui/complaints/merge_dialog.py" line="331"/>
        <source>Klagers samenvoegen</source>
        <translation>Merge complainants</translation>
    </message>
    <message>
        <location filename="../../app/ui/complaints/merge_dialog.py" line="231"/>
        <source>Staat één persoon er twee keer in? Zoek links de klager die verdwijnt en rechts de klager die blijft. Alle klachten en NAW-kenmerken gaan naar de klager rechts; lege contactgegevens rechts worden aangevuld van links.</source>
        <translation>Is one person in the list twice? Search on the left for the complainant who disappears and on the right for the complainant who stays. All complaints and name and address details go to the complainant on the right; empty contact details on the right are filled in from the left.</translation>
    </message>
    <message>
        <location filename="../../app/ui/complaints/merge_dialog.py" line="239"/>
        <source>Alleen de klachtcoördinator mag klagers samenvoegen.</source>
        <translation>Only the complaints coordinator may merge complainants.</translation>
    </message>
    <message>
        <location filename="../../app/ui/complaints/merge_dialog.py" line="242"/>
        <source>Samenvoegen van</source>
        <translation>Merge from</translation>
    </message>
    <message>
        <location filename="../../app/ui/complaints/merge_dialog.py" line="242"/>
        <source>&amp;Zoeken:</source>
        <translation>&amp;Search:</translation>
    </message>
    <message>
        <location filename="../../app/ui/complaints/merge_dialog.py" line="244"/>
        <location filename="../../app/ui/complaints/merge_dialog.py" line="251"/>
        <source>naar</source>
        <translation>into</translation>
    </message>
    <message>
        <location filename="../../app/ui/complaints/merge_dialog.py" line="244"/>
        <source>Z&amp;oeken:</source>
        <translation>S&amp;earch:</translation>
    </message>
    <message>
        <location filename="../../app/ui/complaints/merge_dialog.py" line="265"/>
        <source>&amp;Samenvoegen…</source>
        <translation>&amp;Merge…</translation>
    </message>
    <message>
        <location filename="../../app/ui/complaints/merge_dialog.py" line="269"/>
        <source>Sluiten</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../app/ui/complaints/merge_dialog.py" line="327"/>
        <location filename="../../app/ui/complaints/merge_dialog.py" line="328"/>
        <location filename="../../app/ui/complaints/merge_dialog.py" line="351"/>
        <location filename="../../app/ui/complaints/merge_dialog.py" line="352"/>
        <source>(naam onbekend)</source>
        <translation>(name unknown)</translation>
    </message>
    <message>
        <location filename="../../app/ui/complaints/merge_dialog.py" line="334"/>
        <source>Alle klachten en kenmerken van %1 gaan naar %2. Dit kan niet ongedaan worden gemaakt.</source>
        <translation>All complaints and details of %1 go to %2. This cannot be undone.</translation>
    </message>
    <message>
        <location filename="../../app/ui/complaints/merge_dialog.py" line="340"/>
        <source>Samenvoegen</source>
        <translation>Merge</translation>
    </message>
    <message>
        <location filename="../../app/ui/complaints/merge_dialog.py" line="350"/>
        <source>Samengevoegd: %1 is nu onderdeel van %2.</source>
        <translation>Merged: %1 is now part of %2.</translation>
    </message>
</context>
<context>
    <name>MissingValuesBox</name>
    <message>
        <location filename="../../app/ui/workflow/letter_editor.py" line="219"/>
        <source>Nog in te vullen</source>
        <translation>Still to be filled in</translation>
    </message>
</context>
<context>
    <name>NameChoiceModel</name>
    <message>
        <location filename="../../app/ui/io/import_models.py" line="319"/>
        <source>Rij</source>
        <translation>Row</translation>
    </message>
    <message>
        <location filename="../../app/ui/io/import_models.py" line="320"/>
        <source>Klager in het bestand</source>
        <translation>Complainant in the file</translation>
    </message>
    <message>
        <location filename="../../app/ui/io/import_models.py" line="321"/>
        <source>Zekerheid</source>
        <translation>Certainty</translation>
    </message>
    <message>
        <location filename="../../app/ui/io/import_models.py" line="322"/>
        <source>Voorstel gebruiken</source>
        <translation>Use suggestion</translation>
    </message>
    <message>
        <location filename="../../app/ui/io/import_models.py" line="323"/>
        <source>Voorletters</source>
        <translation>Initials</translation>
    </message>
    <message>
        <location filename="../../app/ui/io/import_models.py" line="324"/>
        <source>Roepnaam</source>
        <translation>First name</translation>
    </message>
    <message>
        <location filename="../../app/ui/io/import_models.py" line="325"/>
        <source>Tussenvoegsel</source>
        <translation>Name prefix</translation>
    </message>
    <message>
        <location filename="../../app/ui/io/import_models.py" line="326"/>
        <source>Achternaam</source>
        <translation>Surname</translation>
    </message>
    <message>
        <location filename="../../app/ui/io/import_models.py" line="376"/>
        <source>Aangevinkt: de naam wordt opgeslagen zoals in de kolommen rechts. Niet aangevinkt: de hele naam wordt de achternaam.</source>
        <translation>Ticked: the name is saved as in the columns on the right. Not ticked: the whole name becomes the surname.</translation>
    </message>
    <message>
        <location filename="../../app/ui/io/import_models.py" line="387"/>
        <source>onzeker</source>
        <translation>uncertain</translation>
    </message>
</context>
<context>
    <name>NotableBox</name>
    <message>
        <location filename="../../app/ui/complaints/notable_box.py" line="21"/>
        <source>Opvallende zaak (jaarverslag)</source>
        <translation>Notable case (annual report)</translation>
    </message>
    <message>
        <location filename="../../app/ui/complaints/notable_box.py" line="30"/>
        <source>Laat leeg als deze klacht niet opvalt. Noem geen namen.</source>
        <translation>Leave empty if this complaint is not notable. Do not mention names.</translation>
    </message>
    <message>
        <location filename="../../app/ui/complaints/notable_box.py" line="27"/>
        <source>Samenvatting opslaan</source>
        <translation>Save summary</translation>
    </message>
    <message>
        <location filename="../../app/ui/complaints/notable_box.py" line="23"/>
        <source>Een korte, geanonimiseerde samenvatting; het jaarverslag noemt haar onder &apos;Opvallende zaken&apos;.</source>
        <translation>A short, anonymised summary; the annual report lists it under &apos;Notable cases&apos;.</translation>
    </message>
    <message>
        <location filename="../../app/ui/complaints/notable_box.py" line="45"/>
        <source>Iemand anders heeft deze klacht intussen gewijzigd. Uw tekst staat er nog; kies opnieuw Opslaan.</source>
        <translation>Someone else has changed this complaint in the meantime. Your text is still there; choose Save again.</translation>
    </message>
    <message>
        <source>Opgeslagen.</source>
        <translation type="vanished">Saved.</translation>
    </message>
</context>
<context>
    <name>NotesTab</name>
    <message>
        <location filename="../../app/ui/complaints/detail_tabs.py" line="135"/>
        <location filename="../../app/ui/complaints/detail_tabs.py" line="180"/>
        <source>Wanneer</source>
        <translation>When</translation>
    </message>
    <message>
        <location filename="../../app/ui/complaints/detail_tabs.py" line="136"/>
        <location filename="../../app/ui/complaints/detail_tabs.py" line="174"/>
        <source>Kanaal</source>
        <translation>Channel</translation>
    </message>
    <message>
        <location filename="../../app/ui/complaints/detail_tabs.py" line="137"/>
        <location filename="../../app/ui/complaints/detail_tabs.py" line="176"/>
        <source>Met wie</source>
        <translation>With whom</translation>
    </message>
    <message>
        <location filename="../../app/ui/complaints/detail_tabs.py" line="138"/>
        <source>Door wie</source>
        <translation>By whom</translation>
    </message>
    <message>
        <location filename="../../app/ui/complaints/detail_tabs.py" line="139"/>
        <location filename="../../app/ui/complaints/detail_tabs.py" line="183"/>
        <source>Samenvatting</source>
        <translation>Summary</translation>
    </message>
    <message>
        <location filename="../../app/ui/complaints/detail_tabs.py" line="143"/>
        <source>Contactnotities</source>
        <translation>Contact notes</translation>
    </message>
    <message>
        <location filename="../../app/ui/complaints/detail_tabs.py" line="145"/>
        <source>Er zijn nog geen contactnotities.</source>
        <translation>There are no contact notes yet.</translation>
    </message>
    <message>
        <location filename="../../app/ui/complaints/detail_tabs.py" line="147"/>
        <source>Nieuwe contactnotitie</source>
        <translation>New contact note</translation>
    </message>
    <message>
        <location filename="../../app/ui/complaints/detail_tabs.py" line="151"/>
        <source>Moment van contact</source>
        <translation>Time of contact</translation>
    </message>
    <message>
        <location filename="../../app/ui/complaints/detail_tabs.py" line="155"/>
        <source>klager</source>
        <translation>complainant</translation>
    </message>
    <message>
        <location filename="../../app/ui/complaints/detail_tabs.py" line="160"/>
        <source>Wat is er gezegd of afgesproken? Bijvoorbeeld: excuses aangeboden, terugbellen op vrijdag.</source>
        <translation>What was said or agreed? For example: apologies offered, call back on Friday.</translation>
    </message>
    <message>
        <location filename="../../app/ui/complaints/detail_tabs.py" line="166"/>
        <source>Notitie toevoegen</source>
        <translation>Add note</translation>
    </message>
    <message>
        <location filename="../../app/ui/complaints/detail_tabs.py" line="201"/>
        <source>Contactnotities worden gemaakt door de behandelaar.</source>
        <translation>Contact notes are made by the handler.</translation>
    </message>
</context>
<context>
    <name>OmbudsmanBox</name>
    <message>
        <location filename="../../app/ui/complaints/ombudsman_box.py" line="25"/>
        <source>Nationale ombudsman</source>
        <translation>National Ombudsman</translation>
    </message>
    <message>
        <location filename="../../app/ui/complaints/ombudsman_box.py" line="23"/>
        <source>Doorgestuurd naar de Nationale ombudsman op</source>
        <translation>Referred to the National Ombudsman on</translation>
    </message>
    <message>
        <location filename="../../app/ui/complaints/ombudsman_box.py" line="31"/>
        <source>Datum opslaan</source>
        <translation>Save date</translation>
    </message>
    <message>
        <location filename="../../app/ui/complaints/ombudsman_box.py" line="27"/>
        <source>Ging de klager na de afhandeling naar de Nationale ombudsman? Dan blijft het dossier langer bewaard. Zet het vinkje uit om de datum te wissen.</source>
        <translation>Did the complainant go to the National Ombudsman after the handling? Then the file is kept longer. Untick the box to clear the date.</translation>
    </message>
    <message>
        <location filename="../../app/ui/complaints/ombudsman_box.py" line="48"/>
        <source>Iemand anders heeft deze klacht intussen gewijzigd. Uw datum staat er nog; kies opnieuw Opslaan.</source>
        <translation>Someone else has changed this complaint in the meantime. Your date is still there; choose Save again.</translation>
    </message>
    <message>
        <source>Opgeslagen.</source>
        <translation type="vanished">Saved.</translation>
    </message>
</context>
<context>
    <name>OrganisationTab</name>
    <message>
        <location filename="../../app/ui/admin/organisation_tab.py" line="44"/>
        <source>Straat en huisnummer, of Postbus 12345</source>
        <translation>Street and house number, or PO Box 12345</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/organisation_tab.py" line="46"/>
        <source>1234 AB</source>
        <translation>1234 AB</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/organisation_tab.py" line="51"/>
        <source>020 123 4567</source>
        <translation>020 123 4567</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/organisation_tab.py" line="53"/>
        <source>info@voorbeeld.nl</source>
        <translation>info@example.nl</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/organisation_tab.py" line="55"/>
        <source>www.voorbeeld.nl</source>
        <translation>www.example.nl</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/organisation_tab.py" line="57"/>
        <source>klachten@voorbeeld.nl</source>
        <translation>complaints@example.nl</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/organisation_tab.py" line="60"/>
        <location filename="../../app/ui/admin/organisation_tab.py" line="66"/>
        <source> MB</source>
        <translation> MB</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/organisation_tab.py" line="63"/>
        <source>Grootste bijlage in MB</source>
        <translation>Largest attachment in MB</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/organisation_tab.py" line="69"/>
        <source>Alle bijlagen van één klacht samen in MB</source>
        <translation>All attachments of one complaint together in MB</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/organisation_tab.py" line="72"/>
        <source>Organisatie</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/organisation_tab.py" line="73"/>
        <source>Deze gegevens staan in het briefhoofd en onder de e-mails.</source>
        <translation>These details appear in the letterhead and below the emails.</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/organisation_tab.py" line="75"/>
        <source>Naam *</source>
        <translation>Name *</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/organisation_tab.py" line="76"/>
        <source>Adres</source>
        <translation>Address</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/organisation_tab.py" line="77"/>
        <source>Postcode</source>
        <translation>Postcode</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/organisation_tab.py" line="78"/>
        <source>Plaats</source>
        <translation>Town</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/organisation_tab.py" line="79"/>
        <source>Telefoon</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/organisation_tab.py" line="80"/>
        <source>E-mail</source>
        <translation>Email</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/organisation_tab.py" line="81"/>
        <source>Website</source>
        <translation>Website</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/organisation_tab.py" line="82"/>
        <source>Brieven en e-mail</source>
        <translation>Letters and email</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/organisation_tab.py" line="85"/>
        <source>Afzender van e-mails</source>
        <translation>Sender of emails</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/organisation_tab.py" line="88"/>
        <source>Het adres waarvandaan brieven per e-mail worden verstuurd.</source>
        <translation>The address from which letters are sent by email.</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/organisation_tab.py" line="90"/>
        <source>Bijlagen</source>
        <translation>Attachments</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/organisation_tab.py" line="93"/>
        <source>Grootste bijlage</source>
        <translation>Largest attachment</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/organisation_tab.py" line="96"/>
        <source>Bestanden die groter zijn, worden niet bij een klacht opgeslagen.</source>
        <translation>Files that are larger are not saved with a complaint.</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/organisation_tab.py" line="100"/>
        <source>Alle bijlagen van één klacht samen</source>
        <translation>All attachments of one complaint together</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/organisation_tab.py" line="104"/>
        <source>Meer wordt niet bij één klacht opgeslagen, ook niet als volgstuk; zo blijven de database en de reservekopieën hanteerbaar.</source>
        <translation>More than this is not saved with one complaint, not even as a follow-up document; this keeps the database and the backups manageable.</translation>
    </message>
</context>
<context>
    <name>PartEditor</name>
    <message>
        <location filename="../../app/ui/workflow/judgment.py" line="43"/>
        <source>Onderdeel %1</source>
        <translation>Part %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/workflow/judgment.py" line="54"/>
        <source>Bevindingen bij onderdeel %1</source>
        <translation>Findings on part %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/workflow/judgment.py" line="57"/>
        <source>Wat is er gebeurd, wat zeggen klager en medewerker, wat is vastgesteld?</source>
        <translation>What happened, what do the complainant and employee say, what has been established?</translation>
    </message>
    <message>
        <location filename="../../app/ui/workflow/judgment.py" line="65"/>
        <source>Oordeel:</source>
        <translation>Judgment:</translation>
    </message>
    <message>
        <location filename="../../app/ui/workflow/judgment.py" line="93"/>
        <source>Behoorlijkheidsnormen die het onderdeel raakt:</source>
        <translation>Standards of proper conduct the part concerns:</translation>
    </message>
    <message>
        <location filename="../../app/ui/workflow/judgment.py" line="98"/>
        <source>Bevindingen</source>
        <translation>Findings</translation>
    </message>
</context>
<context>
    <name>PendingModel</name>
    <message>
        <location filename="../../app/ui/anonymised/approval_tab.py" line="52"/>
        <source>Nummer</source>
        <translation>Number</translation>
    </message>
    <message>
        <location filename="../../app/ui/anonymised/approval_tab.py" line="52"/>
        <source>Maand ontvangen</source>
        <translation>Month received</translation>
    </message>
    <message>
        <location filename="../../app/ui/anonymised/approval_tab.py" line="52"/>
        <source>Onderwerp</source>
        <translation>Subject</translation>
    </message>
</context>
<context>
    <name>PersistentComplainantDialog</name>
    <message>
        <location filename="../../app/ui/complaints/persistent_dialog.py" line="46"/>
        <source>Geen reactie meer</source>
        <translation>No further response</translation>
    </message>
    <message>
        <location filename="../../app/ui/complaints/persistent_dialog.py" line="62"/>
        <source>&amp;Onderwerpen:</source>
        <translation>&amp;Subjects:</translation>
    </message>
    <message>
        <location filename="../../app/ui/complaints/persistent_dialog.py" line="63"/>
        <source>&amp;Mededeling aan de klager op:</source>
        <translation>&amp;Notice to the complainant on:</translation>
    </message>
    <message>
        <location filename="../../app/ui/complaints/persistent_dialog.py" line="69"/>
        <source>Opslaan</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../app/ui/complaints/persistent_dialog.py" line="70"/>
        <source>Annuleren</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../app/ui/complaints/persistent_dialog.py" line="71"/>
        <source>Opheffen</source>
        <translation>Lift</translation>
    </message>
    <message>
        <location filename="../../app/ui/complaints/persistent_dialog.py" line="72"/>
        <source>Weer op alle onderwerpen reageren</source>
        <translation>Respond on all subjects again</translation>
    </message>
    <message>
        <location filename="../../app/ui/complaints/persistent_dialog.py" line="83"/>
        <source>Leg vast op welke onderwerpen de organisatie deze klager niet meer antwoordt, en wanneer dat aan de klager is meegedeeld. Wie een nieuwe klacht van deze klager registreert, ziet een waarschuwing.</source>
        <translation>Record on which subjects the organisation no longer responds to this complainant, and when the complainant was informed. Anyone registering a new complaint from this complainant sees a warning.</translation>
    </message>
</context>
<context>
    <name>PlaceholderPage</name>
    <message>
        <location filename="../../app/ui/pages.py" line="52"/>
        <source>Dit onderdeel is nog in ontwikkeling.</source>
        <translation>This part is still being developed.</translation>
    </message>
</context>
<context>
    <name>PlanModel</name>
    <message>
        <location filename="../../app/ui/io/import_models.py" line="225"/>
        <source>Rij</source>
        <translation>Row</translation>
    </message>
    <message>
        <location filename="../../app/ui/io/import_models.py" line="226"/>
        <source>Actie</source>
        <translation>Action</translation>
    </message>
    <message>
        <location filename="../../app/ui/io/import_models.py" line="227"/>
        <source>Nummer</source>
        <translation>Number</translation>
    </message>
    <message>
        <location filename="../../app/ui/io/import_models.py" line="228"/>
        <source>Wijzigingen</source>
        <translation>Changes</translation>
    </message>
    <message>
        <location filename="../../app/ui/io/import_models.py" line="229"/>
        <source>Omschrijving</source>
        <translation>Description</translation>
    </message>
    <message>
        <location filename="../../app/ui/io/import_models.py" line="259"/>
        <source>(nieuw nummer)</source>
        <translation>(new number)</translation>
    </message>
    <message>
        <location filename="../../app/ui/io/import_models.py" line="267"/>
        <source>fout in: %1</source>
        <translation>error in: %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/io/import_models.py" line="271"/>
        <source>nieuwe klacht</source>
        <translation>new complaint</translation>
    </message>
    <message>
        <location filename="../../app/ui/io/import_models.py" line="272"/>
        <source>staat al zo in het register</source>
        <translation>already in the register like this</translation>
    </message>
</context>
<context>
    <name>ProblemModel</name>
    <message>
        <location filename="../../app/ui/io/import_models.py" line="280"/>
        <source>Rij</source>
        <translation>Row</translation>
    </message>
    <message>
        <location filename="../../app/ui/io/import_models.py" line="280"/>
        <source>Kolom</source>
        <translation>Column</translation>
    </message>
    <message>
        <location filename="../../app/ui/io/import_models.py" line="280"/>
        <source>Melding</source>
        <translation>Message</translation>
    </message>
    <message>
        <location filename="../../app/ui/io/import_models.py" line="302"/>
        <source>kopregel</source>
        <translation>header row</translation>
    </message>
</context>
<context>
    <name>ProfileForm</name>
    <message>
        <location filename="../../app/ui/admin/regulation_tab.py" line="43"/>
        <source>week</source>
        <translation>week</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/regulation_tab.py" line="43"/>
        <source>weken</source>
        <translation>weeks</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/regulation_tab.py" line="46"/>
        <source>bijvoorbeeld: Klachtregeling 2026</source>
        <translation>for example: Complaints regulation 2026</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/regulation_tab.py" line="48"/>
        <source>werkdag</source>
        <translation>working day</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/regulation_tab.py" line="48"/>
        <source>werkdagen</source>
        <translation>working days</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/regulation_tab.py" line="54"/>
        <source>week </source>
        <translation>week </translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/regulation_tab.py" line="60"/>
        <source>bijvoorbeeld: J. de Vries</source>
        <translation>for example: J. de Vries</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/regulation_tab.py" line="62"/>
        <source>bijvoorbeeld: directeur</source>
        <translation>for example: director</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/regulation_tab.py" line="65"/>
        <source>Klachtregeling</source>
        <translation>Complaints regulation</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/regulation_tab.py" line="67"/>
        <source>De termijnen van de klachtregeling. Standaard zijn dat die van de Algemene wet bestuursrecht (Awb), hoofdstuk 9, en de beloften van de organisatie.</source>
        <translation>The deadlines of the complaints regulation. By default these are those of the General Administrative Law Act (Awb), chapter 9, and the organisation&apos;s own commitments.</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/regulation_tab.py" line="73"/>
        <source>Naam van de regeling *</source>
        <translation>Name of the regulation *</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/regulation_tab.py" line="76"/>
        <source>Elke wijziging wordt bewaard als nieuwe versie van de regeling.</source>
        <translation>Each change is saved as a new version of the regulation.</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/regulation_tab.py" line="80"/>
        <source>Persoonlijk contact binnen</source>
        <translation>Personal contact within</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/regulation_tab.py" line="84"/>
        <source>Belofte van de organisatie (standaard 5 werkdagen na ontvangst). Weekenden, feestdagen en sluitingsdagen tellen niet mee.</source>
        <translation>Commitment of the organisation (default 5 working days after receipt). Weekends, public holidays and closing days do not count.</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/regulation_tab.py" line="90"/>
        <source>Beslissing binnen</source>
        <translation>Decision within</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/regulation_tab.py" line="94"/>
        <source>Awb 9:11: binnen zes weken na ontvangst van de klacht. Eindigt een wettelijke termijn op een weekend- of feestdag, dan loopt hij door tot de eerstvolgende andere dag (Algemene termijnenwet).</source>
        <translation>Awb 9:11: within six weeks of receipt of the complaint. If a statutory deadline ends on a weekend day or public holiday, it runs on until the next other day (Algemene termijnenwet).</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/regulation_tab.py" line="101"/>
        <source>Verdaging ten hoogste</source>
        <translation>Extension at most</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/regulation_tab.py" line="105"/>
        <source>Awb 9:11: eenmaal, ten hoogste vier weken, met schriftelijke mededeling. Langer alleen met schriftelijke instemming van de klager.</source>
        <translation>Awb 9:11: once, at most four weeks, with written notice. Longer only with the complainant&apos;s written consent.</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/regulation_tab.py" line="111"/>
        <source>Bericht van niet-behandelen binnen</source>
        <translation>Notice of non-handling within</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/regulation_tab.py" line="115"/>
        <source>Awb 9:8: de klager hoort binnen vier weken na ontvangst dat de klacht niet in behandeling wordt genomen.</source>
        <translation>Awb 9:8: the complainant hears within four weeks of receipt that the complaint will not be dealt with.</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/regulation_tab.py" line="121"/>
        <source>Uitstelbericht in</source>
        <translation>Postponement notice in</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/regulation_tab.py" line="125"/>
        <source>Praktijk: de klager krijgt in de tweede week bericht als de verwachte datum niet wordt gehaald.</source>
        <translation>Practice: the complainant is informed in the second week if the expected date will not be met.</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/regulation_tab.py" line="129"/>
        <source>Ombudsman</source>
        <translation>Ombudsman</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/regulation_tab.py" line="132"/>
        <source>Ombudsman *</source>
        <translation>Ombudsman *</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/regulation_tab.py" line="135"/>
        <source>Awb 9:12: de beslissing noemt tot welke ombudsman de klager kan gaan.</source>
        <translation>Awb 9:12: the decision states which ombudsman the complainant can turn to.</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/regulation_tab.py" line="139"/>
        <source>Termijn voor de ombudsman</source>
        <translation>Deadline for the ombudsman</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/regulation_tab.py" line="142"/>
        <source>Bij de Nationale ombudsman: binnen een jaar (52 weken) na de beslissing.</source>
        <translation>With the National Ombudsman: within one year (52 weeks) of the decision.</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/regulation_tab.py" line="145"/>
        <source>Ondertekening van de beslissing</source>
        <translation>Signing of the decision</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/regulation_tab.py" line="147"/>
        <source>De beslissing op een formele klacht wordt ondertekend door het hoofd van de eenheid of de directeur, niet door de behandelaar. Leeg: de behandelaar ondertekent. Per klacht is een andere ondertekenaar in te stellen.</source>
        <translation>The decision on a formal complaint is signed by the head of the unit or the director, not by the handler. Empty: the handler signs. A different signatory can be set per complaint.</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/regulation_tab.py" line="152"/>
        <source>Ondertekenaar</source>
        <translation>Signatory</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/regulation_tab.py" line="153"/>
        <source>Functie</source>
        <translation>Position</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/regulation_tab.py" line="157"/>
        <source>Geldt voor klachten die vanaf nu binnenkomen; lopende klachten houden hun termijnen.</source>
        <translation>Applies to complaints received from now on; current complaints keep their deadlines.</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/regulation_tab.py" line="162"/>
        <source>De regeling opslaan als nieuwe versie voor nieuwe klachten (Ctrl+S)</source>
        <translation>Save the regulation as a new version for new complaints (Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/regulation_tab.py" line="220"/>
        <source>Opgeslagen om %1. De nieuwe termijnen gelden voor klachten die vanaf nu binnenkomen.</source>
        <translation>Saved at %1. The new deadlines apply to complaints received from now on.</translation>
    </message>
</context>
<context>
    <name>PromiseDialog</name>
    <message>
        <location filename="../../app/ui/workflow/dialogs.py" line="197"/>
        <location filename="../../app/ui/workflow/dialogs.py" line="208"/>
        <source>Toezegging</source>
        <translation>Commitment</translation>
    </message>
    <message>
        <location filename="../../app/ui/workflow/dialogs.py" line="198"/>
        <source>Toezegging vastleggen</source>
        <translation>Record commitment</translation>
    </message>
    <message>
        <location filename="../../app/ui/workflow/dialogs.py" line="200"/>
        <source>Wat is de klager beloofd, en wanneer? De toezegging blijft in Vandaag staan tot ze is nagekomen.</source>
        <translation>What was the complainant promised, and by when? The commitment stays in Today until it has been fulfilled.</translation>
    </message>
    <message>
        <location filename="../../app/ui/workflow/dialogs.py" line="205"/>
        <source>Bijvoorbeeld: u hoort vrijdag of uw dossier compleet is.</source>
        <translation>For example: you will hear on Friday whether your file is complete.</translation>
    </message>
    <message>
        <location filename="../../app/ui/workflow/dialogs.py" line="209"/>
        <source>Uiterlijk op</source>
        <translation>No later than</translation>
    </message>
</context>
<context>
    <name>ProposalEditor</name>
    <message>
        <location filename="../../app/ui/learning/proposal_editor.py" line="161"/>
        <source>Voorstel (SMART)</source>
        <translation>Proposal (SMART)</translation>
    </message>
    <message>
        <location filename="../../app/ui/learning/proposal_editor.py" line="164"/>
        <source>Titel</source>
        <translation>Title</translation>
    </message>
    <message>
        <location filename="../../app/ui/learning/proposal_editor.py" line="166"/>
        <source>Specifiek</source>
        <translation>Specific</translation>
    </message>
    <message>
        <location filename="../../app/ui/learning/proposal_editor.py" line="167"/>
        <source>Wat verandert er precies, en voor wie?</source>
        <translation>What exactly changes, and for whom?</translation>
    </message>
    <message>
        <location filename="../../app/ui/learning/proposal_editor.py" line="168"/>
        <source>Meetbaar (indicator)</source>
        <translation>Measurable (indicator)</translation>
    </message>
    <message>
        <location filename="../../app/ui/learning/proposal_editor.py" line="169"/>
        <source>Waaraan ziet u dat het gelukt is?</source>
        <translation>How will you see that it has worked?</translation>
    </message>
    <message>
        <location filename="../../app/ui/learning/proposal_editor.py" line="170"/>
        <source>Acceptabel</source>
        <translation>Acceptable</translation>
    </message>
    <message>
        <location filename="../../app/ui/learning/proposal_editor.py" line="171"/>
        <source>Wie moeten het steunen, en doen ze dat?</source>
        <translation>Who needs to support it, and do they?</translation>
    </message>
    <message>
        <location filename="../../app/ui/learning/proposal_editor.py" line="172"/>
        <source>Realistisch</source>
        <translation>Realistic</translation>
    </message>
    <message>
        <location filename="../../app/ui/learning/proposal_editor.py" line="173"/>
        <source>Waarom is het haalbaar?</source>
        <translation>Why is it feasible?</translation>
    </message>
    <message>
        <location filename="../../app/ui/learning/proposal_editor.py" line="177"/>
        <source>Eigenaar</source>
        <translation>Owner</translation>
    </message>
    <message>
        <location filename="../../app/ui/learning/proposal_editor.py" line="178"/>
        <source>— nog niemand —</source>
        <translation>— no one yet —</translation>
    </message>
    <message>
        <location filename="../../app/ui/learning/proposal_editor.py" line="189"/>
        <source>Klachten</source>
        <translation>Complaints</translation>
    </message>
    <message>
        <location filename="../../app/ui/learning/proposal_editor.py" line="191"/>
        <source>klachtnummer, bijv. IK-2026-0042</source>
        <translation>complaint number, e.g. IK-2026-0042</translation>
    </message>
    <message>
        <location filename="../../app/ui/learning/proposal_editor.py" line="192"/>
        <source>Klachtnummer om toe te voegen</source>
        <translation>Complaint number to add</translation>
    </message>
    <message>
        <location filename="../../app/ui/learning/proposal_editor.py" line="193"/>
        <source>Toevoegen</source>
        <translation>Add</translation>
    </message>
    <message>
        <location filename="../../app/ui/learning/proposal_editor.py" line="194"/>
        <source>Verwijderen</source>
        <translation>Remove</translation>
    </message>
    <message>
        <location filename="../../app/ui/learning/proposal_editor.py" line="195"/>
        <source>De gekozen klacht loskoppelen</source>
        <translation>Unlink the chosen complaint</translation>
    </message>
    <message>
        <location filename="../../app/ui/learning/proposal_editor.py" line="211"/>
        <source>Opslaan</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../app/ui/learning/proposal_editor.py" line="221"/>
        <source>&amp;Titel:</source>
        <translation>&amp;Title:</translation>
    </message>
    <message>
        <location filename="../../app/ui/learning/proposal_editor.py" line="222"/>
        <source>&amp;Specifiek:</source>
        <translation>&amp;Specific:</translation>
    </message>
    <message>
        <location filename="../../app/ui/learning/proposal_editor.py" line="223"/>
        <source>&amp;Meetbaar (indicator):</source>
        <translation>&amp;Measurable (indicator):</translation>
    </message>
    <message>
        <location filename="../../app/ui/learning/proposal_editor.py" line="224"/>
        <source>&amp;Acceptabel:</source>
        <translation>&amp;Acceptable:</translation>
    </message>
    <message>
        <location filename="../../app/ui/learning/proposal_editor.py" line="225"/>
        <source>&amp;Realistisch:</source>
        <translation>&amp;Realistic:</translation>
    </message>
    <message>
        <location filename="../../app/ui/learning/proposal_editor.py" line="226"/>
        <source>Tijdgebonden (&amp;deadline):</source>
        <translation>Time-bound (&amp;deadline):</translation>
    </message>
    <message>
        <location filename="../../app/ui/learning/proposal_editor.py" line="227"/>
        <source>&amp;Eigenaar:</source>
        <translation>&amp;Owner:</translation>
    </message>
    <message>
        <location filename="../../app/ui/learning/proposal_editor.py" line="228"/>
        <source>&amp;Klachten:</source>
        <translation>&amp;Complaints:</translation>
    </message>
    <message>
        <location filename="../../app/ui/learning/proposal_editor.py" line="237"/>
        <source>Besluit MT</source>
        <translation>Management decision</translation>
    </message>
    <message>
        <location filename="../../app/ui/learning/proposal_editor.py" line="241"/>
        <source>Besluit</source>
        <translation>Decision</translation>
    </message>
    <message>
        <location filename="../../app/ui/learning/proposal_editor.py" line="246"/>
        <source>Datum van het besluit</source>
        <translation>Date of the decision</translation>
    </message>
    <message>
        <location filename="../../app/ui/learning/proposal_editor.py" line="248"/>
        <source>Toelichting bij het besluit</source>
        <translation>Explanation of the decision</translation>
    </message>
    <message>
        <location filename="../../app/ui/learning/proposal_editor.py" line="249"/>
        <source>Besluit vastleggen</source>
        <translation>Record decision</translation>
    </message>
    <message>
        <location filename="../../app/ui/learning/proposal_editor.py" line="252"/>
        <source>Het besluit van het MT vastleggen (wijzigingen hierboven worden eerst bewaard)</source>
        <translation>Record the management decision (changes above are saved first)</translation>
    </message>
    <message>
        <location filename="../../app/ui/learning/proposal_editor.py" line="261"/>
        <source>op</source>
        <translation>on</translation>
    </message>
    <message>
        <location filename="../../app/ui/learning/proposal_editor.py" line="265"/>
        <source>Besluit:</source>
        <translation>Decision:</translation>
    </message>
    <message>
        <location filename="../../app/ui/learning/proposal_editor.py" line="266"/>
        <source>Toelichting:</source>
        <translation>Explanation:</translation>
    </message>
    <message>
        <location filename="../../app/ui/learning/proposal_editor.py" line="274"/>
        <source>Uitvoering</source>
        <translation>Implementation</translation>
    </message>
    <message>
        <location filename="../../app/ui/learning/proposal_editor.py" line="278"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../app/ui/learning/proposal_editor.py" line="279"/>
        <source>Status wijzigen</source>
        <translation>Change status</translation>
    </message>
    <message>
        <location filename="../../app/ui/learning/proposal_editor.py" line="282"/>
        <source>Datum</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../app/ui/learning/proposal_editor.py" line="282"/>
        <location filename="../../app/ui/learning/proposal_editor.py" line="284"/>
        <location filename="../../app/ui/learning/proposal_editor.py" line="293"/>
        <source>Voortgang</source>
        <translation>Progress</translation>
    </message>
    <message>
        <location filename="../../app/ui/learning/proposal_editor.py" line="282"/>
        <source>Door</source>
        <translation>By</translation>
    </message>
    <message>
        <location filename="../../app/ui/learning/proposal_editor.py" line="290"/>
        <source>Datum van de voortgang</source>
        <translation>Date of the progress</translation>
    </message>
    <message>
        <location filename="../../app/ui/learning/proposal_editor.py" line="292"/>
        <source>Wat is er gedaan?</source>
        <translation>What has been done?</translation>
    </message>
    <message>
        <location filename="../../app/ui/learning/proposal_editor.py" line="294"/>
        <source>Voortgang toevoegen</source>
        <translation>Add progress</translation>
    </message>
    <message>
        <location filename="../../app/ui/learning/proposal_editor.py" line="300"/>
        <source>Klagers informeren…</source>
        <translation>Inform complainants…</translation>
    </message>
    <message>
        <location filename="../../app/ui/learning/proposal_editor.py" line="302"/>
        <source>De brief &apos;uw klacht heeft geleid tot een verbetering&apos; maken</source>
        <translation>Create the letter &apos;your complaint has led to an improvement&apos;</translation>
    </message>
    <message>
        <location filename="../../app/ui/learning/proposal_editor.py" line="307"/>
        <source>Status:</source>
        <translation>Status:</translation>
    </message>
    <message>
        <location filename="../../app/ui/learning/proposal_editor.py" line="377"/>
        <source>Nieuw verbetervoorstel</source>
        <translation>New improvement proposal</translation>
    </message>
    <message>
        <location filename="../../app/ui/learning/proposal_editor.py" line="398"/>
        <source>%1 op %2.</source>
        <translation>%1 on %2.</translation>
    </message>
    <message>
        <location filename="../../app/ui/learning/proposal_editor.py" line="406"/>
        <source>Nog geen besluit.</source>
        <translation>No decision yet.</translation>
    </message>
    <message>
        <location filename="../../app/ui/learning/proposal_editor.py" line="413"/>
        <source>Alleen een aangenomen voorstel kan worden uitgevoerd</source>
        <translation>Only an accepted proposal can be implemented</translation>
    </message>
    <message>
        <location filename="../../app/ui/learning/proposal_editor.py" line="422"/>
        <source>1 klager heeft nog niet gehoord dat dit is verbeterd.</source>
        <translation>1 complainant has not yet heard that this has been improved.</translation>
    </message>
    <message>
        <location filename="../../app/ui/learning/proposal_editor.py" line="425"/>
        <source>%1 klagers hebben nog niet gehoord dat dit is verbeterd.</source>
        <translation>%1 complainants have not yet heard that this has been improved.</translation>
    </message>
    <message>
        <location filename="../../app/ui/learning/proposal_editor.py" line="430"/>
        <source>Alle klagers zijn geïnformeerd.</source>
        <translation>All complainants have been informed.</translation>
    </message>
    <message>
        <location filename="../../app/ui/learning/proposal_editor.py" line="470"/>
        <source>Geen klacht met nummer %1.</source>
        <translation>No complaint with number %1.</translation>
    </message>
    <message>
        <location filename="../../app/ui/learning/proposal_editor.py" line="516"/>
        <source>Opgeslagen.</source>
        <translation>Saved.</translation>
    </message>
    <message>
        <location filename="../../app/ui/learning/proposal_editor.py" line="548"/>
        <source>Niet vastgelegd: vul eerst de gemarkeerde velden in.</source>
        <translation>Not recorded: first fill in the highlighted fields.</translation>
    </message>
</context>
<context>
    <name>ProposalFromReportDialog</name>
    <message>
        <location filename="../../app/ui/learning/review_dialogs.py" line="233"/>
        <source>Verbeterpunt omzetten in voorstel</source>
        <translation>Turn improvement point into proposal</translation>
    </message>
    <message>
        <location filename="../../app/ui/learning/review_dialogs.py" line="243"/>
        <source>Kort: wat gaat er beter?</source>
        <translation>In short: what will improve?</translation>
    </message>
    <message>
        <location filename="../../app/ui/learning/review_dialogs.py" line="247"/>
        <source>&amp;Titel:</source>
        <translation>&amp;Title:</translation>
    </message>
    <message>
        <location filename="../../app/ui/learning/review_dialogs.py" line="248"/>
        <source>&amp;Specifiek:</source>
        <translation>&amp;Specific:</translation>
    </message>
    <message>
        <location filename="../../app/ui/learning/review_dialogs.py" line="251"/>
        <source>Voorstel maken</source>
        <translation>Create proposal</translation>
    </message>
    <message>
        <location filename="../../app/ui/learning/review_dialogs.py" line="253"/>
        <source>Annuleren</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../app/ui/learning/review_dialogs.py" line="260"/>
        <source>Het voorstel wordt gekoppeld aan deze klacht. Maak het daarna SMART onder Verbetervoorstellen: indicator, eigenaar en deadline.</source>
        <translation>The proposal is linked to this complaint. Then make it SMART under Improvement proposals: indicator, owner and deadline.</translation>
    </message>
</context>
<context>
    <name>ProposalsModel</name>
    <message>
        <location filename="../../app/ui/learning/proposals_tab.py" line="59"/>
        <source>Titel</source>
        <translation>Title</translation>
    </message>
    <message>
        <location filename="../../app/ui/learning/proposals_tab.py" line="60"/>
        <source>Eigenaar</source>
        <translation>Owner</translation>
    </message>
    <message>
        <location filename="../../app/ui/learning/proposals_tab.py" line="61"/>
        <source>Deadline</source>
        <translation>Deadline</translation>
    </message>
    <message>
        <location filename="../../app/ui/learning/proposals_tab.py" line="62"/>
        <source>Besluit</source>
        <translation>Decision</translation>
    </message>
    <message>
        <location filename="../../app/ui/learning/proposals_tab.py" line="63"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../app/ui/learning/proposals_tab.py" line="90"/>
        <source>De deadline is verstreken en het voorstel is nog niet klaar.</source>
        <translation>The deadline has passed and the proposal is not yet finished.</translation>
    </message>
</context>
<context>
    <name>ProposalsTab</name>
    <message>
        <location filename="../../app/ui/learning/proposals_tab.py" line="122"/>
        <source>Alle statussen</source>
        <translation>All statuses</translation>
    </message>
    <message>
        <location filename="../../app/ui/learning/proposals_tab.py" line="125"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../app/ui/learning/proposals_tab.py" line="126"/>
        <source>Nieuw voorstel</source>
        <translation>New proposal</translation>
    </message>
    <message>
        <location filename="../../app/ui/learning/proposals_tab.py" line="130"/>
        <source>Laden…</source>
        <translation>Loading…</translation>
    </message>
    <message>
        <location filename="../../app/ui/learning/proposals_tab.py" line="139"/>
        <location filename="../../app/ui/learning/proposals_tab.py" line="234"/>
        <source>Verbetervoorstellen</source>
        <translation>Improvement proposals</translation>
    </message>
    <message>
        <location filename="../../app/ui/learning/proposals_tab.py" line="162"/>
        <source>Nog geen verbetervoorstellen</source>
        <translation>No improvement proposals yet</translation>
    </message>
    <message>
        <location filename="../../app/ui/learning/proposals_tab.py" line="164"/>
        <source>Een verbetervoorstel komt voort uit wat klachten leren: uit het formulier &apos;Ik heb een klacht behandeld&apos; of uit de rapportage. Leg het SMART vast met &apos;Nieuw voorstel&apos;.</source>
        <translation>An improvement proposal comes from what complaints teach us: from the form &apos;I have handled a complaint&apos; or from the report. Record it SMART with &apos;New proposal&apos;.</translation>
    </message>
    <message>
        <location filename="../../app/ui/learning/proposals_tab.py" line="169"/>
        <source>Er zijn nog geen verbetervoorstellen vastgelegd.</source>
        <translation>No improvement proposals have been recorded yet.</translation>
    </message>
    <message>
        <location filename="../../app/ui/learning/proposals_tab.py" line="235"/>
        <source>De lijst kon niet worden gelezen. Details staan in het logboek.</source>
        <translation>The list could not be read. Details are in the log.</translation>
    </message>
    <message>
        <location filename="../../app/ui/learning/proposals_tab.py" line="251"/>
        <source>1 voorstel</source>
        <translation>1 proposal</translation>
    </message>
    <message>
        <location filename="../../app/ui/learning/proposals_tab.py" line="251"/>
        <source>%1 voorstellen</source>
        <translation>%1 proposals</translation>
    </message>
    <message>
        <location filename="../../app/ui/learning/proposals_tab.py" line="308"/>
        <location filename="../../app/ui/learning/proposals_tab.py" line="328"/>
        <source>Wijzigingen niet opgeslagen</source>
        <translation>Changes not saved</translation>
    </message>
    <message>
        <location filename="../../app/ui/learning/proposals_tab.py" line="310"/>
        <source>U hebt het voorstel gewijzigd zonder op te slaan. Een ander voorstel openen en de wijzigingen weggooien?</source>
        <translation>You changed the proposal without saving. Open another proposal and discard the changes?</translation>
    </message>
    <message>
        <location filename="../../app/ui/learning/proposals_tab.py" line="313"/>
        <location filename="../../app/ui/learning/proposals_tab.py" line="330"/>
        <source>Weggooien</source>
        <translation>Discard</translation>
    </message>
    <message>
        <location filename="../../app/ui/learning/proposals_tab.py" line="329"/>
        <source>Een nieuw voorstel beginnen en de wijzigingen weggooien?</source>
        <translation>Start a new proposal and discard the changes?</translation>
    </message>
</context>
<context>
    <name>ReasonDialog</name>
    <message>
        <location filename="../../app/ui/workflow/dialogs.py" line="724"/>
        <source>Reden</source>
        <translation>Reason</translation>
    </message>
</context>
<context>
    <name>RecipientsModel</name>
    <message>
        <location filename="../../app/ui/feedback/recipients_model.py" line="39"/>
        <source>Klacht</source>
        <translation>Complaint</translation>
    </message>
    <message>
        <location filename="../../app/ui/feedback/recipients_model.py" line="40"/>
        <source>Afgesloten op</source>
        <translation>Closed on</translation>
    </message>
    <message>
        <location filename="../../app/ui/feedback/recipients_model.py" line="41"/>
        <source>Klager</source>
        <translation>Complainant</translation>
    </message>
    <message>
        <location filename="../../app/ui/feedback/recipients_model.py" line="42"/>
        <source>Adres</source>
        <translation>Address</translation>
    </message>
    <message>
        <location filename="../../app/ui/feedback/recipients_model.py" line="43"/>
        <source>E-mailadres</source>
        <translation>Email address</translation>
    </message>
</context>
<context>
    <name>RecordDialog</name>
    <message>
        <location filename="../../app/ui/admin/record_dialog.py" line="82"/>
        <source>Opslaan</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/record_dialog.py" line="86"/>
        <source>Annuleren</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>RecordListPanel</name>
    <message>
        <location filename="../../app/ui/admin/record_list.py" line="53"/>
        <source>Zoeken…</source>
        <extracomment>Emitted after this panel changed data (so the other Beheer tab can refresh).</extracomment>
        <translation>Search…</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/record_list.py" line="58"/>
        <source>Zoeken op naam</source>
        <translation>Search by name</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/record_list.py" line="61"/>
        <source>Inactieve tonen</source>
        <translation>Show inactive</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/record_list.py" line="63"/>
        <source>Toevoegen…</source>
        <translation>Add…</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/record_list.py" line="64"/>
        <source>Wijzigen…</source>
        <translation>Edit…</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/record_list.py" line="66"/>
        <location filename="../../app/ui/admin/record_list.py" line="269"/>
        <source>Inactief maken</source>
        <translation>Make inactive</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/record_list.py" line="71"/>
        <location filename="../../app/ui/admin/record_list.py" line="265"/>
        <source>Weer actief maken</source>
        <translation>Make active again</translation>
    </message>
</context>
<context>
    <name>RecordTableModel</name>
    <message>
        <location filename="../../app/ui/admin/table_models.py" line="130"/>
        <source>Ja</source>
        <translation>Yes</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/table_models.py" line="131"/>
        <source>Nee</source>
        <translation>No</translation>
    </message>
</context>
<context>
    <name>RegisterFilterBar</name>
    <message>
        <location filename="../../app/ui/complaints/register_filters.py" line="49"/>
        <source>%1 klacht</source>
        <translation>%1 complaint</translation>
    </message>
    <message>
        <location filename="../../app/ui/complaints/register_filters.py" line="51"/>
        <source>%1 klachten</source>
        <translation>%1 complaints</translation>
    </message>
    <message>
        <location filename="../../app/ui/complaints/register_filters.py" line="55"/>
        <source>%1 signaal</source>
        <translation>%1 signal</translation>
    </message>
    <message>
        <location filename="../../app/ui/complaints/register_filters.py" line="57"/>
        <source>%1 signalen</source>
        <translation>%1 signals</translation>
    </message>
    <message>
        <location filename="../../app/ui/complaints/register_filters.py" line="60"/>
        <source>%1 klacht of signaal</source>
        <translation>%1 complaint or signal</translation>
    </message>
    <message>
        <location filename="../../app/ui/complaints/register_filters.py" line="62"/>
        <source>%1 klachten en signalen</source>
        <translation>%1 complaints and signals</translation>
    </message>
    <message>
        <location filename="../../app/ui/complaints/register_filters.py" line="89"/>
        <source>Zoeken op nummer, naam, e-mail, telefoon, postcode, plaats, dossier, tekst…</source>
        <translation>Search by number, name, email, phone, postcode, town, file, text…</translation>
    </message>
    <message>
        <location filename="../../app/ui/complaints/register_filters.py" line="93"/>
        <source>Zoekt in het klachtnummer, de omschrijving, contactnotities, namen, en de gegevens van de klager: e-mailadres, telefoonnummer (in elke schrijfwijze), postcode, woonplaats en dossiernummers</source>
        <translation>Searches the complaint number, the description, contact notes, names, and the complainant&apos;s details: email address, phone number (in any notation), postcode, town and file numbers</translation>
    </message>
    <message>
        <location filename="../../app/ui/complaints/register_filters.py" line="99"/>
        <source>Zoeken</source>
        <translation>Search</translation>
    </message>
    <message>
        <location filename="../../app/ui/complaints/register_filters.py" line="111"/>
        <source>Alleen te laat</source>
        <translation>Overdue only</translation>
    </message>
    <message>
        <location filename="../../app/ui/complaints/register_filters.py" line="112"/>
        <source>Alleen klachten waarvan de termijn is verstreken</source>
        <translation>Only complaints whose deadline has passed</translation>
    </message>
    <message>
        <location filename="../../app/ui/complaints/register_filters.py" line="113"/>
        <source>Spoed</source>
        <translation>Urgent</translation>
    </message>
    <message>
        <location filename="../../app/ui/complaints/register_filters.py" line="114"/>
        <source>Alleen klachten die met spoed worden behandeld</source>
        <translation>Only complaints handled urgently</translation>
    </message>
    <message>
        <location filename="../../app/ui/complaints/register_filters.py" line="115"/>
        <source>Snelle afhandeling</source>
        <translation>Fast track</translation>
    </message>
    <message>
        <location filename="../../app/ui/complaints/register_filters.py" line="117"/>
        <source>Alleen klachten in de snelle afhandeling (plan van aanpak achterstand)</source>
        <translation>Only complaints on the fast track (backlog action plan)</translation>
    </message>
    <message>
        <location filename="../../app/ui/complaints/register_filters.py" line="126"/>
        <source>Alle jaren</source>
        <translation>All years</translation>
    </message>
    <message>
        <location filename="../../app/ui/complaints/register_filters.py" line="127"/>
        <source>Alle statussen</source>
        <translation>All statuses</translation>
    </message>
    <message>
        <location filename="../../app/ui/complaints/register_filters.py" line="128"/>
        <source>Alle open</source>
        <translation>All open</translation>
    </message>
    <message>
        <location filename="../../app/ui/complaints/register_filters.py" line="131"/>
        <source>Geregistreerd tot en met beoordeeld: alles wat nog niet is afgesloten</source>
        <translation>Registered up to judged: everything not yet closed</translation>
    </message>
    <message>
        <location filename="../../app/ui/complaints/register_filters.py" line="136"/>
        <source>Alle behandelaars</source>
        <translation>All handlers</translation>
    </message>
    <message>
        <location filename="../../app/ui/complaints/register_filters.py" line="137"/>
        <source>Alle afdelingen</source>
        <translation>All units</translation>
    </message>
    <message>
        <location filename="../../app/ui/complaints/register_filters.py" line="138"/>
        <source>Alle afhandelingen</source>
        <translation>All ways of handling</translation>
    </message>
    <message>
        <location filename="../../app/ui/complaints/register_filters.py" line="141"/>
        <source>Alle soorten</source>
        <translation>All kinds</translation>
    </message>
    <message>
        <location filename="../../app/ui/complaints/register_filters.py" line="144"/>
        <source>Alle klachten</source>
        <translation>All complaints</translation>
    </message>
    <message>
        <location filename="../../app/ui/complaints/register_filters.py" line="145"/>
        <source>In een cluster</source>
        <translation>In a cluster</translation>
    </message>
    <message>
        <location filename="../../app/ui/complaints/register_filters.py" line="146"/>
        <source>Filters wissen</source>
        <translation>Clear filters</translation>
    </message>
    <message>
        <location filename="../../app/ui/complaints/register_filters.py" line="166"/>
        <source>Behandelaar</source>
        <translation>Handler</translation>
    </message>
    <message>
        <location filename="../../app/ui/complaints/register_filters.py" line="170"/>
        <source>Jaar</source>
        <translation>Year</translation>
    </message>
    <message>
        <location filename="../../app/ui/complaints/register_filters.py" line="171"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../app/ui/complaints/register_filters.py" line="173"/>
        <source>Afdeling</source>
        <translation>Unit</translation>
    </message>
    <message>
        <location filename="../../app/ui/complaints/register_filters.py" line="174"/>
        <source>Afhandeling</source>
        <translation>Handling</translation>
    </message>
    <message>
        <location filename="../../app/ui/complaints/register_filters.py" line="175"/>
        <source>Soort</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../app/ui/complaints/register_filters.py" line="176"/>
        <source>Cluster</source>
        <translation>Cluster</translation>
    </message>
    <message>
        <location filename="../../app/ui/complaints/register_filters.py" line="237"/>
        <source>%1 (niet meer actief)</source>
        <translation>%1 (no longer active)</translation>
    </message>
    <message>
        <location filename="../../app/ui/complaints/register_filters.py" line="240"/>
        <source>%1 (opgeheven)</source>
        <translation>%1 (discontinued)</translation>
    </message>
</context>
<context>
    <name>RegisterModel</name>
    <message>
        <location filename="../../app/ui/complaints/register_model.py" line="166"/>
        <source>Deze klager heeft eerder geklaagd (ook afgehandelde klachten tellen mee) of het dossier loopt ook elders</source>
        <translation>This complainant has complained before (closed complaints count too) or the file is also open elsewhere</translation>
    </message>
    <message>
        <location filename="../../app/ui/complaints/register_model.py" line="174"/>
        <source>Samenhangende zaken (#): een # betekent dat de klager nog een andere klacht heeft of eerder heeft geklaagd (ook afgehandeld), of dat een dossiernummer van deze klacht ook bij een andere lopende klacht hoort. Laat dan de behandelaars van die zaken het weten.</source>
        <translation>Related cases (#): a # means that the complainant has another complaint or has complained before (closed ones too), or that a file number of this complaint also belongs to another open complaint. Then let the handlers of those cases know.</translation>
    </message>
    <message>
        <location filename="../../app/ui/complaints/register_model.py" line="377"/>
        <source>Klik om hierop te sorteren.</source>
        <translation>Click to sort on this.</translation>
    </message>
    <message>
        <location filename="../../app/ui/complaints/register_model.py" line="153"/>
        <location filename="../../app/ui/complaints/register_model.py" line="445"/>
        <source>Spoed</source>
        <translation>Urgent</translation>
    </message>
    <message>
        <location filename="../../app/ui/complaints/register_model.py" line="90"/>
        <source>Samenhangende zaken (#)</source>
        <translation>Related cases (#)</translation>
    </message>
    <message>
        <location filename="../../app/ui/complaints/register_model.py" line="93"/>
        <source>Samen-
hang</source>
        <translation>Rela-
ted</translation>
    </message>
    <message>
        <location filename="../../app/ui/complaints/register_model.py" line="96"/>
        <source>Nummer</source>
        <translation>Number</translation>
    </message>
    <message>
        <location filename="../../app/ui/complaints/register_model.py" line="100"/>
        <source>Ontvangen</source>
        <translation>Received</translation>
    </message>
    <message>
        <location filename="../../app/ui/complaints/register_model.py" line="107"/>
        <source>Soort</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../app/ui/complaints/register_model.py" line="110"/>
        <source>Klager</source>
        <translation>Complainant</translation>
    </message>
    <message>
        <location filename="../../app/ui/complaints/register_model.py" line="117"/>
        <source>Onderwerp</source>
        <translation>Subject</translation>
    </message>
    <message>
        <location filename="../../app/ui/complaints/register_model.py" line="124"/>
        <source>Betrokken medewerker</source>
        <translation>Employee concerned</translation>
    </message>
    <message>
        <location filename="../../app/ui/complaints/register_model.py" line="128"/>
        <source>Betrokken
medewerker</source>
        <translation>Employee
concerned</translation>
    </message>
    <message>
        <location filename="../../app/ui/complaints/register_model.py" line="132"/>
        <source>Behandelaar</source>
        <translation>Handler</translation>
    </message>
    <message>
        <location filename="../../app/ui/complaints/register_model.py" line="138"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../app/ui/complaints/register_model.py" line="142"/>
        <source>Eerstvolgende termijn</source>
        <translation>Next deadline</translation>
    </message>
    <message>
        <location filename="../../app/ui/complaints/register_model.py" line="146"/>
        <source>Eerstvolgende
termijn</source>
        <translation>Next
deadline</translation>
    </message>
    <message>
        <location filename="../../app/ui/complaints/register_model.py" line="157"/>
        <source>Volgstuk nog niet gezien door de behandelaar</source>
        <translation>Follow-up document not yet seen by the handler</translation>
    </message>
    <message>
        <location filename="../../app/ui/complaints/register_model.py" line="160"/>
        <source>Volg-
stuk</source>
        <translation>Follow-
up</translation>
    </message>
    <message>
        <location filename="../../app/ui/complaints/register_model.py" line="447"/>
        <source>nieuw</source>
        <translation>new</translation>
    </message>
    <message>
        <location filename="../../app/ui/complaints/register_model.py" line="150"/>
        <location filename="../../app/ui/complaints/register_model.py" line="459"/>
        <source>Met spoed te behandelen</source>
        <translation>To be handled urgently</translation>
    </message>
    <message>
        <location filename="../../app/ui/complaints/register_model.py" line="461"/>
        <source>Er is een volgstuk dat de behandelaar nog niet heeft gezien</source>
        <translation>There is a follow-up document the handler has not seen yet</translation>
    </message>
</context>
<context>
    <name>RegisterPage</name>
    <message>
        <location filename="../../app/ui/complaints/register_page.py" line="84"/>
        <location filename="../../app/ui/complaints/register_page.py" line="269"/>
        <source>Klachten</source>
        <translation>Complaints</translation>
    </message>
    <message>
        <location filename="../../app/ui/complaints/register_page.py" line="88"/>
        <source>Het klachtenregister is alleen te zien voor de klachtcoördinator, het secretariaat en klachtbehandelaars. Hebt u het nodig voor uw werk, vraag dan de beheerder om de juiste rol.</source>
        <translation>The complaints register is visible only to the complaints coordinator, the secretariat and complaint handlers. If you need it for your work, ask the administrator for the right role.</translation>
    </message>
    <message>
        <location filename="../../app/ui/complaints/register_page.py" line="109"/>
        <source>Laden…</source>
        <translation>Loading…</translation>
    </message>
    <message>
        <location filename="../../app/ui/complaints/register_page.py" line="129"/>
        <source>U ziet alleen de klachten die u behandelt.</source>
        <translation>You see only the complaints you handle.</translation>
    </message>
    <message>
        <location filename="../../app/ui/complaints/register_page.py" line="168"/>
        <location filename="../../app/ui/complaints/register_page.py" line="431"/>
        <source>Nieuwe klacht…</source>
        <translation>New complaint…</translation>
    </message>
    <message>
        <location filename="../../app/ui/complaints/register_page.py" line="170"/>
        <source>Een klacht of signaal registreren (Ctrl+N)</source>
        <translation>Register a complaint or signal (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../../app/ui/complaints/register_page.py" line="172"/>
        <source>Openen</source>
        <translation>Open</translation>
    </message>
    <message>
        <location filename="../../app/ui/complaints/register_page.py" line="173"/>
        <source>De gekozen klacht openen (Enter of dubbelklik)</source>
        <translation>Open the selected complaint (Enter or double-click)</translation>
    </message>
    <message>
        <location filename="../../app/ui/complaints/register_page.py" line="174"/>
        <location filename="../../app/ui/complaints/register_page.py" line="617"/>
        <source>Signaal omzetten in klacht</source>
        <translation>Turn signal into complaint</translation>
    </message>
    <message>
        <location filename="../../app/ui/complaints/register_page.py" line="176"/>
        <source>Van het gekozen signaal een klacht maken, met een eigen IK-nummer</source>
        <translation>Make a complaint of the selected signal, with its own IK number</translation>
    </message>
    <message>
        <location filename="../../app/ui/complaints/register_page.py" line="179"/>
        <source>Klagers samenvoegen…</source>
        <translation>Merge complainants…</translation>
    </message>
    <message>
        <location filename="../../app/ui/complaints/register_page.py" line="181"/>
        <source>Twee gegevens van dezelfde persoon samenvoegen tot één klager</source>
        <translation>Merge two records of the same person into one complainant</translation>
    </message>
    <message>
        <location filename="../../app/ui/complaints/register_page.py" line="184"/>
        <source>Clusteren…</source>
        <translation>Cluster…</translation>
    </message>
    <message>
        <location filename="../../app/ui/complaints/register_page.py" line="186"/>
        <source>De gekozen klacht samen met soortgelijke klachten behandelen</source>
        <translation>Handle the selected complaint together with similar complaints</translation>
    </message>
    <message>
        <location filename="../../app/ui/complaints/register_page.py" line="190"/>
        <source>Importeren…</source>
        <translation>Import…</translation>
    </message>
    <message>
        <location filename="../../app/ui/complaints/register_page.py" line="192"/>
        <source>Een register uit Excel of CSV inlezen, met eerst een controle van elke rij</source>
        <translation>Read a register from Excel or CSV, checking every row first</translation>
    </message>
    <message>
        <location filename="../../app/ui/complaints/register_page.py" line="196"/>
        <location filename="../../app/ui/complaints/register_page.py" line="725"/>
        <source>Exporteren naar Excel…</source>
        <translation>Export to Excel…</translation>
    </message>
    <message>
        <location filename="../../app/ui/complaints/register_page.py" line="198"/>
        <source>De klachten die nu in de lijst staan opslaan als Excel-bestand</source>
        <translation>Save the complaints now in the list as an Excel file</translation>
    </message>
    <message>
        <location filename="../../app/ui/complaints/register_page.py" line="200"/>
        <source>Stoppen</source>
        <translation>Stop</translation>
    </message>
    <message>
        <location filename="../../app/ui/complaints/register_page.py" line="201"/>
        <source>Het exporteren afbreken</source>
        <translation>Stop the export</translation>
    </message>
    <message>
        <location filename="../../app/ui/complaints/register_page.py" line="270"/>
        <source>Het register kon niet worden gelezen. Details staan in het logboek.</source>
        <translation>The register could not be read. Details are in the log.</translation>
    </message>
    <message>
        <location filename="../../app/ui/complaints/register_page.py" line="284"/>
        <source>Klachtenregister</source>
        <translation>Complaints register</translation>
    </message>
    <message>
        <location filename="../../app/ui/complaints/register_page.py" line="373"/>
        <source>alleen open klachten</source>
        <translation>open complaints only</translation>
    </message>
    <message>
        <location filename="../../app/ui/complaints/register_page.py" line="377"/>
        <source>ontvangen %1 t/m %2</source>
        <translation>received %1 to %2</translation>
    </message>
    <message>
        <location filename="../../app/ui/complaints/register_page.py" line="383"/>
        <source>één onderwerp</source>
        <translation>one subject</translation>
    </message>
    <message>
        <location filename="../../app/ui/complaints/register_page.py" line="391"/>
        <source>Vanuit het dashboard: %1. Kies &apos;Filters wissen&apos; om alles te zien.</source>
        <translation>From the dashboard: %1. Choose &apos;Clear filters&apos; to see everything.</translation>
    </message>
    <message>
        <location filename="../../app/ui/complaints/register_page.py" line="420"/>
        <source>Nog geen klachten geregistreerd</source>
        <translation>No complaints registered yet</translation>
    </message>
    <message>
        <location filename="../../app/ui/complaints/register_page.py" line="422"/>
        <source>Hier komen alle klachten en signalen te staan. Registreer de eerste met &apos;Nieuwe klacht&apos; (Ctrl+N), of lees een bestaand register in met &apos;Importeren&apos;. Hulp vindt u onder Help › Handleiding (F1).</source>
        <translation>All complaints and signals will be listed here. Register the first with &apos;New complaint&apos; (Ctrl+N), or read an existing register with &apos;Import&apos;. Help is under Help › Guide (F1).</translation>
    </message>
    <message>
        <location filename="../../app/ui/complaints/register_page.py" line="428"/>
        <source>Er staan nog geen klachten in het register die u kunt zien. Zodra een klacht aan u is toegewezen, verschijnt die hier.</source>
        <translation>There are no complaints in the register that you can see yet. As soon as a complaint is assigned to you, it appears here.</translation>
    </message>
    <message>
        <location filename="../../app/ui/complaints/register_page.py" line="435"/>
        <source>Geen klachten gevonden met deze filters</source>
        <translation>No complaints found with these filters</translation>
    </message>
    <message>
        <location filename="../../app/ui/complaints/register_page.py" line="436"/>
        <source>Pas de filters of de zoektekst aan, of wis alle filters.</source>
        <translation>Change the filters or the search text, or clear all filters.</translation>
    </message>
    <message>
        <location filename="../../app/ui/complaints/register_page.py" line="437"/>
        <location filename="../../app/ui/complaints/register_page.py" line="584"/>
        <source>Filters wissen</source>
        <translation>Clear filters</translation>
    </message>
    <message>
        <location filename="../../app/ui/complaints/register_page.py" line="571"/>
        <source>De nieuwe registratie %1 valt buiten de gekozen filters en staat daarom niet in de lijst.</source>
        <translation>The new registration %1 falls outside the chosen filters and is therefore not in the list.</translation>
    </message>
    <message>
        <location filename="../../app/ui/complaints/register_page.py" line="620"/>
        <source>Van signaal %1 wordt een klacht gemaakt, met een eigen IK-nummer en de termijnen van een klacht. Het signaal wordt afgesloten met een verwijzing naar de nieuwe klacht.</source>
        <translation>Signal %1 becomes a complaint, with its own IK number and the deadlines of a complaint. The signal is closed with a reference to the new complaint.</translation>
    </message>
    <message>
        <location filename="../../app/ui/complaints/register_page.py" line="626"/>
        <source>Omzetten</source>
        <translation>Convert</translation>
    </message>
    <message>
        <location filename="../../app/ui/complaints/register_page.py" line="640"/>
        <source>Signaal omgezet</source>
        <translation>Signal converted</translation>
    </message>
    <message>
        <location filename="../../app/ui/complaints/register_page.py" line="641"/>
        <source>Signaal %1 is nu klacht %2.</source>
        <translation>Signal %1 is now complaint %2.</translation>
    </message>
    <message>
        <location filename="../../app/ui/complaints/register_page.py" line="676"/>
        <source>Register exporteren</source>
        <translation>Export register</translation>
    </message>
    <message>
        <location filename="../../app/ui/complaints/register_page.py" line="677"/>
        <source>klachtenregister.xlsx</source>
        <translation>complaints-register.xlsx</translation>
    </message>
    <message>
        <location filename="../../app/ui/complaints/register_page.py" line="672"/>
        <source>Excel-werkmap (*.xlsx)</source>
        <translation>Excel workbook (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../app/ui/complaints/register_page.py" line="678"/>
        <source>CSV met puntkomma&apos;s (*.csv)</source>
        <translation>CSV with semicolons (*.csv)</translation>
    </message>
    <message>
        <location filename="../../app/ui/complaints/register_page.py" line="708"/>
        <source>Bezig met exporteren…</source>
        <translation>Exporting…</translation>
    </message>
    <message>
        <location filename="../../app/ui/complaints/register_page.py" line="719"/>
        <source>Bezig met exporteren… %1%</source>
        <translation>Exporting… %1%</translation>
    </message>
    <message>
        <location filename="../../app/ui/complaints/register_page.py" line="732"/>
        <source>Register geëxporteerd</source>
        <translation>Register exported</translation>
    </message>
    <message>
        <location filename="../../app/ui/complaints/register_page.py" line="733"/>
        <source>Het register is opgeslagen in %1.</source>
        <translation>The register has been saved in %1.</translation>
    </message>
    <message>
        <location filename="../../app/ui/complaints/register_page.py" line="740"/>
        <source>Exporteren mislukt</source>
        <translation>Export failed</translation>
    </message>
    <message>
        <location filename="../../app/ui/complaints/register_page.py" line="741"/>
        <source>Het register kon niet worden opgeslagen.</source>
        <translation>The register could not be saved.</translation>
    </message>
</context>
<context>
    <name>RemovableList</name>
    <message>
        <location filename="../../app/ui/complaints/removable_list.py" line="50"/>
        <source>Verwijderen</source>
        <translation>Remove</translation>
    </message>
    <message>
        <location filename="../../app/ui/complaints/removable_list.py" line="54"/>
        <location filename="../../app/ui/complaints/removable_list.py" line="55"/>
        <source>%1 verwijderen</source>
        <translation>Remove %1</translation>
    </message>
</context>
<context>
    <name>ReopenDialog</name>
    <message>
        <location filename="../../app/ui/workflow/dialogs.py" line="783"/>
        <source>Klacht heropenen</source>
        <translation>Reopen complaint</translation>
    </message>
    <message>
        <location filename="../../app/ui/workflow/dialogs.py" line="784"/>
        <source>Heropenen</source>
        <translation>Reopen</translation>
    </message>
    <message>
        <location filename="../../app/ui/workflow/dialogs.py" line="786"/>
        <source>De klacht gaat terug in behandeling, bijvoorbeeld na een rode kaart of omdat de klager het niet eens is met de afhandeling.</source>
        <translation>The complaint goes back into handling, for example after a red card or because the complainant disagrees with how it was dealt with.</translation>
    </message>
</context>
<context>
    <name>ReportsPage</name>
    <message>
        <location filename="../../app/ui/reports/reports_page.py" line="76"/>
        <source>Rapportages</source>
        <translation>Reports</translation>
    </message>
    <message>
        <location filename="../../app/ui/reports/reports_page.py" line="81"/>
        <source>Rapportages zijn er voor de klachtcoördinator en het MT. Hebt u ze nodig voor uw werk, vraag dan de beheerder om de juiste rol.</source>
        <translation>Reports are for the complaints coordinator and management. If you need them for your work, ask the administrator for the right role.</translation>
    </message>
    <message>
        <location filename="../../app/ui/reports/reports_page.py" line="121"/>
        <source>Welke rapportage</source>
        <translation>Which report</translation>
    </message>
    <message>
        <location filename="../../app/ui/reports/reports_page.py" line="127"/>
        <source>Kwartaalrapportage voor het MT</source>
        <translation>Quarterly report for management</translation>
    </message>
    <message>
        <location filename="../../app/ui/reports/reports_page.py" line="128"/>
        <source>Jaaroverzicht (artikel 9:12a Awb)</source>
        <translation>Annual overview (section 9:12a Awb)</translation>
    </message>
    <message>
        <location filename="../../app/ui/reports/reports_page.py" line="129"/>
        <source>Weekoverzicht per behandelaar (PDF en e-mail)</source>
        <translation>Weekly overview per handler (PDF and email)</translation>
    </message>
    <message>
        <location filename="../../app/ui/reports/reports_page.py" line="130"/>
        <source>Klachtdossier van één klacht</source>
        <translation>Complaint file of one complaint</translation>
    </message>
    <message>
        <location filename="../../app/ui/reports/reports_page.py" line="135"/>
        <source>Rapportage</source>
        <translation>Report</translation>
    </message>
    <message>
        <location filename="../../app/ui/reports/reports_page.py" line="138"/>
        <source>Jaar</source>
        <translation>Year</translation>
    </message>
    <message>
        <location filename="../../app/ui/reports/reports_page.py" line="142"/>
        <source>%1e kwartaal</source>
        <translation>Quarter %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/reports/reports_page.py" line="143"/>
        <source>Kwartaal</source>
        <translation>Quarter</translation>
    </message>
    <message>
        <location filename="../../app/ui/reports/reports_page.py" line="148"/>
        <source>bijvoorbeeld IK-2026-0042</source>
        <translation>for example IK-2026-0042</translation>
    </message>
    <message>
        <location filename="../../app/ui/reports/reports_page.py" line="149"/>
        <source>Klachtnummer</source>
        <translation>Complaint number</translation>
    </message>
    <message>
        <location filename="../../app/ui/reports/reports_page.py" line="151"/>
        <source>Namen van betrokken medewerkers opnemen</source>
        <translation>Include names of employees concerned</translation>
    </message>
    <message>
        <location filename="../../app/ui/reports/reports_page.py" line="153"/>
        <source>Standaard staan medewerkers alleen met hun afdeling in de rapportage.</source>
        <translation>By default, employees appear in the report only with their unit.</translation>
    </message>
    <message>
        <location filename="../../app/ui/reports/reports_page.py" line="155"/>
        <source>Geanonimiseerd: zonder afdelingen</source>
        <translation>Anonymised: without units</translation>
    </message>
    <message>
        <location filename="../../app/ui/reports/reports_page.py" line="157"/>
        <source>Voor publicatie: de lijst van klachten noemt geen afdelingen.</source>
        <translation>For publication: the list of complaints does not name any units.</translation>
    </message>
    <message>
        <location filename="../../app/ui/reports/reports_page.py" line="161"/>
        <source>&amp;Rapportage:</source>
        <translation>&amp;Report:</translation>
    </message>
    <message>
        <location filename="../../app/ui/reports/reports_page.py" line="162"/>
        <source>&amp;Jaar:</source>
        <translation>&amp;Year:</translation>
    </message>
    <message>
        <location filename="../../app/ui/reports/reports_page.py" line="165"/>
        <source>&amp;Kwartaal:</source>
        <translation>&amp;Quarter:</translation>
    </message>
    <message>
        <location filename="../../app/ui/reports/reports_page.py" line="168"/>
        <source>Klacht&amp;nummer:</source>
        <translation>Complaint &amp;number:</translation>
    </message>
    <message>
        <location filename="../../app/ui/reports/reports_page.py" line="177"/>
        <source>Eigen teksten van de klachtcoördinator</source>
        <translation>Own texts of the complaints coordinator</translation>
    </message>
    <message>
        <location filename="../../app/ui/reports/reports_page.py" line="180"/>
        <location filename="../../app/ui/reports/reports_page.py" line="195"/>
        <source>Wat viel op</source>
        <translation>What stood out</translation>
    </message>
    <message>
        <location filename="../../app/ui/reports/reports_page.py" line="182"/>
        <source>Wat viel op in deze periode? Een lege regel begint een nieuwe alinea.</source>
        <translation>What stood out in this period? An empty line starts a new paragraph.</translation>
    </message>
    <message>
        <location filename="../../app/ui/reports/reports_page.py" line="185"/>
        <location filename="../../app/ui/reports/reports_page.py" line="197"/>
        <source>Wat hebben we geleerd</source>
        <translation>What have we learned</translation>
    </message>
    <message>
        <location filename="../../app/ui/reports/reports_page.py" line="187"/>
        <source>Wat hebben we geleerd, en wat doen we daarmee?</source>
        <translation>What have we learned, and what are we doing with it?</translation>
    </message>
    <message>
        <location filename="../../app/ui/reports/reports_page.py" line="192"/>
        <source>Teksten opslaan</source>
        <translation>Save texts</translation>
    </message>
    <message>
        <location filename="../../app/ui/reports/reports_page.py" line="206"/>
        <source>Maken…</source>
        <translation>Create…</translation>
    </message>
    <message>
        <location filename="../../app/ui/reports/reports_page.py" line="212"/>
        <source>Voortgang</source>
        <translation>Progress</translation>
    </message>
    <message>
        <location filename="../../app/ui/reports/reports_page.py" line="213"/>
        <source>Stoppen</source>
        <translation>Stop</translation>
    </message>
    <message>
        <location filename="../../app/ui/reports/reports_page.py" line="214"/>
        <source>Het maken van de rapportage afbreken</source>
        <translation>Cancel creating the report</translation>
    </message>
    <message>
        <location filename="../../app/ui/reports/reports_page.py" line="258"/>
        <source>Alle klachten van het kwartaal met onderwerp, afdeling, oorzaak, uitkomst en maatregelen; verbetervoorstellen; cijfers tegen het vorige kwartaal.</source>
        <translation>All complaints of the quarter with subject, unit, cause, outcome and measures; improvement proposals; figures compared with the previous quarter.</translation>
    </message>
    <message>
        <location filename="../../app/ui/reports/reports_page.py" line="262"/>
        <source>Het jaaroverzicht voor publicatie: aantallen, informeel en formeel, oordelen, termijnen en de vergelijking met het vorige jaar.</source>
        <translation>The annual overview for publication: numbers, informal and formal, judgments, deadlines and the comparison with the previous year.</translation>
    </message>
    <message>
        <location filename="../../app/ui/reports/reports_page.py" line="266"/>
        <source>Per behandelaar de open klachten met de eerstvolgende termijn, als PDF en als e-mailconcept (.eml) om te versturen. U kiest een map.</source>
        <translation>For each handler, the open complaints with the next deadline, as PDF and as email draft (.eml) to send. You choose a folder.</translation>
    </message>
    <message>
        <location filename="../../app/ui/reports/reports_page.py" line="270"/>
        <source>Alles over één klacht: gegevens, klager, termijnen, notities, toezeggingen, oordelen, documenten, bijlagen, kaarten en geschiedenis.</source>
        <translation>Everything about one complaint: details, complainant, deadlines, notes, commitments, judgments, documents, attachments, cards and history.</translation>
    </message>
    <message>
        <location filename="../../app/ui/reports/reports_page.py" line="326"/>
        <source>Niet opgeslagen wijzigingen</source>
        <translation>Unsaved changes</translation>
    </message>
    <message>
        <location filename="../../app/ui/reports/reports_page.py" line="345"/>
        <source>Opgeslagen</source>
        <translation>Saved</translation>
    </message>
    <message>
        <location filename="../../app/ui/reports/reports_page.py" line="353"/>
        <source>Map voor de weekoverzichten</source>
        <translation>Folder for the weekly overviews</translation>
    </message>
    <message>
        <location filename="../../app/ui/reports/reports_page.py" line="358"/>
        <source>Rapportage opslaan</source>
        <translation>Save report</translation>
    </message>
    <message>
        <location filename="../../app/ui/reports/reports_page.py" line="360"/>
        <source>PDF-bestand (*.pdf)</source>
        <translation>PDF file (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../app/ui/reports/reports_page.py" line="373"/>
        <source>Klachtnummer ontbreekt</source>
        <translation>Complaint number missing</translation>
    </message>
    <message>
        <location filename="../../app/ui/reports/reports_page.py" line="374"/>
        <source>Vul het nummer in van de klacht waarvan u het dossier wilt maken.</source>
        <translation>Fill in the number of the complaint whose file you want to create.</translation>
    </message>
    <message>
        <location filename="../../app/ui/reports/reports_page.py" line="399"/>
        <source>Bezig met maken…</source>
        <translation>Creating…</translation>
    </message>
    <message>
        <location filename="../../app/ui/reports/reports_page.py" line="406"/>
        <source>Bezig met stoppen…</source>
        <translation>Stopping…</translation>
    </message>
    <message>
        <location filename="../../app/ui/reports/reports_page.py" line="422"/>
        <source>Er zijn geen open klachten met een behandelaar; er is niets gemaakt.</source>
        <translation>There are no open complaints with a handler; nothing has been created.</translation>
    </message>
    <message>
        <location filename="../../app/ui/reports/reports_page.py" line="428"/>
        <source>%1 bestanden gemaakt in %2.</source>
        <translation>%1 files created in %2.</translation>
    </message>
    <message>
        <location filename="../../app/ui/reports/reports_page.py" line="431"/>
        <source>Gemaakt: %1</source>
        <translation>Created: %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/reports/reports_page.py" line="436"/>
        <source>Rapportage gemaakt</source>
        <translation>Report created</translation>
    </message>
    <message>
        <location filename="../../app/ui/reports/reports_page.py" line="437"/>
        <source>Wilt u het nu openen?</source>
        <translation>Do you want to open it now?</translation>
    </message>
    <message>
        <location filename="../../app/ui/reports/reports_page.py" line="438"/>
        <source>Openen</source>
        <translation>Open</translation>
    </message>
    <message>
        <location filename="../../app/ui/reports/reports_page.py" line="440"/>
        <source>Sluiten</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../app/ui/reports/reports_page.py" line="448"/>
        <source>Gestopt; er is geen bestand gemaakt.</source>
        <translation>Stopped; no file has been created.</translation>
    </message>
    <message>
        <location filename="../../app/ui/reports/reports_page.py" line="451"/>
        <source>Niet gelukt.</source>
        <translation>Not successful.</translation>
    </message>
    <message>
        <location filename="../../app/ui/reports/reports_page.py" line="455"/>
        <source>Rapportage mislukt</source>
        <translation>Report failed</translation>
    </message>
    <message>
        <location filename="../../app/ui/reports/reports_page.py" line="456"/>
        <source>De rapportage kon niet worden gemaakt.</source>
        <translation>The report could not be created.</translation>
    </message>
</context>
<context>
    <name>ReturnedCardsTab</name>
    <message>
        <location filename="../../app/ui/feedback/return_tab.py" line="110"/>
        <source>bijv. K7M2QX of IK-2026-0042</source>
        <translation>e.g. K7M2QX or IK-2026-0042</translation>
    </message>
    <message>
        <location filename="../../app/ui/feedback/return_tab.py" line="113"/>
        <source>Kaartcode of klachtnummer</source>
        <translation>Card code or complaint number</translation>
    </message>
    <message>
        <location filename="../../app/ui/feedback/return_tab.py" line="114"/>
        <source>&amp;Kaartcode of klachtnummer:</source>
        <translation>&amp;Card code or complaint number:</translation>
    </message>
    <message>
        <location filename="../../app/ui/feedback/return_tab.py" line="116"/>
        <source>Zoeken</source>
        <translation>Search</translation>
    </message>
    <message>
        <location filename="../../app/ui/feedback/return_tab.py" line="117"/>
        <source>De kaart zoeken (Enter)</source>
        <translation>Find the card (Enter)</translation>
    </message>
    <message>
        <location filename="../../app/ui/feedback/return_tab.py" line="126"/>
        <source>Typ de kaartcode (zes tekens, bovenaan op de kaart) of het klachtnummer en druk op Enter.</source>
        <translation>Type the card code (six characters, at the top of the card) or the complaint number and press Enter.</translation>
    </message>
    <message>
        <location filename="../../app/ui/feedback/return_tab.py" line="133"/>
        <location filename="../../app/ui/feedback/return_tab.py" line="325"/>
        <source>Groene kaart</source>
        <translation>Green card</translation>
    </message>
    <message>
        <location filename="../../app/ui/feedback/return_tab.py" line="134"/>
        <location filename="../../app/ui/feedback/return_tab.py" line="325"/>
        <source>Rode kaart</source>
        <translation>Red card</translation>
    </message>
    <message>
        <location filename="../../app/ui/feedback/return_tab.py" line="141"/>
        <source>Welke kaart is teruggekomen?</source>
        <translation>Which card has come back?</translation>
    </message>
    <message>
        <location filename="../../app/ui/feedback/return_tab.py" line="149"/>
        <source>Kaart</source>
        <translation>Card</translation>
    </message>
    <message>
        <location filename="../../app/ui/feedback/return_tab.py" line="156"/>
        <source>Klacht openen</source>
        <translation>Open complaint</translation>
    </message>
    <message>
        <location filename="../../app/ui/feedback/return_tab.py" line="157"/>
        <source>De klacht in een eigen venster openen</source>
        <translation>Open the complaint in a separate window</translation>
    </message>
    <message>
        <location filename="../../app/ui/feedback/return_tab.py" line="169"/>
        <source>Klacht:</source>
        <translation>Complaint:</translation>
    </message>
    <message>
        <location filename="../../app/ui/feedback/return_tab.py" line="170"/>
        <source>Behandelaar:</source>
        <translation>Handler:</translation>
    </message>
    <message>
        <location filename="../../app/ui/feedback/return_tab.py" line="171"/>
        <source>Verstuurd:</source>
        <translation>Sent:</translation>
    </message>
    <message>
        <location filename="../../app/ui/feedback/return_tab.py" line="172"/>
        <source>Stand:</source>
        <translation>State:</translation>
    </message>
    <message>
        <location filename="../../app/ui/feedback/return_tab.py" line="175"/>
        <source>Wat staat er op de kaart</source>
        <translation>What is on the card</translation>
    </message>
    <message>
        <location filename="../../app/ui/feedback/return_tab.py" line="183"/>
        <source>Datum ontvangen</source>
        <translation>Date received</translation>
    </message>
    <message>
        <location filename="../../app/ui/feedback/return_tab.py" line="188"/>
        <source>omdat…</source>
        <translation>because…</translation>
    </message>
    <message>
        <location filename="../../app/ui/feedback/return_tab.py" line="189"/>
        <source>JA</source>
        <translation>YES</translation>
    </message>
    <message>
        <location filename="../../app/ui/feedback/return_tab.py" line="190"/>
        <source>NEEN</source>
        <translation>NO</translation>
    </message>
    <message>
        <location filename="../../app/ui/feedback/return_tab.py" line="199"/>
        <source>(leeg laten als niets is aangekruist)</source>
        <translation>(leave empty if nothing is ticked)</translation>
    </message>
    <message>
        <location filename="../../app/ui/feedback/return_tab.py" line="213"/>
        <source>&amp;Datum ontvangen:</source>
        <translation>&amp;Date received:</translation>
    </message>
    <message>
        <location filename="../../app/ui/feedback/return_tab.py" line="214"/>
        <source>&amp;omdat…</source>
        <translation>&amp;because…</translation>
    </message>
    <message>
        <location filename="../../app/ui/feedback/return_tab.py" line="217"/>
        <source>Terugbellen gewenst:</source>
        <translation>Call back requested:</translation>
    </message>
    <message>
        <location filename="../../app/ui/feedback/return_tab.py" line="218"/>
        <source>&amp;Telefoonnummer:</source>
        <translation>&amp;Phone number:</translation>
    </message>
    <message>
        <location filename="../../app/ui/feedback/return_tab.py" line="219"/>
        <source>&amp;E-mailadres:</source>
        <translation>&amp;Email address:</translation>
    </message>
    <message>
        <location filename="../../app/ui/feedback/return_tab.py" line="221"/>
        <source>&amp;Naam zoals op de kaart:</source>
        <translation>&amp;Name as on the card:</translation>
    </message>
    <message>
        <location filename="../../app/ui/feedback/return_tab.py" line="222"/>
        <source>Opslaan</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../app/ui/feedback/return_tab.py" line="223"/>
        <source>Vastleggen dat deze kaart is teruggekomen</source>
        <translation>Record that this card has come back</translation>
    </message>
    <message>
        <location filename="../../app/ui/feedback/return_tab.py" line="242"/>
        <source>Doorgeven aan behandelaar</source>
        <translation>Pass on to handler</translation>
    </message>
    <message>
        <location filename="../../app/ui/feedback/return_tab.py" line="244"/>
        <source>De kaart doorgeven aan de behandelaar: een taak in diens overzicht Vandaag</source>
        <translation>Pass the card on to the handler: a task in their Today overview</translation>
    </message>
    <message>
        <location filename="../../app/ui/feedback/return_tab.py" line="422"/>
        <source>Er is een taak &apos;Terugbellen&apos; gemaakt voor de klachtcoördinator (Vandaag).</source>
        <translation>A &apos;Call back&apos; task has been created for the complaints coordinator (Today).</translation>
    </message>
    <message>
        <location filename="../../app/ui/feedback/return_tab.py" line="447"/>
        <source>De kaart is doorgegeven aan %1; die ziet hem in Vandaag.</source>
        <translation>The card has been passed on to %1, who sees it in Today.</translation>
    </message>
    <message>
        <location filename="../../app/ui/feedback/return_tab.py" line="246"/>
        <source>Klacht heropenen…</source>
        <translation>Reopen complaint…</translation>
    </message>
    <message>
        <location filename="../../app/ui/feedback/return_tab.py" line="248"/>
        <source>Na een rode kaart de klacht opnieuw in behandeling nemen</source>
        <translation>Take the complaint back into handling after a red card</translation>
    </message>
    <message>
        <location filename="../../app/ui/feedback/return_tab.py" line="250"/>
        <source>Volgende kaart</source>
        <translation>Next card</translation>
    </message>
    <message>
        <location filename="../../app/ui/feedback/return_tab.py" line="251"/>
        <source>Het scherm leegmaken voor de volgende kaart</source>
        <translation>Clear the screen for the next card</translation>
    </message>
    <message>
        <location filename="../../app/ui/feedback/return_tab.py" line="267"/>
        <source>Typ de kaartcode of het klachtnummer.</source>
        <translation>Type the card code or the complaint number.</translation>
    </message>
    <message>
        <location filename="../../app/ui/feedback/return_tab.py" line="277"/>
        <source>Geen kaart gevonden bij &apos;%1&apos;. Controleer de code (zes tekens) of het klachtnummer; kaarten worden pas gevonden als ze zijn verstuurd.</source>
        <translation>No card found for &apos;%1&apos;. Check the code (six characters) or the complaint number; cards are only found once they have been sent.</translation>
    </message>
    <message>
        <location filename="../../app/ui/feedback/return_tab.py" line="324"/>
        <source>%1 (kaartcode %2)</source>
        <translation>%1 (card code %2)</translation>
    </message>
    <message>
        <location filename="../../app/ui/feedback/return_tab.py" line="331"/>
        <source>(geen behandelaar)</source>
        <translation>(no handler)</translation>
    </message>
    <message>
        <location filename="../../app/ui/feedback/return_tab.py" line="333"/>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <location filename="../../app/ui/feedback/return_tab.py" line="344"/>
        <source>Nog niet teruggekomen.</source>
        <translation>Not returned yet.</translation>
    </message>
    <message>
        <location filename="../../app/ui/feedback/return_tab.py" line="345"/>
        <source>Teruggekomen op %1.</source>
        <translation>Returned on %1.</translation>
    </message>
    <message>
        <location filename="../../app/ui/feedback/return_tab.py" line="348"/>
        <source>Doorgegeven aan de behandelaar op %1.</source>
        <translation>Passed on to the handler on %1.</translation>
    </message>
    <message>
        <location filename="../../app/ui/feedback/return_tab.py" line="374"/>
        <source>Deze klacht heeft geen behandelaar.</source>
        <translation>This complaint has no handler.</translation>
    </message>
    <message>
        <location filename="../../app/ui/feedback/return_tab.py" line="419"/>
        <source>Kaart %1 is geregistreerd als teruggekomen.</source>
        <translation>Card %1 has been registered as returned.</translation>
    </message>
    <message>
        <location filename="../../app/ui/feedback/return_tab.py" line="437"/>
        <source>Niet doorgegeven</source>
        <translation>Not passed on</translation>
    </message>
    <message>
        <location filename="../../app/ui/feedback/return_tab.py" line="459"/>
        <source>Klacht heropenen</source>
        <translation>Reopen complaint</translation>
    </message>
    <message>
        <location filename="../../app/ui/feedback/return_tab.py" line="462"/>
        <source>Klacht %1 gaat opnieuw in behandeling bij %2. Waarom? (Dit komt in de historie van de klacht.)</source>
        <translation>Complaint %1 goes back into handling with %2. Why? (This goes into the history of the complaint.)</translation>
    </message>
    <message>
        <location filename="../../app/ui/feedback/return_tab.py" line="466"/>
        <source>de behandelaar</source>
        <translation>the handler</translation>
    </message>
    <message>
        <location filename="../../app/ui/feedback/return_tab.py" line="468"/>
        <source>Heropenen</source>
        <translation>Reopen</translation>
    </message>
    <message>
        <location filename="../../app/ui/feedback/return_tab.py" line="484"/>
        <source>Klacht %1 is heropend en weer in behandeling.</source>
        <translation>Complaint %1 has been reopened and is being handled again.</translation>
    </message>
</context>
<context>
    <name>ReviewDialog</name>
    <message>
        <location filename="../../app/ui/workflow/dialogs.py" line="734"/>
        <source>Doorzetten als herzieningsverzoek</source>
        <translation>Forward as request for review</translation>
    </message>
    <message>
        <location filename="../../app/ui/workflow/dialogs.py" line="735"/>
        <source>Doorzetten</source>
        <translation>Forward</translation>
    </message>
    <message>
        <location filename="../../app/ui/workflow/dialogs.py" line="737"/>
        <source>De klager is het eigenlijk oneens met de beslissing in zijn of haar zaak, niet met een gedraging. De klacht gaat als herzieningsverzoek naar de sector.</source>
        <translation>The complainant actually disagrees with the decision in his or her case, not with conduct. The complaint goes to the sector as a request for review.</translation>
    </message>
    <message>
        <location filename="../../app/ui/workflow/dialogs.py" line="742"/>
        <source>Bijvoorbeeld: doorgestuurd naar sector Zorg als herzieningsverzoek</source>
        <translation>For example: forwarded to the Care sector as a request for review</translation>
    </message>
    <message>
        <location filename="../../app/ui/workflow/dialogs.py" line="746"/>
        <source>Herziening al gedaan: de procedure is afgerond (niet opnieuw doorsturen)</source>
        <translation>Review already done: the procedure has been completed (do not forward again)</translation>
    </message>
</context>
<context>
    <name>SalutationCombo</name>
    <message>
        <location filename="../../app/ui/complaints/intake_fields.py" line="199"/>
        <source>onbekend</source>
        <translation>unknown</translation>
    </message>
    <message>
        <location filename="../../app/ui/complaints/intake_fields.py" line="200"/>
        <source>mevrouw</source>
        <translation>Ms</translation>
    </message>
    <message>
        <location filename="../../app/ui/complaints/intake_fields.py" line="201"/>
        <source>de heer</source>
        <translation>Mr</translation>
    </message>
    <message>
        <location filename="../../app/ui/complaints/intake_fields.py" line="202"/>
        <source>beste … (informeel, met roepnaam)</source>
        <translation>dear … (informal, with first name)</translation>
    </message>
</context>
<context>
    <name>SendCardsTab</name>
    <message>
        <location filename="../../app/ui/feedback/send_tab.py" line="113"/>
        <source>Klachten die nog kaarten moeten krijgen</source>
        <translation>Complaints that still need to receive cards</translation>
    </message>
    <message>
        <location filename="../../app/ui/feedback/send_tab.py" line="133"/>
        <source>Alles aanvinken</source>
        <translation>Tick all</translation>
    </message>
    <message>
        <location filename="../../app/ui/feedback/send_tab.py" line="134"/>
        <source>Niets aanvinken</source>
        <translation>Untick all</translation>
    </message>
    <message>
        <location filename="../../app/ui/feedback/send_tab.py" line="135"/>
        <source>Vernieuwen</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <location filename="../../app/ui/feedback/send_tab.py" line="136"/>
        <source>De lijst opnieuw lezen</source>
        <translation>Read the list again</translation>
    </message>
    <message>
        <location filename="../../app/ui/feedback/send_tab.py" line="140"/>
        <source>Geprinte kaarten met een antwoordenveloppe</source>
        <translation>Printed cards with a reply envelope</translation>
    </message>
    <message>
        <location filename="../../app/ui/feedback/send_tab.py" line="142"/>
        <source>Een e-mail per klager met beide kaarten; het antwoord komt in de feedbackbus</source>
        <translation>One email per complainant with both cards; the reply goes to the feedback mailbox</translation>
    </message>
    <message>
        <location filename="../../app/ui/feedback/send_tab.py" line="149"/>
        <source>Formaat van de kaarten</source>
        <translation>Size of the cards</translation>
    </message>
    <message>
        <location filename="../../app/ui/feedback/send_tab.py" line="158"/>
        <location filename="../../app/ui/feedback/send_tab.py" line="400"/>
        <source>Voorbeeld</source>
        <translation>Preview</translation>
    </message>
    <message>
        <location filename="../../app/ui/feedback/send_tab.py" line="164"/>
        <source>Opslaan als PDF…</source>
        <translation>Save as PDF…</translation>
    </message>
    <message>
        <location filename="../../app/ui/feedback/send_tab.py" line="167"/>
        <source>De kaarten vastleggen als verstuurd en opslaan als PDF om af te drukken (elke kaart krijgt een eigen code)</source>
        <translation>Record the cards as sent and save them as PDF for printing (each card gets its own code)</translation>
    </message>
    <message>
        <location filename="../../app/ui/feedback/send_tab.py" line="171"/>
        <source>Afdrukken…</source>
        <translation>Print…</translation>
    </message>
    <message>
        <location filename="../../app/ui/feedback/send_tab.py" line="161"/>
        <source>Een afdrukvoorbeeld van de kaarten, met voorbeeldcodes; er wordt niets vastgelegd</source>
        <translation>A print preview of the cards, with sample codes; nothing is recorded</translation>
    </message>
    <message>
        <location filename="../../app/ui/feedback/send_tab.py" line="122"/>
        <source>Afgesloten klachten die nog geen groene en rode kaart kregen. Klachten die in de laatste drie maanden zijn afgesloten, staan aangevinkt; oudere staan er niet-aangevinkt bij. Vink aan of uit wie deze keer kaarten krijgt.</source>
        <translation>Closed complaints that have not yet received a green and red card. Complaints closed in the last three months are ticked; older ones are listed unticked. Tick or untick who receives cards this time.</translation>
    </message>
    <message>
        <location filename="../../app/ui/feedback/send_tab.py" line="128"/>
        <source>Laden…</source>
        <translation>Loading…</translation>
    </message>
    <message>
        <location filename="../../app/ui/feedback/send_tab.py" line="173"/>
        <source>De kaarten vastleggen als verstuurd en afdrukken op een printer naar keuze</source>
        <translation>Record the cards as sent and print them on a printer of your choice</translation>
    </message>
    <message>
        <location filename="../../app/ui/feedback/send_tab.py" line="175"/>
        <source>E-mails maken…</source>
        <translation>Create emails…</translation>
    </message>
    <message>
        <location filename="../../app/ui/feedback/send_tab.py" line="178"/>
        <source>De kaarten vastleggen als digitaal verstuurd en per klager een e-mail klaarzetten in uw e-mailprogramma</source>
        <translation>Record the cards as sent digitally and prepare an email per complainant in your email program</translation>
    </message>
    <message>
        <location filename="../../app/ui/feedback/send_tab.py" line="184"/>
        <source>Laatste reeks opnieuw opslaan…</source>
        <translation>Save last batch again…</translation>
    </message>
    <message>
        <location filename="../../app/ui/feedback/send_tab.py" line="186"/>
        <source>De kaarten van de laatst vastgelegde reeks nog eens als PDF opslaan</source>
        <translation>Save the cards of the last recorded batch as PDF once more</translation>
    </message>
    <message>
        <location filename="../../app/ui/feedback/send_tab.py" line="193"/>
        <source>Versturen per:</source>
        <translation>Send by:</translation>
    </message>
    <message>
        <location filename="../../app/ui/feedback/send_tab.py" line="200"/>
        <source>&amp;Formaat:</source>
        <translation>&amp;Size:</translation>
    </message>
    <message>
        <location filename="../../app/ui/feedback/send_tab.py" line="232"/>
        <source>Geen kaarten te versturen</source>
        <translation>No cards to send</translation>
    </message>
    <message>
        <location filename="../../app/ui/feedback/send_tab.py" line="234"/>
        <source>Een feedbackkaart gaat naar de klager nadat een klacht is afgehandeld. Zodra er afgehandelde klachten zonder kaart zijn, staan de klagers hier.</source>
        <translation>A feedback card goes to the complainant after a complaint has been dealt with. As soon as there are dealt-with complaints without a card, the complainants are listed here.</translation>
    </message>
    <message>
        <location filename="../../app/ui/feedback/send_tab.py" line="300"/>
        <source>Kaarten versturen</source>
        <translation>Send cards</translation>
    </message>
    <message>
        <location filename="../../app/ui/feedback/send_tab.py" line="301"/>
        <source>De lijst kon niet worden gelezen. Details staan in het logboek.</source>
        <translation>The list could not be read. Details are in the log.</translation>
    </message>
    <message>
        <location filename="../../app/ui/feedback/send_tab.py" line="331"/>
        <source>Vul eerst onder Beheer de naam van de organisatie en het antwoordnummer met postcode en plaats in; die staan op de kaarten.</source>
        <translation>First fill in the name of the organisation and the freepost number with postcode and town under Administration; they are printed on the cards.</translation>
    </message>
    <message>
        <location filename="../../app/ui/feedback/send_tab.py" line="335"/>
        <source>Vul eerst onder Beheer het e-mailadres voor feedback in.</source>
        <translation>First fill in the email address for feedback under Administration.</translation>
    </message>
    <message>
        <location filename="../../app/ui/feedback/send_tab.py" line="345"/>
        <source>%1 van de eerste %2 gekozen (%3 kaarten); %4 wachten in totaal</source>
        <translation>%1 of the first %2 chosen (%3 cards); %4 waiting in total</translation>
    </message>
    <message>
        <location filename="../../app/ui/feedback/send_tab.py" line="354"/>
        <source>%1 van %2 gekozen (%3 kaarten)</source>
        <translation>%1 of %2 chosen (%3 cards)</translation>
    </message>
    <message>
        <location filename="../../app/ui/feedback/send_tab.py" line="356"/>
        <source>Er wachten geen klachten op kaarten.</source>
        <translation>No complaints are waiting for cards.</translation>
    </message>
    <message>
        <location filename="../../app/ui/feedback/send_tab.py" line="394"/>
        <source>VOORBEELD</source>
        <translation>SAMPLE</translation>
    </message>
    <message>
        <location filename="../../app/ui/feedback/send_tab.py" line="403"/>
        <source>Voorbeeld feedbackkaarten</source>
        <translation>Feedback cards preview</translation>
    </message>
    <message>
        <location filename="../../app/ui/feedback/send_tab.py" line="457"/>
        <source>De kaarten van 1 klacht worden nu vastgelegd als verstuurd (%2, %3). Elke kaart krijgt daarbij een eigen code, die op de kaart komt te staan. Daarna staat deze klacht niet meer in de lijst.

Zijn de kaarten klaar om te versturen?</source>
        <translation>The cards of 1 complaint will now be recorded as sent (%2, %3). Each card gets its own code, which is printed on the card. After that, this complaint is no longer in the list.

Are the cards ready to send?</translation>
    </message>
    <message>
        <location filename="../../app/ui/feedback/send_tab.py" line="464"/>
        <source>De kaarten van %1 klachten worden nu vastgelegd als verstuurd (%2, %3). Elke kaart krijgt daarbij een eigen code, die op de kaart komt te staan. Daarna staan deze klachten niet meer in de lijst.

Zijn de kaarten klaar om te versturen?</source>
        <translation>The cards of %1 complaints will now be recorded as sent (%2, %3). Each card gets its own code, which is printed on the card. After that, these complaints are no longer in the list.

Are the cards ready to send?</translation>
    </message>
    <message>
        <location filename="../../app/ui/feedback/send_tab.py" line="550"/>
        <source>Kaarten afdrukken</source>
        <translation>Print cards</translation>
    </message>
    <message>
        <location filename="../../app/ui/feedback/send_tab.py" line="555"/>
        <source>Kies een printer om de kaarten af te drukken.</source>
        <translation>Choose a printer to print the cards.</translation>
    </message>
    <message>
        <location filename="../../app/ui/feedback/send_tab.py" line="566"/>
        <source>Afdrukken mislukt</source>
        <translation>Printing failed</translation>
    </message>
    <message>
        <location filename="../../app/ui/feedback/send_tab.py" line="568"/>
        <source>De kaarten zijn wel vastgelegd, maar konden niet worden afgedrukt. Sla ze op met &apos;Laatste reeks opnieuw opslaan…&apos; en druk de PDF af.</source>
        <translation>The cards have been recorded, but could not be printed. Save them with &apos;Save last batch again…&apos; and print the PDF.</translation>
    </message>
    <message>
        <location filename="../../app/ui/feedback/send_tab.py" line="663"/>
        <source>1 e-mail klaargezet in uw e-mailprogramma.</source>
        <translation>1 email prepared in your email program.</translation>
    </message>
    <message>
        <location filename="../../app/ui/feedback/send_tab.py" line="665"/>
        <source>%1 e-mails klaargezet in uw e-mailprogramma.</source>
        <translation>%1 emails prepared in your email program.</translation>
    </message>
    <message>
        <location filename="../../app/ui/feedback/send_tab.py" line="583"/>
        <source>Niet afgedrukt. De kaarten zijn wel vastgelegd: sla ze op met &apos;Laatste reeks opnieuw opslaan…&apos; om ze later af te drukken.</source>
        <translation>Not printed. The cards have been recorded, though: save them with &apos;Save last batch again…&apos; to print them later.</translation>
    </message>
    <message>
        <location filename="../../app/ui/feedback/send_tab.py" line="432"/>
        <source>Feedbackkaarten %1 %2.pdf</source>
        <translation>Feedback cards %1 %2.pdf</translation>
    </message>
    <message>
        <location filename="../../app/ui/feedback/send_tab.py" line="436"/>
        <source>Feedbackkaarten %1.pdf</source>
        <translation>Feedback cards %1.pdf</translation>
    </message>
    <message>
        <location filename="../../app/ui/feedback/send_tab.py" line="440"/>
        <source>Kaarten opslaan als PDF</source>
        <translation>Save cards as PDF</translation>
    </message>
    <message>
        <location filename="../../app/ui/feedback/send_tab.py" line="442"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../app/ui/feedback/send_tab.py" line="475"/>
        <source>Kaarten vastleggen als verstuurd</source>
        <translation>Record cards as sent</translation>
    </message>
    <message>
        <location filename="../../app/ui/feedback/send_tab.py" line="477"/>
        <source>Vastleggen</source>
        <translation>Record</translation>
    </message>
    <message>
        <location filename="../../app/ui/feedback/send_tab.py" line="515"/>
        <source>Bezig met het maken van de kaarten…</source>
        <translation>Creating the cards…</translation>
    </message>
    <message>
        <location filename="../../app/ui/feedback/send_tab.py" line="531"/>
        <source>%1 kaarten opgeslagen in %2.</source>
        <translation>%1 cards saved in %2.</translation>
    </message>
    <message>
        <location filename="../../app/ui/feedback/send_tab.py" line="534"/>
        <source>Kaarten opgeslagen</source>
        <translation>Cards saved</translation>
    </message>
    <message>
        <location filename="../../app/ui/feedback/send_tab.py" line="537"/>
        <source>De kaarten staan in %1. Druk ze af en verstuur ze met een antwoordenveloppe.</source>
        <translation>The cards are in %1. Print them and send them with a reply envelope.</translation>
    </message>
    <message>
        <location filename="../../app/ui/feedback/send_tab.py" line="575"/>
        <source>1 pagina met kaarten naar de printer gestuurd.</source>
        <translation>1 page of cards sent to the printer.</translation>
    </message>
    <message>
        <location filename="../../app/ui/feedback/send_tab.py" line="577"/>
        <source>%1 pagina&apos;s met kaarten naar de printer gestuurd.</source>
        <translation>%1 pages of cards sent to the printer.</translation>
    </message>
    <message>
        <location filename="../../app/ui/feedback/send_tab.py" line="593"/>
        <source>Kaarten niet opgeslagen</source>
        <translation>Cards not saved</translation>
    </message>
    <message>
        <location filename="../../app/ui/feedback/send_tab.py" line="595"/>
        <source>De kaarten zijn wel vastgelegd, maar de PDF kon niet worden gemaakt. Probeer het opnieuw met &apos;Laatste reeks opnieuw opslaan…&apos;.</source>
        <translation>The cards have been recorded, but the PDF could not be created. Try again with &apos;Save last batch again…&apos;.</translation>
    </message>
    <message>
        <location filename="../../app/ui/feedback/send_tab.py" line="611"/>
        <source>Geen e-mailadressen</source>
        <translation>No email addresses</translation>
    </message>
    <message>
        <location filename="../../app/ui/feedback/send_tab.py" line="613"/>
        <source>Geen van de gekozen klagers heeft een e-mailadres. Stuur hun kaarten per post.</source>
        <translation>None of the chosen complainants has an email address. Send their cards by post.</translation>
    </message>
    <message>
        <location filename="../../app/ui/feedback/send_tab.py" line="621"/>
        <source>Niet iedereen heeft een e-mailadres</source>
        <translation>Not everyone has an email address</translation>
    </message>
    <message>
        <location filename="../../app/ui/feedback/send_tab.py" line="624"/>
        <source>Deze klagers hebben geen e-mailadres: %1. Hun klachten blijven in de lijst staan; stuur die kaarten per post. Doorgaan met de anderen?</source>
        <translation>These complainants have no email address: %1. Their complaints stay in the list; send those cards by post. Continue with the others?</translation>
    </message>
    <message>
        <location filename="../../app/ui/feedback/send_tab.py" line="629"/>
        <source>Doorgaan</source>
        <translation>Continue</translation>
    </message>
    <message>
        <location filename="../../app/ui/feedback/send_tab.py" line="640"/>
        <source>%1 feedbackkaarten.eml</source>
        <translation>%1 feedback cards.eml</translation>
    </message>
    <message>
        <location filename="../../app/ui/feedback/send_tab.py" line="669"/>
        <source>Niet vastgelegd; deze klachten staan nog in de lijst:</source>
        <translation>Not recorded; these complaints are still in the list:</translation>
    </message>
    <message>
        <location filename="../../app/ui/feedback/send_tab.py" line="674"/>
        <source>Wel vastgelegd, maar er is geen e-mailprogramma gevonden; open het e-mailconcept zelf:</source>
        <translation>Recorded, but no email program was found; open the email draft yourself:</translation>
    </message>
    <message>
        <location filename="../../app/ui/feedback/send_tab.py" line="680"/>
        <source>Niet alle e-mails zijn klaargezet</source>
        <translation>Not all emails have been prepared</translation>
    </message>
</context>
<context>
    <name>SentOnDialog</name>
    <message>
        <location filename="../../app/ui/workflow/letter_parts.py" line="160"/>
        <location filename="../../app/ui/workflow/letter_parts.py" line="171"/>
        <source>Verzonden op</source>
        <translation>Sent on</translation>
    </message>
    <message>
        <location filename="../../app/ui/workflow/letter_parts.py" line="166"/>
        <source>per post</source>
        <translation>by post</translation>
    </message>
    <message>
        <location filename="../../app/ui/workflow/letter_parts.py" line="167"/>
        <source>per e-mail</source>
        <translation>by email</translation>
    </message>
    <message>
        <location filename="../../app/ui/workflow/letter_parts.py" line="172"/>
        <source>Hoe</source>
        <translation>How</translation>
    </message>
    <message>
        <location filename="../../app/ui/workflow/letter_parts.py" line="175"/>
        <source>Vastleggen</source>
        <translation>Record</translation>
    </message>
    <message>
        <location filename="../../app/ui/workflow/letter_parts.py" line="177"/>
        <source>Annuleren</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <location filename="../../app/ui/help.py" line="139"/>
        <source>Sneltoetsen</source>
        <translation>Keyboard shortcuts</translation>
    </message>
    <message>
        <location filename="../../app/ui/help.py" line="147"/>
        <source>Handeling</source>
        <translation>Action</translation>
    </message>
    <message>
        <location filename="../../app/ui/help.py" line="147"/>
        <source>Sneltoets</source>
        <translation>Shortcut</translation>
    </message>
</context>
<context>
    <name>SignerDialog</name>
    <message>
        <location filename="../../app/ui/workflow/dialogs.py" line="485"/>
        <source>Ondertekenaar van de beslissing</source>
        <translation>Signatory of the decision</translation>
    </message>
    <message>
        <location filename="../../app/ui/workflow/dialogs.py" line="486"/>
        <source>Vastleggen</source>
        <translation>Record</translation>
    </message>
    <message>
        <location filename="../../app/ui/workflow/dialogs.py" line="488"/>
        <source>De beslissing wordt ondertekend door het hoofd van de eenheid of de directeur. Vul hier een andere ondertekenaar in dan die van de klachtregeling (Beheer); leeg laten: die van de klachtregeling.</source>
        <translation>The decision is signed by the head of the unit or the director. Fill in a signatory here other than the one in the complaints regulation (Administration); leave empty: the one in the complaints regulation.</translation>
    </message>
    <message>
        <location filename="../../app/ui/workflow/dialogs.py" line="495"/>
        <source>Ondertekenaar</source>
        <translation>Signatory</translation>
    </message>
    <message>
        <location filename="../../app/ui/workflow/dialogs.py" line="496"/>
        <source>Functie</source>
        <translation>Position</translation>
    </message>
</context>
<context>
    <name>StockTable</name>
    <message>
        <location filename="../../app/ui/reports/stock_table.py" line="16"/>
        <location filename="../../app/ui/reports/stock_table.py" line="27"/>
        <source>Voorraad per team</source>
        <translation>Workload per team</translation>
    </message>
    <message>
        <location filename="../../app/ui/reports/stock_table.py" line="19"/>
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <location filename="../../app/ui/reports/stock_table.py" line="20"/>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <location filename="../../app/ui/reports/stock_table.py" line="21"/>
        <source>Zonder behandelaar</source>
        <translation>Without handler</translation>
    </message>
    <message>
        <location filename="../../app/ui/reports/stock_table.py" line="22"/>
        <source>Dagen tot toewijzing</source>
        <translation>Days to assignment</translation>
    </message>
    <message>
        <location filename="../../app/ui/reports/stock_table.py" line="23"/>
        <source>Dagen tot eerste contact</source>
        <translation>Days to first contact</translation>
    </message>
    <message>
        <location filename="../../app/ui/reports/stock_table.py" line="31"/>
        <source>Dagen: mediaan / gemiddelde, van ontvangst tot toewijzing en tot het eerste contact, over de klachten ontvangen in de weken van de grafiek hierboven. Een klacht over medewerkers van twee teams telt bij beide; het totaal telt haar één keer.</source>
        <translation>Days: median / average, from receipt to assignment and to first contact, over the complaints received in the weeks of the chart above. A complaint about employees of two teams counts for both; the total counts it once.</translation>
    </message>
    <message>
        <location filename="../../app/ui/reports/stock_table.py" line="47"/>
        <source>niet beschikbaar</source>
        <translation>not available</translation>
    </message>
</context>
<context>
    <name>SubjectDialog</name>
    <message>
        <location filename="../../app/ui/admin/subjects_tab.py" line="26"/>
        <source>Onderwerp toevoegen</source>
        <translation>Add subject</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/subjects_tab.py" line="28"/>
        <source>Onderwerp hernoemen</source>
        <translation>Rename subject</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/subjects_tab.py" line="31"/>
        <source>De klacht met dit onderwerp krijgt de nieuwe naam.</source>
        <translation>The complaint with this subject gets the new name.</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/subjects_tab.py" line="34"/>
        <source>De %1 klachten met dit onderwerp krijgen de nieuwe naam.</source>
        <translation>The %1 complaints with this subject get the new name.</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/subjects_tab.py" line="40"/>
        <source>Naam *</source>
        <translation>Name *</translation>
    </message>
</context>
<context>
    <name>SubjectTableModel</name>
    <message>
        <location filename="../../app/ui/admin/table_models.py" line="174"/>
        <source>Onderwerp</source>
        <translation>Subject</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/table_models.py" line="176"/>
        <source>Klachten</source>
        <translation>Complaints</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/table_models.py" line="182"/>
        <source>Actief</source>
        <translation>Active</translation>
    </message>
</context>
<context>
    <name>SubjectsPanel</name>
    <message>
        <location filename="../../app/ui/admin/subjects_tab.py" line="57"/>
        <source>Onderwerpen</source>
        <translation>Subjects</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/subjects_tab.py" line="58"/>
        <source>De naam van het onderwerp wijzigen</source>
        <translation>Change the name of the subject</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/subjects_tab.py" line="61"/>
        <source>De onderwerpen waarmee klachten worden ingedeeld (voor de rapportages). Een onderwerp wordt nooit verwijderd: maak het inactief, dan is het niet meer te kiezen en houden klachten het.</source>
        <translation>The subjects by which complaints are classified (for the reports). A subject is never deleted: make it inactive, then it can no longer be chosen and complaints keep it.</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/subjects_tab.py" line="82"/>
        <source>Onderwerp inactief maken</source>
        <translation>Make subject inactive</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/subjects_tab.py" line="85"/>
        <source>Wilt u het onderwerp %1 inactief maken? Het is dan niet meer te kiezen bij klachten. Klachten die het al hebben, houden het. U kunt het later weer actief maken.</source>
        <translation>Do you want to make the subject %1 inactive? It can then no longer be chosen for complaints. Complaints that already have it keep it. You can make it active again later.</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/subjects_tab.py" line="91"/>
        <source>Inactief maken</source>
        <translation>Make inactive</translation>
    </message>
</context>
<context>
    <name>TemplatesTab</name>
    <message>
        <location filename="../../app/ui/admin/templates_tab.py" line="64"/>
        <source>Soorten brieven</source>
        <translation>Types of letters</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/templates_tab.py" line="70"/>
        <source>&amp;Brieven</source>
        <translation>&amp;Letters</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/templates_tab.py" line="78"/>
        <source>&apos;aangepast&apos;: de tekst wijkt af van de standaardtekst.</source>
        <translation>&apos;adjusted&apos;: the text differs from the default text.</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/templates_tab.py" line="95"/>
        <source>&amp;Onderwerp</source>
        <translation>&amp;Subject</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/templates_tab.py" line="97"/>
        <source>&amp;Tekst</source>
        <translation>&amp;Text</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/templates_tab.py" line="99"/>
        <source>Terug naar standaardtekst…</source>
        <translation>Back to default text…</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/templates_tab.py" line="100"/>
        <source>Ongedaan maken</source>
        <translation>Undo</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/templates_tab.py" line="101"/>
        <source>De opgeslagen tekst weer tonen</source>
        <translation>Show the saved text again</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/templates_tab.py" line="102"/>
        <source>Opslaan</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/templates_tab.py" line="103"/>
        <source>Opslaan (Ctrl+S)</source>
        <translation>Save (Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/templates_tab.py" line="130"/>
        <source>Invulvelden</source>
        <translation>Fill-in fields</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/templates_tab.py" line="140"/>
        <source>&amp;Invulvelden</source>
        <translation>&amp;Fill-in fields</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/templates_tab.py" line="155"/>
        <source>Dubbelklik of Enter zet het invulveld op de plaats van de cursor.</source>
        <translation>Double-click or Enter puts the fill-in field at the cursor position.</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/templates_tab.py" line="217"/>
        <source>%1 (aangepast)</source>
        <translation>%1 (adjusted)</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/templates_tab.py" line="250"/>
        <source>Wijzigingen niet opgeslagen</source>
        <translation>Changes not saved</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/templates_tab.py" line="252"/>
        <source>U heeft dit sjabloon gewijzigd maar nog niet opgeslagen. Wilt u de wijzigingen weggooien en een ander sjabloon openen?</source>
        <translation>You have changed this template but not saved it yet. Do you want to discard the changes and open another template?</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/templates_tab.py" line="255"/>
        <source>Wijzigingen weggooien</source>
        <translation>Discard changes</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/templates_tab.py" line="275"/>
        <source>Aangepaste tekst van uw organisatie.</source>
        <translation>Adjusted text of your organisation.</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/templates_tab.py" line="277"/>
        <source>Standaardtekst van het programma.</source>
        <translation>Default text of the program.</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/templates_tab.py" line="302"/>
        <source>Er zijn wijzigingen die nog niet zijn opgeslagen.</source>
        <translation>There are changes that have not been saved yet.</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/templates_tab.py" line="347"/>
        <source>Niet opgeslagen: controleer de gemarkeerde velden.</source>
        <translation>Not saved: check the highlighted fields.</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/templates_tab.py" line="350"/>
        <source>Niet opgeslagen: intussen gewijzigd.</source>
        <translation>Not saved: changed in the meantime.</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/templates_tab.py" line="353"/>
        <source>Intussen gewijzigd</source>
        <translation>Changed in the meantime</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/templates_tab.py" line="355"/>
        <source>Iemand anders heeft dit sjabloon intussen gewijzigd. Uw tekst is niet opgeslagen en staat nog in het venster. Kies &apos;Ongedaan maken&apos; om de nieuwste versie te zien.</source>
        <translation>Someone else has changed this template in the meantime. Your text has not been saved and is still in the window. Choose &apos;Undo&apos; to see the newest version.</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/templates_tab.py" line="366"/>
        <source>Het sjabloon is opgeslagen.</source>
        <translation>The template has been saved.</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/templates_tab.py" line="373"/>
        <source>Kies een invulveld uit de lijst Invulvelden.</source>
        <translation>Choose a fill-in field from the Fill-in fields list.</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/templates_tab.py" line="386"/>
        <source>Terug naar standaardtekst</source>
        <translation>Back to default text</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/templates_tab.py" line="389"/>
        <source>Wilt u de aangepaste tekst van &apos;%1&apos; weggooien en de standaardtekst van het programma weer gebruiken?</source>
        <translation>Do you want to discard the adjusted text of &apos;%1&apos; and use the program&apos;s default text again?</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/templates_tab.py" line="394"/>
        <source>Standaardtekst gebruiken</source>
        <translation>Use default text</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/templates_tab.py" line="404"/>
        <source>De standaardtekst wordt weer gebruikt.</source>
        <translation>The default text is used again.</translation>
    </message>
</context>
<context>
    <name>TermsForm</name>
    <message>
        <location filename="../../app/ui/admin/retention_tab.py" line="47"/>
        <source>jaar</source>
        <translation>years</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/retention_tab.py" line="52"/>
        <source>Bewaartermijnen</source>
        <translation>Retention periods</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/retention_tab.py" line="55"/>
        <source>Na afloop van de termijn worden de persoonsgegevens en vrije teksten van een afgesloten klacht vernietigd; een anonieme rij blijft voor de rapportages. Bron van de standaardtermijnen: %1.</source>
        <translation>When the period ends, the personal data and free texts of a closed complaint are destroyed; an anonymous row remains for the reports. Source of the default periods: %1.</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/retention_tab.py" line="62"/>
        <source>Bron: Selectielijst gemeenten 2020, procestype 13</source>
        <translation>Source: Selectielijst gemeenten 2020, process type 13</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/retention_tab.py" line="65"/>
        <source>Behandelde klacht</source>
        <translation>Handled complaint</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/retention_tab.py" line="68"/>
        <source>%1: vernietigen 5 jaar na afhandeling.</source>
        <translation>%1: destroy 5 years after closure.</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/retention_tab.py" line="72"/>
        <source>Doorgegaan naar de Nationale ombudsman</source>
        <translation>Passed on to the National Ombudsman</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/retention_tab.py" line="75"/>
        <source>%1: vernietigen 10 jaar na afhandeling.</source>
        <translation>%1: destroy 10 years after closure.</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/retention_tab.py" line="79"/>
        <source>Niet in behandeling genomen of ingetrokken</source>
        <translation>Not dealt with or withdrawn</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/retention_tab.py" line="82"/>
        <source>%1: vernietigen 1 jaar na afhandeling.</source>
        <translation>%1: destroy 1 year after closure.</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/retention_tab.py" line="85"/>
        <source>Een wijziging wordt vastgelegd in de audittrail.</source>
        <translation>A change is recorded in the audit trail.</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/retention_tab.py" line="110"/>
        <source>Opgeslagen om %1.</source>
        <translation>Saved at %1.</translation>
    </message>
</context>
<context>
    <name>TextPromptDialog</name>
    <message>
        <location filename="../../app/ui/feedback/prompt.py" line="57"/>
        <source>Annuleren</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>TodayModel</name>
    <message>
        <location filename="../../app/ui/tasks/model.py" line="51"/>
        <source>Wat</source>
        <translation>What</translation>
    </message>
    <message>
        <location filename="../../app/ui/tasks/model.py" line="52"/>
        <source>Klacht</source>
        <translation>Complaint</translation>
    </message>
    <message>
        <location filename="../../app/ui/tasks/model.py" line="53"/>
        <source>Wie</source>
        <translation>Who</translation>
    </message>
    <message>
        <location filename="../../app/ui/tasks/model.py" line="54"/>
        <source>Termijn</source>
        <translation>Deadline</translation>
    </message>
</context>
<context>
    <name>TodayPage</name>
    <message>
        <location filename="../../app/ui/tasks/page.py" line="62"/>
        <location filename="../../app/ui/tasks/page.py" line="66"/>
        <location filename="../../app/ui/tasks/page.py" line="177"/>
        <source>Vandaag</source>
        <translation>Today</translation>
    </message>
    <message>
        <location filename="../../app/ui/tasks/page.py" line="92"/>
        <source>Laden…</source>
        <translation>Loading…</translation>
    </message>
    <message>
        <location filename="../../app/ui/tasks/page.py" line="97"/>
        <source>Openen</source>
        <translation>Open</translation>
    </message>
    <message>
        <location filename="../../app/ui/tasks/page.py" line="98"/>
        <source>Opent de klacht of het scherm erbij (Enter)</source>
        <translation>Opens the complaint or its screen (Enter)</translation>
    </message>
    <message>
        <location filename="../../app/ui/tasks/page.py" line="99"/>
        <source>Gereed</source>
        <translation>Done</translation>
    </message>
    <message>
        <location filename="../../app/ui/tasks/page.py" line="100"/>
        <source>De gekozen taak is gedaan</source>
        <translation>The selected task is done</translation>
    </message>
    <message>
        <location filename="../../app/ui/tasks/page.py" line="101"/>
        <source>Ongedaan maken</source>
        <translation>Undo</translation>
    </message>
    <message>
        <location filename="../../app/ui/tasks/page.py" line="102"/>
        <source>Zet de taak die u net gereed meldde weer open</source>
        <translation>Reopens the task you just marked as done</translation>
    </message>
    <message>
        <location filename="../../app/ui/tasks/page.py" line="127"/>
        <source>Het dringendste eerst in elke groep. Rood: de termijn is verstreken; oranje: binnen twee werkdagen. Enter of dubbelklikken opent.</source>
        <translation>Most urgent first in each group. Red: the deadline has passed; orange: within two working days. Enter or double-click opens.</translation>
    </message>
    <message>
        <location filename="../../app/ui/tasks/page.py" line="179"/>
        <source>Het werk van vandaag kon niet worden gelezen. Details staan in het logboek.</source>
        <translation>Today&apos;s work could not be read. Details are in the log.</translation>
    </message>
    <message>
        <location filename="../../app/ui/tasks/page.py" line="212"/>
        <source>Niets dat vandaag aandacht vraagt.</source>
        <translation>Nothing needs attention today.</translation>
    </message>
    <message>
        <location filename="../../app/ui/tasks/page.py" line="219"/>
        <source>Nog geen klachten geregistreerd. Begin op het scherm Klachten met &apos;Nieuwe klacht&apos;; wat daarna moet gebeuren verschijnt hier vanzelf.</source>
        <translation>No complaints registered yet. Start on the Complaints screen with &apos;New complaint&apos;; what must happen next appears here by itself.</translation>
    </message>
    <message>
        <location filename="../../app/ui/tasks/page.py" line="297"/>
        <source>Taak gereed melden</source>
        <translation>Mark task as done</translation>
    </message>
    <message>
        <location filename="../../app/ui/tasks/page.py" line="298"/>
        <source>Is deze taak gedaan?</source>
        <translation>Is this task done?</translation>
    </message>
    <message>
        <location filename="../../app/ui/tasks/page.py" line="299"/>
        <source>Gereed melden</source>
        <translation>Mark as done</translation>
    </message>
    <message>
        <location filename="../../app/ui/tasks/page.py" line="301"/>
        <source>Nog niet</source>
        <translation>Not yet</translation>
    </message>
</context>
<context>
    <name>UnitDialog</name>
    <message>
        <location filename="../../app/ui/admin/unit_dialog.py" line="44"/>
        <source>Afdeling toevoegen</source>
        <translation>Add unit</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/unit_dialog.py" line="46"/>
        <source>Afdeling wijzigen</source>
        <translation>Edit unit</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/unit_dialog.py" line="55"/>
        <source>Naam *</source>
        <translation>Name *</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/unit_dialog.py" line="56"/>
        <source>Soort</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/unit_dialog.py" line="57"/>
        <source>Valt onder</source>
        <translation>Falls under</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/unit_dialog.py" line="58"/>
        <source>Leidinggevende</source>
        <translation>Manager</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/unit_dialog.py" line="84"/>
        <location filename="../../app/ui/admin/unit_dialog.py" line="95"/>
        <source>(geen)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/unit_dialog.py" line="91"/>
        <location filename="../../app/ui/admin/unit_dialog.py" line="102"/>
        <source>%1 (inactief)</source>
        <translation>%1 (inactive)</translation>
    </message>
</context>
<context>
    <name>UnitTableModel</name>
    <message>
        <location filename="../../app/ui/admin/table_models.py" line="155"/>
        <source>Naam</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/table_models.py" line="156"/>
        <source>Soort</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/table_models.py" line="157"/>
        <source>Valt onder</source>
        <translation>Falls under</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/table_models.py" line="158"/>
        <source>Leidinggevende</source>
        <translation>Manager</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/table_models.py" line="160"/>
        <source>Actieve medewerkers</source>
        <translation>Active employees</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/table_models.py" line="166"/>
        <source>Actief</source>
        <translation>Active</translation>
    </message>
</context>
<context>
    <name>UnitsPanel</name>
    <message>
        <location filename="../../app/ui/admin/panels.py" line="54"/>
        <source>Afdelingen</source>
        <translation>Units</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/panels.py" line="68"/>
        <source>Afdeling inactief maken</source>
        <translation>Make unit inactive</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/panels.py" line="71"/>
        <source>Wilt u de afdeling %1 inactief maken? Een inactieve afdeling is niet meer te kiezen voor medewerkers. U kunt haar later weer actief maken.</source>
        <translation>Do you want to make the unit %1 inactive? An inactive unit can no longer be chosen for employees. You can make it active again later.</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/panels.py" line="76"/>
        <source>Inactief maken</source>
        <translation>Make inactive</translation>
    </message>
</context>
<context>
    <name>ViewLogPanel</name>
    <message>
        <location filename="../../app/ui/admin/view_log_panel.py" line="36"/>
        <location filename="../../app/ui/admin/view_log_panel.py" line="47"/>
        <source>Van</source>
        <translation>From</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/view_log_panel.py" line="37"/>
        <location filename="../../app/ui/admin/view_log_panel.py" line="48"/>
        <source>Tot en met</source>
        <translation>Up to and including</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/view_log_panel.py" line="40"/>
        <source>leeg: alle klagers; of klagernummer of klachtnummer (IK-2026-0042)</source>
        <translation>empty: all complainants; or complainant number or complaint number (IK-2026-0042)</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/view_log_panel.py" line="42"/>
        <location filename="../../app/ui/admin/view_log_panel.py" line="49"/>
        <source>Klager</source>
        <translation>Complainant</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/view_log_panel.py" line="43"/>
        <source>Exporteren…</source>
        <translation>Export…</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/view_log_panel.py" line="57"/>
        <source>Het inzagelog legt vast wie de persoonsgegevens van een klacht heeft ingezien: het klachtvenster, bijlagen, dossiers en exports of rapportages met namen. Exporteer het voor een periode, eventueel van één klager (bijvoorbeeld voor een inzageverzoek onder de AVG).</source>
        <translation>The access log records who has viewed the personal data of a complaint: the complaint window, attachments, files and exports or reports with names. Export it for a period, optionally for one complainant (for example for a subject access request under the GDPR).</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/view_log_panel.py" line="96"/>
        <location filename="../../app/ui/admin/view_log_panel.py" line="132"/>
        <source>Inzagelog exporteren</source>
        <translation>Export access log</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/view_log_panel.py" line="98"/>
        <source>Excel-werkmap (*.xlsx);;CSV, puntkomma&apos;s (*.csv)</source>
        <translation>Excel workbook (*.xlsx);;CSV, semicolons (*.csv)</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/view_log_panel.py" line="124"/>
        <source>Inzagelog geëxporteerd</source>
        <translation>Access log exported</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/view_log_panel.py" line="125"/>
        <source>%1 regels opgeslagen in %2.</source>
        <translation>%1 lines saved in %2.</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/view_log_panel.py" line="133"/>
        <source>De export is mislukt. Details staan in het logboek.</source>
        <translation>The export failed. Details are in the log.</translation>
    </message>
</context>
<context>
    <name>ViewLogTab</name>
    <message>
        <location filename="../../app/ui/complaints/view_log_tab.py" line="26"/>
        <source>Wanneer</source>
        <translation>When</translation>
    </message>
    <message>
        <location filename="../../app/ui/complaints/view_log_tab.py" line="26"/>
        <source>Wie</source>
        <translation>Who</translation>
    </message>
    <message>
        <location filename="../../app/ui/complaints/view_log_tab.py" line="26"/>
        <source>Wat</source>
        <translation>What</translation>
    </message>
    <message>
        <location filename="../../app/ui/complaints/view_log_tab.py" line="26"/>
        <source>Toelichting</source>
        <translation>Explanation</translation>
    </message>
    <message>
        <location filename="../../app/ui/complaints/view_log_tab.py" line="28"/>
        <source>Inzage</source>
        <translation>Access</translation>
    </message>
    <message>
        <location filename="../../app/ui/complaints/view_log_tab.py" line="37"/>
        <source>Wie de persoonsgegevens van deze klacht heeft ingezien: het venster, bijlagen, het dossier en exports of rapportages met namen.</source>
        <translation>Who has viewed the personal data of this complaint: the window, attachments, the file and exports or reports with names.</translation>
    </message>
</context>
<context>
    <name>WithdrawDialog</name>
    <message>
        <location filename="../../app/ui/workflow/dialogs.py" line="764"/>
        <source>Klacht intrekken</source>
        <translation>Withdraw complaint</translation>
    </message>
    <message>
        <location filename="../../app/ui/workflow/dialogs.py" line="765"/>
        <source>Intrekken</source>
        <translation>Withdraw</translation>
    </message>
    <message>
        <location filename="../../app/ui/workflow/dialogs.py" line="766"/>
        <source>De klager trekt de klacht in. Leg vast waarom of hoe dat is gegaan.</source>
        <translation>The complainant withdraws the complaint. Record why or how this happened.</translation>
    </message>
    <message>
        <location filename="../../app/ui/workflow/dialogs.py" line="769"/>
        <source>Bijvoorbeeld: klager heeft telefonisch laten weten de klacht in te trekken</source>
        <translation>For example: complainant said by phone that they withdraw the complaint</translation>
    </message>
</context>
<context>
    <name>WithdrawPromiseDialog</name>
    <message>
        <location filename="../../app/ui/workflow/dialogs.py" line="282"/>
        <source>Toezegging intrekken</source>
        <translation>Withdraw commitment</translation>
    </message>
    <message>
        <location filename="../../app/ui/workflow/dialogs.py" line="283"/>
        <source>Intrekken</source>
        <translation>Withdraw</translation>
    </message>
    <message>
        <location filename="../../app/ui/workflow/dialogs.py" line="286"/>
        <source>Toezegging: %1

Een ingetrokken toezegging blijft zichtbaar, doorgestreept, maar staat niet meer in brieven, e-mails en Vandaag.</source>
        <translation>Commitment: %1

A withdrawn commitment stays visible, struck through, but no longer appears in letters, emails and Today.</translation>
    </message>
    <message>
        <location filename="../../app/ui/workflow/dialogs.py" line="294"/>
        <source>Bijvoorbeeld: bij de verkeerde klacht vastgelegd</source>
        <translation>For example: recorded with the wrong complaint</translation>
    </message>
    <message>
        <location filename="../../app/ui/workflow/dialogs.py" line="296"/>
        <source>Reden van intrekken</source>
        <translation>Reason for withdrawal</translation>
    </message>
</context>
<context>
    <name>WooExportDialog</name>
    <message>
        <location filename="../../app/ui/woo/export_dialog.py" line="53"/>
        <location filename="../../app/ui/woo/export_dialog.py" line="287"/>
        <location filename="../../app/ui/woo/export_dialog.py" line="301"/>
        <source>Woo-export</source>
        <translation>Woo export</translation>
    </message>
    <message>
        <location filename="../../app/ui/woo/export_dialog.py" line="59"/>
        <source>klachtnummers, bijv. IK-2026-0042</source>
        <translation>complaint numbers, e.g. IK-2026-0042</translation>
    </message>
    <message>
        <location filename="../../app/ui/woo/export_dialog.py" line="60"/>
        <source>Klachtnummers</source>
        <translation>Complaint numbers</translation>
    </message>
    <message>
        <location filename="../../app/ui/woo/export_dialog.py" line="62"/>
        <source>Documenten ophalen</source>
        <translation>Fetch documents</translation>
    </message>
    <message>
        <location filename="../../app/ui/woo/export_dialog.py" line="66"/>
        <source>Documenten</source>
        <translation>Documents</translation>
    </message>
    <message>
        <location filename="../../app/ui/woo/export_dialog.py" line="70"/>
        <source>Voorbeeld van het document</source>
        <translation>Preview of the document</translation>
    </message>
    <message>
        <location filename="../../app/ui/woo/export_dialog.py" line="72"/>
        <source>Passage</source>
        <translation>Passage</translation>
    </message>
    <message>
        <location filename="../../app/ui/woo/export_dialog.py" line="72"/>
        <source>Grond</source>
        <translation>Ground</translation>
    </message>
    <message>
        <location filename="../../app/ui/woo/export_dialog.py" line="75"/>
        <source>Voorgestelde lakkingen</source>
        <translation>Proposed redactions</translation>
    </message>
    <message>
        <location filename="../../app/ui/woo/export_dialog.py" line="78"/>
        <source>Grond voor de gekozen passage</source>
        <translation>Ground for the chosen passage</translation>
    </message>
    <message>
        <location filename="../../app/ui/woo/export_dialog.py" line="79"/>
        <location filename="../../app/ui/woo/export_dialog.py" line="242"/>
        <source>Passage toevoegen</source>
        <translation>Add passage</translation>
    </message>
    <message>
        <location filename="../../app/ui/woo/export_dialog.py" line="81"/>
        <source>Selecteer tekst in het voorbeeld en kies de grond waarop die wordt gelakt</source>
        <translation>Select text in the preview and choose the ground on which it is redacted</translation>
    </message>
    <message>
        <location filename="../../app/ui/woo/export_dialog.py" line="88"/>
        <source>Exporteren…</source>
        <translation>Export…</translation>
    </message>
    <message>
        <location filename="../../app/ui/woo/export_dialog.py" line="90"/>
        <source>Afbreken</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../app/ui/woo/export_dialog.py" line="92"/>
        <source>Sluiten</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../app/ui/woo/export_dialog.py" line="96"/>
        <source>Klachten:</source>
        <translation>Complaints:</translation>
    </message>
    <message>
        <location filename="../../app/ui/woo/export_dialog.py" line="123"/>
        <source>Zwart gelakt wordt wat aangevinkt is. Het dossier en de brieven worden opnieuw opgebouwd zonder de gelakte tekst; bijlagen worden afbeeldingen zonder tekstlaag. Na het schrijven controleert het programma elk bestand.</source>
        <translation>What is ticked is blacked out. The file and the letters are rebuilt without the redacted text; attachments become images without a text layer. After writing, the program checks each file.</translation>
    </message>
    <message>
        <location filename="../../app/ui/woo/export_dialog.py" line="150"/>
        <source>Persoonsgegevens zoeken…</source>
        <translation>Search for personal data…</translation>
    </message>
    <message>
        <location filename="../../app/ui/woo/export_dialog.py" line="159"/>
        <source>%1 gevonden.</source>
        <translation>%1 found.</translation>
    </message>
    <message>
        <location filename="../../app/ui/woo/export_dialog.py" line="243"/>
        <source>Selecteer eerst in het voorbeeld de tekst die gelakt moet worden.</source>
        <translation>First select the text to be redacted in the preview.</translation>
    </message>
    <message>
        <location filename="../../app/ui/woo/export_dialog.py" line="254"/>
        <source>Map voor de Woo-export</source>
        <translation>Folder for the Woo export</translation>
    </message>
    <message>
        <location filename="../../app/ui/woo/export_dialog.py" line="270"/>
        <source>Bezig met exporteren…</source>
        <translation>Exporting…</translation>
    </message>
    <message>
        <location filename="../../app/ui/woo/export_dialog.py" line="277"/>
        <source>Afbreken…</source>
        <translation>Cancel…</translation>
    </message>
    <message>
        <location filename="../../app/ui/woo/export_dialog.py" line="280"/>
        <source>Afgebroken; er is niets bewaard.</source>
        <translation>Cancelled; nothing has been saved.</translation>
    </message>
    <message>
        <location filename="../../app/ui/woo/export_dialog.py" line="284"/>
        <source>Klaar.</source>
        <translation>Done.</translation>
    </message>
    <message>
        <location filename="../../app/ui/woo/export_dialog.py" line="289"/>
        <source>%1 geëxporteerd (%2 deels openbaar) naar %3, met de inventarislijst.</source>
        <translation>%1 exported (%2 partly public) to %3, with the inventory list.</translation>
    </message>
    <message>
        <location filename="../../app/ui/woo/export_dialog.py" line="302"/>
        <source>De Woo-export is mislukt. Details staan in het logboek.</source>
        <translation>The Woo export failed. Details are in the log.</translation>
    </message>
</context>
<context>
    <name>_MultiValueField</name>
    <message>
        <location filename="../../app/ui/complaints/intake_fields.py" line="57"/>
        <source>Toevoegen</source>
        <translation>Add</translation>
    </message>
</context>
<context>
    <name>application</name>
    <message>
        <location filename="../../app/ui/application.py" line="92"/>
        <source>Er ging iets mis</source>
        <translation>Something went wrong</translation>
    </message>
    <message>
        <location filename="../../app/ui/application.py" line="93"/>
        <source>Er ging iets mis in het programma. Uw laatste handeling is misschien niet uitgevoerd; controleer dat en probeer het zo nodig opnieuw. Blijft het misgaan, sluit het programma dan af en start het opnieuw.</source>
        <translation>Something went wrong in the program. Your last action may not have been carried out; check it and try again if needed. If it keeps going wrong, close the program and start it again.</translation>
    </message>
    <message>
        <location filename="../../app/ui/application.py" line="100"/>
        <source>De technische details staan in het logbestand in %1</source>
        <translation>The technical details are in the log file in %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/application.py" line="117"/>
        <source>Uw inlognaam &apos;%1&apos; is niet bekend in deze database of uw account is niet actief. Vraag een beheerder u toe te voegen.</source>
        <translation>Your login name &apos;%1&apos; is not known in this database or your account is not active. Ask an administrator to add you.</translation>
    </message>
    <message>
        <location filename="../../app/ui/application.py" line="212"/>
        <source>Geen toegang</source>
        <translation>No access</translation>
    </message>
    <message>
        <location filename="../../app/ui/application.py" line="230"/>
        <source>Controle van de audittrail</source>
        <translation>Audit trail check</translation>
    </message>
    <message>
        <location filename="../../app/ui/application.py" line="255"/>
        <source>Database niet bereikbaar</source>
        <translation>Database not reachable</translation>
    </message>
    <message>
        <location filename="../../app/ui/application.py" line="245"/>
        <source>De database kon niet worden geopend: %1

Controleer of het bestand of de server bereikbaar is en probeer het opnieuw.</source>
        <translation>The database could not be opened: %1

Check that the file or the server can be reached and try again.</translation>
    </message>
    <message>
        <location filename="../../app/ui/application.py" line="319"/>
        <source>Database beschadigd</source>
        <translation>Database damaged</translation>
    </message>
    <message>
        <location filename="../../app/ui/application.py" line="321"/>
        <source>Om verdere schade te voorkomen wordt er niets meer opgeslagen. Het programma sluit als u op OK klikt.</source>
        <translation>To prevent further damage nothing more is saved. The program closes when you click OK.</translation>
    </message>
    <message>
        <location filename="../../app/ui/application.py" line="452"/>
        <source>Interne Klachten kan niet starten</source>
        <translation>Internal Complaints cannot start</translation>
    </message>
</context>
<context>
    <name>buttons</name>
    <message>
        <location filename="../../app/ui/common/buttons.py" line="20"/>
        <source>Opslaan</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/buttons.py" line="23"/>
        <source>Annuleren</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>deadlines</name>
    <message>
        <location filename="../../app/ui/workflow/words.py" line="11"/>
        <source>te laat</source>
        <translation>overdue</translation>
    </message>
    <message>
        <location filename="../../app/ui/workflow/words.py" line="13"/>
        <source>binnenkort</source>
        <translation>soon</translation>
    </message>
</context>
<context>
    <name>display</name>
    <message>
        <location filename="../../app/ui/common/display.py" line="36"/>
        <source>%1 bytes</source>
        <translation>%1 bytes</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/display.py" line="45"/>
        <source>De termijn is verstreken.</source>
        <translation>The deadline has passed.</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/display.py" line="47"/>
        <source>De termijn verloopt binnen twee werkdagen.</source>
        <translation>The deadline expires within two working days.</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/display.py" line="49"/>
        <source>Ruim binnen de termijn.</source>
        <translation>Well within the deadline.</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/display.py" line="50"/>
        <source>Geen lopende termijn.</source>
        <translation>No running deadline.</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/display.py" line="72"/>
        <source>Geen reactie meer op: %1</source>
        <translation>No further response on: %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/display.py" line="74"/>
        <source>Geen reactie meer op: %1 (mededeling van %2)</source>
        <translation>No further response on: %1 (notice of %2)</translation>
    </message>
</context>
<context>
    <name>help</name>
    <message>
        <location filename="../../app/ui/help.py" line="47"/>
        <source>Klachtcoördinator</source>
        <translation>Complaints coordinator</translation>
    </message>
    <message>
        <location filename="../../app/ui/help.py" line="52"/>
        <source>Behandelaar en teamleider</source>
        <translation>Handler and team leader</translation>
    </message>
    <message>
        <location filename="../../app/ui/help.py" line="57"/>
        <source>Beheerder</source>
        <translation>Administrator</translation>
    </message>
    <message>
        <location filename="../../app/ui/help.py" line="62"/>
        <source>Medewerker en management</source>
        <translation>Employee and management</translation>
    </message>
    <message>
        <location filename="../../app/ui/help.py" line="85"/>
        <source>Deze handleiding ontbreekt in de installatie. Vraag de beheerder om hulp.</source>
        <translation>This guide is missing from the installation. Ask the administrator for help.</translation>
    </message>
</context>
<context>
    <name>lock_wait</name>
    <message>
        <location filename="../../app/ui/lock_wait.py" line="23"/>
        <source>Wachten tot een collega klaar is met opslaan…</source>
        <translation>Waiting for a colleague to finish saving…</translation>
    </message>
</context>
<context>
    <name>messages</name>
    <message>
        <location filename="../../app/ui/messages.py" line="55"/>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="99"/>
        <source>Sluiten</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="145"/>
        <source>Annuleren</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="172"/>
        <source>Intussen gewijzigd</source>
        <translation>Changed in the meantime</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="174"/>
        <source>Geen toestemming</source>
        <translation>Not permitted</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="176"/>
        <source>Niet gevonden</source>
        <translation>Not found</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="178"/>
        <source>Database bezet</source>
        <translation>Database busy</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="180"/>
        <source>Probleem met de opslag</source>
        <translation>Storage problem</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="182"/>
        <source>Controleer de invoer</source>
        <translation>Check your input</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="185"/>
        <source>Niet gelukt</source>
        <translation>Did not succeed</translation>
    </message>
</context>
<context>
    <name>ops</name>
    <message>
        <location filename="../../app/ui/ops.py" line="243"/>
        <source>Niet gelukt</source>
        <translation>Did not succeed</translation>
    </message>
    <message>
        <location filename="../../app/ui/ops.py" line="245"/>
        <source>Het is niet gelukt. Details staan in het logboek; probeer het opnieuw.</source>
        <translation>It did not work. Details are in the log; please try again.</translation>
    </message>
</context>
<context>
    <name>services</name>
    <message>
        <location filename="../../app/ui/service_messages.py" line="23"/>
        <source>Bij klacht %1 staat een betrokken medewerker alleen als losse naam. Koppel de naam aan een medewerker of bevestig bij die klacht dat deze behandelaar niet die medewerker is (Awb 9:7).</source>
        <translation>In complaint %1 an employee concerned is only a name as given. Link the name to an employee or confirm in that complaint that this handler is not that employee (Awb 9:7).</translation>
    </message>
    <message>
        <location filename="../../app/ui/service_messages.py" line="11"/>
        <source>Deze klacht bestaat niet (meer).</source>
        <translation>This complaint does not exist (any more).</translation>
    </message>
    <message>
        <location filename="../../app/ui/service_messages.py" line="12"/>
        <source>Deze klager bestaat niet (meer).</source>
        <translation>This complainant does not exist (any more).</translation>
    </message>
    <message>
        <location filename="../../app/ui/service_messages.py" line="13"/>
        <source>Geef het nummer van de klager of van een klacht op.</source>
        <translation>Give the number of the complainant or of a complaint.</translation>
    </message>
    <message>
        <location filename="../../app/ui/service_messages.py" line="14"/>
        <source>De map %1 bestaat niet.</source>
        <translation>The folder %1 does not exist.</translation>
    </message>
    <message>
        <location filename="../../app/ui/service_messages.py" line="15"/>
        <source>%1 is een signaal zonder klager.</source>
        <translation>%1 is a signal without a complainant.</translation>
    </message>
    <message>
        <location filename="../../app/ui/service_messages.py" line="16"/>
        <source>Reservekopieën van een gedeelde PostgreSQL-database maakt de databasebeheerder met pg_dump; dit programma maakt alleen kopieën van een SQLite-bestand.</source>
        <translation>Backups of a shared PostgreSQL database are made by the database administrator with pg_dump; this program only copies an SQLite file.</translation>
    </message>
    <message>
        <location filename="../../app/ui/service_messages.py" line="17"/>
        <source>Deze reservekopie is beschadigd (de integriteitscontrole van SQLite faalt) en wordt niet teruggezet. Kies een andere reservekopie.</source>
        <translation>This backup is damaged (the SQLite integrity check fails) and is not restored. Choose another backup.</translation>
    </message>
    <message>
        <location filename="../../app/ui/service_messages.py" line="18"/>
        <source>Het bestand %1 bestaat niet.</source>
        <translation>The file %1 does not exist.</translation>
    </message>
    <message>
        <location filename="../../app/ui/service_messages.py" line="19"/>
        <source>Dit cluster bestaat niet (meer).</source>
        <translation>This cluster does not exist (any more).</translation>
    </message>
    <message>
        <location filename="../../app/ui/service_messages.py" line="20"/>
        <source>Een gekozen klacht bestaat niet (meer).</source>
        <translation>A selected complaint does not exist (any more).</translation>
    </message>
    <message>
        <location filename="../../app/ui/service_messages.py" line="21"/>
        <source>Dit cluster heeft geen open klachten om over te beslissen.</source>
        <translation>This cluster has no open complaints to decide on.</translation>
    </message>
    <message>
        <location filename="../../app/ui/service_messages.py" line="22"/>
        <source>Klacht %1 hoort al bij een ander cluster.</source>
        <translation>Complaint %1 already belongs to another cluster.</translation>
    </message>
    <message>
        <location filename="../../app/ui/service_messages.py" line="24"/>
        <source>Kies twee verschillende klagers om samen te voegen.</source>
        <translation>Choose two different complainants to merge.</translation>
    </message>
    <message>
        <location filename="../../app/ui/service_messages.py" line="25"/>
        <source>Deze klager is al samengevoegd met een andere.</source>
        <translation>This complainant has already been merged with another.</translation>
    </message>
    <message>
        <location filename="../../app/ui/service_messages.py" line="10"/>
        <source>U mag deze klacht niet inzien.</source>
        <translation>You may not view this complaint.</translation>
    </message>
    <message>
        <location filename="../../app/ui/service_messages.py" line="26"/>
        <source>Te kort: schrijf op wat er is gezegd of afgesproken, niet alleen dát er contact was (bijvoorbeeld: &apos;Klager gebeld; excuses aangeboden, terugbellen vrijdag&apos;).</source>
        <translation>Too short: write down what was said or agreed, not only that there was contact (for example: &apos;Called the complainant; apologised, will call back on Friday&apos;).</translation>
    </message>
    <message>
        <location filename="../../app/ui/service_messages.py" line="27"/>
        <source>Alleen een medewerker kan een contactnotitie maken.</source>
        <translation>Only an employee can make a contact note.</translation>
    </message>
    <message>
        <location filename="../../app/ui/service_messages.py" line="28"/>
        <source>Deze bijlage bestaat niet (meer).</source>
        <translation>This attachment does not exist (any more).</translation>
    </message>
    <message>
        <location filename="../../app/ui/service_messages.py" line="29"/>
        <source>Alleen de behandelaar van deze klacht kan volgstukken als gelezen markeren.</source>
        <translation>Only the handler of this complaint can mark follow-up documents as read.</translation>
    </message>
    <message>
        <location filename="../../app/ui/service_messages.py" line="30"/>
        <source>Rollen en rechten in de database zijn er alleen voor een gedeelde PostgreSQL-database. Een SQLite-bestand beschermt u met de rechten op het bestand en de map.</source>
        <translation>Roles and rights in the database exist only for a shared PostgreSQL database. You protect an SQLite file with the permissions of the file and its folder.</translation>
    </message>
    <message>
        <location filename="../../app/ui/service_messages.py" line="31"/>
        <source>Dit databasetype wordt niet ondersteund.</source>
        <translation>This type of database is not supported.</translation>
    </message>
    <message>
        <location filename="../../app/ui/service_messages.py" line="32"/>
        <source>Deze database heeft nog geen tabellen van het programma. Start het programma eerst één keer met deze database (dan wordt die ingericht).</source>
        <translation>This database has no tables of the program yet. Start the program once with this database first (that sets it up).</translation>
    </message>
    <message>
        <location filename="../../app/ui/service_messages.py" line="33"/>
        <source>Uw serveraccount mag geen rollen aanmaken. Voer deze opdracht uit met het account dat eigenaar is van de tabellen en CREATEROLE heeft (of als superuser).</source>
        <translation>Your server account may not create roles. Run this command with the account that owns the tables and has CREATEROLE (or as superuser).</translation>
    </message>
    <message>
        <location filename="../../app/ui/service_messages.py" line="34"/>
        <source>Uw serveraccount is geen eigenaar van de tabellen. Voer deze opdracht uit met het account waarmee het programma de database heeft ingericht.</source>
        <translation>Your server account does not own the tables. Run this command with the account the program set up the database with.</translation>
    </message>
    <message>
        <location filename="../../app/ui/service_messages.py" line="35"/>
        <source>Alleen een beheerder van deze database kan demogegevens laden.</source>
        <translation>Only an administrator of this database can load demo data.</translation>
    </message>
    <message>
        <location filename="../../app/ui/service_messages.py" line="36"/>
        <source>Deze database bevat al klachten. Demogegevens worden alleen in een leeg register geladen.</source>
        <translation>This database already contains complaints. Demo data is loaded into an empty register only.</translation>
    </message>
    <message>
        <location filename="../../app/ui/service_messages.py" line="37"/>
        <source>U hebt geen toegang tot deze gegevens in de database.</source>
        <translation>You have no access to these data in the database.</translation>
    </message>
    <message>
        <location filename="../../app/ui/service_messages.py" line="38"/>
        <source>Iemand anders heeft deze gegevens intussen gewijzigd. Sluit het venster en open het opnieuw om de nieuwste versie te zien; uw wijziging is niet opgeslagen.</source>
        <translation>Someone else has changed these details in the meantime. Close the window and open it again to see the newest version; your change has not been saved.</translation>
    </message>
    <message>
        <location filename="../../app/ui/service_messages.py" line="39"/>
        <source>De database is bezet door een andere gebruiker of een lange bewerking (bijvoorbeeld een import). Uw invoer is bewaard; probeer het zo opnieuw.</source>
        <translation>The database is busy with another user or a long operation (for example an import). Your input has been kept; try again in a moment.</translation>
    </message>
    <message>
        <location filename="../../app/ui/service_messages.py" line="40"/>
        <source>Vul eerst onder Beheer het e-mailadres voor feedback in.</source>
        <translation>First fill in the email address for feedback under Administration.</translation>
    </message>
    <message>
        <location filename="../../app/ui/service_messages.py" line="41"/>
        <source>Deze klager heeft geen e-mailadres; stuur de kaarten per post.</source>
        <translation>This complainant has no email address; send the cards by post.</translation>
    </message>
    <message>
        <location filename="../../app/ui/service_messages.py" line="42"/>
        <source>Klacht %1 is nog niet afgesloten.</source>
        <translation>Complaint %1 has not been closed yet.</translation>
    </message>
    <message>
        <location filename="../../app/ui/service_messages.py" line="43"/>
        <source>Er zijn voor deze klachten nog geen kaarten vastgelegd.</source>
        <translation>No cards have been recorded for these complaints yet.</translation>
    </message>
    <message>
        <location filename="../../app/ui/service_messages.py" line="44"/>
        <source>Vul eerst onder Beheer de naam van de organisatie en het antwoordnummer met postcode en plaats in; die staan op de kaarten.</source>
        <translation>First fill in the name of the organisation and the freepost number with postcode and town under Administration; they are printed on the cards.</translation>
    </message>
    <message>
        <location filename="../../app/ui/service_messages.py" line="45"/>
        <source>Leg eerst vast dat de kaarten zijn verstuurd.</source>
        <translation>First record that the cards have been sent.</translation>
    </message>
    <message>
        <location filename="../../app/ui/service_messages.py" line="46"/>
        <source>Deze kaart bestaat niet (meer).</source>
        <translation>This card does not exist (any more).</translation>
    </message>
    <message>
        <location filename="../../app/ui/service_messages.py" line="47"/>
        <source>Registreer eerst dat de kaart terug is.</source>
        <translation>First register that the card has come back.</translation>
    </message>
    <message>
        <location filename="../../app/ui/service_messages.py" line="48"/>
        <source>Deze klacht heeft geen behandelaar.</source>
        <translation>This complaint has no handler.</translation>
    </message>
    <message>
        <location filename="../../app/ui/service_messages.py" line="49"/>
        <source>Alleen een teruggekomen rode kaart kan de klacht heropenen.</source>
        <translation>Only a returned red card can reopen the complaint.</translation>
    </message>
    <message>
        <location filename="../../app/ui/service_messages.py" line="50"/>
        <source>Er is geen document om bij de klacht te voegen.</source>
        <translation>There is no document to add to the complaint.</translation>
    </message>
    <message>
        <location filename="../../app/ui/service_messages.py" line="51"/>
        <source>Deze klacht hoort niet (meer) bij deze klager.</source>
        <translation>This complaint does not belong to this complainant (any more).</translation>
    </message>
    <message>
        <location filename="../../app/ui/service_messages.py" line="52"/>
        <source>uiterlijk %1</source>
        <translation>by %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/service_messages.py" line="53"/>
        <source>code %1</source>
        <translation>code %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/service_messages.py" line="54"/>
        <source>met %1</source>
        <translation>with %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/service_messages.py" line="55"/>
        <source>(leeg)</source>
        <translation>(empty)</translation>
    </message>
    <message>
        <location filename="../../app/ui/service_messages.py" line="56"/>
        <source>%1 &apos;%2&apos;</source>
        <translation>%1 &apos;%2&apos;</translation>
    </message>
    <message>
        <location filename="../../app/ui/service_messages.py" line="57"/>
        <source>%1 verwijderd</source>
        <translation>%1 removed</translation>
    </message>
    <message>
        <location filename="../../app/ui/service_messages.py" line="58"/>
        <source>%1 toegevoegd: %2</source>
        <translation>%1 added: %2</translation>
    </message>
    <message>
        <location filename="../../app/ui/service_messages.py" line="59"/>
        <source>%1 toegevoegd</source>
        <translation>%1 added</translation>
    </message>
    <message>
        <location filename="../../app/ui/service_messages.py" line="60"/>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <location filename="../../app/ui/service_messages.py" line="61"/>
        <source>ja</source>
        <translation>yes</translation>
    </message>
    <message>
        <location filename="../../app/ui/service_messages.py" line="62"/>
        <source>nee</source>
        <translation>no</translation>
    </message>
    <message>
        <location filename="../../app/ui/service_messages.py" line="63"/>
        <source>(onbekend)</source>
        <translation>(unknown)</translation>
    </message>
    <message>
        <location filename="../../app/ui/service_messages.py" line="64"/>
        <source>Status: %1</source>
        <translation>Status: %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/service_messages.py" line="65"/>
        <source>Status gewijzigd</source>
        <translation>Status changed</translation>
    </message>
    <message>
        <location filename="../../app/ui/service_messages.py" line="66"/>
        <source>Status: %1 → %2</source>
        <translation>Status: %1 → %2</translation>
    </message>
    <message>
        <location filename="../../app/ui/service_messages.py" line="67"/>
        <source>Geregistreerd als %1</source>
        <translation>Registered as %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/service_messages.py" line="68"/>
        <source>Geregistreerd</source>
        <translation>Registered</translation>
    </message>
    <message>
        <location filename="../../app/ui/service_messages.py" line="69"/>
        <source>%1: %2 %3</source>
        <translation>%1: %2 %3</translation>
    </message>
    <message>
        <location filename="../../app/ui/service_messages.py" line="70"/>
        <source>%1: %2 %3 → %4</source>
        <translation>%1: %2 %3 → %4</translation>
    </message>
    <message>
        <location filename="../../app/ui/service_messages.py" line="71"/>
        <source>%1: %2 vervangen</source>
        <translation>%1: %2 replaced</translation>
    </message>
    <message>
        <location filename="../../app/ui/service_messages.py" line="72"/>
        <source>volgnummer</source>
        <translation>sequence number</translation>
    </message>
    <message>
        <location filename="../../app/ui/service_messages.py" line="73"/>
        <source>klacht</source>
        <translation>complaint</translation>
    </message>
    <message>
        <location filename="../../app/ui/service_messages.py" line="74"/>
        <source>nummer</source>
        <translation>number</translation>
    </message>
    <message>
        <location filename="../../app/ui/service_messages.py" line="75"/>
        <source>soort</source>
        <translation>kind</translation>
    </message>
    <message>
        <location filename="../../app/ui/service_messages.py" line="76"/>
        <source>datum ontvangst</source>
        <translation>date of receipt</translation>
    </message>
    <message>
        <location filename="../../app/ui/service_messages.py" line="77"/>
        <source>kanaal</source>
        <translation>channel</translation>
    </message>
    <message>
        <location filename="../../app/ui/service_messages.py" line="78"/>
        <source>omschrijving</source>
        <translation>description</translation>
    </message>
    <message>
        <location filename="../../app/ui/service_messages.py" line="79"/>
        <source>klager</source>
        <translation>complainant</translation>
    </message>
    <message>
        <location filename="../../app/ui/service_messages.py" line="80"/>
        <source>behandelaar</source>
        <translation>handler</translation>
    </message>
    <message>
        <location filename="../../app/ui/service_messages.py" line="81"/>
        <source>status</source>
        <translation>status</translation>
    </message>
    <message>
        <location filename="../../app/ui/service_messages.py" line="82"/>
        <source>afhandeling</source>
        <translation>handling</translation>
    </message>
    <message>
        <location filename="../../app/ui/service_messages.py" line="83"/>
        <source>oordeel</source>
        <translation>judgment</translation>
    </message>
    <message>
        <location filename="../../app/ui/service_messages.py" line="84"/>
        <source>spoed</source>
        <translation>urgent</translation>
    </message>
    <message>
        <location filename="../../app/ui/service_messages.py" line="85"/>
        <source>snelle afhandeling</source>
        <translation>quick handling</translation>
    </message>
    <message>
        <location filename="../../app/ui/service_messages.py" line="86"/>
        <source>verzoek om een andere behandelaar</source>
        <translation>request for another handler</translation>
    </message>
    <message>
        <location filename="../../app/ui/service_messages.py" line="87"/>
        <source>opvallende zaak (samenvatting jaarverslag)</source>
        <translation>notable case (annual report summary)</translation>
    </message>
    <message>
        <location filename="../../app/ui/service_messages.py" line="88"/>
        <source>samenvatting geanonimiseerd register</source>
        <translation>anonymised register summary</translation>
    </message>
    <message>
        <location filename="../../app/ui/service_messages.py" line="89"/>
        <source>genomen maatregelen (geanonimiseerd register)</source>
        <translation>measures taken (anonymised register)</translation>
    </message>
    <message>
        <location filename="../../app/ui/service_messages.py" line="90"/>
        <source>samenvatting goedgekeurd door</source>
        <translation>summary approved by</translation>
    </message>
    <message>
        <location filename="../../app/ui/service_messages.py" line="91"/>
        <source>samenvatting goedgekeurd op</source>
        <translation>summary approved on</translation>
    </message>
    <message>
        <location filename="../../app/ui/service_messages.py" line="92"/>
        <source>cluster</source>
        <translation>cluster</translation>
    </message>
    <message>
        <location filename="../../app/ui/service_messages.py" line="93"/>
        <source>klachtregeling</source>
        <translation>complaints regulation</translation>
    </message>
    <message>
        <location filename="../../app/ui/service_messages.py" line="94"/>
        <source>omgezet uit signaal</source>
        <translation>converted from signal</translation>
    </message>
    <message>
        <location filename="../../app/ui/service_messages.py" line="95"/>
        <source>historische registratie</source>
        <translation>historic registration</translation>
    </message>
    <message>
        <location filename="../../app/ui/service_messages.py" line="96"/>
        <source>ontvangst bevestigd op</source>
        <translation>receipt acknowledged on</translation>
    </message>
    <message>
        <location filename="../../app/ui/service_messages.py" line="97"/>
        <source>afschrift aan leidinggevende (begin) op</source>
        <translation>copy to manager (start) on</translation>
    </message>
    <message>
        <location filename="../../app/ui/service_messages.py" line="98"/>
        <source>afschrift aan leidinggevende (einde) op</source>
        <translation>copy to manager (end) on</translation>
    </message>
    <message>
        <location filename="../../app/ui/service_messages.py" line="99"/>
        <source>reden geen afschrift aan leidinggevende (einde)</source>
        <translation>reason for no copy to manager (end)</translation>
    </message>
    <message>
        <location filename="../../app/ui/service_messages.py" line="100"/>
        <source>contact uiterlijk</source>
        <translation>contact by</translation>
    </message>
    <message>
        <location filename="../../app/ui/service_messages.py" line="101"/>
        <source>beslissing uiterlijk</source>
        <translation>decision by</translation>
    </message>
    <message>
        <location filename="../../app/ui/service_messages.py" line="102"/>
        <source>verdaagd tot</source>
        <translation>postponed until</translation>
    </message>
    <message>
        <location filename="../../app/ui/service_messages.py" line="103"/>
        <source>instemming klager met verdere verdaging (bijlage)</source>
        <translation>complainant&apos;s consent to further postponement (attachment)</translation>
    </message>
    <message>
        <location filename="../../app/ui/service_messages.py" line="104"/>
        <source>verslag van het horen</source>
        <translation>report of the hearing</translation>
    </message>
    <message>
        <location filename="../../app/ui/service_messages.py" line="105"/>
        <source>verdagingsbericht verstuurd op</source>
        <translation>postponement notice sent on</translation>
    </message>
    <message>
        <location filename="../../app/ui/service_messages.py" line="106"/>
        <source>verwachte afhandeling</source>
        <translation>expected handling</translation>
    </message>
    <message>
        <location filename="../../app/ui/service_messages.py" line="107"/>
        <source>uitstelbericht verstuurd op</source>
        <translation>delay notice sent on</translation>
    </message>
    <message>
        <location filename="../../app/ui/service_messages.py" line="108"/>
        <source>eerste contact</source>
        <translation>first contact</translation>
    </message>
    <message>
        <location filename="../../app/ui/service_messages.py" line="109"/>
        <source>grond niet in behandeling nemen</source>
        <translation>ground for not handling</translation>
    </message>
    <message>
        <location filename="../../app/ui/service_messages.py" line="110"/>
        <source>bericht niet in behandeling verstuurd op</source>
        <translation>notice of not handling sent on</translation>
    </message>
    <message>
        <location filename="../../app/ui/service_messages.py" line="111"/>
        <source>klager tevreden</source>
        <translation>complainant satisfied</translation>
    </message>
    <message>
        <location filename="../../app/ui/service_messages.py" line="112"/>
        <source>tevredenheid bevestigd op</source>
        <translation>satisfaction confirmed on</translation>
    </message>
    <message>
        <location filename="../../app/ui/service_messages.py" line="113"/>
        <source>klager gehoord op</source>
        <translation>complainant heard on</translation>
    </message>
    <message>
        <location filename="../../app/ui/service_messages.py" line="114"/>
        <source>medewerker gehoord op</source>
        <translation>employee heard on</translation>
    </message>
    <message>
        <location filename="../../app/ui/service_messages.py" line="115"/>
        <source>reden afzien van horen</source>
        <translation>reason for not hearing</translation>
    </message>
    <message>
        <location filename="../../app/ui/service_messages.py" line="116"/>
        <source>afgesloten op</source>
        <translation>closed on</translation>
    </message>
    <message>
        <location filename="../../app/ui/service_messages.py" line="117"/>
        <source>naar de ombudsman op</source>
        <translation>to the ombudsman on</translation>
    </message>
    <message>
        <location filename="../../app/ui/service_messages.py" line="118"/>
        <source>persoonsgegevens vernietigd op</source>
        <translation>personal data destroyed on</translation>
    </message>
    <message>
        <location filename="../../app/ui/service_messages.py" line="119"/>
        <source>peildatum</source>
        <translation>reference date</translation>
    </message>
    <message>
        <location filename="../../app/ui/service_messages.py" line="120"/>
        <source>aantal klachten</source>
        <translation>number of complaints</translation>
    </message>
    <message>
        <location filename="../../app/ui/service_messages.py" line="121"/>
        <source>voorgesteld door</source>
        <translation>proposed by</translation>
    </message>
    <message>
        <location filename="../../app/ui/service_messages.py" line="122"/>
        <source>voorgesteld op</source>
        <translation>proposed on</translation>
    </message>
    <message>
        <location filename="../../app/ui/service_messages.py" line="123"/>
        <source>goedgekeurd door (archivaris)</source>
        <translation>approved by (archivist)</translation>
    </message>
    <message>
        <location filename="../../app/ui/service_messages.py" line="124"/>
        <source>goedgekeurd op</source>
        <translation>approved on</translation>
    </message>
    <message>
        <location filename="../../app/ui/service_messages.py" line="125"/>
        <source>uitgevoerd op</source>
        <translation>carried out on</translation>
    </message>
    <message>
        <location filename="../../app/ui/service_messages.py" line="126"/>
        <source>eerstvolgende termijn</source>
        <translation>next deadline</translation>
    </message>
    <message>
        <location filename="../../app/ui/service_messages.py" line="127"/>
        <source>onderwerpen</source>
        <translation>subjects</translation>
    </message>
    <message>
        <location filename="../../app/ui/service_messages.py" line="128"/>
        <source>behoorlijkheidsnormen</source>
        <translation>norms of proper conduct</translation>
    </message>
    <message>
        <location filename="../../app/ui/service_messages.py" line="129"/>
        <source>naam</source>
        <translation>name</translation>
    </message>
    <message>
        <location filename="../../app/ui/service_messages.py" line="130"/>
        <source>aanhef</source>
        <translation>salutation</translation>
    </message>
    <message>
        <location filename="../../app/ui/service_messages.py" line="131"/>
        <source>voorletters</source>
        <translation>initials</translation>
    </message>
    <message>
        <location filename="../../app/ui/service_messages.py" line="132"/>
        <source>roepnaam</source>
        <translation>first name</translation>
    </message>
    <message>
        <location filename="../../app/ui/service_messages.py" line="133"/>
        <source>tussenvoegsel</source>
        <translation>surname prefix</translation>
    </message>
    <message>
        <location filename="../../app/ui/service_messages.py" line="134"/>
        <source>achternaam</source>
        <translation>surname</translation>
    </message>
    <message>
        <location filename="../../app/ui/service_messages.py" line="135"/>
        <source>straat</source>
        <translation>street</translation>
    </message>
    <message>
        <location filename="../../app/ui/service_messages.py" line="136"/>
        <source>huisnummer</source>
        <translation>house number</translation>
    </message>
    <message>
        <location filename="../../app/ui/service_messages.py" line="137"/>
        <source>postcode</source>
        <translation>postcode</translation>
    </message>
    <message>
        <location filename="../../app/ui/service_messages.py" line="138"/>
        <source>woonplaats</source>
        <translation>town</translation>
    </message>
    <message>
        <location filename="../../app/ui/service_messages.py" line="139"/>
        <source>land</source>
        <translation>country</translation>
    </message>
    <message>
        <location filename="../../app/ui/service_messages.py" line="140"/>
        <source>telefoon overdag</source>
        <translation>daytime phone</translation>
    </message>
    <message>
        <location filename="../../app/ui/service_messages.py" line="141"/>
        <source>telefoon &apos;s avonds</source>
        <translation>evening phone</translation>
    </message>
    <message>
        <location filename="../../app/ui/service_messages.py" line="142"/>
        <source>e-mailadres</source>
        <translation>email address</translation>
    </message>
    <message>
        <location filename="../../app/ui/service_messages.py" line="143"/>
        <source>onderwerpen zonder verdere reactie</source>
        <translation>subjects without further response</translation>
    </message>
    <message>
        <location filename="../../app/ui/service_messages.py" line="144"/>
        <source>bericht &apos;geen reactie meer&apos; verstuurd op</source>
        <translation>&apos;no further response&apos; notice sent on</translation>
    </message>
    <message>
        <location filename="../../app/ui/service_messages.py" line="145"/>
        <source>samengevoegd met</source>
        <translation>merged with</translation>
    </message>
    <message>
        <location filename="../../app/ui/service_messages.py" line="146"/>
        <source>naam medewerker</source>
        <translation>employee name</translation>
    </message>
    <message>
        <location filename="../../app/ui/service_messages.py" line="147"/>
        <source>medewerker</source>
        <translation>employee</translation>
    </message>
    <message>
        <location filename="../../app/ui/service_messages.py" line="148"/>
        <source>bevestigd: is niet de behandelaar</source>
        <translation>confirmed: is not the handler</translation>
    </message>
    <message>
        <location filename="../../app/ui/service_messages.py" line="149"/>
        <source>ondertekenaar</source>
        <translation>signatory</translation>
    </message>
    <message>
        <location filename="../../app/ui/service_messages.py" line="150"/>
        <source>functie ondertekenaar</source>
        <translation>signatory&apos;s position</translation>
    </message>
    <message>
        <location filename="../../app/ui/service_messages.py" line="151"/>
        <source>herziening al gedaan</source>
        <translation>review already done</translation>
    </message>
    <message>
        <location filename="../../app/ui/service_messages.py" line="152"/>
        <source>dossiernummer</source>
        <translation>file number</translation>
    </message>
    <message>
        <location filename="../../app/ui/service_messages.py" line="153"/>
        <source>bestand</source>
        <translation>file</translation>
    </message>
    <message>
        <location filename="../../app/ui/service_messages.py" line="154"/>
        <source>bestandssoort</source>
        <translation>file type</translation>
    </message>
    <message>
        <location filename="../../app/ui/service_messages.py" line="155"/>
        <source>grootte</source>
        <translation>size</translation>
    </message>
    <message>
        <location filename="../../app/ui/service_messages.py" line="156"/>
        <source>controlegetal</source>
        <translation>checksum</translation>
    </message>
    <message>
        <location filename="../../app/ui/service_messages.py" line="157"/>
        <source>inhoud</source>
        <translation>content</translation>
    </message>
    <message>
        <location filename="../../app/ui/service_messages.py" line="158"/>
        <source>toegevoegd door</source>
        <translation>added by</translation>
    </message>
    <message>
        <location filename="../../app/ui/service_messages.py" line="159"/>
        <source>toegevoegd op</source>
        <translation>added on</translation>
    </message>
    <message>
        <location filename="../../app/ui/service_messages.py" line="160"/>
        <source>volgstuk</source>
        <translation>follow-up document</translation>
    </message>
    <message>
        <location filename="../../app/ui/service_messages.py" line="161"/>
        <source>gezien door behandelaar</source>
        <translation>seen by handler</translation>
    </message>
    <message>
        <location filename="../../app/ui/service_messages.py" line="162"/>
        <source>gezien door</source>
        <translation>seen by</translation>
    </message>
    <message>
        <location filename="../../app/ui/service_messages.py" line="163"/>
        <source>titel</source>
        <translation>title</translation>
    </message>
    <message>
        <location filename="../../app/ui/service_messages.py" line="164"/>
        <source>gemaakt door</source>
        <translation>made by</translation>
    </message>
    <message>
        <location filename="../../app/ui/service_messages.py" line="165"/>
        <source>verzonden op</source>
        <translation>sent on</translation>
    </message>
    <message>
        <location filename="../../app/ui/service_messages.py" line="166"/>
        <source>verzonden via</source>
        <translation>sent via</translation>
    </message>
    <message>
        <location filename="../../app/ui/service_messages.py" line="167"/>
        <source>moment van contact</source>
        <translation>time of contact</translation>
    </message>
    <message>
        <location filename="../../app/ui/service_messages.py" line="168"/>
        <source>met wie</source>
        <translation>with whom</translation>
    </message>
    <message>
        <location filename="../../app/ui/service_messages.py" line="169"/>
        <source>vastgelegd door</source>
        <translation>recorded by</translation>
    </message>
    <message>
        <location filename="../../app/ui/service_messages.py" line="170"/>
        <source>samenvatting</source>
        <translation>summary</translation>
    </message>
    <message>
        <location filename="../../app/ui/service_messages.py" line="171"/>
        <source>tekst</source>
        <translation>text</translation>
    </message>
    <message>
        <location filename="../../app/ui/service_messages.py" line="172"/>
        <source>gedaan op</source>
        <translation>made on</translation>
    </message>
    <message>
        <location filename="../../app/ui/service_messages.py" line="173"/>
        <source>uiterlijk</source>
        <translation>by</translation>
    </message>
    <message>
        <location filename="../../app/ui/service_messages.py" line="174"/>
        <source>nagekomen op</source>
        <translation>kept on</translation>
    </message>
    <message>
        <location filename="../../app/ui/service_messages.py" line="175"/>
        <source>gedaan door</source>
        <translation>made by</translation>
    </message>
    <message>
        <location filename="../../app/ui/service_messages.py" line="176"/>
        <source>ingetrokken op</source>
        <translation>withdrawn on</translation>
    </message>
    <message>
        <location filename="../../app/ui/service_messages.py" line="177"/>
        <source>reden van intrekken</source>
        <translation>reason for withdrawal</translation>
    </message>
    <message>
        <location filename="../../app/ui/service_messages.py" line="178"/>
        <source>ingetrokken door</source>
        <translation>withdrawn by</translation>
    </message>
    <message>
        <location filename="../../app/ui/service_messages.py" line="179"/>
        <source>volgorde</source>
        <translation>order</translation>
    </message>
    <message>
        <location filename="../../app/ui/service_messages.py" line="180"/>
        <source>bevindingen</source>
        <translation>findings</translation>
    </message>
    <message>
        <location filename="../../app/ui/service_messages.py" line="181"/>
        <source>van status</source>
        <translation>from status</translation>
    </message>
    <message>
        <location filename="../../app/ui/service_messages.py" line="182"/>
        <source>naar status</source>
        <translation>to status</translation>
    </message>
    <message>
        <location filename="../../app/ui/service_messages.py" line="183"/>
        <source>moment</source>
        <translation>time</translation>
    </message>
    <message>
        <location filename="../../app/ui/service_messages.py" line="184"/>
        <source>door</source>
        <translation>by</translation>
    </message>
    <message>
        <location filename="../../app/ui/service_messages.py" line="185"/>
        <source>reden</source>
        <translation>reason</translation>
    </message>
    <message>
        <location filename="../../app/ui/service_messages.py" line="186"/>
        <source>toegewezen aan</source>
        <translation>assigned to</translation>
    </message>
    <message>
        <location filename="../../app/ui/service_messages.py" line="187"/>
        <source>toegewezen aan rol</source>
        <translation>assigned to role</translation>
    </message>
    <message>
        <location filename="../../app/ui/service_messages.py" line="188"/>
        <source>toelichting</source>
        <translation>explanation</translation>
    </message>
    <message>
        <location filename="../../app/ui/service_messages.py" line="189"/>
        <source>gereed op</source>
        <translation>done on</translation>
    </message>
    <message>
        <location filename="../../app/ui/service_messages.py" line="190"/>
        <source>gereed gemeld door</source>
        <translation>marked done by</translation>
    </message>
    <message>
        <location filename="../../app/ui/service_messages.py" line="191"/>
        <source>kleur</source>
        <translation>colour</translation>
    </message>
    <message>
        <location filename="../../app/ui/service_messages.py" line="192"/>
        <source>code</source>
        <translation>code</translation>
    </message>
    <message>
        <location filename="../../app/ui/service_messages.py" line="193"/>
        <source>teruggekomen op</source>
        <translation>returned on</translation>
    </message>
    <message>
        <location filename="../../app/ui/service_messages.py" line="194"/>
        <source>wil teruggebeld worden</source>
        <translation>wants to be called back</translation>
    </message>
    <message>
        <location filename="../../app/ui/service_messages.py" line="195"/>
        <source>telefoon voor terugbellen</source>
        <translation>phone for callback</translation>
    </message>
    <message>
        <location filename="../../app/ui/service_messages.py" line="196"/>
        <source>e-mailadres voor reactie</source>
        <translation>email address for reply</translation>
    </message>
    <message>
        <location filename="../../app/ui/service_messages.py" line="197"/>
        <source>naam zoals ingevuld</source>
        <translation>name as filled in</translation>
    </message>
    <message>
        <location filename="../../app/ui/service_messages.py" line="198"/>
        <source>doorgestuurd aan behandelaar op</source>
        <translation>forwarded to handler on</translation>
    </message>
    <message>
        <location filename="../../app/ui/service_messages.py" line="199"/>
        <source>soort oorzaak</source>
        <translation>kind of cause</translation>
    </message>
    <message>
        <location filename="../../app/ui/service_messages.py" line="200"/>
        <source>oorzaak</source>
        <translation>cause</translation>
    </message>
    <message>
        <location filename="../../app/ui/service_messages.py" line="201"/>
        <source>hoe te voorkomen</source>
        <translation>how to prevent</translation>
    </message>
    <message>
        <location filename="../../app/ui/service_messages.py" line="202"/>
        <source>herstelactie</source>
        <translation>remedial action</translation>
    </message>
    <message>
        <location filename="../../app/ui/service_messages.py" line="203"/>
        <source>verbeterpunten</source>
        <translation>points for improvement</translation>
    </message>
    <message>
        <location filename="../../app/ui/service_messages.py" line="204"/>
        <source>ingediend op</source>
        <translation>submitted on</translation>
    </message>
    <message>
        <location filename="../../app/ui/service_messages.py" line="205"/>
        <source>beoordeeld op</source>
        <translation>reviewed on</translation>
    </message>
    <message>
        <location filename="../../app/ui/service_messages.py" line="206"/>
        <source>beoordeeld door</source>
        <translation>reviewed by</translation>
    </message>
    <message>
        <location filename="../../app/ui/service_messages.py" line="207"/>
        <source>opmerking bij beoordeling</source>
        <translation>review remark</translation>
    </message>
    <message>
        <location filename="../../app/ui/service_messages.py" line="208"/>
        <source>soort oorzaak bevestigd</source>
        <translation>kind of cause confirmed</translation>
    </message>
    <message>
        <location filename="../../app/ui/service_messages.py" line="209"/>
        <source>verbetervoorstel</source>
        <translation>improvement proposal</translation>
    </message>
    <message>
        <location filename="../../app/ui/service_messages.py" line="210"/>
        <source>klager geïnformeerd op</source>
        <translation>complainant informed on</translation>
    </message>
    <message>
        <location filename="../../app/ui/service_messages.py" line="211"/>
        <source>klantnummer</source>
        <translation>customer number</translation>
    </message>
    <message>
        <location filename="../../app/ui/service_messages.py" line="212"/>
        <source>soort contact</source>
        <translation>kind of contact</translation>
    </message>
    <message>
        <location filename="../../app/ui/service_messages.py" line="213"/>
        <source>verstuurd via</source>
        <translation>sent via</translation>
    </message>
    <message>
        <location filename="../../app/ui/service_messages.py" line="214"/>
        <source>verstuurd op</source>
        <translation>sent on</translation>
    </message>
    <message>
        <location filename="../../app/ui/service_messages.py" line="215"/>
        <source>soort brief</source>
        <translation>kind of letter</translation>
    </message>
    <message>
        <location filename="../../app/ui/service_messages.py" line="216"/>
        <source>soort taak</source>
        <translation>kind of task</translation>
    </message>
    <message>
        <location filename="../../app/ui/service_messages.py" line="217"/>
        <source>taak</source>
        <translation>task</translation>
    </message>
    <message>
        <location filename="../../app/ui/service_messages.py" line="218"/>
        <source>beschrijving</source>
        <translation>description</translation>
    </message>
    <message>
        <location filename="../../app/ui/service_messages.py" line="219"/>
        <source>ingevuld door</source>
        <translation>filled in by</translation>
    </message>
    <message>
        <location filename="../../app/ui/service_messages.py" line="220"/>
        <source>klachtonderdeel</source>
        <translation>part of the complaint</translation>
    </message>
    <message>
        <location filename="../../app/ui/service_messages.py" line="221"/>
        <source>Klacht</source>
        <translation>Complaint</translation>
    </message>
    <message>
        <location filename="../../app/ui/service_messages.py" line="222"/>
        <source>Betrokken medewerker</source>
        <translation>Employee concerned</translation>
    </message>
    <message>
        <location filename="../../app/ui/service_messages.py" line="223"/>
        <source>Dossiernummer</source>
        <translation>File number</translation>
    </message>
    <message>
        <location filename="../../app/ui/service_messages.py" line="224"/>
        <source>Contactnotitie</source>
        <translation>Contact note</translation>
    </message>
    <message>
        <location filename="../../app/ui/service_messages.py" line="225"/>
        <source>Bijlage</source>
        <translation>Attachment</translation>
    </message>
    <message>
        <location filename="../../app/ui/service_messages.py" line="226"/>
        <source>Statuswijziging</source>
        <translation>Status change</translation>
    </message>
    <message>
        <location filename="../../app/ui/service_messages.py" line="227"/>
        <source>Toezegging</source>
        <translation>Promise</translation>
    </message>
    <message>
        <location filename="../../app/ui/service_messages.py" line="228"/>
        <source>Klachtonderdeel</source>
        <translation>Part of the complaint</translation>
    </message>
    <message>
        <location filename="../../app/ui/service_messages.py" line="229"/>
        <source>Taak</source>
        <translation>Task</translation>
    </message>
    <message>
        <location filename="../../app/ui/service_messages.py" line="230"/>
        <source>Klager</source>
        <translation>Complainant</translation>
    </message>
    <message>
        <location filename="../../app/ui/service_messages.py" line="231"/>
        <source>Feedbackkaart</source>
        <translation>Feedback card</translation>
    </message>
    <message>
        <location filename="../../app/ui/service_messages.py" line="232"/>
        <source>Document</source>
        <translation>Document</translation>
    </message>
    <message>
        <location filename="../../app/ui/service_messages.py" line="233"/>
        <source>Formulier afgehandelde klacht</source>
        <translation>Handled complaint form</translation>
    </message>
    <message>
        <location filename="../../app/ui/service_messages.py" line="234"/>
        <source>Verbetervoorstel</source>
        <translation>Improvement proposal</translation>
    </message>
    <message>
        <location filename="../../app/ui/service_messages.py" line="235"/>
        <source>Vernietigingslijst</source>
        <translation>Destruction list</translation>
    </message>
    <message>
        <location filename="../../app/ui/service_messages.py" line="236"/>
        <source>De eerste gebruiker is al ingesteld.</source>
        <translation>The first user has already been set up.</translation>
    </message>
    <message>
        <location filename="../../app/ui/service_messages.py" line="237"/>
        <source>Dit signaal bestaat niet (meer).</source>
        <translation>This signal does not exist (any more).</translation>
    </message>
    <message>
        <location filename="../../app/ui/service_messages.py" line="238"/>
        <source>Alleen een geregistreerd signaal kan een klacht worden.</source>
        <translation>Only a registered signal can become a complaint.</translation>
    </message>
    <message>
        <location filename="../../app/ui/service_messages.py" line="239"/>
        <source>Dit formulier is intussen in een ander venster of op een andere werkplek opgeslagen. Uw tekst staat nog in dit venster en is niet opgeslagen; open het formulier opnieuw om de nieuwste versie te zien.</source>
        <translation>This form has been saved in another window or on another workstation in the meantime. Your text is still in this window and has not been saved; open the form again to see the newest version.</translation>
    </message>
    <message>
        <location filename="../../app/ui/service_messages.py" line="240"/>
        <source>Er is geen verzonden formulier om te beoordelen.</source>
        <translation>There is no submitted form to review.</translation>
    </message>
    <message>
        <location filename="../../app/ui/service_messages.py" line="241"/>
        <source>Dit verbetervoorstel bestaat niet (meer).</source>
        <translation>This improvement proposal does not exist (any more).</translation>
    </message>
    <message>
        <location filename="../../app/ui/service_messages.py" line="242"/>
        <source>U mag de verbetervoorstellen niet inzien.</source>
        <translation>You may not view the improvement proposals.</translation>
    </message>
    <message>
        <location filename="../../app/ui/service_messages.py" line="243"/>
        <source>U mag geen besluit over verbetervoorstellen vastleggen.</source>
        <translation>You may not record a decision on improvement proposals.</translation>
    </message>
    <message>
        <location filename="../../app/ui/service_messages.py" line="244"/>
        <source>Alleen een aangenomen voorstel kan worden uitgevoerd.</source>
        <translation>Only an adopted proposal can be carried out.</translation>
    </message>
    <message>
        <location filename="../../app/ui/service_messages.py" line="245"/>
        <source>U mag alleen uw eigen verbetervoorstellen inzien.</source>
        <translation>You may only view your own improvement proposals.</translation>
    </message>
    <message>
        <location filename="../../app/ui/service_messages.py" line="246"/>
        <source>Het formulier kan worden verzonden zodra de klacht is afgehandeld.</source>
        <translation>The form can be submitted once the complaint has been dealt with.</translation>
    </message>
    <message>
        <location filename="../../app/ui/service_messages.py" line="247"/>
        <source>Een aangenomen voorstel houdt een eigenaar en een deadline.</source>
        <translation>An adopted proposal keeps an owner and a deadline.</translation>
    </message>
    <message>
        <location filename="../../app/ui/service_messages.py" line="248"/>
        <source>Deze klacht hoort niet bij dit voorstel.</source>
        <translation>This complaint does not belong to this proposal.</translation>
    </message>
    <message>
        <location filename="../../app/ui/service_messages.py" line="249"/>
        <source>Er is nog geen verzonden formulier voor deze klacht.</source>
        <translation>There is no submitted form for this complaint yet.</translation>
    </message>
    <message>
        <location filename="../../app/ui/service_messages.py" line="250"/>
        <source>Dit formulier is al verzonden en kan niet meer worden gewijzigd.</source>
        <translation>This form has already been submitted and can no longer be changed.</translation>
    </message>
    <message>
        <location filename="../../app/ui/service_messages.py" line="251"/>
        <source>Dit formulier is al verzonden.</source>
        <translation>This form has already been submitted.</translation>
    </message>
    <message>
        <location filename="../../app/ui/service_messages.py" line="252"/>
        <source>Een accolade staat niet goed. Schrijf een invulveld als {klachtnummer}; een losse accolade schrijft u dubbel: {{ of }}.</source>
        <translation>A brace is misplaced. Write a field as {klachtnummer}; write a single brace doubled: {{ or }}.</translation>
    </message>
    <message>
        <location filename="../../app/ui/service_messages.py" line="253"/>
        <source>Een invulveld heeft een naam nodig, zoals {klachtnummer}.</source>
        <translation>A field needs a name, such as {klachtnummer}.</translation>
    </message>
    <message>
        <location filename="../../app/ui/service_messages.py" line="254"/>
        <source>Ontvangstbevestiging</source>
        <translation>Acknowledgement of receipt</translation>
    </message>
    <message>
        <location filename="../../app/ui/service_messages.py" line="255"/>
        <source>Afschrift aan medewerker en leidinggevende</source>
        <translation>Copy to employee and manager</translation>
    </message>
    <message>
        <location filename="../../app/ui/service_messages.py" line="256"/>
        <source>Uitstelbericht</source>
        <translation>Delay notice</translation>
    </message>
    <message>
        <location filename="../../app/ui/service_messages.py" line="257"/>
        <source>Verdaging van de beslissing</source>
        <translation>Postponement of the decision</translation>
    </message>
    <message>
        <location filename="../../app/ui/service_messages.py" line="258"/>
        <source>Niet in behandeling genomen</source>
        <translation>Not taken into consideration</translation>
    </message>
    <message>
        <location filename="../../app/ui/service_messages.py" line="259"/>
        <source>Afsluitende e-mail (informeel)</source>
        <translation>Closing email (informal)</translation>
    </message>
    <message>
        <location filename="../../app/ui/service_messages.py" line="260"/>
        <source>Beslissing op de klacht</source>
        <translation>Decision on the complaint</translation>
    </message>
    <message>
        <location filename="../../app/ui/service_messages.py" line="261"/>
        <source>Doorgezonden als herzieningsverzoek</source>
        <translation>Forwarded as a review request</translation>
    </message>
    <message>
        <location filename="../../app/ui/service_messages.py" line="262"/>
        <source>Herziening al gedaan: procedure afgerond</source>
        <translation>Review already done: procedure completed</translation>
    </message>
    <message>
        <location filename="../../app/ui/service_messages.py" line="263"/>
        <source>Geen reactie meer</source>
        <translation>No further response</translation>
    </message>
    <message>
        <location filename="../../app/ui/service_messages.py" line="264"/>
        <source>Klacht heeft geleid tot verbetering</source>
        <translation>Complaint has led to improvement</translation>
    </message>
    <message>
        <location filename="../../app/ui/service_messages.py" line="265"/>
        <source>Uitnodiging hoorzitting</source>
        <translation>Invitation to hearing</translation>
    </message>
    <message>
        <location filename="../../app/ui/service_messages.py" line="266"/>
        <source>Onbekend invulveld {%1}.</source>
        <translation>Unknown field {%1}.</translation>
    </message>
    <message>
        <location filename="../../app/ui/service_messages.py" line="267"/>
        <source>Op een signaal wordt niet gereageerd; er hoort geen brief bij.</source>
        <translation>A signal gets no response; it has no letter.</translation>
    </message>
    <message>
        <location filename="../../app/ui/service_messages.py" line="268"/>
        <source>Kies post of e-mail.</source>
        <translation>Choose post or email.</translation>
    </message>
    <message>
        <location filename="../../app/ui/service_messages.py" line="269"/>
        <source>Dit document bestaat niet (meer).</source>
        <translation>This document does not exist (any more).</translation>
    </message>
    <message>
        <location filename="../../app/ui/service_messages.py" line="270"/>
        <source>Dit document is geen brief bij een klacht.</source>
        <translation>This document is not a letter of a complaint.</translation>
    </message>
    <message>
        <location filename="../../app/ui/service_messages.py" line="271"/>
        <source>Vul in de tekst eerst de plaatsen &apos;[in te vullen: …]&apos; in.</source>
        <translation>First fill in the places &apos;[in te vullen: …]&apos; in the text.</translation>
    </message>
    <message>
        <location filename="../../app/ui/service_messages.py" line="272"/>
        <source>Een inlognaam bestaat uit letters, cijfers en . _ - @ (geen spaties).</source>
        <translation>A login name consists of letters, digits and . _ - @ (no spaces).</translation>
    </message>
    <message>
        <location filename="../../app/ui/service_messages.py" line="273"/>
        <source>Deze medewerker bestaat niet (meer).</source>
        <translation>This employee does not exist (any more).</translation>
    </message>
    <message>
        <location filename="../../app/ui/service_messages.py" line="274"/>
        <source>Er moet minstens één actieve beheerder blijven.</source>
        <translation>At least one active administrator must remain.</translation>
    </message>
    <message>
        <location filename="../../app/ui/service_messages.py" line="275"/>
        <source>Deze afdeling bestaat niet (meer).</source>
        <translation>This unit does not exist (any more).</translation>
    </message>
    <message>
        <location filename="../../app/ui/service_messages.py" line="276"/>
        <source>U kunt uw eigen beheerdersrol niet intrekken; laat dat een andere beheerder doen.</source>
        <translation>You cannot withdraw your own administrator role; have another administrator do it.</translation>
    </message>
    <message>
        <location filename="../../app/ui/service_messages.py" line="277"/>
        <source>U kunt uw eigen account niet op inactief zetten.</source>
        <translation>You cannot make your own account inactive.</translation>
    </message>
    <message>
        <location filename="../../app/ui/service_messages.py" line="278"/>
        <source>Deze afdeling heeft nog actieve onderdelen. Zet die eerst op inactief.</source>
        <translation>This unit still has active sub-units. Make those inactive first.</translation>
    </message>
    <message>
        <location filename="../../app/ui/service_messages.py" line="279"/>
        <source>U mag het klachtenregister niet inzien.</source>
        <translation>You may not view the complaints register.</translation>
    </message>
    <message>
        <location filename="../../app/ui/service_messages.py" line="280"/>
        <source>Het bestand noemt medewerkers of afdelingen die nog niet bestaan. Bevestig dat ze worden aangemaakt.</source>
        <translation>The file names employees or units that do not exist yet. Confirm that they are created.</translation>
    </message>
    <message>
        <location filename="../../app/ui/service_messages.py" line="281"/>
        <source>Het register is gewijzigd terwijl het bestand werd ingelezen; er is niets opgeslagen. Controleer het bestand opnieuw en lees het dan in.</source>
        <translation>The register changed while the file was being read; nothing has been saved. Check the file again and then read it in.</translation>
    </message>
    <message>
        <location filename="../../app/ui/service_messages.py" line="282"/>
        <source>Deze cel bevat een teken dat niet kan worden opgeslagen (een stuurteken zoals NUL, of een ongeldig teken); haal het weg.</source>
        <translation>This cell contains a character that cannot be stored (a control character such as NUL, or an invalid character); remove it.</translation>
    </message>
    <message>
        <location filename="../../app/ui/service_messages.py" line="283"/>
        <source>Deze dag staat er al in.</source>
        <translation>This day is already listed.</translation>
    </message>
    <message>
        <location filename="../../app/ui/service_messages.py" line="284"/>
        <source>Deze sluitingsdag bestaat niet (meer).</source>
        <translation>This closing day does not exist (any more).</translation>
    </message>
    <message>
        <location filename="../../app/ui/service_messages.py" line="285"/>
        <source>Kies een kwartaal van 1 tot en met 4.</source>
        <translation>Choose a quarter from 1 to 4.</translation>
    </message>
    <message>
        <location filename="../../app/ui/service_messages.py" line="286"/>
        <source>Alleen wie alle klachten mag inzien, maakt een kwartaalrapportage met de namen van betrokken medewerkers.</source>
        <translation>Only someone who may view all complaints can make a quarterly report with the names of the employees concerned.</translation>
    </message>
    <message>
        <location filename="../../app/ui/service_messages.py" line="287"/>
        <source>Kies een jaar van %1 tot en met %2 (vier cijfers).</source>
        <translation>Choose a year from %1 to %2 (four digits).</translation>
    </message>
    <message>
        <location filename="../../app/ui/service_messages.py" line="288"/>
        <source>%1 is een map; geef de naam van een bestand op.</source>
        <translation>%1 is a folder; give the name of a file.</translation>
    </message>
    <message>
        <location filename="../../app/ui/service_messages.py" line="289"/>
        <source>U mag niet schrijven in de map %1.</source>
        <translation>You may not write in the folder %1.</translation>
    </message>
    <message>
        <location filename="../../app/ui/service_messages.py" line="290"/>
        <source>Het %1e kwartaal van %2 is nog niet begonnen.</source>
        <translation>Quarter %1 of %2 has not begun yet.</translation>
    </message>
    <message>
        <location filename="../../app/ui/service_messages.py" line="291"/>
        <source>Kwartaalrapportage</source>
        <translation>Quarterly report</translation>
    </message>
    <message>
        <location filename="../../app/ui/service_messages.py" line="292"/>
        <source>Jaaroverzicht</source>
        <translation>Annual overview</translation>
    </message>
    <message>
        <location filename="../../app/ui/service_messages.py" line="293"/>
        <source>Weekoverzicht per behandelaar</source>
        <translation>Weekly overview per handler</translation>
    </message>
    <message>
        <location filename="../../app/ui/service_messages.py" line="294"/>
        <source>Klachtdossier</source>
        <translation>Complaint file</translation>
    </message>
    <message>
        <location filename="../../app/ui/service_messages.py" line="295"/>
        <source>Deze vernietigingslijst bestaat niet (meer).</source>
        <translation>This destruction list does not exist (any more).</translation>
    </message>
    <message>
        <location filename="../../app/ui/service_messages.py" line="296"/>
        <source>Deze vernietigingslijst is al goedgekeurd, afgewezen of uitgevoerd.</source>
        <translation>This destruction list has already been approved, rejected or carried out.</translation>
    </message>
    <message>
        <location filename="../../app/ui/service_messages.py" line="297"/>
        <source>Deze datum ligt in de toekomst; vul de dag in waarop de klager naar de Nationale ombudsman ging.</source>
        <translation>This date is in the future; fill in the day the complainant went to the National Ombudsman.</translation>
    </message>
    <message>
        <location filename="../../app/ui/service_messages.py" line="298"/>
        <source>Deze datum ligt vóór de ontvangst van de klacht.</source>
        <translation>This date is before the complaint was received.</translation>
    </message>
    <message>
        <location filename="../../app/ui/service_messages.py" line="299"/>
        <source>Er ligt al een vernietigingslijst klaar. Laat die eerst goedkeuren en uitvoeren, of wijs hem af.</source>
        <translation>A destruction list is already waiting. Have it approved and carried out first, or reject it.</translation>
    </message>
    <message>
        <location filename="../../app/ui/service_messages.py" line="300"/>
        <source>Er zijn geen klachten waarvan de bewaartermijn is verstreken.</source>
        <translation>There are no complaints whose retention period has expired.</translation>
    </message>
    <message>
        <location filename="../../app/ui/service_messages.py" line="301"/>
        <source>U heeft deze lijst zelf voorgesteld: een andere archivaris moet hem goedkeuren.</source>
        <translation>You proposed this list yourself: another archivist must approve it.</translation>
    </message>
    <message>
        <location filename="../../app/ui/service_messages.py" line="302"/>
        <source>Deze vernietigingslijst is niet goedgekeurd door de archivaris; er is niets vernietigd.</source>
        <translation>This destruction list has not been approved by the archivist; nothing has been destroyed.</translation>
    </message>
    <message>
        <location filename="../../app/ui/service_messages.py" line="303"/>
        <source>Behandelde klacht</source>
        <translation>Handled complaint</translation>
    </message>
    <message>
        <location filename="../../app/ui/service_messages.py" line="304"/>
        <source>Doorgegaan naar de Nationale ombudsman</source>
        <translation>Taken to the National Ombudsman</translation>
    </message>
    <message>
        <location filename="../../app/ui/service_messages.py" line="305"/>
        <source>Niet in behandeling genomen of ingetrokken</source>
        <translation>Not taken into consideration or withdrawn</translation>
    </message>
    <message>
        <location filename="../../app/ui/service_messages.py" line="306"/>
        <source>Kies een grens tussen 1 en 500 MB.</source>
        <translation>Choose a limit between 1 and 500 MB.</translation>
    </message>
    <message>
        <location filename="../../app/ui/service_messages.py" line="307"/>
        <source>Het bestand is leeg: er is geen kopregel gevonden.</source>
        <translation>The file is empty: no header row was found.</translation>
    </message>
    <message>
        <location filename="../../app/ui/service_messages.py" line="308"/>
        <source>Kies een Excel-bestand (.xlsx) of een CSV-bestand (.csv).</source>
        <translation>Choose an Excel file (.xlsx) or a CSV file (.csv).</translation>
    </message>
    <message>
        <location filename="../../app/ui/service_messages.py" line="309"/>
        <source>Dit Excel-bestand kan niet worden gelezen.</source>
        <translation>This Excel file cannot be read.</translation>
    </message>
    <message>
        <location filename="../../app/ui/service_messages.py" line="310"/>
        <source>Het bestand is gewijzigd sinds het werd geopend; open het opnieuw.</source>
        <translation>The file has changed since it was opened; open it again.</translation>
    </message>
    <message>
        <location filename="../../app/ui/service_messages.py" line="311"/>
        <source>Kies een bestandsnaam die eindigt op .xlsx (Excel-werkmap) of .csv (tekst met puntkomma&apos;s).</source>
        <translation>Choose a file name ending in .xlsx (Excel workbook) or .csv (text with semicolons).</translation>
    </message>
    <message>
        <location filename="../../app/ui/service_messages.py" line="312"/>
        <source>Dit onderwerp bestaat niet (meer).</source>
        <translation>This subject does not exist (any more).</translation>
    </message>
    <message>
        <location filename="../../app/ui/service_messages.py" line="313"/>
        <source>Er is al een onderwerp met deze naam.</source>
        <translation>There is already a subject with this name.</translation>
    </message>
    <message>
        <location filename="../../app/ui/service_messages.py" line="315"/>
        <source>Alleen de klachtcoördinator ziet de taken van iedereen.</source>
        <translation>Only the complaints coordinator sees everyone&apos;s tasks.</translation>
    </message>
    <message>
        <location filename="../../app/ui/service_messages.py" line="316"/>
        <source>Deze taak is niet aan u toegewezen.</source>
        <translation>This task is not assigned to you.</translation>
    </message>
    <message>
        <location filename="../../app/ui/service_messages.py" line="317"/>
        <source>1 nieuw volgstuk nog niet gezien</source>
        <translation>1 new follow-up document not yet seen</translation>
    </message>
    <message>
        <location filename="../../app/ui/service_messages.py" line="318"/>
        <source>%1 nieuwe volgstukken nog niet gezien</source>
        <translation>%1 new follow-up documents not yet seen</translation>
    </message>
    <message>
        <location filename="../../app/ui/service_messages.py" line="320"/>
        <source>Verstuur de beslissing op de klacht en leg de verzending vast</source>
        <translation>Send the decision on the complaint and record that it was sent</translation>
    </message>
    <message>
        <location filename="../../app/ui/service_messages.py" line="321"/>
        <source>Deze taak bestaat niet (meer).</source>
        <translation>This task does not exist (any more).</translation>
    </message>
    <message>
        <location filename="../../app/ui/service_messages.py" line="322"/>
        <source>Informeer betrokken medewerkers over %1</source>
        <translation>Inform the employees concerned about %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/service_messages.py" line="323"/>
        <source>Wijs een behandelaar toe</source>
        <translation>Assign a handler</translation>
    </message>
    <message>
        <location filename="../../app/ui/service_messages.py" line="324"/>
        <source>Neem persoonlijk contact op met de klager</source>
        <translation>Contact the complainant in person</translation>
    </message>
    <message>
        <location filename="../../app/ui/service_messages.py" line="325"/>
        <source>Toezegging nakomen: %1</source>
        <translation>Keep commitment: %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/service_messages.py" line="326"/>
        <source>Beslissing (verdaagd)</source>
        <translation>Decision (extended)</translation>
    </message>
    <message>
        <location filename="../../app/ui/service_messages.py" line="327"/>
        <source>Beslissing</source>
        <translation>Decision</translation>
    </message>
    <message>
        <location filename="../../app/ui/service_messages.py" line="328"/>
        <source>Verbetervoorstel over tijd: %1</source>
        <translation>Improvement proposal overdue: %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/service_messages.py" line="329"/>
        <source>1 afgehandelde klacht wacht op feedbackkaarten</source>
        <translation>1 handled complaint is waiting for feedback cards</translation>
    </message>
    <message>
        <location filename="../../app/ui/service_messages.py" line="330"/>
        <source>%1 afgehandelde klachten wachten op feedbackkaarten</source>
        <translation>%1 handled complaints are waiting for feedback cards</translation>
    </message>
    <message>
        <location filename="../../app/ui/service_messages.py" line="331"/>
        <source>Publieksamenvatting goedkeuren: 1 afgesloten klacht</source>
        <translation>Approve public summary: 1 closed complaint</translation>
    </message>
    <message>
        <location filename="../../app/ui/service_messages.py" line="332"/>
        <source>Publieksamenvatting goedkeuren: %1 afgesloten klachten</source>
        <translation>Approve public summaries: %1 closed complaints</translation>
    </message>
    <message>
        <location filename="../../app/ui/service_messages.py" line="333"/>
        <source>Formulier &apos;Ik heb een klacht behandeld&apos; beoordelen</source>
        <translation>Review the form &apos;I have handled a complaint&apos;</translation>
    </message>
    <message>
        <location filename="../../app/ui/service_messages.py" line="334"/>
        <source>Formulier &apos;Ik heb een klacht behandeld&apos; beoordelen: %1</source>
        <translation>Review the form &apos;I have handled a complaint&apos;: %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/service_messages.py" line="335"/>
        <source>Klager terugbellen over rode kaart (%1)</source>
        <translation>Call the complainant back about a red card (%1)</translation>
    </message>
    <message>
        <location filename="../../app/ui/service_messages.py" line="336"/>
        <source>Een groene kaart is teruggekomen (%1)</source>
        <translation>A green card has come back (%1)</translation>
    </message>
    <message>
        <location filename="../../app/ui/service_messages.py" line="337"/>
        <source>Een rode kaart is teruggekomen (%1)</source>
        <translation>A red card has come back (%1)</translation>
    </message>
    <message>
        <location filename="../../app/ui/service_messages.py" line="338"/>
        <source>Termijnen verlopen</source>
        <translation>Deadlines passed</translation>
    </message>
    <message>
        <location filename="../../app/ui/service_messages.py" line="339"/>
        <source>Termijnen deze week</source>
        <translation>Deadlines this week</translation>
    </message>
    <message>
        <location filename="../../app/ui/service_messages.py" line="340"/>
        <source>Toe te wijzen</source>
        <translation>To assign</translation>
    </message>
    <message>
        <location filename="../../app/ui/service_messages.py" line="341"/>
        <source>Volgstukken</source>
        <translation>Follow-up documents</translation>
    </message>
    <message>
        <location filename="../../app/ui/service_messages.py" line="342"/>
        <source>Formulieren te beoordelen</source>
        <translation>Forms to review</translation>
    </message>
    <message>
        <location filename="../../app/ui/service_messages.py" line="343"/>
        <source>Kaarten te versturen</source>
        <translation>Cards to send</translation>
    </message>
    <message>
        <location filename="../../app/ui/service_messages.py" line="344"/>
        <source>Toezeggingen</source>
        <translation>Commitments</translation>
    </message>
    <message>
        <location filename="../../app/ui/service_messages.py" line="345"/>
        <source>Voorstellen</source>
        <translation>Proposals</translation>
    </message>
    <message>
        <location filename="../../app/ui/service_messages.py" line="346"/>
        <source>Geanonimiseerd register</source>
        <translation>Anonymised register</translation>
    </message>
    <message>
        <location filename="../../app/ui/service_messages.py" line="347"/>
        <source>Taken</source>
        <translation>Tasks</translation>
    </message>
    <message>
        <location filename="../../app/ui/service_messages.py" line="348"/>
        <source>Dit is geen geldig telefoonnummer. Voorbeeld: 020 123 4567 of +32 2 550 12 11</source>
        <translation>This is not a valid phone number. Example: 020 123 4567 or +32 2 550 12 11</translation>
    </message>
    <message>
        <location filename="../../app/ui/service_messages.py" line="349"/>
        <source>Een postcode bestaat uit vier cijfers en twee letters, zoals 1234 AB.</source>
        <translation>A postcode consists of four digits and two letters, such as 1234 AB.</translation>
    </message>
    <message>
        <location filename="../../app/ui/service_messages.py" line="350"/>
        <source>Dit is geen geldig e-mailadres. Voorbeeld: naam@voorbeeld.nl</source>
        <translation>This is not a valid email address. Example: name@example.nl</translation>
    </message>
    <message>
        <location filename="../../app/ui/service_messages.py" line="351"/>
        <source>Geef een begin- en einddatum op (dd-mm-jjjj).</source>
        <translation>Give a start and end date (dd-mm-yyyy).</translation>
    </message>
    <message>
        <location filename="../../app/ui/service_messages.py" line="352"/>
        <source>De einddatum ligt vóór de begindatum.</source>
        <translation>The end date is before the start date.</translation>
    </message>
    <message>
        <location filename="../../app/ui/service_messages.py" line="353"/>
        <source>Kies een bestandsnaam die eindigt op .csv of .xlsx.</source>
        <translation>Choose a file name ending in .csv or .xlsx.</translation>
    </message>
    <message>
        <location filename="../../app/ui/service_messages.py" line="354"/>
        <source>Kies minstens één klacht voor de Woo-export.</source>
        <translation>Choose at least one complaint for the Woo export.</translation>
    </message>
    <message>
        <location filename="../../app/ui/service_messages.py" line="382"/>
        <source>Klachtcoördinator</source>
        <translation>Complaints coordinator</translation>
    </message>
    <message>
        <location filename="../../app/ui/service_messages.py" line="383"/>
        <source>Secretariaat</source>
        <translation>Secretariat</translation>
    </message>
    <message>
        <location filename="../../app/ui/service_messages.py" line="384"/>
        <source>Klachtbehandelaar</source>
        <translation>Complaint handler</translation>
    </message>
    <message>
        <location filename="../../app/ui/service_messages.py" line="385"/>
        <source>Management (MT)</source>
        <translation>Management (MT)</translation>
    </message>
    <message>
        <location filename="../../app/ui/service_messages.py" line="386"/>
        <source>Medewerker</source>
        <translation>Employee</translation>
    </message>
    <message>
        <location filename="../../app/ui/service_messages.py" line="387"/>
        <source>Beheerder</source>
        <translation>Administrator</translation>
    </message>
    <message>
        <location filename="../../app/ui/service_messages.py" line="388"/>
        <source>Sector</source>
        <translation>Sector</translation>
    </message>
    <message>
        <location filename="../../app/ui/service_messages.py" line="389"/>
        <source>Directie</source>
        <translation>Directorate</translation>
    </message>
    <message>
        <location filename="../../app/ui/service_messages.py" line="390"/>
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <location filename="../../app/ui/service_messages.py" line="391"/>
        <source>Signaal</source>
        <translation>Signal</translation>
    </message>
    <message>
        <location filename="../../app/ui/service_messages.py" line="392"/>
        <source>E-mail</source>
        <translation>Email</translation>
    </message>
    <message>
        <location filename="../../app/ui/service_messages.py" line="393"/>
        <source>Post</source>
        <translation>Post</translation>
    </message>
    <message>
        <location filename="../../app/ui/service_messages.py" line="394"/>
        <source>Telefoon</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../../app/ui/service_messages.py" line="395"/>
        <source>Contactformulier</source>
        <translation>Contact form</translation>
    </message>
    <message>
        <location filename="../../app/ui/service_messages.py" line="396"/>
        <source>Persoonlijk</source>
        <translation>In person</translation>
    </message>
    <message>
        <location filename="../../app/ui/service_messages.py" line="397"/>
        <source>Toegewezen</source>
        <translation>Assigned</translation>
    </message>
    <message>
        <location filename="../../app/ui/service_messages.py" line="398"/>
        <source>In behandeling</source>
        <translation>In progress</translation>
    </message>
    <message>
        <location filename="../../app/ui/service_messages.py" line="399"/>
        <source>Informeel afgerond</source>
        <translation>Resolved informally</translation>
    </message>
    <message>
        <location filename="../../app/ui/service_messages.py" line="400"/>
        <source>Hoor en wederhoor</source>
        <translation>Hearing both sides</translation>
    </message>
    <message>
        <location filename="../../app/ui/service_messages.py" line="401"/>
        <source>Oordeel gegeven</source>
        <translation>Judgment given</translation>
    </message>
    <message>
        <location filename="../../app/ui/service_messages.py" line="402"/>
        <source>Afgesloten</source>
        <translation>Closed</translation>
    </message>
    <message>
        <location filename="../../app/ui/service_messages.py" line="403"/>
        <source>Doorgezet als herzieningsverzoek</source>
        <translation>Forwarded as a review request</translation>
    </message>
    <message>
        <location filename="../../app/ui/service_messages.py" line="404"/>
        <source>Ingetrokken</source>
        <translation>Withdrawn</translation>
    </message>
    <message>
        <location filename="../../app/ui/service_messages.py" line="405"/>
        <source>Informeel</source>
        <translation>Informal</translation>
    </message>
    <message>
        <location filename="../../app/ui/service_messages.py" line="406"/>
        <source>Formeel</source>
        <translation>Formal</translation>
    </message>
    <message>
        <location filename="../../app/ui/service_messages.py" line="407"/>
        <source>Herziening</source>
        <translation>Review</translation>
    </message>
    <message>
        <location filename="../../app/ui/service_messages.py" line="408"/>
        <source>Niet in behandeling</source>
        <translation>Not taken into consideration</translation>
    </message>
    <message>
        <location filename="../../app/ui/service_messages.py" line="409"/>
        <source>Gegrond</source>
        <translation>Upheld</translation>
    </message>
    <message>
        <location filename="../../app/ui/service_messages.py" line="410"/>
        <source>Deels gegrond</source>
        <translation>Partly upheld</translation>
    </message>
    <message>
        <location filename="../../app/ui/service_messages.py" line="411"/>
        <source>Ongegrond</source>
        <translation>Not upheld</translation>
    </message>
    <message>
        <location filename="../../app/ui/service_messages.py" line="412"/>
        <source>Geen oordeel</source>
        <translation>No judgment</translation>
    </message>
    <message>
        <location filename="../../app/ui/service_messages.py" line="413"/>
        <source>Eerder behandeld</source>
        <translation>Handled before</translation>
    </message>
    <message>
        <location filename="../../app/ui/service_messages.py" line="414"/>
        <source>Ouder dan een jaar</source>
        <translation>Older than a year</translation>
    </message>
    <message>
        <location filename="../../app/ui/service_messages.py" line="415"/>
        <source>Bezwaar of beroep mogelijk (geweest)</source>
        <translation>Objection or appeal possible (or was)</translation>
    </message>
    <message>
        <location filename="../../app/ui/service_messages.py" line="416"/>
        <source>Voorgelegd aan de rechter</source>
        <translation>Brought before the court</translation>
    </message>
    <message>
        <location filename="../../app/ui/service_messages.py" line="417"/>
        <source>Kennelijk van onvoldoende gewicht</source>
        <translation>Manifestly of insufficient weight</translation>
    </message>
    <message>
        <location filename="../../app/ui/service_messages.py" line="418"/>
        <source>Belang van klager kennelijk onvoldoende</source>
        <translation>Complainant&apos;s interest manifestly insufficient</translation>
    </message>
    <message>
        <location filename="../../app/ui/service_messages.py" line="419"/>
        <source>Klacht kennelijk ongegrond</source>
        <translation>Complaint manifestly unfounded</translation>
    </message>
    <message>
        <location filename="../../app/ui/service_messages.py" line="420"/>
        <source>Klager ziet af van horen</source>
        <translation>Complainant waives the hearing</translation>
    </message>
    <message>
        <location filename="../../app/ui/service_messages.py" line="421"/>
        <source>Geen reactie op uitnodiging</source>
        <translation>No response to invitation</translation>
    </message>
    <message>
        <location filename="../../app/ui/service_messages.py" line="422"/>
        <source>Brief</source>
        <translation>Letter</translation>
    </message>
    <message>
        <location filename="../../app/ui/service_messages.py" line="423"/>
        <source>Gesprek</source>
        <translation>Meeting</translation>
    </message>
    <message>
        <location filename="../../app/ui/service_messages.py" line="424"/>
        <source>Informeer betrokken medewerkers</source>
        <translation>Inform employees concerned</translation>
    </message>
    <message>
        <location filename="../../app/ui/service_messages.py" line="425"/>
        <source>Terugbellen</source>
        <translation>Call back</translation>
    </message>
    <message>
        <location filename="../../app/ui/service_messages.py" line="426"/>
        <source>Teruggekomen feedbackkaart</source>
        <translation>Returned feedback card</translation>
    </message>
    <message>
        <location filename="../../app/ui/service_messages.py" line="427"/>
        <source>Formulier beoordelen</source>
        <translation>Review form</translation>
    </message>
    <message>
        <location filename="../../app/ui/service_messages.py" line="428"/>
        <source>Overig</source>
        <translation>Other</translation>
    </message>
    <message>
        <location filename="../../app/ui/service_messages.py" line="314"/>
        <source>Kopie klacht naar medewerker en leidinggevende</source>
        <translation>Copy of complaint to employee and manager</translation>
    </message>
    <message>
        <location filename="../../app/ui/service_messages.py" line="319"/>
        <source>Uitstelbericht sturen</source>
        <translation>Send delay notice</translation>
    </message>
    <message>
        <location filename="../../app/ui/service_messages.py" line="429"/>
        <source>Werkproces</source>
        <translation>Work process</translation>
    </message>
    <message>
        <location filename="../../app/ui/service_messages.py" line="430"/>
        <source>Systeem</source>
        <translation>System</translation>
    </message>
    <message>
        <location filename="../../app/ui/service_messages.py" line="431"/>
        <source>Organisatie</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location filename="../../app/ui/service_messages.py" line="432"/>
        <source>Extern</source>
        <translation>External</translation>
    </message>
    <message>
        <location filename="../../app/ui/service_messages.py" line="433"/>
        <source>Concept</source>
        <translation>Draft</translation>
    </message>
    <message>
        <location filename="../../app/ui/service_messages.py" line="434"/>
        <source>Verzonden</source>
        <translation>Submitted</translation>
    </message>
    <message>
        <location filename="../../app/ui/service_messages.py" line="435"/>
        <source>Beoordeeld</source>
        <translation>Reviewed</translation>
    </message>
    <message>
        <location filename="../../app/ui/service_messages.py" line="436"/>
        <source>Teruggestuurd</source>
        <translation>Returned</translation>
    </message>
    <message>
        <location filename="../../app/ui/service_messages.py" line="437"/>
        <source>Voorgesteld</source>
        <translation>Proposed</translation>
    </message>
    <message>
        <location filename="../../app/ui/service_messages.py" line="438"/>
        <source>Aangenomen</source>
        <translation>Accepted</translation>
    </message>
    <message>
        <location filename="../../app/ui/service_messages.py" line="439"/>
        <source>Afgewezen</source>
        <translation>Rejected</translation>
    </message>
    <message>
        <location filename="../../app/ui/service_messages.py" line="440"/>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <location filename="../../app/ui/service_messages.py" line="441"/>
        <source>In uitvoering</source>
        <translation>In progress</translation>
    </message>
    <message>
        <location filename="../../app/ui/service_messages.py" line="442"/>
        <source>Gerealiseerd</source>
        <translation>Realised</translation>
    </message>
    <message>
        <location filename="../../app/ui/service_messages.py" line="443"/>
        <source>Vervallen</source>
        <translation>Lapsed</translation>
    </message>
    <message>
        <location filename="../../app/ui/service_messages.py" line="444"/>
        <source>Groen</source>
        <translation>Green</translation>
    </message>
    <message>
        <location filename="../../app/ui/service_messages.py" line="445"/>
        <source>Rood</source>
        <translation>Red</translation>
    </message>
    <message>
        <location filename="../../app/ui/service_messages.py" line="446"/>
        <source>Digitaal</source>
        <translation>Digital</translation>
    </message>
    <message>
        <location filename="../../app/ui/service_messages.py" line="447"/>
        <source>Open en duidelijk</source>
        <translation>Open and clear</translation>
    </message>
    <message>
        <location filename="../../app/ui/service_messages.py" line="448"/>
        <source>Respectvol</source>
        <translation>Respectful</translation>
    </message>
    <message>
        <location filename="../../app/ui/service_messages.py" line="449"/>
        <source>Betrokken en oplossingsgericht</source>
        <translation>Engaged and solution-oriented</translation>
    </message>
    <message>
        <location filename="../../app/ui/service_messages.py" line="450"/>
        <source>Eerlijk en betrouwbaar</source>
        <translation>Honest and reliable</translation>
    </message>
    <message>
        <location filename="../../app/ui/service_messages.py" line="451"/>
        <source>Goedgekeurd</source>
        <translation>Approved</translation>
    </message>
    <message>
        <location filename="../../app/ui/service_messages.py" line="452"/>
        <source>Uitgevoerd</source>
        <translation>Carried out</translation>
    </message>
    <message>
        <location filename="../../app/ui/service_messages.py" line="453"/>
        <source>Aangemaakt</source>
        <translation>Created</translation>
    </message>
    <message>
        <location filename="../../app/ui/service_messages.py" line="454"/>
        <source>Gewijzigd</source>
        <translation>Changed</translation>
    </message>
    <message>
        <location filename="../../app/ui/service_messages.py" line="455"/>
        <source>Verwijderd</source>
        <translation>Deleted</translation>
    </message>
    <message>
        <location filename="../../app/ui/service_messages.py" line="456"/>
        <source>Klachtvenster geopend</source>
        <translation>Complaint window opened</translation>
    </message>
    <message>
        <location filename="../../app/ui/service_messages.py" line="457"/>
        <source>Dossier-PDF gemaakt</source>
        <translation>File PDF made</translation>
    </message>
    <message>
        <location filename="../../app/ui/service_messages.py" line="458"/>
        <source>Bijlage geopend</source>
        <translation>Attachment opened</translation>
    </message>
    <message>
        <location filename="../../app/ui/service_messages.py" line="459"/>
        <source>Bijlage opgeslagen</source>
        <translation>Attachment saved</translation>
    </message>
    <message>
        <location filename="../../app/ui/service_messages.py" line="460"/>
        <source>Register geëxporteerd met namen</source>
        <translation>Register exported with names</translation>
    </message>
    <message>
        <location filename="../../app/ui/service_messages.py" line="461"/>
        <source>Rapportage met namen</source>
        <translation>Report with names</translation>
    </message>
    <message>
        <location filename="../../app/ui/service_messages.py" line="462"/>
        <source>A4, twee kaarten per vel (A5) met snijtekens</source>
        <translation>A4, two cards per sheet (A5) with crop marks</translation>
    </message>
    <message>
        <location filename="../../app/ui/service_messages.py" line="463"/>
        <source>A4, vier kaarten per vel (A6) met snijtekens</source>
        <translation>A4, four cards per sheet (A6) with crop marks</translation>
    </message>
    <message>
        <location filename="../../app/ui/service_messages.py" line="464"/>
        <source>Losse kaarten op A5</source>
        <translation>Single cards on A5</translation>
    </message>
    <message>
        <location filename="../../app/ui/service_messages.py" line="465"/>
        <source>Losse kaarten op A6</source>
        <translation>Single cards on A6</translation>
    </message>
    <message>
        <source>De Woo-export is afgebroken; er is niets bewaard.</source>
        <translation type="vanished">The Woo export was stopped; nothing has been kept.</translation>
    </message>
    <message>
        <location filename="../../app/ui/service_messages.py" line="355"/>
        <source>Een signaal wordt niet behandeld; zet het eerst om in een klacht.</source>
        <translation>A signal is not handled; turn it into a complaint first.</translation>
    </message>
    <message>
        <location filename="../../app/ui/service_messages.py" line="359"/>
        <source>Alleen de behandelaar van deze klacht of de klachtcoördinator mag dit doen.</source>
        <translation>Only the handler of this complaint or the complaints coordinator may do this.</translation>
    </message>
    <message>
        <location filename="../../app/ui/service_messages.py" line="360"/>
        <source>Deze toezegging bestaat niet (meer).</source>
        <translation>This promise does not exist (any more).</translation>
    </message>
    <message>
        <location filename="../../app/ui/service_messages.py" line="361"/>
        <source>Deze toezegging is al ingetrokken.</source>
        <translation>This promise has already been withdrawn.</translation>
    </message>
    <message>
        <location filename="../../app/ui/service_messages.py" line="362"/>
        <source>De klacht is afgehandeld; heropen haar eerst om een toezegging te wijzigen.</source>
        <translation>The complaint has been dealt with; reopen it first to change a promise.</translation>
    </message>
    <message>
        <location filename="../../app/ui/service_messages.py" line="363"/>
        <source>Deze toezegging staat al in een verzonden brief of e-mail aan de klager en kan daarom niet meer worden gecorrigeerd of ingetrokken. Leg een nieuwe toezegging vast en licht de wijziging toe aan de klager.</source>
        <translation>This promise is already in a letter or email sent to the complainant and can therefore no longer be corrected or withdrawn. Record a new promise and explain the change to the complainant.</translation>
    </message>
    <message>
        <location filename="../../app/ui/service_messages.py" line="364"/>
        <source>Deze betrokken medewerker staat niet (meer) als losse naam.</source>
        <translation>This employee concerned is not (or no longer) listed as a loose name.</translation>
    </message>
    <message>
        <location filename="../../app/ui/service_messages.py" line="365"/>
        <source>Kies een medewerker uit de lijst.</source>
        <translation>Choose an employee from the list.</translation>
    </message>
    <message>
        <location filename="../../app/ui/service_messages.py" line="366"/>
        <source>Deze medewerker is de behandelaar van de klacht en mag haar dan niet behandelen (Awb 9:7). Wijs eerst een andere behandelaar toe.</source>
        <translation>This employee is the handler of the complaint and then may not handle it (Awb 9:7). Assign another handler first.</translation>
    </message>
    <message>
        <location filename="../../app/ui/service_messages.py" line="356"/>
        <source>Kies een actieve medewerker.</source>
        <translation>Choose an active employee.</translation>
    </message>
    <message>
        <location filename="../../app/ui/service_messages.py" line="357"/>
        <source>Deze medewerker heeft niet de rol klachtbehandelaar.</source>
        <translation>This employee does not have the role of complaint handler.</translation>
    </message>
    <message>
        <location filename="../../app/ui/service_messages.py" line="358"/>
        <source>Deze medewerker is betrokken bij de klacht en mag haar niet behandelen (Awb 9:7). Kies een andere behandelaar.</source>
        <translation>This employee is concerned in the complaint and may not handle it (Awb 9:7). Choose another handler.</translation>
    </message>
    <message>
        <source>Een afgesloten klacht krijgt geen nieuwe behandelaar; heropen haar eerst.</source>
        <translation type="vanished">A closed complaint gets no new handler; reopen it first.</translation>
    </message>
    <message>
        <location filename="../../app/ui/service_messages.py" line="367"/>
        <source>De termijn ligt niet voor de dag van de toezegging.</source>
        <translation>The deadline is not before the day of the promise.</translation>
    </message>
    <message>
        <location filename="../../app/ui/service_messages.py" line="368"/>
        <source>Deze toezegging is al nagekomen en kan niet worden ingetrokken.</source>
        <translation>This promise has already been kept and cannot be withdrawn.</translation>
    </message>
    <message>
        <location filename="../../app/ui/service_messages.py" line="369"/>
        <source>Leg vast wanneer de klager schriftelijk heeft bevestigd tevreden te zijn (Awb 9:5).</source>
        <translation>Record when the complainant confirmed in writing to be satisfied (Awb 9:5).</translation>
    </message>
    <message>
        <location filename="../../app/ui/service_messages.py" line="370"/>
        <source>Benoem minstens één klachtonderdeel; elk onderdeel krijgt een oordeel.</source>
        <translation>Name at least one part of the complaint; each part gets a judgment.</translation>
    </message>
    <message>
        <location filename="../../app/ui/service_messages.py" line="371"/>
        <source>Klachtonderdelen worden benoemd tijdens de formele behandeling.</source>
        <translation>Parts of the complaint are named during the formal handling.</translation>
    </message>
    <message>
        <location filename="../../app/ui/service_messages.py" line="372"/>
        <source>Beschrijf het klachtonderdeel.</source>
        <translation>Describe the part of the complaint.</translation>
    </message>
    <message>
        <location filename="../../app/ui/service_messages.py" line="373"/>
        <source>Vul de datum van het horen in, of kies waarom er niet is gehoord.</source>
        <translation>Fill in the date of the hearing, or choose why there was no hearing.</translation>
    </message>
    <message>
        <source>Het verslag van het horen hoort bij de formele behandeling; start die eerst.</source>
        <translation type="vanished">The report of the hearing belongs to the formal handling; start that first.</translation>
    </message>
    <message>
        <source>De beslissing met het verslag van het horen is al verzonden; het verslag kan niet meer worden gewijzigd.</source>
        <translation type="vanished">The decision with the report of the hearing has already been sent; the report can no longer be changed.</translation>
    </message>
    <message>
        <source>Oordelen kan alleen na hoor en wederhoor.</source>
        <translation type="vanished">A judgment is possible only after both sides have been heard.</translation>
    </message>
    <message>
        <source>Leg eerst het horen vast (of waarom er niet is gehoord).</source>
        <translation type="vanished">First record the hearing (or why there was no hearing).</translation>
    </message>
    <message>
        <source>De beslistermijn is al eens verdaagd. Een verdere verdaging mag alleen met schriftelijke instemming van de klager (Awb 9:11 lid 2); leg die vast met &apos;Verder verdagen met instemming&apos;.</source>
        <translation type="vanished">The decision period has already been extended once. A further extension is allowed only with the complainant&apos;s written consent (Awb 9:11(2)); record it with &apos;Extend further with consent&apos;.</translation>
    </message>
    <message>
        <location filename="../../app/ui/service_messages.py" line="374"/>
        <source>Een verdaging vraagt een schriftelijke mededeling aan klager en betrokkene; leg de datum van die mededeling vast.</source>
        <translation>An extension needs a written notice to the complainant and the person concerned; record the date of that notice.</translation>
    </message>
    <message>
        <source>Een afgesloten klacht kan niet worden verdaagd.</source>
        <translation type="vanished">A closed complaint cannot be extended.</translation>
    </message>
    <message>
        <source>De beslissing is al verzonden; er valt niets te verdagen.</source>
        <translation type="vanished">The decision has already been sent; there is nothing to extend.</translation>
    </message>
    <message>
        <source>De beslistermijn is nog niet verdaagd; gebruik eerst de gewone verdaging (Awb 9:11 lid 1).</source>
        <translation type="vanished">The decision period has not been extended yet; use the ordinary extension first (Awb 9:11(1)).</translation>
    </message>
    <message>
        <location filename="../../app/ui/service_messages.py" line="375"/>
        <source>Een verdere verdaging mag alleen met schriftelijke instemming van de klager (Awb 9:11 lid 2). Voeg de instemming als document toe aan de klacht en kies dat document.</source>
        <translation>A further extension is allowed only with the complainant&apos;s written consent (Awb 9:11(2)). Add the consent as a document to the complaint and choose that document.</translation>
    </message>
    <message>
        <location filename="../../app/ui/service_messages.py" line="376"/>
        <source>De nieuwe datum ligt na de huidige uiterste datum.</source>
        <translation>The new date is after the current final date.</translation>
    </message>
    <message>
        <location filename="../../app/ui/service_messages.py" line="377"/>
        <source>De nieuwe verwachte datum ligt na de datum van het bericht.</source>
        <translation>The new expected date is after the date of the notice.</translation>
    </message>
    <message>
        <location filename="../../app/ui/service_messages.py" line="378"/>
        <source>De klager krijgt schriftelijk bericht dat de klacht niet in behandeling wordt genomen; leg de datum van die brief vast.</source>
        <translation>The complainant is told in writing that the complaint will not be dealt with; record the date of that letter.</translation>
    </message>
    <message>
        <source>De beslissing op de klacht is nog niet verzonden. Verstuur eerst de beslissing (tab Brieven) en leg vast dat die is verzonden; sluit de klacht daarna af.</source>
        <translation type="vanished">The decision on the complaint has not been sent yet. First send the decision (Letters tab) and record that it was sent; then close the complaint.</translation>
    </message>
    <message>
        <location filename="../../app/ui/service_messages.py" line="379"/>
        <source>Dit klachtonderdeel hoort niet bij deze klacht.</source>
        <translation>This part of the complaint does not belong to this complaint.</translation>
    </message>
    <message>
        <location filename="../../app/ui/service_messages.py" line="380"/>
        <source>Het afschrift van de afsluitende brief of e-mail aan de leidinggevende is nog niet vastgelegd. Leg het vast, of laat de klachtcoördinator vastleggen waarom het ontbreekt.</source>
        <translation>The copy of the closing letter or email to the manager has not been recorded yet. Record it, or have the complaints coordinator record why it is missing.</translation>
    </message>
    <message>
        <location filename="../../app/ui/service_messages.py" line="381"/>
        <source>Alleen de klachtcoördinator mag afsluiten zonder afschrift aan de leidinggevende.</source>
        <translation>Only the complaints coordinator may close without a copy to the manager.</translation>
    </message>
</context>
</TS>
