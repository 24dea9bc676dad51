<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pl_PL">
<context>
    <name>ArchiveReader</name>
    <message>
        <location filename="../core/archive/ArchiveLineParser.cpp" line="78"/>
        <source>unknown field (this program reads archive version %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/archive/ArchiveLineParser.cpp" line="92"/>
        <location filename="../core/archive/ArchiveLineParser.cpp" line="487"/>
        <source>must be a string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/archive/ArchiveLineParser.cpp" line="97"/>
        <source>contains an unpaired UTF-16 surrogate escape</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/archive/ArchiveLineParser.cpp" line="111"/>
        <source>must be true or false</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/archive/ArchiveLineParser.cpp" line="123"/>
        <source>must be a whole number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/archive/ArchiveLineParser.cpp" line="135"/>
        <source>&apos;%1&apos; is not a date (YYYY-MM-DD)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/archive/ArchiveLineParser.cpp" line="147"/>
        <source>&apos;%1&apos; is not an RFC 3339 timestamp (like 2026-10-05T09:30:00Z)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/archive/ArchiveLineParser.cpp" line="170"/>
        <source>must be an array of strings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/archive/ArchiveLineParser.cpp" line="189"/>
        <source>must be an object whose values are strings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/archive/ArchiveLineParser.cpp" line="202"/>
        <location filename="../core/archive/ArchiveLineParser.cpp" line="485"/>
        <source>is required</source>
        <translation type="unfinished">jest wymagane</translation>
    </message>
    <message>
        <location filename="../core/archive/ArchiveLineParser.cpp" line="324"/>
        <source>lists a referral twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/archive/ArchiveLineParser.cpp" line="381"/>
        <source>unknown task kind &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/archive/ArchiveLineParser.cpp" line="388"/>
        <source>the line is empty; every line must be a JSON object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/archive/ArchiveLineParser.cpp" line="393"/>
        <source>the last line is cut short (no line end and not complete JSON): the file looks truncated (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/archive/ArchiveLineParser.cpp" line="396"/>
        <source>the line is not valid JSON: %1 at character %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/archive/ArchiveLineParser.cpp" line="401"/>
        <source>the line is not a JSON object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/archive/ArchiveLineParser.cpp" line="452"/>
        <source>the first line must be the archive header %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/archive/ArchiveLineParser.cpp" line="455"/>
        <source>must be &quot;%1&quot;: this is not a Victims&apos; Hub archive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/archive/ArchiveLineParser.cpp" line="460"/>
        <source>must be a whole number from 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/archive/ArchiveLineParser.cpp" line="463"/>
        <source>the archive is version %1, written by a newer version of Victims&apos; Hub; this program reads version %2: update the program to import it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/archive/ArchiveLineParser.cpp" line="472"/>
        <source>unknown field in the archive header</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/archive/ArchiveLineParser.cpp" line="490"/>
        <source>a second archive header</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/archive/ArchiveLineParser.cpp" line="494"/>
        <source>unknown record type &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/archive/ArchiveLineParser.cpp" line="505"/>
        <source>unknown record type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/archive/ArchiveReader.cpp" line="129"/>
        <source>the archive is not open for reading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/archive/ArchiveReader.cpp" line="149"/>
        <source>cannot read the archive: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/archive/ArchiveReader.cpp" line="151"/>
        <source>the archive is empty; the first line must be the archive header</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/archive/ArchiveReader.cpp" line="186"/>
        <source>the file starts with a UTF-8 byte order mark (BOM); an archive is UTF-8 without a BOM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/archive/ArchiveReader.cpp" line="189"/>
        <source>the line is not valid UTF-8 (byte %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/archive/ArchiveReader.cpp" line="220"/>
        <source>duplicate id %1: line %2 already has it (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/archive/ArchiveReader.cpp" line="255"/>
        <source>%1 is a %2 (line %3), not a %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/archive/ArchiveReader.cpp" line="268"/>
        <source>no %1 with id %2 in the database or earlier in the archive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/archive/ArchiveReader.cpp" line="292"/>
        <source>contact %1 already exists with different content; contacts are never replaced, not even with --replace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/archive/ArchiveReader.cpp" line="298"/>
        <source>%1 %2 already exists with different content (import with --replace to overwrite it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/archive/ArchiveReader.cpp" line="328"/>
        <source>&apos;%1&apos; is already the username of user %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/archive/ArchiveReader.cpp" line="421"/>
        <source>%1 is a %2 (line %3), not a contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/archive/ArchiveReader.cpp" line="430"/>
        <source>no contact with id %1 in the database or the archive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/archive/ArchiveReader.cpp" line="437"/>
        <source>contact %1 is itself an amendment; an amendment must amend the original contact</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ContactService</name>
    <message>
        <location filename="../core/services/ContactService.cpp" line="20"/>
        <source>%1&apos;s record says it is NOT safe to leave voicemail.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/services/ContactService.cpp" line="25"/>
        <source>%1&apos;s record says it is NOT safe to send letters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/services/ContactService.cpp" line="28"/>
        <source>%1&apos;s record says it is NOT safe to send text messages.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/services/ContactService.cpp" line="48"/>
        <source>Contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/services/ContactService.cpp" line="74"/>
        <source>is in the future</source>
        <translation type="unfinished">jest w przyszłości</translation>
    </message>
    <message>
        <location filename="../core/services/ContactService.cpp" line="81"/>
        <source>Person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/services/ContactService.cpp" line="86"/>
        <source>Give a reason to log it anyway.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/services/ContactService.cpp" line="96"/>
        <source>is not a referral of this person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/services/ContactService.cpp" line="103"/>
        <source>is not a support episode of this person</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DirectoryService</name>
    <message>
        <location filename="../core/services/DirectoryService.cpp" line="39"/>
        <source>there is no user called &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/services/DirectoryService.cpp" line="41"/>
        <source>the user &apos;%1&apos; is disabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/services/DirectoryService.cpp" line="51"/>
        <source>the database has no active caseworker yet</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EpisodeService</name>
    <message>
        <location filename="../core/services/EpisodeService.cpp" line="14"/>
        <source>Support episode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/services/EpisodeService.cpp" line="16"/>
        <source>the support episode is closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/services/EpisodeService.cpp" line="79"/>
        <source>Onward referral</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/services/EpisodeService.cpp" line="103"/>
        <source>closure has already been requested</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/services/EpisodeService.cpp" line="105"/>
        <source>choose why support is ending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/services/EpisodeService.cpp" line="109"/>
        <source>rate &apos;%1&apos; (choose &quot;Not applicable&quot; if it does not apply)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EpisodeUi</name>
    <message>
        <location filename="../ui/episodes/EpisodeContext.cpp" line="11"/>
        <source>Problem</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Format</name>
    <message>
        <location filename="../ui/Format.cpp" line="19"/>
        <source>Unknown</source>
        <translation>Nieznana</translation>
    </message>
    <message>
        <location filename="../ui/Format.cpp" line="66"/>
        <source>This record was not found. It may have been erased, or the list may be out of date: press F5 to refresh. (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/Format.cpp" line="70"/>
        <source>You do not have permission to open this record. Ask a supervisor if you need it. (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/Format.cpp" line="75"/>
        <source>The record could not be read from this computer&apos;s database: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/Format.cpp" line="78"/>
        <source>This database was written by a newer version of Victims&apos; Hub: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/Format.cpp" line="84"/>
        <source>The record could not be opened: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PersonHistory</name>
    <message>
        <location filename="../ui/PersonHistory.cpp" line="73"/>
        <source>No referrals recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/PersonHistory.cpp" line="82"/>
        <source>Enhanced (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/PersonHistory.cpp" line="85"/>
        <source>Standard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/PersonHistory.cpp" line="92"/>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/PersonHistory.cpp" line="92"/>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/PersonHistory.cpp" line="94"/>
        <source>Unassigned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/PersonHistory.cpp" line="110"/>
        <source>No support episodes yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/PersonHistory.cpp" line="117"/>
        <source>Closed %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/PersonHistory.cpp" line="121"/>
        <source>approved by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/PersonHistory.cpp" line="124"/>
        <source>Opened %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/PersonHistory.cpp" line="134"/>
        <source>%1 %2</source>
        <comment>need area, level</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/PersonHistory.cpp" line="137"/>
        <source>Needs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/PersonHistory.cpp" line="137"/>
        <source>none assessed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/PersonHistory.cpp" line="142"/>
        <source>%1: %2</source>
        <comment>outcome measure, result</comment>
        <translation type="unfinished">%1, %2 {1:?}</translation>
    </message>
    <message>
        <location filename="../ui/PersonHistory.cpp" line="146"/>
        <source>Outcomes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/PersonHistory.cpp" line="151"/>
        <source>awaiting reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/PersonHistory.cpp" line="152"/>
        <source>accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/PersonHistory.cpp" line="153"/>
        <source>not accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/PersonHistory.cpp" line="154"/>
        <source>Onward referral</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/PersonHistory.cpp" line="155"/>
        <source>%1, %2, %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/PersonHistory.cpp" line="160"/>
        <source>Referrals</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/PersonHistory.cpp" line="161"/>
        <source>opened from %n referrals</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/PersonHistory.cpp" line="171"/>
        <source>No contacts logged yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/PersonHistory.cpp" line="180"/>
        <source>%1, %2</source>
        <comment>channel, direction</comment>
        <translation type="unfinished">%1, %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/PersonHistory.cpp" line="184"/>
        <source>%n min</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/PersonHistory.cpp" line="199"/>
        <source>%1 — despite safety flag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/PersonHistory.cpp" line="201"/>
        <location filename="../ui/PersonHistory.cpp" line="260"/>
        <source>Made despite a safety-of-contact flag: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/PersonHistory.cpp" line="214"/>
        <source>Correction of contact on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/PersonHistory.cpp" line="218"/>
        <source>Recorded %1 by %2. The original entry above is kept as it was first recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/PersonHistory.cpp" line="229"/>
        <source>%1 (corrected)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/PersonHistory.cpp" line="230"/>
        <source>This contact was corrected later; the correction is shown beneath it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/PersonHistory.cpp" line="253"/>
        <source>%1 minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/PersonHistory.cpp" line="254"/>
        <source>recorded by %1 on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/PersonHistory.cpp" line="274"/>
        <source>Contact on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/PersonHistory.cpp" line="277"/>
        <source>Correction of contact on %1, made %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/PersonHistory.cpp" line="287"/>
        <source>No tasks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/PersonHistory.cpp" line="298"/>
        <source>Done %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/PersonHistory.cpp" line="299"/>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PersonService</name>
    <message>
        <location filename="../core/services/PersonService.cpp" line="16"/>
        <source>Person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/services/PersonService.cpp" line="34"/>
        <source>is longer than %1 characters</source>
        <translation type="unfinished">jest dłuższe niż %1 znaków</translation>
    </message>
</context>
<context>
    <name>QApplication</name>
    <message>
        <location filename="../app/victimshub/main.cpp" line="94"/>
        <location filename="../app/victimshub/main.cpp" line="133"/>
        <location filename="../app/victimshub/main.cpp" line="148"/>
        <source>Victims&apos; Hub</source>
        <translation type="unfinished">Victims&apos; Hub</translation>
    </message>
    <message>
        <location filename="../app/victimshub/main.cpp" line="100"/>
        <source>Case management for a Victims&apos; Hub.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/victimshub/main.cpp" line="105"/>
        <source>The database file (default: %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/victimshub/main.cpp" line="107"/>
        <source>PATH</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/victimshub/main.cpp" line="110"/>
        <source>Save a picture of the window once the caseload has painted, print first_paint_ms, and exit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/victimshub/main.cpp" line="112"/>
        <source>FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/victimshub/main.cpp" line="114"/>
        <source>Open this person&apos;s record at start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/victimshub/main.cpp" line="115"/>
        <source>ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/victimshub/main.cpp" line="117"/>
        <source>Work as this user (until sign-in exists).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/victimshub/main.cpp" line="118"/>
        <source>USERNAME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/victimshub/main.cpp" line="129"/>
        <source>Could not open the database %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReferralService</name>
    <message>
        <location filename="../core/services/ReferralService.cpp" line="46"/>
        <source>choose a person or enter a new one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/services/ReferralService.cpp" line="57"/>
        <source>is in the future</source>
        <translation type="unfinished">jest w przyszłości</translation>
    </message>
    <message>
        <location filename="../core/services/ReferralService.cpp" line="73"/>
        <source>say why the victim is entitled to enhanced support</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/services/ReferralService.cpp" line="108"/>
        <source>a referral that is &apos;%1&apos; cannot become &apos;%2&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/services/ReferralService.cpp" line="121"/>
        <location filename="../core/services/ReferralService.cpp" line="188"/>
        <source>Referral</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/services/ReferralService.cpp" line="130"/>
        <source>give a reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/services/ReferralService.cpp" line="148"/>
        <source>is not an open support episode of this person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/services/ReferralService.cpp" line="192"/>
        <source>is not an active user</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ServiceErrors</name>
    <message>
        <location filename="../core/services/ServiceContext.h" line="37"/>
        <source>this action needs a signed-in user; choose who you are first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/services/ServiceContext.h" line="41"/>
        <source>%1 %2 does not exist</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SummaryColumns</name>
    <message>
        <location filename="../ui/models/SummaryColumns.cpp" line="43"/>
        <source>Name</source>
        <translation>Imię i nazwisko</translation>
    </message>
    <message>
        <location filename="../ui/models/SummaryColumns.cpp" line="45"/>
        <source>Date of birth</source>
        <translation>Data urodzenia</translation>
    </message>
    <message>
        <location filename="../ui/models/SummaryColumns.cpp" line="47"/>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <location filename="../ui/models/SummaryColumns.cpp" line="49"/>
        <source>Postcode</source>
        <translation>Kod pocztowy</translation>
    </message>
    <message>
        <location filename="../ui/models/SummaryColumns.cpp" line="51"/>
        <source>Latest referral</source>
        <translation>Ostatnie skierowanie</translation>
    </message>
    <message>
        <location filename="../ui/models/SummaryColumns.cpp" line="53"/>
        <source>Offence</source>
        <translation>Przestępstwo</translation>
    </message>
    <message>
        <location filename="../ui/models/SummaryColumns.cpp" line="55"/>
        <source>Episode</source>
        <translation>Okres wsparcia</translation>
    </message>
    <message>
        <location filename="../ui/models/SummaryColumns.cpp" line="57"/>
        <source>Caseworker</source>
        <translation>Opiekun sprawy</translation>
    </message>
    <message>
        <location filename="../ui/models/SummaryColumns.cpp" line="59"/>
        <source>Last contact</source>
        <translation>Ostatni kontakt</translation>
    </message>
    <message>
        <source>Safety of contact</source>
        <translation type="vanished">Bezpieczeństwo kontaktu</translation>
    </message>
    <message>
        <location filename="../ui/models/SummaryColumns.cpp" line="61"/>
        <source>Safety</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/SummaryColumns.cpp" line="70"/>
        <source>Family name, then given name</source>
        <translation>Nazwisko, potem imię</translation>
    </message>
    <message>
        <location filename="../ui/models/SummaryColumns.cpp" line="72"/>
        <source>Date the newest referral was received</source>
        <translation>Data otrzymania najnowszego skierowania</translation>
    </message>
    <message>
        <location filename="../ui/models/SummaryColumns.cpp" line="74"/>
        <source>Offence group of the newest referral</source>
        <translation>Grupa przestępstw z najnowszego skierowania</translation>
    </message>
    <message>
        <location filename="../ui/models/SummaryColumns.cpp" line="76"/>
        <source>Status of the newest support episode</source>
        <translation>Stan najnowszego okresu wsparcia</translation>
    </message>
    <message>
        <location filename="../ui/models/SummaryColumns.cpp" line="78"/>
        <source>Caseworker of the newest support episode</source>
        <translation>Opiekun najnowszego okresu wsparcia</translation>
    </message>
    <message>
        <location filename="../ui/models/SummaryColumns.cpp" line="80"/>
        <source>Limits on how this person may be contacted, and restricted records</source>
        <translation>Ograniczenia sposobu kontaktu z tą osobą oraz rekordy zastrzeżone</translation>
    </message>
    <message>
        <location filename="../ui/models/SummaryColumns.cpp" line="92"/>
        <source>%1, %2</source>
        <comment>family name, given name</comment>
        <translation>%1, %2</translation>
    </message>
    <message>
        <location filename="../ui/models/SummaryColumns.cpp" line="104"/>
        <source>Restricted</source>
        <translation>Zastrzeżone</translation>
    </message>
    <message>
        <location filename="../ui/models/SummaryColumns.cpp" line="106"/>
        <source>No voicemail</source>
        <translation>Bez poczty głosowej</translation>
    </message>
    <message>
        <location filename="../ui/models/SummaryColumns.cpp" line="108"/>
        <source>No letters</source>
        <translation>Bez listów</translation>
    </message>
    <message>
        <location filename="../ui/models/SummaryColumns.cpp" line="110"/>
        <source>No texts</source>
        <translation>Bez SMS-ów</translation>
    </message>
    <message>
        <location filename="../ui/models/SummaryColumns.cpp" line="167"/>
        <source>%1, age %2</source>
        <translation>%1, wiek %2</translation>
    </message>
    <message>
        <location filename="../ui/models/SummaryColumns.cpp" line="174"/>
        <source>Check the person&apos;s safety-of-contact flags before contacting: %1</source>
        <translation>Przed kontaktem sprawdź ograniczenia bezpieczeństwa kontaktu tej osoby: %1</translation>
    </message>
    <message>
        <location filename="../ui/models/SummaryColumns.cpp" line="201"/>
        <source>No contact limits</source>
        <translation>Brak ograniczeń kontaktu</translation>
    </message>
</context>
<context>
    <name>TaskService</name>
    <message>
        <location filename="../core/services/EpisodeService.cpp" line="135"/>
        <source>unknown task kind &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/services/EpisodeService.cpp" line="140"/>
        <source>is not a person on file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/services/EpisodeService.cpp" line="144"/>
        <source>is not a support episode of this person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/services/EpisodeService.cpp" line="148"/>
        <source>is not a user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/services/EpisodeService.cpp" line="165"/>
        <source>Task</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Validator</name>
    <message>
        <location filename="../core/domain/Validator.cpp" line="18"/>
        <location filename="../core/domain/Validator.cpp" line="27"/>
        <location filename="../core/domain/Validator.cpp" line="48"/>
        <location filename="../core/domain/Validator.cpp" line="204"/>
        <source>is required</source>
        <translation>jest wymagane</translation>
    </message>
    <message>
        <location filename="../core/domain/Validator.cpp" line="20"/>
        <source>&apos;%1&apos; is not a lower-case UUID</source>
        <translation>&apos;%1&apos; nie jest identyfikatorem UUID zapisanym małymi literami</translation>
    </message>
    <message>
        <location filename="../core/domain/Validator.cpp" line="29"/>
        <source>unknown code &apos;%1&apos;</source>
        <translation>nieznany kod &apos;%1&apos;</translation>
    </message>
    <message>
        <location filename="../core/domain/Validator.cpp" line="37"/>
        <source>must not be empty</source>
        <translation>nie może być puste</translation>
    </message>
    <message>
        <location filename="../core/domain/Validator.cpp" line="39"/>
        <source>is longer than %1 characters</source>
        <translation>jest dłuższe niż %1 znaków</translation>
    </message>
    <message>
        <location filename="../core/domain/Validator.cpp" line="41"/>
        <source>contains a NUL character</source>
        <translation>zawiera znak NUL</translation>
    </message>
    <message>
        <location filename="../core/domain/Validator.cpp" line="70"/>
        <source>must not contain spaces</source>
        <translation>nie może zawierać spacji</translation>
    </message>
    <message>
        <location filename="../core/domain/Validator.cpp" line="84"/>
        <source>is in the future</source>
        <translation>jest w przyszłości</translation>
    </message>
    <message>
        <location filename="../core/domain/Validator.cpp" line="86"/>
        <source>is before 1900</source>
        <translation>jest wcześniejsze niż rok 1900</translation>
    </message>
    <message>
        <location filename="../core/domain/Validator.cpp" line="95"/>
        <source>&apos;%1&apos; is not a BCP 47 language tag</source>
        <translation>&apos;%1&apos; nie jest znacznikiem języka BCP 47</translation>
    </message>
    <message>
        <location filename="../core/domain/Validator.cpp" line="99"/>
        <source>is not an email address</source>
        <translation>nie jest adresem e-mail</translation>
    </message>
    <message>
        <location filename="../core/domain/Validator.cpp" line="119"/>
        <source>lists a flag twice</source>
        <translation>zawiera dwukrotnie ten sam znacznik</translation>
    </message>
    <message>
        <location filename="../core/domain/Validator.cpp" line="125"/>
        <source>is set but the referral is not enhanced</source>
        <translation>jest ustawione, ale skierowanie nie jest rozszerzone</translation>
    </message>
    <message>
        <location filename="../core/domain/Validator.cpp" line="144"/>
        <source>is required when the episode is closed</source>
        <translation>jest wymagane, gdy okres wsparcia jest zamknięty</translation>
    </message>
    <message>
        <location filename="../core/domain/Validator.cpp" line="147"/>
        <source>is set but the episode is not closed</source>
        <translation>jest ustawione, ale okres wsparcia nie jest zamknięty</translation>
    </message>
    <message>
        <location filename="../core/domain/Validator.cpp" line="149"/>
        <source>is before opened_at</source>
        <translation>jest wcześniejsze niż opened_at</translation>
    </message>
    <message>
        <location filename="../core/domain/Validator.cpp" line="185"/>
        <source>must be 0 or more</source>
        <translation>musi wynosić 0 lub więcej</translation>
    </message>
    <message>
        <location filename="../core/domain/Validator.cpp" line="187"/>
        <source>is longer than a day</source>
        <translation>przekracza jedną dobę</translation>
    </message>
    <message>
        <location filename="../core/domain/Validator.cpp" line="193"/>
        <source>a contact cannot amend itself</source>
        <translation>kontakt nie może poprawiać samego siebie</translation>
    </message>
</context>
<context>
    <name>hub::ui::CaseloadModel</name>
    <message>
        <location filename="../ui/models/CaseloadModel.cpp" line="83"/>
        <source>The caseload could not be read: %1</source>
        <translation>Nie udało się odczytać listy spraw: %1</translation>
    </message>
    <message>
        <location filename="../ui/models/CaseloadModel.cpp" line="112"/>
        <source>This column cannot be sorted</source>
        <translation>Tej kolumny nie można sortować</translation>
    </message>
    <message>
        <location filename="../ui/models/CaseloadModel.cpp" line="113"/>
        <source>%1 (cannot be sorted)</source>
        <translation>%1 (nie można sortować)</translation>
    </message>
</context>
<context>
    <name>hub::ui::CaseloadPage</name>
    <message>
        <location filename="../ui/CaseloadPage.cpp" line="21"/>
        <location filename="../ui/CaseloadPage.cpp" line="51"/>
        <source>All people</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/CaseloadPage.cpp" line="26"/>
        <source>Caseload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/CaseloadPage.cpp" line="39"/>
        <source>The caseload can be sorted by name, date of birth, postcode or latest referral.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/CaseloadPage.cpp" line="49"/>
        <source>Caseload summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/CaseloadPage.cpp" line="81"/>
        <source>ascending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/CaseloadPage.cpp" line="81"/>
        <source>descending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/CaseloadPage.cpp" line="83"/>
        <source>No people yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/CaseloadPage.cpp" line="84"/>
        <source>1 person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/CaseloadPage.cpp" line="85"/>
        <source>%1 people</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/CaseloadPage.cpp" line="87"/>
        <source>%1 · sorted by %2, %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hub::ui::CaseloadSection</name>
    <message>
        <location filename="../ui/caseload/CaseloadSection.cpp" line="17"/>
        <source>My caseload and all people</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/caseload/CaseloadSection.cpp" line="21"/>
        <source>Whose cases to list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/caseload/CaseloadSection.cpp" line="25"/>
        <source>My caseload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/caseload/CaseloadSection.cpp" line="26"/>
        <source>All people</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/caseload/CaseloadSection.cpp" line="27"/>
        <source>Your open support episodes and referrals to triage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/caseload/CaseloadSection.cpp" line="28"/>
        <source>Everyone on file</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hub::ui::ClosureRequestDialog</name>
    <message>
        <location filename="../ui/episodes/ClosureRequestDialog.cpp" line="41"/>
        <source>Request closure of %1&apos;s support</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/episodes/ClosureRequestDialog.cpp" line="47"/>
        <source>A supervisor approves the closure. Say why support is ending and rate every outcome measure (choose &quot;Not applicable&quot; where one does not apply).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/episodes/ClosureRequestDialog.cpp" line="73"/>
        <source>Why support is ending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/episodes/ClosureRequestDialog.cpp" line="74"/>
        <source>(choose a reason)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/episodes/ClosureRequestDialog.cpp" line="84"/>
        <source>&amp;Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/episodes/ClosureRequestDialog.cpp" line="88"/>
        <source>Cope-and-recover outcomes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/episodes/ClosureRequestDialog.cpp" line="94"/>
        <source>Outcome: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/episodes/ClosureRequestDialog.cpp" line="95"/>
        <source>(choose)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/episodes/ClosureRequestDialog.cpp" line="115"/>
        <source>Why the closure was not requested</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/episodes/ClosureRequestDialog.cpp" line="121"/>
        <source>Request &amp;closure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/episodes/ClosureRequestDialog.cpp" line="123"/>
        <source>Send the closure request to a supervisor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/episodes/ClosureRequestDialog.cpp" line="184"/>
        <source>The closure was not requested: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/episodes/ClosureRequestDialog.cpp" line="187"/>
        <source>Choose why support is ending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/episodes/ClosureRequestDialog.cpp" line="197"/>
        <source>Choose improved, not improved or not applicable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/episodes/ClosureRequestDialog.cpp" line="208"/>
        <source>Discard the closure request?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/episodes/ClosureRequestDialog.cpp" line="209"/>
        <source>The reason and outcomes chosen here are not saved. Close without requesting closure?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hub::ui::EpisodePane</name>
    <message>
        <location filename="../ui/episodes/EpisodePane.cpp" line="33"/>
        <source>Selected support episode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/episodes/EpisodePane.cpp" line="44"/>
        <source>Support episode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/episodes/EpisodePane.cpp" line="51"/>
        <source>Episode status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/episodes/EpisodePane.cpp" line="54"/>
        <source>Closure request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/episodes/EpisodePane.cpp" line="57"/>
        <source>Request &amp;closure…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/episodes/EpisodePane.cpp" line="59"/>
        <source>Request closure of this episode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/episodes/EpisodePane.cpp" line="61"/>
        <location filename="../ui/episodes/EpisodePane.cpp" line="161"/>
        <source>Ask a supervisor to close this episode, with a reason and the outcome measures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/episodes/EpisodePane.cpp" line="116"/>
        <source>No support episodes yet. Accepting a referral at triage opens one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/episodes/EpisodePane.cpp" line="118"/>
        <source>Choose a support episode in the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/episodes/EpisodePane.cpp" line="126"/>
        <source>Episode opened %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/episodes/EpisodePane.cpp" line="127"/>
        <source>caseworker %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/episodes/EpisodePane.cpp" line="139"/>
        <source>%1: %2</source>
        <comment>outcome measure, result</comment>
        <translation type="unfinished">%1, %2 {1:?}</translation>
    </message>
    <message>
        <location filename="../ui/episodes/EpisodePane.cpp" line="144"/>
        <source>Closed on %1 (%2), approved by %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/episodes/EpisodePane.cpp" line="146"/>
        <source>Closure requested on %1 by %2 (%3). Awaiting a supervisor&apos;s approval; until then the episode stays open for contacts and actions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/episodes/EpisodePane.cpp" line="151"/>
        <source>Outcomes: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/episodes/EpisodePane.cpp" line="160"/>
        <source>Closure has been requested; a supervisor approves it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/episodes/EpisodePane.cpp" line="171"/>
        <source>Closure requested — awaiting supervisor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/episodes/EpisodePane.cpp" line="182"/>
        <source>Closure requested: a supervisor will review it</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hub::ui::MainWindow</name>
    <message>
        <location filename="../ui/MainWindow.cpp" line="72"/>
        <location filename="../ui/MainWindow.cpp" line="73"/>
        <location filename="../ui/MainWindow.cpp" line="211"/>
        <source>Victims&apos; Hub</source>
        <translation>Victims&apos; Hub</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="78"/>
        <source>Sections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="85"/>
        <source>My caseload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="85"/>
        <source>Referrals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="85"/>
        <location filename="../ui/MainWindow.cpp" line="203"/>
        <source>Search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="85"/>
        <source>Reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="86"/>
        <source>Admin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="89"/>
        <source>%1 (Ctrl+%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="94"/>
        <source>Current section</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="106"/>
        <source>Referrals will appear here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="107"/>
        <source>New referrals from the police, partner agencies and self-referrals will be listed here for triage, each with its Victims&apos; Code first-contact clock.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="111"/>
        <source>Reports will appear here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="112"/>
        <source>The monthly support counts will be produced here: the month&apos;s figures as a table and a chart, ready to save as CSV or PDF.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="115"/>
        <source>Administration will appear here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="116"/>
        <source>Users and teams, reference lists, retention and erasure requests, and backups will be managed here by administrators.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="135"/>
        <source>People on file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="144"/>
        <source>Working as %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="147"/>
        <source>Not working as a user: read-only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="224"/>
        <source>Search people</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="226"/>
        <source>Search name, phone, postcode or crime reference (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="255"/>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="257"/>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="262"/>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="264"/>
        <source>&amp;Find person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="275"/>
        <source>&amp;Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="279"/>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="281"/>
        <source>&amp;About Victims&apos; Hub</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="283"/>
        <source>About Victims&apos; Hub</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="284"/>
        <source>&lt;h3&gt;Victims&apos; Hub %1&lt;/h3&gt;&lt;p&gt;Case management for a county Victims&apos; Hub: referrals, support episodes, contacts and the monthly support counts.&lt;/p&gt;&lt;p&gt;Keyboard: Ctrl+F search, Enter open, Esc back, Ctrl+1 to Ctrl+5 sections.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="317"/>
        <source>Opened the record of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="322"/>
        <source>Back to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="382"/>
        <source>1 person on file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="383"/>
        <source>%1 people on file</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hub::ui::MyCaseloadModel</name>
    <message>
        <location filename="../ui/models/MyCaseloadModel.cpp" line="58"/>
        <source>%1 %2 %3 h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/MyCaseloadModel.cpp" line="60"/>
        <source>day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/MyCaseloadModel.cpp" line="60"/>
        <source>days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/MyCaseloadModel.cpp" line="63"/>
        <source>%1 h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/MyCaseloadModel.cpp" line="64"/>
        <source>%1 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/MyCaseloadModel.cpp" line="77"/>
        <source>%1 left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/MyCaseloadModel.cpp" line="79"/>
        <source>Overdue by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/MyCaseloadModel.cpp" line="81"/>
        <source>Contacted in time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/MyCaseloadModel.cpp" line="83"/>
        <source>Contacted late</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/MyCaseloadModel.cpp" line="87"/>
        <source>No consent to contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/MyCaseloadModel.cpp" line="192"/>
        <source>Awaiting triage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/MyCaseloadModel.cpp" line="194"/>
        <source>Closure requested</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/MyCaseloadModel.cpp" line="195"/>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/MyCaseloadModel.cpp" line="207"/>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/MyCaseloadModel.cpp" line="209"/>
        <source>None yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/MyCaseloadModel.cpp" line="268"/>
        <source>%1, has safety-of-contact limits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/MyCaseloadModel.cpp" line="294"/>
        <source>Safety-of-contact limits: read the record before contacting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/MyCaseloadModel.cpp" line="296"/>
        <source>Victims&apos; Code first contact due by the end of %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/MyCaseloadModel.cpp" line="298"/>
        <source>enhanced entitlement, 2 working days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/MyCaseloadModel.cpp" line="299"/>
        <source>standard, 5 working days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/MyCaseloadModel.cpp" line="301"/>
        <source>Awaiting a supervisor&apos;s approval to close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/MyCaseloadModel.cpp" line="329"/>
        <source>Person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/MyCaseloadModel.cpp" line="331"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/MyCaseloadModel.cpp" line="333"/>
        <source>Next due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/MyCaseloadModel.cpp" line="335"/>
        <source>Last contact</source>
        <translation type="unfinished">Ostatni kontakt</translation>
    </message>
    <message>
        <location filename="../ui/models/MyCaseloadModel.cpp" line="337"/>
        <source>Victims&apos; Code clock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/MyCaseloadModel.cpp" line="339"/>
        <source>Received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/MyCaseloadModel.cpp" line="344"/>
        <source>The earliest open task of yours for this person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/MyCaseloadModel.cpp" line="346"/>
        <source>Time left for the first contact, or how long it is overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/MyCaseloadModel.cpp" line="348"/>
        <source>When the referral was received</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hub::ui::MyCaseloadPage</name>
    <message>
        <location filename="../ui/caseload/MyCaseloadPage.cpp" line="28"/>
        <location filename="../ui/caseload/MyCaseloadPage.cpp" line="57"/>
        <source>My caseload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/caseload/MyCaseloadPage.cpp" line="36"/>
        <source>My open cases and referrals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/caseload/MyCaseloadPage.cpp" line="42"/>
        <source>Closure requested</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/caseload/MyCaseloadPage.cpp" line="44"/>
        <source>None yet 00/00</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/caseload/MyCaseloadPage.cpp" line="46"/>
        <source>Overdue by 12 days 23 h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/caseload/MyCaseloadPage.cpp" line="55"/>
        <source>My caseload summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/caseload/MyCaseloadPage.cpp" line="63"/>
        <source>Filter my caseload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/caseload/MyCaseloadPage.cpp" line="64"/>
        <source>Filter by name, status or clock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/caseload/MyCaseloadPage.cpp" line="68"/>
        <source>F&amp;ilter:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/caseload/MyCaseloadPage.cpp" line="70"/>
        <source>&amp;Breached only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/caseload/MyCaseloadPage.cpp" line="72"/>
        <source>Show only cases whose Victims&apos; Code clock is breached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/caseload/MyCaseloadPage.cpp" line="74"/>
        <source>Only referrals whose first contact is overdue or was made late</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/caseload/MyCaseloadPage.cpp" line="182"/>
        <source>No caseload for this account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/caseload/MyCaseloadPage.cpp" line="183"/>
        <source>My caseload lists the support episodes and referrals of a caseworker. Start the app as a caseworker to see theirs; the All people tab lists everyone on file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/caseload/MyCaseloadPage.cpp" line="187"/>
        <source>Nothing is assigned to you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/caseload/MyCaseloadPage.cpp" line="188"/>
        <source>Referrals assigned to you for triage and your open support episodes will be listed here, most urgent Victims&apos; Code clock first. New referrals arrive in Referrals (Ctrl+2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/caseload/MyCaseloadPage.cpp" line="192"/>
        <source>Nothing matches the filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/caseload/MyCaseloadPage.cpp" line="193"/>
        <source>None of your cases match. Clear the filter text or untick &quot;Breached only&quot; to see them all.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/caseload/MyCaseloadPage.cpp" line="201"/>
        <source>1 case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/caseload/MyCaseloadPage.cpp" line="201"/>
        <source>%1 cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/caseload/MyCaseloadPage.cpp" line="203"/>
        <source>%1 awaiting triage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/caseload/MyCaseloadPage.cpp" line="205"/>
        <source>%1 breached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/caseload/MyCaseloadPage.cpp" line="207"/>
        <source>%1 shown</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hub::ui::NeedsAssessmentEditor</name>
    <message>
        <location filename="../ui/episodes/NeedsAssessmentEditor.cpp" line="25"/>
        <location filename="../ui/episodes/NeedsAssessmentEditor.cpp" line="26"/>
        <location filename="../ui/episodes/NeedsAssessmentEditor.cpp" line="116"/>
        <source>Needs assessment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/episodes/NeedsAssessmentEditor.cpp" line="38"/>
        <source>Need: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/episodes/NeedsAssessmentEditor.cpp" line="40"/>
        <source>(not assessed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/episodes/NeedsAssessmentEditor.cpp" line="57"/>
        <source>&amp;Save needs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/episodes/NeedsAssessmentEditor.cpp" line="59"/>
        <source>Save the needs assessment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/episodes/NeedsAssessmentEditor.cpp" line="60"/>
        <source>Save the needs assessment (Alt+S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/episodes/NeedsAssessmentEditor.cpp" line="116"/>
        <source>Needs assessment (not saved)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/episodes/NeedsAssessmentEditor.cpp" line="128"/>
        <source>The needs were not saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/episodes/NeedsAssessmentEditor.cpp" line="134"/>
        <source>Needs assessment saved</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hub::ui::OnwardReferralsEditor</name>
    <message>
        <location filename="../ui/episodes/OnwardReferralsEditor.cpp" line="28"/>
        <location filename="../ui/episodes/OnwardReferralsEditor.cpp" line="29"/>
        <location filename="../ui/episodes/OnwardReferralsEditor.cpp" line="144"/>
        <source>Onward referrals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/episodes/OnwardReferralsEditor.cpp" line="33"/>
        <source>Onward referrals to agencies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/episodes/OnwardReferralsEditor.cpp" line="34"/>
        <source>Agency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/episodes/OnwardReferralsEditor.cpp" line="34"/>
        <source>Referred</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/episodes/OnwardReferralsEditor.cpp" line="34"/>
        <source>Reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/episodes/OnwardReferralsEditor.cpp" line="47"/>
        <source>Agency to refer to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/episodes/OnwardReferralsEditor.cpp" line="54"/>
        <source>Referred on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/episodes/OnwardReferralsEditor.cpp" line="58"/>
        <source>&amp;Refer on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/episodes/OnwardReferralsEditor.cpp" line="60"/>
        <source>Record the onward referral</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/episodes/OnwardReferralsEditor.cpp" line="62"/>
        <source>Acce&amp;pted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/episodes/OnwardReferralsEditor.cpp" line="64"/>
        <source>The agency accepted the selected referral</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/episodes/OnwardReferralsEditor.cpp" line="66"/>
        <source>Dec&amp;lined</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/episodes/OnwardReferralsEditor.cpp" line="68"/>
        <source>The agency declined the selected referral</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/episodes/OnwardReferralsEditor.cpp" line="72"/>
        <source>O&amp;n</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/episodes/OnwardReferralsEditor.cpp" line="74"/>
        <source>A&amp;gency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/episodes/OnwardReferralsEditor.cpp" line="117"/>
        <source>Awaiting reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/episodes/OnwardReferralsEditor.cpp" line="118"/>
        <source>Accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/episodes/OnwardReferralsEditor.cpp" line="119"/>
        <source>Declined</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/episodes/OnwardReferralsEditor.cpp" line="139"/>
        <source>No onward referrals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/episodes/OnwardReferralsEditor.cpp" line="143"/>
        <source>Onward referrals (%1 awaiting reply)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/episodes/OnwardReferralsEditor.cpp" line="174"/>
        <source>The onward referral was not recorded: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/episodes/OnwardReferralsEditor.cpp" line="178"/>
        <source>Referred on to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/episodes/OnwardReferralsEditor.cpp" line="192"/>
        <source>The reply was not recorded: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/episodes/OnwardReferralsEditor.cpp" line="196"/>
        <source>%1 accepted the referral</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/episodes/OnwardReferralsEditor.cpp" line="197"/>
        <source>%1 declined the referral</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hub::ui::PersonEditDialog</name>
    <message>
        <location filename="../ui/person/PersonEditDialog.cpp" line="63"/>
        <source>Edit details of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/person/PersonEditDialog.cpp" line="67"/>
        <source>Personal details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/person/PersonEditDialog.cpp" line="70"/>
        <source>Contact details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/person/PersonEditDialog.cpp" line="73"/>
        <source>Safety of contact</source>
        <translation type="unfinished">Bezpieczeństwo kontaktu</translation>
    </message>
    <message>
        <location filename="../ui/person/PersonEditDialog.cpp" line="85"/>
        <source>&amp;Given name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/person/PersonEditDialog.cpp" line="86"/>
        <source>&amp;Family name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/person/PersonEditDialog.cpp" line="88"/>
        <source>dd/mm/yyyy, or blank if unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/person/PersonEditDialog.cpp" line="89"/>
        <source>Date of &amp;birth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/person/PersonEditDialog.cpp" line="90"/>
        <source>G&amp;ender</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/person/PersonEditDialog.cpp" line="92"/>
        <source>Et&amp;hnic group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/person/PersonEditDialog.cpp" line="94"/>
        <source>D&amp;isability</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/person/PersonEditDialog.cpp" line="97"/>
        <source>A language code: en English, pl Polish, ro Romanian, pt Portuguese</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/person/PersonEditDialog.cpp" line="98"/>
        <source>First lan&amp;guage (code)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/person/PersonEditDialog.cpp" line="99"/>
        <source>I&amp;nterpreter needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/person/PersonEditDialog.cpp" line="102"/>
        <source>&amp;Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/person/PersonEditDialog.cpp" line="103"/>
        <source>E&amp;mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/person/PersonEditDialog.cpp" line="104"/>
        <source>&amp;Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/person/PersonEditDialog.cpp" line="105"/>
        <source>Post&amp;code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/person/PersonEditDialog.cpp" line="108"/>
        <source>Safe to leave &amp;voicemail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/person/PersonEditDialog.cpp" line="110"/>
        <source>Safe to send &amp;letters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/person/PersonEditDialog.cpp" line="111"/>
        <source>Safe to &amp;text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/person/PersonEditDialog.cpp" line="113"/>
        <source>e.g. weekdays 10:00-12:00</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/person/PersonEditDialog.cpp" line="114"/>
        <source>Safe contact &amp;times</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/person/PersonEditDialog.cpp" line="119"/>
        <source>e.g. do not contact at home; partner must not know</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/person/PersonEditDialog.cpp" line="123"/>
        <source>Contact n&amp;otes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/person/PersonEditDialog.cpp" line="125"/>
        <source>&amp;Restricted record (staff member or known locally)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/person/PersonEditDialog.cpp" line="131"/>
        <source>Why the details could not be saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/person/PersonEditDialog.cpp" line="139"/>
        <source>Save details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/person/PersonEditDialog.cpp" line="141"/>
        <source>Save (Enter or Ctrl+S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/person/PersonEditDialog.cpp" line="144"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/person/PersonEditDialog.cpp" line="211"/>
        <source>Problem with %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/person/PersonEditDialog.cpp" line="283"/>
        <source>is not a date: type it as dd/mm/yyyy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/person/PersonEditDialog.cpp" line="299"/>
        <source>Unsaved changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/person/PersonEditDialog.cpp" line="300"/>
        <source>The details of %1 have changes that are not saved. Save them now?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/person/PersonEditDialog.cpp" line="318"/>
        <source>The details were not saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/person/PersonEditDialog.cpp" line="329"/>
        <source>%1 %2</source>
        <comment>field, problem</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/person/PersonEditDialog.cpp" line="330"/>
        <source>%1: %2</source>
        <comment>field, problem</comment>
        <translation type="unfinished">%1, %2 {1:?}</translation>
    </message>
    <message>
        <location filename="../ui/person/PersonEditDialog.cpp" line="333"/>
        <source>The details were not saved. Correct the field marked in red.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hub::ui::PersonHeader</name>
    <message>
        <location filename="../ui/PersonHeader.cpp" line="32"/>
        <source>Person and safety of contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/PersonHeader.cpp" line="37"/>
        <source>Name</source>
        <translation type="unfinished">Imię i nazwisko</translation>
    </message>
    <message>
        <location filename="../ui/PersonHeader.cpp" line="46"/>
        <source>Personal details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/PersonHeader.cpp" line="93"/>
        <source>(no name recorded)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/PersonHeader.cpp" line="99"/>
        <source>Born %1 (age %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/PersonHeader.cpp" line="101"/>
        <source>Date of birth unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/PersonHeader.cpp" line="105"/>
        <source>No phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/PersonHeader.cpp" line="105"/>
        <source>Phone %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/PersonHeader.cpp" line="110"/>
        <source>%1 — interpreter needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/PersonHeader.cpp" line="116"/>
        <source>Do not leave voicemail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/PersonHeader.cpp" line="117"/>
        <source>No letters</source>
        <translation type="unfinished">Bez listów</translation>
    </message>
    <message>
        <location filename="../ui/PersonHeader.cpp" line="118"/>
        <source>No texts</source>
        <translation type="unfinished">Bez SMS-ów</translation>
    </message>
    <message>
        <location filename="../ui/PersonHeader.cpp" line="119"/>
        <source>Restricted record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/PersonHeader.cpp" line="120"/>
        <source>Safe times: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/PersonHeader.cpp" line="121"/>
        <source>Contact notes: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/PersonHeader.cpp" line="122"/>
        <source>No contact limits recorded</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hub::ui::PersonOverview</name>
    <message>
        <location filename="../ui/PersonOverview.cpp" line="28"/>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/PersonOverview.cpp" line="28"/>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/PersonOverview.cpp" line="35"/>
        <source>Overview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/PersonOverview.cpp" line="40"/>
        <source>Personal details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/PersonOverview.cpp" line="41"/>
        <source>Contact details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/PersonOverview.cpp" line="42"/>
        <source>Record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/PersonOverview.cpp" line="44"/>
        <source>Given name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/PersonOverview.cpp" line="45"/>
        <source>Family name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/PersonOverview.cpp" line="46"/>
        <source>Date of birth</source>
        <translation type="unfinished">Data urodzenia</translation>
    </message>
    <message>
        <location filename="../ui/PersonOverview.cpp" line="47"/>
        <source>Gender</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/PersonOverview.cpp" line="48"/>
        <source>Ethnic group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/PersonOverview.cpp" line="49"/>
        <source>Disability</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/PersonOverview.cpp" line="50"/>
        <source>First language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/PersonOverview.cpp" line="51"/>
        <source>Interpreter needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/PersonOverview.cpp" line="53"/>
        <source>Phone</source>
        <translation type="unfinished">Telefon</translation>
    </message>
    <message>
        <location filename="../ui/PersonOverview.cpp" line="54"/>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/PersonOverview.cpp" line="55"/>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/PersonOverview.cpp" line="56"/>
        <source>Postcode</source>
        <translation type="unfinished">Kod pocztowy</translation>
    </message>
    <message>
        <location filename="../ui/PersonOverview.cpp" line="57"/>
        <source>Safe to leave voicemail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/PersonOverview.cpp" line="58"/>
        <source>Safe to send letters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/PersonOverview.cpp" line="59"/>
        <source>Safe to text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/PersonOverview.cpp" line="60"/>
        <source>Safe contact times</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/PersonOverview.cpp" line="61"/>
        <source>Contact notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/PersonOverview.cpp" line="63"/>
        <source>Restricted record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/PersonOverview.cpp" line="64"/>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/PersonOverview.cpp" line="65"/>
        <source>Referrals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/PersonOverview.cpp" line="66"/>
        <source>Support episodes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/PersonOverview.cpp" line="67"/>
        <source>Contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/PersonOverview.cpp" line="68"/>
        <source>Open tasks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/PersonOverview.cpp" line="100"/>
        <source>—</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/PersonOverview.cpp" line="116"/>
        <source>%1 (age %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/PersonOverview.cpp" line="117"/>
        <source>Unknown</source>
        <translation type="unfinished">Nieznana</translation>
    </message>
</context>
<context>
    <name>hub::ui::PersonView</name>
    <message>
        <location filename="../ui/PersonView.cpp" line="26"/>
        <source>Person record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/PersonView.cpp" line="28"/>
        <source>Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/PersonView.cpp" line="30"/>
        <source>Back to the list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/PersonView.cpp" line="31"/>
        <source>Back to the list (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/PersonView.cpp" line="36"/>
        <source>Read-only view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/PersonView.cpp" line="43"/>
        <source>&amp;Edit details…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/PersonView.cpp" line="45"/>
        <source>Edit the person&apos;s details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/PersonView.cpp" line="46"/>
        <source>Edit details and safety-of-contact flags (Ctrl+E)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/PersonView.cpp" line="62"/>
        <source>Error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/PersonView.cpp" line="72"/>
        <source>Person record sections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/PersonView.cpp" line="75"/>
        <location filename="../ui/PersonView.cpp" line="90"/>
        <source>Referrals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/PersonView.cpp" line="76"/>
        <source>Received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/PersonView.cpp" line="76"/>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/PersonView.cpp" line="76"/>
        <source>Crime reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/PersonView.cpp" line="77"/>
        <source>Offence</source>
        <translation type="unfinished">Przestępstwo</translation>
    </message>
    <message>
        <location filename="../ui/PersonView.cpp" line="77"/>
        <source>Flags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/PersonView.cpp" line="77"/>
        <source>Victims&apos; Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/PersonView.cpp" line="78"/>
        <source>Consent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/PersonView.cpp" line="78"/>
        <location filename="../ui/PersonView.cpp" line="82"/>
        <location filename="../ui/PersonView.cpp" line="88"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/PersonView.cpp" line="78"/>
        <source>Assigned to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/PersonView.cpp" line="81"/>
        <location filename="../ui/PersonView.cpp" line="104"/>
        <source>Support episodes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/PersonView.cpp" line="82"/>
        <source>Episode</source>
        <translation type="unfinished">Okres wsparcia</translation>
    </message>
    <message>
        <location filename="../ui/PersonView.cpp" line="82"/>
        <source>Caseworker</source>
        <translation type="unfinished">Opiekun sprawy</translation>
    </message>
    <message>
        <location filename="../ui/PersonView.cpp" line="82"/>
        <source>Closure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/PersonView.cpp" line="84"/>
        <source>Contacts, newest first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/PersonView.cpp" line="85"/>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/PersonView.cpp" line="85"/>
        <source>Contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/PersonView.cpp" line="85"/>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/PersonView.cpp" line="85"/>
        <source>Length</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/PersonView.cpp" line="85"/>
        <source>Recorded by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/PersonView.cpp" line="85"/>
        <source>Summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/PersonView.cpp" line="87"/>
        <location filename="../ui/PersonView.cpp" line="119"/>
        <source>Tasks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/PersonView.cpp" line="88"/>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/PersonView.cpp" line="88"/>
        <source>Task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/PersonView.cpp" line="88"/>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/PersonView.cpp" line="89"/>
        <source>Overview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/PersonView.cpp" line="107"/>
        <source>The selected contact in full</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/PersonView.cpp" line="118"/>
        <source>Contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/PersonView.cpp" line="189"/>
        <source>Referrals (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/PersonView.cpp" line="190"/>
        <source>Support episodes (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/PersonView.cpp" line="191"/>
        <source>Contacts (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/PersonView.cpp" line="195"/>
        <source>Tasks (%1 open)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/PersonView.cpp" line="230"/>
        <source>Saved the details of %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hub::ui::SearchPage</name>
    <message>
        <location filename="../ui/SearchPage.cpp" line="18"/>
        <location filename="../ui/SearchPage.cpp" line="40"/>
        <source>Search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/SearchPage.cpp" line="23"/>
        <source>Search results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/SearchPage.cpp" line="32"/>
        <location filename="../ui/SearchPage.cpp" line="70"/>
        <source>Find a person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/SearchPage.cpp" line="33"/>
        <location filename="../ui/SearchPage.cpp" line="71"/>
        <source>Type part of a name, a phone number, a postcode or a police crime reference in the search box above. Press Enter to open the first match, or Down to choose one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/SearchPage.cpp" line="37"/>
        <source>Search summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/SearchPage.cpp" line="66"/>
        <source>Search is not available</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/SearchPage.cpp" line="68"/>
        <source>Search failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/SearchPage.cpp" line="76"/>
        <source>No one matches “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/SearchPage.cpp" line="77"/>
        <source>Check the spelling, or search by phone number, postcode or crime reference instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/SearchPage.cpp" line="79"/>
        <source>No matches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/SearchPage.cpp" line="82"/>
        <source>The first %1 matches for “%2” — type more to narrow them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/SearchPage.cpp" line="87"/>
        <source>1 match for “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/SearchPage.cpp" line="89"/>
        <source>%1 matches for “%2”</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hub::ui::SearchResultsModel</name>
    <message>
        <location filename="../ui/models/SearchResultsModel.cpp" line="78"/>
        <source>Search failed: %1</source>
        <translation>Wyszukiwanie nie powiodło się: %1</translation>
    </message>
</context>
<context>
    <name>hub::ui::SupportPlanEditor</name>
    <message>
        <location filename="../ui/episodes/SupportPlanEditor.cpp" line="27"/>
        <location filename="../ui/episodes/SupportPlanEditor.cpp" line="28"/>
        <source>Support plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/episodes/SupportPlanEditor.cpp" line="32"/>
        <source>Support plan actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/episodes/SupportPlanEditor.cpp" line="33"/>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/episodes/SupportPlanEditor.cpp" line="33"/>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/episodes/SupportPlanEditor.cpp" line="33"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/episodes/SupportPlanEditor.cpp" line="46"/>
        <location filename="../ui/episodes/SupportPlanEditor.cpp" line="47"/>
        <source>New action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/episodes/SupportPlanEditor.cpp" line="48"/>
        <source>What is to be done, e.g. chase the housing officer; Enter adds it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/episodes/SupportPlanEditor.cpp" line="55"/>
        <source>Action due on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/episodes/SupportPlanEditor.cpp" line="58"/>
        <source>Due date of the new action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/episodes/SupportPlanEditor.cpp" line="60"/>
        <source>&amp;Add action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/episodes/SupportPlanEditor.cpp" line="62"/>
        <source>Add the action to the support plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/episodes/SupportPlanEditor.cpp" line="64"/>
        <source>Mark &amp;done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/episodes/SupportPlanEditor.cpp" line="66"/>
        <source>Mark the selected action done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/episodes/SupportPlanEditor.cpp" line="70"/>
        <source>D&amp;ue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/episodes/SupportPlanEditor.cpp" line="120"/>
        <location filename="../ui/episodes/SupportPlanEditor.cpp" line="127"/>
        <source>Done %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/episodes/SupportPlanEditor.cpp" line="121"/>
        <source>Overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/episodes/SupportPlanEditor.cpp" line="122"/>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/episodes/SupportPlanEditor.cpp" line="137"/>
        <source>No actions yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/episodes/SupportPlanEditor.cpp" line="144"/>
        <source>Support plan (%1 open)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/episodes/SupportPlanEditor.cpp" line="171"/>
        <source>Type what is to be done before adding the action.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/episodes/SupportPlanEditor.cpp" line="172"/>
        <source>The action was not added: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/episodes/SupportPlanEditor.cpp" line="180"/>
        <source>Action added, due %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/episodes/SupportPlanEditor.cpp" line="194"/>
        <source>The action was not marked done: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/episodes/SupportPlanEditor.cpp" line="198"/>
        <source>Action done: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
